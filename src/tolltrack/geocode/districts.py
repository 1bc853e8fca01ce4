"""Second-level divisions by name: which districts a province has.

The gazetteer's towns carry a province but no district. Many towns are the seats of districts
named after them ("Mangu", seat of Mangu LGA in Plateau), so the names of a province's districts
tell which district such a town lies in. Data: ``data/places/admin2.tsv`` (GeoNames, CC BY 4.0,
built by ``scripts/build_admin2.py``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from importlib import resources

from tolltrack.data import load
from tolltrack.geocode.normalize import fold, normalize_name

# the generic words GeoNames writes around a district's own name ("Province de l'Oudalan", "Cercle de
# Bankass", "Kajiado County", "Distrito de Tumaco")
# ("Amphoe Raman" in Thailand, "Silvan İlçesi" in Turkey, "Bakhmutskyi Raion", "Kabupaten Nduga")
_GENERIC = re.compile(r"^(?:province|département|departement|cercle|préfecture|prefecture|district|région|region|"
                      r"cantón|canton|arrondissement|caza|circunscrição|circunscricao|concelho|cidade|commune|"
                      r"municipio|distrito|provincia|comuna|wilaya|daira|muhafazat|markaz|amphoe|kabupaten|kota)\s+"
                      r"(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’]|of\s+|da\s+|do\s+)?|"
                      r"\s+(?:district|county|province|department|municipality|local government area|lga|division|"
                      r"cercle|regency|sub-?county|city|municipal district|agency|ilçesi|ilcesi|i̇lçesi|rayon|raion|"
                      r"zone)$",
                      re.IGNORECASE)


def district_keys(names: str, country: str = "") -> list[str]:
    """The lookup keys of a district's names ("Province de l'Oudalan|..."): each name normalised
    as the gazetteer does, with and without GeoNames' generic words. ``scripts/build_admin2.py``
    stores them in the table, so that loading it costs no folding (a test checks they agree)."""
    keys: set[str] = set()
    for n in names.split("|"):
        keys.update({normalize_name(n), normalize_name(_GENERIC.sub("", n))} - {""})
        if country == "ID":
            keys.update(normalize_name(e) for e in english_forms(_GENERIC.sub("", n)))
    if country in _ADJECTIVAL:
        keys.update(k for key in list(keys) for k in town_forms(key))
    return sorted(keys)


# Russian and Ukrainian districts are named by an adjective of their seat ("Vedensky" of Vedeno,
# "Pokrovskyi" of Pokrovsk, "Khasavyurtovsky" of Khasavyurt), and reports write the seat's name
# ("the Vedeno district", "Pokrovsk district"): the seat's likely forms are keys of the district too.
_ADJECTIVAL = frozenset({"RU", "UA", "BY"})


# Indonesian regencies put the compass point after the name ("Aceh Utara"); English reports put it before
# ("North Aceh", "Central Aceh").
_COMPASS_ID = {"utara": "North", "selatan": "South", "timur": "East", "barat": "West", "tengah": "Central",
               "tenggara": "Southeast", "barat daya": "Southwest", "timur laut": "Northeast"}
_COMPASS_ID_AFTER = re.compile(r"^(?P<name>.+?)\s+(?P<way>barat\s+daya|timur\s+laut|utara|selatan|timur|barat|"
                               r"tengah|tenggara)$", re.IGNORECASE)


def english_forms(name: str) -> list[str]:
    """ "Aceh Utara" -> ["North Aceh"], "Maluku Tenggara Barat" -> ["West Maluku Tenggara"]."""
    m = _COMPASS_ID_AFTER.match(name.strip())
    if m is None:
        return []
    way = _COMPASS_ID[" ".join(m.group("way").lower().split())]
    return [f"{way} {m.group('name')}"]


def town_forms(key: str) -> set[str]:
    """Normalised keys: "vadanski" -> "vadan", "vadana", "vadanu", "vadans", "vadansk"; "tsumadinski" also
    -> "tsumada"."""
    if not key.endswith("ski") or len(key) < 7:
        return set()
    stem = key[:-3]
    forms = {stem, stem + "a", stem + "u", stem + "s", stem + "sk"}
    if stem.endswith(("uv", "av")):
        forms.add(stem[:-2])  # "khasaviurtuv" -> "khasaviurt"
    if stem.endswith("an"):
        forms.add(stem[:-1])  # "sunzhan" -> "sunzha"
    if stem.endswith("in"):
        forms.add(stem[:-2] + "a")  # "tsumadin" -> "tsumada" (Tsumadinsky, of Tsumada)
    return {f for f in forms if len(f) >= 5}  # (not "Koch" for Kochevsky: a short stem names too much)


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    """admin2.tsv's rows: (admin1 code, names, lookup keys)."""
    text = resources.files("tolltrack.data").joinpath("places/admin2.tsv").read_text(encoding="utf-8")
    return tuple((code, names, keys) for code, names, keys in (line.split("\t") for line in text.splitlines()))


