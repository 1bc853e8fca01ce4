"""Quantities: digits, number words, collective and vague amounts, with their qualifiers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tolltrack.data import load
from tolltrack.extract.state import DocState, Quantity, Sentence, Token

_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}
_YEAR_CONTEXT = {"in", "since", "of", "early", "mid", "late", "during", "until", "year", "end",
                 "beginning", "start", "spring", "summer", "autumn", "winter", "fall", "from", "to", "and"}
_NOT_AFTER = {"-year", "year", "years-old", "yr", "%", "percent", "am", "pm", "a.m.", "p.m.", ":"}


@dataclass(frozen=True)
class Lexicon:
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    collective: dict[tuple[str, ...], int]
    vague: dict[tuple[str, ...], str]
    before: dict[tuple[str, ...], str]
    after: dict[tuple[str, ...], str]
    starts: frozenset[str]  # first words of collective and vague phrases
    ordinals: dict[str, int]
    multiples: dict[str, int]
    killings: frozenset[str]  # the words after which a multiple counts the dead


@cache
def lexicon() -> Lexicon:
    data = load("numbers")

    def phrases(d: dict[str, str]) -> dict[tuple[str, ...], str]:
        return {tuple(k.split()): v for k, v in d.items()}

    return Lexicon(
        units=data["units"], tens=data["tens"], scales=data["scales"],
        collective={tuple(k.split()): v for k, v in data["collective"].items()},
        vague=phrases(data["vague"]),
        before=phrases(data["qualifiers"]["before"]),
        after=phrases(data["qualifiers"]["after"]),
        starts=frozenset(k.split()[0] for k in list(data["collective"]) + list(data["vague"])),
        ordinals=data["ordinals"],
        multiples={k: v for k, v in data["multiples"].items() if k != "words"},
        killings=frozenset(data["multiples"]["words"]),
    )


_INDEX: dict[tuple[int, bool], tuple[dict[tuple[str, ...], str], dict[str, list[tuple[tuple[str, ...], str]]]]] = {}


def _phrase_index(phrases: dict[tuple[str, ...], str], backwards: bool) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Phrases keyed by their first (or, backwards, last) word, so a lookup tries only a few."""
    key = (id(phrases), backwards)
    hit = _INDEX.get(key)
    if hit is None or hit[0] is not phrases:
        index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, value in phrases.items():
            index.setdefault(words[-1] if backwards else words[0], []).append((words, value))
        hit = (phrases, index)
        _INDEX[key] = hit
    return hit[1]


def match_phrase(tokens: list[Token], i: int, phrases: dict[tuple[str, ...], str],
                 backwards: bool = False) -> tuple[int, str] | None:
    """Longest phrase ending before ``i`` (backwards) or starting at ``i``: (length, value)."""
    anchor = i - 1 if backwards else i
    if anchor < 0 or anchor >= len(tokens):
        return None
    best: tuple[int, str] | None = None
    for words, value in _phrase_index(phrases, backwards).get(tokens[anchor].lower, ()):
        n = len(words)
        lo, hi = (i - n, i) if backwards else (i, i + n)
        if lo < 0 or hi > len(tokens):
            continue
        if (best is None or n > best[0]) and all(tokens[lo + k].lower == w for k, w in enumerate(words)):
            best = (n, value)
    return best


class QuantityFinder:
    name = "numbers"
    requires = ("sents",)
    assigns = ("quantities",)

    def __call__(self, state: DocState) -> None:
        for sent in state.sents:
            state.quantities.extend(find_quantities(sent))


def _parse_digits(text: str) -> int | float | None:
    m = _DIGITS.match(text)
    if not m:
        return None
    whole = int(m.group(1).replace(",", ""))
    return float(f"{whole}.{m.group(2)}") if m.group(2) else whole


