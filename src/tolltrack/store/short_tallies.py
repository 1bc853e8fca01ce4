"""Tallies that stand for an incident: a report that counts people only in aggregate.

"Gunmen killed 137 people in a series of attacks on villages on Sunday" or "clashes in a
disputed town have left a dozen dead over two days" are tallies under the annotation rules
(several incidents, or several days), so no event would be built from them; yet another
outlet may tell the same attack as one incident. When a document has no incident claim at
all, its tallies of a few days in one governorate (or of a third of a month, "in mid-October", when the
sentence counts over no span) become the claims of an event (role
``tally``), so that the event can be merged with other reports; the tally rules still count
such a claim once, as a tally, and the event takes no fatalities from it.

A tally with no period ("air raids on militia sites leave 14 dead") is taken only when the
report's undated tallies all stand in one sentence: a monitor's long report with several
undated tolls ("killed about 1,000 citizens ... the death of 29 members") tells many
incidents, not one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tolltrack.store.events import ClaimRow

# an undated tally that runs from a beginning the reader could not date, or to this day
_RUNNING = re.compile(r"\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|launch|onset|war|conflict|insurgency|"
                      r"campaign|operation|uprising|revolution|fighting)\b|\b(?:so\s+far|to\s+date|thus\s+far)\b|"
                      # ("seized in a series of attacks this year", "killed in recent months"): many incidents
                      r"\b(?:this|past|last)\s+year\b|\b(?:recent|past|last)\s+(?:\w+\s+)?(?:weeks|months|years)\b|"
                      r"\b(?:series|string|spate|wave)\s+of\b",
                      re.IGNORECASE)
MAX_DAYS = 4  # "over the past three days" (four days with the day it is told) is one episode; a week is many
# "killed 348 villagers in Kibilira in mid-October": one episode told with a vague date, unless the
# sentence counts over a span ("over the past week", "a ten-day operation")
VAGUE_DAYS = 11
_MANY_DAYS = re.compile(r"\b(?:past|last|previous|over|in)\s+(?:the\s+)?(?:past\s+)?(?:week|fortnight|\w+\s+days)\b|"
                        r"\b(?:week|\w+-day)-?long\b|\b(?:weekly|operations?|offensive|campaign|since)\b",
                        re.IGNORECASE)


def short_tallies(claims: Sequence[ClaimRow]) -> list[ClaimRow]:
    """The top-level tallies among ``claims`` that may stand for one incident (see above)."""
    ids = {c.id for c in claims}
    dated: list[ClaimRow] = []
    undated: list[ClaimRow] = []
    for c in claims:
        if not c.is_aggregate or c.parent_id in ids:
            continue
        one_day = bool(c.period_start) and c.period_start == c.period_end
        if len({p.admin1 for p in c.places if p.admin1}) > 1 and not one_day:
            # "in Cali ... and in Corinto": a tally of two governorates is no one incident, unless of one
            # day ("bombers struck churches in Colombo, Negombo and Batticaloa on Sunday": a coordinated attack)
            continue
        if not c.period_start:
            if not _RUNNING.search(c.sentence):
                undated.append(c)  # (not "since the start of the operation", a beginning no date was read for)
        elif c.period_end and ((days := _days(c.period_start, c.period_end)) <= MAX_DAYS or
                               days <= VAGUE_DAYS and not _MANY_DAYS.search(c.sentence)):
            dated.append(c)
    if len({c.sentence_start if c.sentence_start is not None else c.evidence_start for c in undated}) > 1:
        undated = []
    return sorted(dated + undated, key=lambda c: c.evidence_start)


def _days(start: str, end: str) -> int:
    return (dt.date.fromisoformat(end[:10]) - dt.date.fromisoformat(start[:10])).days + 1


def role(c: ClaimRow, parts: set[int]) -> str:
    """How a claim stands in its event: an incident, a breakdown part of one, or a tally it rests on."""
    return "tally" if c.is_aggregate else "part" if c.id in parts else "incident"
