"""The claim store: documents, claims, places, actors, events and errors in SQLite or PostgreSQL.

    >>> from tolltrack.store import open_store
    >>> store = open_store("tolltrack.db")           # or "postgresql://user@localhost/tolltrack"
    >>> store.write(document, tolltrack.extract_document(document)).outcome
    'new'

See ``docs/store.md`` for the schema, the identity rules and the figures.
"""

from tolltrack.store.base import ClaimStore, ErrorRecord, StoredDocument, WriteResult, content_hash
from tolltrack.store.db import DEFAULT_DB, StoreError
from tolltrack.store.memory import MemoryStore
from tolltrack.store.migrations import MIGRATIONS
from tolltrack.store.store import TABLES, Store, open_store

__all__ = [
    "DEFAULT_DB", "MIGRATIONS", "TABLES", "ClaimStore", "ErrorRecord", "MemoryStore", "Store", "StoreError",
    "StoredDocument", "WriteResult", "content_hash", "open_store",
]
