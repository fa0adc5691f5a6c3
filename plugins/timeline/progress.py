"""Progress per build stage, on a terminal only.

A build of thousands of articles takes a while: on a terminal each stage shows
a spinner while it runs and a line with its duration when done. Anywhere else
(CI, a pipe, a log file) nothing is printed, so logs stay quiet and
reproducible; there each stage's duration is logged at INFO, which
``--verbose`` shows.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Protocol

Stage = Callable[[str], AbstractContextManager[None]]
logger = logging.getLogger(__name__)


class _Console(Protocol):
    is_terminal: bool

    def status(self, status: str) -> AbstractContextManager[object]: ...

    def print(self, *objects: object, highlight: bool = ...) -> None: ...


def no_progress(name: str) -> AbstractContextManager[None]:
    """The stage function that reports nothing (tests, libraries)."""
    return nullcontext()


@contextmanager
def logged_stage(name: str) -> Iterator[None]:
    """The stage function off a terminal: each stage's duration as a log
    record at INFO, shown with ``--verbose`` only (a build's log, a benchmark)."""
    started = time.perf_counter()
    yield
    logger.info("stage %s: %.2f s", name, time.perf_counter() - started)


def wanted(console: _Console) -> bool:
    """Progress is shown on an interactive terminal, never under CI."""
    return console.is_terminal and not os.environ.get("CI")


def terminal_progress(console: _Console) -> Stage:
    """A stage function for ``console``: a spinner per stage, then its duration."""
    if not wanted(console):
        return logged_stage

    @contextmanager
    def stage(name: str) -> Iterator[None]:
        started = time.perf_counter()
        with console.status(f"{name}…"):
            yield
        console.print(f"  {name}: {time.perf_counter() - started:.1f} s", highlight=False)

    return stage
