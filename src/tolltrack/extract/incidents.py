"""Uncounted incidents: an attack a report tells without a count of people.

"Gunmen stormed a hotel in Mogadishu on Friday", "a police officer was killed near the
border", "Islamic State claims the campus blast": no number, so no casualty claim, yet
an event another report may count. When a document counts no people at all, each of its
first sentences that tells an incident becomes an uncounted incident (count ``None``), placed,
dated and sided like a claim, so that events can be built from it and merged. When it counts
some, its lead may still tell one person of another fate ("a policeman was killed and two
others were wounded"): that person is an incident claim too, with the count the text implies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from tolltrack.data import load
from tolltrack.extract.claims import build_claim
from tolltrack.extract.count_phrases import DIED, TYING
from tolltrack.extract.mentions import SENTENCING, status_lexicon
from tolltrack.extract.reporters import document_reporter
from tolltrack.extract.sides import FIGHTERS, SIDE_NAMES, two_sides
from tolltrack.extract.state import DocState, Mention, Quantity, Sentence, Span
from tolltrack.model import Actor, Casualty, Evidence

MAX_SENTENCES = 3  # the headline and the lead: later sentences tell background and reactions


@dataclass(frozen=True)
class Triggers:
    """Incident phrases by first word: (phrase, status, rank of the status) in the order of the file."""

    by_first: dict[str, tuple[tuple[tuple[str, ...], str, int], ...]]
    # phrases in which a trigger word tells no violence ("a general strike"): (phrase, position of the word)
    not_incident: dict[str, tuple[tuple[tuple[str, ...], int], ...]] = field(default_factory=dict)

    def ignored(self, words: list[str], k: int) -> bool:
        return any(k >= at and tuple(words[k - at : k - at + len(phrase)]) == phrase
                   for phrase, at in self.not_incident.get(words[k], ()))


@cache
def triggers() -> Triggers:
    index: dict[str, list[tuple[tuple[str, ...], str, int]]] = {}
    table_of = load("incidents")
    ignore = table_of.get("not_incident", {}).get("phrases", [])
    for rank, (status, table) in enumerate((k, v) for k, v in table_of.items() if k != "not_incident"):
        for w in table["words"]:
            phrase = tuple(w.split())
            index.setdefault(phrase[0], []).append((phrase, status, rank))
    not_incident: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for text in ignore:
        phrase = tuple(text.split())
        for at, w in enumerate(phrase):
            not_incident.setdefault(w, []).append((phrase, at))
    return Triggers({k: tuple(v) for k, v in index.items()}, {k: tuple(v) for k, v in not_incident.items()})


def find_trigger(sent: Sentence) -> tuple[int, str] | None:
    """The first token (document index) of the strongest incident word in a sentence, and its status."""
    words = [t.lower for t in sent.tokens]
    best: tuple[int, int, str] | None = None  # (rank of the status, position, status)
    for k, w in enumerate(words):
        if _denied(words, k) or triggers().ignored(words, k):
            continue
        if w == "to" and any(x in SENTENCING for x in words[max(0, k - 6) : k]):
            continue  # "sentenced three men to death": a court's sentence
        # ("targeting camps used to train the rebels who killed tourists in Afar in January": the deed of a
        # relative clause on people is another incident, told to say who they were; it ranks after the main verb's
        # (but "the firing of rockets, which hurt two people": what the incident did)
        relative = 10 * any(words[j] == "who" for j in range(max(0, k - 2), k))
        for phrase, status, rank in triggers().by_first.get(w, ()):
            if tuple(words[k : k + len(phrase)]) == phrase and (best is None or rank + relative < best[0]):
                best = (rank + relative, k, status)
    if best is not None and best[2] == "attack" and words[best[1]] in _TAKEN_PEOPLE and _people_taken(words, best[1]):
        return sent.tokens[best[1]].i, "captured"
    return (sent.tokens[best[1]].i, best[2]) if best else None


# a verb of taking towns that takes people too ("seized a police inspector", "a patrolman captured in Mainit")
_TAKEN_PEOPLE = frozenset({"seized", "captured", "seize", "seizes", "capture", "captures"})
_AFTER_PASSIVE = frozenset({"in", "by", "on", "at", "near", ",", ".", "during", "from", "after", "while", "last"})


def _people_taken(words: list[str], k: int) -> bool:
    """A person the verb of taking took: its object (a determiner, then the noun) or the noun its participle
    follows."""
    if k > 0 and _person(words, k - 1) and (k + 1 >= len(words) or words[k + 1] in _AFTER_PASSIVE):
        return True
    # a name, then who he is: "captured Ali Taziev, the insurgent leader known as Magas"
    comma = next((j for j in range(k + 2, min(len(words), k + 6)) if words[j] in _OBJECT_STOP), None)
    if comma is not None and words[comma] == "," and not any(w in _DETERMINERS for w in words[k + 1 : comma]) and \
            comma + 1 < len(words) and words[comma + 1] in {"a", "an", "the"} and \
            any(_person(words, j) for j in range(comma + 2, min(len(words), comma + 6))):
        return True
    for j in range(k + 2, min(len(words), k + 5)):
        if words[j] in _OBJECT_STOP:
            return False
        if _person(words, j) and words[k + 1] in _DETERMINERS:
            return True
    return False


def _denied(words: list[str], k: int) -> bool:
    """What nobody suffered: "causing no injuries", "without casualties", "no fighters killed", "no one
    was hurt", "no staff were hurt" (but "not only killed" is one word too far for "not")."""
    return k > 0 and words[k - 1] in {"no", "without", "not", "nobody", "none"} or \
        bool({"no", "nobody", "none"} & set(words[max(0, k - 2) : k])) or \
        words[max(0, k - 3) : k - 1] == ["no", "one"] or (k > 0 and words[k - 1] in {"was", "were", "been"} and any(
            words[i] == "no" and not {",", ";", ".", "and", "but", "or"} & set(words[i + 1 : k])
            for i in range(max(0, k - 5), k - 1)))


