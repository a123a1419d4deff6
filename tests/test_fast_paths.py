"""The assembler's cheap tests before its patterns: each finds what the pattern it spares finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bizfacts.facts.template import CLOSE, OPEN

_METRIC_WORDS = (
    "Net net internet operating pre-tax Pretax Full-Year group revenue Revenues sales SALES income profit"
    " profits loss losses ebitda EBIT earned lost before tax from operations rose to of in at for the"
    " quarter Acme ſales İncome , ."
)
_SLOTS = [f"{OPEN}M0{CLOSE}", f"{OPEN}M1{CLOSE}", f"{OPEN}C0{CLOSE}", f"{OPEN}P0{CLOSE}"]
_METRIC_PIECES = [*_METRIC_WORDS.split(), "full year", *_SLOTS]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_METRIC_PIECES), max_size=14), st.integers(0, 20))
def test_next_match_tried_at_opening_words_finds_the_patterns_matches(words: list[str], pos: int) -> None:
    from bizfacts.facts.frames._metric_parts import _METRIC_RE, _next_match, metric_starts
    from bizfacts.facts.frames.financial_metric import _METRIC_THEN_MONEY

    t = " ".join(words)
    starts = metric_starts(t)
    for pattern in (_METRIC_RE.get(), _METRIC_THEN_MONEY.get()):
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(t, pos)]
        found = []
        at = pos
        while (m := _next_match(pattern, t, starts, at)) is not None:
            found.append((m.span(), m.groupdict()))
            at = m.end()
        assert found == expected


_ANAPHOR_WORDS = (
    "It it Its its profit credit unit said says bought made it's _it the The company companywide Company"
    " firm app start-up group's groups carrier Ｉt \u0345it kit , ."
)
_ANAPHOR_PIECES = [*_ANAPHOR_WORDS.split(), "\n", "  "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ANAPHOR_PIECES), max_size=12))
def test_anaphor_gates_open_wherever_the_patterns_match(words: list[str]) -> None:
    from bizfacts.facts.discourse import _IT, _IT_GATE, _head_patterns, _holds_head

    sentence = " ".join(words)
    low = sentence.casefold()
    if next(_IT.finditer(sentence), None) is not None:
        assert low.startswith("its") or _IT_GATE.search(low) is not None
    assert _holds_head(low) == (_head_patterns()[1].search(low) is not None)


_PLACE_PIECES = [*"Vienna Vienna's Texas' Acme's Ohio the a of , 's ’s X".split(), " ", "  ", "\t", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_PIECES), max_size=8))
def test_a_place_before_a_company_is_looked_for_only_after_an_apostrophe(words: list[str]) -> None:
    # the possessive before a company ("Vienna's Acme") is searched for only where its apostrophe stands
    from bizfacts.facts.cascade.gate import _PLACE_BEFORE

    text = "".join(words)
    for start in range(len(text) + 1):
        near = text[max(0, start - 5) : max(0, start - 2)]
        if _PLACE_BEFORE.search(text, max(0, start - 40), start) is not None:
            assert "'" in near or "’" in near


_DEAL_PIECES = [
    *"The the deal Deal price purchase sale was is valued at worth of for totals total a or , paying its"
    " stock shares about Roughly an estimated approximately amounts to Amount includes will be".split(),
    " ",
    "  ",
    "\n",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DEAL_PIECES), max_size=12))
def test_the_price_of_a_deal_is_looked_for_only_after_a_cue_word(words: list[str]) -> None:
    # _BEFORE_AMOUNT runs only where the last word before the amount is one it can end with
    from bizfacts.facts.cascade.discourse import _BEFORE_AMOUNT, _CUE_ENDS

    text = " ".join(words) + " "
    if _BEFORE_AMOUNT.get().search(text, 0, len(text)) is not None:
        last = text.rsplit(None, 1)
        assert last and last[-1].casefold() in _CUE_ENDS


_COMPARISON_PIECES = [*"Compared with to VS. vs versus Against FROM from rose the".split(), " ", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_COMPARISON_PIECES), max_size=8))
def test_a_comparison_is_looked_for_only_in_a_sentence_holding_its_word(words: list[str]) -> None:
    from bizfacts.facts.frames._metric_parts import _COMPARED_WORDS
    from bizfacts.facts.frames._metric_parts import COMPARED as _COMPARED

    text = " ".join(words)
    if _COMPARED.search(text) is not None:
        assert any(word in text.casefold() for word in _COMPARED_WORDS)


_SHR_PIECES = [
    *"Shr SHR ſhr shr EPS eps Per per share Share oper Net primary fully diluted loss cts vs".split(),
    *"AUSTIN, Texas, March 3 - – Sales rose İ".split(),
    " ",
    "\n",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SHR_PIECES), max_size=10))
def test_a_per_share_line_is_looked_for_only_where_its_word_stands(words: list[str]) -> None:
    from bizfacts.facts.frames.financial_metric import _SHR_LINE, _SHR_WORDS
    from bizfacts.facts.sentence import may_contain

    text = " ".join(words)
    if _SHR_LINE.match(text) is not None:
        assert may_contain(text.casefold(), text, _SHR_WORDS)
