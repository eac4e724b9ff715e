"""Compare sentence splitters on the hard cases of news text, and time them.

`python -m bench segment` prints, for pysbd, sentencex, syntok, blingfire and
Parallax's own `segment` (the chosen splitter plus its fixes), how many of the
hard cases below each gets exactly right, which ones it misses, and how fast it
runs over the seeds and the ECB+ dev texts (bench/data), in thousands of
characters per second, and how long it takes on one
20,000-character paragraph of "Mr. Mr. ..." (a worst case for pysbd). The same
pipeline of fixes is also run on top of pysbd, syntok and blingfire, to show
what the choice of the base splitter does once the fixes are in. It fails when
Parallax's splitter misses a case.

The cases are paragraphs of a cleaned body (no newline inside) with the
sentences a careful reader expects. Most are taken from the seeds or from the
ECB+ texts; the rest are common patterns of news prose. `tests/test_segment.py`
checks `segment` against every one of them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ECBPLUS = ROOT / "bench" / "data" / "ecbplus-dev"


class Case(NamedTuple):
    id: str
    text: str
    expected: tuple[str, ...]


def _case(id: str, *expected: str) -> Case:
    return Case(id, " ".join(expected), expected)


HARD_CASES: tuple[Case, ...] = (
    # --- From the seeds: abbreviations before names and dates.
    _case(
        "seed-mr-ms",
        "Prior to the June call, the last time that Mr. Austin spoke with his Russian counterpart "
        "was in March 2023.",
        "Ms. Singh replied that nothing was planned.",
    ),
    _case(
        "seed-army-gen",
        "The call — initiated by Mr. Austin — marked the highest level American contact with a Russian "
        "official since the war began in late February.",
        "Over the past several months, Pentagon officials have repeatedly said that Russian leaders "
        "declined to take calls from Mr. Austin and Army Gen. Mark Milley, chairman of the Joint Chiefs "
        "of Staff.",
    ),
    _case(
        "seed-feb-gen",
        "This is the first conversation between Mr. Austin and Mr. Shoigu since Feb. 18, a week before "
        "the war started.",
        "Another senior official said Friday Gen. Milley is expected to also reach out to his "
        "counterpart, Gen. Valery Gerasimov, Russian chief of the general staff.",
    ),
    _case(
        "seed-us-russia",
        "Direct communications between the U.S. and Russian defense and military leaders is considered "
        "crucial in order to avoid any misunderstandings or unwarranted escalation in hostilities.",
        "The U.S. and Russia also set up a socalled deconfliction line that can be used by the "
        "militaries in the event of any emergency or perceived threat to NATO allies around Ukraine.",
        "It has not been used, but U.S. officials say the Russians answered the phone during tests to "
        "ensure it works.",
    ),
    _case(
        "seed-lloyd-j-austin",
        "WASHINGTON — Russian Minister of Defense Sergey Shoigu spoke with U.S. Defense Secretary Lloyd "
        "J. Austin on Friday after months of refusing direct contact with his American counterpart.",
        "But officials said the call didn’t appear to signal any change in Moscow’s war in Ukraine.",
    ),
    _case("seed-byline-initial", "- By Lolita C. Baldor"),
    _case(
        "seed-initials-in-text",
        "The report by Lolita C. Baldor was published on Friday.",
        "It quoted Lloyd J. Austin at length.",
    ),
    # --- From the seeds: quotations.
    _case(
        "seed-quote-comma-attribution",
        "“Our policy hasn’t changed,” Ms. Singh said.",
        "“We do allow those cross-border strikes when Russia is attacking from the other side of the "
        "border.",
        "And as the war has changed, we have changed.",
        "Our policies have adapted.",
        "And you’ve seen that play out in Kharkiv, and it could expand into other areas.”",
    ),
    _case(
        "seed-quote-then-quote",
        "“What’s important is that these missiles are being used for attacks on our regions already,” "
        "Mr. Peskov told reporters, according to Russian state media outlet Tass.",
        "“As regards longer-range missiles, this is a pure provocation and a new, very dangerous round "
        "of escalation.”",
    ),
    _case(
        "seed-said-then-quote",
        "“It wasn’t for lack of trying that we hadn’t been able to establish” communications, a senior "
        "U.S. Defense official said.",
        "“We’ve been consistently asking for this conversation, and Minister Shoigu accepted for a call "
        "this week.",
        "But what motivated them to change their minds and be open to it, I don’t think we know for "
        "sure.”",
    ),
    _case(
        "seed-multi-sentence-quote",
        'Kremlin spokesman Dmitry Peskov remarked during a press conference with Russian news agencies, '
        '"NATO once again very clearly confirmed its essence.',
        'It is an alliance founded in an era of confrontation with the aim of continuing confrontation."',
    ),
    _case(
        "seed-quote-two-sentences-then-said",
        '"Without tension, without emotions, we will come up with a military response.',
        'First of all, to this new game," Ryabkov was quoted by Interfax news agency as saying.',
    ),
    _case(
        "seed-quote-period-then-attribution",
        '"When fully developed, these units will include SM-6, Tomahawk, and developmental hypersonic '
        "weapons.",
        'Exercising these advanced capabilities will demonstrate the United States\' commitment to NATO." '
        "A joint statement of the two countries said.",
    ),
    _case(
        "seed-gesture",
        'Kyiv denounced the war games as "psychological pressure" while French Foreign Minister '
        'Jean-Yves Le Drian called the exercises "a very violent gesture."',
        "The drills went on.",
    ),
    _case(
        "seed-quote-closes-sentence",
        'He said in a CBS News interview days ago: "Well, no one has said exactly 10 years but- but- '
        "but it's obvious that it is a very serious issue to bring in Ukraine.",
        'Because Ukraine is now a country at war."',
    ),
    _case(
        "seed-said-period-quote",
        "The ministry confirmed the call, Ms. Singh said.",
        "“We welcome it.”",
        "Mr. Austin did not comment.",
    ),
    # --- General news prose.
    _case("news-am-pm", "The polls opened at 7 a.m. and closed at 6 p.m. on Sunday, officials said."),
    _case("news-pm-sentence-end", "The polls closed at 6 p.m.", "Counting began at once."),
    _case("news-no-1", "The team ranked No. 1 in the poll for a third week.", "It was a first."),
    _case("news-st-louis", "He moved to St. Louis in 2010 and joined the Post-Dispatch."),
    _case("news-jan-5", "The vote is set for Jan. 5, officials said.", "Turnout is expected to be low."),
    _case("news-inc", "Apple Inc. said on Tuesday that revenue rose 3.5 percent to $94.9 billion."),
    _case("news-decimals", "Growth slowed to 2.1% in the quarter.", "Prices rose 0.2 percent in May."),
    _case("news-us-led", "The U.S.-led coalition struck targets overnight.", "Officials confirmed it."),
    _case("news-us-sentence-end", "The missiles were made in the U.S.", "They arrived on Monday."),
    _case("news-un", "The U.N. Security Council met on Friday at the request of the U.K. and France."),
    _case("news-ellipsis-continues", "He paused... then he went on with the speech."),
    _case("news-ellipsis-ends", "We waited and waited...", "Nothing happened."),
    _case("news-question-lower-attribution", '"Why now?" he asked.', '"Nobody knows."'),
    _case("news-exclamation-lower", "“Stop!” she shouted, and the crowd fell silent."),
    _case("news-question-name-attribution", "“Why now?” Ms. Singh asked.", "Nobody answered."),
    _case("news-question-then-sentence", '"Why now?"', "The question hung in the air."),
    _case("news-titles", "Sen. Elizabeth Warren and Rep. Nancy Pelosi met Dr. Anthony Fauci and Gov. Gavin Newsom."),
    _case("news-state-abbrev", "Rep. Nancy Pelosi (D-Calif.) said the bill would pass.", "It did."),
    _case("news-dc", "Washington, D.C., is the seat of government.", "It is not a state."),
    _case("news-oct", "Since the Oct. 7 attack, the army has called up 300,000 reservists."),
    _case("news-multi-initials", "J.R.R. Tolkien and George W. Bush were both mentioned."),
    _case("news-corp-ltd", "Shares of Toyota Motor Corp. and BHP Group Ltd. fell on Monday."),
    _case("news-vs", "The case, Smith vs. Jones, was heard in the Supreme Court."),
    # --- ECB+ style: `` and '' quote tokens, separated by spaces.
    _case(
        "ecb-said-diplomat",
        "A giant golden statue of Niyazov still stands over the desert nation's capital, rotating to face "
        "the sun.",
        "`` The facade has changed but the foundations remain the same, '' said a Western diplomat.",
    ),
    _case(
        "ecb-multi-sentence-quote",
        "`` It does not matter who gets elected.",
        "The president has the final say, '' Osman-aga, who herds camels in a remote desert area, told "
        "the agency.",
    ),
    _case(
        "ecb-closing-token-after-period",
        "The OSCE sent eight experts to monitor the poll and draw up an `` internal report. ''",
        "The group's spokesman, Jens Hagen Eschenbecher, told AFP that it was not a mission.",
    ),
    _case(
        "ecb-closing-token-before-period",
        "According to the church's minister, `` We have no idea what caused it ''.",
        "Still, it was not specified how many people were inside.",
    ),
    _case(
        "ecb-exclamation-lower",
        "A man standing next to her screamed, `` No, no, no! '' and tried to get the driver to stay put.",
    ),
    _case(
        "ecb-quote-left-open",
        "The building was heavily damaged by flames and smoke, Kroon said.",
        "`` The fire investigators and insurance people are there now.",
    ),
    _case(
        "ecb-spaced-straight-quotes",
        '" It is so wonderful not to keep this secret any more, " he said.',
        '"For a while I couldn\'t even tell my daughter.',
        "Being asked to play the Doctor is an amazing privilege.",
    ),
    _case(
        "ecb-said-then-quote",
        "`` We are waiting for borders to open even further, '' an official told AFP.",
        "`` Someone intentionally did it, but we don't know who and why. ''",
        "He declined to say more.",
    ),
)


# --- The splitters, each as `paragraph -> [(start, end)]` with character offsets.

Spans = list[tuple[int, int]]
Splitter = Callable[[str], Spans]


def _pysbd() -> Splitter:
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return lambda text: [(s.start, s.end) for s in seg.segment(text)]


def _sentencex() -> Splitter:
    import sentencex

    return lambda text: [
        (int(b["start_index"]), int(b["end_index"])) for b in sentencex.get_sentence_boundaries("en", text)
    ]


def _syntok() -> Splitter:
    from syntok import segmenter

    def split(text: str) -> Spans:
        spans: Spans = []
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                first, last = sentence[0], sentence[-1]
                spans.append((first.offset, last.offset + len(last.value)))
        return spans

    return split


def _blingfire() -> Splitter:
    import blingfire

    return lambda text: [(int(a), int(b)) for a, b in blingfire.text_to_sentences_and_offsets(text)[1]]


def _parallax() -> Splitter:
    from tui.engine.segment import segment

    return lambda text: [(s.start, s.end) for s in segment(text)]


def _with_fixes(make: Callable[[], Splitter]) -> Callable[[], Splitter]:
    """Parallax's pipeline (chunking and every fix) on top of another splitter than sentencex:
    what the choice would give if that splitter were the base."""

    def build() -> Splitter:
        from tui.engine import segment as seg

        base = make()

        def trimmed(text: str) -> Spans:
            spans = (seg._trim(text, a, b) for a, b in base(text))
            return [(a, b) for a, b in spans if b > a]

        def split(text: str) -> Spans:
            with mock.patch.object(seg, "_sentencex", trimmed):
                return [(s.start, s.end) for s in seg.segment(text)]

        return split

    return build


SPLITTERS: dict[str, Callable[[], Splitter]] = {
    "pysbd": _pysbd,
    "sentencex": _sentencex,
    "syntok": _syntok,
    "blingfire": _blingfire,
    "pysbd+fixes": _with_fixes(_pysbd),
    "syntok+fixes": _with_fixes(_syntok),
    "blingfire+fixes": _with_fixes(_blingfire),
    "parallax": _parallax,
}
"""Each splitter as it comes, then the others under Parallax's fixes, then Parallax's own:
sentencex plus the fixes."""


def sentences(split: Splitter, text: str) -> tuple[str, ...]:
    """The trimmed, non-empty sentences a splitter finds in `text`."""
    out = (text[a:b].strip() for a, b in split(text))
    return tuple(s for s in out if s)


def corpus() -> list[str]:
    """Paragraphs to time the splitters on: the seeds, and the ECB+ dev texts when present."""
    paths = sorted(SEEDS.glob("*.txt"))
    if ECBPLUS.is_dir():
        paths += sorted(ECBPLUS.glob("*.txt"))
    paragraphs: list[str] = []
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        paragraphs += [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    return paragraphs


def _speed(split: Splitter, paragraphs: list[str], repeat: int = 3) -> float:
    """Best-of-`repeat` throughput in thousands of characters per second (one run when slow)."""
    chars = sum(len(p) for p in paragraphs)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for p in paragraphs:
            split(p)
        best = min(best, time.perf_counter() - t0)
        if best > 1.0:
            break
    return chars / best / 1000


def _worst(split: Splitter) -> float:
    """Seconds for one 20,000-character paragraph of "Mr. " (quadratic in pysbd)."""
    t0 = time.perf_counter()
    split("Mr. " * 5000)
    return time.perf_counter() - t0


def main() -> int:
    paragraphs = corpus()
    chars = sum(len(p) for p in paragraphs)
    ecb = "with" if ECBPLUS.is_dir() else "without"
    print(f"{len(HARD_CASES)} hard cases; speed over {len(paragraphs)} paragraphs, {chars} chars "
          f"(seeds {ecb} ECB+ dev)")
    print(f"{'splitter':<16} {'right':>7} {'kchar/s':>9} {'Mr.x5000':>9}  missed")
    status = 0
    for name, make in SPLITTERS.items():
        try:
            split = make()
        except ImportError as exc:
            print(f"{name:<16} not installed ({exc})")
            continue
        missed = [c.id for c in HARD_CASES if sentences(split, c.text) != c.expected]
        right = len(HARD_CASES) - len(missed)
        speed, worst = _speed(split, paragraphs), _worst(split)
        print(f"{name:<16} {right:>3}/{len(HARD_CASES):<3} {speed:>9.0f} {worst:>8.3f}s  "
              f"{', '.join(missed) or '-'}")
        if name == "parallax" and missed:
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
