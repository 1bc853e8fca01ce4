"""Text normalisation that keeps a map back to the original offsets.

Monitors obfuscate words ("ki*ll", "k-illed", "IS*IS") to dodge platform filters and use
typographic quotes and dashes; the rules downstream want plain forms, while evidence
offsets must point into the text as received.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# Same-length replacements: offsets do not move.
_TRANSLATE = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    "\u200b": " ", "\ufeff": " ", "\r": "\n", "\t": " ",
})
# "ki*ll", "IS*IS": an asterisk inside a word.
_STAR = re.compile(r"(?<=[A-Za-z])\*+(?=[A-Za-z])")
# "k-illed", "kidn-apped": a hyphen splitting a word, checked against a lexicon.
_SPLIT = re.compile(r"\b([A-Za-z]{1,5})-([a-z]{2,})\b")


@dataclass(frozen=True)
class Normalized:
    text: str
    offsets: list[int]  # offsets[i] = index in the original of text[i]; one extra at the end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text back to the original."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


def normalize(text: str, lexicon: Iterable[str] = ()) -> Normalized:
    text = text.translate(_TRANSLATE)
    words = {w.lower() for w in lexicon}
    drops: set[int] = set()
    for m in _STAR.finditer(text):
        drops.update(range(m.start(), m.end()))
    for m in _SPLIT.finditer(text):
        joined = (m.group(1) + m.group(2)).lower()
        if joined in words and m.group(1).lower() not in words:
            drops.add(m.start(2) - 1)
    if not drops:
        return Normalized(text, list(range(len(text) + 1)))
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if i not in drops:
            chars.append(ch)
            offsets.append(i)
    offsets.append(len(text))
    return Normalized("".join(chars), offsets)
