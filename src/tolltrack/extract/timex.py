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

MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|"
         r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?")
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
ORD = r"(?:\d{1,2})(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d\d"
# "the 9th of June 2021", "9 June, 2021", "June 9, 2021", "2021-06-09"
DATE = (rf"(?:(?:the\s+)?{ORD}\s+(?:of\s+)?{MONTH},?\s*(?:{YEAR})?"
        rf"|{MONTH}\s+{ORD}(?!\d)(?:,?\s*{YEAR})?|{YEAR}-\d\d-\d\d)")
NUMWORD = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1,
           "few": None, "several": None}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_F = re.IGNORECASE

_DATELINE = re.compile(
    rf"(?:{WEEKDAY},?\s+)?(?:{ORD}\s+{MONTH},?\s+{YEAR}|{MONTH}\s+{ORD},?\s+{YEAR}|{YEAR}-\d\d-\d\d)", _F)
_SINCE_FUZZY = re.compile(
    rf"\b(?:since|from)\s+(?:the\s+)?(early|the\s+beginning\s+of|the\s+start\s+of|beginning\s+of|start\s+of|"
    rf"mid|mid-|late|the\s+end\s+of|end\s+of)?-?\s*(?:the\s+year\s+)?(?:({MONTH})\s+)?({YEAR})\b", _F)
# "from 3 May" starts a period; "the toll from the 27 June missile strike" names the strike's day
_EVENT_NOUN = (r",?\s*(?:[\w-]+\s+){0,2}(?:attacks?|strikes?|airstrikes?|bombings?|blasts?|explosions?|"
               r"massacres?|ambush(?:es)?|raids?|shelling|assault|bombardment|killings?|shootings?|clash(?:es)?|"
               r"kidnappings?|abductions?|riots?|incidents?|operations?|offensives?|incursions?|battles?|sieges?|"
               r"hijackings?|executions?|hangings?)\b")
# "claimed the 8 February raid": the date names the deed, however the sentence tells it
_NAMES_EVENT = re.compile(_EVENT_NOUN.removeprefix(",?"), _F)
_SINCE_DATE = re.compile(rf"\b(?:since\s+({DATE})|from\s+(?:the\s+)?(?!{DATE}{_EVENT_NOUN})({DATE}))", _F)
_SINCE_WEEKDAY = re.compile(rf"\bsince\s+(?:last\s+)?({WEEKDAY})\b", _F)
_SINCE_MONTH = re.compile(rf"\bsince\s+(?:early\s+|mid-?\s*|late\s+|(?:the\s+)?(?:start|beginning)\s+of\s+)?"
                          rf"({MONTH})\b(?!\s+\d)", _F)  # ("since the start of June")
_BETWEEN = re.compile(rf"\bbetween\s+({DATE})\s+and\s+(?:{WEEKDAY},?\s+)?({DATE})", _F)
_UNTIL_TODAY = re.compile(r"\b(?:until|till|to)\s+(?:now|today|date)\b", _F)
_TODAY_DAY = re.compile(rf"\btoday,?\s+(?:{WEEKDAY},?\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\b", _F)
_MONTH_YEAR = re.compile(rf"\b(?:in|during|throughout|for|of)\s+(?:the\s+month\s+of\s+)?({MONTH})\s+({YEAR})\b", _F)
_RELEASED = re.compile(r"\b(?:report|statement|study|survey|findings)\s+(?:was\s+)?(?:released|published|issued)\s+$",
                       _F)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;]|$)")
_THAT_END = re.compile(r"\bthat\s+$", _F)
_TOLD_BEFORE = re.compile(r"\b(?:said|says|told|reported|announced)\s+(?:[\w'-]+\s+){0,4}$", _F)
_ALONE = re.compile(r"\s+alone\b", _F)
_LAST_MONTH = re.compile(r"\b(last|past|previous)\s+month\b", _F)
# one incident on a day the report does not give: "earlier this month", "last week"
# ("last week's massacre": one day of last week too)
# ("the previous week", "the week before" in a report of days later: last week)
_SOME_DAY = re.compile(r"\b(?:(?:earlier|early)\s+(?:this|in\s+the)\s+(month|week)|(last|this)\s+week|"
                       r"the\s+(previous)\s+week|the\s+week\s+(before)(?!\s+(?:the|last|its|their|his|her)\b))\b", _F)
