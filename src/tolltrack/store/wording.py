"""What the words of two reports say against each other, beyond places, sides and tolls.

Cross-source merging (``store/resolve.py``) asks these of two reports' evidence sentences
(lower-cased): does one find bodies where the other tells of a fight, one put it in a town's
centre and the other on its edge, one count dead where the other says nobody died, name
different parts of the day, or name the same office of the dead? Each is a pattern of the
language, kept apart from the place and toll logic so that both stay readable.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from tolltrack.data import load
from tolltrack.extract.sites import sites_of

if TYPE_CHECKING:
    from tolltrack.store.resolve import Features

# a report that gives a toll that rose or was revised
TOLL_UPDATE = re.compile(r"\b(?:toll|number of (?:dead|deaths))\b.{0,100}\b(?:rose|risen|rise|rises|rising|climbed|"
                         r"climbs|climbing|increased|increases|reached|reaches|jumped|jumps|revised|now|mounted|mounts)\b|"
                         r"\b(?:raised|raises|raise|revised|revises|updated|updates|put|puts)\s+(?:the\s+|its\s+)?"
                         r"(?:[\w'-]+\s+){0,4}?(?:death\s+)?toll\b")  # ("puts Owo church attack death toll at 40")

# words that put an incident at night, when two honest reports may name neighbouring days
NIGHT = re.compile(r"\b(?:night|overnight|midnight|dawn|late on|early hours|early on|before dawn)\b")
# a night spans two named days: the late part of one ("Friday night", "late on Friday") and the early part of
# the next ("early on Saturday", "before dawn", "the night before"); "overnight" and "midnight" may be either
_LATE = re.compile(r"\b(?:night|overnight|midnight|late on)\b")
_LATE_PART = re.compile(r"\b(?:night|late on|evening)\b")  # ("Saturday night" is not the small hours of Saturday)
_EARLY = re.compile(r"\b(?:overnight|midnight|dawn|early hours|early on|before dawn|night before|last night)\b")


def _one_night(earlier: str, later: str) -> bool:
    """The report of the earlier day tells its late part, or the other the early part of the next day;
    "Friday evening" / "Saturday night" are two nights."""
    late_only = bool(_LATE_PART.search(later)) and not _EARLY.search(later)
    early_only = bool(_EARLY.search(earlier)) and not _LATE_PART.search(earlier)
    return bool(_LATE.search(earlier)) and not late_only or bool(_EARLY.search(later)) and not early_only


# parts of the day; two reports that name parts of the day with none in common differ
DAY_PARTS = {
    "morning": re.compile(r"\b(?:morning|dawn|daybreak|sunrise|early hours)\b"),
    "midday": re.compile(r"\b(?:noon|midday|afternoon)\b"),
    "evening": re.compile(r"\b(?:evening|night|overnight|dusk|sunset|midnight|late on)\b"),
}
# a night runs into the morning: "overnight Thursday into Friday" / "in the early hours of Friday"
_THROUGH_NIGHT = re.compile(r"\b(?:overnight|night of|through the night|into (?:monday|tuesday|wednesday|thursday|"
                            r"friday|saturday|sunday))\b")


# bodies found tell of a killing no one saw; a fight is told as one
_FOUND = re.compile(r"\b(?:bodies|body|corpses?)\b[^.;]{0,60}\b(?:found|discovered|dumped|lying)\b|"
                    r"\bfound\s+(?:dead|dumped|shot|murdered)\b")
_FIGHT = re.compile(r"\b(?:shootouts?|shoot-outs?|clash(?:es|ed)?|firefights?|gunfights?|gun battles?|battles?|"
                    r"fighting|"
                    r"exchange of fire|exchanged fire|ambush(?:ed)?)\b")
# the part of a town: its centre or its edge
_CENTRE = re.compile(r"\b(?:central|city cent(?:re|er)|town cent(?:re|er)|urban cent(?:re|er)|downtown|heart of)\b")
_EDGE = re.compile(r"\b(?:outskirts|edge of|fringes? of|rural)\b")



def _tells_otherwise(x: Features, y: Features) -> bool:
    """One report finds bodies, the other tells of a fight: two happenings ("five bodies dumped near a
    campus" / "a shootout between cartel factions")."""
    return bool(_FOUND.search(x.text)) and not _FIGHT.search(x.text) and bool(_FIGHT.search(y.text)) and \
        not _FOUND.search(y.text) and not TOLL_UPDATE.search(x.text)  # ("the toll climbs as more bodies are found")


# a report that says nobody died, against one that counts dead
_NO_DEAD = re.compile(r"\b(?:no one|nobody|no-one) (?:was|were|has been|had been) killed\b|"
                      r"\bno (?:deaths|fatalities|one died|one was hurt|one was injured|one was harmed|casualties)\b|"
                      r"\bcaus(?:ed|ing) no (?:casualties|injuries|deaths)\b|"
                      r"\bwithout (?:any )?(?:casualties|deaths)\b")


def _dead_and_none(x: Features, y: Features) -> bool:
    """ "killing two people" / "wounding three; no one was killed, a hospital official said"."""
    return x.toll_status == "killed" and bool(x.toll) and bool(_NO_DEAD.search(y.text)) and \
        not _NO_DEAD.search(x.text)


# numbered quarters of a city: "Kabul's Police District 4" / "Police District 11", "the 14th arrondissement"
_NUMBERED = re.compile(r"\b(?:police district|district|pd|sector|zone|arrondissement|commune)\s*(\d{1,2})\b")


def _numbered_quarters_differ(x: Features, y: Features) -> bool:
    nx, ny = set(_NUMBERED.findall(x.text)), set(_NUMBERED.findall(y.text))
    return bool(nx) and bool(ny) and not nx & ny


# who was hit, when a report names them by office or trade ("a sarpanch and his wife", "the police chief"):
# the person nouns of data/persons.toml less the words for anybody
_ANYBODY = frozenset({"people", "person", "persons", "man", "men", "woman", "women", "individual", "individuals",
                      "others", "victims", "victim", "civilians", "civilian", "members", "member", "fighters",
                      "fighter", "militants", "militant", "gunmen", "gunman", "attackers", "assailants", "dead",
                      "bodies", "body", "casualties", "injured", "wounded", "hurt", "soldiers", "soldier", "troops",
                      "forces", "personnel", "residents", "resident", "villagers", "villager", "child", "children",
                      "boy", "boys", "girl", "girls", "police", "officers", "officer", "security", "deaths", "lives",
                      "fatalities", "elements", "suspects", "insurgents", "terrorists", "rebels", "jihadists"})
# ("rebel-held", "army-controlled": whose ground, not who was hit)
_HELD = re.compile(r"\b[a-z]+-(?:held|controlled|backed|linked|led|run|allied)\b")
# ("officials said": who speaks, not who was hit)
_SPEAKER = re.compile(r"\b[a-z]+\s+(?=(?:said|says|say|told|confirmed|added|reported)\b)")


@cache
def _role_groups() -> tuple[dict[str, str], re.Pattern[str]]:
    """Office word -> its group (data/roles.toml), and a pattern for the phrases of several words."""
    groups = {w: group for group, words in load("roles")["role"].items() for w in words}
    phrases = sorted((w for w in groups if " " in w), key=len, reverse=True)
    return groups, re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")s?\b")


