"""The cycle collector paused while the full-screen app starts.

Importing Textual and Parallax and building the library's first frame makes some 80,000
objects. CPython's collector runs over and over meanwhile (about 125 collections, one of them a
full pass over every object), some 45 ms of a start of about 350 ms on this machine (bench tui),
and finds almost nothing: the start's objects live on. So `parallax` pauses it from the moment
it knows it opens the app, and the app resumes it after the frame that lists the corpus (or
after a bound, tui.app.COLLECTOR_PAUSE, while a cold corpus is still read). Reference counting
frees everything that is not in a cycle meanwhile; the few cycles made are collected later, by
the collector's usual rounds.

Plain Python: the command line pauses, the app resumes.
"""

from __future__ import annotations

import gc

_paused = False
"""Whether `pause` turned the collector off (and `resume` should turn it on again)."""


def pause() -> None:
    """Stop the cycle collector until `resume`; nothing if it is already off (someone else's choice)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Turn the collector on again if `pause` turned it off."""
    global _paused
    if _paused:
        _paused = False
        gc.enable()
