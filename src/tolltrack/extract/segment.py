"""Tokens and sentences, from spaCy's rule-based English tokenizer.

A blank pipeline is used on purpose: it needs no model download and tokenizes
about a million words a second. Sentence boundaries come from punctuation and from
line breaks, because reports put headlines, datelines and bullet items on lines of
their own without final punctuation.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.attrs import IDX, IS_SPACE, LENGTH

from tolltrack.data import load
from tolltrack.extract.state import DocState, Sentence, Token

if TYPE_CHECKING:
    from spacy.language import Language

BULLETS = {"•", "-", "*", "·", "‣", "▪", "–", "—", "o", "●", "◦"}
_END = {".", "!", "?"}


@cache
def blank_english() -> Language:
    import spacy
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    nlp = spacy.blank("en")
    nlp.max_length = 2_500_000  # only the tokenizer runs: no parser memory to protect
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)  # (a blank pipeline's rule-based tokenizer)
    for title in load("abbreviations")["titles"]:  # "Lance Cpl. Reyes": one token, no sentence end
        tokenizer.add_special_case(title, [{ORTH: title}])
    return nlp


class Segmenter:
    name = "segment"
    requires = ("norm",)
    assigns = ("spacy_doc", "tokens", "sents")

    def __call__(self, state: DocState) -> None:
        nlp = blank_english()
        doc = nlp.make_doc(state.text)
        state.spacy_doc = doc
        tokens: list[Token] = []
        index: dict[int, int] = {}
        breaks: set[int] = set()  # indices into `tokens` that start a new line
        para_breaks: set[int] = set()
        text = state.text
        # one array read instead of a Python Token object per token: the hot loop of the pipeline
        rows = doc.to_array([IDX, LENGTH, IS_SPACE]).tolist() if len(doc) else []
        find, size, last_end = text.find, len(text), -1
        for i, (start, length, is_space) in enumerate(rows):
            end = start + length
            if is_space:
                first = find("\n", start, end)
                if first != -1:
                    breaks.add(len(tokens))
                    if find("\n", first + 1, end) != -1:
                        para_breaks.add(len(tokens))
                continue
            if last_end >= 0 and find("\n", last_end, start) != -1:
                breaks.add(len(tokens))
            index[i] = len(tokens)
            word = text[start:end]
            tokens.append(Token(len(tokens), word, word.lower(), start, end, end < size and text[end] == " "))
            last_end = end
        state.tokens = tokens
        state.spacy_index = index
        state.sents = _split(tokens, breaks, para_breaks)
        _mark_titles(state)


def _split(tokens: list[Token], breaks: set[int], para_breaks: set[int]) -> list[Sentence]:
    sents: list[Sentence] = []
    cur: list[Token] = []
    para = 0

    def flush() -> None:
        if cur:
            first = cur[0].text
            bullet = first in BULLETS or (first[:1] in BULLETS and first[:1] != "o") or _is_label_line(cur)
            last = cur[-1].lower
            header = last == ":" or (len(cur) > 2 and cur[-2].lower == "follows" and last in {":", "."}) or (
                len(cur) <= 6 and all(t.text.isupper() or not t.text.isalpha() for t in cur)
                and any(t.text.isalpha() for t in cur))  # "BREAKDOWN BY REGION"
            sents.append(Sentence(len(sents), cur[0].start, cur[-1].end, list(cur), para, bullet, header))
            cur.clear()

    for k, tok in enumerate(tokens):
        if k in breaks:
            flush()
            para += 1
        closing = tok.text in {'"', "'"} and len(cur) > 0 and cur[-1].text in _END and not cur[-1].space
        cur.append(tok)
        if closing:
            # a closing quote after the full stop belongs to the sentence it closes
            if k + 1 >= len(tokens) or k + 1 in breaks or tokens[k + 1].text[:1].isupper():
                flush()
            continue
        if tok.text in _END and k + 1 < len(tokens):
            nxt = tokens[k + 1].text
            if nxt in {'"', "'"} and not tok.space:
                continue
            if nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in {'"', "'", "("} or nxt in BULLETS:
                flush()
        elif tok.text == ":" and k + 1 < len(tokens) and tokens[k + 1].text in BULLETS:
            flush()
    flush()
    del para_breaks
    return sents


def _is_label_line(tokens: list[Token]) -> bool:
    """ "Civilians – 41", "Centre-Nord: 41 deaths": a short label and a count make a list item."""
    for k, t in enumerate(tokens[:7]):
        if t.text in {":", "–", "-"} and k > 0:
            return k + 1 < len(tokens) and tokens[k + 1].text[:1].isdigit() and tokens[0].text[:1].isupper()
    return False


def _mark_titles(state: DocState) -> None:
    """Headline lines: short lines without final punctuation before the body starts."""
    title = (state.doc.title or "").strip().lower()
    for s in state.sents[:6]:
        text = state.text[s.start : s.end].strip().lower()
        short_line = s.idx < 4 and s.tokens[-1].text not in _END and len(s.tokens) > 4 and not s.header
        if title and text == title or short_line:
            s.title = True
