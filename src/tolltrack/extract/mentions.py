"""Casualty mentions: which numbers count people, and what happened to them.

A number becomes a mention when it heads a noun phrase of people ("13 ISIS members",
"40 of the army troops") or when a status word binds it directly ("killing 13",
"the death toll rose to 64"). The status comes, in order of trust, from the counted
noun itself ("35 fatalities"), a trigger before the number ("the death of 173"), a
tally noun ("the number of fatalities ... increased to 97"), a trigger after the
noun phrase ("... were killed"), or the list or total the number belongs to
("including 11 children", a bullet under "they are as follows:").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from tolltrack.data import load
from tolltrack.extract.count_phrases import (
    _ATTACK_WORDS,
    _COORD,
    _HEDGES,
    _NP_STOP,
    _REPORT_VERBS,
    _STATUS_ADJ,
    _SUBSET_CUES,
    _VERBISH,
    DIED,
    _after,
    _before,
    _noun_phrase,
    _toll,
)
from tolltrack.extract.numbers import match_phrase
from tolltrack.extract.state import DocState, Mention, Quantity, Sentence, Token


@dataclass(frozen=True)
class StatusLexicon:
    before: dict[tuple[str, ...], str]
    after: dict[tuple[str, ...], str]
    nouns: dict[str, str]
    toll: dict[tuple[str, ...], str]
    light: frozenset[str]
    persons: dict[str, str]
    not_person: frozenset[str]


@cache
def status_lexicon() -> StatusLexicon:
    data = load("statuses")
    persons = load("persons")
    before: dict[tuple[str, ...], str] = {}
    after: dict[tuple[str, ...], str] = {}
    nouns: dict[str, str] = {}
    toll: dict[tuple[str, ...], str] = {}
    for status in ("killed", "injured", "captured", "missing"):
        entry = data[status]
        for w in entry["before"]:
            before.setdefault(tuple(w.split()), status)
        for w in entry["after"]:
            after.setdefault(tuple(w.split()), status)
        for w in entry["nouns"]:
            nouns.setdefault(w, status)
        for w in entry["toll"]:
            toll.setdefault(tuple(w.split()), status)
    return StatusLexicon(before, after, nouns, toll, frozenset(data["light"]["verbs"]),
                         dict(persons["person"]), frozenset(persons["not_person"]["words"]))


def lexicon_words() -> set[str]:
    """Words that obfuscated spellings ("k-illed") are checked against."""
    lex = status_lexicon()
    words = {w for phrase in list(lex.before) + list(lex.after) for w in phrase}
    return words | {"kidnap", "kidnapped", "kidnaps", "killed", "kill", "isis"}


class CasualtyFinder:
    name = "mentions"
    requires = ("sents", "quantities", "actors")
    assigns = ("mentions",)

    def __call__(self, state: DocState) -> None:
        by_sent: dict[int, list[Quantity]] = {}
        for q in state.quantities:
            by_sent.setdefault(q.sent, []).append(q)
        lists = _ListContext()
        for sent in state.sents:
            if lists.active and not sent.bullet and not sent.header:
                lists = _ListContext(last_total=lists.last_total)
            total_before = lists.last_total
            found: list[Mention] = []
            for q in by_sent.get(sent.idx, []):
                m = _mention(state, sent, q, found)
                if m is None:
                    continue
                if sent.bullet and lists.active:
                    lists.attach(state, sent, m, first=not found)
                if m.status == "" and sent.title and _mentions_attack(sent):
                    m.status, m.link = "killed", "title"
                if m.status == "":
                    continue
                found.append(m)
                state.mentions.append(m)
                if m.subset_of is None and not sent.bullet:
                    lists.last_total = m
            _bringing(state, sent, found)
            _among_next(state, found)
            _breakdown_sentence(state, sent, found, total_before)
            if sent.header:
                lists.open(state, sent, found)


class _ListContext:
    """Where a bulleted breakdown stands: its total, its sub-totals, the header's status.

    "… left 212 people dead; they are as follows:" opens a list whose items are parts
    of the 212; "- Hama desert: 9 operations left 31 fatalities:" opens a sub-list
    whose "•" items are parts of the 68, while the next "-" item is its sibling.
    """

    def __init__(self, last_total: Mention | None = None) -> None:
        self.active = False
        self.outer: Mention | None = None  # the total of the whole block
        self.total: Mention | None = None  # the total of the current list
        self.sub: Mention | None = None
        self.sub_marker: str | None = None
        self.status: str | None = None
        self.header_sent: int | None = None
        self.last_total = last_total

    def attach(self, state: DocState, sent: Sentence, m: Mention, first: bool) -> None:
        m.header_sent = self.header_sent
        if m.subset_of is None and first:
            nested = self.sub is not None and _marker(state, sent) != self.sub_marker
            parent = self.sub if nested else self.total
            if parent is not None:
                m.subset_of = state.mentions.index(parent)
                m.list_item = True
                if m.status == "":
                    m.status, m.link = parent.status, "inherit"
        if m.status == "" and self.status:
            m.status, m.link = self.status, "inherit"

    def open(self, state: DocState, sent: Sentence, found: list[Mention]) -> None:
        own = [m for m in found if m.subset_of is None or m.list_item]
        top = own[0] if own else None
        if sent.bullet and self.active:
            self.sub, self.sub_marker = top, _marker(state, sent)
            return
        if top is not None and self.active and self.outer is not None and top.subset_of is None:
            # a header under a header: "Civilian casualties: 412 people ..., as follows:"
            top.subset_of = state.mentions.index(self.outer)
            top.list_item = True
        if top is None:
            top = _named_total(state, sent.idx) or (self.outer if self.active else _recent_total(state, sent.idx))
        if not self.active:
            self.outer = top
        self.total, self.sub, self.sub_marker = top, None, None
        self.header_sent = sent.idx
        self.status = top.status if top else _sentence_status(sent)
        self.active = True


def _recent_total(state: DocState, header_sent: int) -> Mention | None:
    """The largest count stated just before a list that names no total of its own."""
    recent = [m for m in state.mentions if m.subset_of is None and header_sent - 3 <= m.q.sent < header_sent
              and m.q.value is not None]
    if recent:
        return max(recent, key=lambda m: m.q.value or 0)
    return state.mentions[-1] if state.mentions else None


def _marker(state: DocState, sent: Sentence) -> str:
    return state.text[sent.start : sent.start + 1]


def _named_total(state: DocState, header_sent: int) -> Mention | None:
    """ "The militants killed were distributed as follows:": the total whose noun the header names."""
    lex = status_lexicon()
    words = {t.lower.rstrip("s") for t in state.sents[header_sent].tokens if t.lower in lex.persons}
    if not words:
        return None
    status = _sentence_status(state.sents[header_sent])
    totals = [m for m in state.mentions if m.q.sent < header_sent and (status is None or m.status == status)]
    for m in reversed(totals):
        if m.head and m.head.rstrip("s") in words:
            return m
    for m in reversed(totals):
        near = state.tokens[max(0, m.q.q_start - 4) : m.np_end + 2]
        if {t.lower.rstrip("s") for t in near} & words:
            return m
    return None


def _breakdown_sentence(state: DocState, sent: Sentence, found: list[Mention], total: Mention | None) -> None:
    """ "By governorate, Idlib was the deadliest with 88 deaths, followed by Hama (61)": parts."""
    words = [t.lower for t in sent.tokens[:3]]
    labelled = any(m.label is not None for m in found)
    if total is None or not (words[:1] == ["by"] or labelled):
        return
    if words[:1] == ["by"] and words[1:2] and words[1] not in {"governorate", "province", "region", "area",
                                                                 "district", "state", "city", "front", "month"}:
        return
    idx = state.mentions.index(total)
    for m in found:
        if m.subset_of is None and m is not total and m.status == total.status and (
                total.q.value is None or (m.q.value or 0) < total.q.value):
            m.subset_of = idx
            m.list_item = True


def _among_next(state: DocState, found: list[Mention]) -> None:
    """ "Three children were among 11 people killed": a part named before its total."""
    for a, b in zip(found, found[1:], strict=False):
        words = [t.lower for t in state.tokens[a.np_end : b.q.q_start]]
        if a.subset_of is None and words in (["were", "among"], ["was", "among"], ["are", "among"],
                                             ["were", "among", "the"], ["among"]):
            a.subset_of = state.mentions.index(b)
            if a.status != b.status:
                a.status = b.status


def _bringing(state: DocState, sent: Sentence, found: list[Mention]) -> None:
    """ "9 were killed ..., bringing the death toll to 64": the 9 is part of the 64."""
    for m in found:
        if m.link != "toll":
            continue
        lo = max(sent.first, m.q.q_start - 10)
        if not any(state.tokens[t].lower in {"bringing", "brings", "raising", "taking", "pushing"}
                   for t in range(lo, m.q.q_start)):
            continue
        idx = state.mentions.index(m)
        for other in found:
            if other is not m and other.subset_of is None and other.status == m.status and other.q.start < m.q.start:
                other.subset_of = idx


def _mentions_attack(sent: Sentence) -> bool:
    return any(t.lower in _ATTACK_WORDS or t.lower in {"among", "explosion"} for t in sent.tokens)


def _sentence_status(sent: Sentence) -> str | None:
    lex = status_lexicon()
    for t in sent.tokens:
        if (t.lower,) in lex.after:
            return lex.after[(t.lower,)]
    return None


def _local(sent: Sentence, tok: int) -> int:
    return tok - sent.first


SENTENCING = frozenset({"sentenced", "sentences", "sentencing", "condemned"})


def sentenced(words: list[str], k: int) -> bool:
    """The people at ``k`` are sentenced ("sentenced three men", "sentenced the two militants to death")."""
    return any(w in SENTENCING for w in words[max(0, k - 2) : k]) and (
        k < 1 or words[k - 1] in SENTENCING or words[k - 1] in {"the", "all", "both"})


def _mention(state: DocState, sent: Sentence, q: Quantity, found: list[Mention]) -> Mention | None:
    lex = status_lexicon()
    toks = sent.tokens
    i0 = _local(sent, q.q_start)  # first token incl. leading qualifier
    n0 = _local(sent, q.start)
    n1 = _local(sent, q.end)
    head, np_end, status = _noun_phrase(toks, n1, lex)
    if head == "":  # a count of something else
        return None
    if np_end < len(toks) and toks[np_end].lower in _REPORT_VERBS and not (
            np_end + 1 < len(toks) and toks[np_end + 1].lower in _STATUS_ADJ):  # (but "23 reported killed")
        return None  # "two residents said": the sources, not the dead
    if sentenced([t.lower for t in toks], i0):
        return None  # "a court sentenced three men to death": a sentence passed, not a killing
    if i0 > 0 and toks[i0 - 1].lower == "by" and head is not None and head in lex.persons:
        return None  # "a judge was killed Monday by two men who fired from a motorcycle": who did it
    takes_things = i0 > 0 and toks[i0 - 1].lower in {"seized", "seizing", "captured", "capturing", "took", "held",
                                                     "holding", "taking", "destroyed", "downed", "burned"}
    if takes_things and head is None and n1 < len(toks) and toks[n1].text.isalpha() and toks[n1].text.islower() and (
        toks[n1].lower not in _NP_STOP | _VERBISH | _STATUS_ADJ and (toks[n1].lower,) not in lex.after
        and toks[n1].lower not in {"others", "more", "other", "people", "at", "or", "and", "died", "dead",
                                   "including", "by", "killed", "injured", "wounded"}
    ):
        return None  # "seized 4 tanks": a count of some other thing
    if head is None and i0 >= 2 and toks[i0 - 1].text == ":" and toks[i0 - 2].lower in lex.persons:
        # "Civilians: 412"
        head = toks[i0 - 2].lower
    if i0 >= 3 and [t.lower for t in toks[i0 - 2 : i0]] in (["made", "up"], ["accounted", "for"]) and (
            toks[i0 - 3].lower in lex.persons):
        head = toks[i0 - 3].lower  # "Civilians made up 187 of the dead"
    if head is None and i0 >= 2 and toks[i0 - 1].lower == "of" and toks[i0 - 2].lower in {"family", "group", "total"}:
        # "a family of four", "a group of 12"
        head = "family" if toks[i0 - 2].lower == "family" else "people"
    label = _label(toks, i0, n1)  # "Civilians – 41", "Russian aircraft: 12", "Idlib (134)"
    if label is not None and head is None and label.split()[-1].lower() in lex.persons:
        head = label.split()[-1].lower()
    # trailing qualifier after the head noun: "31 fighters at least of ..."
    if head is not None and np_end + 1 < len(toks) and toks[np_end].lower == "at" and toks[np_end + 1].lower == "least":
        if q.qualifier == "exact":
            q.qualifier = "at_least"
        np_end += 2
        while np_end < len(toks) and toks[np_end].lower not in _NP_STOP - {"of", "the"}:
            np_end += 1
    link = "noun" if status else ""
    partitive = n1 < len(toks) and toks[n1].lower == "of"
    if status and head is not None and (head not in lex.nouns or partitive):
        # "five wounded militiamen died": the verb after overrides the adjective before
        later = _after(toks, np_end, lex)
        if later and later != status:
            status, link = later, "after"
    if status == "captured" and link == "noun" and not partitive:
        # "executed five prisoners", "three hostages were killed": what befell the captives is counted
        fate = _before(toks, i0, lex) or _fate_after(toks, np_end, lex)
        if fate in {"killed", "injured"}:
            status, link = fate, "before"
    if not status:
        status = _before(toks, i0, lex)
        link = "before" if status else ""
    if not status:
        status = _toll(toks, i0, lex)
        link = "toll" if status else ""
    if not status and head is not None:
        status = _after(toks, np_end, lex)
        link = "after" if status else ""
    if not status and head is None and n1 < len(toks):
        # "8 were executed", "15 died", "96, including 19 children, were killed": a bare number as subject
        nxt = toks[n1].lower
        if nxt == "," and n1 + 1 < len(toks) and toks[n1 + 1].lower == "including":
            nxt = "including"
        if nxt in _HEDGES and n1 + 1 < len(toks):
            nxt = toks[n1 + 1].lower  # "23 reported killed", "12 believed dead": a hedge, the verb follows
        if nxt in {"were", "was", "have", "has", "had", "are", "remain", "remained", "died", "killed", "dead",
                   "injured", "wounded", "including", "fell", "succumbed", "perished", "kidnapped", "abducted",
                   "executed", "beheaded", "decapitated", "missing", "massacred", "slain", "murdered", "die", "dies",
                   "neutralised", "neutralized"}:
            status = _after(toks, n1, lex)
            link = "after" if status else ""
            if nxt in {"were", "are"} and n1 + 1 < len(toks) and toks[n1 + 1].lower in lex.persons and (
                    toks[n1 + 1].lower not in lex.nouns) and found:
                # "... killed 63 people, of whom nine were children": "N were <noun>" is a part
                head, status, link = toks[n1 + 1].lower, status or found[-1].status, "inherit"
        elif nxt == "by" and found:
            # "121 were detained by regime forces, 38 by the SNA and 22 by the SDF"
            status, link = found[-1].status, "coord"
    subset = _subset_parent(state, sent, toks, i0, found)
    of_them = n1 + 1 < len(toks) and toks[n1].lower == "of" and toks[n1 + 1].lower in {"them", "whom"}
    if subset is None and found and (of_them or head == "them" or link == "inherit"
                                     or _among_them_after(toks, np_end)):
        # "46 of them were children", "eight women among them"
        subset = state.mentions.index(found[-1]) if found[-1].subset_of is None else found[-1].subset_of
    if label is not None and not status:
        status, link = (found[-1].status if found else ""), "label"
    if not status and subset is not None:
        status = state.mentions[subset].status
        link = "inherit"
    if not status and found:
        # "killing 9 fighters and four civilians": a count coordinated with the previous one
        prev = found[-1]
        between = toks[_local(sent, prev.np_end) : i0]
        if between and len(between) <= 3 and all(t.lower in {",", "and", "as", "well", "plus"} for t in between):
            status, link = prev.status, "coord"
    if subset is None and status and state.mentions:
        subset = _back_reference(state, toks, n1, np_end, i0, status, found)
    if head is None and not status and label is None:
        return None
    if head is None and link in {"", "inherit", "label"} and subset is None and label is None:
        return None
    bare = n1 >= len(toks) or toks[n1].lower in {"in", "on", "at", "near", "during", "after", "as", ",", ".", ";"} or (
        toks[n1].lower.endswith("ing") and toks[n1].lower not in _NP_STOP)  # "kills hundreds sheltering there"
    if head is None and q.vague is not None and link not in {"noun", "after"} and not (link == "before" and bare):
        return None  # (but "ADF rebels kill dozens in an attack": the killed, however many)
    if toks[n0].lower in {"one"} and (head is None or (n1 < len(toks) and toks[n1].lower == "of")) and not (
            head is None and n1 < len(toks) and toks[n1].lower in _ONE_FATE
            and (n0 == sent.first or toks[n0 - 1].lower in {",", ";", "and"})) and not (
            n1 + 1 < len(toks) and toks[n1].lower == "of" and toks[n1 + 1].lower == "whom"
            and any(t.lower in DIED for t in toks[n1 + 2 : n1 + 5])):
        # "one of the commanders" names a person, it does not count people (but a headline's "One killed,
        # one injured as ..." does; and "seven were hurt, one of whom later died" counts one of them)
        return None
    g_start = sent.tokens[i0].start
    g_end = toks[max(np_end, n1) - 1].end
    if subset is not None and status and state.mentions[subset].status not in (status, ""):
        subset = None  # a part has its total's status: 120 injured are no part of 35 dead
    m = Mention(q, status, sent.first + np_end, head, None, None, link or "", subset)
    m.label = label
    m.evidence = (g_start, g_end)
    return m


_ONE_FATE = frozenset({"killed", "dead", "injured", "wounded", "hurt", "missing", "abducted", "kidnapped"})


def _label(toks: list[Token], i0: int, n1: int) -> str | None:
    """A count after a short label: "Civilians – 41", "ISIS: 21", "Idlib (134)"."""
    ends = n1 >= len(toks) or toks[n1].text in {".", ",", ";", ")"}
    if i0 >= 2 and toks[i0 - 1].text in {":", "-", "–"} and ends:
        return " ".join(t.text for t in toks[max(0, i0 - 5) : i0 - 1])
    closed = n1 < len(toks) and toks[n1].text == ")"
    if i0 >= 2 and toks[i0 - 1].text == "(" and closed and toks[i0 - 2].text[:1].isupper():
        return toks[i0 - 2].text
    return None


_BEFORE_FATE = frozenset({"were", "was", "have", "has", "had", "been", "being", "are", "is", "later", "also", "all",
                          "reportedly", "subsequently", "then", "apparently", "allegedly", "since", "both"})


def _fate_after(toks: list[Token], np_end: int, lex: StatusLexicon) -> str:
    """The verb right after the counted captives ("... were killed", "... have died"), not one of
    another clause ("were freed after the kidnappers killed a guard")."""
    j = np_end
    while j < len(toks) and j - np_end < 4 and toks[j].lower in _BEFORE_FATE:
        j += 1
    hit = match_phrase(toks, j, lex.after) if j < len(toks) else None
    return hit[1] if hit else ""


def _among_them_after(toks: list[Token], np_end: int) -> bool:
    return [t.lower for t in toks[np_end : np_end + 2]] == ["among", "them"]


def _back_reference(state: DocState, toks: list[Token], n1: int, np_end: int, i0: int, status: str,
                    found: list[Mention]) -> int | None:
    """Parts that point back to an earlier total.

    "Three of the victims ...", "the other 6 ...", "two pilots were among the crew killed".
    """
    words = [t.lower for t in toks]
    partitive = n1 < len(toks) and words[n1] == "of" and any(
        w in {"victims", "them", "those", "dead", "fatalities", "casualties", "killed", "wounded", "injured"}
        for w in words[n1 + 1 : n1 + 3])
    other = i0 >= 2 and words[i0 - 2 : i0] == ["the", "other"]
    j = np_end
    while j < len(words) and words[j] in {"were", "was", "are", "is", "also", "reportedly"}:
        j += 1
    among = j < len(words) and words[j] == "among" and j > np_end
    if other and found and found[-1].subset_of is not None:
        return found[-1].subset_of
    if not (partitive or among or other):
        return None
    for k in range(len(state.mentions) - 1, -1, -1):
        m = state.mentions[k]
        if m.status == status and m.subset_of is None and (m.q.value or 0) > 0:
            return k
    return None


def _subset_parent(state: DocState, sent: Sentence, toks: list[Token], i0: int,
                   found: list[Mention]) -> int | None:
    """The total this count is a part of, by "including"/"among them" or coordination."""
    j = i0
    while j > 0 and toks[j - 1].lower in {"at", "least", "the", "about", "nearly"} and i0 - j < 3:
        j -= 1
    if not found and j >= 4 and [t.lower for t in toks[j - 4 : j]] in (
            ["among", "the", "dead", "were"], ["among", "the", "victims", "were"],
            ["among", "the", "killed", "were"], ["among", "the", "wounded", "were"]):
        want = "injured" if toks[j - 2].lower == "wounded" else "killed"
        for k in range(len(state.mentions) - 1, -1, -1):
            last = state.mentions[k]
            if last.q.sent < sent.idx - 2:
                break
            if last.subset_of is None and last.status == want:
                return k
    if not found:
        # "The dead included 11 ...": the total is in the sentence before
        if i0 >= 1 and toks[i0 - 1].lower in {"included", "include", "includes"} and state.mentions:
            lex = status_lexicon()
            named = toks[i0 - 2].lower if i0 >= 2 else ""
            wanted = lex.nouns.get(named) or (lex.after.get((named,)) if named else None)
            for k in range(len(state.mentions) - 1, -1, -1):
                last = state.mentions[k]
                if last.q.sent < sent.idx - 2:
                    break
                if last.subset_of is None and (wanted is None or last.status == wanted):
                    return k
        return None
    cue = None
    prev = found[-1]
    if j > 0 and toks[j - 1].text in {"(", ":"} and _local(sent, prev.np_end) == j - 1:
        # "Ten people (three soldiers and seven militiamen)", "the toll reached eight: three soldiers ..."
        return state.mentions.index(prev)
    for words in _SUBSET_CUES:
        n = len(words)
        if j - n >= 0 and tuple(t.lower for t in toks[j - n : j]) == words:
            cue = words
    if cue is not None:
        # the nearest total before the cue that is not itself a part
        for m in reversed(found):
            if m.subset_of is None or m.list_item:
                return state.mentions.index(m)
        return prev.subset_of
    # coordination with a previous part: "including 12 children, 9 women, and two elderly men"
    if prev.subset_of is not None and not prev.list_item:
        between = toks[_local(sent, prev.np_end) : j]
        if all(t.lower in _COORD for t in between) and len(between) <= 4:
            return prev.subset_of
        # "including 71 children younger than ten, and 38 women"
        if 0 < len(between) <= 8 and between[-1].lower in {"and", ","} and not any(
            t.lower in _VERBISH or (t.lower,) in status_lexicon().after for t in between
        ):
            return prev.subset_of
    return None
