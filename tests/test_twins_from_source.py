"""Stdlib twins written from a pattern's source (``compile_twin``, ``LazyPattern.twin``) are the
twins of the compiled ``regex`` pattern (``ascii_twin``): the same source, the same flags."""

from __future__ import annotations

import importlib
import pkgutil
import re

import attrs
import pytest
import regex

import bizfacts
from bizfacts._ascii_twins import ascii_twin, compile_twin
from bizfacts._patterns import LazyPattern


def _same_twin(twin: re.Pattern[str], pattern: regex.Pattern[str], extra_flags: int = 0) -> bool:
    want = ascii_twin(pattern)
    flags = want.flags if not extra_flags & re.ASCII else want.flags & ~re.UNICODE | extra_flags
    return (twin.pattern, twin.flags) == (want.pattern, flags)


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"(?i)\bacme\s+\p{Lu}", 0),
        ("(?x) a \\s+ # a comment: \\s [\n b", 0),
        (r"(?im)^[ \t]*\p{L}+$", 0),
        (r"(?i)(?x) a \s", 0),
        (r"(?i:a)\s", regex.V0),
        ("a \\s # [", regex.VERBOSE | regex.V0),
    ],
)
def test_a_twin_from_source_reads_the_flags_the_source_opens_with(source: str, flags: int) -> None:
    assert _same_twin(compile_twin(source, flags), regex.compile(source, flags))


def _lazy_patterns() -> list[tuple[str, LazyPattern]]:
    """Every ``LazyPattern`` of a bizfacts module, and those the extractors build on first use."""
    from bizfacts import _money_patterns, _numbers, _qualifiers, _user_groups, money, percentages, user_counts

    found: list[tuple[str, LazyPattern]] = []
    for info in pkgutil.walk_packages(bizfacts.__path__, "bizfacts."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # (an integration whose library is not installed)
            continue
        found += [(f"{info.name}.{k}", v) for k, v in vars(module).items() if isinstance(v, LazyPattern)]
    found += [(f"money {i}", p) for i, p in enumerate(_money_patterns._sources())]
    found += [("money minor part", money._minor_part())]
    counts, percents = user_counts._tables(), percentages._tables()
    found += [("user_counts main", counts.main), ("user_counts follow", counts.follow)]
    found += [("percentages main", percents.main), ("percentages before", percents.before)]
    found += [("percentages after", percents.after)]
    found += [(f"_user_groups {i}", p) for i, p in enumerate(_user_groups._organization_patterns())]
    found += [("_numbers parts", _numbers._parts_re())]
    found += [(f"_qualifiers {c}", _qualifiers._qualifier_table(c)[0]) for c in (False, True)]
    return found


def test_lazy_twins_are_the_twins_of_the_compiled_patterns() -> None:
    checked = 0
    for name, pattern in _lazy_patterns():
        try:
            ascii_twin(pattern.get())
        except (ValueError, re.error):  # no twin ("(?P<n>...)" twice in one pattern)
            with pytest.raises((ValueError, re.error)):
                pattern.twin()
            continue
        # (a twin with ASCII tables: the same source, compiled with ``re.ASCII`` as well)
        assert _same_twin(pattern.twin(), pattern.get(), re.ASCII if pattern._ascii_tables else 0), name
        checked += 1
    assert checked > 200


def test_the_period_stop_is_the_twin_of_its_pattern() -> None:
    from bizfacts import _sentences

    pattern = regex.compile(_sentences._STOP_SOURCE.format(first="\\."), regex.VERBOSE)
    assert _same_twin(_sentences._PERIOD_STOP_ASCII, pattern)


def test_date_patterns_for_ascii_text_are_the_twins_of_the_patterns() -> None:
    from bizfacts.dates import _scanners

    ascii_only, full = _scanners._compiled(ascii_only=True), _scanners._patterns()
    twins = 0
    for field in attrs.fields(_scanners._Patterns):
        mine, theirs = getattr(ascii_only, field.name), getattr(full, field.name)
        if isinstance(theirs, regex.Pattern) and isinstance(mine, re.Pattern):
            assert _same_twin(mine, theirs), field.name
            twins += 1
        else:  # a scanner (``regex`` on any text) or a stdlib pattern, the same in both
            pairs = zip(mine, theirs, strict=True) if isinstance(mine, tuple) else [(mine, theirs)]
            assert all(type(a) is type(b) and (a.pattern, a.flags) == (b.pattern, b.flags) for a, b in pairs)
    assert twins > 20


@pytest.mark.parametrize(
    "source",
    [r"(?i:users|members)\d", r"[ \t\u00a0]++(?i:mln)", "[$\u20ac\u00a3]\\d", r"(?<![\w.,/$\u20ac])x"],
)
def test_ascii_tables_twin_is_the_twin_with_ascii_flag(source: str) -> None:
    twin = compile_twin(source, regex.V0, ascii_tables=True)
    assert _same_twin(twin, regex.compile(source, regex.V0), re.ASCII)


@pytest.mark.parametrize(
    "source",
    # the Kelvin sign and the dotted capital I match "k" and "i" caselessly in Unicode; a range
    # of non-ASCII characters may hold such a letter
    ["(?i:\u212a)", r"(?i:\u212a)", "(?i:[\u0100-\u024f])", r"[\u00c0-\u00ff]", "(?i)\u0130", r"\x80-\xff"],
)
def test_ascii_tables_refused_where_the_flag_could_change_a_match(source: str) -> None:
    with pytest.raises(ValueError, match=r"re\.ASCII"):
        compile_twin(source, regex.V0, ascii_tables=True)
