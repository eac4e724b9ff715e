"""The plain-Python WordPiece tokenizer's speed, beside HF tokenizers' measured in the same run.

`python -m bench wordpiece` tokenises every sentence of the seeds and of the ECB+ dev corpus and
reports tokens a second for:

- HF's `tokenizers` (the baseline: what minilm.py ran before; its encode_batch uses every core),
  when the test extra is installed; skipped, saying so, when it is not;
- wordpiece.py from a fresh tokenizer (every word looked up anew; the vocabulary's loading
  is reported apart), and again with its word cache warm.

Target: at least 200,000 tokens a second cold, fifty times the encoder's ~4,000, so that the
tokenizer adds no more than 2% to encoding.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from tui.engine.corpus import load_corpus
from tui.engine.minilm import MAX_TOKENS, VOCAB
from tui.engine.wordpiece import WordPieceTokenizer

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (ROOT / "seeds", ROOT / "bench" / "data" / "ecbplus-dev")
MIN_TOKENS_PER_SECOND = 200_000
"""Cold: fifty times what the MiniLM encoder reads a second."""
RUNS = 5
"""Runs of each timing; the fastest counts (the machine is shared)."""


def _best(run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(RUNS):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    texts = [s for corpus in CORPORA for a in load_corpus([corpus]).articles for s in a.texts]
    ours = WordPieceTokenizer(VOCAB, max_tokens=MAX_TOKENS)
    tokens = sum(len(ids) for ids in ours.ids(texts))
    print(f"{len(texts):,} sentences, {tokens:,} tokens")
    load = _best(lambda: WordPieceTokenizer(VOCAB, max_tokens=MAX_TOKENS))
    cold = _best(lambda: WordPieceTokenizer(VOCAB, max_tokens=MAX_TOKENS).ids(texts)) - load
    warm = _best(lambda: ours.ids(texts))
    try:
        from tests.test_wordpiece import hf_tokenizer  # the test extra's HF tokenizers, set up as minilm.py had it
    except ImportError as error:
        print(f"HF tokenizers: not measured ({error})")
        baseline = None
    else:
        hf = hf_tokenizer()
        baseline = tokens / _best(lambda: hf.encode_batch(texts))
        print(f"HF tokenizers encode_batch: {baseline:,.0f} tokens/s")
    for name, seconds in (("wordpiece.py cold", cold), ("wordpiece.py warm", warm)):
        rate = tokens / seconds
        versus = f" ({rate / baseline:.2f}x HF)" if baseline else ""
        print(f"{name}: {rate:,.0f} tokens/s{versus}")
    print(f"vocabulary load: {load * 1000:.0f} ms")
    ok = tokens / cold >= MIN_TOKENS_PER_SECOND
    print(f"target >= {MIN_TOKENS_PER_SECOND:,} tokens/s cold: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1
