"""Per-unit prices after an amount of money, for ``bizfacts.money``: "$4.20 a share",
"15 cts per share", "30 dlr-a-share", "90.25 dlrs each"."""

from __future__ import annotations

import re

from ._numbers import AnyPattern

_PER_NOUNS = (
    "share|shares|shr|common share|ordinary share|preferred share|barrel|bbl|tonne|ton|metric ton"
    "|short ton|long ton|ounce|troy ounce|oz|bushel|pound|lb|gallon|litre|liter|kilo|kilogram|kg"
    "|head|unit|month|year|annum|day|week|hour|person|square foot|square metre|square meter|acre"
    "|hectare|bale|bag|carton|cwt|megawatt|kilowatt hour|kwh|mmbtu|ADS|ADR|depositary share|seat"
    "|subscriber|user|customer|employee"
)

_PER_CANON = {
    "shares": "share",
    "shr": "share",
    "common share": "share",
    "ordinary share": "share",
    "preferred share": "share",
    "depositary share": "share",
    "ads": "share",
    "adr": "share",
    "bbl": "barrel",
    "metric ton": "tonne",
    "troy ounce": "ounce",
    "oz": "ounce",
    "lb": "pound",
    "liter": "litre",
    "kilogram": "kilo",
    "kg": "kilo",
    "annum": "year",
    "square meter": "square metre",
    "kwh": "kilowatt hour",
}

# every per-unit phrase starts with a space, a slash or a hyphen ("30 dlr-a-share")
_PER_FIRST = frozenset(" \t\u00a0/-")
_PER_SPACES = frozenset(" \t\u00a0")
_PER_HEADS = frozenset("/apec-")  # "/", "a", "an", "per", "each", "cash per share", "-a-share"


def _per_after(text: str, end: int, per_re: AnyPattern) -> str | None:
    if text[end : end + 1] not in _PER_FIRST:
        return None
    k = end
    while text[k : k + 1] in _PER_SPACES:
        k += 1
    if text[k : k + 1] not in _PER_HEADS:
        return None  # after its spaces the phrase goes on with "/", "a", "an", "per", "each" or "cash"
    pm = per_re.match(text, end)
    if pm is None:
        if text.startswith("each", k) and not text[k + 4 : k + 5].isalnum():
            # "3 mln shares at 90.25 dlrs each": the unit is the one counted before
            return "share" if "share" in text[max(0, end - 80) : end].lower() else "unit"
        return None
    noun = " ".join(pm.group("per").split())
    if noun.lower() in _TIME_NOUNS and _TIME_AFTER.match(text, pm.end()):
        return None  # "against $9 billion a year earlier": a time, no price per year
    return _PER_CANON.get(noun.lower(), noun if noun.isupper() else noun.lower())


_TIME_NOUNS = frozenset({"year", "month", "week", "day", "hour"})
# what follows "a year" when it tells a time, not a rate ("a year earlier", "a month ago")
_TIME_AFTER = re.compile(r"[ \t\u00a0]+(?:earlier|ago|before|later|prior|previously|back)\b")
