"""numbers: digits, number words, collective and vague amounts, qualifiers; what is not a count."""

from __future__ import annotations

import pytest

from tolltrack.extract.numbers import find_quantities
from tolltrack.model import Actor, Casualty, Evidence, Period

from .helpers import extract, one, state_upto


def quantities(text: str) -> list[tuple[int | float | None, str, str | None]]:
    st = state_upto(text, "segment")
    return [(q.value, q.qualifier, q.vague) for s in st.sents for q in find_quantities(s)]


def values(text: str) -> list[int | float | None]:
    return [v for v, _, _ in quantities(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twenty-six soldiers", 26),
        ("Twenty-six soldiers", 26),
        ("seventeen soldiers", 17),
        ("ninety soldiers", 90),
        ("one hundred and five soldiers", 105),
        ("three thousand two hundred soldiers", 3200),
        ("a dozen soldiers", 12),
        ("half a dozen soldiers", 6),
        ("at least a half dozen soldiers", 6),
        ("a couple of soldiers", 2),
        ("a pair of soldiers", 2),
        ("nearly a hundred soldiers", 100),
        ("a thousand soldiers", 1000),
        ("1,345 soldiers", 1345),
        ("1,000,000 soldiers", 1_000_000),
        ("2 million soldiers", 2_000_000),
        ("7 soldiers", 7),
    ],
)
def test_number_values(text: str, value: int) -> None:
    assert values(text) == [value]


def test_quantity_token_span_covers_the_number() -> None:
    st = state_upto("They found one hundred and five bodies.", "segment")
    (q,) = find_quantities(st.sents[0])
    assert st.span_text(q.start, q.end) == "one hundred and five"
    assert q.q_start == q.start and q.q_end == q.end


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("more than 114 people", "more_than"),
        ("over 300 people", "more_than"),
        ("at least 12 people", "at_least"),
        ("no fewer than 9 people", "at_least"),
        ("not less than 9 people", "at_least"),
        ("about 70 people", "about"),
        ("around 30 people", "about"),
        ("nearly 40 people", "about"),
        ("almost 40 people", "about"),
        ("approximately 90 people", "about"),
        ("some 20 people", "about"),
        ("up to 15 people", "up_to"),
        ("at most 7 people", "up_to"),
        ("less than 10 people", "up_to"),
        ("20 or more people", "at_least"),
        ("8 people", "exact"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    ((_, q, _),) = quantities(text)
    assert q == qualifier


def test_leading_qualifier_extends_the_qualified_span() -> None:
    st = state_upto("Raids killed more than 114 people.", "segment")
    (q,) = find_quantities(st.sents[0])
    assert st.span_text(q.q_start, q.q_end) == "more than 114"
    assert st.span_text(q.start, q.end) == "114"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("several people", "several"),
        ("dozens of people", "dozens"),
        ("Dozens of people", "dozens"),
        ("hundreds of people", "hundreds"),
        ("tens of people", "tens"),
        ("scores of people", "scores"),
        ("tens of thousands of people", "tens of thousands"),
        ("some people", "some"),
        ("a few people", "few"),
    ],
)
def test_vague_amounts_have_no_value(text: str, word: str) -> None:
    assert quantities(text) == [(None, "vague", word)]


def test_some_before_a_singular_noun_is_not_a_quantity() -> None:
    assert quantities("It took some time.") == []


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 the war went on.",
        "Since 2019, the war went on.",
        "It began on 4 May 2020.",
        "It began on May 4, 2020.",
        "It began on the 4th of May.",
        "The blast was at 10:30 pm.",
        "A 12-year-old boy was there.",
        "He was a 12 year old boy.",
        "They hold 45% of the land.",
        "They hold 45 percent of the land.",
        "The road is 2.5 long.",
        "Resolution 2254 was cited.",
        "See Article 5 of the text.",
    ],
)
def test_dates_times_ages_percentages_are_not_counts(text: str) -> None:
    assert values(text) == []


def test_year_like_count_with_separator_is_a_count() -> None:
    assert values("2,015 people fled.") == [2015]


# --- estimates on the claim --------------------------------------------------------------------