_PAST_N = re.compile(
    r"\b(?:in|during|over|within|throughout|for)?\s*(?:the\s+)?(?:past|last|previous)\s+(\d+|[a-z]+)\s+"
    r"(hours|days|weeks|months)\b", _F)
_NTH_BEFORE = re.compile(r"\b(?:second|third|fourth|fifth|sixth|another|latest)\s+(?:such\s+|similar\s+|deadly\s+)?"
                         r"(?:[\w-]+\s+)?(?:attack|attacks|strike|bombing|blast|incident|ambush|raid|killing|shooting|"
                         r"explosion|assault)\s+$", _F)
_IN_N = re.compile(r"\b(?:in|within|over)\s+(?:less\s+than\s+)?(\d+|[a-z]+)\s+(hours|days|weeks|months)\b", _F)
_A_WEEK = re.compile(r"\b(?:in|during|within|over)\s+(?:a|the\s+past|the\s+last|one)\s+(week|month)\b|"
                     r"\b(?:in|during|within|over)\s+the\s+(?:past|last)\s+(day)\b", _F)  # (a daily toll's)
_WEEKDAY_RE = re.compile(rf"\b(?:on\s+|last\s+|this\s+|late\s+on\s+|early\s+on\s+)?({WEEKDAY})\b", _F)
_YESTERDAY = re.compile(r"\b(since\s+)?yesterday\b", _F)
# ("the day before", "the previous night", "a day earlier"; not "the day before the attack")
_DAY_BEFORE = re.compile(r"\b(?:the\s+(?:day|night|evening)\s+before|the\s+previous\s+(?:day|night|evening)|"
                         r"a\s+day\s+(?:earlier|before)|the\s+day\s+prior)\b(?!\s+(?:the|a|an|his|her|their|its|\d))",
                         _F)
# holidays of a fixed day ("on Christmas Eve", "on New Year's Day"): the last such day up to the report
_HOLIDAY = re.compile(r"\b(?:on\s+|over\s+|during\s+)?(?:the\s+)?(Orthodox\s+)?(Christmas\s+Eve|Christmas\s+Day|"
                      r"Boxing\s+Day|New\s+Year['’]s\s+Eve|New\s+Year['’]s\s+Day|Halloween)\b", _F)
_HOLIDAY_DAY = {"christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26),
                "new year's eve": (12, 31), "new year's day": (1, 1), "halloween": (10, 31)}
# "massacred last weekend", "a weekend massacre": Saturday-Sunday
_WEEKEND = re.compile(rf"\b(?:(?:last|this|past|the)\s+weekend\b|weekend(?:'s|’s)?(?={_EVENT_NOUN}))", _F)
# a capitalised word just before a capitalised "Today" makes it part of a name ("Al-Quds Today", "Russia Today")
_IN_A_NAME = re.compile(r"(?<![\w'’-])[A-Z](?=[\w'’-]*[a-z])[\w'’-]*\s+$")  # (not a dateline: "GAZA Today ...")
_TODAY = re.compile(r"\b(?:earlier\s+today|today|this\s+morning|tonight|this\s+evening)\b", _F)
# "the 27 June strike", "on the morning of 21 August", "gunfire for much of 9 June"
# wire style, a date straight after the deed: "was abducted Sept. 10", "killed March 3, 1985"
_DONE = (r"(?:killed|abducted|kidnapped|attacked|ambushed|seized|shot|wounded|injured|died|bombed|shelled|raided|"
         r"massacred|executed|assassinated|captured|occurred|happened|exploded|struck|overran|destroyed)")
