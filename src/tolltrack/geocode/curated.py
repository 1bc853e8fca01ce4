"""Curated place data shipped with tolltrack: admin1 divisions and conflict features.

Population gazetteers know towns but not "the Homs desert" or "T2 station", and they
name governorates by GeoNames codes, not by the canonical names the annotation
guidelines require. These TOML tables fill both gaps. Loading is explicit
(``load_admin1``/``load_features``); nothing is read at import time.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from .model import FEATURES, GazetteerEntry
from .normalize import normalize_name

__all__ = [
    "Admin1",
    "Admin1Table",
    "CuratedFeature",
    "WORLD_ADMIN1_SOURCE",
    "load_admin1",
    "load_features",
    "load_country_aliases",
    "load_false_friends",
    "curated_data_text",
]

DATA_PACKAGE = "tolltrack.data.places"
ADMIN1_FILE = "admin1.toml"
# every other country's divisions, from GeoNames (scripts/build_admin1_world.py)
WORLD_ADMIN1_FILE = "admin1_world.tsv"
WORLD_ADMIN1_SOURCE = "GeoNames admin1CodesASCII.txt"
FEATURES_FILE = "features.toml"
FALSE_FRIENDS_FILE = "false_friends.toml"


def _read_toml(name: str) -> dict[str, Any]:
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def curated_data_text() -> str:
    """Both curated files' text: hashed into the cache's version stamp."""
    pkg = resources.files(DATA_PACKAGE)
    names = (ADMIN1_FILE, WORLD_ADMIN1_FILE, FEATURES_FILE)
    return "".join(pkg.joinpath(n).read_text(encoding="utf-8") for n in names)


@dataclass(frozen=True)
class Admin1:
    """A first-level division: canonical name, GeoNames code and a representative point."""

    country: str
    name: str
    code: str  # GeoNames "CC.xx", or "" when GeoNames has none
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()
    pcode: str = ""
    # the name reports and annotators use when it is too ambiguous to match on ("Sahel", "Est")
    display: str = ""
    source: str = "tolltrack admin1.toml"

    @property
    def label(self) -> str:
        """The name written out as a claim's admin1."""
        return self.display or self.name

    @property
    def id(self) -> str:
        return f"tt:admin1:{self.code or self.country + ':' + self.name}"

    def entry(self) -> GazetteerEntry:
        return GazetteerEntry(
            id=self.id, name=self.name, country=self.country, admin1=self.label, admin2=None,
            lat=self.lat, lon=self.lon, feature="admin1", population=0,
            source=self.source,
        )


@dataclass
class Admin1Table:
    """Maps GeoNames admin1 codes and any spelling of a division to its canonical name."""

    divisions: list[Admin1] = field(default_factory=list)
    _by_code: dict[str, Admin1] = field(default_factory=dict, repr=False)
    _by_key: dict[tuple[str, str], Admin1] = field(default_factory=dict, repr=False)

    def add(self, div: Admin1) -> None:
        self.__dict__.pop("_find_index", None)
        self.divisions.append(div)
        if div.code:
            self._by_code[div.code] = div
        for name in (div.name, *div.aliases):
            self._by_key.setdefault((div.country, normalize_name(name)), div)

    def by_code(self, country: str, admin1_code: str) -> Admin1 | None:
        """Division for a GeoNames record's (country, admin1 code), e.g. ("SY", "07")."""
        if not admin1_code:
            return None
        return self._by_code.get(f"{country}.{admin1_code}")

    def canonical(self, name: str, country: str | None = None) -> str | None:
        """Canonical name of the division called ``name`` ("Deir Ezzor" -> "Deir ez-Zor")."""
        key = normalize_name(name)
        if country:
            div = self._by_key.get((country.upper(), key))
            return div.label if div else None
        for (_, k), div in self._by_key.items():
            if k == key:
                return div.label
        return None

    def find(self, name: str) -> list[Admin1]:
        """Divisions called ``name`` in any spelling, over all countries."""
        key = normalize_name(name)
        if not key:
            return []
        index: dict[str, list[Admin1]] | None = self.__dict__.get("_find_index")
        if index is None or len(index) > len(self._by_key):
            index = {}
            for (_, k), div in self._by_key.items():
                index.setdefault(k, []).append(div)
            self.__dict__["_find_index"] = index
        return list(index.get(key, ()))

    def records(self) -> Iterator[tuple[GazetteerEntry, tuple[str, ...]]]:
        for div in self.divisions:
            yield div.entry(), div.aliases

    def __len__(self) -> int:
        return len(self.divisions)


