"""The sentence encoder: the ONNX MiniLM gives the model's tokens and vectors, refuses a
wrong or missing model file, and `embed.encode` is deterministic, cached and can be turned off.

The references in tests/fixtures/embed were made once, with the model's own tokenizer.json
and the full-precision weights (run on NumPy by the encoder that came before), so neither
these tests nor the test extra need torch or sentence-transformers."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import onnxruntime
import pytest

from tui.engine import embed, minilm, onnxgraph
from tui.engine.minilm import BATCH_TOKENS, MAX_TOKENS, MODEL_SHA256, RUN_TOKENS, VOCAB, MiniLM, batches, default_model
from tui.engine.modelfile import ModelFile, tokenizer
from tui.engine.onnxgraph import ATTENTION_PROJECTIONS, fields, gather_first, int8_matmuls, serialize, unguarded
from tui.engine.wordpiece import WordPieceTokenizer

REFERENCE = Path(__file__).resolve().parent / "fixtures" / "embed"
REFERENCE_COS = 0.99
"""The int8 weights and int8 products move a vector a little. 0.998 with float products
(measured 0.9985 at worst on 3,775 sentences of the seeds, fixtures and gold files and their
adjacent pairs); with int8 products (onnxgraph.int8_matmuls) 0.9938 at worst on the references
(the one long token of "x"), 0.9934 on 8,231 texts against the float products' vectors. A
broken encoder still fails: another reference text's vector comes no closer than 0.906."""
REFERENCE_MEAN_COS = 0.997  # measured 0.9984 over the references with int8 products (0.9994 float)

HIDDEN_COS = 0.99  # measured 0.9954 at worst (0.9988 on average) over the 90 tokens of random ids

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
def model() -> MiniLM:
    return MiniLM()


@pytest.fixture(scope="module")
def reference() -> tuple[list[str], list[list[int]], np.ndarray]:
    data = json.loads((REFERENCE / "minilm-reference.json").read_text(encoding="utf-8"))
    vectors = np.load(REFERENCE / "minilm-reference.npy").astype(np.float32)
    return data["texts"], data["ids"], vectors


def test_the_shipped_vocabulary_gives_the_models_token_ids(
        model: MiniLM, reference: tuple[list[str], list[list[int]], np.ndarray]) -> None:
    texts, ids, _ = reference
    assert model.ids(texts) == ids
    assert max(len(i) for i in ids) == MAX_TOKENS  # the reference holds a truncated text
    assert len(VOCAB.read_text(encoding="utf-8").splitlines()) == 30_522


def test_the_onnx_encoder_gives_the_full_precision_models_vectors(
        model: MiniLM, reference: tuple[list[str], list[list[int]], np.ndarray]) -> None:
    texts, _, expected = reference
    ours = model(texts)
    assert ours.shape == expected.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    cosines = (ours * expected).sum(axis=1) / np.linalg.norm(expected, axis=1)
    assert cosines.min() >= REFERENCE_COS, texts[int(cosines.argmin())]
    assert cosines.mean() >= REFERENCE_MEAN_COS


def test_batching_does_not_change_a_vector(model: MiniLM) -> None:
    """The int8 products quantise each token's vector on its own: one scale for a whole batch
    (DynamicQuantizeMatMul, tried) moved vectors by up to 0.034 here."""
    together = model(TEXTS)
    alone = np.stack([model([t])[0] for t in TEXTS])
    assert np.abs(together - alone).max() < 1e-5


def _cost(lengths: list[int], runs: list[tuple[int, int]]) -> int:
    return sum(RUN_TOKENS + (stop - start) * lengths[stop - 1] for start, stop in runs)


