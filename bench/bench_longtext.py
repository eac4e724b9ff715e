"""Precision on long texts: two documents made of many unrelated news sentence pairs.

`python -m bench longtext` reads the test split of the Microsoft Research Paraphrase Corpus
(bench/data/msrp_test.tsv, 1,725 sentence pairs from news; see bench/data/README.md),
writes the first sentence of every pair to one text file and the second to another, one
paragraph a sentence, each side shuffled into its own order, and aligns the two as
`parallax compare` does: each file read, cleaned and segmented (`corpus.read_article`),
then `align_cache.align_cached` (the word passes, then the paraphrase pass with the
sentence encoder; cold: an empty cache file, so no vector or alignment stored before).
Each sentence the segmenter makes is traced back to the paragraph, so the pair, it came
from. It prints, beside the same figures for the engine on words alone measured in the
same run (the baseline):

- recall: the share of the paraphrase pairs (quality 1) whose two sentences are linked
  (target: at least 0.93);
- wrong links: the share of links (matches) that join sentences of different pairs, unless
  the two sides are copies of one sentence (the same words once case and punctuation are
  set aside), or one is a copy of the other's partner (the same sentence id or words: the
  corpus repeats some sentences in several pairs) (target: at most 2%);
- the time to align (target: at most 10 s, encoder load included).

Links inside a non-paraphrase pair (quality 0) are neither counted for nor against: those
pairs are near-paraphrases that the corpus's annotators split on detail. `python -m bench.bench_longtext -v` also lists
the wrong links, to read what makes them.
"""

from __future__ import annotations

import csv
import os
import random
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tui.engine.align_cache import align_cached
from tui.engine.corpus import read_article
from tui.engine.model import Alignment, Article
from tui.engine.textnorm import fold

DATA = Path(os.environ.get("PARALLAX_MSRP", Path(__file__).resolve().parent / "data" / "msrp_test.tsv"))
"""MSRP's test split is not in the repository (its licence is for research use; see bench/data/README.md):
put `msr_paraphrase_test.txt` there, or name it with PARALLAX_MSRP."""
SEED = 14  # the shuffle of both documents
RECALL_TARGET = 0.93
WRONG_TARGET = 0.02
TIME_TARGET = 10.0
LOOKAHEAD = 3  # paragraphs the cleaner may drop (furniture-like lines) before a sentence is found


@dataclass(frozen=True, slots=True)
class Pair:
    positive: bool
    left_id: str
    right_id: str
    left: str
    right: str


def read_pairs(path: Path = DATA) -> list[Pair]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Pair(q == "1", a, b, s, t) for q, a, b, s, t in rows[1:]]


def _plain(text: str) -> str:
    """Words only: case, quotes, dashes and spacing set aside."""
    return " ".join(re.findall(r"\w+", fold(text)))


@dataclass(frozen=True, slots=True)
class Documents:
    left: Article
    right: Article
    left_pair: list[int]  # pair index of each left sentence (as segmented)
    right_pair: list[int]


def _trace(article: Article, paragraphs: list[str], order: list[int]) -> list[int]:
    """The pair each of the article's sentences came from: its paragraph, found in reading order."""
    plain = [_plain(p) for p in paragraphs]
    out: list[int] = []
    at = 0
    for text in article.texts:
        key = _plain(text)
        window = range(at, min(at + LOOKAHEAD + 1, len(plain)))
        hit = next((k for k in window if key in plain[k]), None)
        if hit is None:  # the cleaner changed the text ("<.SPX>" is markup to it): most words in common
            words = set(key.split())
            hit = max(window, key=lambda k: (len(words & set(plain[k].split())), -k))
        at = hit
        out.append(order[hit])
    return out


def documents(pairs: list[Pair], folder: Path, seed: int = SEED) -> Documents:
    """Both documents written to `folder` and read back as the app reads a file."""
    rng = random.Random(seed)
    order_a = list(range(len(pairs)))
    order_b = list(range(len(pairs)))
    rng.shuffle(order_a)
    rng.shuffle(order_b)
    texts_a = [pairs[p].left for p in order_a]
    texts_b = [pairs[p].right for p in order_b]
    (folder / "left.txt").write_text("\n\n".join(texts_a) + "\n", encoding="utf-8")
    (folder / "right.txt").write_text("\n\n".join(texts_b) + "\n", encoding="utf-8")
    left, _ = read_article(folder / "left.txt")
    right, _ = read_article(folder / "right.txt")
    return Documents(left, right, _trace(left, texts_a, order_a), _trace(right, texts_b, order_b))


