"""The people and place readers' fast paths: each reads what the plain loop it spares reads."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bizfacts import _person_cues, people, places
from bizfacts._word_split import split_words

_PIECES = (
    "Jean de la Tour van der Berg bin al y ter des Mr. Ms. Dr. R. K. Nair Anna Lars Erik Solberg Jr. III "
    "Chief Executive President Broker Acme Corp Corp. Inc. Bank The A. A The New York Paris St. Louis "
    "Rio Janeiro São Paulo SÃO PAULO RIO DE JANEIRO Zürich London-based Ill. Ohio Lisle Reading Smith "
    "Chen Longhai Ivanov Petrovic O'Neill Jean-Pierre said says analyst trader in of at from to 45 1987 "
    "Jan. Q3 U.S. ÖSTERREICH Ωmega dex lax"
).split()
_GLUE = [" ", " ", " ", "", ", ", ". ", "\t", "\n", "-", "'", "(", "'s "]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_PIECES), max_size=16))
    glue = draw(st.lists(st.sampled_from(_GLUE), min_size=len(words), max_size=len(words)))
    return "".join(w + g for w, g in zip(words, glue, strict=True))


def _plain_runs(words: list[str], starts: list[int], ends: list[int], text: str) -> list[tuple[int, int]]:
    """The runs as the reader read them token by token (before ``_RUN``), as character spans."""
    out = []
    i = 0
    while i < len(words):
        if not words[i][:1].isupper():
            i += 1
            continue
        j = i
        while j + 1 < len(words) and text[ends[j] : starts[j + 1]] in (" ", "\t"):
            nxt = words[j + 1]
            if nxt[:1].isupper():
                j += 1
                continue
            if nxt in people._PARTICLES:
                k = j + 1
                while k + 1 < len(words) and words[k + 1] in people._PARTICLES:
                    k += 1
                if k + 1 < len(words) and words[k + 1][:1].isupper() and people._is_name_word(words[k + 1]):
                    j = k + 1
                    continue
            break
        out.append((starts[i], ends[j]))
        i = j + 1
    return out


@settings(max_examples=500, deadline=None)
@given(text=_texts())
def test_person_runs_are_those_of_the_token_loop_over_every_token(text: str) -> None:
    # every token (particles that follow no capitalized word too), split by the token pattern
    reader = people._Reader(text, [])
    words, starts, ends = split_words(people._TOKEN, text)
    for k, word in enumerate(words):
        if word.endswith(".") and people._drops_dot(word):
            words[k], ends[k] = word[:-1], ends[k] - 1
    found = [(reader.starts[i], reader.ends[j]) for i, j in reader.runs()]
    found += [(reader.starts[k], reader.ends[k]) for k in reader.lone_words()]
    assert sorted(found) == _plain_runs(words, starts, ends, text)
    # the tokens kept are the pattern's, in order
    kept = list(zip(reader.starts, reader.ends, strict=True))
    assert kept == sorted(set(kept) & set(zip(starts, ends, strict=True)))


def _every_name_alone(word: str) -> str:
    if word[:1].isupper():
        return "L" if people._is_name_word(word) else "C"
    return "p" if word in people._PARTICLES else "o"


@settings(max_examples=300, deadline=None)
@given(text=_texts())
def test_people_found_with_every_run_read_are_the_same(text: str) -> None:
    expected = people.extract_people(text, companies=[])
    with pytest.MonkeyPatch.context() as m:
        # every capitalized word a name alone: the reader then reads every run of one word in full
        m.setattr(people, "_lone_name", lambda word: True)
        m.setattr(people, "_run_class", _every_name_alone)
        m.setattr(people, "person_tokens", lambda t: split_words(people._TOKEN, t))
        m.setattr(people, "_no_name", lambda words: False)
        assert people.extract_people(text, companies=[]) == expected


@settings(max_examples=300, deadline=None)
@given(text=_texts())
def test_places_found_with_every_capitalized_word_read_are_the_same(text: str) -> None:
    expected = places.extract_places(text, companies=[], people=[])
    with pytest.MonkeyPatch.context() as m:
        m.setattr(places, "_may_start", lambda word: 2 if word[:1].isupper() else 0)
        assert places.extract_places(text, companies=[], people=[]) == expected


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=" \t\n\x0b\x1c\x85\xa0\u2028\u3000rdzA-.,", max_size=12), st.sampled_from(
    ["", "chairman", "fund manager", "ceo ", "dr", "Dr", "leader", "dealer-"]
))
def test_role_before_is_the_pattern_searched(tail: str, role: str) -> None:
    text = role + tail + "Lin"
    start = len(text) - 3
    expected = _person_cues._ROLE_BEFORE.search(text[max(0, start - 30) : start]) is not None
    assert _person_cues._role_before(text, start) == expected


def test_a_long_name_s_tail_takes_the_long_name() -> None:
    text = "Zhang Li Wei spoke. Dr. Li Wei left. Anna Berg and Lars Berg met Mr. Berg."
    found = [(m.text, m.name) for m in people.extract_people(text, companies=[])]
    assert ("Li Wei", "Zhang Li Wei") in found and ("Zhang Li Wei", "Zhang Li Wei") in found
