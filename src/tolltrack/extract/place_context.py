"""The words around a place name that say what the place is to the incident.

Not every place a sentence names is where it happened: the seat of the one who speaks ("officials in
Sanaa said", "according to a source in Bambari"), a road's ends ("the Mora-Kolofata road"), the
hospital the wounded were taken to, the division a governor speaks for ("Kharkiv governor"). The place
stage (``extract/places.py``) asks these patterns before it keeps a name as the incident's place.
"""

from __future__ import annotations

import re
from functools import cache

from tolltrack.data import load

SPEAKER_IN = re.compile(r"\b(?:authorities|officials?|ministry|sources?|spokesm[ae]n|police|residents|activists|"
                         r"doctors|medics|officers?|hospitals?|clinics?|morgues?|medical\s+cent(?:re|er)s?|diplomats?|"
                         r"journalists?|correspondents?|reporters?|aid\s+workers?|missionaries|witnesses|negotiators|delegat(?:es|ion)|"
                         r"mediators)\s+(?:in|at)\s+"
                         r"(?:the\s+)?$", re.IGNORECASE)  # ("..., a field hospital in Misrata said")
# "his family told reporters in San Francisco Gotera", "said at a news conference in Kampala": where it was said
# ("a military statement issued in Zamboanga", "a communique released in Salisbury": where the words were put out)
TOLD_IN = re.compile(r"(?:\b(?:told|telling|briefed|briefing|said\s+at|speaking\s+at|speaking\s+to)\s+(?:the\s+|a\s+)?"
                     r"(?:reporters|journalists|correspondents|the\s+press|(?:news|press)\s+(?:conference|briefing))|"
                     r"\b(?:statement|communiqu[eé]|bulletin|announcement|release)\s+(?:issued|released|published|"
                     r"broadcast|distributed|sent|read\s+out)|"
                     # ("said in a statement from its office in Honiara": where the speaker sits)
                     r"\b(?:statement|communiqu[eé]|message)\s+from\s+(?:its|their|his|her)\s+(?:offices?|headquarters|"
                     r"base|bureau)(?:\s+in\s+exile)?)\s+(?:in|at|from)\s+(?:the\s+)?$", re.IGNORECASE)
ACCORDING_IN = re.compile(r"\baccording\s+to\s+(?:an?\s+|the\s+|one\s+)?(?:[\w-]+\s+){0,3}?(?:sources?|officials?|"
                           r"officers?|residents?|spokesm[ae]n|spokesperson|doctors?|medics?|activists?|witness(?:es)?|"
                           r"groups?|organi[sz]ations?|committees?|movements?|exiles?|diaspora)"
                           r"\s+(?:based\s+)?in\s+(?:the\s+)?$", re.IGNORECASE)
SAID_AFTER = re.compile(r"(?:\s+\w+){0,2}\s*,?\s+(?:said|say|says|told|reported|confirmed|accused|denied|blamed|put)\b")
SPEECH_AFTER = re.compile(r"\s+(?:said|says|reported|reports|told)\b")
# "..., the Orthodox Patriarchate of Jerusalem said": a town in the speaker's title
# (an office the sentence names with "the": not "Residents of Zawiya reported")
TITLE_OF = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+\s+of\s+(?:the\s+)?$")
# "on the Homs road", "the Gebre Guracha-Fiche road", "the Kabul-Jalalabad highway": a road named after the
# towns it leads to, which only point the way (the incident may lie anywhere along it)
ROAD_AFTER = re.compile(r"(?:\s*-\s*[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?)?\s+(?:road|highway|motorway|expressway)\b")
ROAD_PART_BEFORE = re.compile(r"[A-Z][\w'’]*\s*-\s*$")
RIVER_AFTER = re.compile(r"\s+river\b", re.IGNORECASE)
ROAD_WORD_AFTER = re.compile(r"\s+(?:road|highway|motorway|expressway)\b")
# "the supply route linking Salamiyah to Aleppo", "the road between Afgoye and Mogadishu": the road's ends
ROAD_ENDS_BEFORE = re.compile(r"\b(?:road|highway|route|motorway|expressway|axis)\s+(?:linking|connecting|between|"
                               r"from)\s+(?:the\s+(?:town|city)\s+of\s+)?(?:[A-Z][\w'’-]*"
                               # ("the road between Salto de Agua and Tila": a particle inside the first name)
                               r"(?:\s+(?:(?:de|del|la|las|los|el|da|do|du|des)\s+)?[A-Z][\w'’-]*){0,2}\s+"
                               r"(?:to|and|with)\s+(?:the\s+(?:town|city)\s+of\s+)?)?$")
