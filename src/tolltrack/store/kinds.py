"""Which event types may be one incident's, as two outlets type it.

Two reports of one attack are often typed apart: one outlet says "clashes", the other "mortar
fire"; one counts the kidnapped, the other the dead of the same raid. The word rules of
``data/event_types.toml`` type each report; this module says which pairs of types still fit
(``types_compatible``), so that ``store/resolve.py`` merges them when the rest agrees.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tolltrack.store.event_types import type_rules
from tolltrack.store.sides import CLASH
from tolltrack.store.tolls import VAGUE_SIDES

if TYPE_CHECKING:
    from tolltrack.store.resolve import Features

COMPATIBLE_TYPES = (
    frozenset({("Battles", "Armed clash"), ("Violence against civilians", "Attack"),
               # "overran a post, killing 20 soldiers" / "an assault on a post killed 25 soldiers"
               ("Battles", "Non-state actor overtakes territory"),
               ("Battles", "Government regains territory")}),
    frozenset({("Violence against civilians", "Abduction/forced disappearance"),
               ("Strategic developments", "Arrests")}),
    # a raid that kills some and carries off others: "kidnap 45, kill a guard" / "abducted 40, killing one"
    frozenset({("Violence against civilians", "Abduction/forced disappearance"),
               ("Violence against civilians", "Attack")}),
    # outlets leave out "suicide", and call a missile an air strike or shelling
    frozenset({("Explosions/Remote violence", "Suicide bomb"),
               ("Explosions/Remote violence", "Remote explosive/landmine/IED")}),
    # "lobbed a hand grenade" / "the explosion occurred around 10 pm"
    frozenset({("Explosions/Remote violence", "Grenade"),
               ("Explosions/Remote violence", "Remote explosive/landmine/IED")}),
    frozenset({("Explosions/Remote violence", "Air/drone strike"),
               ("Explosions/Remote violence", "Shelling/artillery/missile attack")}),
)
_KILL = re.compile(r"\b(?:kill\w*|dead|died|shot|slain|murder\w*|massacre\w*|executed|beheaded|neutrali[sz]\w*|"
                   r"eliminated|destroyed|bod(?:y|ies))\b")
_TAKE = re.compile(r"\b(?:abduct\w*|kidnap\w*|hostages?|captives?|seiz\w*|took|taken|carried off)\b")
ATTACK = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
ARRESTS = ("Strategic developments", "Arrests")
BOMBS = frozenset({("Explosions/Remote violence", "Remote explosive/landmine/IED"),
                   ("Explosions/Remote violence", "Grenade")})
_GUNFIRE = re.compile(r"\b(?:opened fire|open fire|opening fire|gunfire|firefight|gunfight|exchange of fire|"
                      r"exchanged fire|shootout|sprayed|fired on|fired at|under fire|ambush\w*|"
                      # ("fired machine guns and grenades at a police building": guns and grenades, one attack)
                      r"machine[- ]guns?|automatic[- ]weapons?|small[- ]arms)\b")
_AMBUSH = re.compile(r"\bambush\w*")


def types_compatible(a: Features, b: Features) -> bool:
    if _arrests_apart(a, b) or _arrests_apart(b, a):
        return False
    if a.event_type == b.event_type or not a.by_rule or not b.by_rule or a.generic_type or b.generic_type:
        return True
    if {a.event_type, b.event_type} == {ABDUCTION, CLASH} and \
            (a if a.event_type == CLASH else b).toll_status in {"captured", "missing"} and \
            (a if a.event_type == ABDUCTION else b).toll_status in {None, "captured", "missing"}:
        return True  # "gunmen abducted two customs officers" (a clash: the state's people) / "agents kidnapped"
    if {a.event_type, b.event_type} == {ABDUCTION, CLASH} and any(
            x.event_type == CLASH and x.toll_status is None and _TAKE.search(x.text) for x in (a, b)):
        return True  # "gunmen seize travellers on the Ring Road" (no word of the rules) / "abducted 15 passengers"
    if {a.event_type, b.event_type} == {ABDUCTION, ATTACK} and a.toll_status and b.toll_status and \
            a.toll_status != b.toll_status and not any(_KILL.search(x.text) and _TAKE.search(x.text) for x in (a, b)):
        return False  # "abducted 20 passengers" / "killed nine civilians": a raid that did both is told as both
    if CLASH in (a.event_type, b.event_type) and {a.event_type, b.event_type} & BOMBS and (
            _GUNFIRE.search((a if a.event_type in BOMBS else b).text) or
            _AMBUSH.search((a if a.event_type == CLASH else b).text)):
        # "a roadside bomb, then gunfire on the patrol" / "rangers ambushed": one complex attack; and an
        # ambush on a road is often sprung with mines ("ambushed a convoy" / "landmines under two trucks")
        return True
    if any(a.event_type in group and b.event_type in group for group in COMPATIBLE_TYPES):
        return True
    # "militants clashed near Rajgal, residents reported mortar fire": one report's words name both types
    return _also_told(a, b.event_type) or _also_told(b, a.event_type)


# any word of people taken or held in the other report (not `_TAKE`: "took" and "taken" are too common here)
_HELD = re.compile(r"\b(?:arrest\w*|detain\w*|detention|custody|captur\w*|seiz\w*|held|rounded up|abduct\w*|"
                   r"kidnap\w*|hostages?|missing)\b")


_ARRESTED = re.compile(r"\b(?:arrest(?:ed|s|ing)?|detained|rounded up)\b")
_VIOLENCE = re.compile(r"\b(?:kill\w*|dead|died|shot|slain|wound\w*|injur\w*|stab\w*|knife|attack\w*|bomb\w*|"
                       r"blast|explo\w*|fired?|firing|clash\w*|storm\w*|ambush\w*|assault\w*|escape\w*)\b")


def _arrests_apart(x: Features, y: Features) -> bool:
    """``x`` tells only arrests ("police raided a compound and arrested four suspects") and ``y`` tells
    violence with no word of anyone taken: a raid that arrests is not the bombing or the clash of that day."""
    return x.event_type == ARRESTS and x.by_rule and y.event_type not in (ARRESTS, ABDUCTION) and \
        bool(_ARRESTED.search(x.text)) and not _VIOLENCE.search(x.text) and not _HELD.search(y.text)


def _also_told(f: Features, kind: tuple[str, str | None]) -> bool:
    """A word of its own of a rule of type ``kind`` is in the report's sentences, and the rule would
    have taken the report's victims and toll ("gunmen abducted two officers", a clash that kills, is
    no kidnapping)."""
    return any((r.event_type, r.sub_event_type) == kind and (not r.victims or r.victims & f.victims)
               and f.toll_status not in r.unless_status and (r.specific or r.pattern).search(f.text)
               for r in type_rules())


def _same_but_victims(a: Features, b: Features) -> bool:
    """An attack on civilians in one report, a clash in another only because it does not say
    who the dead were ("19 people", "gunmen kill 19"): the type rules differ on the victims alone."""
    if {a.event_type, b.event_type} != {ATTACK, CLASH}:
        return False
    clash = a if a.event_type == CLASH else b
    return not (clash.victims - VAGUE_SIDES)
