"""What the report and the dashboard read from the store: filtered events, claims, tallies, control.

    >>> from tolltrack.report.data import Filters, list_events, event_detail
    >>> total, events = list_events(store, Filters(country="SY", since="2024-01-01"), limit=50)

Every query is written with ``?`` placeholders and fixed SQL fragments; user input only
ever travels as a bound parameter. ``Filters`` checks its values and raises
``FilterError`` (a ``ValueError``) with a message naming the bad one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from functools import cache, cached_property
from itertools import chain
from operator import attrgetter
from typing import Any

from tolltrack.model import STATUSES
from tolltrack.query.control import ControlPoint, control_over_time
from tolltrack.query.tally import (
    BY,
    UNKNOWN,
    VAGUE_SIDES,
    Contribution,
    Span,
    TallyRow,
    _actor_matches,
    _check,
    _month_key,
    _tally_units,
    select_tallies,
)
from tolltrack.report.incidents import Incident, incident_index
from tolltrack.store.events import ClaimRow, load_claims
from tolltrack.store.store import Store

PAGE_DEFAULT = 50
PAGE_MAX = 500
MAP_MAX = 5000
TEXT_MAX = 200
_SIDE = re.compile(r"^[A-Za-z]{2,8}$")

# Perpetrator sides and their colours (colour-blind-friendly where possible); others get a stable grey-ish hue.
SIDE_COLORS = {
    "GOV": "#1f77b4", "RUS": "#d62728", "IRN": "#8c564b", "ISIS": "#222222", "HTS": "#7f7f00", "JIH": "#555555",
    "OPP": "#2ca02c", "SDF": "#ff7f0e", "TUR": "#e377c2", "COAL": "#17becf", "ISR": "#9467bd", "FOR": "#bcbd22",
    "UA": "#0057b7", "CIV": "#aec7e8", "MIX": "#999999", "UNK": "#bbbbbb",
}
_EXTRA = ("#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354")


def side_color(side: str | None) -> str:
    """A fixed colour for a side code (the same in the report, the map and the dashboard)."""
    if not side:
        return SIDE_COLORS["UNK"]
    if side in SIDE_COLORS:
        return SIDE_COLORS[side]
    return _EXTRA[sum(map(ord, side)) % len(_EXTRA)]


class FilterError(ValueError):
    """A filter value that cannot be used; the message names it."""


def _text(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if len(value) > TEXT_MAX:
        raise FilterError(f"{name} is longer than {TEXT_MAX} characters")
    if any(ord(ch) < 32 for ch in value):
        raise FilterError(f"{name} contains control characters")
    return value


@dataclass(frozen=True)
class Filters:
    """A selection of events and claims. ``actor`` is a side code or part of a perpetrator's name;
    ``side`` is the perpetrator side of the event (actor1); ``source`` an outlet, document key or reporter."""

    since: str | None = None
    until: str | None = None
    country: str | None = None
    admin1: str | None = None
    actor: str | None = None
    side: str | None = None
    status: str | None = None
    source: str | None = None

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = _text(name, getattr(self, name))
            if value is not None:
                try:
                    dt.date.fromisoformat(value)
                except ValueError:
                    raise FilterError(f"{name} {value!r} is not a date in the form YYYY-MM-DD") from None
                if len(value) != 10:
                    raise FilterError(f"{name} {value!r} is not a date in the form YYYY-MM-DD")
            object.__setattr__(self, name, value)
        if self.since and self.until and self.since > self.until:
            raise FilterError(f"since {self.since} is after until {self.until}")
        country = _text("country", self.country)
        if country is not None and (len(country) != 2 or not country.isascii() or not country.isalpha()):
            raise FilterError(f"country {country!r} is not a two-letter ISO code such as SY")
        object.__setattr__(self, "country", country.upper() if country else None)
        status = _text("status", self.status)
        if status is not None and status not in STATUSES:
            raise FilterError(f"status {status!r} is not one of {', '.join(STATUSES)}")
        object.__setattr__(self, "status", status)
        side = _text("side", self.side)
        if side is not None and not _SIDE.match(side):
            raise FilterError(f"side {side!r} is not a side code such as GOV or ISIS")
        object.__setattr__(self, "side", side.upper() if side else None)
        for name in ("admin1", "actor", "source"):
            object.__setattr__(self, name, _text(name, getattr(self, name)))

    def to_dict(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    def describe(self) -> str:
        d = self.to_dict()
        return ", ".join(f"{k} {v}" for k, v in d.items()) if d else "all events and claims in the store"


def _after(day: str) -> str:
    """The day after ``day`` (ISO), so that ``x < _after(until)`` keeps every time on ``until``."""
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


def _like(value: str) -> str:
    return "%" + value.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _event_where(f: Filters, *, dates: bool = True) -> tuple[str, list[Any]]:
    """The WHERE clause on events ``e`` (joined with actors ``a1``) for the filters."""
    sql: list[str] = []
    params: list[Any] = []
    if dates and f.since:
        sql.append("e.date_start >= ?")
        params.append(f.since)
    if dates and f.until:
        sql.append("e.date_start < ?")
        params.append(_after(f.until))
    if f.country:
        sql.append("e.country = ?")
        params.append(f.country)
    if f.admin1:
        sql.append("LOWER(e.admin1) = ?")
        params.append(f.admin1.casefold())
    if f.side:
        sql.append("a1.side = ?")
        params.append(f.side)
    # (subqueries as "e.id IN (...)", evaluated once, rather than EXISTS for each event: 3-5 times faster
    # on 50,000 events)
    if f.actor:  # a claim's perpetrator is its row in actors (Store.write): match those few rows first
        sql.append("e.id IN (SELECT ec.event_id FROM claims c JOIN event_claims ec ON ec.claim_id = c.id WHERE "
                   "c.perpetrator_actor_id IN (SELECT pa.id FROM actors pa WHERE UPPER(pa.side) = ? OR "
                   "LOWER(pa.name) LIKE ? ESCAPE '\\'))")
        params += [f.actor.upper(), _like(f.actor)]
    if f.status:
        sql.append("e.id IN (SELECT fs.event_id FROM event_fatalities fs WHERE fs.status = ?)")
        params.append(f.status)
    if f.source:
        s = f.source.casefold()
        sql.append(f"e.id IN ({_SOURCE_EVENTS})")
        params += [s, s, s]
    return (" WHERE " + " AND ".join(sql)) if sql else "", params


# Events with a claim from a source (outlet, document key or reporter; parameters: the casefolded name three
# times). A union, so that each part can use its expression index (migration 3).
_SOURCE_EVENTS = (
    "SELECT ec.event_id FROM documents d JOIN claims c ON c.document_id = d.id JOIN event_claims ec ON "
    "ec.claim_id = c.id WHERE LOWER(d.outlet) = ? OR LOWER(d.doc_key) = ? UNION SELECT ec.event_id FROM claims c "
    "JOIN event_claims ec ON ec.claim_id = c.id WHERE LOWER(c.reported_by) = ?")


_EVENT_COLUMNS = (
    "e.id, e.event_type, e.sub_event_type, e.date_start, e.date_end, e.country, e.admin1, e.admin2, e.location, "
    "e.lat, e.lon, e.geo_precision, e.fatalities_low, e.fatalities_best, e.fatalities_high, e.source_count, "
    "e.notes, a1.name, a1.side, a2.name, a2.side")
_EVENT_FROM = "FROM events e LEFT JOIN actors a1 ON a1.id = e.actor1_id LEFT JOIN actors a2 ON a2.id = e.actor2_id"


def _event(r: tuple[Any, ...]) -> dict[str, Any]:
    keys = ("id", "event_type", "sub_event_type", "date_start", "date_end", "country", "admin1", "admin2",
            "location", "lat", "lon", "geo_precision", "fatalities_low", "fatalities_best", "fatalities_high",
            "source_count", "notes")
    e = dict(zip(keys, r[:17], strict=True))
    e["perpetrator"] = {"name": r[17], "side": r[18]} if r[17] else None
    e["victim"] = {"name": r[19], "side": r[20]} if r[19] else None
    e["color"] = side_color(r[18])
    return e


def page(limit: int | None, offset: int | None) -> tuple[int, int]:
    """A page: ``limit`` capped at ``PAGE_MAX`` (default ``PAGE_DEFAULT``), ``offset`` ≥ 0."""
    lim = PAGE_DEFAULT if limit is None else max(1, min(int(limit), PAGE_MAX))
    return lim, max(0, int(offset or 0))


def list_events(store: Store, f: Filters, *, limit: int | None = PAGE_DEFAULT, offset: int | None = 0,
                order: str = "date") -> tuple[int, list[dict[str, Any]]]:
    """Events matching the filters (newest first, or largest first with ``order="fatalities"``), and how many."""
    where, params = _event_where(f)
    total = int(store.fetchall(f"SELECT COUNT(*) {_EVENT_FROM}{where}", params)[0][0])
    lim, off = page(limit, offset)
    order_sql = ("COALESCE(e.fatalities_best, 0) DESC, e.date_start DESC, e.id" if order == "fatalities"
                 else "e.date_start DESC, e.id DESC")
    rows = store.fetchall(f"SELECT {_EVENT_COLUMNS} {_EVENT_FROM}{where} ORDER BY {order_sql} LIMIT ? OFFSET ?",
                          [*params, lim, off])
    return total, [_event(r) for r in rows]


def all_events(store: Store, f: Filters) -> list[dict[str, Any]]:
    """Every event matching the filters, oldest first (for the report)."""
    where, params = _event_where(f)
    return [_event(r) for r in store.fetchall(
        f"SELECT {_EVENT_COLUMNS} {_EVENT_FROM}{where} ORDER BY e.date_start, e.id", params)]


def map_points(store: Store, f: Filters, limit: int = MAP_MAX) -> list[dict[str, Any]]:
    """Compact points for the map, the largest first: id, lat, lon, best, side, colour, place, date."""
    where, params = _event_where(f)
    where += (" AND " if where else " WHERE ") + "e.lat IS NOT NULL AND e.lon IS NOT NULL"
    rows = store.fetchall(
        f"SELECT e.id, e.lat, e.lon, COALESCE(e.fatalities_best, 0), a1.side, e.location, e.date_start "
        f"{_EVENT_FROM}{where} ORDER BY COALESCE(e.fatalities_best, 0) DESC, e.id LIMIT ?", [*params, limit])
    return [{"id": int(r[0]), "lat": r[1], "lon": r[2], "best": int(r[3]), "side": r[4] or "UNK",
             "color": side_color(r[4]), "location": r[5], "date": r[6]} for r in rows]


def timeline(store: Store, f: Filters, status: str = "killed") -> list[dict[str, Any]]:
    """Reconciled figures of events per month and perpetrator side (``status``, default killed)."""
    where, params = _event_where(f)
    where += (" AND " if where else " WHERE ") + "e.date_start IS NOT NULL"
    rows = store.fetchall(
        f"SELECT SUBSTR(e.date_start, 1, 7) AS month, a1.side, SUM(fx.best), COUNT(DISTINCT e.id) {_EVENT_FROM} "
        f"JOIN event_fatalities fx ON fx.event_id = e.id AND fx.status = ?{where} "
        "GROUP BY SUBSTR(e.date_start, 1, 7), a1.side ORDER BY month", [status, *params])
    return [{"month": r[0], "side": r[1] or "UNK", "best": int(r[2] or 0), "events": int(r[3])} for r in rows]


# --- highlighting ---------------------------------------------------------------------------

@cache
def _number_words() -> re.Pattern[str]:
    from tolltrack.data import load

    data = load("numbers")
    words = sorted({w for table in ("units", "tens", "scales") for w in data.get(table, {})} |
                   {"dozens", "hundreds", "thousands", "scores", "a dozen", "several", "dozen"}, key=len, reverse=True)
    return re.compile(r"\d[\d,.]*\d|\d|\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def highlight(sentence: str | None, evidence: str, evidence_at: int | None = None) -> list[dict[str, str]]:
    """The sentence in parts ``{"text", "mark"}``: mark ``""``, ``"evidence"`` or ``"number"`` (the figure
    inside the evidence). Plain text only; whoever shows it escapes it."""
    sentence = sentence or evidence
    at = evidence_at if (evidence_at is not None and evidence_at >= 0 and
                         sentence[evidence_at:evidence_at + len(evidence)] == evidence) else sentence.find(evidence)
    if at < 0 or not evidence:
        sentence, at = evidence, 0
    parts = []
    if at:
        parts.append({"text": sentence[:at], "mark": ""})
    m = _number_words().search(evidence)
    if m:
        pieces = ((evidence[:m.start()], "evidence"), (m.group(0), "number"), (evidence[m.end():], "evidence"))
        for text, mark in pieces:
            if text:
                parts.append({"text": text, "mark": mark})
    elif evidence:
        parts.append({"text": evidence, "mark": "evidence"})
    rest = sentence[at + len(evidence):]
    if rest:
        parts.append({"text": rest, "mark": ""})
    return parts


def claim_dict(c: ClaimRow, role: str | None = None, title: str | None = None) -> dict[str, Any]:
    at = c.evidence_start - c.sentence_start if c.sentence_start is not None else None
    return {
        "id": c.id, "document": c.doc_key, "document_id": c.document_id, "outlet": c.outlet, "title": title,
        "published": c.published, "reported_by": c.reported_by, "role": role, "status": c.status, "count": c.count,
        "qualifier": c.qualifier, "low": c.low, "best": c.best, "high": c.high, "aggregate": c.is_aggregate,
        "parent": c.parent_id,
        "victim": {"side": c.victim_side, "name": c.victim_name},
        "perpetrator": {"side": c.perpetrator_side, "name": c.perpetrator_name} if c.perpetrator_side else None,
        "admin1": c.admin1, "country": c.country, "period": {"start": c.period_start, "end": c.period_end},
        "places": [{"name": p.name, "admin1": p.admin1, "country": p.country, "lat": p.lat, "lon": p.lon,
                    "precision": p.precision} for p in c.places],
        "evidence": {"start": c.evidence_start, "end": c.evidence_end, "text": c.evidence_text},
        "sentence": c.sentence, "highlight": highlight(c.sentence, c.evidence_text, at),
    }


def _titles(store: Store, doc_ids: set[int]) -> dict[int, str | None]:
    ids = sorted(doc_ids)
    out: dict[int, str | None] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update((int(r[0]), r[1]) for r in store.fetchall(
            f"SELECT id, title FROM documents WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
    return out


def event_claims(store: Store, event_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """The claims of events, as ``claim_dict``s with their role, per event id."""
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for i in range(0, len(event_ids), 500):
        chunk = event_ids[i:i + 500]
        marks = ", ".join("?" * len(chunk))
        links = {int(c): (int(e), role) for c, e, role in store.fetchall(
            f"SELECT claim_id, event_id, role FROM event_claims WHERE event_id IN ({marks})", chunk)}
        claims = load_claims(store, f"c.id IN (SELECT claim_id FROM event_claims WHERE event_id IN ({marks}))", chunk)
        titles = _titles(store, {c.document_id for c in claims})
        for c in claims:
            eid, role = links[c.id]
            out[eid].append(claim_dict(c, role, titles.get(c.document_id)))
    return out


def fatalities(store: Store, event_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for i in range(0, len(event_ids), 500):
        chunk = event_ids[i:i + 500]
        for r in store.fetchall("SELECT event_id, status, side, low, best, high, sources FROM event_fatalities "
                                f"WHERE event_id IN ({', '.join('?' * len(chunk))}) ORDER BY event_id, status, side",
                                chunk):
            out[int(r[0])].append(dict(zip(("status", "side", "low", "best", "high", "sources"), r[1:], strict=True)))
    return out


def event_detail(store: Store, event_id: int) -> dict[str, Any] | None:
    """One event with its reconciled figures per status and side and every source's claims."""
    rows = store.fetchall(f"SELECT {_EVENT_COLUMNS} {_EVENT_FROM} WHERE e.id = ?", (event_id,))
    if not rows:
        return None
    e = _event(rows[0])
    e["fatalities"] = fatalities(store, [event_id]).get(event_id, [])
    e["claims"] = event_claims(store, [event_id]).get(event_id, [])
    e["sources"] = sorted({c["outlet"] or c["reported_by"] or c["document"] for c in e["claims"]})
    return e


