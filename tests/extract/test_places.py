"""places: place names proposed from the text and resolved by a pluggable resolver."""

from __future__ import annotations

from tolltrack.extract.pipeline import Pipeline
from tolltrack.extract.places import PlaceTagger, Resolved
from tolltrack.extract.resolver import Admin1Resolver, admin1_table
from tolltrack.model import Document

from .helpers import PUB, state_upto


class FakeResolver:
    """An in-memory gazetteer of invented and real names."""

    def __init__(self) -> None:
        self.table = {
            "Kafr Zita": Resolved("Kafr Zita", "SY", "Hama", 35.37, 36.6, "town"),
            "Tell Hamra": Resolved("Tell Hamra", "SY", "Al-Hasakah", 36.5, 40.9, "village"),
            "Idlib": Resolved("Idlib", "SY", "Idlib", 35.9, 36.6, "admin1"),
        }
        self.asked: list[str] = []

    def resolve(self, name: str, *, country: str | None = None,
                admin1_hint: str | None = None) -> Resolved | None:
        self.asked.append(name)
        return self.table.get(name)


def tag(text: str, resolver: FakeResolver) -> list[tuple[str, str | None]]:
    st = state_upto(text, "actors")
    PlaceTagger(resolver)(st)
    return [(p.name, p.extra.get("admin1")) for p in st.places]  # type: ignore[misc]


def test_place_after_a_cue_is_resolved() -> None:
    r = FakeResolver()
    assert tag("Shelling hit houses in Kafr Zita on Monday.", r) == [("Kafr Zita", "Hama")]


def test_village_of_cue() -> None:
    r = FakeResolver()
    found = tag("Gunmen raided the village of Tell Hamra at dawn.", r)
    assert found == [("Tell Hamra", "Al-Hasakah")]


def test_unknown_names_are_dropped() -> None:
    r = FakeResolver()
    assert tag("Shelling hit houses in Nowhereville on Monday.", r) == []
    assert "Nowhereville" in r.asked


def test_generic_word_is_kept_in_the_written_name() -> None:
    r = FakeResolver()
    assert tag("Shelling hit houses in Idlib countryside.", r) == [("Idlib countryside", "Idlib")]


def test_actor_names_are_not_places() -> None:
    r = FakeResolver()
    assert tag("Units from the Syrian Democratic Forces moved in.", r) == []


def test_place_span_offsets_match_the_text() -> None:
    st = state_upto("Shelling hit houses in Kafr Zita on Monday.", "actors")
    PlaceTagger(FakeResolver())(st)
    (p,) = st.places
    assert st.span_text(p.start, p.end) == "Kafr Zita"


def test_admin1_resolver_folds_spelling_variants() -> None:
    r = Admin1Resolver(admin1_table())
    for name in ("Deir Ezzor", "Deir ez-Zor", "deir ezzor"):
        hit = r.resolve(name)
        assert hit is not None and hit.admin1 == "Deir ez-Zor" and hit.country == "SY"
    hit = r.resolve("Raqqa")
    assert hit is not None and hit.admin1 == "Ar-Raqqah"
    assert r.resolve("Atlantis") is None


def test_pipeline_uses_the_given_resolver() -> None:
    r = FakeResolver()
    result = Pipeline(resolver=r)(Document("t", "Regime shelling killed 3 civilians in Kafr Zita.",
                                           published=PUB))
    (c,) = result.casualties
    assert [(p.name, p.admin1, p.country) for p in c.places] == [("Kafr Zita", "Hama", "SY")]
    assert c.admin1 == ["Hama"] and c.country == "SY"
