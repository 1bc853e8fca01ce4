"""Invented conflict reports of 1-5 kB for benchmarks, reproducible from a seed.

Every sentence is composed here from small word lists (numbers, actors, places, dates,
verbs), so the text is varied but never taken from a real article. Run it as a script to
write JSON Lines:

    python benchmarks/gen_reports.py -n 2000 --seed 1 -o /tmp/reports.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator

PLACES = {
    "SY": ["Idlib", "Aleppo", "Homs", "Hama", "Deir ez-Zor", "Raqqa", "Palmyra", "Mayadin",
           "Abu Kamal", "Maarat al-Numan", "Saraqib", "Jisr al-Shughur", "Tall Abyad", "Daraa",
           "Qamishli", "Manbij", "Afrin", "al-Bab", "Douma", "Latakia"],
    "IQ": ["Mosul", "Kirkuk", "Tikrit", "Ramadi", "Fallujah", "Baqubah", "Sinjar", "Tal Afar",
           "Samarra", "Hawija"],
    "YE": ["Aden", "Taiz", "Hodeidah", "Marib", "Saada", "Sanaa", "al-Bayda", "Lahj"],
    "NG": ["Maiduguri", "Damboa", "Gwoza", "Bama", "Monguno", "Kaduna", "Zamfara", "Katsina"],
    "SO": ["Mogadishu", "Kismayo", "Baidoa", "Beledweyne", "Afgooye", "Marka"],
}
CAPITALS = {"SY": "BEIRUT", "IQ": "BAGHDAD", "YE": "ADEN", "NG": "MAIDUGURI", "SO": "MOGADISHU"}
ACTORS = {
    "SY": ["government forces", "regime forces", "Russian warplanes", "Islamic State fighters",
           "the Syrian Democratic Forces", "Turkish-backed factions", "Hayat Tahrir al-Sham",
           "rebel fighters", "Iranian-backed militias", "the US-led coalition"],
    "IQ": ["Iraqi security forces", "the Popular Mobilisation Forces", "Islamic State militants",
           "Peshmerga fighters", "coalition aircraft", "Turkish drones"],
    "YE": ["Houthi rebels", "Saudi-led coalition aircraft", "government troops",
           "southern separatist forces", "al-Qaeda militants"],
    "NG": ["Boko Haram fighters", "ISWAP militants", "the Nigerian army", "armed bandits",
           "vigilante groups", "the air force"],
    "SO": ["al-Shabaab militants", "Somali troops", "African Union forces", "clan militias",
           "US drone strikes"],
}
VICTIMS = ["civilians", "people", "children", "women", "soldiers", "fighters", "militants",
           "police officers", "members of a family", "farmers", "displaced people",
           "aid workers", "pro-government fighters", "rebels", "villagers", "worshippers"]
WEAPONS = ["an air strike", "artillery shelling", "a car bomb", "a roadside bomb",
           "a drone strike", "clashes", "a suicide attack", "rocket fire", "a landmine",
           "heavy fighting", "an ambush", "barrel bombs", "mortar fire", "a raid"]
SOURCES = ["the monitor said", "a local official said", "medical sources said",
           "activists reported", "the health ministry said", "residents told reporters",
           "a military spokesman said", "according to the civil defence",
           "a hospital director said", "the interior ministry said in a statement"]
KILL = ["were killed", "died", "lost their lives", "were killed and others wounded"]
HURT = ["were wounded", "were injured", "suffered wounds", "were hurt"]
TAKEN = ["were abducted", "were captured", "were taken hostage", "remain missing"]
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
         9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 15: "fifteen", 20: "twenty"}
QUALIFIERS = ["", "", "at least ", "more than ", "about ", "nearly ", "up to ", "some "]
VAGUE = ["dozens of", "several", "scores of", "a number of", "many", "hundreds of"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FILLER = [
    "The {org} called on all parties to protect civilians and allow aid to reach {place}.",
    "Talks on a ceasefire in {place} are expected to resume {when}, diplomats said.",
    "Residents said electricity and water had been cut in parts of {place} since {when2}.",
    "The {org} said it was unable to verify the figures independently.",
    "Prices of bread and fuel have risen sharply in {place}, traders said.",
    "Schools in {place} were closed {when} as a precaution, the education office said.",
    "Thousands of families have fled towards {place2} in recent weeks, the {org} said.",
    "Officials in {place} declined to comment on the reports.",
    "Aid convoys reached {place} {when} for the first time in two months.",
    "The road between {place} and {place2} remained closed to traffic {when}.",
]
ORGS = ["United Nations", "Red Cross", "World Food Programme", "UN refugee agency",
        "Norwegian Refugee Council", "World Health Organization", "local council"]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class Composer:
    """Builds one report at a time from a seeded ``random.Random``."""

    def __init__(self, seed: int = 1) -> None:
        self.rng = random.Random(seed)

    def pick(self, items: list[str]) -> str:
        return self.rng.choice(items)

    def number(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.15:
            return self.pick(VAGUE)
        n = r.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20]) if roll < 0.45 \
            else r.randint(2, 400)
        text = WORDS[n] if n in WORDS and roll < 0.45 else f"{n:,}"
        return self.pick(QUALIFIERS) + text

    def when(self, published: dt.date) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.35:
            return "on " + WEEKDAYS[(published - dt.timedelta(days=r.randint(0, 6))).weekday()]
        if roll < 0.55:
            return self.pick(["overnight", "yesterday", "last week", "earlier this month",
                              "on Sunday night", "at dawn", "this morning"])
        day = published - dt.timedelta(days=r.randint(0, 40))
        if roll < 0.8:
            return f"on {day:%B} {day.day}"
        return f"on {day.day} {day:%B %Y}"

    def casualty(self, cc: str, published: dt.date) -> str:
        r = self.rng
        place, actor = self.pick(PLACES[cc]), self.pick(ACTORS[cc])
        num, victims = self.number(), self.pick(VICTIMS)
        verb = self.pick(KILL if r.random() < 0.6 else HURT if r.random() < 0.7 else TAKEN)
        when, src = self.when(published), self.pick(SOURCES)
        shape = r.randrange(6)
        if shape == 0:
            s = f"{num} {victims} {verb} in {self.pick(WEAPONS)} on {place} {when}, {src}."
        elif shape == 1:
            s = f"{cap(actor)} killed {num} {victims} in the countryside of {place} {when}."
        elif shape == 2:
            s = (f"In {place}, {num} {victims} {verb} when {self.pick(WEAPONS)} hit a market "
                 f"{when}, {src}.")
        elif shape == 3:
            n2 = r.randint(2, 60)
            s = (f"The death toll from {self.pick(WEAPONS)} by {actor} near {place} rose to {n2}, "
                 f"including {num} {victims}, {src}.")
        elif shape == 4:
            s = (f"{cap(src)} that {num} {victims} {verb} and {r.randint(2, 90)} others "
                 f"were wounded in {place} {when}.")
        else:
            s = (f"{cap(num)} {victims} {verb} {when} as {actor} attacked positions "
                 f"held by {self.pick(ACTORS[cc])} in {place}.")
        return cap(s)

    def control(self, cc: str, published: dt.date) -> str:
        r = self.rng
        actor, place = self.pick(ACTORS[cc]), self.pick(PLACES[cc])
        shape = r.randrange(3)
        if shape == 0:
            return (f"{cap(actor)} took control of {r.randint(2, 40)} villages east of "
                    f"{place} {self.when(published)}.")
        if shape == 1:
            return (f"{cap(actor)} now hold about {r.randint(5, 90)} percent of "
                    f"{place} province, {self.pick(SOURCES)}.")
        return (f"{cap(actor)} withdrew from an area of {r.randint(20, 900)} square "
                f"kilometres around {place} {self.when(published)}.")

    def filler(self, cc: str, published: dt.date) -> str:
        place, place2 = self.rng.sample(PLACES[cc], 2)
        return self.pick(FILLER).format(org=self.pick(ORGS), place=place, place2=place2,
                                        when=self.when(published), when2=self.when(published))

    def tally(self, cc: str, published: dt.date) -> str:
        lines = [f"The {self.pick(['monitor', 'network', 'health ministry'])} documented the "
                 "following deaths:"]
        for _ in range(self.rng.randint(3, 6)):
            lines.append(f"- {self.rng.randint(1, 80)} {self.pick(VICTIMS)} in "
                         f"{self.pick(PLACES[cc])}, killed by {self.pick(ACTORS[cc])}.")
        return "\n".join(lines)

    def report(self, doc_id: str, size: int) -> dict[str, str]:
        """One report of roughly ``size`` characters (a little more, never much less)."""
        r = self.rng
        cc = r.choice(list(PLACES))
        published = dt.date(2017, 1, 1) + dt.timedelta(days=r.randint(0, 2900))
        title = self.casualty(cc, published).rstrip(".")
        head = f"{CAPITALS[cc]}, {published:%B} {published.day} (Wire) - "
        paras: list[str] = []
        total = len(title) + len(head)
        while total < size:
            sents = []
            for _ in range(r.randint(1, 4)):
                kind = r.choices(["casualty", "filler", "control", "tally"], [4, 6, 1, 0.4])[0]
                sents.append(getattr(self, kind)(cc, published))
            para = " ".join(sents) if not any("\n" in s for s in sents) else "\n".join(sents)
            paras.append(para)
            total += len(para) + 2
        body = head + "\n\n".join(paras)
        return {"id": doc_id, "title": title, "published": published.isoformat(),
                "outlet": "wire.example", "text": title + "\n\n" + body}


def generate(n: int, seed: int = 1, min_size: int = 1000, max_size: int = 5000
             ) -> Iterator[dict[str, str]]:
    """``n`` reports with text sizes spread evenly over ``min_size``..``max_size`` bytes."""
    composer = Composer(seed)
    sizes = random.Random(seed + 1)
    for i in range(n):
        target = sizes.randint(min_size, max_size)
        doc = composer.report(f"bench-{seed}-{i:05d}", target - 60)
        while len(doc["text"].encode()) > max_size:  # trim whole paragraphs past the ceiling
            doc["text"] = doc["text"].rsplit("\n\n", 1)[0]
        yield doc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=2000, help="number of reports (default 2000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("-o", "--output", default="-", help="JSON Lines file (default stdout)")
    args = ap.parse_args(argv)
    lines = (json.dumps(doc, ensure_ascii=False) + "\n" for doc in generate(args.n, args.seed))
    if args.output == "-":
        sys.stdout.writelines(lines)
    else:
        with open(args.output, "w", encoding="utf-8") as out:
            out.writelines(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
