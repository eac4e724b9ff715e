"""The sentences' stored form (tui.engine.sentencecodec): what is stored comes back as it was."""

from __future__ import annotations

import dataclasses
import pickle
import re
from datetime import date

import numpy as np
import pytest

from tui.engine.labels import event_label
from tui.engine.model import Article, Sentence
from tui.engine.sentencecodec import FEW, StoredSentences, decode_sentences, encode_sentences
from tui.engine.textdates import referred_months, stated_date


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


@pytest.mark.parametrize(("offsets", "texts"), [("0 10", {"1": "no second sentence"}), ("0 10", {"x": "a"}),
                                                ("0 10", {"0": 5}), ("0 10", {"٠": "an Arabic-Indic zero"}),
                                                ("0  10", {}), (" 0 10", {}), ("0 10 ", {}), ("0 -10", {})])
def test_a_row_damaged_anywhere_is_refused_when_read_not_when_first_used(offsets: object, texts: object) -> None:
    with pytest.raises((ValueError, TypeError)):
        decode_sentences("First one.", offsets, texts)


_BODY = "One. Two two. Three three three.\n\nA heading\n\nFive. Six. Seven. Eight. Nine. Ten."
_SENTENCES = tuple(Sentence(m.group() + (":" if m.group() == "A heading" else ""), m.start(), m.end())
                   for m in re.finditer(r"[^.\n]+\.?", _BODY))  # the heading with a text of its own


def _stored() -> StoredSentences:
    return decode_sentences(_BODY, *encode_sentences(_BODY, _SENTENCES))


@pytest.mark.parametrize("index", [0, 1, 4, 9, -1, -2, -10, 10, -11])
def test_one_stored_sentence_is_read_from_either_end_without_building_the_rest(index: int) -> None:
    stored = _stored()
    if -len(_SENTENCES) <= index < len(_SENTENCES):
        got = stored[index]
        assert got == _SENTENCES[index] and type(got) is Sentence
        assert stored[np.int64(index)] == got  # an index from NumPy (alignment's rows), as a tuple takes it
    else:
        with pytest.raises(IndexError):
            stored[index]
    assert not stored.is_built


@pytest.mark.parametrize("cut", [slice(None, 5), slice(-2, None), slice(3, 1), slice(None, None, -1), slice(1, 20, 3),
                                 slice(None)])
def test_a_slice_of_stored_sentences_is_the_tuples_slice(cut: slice) -> None:
    stored = _stored()
    assert stored[cut] == _SENTENCES[cut]
    assert stored.is_built == (len(_SENTENCES[cut]) > FEW)


def test_stored_sentences_are_equal_to_hashed_and_pickled_as_their_tuple() -> None:
    stored = _stored()
    assert len(stored) == len(_SENTENCES) and not stored.is_built  # counted without building
    assert stored == _SENTENCES and stored == _stored()
    assert _SENTENCES == stored  # noqa: SIM300 - the tuple on the left: its __eq__ gives way to ours
    assert stored != _SENTENCES[:-1] and stored != list(_SENTENCES)
    assert hash(stored) == hash(_SENTENCES)
    assert list(stored) == list(_SENTENCES) and stored.is_built
    back = pickle.loads(pickle.dumps(stored))
    assert type(back) is tuple and back == _SENTENCES
    article = Article("a.txt", "T", None, None, None, None, _BODY, _SENTENCES)
    assert dataclasses.replace(article, sentences=_stored()) == article


def test_what_grouping_reads_of_a_cached_articles_opening_builds_no_sentence() -> None:
    """Its date line, the months its lead names, its label: a join reads these of a thousand cached
    articles, whose other sentences it never needs."""
    article = Article("a.txt", "T", None, None, None, None, _BODY, _stored())
    assert article.opening(3) == [s.text for s in _SENTENCES[:3]]
    stated_date(article)
    referred_months(article, date(2024, 5, 1))
    event_label([article], article)
    assert not article.sentences.is_built  # type: ignore[attr-defined]
