"""Web domains, Reuters brackets and Chinese or Japanese registered names."""

from __future__ import annotations

from .._spans import CompanyKind
from .._suffixes import suffix_class
from ._base import _Base, canonical_name
from ._regexes import (
    _ANGLE,
    _CJK_NAME,
    _LISTING,
    _MARKUP,
    _SUFFIX_AFTER_DOMAIN,
    _TICKER_CODE,
    _TLD_HINT,
    _tld_hint_ascii,
    _web_domains,
)
from ._scans import _bracket_matches
from ._tokens import _Found


class _Sites(_Base):
    """Finds sites, bracketed codes and registered names in Han script."""

    __slots__ = ()  # (the state is _Base's)

    def cjk_names(self) -> None:
        """Chinese and Japanese registered names ("金海智慧物流控股有限公司", "三井物産株式会社").

        On the line right under a company's name (the bilingual heading of a Hong Kong
        filing) the name is that company's; otherwise it is written without its suffix.
        """
        text = self.text
        if "公司" not in text and "株式会社" not in text:
            return  # every legal form of _CJK_NAME ends in 公司 or is 株式会社
        for m in _CJK_NAME.finditer(text):
            start, end = m.span()
            name = m.group(1) or m.group(2) or m.group()
            prev_end = text.rfind("\n", 0, start)
            before = text[max(0, start - 3) : start].rstrip()
            if before.endswith(("(", "（")):  # "Mitsui & Co (三井物産株式会社)": the name before it
                k = len(text[:start].rstrip()) - 1  # the opening parenthesis
                while k > 0 and text[k - 1] in " \t":
                    k -= 1
                left = next((f for f in self.found if f.end == k and f.kind == "company"), None)
                if left is not None:
                    name = left.name
            elif prev_end > 0 and not text[prev_end:start].strip():
                prev_start = text.rfind("\n", 0, prev_end) + 1
                for f in self.found:
                    if (
                        f.kind == "company"
                        and f.start >= prev_start
                        and f.end <= prev_end
                        and not text[prev_start : f.start].strip()
                    ):
                        name = f.name
                        break
            self.found.append(_Found(start, end, name, "company", None, "CJK name"))

    def domains_and_brackets(self) -> list[tuple[int, int]]:
        text = self.text
        occupied: list[tuple[int, int]] = []
        ascii_text = self.ascii  # (the stdlib twins of the patterns find the same, faster)
        if (_tld_hint_ascii() if ascii_text else _TLD_HINT).search(text):
            for m in _web_domains(text):
                start, end = m.span()
                host = m.group(1)
                name, kind, owner = self.site(host)
                tail = (_SUFFIX_AFTER_DOMAIN.ascii_match if ascii_text else _SUFFIX_AFTER_DOMAIN.match)(
                    text, end, end + 16
                )
                if tail is not None:  # "Amazon.com Inc.": the company named after its site
                    end = tail.end()
                    if text[end - 1] == "." and self._sentence_final(end):
                        end -= 1
                    kind = "company" if kind == "site" and owner in (None, name) else kind
                    owner = None if kind == "company" else owner
                self.found.append(_Found(start, end, name, kind, owner, "web domain"))
                occupied.append((start, end))
        if "(" in text:
            # (no match holds a "(" but its first: the matches of _LISTING.finditer(text))
            for listing in _bracket_matches(text, _LISTING):  # "(NASDAQ: SINA)": a listing code, not a name
                occupied.append(listing.span())
        if "<" in text:
            if ascii_text:
                angles, ticker_code = _ANGLE.ascii_finditer, _TICKER_CODE.ascii_fullmatch
                markup = _MARKUP.ascii_match
            else:
                angles, ticker_code, markup = _ANGLE.finditer, _TICKER_CODE.fullmatch, _MARKUP.match
            for angle in angles(text):
                inner = angle.group(1).strip()
                code = ticker_code(inner) and suffix_class(inner.rpartition(" ")[2]) is None
                if code or not any(c.isalpha() for c in inner):  # ("<BASF AG>" is a name)
                    occupied.append(angle.span())
                    continue
                if markup(inner):  # "<div class=...>", "</li>": markup left in scraped text
                    occupied.append(angle.span())
                    continue
                start = angle.start(1) + (len(angle.group(1)) - len(angle.group(1).lstrip()))
                end = start + len(inner)
                entry = self.gaz.lookup(inner) or self.gaz.lookup(canonical_name(inner))
                if entry is not None:
                    f = _Found(
                        start, end, entry.name, entry.kind, entry.owner, "reuters bracket", entry=entry
                    )
                else:
                    f = _Found(start, end, canonical_name(inner), "company", None, "reuters bracket")
                self.found.append(f)
                occupied.append(angle.span())
        occupied.sort()
        return occupied

    def site(self, host: str) -> tuple[str, CompanyKind, str | None]:
        if host.lower().startswith("www."):
            host = host[4:]
        exact = self.gaz.lookup(host)
        if exact is not None and exact.kind != "product":  # "JD.com", "Amazon.com": the company
            return exact.name, exact.kind, exact.owner
        entry = self.gaz.lookup_folded(host)
        if entry is not None:
            if entry.kind in ("site", "product"):
                return entry.name, "site", entry.owner
            return entry.name, "site" if entry.kind == "company" else entry.kind, entry.owner or entry.name
        host = host.lower()
        labels = host.split(".")
        while len(labels) > 1 and labels[-1] in (
            "com",
            "net",
            "org",
            "co",
            "cn",
            "hk",
            "jp",
            "kr",
            "in",
            "uk",
            "au",
            "sg",
            "tw",
            "de",
            "fr",
            "io",
            "ai",
            "tv",
            "biz",
            "info",
        ):
            labels.pop()
        if len(labels) == 1:
            base = labels[0]
            entry = self.gaz.lookup_folded(base)
            if entry is not None:
                if entry.kind in ("site", "product"):
                    return entry.name, "site", entry.owner
                return entry.name, "site", entry.name
            return base[:1].upper() + base[1:], "site", None
        owner_entry = self.gaz.lookup_folded(labels[-1]) or self.gaz.lookup_folded(labels[-1] + ".com")
        owner = None
        if owner_entry is not None:
            owner = owner_entry.owner or owner_entry.name
        return host, "site", owner
