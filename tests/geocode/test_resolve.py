"""Geocoder: ranking with hints, relative descriptions, admin1 and regions."""

from __future__ import annotations

import pytest

from tolltrack.geocode import Geocoder, Resolution


def _r(geo: Geocoder, text: str, **kw: str) -> Resolution:
    res = geo.resolve(text, **kw)
    assert res is not None, text
    return res


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        ("Mayadeen", "Al Mayādīn", "exact"),
        ("Al-Bokamal", "Ālbū Kamāl", "exact"),
        ("Deir Eazzor", "Deir ez-Zor", "exact"),
        ("in Raqqah", "Ar Raqqah", "exact"),
        ("Palmyra", "Tadmur", "exact"),
        ("Sukhna", "As Sukhnah", "exact"),
    ],
)
def test_plain_names(geocoder: Geocoder, text: str, name: str, precision: str) -> None:
    res = _r(geocoder, text)
    assert (res.entry.name, res.precision) == (name, precision)
    assert 0 < res.score <= 1


def test_country_hint_ranks_first(geocoder: Geocoder) -> None:
    assert _r(geocoder, "Palmyra", country="CO").entry.country == "CO"
    assert _r(geocoder, "Palmyra", country="SY").entry.name == "Tadmur"


def test_admin1_hint_picks_homonym(geocoder: Geocoder) -> None:
    assert _r(geocoder, "Tall Abyad").entry.admin1 == "Ar-Raqqah"  # bigger one
    assert _r(geocoder, "Tal Abyad", admin1_hint="Aleppo").entry.admin1 == "Aleppo"
    # the hint may itself be any spelling of the governorate
    assert _r(geocoder, "Tal Abyad", admin1_hint="Raqqa province").entry.admin1 == "Ar-Raqqah"


def test_short_names_need_exact_match_and_hint(geocoder: Geocoder) -> None:
    assert geocoder.resolve("Bab") is None
    res = _r(geocoder, "Bab", country="SY")
    assert res.entry.id == "gn:13"


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Raqqa province", "Ar-Raqqah"),
        ("the province of Raqqa", "Ar-Raqqah"),
        ("Deir Ezzor governorate", "Deir ez-Zor"),
        ("Idlib governorate", "Idlib"),
        ("countryside of Homs", "Homs"),
        ("Homs countryside", "Homs"),
        ("the eastern countryside of Deir Ezzor", "Deir ez-Zor"),
        ("Hama's northern countryside", "Hama"),
        ("rural Idlib", "Idlib"),
        ("Damascus countryside", "Rif Dimashq"),
        ("Rural Damascus", "Rif Dimashq"),
        ("Abu Kamal countryside", "Deir ez-Zor"),
        ("eastern Deir Ezzor", "Deir ez-Zor"),
        ("southern Idlib", "Idlib"),
        ("Borno state", "Borno"),
    ],
)
def test_admin1_phrases(geocoder: Geocoder, text: str, admin1: str) -> None:
    res = _r(geocoder, text)
    assert res.precision == "admin1", res
    assert res.entry.feature == "admin1"
    assert res.entry.name == admin1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("east of Palmyra", "Tadmur"),
        ("south of the city of Mayadin", "Al Mayādīn"),
        ("near Hajin", "Hajīn"),
        ("10 km west of Abu Kamal", "Ālbū Kamāl"),
        ("the outskirts of Deir ez-Zor", "Deir ez-Zor"),
        ("Mayadin outskirts", "Al Mayādīn"),
        ("west Mosul", "Mosul"),
    ],
)
def test_relative_descriptions_are_near(geocoder: Geocoder, text: str, name: str) -> None:
    res = _r(geocoder, text)
    assert (res.entry.name, res.precision) == (name, "near")


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("the Syrian desert", "Syrian Desert", None),
        ("Badia", "Syrian Desert", None),
        ("Homs desert", "Homs desert", "Homs"),
        ("the desert of Deir Ezzor", "Deir ez-Zor desert", "Deir ez-Zor"),
        ("Deir ez-Zor Badia", "Deir ez-Zor desert", "Deir ez-Zor"),
        ("Raqqa desert", "Raqqa desert", "Ar-Raqqah"),
        ("Mayadin desert", "Mayadin desert", "Deir ez-Zor"),
        ("Eastern Ghouta", "Eastern Ghouta", "Rif Dimashq"),
        ("Idlib de-escalation zone", "Idlib de-escalation zone", None),
        ("west of the Euphrates", "west of the Euphrates", None),
        ("Sambisa forest", "Sambisa Forest", "Borno"),
    ],
)
def test_regions(geocoder: Geocoder, text: str, name: str, admin1: str | None) -> None:
    res = _r(geocoder, text)
    assert res.entry.name == name
    assert res.entry.admin1 == admin1
    assert res.precision == "region"


