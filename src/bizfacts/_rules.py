"""The fact rules: one regular expression over sentence templates per surface frame.

Each rule names its fact type, its pattern (macros from :mod:`bizfacts._template`,
word lists from :mod:`bizfacts._lexicon`) and a base confidence.  Named groups are
roles: ``acquirer``, ``target``, ``seller``, ``stake``, ``price``, ``parties``,
``investee``, ``investors``, ``amount``, ``company``, ``owner``, ``asset``, ...
The builders in :mod:`bizfacts.facts` turn a match into a fact.  To find out why a
fact exists, search this file for the fact's ``rule``.
"""

from __future__ import annotations

import functools

import attrs
import regex

from . import _lexicon as L
from ._template import OPEN, expand


@attrs.frozen
class Rule:
    """A named frame for one fact type."""

    name: str
    type: str
    pattern: str
    confidence: float
    # lowercase substrings one of which the template must contain for the rule to run (empty: always)
    keys: tuple[str, ...] = ()
    # how many company slots the sentence needs; -1 = as many as the pattern names (at most 2)
    min_companies: int = attrs.field(default=-1)

    def __attrs_post_init__(self) -> None:
        if self.min_companies < 0:
            n = min(2, self.pattern.count("{C:") + self.pattern.count("{CL:") + self.pattern.count("{{C:")
                    + self.pattern.count("{{CL:"))
            object.__setattr__(self, "min_companies", n)

    @functools.cached_property
    def regex(self) -> regex.Pattern[str]:
        return _compile(self.pattern)


@functools.cache
def _compile(pattern: str) -> regex.Pattern[str]:
    return regex.compile(expand(pattern), regex.IGNORECASE)


_ART = (
    r"(?:(?:an?|the|its|their|his|her|a\s+further|another|an\s+additional|an\s+extra|a\s+new)\s+|"
    r"(?:the\s+|its\s+|their\s+|all\s+(?:of\s+)?(?:the\s+)?)?(?:[\w-]+\s+){0,2}?(?:assets|business|businesses|operations|"
    r"property|properties|interests)\s+(?:of|in)\s+|"
    r"(?:all|the\s+rest|the\s+remainder|the\s+balance|the\s+remaining\s+(?:\w+\s+)?(?:shares|stake))\s+"
    r"(?:of\s+)?(?:the\s+)?(?:(?:outstanding|issued|common|ordinary)\s+)*(?:shares|stock|equity|interests?|units)?\s*"
    r"(?:in|of)\s+)?"
)
# Words that may describe a target before its name ("electric scooter startup Zoomi"), never a
# preposition or conjunction ("shares from X" is no target X).
_DESC = r"(?:(?!(?:from|of|to|with|by|for|at|on|in|and|or|than|into|via)\s)(?:[^\s\ue000\ue001]|\ue000[DM]\d+\ue001)+\s+){0,3}?"
_STAKE = (
    rf"(?:{_ART}(?:(?:remaining|outstanding|further|additional|other|controlling|majority|minority)\s+)?"
    r"(?:(?:about|around|roughly|approximately|nearly|almost|some|over|more\s+than)\s+)?"
    rf"{{P:stake}}\s+(?:{{~2}}{L.STAKE_NOUN}\s+)?(?:in|of)\s+"
    r"(?:(?:the\s+|its\s+)?(?:(?:outstanding|issued|total|common|ordinary|voting|preferred|class\s+\w)\s+)*"
    rf"(?:shares|stock|equity|share\s+capital)\s+(?:of|in)\s+)?{_DESC})"
)
_SHARES = r"(?:[\d,.]+\s+(?:mln\s+|million\s+|billion\s+)?(?:\w+\s+){0,2}shares,?\s+or\s+(?:about\s+|approximately\s+)?{P:stake},?\s+of\s+(?:the\s+\w+\s+(?:\w+\s+)?of\s+)?)"
_STAKE_NO_PCT = (
    rf"(?:(?:its|their|the|a|an)\s+(?:(?:remaining|entire|whole|minority|majority|controlling|equity)\s+)*(?:stake|holding|interest|shareholding)\s+(?:in|of)\s+{_DESC}"
    # all of it: "the entire issued share capital of", "all of the outstanding membership interests of", "all of"
    r"|(?:all\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?|(?:the|its|their)\s+(?:entire|whole)\s+(?:of\s+the\s+)?)"
    r"(?:(?:issued|outstanding|remaining|and|common|ordinary|voting|equity|membership)\s+)*"
    rf"(?:share\s+capital|shares|stock|capital\s+stock|interests?|units)\s+(?:in|of)\s+{_DESC}"
    r"|all\s+of\s+)"
)
_UNIT_TARGET = (
    rf"(?:(?-i:(?P<target_text>(?:[A-Z][\w&.'’-]*\s+){{0,4}}[A-Z][\w&.'’-]*))\s+{L.UNIT_NOUN}"
    rf"|(?<=(?:\bits|\btheir|'s|’s)\s+)(?P<target_text>(?:(?!(?:stake|interest|shares)\b)[a-z][\w&-]*\s+){{1,4}}{L.UNIT_NOUN}))"
)

