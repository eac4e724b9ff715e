"""The plain-Python WordPiece tokenizer gives, id for id, what HF's `tokenizers` gives when set
up as the model's tokenizer.json has it (HF stays in the test extra for this comparison only):
on the reference ids, on every code point, on every sentence, body and title of the seeds and
the ECB+ dev corpus, on generated Unicode text and on hand-picked hard cases."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tokenizers import AddedToken, Tokenizer, normalizers, pre_tokenizers, processors
from tokenizers.models import WordPiece

from tui.engine.corpus import load_corpus
from tui.engine.minilm import MAX_TOKENS, VOCAB
from tui.engine.wordpiece import MAX_WORD_CHARS, SPECIAL, WordPieceTokenizer, normalize, words
from tui.engine.wordpiece_tables import CLEANED, EXTRA_LOWER, NFD_KEPT

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "tests" / "fixtures" / "embed" / "minilm-reference.json"
CORPORA = (ROOT / "seeds", ROOT / "bench" / "data" / "ecbplus-dev")
CODE_POINTS = [p for p in range(0x110000) if not 0xD800 <= p <= 0xDFFF]
ASSIGNED = [p for p in CODE_POINTS if unicodedata.category(chr(p)) not in ("Cn", "Co") or p in EXTRA_LOWER]
"""The code points tokenised one by one: those Python's Unicode assigns (any HF splits at, or
drops as a mark, is among them: its tables are older) and those Rust's newer one lower-cases;
the private-use and unassigned rest are all checked by the normalisation test."""
PER_TEXT = 60  # code points per probe text: well inside MAX_TOKENS, many texts per HF batch

HARD = [
    "", " ", "\t\n\r ", "...!?", "“”‘’«»—–-", "()[]{}<>", "#", "##", "##ing", "[", "]", "[]",
    "Ilić Müller Ó Briain Łukasz Çelik naïve café résumé Ångström Dvořák Đoković São Paulo",
    "ÀÉÎÕÜ àéîõü ÆØÅ æøå Œuvre œuvre", "Straße STRASSE ß ẞ", "İstanbul İ ı I i", "ΣΑΣ ΟΔΟΣ σοφός ς Σ",
    "ﬁne ﬂow ﬀ ﬃ ﬄ ﬅ ﬆ", "ＦＵＬＬ ｗｉｄｔｈ １２３ ！？", "①②③ ⅠⅡⅢ ½ ² ³ ™ © ®",
    "東京で会議。北京の会議！ 日本語の文も。한국어 문장 ภาษาไทย", "𠀀𠀁 𪜀 𫝀 𫠠 𬺰 丽 丽",
    "emoji 😀🎉👍🏽 👨‍👩‍👧‍👦 🇫🇷 ❤️ #️⃣", "zero\u200bwidth\u200cnon\u200djoiner\u2060word\ufeffbom",
    "nul\x00in\x00text", "replacement\ufffdchar", "bell\x07 escape\x1b[31m red \x1b[0m", "\x0bvertical\x0cfeed\x85",
    "tabs\tand\nnewlines\r\nand\u2028line\u2029para", "no\u00a0break\u202fthin\u3000ideographic\u2003em",
    "|", "a|b", "[CLS]", "[SEP][SEP]", "text [CLS] inside [MASK] and [UNK] and [PAD]", "[cls] [Mask] [ CLS ] [[CLS]]",
    "a[CLS]b[MASK]c", "[MASK", "MASK]", "[CLS][", "\u0301", "\u0301\u0302\u0303", "a\u0301 e\u0308 n\u0303",
    "\u0345 \u0344 \u0340", "ǅ ǈ ǋ ǲ", "Ⅻ ⓐ Ⓐ", "x" * 150, "y" * MAX_WORD_CHARS, "z" * (MAX_WORD_CHARS + 1),
    "é" * MAX_WORD_CHARS + "e", "antidisestablishmentarianism", "unaffable", "word " * 400, "unaffable " * 90,
    "antidisestablishmentarianism " * 40, "x " * 253 + "unaffable", "x " * 252 + "unaffable",
    "The museum, which opened in 1902, will stay closed until Tuesday (officials said).",
    "U.S. $1,200.50 - 3.5% e-mail co-operate don't rock'n'roll",
    "\U0001d400\U0001d401 \U0001d5ba", "\U000e0001\U000e0041 tag", "\ue000private\U000f0000use",
    "a\U00011938b \U00011935\U00011930", "\ua7cb\ua7dc \u1c89", "\U0010ffff \U000effff",
]


def hf_tokenizer() -> Tokenizer:
    """HF's BERT uncased tokenizer, set up as the model's tokenizer.json (and minilm.py before
    it used wordpiece.py) has it."""
    vocab = WordPiece.read_file(str(VOCAB))
    built = Tokenizer(WordPiece(vocab, unk_token="[UNK]", continuing_subword_prefix="##",
                                max_input_chars_per_word=100))
    built.normalizer = normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True,
                                                  strip_accents=None, lowercase=True)
    built.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    built.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])])
    built.add_special_tokens([AddedToken(t, normalized=False) for t in SPECIAL])
    built.enable_truncation(MAX_TOKENS)
    built.no_padding()
    return built


@pytest.fixture(scope="module")
def hf() -> Tokenizer:
    return hf_tokenizer()


@pytest.fixture(scope="module")
def ours() -> WordPieceTokenizer:
    return WordPieceTokenizer(VOCAB, max_tokens=MAX_TOKENS)


def hf_ids(hf: Tokenizer, texts: list[str]) -> list[list[int]]:
    return [e.ids for e in hf.encode_batch(texts)]


def assert_same(hf: Tokenizer, ours: WordPieceTokenizer, texts: list[str]) -> None:
    expected, got = hf_ids(hf, texts), ours.ids(texts)
    wrong = [(t, e, g) for t, e, g in zip(texts, expected, got, strict=True) if e != g]
    assert not wrong, f"{len(wrong)} of {len(texts)} differ, first {wrong[0][0][:200]!a}: HF {wrong[0][1]}, " \
                      f"ours {wrong[0][2]}"


def test_the_model_reference_ids_are_reproduced(ours: WordPieceTokenizer) -> None:
    data = json.loads(REFERENCE.read_text(encoding="utf-8"))
    assert ours.ids(data["texts"]) == data["ids"]
    assert max(len(i) for i in data["ids"]) == MAX_TOKENS  # a truncated text is among them


def test_every_sentence_body_and_title_of_the_corpora_gives_hfs_ids(hf: Tokenizer, ours: WordPieceTokenizer) -> None:
    texts: list[str] = []
    for corpus in CORPORA:
        articles = load_corpus([corpus]).articles
        assert articles, corpus
        for article in articles:
            texts += [*article.texts, article.body, *([article.title] if article.title else [])]
    assert len(texts) > 8_000
    assert_same(hf, ours, texts)


def test_every_code_point_is_normalised_as_hf_does() -> None:
    normalizer = normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True, strip_accents=None,
                                            lowercase=True)
    # "|" (punctuation, kept by the normaliser, made by no other code point) keeps each one's output apart.
    points = [p for p in CODE_POINTS if p != ord("|")]  # "|" itself is among the hard cases
    joined = "|".join(chr(p) for p in points)
    ours, theirs = normalize(joined).split("|"), normalizer.normalize_str(joined).split("|")
    # Compared here, not by pytest: its diff of two strings of 3 million characters takes minutes.
    wrong = [(f"U+{p:04X}", ascii(o), ascii(t)) for p, o, t in zip(points, ours, theirs, strict=True) if o != t]
    assert not wrong, f"{len(wrong)} code points differ, first (code point, ours, HF's): {wrong[:5]}"


def test_words_are_split_as_hfs_pre_tokenizer_splits_them() -> None:
    spaced = normalize(" ".join(f"a{chr(p)}a" for p in ASSIGNED[::7]))
    ours, theirs = words(spaced), [w for w, _ in pre_tokenizers.BertPreTokenizer().pre_tokenize_str(spaced)]
    wrong = next((n for n, (o, t) in enumerate(zip(ours, theirs, strict=False)) if o != t), None)
    assert wrong is None and len(ours) == len(theirs), (wrong, ours[wrong or 0:][:5], theirs[wrong or 0:][:5])


@pytest.mark.parametrize("pattern", ["{}", "a{}a", "É{}n"])
def test_every_assigned_code_point_gives_hfs_ids(hf: Tokenizer, ours: WordPieceTokenizer, pattern: str) -> None:
    texts = [" ".join(pattern.format(chr(p)) for p in ASSIGNED[n:n + PER_TEXT])
             for n in range(0, len(ASSIGNED), PER_TEXT)]
    assert_same(hf, ours, texts)


@pytest.mark.parametrize("text", HARD)
def test_a_hard_case_gives_hfs_ids(hf: Tokenizer, ours: WordPieceTokenizer, text: str) -> None:
    assert ours.ids([text]) == hf_ids(hf, [text])


def test_what_the_hard_cases_check_holds(ours: WordPieceTokenizer) -> None:
    """A few of the hard cases spelled out, so a shared mistake with HF's setup would show."""
    cls, sep, unk, mask = (ours.vocab[t] for t in ("[CLS]", "[SEP]", "[UNK]", "[MASK]"))
    assert ours.ids([""]) == [[cls, sep]]
    assert ours.encode("x" * 150) == [cls, unk, sep]
    assert ours.encode("Ilić") == ours.encode("ilic")  # accents stripped, lower case
    assert ours.encode("a [MASK] b")[2] == mask and ours.encode("a [mask] b")[2] != mask
    long = ours.encode("word " * 400)
    assert len(long) == MAX_TOKENS and long[0] == cls and long[-1] == sep  # the first 254 words kept
    assert set(long[1:-1]) == {ours.vocab["word"]}
    assert ours.encode("ΟΔΟΣ") == ours.encode("οδοσ")  # Rust's per-character σ, not a final ς
    assert normalize("日本") == " 日  本 "


