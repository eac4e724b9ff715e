"""Work spread over the machine's cores, results in order: a cold corpus's reading and its terms,
and the sparse products of grouping.

Reading and cleaning a file costs a millisecond or two, an article's terms about one more; ten
thousand of either is seconds on one core. Past a few thousand jobs they run in a pool of
processes (spawned, not forked: the TUI works in threads, and a forked child of a threaded
process can inherit a lock another thread held). A pool that breaks (a worker killed, out of
memory) leaves the rest to this process, so the work is done either way.

NumPy work lets go of the interpreter, so threads share it out (thread_map): no processes to
start, nor matrices to send them.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")

MAX_WORKERS = 8
"""At most this many processes, whatever the number of cores (each holds some 80 MB)."""


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def ordered_map(fn: Callable[[Job], Result], jobs: Sequence[Job], *, min_jobs: int,
                chunk: int) -> Generator[tuple[Result, bool], None, None]:
    """`fn` over `jobs`, results in the jobs' order, each with whether a pool's process made it.

    In a pool when there are at least `min_jobs` jobs and two cores, each process taking `chunk`
    jobs at a time; `fn` must then be a module's top-level function (the pool names it).
    """
    workers = min(cores(), MAX_WORKERS)
    done = 0
    if len(jobs) >= min_jobs and workers >= 2:
        # Imported here, not at the top: some 30 ms that a start from the cache never needs.
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        try:
            with _real_streams():  # the pool's queues start the resource tracker, its first job the processes
                pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                           initializer=_quiet)
                results = pool.map(fn, jobs, chunksize=chunk)
        except (OSError, ValueError):  # a pool that cannot start at all: everything below
            pool = None
        if pool is not None:
            try:
                for result in results:
                    done += 1
                    yield result, True
            except (BrokenProcessPool, OSError):
                pass  # the rest below
            finally:
                pool.shutdown(wait=False, cancel_futures=True)
    for job in jobs[done:]:
        yield fn(job), False


def thread_map(fn: Callable[[Job], Result], jobs: Sequence[Job]) -> Iterator[Result]:
    """`fn` over `jobs`, results in the jobs' order: on a thread per core when there are two jobs
    or more (for work that lets go of the interpreter, such as NumPy's on large arrays)."""
    workers = min(cores(), MAX_WORKERS, len(jobs))
    if workers < 2:
        yield from map(fn, jobs)
        return
    from concurrent.futures import ThreadPoolExecutor  # here, not at the top: see ordered_map

    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="parallax-numpy")
    try:
        yield from pool.map(fn, jobs)
    finally:  # left early (an error): the jobs not begun are dropped
        pool.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def _real_streams() -> Iterator[None]:
    """sys.stdout and sys.stderr as real files while processes start. Textual replaces them with
    print catchers whose fileno() is -1, and multiprocessing hands stderr's descriptor to the
    resource tracker it starts: -1 makes that start fail ("bad value(s) in fds_to_keep"). The
    null device stands in, so nothing reaches the TUI's screen either."""
    def real(stream: object) -> bool:
        try:
            return int(stream.fileno()) >= 0  # type: ignore[attr-defined]
        except (AttributeError, OSError, ValueError):
            return False

    if real(sys.stdout) and real(sys.stderr):
        yield
        return
    saved = sys.stdout, sys.stderr
    with open(os.devnull, "w", encoding="utf-8") as null:
        sys.stdout = sys.stderr = null
        try:
            yield
        finally:
            sys.stdout, sys.stderr = saved


def _quiet() -> None:
    """A pool's process writes nothing to the terminal (a library's warning would land in the
    middle of the TUI's screen): its stdout and stderr go to the null device."""
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    os.close(null)
