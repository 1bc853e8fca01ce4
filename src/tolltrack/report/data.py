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
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from tolltrack.model import STATUSES
from tolltrack.query.control import ControlPoint, control_over_time
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


# --- control (tallies: report.tallies) -----------------------------------------------------------

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
