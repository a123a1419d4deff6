"""The cues around a name that tell a person: a reporting verb or a role after it ("Lin
said", "Lin, chief executive"), a cue or a role noun before it ("according to Lin",
"dissident Lin Hao"), an age ("Lin, 45,") and the endings of family names; read by
:mod:`bizfacts.people`.

>>> _role_before("said dissident Lin Hao", 15)
True
"""

from __future__ import annotations

import regex

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
_ROLE_BEFORE = LazyPattern(
    r"(?<![\p{L}-])(?:leader|dissident|businessman|businesswoman|vendor|negotiator|rebel|commander|envoy|"
    r"official|lawyer|attorney|judge|actor|actress|singer|writer|author|novelist|journalist|reporter|"
    r"correspondent|candidate|challenger|nominee|incumbent|opponent|colleague|counterpart|successor|"
    r"predecessor|tycoon|billionaire|banker|entrepreneur|activist|coach|player|captain|manager|"
    r"chairman|chairwoman|president|premier|spokesman|spokeswoman|spokesperson|economist|analyst|"
    r"strategist|director|founder|co-founder|executive|chief|boss|head|minister|secretary|ambassador|"
    r"governor|senator|mayor|general|colonel|priest|cardinal|archbishop|bishop|professor|dr|"
    r"wife|husband|son|daughter|brother|sister|mother|father|widow|uncle|aunt|cousin|friend|"
    r"student|teacher|doctor|farmer|worker|soldier|officer|detective|suspect|victim|prisoner|"
    r"defendant|plaintiff|architect|designer|artist|composer|director|producer|ceo|cfo|coo|cto|"
    r"trader|dealer|broker|banker|economist|forecaster|fund[^\S\n]manager|portfolio[^\S\n]manager)"
    r"[^\S\n]++$",
    regex.REVERSE,  # anchored at the end: searched from there (only whether it matches is read)
)


# how many Slavic, Baltic, Balkan, Romanian, Armenian, Georgian, Greek and Turkish family names
# end ("Ivanov", "Petrova", "Kowalski", "Shevchenko", "Petrovic", "Popescu", "Sargsyan",
# "Beridze", "Papadopoulos", "Yilmazoglu")
_SURNAME_FORM = regex.compile(
    r"\p{Ll}(?:ov|ova|ev|eva|yev|yeva|sky|ski|skiy|skaya|ska|enko|chuk|yuk|vich|vych|vic|ović|ević|escu|eanu"
    r"|yan|dze|shvili|poulos|akis|oglu|oğlu|zade)\Z"
)
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


def _role_before(text: str, start: int) -> bool:
    """``_ROLE_BEFORE`` searched in the 30 characters before ``start``, asked only where a
    lowercase letter and white space end them (as every match ends: most names stand elsewhere)."""
    before = text[max(0, start - 30) : start]
    spaced = before[:-1] if before.endswith("\n") else before  # ("$" matches before a final line break)
    if not spaced or spaced[-1] == "\n" or not spaced[-1].isspace():
        return False
    last = spaced.rstrip()[-1:]
    return "a" <= last <= "z" and _ROLE_BEFORE.search(before) is not None