def _claim(count: int | None, qualifier: str) -> Casualty:
    return Casualty(
        status="killed", count=count, qualifier=qualifier, vague=None,
        victim=Actor("UNK", "Unknown"), perpetrator=None, places=[], period=Period(),
        aggregate=False, parent=None, reported_by=None,
        evidence=Evidence(0, 0, ""),
    )


@pytest.mark.parametrize(
    ("count", "qualifier", "low", "best", "high"),
    [
        (114, "more_than", 115, 115, None),
        (12, "at_least", 12, 12, None),
        (12, "exact", 12, 12, 12),
        (70, "about", None, 70, None),
        (15, "up_to", None, 15, 15),
        (None, "vague", None, None, None),
    ],
)
def test_low_best_high(count: int | None, qualifier: str, low: int | None, best: int | None,
                       high: int | None) -> None:
    c = _claim(count, qualifier)
    assert (c.low, c.best, c.high) == (low, best, high)


# --- through the pipeline ----------------------------------------------------------------------


def test_number_word_claim() -> None:
    c = one(extract("Twenty-six civilians were killed in the shelling of the town.").casualties)
    assert (c.status, c.count, c.qualifier, c.victim.side) == ("killed", 26, "exact", "CIV")


def test_a_dozen_claim() -> None:
    c = one(extract("A dozen soldiers were wounded at the checkpoint.").casualties)
    assert (c.status, c.count, c.qualifier) == ("injured", 12, "exact")


def test_more_than_claim_low_estimate() -> None:
    c = one(extract("More than 114 people were killed in the fighting.").casualties)
    assert (c.count, c.qualifier, c.low, c.best, c.high) == (114, "more_than", 115, 115, None)


def test_postposed_at_least() -> None:
    c = one(extract("The raid killed 17 members at least of the cell.").casualties)
    assert (c.count, c.qualifier, c.low) == (17, "at_least", 17)


def test_vague_claim() -> None:
    c = one(extract("Dozens of civilians were wounded in the bombardment.").casualties)
    assert (c.count, c.qualifier, c.vague, c.status) == (None, "vague", "dozens", "injured")
    assert (c.low, c.best, c.high) == (None, None, None)


def test_years_and_dates_do_not_become_claims() -> None:
    text = "On 4 May 2020, during the 2020 offensive, 9 soldiers were killed."
    c = one(extract(text).casualties)
    assert c.count == 9


def test_non_person_counts_are_not_claims() -> None:
    text = "The fighters launched 35 attacks, destroyed 3 vehicles and seized 4 villages 5 km away."
    assert extract(text).casualties == []


def test_single_noun_is_not_a_count() -> None:
    assert extract("ISIS killed a commander in the desert.").casualties == []


def test_one_commander_is_a_count() -> None:
    c = one(extract("The explosion killed one commander.").casualties)
    assert c.count == 1


def test_age_in_apposition_is_not_a_count() -> None:
    assert extract("A man, 45, was killed in the town.").casualties == []


def test_age_after_aged_is_not_a_count() -> None:
    result = extract("A shepherd aged 30 was wounded by a landmine.")
    assert [c.count for c in result.casualties] == []


@pytest.mark.parametrize("text", ["A brother and sister aged 8 and 11 were hurt by shrapnel on Friday.",
                                  "Five men aged between 16 and 19 were killed on Friday.",
                                  "Three boys aged 9, 12 and 14 were wounded on Friday.",
                                  "Mines killed three boys aged between nine and 16 on Friday."])
def test_ages_listed_after_aged_are_no_counts(text: str) -> None:
    counts = [c.count for c in extract(text).casualties]
    assert not {8, 9, 11, 12, 14, 16, 19} & set(counts), counts


@pytest.mark.parametrize("text, count", [
    ("Eight troops were killed or wounded when they ran into an ambush on Friday.", 8),
    ("Gunmen clashed with troops on Friday, leaving four soldiers dead or wounded.", 4)])
def test_killed_or_wounded_is_at_most_so_many_dead(text: str, count: int) -> None:
    c = one(extract(text).casualties)
    assert (c.status, c.count, c.qualifier) == ("killed", count, "up_to")
    assert c.evidence.text.endswith("or wounded")


def test_followers_are_counted_people() -> None:
    c = one(extract("A commander and two of his followers were killed in Zorak on Friday.").casualties)
    assert (c.status, c.count) == ("killed", 2)
