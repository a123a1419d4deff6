"""The cues around a name that tell a person: a reporting verb or a role after it ("Lin
said", "Lin, chief executive"), a cue or a role noun before it ("according to Lin",
"dissident Lin Hao"), an age ("Lin, 45,") and the endings of family names; read by
:mod:`bizfacts.people`.

>>> _role_before("said dissident Lin Hao", 15)
True
"""

from __future__ import annotations

import regex

from ._numbers import AnyPattern
from ._patterns import LazyPattern

_SAID_AFTER = LazyPattern(
    r"(?:[^\S\n]*+,[^\S\n]*+\d{1,3}[^\S\n]*+,)?[^\S\n]++(?:said|says|told|added|wrote|explained|noted|"
    r"argued|insisted|declined|stated|asked|replied|warned|urged|predicted|believes|thinks)\b"
)
_ROLE_AFTER = LazyPattern(
    r"[^\S\n]*+,[^\S\n]++(?:the[^\S\n]++|a[^\S\n]++|an[^\S\n]++|its[^\S\n]++|his[^\S\n]++|her[^\S\n]++)?"
    r"(?:(?:former|then|new|acting|deputy|senior|executive|managing|vice|chief|general|co-?)[^\S\n-]*+)*"
    r"(?:president|chairman|chairwoman|chief|ceo|director|founder|co-founder|head|spokesman|spokeswoman|"
    r"spokesperson|analyst|economist|minister|secretary|manager|partner|professor|executive|chair|"
    r"governor|senator|leader|owner|editor|treasurer|strategist|trader|officer)\b"
)
_CUE_BEFORE = LazyPattern(
    r"(?:\bsaid|\bsays|\baccording[^\S\n]++to|\btold|\bby|\bwith|\bcalled|\bnamed|\bappointed|\bhired|"
    r"\breplaces?|\breplacing|\bsucceeds?|\bsucceeding|\bchief[^\S\n]++executive|\bchairman|\bfounder|"
    r"\bceo|\bpresident|\bspokesman|\bspokeswoman|\banalyst|\beconomist)[^\S\n]*+,?[^\S\n]*+$",
    regex.IGNORECASE | regex.REVERSE,  # anchored at the end: searched from there (whether it matches)
)
_LOCATIVE_BEFORE = regex.compile(r"\b(?:in|at|near)[^\S\n]+$")
_AGE_AFTER = LazyPattern(r"[^\S\n]*+,[^\S\n]*+\d{1,2}[^\S\n]*+,")
# a biography's birth after a name: "P (born 1948)", "P, born in Kyiv,", "P (b. 1950)", "P (1909 – 1996)"
_BORN_AFTER = LazyPattern(
    r"[^\S\n]*+(?:[(,][^\S\n]*+(?:born|b\.|née|nee)[^\S\n]|\((?:c\.[^\S\n]*+)?1[6-9]\d\d[^\S\n]*+[–-])"
)
# a lowercase noun for a person right before a name ("dissident Lin Hao")
_ROLE_NOUNS = (
    "leader dissident businessman businesswoman vendor negotiator rebel commander envoy "
    "official lawyer attorney judge actor actress singer writer author novelist journalist reporter "
    "correspondent candidate challenger nominee incumbent opponent colleague counterpart successor "
    "predecessor tycoon billionaire banker entrepreneur activist coach player captain manager "
    "chairman chairwoman president premier spokesman spokeswoman spokesperson economist analyst "
    "strategist director founder co-founder executive chief boss head minister secretary ambassador "
    "governor senator mayor general colonel priest cardinal archbishop bishop professor dr "
    "wife husband son daughter brother sister mother father widow uncle aunt cousin friend "
    "student teacher doctor farmer worker soldier officer detective suspect victim prisoner "
    "defendant plaintiff architect designer artist composer director producer ceo cfo coo cto "
    "trader dealer broker banker economist forecaster fund_manager portfolio_manager"
).split()
_ROLE_BEFORE = LazyPattern(
    r"(?<![\p{L}-])(?:" + "|".join(noun.replace("_", r"[^\S\n]") for noun in _ROLE_NOUNS) + r")[^\S\n]++$",
    regex.REVERSE,  # anchored at the end: searched from there (only whether it matches is read)
)
# the run of lowercase letters each noun ends in ("founder" of "co-founder", "manager" of "fund
# manager"): a match's noun ends in the letters that end the text before it, which no other
# letter precedes (the look-behind, or the hyphen or space inside the noun)
_ROLE_TAILS = frozenset(noun.replace("-", "_").rsplit("_", 1)[-1] for noun in _ROLE_NOUNS)
_LOWERCASE = "abcdefghijklmnopqrstuvwxyz"