_OBJECT_STOP = frozenset({",", ";", ".", ":", "by", "in", "near", "after", "as", "when", "during", "and", "at",
                          "while", "outside", "inside", "from", "with"})


def _object_end(sent: Sentence, tok: int) -> int:
    """ "shot dead a teacher", "attack on a police patrol": the words after the trigger that
    may name who was hit, up to the clause's next place, time or agent."""
    end = tok + 1
    while end <= sent.last and end - tok <= 6 and sent.tokens[end - sent.first].lower not in _OBJECT_STOP:
        end += 1
    return end


_DETERMINERS = frozenset({"a", "an", "one", "the", "his", "her", "their", "its"})
_COLLECTIVE = frozenset({"people", "police", "personnel", "staff", "crew", "militia", "men", "women", "children",
                         "troops", "folk", "family", "families", "youth", "others"})


_AUX = frozenset({"was", "were", "is", "are", "has", "have", "had", "been", "being", "be", "reportedly", "allegedly",
                  "also", "later", "then", "who"})
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "being"})
_STOP = frozenset({";", ".", ":", "by", "in", "near", "at", "on", "after", "when", "while", "during", "from", "as",
                   "outside", "inside", "with", "to", "of", "for"})
_GROUP = frozenset({"two", "three", "four", "five", "several", "dozens", "scores", "many", "some", "pair", "couple",
                    "both"})


def _person(words: list[str], j: int) -> bool:
    w = words[j]
    if w == "old" and j >= 2 and words[j - 1] == "-" and words[j - 2] == "year":
        return True  # "a 19-year-old"
    if w == "head" and j >= 1 and words[j - 1] in _HEADS_OF:
        return True  # "gunmen killed a village head"
    lex = status_lexicon()
    return w in lex.persons and w not in _COLLECTIVE and w not in lex.nouns and not _plural(w)


# the places and groups whose "head" is a person ("a village head", not "the head of the convoy")
_HEADS_OF = frozenset({"village", "hamlet", "district", "community", "clan", "tribal", "neighbourhood", "family"})


def _plural(w: str) -> bool:
    persons = status_lexicon().persons
    # (every person noun listed that ends in "s" is a plural, "siblings" and "cousins" too, whose singular the
    # table may not list)
    return w in _COLLECTIVE or (w.endswith("s") and w in persons and not w.endswith("ss"))


