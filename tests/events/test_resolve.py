"""store.resolve: the merge rules on hand-made features, no extraction, no database."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tolltrack.extract.sites import sites_of
from tolltrack.store.resolve import Features, Spot, place_score, same_name, score
from tolltrack.store.ways import _opposite_sides


def feats(day: str = "2024-05-12", *, text: str = "", unknown: set[str] | None = None,
          spots: list[Spot] | None = None, perp: set[str] | None = None, victims: set[str] | None = None,
          doc: int = 1, names: set[str] | None = None) -> Features:
    return Features(day, day, documents={doc}, spots=spots or [], countries=set(),
                    perpetrators=perp or set(), victims=victims or {"CIV"},
                    event_type=("Violence against civilians", "Attack"), by_rule=True, text=text.casefold(),
                    names=names or set(), unknown=unknown or set())


REGION = Spot(None, "Mopti", None, "ML", 14.5, -4.2, "admin1")


def test_spellings_of_one_name() -> None:
    assert same_name("kabkabiya", "kebkabiya")
    assert same_name("tinzaouaten", "tin zaouatene")
    assert same_name("kadisau", "kadisau village")
    # Somali writes the Arabic "h" as "x"
    assert same_name("kaxda", "kahda district")
    assert same_name("belet xaawo", "beled hawo")
    assert same_name("axum", "aksum")  # (elsewhere an "x" is "ks")
    assert not same_name("axum", "akum")
    assert not same_name("kaxda", "kaaraan")
    assert not same_name("ogossagou", "diallassagou")
    assert not same_name("hajin", "hama")
    # the generic word after a name is no part of it, but "local government area" names a district
    assert same_name("tulkarm-area", "tulkarm")
    assert same_name("takum community", "takum")
    assert same_name("sumisip town", "sumisip")
    assert not same_name("igabi local government area", "kajuru local government area")
    # one vowel heard two ways; but a bare landmark word is no part of a name
    assert same_name("baleli", "balili")
    assert not same_name("baleli", "balilo")
    assert not same_name("gate", "lions' gate")
    # each vowel sound spelled its own way inside the name (but not the vowel it ends with: "balilo" above)
    assert same_name("al-shuhayl", "al-shaheel")


def test_the_same_unknown_village_merges_two_reports() -> None:
    a = feats(text="gunmen killed 23 villagers in kadisau", unknown={"kadisau"}, doc=1)
    b = feats(text="gunmen killed at least 20 people in kadisau, katsina", unknown={"kadisau"}, doc=2)
    assert place_score(a, b) == 2.0
    assert score(a, b) is not None


def test_two_unknown_villages_of_one_region_are_two_incidents() -> None:
    a = feats(text="jihadists killed seven civilians in ogossagou", unknown={"ogossagou"}, spots=[REGION], doc=1)
    b = feats(text="armed men killed nine villagers in diallassagou", unknown={"diallassagou"}, spots=[REGION],
              doc=2)
    assert place_score(a, b) is None


def test_an_area_or_a_street_is_no_second_village() -> None:
    # a valley, a lake or a road holds villages: it does not gainsay the village the other names
    a = feats(text="bandits killed four herders in chesegon", unknown={"chesegon"}, spots=[REGION], doc=1)
    b = feats(text="four herders shot dead in the kerio valley", unknown={"kerio valley"}, spots=[REGION], doc=2)
    assert place_score(a, b) is not None
    c = feats(text="a grenade hit a shop on mission road", unknown={"mission road"}, spots=[REGION], doc=2)
    assert place_score(a, c) is not None
    # but a street in a town the other report does not name is another place
    town = Spot(5, "Mopti", None, "ML", 14.49, -4.19, "exact")
    d = feats(text="a bomb hit a patrol on mission road in sevare", unknown={"mission road"}, spots=[town],
              names={"sevare"}, doc=2)
    assert place_score(a, d) is None


def test_two_districts_of_one_province_are_two_incidents() -> None:
    dangam = Spot(7, "Kunar", "Dangam", "AF", 34.9, 71.4, "admin2")
    a = feats(spots=[dangam], doc=1)
    b = feats(unknown={"sirkanay district"}, doc=2)
    assert place_score(a, b) is None


def test_an_unknown_district_named_in_both_reports() -> None:
    a = feats(text="in mozogo, mayo-tsanaga department", unknown={"mozogo", "mayo-tsanaga department"}, doc=1)
    b = feats(text="a locality of mayo-tsanaga department", unknown={"mayo-tsanaga department"}, doc=2)
    assert place_score(a, b) == 1.5


def test_reports_naming_different_days_differ_unless_at_night() -> None:
    town = Spot(3, "North Darfur", None, "SD", 13.6, 25.3, "exact")
    a = feats("2024-05-12", text="shelling killed 12 civilians on sunday", spots=[town], doc=1)
    b = feats("2024-05-11", text="shelling killed nine civilians on saturday", spots=[town], doc=2)
    assert score(a, b) is None
    night = feats("2024-05-11", text="shelling killed nine civilians late on saturday night", spots=[town], doc=2)
    assert score(a, night) is not None


@pytest.mark.parametrize(("earlier", "later", "one"), [
    ("gunmen killed two guards late on friday", "gunmen killed two guards on saturday", True),
    ("gunmen killed two guards on friday", "gunmen killed two guards before dawn on saturday", True),
    ("gunmen killed two guards on friday", "the two guards killed the night before, on saturday", True),
    ("gunmen killed two guards on friday evening", "gunmen killed two guards on saturday night", False),
    ("gunmen killed two guards late on friday", "gunmen killed two guards on saturday night", False),
    ("gunmen killed two guards on friday evening", "gunmen killed two guards on saturday", False),
    ("gunmen killed two guards early on friday", "gunmen killed two guards on saturday", False),
])
def test_a_night_runs_from_the_late_part_of_one_day_into_the_early_part_of_the_next(
        earlier: str, later: str, one: bool) -> None:
    town = Spot(3, "North Darfur", None, "SD", 13.6, 25.3, "exact")
    a = feats("2024-05-10", text=earlier, spots=[town], doc=1)
    b = feats("2024-05-11", text=later, spots=[town], doc=2)
    assert (score(a, b) is not None) is one
    assert (score(b, a) is not None) is one


def test_jihadist_attributions_do_not_contradict_each_other() -> None:
    town = Spot(3, "Tillaberi", None, "NE", 14.2, 1.4, "exact")
    a = feats(spots=[town], perp={"JIH"}, doc=1)
    b = feats(spots=[town], perp={"ISIS"}, doc=2)
    assert score(a, b) is not None
    assert score(a, feats(spots=[town], perp={"GOV"}, doc=2)) is None
    assert score(feats(spots=[town], perp={"OPP"}, doc=1), b) is not None  # "ADF rebels" / "ADF fighters"


def test_the_same_manner_of_killing_agrees_like_a_site() -> None:
    """ "shot dead by a sniper" / "killed by sniper fire" in one city on one day: one killing, though
    neither report names the district of the other and both count one dead."""
    from tolltrack.store.wording import manners_of

    assert manners_of("a woman was shot dead by a sniper on tuesday") == {"sniper"}
    assert manners_of("two men were stabbed and a third hanged") == {"blade", "hanging"}
    assert manners_of("gunmen on a motorbike shot dead a trader") == set()  # (too common to tell)
    taiz = Spot(3, "Taiz", None, "YE", 13.58, 44.02, "exact")
    a = feats(text="a woman was shot dead by a sniper on tuesday while fetching water in northern taiz",
              spots=[taiz], names={"taiz"}, victims={"UNK"}, doc=1)
    b = feats(text="woman killed by gunfire in taiz city while carrying water on tuesday", spots=[taiz],
              names={"taiz"}, victims={"UNK"}, doc=2)
    a.toll = b.toll = 1
    a.toll_status = b.toll_status = "killed"
    a.uncounted = b.uncounted = "killed"
    assert score(a, b) is None  # one dead in one city on one day: nothing else agrees
    b.text = "woman killed by sniper fire in taiz city while carrying water on tuesday"
    assert score(a, b) is not None


def test_sites_are_what_was_hit_not_who_spoke() -> None:
    assert sites_of("a passenger bus hit a landmine on the road") == {"vehicle"}
    assert sites_of("a suicide blast at a fish market killed 14") == {"market"}
    assert sites_of("killing nine people, hospital officials said") == set()
    assert sites_of("a charity said, citing the hospital it supports") == set()


def test_different_sites_or_parts_of_the_day_are_different_incidents() -> None:
    city = Spot(5, "Kharkiv Oblast", None, "UA", 50.0, 36.2, "exact")
    plant = feats(text="a missile struck an industrial plant in the city on thursday morning", spots=[city], doc=1)
    homes = feats(text="bombs hit a residential area of the city on thursday evening", spots=[city], doc=2)
    assert score(plant, homes) is None
    homes_morning = feats(text="bombs hit an industrial plant of the city on thursday", spots=[city], doc=2)
    assert score(plant, homes_morning) is not None


def test_attack_and_clash_differ_only_by_what_the_victims_are_called() -> None:
    region = Spot(None, "Benue", None, "NG", 7.7, 8.5, "admin1")
    attack = feats(text="herdsmen attacked a community, killing 17 villagers", spots=[region], doc=1)
    clash = Features("2024-05-12", "2024-05-12", documents={2}, spots=[region], victims={"UNK"},
                     event_type=("Battles", "Armed clash"), by_rule=True, text="gunmen kill 19 in attack")
    assert score(attack, clash) is not None
    soldiers = Features("2024-05-12", "2024-05-12", documents={2}, spots=[region], victims={"GOV"},
                        event_type=("Battles", "Armed clash"), by_rule=True, text="gunmen kill 19 soldiers in attack")
    assert score(attack, soldiers) is None


def test_a_report_that_says_only_the_country_needs_nearly_everything_else() -> None:
    town = Spot(9, "Segou", None, "ML", 14.3, -5.9, "exact")
    mali = Spot(10, None, None, "ML", 12.6, -8.0, "country")
    a = Features("2021-10-05", "2021-10-05", documents={1}, spots=[town], victims={"CIV"},
                 event_type=("Explosions/Remote violence", "Remote explosive/landmine/IED"), by_rule=True,
                 text="a passenger bus hit a landmine near niono, killing 11 passengers")
    b = Features("2021-10-01", "2021-10-07", documents={2}, spots=[mali], victims={"CIV"},
                 event_type=("Explosions/Remote violence", "Remote explosive/landmine/IED"), by_rule=True,
                 text="10 passengers killed as bus hits explosive device in central mali", dated=False)
    assert place_score(a, b) == 0.0
    assert score(a, b) is not None  # victims, type and site agree, and b gives no day of its own
    b.text = "10 people killed as explosive device goes off in central mali"
    b.victims = {"UNK"}
    assert score(a, b) is None


def test_spellings_found_in_the_other_report_text() -> None:
    assert same_name("aitaroun", "aytaroun")
    assert same_name("el fasher", "al-fashir")
    assert same_name("téra", "tera")
    town = Spot(4, "North Darfur", None, "SD", 13.6, 25.3, "exact")
    sudan = Spot(11, None, None, "SD", 15.5, 32.5, "country")
    a = feats("2024-06-13", text="rsf shelling of the main market in el fasher killed 15 civilians", spots=[town],
              names={"el fasher"}, doc=1)
    b = feats("2024-06-13", text="sudan: 17 killed as shells hit al-fashir market", spots=[sudan], doc=2)
    assert place_score(a, b) == 2.0


def test_close_tolls_count_as_agreement_when_the_place_is_vague() -> None:
    county = Spot(12, "Mandera", None, "KE", 3.9, 41.8, "admin1")
    kenya = Spot(13, None, None, "KE", 0.0, 38.0, "country")
    ied = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    a = Features("2023-06-13", "2023-06-13", documents={1}, spots=[county], victims={"GOV"}, event_type=ied,
                 by_rule=True, text="eleven police officers were killed by an ied", toll=11)
    b = Features("2023-06-10", "2023-06-14", documents={2}, spots=[kenya], victims={"GOV"}, event_type=ied,
                 by_rule=True, text="roadside bomb kills at least 13 officers in kenya", dated=False, toll=13)
    assert score(a, b) is not None
    b.toll = 40
    assert score(a, b) is None
    a.toll, b.toll = 4, 5  # small tolls are alike by chance: no evidence
    assert score(a, b) is None


def test_a_headline_that_names_the_governorate_without_a_cue() -> None:
    county = Spot(14, "Lamu County", None, "KE", -2.3, 40.9, "admin1")
    ied = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    a = Features("2022-03-29", "2022-03-29", documents={1}, spots=[county], victims={"GOV"}, event_type=ied,
                 by_rule=True, text="four soldiers were killed by an ied in the boni forest, lamu county", toll=4)
    b = Features("2022-03-26", "2022-03-30", documents={2}, victims={"GOV"}, event_type=ied, by_rule=True,
                 text="al-shabaab claims lamu landmine attack that killed five kenyan soldiers", dated=False, toll=5)
    assert place_score(a, b) == 1.0
    assert score(a, b) is not None


def test_two_places_of_one_named_district_are_two_incidents() -> None:
    kumbo = Spot(15, "North-West Region", None, "CM", 6.2, 10.7, "exact")
    a = feats(text="separatists killed 3 civilians in jakiri, bui division", unknown={"jakiri", "bui division"},
              doc=1)
    b = feats(text="gunmen killed 4 people in kumbo, bui division", unknown={"bui division"}, spots=[kumbo],
              names={"kumbo"}, doc=2)
    assert place_score(a, b) is None
    c = feats(text="gunmen killed 4 people in bui division", unknown={"bui division"}, doc=2)
    assert place_score(a, c) == 1.5


def test_two_unknown_villages_near_one_known_town_are_two_incidents() -> None:
    bankass = Spot(16, "Mopti", None, "ML", 14.08, -3.52, "exact")
    a = feats(text="gunmen attacked diallassagou village in bankass cercle", unknown={"diallassagou"},
              spots=[bankass], names={"bankass"}, doc=1)
    b = feats(text="12 people were killed in an attack on ogossagou in the bankass area", unknown={"ogossagou"},
              spots=[bankass], names={"bankass"}, doc=2)
    assert place_score(a, b) is None


def test_names_match_as_whole_words_and_in_any_spelling() -> None:
    assert same_name("elwak", "el wak")
    assert same_name("diban", "thiban")  # ذيبان: d, dh, th
    assert same_name("rueso", "ruesoh")
    bor = feats(text="gunmen killed 4 travellers south of bor town", names={"bor"}, doc=1)
    pibor = feats(text="armed youth killed 21 people in a raid on gumuruk, greater pibor", unknown={"gumuruk"},
                  doc=2)
    assert place_score(bor, pibor) != 2.0  # "Bor" is not named in "Greater Pibor"


def test_large_close_tolls_say_more_than_small_ones() -> None:
    from tolltrack.store.tolls import _counts_agree

    def toll(n: int, doc: int) -> Features:
        f = feats(doc=doc)
        f.toll = n
        return f

    assert _counts_agree(toll(134, 1), toll(160, 2)) == 3  # one massacre, two counts
    assert _counts_agree(toll(30, 1), toll(38, 2)) == 2
    assert _counts_agree(toll(11, 1), toll(13, 2)) == 1
    assert _counts_agree(toll(4, 1), toll(5, 2)) == 0  # small tolls near each other are alike by chance
    assert _counts_agree(toll(2, 1), toll(2, 2)) == 1  # the same small count exactly says a little
    assert _counts_agree(toll(1, 1), toll(1, 2)) == 0  # (one dead says nothing)
    assert _counts_agree(toll(20, 1), toll(45, 2)) == 0


def test_a_generic_attack_fits_any_type_a_specific_word_does_not() -> None:
    from tolltrack.store.resolve import types_compatible

    suicide = feats(doc=1)
    suicide.event_type = ("Explosions/Remote violence", "Suicide bomb")
    attack = feats(doc=2)
    attack.event_type, attack.generic_type = ("Battles", "Armed clash"), True  # "TTP claims attack"
    assert types_compatible(suicide, attack)
    attack.generic_type = False  # "clashes", "gunmen opened fire"
    assert not types_compatible(suicide, attack)
    overran = feats(doc=3)
    overran.event_type = ("Battles", "Non-state actor overtakes territory")  # as data/event_types.toml files it
    assert types_compatible(attack, overran)  # "clashes" / "took over positions"


def test_a_report_whose_words_name_both_types_fits_either() -> None:
    from tolltrack.store.resolve import types_compatible

    clash = feats(text="a heavy exchange of fire between troops and militants in the valley", doc=1)
    clash.event_type = ("Battles", "Armed clash")
    shelling = feats(text="troops and militants traded mortar fire near the pass for a second day", doc=2)
    shelling.event_type = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert not types_compatible(clash, shelling)
    shelling.text = "troops and militants clashed near the pass for a second day, reporting mortar fire"
    assert types_compatible(clash, shelling)  # ("clashed": the clash's own word)
    shelling.text = "militants attacked the pass, reporting mortar fire"
    assert not types_compatible(clash, shelling)  # ("attacked" is any type's word)


def test_a_border_clash_told_from_each_side_is_one_incident() -> None:
    """Each side places it at home; each names the other's forces."""
    batken = Spot(11, "Batken", None, "KG", 39.9, 70.8, "admin1")
    sughd = Spot(12, "Sughd", None, "TJ", 40.3, 69.6, "admin1")
    a = feats(text="one kyrgyz border guard was killed in a shootout with tajik forces near kok-tash, batken",
              spots=[batken], unknown={"kok-tash"}, victims={"GOV"}, doc=1)
    b = feats(text="tajikistan says kyrgyz troops opened fire first near vorukh, isfara district; one dead",
              spots=[sughd], unknown={"vorukh"}, victims={"GOV"}, doc=2)
    a.countries, b.countries = {"KG"}, {"TJ"}
    assert score(a, b) is not None or place_score(a, b) is None  # (the country check lets them through)
    from tolltrack.extract.countries import countries_named

    assert countries_named(a.text) == {"KG", "TJ"}
    assert countries_named("jihadists killed 10 soldiers near boulkessi, close to the border with burkina faso") \
        == set()  # a neighbour, not where it happened
    assert "TD" not in countries_named("militants killed eight fishermen on the cameroonian shore of lake chad")


