"""Time: the publication date and the periods that sentences speak of.

Explicit dates are parsed with dateutil; the relative expressions of news English
("on Thursday night", "past 48 hours", "since early 2024", "last month") are resolved
against the publication date, and left open (None) when that date is unknown.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dateutil import parser as dparser
from dateutil.relativedelta import relativedelta

from tolltrack.extract.state import DocState, TimeExpr, Token
from tolltrack.extract.time_words import (
    _A_WEEK,
    _ACT_AFTER,
    _AGO,
    _ALONE,
    _ANY,
    _BETWEEN,
    _CLAUSE_ENDS,
    _DATELINE,
    _DAY_BEFORE,
    _DAY_PAIR,
    _EVENT_WORD,
    _F,
    _FIRST_MONTHS,
    _HEARD,
    _HOLIDAY,
    _HOLIDAY_DAY,
    _IN_A_NAME,
    _IN_MONTH,
    _IN_N,
    _IN_YEAR,
    _LAST_MONTH,
    _LAST_NIGHT,
    _MONTH_SUBJECT,
    _MONTH_YEAR,
    _NAMES_EVENT,
    _NEEDS,
    _NIGHT_DAYS,
    _NIGHT_OF,
    _NTH_BEFORE,
    _ON_DATE,
    _OVERNIGHT,
    _PART_DAY,
    _PART_OF_MONTH,
    _PAST_N,
    _RAISED_TO,
    _RELEASED,
    _REPORTING,
    _REPORTING_AFTER,
    _SAME_PERIOD,
    _SINCE_CLAUSE,
    _SINCE_DATE,
    _SINCE_FUZZY,
    _SINCE_MONTH,
    _SINCE_START,
    _SINCE_WEEKDAY,
    _SOME_DAY,
    _SPAN_DAYS,
    _SPAN_TO,
    _THAT_DAY,
    _THAT_END,
    _TODAY,
    _TODAY_DAY,
    _TOLL_BETWEEN,
    _TOLL_VERB_AFTER,
    _UNTIL_TODAY,
    _WEEK_ENDED,
    _WEEKDAY_RE,
    _WEEKEND,
    _WITNESSED,
    _YESTERDAY,
    NUMWORD,
    OWNER,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
)


def parse_date(text: str, default_year: int | None = None) -> dt.date | None:
    """Parse an explicit date; None when no year can be had or the date is impossible."""
    text = re.sub(r"\bthe\b|\bof\b|,", " ", text, flags=_F)
    has_year = re.search(YEAR, text) is not None
    if not has_year and default_year is None:
        return None
    try:
        default = dt.datetime(default_year or 2000, 1, 1)
        return dparser.parse(text, default=default, dayfirst=True).date()
    except (ValueError, OverflowError):
        return None


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_num(name: str) -> int:
    name = name.lower().rstrip(".")[:3]
    return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].index(name) + 1


def _month_year(month: int, year_text: str | None, pub: dt.date | None) -> int | None:
    """The year of a month: the one written, else that of the last such month up to ``pub``."""
    if year_text:
        return int(year_text)
    if pub is None:
        return None
    return pub.year if month <= pub.month else pub.year - 1


def _part_of_month(m: re.Match[str], pub: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The days of "the first two weeks of July" (the year said, or the last July up to ``pub``)."""
    edge, number, unit, month_name, year_text = m.groups()
    n = _num(number) if number else 1 if unit.lower() == "week" else None
    month = _month_num(month_name)
    year = _month_year(month, year_text, pub)
    if not n or year is None:
        return None
    first, last = month_range(year, month)
    days = min(n * 7 if unit.lower().startswith("week") else n, last.day)
    if edge.lower() == "first":
        return first, first + dt.timedelta(days=days - 1)
    return last - dt.timedelta(days=days - 1), last


