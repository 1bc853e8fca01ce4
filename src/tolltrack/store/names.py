"""Two spellings of one place name: "Al-Fashir" / "El Fasher", "Qunduz" / "Kunduz", "Elwak" / "El Wak".

Reports transliterate Arabic, Pashto, Burmese and Amharic names as they please, and a gazetteer
knows one or two spellings. Cross-source merging (``store/resolve.py``) and the bearings of
``store/ways.py`` compare names through ``same_name``.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache, lru_cache

from tolltrack.data import load
from tolltrack.extract.places import fold
from tolltrack.extract.sites import sites_of
from tolltrack.geocode.districts import town_forms
from tolltrack.geocode.normalize import normalize_name

ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|az|an|at)[\s-]")
WAYS = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
                  "northeastern", "north-eastern", "northwestern", "north-western", "southeastern", "south-eastern",
                  "southwestern", "south-western"})
# the words that tell two halves of one name apart
SIDES_OF = WAYS | {"upper", "lower", "sur", "sud", "norte", "nord", "oriental", "occidental", "orientale", "haut",
                   "bas", "new", "old"}

def _key(name: str) -> str:
    """Accents, case, punctuation and a leading article gone: "Al-Fashir" -> "fashir"."""
    words = [_ABBREVIATED.get(w, w) for w in re.sub(r"[^\w\s'-]", " ", fold(name)).split()]
    return ARTICLE.sub("", " ".join(words)).replace("'", "")


# the words of place names outlets shorten ("Mt Elgon" / "Mount Elgon", "Ft Portal" / "Fort Portal")
_ABBREVIATED = {"mt": "mount", "mtn": "mountain", "mts": "mountains", "ft": "fort"}


def _compact(name: str) -> str:
    return re.sub(r"[^a-z]", "", fold(name))


# one sound, several Latin spellings: "Dhiban" / "Thiban" / "Diban", "Qunduz" / "Kunduz"
# (Somali writes the Arabic "h" as "x": "Kaxda" / "Kahda", "Belet Xaawo" / "Beled Hawo")
# (Burmese writes the aspirates with the "h" first: "Kawng Hka" / "Kaung Kha", "Hpakant" / "Phakant")
# (French writes the "j" as "dj": "Djabal" / "Jabal", "Djugu" / "Jugu")
_DIGRAPHS = (("dj", "j"), ("hk", "kh"), ("hp", "ph"), ("ht", "th"), ("dh", "d"), ("th", "d"), ("kh", "k"), ("gh", "g"),
             ("sh", "s"), ("ph", "f"), ("q", "k"), ("ck", "k"), ("x", "h"))


def _sounds(word: str) -> str:
    for digraph, sound in _DIGRAPHS:
        word = word.replace(digraph, sound)
    return word


def _loose(word: str) -> str:
    """One spelling for the Latin and the Cyrillic transliterations of one name: "ts" a "t", "ch" and "c" a "k",
    "y" an "i", doubled letters single ("Dorotcaia" / "Dorotskaya", "Cocieri" / "Kochiery")."""
    word = word.replace("ts", "t").replace("ch", "c").replace("c", "k").replace("y", "i")
    return re.sub(r"(.)\1+", r"\1", word)


def _skeleton(name: str) -> str:
    """A transliteration-proof key: no article, no vowels, no doubled letters ("Kebkabiya" = "Kabkabiya")."""
    word = _sounds(ARTICLE.sub("", name))
    out = "".join(ch for ch in word if ch.isalpha() and ch not in "aeiouyw")
    return re.sub(r"(.)\1+", r"\1", out)


def _syllables(name: str) -> str:
    """The consonants in order with each run of vowels inside the name as one mark: "shuhayl" =
    "shaheel" = "shVhVl"; a final vowel stays as written ("Baleli" is not "Balilo")."""
    word = re.sub(r"(.)\1+", r"\1", _sounds(name).replace(" ", "").replace("-", ""))
    return re.sub(r"[aeiouyw]+(?=.)", "V", word)


# the generic word after a name ("al-Rawdah neighbourhood" / "al-Rawda", "the Tulkarm-area camps")
_TAIL = re.compile(r"(?:\s|-)+(?:neighbou?rhood|(?<!government )area|community|quarter|locality|village|town|"
                   r"settlement)$")


@lru_cache(maxsize=1 << 16)  # (pure; merging asks the same pairs of names again and again)
def same_name(x: str, y: str) -> bool:
    """Two spellings of one place name: equal, one inside the other, or the same consonants."""
    if _compact(x) == _compact(y) or normalize_name(x) == normalize_name(y):
        return True  # "Elwak" / "El Wak", "Rueso" / "Ruesoh": the gazetteer's own folding
    if normalize_name(y) in town_forms(normalize_name(x)) or normalize_name(x) in town_forms(normalize_name(y)):
        return True  # "Vedensky district" / "the Vedeno district": a district named by its seat's adjective
    if "x" in _compact(x) + _compact(y) and _compact(x).replace("x", "ks") == _compact(y).replace("x", "ks"):
        return True  # "Axum" / "Aksum": an "x" spelled out (the Somali "x", an "h", is below)
    x, y = _TAIL.sub("", _key(x)), _TAIL.sub("", _key(y))
    # ("the Chatroo forests" / "near Chatru": the area named after the place, or the place after the area;
    # "the Pendjari national park" / "the Pendjari park": the names without their words; but "Occra Hills" /
    # "Okra Hills" may be alike only whole)
    bare_x, bare_y = _area_tail().sub("", x), _area_tail().sub("", y)
    if (bare_x != x) != (bare_y != y):
        x, y = bare_x or x, bare_y or y
    elif bare_x != x and bare_x and bare_y and same_name(bare_x, bare_y):
        return True
    if not x or not y:
        return False
    ways_x, ways_y = set(x.split()) & SIDES_OF, set(y.split()) & SIDES_OF
    if ways_x and ways_y and ways_x != ways_y:
        return False  # "North Waziristan" / "South Waziristan", "Maguindanao del Sur" / "del Norte"
    if x == y:
        return True
    if _landmark_words().fullmatch(x) or _landmark_words().fullmatch(y):
        return False  # "Gate" (of "Herod's Gate") is no part of "Lions' Gate"
    if f" {x} " in f" {y} " or f" {y} " in f" {x} ":
        return True
    sx, sy = _sounds(x), _sounds(y)
    if f" {sx} " in f" {sy} " or f" {sy} " in f" {sx} ":
        return True  # "Kahda district" / "Kaxda"
    if re.sub(r"(.)\1+", r"\1", sx) == re.sub(r"(.)\1+", r"\1", sy):
        return True  # "Fiiq" / "Fik": a long vowel written twice, a "q" heard as "k"
    lx, ly = _loose(sx), _loose(sy)
    if min(len(lx), len(ly)) >= 4 and (lx == ly or min(len(lx), len(ly)) >= 6 and
                                       SequenceMatcher(None, lx, ly).ratio() >= 0.85):
        return True  # "Parcani" / "Parkany", "Gisca" / "Ghiska": a Romanian and a Russian spelling
    if len(x) == len(y) >= 5 and sum(p != q for p, q in zip(x, y, strict=True)) == 1 and \
            all(p in _VOWELS and q in _VOWELS for p, q in zip(x, y, strict=True) if p != q):
        return True  # "Baleli" / "Balili": one vowel heard two ways
    kx, ky = _skeleton(x), _skeleton(y)
    if (len(kx) >= 3 and min(len(x), len(y)) >= 6 or len(kx) >= 2 and min(len(x), len(y)) >= 8) and \
            _syllables(x) == _syllables(y):
        return True  # "al-Shuhayl" / "al-Shaheel", "Shejaiya" / "Shujaiyya": each vowel sound spelled its own way
    if "c" in x[:1] + y[:1] and any(n.startswith("c") and re.search(r"([aeiou])\1", n) for n in (x, y)) and \
            len(_no_ayn(x)) >= 5 and _no_ayn(x) == _no_ayn(y):
        return True  # "Cadaado" / "Adado": Somali writes the Arabic ayn as "c", and long vowels double
    ratio = max(SequenceMatcher(None, x, y).ratio(), SequenceMatcher(None, _sounds(x), _sounds(y)).ratio())
    # "Aitaroun" / "Aytaroun": long names one vowel apart
    return (len(kx) >= 3 and len(x) >= 5 and kx == ky and ratio >= 0.75) or (min(len(x), len(y)) >= 6 and ratio >= 0.85)


_VOWELS = frozenset("aeiouy")


def _no_ayn(name: str) -> str:
    """A word's opening "c" before a vowel dropped and doubled vowels made single ("cadaado" -> "adado")."""
    return re.sub(r"([aeiou])\1", r"\1", re.sub(r"\bc(?=[aeiou])", "", name))


