"""Events: a document's incident claims grouped into incidents, typed, and merged across sources.

    >>> from tolltrack.store import open_store
    >>> from tolltrack.store.events import build_events
    >>> with open_store("tolltrack.db") as store:
    ...     summary = build_events(store)                 # all documents; or document_ids=[...]

``build_events`` is idempotent and runs in one transaction: the given documents' claims
are unlinked from their events, grouped again, and each group is attached to the stored
event describing the same incident (``tolltrack.store.matcher``) or to a new one; every
event touched is then recomputed (place, dates, type, actors, fatalities per side) and
events left without claims are deleted. The rules are in ``docs/events.md``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tolltrack.geocode.curated import cross_border_regions
from tolltrack.geocode.districts import seat_district
from tolltrack.store.db import now
from tolltrack.store.event_types import classify
from tolltrack.store.matcher import MATCHERS, best_match
from tolltrack.store.reconcile import PRECISION_RANK, Figure, reconcile, source_figure
from tolltrack.store.resolve import DATE_SLACK, Features, Spot, combine
from tolltrack.store.short_tallies import role, short_tallies
from tolltrack.store.store import Store
from tolltrack.store.tolls import VAGUE_SIDES
from tolltrack.store.wording import TOLL_UPDATE

UNDATED_DAYS = 2  # an incident with no date of its own: the days before its report's publication
UPDATE_DAYS = 7  # ... and when it gives a toll that rose or was revised, or who claimed the attack: the week before
LATE_TOLL = 6  # ... or a toll of this many or more
RETRO_DAYS = 45  # ... and when survivors, witnesses or refugees tell it, or a grave is opened: weeks before
# "survivors say", "refugees reaching Mexico said", "witnesses from western Rwanda say", "bodies exhumed from a mass
# grave": what people tell once they have fled or the dead are found, weeks after the deed
RETROSPECT = re.compile(r"\b(?:survivors?|witnesses|refugees|displaced\s+people|relatives)\b(?:\s+[\w'-]+){0,4}?\s+"
                        r"(?:say|said|says|told|report(?:ed)?|describe[ds]?|recount(?:ed)?)\b|"
                        r"\b(?:exhum(?:ed|ation)|mass\s+graves?|clandestine\s+graves?)\b", re.IGNORECASE)
# "TAK claims Ankara bombing", "government blames Houthis for airport strike": told days after the attack
# ("ELN admitted responsibility for the car bombing", "IS claimed the capture of Palma")
LATER_TELLING = re.compile(r"\b(?:(?:claim(?:s|ed|ing)?|admit(?:s|ted|ting)?|acknowledg(?:es|ed|ing))"
                           r"(?:\s+responsibility\s+for)?|blam(?:es|ed|ing)\s+.{0,60}?\bfor)\s+"
                           r"(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,3}?(?:bombings?|attacks?|blasts?|killings?|massacres?|"
                           r"ambush(?:es)?|strikes?|assaults?|raids?|abductions?|kidnappings?|capture|seizure|siege)\b")
# "a third officer died of his injuries on Thursday", "residents buried 17 people on Monday after a weekend
# attack", "two more bodies were pulled from the rubble on Tuesday": a later death, burial or find, dated
# on its own day, days after the incident it belongs to
LATER_DEATH = re.compile(r"\b(?:died|dies|dying)\b.{0,40}?\b(?:wounds|injuries|in hospital|at (?:a|the) hospital)\b|"
                         r"\bsuccumb(?:ed|s|ing)?\b|\b(?:buried|burying|bury)\b|\bfunerals?\b|"
                         r"\bbod(?:y|ies)\b.{0,40}?\b(?:recovered|found|pulled|retrieved|discovered)\b|"
                         r"\b(?:recovered|pulled|retrieved)\b.{0,40}?\bbod(?:y|ies)\b|\braising the (?:death )?toll\b")
NEIGHBOUR_CHARS = 400  # the next sentence must start this close to the previous one's end

_CLAIM_COLUMNS = (
    "c.id, c.document_id, d.doc_key, d.outlet, d.published, c.status, c.count_value, c.qualifier, c.low, c.best, "
    "c.high, c.victim_side, c.victim_name, c.victim_actor_id, c.perpetrator_side, c.perpetrator_name, "
    "c.perpetrator_actor_id, c.admin1, c.country, c.period_start, c.period_end, c.is_aggregate, c.parent_id, "
    "c.reported_by, c.evidence_start, c.evidence_end, c.evidence_text, c.sentence_start, c.sentence_end, "
    "c.sentence_text, "
    # what follows the claim's sentence up to the next sentence that holds a claim ("Ituri: 18 dead in an
    # attack in Djugu territory. Gunmen stormed a camp in the Mongbwalu area ..."), at most 400 characters
    "COALESCE(substr(d.text, c.sentence_end + 1, (SELECT CASE WHEN MIN(n.sentence_start) IS NULL OR "
    "MIN(n.sentence_start) - c.sentence_end > 400 THEN 400 ELSE MIN(n.sentence_start) - c.sentence_end END "
    "FROM claims n WHERE n.document_id = c.document_id AND n.sentence_start >= c.sentence_end)), ''), "
    # ... and, for the first sentence with a claim, the headline or lead before it
    "CASE WHEN c.sentence_start > 0 AND NOT EXISTS (SELECT 1 FROM claims p WHERE p.document_id = c.document_id "
    "AND p.sentence_end <= c.sentence_start) THEN substr(d.text, 1, CASE WHEN c.sentence_start > 400 THEN 400 "
    "ELSE c.sentence_start END) ELSE '' END"
)


@dataclass
class PlaceRef:
    place_id: int
    name: str
    canonical: str | None
    admin1: str | None
    admin2: str | None
    country: str | None
    lat: float | None
    lon: float | None
    precision: str


@dataclass
class ClaimRow:
    """A stored claim with what events need of its document and places."""

    id: int
    document_id: int
    doc_key: str
    outlet: str | None
    published: str | None
    status: str
    count: int | None
    qualifier: str
    low: int | None
    best: int | None
    high: int | None
    victim_side: str
    victim_name: str
    victim_actor_id: int | None
    perpetrator_side: str | None
    perpetrator_name: str | None
    perpetrator_actor_id: int | None
    admin1: str | None
    country: str | None
    period_start: str | None
    period_end: str | None
    is_aggregate: bool
    parent_id: int | None
    reported_by: str | None
    evidence_start: int
    evidence_end: int
    evidence_text: str
    sentence_start: int | None
    sentence_end: int | None
    sentence_text: str | None
    continuation: str = ""  # the sentences after its own that hold no claim (SQL above)
    lead: str = ""  # the headline or lead before the document's first sentence with a claim
    places: list[PlaceRef] = field(default_factory=list)

    @property
    def sentence(self) -> str:
        return self.sentence_text or self.evidence_text

    def span(self) -> tuple[int, int, int]:
        """The evidence span: (document id, start, end)."""
        return (self.document_id, self.evidence_start, self.evidence_end)


def load_claims(store: Store, where: str, params: Sequence[Any] = (), join: str = "") -> list[ClaimRow]:
    """Claims (with document and places) selected by a WHERE clause on ``c`` (claims) and ``d``."""
    rows = store.fetchall(f"SELECT {_CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.id = c.document_id "
                          f"{join} WHERE {where} ORDER BY c.document_id, c.evidence_start, c.id", params)
    claims = [ClaimRow(*r[:21], bool(r[21]), *r[22:]) for r in rows]  # type: ignore[call-arg]
    by_id = {c.id: c for c in claims}
    ids = list(by_id)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ", ".join("?" * len(chunk))
        for r in store.fetchall("SELECT claim_id, place_id, name, canonical, admin1, admin2, country, lat, lon, "
                                f"precision FROM claim_places WHERE claim_id IN ({marks}) ORDER BY claim_id, seq",
                                chunk):
            by_id[int(r[0])].places.append(PlaceRef(*r[1:]))
    return claims


def event_claims_of(store: Store, doc_id: int) -> list[ClaimRow]:
    """The claims a document's events are built from: its incident claims, or, when it has none, the
    tallies that may stand for one incident (``short_tallies``)."""
    return load_claims(store, "c.document_id = ? AND c.is_aggregate = ?", (doc_id, False)) or \
        short_tallies(load_claims(store, "c.document_id = ? AND c.is_aggregate = ?", (doc_id, True)))


# --- grouping one document's claims into incidents -----------------------------------------
def _fine_keys(c: ClaimRow) -> set[str]:
    return {f"p{p.place_id}" for p in c.places if p.precision in ("exact", "near")} | \
        {f"a2:{p.admin2}" for p in c.places if p.admin2}


def _places_compatible(a: ClaimRow, b: ClaimRow) -> bool:
    ka, kb = _fine_keys(a), _fine_keys(b)
    if ka and kb and not ka & kb:
        return False
    a1 = {p.admin1 for p in a.places if p.admin1}
    b1 = {p.admin1 for p in b.places if p.admin1}
    return not (a1 and b1 and not a1 & b1)


def _placed(c: ClaimRow) -> bool:
    """The claim names a place within a country ("in central Mali" names none)."""
    return any(p.precision not in ("country", "region") for p in c.places)


def _same_period(a: ClaimRow, b: ClaimRow) -> bool:
    return (a.period_start, a.period_end) == (b.period_start, b.period_end) or None in (a.period_start,
                                                                                          b.period_start)


def group_incidents(claims: Sequence[ClaimRow]) -> list[list[ClaimRow]]:
    """Split one document's incident claims into incidents.

    Two claims are one incident when they stand in the same sentence, or in neighbouring
    sentences (the second starting within ``NEIGHBOUR_CHARS`` of the first's end) with
    the same period; in both cases their places must not contradict (different exact
    places or districts, or different governorates). Breakdown parts of an incident
    claim (its ``parent``) always go with it.
    """
    items = sorted(claims, key=lambda c: (c.sentence_start if c.sentence_start is not None else c.evidence_start,
                                          c.evidence_start))
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index = {c.id: i for i, c in enumerate(items)}
    for i, c in enumerate(items):
        if c.parent_id in index:
            parent[find(i)] = find(index[c.parent_id])
    for i in range(1, len(items)):
        a, b = items[i - 1], items[i]
        if not _places_compatible(a, b):
            continue
        same_sentence = a.sentence_start is not None and a.sentence_start == b.sentence_start
        a_end = a.sentence_end if a.sentence_end is not None else a.evidence_end
        b_start = b.sentence_start if b.sentence_start is not None else b.evidence_start
        near = 0 <= b_start - a_end <= NEIGHBOUR_CHARS and _same_period(a, b) and not _told_as_another(b) and bool(
            _fine_keys(a) & _fine_keys(b) or (a.perpetrator_side and a.perpetrator_side == b.perpetrator_side)
            or not _placed(a) or not _placed(b))
        if same_sentence or near:
            parent[find(i)] = find(i - 1)
    groups: dict[int, list[ClaimRow]] = defaultdict(list)
    for i, c in enumerate(items):
        groups[find(i)].append(c)
    return sorted(groups.values(), key=lambda g: min(c.evidence_start for c in g))


# "The blast came a day after a bus bombing in Dambulla killed 20": the next sentence's count is an earlier incident
_ANOTHER_BEFORE = re.compile(r"\b(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|weeks?|hours?|months?)\s+"
                             r"(?:after|before)\s+(?:a|an|the|another)\s", re.IGNORECASE)


def _told_as_another(c: ClaimRow) -> bool:
    """The claim's sentence sets its count in another incident, days before or after the one told before."""
    sent = c.sentence
    k = c.evidence_start - (c.sentence_start if c.sentence_start is not None else c.evidence_start)
    m = _ANOTHER_BEFORE.search(sent)
    return m is not None and m.start() < max(k, 0)


def features(claims: Sequence[ClaimRow]) -> Features:
    """What resolve compares: dates, places, sides and type of a set of claims."""
    start, end = event_dates(claims)
    kind = classify(claims)
    toll, toll_status = _toll(claims)
    return Features(
        date_start=start, date_end=end, documents={c.document_id for c in claims},
        spots=[Spot(p.place_id, p.admin1, p.admin2, p.country, p.lat, p.lon, p.precision)
               for c in claims for p in c.places],
        # a region that spans borders ("Lake Chad", filed under one country) says no country
        countries={c.country for c in claims if c.country and not _regions_only(c)} |
                  {p.country for c in claims for p in c.places if p.country and p.precision != "region"},
        perpetrators={_at_home(c.perpetrator_side, c.country) for c in claims if c.perpetrator_side},
        # (not "a passer-by wounded" beside the three fighters killed: the side of the toll told)
        victims={_at_home(c.victim_side, c.country) for c in claims
                 if not (c.qualifier == "implied" and toll_status and c.status != toll_status)},
        event_type=(kind.event_type, kind.sub_event_type),
        by_rule=kind.by_rule, generic_type=kind.generic,
        text=" ".join(dict.fromkeys(c.sentence for c in claims)).casefold(),
        context=" ".join(dict.fromkeys(x for c in claims for x in (c.lead, c.sentence, c.continuation))).casefold(),
        names=_town_names(claims),
        unknown={p.name.casefold() for c in claims for p in c.places if p.precision == "unresolved" and p.name},
        districts_named={n.casefold() for c in claims for p in c.places if p.precision == "admin2"
                         for n in (p.name, p.canonical) if n},
        dated=any(c.period_start for c in claims), toll=toll, toll_status=toll_status,
        published=max((c.published[:10] for c in claims if c.published), default=None),
        uncounted=_uncounted(claims), side_tolls=_side_tolls(claims, toll_status),
        alt_tolls=_disputed(claims, toll_status),
        wounded=max((c.count for c in claims if c.status == "injured" and c.count), default=None)
        if toll_status == "killed" else None,
        toll_floor=toll is not None and all(c.qualifier in _FLOORS for c in claims
                                            if c.count == toll and c.status == toll_status),
        # (not "near Maiduguri": near a seat may well be in the next district, "outside Maiduguri" in Jere)
        # ("Durán", which GeoNames calls Eloy Alfaro: the written name may be the district's)
        seats={d for c in claims for p in c.places if p.precision == "exact" or _outskirts(p.name, c.sentence)
               for d in [seat_district(p.canonical or p.name, p.country, p.admin1)
                         or seat_district(p.name, p.country, p.admin1)] if d})


_FLOORS = frozenset({"at_least", "more_than"})  # qualifiers of a count that later counts may exceed


def _outskirts(name: str | None, sentence: str) -> bool:
    """A town's outskirts are still the town's district ("the outskirts of Macomia town"); what is
    only near a town may lie in the next district."""
    if not name:
        return False
    edge = rf"\boutskirts\s+of\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?{re.escape(name)}\b"
    return re.search(edge, sentence, re.IGNORECASE) is not None


def _side_tolls(claims: Sequence[ClaimRow], status: str | None) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in claims:
        if c.status == status and c.count is not None and c.parent_id is None:
            out[c.victim_side] = max(c.count, out.get(c.victim_side, 0))
    return out


def _disputed(claims: Sequence[ClaimRow], status: str | None) -> frozenset[int]:
    """The figures of one side's dead when the report gives several ("MNJ rebels said they killed 11
    soldiers; the army said two soldiers died"): sources that disagree, each of which others may follow."""
    by_side: dict[str, set[int]] = {}
    for c in claims:
        if c.status == status and c.count is not None and c.parent_id is None and c.victim_side not in VAGUE_SIDES:
            by_side.setdefault(c.victim_side, set()).add(c.count)
    return frozenset(n for counts in by_side.values() if len(counts) > 1 for n in counts)


def _uncounted(claims: Sequence[ClaimRow]) -> str | None:
    if not claims or any(c.qualifier != "implied" for c in claims):
        return None
    statuses = {c.status for c in claims}
    return next((s for s in ("killed", "captured", "injured") if s in statuses), "attack")


def _town_names(claims: Sequence[ClaimRow]) -> set[str]:
    """The names written for towns, and the gazetteer's. A second name read as the same town is
    the province written after it ("Jolo, Sulu", Sulu an alias of Jolo): not a town's name."""
    out: set[str] = set()
    for c in claims:
        seen: set[str] = set()
        for p in c.places:
            if p.precision not in ("exact", "near"):
                continue
            key = f"{p.canonical or p.name}@{p.lat},{p.lon}"
            out |= {n.casefold() for n in ((p.canonical,) if key in seen else (p.name, p.canonical)) if n}
            seen.add(key)
    return out


def _toll(claims: Sequence[ClaimRow]) -> tuple[int | None, str | None]:
    """The largest figure of the incident's killings, else of whatever it counts, and its status (a
    killing told without a count is still the incident's main status: no figure, not the wounded's).

    Counts of different victims in one sentence add up ("killing 14 civilians and three
    soldiers" is a toll of 17); a count and its parts ("ten, including three children") do not.
    """
    for wanted in ("killed", None):
        counted = [c for c in claims if c.count is not None and wanted in (None, c.status)]
        if counted:
            top = max(counted, key=lambda c: c.count or 0)
            by_sentence: dict[tuple[int, int | None], list[ClaimRow]] = {}
            for c in counted:
                if c.parent_id is None and c.status == top.status:
                    by_sentence.setdefault((c.document_id, c.sentence_start), []).append(c)
            summed = max((sum(c.count or 0 for c in group) for group in by_sentence.values()
                          if len({c.victim_side for c in group}) == len(group)), default=0)
            return max(top.count or 0, summed), top.status
        if wanted == "killed" and any(c.status == "killed" for c in claims) and any(c.count for c in claims):
            return None, "killed"  # "a candidate was shot dead ... one of his guards was wounded": a death, uncounted
    return None, None


# side codes of states that fight abroad, and their home countries: at home they are the state
HOME = {"TUR": "TR", "RUS": "RU", "ISR": "IL", "IRN": "IR"}


def _at_home(side: str, country: str | None) -> str:
    """ "Turkish soldiers" killed in Hakkari are the state's forces (GOV), as in any other report."""
    return "GOV" if country is not None and HOME.get(side) == country else side


def _regions_only(c: ClaimRow) -> bool:
    """The claim's country comes from a region that spans borders ("near Lake Chad"), if at all."""
    located = [p for p in c.places if p.country]
    return bool(located) and all(p.precision == "region" and p.country == c.country and
                                 p.canonical in cross_border_regions() for p in located)


def event_dates(claims: Sequence[ClaimRow]) -> tuple[str | None, str | None]:
    """The most common period among the claims; claims without one are dated to the
    ``UNDATED_DAYS`` days up to their report's publication."""
    periods = Counter((c.period_start, c.period_end or c.period_start) for c in claims if c.period_start)
    if periods:
        # on a tie, the period of the largest count: "19 killed in Monday night's attack" over "five more
        # bodies found on Wednesday"
        biggest = {p: max((c.count or 0) for c in claims if (c.period_start, c.period_end or c.period_start) == p)
                   for p in periods}
        start, end = max(periods, key=lambda p: (periods[p], biggest[p]))
        told = " ".join(c.sentence.casefold() for c in claims)
        if start and (LATER_DEATH.search(told) or TOLL_UPDATE.search(told)):
            start = (dt.date.fromisoformat(start[:10]) - dt.timedelta(days=UPDATE_DAYS)).isoformat()
        return start, end
    published = sorted({c.published[:10] for c in claims if c.published})
    if not published:
        return (None, None)
    end_day = dt.date.fromisoformat(published[-1])
    # "Ondo government puts the death toll at 40": a later count of an attack some days before
    later = any(TOLL_UPDATE.search(c.sentence.casefold()) or LATER_TELLING.search(c.sentence.casefold())
                for c in claims if c.sentence)
    # (so is a toll of several told with no day of its own: "13 bodies found", "at least 14 killed in jungle
    # massacre", told once the dead were counted)
    later = later or max((c.count or 0 for c in claims), default=0) >= LATE_TOLL
    back = UPDATE_DAYS if later else UNDATED_DAYS
    if any(RETROSPECT.search(c.sentence) for c in claims if c.sentence):
        back = RETRO_DAYS
    return ((dt.date.fromisoformat(published[0]) - dt.timedelta(days=back)).isoformat(), end_day.isoformat())


# --- building ------------------------------------------------------------------------------
@dataclass
class BuildSummary:
    documents: int = 0
    incidents: int = 0
    events_created: int = 0
    events_merged: int = 0  # incidents attached to an event of another document
    events_deleted: int = 0
    events: int = 0

    def __str__(self) -> str:
        return (f"{self.documents} documents, {self.incidents} incidents: {self.events_created} events created, "
                f"{self.events_merged} merged with other sources, {self.events_deleted} deleted; "
                f"{self.events} events in the store")

    def to_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


class _Builder:
    def __init__(self, store: Store, matcher: str = "learned") -> None:
        self.store = store
        self.score = MATCHERS[matcher]
        self.db = store.db
        self.cache: dict[int, Features] = {}

    def event_claims(self, event_ids: Iterable[int]) -> dict[int, list[ClaimRow]]:
        ids = sorted(set(event_ids))
        out: dict[int, list[ClaimRow]] = {i: [] for i in ids}
        for k in range(0, len(ids), 500):
            chunk = ids[k:k + 500]
            rows = self.store.fetchall(
                f"SELECT claim_id, event_id FROM event_claims WHERE event_id IN ({', '.join('?' * len(chunk))})",
                chunk)
            owner = {int(r[0]): int(r[1]) for r in rows}
            if owner:
                for c in load_claims(self.store, f"c.id IN ({', '.join('?' * len(owner))})", list(owner)):
                    out[owner[c.id]].append(c)
        return out

    def candidates(self, f: Features) -> dict[int, Features]:
        if not f.date_start:
            return {}
        lo = (dt.date.fromisoformat(f.date_start[:10]) - dt.timedelta(days=DATE_SLACK)).isoformat()
        hi = (dt.date.fromisoformat((f.date_end or f.date_start)[:10]) + dt.timedelta(days=DATE_SLACK)).isoformat()
        ids = [int(r[0]) for r in self.store.fetchall(
            "SELECT id FROM events WHERE date_start <= ? AND COALESCE(date_end, date_start) >= ?", (hi, lo))]
        missing = [i for i in ids if i not in self.cache]
        for event_id, claims in self.event_claims(missing).items():
            self.cache[event_id] = features(claims) if claims else Features(None, None)
        return {i: self.cache[i] for i in ids}

    def matches_a_source(self, event_id: int, f: Features) -> bool:
        """The incident matches one other report of the event: it joined through that one, and a
        rebuild keeps it there even when the event's other reports together no longer match it."""
        by_doc: dict[int, list[ClaimRow]] = defaultdict(list)
        for c in self.event_claims([event_id])[event_id]:
            by_doc[c.document_id].append(c)
        return len(by_doc) > 1 and any(best_match(f, {event_id: features(cs)}, self.score) is not None
                                       for cs in by_doc.values())

    def new_event(self, f: Features) -> int:
        stamp = now()
        return self.db.insert("INSERT INTO events (event_type, sub_event_type, date_start, date_end, source_count, "
                              "created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)",
                              (f.event_type[0], f.event_type[1], f.date_start, f.date_end, stamp, stamp))

    def recompute(self, event_id: int, claims: Sequence[ClaimRow]) -> None:
        incident = [c for c in claims if not c.is_aggregate] or list(claims)  # or the tallies it stands on
        kind = classify(incident)
        event_type, sub, label = kind.event_type, kind.sub_event_type, kind.label
        f = features(incident)
        places = sorted((p for c in incident for p in c.places),
                        key=lambda p: (PRECISION_RANK.get(p.precision, 6), p.place_id))
        top = places[0] if places else None
        counts = Counter(p.place_id for p in places if top and p.precision == top.precision)
        if top is not None and counts:
            wanted = counts.most_common(1)[0][0]
            top = next(p for p in places if p.place_id == wanted)
        admin1 = top.admin1 if top else next((c.admin1 for c in incident if c.admin1), None)
        country = (top.country if top and top.country else None) or next(
            (c.country for c in incident if c.country), None)
        days = (f.date_start, f.date_end)
        precision = None
        if days[0]:
            span = (dt.date.fromisoformat((days[1] or days[0])[:10]) - dt.date.fromisoformat(days[0][:10])).days
            precision = 1 if span == 0 else 2 if span <= 7 else 3
        perps = Counter(c.perpetrator_actor_id for c in incident if c.perpetrator_actor_id)
        victims = Counter(c.victim_actor_id for c in incident if c.victim_actor_id)
        actor1 = perps.most_common(1)[0][0] if perps else None
        actor2 = next((a for a, _ in victims.most_common() if a != actor1), None)
        parts = {c.id for c in incident if c.parent_id in {x.id for x in incident}}
        counted = [c for c in incident if c.id not in parts and not c.is_aggregate]
        fatal: dict[tuple[str, str], list[Figure]] = defaultdict(list)
        per_doc: dict[tuple[str, str, int], list[ClaimRow]] = defaultdict(list)
        for c in counted:
            per_doc[(c.status, c.victim_side, c.document_id)].append(c)
        for (status, side, _doc), group in per_doc.items():
            fig = source_figure(group)
            if fig is not None:
                fatal[(status, side)].append(fig)
        self.db.execute("DELETE FROM event_fatalities WHERE event_id = ?", (event_id,))
        totals = [0, 0, 0]
        known = [False, False, False]
        for (status, side), figs in sorted(fatal.items()):
            low, best, high = reconcile(figs)
            self.db.execute("INSERT INTO event_fatalities (event_id, status, side, low, best, high, sources) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)", (event_id, status, side, low, best, high, len(figs)))
            if status == "killed":
                for k, v in enumerate((low, best, high)):
                    if v is not None:
                        totals[k] += v
                        known[k] = True
        note = "; ".join(dict.fromkeys(c.sentence.strip() for c in incident))[:500]
        if label:
            note = f"[{label}] {note}"
        self.db.execute(
            "UPDATE events SET event_type = ?, sub_event_type = ?, date_start = ?, date_end = ?, time_precision = ?, "
            "country = ?, admin1 = ?, admin2 = ?, location = ?, place_id = ?, lat = ?, lon = ?, geo_precision = ?, "
            "actor1_id = ?, actor2_id = ?, fatalities_low = ?, fatalities_best = ?, fatalities_high = ?, "
            "source_count = ?, notes = ?, updated_at = ? WHERE id = ?",
            (event_type, sub, days[0], days[1], precision, country, admin1, top.admin2 if top else None,
             (top.canonical or top.name) if top else None, top.place_id if top else None,
             top.lat if top else None, top.lon if top else None, top.precision if top else None, actor1, actor2,
             *(t if k else None for t, k in zip(totals, known, strict=True)),
             len({c.document_id for c in claims}), note, now(), event_id))
        # (merging compares all the event's claims, the tallies it rests on too, as `candidates` does)
        self.cache[event_id] = f if len(incident) == len(claims) else features(claims)


def build_events(store: Store, document_ids: Iterable[int] | None = None, matcher: str = "learned") -> BuildSummary:
    """(Re)build the events of the given documents (``documents.id``; all when None) and merge
    them with the stored events of other documents (``matcher``: "learned" or "rules", see
    ``tolltrack.store.matcher``). Idempotent; one transaction."""
    summary = BuildSummary()
    b = _Builder(store, matcher)
    with store.transaction():
        if document_ids is None:
            docs = [int(r[0]) for r in store.fetchall("SELECT id FROM documents ORDER BY published, id")]
        else:
            wanted = sorted(set(document_ids))
            docs = [int(r[0]) for r in store.fetchall("SELECT id, published FROM documents ORDER BY published, id")
                    if int(r[0]) in wanted]
        summary.documents = len(docs)
        touched: set[int] = set()
        # events whose claims were deleted by a replaced document are stale too
        touched.update(int(r[0]) for r in store.fetchall(
            "SELECT e.id FROM events e WHERE e.source_count <> (SELECT COUNT(DISTINCT c.document_id) FROM "
            "event_claims ec JOIN claims c ON c.id = ec.claim_id WHERE ec.event_id = e.id)"))
        for doc_id in docs:
            claims = event_claims_of(store, doc_id)
            previous = {int(r[0]): int(r[1]) for r in store.fetchall(
                "SELECT ec.claim_id, ec.event_id FROM event_claims ec JOIN claims c ON c.id = ec.claim_id "
                "WHERE c.document_id = ?", (doc_id,))}
            if previous:
                touched.update(previous.values())
                store.db.execute("DELETE FROM event_claims WHERE claim_id IN (SELECT id FROM claims WHERE "
                                 "document_id = ?)", (doc_id,))
                for e in set(previous.values()):
                    b.cache.pop(e, None)
            for group in group_incidents(claims):
                summary.incidents += 1
                f = features(group)
                cands = b.candidates(f)
                before = {previous[c.id] for c in group if c.id in previous}
                event_id: int | None = None
                if len(before) == 1:  # keep the event id of an unchanged incident
                    old = before.pop()
                    if old not in b.cache:
                        rows = b.event_claims([old])[old]
                        b.cache[old] = features(rows) if rows else Features(None, None)
                    old_f = b.cache[old]
                    if old_f.date_start is None or best_match(f, {old: old_f}, b.score) is not None or \
                            b.matches_a_source(old, f):
                        event_id = old
                if event_id is None:
                    event_id = best_match(f, {k: v for k, v in cands.items() if v.date_start is not None}, b.score)
                    if event_id is not None:
                        summary.events_merged += 1
                if event_id is None:
                    event_id = b.new_event(f)
                    summary.events_created += 1
                parts = {c.id for c in group if c.parent_id in {x.id for x in group}}
                store.db.executemany("INSERT INTO event_claims (event_id, claim_id, role) VALUES (?, ?, ?)",
                                     [(event_id, c.id, role(c, parts)) for c in group])
                prior = b.cache.get(event_id)
                b.cache[event_id] = combine([prior, f]) if prior and prior.date_start else f
                touched.add(event_id)
        claims_of = b.event_claims(touched)
        for event_id, claims in sorted(claims_of.items()):
            if claims:
                b.recompute(event_id, claims)
            else:
                store.db.execute("DELETE FROM events WHERE id = ?", (event_id,))
                summary.events_deleted += 1
        row = store.fetchall("SELECT COUNT(*) FROM events")
        summary.events = int(row[0][0])
    return summary
