"""Sides: who the counted people were, and who killed, injured or took them.

Victims come from the counted phrase first (a named group beats its sponsor), then
from the sentence and the total the count belongs to; perpetrators from the actors a
sentence presents as doing the harm, then from follow-up sentences, totals, list
headers, the two sides of a fight and the report's dominant attacker.
"""

from __future__ import annotations

from collections import Counter

from tolltrack.extract.count_phrases import _ATTACK_WORDS, _is_number
from tolltrack.extract.mentions import status_lexicon
from tolltrack.extract.sites import is_site_word
from tolltrack.extract.state import DocState, Mention, Sentence, Span, Token
from tolltrack.model import Actor, Casualty

GENERIC = {"people", "persons", "person", "individuals", "individual", "victims", "fatalities", "deaths", "lives",
           "dead", "casualties", "bodies", "corpses", "martyrs", "injured", "wounded", "others", "them"}
FIGHTERS = {"members", "member", "fighters", "fighter", "combatants", "combatant", "militiamen",
            "militiaman", "militants", "militant", "elements", "gunmen", "commanders", "commander",
            "leaders", "leader", "men", "man", "guards", "escorts", "recruits", "militias", "militia",
            "insurgents", "jihadists", "operatives", "cadres", "suspects", "mercenaries", "nationals"}
# nouns for the enemy in a side's own account: their side is the other side of the fight
HOSTILE = {"attackers", "assailants", "terrorists", "raiders", "khawarij", "extremists", "insurgents", "militants",
           "jihadists", "gunmen"}
SIDE_NAMES = {
    "GOV": "Government forces", "ISIS": "Islamic State", "HTS": "Hayat Tahrir al-Sham",
    "JIH": "Jihadist group", "OPP": "Opposition factions", "SDF": "Syrian Democratic Forces",
    "RUS": "Russian forces", "IRN": "Iranian-backed militias", "TUR": "Turkish forces",
    "COAL": "International Coalition", "ISR": "Israeli forces", "FOR": "Foreign forces",
    "CIV": "Civilians", "MIX": "Mixed", "UNK": "Unknown",
}
_AGENT_VERBS = {"killed", "kills", "kill", "killing", "attacked", "attack", "attacks", "targeted",
                "targets", "target", "launched", "carried", "shot", "fired", "bombed", "shelled",
                "struck", "stormed", "ambushed", "kidnapped", "abducted", "arrested", "captured",
                "executed", "detonated", "seized", "responsible", "accountable", "launching", "targeting",
                "claimed", "claims", "claim",  # "TTP claims attack", "IS claimed responsibility"
                "beheaded", "massacred", "slaughtered", "murdered", "assassinated", "hacked", "gunned", "raided",
                "torched", "burned", "lobbed", "hurled", "overran", "kidnap", "abduct", "behead"}
_PASSIVE = {"were", "was", "been", "being", "be", "is", "are"}
_SPEECH = {"said", "says", "say", "told", "reported", "announced", "stated", "confirmed", "added",
           "called", "described", "termed", "dubbed", "condemned", "condemns", "denounced", "deplored"}
# ("in what police called the first attack", "the mission condemned the killing of two of its soldiers")
def _self_report(toks: list[Token], k: int) -> bool:
    """ "the Counter-Terrorism Service said it had arrested 14": the speaker did it."""
    after = [t.lower for t in toks[k + 1 : k + 3]]
    return bool(after) and (after[0] in {"it", "they", "its", "their"} or after[:2] in (["that", "it"],
                                                                                       ["that", "they"]))


_AGENT_NOUNS = {"drone", "drones", "warplanes", "jets", "rocket", "rockets", "missile", "missiles", "cells",
                "air", "gunmen", "insurgents", "militants", "fighters", "helicopters", "aircraft",
                "artillery", "forces", "bombardment", "shelling", "sniper", "snipers", "strikes",
                "operations", "operation", "ambush", "ambushes", "raids", "offensive"}
_CLASH = {"clashes", "clash", "fighting", "battles", "battle", "confrontations", "clashed", "gunfight", "gunfights",
          "firefight", "firefights", "shootout", "encounter", "skirmish", "skirmishes", "exchange"}
EVENT_NOUNS = {"attack", "strike", "incident", "explosion", "blast", "ambush", "raid", "bombing", "shelling",
                "assault", "targeting"}
