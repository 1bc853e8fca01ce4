"""Uncounted incidents: reports that tell an attack without a count of people.

Every sentence is invented. A document with none gets one per sentence of its lead that
tells an incident, placed, dated and sided like a claim, and kept out of the casualty claims.
A document with a counted incident gets only the people its lead tells one by one with a
status no count of theirs has ("a policeman was killed and two others were wounded").
"""

from __future__ import annotations

import pytest

from tolltrack.extract.incidents import find_trigger

from .helpers import extract, state_upto


def test_an_attack_without_a_toll_is_an_incident_not_a_claim() -> None:
    ext = extract("Gunmen stormed a hotel in Mogadishu on Thursday evening, police said.")
    assert ext.casualties == []
    [inc] = ext.incidents
    assert inc.status == "attack" and inc.count is None and inc.qualifier == "implied"
    assert inc.period.start == inc.period.end == "2024-02-29"
    assert [p.name for p in inc.places] == ["Mogadishu"]
    assert inc.evidence.text.startswith("stormed a hotel")
    assert inc.to_dict()["low"] is None
    assert "incidents" in ext.to_dict() and ext.to_dict()["casualties"] == []


@pytest.mark.parametrize(("text", "word"), [
    ("Rebels say they have taken control of Kolwezi, the provincial capital, residents said.", "taken"),
    ("The minister announced the liberation of Tarmiyah town on Sunday.", "liberation"),
    ("Suicide attackers hit a checkpoint at the entrance to Baiji on Monday.", "attackers"),
    ("Militia fighters entered Kutum on Tuesday as the garrison withdrew, residents said.", "entered"),
])
def test_a_town_taken_or_an_attack_by_its_attackers_is_an_incident(text: str, word: str) -> None:
    [inc] = extract(text).incidents
    assert inc.status == "attack" and inc.count is None
    assert inc.evidence.text.split()[0] == word


@pytest.mark.parametrize(("text", "taker"), [
    ("M23 rebels took control of Kitshanga on Friday evening after clashes with the army, residents said.", "OPP"),
    ("Kreminna fell to Russian forces on Saturday, officials said.", "RUS"),
])
def test_who_took_a_town_is_the_perpetrator_not_the_victim(text: str, taker: str) -> None:
    [inc] = extract(text).incidents
    assert inc.perpetrator is not None and inc.perpetrator.side == taker
    assert inc.victim.side == "UNK"


@pytest.mark.parametrize(("text", "status", "count", "phrase"), [
    ("A police officer was killed in an ambush near Kati on Friday.", "killed", 1, "A police officer was killed"),
    ("Man, 23, shot dead in Marseille on Friday night", "killed", 1, "Man, 23, shot"),
    ("Rebels shot dead a teacher in Kumbo on Monday, officials said.", "killed", 1, "shot dead a teacher"),
    ("A man and a woman were killed when a rocket struck Kiryat Shmona on Monday.", "killed", 2,
     "A man and a woman were killed"),
    ("A bomb killed a district governor and his driver in Kabul on Tuesday.", "killed", 2,
     "killed a district governor and his driver"),
    ("Gunmen kidnapped a priest in Kafanchan on Sunday.", "captured", 1, "kidnapped a priest"),
    ("A village chairman and his bodyguard were shot dead in Maluso on Tuesday.", "killed", 2,
     "A village chairman and his bodyguard were shot"),
    ("A jawan was killed in an IED blast in Dantewada on Saturday.", "killed", 1, "A jawan was killed"),
    ("Militants shot dead a sarpanch and his wife in Anantnag on Monday.", "killed", 2,
     "shot dead a sarpanch and his wife"),
    ("Insurgents beheaded a man and torched dozens of homes in Katapua on Tuesday.", "killed", 1,
     "beheaded a man"),
])
def test_people_named_one_by_one_are_an_implied_count(text: str, status: str, count: int, phrase: str) -> None:
    [inc] = extract(text).incidents
    assert (inc.status, inc.count, inc.qualifier) == (status, count, "implied")
    assert inc.evidence.text == phrase
    assert inc.low == inc.best == inc.high == count


@pytest.mark.parametrize("text", [
    "Gunmen shot dead villagers in Zamfara on Monday.",
    "Police officers were wounded in a blast in Derry on Friday.",
    "Militants attacked soldiers and civilians in Kidal on Friday.",
])
def test_groups_are_not_counted(text: str) -> None:
    [inc] = extract(text).incidents
    assert inc.count is None


