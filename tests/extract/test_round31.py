"""Rules written in the session of the thirty-eighth unseen round of pair sets (Nagorno-Karabakh, Kosovo and
the Presevo valley, Rwanda and the Kivus, Guatemala), each on an invented sentence that exercises the general
pattern.

Every sentence here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tolltrack
from tolltrack.model import Document
from tolltrack.store import open_store
from tolltrack.store.events import build_events

from .helpers import event_types, extract, one, state_upto


def _times(text: str, published: str) -> list[tuple[str, str | None, str | None, str]]:
    state = state_upto(text, "time", published=published)
    return [(t.kind, t.period_start and t.period_start.isoformat(), t.period_end and t.period_end.isoformat(),
             state.text[t.start : t.end]) for t in state.times]


def test_a_superlative_since_dates_nothing_and_the_other_clause_dates_the_toll() -> None:
    """ "the fiercest clashes in the area since November": a comparison, not the toll's period."""
    c = one(extract("Rival militias fought with mortars around Kefraya on 3 March; security sources said 19 "
                    "fighters were killed in the fiercest clashes in the area since November.",
                    published="1990-03-05").casualties)
    assert (c.period.start, c.period.end, c.aggregate) == ("1990-03-03", "1990-03-03", False)


def test_the_day_of_a_truce_is_not_the_day_of_the_fighting() -> None:
    """ "breaking a truce brokered last month"; and "put the death toll at 15" is that day's toll."""
    c = one(extract("Heavy fighting between two militias raged around Dohuk on Sunday, with each accusing the "
                    "other of breaking a truce brokered last month; local sources put the death toll at 15.",
                    published="1995-06-13").casualties)
    assert (c.period.start, c.period.end, c.aggregate) == ("1995-06-11", "1995-06-11", False)


def test_dates_that_name_stations_are_no_period() -> None:
    c = one(extract("A bomb exploded in a metro train in Tashkent on Saturday between the 9 May and 1 September "
                    "stations, killing at least nine people, officials said.", published="1999-02-14").casualties)
    assert (c.period.start, c.period.end, c.aggregate) == ("1999-02-13", "1999-02-13", False)


def test_a_town_with_an_apposition_falls_and_the_capitals_army_is_no_place() -> None:
    """ "Zinjibar, the main town of Abyan province, fell to Sanaa's army": the town taken; "Sanaa's army" is the
    state's, and what the guns came within range of is not hit."""
    c = one(extract("Zinjibar, the main town of Abyan province, fell to Sanaa's army after clashes that left at "
                    "least 20 dead, bringing the guns within range of Aden's eastern suburbs.",
                    published="1994-06-28").casualties)
    assert {p.name for p in c.places} == {"Zinjibar", "Abyan province"}
    assert not c.aggregate


def test_defenders_are_people_and_a_count_told_by_others_is_not_the_fled() -> None:
    """ "Thousands of residents fled, and officials said at least 30 defenders ... were killed": the thirty."""
    cs = extract("Thousands of residents fled west, and officials said at least 30 defenders and civilians were "
                 "killed in the district over three days.", published="1993-04-06").casualties
    assert [(c.count, c.vague) for c in cs] == [(30, None)]


def test_a_family_wiped_out_is_killed() -> None:
    c = one(extract("Eleven members of one family were wiped out by gunmen in a hamlet near Medea on Wednesday "
                    "night, the press reported.", published="1997-08-29").casualties)
    assert (c.status, c.count) == ("killed", 11)