# how many Slavic, Baltic, Balkan, Romanian, Armenian, Georgian, Greek and Turkish family names
# end ("Ivanov", "Petrova", "Kowalski", "Shevchenko", "Petrovic", "Popescu", "Sargsyan",
# "Beridze", "Papadopoulos", "Yilmazoglu")
_SURNAME_FORM = regex.compile(
    r"\p{Ll}(?:ov|ova|ev|eva|yev|yeva|sky|ski|skiy|skaya|ska|enko|chuk|yuk|vich|vych|vic|ović|ević|escu|eanu"
    r"|yan|dze|shvili|poulos|akis|oglu|oğlu|zade)\Z"
)
_SURNAME_ENDINGS = tuple(
    "ov ova ev eva yev yeva sky ski skiy skaya ska enko chuk yuk vich vych vic ović ević escu eanu "
    "yan dze shvili poulos akis oglu oğlu zade".split()
)


def surname_form(word: str) -> bool:
    """``_SURNAME_FORM`` searched in ``word``: asked only where the word ends as the pattern does."""
    return word.endswith(_SURNAME_ENDINGS) and _SURNAME_FORM.search(word) is not None


# a Chinese or Korean given name after the family name: pinyin syllables ("Longhai", "Keqiang")
# or two joined by a hyphen ("Young-hoon", "Jae-yong")
_EAST_ASIAN_GIVEN = regex.compile(
    r"(?:(?:[BPMFDTNLGKHJQXZCSRWY]|Zh|Ch|Sh)?[aeiou]{1,3}(?:ng|n|r)?)"
    r"(?:(?:[bpmfdtnlgkhjqxzcsrwy]|zh|ch|sh)?[aeiou]{1,3}(?:ng|n|r)?)?"
    r"|\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,5}"
)
# an office's noun and "of" or "at" right before a run: the run names the office's company
_OFFICE_OF_BEFORE = regex.compile(
    r"(?i)\b(?:officer|executive|chairman|chairwoman|president|director|founder|co-founder|partner|"
    r"ceo|cfo|coo|cto)[ \t]+(?:of|at)[ \t]+\Z"
)
_ARTICLE_BEFORE = regex.compile(r"(?:^|\W)(?:[Tt]he|an?|An?)\s+(?:[a-z]\w*\s+)?$")
_ARTICLE_ENDS = ("the", "The", "a", "A", "an", "An")


def _role_before(text: str, start: int) -> bool:
    """``_ROLE_BEFORE`` searched in the 30 characters before ``start``, asked only where white
    space and one of the nouns' last words end them (as every match ends: most names stand
    elsewhere, and the ``regex`` search, anchored at the end, costs as much as the rest of the
    reading of a one-word name)."""
    before = text[max(0, start - 30) : start]
    spaced = before[:-1] if before.endswith("\n") else before  # ("$" matches before a final line break)
    if not spaced or spaced[-1] == "\n" or not spaced[-1].isspace():
        return False
    word = spaced.rstrip()
    tail = word[len(word.rstrip(_LOWERCASE)) :]  # the lowercase letters that end it
    return tail in _ROLE_TAILS and _ROLE_BEFORE.search(before) is not None