def test_a_counted_incident_leaves_no_room_for_an_uncounted_one() -> None:
    ext = extract("Gunmen stormed a hotel in Mogadishu on Thursday, killing 12 people. A police officer "
                  "was also killed.")
    assert ext.incidents == []
    assert [c.count for c in ext.casualties] == [12]


@pytest.mark.parametrize(("text", "counts", "single"), [
    ("A policeman was killed and two others were wounded in an attack in Kano on Monday.",
     [("injured", 2)], ("killed", 1, "A policeman was killed")),
    ("Two soldiers were killed and a civilian was wounded in a blast in Kano on Monday.",
     [("killed", 2)], ("injured", 1, "a civilian was wounded")),
    ("Guard shot dead in raid on Kano bank. Three people were wounded, police said.",
     [("injured", 3)], ("killed", 1, "Guard shot")),
    ("Driver shot dead, four hurt as gunmen ambush a minibus near Kano", [("injured", 4)],
     ("killed", 1, "Driver shot")),
])
def test_one_person_told_beside_a_count_of_another_status(text: str, counts: list[tuple[str, int]],
                                                          single: tuple[str, int, str]) -> None:
    ext = extract(text)
    assert [(c.status, c.count) for c in ext.casualties] == counts
    [inc] = ext.incidents
    assert (inc.status, inc.count, inc.evidence.text) == single


def test_a_wounded_man_who_died_is_not_a_count_of_the_wounded() -> None:
    ext = extract("Militants kill five soldiers near Kano. A sergeant wounded in the attack died on Monday.")
    assert [(c.status, c.count) for c in ext.casualties] == [("killed", 5)]
    assert ext.incidents == []


def test_only_the_lead_is_read() -> None:
    text = ("Officials met in the capital on Monday. The talks ended on Tuesday. A report was published. "
            "The minister spoke. A bomb exploded in Gao on Friday.")
    assert extract(text).incidents == []


def test_a_tally_told_without_a_number_is_no_incident() -> None:
    assert extract("Attacks on villages in Borno have continued since January, officials said.").incidents == []


def test_no_incident_words_no_incident() -> None:
    assert extract("The council met in Gao on Friday to discuss the harvest.").incidents == []


def test_the_strongest_word_decides_the_status() -> None:
    state = state_upto("Gunmen attacked a bus and abducted a driver near Kaduna on Friday.", "segment")
    tok, status = find_trigger(state.sents[0])  # type: ignore[misc]
    assert status == "captured" and state.tokens[tok].text == "abducted"


def test_a_monitors_tally_report_tells_no_incident_of_its_own() -> None:
    text = ("The monitor documented the deaths of 87 people across Syria in November. Russian airstrikes killed "
            "24 civilians in the Idlib countryside, while regime shelling killed four more.")
    ext = extract(text)
    assert ext.casualties and ext.incidents == []


def test_clashes_and_occupations_are_incidents_too() -> None:
    [inc] = extract("Clashes broke out between two armed groups in Kyaukme township on Monday.").incidents
    assert inc.status == "attack" and inc.evidence.text.startswith("Clashes")
    [inc] = extract("Insurgents occupied the town hall of Macomia on Wednesday.").incidents
    assert inc.evidence.text.startswith("occupied")


def test_a_groups_people_before_a_passive_trigger_are_its_dead() -> None:
    [inc] = extract("Kataib Hezbollah fighters were killed in a drone strike in Jurf al-Nasr.").incidents
    assert inc.victim.side == "IRN" and inc.perpetrator is None


def test_a_determiner_may_stand_further_before_a_named_victim() -> None:
    [inc] = extract("US forces said they killed a senior al-Qaeda leader in Idlib province on Monday.").incidents
    assert inc.count == 1


def test_an_actor_just_before_a_passive_trigger_owns_the_dead() -> None:
    [inc] = extract("Hezbollah member killed in drone strike outside Nabatieh").incidents
    assert inc.victim.side == "IRN" and inc.perpetrator is None
    [inc] = extract("Gunmen killed a teacher in Kumbo on Monday.").incidents
    assert inc.victim.side == "CIV"  # (active: the actor did it)
    [inc] = extract("Islamic State claims killing of tribal elder near Rafah").incidents
    assert inc.victim.side == "CIV" and inc.perpetrator is not None and inc.perpetrator.side == "ISIS"
    assert inc.count == 1  # (the deed's object after "of": one elder)


