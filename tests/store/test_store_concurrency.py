"""A crash in the middle of a batch, and readers while a writer ingests (SQLite WAL)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

from tolltrack.store import open_store

CHILD = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, {tests!r})
    from store.samples import document, extraction
    from tolltrack.store import open_store

    store = open_store({url!r})
    real = store._place_id
    state = {{"doc": 0, "places": 0}}

    def crash_in_document_8(place):
        if state["doc"] == 8:
            state["places"] += 1
            if state["places"] == 3:  # claims of document 8 are half written: die without cleanup
                os._exit(3)
        return real(place)

    store._place_id = crash_in_document_8
    base = document().text
    for i in range(12):
        state["doc"] = i
        doc = document(f"doc-{{i}}", text=base + f" Report number {{i}}.", url=None)
        store.write(doc, extraction(doc))
""")


def test_a_crash_mid_batch_keeps_every_committed_document_whole(db_url: str) -> None:
    tests = str(Path(__file__).resolve().parents[1])
    proc = subprocess.run([sys.executable, "-c", CHILD.format(tests=tests, url=db_url)], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 3, proc.stderr
    store = open_store(db_url)
    try:
        docs = [r[0] for r in store.fetchall("SELECT doc_key FROM documents ORDER BY id")]
        assert docs == [f"doc-{i}" for i in range(8)]
        per_doc = store.fetchall("SELECT d.doc_key, COUNT(c.id) FROM documents d JOIN claims c "
                                 "ON c.document_id = d.id GROUP BY d.doc_key")
        assert sorted(n for _, n in per_doc) == [3] * 8
        assert store.counts()["control_claims"] == 8
        assert store.counts()["claim_places"] == 8 * 4
    finally:
        store.close()


def test_readers_see_whole_documents_while_a_writer_ingests(tmp_path: Path) -> None:
    import dataclasses

    from store.samples import document, extraction

    path = tmp_path / "shared.db"
    writer = open_store(path)
    open_store(path).close()
    seen: list[tuple[int, int]] = []
    problems: list[str] = []
    done = threading.Event()

    def read() -> None:
        reader = open_store(path)  # its own connection, as another process would have
        try:
            while not done.is_set():
                reader.db.execute("BEGIN")  # a read transaction: one snapshot, no write lock
                docs = reader.fetchall("SELECT COUNT(*) FROM documents")[0][0]
                claims = reader.fetchall("SELECT COUNT(*) FROM claims")[0][0]
                reader.db.execute("COMMIT")
                seen.append((docs, claims))
                time.sleep(0.0005)
                if claims != 3 * docs:
                    problems.append(f"{docs} documents but {claims} claims")
        except Exception as exc:  # pragma: no cover - reported below
            problems.append(repr(exc))
        finally:
            reader.close()

    thread = threading.Thread(target=read)
    thread.start()
    try:
        base = document(url=None)
        i = 0
        while i < 60 or (len({d for d, _ in seen}) < 5 and i < 5000):  # on until the reader saw it grow
            doc = dataclasses.replace(base, id=f"d{i}", text=base.text + f" Item {i}.")
            writer.write(doc, extraction(doc))
            i += 1
    finally:
        done.set()
        thread.join(timeout=30)
        writer.close()
    assert not problems, problems[:5]
    assert len({d for d, _ in seen}) >= 5  # the reader saw the store grow, one whole document at a time
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)  # counts only grow