def test_batches_cover_the_texts_in_order_within_budget_at_the_least_cost() -> None:
    """Against every way of cutting short sorted lists, and on long ones against filling each
    batch to BATCH_TOKENS (the split that came before)."""
    rng = random.Random(3)
    for _ in range(300):
        lengths = sorted(rng.choice([rng.randint(3, 30), rng.randint(3, MAX_TOKENS)]) for _ in range(rng.randint(0, 9)))
        runs = batches(lengths)
        assert [k for start, stop in runs for k in range(start, stop)] == list(range(len(lengths)))
        assert all((stop - start) * lengths[stop - 1] <= BATCH_TOKENS for start, stop in runs)
        every = []
        for cuts in itertools.product([False, True], repeat=max(len(lengths) - 1, 0)):
            bounds = [0, *(k + 1 for k, cut in enumerate(cuts) if cut), len(lengths)] if lengths else [0]
            split = list(itertools.pairwise(bounds))
            if all((b - a) * lengths[b - 1] <= BATCH_TOKENS for a, b in split):
                every.append(_cost(lengths, split))
        assert _cost(lengths, runs) == min(every)
    lengths = sorted(rng.randint(3, 120) for _ in range(2_000))
    filled: list[tuple[int, int]] = []
    start = 0
    for k in range(1, len(lengths) + 1):
        if k == len(lengths) or (k - start + 1) * lengths[k] > BATCH_TOKENS:
            filled.append((start, k))
            start = k
    assert _cost(lengths, batches(lengths)) <= _cost(lengths, filled)


def test_the_batches_are_cut_so_that_each_worker_has_one_when_the_texts_allow() -> None:
    assert minilm.shared([63, 79, 79], [(0, 3)], 2) == [(0, 1), (1, 3)]
    assert minilm.shared([5, 9, 30, 31], [(0, 2), (2, 4)], 3) == [(0, 2), (2, 3), (3, 4)]  # the costlier is cut
    assert minilm.shared([40], [(0, 1)], 2) == [(0, 1)]  # one text: nothing to cut
    assert minilm.shared([3, 4], [(0, 2)], 1) == [(0, 2)]


def test_batches_run_side_by_side_give_the_vectors_of_batches_run_one_at_a_time(
        model: MiniLM, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*TEXTS, *(f"Sentence {n} of a longer story, told {'at length ' * n}" for n in range(40))]
    monkeypatch.setattr(minilm, "WORKERS", 1)
    alone = model(texts)
    monkeypatch.setattr(minilm, "WORKERS", 2)
    assert np.array_equal(model(texts), alone)


def _fresh(code: str, *args: str, semantic: str = "1") -> str:
    """What `code` prints, run with `args` in a fresh Python (the encoder's globals untouched)."""
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root), "PARALLAX_SEMANTIC": semantic}
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=root,
                         timeout=120, check=True)
    return out.stdout.strip()


def test_preload_loads_the_encoder_in_the_background_unless_it_is_off() -> None:
    """In a fresh process: `preload` returns at once and a thread builds the encoder, which
    `encode` then uses (waiting for it); with the switch off no thread starts."""
    code = (
        "import threading\n"
        "from tui.engine import embed\n"
        "embed.preload()\n"
        "loader = embed._loader\n"
        "if loader is None:\n"
        "    print('none', embed.encode(['x']) is None)\n"
        "else:\n"
        "    embed.preload()\n"
        "    assert embed._loader is loader\n"
        "    vectors = embed.encode(['The museum is shut until Tuesday.'])\n"
        "    loader.join()\n"
        "    print(loader.name, vectors.shape, embed._model is not None, embed.failure())\n"
    )
    for switch, expected in (("1", "parallax-encoder-load (1, 384) True None"), ("0", "none True")):
        assert _fresh(code, semantic=switch) == expected


def test_a_vocabulary_that_cannot_be_read_means_words_alone() -> None:
    """In a fresh process: `encode` tokenises before it waits for the model; a vocabulary it
    cannot read gives no vectors and `failure()` says why, as a missing model does."""
    code = (
        "from pathlib import Path\n"
        "from tui.engine import embed, modelfile\n"
        "modelfile.VOCAB = Path('/nonexistent/minilm-vocab.txt')\n"
        "import sys\n"
        "print(embed.encode([sys.argv[1]]) is None, 'FileNotFoundError' in (embed.failure() or ''))\n"
    )
    # A text no cache can hold yet, so it is tokenised.
    assert _fresh(code, f"A sentence never encoded before: {random.random()!r}") == "True True"


