"""Claims to table rows and back: the one place that knows the column layout.

A round trip is exact: ``rows -> Casualty/Control`` gives objects whose ``to_dict()``
equals the extraction's, which the tests check.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from tolltrack.model import Actor, Casualty, Control, Evidence, Period, Place

CLAIM_COLUMNS = (
    "document_id", "seq", "status", "count_value", "qualifier", "vague", "alt_counts", "low", "best", "high",
    "victim_side", "victim_name", "victim_actor_id", "perpetrator_side", "perpetrator_name",
    "perpetrator_actor_id", "admin1", "admin1_all", "country", "period_start", "period_end", "is_aggregate",
    "parent_seq", "reported_by", "evidence_start", "evidence_end", "evidence_text", "sentence_start",
    "sentence_end", "sentence_text",
)
PLACE_COLUMNS = ("name", "canonical", "admin1", "admin2", "country", "lat", "lon", "precision", "gazetteer_id")
CLAIM_PLACE_COLUMNS = ("claim_id", "seq", "place_id", *PLACE_COLUMNS)
CONTROL_COLUMNS = (
    "document_id", "seq", "actor_side", "actor_name", "actor_id", "change", "area_km2", "share_pct", "villages",
    "as_of", "evidence_start", "evidence_end", "evidence_text",
)


def insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def claim_row(document_id: int, seq: int, c: Casualty, victim_id: int | None,
              perpetrator_id: int | None) -> tuple[Any, ...]:
    admin1 = c.admin1
    sent = c.sentence
    return (
        document_id, seq, c.status, c.count, c.qualifier, c.vague, json.dumps(list(c.alt_counts)),
        c.low, c.best, c.high,
        c.victim.side, c.victim.name, victim_id,
        c.perpetrator.side if c.perpetrator else None, c.perpetrator.name if c.perpetrator else None,
        perpetrator_id,
        admin1[0] if admin1 else None, json.dumps(admin1, ensure_ascii=False), c.country,
        c.period.start, c.period.end, bool(c.aggregate), c.parent, c.reported_by,
        c.evidence.start, c.evidence.end, c.evidence.text,
        sent.start if sent else None, sent.end if sent else None, sent.text if sent else None,
    )


def place_key(p: Place) -> str:
    """Identity of a place in the ``places`` table: its gazetteer id, else name and country."""
    if p.gazetteer_id:
        return f"gaz:{p.gazetteer_id}"
    return f"name:{p.country or ''}:{p.admin1 or ''}:{p.name.casefold()}"


def place_values(p: Place) -> tuple[Any, ...]:
    return (p.name, p.canonical, p.admin1, p.admin2, p.country, p.lat, p.lon, p.precision, p.gazetteer_id)


def control_row(document_id: int, seq: int, c: Control, actor_id: int | None) -> tuple[Any, ...]:
    return (document_id, seq, c.actor.side, c.actor.name, actor_id, c.change, c.area_km2, c.share_pct,
            c.villages, c.as_of, c.evidence.start, c.evidence.end, c.evidence.text)


def claim_select() -> str:
    """Columns to read a claim back (prefix ``c.``), in ``casualty_from_row`` order."""
    return ", ".join(f"c.{col}" for col in CLAIM_COLUMNS)


def casualty_from_row(row: Sequence[Any], places: list[Place]) -> Casualty:
    r = dict(zip(CLAIM_COLUMNS, row, strict=True))
    perp = Actor(r["perpetrator_side"], r["perpetrator_name"]) if r["perpetrator_side"] else None
    sentence = None
    if r["sentence_start"] is not None:
        sentence = Evidence(r["sentence_start"], r["sentence_end"], r["sentence_text"])
    return Casualty(
        status=r["status"], count=r["count_value"], qualifier=r["qualifier"], vague=r["vague"],
        victim=Actor(r["victim_side"], r["victim_name"]), perpetrator=perp, places=places,
        period=Period(r["period_start"], r["period_end"]), aggregate=bool(r["is_aggregate"]),
        parent=r["parent_seq"], reported_by=r["reported_by"],
        evidence=Evidence(r["evidence_start"], r["evidence_end"], r["evidence_text"]),
        alt_counts=list(json.loads(r["alt_counts"] or "[]")), country=r["country"], sentence=sentence,
    )


def place_from_row(row: Sequence[Any]) -> Place:
    r = dict(zip(PLACE_COLUMNS, row, strict=True))
    return Place(name=r["name"], admin1=r["admin1"], country=r["country"], lat=r["lat"], lon=r["lon"],
                 precision=r["precision"], gazetteer_id=r["gazetteer_id"], admin2=r["admin2"],
                 canonical=r["canonical"])


def control_select() -> str:
    return ", ".join(f"k.{col}" for col in CONTROL_COLUMNS)


def control_from_row(row: Sequence[Any]) -> Control:
    r = dict(zip(CONTROL_COLUMNS, row, strict=True))
    return Control(actor=Actor(r["actor_side"], r["actor_name"]), change=r["change"],
                   evidence=Evidence(r["evidence_start"], r["evidence_end"], r["evidence_text"]),
                   area_km2=r["area_km2"], share_pct=r["share_pct"], villages=r["villages"], as_of=r["as_of"])
