"""The words and patterns of time in news English, read by ``timex``: dates, weekdays, months, and the
relative expressions ("on Thursday night", "past 48 hours", "since early 2024") with the words each needs.

Kept apart from the code that resolves them so that each module stays short.
"""

from __future__ import annotations

import re

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
# "a bomb blew up in a cafe last night": the night before the report, which may run into its day
_LAST_NIGHT = re.compile(r"\b(?:late\s+)?last\s+night\b", _F)
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
                           rf"(?:[^,.;]{{0,40}}?\b(?:on|in)\s+(?P<day>{WEEKDAY}|\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}}\b|"
                           rf"{MONTH}|{YEAR}))?"
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
    _OVERNIGHT: ({"overnight"}, False), _LAST_NIGHT: ({"night"}, False), _WEEK_ENDED: ({"ended"}, False),
    _SPAN_TO: ({"week", "fortnight", "month", "year"}, False), _FIRST_MONTHS: ({"year"}, True),
    _PART_OF_MONTH: ({"week", "weeks", "days"}, False), _NIGHT_OF: ({"night"}, False),
    _NIGHT_DAYS: (_DAYS, False), _DAY_PAIR: (_MONTHS, True),
}
_ANY = set().union(*(words for words, _ in _NEEDS.values()))
