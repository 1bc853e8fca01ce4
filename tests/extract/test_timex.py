"""time: the publication date and the periods that sentences speak of."""

from __future__ import annotations

import datetime as dt

import pytest

from tolltrack.extract.state import TimeExpr
from tolltrack.extract.timex import month_range, parse_date

from .helpers import PUB, extract, one, state_upto

D = dt.date


def times(text: str, published: str | None = PUB) -> list[TimeExpr]:
    return state_upto(text, "time", published=published).times


def only_time(text: str, published: str | None = PUB) -> TimeExpr:
    found = times(text, published)
    assert len(found) == 1, [(t.kind, t.period_start, t.period_end) for t in found]
    return found[0]


# --- helpers ---------------------------------------------------------------------------------


def test_month_range_knows_leap_years() -> None:
    assert month_range(2024, 2) == (D(2024, 2, 1), D(2024, 2, 29))
    assert month_range(2023, 2) == (D(2023, 2, 1), D(2023, 2, 28))
    assert month_range(2023, 12) == (D(2023, 12, 1), D(2023, 12, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13 March 2018", D(2018, 3, 13)),
        ("the 13th of June 2019", D(2019, 6, 13)),
        ("March 13, 2018", D(2018, 3, 13)),
        ("2018-03-13", D(2018, 3, 13)),
        ("3/4/2019", D(2019, 4, 3)),  # day first
    ],
)
def test_parse_date_formats(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


def test_parse_date_without_year_needs_a_default() -> None:
    assert parse_date("5 March") is None
    assert parse_date("5 March", 2022) == D(2022, 3, 5)


def test_parse_date_rejects_impossible_dates() -> None:
    assert parse_date("31 February 2024") is None


# --- publication date ------------------------------------------------------------------------


def test_published_given_as_input() -> None:
    st = state_upto("Nothing happened.", "time", published="2023-11-05")
    assert st.published == D(2023, 11, 5)
    assert st.published_source == "input"


def test_published_from_a_dateline() -> None:
    text = "BEIRUT, 5 April 2024 (Wire) - Shelling hit two villages.\nFour civilians were killed."
    st = state_upto(text, "time", published=None)
    assert st.published == D(2024, 4, 5)
    assert st.published_source == "dateline"


def test_invalid_published_warns_and_falls_back_to_dateline() -> None:
    text = "ALEPPO, April 7, 2024 - Four civilians were killed."
    result = extract(text, published="07/04/2024")
    assert result.published == "2024-04-07"
    assert any("not a valid" in w for w in result.warnings)


def test_no_date_anywhere_leaves_published_unknown() -> None:
    st = state_upto("Four civilians were killed in the shelling.", "time", published=None)
    assert st.published is None


# --- periods ---------------------------------------------------------------------------------


def test_weekday_resolves_to_the_most_recent_such_day() -> None:
    t = only_time("Shelling on Thursday night killed a man.")
    assert (t.period_start, t.period_end, t.kind) == (D(2024, 2, 29), D(2024, 2, 29), "day")


def test_weekday_of_publication_is_the_same_day() -> None:
    t = only_time("Shelling on Saturday killed a man.")
    assert t.period_start == t.period_end == D(2024, 3, 2)


def test_weekday_without_publication_date_is_open() -> None:
    t = only_time("Shelling on Thursday killed a man.", published=None)
    assert t.period_start is None and t.period_end is None


def test_since_early_year() -> None:
    t = only_time("Since early 2024, the cells have been active.")
    assert (t.period_start, t.period_end, t.kind) == (D(2024, 1, 1), D(2024, 3, 2), "since")


@pytest.mark.parametrize(
    ("phrase", "start"),
    [
        ("since mid-2023", D(2023, 7, 1)),
        ("since late 2023", D(2023, 10, 1)),
        ("since the beginning of 2023", D(2023, 1, 1)),
        ("since March 2023", D(2023, 3, 1)),
        ("since mid March 2023", D(2023, 3, 15)),
        # a month with no year: the last one before publication
        ("since the start of February", D(2024, 2, 1)),
        ("since the beginning of December", D(2023, 12, 1)),
    ],
)
def test_since_fuzzy_dates(phrase: str, start: dt.date) -> None:
    t = only_time(f"The group has lost fighters {phrase}.")
    assert (t.period_start, t.period_end) == (start, D(2024, 3, 2))


def test_since_a_day_without_year_is_before_publication() -> None:
    t = only_time("Raids have continued since 13 February.")
    assert (t.period_start, t.period_end) == (D(2024, 2, 13), D(2024, 3, 2))
    t = only_time("Raids have continued since 13 December.")
    assert t.period_start == D(2023, 12, 13)


@pytest.mark.parametrize(
    ("phrase", "start"),
    [
        ("in the past 48 hours", D(2024, 2, 29)),
        ("over the last 24 hours", D(2024, 3, 1)),
        ("during the past three days", D(2024, 2, 28)),
        ("in the past two weeks", D(2024, 2, 17)),
        ("within 72 hours", D(2024, 2, 28)),
    ],
)
def test_relative_spans_end_on_publication_day(phrase: str, start: dt.date) -> None:
    t = only_time(f"Nine fighters died {phrase}.")
    assert (t.period_start, t.period_end, t.kind) == (start, D(2024, 3, 2), "relative")
    assert t.span_days == (D(2024, 3, 2) - start).days + 1


def test_last_month_is_the_calendar_month_before() -> None:
    t = only_time("Last month the raids stopped.")
    assert (t.period_start, t.period_end) == (D(2024, 2, 1), D(2024, 2, 29))
    t = only_time("Last month the raids stopped.", published="2024-01-15")
    assert (t.period_start, t.period_end) == (D(2023, 12, 1), D(2023, 12, 31))


def test_named_month_and_year() -> None:
    t = only_time("In March 2023 the raids stopped.")
    assert (t.period_start, t.period_end, t.kind) == (D(2023, 3, 1), D(2023, 3, 31), "month")


def test_between_two_dates() -> None:
    t = only_time("Between 3 January 2024 and 9 January 2024 the town was shelled.")
    assert (t.period_start, t.period_end, t.kind) == (D(2024, 1, 3), D(2024, 1, 9), "between")


def test_between_takes_the_year_from_the_second_date() -> None:
    t = only_time("Between 28 December and 4 January 2024 the town was shelled.")
    assert (t.period_start, t.period_end) == (D(2023, 12, 28), D(2024, 1, 4))


def test_yesterday_and_since_yesterday() -> None:
    t = only_time("Yesterday the town was shelled.")
    assert (t.period_start, t.period_end) == (D(2024, 3, 1), D(2024, 3, 1))
    t = only_time("The town has been shelled since yesterday.")
    assert (t.period_start, t.period_end) == (D(2024, 3, 1), D(2024, 3, 2))


def test_today_is_the_publication_day() -> None:
    t = only_time("Earlier today the town was shelled.")
    assert t.period_start == t.period_end == D(2024, 3, 2)


def test_explicit_day_without_year() -> None:
    t = only_time("The blast happened on 14 February.")
    assert t.period_start == t.period_end == D(2024, 2, 14)


def test_explicit_day_after_publication_is_last_year() -> None:
    t = only_time("The blast happened on 5 April.")
    assert t.period_start == D(2023, 4, 5)


def test_explicit_day_with_year_is_kept() -> None:
    t = only_time("The blast happened on 5 April 2025.")
    assert t.period_start == D(2025, 4, 5)


def test_sentence_without_time_has_no_expression() -> None:
    assert times("Nine fighters died in the clash.") == []


def test_time_offsets_point_at_the_expression() -> None:
    st = state_upto("Nine fighters died in the past 48 hours.", "time")
    (t,) = st.times
    assert "past 48 hours" in st.text[t.start : t.end]


# --- periods on claims -----------------------------------------------------------------------


def test_claim_on_thursday_night_in_a_saturday_report() -> None:
    text = "On Thursday night a drone strike killed three farmers near the dam."
    c = one(extract(text).casualties)
    assert (c.period.start, c.period.end) == ("2024-02-29", "2024-02-29")
    assert c.aggregate is False


def test_claim_since_early_2024_is_a_tally_to_publication() -> None:
    text = "Since early 2024, 250 ISIS members have been killed in the desert."
    c = one(extract(text).casualties)
    assert (c.period.start, c.period.end) == ("2024-01-01", PUB)
    assert c.aggregate is True


def test_claim_in_the_past_48_hours() -> None:
    c = one(extract("In the past 48 hours, clashes and shelling left 31 fighters dead.").casualties)
    assert (c.period.start, c.period.end) == ("2024-02-29", PUB)
    assert c.aggregate is True


def test_claim_without_time_ends_on_publication_day() -> None:
    c = one(extract("A landmine killed two shepherds.").casualties)
    assert (c.period.start, c.period.end) == (None, PUB)


def test_claim_without_time_or_publication_is_open() -> None:
    c = one(extract("A landmine killed two shepherds.", published=None).casualties)
    assert (c.period.start, c.period.end) == (None, None)


def test_claim_in_a_named_year_covers_that_year() -> None:
    c = one(extract("In 2021 the cells carried out 35 attacks, killing 19 civilians.").casualties)
    assert (c.period.start, c.period.end) == ("2021-01-01", "2021-12-31")
    assert c.aggregate is True


def test_claim_since_the_start_of_the_month() -> None:
    c = one(extract("Since the start of the month, 27 civilians have been killed in the city.")
            .casualties)
    assert (c.period.start, c.period.end) == ("2024-03-01", PUB)
    assert c.aggregate is True


def test_earlier_this_month_is_one_unsaid_day_of_the_month() -> None:
    t = only_time("Some 50 villagers were killed by jihadists earlier this month.")
    assert (t.kind, t.period_start, t.period_end) == ("within", dt.date(2024, 3, 1), dt.date(2024, 3, 2))


def test_earlier_this_month_keeps_one_incident_an_incident() -> None:
    c = one(extract("Some 50 villagers were killed by jihadists in a village earlier this month.").casualties)
    assert c.aggregate is False


def test_last_weeks_massacre_is_one_unsaid_day_of_last_week() -> None:
    t = only_time("Officials put the toll from last week's massacre at 115.")
    assert (t.kind, t.period_start, t.period_end) == ("within", dt.date(2024, 2, 19), dt.date(2024, 2, 25))


def test_last_weekday_written_on_that_weekday_is_a_week_before() -> None:
    t = only_time("Officials said 54 soldiers died in attacks last Saturday.")  # published on a Saturday
    assert t.period_start == dt.date(2024, 2, 24)


@pytest.mark.parametrize("after", [
    "police registered a case against unknown persons on Tuesday",
    "the two were freed unharmed on Thursday",
    "his body was found in a ditch on Wednesday",
    "traders shut their shops in protest on Thursday",
    "police combed the hills on Monday",
])
def test_an_act_after_the_attack_does_not_date_it(after: str) -> None:
    """ "... was attacked near the press club; police registered a case on Tuesday": the day of the
    case, not of the attack, which the report leaves undated."""
    from tolltrack import extract_document
    from tolltrack.model import Document

    text = f"Reporter killed in Sanghar. The correspondent was attacked near the press club; {after}."
    found = extract_document(Document(id="t", text=text, published="2021-09-16"))
    assert found.casualties or found.incidents
    assert all(c.period.start is None for c in [*found.casualties, *found.incidents])


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Some 140 soldiers were killed during the first two weeks of July, the group said.",
     dt.date(2023, 7, 1), dt.date(2023, 7, 14)),  # no year: the last July before publication
    ("At least 40 people were killed in the last ten days of February 2024.", dt.date(2024, 2, 20),
     dt.date(2024, 2, 29)),
    ("Clashes in the first week of March killed 12 fighters.", dt.date(2024, 3, 1), dt.date(2024, 3, 7)),
])
def test_part_of_a_month_is_its_days(text: str, start: dt.date, end: dt.date) -> None:
    t = only_time(text)
    assert (t.kind, t.period_start, t.period_end) == ("between", start, end)


