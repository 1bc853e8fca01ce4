"""The place test set: a session TOLLTRACK_HOME with the default gazetteer built once."""

from __future__ import annotations

from pathlib import Path

import pytest

MENTIONS = Path(__file__).with_name("mentions.jsonl")


def shared_file(name: str) -> Path | None:
    """A reference file of ../shared/data, read at run time only (never copied)."""
    here = Path(__file__).resolve()
    for base in (here.parents[3] / "shared", Path("/work/shared")):
        path = base / "data" / name
        if path.is_file():
            return path
    return None


@pytest.fixture(scope="session")
def places_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Same directory as tests/geocode's default_home: the build happens once per session."""
    from tolltrack.geocode import open_default_gazetteer

    home = tmp_path_factory.getbasetemp() / "tolltrack-home"
    home.mkdir(exist_ok=True)
    open_default_gazetteer(home / "gazetteer.sqlite", imports=home / "imports.sqlite").close()
    return home
