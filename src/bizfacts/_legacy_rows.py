"""The flat rows of bizfacts 0.1's ``to_dataframe`` and CSV (deprecated).

Kept for one release so that code calling ``bizfacts.batch.fact_columns`` or
``flatten_fact`` goes on working; use :mod:`bizfacts.frames` (``FACT_COLUMNS``,
``fact_row``) instead.  See the CHANGELOG's migration note.
"""

from __future__ import annotations

import functools
import typing
import warnings
from decimal import Decimal
from typing import Any

import attrs

from ._fact_types import FACT_CLASSES, Fact
from ._spans import DateMention, MoneyMention

_BASE_FIELDS = ("type", "evidence", "confidence", "rule")
_MOVED = "use bizfacts.frames.FACT_COLUMNS and bizfacts.frames.fact_row (see the CHANGELOG)"


def _money_roles(cls: type[Fact]) -> set[str]:
    hints = typing.get_type_hints(cls)
    return {
        name for name, hint in hints.items() if hint is MoneyMention or MoneyMention in typing.get_args(hint)
    }


@functools.cache
def _role_layout() -> tuple[tuple[str, bool], ...]:
    seen: dict[str, bool] = {}
    for cls in FACT_CLASSES.values():
        money = _money_roles(cls)
        for field in attrs.fields(cls):
            if field.name not in _BASE_FIELDS and field.name not in seen:
                seen[field.name] = field.name in money
    return tuple(seen.items())


@functools.cache
def _columns() -> tuple[str, ...]:
    cols = ["type", "confidence"]
    for name, is_money in _role_layout():
        cols.extend([f"{name}_amount", f"{name}_currency", f"{name}_amount_high"] if is_money else [name])
    cols.extend(["evidence_start", "evidence_end", "evidence", "rule"])
    return tuple(cols)


def fact_columns() -> list[str]:
    """Deprecated: the 0.1 flat columns (``price_amount``, ``count``, ``round``, ...)."""
    warnings.warn(f"bizfacts.batch.fact_columns is deprecated: {_MOVED}", DeprecationWarning, stacklevel=2)
    return list(_columns())


def _cell(value: Any) -> str | int | float | None:
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (tuple, list)):
        return "; ".join(str(_cell(v)) for v in value)
    if isinstance(value, DateMention):
        from .serialize import date_value

        iso = date_value(value)
        if isinstance(iso, dict):
            return f"{iso['start'] or '..'}/{iso['end'] or '..'}"
        return iso
    from .serialize import to_dict

    return str(to_dict(value))


def flatten_fact(fact: Fact) -> dict[str, str | int | float | None]:
    """Deprecated: a fact as one 0.1 flat row (amounts as decimal strings, dates as ISO text)."""
    warnings.warn(f"bizfacts.batch.flatten_fact is deprecated: {_MOVED}", DeprecationWarning, stacklevel=2)
    row: dict[str, str | int | float | None] = dict.fromkeys(_columns())
    money_roles = {name for name, is_money in _role_layout() if is_money}
    row["type"] = fact.type
    row["confidence"] = fact.confidence
    for field in attrs.fields(type(fact)):
        if field.name in _BASE_FIELDS:
            continue
        value = getattr(fact, field.name)
        if field.name in money_roles:
            if isinstance(value, MoneyMention):
                row[f"{field.name}_amount"] = str(value.amount)
                row[f"{field.name}_currency"] = value.currency
                if value.amount_high is not None:
                    row[f"{field.name}_amount_high"] = str(value.amount_high)
        else:
            row[field.name] = _cell(value)
    row["evidence_start"] = fact.evidence.start
    row["evidence_end"] = fact.evidence.end
    row["evidence"] = fact.evidence.text
    row["rule"] = fact.rule
    return row
