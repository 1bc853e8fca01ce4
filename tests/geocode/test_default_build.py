"""The default gazetteer builds offline into a cache dir, reopens fast, rebuilds when stale."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from tolltrack.geocode import Geocoder, build, default_gazetteer_path, open_default_gazetteer
from tolltrack.geocode.build import default_build_stamp


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.getbasetemp() / "tolltrack-home"  # shared with default_home and tests/places:
    home.mkdir(exist_ok=True)  # the suite builds the default gazetteer once
    return home


def test_default_gazetteer_build_open_and_rebuild(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOLLTRACK_HOME", str(cache_dir))
    path = default_gazetteer_path()
    assert path == cache_dir / "gazetteer.sqlite"
    gz = open_default_gazetteer()  # builds (~10-20 s, once per session)
    assert path.is_file()
    assert gz.meta()["build_stamp"] == default_build_stamp()
    assert gz.count() > 200_000
    gz.close()

    start = time.perf_counter()
    gz = open_default_gazetteer()  # already built: only opens
    assert gz.lookup("Damascus")
    assert time.perf_counter() - start < 1.0  # target 0.3 s; slack for slow CI

    geo = Geocoder(gz)
    cases = {
        "Mayadin": ("SY", "Deir ez-Zor"),
        "Albu Kamal": ("SY", "Deir ez-Zor"),
        "Palmyra": ("SY", "Homs"),
        "Hasakeh": ("SY", "Al-Hasakah"),
        "Maiduguri": ("NG", "Borno"),
        "Mosul": ("IQ", "Nineveh"),
        "Bakhmut": ("UA", "Donetsk Oblast"),
        "T2 station": ("SY", "Deir ez-Zor"),
        "Damascus countryside": ("SY", "Rif Dimashq"),
    }
    for text, (country, admin1) in cases.items():
        res = geo.resolve(text)
        assert res is not None, text
        assert (res.entry.country, res.entry.admin1) == (country, admin1), (text, res)
    gz.close()

    # A file with another stamp (older package version) is rebuilt on open; the
    # rebuild itself is faked here so the suite builds only once.
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = 'old' WHERE key = 'build_stamp'")
    conn.close()
    calls: list[Path] = []

    def fake_build(target: Path) -> Path:
        calls.append(target)
        with sqlite3.connect(target) as c:
            c.execute("UPDATE meta SET value = ? WHERE key = 'build_stamp'", (stamp,))
        c.close()
        return target

    stamp = default_build_stamp()
    monkeypatch.setattr(build, "build_default_gazetteer", fake_build)
    gz = open_default_gazetteer()
    assert calls == [path]
    assert gz.meta()["build_stamp"] == stamp
    gz.close()
    open_default_gazetteer().close()  # fresh now: no second rebuild
    assert calls == [path]
