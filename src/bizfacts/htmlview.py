"""See what was found: the text with every mention highlighted, the facts beside it.

:func:`render_html` gives one self-contained HTML page (inline style and a small
script, nothing fetched from the network); :func:`render_view` gives a
:class:`FactsView` that shows itself in Jupyter (``_repr_html_``) and saves the page.
Hovering or clicking a fact card highlights its evidence sentence and the mentions its
roles were read from (see :func:`bizfacts.role_spans`); hovering a mention outlines the
facts that use it.  ``#fact-N`` at the end of the page's address pins fact N on load.

>>> import datetime, bizfacts
>>> page = bizfacts.render_html("Acme Corp bought Widget Inc for $50 million.",
...                             reference_date=datetime.date(2024, 5, 8))
>>> page.startswith("<!DOCTYPE html>"), 'data-kind="money"' in page, 'class="fact' in page
(True, True, True)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from ._fact_types import Fact
from ._htmlview_assets import KIND_COLOURS, SCRIPT, style_sheet
from ._mention_kinds import available_extractors, document_mentions
from ._role_spans import ATTRIBUTE_ROLES, RoleSpan, role_names, role_spans
from ._spans import DateMention, MoneyMention, Span
from ._version import __version__
from .companies import Gazetteer
from .serialize import date_value, to_dict

PERCENT_ROLES = frozenset({"stake", "change"})


@attrs.frozen
class FactsView:
    """A document's facts and mentions, ready to show.

    ``html`` is the whole page, ``fragment`` the part that goes inside a page (what a
    Jupyter cell shows).  Build one with :func:`render_view`.
    """

    text: str
    facts: tuple[Fact, ...]
    mentions: tuple[tuple[str, Span], ...]
    html: str = attrs.field(repr=False)
    fragment: str = attrs.field(repr=False)

    def _repr_html_(self) -> str:
        return self.fragment

    def save(self, path: str | Path) -> Path:
        """Write the page to ``path`` (UTF-8) and return the path."""
        target = Path(path)
        target.write_text(self.html, encoding="utf-8")
        return target


def render_html(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    gazetteer: Gazetteer | None = None,
    title: str | None = None,
) -> str:
    """One self-contained HTML page showing the facts and mentions of ``text``."""
    return render_view(text, reference_date=reference_date, gazetteer=gazetteer, title=title).html


def render_view(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    gazetteer: Gazetteer | None = None,
    title: str | None = None,
) -> FactsView:
    """The :class:`FactsView` of ``text``: run every extractor and the assembler, lay them out.

    >>> view = render_view("Sina Corp runs Weibo.")
    >>> [(kind, m.text) for kind, m in view.mentions]
    [('company', 'Sina Corp'), ('company', 'Weibo')]
    >>> view._repr_html_().startswith('<div class="bizfacts-view"')
    True
    """
    from .facts import extract_facts

    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    from .records import reference_date_arg  # a date, a datetime or an ISO string

    reference_date = reference_date_arg(reference_date, "render_view")
    mentions = document_mentions(text, reference_date=reference_date, gazetteer=gazetteer)
    if gazetteer is None:
        facts = extract_facts(text, reference_date=reference_date)
    else:
        facts = extract_facts(text, reference_date=reference_date, gazetteer=gazetteer)
    fragment = _Layout(text, facts, mentions, reference_date, title).fragment()
    page_title = html.escape(title or "bizfacts: facts and mentions")
    page = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="bizfacts {__version__}">\n'
        f"<title>{page_title}</title>\n</head>\n<body>\n{fragment}\n</body>\n</html>\n"
    )
    return FactsView(text, tuple(facts), tuple(mentions), page, fragment)


@attrs.define
class _Item:
    """One element of the marked-up text: an evidence sentence, a mention or a role's wording."""

    start: int
    end: int
    layer: int  # 0 evidence, 1 mention, 2 wording of a role
    order: int
    open_tag: str
    close_tag: str


