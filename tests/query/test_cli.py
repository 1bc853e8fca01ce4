"""The events, tally, control and export commands, run with click's CliRunner on a tmp SQLite store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from tolltrack.query.cli import control_command, events_group, export_command, tally_command
from tolltrack.query.export import ACLED_COLUMNS, OWN_COLUMNS


@click.group()
def cli() -> None:
    pass


for command in (events_group, tally_command, control_command, export_command):
    cli.add_command(command)


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize("args, words", [
    (["events", "--help"], "rebuild"), (["events", "rebuild", "--help"], "Idempotent"),
    (["tally", "--help"], "side|admin1|month|actor"), (["control", "--help"], "Territorial control"),
    (["export", "--help"], "acled-csv|geojson|jsonl|parquet"),
])
def test_help(args: list[str], words: str) -> None:
    result = run(*args)
    assert result.exit_code == 0 and words in result.output


def test_events_rebuild(db_path: Path) -> None:
    result = run("events", "rebuild", "--db", str(db_path), "--json")
    assert result.exit_code == 0
    assert json.loads(result.output)["events"] == 3


def test_tally_table_and_json(db_path: Path) -> None:
    result = run("tally", "--status", "killed", "--by", "side", "--db", str(db_path))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["side", "killed", "low", "high", "events", "claims"]
    assert any(line.split()[:2] == ["CIV", "149"] for line in lines)
    assert any(line.split()[:2] == ["total", "162"] for line in lines)
    data = json.loads(run("tally", "--by", "month", "--db", str(db_path), "--json").output)
    assert data["total"] == 162 and data["contributions"][0]["evidence"]


@pytest.mark.parametrize("args, message", [
    (["--status", "dead"], "Invalid value for '--status'"), (["--by", "weekday"], "Invalid value for '--by'"),
    (["--since", "2024-02-30"], "not a date"), (["--since", "2024-05-01", "--until", "2024-01-01"], "is after"),
    (["--country", "Syria"], "two-letter"),
])
def test_tally_invalid_filters(db_path: Path, args: list[str], message: str) -> None:
    result = run("tally", *args, "--db", str(db_path))
    assert result.exit_code == 2
    assert message in result.output


def test_bad_database(tmp_path: Path) -> None:
    result = run("tally", "--db", str(tmp_path / "no" / "such.db"))
    assert result.exit_code == 1 and "no such directory" in result.output


def test_control(db_path: Path) -> None:
    result = run("control", "--db", str(db_path))
    assert result.exit_code == 0 and "Syrian Democratic Forces (SDF)" in result.output and "25.6" in result.output
    output = run("control", "--actor", "SDF", "--json", "--db", str(db_path)).output
    points = [json.loads(x) for x in output.splitlines()]
    assert points[0]["share_pct"] == 25.6


def test_export_acled_csv(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = run("export", "--format", "acled-csv", "--db", str(db_path), "-o", str(out))
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert list(rows[0]) == [*ACLED_COLUMNS, *OWN_COLUMNS]
    strike = next(r for r in rows if r["sub_event_type"] == "Air/drone strike")
    assert (strike["country"], strike["admin1"], strike["location"], strike["fatalities"]) == \
        ("Syria", "Idlib", "Saraqib", "14")
    assert strike["source_count"] == "2" and strike["event_date"] == "2024-03-05" and strike["inter1"] == "8"
    assert "r1: At least 12 civilians were killed" in strike["evidence"]


def test_export_geojson_and_jsonl(db_path: Path) -> None:
    data = json.loads(run("export", "--format", "geojson", "--db", str(db_path)).output)
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 3
    point = data["features"][0]["geometry"]
    assert point["type"] == "Point" and len(point["coordinates"]) == 2
    lines = [json.loads(x) for x in run("export", "--format", "jsonl", "--db", str(db_path)).output.splitlines()]
    assert len(lines) == 3 and all(e["claims"] for e in lines)
    assert {c["document"] for c in lines[0]["claims"]} == {"r1", "r2"}


def test_export_parquet_needs_pyarrow(db_path: Path, tmp_path: Path) -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        result = run("export", "--format", "parquet", "--db", str(db_path), "-o", str(tmp_path / "e.parquet"))
        assert result.exit_code == 1 and "pip install 'tolltrack[parquet]'" in result.output
    else:
        import pyarrow.parquet as pq

        result = run("export", "--format", "parquet", "--db", str(db_path), "-o", str(tmp_path / "e.parquet"))
        assert result.exit_code == 0, result.output
        table = pq.read_table(tmp_path / "e.parquet")
        assert table.num_rows == 3
        assert {"event_id_cnty", "event_date", "fatalities", "fatalities_low", "evidence"} <= set(table.column_names)


def test_export_invalid_format(db_path: Path) -> None:
    result = run("export", "--format", "xlsx", "--db", str(db_path))
    assert result.exit_code == 2 and "Invalid value for '--format'" in result.output