def _area_tail() -> re.Pattern[str]:
    """A wide area's word at the end of a folded name ("tirah valley", "abujhmarh forests", "bashali sector")."""
    return _tail(("area", "unit"))


def _unit_tail() -> re.Pattern[str]:
    """A named unit's word at the end of a folded name ("machil sector")."""
    return _tail(("unit",))


@cache
def _tail(kinds: tuple[str, ...]) -> re.Pattern[str]:
    data = load("landmarks")
    words = sorted({w.casefold() for kind in kinds for w in data[kind]}, key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, words)) + r")s?$")


@cache
def _landmark_words() -> re.Pattern[str]:
    data = load("landmarks")
    words = sorted({w.casefold() for kind in ("area", "unit", "region", "facility") for w in data[kind]}, key=len,
                   reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def areas_apart(x: str, y: str) -> bool:
    """ "the machil sector" / "the tangdhar sector": two units of one kind, named differently (but "lido
    beach" / "pearl beach" may be one beach and a restaurant on it)."""
    tail_x, tail_y = _unit_tail().search(x), _unit_tail().search(y)
    return bool(tail_x and tail_y and tail_x.group(0) == tail_y.group(0)
                and not same_name(x[: tail_x.start()], y[: tail_y.start()]))


def settlement(name: str) -> bool:
    """Whether a folded place name may be a village or town: not a wide area ("kerio valley") nor a
    facility ("university road", "nagin post", "holey artisan bakery"; data/landmarks.toml)."""
    return not _landmark_words().search(name) and not sites_of(name)


def _named_in(names: set[str], text: str) -> bool:
    """Whether the text names one of the places, in any spelling ("Al-Fashir" for "El Fasher"); a wide
    area's name without its word too ("the Tirah valley" is named in "a gunfight in Tirah")."""
    names = names | {head for n in names if len(head := _area_tail().sub("", n)) >= 4}
    if any(n and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in names):
        return True  # whole words: "Bor" is not named in "Greater Pibor"
    keys = [k for k in (_key(n) for n in names) if len(_skeleton(k)) >= 3 and len(k) >= 5]
    if not keys:
        return False
    words = _words(text)
    for k in keys:
        n = len(k.split())
        for size in {n, n + 1} - {0}:
            if any(same_name(k, " ".join(words[i : i + size])) for i in range(len(words) - size + 1)):
                return True
    return False


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    """The folded words of a text (cached: one event's text is searched for many names)."""
    return tuple(_key(text).split())


_AS_DISTRICT = r"\s+(?:territory|district|province|county|lga|local government area|division|department|cercle|" \
    r"prefecture|municipality)\b"


# a distance before a town's name ("20 km north of", "30 kilometres from")
_AWAY = re.compile(r"\b(?:km|kilometres|kilometers|miles)\s+(?:[\w-]+\s+)?(?:of|from)\s+(?:the\s+)?$")


def _only_away(name: str, text: str) -> bool:
    """The text names the place only as the town some distance from which it happened."""
    hits = list(re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))
    return bool(hits) and all(_AWAY.search(text, max(0, m.start() - 40), m.start()) for m in hits)


def _named_as_place(names: set[str], own: str, text: str) -> bool:
    """Whether the text names one of the places; a town its own report calls a town is not named by
    the district named after it ("near Mambasa town" / "Biakato, Mambasa territory")."""
    districts = {n for n in names if n and re.search(rf"(?<!\w){re.escape(n)}\s+(?:town|city)\b|"
                                                     rf"\b(?:town|city) of {re.escape(n)}(?!\w)", own)
                 and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)
                 and not re.search(rf"(?<!\w){re.escape(n)}(?!\w)(?!{_AS_DISTRICT})", text)}
    # ("Arcahaie, more than 20 km north of Cabaret": the distance says it is not Cabaret)
    away = {n for n in names if n and _only_away(n, text)}
    return _named_in(names - districts - away, text)
