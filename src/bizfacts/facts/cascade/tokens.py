"""Tokens and tags: one character per token, each mention one token.

The first layer of the cascade.  A sentence becomes a list of :class:`Token` and a tag
string with one character per token, so that the layers above are regular expressions
over short ASCII strings:

====  =====================================  ====  ==================================
C     company mention                        V     predicate verb form ("bought")
P     person mention                         A     predicate noun ("acquisition")
L     place mention                          R     relational noun ("subsidiary")
M     money                                  Q     location noun ("headquarters")
%     percentage                             H     location participle ("based")
D     date                                   B     "<Place>-based" adjective
U     user count                             T     title ("chief executive")
N     capitalized word not in a mention      K     stake noun ("stake", "shares")
d     determiner                             j     possessive pronoun ("its")
e     pronoun ("it")                         b     be, copula ("is", "became")
h     have                                   m     modal or "did"
!     negation                               W     relative ("which", "who", "that")
c     and, or, &                             v     adverb that verb groups pass over
G     control word ("agreed", "plans")       Z     light verb ("completed", "announced")
S     reporting verb ("said")                u     premodifier of a relational noun
F     "former"                               x     other lowercase word
Y     asset noun ("mill", "hospitals")      O     causer ("required X to sell")
9     number                                 '     possessive 's
o i y t f r a w n s I p prepositions of, in, by, to, from, for, at, with, on, as, into, other
, ; : ( ) " - .         punctuation as itself (any sentence-final mark is ".")
~     any other character
====  =====================================  ====  ==================================

>>> toks = tokenize("Acme said it bought a 20% stake in Beta.", 0, [])
>>> tag_string(toks)
'NSeVd9~KiN.'
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Sequence
from typing import Any

import regex

from ..._company_words import company_words
from ..._person_tokens import PARTICLES
from ..._place_table import place_entries
from .. import lexicon as L
from .predicates import LexEntry, control_readings, noun_readings, phrase_starts, phrase_table, word_table

# one token: a word (inner apostrophes, dots, hyphens and ampersands kept: "AT&T", "U.S.",
# "Chicago-based"), a possessive 's, or one other non-space character
# ("U.S." and "D.C." keep their last dot: an abbreviation with inner dots)
# (and a middle initial keeps its dot: "Lyle K. Brandauer", and so do "St." of "St. Paul" and
# an honorific before a name, "Dr. Lena Voss"; a number keeps its thousands separators: "1,147,500")
_TOKEN = re.compile(
    # (first, the plain words most tokens are, which the alternatives after them would match
    # exactly so: an ASCII word that no word character, dot, apostrophe, "&" or hyphen follows)
    r"[a-z]+(?![\w.'’&–-])|[A-Z][a-z]+(?![\w.'’&–-])"
    # ("a 50:50 joint venture": a ratio is one number)
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d{1,2}:\d{1,2}(?![\d:])"
    r"|(?:St|Ste|Ft|Mt|Mr|Mrs|Ms|Dr|Prof)\.(?= [A-Z]| $)"
    # (a wire headline's tag joined to its first name: "UPDATE 2-Vantora agrees", "EXCLUSIVE-Brightwell")
    r"|(?:[A-Z]{3,}|\d{1,2})(?=-[A-Z][a-z])"
    r"|[^\W_](?:\.[^\W_])+\.|[A-Z]\.(?= [A-Z][a-z])"
    r"|[^\W_]+(?:['’.&–-][^\W_]+)*|['’][sS]\b|\S"
)
# a degree or professional suffix after a person's name and its comma ("Nadia Roe, Ph.D.,", ", MD,", ", CPA")
# (and the comma after it before a parenthesis: "Nadia Roe, Ph.D., (born 1950) is")
_DEGREE = re.compile(r",[ \t]*(?:Ph\.?[ \t]?D|M\.?D|J\.?D|CPA|CFA|MBA|Esq)\.?(?![\w'’-])(?:,(?=[ \t]*\())?")
# the same, each token with the white space before it (what separates two tokens): (space, token)
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")
_SECOND = operator.itemgetter(1)
_PUNCT_TAG = {
    ",": ",",
    ";": ";",
    ":": ":",
    "(": "(",
    ")": ")",
    "[": "(",
    "]": ")",
    '"': '"',
    "“": '"',
    "”": '"',
    ".": ".",
    "!": ".",
    "?": ".",
    "-": "-",
    "–": "-",
    "—": "-",
}
# light verbs that are plain participles before "by" ("a round led by Y"; "a bid announced by Y"
# keeps its light verb)
_PARTICIPLES_BEFORE_BY = frozenset({"led", "co-led"})
# the nouns of a firm by what it makes, after which a relational noun is its product: "label maker"
_MAKERS = frozenset(
    "maker makers developer developers producer producers manufacturer manufacturers publisher publishers "
    "provider providers operator operators distributor distributors".split()
)
# the words after a round's name that end its phrase ("a Series B led by Y", "a Series B from Y")
_AFTER_ROUND = frozenset(
    {"led", "co-led", "from", "with", "in", "at", "that", "which", "to", "and", "on", "for", "by"}
)
# relational nouns that are relational only before "of" ("part of the Y group")
_RELATIONAL_BEFORE_OF = frozenset({"part"})
# owners' nouns that name a company's owners only after its possessive ("Y's shareholders include
# A", "Y, whose shareholders include A"), after its name in the singular ("Y shareholder A") or
# before "of"/"in" ("a shareholder in Y"): "its shareholders approved the merger", "shareholder
# approval" name none
_OWNERS_NAMED = frozenset({"shareholder", "shareholders"})
# words that qualify the figure after them ("approximately 18.4%", "roughly $40 million")
_APPROXIMATE = frozenset({"approximately", "roughly", "nearly", "almost", "around", "about", "some"})
# a wire's ticker code between angle brackets ("<XON.N>", "<GTE>", "<BP.L>")
# verbs that make a holding known: before "a" or a figure they read as "has" ("disclosed a 6%
# stake in Y", a headline's "X discloses 5.1% stake in Y")
DISCLOSING = frozenset({"disclosed", "discloses", "revealed", "reveals", "reported"})
# lowercase particles inside names ("Bonito del Norte", "Casa da Musica", "Huis van Dijk"): the
# people reader's, and two more of firms' names
_NAME_PARTICLES = frozenset(PARTICLES) | {"della", "do"}
# verbs of getting that, before "an option", tell an option held ("received an option to acquire Y")
_GETTING = frozenset(
    {"received", "receives", "obtained", "obtains", "secured", "secures", "got", "gets", "won"}
)
# nouns that are a stake only right after a percentage ("a 6% position in Y")
_POSITION_NOUNS = frozenset({"position", "positions", "share"})
_TICKER = re.compile(r"[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?")
_PARTICIPLE = re.compile(r"^[A-Z][a-z]{3,}(?:ed|ing)$")
# the tails of a capitalized word that make it an adjective ("Canadian-led", "Saudi-backed")
_PARTICIPLE_TAILS = (
    "-led", "-backed", "-controlled", "-run", "-funded", "-sponsored", "-dominated", "-born", "-rival"
)
_HYPHEN_CUE = regex.compile(r"^(?P<loc>\p{Lu}[\p{L}.'’ -]*?)[-–](?:based|headquartered)$")


class Token:
    """A word, a fixed phrase or a mention, with its tag character.

    ``mention`` is the extractor mention for a mention token; ``lex`` what the lexicon says
    of a word or phrase.  (A plain class with slots: a sentence makes dozens of these.)
    """

    __slots__ = ("end", "lex", "mention", "start", "tag", "text")

    def __init__(
        self, start: int, end: int, text: str, tag: str, mention: Any = None, lex: LexEntry | None = None
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.tag = tag
        self.mention = mention
        self.lex = lex

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.tag!r})"


@functools.cache
def _common() -> frozenset[str]:
    return frozenset(w.casefold() for w in company_words().common)


@functools.cache
def firm_nouns() -> frozenset[str]:
    """Nouns naming a kind of company ("firm", "bank", "maker"): data/fact_nouns.tsv, classes firm
    and company_head."""
    return L.fact_nouns("firm", "company_head")


@functools.cache
def _firm_heads() -> frozenset[str]:
    """Nouns that make a deal noun before them a modifier: a kind of company ("investment firm")
    or a price ("purchase price")."""
    return firm_nouns() | {"price", "prices"}


@functools.cache
def demonyms() -> frozenset[str]:
    """Nationality adjectives ("Swiss", "Russian"): data/company_words.tsv, class demonym."""
    return frozenset(s for s, c in company_words().non_company.items() if c == "demonym")


# a word the lexicon does not take (see :func:`_lowercase_words`)
_OPEN_CLASS = LexEntry("x")


@functools.cache
def _lowercase_words() -> dict[str, LexEntry | None]:
    """What :func:`_words` makes of a word written in lowercase, read from the word alone: its
    lexicon entry, where no neighbour can change it (no phrase starts with it, no other reading
    and no test of the next word); None where one may.  A word not here is no lexicon word:
    tagged "x" (but for "al-Harbi" and its kind)."""
    starts = phrase_starts()
    nouns = noun_readings()
    known: dict[str, LexEntry | None] = dict.fromkeys(starts)
    for low, entry in word_table().items():
        if low in starts:
            continue
        # (a relational noun before a firm's noun is none: "label maker Y")
        context_free = entry.tag not in "AGVR" and low not in nouns
        if low in _PARTICIPLES_BEFORE_BY or low in _RELATIONAL_BEFORE_OF or entry.predicate == "investor":
            context_free = False  # (an investor's noun before another: "investor relations")
        known[low] = entry if context_free else None
    for low in DISCLOSING | _POSITION_NOUNS | _GETTING:  # ("disclosed a 6% stake", "a 6% position")
        known[low] = None
    known["each"] = None  # (an adverb after its subjects only: "A and B each own 50% of Y")
    return known


@functools.cache
def _tables() -> tuple[
    dict[tuple[str, ...], LexEntry],
    dict[str, LexEntry],
    dict[str, int],
    dict[str, LexEntry],
    dict[str, LexEntry],
    frozenset[str],
    dict[str, LexEntry | None],
]:
    """The tables :func:`_words` reads, fetched in one call (it runs once per stretch between mentions)."""
    return (
        phrase_table(),
        word_table(),
        phrase_starts(),
        noun_readings(),
        control_readings(),
        _firm_heads(),
        _lowercase_words(),
    )


@functools.cache
def _appointing_words() -> frozenset[str]:
    """The verbs that give a person an office (appointment_words.tsv): "Appointed P as CFO"."""
    from .office_words import word_classes  # (office_words reads the chunks this module makes)

    return frozenset(word_classes())


def _word_tag(word: str, sentence_initial: bool) -> str:
    """The tag of a word the lexicon does not take: number, capitalized or other."""
    if word[0].isdigit():
        return "9"
    if word[:3] in ("al-", "el-") and word[3:4].isupper():
        return "N"  # "Khalid Mansour al-Harbi": an Arabic article joined to a name is part of it
    if word[0].isupper():
        if ("-" in word or "–" in word) and _HYPHEN_CUE.match(word):  # (the cue needs a hyphen)
            return "B"
        if word.endswith(("-listed", "-quoted", "-traded")):
            return "x"  # "Bermuda-listed": an exchange the table does not know, an adjective, no name
        if word.endswith(_PARTICIPLE_TAILS):
            return "x"  # "a Canadian-led consortium", "Saudi-backed": an adjective, no name
        if sentence_initial and (word.casefold() in _common() or _PARTICIPLE.match(word)):
            return "x"  # a capitalized common word or participle opening a sentence ("Founded in 2018")
        if word in demonyms():
            return "x"  # "a Russian airline": an adjective
        if word.isupper() and word.casefold() in firm_nouns():
            return "x"  # "an Austin-based SPAC": a kind of company written as an acronym
        return "N"
    return "x"


def _round_after_light_verb(out: list[Token], lows: list[str], after: int) -> bool:
    """Whether a round's name ("Series B") read before ``lows[after]`` is the object of a light verb
    ("has closed a $42 million Series B."), its phrase ending there."""
    if after < len(lows) and lows[after].isalpha() and lows[after] not in _AFTER_ROUND:
        return False  # "a Series B round", "a Series B investment": the noun after it
    verb = next((t.tag for t in reversed(out[-4:]) if t.tag in "VZ"), None)
    return verb == "Z"


def tokenize(
    text: str, start: int, mentions: Sequence[tuple[int, int, str, Any]], end: int | None = None
) -> list[Token]:
    """The tokens of ``text[start:end]``; ``mentions`` are (start, end, tag, mention), sorted,
    non-overlapping, each becoming one token."""
    stop = len(text) if end is None else end
    tokens: list[Token] = []
    pos = start
    for m_start, m_end, tag, mention in (*mentions, (stop, stop, "", None)):
        if m_start < pos:
            continue
        _words(text, pos, m_start, tokens)
        qualifier = tokens[-1] if tag in ("%", "M") and tokens else None
        if qualifier is not None and qualifier.tag == "x" and qualifier.text.casefold() in _APPROXIMATE:
            tokens.pop()  # "owned approximately 18.4% of Y": the figure's qualifier, no word of the clause
        if (
            tag == "M"
            and len(tokens) > 1
            and tokens[-1].tag == "("
            and tokens[-2].tag == "M"
            and (close := text.find(")", m_end, m_end + 3)) >= 0
            and not text[m_end:close].strip()
        ):
            # "will pay 3.6 billion yuan ($540 million) for": a conversion of the amount before, no
            # word of the clause
            tokens.pop()
            pos = close + 1
            continue
        title_before = len(tokens) > 1 and (tokens[-1].tag == "T" or tokens[-2].tag + tokens[-1].tag == "T,")
        if tag == "C" and title_before:
            _relation_before_name(tokens)
        if tag:
            tokens.append(Token(m_start, m_end, text[m_start:m_end], tag, mention))
        pos = max(pos, m_end)
        if tag == "P" and text.startswith(",", m_end) and (suffix := _DEGREE.match(text, m_end, stop)):
            pos = suffix.end()  # "Nadia Roe, Ph.D., is the CEO of X": the degree is no word of the clause
    return tokens


def _relation_before_name(tokens: list[Token]) -> None:
    """"to its joint venture partner, Y", "from our long-standing partner Y": a title word after a
    possessive or an article, right before a company's name (a comma between them or not), names
    the company's relation, no office: its words become plain words (tokens end in the title, or
    in the title and the comma)."""
    title = len(tokens) - 1 if tokens[-1].tag == "T" else len(tokens) - 2
    k = title - 1
    while k >= 0 and title - k <= 4 and tokens[k].tag in "xA":
        k -= 1
    partner = tokens[title].text.casefold() in ("partner", "partners")  # "to joint-venture partner Y"
    if k >= 0 and (tokens[k].tag in "jd" or (partner and tokens[k].tag in "tfw")):
        for tok in tokens[k + 1 : title + 1]:
            tok.tag, tok.lex, tok.mention = "x", None, None


def _modifies_next(
    pairs: Sequence[tuple[str, str]], lows: Sequence[str], i: int, known: dict[str, LexEntry | None]
) -> bool:
    """Whether the word at ``i`` modifies an open-class lowercase word after it (a compound:
    "investor group", "investor relations"), so it names no relation."""
    if i + 1 >= len(lows) or lows[i].endswith("s"):  # ("investors include A": a plural heads its group)
        return False
    after = pairs[i + 1][1]
    return after[:1].islower() and known.get(lows[i + 1], _OPEN_CLASS) is _OPEN_CLASS


def _words(text: str, start: int, end: int, out: list[Token]) -> None:
    """Append the tokens of ``text[start:end]``, which holds no mention, to ``out``."""
    segment = text[start:end]
    # (space, word) of each token: one C-level pass (no token starts on a white space, and every other
    # character starts one); the offsets are summed in the loop below
    pairs = _SPACED_TOKEN.findall(text, start, end)
    if not pairs:
        return
    if "'" in segment or "’" in segment:  # a possessive to split off: "Acme's" is "Acme" and "'s"
        split: list[tuple[str, str]] = []
        for space, word in pairs:
            if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS" and word[0].isalnum():
                split.append((space, word[:-2]))
                split.append(("", word[-2:]))
            elif len(word) > 3 and word[-3] in "'’" and word[-2:] == "ve" and word[0].isalpha():
                # "We've agreed to buy Y": the pronoun and the contraction's "have" (read below)
                split.extend(((space, word[:-3]), ("", word[-3]), ("", "ve")))
            else:
                split.append((space, word))
        pairs = split
    if ".," in segment or ".;" in segment:
        pairs = _abbreviations_joined(pairs)
    table, words, starts, nouns, controls, firm_heads, known = _tables()
    # (casefolding goes character by character: the words joined, casefolded at once and split again)
    if "\0" in segment:
        lows = [w.casefold() for _space, w in pairs]
    else:
        lows = "\0".join(map(_SECOND, pairs)).casefold().split("\0")
    append = out.append
    # the tag of the last token appended ("" before the first): "initial" reads it for every capitalized word
    prev = out[-1].tag if out else ""
    n_raw = len(pairs)
    brackets = "<" in segment  # (a ticker stands between brackets)
    i = 0
    pos = start  # where the last token read ends
    while i < n_raw:
        space, word = pairs[i]
        s = pos + len(space)
        e = pos = s + len(word)
        first = word[0]
        if first.islower():  # (the commonest tokens: a lowercase word whose tag needs no neighbour)
            entry = known.get(lows[i], _OPEN_CLASS)
            if entry is _OPEN_CLASS:
                if prev == "x" and lows[i] == "group" and _possessed_modifiers(out):
                    # "sold its industrial products group to Z": a unit ("the group" alone is the company)
                    prev = "R"
                    append(Token(s, e, word, prev, None, table[("division",)]))
                    i += 1
                    continue
                if (
                    prev == "N"
                    and lows[i] in _NAME_PARTICLES
                    and i + 1 < n_raw
                    and pairs[i + 1][1][:1].isupper()
                    and not pairs[i + 1][0].strip()
                ):
                    # "the tuna brand Bonito del Norte": a particle inside a name no extractor knew
                    append(Token(s, e, word, prev))
                    i += 1
                    continue
                if word[2:3] != "-":
                    prev = "x"
                    append(Token(s, e, word, prev))
                    i += 1
                    continue
            elif entry is not None:
                if entry.tag == "Y" and i + 1 < n_raw and lows[i + 1] in _MAKERS:
                    # "global resort developer X", "hotel operator Y": what the firm runs, no asset
                    prev = "x"
                    append(Token(s, e, word, prev))
                    i += 1
                    continue
                prev = entry.tag
                append(Token(s, e, word, prev, None, entry))
                i += 1
                continue
        if not first.isalnum():
            if word in ("'", "’") and i + 1 < n_raw and pairs[i + 1] == ("", "ve"):
                # "We've acquired Y" (the "We" a slot): the contraction's "have"
                e = pos = e + 2
                prev = "h"
                append(Token(s, e, text[s:e], prev, lex=table[("has",)]))
                i += 2
                continue
            if word in "<>™®":  # "<Ashby Whitlock Plc>", "Acme™": a wire's brackets, a mark say nothing
                i += 1
                continue
            if (len(word) == 2 and word[-1] in "sS") or (
                word in ("'", "’") and out and out[-1].end == s and out[-1].text[-1:] in ("s", "S")
            ):
                named = len(word) == 2 and out and out[-1].tag == "C"
                if named and i + 1 < n_raw and lows[i + 1] in _NAME_ENDS:
                    i += 1  # "bought the pizza maker Tonio's for $310 million": the name's own 's
                    continue
                prev = "'"  # "Acme's", and "Amberly Cosmetics' unit"
            elif (
                word == "."
                and prev == "%"
                and out[-1].end == s
                and i + 1 < n_raw
                and pairs[i + 1][1].islower()
            ):
                i += 1  # "holds 38 per cent. of X's share capital": a British percentage's dot, no stop
                continue
            else:
                prev = _PUNCT_TAG.get(word, "~")
            append(Token(s, e, word, prev))
            i += 1
            continue
        if (
            brackets
            and i
            and pairs[i - 1][1] == "<"
            and i + 1 < n_raw
            and pairs[i + 1][1] == ">"
            and _TICKER.fullmatch(word)
        ):
            i += 1  # "Exxon Corp's <XON.N> Norwegian unit": a wire's ticker is no name
            continue
        capitalized = first.isupper()
        # (read only for a capitalized word: every test of it is "not capitalized or initial ...")
        # (a list item's marker opens its sentence: "- Completed the acquisition of Y")
        # (and a timeline's entry: "1985 — Needing room to grow, the company ...")
        opens_entry = prev in "-~" and (len(out) == 1 or (len(out) == 2 and out[0].tag == "D"))
        initial = capitalized and (not prev or prev in '.:"(' or opens_entry)
        low = lows[i]
        if low in starts:  # fixed phrases, longest first ("take over", "wholly owned", "head office")
            for n in range(min(starts[low], n_raw - i), 1, -1):
                entry = table.get(tuple(lows[i : i + n]))
                # (a capitalized noun is a name's word, but a round's name after a light verb is the
                # deal's noun: "has closed a $42 million Series B."; "raised a $5 million Series A" is
                # read by the verb, "a Series B round" by its noun)
                if entry is not None and (
                    not capitalized
                    or initial
                    or entry.tag not in "ARQ"
                    or (low == "series" and _round_after_light_verb(out, lows, i + n))
                ):
                    for gap, later in pairs[i + 1 : i + n]:
                        e = pos = pos + len(gap) + len(later)
                    prev = entry.tag
                    append(Token(s, e, text[s:e], prev, None, entry))
                    i += n
                    break
            else:
                entry = None
            if entry is not None:
                continue
        if low in DISCLOSING and (
            (i + 1 < n_raw and lows[i + 1] in ("a", "an")) or text[e + 1 : e + 2].isdigit()
        ):
            prev = "h"  # "X disclosed a 6% stake in Y": a holding made known, read as "has"
            append(Token(s, e, word, prev, lex=table[("has",)]))
            i += 1
            continue
        if word == "A" and i and pairs[i - 1][1] in ("Series", "series"):
            prev = "N"  # "a $14 million Series A": the round's letter, no article
            append(Token(s, e, word, prev))
            i += 1
            continue
        if low in _GETTING and i + 2 < n_raw and lows[i + 1] in ("an", "the") and lows[i + 2] == "option":
            # "X received an option to acquire the rest of Y": an option held, read as "has"
            prev = "h"
            append(Token(s, e, word, prev, lex=table[("has",)]))
            i += 1
            continue
        if low in _POSITION_NOUNS and prev == "%":
            prev = "K"  # "a 6% position in Y": a stake (a "market position" is none)
            append(Token(s, e, word, prev, lex=table[("stake",)]))
            i += 1
            continue
        entry = words.get(low)
        if entry is not None:
            if low == "each" and prev not in "CNPe":
                entry = None  # "2.20 dlrs cash each for the shares": a price's word, no adverb
            elif entry.tag == "Y" and prev == "9" and i + 1 < n_raw and pairs[i + 1][1][:1].isupper():
                entry = None  # "4 Mill Wharf, Leeds", "12 Tower Road": a street's name after its number
            elif (entry.tag in "AG" or low in nouns) and i + 1 < n_raw and lows[i + 1] in firm_heads and (
                i + 2 >= n_raw or lows[i + 2] != "combination"  # ("its proposed business combination")
            ):
                # "investment bank Y", "an acquisition company", "the purchase price", "the contract
                # packer Y": no deal
                entry = None
            elif low == "worth" and prev not in "bv":
                entry = None  # "X is (now) worth M"; not "a stake worth M": no verb after a noun
            elif entry.tag == "R" and i + 1 < n_raw and lows[i + 1] in _MAKERS:
                entry = None  # "Dutch label maker Y", "app developer Y": what the firm makes, no unit
            elif low in _PARTICIPLES_BEFORE_BY and i + 1 < n_raw and lows[i + 1] == "by":
                entry = None  # "a company led by P", "a round led by Y": a participle, no light verb
            elif (
                entry.tag == "A"
                and prev == "d"
                and i + 1 < n_raw
                and lows[i + 1] in _LED
                and len(out) > 1
                and out[-2].tag == "y"
            ):
                entry = None  # "acquired by a consortium led by X": the buyers' group, no venture
            elif low in _RELATIONAL_BEFORE_OF and (
                i + 1 >= n_raw or lows[i + 1] != "of" or (i and lows[i - 1] == "as")
            ):
                entry = None  # "X is part of Y", not "Z intends to take part" nor "As part of the deal"
            elif (
                low in _OWNERS_NAMED
                and prev != "'"
                and (i == 0 or lows[i - 1] != "whose")
                and (prev != "C" or low == "shareholders")
                and (i + 1 >= n_raw or lows[i + 1] not in ("of", "in"))
                and (i < 2 or lows[i - 2] != "among")  # ("counts X among its shareholders": the relation)
            ):
                # "its shareholders approved", "subject to shareholder approval", "Y shareholders
                # voted for the takeover" (the owners as a body), not "Y shareholder A said"
                entry = None
            elif entry.tag == "R" and entry.predicate == "investor" and _modifies_next(pairs, lows, i, known):
                entry = None  # "an investor group led by", "investor relations": a plain word
        if entry is None:
            # (_word_tag(), its commonest answers first)
            # ("al-Harbi": _word_tag() reads a lowercase article joined to a name)
            plain = not capitalized and not first.isdigit() and word[2:3] != "-"
            prev = "x" if plain else _word_tag(word, initial)
            if (
                initial
                and prev == "x"
                and not opens_entry  # ("- Appointed P as CFO": a list item opens with its verb)
                and i + 1 < n_raw
                and pairs[i + 1][1][:1].isupper()
                and _PARTICIPLE.match(word)
                and low not in _common()
                and low not in _appointing_words()
            ):
                prev = "N"  # "Halsted Yarns said": a name that ends as a participle does, then a name word
            if (
                prev == "N"
                and out
                and out[-1].tag == "x"
                and out[-1].text[:1].isupper()
                and out[-1].end + 1 == s
                and any(not p.word for p in place_entries(f"{out[-1].text} {word}"))
            ):
                prev = "x"  # "Saudi Arabia" where the places reader did not run: a place, never a name
            append(Token(s, e, word, prev))
            i += 1
            continue
        if (
            entry.tag in "GV"
            and low in nouns
            and out
            and (
                prev in "dj'ME"  # (an exchange: "its Nasdaq debut")
                or (prev == "D" and len(out) > 1 and out[-2].tag in "dj'")  # "the 2022 purchase of Y"
                # ("a recommended cash offer for Y": two modifiers after the article)
                or (prev in "xZv" and (entry.tag == "G" or _NOUN_OPENED.search(tag_string(out[-3:-1]))))
                # "a 520p-a-share offer for Y": a price per share before the noun
                or (prev == "x" and len(out) > 2 and out[-2].tag == "-" and out[-3].tag == "M")
                # a headline's "X completes purchase of Y": a light verb before a bare noun and "of"
                or (prev == "Z" and i + 1 < n_raw and lows[i + 1] == "of")
            )
            and (i + 1 >= n_raw or lows[i + 1] != "to")
        ):
            entry = nouns[low]  # "the rival bid for Y", "its offer of $5 a share": the noun, not control
        elif entry.tag == "V" and i + 1 < n_raw and lows[i + 1] == "to" and low in controls:
            entry = controls[low]  # "offered to buy Y": the control word, not the bid verb
        # ("its IPO on the Nasdaq": a deal noun written as an acronym in capitals)
        acronym = entry.tag == "A" and word.isupper()
        # (a filing's defined "Shares" after a possessive or an article is the stake noun: "X's Shares
        # are listed on", "the Shares")
        defined = entry.tag == "K" and prev in "'djC"
        if not capitalized or initial or entry.tag not in "ARQVGZKSHux" or acronym or defined:
            prev = entry.tag
            append(Token(s, e, word, prev, None, entry))
        else:
            prev = _word_tag(word, initial)
            append(Token(s, e, word, prev))
        i += 1


_LED = frozenset({"led", "headed"})
# the tags of the two tokens before a modifier that make a deal word after it a noun ("its proposed offer")
_NOUN_OPENED = re.compile(r"[dj'Mv]$|[dj'M]x$")
# what follows a name ending in "'s" that is no possessive ("Tonio's for $310 million")
_NAME_ENDS = frozenset({"for", "and", "or", "in", "from", "to", ",", ".", ";", ")"})


def _possessed_modifiers(out: Sequence[Token]) -> bool:
    """Whether the tokens before end in "its" or "their" and one to four plain lowercase words
    ("its specialty chemicals")."""
    k = len(out) - 1
    while k >= 0 and len(out) - k <= 4 and out[k].tag == "x":
        k -= 1
    return k >= 0 and k < len(out) - 1 and out[k].tag == "j" and out[k].text.casefold() in ("its", "their")


def _abbreviations_joined(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (space, word) pairs with a region's abbreviation and its dot made one word where a
    comma or semicolon follows: "Dover, Del., for $1 mln" (that dot ends no sentence)."""
    out: list[tuple[str, str]] = []
    n = len(pairs)
    for i, (space, word) in enumerate(pairs):
        if (
            word == "."
            and not space
            and out
            and i + 1 < n
            and pairs[i + 1][1] in (",", ";")
            and any(e.kind == "region" for e in place_entries(out[-1][1] + "."))
        ):
            out[-1] = (out[-1][0], out[-1][1] + ".")
        else:
            out.append((space, word))
    return out


def tag_string(tokens: Sequence[Token]) -> str:
    """One character per token."""
    return "".join(t.tag for t in tokens)
