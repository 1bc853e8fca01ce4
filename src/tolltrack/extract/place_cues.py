"""Place cues: the names a report may write for places, and the words that tell them.

The first half of place recognition (``extract/places.py`` is the second): capitalised names after
place cues ("in", "near", "the village of", "militants raid"), before generic words ("Tapoa
province", "Matemo island"), in a headline's label ("Kherson:") or as what was hit ("Kabul rocked
by blast"). Nothing here asks a gazetteer; ``PlaceTagger`` resolves what ``_candidates`` proposes.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from tolltrack.extract.countries import (
    FOREIGNERS,
    HOMETOWN,
    NEIGHBOUR,
    PEOPLE_FROM,
    country_words,
    fold,
    names_a_country,
)
from tolltrack.extract.sides import FIGHTERS
from tolltrack.extract.state import Sentence

GENERIC = ("local government area", "lga", "township", "division", "community", "settlement", "hamlet", "province",
           "governorate", "countryside", "desert", "region", "area", "district", "department", "territory",
           "prefecture", "municipality", "commune", "raion", "village", "town", "city", "camp", "neighbourhood",
           "neighborhood", "state", "badia", "suburbs", "outskirts", "sub-district", "subdistrict", "county",
           "locality", "island", "canton", "regency", "upazila", "tehsil", "woreda", "cercle")
# a town's name before these words names the district around it
AREA_WORDS = frozenset({"province", "district", "county", "sub-district", "subdistrict", "department", "territory",
                        "prefecture", "municipality", "commune", "raion", "local government area", "lga",
                        "township", "division", "locality", "canton", "regency"})
DIRECTIONS = ("north", "south", "east", "west", "northern", "southern", "eastern", "western",
              "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
              "north-western", "south-eastern", "south-western", "central", "northeast", "northwest",
              "southeast", "southwest", "far", "upper", "lower", "rural", "the")
_ARTICLE = r"(?:[Aa]l|[Ee]l|[Aa][dsrztn]|[Aa]sh|[Aa]dh|[Ee]z|[Uu]m|[Uu]mm|[Aa]bu|[Aa]bou|[Bb]ani|[Bb]eni)"
# an article before a name: "al-Bab", "al Bab", "ad-Dana"; not "at Kyabandara", "as Hama"
_ART = rf"(?:(?:[Aa]l|[Ee]l)[-\s]|{_ARTICLE}-)"
# a capital letter, Latin ones with diacritics included ("Çukurca", "Şemdinli", "Łódź", "Đà Nẵng")
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "".join(
    c for c in map(chr, range(0x1E00, 0x1F00)) if c.isupper())
# ("Mt. Elgon": a shortened word and its full stop open the name)
_NAME = rf"{_ART}?(?:Mt\.\s+)?[{UPPER}][\w'’ʿ]+(?:-[\w'’ʿ]+)*"
# lower-case particles inside names: "Mocímboa da Praia", "San José del Guaviare"
_PARTICLE = r"(?:de\s+(?:los|las|la)|da|de|do|dos|das|di|del|du|des|la|le)\s+"  # "Ayutla de los Libres"
# (an acronym after a name is no part of it, "Narayanpur IED attack", "Sukma CRPF camp"; but "Kajuru LGA")
_NOT_ACRONYM = r"(?!(?!LGA\b)[A-Z]{2,}\b)"
_SEQ = (rf"{_NAME}(?:\s+(?:{_ART}|{_ARTICLE}(?=[{UPPER}])|{_PARTICLE})?{_NOT_ACRONYM}[{UPPER}][\w'’ʿ]+"
        r"(?:-[\w'’ʿ]+)*){0,3}")

_CUE_WORDS = (
    "in", "near", "at", "of", "to", "around", "outside", "inside", "between", "and", "towards", "toward", "into",
    "across", "through", "on", "off", "capital", "above", "beyond", "from", "beside", "over", "village",
    "villages", "town", "towns",
    "city", "area", "district", "region", "countryside", "desert", "vicinity", "outskirts", "province",
    "governorate", "camp", "neighbourhood", "neighborhood", "state", "attacked", "stormed", "raided", "shelled",
    "overran", "struck", "bombed", "pounded", "strike", "strikes", "hit", "hits", "pound", "pounds", "shell",
    "shells", "attack", "attacks", "storm", "storms", "raid", "raids", "target", "targets", "targeted", "targeting",
    "seize", "seizes", "seized", "capture", "captures", "captured", "enter", "enters", "entered", "recapture",
    "recaptures", "recaptured", "retake", "retakes", "retook", "liberate", "liberates", "liberated",
)


def _trie(words: Iterable[str]) -> str:
    """One regex alternation as a trie of its words: tried at every word of every sentence, a flat
    list of seventy words costs seventy tries, a trie a handful."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return walk(tree)


