"""Output formats on a stream: table, json, jsonl and csv, for facts or mentions.

:class:`Writer` prints the items of each document as they come; the CLI writes to
standard output with it, and the ``.jsonl``/``.csv`` file outputs of
:mod:`bizfacts.writers` write to a file with it.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, TextIO

from ._spans import (
    CompanyMention,
    DateMention,
    MoneyMention,
    PercentMention,
    PersonMention,
    PlaceMention,
    Span,
    UserCountMention,
)
from .frames import FACT_COLUMNS, DocInfo, fact_row
from .readers import Origin

MENTION_KINDS: dict[type[Span], str] = {
    MoneyMention: "money",
    PercentMention: "percentage",
    UserCountMention: "user_count",
    DateMention: "date",
    CompanyMention: "company",
    PersonMention: "person",
    PlaceMention: "place",
}

FORMATS = ("table", "json", "jsonl", "csv")


def mention_kind(item: Any) -> str:
    return MENTION_KINDS.get(type(item), type(item).__name__)


def item_type(item: Any, mentions: bool) -> str:
    return mention_kind(item) if mentions else str(item.type)


def json_object(item: Any, origin: Origin, mentions: bool, with_source: bool) -> dict[str, Any]:
    from .serialize import to_dict

    obj: dict[str, Any] = {}
    if with_source:
        obj["source"] = origin.source
        if origin.record_id is not None:
            obj["id"] = origin.record_id
    if mentions:
        obj["kind"] = mention_kind(item)
        obj.update(mention_data(item))
    else:
        data = to_dict(item)
        obj["type"] = data.pop("type")
        obj.update(data)
    return obj


def mention_data(item: Any) -> dict[str, Any]:
    """``to_dict`` of a mention, its own ``kind`` field renamed ``<extractor kind>_kind``.

    "kind" names the extractor in --mentions output; company and date mentions have
    a ``kind`` of their own ("product", "range"), which becomes "company_kind" /
    "date_kind".
    """
    from .serialize import to_dict

    own = f"{mention_kind(item)}_kind"
    return {(own if key == "kind" else key): value for key, value in to_dict(item).items()}


def mention_value(item: Any) -> str:
    """A short human reading of a mention's normalized value."""
    from .serialize import date_value

    if isinstance(item, MoneyMention):
        amount = str(item.amount) + ("" if item.amount_high is None else f"-{item.amount_high}")
        return f"{amount} {item.currency}" if item.currency else amount
    if isinstance(item, PercentMention):
        value = str(item.value) + ("" if item.value_high is None else f"-{item.value_high}")
        return value if item.unit == "percent" else f"{value} {item.unit}"
    if isinstance(item, UserCountMention):
        return f"{item.count} {item.metric}" + ("" if item.qualifier == "exact" else f" ({item.qualifier})")
    if isinstance(item, DateMention):
        iso = date_value(item)
        if isinstance(iso, dict):
            return f"{iso['start'] or '..'}/{iso['end'] or '..'}"
        return iso if iso is not None else "(relative, unresolved)"
    if isinstance(item, CompanyMention):
        return item.name if item.kind == "company" else f"{item.name} ({item.kind})"
    if isinstance(item, PersonMention):
        return item.name
    if isinstance(item, PlaceMention):
        where = ", ".join(x for x in (item.within, item.country) if x)
        return f"{item.name} ({item.kind}{': ' + where if where else ''})"
    return str(getattr(item, "text", ""))


MENTION_COLUMNS = ["kind", "start", "end", "text", "value", "details"]


def mention_row(item: Any) -> list[Any]:
    details = {k: v for k, v in mention_data(item).items() if k not in ("start", "end", "text", "rule")}
    return [
        mention_kind(item),
        item.start,
        item.end,
        item.text,
        mention_value(item),
        json.dumps(details, ensure_ascii=False, sort_keys=True),
    ]