FOLLOW_UP = {"all", "they", "those", "these", "both"}
_UNKNOWN_AGENT = {"unidentified", "unknown"}


def _speaks(state: DocState, s: Span) -> bool:
    """ "The army said 12 fighters were killed": who speaks, not whose the fighters were."""
    return s.end < len(state.tokens) and state.tokens[s.end].lower in _SPEECH


_FINDS = {"found", "find", "finds", "discovered", "discover", "recovered", "retrieved", "exhumed", "identified",
          "investigating", "investigated", "investigate", "investigates", "probing", "examined"}


def _finds(state: DocState, s: Span) -> bool:
    """ "Police found the bodies of four men": who found or looks into the dead, not whose they were."""
    after = [t.lower for t in state.tokens[s.end : s.end + 2]]
    if not after:
        return False
    if after[0] in {"are", "is", "were", "was", "have", "has", "had"}:
        after = after[1:]  # "police are investigating"
    return bool(after) and after[0] in _FINDS


def _spans_in(spans: list[Span], start: int, end: int) -> list[Span]:
    return [s for s in spans if s.start < end and s.end > start]


def two_sides(state: DocState) -> list[str]:
    """The two armed sides a report is mostly about, most mentioned first."""
    counts: Counter[str] = Counter()
    for s in state.actors:
        if s.label not in {"CIV"} and not s.weak:
            weight = 2 if state.sents[s.sent].title else 1
            counts[s.label] += weight
    return [side for side, _ in counts.most_common(2)]


def opponent(side: str | None, dyad: list[str]) -> str | None:
    if side and len(dyad) == 2 and side in dyad:
        return dyad[1] if dyad[0] == side else dyad[0]
    return None


def _mixed_apposition(state: DocState, m: Mention) -> bool:
    """ "130 others, civilians and combatants, sustained injuries": the apposition says MIX."""
    toks = state.tokens
    j = m.np_end
    if j >= len(toks) or toks[j].text != ",":
        return False
    words = [t.lower for t in toks[j + 1 : j + 5]]
    return "and" in words and bool({"civilians", "civilian"} & set(words)) and bool(
        {"combatants", "fighters", "soldiers", "militants", "members"} & set(words))


def label_agent(state: DocState, sent: Sentence, m: Mention, parent: Casualty | None) -> str | None:
    """ "Civilians killed, by perpetrator: • Russian aircraft: 12": the label names who did it."""
    if m.label is None or parent is None or parent.victim.side in {"GENERIC"}:
        return None
    labelled = [a for a in state.in_sent("actors", sent.idx) if a.end <= m.q.q_start and a.label != "CIV"]
    if labelled and labelled[0].label != parent.victim.side:
        return labelled[0].label
    return None


def _of_mission(state: DocState, sent: Sentence, m: Mention) -> bool:
    """ "a Nigerian UNAMID soldier", "four soldiers of the African Union mission": a peace force's men, whatever
    country sent them."""
    toks = state.tokens
    for s in _spans_in(state.in_sent("actors", sent.idx), m.q.end, min(sent.last + 1, m.np_end + 6)):
        if s.label == "FOR" and (s.start < m.np_end or all(t.lower in {"of", "the", "with", "serving", "an", "a"}
                                                           for t in toks[m.np_end : s.start])):
            return True
    if {t.lower for t in toks[m.q.end : m.np_end]} & {"its", "their"}:  # "the UN-AU mission ... two of its soldiers"
        before = [s for s in state.in_sent("actors", sent.idx) if s.end <= m.q.q_start and s.label != "CIV"
                  and not s.weak]
        return bool(before) and before[-1].label == "FOR"
    return False