# the last words of the cues of ``_CUE_BEFORE``, lowercased ("to" of "according to")
_CUE_TAILS = frozenset(
    "said says to told by with called named appointed hired replace replaces replacing succeed succeeds "
    "succeeding executive chairman founder ceo president spokesman spokeswoman analyst economist".split()
)
_ASCII_LETTERS = _LOWERCASE + _LOWERCASE.upper()
_SPACES_BUT_NEWLINE = " \t\x0b\x0c\r"  # (``[^\S\n]`` on ASCII text)


def cue_before(text: str, start: int) -> bool:
    """``_CUE_BEFORE`` searched in the 40 characters before ``start``; on ASCII text, asked only
    where one of the cues' last words ends them, but for spaces and a comma (as every match ends)."""
    before = text[max(0, start - 40) : start]
    if before.isascii():  # (elsewhere a letter may match another's case: the pattern decides)
        spaced = before[:-1] if before.endswith("\n") else before  # ("$" matches before a final line break)
        word = spaced.rstrip(_SPACES_BUT_NEWLINE).removesuffix(",").rstrip(_SPACES_BUT_NEWLINE)
        if word[len(word.rstrip(_ASCII_LETTERS)) :].lower() not in _CUE_TAILS:
            return False
    return _CUE_BEFORE.search(before) is not None


def article_before(text: str, start: int) -> bool:
    """``_ARTICLE_BEFORE`` searched in the 24 characters before ``start``: asked only where
    white space ends them and one of their last two words ends as an article does (a match's
    article ends one of them: the pattern allows one lowercase word between it and the end)."""
    begin = max(0, start - 24)
    window = text[begin:start]
    words = window.rstrip()
    if len(words) == len(window):
        return False  # ("\s+$": white space ends every match)
    if not any(w.endswith(_ARTICLE_ENDS) for w in words.rsplit(None, 2)[-2:]):
        return False
    return _ARTICLE_BEFORE.search(text, begin, start) is not None


def office_of_before(text: str, start: int) -> bool:
    """``_OFFICE_OF_BEFORE`` searched in the 32 characters before ``start``: asked only where
    "of" or "at" and spaces end them (as every match ends)."""
    begin = max(0, start - 32)
    window = text[begin:start]
    words = window.rstrip(" \t")
    if len(words) == len(window) or words[-2:].lower() not in ("of", "at"):
        return False
    return _OFFICE_OF_BEFORE.search(text, begin, start) is not None


def comma_after(pattern: AnyPattern, text: str, end: int) -> bool:
    """``pattern``, which opens with spaces and a comma (``_AGE_AFTER``, ``_ROLE_AFTER`` or their
    twins), matches at ``end``: told at once where no comma follows the spaces there (the
    ``regex`` module first looks for the pattern's comma in the whole rest of the text: a scan
    per name would make a long text without one quadratic)."""
    k = end
    size = len(text)
    while k < size and text[k] != "\n" and text[k].isspace():  # (the pattern's spaces, and a few more)
        k += 1
    return text[k : k + 1] == "," and pattern.match(text, end) is not None


# the words before a name an entity is to bear, no person's: "The joint venture, to be named Mar de
# Galicia Eólica,", "which will be called ...", "was renamed ...", "rebranded as ..." (not "named",
# which appoints: "X named Ana de la Fuente chief executive")
_ENTITY_NAMED_BEFORE = regex.compile(
    r"(?:\b(?:to|will|would|shall)[^\S\n]+be[^\S\n]+(?:named|called|renamed|known[^\S\n]+as)"
    r"|\b(?:renamed|rebranded(?:[^\S\n]+as)?|re-named))[^\S\n]+$"
)


def entity_named_before(text: str, start: int) -> bool:
    """Whether the words before ``start`` give a name to an entity ("to be named", "was renamed")."""
    if not text.endswith(" ", 0, start):
        return False
    return _ENTITY_NAMED_BEFORE.search(text, max(0, start - 28), start) is not None

