"""Territorial-control claims: area held, share of the country, villages taken or lost."""

from __future__ import annotations

import re

from tolltrack.extract.numbers import lexicon
from tolltrack.extract.state import DocState, Span
from tolltrack.model import Actor, Control, Evidence

_F = re.IGNORECASE
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_AREA = re.compile(
    rf"(?P<n>{_NUM})\s*(?:km²|km2|sq\.?\s?km|square\s*(?:kilo\s?-?meters?|kilo\s?-?metres?|km|kms|miles))", _F)
_SHARE = re.compile(
    rf"(?P<n>{_NUM})\s*(?:%|percent|per\s+cent)\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){{0,3}}?"
    r"(?:territory|territories|geography|geographical\s+area|area|land|soil|country|syria|iraq|"
    r"surface|land\s+area)\b", _F)
_SHARE_HELD = re.compile(
    rf"\b(?:control\w*|hold\w*|held|occup\w+|retain\w*)\s+(?:about|around|nearly|some|approximately|over|"
    rf"more\s+than|less\s+than|almost|roughly)?\s*(?P<n>{_NUM})\s*(?:%|percent|per\s+cent)", _F)
_SHARE_BARE = re.compile(rf"(?P<n>{_NUM})\s*%", _F)  # "46,300 km² (25%)", "HTS and its allies: just under 3%"
_MAP_WORDS = re.compile(r"\b(control\w*|map|territory|land|area|hold\w*|held)\b", _F)
_TOTAL = re.compile(r"(?:total\s+(?:area|surface)|'s)\s+(?:is\s+|of\s+)?(?:about\s+)?$", _F)
_PLACES = re.compile(
    r"(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+(?:villages|towns|communities|hamlets|settlements|localities|"
    r"villages\s+and\s+towns|towns\s+and\s+villages)\b", _F)
_HINT = re.compile(r"km|square|%|percent|per\s+cent|villages|towns|communities|hamlets|settlements|localities",
                   _F)
_GAINED = re.compile(
    r"\b(expand\w*|seiz\w*|captur\w*|took|take|taking|overr?an|advance\w*|gain\w*|retook|retake\w*|"
    r"recaptur\w*|manag\w+\s+to\s+(?:fully\s+)?control|storm\w*|extend\w*)\b", _F)
_LOST = re.compile(r"\b(lost|lose|losing|loss|expelled|withdr\w+|retreat\w*|ousted|driven\s+out)\b", _F)
_CONTROL_WORDS = re.compile(
    r"\b(control\w*|seiz\w*|captur\w*|took|take|taken|held|hold\w*|presence|confin\w*|includ\w*|lost|"
    r"expand\w*|advance\w*|retook|recaptur\w*|enclave|pocket|area)\b", _F)


