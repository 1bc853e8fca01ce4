"""Who reports a claim: the reporter named nearest before its count, a source the registry lacks
("residents said", "regional governor Oleh Syniehubov said"), or the report's own monitor.

The claim stage (``extract/claims.py``) and the incident stage call these.
"""

from __future__ import annotations

from collections import Counter

from tolltrack.extract.state import DocState, Mention, Sentence, Span

_SAYS = {"said", "says", "say", "told", "reported", "announced", "stated", "claimed", "documented",
         "confirmed", "added", "statement", "according", "put", "recorded", "monitored", "estimated"}
_PARTIES = {"SDF", "Asayish"}  # reporters that are also fighting sides


def _reporter(state: DocState, sent: Sentence, m: Mention | None = None) -> str | None:
    """Who says it: the nearest reporter before the count in its sentence, else any in it.

    A fighting side (the SDF, the Asayish) is a reporter only when it is saying something.
    """
    toks = state.tokens
    reps = []
    for r in state.reporters:
        if r.sent != sent.idx:
            continue
        if r.label in _PARTIES:
            near = {toks[j].lower for j in range(max(0, r.start - 3), min(len(toks), r.end + 6))}
            if not near & _SAYS:
                continue
        reps.append(r)
    if not reps:
        return _named_source(state, sent)
    if m is not None:
        before = [r for r in reps if r.end <= m.q.q_start]
        if before:
            return _label(state, before[-1])
    return _label(state, reps[0])


def _label(state: DocState, r: Span) -> str:
    """The reporter's name, or the words that named it where they name another ("state media" in a
    report about Egypt is not Syria's SANA)."""
    home = r.extra.get("home")
    if not home:
        return r.label
    where = state.country or next(iter(Counter(p.extra.get("country") for p in state.places
                                                if p.extra.get("country")).most_common(1)), (None, 0))[0]
    return str(r.extra["alias"]) if where and where != home else r.label


_SOURCE_NOUNS = {"residents", "officials", "official", "sources", "source", "police", "witnesses", "medics",
                 "activists", "spokesman", "spokeswoman", "ministry", "army", "military", "governor", "statement",
                 "survivors", "villagers", "doctors", "hospital", "council", "authorities"}
_SAY_VERBS = {"said", "says", "told", "reported", "announced", "stated", "added", "confirmed"}


def _named_source(state: DocState, sent: Sentence) -> str | None:
    """ "..., regional governor Oleh Syniehubov said", "residents said": a source the registry lacks."""
    toks = sent.tokens
    for k, t in enumerate(toks):
        if t.lower not in _SAY_VERBS:
            continue
        # a capitalised name just before the verb, or just after it ("said Buji Muhammad")
        j = k - 1
        while j >= 0 and toks[j].text[:1].isupper() and toks[j].text.isalpha() and k - j <= 4:
            j -= 1
        if k - 1 - j >= 2:
            return " ".join(x.text for x in toks[j + 1 : k])
        after = [x for x in toks[k + 1 : k + 4] if x.text[:1].isupper() and x.text.isalpha()]
        if len(after) >= 2 and toks[k + 1].text[:1].isupper():
            return " ".join(x.text for x in after)
        nouns = [x.lower for x in toks[max(0, k - 3) : k] if x.lower in _SOURCE_NOUNS]
        if nouns:
            return nouns[-1]
    return None


def document_reporter(state: DocState) -> str | None:
    counts = Counter(_label(state, r) for r in state.reporters if r.label not in _PARTIES)
    if counts:
        return counts.most_common(1)[0][0]
    return None

