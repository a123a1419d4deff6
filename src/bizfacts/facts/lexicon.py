"""Word lists the fact rules share: trigger verbs, titles, exchanges, metric names.

Kept apart from the rules so that a new surface form is a one-line change here.
All entries are regex fragments matched case-insensitively unless said otherwise.
"""

from __future__ import annotations

from .template import LazyPattern


def alt(words: str) -> str:
    """A non-capturing alternation of the '|'-separated words, longest first."""
    items = sorted({w.strip() for w in words.split("|") if w.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(w.replace(" ", r"\s+") for w in items) + ")"


# --- acquisitions -----------------------------------------------------------------
# Inflected forms stand alone; base forms ("buy", "acquire") only after "to", a modal or "agreed to"
# ("a strong buy recommendation on X" is no deal).
_ACQUIRE_INFLECTED = (
    "acquires|acquired|acquiring|buys|bought|buying|purchases|purchased|purchasing|takes over|took over|"
    "taken over|taking over|snapped up|picked up|bought out|buys out|swallowed"
)
_ACQUIRE_BASE = "acquire|buy|purchase|take over|snap up|pick up|buy out|swallow|merge with"
ACQUIRE_VERB = (
    "(?:" + alt(_ACQUIRE_INFLECTED) + r"|(?<=\b(?:to|will|would|shall|can|could|may|might|must|did|does|do|not)\s+"
    r"(?:\w+\s+)?)" + alt(_ACQUIRE_BASE) + ")"
)
SELL_VERB = alt(
    "sell|sells|sold|selling|divest|divests|divested|dispose of|disposed of|unload|unloaded|"
    "offload|offloaded|spin off|spun off"
)
ACQUISITION_NOUN = alt("acquisition|purchase|takeover|take-over|buyout|buy-out|acquisitions")
STAKE_NOUN = alt(
    "stake|interest|holding|shareholding|equity stake|equity interest|minority stake|majority stake|"
    "share|slice|position"
)
# Words that may describe a company before its name ("electric scooter startup Zoomi"), never a
# preposition or conjunction ("shares from X" is no target X).
DESC = r"(?:(?!(?:from|of|to|with|by|for|at|on|in|and|or|than|into|via)\s)(?:[^\s\ue000\ue001]|\ue000[DM]\d+\ue001)+\s+){0,3}?"
UNIT_NOUN = alt(
    "unit|units|division|subsidiary|subsidiaries|business|businesses|operations|operation|arm|"
    "assets|brand|brands|plant|plants|stores|chain"
)

# --- status and modality ---------------------------------------------------------------
NEGATED = LazyPattern(
    r"(?i)\b(?:den(?:y|ies|ied)|cancel(?:l?ed|s)?|not|n't|never|no\s+longer|no\s+plans?|called\s+off|call\s+off|"
    r"terminat(?:e|ed|es|ing)|scrap(?:ped|s)?|abandon(?:ed|s)?|collaps(?:e|ed|es)|reject(?:ed|s)?|"
    r"walk(?:ed)?\s+away|ruled\s+out|rule\s+out|withdr[ae]w|withdrawn|dropped|block(?:s|ed|ing)?|fell\s+through|"
    r"prohibit(?:s|ed)?|veto(?:es|ed)?|thwart(?:s|ed)?|"
    r"fail(?:ed|s)?\s+to|declin(?:ed|es)\s+to|refused|unsolicited|hostile\s+bid\s+was|"
    r"if|whether|could|might|would\s+consider|speculat\w*|hypothetical|unlikely)\b"
)
RUMORED = LazyPattern(
    r"(?i)\b(?:in\s+talks|talks\s+(?:to|with)|said\s+to\s+be|reportedly|rumou?r\w*|considering|"
    r"explor(?:e|es|ing)|people\s+familiar|sources?\s+(?:said|say|close)|weigh(?:s|ing)|nearing|"
    r"in\s+(?:advanced\s+)?discussions|is\s+in\s+negotiations|may|eyeing|mulling)\b"
)
OPTION = LazyPattern(r"(?i)\boptions?\s+to\b")
PLANNED = LazyPattern(
    r"(?i)\b(?:plans?\s+to|planned|planning|intends?\s+to|intention|propos(?:ed|es|al)|offer(?:ed|s)?\s+to|"
    r"bid|bids|offer|seeks?\s+to|seeking|wants?\s+to|agreed\s+(?:in\s+principle\s+)?to|agrees\s+(?:in\s+principle\s+)?to|agreement\s+to|to\s+be\s+acquired|"
    r"tender\s+offer|letter\s+of\s+intent|agreement\s+in\s+principle|will|would|shall|expects?\s+to|"
    r"pending|subject\s+to|(?:is|are)\s+(?:buying|acquiring|purchasing|taking\s+over|selling)|"
    # a headline's infinitive is the future: "Kestrel Air to buy Tamsin Airways"
    r"to\s+(?:buy|acquire|purchase|take\s+over|merge\s+with|sell))\b"
)

# --- partnerships and investments --------------------------------------------------------
ALLIANCE_NOUN = alt(
    "partnership|alliance|joint venture|joint-venture|collaboration|tie-up|tieup|cooperation agreement|"
    "co-operation agreement|cooperation pact|venture|pact|partnership agreement|strategic partnership|"
    "strategic alliance|consortium|collaboration agreement|cooperation|memorandum of understanding|"
    "mou\\b|joint development agreement|co-development agreement|strategic cooperation agreement|jv\\b|"
    "distribution agreement|licensing agreement|license agreement|co-marketing agreement|joint marketing agreement|"
    "research agreement|joint research agreement"
)
ALLIANCE_VERB = alt(
    "formed|forged|signed|entered into|enter into|announced|struck|established|set up|launched|created|"
    "agreed on|agreed to form|agreed to set up|agreed to create|inked|sealed|form|forge|sign|create|"
    "establish|have formed|has formed|will form|are forming|unveiled|expanded|extended|renewed|"
    "agreed to establish|plan to form|plan to set up|agreed|agrees|reached|reaches|strikes|signs|forms|forges|"
    "announces|launches|unveils|expands|extends|renews|enters into|entered|enters"
)
PARTNER_VERB = alt(
    "partnered|partners|partnering|partner|teamed up|team up|teams up|teaming up|teamed|teams|teaming|joined forces|"
    "join forces|joins forces|allied|tied up|ties up|tie up|collaborate|collaborates|collaborated|"
    "cooperate|cooperates|cooperated"
)
FUNDING_VERB = alt(
    "raised|raises|raise|raising|secured|secures|closed|closes|landed|lands|received|receives|"
    "obtained|completed|announced|has raised|pulled in|nabbed|snagged|bagged|attracted|garnered"
)
FUNDING_NOUN = alt(
    "funding|financing|investment|round|venture capital|growth capital|seed capital|venture funding|"
    "series [a-h]\\+?|seed|equity funding|equity financing|equity investment"
)
INVEST_VERB = alt(
    "invested|invests|invest|investing|injected|injects|inject|put|puts|poured|pours|pumped|pumps|"
    "led|leads|will invest|agreed to invest|plans to invest|committed|commits"
)
ROUND = LazyPattern(
    r"(?i)\b(?:(?P<series>series\s+[a-h](?:\+|-?\d)?)|(?P<kind>pre-seed|seed|angel|bridge|mezzanine|"
    r"growth|pre-ipo|venture|strategic)\s+(?:funding\s+|financing\s+|investment\s+)?round)\b"
)

# --- financial metrics --------------------------------------------------------------
METRIC = (
    r"(?P<metric>(?:(?:net|operating|pre-?tax|pretax|gross|quarterly|annual|full-year|full\s+year|"
    r"total|core|adjusted|consolidated|group|underlying|attributable|after-tax|retail|"
    r"advertising|online|service|operating|trading|recurring|annual\s+recurring|statutory|reported|standalone|"
    r"basic|diluted|organic|comparable)\s+)*"
    r"(?:(?:revenues?|income)\s+from\s+operations|profits?\s+(?:before|after)\s+(?:income\s+)?tax(?:es|ation)?|"
    r"(?:loss(?:es)?)\s+before\s+(?:income\s+)?tax(?:es|ation)?|"
    r"revenues?|revs|sales|turnover|net\s+income|income|profits?|earnings|loss(?:es)?|ebitda|ebit|"
    r"net|operating\s+profit|earned|lost))\b"
)
RISE_VERB = alt(
    "rose|rise|rises|increased|increase|increases|grew|grow|grows|jumped|jumps|climbed|climbs|"
    "surged|surges|soared|soars|gained|gains|advanced|edged up|was up|were up|improved|"
    "more than doubled|doubled|rebounded|swelled|expanded"
)
FALL_VERB = alt(
    "fell|fall|falls|decreased|decrease|decreases|declined|declines|decline|dropped|drops|"
    "slipped|slips|plunged|plunges|slumped|slumps|tumbled|tumbles|edged down|was down|were down|"
    "shrank|shrinks|sank|eased|contracted|halved"
)
LEVEL_VERB = alt(
    "totaled|totalled|totals|total|was|were|of|reached|reach|reaches|amounted to|amounts to|came in at|"
    "come in at|hit|at|to|stood at|stands at|is|are|will be|would be|be|generated|generate|"
    "posted|reported|recorded|booked|climbed to|rose to|fell to|grew to|increased to|"
    "decreased to|declined to|dropped to|jumped to|of about|of around|of nearly"
)
FORECAST = LazyPattern(
    r"(?i)\b(?:expect\w*|forecast\w*|project\w*|guidance|outlook|anticipat\w*|target\w*|"
    r"estimat\w*|sees|see|predict\w*|will|should|could|would|aims?\s+to|plans?\s+to|"
    r"on\s+track|goal|potential|next\s+year|coming\s+year|future)\b"
)

# --- listings, headquarters, executives -------------------------------------------------
EXCHANGES: dict[str, str] = {
    "nasdaq": "Nasdaq",
    "nasdaq stock market": "Nasdaq",
    "nasdaq global select market": "Nasdaq",
    "nyse": "NYSE",
    "new york stock exchange": "NYSE",
    "big board": "NYSE",
    "american stock exchange": "American Stock Exchange",
    "amex": "American Stock Exchange",
    "nyse american": "NYSE American",
    "london stock exchange": "London Stock Exchange",
    "lse": "London Stock Exchange",
    "aim": "AIM",
    "hong kong stock exchange": "Hong Kong Stock Exchange",
    "hong kong exchange": "Hong Kong Stock Exchange",
    "stock exchange of hong kong": "Hong Kong Stock Exchange",
    "hkex": "Hong Kong Stock Exchange",
    "tokyo stock exchange": "Tokyo Stock Exchange",
    "shanghai stock exchange": "Shanghai Stock Exchange",
    "shenzhen stock exchange": "Shenzhen Stock Exchange",
    "star market": "STAR Market",
    "chinext": "ChiNext",
    "bombay stock exchange": "Bombay Stock Exchange",
    "bse": "Bombay Stock Exchange",
    "national stock exchange": "National Stock Exchange of India",
    "national stock exchange of india": "National Stock Exchange of India",
    "nse": "National Stock Exchange of India",
    "frankfurt stock exchange": "Frankfurt Stock Exchange",
    "xetra": "Frankfurt Stock Exchange",
    "euronext": "Euronext",
    "euronext paris": "Euronext Paris",
    "euronext amsterdam": "Euronext Amsterdam",
    "paris bourse": "Euronext Paris",
    "six swiss exchange": "SIX Swiss Exchange",
    "toronto stock exchange": "Toronto Stock Exchange",
    "tsx": "Toronto Stock Exchange",
    "australian securities exchange": "ASX",
    "australian stock exchange": "ASX",
    "asx": "ASX",
    "korea exchange": "Korea Exchange",
    "korea stock exchange": "Korea Exchange",
    "kosdaq": "KOSDAQ",
    "singapore exchange": "Singapore Exchange",
    "sgx": "Singapore Exchange",
    "johannesburg stock exchange": "Johannesburg Stock Exchange",
    "jse": "Johannesburg Stock Exchange",
    "b3": "B3",
    "sao paulo stock exchange": "B3",
    "bovespa": "B3",
    "pacific stock exchange": "Pacific Stock Exchange",
    "midwest stock exchange": "Midwest Stock Exchange",
    "taiwan stock exchange": "Taiwan Stock Exchange",
    "moscow exchange": "Moscow Exchange",
    "borsa italiana": "Borsa Italiana",
    "milan stock exchange": "Borsa Italiana",
    "madrid stock exchange": "Madrid Stock Exchange",
    "swiss exchange": "SIX Swiss Exchange",
    "zurich stock exchange": "SIX Swiss Exchange",
    "nasdaq stockholm": "Nasdaq Stockholm",
    "stockholm stock exchange": "Nasdaq Stockholm",
    "oslo bors": "Oslo Børs",
    "oslo børs": "Oslo Børs",
    "vienna stock exchange": "Vienna Stock Exchange",
    "hong kong": "Hong Kong Stock Exchange",
    "shanghai": "Shanghai Stock Exchange",
    "shenzhen": "Shenzhen Stock Exchange",
    "tokyo": "Tokyo Stock Exchange",
    "london": "London Stock Exchange",
    "new york": "NYSE",
    "frankfurt": "Frankfurt Stock Exchange",
    "mumbai": "Bombay Stock Exchange",
    "toronto": "Toronto Stock Exchange",
    "sydney": "ASX",
    "seoul": "Korea Exchange",
    "singapore": "Singapore Exchange",
    "paris": "Euronext Paris",
    "amsterdam": "Euronext Amsterdam",
    "zurich": "SIX Swiss Exchange",
    "ose": "Oslo Børs",
    "tase": "Tel Aviv Stock Exchange",
    "tsx-v": "TSX Venture Exchange",
    "tsxv": "TSX Venture Exchange",
    "tsx venture": "TSX Venture Exchange",
    "sehk": "Hong Kong Stock Exchange",
    "hkse": "Hong Kong Stock Exchange",
    "tel aviv stock exchange": "Tel Aviv Stock Exchange",
    "bursa malaysia": "Bursa Malaysia",
    "indonesia stock exchange": "Indonesia Stock Exchange",
    "stock exchange of thailand": "Stock Exchange of Thailand",
    "warsaw stock exchange": "Warsaw Stock Exchange",
    "borsa istanbul": "Borsa Istanbul",
    "mexican stock exchange": "Mexican Stock Exchange",
    "philippine stock exchange": "Philippine Stock Exchange",
    "nasdaq copenhagen": "Nasdaq Copenhagen",
    "nasdaq helsinki": "Nasdaq Helsinki",
    "euronext brussels": "Euronext Brussels",
    "euronext dublin": "Euronext Dublin",
    "euronext lisbon": "Euronext Lisbon",
    "irish stock exchange": "Euronext Dublin",
    "tel aviv": "Tel Aviv Stock Exchange",
    "johannesburg": "Johannesburg Stock Exchange",
    "stockholm": "Nasdaq Stockholm",
    "oslo": "Oslo Børs",
    "milan": "Borsa Italiana",
    "madrid": "Madrid Stock Exchange",
    "taipei": "Taiwan Stock Exchange",
    "kuala lumpur": "Bursa Malaysia",
    "jakarta": "Indonesia Stock Exchange",
    "copenhagen": "Nasdaq Copenhagen",
    "helsinki": "Nasdaq Helsinki",
    "warsaw": "Warsaw Stock Exchange",
    "istanbul": "Borsa Istanbul",
}
_SPACES = LazyPattern(r"\s+")


def exchange_name(raw: str) -> str:
    """The exchange's name ("NASDAQ" -> "Nasdaq", "LSE" -> "London Stock Exchange"), white space
    folded; a city standing for its exchange ("Tokyo-listed") gives the exchange ("Tokyo Stock
    Exchange"); an exchange not in the table keeps the name the text gives it."""
    name = _SPACES.sub(" ", raw.strip())
    return EXCHANGES.get(name.casefold(), name)


# Exchange names that only count after "on the"/"-listed" (not bare city names).
EXCHANGE_NAMES = alt("|".join(k for k in EXCHANGES if " " in k or (k.isalpha() and len(k) > 3) or k in {"b3"}))
# Matched case-sensitively: "AIM" and "SIX" are exchanges, "aim" and "six" are words.
EXCHANGE_TOKENS = alt(
    "NASDAQ|Nasdaq|NYSE|NYSE American|NYSE Arca|AMEX|Amex|LSE|HKEX|HKSE|SEHK|TSX|TSX-V|TSXV|TSX Venture|ASX|SGX|JSE|BSE|NSE|"
    "AIM|Xetra|XETRA|KOSDAQ|Kosdaq|KOSPI|Kospi|KRX|Euronext|B3|Bovespa|ChiNext|SIX|IDX|TASE|NZX|OTC|TWSE|SZSE|SSE|TSE|OSE|"
    "Big Board|Nasdaq Stockholm|Nasdaq Copenhagen|Nasdaq Helsinki"
)
# Cities that stand for their exchange ("listed in Tokyo", "London-listed"); EXCHANGES names it.
LISTING_CITY_NAMES = frozenset(
    "hong kong|shanghai|shenzhen|tokyo|london|new york|frankfurt|mumbai|toronto|sydney|seoul|"
    "singapore|paris|amsterdam|zurich|tel aviv|johannesburg|stockholm|oslo|milan|madrid|taipei|kuala lumpur|"
    "jakarta|copenhagen|helsinki|warsaw|istanbul".split("|")
)
LISTING_CITIES = alt("|".join(LISTING_CITY_NAMES))

_TITLE_MOD_WORDS = (
    "senior", "executive", "group", "deputy", "interim", "acting", "co-", "joint", "global", "regional",
    "non-executive", "non-exec", "independent", "lead", "founding", "former", "new", "incoming", "outgoing",
    "representative", "corporate", "managing", "general", "principal", "associate", "assistant", "first",
)
_TITLE_MOD = rf"(?:(?:{'|'.join(_TITLE_MOD_WORDS)})\s*)*"
# One alternative per title, written with the words it shares factored out ("chief\s+(?:...)"):
# the matcher then tries "chief" once per word, not once per chief title. Where two alternatives
# share a start, the longer comes first ("president\s+director" before "president"). Each opens
# with two plain letters, which _TITLE_STARTS reads; the acronyms (TITLE_ACRONYMS) go second.
_TITLE_CORES = (
    r"chief\s+(?:executive\s+officer|executive|financial\s+officer|operating\s+officer|technology\s+officer|"
    r"marketing\s+officer|information\s+officer|investment\s+officer|risk\s+officer|commercial\s+officer|"
    r"legal\s+officer|strategy\s+officer|economist|scientific\s+officer|medical\s+officer|people\s+officer|"
    r"product\s+officer)",
    r"chair(?:man|woman|person)?",
    r"president(?:\s+director)?",
    r"vice\s+(?:president|chairman|chair)",
    r"managing\s+(?:director|partner)",
    r"general\s+(?:partner|manager|counsel)",
    r"financial\s+controller",
    r"controller",
    r"company\s+secretary",
    r"corporate\s+secretary",
    r"founder",
    r"co-founder",
    r"cofounder",
    r"treasurer",
    r"secretary",
    r"executive\s+director",
    r"finance\s+director",
    r"financial\s+director",
    r"operations\s+director",
    r"commercial\s+director",
    r"technical\s+director",
    r"sales\s+director",
    r"marketing\s+director",
    r"representative\s+director",
    r"director",
    r"partner",
    r"head(?:\s+of\s+(?-i:[A-Z][\w&-]*)(?:\s+(?:and|&)\s+(?-i:[A-Z][\w&-]*)|\s+(?-i:[A-Z][\w&-]*)){0,3})?",
)
# Titles written as acronyms, upper-cased in results ("ceo" -> "CEO").
TITLE_ACRONYMS = frozenset({"ceo", "cfo", "coo", "cto", "cmo", "cio", "cso", "cco"})
_ACRONYM_CORE = "(?:" + "|".join(sorted(TITLE_ACRONYMS)) + ")"
_TITLE_CORE = "(?:" + "|".join((_TITLE_CORES[0], _ACRONYM_CORE, *_TITLE_CORES[1:])) + ")"
# The first two letters of every word a title can start with ("se" for "senior", "ch" for "chief"):
# a lookahead on them turns most word starts away before the alternations are tried.
_TITLE_STARTS = "|".join(
    sorted({w[:2] for w in _TITLE_MOD_WORDS} | {c[:2] for c in _TITLE_CORES} | {a[:2] for a in TITLE_ACRONYMS})
)
# (A rule that opens with lookbehinds before TITLE puts TITLE_AHEAD first as well: it is cheaper.)
TITLE_AHEAD = rf"(?=\b(?:{_TITLE_STARTS}))"
TITLE = (
    rf"{TITLE_AHEAD}(?P<title>{_TITLE_MOD}{_TITLE_CORE}"
    rf"(?:(?:\s*,\s*|\s+(?:and|&)\s+|,\s+(?:and|&)\s+){_TITLE_MOD}{_TITLE_CORE}){{0,3}})"
)
# A person's name: two to four capitalized words, middle initials allowed (case-sensitive).
_NAME_WORD = (
    # "Sant'Anna" first, else a word that may carry an apostrophe ("O'Brien" through the prefix)
    r"(?:Mc|Mac|O['’]|D['’]|De|Di|Le|La)?(?:[A-Z][a-z\u00e0-\u00ff]+['’][A-Z][a-z\u00e0-\u00ff]+|[A-Z][a-z\u00e0-\u00ff'’]+)"
    r"(?:-[A-Za-z][a-z]+)?"
)
_NAME_NEXT = (
    rf"(?:[^\S\n]+(?:[A-Z]\.|(?:(?:van|von|de|der|den|da|di|du|le|la|del|bin|al)[^\S\n]+)*{_NAME_WORD}))"
)
PERSON = (
    # every branch starts with a capital: the lookahead turns most positions away at once
    rf"(?-i:(?=[A-Z])(?P<person>(?:(?:Mr|Ms|Mrs|Dr|Sir)\.?[^\S\n]+{_NAME_WORD}{_NAME_NEXT}{{0,3}}"
    rf"|{_NAME_WORD}{_NAME_NEXT}{{1,3}}"
    # "K. Srinivasa Rao": one initial, then two or more names ("U.S. Steel" is no person)
    rf"|(?<![\w.])[A-Z]\.[^\S\n]+{_NAME_WORD}{_NAME_NEXT}{{1,2}})))"
)
# The same pattern naming its group "person2", for a second person in one frame ("A and B").
PERSON2 = PERSON.replace("(?P<person>", "(?P<person2>")
NOT_PERSON_WORDS = frozenset(
    """The A An In On At For And But Chief Executive Officer President Chairman Vice Managing Director
    Financial Operating Technology Group Inc Corp Ltd Company Co Holdings Bank Board Said Says New Former
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Street Stock Exchange Capital Partners Ventures Global
    International National Securities Fund Investment Investments Industries University School
    Ministry Department Council Commission Agency Association Institute Times Journal Post News
    Reuters Bloomberg Analysts Analyst Shares Sales Revenue Net Profit Its It This That These""".split()
)
LOCATION = (
    r"(?-i:(?P<loc>(?:[A-Z][\w.'’]*|St\.)(?:[ -](?:[A-Z][\w.'’]*|de|del|am|upon|on|sur)){0,2}"
    r"(?:,\s+(?:[A-Z][A-Za-z.]+(?:\s+[A-Z][a-z.]+)?))?))"
)
# A place that is surely a place: a known city or country, or "City, State" ("Modesto, Calif.").
PLACE_WITH_STATE = LazyPattern(r"^[A-Z][\w.'’ -]*,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][a-z.]+)?$")
NOT_LOCATION_WORDS = frozenset(
    """The A An Its Our Their Internet Online Company Firm Group Tech Technology Software Chip
    Bank Global Privately Venture Family Investor Startup Start-up Rival Parent Asia-Pacific""".split()
)

# Nationality words: "Danish-based" names no city.
DEMONYMS = frozenset(
    """American British English Scottish Welsh Irish French German Dutch Belgian Swiss Austrian Italian Spanish
    Portuguese Swedish Danish Norwegian Finnish Icelandic Polish Czech Hungarian Greek Turkish Russian Ukrainian
    Chinese Japanese Korean Taiwanese Indian Pakistani Indonesian Malaysian Singaporean Thai Vietnamese Filipino
    Australian Canadian Mexican Brazilian Argentine Argentinian Chilean Colombian Peruvian Venezuelan Israeli
    Saudi Emirati Egyptian Nigerian Kenyan African European Asian Western Eastern Nordic Scandinavian Arab
    Foreign Domestic Local State Family Privately""".split()
)

# Places too large to be read as a headquarters after "of" ("Bank of America", "Public Service Co of
# New Hampshire" are names): US states and continents.
REGIONS = frozenset(
    """America Europe Asia Africa Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware
    Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
    Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
    Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming""".split()
) | {"New Hampshire", "New Jersey", "New Mexico", "New York State", "North Carolina", "North Dakota",
     "Rhode Island", "South Carolina", "South Dakota", "West Virginia", "North America", "South America",
     "Latin America", "the Americas"}