@pytest.mark.parametrize(("text", "status", "count", "side"), [
    ("4 herders snatched near Kano on Monday.", "captured", 4, "CIV"),
    ("Djibo: five VDP killed in attack on their post.", "killed", 5, "GOV"),
    ("Three vigilantes die in roadside blast outside Djibo.", "killed", 3, "UNK"),
    ("Eleven Houthis killed as government forces push into Nihm", "killed", 11, "OPP"),
    ("Two reservists die after gunmen open fire on a patrol near Garbatulla", "killed", 2, "GOV"),
    ("Four IS fighters were killed in an air strike near Hajin.", "killed", 4, "ISIS"),
    ("Troops say 14 fighters neutralised in raid on camp near Ber.", "killed", 14, None),
    ("More than 30 massacred in raid on Gbeji village", "killed", 30, "UNK"),
    ("9 slain as gunmen storm market in Zurmi", "killed", 9, "UNK"),
])
def test_more_words_that_count_people(text: str, status: str, count: int, side: str | None) -> None:
    [c] = extract(text).casualties
    assert (c.status, c.count) == (status, count)
    assert side is None or c.victim.side == side


@pytest.mark.parametrize("text", [
    "Shelling hits market in Dhamar, 9 reported killed",
    "Shelling hits market in Dhamar, 9 reportedly killed",
    "Shelling hits market in Dhamar; 9 believed dead.",
])
def test_a_hedge_between_a_bare_number_and_its_verb(text: str) -> None:
    """ "9 reported killed" counts nine dead; "two residents reported" (below) counts no one."""
    [c] = extract(text).casualties
    assert (c.status, c.count) == ("killed", 9)
    assert not extract("Two residents reported that the market in Dhamar was shelled.").casualties


@pytest.mark.parametrize(("text", "word"), [
    ("Rebels torch a health post and a church in Mueda district", "torch"),
    ("The army and rebels trade heavy fire around the Kibumba camp", "heavy"),
    ("Armed group seizes the district seat of Nangade", "seizes"),
    ("Kalembe falls to the rebels after two days of fighting", "falls"),
    ("Homicide in a bar in Tumaco's old town", "homicide"),  # ("a triple homicide" counts three: test_mentions)
    ("Saboteurs blew up a gas pipeline near the town on Sunday", "blew"),
    ("Two explosive devices went off outside a bank branch downtown", "explosive"),
    ("Car bombs explode in the capital overnight", "bombs"),
    ("Police station strafed at dawn; rebels blamed", "strafed"),
    ("Twin blasts hit a bank downtown; no injuries", "blasts"),
    ("Several explosive charges damaged three villas overnight", "explosive"),
])
def test_arson_firefights_and_captured_towns_are_incidents_too(text: str, word: str) -> None:
    """A report of burnt buildings, an exchange of fire or a town taken counts no one, yet tells an event."""
    [inc] = extract(text).incidents
    assert inc.evidence.text.split()[0].lower().startswith(word)


@pytest.mark.parametrize("text", [
    "A grenade was lobbed at a police station on Tuesday, causing no injuries.",
    "Rocket attack targets an army base; no one was hurt.",
    "Air strikes hit the mountain villages; the group says no fighters killed.",
])
def test_what_nobody_suffered_is_no_incident_of_its_status(text: str) -> None:
    [inc] = extract(text).incidents
    assert inc.status == "attack"


def test_a_group_that_beheads_is_the_perpetrator_not_the_victim() -> None:
    """ "Islamic State-linked insurgents beheaded three men": the group did it, whatever words stand between."""
    [c] = extract("Islamic State-linked insurgents beheaded three men in Nanjua on Wednesday.").casualties
    assert (c.victim.side, c.perpetrator and c.perpetrator.side) == ("UNK", "ISIS")


def test_the_people_a_vehicle_carried_did_not_do_it() -> None:
    """ "a roadside bomb struck a vehicle carrying Taliban fighters, killing three": the Taliban were hit."""
    [c] = extract("A roadside bomb struck a vehicle carrying Taliban fighters in Jurm district on Monday, "
                  "killing three.").casualties
    assert c.perpetrator is None


