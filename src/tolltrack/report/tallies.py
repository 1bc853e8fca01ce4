"""The dashboard's and report's tallies: ``tally``'s rules applied to the in-memory incident index.

Kept apart from ``data`` (the SQL-backed listings) because it reads ``report.incidents`` instead of the
store, and because ``tests/e2e/test_tally_consistency.py`` holds it answer for answer to ``query.tally``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from operator import attrgetter
from typing import Any

from tolltrack.model import STATUSES
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
from tolltrack.report.data import _SOURCE_EVENTS, FilterError, Filters, _claim_where
from tolltrack.report.incidents import Incident, incident_index
from tolltrack.store.store import Store


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


