"""An in-memory ``ClaimStore`` for tests of the code above the store (no database)."""

from __future__ import annotations

import copy

from tolltrack.model import Document, Extraction
from tolltrack.store.base import Check, ErrorRecord, WriteResult, content_hash


class MemoryStore:
    """Keeps documents, their extractions and errors in dictionaries, with the same
    identity rules as ``Store``: by key, then URL; same hash is a no-op."""

    dialect = "memory"

    def __init__(self) -> None:
        self.documents: dict[str, tuple[int, Document, str, Extraction]] = {}
        self._errors: list[ErrorRecord] = []
        self.writes: list[str] = []  # document keys in the order written, for tests of ordering
        self._next = 1

    def _find(self, doc: Document) -> str | None:
        if doc.id in self.documents:
            return doc.id
        if doc.url:
            for key, (_, stored, _, _) in self.documents.items():
                if stored.url == doc.url:
                    return key
        return None

    def _by_hash(self, digest: str) -> int | None:
        return next((i for i, _, h, _ in self.documents.values() if h == digest), None)

    def check(self, doc: Document) -> Check:
        digest = content_hash(doc)
        key = self._find(doc)
        if key is not None:
            return "unchanged" if self.documents[key][2] == digest else "changed"
        return "unchanged" if self._by_hash(digest) is not None else "new"

    def write(self, doc: Document, extraction: Extraction, *, source: str | None = None) -> WriteResult:
        digest = content_hash(doc)
        key = self._find(doc)
        if key is not None and self.documents[key][2] == digest:
            return WriteResult("unchanged", self.documents[key][0])
        if key is None and (dup := self._by_hash(digest)) is not None:
            return WriteResult("unchanged", dup)
        if key is not None:
            doc_id = self.documents.pop(key)[0]
        else:
            doc_id, self._next = self._next, self._next + 1
        self.documents[doc.id] = (doc_id, doc, digest, copy.deepcopy(extraction))
        self.writes.append(doc.id)
        return WriteResult("replaced" if key is not None else "new", doc_id, len(extraction.casualties),
                           len(extraction.control))

    def record_error(self, error: ErrorRecord) -> None:
        self._errors.append(error)

    def errors(self) -> list[ErrorRecord]:
        return list(self._errors)

    def extraction(self, doc_key: str) -> Extraction | None:
        found = self.documents.get(doc_key)
        return copy.deepcopy(found[3]) if found else None

    def counts(self) -> dict[str, int]:
        return {"documents": len(self.documents),
                "claims": sum(len(e.casualties) for _, _, _, e in self.documents.values()),
                "control_claims": sum(len(e.control) for _, _, _, e in self.documents.values()),
                "errors": len(self._errors)}

    def close(self) -> None:
        pass
