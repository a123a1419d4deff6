"""Hypothesis strategies shared by the property tests.

Numeric strategies render a known value in one of the many ways business text writes
it, so a property can check that extraction reads the same value back.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume
from hypothesis import strategies as st

# --- text around a phrase -----------------------------------------------------------

_FILLER_WORDS = [
    "the",
    "company",
    "said",
    "on",
    "Monday",
    "that",
    "its",
    "board",
    "approved",
    "a",
    "plan",
    "and",
    "analysts",
    "expect",
    "growth",
    "in",
    "Asia",
    "shares",
    "of",
    "Sina",
    "rose",
    "after",
    "statement",
    "deal",
    "with",
    "partners",
    "revenue",
    "net",
    "loss",
    "quarter",
]


@st.composite
def filler(draw: st.DrawFn, max_words: int = 12) -> str:
    """A few plain English words with no number, currency or unit in them."""
    words = draw(st.lists(st.sampled_from(_FILLER_WORDS), max_size=max_words))
    return " ".join(words)


def any_text() -> st.SearchStrategy[str]:
    """Arbitrary Unicode, with a bias toward digits, signs and currency symbols."""
    pieces = [*"0123456789$€£¥₹₩%.,-+/ ", "mln", "bn", " million", "dlrs", " pct", " users", "US$", "Rs "]
    tricky = st.sampled_from(pieces)
    return st.one_of(
        st.text(),
        st.lists(st.one_of(tricky, st.text(max_size=3)), max_size=40).map("".join),
    )


# --- amounts --------------------------------------------------------------------------

_SCALES = [
    ("", 1),
    (" thousand", 10**3),
    (" million", 10**6),
    (" billion", 10**9),
    (" trillion", 10**12),
    ("m", 10**6),
    ("bn", 10**9),
    (" mln", 10**6),
    (" bln", 10**9),
    ("k", 10**3),
    (" mn", 10**6),
]

# (prefix, suffix, ISO code): one of them is empty
_CURRENCIES = [
    ("$", "", "USD"),
    ("US$", "", "USD"),
    ("€", "", "EUR"),
    ("£", "", "GBP"),
    ("HK$", "", "HKD"),
    ("C$", "", "CAD"),
    ("A$", "", "AUD"),
    ("₹", "", "INR"),
    ("₩", "", "KRW"),
    ("RMB", "", "CNY"),
    ("USD ", "", "USD"),
    ("EUR ", "", "EUR"),
    ("", " USD", "USD"),
    ("", " dollars", "USD"),
    ("", " dlrs", "USD"),
    ("", " U.S. dlrs", "USD"),
    ("", " euros", "EUR"),
    ("", " stg", "GBP"),
    ("", " yen", "JPY"),
    ("", " yuan", "CNY"),
    ("", " Swiss francs", "CHF"),
    ("", " rupees", "INR"),
    ("", " Canadian dlrs", "CAD"),
    ("", " guilders", "NLG"),
    ("", " lire", "ITL"),
]


def group_thousands(n: int) -> str:
    return f"{n:,}"


@st.composite
def numerals(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A positive number as digits, with or without thousands separators and decimals."""
    whole = draw(st.integers(min_value=1, max_value=999_999))
    decimals = draw(st.sampled_from(["", "", "5", "25", "75", "125"]))
    separated = draw(st.booleans())
    head = group_thousands(whole) if separated else str(whole)
    text = head + ("." + decimals if decimals else "")
    return text, Decimal(f"{whole}.{decimals}" if decimals else str(whole))


_ONES = [
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> str:
    """English words for 1 <= n <= 999: 342 -> "three hundred forty-two"."""
    hundreds, rest = divmod(n, 100)
    parts = [f"{_ONES[hundreds]} hundred"] if hundreds else []
    if rest >= 20:
        parts.append(_TENS[rest // 10] + (f"-{_ONES[rest % 10]}" if rest % 10 else ""))
    elif rest:
        parts.append(_ONES[rest])
    return " ".join(parts)


@st.composite
def written_numerals(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A number from 1 to 999 in words."""
    n = draw(st.integers(min_value=1, max_value=999))
    return spell(n), Decimal(n)


@st.composite
def money_phrases(draw: st.DrawFn) -> tuple[str, Decimal, str]:
    """("$1,250.5 million", 1250500000, "USD") in a random valid format; written
    numbers ("three hundred million dollars") take a currency name after them."""
    written = draw(st.booleans()) and draw(st.booleans())
    num_text, value = draw(written_numerals() if written else numerals())
    scales = [s for s in _SCALES if not written or s[0] in ("", " thousand", " million", " billion")]
    scale_text, factor = draw(st.sampled_from(scales))
    currencies = [c for c in _CURRENCIES if not written or not c[0]]
    prefix, suffix, code = draw(st.sampled_from(currencies))
    return f"{prefix}{num_text}{scale_text}{suffix}", value * factor, code


@st.composite
def percent_phrases(draw: st.DrawFn) -> tuple[str, Decimal]:
    num_text, value = draw(numerals())
    unit = draw(st.sampled_from(["%", " percent", " per cent", " pct", "-percent", " %"]))
    return num_text + unit, value


@st.composite
def user_count_phrases(draw: st.DrawFn) -> tuple[str, int, str]:
    whole = draw(st.integers(min_value=10, max_value=999))
    scale_text, factor = draw(
        st.sampled_from([(" million", 10**6), (" billion", 10**9), ("m", 10**6), (" thousand", 10**3)])
    )
    noun, metric = draw(
        st.sampled_from(
            [
                ("users", "users"),
                ("monthly active users", "monthly active users"),
                ("subscribers", "subscribers"),
                ("daily active users", "daily active users"),
                ("paying users", "paying users"),
                ("registered users", "registered users"),
                ("MAUs", "monthly active users"),
            ]
        )
    )
    return f"{whole}{scale_text} {noun}", whole * factor, metric


# --- invented company names (fact properties) -----------------------------------------

_ONSETS = ["b", "br", "c", "cl", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "pr", "r", "s",
           "st", "t", "tr", "v", "w", "z"]  # fmt: skip
_VOWELS = ["a", "e", "i", "o", "u", "ae", "ou"]
_CODAS = ["", "", "n", "r", "l", "m", "x", "nd", "rt", "sk"]
_INDUSTRY = ["", "", "Systems", "Foods", "Media", "Labs", "Logistics", "Energy", "Robotics", "Textiles",
             "Analytics", "Marine", "Pharma"]  # fmt: skip


def _syllable(draw: st.DrawFn) -> str:
    return draw(st.sampled_from(_ONSETS)) + draw(st.sampled_from(_VOWELS)) + draw(st.sampled_from(_CODAS))


@st.composite
def invented_company_names(draw: st.DrawFn) -> str:
    """A pronounceable invented company name with no legal suffix ("Drouvex", "Zaelm Foods"),
    none of whose words the place, people or common-word data know, and no lexicon word."""
    from paradigm_names import clashes

    from bizfacts.facts.cascade.predicates import phrase_table

    n = draw(st.integers(2, 3))
    word = "".join(_syllable(draw) for _ in range(n)).capitalize()
    tail = draw(st.sampled_from(_INDUSTRY))
    name = f"{word} {tail}".strip()
    table = phrase_table()
    assume(len(word) >= 4 and not clashes(name) and (word.casefold(),) not in table)
    return name
