"""The claim store on SQLite or PostgreSQL: documents and their claims, written atomically.

    >>> from tolltrack.store import open_store
    >>> with open_store("tolltrack.db") as store:            # or "postgresql://user@host/db"
    ...     result = store.write(document, extraction)      # "new", "unchanged" or "replaced"

One document and all its claims go in one transaction, so a crash mid-batch leaves every
committed document whole and no document half-written. A document is known by its key
(``Document.id``) or, failing that, its URL; writing it again with the same content hash
changes nothing, with a new hash replaces its claims. A document whose content hash is
already stored under another key is a duplicate and is not stored twice.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from tolltrack.model import Actor, Document, Extraction, Place
from tolltrack.store import rows
from tolltrack.store.base import Check, ErrorRecord, StoredDocument, WriteResult, content_hash
from tolltrack.store.db import DEFAULT_DB, Database, Params, now, open_database

TABLES = ("documents", "claims", "claim_places", "places", "actors", "control_claims", "events",
          "event_claims", "errors")
_DOC_COLUMNS = "id, doc_key, url, outlet, title, published, content_hash, source, ingested_at, text"


class Store:
    """Documents, claims, places, actors, events and errors in one database."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._actors: dict[tuple[str, str], int] = {}
        self._places: dict[str, int] = {}

    @property
    def dialect(self) -> str:
        return self.db.dialect

    # --- lifecycle -----------------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A transaction for several writes; caches of new ids are dropped if it fails."""
        try:
            with self.db.transaction():
                yield
        except BaseException:
            self._actors.clear()
            self._places.clear()
            raise

    # --- writing -------------------------------------------------------------------
    def _find(self, doc: Document) -> tuple[int, str] | None:
        row = self.db.fetchone("SELECT id, content_hash FROM documents WHERE doc_key = ?", (doc.id,))
        if row is None and doc.url:
            row = self.db.fetchone("SELECT id, content_hash FROM documents WHERE url = ? ORDER BY id LIMIT 1",
                                   (doc.url,))
        return (int(row[0]), str(row[1])) if row else None

    def _by_hash(self, digest: str) -> int | None:
        row = self.db.fetchone("SELECT id FROM documents WHERE content_hash = ? ORDER BY id LIMIT 1", (digest,))
        return int(row[0]) if row else None

    def check(self, doc: Document) -> Check:
        digest = content_hash(doc)
        found = self._find(doc)
        if found:
            return "unchanged" if found[1] == digest else "changed"
        return "unchanged" if self._by_hash(digest) is not None else "new"

    def write(self, doc: Document, extraction: Extraction, *, source: str | None = None) -> WriteResult:
        digest = content_hash(doc)
        with self.transaction():
            found = self._find(doc)
            if found and found[1] == digest:
                return WriteResult("unchanged", found[0])
            if not found:
                dup = self._by_hash(digest)
                if dup is not None:
                    return WriteResult("unchanged", dup)
            published = extraction.published or doc.published
            values = (doc.id, doc.url, doc.outlet, doc.title, published, digest, source, now(),
                      json.dumps(extraction.warnings, ensure_ascii=False) if extraction.warnings else None,
                      doc.text)
            if found:
                doc_id = found[0]
                self.db.execute("DELETE FROM claims WHERE document_id = ?", (doc_id,))
                self.db.execute("DELETE FROM control_claims WHERE document_id = ?", (doc_id,))
                self.db.execute("UPDATE documents SET doc_key = ?, url = ?, outlet = ?, title = ?, published = ?, "
                                "content_hash = ?, source = ?, ingested_at = ?, warnings = ?, text = ? "
                                "WHERE id = ?", (*values, doc_id))
            else:
                doc_id = self.db.insert(
                    "INSERT INTO documents (doc_key, url, outlet, title, published, content_hash, source, "
                    "ingested_at, warnings, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values)
            self._write_claims(doc_id, extraction)
        return WriteResult("replaced" if found else "new", doc_id, len(extraction.casualties),
                           len(extraction.control))

    def _write_claims(self, doc_id: int, extraction: Extraction) -> None:
        # uncounted incidents go after the claims, as claims whose qualifier is "implied"
        casualties = extraction.casualties + extraction.incidents
        if casualties:  # one batch, then the new ids in one query (faster than RETURNING per row)
            self.db.executemany(rows.insert_sql("claims", rows.CLAIM_COLUMNS), [
                rows.claim_row(doc_id, seq, c, self._actor_id(c.victim),
                               self._actor_id(c.perpetrator) if c.perpetrator else None)
                for seq, c in enumerate(casualties)])
        by_seq = dict(self.db.fetchall("SELECT seq, id FROM claims WHERE document_id = ?", (doc_id,)))
        ids = [int(by_seq[seq]) for seq in range(len(casualties))]
        place_rows = [(ids[seq], pseq, self._place_id(p), *rows.place_values(p))
                      for seq, c in enumerate(casualties) for pseq, p in enumerate(c.places)]
        if place_rows:
            self.db.executemany(rows.insert_sql("claim_places", rows.CLAIM_PLACE_COLUMNS), place_rows)
        parents = [(ids[c.parent], ids[i]) for i, c in enumerate(casualties)
                   if c.parent is not None and 0 <= c.parent < len(ids) and c.parent != i]
        if parents:
            self.db.executemany("UPDATE claims SET parent_id = ? WHERE id = ?", parents)
        control = [rows.control_row(doc_id, seq, k, self._actor_id(k.actor))
                   for seq, k in enumerate(extraction.control)]
        if control:
            self.db.executemany(rows.insert_sql("control_claims", rows.CONTROL_COLUMNS), control)

    def _actor_id(self, actor: Actor) -> int:
        key = (actor.side, actor.name)
        found = self._actors.get(key)
        if found is None:
            self.db.execute("INSERT INTO actors (side, name, category) VALUES (?, ?, ?) "
                            "ON CONFLICT (side, name) DO NOTHING", (actor.side, actor.name, actor.category))
            row = self.db.fetchone("SELECT id FROM actors WHERE side = ? AND name = ?", key)
            assert row is not None
            found = self._actors[key] = int(row[0])
        return found

    def _place_id(self, place: Place) -> int:
        key = rows.place_key(place)
        found = self._places.get(key)
        if found is None:
            self.db.execute(
                "INSERT INTO places (place_key, name, canonical, admin1, admin2, country, lat, lon, precision, "
                "gazetteer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (place_key) DO NOTHING",
                (key, *rows.place_values(place)))
            row = self.db.fetchone("SELECT id FROM places WHERE place_key = ?", (key,))
            assert row is not None
            found = self._places[key] = int(row[0])
        return found

    def record_error(self, error: ErrorRecord) -> None:
        with self.transaction():
            self.db.execute("INSERT INTO errors (source, line, doc_key, url, message, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?)",
                            (error.source, error.line, error.doc_key, error.url, error.message,
                             error.created_at or now()))

    # --- reading -------------------------------------------------------------------
    def errors(self) -> list[ErrorRecord]:
        return [ErrorRecord(source=r[0], line=r[1], doc_key=r[2], url=r[3], message=r[4], created_at=r[5])
                for r in self.db.fetchall("SELECT source, line, doc_key, url, message, created_at FROM errors "
                                          "ORDER BY id")]

    def document(self, doc_key: str) -> StoredDocument | None:
        row = self.db.fetchone(f"SELECT {_DOC_COLUMNS} FROM documents WHERE doc_key = ?", (doc_key,))
        return StoredDocument(*row) if row else None

    def documents(self) -> Iterator[StoredDocument]:
        for row in self.db.fetchall(f"SELECT {_DOC_COLUMNS} FROM documents ORDER BY id"):
            yield StoredDocument(*row)

    def extraction(self, doc_key: str) -> Extraction | None:
        row = self.db.fetchone("SELECT id, published, warnings FROM documents WHERE doc_key = ?", (doc_key,))
        if row is None:
            return None
        doc_id, published, warnings = row
        places: dict[int, list[Place]] = {}
        for r in self.db.fetchall(
                "SELECT cp.claim_id, " + ", ".join(f"cp.{c}" for c in rows.PLACE_COLUMNS) +
                " FROM claim_places cp JOIN claims c ON c.id = cp.claim_id WHERE c.document_id = ? "
                "ORDER BY cp.claim_id, cp.seq", (doc_id,)):
            places.setdefault(int(r[0]), []).append(rows.place_from_row(r[1:]))
        casualties = [rows.casualty_from_row(r[1:], places.get(int(r[0]), [])) for r in self.db.fetchall(
            f"SELECT c.id, {rows.claim_select()} FROM claims c WHERE c.document_id = ? ORDER BY c.seq", (doc_id,))]
        control = [rows.control_from_row(r) for r in self.db.fetchall(
            f"SELECT {rows.control_select()} FROM control_claims k WHERE k.document_id = ? ORDER BY k.seq",
            (doc_id,))]
        return Extraction(id=doc_key, published=published, control=control,
                          casualties=[c for c in casualties if c.qualifier != "implied"],
                          incidents=[c for c in casualties if c.qualifier == "implied"],
                          warnings=json.loads(warnings) if warnings else [])

    def counts(self) -> dict[str, int]:
        return {t: int(self.db.fetchone(f"SELECT COUNT(*) FROM {t}")[0]) for t in TABLES}  # type: ignore[index]

    def fetchall(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """Run a read query written with ``?`` placeholders (either database)."""
        return self.db.fetchall(sql, params)

    def explain(self, sql: str, params: Params = ()) -> list[str]:
        """The query plan: ``EXPLAIN QUERY PLAN`` on SQLite, ``EXPLAIN`` on PostgreSQL."""
        return self.db.explain(sql, params)

    def schema_version(self) -> int:
        return self.db.schema_version()


def open_store(url: str | Path = DEFAULT_DB, *, durable: bool = False) -> Store:
    """Open a store: a SQLite file path (default ``tolltrack.db``), ``:memory:``, or a
    ``postgresql://`` URL. The schema is created or migrated as needed. ``durable`` makes
    SQLite sync every commit to disk (``synchronous=FULL``) rather than at checkpoints."""
    return Store(open_database(url, durable=durable))
