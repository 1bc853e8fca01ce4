"""Claims: a mention plus who, where, when, whether it is a tally, and who says so.

Attributes come from the mention's own sentence first, then from the total it is
part of, then from the paragraph and the document (its main dyad, its lead place,
its monitor). Each fallback is a general property of how reports are written:
breakdowns inherit their total's period, monitors' bullet lists inherit the
header's place, and in a clash between two sides each side's dead were killed by
the other.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import cache

from tolltrack.extract.actors import registry
from tolltrack.extract.mentions import status_lexicon
from tolltrack.extract.numbers import lexicon
from tolltrack.extract.place_ties import misread_inside, nested, tied_near, word_at, word_in
from tolltrack.extract.reporters import _reporter, document_reporter
from tolltrack.extract.sides import (
    EVENT_NOUNS,
    FOLLOW_UP,
    SIDE_NAMES,
    generic_sides,
    incident_words,
    label_agent,
    opponent,
    perpetrator_side,
    sibling_side,
    tally_words,
    two_sides,
    victim_name,
    victim_side,
)
from tolltrack.extract.sites import one_site
from tolltrack.extract.state import DocState, Mention, Sentence, Span, TimeExpr
from tolltrack.extract.time_words import OWNER
from tolltrack.model import Actor, Casualty, Evidence, Period, Place

_COUNT_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "series"}


class ClaimBuilder:
    name = "claims"
    requires = ("mentions", "actors", "places", "times", "reporters", "published")
    assigns = ("casualties",)

    def __call__(self, state: DocState) -> None:
        dyad = two_sides(state)
        default_reporter = document_reporter(state)
        built: list[Casualty] = []
        for m in state.mentions:
            parent = built[m.subset_of] if m.subset_of is not None and m.subset_of < len(built) else None
            built.append(build_claim(state, m, parent, built, dyad, default_reporter))
        generic_sides(state, built)
        state.casualties = built


def build_claim(state: DocState, m: Mention, parent: Casualty | None, built: list[Casualty], dyad: list[str],
                default_reporter: str | None) -> Casualty:
    """One mention's claim: its sides, places, period, tally flag, reporter and evidence."""
    sent = state.sents[m.q.sent]
    victim = victim_side(state, sent, m, parent)
    m.victim_side = victim
    perp = label_agent(state, sent, m, parent) or perpetrator_side(state, sent, m, victim, parent, dyad)
    if victim == "HOSTILE":
        # "killing 27 attackers", "32 terrorists were killed": the armed side the state is fighting
        rebels = [s for s in dyad if s != "GOV"]
        victim = (rebels[0] if rebels and rebels[0] != perp else None) or opponent(perp, dyad) or "UNK"
        if victim == "GOV" and perp in rebels:
            # "troops clashed with al-Shabaab; 20 militants were killed": no state calls its own men
            # militants, so the rebels are the dead and the state's men, who fought them, the killers
            victim, perp = perp, "GOV"
        if perp is None and victim != "GOV" and "GOV" in dyad:
            perp = "GOV"  # an army's account of the enemies it killed
        m.victim_side = victim
    if victim is None:
        victim = sibling_side(state, m, dyad) or "UNK"
    places = misread_inside(state.text, _places(state, sent, m, parent))
    period, tex = _period(state, sent, m, parent, built)
    aggregate = _aggregate(state, sent, m, parent, period, tex, places)
    places = places + _unresolved(state, sent, m, places)
    start, end = _evidence_span(state, sent, m)
    qualifier = m.q.qualifier
    if m.status == "killed" and (either := _OR_WOUNDED.match(state.doc.text, end)) is not None:
        # "eight troops were killed or wounded": at most eight dead, the text does not say how many
        end = either.end()
        qualifier = "up_to" if qualifier in ("exact", "about", "at_least", "more_than") else qualifier
    s_start, s_end = state.norm.span(sent.start, sent.end) if state.norm else (sent.start, sent.end)
    country = _country(places, state)
    name = victim_name(state, m, victim)
    home = registry().homes.get(name)
    if home and country and country != home:
        name = SIDE_NAMES.get(victim, victim)  # "government forces" in Yemen are not Syria's
    return Casualty(
        status=m.status,
        count=int(m.q.value) if m.q.value is not None else None,
        qualifier=qualifier,
        vague=m.q.vague,
        victim=Actor(victim, name),
        perpetrator=Actor(perp, SIDE_NAMES[perp]) if perp else None,
        places=places,
        period=period,
        aggregate=aggregate,
        parent=m.subset_of,
        reported_by=_reporter(state, sent, m) or default_reporter,
        evidence=Evidence(start, end, state.doc.text[start:end]),
        alt_counts=[m.q.alt] if m.q.alt is not None else [],
        sentence=Evidence(s_start, s_end, state.doc.text[s_start:s_end]),
        country=country,
    )


