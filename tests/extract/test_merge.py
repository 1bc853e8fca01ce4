"""merge: a fact told in the headline (or lead) and again in the body is one claim."""

from __future__ import annotations

from .helpers import extract, one


def test_headline_rounding_is_merged_into_the_precise_body_figure() -> None:
    text = ("Around 70 soldiers killed in desert ambush on army convoy\n"
            "At least 69 soldiers were killed when ISIS gunmen ambushed an army convoy in the "
            "Homs desert on Friday.")
    c = one(extract(text).casualties)
    assert (c.count, c.qualifier, c.alt_counts) == (69, "at_least", [70])
    assert (c.victim.side, c.perpetrator.side if c.perpetrator else None) == ("GOV", "ISIS")
    assert c.period.start == "2024-03-01"
    assert text[c.evidence.start : c.evidence.end] == "At least 69 soldiers were killed"


def test_given_title_restatement_is_merged() -> None:
    title = "Landmine blast kills 4 shepherds"
    text = title + ("\nFour shepherds were killed on Tuesday when a landmine exploded "
                    "near their flock.")
    c = one(extract(text, title=title).casualties)
    assert (c.count, c.victim.side, c.period.start) == (4, "CIV", "2024-02-27")
    assert c.alt_counts == []


def test_equal_numbers_keep_no_alt_count_and_body_structure() -> None:
    text = ("Car bomb kills 9 in busy market of northern town\n"
            "A car bomb killed 9 people, including 4 children, in the market on Friday.")
    result = extract(text)
    assert [(c.count, c.parent, c.alt_counts) for c in result.casualties] == [
        (9, None, []), (4, 0, []),
    ]


def test_vague_headline_is_merged_into_the_counted_claim() -> None:
    text = ("Dozens killed in regime shelling on rebel-held towns\n"
            "Regime shelling killed at least 61 civilians in Idlib countryside on Tuesday.")
    c = one(extract(text).casualties)
    assert (c.count, c.qualifier, c.victim.side) == (61, "at_least", "CIV")


def test_different_victims_are_not_merged() -> None:
    text = ("Twelve civilians die in car bomb attack on busy square\n"
            "Twelve soldiers were killed in a car bomb attack on a busy square on Friday.")
    result = extract(text)
    assert sorted(c.victim.side for c in result.casualties) == ["CIV", "GOV"]


def test_different_statuses_are_not_merged() -> None:
    text = ("Nine soldiers wounded in attack on checkpoint near the river\n"
            "Nine soldiers were killed in an attack on a checkpoint on Friday.")
    result = extract(text)
    assert sorted(c.status for c in result.casualties) == ["injured", "killed"]


def test_numbers_far_apart_are_not_merged() -> None:
    text = ("About 40 soldiers killed in attack on checkpoint near the river\n"
            "At least 25 soldiers were killed in an attack on a checkpoint on Friday.")
    assert sorted(c.count for c in extract(text).casualties) == [25, 40]


def test_same_sentence_is_not_a_restatement() -> None:
    text = ("Shelling on the market killed 5 civilians while a drone strike on a farm "
            "killed 5 civilians.")
    assert [c.count for c in extract(text).casualties] == [5, 5]


def test_body_sentences_outside_the_lead_are_not_merged() -> None:
    text = ("The monitor published its daily report on the fighting in the region.\n"
            "On Monday, 7 soldiers were killed in the north.\n"
            "On Tuesday, 7 soldiers were killed in the south.")
    assert [c.count for c in extract(text).casualties] == [7, 7]


def test_parents_are_reindexed_after_a_merge() -> None:
    text = ("Around 50 civilians killed in strikes on market town\n"
            "Air strikes killed 48 civilians, among them 20 children, in the market town "
            "on Friday.")
    result = extract(text)
    assert [(c.count, c.parent) for c in result.casualties] == [(48, None), (20, 0)]
    assert result.casualties[0].alt_counts == [50]


def test_same_number_on_different_days_is_two_facts() -> None:
    text = ("Twelve fighters were killed on Monday in the north of the province.\n"
            "Elsewhere, 12 fighters were killed on Tuesday in the south.")
    result = extract(text)
    assert [(c.count, c.period.start) for c in result.casualties] == [
        (12, "2024-02-26"), (12, "2024-02-27"),
    ]