_ON_DATE = re.compile(rf"\b(?:on|in|during|throughout|around|(?:on\s+or\s+)?about|(?:for\s+)?much\s+of)\s+"
                      rf"(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?({DATE})|"
                      rf"\bthe\s+({DATE})(?={_EVENT_NOUN})|"
                      rf"\b{_DONE}\s+((?:{MONTH})(?![a-z])\s+{ORD}(?!\d)(?:,?\s*{YEAR})?)|"
                      rf"\b(?:on|late\s+on|early\s+on)\s+(?:{WEEKDAY}),?\s+(?:the\s+)?({DATE})", _F)
# ("on Sunday, 17 April", "on Saturday, July 17": the weekday and its date, told weeks later)
# "during the night of 21 to 22 October", "on the night of 7-8 March 2022": the two days of one night
_NIGHT_OF = re.compile(rf"\b(?:(?:on|in|during|overnight\s+on)\s+)?the\s+night\s+(?:of|from)\s+(?:the\s+)?({ORD})"
                       rf"\s*(?:to|into|-|–|and)\s*(?:the\s+)?({DATE})", _F)
# "overnight Saturday to Sunday", "on the night from Friday into Saturday"
_NIGHT_DAYS = re.compile(rf"\b(?:overnight|the\s+night)\s+(?:of\s+|from\s+)?({WEEKDAY})\s+(?:to|into|-|–)\s+"
                         rf"({WEEKDAY})\b", _F)
# "overnight shelling on September 12-13", "fighting on 12–14 March 2022": a night or a few days, not a day
# and a count
_DAY_PAIR = re.compile(rf"\b(?:(?:on|during|over|from)\s+)?(?:(?P<m1>{MONTH})\s+(?P<a1>\d{{1,2}})\s*[-–]\s*"
                       rf"(?P<b1>\d{{1,2}})|(?P<a2>\d{{1,2}})(?:\s*[-–]\s*|\s+(?:and|to)\s+)(?P<b2>\d{{1,2}})\s+"
                       rf"(?P<m2>{MONTH})|(?:between|from)\s+(?P<m3>{MONTH})\s+(?P<a3>\d{{1,2}})\s+(?:and|to|until)\s+"
                       rf"(?P<b3>\d{{1,2}}))"
                       rf"(?:,?\s+(?P<y>{YEAR}))?(?![\d-])", _F)
# "in March", "in early March", "in mid-March 2004": a month (or a third of it) the report does not date otherwise
# ("at the end of March", "in the middle of May": a third too)
_IN_MONTH = re.compile(rf"\b(in|during|throughout|at)\s+(?:(early|mid|late|the\s+(?:end|beginning|start|middle)\s+of)"
                       rf"[-\s]+)?({MONTH})\b(?:\s+({YEAR})\b)?"
                       rf"(?!\s*\d|\s*,\s*{YEAR})", _F)
# "October was the deadliest month of the year for US forces": the whole month, a tally
_MONTH_SUBJECT = re.compile(rf"\b({MONTH})(?:\s+({YEAR}))?\s+(?:was|has\s+been|had\s+been|became|proved)\s+"
                            r"(?:the\s+)?(?:[a-z]+\s+){0,2}month\b", _F)
_IN_MONTH_YEAR = re.compile(rf"\bin\s+({MONTH})\s+({YEAR})\b", _F)
_IN_YEAR = re.compile(rf"\b(?:in|during|throughout|for)\s+(?:the\s+year\s+)?({YEAR})\b(?!\s*-)", _F)
_AGO = re.compile(r"\b(\d+|[a-z]+)\s+(days|weeks)\s+(?:ago|earlier|before|prior)\b", _F)
_THAT_DAY = re.compile(r"\b(?:that|the\s+same)\s+(?:night|day|morning|evening|afternoon)\b", _F)
# (not "two people were confirmed dead": a toll; "a statement carried by its news agency on Wednesday": told then)
_REPORTING = re.compile(r"\b(?:said|says|told|reported|announced|stated|added|acknowledged|admitted|"
                        r"confirmed(?!\s+(?:dead|killed|injured|wounded|missing))|claimed|statement|"
                        r"report|tweeted|wrote|quoted|according|vowed|pledged|blamed|condemned|warned|accused|apologi[sz]ed|"
                        r"published|posted|carried\s+by)\b"
                        r"[^.;]{0,25}$", _F)