def test_a_comparison_s_word_pass_starts_loading_the_encoder_for_the_meaning_pass() -> None:
    """In a fresh process: the TUI's first stage (words only) begins loading the encoder, whose
    links follow (`Session.add_meaning`); with paraphrases off it does not."""
    code = (
        "import sys\n"
        "from tui.engine import embed\n"
        "from tui.engine.corpus import load_corpus\n"
        "from tui.session import Session, Settings\n"
        "left, right = load_corpus(['seeds']).articles[:2]\n"
        "session = Session([], settings=Settings(paraphrases=sys.argv[1] == 'on'))\n"
        "session.align(left, right, words_only=True)\n"
        "print(embed._loader is not None)\n"
    )
    for switch, expected in (("on", "True"), ("off", "False")):
        assert _fresh(code, switch) == expected


def _hidden(model: bytes, ids: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
    session = onnxruntime.InferenceSession(model, sess_options=options, providers=["CPUExecutionProvider"])
    mask = np.ones_like(ids) if mask is None else mask
    feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
    names = {i.name for i in session.get_inputs()}
    return np.asarray(session.run(None, {k: v for k, v in feed.items() if k in names})[0])


def test_gathering_the_int8_embedding_rows_first_changes_no_bit_of_the_output() -> None:
    """The rewritten graph (see onnxgraph) gives the file's own graph's hidden states exactly,
    on every token id at the table's ends and random ones, and reads only rows: its Gathers
    take the int8 table, not a dequantised one."""
    original = default_model().read_bytes()
    rewritten = gather_first(original)
    assert rewritten != original
    rng = np.random.default_rng(7)
    ids = rng.integers(0, 30_522, size=(5, 40))
    ids[:, 0], ids[0, 1:4] = 101, [0, 30_521, 102]
    assert np.array_equal(_hidden(rewritten, ids), _hidden(original, ids))
    graph = next(v for n, _, v in fields(memoryview(rewritten)) if n == 7)
    assert isinstance(graph, memoryview)
    nodes = [fields(v) for n, _, v in fields(graph) if n == 1 and isinstance(v, memoryview)]
    gather_inputs = [[bytes(v) for n, _, v in node if n == 1 and isinstance(v, memoryview)] for node in nodes
                     if any(n == 4 and isinstance(v, memoryview) and bytes(v) == b"Gather" for n, _, v in node)]
    assert [b"inner.embeddings.word_embeddings.weight_q", b"input_ids"] in gather_inputs


def test_dropping_the_softmax_nan_guards_changes_no_bit_of_a_padded_batchs_output() -> None:
    """Without the Where(IsNaN) after each attention's Softmax (onnxgraph.unguarded) the hidden
    states are the same, bit for bit, padding included: the mask hides keys only, never [CLS],
    so no row of attention weights is all masked (NaN). A guard kept would leave its IsNaN."""
    layered = int8_matmuls(gather_first(default_model().read_bytes()))
    rng = np.random.default_rng(5)
    ids = rng.integers(1000, 30_522, size=(4, 24))
    mask = np.ones_like(ids)
    for row, length in enumerate((24, 17, 5, 2)):  # the shortest: [CLS] and [SEP] only
        ids[row, 0], ids[row, length - 1], ids[row, length:], mask[row, length:] = 101, 102, 0, 0
    bare = unguarded(layered)
    assert np.array_equal(_hidden(bare, ids, mask), _hidden(layered, ids, mask))
    ops = [op for op, _ in _graph(bare)[0]]
    assert "IsNaN" not in ops and ops.count("Softmax") == 6
    assert [op for op, _ in _graph(layered)[0]].count("IsNaN") == 6


def test_the_weights_handed_apart_from_the_graph_give_the_same_output() -> None:
    """`both_apart`: a graph of under a MB whose weights ONNX Runtime is given beside it, and
    the same hidden states, bit for bit, as the whole rewritten file (`both`)."""
    original = default_model().read_bytes()
    graph, weights = onnxgraph.both_apart(original)
    assert len(graph) < 1 << 20 and sum(w.nbytes for w in weights.values()) > 20 << 20
    assert "inner.embeddings.word_embeddings.weight_q" in weights
    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
    names = list(weights)
    options.add_external_initializers(names, [onnxruntime.OrtValue.ortvalue_from_numpy(weights[n]) for n in names])
    session = onnxruntime.InferenceSession(graph, sess_options=options, providers=["CPUExecutionProvider"])
    rng = np.random.default_rng(3)
    ids = rng.integers(1000, 30_522, size=(2, 20))
    ids[:, 0], ids[:, -1] = 101, 102
    feed = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)}
    inputs = {i.name for i in session.get_inputs()}
    apart = np.asarray(session.run(None, {k: v for k, v in feed.items() if k in inputs})[0])
    assert np.array_equal(apart, _hidden(onnxgraph.both(original), ids))


