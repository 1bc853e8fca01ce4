"""Value types shared by the gazetteer back-ends and the geocoder.

Entries are frozen so they can be cached and shared between threads; every
back-end (in-memory, SQLite, GeoNames import) produces exactly this shape.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["GazetteerEntry", "FEATURES", "POPULATED"]

# "country" is an extension of the list in the design brief, so that "Syria" or
# "northern Iraq" can resolve with precision ``country``.
FEATURES = ("city", "town", "village", "admin1", "admin2", "region", "feature", "country")
POPULATED = frozenset({"city", "town", "village"})


@dataclass(frozen=True)
class GazetteerEntry:
    """One named place: a point plus where it sits in the admin hierarchy."""

    id: str
    name: str
    country: str  # ISO 3166-1 alpha-2
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    feature: str  # one of FEATURES
    population: int = 0
    source: str = ""
