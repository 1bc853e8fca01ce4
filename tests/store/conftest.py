"""Store fixtures: every SQL test runs on SQLite and, when TOLLTRACK_TEST_PG names a
PostgreSQL database (``postgresql://...``), on PostgreSQL too, each test in a schema of
its own that is dropped afterwards."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import pytest

from tolltrack.store import MemoryStore, Store, open_store

PG_URL = os.environ.get("TOLLTRACK_TEST_PG")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not PG_URL, reason="set TOLLTRACK_TEST_PG=postgresql://... to test PostgreSQL"))]


@contextmanager
def empty_database(kind: str, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database: a SQLite file, or a fresh PostgreSQL schema."""
    if kind == "sqlite":
        yield str(tmp_path / "test.db")
        return
    import psycopg

    assert PG_URL
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_url" in metafunc.fixturenames:
        metafunc.parametrize("db_url", BACKENDS, indirect=True)
    if "any_store" in metafunc.fixturenames:
        metafunc.parametrize("any_store", ["memory", *BACKENDS], indirect=True)


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with empty_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def sql_store(db_url: str) -> Iterator[Store]:
    store = open_store(db_url)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store | MemoryStore]:
    """The SQL stores and the in-memory fake, for tests of the identity rules they share."""
    if request.param == "memory":
        yield MemoryStore()
        return
    with empty_database(request.param, tmp_path) as url:
        store = open_store(url)
        try:
            yield store
        finally:
            store.close()