def _evidence_span(state: DocState, sent: Sentence, m: Mention) -> tuple[int, int]:
    """The phrase a number rests on: the count, its noun, and the word that says what happened."""
    words = _status_words(m.status)
    toks = state.tokens
    lo, hi = m.q.q_start, max(m.np_end, m.q.end)
    if m.link in {"before", "toll", "coord", "title"}:
        for j in range(lo - 1, max(sent.first - 1, lo - (24 if m.link == "toll" else 12)), -1):
            if toks[j].lower in words:
                lo = j
                break
    if m.link in {"after", "noun", "title", "inherit"}:
        for j in range(hi, min(sent.last + 1, hi + 25)):
            if toks[j].lower in _CLAUSE_STOP:
                break
            if toks[j].lower in words:
                hi = j + 1
                break
    start, end = toks[lo].start, toks[hi - 1].end
    return state.norm.span(start, end) if state.norm else (start, end)


_CLAUSE_STOP = {";", ".", "while", "whereas"}
_OR_WOUNDED = re.compile(r"(?:\s+(?:dead|killed))?\s+or\s+(?:seriously\s+)?(?:wounded|injured|hurt)\b", re.IGNORECASE)


@cache
def _status_words(status: str) -> frozenset[str]:
    lex = status_lexicon()
    out = {w for phrase, st in list(lex.before.items()) + list(lex.after.items()) + list(lex.toll.items())
           if st == status for w in phrase}
    return frozenset(out - {"the", "number", "of", "lives", "life", "were", "was", "their", "his", "her", "those",
                            "people", "taken", "sustained", "held", "to", "for", "who", "put", "cut", "slit",
                            "throats"})


def _country(places: list[Place], state: DocState) -> str | None:
    for p in places:
        if p.country and not (p.precision == "region" and state.country):
            return p.country  # (a region across borders, "Lake Chad", gives way to the report's country)
    counts = Counter(p.extra.get("country") for p in state.places
                     if p.extra.get("country") and not (p.extra.get("precision") == "region" and state.country))
    if counts:
        return str(counts.most_common(1)[0][0])
    return state.country  # "Burkina Faso's Soum province", even when no place in it is known


def _places(state: DocState, sent: Sentence, m: Mention, parent: Casualty | None) -> list[Place]:
    """The claim's own places, else those of its total, its follow-up, its paragraph, its lead."""
    own = _clause(state, sent, m, _PlacesBySent(state).get(sent.idx, [])) + \
        _list_places(state, sent, m, _PlacesBySent(state))
    if own:
        # ("a checkpoint on the Homs road outside Salamiyah", "taken to hospital in Cali": a town that only points
        # the way is the claim's place only where its clause names no other)
        # (where the clause names only such a town, the rest of its sentence may name the place: "a patrol
        # was attacked in the State of Mexico; two died and a third was taken to hospital in Toluca")
        firm = [p for p in own if not p.extra.get("pointer")] or \
            [p for p in _PlacesBySent(state).get(sent.idx, []) if not p.extra.get("pointer")]
        return _to_places(firm or own)  # "killed in Ukraine since 2022": the country is the place
    return _context_places(state, sent, parent)


def _context_places(state: DocState, sent: Sentence, parent: Casualty | None) -> list[Place]:
    """Places from the claim's total, follow-up, paragraph or lead; a country alone is no place."""
    by_sent = _PlacesBySent(state, countries=False)
    if parent is not None and parent.places:
        return list(parent.places)
    nxt = sent.idx + 1
    if nxt < len(state.sents) and state.sents[nxt].tokens[0].lower in FOLLOW_UP and by_sent.get(nxt):
        return _to_places(by_sent[nxt])
    para: list[Span] = []
    k = sent.idx - 1
    while k >= 0 and state.sents[k].para == sent.para and len(para) < 2:
        para = by_sent.get(k, []) + para
        k -= 1
    if para:
        # ("recaptured Zinjibar and Jaar ... in Abyan. Several militants were killed": all the towns it names)
        last = next((by_sent[j] for j in range(sent.idx - 1, k, -1) if by_sent.get(j)), [])
        return _to_places(last if 2 < len(last) <= 4 else para[-2:])
    lead = [p for p in state.cache.setdefault("lead_places", [p for p in state.places if p.extra.get("lead")])
            if p.sent <= sent.idx]
    if lead:
        return _to_places(lead[-1:])
    for k in range(sent.idx - 1, max(-1, sent.idx - 5), -1):
        if by_sent.get(k):
            return _to_places(by_sent[k])
    return []