def _phrase(words: list[str], js: range) -> list[int] | None:
    """Person nouns of one noun phrase (or several joined by "and"), read in one direction from the
    trigger; None when the phrase tells a group."""
    nouns: list[int] = []
    for j in js:
        w = words[j]
        age = j + 2 < len(words) and words[j + 1].isdigit() and words[j + 2] == ","  # ", 23,"
        listed = js.step < 0 and nouns and 0 < j < len(words) - 1 and words[j + 1] in _DETERMINERS and \
            _person(words, j - 1)  # "The envoy, his bodyguard and the driver were killed": a list
        if w in _STOP or w in _SAID or (w == "," and not age and not listed and (nouns or js.step < 0)):
            break
        if w == "and" and nouns and js.step > 0 and j + 1 < len(words) and not (
                words[j + 1] in _DETERMINERS or words[j + 1] in _GROUP or words[j + 1].isdigit()
                or _person(words, j + 1) or _plural(words[j + 1])):
            break  # "beheaded a man and torched dozens of homes": the next clause
        if w == "and" and nouns and js.step < 0 and j > 0 and not (
                _person(words, j - 1) or _plural(words[j - 1]) or words[j - 1] in _GROUP or words[j - 1].isdigit()):
            break  # "two soldiers were killed and a civilian was wounded": the clause before
        if js.step > 0 and nouns and w.endswith("ing") and w not in TYING:
            break  # "a policeman escorting polio workers": who he was with, not who was hit
        if w in _GROUP:
            return None
        if _plural(w) and not (j + 1 < len(words) and _person(words, j + 1)) and not (
                js.step < 0 and nouns and j + 1 < len(words) and words[j + 1] not in {"and", ",", "or"}):
            return None  # ("police officer", "a Police Force constable": a modifier)
        if _person(words, j) and not (j + 1 < len(words) and _person(words, j + 1)) and not _modifies(words, j):
            nouns.append(j)
    return nouns


def _modifies(words: list[str], j: int) -> bool:
    """ "a Guard Force member", "a militia unit commander": a person word two words before the head noun,
    one word of a name between, is part of one person's title."""
    return j + 2 < len(words) and words[j + 1] not in _DETERMINERS and words[j + 1] not in {"and", ",", "or"} \
        and _person(words, j + 2)


_SAID = frozenset({"said", "say", "says", "told", "reported", "added", "confirmed", "claimed"})
_SOME = frozenset({"among", "including", "like", "such", "mostly", "many", "most", "all", "some", "both"})

# a past participle before "and" and the trigger: "abducted and killed", "waylaid and shot"
_DONE = re.compile(r"(?:ed|shot|hit|waylaid|beaten|taken|stabbed)$")


def _opens(words: list[str], n: int) -> bool:
    """ "Moreh SDPO shot dead", "Off-duty policeman waylaid": a bare noun phrase that opens the
    sentence, headline style, names one person as an article would."""
    start = max((i + 1 for i in range(n) if words[i] == ":"), default=0)  # ("Bawku: soldier dies")
    return n - start - words[start:n].count("-") <= 4 and not any(
        w in _STOP or w in {",", "and", "the"} or w.isdigit() for w in words[start:n])


def _subject(words: list[str], k: int) -> list[int]:
    """ "An army soldier buying supplies at a store near the lake was shot dead": a passive's
    subject opens the sentence (or its clause after ";"), however long the words after it."""
    start = max((i + 1 for i in range(k) if words[i] in {";", ":"}), default=0)  # ("Khunti: Munshi shot dead")
    for j in range(start + 1, min(k, start + 4)):
        # ("Ex-guerrilla in peace process murdered": a headline's bare subject)
        if (words[start] in {"a", "an", "one"} or _opens(words[start:], j - start)) and _person(words, j) and not (
                j + 1 < len(words) and _person(words, j + 1)):
            between = words[j + 1 : k]
            if any(_person(words, i) or _plural(words[i]) for i in range(j + 1, k)) or "," in between:
                return []  # another person, or an aside, between the subject and the verb
            return [j]
    return []