# Any code point but surrogates, weighted towards what trips tokenizers: marks, controls,
# formats, CJK, punctuation, white space; with the special tokens and vocabulary words mixed in.
TRICKY = st.characters(codec="utf-8", categories=("Cc", "Cf", "Co", "Mn", "Mc", "Me", "Lo", "Lu", "Ll", "Lt", "Lm",
                                                    "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Zs", "Zl", "Zp",
                                                    "Sm", "Sc", "Sk", "So", "Nd", "Nl", "No", "Cn"))
PIECES = st.sampled_from([*SPECIAL, "[cls]", "##", " ", "\n", "\u0301", "\u200d", "\x00", "\ufffd", "Σ", "İ", "ß",
                          "ﬁ", "the", "ing", "Tuesday", "東", "😀", "x" * 99, "[", "]"])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(TRICKY, max_size=20), PIECES), max_size=30).map("".join))
def test_generated_text_gives_hfs_ids(hf: Tokenizer, ours: WordPieceTokenizer, text: str) -> None:
    assert ours.ids([text]) == hf_ids(hf, [text])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["word", "unaffable", "##able", ",", "Ünïcödé", "東京", "[SEP]", "x" * 120, " ",
                                 "antidisestablishmentarianism", "Dvořák"]),
                min_size=200, max_size=400).map(" ".join))
def test_truncation_keeps_the_same_tokens_as_hf(hf: Tokenizer, ours: WordPieceTokenizer, text: str) -> None:
    assert ours.ids([text]) == hf_ids(hf, [text])


def test_the_kept_whole_stand_ins_cannot_be_in_cleaned_text() -> None:
    # normalize() lets a private-use character stand in for each NFD_KEPT code point while NFD runs.
    kept = [p for a, b in NFD_KEPT for p in range(a, b + 1)]
    assert all(any(a <= 0xE000 + n <= b for a, b in CLEANED) for n in range(len(kept)))
    assert all(unicodedata.normalize("NFD", chr(p)) != chr(p) for p in kept)  # else it need not be listed


def test_a_vocabulary_without_the_special_tokens_or_a_tiny_limit_is_refused(tmp_path: Path) -> None:
    vocab = tmp_path / "vocab.txt"
    vocab.write_text("[PAD]\n[CLS]\n[SEP]\nword\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"\[UNK\]"):
        WordPieceTokenizer(vocab, max_tokens=MAX_TOKENS)
    with pytest.raises(ValueError, match="max_tokens"):
        WordPieceTokenizer(VOCAB, max_tokens=1)