# --- claims, documents, places ----------------------------------------------------------------

def _claim_where(f: Filters) -> tuple[str, list[Any]]:
    sql: list[str] = []
    params: list[Any] = []
    if f.since:
        sql.append("COALESCE(c.period_start, d.published) >= ?")
        params.append(f.since)
    if f.until:
        sql.append("COALESCE(c.period_end, c.period_start, d.published) < ?")
        params.append(_after(f.until))
    if f.country:
        sql.append("c.country = ?")
        params.append(f.country)
    if f.admin1:
        sql.append("LOWER(c.admin1) = ?")
        params.append(f.admin1.casefold())
    if f.side:
        sql.append("c.perpetrator_side = ?")
        params.append(f.side)
    if f.actor:
        sql.append("(UPPER(c.perpetrator_side) = ? OR LOWER(c.perpetrator_name) LIKE ? ESCAPE '\\')")
        params += [f.actor.upper(), _like(f.actor)]
    if f.status:
        sql.append("c.status = ?")
        params.append(f.status)
    if f.source:
        s = f.source.casefold()
        sql.append("(LOWER(d.outlet) = ? OR LOWER(d.doc_key) = ? OR LOWER(c.reported_by) = ?)")
        params += [s, s, s]
    return " AND ".join(sql) if sql else "1 = 1", params