def _one_of(words: list[str], i: int) -> int | None:
    """ "one of the mobile police officers": the plural noun one person is told out of, or None."""
    if words[i : i + 2] != ["one", "of"] or i + 2 >= len(words) or \
            words[i + 2] not in _DETERMINERS - {"a", "an", "one"}:
        return None
    for j in range(i + 3, min(len(words), i + 7)):
        if words[j] in _STOP or words[j] == ",":
            return None
        if _plural(words[j]) and not (j + 1 < len(words) and (_person(words, j + 1) or _plural(words[j + 1]))):
            return j
    return None


_DEEDS = frozenset({"killing", "murder", "assassination", "abduction", "kidnapping", "shooting", "stabbing",
                    "beheading", "lynching", "massacre", "execution", "slaying", "killings", "murders"})


def _force(noun: str) -> str:
    side = status_lexicon().persons.get(noun) or ""
    return "" if side == "CIV" else side


# the words of a person's name ("Ahmet al-Kaya", "Abu Bakr bin Ali")
_NAME_WORD = re.compile(r"[A-Z]|(?:al|el|ad|as|bin|ibn|abu|de|da|del|van|von|-)$")


def _post_of(sent: Sentence, words: list[str], n: int, forward: bool) -> int | None:
    """ "the police chief of Mainit, Surigao del Norte, and a patrolman": a place between commas after a
    person's "of" is the post, not the end of the list. Returns the index where the list goes on (the
    "and" when reading forward, the person before "of" when reading back), or None."""
    if forward:
        if n + 2 >= len(words) or words[n + 1] != "of":
            return None
        i = n + 2
        while i < len(words) and i - n <= 9 and (words[i] == "," or _NAME_WORD.match(sent.tokens[i].text)):
            i += 1
        ok = words[n + 2 : i].count(",") >= 2 and i + 1 < len(words) and words[i] == "and" \
            and words[i - 1] == "," and (words[i + 1] in _DETERMINERS or _person(words, i + 1))
        return i if ok else None
    if n < 4 or words[n] != "and" or words[n - 1] != ",":
        return None
    i = n - 2
    while i > 0 and n - i <= 9 and (words[i] == "," or _NAME_WORD.match(sent.tokens[i].text)):
        i -= 1
    ok = words[i:n].count(",") >= 2 and words[i] == "of" and _person(words, i - 1)
    return i - 1 if ok else None