_CUE = re.compile(
    rf"\b(?P<cue>(?i:{_trie(_CUE_WORDS)}))"
    r"\s+(?:the\s+|(?P<art>an?\s+))?"
    # a lower-case direction ("in eastern Syria"), not a capitalised one ("in East Nile")
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central|northeastern|northwestern|"
    r"southeastern|southwestern|north-eastern|north-western|south-eastern|south-western|northwest|"
    # ("in rural Fortul": the countryside around a town; "in downtown Marawi")
    r"northeast|southwest|southeast|far|upper|lower|(?:rural|downtown)(?=\s+[A-Z]))\s+)?"
    # "hits front-line Orikhiv", "in besieged Mariupol", "shelled Russian-occupied Nova Kakhovka"
    r"(?:(?:front-?line|besieged|embattled|rebel-held|government-held|(?:[A-Z][a-z]+-)?occupied|[A-Z][a-z]+-held|"
    r"restive|"
    r"war-torn|war-ravaged)\s+(?=[A-Z]))?"
    # "the Thai town of Sungai Kolok", "the border town of Ruma", "the rebel-held village of Kafr Nabl"
    r"(?:(?:[A-Z][a-z]+|border|coastal|restive|remote|frontier|strategic|garrison|mining|market|rebel-held|"
    r"government-held|besieged|embattled|main|central)\s+(?=(?:city|town|village|bazaar|market)\s+of\s))?(?:(?P<kind>city|town|village|area|"
    r"countryside|desert|region|province|commune|municipality|island|bazaar|market)\s+of\s+)?"
    rf"(?P<name>{_SEQ})")
# (the first letter a name may start with, checked first: these patterns are tried at every character)
_NAME_START = rf"(?=[{UPPER}aeub])"
_BEFORE_GENERIC = re.compile(rf"{_NAME_START}(?<![\w'’-])(?P<name>{_SEQ})\s+(?P<cue>(?i:{'|'.join(GENERIC)}))\b")
# a town's name used as a modifier of the incident or the site hit ("Peshawar mosque blast", "Aden airport"):
# kept only when a gazetteer knows it
_ATTRIBUTIVE = re.compile(rf"{_NAME_START}(?<![\w'’-])(?P<name>{_SEQ})"
                          r"(?:\s+(?!(?:in|on|at|of|to|by|from|and|or|the|an?|was|were|is|are|has|have|had)\b)"
                          r"[a-z]+(?<!ed)){0,2}?\s+(?P<cue>blasts?|bombings?|attacks?|airport|hotel|mosque|"
                          r"market|siege|massacre|clashes|explosions?|ambush|shooting|raid|church|cathedral)\b")
# a place a headline opens with, as what was hit: "Orikhiv comes under artillery fire", "Kabul rocked by blast"
# (kept only when a gazetteer knows it)
# ("Gagra fell to Abkhaz fighters", "Sukhumi was overrun by separatists": the town taken)
# ("Al-Hawtah, the main town of Lahij governorate, fell to ...": with its apposition)
_SUBJECT = re.compile(rf"^[\s\"'“‘]*(?P<name>{_SEQ})(?:,\s+the\s+[^,;.]{{3,60}},)?\s+"
                      r"(?P<cue>(?:comes?|came)\s+under|(?:rocked|shaken|hit|struck|"
                      r"pounded|shelled|bombed)\s+by|(?:fell|falls|(?:has|had)\s+fallen)\s+to|"
                      r"(?:was|has\s+been)\s+(?:overrun|captured|seized|retaken|recaptured)\s+by)\b")
