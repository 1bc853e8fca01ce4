"""A small SQLite store built from invented reports, with events."""

from __future__ import annotations

from pathlib import Path

import pytest

import tolltrack
from tolltrack.model import Document
from tolltrack.store import open_store
from tolltrack.store.events import build_events

REPORTS = [
    ("r1", "2024-03-07", "monitor-a.example",
     "At least 12 civilians were killed in Russian air strikes on the town of Saraqib in Idlib on Tuesday, the "
     "monitor said. Separately, two soldiers were killed when a landmine exploded near Palmyra on Wednesday."),
    ("r2", "2024-03-07", "wire-b.example",
     "Russian warplanes struck Saraqib in Idlib province on Tuesday, killing 14 civilians, including four "
     "children, local sources said."),
    ("r3", "2024-03-08", "monitor-a.example",
     "The death toll of civilians killed by Russian forces since early 2024 has risen to 127, the monitor said."),
    ("r4", "2024-03-20", "monitor-a.example",
     "The death toll of civilians killed by Russian forces since early 2024 has risen to 149, the monitor said."),
    ("r5", "2024-04-03", "wire-b.example",
     "Islamic State fighters ambushed a regime bus near Mayadin in Deir ez-Zor on Tuesday, killing 11 soldiers."),
    ("r6", "2024-04-05", "monitor-a.example",
     "The Syrian Democratic Forces control 25.6 percent of Syria's territory, the monitor said."),
]


def fill(url: str) -> None:
    with open_store(url) as store:
        for key, published, outlet, text in REPORTS:
            doc = Document(id=key, text=text, published=published, outlet=outlet)
            store.write(doc, tolltrack.extract_document(doc))
        build_events(store)


@pytest.fixture(scope="session")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("query") / "t.db"
    fill(str(path))
    return path