def list_claims(store: Store, f: Filters, *, document_id: int | None = None, limit: int | None = PAGE_DEFAULT,
                offset: int | None = 0) -> tuple[int, list[dict[str, Any]]]:
    where, params = _claim_where(f)
    if document_id is not None:
        where += " AND c.document_id = ?"
        params.append(document_id)
    total = int(store.fetchall(f"SELECT COUNT(*) FROM claims c JOIN documents d ON d.id = c.document_id "
                               f"WHERE {where}", params)[0][0])
    lim, off = page(limit, offset)
    ids = [int(r[0]) for r in store.fetchall(
        f"SELECT c.id FROM claims c JOIN documents d ON d.id = c.document_id WHERE {where} "
        "ORDER BY c.document_id, c.seq LIMIT ? OFFSET ?", [*params, lim, off])]
    if not ids:
        return total, []
    claims = load_claims(store, f"c.id IN ({', '.join('?' * len(ids))})", ids)
    links = dict(store.fetchall(f"SELECT claim_id, event_id FROM event_claims WHERE claim_id IN "
                                f"({', '.join('?' * len(ids))})", ids))
    titles = _titles(store, {c.document_id for c in claims})
    out = []
    for c in claims:
        d = claim_dict(c, title=titles.get(c.document_id))
        d["event"] = links.get(c.id)
        out.append(d)
    return total, out


