"""The HTML view (`bizfacts render`, `render_html`, `render_view`) and `role_spans`.

The page is parsed with html.parser: the text is rebuilt from the page and every
highlighted element is mapped back to its character offsets, so the tests check that
each mention, evidence sentence and role reference sits exactly where it belongs.
"""

from __future__ import annotations

import datetime as dt
import html.parser
import itertools
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bizfacts
from bizfacts import CompanyMention, DateMention
from bizfacts._mention_kinds import available_extractors, document_mentions
from bizfacts.cli import main
from bizfacts.htmlview import _Layout

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "001_alibaba_weibo_stake.txt"
SEED_DATE = dt.date(2013, 5, 1)
VOID = frozenset({"meta", "br", "hr", "img", "input", "link", "wbr"})


class Page(html.parser.HTMLParser):
    """Reads a bizfacts view: the text, where each data-id element lies in it, and the cards."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text_parts: list[str] = []
        self.pos = 0
        self.depth_in_text = 0  # > 0 inside <div class="text">
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.open_at: list[int] = []
        self.pieces: dict[str, list[tuple[int, int]]] = {}
        self.attrs_of: dict[str, dict[str, str]] = {}
        self.cards: list[dict[str, str]] = []
        self.card_roles: list[list[dict[str, str]]] = []
        self.tags: set[str] = set()
        self.legend: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.add(tag)
        if tag == "script":
            self.scripts += 1
        if tag in VOID:
            return
        if tag == "div" and a.get("class") == "text":
            self.depth_in_text = 1
        elif self.depth_in_text:
            self.depth_in_text += 1
        if tag == "article":
            self.cards.append(a)
            self.card_roles.append([])
        if "data-role" in a and self.cards:
            self.card_roles[-1].append(a)
        if "data-legend" in a:
            self.legend.append(a["data-legend"])
        self.stack.append((tag, a))
        self.open_at.append(self.pos)

    def handle_endtag(self, tag: str) -> None:
        open_tag, a = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        start = self.open_at.pop()
        if self.depth_in_text:
            self.depth_in_text -= 1
            if "data-id" in a:
                self.pieces.setdefault(a["data-id"], []).append((start, self.pos))
                self.attrs_of.setdefault(a["data-id"], a)

    def handle_data(self, data: str) -> None:
        if self.depth_in_text:
            self.text_parts.append(data)
            self.pos += len(data)

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    def span(self, ident: str) -> tuple[int, int]:
        """The offsets an id covers: its pieces must be contiguous."""
        pieces = sorted(self.pieces[ident])
        for (_, end), (start, _) in itertools.pairwise(pieces):
            assert end == start, f"{ident} has a gap: {pieces}"
        return pieces[0][0], pieces[-1][1]


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], "unclosed elements"
    return parser


@pytest.fixture(scope="module")
def seed() -> tuple[str, bizfacts.FactsView, Page]:
    text = SEED.read_text(encoding="utf-8")
    view = bizfacts.render_view(text, reference_date=SEED_DATE, title="seed 001")
    return text, view, parse(view.html)


def test_seed_page_rebuilds_the_text_and_every_mention(seed: tuple[str, bizfacts.FactsView, Page]) -> None:
    text, view, page = seed
    assert page.text == text
    mentions = document_mentions(text, reference_date=SEED_DATE)
    assert list(view.mentions) == mentions
    for n, (kind, m) in enumerate(mentions):
        ident = f"m{n}"
        assert page.attrs_of[ident]["data-kind"] == kind
        assert page.span(ident) == (m.start, m.end), (kind, m.text)
        assert f"k-{kind}" in page.attrs_of[ident]["class"]
    # the seed has companies, money, percentages, dates and user counts; the gold file's
    # non-optional company mentions are all on the page at their offsets
    kinds = {k for k, _ in mentions}
    assert {"company", "money", "percentage", "date", "user_count"} <= kinds
    marked = {(page.attrs_of[i]["data-kind"], *page.span(i)) for i in page.pieces if i.startswith("m")}
    assert ("company", 0, 13) in marked  # Alibaba Group
    assert ("money", 571, 583) in marked  # $586 million
    assert ("user_count", 967, 984) in marked  # 500 million users
    assert page.legend == [k for k, _ in available_extractors()]


def test_seed_page_has_a_card_per_fact_with_its_evidence_and_roles(
    seed: tuple[str, bizfacts.FactsView, Page],
) -> None:
    text, _view, page = seed
    facts = bizfacts.extract_facts(text, reference_date=SEED_DATE)
    assert len(facts) >= 15
    assert [c["data-type"] for c in page.cards] == [f.type for f in facts]
    for card, roles, fact in zip(page.cards, page.card_roles, facts, strict=True):
        assert page.span(card["data-ev"]) == (fact.evidence.start, fact.evidence.end)
        refs = card["data-refs"].split()
        assert refs, f"{fact.type}: no role located"
        for ref in refs:
            start, end = page.span(ref)
            assert text[start:end].strip() == text[start:end]
        located = {r["data-ref"] for r in roles if "data-ref" in r}
        assert located == set(refs)
    # the 18% stake deal: every role points at the words it was read from
    deal = next(i for i, f in enumerate(facts) if f.type == "acquisition" and f.status == "completed")
    pointed = {r["data-role"]: text[slice(*page.span(r["data-ref"]))] for r in page.card_roles[deal]
               if "data-ref" in r}
    assert pointed == {"target": "Weibo", "acquirer": "Alibaba", "stake": "18%", "price": "$586 million"}
    executive = next(i for i, f in enumerate(facts) if f.type == "executive")
    pointed = {r["data-role"]: text[slice(*page.span(r["data-ref"]))] for r in page.card_roles[executive]
               if "data-ref" in r}
    assert pointed["person"] == "Li Yanchuan"
    assert pointed["company"] == "Aruba Co"


def test_page_is_self_contained(seed: tuple[str, bizfacts.FactsView, Page]) -> None:
    _, view, page = seed
    assert "http://" not in view.html and "https://" not in view.html
    assert not {"link", "img", "iframe"} & page.tags
    assert 'src="' not in view.html
    assert page.scripts == 1


def test_jupyter_fragment_and_save(tmp_path: Path, seed: tuple[str, bizfacts.FactsView, Page]) -> None:
    _, view, _ = seed
    fragment = view._repr_html_()
    assert fragment.startswith('<div class="bizfacts-view" id="bf-')
    assert "<html" not in fragment and "<body" not in fragment
    assert fragment in view.html
    out = view.save(tmp_path / "v.html")
    assert out.read_text(encoding="utf-8") == view.html
    # deterministic: the same input gives the same page
    again = bizfacts.render_view(view.text, reference_date=SEED_DATE, title="seed 001")
    assert again.html == view.html


def test_crossing_items_are_split_and_keep_their_offsets() -> None:
    text = "Sina Corp Monday rose."
    company = CompanyMention(0, 9, "Sina Corp", name="Sina")
    date = DateMention(5, 16, "Corp Monday", value=dt.date(2013, 4, 29), granularity="day")
    layout = _Layout(text, [], [("company", company), ("date", date)], None, None)
    page = parse(layout.fragment())
    assert page.text == text
    assert page.span("m0") == (0, 9)
    assert page.span("m1") == (5, 16)
    assert len(page.pieces["m1"]) == 2  # split where it crosses the company's end


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)
       | st.sampled_from(["<b>Acme & Co</b> paid $5 million for a 5% stake in \"Widget\" Inc.\r\n"]))
def test_any_text_round_trips(text: str) -> None:
    page = parse(bizfacts.render_html(text))
    # html.parser normalizes nothing inside data except character references
    assert page.text == text


def test_role_spans_points_back_at_an_anaphors_company() -> None:
    text = "Brindle Labs opened a new office. The company said its app has more than 5 million users."
    fact = bizfacts.extract_facts(text)[0]
    spans = {r.role: (r.start, r.end, r.kind) for r in bizfacts.role_spans(fact, text)}
    assert spans == {"subject": (0, 12, "company"), "count": (73, 88, "user_count")}


def test_role_spans_finds_wording_of_names_without_an_extractor() -> None:
    text = "Harbin Quill Ltd, based in Leeds, named Mara Oduya as chief executive."
    executive = next(f for f in bizfacts.extract_facts(text) if f.type == "executive")
    spans = {r.role: text[r.start : r.end] for r in bizfacts.role_spans(executive, text)}
    assert spans == {"person": "Mara Oduya", "title": "chief executive", "company": "Harbin Quill Ltd"}


def test_bad_arguments_raise_type_errors() -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        bizfacts.render_html(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^render_view\(\) expects reference_date"):
        bizfacts.render_html("x", reference_date=2013)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="fact must be"):
        bizfacts.role_spans("not a fact", "x")  # type: ignore[arg-type]


def test_cli_render_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "view.html"
    assert main(["render", str(SEED), "--reference-date", "2013-05-01", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    expected = bizfacts.render_html(SEED.read_text(encoding="utf-8"), reference_date=SEED_DATE,
                                    title=SEED.name)
    assert page == expected
    assert capsys.readouterr().out == ""


def test_cli_render_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing.txt" in err and "cannot read" in err
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9")
    assert main(["render", str(bad)]) == 1
    assert "not UTF-8" in capsys.readouterr().err
    assert main(["render", str(bad), "--reference-date", "May 1"]) == 2


def test_cli_render_reads_standard_input() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "bizfacts", "render", "-"],
        input=b"Acme Corp bought Widget Inc for $50 million.",
        capture_output=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    page = parse(run.stdout.decode())
    assert page.text == "Acme Corp bought Widget Inc for $50 million."
    assert [c["data-type"] for c in page.cards] == ["acquisition"]


def test_gazetteer_reaches_the_view() -> None:
    text = "More people now pay for Zephyrly than last year."
    assert [kind for kind, _ in bizfacts.render_view(text).mentions] == ["date"]  # "last year"
    gaz = bizfacts.Gazetteer.default().with_entries(
        [bizfacts.GazetteerEntry(name="Zephyrly", kind="product", owner="Quuxly")]
    )
    view = bizfacts.render_view(text, gazetteer=gaz)
    assert [(kind, m.text) for kind, m in view.mentions] == [("company", "Zephyrly"), ("date", "last year")]
    page = parse(view.html)
    assert page.span("m0") == (24, 32)
    assert page.attrs_of["m0"]["data-kind"] == "company"


def test_render_view_takes_the_reference_date_as_an_iso_string(
    seed: tuple[str, bizfacts.FactsView, Page],
) -> None:
    text, view, _ = seed
    again = bizfacts.render_view(text, reference_date="2013-05-01", title="seed 001")
    assert again.html == view.html
    with pytest.raises(TypeError, match=r"^render_view\(\) expects reference_date as datetime\.date"):
        bizfacts.render_view(text, reference_date=20130501)  # type: ignore[arg-type]