@pytest.mark.parametrize(("text", "count", "side", "phrase"), [
    # a long subject: the article opens the sentence, the verb comes many words later
    ("An army soldier buying bread at a shop near the market was shot dead on Monday.", 1, "GOV",
     "An army soldier buying bread at a shop near the market was shot"),
    # two verbs for one person
    ("Off-duty policeman waylaid and killed in Tarlac town", 1, "GOV", "policeman waylaid and killed"),
    # a bare noun phrase that opens a headline
    ("Village SDPO shot dead near the border.", 1, "GOV", "SDPO shot"),
    # the participle after the victim says whom he was with, not who was hit
    ("Gunmen killed a policeman escorting vaccinators in Mardan on Tuesday.", 1, "GOV", "killed a policeman"),
    ("Policeman guarding polio workers martyred in blast", 1, "GOV", "Policeman guarding polio workers martyred"),
    # people of one side told one by one
    ("Gunmen shot dead an inspector and a constable in Kohat on Friday.", 2, "GOV",
     "shot dead an inspector and a constable"),
    # an age after the noun; a numbered ward is a name, not a count
    ("Man in his fifties killed as shells hit the town", 1, "UNK", "Man in his fifties killed"),
    ("Ward 7 administrator killed in Thaketa shooting", 1, "UNK", "administrator killed"),
    # a headline's bare subject, however far from its participle; whose the dead man was, named before him
    ("Ex-guerrilla in peace process murdered in the north", 1, "UNK", "guerrilla in peace process murdered"),
    ("Off-duty Celaya police agent gunned down outside his house", 1, "GOV", "agent gunned"),
    # a headline's bare object, just after its verb, or a pronoun for one person
    ("Kano: Police gun down bandit leader in Tudun Wada forest", 1, "UNK", "gun down bandit leader"),
    ("Kano: Gunmen kill cop at village market", 1, "GOV", "kill cop"),
    ("Kano: Bandits drag farmer out of home and kill him", 1, "UNK", "kill him"),
])
def test_single_people_in_harder_phrasings(text: str, count: int, side: str, phrase: str) -> None:
    [inc] = extract(text).incidents
    assert (inc.count, inc.victim.side) == (count, side)
    assert inc.evidence.text == phrase


def test_kidnapped_then_killed_another_person_is_not_one_phrase() -> None:
    [inc] = extract("Gunmen kidnapped a priest and killed his driver in Enugu on Sunday.").incidents
    assert (inc.status, inc.count, inc.evidence.text) == ("killed", 1, "killed his driver")


def test_who_speaks_does_not_own_the_fighters_counted() -> None:
    """ "The army said 12 fighters were killed": the army's word, not its fighters; "its fighters" are the
    speaker's own."""
    [c] = extract("The army said 12 fighters were killed in an air raid near Ber.").casualties
    assert c.victim.side == "UNK"
    [c] = extract("Hezbollah said three of its fighters were killed in southern Lebanon.").casualties
    assert c.victim.side == "IRN"


def test_the_latest_in_a_series_of_attacks_is_one_incident() -> None:
    """ "..., the latest in a string of attacks on schools": the series it belongs to, not a tally."""
    text = ("A teacher was shot dead by armed men in a village east of Gayeri, officials said, "
            "the latest in a string of attacks on schools in the region.")
    [inc] = extract(text).incidents
    assert (inc.status, inc.count) == ("killed", 1)
    [c] = extract("Gunmen killed five people near Zurmi, the latest in a series of deadly raids.").casualties
    assert not c.aggregate


@pytest.mark.parametrize("text", [
    "Gunmen killed two traders in Isabela City, Basilan, on Friday.",  # (a namesake read in another province)
    "Russian air strikes on the outskirts of Jisr al-Shughur killed five civilians on Friday.",
])
def test_one_place_told_from_small_to_large_or_near_one_town_is_one_incident(text: str) -> None:
    """ "X, Y" writes X inside Y, whatever province a gazetteer gives X; strikes near one town on one day
    are one incident."""
    [c] = extract(text).casualties
    assert not c.aggregate
    [c] = extract("Gunmen killed two traders in Jolo and three in Isabela City on Friday.").casualties[:1]
    assert c.aggregate  # two towns of two provinces


def test_a_headline_dateline_before_one_person() -> None:
    """ "Bawku: soldier dies, two hurt": the place before the colon leaves the soldier the headline's subject."""
    found = extract("Bawku: soldier dies, two hurt as patrol comes under fire.")
    assert [(c.status, c.count) for c in found.casualties] == [("injured", 2)]
    [inc] = found.incidents
    assert (inc.status, inc.count, inc.victim.side) == ("killed", 1, "GOV")


