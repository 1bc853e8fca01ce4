"""Tallies of killed, injured, captured or missing people without double counting.

    >>> from tolltrack.query.tally import tally
    >>> result = tally(store, status="killed", by="side", since="2024-01-01")
    >>> for row in result.rows: print(row.key, row.best, row.events, row.claims)

Units that can be counted are *incidents* (events, per victim side, from
``tolltrack.store.events``) and *tally claims* (aggregate claims: "since January the toll
has reached 127"). The rules, in order (``docs/events.md`` has a worked example):

1. a running series (one source, one status, victims, perpetrator, place and start date)
   counts only its latest value; the earlier ones are ``superseded``;
2. a breakdown's parts are never added to their parent: a tally is counted either whole or,
   when its direct parts split it along the grouping (``by``) and add up to no more than
   it, as its parts plus the remainder under the parent's own key;
3. tallies whose scopes overlap (period, victims, perpetrator, place) are not both counted:
   the larger is kept;
4. a tally and the incidents inside its scope are not both counted: the tally is kept when
   it is at least their sum (the incidents are ``covered``), otherwise the incidents are.

Every row says which events and claims it used; ``contributions`` lists each unit with its
evidence spans, and no span is in two contributions.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from tolltrack.model import STATUSES
from tolltrack.store.events import ClaimRow, load_claims
from tolltrack.store.store import Store

BY = ("side", "admin1", "month", "actor")
By = Literal["side", "admin1", "month", "actor"]
UNKNOWN = "(unknown)"
VAGUE_SIDES = ("MIX", "UNK")


@dataclass(frozen=True)
class Span:
    document: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class Contribution:
    """One counted unit: an event's victims of one side, a tally claim, a part, or a remainder."""

    kind: Literal["event", "tally", "part", "remainder"]
    key: str
    best: int
    low: int | None
    high: int | None
    event_id: int | None
    claims: list[int]
    evidence: list[Span]

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "key": self.key, "best": self.best, "low": self.low, "high": self.high,
                "event": self.event_id, "claims": self.claims, "evidence": [s.to_dict() for s in self.evidence]}


@dataclass
class TallyRow:
    key: str
    best: int = 0
    low: int = 0
    high: int = 0
    events: list[int] = field(default_factory=list)
    claims: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class TallyResult:
    status: str
    by: str
    rows: list[TallyRow]
    contributions: list[Contribution]
    excluded: list[tuple[int, str]]  # (claim id, why it is not counted)
    covered_events: list[int]
    warnings: list[str]

    @property
    def total(self) -> int:
        return sum(r.best for r in self.rows)

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "by": self.by, "total": self.total, "rows": [r.to_dict() for r in self.rows],
                "contributions": [c.to_dict() for c in self.contributions],
                "excluded": [{"claim": c, "reason": r} for c, r in self.excluded],
                "covered_events": self.covered_events, "warnings": self.warnings}


def _check(status: str, by: str, since: str | None, until: str | None, country: str | None) -> None:
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}: expected one of {', '.join(STATUSES)}")
    if by not in BY:
        raise ValueError(f"unknown grouping {by!r}: expected one of {', '.join(BY)}")
    for name, value in (("since", since), ("until", until)):
        if value is not None:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise ValueError(f"{name} {value!r} is not a date in the form YYYY-MM-DD") from None
    if since and until and since > until:
        raise ValueError(f"since {since} is after until {until}")
    if country is not None and (len(country) != 2 or not country.isalpha()):
        raise ValueError(f"country {country!r} is not a two-letter ISO code such as SY")


def _actor_matches(actor: str | None, side: str | None, name: str | None) -> bool:
    if actor is None:
        return True
    a = actor.casefold()
    return (side or "").casefold() == a or (bool(name) and a in (name or "").casefold())


def _month_key(start: str | None, end: str | None) -> str:
    if not start and not end:
        return UNKNOWN
    s, e = (start or end or "")[:7], (end or start or "")[:7]
    return s if s == e else f"{s}..{e}"


def _claim_key(c: ClaimRow, by: str) -> str:
    if by == "side":
        return c.victim_side
    if by == "admin1":
        return c.admin1 or UNKNOWN
    if by == "month":
        return _month_key(c.period_start, c.period_end)
    return c.perpetrator_name or UNKNOWN


def _span(c: ClaimRow) -> Span:
    return Span(c.doc_key, c.evidence_start, c.evidence_end, c.evidence_text)


