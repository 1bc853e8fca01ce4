"""Fatalities of an event across its sources: one figure per source, then low/best/high.

The rule is written out in docs/events.md ("How fatalities are reconciled"); ``store/events.py``
calls these once per event, status and side.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tolltrack.store.events import ClaimRow

PRECISION_RANK = {"exact": 0, "near": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5, "unresolved": 6}


@dataclass(frozen=True)
class Figure:
    """One source's figure for one status and side of an event."""

    document_id: int
    low: int | None
    best: int | None
    high: int | None
    specificity: tuple[int, int]  # lower is more specific: (place precision rank, not exact)


def source_figure(claims: Sequence[ClaimRow]) -> Figure | None:
    """One document's figure for one status and side: claims naming different victims add up,
    claims naming the same victims (restatements) give their largest figure."""
    by_name: dict[str, list[ClaimRow]] = defaultdict(list)
    for c in claims:
        if c.best is not None:
            by_name[c.victim_name.casefold()].append(c)
    if not by_name:
        return None
    chosen = [max(group, key=lambda c: (c.best or 0, c.low or 0)) for group in by_name.values()]
    low = sum(c.low if c.low is not None else 0 for c in chosen)
    best = sum(c.best or 0 for c in chosen)
    high = None if any(c.high is None for c in chosen) else sum(c.high or 0 for c in chosen)
    rank = min((PRECISION_RANK.get(p.precision, 6) for c in chosen for p in c.places), default=7)
    exact = 0 if all(c.qualifier == "exact" for c in chosen) else 1
    return Figure(chosen[0].document_id, low or None, best, high, (rank, exact))


def reconcile(figures: Sequence[Figure]) -> tuple[int | None, int | None, int | None]:
    """low/best/high across sources (``docs/events.md``):

    low = the largest figure a source guarantees ("at least", exact), best = the figure the
    most sources give, ties to the most specific source (finest place, exact counts), then
    the larger; high = the largest figure any source gives. best is raised to low if below.
    """
    if not figures:
        return (None, None, None)
    lows = [f.low for f in figures if f.low is not None]
    low = max(lows) if lows else None
    cited = Counter(f.best for f in figures if f.best is not None)
    best_fig = min((f for f in figures if f.best is not None),
                   key=lambda f: (-cited[f.best or 0], f.specificity, -(f.best or 0)))
    best = best_fig.best
    if best is not None and low is not None and best < low:
        best = low
    highs = [v for f in figures for v in (f.high, f.best) if v is not None]
    high = max(highs) if highs else None
    return (low, best, high)
