#!/usr/bin/env python3
"""Build ``src/tolltrack/data/places/admin2.tsv``: the names of the second-level divisions
(districts, LGAs, departments, cercles) of the countries listed in ``data/places/admin1.toml``.

    python scripts/build_admin2.py admin2Codes.txt

Why: event merging must know that a town named like a district of its province ("Mangu" in
Plateau, Nigeria, seat of Mangu LGA) lies in that district, and so not in another district a
second report names ("an attack in Bokkos local government area"). The gazetteer's towns carry
no district, and no distance limit tells neighbouring districts apart.

The input is GeoNames' ``admin2Codes.txt`` (https://download.geonames.org/export/dump/, CC BY 4.0:
"Contains data from GeoNames (geonames.org)"). Output rows: ``admin1 code<TAB>name[|ascii name]<TAB>lookup keys``
(``tolltrack.geocode.districts.district_keys``, so that loading the table costs no folding), sorted,
so reruns on the same file give identical output.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLACES = ROOT / "src" / "tolltrack" / "data" / "places"
sys.path.insert(0, str(ROOT / "src"))

from tolltrack.geocode.districts import district_keys  # noqa: E402

# GeoNames rows filed under the wrong province, corrected here: admin2 code -> the right admin1 code.
# Walikale is a territory of North Kivu (DR Congo); admin2Codes.txt lists it under Giza, Egypt. Mamdi
# (seat Bol) is a department of Chad's Lac province, listed under Logone Oriental. Adhamiyah is a district
# of Baghdad, listed under Duhok.
ERRATA = {"EG.08.9179486": "CD.11", "TD.09.8693074": "TD.07", "IQ.08.99612": "IQ.07"}
# South Sudan's districts are filed under the 32 states of 2015-2020, which reports seldom name; they
# go back to the ten states admin1.toml (and reports) use: state code -> the state it was cut from.
REDRAWN = {
    "SS.11550555": "SS.01", "SS.11550569": "SS.01", "SS.11550571": "SS.01",  # Yei River, Juba, Terekeka
    "SS.11550567": "SS.02", "SS.11550596": "SS.02",  # Imatong, Kapoeta: Eastern Equatoria
    "SS.11550573": "SS.03", "SS.11550574": "SS.03", "SS.11550576": "SS.03",  # Boma, Bieh, Jonglei
    "SS.11550580": "SS.03", "SS.9407085": "SS.03",  # Fangak, Akobo
    "SS.11550544": "SS.04", "SS.11550562": "SS.04", "SS.11550581": "SS.04",  # Eastern Lakes, Gok, Western Lakes
    "SS.11550543": "SS.05", "SS.11550548": "SS.05", "SS.11550582": "SS.05",  # Aweil, Lol, Aweil East
    "SS.11550578": "SS.06", "SS.11550579": "SS.06",  # Northern and Southern Liech: Unity
    "SS.11550558": "SS.07", "SS.11550575": "SS.07", "SS.11550577": "SS.07",  # Fashoda, Central Upper Nile, Latjoor
    "SS.11550588": "SS.07", "SS.9072661": "SS.07",  # Northern Upper Nile, Maiwut
    "SS.11550545": "SS.08", "SS.11550563": "SS.08", "SS.11550564": "SS.08",  # Gogrial, Tonj, Twic: Warrap
    "SS.11550565": "SS.09",  # Wau: Western Bahr el Ghazal
    "SS.11550552": "SS.10", "SS.11550566": "SS.10", "SS.11550570": "SS.10", "SS.11550589": "SS.10",
    # (Amadi, Gbudwe, Maridi, Tambura: Western Equatoria)
}

# Indonesia cut four provinces from Papua and West Papua in 2022; GeoNames codes their towns under the new
# provinces (ID.PT, ID.PE, ID.PS, ID.PD) but still files their regencies under the old two: regency -> province.
SPLIT_2022 = {
    **dict.fromkeys(["ID.36.9404", "ID.36.9410", "ID.36.9412", "ID.36.9411", "ID.36.9433", "ID.36.9434",
                     "ID.36.9435", "ID.36.9436"], "ID.PT"),  # Central Papua: Nabire ... Deiyai
    **dict.fromkeys(["ID.36.9402", "ID.36.9430", "ID.36.9431", "ID.36.9429", "ID.36.9418", "ID.36.9416",
                     "ID.36.9432", "ID.36.9417"], "ID.PE"),  # Highland Papua: Jayawijaya ... Pegunungan Bintang
    **dict.fromkeys(["ID.36.9401", "ID.36.9413", "ID.36.9414", "ID.36.9415"], "ID.PS"),  # South Papua: Merauke ...
    **dict.fromkeys(["ID.39.9107", "ID.39.9171", "ID.39.9108", "ID.39.9106", "ID.39.9110", "ID.39.9109"],
                    "ID.PD"),  # Southwest Papua: Sorong ... Tambrauw
}


# The names reports use where GeoNames has another spelling or the official long form: admin2 code -> names.
# Ethiopia's Wollega zones (GeoNames "Wellega"); India's districts named with a Hindi compass word
# ("Pashchim Singhbhum" is West Singhbhum) or by their official long name ("Dakshin Bastar Dantewada").
ALIASES = {
    "ET.51.7670721": "East Wollega", "ET.51.7732966": "West Wollega", "ET.51.11750827": "Kellem Wollega|Qellem Wollega",
    "ET.51.11750829": "Horo Guduru Wollega|Horo Gudru Wollega", "ET.51.7670715": "West Shoa",
    "ET.51.7670714": "North Shoa", "ET.51.7670720": "East Shoa",
    "IN.37.416": "Dantewada", "IN.38.368": "West Singhbhum", "IN.38.357": "East Singhbhum",
    "IN.38.369": "Seraikela-Kharsawan|Seraikela Kharsawan",
}


# Countries whose districts stay out: England's unitary authorities carry everyday words ("Reading", "Bury",
# "Highland"), and Northern Ireland's districts of 2015 are not what reports name (its six counties are curated
# in features.toml).
LEFT_OUT = {"GB"}


def main(src: str) -> None:
    countries = set(tomllib.loads((PLACES / "admin1.toml").read_text(encoding="utf-8")))
    rows: set[str] = set()
    for line in Path(src).read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, _gid = line.split("\t")
        country, admin1, _ = code.split(".", 2)
        if code in ERRATA or code in SPLIT_2022:
            country, admin1 = (ERRATA.get(code) or SPLIT_2022[code]).split(".")
        country, admin1 = REDRAWN.get(f"{country}.{admin1}", f"{country}.{admin1}").split(".")
        if country not in countries or country in LEFT_OUT:
            continue
        names = name if ascii_name in ("", name) else f"{name}|{ascii_name}"
        if code in ALIASES:
            names = f"{names}|{ALIASES[code]}"
        rows.add(f"{country}.{admin1}\t{names}\t{'|'.join(district_keys(names, country))}")
    out = PLACES / "admin2.tsv"
    out.write_text("".join(r + "\n" for r in sorted(rows)), encoding="utf-8")
    print(f"{out}: {len(rows)} divisions of {len(countries)} countries")


if __name__ == "__main__":
    main(sys.argv[1])