def test_one_town_name_read_in_two_countries_is_one_town() -> None:
    lebanon = Spot(1, "North Lebanon", None, "LB", 34.43, 35.84, "exact")
    libya = Spot(2, "Tripoli District", None, "LY", 32.89, 13.19, "exact")
    a = feats(text="clashes in tripoli's ain zara district killed at least 19 people", spots=[lebanon],
              names={"tripoli"}, victims={"UNK"}, doc=1)
    b = feats(text="libyan emergency service says 21 dead in southern tripoli fighting", spots=[libya],
              names={"tripoli"}, victims={"UNK"}, doc=2)
    a.countries, b.countries = {"LB"}, {"LY"}
    assert place_score(a, b) == 2.0
    c = feats(text="a strike in sirte killed 21", spots=[Spot(3, None, None, "LY", 31.2, 16.6, "exact")],
              names={"sirte"}, victims={"UNK"}, doc=3)
    c.countries = {"LY"}
    assert score(a, c) is None  # different names, different countries


def test_a_hideout_is_not_a_mosque() -> None:
    assert sites_of("an airstrike killed 7 bandits at a hideout near maru") == {"hideout"}
    assert sites_of("gunmen killed 5 worshippers in an attack on a mosque in maru") == {"mosque"}


def test_a_count_announced_days_later_names_the_day_of_the_count() -> None:
    a = feats("2015-04-02", text="al-shabaab gunmen stormed a university in garissa on thursday, killing 147 people",
              spots=[REGION], doc=1)
    b = feats("2015-04-03", text="the death toll from the siege of a university campus in garissa rose to 148 on "
              "friday", spots=[REGION], doc=2)
    from tolltrack.store.resolve import dates_overlap

    assert dates_overlap(a, b)
    b.text = "gunmen stormed a college in garissa on friday, killing 148"
    assert not dates_overlap(a, b)


def test_a_town_may_stand_for_the_district_named_after_it() -> None:
    a = feats(text="at least 69 people, including the mayor of banibangou, were killed in an ambush",
              names={"banibangou"}, victims={"UNK"}, doc=1)
    b = feats(text="around 70 people were killed near adab-dab in banibangou department",
              unknown={"adab-dab", "banibangou department"}, victims={"UNK"}, doc=2)
    assert place_score(a, b) == 1.5
    c = feats(text="separatists killed two gendarmes in jakiri, bui division", names={"jakiri"}, doc=3)
    d = feats(text="soldiers were killed in kumbo, bui division", unknown={"kumbo", "bui division"}, doc=4)
    assert place_score(c, d) is None


def test_two_reports_naming_one_district_agree_though_one_adds_a_village() -> None:
    seat = Spot(7, "Zamfara", "Maru", "NG", 12.33, 6.40, "admin2")
    village = Spot(8, "Zamfara", None, "NG", 11.45, 6.25, "exact")  # some 100 km from the seat
    a = feats(text="bandits killed 8 villagers in dansadau, maru local government area", spots=[village, seat],
              names={"dansadau"}, doc=1)
    a.districts_named = {"maru local government area"}
    b = feats(text="ten people were killed when bandits raided a community in maru lga", spots=[seat], doc=2)
    b.districts_named = {"maru lga"}
    assert place_score(a, b) == 1.5


def test_one_massacre_under_two_unknown_names_when_the_tolls_are_large_and_close() -> None:
    a = feats(text="gunmen killed at least 200 ethnic amhara in tole kebele", unknown={"tole"}, doc=1)
    b = feats(text="more than 230 killed in gimbi massacre", unknown={"gimbi"}, doc=2)
    a.toll, b.toll = 200, 230
    assert place_score(a, b) is None
    assert score(a, b) is not None
    a.toll, b.toll = 7, 9  # two villages, two small attacks
    assert score(a, b) is None


def test_tolls_far_apart_keep_two_parts_of_one_governorate_apart() -> None:
    kabul = Spot(None, "Kabul", None, "AF", 34.5, 69.2, "admin1")
    a = feats(text="three explosions near a high school in kabul's dasht-e-barchi area killed six people",
              spots=[kabul], unknown={"dasht-e-barchi"}, doc=1)
    b = feats(text="a magnetic bomb exploded in kabul's karte parwan district, killing two officers",
              spots=[kabul], unknown={"karte parwan district"}, doc=2)
    for f in (a, b):
        f.event_type = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    a.toll, b.toll = 6, 2
    assert score(a, b) is None
    b.toll = 5
    assert score(a, b) is not None


def test_a_car_is_a_vehicle() -> None:
    assert sites_of("an israeli drone strike on a car in nabatieh killed 2 people") == {"vehicle"}


def test_two_villages_near_one_town_are_two_places() -> None:
    a = feats(text="boko haram killed five villagers in tolkomari, near kolofata", unknown={"tolkomari", "kolofata"},
              doc=1)
    b = feats(text="jihadists killed three civilians in kerawa, kolofata district",
              unknown={"kerawa", "kolofata district"}, doc=2)
    assert place_score(a, b) is None


def test_tolls_far_apart_in_one_village_are_two_incidents_unless_they_count_different_things() -> None:
    a = feats(text="codeco militiamen killed 14 civilians in fataki", unknown={"fataki"}, doc=1)
    b = feats(text="two soldiers were killed when a militia attacked an army position in fataki",
              unknown={"fataki"}, victims={"GOV"}, doc=2)
    a.toll, b.toll, a.toll_status, b.toll_status = 14, 2, "killed", "killed"
    assert score(a, b) is None
    b.toll, b.toll_status = 45, "captured"  # 40 abducted and one killed / 45 kidnapped
    a.toll = 1
    from tolltrack.store.resolve import _counts_clash

    assert not _counts_clash(a, b)


def test_an_unknown_name_after_a_direction_is_an_area_not_a_village() -> None:
    a = feats(text="two soldiers were killed in a gunfight at redwani payeen village", unknown={"redwani payeen"},
              doc=1)
    b = feats(text="two soldiers made the supreme sacrifice in south kashmir", unknown={"south kashmir"}, doc=2)
    assert place_score(a, b) == 0.0  # nothing to go by: not two different villages


def test_a_car_bomb_is_a_weapon_not_a_site() -> None:
    assert sites_of("nearly 30 dead in beledweyn car bomb attack") == frozenset()
    assert sites_of("a suicide car bomber struck a checkpoint in beledweyne") == {"military_post"}


