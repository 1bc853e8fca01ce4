"""Event types: an incident's ACLED type and sub-type, from the words of its claims' sentences.

The rules are data (``data/event_types.toml``), tried in order; a rule whose only word is a
generic one ("attack", "raid") yields to a later rule's own word of its kind. With no rule, the
statuses and sides decide (``fallback_type``). ``store/events.py`` types each incident so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from tolltrack.data import load
from tolltrack.store.sides import STATE_SIDES

if TYPE_CHECKING:
    from tolltrack.store.events import ClaimRow

STATE_ALLIES = frozenset({"GOV", "RUS", "IRN"})


@dataclass(frozen=True)
class TypeRule:
    event_type: str
    sub_event_type: str
    pattern: re.Pattern[str]
    victims: frozenset[str]
    label: str | None
    unless_status: frozenset[str] = frozenset()
    specific: re.Pattern[str] | None = None  # the rule's words less its generic ones; None: all are


def _pattern(words: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(_word(w) for w in words) + ")", re.IGNORECASE)


def _word(w: str) -> str:
    body = re.escape(w.rstrip("*")).replace(r"\ ", r"[\s-]+")  # ("guided bomb" / "guided-bomb")
    return body + (r"\w*" if w.endswith("*") else "") + r"\b"


@cache
def type_rules() -> tuple[TypeRule, ...]:
    """The rules of ``data/event_types.toml``, in order."""
    out = []
    for r in load("event_types")["rule"]:
        generic = set(r.get("generic", ()))
        specific = [w for w in r["words"] if w not in generic]
        out.append(TypeRule(r["event_type"], r["sub_event_type"], _pattern(r["words"]), frozenset(r.get("victims", ())),
                            r.get("label"), frozenset(r.get("unless_status", ())),
                            _pattern(specific) if generic and specific else None))
    return tuple(out)


def fallback_type(claims: Sequence[ClaimRow]) -> tuple[str, str]:
    """The type when no word rule matches: from the statuses and sides."""
    perps = {c.perpetrator_side for c in claims if c.perpetrator_side}
    statuses = {c.status for c in claims}
    if statuses & {"captured", "missing"} and "killed" not in statuses:  # killings with kidnappings: an attack
        if perps & STATE_SIDES:
            return ("Strategic developments", "Arrests")
        return ("Violence against civilians", "Abduction/forced disappearance")
    if all(c.victim_side == "CIV" for c in claims) and perps:
        return ("Violence against civilians", "Attack")
    return ("Battles", "Armed clash")


@dataclass(frozen=True)
class TypeChoice:
    """An incident's ACLED type, and how sure the word rules are of it."""

    event_type: str
    sub_event_type: str
    label: str | None = None
    by_rule: bool = False  # a word rule chose it (else the sides did, fallback_type)
    generic: bool = False  # only a generic word ("attack", "raid") chose it: any other type may be right


# what a report says did not happen is no type of the event: "one agent injured; no arrests"
_NEGATED = re.compile(r"\b(?:no|without(?: any)?)\s+(?:arrests?|detentions?)\b|"
                      r"\bno one (?:was|has been|had been) (?:arrested|detained)\b", re.IGNORECASE)


_CAPTURED = re.compile(r"\bcaptured\b", re.IGNORECASE)
# a grenade launcher is a close-range weapon of ambushes and firefights: no artillery, no thrown grenade
_LAUNCHER = re.compile(r"\brocket[- ]propelled[- ]grenades?\b|\bRPG(?:-7)?s?\b")
# "shell casings were found": spent cartridges, no artillery; "seized a service pistol": arms taken, no one
_CASINGS = re.compile(r"\bshell\s+(?:casings?|cases)\b", re.IGNORECASE)
_THINGS_TAKEN = re.compile(r"\b(?:seized|seizes|seize|captured)\s+(?:an?\s+|the\s+|their\s+|his\s+|some\s+|\w+\s+)?"
                           r"(?:service\s+|assault\s+|automatic\s+|hunting\s+)?(?:pistols?|rifles?|guns?|weapons?|arms|"
                           r"ammunition|explosives|vehicles?|cars?|trucks?|cattle|livestock|goats|camels|cash|money)\b",
                           re.IGNORECASE)