_EVENT_WORD = re.compile(r"\b(?:raid|attack|strike|airstrike|ambush|blast|explosion|bombing|clash|clashes|shelling|"
                         r"assault|offensive|fighting|massacre|incident|abduction|kidnapping)\b", _F)
# what witnesses report is when it happened: "residents reported heavy gunfire on 9 June"
_WITNESSED = re.compile(r"(?:reported|heard|described|saw)\b", _F)
_HEARD = re.compile(r"\b(?:gunfire|gunshots|shots|shooting|explosions?|blasts?|fighting|firing)\b", _F)
# ("officials said 355 died on the morning of 21 August": the day of the deaths)
_TOLL_BETWEEN = re.compile(r"\b(?:killed|died|dead|wounded|injured|kidnapped|abducted|shot)\b", _F)
_TOLL_VERB_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,4}?(?:killed|kills|killing|left|leaves|leaving|wounded|injured|"
                              r"hit|struck|destroyed|claimed\s+the\s+lives)\b", _F)
# the acts that follow an attack: "police registered a case against unknown persons on Tuesday", "the two
# were freed on Thursday", "the governor visited on Friday": the day of the act, not of the attack
_ACT_AFTER = re.compile(r"\b(?:registered|filed|visited|buried|freed|released|found|recovered|ended|returned|"
                        r"protest(?![eo]rs?\b)\w*|combed|searched)\b[^.;]{0,45}$", _F)
# "the toll ... rose to 22 on Monday": the day of the count
_RAISED_TO = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|reached|increased|jumped)\s+to\s+[\d,]+\s+(?:on\s+)?$",
                        _F)
# "the government on Friday blamed the ELN for ...": the day it spoke
_REPORTING_AFTER = re.compile(r"\s+(?:said|says|told|reported|announced|stated|confirmed|claimed|vowed|pledged|"
                              r"acknowledged|admitted|"
                              r"blamed|condemned|warned|accused|denied)\b", _F)
