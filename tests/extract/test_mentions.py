"""mentions: which numbers count people, what happened to them, and which are parts of totals."""

from __future__ import annotations

import pytest

from tolltrack.extract.state import Mention

from .helpers import extract, one, state_upto, summary


def mentions(text: str) -> list[Mention]:
    return state_upto(text, "mentions").mentions


def statuses(text: str) -> list[tuple[int | float | None, str]]:
    return [(m.q.value, m.status) for m in mentions(text)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Five soldiers were killed in the ambush.", "killed"),
        ("Five soldiers died in the ambush.", "killed"),
        ("The ambush left five soldiers dead.", "killed"),
        ("The bodies of five soldiers were found.", "killed"),
        ("The militants executed five soldiers.", "killed"),
        ("Five soldiers were wounded in the ambush.", "injured"),
        ("The ambush injured five soldiers.", "injured"),
        ("The ambush left five soldiers injured.", "injured"),
        ("The militants captured five soldiers.", "captured"),
        ("The militants kidnapped five soldiers.", "captured"),
        ("Five soldiers were abducted.", "captured"),
        ("Police arrested five smugglers.", "captured"),
        ("Five soldiers were detained.", "captured"),
        ("Five soldiers were taken prisoner.", "captured"),
        ("Five farmers were taken by gunmen from their fields.", "captured"),
        ("Five wounded farmers were taken to hospital.", "injured"),
        ("Five soldiers are missing after the ambush.", "missing"),
    ],
)
def test_status_words(text: str, status: str) -> None:
    assert statuses(text) == [(5, status)]


def test_death_of_before_the_count() -> None:
    (m,) = mentions("Medics counted the death of 158 men from the regime forces.")
    assert (m.q.value, m.status, m.link, m.head) == (158, "killed", "before", "men")


def test_status_noun_as_head() -> None:
    (m,) = mentions("The clinic registered 35 fatalities.")
    assert (m.q.value, m.status, m.link) == (35, "killed", "noun")


def test_toll_verb() -> None:
    (m,) = mentions("The number of fatalities rose to 145.")
    assert (m.q.value, m.status, m.link) == (145, "killed", "toll")


@pytest.mark.parametrize("text", ["An official put the dead at 'more than 14'.",
                                  'The governor put the death toll at "14".'])
def test_toll_verb_before_a_quoted_count(text: str) -> None:
    (m,) = mentions(text)
    assert (m.q.value, m.status, m.link) == (14, "killed", "toll")


def test_light_verb_left_dead() -> None:
    (m,) = mentions("The car bomb left 448 people dead.")
    assert (m.q.value, m.status) == (448, "killed")


@pytest.mark.parametrize("text", [
    "A bomb struck the rally, killing candidate Farid Osman and at least 12 others.",
    "A bomb struck the rally, killing Farid Osman and 12 others.",
    "Gunmen wounded Colonel Farid Osman and 12 others at the checkpoint.",
])
def test_the_verb_before_a_named_person_governs_the_others(text: str) -> None:
    assert statuses(text) == [(12, "injured" if "wounded" in text else "killed")]


def test_light_verb_left_injured() -> None:
    (m,) = mentions("The car bomb left 12 people injured.")
    assert (m.q.value, m.status) == (12, "injured")


def test_two_others_were_wounded() -> None:
    assert statuses("Three soldiers died and two others were wounded.") == [
        (3, "killed"), (2, "injured"),
    ]


def test_lost_their_lives_is_killed() -> None:
    assert statuses("Three soldiers lost their lives and two others were wounded.") == [
        (3, "killed"), (2, "injured"),
    ]


def test_coordinated_counts_share_the_status() -> None:
    assert statuses("Shelling killed 9 fighters and four civilians.") == [
        (9, "killed"), (4, "killed"),
    ]


def test_bare_number_as_subject() -> None:
    assert statuses("Three buses were hit and 10 were killed.") == [(10, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four youths were gunned down near the airport.", [(4, "killed")]),
        ("Three herdsmen killed in a livestock raid.", [(3, "killed")]),
        ("At least 10 gold diggers were killed when fighters stormed a mine.", [(10, "killed")]),
        ("Four activists were shot dead on Sunday.", [(4, "killed")]),
        ("Three marines were killed in an ambush on the river.", [(3, "killed")]),
        ("Two pastors were abducted from their church.", [(2, "captured")]),
        # "both" is a count of two
        ("Both assailants were killed and six people wounded.", [(2, "killed"), (6, "injured")]),
        ("Both soldiers died in hospital.", [(2, "killed")]),
        # a multiple before a word for a killing counts the dead; "slain" before the noun is a status
        ("Police are investigating a triple homicide in the port district.", [(3, "killed")]),
        ("Prosecutors linked the double murder to the drug trade.", [(2, "killed")]),
        ("Police identified the two slain militants on Tuesday.", [(2, "killed")]),
        ("A double blast hit the market.", []),
    ],
)
def test_people_of_more_trades_both_and_multiples_are_counted(text: str, expected: list[tuple[int, str]]) -> None:
    assert statuses(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The group carried out 35 attacks on the road.",
        "The fighters destroyed 3 vehicles.",
        "The army took 4 villages.",
        "The convoy was hit 5 km north of the town.",
        "Aid reached 2,300 families.",
        "Three soldiers walked to the post.",
    ],
)
def test_counts_of_other_things_or_without_status_are_not_mentions(text: str) -> None:
    assert mentions(text) == []


def test_including_makes_a_subset() -> None:
    ms = mentions("An air strike on the market killed 40 people, including 11 children.")
    assert [(m.q.value, m.status) for m in ms] == [(40, "killed"), (11, "killed")]
    assert ms[0].subset_of is None
    assert ms[1].subset_of == 0


