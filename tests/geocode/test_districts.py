"""Second-level division names (data/places/admin2.tsv, GeoNames)."""

from __future__ import annotations

from tolltrack.geocode.districts import district_names, seat_district


def test_a_town_named_like_a_district_of_its_province_is_its_seat() -> None:
    assert seat_district("Mangu", "NG", "Plateau") == "mangu"
    assert seat_district("Argo", "AF", "Badakhshan") is not None  # (GeoNames writes "Argō")
    assert seat_district("Jos", "NG", "Plateau") is None  # Jos North, Jos South: no district "Jos"
    assert seat_district("Mangu", "NG", "Borno") is None  # another province


def test_unknown_provinces_have_no_districts() -> None:
    assert district_names("NG", "Atlantis") == frozenset()
    assert district_names(None, "Plateau") == frozenset()
    assert len(district_names("NG", "Plateau")) == 17


def test_a_district_written_with_its_generic_word_is_placed_in_its_province() -> None:
    from tolltrack.geocode.districts import district_home

    assert district_home("Oudalan province", "BF")[:2] == ("BF", "Sahel")  # GeoNames: "Province de l'Oudalan"
    assert district_home("Bankass cercle", None)[:2] == ("ML", "Mopti")  # GeoNames: "Bankass Cercle"
    assert district_home("Oudalan", "BF") is None  # no generic word: a town's name, for the gazetteer
    assert district_home("Oudalan province", "NG") is None  # not a district of the report's country


def test_a_former_agency_is_a_district_too() -> None:
    from tolltrack.geocode.districts import district_home

    assert district_home("Mohmand Agency", None)[:2] == ("PK", "Khyber Pakhtunkhwa")  # GeoNames: "Mohmand Agency"


def test_the_stored_lookup_keys_are_the_ones_the_code_would_compute() -> None:
    """admin2.tsv carries its keys so loading costs no folding; rebuild it when the folding changes."""
    from importlib import resources

    from tolltrack.geocode.districts import district_keys

    text = resources.files("tolltrack.data").joinpath("places/admin2.tsv").read_text(encoding="utf-8")
    for line in text.splitlines()[::50]:
        code, names, keys = line.split("\t")
        assert keys.split("|") == district_keys(names, code[:2]), line


def test_the_countries_with_a_district_spelled_so() -> None:
    from tolltrack.geocode.districts import district_countries

    assert district_countries("Basilan") == {"PH"}
    assert district_countries("Kurram district") == {"PK"}
    assert district_countries("Central") == frozenset()  # a plain word first
    assert district_countries("Atlantis") == frozenset()


def test_ecuadorian_cantons_are_read_without_their_word() -> None:
    """GeoNames writes "Cantón Guayaquil"; the city is the seat of its canton."""
    assert seat_district("Guayaquil", "EC", "Guayas") is not None


def test_a_district_geonames_files_under_another_country_is_put_back() -> None:
    """admin2Codes.txt lists Walikale (North Kivu) under Giza; scripts/build_admin2.py corrects it."""
    from tolltrack.geocode.districts import district_countries, district_home

    assert district_countries("Walikale") == {"CD"}
    assert district_home("Walikale territory", "CD", bare=True)[:2] == ("CD", "North Kivu")


def test_mozambican_districts_are_read_without_geonames_portuguese_words() -> None:
    """GeoNames writes "Circunscrição de Palma", "Concelho do Ibo", "Cidade de Pemba"."""
    from tolltrack.geocode.districts import district_home

    assert district_home("Palma district", None)[:2] == ("MZ", "Cabo Delgado")
    assert district_home("Ibo district", "MZ")[:2] == ("MZ", "Cabo Delgado")


def test_generic_words_of_other_languages_are_not_part_of_the_name() -> None:
    """GeoNames writes "Silvan İlçesi" (Turkey), "Amphoe Raman" (Thailand), "Bakhmut Raion" (Ukraine)."""
    assert seat_district("Silvan", "TR", "Diyarbakır") == "silvan"
    assert seat_district("Raman", "TH", "Yala") == "raman"
    assert seat_district("Bakhmut", "UA", "Donetsk Oblast") == "bakhmut"


def test_south_sudans_districts_are_in_the_ten_states_reports_name() -> None:
    """GeoNames files them under the 32 states of 2015-2020; scripts/build_admin2.py moves them back."""
    from tolltrack.geocode.districts import district_home

    assert district_home("Budi County", "SS")[:2] == ("SS", "Eastern Equatoria")
    assert district_home("Rubkona", "SS", bare=True)[:2] == ("SS", "Unity State")
    assert district_home("Mamdi department", "TD")[:2] == ("TD", "Lac Province")  # (filed under Logone Oriental)
