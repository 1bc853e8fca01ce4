"""Rules written on the eleventh unseen round of pair sets (Thailand's deep south, Indonesia's Papua
provinces, the West Bank, Libya), each on an invented sentence that exercises the general pattern.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from .helpers import extract


def test_a_foreigners_nationality_is_not_where_it_happened() -> None:
    """ "a New Zealand pilot", "two Chinese nationals": whose people they are, not the scene's country."""
    for text in ("Rebels seized a New Zealand pilot after his plane landed at a highland airstrip on Tuesday.",
                 "Gunmen kidnapped two Chinese nationals working at a mine on Tuesday."):
        [c] = extract(text).casualties + extract(text).incidents
        assert c.country not in {"NZ", "CN"}
        assert all(p.precision != "country" for p in c.places)


def test_a_valley_or_basin_named_after_a_country_is_no_country() -> None:
    """ "the Jordan Valley" is (in these reports) the West Bank's valley; "the Congo Basin" is no country."""
    [c] = extract("Settlers injured three shepherds in the northern Jordan Valley on Wednesday.").casualties
    assert c.country == "PS" and [p.name for p in c.places] == ["Jordan Valley"]
    [c] = extract("Poachers killed two rangers in the Congo Basin on Wednesday.").casualties
    assert all(p.precision != "country" for p in c.places)


@pytest.mark.parametrize(("text", "status"), [
    ("Medics recovered a body near Kafr Malik on Monday.", "killed"),
    ("The body of a shepherd was found in a ravine near Kafr Malik on Monday.", "killed"),
    ("A rubber tapper was found decapitated on his plantation in Bannang Sata on Monday.", "killed"),
    ("Settlers beat a farmer near Kafr Malik on Monday and drove off his sheep.", "attack"),
    ("A resident of Kafr Malik was hit in the leg by a soldier's bullet on Monday.", "attack"),
    ("Villagers said military helicopters dropped explosives near several hamlets on Monday.", "attack"),
])
def test_a_death_or_an_attack_told_without_a_count(text: str, status: str) -> None:
    """A body found, a head cut off, a beating, a bullet, explosives dropped: an incident even uncounted."""
    found = extract(text)
    assert [i.status for i in found.incidents] == [status]


def test_a_toll_after_a_when_clause_belongs_to_that_clause() -> None:
    """ "300 residents have fled since Saturday, when gunmen killed a village head": the 300 fled; the dead
    is the village head, not them (but "five people, who were later killed" keeps its status)."""
    found = extract("Around 300 residents of Kiwirok have fled to Oksibil since Saturday, when gunmen killed a "
                    "village head and burned his house.")
    assert all(c.count != 300 for c in found.casualties)
    [c] = extract("Five soldiers were wounded on Saturday, when gunmen attacked their post.").casualties
    assert (c.status, c.count) == ("injured", 5)


def test_papuas_regencies_lie_in_the_provinces_of_2022() -> None:
    """Indonesia's provinces and regencies: Nduga in Highland Papua, Mimika in Central Papua (the provinces
    cut from Papua in 2022, as GeoNames codes their towns); a bare "Papua" is the region."""
    [c] = extract("Gunmen shot dead two construction workers in Nduga regency on Monday.").casualties
    assert c.country == "ID" and c.admin1 == ["Highland Papua"]
    [c] = extract("Rebels killed two soldiers in Mimika regency, Central Papua, on Monday.").casualties
    assert c.admin1 == ["Central Papua"]
    [c] = extract("Two soldiers were killed in an ambush in Papua on Monday.").casualties
    assert c.country == "ID" and c.admin1 == []


def test_kufra_is_libyas_kufra() -> None:
    """Kufra, whose main town GeoNames lists as Al Jawf, is Libya's Kufra, not a namesake abroad."""
    [c] = extract("Three people were killed in clashes between armed groups in Kufra on Tuesday.").casualties
    assert (c.country, c.admin1) == ("LY", ["Kufra District"])


def test_a_regency_is_the_district_not_a_village_named_so_elsewhere() -> None:
    """ "Puncak regency": the regency of Central Papua, not Puncak, a village of West Java; a district word
    after a town's name gives the district of that name when the town's own province has none so called."""
    [c] = extract("Rebels shot dead three workers at a bridge site in Puncak regency on Saturday.").casualties
    [p] = c.places
    assert (p.precision, p.admin1, p.admin2) == ("admin2", "Central Papua", "Puncak")


def test_a_province_named_like_a_town_abroad_keeps_the_town() -> None:
    """Bali is an Indonesian province and a town of Cameroon's North-West: "Bali, Mezam division" is the town."""
    [c] = extract("Separatists killed two gendarmes in Bali, Mezam division, on Thursday.").casualties
    assert c.country == "CM"


def test_a_capital_named_alone_is_the_capital() -> None:
    """ "Tripoli" with nothing else to go by is Libya's capital, not Lebanon's second city; a report that says
    Lebanon keeps Lebanon's."""
    [c] = extract("Shells struck the airport in Tripoli on Sunday, wounding four people.").casualties
    assert c.country == "LY"
    [c] = extract("Clashes in Tripoli killed three people on Sunday, the Lebanese army said.").casualties
    assert c.country == "LB"


def test_a_village_head_is_a_person() -> None:
    """ "gunmen killed the village head and his son": two people (the head of a village, a clan or a family
    is a person; "the head of the convoy" is no person of that kind)."""
    [inc] = extract("Gunmen killed the village head and his son in Kiwirok on Saturday.").incidents
    assert (inc.status, inc.count) == ("killed", 2)


def test_a_camp_named_like_a_province_abroad_is_no_province() -> None:
    """ "al-Faraa camp": a camp, whatever province elsewhere is spelled alike (Farah, Afghanistan), as "X
    village" and "X neighbourhood" are."""
    found = extract("A drone struck a group of young men in al-Faraa camp on Tuesday, killing one.")
    [c] = found.casualties + found.incidents
    assert c.country != "AF" and all(p.precision != "admin1" for p in c.places)