ACQUISITION_RULES = [
    Rule(
        "X paid M for a P stake in Y",
        "acquisition",
        r"{C:acquirer}(?:'s)?\s+{~5}(?:paid|pays|pay|paying|spent|spend|spends|offered|offers)\s+{~2}{M:price}\s+"
        rf"(?:in\s+cash\s+)?(?:to\s+(?:buy|acquire)|for)\s+{_ART}{_STAKE}?{_DESC}{{C:target}}(?!\s*(?:'s?|’s?)\s)",
        0.9,
    ),
    Rule(
        "X acquired P of Y",
        "acquisition",
        rf"{{C:acquirer}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~8}}(?:(?<!\b(?:was|were|been|be|being|is|are|get|got)\s){L.ACQUIRE_VERB}|"
        # the progressive is active: "Belmont Brewing is buying craft brewer Ashfield Ales"
        r"(?<=\b(?:is|are|was|were)\s)(?:buying|acquiring|purchasing|taking\s+over))"
        rf"\s+(?!by\s)(?:{_STAKE}|{_STAKE_NO_PCT}|{_SHARES}|{_ART}{_DESC}){{C:target}}"
        r"(?!\s*(?:'s?|’s?)\s)(?:\s+{~4}from\s+{~4}{C:seller})?",
        0.85,
    ),
    Rule(
        # "Pinecrest Capital took a 12% stake in Dovetail Software"
        "X took a P stake in Y",
        "acquisition",
        rf"{{C:acquirer}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~4}}(?:took|takes|taken|taking|take)\s+{_STAKE}{{C:target}}"
        r"(?!\s*(?:'s?|’s?)\s)(?:\s+{~4}from\s+{~4}{C:seller})?",
        0.85,
        keys=("took", "take"),
    ),
    Rule(
        "X holds N shares of Y, or P",
        "acquisition",
        rf"{{C:acquirer}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~6}}(?:{L.ACQUIRE_VERB}|holds|held|owns|owned)\s+(?:about\s+|a\s+total\s+of\s+)?"
        r"[\d,.]+\s+(?:mln\s+|million\s+)?(?:\w+\s+){0,2}shares\s+of\s+{C:target}(?:\s+[\w-]+){0,3},?\s+or\s+"
        r"(?:about\s+|approximately\s+|nearly\s+)?{P:stake}",
        0.85,
    ),
    Rule(
        "Y received an offer from X",
        "acquisition",
        r"{C:target}(?:,\s+[^,\n]{1,150}?,)?\s+{~6}(?:received|receives|rejected|rejects|accepted|accepts|welcomed|"
        r"is\s+considering|agreed\s+to|backed|recommended)\s+{~4}(?:offer|bid|proposal|approach|tender\s+offer)\s+"
        r"(?:{~4})?from\s+{CL:acquirer}",
        0.75,
    ),
    Rule(
        "acquisition of Y by X",
        "acquisition",
        rf"{L.ACQUISITION_NOUN}\s+of\s+(?:{_STAKE}|{_ART}{_DESC}){{C:target}}\s+(?:{{~3}})?by\s+{{CL:acquirer}}",
        0.75,
    ),
    Rule(
        "X acquired Y's unit",
        "acquisition",
        rf"{{C:acquirer}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~8}}{L.ACQUIRE_VERB}\s+(?:(?:the\s+|all\s+(?:of\s+)?(?:the\s+)?)?(?:assets|business|"
        rf"operations)\s+of\s+)?{{C:seller}}(?:'s?|’s?)\s+{{~3}}(?:{_STAKE}?{_UNIT_TARGET}|{{C:target}})",
        0.8,
    ),
    Rule(
        "X bought N shares of Y, raising its stake to P",
        "acquisition",
        rf"{{C:acquirer}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~8}}{L.ACQUIRE_VERB}\s+(?:about\s+|an\s+additional\s+|another\s+)?[\d,.]+\s+"
        r"(?:mln\s+|million\s+)?(?:\w+\s+){0,2}shares\s+(?:of|in)\s+{C:target}[^.;\n]{0,60}?,?\s+(?:raising|bringing|increasing|lifting)\s+"
        r"(?:its|their|the\s+group's|the\s+group’s)\s+(?:total\s+)?(?:stake|holding|holdings|interest|shareholding|position)\s+"
        r"(?:in\s+\S+\s+)?to\s+(?:[\d,.]+\s+(?:\w+\s+){0,2}shares,?\s+or\s+)?(?:about\s+)?{P:stake}",
        0.85,
    ),
    Rule(
        "Y said X acquired P of its shares",
        "acquisition",
        r"{C:target}\s+{~4}(?:said|says|disclosed|reported)\s+(?:that\s+)?{C:acquirer}\s+{~4}"
        rf"{L.ACQUIRE_VERB}\s+(?:about\s+|approximately\s+|nearly\s+)?{{P:stake}}\s+(?:stake\s+)?(?:of|in)\s+(?:its|the\s+company's|"
        r"the\s+company’s)\s+(?:(?:outstanding|common|ordinary|voting)\s+)*(?:shares|stock)",
        0.8,
    ),
    Rule(
        "X raised its stake in Y to P",
        "acquisition",
        r"{C:acquirer}(?:,\s+[^,\n]{1,150}?,)?\s+{~6}(?:raised|raises|increased|increases|lifted|boosted|upped|raise|increase|lift)\s+"
        rf"(?:its\s+|their\s+)?{L.STAKE_NOUN}\s+in\s+{{C:target}}\s+{{~3}}to\s+(?:[\d,.]+\s+(?:\w+\s+){{0,2}}shares,?\s+or\s+)?(?:about\s+)?{{P:stake}}",
        0.85,
    ),
    Rule(
        "X raised its stake to P (target named before)",
        "acquisition",
        r"{C:acquirer}(?:,\s+[^,\n]{1,150}?,)?\s+{~8}(?:raised|raises|increased|increases|lifted|boosted|upped|raise|increase|lift|"
        rf"boost)\s+(?:its\s+|their\s+)(?:{L.STAKE_NOUN}|holding)\s+to\s+(?:about\s+|around\s+)?{{P:stake}}",
        0.7,
        min_companies=1,
    ),
    Rule(
        "X has an option to raise its stake to P",
        "acquisition",
        r"{C:acquirer}\s+(?:[^\n]*?\s)?(?:has|holds|have|hold|was\s+given|received|gets|got|with)\s+(?:an?\s+|the\s+)?"
        r"options?\s+(?:that\s+would\s+(?:let|allow)\s+it\s+|to\s+)(?:\w+\s+){0,2}?(?:increase|raise|lift|boost|up|take|buy)"
        rf"\s+(?:its\s+|the\s+)?(?:{L.STAKE_NOUN}\s+)?(?:in\s+{{C:target}}\s+)?{{~4}}to\s+(?:about\s+)?{{P:stake}}",
        0.8,
    ),
    Rule(
        "It has an option to raise its holding to P",
        "acquisition",
        r"^(?:it|the\s+company)\s+(?:also\s+)?(?:has|holds|have|hold|was\s+given|received|gets|got)\s+(?:an?\s+|the\s+)?"
        r"options?\s+(?:that\s+would\s+(?:let|allow)\s+it\s+|to\s+)(?:\w+\s+){0,2}?(?:increase|raise|lift|boost|up|take|buy)"
        rf"\s+(?:its\s+|the\s+)?(?:{L.STAKE_NOUN}\s+)?(?:in\s+{{C:target}}\s+)?{{~4}}to\s+(?:about\s+)?{{P:stake}}",
        0.7,
    ),
    Rule(
        "Y was acquired by X",
        "acquisition",
        r"{C:target}(?:,\s+[^,\n]{1,150}?,)?\s+{~6}(?:was|were|is|are|will\s+be|would\s+be|has\s+been|have\s+been|had\s+been|"
        r"to\s+be|be|being|been)\s+(?:\w+\s+)?(?:acquired|bought|purchased|taken\s+over|bought\s+out|sold)\s+"
        r"(?:{~3})?by\s+(?:an?\s+(?:[\w-]+\s+){0,3}?(?:group|consortium|team|investors?)\s+(?:led|headed|formed)\s+by\s+)?"
        r"{CL:acquirer}",
        0.85,
    ),
    Rule(
        "X's acquisition of Y",
        "acquisition",
        rf"{{C:acquirer}}(?:'s?|’s?)\s+(?:(?:[\w-]+|\ue000M\d+\ue001)\s+){{0,3}}?{L.ACQUISITION_NOUN}\s+of\s+(?:{_STAKE}|{_ART}{_DESC}){{C:target}}",
        0.8,
    ),
    Rule(
        "X completed the acquisition of Y",
        "acquisition",
        r"{C:acquirer}(?:,\s+[^,\n]{1,150}?,)?\s+{~6}(?:completed|completes|closed|closes|finalized|finalised|announced|agreed|made|"
        rf"launched|unveiled|sealed|struck|won|agreed\s+on)\s+{{~5}}{L.ACQUISITION_NOUN}\s+of\s+"
        rf"(?:{_STAKE}|{_ART}{_DESC}){{C:target}}",
        0.85,
    ),
    Rule(
        "X made an offer for Y",
        "acquisition",
        r"{C:acquirer}\s+(?:{-100}\s)?(?:offer|bid|proposal|approach|tender\s+offer|takeover\s+bid|takeover\s+offer|"
        r"merger\s+proposal|buyout\s+offer)\s+(?:of\s+{M:price}\s+)?(?:for|to\s+(?:buy|acquire|take\s+over))\s+"
        rf"(?:{_STAKE}|{_ART}{_DESC})?{{C:target}}",
        0.75,
    ),
    Rule(
        "approved the acquisition of Y",
        "acquisition",
        r"(?:approved|approves|cleared|clears|announced|announces|completed|completes|closed|closes|finalized|"
        rf"finalised|agreed\s+on)\s+(?:the\s+|a\s+|its\s+|our\s+|their\s+)?(?:previously\s+announced\s+|proposed\s+|planned\s+)?"
        rf"{L.ACQUISITION_NOUN}\s+of\s+(?:{_STAKE}|{_ART}){{~3}}{{C:target}}(?:\s+{{~6}}from\s+{{~3}}{{C:seller}})?",
        0.65,
        min_companies=1,
    ),
    Rule(
        "completed the purchase of the X division of Y",
        "acquisition",
        r"(?:approved|cleared|announced|completed|closed|finalized|finalised|agreed\s+on|made|acquired|bought|purchased|"
        r"buys|acquires|is\s+buying|will\s+buy|to\s+buy|to\s+acquire|will\s+acquire)\s+(?:the\s+|a\s+|its\s+|our\s+)?"
        rf"(?:previously\s+announced\s+)?(?:{L.ACQUISITION_NOUN}\s+of\s+)?(?:the|a|its)\s+"
        rf"(?P<target_text>(?:(?!of\b)[\w-]+\s+){{1,4}}{L.UNIT_NOUN})\s+of\s+{{~3}}{{C:seller}}",
        0.65,
        min_companies=1,
    ),
    Rule(
        "... to acquire Y",
        "acquisition",
        rf"(?:to|will|would|shall)\s+(?:\w+\s+)?{L.ACQUIRE_VERB}\s+(?!by\s)(?:{_STAKE}|{_STAKE_NO_PCT}|{_SHARES}|{_ART}{_DESC}){{C:target}}"
        r"(?!\s*(?:'s?|’s?)\s)(?:\s+{~4}from\s+{~4}{C:seller})?",
        0.6,
        min_companies=1,
    ),
    Rule(
        "X is exploring a sale of Y",
        "acquisition",
        r"{C:seller}(?:,\s+[^,\n]{1,150}?,)?\s+{~6}(?:exploring|explores|explore|considering|considers|weighing|weighs|"
        r"mulling|launched|launches|began|begun|started|starts|plans|planned|planning|seeking|seeks|hired\s+\w+\s+to\s+run|"
        r"put)\s+(?:up\s+)?(?:a\s+|the\s+|an\s+)?(?:possible\s+|potential\s+|formal\s+)?(?:sale|sell-off|disposal|auction)\s+"
        rf"of\s+(?:{_STAKE}|{_ART}){{~3}}{{C:target}}",
        0.7,
    ),
    Rule(
        "X sold its unit, Y, to Z",
        "acquisition",
        rf"{{C:seller}}\s+{{~8}}{L.SELL_VERB}\s+(?:its|their|a|the)\s+{{~3}}{L.UNIT_NOUN},\s+{{C:target}},\s+{{~6}}to\s+(?:an?\s+(?:[\w-]+\s+){{0,3}}?(?:group|consortium|team)\s+(?:of\s+\w+\s+)?(?:led|headed)\s+by\s+|{{~3}}){{CL:acquirer}}",
        0.85,
    ),
    Rule(
        "X's sale of its Y unit to Z",
        "acquisition",
        # "X's sale of ..." and "X said it completed the sale of its Y unit to Z"
        r"{C:seller}(?:(?:'s?|’s?)\s+(?:\w+\s+){0,2}?|\s+{~4}(?:completed|completes|closed|closes|finalized|finalised|"
        r"announced|announces)\s+(?:the\s+|a\s+|its\s+)?(?:previously\s+announced\s+|planned\s+|proposed\s+)?)"
        r"(?:sale|divestiture|disposal|spin-off)\s+(?:{~3})?of\s+"
        rf"(?:{_STAKE}|{_STAKE_NO_PCT}|its\s+|their\s+|the\s+)?(?:{{C:target}}(?:\s+{L.UNIT_NOUN})?|{_UNIT_TARGET})\s+"
        r"(?:{~3})?to\s+(?:an?\s+(?:[\w-]+\s+){0,3}?(?:group|consortium|team)\s+(?:of\s+\w+\s+)?(?:led|headed)\s+by\s+|{~3})"
        r"{CL:acquirer}",
        0.8,
    ),
    Rule(
        "X sold Y to Z",
        "acquisition",
        rf"{{C:seller}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~8}}{L.SELL_VERB}\s+(?:{_STAKE}|{_STAKE_NO_PCT}|{_SHARES}|{_ART})?(?:{{C:target}}|{_UNIT_TARGET})"
        r"\s+{~6}to\s+(?:an?\s+(?:[\w-]+\s+){0,3}?(?:group|consortium|team)\s+(?:of\s+\w+\s+)?(?:led|headed)\s+by\s+|{~3}){CL:acquirer}",
        0.85,
    ),
    Rule(
        "X sold its Y unit",
        "acquisition",
        rf"{{C:seller}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~8}}{L.SELL_VERB}\s+(?:{_STAKE}|{_STAKE_NO_PCT}|{_SHARES}|its\s+|{_ART})?(?:{{C:target}}|{_UNIT_TARGET})"
        r"(?![^.;\n]*?\bto\s+{~3}\ue000C)",
        0.7,
    ),
    Rule(
        "X and Y agreed to merge",
        "acquisition",
        r"{C:acquirer}(?:,\s+[^,\n]{1,150}?,)?\s+{~4}(?:agreed\s+to\s+merge|will\s+merge|to\s+merge|merged|merges|plans\s+to\s+merge)\s+"
        r"with\s+{C:target}",
        0.6,
    ),
    Rule(
        # "Texfi Industries said its board approved a merger with Dixie Yarns"
        "X approved a merger with Y",
        "acquisition",
        r"{C:acquirer}(?:,\s+[^,\n]{1,150}?,)?\s+{~6}(?:approved|approves|signed|signs|agreed\s+to|agreed\s+on|reached|announced)\s+"
        r"(?:a|an|the)\s+(?:definitive\s+|proposed\s+|planned\s+)?(?:merger|merger\s+agreement|agreement\s+to\s+merge)\s+with\s+{C:target}",
        0.6,
        keys=("merger", "merge"),
    ),
]