_DOC_COLUMNS = "d.id, d.doc_key, d.url, d.outlet, d.title, d.published, d.ingested_at"


def _doc(r: tuple[Any, ...]) -> dict[str, Any]:
    d = dict(zip(("id", "key", "url", "outlet", "title", "published", "ingested_at"), r[:7], strict=True))
    if len(r) > 7:
        d["claims"] = int(r[7])
    return d


def list_documents(store: Store, f: Filters, *, limit: int | None = PAGE_DEFAULT,
                   offset: int | None = 0) -> tuple[int, list[dict[str, Any]]]:
    sql: list[str] = []
    params: list[Any] = []
    if f.since:
        sql.append("d.published >= ?")
        params.append(f.since)
    if f.until:
        sql.append("d.published < ?")
        params.append(_after(f.until))
    if f.source:
        s = f.source.casefold()
        sql.append("(LOWER(d.outlet) = ? OR LOWER(d.doc_key) = ?)")
        params += [s, s]
    where = (" WHERE " + " AND ".join(sql)) if sql else ""
    total = int(store.fetchall(f"SELECT COUNT(*) FROM documents d{where}", params)[0][0])
    lim, off = page(limit, offset)
    rows = store.fetchall(f"SELECT {_DOC_COLUMNS}, (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id) "
                          f"FROM documents d{where} ORDER BY d.published DESC, d.id LIMIT ? OFFSET ?",
                          [*params, lim, off])
    return total, [_doc(r) for r in rows]