def _words_value(toks: list[Token], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """Parse a run of number words at ``i``: (value, tokens used)."""
    total, current, used, k = 0, 0, 0, i
    seen = False
    while k < len(toks):
        w = toks[k].lower
        if w in lex.units:
            current += lex.units[w]
        elif w in lex.tens:
            current += lex.tens[w]
            if k + 2 < len(toks) and toks[k + 1].text == "-" and toks[k + 2].lower in lex.units:
                current += lex.units[toks[k + 2].lower]
                k += 2
        elif w in lex.scales and seen:
            scale = lex.scales[w]
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0
        elif w == "and" and seen and k + 1 < len(toks) and (
            toks[k + 1].lower in lex.units or toks[k + 1].lower in lex.tens
        ) and k > i and toks[k - 1].lower in lex.scales:
            pass
        else:
            break
        seen = True
        k += 1
        used = k - i
    if not seen:
        return None
    return total + current, used


# an ordinal's person, then their death: "seventh miner killed", "third person has died", "fifth man had died"
_ORDINAL_DEATH = re.compile(r"^[\w'-]+(?: [\w'-]+)? (?:also |later |has |had |have )?(?:died|dies|killed|succumbed)\b|"
                            r"^body (?:was |has been |had been )?(?:recovered|found)\b")  # "an eighth body recovered"


# "the third local official killed there this year": one of a series of incidents, not this one's toll
_SERIES_AFTER = re.compile(r"\b(?:this|that|last|the past) (?:year|month|week)\b|\bsince\b|\bso far\b|"
                           r"\bin (?:as many|recent|two|three|four|five|six) (?:days|weeks|months|years)\b")


def find_quantities(sent: Sentence) -> list[Quantity]:
    lex = lexicon()
    toks = sent.tokens
    out: list[Quantity] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        value: int | float | None = None
        vague: str | None = None
        used = 0
        one_more = False  # "and a civilian": a person the text implies, no number written (an incident claim)
        digits = _parse_digits(tok.text) if tok.text[:1].isdigit() else None
        coll = match_phrase(toks, k, lex.collective) if tok.lower in lex.starts else None  # type: ignore[arg-type]
        vag = match_phrase(toks, k, lex.vague) if tok.lower in lex.starts else None
        if digits is not None:
            value, used = digits, 1
            if k + 1 < len(toks) and toks[k + 1].lower in ("million", "thousand", "billion"):
                value = int(value * lex.scales.get(toks[k + 1].lower, 1_000_000_000))
                used = 2
        elif coll is not None and tok.lower == "both" and k > 0 and toks[k - 1].lower == "," and out:
            pass  # "Two Rohingya men, both members of a watch team, were shot": the two again, no new count
        elif coll is not None:
            used, value = coll[0], int(coll[1])
        elif tok.lower in lex.units or tok.lower in lex.tens:
            parsed = _words_value(toks, k, lex)
            if parsed:
                value, used = parsed
        elif tok.lower in lex.ordinals and _ORDINAL_DEATH.match(" ".join(t.lower for t in toks[k + 1 : k + 6])) \
                and not _SERIES_AFTER.search(" ".join(t.lower for t in toks[k + 1 : k + 12])):
            value, used = lex.ordinals[tok.lower], 1  # "a seventh miner killed": the toll is now seven
        elif tok.lower in ("a", "an") and _one_more(toks, k, out):
            value, used = 1, 1  # "killing two soldiers and a civilian": one more, of another kind
            one_more = True
        elif tok.lower in lex.multiples and k + 1 < len(toks) and toks[k + 1].lower in lex.killings:
            value, used = lex.multiples[tok.lower], 1  # "a double murder": two dead
        elif vag is not None:
            used, vague = vag
            if vague == "some" or vague == "few":
                # "some" and "few" quantify only when a plural noun follows directly.
                nxt = toks[k + used].lower if k + used < len(toks) else ""
                if nxt == "of" and k + used + 2 < len(toks) and toks[k + used + 1].lower in {"the", "its", "their"}:
                    nxt = toks[k + used + 2].lower  # "some of the soldiers"
                if not nxt.endswith("s") and nxt not in {"people", "men", "children", "women"}:
                    k += 1
                    continue
            # "hundreds of thousands": keep the larger reading as one vague amount.
        if used == 0:
            k += 1
            continue
        end = k + used
        if value is not None and not _is_count(toks, k, end, value):
            k = end
            continue
        qualifier = "vague" if vague else "implied" if one_more else "exact"
        q_start, q_end = k, end
        before = match_phrase(toks, k, lex.before, backwards=True)
        if before and not vague and not one_more:
            qualifier = before[1]
            q_start = k - before[0]
        after = match_phrase(toks, end, lex.after)
        if after and not vague and not one_more:
            qualifier = after[1]
            q_end = end + after[0]
        alt = None
        second = _range_end(toks, k, end, lex) if value is not None and not vague else None
        if second is not None:
            other, stop, kind = second
            if kind == "correction":  # "from nine to 14": the later figure, the earlier one kept
                assert value is not None  # (a range is read only after a number)
                alt, value, k = int(value), other, end + 1
                end, q_start = stop, end + 1
            else:  # "between 10 and 15", "10 to 15": the lower figure, about, the upper kept
                alt, qualifier = other, "about"
                q_start = k - 1 if k > 0 and toks[k - 1].lower == "between" else q_start
                end = stop
            q_end = stop
        out.append(Quantity(toks[k].i, toks[end - 1].i + 1, value if not vague else None,
                            qualifier, vague, toks[q_start].i, toks[q_end - 1].i + 1, sent.idx, alt))
        k = max(end, q_end)
    return out


@cache
def _person_nouns() -> frozenset[str]:
    return frozenset(load("persons")["person"])


def _one_more(toks: list[Token], k: int, out: list[Quantity]) -> bool:
    """ "two soldiers and a civilian": "a" after "and", a counted phrase just before it and a person
    after it (at most one word between) is a count of one."""
    if k < 2 or toks[k - 1].lower != "and" or not out or out[-1].value is None:
        return False
    if not 0 <= toks[k - 1].i - out[-1].end <= 2:
        return False
    first = next((j for j in range(k - 1, -1, -1) if toks[j].i == out[-1].start), 0)
    if any(t.lower in {"including", "includes", "include", "among"} for t in toks[max(0, first - 2) : first]):
        return False  # "11, including 5 children and a woman": the parts of a toll, not more dead
    return any(t.lower in _person_nouns() for t in toks[k + 1 : k + 3])


def _range_end(toks: list[Token], k: int, end: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "between 10 and 15", "10 to 15", "10-15", "from nine to 14": the second figure and its end."""
    if end + 1 >= len(toks) or toks[end].lower not in {"and", "to", "-", "–"}:
        return None
    prev = toks[k - 1].lower if k > 0 else ""
    if toks[end].lower == "and" and prev != "between":
        return None
    j = end + 1
    digits = _parse_digits(toks[j].text) if toks[j].text[:1].isdigit() else None
    if isinstance(digits, int):
        other, stop = digits, j + 1
    else:
        parsed = _words_value(toks, j, lex)
        if not parsed:
            return None
        other, stop = parsed[0], j + parsed[1]
    kind = "correction" if prev == "from" and toks[end].lower == "to" else "range"
    return other, stop, kind


def _is_count(toks: list[Token], k: int, end: int, value: float) -> bool:
    """Reject numbers that are dates, times, ages, ordinals or percentages."""
    prev = toks[k - 1].lower if k > 0 else ""
    nxt = toks[end].lower if end < len(toks) else ""
    nxt2 = toks[end + 1].lower if end + 1 < len(toks) else ""
    if prev.rstrip(".") in MONTHS or nxt in MONTHS or (nxt == "of" and nxt2 in MONTHS):
        return False
    if prev in {"-", "–", "and", "to"} and k >= 3 and toks[k - 2].text.isdigit() and \
            toks[k - 3].lower.rstrip(".") in MONTHS:
        return False  # "on September 12-13", "between Dec. 11 and 13": the second day of two
    if nxt in {"-", "–"} and nxt2.isdigit() and end + 2 < len(toks) and toks[end + 2].lower in MONTHS:
        return False  # "12-13 September": the first
    if nxt == ":" and nxt2[:1].isdigit():
        return False  # "1:20 a.m."
    if (nxt in _NOT_AFTER and nxt != ":") or (nxt == "-" and nxt2.startswith("year")):
        return False
    if isinstance(value, float) and nxt != "%":
        return False
    if isinstance(value, int) and 1900 <= value <= 2100 and "," not in toks[k].text and (
        prev in _YEAR_CONTEXT or prev in MONTHS or nxt in {",", ".", ")", "and", "until", "-"} or not nxt
    ):
        return False
    if prev in _numbered_units() and k > 0 and toks[k - 1].text[:1].isupper():
        return False  # "Ward 7 administrator", "Block 3", "Sector 12": a numbered unit's name
    if _listed_age(toks, k):
        return False
    return prev not in {"resolution", "no.", "number", "$", "usd", "article", "page", "#", "aged", "age"}


_AGES = frozenset({"aged", "age", "ages"})


def _listed_age(toks: list[Token], k: int) -> bool:
    """ "a brother and sister aged 8 and 11", "aged between 16 and 19": the later numbers are ages too."""
    if k >= 2 and toks[k - 1].lower in {"between", "from"} and toks[k - 2].lower in _AGES:
        return True
    j = k - 1
    lex = lexicon()
    while j >= 1 and toks[j].lower in {"and", ",", "to", "or", "-"} and (
            toks[j - 1].text.isdigit() or toks[j - 1].lower in lex.units or toks[j - 1].lower in lex.tens):
        j -= 2  # ("aged between nine and 13")
    if j == k - 1 or j < 0:
        return False
    return toks[j].lower in _AGES or (toks[j].lower == "between" and j > 0 and toks[j - 1].lower in _AGES)


_NUMBERED_UNITS = frozenset({"ward", "block", "sector", "zone", "phase", "unit", "route", "camp", "gate", "wing",
                             "division", "brigade", "battalion", "regiment", "precinct", "district", "quarter",
                             # "a Grade 11 student", "Class 10 pupils", "Form 4 girls"
                             "grade", "class", "form", "standard"})


@cache
def _numbered_units() -> frozenset[str]:
    """The words above and the numbered quarters of data/places/not_places.toml ("Purok 2", "Barangay 160")."""
    return _NUMBERED_UNITS | {w.lower() for w in load("places/not_places")["numbered"]}
