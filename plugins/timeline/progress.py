"""Progress per build stage, on a terminal only.

A build of thousands of articles takes a while: on a terminal each stage shows
a spinner while it runs and a line with its duration when done. Anywhere else
(CI, a pipe, a log file) nothing is printed, so logs stay quiet and
reproducible.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Protocol

Stage = Callable[[str], AbstractContextManager[None]]


class _Console(Protocol):
    is_terminal: bool

    def status(self, status: str) -> AbstractContextManager[object]: ...

    def print(self, *objects: object, highlight: bool = ...) -> None: ...


def no_progress(name: str) -> AbstractContextManager[None]:
    """The stage function that reports nothing (tests, libraries)."""
    return nullcontext()


def wanted(console: _Console) -> bool:
    """Progress is shown on an interactive terminal, never under CI."""
    return console.is_terminal and not os.environ.get("CI")


def terminal_progress(console: _Console) -> Stage:
    """A stage function for ``console``: a spinner per stage, then its duration."""
    if not wanted(console):
        return no_progress

    @contextmanager
    def stage(name: str) -> Iterator[None]:
        started = time.perf_counter()
        with console.status(f"{name}…"):
            yield
        console.print(f"  {name}: {time.perf_counter() - started:.1f} s", highlight=False)

    return stage
