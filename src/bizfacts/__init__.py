"""bizfacts: typed, normalized, explainable business facts from English text.

>>> import bizfacts
>>> [m.amount for m in bizfacts.extract_money("Alibaba paid $586 million for an 18 percent stake")]
[Decimal('586000000')]
"""

import importlib as _importlib
import logging as _logging
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:  # the names below, imported on first use (see __getattr__)
    from ._fact_types import (
        AcquisitionFact,
        AnyFact,
        Evidence,
        ExecutiveFact,
        Fact,
        FinancialMetricFact,
        HeadquartersFact,
        InvestmentFact,
        ListingFact,
        OwnershipFact,
        PartnershipFact,
        UserCountFact,
        ValuationFact,
    )
    from ._role_spans import RoleSpan, role_spans
    from ._spans import (
        CompanyMention,
        DateMention,
        Mention,
        MoneyMention,
        PercentMention,
        PersonMention,
        PlaceMention,
        RelativeDate,
        Span,
        UserCountMention,
    )
    from .batch import BatchResult, extract_many
    from .companies import Gazetteer, GazetteerEntry, canonical_name, extract_companies, is_non_company
    from .dates import extract_dates
    from .explanation import Explanation, explain
    from .facts import extract_facts
    from .frames import FACT_COLUMNS, to_dataframe, to_dataframes
    from .htmlview import FactsView, render_html, render_view
    from .money import extract_money
    from .people import extract_people, is_person_name
    from .percentages import extract_percentages
    from .places import extract_places, is_place_name
    from .serialize import to_dict
    from .user_counts import extract_user_counts
    from .writers import write_results

# The "bizfacts" logger says nothing unless the application configures logging.
_logging.getLogger("bizfacts").addHandler(_logging.NullHandler())

# Where each public name lives.  ``import bizfacts`` imports none of these modules: a
# name's module is imported the first time the name is read (``bizfacts.extract_facts``,
# ``from bizfacts import extract_facts``), so that a script using one extractor does not
# pay for the others, the fact assembler and the writers.
_HOMES = {
    **dict.fromkeys(
        (
            "AcquisitionFact AnyFact Evidence ExecutiveFact Fact FinancialMetricFact HeadquartersFact "
            "InvestmentFact ListingFact OwnershipFact PartnershipFact UserCountFact ValuationFact"
        ).split(),
        "_fact_types",
    ),
    "RoleSpan": "_role_spans",
    "role_spans": "_role_spans",
    **dict.fromkeys(
        (
            "CompanyMention DateMention Mention MoneyMention PercentMention PersonMention PlaceMention "
            "RelativeDate Span UserCountMention"
        ).split(),
        "_spans",
    ),
    "BatchResult": "batch",
    "extract_many": "batch",
    **dict.fromkeys(
        ("Gazetteer", "GazetteerEntry", "canonical_name", "extract_companies", "is_non_company"), "companies"
    ),
    "extract_dates": "dates",
    "Explanation": "explanation",
    "explain": "explanation",
    "extract_facts": "facts",
    "FACT_COLUMNS": "frames",
    "to_dataframe": "frames",
    "to_dataframes": "frames",
    "FactsView": "htmlview",
    "render_html": "htmlview",
    "render_view": "htmlview",
    "extract_money": "money",
    "extract_people": "people",
    "is_person_name": "people",
    "extract_percentages": "percentages",
    "extract_places": "places",
    "is_place_name": "places",
    "to_dict": "serialize",
    "extract_user_counts": "user_counts",
    "write_results": "writers",
}


def __getattr__(name: str) -> Any:
    """A public name, imported from its module on first use (then kept in the package)."""
    home = _HOMES.get(name)
    if home is None:
        if not name.startswith("_"):  # a submodule, as after the eager imports of old: bizfacts.dates
            try:
                return _importlib.import_module(f".{name}", __name__)
            except ModuleNotFoundError as e:
                if e.name != f"{__name__}.{name}":
                    raise
        raise AttributeError(f"module 'bizfacts' has no attribute {name!r}")
    value = getattr(_importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})


__all__ = [
    "FACT_COLUMNS",
    "AcquisitionFact",
    "AnyFact",
    "BatchResult",
    "CompanyMention",
    "DateMention",
    "Evidence",
    "ExecutiveFact",
    "Explanation",
    "Fact",
    "FactsView",
    "FinancialMetricFact",
    "Gazetteer",
    "GazetteerEntry",
    "HeadquartersFact",
    "InvestmentFact",
    "ListingFact",
    "Mention",
    "MoneyMention",
    "OwnershipFact",
    "PartnershipFact",
    "PercentMention",
    "PersonMention",
    "PlaceMention",
    "RelativeDate",
    "RoleSpan",
    "Span",
    "UserCountFact",
    "UserCountMention",
    "ValuationFact",
    "__version__",
    "canonical_name",
    "explain",
    "extract_companies",
    "extract_dates",
    "extract_facts",
    "extract_many",
    "extract_money",
    "extract_people",
    "extract_percentages",
    "extract_places",
    "extract_user_counts",
    "is_non_company",
    "is_person_name",
    "is_place_name",
    "render_html",
    "render_view",
    "role_spans",
    "to_dataframe",
    "to_dataframes",
    "to_dict",
    "write_results",
]