def _singles(sent: Sentence, tok: int, status: str) -> tuple[int, str, int, int] | None:
    """ "A police officer was killed", "shot dead a teacher", "a man and a woman were killed":
    people told one by one, each in the singular, are a count the text implies (1, 2).

    Returns the count, the side the nouns imply ("" for none) and the token span of the
    phrase, or None when the people are not told one by one (a plural, "people", "dozens").
    """
    if status not in {"killed", "injured", "captured", "missing"}:
        return None
    words = [t.lower for t in sent.tokens]
    k = tok - sent.first
    j = k - 1
    # ("a police officer died and two colleagues were injured": an intransitive verb's people stand before it)
    passive = words[k] in DIED
    while j >= 0 and words[j] in _AUX:
        passive = passive or words[j] in _PASSIVE
        j -= 1
    while j >= 2 and words[j] == "and" and _DONE.search(words[j - 1]):
        j -= 2  # "policeman waylaid and killed", "was abducted and shot": one person, two verbs
        while j >= 0 and words[j] in _AUX:
            passive = passive or words[j] in _PASSIVE
            j -= 1
    if j >= 3 and words[j].isdigit():  # "Siblings aged 7 and 10 died": as many people as ages
        i, ages = j, 0
        while i >= 0 and (words[i].isdigit() or words[i] in {",", "and"}):
            ages, i = ages + words[i].isdigit(), i - 1
        if ages >= 2 and i >= 1 and words[i] == "aged" and _plural(words[i - 1]):
            return ages, status_lexicon().persons.get(words[i - 1], ""), sent.tokens[i - 1].i, sent.tokens[k].i + 1
    if j >= 4 and words[j] == ",":  # "Cpl. Reyes, 21, of El Paso, Texas, was killed": a home town between commas
        i = j - 1
        while i > 0 and j - i <= 8 and (words[i] == "," or _NAME_WORD.match(sent.tokens[i].text)):
            i -= 1
        if i < j - 1 and words[i] in {"of", "from"} and words[i - 1] == ",":
            j = i - 1
    if j >= 2 and words[j] == "," and words[j - 1].isdigit() and words[j - 2] == ",":
        j -= 3  # "Man, 23, shot dead": an age between commas
    i = j
    while i > 0 and sent.tokens[i].text[:1].isupper() and not _person(words, i):
        i -= 1
    if i < j and _person(words, i):
        j = i  # "Cpl. Daniel Ortega Reyes was killed": the rank before the name (a name ending in "s" is no plural)
    if j >= 3 and words[j] == ",":  # "A 57-year-old woman, Taybet Inan, was shot dead": a name between commas
        i = j - 1
        while i > 0 and j - i <= 6 and _NAME_WORD.match(sent.tokens[i].text):
            i -= 1
        if i < j - 1 and words[i] == ",":
            j = i - 1
    if passive and j >= 2 and words[j] == ",":
        # "Sheikh Said, Dagestan's most revered Sufi leader, was killed", "Colonel Ndala, the army commander
        # celebrated for his role in ..., was killed": who a named man was, between commas (not "six people,
        # among them a pastor, were taken")
        opened = next((i for i in range(j - 1, max(0, j - 16), -1) if words[i] == ","), None)
        head = None
        if opened and sent.tokens[opened - 1].text[:1].isupper() and words[opened + 1] not in _SOME:
            for n in range(opened + 1, min(j, opened + 8)):
                if words[n] in _STOP or words[n] in {",", "who", "whose", "that"}:
                    break
                head = n if _person(words, n) else head
        j = j if head is None else head
    if j >= 2 and words[j - 2] == "in" and words[j - 1] in {"his", "her"} and words[j].endswith("s"):
        j -= 3  # "Man in his fifties killed": an age after the noun

    def told(nouns: list[int]) -> list[int]:  # each noun with its determiner, or a headline's first word
        # (a headline's bare object just after its verb: "Maoists kill cop", "Police gun down PLFI rebel")
        # ("Dagestan's most revered Sufi leader": a possessive is the noun's determiner)
        return [n for n in nouns if any(words[i] in _DETERMINERS or words[i] in {"'s", "’s"}
                                        for i in range(n - 1, max(-1, n - 7), -1))
                or n == 0 or (n <= 2 and sent.title) or words[n] == "old" or _opens(words, n)
                or (k < n <= k + 3 and not passive)]

    # active voice ("Rebels shot dead a teacher"): the people after the verb; passive ("a police officer
    # was killed", a headline's "Man shot dead"): those before it. "kidnapped a priest and killed his
    # driver": no subject of the second verb before it.
    after = k + 1 + (k + 1 < len(words) and words[k + 1] in {"dead", "down"})
    # "killing one of the police officers guarding them", "one of the soldiers was killed": one person
    # (the noun's side only when it is a force's: "one of its employees" is the speaker's, whoever that is)
    one = None if passive else _one_of(words, after)
    if one is not None:
        return 1, _force(words[one]), sent.tokens[k].i, sent.tokens[one].i + 1
    one_at = next((i for i in range(max(0, j - 6), j) if _one_of(words, i) == j), None) if j >= 0 else None
    if one_at is not None:
        return 1, _force(words[j]), sent.tokens[one_at].i, sent.tokens[k].i + 1
    if after < len(words) and words[after] == ",":
        right: list[int] | None = []  # "Driver shot dead, four hurt": the verb has no object; the next count is another
    else:
        # ("confirmed the killing of a traditional ruler", "the body of health worker Meilani": the noun's
        # object after "of")
        obj = k + 2 if k + 2 < len(words) and words[k + 1] == "of" and (words[k] in _DEEDS or words[k] == "body") \
            else k + 1
        reach = obj + 7 + 2 * words[obj : obj + 15].count("-")  # ("a police sergeant-major and a corporal")
        right = [] if passive else _phrase(words, range(obj, min(len(words), reach)))
        at = _post_of(sent, words, right[-1], True) if right else None
        if at is not None and right:
            more = _phrase(words, range(at, min(len(words), at + 7)))
            right = right + (more or [])
    if right is None:
        return None
    nouns = told(right)
    if not nouns and not passive and k + 1 < len(words) and words[k + 1] in {"him", "her"}:
        return 1, "", sent.tokens[k].i, sent.tokens[k + 1].i + 1  # "drag a man out and kill him"
    if not nouns and j >= 0 and words[j] not in {"and", ","}:
        # "policeman guarding polio workers martyred": the subject stands before its participle
        j = next((i - 1 for i in range(j, max(0, j - 6), -1)
                  if words[i].endswith("ing") and _person(words, i - 1)), j)
        # "the driver of a bus carrying shift workers to the station was killed": the noun before its "of"
        of_at = next((i for i in range(j, max(0, j - 15), -1) if words[i] == "of" and _person(words, i - 1)),
                     None) if passive and not _person(words, j) else None
        if of_at is not None and not {",", ";", "and", "who", "which", "as"} & set(words[of_at : j + 1]):
            j = of_at - 1
        reach = 12 if any(words[i] == "," and words[i + 1] in _DETERMINERS for i in range(max(0, j - 11), j)) else 8
        left = _phrase(words, range(j, max(-1, j - reach), -1))
        stop = next((i for i in range(j, max(-1, j - 8), -1) if words[i] == "and"), None) if left else None
        at = _post_of(sent, words, stop, False) if stop is not None and left and stop < min(left) else None
        if at is not None and left is not None:
            more = _phrase(words, range(at, max(-1, at - 8), -1))
            left = left + (more or [])
        if left is None:
            return None
        nouns = told(left)
    if not nouns and (passive or sent.title):  # (a headline's participle is a passive: "Ex-rebel murdered")
        nouns = _subject(words, k)
    if not nouns:
        return None
    persons = status_lexicon().persons  # ("the police chief": a title's side is its modifier's)
    sides = {persons.get(words[n], "") or (persons.get(words[n - 1], "") if n > 0 else "") for n in nouns}
    side = sides.pop() if len(sides) == 1 else ""  # ("an inspector and a constable": both the state's)
    lo, hi = min(nouns + [k]), max(nouns + [k]) + 1
    if lo < k:  # the phrase's determiner: "A French gendarme was killed"
        lo = next((i for i in range(lo - 1, max(-1, lo - 6), -1) if words[i] in _DETERMINERS), lo)
    return len(nouns), side, sent.tokens[lo].i, sent.tokens[hi - 1].i + 1


