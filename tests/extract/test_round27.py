"""Rules written in the session of the twenty-seventh unseen round of pair sets, each on an invented
sentence that exercises the general pattern.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from .helpers import extract


@pytest.mark.parametrize("text", [
    "Two soldiers who were wounded in Sunday's ambush near Kidal have died of their injuries, the army said.",
    "Three villagers who were abducted by rebels last week had died in captivity, relatives said on Thursday.",
    "A policeman who was shot in the raid later succumbed in hospital, officials said.",
])
def test_people_hurt_or_taken_earlier_who_died_are_counted_dead(text: str) -> None:
    """ "who were wounded ... have died": the relative clause says what befell them first, the main verb
    what is counted."""
    [c] = extract(text, published="2008-05-01").casualties + extract(text, published="2008-05-01").incidents
    assert c.status == "killed"


def test_people_hurt_who_were_then_treated_stay_hurt() -> None:
    [c] = extract("The 12 people who were injured in the blast were taken to hospital in Gao.",
                  published="2008-05-01").casualties
    assert c.status == "injured"