def _unresolved(state: DocState, sent: Sentence, m: Mention, places: list[Place]) -> list[Place]:
    """Names in the count's clause that look like places but no gazetteer knows: kept as
    written, precision "unresolved", so a reader (and cross-source merging) still sees them."""
    # (when the clause names a known place, a name no gazetteer knows outside it is another event's: "a village in
    # Forécariah prefecture ..., a week after the raid on Pamelap")
    spans = _clause(state, sent, m, state.in_sent("unresolved_places", sent.idx), strict=bool(places))
    known = {p.name for p in places}
    return [Place(name=s.name, precision="unresolved") for s in spans if s.name not in known]


def _clause(state: DocState, sent: Sentence, m: Mention, spans: list[Span], strict: bool = False) -> list[Span]:
    """Places in the count's own clause ("... in Idlib while the other 6 died in Aleppo"); all the sentence's
    when the clause names none. ``strict``: none past a clause that tells another event, even then."""
    if len(spans) < 2 and not strict or not spans:
        return spans
    toks = sent.tokens
    # another event told beside it: "..., hours after a drone attack on Homs", "..., as air strikes pounded Idlib"
    others = [t.i for k, t in enumerate(toks) if 0 < k < len(toks) - 1 and (
        t.lower in {"after", "before"} and toks[k - 1].lower in _SPAN_WORDS or
        # the event it answers: "..., in what rebels called retaliation for Sunday's strike on Jisr al-Shughur"
        t.lower in _ANSWER and toks[k + 1].lower in {"for", "over", "against", "to", "at"} or
        # what the perpetrators did before: "..., blaming the fighters who attacked Pamelap in September"
        t.lower == "who" and toks[k + 1].lower in _EARLIER_DEEDS and
        any(x.text == "," for x in toks if m.q.start < x.i < t.i))]
    cuts = others if strict else others + [t.i for k, t in enumerate(toks) if (
        t.lower in {";", "while", "whereas", "meanwhile"} or
        0 < k < len(toks) - 1 and t.lower == "as" and toks[k - 1].text == "," and
        toks[k + 1].lower not in _AS_NOT_A_CLAUSE)]
    # (strict: only what follows the count's clause; "near Spezand ... minutes before the train reached the spot,
    # injuring five": the clause before the count is the count's own)
    lo = sent.first if strict else max([c for c in cuts if c <= m.q.start], default=sent.first)
    hi = min([c for c in cuts if c > m.q.start], default=sent.last + 1)
    inside = [p for p in spans if lo <= p.start < hi]
    return inside if strict else inside or spans


_EARLIER_DEEDS = {"attacked", "raided", "stormed", "ambushed", "overran", "seized"}
_ANSWER = {"retaliation", "reprisal", "reprisals", "revenge", "response", "protest", "protests"}
_SPAN_WORDS = {"hours", "days", "day", "weeks", "week", "minutes", "months", "shortly", "soon"}
_AS_NOT_A_CLAUSE = {"well", "part", "such", "much", "many", "far", "of", "in", "a", "an", "if", "though", "long"}


class _PlacesBySent:
    def __init__(self, state: DocState, countries: bool = True) -> None:
        self.state = state
        self.countries = countries

    def get(self, sent: int, default: list[Span] | None = None) -> list[Span]:
        found = self.state.in_sent("places", sent)
        if not self.countries:
            found = [p for p in found if p.extra.get("precision") != "country"]
        return found or (default if default is not None else [])

    def __getitem__(self, sent: int) -> list[Span]:
        return self.get(sent)


def _list_places(state: DocState, sent: Sentence, m: Mention, by_sent: _PlacesBySent) -> list[Span]:
    """ "… 73 killed in 17 attacks. Those attacks are distributed as follows: • Homs: eight …"

    A breakdown by place that counts attacks, not people, places the total it follows.
    """
    if m.subset_of is not None or m.link == "inherit":
        return []
    k = sent.idx + 1
    if k < len(state.sents) and state.sents[k].header and not state.in_sent("mentions", k):
        k += 1
    out: list[Span] = []
    while k < len(state.sents) and state.sents[k].bullet:
        if state.in_sent("mentions", k):
            return []
        out.extend(by_sent.get(k, []))
        k += 1
    return out


