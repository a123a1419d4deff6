"""Turn any bizfacts result into plain, JSON-ready data."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs

from ._fact_types import Fact
from ._spans import DateMention, Granularity, MoneyMention, RelativeDate, Span


def format_date(value: dt.date | None, granularity: Granularity | None) -> str | None:
    """ISO text of a date at its granularity.

    >>> import datetime as dt
    >>> format_date(dt.date(2024, 7, 1), "quarter")
    '2024-Q3'
    >>> format_date(dt.date(2012, 12, 1), "month")
    '2012-12'
    """
    if value is None:
        return None
    if granularity == "month":
        return f"{value.year:04d}-{value.month:02d}"
    if granularity == "season":  # ISO 8601-2 season codes: 21 spring .. 24 winter (Dec to Feb)
        return f"{value.year + (value.month == 12):04d}-{20 + value.month // 3}"
    if granularity == "quarter":
        return f"{value.year:04d}-Q{(value.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{value.year:04d}-H{1 if value.month <= 6 else 2}"
    if granularity in ("year", "decade"):
        return f"{value.year:04d}"
    return value.isoformat()


def date_value(mention: DateMention) -> str | dict[str, str | None] | None:
    """The JSON value of a date: an ISO string, a {"start", "end"} range, or None."""
    start = format_date(mention.value, mention.granularity)
    if mention.kind != "point" and (mention.end_value is not None or start is not None):
        end = format_date(mention.end_value, mention.end_granularity or mention.granularity)
        return {"start": start, "end": end}
    return start


def money_value(mention: MoneyMention) -> dict[str, str | None]:
    """The JSON value of a money role: {"amount", "currency"} (+ "amount_high")."""
    out: dict[str, str | None] = {"amount": str(mention.amount), "currency": mention.currency}
    if mention.amount_high is not None:
        out["amount_high"] = str(mention.amount_high)
    return out


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, DateMention):
        return date_value(value)
    if isinstance(value, MoneyMention):
        return money_value(value)
    if isinstance(value, RelativeDate):
        return {"offset": value.offset, "unit": value.unit, "direction": value.direction}
    if isinstance(value, Span):
        return {"start": value.start, "end": value.end, "text": value.text}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {f.name: _plain(getattr(value, f.name)) for f in attrs.fields(type(value))}
    raise TypeError(f"cannot serialize {type(value).__name__}")


def to_dict(item: Any) -> dict[str, Any]:
    """Plain JSON-ready data for any mention or fact.

    Decimals become strings, dates ISO strings at their granularity, a range
    {"start", "end"}, companies their canonical name; a fact's money roles become
    {"amount", "currency"} and its date roles ISO strings.

    >>> import bizfacts
    >>> to_dict(bizfacts.extract_money("It paid $586 million.")[0])["amount"]
    '586000000'
    """
    if isinstance(item, Fact):
        return {f.name: _plain(getattr(item, f.name)) for f in attrs.fields(type(item))}
    if isinstance(item, DateMention):
        out: dict[str, Any] = {}
        for f in attrs.fields(type(item)):
            if f.name in ("value", "end_value", "end_granularity"):
                continue
            out[f.name] = _plain(getattr(item, f.name))
        out["value"] = date_value(item)
        return out
    if isinstance(item, Span) and attrs.has(type(item)):
        return {f.name: _plain(getattr(item, f.name)) for f in attrs.fields(type(item))}
    raise TypeError(f"to_dict expects a bizfacts mention or fact, got {type(item).__name__}")
