"""normalize: de-obfuscation and typography, with offsets back into the original text."""

from __future__ import annotations

import pytest

from tolltrack.extract.mentions import lexicon_words
from tolltrack.extract.normalize import normalize

from .helpers import extract, one


def test_plain_text_is_unchanged_and_offsets_are_identity() -> None:
    text = "Four shepherds were killed near the well."
    n = normalize(text, lexicon_words())
    assert n.text == text
    assert n.offsets == list(range(len(text) + 1))


def test_asterisk_inside_a_word_is_dropped() -> None:
    n = normalize("Gunmen ki*lled two farmers.", lexicon_words())
    assert n.text == "Gunmen killed two farmers."


def test_several_asterisks_and_obfuscated_acronym() -> None:
    n = normalize("IS*IS cells k**illed a guard.")
    assert n.text == "ISIS cells killed a guard."


def test_asterisk_between_digits_is_kept() -> None:
    # arithmetic or footnote marks are not obfuscation
    n = normalize("a 3*4 grid and note 7*")
    assert n.text == "a 3*4 grid and note 7*"


def test_offsets_point_back_into_the_original() -> None:
    original = "Gunmen ki*lled two farmers."
    n = normalize(original, lexicon_words())
    start = n.text.index("two farmers")
    end = start + len("two farmers")
    o_start, o_end = n.span(start, end)
    assert original[o_start:o_end] == "two farmers"
    assert o_start == original.index("two farmers")


def test_span_across_a_dropped_character_covers_it_in_the_original() -> None:
    original = "they ki*lled him"
    n = normalize(original)
    s = n.text.index("killed")
    o_start, o_end = n.span(s, s + len("killed"))
    assert original[o_start:o_end] == "ki*lled"


def test_empty_span_maps_to_a_point() -> None:
    n = normalize("ki*lled")
    assert n.span(3, 3) == (n.offsets[3], n.offsets[3])


def test_final_offset_is_original_length() -> None:
    original = "ki*lled 3"
    n = normalize(original)
    assert len(n.offsets) == len(n.text) + 1
    assert n.offsets[-1] == len(original)


@pytest.mark.parametrize(
    ("written", "plain"),
    [("k-illed", "killed"), ("kidn-apped", "kidnapped"), ("inj-ured", "injured")],
)
def test_hyphen_split_status_word_is_joined_with_lexicon(written: str, plain: str) -> None:
    n = normalize(f"Militants {written} three men.", lexicon_words())
    assert n.text == f"Militants {plain} three men."


def test_hyphen_split_word_is_kept_without_lexicon() -> None:
    assert normalize("Militants k-illed three men.").text == "Militants k-illed three men."


@pytest.mark.parametrize(
    "word", ["pro-regime", "al-Bab", "self-defence", "Turkish-backed", "two-day"],
)
def test_real_hyphenated_words_are_kept(word: str) -> None:
    text = f"The {word} group was there."
    assert normalize(text, lexicon_words()).text == text


def test_typographic_quotes_and_dashes_keep_length() -> None:
    original = "\u201cFive\u201d died \u2013 the monitor\u2019s count\u00a0said"
    n = normalize(original)
    assert n.text == "\"Five\" died - the monitor's count said"
    assert len(n.text) == len(original)
    assert n.offsets == list(range(len(original) + 1))


def test_carriage_returns_and_tabs_become_whitespace() -> None:
    assert normalize("a\r\nb\tc").text == "a\n\nb c"


# --- through the whole pipeline -------------------------------------------------------------


def test_obfuscated_verb_still_yields_a_claim_with_original_evidence() -> None:
    text = "Militants ki*lled 6 shepherds in the Hama countryside."
    c = one(extract(text).casualties)
    assert (c.status, c.count, c.victim.side) == ("killed", 6, "CIV")
    assert c.evidence.text == "ki*lled 6 shepherds"
    assert text[c.evidence.start : c.evidence.end] == c.evidence.text
    assert c.evidence.start == text.index("ki*lled 6 shepherds")


def test_evidence_keeps_obfuscation_inside_it_verbatim() -> None:
    text = "On Monday 4 civ*ilians were k-illed by a landmine."
    c = one(extract(text).casualties)
    assert c.count == 4 and c.status == "killed"
    assert c.evidence.text == "4 civ*ilians were k-illed"
    assert text[c.evidence.start : c.evidence.end] == "4 civ*ilians were k-illed"


def test_hyphen_obfuscated_kidnapping_is_captured() -> None:
    text = "Gunmen kidn-apped 3 women near the market."
    c = one(extract(text).casualties)
    assert (c.status, c.count, c.victim.side) == ("captured", 3, "CIV")
    assert text[c.evidence.start : c.evidence.end] == "kidn-apped 3 women"
