"""claims: victim and perpetrator sides, places, period, aggregate, parent, reporter."""

from __future__ import annotations

import pytest

from tolltrack.model import SIDES

from .helpers import PUB, extract, one


def claim(text: str, published: str | None = PUB):  # type: ignore[no-untyped-def]
    return one(extract(text, published=published).casualties)


def perp(c) -> str | None:  # type: ignore[no-untyped-def]
    return c.perpetrator.side if c.perpetrator else None


# --- victims -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Shelling killed 4 civilians.", "CIV"),
        ("Shelling killed 4 children.", "CIV"),
        ("Shelling killed 4 shepherds.", "CIV"),
        ("Shelling wounded 4 aid workers.", "CIV"),
        ("Shelling killed 4 soldiers.", "GOV"),
        ("Shelling killed 4 policemen.", "GOV"),
        ("Shelling killed 4 members of the regime forces.", "GOV"),
        ("Shelling killed 4 ISIS members.", "ISIS"),
        ("Shelling killed 4 fighters of Hayat Tahrir al-Sham.", "HTS"),
        ("Shelling killed 4 YPG fighters.", "SDF"),
        ("Shelling killed 4 Hezbollah members.", "IRN"),
        ("Shelling killed 4 people.", "UNK"),
        ("Shelling killed 4 persons.", "UNK"),
        ("Shelling killed 4 men.", "UNK"),
        ("Gunmen abducted 4 Muslim faithful from a mosque.", "CIV"),
        ("Residents said shelling killed 4 people in the village.", "CIV"),
    ],
)
def test_victim_side(text: str, side: str) -> None:
    assert claim(text).victim.side == side


def test_total_that_mixes_sides_is_mix() -> None:
    result = extract("A car bomb killed 9 people, including one civilian, in the town.")
    assert [(c.count, c.victim.side, c.parent) for c in result.casualties] == [
        (9, "MIX", None), (1, "CIV", 0),
    ]


def test_russians_among_soldiers() -> None:
    result = extract("The attack killed 22 regime soldiers, among them 2 Russians.")
    assert [(c.count, c.victim.side, c.parent) for c in result.casualties] == [
        (22, "GOV", None), (2, "RUS", 0),
    ]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("An ISIS ambush killed 2 Russian soldiers in the desert.", "RUS"),
        ("A roadside bomb killed 4 Turkish soldiers in the countryside.", "TUR"),
        ("Hezbollah fighters killed 3 Israeli soldiers.", "ISR"),
    ],
)
def test_foreign_soldiers_take_their_state_side(text: str, side: str) -> None:
    assert claim(text).victim.side == side


# --- perpetrators ------------------------------------------------------------------------------


def test_agent_before_the_verb() -> None:
    c = claim("Regime forces killed 10 ISIS members in the desert.")
    assert (c.victim.side, perp(c)) == ("ISIS", "GOV")


def test_by_phrase() -> None:
    c = claim("Up to 15 fighters were captured by Hayat Tahrir al-Sham.")
    assert (c.status, c.qualifier, perp(c)) == ("captured", "up_to", "HTS")


def test_at_the_hands_of() -> None:
    c = claim("Two civilians were killed at the hands of regime forces in the city.")
    assert (c.victim.side, perp(c)) == ("CIV", "GOV")


def test_drone_of_a_state() -> None:
    c = claim("A Turkish drone killed 2 YPG fighters near the border on Monday.")
    assert (c.victim.side, perp(c)) == ("SDF", "TUR")


def test_turkish_drone_kills_sdf_fighters() -> None:
    c = claim("A Turkish drone killed two SDF fighters at a checkpoint on Monday.")
    assert (c.status, c.count, c.victim.side, perp(c)) == ("killed", 2, "SDF", "TUR")


def test_victim_side_named_is_not_the_reporter() -> None:
    c = claim("A Turkish drone killed two SDF fighters at a checkpoint on Monday.")
    assert c.reported_by is None


@pytest.mark.parametrize("text", ["Police found the bodies of four men by a river on Sunday.",
                                  "Police are investigating the deaths of four men found by a river."])
def test_who_found_the_dead_is_not_their_side(text: str) -> None:
    assert claim(text).victim.side == "UNK"
    assert claim("ISIS said four of its men were killed.").victim.side == "ISIS"


def test_clash_gives_each_side_the_other_as_perpetrator() -> None:
    result = extract("Fighting between the YPG and ISIS killed 7 ISIS members and 3 YPG fighters.")
    assert [(c.count, c.victim.side, perp(c)) for c in result.casualties] == [
        (7, "ISIS", "SDF"), (3, "SDF", "ISIS"),
    ]


def test_joint_agents_are_mix() -> None:
    c = claim("Eight civilians were killed in strikes by regime and Russian warplanes on the town.")
    assert (c.victim.side, perp(c)) == ("CIV", "MIX")


