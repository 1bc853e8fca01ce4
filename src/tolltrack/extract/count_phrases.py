"""Count phrases: the words around a number that say whom it counts and what happened to them.

``extract/mentions.py`` asks these readers about each number: the counted noun after it ("13 ISIS
members", "40 of the army troops"), a trigger before it ("killing 13", "the death of 173"), a tally
noun ("the death toll rose to 64") and a trigger after the noun phrase ("... were killed"). The
word lists here are grammar, not vocabulary: the vocabulary is in ``data/statuses.toml`` and
``data/persons.toml`` (``StatusLexicon``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tolltrack.extract.numbers import match_phrase
from tolltrack.extract.state import Token

if TYPE_CHECKING:
    from tolltrack.extract.mentions import StatusLexicon

_NP_STOP = {
    "were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "who", "which", "that",
    "in", "on", "at", "by", "from", "during", "since", "after", "before", "while", "when", "as", "to",
    "into", "for", "near", "with", "through", "under", "over", "amid", "due", "because", "across",
    ",", ";", ".", ":", "(", ")", "!", "?", "the", "and", "or", "but", "where", "whose", "they", "their",
}
_CLAUSE_END = {";", ".", ":", "!", "?", "while", "whereas", "but", "meanwhile", "however"}
_SUBSET_CUES: dict[tuple[str, ...], str] = {
    ("including",): "in", ("among", "them"): "in", ("among", "whom"): "in", ("of", "whom"): "in",
    ("consisting", "of"): "in", ("comprising",): "in", ("among", "them", "are"): "in",
    ("there", "are"): "in", ("among", "the", "dead", "were"): "in", ("including", "a", "total", "of"): "in",
    ("included",): "in", ("dead", "included"): "in", ("victims", "included"): "in",
}
_COORD = {",", "and", "as", "well", "in", "addition", "to", "plus", "also", "besides", "while", "another"}
_GAP = {'"', "'", "the", "a", "an", "of", "total", "least", "at", "some", "only", "also", "another", "further",
        "additional", "other", "more", "about", "nearly", "around", "over", "than", "approximately",
        "his", "her", "their", "its", "these", "those", "all",
        "group", "band", "family"}  # ("detained a group of four separatists", "killed a family of seven")
_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”"})
# words between a bare number and its verb that say how sure the report is
_HEDGES = frozenset({"reportedly", "reported", "believed", "feared", "allegedly", "confirmed"})
_MODIFIER_NOUNS = frozenset({"village", "town", "area", "battalion", "brigade", "vehicle", "car"})
_TOLL_VERBS = {"to", "reached", "reach", "reaches", "at", "hit", "stands", "stood", "rose", "risen",
               "increased", "climbed", "jumped", "surged", "totalled", "totaled", "is", "was", "were", "passes",
               "passed", "tops", "topped", "exceeds", "exceeded", "surpasses", "surpassed", "above", "past", "rises",
               "climbs", "jumps", "now"}
# "seven people accused of belonging to ISIS cells": the tie names the side
_TIES = {"accused", "suspected", "belonging", "affiliated", "linked", "loyal", "links", "ties", "tied"}
_REPORT_VERBS = {"said", "say", "says", "told", "reported", "added", "recounted", "described", "confirmed"}
_VERBISH = {"were", "was", "are", "is", "have", "has", "had", "been", "who", "which", "that", "while"}
_STATUS_ADJ = {"injured", "wounded", "dead", "killed", "slain", "kidnapped", "abducted", "missing", "detained"}
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve", "dozens", "several", "tens", "hundreds", "scores", "thousands"}
_ATTACK_WORDS = {"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "clash", "clashes",
                 "ambush", "ambushes", "bombing", "bombings", "shelling", "explosion", "blast", "raid",
                 "raids", "assault", "offensive", "fighting", "battle", "battles", "bombardment"}


def _noun_phrase(toks: list[Token], n1: int, lex: StatusLexicon) -> tuple[str | None, int, str]:
    """Find the counted noun after the number: (head, end index, status adjective).

    head is None when there is no noun, "" when the noun is not a person.
    """
    k = n1
    status = ""
    # partitive: "40 of the army troops", "two of their members"
    if k < len(toks) and toks[k].lower == "of":
        j = k + 1
        while j < len(toks) and toks[j].lower in {"the", "their", "its", "his", "her", "them", "these", "those",
                                                   "whom"}:
            if toks[j].lower in {"them", "whom"}:
                # "46 of them were children", "1,688 of them civilians"
                k = j + 1 + (j + 1 < len(toks) and toks[j + 1].lower in {"were", "are", "being"})
                if k < len(toks) and toks[k].lower in lex.persons:
                    return toks[k].lower, k + 1, ""
                return "them", j + 1, ""
            j += 1
        k = j
    limit = min(len(toks), k + 7)
    while k < limit:
        w = toks[k].lower
        if w in lex.not_person and not (w in _MODIFIER_NOUNS and any(
                toks[j].lower in lex.persons for j in range(k + 1, min(len(toks), k + 3)))):
            return "", k, ""  # (but "12 village defence volunteers": the village only says which volunteers)
        nxt_person = any(j < len(toks) and toks[j].lower in lex.persons and toks[j].lower not in lex.nouns
                         for j in (k + 1, k + 2)) and toks[k + 1].lower not in _NP_STOP
        if w in lex.nouns and w in lex.persons and not nxt_person:
            return w, k + 1, lex.nouns[w]
        if nxt_person and (w,) in lex.after and w in _STATUS_ADJ:
            status = lex.after[(w,)]
            k += 1
            continue
        if w == "ethnic":
            # "200 ethnic Amhara", "12 ethnic Hazaras": a people; "three ethnic armed groups" is not
            named = k + 1 < len(toks) and toks[k + 1].text[:1].isupper()
            return ("ethnic", k + 2, status) if named else ("", k, "")
        if w in lex.persons:
            end = k + 1
            # "army soldiers and reservists", "members of the security forces and militiamen allied to them"
            while end < len(toks) and (toks[end].lower not in (_NP_STOP - {"of", "the", "and", "their", "its"})
                                       or toks[end].lower in {"to", "with"} and _TIES & {t.lower for t in toks[k:end]}):
                if toks[end].lower in {"and", "the"} and end + 1 < len(toks) and (
                    _is_number(toks[end + 1]) or toks[end + 1].lower in {"a", "an"}):
                    break
                if toks[end].lower == "and" and end + 1 < len(toks) and toks[end + 1].lower in {"other", "others"}:
                    break
                if (toks[end].lower,) in lex.after or match_phrase(toks, end, lex.after):
                    break
                if end - k > 12:
                    break
                if toks[end].lower.endswith("ing") and toks[end - 1].lower in lex.persons and \
                        toks[end].lower not in TYING:
                    break  # "four rangers escorting teachers": who they were with is no part of the count
                end += 1
            while end > k + 1 and toks[end - 1].lower in {"and", "the", "their", "its", "of"}:
                end -= 1
            return w, end, status
        if (w,) in lex.after and w in _STATUS_ADJ:
            status = lex.after[(w,)]
            k += 1
            continue
        if (w in _NP_STOP and not _acronym(toks, k)) or _is_number(toks[k]):
            break  # (but "four IS fighters": the group's initials, not the verb)
        k += 1
    return None, n1, ""


def _acronym(toks: list[Token], k: int) -> bool:
    """ "IS" in "four IS fighters" (not "WERE" in a headline written in capitals)."""
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    return 2 <= len(toks[k].text) <= 4 and toks[k].text.isupper() and not nxt.isupper()


# participles that say whose the people are ("fighters belonging to the regime"), not whom they were with
TYING = frozenset({"belonging", "serving", "working", "fighting", "operating", "hailing", "coming", "living",
                    "residing", "affiliated", "including"})


def _is_number(tok: Token) -> bool:
    return tok.text[:1].isdigit() or tok.lower in _NUMBER_WORDS


_POSSESSIVES = frozenset({"his", "her", "their"})


def _before(toks: list[Token], i0: int, lex: StatusLexicon) -> str:
    """A trigger just before the count: "killing at least 8", "the death of 41"."""
    j = i0
    while j > 0 and toks[j - 1].lower in _GAP and i0 - j < 4:
        j -= 1
    for end in {j, i0}:
        hit = match_phrase(toks, end, lex.before, backwards=True)
        if hit:
            return hit[1]
        # light verbs: "left 52 people dead" is resolved by the adjective after the noun
        if end > 0 and toks[end - 1].lower in lex.light:
            status = _after(toks, i0 + 1, lex, light=True)
            if not status and toks[end - 1].lower in _TAKE and _taken_away(toks, i0 + 1):
                return "captured"  # "took two businessmen from the hotel": people taken away are abducted
            return status
    # "wounded an Iraqi army officer and two soldiers": the verb governs both objects
    # "killing a woman and her two children", "killing the train driver and at least six security personnel"
    conj = j - 1 - (j > 1 and toks[j - 1].lower in {"her", "his", "their", "its"})
    if conj > 1 and toks[conj].lower == "and":
        # "killing candidate Haroon Bilour and at least 12 others": a person named, his office before him
        name = conj
        while name > 1 and toks[name - 1].text[:1].isupper() and toks[name - 1].text.isalpha() and conj - name < 4:
            name -= 1
        for start in (name, name - 1):  # (the office, one word: "candidate", "journalist")
            hit = match_phrase(toks, start, lex.before, backwards=True) if name < conj and start > 0 else None
            if hit:
                return hit[1]
        # ("killed his wife and two sons", "killed a police officer, his wife and two sons": a list of people)
        # ("killing the 74-year-old cleric and at least five of his visitors": a hyphened age is one word)
        # ("killed a separatist commander known as 'General Ebube' and two of his fighters": a name is one word)
        window = toks[max(0, conj - 12) : conj]
        reach = 7 + 2 * sum(t.text == "-" for t in window) + sum(
            t.text[:1].isupper() or t.text in _QUOTES for t in window[-6:]) + 2 * any(
            t.lower == "known" for t in window[-8:])
        for k in range(conj - 1, max(0, conj - reach), -1):
            w = toks[k].lower
            if k + 1 < conj and toks[k + 1].text[:1].isupper() and toks[k].text.islower():
                # "killed Chechen leader Akhmat Kadyrov and more than 20 others": a title and a name, no article
                hit = match_phrase(toks, k + 1, lex.before, backwards=True)
                if hit:
                    return hit[1]
            if k == conj - 1 and w in {"him", "her"}:  # "a rocket attack that killed him and two bodyguards"
                hit = match_phrase(toks, k, lex.before, backwards=True)
                if hit:
                    return hit[1]
            if w in {"a", "an", "one", "the"} or w in _POSSESSIVES and k + 1 < conj and \
                    toks[k + 1].lower in lex.persons and not toks[k + 1].lower.endswith("s"):  # (not "their lives")
                hit = match_phrase(toks, k, lex.before, backwards=True)
                if hit:
                    return hit[1]
                if w in _POSSESSIVES and k > 0 and toks[k - 1].lower == ",":
                    continue
                return ""
            if w in _CLAUSE_END or w == "," and toks[k + 1].lower not in _POSSESSIVES | {"a", "an"} or \
                    w.endswith("ing"):
                break  # (nor "killing a contractor and wounding four troops and two others": another verb's)
    return ""


def _toll(toks: list[Token], i0: int, lex: StatusLexicon) -> str:
    """ "the death toll rose to 64", "the number of fatalities ... increased to 97"."""
    for end in (i0, i0 - 1):
        earlier = {t.lower for t in toks[max(0, end - 5) : end]} & {"initial", "earlier", "previous", "first", "from"}
        if end >= 2 and toks[end - 1].lower == "toll" and (end == i0 or toks[end].lower == "of") and not earlier:
            hit = match_phrase(toks, end, lex.toll, backwards=True)
            if hit:
                return hit[1]  # a headline's "death toll 17", "disputes the reported toll of 93"
    at = i0
    while at > 0 and toks[at - 1].text in _QUOTES:
        at -= 1  # "put the dead at 'more than a dozen'": the quoted words are the count
    if at == 0 or toks[at - 1].lower not in _TOLL_VERBS:
        return ""
    for j in range(at - 1, -1, -1):
        if toks[j].lower in _CLAUSE_END - {"while"} and j < at - 1:
            break
        hit = match_phrase(toks, j + 1, lex.toll, backwards=True)
        if hit:
            return hit[1]
        # "the number of camp residents killed since January to 19"
        if toks[j].lower == "number" and j + 1 < at and toks[j + 1].lower == "of":
            for w in toks[j + 2 : min(at, j + 7)]:
                if (w.lower,) in lex.after:
                    return lex.after[(w.lower,)]
    # the tally noun after the number: "it climbed to 57 at least, the count of civilian victims"
    for j in range(i0, min(len(toks), i0 + 14)):
        if toks[j].lower in {"which", "that", ";", "."}:
            break
        hit = match_phrase(toks, j, lex.toll)
        if hit:
            return hit[1]
        # "raised to 18 the number of inmates killed"
        if toks[j].lower == "number" and j + 1 < len(toks) and toks[j + 1].lower == "of":
            for w in toks[j + 2 : min(len(toks), j + 7)]:
                if (w.lower,) in lex.after:
                    return lex.after[(w.lower,)]
    return ""


# verbs that, right after a noun phrase and before an object, tell what its people did, not what befell them
_ACTIVE = frozenset({"killed", "shot", "abducted", "kidnapped", "wounded", "injured", "captured", "seized",
                     "executed", "beheaded", "murdered", "slaughtered"})
_SAID = frozenset({"said", "say", "says", "reported", "told", "added", "stated", "confirmed"})
_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "be", "is", "are", "get", "gets", "got", "getting"})
_OBJECT_START = frozenset({"a", "an", "his", "her", "their", "its", "two", "three", "four", "five", "six", "seven",
                           "eight", "nine", "ten", "several", "dozens", "scores", "hundreds", "some", "at"})
_DISTANCE = frozenset({"km", "kilometres", "kilometers", "miles", "metres", "meters", "m"})
_NOT_OBJECT = frozenset({"day", "night", "previous", "same", "next", "following", "morning", "evening", "week"})
_NAME_NOT_OBJECT = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "in",
                              "on", "at", "as", "after", "when", "while", "near", "and", "but", "by"})


def _object_follows(toks: list[Token], j: int) -> bool:
    """An object starts at ``j``: "a police officer", "the village chief", "Ruslan Amerkhanov", "12 people"."""
    if j >= len(toks):
        return False
    w = toks[j].lower
    if w == "the":
        return j + 1 < len(toks) and toks[j + 1].lower not in _NOT_OBJECT
    if w in _OBJECT_START or w.isdigit():
        nxt = toks[j + 1].lower if j + 1 < len(toks) else ""
        if nxt in _DISTANCE:
            return False  # a headline's "three soldiers killed 5 km from Mosul": a distance, no object
        return w != "at" or nxt in {"least", "most"}
    return toks[j].text[:1].isupper() and w not in _NAME_NOT_OBJECT and not toks[j].text.isupper()


# verbs of dying that take no object: "... have died", "a police officer died and two were injured"
DIED = frozenset({"died", "dies", "die", "succumbed", "perished", "drowned"})


def _relative(toks: list[Token], k: int, j: int) -> bool:
    """The trigger at ``j`` is in a relative clause on the counted people: "... who were wounded"."""
    return any(toks[i].lower in {"who", "that"} for i in range(max(k, j - 4), j))


def _died_later(toks: list[Token], j: int, limit: int) -> bool:
    """The main clause after the relative one says they died: "... had died", "... later succumbed"."""
    for i in range(j, limit):
        w = toks[i].lower
        if w in _CLAUSE_END or w in {"who", "which", "when", "after", "while"}:
            return False
        if w in DIED:
            return True
    return False


_TAKE = frozenset({"took", "taken", "take", "takes", "taking"})


def _taken_away(toks: list[Token], k: int) -> bool:
    """ "... from the Novotel", "... away": the people were taken from where they were."""
    for j in range(k, min(len(toks), k + 10)):
        w = toks[j].lower
        if w in {"from", "away", "hostage", "captive"}:
            return True
        if w in _CLAUSE_END or w in {"to", "into"}:
            return False
    return False


def _after(toks: list[Token], k: int, lex: StatusLexicon, light: bool = False) -> str:
    """A trigger after the noun phrase: "... were killed", "left five ... dead"."""
    limit = min(len(toks), k + (12 if light else 25))
    depth = 0
    j = k
    clause = False  # past ", when ...": another clause, whose verb has a subject of its own
    while j < limit:
        w = toks[j].lower
        if w in {"when", "after"} and j > k and toks[j - 1].lower == "," and depth == 0:
            clause = True
        if w in {"(", "-"} and j + 1 < len(toks) and toks[j + 1].lower in {"including", "-", "among"}:
            depth += 1
        elif w == ")":
            depth = max(0, depth - 1)
        elif w in _CLAUSE_END and depth == 0:
            break
        elif w == "and" and toks[j - 1].lower == "," and depth == 0 and \
                any(t.lower in _SAID for t in toks[j + 1 : j + 5]):
            break  # "Thousands of residents fled, and officials said 30 were killed": the others' count
        hit = match_phrase(toks, j, lex.after)
        # "killed ... the soldiers", "families of the abducted": the trigger belongs to other people
        noun_of_other = (w in lex.persons and not light and j > k and toks[j - 1].lower in {"the", "of"}) or (
            j >= k + 2 and toks[j - 1].lower == "the" and toks[j - 2].lower == "of")
        if hit and clause and toks[j - 1].lower not in {"was", "were", "been", "are", "is", "be"}:
            return ""  # "300 residents have fled since Saturday, when gunmen killed a village head"
        if hit and (j == k or toks[j - 1].lower not in _PASSIVE_AUX) and w in _ACTIVE and \
                _object_follows(toks, j + hit[0]):
            # "two gunmen (who) killed a police officer": the two did it; their victim is counted apart
            # ("Four gunmen disguised as staff seized an Airbus", "220 people aboard ... and killed two passengers")
            return ""
        if hit and not noun_of_other and (not light or hit[1] != "killed" or w in {"dead", "killed", "died"}):
            if hit[1] != "killed" and not light and _relative(toks, k, j) and _died_later(toks, j + hit[0], limit):
                return "killed"  # "two soldiers who were wounded in the ambush have died"
            return hit[1]
        if light and w in {"injured", "wounded"}:
            return "injured"
        j += 1
    return ""
