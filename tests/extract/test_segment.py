"""segment: tokens with offsets, sentences, paragraphs, bullets, list headers and titles."""

from __future__ import annotations

from tolltrack.extract.state import DocState

from .helpers import state_upto


def seg(text: str, title: str | None = None) -> DocState:
    return state_upto(text, "segment", title=title)


def sent_texts(state: DocState) -> list[str]:
    return [state.text[s.start : s.end] for s in state.sents]


def test_token_offsets_match_the_text() -> None:
    st = seg("Five soldiers were killed.  Two more,  wounded.")
    assert st.tokens, "no tokens"
    for t in st.tokens:
        assert st.text[t.start : t.end] == t.text
        assert t.lower == t.text.lower()
    assert [t.i for t in st.tokens] == list(range(len(st.tokens)))
    assert not any(t.text.isspace() for t in st.tokens)


def test_sentences_split_on_full_stops() -> None:
    st = seg("Five soldiers were killed. Two others were wounded! Who did it? Nobody knows.")
    assert sent_texts(st) == [
        "Five soldiers were killed.", "Two others were wounded!", "Who did it?", "Nobody knows.",
    ]
    assert [s.idx for s in st.sents] == [0, 1, 2, 3]


def test_sentence_starting_with_a_digit_is_split() -> None:
    st = seg("The shelling went on. 12 people died.")
    assert sent_texts(st) == ["The shelling went on.", "12 people died."]


def test_abbreviations_and_decimals_do_not_split() -> None:
    st = seg("Mr. Haddad said 2.5 tonnes of aid arrived. It was late.")
    assert sent_texts(st) == ["Mr. Haddad said 2.5 tonnes of aid arrived.", "It was late."]


def test_closing_quote_stays_with_its_sentence() -> None:
    st = seg('He said "nine fighters were killed." Then he left.')
    assert sent_texts(st) == ['He said "nine fighters were killed."', "Then he left."]


def test_line_breaks_end_sentences_and_count_paragraphs() -> None:
    st = seg("Heavy shelling on the valley towns\nThree civilians were killed.\n\n"
             "In a separate attack two died.")
    assert sent_texts(st) == [
        "Heavy shelling on the valley towns", "Three civilians were killed.",
        "In a separate attack two died.",
    ]
    paras = [s.para for s in st.sents]
    assert paras == sorted(paras) and len(set(paras)) == 3


def test_bullets_and_list_header() -> None:
    text = (
        "The monitor counted the victims, they are as follows:\n"
        "- 5 soldiers killed in an ambush\n"
        "• 3 civilians killed by shelling\n"
        "* 2 fighters of the factions"
    )
    st = seg(text)
    assert len(st.sents) == 4
    head, *items = st.sents
    assert head.header and not head.bullet
    assert all(s.bullet and not s.header for s in items)


def test_header_ending_with_follows_and_full_stop() -> None:
    st = seg("The dead are distributed as follows.\n- 4 in the city")
    assert st.sents[0].header


def test_inline_bullets_after_a_colon_are_split() -> None:
    st = seg("The toll is as follows: - 6 soldiers - 2 civilians")
    assert len(st.sents) >= 2
    assert st.sents[0].header
    assert st.sents[1].bullet


def test_plain_sentence_is_neither_bullet_nor_header() -> None:
    st = seg("Six soldiers were killed in the ambush.")
    (s,) = st.sents
    assert not (s.bullet or s.header or s.title)


def test_headline_line_without_full_stop_is_a_title() -> None:
    st = seg("Car bomb kills nine in northern town\nA car bomb went off in the market on Friday.")
    assert st.sents[0].title
    assert not st.sents[1].title


def test_given_title_is_marked_even_with_a_full_stop() -> None:
    title = "Nine killed."
    st = seg("Nine killed.\nA car bomb went off in the market on Friday.", title=title)
    assert st.sents[0].title
    assert not st.sents[1].title


def test_sentence_first_and_last_token_indices() -> None:
    st = seg("One. Two words here.")
    s0, s1 = st.sents
    assert s0.first == 0 and s0.last == 1
    assert s1.first == 2 and s1.last == len(st.tokens) - 1
    assert st.sent_of(s1.first + 1) is s1