def test_joint_agents_before_the_verb_are_mix() -> None:
    c = claim("Eight civilians were killed when Russian and Syrian warplanes bombed the town.")
    assert perp(c) == "MIX"


@pytest.mark.xfail(strict=True, reason="'Syrian' alone is no actor, so 'by Syrian and Russian "
                   "warplanes' gives RUS, not MIX")
def test_by_syrian_and_russian_warplanes_is_mix() -> None:
    c = claim("Eight civilians died after a night of raids by Syrian and Russian warplanes.")
    assert perp(c) == "MIX"


def test_coalition_and_sdf_arresting_together_is_mix() -> None:
    c = claim("US forces and the Syrian Democratic Forces arrested 5 ISIS suspects in a raid.")
    assert (c.status, c.victim.side, perp(c)) == ("captured", "ISIS", "MIX")


def test_unidentified_gunmen_leave_perpetrator_open() -> None:
    c = claim("Unidentified gunmen shot dead 3 men near the village.")
    assert c.status == "killed" and perp(c) is None


def test_no_agent_no_perpetrator() -> None:
    assert perp(claim("Four shepherds were killed by a landmine.")) is None


def test_parts_inherit_the_total_perpetrator() -> None:
    result = extract("Regime shelling killed 12 civilians, including 5 children.")
    assert [perp(c) for c in result.casualties] == ["GOV", "GOV"]


# --- places ------------------------------------------------------------------------------------


def test_governorate_place_and_admin1() -> None:
    c = claim("Regime shelling killed 4 civilians in Hasakah on Monday.")
    assert [p.name for p in c.places] == ["Hasakah"]
    assert c.admin1 == ["Al-Hasakah"]
    assert c.country == "SY"


def test_place_with_generic_word_is_kept_as_written() -> None:
    c = claim("Gunmen kidnapped 3 women in Daraa countryside.")
    assert [p.name for p in c.places] == ["Daraa countryside"]
    assert c.admin1 == ["Daraa"]


def test_claim_without_place() -> None:
    c = claim("Gunmen kidnapped 3 women.")
    assert c.places == [] and c.admin1 == []


def test_breakdown_items_inherit_the_header_place() -> None:
    text = ("Raqqa: the toll of the week, they are as follows:\n"
            "- 3 civilians killed by a landmine.\n"
            "- 2 YPG fighters killed by ISIS.")
    result = extract(text)
    assert [c.admin1 for c in result.casualties] == [["Ar-Raqqah"], ["Ar-Raqqah"]]


def test_sentence_initial_place() -> None:
    c = claim("In Idlib, 3 civilians were killed by shelling.")
    assert c.admin1 == ["Idlib"]


# --- aggregate ---------------------------------------------------------------------------------


def test_single_incident_is_not_aggregate() -> None:
    assert claim("A car bomb killed 6 civilians in Homs on Friday.").aggregate is False


@pytest.mark.parametrize("text", [
    # a large toll with no day: "when the militia attacked the village" tells one event
    "At least 130 people were killed when the militia attacked the village of Nowhereville, activists said.",
    # several blows on one target on one day, or one event told by its name
    "The toll from yesterday's twin suicide bombings in the capital rose to 97 dead, officials said.",
    "The toll from yesterday's strikes on the market in Saraqib has risen to 39 civilians, the monitor documented.",
    "Air strikes on a market town in northwestern Syria killed at least 14 people on Wednesday.",
    "Iran revised the death toll from the memorial blasts in Homs down to 95.",
    "Iran revised the toll from Wednesday's twin blasts at the cemetery down to 84.",
    "Twin car bombs near the ministry in Homs kill at least 100, the president says",
    "Church blasts in Jolo: death toll climbs to 20 as Islamic State claims responsibility",
    "Monitor: 123 dead after armed drones hit a graduation ceremony in Homs",
    "A riot in the country's largest jail killed 116 inmates.",
    # a word inside a name ("Joint Operations Command") is not operations; a road between two towns is one place
    "The Joint Operations Command said militants attacked a post in Kirkuk, killing three soldiers.",
    "Three women and six children were shot dead on a dirt road between Nowhereville and Elsewhere.",
    # one site hit, or one village, whatever the toll and even with no day
    "Gunmen storm army school in Nowhereville, more than 100 killed",
    "At least 116 inmates were killed during clashes between rival gangs at the Nowhere penitentiary, officials said.",
    "Gunmen abduct more than 280 pupils from school in the north",
    "Militiamen killed 104 people, including 35 children, in Nowhereville village, activists say.",
    "The president said at least 100 people were killed in the twin al-Nowhere bombings at the junction.",
    # several blows on one site; one bomb or bomber, whatever the toll
    "Blasts outside a boys' school in Nowhereville kill at least six, police say",
    "Suicide bomber strikes mosque inside Nowhereville police compound during prayers, at least 28 killed",
    "Truck bomb explodes at busy intersection in Nowhereville, killing at least 230",
    "Airstrikes hit the Nowhere fuel port overnight, killing at least 38 people, the ministry said.",
    # a headline's verb is no plural of attacks; the provinces a boundary runs between are one place
    "Nowhere gang raids Nowhereville in Artibonite, killing four",
    "Militants attacked an army outpost in the Mutaibijah area, on the boundary of Salahuddin and Diyala "
    "provinces, overnight, killing four soldiers, officials said.",
])
def test_one_incident_not_a_tally(text: str) -> None:
    assert all(c.aggregate is False for c in extract(text).casualties)


