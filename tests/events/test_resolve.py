"""store.resolve: the merge rules on hand-made features, no extraction, no database."""

from __future__ import annotations

from tolltrack.store.resolve import Features, Spot, place_score, same_name, score


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
    assert not same_name("ogossagou", "diallassagou")
    assert not same_name("hajin", "hama")


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


def test_jihadist_attributions_do_not_contradict_each_other() -> None:
    town = Spot(3, "Tillaberi", None, "NE", 14.2, 1.4, "exact")
    a = feats(spots=[town], perp={"JIH"}, doc=1)
    b = feats(spots=[town], perp={"ISIS"}, doc=2)
    assert score(a, b) is not None
    assert score(a, feats(spots=[town], perp={"GOV"}, doc=2)) is None