def load_admin1() -> Admin1Table:
    """Read ``data/places/admin1.toml``, then the GeoNames divisions of every country it leaves out."""
    table = Admin1Table()
    curated = _read_toml(ADMIN1_FILE)
    for country, rows in curated.items():
        for row in rows:
            table.add(
                Admin1(
                    country=country, name=row["name"], code=row.get("code", ""),
                    lat=float(row["lat"]), lon=float(row["lon"]),
                    aliases=tuple(row.get("aliases", ())), pcode=row.get("pcode", ""),
                    display=row.get("display", ""),
                )
            )
    world = resources.files(DATA_PACKAGE).joinpath(WORLD_ADMIN1_FILE).read_text(encoding="utf-8")
    for line in world.splitlines():
        code, names, lat, lon = line.split("\t")
        name, *aliases = names.split("|")
        country = code.split(".", 1)[0]
        if country not in curated:
            table.add(Admin1(country=country, name=name, code=code, lat=float(lat), lon=float(lon),
                             aliases=tuple(aliases), source=WORLD_ADMIN1_SOURCE))
    return table


@dataclass(frozen=True)
class CuratedFeature:
    """A hand-entered feature with its aliases and the reference it follows."""

    entry: GazetteerEntry
    aliases: tuple[str, ...]


def load_features() -> list[CuratedFeature]:
    """Read ``data/places/features.toml``; validates feature types."""
    out: list[CuratedFeature] = []
    for row in _read_toml(FEATURES_FILE)["features"]:
        kind = row["type"]
        if kind not in FEATURES:
            raise ValueError(f"features.toml: {row['id']}: unknown type {kind!r}")
        entry = GazetteerEntry(
            id=f"tt:{row['id']}", name=row["name"], country=row["country"],
            admin1=row.get("admin1") or None, admin2=row.get("admin2") or None,
            lat=float(row["lat"]), lon=float(row["lon"]), feature=kind,
            population=int(row.get("population", 0)), source=row.get("source", ""),
        )
        out.append(CuratedFeature(entry, tuple(row.get("aliases", ()))))
    return out


@cache
def cross_border_regions() -> frozenset[str]:
    """The names of curated regions that span borders ("Lake Chad basin"): filed under one country, they
    say none (``across_borders = true`` in features.toml)."""
    return frozenset(row["name"] for row in _read_toml(FEATURES_FILE)["features"] if row.get("across_borders"))


def load_country_aliases() -> dict[str, tuple[str, ...]]:
    """Extra country names keyed by ISO2 (``[country_aliases]`` in features.toml)."""
    raw = _read_toml(FEATURES_FILE).get("country_aliases", {})
    return {k: tuple(v) for k, v in raw.items()}


def load_more_names() -> dict[str, tuple[str, ...]]:
    """Names a GeoNames town is also known by, keyed by geonameid (``[more_names]`` in features.toml):
    one town under one id ("Londonderry" for Derry), not a second curated entry that merging would
    take for another place."""
    raw = _read_toml(FEATURES_FILE).get("more_names", {})
    return {str(k): tuple(v) for k, v in raw.items()}


def load_false_friends(kinds: tuple[str, ...] | None = None) -> frozenset[str]:
    """Normalised keys of names that are not places in reports (``false_friends.toml``), of the
    given kinds of name ("actors", "peoples", ...; all when None)."""
    raw = _read_toml(FALSE_FRIENDS_FILE)
    return frozenset(normalize_name(w) for kind, words in raw.items() if kinds is None or kind in kinds
                     for w in words if normalize_name(w))
