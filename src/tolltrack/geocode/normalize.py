"""Name normalisation: fold the many transliterations of one place to one key.

Conflict reports spell the same Arabic, Kurdish or Hausa name a dozen ways
("Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr", "Deir Eazzor"). The gazetteer indexes
every name under ``normalize_name`` and looks queries up under the same key, so the
folding only has to be consistent, not linguistically right. It is deliberately
moderate: vowels fold into three classes (a/e, i/y, o/u) rather than vanish, so
places whose consonants agree but whose vowels differ ("Hama" and "Hims") stay apart.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["normalize_name", "ARTICLES"]

# Arabic definite article as transliterated, incl. sun-letter assimilation (ad-, ash-, ...).
ARTICLES = frozenset(
    {
        "al", "el", "il", "ul", "ad", "adh", "ar", "as", "ash", "at", "ath", "az", "an",
        "ed", "er", "es", "esh", "et", "ez", "en", "ud", "ur", "us", "ut", "uz",
    }
)
# "Abu Kamal" / "Albu Kamal" / "Al-Bokamal": the Bedouin "Albu" (tribe of) and "Abu".
_ABU = frozenset({"abu", "abou", "abo", "albu", "albou", "bu", "bou"})
_SUN = ("th", "dh", "sh", "t", "d", "r", "z", "s", "n", "l")

# Marks that stand for hamza/ayn or are mere punctuation inside names: deleted, not spaced.
_MARKS = dict.fromkeys(map(ord, "'’‘`´ʼʽʿʾʹʻ′ˈ\u02bf\u02be"), None)
_SEP = re.compile(r"[^0-9a-z\u0600-\u06ff]+")
# Vowel digraphs first (longest first), then single vowels to their class.
_DIGRAPHS = (
    ("ou", "u"), ("oo", "u"), ("aw", "u"), ("ow", "u"), ("au", "u"), ("uw", "u"),
    ("ee", "i"), ("ei", "i"), ("ey", "i"), ("ay", "i"), ("ai", "i"), ("ie", "i"), ("iy", "i"),
)
_VOWEL = str.maketrans({"e": "a", "o": "u", "y": "i"})
_DOUBLE = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"([aiu])h$")
_ARABIC = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ـ": None})


def _fold_token(tok: str) -> str:
    """Fold one Latin token (already lower-case ASCII-ish letters)."""
    if tok in _ABU:
        return "bu"
    if tok.startswith(("albu", "albou")) and len(tok) > 5:
        tok = "bu" + tok[5 if tok.startswith("albou") else 4 :]
    # Article glued by assimilation: "Ezzor", "Eazzor", "Assukhnah" -> drop the vowel.
    m = re.match(r"^(?:ea|e|a)(?=(th|dh|sh|t|d|r|z|s|n|l))", tok)
    if m and len(tok) > 4:
        rest = tok[m.end() :]
        sun = m.group(1)
        if rest.startswith(sun + sun) or (len(sun) == 2 and rest.startswith(sun + sun[0])):
            tok = rest
    return tok


def _fold_latin(joined: str) -> str:
    for src, dst in _DIGRAPHS:
        joined = joined.replace(src, dst)
    joined = joined.translate(_VOWEL)
    joined = _DOUBLE.sub(r"\1", joined)
    return _FINAL_H.sub(r"\1", joined)


@lru_cache(maxsize=200_000)
def normalize_name(s: str) -> str:
    """Return the matching key of a place name (see module docstring).

    Case, diacritics and ayn/hamza marks vanish; hyphens and spaces join; leading
    (and inner) Arabic articles drop; vowel spellings fold; doubled letters collapse;
    a final ``-ah``/``-eh`` loses its h. A name made only of articles keeps them.
    """
    text = unicodedata.normalize("NFKD", s)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().translate(_MARKS).translate(_ARABIC)
    text = text.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("đ", "d")
    tokens = [t for t in _SEP.split(text) if t]
    if not tokens:
        return ""
    kept = [t for t in tokens if t not in ARTICLES]
    if not kept:
        kept = tokens
    latin: list[str] = []
    arabic: list[str] = []
    for tok in kept:
        if "\u0600" <= tok[0] <= "\u06ff":
            if tok.startswith("ال") and len(tok) > 3:
                tok = tok[2:]
            arabic.append(tok)
        else:
            latin.append(_fold_token(tok))
    key = _fold_latin("".join(latin)) if latin else ""
    return key + "".join(arabic)


@lru_cache(maxsize=8192)
def fold(name: str) -> str:
    """Case, accents, apostrophes and hyphens folded away: "Saké" = "sake", "Mayo-Tsanaga" = "mayo tsanaga".
    Gentler than ``normalize_name``: spellings stay apart ("Beni" is not "Bani")."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(text.replace("'", "").replace("-", " ").split())