# a town taken or retaken "backed by tanks and helicopter gunships", "after heavy shelling": the fire that
# helped take it is the means, the taking is the event (ACLED codes the change of hands)
_TAKEN = re.compile(r"\b(?:re)?(?:captured|took|taken|seized|overran|overrun)\b|\bretook\b|\bfell\s+to\b|"
                    r"\b(?:took|taken|seized|regained)\s+control\b", re.IGNORECASE)
_SUPPORT = re.compile(r"\b(?:backed|supported|covered)\s+by\s+(?:[\w-]+\s+){0,6}(?:tanks|artillery|gunships|"
                      r"helicopters|jets|warplanes|aircraft|air\s+support|air\s+power|air\s+strikes)\b|"
                      r"\bafter\s+(?:(?:heavy|intense|fierce|days\s+of|weeks\s+of)\s+)?(?:shelling|bombardment|"
                      r"air\s*strikes|air\s+raids)\b|"
                      # ("overran an army base ..., prompting retaliatory air strikes": what came after the taking)
                      r"\b(?:prompting|triggering|drawing|provoking|sparking)\s+(?:retaliatory\s+)?(?:air\s*strikes|"
                      r"air\s+raids|shelling|bombardment)\b", re.IGNORECASE)


_SEIZED_PLACE = re.compile(r"\b(?:seized|seizes|seize)\s+(?:the\s+|a\s+)?"
                           r"(?:(?!(?:in|at|near|of|from|on|with)\s)[\w'-]+\s+){0,4}?(?:town|village|city|"
                           r"(?:air\s+)?base|airport|airfield|garrison|barracks|camp|post|headquarters|stronghold|"
                           r"outpost|port|harbour|hill|heights|gate|township|seat|crossing|bridge|checkpoint|ridge|"
                           r"hilltop|positions?|district|county|province|capital)\b", re.IGNORECASE)


def classify(claims: Sequence[ClaimRow]) -> TypeChoice:
    """The type the words of the claims' sentences say, else the sides."""
    text = _NEGATED.sub(" ", " ".join(dict.fromkeys(c.sentence for c in claims)))
    text = _LAUNCHER.sub("light weapons", text)
    text = _THINGS_TAKEN.sub("took weapons", _CASINGS.sub("cartridges", text))
    if _TAKEN.search(text):
        text = _SUPPORT.sub(" ", text)
    for name in {p.name for c in claims for p in c.places if p.name and p.precision != "unresolved"}:
        # "UNITA seized Sanza Pombo": a town taken, not people ("gunmen seized the mayor")
        text = re.sub(rf"\b(?:seized|seizes|seize|captured|captures)\s+(?:the\s+(?:town|village|city)\s+of\s+)?"
                      rf"{re.escape(name)}\b", "took control of the town", text)
    # "seized the southern town of Zinjibar", "seized the al-Anad air base": a place taken, not people
    text = _SEIZED_PLACE.sub("took control of the town", text)
    for c in claims:  # "the four servicemen captured by the militia": people taken, no town
        if c.status == "captured" and _CAPTURED.search(c.evidence_text):
            text = text.replace(c.evidence_text, _CAPTURED.sub("held", c.evidence_text))
    victims = {c.victim_side for c in claims}
    perps = {c.perpetrator_side for c in claims if c.perpetrator_side}
    guess: TypeChoice | None = None
    for rule in type_rules():
        if rule.victims and not rule.victims & victims:
            continue
        if rule.unless_status & {c.status for c in claims}:
            continue
        if rule.pattern.search(text):
            sub = rule.sub_event_type
            if sub == "Government regains territory" and perps and not perps & STATE_ALLIES:
                sub = "Non-state actor overtakes territory"
            elif sub == "Non-state actor overtakes territory" and perps and perps <= STATE_ALLIES:
                sub = "Government regains territory"
            generic = rule.specific is not None and not rule.specific.search(text)
            if not generic:
                return TypeChoice(rule.event_type, sub, rule.label, True, False)
            # a generic word does not stand in the way of a later rule's own word of its kind: "a grenade
            # exploded" is a grenade ("bomb kills three as fighting edges closer" is still an explosion)
            guess = guess or TypeChoice(rule.event_type, sub, rule.label, True, True)
        if guess is not None and rule.event_type != guess.event_type:
            break
    return guess or TypeChoice(*fallback_type(claims))