PARTNERSHIP_RULES = [
    Rule(
        "X formed a partnership with Y",
        "partnership",
        rf"{{C:a}}(?:\s*\([^)\n]{{1,40}}\))?(?:,\s+[^,\n]{{1,150}}?,)?(?:{{-100}}\s|\s+){L.ALLIANCE_VERB}\s+{{~4}}{L.ALLIANCE_NOUN}\s+with\s+{{~4}}{{CL:b}}",
        0.9,
    ),
    Rule(
        "X, a unit of Z, and Y announced a partnership",
        "partnership",
        rf"{{C:a}}(?:\s*\([^)\n]{{1,40}}\))?(?:,\s+[^,\n]{{1,150}}?,)?\s+and\s+(?:[\w.-]+(?:'s|’s)?\s+){{0,3}}?{{C:b}}"
        rf"(?:\s*\([^)\n]{{1,40}}\))?(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~4}}{L.ALLIANCE_VERB}\s+{{~4}}{L.ALLIANCE_NOUN}",
        0.85,
    ),
    Rule(
        "X and Y formed a partnership",
        "partnership",
        rf"{{CL:parties}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~6}}{L.ALLIANCE_VERB}\s+{{~4}}{L.ALLIANCE_NOUN}",
        0.85,
    ),
    Rule(
        "X partnered with Y",
        "partnership",
        rf"{{C:a}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~5}}{L.PARTNER_VERB}\s+with\s+{{~3}}{{CL:b}}",
        0.85,
    ),
    Rule(
        # "X will jointly develop processors with Y"
        "X will jointly develop ... with Y",
        "partnership",
        r"{C:a}(?:,\s+[^,\n]{1,150}?,)?\s+{~4}(?:jointly\s+(?:develop|build|produce|make|launch|market|operate|design|research)|co-develop)\w*"
        r"\s+{~6}with\s+{~3}{CL:b}",
        0.75,
        keys=("jointly", "co-develop"),
    ),
    Rule(
        "X and Y teamed up",
        "partnership",
        rf"{{CL:parties}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~5}}{L.PARTNER_VERB}\b",
        0.75,
    ),
    Rule(
        "partnership between X and Y",
        "partnership",
        rf"{L.ALLIANCE_NOUN}\s+(?:between|of|among|involving|linking)\s+{{~4}}{{C:a}}\s+(?:and|&|with)\s+{{~4}}{{C:b}}",
        0.7,
    ),
    Rule(
        "X's partnership with Y",
        "partnership",
        rf"{{C:a}}(?:'s?|’s?)\s+{{~3}}{L.ALLIANCE_NOUN}\s+with\s+{{~3}}{{CL:b}}",
        0.75,
    ),
]

INVESTMENT_RULES = [
    Rule(
        "X raised M in a round",
        "investment",
        rf"{{C:investee}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~5}}{L.FUNDING_VERB}\s+{{~5}}{{M:amount}}\s+(?:{{~6}}){L.FUNDING_NOUN}",
        0.85,
    ),
    Rule(
        "X raised a M round",
        "investment",
        rf"{{C:investee}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~5}}{L.FUNDING_VERB}\s+{{~3}}{{M:amount}}(?:\s+{{~3}}{L.FUNDING_NOUN}|\s+(?:led|from)\s)",
        0.8,
    ),
    Rule(
        "Y invested M in X",
        "investment",
        rf"{{CL:investors}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~5}}{L.INVEST_VERB}\s+(?:an?\s+)?{{~2}}{{M:amount}}\s+{{~4}}(?:in|into)\s+{{~3}}{{C:investee}}",
        0.85,
    ),
    Rule(
        "X made a M investment in Y",
        "investment",
        r"{CL:investors}(?:,\s+[^,\n]{1,150}?,)?\s+{~6}(?:make|makes|made|making|complete|completes|completed|"
        r"announced|announces)\s+(?:an?\s+|its\s+)?{~2}{M:amount}\s+(?:(?:strategic|minority|equity|cash|direct|"
        r"additional|further|initial)\s+)*(?:investment|equity\s+stake)\s+(?:in|into)\s+{~3}{C:investee}",
        0.8,
        keys=("investment", "equity stake"),
    ),
    Rule(
        "X's M round led by Y",
        "investment",
        rf"{{C:investee}}(?:'s?|’s?)\s+{{~3}}{{M:amount}}\s+{{~3}}{L.FUNDING_NOUN}",
        0.75,
    ),
]