@pytest.mark.parametrize(("text", "status", "count"), [
    ("The country mourns 70 soldiers after the base was overrun.", "killed", 70),
    ("Militants claimed Saturday's massacre of 28 bus passengers.", "killed", 28),
    ("Truck bombing toll passes 300 as families search for the missing, officials say", "killed", 300),
    ("Community leaders put the dead at over 300 after the weekend massacre.", "killed", 300),
    ("Gunmen opened fire on tourists in the meadow on Tuesday; 25 tourists were among the dead.", "killed", 25),
    ("Two commandos killed in blast in Bastar on Friday.", "killed", 2),
    ("Rebels seized the train on Tuesday, killing the driver and at least six security personnel.", "killed", 6),
    ("The ministry said nine tourists were among those killed in the attack on the bakery.", "killed", 9),
    ("Fighters tied up and slit the throats of at least 43 farm workers in rice fields on Saturday.", "killed", 43),
    ("Fifteen village defence volunteers were shot dead at checkpoints on Tuesday.", "killed", 15),
    ("The toll from Saturday's bombing at the intersection rises above 300, officials say.", "killed", 300),
    ("Bandits seize 20 students from a school in Kaduna on Friday.", "captured", 20),
    ("One peacekeeper was killed and another wounded on Wednesday.", "killed", 1),
    ("Health officials say civilian toll now 170 after the airport blast", "killed", 170),
    ("Militants claim bombing at a church in Nowhereville; death toll 17", "killed", 17),
    ("Soldiers clash with rebels in the hills; three guerrillas killed", "killed", 3),
    ("Police said nine suspected drug traffickers were killed in Thursday's raid on the slum.", "killed", 9),
    ("A drone hit a city bus in Nowhereville, killing one passenger.", "killed", 1),
    ("Gunmen abducted pupils from a school on Thursday; officials put the number missing at 287.", "missing", 287),
    ("Rescue workers say more than 40 people suffocated in Saturday's attack.", "killed", 40),
    ("A second suspect was found dead, bringing total dead to eleven.", "killed", 11),
    ("Drone raid in the east kills a commander and two companions, monitor says", "killed", 2),
    ("The army says it hit a command centre inside the school compound; disputes reported toll of 93", "killed", 93),
    # an ordinal's death says how far the toll has come
    ("Search teams recovered the body of a seventh miner killed in the rebel assault.", "killed", 7),
    ("A third person has died after Tuesday's artillery strike on the town.", "killed", 3),
    ("Fifth Palestinian dies of wounds after army operation in the camp", "killed", 5),
    ("Police: militants suspected in terminal blast; dead now 4", "killed", 4),
    ("The army blames the rebels for the academy attack; dead rise to 21 including the driver.", "killed", 21),
    ("The ministry said nine Italians were among those killed in the attack on the bakery.", "killed", 9),
    ("Thirteen Naxals were gunned down in a joint operation in the forest.", "killed", 13),
    ("14/02 - IED vs army foot patrol in orchards east of town, 3 KIA.", "killed", 3),
    ("Two guard volunteers assassinated in the southeast; no group claims responsibility", "killed", 2),
    ("Three crewmen were kidnapped from a fishing trawler late Thursday, police said.", "captured", 3),
    ("Coastal raid: at least nine civilians decapitated, local sources say.", "killed", 9),
    ("Insurgents behead three villagers in the district.", "killed", 3),
    ("Province: over 50 kidnapped as bandits raid a community, residents say.", "captured", 50),
    ("Capital: three police agents killed in gun attack in the northern district", "killed", 3),
    ("Gunmen stormed the village on Sunday night and carried off at least 40 residents.", "captured", 40),
    ("The prison agency raised to 18 the number of inmates killed in the fighting.", "killed", 18),
    ("Rebels claim the killing of 'spies' in the district as eighth body recovered", "killed", 8),
])
def test_ways_of_telling_a_count(text: str, status: str, count: int) -> None:
    c = claim(text)
    assert (c.status, c.count) == (status, count)


def test_the_owners_day_is_the_incidents_not_the_announcements() -> None:
    c = claim("The group on Friday claimed responsibility for Wednesday's car bombing in Homs, "
              "in which 12 people were killed.")
    assert (c.period.start, c.period.end) == ("2024-02-28", "2024-02-28")
    c = claim("The death toll from Thursday night's shelling of Homs rose to 14 on Saturday.")
    assert c.period.start == "2024-02-29"


