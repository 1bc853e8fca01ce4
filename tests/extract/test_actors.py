"""actors: the actor and reporter registry matched on tokens."""

from __future__ import annotations

import pytest

from tolltrack.data import load
from tolltrack.extract.actors import registry
from tolltrack.model import SIDES

from .helpers import extract, one, state_upto


def actors(text: str) -> list[tuple[str, str]]:
    """(side, matched text) of every actor span."""
    st = state_upto(text, "actors")
    return [(a.label, st.span_text(a.start, a.end)) for a in st.actors]


def reporters(text: str) -> list[str]:
    return [r.label for r in state_upto(text, "actors").reporters]


def test_registry_sides_are_known_codes() -> None:
    data = load("actors")
    for entry in data["actor"]:
        assert entry["side"] in SIDES, entry["name"]
        assert entry["aliases"], entry["name"]


def test_registry_has_matchers() -> None:
    reg = registry()
    assert reg.actors["regime forces"].side == "GOV"
    assert reg.reporters["sohr"] == "SOHR"


@pytest.mark.parametrize(
    ("text", "side", "span"),
    [
        ("The regime forces shelled the town.", "GOV", "regime forces"),
        ("Units of the Syrian Arab Army advanced.", "GOV", "Syrian Arab Army"),
        ("The Islamic State claimed the attack.", "ISIS", "Islamic State"),
        ("Cells of Daesh attacked.", "ISIS", "Daesh"),
        ("Hayat Tahrir al-Sham shelled the area.", "HTS", "Hayat Tahrir al-Sham"),
        ("Hurras al-Din fighters withdrew.", "JIH", "Hurras al-Din"),
        ("The Free Syrian Army withdrew.", "OPP", "Free Syrian Army"),
        ("The Syrian Democratic Forces withdrew.", "SDF", "Syrian Democratic Forces"),
        ("YPG units withdrew.", "SDF", "YPG"),
        ("Hezbollah units withdrew.", "IRN", "Hezbollah"),
        ("The US-led coalition struck again.", "COAL", "US-led coalition"),
        ("Turkish forces shelled the village.", "TUR", "Turkish forces"),
        ("Russian warplanes struck the village.", "RUS", "Russian warplanes"),
        ("The Popular Mobilization Forces deployed.", "GOV", "Popular Mobilization Forces"),
        # other wars' groups
        ("NPA guerrillas raided the town.", "OPP", "NPA"),
        ("The New People's Army claimed the ambush.", "OPP", "New People's Army"),
        ("Pakistani Taliban fighters stormed the post.", "JIH", "Pakistani Taliban"),
        ("The TTP claimed the bombing.", "JIH", "TTP"),
        ("The Balochistan Liberation Army claimed the blast.", "OPP", "Balochistan Liberation Army"),
        ("Abu Sayyaf gunmen seized the boat.", "JIH", "Abu Sayyaf"),
        ("Village defence guards repulsed the attack.", "GOV", "Village defence guards"),
    ],
)
def test_actor_aliases(text: str, side: str, span: str) -> None:
    assert (side, span) in actors(text)


def test_longest_alias_wins() -> None:
    assert actors("Assad regime forces advanced.") == [("GOV", "Assad regime forces")]


def test_lowercase_is_is_not_the_islamic_state() -> None:
    assert actors("It is what it is.") == []


def test_uppercase_is_is_the_islamic_state() -> None:
    assert ("ISIS", "IS") in actors("IS fighters attacked the post.")


def test_the_organization_only_refers_to_isis_when_isis_is_named() -> None:
    assert actors("The organization held a meeting.") == []
    sides = [s for s, _ in actors("ISIS cells attacked. The organization lost two men.")]
    assert sides.count("ISIS") == 2


def test_sponsor_modifier_is_weak() -> None:
    st = state_upto("Russian-backed units advanced.", "actors")
    assert [a.weak for a in st.actors if a.label == "RUS"] == [True]
    st = state_upto("Russian warplanes struck.", "actors")
    assert [a.weak for a in st.actors if a.label == "RUS"] == [False]


def test_actor_spans_record_their_sentence() -> None:
    st = state_upto("Calm returned. Regime forces then shelled the town.", "actors")
    (a,) = st.actors
    assert a.sent == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Syrian Observatory for Human Rights said so.", "SOHR"),
        ("SOHR said so.", "SOHR"),
        ("The war monitor said so.", "SOHR"),
        ("Amaq claimed the attack.", "Amaq"),
        ("State media said so.", "SANA"),
    ],
)
def test_reporters(text: str, name: str) -> None:
    assert reporters(text) == [name]


def test_sdf_acronym_is_an_actor() -> None:
    assert ("SDF", "SDF") in actors("SDF fighters repelled the attack.")


def test_naming_a_side_does_not_make_it_the_reporter() -> None:
    c = one(extract("Syrian Democratic Forces fighters killed 4 ISIS members.").casualties)
    assert c.reported_by is None


def test_taliban_after_2021_are_state_forces() -> None:
    c = one(extract("Taliban fighters detained 3 journalists in Kandahar.").casualties)
    assert (c.status, c.victim.side) == ("captured", "CIV")
    assert c.perpetrator is not None and c.perpetrator.side == "GOV"


def test_taliban_before_2021_are_jihadists() -> None:
    c = one(extract("Taliban fighters detained 3 journalists in Kandahar.", published="2019-05-04")
            .casualties)
    assert c.perpetrator is not None and c.perpetrator.side == "JIH"


def test_police_of_any_country_are_state_forces_not_iraqs() -> None:
    from .helpers import extract

    [c] = extract("Four police officers were killed near Kati in Mali on Friday.").casualties
    assert (c.victim.side, c.victim.name) == ("GOV", "State forces")


def test_pakistani_taliban_stay_insurgents_after_2021() -> None:
    c = one(extract("Pakistani Taliban fighters killed 3 policemen in Bannu.").casualties)
    assert c.perpetrator is not None and c.perpetrator.side == "JIH"


def test_short_acronyms_match_in_capitals_only() -> None:
    assert ("OPP", "NPA") in actors("NPA rebels withdrew.")
    assert not any(span.lower() == "npa" for _, span in actors("the npa rebels withdrew."))


@pytest.mark.parametrize(("text", "name"), [
    ("Regime soldiers: 12 regime soldiers were killed near Palmyra in Homs on Friday.", "Syrian government forces"),
    ("Air strikes killed more than 40 Houthi rebels in Marib governorate on Sunday.", "Opposition factions"),
    ("Al-Shabaab killed 12 government troops in Baidoa, Somalia, on Friday.", "Government forces"),
    ("Gunmen killed 3 rebels in Beni in North Kivu on Friday.", "Opposition factions"),
])
def test_a_countrys_own_forces_are_named_for_it_only_there(text: str, name: str) -> None:
    assert one(extract(text).casualties).victim.name == name


def test_named_forces_have_a_known_home_country() -> None:
    assert registry().homes["Syrian government forces"] == "SY"
    assert "Opposition factions" not in registry().homes
