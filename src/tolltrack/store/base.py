"""What every store offers, independent of the database behind it.

``ClaimStore`` is the narrow interface the ingest loop writes through; ``Store`` (SQLite
or PostgreSQL) and ``MemoryStore`` (a fake for tests) both implement it.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from typing import Any, Literal, Protocol, runtime_checkable

from tolltrack.model import Document, Extraction

Outcome = Literal["new", "unchanged", "replaced"]
Check = Literal["new", "unchanged", "changed"]


def content_hash(doc: Document) -> str:
    """SHA-256 of what extraction reads: the text and the publication date.

    The date is part of it because relative dates ("on Tuesday") resolve against it.
    """
    h = hashlib.sha256()
    h.update((doc.published or "").encode())
    h.update(b"\x00")
    h.update(doc.text.encode("utf-8", errors="surrogatepass"))
    return h.hexdigest()


@dataclass(frozen=True)
class WriteResult:
    """What happened to one document: stored anew, left as it was, or its claims replaced."""

    outcome: Outcome
    document_id: int | None
    claims: int = 0
    control: int = 0


@dataclass(frozen=True)
class ErrorRecord:
    """A row of the ``errors`` table: a document or source that could not be ingested."""

    source: str
    message: str
    line: int | None = None
    doc_key: str | None = None
    url: str | None = None
    created_at: str | None = None

    def __str__(self) -> str:
        where = self.source + (f":{self.line}" if self.line else "")
        who = f" (document {self.doc_key!r})" if self.doc_key else ""
        return f"{where}{who}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class StoredDocument:
    id: int
    doc_key: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    content_hash: str
    source: str | None
    ingested_at: str
    text: str

    def to_document(self) -> Document:
        return Document(id=self.doc_key, text=self.text, published=self.published, title=self.title,
                        url=self.url, outlet=self.outlet)


@runtime_checkable
class ClaimStore(Protocol):
    """The narrow interface ingest writes through."""

    def check(self, doc: Document) -> Check:
        """Would writing ``doc`` store it anew, change nothing, or replace an older version?"""
        ...

    def write(self, doc: Document, extraction: Extraction, *, source: str | None = None) -> WriteResult:
        """Store one document and all its claims atomically (a no-op if unchanged)."""
        ...

    def record_error(self, error: ErrorRecord) -> None:
        """Add a row to ``errors``."""
        ...

    def errors(self) -> list[ErrorRecord]:
        ...

    def extraction(self, doc_key: str) -> Extraction | None:
        """The stored claims of one document, as the extraction that produced them."""
        ...

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        ...

    def close(self) -> None:
        ...
