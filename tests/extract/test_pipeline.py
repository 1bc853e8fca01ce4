"""pipeline: component order checks, the public API, and invariants over whole documents."""

from __future__ import annotations

import json

import pytest

import tolltrack
from tolltrack.extract.pipeline import Normalizer, Pipeline, PipelineError, default_components
from tolltrack.extract.segment import Segmenter
from tolltrack.extract.state import DocState
from tolltrack.model import Document, Extraction

from .helpers import PUB, extract

REPORT = """Around 70 soldiers killed in desert ambush on army convoy
DAMASCUS, 2 March 2024 - At least 69 soldiers were killed when ISIS gunmen ambushed an army \
convoy in the Homs desert on Thursday night, a war monitor said.
Among the dead were 3 officers, and 12 others were wounded.
In a separate incident, masked gunmen ki*dnapped three women near Daraa.
Since early 2024, the monitor has documented the death of 1,115 people, they are as follows:
- 402 civilians, including 98 children.
- 500 members of the regime forces.
- 213 ISIS members.
Regime forces now hold about 5,650 km² of the desert.
"""


class Needy:
    name = "needy"
    requires = ("mentions",)
    assigns = ("casualties",)

    def __call__(self, state: DocState) -> None:  # pragma: no cover - never run
        raise AssertionError


def test_default_component_order() -> None:
    names = Pipeline().names
    assert names[:2] == ["normalize", "segment"]
    for before, after in [("normalize", "segment"), ("segment", "time"), ("numbers", "mentions"),
                          ("actors", "mentions"), ("mentions", "claims"), ("claims", "merge")]:
        assert names.index(before) < names.index(after)
    assert "control" in names


def test_every_default_requirement_is_met_in_order() -> None:
    available = {"doc"}
    for c in default_components():
        assert set(c.requires) <= available, c.name
        available |= set(c.assigns)


def test_unmet_requirement_raises() -> None:
    with pytest.raises(PipelineError, match="needy"):
        Pipeline([Normalizer(), Segmenter(), Needy()])


def test_wrong_order_raises() -> None:
    with pytest.raises(PipelineError, match="segment"):
        Pipeline([Segmenter(), Normalizer()])


def test_pipeline_error_is_a_value_error() -> None:
    assert issubclass(PipelineError, ValueError)


def test_partial_pipeline_runs_and_returns_an_empty_extraction() -> None:
    result = Pipeline([Normalizer(), Segmenter()])(Document("x", "Five soldiers were killed."))
    assert isinstance(result, Extraction)
    assert result.casualties == [] and result.control == []


def test_extract_document_and_result_id() -> None:
    result = tolltrack.extract_document(Document("doc-7", "Five soldiers were killed.", PUB))
    assert result.id == "doc-7" and result.published == PUB
    assert [c.count for c in result.casualties] == [5]


def test_public_extract_stays_callable() -> None:
    tolltrack.extract_document(Document("warm", "Two soldiers were killed.", PUB))
    first = tolltrack.extract_text("Five soldiers were killed.", published=PUB)
    second = tolltrack.extract_text("Six soldiers were killed.", published=PUB)
    assert [c.count for c in first.casualties + second.casualties] == [5, 6]


def test_empty_and_blank_documents() -> None:
    for text in ("", "   \n\n  "):
        result = extract(text)
        assert result.casualties == [] and result.control == []


def test_report_without_claims() -> None:
    result = extract("The council met on Tuesday to discuss the 2025 budget of 3 million dollars.")
    assert result.casualties == [] and result.control == []


def test_full_report() -> None:
    result = extract(REPORT, published=None)
    assert result.published == "2024-03-02"
    got = [(c.status, c.count, c.victim.side) for c in result.casualties]
    for expected in [("killed", 69, "GOV"), ("injured", 12, "GOV"), ("captured", 3, "CIV"),
                     ("killed", 1115, "MIX"), ("killed", 402, "CIV"), ("killed", 98, "CIV"),
                     ("killed", 500, "GOV"), ("killed", 213, "ISIS")]:
        assert expected in got
    by_count = {c.count: c for c in result.casualties}
    head = by_count[69]
    assert head.alt_counts == [70]
    assert head.period.start == head.period.end == "2024-02-29"
    tally = by_count[1115]
    assert (tally.period.start, tally.period.end, tally.aggregate) == ("2024-01-01", PUB, True)
    idx = result.casualties.index(tally)
    assert [by_count[n].parent for n in (402, 500, 213)] == [idx, idx, idx]
    assert by_count[98].parent == result.casualties.index(by_count[402])
    assert [(c.actor.side, c.area_km2) for c in result.control] == [("GOV", 5650)]


@pytest.mark.parametrize(
    "text",
    [
        REPORT,
        "Militants ki*lled 6 shepherds and k-illed 2 guards in the Hama countryside.",
        "\u201cNine members of the regime forces were k*illed\u201d, the monitor said "
        "\u2013 citing medics.",
        "Dozens of civilians were wounded.\r\nAt least 12 soldiers were killed.\tFour died later.",
        "ISIS lost 9 villages and 1,200 km² of territory; IS*IS cells killed 3 soldiers.",
    ],
)
def test_evidence_is_verbatim_original_text(text: str) -> None:
    result = extract(text)
    assert result.casualties or result.control
    for c in [*result.casualties, *result.control]:
        ev = c.evidence
        assert 0 <= ev.start < ev.end <= len(text)
        assert text[ev.start : ev.end] == ev.text
    for c in result.casualties:
        assert c.parent is None or 0 <= c.parent < len(result.casualties)
        assert c.parent != result.casualties.index(c)


WORDS = {"three": 3, "twelve": 12}


def test_evidence_holds_the_number() -> None:
    result = extract(REPORT)
    assert result.casualties
    for c in result.casualties:
        assert c.count is not None
        ev = c.evidence.text.lower().replace(",", "")
        assert str(c.count) in ev or any(w in ev and v == c.count for w, v in WORDS.items()), ev


def test_to_dict_is_json_serialisable() -> None:
    result = extract(REPORT)
    data = json.loads(json.dumps(result.to_dict()))
    assert data["id"] == "t"
    assert len(data["casualties"]) == len(result.casualties)
    first = data["casualties"][0]
    for key in ("status", "count", "qualifier", "vague", "alt_counts", "low", "best", "high",
                "victim", "perpetrator", "places", "admin1", "country", "period", "aggregate",
                "parent", "reported_by", "evidence"):
        assert key in first


def test_runs_are_independent() -> None:
    a = extract("Five soldiers were killed.")
    extract(REPORT)
    b = extract("Five soldiers were killed.")
    assert a.to_dict() == b.to_dict()
