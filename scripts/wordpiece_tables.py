"""Write tui/engine/wordpiece_tables.py: the character classes HF tokenizers' BERT pipeline uses.

HF tokenizers (Rust) does not classify characters with the Unicode version Python's
unicodedata has: its BERT normaliser and pre-tokenizer read general categories from the
`unicode_categories` crate (tables of an old Unicode version: no Unicode 10+ punctuation,
Hanunoo's pamudpod still a nonspacing mark), lower-case with Rust's std (a newer Unicode than
Python 3.11's 14.0). So the classes are measured here, one code point at a time, on the
installed `tokenizers` (the test extra), and written out as ranges; tests/test_wordpiece.py
checks every code point again against the same library.

Run: `python scripts/wordpiece_tables.py > tui/engine/wordpiece_tables.py` (needs `tokenizers`).
"""

from __future__ import annotations

import sys
import unicodedata

import tokenizers
from tokenizers import normalizers, pre_tokenizers

CJK = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F), (0x2B740, 0x2B81F),
       (0x2B920, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
SEPARATOR = "|"  # ASCII punctuation: kept whole by the normaliser, never produced by it


def ranges(points: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for p in sorted(points):
        if out and out[-1][1] == p - 1:
            out[-1] = (out[-1][0], p)
        else:
            out.append((p, p))
    return out


def emit(name: str, doc: str, points: list[int]) -> None:
    cells = [f"(0x{a:04X}, 0x{b:04X})" for a, b in ranges(points)]
    lines, line = [], "    "
    for cell in cells:
        if len(line) + len(cell) + 2 > 116:
            lines.append(line.rstrip())
            line = "    "
        line += cell + ", "
    lines.append(line.rstrip())
    print(f"{name}: tuple[tuple[int, int], ...] = (")
    print("\n".join(lines))
    print(")")
    print(f'"""{doc}"""')
    print()


def main() -> int:
    norm = normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True, strip_accents=None,
                                      lowercase=True)
    pre = pre_tokenizers.BertPreTokenizer()
    points = [p for p in range(0x110000) if not 0xD800 <= p <= 0xDFFF and chr(p) != SEPARATOR]
    # One normaliser call for all: the separator keeps each code point's output apart.
    normalized = norm.normalize_str(SEPARATOR.join(chr(p) for p in points)).split(SEPARATOR)
    assert len(normalized) == len(points)
    points.append(ord(SEPARATOR))
    normalized.append(norm.normalize_str(SEPARATOR))
    cleaned: list[int] = []
    marks: list[int] = []
    space: list[int] = []
    punct: list[int] = []
    lower: list[tuple[int, int]] = []
    for p, out in zip(points, normalized, strict=True):
        ch = chr(p)
        if any(a <= p <= b for a, b in CJK):
            continue
        if out == "":
            (cleaned if p in (0, 0xFFFD) or unicodedata.category(ch) in ("Cc", "Cf", "Co") else marks).append(p)
        elif out == " ":
            space.append(p)
        elif unicodedata.normalize("NFD", ch) == ch and out != ch.lower():
            if len(out) != 1:
                print(f"unexplained: U+{p:04X} -> {out!r}", file=sys.stderr)
                return 1
            lower.append((p, ord(out)))
        if out != " " and [w for w, _ in pre.pre_tokenize_str(f"a{ch}a")] == ["a", ch, "a"]:
            punct.append(p)
    # What is left: code points Python decomposes and HF's NFD (older tables) keeps whole.
    dropped, mapped = set(marks), dict(lower)
    kept: list[int] = []
    for p, out in zip(points, normalized, strict=True):
        if out in ("", " ") or any(a <= p <= b for a, b in CJK):
            continue
        pieces = [q for q in map(ord, unicodedata.normalize("NFD", chr(p))) if q not in dropped]
        if out == "".join(chr(mapped.get(q, q)) for q in pieces).lower():
            continue
        if out == chr(p).lower():
            kept.append(p)
        else:
            print(f"unexplained: U+{p:04X} -> {out!r}", file=sys.stderr)
            return 1
    print(f'"""The character classes of HF tokenizers {tokenizers.__version__}\'s BERT normaliser and pre-tokenizer,')
    print("measured on every code point by scripts/wordpiece_tables.py (do not edit: run it again).")
    print()
    print("They are not Python's unicodedata classes: HF reads general categories from the Rust")
    print("`unicode_categories` crate, whose tables are of an old Unicode version, and lower-cases with")
    print('Rust\'s std, of a newer one. tui/engine/wordpiece.py uses them; tests/test_wordpiece.py checks them."""')
    print()
    print("from __future__ import annotations")
    print()
    emit("CLEANED", "Dropped first: NUL, U+FFFD, the control, format and private-use characters (not tab, LF, CR).",
         cleaned)
    emit("MARKS", "Dropped after NFD: the nonspacing marks (accents), as the crate's tables have them.", marks)
    emit("SPACES", "Turned into a space: Rust's char::is_whitespace (tab, line feed, carriage return included).",
         space)
    emit("PUNCTUATION", "Each a token of its own: ASCII punctuation and the crate's P* categories.", punct)
    emit("NFD_KEPT", "Left whole by HF's NFD (older tables), where Python's decomposes them.", kept)
    print("EXTRA_LOWER: dict[int, int] = {")
    pairs = [f"0x{a:04X}: 0x{b:04X}" for a, b in lower]
    for start in range(0, len(pairs), 6):
        print("    " + ", ".join(pairs[start:start + 6]) + ",")
    print("}")
    print('"""Lower-case mappings Rust\'s std has and Python 3.11\'s str.lower lacks (newer Unicode)."""')
    return 0


if __name__ == "__main__":
    sys.exit(main())