def _to_places(spans: list[Span]) -> list[Place]:
    out: list[Place] = []
    seen: set[str] = set()
    for s in spans:
        if s.name in seen:
            continue
        seen.add(s.name)
        e = s.extra
        out.append(Place(
            name=s.name,
            admin1=e.get("admin1"),  # type: ignore[arg-type]
            country=e.get("country"),  # type: ignore[arg-type]
            lat=e.get("lat"),  # type: ignore[arg-type]
            lon=e.get("lon"),  # type: ignore[arg-type]
            precision=str(e.get("precision", "unresolved")),
            gazetteer_id=e.get("gazetteer_id"),  # type: ignore[arg-type]
            admin2=e.get("admin2"),  # type: ignore[arg-type]
            canonical=e.get("canonical"),  # type: ignore[arg-type]
        ))
    return out


def _third_of_month(text: str, t: TimeExpr) -> bool:
    """ "in early December": a day the report does not give, within ten days."""
    return t.kind == "within" and (t.span_days or 99) <= 11 and "week" not in text[t.start : t.end].lower()


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _period(state: DocState, sent: Sentence, m: Mention, parent: Casualty | None,
            built: list[Casualty]) -> tuple[Period, TimeExpr | None]:
    pub = state.published
    here = [t for t in state.in_sent("times", sent.idx) if t.kind not in {"report", "that_day"}]
    pos = state.tokens[m.q.start].start
    # "a former member who surrendered in 2020 and his son were killed on 7 April": the time of the
    # victims' own past, told in a clause about them before a passive toll, is not the toll's
    here = [t for t in here if not ((who := _VICTIMS_PAST.search(state.text, max(sent.start, t.start - 50), t.start))
                                    and not _TOLL_WORD.search(who.group()) and _PASSIVE_TOLL.match(state.text, t.end))
            and not _AGREED_BEFORE.search(state.text, max(sent.start, t.start - 50), t.start)]
    exprs = [t for t in here if _same_clause(state.text, t.start, pos)]
    # "hit a clinic yesterday, the third medical facility struck in a week, killing one": the series' span
    # ("in the first attack on police there since the Acteal massacre in December": the time of the comparison;
    # "..., the latest of dozens of such casualties since the 2000 ceasefire": no date of its own)
    series = [t for t in exprs if _series_apposition().search(state.text, max(sent.start, t.start - 80), t.start)
              or _FIRST_SINCE.search(state.text, max(sent.start, t.start - 90), t.end)]
    exprs = [t for t in exprs if t not in series]
    here = [t for t in here if t not in series]
    # "shelled Freetown on Monday to dislodge the soldiers who seized power last week, killing 10": the time
    # of a relative clause about someone else, when the sentence dates the claim too
    outside = [t for t in exprs if not _RELATIVE_BEFORE.search(state.text, max(sent.start, t.start - 50), t.start)]
    exprs = outside if outside and len(outside) < len(exprs) and pos > max(t.end for t in exprs) else exprs
    if not exprs:
        # "... since early 2024, while 83 others were injured": a tally's period covers its "while" clause
        exprs = [t for t in here if _same_clause(state.text, t.start, pos, strong_only=True)
                 and t.kind in {"since", "between", "month", "relative"}]
    if any(t.kind == "that_day" for t in state.in_sent("times", sent.idx)):
        exprs = []
    if not exprs and m.subset_of is not None and parent is not None:
        return parent.period, None
    anaphoric = {t.lower for t in sent.tokens[:6]} & {"these", "those", "this", "it", "they"}
    if not exprs and anaphoric and sent.idx > 0:
        exprs = [t for t in state.in_sent("times", sent.idx - 1) if t.kind in {"since", "between", "month"}]
    if not exprs:
        # "... were wounded in the attack": the day of the incident told before
        if {t.lower for t in sent.tokens} & EVENT_NOUNS and any(
            t.lower == "the" and k + 1 < len(sent.tokens) and sent.tokens[k + 1].lower in EVENT_NOUNS
            for k, t in enumerate(sent.tokens)
        ):
            for prev in reversed(built):
                if not prev.aggregate and prev.period.start and prev.period.start == prev.period.end:
                    return prev.period, None
        # ("raged around Shaqlawa on Sunday; sources put the death toll at 15": that day's toll, when it has one)
        if not tally_words(sent) or series or ({t.lower for t in sent.tokens} & {"toll", "since"} == {"toll"}
                                               and [t.kind for t in here] == ["day"]):
            # an incident told without a date happened when the incident before it did,
            # or when the next sentence, telling it in detail, says it did
            # ("JNIM attacked the town on Saturday; a source said 200 people were killed": the other clause's day)
            # ("counted their dead on Thursday after an air raid the previous day": the deed's, after "after";
            # "were massacred in early December ...; they estimate 200 dead": a third of a month)
            near = [t for t in here if t.kind == "day" or _third_of_month(state.text, t)]
            near = [t for t in near if not any(u.start > t.end and _AFTER_WORD.search(state.text, t.end, u.start)
                                               for u in near)]
            near += [t for k in range(sent.idx - 1, sent.idx - 5, -1) for t in state.in_sent("times", k)[::-1]]
            # (not "Curfew was imposed on Saturday as protests erupted": the day of what followed it)
            after = state.sents[sent.idx + 1] if sent.idx + 1 < len(state.sents) else None
            near += [] if sent.title or after is None or _AFTERMATH.search(state.text, after.start, after.end) \
                else state.in_sent("times", sent.idx + 1)
            for t in near:
                if (t.kind == "day" or _third_of_month(state.text, t)) and t.period_start:
                    return Period(_iso(t.period_start), _iso(t.period_end)), None
        monthly = _report_period(state, built)
        if monthly is not None and not incident_words(sent):
            return monthly, None
        report_words = {t.lower for t in sent.tokens} & {"report", "period"}
        if report_words:
            for prev in built:
                if prev.aggregate and prev.period.start and prev.parent is None:
                    return prev.period, None
        return Period(None, _iso(pub)), None
    m.own_time = True
    ev_pos = state.tokens[m.q.start].start
    # "claimed on Monday responsibility for Thursday's car bombing", "the toll from Sunday's
    # bombing rose to 22 on Monday": the owner's day is the incident's, the other the telling's
    # (not "killing all 52 aboard, including officers sent to investigate Friday's crash": the victims' errand)
    owned = [t for t in exprs if t.kind == "day" and OWNER.match(state.text, t.end)
             and not _REPRISAL.search(state.text, max(0, t.start - 30), t.start)
             and not (t.start > pos and _ABOUT_VICTIMS.search(state.text, pos, t.start))]
    if owned and len(owned) < len(exprs):
        exprs = owned
    # "found the remains of 25 civilians, victims of a militia raid on 23 October": the day of what killed them
    victims_of = [t for t in exprs if _VICTIMS_OF.search(state.text, max(sent.start, t.start - 80), t.start)]
    if victims_of and len(victims_of) < len(exprs):
        exprs = victims_of
    # "a manhunt on Monday for three French nationals who were abducted the previous day": the day of the
    # relative clause that tells what befell the counted people
    befell = [t for t in exprs if (who := _VICTIMS_PAST.search(state.text, max(sent.start, t.start - 50), t.start))
              and who.start() > pos and _status_words(m.status) & set(re.findall(r"[a-z]+", who.group().lower()))]
    if befell and len(befell) < len(exprs):
        exprs = befell
    # "riots spread on Friday after the killing of the singer in an ambush the previous day": the time before
    # "after" is the main clause's, when the deed has one of its own
    before_after = [t for t in exprs if t.end <= pos and _AFTER_WORD.search(state.text, t.end, pos)]
    if before_after and len(before_after) < len(exprs):
        exprs = [t for t in exprs if t not in before_after]

    def rank(t: TimeExpr) -> int:
        return abs(t.start - ev_pos)

    t = min(exprs, key=rank)
    if t.kind == "same_period":
        for prev in reversed(built):
            if prev.aggregate and prev.period.start:
                return prev.period, t
        return Period(None, _iso(pub)), t
    return Period(_iso(t.period_start), _iso(t.period_end)), t


