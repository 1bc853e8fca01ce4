"""Typed results of an extraction: what a claim is, and how it serialises.

The JSON shape follows ``../shared/eval/README.md`` so that results can be scored
and stored without translation; ``to_dict`` is the only place that knows it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

STATUSES = ("killed", "injured", "captured", "missing")
QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to", "vague", "implied")
# "implied": an uncounted incident's count, which no number states ("a police officer was killed" is 1;
# None when the text names no people at all: "gunmen stormed a hotel")
SIDES = (
    "GOV", "ISIS", "HTS", "JIH", "OPP", "SDF", "RUS", "IRN", "TUR",
    "COAL", "ISR", "FOR", "CIV", "MIX", "UNK",
)


@dataclass(frozen=True)
class Evidence:
    """A verbatim span of the document text that a number rests on."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Actor:
    side: str
    name: str
    category: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"side": self.side, "name": self.name}


@dataclass(frozen=True)
class Place:
    name: str
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "unresolved"
    gazetteer_id: str | None = None
    admin2: str | None = None
    canonical: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "admin1": self.admin1,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
        }
        if self.gazetteer_id:
            out["gazetteer_id"] = self.gazetteer_id
            out["canonical"] = self.canonical
            out["admin2"] = self.admin2
        return out


@dataclass(frozen=True)
class Period:
    start: str | None = None
    end: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}


@dataclass
class Casualty:
    status: str
    count: int | None
    qualifier: str
    vague: str | None
    victim: Actor
    perpetrator: Actor | None
    places: list[Place]
    period: Period
    aggregate: bool
    parent: int | None
    reported_by: str | None
    evidence: Evidence
    alt_counts: list[int] = field(default_factory=list)
    country: str | None = None
    sentence: Evidence | None = None  # the whole sentence the evidence phrase stands in

    @property
    def low(self) -> int | None:
        """UCDP-style low estimate: what the text guarantees at minimum."""
        if self.count is None:
            return None
        if self.qualifier == "more_than":
            return self.count + 1
        if self.qualifier in ("exact", "at_least", "implied"):
            return self.count
        return None

    @property
    def best(self) -> int | None:
        if self.count is None:
            return None
        if self.qualifier == "more_than":
            return self.count + 1
        return self.count

    @property
    def high(self) -> int | None:
        if self.count is None:
            return None
        if self.qualifier in ("exact", "up_to", "implied"):
            return self.count
        return None

    @property
    def admin1(self) -> list[str]:
        seen: list[str] = []
        for p in self.places:
            if p.admin1 and p.admin1 not in seen:
                seen.append(p.admin1)
        return seen

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "count": self.count,
            "qualifier": self.qualifier,
            "vague": self.vague,
            "alt_counts": list(self.alt_counts),
            "low": self.low,
            "best": self.best,
            "high": self.high,
            "victim": self.victim.to_dict(),
            "perpetrator": self.perpetrator.to_dict() if self.perpetrator else None,
            "places": [p.to_dict() for p in self.places],
            "admin1": self.admin1,
            "country": self.country,
            "period": self.period.to_dict(),
            "aggregate": self.aggregate,
            "parent": self.parent,
            "reported_by": self.reported_by,
            "evidence": self.evidence.to_dict(),
            "sentence": self.sentence.to_dict() if self.sentence else None,
        }


@dataclass
class Control:
    actor: Actor
    change: str
    evidence: Evidence
    area_km2: float | None = None
    share_pct: float | None = None
    villages: int | None = None
    as_of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor.to_dict(),
            "area_km2": self.area_km2,
            "share_pct": self.share_pct,
            "villages": self.villages,
            "change": self.change,
            "as_of": self.as_of,
            "evidence": self.evidence.to_dict(),
        }


@dataclass
class Extraction:
    """Everything read from one document."""

    id: str
    published: str | None
    casualties: list[Casualty] = field(default_factory=list)
    control: list[Control] = field(default_factory=list)
    error: str | None = None
    # incidents told with no count of people ("gunmen stormed a hotel"): kept apart from the casualty
    # claims, which count people, so that events can still be built from them
    incidents: list[Casualty] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "published": self.published,
            "casualties": [c.to_dict() for c in self.casualties],
            "control": [c.to_dict() for c in self.control],
        }
        if self.incidents:
            out["incidents"] = [c.to_dict() for c in self.incidents]
        if self.error:
            out["error"] = self.error
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out


@dataclass(frozen=True)
class Document:
    """A report to read: the text plus what the source said about it."""

    id: str
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