@cache
def _by_code() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for code, _names, keys in _rows():
        out[code].update(keys.split("|"))
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _provinces() -> dict[str, tuple[str, str, float, float]]:
    """GeoNames admin1 code -> (country, province as tolltrack writes it, lat, lon of its capital)."""
    out: dict[str, tuple[str, str, float, float]] = {}
    for country, rows in load("places/admin1").items():
        for row in rows:
            out[row["code"]] = (country, str(row.get("display") or row["name"]), float(row["lat"]), float(row["lon"]))
    return out


@cache
def _codes() -> dict[tuple[str, str], str]:
    """(country, province name as tolltrack writes it, or its canonical name) -> GeoNames admin1 code."""
    out: dict[tuple[str, str], str] = {}
    for country, rows in load("places/admin1").items():
        for row in rows:
            out[(country, row["name"])] = row["code"]
            out[(country, str(row.get("display") or row["name"]))] = row["code"]
    return out


@cache
def _homes() -> dict[str, tuple[str, ...]]:
    """Normalised district name -> the admin1 codes of the provinces that have a district of that name."""
    out: dict[str, set[str]] = defaultdict(set)
    for code, names in _by_code().items():
        for n in names:
            out[n].add(code)
    return {k: tuple(sorted(v)) for k, v in out.items()}


_PLAIN_WORDS = frozenset({
    "capital", "central", "centre", "center", "city", "north", "south", "east", "west", "northern", "southern",
    "eastern", "western", "upper", "lower", "middle", "new", "old", "district", "municipality", "town", "island",
    "islands", "coast", "coastal", "border", "lake", "river", "valley", "mountain", "hills", "port", "urban", "rural",
    "metropolitan", "federal",
})


# the words that make a written name a district's ("Oudalan province", "Nad Ali district", "Mangu LGA",
# "Walikale territory")
DISTRICT_WORD = re.compile(r"\s+(?:local government area|lga|district|province|department|county|cercle|prefecture|"
                   r"division|regency|sub-?county|circle|agency|territory)$", re.IGNORECASE)


def district_home(written: str, country: str | None, *, bare: bool = False) -> tuple[str, str, float, float] | None:
    """The province of a district written with its generic word ("Oudalan province" -> Burkina Faso's
    Sahel), when exactly one province of the report's country (or of all, when no country is known)
    has a district of that name. Returns (country, province, lat, lon of the province's capital).
    ``bare``: the name may come without its word ("Kurram"), for names no town bears, when the
    report's country is known."""
    m = DISTRICT_WORD.search(written)
    if m is None and not bare:
        return None
    key = normalize_name(written[: m.start()] if m else written)
    if not m and (country is None or set(key.split()) <= _PLAIN_WORDS):
        return None  # a bare name only in the report's country ("Pipe" is no district of Boyacá in Derry);
        # "Capital", "Central": words before they are districts
    codes = [c for c in _homes().get(key, ())
             if c in _provinces() and (country is None or _provinces()[c][0] == country)]
    return _provinces()[codes[0]] if len(codes) == 1 else None


@cache
def _labels() -> dict[tuple[str, str], str]:
    """(admin1 code, lookup key) -> the district's GeoNames name less its generic words."""
    out: dict[tuple[str, str], str] = {}
    for code, names, keys in _rows():
        label = _GENERIC.sub("", names.split("|")[0])
        for k in keys.split("|"):
            out.setdefault((code, k), label)
    return out


def province_point(country: str, province: str) -> tuple[float, float] | None:
    """The point (its capital) of a province as tolltrack writes it."""
    for c, name, lat, lon in _provinces().values():
        if c == country and name == province:
            return lat, lon
    return None


def district_label(written: str, country: str) -> str | None:
    """The district's own name for another spelling of it ("Central Aceh" -> "Aceh Tengah"), when one
    province of ``country`` has it."""
    m = DISTRICT_WORD.search(written)
    key = normalize_name(written[: m.start()] if m else written)
    codes = [c for c in _homes().get(key, ()) if c in _provinces() and _provinces()[c][0] == country]
    return _labels().get((codes[0], key)) if len(codes) == 1 else None


@cache
def _spelled() -> dict[str, frozenset[str]]:
    """A district's name as written, folded, without GeoNames' generic words -> the countries that have it."""
    out: dict[str, set[str]] = defaultdict(set)
    for code, names, _keys in _rows():
        if code in _provinces():
            for n in names.split("|"):
                out[fold(_GENERIC.sub("", n))].add(_provinces()[code][0])
    return {k: frozenset(v) for k, v in out.items()}


def district_countries(written: str) -> frozenset[str]:
    """The countries with a district spelled so ("Basilan" -> the Philippines), its word or not."""
    m = DISTRICT_WORD.search(written)
    key = fold(written[: m.start()] if m else written)
    if not key or set(key.split()) <= _PLAIN_WORDS:
        return frozenset()
    return _spelled().get(key, frozenset())


def district_names(country: str | None, admin1: str | None) -> frozenset[str]:
    """The normalised names of a province's districts; empty when unknown."""
    if not country or not admin1:
        return frozenset()
    code = _codes().get((country, admin1))
    return _by_code().get(code, frozenset()) if code else frozenset()


def seat_district(name: str, country: str | None, admin1: str | None) -> str | None:
    """The district a town of this name lies in when a district of its province bears its name."""
    key = normalize_name(name)
    return key if key in district_names(country, admin1) else None
