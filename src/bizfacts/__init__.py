"""bizfacts: typed, normalized, explainable business facts from English text.

>>> import bizfacts
>>> [m.amount for m in bizfacts.extract_money("Alibaba paid $586 million for an 18 percent stake")]
[Decimal('586000000')]
"""

import logging as _logging

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
from ._version import __version__
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
