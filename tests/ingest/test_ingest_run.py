"""The ingest loop: screening, extraction in a pool, one ordered write stream, a summary."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import httpx
import pytest

from ingest.fakes import ENGLISH, FRENCH, article_html, fake_extract, html_response, mock_fetcher
from tolltrack.ingest.run import IngestSummary, ingest, ingest_items
from tolltrack.model import Document
from tolltrack.store import MemoryStore, open_store


def jsonl(path: Path, rows: list[dict[str, object] | str]) -> str:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return str(path)


def reports(n: int, tag: str = "") -> list[dict[str, object]]:
    return [{"id": f"r{i}", "text": f"Report{i}{tag} " + ENGLISH, "published": "2031-02-03"} for i in range(n)]


@pytest.mark.parametrize("workers", [1, 2])
def test_new_unchanged_and_replaced_are_counted(tmp_path: Path, workers: int) -> None:
    store = open_store(tmp_path / "t.db")
    first = ingest([jsonl(tmp_path / "a.jsonl", reports(20))], store, workers=workers, extract=fake_extract)
    assert (first.documents_new, first.claims, first.errors) == (20, 20, 0)
    again = ingest([str(tmp_path / "a.jsonl")], store, workers=workers, extract=fake_extract)
    assert (again.documents_new, again.documents_unchanged, again.claims) == (0, 20, 0)
    changed = reports(20)
    changed[5]["text"] = "Revised " + ENGLISH
    third = ingest([jsonl(tmp_path / "b.jsonl", changed)], store, workers=workers, extract=fake_extract)
    assert (third.documents_replaced, third.documents_unchanged, third.claims) == (1, 19, 1)
    assert store.counts()["documents"] == 20 and store.counts()["claims"] == 20
    back = store.extraction("r5")
    assert back is not None and back.casualties[0].evidence.text == "Revised"
    store.close()


@pytest.mark.parametrize("workers", [1, 2])
def test_writes_follow_input_order_and_problems_do_not_stop_the_batch(tmp_path: Path, workers: int) -> None:
    rows: list[dict[str, object] | str] = list(reports(30))
    rows[3] = {"id": "fr", "text": FRENCH}
    rows[7] = "{not json"
    rows[11] = {"id": "blank", "text": "   "}
    rows[15] = {"id": "boom", "text": "EXPLODE " + ENGLISH}
    store = MemoryStore()
    errors = []
    summary = ingest([jsonl(tmp_path / "mixed.jsonl", rows), str(tmp_path / "missing.txt")], store,
                     workers=workers, extract=fake_extract, on_error=errors.append)
    expected = [f"r{i}" for i in range(30) if i not in (3, 7, 11, 15)]
    assert store.writes == expected
    assert summary.documents_new == 26 and summary.errors == 5
    messages = [e.message for e in store.errors()]
    assert messages[0].startswith("not in English")
    assert messages[1].startswith("malformed JSON") and store.errors()[1].line == 8
    assert messages[2] == "empty document"
    assert messages[3] == "extraction failed: ValueError('the extractor tripped')"
    assert messages[4] == "no such file"
    assert errors == store.errors()


def test_a_dying_worker_fails_only_the_document_that_killed_it(tmp_path: Path) -> None:
    rows = reports(60)
    rows[20]["text"] = "DIE-NOW " + ENGLISH
    store = MemoryStore()
    summary = ingest([jsonl(tmp_path / "d.jsonl", rows)], store, workers=2, extract=fake_extract)
    assert "r20" not in store.writes and "r59" in store.writes and "r0" in store.writes
    assert store.writes == sorted(store.writes, key=lambda k: int(k[1:]))
    assert (summary.documents_new, summary.errors) == (59, 1)
    assert [(e.doc_key, e.message) for e in store.errors()] == [("r20", "extraction failed: the worker process died")]


def test_urls_and_feeds_are_ingested_with_the_fetcher(tmp_path: Path) -> None:
    fetcher, _ = mock_fetcher(lambda r: html_response(article_html()) if r.url.path == "/ok"
                              else httpx.Response(500))
    store = open_store(tmp_path / "u.db")
    summary = ingest(["https://news.example/ok", "https://news.example/down"], store, workers=1,
                     fetcher=fetcher, extract=fake_extract)
    assert summary.documents_new == 1 and summary.errors == 1
    error = store.errors()[0]
    assert error.url == "https://news.example/down" and "HTTP 500" in error.message
    stored = store.document("https://news.example/ok")
    assert stored is not None and stored.published == "2024-04-02" and stored.source == "https://news.example/ok"
    store.close()


def test_bare_documents_and_the_summary_text() -> None:
    store = MemoryStore()
    docs = [Document(id=f"x{i}", text=f"Line{i} {ENGLISH}") for i in range(3)]
    summary = ingest_items(docs + [dataclasses.replace(docs[0])], store, workers=1, extract=fake_extract)
    assert summary.to_dict()["documents"] == 4
    text = str(summary)
    assert text.startswith("4 documents (3 new, 1 unchanged, 0 replaced), 3 claims, 0 control claims, 0 errors")
    assert isinstance(IngestSummary().to_dict(), dict)


def test_the_progress_bar_goes_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ingest([jsonl(tmp_path / "p.jsonl", reports(3))], MemoryStore(), workers=1, extract=fake_extract, progress=True)
    out, err = capsys.readouterr()
    assert out == "" and "ingesting" in err


def test_real_extraction_end_to_end(tmp_path: Path) -> None:
    text = ("At least 14 farmers were killed when government shells hit the market in Idlib on Monday, the "
            "monitor said. Nine others were wounded.")
    path = jsonl(tmp_path / "real.jsonl", [{"id": "real", "text": text, "published": "2031-02-05"}])
    store = open_store(tmp_path / "real.db")
    summary = ingest([path], store, workers=1)
    assert summary.documents_new == 1 and summary.claims >= 1
    import tolltrack

    expected = tolltrack.extract_document(Document(id="real", text=text, published="2031-02-05"))
    back = store.extraction("real")
    assert back is not None and back.to_dict() == expected.to_dict()
    store.close()