@dataclass(frozen=True, slots=True)
class Score:
    links: int
    wrong: list[tuple[int, int]]  # (left pair, right pair) of each wrong link
    found: int
    positives: int
    seconds: float

    @property
    def recall(self) -> float:
        return self.found / self.positives if self.positives else 0.0

    @property
    def wrong_share(self) -> float:
        return len(self.wrong) / self.links if self.links else 0.0


def score(pairs: list[Pair], docs: Documents, result: Alignment, seconds: float) -> Score:
    plain = [(_plain(p.left), _plain(p.right)) for p in pairs]

    def same(p: int, q: int) -> bool:
        """Sentences of pairs p (left) and q (right) belong together: one pair, or a copy of
        one sentence (the corpus repeats some sentences, under one id or not, in several pairs)."""
        a, b = pairs[p], pairs[q]
        return p == q or b.right_id in {a.right_id, a.left_id} or a.left_id in {b.left_id, b.right_id} \
            or plain[q][1] in plain[p] or plain[p][0] in plain[q]

    linked: set[int] = set()
    wrong: list[tuple[int, int]] = []
    for match in result.matches:
        lp = [docs.left_pair[i] for i in match.left]
        rp = [docs.right_pair[j] for j in match.right]
        linked.update(p for p in lp if p in rp)
        copies = {_plain(docs.left.texts[i]) for i in match.left} == {_plain(docs.right.texts[j]) for j in match.right}
        bad = [] if copies else [(p, q) for p in lp for q in rp if not same(p, q)]
        if bad:
            wrong.append(bad[0])
    positives = [k for k, pair in enumerate(pairs) if pair.positive]
    return Score(len(result.matches), wrong, sum(1 for k in positives if k in linked), len(positives), seconds)


def run(docs: Documents, folder: Path, *, semantic: bool) -> tuple[Alignment, float]:
    start = time.perf_counter()
    result = align_cached(docs.left, docs.right, semantic=semantic, cache_path=folder / "alignments.sqlite3")
    return result, time.perf_counter() - start


def report(name: str, s: Score) -> str:
    return (f"{name}: recall {s.recall:.3f} ({s.found}/{s.positives}), wrong links {s.wrong_share:.2%} "
            f"({len(s.wrong)}/{s.links}), {s.seconds:.2f} s")


def main() -> int:
    verbose = "-v" in sys.argv[1:]
    if not DATA.is_file():
        print(f"no MSRP test split at {DATA}; skipped (see bench/data/README.md for where to get it)")
        return 0
    pairs = read_pairs()
    saved = os.environ.get("XDG_CACHE_HOME")
    with tempfile.TemporaryDirectory() as folder:
        docs = documents(pairs, Path(folder))
        print(f"{len(pairs)} pairs ({sum(p.positive for p in pairs)} paraphrases), two documents of "
              f"{len(docs.left.sentences)} and {len(docs.right.sentences)} sentences")
        os.environ["XDG_CACHE_HOME"] = folder  # cold: no vector stored by an earlier run
        try:
            words, words_s = run(docs, Path(folder), semantic=False)
            full, full_s = run(docs, Path(folder), semantic=True)
        finally:
            if saved is None:
                os.environ.pop("XDG_CACHE_HOME", None)
            else:
                os.environ["XDG_CACHE_HOME"] = saved
    base = score(pairs, docs, words, words_s)
    got = score(pairs, docs, full, full_s)
    print(report("baseline, words alone", base))
    print(report("align (words + paraphrase pass)", got))
    if verbose:
        for p, q in got.wrong:
            print(f"  WRONG  {pairs[p].left}\n      ~  {pairs[q].right}")
    ok = got.recall >= RECALL_TARGET and got.wrong_share <= WRONG_TARGET and got.seconds <= TIME_TARGET
    print(f"targets: recall >= {RECALL_TARGET}, wrong links <= {WRONG_TARGET:.0%}, time <= {TIME_TARGET:.0f} s: "
          f"{'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
