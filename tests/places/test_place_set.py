"""Geocoder figures on the hand-written place test set (tests/places/mentions.jsonl).

Floors sit just below the measured figures (docs/geocoding.md): a drop means a real
regression in recognition of variants, hints, relative places, regions or false friends.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tolltrack.geocode import Geocoder, import_geonames, open_default_gazetteer
from tolltrack.geocode.curated import load_admin1
from tolltrack.geocode.evaluate import evaluate_places, haversine_km, sentence_hints

from .conftest import MENTIONS, shared_file

PRECISIONS = {"exact", "near", "admin2", "admin1", "region", "country"}


def test_mentions_file_is_well_formed() -> None:
    rows = [json.loads(line) for line in MENTIONS.read_text("utf-8").splitlines() if line.strip()]
    assert len(rows) >= 170
    assert sum(r["expected"] is None for r in rows) >= 15  # false friends
    countries = {r["expected"]["country"] for r in rows if r["expected"]}
    assert {"SY", "IQ", "NG", "YE", "SO", "ML", "UA", "AF"} <= countries
    for r in rows:
        assert r["mention"] in r["sentence"], r
        want = r["expected"]
        if want is not None:
            assert want["precision"] in PRECISIONS, r
            assert -90 <= want["lat"] <= 90 and -180 <= want["lon"] <= 180, r
            assert want["name"] and len(want["country"]) == 2, r


def test_haversine() -> None:
    assert haversine_km(35.0, 40.0, 35.0, 40.0) == 0
    assert 109 < haversine_km(35.0, 40.0, 36.0, 40.0) < 113


def test_sentence_hints_nearest_governorate_and_country(places_home: Path) -> None:
    geo = Geocoder(open_default_gazetteer(places_home / "gazetteer.sqlite", imports=places_home / "imports.sqlite"))
    table = load_admin1()
    s = "Gunmen attacked a checkpoint in al-Salihiyah in the Deir Ezzor countryside."
    start = s.index("al-Salihiyah")
    assert sentence_hints(s, start, start + 12, geo, table) == ("SY", "Deir ez-Zor")
    s = "Shells struck Tripoli in northern Lebanon."
    assert sentence_hints(s, 14, 21, geo, table)[0] == "LB"
    assert sentence_hints("A bomb killed a policeman in Homs city.", 29, 33, geo, table) == (None, None)


def test_default_gazetteer_figures(places_home: Path) -> None:
    gz = open_default_gazetteer(places_home / "gazetteer.sqlite", imports=places_home / "no-imports.sqlite")
    scores = evaluate_places(MENTIONS, Geocoder(gz))
    figures = scores.summary()
    assert figures["within_10km"] >= 0.93, scores.table()
    assert figures["admin1"] >= 0.95, scores.table()
    assert figures["precision"] >= 0.96, scores.table()
    assert figures["false_friends"] >= 0.95, scores.table()


@pytest.mark.skipif(shared_file("SY_geonames_format.txt") is None, reason="shared SY_geonames_format.txt absent")
def test_figures_with_syria_import(places_home: Path, tmp_path: Path) -> None:
    imports = tmp_path / "imports.sqlite"
    path = shared_file("SY_geonames_format.txt")
    assert path is not None
    import_geonames(path, imports)
    gz = open_default_gazetteer(places_home / "gazetteer.sqlite", imports=imports)
    scores = evaluate_places(MENTIONS, Geocoder(gz))
    figures = scores.summary()
    assert figures["within_10km"] >= 0.95, scores.table()
    assert figures["admin1"] >= 0.97, scores.table()
    assert figures["precision"] >= 0.98, scores.table()
    assert figures["false_friends"] >= 0.95, scores.table()
