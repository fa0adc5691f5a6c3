"""Progress per stage: shown on a terminal, silent under CI and in pipes."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from timeline.progress import logged_stage, terminal_progress


class FakeConsole:
    def __init__(self, is_terminal: bool) -> None:
        self.is_terminal = is_terminal
        self.lines: list[str] = []
        self.statuses: list[str] = []

    @contextmanager
    def status(self, status: str) -> Iterator[object]:
        self.statuses.append(status)
        yield self

    def print(self, *objects: object, highlight: bool = False) -> None:
        self.lines.append(" ".join(str(o) for o in objects))


def run_stages(console: FakeConsole) -> None:
    stage = terminal_progress(console)
    with stage("reading seeds"):
        pass
    with stage("extracting dated claims"):
        pass


def test_a_terminal_sees_each_stage_and_its_duration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    console = FakeConsole(is_terminal=True)
    run_stages(console)
    assert console.statuses == ["reading seeds…", "extracting dated claims…"]
    assert [line.split(":")[0].strip() for line in console.lines] == [
        "reading seeds",
        "extracting dated claims",
    ]
    assert all(line.endswith(" s") for line in console.lines)


@pytest.mark.parametrize(("terminal", "ci"), [(False, None), (True, "true")])
def test_pipes_and_ci_stay_quiet(
    monkeypatch: pytest.MonkeyPatch,
    terminal: bool,
    ci: str | None,
) -> None:
    if ci:
        monkeypatch.setenv("CI", ci)
    else:
        monkeypatch.delenv("CI", raising=False)
    console = FakeConsole(is_terminal=terminal)
    assert terminal_progress(console) is logged_stage
    run_stages(console)
    assert console.lines == [] and console.statuses == []


def test_off_a_terminal_the_durations_go_to_the_log(caplog: pytest.LogCaptureFixture) -> None:
    """Shown at INFO, that is with ``--verbose`` only."""
    with caplog.at_level(logging.INFO, logger="timeline.progress"):
        run_stages(FakeConsole(is_terminal=False))
    assert [r.getMessage().split(":")[0] for r in caplog.records] == [
        "stage reading seeds",
        "stage extracting dated claims",
    ]
    assert all(r.levelno == logging.INFO for r in caplog.records)
