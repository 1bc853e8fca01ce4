"""What ``tolltrack.query.tally`` counts, read once per status and kept while the store is unchanged.

    >>> from tolltrack.report.incidents import incident_index
    >>> index = incident_index(store, "killed")       # every event's victims of one side, and tally claims
    >>> len(index.incidents), len(index.aggregates)

``tallies.filtered_tally`` applies ``tally``'s rules to this index instead of reading every event and claim
of the status for each request (on 50,000 events that read took most of a second). An index holds a few
columns per incident, the evidence span of each incident claim, and the tally claims of the status. It is
rebuilt when the store has changed: on SQLite when ``PRAGMA data_version`` (commits by other connections)
or the connection's own ``total_changes`` moved, on PostgreSQL when the counts and latest ids of claims
and events, or the latest event update, moved.
"""

from __future__ import annotations

import threading
import weakref
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from tolltrack.store.events import ClaimRow, load_claims
from tolltrack.store.store import Store


class Incident(NamedTuple):
    """An event's victims of one side (``event_fatalities``), with what ``tally`` needs of its claims.

    A tuple of strings, numbers and tuples, so that the garbage collector stops tracking it: 50,000 of them
    as objects that it tracks made its full collections take tens of milliseconds in the middle of requests."""

    event_id: int
    date: str | None
    admin1: str | None
    country: str | None
    actor_name: str | None  # the event's actor1 (perpetrator)
    actor_side: str | None
    side: str  # victims
    low: int | None
    best: int
    high: int | None
    claims: tuple[int, ...]  # its incident claims of this victim side, in ``load_claims`` order
    claim_actors: tuple[tuple[str | None, str | None], ...]  # their perpetrator (side, name)
    perps: tuple[str, ...]  # perpetrator sides of all the event's incident claims of the status
    parents: tuple[int, ...]  # tally claims its claims are parts of


@dataclass
class IncidentIndex:
    status: str
    version: tuple[Any, ...]
    incidents: list[Incident]  # in ``tally``'s order (date, event, side)
    aggregates: list[ClaimRow]  # the status's tally claims
    unlinked: int  # incident claims in no event
    evidence: dict[int, tuple[str, int, int, str]]  # incident claim -> (document key, start, end, text)
    dates: list[str] = field(default_factory=list)  # sorted first ten characters of the dated incidents' dates
    by_date: list[int] = field(default_factory=list)  # their positions in ``incidents``
    by_parent: dict[int, list[int]] = field(default_factory=dict)
    # where the dated incidents lie in ``incidents`` when they are one run in date order (as SQLite's
    # ``ORDER BY date_start`` leaves them), and their dates; else None
    dated_run: tuple[int, list[str]] | None = None
    actor_pairs: set[tuple[str | None, str | None]] = field(default_factory=set)  # every (side, name) in use

    def __post_init__(self) -> None:
        self.actor_pairs = {(i.actor_side, i.actor_name) for i in self.incidents}
        self.actor_pairs.update(p for i in self.incidents for p in i.claim_actors)
        positions = [k for k, i in enumerate(self.incidents) if i.date]
        run = [self.incidents[k].date or "" for k in positions]
        if positions and positions[-1] - positions[0] + 1 == len(positions) and all(
                a <= b for a, b in zip(run, run[1:], strict=False)):
            self.dated_run = (positions[0], run)
        dated = sorted((i.date[:10], k) for k, i in enumerate(self.incidents) if i.date)
        self.dates = [d for d, _ in dated]
        self.by_date = [k for _, k in dated]
        parents: dict[int, list[int]] = defaultdict(list)
        for k, i in enumerate(self.incidents):
            for p in i.parents:
                parents[p].append(k)
        self.by_parent = dict(parents)

    def window(self, since: str | None, until: str | None) -> range | None:
        """Positions of the incidents with ``since <= date <= until`` (``tally``'s test, on the whole date
        text), when the dated incidents are one run in date order; else None."""
        if self.dated_run is None:
            return None
        first, dates = self.dated_run
        lo = bisect_left(dates, since) if since else 0
        hi = bisect_right(dates, until) if until else len(dates)
        return range(first + lo, first + max(lo, hi))

    def between(self, start: str, end: str) -> list[int]:
        """Positions of the incidents whose day is within ``start``..``end`` (ISO, inclusive)."""
        return self.by_date[bisect_left(self.dates, start):bisect_right(self.dates, end)]