def test_the_protobuf_codec_writes_back_what_it_reads_and_a_rewritten_graph_is_left_alone() -> None:
    original = default_model().read_bytes()
    assert serialize(fields(memoryview(original))) == original
    once = gather_first(original)
    assert gather_first(once) == once  # nothing left to rewrite: the same bytes back
    twice = int8_matmuls(once)
    assert int8_matmuls(twice) == twice
    assert onnxgraph.both(original) == unguarded(twice)  # the rewrites on one parse: the same bytes
    assert unguarded(unguarded(twice)) == unguarded(twice)


def _graph(model: bytes) -> tuple[list[tuple[str, list[str]]], dict[str, tuple[list[int], int, bytes]]]:
    """(op, inputs) of each node, and each initializer's (dims, data type, raw bytes)."""
    graph = next(v for n, _, v in fields(memoryview(model)) if n == 7)
    assert isinstance(graph, memoryview)
    nodes, tensors = [], {}
    for number, _, value in fields(graph):
        if number not in (1, 5) or not isinstance(value, memoryview):
            continue  # only nodes and initializers
        parts = fields(value)
        if number == 1:
            op = next(bytes(v).decode() for n, _, v in parts if n == 4 and isinstance(v, memoryview))
            nodes.append((op, [bytes(v).decode() for n, _, v in parts if n == 1 and isinstance(v, memoryview)]))
        elif number == 5:
            name = next(bytes(v).decode() for n, _, v in parts if n == 8 and isinstance(v, memoryview))
            dims = [v for n, _, v in parts if n == 1 and isinstance(v, int)]
            kind = next(v for n, _, v in parts if n == 2 and isinstance(v, int))
            raw = next((bytes(v) for n, _, v in parts if n == 9 and isinstance(v, memoryview)), b"")
            tensors[name] = (dims, kind, raw)
    return nodes, tensors


def test_the_layers_products_run_in_int8_but_the_attentions_query_key_and_value() -> None:
    """Of the 36 weight products, the 18 that do not make the query, key and value run as
    MatMulInteger of the stored int8 weight; no layer weight is dequantised at a run any more;
    the query, key and value weights are floats equal to what the Cast and the Mul made."""
    original = gather_first(default_model().read_bytes())
    old_nodes, old_tensors = _graph(original)
    nodes, tensors = _graph(int8_matmuls(original))
    integer = [inputs for op, inputs in nodes if op == "MatMulInteger"]
    assert len(integer) == 18
    assert all(tensors[w][1] == 3 and w in old_tensors for _, w, _ in integer)  # int8, as stored
    casts = [inputs[0] for op, inputs in nodes if op == "Cast" and inputs[0] in tensors]
    assert casts == [] or all("embeddings" in c for c in casts)
    float_weights = [inputs[1] for op, inputs in nodes if op == "MatMul" and inputs[1] in tensors]
    assert len(float_weights) == 6 * ATTENTION_PROJECTIONS
    old_muls = [inputs for op, inputs in old_nodes if op == "Mul"]
    for name in float_weights:
        dims, kind, raw = tensors[name]
        assert kind == 1
        q_dims, _, q_raw = old_tensors[f"{name}_q"]
        s_dims, _, s_raw = old_tensors[f"{name}_scale"]
        assert [f"{name}_f", f"{name}_scale"] in old_muls and dims == q_dims  # it was dequantised at each run
        assert f"{name}_q" not in tensors  # and the int8 copy is not kept beside the floats
        expected = (np.frombuffer(q_raw, dtype=np.int8).astype(np.float32).reshape(q_dims)
                    * np.frombuffer(s_raw, dtype="<f4").reshape(s_dims))
        assert np.array_equal(np.frombuffer(raw, dtype="<f4").reshape(dims), expected)