def test_last_weekend_dates_one_incident_to_saturday_and_sunday() -> None:
    c = claim("Gunmen massacred 230 villagers near Nowhereville last weekend, residents said.", published="2024-03-06")
    assert (c.period.start, c.period.end, c.aggregate) == ("2024-03-02", "2024-03-03", False)


def test_a_weekend_attack_is_dated_to_the_weekend_before() -> None:
    c = claim("Officials blame rebels for weekend massacre in Nowhereville; leaders put the dead at over 300.",
              published="2024-03-06")
    assert (c.period.start, c.period.end) == ("2024-03-02", "2024-03-03")
    c = claim("Four were killed in the weekend's attack on Nowhereville.", published="2024-03-06")
    assert (c.period.start, c.period.end) == ("2024-03-02", "2024-03-03")


def test_a_while_that_says_when_keeps_the_day() -> None:
    c = claim("Three traders were shot dead while travelling in a minibus near Homs on Friday morning, police said.")
    assert c.period.start == "2024-03-01"


def test_the_day_a_government_spoke_is_not_the_attacks() -> None:
    c = claim("The government on Saturday blamed the group for the bombing at the academy, which killed 20 cadets.")
    assert c.period.start is None  # the bombing's day is not given


def test_a_comparison_does_not_date_the_claim() -> None:
    c = claim("Sources put the toll from Friday's attack on the village at 160, making it the deadliest attack "
              "since the insurgency began in 2015.")
    assert c.period.start == "2024-03-01"


def test_the_days_of_one_sentence() -> None:
    c = claim("The death toll from last month's assault on Palma has reached at least 55, monitors said.")
    assert c.aggregate is False  # one day of last month, not a monthly toll
    c = claim("Fighters attacked the town on Friday; a security source said at least 20 people were killed.")
    assert c.period.start == "2024-03-01"  # the other clause's day
    c = claim("Youths attacked a settlement on Friday, killing six herders in reprisal for Thursday's killings.")
    assert c.period.start == "2024-03-01"  # not the day of the killings avenged
    c = claim("The toll from Monday's shooting at the mall rose to 22 on Friday, police said.")
    assert c.period.start == "2024-02-26"  # the day of the count is not the day of the shooting


def test_tally_since_a_date_is_aggregate() -> None:
    assert claim("Since 13 February, 60 fighters have been killed in Hama.").aggregate is True


def test_separate_attacks_are_aggregate() -> None:
    assert claim("Five civilians were killed in separate attacks on Monday.").aggregate is True


def test_two_governorates_are_aggregate() -> None:
    assert claim("Two civilians were killed in shelling on Hama and Idlib.").aggregate is True


def test_several_strikes_on_one_place_one_day_is_not_aggregate() -> None:
    c = claim("Several strikes on the town of Sarmin in Idlib killed 8 civilians on Wednesday.")
    assert c.aggregate is False


# --- periods of parts --------------------------------------------------------------------------


def test_parts_inherit_the_total_period() -> None:
    text = ("Since the beginning of March 2023, the monitor has documented the death of "
            "500 people, including 120 civilians.")
    result = extract(text)
    assert [(c.count, c.period.start, c.period.end, c.aggregate, c.parent)
            for c in result.casualties] == [
        (500, "2023-03-01", PUB, True, None), (120, "2023-03-01", PUB, True, 0),
    ]


# --- reporters ---------------------------------------------------------------------------------


def test_reported_by_named_monitor() -> None:
    c = claim("According to the Syrian Observatory, 6 soldiers were killed in Latakia.")
    assert c.reported_by == "SOHR"


def test_no_reporter() -> None:
    assert claim("Six soldiers were killed in an ambush.").reported_by is None


def test_two_sources_two_claims_each_with_its_reporter() -> None:
    text = ("Amaq claimed that 3 guards died in the raid, but the Syrian Observatory put "
            "the number of dead guards at 5.")
    result = extract(text)
    assert [(c.count, c.reported_by) for c in result.casualties] == [(3, "Amaq"), (5, "SOHR")]


# --- shape -------------------------------------------------------------------------------------


def test_codes_are_valid() -> None:
    text = ("Regime shelling killed 12 civilians, including 5 children, in Idlib on Monday. "
            "Clashes with ISIS left 7 soldiers dead and 4 others wounded.")
    for c in extract(text).casualties:
        assert c.victim.side in SIDES
        assert c.perpetrator is None or c.perpetrator.side in SIDES
        assert c.status in {"killed", "injured", "captured", "missing"}
        assert c.qualifier in {"exact", "at_least", "more_than", "about", "up_to", "vague"}
        assert c.parent is None or 0 <= c.parent < len(extract(text).casualties)


@pytest.mark.xfail(strict=True,
                   reason="'a family of 5 people' is not recognised as 5 people killed")
def test_family_members_are_civilians() -> None:
    c = claim("Gunmen killed a family of 5 people in the village.")
    assert (c.status, c.count, c.victim.side) == ("killed", 5, "CIV")


