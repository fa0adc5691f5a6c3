"""Atomic output: a failed or killed build leaves the previous site intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from timeline.build import atomic_build

ROOT = Path(__file__).resolve().parents[2]


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def beside(site: Path) -> list[str]:
    """What is in the output's folder, but the lock file every build keeps there."""
    return sorted(p.name for p in site.parent.iterdir() if p.name != f".{site.name}.lock")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    output = tmp_path / "output"
    atomic_build(output, lambda d: (d / "index.html").write_text("old site", encoding="utf-8"))
    return output


def test_successful_build_replaces_the_output(site: Path) -> None:
    atomic_build(site, lambda d: (d / "new.html").write_text("new", encoding="utf-8"))
    assert tree(site) == {"new.html": b"new"}
    assert beside(site) == ["output"]


def test_failed_build_keeps_the_previous_site(site: Path) -> None:
    before = tree(site)

    def half_then_fail(d: Path) -> None:
        (d / "index.html").write_text("half", encoding="utf-8")
        raise RuntimeError("template error")

    with pytest.raises(RuntimeError):
        atomic_build(site, half_then_fail)
    assert tree(site) == before
    assert beside(site) == ["output"], "staging folder left behind"


def test_killed_build_keeps_the_previous_site(site: Path) -> None:
    before = tree(site)
    script = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        sys.path.insert(0, {str(ROOT / "plugins")!r})
        from timeline.build import atomic_build
        def slow(d):
            (d / "index.html").write_text("half-written", encoding="utf-8")
            print("writing", flush=True)
            time.sleep(60)
        atomic_build(Path({str(site)!r}), slow)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "writing"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert tree(site) == before
    # the next build clears what the killed one left beside the output
    atomic_build(site, lambda d: (d / "index.html").write_text("next", encoding="utf-8"))
    assert tree(site) == {"index.html": b"next"}
    assert beside(site) == ["output"]


def test_output_is_readable_by_other_users(site: Path) -> None:
    assert site.stat().st_mode & 0o005 == 0o005


def test_the_previous_site_can_be_removed_in_the_background(site: Path) -> None:
    atomic_build(
        site, lambda d: (d / "new.html").write_text("new", "utf-8"), background_cleanup=True
    )
    assert tree(site) == {"new.html": b"new"}
    # whatever the detached removal has not finished, the next build clears
    atomic_build(site, lambda d: (d / "next.html").write_text("next", "utf-8"))
    assert beside(site) == ["output"]


def test_leftovers_of_earlier_builds_are_removed_in_the_background(site: Path) -> None:
    leftover = site.with_name(f".{site.name}-old-1")
    (leftover / "entry").mkdir(parents=True)
    (leftover / "entry" / "index.html").write_text("previous", "utf-8")
    atomic_build(
        site, lambda d: (d / "new.html").write_text("new", "utf-8"), background_cleanup=True
    )
    assert tree(site) == {"new.html": b"new"}
    for _ in range(600):  # the detached removal ends on its own; wait for it, at most a minute
        if not leftover.exists():
            break
        time.sleep(0.1)
    assert not leftover.exists()


@pytest.mark.parametrize(
    ("files", "workers", "started"), [(3, 2, False), (250, 1, False), (250, 2, True)]
)
def test_a_page_writer_is_started_early_only_for_a_large_build(
    tmp_path: Path, files: int, workers: int, started: bool
) -> None:
    """Before the pipeline runs, a second process is started only when the
    build will write its pages in two (enough seeds, more than one worker)."""
    import dataclasses

    from timeline.generator import early_writers
    from timeline.settings import settings_for

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(files):
        (seeds / f"{n:04d}.txt").write_text("x", encoding="utf-8")
    settings = dataclasses.replace(settings_for(ROOT, TIMELINE_SEEDS=str(seeds)), workers=workers)
    writers = early_writers(settings)
    try:
        assert (writers is not None) == started
        if writers is not None:
            assert len(writers) == 1
    finally:
        if writers is not None:
            writers.close()


@pytest.mark.parametrize(
    ("output", "refused"),
    [
        ("output", None),
        ("site/public", None),
        (".", "is the project folder"),
        ("..", "holds the project folder"),
        ("seeds", "is the seed folder"),
        ("seeds/out", "is inside the seed folder"),
        ("content", "is the content folder"),
        ("data/x", "is inside the data folder"),
    ],
)
def test_output_refusal(tmp_path: Path, output: str, refused: str | None) -> None:
    from timeline.build import output_refusal

    root = tmp_path / "project"
    guarded = {f"{name} folder": root / name for name in ("seed", "content", "data")}
    guarded["seed folder"] = root / "seeds"
    found = output_refusal(root / output, guarded, root)
    if refused is None:
        assert found is None
    else:
        assert found is not None and refused in found and "nothing was touched" in found


def test_a_second_lock_on_one_output_names_the_first(tmp_path: Path) -> None:
    from timeline.build import BuildBusy, build_lock

    output = tmp_path / "output"
    busy = pytest.raises(BuildBusy, match=f"pid {os.getpid()}")
    with build_lock(output), busy, build_lock(output, wait=0.3):
        pass
    with build_lock(output):  # released
        pass