# what follows an incident in the days after it: the dead mourned, the streets shut or up in arms
_AFTERMATH = re.compile(r"\b(?:curfews?|protests?|protesters|demonstrat(?:ions?|ors?|ed)|funerals?|mourners?|buried|"
                        r"burials?|shutdowns?|hartals?|vigils?)\b", re.IGNORECASE)
_ABOUT_VICTIMS = re.compile(r"\b(?:including|among\s+them|who|whom)\b", re.IGNORECASE)
# "in reprisal for Friday's killings": the day of another incident
# ("in protest over Monday's killings", "outrage at Sunday's massacre": the event others answer)
_REPRISAL = re.compile(r"\b(?:reprisal|retaliation|revenge|response|avenge|protests?|protesting|outrage|anger)\b"
                       r"[^.;]*$", re.IGNORECASE)


@cache
def _series_apposition() -> re.Pattern[str]:
    """ ", the second such attack this month": an apposition that ranks the incident in a series."""
    ords = "|".join(sorted(lexicon().ordinals, key=len, reverse=True))
    return re.compile(rf",\s*(?:the|its|their)\s+(?:{ords}|latest|\d+(?:st|nd|rd|th))\b[^,;.]*$", re.IGNORECASE)


# ("the fiercest clashes in the area since November": a comparison, not the claim's period)
_FIRST_SINCE = re.compile(r"\b(?:first|deadliest|worst|biggest|largest|bloodiest|fiercest|heaviest|most\s+\w+)\b"
                          r"[^.;]{0,50}\bsince\b[^.;]*$", re.IGNORECASE)