def _passive_owner(state: DocState, sent: Sentence, tok: int, status: str) -> Span | None:
    """ "Hezbollah member killed in drone strike": an actor just before a trigger with nothing after
    it is whose the dead were, not who killed them (the headline's passive)."""
    if status not in {"killed", "injured", "captured"}:
        return None
    k = tok - sent.first
    words = [t.lower for t in sent.tokens]
    after = words[k + 1] if k + 1 < len(words) else "."
    if after in {"dead", "down"} and k + 2 < len(words):
        after = words[k + 2]  # ("shot dead", "gunned down")
    if after not in _STOP and after != ",":
        return None  # "gunmen killed a teacher": the actor did it
    # ("Kataib Hezbollah fighters were killed": the group's people and the passive's auxiliary may stand between)
    gap = k
    while gap > 0 and words[gap - 1] in _PASSIVE | {"reportedly", "also"}:
        gap -= 1
    if gap > 0 and (words[gap - 1] in status_lexicon().persons or words[gap - 1] in FIGHTERS):
        gap -= 1
    if gap > 0 and words[gap - 1] in {"claims", "claimed", "claim", "admits", "admitted"}:
        return None  # "IS claims killing of Sinai sheikh": who owns the deed, not the dead
    before = [a for a in state.in_sent("actors", sent.idx) if a.end <= tok and sent.first + gap - a.end <= 1
              and a.label in SIDE_NAMES]
    return before[-1] if before else None



