"""Reading documents: JSON Lines, plain text and stdin; every bad input becomes a problem."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from test_cli import write_jsonl as jsonl  # one helper for writing test JSON Lines
from tolltrack.ingest import InputProblem, read_inputs
from tolltrack.ingest.readers import MAX_CHARS
from tolltrack.model import Document

GOOD = "At least 12 civilians were killed in an air strike on Idlib on Tuesday, the monitor said."
OTHER = "Four soldiers were wounded when a roadside bomb hit their patrol near Homs."


def read(*paths: str, published: str | None = None) -> list[Document | InputProblem]:
    return list(read_inputs(list(paths), published))


def test_jsonl_documents_keep_order_ids_and_fields(tmp_path: Path) -> None:
    src = jsonl(tmp_path / "batch.jsonl",
                {"id": "r1", "text": GOOD, "published": "2024-03-05", "title": "Strike on Idlib",
                 "outlet": "monitor.example", "url": "https://monitor.example/r1"},
                {"id": 7, "text": OTHER},
                {"text": "Two fishermen are missing after shelling near the port of Hodeidah."})
    docs = read(src)
    assert all(isinstance(d, Document) for d in docs)
    assert [d.id for d in docs] == ["r1", "7", "batch:3"]  # type: ignore[union-attr]
    first = docs[0]
    assert isinstance(first, Document)
    assert (first.text, first.published, first.title, first.outlet, first.url) == (
        GOOD, "2024-03-05", "Strike on Idlib", "monitor.example", "https://monitor.example/r1")


def test_blank_lines_are_skipped_but_line_numbers_count_them(tmp_path: Path) -> None:
    src = jsonl(tmp_path / "b.jsonl", {"id": "a", "text": GOOD}, "", "   ", "{oops")
    a, bad = read(src)
    assert isinstance(a, Document)
    assert isinstance(bad, InputProblem) and bad.line == 4


@pytest.mark.parametrize(("line", "doc_id", "message"), [
    ("{not json", None, "malformed JSON"),
    ('["a list", "not an object"]', None, "must hold a JSON object"),
    ('"just a string"', None, "must hold a JSON object"),
    ({"id": "no-text"}, "no-text", "missing 'text'"),
    ({"id": "null-text", "text": None}, "null-text", "missing 'text'"),
    ({"id": "int-text", "text": 42}, "int-text", "'text' must be a string, not a number"),
    ({"id": "list-text", "text": ["a", "b"]}, "list-text", "'text' must be a string, not a list"),
    ({"id": "empty", "text": ""}, "empty", "empty document"),
    ({"id": "blank", "text": " \n\t  \n"}, "blank", "empty document"),
    ({"id": "feb30", "text": GOOD, "published": "2019-02-30"}, "feb30", "impossible date"),
    ({"id": "num-date", "text": GOOD, "published": 20190228}, "num-date", "'published' must be"),
    ({"id": "odd-title", "text": GOOD, "title": ["x"]}, "odd-title", "'title' must be a string"),
])
def test_bad_line_between_good_ones(tmp_path: Path, line: object, doc_id: str | None,
                                    message: str) -> None:
    src = jsonl(tmp_path / "in.jsonl", {"id": "before", "text": GOOD}, line,
                {"id": "after", "text": OTHER})
    before, bad, after = read(src)
    assert isinstance(before, Document) and before.id == "before"
    assert isinstance(after, Document) and after.id == "after"
    assert isinstance(bad, InputProblem)
    assert bad.line == 2
    assert bad.doc_id == doc_id
    assert message in bad.message
    assert "in.jsonl:2" in str(bad)
    if doc_id:
        assert repr(doc_id) in str(bad)


def test_non_utf8_jsonl_line_names_line_and_id(tmp_path: Path) -> None:
    raw = '{"id": "cafe", "text": "A caf\u00e9 in Aleppo was shelled."}'.encode("latin-1")
    src = jsonl(tmp_path / "in.jsonl", {"id": "a", "text": GOOD}, raw, {"id": "b", "text": OTHER})
    a, bad, b = read(src)
    assert isinstance(a, Document) and isinstance(b, Document)
    assert isinstance(bad, InputProblem)
    assert bad.line == 2 and bad.doc_id == "cafe"
    assert "not valid UTF-8" in bad.message and "0xe9" in bad.message


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": GOOD}).encode() + b"\n")
    (doc,) = read(str(path))
    assert isinstance(doc, Document) and doc.text == GOOD


def test_text_file_is_one_document_with_published(tmp_path: Path) -> None:
    path = tmp_path / "report-17.txt"
    path.write_text(GOOD + "\n\n" + OTHER + "\n", encoding="utf-8")
    (doc,) = read(str(path), published="2024-03-06")
    assert isinstance(doc, Document)
    assert doc.id == "report-17" and doc.published == "2024-03-06"
    assert doc.text.startswith(GOOD)


def test_txt_starting_with_brace_is_still_text(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_text("{Update} Three people were killed in Aden.\n", encoding="utf-8")
    (doc,) = read(str(path))
    assert isinstance(doc, Document) and doc.id == "odd"


def test_jsonl_is_sniffed_without_extension(tmp_path: Path) -> None:
    src = jsonl(tmp_path / "feed", {"id": "x", "text": GOOD})
    (doc,) = read(src)
    assert isinstance(doc, Document) and doc.id == "x"


@pytest.mark.parametrize(("data", "message"), [
    (b"Two soldiers were killed near Homs.\x00\x01\x02", "binary data"),
    ("Gunmen killed five people at a caf\u00e9 in Kaduna.".encode("latin-1"), "not valid UTF-8"),
    (b"", "empty document"),
    (b"  \n\n \t ", "empty document"),
])
def test_bad_text_file(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    (problem,) = read(str(path))
    assert isinstance(problem, InputProblem)
    assert problem.doc_id == "bad" and message in problem.message
    assert str(problem).startswith(str(path))


def test_missing_file_and_directory_do_not_stop_the_batch(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    missing, directory, doc = read(str(tmp_path / "nope.jsonl"), str(tmp_path), str(good))
    assert isinstance(missing, InputProblem) and missing.message == "no such file"
    assert isinstance(directory, InputProblem) and "directory" in directory.message
    assert isinstance(doc, Document) and doc.id == "good"


def test_too_large_document_is_rejected(tmp_path: Path) -> None:
    src = jsonl(tmp_path / "big.jsonl", {"id": "big", "text": "x" * (MAX_CHARS + 1)},
                {"id": "ok", "text": GOOD})
    big, ok = read(src)
    assert isinstance(big, InputProblem) and "too large" in big.message
    assert isinstance(ok, Document)


def test_invalid_published_argument_raises() -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        read("-", published="2019-02-30")


@pytest.mark.parametrize("paths", [[], ["-"]])
def test_stdin_jsonl_and_text(monkeypatch: pytest.MonkeyPatch, paths: list[str]) -> None:
    lines = json.dumps({"id": "s1", "text": GOOD}) + "\n" + json.dumps({"id": "s2", "text": OTHER})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    assert [d.id for d in read(*paths)] == ["s1", "s2"]  # type: ignore[union-attr]

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode())))
    (doc,) = read(*paths, published="2024-03-05")
    assert isinstance(doc, Document)
    assert (doc.id, doc.text, doc.published) == ("stdin", GOOD, "2024-03-05")