def test_desert_of_unlisted_place_falls_back_to_its_governorate(geocoder: Geocoder) -> None:
    res = _r(geocoder, "Hajin desert")
    assert (res.entry.name, res.precision) == ("Deir ez-Zor", "region")


def test_curated_point_features(geocoder: Geocoder) -> None:
    assert _r(geocoder, "al-Tanf").entry.admin1 == "Homs"
    assert _r(geocoder, "T2 station").entry.admin1 == "Deir ez-Zor"
    assert _r(geocoder, "Yarmouk camp").entry.admin1 == "Damascus"
    assert _r(geocoder, "al-Hawl camp").entry.admin1 == "Al-Hasakah"
    assert _r(geocoder, "Kafr Sousa").entry.admin1 == "Damascus"
    assert _r(geocoder, "Damascus airport").entry.admin1 == "Rif Dimashq"
    assert _r(geocoder, "Jabal al-Akrad").entry.admin1 == "Latakia"
    assert _r(geocoder, "Kifri district").precision == "admin2"


def test_country_and_comma_hints(geocoder: Geocoder) -> None:
    assert _r(geocoder, "Syria").precision == "country"
    assert _r(geocoder, "northern Syria").precision == "country"
    res = _r(geocoder, "Tal Abyad, Aleppo")
    assert res.entry.admin1 == "Aleppo"


def test_unknown_names_return_none(geocoder: Geocoder) -> None:
    for text in ["Xyzzyville", "east of Xyzzyville", "Xyzzy province", "", "  ", "the"]:
        assert geocoder.resolve(text) is None, text


def test_canonical_admin1(geocoder: Geocoder) -> None:
    assert geocoder.canonical_admin1("Deir Ezzor province") == "Deir ez-Zor"
    assert geocoder.canonical_admin1("Hasakeh") == "Al-Hasakah"
    assert geocoder.canonical_admin1("Sweida") == "As-Suwayda"


def test_a_division_is_not_read_through_a_towns_unrelated_alias() -> None:
    from tolltrack.geocode import GazetteerEntry, MemoryGazetteer
    from tolltrack.geocode.build import curated_records as records
    from tolltrack.geocode.curated import load_admin1 as admin1

    def town(gid: str, name: str, country: str, admin1_: str, lat: float, lon: float, pop: int,
             feature: str = "town") -> GazetteerEntry:
        return GazetteerEntry(id=gid, name=name, country=country, admin1=admin1_, admin2=None, lat=lat, lon=lon,
                              feature=feature, population=pop, source="test")

    base = list(records(admin1()))
    # "Xoum" is an alias of a Yemeni town named otherwise, "Raqqa" a spelling of Ar Raqqah's name
    extra = [(town("gn:90", "Al Bilad", "YE", "Hadramawt", 16.1, 49.3, 2000), ("Xoum",)),
             (town("gn:91", "Ar Raqqah", "SY", "Ar-Raqqah", 35.95, 39.01, 531952, "city"), ("Rakka",))]
    entries = base + extra
    geo = Geocoder(MemoryGazetteer([e for e, _ in entries], {e.id: a for e, a in entries}))
    assert geo.resolve("Xoum province") is None
    hit = geo.resolve("Rakka province")
    assert hit is not None and (hit.entry.name, hit.precision) == ("Ar-Raqqah", "admin1")


def test_a_division_named_in_full_is_not_the_division_of_a_village_so_named() -> None:
    """ "the region of Michoacán": the state named Michoacán, not Chiapas, where a village bears the name."""
    from tolltrack.geocode import GazetteerEntry, MemoryGazetteer
    from tolltrack.geocode.build import curated_records as records
    from tolltrack.geocode.curated import load_admin1 as admin1

    village = GazetteerEntry(id="gn:92", name="Michoacán", country="MX", admin1="Chiapas", admin2=None,
                             lat=16.9, lon=-92.6, feature="village", population=3000, source="test")
    entries = [*records(admin1()), (village, ())]
    geo = Geocoder(MemoryGazetteer([e for e, _ in entries], {e.id: a for e, a in entries}))
    for text in ("Michoacán region", "the state of Michoacán", "Michoacán state"):
        hit = geo.resolve(text, country="MX")
        assert hit is not None and (hit.entry.name, hit.precision) == ("Michoacán", "admin1"), text
    plain = geo.resolve("Michoacán", country="MX")
    assert plain is not None
