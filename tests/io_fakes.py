"""A stand-in extractor with known output, for the I/O tests (feeds, writers, stores).

"X bought Y for $N" gives an acquisition (dated by the reference date), "X has N
users" a user count; a text with "boom" raises, as a bug in an extractor would.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import bizfacts


def fake_facts(text: str, reference_date: dt.date | None = None, **_: Any) -> list[bizfacts.AnyFact]:
    if "boom" in text:
        raise RuntimeError("boom")
    facts: list[bizfacts.AnyFact] = []
    for m in re.finditer(r"(\w+) bought (\w+) for \$(\d+(?:\.\d+)?)", text):
        price = bizfacts.MoneyMention(m.start(3) - 1, m.end(3), "$" + m[3], Decimal(m[3]), "USD")
        date = None
        if reference_date is not None:
            date = bizfacts.DateMention(m.start(1), m.end(1), m[1], reference_date, "day")
        ev = bizfacts.Evidence(m.start(), m.end(), m[0])
        facts.append(
            bizfacts.AcquisitionFact(
                acquirer=m[1], target=m[2], price=price, date=date, evidence=ev, confidence=0.75, rule="buy"
            )
        )
    for m in re.finditer(r"(\w+) has (\d+) users", text):
        ev = bizfacts.Evidence(m.start(), m.end(), m[0])
        facts.append(bizfacts.UserCountFact(subject=m[1], count=int(m[2]), evidence=ev, rule="has"))
    return sorted(facts, key=lambda f: f.evidence.start)
