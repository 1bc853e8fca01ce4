"""Ingest: read documents, extract their claims on all cores, write them to a store.

    >>> from tolltrack.ingest.run import ingest
    >>> from tolltrack.store import open_store
    >>> summary = ingest(["reports.jsonl", "https://example.org/feed.xml"], open_store("tolltrack.db"))
    >>> print(summary)

Reading, screening (problems, language, already-stored documents) and writing happen in
this process, in input order; extraction runs in a pool of worker processes (``workers``,
default: all cores; ``workers=1`` extracts in-process). Documents travel to the pool in
small chunks with a bounded number in flight, so memory stays flat however long the
input. Every document is written in its own transaction; every problem becomes a row in
``errors`` and the run goes on.
"""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from typing import Any

from tolltrack.ingest.fetch import Fetcher
from tolltrack.ingest.readers import InputProblem
from tolltrack.ingest.sources import Item, is_url, iter_documents, language_problem
from tolltrack.model import Document, Extraction
from tolltrack.store.base import ClaimStore, ErrorRecord

ExtractFn = Callable[[Document], Extraction]
CHUNK = 8  # documents per task sent to a worker
AHEAD = 3  # chunks in flight per worker


@dataclass
class IngestSummary:
    documents_new: int = 0
    documents_unchanged: int = 0
    documents_replaced: int = 0
    claims: int = 0
    control_claims: int = 0
    errors: int = 0
    seconds: float = 0.0
    error_messages: list[str] = field(default_factory=list, repr=False)

    @property
    def documents(self) -> int:
        return self.documents_new + self.documents_unchanged + self.documents_replaced

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("error_messages")
        out["documents"] = self.documents
        return out

    def __str__(self) -> str:
        rate = f", {self.documents / self.seconds:.1f} documents/s" if self.seconds > 0 else ""
        return (f"{self.documents} documents ({self.documents_new} new, {self.documents_unchanged} unchanged, "
                f"{self.documents_replaced} replaced), {self.claims} claims, {self.control_claims} control "
                f"claims, {self.errors} errors in {self.seconds:.1f} s{rate}")


def ingest(inputs: Iterable[str] | str, store: ClaimStore, *, workers: int | None = None,
           fetcher: Fetcher | None = None, published: str | None = None, progress: bool | None = None,
           extract: ExtractFn | None = None, on_error: Callable[[ErrorRecord], None] | None = None
           ) -> IngestSummary:
    """Ingest files, directories, URLs and feeds (see ``sources.iter_documents``) into ``store``.

    Without a ``fetcher``, URLs use a polite ``HttpFetcher`` made here (and closed after).
    """
    if isinstance(inputs, str):
        inputs = [inputs]
    inputs = list(inputs)
    own = None
    if fetcher is None and any(is_url(i) for i in inputs):
        from tolltrack.ingest.fetch import HttpFetcher

        fetcher = own = HttpFetcher()
    try:
        items = iter_documents(inputs, fetcher=fetcher, published=published)
        return ingest_items(items, store, workers=workers, progress=progress, extract=extract, on_error=on_error)
    finally:
        if own is not None:
            own.close()


def ingest_items(items: Iterable[Item | Document], store: ClaimStore, *, workers: int | None = None,
                 progress: bool | None = None, extract: ExtractFn | None = None,
                 on_error: Callable[[ErrorRecord], None] | None = None) -> IngestSummary:
    """Ingest ``(source, Document | InputProblem)`` pairs (or bare documents) into ``store``."""
    workers = max(1, workers or os.cpu_count() or 1)
    summary = IngestSummary()
    started = time.perf_counter()
    writer = _Writer(store, summary, on_error)
    show = sys.stderr.isatty() if progress is None else progress
    bar = _progress(show)
    try:
        for step in _extracted(_screened(items, store, writer), workers, extract):
            writer.take(*step)
            bar.update(1)
    finally:
        bar.render_finish()
        summary.seconds = time.perf_counter() - started
    return summary


# --- the stages ---------------------------------------------------------------------

Task = tuple[str, Document]  # (source, document) to extract
Step = tuple[str, Document | ErrorRecord | None, Extraction | str | None]


def _screened(items: Iterable[Item | Document], store: ClaimStore, writer: _Writer
              ) -> Iterator[tuple[str, Document | ErrorRecord | None]]:
    """Problems become error records, unchanged documents are counted here (no extraction);
    ``(source, Document)`` is yielded for the rest, ``(source, record|None)`` for the others."""
    for item in items:
        source, got = item if isinstance(item, tuple) else ("<documents>", item)
        if isinstance(got, InputProblem):
            yield source, ErrorRecord(source=got.source, line=got.line, doc_key=got.doc_id,
                                      url=got.source if is_url(got.source) else None, message=got.message)
            continue
        problem = screen(got)
        if problem:
            yield source, ErrorRecord(source=source, doc_key=got.id, url=got.url, message=problem)
        elif store.check(got) == "unchanged":
            writer.summary.documents_unchanged += 1
            yield source, None
        else:
            yield source, got


def screen(doc: Document) -> str | None:
    """Why a document read fine but is no report for the extractor, or ``None``."""
    if not doc.text.strip():
        return "empty document"
    if "\x00" in doc.text:
        return "binary data (NUL bytes), not text"
    return language_problem(doc.text)