VALUATION_RULES = [
    Rule(
        "valuing X at M",
        "valuation",
        rf"valu(?:ing|es|ed)\s+(?:the\s+)?{_DESC}{{C:company}}\s+at\s+{{~3}}{{M:amount}}",
        0.85,
    ),
    Rule(
        "gives X a valuation of M",
        "valuation",
        r"(?:gives|giving|gave|give|handing|hands|handed)\s+{C:company}\s+an?\s+(?:[\w-]+\s+){0,2}?"
        r"(?:valuation|market\s+value|market\s+capitali[sz]ation)\s+of\s+{~3}{M:amount}",
        0.85,
    ),
    Rule(
        "X raises M, valued at M",
        "valuation",
        r"{C:company}\s+(?:[^\n\ue000]|\ue000[DMP]\d+\ue001){0,80}?,\s+(?:now\s+)?valued\s+at\s+{~2}{M:amount}",
        0.6,
    ),
    Rule(
        "X is valued at M",
        "valuation",
        r"{C:company}(?:,\s+[^,\n]{1,150}?,)?,?\s+(?:(?:is|was|are|were|has\s+been|had\s+been|have\s+been|now|currently|"
        r"being|been|which\s+is|which\s+was|that\s+is|last|previously|recently|most\s+recently|it\s+said\s+it\s+had\s+been|"
        r"said\s+it\s+had\s+been|said\s+it\s+was)\s+){0,3}valued\s+at\s+{~3}{M:amount}",
        0.85,
    ),
    Rule(
        "X at a valuation of M",
        "valuation",
        r"{C:company}\s+(?:{-100}\s)?(?:at|with)\s+an?\s+(?:\w+\s+)?valuation\s+of\s+{~3}{M:amount}",
        0.8,
    ),
    Rule(
        "X's valuation of M",
        "valuation",
        r"{C:company}(?:'s?|’s?)\s+(?:\w+\s+)?(?:valuation|market\s+value|market\s+capitali[sz]ation)\s+"
        r"(?:to\s+|of\s+|at\s+|is\s+|was\s+|rose\s+to\s+|reached\s+|topped\s+)?{~2}{M:amount}",
        0.8,
    ),
]

# A known exchange, or any capitalized "... Stock Exchange" / "... Exchange" ("Indonesia Stock Exchange").
_EXCH = (
    rf"(?P<exchange>{L.EXCHANGE_NAMES}|(?-i:{L.EXCHANGE_TOKENS})|"
    r"(?-i:(?:[A-Z][\w'-]*\s+){1,3}(?:Stock\s+|Securities\s+|Futures\s+)?Exchange))"
)
_TICKER = r"(?-i:(?P<ticker>[A-Z0-9][A-Z0-9.]{0,7}))"

LISTING_RULES = [
    Rule("EXCH-listed X", "listing", rf"{_EXCH}-(?:listed|quoted|traded)\s+{{~4}}{{C:company}}", 0.9),
    Rule(
        # "Vexley Group plc, the AIM-quoted chemicals company,"; "X, a Nasdaq-listed biotech"
        "X, a EXCH-listed firm",
        "listing",
        rf"{{C:company}}(?:\s*\([^()\n]{{1,60}}\))?,\s+(?:an?|the|itself\s+an?)\s+(?:[\w-]+\s+){{0,2}}?{_EXCH}-(?:listed|quoted|traded)\b",
        0.85,
    ),
    Rule(
        "X (EXCH: TICKER)",
        "listing",
        rf"{{C:company}}(?:\s*\([^()\n]{{1,80}}\))?\s*[(\[]\s*{_EXCH}\s*:\s*{_TICKER}\s*[)\]]",
        0.95,
    ),
    Rule(
        "X is listed on EXCH",
        "listing",
        r"{C:company}(?:(?:'s?|’s?)\s+(?:\w+\s+)?shares)?(?:,\s+[^,\n]{1,150}?,)?,?\s+{~3}(?:which\s+is\s+|whose\s+shares\s+(?:are\s+)?|"
        r"that\s+is\s+|is\s+|are\s+|was\s+|were\s+|has\s+been\s+|shares\s+|"
        # "X, which is based in Manchester and listed on ..."
        r"(?:which|that)\s+is\s+(?:based|headquartered)\s+in\s+(?:[\w.'’-]+,?\s+){1,4}?and\s+(?:is\s+)?)?(?:\w+\s+)?"
        rf"(?:listed|traded|trade|trades|quoted|debuted|floated|began\s+trading)\s+(?:{{~2}})?(?:on|in)\s+(?:the\s+)?"
        r"(?:(?:\w+\s+){0,2}(?:section|board|market|segment|tier)\s+of\s+(?:the\s+)?)?"
        rf"(?:{_EXCH}|(?P<exchange>{L.LISTING_CITIES})\b)(?:\s+and\s+(?:the\s+|in\s+|on\s+(?:the\s+)?)?(?P<exchange2>{L.EXCHANGE_NAMES}|(?-i:{L.EXCHANGE_TOKENS})|{L.LISTING_CITIES})\b)?",
        0.85,
    ),
    Rule(
        "shares of X, which are listed on EXCH",
        "listing",
        r"shares\s+of\s+{C:company},?\s+(?:which|that)\s+(?:are|were|is)\s+(?:\w+\s+)?(?:listed|traded|quoted)\s+(?:on|in)\s+(?:the\s+)?"
        rf"(?:{_EXCH}|(?P<exchange>{L.LISTING_CITIES})\b)(?:\s+and\s+(?:the\s+|in\s+|on\s+(?:the\s+)?)?(?P<exchange2>{L.EXCHANGE_NAMES}|(?-i:{L.EXCHANGE_TOKENS})|{L.LISTING_CITIES})\b)?",
        0.85,
    ),
    Rule(
        "X's EXCH-listed shares",
        "listing",
        rf"{{C:company}}(?:'s?|’s?)\s+{_EXCH}-listed\s+(?:shares|stock)",
        0.85,
    ),
    Rule(
        "shares of X began trading on EXCH",
        "listing",
        r"(?:shares|stock)\s+(?:of|in)\s+{C:company}(?:,\s+[^,\n]{1,100}?,)?\s+(?:[^\n\ue000]|\ue000[DMP]\d+\ue001){0,80}?"
        r"(?:trading|debut|listing|trade|traded)\s+(?:on|in)\s+(?:the\s+)?"
        rf"(?:{_EXCH}|(?P<exchange>{L.LISTING_CITIES})\b)",
        0.75,
    ),
    Rule(
        "X has a listing in CITY",
        "listing",
        r"{C:company}(?:,\s+[^,\n]{1,100}?,)?\s+(?:[^\n\ue000]|\ue000[DMP]\d+\ue001){0,100}?(?:primary|secondary|dual|main)\s+"
        rf"listing\s+(?:in|on)\s+(?:the\s+)?(?:{_EXCH}|(?P<exchange>{L.LISTING_CITIES})\b)",
        0.75,
    ),
    Rule(
        "X went public on EXCH",
        "listing",
        r"{C:company}(?:,\s+[^,\n]{1,150}?,)?\s+{~4}(?:went\s+public|listed\s+its\s+shares|listed|made\s+its\s+debut|debuted|"
        rf"completed\s+(?:its|an)\s+(?:initial\s+public\s+offering|ipo))\s+{{~3}}on\s+(?:the\s+)?{_EXCH}",
        0.85,
    ),
    Rule(
        "shares of X closed on EXCH",
        "listing",
        rf"(?:shares|stock)\s+(?:of|in)\s+{{C:company}}(?:'s?|’s?)?\s+{{-80}}\s(?:on|in)\s+the\s+{_EXCH}",
        0.7,
        keys=("shares of", "shares in", "stock of", "stock in"),
    ),
    Rule(
        "X's shares on EXCH",
        "listing",
        rf"{{C:company}}(?:'s?|’s?)?\s+(?:\w+\s+)?(?:shares|stock)\s+{{~6}}on\s+the\s+{_EXCH}",
        0.7,
    ),
]