def test_a_town_one_report_reads_and_the_other_does_not_is_one_town() -> None:
    from tolltrack.store.resolve import _same_town_name

    a = feats(text="a car bomb in jarablus killed 13 civilians", unknown={"jarablus"}, doc=1)
    b = feats(text="fifteen people were killed in an explosion in jarablus", names={"jarablus"}, doc=2)
    assert _same_town_name(a, b)


def test_a_township_and_its_town_read_abroad_are_one_place() -> None:
    """ "Kalor township" (unknown, in Myanmar) and "Kalor" read by the gazetteer as a city abroad: one
    name, so no conflict of countries; and the town's area is where the township lies."""
    from tolltrack.store.resolve import _same_town_name, country_conflict

    myanmar = Spot(None, "Sagaing", None, "MM", 22.0, 95.0, "admin1")
    abroad = Spot(4, "Gifu", None, "JP", 35.4, 137.0, "exact")
    a = Features("2023-05-16", "2023-05-16", documents={1}, spots=[myanmar], countries={"MM"}, victims={"CIV"},
                 event_type=("Explosions/Remote violence", "Air/drone strike"), by_rule=True,
                 text="air strikes killed 11 people in kalor township, sagaing region", unknown={"kalor township"})
    b = Features("2023-05-17", "2023-05-17", documents={2}, spots=[abroad], countries={"JP"}, victims={"CIV"},
                 event_type=("Explosions/Remote violence", "Air/drone strike"), by_rule=True,
                 text="junta jets bomb nyaung ywa village in kalor area; 13 dead", names={"kalor area", "kalor"},
                 unknown={"nyaung ywa"})
    assert _same_town_name(a, b) and not country_conflict(a, b)
    # a town no gazetteer knows, spelled like the district the other report's town was read in
    c = feats(text="a bomb in a tea shop exploded in the border town of bolow, killing four", unknown={"bolow"})
    d = feats(text="an explosion ripped through a cafe in boolow, near the border, killing three", doc=2,
              spots=[Spot(7, "Gedo", "Boolow", "SO", None, None, "admin2")])
    d.districts_named = {"boolow"}
    assert place_score(c, d) == 1.5


def test_a_village_of_a_district_and_a_place_near_the_districts_town_may_be_one() -> None:
    """ "Kiru village, Malo district" / "a village about 30 km from Malo town": the town only points the
    way, so the unknown village may be the place; a village and the town itself are two places."""
    seat = Spot(1, "Cabo Delgado", None, "MZ", -12.2, 40.1, "near")
    district = Spot(2, "Cabo Delgado", "Malo", "MZ", -12.2, 40.1, "admin2")
    a = feats(text="seven people were killed in an attack on the village of kiru, malo district",
              unknown={"kiru"}, spots=[district])
    a.districts_named = {"malo district", "malo"}
    b = feats(text="armed men killed six people in a raid on a village about 30 km from malo town", doc=2,
              names={"malo town", "malo"}, spots=[seat])
    assert place_score(a, b) is not None
    b.spots = [replace(seat, precision="exact")]
    b.text = "armed men killed six people in a raid on malo town"
    assert place_score(a, b) is None


def test_a_vague_report_in_the_same_country_needs_two_agreements_a_named_village_three() -> None:
    kenya = Spot(None, None, None, "KE", 0.5, 38.0, "country")
    mandera = Spot(None, "Mandera County", None, "KE", 3.9, 41.8, "admin1")
    ied = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    a = Features("2023-06-13", "2023-06-13", documents={1}, spots=[mandera], countries={"KE"}, victims={"GOV"},
                 event_type=ied, by_rule=True, text="five police officers were killed by an ied near elwak",
                 unknown={"elwak"}, toll=5)
    b = Features("2023-06-12", "2023-06-14", documents={2}, spots=[kenya], countries={"KE"}, victims={"GOV"},
                 event_type=ied, by_rule=True, text="roadside bomb kills at least four officers in north-eastern kenya",
                 dated=False, toll=4)
    assert score(a, b) is not None
    b.unknown = {"baure"}  # the other report names a village of its own: not enough
    assert score(a, b) is None


def test_a_raised_toll_counts_as_agreement_and_large_tolls_may_grow() -> None:
    kenya = Spot(13, None, None, "KE", 0.0, 38.0, "country")
    city = Spot(14, "Nairobi Area", None, "KE", -1.28, 36.82, "exact")
    a = Features("2023-06-13", "2023-06-13", documents={1}, spots=[city], victims={"CIV"},
                 event_type=("Violence against civilians", "Attack"), by_rule=True, names={"nairobi"},
                 text="gunmen attacked a hotel in nairobi on tuesday, killing at least 15 people", toll=15,
                 published="2023-06-13")
    b = Features("2023-06-13", "2023-06-13", documents={2}, spots=[kenya], victims={"UNK"},
                 event_type=("Violence against civilians", "Attack"), by_rule=False, generic_type=True,
                 text="kenya: death toll from tuesday's siege at a hotel rises to 21", toll=21, published="2023-06-15")
    b.countries, a.countries = {"KE"}, {"KE"}
    assert score(a, b) is not None  # the place is vague, the hotel and a toll raised from 15 to 21 agree
    b.text, b.published = "kenya: 21 killed in tuesday's siege", "2023-06-13"
    assert score(a, b) is None  # without the raise and the hotel, nothing but the country agrees (told the
    b.published = "2023-06-15"  # same day); told two days later, the toll has grown as tolls do
    assert score(a, b) is not None
    # 8 on the day and 21 two days later in one hotel: not a clash; the same tolls on one day are
    a.spots, b.spots = [city], [Spot(15, "Nairobi Area", None, "KE", -1.26, 36.80, "exact")]  # 3 km apart
    assert score(a, b) is not None
    a.toll, b.published = 8, "2023-06-13"
    assert score(a, b) is None


def test_more_kinds_of_site_and_late_is_evening() -> None:
    assert sites_of("a car bomb exploded at the police academy") == {"school"}
    assert sites_of("the attack on the international airport") == {"airport"}
    a = feats(text="three men were shot dead on friday morning", spots=[REGION])
    b = feats(text="three men were shot dead on friday", doc=2, spots=[REGION])
    assert score(a, b) is not None
    b.text = "three men were shot dead late on friday"
    assert score(a, b) is None  # morning and late evening: two incidents


def test_a_truck_packed_with_explosives_is_a_bomb() -> None:
    from tolltrack.store.event_types import type_rules

    text = "A truck packed with explosives blew up at a junction, killing 20 people."
    first = next(rule for rule in type_rules() if rule.pattern.search(text))
    assert (first.sub_event_type, first.specific is None or bool(first.specific.search(text))) == \
        ("Remote explosive/landmine/IED", True)


def test_a_glide_bomb_is_dropped_from_the_air_however_it_is_written() -> None:
    from tolltrack.store.event_types import type_rules

    for text in ("Russian aircraft dropped guided bombs on the city.", "A guided-bomb attack on the city.",
                 "Glide bomb attack on the city: one dead.", "A KAB hit the town."):
        first = next(rule for rule in type_rules() if rule.pattern.search(text))
        assert first.sub_event_type == "Air/drone strike", text


def test_a_bomb_with_gunfire_is_the_ambush_another_report_tells() -> None:
    from tolltrack.store.resolve import types_compatible

    bomb = feats(text="insurgents set off a roadside bomb and then opened fire on the patrol", doc=1)
    bomb.event_type = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    clash = feats(text="rangers in a firefight; two dead", doc=2)
    clash.event_type = ("Battles", "Armed clash")
    assert types_compatible(bomb, clash)
    bomb.text = "a roadside bomb hit the patrol"
    assert not types_compatible(bomb, clash)  # a bomb alone and a firefight: two incidents
    # an ambush on a road is often sprung with mines, and a bomb that hit a convoy "under fire" was one
    clash.text = "rebels ambushed a supply convoy, killing eight soldiers"
    assert types_compatible(bomb, clash)
    clash.text = "rangers in a firefight; two dead"
    bomb.text = "their truck struck an explosive device and came under fire"
    assert types_compatible(bomb, clash)


def test_a_fuel_station_is_a_petrol_station_and_a_camp_may_be_a_base() -> None:
    from tolltrack.store.resolve import _sites_agree

    assert sites_of("a missile struck a fuel station in marib") == sites_of("hit a petrol station in marib city")
    camp = feats(text="killed in an attack on its camp at tessit")
    base = feats(text="the attack on an army base in the gao region", doc=2)
    assert _sites_agree(camp, base) is None  # kindred, not different


def test_arrests_after_an_attack_do_not_make_it_an_arrest() -> None:
    from tolltrack.store.event_types import type_rules

    arrests = next(rule for rule in type_rules() if rule.sub_event_type == "Arrests")
    assert "killed" in arrests.unless_status


def test_a_gold_mine_is_no_landmine_and_no_arrests_is_no_arrest() -> None:
    from tolltrack.store.event_types import type_rules

    def first(text: str) -> str:
        return next(rule.sub_event_type for rule in type_rules() if rule.pattern.search(text))

    assert first("CODECO fighters attacked a gold mine close to Mongbwalu") == "Attack"
    assert first("two soldiers stepped on a mine near the border") == "Remote explosive/landmine/IED"
    assert first("five were hurt when an explosive went off near a hotel") == "Remote explosive/landmine/IED"


def test_what_did_not_happen_types_no_event() -> None:
    from tolltrack.store.event_types import _NEGATED

    text = "Armed attack on a police base leaves one agent injured; no arrests"
    assert "arrest" not in _NEGATED.sub(" ", text)
    assert "arrested" in _NEGATED.sub(" ", "Police arrested two suspects")


def test_a_grenade_and_an_explosion_may_be_one_blast() -> None:
    from tolltrack.store.resolve import types_compatible

    grenade, blast = feats(doc=1), feats(doc=2)
    grenade.event_type = ("Explosions/Remote violence", "Grenade")  # "lobbed a hand grenade"
    blast.event_type = ("Explosions/Remote violence", "Remote explosive/landmine/IED")  # "the explosion occurred"
    assert types_compatible(grenade, blast)
    blast.event_type = ("Battles", "Armed clash")
    assert not types_compatible(grenade, blast)


def _typed(sentence: str, status: str = "killed", victim: str = "UNK") -> tuple[str, bool]:
    from tolltrack.store.events import ClaimRow, classify

    row = ClaimRow(1, 1, "d", None, None, status, 1, "exact", 1, 1, 1, victim, "", None, None, None, None, None,
                   None, None, None, False, None, None, 0, 0, sentence, None, None, sentence)
    choice = classify([row])
    return choice.sub_event_type, choice.generic


def test_a_blast_is_any_explosion_until_a_word_says_which() -> None:
    """ "explosions rocked a base" may be a drone's; "a grenade exploded" is a grenade."""
    assert _typed("Explosions rocked a militia base on Friday night, killing two fighters") == \
        ("Remote explosive/landmine/IED", True)
    assert _typed("A grenade exploded at a bus station on Monday, wounding six people", "injured") == \
        ("Grenade", False)
    assert _typed("Bomb kills three as fighting edges closer to the city")[0] == "Remote explosive/landmine/IED"
    assert _typed("A roadside bomb hit a patrol, killing two rangers") == ("Remote explosive/landmine/IED", False)


def test_a_tea_shop_is_a_cafe_not_a_market() -> None:
    assert sites_of("a bomb hidden in a tea shop exploded") == sites_of("blast at a mogadishu cafe kills six")
    assert sites_of("a bomb at a shop in the market") == {"market"}


def test_a_town_hall_is_not_a_motorcycle() -> None:
    assert sites_of("an israeli airstrike on the municipal headquarters in nabatieh") == {"government"}


def test_a_place_near_a_town_may_lie_further_from_it_and_a_night_runs_into_the_morning() -> None:
    from tolltrack.store.wording import _day_parts_agree

    moscow = Spot(1, "Moscow", None, "RU", 55.75, 37.62, "near")  # "outside Moscow"
    krasnogorsk = Spot(2, "Moscow Oblast", None, "RU", 55.82, 37.33, "exact")  # 19 km away
    assert place_score(feats(spots=[moscow]), feats(spots=[krasnogorsk], doc=2)) == 2.0
    exact = Spot(1, "Moscow", None, "RU", 55.75, 37.62, "exact")
    assert place_score(feats(spots=[exact]), feats(spots=[krasnogorsk], doc=2)) is None
    assert _day_parts_agree("stormed the school overnight thursday into friday", "in the early hours of friday")
    assert sites_of("warplanes struck a poultry farm on the outskirts") == {"farm"}