@cache
def fighters() -> frozenset[str]:
    """The roles (of ``_roles``) that name a fighter, not an office or trade of the dead (data/roles.toml)."""
    armed = load("roles")["armed"]
    return frozenset(armed["groups"]) | frozenset(armed["words"])


def _roles(text: str, peoples: bool = True) -> set[str]:
    """The offices and trades of the people named (with the people of a country, unless ``peoples`` is False)."""
    from tolltrack.extract.mentions import status_lexicon

    lex = status_lexicon()
    persons = lex.persons
    groups, phrases = _role_groups()
    text = _HELD.sub(" ", _SPEAKER.sub(" ", text))
    found = {groups[m.group(0).removesuffix("s")] for m in phrases.finditer(text)}
    text = phrases.sub(" ", text)
    for w in re.findall(r"[a-z]+", text):
        one = w.removesuffix("s") if w.removesuffix("s") in groups else w
        if one in groups:
            found.add(groups[one])
        elif w in persons and w not in _ANYBODY and w not in lex.nouns and (peoples or not _of_a_people(w)):
            found.add(w.rstrip("s"))
    return found


@cache
def _demonyms() -> frozenset[str]:
    """The words for the people of a country (data/places/countries.toml and data/roles.toml): not an
    office, and two raids of one war share them ("a Palestinian", "Israelis")."""
    from tolltrack.extract.countries import country_words

    abroad = load("roles")["peoples"]["words"]
    return frozenset(w for w, (_, is_name) in country_words().items() if not is_name) | frozenset(abroad)