def test_among_them_makes_a_subset() -> None:
    ms = mentions("The attack killed 22 regime soldiers, among them 2 officers.")
    assert [m.subset_of for m in ms] == [None, 0]


def test_several_parts_of_one_total() -> None:
    ms = mentions("Shelling killed 30 civilians, including 9 children, 6 women and 2 journalists.")
    assert [m.q.value for m in ms] == [30, 9, 6, 2]
    assert [m.subset_of for m in ms] == [None, 0, 0, 0]


def test_partitive_back_reference() -> None:
    ms = mentions("Four soldiers were killed on Sunday; 3 of the victims were officers.")
    assert [(m.q.value, m.subset_of) for m in ms] == [(4, None), (3, 0)]


def test_bringing_the_toll_makes_the_new_dead_part_of_the_toll() -> None:
    ms = mentions("17 soldiers were killed on Monday, bringing the death toll to 90.")
    assert [(m.q.value, m.status) for m in ms] == [(17, "killed"), (90, "killed")]
    assert ms[0].subset_of == 1 and ms[1].subset_of is None


def test_bullet_breakdown_under_as_follows() -> None:
    text = (
        "The monitor documented the death of 62 people, they are as follows:\n"
        "- 30 civilians, among them 6 women.\n"
        "- 20 members of the regime forces.\n"
        "- 12 ISIS members."
    )
    ms = mentions(text)
    assert [m.q.value for m in ms] == [62, 30, 6, 20, 12]
    assert all(m.status == "killed" for m in ms)
    assert [m.subset_of for m in ms] == [None, 0, 1, 0, 0]
    assert [m.list_item for m in ms] == [False, True, False, True, True]


def test_list_items_inherit_the_header_status() -> None:
    text = "Eleven people were wounded in the raids, as follows:\n- 7 soldiers\n- 4 civilians"
    ms = mentions(text)
    assert [(m.q.value, m.status, m.subset_of) for m in ms] == [
        (11, "injured", None), (7, "injured", 0), (4, "injured", 0),
    ]


def test_evidence_span_covers_qualifier_and_noun_phrase() -> None:
    st = state_upto("Raids killed at least 13 members of the cell.", "mentions")
    (m,) = st.mentions
    assert st.text[m.evidence[0] : m.evidence[1]] == "at least 13 members of the cell"


# --- through the pipeline ----------------------------------------------------------------------


def test_death_of_158_regime_men() -> None:
    text = "Medics counted the death of 158 men from the regime forces."
    c = one(extract(text).casualties)
    assert (c.status, c.count, c.victim.side) == ("killed", 158, "GOV")


def test_left_five_soldiers_dead() -> None:
    c = one(extract("An ambush on the highway left five soldiers dead.").casualties)
    assert (c.status, c.count, c.victim.side) == ("killed", 5, "GOV")


def test_two_others_wounded_claims() -> None:
    result = extract("Three soldiers died at the base and two others were wounded.")
    assert summary(result.casualties) == [("killed", 3, "GOV"), ("injured", 2, "GOV")]


def test_kidnapped_three_women() -> None:
    c = one(extract("Masked gunmen kidnapped three women on the road to the village.").casualties)
    assert (c.status, c.count, c.victim.side) == ("captured", 3, "CIV")


def test_including_children_has_parent() -> None:
    result = extract("An air strike on the market killed 40 people, including 11 children.")
    assert [(c.count, c.parent) for c in result.casualties] == [(40, None), (11, 0)]
    assert result.casualties[1].victim.side == "CIV"


def test_seized_vehicles_are_not_captured_people() -> None:
    result = extract("The fighters seized 4 tanks and 10 were killed.")
    assert [(c.status, c.count) for c in result.casualties] == [("killed", 10)]


def test_deaths_as_counted_noun() -> None:
    c = one(extract("The monitor documented 12 deaths in the city on Friday.").casualties)
    assert (c.status, c.count) == ("killed", 12)


def test_among_the_dead_in_next_sentence() -> None:
    result = extract("Regime shelling killed 4 civilians in the town on Tuesday.\n"
                     "Among the dead were 2 children.")
    assert [(c.status, c.count, c.parent) for c in result.casualties] == [
        ("killed", 4, None), ("killed", 2, 0),
    ]


def test_a_headlines_one_killed_counts_one() -> None:
    from .helpers import extract

    claims = extract("One killed, one injured as drone hits Orikhiv").casualties
    assert sorted((c.status, c.count) for c in claims) == [("injured", 1), ("killed", 1)]
    assert extract("Police said one of the commanders was killed in the raid.").casualties == []


def test_protesters_are_people_who_can_be_killed() -> None:
    [c] = extract("Security forces killed seven protesters in Zorak on Monday.").casualties
    assert (c.status, c.count, c.victim.side) == ("killed", 7, "CIV")
    assert c.period.start is not None  # (the protesters are no protest after the attack that dates the words)


def test_the_fate_of_other_people_after_of_the_is_not_the_counts() -> None:
    """ "about 30 relatives of the abducted": the abducted are others; "five were among the dead" stays."""
    assert extract("About 30 relatives of the abducted people held a sit-in on Monday.").casualties == []
    assert extract("About 30 protesters from the families of the kidnapped held a sit-in.").casualties == []
    [c] = extract("Five people were among the dead.").casualties
    assert (c.status, c.count) == ("killed", 5)


@pytest.mark.parametrize("noun", ["minors", "teens", "juveniles"])
def test_young_people_are_civilians(noun: str) -> None:
    [c] = extract(f"A landmine blast killed four {noun} near Zorak on Saturday.").casualties
    assert (c.count, c.victim.side) == (4, "CIV")