# "a fourth, who was taken to hospital in Cali" ("died on the way to hospital in Atoyac"): where the wounded
# were taken, most often the town nearest
TREATED_BEFORE = re.compile(r"\b(?:taken|rushed|evacuated|transferred|airlifted|flown|brought|admitted|treated|"
                             r"died|succumbed|way)\s+"
                             r"(?:to\s+|in\s+|at\s+)?(?:a\s+|the\s+)?(?:[\w'-]+\s+){0,2}?"
                             r"(?:hospitals?|clinics?|medical\s+cent(?:re|er)s?)\s+(?:in|at)\s+(?:the\s+)?$",
                             re.IGNORECASE)
# "died in Beira hospital", "rushed to the Kirkuk general hospital": the hospital named by its town, the
# same pointer written the other way round
TREATED_TO = re.compile(r"\b(?:taken|rushed|evacuated|transferred|airlifted|flown|brought|admitted|treated|"
                        r"died|succumbed|way)\s+(?:to|in|at)\s+(?:a\s+|the\s+)?$", re.IGNORECASE)
TREATED_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:central|general|provincial|regional|district|referral|military|"
                           r"main|state|city|teaching|university)\s+){0,2}(?:hospital|clinic|medical\s+cent(?:re|er))\b",
                           re.IGNORECASE)
# "Kharkiv governor Oleh Syniehubov said", "the Kharkiv regional governor": the division the speaker
# governs, which tells a namesake town apart ("Zolochiv": Kharkiv's, not Lviv's), though not where it happened
GOVERNOR = re.compile(r"\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:regional\s+|oblast\s+|provincial\s+|"
                      r"state\s+)?(?:governor|military\s+administration|regional\s+administration|"
                      # ("..., Michoacán officials said": the division whose officials speak)
                      r"(?:officials|authorities|prosecutors)\s+(?:said|say|says|told|reported))\b")
# "in the capital of Vakaga prefecture": the division's seat, unnamed (but "Zalingei, the capital of Central
# Darfur state" names it: the town is the place)
CAPITAL_BEFORE = re.compile(r"\b(?:in|at|on|near|outside|of)\s+the\s+(?:provincial\s+|regional\s+|state\s+)?"
                            r"capital\s+of\s+(?:the\s+)?(?:[a-z]+(?:ern)?\s+)?$", re.IGNORECASE)
CAPITAL_NAMED = re.compile(r"[A-Z][\w'’-]+,\s+(?:the\s+)?(?:\w+\s+)?capital\s+of\s+(?:the\s+)?(?:\w+\s+)?$")


# "on the banks of the Rusizi", "the shores of the Tanganyika": the water, whatever town shares its name
_RIVER_BEFORE = re.compile(r"\b(?:banks?|shores?)\s+of\s+the\s+$", re.IGNORECASE)
# "refugees arriving in Malawi", "villagers reaching Freetown", "survivors brought to Freetown": where the
# survivors told it (the country vote reads it too)
SURVIVORS_ARRIVED = (r"(?:refugees|survivors|villagers|residents|civilians|families|witnesses|people)\s+"
                     r"(?:who\s+(?:have\s+|had\s+)?)?"
                     r"(?:arriv(?:ing|ed)\s+in|reach(?:ing|ed)|(?:brought|taken|evacuated|flown)\s+to|"
                     r"(?:crossing|crossed)\s+(?:back\s+)?into)")
# "relatives now sheltering in Sudan", "survivors who fled to Chad": where people went, not where it happened
# (not "a school sheltering displaced families in Nuseirat", "the Jabalia refugee camp in Gaza": the place hit)
# (nor "families fled their homes in Pikit", "fleeing the fighting in Deir ez-Zor": where they fled from)
_REFUGE_BEFORE = re.compile(r"\b(?:(?:now\s+sheltering|(?:taken|took|sought|seeking)\s+refuge|exiled?|"
                            r"interviewed|questioned)\s+in|"
                            + SURVIVORS_ARRIVED + "|"
                            r"(?:fled|fleeing|escaped|escaping)\s+(?:back\s+)?(?:to|into|across|toward|towards)|"
                            # "raiders ... before crossing back into South Sudan": where they went home to
                            r"(?:crossed|crossing|went|going|headed|heading)\s+back\s+(?:to|into|across)|"
                            # "bringing the guns within range of Aden": what is threatened next, not hit
                            r"within\s+(?:\w+\s+)?(?:range|striking\s+distance|reach)\s+of)\s+"
                            # ("refugees crossing into Guinea's Gueckedou prefecture")
                            r"(?:neighbouring\s+|neighboring\s+|the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$", re.IGNORECASE)