# "breaking a truce brokered last month": the day of the agreement, not of the fighting
_AGREED_BEFORE = re.compile(r"\b(?:truce|cease-?fire|accord|agreement|deal|pact|treaty)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:brokered|signed|agreed|reached|concluded|declared|struck|mediated)\s+$", re.IGNORECASE)
# "riots on Friday after the killing ...": what follows the word happened before the main clause
_AFTER_WORD = re.compile(r"\b(?:after|following|in\s+the\s+wake\s+of)\b", re.IGNORECASE)
_VICTIMS_OF = re.compile(r"\bvictims\s+of\s+(?:an?|the)\s+[^,;.]*$", re.IGNORECASE)
# (not "shot dead while travelling": a while that only says when; ", making it the deadliest attack
# since the insurgency began in 2015": a comparison, not the claim's period)
_CLAUSE_CUT = re.compile(r";|\bwhile\b(?!\s+\w+ing\b)|\bwhereas\b|\bas\s+(?:the\s+)?(?:death\s+)?toll\b|"
                         r",\s*(?:bringing|raising|pushing|making\s+it|the\s+deadliest|taking\s+the\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:toll|total|tally|number))\b", re.IGNORECASE)
_STRONG_CUT = re.compile(r"\bas\s+(?:the\s+)?(?:death\s+)?toll\b|"
                         r",\s*(?:bringing|raising|pushing|making\s+it|the\s+deadliest|taking\s+the\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:toll|total|tally|number))\b", re.IGNORECASE)


_RELATIVE_BEFORE = re.compile(r"\b(?:who|which)\s+(?!(?:was|were)\s)[^,;.]{0,40}$", re.IGNORECASE)
_VICTIMS_PAST = re.compile(r"\b(?:who|whom)\s+(?:had\s+|was\s+|were\s+)?[^,;.]{0,40}$", re.IGNORECASE)
# (the toll's verb right after the clause, "... and his teenage son were killed")
_PASSIVE_TOLL = re.compile(
    r"(?:\s+and\s+(?:his|her|their)\s+[^,;.]{0,30}?)?\s+(?:was|were)\s+(?:\w+\s+)?\w+(?:ed|en|t)\b", re.IGNORECASE)
_TOLL_WORD = re.compile(r"\b(?:kill|dead|died|wound|injur|hurt|abduct|kidnap|captur|shot|missing)", re.IGNORECASE)


def _same_clause(text: str, a: int, b: int, strong_only: bool = False) -> bool:
    """ "Two shepherds killed in Homs as the toll since early 2023 reaches 211": two clauses."""
    lo, hi = sorted((a, b))
    return (_STRONG_CUT if strong_only else _CLAUSE_CUT).search(text, lo, hi) is None


def _report_period(state: DocState, built: list[Casualty]) -> Period | None:
    """A monthly or yearly toll report: its lead period covers the breakdown that follows."""
    for i, c in enumerate(built[:3]):
        m = state.mentions[i]
        texs = [t for t in state.in_sent("times", m.q.sent) if t.kind in {"month", "between"}]
        if c.aggregate and c.parent is None and texs and c.period.start:
            return c.period
    return None