def test_a_site_named_before_the_attack_and_a_bomb_that_is_only_the_weapon() -> None:
    assert sites_of("colombia blamed the eln for the police academy bombing") == {"school"}
    assert sites_of("islamic state claimed the church bombing in north kivu") == {"church"}
    assert sites_of("he drove a car bomb into the gate") == frozenset()
    assert sites_of("a gunman opened fire at a supermarket in buffalo") == {"market"}


def test_two_districts_read_as_districts_of_towns_are_two_places() -> None:
    manipur = Spot(None, "Manipur", None, "IN", 24.8, 93.9, "admin1")
    a = feats(spots=[manipur, Spot(7, "Manipur", None, "IN", 24.3, 93.7, "admin2")])
    a.districts_named = {"churachandpur district", "churachandpur"}
    b = feats(spots=[manipur, Spot(8, "Manipur", None, "IN", 24.6, 93.8, "admin2")], doc=2)
    b.districts_named = {"bishnupur district", "bishnupur"}
    assert place_score(a, b) is None


def test_where_the_wounded_remain_is_not_the_site() -> None:
    assert sites_of("the missile attack on the kramatorsk rail station; dozens remain in hospital") == {"railway"}


def test_two_halves_of_one_name_are_two_places() -> None:
    assert not same_name("north waziristan", "south waziristan")
    assert not same_name("maguindanao del sur", "maguindanao del norte")
    assert same_name("north waziristan", "waziristan")
    a = feats(text="security forces kill six militants in north waziristan's mir ali", unknown={"mir ali"}, doc=1)
    b = feats(text="six soldiers were killed when militants ambushed a convoy in south waziristan",
              unknown={"south waziristan"}, doc=2)
    assert place_score(a, b) is None


def test_the_lower_part_of_a_district_lies_in_it() -> None:
    """ "Lower South Waziristan" (a district no gazetteer knows) is part of the South Waziristan the
    other report names around its town; the upper and the lower part are two places."""
    a = feats(text="a tribal elder and two guards were shot dead in wana, south waziristan, on saturday",
              unknown={"wana", "south waziristan"}, doc=1)
    b = feats(text="gunmen killed a tribal elder and two companions in lower south waziristan's district "
                   "headquarters", unknown={"lower south waziristan"}, doc=2)
    assert place_score(a, b) is not None
    c = feats(text="gunmen killed a tribal elder and two companions in upper south waziristan",
              unknown={"upper south waziristan"}, doc=3)
    assert place_score(b, c) is None


def test_how_the_attackers_came_is_not_the_site_hit() -> None:
    assert sites_of("gunmen on motorcycles abducted 287 pupils from the school") == {"school"}
    assert sites_of("two men on a motorcycle were killed by a drone strike") == {"vehicle"}
    assert sites_of("armed men attacked an army post, killing four soldiers") == {"military_post"}
    assert sites_of("suicide bombers attack three churches on sunday") == {"church"}  # (plural in -es)
    assert sites_of("blast at university gym kills four") == {"school", "sport"}
    assert sites_of("a bomb went off in the gymnasium during mass") == {"sport"}


def test_one_telling_agreement_is_enough_when_both_say_the_country() -> None:
    city = Spot(9, "Kabul", None, "AF", 34.5, 69.2, "exact")
    a = Features("2022-09-30", "2022-09-30", documents={1}, spots=[city], countries={"AF"}, victims={"UNK"},
                 event_type=("Explosions/Remote violence", "Suicide bomb"), by_rule=True,
                 text="a suicide bomber struck a crowded tuition centre in kabul on friday, killing at least 19 people",
                 toll=19, toll_status="killed", published="2022-09-30")
    b = Features("2022-09-28", "2022-10-03", documents={2}, spots=[], countries={"AF"}, victims={"UNK"},
                 event_type=("Explosions/Remote violence", "Remote explosive/landmine/IED"), by_rule=True,
                 text="un says 53 killed in classroom bombing in afghanistan", dated=False, toll=53,
                 toll_status="killed", published="2022-10-03")
    assert score(a, b) is not None  # the kind of site hit, a school, agrees
    b.text = "un says 53 killed in bombing in afghanistan"
    assert score(a, b) is None  # nothing telling: the country and the day alone are not enough
    b.countries = set()
    b.text, b.toll = "un says 12 killed in classroom bombing", 12
    assert score(a, b) is None  # one of them names no country: two agreements are needed
    b.toll = 53  # ... such as a toll that grew as the dead were counted
    assert score(a, b) is not None
    # a report that names no country and no place: the site alone will do when no toll gainsays it
    b.text, b.toll, b.toll_status, b.uncounted = "un condemns classroom bombing", None, None, "attack"
    assert score(a, b) is not None
    b.unknown = {"dasht-e-barchi"}  # it names a place no gazetteer knows: that place must agree
    assert score(a, b) is None


def test_two_towns_neither_report_names_the_other_must_lie_close() -> None:
    rafah = Spot(31, "Gaza Strip", None, "PS", 31.297, 34.245, "exact")
    khan_younis = Spot(32, "Gaza Strip", None, "PS", 31.346, 34.306, "exact")  # about 8 km away
    a = feats(text="an air strike on a house in rafah killed nine people", spots=[rafah], names={"rafah"}, doc=1)
    b = feats(text="a strike hit a tent camp west of khan younis, killing seven", spots=[khan_younis],
              names={"khan younis"}, doc=2)
    assert place_score(a, b) is None
    b.text = "a strike hit a tent camp between khan younis and rafah, killing seven"
    assert place_score(a, b) == 2.0  # one report names the other's town: within MAX_KM will do


def test_another_zone_of_the_same_name_is_another_place() -> None:
    a = feats(text="gunmen killed nine civilians in a village of the kellem wollega zone", unknown={"kellem wollega"},
              doc=1)
    b = feats(text="ten people were killed when armed men raided a market town in west wollega zone",
              unknown={"west wollega"}, doc=2)
    assert place_score(a, b) is None


def test_bodies_found_and_a_fight_are_two_happenings() -> None:
    city = Spot(41, "Sinaloa", None, "MX", 24.8, -107.4, "exact")
    a = feats(text="five bodies were found dumped near a university campus in culiacan on monday", spots=[city],
              names={"culiacan"}, doc=1)
    b = feats(text="a shootout between cartel factions in culiacan leaves six dead", spots=[city], names={"culiacan"},
              doc=2)
    assert score(a, b) is None
    b.text = "the toll of the shootout in culiacan climbs to six as more bodies are found"
    a.text = "a shootout in culiacan killed five; the bodies were found on monday"
    assert score(a, b) is not None  # both tell of the fight


def test_the_centre_and_the_edge_of_one_town_are_two_places() -> None:
    town = Spot(42, "Aleppo", None, "SY", 36.5, 37.9, "exact")
    a = feats(text="a car bomb in central manbij kills four", spots=[town], names={"manbij"}, doc=1)
    b = feats(text="a car bomb on the outskirts of manbij kills four", spots=[town], names={"manbij"}, doc=2)
    assert score(a, b) is None
    b.text = "a car bomb in manbij kills four"
    assert score(a, b) is not None


def test_a_towns_urban_centre_and_its_rural_part_are_two_places() -> None:
    town = Spot(43, "Norte de Santander", None, "CO", 8.6, -72.7, "exact")
    a = feats(text="armed men killed three at a billiards hall in the urban centre of tibu", spots=[town],
              names={"tibu"}, doc=1)
    b = feats(text="three killed in attack on a home in campo dos, rural tibu", unknown={"campo dos"}, doc=2)
    assert score(a, b) is None
    b.text = "three killed in attack on a home in campo dos, tibu"
    assert score(a, b) is not None


def test_a_town_is_not_named_by_the_district_named_after_it() -> None:
    """ "near Mambasa town" / "Biakato, Mambasa territory": a village of the territory, not the town."""
    a = feats(text="mai-mai fighters attacked a mining site near mambasa town, killing two", unknown={"mambasa"},
              doc=1)
    b = feats(text="adf rebels attacked biakato, mambasa territory, killing four civilians",
              unknown={"biakato", "mambasa territory"}, doc=2)
    assert place_score(a, b) is None
    a.text = "mai-mai fighters attacked a mining site near mambasa, killing two"
    assert place_score(a, b) == 2.0  # ("Ituri's Mambasa" may well mean the territory)


def test_a_report_of_dead_and_one_of_nobody_killed_are_two_incidents() -> None:
    town = Spot(44, "Nangarhar", None, "AF", 34.43, 70.45, "exact")
    a = feats(text="an explosion hit a taliban patrol vehicle in jalalabad on saturday, killing two people",
              spots=[town], names={"jalalabad"}, victims={"UNK"}, doc=1)
    b = feats(text="blast targets taliban pickup in jalalabad on saturday, wounding three; no one was killed",
              spots=[town], names={"jalalabad"}, victims={"UNK"}, doc=2)
    a.toll, a.toll_status, b.toll, b.toll_status = 2, "killed", 3, "injured"
    assert score(a, b) is None
    b.text = "blast targets taliban pickup in jalalabad on saturday, wounding three"
    assert score(a, b) is not None


def test_numbered_quarters_of_a_city_are_two_places() -> None:
    city = Spot(None, "Kabul", None, "AF", 34.5, 69.2, "admin1")
    a = feats(text="a magnetic bomb exploded in kabul's police district 4 on tuesday, wounding two officers",
              spots=[city], victims={"GOV"}, doc=1)
    b = feats(text="sticky bomb wounds two officers in kabul's police district 11 on tuesday", spots=[city],
              victims={"GOV"}, doc=2)
    a.toll = b.toll = 2
    a.toll_status = b.toll_status = "injured"
    assert score(a, b) is None
    b.text = "sticky bomb wounds two officers in kabul's pd4 on tuesday"
    assert score(a, b) is not None


def test_the_same_office_of_the_dead_is_an_agreement_for_a_report_with_no_toll() -> None:
    """ "shot dead a sarpanch and his wife" / "TRF claims killing of sarpanch and wife": the victims' offices agree;
    who speaks ("officials said") is no victim."""
    from tolltrack.store.wording import _roles

    town = Spot(45, "Jammu and Kashmir", None, "IN", 33.73, 75.15, "exact")
    a = feats(text="militants shot dead a sarpanch and his wife in anantnag on monday", spots=[town],
              names={"anantnag"}, victims={"UNK"}, doc=1)
    b = feats(text="trf claims killing of sarpanch and wife in anantnag", spots=[town], names={"anantnag"},
              victims={"UNK"}, doc=2)
    a.uncounted = b.uncounted = "killed"
    assert score(a, b) is not None
    b.text = "trf claims killing of a shopkeeper in anantnag"
    assert score(a, b) is None
    assert _roles("a local official said two people were killed") == set()
    assert _roles("a district official was killed") == {"official"}
    # one office, two words for it (data/roles.toml)
    assert _roles("a senior tax official was shot dead") == _roles("revenue officer assassinated") == {"official"}
    assert _roles("gunmen shot dead an imam") == _roles("salafi preacher gunned down") == {"cleric"}
    assert _roles("a shia prayer leader was shot dead") == _roles("pesh imam gunned down") == {"cleric"}
    assert _roles("killing the local mukhtar") == _roles("village chief shot dead") == {"chief"}
    assert _roles("a protest activist was assassinated") == _roles("a campaigner was shot") == {"activist"}
    assert _roles("gunmen abducted more than 280 pupils") == _roles("hundreds of schoolchildren seized") == {"student"}


def test_a_fuel_station_is_not_a_market() -> None:
    assert sites_of("a drone strike hit a fuel station in the north") == {"fuel"}
    assert sites_of("a drone strike on a weekly market near the town") == {"market"}


def test_close_mass_tolls_do_not_join_two_towns_a_gazetteer_places_apart() -> None:
    a = Features("2023-08-13", "2023-08-13", documents={1}, spots=[Spot(51, "Amhara", None, "ET", 10.7, 37.3, "exact")],
                 countries={"ET"}, victims={"UNK"}, event_type=("Explosions/Remote violence", "Air/drone strike"),
                 by_rule=True, text="a drone strike hit a town square in finote selam, west gojjam, killing 26",
                 toll=26, toll_status="killed", names={"finote selam"}, unknown={"west gojjam"})
    b = Features("2023-08-13", "2023-08-14", documents={2}, spots=[Spot(52, "Amhara", None, "ET", 10.3, 37.7, "near")],
                 countries={"ET"}, victims={"CIV"}, event_type=("Explosions/Remote violence", "Air/drone strike"),
                 by_rule=True, text="drone strike on a minibus near debre markos in east gojjam zone kills 30", toll=30,
                 toll_status="killed", names={"debre markos"}, unknown={"east gojjam"})
    assert score(a, b) is None


