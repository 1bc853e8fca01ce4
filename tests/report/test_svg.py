"""The SVG charts and map: text escaped, empty inputs answered, points inside the frame."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from tolltrack.report import svg

EVIL = "<script>alert(1)</script>&\""


def test_stacked_bars_escape_and_parse() -> None:
    out = svg.stacked_bars(["2024-01", "2024-02", EVIL], {"CIV": [3, 0, 2], EVIL: [1, 4, 0]},
                           colors={"CIV": "#aec7e8", EVIL: "red\" onload=\"x"}, title=EVIL, unit="killed")
    assert "<script" not in out and "onload=\"" not in out
    root = ET.fromstring(out)  # well-formed
    assert len(root.findall("{http://www.w3.org/2000/svg}rect")) >= 4


def test_empty_charts_say_so() -> None:
    assert "No figures" in svg.stacked_bars([], {}, colors={})
    assert "No dated figures" in svg.line_chart({}, colors={})
    assert "No events with coordinates" in svg.event_map([{"lat": None, "lon": 3}])


def test_line_chart_single_point_and_lines() -> None:
    out = svg.line_chart({"SDF": [("2024-01-16", 25.6)], "GOV": [("2023-01-01", 60), ("2024-01-16", 63.4)]},
                         colors={"SDF": "#f80"}, title="share")
    ET.fromstring(out)
    assert out.count("<circle") == 3 and out.count("<polyline") == 1


def test_map_fits_points_and_escapes_labels() -> None:
    pts = [{"lat": 36.0, "lon": 37.0, "best": 10, "color": "#000", "label": EVIL, "href": "#event-1"},
           {"lat": 33.5, "lon": 40.2, "best": 1, "color": "#111", "label": "Mayadin"}]
    out = svg.event_map(pts, width=400, height=300)
    ET.fromstring(out)
    assert "<script" not in out and "&lt;script&gt;" in out
    root = ET.fromstring(out)
    for c in root.iter("{http://www.w3.org/2000/svg}circle"):
        assert 0 <= float(c.get("cx", -1)) <= 400 and 0 <= float(c.get("cy", -1)) <= 300
    assert "°E" in out and "°N" in out  # graticule labels


def test_fit_frame_keeps_aspect() -> None:
    (lon0, lat0, lon1, lat1), project = svg.fit_frame([(35.0, 36.0)], 600, 300)
    x, y = project(35.0, 36.0)
    assert abs(x - 300) < 1 and abs(y - 150) < 1 and lon1 > lon0 and lat1 > lat0
    assert svg.nice_step(47) == 10 and svg.nice_step(0) == 1