def document_detail(store: Store, document_id: int) -> dict[str, Any] | None:
    rows = store.fetchall(f"SELECT {_DOC_COLUMNS}, d.text FROM documents d WHERE d.id = ?", (document_id,))
    if not rows:
        return None
    d = _doc(rows[0][:7])
    d["text"] = rows[0][7]
    d["claims"] = list_claims(store, Filters(), document_id=document_id, limit=PAGE_MAX)[1]
    return d


def list_places(store: Store, f: Filters, *, limit: int | None = PAGE_DEFAULT,
                offset: int | None = 0) -> tuple[int, list[dict[str, Any]]]:
    sql: list[str] = []
    params: list[Any] = []
    if f.country:
        sql.append("p.country = ?")
        params.append(f.country)
    if f.admin1:
        sql.append("LOWER(p.admin1) = ?")
        params.append(f.admin1.casefold())
    where = (" WHERE " + " AND ".join(sql)) if sql else ""
    total = int(store.fetchall(f"SELECT COUNT(*) FROM places p{where}", params)[0][0])
    lim, off = page(limit, offset)
    rows = store.fetchall(
        "SELECT p.id, p.name, p.canonical, p.admin1, p.admin2, p.country, p.lat, p.lon, p.precision, "
        "(SELECT COUNT(*) FROM claim_places cp WHERE cp.place_id = p.id), "
        f"(SELECT COUNT(*) FROM events e WHERE e.place_id = p.id) FROM places p{where} "
        "ORDER BY p.country, p.admin1, p.name, p.id LIMIT ? OFFSET ?", [*params, lim, off])
    keys = ("id", "name", "canonical", "admin1", "admin2", "country", "lat", "lon", "precision", "claims", "events")
    return total, [dict(zip(keys, r, strict=True)) for r in rows]