def test_site_words_that_name_the_weapon_the_road_or_the_hospital_after() -> None:
    assert sites_of("21 people died in thursday's car bombing at the cadet school") == {"school"}  # not the car
    assert sites_of("the toll from the school bombing rises to 22") == {"school"}
    assert sites_of("their patrol vehicle was hit on a farm road") == {"vehicle"}
    assert sites_of("shelling struck a residential street in the district") == {"homes"}
    assert sites_of("gunmen storm a nightspot; toll rises to 12 after two wounded die in hospital") == {"bar"}
    assert sites_of("a car bomb exploded inside the army brigade headquarters") == {"military_post"}


def test_kindred_sites_agree_whatever_else_a_report_names() -> None:
    region = Spot(61, "Baghdad", None, "IQ", 33.3, 44.4, "admin1")
    a = feats(text="five soldiers killed as roadside bomb hits patrol north of baghdad", spots=[region], doc=1)
    b = feats(text="the bombing killed an officer and four soldiers whose patrol vehicle was hit near a farm",
              spots=[region], doc=2)
    assert sites_of(b.text) == {"vehicle", "farm"}
    assert score(a, b) is not None


def test_public_buildings_oil_fields_and_air_bases() -> None:
    assert sites_of("gunmen set fire to public buildings in the commune") == {"government"}
    assert sites_of("fighters attacked a security post guarding oil wells") == {"military_post", "industry"}
    town = Spot(63, "Magway", None, "MM", 20.15, 94.92, "exact")
    a = feats(text="resistance drones targeted the air base outside the city on sunday night", spots=[town], doc=1)
    b = feats(text="opposition fighters claim drone strike on the city's airfield", spots=[town], doc=2)
    assert score(a, b) is not None  # an air base is a base with an airfield


def test_the_forces_that_answered_an_attack_do_not_contradict_its_perpetrator() -> None:
    region = Spot(62, "Tillaberi", None, "NE", 14.2, 1.45, "admin1")
    a = feats(text="17 soldiers were killed in a jihadist ambush", spots=[region], perp={"JIH"}, victims={"GOV"},
              doc=1)
    b = feats(text="the army says 17 troops died in the ambush; 100 assailants neutralised", spots=[region],
              perp={"GOV"}, victims={"GOV", "UNK"}, doc=2)
    assert score(a, b) is not None
    b.victims = {"CIV"}
    a.victims = {"CIV"}
    assert score(a, b) is None  # each side killing civilians: two incidents


def test_two_districts_of_one_city_are_two_places() -> None:
    city = Spot(71, "Kharkiv Oblast", None, "UA", 50.0, 36.2, "exact")
    a = feats(text="a glide bomb hit kharkiv's saltivka district, killing three", spots=[city], names={"kharkiv"},
              unknown={"saltivka district"}, doc=1)
    b = feats(text="a drone strike on kharkiv's kyivskyi district kills three", spots=[city], names={"kharkiv"},
              unknown={"kyivskyi district"}, doc=2)
    assert place_score(a, b) is None
    b.unknown = {"lam phaya subdistrict"}  # a sub-district may lie inside the other's district
    assert place_score(a, b) == 2.0


def test_opposite_sides_of_one_town_are_two_places() -> None:
    a = feats(text="rsf drones hit the zamzam camp south of el fasher, killing 12", doc=1)
    b = feats(text="shells landed on the abu shouk camp north of el fasher, killing 14", doc=2)
    assert score(a, b) is None
    # a right angle apart is two sides too ("south of Sirte" / "east of Sirte"); "east" and "north-east" are one
    a = feats(text="a drone hit an air base south of sirte, killing two", doc=1)
    b = feats(text="a drone struck a position east of sirte, killing two", doc=2)
    assert _opposite_sides(a.text, b.text)
    assert not _opposite_sides("a post north-east of sirte", b.text)


def test_a_town_named_like_a_district_lies_in_that_district() -> None:
    """ "a village in Bokkos LGA" / "Kwahaslalek community in Mangu": Mangu is the seat of Mangu LGA."""
    plateau = Spot(None, "Plateau", None, "NG", 9.9, 8.9, "admin1")
    bokkos = Spot(4, "Plateau", "Bokkos", "NG", 9.30, 8.99, "admin2")
    mangu = Spot(5, "Plateau", None, "NG", 9.52, 9.10, "exact")
    a = feats(text="gunmen killed nine people in a village in bokkos local government area", spots=[bokkos, plateau],
              doc=1)
    b = feats(text="six killed as gunmen attack a community in mangu", spots=[mangu, plateau], names={"mangu"},
              doc=2)
    assert place_score(a, b) == 1.0  # (no district is known for a town by itself)
    b.seats = {"mangu"}
    assert place_score(a, b) is None
    b.seats = {"bokkos"}  # Bokkos town, in Bokkos LGA
    assert place_score(a, b) is not None


def test_towns_that_are_seats_of_two_districts_are_two_places() -> None:
    """ "at a house in Durán" / "at a pool hall in Guayaquil": neighbouring cities, two cantons."""
    guayas = Spot(None, "Guayas", None, "EC", -2.2, -79.9, "admin1")
    duran = Spot(7, "Guayas", None, "EC", -2.17, -79.84, "exact")
    guayaquil = Spot(8, "Guayas", None, "EC", -2.19, -79.89, "exact")
    a = feats(text="gunmen killed seven at a house in duran", spots=[duran, guayas], names={"duran"}, doc=1)
    b = feats(text="gunmen killed eight at a pool hall in guayaquil", spots=[guayaquil, guayas],
              names={"guayaquil"}, doc=2)
    assert place_score(a, b) is not None  # (5 km apart)
    a.seats, b.seats = {"duran"}, {"guiaquil"}
    assert place_score(a, b) is None
    b.seats = {"duran"}
    assert place_score(a, b) is not None


def test_an_unknown_town_and_a_known_one_of_the_same_district_are_two_places() -> None:
    """ "Mir Ali, North Waziristan" / "near Miranshah, North Waziristan", the district read without its word."""
    waziristan = Spot(None, "Khyber Pakhtunkhwa", "North Waziristan", "PK", None, None, "admin2")
    miranshah = Spot(9, "Khyber Pakhtunkhwa", None, "PK", 33.0, 70.07, "near")
    a = feats(text="militants attacked a security post in mir ali, north waziristan", spots=[waziristan],
              unknown={"mir ali"}, doc=1)
    b = feats(text="a suicide bomber rammed a convoy near miranshah, north waziristan", spots=[miranshah, waziristan],
              names={"miranshah"}, doc=2)
    assert place_score(a, b) is None


def test_unknown_districts_end_in_any_district_word() -> None:
    a = feats(unknown={"ukum local government area"}, doc=1)
    b = feats(unknown={"logo lga"}, doc=2)
    assert place_score(a, b) is None


def test_tolls_of_the_same_side_decide_before_summed_tolls() -> None:
    """ "five soldiers killed" / "four soldiers dead, about 20 assailants killed": 5 and 24 in all, but the
    soldiers agree."""
    segou = Spot(None, "Segou", None, "ML", 13.4, -6.2, "admin1")
    a = feats(text="jihadists killed five soldiers", spots=[segou], victims={"GOV"}, doc=1)
    b = feats(text="four soldiers dead, about 20 assailants killed", spots=[segou], victims={"GOV", "JIH"}, doc=2)
    a.toll, a.toll_status, b.toll, b.toll_status = 5, "killed", 24, "killed"
    assert score(a, b) is None  # (summed, 5 and 24 are too far apart)
    a.side_tolls, b.side_tolls = {"GOV": 5}, {"GOV": 4, "JIH": 20}
    assert score(a, b) is not None


def test_a_revised_toll_may_name_the_attack_between_verb_and_toll() -> None:
    from tolltrack.store.resolve import TOLL_UPDATE

    assert TOLL_UPDATE.search("ondo govt puts owo church attack death toll at 40")
    assert TOLL_UPDATE.search("the ministry raised the toll to 12")
    assert not TOLL_UPDATE.search("police put up roadblocks after the attack that killed 12")


def test_a_toll_of_several_sides_does_not_contradict_one_of_them() -> None:
    """ "killing at least 10 people, mostly civilians" / "13 people, including three soldiers, were killed"."""
    from tolltrack.store.sides import _sides_agree

    assert _sides_agree({"CIV"}, {"MIX", "GOV"}) is None
    assert _sides_agree({"CIV"}, {"GOV"}) is False
    assert _sides_agree({"CIV"}, {"MIX", "CIV"}) is True


def test_a_mine_a_vehicle_struck_is_no_mining_site_and_a_trawler_is_a_boat() -> None:
    from tolltrack.store.resolve import _sites_agree

    assert "mine" not in sites_of("their vehicle struck a mine near the border")
    assert sites_of("gunmen raided an artisanal mine in the north-west") == {"mine"}
    trawler = feats(text="three crewmen were kidnapped from a fishing trawler off kunak", doc=1)
    boat = feats(text="gunmen seized three fishermen from a malaysian-registered boat", doc=2)
    assert _sites_agree(trawler, boat) is None  # kindred, not different


def test_a_kidnapping_of_state_agents_typed_as_a_clash_still_fits_a_kidnapping() -> None:
    """ "gunmen abducted two customs officers" (the abduction rule leaves the state's people to clashes) /
    "two customs agents kidnapped": both count captives, so the two types are one incident's."""
    from tolltrack.store.resolve import types_compatible

    clash = feats(text="gunmen abducted two customs officers", victims={"GOV"}, doc=1)
    clash.event_type = ("Battles", "Armed clash")
    kidnap = feats(text="two customs agents kidnapped", victims={"UNK"}, doc=2)
    kidnap.event_type = ("Violence against civilians", "Abduction/forced disappearance")
    clash.toll_status = kidnap.toll_status = "captured"
    assert types_compatible(clash, kidnap)
    kidnap.toll_status = "missing"  # "87 people remain missing after gunmen stormed a community"
    assert types_compatible(clash, kidnap)
    clash.toll_status = "killed"  # a clash that kills is no kidnapping
    assert not types_compatible(clash, kidnap)


def test_a_township_may_lie_in_a_district_of_another_name() -> None:
    """ "a village in Kyaukkyi township" / "a Nyaunglebin District village": a unit below a district is no
    contradiction of a district; two districts are."""
    nyaunglebin = Spot(4, "Bago", "Nyaunglebin", "MM", 18.0, 96.7, "admin2")
    a = feats(text="jets bombed a village in kyaukkyi township", unknown={"kyaukkyi township"}, doc=1)
    b = feats(text="jets bomb nyaunglebin district village", spots=[nyaunglebin], doc=2,)
    assert place_score(a, b) is not None
    c = feats(text="jets bombed a village in taungoo district", unknown={"taungoo district"}, doc=1)
    assert place_score(c, b) is None


def test_a_camp_of_armed_men_is_their_hideout() -> None:
    from tolltrack.store.resolve import _sites_agree

    camp = feats(text="aircraft bombed a bandit camp in the forest", doc=1)
    enclave = feats(text="air strikes hit bandit enclave", doc=2)
    market = feats(text="air strikes hit a market", doc=2)
    assert _sites_agree(camp, enclave) is None
    assert _sites_agree(camp, market) is False
    assert sites_of("a bomb exploded at a ward administration office") == {"government"}


def test_a_neighbouring_country_people_fled_to_is_not_the_reports_country() -> None:
    from tolltrack.extract.countries import countries_named, country_votes

    text = "Chereponi clashes: toll rises to six. The violence displaced hundreds into neighbouring Togo."
    assert "TG" not in countries_named(text.casefold())
    assert "TG" not in country_votes(text, [])
    assert "TG" in country_votes("Gunmen killed six people in northern Togo.", [])


def test_a_seats_outskirts_are_its_district_but_near_a_seat_may_be_the_next(tmp_path) -> None:
    from tolltrack.store.events import _outskirts

    assert _outskirts("Macomia", "Armed men attacked the outskirts of Macomia town on Saturday.")
    assert _outskirts("Macomia", "Fighting on the outskirts of the town of Macomia")
    assert not _outskirts("Macomia", "Armed men attacked a village near Macomia on Saturday.")


