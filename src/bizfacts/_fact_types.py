"""The fact types returned by :func:`bizfacts.extract_facts`.

One frozen attrs class per fact type, all sharing :class:`Fact`'s ``type``,
``evidence`` (the supporting sentence), ``confidence`` and ``rule``.  Company-valued
roles hold canonical company names (``str``); money roles hold the
:class:`MoneyMention` they were read from, dates the :class:`DateMention`, stakes
and changes a ``Decimal`` percent.  A role the text does not state is None.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

import attrs

from ._spans import DateMention, MoneyMention, Span

FactType = Literal[
    "acquisition",
    "partnership",
    "investment",
    "user_count",
    "financial_metric",
    "valuation",
    "listing",
    "headquarters",
    "executive",
    "ownership",
]
DealStatus = Literal["completed", "announced", "planned", "option", "rumored"]
MetricStatus = Literal["reported", "forecast"]
ExecutiveStatus = Literal["current", "former"]


def _check_confidence(_instance: object, _attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence {value} is outside [0, 1]")


@attrs.frozen
class Evidence(Span):
    """The sentence that supports a fact, with its offsets in the input."""


@attrs.frozen(kw_only=True)
class Fact:
    """Fields every fact has.

    ``confidence`` is in [0, 1]: see docs/facts.md for what it means.  ``rule`` names
    the rule that produced the fact.
    """

    type: FactType
    evidence: Evidence
    confidence: float = attrs.field(default=0.5, validator=_check_confidence)
    rule: str = attrs.field(default="", eq=False)


@attrs.frozen(kw_only=True)
class AcquisitionFact(Fact):
    """Who bought (``acquirer``) what (``target``, with ``stake`` percent; None = all) from whom.

    ``acquirer`` is one company, the first named; a consortium's other members ("acquired by a
    group led by A and B") are in ``co_acquirers``.
    """

    type: Literal["acquisition"] = "acquisition"
    target: str
    acquirer: str | None = None
    co_acquirers: tuple[str, ...] = ()
    seller: str | None = None
    stake: Decimal | None = None
    price: MoneyMention | None = None
    status: DealStatus = "announced"
    date: DateMention | None = None


@attrs.frozen(kw_only=True)
class PartnershipFact(Fact):
    """Two or more companies that formed an alliance, partnership or joint venture."""

    type: Literal["partnership"] = "partnership"
    parties: tuple[str, ...]
    date: DateMention | None = None


@attrs.frozen(kw_only=True)
class InvestmentFact(Fact):
    """Money put into ``investee`` by ``investors``, e.g. a funding round."""

    type: Literal["investment"] = "investment"
    investee: str
    investors: tuple[str, ...] = ()
    amount: MoneyMention | None = None
    round: str | None = None
    valuation: MoneyMention | None = None
    date: DateMention | None = None


@attrs.frozen(kw_only=True)
class UserCountFact(Fact):
    """How many users, subscribers or customers a company or product has."""

    type: Literal["user_count"] = "user_count"
    subject: str
    count: int
    metric: str = "users"
    qualifier: str = "exact"
    as_of: DateMention | None = None


@attrs.frozen(kw_only=True)
class FinancialMetricFact(Fact):
    """A reported or forecast figure: revenue, net income, sales, ..."""

    type: Literal["financial_metric"] = "financial_metric"
    company: str
    metric: str
    amount: MoneyMention
    period: DateMention | None = None
    status: MetricStatus = "reported"
    change: Decimal | None = None


@attrs.frozen(kw_only=True)
class ValuationFact(Fact):
    """What a company is valued at."""

    type: Literal["valuation"] = "valuation"
    company: str
    amount: MoneyMention
    date: DateMention | None = None


@attrs.frozen(kw_only=True)
class ListingFact(Fact):
    """Where a company's shares trade."""

    type: Literal["listing"] = "listing"
    company: str
    exchange: str
    ticker: str | None = None


@attrs.frozen(kw_only=True)
class HeadquartersFact(Fact):
    """Where a company is based."""

    type: Literal["headquarters"] = "headquarters"
    company: str
    location: str


@attrs.frozen(kw_only=True)
class ExecutiveFact(Fact):
    """A person holding a title at a company; ``status`` "former" where the text tells an office
    the person no longer holds ("former CEO", "previously served as", "resigned as")."""

    type: Literal["executive"] = "executive"
    person: str
    title: str
    company: str
    status: ExecutiveStatus = "current"


@attrs.frozen(kw_only=True)
class OwnershipFact(Fact):
    """A company that owns or runs a company, product or site (``stake`` percent, None = not stated)."""

    type: Literal["ownership"] = "ownership"
    owner: str
    asset: str
    stake: Decimal | None = None


AnyFact = (
    AcquisitionFact
    | PartnershipFact
    | InvestmentFact
    | UserCountFact
    | FinancialMetricFact
    | ValuationFact
    | ListingFact
    | HeadquartersFact
    | ExecutiveFact
    | OwnershipFact
)

FACT_CLASSES: dict[str, type[Fact]] = {
    "acquisition": AcquisitionFact,
    "partnership": PartnershipFact,
    "investment": InvestmentFact,
    "user_count": UserCountFact,
    "financial_metric": FinancialMetricFact,
    "valuation": ValuationFact,
    "listing": ListingFact,
    "headquarters": HeadquartersFact,
    "executive": ExecutiveFact,
    "ownership": OwnershipFact,
}