_BASED = r"(?:based|headquartered|headquarted|located)"
_FIRM_NOUN = (
    r"(?:maker|makers|producer|manufacturer|company|firm|group|bank|lender|insurer|retailer|chain|operator|"
    r"developer|provider|supplier|distributor|publisher|carrier|airline|brewer|miner|explorer|refiner|utility|"
    r"startup|start-up|holding\s+company|conglomerate|concern|partnership|fund|house|business|specialist)"
)
# A bracket between a name and its apposition: "Thornbury Cole (AIM: TCG), the Leeds-based ...",
# 'Hartwell Signs Limited ("Hartwell"), a Glasgow-based ...'
_PAREN = r"(?:\s*\([^()\n]{1,60}\))?"

HEADQUARTERS_RULES = [
    Rule(
        "X of LOC",
        "headquarters",
        rf"{{C:company}}(?:\s*<[^>\n]{{1,12}}>)?\s+of\s+{L.LOCATION}(?=[,.;]|\s+(?:said|says|has|have|had|is|was|will|would|for|to|and|in|on)\b)",
        0.6,
    ),
    Rule(
        "X, a LOC firm",
        "headquarters",
        rf"{{C:company}},\s+(?:an?|the)\s+{L.LOCATION},?\s+(?:[\w-]+\s+){{0,3}}?{_FIRM_NOUN}\b",
        0.6,
    ),
    Rule(
        "the LOC company",
        "headquarters",
        rf"(?=[Tt])\bthe\s+{L.LOCATION}\s+{{C:company}}",  # the lookahead: a quick first-letter test
        0.6,
    ),
    Rule(
        "LOC, where X is based",
        "headquarters",
        rf"\bin\s+{L.LOCATION},?\s+where\s+(?:the\s+)?{{C:company}}\s+(?:is|was|has\s+been)\s+(?:based|headquartered)",
        0.8,
    ),
    Rule(
        "LOC-based X",
        "headquarters",
        rf"{L.LOCATION}-{_BASED}\s+(?:(?!(?:of|in|for|by|with|to|from|and|at|on|the)\s)[^\s\ue000\ue001]+\s+){{0,4}}?{{C:company}}",
        0.9,
    ),
    Rule(
        "X, a LOC-based maker",
        "headquarters",
        rf"{{C:company}}{_PAREN}(?:,|\s+is|\s+was)\s+(?:an?|the)\s+(?:(?!(?:of|by|to|for|with)\b)\w+\s+){{0,2}}?{L.LOCATION}-{_BASED}",
        0.85,
    ),
    Rule(
        "X, based in LOC",
        "headquarters",
        rf"{{C:company}}{_PAREN}(?:,\s+(?:an?|the)\s+{{~10}}|,\s+|\s+(?:is|was|are|remains)\s+(?:\w+\s+)?|\s+(?=\w+\s+in\s))"
        rf"{_BASED}\s+in\s+{L.LOCATION}",
        0.85,
    ),
    Rule(
        "X, headquartered in LOC",
        "headquarters",
        rf"{{C:company}}(?:'s?|’s?)\s+(?:\w+\s+)?headquarters\s+(?:is\s+|are\s+|was\s+)?(?:located\s+)?in\s+{L.LOCATION}",
        0.8,
    ),
    Rule(
        "X, which is based in LOC",
        "headquarters",
        rf"{{C:company}},\s+(?:which|that)\s+(?:(?:is|was)\s+{_BASED}|has\s+its\s+(?:head\s+office|headquarters|main\s+office|registered\s+office))\s+in\s+{L.LOCATION}",
        0.85,
    ),
]