def test_the_last_days_of_a_month_without_a_number_are_no_period() -> None:
    assert times("Clashes in the last days of June killed 12 fighters.") == []


def test_said_yesterday_is_when_it_was_said() -> None:
    """ "..., residents said yesterday": the day of the words, like "said on Friday"; "killed ... yesterday"
    and "yesterday's attack" stay the day of the attack."""
    assert only_time("A drone killed 30 civilians in Zorak, residents said yesterday.").kind == "report"
    assert only_time("A drone killed 30 civilians in Zorak yesterday.").kind == "day"
    assert only_time("Yesterday's attack on Zorak killed 30 civilians.").kind == "day"
    assert only_time("Gunmen killed two guards in Zorak, in a claim published on Friday.").kind == "report"


def test_a_date_the_report_was_made_on_is_when_it_was_said() -> None:
    """ "the UN mission said in a statement on 1 March": the day of the words, like a weekday; but "said an air
    raid on 28 February killed four" is the raid's day, and "claimed the bombing on Sunday" the claim's."""
    assert only_time("Clashes killed 15 people, the UN mission said in a statement on 1 March.").kind == "report"
    assert only_time("Residents said an air raid on 28 February killed four civilians.").kind == "day"
    assert only_time("Two guards were killed. IS claimed the bombing on Sunday.").kind == "report"