def treated_at(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is the town of the hospital the wounded were taken to, or died in."""
    return TREATED_BEFORE.search(text, max(0, start - 80), start) is not None or (
        TREATED_TO.search(text, max(0, start - 30), start) is not None and TREATED_AFTER.match(text, end) is not None)


def not_the_scene(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is a river's ("the Juba river", "the banks of the Rusizi"), where people
    went ("sheltering in Sudan") or another incident's, not a place of the incident."""
    return bool(RIVER_AFTER.match(text, end) or _RIVER_BEFORE.search(text, max(0, start - 20), start)
                or _REFUGE_BEFORE.search(text, max(0, start - 50), start)
                or _TALKS_BEFORE.search(text, max(0, start - 60), start)
                or _OTHER_DEED_BEFORE.search(text, max(0, start - 60), start)
                or _PART_IN_BEFORE.search(text, max(0, start - 50), start) is not None
                and _DEED_AFTER.match(text, end) is not None)


# "suspected of involvement in the Moscow metro bombings", "wanted for the Nazran raid": a deed the person had a
# part in, named by its place, another incident than the one told
_PART_IN_BEFORE = re.compile(r"\b(?:(?:involvement|role|part|implicated|involved)\s+in|"
                             r"wanted\s+(?:for|over|in\s+connection\s+with)|behind|responsible\s+for|"
                             r"master-?mind(?:ed|ing)|organi[sz](?:ed|ing)|plann(?:ed|ing)|carried\s+out|"
                             r"(?:suspected|accused|convicted)\s+(?:of|over|for))\s+(?:the\s+)?(?:\d{4}\s+)?$",
                             re.IGNORECASE)
_DEED_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:bombings?|attacks?|blasts?|massacres?|siege|hostage[\s-]taking|"
                         r"killings?|raids?|explosions?|assassinations?)\b", re.IGNORECASE)
# "two nights after a similar attack in Calvi", "a week after an earlier bombing at the port": another incident's
# place, told to compare (the words say it is another: similar, earlier, previous, separate)
_OTHER_DEED_BEFORE = re.compile(r"\b(?:after|following|since|before|like)\s+(?:an?|the)\s+(?:similar|earlier|previous|"
                                r"separate|prior)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|explosions?|raids?|"
                                r"ambush(?:es)?|killings?|shootings?|incidents?|strikes?)\s+(?:in|at|on|near)\s+"
                                r"(?:the\s+)?$", re.IGNORECASE)


# "the peace deal signed in Sirte", "talks in Arusha": where a peace was made, not where the fighting was
_TALKS_BEFORE = re.compile(r"\b(?:(?:accords?|agreements?|deals?|treat(?:y|ies)|ceasefire|truce|talks|negotiations)"
                           r"\s+(?:\w+\s+){0,2}?(?:signed|agreed|reached|brokered|held|negotiated|concluded)|"
                           r"(?:peace\s+)?(?:talks|negotiations|summit|conference))\s+(?:in|at)\s+$", re.IGNORECASE)
# "General Aidid's SNA", "Colonel Omar Jess", "from Hussein Aidid's militia", "Morgan's forces": a leader and
# his men, not a place (a town's men are seldom written so; a country's forces are not where it happened, nor
# "Sanaa's army", the state's)
# (not "Sheikh": Sheikh Zuweid, Sheikh Maqsoud)
_TITLES = ("General", "Gen.", "Colonel", "Col.", "Major", "Maj.", "Captain", "Capt.", "Commander", "Lieutenant",
           "Lt.", "Brigadier", "Marshal", "President", "Warlord", "Mr.", "Mr", "Dr.")
_TITLE_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in _TITLES) + r")\s+$")
_FOLLOWERS_AFTER = re.compile(r"['’]s\s+(?:and\s+[A-Z][\w-]+['’]s\s+)?(?:own\s+|loyal\s+|rebel\s+|armed\s+)?"
                              r"(?:militia|militias|militiamen|"
                              r"men|forces|fighters|gunmen|loyalists|supporters|followers|faction|troops|"
                              r"rebels|guerrillas|bodyguards|wing|camp|army|government|regime)\b")


def a_leader(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is a commander's or a leader's, by his title or his men after it."""
    return bool(_TITLE_BEFORE.search(text, max(0, start - 14), start) or _FOLLOWERS_AFTER.match(text, end))


def titled(name: str) -> bool:
    """"General Aidid": a name that opens with a title (a place may too: General Santos; ask the gazetteer)."""
    first, _, rest = name.partition(" ")
    return first in _TITLES and bool(rest)


# "the Jubba valley", "the Yarmouk basin": a curated region written with its word in lower case
LANDFORM_TAIL = re.compile(r"\s+(valley|basin|plains?|hills|mountains|forest|gorge|delta|highlands|plateau)\b")


@cache
def area_tail() -> re.Pattern[str]:
    """ "the Iquicha highlands", "the Chabet El Akhra gorges": a wide area's word after a name no gazetteer
    knows, kept with it, so that the name is not taken for a village (data/landmarks.toml)."""
    data = load("landmarks")
    alt = "|".join(re.escape(w) for w in sorted(data["area"] + data["unit"], key=len, reverse=True))
    return re.compile(rf"\s+(?:{alt})s?\b", re.IGNORECASE)