def _of_a_people(word: str) -> bool:
    return word in _demonyms() or word.removesuffix("s") in _demonyms()


def _same_roles(a: Features, b: Features, peoples: bool = True) -> bool:
    return bool(_roles(a.text, peoples) & _roles(b.text, peoples))


def _other_part(x: Features, y: Features) -> bool:
    """One report puts it in the town's centre, the other on its edge."""
    return bool(_CENTRE.search(x.text)) and not _EDGE.search(x.text) and bool(_EDGE.search(y.text)) and \
        not _CENTRE.search(y.text)


def _day_parts(text: str) -> set[str]:
    parts = {k for k, rx in DAY_PARTS.items() if rx.search(text)}
    return parts | {"morning"} if _THROUGH_NIGHT.search(text) else parts


def _day_parts_agree(x: str, y: str) -> bool:
    px, py = _day_parts(x), _day_parts(y)
    return not px or not py or bool(px & py)


def _sites_agree(a: Features, b: Features) -> bool | None:
    """True when both name a kind of site they share, False when both name sites and share none."""
    x, y = sites_of(a.text), sites_of(b.text)
    if not x or not y:
        return None
    if x & y:
        return True
    # ("a patrol" / "their patrol vehicle": kindred kinds, whatever else either names)
    return None if any(x & group and y & group for group in KINDRED_SITES) else False


@cache
def _manners() -> tuple[re.Pattern[str], dict[str, str]]:
    groups = {w: kind for kind, words in load("manners")["manner"].items() for w in words}
    alts = "|".join(re.escape(w) for w in sorted(groups, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})s?\b"), groups


def manners_of(text: str) -> set[str]:
    pattern, groups = _manners()
    return {groups.get(m.group(0)) or groups[m.group(0)[:-1]] for m in pattern.finditer(text)}


def _manner_agrees(a: Features, b: Features) -> bool:
    """Both tell the same out-of-the-ordinary manner of harm ("a sniper" / "sniper fire")."""
    return bool(manners_of(a.text) & manners_of(b.text))


# kinds of site one report may name for what another calls otherwise: "their patrol" / "a police vehicle";
# "its camp at Tessit" / "an army base"
KINDRED_SITES = (frozenset({"convoy", "vehicle"}), frozenset({"camp", "military_post"}),
                 frozenset({"fuel", "industry"}), frozenset({"fishing", "boat"}),  # ("a fishing trawler" / "a boat")
                 frozenset({"camp", "hideout"}),  # ("a bandit camp" / "a bandit enclave")
                 frozenset({"market", "bar"}),  # ("a bakery" / "a cafe", "a store" / "a restaurant")
                 frozenset({"government", "industry"}),  # ("the headquarters of an aerospace firm" / "a plant")
                 frozenset({"airport", "military_post"}))  # ("the air base outside Magway" / "Magway airfield")