def facets(store: Store) -> dict[str, list[str]]:
    """The values the dashboard's filters offer: sides, admin1s, sources, statuses, date range."""
    sides = [r[0] for r in store.fetchall("SELECT DISTINCT a.side FROM actors a WHERE a.id IN (SELECT actor1_id FROM "
                                          "events) ORDER BY a.side") if r[0]]
    admin1 = [r[0] for r in store.fetchall("SELECT DISTINCT admin1 FROM events WHERE admin1 IS NOT NULL "
                                           "ORDER BY admin1")]
    sources = [r[0] for r in store.fetchall("SELECT DISTINCT COALESCE(outlet, doc_key) FROM documents ORDER BY 1")]
    dates = store.fetchall("SELECT MIN(date_start), MAX(date_start) FROM events")
    return {"sides": sides, "admin1": admin1, "sources": sources, "statuses": list(STATUSES),
            "dates": [dates[0][0], dates[0][1]] if dates else [None, None]}


# --- tallies and control -----------------------------------------------------------------------

@dataclass
class Tally:
    """A tally (``tolltrack.query.tally``) narrowed by the filters it cannot apply itself (admin1, side,
    source): contributions outside them are dropped, and the rows summed again. The events' contributions
    are made when first asked for (``to_dict`` writes them straight from the kept incidents)."""

    status: str
    by: str
    rows: list[TallyRow]
    claim_units: list[Contribution]  # the counted tally claims (whole, parts, remainders)
    excluded: list[tuple[int, str]]
    covered_events: list[int]
    warnings: list[str] = field(default_factory=list)
    events: list[tuple[str, Incident]] = field(default_factory=list)  # (row key, incident) counted
    evidence: dict[int, tuple[str, int, int, str]] = field(default_factory=dict)  # claim -> span
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # row key -> (events, claims)

    @property
    def total(self) -> int:
        return sum(r.best for r in self.rows)

    @cached_property
    def contributions(self) -> list[Contribution]:
        """Every counted unit: the tally claims, then the events (in ``tally``'s order)."""
        ev = self.evidence
        return [*self.claim_units, *(
            Contribution("event", key, i.best, i.low, i.high, i.event_id, list(i.claims),
                         [Span(*ev[x]) for x in i.claims if x in ev]) for key, i in self.events)]

    def _contribution_dicts(self) -> list[dict[str, Any]]:
        ev = self.evidence
        out = [c.to_dict() for c in self.claim_units]
        out += [{"kind": "event", "key": key, "best": i.best, "low": i.low, "high": i.high, "event": i.event_id,
                 "claims": list(i.claims),
                 "evidence": [{"document": d, "start": a, "end": b, "text": t}
                              for d, a, b, t in (ev[x] for x in i.claims if x in ev)]}
                for key, i in self.events]
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "by": self.by, "total": self.total,
                "low": sum(r.low for r in self.rows), "high": sum(r.high for r in self.rows),
                "rows": [r.to_dict() for r in self.rows], "contributions": self._contribution_dicts(),
                "excluded": [{"claim": c, "reason": r} for c, r in self.excluded],
                "covered_events": self.covered_events, "warnings": self.warnings}

    def summary(self) -> dict[str, Any]:
        """``to_dict`` without contributions and id lists: figures per row with how many events and claims."""
        return {"status": self.status, "by": self.by, "total": self.total,
                "low": sum(r.low for r in self.rows), "high": sum(r.high for r in self.rows),
                "rows": [{"key": r.key, "best": r.best, "low": r.low, "high": r.high,
                          "event_count": self.counts.get(r.key, (len(r.events), 0))[0],
                          "claim_count": self.counts.get(r.key, (0, len(r.claims)))[1]} for r in self.rows],
                "excluded": [{"claim": c, "reason": r} for c, r in self.excluded],
                "covered_event_count": len(self.covered_events), "warnings": self.warnings}


_BEST, _LOW, _HIGH, _EVENT, _CLAIMS = (attrgetter(name) for name in ("best", "low", "high", "event_id", "claims"))