EXECUTIVE_RULES = [
    Rule(
        "PERSON, TITLE of X",
        "executive",
        rf"{L.PERSON}(?:,\s+(?:Ph\.?\s?D\.?|M\.?D\.?|Jr\.?|Sr\.?|III|II|CPA|CFA|MBA|\d{{2}}))?,\s+"
        rf"(?:who\s+is\s+|who\s+was\s+|the\s+|a\s+|an\s+)?{L.TITLE}\s+(?:of|at)\s+(?:the\s+)?{{~4}}{{C:company}}",
        0.9,
    ),
    Rule(
        "PERSON (TITLE)",
        "executive",
        rf"{L.PERSON}\s*\(\s*{L.TITLE}\s*\)",
        0.65,
        min_companies=0,
    ),
    Rule(
        "X TITLE PERSON",
        "executive",
        rf"{{C:company}}(?:'s?|’s?)?\s+(?:new\s+)?{L.TITLE},?\s+{L.PERSON}",
        0.85,
    ),
    Rule(
        "PERSON, X's TITLE",
        "executive",
        rf"{L.PERSON},\s+(?:\d{{2}},\s+)?(?:the\s+)?{{C:company}}(?:'s?|’s?)?\s+(?:new\s+|current\s+|newly\s+(?:appointed|named)\s+)?{L.TITLE}",
        0.85,
    ),
    Rule(
        "X named PERSON TITLE",
        "executive",
        rf"{{C:company}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~6}}(?:named|names|appointed|appoints|appointing|naming|promoted|elected|hired|"
        rf"tapped|picked|selected|chose|installed)\s+{L.PERSON},?\s+(?:\d{{2}},\s+)?(?:as\s+)?(?:its\s+|the\s+)?"
        rf"(?:new\s+)?{L.TITLE}",
        0.85,
    ),
    Rule(
        # "Sandoval Energy Corp said Rita Gomez will become chief executive on July 1"
        "X said PERSON will become TITLE",
        "executive",
        rf"{{C:company}}(?:,\s+[^,\n]{{1,150}}?,)?\s+(?:said|says|announced|announces)\s+(?:that\s+)?{L.PERSON},?\s+(?:\d{{2}},\s+)?"
        rf"(?:will\s+become|would\s+become|becomes|became|is\s+to\s+become|was\s+to\s+become|will\s+take\s+over\s+as|"
        rf"would\s+take\s+over\s+as|will\s+serve\s+as|will\s+succeed\s+\w+(?:\s+\w+)?\s+as)\s+(?:its\s+|the\s+)?(?:new\s+)?{L.TITLE}",
        0.8,
        keys=("become", "take over", "serve as", "succeed"),
    ),
    Rule(
        "X named TITLE PERSON",
        "executive",
        rf"{{C:company}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~6}}(?:named|names|appointed|appoints|promoted|elected|hired)\s+(?:its\s+)?"
        rf"(?:new\s+)?{L.TITLE}\s+{L.PERSON}",
        0.8,
    ),
    Rule(
        "PERSON was named TITLE of X",
        "executive",
        rf"{L.PERSON},?\s+{{~8}}(?:was|has\s+been|will\s+be|is|had\s+been|became|becomes|will\s+become|"
        rf"took\s+over\s+as|takes\s+over\s+as|joins\s+as|joined\s+as|remains)\s+(?:named\s+|appointed\s+|elected\s+|"
        rf"promoted\s+to\s+)?(?:as\s+)?(?:the\s+|its\s+)?(?:new\s+)?{L.TITLE}\s+(?:of|at)\s+(?:the\s+)?{{~3}}{{C:company}}",
        0.85,
    ),
    Rule(
        "TITLE PERSON said",
        "executive",
        rf"{L.TITLE_AHEAD}(?:^|(?<=[,;:\"“(]\s)|(?<=[“\"])|(?<=\b(?:said|says|and|but|while|when|where|as)\s)){L.TITLE}\s+{L.PERSON}(?:,\s+\d{{2}},)?,?\s+"
        r"(?:said|says|told|added|wrote|explained|noted|gave|will|would|has|had|is|was|also|took|takes|joined|"
        r"owns|holds|founded|leads|runs|started|expects|sees|declined|spoke|replied|announced|stepped|"
        r"retires|retired|resigned|left|joins)\b",
        0.6,
    ),
    Rule(
        "PERSON has served as our TITLE",
        "executive",
        rf"{L.PERSON},?\s+(?:\d{{2}},\s+)?(?:has\s+served|serves|has\s+been\s+serving|will\s+serve|served)\s+as\s+"
        rf"(?:our|its|the\s+company(?:'s|’s)|the\s+\ue000C\d+\ue001(?:'s|’s))\s+{L.TITLE}",
        0.65,
        min_companies=0,
    ),
    Rule(
        "PERSON has served as TITLE of X",
        "executive",
        rf"{L.PERSON},?\s+(?:\d{{2}},\s+)?(?:has\s+served|serves|has\s+been\s+serving|served|will\s+serve|will\s+join\s+(?:the\s+)?{{C}}|"
        rf"joins\s+{{C}}|joined\s+{{C}}|will\s+join\s+the\s+\w+)\s+as\s+(?:its\s+|our\s+|the\s+)?(?:new\s+)?{L.TITLE}"
        rf"(?:\s+(?:of|at)\s+(?:the\s+)?{{~3}}{{C:company}})?",
        0.65,
        min_companies=0,
    ),
    Rule(
        "appointed PERSON as TITLE of X",
        "executive",
        rf"(?:named|names|appointed|appoints|promoted|elected|hired|tapped|picked|selected)\s+{L.PERSON},?\s+(?:\d{{2}},\s+)?"
        rf"(?:as\s+)?(?:its\s+|the\s+)?(?:new\s+)?{L.TITLE}\s+(?:of|at)\s+(?:the\s+)?{{~3}}{{C:company}}",
        0.8,
    ),
    Rule(
        "the appointment of PERSON as TITLE",
        "executive",
        rf"(?:appointment|appointments|election|promotion|hiring|nomination)\s+of\s+{L.PERSON},?\s+(?:\d{{2}},\s+)?"
        rf"(?:as|to)\s+(?:the\s+|its\s+|our\s+)?(?:new\s+)?{L.TITLE}(?:\s+(?:of|at)\s+(?:the\s+)?{{~3}}{{C:company}})?",
        0.75,
        min_companies=0,
    ),
    Rule(
        "PERSON has been appointed TITLE",
        "executive",
        rf"{L.PERSON},?\s+(?:\d{{2}},\s+)?(?:[^,\n]{{1,60}},\s+)?(?:has\s+been|was|will\s+be|is\s+to\s+be)\s+(?:appointed|named|elected|promoted\s+to)\s+"
        rf"(?:as\s+)?(?:the\s+|its\s+)?(?:new\s+)?{L.TITLE}(?!\s+(?:of|at)\b)",
        0.6,
        min_companies=0,
    ),
    Rule(
        "PERSON, TITLE, said",
        "executive",
        rf"{L.PERSON},\s+(?:\d{{2}},\s+)?(?:the\s+|its\s+|our\s+)?{L.TITLE}(?:,\s+(?:said|says|told|added)\b|\s*;|\s*$)",
        0.6,
        min_companies=0,
    ),
    Rule(
        "PERSON  AGE  TITLE (table)",
        "executive",
        rf"(?m:^){L.PERSON}[ \t]{{2,}}\d{{2}}[ \t]{{2,}}{L.TITLE}[ \t]*$",
        0.6,
        min_companies=0,
    ),
    Rule(
        "said TITLE PERSON",
        "executive",
        rf"\b(?:said|says|according\s+to|added|told\s+\w+|reports?\s+to|reporting\s+to)\s+(?:the\s+company(?:'s|’s)\s+|its\s+)?{L.TITLE}\s+{L.PERSON}(?=\s*(?:[.,;:\"”]|$|\s+(?:in|at|on|during)\b))",
        0.6,
        min_companies=0,
    ),
    Rule(
        "PERSON will succeed NAME as TITLE",
        "executive",
        rf"{L.PERSON},?\s+(?:\d{{2}},\s+)?(?:[^,\n]{{1,60}},\s+)?(?:will|would|is\s+to|was\s+named\s+to|has\s+been\s+named\s+to)\s+"
        rf"(?:succeed|replace)\s+(?:(?-i:[A-Z][\w.'’-]*)\s+){{1,4}}as\s+(?:the\s+|its\s+)?{L.TITLE}"
        rf"(?:\s+(?:of|at)\s+(?:the\s+)?{{~3}}{{C:company}})?",
        0.7,
        min_companies=0,
    ),
    Rule(
        "PERSON, who heads X",
        "executive",
        rf"{L.PERSON},\s+(?:\d{{2}},\s+)?who\s+(?:also\s+)?(?P<title>heads|leads|chairs|founded|co-founded|runs)\s+(?:the\s+)?{{~3}}{{C:company}}",
        0.7,
    ),
    Rule(
        "PERSON, who remains TITLE",
        "executive",
        rf"{L.PERSON},\s+(?:\d{{2}},\s+)?who\s+(?:is|was|remains|became|becomes|has\s+been|serves\s+as|will\s+remain|will\s+become|is\s+to\s+become|"
        r"was\s+named|was\s+appointed|has\s+been\s+named|has\s+been\s+appointed|was\s+elected|took\s+over\s+as)\s+"
        rf"(?:the\s+|its\s+)?{L.TITLE}(?:\s+(?:of|at)\s+{{C:company}})?",
        0.6,
    ),
    Rule(
        "PERSON, its TITLE",
        "executive",
        rf"{L.PERSON},\s+(?:its|the\s+company(?:'s|’s))\s+(?:new\s+|current\s+)?{L.TITLE}\b",
        0.65,
    ),
    Rule(
        "its TITLE, PERSON",
        "executive",
        rf"\b(?:its|the\s+(?:company|group|bank|firm)(?:'s|’s))\s+(?:new\s+|current\s+)?{L.TITLE},?\s+{L.PERSON}",
        0.7,
        keys=("its ", "'s", "’s"),
        min_companies=0,
    ),
    Rule(
        "TITLE PERSON of X",
        "executive",
        rf"(?<![\w,]\s){L.TITLE}\s+{L.PERSON}\s+(?:of|at)\s+{{C:company}}",
        0.7,
    ),
    Rule(
        # "X, headquartered in Mumbai, is led by chairman Vikram Raghav"; "X, run by its CEO Jane Roe,"
        "X is led by TITLE PERSON",
        "executive",
        rf"{{C:company}}(?:,\s+[^,\n{OPEN}]{{1,80}}?,)?(?:\s+(?:is|has\s+been|will\s+be|which\s+is)|,)\s+"
        rf"(?:now\s+|currently\s+)?(?:led|run|headed|chaired|managed)\s+by\s+(?:its\s+|the\s+company['’]s\s+)?"
        rf"{L.TITLE},?\s+{L.PERSON}",
        0.8,
        keys=("led by", "run by", "headed by", "chaired by", "managed by"),
    ),
    Rule(
        # "ByteDance, founded by Zhang Yiming in 2012,"; "Hungry Panda was founded in 2017 by Eric Liu"
        "X, founded by PERSON",
        "executive",
        rf"{{C:company}}(?:,\s+(?:which|that)\s+was|,|\s+(?:was|were|had\s+been))\s+(?:jointly\s+)?(?P<title>founded|co-founded)\s+"
        rf"(?:(?:in|on)\s+{{D}}\s+)?by\s+(?:its\s+(?:current\s+)?(?:chief\s+executive|ceo|chairman|president)\s+)?{L.PERSON}"
        rf"(?:,?\s+and\s+{L.PERSON2})?",
        0.6,  # below the frames naming a title: "founded by Lena Hofbauer (CEO)" keeps "CEO"
        keys=("founded by", "founded in", "founded on"),
    ),
    Rule(
        # "Thomas Keller would step down as CEO and be replaced by Anna Berg": the successor's title
        "PERSON will step down as TITLE and be replaced by NAME",
        "executive",
        r"(?:step(?:s|ped|ping)?\s+down|resign(?:s|ed|ing)?|retir(?:e|es|ed|ing))\s+as\s+(?:its\s+|the\s+company['’]s\s+)?"
        rf"{L.TITLE}(?:\s+(?:of|at)\s+{{C:company}})?,?\s+(?:and\s+)?(?:will\s+|would\s+)?(?:be\s+)?(?:replaced|succeeded)\s+by\s+{L.PERSON}",
        0.75,
        keys=("replaced by", "succeeded by"),
        min_companies=0,
    ),
    Rule(
        # "X's founders, Arjun Menon and Priya Nair": one fact per founder
        "X's founders, PERSON and PERSON",
        "executive",
        rf"{{C:company}}(?:'s?|’s?)\s+(?P<title>(?:co-?)?founder)s?,?\s+{L.PERSON}"
        rf"(?:,?\s+and\s+{L.PERSON2})?",
        0.8,
        keys=("founder",),
    ),
]

