"""Do two reports' sides agree?

Cross-source merging (``store/resolve.py``) compares who did it and who was hit: one side
named by both agrees, two sides contradict, and some pairs of sides are neither, because
outlets confuse them or because each report tells a different side of one fight. Kept apart
from places and tolls so that each stays readable.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tolltrack.store.tolls import VAGUE_SIDES

if TYPE_CHECKING:
    from tolltrack.store.resolve import Features

CLASH = ("Battles", "Armed clash")  # ACLED's type for a fight between two armed sides
TERRITORY = frozenset({("Battles", "Non-state actor overtakes territory"), ("Battles", "Government regains territory")})

# sides outlets confuse when they attribute an attack: "jihadists" in one report, "Islamic
# State" in another; "rebels" for an IS-linked group ("suspected ADF rebels" / "ADF fighters");
# "the coalition" and "Saudi-led forces". Not agreeing, not contradicting.
SIDE_FAMILIES = (frozenset({"ISIS", "HTS", "JIH", "OPP"}), frozenset({"COAL", "FOR"}))


def _sides_agree(x: set[str], y: set[str], families: tuple[frozenset[str], ...] = ()) -> bool | None:
    """True when both name sides and share one, False when they contradict, None when unknown."""
    mixed = "MIX" in x | y  # a toll of several sides: "13 killed, including three soldiers" / "mostly civilians"
    # ("three guerrillas and a police officer died" / "police killed four militants": the guerrillas, of no side
    # the report names, may be the militants; civilians are named as such: "147 killed ...; four attackers
    # dead" / "killing 15 civilians", "two civilians and a fighter" / "three SDF fighters" are no such pairs)
    partly = any(z & VAGUE_SIDES and z - VAGUE_SIDES and "CIV" not in z | w for z, w in ((x, y), (y, x)))
    x, y = x - VAGUE_SIDES, y - VAGUE_SIDES
    if not x or not y:
        return None
    if x & y:
        return True
    if mixed or partly or any(x <= fam and y <= fam for fam in SIDE_FAMILIES + families):
        return None
    return False


# the dead or wounded outlets name either way: peacekeepers or foreign troops are "soldiers" to many a report
# ("three peacekeepers wounded" / "injuring three of its soldiers"), and so are a state's troops abroad
# ("two Turkish soldiers killed in Idlib" / "a Turkish convoy was hit; three soldiers died")
VICTIM_FAMILIES = (frozenset({"GOV", "FOR", "COAL", "TUR", "RUS", "IRN", "ISR"}),)


def _response_counted(a: Features, b: Features) -> bool:
    """One report also counts the attackers the forces killed, so its perpetrators include the forces
    that answered: the dead include the attackers ("11 dead including three gunmen"), or the forces
    are named as killers of their own side's dead (which no side is)."""
    if "MIX" in a.victims | b.victims:
        return True
    shared = (a.victims & b.victims) - VAGUE_SIDES
    if shared & (a.perpetrators | b.perpetrators):
        return True
    # "the army says it killed 30 militants repelling the assault" / "al-Shabaab attacked an army base": the
    # state's forces killed the attackers of the other report
    return any(x.perpetrators & STATE_SIDES and y.perpetrators - STATE_SIDES - VAGUE_SIDES and
               x.victims - {"CIV"} - STATE_SIDES and _ATTACKERS_KILLED.search(x.text) for x, y in ((a, b), (b, a)))


def _two_sides_of_one_fight(a: Features, b: Features) -> bool:
    """ "Soldiers killed four militants" / "two soldiers wounded in the encounter": each report counts
    the dead of one side of a clash, so the side one report has fire is the side the other has hit."""
    return bool(((a.perpetrators & b.victims) | (b.perpetrators & a.victims)) - VAGUE_SIDES - {"CIV"}) and \
        CLASH in {a.event_type, b.event_type}


def _sides_swapped(a: Features, b: Features) -> bool:
    """Each report has the other's killers as its dead and its dead as the other's killers, both
    of a fight: one side's account of its losses, the other's of the enemies it killed (not an
    attack and the air strikes that answered it)."""
    perps_a, victims_a = a.perpetrators - VAGUE_SIDES, a.victims - VAGUE_SIDES
    return bool(perps_a and victims_a) and perps_a == b.victims - VAGUE_SIDES and \
        victims_a == b.perpetrators - VAGUE_SIDES and \
        {a.event_type, b.event_type} <= {CLASH} | TERRITORY and any(_FIGHT.search(x.text) for x in (a, b))


# a fight, not a one-sided attack ("militants attacked a post" / "troops killed six militants" may be an
# attack and the raid that answered it)
_FIGHT = re.compile(r"\b(?:clash\w*|fighting|fought|firefights?|gunfights?|gun battles?|battles?|encounters?|"
                    r"exchanges? of fire|both sides)\b")


STATE_SIDES = frozenset({"GOV"})  # the state's own forces
_ATTACKERS = r"(?:attackers|assailants|militants|gunmen|terrorists|insurgents|jihadists|fighters|raiders)"
# ("security forces shot dead four attackers", "killed the last of the attackers", "37 dead including five assailants")
_ATTACKERS_KILLED = re.compile(
    rf"\b{_ATTACKERS}\b.{{0,40}}?\b(?:killed|neutrali[sz]ed|dead|died|eliminated)\b|"
    rf"\b(?:killed|killing|neutrali[sz]ed|neutrali[sz]ing|eliminated|repell\w*|shot\s+dead|gunned\s+down)\s+"
    rf"(?:[\w'-]+\s+){{0,4}}?(?:{_ATTACKERS}|attack|assault)\b|\bincluding\s+(?:[\w'-]+\s+)?{_ATTACKERS}\b")


def main_victims(f: Features) -> set[str]:
    """The victims' sides less those counted at under a quarter of the largest count of a side."""
    if len(f.side_tolls) < 2:
        return f.victims
    top = max(f.side_tolls.values())
    minor = {side for side, n in f.side_tolls.items() if n * 4 < top}
    return {v for v in f.victims if v not in minor}


def side_agreement(a: Features, b: Features, swapped_ok: bool = True) -> tuple[bool | None, bool | None]:
    """Whether perpetrators and victims agree (True), differ (False) or cannot tell (None), with the
    allowances for one fight told from two sides; ``swapped_ok``: sides told the other way round
    may be one fight (the rules allow it only for reports of one place)."""
    perp = _sides_agree(a.perpetrators, b.perpetrators)
    vict = _sides_agree(a.victims, b.victims, VICTIM_FAMILIES)
    if vict is False and perp is None and _two_sides_of_one_fight(a, b):
        vict = None
    if perp is False and vict is False and swapped_ok and _sides_swapped(a, b):
        perp = vict = None  # "al-Shabaab stormed an army base" / "the army says 30 militants died in the raid"
    if perp is False and vict is not False and _two_sides_of_one_fight(a, b):
        perp = None  # "soldiers killed three rebels in a firefight" / "the army says three of its men died"
    if perp is False and _response_counted(a, b):
        perp = None  # "17 soldiers killed in a jihadist ambush" / "the army says 17 died, 100 assailants neutralised"
    if vict is False:
        # "147 killed as the siege ends; four attackers dead" / "killing at least 15 people": the few dead
        # of another side beside a toll are not who the attack killed
        vict = _sides_agree(main_victims(a), main_victims(b), VICTIM_FAMILIES)
    return perp, vict