def test_the_first_months_of_the_year_are_of_the_publication_year() -> None:
    t = only_time("Armed groups killed more than 60 civilians in the first three months of the year.")
    assert (t.kind, t.period_start, t.period_end) == ("between", D(2024, 1, 1), D(2024, 3, 31))


def test_the_past_day_is_a_daily_toll() -> None:
    t = only_time("Russian attacks killed five civilians across the region over the past day.")
    assert (t.kind, t.period_start, t.period_end) == ("relative", D(2024, 3, 1), D(2024, 3, 2))


def test_the_victims_own_past_is_not_the_period_of_their_death() -> None:
    # (no number: an uncounted incident)
    c = one(extract("A former fighter who surrendered in 2020 and his son were killed in Zorak on 1 March.").incidents)
    assert (c.period.start, c.period.end) == ("2024-03-01", "2024-03-01")
    c = one(extract("Two men who joined the group in 2019 were killed in Zorak.").casualties)
    assert (c.period.start, c.period.end) == (None, PUB)
    c = one(extract("Two soldiers who were wounded on Friday died in hospital.").casualties)
    assert c.period.start == "2024-03-01"


def test_the_day_before_is_the_day_before_the_day_the_sentence_names() -> None:
    """ "counted their losses on Friday after gunmen burned the market the day before": Thursday."""
    found = times("Traders counted their losses on Friday after gunmen burned the market the day before.")
    assert [(t.kind, t.period_start) for t in found] == [("day", D(2024, 3, 1)), ("day", D(2024, 2, 29))]
    t = only_time("Two people were killed the previous day, police said.")
    assert (t.kind, t.period_start) == ("day", D(2024, 3, 1))
    assert times("The day before the attack, two men were killed.") == []


