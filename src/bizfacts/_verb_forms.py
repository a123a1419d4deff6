"""The inflected forms of a verb as the predicate lexicon writes it (``data/predicates.tsv``).

Shared by the clause-level cascade (its tokenizer's phrase table) and the company
extractor (the verbs that end a name in a headline).
"""

from __future__ import annotations


def _third_person(base: str) -> str:
    if base.endswith(("s", "x", "z", "ch", "sh")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def _past(base: str) -> str:
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


def _gerund(base: str, past: str) -> str:
    if base.endswith("e") and not base.endswith("ee"):
        return base[:-1] + "ing"
    if past.endswith("ed") and len(past) > 4 and past[-3] == past[-4] and past[-3] not in "aeiousl":
        return past[:-2] + "ing"  # snapped -> snapping
    return base + "ing"


def verb_forms(spec: str) -> dict[str, str]:
    """Every form of a verb written as in the lexicon, mapped to its form name.

    >>> sorted(verb_forms("take over/took over/taken over").items())  # doctest: +NORMALIZE_WHITESPACE
    [('take over', 'base'), ('taken over', 'part'), ('takes over', '3sg'), ('taking over', 'ing'),
     ('took over', 'past')]
    >>> sorted(verb_forms("jointly develop"))
    ['jointly develop', 'jointly developed', 'jointly developing', 'jointly develops']
    >>> sorted(verb_forms("offer/offered/offered/-"))
    ['offer', 'offered', 'offers']
    >>> sorted(verb_forms("combine/-/-"))
    ['combine', 'combines', 'combining']
    >>> sorted(verb_forms("[fund]/funded/funded/-"))
    ['funded']
    """
    parts = [p.strip() for p in spec.split("/")]
    base = parts[0]
    # "[fund]/funded": a base in brackets is no form, nor its third person ("the fund", "pension
    # funds" are nouns; "back" is mostly an adverb): only the past and participle read as the verb
    finite = not (base.startswith("[") and base.endswith("]"))
    base = base if finite else base[1:-1]
    head, _, rest = base.partition(" ")
    lead = ""
    if head.endswith("ly") and rest:  # "jointly develop": the adverb leads, the verb inflects
        lead, (head, _, rest) = head + " ", rest.partition(" ")
    tail = f" {rest}" if rest else ""
    past = parts[1] if len(parts) > 1 else lead + _past(head) + tail
    part = parts[2] if len(parts) > 2 else past
    ing = parts[3] if len(parts) > 3 else lead + _gerund(head, past.split(" ")[-1 if lead else 0]) + tail
    forms = {base: "base", lead + _third_person(head) + tail: "3sg", ing: "ing", past: "past"}
    forms.setdefault(part, "part")
    if part != past:
        forms[part] = "part"
    # "-" drops a form: "offer/offered/offered/-" (no gerund: "a share offering" is a noun),
    # "combine/-/-" (no past: "their combined sales" is an adjective)
    forms.pop("-", None)
    if not finite:
        forms = {text: form for text, form in forms.items() if form not in ("base", "3sg")}
    return forms
