"""What the clause-level cascade itself found in a text, beside the merged facts.

The merged output keeps the more confident telling of a fact, so a fact found both by a
surface rule and by the cascade shows the surface rule's name.  The rule cases and the
paradigm tests check the cascade's own rule ("acquire/passive"), so they record what the
cascade returned, sentence by sentence, while ``extract_facts`` runs.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import bizfacts
from bizfacts.facts import assembler

_LOCK = threading.Lock()


def run(
    text: str, reference_date: dt.date | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(the merged facts, the cascade's own facts) of ``text``, each in ``to_dict`` form."""
    seen: list[Any] = []
    original = assembler.cascade_facts

    def recording(*args: Any, **kwargs: Any) -> Any:
        found = original(*args, **kwargs)
        seen.extend(found)
        return found

    with _LOCK:
        assembler.cascade_facts = recording  # type: ignore[assignment]
        try:
            facts = bizfacts.extract_facts(text, reference_date=reference_date)
        finally:
            assembler.cascade_facts = original  # type: ignore[assignment]
    return [bizfacts.to_dict(f) for f in facts], [bizfacts.to_dict(f) for f in seen]