def test_the_day_a_statement_was_carried_is_not_the_day_of_the_attack() -> None:
    """ "according to a statement carried by its news agency on Wednesday": when it was told."""
    [c] = extract("The group claimed an attack that left six dead at a checkpoint in Bosaso, according to a "
                  "statement carried by its news agency on Wednesday.").casualties
    assert c.period.start is None
    [c] = extract("Gunmen carried out an attack on Wednesday that killed six people in Bosaso.").casualties
    assert c.period.start == c.period.end == "2024-02-28"


def test_confirmed_dead_is_a_toll_not_the_words_that_tell_it() -> None:
    """ "...on Thursday; two people were confirmed dead, police said Friday": Friday is when police said it."""
    [c] = extract("Gunmen raided a village near Gujba on Thursday and burned a clinic; two people were confirmed "
                  "dead, police said Friday.").casualties
    assert c.period.start == c.period.end == "2024-02-29"


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Rebels attacked a camp near Lodja during the night of 27 to 28 February, killing two soldiers.", 27, 28),
    ("Rebels attacked a camp near Lodja on the night of 26-27 February 2024, killing two soldiers.", 26, 27),
    ("Gunmen fired on a post near Kandi overnight Wednesday to Thursday, killing two soldiers.", 28, 29),
])
def test_a_night_between_two_days_is_both_days(text: str, start: int, end: int) -> None:
    """ "the night of 21 to 22 October", "overnight Saturday to Sunday": one night, its two days."""
    c = one(extract(text).casualties)
    assert (c.period.start, c.period.end) == (f"2024-02-{start}", f"2024-02-{end}")


def test_what_witnesses_report_on_a_day_happened_that_day() -> None:
    """ "Residents reported heavy gunfire on 29 February": when the fighting was, not when it was told;
    "for much of 28 February" is a day too."""
    c = one(extract("Residents of Kibati reported heavy gunfire on 29 February as troops chased the rebels. "
                    "Villagers said they counted at least four bodies.").casualties)
    assert c.period.start == c.period.end == "2024-02-29"
    c = one(extract("Troops fought rebels near Kibati for much of 28 February, killing six.").casualties)
    assert c.period.start == c.period.end == "2024-02-28"