_ASSET_NOUN = (
    r"(?:app|apps|application|applications|service|services|platform|platforms|website|websites|site|sites|"
    r"brand|brands|unit|units|subsidiary|subsidiaries|division|divisions|arm|network|networks|portal|"
    r"portals|marketplace|marketplaces|store|stores|chain|chains|product|products|game|games|"
    r"business|businesses|operator|affiliate|affiliates|newspaper|magazine|channel|label|"
    r"search\s+engine|messaging\s+app|messenger|browser|payment\s+service|e-commerce\s+site)"
)
OWNERSHIP_RULES = [
    Rule(
        "Y run by X",
        "ownership",
        r"{C:asset},?\s+{~8}(?:(?P<stake>\ue000P\d+\ue001)-|(?:majority|wholly|partly|jointly|minority|fully)-)?"
        r"(?:run|operated|owned|controlled|managed|published|developed|made)\s+by\s+"
        r"(?:(?!(?:and|or|the|a|an)\s)[\w-]+\s+){0,3}?{C:owner}",
        0.85,
    ),
    Rule(
        "X runs Y",
        "ownership",
        r"{C:owner}\s+(?:also\s+|already\s+|now\s+)?(?:owns|runs|operates|controls|owned|ran|operated|has|have|"
        rf"had)\s+(?:{{~6}}{_ASSET_NOUN}(?:\s+{{~4}})?[:,]?\s*)?{{CL:asset}}",
        0.8,
    ),
    Rule(
        "X's app Y",
        "ownership",
        r"{C:owner}(?:'s?|’s?)\s+(?:(?!(?:to|of|in|on|for|with|and|by|a|an|the|is|was|has|its)\s)[\w-]+\s+){0,4}?"
        rf"(?:{_ASSET_NOUN}\s+)?{{CL:asset}}",
        0.7,
    ),
    Rule(
        "Y, a unit of X",
        "ownership",
        rf"{{C:asset}}(?:,\s+(?:itself\s+|also\s+|now\s+)?|\s+(?:is|was|remains|became|has\s+been|had\s+been)\s+(?:now\s+)?)(?:an?|the)\s+"
        rf"{{~4}}{_ASSET_NOUN}\s+(?:of|owned\s+by|run\s+by|controlled\s+by)\s+(?:the\s+)?{{~3}}{{C:owner}}",
        0.85,
    ),
    Rule(
        "X said its Y unit",
        "ownership",
        r"{C:owner},?\s+{-120}\s(?:its|their)\s+(?:\w+\s+){0,2}?{C:asset}\s+(?:unit|subsidiary|division|affiliate|arm|"
        r"business|brand|operation|operations|venture|joint\s+venture)\b",
        0.75,
    ),
    Rule(
        "X-owned Y",
        "ownership",
        r"{C:owner}-(?:owned|controlled|run|backed)\s+{~3}{C:asset}",
        0.8,
    ),
    Rule(
        "X, which owns Y",
        "ownership",
        r"{C:owner},\s+(?:which|that)\s+(?:also\s+|already\s+|now\s+|still\s+)?(?:owns|runs|operates|controls|holds)\s+"
        r"(?:(?:about\s+|around\s+|some\s+|nearly\s+)?{P:stake}\s+(?:stake\s+)?(?:of|in)\s+)?{~4}"
        # a list whose items may carry descriptors: "bakery chain A and pet-food maker B"
        r"(?P<asset>{C}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?!and\b)[\w-]+\s+){0,3}?{C})*)",
        0.85,
    ),
    Rule(
        "X ... its P stake in Y",
        "ownership",
        r"{C:owner},?\s+{-120}\s(?:its|their)\s+(?:existing\s+|current\s+|remaining\s+)?{P:stake}\s+(?:equity\s+)?(?:stake|holding|interest|shareholding)\s+"
        r"in\s+{~4}{C:asset}",
        0.75,
    ),
    Rule(
        # "Harcourt said British Printing now holds 14.8 pct of its common stock"
        "Y said X holds P of its shares",
        "ownership",
        r"{C:asset}\s+{~4}(?:said|says|disclosed|reported)\s+(?:that\s+)?{C:owner}\s+(?:now\s+|currently\s+|already\s+)?"
        r"(?:holds|owns|has|held|owned|controls)\s+(?:about\s+|approximately\s+|nearly\s+|some\s+)?{P:stake}\s+(?:stake\s+)?(?:of|in)\s+"
        r"(?:its|the\s+company's|the\s+company’s)\s+(?:(?:outstanding|common|ordinary|voting|issued)\s+)*(?:shares|stock)",
        0.8,
        keys=("said", "says", "disclosed", "reported"),
    ),
    Rule(
        # "X holds a controlling stake in Y"
        "X holds a controlling stake in Y",
        "ownership",
        r"{C:owner}(?:,\s+[^,\n]{1,150}?,)?\s+{~3}(?:owns|holds|controls|owned|held|has|have|had|retains|keeps)\s+"
        r"(?:a|its|the)\s+(?:controlling|majority|minority)\s+(?:equity\s+)?(?:stake|interest|holding|shareholding)\s+in\s+{~3}{C:asset}",
        0.8,
        keys=("controlling", "majority", "minority"),
    ),
    Rule(
        # "Arlo Packaging, in which Wenham Industries has a 30% stake,"
        "Y, in which X has a P stake",
        "ownership",
        r"{C:asset},\s+in\s+which\s+{C:owner}\s+(?:\w+\s+)?(?:has|holds|owns|had|held|owned)\s+(?:a|an)\s+"
        r"(?:(?:about|around|roughly|nearly|some|approximately)\s+)?(?:{P:stake}|controlling|majority|minority)\s+"
        r"(?:equity\s+)?(?:stake|interest|holding|shareholding)",
        0.85,
        keys=("in which",),
    ),
    Rule(
        "X owns P of Y",
        "ownership",
        r"{C:owner}(?:,\s+[^,\n]{1,150}?,|,\s+(?:which|that|who)(?=\s))?\s+{~4}(?:owns|holds|controls|owned|held|has)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|"
        r"some\s+|approximately\s+)?{P:stake}\s+(?:stake\s+)?(?:of|in)\s+{~3}{C:asset}",
        0.85,
    ),
    Rule(
        "X ... its unit, Y,",
        "ownership",
        rf"{{C:owner}},?\s+{{-120}}\s(?:its|their)\s+(?:[\w-]+\s+){{0,3}}?{_ASSET_NOUN},?\s+{{C:asset}}",
        0.7,
    ),
    Rule(
        "X said its unit Y",
        "ownership",
        r"{C:owner},?\s+{-120}\s(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:unit|subsidiary|division|affiliate|arm|business|"
        r"brand|venture|joint\s+venture)\s+{C:asset}",
        0.75,
    ),
    Rule(
        "Y, its app",
        "ownership",
        rf"{{C:asset}},\s+(?:its|their)\s+(?:[\w-]+\s+){{0,4}}?{_ASSET_NOUN}\b",
        0.65,
    ),
]

RULES: dict[str, list[Rule]] = {
    "acquisition": ACQUISITION_RULES,
    "partnership": PARTNERSHIP_RULES,
    "investment": INVESTMENT_RULES,
    "valuation": VALUATION_RULES,
    "listing": LISTING_RULES,
    "headquarters": HEADQUARTERS_RULES,
    "executive": EXECUTIVE_RULES,
    "ownership": OWNERSHIP_RULES,
}