class IncidentFinder:
    name = "incidents"
    requires = ("casualties", "sents", "actors", "places", "times", "reporters", "published")
    assigns = ("incidents", "casualties")

    def __call__(self, state: DocState) -> None:
        dyad = two_sides(state)
        reporter = document_reporter(state)
        implied = _take_implied(state)
        if state.casualties:  # counted (or a monitor's tally): only the people told one by one beside the counts
            state.incidents = implied + [c for c in (self._claim(state, sent, tok, status, dyad, reporter, True)
                                                     for sent, tok, status in _beside_counts(state)) if c is not None]
            return
        found: list[Casualty] = []
        for sent in state.sents:
            if len(found) >= MAX_SENTENCES or sent.idx >= MAX_SENTENCES + 1:
                break
            hit = find_trigger(sent)
            if hit is None or (found and _compared(state, sent, hit[0])):
                continue
            c = self._claim(state, sent, *hit, dyad, reporter)
            if c is not None:
                found.append(c)
        state.incidents = implied + found

    @staticmethod
    def _claim(state: DocState, sent: Sentence, tok: int, status: str, dyad: list[str],
               reporter: str | None, singles_only: bool = False) -> Casualty | None:
        q = Quantity(tok, tok + 1, None, "vague", None, tok, tok + 1, sent.idx)
        m = Mention(q=q, status=status, np_end=_object_end(sent, tok), head=None, victim_side=None,
                    victim_name=None, link="incident")
        c = build_claim(state, m, None, [], dyad, reporter)  # (no counted claim before it to date it by)
        single = _singles(sent, tok, status)
        if c.aggregate and not (single is not None and single[0] == 1):
            return None  # (one person dies in one place: "shot dead on the outskirts of X ... a post in Y")
        c.aggregate = False
        if single is None and singles_only:
            return None
        if single is not None:
            c.count, side, lo, hi = single
            if side == "GOV" and any(a.label == "FOR" and lo <= a.start < hi
                                     for a in state.in_sent("actors", sent.idx)):
                side = "FOR"  # "a Nigerian UNAMID soldier": a peace force's man
            if side and c.victim.side in {"GENERIC", "UNK", "CIV"}:  # ("a policeman escorting polio workers")
                c.victim = Actor(side, SIDE_NAMES[side])
            start, end = state.tokens[lo].start, state.tokens[hi - 1].end
            start, end = state.norm.span(start, end) if state.norm else (start, end)
            c.evidence = Evidence(start, end, state.doc.text[start:end])
        owner = _passive_owner(state, sent, tok, status)
        if owner is not None and not (single and single[1]):  # (a person's own word says whose he was)
            c.victim = Actor(owner.label, owner.name)
        if _fell_to(sent, tok) and c.perpetrator is None and c.victim.side not in {"GENERIC", "UNK", "CIV"}:
            c.perpetrator, c.victim = c.victim, Actor("UNK", SIDE_NAMES["UNK"])  # "the city fell to the RSF"
        taker = _taker(state, sent, tok) if status == "attack" else None
        if taker is not None:  # "M23 rebels took control of Kanyabayonga after clashes with the army"
            c.perpetrator = Actor(taker.label, taker.name)
            if c.victim.side == taker.label:
                c.victim = Actor("UNK", SIDE_NAMES["UNK"])
        if c.victim.side == "GENERIC":
            c.victim = Actor("UNK", SIDE_NAMES["UNK"])
        c.qualifier = "implied"
        if c.perpetrator is not None and c.perpetrator.side == c.victim.side:
            c.perpetrator = None
        return c


# "claimed it, together with the attack on the customs post two days earlier", "links with a bombing in X":
# an incident named after a word that relates it to the one the report tells, another incident
_COMPARED_BEFORE = re.compile(r"\b(?:(?:together\s+)?with|after|following|like|since|before|to)\s+"
                              r"(?:an?|the|that|this|its|their)\s+(?:(?:similar|earlier|previous|separate|prior|"
                              r"deadly|recent|other|second|first|[\w-]+['’]s)\s+){0,2}$", re.IGNORECASE)