_CACHE: weakref.WeakKeyDictionary[Store, dict[str, IncidentIndex]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def store_version(store: Store) -> tuple[Any, ...]:
    """A value that changes when the store's claims or events change (cheap to read)."""
    conn = getattr(store.db, "conn", None)
    if store.dialect == "sqlite" and conn is not None:
        return ("sqlite", store.fetchall("PRAGMA data_version")[0][0], conn.total_changes)
    return (store.dialect, *store.fetchall(
        "SELECT (SELECT COUNT(*) FROM claims), (SELECT MAX(id) FROM claims), (SELECT COUNT(*) FROM event_claims), "
        "(SELECT COUNT(*) FROM events), (SELECT MAX(id) FROM events), (SELECT MAX(updated_at) FROM events), "
        "(SELECT COUNT(*) FROM event_fatalities)")[0])


def _read(store: Store, status: str, version: tuple[Any, ...]) -> IncidentIndex:
    ev_rows = store.fetchall(
        "SELECT e.id, e.date_start, e.admin1, e.country, a.name, a.side, f.side, f.low, f.best, f.high "
        "FROM event_fatalities f JOIN events e ON e.id = f.event_id LEFT JOIN actors a ON a.id = e.actor1_id "
        "WHERE f.status = ? AND f.best IS NOT NULL ORDER BY e.date_start, e.id, f.side", (status,))
    # (event, claim, victim side, perpetrator side, perpetrator name, parent, document, evidence start, evidence
    # end, evidence text, document key)
    claims: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    evidence: dict[int, tuple[str, int, int, str]] = {}
    owner: dict[int, int] = {}
    rows: list[tuple[Any, ...]] = []
    for r in store.fetchall(
            "SELECT ec.event_id, c.id, c.victim_side, c.perpetrator_side, c.perpetrator_name, c.parent_id, "
            "c.document_id, c.evidence_start, c.evidence_end, c.evidence_text, d.doc_key FROM event_claims ec "
            "JOIN claims c ON c.id = ec.claim_id JOIN documents d ON d.id = c.document_id "
            "WHERE ec.role = 'incident' AND c.status = ? AND c.is_aggregate = ?", (status, False)):
        owner[int(r[1])] = int(r[0])
        rows.append(r)
        evidence[int(r[1])] = (r[10], r[7], r[8], r[9])
    for r in rows:  # a claim counts in one event only (as in tally: the last link read)
        if owner[int(r[1])] == int(r[0]):
            claims[int(r[0])].append(r)
    for group in claims.values():
        if len(group) > 1:
            group.sort(key=lambda r: (r[6], r[7], r[1]))
    incidents = []
    for eid, date, admin1, country, aname, aside, side, low, best, high in ev_rows:
        every = claims.get(int(eid), [])
        mine = [r for r in every if r[2] == side]
        incidents.append(Incident(
            int(eid), date, admin1, country, aname, aside, side, low, int(best), high,
            tuple(int(r[1]) for r in mine), tuple((r[3], r[4]) for r in mine),
            tuple(sorted({r[3] for r in every if r[3]})), tuple(sorted({int(r[5]) for r in mine if r[5] is not None}))))
    aggregates = load_claims(store, "c.status = ? AND c.is_aggregate = ?", (status, True))
    unlinked = store.fetchall("SELECT COUNT(*) FROM claims c WHERE c.status = ? AND c.is_aggregate = ? AND NOT "
                              "EXISTS (SELECT 1 FROM event_claims ec WHERE ec.claim_id = c.id)", (status, False))
    return IncidentIndex(status, version, incidents, aggregates, int(unlinked[0][0]) if unlinked else 0, evidence)


def incident_index(store: Store, status: str) -> IncidentIndex:
    """The index of ``status`` for the store as it is now (read again if the store has changed)."""
    with _LOCK:
        version = store_version(store)
        per_status = _CACHE.setdefault(store, {})
        index = per_status.get(status)
        if index is None or index.version != version:
            index = per_status[status] = _read(store, status, version)
        return index


def forget(store: Store) -> None:
    """Drop the store's indexes (they are also dropped with the store object)."""
    with _LOCK:
        _CACHE.pop(store, None)
