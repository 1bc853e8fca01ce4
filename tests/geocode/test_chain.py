"""Imports live in their own file: they survive rebuilds and are merged into lookups."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tolltrack.geocode import (
    ChainGazetteer,
    Geocoder,
    GeonamesFormatError,
    MemoryGazetteer,
    SqliteGazetteer,
    build,
    import_geonames,
    open_default_gazetteer,
    write_sqlite_gazetteer,
)
from tolltrack.geocode.gazetteer import merge_entries
from tolltrack.geocode.geonames_import import Progress
from tolltrack.geocode.model import GazetteerEntry


def _e(gid: str, name: str, pop: int = 0, feature: str = "village", admin1: str | None = "Homs") -> GazetteerEntry:
    return GazetteerEntry(gid, name, "SY", admin1, None, 34.5, 38.0, feature, pop, "test")


def _row(gid: int, name: str, cc: str = "SY", a1: str = "11", pop: str = "0") -> str:
    cols = [str(gid), name, name, "", "34.9", "38.9", "P", "PPL", cc, "", a1, "", "", "", pop, "", "", "", ""]
    return "\t".join(cols) + "\n"


def test_merge_keeps_population_and_latin_name() -> None:
    old = _e("gn:1", "Aleppo", 2_000_000, "city")
    new = _e("gn:1", "حلب", 0, "village")
    merged = merge_entries(old, new)
    assert (merged.name, merged.population, merged.feature) == ("Aleppo", 2_000_000, "city")
    assert merge_entries(_e("gn:2", "A"), _e("gn:2", "B", 5)).name == "B"


def test_chain_merges_by_id_and_orders_like_one_file() -> None:
    base = MemoryGazetteer([_e("gn:1", "Hmimeh", 100), _e("tt:x", "Hmimeh", 0, "region")])
    imports = MemoryGazetteer([_e("gn:1", "Hmimeh", 0, admin1="Homs"), _e("gn:9", "Hmimeh", 0, admin1="Ar-Raqqah")])
    chain = ChainGazetteer([base, imports])
    ids = [e.id for e in chain.lookup("Hmimeh")]
    assert ids == ["tt:x", "gn:1", "gn:9"]
    assert chain.lookup("Hmimeh")[1].population == 100
    assert chain.lookup("Humaymah") == [] and chain.lookup("") == []


def test_imports_survive_a_rebuild_of_the_default(tmp_path: Path, default_home: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOLLTRACK_HOME", str(tmp_path))
    base = tmp_path / "gazetteer.sqlite"
    base.write_bytes((default_home / "gazetteer.sqlite").read_bytes())
    dump = tmp_path / "SY.txt"
    dump.write_text(_row(990001, "Khirbat Test"), "utf-8")
    assert import_geonames(dump) == 1  # default target: $TOLLTRACK_HOME/imports.sqlite
    assert (tmp_path / "imports.sqlite").is_file()
    write_sqlite_gazetteer(base, [], meta={"build_stamp": "stale"})
    rebuilt: list[Path] = []

    def fake_build(target: Path) -> Path:  # the real rebuild (~15 s) replaces the file the same way
        rebuilt.append(target)
        target.write_bytes((default_home / "gazetteer.sqlite").read_bytes())
        return target

    monkeypatch.setattr(build, "build_default_gazetteer", fake_build)
    gz = open_default_gazetteer()  # stale: rebuilt; the imports file is not touched
    assert rebuilt == [base]
    assert gz.lookup("Khirbat Test")[0].id == "gn:990001"
    assert gz.lookup("Damascus")
    res = Geocoder(gz).resolve("near Khirbat Test", country="SY")
    assert res is not None and (res.precision, res.entry.admin1) == ("near", "Homs")
    gz.close()


def test_missing_imports_file_is_picked_up_after_clear_cache(tmp_path: Path) -> None:
    base = tmp_path / "base.sqlite"
    write_sqlite_gazetteer(base, [(_e("gn:1", "Alpha"), ())])
    imports = tmp_path / "imports.sqlite"
    chain = ChainGazetteer([SqliteGazetteer(base).open(), SqliteGazetteer(imports, missing_ok=True).open()])
    assert chain.lookup("Beta") == [] and chain.count() == 1
    dump = tmp_path / "x.txt"
    dump.write_text(_row(990002, "Beta"), "utf-8")
    import_geonames(dump, imports)
    chain.clear_cache()
    assert chain.lookup("Beta")[0].id == "gn:990002"
    assert chain.count() == 2 and chain.meta()["import:x.txt"] == "1"


def test_reimport_replaces_rows_of_the_same_file(tmp_path: Path) -> None:
    target = tmp_path / "imports.sqlite"
    dump = tmp_path / "SY.txt"
    dump.write_text(_row(990001, "Alpha") + _row(990002, "Beta"), "utf-8")
    import_geonames(dump, target)
    dump.write_text(_row(990001, "Alpha"), "utf-8")
    import_geonames(dump, target)
    with SqliteGazetteer(target) as gz:
        assert gz.count() == 1 and gz.lookup("Beta") == []


def test_bad_utf8_and_truncated_lines_are_named(tmp_path: Path) -> None:
    target = tmp_path / "imports.sqlite"
    dump = tmp_path / "bad.txt"
    dump.write_bytes(_row(990001, "Alpha").encode() + b"990002\tB\xffta\n")
    with pytest.raises(GeonamesFormatError, match=r"bad.txt: line 2: not UTF-8"):
        import_geonames(dump, target)
    dump.write_bytes(_row(990001, "Alpha").encode() + _row(990002, "Beta").encode()[:30])
    with pytest.raises(GeonamesFormatError, match=r"line 2: expected 19 tab-separated columns"):
        import_geonames(dump, target)
    with SqliteGazetteer(target) as gz:
        assert gz.count() == 0


def test_progress_bar_draws_on_long_imports(tmp_path: Path) -> None:
    out = io.StringIO()
    bar = Progress("importing SY.txt", 1000, out, delay=0.0, interval=0.0)
    bar.update(500, 10)
    bar.close(1000, 20)
    text = out.getvalue()
    assert "importing SY.txt [" in text and "50.0%" in text and "100.0%" in text and text.endswith("\n")
    quiet = io.StringIO()
    bar = Progress("x", 10, quiet)  # shorter than the 1 s delay: silent
    bar.update(5, 1)
    bar.close(10, 2)
    assert quiet.getvalue() == ""
    dump = tmp_path / "SY.txt"
    dump.write_text("".join(_row(990000 + i, f"Place {i}") for i in range(5000)), "utf-8")
    stream = io.StringIO()
    assert import_geonames(dump, tmp_path / "i.sqlite", progress=stream) == 5000
