"""Connections for the two databases the store runs on, behind one small interface.

The store writes its SQL once, with ``?`` placeholders; ``Database`` runs it on SQLite
(``sqlite3``, WAL mode) or PostgreSQL (psycopg 3), turning placeholders into the
driver's style, and owns transactions and migrations.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tolltrack.store.migrations import MIGRATIONS, statements

Params = Sequence[Any]

DEFAULT_DB = "tolltrack.db"


class StoreError(RuntimeError):
    """The database could not be opened, migrated or written."""


def now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def is_postgres(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


class Database:
    """One connection, either SQLite or PostgreSQL; use ``open_database``."""

    dialect = "base"
    pk = ""

    def execute(self, sql: str, params: Params = ()) -> Any:
        raise NotImplementedError

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        raise NotImplementedError

    @contextmanager
    def transaction(self) -> Iterator[None]:
        raise NotImplementedError
        yield  # pragma: no cover

    def close(self) -> None:
        raise NotImplementedError

    def fetchall(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self.execute(sql, params).fetchall()]

    def fetchone(self, sql: str, params: Params = ()) -> tuple[Any, ...] | None:
        row = self.execute(sql, params).fetchone()
        return tuple(row) if row is not None else None

    def insert(self, sql: str, params: Params = ()) -> int:
        """Run an INSERT and return the new row's ``id``."""
        row = self.execute(sql + " RETURNING id", params).fetchone()
        return int(row[0])

    def explain(self, sql: str, params: Params = ()) -> list[str]:
        raise NotImplementedError

    # --- migrations ----------------------------------------------------------------
    def schema_version(self) -> int:
        row = self.fetchone("SELECT MAX(version) FROM schema_version")
        return int(row[0]) if row and row[0] is not None else 0

    def migrate(self) -> list[int]:
        """Apply the migrations this database lacks, each in a transaction; return them."""
        applied: list[int] = []
        with self.transaction():
            self.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                         "description TEXT NOT NULL, applied_at TEXT NOT NULL)")
        for m in MIGRATIONS:
            with self.transaction():
                if self.fetchone("SELECT 1 FROM schema_version WHERE version = ?", (m.version,)):
                    continue
                for stmt in statements(m.sql, self.pk):
                    self.execute(stmt)
                self.execute("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                             (m.version, m.description, now()))
                applied.append(m.version)
        return applied


class SqliteDatabase(Database):
    dialect = "sqlite"
    pk = "INTEGER PRIMARY KEY AUTOINCREMENT"  # ids are never reused after a replacement

    def __init__(self, path: str, *, durable: bool = False, timeout: float = 30.0) -> None:
        self.path = path
        try:
            self.conn = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute(f"PRAGMA synchronous = {'FULL' if durable else 'NORMAL'}")
            self.conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open SQLite database {path!r}: {exc}") from exc
        self._depth = 0

    def execute(self, sql: str, params: Params = ()) -> Any:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        self.conn.executemany(sql, rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:  # nested: part of the outer transaction
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    def explain(self, sql: str, params: Params = ()) -> list[str]:
        return [str(r[3]) for r in self.fetchall("EXPLAIN QUERY PLAN " + sql, params)]

    def close(self) -> None:
        self.conn.close()


_PLACEHOLDER = re.compile(r"\?")


class PostgresDatabase(Database):
    dialect = "postgresql"
    pk = "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as exc:  # pragma: no cover - psycopg is a dependency
            raise StoreError("PostgreSQL needs psycopg 3: pip install 'psycopg[binary]'") from exc
        self.url = url
        try:
            self.conn = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL at {_redact(url)}: {exc}") from exc

    @staticmethod
    def _sql(sql: str) -> str:
        return _PLACEHOLDER.sub("%s", sql)

    def execute(self, sql: str, params: Params = ()) -> Any:
        return self.conn.execute(self._sql(sql), tuple(params) or None)

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(self._sql(sql), rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            yield

    def explain(self, sql: str, params: Params = ()) -> list[str]:
        return [str(r[0]) for r in self.fetchall("EXPLAIN " + sql, params)]

    def close(self) -> None:
        self.conn.close()


def _redact(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


def open_database(url: str | Path = DEFAULT_DB, *, durable: bool = False) -> Database:
    """Open (creating and migrating as needed) a SQLite file or a ``postgresql://`` URL."""
    text = str(url)
    db: Database
    if is_postgres(text):
        db = PostgresDatabase(text)
    else:
        path = text.removeprefix("sqlite:///").removeprefix("sqlite://")
        if path != ":memory:" and not Path(path).parent.exists():
            raise StoreError(f"cannot open SQLite database {path!r}: no such directory")
        db = SqliteDatabase(path, durable=durable)
    try:
        db.migrate()
    except Exception:
        db.close()
        raise
    return db
