"""A SQLite store built from the bundled invented sample reports plus one hostile invented report."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tolltrack.ingest.run import ingest
from tolltrack.store import open_store
from tolltrack.store.events import build_events

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "reports.jsonl"
SCRIPT = "<script>alert('x')</script>"
HOSTILE = {
    "id": "hostile-<b>1</b>",
    "published": "2024-03-07",
    "outlet": f"evil{SCRIPT}.example",
    "title": f"Strike {SCRIPT} <img src=x onerror=alert(2)> on Saraqib",
    "text": (f"At least 9 civilians {SCRIPT} were killed in Russian air strikes on the town of Saraqib in Idlib "
             "on Tuesday, the <b>monitor</b> said. The <i>local</i> council said the strikes hit a market."),
}


@pytest.fixture(scope="session")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    reports = folder / "reports.jsonl"
    shutil.copy(SAMPLES, reports)
    with reports.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(HOSTILE) + "\n")
    path = folder / "t.db"
    with open_store(path) as store:
        summary = ingest([str(reports)], store, workers=1, progress=False)
        assert summary.errors == 0, summary
        build_events(store)
    return path


@pytest.fixture()
def store(db_path: Path):  # type: ignore[no-untyped-def]
    with open_store(db_path) as s:
        yield s


@pytest.fixture(scope="session")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "e.db"
    open_store(path).close()
    return path
