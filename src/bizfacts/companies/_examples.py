"""Examples of a plural firm noun: "rivals such as Halvard and Quenby", "lenders including X",
"carmakers like Y": the names listed after it are firms."""

from __future__ import annotations

# what opens examples of a plural firm noun: "rivals such as X", "lenders including X", "carmakers like X"
EXAMPLE_WORDS = frozenset({"as", "including", "like"})


def examples_of_firms(words: list[str], appositive: frozenset[str]) -> bool:
    """Whether ``words`` (the words before a name) end in a plural firm noun and "such as",
    "including" or "like": the names after it are firms ("rivals such as Halvard and Quenby").

    >>> examples_of_firms("services from rivals such as".split(), frozenset({"rivals"}))
    True
    >>> examples_of_firms("cities such as".split(), frozenset({"rivals"}))
    False
    """
    if words[-1] == "as":
        noun = words[-3] if len(words) >= 3 and words[-2] == "such" else ""
    else:
        noun = words[-2] if len(words) >= 2 else ""
    noun = noun.lower()
    return noun.endswith("s") and noun in appositive
