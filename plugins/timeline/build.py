"""Run a whole build: Pelican into a staging folder, then swap it in.

``python -m timeline.build`` (with ``plugins/`` on ``PYTHONPATH``; ``invoke
build`` does this) builds into a temporary folder beside the output and
renames it into place only when everything, search index included, is
written. An interrupted or failed build leaves the previous site untouched.
"""

from __future__ import annotations

import argparse
import atexit
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)


def remove_in_background(tree: Path) -> None:
    """Delete ``tree`` in a detached process: removing tens of thousands of
    files of the previous site need not hold up the build. If it is cut short,
    the next build removes the rest (``remove_stale_staging``)."""
    subprocess.Popen(
        [
            sys.executable,
            "-c",
            # at low priority: it must not slow a build that follows at once
            "import os, shutil, sys; os.nice(19); shutil.rmtree(sys.argv[1], True)",
            str(tree),
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def swap_in(staging: Path, output: Path, background_cleanup: bool = False) -> None:
    """Replace ``output`` by ``staging`` with two renames on one filesystem.

    Between the renames no half-written site is ever at ``output``: it is
    either the old tree or the new one (or, for an instant, absent). The old
    tree is then deleted, in a detached process with ``background_cleanup``.
    """
    old = output.with_name(f".{output.name}-old-{time.monotonic_ns()}")
    if output.exists():
        output.rename(old)
    try:
        staging.rename(output)
    except OSError:
        if old.exists():
            old.rename(output)
        raise
    if old.exists():
        if background_cleanup:
            remove_in_background(old)
        else:
            shutil.rmtree(old)


def remove_stale_staging(output: Path, background: bool = False) -> None:
    """Remove what a killed build left beside the output (staging or old
    trees), in a detached process with ``background``: a previous site whose
    detached removal has not finished need not hold up this build."""
    stale = [
        *sorted(output.parent.glob(f".{output.name}-build-*")),
        *sorted(output.parent.glob(f".{output.name}-old-*")),
    ]
    for tree in stale:
        if background:
            remove_in_background(tree)
        else:
            shutil.rmtree(tree, ignore_errors=True)


def atomic_build(
    output: Path, write: Callable[[Path], None], background_cleanup: bool = False
) -> None:
    """Call ``write(staging)`` and swap the result in; on any exception (or
    interruption) remove the staging folder and leave ``output`` as it was."""
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(output, background_cleanup)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}-build-", dir=output.parent))
    try:
        write(staging)
        staging.chmod(0o755)  # mkdtemp makes it 0700: servers running as another user must read it
        swap_in(staging, output, background_cleanup)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def run_pelican(settings_file: Path, output: Path, overrides: dict[str, Any]) -> None:
    from pelican import Pelican
    from pelican.settings import read_settings

    settings = read_settings(str(settings_file), override={**overrides, "OUTPUT_PATH": str(output)})
    Pelican(settings).run()


def run_search_index(site: Path) -> float:
    """Index the built site with Pagefind (one index per ``<html lang>``)."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site), "--silent"],
        check=True,
    )
    return time.perf_counter() - started


def build(
    settings_file: Path,
    output: Path,
    seeds: Path | None = None,
    strict: bool = False,
    search: bool = True,
    settings: Mapping[str, Any] | None = None,
) -> int:
    """Build the site; return the process exit code (0 ok, 2 strict failure, 1 error).

    ``settings`` overrides values of the settings file (tests use it for a
    private registry and cache)."""
    from .generator import TimelineBuildError

    overrides: dict[str, Any] = {
        "TIMELINE_PREVIOUS_OUTPUT": str(output.resolve()),  # unchanged pages are linked from it
        **(settings or {}),
        "TIMELINE_STRICT": strict,
    }
    if seeds is not None:
        overrides["TIMELINE_SEEDS"] = str(seeds.resolve())

    def write(staging: Path) -> None:
        started = time.perf_counter()
        run_pelican(settings_file, staging, overrides)
        took = time.perf_counter() - started
        index = run_search_index(staging) if search else 0.0
        print(f"build: site {took:.2f} s, search index {index:.2f} s -> {output}")

    try:
        atomic_build(output, write, background_cleanup=True)
    except TimelineBuildError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return exc.exitcode
    except Exception as exc:
        logger.exception("build failed, previous site kept: %s", exc)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="timeline.build", description=__doc__)
    parser.add_argument("--settings", type=Path, default=Path("pelicanconf.py"))
    parser.add_argument("--output", type=Path, default=Path("output"))
    parser.add_argument("--seeds", type=Path, default=None)
    parser.add_argument("--strict", action="store_true", help="fail on any problem in any input")
    parser.add_argument("--no-search", action="store_true", help="skip the Pagefind index")
    parser.add_argument(
        "--verbose", action="store_true", help="also log what the caches did and the time per task"
    )
    args = parser.parse_args(argv)

    from pelican.log import init as init_logging

    init_logging(level=logging.WARNING, name="pelican")
    init_logging(level=logging.INFO if args.verbose else logging.WARNING, name="timeline")
    return build(
        args.settings, args.output, args.seeds, strict=args.strict, search=not args.no_search
    )


def exit_now(code: int) -> None:
    """End the process with ``code`` without the interpreter's teardown: it
    frees the timeline's millions of objects one by one (about a second at
    4,000 articles) although every file is written and closed. Exit handlers
    (multiprocessing's, logging's) still run, and the standard streams are
    flushed, before the process ends."""
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    exit_now(main())
