"""Rare words two reports share: a telling agreement, unless it is a word of war or a place."""

from __future__ import annotations

from tolltrack.store.rare_words import rare_words, vocabulary
from tolltrack.store.resolve import Features, Spot, score


def test_rare_words_are_neither_words_of_war_nor_places() -> None:
    text = "gunmen shot dead a policeman guarding polio vaccinators near the refinery in kabul on tuesday"
    found = rare_words(text)
    assert {"polio", "vaccinator", "refinery"} <= found
    assert not found & {"gunmen", "policeman", "kabul", "tuesday", "shot", "dead", "near"}
    assert {"gunmen", "policeman"} <= vocabulary()  # (the data files' words: every report of a war shares them)


def test_the_names_of_the_reports_own_places_are_no_rare_words() -> None:
    text = "a drone struck a truck near the tanner's hut in tolomaru, deir ez-zor"
    assert "tolomaru" in rare_words(text)
    assert rare_words(text, frozenset({"tolomaru", "deir ez-zor"})) == {"tanner"}


def test_a_rare_word_both_share_is_as_telling_as_the_site() -> None:
    """ "a policeman guarding polio workers shot dead in Bannu" / "polio security official killed in
    Bannu": one dead each, one town, offices told apart; the polio campaign tells it is one killing."""
    bannu = Spot(9, "Khyber Pakhtunkhwa", None, "PK", 32.99, 70.60, "exact")

    def report(text: str, doc: int) -> Features:
        f = Features("2022-12-06", "2022-12-06", documents={doc}, spots=[bannu], countries={"PK"},
                     victims={"UNK"}, event_type=("Battles", "Armed clash"), by_rule=True, text=text,
                     names={"bannu"}, toll=1, toll_status="killed", uncounted="killed")
        return f

    a = report("gunmen shot dead a policeman guarding vaccinators in bannu on tuesday", 1)
    b = report("security official killed in bannu; vaccination campaign suspended", 2)
    assert score(a, b) is None
    a.text = "gunmen shot dead a policeman guarding polio vaccinators in bannu on tuesday"
    b.text = "polio security official killed in bannu; vaccination campaign suspended"
    assert score(a, b) is not None
