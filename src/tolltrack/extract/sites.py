"""What was hit: the kinds of site (``data/sites.toml``) a sentence says an attack struck.

Extraction reads them to tell one attack on one site from a tally of many ("gunmen stormed a
school", "strikes on schools"); cross-source merging compares them (``store/resolve.py``).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources


@cache
def _site_index() -> tuple[re.Pattern[str], dict[str, str]]:
    with resources.files("tolltrack.data").joinpath("sites.toml").open("rb") as fh:
        table = tomllib.load(fh)["site"]
    words = {w.casefold(): group for group, ws in table.items() for w in ws}
    pattern = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b({pattern})(?:es|s)?\b"), words


# a site is what was hit when a place or attack word leads to it ("at a fish market", "stormed a
# bar") or it is the subject of the blast ("a bus hit a landmine"); not "hospital officials said"
_SITE_BEFORE = re.compile(r"\b(?:at|on|of|in|into|inside|through|outside|near|against|from|hit|hits|struck|strikes|"
                          r"targeted|targeting|storm|storms|stormed|storming|attack|attacks|attacked|attacking|"
                          r"raided|raiding|shelled|bombed|ambushed|burned|burnt|burning|torched|torching|fire\s+to|passed|passing)"
                          r"\b(?:\s+[\w'-]+){0,5}\s*$")
# "died later in hospital": where the wounded were taken, not what was hit
_SITE_CARE = re.compile(r"\b(?:died|dies|die|succumb\w*|injuries|treated|admitted|taken|rushed|transferred|evacuated|"
                        r"remain|remained|remaining)"
                        r"(?:\s+[\w'-]+){0,3}\s+(?:in|to|at)\s+(?:a\s+|the\s+|hospital\b|[\w'-]+\s+)?$")
# ("died of his wounds overnight at the Cruces hospital": a hospital's name between; not "died in a blast at a
# security checkpoint", nor "died after gunmen opened fire in a market")
_CARE_NAMED = re.compile(r"\b(?:died|dies|succumb\w*|treated|admitted|taken|rushed|transferred|evacuated)"
                         r"(?:\s+of\s+(?:his|her|their)\s+(?:wounds|injuries))?(?:\s+[\w'-]+){0,2}\s+(?:in|to|at)\s+"
                         r"(?:a|the)\s+[\w'-]+\s+$")
_SITE_WEAPON = re.compile(r"^[\s-]*(?:bombs?|borne|mounted|laden)\b")  # "a car bomb", "truck-borne": the weapon
# "a bomb hidden in a motorcycle", "explosives packed into a car": the vehicle that bore the bomb, not what it hit
# (but "a bomb hidden in a tea shop" hit the shop)
_SITE_HID = re.compile(r"\b(?:hidden|planted|placed|packed|concealed|strapped|stashed|loaded|rigged)\s+"
                       r"(?:in|into|on|under|inside|to|aboard)\s+(?:an?\s+|the\s+|his\s+|their\s+)?(?:[\w'-]+\s+)?$")
_VEHICLE_BOMBING = re.compile(r"^[\s-]*(?:bombings?|bombers?)\b")  # "a car bombing": the weapon, not a car hit
# "on a farm road": a road, not a farm (but "a residential street" is homes)
_SITE_ROAD = re.compile(r"^\s+(?:road|roads|street|track|path)\b")
# "gunmen on motorcycles", "attackers riding pickups": how the attackers came, not what they hit
_SITE_RIDE = re.compile(r"\b(?:(?:gunmen|attackers|assailants|bandits|militants|insurgents|jihadists|"
                        r"terrorists)\s+(?:on|in|riding|aboard)|(?:fled|fleeing|escaped|escaping|sped\s+off|drove\s+off|"
                        r"got\s+away)\s+(?:in|on|aboard))\s+(?:[\w'-]+\s+){0,2}$")  # ("fleeing in a waiting car")
# "in Kech district headquarters", "the provincial headquarters": the town that seats an area
_SITE_SEAT = re.compile(r"\b(?:district|divisional|provincial|tehsil|county|regional|zonal|state)\s+$")
# "the car of the district elections office", "a convoy of the governor's office": whose the vehicle was, not a
# second site hit
_SITE_OWNER = re.compile(r"\b(?:cars?|vehicles?|trucks?|lorr(?:y|ies)|buses|bus|convoys?|motorcades?|pickups?|vans?|"
                         r"boats?)\s+(?:of|from|belonging\s+to)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}$",
                         re.IGNORECASE)
_SITE_SOURCE = re.compile(r"^\s+(?:sources?|officials?|staff|director|authorities|spokes\w*|said|says|told)\b")
# ("a bus hit a landmine"; "the police academy bombing", "the church attack": the site named before the attack;
# "patrol comes under fire", "convoy ambushed", "checkpoint attacked": a headline's site as the subject)
_SITE_AFTER = re.compile(r"^\s+(?:hit|hits|struck|ran|was|were|carrying|exploded|came|comes|come|ambushed|attacked|"
                         r"targeted|shelled|bombed|stormed|raided|overrun|bombings?|attacks?|blasts?|siege|"
                         r"shootings?|massacre|explosions?|raid|strikes?|fire|torched|burned|burnt|set\s+(?:alight|ablaze|"
                         r"on\s+fire))\b")


def _hits(text: str) -> list[re.Match[str]]:
    rx, words = _site_index()
    return [m for m in rx.finditer(text)
            if not _SITE_SOURCE.match(text[m.end() : m.end() + 20])
            and not _SITE_WEAPON.match(text[m.end() : m.end() + 20])
            and not (words[m.group(1)] == "vehicle" and _SITE_HID.search(text, max(0, m.start() - 45), m.start()))
            and not text.startswith("-", m.end())  # ("a building-supplies store": a modifier of the site)
            and not (words[m.group(1)] == "vehicle" and _VEHICLE_BOMBING.match(text[m.end() : m.end() + 20]))
            and not (words[m.group(1)] != "homes" and _SITE_ROAD.match(text[m.end() : m.end() + 12]))
            and not _SITE_CARE.search(text, max(0, m.start() - 50), m.start())
            and not (words[m.group(1)] == "hospital" and _CARE_NAMED.search(text, max(0, m.start() - 60), m.start()))
            and not _SITE_RIDE.search(text, max(0, m.start() - 40), m.start())
            and not _SITE_OWNER.search(text, max(0, m.start() - 60), m.start())
            and not (m.group(1) == "headquarters" and _SITE_SEAT.search(text, max(0, m.start() - 12), m.start()))
            and (_SITE_BEFORE.search(text, max(0, m.start() - 40), m.start())
                 or _SITE_AFTER.match(text[m.end() : m.end() + 20]))]


def is_site_word(words: str) -> bool:
    """A kind of site in data/sites.toml, singular or plural: "station" no, "police station" yes."""
    table = _site_index()[1]
    w = words.casefold()
    return w in table or (w.endswith("s") and w[:-1] in table) or (w.endswith("es") and w[:-2] in table)


def sites_of(text: str) -> frozenset[str]:
    """Kinds of site (data/sites.toml) a case-folded text says were hit: "at a fish market" -> {"market"}."""
    words = _site_index()[1]
    return frozenset(words[m.group(1)] for m in _hits(text))


def one_site(text: str) -> bool:
    """The case-folded text says one site of one kind was hit ("stormed a school", not "strikes on schools")."""
    hits = _hits(text)
    words = _site_index()[1]
    return bool(hits) and len({words[m.group(1)] for m in hits}) == 1 and \
        not any(m.group(0) != m.group(1) for m in hits)
