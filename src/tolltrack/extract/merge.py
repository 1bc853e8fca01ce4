"""In-document merging: a fact told in the headline and again in the body is one claim.

Only restatements are merged: one of the two must stand in the headline or lead
(where reports summarise), the status must agree, the victims must be compatible,
and the numbers must be equal or one a rounding of the other ("about 70" and
"at least 69"). The most precise figure is kept; the other goes to ``alt_counts``.
"""

from __future__ import annotations

from tolltrack.extract.state import DocState
from tolltrack.model import Casualty

_GENERIC_SIDES = {"MIX", "UNK"}


class InDocMerger:
    name = "merge"
    requires = ("casualties", "mentions")
    assigns = ("casualties",)

    def __call__(self, state: DocState) -> None:
        claims = state.casualties
        lead = _lead_sentences(state)
        titles = {s.idx for s in state.sents if s.title}
        sent_of = [state.mentions[i].q.sent for i in range(len(claims))]
        drop: dict[int, int] = {}  # dropped index -> kept index
        for i, a in enumerate(claims):
            if i in drop:
                continue
            for j in range(i + 1, len(claims)):
                if j in drop:
                    continue
                b = claims[j]
                if not (sent_of[i] in lead or sent_of[j] in lead) or sent_of[i] == sent_of[j]:
                    continue
                if not _same_fact(a, b):
                    continue
                keep, gone = _choose(claims, i, j, lead, sent_of, titles)
                _absorb(claims[keep], claims[gone])
                drop[gone] = keep
                if gone == i:
                    break
        # a vague amount restating a counted one ("dozens killed" / "at least 60 killed") or the same
        # vague amount ("abduct dozens" / "abducted dozens of women")
        for i, c in enumerate(claims):
            if i in drop or c.count is not None:
                continue
            for j, other in enumerate(claims):
                told = other.count is not None or other.vague == c.vague and sent_of[j] != sent_of[i]
                if j != i and j not in drop and told and other.status == c.status and (
                    other.victim.side == c.victim.side or c.victim.side in _GENERIC_SIDES
                ) and state.sents[sent_of[i]].title and other.parent is None:
                    drop[i] = j
                    break
        if not drop:
            return
        def final(k: int) -> int:
            while k in drop:
                k = drop[k]
            return k
        keep_idx = [k for k in range(len(claims)) if k not in drop]
        new_pos = {old: new for new, old in enumerate(keep_idx)}
        out: list[Casualty] = []
        for old in keep_idx:
            c = claims[old]
            if c.parent is not None:
                p = final(c.parent)
                c.parent = new_pos.get(p) if p != old else None
            out.append(c)
        state.casualties = out
        state.mentions = [state.mentions[k] for k in keep_idx]


def _lead_sentences(state: DocState) -> set[int]:
    lead = {s.idx for s in state.sents if s.title}
    body = [s for s in state.sents if not s.title and len(s.tokens) > 6]
    if body:
        lead.add(body[0].idx)
    return lead


def _same_fact(a: Casualty, b: Casualty) -> bool:
    if a.status != b.status or a.count is None or b.count is None:
        return False
    sides = {a.victim.side, b.victim.side}
    if len(sides) > 1 and not sides & _GENERIC_SIDES:
        return False
    days = [(c.period.start, c.period.end) for c in (a, b)]
    if all(s and s == e for s, e in days) and days[0] != days[1]:
        return False  # the same number on two different days is two facts
    if a.count == b.count:
        return True
    rounded = {a.qualifier, b.qualifier} & {"about", "more_than", "at_least", "up_to"}
    hi, lo = max(a.count, b.count), min(a.count, b.count)
    return bool(rounded) and hi - lo <= max(2, round(0.05 * hi))