# "Thursday's bombing", "Friday night's raid": the day that owns an event
OWNER = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?['’]s?\s")
_SINCE_START = re.compile(r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(month|year|week)\b", _F)
# "since Georgian forces began their assault", "since the start of the war": a tally from a day the report
# does not give
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:(?:the|their|its|his|this)\s+)?(?:[\w'’-]+\s+){0,4}?(?:began|begun|started|"
                           r"launched|erupted|broke\s+out|resumed)\b"
                           # (a start dated after it, "since the assault began on March 24", "since clashes began in
                           # July": left to the patterns of dates)
                           rf"(?:[^,.;]{{0,40}}?\b(?:on|in)\s+(?P<day>{WEEKDAY}|\d{{1,2}}\s+{MONTH}|{MONTH}|{YEAR}))?"
                           r"|\bsince\s+the\s+(?:start|beginning|outbreak|"
                           r"onset)\s+of\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,2}?(?:war|conflict|offensive|fighting|"
                           r"uprising|crisis|revolt|rebellion|insurgency|campaign|hostilities|violence|unrest)\b", _F)
_SAME_PERIOD = re.compile(r"\b(?:in|during|over)\s+the\s+same\s+period\b", _F)
# (not "overnight shelling on September 12-13", "overnight on 4 May": the date says which night)
_OVERNIGHT = re.compile(rf"\bovernight\b(?!\s+(?:[a-z]+\s+){{0,2}}?(?:on|of)\s+(?:the\s+)?(?:{MONTH}\s+\d|\d{{1,2}}"
                        rf"(?:st|nd|rd|th)?\s*(?:[-–]\s*\d{{1,2}}\s+)?(?:of\s+)?{MONTH}))", _F)
_WEEK_ENDED = re.compile(rf"\bweek\s+(?:that|which)?\s*ended\s+(?:on\s+)?(?:{WEEKDAY},?\s+)?({DATE})", _F)
# "in the month to mid-March", "over the week to 12 May": a span that ends on a day the report names
_SPAN_TO = re.compile(rf"\b(?:in|during|over)\s+the\s+(week|fortnight|month|year)\s+(?:up\s+)?to\s+"
                      rf"(?:(early|mid|late)[-\s]+({MONTH})\b|({DATE}))", _F)
_SPAN_DAYS = {"week": 7, "fortnight": 14, "month": 30, "year": 365}
_PART_DAY = {"early": 5, "mid": 15, "late": 25}
# ("the first three months of the year": of the year it was written in)
_FIRST_MONTHS = re.compile(rf"\b(?:first|past)\s+(half|quarter|\w+\s+months?)\s+of\s+({YEAR}|the\s+year|this\s+year)\b",
                           _F)
# "during the first two weeks of July", "the last ten days of March 2024"
_PART_OF_MONTH = re.compile(rf"\b(first|last|final)\s+(?:(\w+)\s+)?(weeks?|days)\s+of\s+({MONTH})\b"
                            rf"(?:,?\s+({YEAR})\b)?", _F)

_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
           "dec"}
_DAYS = set(WEEKDAYS)
_SINCE = {"since", "from"}
_NEEDS: dict[re.Pattern[str], tuple[set[str], bool]] = {
    _BETWEEN: ({"between"}, False), _SINCE_START: ({"since"}, False), _SINCE_DATE: (_SINCE, False),
    _SINCE_FUZZY: (_SINCE, False), _SINCE_MONTH: ({"since"}, False), _SINCE_WEEKDAY: (_DAYS, False),
    _UNTIL_TODAY: ({"today", "now", "date"}, False), _SINCE_CLAUSE: ({"since"}, False),
    _MONTH_YEAR: (_MONTHS, False), _IN_MONTH: (_MONTHS, False), _MONTH_SUBJECT: ({"month"}, False),
    _LAST_MONTH: ({"month"}, False), _SOME_DAY: ({"month", "week"}, False),
    _PAST_N: ({"hours", "days", "weeks", "months"}, False), _IN_N: ({"hours", "days", "weeks", "months"}, False),
    _A_WEEK: ({"week", "month", "day"}, False), _SAME_PERIOD: ({"same"}, False), _IN_YEAR: (set(), True),
    _AGO: ({"ago", "earlier", "before", "prior"}, False),
    _THAT_DAY: ({"night", "day", "morning", "evening", "afternoon"}, False),
    _YESTERDAY: ({"yesterday"}, False), _DAY_BEFORE: ({"before", "previous", "earlier", "prior"}, False),
    _WEEKEND: ({"weekend"}, False), _ON_DATE: (_MONTHS, True),
    _HOLIDAY: ({"eve", "day", "halloween"}, False),
    _WEEKDAY_RE: (_DAYS, False),
    _TODAY: ({"today", "tonight", "morning", "evening"}, False),
    _OVERNIGHT: ({"overnight"}, False), _WEEK_ENDED: ({"ended"}, False),
    _SPAN_TO: ({"week", "fortnight", "month", "year"}, False), _FIRST_MONTHS: ({"year"}, True),
    _PART_OF_MONTH: ({"week", "weeks", "days"}, False), _NIGHT_OF: ({"night"}, False),
    _NIGHT_DAYS: (_DAYS, False), _DAY_PAIR: (_MONTHS, True),
}
_ANY = set().union(*(words for words, _ in _NEEDS.values()))


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
        if not m.group("day"):
            add(m, None, pub, "since")
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
            _TOLD_BEFORE.search(state.text, max(start, m.start() - 40), m.start()) and \
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
            add(m, sunday - dt.timedelta(days=1), min(sunday, pub), "day")
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
