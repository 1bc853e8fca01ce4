"""Benchmark ``tolltrack ingest`` into SQLite (and PostgreSQL): throughput and memory.

    .venv/bin/python benchmarks/bench_ingest.py [-n 1000] [--seed 1] [--pg postgresql://...] [--json PATH]
    .venv/bin/python benchmarks/bench_ingest.py --stream 100000 [--workers N] [--stand-in]

(a) end to end on one core: ``ingest([reports.jsonl], store, workers=1)`` into a fresh SQLite
    file, over ``-n`` generated reports of 1-5 kB (``gen_reports.py``, seeded), after the
    pipeline has been loaded; then the same extractions written again into a fresh store
    with extraction taken out, to separate the store's share (and, with ``--pg``, the
    same write into PostgreSQL). The process pins itself to one CPU.
(b) ``--stream N``: N generated reports streamed (never held in memory) through
    ``ingest_items`` with ``--workers`` processes (default: all cores) into SQLite; reports
    the peak RSS of the parent and of the largest worker. ``--stand-in`` replaces the
    extractor with a fast stand-in (one claim per sentence) to measure the stream and the
    store alone.

Each run ends with the plan of the tally query (killed by admin1 and month).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_reports import generate  # noqa: E402

import tolltrack  # noqa: E402
from tolltrack.ingest.run import ingest, ingest_items  # noqa: E402
from tolltrack.model import Actor, Casualty, Document, Evidence, Extraction, Period  # noqa: E402
from tolltrack.store import open_store  # noqa: E402

TALLY = ("SELECT admin1, substr(period_start, 1, 7) AS month, COUNT(*) AS claims, SUM(best) AS killed "
         "FROM claims WHERE status = ? AND period_start >= ? AND period_start < ? "
         "GROUP BY admin1, substr(period_start, 1, 7)")
TALLY_PARAMS = ("killed", "2020-01-01", "2021-01-01")


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def stand_in(doc: Document) -> Extraction:
    """One claim per sentence: as many rows as real extraction gives, at almost no cost."""
    claims = []
    for m in re.finditer(r"[^.\n]+[.\n]", doc.text):
        claims.append(Casualty(status="killed", count=len(m.group()) % 50, qualifier="exact", vague=None,
                               victim=Actor("CIV", "Civilians"), perpetrator=None, places=[],
                               period=Period(doc.published, doc.published), aggregate=False, parent=None,
                               reported_by=None, evidence=Evidence(m.start(), m.end(), m.group())))
    return Extraction(id=doc.id, published=doc.published, casualties=claims[:20])


def end_to_end(n: int, seed: int, workdir: Path, pg: str | None) -> dict[str, Any]:
    src = workdir / "reports.jsonl"
    with src.open("w", encoding="utf-8") as out:
        for d in generate(n, seed):
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    warm = next(iter(generate(1, seed + 100)))
    tolltrack.extract_document(Document(**warm))  # load the pipeline and the gazetteer first
    store = open_store(workdir / "e2e.db")
    summary = ingest([str(src)], store, workers=1, progress=False)
    out: dict[str, Any] = {"documents": n, "ingest": summary.to_dict(),
                           "end_to_end_docs_per_s": round(n / summary.seconds, 1),
                           "claims_per_doc": round(summary.claims / n, 1),
                           "db_mb": round((workdir / "e2e.db").stat().st_size / 2**20, 1)}
    # the store's share: write the stored extractions again into fresh databases
    docs = [s.to_document() for s in store.documents()]
    pairs = [(d, e) for d in docs if (e := store.extraction(d.id)) is not None]
    out["sqlite_plan"] = store.explain(TALLY, TALLY_PARAMS)
    store.close()
    targets = [("sqlite", str(workdir / "write-only.db"))] + ([("postgresql", pg)] if pg else [])
    for name, url in targets:
        with fresh_schema(url) if name == "postgresql" else contextlib.nullcontext(url) as url:
            out.update(write_only(name, url, pairs))
    return out


@contextlib.contextmanager
def fresh_schema(pg: str) -> Iterator[str]:
    """A PostgreSQL schema of our own (so earlier runs' documents are not 'unchanged'), dropped after."""
    import psycopg

    schema = f"bench_{os.getpid()}"
    with psycopg.connect(pg, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{pg}{'&' if '?' in pg else '?'}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(pg, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def write_only(name: str, url: str, pairs: list[tuple[Document, Extraction]]) -> dict[str, Any]:
    """Write already-extracted documents into a fresh store: the store's share of the time."""
    out: dict[str, Any] = {}
    fresh = open_store(url)
    started = time.perf_counter()
    for d, e in pairs:
        fresh.write(d, e)
    seconds = time.perf_counter() - started
    out[f"{name}_write_docs_per_s"] = round(len(pairs) / seconds, 1)
    out[f"{name}_write_claims_per_s"] = round(sum(len(e.casualties) for _, e in pairs) / seconds)
    if name == "postgresql":
        fresh.db.execute("ANALYZE")
        out["postgresql_plan"] = fresh.explain(TALLY, TALLY_PARAMS)
    fresh.close()
    return out


def streamed(n: int, seed: int) -> Iterator[Document]:
    for d in generate(n, seed):
        yield Document(**d)


def stream(n: int, seed: int, workers: int | None, workdir: Path, use_stand_in: bool) -> dict[str, Any]:
    store = open_store(workdir / "stream.db")
    marks: list[tuple[int, float]] = []
    docs = streamed(n, seed)

    def watched() -> Iterator[Document]:
        for i, d in enumerate(docs, 1):
            if i % 10_000 == 0:
                marks.append((i, round(peak_mb(), 1)))
                print(f"  {i:,} documents read, parent peak {peak_mb():.0f} MB", file=sys.stderr, flush=True)
            yield d

    summary = ingest_items(watched(), store, workers=workers, progress=False,
                           extract=stand_in if use_stand_in else None)
    out = {"documents": n, "workers": workers or os.cpu_count(), "stand_in": use_stand_in,
           "ingest": summary.to_dict(), "docs_per_s": round(n / summary.seconds, 1),
           "parent_peak_mb": round(peak_mb(), 1), "worker_peak_mb": round(peak_mb(resource.RUSAGE_CHILDREN), 1),
           "parent_peak_by_documents": marks, "db_mb": round((workdir / "stream.db").stat().st_size / 2**20, 1),
           "sqlite_plan": store.explain(TALLY, TALLY_PARAMS)}
    store.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000, help="reports for the end-to-end run (default 1000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pg", metavar="URL", help="also time the writes into this PostgreSQL database")
    ap.add_argument("--stream", type=int, metavar="N", help="instead: stream N reports, measure memory")
    ap.add_argument("--workers", type=int, default=None, help="for --stream (default: all cores)")
    ap.add_argument("--stand-in", action="store_true", help="for --stream: a fast stand-in extractor")
    ap.add_argument("--dir", help="where the databases go (default: a temporary directory, removed)")
    ap.add_argument("--json", metavar="PATH", help="write the figures as JSON too")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        if args.stream:
            out = stream(args.stream, args.seed, args.workers, Path(tmp), args.stand_in)
        else:
            if hasattr(os, "sched_setaffinity"):
                os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
            out = end_to_end(args.n, args.seed, Path(tmp), args.pg)
    text = json.dumps(out, indent=2)
    print(text)
    if args.json:
        Path(args.json).write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