def _aggregate(state: DocState, sent: Sentence, m: Mention, parent: Casualty | None,
               period: Period, tex: TimeExpr | None, places: list[Place]) -> bool:
    if tex is not None and tex.kind in {"since", "between", "month", "same_period"}:
        return True
    if tex is None and period.start and period.end and m.subset_of is None and (
            dt.date.fromisoformat(period.end) - dt.date.fromisoformat(period.start)).days >= 2:
        return True  # carried over from a toll report's period (not a night's two dates)
    if tex is not None and tex.kind == "relative":
        return True
    if period.start and period.end and not (tex is not None and tex.kind == "within"):
        days = (dt.date.fromisoformat(period.end) - dt.date.fromisoformat(period.start)).days
        if days >= 2:
            return True  # (not "earlier this month": one day of the month, which the report does not say)
    words = [t.lower for t in sent.tokens]
    if sum(t.text[:1].isupper() for t in sent.tokens) * 2 < len(sent.tokens):  # (not a Title Case headline)
        # "the Joint Operations Command": a word inside a name, not operations
        words = [t.text if k > 0 and t.text[:1].isupper() and sent.tokens[k - 1].text[:1].isupper() else w
                 for k, (t, w) in enumerate(zip(sent.tokens, words, strict=True))]
    plural_attacks = {"attacks", "strikes", "airstrikes", "bombardments", "raids", "operations",
                      "ambushes", "bombings", "explosions", "blasts"}
    # ("a teacher was shot dead ..., the latest in a string of attacks on schools": the series it belongs to)
    series = [(m.start(), m.end()) for m in _LATEST_OF.finditer(state.text, sent.start, sent.end)]
    if series:
        words = ["" if any(a <= t.start < b for a, b in series) else w for t, w in zip(sent.tokens, words, strict=True)]
    single = any(w == "one" and k + 1 < len(words) and words[k + 1] in {"operation", "attack", "strike"}
                 for k, w in enumerate(words))
    if single:
        return False
    at = m.q.start - sent.first
    # "two explosions", "twin bombings": one attack in several blows
    # ("twin suicide bombings", "two car bombs": a modifier may stand between)
    twin = any(w in plural_attacks | {"bombs"} and {"twin", "two", "double", "three", "triple"} &
               set(words[max(0, k - 2) : k]) for k, w in enumerate(words))
    # "air strikes on a market town": several blows on one target; "the toll from the Kerman memorial
    # blasts", "church blasts: toll climbs to 20": one event whose toll is told
    twin = twin or bool(_ON_ONE.search(state.text, sent.start, sent.end) or _TWIN.search(state.text, sent.start,
                                                                                          sent.end)) or "toll" in words
    # "gang raids Liancourt", "army strikes the camp": a headline's verb, not several attacks
    verbs = {k for k, w in enumerate(words) if w in plural_attacks and k + 1 < len(words) and k > 0
             and not sent.tokens[k].text[:1].isupper() and (sent.tokens[k + 1].text[:1].isupper() or
                                                            words[k + 1] in {"a", "an", "the"})
             and words[k - 1] not in _PLURAL_LEAD | {"the", "two", "three", "twin", "double", "triple"}}
    bound = not twin and any(k not in verbs and w in plural_attacks and (k < at or k > 0 and (
        words[k - 1] in _PLURAL_LEAD or words[k - 1][:1].isdigit() or words[k - 1] in _COUNT_WORDS))
        for k, w in enumerate(words))
    towns = {p.canonical or p.name for p in places if p.precision == "exact"}
    # "air strikes killed six fighters in Hodeidah": a governorate written as its capital's name
    city_like = {p.name for p in places if p.precision == "admin1" and " " not in p.name.strip()}
    one_day = bool(period.start and period.end) and (
        dt.date.fromisoformat(period.end or "") - dt.date.fromisoformat(period.start or "")).days <= 1
    # ("blasts outside a boys' school kill six": several blows on one site are one incident)
    sites: dict[int, bool] = state.cache.setdefault("one_site", {})
    if sent.idx not in sites:
        sites[sent.idx] = one_site(state.text[sent.start : sent.end].casefold())
    site = sites[sent.idx]
    # ("air strikes on the outskirts of Jisr al-Shughur", "strikes near Abala": near one town is one place too)
    near = {p.canonical or p.name for p in places if p.precision == "near"}
    if bound and not (_ONE_EVENT & set(words)) and not (len(towns or near or city_like) == 1 and one_day) and not site:
        return True  # several strikes on one place on one day are one incident
    if any(w in {"separate", "series", "total", "tally", "statistics"} for w in words) and (
        set(words) & plural_attacks
    ):
        return True
    if parent is not None and m.subset_of is not None and not m.list_item and (
        m.q.sent == state.mentions[m.subset_of].q.sent
    ):
        return parent.aggregate
    if parent is not None and m.list_item and (m.link == "inherit" or (
            parent.period.start and parent.period.start != parent.period.end)):
        return parent.aggregate
    # (not a town that only points the way: "an army camp west of Mogadishu, in Wanlaweyn district")
    chunk = state.text[sent.start : sent.end]
    # (nor the provinces a boundary runs between: "on the boundary of Salahuddin and Diyala provinces")
    edges = " ".join(m.group(0) for m in _BOUNDARY.finditer(chunk))
    after_way = {k for m in _AFTER_WAY.finditer(chunk) for k in (m.end(), m.end("way"))}
    pointers = {p.name for p in places if any(word_at(chunk, p.name, k) for k in after_way)
                or word_in(edges, p.name)}
    # (nor a place written as inside another, which the gazetteer may have read elsewhere: "Isabela City,
    # Basilan", "Tlapa, in Guerrero's La Montana region": one place, told from small to large)
    ways = set(pointers)
    pointers |= nested(chunk, places) | tied_near(chunk, places)
    # ("Kati, the garrison town 15 km from Bamako": Kati is tied to Bamako, and Bamako only points the way)
    admin1 = {p.admin1 for p in places if p.admin1 and p.name not in pointers} or \
        {p.admin1 for p in places if p.admin1 and p.name not in ways} or {p.admin1 for p in places if p.admin1}
    if "between" in words and len(admin1) <= 2 and (len(towns) == 2 or {"road", "highway"} & set(words) or site):
        return False  # "on the road between Mogadishu and Afgoye", "an outpost between Salahuddin and Diyala"
    if (len(admin1) >= 2 or len(towns) >= 3 or (len(towns) == 2 and bound)) and m.q.value != 1:
        return True  # deaths in several governorates or towns are several incidents (one death is one)
    # a count in the hundreds with no single day given is a toll, not one incident, unless the
    # sentence names one event ("airstrike kills 133", "the massacre")
    # ("gunmen stormed a school", "clashes at the city's prison": one site, one incident)
    one_event = twin or bool(_ONE_EVENT & set(words)) and not set(words) & plural_attacks or \
        bool(_WHEN_ATTACKED.search(state.text, sent.start, sent.end)) or \
        site or bool({"village", "hamlet"} & set(words))
    return (m.q.value or 0) >= 100 and not one_day and not one_event