# One cheap test per fact type and sentence decides whether that type's rules run at all:
# every rule of a type needs one of these lowercase substrings in the sentence template.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "acquisition": (
        "acqui", "buy", "bought", "purchas", "take", "took", "sell", "sold", "stake", "offer", "bid", "merge",
        "divest", "dispos", "unload", "offload", "spin", "spun", "snap", "pick", "paid", "pay", "spent", "spend",
        "option", "takeover", "hold", "held", "own", "interest", "shares", "swallow", "sale", "auction",
    ),
    "partnership": (
        "partner", "allian", "venture", "collabor", "tie-up", "tieup", "team", "join", "pact", "cooperat",
        "co-operat", "consortium", "allied", "tied up", "ties up", "tie up", "memorandum", " mou", "(mou",
        "development agreement", " jv", "(jv", "distribution agreement", "licensing agreement", "license agreement",
        "marketing agreement", "research agreement", "jointly", "co-develop",
    ),
    "investment": (
        "rais", "secur", "fund", "financ", "invest", "round", "seed", "series", "capital", "led", "closed",
        "landed", "bag", "nab", "snag", "garner", "attract", "pull", "inject", "pour", "pump", "put", "receiv",
        "obtain",
    ),
    "valuation": ("valu", "capitali"),
    "listing": ("list", "trade", "quoted", "debut", "float", "public", "ipo", "shares", "stock", "exchange", "(", "["),
    "headquarters": ("based", "headquart", "located", " of ", "the ", "office"),
    "executive": (
        "chief", "ceo", "cfo", "coo", "cto", "cmo", "cio", "chair", "president", "director", "manager", "counsel",
        "founder", "founded", "treasurer", "secretary", "partner", "head",
    ),
    "ownership": (
        "own", "run", "ran ", "operat", "control", "manag", "publish", "develop", "made", "unit", "subsidiar",
        "division", "arm", "affiliate", "brand", "'s", "’s", "its ", "their ", " has ", " had ", " have ",
        "hold", "held",
    ),
}

_ACQUIRE_KEYS = ("acqui", "buy", "bought", "purchas", "tak", "took", "snap", "pick", "swallow", "merge")
_ACQUISITION_NOUN_KEYS = ("acqui", "purchase", "takeover", "take-over", "buyout", "buy-out")
_SELL_KEYS = ("sell", "sold", "divest", "dispos", "unload", "offload", "spin", "spun")
_APPOINT_KEYS = ("name", "appoint", "promot", "elect", "hire")

# Rule-level keys for the frames of broad types (most sentences mention a possessive or "has").
_KEYS: dict[str, tuple[str, ...]] = {
    "LOC-based X": ("-based", "-headquartered", "-headquarted", "-located"),
    "X, a LOC-based maker": ("-based", "-headquartered", "-headquarted", "-located"),
    "X, based in LOC": ("based", "headquartered", "headquarted", "located"),
    "X, headquartered in LOC": ("headquarters",),
    "X, which is based in LOC": ("based", "headquartered", "located", "office"),
    "X of LOC": (" of ",),
    "X, a LOC firm": (", a ", ", an ", ", the "),
    "the LOC company": ("the ",),
    "LOC, where X is based": ("where",),
    "Y run by X": (" by ",),
    "X runs Y": ("own", "run", "ran ", "operat", "control", " has ", " had ", " have "),
    "X's app Y": ("'s", "’s"),
    "Y, a unit of X": (" of ", " by "),
    "X said its Y unit": ("its ", "their "),
    "X said its unit Y": ("its ", "their "),
    "X-owned Y": ("-owned", "-controlled", "-run", "-backed"),
    "X, which owns Y": ("which", "that"),
    "X owns P of Y": ("own", "hold", "held", "control", " has "),
    "X ... its unit, Y,": ("its ", "their "),
    "X ... its P stake in Y": ("its ", "their "),
    "Y, its app": ("its ", "their "),
    "X (EXCH: TICKER)": ("(", "["),
    "EXCH-listed X": ("-listed", "-quoted", "-traded"),
    "X, a EXCH-listed firm": ("-listed", "-quoted", "-traded"),
    "X's EXCH-listed shares": ("-listed",),
    "X's shares on EXCH": ("shares", "stock"),
    "shares of X, which are listed on EXCH": ("shares of",),
    "X has an option to raise its stake to P": ("option",),
    "It has an option to raise its holding to P": ("option",),
    "X raised its stake in Y to P": ("stake", "holding", "interest", "shareholding", "position"),
    "X raised its stake to P (target named before)": ("stake", "holding", "interest", "shareholding", "position"),
    "X holds N shares of Y, or P": ("shares",),
    "Y received an offer from X": ("offer", "bid", "proposal", "approach"),
    "X made an offer for Y": ("offer", "bid", "proposal", "approach"),
    "Y was acquired by X": (" by ",),
    "acquisition of Y by X": (" by ",),
    # acquisitions: the verb or noun each frame cannot do without
    "X paid M for a P stake in Y": ("paid", "pay", "spen", "offer"),
    "X acquired P of Y": _ACQUIRE_KEYS,
    "X acquired Y's unit": _ACQUIRE_KEYS,
    "... to acquire Y": _ACQUIRE_KEYS,
    "X bought N shares of Y, raising its stake to P": ("raising", "bringing", "increasing", "lifting"),
    "Y said X acquired P of its shares": ("said", "says", "disclosed", "reported"),
    "X's acquisition of Y": _ACQUISITION_NOUN_KEYS,
    "X completed the acquisition of Y": _ACQUISITION_NOUN_KEYS,
    "approved the acquisition of Y": _ACQUISITION_NOUN_KEYS,
    "completed the purchase of the X division of Y": (
        "subsidiar", "business", "operation", "division", "plant", "asset", "brand", "store", "unit", "chain", "arm",
    ),
    "X is exploring a sale of Y": ("sale", "sell-off", "disposal", "auction"),
    "X sold its unit, Y, to Z": _SELL_KEYS,
    "X's sale of its Y unit to Z": ("sale", "divestiture", "disposal", "spin-off"),
    "X sold Y to Z": _SELL_KEYS,
    "X sold its Y unit": _SELL_KEYS,
    "X and Y agreed to merge": ("merge",),
    # executives: the verb of the frame
    "PERSON (TITLE)": ("(",),
    "X named PERSON TITLE": (*_APPOINT_KEYS, "tapped", "pick", "select", "chose", "install"),
    "X named TITLE PERSON": _APPOINT_KEYS,
    "appointed PERSON as TITLE of X": (*_APPOINT_KEYS, "tapped", "pick", "select"),
    "PERSON has served as our TITLE": ("serv",),
    "PERSON has served as TITLE of X": ("serv", "join"),
    "the appointment of PERSON as TITLE": ("appointment", "election", "promotion", "hiring", "nomination"),
    "PERSON has been appointed TITLE": ("appointed", "named", "elected", "promoted"),
    "PERSON  AGE  TITLE (table)": ("  ", " \t", "\t ", "\t\t"),
    "said TITLE PERSON": ("said", "says", "according", "added", "told", "report"),
    "PERSON will succeed NAME as TITLE": ("succeed", "replace"),
    "PERSON, who heads X": ("who",),
    "PERSON, who remains TITLE": ("who",),
    "PERSON, its TITLE": ("its", "company's", "company’s"),
    # listings: the verb
    "X is listed on EXCH": ("listed", "trade", "quoted", "debuted", "floated", "trading"),
    "shares of X began trading on EXCH": ("trad", "debut", "listing"),
    "X has a listing in CITY": ("listing",),
    "X went public on EXCH": ("public", "listed", "debut", "initial public", "ipo"),
}
for _rules in RULES.values():
    for _i, _rule in enumerate(_rules):
        if _rule.name in _KEYS:
            _rules[_i] = attrs.evolve(_rule, keys=_KEYS[_rule.name])

# Frames whose second company is optional.
_MIN_COMPANIES = {
    "X sold its Y unit": 1,
    "X has an option to raise its stake to P": 1,
    "It has an option to raise its holding to P": 0,
    "PERSON, who remains TITLE": 0,
}
for _rules in RULES.values():
    for _i, _rule in enumerate(_rules):
        if _rule.name in _MIN_COMPANIES:
            _rules[_i] = attrs.evolve(_rule, min_companies=_MIN_COMPANIES[_rule.name])