def _compared(state: DocState, sent: Sentence, tok: int) -> bool:
    """The incident word is a noun after a word that relates it to the incident told before it."""
    start = state.tokens[tok].start
    return _COMPARED_BEFORE.search(state.text, max(sent.start, start - 60), start) is not None


_TAKES = frozenset({"took", "taken", "take", "takes", "seized", "seize", "seizes", "captured", "capture", "captures",
                    "overran", "overrun", "overruns", "retook", "recaptured", "entered", "enter", "enters"})


def _taker(state: DocState, sent: Sentence, tok: int) -> Span | None:
    """ "M23 rebels took control of Kanyabayonga": the side just before a verb of taking took it."""
    k = tok - sent.first
    words = [t.lower for t in sent.tokens]
    if words[k] not in _TAKES:
        return None
    gap = k
    while gap > 0 and words[gap - 1] in {"have", "has", "had", "reportedly", "also", "finally", "now"}:
        gap -= 1
    if gap > 0 and words[gap - 1] in FIGHTERS:
        gap -= 1  # ("M23 rebels", "RSF fighters")
    before = [a for a in state.in_sent("actors", sent.idx) if a.end <= tok and sent.first + gap - a.end <= 0
              and a.label in SIDE_NAMES]
    return before[-1] if before else None


def _fell_to(sent: Sentence, tok: int) -> bool:
    """ "fell to the paramilitary RSF": the side named after the verb took the town."""
    k = tok - sent.first
    words = [t.lower for t in sent.tokens[k : k + 2]]
    return len(words) == 2 and words[0] in {"fell", "falls", "fall"} and words[1] == "to"


def _take_implied(state: DocState) -> list[Casualty]:
    """ "killing two soldiers and a civilian": the one more, counted by the number stage but written with no
    number ("a commander" is no count to the annotation rules), is an incident claim, not a casualty claim."""
    keep = [k for k, c in enumerate(state.casualties) if c.qualifier != "implied"]
    if len(keep) == len(state.casualties):
        return []
    taken = [c for c in state.casualties if c.qualifier == "implied"]
    new_pos = {old: new for new, old in enumerate(keep)}
    out = []
    for k in keep:
        c = state.casualties[k]
        if c.parent is not None:
            c.parent = new_pos.get(c.parent)
        out.append(c)
    state.casualties = out
    if len(state.mentions) == len(new_pos) + len(taken):
        state.mentions = [state.mentions[k] for k in keep]
    for c in taken:
        c.parent, c.aggregate = None, False
    return taken


def _of_others(state: DocState, q: Quantity) -> bool:
    """ "six other people", "two others", "another three": a count said to leave someone out."""
    after = {t.lower for t in state.tokens[q.end : q.end + 2]}
    return bool(after & {"other", "others"}) or (q.q_start > 0 and state.tokens[q.q_start - 1].lower == "another")


def _beside_counts(state: DocState) -> list[tuple[Sentence, int, str]]:
    """ "A policeman was killed and two others were wounded": the sentence's count is of the
    wounded; the one dead, told in the singular, is a claim the counted claims leave out.
    Each status no count of that sentence has, in the headline and the lead; in a sentence that
    counts nothing ("Teenager shot dead near Hebron"), each status no count of the report has."""
    out = []
    # ("The sheikh was killed ... Six other people also died": a count of others leaves him out)
    in_report = {m.status for m in state.mentions if not _of_others(state, m.q)}
    for sent in state.sents[: MAX_SENTENCES + 1]:
        counted = {m.status for m in state.in_sent("mentions", sent.idx)}
        if not counted:  # (as in a report with no count: the sentence's strongest word; "an officer wounded
            hit = find_trigger(sent)  # in the attack died of his injuries" is one death)
            if hit is not None and hit[1] not in in_report | {"attack"}:
                out.append((sent, *hit))
            continue
        words = [t.lower for t in sent.tokens]
        seen: set[str] = set()
        for k, w in enumerate(words):
            for phrase, status, _ in triggers().by_first.get(w, ()):
                if status in counted or status in seen or status == "attack" or \
                        tuple(words[k : k + len(phrase)]) != phrase:
                    continue
                seen.add(status)
                out.append((sent, sent.tokens[k].i, status))
    return out