def test_a_nationality_in_the_plural_counts_people() -> None:
    c = one(extract("At least 18 Palestinians were killed when a strike hit a school on Tuesday.").casualties)
    assert (c.status, c.count, c.victim.side) == ("killed", 18, "UNK")


def test_soldiers_by_other_names() -> None:
    c = one(extract("Two jawans were killed in an IED blast in Bijapur on Tuesday.").casualties)
    assert (c.count, c.victim.side) == (2, "GOV")
    c = one(extract("Two army troopers were killed in an encounter on Tuesday.").casualties)
    assert (c.count, c.victim.side) == (2, "GOV")


def test_soldiers_who_embraced_martyrdom_were_killed() -> None:
    c = one(extract("Five soldiers embraced martyrdom when a suicide attack hit a convoy on Wednesday.").casualties)
    assert (c.status, c.count, c.victim.side) == ("killed", 5, "GOV")


def test_a_people_named_after_ethnic_is_counted_an_armed_group_is_not() -> None:
    c = one(extract("More than 200 ethnic Amhara were killed in a village of Oromia on Saturday.").casualties)
    assert (c.status, c.count, c.victim.side) == ("killed", 200, "CIV")
    assert not extract("Three ethnic armed groups were formed in the region on Saturday.").casualties


def test_cadets_are_counted() -> None:
    c = one(extract("Twenty cadets died in the car bomb at the police academy on Thursday.").casualties)
    assert (c.count, c.victim.side) == (20, "GOV")


def test_one_named_event_is_an_incident_whatever_its_toll() -> None:
    # a count in the hundreds with no day is a tally, unless the sentence names one event
    c = one(extract("Junta airstrike kills at least 133 in Sagaing region, officials say").casualties)
    assert c.aggregate is False
    c = one(extract("Fighting has killed more than 300 people in Sagaing region, officials say").casualties)
    assert c.aggregate is True
    c = one(extract("Five people were killed in a raid on the village, the latest in a string of attacks.")
            .casualties)
    assert c.aggregate is False


def test_the_day_of_a_strike_named_before_it_is_its_date() -> None:
    c = extract("The toll from the 27 February missile strike on a cafe has risen to 11, officials said.") \
        .casualties[0]
    assert (c.period.start, c.period.end, c.aggregate) == ("2024-02-27", "2024-02-27", False)


def test_who_claims_or_is_blamed_is_the_perpetrator() -> None:
    c = one(extract("The Islamic State claimed the bombing that killed 28 people in the market on Thursday.")
            .casualties)
    assert c.perpetrator is not None and c.perpetrator.side == "ISIS"


def test_a_side_that_speaks_or_is_killed_is_not_the_perpetrator() -> None:
    c = one(extract("The armed forces said a militia drone killed 11 civilians at the market on Saturday.")
            .casualties)
    assert c.perpetrator is None or c.perpetrator.side != "GOV"
    c = one(extract("Two men, one identified as an ISIS member, were killed on Saturday when a drone hit their "
                    "car.").casualties)
    assert c.perpetrator is None or c.perpetrator.side != "ISIS"


@pytest.mark.parametrize(("text", "side"), [
    # the building hit is named after who holds it; they did nothing
    ("A bomb at a police station kills four on Friday.", None),
    ("Car bomb at the General Nowhere police cadet school kills at least nine", None),
    # a border is named after the countries on each side
    ("A car bomb exploded in a market on the Syrian-Turkish border on Saturday, killing six people.", None),
    # who blames did nothing; who is blamed did it, as far as the report says
    ("The government blamed the ELN for the car bombing that killed 20 people on Thursday.", "OPP"),
    ("Residents accused the army of killing 12 civilians on Tuesday.", "GOV"),
    # who holds a place did nothing there
    ("Turkish drones hit SDF-held villages, killing 4 civilians.", "TUR"),
    ("Islamic State attack on Peshmerga post near Makhmour kills at least three", "ISIS"),
])
def test_sites_borders_and_blame_name_no_perpetrator_but_the_blamed(text: str, side: str | None) -> None:
    c = one(extract(text).casualties)
    assert (c.perpetrator.side if c.perpetrator else None) == side


def test_a_count_after_a_single_person_shares_the_verb() -> None:
    c = one(extract("A rocket hit a house on Tuesday, killing a woman and her two children.").casualties)
    assert (c.status, c.count, c.victim.side) == ("killed", 2, "CIV")


def test_those_among_the_dead_are_not_the_attackers() -> None:
    c = one(extract("Burkina: 20 killed, including VDP auxiliaries, in attack on army base").casualties)
    assert c.perpetrator is None
    c = one(extract("Hezbollah mourns two fighters killed in Israeli strike").casualties)
    assert c.perpetrator is not None and c.perpetrator.side == "ISR"