def victim_side(state: DocState, sent: Sentence, m: Mention, parent: Casualty | None) -> str | None:
    lex = status_lexicon()
    if m.label is not None and parent is not None and m.subset_of is not None and (
            m.head is None or m.head in GENERIC) and parent.victim.side not in {"GENERIC"}:
        return parent.victim.side  # a labelled part of a total: the total's victims
    np = _spans_in(state.in_sent("actors", sent.idx), m.q.end, m.np_end)
    if sent.bullet and not sent.title and not [s for s in np if not s.weak]:  # (not "Iraqi army: 4 troops ...")
        end = sent.last + 1
        for j in range(m.np_end, sent.last + 1):
            # (not past what happened to them: "Yemen: 10 soldiers killed in Houthi missile strike")
            if state.tokens[j].lower in {"including", "among", "of", "killed", "dead", "died", "wounded", "injured",
                                         "in", "by", "when", "after"} and j > m.q.end:
                end = j
                break
        np = _spans_in(state.in_sent("actors", sent.idx), m.q.end, end)
        np = [s for s in np if not _after_by(state, s)]
    if m.link == "toll" and m.head is None:
        # "the death toll of the army and its allied militias rose to 64"
        toll_at = next((j for j in range(m.q.q_start - 1, sent.first - 1, -1)
                        if state.tokens[j].lower in {"toll", "fatalities", "deaths", "casualties", "dead"}), None)
        if toll_at is not None:
            agents = {pos for _, pos, _ in _agents(state, sent.idx)}
            np = [s for s in _spans_in(state.in_sent("actors", sent.idx), toll_at, m.q.q_start)
                  if s.start not in agents and not _after_by(state, s)]
    soldiers = m.head in {"soldiers", "soldier", "troops", "officers", "officer", "personnel", "servicemen"}
    if soldiers and _of_mission(state, sent, m):
        return "FOR"
    strong = [s for s in np if not s.weak]
    if soldiers and not strong:
        # "two Russian soldiers", "Turkish troops": a foreign state's forces
        foreign = [s for s in np if s.weak and s.label not in {"GOV", "CIV"}
                   and not str(s.extra.get("alias", "")).endswith("-backed")]
        return foreign[0].label if foreign else "GOV"
    default = lex.persons.get(m.head or "", "")
    # "five DRG jawans and their civilian driver": a side named after the head, past "and", is another
    # noun's; the head's own side stands
    head_at = next((j for j in range(m.q.end, m.np_end) if state.tokens[j].lower == m.head), None)
    if default and head_at is not None and strong and all(
            s.start > head_at and any(t.lower == "and" for t in state.tokens[head_at:s.start]) for s in strong):
        return default
    if strong:
        return strong[0].label
    if default:
        return default
    if np:
        return np[0].label
    toks = state.tokens
    prev_word = toks[m.q.q_start - 1].lower if m.q.q_start > 0 else ""
    if m.head in {"others", "other"} or prev_word in {"other", "another"} or (
        m.q.end < len(toks) and toks[m.q.end].lower == "other"
    ):
        siblings = [x for x in state.in_sent("mentions", m.q.sent - 1) + state.in_sent("mentions", m.q.sent)
                    if x.q.start < m.q.start and x.victim_side not in (None, "GENERIC")]
        if siblings:
            return siblings[-1].victim_side
    np_words = {t.lower for t in toks[m.q.end : m.np_end]}
    if np_words & _UNKNOWN_AGENT:
        return "UNK"
    if m.head in HOSTILE and not np:
        return "HOSTILE"
    after = " ".join(t.lower for t in state.tokens[m.np_end : m.np_end + 5])
    if any(p in after for p in ("on both sides", "from both sides", "among both parties", "among both sides",
                                 "of both sides", "on both parts")):
        return "MIX"  # "left 9 dead on both sides"
    if _mixed_apposition(state, m):
        return "MIX"
    if m.head in FIGHTERS or m.head == "them" or prev_word in {"their", "its"}:
        # "two of their members", "ISIS lost two members": the group the sentence is about
        agents = {pos for pri, pos, _ in _agents(state, m.q.sent) if pri >= 3}
        owned = bool(({prev_word} | np_words) & {"their", "its"})
        # (not who speaks, but "Hezbollah said three of its fighters"; nor who found the dead)
        before = [s for s in state.in_sent("actors", m.q.sent) if s.end <= m.q.q_start
                  and s.label != "CIV" and not s.weak and s.start not in agents
                  and not (_speaks(state, s) and not owned) and not _finds(state, s)]
        if before:
            return before[-1].label
        if m.head == "them" and not owned:
            # "militia ambushed insurgents, killing three of them", "gunmen attacked villagers, killing
            # five of them": the people the clause acted on, named by a noun and not by an actor (never the
            # sentence's first word, the subject that acted: "Insurgents attacked the village, killing ...")
            for j in range(m.q.q_start - 1, sent.first, -1):
                w = toks[j].lower
                if w in HOSTILE:
                    return "HOSTILE"
                if lex.persons.get(w):
                    return lex.persons[w]
        stop = next((j for j in range(m.np_end, sent.last + 1)
                     if state.tokens[j].lower in {"including", "among", ";"}), sent.last + 1)
        # (nor the side fought: "two men were killed in a shootout with police")
        fought = {pos for pri, pos, _ in _agents(state, m.q.sent) if pri == 2}
        later = [s for s in state.in_sent("actors", m.q.sent) if m.np_end <= s.start < stop
                 and s.label != "CIV" and not s.weak and s.start not in agents | fought and not _after_by(state, s)
                 and not _speaks(state, s)]  # ("police said")
        if later and m.head in FIGHTERS:
            return later[0].label
        if parent is not None and parent.victim.side not in {"MIX", "UNK", "GENERIC"} and m.subset_of is not None:
            return parent.victim.side
        return None
    if (m.head is None or m.head in {"wounded", "injured", "dead"}) and (m.link == "coord" or prev_word == "and"):
        # "nine soldiers were killed and 14 wounded": the elided noun is the sibling's
        siblings = [x for x in state.in_sent("mentions", m.q.sent) if x.q.start < m.q.start
                    and x.victim_side not in (None, "GENERIC")]
        if siblings:
            return siblings[-1].victim_side
    if m.head in GENERIC or m.head is None:
        if parent is not None and m.subset_of is not None and parent.victim.side != "GENERIC" and (
            parent.victim.side != "MIX" or m.q.sent != state.mentions[m.subset_of].q.sent
        ):
            return parent.victim.side
        return "GENERIC"
    return None


