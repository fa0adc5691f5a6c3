"""The runners' contract: a cached, parallel runner gives what the serial one
does, whatever it finds stored, starts early or shares out."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

import pytest

from timeline import runner
from timeline.runner import SERIAL, CachedRunner


def squares(items: Sequence[int]) -> list[int]:
    return [i * i for i in items]


def tagged(items: Sequence[str], tag: str) -> list[str]:
    return [f"{tag}:{item}" for item in items]


ITEMS = list(range(250))


def key(i: int) -> list[bytes]:
    return [str(ITEMS[i]).encode()]


@pytest.fixture(autouse=True)
def small_thresholds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "PARALLEL_FROM", 4)
    monkeypatch.setattr(runner, "SHARE_FROM", 10.0)


@pytest.mark.parametrize("workers", [1, 2])
def test_map_cold_and_warm_equal_the_serial_runner(tmp_path: Path, workers: int) -> None:
    expected = SERIAL.map("n", squares, ITEMS, key=key)
    for build in ("cold", "warm"):
        run = CachedRunner(tmp_path, "salt", workers=workers)
        assert run.map("n", squares, ITEMS, key=key) == expected, build
        run.close()
    cache = run.caches["n"]
    assert (cache.hits, cache.misses) == (len(ITEMS), 0)


def test_a_changed_input_is_computed_again_and_the_rest_reused(tmp_path: Path) -> None:
    run = CachedRunner(tmp_path, "salt")
    run.map("n", squares, ITEMS, key=key)
    run.close()
    again = CachedRunner(tmp_path, "salt")
    items = [*ITEMS[:-1], 1000]
    assert again.map("n", squares, items, key=lambda i: [str(items[i]).encode()]) == squares(items)
    assert (again.caches["n"].hits, again.caches["n"].misses) == (len(ITEMS) - 1, 1)


def test_another_salt_reuses_nothing(tmp_path: Path) -> None:
    """The salt stands for the code and data: a change to them is a miss."""
    run = CachedRunner(tmp_path, "salt")
    run.map("n", squares, ITEMS, key=key)
    run.close()
    other = CachedRunner(tmp_path, "another salt")
    other.map("n", squares, ITEMS, key=key)
    assert other.caches["n"].hits == 0


def test_work_started_early_is_collected_by_the_stage_map(tmp_path: Path) -> None:
    run = CachedRunner(None, "", workers=2)
    run.prefetch("n", squares, ITEMS[:100], key=key)
    assert run.map("n", squares, ITEMS, key=key) == squares(ITEMS)
    assert not run._pools  # the stage's processes end with its map
    run.close()


#: What a warm-up left in this process (as a grammar compiled on first use).
WARMED: list[str] = []


def warm_up() -> None:
    WARMED.append("warm")


def warmed(items: Sequence[int]) -> list[int]:
    """Each item, and how many warm-ups the process computing it has seen."""
    return [len(WARMED) for _ in items]


def test_a_warm_up_runs_here_once_before_the_workers_fork(tmp_path: Path) -> None:
    WARMED.clear()
    run = CachedRunner(tmp_path, "salt", workers=2)
    assert run.map("n", warmed, ITEMS, key=key, warm=warm_up) == [1] * len(ITEMS)
    run.close()
    assert WARMED == ["warm"]
    again = CachedRunner(tmp_path, "salt", workers=2)
    again.map("n", warmed, ITEMS, key=key, warm=warm_up)  # all stored: no worker, no warm-up
    assert WARMED == ["warm"]
    assert SERIAL.map("n", warmed, ITEMS, warm=warm_up) == [1] * len(ITEMS)


def test_shared_work_is_the_serial_work(tmp_path: Path) -> None:
    words = [f"w{i}" for i in range(30)]
    work = functools.partial(tagged, tag="x")
    run = CachedRunner(None, "", workers=2)
    got = run.map("t", work, words, cost=lambda i: float(i + 1))
    assert got == SERIAL.map("t", work, words)


def test_a_stored_value_of_another_kind_is_a_miss(tmp_path: Path) -> None:
    run = CachedRunner(tmp_path, "salt")
    run.map("n", squares, ITEMS, key=key)
    run.close()
    again = CachedRunner(tmp_path, "salt")
    # the stored integers are not taken for strings: each is computed again
    assert again.map("n", tagged_numbers, ITEMS, key=key, kind=str) == tagged_numbers(ITEMS)


def tagged_numbers(items: Sequence[int]) -> list[str]:
    return [str(i) for i in items]


def test_once_and_remember(tmp_path: Path) -> None:
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return 42

    run = CachedRunner(tmp_path, "salt")
    run.remember("r", lambda: [b"k"], compute)
    run.close()
    again = CachedRunner(tmp_path, "salt")
    assert again.once("r", lambda: [b"k"], compute) == 42
    assert calls == [1]  # remembered by the first build, read by the second
    assert SERIAL.once("r", lambda: [b"k"], compute) == 42 and calls == [1, 1]


def test_a_failed_build_leaves_the_cache_as_it_was(tmp_path: Path) -> None:
    run = CachedRunner(tmp_path, "salt")
    run.map("n", squares, ITEMS, key=key)
    run.close(store=False)
    assert not (tmp_path / "timeline" / "n").exists()


@pytest.mark.parametrize(
    ("costs", "expected"),
    [([], ([], [])), ([5.0], ([0], [])), ([3.0, 3.0, 3.0, 3.0], ([0, 2], [1, 3]))],
)
def test_shares_of_about_equal_cost(
    costs: list[float], expected: tuple[list[int], list[int]]
) -> None:
    assert runner.shares(costs) == expected