def test_militants_killed_in_a_fight_with_the_state_are_the_rebels() -> None:
    # no state calls its own men militants: the rebels died, and the state's men killed them
    c = one(extract("Army troops clashed with al-Shabaab near the town on Saturday; a commander said 20 militants were "
                    "killed.").casualties)
    assert (c.victim.side, c.perpetrator.side if c.perpetrator else None) == ("JIH", "GOV")


def test_a_headline_with_a_label_is_not_a_list_item() -> None:
    c = one(extract("Iraqi military: 4 troops killed in IS attack on outpost in Kirkuk province").casualties)
    assert (c.victim.side, c.perpetrator.side if c.perpetrator else None) == ("GOV", "ISIS")


def test_strikes_on_a_city_named_like_its_governorate_are_one_incident() -> None:
    c = one(extract("Coalition air strikes killed six Houthi fighters in Hodeidah on Monday.").casualties)
    assert c.aggregate is False


def test_hurt_counts_the_injured() -> None:
    found = extract("4 dead, 12 hurt as militias clash in the city").casualties
    assert [(c.status, c.count) for c in found] == [("killed", 4), ("injured", 12)]


def test_other_words_for_killed() -> None:
    c = one(extract("Five young men were massacred in a rural area on Sunday night.").casualties)
    assert (c.status, c.count) == ("killed", 5)
    c = one(extract("Two soldiers made the supreme sacrifice in an encounter on Tuesday.").casualties)
    assert (c.status, c.count, c.victim.side) == ("killed", 2, "GOV")


def test_twin_blasts_are_one_incident_and_the_speakers_city_is_not_its_place() -> None:
    c = one(extract("Two explosions ripped through a crowd in Kafr Zita on Saturday morning, killing at least 86 "
                    "people.").casualties)
    assert c.aggregate is False
    c = extract("Health authorities in Damascus said 51 people were killed when jets struck a school bus in "
                "Kafr Zita yesterday.").casualties[0]
    assert [p.name for p in c.places] == ["Kafr Zita"]


def test_a_town_outside_a_city_is_one_place_and_soldiers_who_fell_were_killed() -> None:
    c = one(extract("Gunmen stormed a concert hall in Krasnogorsk outside Moscow on Friday evening, killing at "
                    "least 40 people.").casualties)
    assert ([p.name for p in c.places], c.aggregate) == (["Krasnogorsk"], False)
    found = extract("Four volunteers and three soldiers fell when a convoy was attacked on Friday.").casualties
    assert [(x.status, x.count) for x in found] == [("killed", 4), ("killed", 3)]


def test_a_road_between_two_towns_is_one_place_and_a_night_is_not_a_tally() -> None:
    c = one(extract("Nine civilians were killed when an explosive device hit a minibus on the road between "
                    "Mogadishu and Afgoye on June 5, officials said.", published="2022-06-06").casualties)
    assert c.aggregate is False
    found = extract("Five soldiers died after a bomb hit a patrol, the ministry said on Wednesday. One of the "
                    "injured soldiers succumbed to his wounds overnight.", published="2022-11-09").casualties
    assert found and found[0].aggregate is False


def test_one_site_between_two_provinces_is_one_incident() -> None:
    c = one(extract("Four soldiers died in a night attack on a military outpost between Salahuddin and Diyala "
                    "provinces, the army said on Monday.", published="2024-05-13").casualties)
    assert len({p.admin1 for p in c.places}) == 2 and c.aggregate is False
    c = one(extract("Fighting between Salahuddin and Diyala provinces has killed 40 fighters since March, the "
                    "army said on Monday.", published="2024-05-13").casualties)
    assert c.aggregate is True  # (no one site: a toll of a front)


def test_a_place_written_inside_a_town_of_another_country_is_a_namesake_misread() -> None:
    """GeoNames has a Karari in India; "Karari, northern Omdurman" is Khartoum's Karari locality (the district
    table's), not the Indian town."""
    c = one(extract("Shells hit a market in Karari, northern Omdurman, on Saturday, killing 56 people.",
                    published="2025-02-02").casualties)
    assert [(p.name, p.country) for p in c.places] == [("Karari", "SD"), ("Omdurman", "SD")]
    assert c.aggregate is False


def test_a_region_across_borders_gives_way_to_the_reports_country() -> None:
    c = one(extract("Militants killed eight fishermen near Darak on the Cameroonian shore of Lake Chad on "
                    "25 September.", published="2023-09-26").casualties)
    assert c.to_dict().get("country") == "CM"


def test_the_backer_is_not_the_attacker() -> None:
    c = one(extract("Officials said 21 civilians were killed when the Iranian-backed Houthi militia fired a missile "
                    "at a fuel station on Saturday.").casualties)
    assert c.perpetrator is not None and c.perpetrator.side == "OPP"


def test_islamist_rebels_are_jihadists() -> None:
    c = one(extract("Suspected Islamist rebels killed 44 people in an attack on a village on Wednesday night.")
            .casualties)
    assert c.perpetrator is not None and c.perpetrator.side == "JIH"


