"""Read documents from JSON Lines, plain text files or standard input.

A bad line or file never stops the batch: it becomes an ``InputProblem`` naming the
source and line, and the reader moves on to the next one.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from tolltrack.model import Document

# A report is a few kB; anything past this is not a report. spaCy's tokenizer refuses
# texts longer than its ``max_length`` (1,000,000 characters), so the limit can be no higher.
MAX_CHARS = 1_000_000


@dataclass(frozen=True)
class InputProblem:
    """A document that could not be read, with where it came from."""

    source: str
    line: int | None
    doc_id: str | None
    message: str

    def __str__(self) -> str:
        where = self.source + (f":{self.line}" if self.line else "")
        who = f" (document {self.doc_id!r})" if self.doc_id else ""
        return f"{where}{who}: {self.message}"


def read_inputs(paths: list[str], published: str | None = None
                ) -> Iterator[Document | InputProblem]:
    """Yield documents (or problems) from each path; "-" or no path reads stdin."""
    if published is not None:
        _check_date(published)
    if not paths:
        paths = ["-"]
    for path in paths:
        if path == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", published)
            continue
        p = Path(path)
        if not p.exists():
            yield InputProblem(path, None, None, "no such file")
            continue
        if p.is_dir():
            yield InputProblem(path, None, None, "is a directory")
            continue
        try:
            with p.open("rb") as fh:
                yield from _read_stream(fh, path, published)
        except OSError as exc:
            yield InputProblem(path, None, None, f"cannot read: {exc.strerror or exc}")


def _check_date(value: str) -> None:
    try:
        dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"--published {value!r} is not a date in the form YYYY-MM-DD") from exc


def _looks_jsonl(source: str, head: bytes) -> bool:
    if source.endswith((".jsonl", ".json", ".ndjson")):
        return True
    if source.endswith(".txt"):
        return False
    return head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] == b"{"


def _read_stream(fh: BinaryIO, source: str, published: str | None
                 ) -> Iterator[Document | InputProblem]:
    if not hasattr(fh, "peek"):  # e.g. a BytesIO standing in for stdin
        fh = io.BufferedReader(fh)  # type: ignore[type-var]
    head = fh.peek(64)
    if _looks_jsonl(source, head):
        for n, raw in enumerate(fh, start=1):
            if raw.strip():
                yield _parse_line(raw, source, n)
        return
    data = fh.read()
    doc_id = Path(source).stem if source != "<stdin>" else "stdin"
    text = _decode(data, source, None, doc_id)
    if isinstance(text, InputProblem):
        yield text
        return
    yield from _checked(Document(id=doc_id, text=text, published=published), source, None)


def _decode(data: bytes, source: str, line: int | None, doc_id: str | None) -> str | InputProblem:
    if b"\x00" in data[:8192]:
        return InputProblem(source, line, doc_id, "binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputProblem(source, line, doc_id,
                            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset "
                            f"{exc.start}); convert the file to UTF-8")


def _parse_line(raw: bytes, source: str, n: int) -> Document | InputProblem:
    text = _decode(raw, source, n, None)
    if isinstance(text, InputProblem):
        try:  # name the document if its id can still be read
            obj = json.loads(raw.decode("utf-8", errors="replace"))
            doc_id = str(obj["id"]) if isinstance(obj, dict) and obj.get("id") is not None else None
        except ValueError:
            doc_id = None
        return InputProblem(text.source, text.line, doc_id, text.message)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return InputProblem(source, n, None, f"malformed JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(obj, dict):
        return InputProblem(source, n, None, "a line must hold a JSON object")
    doc_id = str(obj.get("id") if obj.get("id") is not None else f"{Path(source).stem}:{n}")
    body = obj.get("text")
    if body is None:
        return InputProblem(source, n, doc_id, "missing 'text' (a string)")
    if not isinstance(body, str):
        return InputProblem(source, n, doc_id, f"'text' must be a string, not {_json_type(body)}")
    published = obj.get("published")
    if published is not None and not isinstance(published, str):
        return InputProblem(source, n, doc_id, "'published' must be a string YYYY-MM-DD or null")
    for key in ("title", "url", "outlet"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            return InputProblem(source, n, doc_id, f"{key!r} must be a string or null")
    doc = Document(id=doc_id, text=body, published=published, title=obj.get("title"),
                   url=obj.get("url"), outlet=obj.get("outlet"))
    problems = list(_checked(doc, source, n))
    return problems[0]


def _json_type(value: object) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "a list",
             dict: "an object"}
    return names.get(type(value), type(value).__name__)


def _checked(doc: Document, source: str, line: int | None) -> Iterator[Document | InputProblem]:
    if not doc.text.strip():
        yield InputProblem(source, line, doc.id, "empty document")
    elif len(doc.text) > MAX_CHARS:
        yield InputProblem(source, line, doc.id,
                           f"document too large ({len(doc.text):,} characters; "
                           f"the limit is {MAX_CHARS:,})")
    else:
        if doc.published is not None:
            try:
                dt.date.fromisoformat(doc.published)
            except ValueError:
                yield InputProblem(source, line, doc.id,
                                   f"impossible date in 'published': {doc.published!r}")
                return
        yield doc

