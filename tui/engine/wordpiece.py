"""BERT's uncased WordPiece tokenizer in plain Python: the token ids the MiniLM encoder reads.

Why it exists: HF's `tokenizers` was the only user of huggingface_hub, hf_xet, fsspec and
tqdm in the install (about 35 MB of the 350 MB it may take) and ran just this one tokenizer.
This module reproduces, token id for token id, the pipeline minilm.py built with it:

* the special tokens (SPECIAL, added with normalized=False) are cut out of the raw text
  first, longest match leftmost, so a literal "[CLS]" in the text is that token;
* BertNormalizer(clean_text=True, handle_chinese_chars=True, strip_accents=None,
  lowercase=True), in HF's order: NUL, U+FFFD, control, format and private-use characters
  dropped and white space made a space; a space either side of each CJK ideograph; NFD and
  the nonspacing marks dropped (strip_accents=None follows lowercase, so accents go);
  lower case one character at a time, as Rust's char::to_lowercase (so 'Σ' is always 'σ',
  where Python's str.lower would write a final 'ς');
* BertPreTokenizer: split at white space, and each punctuation character a word of its own;
* WordPiece: the longest vocabulary entry from the start of the word, then "##" pieces,
  longest first; a word over MAX_WORD_CHARS characters, or with a remainder no piece
  matches, is one [UNK];
* [CLS] ... [SEP], the pieces cut so that the whole is at most `max_tokens` ids (the first
  pieces kept, as HF's right-hand truncation).

HF classifies characters with tables of older and newer Unicode versions than Python's
unicodedata (see wordpiece_tables.py, measured on every code point); NFD and lower case
otherwise come from Python, but for the few code points HF's older NFD keeps whole
(NFD_KEPT) and Rust's newer lower-case mappings (EXTRA_LOWER). tests/test_wordpiece.py
compares the ids with HF's on every code point, the corpora and generated text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from tui.engine.wordpiece_tables import CLEANED, EXTRA_LOWER, MARKS, NFD_KEPT, PUNCTUATION, SPACES

SPECIAL = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")
"""The tokens a text can hold literally and that are never split (as in the model's tokenizer.json)."""
UNKNOWN, FIRST, LAST = "[UNK]", "[CLS]", "[SEP]"
CONTINUATION = "##"  # marks a piece that continues a word
MAX_WORD_CHARS = 100  # HF's max_input_chars_per_word: a longer word is one [UNK]
CACHE_WORDS = 100_000
"""Words whose pieces are remembered (news words repeat); past this the cache starts afresh,
so memory stays a few MB however much text goes through."""
CJK = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F), (0x2B740, 0x2B81F),
       (0x2B920, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
"""The ideographs BERT sets apart (HF's is_chinese_char): the CJK Unified Ideographs blocks."""
RUST_WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
                   "\u2028\u2029\u202f\u205f\u3000"
"""Unicode's White_Space, which Rust's str::trim_end strips from each vocabulary line."""


def _class(ranges: Iterable[tuple[int, int]]) -> str:
    """A regular-expression character class body for these code point ranges."""
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


def _points(ranges: Iterable[tuple[int, int]], below: int = 0x110000) -> list[int]:
    return [p for a, b in ranges if a < below for p in range(a, min(b + 1, below))]


_CLEANED = re.compile(f"[{_class(CLEANED)}]+")
_SPACES = re.compile(f"[{_class(SPACES)}]")
_CJK = re.compile(f"[{_class(CJK)}]")
_MARKS = re.compile(f"[{_class(MARKS)}]+")
_EXTRA_LOWER = re.compile(f"[{_class((p, p) for p in EXTRA_LOWER)}]")
_WORDS = re.compile(f"[{_class(PUNCTUATION)}]|[^ {_class(PUNCTUATION)}]+")
"""After normalising, white space is all plain spaces: a word is a punctuation character or a
run of anything else."""
_KEPT = {p: 0xE000 + n for n, p in enumerate(_points(NFD_KEPT))}
"""Each stands in for a code point NFD must keep whole: a private-use character, which cleaning
has already dropped from the text, so none can be there when NFD runs."""
_KEPT_BACK = {v: k for k, v in _KEPT.items()}
_NFD_KEPT = re.compile(f"[{_class(NFD_KEPT)}]" if NFD_KEPT else "(?!)")
_SPECIAL = re.compile("(" + "|".join(re.escape(t) for t in sorted(SPECIAL, key=len, reverse=True)) + ")")
# ASCII text (most news) needs no NFD, CJK or table look-ups: one translate cleans it.
_ASCII: dict[int, str | None] = {p: None for p in _points(CLEANED, below=128)}
_ASCII.update({p: " " for p in _points(SPACES, below=128)})


def normalize(text: str) -> str:
    """BERT's uncased normalisation of a text, as HF's BertNormalizer does it (see the module docstring)."""
    if text.isascii():
        return text.translate(_ASCII).lower()
    text = _SPACES.sub(" ", _CLEANED.sub("", text))
    text = _CJK.sub(r" \g<0> ", text)
    if not unicodedata.is_normalized("NFD", text):
        if _NFD_KEPT.search(text):
            text = unicodedata.normalize("NFD", text.translate(_KEPT)).translate(_KEPT_BACK)
        else:
            text = unicodedata.normalize("NFD", text)
    text = _MARKS.sub("", text)
    if _EXTRA_LOWER.search(text):
        text = text.translate(EXTRA_LOWER)
    # Rust lower-cases each character alone: a capital sigma is never a final sigma there.
    return text.replace("\u03a3", "\u03c3").lower()


def words(text: str) -> list[str]:
    """The words BERT's pre-tokenizer makes of a normalised text."""
    return _WORDS.findall(text)


def read_vocab(path: Path) -> dict[str, int]:
    """The vocabulary file: one entry a line, the line number its id (a repeated entry keeps its last)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line
    return {line.rstrip(RUST_WHITE_SPACE): n for n, line in enumerate(lines)}


class WordPieceTokenizer:
    """BERT's uncased WordPiece tokenizer over a vocabulary file: texts -> [CLS] pieces [SEP] ids."""

    def __init__(self, vocab: Path, *, max_tokens: int) -> None:
        if max_tokens < 2:
            raise ValueError(f"max_tokens must leave room for {FIRST} and {LAST}, not {max_tokens}")
        self.vocab = read_vocab(vocab)
        missing = [t for t in SPECIAL if t not in self.vocab]
        if missing:
            raise ValueError(f"{vocab.name} lacks the special token(s) {', '.join(missing)}")
        self.max_tokens = max_tokens
        self.special = {t: self.vocab[t] for t in SPECIAL}
        self.unknown = self.vocab[UNKNOWN]
        # No piece is longer than the longest entry: the search starts there.
        self.longest = max(len(t) for t in self.vocab)
        self._cache: dict[str, tuple[int, ...]] = {}

    def ids(self, texts: Sequence[str]) -> list[list[int]]:
        """The token ids of each text, [CLS] and [SEP] included, at most max_tokens in all."""
        return [self.encode(t) for t in texts]

    def encode(self, text: str) -> list[int]:
        """The token ids of one text, [CLS] and [SEP] included, at most max_tokens in all."""
        room = self.max_tokens - 2
        out: list[int] = []
        segments = _SPECIAL.split(text) if "[" in text else [text]
        # split() puts the special tokens it cut out at the odd places.
        for n, segment in enumerate(segments):
            if len(out) >= room:
                break
            if n % 2:
                out.append(self.special[segment])
                continue
            for word in words(normalize(segment)):
                out.extend(self.pieces(word))
                if len(out) >= room:
                    break
        return [self.special[FIRST], *out[:room], self.special[LAST]]

    def pieces(self, word: str) -> tuple[int, ...]:
        """The ids of one normalised word's pieces: greedy longest match first, or one [UNK]."""
        known = self._cache.get(word)
        if known is not None:
            return known
        found = self._split(word)
        if len(self._cache) >= CACHE_WORDS:
            self._cache.clear()
        self._cache[word] = found
        return found

    def _split(self, word: str) -> tuple[int, ...]:
        vocab = self.vocab
        if len(word) > MAX_WORD_CHARS:
            return (self.unknown,)
        whole = vocab.get(word)
        if whole is not None:
            return (whole,)
        found: list[int] = []
        start, size = 0, len(word)
        while start < size:
            end = min(size, start + self.longest)
            while end > start:
                piece = word[start:end] if start == 0 else CONTINUATION + word[start:end]
                got = vocab.get(piece)
                if got is not None:
                    found.append(got)
                    break
                end -= 1
            else:
                return (self.unknown,)  # no piece matches here: the whole word is unknown
            start = end
        return tuple(found)