def test_int8_products_keep_each_tokens_hidden_state_close() -> None:
    """Token by token, the int8 products' hidden states against the float products' (the
    rewrite that keeps every bit): a wrong scale or zero point would move them far."""
    floats = gather_first(default_model().read_bytes())
    rng = np.random.default_rng(11)
    ids = rng.integers(1000, 30_522, size=(3, 30))
    ids[:, 0], ids[:, -1] = 101, 102
    a, b = _hidden(int8_matmuls(floats), ids), _hidden(floats, ids)
    cosines = (a * b).sum(-1) / np.linalg.norm(a, axis=-1) / np.linalg.norm(b, axis=-1)
    assert cosines.min() >= HIDDEN_COS, cosines.min()


def test_a_model_file_that_is_not_the_pinned_one_is_refused(tmp_path: Path) -> None:
    damaged = tmp_path / "model.onnx"
    data = bytearray(default_model().read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte
    damaged.write_bytes(bytes(data))
    with pytest.raises(ValueError, match="sha256"):
        MiniLM(damaged)
    with pytest.raises(OSError):
        MiniLM(tmp_path / "missing.onnx")
    copy = tmp_path / "copy.onnx"
    shutil.copyfile(default_model(), copy)
    assert MiniLM(copy)(TEXTS[:1]).shape == (1, 384)  # the same bytes anywhere are accepted
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == MODEL_SHA256


def test_the_model_file_is_read_at_once_and_checked_before_it_runs(tmp_path: Path) -> None:
    """`ModelFile` gives the bytes to rewrite while its thread takes the sha256, and `check`
    refuses any other file; MiniLM builds the tokenizer it is given only when it tokenises
    (the loading thread leaves that to the thread that encodes)."""
    good = ModelFile(default_model())
    assert hashlib.sha256(good.data()).hexdigest() == MODEL_SHA256
    good.check()
    other = tmp_path / "other.onnx"
    other.write_bytes(b"not a model")
    wrong = ModelFile(other)
    assert wrong.data() == b"not a model"
    with pytest.raises(ValueError, match="sha256"):
        wrong.check()
    with pytest.raises(OSError):
        ModelFile(tmp_path / "missing.onnx").data()
    made: list[int] = []

    def counted() -> WordPieceTokenizer:
        made.append(1)
        return tokenizer()

    model = MiniLM(ModelFile(default_model()), tokenizer=counted)
    assert made == []
    assert model.ids(TEXTS[:1]) == tokenizer().ids(TEXTS[:1]) and made == [1]


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


def test_vectors_of_another_encoder_are_never_read() -> None:
    """The cache key names this encoder, so vectors stored by the NumPy one are not reused."""
    text = TEXTS[0]
    numpy_key = hashlib.sha1(f"all-MiniLM-L6-v2/numpy-1\0{text}".encode()).hexdigest()
    assert embed._key(text) != numpy_key
    assert embed._key(text) != embed._key(TEXTS[1])


def test_the_switch_turns_the_encoder_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARALLAX_SEMANTIC", "0")
    assert not embed.enabled()
    assert embed.encode(TEXTS) is None