def _num(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMWORD.get(word.lower())


def read_published(state: DocState) -> None:
    """The publication date: given, else a dateline, else a tally that ends 'today'."""
    if state.doc.published:
        try:
            state.published = dt.date.fromisoformat(state.doc.published)
            state.published_source = "input"
            return
        except ValueError:
            state.warnings.append(f"published date {state.doc.published!r} is not a valid YYYY-MM-DD date; "
                                  "reading it from the text instead")
    text = state.text
    head = text[:600]
    for m in _DATELINE.finditer(head):
        # A dateline stands at a line start, or before a time/agency mark.
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start:m.start()].strip().lower()
        after = text[m.end():m.end() + 12]
        if (len(before) <= 25 and (before == "" or before.endswith(",") or before.startswith("date")
                                   or before.isupper() or before.replace(",", "").replace(" ", "").isalpha())
                and (after.strip()[:1] in {"-", "(", ":", "", "|"} or "\n" in after or before)):
            d = parse_date(m.group(0))
            if d:
                state.published, state.published_source = d, "dateline"
                return
    # "since the 4th of June 2021 until today the 17th of the same month"
    for m in _TODAY_DAY.finditer(text):
        since = list(_SINCE_DATE.finditer(text, max(0, m.start() - 300), m.start()))
        if since:
            start = parse_date(since[-1].group(1))
            if start:
                try:
                    state.published = start.replace(day=int(m.group(1)))
                    state.published_source = "today"
                    return
                except ValueError:
                    pass
    # "between the 2nd of May 2021 and Friday, the 28th of May 2021": a tally to the day
    ends = [d for d in (parse_date(m.group(2)) for m in _BETWEEN.finditer(text)) if d is not None]
    if ends and re.search(rf"\band\s+{WEEKDAY},", text, _F):
        state.published, state.published_source = max(ends), "range-end"




