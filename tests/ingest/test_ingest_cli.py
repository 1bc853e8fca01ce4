"""``tolltrack ingest`` (the click command the main group registers)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from ingest.fakes import ENGLISH, FRENCH
from tolltrack.store import open_store
from tolltrack.store.cli import ingest_command


def test_help_names_the_inputs_and_options() -> None:
    result = CliRunner().invoke(ingest_command, ["--help"])
    assert result.exit_code == 0
    for word in ("PATH|URL|FEED", "--db", "--workers", "--published", "RSS/Atom", "tolltrack.db"):
        assert word in result.output


def test_ingest_into_a_database_then_again(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "one", "text": ENGLISH, "published": "2031-02-03"}) + "\n")
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    first = runner.invoke(ingest_command, [str(src), "--db", db, "--workers", "1", "--json"])
    assert first.exit_code == 0, first.output
    summary = json.loads(first.stdout)
    assert summary["documents_new"] == 1 and summary["errors"] == 0
    second = runner.invoke(ingest_command, [str(src), "--db", db, "--workers", "1"])
    assert second.exit_code == 0 and "0 new, 1 unchanged" in second.stderr
    store = open_store(db)
    assert store.counts()["documents"] == 1
    store.close()


def test_problems_are_reported_and_set_the_exit_status(tmp_path: Path) -> None:
    src = tmp_path / "fr.txt"
    src.write_text(FRENCH)
    db = str(tmp_path / "cli.db")
    result = CliRunner().invoke(ingest_command, [str(src), str(tmp_path / "nope.txt"), "--db", db, "--workers", "1"])
    assert result.exit_code == 1
    assert "fr.txt (document 'fr'): not in English" in result.stderr
    assert "nope.txt: no such file" in result.stderr
    store = open_store(db)
    assert len(store.errors()) == 2
    store.close()


def test_bad_options_and_databases() -> None:
    runner = CliRunner()
    assert runner.invoke(ingest_command, []).exit_code == 2
    assert runner.invoke(ingest_command, ["x.txt", "--workers", "0"]).exit_code == 2
    assert runner.invoke(ingest_command, ["x.txt", "--published", "2031-13-40"]).exit_code == 2
    bad = runner.invoke(ingest_command, ["x.txt", "--db", "/no/such/dir/x.db"])
    assert bad.exit_code == 1 and "no such directory" in bad.output
