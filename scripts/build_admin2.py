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
# Walikale is a territory of North Kivu (DR Congo); admin2Codes.txt lists it under Giza, Egypt.
ERRATA = {"EG.08.9179486": "CD.11"}


def main(src: str) -> None:
    countries = set(tomllib.loads((PLACES / "admin1.toml").read_text(encoding="utf-8")))
    rows: set[str] = set()
    for line in Path(src).read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, _gid = line.split("\t")
        country, admin1, _ = code.split(".", 2)
        if code in ERRATA:
            country, admin1 = ERRATA[code].split(".")
        if country not in countries:
            continue
        names = name if ascii_name in ("", name) else f"{name}|{ascii_name}"
        rows.add(f"{country}.{admin1}\t{names}\t{'|'.join(district_keys(names))}")
    out = PLACES / "admin2.tsv"
    out.write_text("".join(r + "\n" for r in sorted(rows)), encoding="utf-8")
    print(f"{out}: {len(rows)} divisions of {len(countries)} countries")


if __name__ == "__main__":
    main(sys.argv[1])
