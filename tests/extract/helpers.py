"""Shared helpers for the extraction tests: run the pipeline, or part of it, on invented text.

Every sentence in this folder is invented for the tests. The default publication day,
2024-03-02, is a Saturday, so weekday arithmetic is easy to check by hand.
"""

from __future__ import annotations

from pathlib import Path

from tolltrack import Document, extract_document
from tolltrack.extract.pipeline import default_components
from tolltrack.extract.state import DocState
from tolltrack.model import Casualty, Extraction

PUB = "2024-03-02"  # a Saturday


def extract(text: str, published: str | None = PUB, title: str | None = None) -> Extraction:
    """The public API. ``tolltrack.extract`` itself is shadowed by the ``tolltrack.extract``
    subpackage once the pipeline is imported (see test_pipeline.py), so go through
    ``extract_document``, which takes the same arguments."""
    return extract_document(Document(id="t", text=text, published=published, title=title))


def state_upto(text: str, upto: str, published: str | None = PUB,
               title: str | None = None) -> DocState:
    """Run the default components up to and including the one named ``upto``."""
    state = DocState(Document(id="t", text=text, published=published, title=title))
    for component in default_components():
        component(state)
        if component.name == upto:
            return state
    raise AssertionError(f"no component named {upto!r}")


def one(claims: list[Casualty]) -> Casualty:
    """The only claim of a list; fails with a readable summary otherwise."""
    assert len(claims) == 1, [(c.status, c.count, c.evidence.text) for c in claims]
    return claims[0]


def summary(claims: list[Casualty]) -> list[tuple[str, int | None, str]]:
    return [(c.status, c.count, c.victim.side) for c in claims]


def event_types(tmp_path: Path, text: str, published: str = "2000-06-07") -> set[str]:
    """The ACLED sub-event types the store gives the incidents of one report."""
    from tolltrack.store import open_store
    from tolltrack.store.events import build_events

    with open_store(str(tmp_path / "t.db")) as store:
        doc = Document(id="a", text=text, published=published)
        store.write(doc, extract_document(doc))
        build_events(store)
        return {r[0] for r in store.fetchall("SELECT sub_event_type FROM events")}
