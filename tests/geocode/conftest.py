"""Shared fixtures: a small in-memory gazetteer shaped like the default one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

try:  # the package may not be installed into the environment running the tests
    import tolltrack.geocode  # noqa: F401
except ImportError:  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from tolltrack.geocode import GazetteerEntry, Geocoder, MemoryGazetteer  # noqa: E402
from tolltrack.geocode.build import curated_records  # noqa: E402
from tolltrack.geocode.curated import load_admin1  # noqa: E402


def town(
    gid: str, name: str, country: str, admin1: str | None, lat: float, lon: float,
    population: int = 0, feature: str = "town",
) -> GazetteerEntry:
    return GazetteerEntry(
        id=gid, name=name, country=country, admin1=admin1, admin2=None, lat=lat, lon=lon,
        feature=feature, population=population, source="test",
    )


TOWNS: list[tuple[GazetteerEntry, tuple[str, ...]]] = [
    (town("gn:1", "Al Mayādīn", "SY", "Deir ez-Zor", 35.02, 40.45, 54534), ("Mayadin",)),
    (town("gn:2", "Ālbū Kamāl", "SY", "Deir ez-Zor", 34.45, 40.92, 57572), ("Abu Kamal",)),
    (town("gn:3", "Tadmur", "SY", "Homs", 34.56, 38.28, 51015), ("Palmyra", "Tadmor")),
    (town("gn:4", "Palmira", "CO", None, 3.53, -76.30, 312519, "city"), ()),
    (town("gn:5", "Deir ez-Zor", "SY", "Deir ez-Zor", 35.33, 40.14, 271800, "city"), ()),
    (town("gn:6", "Ar Raqqah", "SY", "Ar-Raqqah", 35.95, 39.01, 531952, "city"), ("Raqqa",)),
    (town("gn:7", "Idlib", "SY", "Idlib", 35.93, 36.63, 165000, "city"), ()),
    (town("gn:8", "Homs", "SY", "Homs", 34.72, 36.72, 775404, "city"), ("Hims",)),
    (town("gn:9", "Hajīn", "SY", "Deir ez-Zor", 34.69, 40.83, 29237), ()),
    # Homonyms in two governorates and a third country, for hint ranking.
    (town("gn:10", "Tall Abyad", "SY", "Ar-Raqqah", 36.70, 38.95, 14000), ()),
    (town("gn:11", "Tall Abyad", "SY", "Aleppo", 36.30, 37.50, 300, "village"), ()),
    (town("gn:12", "Hmeimim", "SY", "Latakia", 35.40, 35.95, 2000, "village"), ()),
    (town("gn:13", "Bab", "SY", "Aleppo", 36.37, 37.51, 100000, "city"), ()),
    (town("gn:14", "Bab", "AF", None, 34.0, 69.0, 500, "village"), ()),
    (town("gn:15", "Sohna", "IN", None, 28.25, 77.07, 36552), ("Sukhna",)),
    (town("gn:16", "As Sukhnah", "SY", "Homs", 34.89, 38.87, 0, "village"), ("Sukhnah",)),
    (town("gn:17", "Mosul", "IQ", "Nineveh", 36.34, 43.13, 1739800, "city"), ()),
    (town("gn:18", "Syria", "SY", None, 34.8, 38.9, 17_000_000, "country"), ()),
]


@pytest.fixture(scope="session")
def towns() -> list[tuple[GazetteerEntry, tuple[str, ...]]]:
    return list(TOWNS)


@pytest.fixture(scope="session")
def memory_gazetteer() -> MemoryGazetteer:
    records = list(curated_records(load_admin1())) + TOWNS
    entries = [e for e, _ in records]
    aliases = {e.id: names for e, names in records}
    return MemoryGazetteer(entries, aliases)


@pytest.fixture(scope="session")
def geocoder(memory_gazetteer: MemoryGazetteer) -> Geocoder:
    return Geocoder(memory_gazetteer)


def session_home(factory: pytest.TempPathFactory) -> Path:
    """One TOLLTRACK_HOME per test session, shared with tests/places: the default
    gazetteer (~15 s to build) is built there at most once per session."""
    home = factory.getbasetemp() / "tolltrack-home"
    home.mkdir(exist_ok=True)
    return home


@pytest.fixture(scope="session")
def default_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A session TOLLTRACK_HOME holding a built default gazetteer (nothing touches ~/.cache)."""
    from tolltrack.geocode import open_default_gazetteer

    home = session_home(tmp_path_factory)
    open_default_gazetteer(home / "gazetteer.sqlite", imports=home / "imports.sqlite").close()
    return home
