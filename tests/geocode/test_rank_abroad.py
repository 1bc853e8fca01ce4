"""Geocoder ranking when a report names no country: the spelling as written decides first."""

from __future__ import annotations

from tolltrack.geocode import GazetteerEntry, Geocoder, MemoryGazetteer


def entry(gid: str, name: str, country: str, population: int, feature: str = "town") -> GazetteerEntry:
    return GazetteerEntry(id=gid, name=name, country=country, admin1=None, admin2=None, lat=1.0, lon=1.0,
                          feature=feature, population=population, source="test")


def geocoder(*entries: GazetteerEntry, aliases: dict[str, list[str]] | None = None) -> Geocoder:
    return Geocoder(MemoryGazetteer(entries, aliases=aliases or {}), focus={"NG", "YE"})


def top(geo: Geocoder, text: str) -> tuple[str, str] | None:
    ranked = geo.rank(text)
    return (ranked[0].entry.name, ranked[0].entry.country) if ranked else None


def test_a_town_spelled_exactly_so_beats_a_bigger_one_only_alike() -> None:
    # "Paoua" and "Poá" fold to one key; the report wrote the first
    geo = geocoder(entry("poa", "Poá", "BR", 103_765, "city"), entry("paoua", "Paoua", "CF", 47_703))
    assert top(geo, "Paoua") == ("Paoua", "CF")


def test_exact_spelling_abroad_beats_a_look_alike_in_a_focus_country() -> None:
    geo = geocoder(entry("patani", "Patani", "NG", 7_327, "village"), entry("pattani", "Pattani", "TH", 43_690))
    assert top(geo, "Pattani") == ("Pattani", "TH")


def test_a_far_away_town_known_only_by_an_alias_is_dropped() -> None:
    geo = geocoder(entry("cpt", "Cape Town", "ZA", 3_433_441, "city"), aliases={"cpt": ["Cabo"]})
    assert top(geo, "Cabo") is None
    # a look-alike (same folded key) stays when no town is spelled so, and goes when one is
    geo = geocoder(entry("tiebo", "Tiébo", "SN", 100_289, "city"))
    assert top(geo, "Tibú") == ("Tiébo", "SN")
    geo = geocoder(entry("tiebo", "Tiébo", "SN", 100_289, "city"), entry("tibu", "Tibú", "CO", 13_565))
    assert top(geo, "Tibú") == ("Tibú", "CO")


def test_a_city_written_as_its_name_less_a_word_is_kept() -> None:
    # GeoNames files a city as "Nyala Fort", with "Nyala" an alias: a report writes the shorter name
    geo = geocoder(entry("nf", "Nyala Fort", "SD", 300_000, "city"), aliases={"nf": ["Nyala"]})
    assert top(geo, "Nyala") == ("Nyala Fort", "SD")
    geo = geocoder(entry("nf", "Nyala Fort", "SD", 30_000, "town"), aliases={"nf": ["Nyala"]})
    assert top(geo, "Nyala") is None  # (a town that small abroad is not read from an alias)
    # in a focus country an alias still counts
    geo = geocoder(entry("mirwah", "Al Mirwah", "YE", 0, "village"), aliases={"mirwah": ["Marawi"]})
    assert top(geo, "Marawi") == ("Al Mirwah", "YE")


def test_a_city_named_with_city_after_it() -> None:
    geo = geocoder(entry("marawi", "Marawi City", "PH", 259_993, "city"),
                   entry("mirwah", "Al Mirwah", "YE", 0, "village"), aliases={"mirwah": ["Marawi"],
                                                                             "marawi": ["Marawi"]})
    assert top(geo, "Marawi") == ("Marawi City", "PH")


def test_a_country_written_exactly_beats_a_city_named_after_it() -> None:
    geo = geocoder(entry("benin-city", "Benin City", "NG", 1_782_000, "city"),
                   entry("bj", "Benin", "BJ", 11_485_048, "country"), aliases={"benin-city": ["Benin"]})
    assert top(geo, "Benin") == ("Benin", "BJ")


def test_a_division_abroad_only_alike_is_dropped_when_the_country_is_known() -> None:
    # "Abu Gouta" and "Bogota" fold to one key: in a report about Sudan it is no spelling of Bogotá
    geo = geocoder(entry("bog", "Bogotá", "CO", 0, "admin1"))
    assert geo.rank("Abu Gouta", country="SD") == []
    assert [r.entry.name for r in geo.rank("Bogotá", country="SD")] == ["Bogotá"]  # spelled so, it stays
