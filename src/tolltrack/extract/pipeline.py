"""The extraction pipeline: named components run in order over one document.

Like spaCy's pipeline, each component declares what it ``requires`` and what it
``assigns``; ``Pipeline`` checks the chain once, at construction, so a component
put in the wrong place fails loudly instead of reading empty state.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from tolltrack.extract.actors import ActorTagger
from tolltrack.extract.claims import ClaimBuilder
from tolltrack.extract.control import ControlFinder
from tolltrack.extract.incidents import IncidentFinder
from tolltrack.extract.mentions import CasualtyFinder, lexicon_words
from tolltrack.extract.merge import InDocMerger, TallyLinker
from tolltrack.extract.normalize import normalize
from tolltrack.extract.numbers import QuantityFinder
from tolltrack.extract.places import PlaceResolver, PlaceTagger
from tolltrack.extract.segment import Segmenter
from tolltrack.extract.state import DocState
from tolltrack.extract.timex import TimeTagger
from tolltrack.model import Document, Extraction


class Component(Protocol):
    """A pipeline stage: what it needs on the state, what it adds, and the work."""

    @property
    def name(self) -> str: ...

    @property
    def requires(self) -> tuple[str, ...]: ...

    @property
    def assigns(self) -> tuple[str, ...]: ...

    def __call__(self, state: DocState) -> None: ...


class Normalizer:
    name = "normalize"
    requires = ("doc",)
    assigns = ("norm",)

    def __call__(self, state: DocState) -> None:
        state.norm = normalize(state.doc.text, lexicon_words())


def default_components(resolver: PlaceResolver | None = None) -> list[Component]:
    return [
        Normalizer(), Segmenter(), TimeTagger(), QuantityFinder(), ActorTagger(),
        PlaceTagger(resolver), CasualtyFinder(), ClaimBuilder(), InDocMerger(), TallyLinker(),
        IncidentFinder(), ControlFinder(),
    ]


class PipelineError(ValueError):
    pass


class Pipeline:
    def __init__(self, components: Sequence[Component] | None = None,
                 resolver: PlaceResolver | None = None) -> None:
        self.components = list(components) if components is not None else default_components(resolver)
        available = {"doc"}
        for c in self.components:
            missing = [r for r in c.requires if r not in available]
            if missing:
                raise PipelineError(f"component {c.name!r} requires {missing} which no earlier component assigns")
            available.update(c.assigns)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def __call__(self, doc: Document) -> Extraction:
        state = DocState(doc)
        for component in self.components:
            component(state)
        return Extraction(
            id=doc.id,
            published=state.published.isoformat() if state.published else None,
            casualties=state.casualties,
            incidents=state.incidents,
            control=state.control,
            warnings=state.warnings,
        )
