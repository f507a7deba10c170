"""The garbage collector's thresholds for tnr's own processes (the command and its worker processes).

A tnr process builds a large heap of long-lived objects as it starts (spaCy and its model, the gazetteer,
lookup tables) and keeps it. With Python's default thresholds (700, 10, 10) the collector scans that heap
over and over: two full collections before the first article, 0.05-0.1 s of a one-article run. Collecting
the young generation every 10,000 allocations instead leaves none before the first article, and fewer young
collections while articles are processed. Only reference cycles wait longer; nothing tnr computes changes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

GC_THRESHOLD = (10_000, 10, 10)


def fewer_collections() -> None:
    """Raise the collector's thresholds of this process to at least GC_THRESHOLD (never lowers them)."""
    current = gc.get_threshold()
    gc.set_threshold(*(max(now, wanted) for now, wanted in zip(current, GC_THRESHOLD)))


@contextmanager
def collecting_less() -> Iterator[None]:
    """Run the block with ``fewer_collections()``, then give the process its own thresholds back (for ``pipeline.run.run``
    called as a library: a run's many short-lived Spans and rows set off a young collection every 700 allocations)."""
    before = gc.get_threshold()
    fewer_collections()
    try:
        yield
    finally:
        gc.set_threshold(*before)