# (and "a blast on the road to Mogadishu": the town the road leads to)
_WAY_OF = r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|" \
    r"\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:(?:north|south|east|west)\w*\s+)?(?:from|of)|" \
    r"(?:road|highway|way|route)\s+(?:to|from|out\s+of))"
_AFTER_WAY = re.compile(rf"\b{_WAY_OF}\s+(?P<way>)(?:the\s+)?")


# the words before a plural of attacks that make it several ("in separate attacks", "these strikes")
_PLURAL_LEAD = frozenset({"in", "during", "these", "those", "separate", "multiple", "several", "of", "by"})
_BOUNDARY = re.compile(r"\b(?:boundary|boundaries|border|borders|frontier)\s+(?:of|between)\s+[^,;.]*", re.IGNORECASE)
# ("..., following a series of rebel attacks on army posts": what came before it)
_LATEST_OF = re.compile(r"\b(?:(?:the\s+)?(?:latest|last|newest)\s+(?:in|of)|following|after|amid)\s+(?:a|an|the)\s+"
                        r"(?:[\w-]+\s+)?"
                        r"(?:string|series|spate|wave|rash|run|number|line)\s+of\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:attacks|strikes|airstrikes|raids|bombings|ambushes|killings|explosions|blasts)\b|"
                        # ("a leader suspected of involvement in the Moscow metro bombings": the deeds he had a part in)
                        r"\b(?:involvement|role|part|implicated|involved)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                        r"(?:attacks|strikes|raids|bombings|ambushes|killings|explosions|blasts)\b",
                        re.IGNORECASE)
_ON_ONE = re.compile(r"\b(?:strikes|airstrikes|attacks|raids|bombings|explosions|blasts)\s+(?:on|at|against|in)\s+"
                     r"an?\s", re.IGNORECASE)
# "the twin al-Shabaab bombings": a name between the twin and the blows
_TWIN = re.compile(r"\b(?:twin|double|triple)\s+(?:[\w'-]+\s+){0,2}(?:bombings|bombs|blasts|explosions|attacks)\b",
                   re.IGNORECASE)
_ONE_EVENT = frozenset({"attack", "strike", "airstrike", "bombing", "blast", "explosion", "ambush", "massacre", "bomb",
                        "bomber", "shooting", "stabbing", "hijacking",
                        "assault", "siege", "raid", "bombardment", "riot"})


# "killed when the militia attacked the village", "missing after bandits stormed a school": one event
_WHEN_ATTACKED = re.compile(r"\b(?:when|after|as)\s+(?:[\w'-]+\s+){1,6}(?:attacked|stormed|invaded|raided|ambushed|"
                            r"overran|bombed|shelled|struck|hit|targeted)\b", re.IGNORECASE)
