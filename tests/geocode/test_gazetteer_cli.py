"""``tolltrack gazetteer``: build, import, lookup, info (CliRunner, on tmp TOLLTRACK_HOME)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tolltrack.geocode import cli as gcli
from tolltrack.geocode import write_sqlite_gazetteer
from tolltrack.geocode.build import default_build_stamp


def _row(gid: int, name: str, lat: str, lon: str, a1: str = "07", alts: str = "") -> str:
    cols = [str(gid), name, name, alts, lat, lon, "P", "PPL", "SY", "", a1, "", "", "", "0", "", "", "", ""]
    return "\t".join(cols) + "\n"


@pytest.fixture()
def home(default_home: Path, tmp_path: Path) -> Path:
    """A fresh TOLLTRACK_HOME with a copy of the session's built default gazetteer."""
    h = tmp_path / "home"
    h.mkdir()
    shutil.copy(default_home / "gazetteer.sqlite", h / "gazetteer.sqlite")
    return h


def _run(home: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(gcli.gazetteer, list(args), env={"TOLLTRACK_HOME": str(home)})
    return result.exit_code, result.output


def test_help_texts() -> None:
    code, out = _run(Path("/nonexistent"), "--help")
    assert code == 0
    for cmd in ("build", "import", "lookup", "info"):
        assert cmd in out
    assert "imports.sqlite" in out
    code, out = _run(Path("/nonexistent"), "import", "--help")
    assert code == 0 and "--country" in out and "line number" in out
    code, out = _run(Path("/nonexistent"), "lookup", "--help")
    assert code == 0 and "--admin1" in out and "--json" in out and "--limit" in out


def test_import_then_lookup_changes_the_answer(home: Path, tmp_path: Path) -> None:
    code, out = _run(home, "lookup", "Khirbat al-Zuhur", "--country", "SY")
    assert code == 0 and "no place found" in out
    dump = tmp_path / "SY.txt"
    dump.write_text(_row(990001, "Khirbat az Zuhur", "35.1", "40.2", alts="Khirbet al-Zouhour")
                    + _row(990002, "Other", "35.2", "40.3"), "utf-8")
    code, out = _run(home, "import", str(dump), "--no-progress")
    assert code == 0, out
    assert "imported 2 rows from SY.txt" in out
    assert (home / "imports.sqlite").is_file()
    code, out = _run(home, "lookup", "Khirbet al-Zouhour", "--country", "SY")
    assert code == 0, out
    header, first = out.splitlines()[:2]
    assert header.split() == ["score", "precision", "name", "admin1", "admin2", "country", "lat", "lon", "id"]
    assert "gn:990001" in first and "Deir ez-Zor" in first and "exact" in first
    code, out = _run(home, "lookup", "Khirbet al-Zouhour", "--json", "--limit", "1")
    row = json.loads(out.splitlines()[0])
    assert (row["id"], row["admin1"], row["precision"], row["lat"]) == ("gn:990001", "Deir ez-Zor", "exact", 35.1)
    code, out = _run(home, "info")
    assert code == 0 and "SY.txt: 2 rows" in out and "(fresh)" in out


def test_import_country_filter_and_bad_file(home: Path, tmp_path: Path) -> None:
    dump = tmp_path / "all.txt"
    iraq = _row(990002, "Beta", "35.2", "40.3").replace("\tSY\t", "\tIQ\t")
    dump.write_text(_row(990001, "Alpha", "35.1", "40.2") + iraq, "utf-8")
    code, out = _run(home, "import", str(dump), "--country", "IQ", "--no-progress")
    assert code == 0 and "imported 1 rows" in out
    bad = tmp_path / "bad.txt"
    bad.write_text(_row(990003, "Gamma", "35.1", "40.2") + "truncated\tline\n", "utf-8")
    code, out = _run(home, "import", str(bad))
    assert code == 1
    assert "bad.txt: line 2" in out and "nothing was imported" in out
    code, out = _run(home, "info", "--json")
    info = json.loads(out)
    assert info["imports"]["files"] == {"all.txt": 1}


def test_lookup_phrase_and_unknown(home: Path) -> None:
    code, out = _run(home, "lookup", "east of Palmyra")
    assert code == 0 and "near" in out and "Tadmur" in out
    code, out = _run(home, "lookup", "Hamza", "--json")
    assert code == 0 and out == ""


def test_build_prints_path_and_count(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_build(path: Path | None = None) -> Path:  # the real build takes ~15 s
        target = home / "gazetteer.sqlite"
        write_sqlite_gazetteer(target, [], meta={"build_stamp": default_build_stamp()})
        return target

    monkeypatch.setattr(gcli, "build_default_gazetteer", fake_build)
    code, out = _run(home, "build")
    assert code == 0 and str(home / "gazetteer.sqlite") in out and "0 places" in out