@dataclass
class _Scope:
    claim: ClaimRow

    @property
    def start(self) -> str:
        return self.claim.period_start or self.claim.period_end or self.claim.published or ""

    @property
    def end(self) -> str:
        return self.claim.period_end or self.claim.period_start or self.claim.published or ""

    def covers(self, date: str | None, side: str, perps: set[str], admin1: str | None, country: str | None) -> bool:
        c = self.claim
        if not date or not self.start <= date[:10] <= self.end:
            return False
        if c.victim_side not in VAGUE_SIDES and side != c.victim_side:
            return False
        if c.perpetrator_side and perps and c.perpetrator_side not in perps:
            return False
        if c.admin1 and admin1 and c.admin1 != admin1:
            return False
        return not (c.country and country and c.country != country)

    def overlaps(self, other: _Scope) -> bool:
        a, b = self.claim, other.claim
        if not (self.start <= other.end and other.start <= self.end):
            return False
        if a.victim_side not in VAGUE_SIDES and b.victim_side not in VAGUE_SIDES and a.victim_side != b.victim_side:
            return False
        if a.perpetrator_side and b.perpetrator_side and a.perpetrator_side != b.perpetrator_side:
            return False
        if a.admin1 and b.admin1 and a.admin1 != b.admin1:
            return False
        return not (a.country and b.country and a.country != b.country)


def _series_key(c: ClaimRow) -> tuple[Any, ...]:
    source = c.reported_by or c.outlet or c.doc_key
    return (source, c.status, c.victim_side, c.perpetrator_side, c.period_start, c.admin1, c.country)


def _tally_units(c: ClaimRow, parts: Sequence[ClaimRow], by: str) -> list[Contribution]:
    """A chosen tally as contributions: whole, or split into its parts plus a remainder."""
    key = _claim_key(c, by)
    split = [p for p in parts if p.best is not None]
    total = sum(p.best or 0 for p in split)
    if by != "month" and split and any(_claim_key(p, by) != key for p in split) and total <= (c.best or 0):
        out = [Contribution("part", _claim_key(p, by), p.best or 0, p.low, p.high, None, [p.id], [_span(p)])
               for p in split]
        rest = (c.best or 0) - total
        if rest > 0:
            out.append(Contribution("remainder", key, rest, None, None, None, [c.id], [_span(c)]))
        return out
    return [Contribution("tally", key, c.best or 0, c.low, c.high, None, [c.id], [_span(c)])]