def test_a_kidnapping_and_a_killing_are_one_raid_only_if_a_report_tells_both() -> None:
    from tolltrack.store.resolve import types_compatible

    kidnap = feats(text="gunmen abducted 20 passengers from a bus on sunday", doc=1)
    kidnap.event_type, kidnap.toll_status = ("Violence against civilians", "Abduction/forced disappearance"), "captured"
    killing = feats(text="gunmen killed nine civilians on sunday", doc=2)
    killing.event_type, killing.toll_status = ("Violence against civilians", "Attack"), "killed"
    assert not types_compatible(kidnap, killing)
    both = feats(text="gunmen killed a guard and abducted 20 passengers", doc=2)
    both.event_type, both.toll_status = ("Violence against civilians", "Attack"), "killed"
    assert types_compatible(kidnap, both)


def test_a_site_may_stand_five_words_after_its_cue() -> None:
    assert sites_of("a car bombing at the general santander police cadet school") == {"school"}
    assert sites_of("hospital staff said the toll at the scene rose") == frozenset()  # (who speaks, not what was hit)


def test_kindred_sites_and_where_the_wounded_died() -> None:
    from tolltrack.store.resolve import _sites_agree

    bakery = feats(text="gunmen stormed the holey artisan bakery on friday night", doc=1)
    cafe = feats(text="gunmen take hostages at a cafe", doc=2)
    plant = feats(text="pkk claims assault on a defence plant", doc=2)
    hq = feats(text="attackers stormed the headquarters of an aerospace firm", doc=1)
    assert _sites_agree(bakery, cafe) is None and _sites_agree(hq, plant) is None
    assert _sites_agree(bakery, plant) is False
    assert sites_of("toll rises to 6 after a wounded trooper dies in jolo hospital") == frozenset()


def test_a_large_toll_told_later_agrees_with_a_smaller_earlier_one() -> None:
    from tolltrack.store.tolls import _toll_grew

    day = feats("2024-10-03", text="gang members killed at least 20 people in the town on thursday", doc=1)
    later = feats("2024-10-03", text="un says 115 killed in gang massacre in the town", doc=2)
    day.toll, later.toll = 20, 115
    day.toll_status = later.toll_status = "killed"
    day.published, later.published = "2024-10-04", "2024-10-07"
    assert _toll_grew(day, later) == 1
    later.published = "2024-10-04"  # told the same day: two counts, not a later one
    assert _toll_grew(day, later) == 0
    later.published, later.toll = "2024-10-07", 12  # later, but small: any two attacks
    assert _toll_grew(day, later) == 0


def test_the_same_office_of_the_dead_is_an_agreement_in_one_governorate() -> None:
    aden = Spot(None, "Aden", None, "YE", 12.8, 45.0, "admin1")
    a = feats(text="gunmen shot dead an imam as he left evening prayers in aden", spots=[aden], victims={"UNK"}, doc=1)
    b = feats(text="salafi preacher gunned down in aden", spots=[aden], victims={"UNK"}, doc=2)
    a.event_type = b.event_type = ("Battles", "Armed clash")
    a.by_rule = b.by_rule = False
    assert score(a, b) is not None
    b.text = "a trader gunned down in aden"
    assert score(a, b) is None


def test_a_report_of_the_dead_and_one_of_the_wounded_only_are_two_incidents() -> None:
    """ "kills one soldier" / "wounding two soldiers", in one province: a report of the wounded would
    tell the dead; unless one of them says someone died later, or the toll was revised."""
    mardin = Spot(None, "Mardin", None, "TR", 37.3, 40.7, "admin1")
    a = feats(text="bomb attack on military vehicle in mardin kills one soldier", spots=[mardin], victims={"GOV"},
              doc=1)
    b = feats(text="a roadside bomb exploded as a gendarmerie vehicle passed, wounding two soldiers", spots=[mardin],
              victims={"GOV"}, doc=2)
    a.toll, a.toll_status, b.toll, b.toll_status = 1, "killed", 2, "injured"
    assert score(a, b) is None
    b.text += "; one of them later died in hospital"
    assert score(a, b) is not None
    b.text = "the blast also wounded two soldiers"  # the wounded of a toll told in another sentence
    assert score(a, b) is not None
    b.text = "police say two gunmen were neutralised and two soldiers wounded"  # the dead told otherwise
    assert score(a, b) is not None


def test_forces_that_killed_the_attackers_do_not_contradict_the_attackers() -> None:
    """ "al-Shabaab fighters attacked an army base" / "the army says it killed 30 militants repelling the
    assault": the army did the killing the second report counts, the attack was al-Shabaab's."""
    from tolltrack.store.sides import _response_counted

    attack = feats(text="al-shabaab fighters attacked an army base in mahas at dawn", perp={"JIH"}, victims={"UNK"},
                   doc=1)
    answer = feats(text="somali army says it killed 30 militants repelling assault on mahas base", perp={"GOV"},
                   victims={"JIH"}, doc=2)
    assert _response_counted(attack, answer)
    other = feats(text="soldiers shot dead two farmers near mahas", perp={"GOV"}, victims={"CIV"}, doc=2)
    assert not _response_counted(attack, other)
    # a siege that ends when the forces kill the attackers: a toll of people of no stated side
    siege = feats(text="147 people were killed in the siege, which ended when security forces shot dead four "
                       "attackers", perp={"GOV"}, victims={"UNK"}, doc=2)
    assert _response_counted(attack, siege)
    total = feats(text="security forces end siege; total dead 37 including five assailants", perp={"GOV"},
                  victims={"UNK"}, doc=2)
    assert _response_counted(attack, total)


def test_a_district_headquarters_is_a_town_not_a_site() -> None:
    assert sites_of("grenade blast in kech district headquarters injures six") == set()
    assert sites_of("militants stormed the district headquarters compound") == set()
    assert sites_of("a suicide bomber attacked the police headquarters") == {"military_post"}


def test_each_report_counting_one_side_of_a_clash_is_one_clash() -> None:
    from dataclasses import replace

    from tolltrack.store.kinds import CLASH
    town = Spot("tt:1", "Lanao del Sur", None, "PH", 7.9, 124.2, "exact")
    army = replace(feats(text="soldiers killed four militants in a clash", spots=[town], perp={"GOV"},
                         victims={"ISIS"}, doc=1), event_type=CLASH)
    wounded = replace(feats(text="one soldier was wounded in the encounter", spots=[town], victims={"GOV"}, doc=2),
                      event_type=CLASH)
    assert score(army, wounded) is not None
    # two one-sided attacks, each side's victims the other's perpetrators: an attack and the reprisal
    reprisal = replace(feats(text="jets struck hideouts, killing six militants", spots=[town], perp={"GOV"},
                             victims={"ISIS"}, doc=1), event_type=CLASH)
    attack = replace(feats(text="militants attacked a post, killing four policemen", spots=[town], perp={"ISIS"},
                           victims={"GOV"}, doc=2), event_type=CLASH)
    assert score(reprisal, attack) is None
    # one clash, its dead agreed on, the side that fired read differently: a clash has two sides that fire
    # ("Soldiers fought suspected ADF fighters, killing three" read with the ADF as the killers)
    fought = replace(feats(text="soldiers fought suspected rebels in the park, killing three", spots=[town],
                           perp={"OPP"}, victims={"UNK"}, doc=1), event_type=CLASH)
    told = replace(feats(text="army says three rebels killed in park gunfight", spots=[town], perp={"GOV"},
                         victims={"OPP"}, doc=2), event_type=CLASH)
    assert score(fought, told) is not None


def test_a_town_and_the_district_it_is_the_seat_of_are_one_district() -> None:
    """ "Insurgents raided Mafa, killing one" / "Boko Haram torches market in Mafa LGA headquarters"."""
    town = Spot("gn:7", "Borno", None, "NG", 11.92, 13.60, "exact")
    district = Spot(None, "Borno", "Mafa", "NG", None, None, "admin2")
    a = feats(text="insurgents raided the town on sunday evening, killing one person", spots=[town],
              names={"mafa"}, doc=1)
    a.seats = {"mafa"}
    b = feats(text="militants burnt shops and cars in the town late sunday, killing two residents",
              spots=[district], doc=2)
    b.districts_named = {"mafa lga"}
    assert place_score(a, b) == 1.5
    a.seats, a.names = {"konduga"}, {"konduga"}  # a town of another district
    assert place_score(a, b) is None


def test_a_city_named_as_a_city_does_not_stand_for_its_district() -> None:
    district = Spot(None, "Balochistan", "Khuzdar", "PK", None, None, "admin2")
    city = Spot("gn:1", "Balochistan", None, "PK", 27.8, 66.6, "exact")
    village = feats(text="tribal elder shot dead in wadh, khuzdar district", unknown={"wadh"}, spots=[district], doc=1)
    in_city = feats(text="gunmen killed a shopkeeper in the main bazaar of khuzdar city", spots=[city],
                    names={"khuzdar", "khuzdar city"}, doc=2)
    assert place_score(village, in_city) is None
    # written bare, the town may stand for its district ("Banibangou" / "a village of Banibangou department")
    bare = feats(text="gunmen killed a shopkeeper in khuzdar", spots=[city], names={"khuzdar"}, doc=2)
    assert place_score(village, bare) == 1.5


def test_one_named_place_stands_for_one_agreement_between_reports_with_no_toll() -> None:
    """ "A soldier was shot dead by rebels in Buhi on Monday" / "Soldier shot dead in Buhi": two reports
    of one killing with no toll to compare; the same town and the same side of the dead are enough."""
    town = Spot(46, "Bicol", None, "PH", 13.43, 123.52, "exact")
    a = feats(text="an army soldier was shot dead by rebels in buhi on monday", spots=[town], names={"buhi"},
              victims={"GOV"}, doc=1)
    b = feats(text="soldier shot dead in buhi", spots=[town], names={"buhi"}, victims={"GOV"}, doc=2)
    a.uncounted = b.uncounted = "killed"
    a.by_rule = b.by_rule = False  # (types read from no rule: no agreement of type)
    assert score(a, b) is not None
    # nothing else agrees: the town alone is not enough
    b.victims = {"UNK"}
    assert score(a, b) is None
    # another province's town of the same region: the place is only the region, two agreements needed
    region = Spot(None, "Bicol", None, "PH", 13.4, 123.4, "admin1")
    c = feats(text="soldier shot dead in bicol", spots=[region], victims={"GOV"}, doc=2)
    c.uncounted = "killed"
    c.by_rule = False
    assert score(a, c) is None
    # the dead hold two offices: the town stands for nothing
    b.victims = {"GOV"}
    b.text = "a teacher shot dead in buhi"
    a.text = "a policeman was shot dead by rebels in buhi on monday"
    assert score(a, b) is None


def test_the_office_of_the_dead_and_a_shared_place_are_two_agreements_for_a_killing() -> None:
    """ "A former headman was shot dead in Tak Bai district" / "ex-village chief gunned down in Narathiwat's
    Tak Bai": one killing, no toll to compare; the dead's office and the district both name are enough.
    A fighter's word ("rebels", "Taliban") is no office: it names the attackers as often as the dead."""
    district = Spot(None, "Narathiwat", "Tak Bai", "TH", 6.26, 102.05, "admin2")
    a = feats(text="a former headman was shot dead by two gunmen on a motorcycle in tak bai district on friday",
              spots=[district], victims={"UNK"}, doc=1)
    b = feats(text="ex-village chief gunned down in narathiwat's tak bai", spots=[district], victims={"UNK"}, doc=2)
    a.districts_named, b.districts_named = {"tak bai district"}, {"tak bai"}
    a.uncounted = b.uncounted = "killed"
    a.by_rule = b.by_rule = False
    assert score(a, b) is not None
    b.text = "ex-village teacher gunned down in narathiwat's tak bai"  # two offices
    assert score(a, b) is None
    a.text = "rebels shot dead a man in tak bai district on friday"
    b.text = "man gunned down in narathiwat's tak bai; police blame rebels"  # the attackers, not the dead
    assert score(a, b) is None
    a.text = "a former headman was shot dead in tak bai district on friday"
    b.text = "ex-village chief gunned down in narathiwat's tak bai"
    b.spots = [Spot(None, "Yala", "Raman", "TH", 6.48, 101.43, "admin2")]  # another province: no shared place
    b.districts_named = {"raman"}
    assert score(a, b) is None


