"""The command line: help text, batch behaviour on bad input, order, stdin and exit status."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import tolltrack
from tolltrack.cli import main

STRIKE = "At least 12 civilians were killed in an air strike on Idlib on Tuesday, the monitor said."
BOMB = "Four soldiers were wounded when a roadside bomb hit their patrol near Homs on Sunday."
RAID = ("Gunmen stormed a village in Zamfara state overnight, killing 23 people and abducting "
        "dozens more, a local official said on Friday.")
QUIET = "The ministry said talks on reopening the crossing would resume next week."


def invoke(*args: str, input: bytes | str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input, prog_name="tolltrack")


def records(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def write_jsonl(path: Path, *lines: object) -> str:
    """Each item becomes one line: dicts and lists as JSON, str and bytes as they are."""
    with path.open("wb") as fh:
        for line in lines:
            if isinstance(line, bytes):
                fh.write(line)
            elif isinstance(line, str):
                fh.write(line.encode("utf-8"))
            else:
                fh.write(json.dumps(line).encode("utf-8"))
            fh.write(b"\n")
    return str(path)


# -- help ---------------------------------------------------------------------------------------

def test_main_help() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: tolltrack [OPTIONS] COMMAND [ARGS]...")
    assert "extract" in result.stdout and "Extract casualty and control claims" in result.stdout
    assert "--version" in result.stdout and "--help" in result.stdout


def test_extract_help() -> None:
    result = invoke("extract", "--help")
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("Usage: tolltrack extract [OPTIONS] [INPUT]...")
    assert "--published YYYY-MM-DD" in out and "Publication date" in out
    assert "-o, --output" in out and "standard output" in out
    assert "JSON Lines" in out and "standard input" in out
    assert "input order" in out and "Exit status 1" in out


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0 and tolltrack.__version__ in result.stdout


# -- good input ---------------------------------------------------------------------------------

def test_good_batch_keeps_order_and_ids(tmp_path: Path) -> None:
    ids = ["z-last", "a-first", "17", "m"]
    texts = [STRIKE, BOMB, RAID, QUIET]
    src = write_jsonl(tmp_path / "batch.jsonl",
                      *({"id": i, "text": t, "published": "2024-03-08"} for i, t in zip(ids, texts,
                                                                                       strict=True)))
    result = invoke("extract", src)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    out = records(result)
    assert [r["id"] for r in out] == ids
    assert all("error" not in r for r in out)
    assert all(r["published"] == "2024-03-08" for r in out)
    assert {"id", "published", "casualties", "control"} <= set(out[0])
    assert 12 in [c["count"] for c in out[0]["casualties"]]
    assert out[3]["casualties"] == []


def test_several_inputs_in_argument_order(tmp_path: Path) -> None:
    first = write_jsonl(tmp_path / "one.jsonl", {"id": "j1", "text": STRIKE},
                        {"id": "j2", "text": BOMB})
    txt = tmp_path / "two.txt"
    txt.write_text(RAID + "\n", encoding="utf-8")
    last = write_jsonl(tmp_path / "three.jsonl", {"id": "j3", "text": QUIET})
    result = invoke("extract", first, str(txt), last)
    assert result.exit_code == 0, result.stderr
    assert [r["id"] for r in records(result)] == ["j1", "j2", "two", "j3"]


def test_txt_with_published(tmp_path: Path) -> None:
    txt = tmp_path / "raid.txt"
    txt.write_text(RAID + "\n", encoding="utf-8")
    result = invoke("extract", "--published", "2023-11-10", str(txt))
    assert result.exit_code == 0, result.stderr
    (rec,) = records(result)
    assert rec["id"] == "raid" and rec["published"] == "2023-11-10"


def test_output_file(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", {"id": "a", "text": STRIKE}, {"id": "b", "text": BOMB})
    out = tmp_path / "out.jsonl"
    result = invoke("extract", src, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "b"]


@pytest.mark.parametrize("args", [[], ["-"]])
def test_stdin_jsonl(args: list[str]) -> None:
    data = "\n".join(json.dumps({"id": i, "text": t}) for i, t in [("s1", STRIKE), ("s2", BOMB)])
    result = invoke("extract", *args, input=data + "\n")
    assert result.exit_code == 0, result.stderr
    assert [r["id"] for r in records(result)] == ["s1", "s2"]


@pytest.mark.parametrize("args", [[], ["-"]])
def test_stdin_text_with_published(args: list[str]) -> None:
    result = invoke("extract", "--published", "2024-03-05", *args, input=STRIKE + "\n")
    assert result.exit_code == 0, result.stderr
    (rec,) = records(result)
    assert rec["id"] == "stdin" and rec["published"] == "2024-03-05"


def test_stdin_through_a_real_pipe() -> None:
    data = "\n".join(json.dumps({"id": i, "text": t}) for i, t in [("p1", BOMB), ("p2", "")])
    proc = subprocess.run([sys.executable, "-m", "tolltrack.cli", "extract", "-"],
                          input=data.encode(), capture_output=True, timeout=120, check=False)
    assert proc.returncode == 1
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["id"] for r in out] == ["p1", "p2"]
    assert "error" not in out[0] and out[1]["error"] == "empty document"
    assert "<stdin>:2 (document 'p2'): empty document" in proc.stderr.decode()


# -- bad input: one bad document between two good ones -------------------------------------------

LATIN1_LINE = '{"id": "cafe", "text": "A caf\u00e9 in Aleppo was shelled."}'.encode("latin-1")

BAD_LINES = {
    "empty-text": ({"id": "bad", "text": ""}, "in.jsonl:2 (document 'bad'): empty document"),
    "whitespace": ({"id": "bad", "text": "  \n\t \n"}, "(document 'bad'): empty document"),
    "malformed-json": ('{"id": "bad", "text": "unterminated', "in.jsonl:2: malformed JSON"),
    "list": ('["not", "an", "object"]', "in.jsonl:2: a line must hold a JSON object"),
    "missing-text": ({"id": "bad", "title": "No body"}, "(document 'bad'): missing 'text'"),
    "text-not-string": ({"id": "bad", "text": 1234}, "(document 'bad'): 'text' must be a string"),
    "impossible-date": ({"id": "bad", "text": BOMB, "published": "2019-02-30"},
                        "(document 'bad'): impossible date in 'published': '2019-02-30'"),
    "latin-1": (LATIN1_LINE, "in.jsonl:2 (document 'cafe'): not valid UTF-8"),
}


@pytest.mark.parametrize("case", list(BAD_LINES))
def test_bad_jsonl_line(tmp_path: Path, case: str) -> None:
    line, message = BAD_LINES[case]
    src = write_jsonl(tmp_path / "in.jsonl", {"id": "good-1", "text": STRIKE}, line,
                      {"id": "good-2", "text": BOMB})
    result = invoke("extract", src)
    assert result.exit_code == 1
    assert message in result.stderr
    assert "1 document(s) failed" in result.stderr
    first, bad, last = records(result)
    assert (first["id"], last["id"]) == ("good-1", "good-2")
    assert "error" not in first and "error" not in last
    assert first["casualties"] and last["casualties"]
    assert bad["error"] and bad["casualties"] == [] and bad["control"] == []
    # a line that names no id is known by where it is: the input's path and line number
    assert bad["id"] in {"bad", "cafe", f"{src}:2"}


BAD_FILES = {
    "empty": (b"", "empty document"),
    "whitespace": (b" \n\n\t  \n", "empty document"),
    "nul-bytes": (b"Two soldiers were killed near Homs.\x00\x00\x01\x02", "binary data"),
    "latin-1": ("Gunmen killed five people at a caf\u00e9 in Kaduna.".encode("latin-1"),
                "not valid UTF-8 (byte 0xe9"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_text_file(tmp_path: Path, case: str) -> None:
    data, message = BAD_FILES[case]
    before = write_jsonl(tmp_path / "before.jsonl", {"id": "good-1", "text": STRIKE})
    bad = tmp_path / "bad.txt"
    bad.write_bytes(data)
    after = tmp_path / "after.txt"
    after.write_text(BOMB, encoding="utf-8")
    result = invoke("extract", before, str(bad), str(after))
    assert result.exit_code == 1
    assert f"{bad} (document 'bad'): {message}" in result.stderr
    first, problem, last = records(result)
    assert (first["id"], problem["id"], last["id"]) == ("good-1", "bad", "after")
    assert message in problem["error"]
    assert "error" not in first and "error" not in last


def test_missing_input_file(tmp_path: Path) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", {"id": "g", "text": STRIKE})
    missing = str(tmp_path / "absent.jsonl")
    result = invoke("extract", missing, good)
    assert result.exit_code == 1
    assert f"{missing}: no such file" in result.stderr
    problem, rec = records(result)
    assert problem == {"id": missing, "published": None, "casualties": [], "control": [],
                       "error": "no such file"}
    assert rec["id"] == "g" and "error" not in rec


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_twenty_megabyte_document_is_rejected_quickly(tmp_path: Path, suffix: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    body = (STRIKE + " ") * (20_000_000 // (len(STRIKE) + 1) + 1)
    big = tmp_path / f"huge{suffix}"
    if suffix == ".txt":
        big.write_text(body, encoding="utf-8")
    else:
        write_jsonl(big, {"id": "huge", "text": body})
    assert big.stat().st_size >= 20_000_000
    small = write_jsonl(tmp_path / "small.jsonl", {"id": "small", "text": BOMB})

    seen: list[str] = []
    real = tolltrack.extract_document

    def spy(doc: tolltrack.Document) -> tolltrack.Extraction:
        seen.append(doc.id)
        return real(doc)

    monkeypatch.setattr(tolltrack, "extract_document", spy)
    started = time.perf_counter()
    result = invoke("extract", str(big), small)
    elapsed = time.perf_counter() - started
    assert result.exit_code == 1
    assert seen == ["small"]  # the big one never reached the extractor
    assert elapsed < 10
    assert "(document 'huge'): document too large (20,000," in result.stderr
    rejected, rec = records(result)
    assert rejected["id"] == "huge" and "too large" in rejected["error"]
    assert rec["id"] == "small" and "error" not in rec


def test_extraction_failure_is_contained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = tolltrack.extract_document

    def flaky(doc: tolltrack.Document) -> tolltrack.Extraction:
        if doc.id == "boom":
            raise RuntimeError("simulated fault")
        return real(doc)

    monkeypatch.setattr(tolltrack, "extract_document", flaky)
    src = write_jsonl(tmp_path / "in.jsonl", {"id": "a", "text": STRIKE},
                      {"id": "boom", "text": BOMB, "published": "2024-01-01"},
                      {"id": "c", "text": RAID})
    result = invoke("extract", src)
    assert result.exit_code == 1
    assert "document 'boom': extraction failed" in result.stderr
    a, boom, c = records(result)
    assert boom["error"] == "extraction failed: simulated fault"
    assert boom["published"] == "2024-01-01"
    assert "error" not in a and "error" not in c


def test_everything_bad_at_once(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "mixed.jsonl",
                      {"id": "ok-1", "text": STRIKE}, "{broken", {"id": "e", "text": ""},
                      [1, 2, 3], {"id": "ok-2", "text": RAID}, {"id": "t", "text": None},
                      LATIN1_LINE, {"id": "ok-3", "text": QUIET})
    result = invoke("extract", src)
    assert result.exit_code == 1
    assert "5 document(s) failed" in result.stderr
    out = records(result)
    assert [r["id"] for r in out] == ["ok-1", f"{src}:2", "e", f"{src}:4", "ok-2", "t", "cafe",
                                      "ok-3"]
    assert ["error" in r for r in out] == [False, True, True, True, False, True, True, False]


@pytest.mark.parametrize("value", ["2019-02-30", "yesterday", "05/03/2024"])
def test_invalid_published_option_is_a_usage_error(tmp_path: Path, value: str) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", {"id": "a", "text": STRIKE})
    result = invoke("extract", "--published", value, src)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Usage: tolltrack extract" in result.stderr
    assert f"Invalid value for '--published': {value!r} is not a date" in result.stderr


def test_evaluate_command_scores_a_file_against_itself(tmp_path: Path) -> None:
    gold = Path(__file__).parent / "golden" / "gold.jsonl"
    result = CliRunner().invoke(main, ["evaluate", str(gold), str(gold)])
    assert result.exit_code == 0, result.output
    assert "F1 1.000  strict F1 1.000  fully-right F1 1.000" in result.output
    assert "--json" in CliRunner().invoke(main, ["evaluate", "--help"]).output