def test_a_vague_count_right_after_the_verb_is_a_count_of_people() -> None:
    c = claim("Rebels kill dozens in overnight attack on a village in the east.")
    assert (c.status, c.count, c.vague) == ("killed", None, "dozens")
    assert not extract("Airstrikes hit dozens of targets in the east.").casualties
    c = claim("Explosion at a hospital in the city kills hundreds sheltering there, the ministry says")
    assert (c.status, c.vague) == ("killed", "hundreds")


def test_the_morning_of_a_date_is_that_date() -> None:
    c = claim("Officials said 355 died on the morning of 21 August in the capital.", published="2013-08-24")
    assert (c.period.start, c.period.end, c.aggregate) == ("2013-08-21", "2013-08-21", False)


def test_government_aircraft_are_the_government_side() -> None:
    c = claim("Barrel bombs dropped by government helicopters on the outskirts of Maarat al-Numan kill eight")
    assert c.perpetrator is not None and c.perpetrator.side == "GOV"


def test_us_and_british_jets_are_the_coalition_side() -> None:
    c = claim("US and British jets hit a radar site near the port on Monday, killing three people.")
    assert c.perpetrator is not None and c.perpetrator.side == "COAL"


def test_an_ordinal_counts_only_before_a_death() -> None:
    assert not extract("The second day of talks ended without a deal.").casualties
    assert claim("Fighting on the second day killed 5 soldiers.").count == 5


@pytest.mark.parametrize(("text", "victim", "perpetrator"), [
    # a dateline-like "Country: ..." headline is no list item whose actors are the dead
    ("Yemen: 10 soldiers killed in rebel missile strike on a camp, army spokesman says.", "GOV", "OPP"),
    ("Monitor: 11 dead in Russian air raids on the town; toll may rise.", "UNK", "RUS"),
])
def test_the_side_named_after_what_happened_is_who_did_it(text: str, victim: str, perpetrator: str) -> None:
    c = claim(text)
    assert (c.victim.side, perp(c)) == (victim, perpetrator)


def test_a_toll_put_at_a_number_for_the_missing_and_the_wounded() -> None:
    """ "puts the missing at 287", "put the wounded at 40": like "put the dead at 40"."""
    from .helpers import extract

    assert [(c.status, c.count) for c in extract("A local official puts the missing at 287.").casualties] == \
        [("missing", 287)]
    assert [(c.status, c.count) for c in extract("Officials put the wounded at 40.").casualties] == [("injured", 40)]


def test_hurts_is_wounding() -> None:
    c = one(extract("Grenade attack on police station hurts 2 cops").casualties)
    assert (c.status, c.count) == ("injured", 2)


def test_a_side_named_after_the_head_past_and_is_another_nouns() -> None:
    c = one(extract("A blast near Chintagufa kills five DRG jawans and their civilian driver.").casualties)
    assert c.victim.side == "GOV"


def test_the_region_before_town_of_qualifies_the_town() -> None:
    """ "the Bekaa town of Brital": one place, not the Bekaa and Brital (two governorates, a tally)."""
    c = extract("A gunfight in the Bekaa town of Brital left three people dead on Sunday.").casualties[0]
    assert c.aggregate is False and [p.name for p in c.places] == ["Brital"]


def test_woodcutters_are_people_counted() -> None:
    [c] = extract("Three woodcutters found decapitated near the village of Ntuko on Sunday.").casualties
    assert (c.status, c.count, c.victim.side) == ("killed", 3, "CIV")


def test_a_participle_after_the_counted_people_is_not_their_side() -> None:
    [c] = extract("A roadside bomb wounded four soldiers escorting teachers near Mayo on Tuesday.").casualties
    assert (c.count, c.victim.side) == (4, "GOV")


def test_the_town_a_road_leads_to_is_no_second_place() -> None:
    """ "in Afgooye on the road to Mogadishu": one place, and the town the road leads to; not deaths in
    two towns."""
    c = one(extract("Gunmen killed two traders in Afgooye on the road to Mogadishu on Monday.").casualties)
    assert (c.count, c.aggregate) == (2, False)


@pytest.mark.parametrize(("text", "side"), [
    ("Gunmen opened fire on a group of shepherds near Palmyra on Thursday, killing two of them.", "CIV"),
    # the militants are the rebels the report names, killed by the troops
    ("Al-Shabaab attacked an army base near Baidoa on Sunday. Troops pursued the militants and killed two of them.",
     "JIH"),
])
def test_of_them_are_the_people_the_clause_acted_on(text: str, side: str) -> None:
    claims = [c for c in extract(text).casualties if c.count == 2]
    assert [c.victim.side for c in claims] == [side]


