"""The company gazetteer: known companies, products, sites and organizations.

A :class:`Gazetteer` is immutable.  The shipped one (``data/companies.tsv``) is
loaded lazily, once, by :meth:`Gazetteer.default`; users extend it without editing
package files by deriving a new gazetteer (:meth:`Gazetteer.with_entries`) and passing
it to ``extract_companies(text, gazetteer=...)``.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Mapping
from typing import Any, cast, get_args

import attrs

from ._numbers import data_rows
from ._spans import CompanyKind

_KINDS = frozenset(get_args(CompanyKind))


def _tuple_of_str(value: Iterable[str] | str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,) if value else ()
    return tuple(v for v in value if v)


def _check_kind(_instance: object, _attribute: object, value: str) -> None:
    if value not in _KINDS:
        raise ValueError(f"kind must be one of {sorted(_KINDS)}, got {value!r}")


@attrs.frozen
class GazetteerEntry:
    """One known entity: its canonical ``name``, other surface forms and facts.

    ``aliases`` are further spellings ("Alibaba Group Holding", "taobao.com"); a legal
    suffix after any of them is recognized without listing it.  ``ambiguous`` marks a
    name that is also an ordinary word ("Apple", "Shell"): at the start of a sentence
    it needs support from the context.
    """

    name: str
    kind: CompanyKind = attrs.field(default="company", validator=_check_kind)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    owner: str | None = None
    ticker: str | None = None
    exchange: str | None = None
    ambiguous: bool = False

    @property
    def surfaces(self) -> tuple[str, ...]:
        """The name followed by its aliases."""
        return (self.name, *self.aliases)


EntryLike = GazetteerEntry | Mapping[str, Any] | str


def _entry_tuple(items: Iterable[GazetteerEntry]) -> tuple[GazetteerEntry, ...]:
    return tuple(items)


def _as_entry(item: EntryLike) -> GazetteerEntry:
    if isinstance(item, GazetteerEntry):
        return item
    if isinstance(item, str):
        return GazetteerEntry(name=item)
    if isinstance(item, Mapping):
        return GazetteerEntry(**dict(item))
    raise TypeError(
        f"a gazetteer entry must be a GazetteerEntry, a mapping or a str, got {type(item).__name__}"
    )


def _build_index(
    entries: tuple[GazetteerEntry, ...],
) -> tuple[
    dict[str, GazetteerEntry],
    dict[str, GazetteerEntry],
    dict[str, GazetteerEntry],
    int,
    frozenset[str],
    frozenset[str],
]:
    surface: dict[str, GazetteerEntry] = {}
    folded: dict[str, GazetteerEntry] = {}
    tickers: dict[str, GazetteerEntry] = {}
    longest = 1
    twins: list[tuple[str, GazetteerEntry]] = []
    for entry in entries:  # later entries win: user entries override shipped ones
        for form in entry.surfaces:
            key = " ".join(form.split())
            surface[key] = entry
            folded[key.casefold()] = entry
            longest = max(longest, key.count(" ") + 1)
            if " & " in key or " and " in key:  # "Johnson and Johnson" is "Johnson & Johnson"
                twin = key.replace(" & ", " and ") if " & " in key else key.replace(" and ", " & ")
                twins.append((twin, entry))
        if entry.ticker:
            tickers[entry.ticker] = entry
    for twin, entry in twins:  # (a name written either way in the table keeps its own entry)
        surface.setdefault(twin, entry)
        folded.setdefault(twin.casefold(), entry)
    firsts = frozenset(key.split(" ")[0] for key in surface) | frozenset(k.split(" ")[0] for k in folded)
    # the first words of every multi-word name ("Alibaba", "Alibaba Group" for "Alibaba
    # Group Holding"): a name matcher stops lengthening a candidate that is none of these
    prefixes: set[str] = set()
    for key in surface:
        words = key.split(" ")
        prefixes.update(" ".join(words[:m]) for m in range(1, len(words)))
    return surface, folded, tickers, longest, firsts, frozenset(prefixes)


@attrs.frozen
class Gazetteer:
    """An immutable collection of known companies, products, sites and organizations.

    >>> gaz = Gazetteer.default().with_entries(
    ...     [{"name": "Zorblax", "aliases": ["Zorblax Robotics"], "ticker": "ZRBX"}])
    >>> gaz.lookup("Zorblax Robotics").name
    'Zorblax'
    >>> Gazetteer.default().lookup("Zorblax") is None
    True
    >>> Gazetteer.default().lookup("WeChat").owner
    'Tencent'
    """

    entries: tuple[GazetteerEntry, ...] = attrs.field(converter=_entry_tuple)
    _surface: dict[str, GazetteerEntry] = attrs.field(init=False, eq=False, repr=False)
    _folded: dict[str, GazetteerEntry] = attrs.field(init=False, eq=False, repr=False)
    _tickers: dict[str, GazetteerEntry] = attrs.field(init=False, eq=False, repr=False)
    _longest: int = attrs.field(init=False, eq=False, repr=False)
    _firsts: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    _prefixes: frozenset[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        surface, folded, tickers, longest, firsts, prefixes = _build_index(self.entries)
        object.__setattr__(self, "_firsts", firsts)
        object.__setattr__(self, "_prefixes", prefixes)
        object.__setattr__(self, "_surface", surface)
        object.__setattr__(self, "_folded", folded)
        object.__setattr__(self, "_tickers", tickers)
        object.__setattr__(self, "_longest", longest)

    def __hash__(self) -> int:
        return id(self)

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer shipped with bizfacts, loaded on first use and then shared."""
        return _default()

    @classmethod
    def from_entries(cls, entries: Iterable[EntryLike], *, include_default: bool = True) -> Gazetteer:
        """A gazetteer of ``entries``, on top of the shipped one unless told otherwise.

        Each entry is a :class:`GazetteerEntry`, a mapping with its field names
        (``name``, ``aliases``, ``kind``, ``owner``, ``ticker``, ``exchange``,
        ``ambiguous``) or a bare name.
        """
        extra = tuple(_as_entry(e) for e in entries)
        base = _default().entries if include_default else ()
        return cls(base + extra)

    @classmethod
    def from_file(
        cls, path: str | os.PathLike[str], *, include_default: bool = True, encoding: str = "utf-8"
    ) -> Gazetteer:
        """A gazetteer of the names in a CSV or TSV file, on top of the shipped one.

        The first line names the columns: ``name`` (required), ``kind``
        (company, product, site or organization; default company), ``owner`` and
        ``aliases`` (several separated by ``|``), optionally ``ticker`` and
        ``exchange``.  Tabs separate cells in a ``.tsv``/``.tab`` file or when the
        header has a tab, commas otherwise (CSV quoting rules).  Blank lines and
        lines starting with ``#`` are skipped.  A bad row raises ValueError naming
        the file and line.  See docs/recipes.md.

        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "names.csv"
        >>> _ = path.write_text("name,kind,owner,aliases\\nQuillfeather,company,,Quillfeather Labs|QFL\\n")
        >>> Gazetteer.from_file(path).lookup("Quillfeather Labs").name
        'Quillfeather'
        """
        from ._gazetteer_file import read_entries

        extra = read_entries(path, encoding)
        return cls((_default().entries if include_default else ()) + extra)

    def with_entries(self, entries: Iterable[EntryLike]) -> Gazetteer:
        """A new gazetteer with this one's entries plus ``entries`` (which win on clashes)."""
        return Gazetteer(self.entries + tuple(_as_entry(e) for e in entries))

    def lookup(self, surface: str) -> GazetteerEntry | None:
        """The entry whose name or alias is exactly ``surface`` (whitespace collapsed)."""
        return self._surface.get(" ".join(surface.split()))

    def lookup_folded(self, surface: str) -> GazetteerEntry | None:
        """Like :meth:`lookup`, ignoring case ("TENCENT", "taobao")."""
        return self._folded.get(" ".join(surface.split()).casefold())

    def by_ticker(self, ticker: str) -> GazetteerEntry | None:
        """The entry listed under ``ticker``, if any."""
        return self._tickers.get(ticker)

    def may_start(self, word: str) -> bool:
        """Could a name or alias start with ``word`` (as written, or case-folded)?"""
        return word in self._firsts

    @property
    def longest(self) -> int:
        """The largest number of words in any name or alias."""
        return self._longest

    def __len__(self) -> int:
        return len(self.entries)


def _parse_row(row: tuple[str, ...]) -> GazetteerEntry:
    cells = [*row, "", "", "", "", "", "", ""][:7]
    name, kind, owner, ticker, exchange, aliases, flags = (c.strip() for c in cells)
    return GazetteerEntry(
        name=name,
        kind=cast(CompanyKind, kind or "company"),
        aliases=tuple(a.strip() for a in aliases.split("|") if a.strip()),
        owner=owner or None,
        ticker=ticker or None,
        exchange=exchange or None,
        ambiguous="ambiguous" in flags.split(","),
    )


@functools.cache
def _default() -> Gazetteer:
    return Gazetteer(tuple(_parse_row(row) for row in data_rows("companies.tsv")))