class _Matches:
    """Runs a pattern over one sentence only when the sentence has a word the pattern needs."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: set[str] = set()
        self.years = False

    def sentence(self, tokens: list[Token]) -> bool:
        self.words = {t.lower.rstrip(".") for t in tokens}
        self.years = any(len(t.text) == 4 and t.text[:2] in {"19", "20"} and t.text.isdigit() for t in tokens)
        return bool(self.words & _ANY or self.years)

    def within(self, regex: re.Pattern[str], start: int, end: int) -> list[re.Match[str]]:
        need = _NEEDS.get(regex)
        if need is not None and not (self.words & need[0] or (need[1] and self.years)):
            return []
        return list(regex.finditer(self.text, start, end))


class TimeTagger:
    name = "time"
    requires = ("sents",)
    assigns = ("published", "times")

    def __call__(self, state: DocState) -> None:
        read_published(state)
        matches = _Matches(state.text)
        for sent in state.sents:
            # every time pattern needs one of a few words: skip the sentences that have none
            if matches.sentence(sent.tokens):
                state.times.extend(find_times(state, sent.idx, sent.start, sent.end, matches))


def _day_or_report(text: str, start: int, m: re.Match[str]) -> str:
    """ "..., the monitor said on Saturday": when it was said ("report"), not when it happened ("day")."""
    if OWNER.match(text, m.end()) or (m.group().lower().startswith("the") and _NAMES_EVENT.match(text, m.end())):
        return "day"  # "claimed responsibility for Thursday's bombing", "claimed the 8 February raid": its day
    said = _REPORTING.search(text[max(start, m.start() - 40) : m.start()])
    if said is not None and _THAT_END.search(said.group()):
        return "day"  # "survivors told investigators that on 13 May attackers ...": what they told of
    if said is not None and (_TOLL_BETWEEN.search(said.group()) or
                             _EVENT_WORD.search(said.group()) and _TOLL_VERB_AFTER.match(text, m.end())):
        return "day"  # "said an air raid on 12 July killed ...": the raid's day (not "claimed the bombing on Sunday")
    if said is not None and _WITNESSED.match(said.group()) and (_EVENT_WORD.search(said.group()) or
                                                                _HEARD.search(said.group())):
        return "day"  # "residents reported heavy gunfire on 9 June": what they saw or heard then
    said = said or _ACT_AFTER.search(text[max(start, m.start() - 60) : m.start()]) or \
        _REPORTING_AFTER.match(text, m.end()) or _RAISED_TO.search(text, max(start, m.start() - 40), m.start()) or \
        _BY_DAY.search(text, max(start, m.start() - 4), m.start())  # "the dead, put at more than 40 by Friday"
    return "report" if said else "day"


# "between the 20 January and 28 May stations", "on 9 July Avenue": a date that names a place
_DATE_NAMED = re.compile(r"(?:\s+and\s+(?:the\s+)?\d{1,2}\s+[A-Z][a-z]+)?\s*(?:metro\s+)?(?:stations?|streets?|"
                         r"squares?|avenues?|bridges?|stadium|Street|Square|Avenue|Bridge|Stadium|Station)\b")
_BY_DAY = re.compile(r"(?<![\w-])by\s+$", _F)  # (not "passers-by on Thursday")


def _last_weekday(pub: dt.date, name: str) -> dt.date:
    target = WEEKDAYS.index(name.lower())
    delta = (pub.weekday() - target) % 7
    return pub - dt.timedelta(days=delta)


def find_times(state: DocState, sent: int, start: int, end: int,
               matches: _Matches | None = None) -> list[TimeExpr]:
    """Time expressions of one sentence (offsets into the whole text)."""
    if matches is None:
        matches = _Matches(state.text)
        matches.sentence(state.sents[sent].tokens)
    found = matches

    def within(regex: re.Pattern[str]) -> list[re.Match[str]]:
        return found.within(regex, start, end)

    pub = state.published
    out: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], s: dt.date | None, e: dt.date | None, kind: str) -> None:
        if any(a <= m.start() < b or a < m.end() <= b for a, b in taken) or _DATE_NAMED.match(state.text, m.end()):
            return
        taken.append((m.start(), m.end()))
        span = (e - s).days + 1 if s and e else None
        out.append(TimeExpr(m.start(), m.end(), sent, s, e, kind, span))

    for m in within(_WEEK_ENDED):
        e = parse_date(m.group(1), pub.year if pub else None)
        add(m, e - dt.timedelta(days=6) if e else None, e, "between")
    for m in within(_SPAN_TO):
        year = pub.year if pub else None
        e = parse_date(f"{_PART_DAY[m.group(2).lower()]} {m.group(3)}", year) if m.group(3) else \
            parse_date(m.group(4), year)
        if e is not None and pub is not None and e > pub and not re.search(YEAR, m.group(0)):
            e = e.replace(year=e.year - 1)  # ("the year to mid-December", told in January)
        add(m, e - dt.timedelta(days=_SPAN_DAYS[m.group(1).lower()] - 1) if e else None, e, "between")
    for m in within(_FIRST_MONTHS):
        if not m.group(2).isdigit() and pub is None:
            continue
        year, what = int(m.group(2)) if m.group(2).isdigit() else pub.year, m.group(1).lower()  # type: ignore[union-attr]
        n = 6 if what == "half" else 3 if what == "quarter" else _num(what.split()[0])
        if n and 1 <= n <= 12:
            add(m, dt.date(year, 1, 1), month_range(year, n)[1], "between")
    for m in within(_PART_OF_MONTH):
        part = _part_of_month(m, pub)
        if part:
            add(m, *part, "between")
    for m in within(_NIGHT_OF):
        e = parse_date(m.group(2), pub.year if pub else None)
        if e and pub and e > pub and not re.search(YEAR, m.group(2)):
            e = e.replace(year=e.year - 1)
        first = int(re.sub(r"\D", "", m.group(1)))
        s = e - dt.timedelta(days=1) if e else None
        if s and e and first == s.day:
            add(m, s, e, "day")
    for m in within(_DAY_PAIR):
        first = int(m.group("a1") or m.group("a2") or m.group("a3"))
        last = int(m.group("b1") or m.group("b2") or m.group("b3"))
        month = m.group("m1") or m.group("m2") or m.group("m3")
        e = parse_date(f"{last} {month} {m.group('y') or ''}".strip(), pub.year if pub else None)
        if e and pub and e > pub and not m.group("y"):
            e = e.replace(year=e.year - 1)
        if e and 1 <= first < last <= e.day and last - first <= 6:
            add(m, e.replace(day=first), e, "day" if last - first == 1 else "between")
    for m in within(_NIGHT_DAYS):
        e = _last_weekday(pub, m.group(2)) if pub else None
        if e and (e - dt.timedelta(days=1)).weekday() == WEEKDAYS.index(m.group(1).lower()):
            add(m, e - dt.timedelta(days=1), e, "day")
    for m in within(_OVERNIGHT):
        add(m, pub - dt.timedelta(days=1) if pub else None, pub, "day")
    for m in within(_LAST_NIGHT):
        add(m, pub - dt.timedelta(days=1) if pub else None, pub, _day_or_report(state.text, start, m))
    for m in within(_BETWEEN):
        e = parse_date(m.group(2), pub.year if pub else None)
        s = parse_date(m.group(1), e.year if e else None)
        if s and e and s > e and not re.search(YEAR, m.group(1)):
            s = s.replace(year=s.year - 1)  # "between 28 December and 4 January 2024"
        add(m, s, e, "between")
    for m in within(_SINCE_START):
        if pub:
            unit = m.group(1).lower()
            s = pub.replace(day=1) if unit == "month" else (
                pub.replace(month=1, day=1) if unit == "year" else pub - dt.timedelta(days=pub.weekday()))
            add(m, s, pub, "since")
        else:
            add(m, None, None, "since")
    for m in within(_SINCE_CLAUSE):
        day = m.group("day")
        if not day:
            add(m, None, pub, "since")
        elif any(c.isdigit() for c in day) and not re.fullmatch(YEAR, day) and pub is not None:
            # "since Operation 1027 began on October 27": a tally from that day to the report's
            begun = parse_date(day, pub.year)
            if begun is not None and begun > pub:
                begun = begun.replace(year=begun.year - 1)
            if begun is not None:
                add(m, begun, pub, "since")
    until_today = bool(within(_UNTIL_TODAY))
    for m in within(_SINCE_DATE):
        s = parse_date(m.group(1) or m.group(2), pub.year if pub else None)
        if s and pub and s > pub:
            s = s.replace(year=s.year - 1)
        add(m, s, pub, "since")
    for m in within(_SINCE_FUZZY):
        mod = (m.group(1) or "").lower().replace("-", "").strip()
        year = int(m.group(3))
        month = _month_num(m.group(2)) if m.group(2) else None
        if month:
            day = 15 if mod == "mid" else 1
            s = dt.date(year, month, day)
            if mod == "late":
                s = dt.date(year, month, 21)
        elif mod in ("mid",):
            s = dt.date(year, 7, 1)
        elif mod in ("late", "the end of", "end of"):
            s = dt.date(year, 10, 1)
        else:
            s = dt.date(year, 1, 1)
        add(m, s, pub, "since")
    for m in within(_SINCE_WEEKDAY):
        add(m, _last_weekday(pub, m.group(1)) if pub else None, pub, "since")
    for m in within(_SINCE_MONTH):
        month = _month_num(m.group(1))
        year = _month_year(month, None, pub)
        add(m, dt.date(year, month, 1) if year else None, pub, "since")
    for m in within(_MONTH_YEAR):
        s, e = month_range(int(m.group(2)), _month_num(m.group(1)))
        add(m, s, e, "month")
    for m in within(_IN_MONTH):
        if m.group(4) and not m.group(2) or m.group(1).lower() == "at" and not m.group(2):
            continue  # ("in March 2004": the month and year above)
        month = _month_num(m.group(3))
        year = _month_year(month, m.group(4), pub)
        if year is None:
            continue
        s, e = month_range(year, month)
        third = (m.group(2) or "").lower()
        third = {"e": "late", "b": "early", "s": "early", "m": "mid"}[third[4]] if third.startswith("the") else third
        if third:  # early: the 1st to the 10th; mid: the 11th to the 20th; late: the 21st to the end
            first = {"early": 1, "mid": 11, "late": 21}[third]
            s, e = s.replace(day=first), e if third == "late" else s.replace(day=first + 9)
        # "96 fatalities during May", "38 killed in June alone": the whole month, a tally
        if m.group(1).lower() not in ("in", "at") or _ALONE.match(state.text, m.end()):
            add(m, s, e, "month")
            continue
        add(m, s, min(e, pub) if pub and s <= pub else e, "within")
    for m in within(_MONTH_SUBJECT):
        month = _month_num(m.group(1))
        year = _month_year(month, m.group(2), pub)
        if year is not None:
            add(m, *month_range(year, month), "month")
    for m in within(_SOME_DAY):
        # ("a report released this week says ...": when it was told)
        # ("survivors told a rights group this week": when they told it)
        kind = "report" if _RELEASED.search(state.text, max(start, m.start() - 30), m.start()) or \
            _REPORTING.search(state.text, max(start, m.start() - 40), m.start()) and \
            _CLAUSE_ENDS.match(state.text, m.end()) else "within"
        if pub:
            unit, which = (m.group(1) or "week").lower(), (m.group(2) or m.group(3) or m.group(4) or "this").lower()
            which = "last" if which in ("previous", "before") else which
            monday = pub - dt.timedelta(days=pub.weekday())
            if unit == "month":
                add(m, pub.replace(day=1), pub, kind)
            elif which == "last":
                add(m, monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), kind)
            else:
                add(m, monday, pub, kind)
        else:
            add(m, None, None, kind)
    for m in within(_LAST_MONTH):
        if pub:
            prev = pub.replace(day=1) - dt.timedelta(days=1)
            s, e = month_range(prev.year, prev.month)
            # "last month's assault on Palma": one day of last month, not a monthly toll
            add(m, s, e, "within" if OWNER.match(state.text, m.end()) else "month")
        else:
            add(m, None, None, "month")
    for regex in (_PAST_N, _IN_N):
        for m in within(regex):
            n = _num(m.group(1))
            unit = m.group(2).lower()
            if n is None or _NTH_BEFORE.search(state.text, max(0, m.start() - 40), m.start()):
                continue  # ("the second such attack in two days": one attack of a series, no span of its own)
            if pub:
                if unit == "hours":
                    back = relativedelta(days=max(1, round(n / 24)))
                elif unit == "days":
                    back = relativedelta(days=n)
                elif unit == "weeks":
                    back = relativedelta(weeks=n)
                else:
                    back = relativedelta(months=n)
                s = pub - back
                add(m, s, pub, "relative")
            else:
                add(m, None, None, "relative")
    for m in within(_A_WEEK):
        if pub:
            unit = (m.group(1) or m.group(2)).lower()
            back = relativedelta(weeks=1) if unit == "week" else relativedelta(days=1) if unit == "day" else \
                relativedelta(months=1)
            add(m, pub - back, pub, "relative")
        else:
            add(m, None, None, "relative")
    for m in within(_SAME_PERIOD):
        add(m, None, None, "same_period")
    for m in within(_IN_YEAR):
        year = int(m.group(1))
        if not pub or year <= pub.year:
            add(m, dt.date(year, 1, 1), min(dt.date(year, 12, 31), pub) if pub else dt.date(year, 12, 31), "month")
    for m in within(_AGO):
        n = _num(m.group(1))
        if n is None or m.group(0).lower().endswith(("earlier", "before", "prior")):
            continue  # (counted back from the day the sentence names: below)
        if pub:
            d = pub - (dt.timedelta(days=n) if m.group(2).lower() == "days" else dt.timedelta(weeks=n))
            add(m, d, d, "day")
        else:
            add(m, None, None, "day")
    for m in within(_THAT_DAY):
        add(m, None, None, "that_day")
    for m in within(_YESTERDAY):
        if pub:
            y = pub - dt.timedelta(days=1)
            # ("residents said yesterday": when it was said, like "said on Monday")
            add(m, y, pub if m.group(1) else y, "since" if m.group(1) else _day_or_report(state.text, start, m))
        else:
            add(m, None, None, "day")
    for m in within(_HOLIDAY):
        month, day = _HOLIDAY_DAY[" ".join(m.group(2).lower().replace("’", "'").split())]
        if m.group(1):  # the Orthodox Church's Christmas falls on 7 January (its eve on the 6th)
            month, day = (1, 7) if day == 25 else (1, 6) if day == 24 else (month, day)
        if pub is None:
            add(m, None, None, "day")
            continue
        held = dt.date(pub.year, month, day)
        held = held.replace(year=held.year - 1) if held > pub else held
        add(m, held, held, "day")
    for m in within(_WEEKEND):
        if pub:
            sunday = _last_weekday(pub, "sunday")
            if pub.weekday() == 5:  # published on a Saturday: this weekend has begun
                sunday = pub + dt.timedelta(days=1)
            add(m, sunday - dt.timedelta(days=1), min(sunday, pub), _day_or_report(state.text, start, m))
        else:
            add(m, None, None, "day")
    for m in within(_ON_DATE):
        written = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        on = parse_date(written, pub.year if pub else None)
        if on and pub and on > pub and not re.search(YEAR, written):
            on = on.replace(year=on.year - 1)
        add(m, on, on, _day_or_report(state.text, start, m))  # ("said in a statement on 7 September")
    for m in within(_WEEKDAY_RE):
        if pub:
            d = _last_weekday(pub, m.group(1))
            if d == pub and m.group(0).lower().startswith("last"):
                d = pub - dt.timedelta(days=7)  # "last Thursday" written on a Thursday: a week before
            add(m, d, d, _day_or_report(state.text, start, m))
        else:
            add(m, None, None, "day")
    for m in within(_TODAY):
        if until_today or _IN_A_NAME.search(state.text, max(0, m.start() - 30), m.start()) and m.group(0)[0] == "T":
            continue  # ("Al-Quds Today television", "USA Today": a title, not the day)
        add(m, pub, pub, "day")
    # "counted their losses on Sunday after armed men burned the market the day before", "flew reporters there
    # on Tuesday, where rebels had killed a dozen two days earlier": back from the day the sentence names (the
    # nearest before it, else after), or from the publication day
    for m, back in [(m, 1) for m in within(_DAY_BEFORE)] + [
            (m, _num(m.group(1)) or 0) for m in within(_AGO) if not m.group(0).lower().endswith("ago")]:
        days = sorted((t for t in out if t.kind in ("day", "report") and t.period_start and t.span_days == 1),
                      key=lambda t: (t.start > m.start(), abs(t.start - m.start())))
        anchor: dt.date | None = days[0].period_start if days else pub
        weeks = back * 7 if m.group(0).lower().split()[-2:-1] in (["weeks"], ["week"]) else back
        before = anchor - dt.timedelta(days=weeks) if anchor and back else None
        add(m, before, before, "day")
    out.sort(key=lambda t: t.start)
    return out