def tally(store: Store, status: str = "killed", by: str = "side", *, since: str | None = None,
          until: str | None = None, country: str | None = None, actor: str | None = None) -> TallyResult:
    """Count people of ``status`` grouped ``by`` side, admin1, month or actor (perpetrator), once each."""
    _check(status, by, since, until, country)
    country = country.upper() if country else None
    warnings: list[str] = []
    excluded: list[tuple[int, str]] = []

    # --- incidents: events, per victim side -------------------------------------------------
    ev_rows = store.fetchall(
        "SELECT e.id, e.date_start, e.admin1, e.country, a.name, a.side, f.side, f.low, f.best, f.high "
        "FROM event_fatalities f JOIN events e ON e.id = f.event_id LEFT JOIN actors a ON a.id = e.actor1_id "
        "WHERE f.status = ? ORDER BY e.date_start, e.id, f.side", (status,))
    event_ids = sorted({int(r[0]) for r in ev_rows})
    claims_by_event: dict[int, list[ClaimRow]] = defaultdict(list)
    if event_ids:
        links = dict(store.fetchall("SELECT ec.claim_id, ec.event_id FROM event_claims ec JOIN claims c ON "
                                    "c.id = ec.claim_id WHERE c.status = ? AND ec.role = 'incident'", (status,)))
        for c in load_claims(store, "c.status = ? AND c.is_aggregate = ? AND c.id IN (SELECT claim_id FROM "
                             "event_claims WHERE role = 'incident')", (status, False)):
            claims_by_event[int(links[c.id])].append(c)
    incidents: list[tuple[Contribution, str, set[str], str | None, str | None, str | None, set[int]]] = []
    for eid, date, admin1, ecountry, aname, aside, side, low, best, high in ev_rows:
        if best is None or (since and (not date or date < since)) or (until and (not date or date > until)):
            continue
        if country and ecountry != country:
            continue
        claims = [c for c in claims_by_event[int(eid)] if c.victim_side == side]
        perps = {c.perpetrator_side for c in claims_by_event[int(eid)] if c.perpetrator_side}
        if actor and not (_actor_matches(actor, aside, aname) or any(
                _actor_matches(actor, c.perpetrator_side, c.perpetrator_name) for c in claims)):
            continue
        key = {"side": side, "admin1": admin1 or UNKNOWN, "month": _month_key(date, date),
               "actor": aname or UNKNOWN}[by]
        unit = Contribution("event", key, int(best), low, high, int(eid), [c.id for c in claims],
                            [_span(c) for c in claims])
        parents = {c.parent_id for c in claims if c.parent_id is not None}
        incidents.append((unit, side, perps, date, admin1, ecountry, parents))
    unlinked = store.fetchall("SELECT COUNT(*) FROM claims c WHERE c.status = ? AND c.is_aggregate = ? AND NOT "
                              "EXISTS (SELECT 1 FROM event_claims ec WHERE ec.claim_id = c.id)", (status, False))
    if unlinked and unlinked[0][0]:
        warnings.append(f"{unlinked[0][0]} incident claims are in no event and are not counted: "
                        "run `tolltrack events rebuild`")

    # --- tally claims ---------------------------------------------------------------------
    aggregates = load_claims(store, "c.status = ? AND c.is_aggregate = ?", (status, True))
    children, accepted = select_tallies(aggregates, since, until, country, actor, excluded)
    covered: dict[int, list[int]] = defaultdict(list)  # tally claim -> indexes of incidents it covers
    for i, (_unit, side, perps, date, admin1, ecountry, parents) in enumerate(incidents):  # 4. tally vs incidents
        for scope in accepted:
            if scope.claim.id in parents or scope.covers(date, side, perps, admin1, ecountry):
                covered[scope.claim.id].append(i)
                break
    used_incidents = set(range(len(incidents)))
    contributions: list[Contribution] = []
    covered_events: set[int] = set()
    for scope in accepted:
        c = scope.claim
        inside = covered.get(c.id, [])
        total = sum(incidents[i][0].best for i in inside)
        if (c.best or 0) >= total:
            contributions.extend(_tally_units(c, children.get(c.id, []), by))
            used_incidents -= set(inside)
            covered_events.update(incidents[i][0].event_id or 0 for i in inside)
        else:
            excluded.append((c.id, f"smaller than the {total} of the incidents inside its scope"))
    contributions.extend(incidents[i][0] for i in sorted(used_incidents))

    rows: dict[str, TallyRow] = {}
    # dicts as ordered sets: membership by list scan made a large store's tally quadratic
    row_events: dict[str, dict[int, None]] = defaultdict(dict)
    row_claims: dict[str, dict[int, None]] = defaultdict(dict)
    for u in contributions:
        row = rows.setdefault(u.key, TallyRow(u.key))
        row.best += u.best
        row.low += u.low if u.low is not None else 0
        row.high += u.high if u.high is not None else u.best
        if u.event_id is not None:
            row_events[u.key][u.event_id] = None
        row_claims[u.key].update(dict.fromkeys(u.claims))
    for key, row in rows.items():
        row.events = list(row_events[key])
        row.claims = list(row_claims[key])
    ordered = sorted(rows.values(), key=lambda r: (r.key if by == "month" else "", -r.best, r.key))
    return TallyResult(status, by, ordered, contributions, sorted(excluded), sorted(covered_events), warnings)


def select_tallies(aggregates: list[ClaimRow], since: str | None, until: str | None, country: str | None,
                   actor: str | None, excluded: list[tuple[int, str]]
                   ) -> tuple[dict[int, list[ClaimRow]], list[_Scope]]:
    """Tally claims that count, after the series and overlap rules (steps 1-3); the rest go to ``excluded``.

    Shared by ``tally`` and the dashboard's in-memory tally, so both apply the same rules.
    """
    by_id = {c.id: c for c in aggregates}
    children: dict[int, list[ClaimRow]] = defaultdict(list)
    for c in aggregates:
        if c.parent_id in by_id:
            children[int(c.parent_id)].append(c)
    tops: list[ClaimRow] = []
    for c in aggregates:
        if c.parent_id in by_id or c.best is None:
            continue
        s = _Scope(c)
        if (since and s.start < since) or (until and s.end > until) or (country and c.country != country):
            continue
        if not _actor_matches(actor, c.perpetrator_side, c.perpetrator_name):
            continue
        tops.append(c)
    latest: dict[tuple[Any, ...], ClaimRow] = {}
    for c in tops:  # 1. a running series counts its latest value only
        k = _series_key(c)
        old = latest.get(k)
        rank = (_Scope(c).end, c.published or "", c.document_id, c.evidence_start)
        if old is None or rank > (_Scope(old).end, old.published or "", old.document_id, old.evidence_start):
            if old is not None:
                excluded.append((old.id, f"superseded by the later value of its series (claim {c.id})"))
            latest[k] = c
        else:
            excluded.append((c.id, f"superseded by the later value of its series (claim {old.id})"))
    accepted: list[_Scope] = []
    for c in sorted(latest.values(), key=lambda c: (-(c.best or 0), c.id)):  # 3. overlapping tallies
        scope = _Scope(c)
        clash = next((a for a in accepted if a.overlaps(scope)), None)
        if clash is not None:
            excluded.append((c.id, f"overlaps the larger tally claim {clash.claim.id}"))
        else:
            accepted.append(scope)
    return children, accepted
