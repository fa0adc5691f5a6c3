"""Pelican plugin: turns a folder of raw news articles into a conflict timeline.

``register()`` only connects signals (and tunes the garbage collector for a
build); the work is done by :class:`timeline.generator.TimelineGenerator`.
Pelican is imported by the glue only (``register``, generator.py, build.py):
the engine (reading, dating, extraction, stories, merging) imports without it.
"""

from __future__ import annotations

import gc
from typing import Any

#: Garbage collector thresholds for a build. A build allocates millions of
#: objects that live until it ends (articles, claims, entries); with Python's
#: default thresholds (700, 10, 10) the collector traverses them again and
#: again, about a tenth of the build's CPU (measured with gc.callbacks on the
#: 4,000-article benchmark corpus: 2.4 s of 19.7 s in the pipeline). Young
#: cyclic garbage is still collected, every 50,000 allocations.
GC_THRESHOLDS = (50_000, 20, 100)


def tune_gc() -> None:
    """Set ``GC_THRESHOLDS`` in this process (forked workers inherit them)."""
    gc.set_threshold(*GC_THRESHOLDS)


def get_generators(pelican_object: Any) -> type:
    from .generator import TimelineGenerator

    return TimelineGenerator


def register() -> None:
    from pelican import signals

    tune_gc()
    signals.get_generators.connect(get_generators)