def _extract_chunk(docs: list[Document], extract: ExtractFn | None) -> list[Extraction | str]:
    if extract is None:
        from tolltrack import extract_document

        extract = extract_document
    out: list[Extraction | str] = []
    for doc in docs:
        try:
            result = extract(doc)
        except Exception as exc:  # one document must not sink the batch
            out.append(f"extraction failed: {exc!r}")
            continue
        out.append(f"extraction failed: {result.error}" if result.error else result)
    return out


def _extracted(screened: Iterable[tuple[str, Document | ErrorRecord | None]], workers: int,
               extract: ExtractFn | None) -> Iterator[Step]:
    """The screened stream with each document's extraction attached, in input order."""
    if workers == 1:
        for source, got in screened:
            yield source, got, (_extract_chunk([got], extract)[0] if isinstance(got, Document) else None)
        return
    pool = ProcessPoolExecutor(max_workers=workers)
    pending: deque[tuple[list[tuple[str, Document | ErrorRecord | None]], Future[list[Extraction | str]]]] = deque()
    try:
        chunk: list[tuple[str, Document | ErrorRecord | None]] = []
        for entry in screened:
            chunk.append(entry)
            if len(chunk) >= 4 * CHUNK or sum(isinstance(g, Document) for _, g in chunk) >= CHUNK:
                pending.append((chunk, _submit(pool, chunk, extract)))
                chunk = []
            while len(pending) >= workers * AHEAD:
                pool = yield from _drain_one(pending, pool, workers, extract)
        if chunk:
            pending.append((chunk, _submit(pool, chunk, extract)))
        while pending:
            pool = yield from _drain_one(pending, pool, workers, extract)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, chunk: list[tuple[str, Document | ErrorRecord | None]],
            extract: ExtractFn | None) -> Future[list[Extraction | str]]:
    try:
        return pool.submit(_extract_chunk, [g for _, g in chunk if isinstance(g, Document)], extract)
    except BrokenProcessPool as exc:  # raised again, and dealt with, when this chunk's turn comes
        failed: Future[list[Extraction | str]] = Future()
        failed.set_exception(exc)
        return failed


def _drain_one(pending: deque[Any], pool: ProcessPoolExecutor, workers: int, extract: ExtractFn | None
               ) -> Generator[Step, None, ProcessPoolExecutor]:
    chunk, future = pending.popleft()
    try:
        results: list[Extraction | str] = future.result()
    except BrokenProcessPool:  # a worker died (killed, out of memory): find the document that did it
        results = []
        for doc in (g for _, g in chunk if isinstance(g, Document)):
            pool.shutdown(wait=False, cancel_futures=True)
            pool = ProcessPoolExecutor(max_workers=workers)
            try:
                results += pool.submit(_extract_chunk, [doc], extract).result()
            except BrokenProcessPool:
                results.append("extraction failed: the worker process died")
        pool.shutdown(wait=False, cancel_futures=True)
        pool = ProcessPoolExecutor(max_workers=workers)
        for i, (c, _) in enumerate(pending):
            pending[i] = (c, _submit(pool, c, extract))
    it = iter(results)
    for source, got in chunk:
        yield source, got, (next(it) if isinstance(got, Document) else None)
    return pool


class _Writer:
    """The single ordered write stream: one transaction per document, errors as rows."""

    def __init__(self, store: ClaimStore, summary: IngestSummary,
                 on_error: Callable[[ErrorRecord], None] | None) -> None:
        self.store, self.summary, self.on_error = store, summary, on_error

    def error(self, record: ErrorRecord) -> None:
        self.store.record_error(record)
        self.summary.errors += 1
        if len(self.summary.error_messages) < 1000:
            self.summary.error_messages.append(str(record))
        if self.on_error:
            self.on_error(record)

    def take(self, source: str, got: Document | ErrorRecord | None, result: Extraction | str | None) -> None:
        if got is None:
            return  # unchanged, counted when screened
        if isinstance(got, ErrorRecord):
            self.error(got)
            return
        if isinstance(result, str) or result is None:
            self.error(ErrorRecord(source=source, doc_key=got.id, url=got.url, message=result or "no result"))
            return
        try:
            done = self.store.write(got, result, source=source)
        except Exception as exc:  # the document is rolled back; the database still answers errors
            self.error(ErrorRecord(source=source, doc_key=got.id, url=got.url, message=f"cannot store: {exc}"))
            return
        if done.outcome == "unchanged":
            self.summary.documents_unchanged += 1
            return
        if done.outcome == "new":
            self.summary.documents_new += 1
        else:
            self.summary.documents_replaced += 1
        self.summary.claims += done.claims
        self.summary.control_claims += done.control


def _progress(show: bool) -> Any:
    if not show:
        return _NoBar()
    import click

    unknown_length: Iterator[int] = iter(lambda: 0, 0)  # no length: click shows a count, not a bar
    bar = click.progressbar(unknown_length, label="ingesting", file=sys.stderr, show_pos=True,
                            update_min_steps=5)
    bar.render_progress()
    return bar


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def render_finish(self) -> None:
        pass