# cues after which an unknown capitalised name is still taken for a place ("in Kadisau",
# "Kadisau village"); weaker ones ("of", "on", "to", "and") also introduce people and outlets
STRONG_CUES = frozenset({"in", "at", "near", "inside", "between", "attacked", "stormed", "raided", "shelled", "overran",
                         "struck", "bombed", "pounded",
                         "outside", "around", "village", "town", "city", "district",
                         "area", "camp", "neighbourhood", "neighborhood", "outskirts", "vicinity", "county",
                         "sub-district", "subdistrict", "locality", "community", "settlement", "hamlet", "island"})

# a headline's verb after the ones who did it is a verb, not a noun: "militants raid Tourou", "gunmen attack Kolofata"
_VERB_CUES = frozenset({"attack", "attacks", "raid", "raids", "storm", "storms", "strike", "strikes", "hit", "hits",
                        "shell", "shells", "pound", "pounds", "target", "targets",
                        # "Militants seize Warshiikh": a town taken (a person's name after it only if a gazetteer
                        # knows it as a place)
                        "seize", "seizes", "seized", "capture", "captures", "captured",
                        # "the army entered Kismayo", "troops retook Jowhar"
                        "enter", "enters", "entered", "recapture", "recaptures", "recaptured", "retake", "retakes",
                        "retook", "liberate", "liberates", "liberated"})
# (the fighters' words of extract/sides, and the state's and the weapons' that act in headlines)
_AGENT_WORDS = FIGHTERS | {"rebels", "bandits", "terrorists", "attackers", "assailants", "raiders", "separatists",
                           "extremists", "islamists", "pirates", "gangs", "gangsters", "herders", "troops", "soldiers",
                           "forces", "army", "military", "drones", "jets", "warplanes"}
_AGENT_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_AGENT_WORDS))})\s+$", re.IGNORECASE)
_FLED = re.compile(r"\b(?:fled|flee|flees|fleeing|pursu\w*|chased|crossed|retreated|escaped|withdrew|sped(?:\s+off|"
                   r"\s+away)?|headed|heading|taken|took|marched|whisked|carried\s+off|driven|"
                   r"advanc(?:ing|ed)|board(?:ing)?|returning|evacuated|transferred|airlifted|travel(?:l?ing|l?ed)|"
                   r"sailing|bound)\b[^.;]*$", re.IGNORECASE)  # ("a boat travelling from Gao to Mopti": where it went)