def _choose(claims: list[Casualty], i: int, j: int, lead: set[int], sent_of: list[int],
            titles: set[int] = frozenset()) -> tuple[int, int]:  # type: ignore[assignment]
    """Keep the claim with a specific victim, the precise figure, and the body's structure;
    when the figures differ, the body's over the headline's rounded one."""
    a, b = claims[i], claims[j]
    def score(k: int, c: Casualty) -> tuple[int, int, int, int]:
        return (
            int(c.victim.side not in _GENERIC_SIDES),
            int(c.qualifier != "about"),
            int(c.parent is not None or sent_of[k] not in lead),
            int(a.count != b.count and sent_of[k] not in titles),  # "over 30" in a headline, "32" in the body
        )
    return (i, j) if score(i, a) >= score(j, b) else (j, i)


def _absorb(keep: Casualty, gone: Casualty) -> None:
    if gone.count is not None and gone.count != keep.count and gone.count not in keep.alt_counts:
        keep.alt_counts.append(gone.count)
    if keep.qualifier == "exact" and gone.qualifier != "exact" and gone.count == keep.count:
        keep.qualifier = gone.qualifier
    if keep.perpetrator is None and gone.perpetrator is not None:
        keep.perpetrator = gone.perpetrator
    names = {p.name for p in keep.places}
    keep.places.extend(p for p in gone.places if p.name not in names)
    if keep.period.start is None and gone.period.start is not None:
        keep.period = gone.period
    if keep.reported_by is None:
        keep.reported_by = gone.reported_by


def inherit_perpetrators(claims: list[Casualty]) -> None:
    """Parts with no perpetrator of their own take their total's, unless they are its side."""
    for c in claims:
        if c.perpetrator is None and c.parent is not None and c.parent < len(claims):
            perp = claims[c.parent].perpetrator
            if perp is not None and perp.side != c.victim.side and c.victim.side not in _GENERIC_SIDES:
                c.perpetrator = perp


class TallyLinker:
    """Link incidents to the summary that adds them up.

    A headline or lead that says "9 killed in two separate attacks" is followed by
    the attacks one by one (4, then 5): when later top-level counts of the same
    status add up exactly to a lead count, they are its parts, and take its period
    and perpetrator where they state none of their own.
    """

    name = "tallies"
    requires = ("casualties", "mentions")
    assigns = ("casualties",)

    def __call__(self, state: DocState) -> None:
        claims = state.casualties
        sent_of = [m.q.sent for m in state.mentions]
        lead = _lead_sentences(state)
        for p, total in enumerate(claims):
            if total.count is None or total.parent is not None or sent_of[p] not in lead:
                continue
            cands = [
                i for i in range(p + 1, len(claims))
                if claims[i].parent in (None, p) and claims[i].status == total.status
                and claims[i].count is not None and 0 < (claims[i].count or 0) < total.count
                and sent_of[i] not in lead and _compatible(total, claims[i])
            ]
            parts = [i for i in _summing_run(claims, cands, total.count) if claims[i].parent is None]
            for i in parts:
                child = claims[i]
                child.parent = p
                if not state.mentions[i].own_time and total.period.start:
                    child.period = total.period
                if child.perpetrator is None and total.perpetrator is not None:
                    child.perpetrator = total.perpetrator
            if parts and total.perpetrator is None:
                perps = {p.side for p in (claims[i].perpetrator for i in parts) if p is not None}
                if len(perps) == 1 and all(claims[i].perpetrator for i in parts):
                    total.perpetrator = claims[parts[0]].perpetrator
        inherit_perpetrators(claims)


def _compatible(total: Casualty, part: Casualty) -> bool:
    return total.victim.side in _GENERIC_SIDES or total.victim.side == part.victim.side


def _summing_run(claims: list[Casualty], cands: list[int], target: int) -> list[int]:
    """The first run of two or more consecutive candidates whose counts add up to target."""
    for a in range(len(cands)):
        acc = 0
        for b in range(a, len(cands)):
            acc += claims[cands[b]].count or 0
            if acc == target and b > a:
                return cands[a : b + 1]
            if acc > target:
                break
    return []
