"""The working state a document accumulates as it passes through the pipeline.

Each component reads some attributes and fills others (its ``requires`` and
``assigns``); keeping them on one object makes that contract checkable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tolltrack.model import Casualty, Control, Document

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from tolltrack.extract.normalize import Normalized


@dataclass(slots=True)
class Token:
    i: int  # index in the document
    text: str
    lower: str
    start: int  # char offsets in the normalised text
    end: int
    space: bool  # whitespace follows


@dataclass
class Sentence:
    idx: int
    start: int
    end: int
    tokens: list[Token]
    para: int  # paragraph (block between line breaks)
    bullet: bool = False  # starts with a list marker
    header: bool = False  # introduces a list ("as follows:", ends with a colon)
    title: bool = False  # headline or title line

    @property
    def first(self) -> int:
        return self.tokens[0].i

    @property
    def last(self) -> int:
        return self.tokens[-1].i


@dataclass
class Quantity:
    start: int  # token index, first token of the number (qualifier excluded)
    end: int  # token index after the number
    value: int | float | None
    qualifier: str
    vague: str | None
    q_start: int  # token index where a leading qualifier starts
    q_end: int  # token index after a trailing qualifier
    sent: int
    alt: int | None = None  # the other end of a range ("between 10 and 15") or a corrected figure


@dataclass
class Span:
    """A tagged stretch of tokens: an actor, a place, a reporter, a time expression."""

    start: int
    end: int
    label: str  # side code, place key, reporter name, ...
    name: str
    sent: int
    weak: bool = False
    extra: dict[str, object] = field(default_factory=dict)


@dataclass
class TimeExpr:
    start: int  # char offsets in the normalised text
    end: int
    sent: int
    period_start: dt.date | None
    period_end: dt.date | None
    kind: str  # since, between, month, day, relative, same_period, within (one unsaid day of a span)
    span_days: int | None = None


@dataclass
class Mention:
    """A number that counts people with something that happened to them."""

    q: Quantity
    status: str
    np_end: int  # token index after the counted noun phrase
    head: str | None  # the person noun counted ("civilians"), if any
    victim_side: str | None
    victim_name: str | None
    link: str  # how the status was found: before, after, toll, noun, inherit
    subset_of: int | None = None  # index of the mention this one is a part of
    list_item: bool = False
    header_sent: int | None = None  # the sentence that introduced the list this item is in
    own_time: bool = False  # the claim's period came from its own sentence
    label: str | None = None  # "Russian aircraft: 12": the label a listed count stands under
    evidence: tuple[int, int] = (0, 0)


@dataclass
class DocState:
    doc: Document
    norm: Normalized | None = None
    spacy_doc: Doc | None = None
    tokens: list[Token] = field(default_factory=list)
    spacy_index: dict[int, int] = field(default_factory=dict)  # spaCy token i -> tokens index
    sents: list[Sentence] = field(default_factory=list)
    published: dt.date | None = None
    published_source: str | None = None
    quantities: list[Quantity] = field(default_factory=list)
    actors: list[Span] = field(default_factory=list)
    reporters: list[Span] = field(default_factory=list)
    places: list[Span] = field(default_factory=list)
    unresolved_places: list[Span] = field(default_factory=list)  # place names no gazetteer knows
    country: str | None = None  # the country the report is about, as the place stage decided
    times: list[TimeExpr] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    casualties: list[Casualty] = field(default_factory=list)
    incidents: list[Casualty] = field(default_factory=list)  # told without a count
    control: list[Control] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def in_sent(self, kind: str, sent: int) -> list[Any]:
        """Items of a kind ("actors", "places", "times", "mentions") in one sentence, indexed once."""
        items = getattr(self, kind)
        hit = self.cache.get("in_sent:" + kind)
        if hit is None or hit[0] != len(items):
            index: dict[int, list[Any]] = {}
            for x in items:
                index.setdefault(x.q.sent if kind == "mentions" else x.sent, []).append(x)
            hit = (len(items), index)
            self.cache["in_sent:" + kind] = hit
        return hit[1].get(sent, [])

    @property
    def text(self) -> str:
        assert self.norm is not None
        return self.norm.text

    def sent_of(self, tok: int) -> Sentence:
        lo, hi = 0, len(self.sents) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sents[mid].first <= tok:
                lo = mid
            else:
                hi = mid - 1
        return self.sents[lo]

    def span_text(self, start: int, end: int) -> str:
        return self.text[self.tokens[start].start : self.tokens[end - 1].end]