# "a column carrying refugees from Tskhinval toward North Ossetia": a way with both ends named, neither the scene
_ROUTE_FROM = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+$")
_TO_BEFORE = re.compile(r"\b(?:to|into|towards?)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)  # "to the state capital"
# "the road to El Obeid", "Hodeidah's main link to Sanaa", "the Quetta-bound express to Peshawar": where a
# way leads, not where it happened
_WAY_TO = re.compile(r"\b(?:road|roads|route|highway|motorway|link|train|express|bus|flight|way|journey|trip)\s+$",
                     re.IGNORECASE)
# "abducted 23 villagers from Maidabino": taken from where it happened; "30 km from Bambari": near it;
# otherwise "from" names where people came from ("soldiers from Idlib", "raiders from the Pibor area")
_TAKEN_BEFORE = re.compile(r"\b(?:abduct\w*|kidnapp?\w*|seiz\w*|taken|took)\b(?:\s+[\w,'-]+){0,6}\s+$")
_FLIGHT_BEFORE = re.compile(r"\b(?:flew|flying|flies|fly|flown|hovering|hovered|circling|circled|shot\s+down|"
                            r"downed|crashed|airspace)\s+(?:low\s+|directly\s+)?$", re.IGNORECASE)
_OUT_BEFORE = re.compile(r"\bout\s+$", re.IGNORECASE)
_ORG_BEFORE = re.compile(r"\b(?:Army|Front|Movement|Party|Union|Council|Alliance|Brigades?|Battalions?|Tigers|"
                         r"Committee|Liberation|Mujahideen|Guards?)\s+$")
_DIRECTION_BEFORE = re.compile(r"\bdirections?\s+$", re.IGNORECASE)
_ENTRANCE_BEFORE = re.compile(r"\b(?:entrance|entrances|gates?)\s+$", re.IGNORECASE)
# "seized by militants who crossed from Somalia": where the takers came from, not where they took them
_CAME_BEFORE = re.compile(r"\b(?:crossed|cross|crossing|came|coming|infiltrated|arrived|sneaked|slipped|travell?ed)"
                          r"(?:\s+(?:over|in))?\s+$", re.IGNORECASE)
_DISTANCE_BEFORE = re.compile(r"\b(?:\d+\s*|few\s+)?(?:km|kilometres|kilometers|miles)\s+$")
_FROM_BEFORE = re.compile(r"\sfrom\s+(?:the\s+)?$")
# ("the Isak-Muivah and Khaplang groups": two groups, each named after its leader)
_GROUP_AFTER = re.compile(r"(?:\s+(?:and|or)\s+[A-Z][\w'’-]*)?"
                          r"\s+(?:cartel|gang|militia|brigade|faction|battalion|movement|clan|group(?!\s+of\b)|"
                          r"government|regime|administration|famil(?:y|ie)|tribe|tribesm[ae]n|clansm[ae]n|"
                          # ("bases of Casamance rebel commander Salif Sadio": whose men they are)
                          r"(?:rebel|separatist|militia|insurgent)\s+(?:commander|leader|chief))s?\b",
                          re.IGNORECASE)  # ("the Maute group"; but "the Sulu group of islands"; "the Doe government";
# "houses of Mro and Tripura families": a people named like a state)
# "a New Zealand pilot", "two Chinese nationals": a country named for whose people they are, not for the scene
_FOREIGNER_AFTER = re.compile(rf"\s+(?:{FOREIGNERS})\b", re.IGNORECASE)
# "the Kuwait roundabout", "the Jordan hospital": a site named after a country (or given by it)
# "off the Crumlin Road, Belfast", "a bar on the Antrim Road": a street of a town, named after another town
_STREET_NAMED = re.compile(r"\s+(?:Road|Street|Avenue|Lane|Boulevard|Highway)$")
_TOWN_AFTER_STREET = re.compile(rf",\s+(?P<name>{_SEQ})")
_NAMED_SITE_AFTER = re.compile(r"\s+(?:roundabout|square|street|road|bridge|junction|hospital|school|embassy|gate|"
                               r"mosque|church|stadium|tower|hotel)s?\b", re.IGNORECASE)
# "Pakistan's High Commissioner", "the Indian envoy ... in Colombo": the country a diplomat serves, not the scene
_ENVOY_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:high\s+commissioner|high\s+commission|ambassador|envoy|"
                          r"consul|consulate|embassy)s?\b", re.IGNORECASE)
# ("the Mali and Niger borders"; but "between Zorak and the border" keeps Zorak: a capital, case-sensitive)
_BORDER_AFTER = re.compile(r"(?:\s+(?:and|or)\s+(?-i:[A-Z])[\w'’-]*)?\s+(?:border|frontier)s?\b", re.IGNORECASE)
# "the Torkham border crossing", "the Chaman border post": a town's border post is at the town (but "a
# Belgorod border town", "the Bishnupur-Churachandpur border area" lie along a border of a wider area)
_AT_BORDER = re.compile(r"\s+(?:border|frontier)\s+(?:crossing|post|point)s?\b", re.IGNORECASE)

# ("Dobropillia, Pokrovsk district: missile hits ...": a town and its district before the colon)
_LABEL = re.compile(rf"^[\s•\-*·]*(?P<name>{_SEQ})\s*(?:province|governorate|desert|countryside)?\s*"
                    rf"(?::|,(?=\s*{_SEQ}\s*(?:district|province|region|oblast|raion|governorate|county|state)?\s*:))")

_STOPWORDS = {
    "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "On",
    "In", "At", "Meanwhile", "However", "Also", "According", "Since", "While", "Syrian", "Observatory",
    "SOHR", "Regime", "Russian", "Iranian", "Turkish", "Israeli", "ISIS", "Islamic", "State", "Kurdish",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Here", "There", "Reliable", "Earlier", "Yesterday", "Today", "Moreover", "Additionally", "Accordingly",
    "Another", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "One", "Eleven", "Twelve",
    "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty", "Thirty", "Forty",
    "Fifty", "Sixty", "Seventy", "Eighty", "Ninety", "Hundred", "Hundreds", "Dozens", "Scores",
    "Security", "Council", "President", "Ministry", "Forces", "Army", "Democratic", "Coalition", "Popular", "Old",
    "Terror", "Terrorist", "Suicide", "Deadly",  # a headline's first word: "Terror attack on tourists in ..."
}