def test_one_unknown_village_both_name_is_one_point_too() -> None:
    """ "A Red Cross volunteer was shot dead in Konna" / "Aid volunteer killed ... near his home in Konna":
    a village no gazetteer knows, named by both, stands for one agreement as a known town does."""
    a = feats(text="a red cross volunteer was shot dead by gunmen in konna on tuesday", unknown={"konna"},
              spots=[REGION], victims={"UNK"}, doc=1)
    b = feats(text="aid volunteer killed near his home in konna", unknown={"konna"}, victims={"UNK"}, doc=2)
    a.uncounted = b.uncounted = "killed"
    a.by_rule = b.by_rule = False
    assert score(a, b) is not None
    b.unknown, b.text = {"sevare"}, "aid volunteer killed near his home in sevare"
    assert score(a, b) is None  # two villages
    b.unknown, b.text = {"konna"}, "trader killed near his home in konna"
    assert score(a, b) is None  # the dead hold two offices


def test_one_district_name_read_in_two_countries_is_one_district_misread() -> None:
    """ "Surankote area of Poonch" read as Pakistan's Poonch / "Poonch district" read as India's."""
    from dataclasses import replace

    pk = Spot(None, "Azad Kashmir", "Poonch", "PK", None, None, "admin2")
    india = Spot(None, "Jammu and Kashmir", "Poonch", "IN", None, None, "admin2")
    a = replace(feats(text="terrorists fire on army trucks in surankote area of poonch", spots=[pk], victims={"GOV"},
                      doc=1), countries={"PK"}, districts_named={"poonch"})
    b = replace(feats(text="the toll in the ambush on army vehicles in poonch district rose to three", spots=[india],
                      victims={"GOV"}, doc=2), countries={"IN"}, districts_named={"poonch district"})
    assert score(a, b) is not None
    b.districts_named = {"rajouri district"}
    assert score(a, b) is None


def test_a_seizure_told_in_no_word_of_the_rules_fits_a_kidnapping() -> None:
    from dataclasses import replace

    from tolltrack.store.kinds import ABDUCTION, CLASH, types_compatible
    kidnap = replace(feats(text="armed men abducted about 15 passengers from a bus", doc=1), event_type=ABDUCTION,
                     toll_status="captured")
    seized = replace(feats(text="gunmen seize travellers on ring road", doc=2), event_type=CLASH)
    assert types_compatible(kidnap, seized)
    shot = replace(seized, text="gunmen fire on travellers on ring road")
    assert not types_compatible(kidnap, shot)


def test_a_site_set_on_fire_was_hit() -> None:
    assert sites_of("militants beheaded a village chief and burned a chapel in the village") == {"church"}
    assert sites_of("village leader killed, church torched as insurgents strike") == {"church"}
    assert sites_of("a market set ablaze by raiders") == {"market"}


def test_the_car_the_attackers_fled_in_was_not_hit() -> None:
    assert sites_of("police officer shot dead in the district; attackers fled in a car") == set()


def test_the_taken_and_the_still_missing_are_one_count() -> None:
    from dataclasses import replace

    from tolltrack.store.tolls import _counts_agree
    taken = replace(feats(text="militants abducted four road workers", doc=1), toll=4, toll_status="captured")
    missing = replace(feats(text="four labourers were still missing", doc=2), toll=4, toll_status="missing")
    assert _counts_agree(taken, missing) == 1
    killed = replace(missing, toll_status="killed")
    assert _counts_agree(taken, killed) == 0


def test_a_blast_near_a_site_was_aimed_at_it() -> None:
    assert sites_of("a bomb exploded near an army checkpoint on the outskirts of the town") == {"military_post"}


def test_peacekeepers_are_soldiers_to_some_reports_but_not_civilians() -> None:
    town = Spot(3, "Kidal", None, "ML", 18.4, 1.4, "exact")
    a = feats(text="four peacekeepers were killed when their vehicle struck a mine near kidal", spots=[town],
              victims={"FOR"}, doc=1)
    b = feats(text="chad mourns four soldiers killed in a roadside bomb near kidal", spots=[town], victims={"GOV"},
              doc=2)
    assert score(a, b) is not None
    assert score(a, feats(text="four villagers killed near kidal", spots=[town], victims={"CIV"}, doc=2)) is None


def test_each_side_of_a_fight_tells_its_own_dead() -> None:
    town = Spot(3, "Middle Shabelle", None, "SO", 2.9, 45.5, "exact")
    a = feats(text="al-shabaab stormed an army base in the town before dawn; both sides suffered losses", spots=[town],
              victims={"GOV"}, perp={"JIH"}, doc=1)
    b = feats(text="army says 30 militants killed in failed raid on the town's base", spots=[town],
              victims={"JIH"}, perp={"GOV"}, doc=2)
    for f in (a, b):
        f.event_type = ("Battles", "Armed clash")
    assert score(a, b) is not None
    b.event_type = ("Explosions/Remote violence", "Air/drone strike")  # the strikes that answered the raid
    assert score(a, b) is None
    # (an attack and the raid that answered it: no word of a fight)
    a.text = "al-shabaab stormed an army base in the town before dawn, killing five soldiers"
    b.event_type = ("Battles", "Armed clash")
    assert score(a, b) is None


def test_a_states_troops_abroad_are_soldiers_to_some_reports() -> None:
    town = Spot(3, "Idlib", None, "SY", 35.9, 36.6, "exact")
    a = feats(text="two turkish soldiers were killed when a roadside bomb hit their vehicle near idlib",
              spots=[town], victims={"TUR"}, doc=1)
    b = feats(text="a bomb hit a turkish convoy near idlib; a monitor said two soldiers died", spots=[town],
              victims={"GOV"}, doc=2)
    assert score(a, b) is not None
    b.victims = {"CIV"}
    assert score(a, b) is None


def test_one_dead_and_the_same_wounded_agree_as_a_count() -> None:
    from tolltrack.store.tolls import _counts_agree

    a = feats(text="bandits killed the driver and wounded four passengers", doc=1)
    b = feats(text="driver shot dead, four hurt as gunmen ambush minibus", doc=2)
    for f in (a, b):
        f.toll, f.toll_status, f.wounded = 1, "killed", 4
    assert _counts_agree(a, b) == 1
    b.wounded = 2
    assert _counts_agree(a, b) == 0


def test_a_toll_of_one_side_beside_the_attackers_killed_is_no_clash() -> None:
    """ "17 soldiers killed ... more than 100 assailants neutralised" / "Niger troops hit in ambush; 17 dead":
    the other report's toll is one side's, not the whole."""
    from tolltrack.store.tolls import _counts_clash

    a = feats(text="seventeen soldiers were killed in an ambush; more than 100 assailants were neutralised", doc=1)
    b = feats(text="troops hit in tillaberi ambush; 17 dead", doc=2)
    a.toll, a.toll_status, a.side_tolls = 117, "killed", {"GOV": 17, "JIH": 100}
    b.toll, b.toll_status, b.side_tolls = 17, "killed", {"UNK": 17}
    assert not _counts_clash(a, b)
    b.toll, b.side_tolls = 3, {"UNK": 3}  # three killed: neither side's toll
    assert _counts_clash(a, b)
    # each report counts another side's dead: "20 militants killed" / "two soldiers killed"
    a.toll, a.side_tolls = 20, {"JIH": 20}
    b.toll, b.side_tolls = 2, {"GOV": 2}
    assert not _counts_clash(a, b)


def test_the_outskirts_of_a_town_reach_no_further_than_the_town() -> None:
    """ "Airstrikes on the outskirts of Ariha" / "warplanes struck Sarmin", 14 km off: two towns; "near Ariha"
    may mean a village that far out."""
    ariha = Spot(61, "Idlib", None, "SY", 35.81, 36.61, "near")
    sarmin = Spot(62, "Idlib", None, "SY", 35.90, 36.72, "exact")
    a = feats(text="airstrikes on the outskirts of ariha killed four civilians", spots=[ariha], names={"ariha"},
              doc=1)
    b = feats(text="warplanes struck sarmin, killing three civilians", spots=[sarmin], names={"sarmin"}, doc=2)
    assert place_score(a, b) is None
    a.text = "airstrikes near ariha killed four civilians"
    assert place_score(a, b) == 2.0


def test_the_same_trade_of_the_dead_agrees_where_the_place_is_vague() -> None:
    """ "Gunmen killed three farmers working their fields in Ganthier" / "Three farmers slain in the
    Croix-des-Bouquets area": a place neither the gazetteer nor the other report knows, so the rest must
    agree; the farmers count as much as a site would. The people of a country do not."""
    a = feats(text="gunmen killed three farmers working their fields in ganthier on tuesday", unknown={"ganthier"},
              victims={"UNK"}, doc=1)
    b = feats(text="four farmers slain in croix-des-bouquets area; gang suspected",
              unknown={"croix-des-bouquets area"}, victims={"UNK"}, doc=2)
    a.countries = b.countries = {"HT"}
    a.toll, b.toll = 3, 4  # (small tolls agree only when equal)
    a.toll_status = b.toll_status = "killed"
    b.dated = False
    assert place_score(a, b) == 0.0
    assert score(a, b) is not None  # the kind of attack and the trade agree
    a.text = "gunmen killed three palestinians working their fields in ganthier on tuesday"
    b.text = "four palestinians slain in croix-des-bouquets area; gang suspected"
    assert score(a, b) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("soldier dies, two hurt as patrol comes under fire", "convoy"),
    ("police station stormed in the night", "military_post"),
    ("hospital officials said two died", None),
])
def test_a_headline_names_what_was_hit_as_its_subject(text: str, kind: str | None) -> None:
    assert sites_of(text) == ({kind} if kind else frozenset())


def test_a_few_dead_of_another_side_beside_a_toll_do_not_part_two_reports() -> None:
    """ "147 killed as the siege ends; four attackers dead" / "gunmen stormed a campus, killing 15"."""
    garissa = Spot(21, "Garissa", None, "KE", -0.45, 39.65, "exact")
    a = feats(text="gunmen stormed a university campus in garissa, killing at least 15 people", spots=[garissa],
              names={"garissa"}, victims={"CIV"}, doc=1)
    b = feats(text="147 killed as the siege at garissa university college ends; four attackers dead", spots=[garissa],
              names={"garissa"}, victims={"UNK", "JIH"}, doc=2)
    a.toll, a.toll_status, a.side_tolls = 15, "killed", {"CIV": 15}
    b.toll, b.toll_status, b.side_tolls = 147, "killed", {"UNK": 147, "JIH": 4}
    assert score(a, b) is not None
    b.side_tolls = {"UNK": 12, "JIH": 4}  # (a third of the toll is no aside)
    assert score(a, b) is None


def test_a_town_said_to_lie_far_from_the_other_is_another_place() -> None:
    from tolltrack.store.ways import said_far

    assert said_far("gangs raided arcahaie, more than 20 km north of cabaret, killing 12", {"cabaret"})
    assert said_far("a village 15 miles from the town of jalalabad", {"jalalabad"})
    assert not said_far("a village 5 km north of cabaret", {"cabaret"})  # (near enough to be told as the town)
    assert not said_far("arcahaie, 20 km north of cabaret", {"montrouis"})
    cabaret = Spot(1, "Ouest", None, "HT", 18.736, -72.419, "exact")
    arcahaie = Spot(2, "Ouest", None, "HT", 18.770, -72.512, "exact")
    a = feats(text="gangs attacked the centre of cabaret, killing at least 15 people", spots=[cabaret],
              names={"cabaret"}, doc=1)
    b = feats(text="gang members raided arcahaie, more than 20 km north of cabaret, killing 12 people",
              spots=[arcahaie], names={"arcahaie"}, doc=2)
    assert place_score(a, b) is None
    b.text = "gang members raided arcahaie, north of cabaret, killing 12 people"
    assert place_score(a, b) is None  # (Cabaret only points to Arcahaie, and the other was in Cabaret's centre)
    a.text = "gangs attacked villages near cabaret, killing at least 15 people"
    assert place_score(a, b) == 2.0  # (10 km apart, one report names the other's town, the other is only near it)


