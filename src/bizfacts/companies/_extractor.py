"""One document's pass, from capitalized runs to company mentions."""

from __future__ import annotations

from .._spans import CompanyMention
from ._linking import _Linking
from ._lowercase import LowercaseWords
from ._naming import _names_as_written
from ._regexes import (
    _AFTER_LISTING,
    _AFTER_TICKER,
    _DOT_OR_POSSESSIVE,
    _LOOKAHEAD,
    _POSSESSIVE_TAIL,
    _SPLIT_CATEGORIES,
)
from ._segments import _Segments
from ._sites import _Sites
from ._tokens import _Found, _tokens


class _Extractor(_Segments, _Linking, _Sites):
    """One document's pass: every rule, then linking, then the mentions."""

    def run(self) -> list[CompanyMention]:
        occupied = self.domains_and_brackets()
        category_of = self.category_of
        firsts = self.gaz_firsts
        lowercase = LowercaseWords(self.text)  # one scan, for the words below and the review's cues
        self.cue_words = lowercase.cues
        common, dropped = self.words.common, self.words.dropped
        for run in _tokens(self.text, occupied, common, dropped, self.caps, lowercase.lower_suffix):
            if len(run) == 1:
                # One word, most runs: segments() would yield it as it is, drop it (a month,
                # a weekday) or note a title, unless a hyphen, a dot or an "'s" is to be read.
                word = run[0].text
                if "-" not in word and not word.endswith(_DOT_OR_POSSESSIVE):
                    cat = category_of.get(word)
                    if cat in _SPLIT_CATEGORIES:
                        if cat == "title":
                            self.after_title.add(run[0].end)
                    elif (
                        word in firsts
                        or word.isupper()
                        or (self.after_title and self.title_end_before(run[0].start))
                    ):
                        self.match_segment(run)  # a known name may start here, or a person's
                    elif cat == "exchange":
                        self.match_segment(run)  # "Nasdaq": an organization on its own
                    elif cat is None:
                        # what match_segment() would do: no name starts here, and
                        # unknown_region() keeps the word for linking and context cues
                        self.keep_unknown(run)
                    # else a place, a currency, a common word ... on its own: nothing to read
                    continue
            for segment in self.segments(run):
                self.match_segment(segment)
        if not self.text.isascii():
            self.cjk_names()
        self.link_document()
        self.short_forms()
        self.attach_codes()
        return self.finish()

    def attach_codes(self) -> None:
        """Tickers and listing codes written right after a name."""
        text = self.text
        # a ticker needs a "<", a listing code a "(" within reach: most texts have neither
        tickers, listings = "<" in text, "(" in text
        after_ticker = _AFTER_TICKER.ascii_match if self.ascii else _AFTER_TICKER.match
        after_listing = _AFTER_LISTING.ascii_match if self.ascii else _AFTER_LISTING.match
        for f in self.found:
            if tickers and text.find("<", f.end, f.end + _LOOKAHEAD) >= 0:
                m = after_ticker(text, f.end, f.end + _LOOKAHEAD)
                if m is not None:
                    f.ticker = m.group(1)
                    continue
            if listings and text.find("(", f.end, f.end + _LOOKAHEAD) >= 0:
                m = after_listing(text, f.end, f.end + _LOOKAHEAD)
                if m is not None:
                    f.exchange, f.ticker = m.group(1), m.group(2)

    def finish(self) -> list[CompanyMention]:
        confirmed: set[str] | None = None  # names found for sure: made for the first tentative one
        text = self.text
        keep: list[_Found] = []
        persons = self.persons
        for f in self.found:
            if (
                persons
                and f.rule == "gazetteer"
                and text[f.start : f.end].removesuffix("'s").removesuffix("’s") in persons
            ):
                continue  # "Wang said" after "Wang Gao": the person, not Wang Laboratories
            if f.tentative:
                if confirmed is None:
                    confirmed = {g.name for g in self.found if not g.tentative} | self.confirmed
                    confirmed.update(g.owner for g in self.found if g.owner and not g.tentative)
                if f.name not in confirmed and not text.startswith(
                    (" said", " says", "'s", "’s", " Inc", " Corp", " shares", " <", " ("), f.end, f.end + 12
                ):
                    continue
            keep.append(f)
        keep.sort(key=lambda f: (f.start, -(f.end - f.start)))
        out: list[CompanyMention] = []
        last_end = -1
        for f in keep:
            if f.start < last_end or f.end <= f.start:
                continue
            surface = text[f.start : f.end]
            if surface.endswith(_POSSESSIVE_TAIL) and self.gaz.lookup(surface) is None:
                f.end -= 2
                surface = surface[:-2]
            out.append(
                CompanyMention(
                    start=f.start,
                    end=f.end,
                    text=surface,
                    name=f.name,
                    kind=f.kind,
                    owner=f.owner,
                    ticker=f.ticker,
                    exchange=f.exchange,
                    rule=f.rule,
                )
            )
            last_end = f.end
        return _names_as_written(out)