def sibling_side(state: DocState, m: Mention, dyad: list[str]) -> str | None:
    """Unnamed fighters listed beside one side of a two-sided fight are the other side's."""
    if m.subset_of is None or len(dyad) < 2:
        return None
    sides = {x.victim_side for x in state.mentions if x.subset_of == m.subset_of and x is not m}
    named = sides & set(dyad)
    if len(named) == 1:
        return opponent(named.pop(), dyad)
    return None


def _after_by(state: DocState, span: Span) -> bool:
    """Is this actor the agent of a "by ..." phrase?"""
    toks = state.tokens
    for j in range(span.start - 1, max(-1, span.start - 8), -1):
        w = toks[j].lower
        if w == "by":
            return True
        if w in {",", ";", ".", "were", "was", "killed", "which", "who", "while"}:
            return False
    return False


def victim_name(state: DocState, m: Mention, side: str) -> str:
    np = _spans_in(state.in_sent("actors", m.q.sent), m.q.end, m.np_end)
    for s in np:
        if s.label == side:
            return s.name
    return SIDE_NAMES.get(side, side)


def _agents(state: DocState, sent_idx: int) -> list[tuple[int, int, str]]:
    """Actors a sentence presents as doing the harm: (priority, token position, side).

    4: "by X", "at the hands of X"; 3: "X attack(s)/drone/warplanes", "X killed ..."
    before the count; 2: "in clashes with X". Actors inside a counted noun phrase are
    victims, not agents.
    """
    toks = state.tokens
    sent = state.sents[sent_idx]
    words = {t.lower for t in sent.tokens}
    cached = state.cache.setdefault("agents", {}).get(sent_idx)
    if cached is not None:
        return cached
    victim_ranges = [(m.q.q_start, m.np_end) for m in state.in_sent("mentions", sent_idx)]
    out: list[tuple[int, int, str]] = []
    for s in state.in_sent("actors", sent_idx):
        if s.label == "CIV":
            continue
        if any(a <= s.start < b for a, b in victim_ranges):
            continue
        if s.start > 0 and toks[s.start - 1].lower in {"including", "among", "carrying", "transporting"}:
            continue  # "20 killed, including VDP auxiliaries": among the dead; "a vehicle carrying Taliban fighters"
        if _names_a_site(toks, s) and any(t.lower in _AT for t in toks[max(0, s.start - 5) : s.start]):
            continue  # "a bomb at a police station kills four", "at the police cadet school": what was hit
        if str(s.extra.get("alias", "")).endswith("-backed") and any(
                o.start in (s.end, s.end + 1) for o in state.in_sent("actors", sent_idx) if o is not s):
            continue  # "the Iranian-backed Houthi militia": the Houthis did it
        if s.end < len(toks) and toks[s.end].lower in {"border", "borders", "frontier"} or \
                s.end + 1 < len(toks) and toks[s.end].text == "-" and toks[s.end + 1].lower in {"border", "frontier"}:
            continue  # "on the Syrian-Turkish border": a border, not the side that did it
        if s.end + 1 < len(toks) and toks[s.end].text == "-" and \
                toks[s.end + 1].lower in {"held", "controlled", "run", "occupied", "dominated"}:
            continue  # "in SDF-held Deir ez-Zor countryside": who holds the place, not who did it
        if any(t.lower in _BLAME for t in toks[s.end : min(len(toks), s.end + 2)]):
            continue  # "the government blamed the ELN": who blames did nothing
        pri = 0
        if _after_by(state, s) or s.start >= 3 and [t.lower for t in toks[s.start - 3 : s.start]] in (
                ["at", "the", "hands"], ["the", "hands", "of"]) or \
                any(t.lower in _BLAME for t in toks[max(0, s.start - 2) : s.start]):
            pri = 4  # ("blamed the ELN for the bombing": who is blamed did it, as far as the report says)
        elif (s.end < len(toks) and toks[s.end].lower in _ATTACK_WORDS | _AGENT_NOUNS) or (
                toks[s.end - 1].lower in _ATTACK_WORDS | _AGENT_NOUNS - {"forces"} and s.end - s.start > 1):
            pri = 3  # "ISIS attack", "Turkish drone", "Russian air strikes"
        elif any(toks[j].lower in _AGENT_VERBS
                 and not any((toks[k].lower in _SPEECH and not _self_report(toks, k)) or _is_number(toks[k])
                             for k in range(s.end, j))
                 and not (toks[j - 1].lower in _PASSIVE and any(toks[k].text == "," for k in range(s.end, j)))
                 for j in range(s.end, min(len(toks), s.end + 5))):
            pri = 3  # not "the army said a militia drone killed", nor "a Hezbollah member, were killed"
        elif words & _CLASH and any(toks[j].lower in {"with", "against"}
                                    for j in range(max(0, s.start - 3), s.start)):
            pri = 2
        if pri and not (s.weak and pri < 3):
            out.append((pri, s.start, s.label))
    # "US forces and the SDF arrested ...": a subject joined to an agent is an agent too
    for s in state.in_sent("actors", sent_idx):
        if s.label == "CIV" or any(a <= s.start < b for a, b in victim_ranges):
            continue
        if any(pos == s.start for _, pos, _ in out):
            continue
        j = s.end
        if j < len(toks) and toks[j].lower == "and":
            nxt = [(p, pos, side) for p, pos, side in out if pos in (j + 1, j + 2) and p == 3]
            if nxt:
                out.append((3, s.start, s.label))
    if not out:
        out.extend(_anaphoric_agents(state, sent_idx, victim_ranges))
    state.cache["agents"][sent_idx] = out
    return out