_NUMBER_NEXT = re.compile(r"\s+\d")
_PEOPLE_AFTER = re.compile(r"\s+(?:refugees|herders|herdsmen|villagers|fighters|militias?|militiamen|men|women|youths?|"
                           r"civilians|residents|farmers|gunmen|raiders|elders|families|settlers|traders|leaders|rebels|"
                           r"tribesmen|people|communities|community|pastoralists|returnees)\b")
_DEED_OF = re.compile(r"\b(?:bombardment|shelling|bombing|siege|fall|storming|sacking)\s+$", re.IGNORECASE)
# a site's word after a possessive: the owner and the word are one name ("Herod's Gate")
_NAMED_AFTER_OWNER = frozenset({"Gate", "Square", "Hill", "College", "School", "Church", "Mosque", "Hospital",
                                "Bridge", "Street", "Road", "Tomb", "Market", "Palace", "House", "Well", "Cathedral",
                                "Chapel", "Shrine", "Tower", "Park", "Field", "Island", "Bay", "Point"})


def _candidates(text: str, sent: Sentence, actors: Iterable[tuple[int, int]]) -> list[tuple[int, int, str, bool]]:
    """Names that may be places, in order: (start, end, name, after a strong cue)."""
    chunk = text[sent.start : sent.end]
    cands: dict[tuple[int, int], tuple[str, bool]] = {}
    for regex in (_CUE, _BEFORE_GENERIC, _LABEL, _ATTRIBUTIVE, _SUBJECT):
        for m in regex.finditer(chunk):
            s, e = sent.start + m.start("name"), sent.start + m.end("name")
            groups = m.groupdict()
            cue = (groups.get("cue") or "").lower()
            if cue == "on" and re.search(r"\b(?:attacks?|raids?|assault|strikes?|offensive)\s+$",
                                         chunk[max(0, m.start() - 12) : m.start("cue")]):
                cue = "in"  # "an attack on Seytenga"
            if cue == "of" and re.search(r"(?i)\b(?:area|outskirts|district|villages?|towns?|city|vicinity|residents|"
                                         r"suburbs?|commune|municipality|island|community|hamlets?|cantons?|settlements?|"
                                         r"inhabitants|villagers|natives|mayor|prefect|governor|centre|center|"
                                         r"heart|control|reaches|slopes|foothills|fringes|edges?|banks|shores)\s+$",
                                         chunk[max(0, m.start() - 14) : m.start("cue")]) or (
                    cue == "of" and not chunk[m.end("cue") : m.start("name")].strip() and
                    _DEED_OF.search(chunk, max(0, m.start() - 14), m.start("cue"))):
                cue = "in"  # "a rural area of Argelia", "the outskirts of Kadisau", "took control of Awasse"
                # ("the bombardment of Rokero", "the fall of Junik": the place the deed befell; but "the bombing
                # of the Dalada Maligawa", "the siege of the Quetta-to-Peshawar train": a building, a train)
            if cue == "over" and not _FLIGHT_BEFORE.search(chunk, max(0, m.start() - 30), m.start("cue")):
                continue  # only a flight's "over": "a helicopter fired on as it flew over South Ossetia"
            if cue == "of" and _OUT_BEFORE.search(chunk, max(0, m.start() - 6), m.start("cue")):
                continue  # "moved out of Abkhazia into Zugdidi": where they came from, as "from"
            if cue in ("of", "from") and HOMETOWN.search(chunk, max(0, m.start() - 40), m.end("cue") + 1):
                continue  # "Cpl. Reyes, 21, of El Paso, Texas, was killed in Ramadi": his home town
            if cue == "of" and _ORG_BEFORE.search(chunk, max(0, m.start() - 14), m.start("cue")):
                continue  # "the Liberation Army of Presevo, Medvedja and Bujanovac": a group's name
            if cue == "of" and _DIRECTION_BEFORE.search(chunk, max(0, m.start() - 14), m.start("cue")):
                continue  # "fired from the direction of the occupied Golan Heights": where the fire came from
            if cue in ("to", "of") and _ENTRANCE_BEFORE.search(chunk, max(0, m.start() - 12), m.start("cue")):
                cue = "in"  # "a checkpoint at the entrance to al-Shuhayl": at the town's edge
            if cue == "from" and _TAKEN_BEFORE.search(chunk, max(0, m.start() - 60), m.start("cue")) and \
                    not _CAME_BEFORE.search(chunk, max(0, m.start() - 24), m.start("cue")):
                cue = "in"  # "abducted 23 villagers, mostly women, from Maidabino"
            elif cue == "from" and _DISTANCE_BEFORE.search(chunk, max(0, m.start() - 20), m.start("cue")):
                cue = "near"  # "a village about 30 km from Bambari"
            elif cue == "from":
                continue  # "soldiers from Idlib": where they come from, not where it happened
            if (cue in ("into", "to", "towards", "toward") or cue == "capital" and _TO_BEFORE.search(
                    chunk, max(0, m.start("cue") - 30), m.start("cue"))) and \
                    _FLED.search(chunk, max(0, m.start() - 50), m.start("cue")):
                continue  # "the army pursues the attackers into DR Congo", "captives taken to Sulu": where they went
                # ("residents fled to the state capital Gusau")
            if cue in ("towards", "toward") and _ROUTE_FROM.search(chunk, max(0, m.start() - 40), m.start("cue")):
                continue  # "from Tskhinval toward North Ossetia": the far end of a route
            if cue in ("to", "towards", "toward") and _WAY_TO.search(chunk, max(0, m.start() - 20), m.start("cue")):
                continue  # "on the road to El Obeid": where the road leads
            if re.search(r"-(?:bound|based|led|backed|linked|born|made|owned|run|listed)$", m.group("name")):
                continue  # "a Rawalpindi-bound bus", "Kabul-based militants": a word about something else
            if regex is _BEFORE_GENERIC and cue in ("town", "city", "village") and \
                    re.match(r"\s+of\s", chunk[m.end("cue") :]):
                continue  # "the Bekaa town of Brital": the region says where the town lies; the town is the place
            if regex is _BEFORE_GENERIC and (came := _FROM_BEFORE.search(chunk, max(0, m.start() - 24), m.start())) \
                    and not _TAKEN_BEFORE.search(chunk, max(0, m.start() - 70), came.start() + 1) \
                    and not _DISTANCE_BEFORE.search(chunk, max(0, m.start() - 40), came.start() + 1):
                continue  # "raiders from the Pibor area": where the attackers came from
            if regex is _BEFORE_GENERIC and m.group("name").split()[0] in _not_places():
                continue  # "Amhara community leaders", "a Fulani village": a people, not a place
            if m.group("name") in _not_places() and _PEOPLE_AFTER.match(chunk, m.end("name")):
                continue  # "cattle seized from Nuer herders", "between Nuer refugees and ...": a people
            strong = cue in STRONG_CUES or \
                (groups.get("kind") or "").lower() in {"city", "town", "village", "area", "commune", "municipality",
                                                       "island", "bazaar", "market"} or \
                (regex is _CUE and cue in _VERB_CUES and
                 _AGENT_BEFORE.search(chunk, max(0, m.start() - 30), m.start("cue")) is not None)
            raw = (groups.get("cue") or "").lower()
            if groups.get("art") and (raw in STRONG_CUES or raw in {"of", "and", "to", "from"}):
                continue  # "in a Moscow court", "in a Toyota pickup"; but "a strike on a Kryvyi Rih residential area"
            strong = strong and not groups.get("art")  # (a name after "a" only if a gazetteer knows it)
            name = m.group("name")
            if (whole := _and_names().match(text, s)) is not None and whole.end() > e:
                name, e = whole.group(), whole.end()  # "Jammu and Kashmir": one division, not two places
            cands[(s, e)] = (name, strong or cands.get((s, e), ("", False))[1])
            if regex is _BEFORE_GENERIC and m.group("cue").lower() in AREA_WORDS:
                # "Tapoa province": if no gazetteer knows it, the district is still a named place
                cands[(s, sent.start + m.end("cue"))] = (chunk[m.start("name") : m.end("cue")], True)
    out = []
    spans = list(actors)
    for (s, e), (name, strong) in sorted(cands.items()):
        if name.endswith(("'s", "’s")) and len(name) > 4:
            name, e = name[:-2], e - 2  # "inside Peshawar's heavily guarded compound": the owner is the place
        elif name.endswith(("s'", "s’")) and len(name) > 4:
            name, e = name[:-1], e - 1  # "Santos' hills": a name ending in s, its possessive written so
        owner = re.search(r"^.*?[\w’']+(?:['’]s|(?<=s)['’])\s+", name)
        if owner and owner.end() < len(name) and name[owner.end() :] not in _NAMED_AFTER_OWNER:
            # "Burkina Faso's Tapoa province": the place after the owner (but "Herod's Gate", "Lions' Gate",
            # "St Mary's College": one name, a site called after its owner)
            head = re.sub(r"(?:['’]s|(?<=s)['’])\s+$", "", owner.group())
            if not any(a <= s < b for a, b in spans) and head.split()[0] not in _STOPWORDS and not (
                    names_a_country(head) and _ENVOY_AFTER.match(text, s + len(head))):
                # "Baghdad's Tayaran Square": Baghdad too ("Limbe's Mile 4": a quarter of Limbe, which the cue places)
                quarter = name[owner.end() :] in numbered_quarters() and _NUMBER_NEXT.match(text, e) is not None
                out.append((s, s + len(head), head, strong and quarter))
                if quarter:
                    continue
            s, name = s + owner.end(), name[owner.end() :]
        if name.startswith("The ") and name[4:5].isupper():
            s, name = s + 4, name[4:]  # "The Gwer West LGA chairman said": a sentence's article is no part of the name
        head, _, rest = name.partition(" ")
        if head.rstrip(".") in _village_words() and rest:
            s, name, strong = s + len(head) + 1, rest, True  # "in Barangay Tangos": the village Tangos
        first = name.split()[0].split("-")[0]
        if first in _STOPWORDS and " " not in name:
            continue
        if _STREET_NAMED.search(name) and text[max(0, s - 4) : s].lower() == "the ":
            # "the Crumlin Road": a street, no town (a road between towns is written "the Belfast road"); the
            # town after it is the street's ("off the Crumlin Road, Belfast")
            town = _TOWN_AFTER_STREET.match(text, e)
            if town is not None:
                out.append((town.start("name"), town.end("name"), town.group("name"), strong))
            continue
        if _GROUP_AFTER.match(text, e) or names_a_country(name) and (
                _FOREIGNER_AFTER.match(text, e) or _NAMED_SITE_AFTER.match(text, e) or _ENVOY_AFTER.match(text, e) or
                PEOPLE_FROM.search(text, max(0, s - 80), s)):
            continue  # "the Santa Rosa de Lima cartel", "the 444 Brigade": a group named after a place
            # ("the Kuwait roundabout in Gaza City": a site named after a country, not the country; "observers
            # from Austria, Canada and Finland": where they come from)
        if NEIGHBOUR.search(text, max(0, s - 40), s) or _BORDER_AFTER.match(text, e) and not (
                _AT_BORDER.match(text, e) and fold(name) not in country_words()):
            continue  # "near the borders with Niger and Burkina Faso", "near the Algerian border"
        if any(a <= s < b for a, b in spans):
            continue
        out.append((s, e, name, strong))
    return out

