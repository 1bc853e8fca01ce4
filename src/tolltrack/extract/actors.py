"""Actors and reporters, matched from the registry in ``data/actors.toml``.

Matching is phrase-based (spaCy PhraseMatcher on lower-case tokens; short acronyms
on their exact upper-case form so that "IS" never matches the verb "is").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from tolltrack.data import load
from tolltrack.extract.segment import blank_english
from tolltrack.extract.state import DocState, Span

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher

# Modifiers that name a sponsor, not the group itself ("Russian-backed Liwa al-Quds").
_WEAK_SUFFIXES = ("-backed",)
_WEAK = {"russian", "iranian", "turkish", "israeli", "russia", "turkey", "israel", "iran-backed",
         "pro-iranian", "kurdish-led", "factions", "regime's", "organization's"}
# Words that refer back to ISIS in monitors' usage; kept only when ISIS is named.
_ANAPHORA = {"the organization", "the organisation", "organization's"}


@dataclass(frozen=True)
class ActorEntry:
    name: str
    side: str
    category: str
    side_after: str | None = None  # the side from `side_after_date` on (insurgents who took power)
    side_after_date: str | None = None
    country: str | None = None  # a state's or a war's own forces: named so only in that country

    def side_on(self, day: str | None) -> str:
        if self.side_after and self.side_after_date and day and day >= self.side_after_date:
            return self.side_after
        return self.side


@dataclass(frozen=True)
class Registry:
    actors: dict[str, ActorEntry]  # match key -> entry
    reporters: dict[str, str]  # match key -> reporter name
    reporter_homes: dict[str, str]  # match key -> the only country where it names that reporter ("state media")
    actor_matcher: PhraseMatcher
    acronym_matcher: PhraseMatcher
    reporter_matcher: PhraseMatcher
    homes: dict[str, str]  # actor name -> the country it is named for ("Syrian government forces": SY)


def _is_acronym(alias: str, acronyms: frozenset[str]) -> bool:
    """Acronyms match in capitals only: "IS" and "NPA" are groups, "is" and "let" are words."""
    return alias in acronyms


@cache
def registry() -> Registry:
    from spacy.matcher import PhraseMatcher

    nlp = blank_english()
    data = load("actors")
    actors: dict[str, ActorEntry] = {}
    reporters: dict[str, str] = {}
    acronyms = frozenset(data["acronyms"])
    am = PhraseMatcher(nlp.vocab, attr="LOWER")
    acr = PhraseMatcher(nlp.vocab, attr="ORTH")
    rm = PhraseMatcher(nlp.vocab, attr="LOWER")
    for entry in data["actor"]:
        e = ActorEntry(entry["name"], entry["side"], entry.get("category", ""),
                       entry.get("side_after"), entry.get("side_after_date"), entry.get("country"))
        for alias in entry["aliases"]:
            key = alias.lower()
            actors.setdefault(key, e)
            if _is_acronym(key, acronyms):
                acr.add(key, [nlp.make_doc(alias.upper())])
            else:
                am.add(key, [nlp.make_doc(alias)])
    reporter_homes: dict[str, str] = {}
    for entry in data["reporter"]:
        for alias in (*entry["aliases"], *entry.get("home_aliases", ())):
            key = alias.lower()
            reporters[key] = entry["name"]
            if alias in entry.get("home_aliases", ()):
                reporter_homes[key] = entry["home"]
            if _is_acronym(key, acronyms):
                acr.add("R:" + key, [nlp.make_doc(alias.upper())])
            else:
                rm.add(key, [nlp.make_doc(alias)])
    homes = {e.name: e.country for e in actors.values() if e.country}
    return Registry(actors, reporters, reporter_homes, am, acr, rm, homes)


def is_weak(alias: str) -> bool:
    return alias in _WEAK or alias.endswith(_WEAK_SUFFIXES)


def _in_a_name(state: DocState, first: int, sent: int) -> bool:
    """A people's word written with a capital after a capitalised word, inside a sentence: part of a name."""
    s = state.sents[sent]
    if not state.tokens[first].text[:1].isupper() or first == s.first:
        return False
    words = [t.text for t in s.tokens if t.text.isalpha() and len(t.text) > 3]
    if sum(w[0].isupper() for w in words) > len(words) / 2:
        return False  # a headline in title case: "Gunmen Kill Five Children"
    prev = state.tokens[first - 1]
    return prev.text[:1].isupper() and prev.text.isalpha() and prev.lower not in {"the", "a", "an"}


class ActorTagger:
    name = "actors"
    requires = ("spacy_doc", "sents")
    assigns = ("actors", "reporters")

    def __call__(self, state: DocState) -> None:
        from spacy.util import filter_spans

        reg = registry()
        doc = state.spacy_doc
        assert doc is not None
        vocab = doc.vocab.strings
        found = []
        for matcher in (reg.actor_matcher, reg.acronym_matcher):
            for match_id, start, end in matcher(doc):
                key = vocab[match_id]
                found.append((key, start, end))
        found = [f for f in found if not f[0].startswith("R:")]
        spans = [doc[s:e] for _, s, e in found]
        keys = {(s, e): k for k, s, e in found}
        named_isis = any(
            not k.startswith("R:") and k in reg.actors and reg.actors[k].side == "ISIS"
            and k not in _ANAPHORA for k, _, _ in found
        )
        for span in filter_spans(spans):
            key = keys[(span.start, span.end)]
            if key.startswith("R:"):
                continue
            if key in _ANAPHORA and not named_isis:
                continue
            entry = reg.actors[key]
            first = state.spacy_index.get(span.start)
            last = state.spacy_index.get(span.end - 1)
            if first is None or last is None:
                continue
            sent = state.sent_of(first).idx
            if entry.side == "CIV" and _in_a_name(state, first, sent):
                continue  # "the West Side Boys", "Mothers of the Plaza": a group's name, not civilians
            day = state.published.isoformat() if state.published else None
            state.actors.append(Span(first, last + 1, entry.side_on(day), entry.name, sent, weak=is_weak(key),
                                     extra={"alias": key, "category": entry.category}))
        rep = [(vocab[m], s, e) for m, s, e in reg.reporter_matcher(doc)]
        rep += [(vocab[m][2:], s, e) for m, s, e in reg.acronym_matcher(doc) if vocab[m].startswith("R:")]
        rkeys = {(s, e): k for k, s, e in rep}
        for span in filter_spans([doc[s:e] for _, s, e in rep]):
            key = rkeys[(span.start, span.end)]
            first = state.spacy_index.get(span.start)
            last = state.spacy_index.get(span.end - 1)
            if first is None or last is None:
                continue
            home: dict[str, object] = {"home": reg.reporter_homes[key], "alias": key} \
                if key in reg.reporter_homes else {}
            state.reporters.append(Span(first, last + 1, reg.reporters[key], reg.reporters[key],
                                        state.sent_of(first).idx, extra=home))