def test_an_incursion_fought_back_is_an_incident() -> None:
    [c] = extract("The ministry said it had repelled an attempted incursion near Zorak on Tuesday, claiming heavy "
                  "enemy losses.").incidents
    assert (c.status, c.count, c.period.start) == ("attack", None, "2024-02-27")


@pytest.mark.parametrize(("text", "status"), [
    ("Bandits stopped a bus near Koulikoro on Sunday and robbed the passengers before fleeing.", "attack"),
    ("Shots rang out in a hamlet near Dori late on Friday, residents said; nobody was hurt.", "attack"),
    ("Artillery hit three houses in a border village near Ijevan overnight, officials said.", "attack"),
    ("Small-arms fire damaged a clinic in a village near Goris on Monday, local officials said.", "attack"),
    ("A farmer was beaten to death by a vigilante patrol in Kayanza on Monday, relatives said.", "killed"),
    ("Kidnappers seized a trader on the road out of Gitega on Tuesday and are demanding a ransom.", "captured"),
    ("Police detained a local journalist at his home in Ngozi on Wednesday, his family said.", "captured"),
    ("Two houses in a border village near Noyemberyan were damaged by fire from enemy positions on Sunday. No "
     "residents were hurt.", "attack"),
])
def test_a_hold_up_a_beating_or_fire_that_hurt_nobody_is_an_incident(text: str, status: str) -> None:
    """Reports of a robbery on the road, shots or shells that hit houses, a beating, a detention: no count
    of people, yet an incident another report may count."""
    [inc] = extract(text).incidents
    assert inc.status == status


def test_one_person_killed_between_two_places_is_one_incident() -> None:
    """One death is one incident, whatever two divisions the sentence's places lie in (a city's edge and
    the rural commune beyond it)."""
    [inc] = extract("A gendarme was shot dead on the outskirts of Bujumbura when gunmen fired on a post in "
                    "Mutimbuzi, residents said.").incidents
    assert (inc.status, inc.count, inc.aggregate) == ("killed", 1, False)
    assert {p.name for p in inc.places} == {"Bujumbura", "Mutimbuzi"}


@pytest.mark.parametrize("text", [
    "Gunmen seized three engineers at a quarry near Okigwe on Monday and killed one of the soldiers escorting them.",
    "Bandits kidnapped four travellers near Funtua on Monday; one of the soldiers was shot dead.",
])
def test_one_of_a_group_is_one_person(text: str) -> None:
    """ "killing one of the police officers guarding them": one of a plural is a count of one, beside the
    count of the others the report gives."""
    found = extract(text)
    assert [(c.status, c.count) for c in found.casualties] == [("captured", 3 if "three" in text else 4)]
    [inc] = found.incidents
    assert (inc.status, inc.count, inc.victim.side) == ("killed", 1, "GOV")


def test_one_of_its_employees_is_not_told_a_civilian_by_the_noun() -> None:
    """ "one of its employees": whose employees the sentence says, not the noun."""
    [inc] = extract("The provincial administration said two guards were wounded and one of its employees was "
                    "killed when a bomb went off under his car in Melikhovo.").incidents
    assert (inc.status, inc.count) == ("killed", 1)
    assert inc.victim.side != "CIV"


def test_no_staff_hurt_tells_an_attack_not_the_hurt() -> None:
    """ "no staff were hurt" is nobody hurt, as "no one was hurt" is."""
    [inc] = extract("Gunmen burned a council office in Nkwerre on Sunday, but no staff were hurt.").incidents
    assert inc.status == "attack"


def test_the_killing_of_a_person_is_one_death_beside_the_arrests() -> None:
    """ "confirmed the killing of a traditional ruler ... two suspects had been arrested": the deed's
    object after "of" is one person, though the report counts the arrested."""
    found = extract("Police confirmed the killing of a traditional ruler in Ugep on Thursday and said two suspects "
                    "had been arrested.")
    assert [(c.status, c.count) for c in found.casualties] == [("captured", 2)]
    [inc] = found.incidents
    assert (inc.status, inc.count) == ("killed", 1)


def test_troops_are_a_group_not_one_person() -> None:
    """ "claims killing of Indonesian troops": troops are many, however the lexicon lacks "troop"."""
    [inc] = extract("Rebels claim killing of government troops near Wamena").incidents
    assert (inc.status, inc.count) == ("killed", None)