def _rows(units: list[Contribution], events: list[tuple[str, Incident]], by: str,
          ids: bool = True) -> tuple[list[TallyRow], dict[str, tuple[int, int]]]:
    """Rows summed from the tally-claim units, then the events ``(key, incident)``, as ``tally`` sums its
    contributions: best, low (missing: 0), high (missing: best), each event and claim listed once, in order;
    and per row key, how many events and claims. ``ids=False`` leaves the rows' lists empty (faster)."""
    groups: dict[str, tuple[list[Contribution], list[Incident]]] = {}
    for u in units:
        groups.setdefault(u.key, ([], []))[0].append(u)
    for key, i in events:
        found = groups.get(key)
        if found is None:
            found = groups[key] = ([], [])
        found[1].append(i)
    rows = []
    counts: dict[str, tuple[int, int]] = {}
    for key, (us, inc) in groups.items():  # (map with attrgetter over the incidents: 50,000 in some 10 ms)
        highs = list(map(_HIGH, inc))
        high = sum(highs) if None not in highs else sum(i.best if i.high is None else i.high for i in inc)
        row = TallyRow(key, sum(u.best for u in us) + sum(map(_BEST, inc)),
                       sum(u.low or 0 for u in us) + sum(filter(None, map(_LOW, inc))),
                       sum(u.best if u.high is None else u.high for u in us) + high)
        event_ids = dict.fromkeys(u.event_id for u in us if u.event_id is not None)
        event_ids.update(dict.fromkeys(map(_EVENT, inc)))
        unit_claims = dict.fromkeys(chain.from_iterable(u.claims for u in us))
        if ids:
            claims = dict(unit_claims)
            claims.update(dict.fromkeys(chain.from_iterable(map(_CLAIMS, inc))))
            row.events, row.claims = list(event_ids), list(claims)
            counts[key] = (len(event_ids), len(claims))
        else:  # an incident's claims are its own (incidents.py), and never tally claims
            counts[key] = (len(event_ids), len(unit_claims) + sum(map(len, map(_CLAIMS, inc))))
        rows.append(row)
    return sorted(rows, key=lambda r: (r.key if by == "month" else "", -r.best, r.key)), counts


def _event_keys(incidents: list[Incident], by: str) -> list[str]:
    """Each incident's row key, as ``tally`` makes it."""
    if by == "side":
        return [i.side for i in incidents]
    if by == "admin1":
        return [i.admin1 or UNKNOWN for i in incidents]
    if by == "month":
        return [_month_key(i.date, i.date) for i in incidents]
    return [i.actor_name or UNKNOWN for i in incidents]


