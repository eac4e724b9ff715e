"""The sentences' stored form (tui.engine.sentencecodec): what is stored comes back as it was."""

from __future__ import annotations

import pytest

from tui.engine.model import Sentence
from tui.engine.sentencecodec import decode_sentences, encode_sentences


def test_sentences_come_back_as_sentences_with_their_own_texts() -> None:
    body = "First one. Second one.\n\nA heading"
    sentences = (Sentence("First one.", 0, 10), Sentence("Second one.", 11, 22), Sentence("A heading:", 24, 33))
    offsets, texts = encode_sentences(body, sentences)
    assert (offsets, texts) == ("0 10 11 22 24 33", {"2": "A heading:"})  # only the joined text is kept apart
    back = decode_sentences(body, offsets, texts)
    assert back == sentences
    assert all(type(s) is Sentence for s in back)  # a Sentence, not a bare tuple that compares equal
    assert [s.text for s in back] == ["First one.", "Second one.", "A heading:"]


@pytest.mark.parametrize(("offsets", "texts"), [("0 10 11", {}), ("0 x", {}), (["0", "10"], {}), ("0 10", [])])
def test_a_damaged_row_is_an_error_not_wrong_sentences(offsets: object, texts: object) -> None:
    with pytest.raises((ValueError, TypeError)):
        decode_sentences("First one.", offsets, texts)