@cache
def _not_places_table() -> dict[str, Any]:
    with resources.files("tolltrack.data").joinpath("places/not_places.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def _and_names() -> re.Pattern[str]:
    """Divisions whose name holds "and" ("Jammu and Kashmir"), which a list of two places would split."""
    from tolltrack.extract.resolver import admin1_table

    names = {str(n) for rows in admin1_table().values() for row in rows
             for n in [row["name"], *row.get("aliases", [])] if " and " in str(n)}
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r"(?![\w'’-])")


@cache
def numbered_quarters() -> frozenset[str]:
    """Words that with a number name a quarter of a town ("Poblacion 5", "Sector 4")."""
    return frozenset(_not_places_table()["numbered"])


@cache
def _village_words() -> frozenset[str]:
    """Local words for a village written before its name ("Barangay Tangos")."""
    return frozenset(_not_places_table()["villages"])


def after_village_word(text: str, start: int) -> bool:
    """The name at ``start`` follows a local word for a village ("Barangay Napo"): a village, no province."""
    head = text[max(0, start - 12) : start].rstrip().rsplit(None, 1)[-1:] if start else []
    return bool(head) and head[0].rstrip(".") in _village_words()


@cache
def _not_places() -> frozenset[str]:
    return frozenset(_not_places_table()["words"])
