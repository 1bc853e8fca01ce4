"""Place mentions: find names as written, then ask a resolver where they are.

Recognition is deliberately separate from resolution: this stage proposes spans
(governorate names anywhere; capitalised names after place cues such as "in",
"village of", "countryside of", or before "province", "desert", "countryside"),
and a ``PlaceResolver`` decides whether each is a known place. The resolver is the
geocoder of ``tolltrack.geocode`` by default and an in-memory fake in tests.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Protocol

from tolltrack.extract.state import DocState, Span

GENERIC = ("province", "governorate", "countryside", "desert", "region", "area", "district",
           "village", "town", "city", "camp", "neighbourhood", "neighborhood", "state", "badia",
           "countryside", "suburbs", "outskirts", "sub-district", "subdistrict", "county")
DIRECTIONS = ("north", "south", "east", "west", "northern", "southern", "eastern", "western",
              "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
              "north-western", "south-eastern", "south-western", "central", "northeast", "northwest",
              "southeast", "southwest", "far", "upper", "lower", "rural", "the")
_ARTICLE = r"(?:[Aa]l|[Ee]l|[Aa][dsrztn]|[Aa]sh|[Aa]dh|[Ee]z|[Uu]m|[Uu]mm|[Aa]bu|[Aa]bou|[Bb]ani|[Bb]eni)"
_NAME = rf"(?:{_ARTICLE}[-\s])?[A-Z][\w'’ʿ]+(?:-[\w'’ʿ]+)*"
_SEQ = rf"{_NAME}(?:\s+(?:{_ARTICLE}[-\s]?)?[A-Z][\w'’ʿ]+(?:-[\w'’ʿ]+)*){{0,3}}"
_CUE = re.compile(
    r"\b(?i:in|near|at|of|to|around|outside|between|and|towards|toward|into|across|on|capital|"
    r"village|town|city|area|district|region|countryside|desert|vicinity|outskirts|province|"
    r"governorate|camp|neighbourhood|neighborhood|state)\s+(?:the\s+)?(?:(?:city|town|village|area|"
    r"countryside|desert|region|province)\s+of\s+)?"
    rf"(?P<name>{_SEQ})")
_BEFORE_GENERIC = re.compile(rf"(?P<name>{_SEQ})\s+(?:{'|'.join(GENERIC)})\b")
_CONTINUE = re.compile(rf"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*[-–]\s*)(?P<name>{_SEQ})")
_LABEL = re.compile(rf"^[\s•\-*·]*(?P<name>{_SEQ})\s*(?:province|governorate|desert|countryside)?\s*:")
_LEAD = re.compile(r"\s*(?:province|governorate|countryside|state)?\s*:", re.IGNORECASE)
_STOPWORDS = {
    "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "On",
    "In", "At", "Meanwhile", "However", "Also", "According", "Since", "While", "Syrian", "Observatory",
    "SOHR", "Regime", "Russian", "Iranian", "Turkish", "Israeli", "ISIS", "Islamic", "State", "Kurdish",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "Here", "There", "Reliable", "Earlier", "Yesterday", "Today", "Moreover", "Additionally", "Accordingly",
    "Another", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "One",
    "Security", "Council", "President", "Ministry", "Forces", "Army", "Democratic", "Coalition", "Popular",
}


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


class PlaceResolver(Protocol):
    def resolve(self, name: str, *, country: str | None = None,
                admin1_hint: str | None = None) -> Resolved | None: ...


class PlaceTagger:
    name = "places"
    requires = ("sents", "actors")
    assigns = ("places",)

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
        for a in state.actors:
            actor_chars.setdefault(a.sent, []).append((state.tokens[a.start].start, state.tokens[a.end - 1].end))
        country: str | None = None
        found: list[tuple[int, int, Resolved, str]] = []
        for sent in state.sents:
            chunk = text[sent.start : sent.end]
            cands: dict[tuple[int, int], str] = {}
            for regex in (_CUE, _BEFORE_GENERIC, _LABEL):
                for m in regex.finditer(chunk):
                    s, e = sent.start + m.start("name"), sent.start + m.end("name")
                    cands[(s, e)] = m.group("name")
            for (s, e), name in sorted(cands.items()):
                first = name.split()[0].split("-")[0]
                if first in _STOPWORDS and " " not in name:
                    continue
                if any(a <= s < b for a, b in actor_chars.get(sent.idx, ())):
                    continue
                hit = self._resolve_span(text, s, e, name, country)
                if hit is None:
                    continue
                res, ws, we = hit
                if any(fs <= ws < fe or ws <= fs < we for fs, fe, _, _ in found[-20:]):
                    continue
                found.append((ws, we, res, text[ws:we]))
                country = country or res.country
                # lists of places: "the deserts of Raqqa, Hama, and Homs"
                while True:
                    more = _CONTINUE.match(text, we, sent.end)
                    if not more:
                        break
                    hit = self._resolve_span(text, more.start("name"), more.end("name"), more.group("name"), country)
                    if hit is None:
                        break
                    res, ws, we = hit
                    found.append((ws, we, res, text[ws:we]))
        found.sort(key=lambda f: f[0])
        for s, e, res, written in found:
            tok = _token_at(state, s)
            sent = state.sent_of(tok)
            lead = sent.tokens[0].start == s and _LEAD.match(text, e) is not None
            state.places.append(Span(tok, _token_at(state, e - 1) + 1, res.admin1 or "", written, sent.idx,
                                     extra={"admin1": res.admin1, "country": res.country, "lat": res.lat,
                                            "lon": res.lon, "precision": res.precision,
                                            "gazetteer_id": res.gazetteer_id, "admin2": res.admin2,
                                            "canonical": res.name, "lead": lead}))

    def _resolve_span(self, text: str, s: int, e: int, name: str,
                      country: str | None) -> tuple[Resolved, int, int] | None:
        """Resolve a name, trying shorter forms: "Deir Ezzor Desert" -> "Deir Ezzor"."""
        words = name.split()
        if len(words) > 1 and words[0].endswith(("'s", "’s")):
            # "Sudan's El Fasher": the country names where, the rest names the place
            rest = name[len(words[0]) + 1 :]
            hit = self._resolve_span(text, s + len(words[0]) + 1, e, rest, country)
            if hit is not None:
                return hit
        for n in range(len(words), 0, -1):
            sub = " ".join(words[:n])
            if sub in _STOPWORDS:
                continue
            res = self.resolver.resolve(sub, country=country)
            if res is not None:
                end = s + len(sub)
                # keep a following generic word in the written name: "Hasaka province"
                tail = re.match(rf"\s+({'|'.join(GENERIC)})\b", text[end : end + 20], re.IGNORECASE)
                if tail and n == len(words):
                    if tail.group(1).lower() in {"city", "town"} and res.precision == "admin1":
                        # "Idlib city": the city, not the governorate of the same name
                        city = self.resolver.resolve(f"{sub} {tail.group(1).lower()}", country=country)
                        res = city if city is not None and city.precision != "admin1" else res
                    end += tail.end()
                return res, s, end
        return None


def _token_at(state: DocState, char: int) -> int:
    """The token that holds (or first follows) a character offset."""
    starts: list[int] = state.cache.get("token_starts") or [t.start for t in state.tokens]
    state.cache["token_starts"] = starts
    k = bisect.bisect_right(starts, char) - 1
    if k >= 0 and state.tokens[k].start <= char < state.tokens[k].end:
        return k
    return min(k + 1, len(state.tokens) - 1)
