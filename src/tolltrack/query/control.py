"""Territorial control per actor over time, from the stored control claims.

    >>> from tolltrack.query.control import control_over_time
    >>> for point in control_over_time(store, actor="SDF"): print(point.as_of, point.area_km2)

Each point is one control claim, dated by its ``as_of`` (else the report's publication
date), in date order per actor. Two reports giving the same actor's figure for the same
date are both kept, each with its source, so that disagreements stay visible.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class ControlPoint:
    actor_side: str
    actor_name: str
    as_of: str | None
    change: str
    area_km2: float | None
    share_pct: float | None
    villages: int | None
    document: str
    claim_id: int
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def control_over_time(store: Any, actor: str | None = None) -> list[ControlPoint]:
    """Control claims ordered by actor and date; ``actor`` is a side code (``SDF``) or part of a name."""
    rows = store.fetchall(
        "SELECT k.actor_side, k.actor_name, COALESCE(k.as_of, d.published), k.change, k.area_km2, k.share_pct, "
        "k.villages, d.doc_key, k.id, k.evidence_text FROM control_claims k JOIN documents d ON d.id = k.document_id "
        "ORDER BY k.actor_side, k.actor_name, COALESCE(k.as_of, d.published), k.id")
    points = [ControlPoint(*r) for r in rows]
    if actor:
        a = actor.casefold()
        points = [p for p in points if p.actor_side.casefold() == a or a in p.actor_name.casefold()]
    return points