class _Layout:
    """Builds the HTML of one view; ids: e<n> evidence, m<n> mention, r<n> wording, f<n> fact."""

    def __init__(
        self,
        text: str,
        facts: Sequence[Fact],
        mentions: Sequence[tuple[str, Span]],
        reference_date: dt.date | None,
        title: str | None,
    ) -> None:
        self.text = text
        self.facts = facts
        self.mentions = mentions
        self.reference_date = reference_date
        self.title = title
        self.items: list[_Item] = []
        self.mention_ids: dict[tuple[str, int, int], str] = {}
        self.wording_ids: dict[tuple[int, int], str] = {}
        self.evidence_ids: dict[tuple[int, int], str] = {}
        digest = hashlib.sha1(f"{reference_date}\x00{text}".encode()).hexdigest()[:10]
        self.root_id = f"bf-{digest}"

    def fragment(self) -> str:
        for n, (kind, m) in enumerate(self.mentions):
            self._add_mention(kind, m, f"m{n}")
        cards = [self._card(n, fact) for n, fact in enumerate(self.facts)]
        facts_html = "\n".join(cards) if cards else '<p class="none">No facts found.</p>'
        return (
            f'<div class="bizfacts-view" id="{self.root_id}">\n<style>\n{style_sheet()}\n</style>\n'
            f"{self._header()}\n"
            '<div class="cols">\n<section class="doc" aria-label="text">\n'
            f'<div class="text">{self._marked_text()}</div>\n</section>\n'
            f'<aside class="facts" aria-label="facts">\n<h2>Facts ({len(self.facts)})</h2>\n'
            f"{facts_html}\n</aside>\n</div>\n"
            f"<script>{SCRIPT % {'root': repr(self.root_id)}}</script>\n</div>"
        )

    # ------------------------------------------------------------------ header

    def _header(self) -> str:
        counts: dict[str, int] = {}
        for kind, _ in self.mentions:
            counts[kind] = counts.get(kind, 0) + 1
        legend = "".join(
            f'<li><mark class="m k-{_kind_class(kind)}" data-legend="{kind}">{kind.replace("_", " ")}</mark>'
            f" {counts.get(kind, 0)}</li>"
            for kind, _ in available_extractors()
        )
        ref = "none" if self.reference_date is None else self.reference_date.isoformat()
        heading = html.escape(self.title) if self.title else "Facts and mentions"
        return (
            f"<header><h1>{heading}</h1>"
            f'<p class="meta">{len(self.facts)} facts · {len(self.mentions)} mentions · '
            f"reference date {ref} · bizfacts {__version__} · "
            "hover or click a fact to see where it was read</p>"
            f'<ul class="legend">{legend}</ul></header>'
        )

    # ------------------------------------------------------------------ items

    def _add_mention(self, kind: str, m: Span, ident: str) -> None:
        self.mention_ids[(kind, m.start, m.end)] = ident
        tip = html.escape(_describe(kind, m), quote=True)
        self.items.append(
            _Item(
                m.start,
                m.end,
                1,
                len(self.items),
                f'<mark class="m k-{_kind_class(kind)}" data-id="{ident}" data-kind="{kind}" title="{tip}">',
                "</mark>",
            )
        )

    def _evidence_id(self, ev: Span) -> str:
        key = (ev.start, ev.end)
        if key not in self.evidence_ids:
            ident = f"e{len(self.evidence_ids)}"
            self.evidence_ids[key] = ident
            self.items.append(
                _Item(ev.start, ev.end, 0, len(self.items), f'<span class="ev" data-id="{ident}">', "</span>")
            )
        return self.evidence_ids[key]

    def _role_id(self, span: RoleSpan) -> str:
        if span.kind is not None:
            known = self.mention_ids.get((span.kind, span.start, span.end))
            if known is not None:
                return known
            if span.kind in ("money", "date"):
                # a money or date role the extractors did not list on their own: show it as one
                ident = f"m{len(self.mentions) + len(self.wording_ids)}"
                self.wording_ids[(span.start, span.end)] = ident
                self.mention_ids[(span.kind, span.start, span.end)] = ident
                self.items.append(
                    _Item(
                        span.start,
                        span.end,
                        1,
                        len(self.items),
                        f'<mark class="m k-{span.kind}" data-id="{ident}" data-kind="{span.kind}" '
                        f'data-from="fact">',
                        "</mark>",
                    )
                )
                return ident
        key = (span.start, span.end)
        if key not in self.wording_ids:
            ident = f"r{len(self.wording_ids)}"
            self.wording_ids[key] = ident
            tag = f'<span class="rs" data-id="{ident}">'
            self.items.append(_Item(span.start, span.end, 2, len(self.items), tag, "</span>"))
        return self.wording_ids[key]

    # ------------------------------------------------------------------ cards

    def _card(self, n: int, fact: Fact) -> str:
        ev = self._evidence_id(fact.evidence)
        spans = role_spans(fact, self.text, self.mentions)
        by_role: dict[tuple[str, str], str] = {}
        for span in spans:
            by_role.setdefault((span.role, span.value), self._role_id(span))
        rows: list[str] = []
        status = ""
        for role in role_names(fact):
            value = getattr(fact, role)
            if role == "status":
                word = html.escape(str(value))
                status = f'<span class="badge status s-{word}">{word}</span>'
                continue
            members = value if isinstance(value, tuple) else (value,)
            cells = [self._role_cell(role, member, by_role) for member in members if member is not None]
            if cells:
                rows.append(f'<dt>{role.replace("_", " ")}</dt><dd>{", ".join(cells)}</dd>')
        refs = " ".join(dict.fromkeys(by_role.values()))
        conf = f"{fact.confidence:.2f}"
        return (
            f'<article class="fact t-{fact.type}" data-id="f{n}" data-type="{fact.type}" data-ev="{ev}" '
            f'data-refs="{refs}" tabindex="0">'
            f'<header><span class="type">{fact.type.replace("_", " ")}</span>{status}</header>'
            f'<dl class="roles">{"".join(rows)}</dl>'
            f'<footer><span class="conf" title="confidence {conf}">'
            f'<i style="width:{fact.confidence * 100:.0f}%"></i></span><span class="confidence">{conf}</span>'
            f'<code class="rule" title="the rule that produced this fact">{html.escape(fact.rule)}</code>'
            "</footer>"
            "</article>"
        )

    def _role_cell(self, role: str, value: Any, by_role: dict[tuple[str, str], str]) -> str:
        shown = html.escape(_role_text(value) + ("%" if role in PERCENT_ROLES else ""))
        if role in ATTRIBUTE_ROLES:
            return f'<span class="role unlocated" data-role="{role}">{shown}</span>'
        key = (role, value.text if isinstance(value, Span) else str(value))
        ref = by_role.get(key)
        if ref is None:
            tip = "not located in the text"
            return f'<span class="role unlocated" data-role="{role}" title="{tip}">{shown}</span>'
        return f'<span class="role" data-role="{role}" data-ref="{ref}">{shown}</span>'

    # ------------------------------------------------------------------ text

    def _marked_text(self) -> str:
        """The text with every item as an element; an item crossing another is split in pieces."""
        text = self.text
        items = [i for i in self.items if i.start < i.end]
        bounds = sorted({0, len(text), *(i.start for i in items), *(i.end for i in items)})
        starting: dict[int, list[_Item]] = {}
        for item in items:
            starting.setdefault(item.start, []).append(item)
        active: list[_Item] = []
        stack: list[_Item] = []
        out: list[str] = []
        for a, b in itertools.pairwise(bounds):
            active = [i for i in active if i.end > a] + starting.get(a, [])
            covering = sorted(active, key=lambda i: (i.start, -i.end, i.layer, i.order))
            keep = 0
            while keep < len(stack) and keep < len(covering) and stack[keep] is covering[keep]:
                keep += 1
            out.extend(i.close_tag for i in reversed(stack[keep:]))
            out.extend(i.open_tag for i in covering[keep:])
            stack = covering
            out.append(html.escape(text[a:b], quote=False))
        out.extend(i.close_tag for i in reversed(stack))
        return "".join(out)


def _kind_class(kind: str) -> str:
    return kind if kind in KIND_COLOURS else "other"


def _role_text(value: Any) -> str:
    if isinstance(value, MoneyMention):
        amount = f"{value.amount:,}" + ("" if value.amount_high is None else f"-{value.amount_high:,}")
        return f"{value.currency or ''} {amount}".strip() + f" ({value.text})"
    if isinstance(value, DateMention):
        iso = date_value(value)
        if isinstance(iso, dict):
            iso = f"{iso['start'] or '..'}/{iso['end'] or '..'}"
        return f"{iso or 'unresolved'} ({value.text})"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def _describe(kind: str, m: Span) -> str:
    """A mention's tooltip: its kind, then its normalized fields."""
    data = to_dict(m)
    fields = [
        f"{key}: {value}"
        for key, value in data.items()
        if key not in ("start", "end", "text", "rule") and value not in (None, "", [], {})
    ]
    rule = getattr(m, "rule", "")
    if rule:
        fields.append(f"rule: {rule}")
    return " · ".join([kind.replace("_", " "), *fields])