def _names_a_site(toks: list[Token], s: Span) -> bool:
    """The actor names a building after who holds it (data/sites.toml): "a police station", "an army base",
    "the police cadet school" were hit; their holders did nothing."""
    nxt = [t.lower for t in toks[s.end : s.end + 2]]
    return bool(nxt) and (is_site_word(f"{toks[s.end - 1].lower} {nxt[0]}") or any(is_site_word(w) for w in nxt)
                          or nxt[0] in _HELD)


_HELD = frozenset({"post", "posts", "position", "positions"})  # "an attack on a Peshmerga post": a post they held


_AT = {"at", "on", "near", "outside", "inside", "in", "into", "targeting", "targeted", "hit", "hits", "struck",
       "stormed", "attacked", "attack", "attacks", "raided", "targets", "target", "ambushed", "ambush", "bombed",
       "shelled", "hitting", "storms", "attacking", "raid", "raids"}
_BLAME = {"blamed", "blames", "blame", "blaming", "accused", "accuses", "accuse", "accusing", "suspect", "suspects"}
_GROUP_WORDS = {"group", "militants", "jihadists", "insurgents", "rebels", "organization", "organisation", "movement"}
_MEMBERS = {"fighters", "members", "militants", "gunmen", "cells", "forces", "men"}


def _anaphoric_agents(state: DocState, sent_idx: int,
                      victim_ranges: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """ "its fighters killed 37 soldiers", "the group's gunmen attacked": the group named before."""
    toks = state.tokens
    sent = state.sents[sent_idx]
    for t in sent.tokens:
        k = t.i
        if any(a <= k < b for a, b in victim_ranges):
            continue
        w = t.lower
        possessive = w in {"its", "their"} or (w in _GROUP_WORDS and k + 1 <= sent.last and toks[k + 1].lower == "'s")
        subject = w in _GROUP_WORDS and k > 0 and toks[k - 1].lower == "the"
        if not (possessive or subject):
            continue
        j = k + (2 if w in _GROUP_WORDS and possessive else 1)
        if possessive and not (j <= sent.last and toks[j].lower in _MEMBERS):
            continue
        if not any(toks[x].lower in _AGENT_VERBS for x in range(j, min(sent.last + 1, j + 5))):
            continue
        for prev in range(sent_idx, max(-1, sent_idx - 6), -1):
            armed = [a for a in state.in_sent("actors", prev) if a.label not in {"CIV", "GOV"} and not a.weak
                     and (prev < sent_idx or a.end <= k)]
            if armed:
                return [(3, k, armed[-1].label)]
    return []


def _pick(cands: list[tuple[int, int, str]], victim: str | None, pos: int, state: DocState,
          sent: Sentence) -> str | None:
    cands = [c for c in cands if c[2] != victim]
    if not cands:
        return None
    top = max(c[0] for c in cands)
    best = sorted((c for c in cands if c[0] == top), key=lambda c: abs(c[1] - pos))
    if top >= 3 and len({c[2] for c in best}) > 1 and _coordinated(state, sent, {c[2] for c in best}):
        return "MIX"
    return best[0][2]


def perpetrator_side(state: DocState, sent: Sentence, m: Mention, victim: str | None,
                 parent: Casualty | None, dyad: list[str]) -> str | None:
    words = {t.lower for t in sent.tokens}
    own = _agents(state, sent.idx)
    if any(w in _UNKNOWN_AGENT for w in words) and not any(c[0] >= 3 for c in own):
        return None
    side = _pick(own, victim, m.q.start, state, sent)
    if side:
        return side
    # a toll of several sides has no one perpetrator by default
    mixed = victim == "MIX" or (victim == "GENERIC" and tally_words(sent))
    nxt = sent.idx + 1
    if nxt < len(state.sents) and state.sents[nxt].para <= sent.para + 1:
        # "They were ...": the next sentence's agents are this one's; "Police blamed the ELN.": its blamed
        follow = state.sents[nxt].tokens[0].lower in {"all", "they", "these", "those", "both"}
        blames = any(t.lower in _BLAME for t in state.sents[nxt].tokens)
        side = _pick([c for c in _agents(state, nxt) if c[0] >= (3 if follow else 4)], victim, m.q.start, state,
                     sent) if follow or blames else None
        if side:
            return side
    if parent is not None and parent.perpetrator is not None and not mixed:
        if parent.perpetrator.side != victim:
            return parent.perpetrator.side
        return opponent(victim, dyad)
    if m.header_sent is not None and not mixed:
        head = [c for c in _agents(state, m.header_sent) if c[0] >= 3]
        if head:
            agent = _pick(head, None, m.q.start, state, state.sents[m.header_sent])
            return agent if agent != victim else opponent(victim, dyad)
    prev = sent.idx - 1
    anaphoric = sent.tokens[0].lower in {"these", "those", "the", "this"}
    if prev >= 0 and (state.sents[prev].para == sent.para or anaphoric) and words & (_ATTACK_WORDS | _CLASH):
        agents = [c for c in _agents(state, prev) if c[0] >= 3]
        side = _pick(agents, victim, m.q.start, state, sent)
        if side:
            return side
        definite = any(t.lower == "the" and k + 1 < len(sent.tokens) and sent.tokens[k + 1].lower in EVENT_NOUNS
                       for k, t in enumerate(sent.tokens))
        if agents and victim in {c[2] for c in agents} and (definite or words & _CLASH):
            # the attackers' own dead in that attack: killed by the side they attacked
            return opponent(victim, dyad)
    # in fighting between two sides, each side's dead fall to the other
    if victim and victim not in {"GENERIC", "CIV", "UNK", "MIX"} and words & _CLASH:
        return opponent(victim, dyad)
    # a report about one attacker's attacks: its victims are that attacker's
    main = main_agent(state)
    if main and not mixed and main != victim and not (words & _UNKNOWN_AGENT) and m.subset_of is None:
        return main
    return None


def main_agent(state: DocState) -> str | None:
    """The side a report shows doing the harm, when one side clearly dominates."""
    if "main_agent" in state.cache:
        return state.cache["main_agent"]
    counts: Counter[str] = Counter()
    for sent in state.sents:
        for pri, _, side in _agents(state, sent.idx):
            if pri >= 3:
                counts[side] += 2 if sent.title else 1
    main = None
    if counts:
        side, n = counts.most_common(1)[0]
        if n >= 3 and n >= 0.7 * sum(counts.values()):
            main = side
    state.cache["main_agent"] = main
    return main


def _coordinated(state: DocState, sent: Sentence, sides: set[str]) -> bool:
    """ "Syrian and Russian warplanes": two agents joined by "and" next to each other."""
    spans = [s for s in state.in_sent("actors", sent.idx) if s.label in sides]
    stop = {"were", "was", "killed", "while", "whereas", ";", ".", "which", "who", "after", "before"}
    for a, b in zip(spans, spans[1:], strict=False):
        between = [state.tokens[j].lower for j in range(a.end, b.start)]
        if a.label != b.label and len(between) <= 8 and "and" in between and not any(
            w in stop or w[:1].isdigit() for w in between):
            return True
    return False


def incident_words(sent: Sentence) -> bool:
    words = [t.lower for t in sent.tokens]
    return any(w in {"a", "an", "the", "this"} and k + 1 < len(words) and words[k + 1] in EVENT_NOUNS
               for k, w in enumerate(words))


def tally_words(sent: Sentence) -> bool:
    words = {t.lower for t in sent.tokens}
    return bool(words & {"attacks", "strikes", "airstrikes", "operations", "since", "total", "toll",
                         "tally", "statistics", "documented", "raids", "bombings"})


def perpetrator_from_parts(built: list[Casualty]) -> None:
    """A total with no stated perpetrator takes the one all its parts agree on."""
    for i, c in enumerate(built):
        if c.perpetrator is not None:
            continue
        perps = {k.perpetrator.side if k.perpetrator else None for k in built if k.parent == i}
        if len(perps) == 1 and None not in perps:
            side = perps.pop()
            if side and side != c.victim.side:
                c.perpetrator = Actor(side, SIDE_NAMES[side])


def generic_sides(state: DocState, built: list[Casualty]) -> None:
    """Resolve "people"/"fatalities" from what the total breaks down into."""
    children: dict[int, list[int]] = {}
    for i, c in enumerate(built):
        if c.parent is not None:
            children.setdefault(c.parent, []).append(i)
    for i, c in enumerate(built):
        if c.victim.side != "GENERIC":
            continue
        kids = [built[k] for k in children.get(i, [])]
        sides = {k.victim.side for k in kids} - {"GENERIC"}
        heads = {state.mentions[k].head for k in children.get(i, [])}
        if len(sides) >= 2 or (sides == {"CIV"} and heads & {"civilian", "civilians"}):
            side = "MIX"
        elif sides == {"CIV"}:
            side = "CIV"
        elif len(sides) == 1 and kids:
            side = sides.pop() if c.aggregate else "MIX"
        elif _all_civilian_neighbours(state, built, i):
            side = "CIV"
        elif c.aggregate:
            side = "MIX"
        else:
            words = {t.lower for t in state.sents[state.mentions[i].q.sent].tokens}
            side = "CIV" if words & {"villagers", "residents", "civilians", "homes"} else "UNK"
        c.victim = Actor(side, SIDE_NAMES[side])
    for c in built:
        if c.perpetrator is not None and c.perpetrator.side == c.victim.side:
            c.perpetrator = None
    dyad = two_sides(state)
    for i, c in enumerate(built):
        # second look, now that every sibling's side is known
        m = state.mentions[i]
        if c.victim.side == "UNK" and m.head in FIGHTERS and m.subset_of is not None:
            other = sibling_side(state, m, dyad)
            if other:
                c.victim = Actor(other, SIDE_NAMES[other])
                m.victim_side = other


def _all_civilian_neighbours(state: DocState, built: list[Casualty], i: int) -> bool:
    """ "81 civilians were killed ... and about 150 injured people": a civilian report."""
    sent = state.mentions[i].q.sent
    others = [c for k, c in enumerate(built) if k != i and state.mentions[k].q.sent == sent]
    return bool(others) and all(c.victim.side == "CIV" for c in others)