def _csv_cell(value: Any) -> Any:
    """Exact text for CSV: Decimal as written, dates as ISO, None as empty."""
    if isinstance(value, (Decimal, dt.date)):
        return str(value)
    return value


def _fact_cells(item: Any, doc: DocInfo, index: int) -> list[Any]:
    return [_csv_cell(v) for v in fact_row(item, doc, index).values()]


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    if width <= 0:
        return ""
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _roles_text(item: Any) -> str:
    """The fact's stated roles as "role=value, ..." (money as "amount CUR", dates as ISO text)."""
    from .serialize import to_dict

    parts = []
    for key, value in to_dict(item).items():
        if value is None or value in ("", []) or key in _NOT_ROLES:
            continue
        if isinstance(value, dict) and "amount" in value:
            value = f"{value['amount']} {value['currency']}" if value.get("currency") else value["amount"]
        elif isinstance(value, dict):
            value = f"{value.get('start') or '..'}/{value.get('end') or '..'}"
        elif isinstance(value, list):
            value = "; ".join(str(v) for v in value)
        parts.append(f"{key}={value}")
    return ", ".join(parts)


_NOT_ROLES = frozenset({"type", "confidence", "evidence", "rule"})


class Writer:
    """Prints the items of each document in one output format."""

    def __init__(self, fmt: str, out: TextIO, *, mentions: bool, with_source: bool) -> None:
        self.fmt = fmt
        self.out = out
        self.mentions = mentions
        self.with_source = with_source
        self.started = False
        self.csv: Any = None
        self.width = shutil.get_terminal_size((120, 24)).columns

    def _start(self) -> None:
        self.started = True
        if self.fmt == "csv":
            self.csv = csv.writer(self.out, lineterminator="\n")
            head = ["source", "id"] if self.with_source and self.mentions else []
            self.csv.writerow(head + (MENTION_COLUMNS if self.mentions else list(FACT_COLUMNS)))
        elif self.fmt == "table":
            head = ["SOURCE"] if self.with_source else []
            head += ["KIND", "TEXT", "VALUE"] if self.mentions else ["TYPE", "CONF", "ROLES", "EVIDENCE"]
            self.out.write(self._table_line(head))

    def begin(self) -> None:
        """Write what comes before any document (the CSV header, the table header)."""
        if not self.started:
            self._start()

    def document(self, origin: Origin, doc: DocInfo, items: Sequence[Any]) -> None:
        """Write the items found in one document (``doc`` fills the CSV's document columns)."""
        self.begin()
        if self.fmt == "json":
            objs = [json_object(i, origin, self.mentions, self.with_source) for i in items]
            self.out.write(json.dumps(objs, ensure_ascii=False) + "\n")
        elif self.fmt == "jsonl":
            for i in items:
                obj = json_object(i, origin, self.mentions, self.with_source)
                self.out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            head = [origin.source, origin.record_id or ""] if self.with_source else []
            for n, i in enumerate(items):
                self.csv.writerow(head + mention_row(i) if self.mentions else _fact_cells(i, doc, n))
        else:
            head = [origin.record_id or origin.source] if self.with_source else []
            for i in items:
                if self.mentions:
                    cells = [mention_kind(i), i.text, mention_value(i)]
                else:
                    cells = [i.type, f"{i.confidence:.2f}", _roles_text(i), i.evidence.text]
                self.out.write(self._table_line(head + cells))

    def _widths(self) -> list[int]:
        """Column widths of the table; the last column takes what is left."""
        fixed = [22] if self.with_source else []
        fixed += [10, 30] if self.mentions else [16, 4]
        rest = max(self.width - 1, 60) - sum(w + 1 for w in fixed)
        if self.mentions:
            return [*fixed, rest]
        roles = rest * 11 // 20
        return [*fixed, roles, rest - roles - 1]

    def _table_line(self, cells: list[str]) -> str:
        widths = self._widths()
        parts = [f"{_short(c, w):<{w}}" for c, w in zip(cells, widths, strict=True)]
        return " ".join(parts).rstrip() + "\n"
