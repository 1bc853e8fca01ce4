"""Rare words two reports share: "polio", "refinery", "ransom", "missionary".

Two reports of one killing often share a word that two incidents of one province on one day
seldom do: the polio campaign the dead policeman guarded, the refinery stormed, the ransom
asked. Such a word is rare in English at large (``wordfreq``'s Zipf frequency below
``RARE_ZIPF``), is no word of tolltrack's own conflict vocabulary (the data files: statuses,
incident and type words, sites, actors, people, offices, manners, numbers: every report of a
war uses those) and no place a gazetteer knows (places are compared by ``store/resolve.py``
itself, and decoys share their province by design). Cross-source merging counts one such
shared word as one agreement, like the kind of site hit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from wordfreq import zipf_frequency

from tolltrack.data import load

RARE_ZIPF = 4.0  # about once in 10,000 words of English text, or rarer ("refinery" 3.5, "wedding" 4.8)
MIN_LETTERS = 4
_VOCABULARY = ("incidents", "event_types", "sites", "statuses", "persons", "actors", "roles", "manners",
               "numbers", "landmarks")
_WORD = re.compile(r"[a-z][a-z'’-]{3,}")


def _strings(x: Any) -> Iterable[str]:
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for k, v in x.items():
            yield k
            yield from _strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from _strings(v)


@cache
def vocabulary() -> frozenset[str]:
    """Every word of tolltrack's data files (the words of war every report shares) and the generic words
    of places ("district", "arrondissement")."""
    from tolltrack.extract.place_cues import GENERIC

    # (not the phrases that tell no incident: "a hunger strike" makes "hunger" no word of war)
    tables = [{k: v for k, v in load(name).items() if k != "not_incident"} for name in _VOCABULARY]
    words = [*(s for table in tables for s in _strings(table)), *GENERIC, *_DIVISIONS]
    return frozenset(w for s in words for w in re.findall(r"[a-z]+", s.lower()))


# divisions of other countries that place cues do not read as such
_DIVISIONS = ("arrondissement", "canton", "oblast", "cercle", "woreda", "kebele", "tehsil", "upazila", "regency",
              "wilaya", "emirate", "parish", "barangay", "municipio", "departamento", "sector", "cell")


@lru_cache(maxsize=65_536)
def _is_place(word: str) -> bool:
    from tolltrack.extract.countries import country_words
    from tolltrack.extract.resolver import default_resolver

    return word in country_words() or default_resolver().resolve(word, country=None) is not None


@lru_cache(maxsize=65_536)
def _rare(word: str) -> bool:
    return zipf_frequency(word, "en") < RARE_ZIPF and not _is_place(word)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@lru_cache(maxsize=8192)
def rare_words(text: str, names: frozenset[str] = frozenset()) -> frozenset[str]:
    """The rare words of a lower-cased text, less the words of the place ``names`` it gives, a
    plural's "s" dropped."""
    known = vocabulary()
    placed = {w for n in names for w in _WORD.findall(_ascii(n)) + re.findall(r"[a-z]+", _ascii(n))}  # "ez-zor", "zor"
    out = set()
    for raw in _WORD.findall(text):
        w = re.sub(r"['’]s$", "", raw).strip("'’-")
        one = w.removesuffix("s")
        if len(w) < MIN_LETTERS or w in known or one in known or w in placed:
            continue
        if _rare(w):
            out.add(one)
    return frozenset(out)
