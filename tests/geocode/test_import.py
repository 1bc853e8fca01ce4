"""GeoNames dump import: streaming, zip, all-or-nothing with line-numbered errors."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tolltrack.geocode import (
    Geocoder,
    GeonamesFormatError,
    SqliteGazetteer,
    import_geonames,
    write_sqlite_gazetteer,
)
from tolltrack.geocode.model import GazetteerEntry

Records = list[tuple[GazetteerEntry, tuple[str, ...]]]


def _sy_file() -> Path | None:
    here = Path(__file__).resolve()
    for base in (here.parents[3] / "shared", Path("/work/shared")):
        path = base / "data" / "SY_geonames_format.txt"
        if path.is_file():
            return path
    return None


def _row(gid: int, name: str, lat: str = "34.84", lon: str = "40.66", **kw: str) -> str:
    cols = [
        str(gid), name, name, kw.get("alts", ""), lat, lon, kw.get("fclass", "P"),
        kw.get("fcode", "PPL"), kw.get("cc", "SY"), "", kw.get("a1", "07"), "", "", "",
        kw.get("pop", "0"), "", "", "Asia/Damascus", "2024-03-05",
    ]
    return "\t".join(cols) + "\n"


@pytest.fixture()
def gazetteer_file(tmp_path: Path, towns: Records) -> Path:
    path = tmp_path / "gaz.sqlite"
    write_sqlite_gazetteer(path, towns)
    return path


def _snapshot(path: Path) -> tuple[int, list[str]]:
    with SqliteGazetteer(path) as gz:
        return gz.count(), [e.id for e in gz.lookup("Mayadin")]


def test_import_small_file(tmp_path: Path, gazetteer_file: Path) -> None:
    dump = tmp_path / "SY.txt"
    dump.write_text(
        _row(900001, "Abu Hamam", alts="Abū Ḩammām,أبو حمام")
        + _row(900002, "Jabal Bishri", "35.35", "39.4", fclass="T", fcode="MT", a1="")
        + _row(1, "Al Mayadin", "35.02", "40.45", pop="60000"),  # replaces gn:1
        encoding="utf-8",
    )
    assert import_geonames(dump, gazetteer_file) == 3
    with SqliteGazetteer(gazetteer_file) as gz:
        hit = gz.lookup("Abu Hammam")[0]
        assert (hit.id, hit.admin1, hit.feature) == ("gn:900001", "Deir ez-Zor", "village")
        assert gz.lookup("أبو حمام")[0].id == "gn:900001"
        mountain = gz.lookup("Jabal Bishri")[0]
        assert (mountain.feature, mountain.admin1) == ("feature", None)
        may = gz.get("gn:1")
        assert may is not None and may.population == 60000 and may.name == "Al Mayadin"
        assert "import:SY.txt" in gz.meta()
        assert Geocoder(gz).resolve("near Abu Hamam").precision == "near"


@pytest.mark.parametrize(
    ("bad_line", "reason"),
    [
        ("too\tfew\tcolumns\n", "expected 19 tab-separated columns, got 3"),
        (_row(900009, "X", lat="north"), "bad coordinates"),
        (_row(900009, "X", lat="95"), "out of range"),
        (_row(900009, "X", pop="many"), "bad population"),
        (_row(900009, "X").replace("900009", "abc", 1), "not a number"),
    ],
)
def test_malformed_line_names_line_and_leaves_data_untouched(
    tmp_path: Path, gazetteer_file: Path, bad_line: str, reason: str
) -> None:
    before = _snapshot(gazetteer_file)
    dump = tmp_path / "bad.txt"
    dump.write_text(_row(900001, "Abu Hamam") + _row(900002, "Gharanij") + bad_line, "utf-8")
    with pytest.raises(GeonamesFormatError) as info:
        import_geonames(dump, gazetteer_file)
    assert info.value.line == 3
    assert "line 3" in str(info.value) and reason in str(info.value)
    assert _snapshot(gazetteer_file) == before
    with SqliteGazetteer(gazetteer_file) as gz:
        assert gz.lookup("Abu Hamam") == []  # the good lines before it were not kept


def test_import_zip(tmp_path: Path, gazetteer_file: Path) -> None:
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("SY.txt", _row(900001, "Abu Hamam"))
        zf.writestr("readme.txt", "not data")
    assert import_geonames(archive, gazetteer_file) == 1
    bad = tmp_path / "two.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("SY.txt", _row(900001, "Abu Hamam"))
        zf.writestr("IQ.txt", _row(900002, "Kifri"))
    with pytest.raises(GeonamesFormatError, match="exactly one"):
        import_geonames(bad, gazetteer_file)


@pytest.mark.skipif(_sy_file() is None, reason="shared SY_geonames_format.txt not present")
def test_import_shared_syria_file(gazetteer_file: Path) -> None:
    path = _sy_file()
    assert path is not None
    assert import_geonames(path, gazetteer_file) == 10_338
    with SqliteGazetteer(gazetteer_file) as gz:
        geo = Geocoder(gz)
        for name, admin1 in [
            ("Gharanij", "Deir ez-Zor"), ("Abu Hamam", "Deir ez-Zor"),
            ("Buqrus", "Deir ez-Zor"), ("Baghuz", "Deir ez-Zor"),
        ]:
            res = geo.resolve(name, country="SY")
            assert res is not None, name
            assert res.entry.admin1 == admin1, (name, res)
        # homonyms: al-Kawm exists in Latakia and Homs; the hint picks one
        for hint in ("Homs", "Latakia"):
            res = geo.resolve("al-Kawm", country="SY", admin1_hint=hint)
            assert res is not None, hint
            assert res.entry.admin1 == hint, res
        admin1s = {e.admin1 for e in gz.lookup("Hmimeh", limit=50)}
        assert admin1s  # homonymous villages are found