@pytest.mark.parametrize("text", [
    # a road named after the town it leads to
    "Gunmen opened fire on a minibus on the Aleppo road near Saraqib on Sunday, killing five passengers.",
    # the town where the wounded were treated
    "An ambush near Saraqib on Sunday killed two soldiers and wounded three who were rushed to hospital in Aleppo.",
    "An ambush near Saraqib on Sunday killed two soldiers; a third died on the way to hospital in Aleppo.",
    "The toll of Sunday's ambush near Saraqib rose to three soldiers as one succumbed at a hospital in Aleppo.",
])
def test_a_town_that_only_points_the_way_is_not_the_claims_place(text: str) -> None:
    for c in extract(text).casualties:
        assert [(p.name, p.precision) for p in c.places] == [("Saraqib", "near")]
        assert not c.aggregate  # one ambush, not deaths in two governorates


def test_the_hospitals_town_is_near_where_nothing_else_is_named() -> None:
    c = one(extract("Three farmers wounded by a landmine on Sunday were taken to a hospital in Saraqib.").casualties)
    assert [(p.name, p.precision) for p in c.places] == [("Saraqib", "near")]


def test_the_rest_of_the_sentence_places_a_clause_that_names_only_the_hospitals_town() -> None:
    text = "Gunmen attacked a patrol in Idlib province on Sunday; two soldiers died and a third was taken to " \
        "hospital in Aleppo."
    c = one(extract(text).casualties)
    assert [(p.name, p.precision) for p in c.places] == [("Idlib province", "admin1")]


@pytest.mark.parametrize("tail", ["hours after a car bomb in Azaz", "as clashes raged near Azaz"])
def test_another_event_told_beside_the_count_lends_it_no_place(tail: str) -> None:
    c = one(extract(f"Shelling killed four civilians in Ariha on Monday, {tail}.").casualties)
    assert [p.name for p in c.places] == ["Ariha"]
    assert not c.aggregate


def test_a_town_written_as_near_another_lies_in_that_towns_country() -> None:
    # the gazetteer knows a Karmah in Syria's Hama only; east of Fallujah it is Iraq's, which it does not know
    c = one(extract("A bomb hidden in a parked car killed three policemen in Karmah, east of Fallujah, on Monday.")
            .casualties)
    assert [(p.name, p.precision, p.country) for p in c.places] == [
        ("Fallujah", "near", "IQ"), ("Karmah", "unresolved", None)]
    c = one(extract("A bomb hidden in a parked car killed three policemen in Karmah, north of Hama, on Monday.")
            .casualties)
    assert [(p.name, p.country) for p in c.places] == [("Karmah", "SY")]


def test_the_towns_a_road_links_are_near_it() -> None:
    c = one(extract("Gunmen killed four traders on the road between Afgoye and Mogadishu on Monday.").casualties)
    assert [(p.name, p.precision) for p in c.places] == [("Afgoye", "near"), ("Mogadishu", "near")]
    assert not c.aggregate


def test_a_river_is_not_the_town_it_shares_a_name_with() -> None:
    c = one(extract("Militants ambushed a convoy near the village of Kaxda Cusub on Monday, killing five soldiers. "
                    "The village lies on the Juba river.").casualties)
    assert c.country != "SS"  # South Sudan's capital is no part of it
    assert [p.name for p in c.places] == ["Kaxda Cusub"]


@pytest.mark.parametrize(("text", "status", "count"), [
    ("Soldiers arrested a group of five suspected rebels near Kabezi on Friday.", "captured", 5),
    ("Fishermen found six corpses in the lake near Rumonge on Sunday.", "killed", 6),
    ("One traveller was killed when gunmen fired on a minibus near Bugarama on Friday.", "killed", 1),
    ("The army said its jets struck a rebel camp near Kidal on Friday, 'eliminating' 12 fighters.", "killed", 12),
])
def test_a_group_of_n_corpses_and_travellers_are_counts(text: str, status: str, count: int) -> None:
    [c] = extract(text).casualties
    assert (c.status, c.count) == (status, count)


@pytest.mark.parametrize("text", [
    # one death is one incident, whatever two provinces the sentence names
    "One soldier was killed when shells hit an army post in Jaramana on the edge of Damascus on Friday.",
    # the road names the town it leaves, which only points the way
    "Gunmen killed four passengers on the main road out of Kinshasa near Kasangulu on Friday, officials said.",
])
def test_one_death_or_a_road_out_of_a_town_is_one_incident(text: str) -> None:
    assert not extract(text).casualties[0].aggregate


def test_a_place_near_a_town_is_one_spot_and_a_far_namesake_is_unresolved() -> None:
    """ "the Abagena camp ... near Makurdi": one incident, though a gazetteer's Abagena lies in another
    state, 300 km off, which is another Abagena (left unresolved, not placed there)."""
    [c] = extract("At least 11 displaced people were killed when gunmen attacked the Abagena camp for displaced "
                  "people near Makurdi on Monday night, officials said.").casualties
    assert not c.aggregate
    places = {p.name: p for p in c.places}
    assert places["Makurdi"].admin1 == "Benue"
    assert places["Abagena camp"].precision == "unresolved"