class ControlFinder:
    name = "control"
    requires = ("sents", "actors", "published")
    assigns = ("control",)

    def __call__(self, state: DocState) -> None:
        text = state.text
        seen: set[tuple[str, str, float]] = set()
        words = lexicon()
        for sent in state.sents:
            if not _HINT.search(text, sent.start, sent.end):
                continue
            chunk = text[sent.start : sent.end]
            patterns = [("area_km2", _AREA), ("share_pct", _SHARE), ("share_pct", _SHARE_HELD), ("villages", _PLACES)]
            if sent.bullet and _map_list(state, sent.idx):
                patterns.append(("share_pct", _SHARE_BARE))
            for measure, regex in patterns:
                for m in regex.finditer(chunk):
                    if _TOTAL.search(chunk[max(0, m.start("n") - 30) : m.start("n")]):
                        continue  # "Syria, whose total area is 185,180 square kilometres"
                    if measure == "villages" and re.search(r"\b[A-Z]", m.group(0)[len(m.group("n")):]):
                        continue  # "the Seven Villages Brigade": a name, not a count
                    raw = m.group("n").lower().replace(",", "")
                    if raw.replace(".", "").isdigit():
                        value: float = float(raw)
                    elif raw in words.units or raw in words.tens:
                        value = float(words.units.get(raw, words.tens.get(raw, 0)))
                    else:
                        continue
                    start = sent.start + m.start("n")
                    if measure == "villages" and not _CONTROL_WORDS.search(chunk):
                        continue
                    if measure == "area_km2" and re.search(r"\b(tens|dozens|hundreds)\s+of\s*$",
                                                            chunk[: m.start()], _F):
                        continue
                    actor = _actor_before(state, sent.idx, start)
                    if actor is None:
                        continue
                    key = (actor.side, measure, value)
                    if key in seen:
                        continue
                    seen.add(key)
                    lead = chunk[max(0, m.start("n") - 60) : m.start("n")]
                    change = "holds"
                    if _LOST.search(lead[-40:]):
                        change = "lost"
                    elif _GAINED.search(lead):
                        change = "gained"
                    ev_s = sent.start + m.start("n")
                    qual = re.search(r"(?:about|around|nearly|approximately|some|up\s+to|at\s+least|over|"
                                     r"more\s+than|an\s+area\s+of|area\s+of)\s*$", lead, _F)
                    if qual:
                        ev_s -= len(lead) - qual.start()
                    ev_e = sent.start + m.end()
                    o_s, o_e = state.norm.span(ev_s, ev_e) if state.norm else (ev_s, ev_e)
                    number = int(value) if value.is_integer() else value
                    state.control.append(Control(
                        actor=actor, change=change, evidence=Evidence(o_s, o_e, state.doc.text[o_s:o_e]),
                        area_km2=number if measure == "area_km2" else None,
                        share_pct=number if measure == "share_pct" else None,
                        villages=int(value) if measure == "villages" else None,
                        as_of=state.published.isoformat() if state.published else None,
                    ))


def _map_list(state: DocState, sent: int) -> bool:
    """A bulleted list under a sentence about control ("the map ... is as follows:")."""
    k = sent - 1
    while k >= 0 and state.sents[k].bullet:
        k -= 1
    return k >= 0 and bool(_MAP_WORDS.search(state.text, state.sents[k].start, state.sents[k].end))


def _actor_before(state: DocState, sent: int, char: int) -> Actor | None:
    """The actor the figure is about.

    The nearest armed actor before the figure that is not an object ("retook 68 towns
    from al-Shabaab"), taking the head of a coordination ("HTS and allied jihadist
    groups"); else the nearest after it ("On an area of 40,000 km², ISIS expands");
    else one named in the sentence before; else the report's most named one.
    """
    toks = state.tokens
    armed = [a for a in state.actors if a.label != "CIV"]
    here = [a for a in armed if a.sent == sent and not a.weak] or [a for a in armed if a.sent == sent]

    def is_object(a: Span) -> bool:
        return a.start > 0 and toks[a.start - 1].lower in {"from", "against", "of", "on"} or (
            a.start > 1 and toks[a.start - 1].lower == "the" and toks[a.start - 2].lower in {"from", "against"})

    before = [a for a in here if toks[a.end - 1].end <= char and not is_object(a)]
    after = [a for a in here if toks[a.start].start >= char and not is_object(a)]
    best: Span | None = None
    if before:
        k = len(before) - 1
        while k > 0 and all(toks[j].lower in {"and", "allied", "its", "their", ",", "the"}
                            for j in range(before[k - 1].end, before[k].start)):
            k -= 1
        best = before[k]
    elif after:
        best = after[0]
    if best is None:
        prev = [a for a in armed if a.sent == sent - 1 and not a.weak]
        best = prev[0] if prev else None
    if best is None:
        counts: dict[str, int] = {}
        for a in armed:
            if not a.weak:
                counts[a.label] = counts.get(a.label, 0) + 1
        if not counts:
            return None
        side = max(counts, key=lambda k: counts[k])
        return Actor(side, side)
    return Actor(best.label, best.name)
