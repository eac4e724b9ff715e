"""`parallax compare --json` on seeds 000 x 001 with the paraphrase pass against words alone
(issue 11): a fresh process with an empty cache (target: at most 1.5x), then again from the
cache (at most 1.1x). The same figures close `python -m bench align`; this runs them alone,
in seconds rather than the minutes of the 5,000-sentence alignments.

Run: `.venv/bin/python -m bench compare`.

Where it stands: about 2x (0.80-0.91 s against 0.41-0.42 s with a quiet machine), the peak
some 170 MiB, the same 6 matches, 0.93-1.01x from the cache. From 3.9x the branches enc,
int8 and coldcmp took off: encoding only what the rules can use (the strong rule's word
prefilter, no adjacent pair that cannot gain) in one call, batches by least cost, the encoder
loaded in the background from the moment the cache misses, the int8 embedding rows gathered
before they are dequantised, the file read and hashed in its own thread, the tokenizer built
on the encoding thread, the weights beside the graph, the Softmax NaN guards dropped. Tried and
dropped, the runs could not tell them from the noise: the layers' products in int8 (kept, the
encoder's calls are faster), ONNX Runtime's optimisation levels, threads, spinning, arena,
fused QKV; loading the encoder when the command starts (the imports it runs beside hold the
GIL; a run from the cache would wait for it: 2.27x against 2.07x, busy).
Branch coldenc: the batches run two at a time on one thread each (minilm.WORKERS) rather than
one at a time on ONNX Runtime's two threads, and smaller ones (RUN_TOKENS 16: less padding). In
one process (the workers alone) the 27 sentences encode in 136-173 ms against 172-221 ms when
the other core is free. Whole runs, the machine busy (load average 1.8-3.5, words alone
0.63-0.68 s), four series of 30-40 rounds alternating beside main: 0.89x-0.98x main's time
(medians of each round's ratio; 24-130 ms less), 61-94 ms less CPU, 1.97x-2.07x words alone
against 2.04x-2.20x, 167 MiB both. Dropped: `preload` waiting for the load's Python work (ONNX
Runtime's import and the graph's rewrite, some 80 ms) so that the session is built beside the
word passes rather than after the two took turns with the GIL (0.92x then 1.04x these changes'
time in two series of 30 rounds: no gain the runs could tell); ONNX Runtime's disable_prepacking
(slower, and the vectors move). What is left: the encoder reading ~1,190 tokens (some 0.2 s on
two free cores) and the load's ~0.15 s, which starts once the cache is known to miss, some 50 ms
before the word passes ask for vectors.
"""

from __future__ import annotations

import os
import sys

from bench.bench_align import _paraphrase_cost


def main() -> int:
    # The runs are a user's: their Python keeps its bytecode (without it, compiling Parallax's
    # modules in every process would pad both sides of the ratio alike).
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    return 0 if _paraphrase_cost() else 1


if __name__ == "__main__":
    sys.exit(main())