@pytest.mark.parametrize(("text", "expected"), [
    # back from the day the sentence names, not from the day it was published
    ("Officials flew reporters on Tuesday to a hamlet where rebels had killed a dozen patrollers two days earlier.",
     ("day", "1983-03-13", "1983-03-13", "two days earlier")),
    ("Rebels killed five patrollers two days ago.", ("day", "1983-03-14", "1983-03-14", "two days ago")),
])
def test_days_earlier_count_back_from_the_sentences_day(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _times(text, "1983-03-16")


@pytest.mark.parametrize(("text", "kind"), [
    # what survivors told this week is told then; a deed "after last week's raid" is last week's
    ("Forty men were shot in Celina, survivors told a rights group this week.", "report"),
    ("The mayor says 16 are still missing after last week's raid.", "within"),
])
def test_told_this_week(text: str, kind: str) -> None:
    assert [k for k, *_ in _times(text, "1999-04-09")] == [kind]


def test_an_apology_is_dated_when_made() -> None:
    """ "apologised on Tuesday for shooting down a helicopter": the day of the apology."""
    c = one(extract("The government apologised on Tuesday for shooting down a transport helicopter near the border "
                    "village of Margara; three airmen died.", published="2020-11-11").casualties)
    assert c.period.start is None


def test_what_was_told_that_day_is_dated_by_it() -> None:
    """ "told investigators that on 13 May attackers ...": the day of the deed they told of."""
    c = one(extract("Survivors told investigators that on 13 May militiamen killed 60 people sheltering in the "
                    "parish of Kibeho.", published="1994-07-07").casualties)
    assert (c.period.start, c.period.end) == ("1994-05-13", "1994-05-13")


@pytest.mark.parametrize(("text", "span"), [
    ("Survivors say 40 men were killed near Rogovo at the end of March.", ("1999-03-21", "1999-03-31")),
    ("Five died in the middle of March.", ("1999-03-11", "1999-03-20")),
    ("Two died at the beginning of March.", ("1999-03-01", "1999-03-10")),
])
def test_the_end_of_a_month(text: str, span: tuple[str, str]) -> None:
    assert [(s, e) for _, s, e, _ in _times(text, "1999-04-20")] == [span]


def test_where_officials_put_the_losses_is_where_they_sit() -> None:
    c = one(extract("Rebels claimed an assault on an army post in northern Alta Verapaz on 18 April; army officials "
                    "in Coban put their losses at two dead.", published="1993-04-20").casualties)
    assert "Coban" not in {p.name for p in c.places}


def _roles(tmp_path: Path, docs: list[tuple[str, str, str]]) -> list[tuple[str, int]]:
    with open_store(str(tmp_path / "t.db")) as store:
        for key, published, text in docs:
            doc = Document(id=key, text=text, published=published)
            store.write(doc, tolltrack.extract_document(doc))
        build_events(store)
        return sorted((str(r[0]), int(r[1])) for r in store.fetchall(
            "SELECT d.doc_key, ec.event_id FROM event_claims ec JOIN claims c ON c.id = ec.claim_id "
            "JOIN documents d ON d.id = c.document_id"))


def test_a_massacre_told_with_a_vague_date_makes_an_event(tmp_path: Path) -> None:
    """ "killed 300 villagers in Kibirizi in mid-October": one episode, though its days are a third of a month."""
    roles = _roles(tmp_path, [("m1", "1990-11-02", "Mobs led by local officials killed 300 villagers in Kibirizi "
                                                 "in mid-October, according to clergy in the area.")])
    assert [k for k, _ in roles] == ["m1"]


def test_a_weeks_count_told_with_its_span_makes_none(tmp_path: Path) -> None:
    roles = _roles(tmp_path, [("w1", "1990-11-02", "The army said 87 rebels were killed in operations around "
                                                 "Kibirizi over the past ten days.")])
    assert roles == []


def test_the_deed_after_after_dates_the_toll_told_in_the_next_clause() -> None:
    """ "counted their dead on Thursday after an air raid the previous day; officials said 40 died"."""
    c = one(extract("Villages around Hermel counted their dead on Thursday after an air raid the previous day on "
                    "militia positions; officials said 40 died.", published="1986-02-07").casualties)
    assert (c.period.start, c.period.end) == ("1986-02-05", "1986-02-05")


def test_a_third_of_a_month_in_the_other_clause_dates_the_toll() -> None:
    c = one(extract("Residents of Rio Negro were massacred in early March by a civil patrol, according to relatives "
                    "who fled; they estimate more than 70 dead.", published="1982-03-20").casualties)
    assert (c.period.start, c.period.end) == ("1982-03-01", "1982-03-10")


def test_a_week_in_the_other_clause_does_not() -> None:
    c = one(extract("Gunmen raided Mopti's market earlier this week, residents said; they estimate 20 dead.",
                    published="2022-04-03").casualties)
    assert c.period.start is None


def test_what_officials_said_at_the_weekend_is_told_then() -> None:
    c = one(extract("A rebel raid on Ribaue left at least nine people dead, provincial officials said at the weekend.",
                    published="1991-03-11").casualties)
    assert c.period.start is None


def test_towns_in_a_groups_name_are_no_places() -> None:
    """ "the Liberation Army of Presevo, Medvedja and Bujanovac": the group's name, not three scenes."""
    c = one(extract("Three policemen were killed in southern Serbia when fighters of the Liberation Army of Presevo, "
                    "Medvedja and Bujanovac overran a post, Belgrade said.", published="2001-01-27").casualties)
    assert not {"Presevo", "Medvedja"} & {p.name for p in c.places}


def test_a_toll_after_a_list_of_towns_takes_them_all() -> None:
    """ "recaptured Zinjibar and Jaar ... in Abyan. Several militants were killed": both towns."""
    cs = extract("Troops recaptured Zinjibar and Jaar on Tuesday after a year of militant control in Abyan, the "
                 "ministry said. Several militants were killed in the final push.", published="2012-06-12").casualties
    assert {"Zinjibar", "Jaar"} <= {p.name for c in cs for p in c.places}


@pytest.mark.parametrize("text", [
    "Armed men abducted a teacher at Kapako on Saturday night and took him across the river into Angola, police said.",
    "A herdsman was shot dead and 40 cattle driven into Angola when armed men raided a kraal near Ndiyona on Sunday.",
    "A fisherman was shot dead on the river near Kahenge on Thursday by men firing from the Angolan bank.",
])
def test_where_the_raiders_came_from_or_took_their_loot_is_not_the_scene(text: str) -> None:
    result = extract(text, published="2000-07-03")
    assert all(c.country != "AO" for c in [*result.casualties, *result.incidents])


def test_three_days_told_on_the_third_make_an_event(tmp_path: Path) -> None:
    """ "over the past three days", said on Sunday: four calendar days with the day it is told, one episode."""
    roles = _roles(tmp_path, [("d1", "2010-08-22", "Fighting between the army and militants in the town of Mudiyah "
                                                 "has killed at least 11 soldiers over the past three days, officials "
                                                 "said on Sunday.")])
    assert [k for k, _ in roles] == ["d1"]


@pytest.mark.parametrize("text", [
    "Islamist fighters have seized the southern town of Zinjibar after police and troops withdrew, residents said.",
    "Rebel fighters and allied army units seized the al-Anad air base in Lahij on Wednesday, sources said.",
])
def test_a_place_seized_is_territory_taken_not_people(tmp_path: Path, text: str) -> None:
    assert "Abduction/forced disappearance" not in event_types(tmp_path, text, published="2011-05-28")


def test_missionaries_are_people_and_the_whole_is_the_count() -> None:
    cs = extract("Twelve foreign missionaries, including three children, were kidnapped by a gang on Saturday near "
                 "Ganthier, police said.", published="2021-10-17").casualties
    assert [(c.count, c.parent) for c in cs] == [(12, None), (3, 0)]


@pytest.mark.parametrize(("text", "country", "admin1"), [
    # a country the project now knows by its own words and its armed groups
    ("Two men were shot dead on the Weathercoast on Tuesday, police said, blaming the Guadalcanal Liberation "
     "Front.", "SB", "Guadalcanal"),
    # "the Central Plateau" is Haiti's Centre department
    ("Rebels attacked Mirebalais in Haiti's Central Plateau on Monday, killing two policemen.", "HT", "Centre"),
])
def test_regions_by_the_names_reports_use(text: str, country: str, admin1: str) -> None:
    result = extract(text, published="2002-08-21")
    c = one([*result.casualties, *result.incidents])
    assert c.country == country
    assert admin1 in {p.admin1 for p in c.places}