def test_a_town_named_like_the_other_reports_district_may_be_its_place() -> None:
    """ "on the road between Qarna and Zaydiya" / "in Zaydiya district": one of the two towns bears the
    district's name; a report naming only another district's town stays apart."""
    qarna = Spot(1, "Hudaydah", None, "YE", 14.20, 43.31, "exact")
    zaydiya = Spot(2, "Hudaydah", None, "YE", 14.13, 43.39, "exact")
    district = Spot(3, "Hudaydah", "Zaydiya", "YE", 14.13, 43.39, "admin2")
    a = feats(text="eight civilians were killed when a minibus struck a landmine in zaydiya district", doc=1,
              spots=[district])
    a.districts_named = {"zaydiya district"}
    b = feats(text="a blast hit a vehicle travelling between qarna and zaydiya, killing six people", doc=2,
              spots=[qarna, zaydiya], names={"qarna", "zaydiya"})
    b.seats = {"qarna"}
    assert place_score(a, b) == 2.0
    b = feats(text="a blast hit a vehicle in qarna, killing six people", doc=2, spots=[qarna], names={"qarna"})
    b.seats = {"qarna"}
    assert place_score(a, b) is None


def test_a_region_across_borders_is_no_village() -> None:
    """ "the Islamic State in the Sahel" leaves "Sahel" unknown: no second village to gainsay the
    villages the other report names around the town both name."""
    town = Spot(1, "Menaka", None, "ML", 15.43, 3.02, "near")
    a = feats(text="fighters of the islamic state in the sahel killed dozens of herders around zarbata",
              unknown={"sahel"}, spots=[town], names={"zarbata"}, doc=1)
    b = feats(text="jihadists massacred herders in the tiloa and inkadan area near zarbata, killing 40",
              unknown={"tiloa", "inkadan"}, spots=[town], names={"zarbata"}, doc=2)
    assert place_score(a, b) == 2.0
    a.unknown = {"tessit"}
    assert place_score(a, b) is None  # (a village of its own is one)


def test_a_district_of_a_town_is_a_quarter_of_it() -> None:
    """ "the Karam district of Zorak" / "a neighbourhood of Zorak": a quarter of the town the other
    report names, no district of a province to set against the town's own district."""
    town = Spot(1, "Zorak", None, "SY", 35.33, 40.14, "exact")
    a = feats(text="shelling of the government-held karam district of zorak killed six civilians",
              unknown={"karam district"}, spots=[town], names={"zorak"}, doc=1)
    b = feats(text="mortar rounds landed on a street in the western part of zorak city, killing six people",
              spots=[town], names={"zorak"}, doc=2)
    b.seats = {"zorak"}
    assert place_score(a, b) == 2.0
    a.text = "shelling of zorak's karam district killed six civilians"
    b.unknown, b.text = {"hamra district"}, "mortar rounds landed on zorak's hamra district, killing six people"
    assert place_score(a, b) is None  # (two quarters of the town)


def test_people_taken_by_gunmen_is_an_abduction() -> None:
    """ "Three aid workers were taken by gunmen": an abduction, as "were kidnapped" is."""
    assert _typed("Three aid workers were taken by gunmen near Baidoa on Sunday", "captured", "CIV")[0] == \
        "Abduction/forced disappearance"


def test_a_place_two_countries_may_file_is_no_country_conflict() -> None:
    """A village of Kosovo is Kosovo's to the gazetteer and Serbia's to a report of "Serbian police": the two
    countries overlap (countries.toml), so the country bar does not part the reports; two others still do."""
    from tolltrack.store.resolve import country_conflict

    a = replace(feats(text="serbian police killed 24 in rogovo", doc=1), countries={"RS"})
    b = replace(feats(text="two dozen killed in rogova, gjakova municipality", doc=2), countries={"XK"})
    assert not country_conflict(a, b)
    assert country_conflict(a, replace(b, countries={"AL"}))


def test_an_area_named_after_a_place_is_that_place() -> None:
    """ "the Chatroo forests" / "near Chatru", "the Tirah valley" / "in Tirah": a wide area's word after a name
    no gazetteer knows keeps it from passing for a second village, not from matching the first."""
    assert same_name("chatroo forests", "chatru")
    assert same_name("pendjari national park", "pendjari park")
    assert same_name("occra hills", "okra hills")
    assert not same_name("chatroo forests", "kishtwar")
    a = feats(text="militants ambushed a patrol in the chatroo forests", unknown={"chatroo forests"}, doc=1)
    b = feats(text="an ambush on troops near chatru and near bhatna", unknown={"chatru", "bhatna"}, doc=2)
    assert place_score(a, b) == 2.0
    c = feats(text="a gunfight in the tirah valley", unknown={"tirah valley"}, doc=1)
    d = feats(text="a gunfight in bagh maidan in tirah", unknown={"bagh maidan", "tirah"}, doc=2)
    assert place_score(c, d) == 2.0


def test_a_border_clash_told_from_each_side() -> None:
    """Each government places the fighting in its own province and names the other country: the provinces
    cannot agree, and do not part the two reports."""
    batken = Spot(None, "Batken", None, "KG", 39.9, 70.8, "admin1")
    vorukh = Spot(3, "Sughd", None, "TJ", 39.85, 70.58, "near")
    a = replace(feats(text="kyrgyzstan said 59 citizens were killed in clashes with tajik forces in batken region",
                      spots=[batken], doc=1), countries={"KG"})
    b = replace(feats(text="tajikistan says 41 died in the border fighting with kyrgyzstan near the vorukh exclave",
                      spots=[vorukh], names={"vorukh"}, doc=2), countries={"TJ"})
    assert place_score(a, b) == 1.0
    # two provinces of one country stay apart
    c = replace(b, spots=[replace(vorukh, country="KG")], countries={"KG"})
    assert place_score(a, c) is None


def test_a_later_count_above_an_earlier_floor_does_not_gainsay_it() -> None:
    """ "killing at least two people" on the day, "four civilians were killed" two days later: the floor kept."""
    from tolltrack.store.tolls import _tolls_gainsay

    early = replace(feats(doc=1), toll=2, toll_status="killed", toll_floor=True, published="1999-02-06")
    late = replace(feats(doc=2), toll=4, toll_status="killed", published="1999-02-08")
    assert not _tolls_gainsay(early, late) and not _tolls_gainsay(late, early)
    assert _tolls_gainsay(replace(early, toll_floor=False), late)  # "two killed" / "four killed": two tolls
    assert _tolls_gainsay(early, replace(late, toll=12))  # far above the floor: another toll
    assert _tolls_gainsay(replace(early, published="1999-02-09"), late)  # the floor came later


def test_two_natural_areas_are_no_two_villages() -> None:
    """ "the Erta Ale volcano" / "the Danakil depression": areas a camp may lie in, not two villages."""
    a = feats(text="gunmen raided a tourist camp at the erta ale volcano", unknown={"erta ale volcano"}, doc=1)
    b = feats(text="the attack on a tourist camp in the danakil depression", unknown={"danakil depression"}, doc=2)
    assert place_score(a, b) is not None


def test_a_toll_disputed_in_one_report_matches_either_figure() -> None:
    """ "The rebels said they killed 11 soldiers; the army said two died" / "two soldiers were killed": the other
    report follows one of the two sources, and the tolls do not part the reports."""
    from tolltrack.store.matcher import signals
    from tolltrack.store.tolls import _counts_clash, _tolls_gainsay

    a = replace(feats(doc=1), toll=11, toll_status="killed", side_tolls={"GOV": 11}, alt_tolls=frozenset({11, 2}))
    b = replace(feats(doc=2), toll=2, toll_status="killed", side_tolls={"GOV": 2})
    assert not _counts_clash(a, b) and not _tolls_gainsay(a, b) and signals(a, b)["toll_ratio"] == 1.0
    undisputed = replace(a, alt_tolls=frozenset())
    assert _counts_clash(undisputed, b) and _tolls_gainsay(undisputed, b)


def test_the_same_sides_dead_agree_beside_others() -> None:
    """ "Four policemen were killed" / "16 people died in a sweep that followed a clash in which four officers were
    killed": the police toll is the same; the other report counts more dead besides."""
    from tolltrack.store.tolls import _tolls_gainsay

    a = replace(feats(doc=1), toll=4, toll_status="killed", side_tolls={"GOV": 4})
    b = replace(feats(doc=2), toll=20, toll_status="killed", side_tolls={"GOV": 4, "UNK": 16})
    assert not _tolls_gainsay(a, b)
    assert _tolls_gainsay(a, replace(b, side_tolls={"CIV": 4, "UNK": 16}))


def test_a_shortened_word_of_a_name_is_the_word() -> None:
    """ "Mt Elgon" / "Mount Elgon district": outlets shorten the words of names."""
    assert same_name("mt elgon", "mount elgon district")
    assert same_name("mt. elgon", "mount elgon")
    assert not same_name("mt elgon", "mount kenya")


def test_one_town_in_a_county_and_in_a_district() -> None:
    """ "Kisinga, in Bukonzo county" / "Kisinga trading centre in Kasese district": the county lies in the district,
    so the two unit names do not part two reports of one town; two districts still do."""
    from tolltrack.store.resolve import _names_agree

    kasese = Spot(1, "Western Region", "Kasese", "UG", 0.1, 30.1, "admin2")
    a = replace(feats(text="rebels attacked kisinga trading centre in kasese district", spots=[kasese], doc=1),
                names={"kisinga"})
    b = feats(text="a raid on kisinga, in bukonzo county", unknown={"bukonzo county"}, doc=2)
    b = replace(b, names={"kisinga"})
    assert _names_agree(a, b) == 2.0
    c = replace(b, unknown={"busongora district"})
    assert _names_agree(a, c) is False


def test_two_communes_of_one_town_are_two_places() -> None:
    from tolltrack.store.resolve import _names_agree

    a = replace(feats(text="gunmen shot dead a driver in butembo's vulamba commune", unknown={"vulamba commune"},
                      doc=1), names={"butembo"})
    b = replace(feats(text="a money changer was shot dead in the bulengera commune of butembo",
                      unknown={"bulengera commune"}, doc=2), names={"butembo"})
    assert _names_agree(a, b) is False


def test_guns_and_grenades_fired_at_a_post_are_one_attack_with_a_gun_battle() -> None:
    """ "fired machine guns and grenades at a police building" / "a gun battle at the police station": the
    grenades do not make the attack another kind than the clash, and the building is the police's post."""
    from tolltrack.extract.sites import sites_of
    from tolltrack.store.kinds import types_compatible

    a = replace(feats(text="rebels attacked the police station and two officers were wounded in a gun battle", doc=1),
                event_type=("Battles", "Armed clash"), by_rule=True)
    b = replace(feats(text="fighters fired machine guns and grenades at a police building", doc=2),
                event_type=("Explosions/Remote violence", "Grenade"), by_rule=True)
    assert types_compatible(a, b)
    assert sites_of(b.text) == {"military_post"}


def test_people_captured_are_no_town_taken() -> None:
    """ "four servicemen captured by the militia": a claim of people captured says "captured" of them."""
    assert _typed("The four servicemen captured by the militia on Wednesday were handed back on Thursday",
                  "captured", "GOV")[0] != "Non-state actor overtakes territory"
    assert _typed("Rebels captured the town of Gagra on Friday after heavy fighting", "attack")[0] == \
        "Non-state actor overtakes territory"


def test_two_districts_of_one_zone_are_two_places() -> None:
    """ "Gimbi district, West Wollega" / "Lalo Asabi district, West Wollega": the zone both name holds both."""
    zone = Spot(None, "Oromia", "West Wollega", "ET", None, None, "admin2")
    a = feats(text="gunmen killed five people in a village in nejo district, west wollega", spots=[zone], doc=1)
    a.districts_named = {"nejo district", "west wollega"}
    b = feats(text="armed men killed four civilians near kiltu in boji district, west wollega",
              spots=[zone], unknown={"kiltu", "boji district"}, doc=2)
    b.districts_named = {"west wollega"}
    assert place_score(a, b) is None
    b.text = "armed men killed four civilians in nejo district, west wollega"  # the same district
    b.unknown = set()
    assert place_score(a, b) is not None


def test_dead_of_no_named_side_may_be_the_others_named_dead() -> None:
    """ "three guerrillas and a police officer died" / "police killed four militants": the guerrillas, whom the
    report gives no side, may be the militants."""
    from tolltrack.store.sides import _sides_agree

    assert _sides_agree({"OPP"}, {"GOV", "UNK"}) is None
    assert _sides_agree({"OPP"}, {"GOV"}) is False