def filtered_tally(store: Store, f: Filters, status: str = "killed", by: str = "side", *,
                   contributions: bool = True) -> Tally:
    """``tolltrack.query.tally.tally`` with the filters: since/until/country/actor select what it counts;
    admin1, side and source then narrow its contributions (an event by its own governorate, perpetrator side
    and sources; a tally claim by its own). ``contributions=False`` gives what ``Tally.summary`` needs:
    the rows' figures (without their event and claim lists), exclusions, covered events and warnings.

    The rules and results are ``tally``'s followed by that narrowing (``tests/e2e/test_tally_consistency.py``
    compares them on generated stores); they are applied to an ``incidents.incident_index`` of the status,
    read once while the store is unchanged."""
    if status not in STATUSES:
        raise FilterError(f"status {status!r} is not one of {', '.join(STATUSES)}")
    if by not in BY:
        raise FilterError(f"by {by!r} is not one of {', '.join(BY)}")
    try:
        _check(status, by, f.since, f.until, f.country)
    except ValueError as exc:
        raise FilterError(str(exc)) from None
    since, until, country, actor = f.since, f.until, f.country, f.actor
    index = incident_index(store, status)
    warnings: list[str] = []
    if index.unlinked:
        warnings.append(f"{index.unlinked} incident claims are in no event and are not counted: "
                        "run `tolltrack events rebuild`")
    excluded: list[tuple[int, str]] = []

    # incidents: as tally selects them (dates, country, actor)
    incidents = index.incidents
    window = index.window(since, until) if (since or until) else range(len(incidents))
    chosen: range | list[int]
    in_play: range | set[int]
    if window is None or country or actor:
        if window is None:
            chosen = [k for k, i in enumerate(incidents) if not (
                (since and (not i.date or i.date < since)) or (until and (not i.date or i.date > until)))]
        else:
            chosen = list(window)
        if country:
            chosen = [k for k in chosen if incidents[k].country == country]
        if actor:  # the event's perpetrator, or one of its claims' of this victim side
            pairs = {p for p in index.actor_pairs if _actor_matches(actor, *p)}
            chosen = [k for k in chosen if (incidents[k].actor_side, incidents[k].actor_name) in pairs
                      or any(p in pairs for p in incidents[k].claim_actors)]
        in_play = set(chosen)
    else:
        chosen = in_play = window

    # tally claims: tally's rules (series, breakdowns, overlaps, tallies against incidents)
    aggregates = index.aggregates
    children, accepted = select_tallies(aggregates, since, until, country, actor, excluded)
    # 4. each incident goes to the first accepted tally (in that order) whose scope covers it (_Scope.covers)
    owner: set[int] = set()
    covered: dict[int, list[int]] = defaultdict(list)
    for scope in accepted:
        c, start, end = scope.claim, scope.start, scope.end
        cid, vside, pside, a1, co = (c.id, None if c.victim_side in VAGUE_SIDES else c.victim_side,
                                     c.perpetrator_side, c.admin1, c.country)
        inside = covered[cid]
        for k in (*index.between(start, end), *index.by_parent.get(cid, ())):
            if k in owner or k not in in_play:
                continue
            i = incidents[k]
            if cid in i.parents or (
                    i.date and start <= i.date[:10] <= end and (vside is None or i.side == vside)
                    and not (pside and i.perps and pside not in i.perps) and not (a1 and i.admin1 and a1 != i.admin1)
                    and not (co and i.country and co != i.country)):
                owner.add(k)
                inside.append(k)
    counted: list[Contribution] = []
    covered_events: set[int] = set()
    removed: set[int] = set()
    for scope in accepted:
        c = scope.claim
        inside = covered.get(c.id, [])
        total = sum(incidents[k].best for k in inside)
        if (c.best or 0) >= total:
            counted.extend(_tally_units(c, children.get(c.id, []), by))
            removed.update(inside)
            covered_events.update(incidents[k].event_id for k in inside)
        else:
            excluded.append((c.id, f"smaller than the {total} of the incidents inside its scope"))
    if removed:
        kept = [incidents[k] for k in chosen if k not in removed]
    else:
        kept = incidents[chosen.start:chosen.stop] if isinstance(chosen, range) else [incidents[k] for k in chosen]

    # the narrowing filters
    if f.admin1:
        a1 = f.admin1.casefold()
        kept = [i for i in kept if i.admin1 is not None and i.admin1.casefold() == a1]
    if f.side:
        kept = [i for i in kept if i.actor_side == f.side]
    if f.source and kept:
        src = f.source.casefold()
        sourced = {int(r[0]) for r in store.fetchall(_SOURCE_EVENTS, (src, src, src))}
        kept = [i for i in kept if i.event_id in sourced]
    if (f.admin1 or f.side or f.source) and counted:
        claim_ids = sorted({x for u in counted for x in u.claims})
        cwhere, cparams = _claim_where(Filters(admin1=f.admin1, side=f.side, source=f.source))
        keep_claims: set[int] = set()
        for n in range(0, len(claim_ids), 500):
            chunk = claim_ids[n:n + 500]
            keep_claims |= {int(r[0]) for r in store.fetchall(
                f"SELECT c.id FROM claims c JOIN documents d ON d.id = c.document_id WHERE {cwhere} AND c.id IN "
                f"({', '.join('?' * len(chunk))})", [*cparams, *chunk])}
        counted = [u for u in counted if any(x in keep_claims for x in u.claims)]
    events = list(zip(_event_keys(kept, by), kept, strict=True))
    rows, counts = _rows(counted, events, by, ids=contributions)
    if not contributions:
        return Tally(status, by, rows, [], sorted(excluded), sorted(covered_events), warnings, counts=counts)
    return Tally(status, by, rows, counted, sorted(excluded), sorted(covered_events), warnings, events,
                 index.evidence, counts)


def control_points(store: Store, f: Filters) -> list[ControlPoint]:
    """Control claims for the actor (side or name part) with ``as_of`` inside since/until; with a country or
    admin1, those whose report has casualty claims there (control claims carry no place of their own)."""
    points = control_over_time(store, actor=f.actor or f.side)
    if f.since:
        points = [p for p in points if p.as_of and p.as_of >= f.since]
    if f.until:
        points = [p for p in points if p.as_of and p.as_of[:10] <= f.until]
    if f.country or f.admin1:  # control claims carry no place: keep those whose report has claims there
        sql, params = ["c.country = ?"] if f.country else [], [f.country] if f.country else []
        if f.admin1:
            sql.append("LOWER(c.admin1) = ?")
            params.append(f.admin1.casefold())
        docs = {r[0] for r in store.fetchall("SELECT DISTINCT d.doc_key FROM claims c JOIN documents d ON d.id = "
                                             f"c.document_id WHERE {' AND '.join(sql)}", params)}
        points = [p for p in points if p.document in docs]
    return points
