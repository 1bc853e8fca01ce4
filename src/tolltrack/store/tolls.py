"""Do two reports' tolls tell one incident or two?

Cross-source merging (``store/resolve.py``) weighs tolls as evidence: close tolls agree (large
ones more), a later or revised count may be larger, and tolls too far apart tell two incidents.
Kept apart from places and sides so that each stays readable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tolltrack.store.wording import TOLL_UPDATE, _roles, fighters

if TYPE_CHECKING:
    from tolltrack.store.resolve import Features

BIG_TOLL = 20  # tolls this large and close are themselves evidence of one incident
MASS_TOLL = 50  # and these, very close, nearly enough on their own
VAGUE_SIDES = frozenset({"UNK", "MIX"})  # sides that say nothing about who the victims or perpetrators were
PLACE_BONUS = 3.0  # a place score from which one place stands for one agreement of reports with no toll


def _counts_agree(a: Features, b: Features) -> int:
    """How much close tolls say: 1 for two tolls of six or more within a quarter ("at least 11" / 13),
    2 for two of twenty or more within 30% (a massacre of 134 and one of 160 on one day, in one
    country, are one massacre far more often than two), 3 for two of fifty or more within 20%;
    1 for the same small count exactly ("two rangers" / "2 rangers"); 0 otherwise."""
    if a.toll is None or b.toll is None or not _same_status(a, b):
        return 0
    if max(a.toll, b.toll) < 6:
        # "two rangers" / "2 rangers": the same small count, exactly; "the driver killed and four
        # passengers wounded" / "driver shot dead, four hurt": one dead and the same wounded
        return int(a.toll == b.toll >= 2 or a.toll == b.toll and a.wounded == b.wounded and (a.wounded or 0) >= 2)
    low, high = sorted((a.toll, b.toll))
    if low >= MASS_TOLL and high - low <= 0.2 * high:
        return 3  # "at least 89" / "at least 80": mass-casualty attacks are rare on any one day
    if low >= BIG_TOLL and high - low <= 0.3 * high:
        return 2
    return int(high - low <= max(2, 0.25 * high))


def _same_status(a: Features, b: Features) -> bool:
    """The same fate: killed and killed, or taken and still missing ("four labourers still missing" /
    "abducted four workers")."""
    return a.toll_status == b.toll_status or {a.toll_status, b.toll_status} == {"captured", "missing"}


def _update_agrees(a: Features, b: Features) -> int:
    """1 when one report raises a toll ("the toll rose to 32") to at least the other's count (28):
    a later count of the same dead, as close as two equal tolls would be."""
    if a.toll is None or b.toll is None or min(a.toll, b.toll) < 6 or a.toll_status != b.toll_status:
        return 0
    return int(any(TOLL_UPDATE.search(x.text) and x.toll >= y.toll  # type: ignore[operator]
                   for x, y in ((a, b), (b, a))))


def _toll_grew(a: Features, b: Features) -> int:
    """1 when a report published later gives a toll of twenty or more, at least the earlier one's (20
    on the day, 115 three days later): a massacre's toll grows as bodies are found. It agrees, but is
    not telling on its own: any two large attacks of a week would look so."""
    if a.toll is None or b.toll is None or min(a.toll, b.toll) < 6 or a.toll_status != b.toll_status:
        return 0
    (later, high), (earlier, low) = sorted([(a, a.toll), (b, b.toll)], key=lambda x: x[0].published or "",
                                           reverse=True)
    return int(bool(earlier.published) and later.published != earlier.published and high >= max(BIG_TOLL, low))


def nearest_tolls(a: Features, b: Features) -> tuple[int, int]:
    """The two reports' closest figures, each report's toll or one its sources disputed it with."""
    assert a.toll is not None and b.toll is not None
    shared = (a.side_tolls.keys() & b.side_tolls.keys()) - VAGUE_SIDES
    pairs = [(x, y) for x in a.alt_tolls | {a.toll} for y in b.alt_tolls | {b.toll}]
    pairs += [(a.side_tolls[s], b.side_tolls[s]) for s in shared]  # "four policemen" / "16 people and four officers"
    return max(pairs,
               key=lambda xy: (min(xy) / max(xy) if max(xy) else 1.0, xy == (a.toll, b.toll)))


def _counts_clash(a: Features, b: Features) -> bool:
    """Tolls too far apart for one incident told twice (6 and 2, 30 and 12)."""
    if a.toll is None or b.toll is None or a.toll_status != b.toll_status:
        return False  # one kills, the other kidnaps: not comparable
    if TOLL_UPDATE.search(a.text) or TOLL_UPDATE.search(b.text):
        return False  # "the toll rose to 93": a later count of the same dead
    sides_a, sides_b = a.side_tolls.keys() - VAGUE_SIDES, b.side_tolls.keys() - VAGUE_SIDES
    if sides_a and sides_b and not sides_a & sides_b:
        return False  # "20 militants killed" / "two soldiers killed": each counts another side's dead
    shared = (a.side_tolls.keys() & b.side_tolls.keys()) - VAGUE_SIDES
    if any(not _far_apart(a.side_tolls[x], b.side_tolls[x]) for x in shared):
        return False  # "five soldiers" / "four soldiers dead, about 20 assailants killed": the same side agrees
    if any(len(x.side_tolls) > 1 and y.toll is not None and any(_close(n, y.toll) for n in x.side_tolls.values())
           for x, y in ((a, b), (b, a))):
        return False  # "17 soldiers killed, more than 100 assailants neutralised" / "17 dead": one side's toll
    if a.alt_tolls or b.alt_tolls:
        return _far_apart(*nearest_tolls(a, b))  # "the rebels said 11, the army two" / "two soldiers"
    low, high = sorted((a.toll, b.toll))
    later, earlier = (a, b) if a.toll == high else (b, a)
    if high >= BIG_TOLL and later.published and earlier.published and later.published > earlier.published:
        return False  # 8 dead on the day, 21 once the siege ended: large tolls grow as bodies are found
    return _far_apart(low, high)


def _close(x: int, y: int) -> bool:
    """The same count, or two of six or more within a quarter."""
    return x == y or (min(x, y) >= 6 and abs(x - y) <= 0.25 * max(x, y))


def _far_apart(x: int, y: int) -> bool:
    low, high = sorted((x, y))
    return high - low >= 4 and high >= 2.5 * low


def _tolls_gainsay(a: Features, b: Features) -> bool:
    """Both give a toll, the tolls differ, and neither a close count, a later update nor an earlier floor
    explains it."""
    return None not in (a.toll, b.toll) and a.toll != b.toll and len(set(nearest_tolls(a, b))) > 1 and \
        not max(_counts_agree(a, b), _update_agrees(a, b), _floor_kept(a, b))


def _floor_kept(a: Features, b: Features) -> int:
    """1 when the earlier report gave its toll as a floor ("at least two killed") and a report published
    later counts more, though not many times more (four): a later count above the floor, not another toll."""
    if a.toll is None or b.toll is None or a.toll_status != b.toll_status:
        return 0
    (later, high), (earlier, low) = sorted([(a, a.toll), (b, b.toll)], key=lambda x: x[0].published or "",
                                           reverse=True)
    return int(earlier.toll_floor and bool(earlier.published) and later.published != earlier.published
               and low < high <= max(2 * low, low + 3))


def _enough_for_no_toll(a: Features, b: Features, where: float, agreeing: int, sided: bool) -> bool:
    """Enough agrees for a pair where one report has no toll of its own: two things for a killing, one
    for anything else. The same office of the dead counts ("an imam" / "a preacher"); so does one place
    both name, the same point ("a soldier shot dead in Buhi town" / "Soldier shot dead by rebels in
    Buhi"), when something that tells people apart agrees too (not only the kind of attack, which two
    killings in one city share) and the dead do not hold two offices ("a sarpanch" / "a shopkeeper").
    The dead's office with any place both reports share, a governorate at least, is two agreements ("a
    village headman shot dead in Panare district" / "ex-village chief gunned down in Pattani's Panare")."""
    roles_a, roles_b = _roles(a.text), _roles(b.text)
    same_office = bool(roles_a & roles_b)
    telling = sided or same_office or max(_counts_agree(a, b), _update_agrees(a, b)) > 0
    office = bool((roles_a & roles_b) - fighters())
    one_place = (where >= PLACE_BONUS and telling or where >= 1.0 and office) and \
        not (roles_a and roles_b and not same_office)
    return agreeing + same_office + one_place >= (2 if "killed" in {a.uncounted, b.uncounted} else 1)
