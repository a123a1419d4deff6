"""Result types shared by every extractor and the fact assembler.

Every mention is a frozen attrs class with slots that carries its exact character
offsets into the input: ``text[m.start:m.end] == m.text`` always holds.  Values are
exact (``Decimal`` for amounts, ``int`` for counts, ``datetime.date`` for dates).
Each result also carries ``rule``: the short name of the rule that produced it, so
that a surprising result can be traced to one place in the source.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Literal, ParamSpec, TypeVar

import attrs

Granularity = Literal["day", "week", "month", "season", "quarter", "half", "year", "decade"]
Qualifier = Literal["exact", "about", "more_than", "at_least", "approaching", "less_than", "at_most"]
PercentUnit = Literal["percent", "percentage_points", "basis_points"]
CompanyKind = Literal["company", "product", "site", "organization"]
PlaceKind = Literal["city", "region", "country", "other"]
DateKind = Literal["point", "range", "duration"]


def _check_span(instance: Span, _attribute: attrs.Attribute[int], _value: int) -> None:
    if not 0 <= instance.start <= instance.end:
        raise ValueError(f"bad span {instance.start}-{instance.end}")
    if instance.end - instance.start != len(instance.text):
        raise ValueError(f"span {instance.start}-{instance.end} does not fit text {instance.text!r}")


@attrs.frozen
class Span:
    """A stretch of the input: ``text == source[start:end]``."""

    start: int
    end: int = attrs.field(validator=_check_span)
    text: str


@attrs.frozen
class MoneyMention(Span):
    """An amount of money.

    ``amount`` is scaled ("$586 million" -> 586000000) and signed only where the text
    writes a sign ("-$3m" -> -3000000).  For a range ("$5-6 million") ``amount`` is
    the low end and ``amount_high`` the high end.  ``per`` names the unit of a
    per-unit price ("$4.20 a share" -> "share"), None for a plain amount.
    """

    amount: Decimal
    currency: str | None
    amount_high: Decimal | None = None
    qualifier: Qualifier = "exact"
    per: str | None = None
    rule: str = attrs.field(default="", eq=False, repr=False)


@attrs.frozen
class PercentMention(Span):
    """A percentage ("18 percent" -> 18), or percentage / basis points by ``unit``.

    ``value_high`` is the high end of a range ("20-30%"); ``direction`` is "up" or
    "down" where the text states a signed change ("down 3%"), else None.
    """

    value: Decimal
    unit: PercentUnit = "percent"
    value_high: Decimal | None = None
    qualifier: Qualifier = "exact"
    direction: Literal["up", "down"] | None = None
    rule: str = attrs.field(default="", eq=False, repr=False)


@attrs.frozen
class UserCountMention(Span):
    """A count of people using a product: "500 million users" -> 500000000.

    ``metric`` is normalized ("users", "monthly active users", "daily active users",
    "subscribers", "paying users", "customers", "members", "accounts");
    ``qualifier`` comes from the surrounding words ("exceeded" -> "more_than").
    """

    count: int
    metric: str
    qualifier: Qualifier = "exact"
    rule: str = attrs.field(default="", eq=False, repr=False)


@attrs.frozen
class RelativeDate:
    """An unresolved relation to the reference date: "two years ago" -> (-2, "year")."""

    offset: int
    unit: Literal["day", "week", "month", "quarter", "year", "weekday"]
    # for unit == "weekday", offset is the weekday number (Monday == 0)
    direction: Literal["past", "future", "nearest"] = "nearest"
    # a calendar position inside the year at ``offset`` ("January 15" without a year ->
    # offset 0, unit "year", month 1, day 15); quarters and halves give their first month
    month: int | None = None
    day: int | None = None


@attrs.frozen
class DateMention(Span):
    """A date, period, range or duration.

    ``value`` is the first day of the period at ``granularity`` ("December 2012" ->
    2012-12-01, "month").  A range or duration ("between 2010 and 2012", "over the
    next three years") has ``kind`` "range"/"duration" and its last period in
    ``end_value``/``end_granularity``.  Relative expressions with no reference date
    have ``value`` None and the relation in ``relative``.  ``modifier`` keeps
    "end", "mid", "early", "late" ("the end of December 2012"); ``fiscal`` marks a
    fiscal rather than calendar period.
    """

    value: dt.date | None
    granularity: Granularity | None
    kind: DateKind = "point"
    end_value: dt.date | None = None
    end_granularity: Granularity | None = None
    relative: RelativeDate | None = None
    modifier: str | None = None
    fiscal: bool = False
    rule: str = attrs.field(default="", eq=False, repr=False)


@attrs.frozen
class CompanyMention(Span):
    """A mention of a company, or of a product, site or other organization.

    ``name`` is the canonical name of the entity the mention refers to, the same
    for every mention of it in one document ("Sina Corp" and "Sina" -> "Sina").
    ``kind`` says what it is; ``owner`` is the canonical name of the company that
    runs a product or site, where known ("Weibo" -> "Sina").
    """

    name: str
    kind: CompanyKind = "company"
    owner: str | None = None
    # listing symbol and exchange where the text or the gazetteer gives them
    # ("Cyclops Corp <CYL>" -> "CYL"; "(NASDAQ: SINA)" -> "SINA", "NASDAQ")
    ticker: str | None = None
    exchange: str | None = None
    rule: str = attrs.field(default="", eq=False, repr=False)


@attrs.frozen
class PersonMention(Span):
    """A mention of a person; honorifics and titles stay outside the span.

    ``name`` is the person's full name as the document gives it, the same for every
    mention of that person ("Mr. Ma" and "Ma" -> "Jack Ma" once "Jack Ma" appears).
    """

    name: str
    rule: str = attrs.field(default="", eq=False, repr=False)


@attrs.frozen
class PlaceMention(Span):
    """A mention of a place: a city, a region, a country or another named area.

    ``name`` is the place's name as the gazetteer spells it ("Ill." -> "Illinois",
    "U.S." -> "United States"); ``country`` its ISO 3166-1 alpha-2 code where known;
    ``region`` the first-level region: for a region its ISO 3166-2 code ("US-IL");
    for a city the code of the region the text puts it in ("US-OH" for "Newark,
    Ohio"), else its GeoNames first-level code ("CN-02" for Hangzhou), None when unknown.
    A chain such as "Vancouver, British Columbia, Canada" gives one mention per link;
    each link's ``within`` is the ``name`` of the next, larger link ("Vancouver" within
    "British Columbia", "British Columbia" within "Canada"), None at the chain's end.
    """

    name: str
    kind: PlaceKind
    country: str | None = None
    region: str | None = None
    within: str | None = None
    rule: str = attrs.field(default="", eq=False, repr=False)


_P = ParamSpec("_P")
_M = TypeVar("_M")


def unchecked(cls: Callable[_P, _M]) -> Callable[_P, _M]:
    """A constructor of the attrs class ``cls`` with the same parameters that skips its
    validators: for the extractors, which cut every span from the text they read (a
    text dense with mentions pays for each one's construction).  Instances are the same
    as ``cls(...)`` gives: equal, same hash, same ``to_dict``.

    >>> make = unchecked(PersonMention)
    >>> make(0, 2, "Ma", "Jack Ma", rule="name") == PersonMention(0, 2, "Ma", "Jack Ma")
    True
    """
    assert isinstance(cls, type) and attrs.has(cls)
    fields = attrs.fields(cls)
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    params = []
    for i, field in enumerate(fields):
        # the slot of each field: setting it directly is what frozen attrs' __init__ does
        slot = next(k.__dict__[field.name] for k in cls.__mro__ if field.name in k.__dict__)
        namespace[f"_set{i}"] = slot.__set__
        assert field.init and not field.kw_only and not isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]
        if field.default is attrs.NOTHING:
            params.append(field.name)
        else:
            namespace[f"_default{i}"] = field.default
            params.append(f"{field.name}=_default{i}")
    body = "".join(f"    _set{i}(self, {field.name})\n" for i, field in enumerate(fields))
    source = f"def make({', '.join(params)}):\n    self = _new(_cls)\n{body}    return self\n"
    exec(compile(source, f"<unchecked {cls.__name__}>", "exec"), namespace)
    make: Callable[_P, _M] = namespace["make"]
    return make


Mention = (
    MoneyMention
    | PercentMention
    | UserCountMention
    | DateMention
    | CompanyMention
    | PersonMention
    | PlaceMention
)
