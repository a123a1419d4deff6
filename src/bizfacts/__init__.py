"""bizfacts: typed, normalized, explainable business facts from English text.

>>> import bizfacts
>>> [m.amount for m in bizfacts.extract_money("Alibaba paid $586 million for an 18 percent stake")]
[Decimal('586000000')]
"""

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
    RelativeDate,
    Span,
    UserCountMention,
)
from ._version import __version__
from .batch import BatchResult, extract_many, to_dataframe
from .companies import Gazetteer, GazetteerEntry, canonical_name, extract_companies, is_non_company
from .dates import extract_dates
from .facts import extract_facts
from .htmlview import FactsView, render_html, render_view
from .money import extract_money
from .percentages import extract_percentages
from .serialize import to_dict
from .user_counts import extract_user_counts

__all__ = [
    "AcquisitionFact",
    "AnyFact",
    "BatchResult",
    "CompanyMention",
    "DateMention",
    "Evidence",
    "ExecutiveFact",
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
    "RelativeDate",
    "RoleSpan",
    "Span",
    "UserCountFact",
    "UserCountMention",
    "ValuationFact",
    "__version__",
    "canonical_name",
    "extract_companies",
    "extract_dates",
    "extract_facts",
    "extract_many",
    "extract_money",
    "extract_percentages",
    "extract_user_counts",
    "is_non_company",
    "render_html",
    "render_view",
    "role_spans",
    "to_dataframe",
    "to_dict",
]
