"""Run a whole build: Pelican into a staging folder, then swap it in.

``python -m timeline.build`` (with ``plugins/`` on ``PYTHONPATH``; ``invoke
build`` does this) builds into a temporary folder beside the output and
renames it into place only when everything, search index included, is
written. An interrupted or failed build leaves the previous site untouched.

What it guards (docs/reliability.md):

- one build at a time per output: a lock file beside it (``flock``); a
  second build refuses, or waits with ``--wait``, naming the first;
- nothing it must not delete: an output folder that is, holds or lies inside
  the seeds, ``content/``, ``data/``, ``theme/`` (or is the project root or a
  parent of it) is refused before anything is touched, and so is a seeds
  folder that does not exist;
- what a publisher keeps in the output (``.git/``, ``CNAME``, dotfiles:
  ``TIMELINE_OUTPUT_RETENTION``) is carried into the new site;
- the registry of entry ids is written only after the new site is in place.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import datetime as dt
import errno
import fcntl
import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .searchindex import stable_filters

if TYPE_CHECKING:
    from .settings import TimelineSettings

logger = logging.getLogger(__name__)

#: Top-level names of the output folder a new build keeps (Pelican's
#: ``OUTPUT_RETENTION``); every other top-level name starting with "." is kept too.
DEFAULT_RETENTION: tuple[str, ...] = (".git", ".nojekyll", "CNAME")
#: Exit code of a build that found another build of the same output running.
BUSY_EXIT = 75  # EX_TEMPFAIL: try again later


class BuildRefused(RuntimeError):
    """The build would destroy input, or has nothing to build: nothing was touched."""

    exitcode = 2


class BuildBusy(RuntimeError):
    """Another build holds the output's lock."""

    exitcode = BUSY_EXIT


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


def kept_names(output: Path, retain: Sequence[str]) -> list[str]:
    """The top-level names of ``output`` a new build carries over: those in
    ``retain`` (plain names, as Pelican's ``OUTPUT_RETENTION``) and every
    name starting with "." (``.git``, ``.well-known``, ``.htaccess``)."""
    try:
        with os.scandir(output) as found:
            names = [e.name for e in found]
    except OSError:
        return []
    wanted = set(retain)
    return sorted(n for n in names if n in wanted or n.startswith("."))


def swap_in(
    staging: Path,
    output: Path,
    background_cleanup: bool = False,
    retain: Sequence[str] = DEFAULT_RETENTION,
) -> None:
    """Replace ``output`` by ``staging`` with two renames on one filesystem.

    Between the renames no half-written site is ever at ``output``: it is
    either the old tree or the new one (or, for an instant, absent). What the
    old tree holds of ``kept_names`` moves into the new one (by rename, unless
    the build wrote that name itself). The old tree is then deleted, in a
    detached process with ``background_cleanup``.
    """
    old = output.with_name(f".{output.name}-old-{time.monotonic_ns()}")
    moved: list[str] = []
    if output.exists():
        output.rename(old)
    try:
        for name in kept_names(old, retain):
            if not os.path.lexists(staging / name):
                (old / name).rename(staging / name)
                moved.append(name)
        staging.rename(output)
    except OSError:
        for name in moved:
            (staging / name).rename(old / name)
        if old.exists():
            old.rename(output)
        raise
    if old.exists():
        if background_cleanup:
            remove_in_background(old)
        else:
            shutil.rmtree(old)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def remove_stale_staging(output: Path, background: bool = False) -> None:
    """Remove what a killed build left beside the output (staging or old
    trees, a pending registry), in a detached process with ``background``: a
    previous site whose detached removal has not finished need not hold up
    this build. Call it only holding the output's lock (``build_lock``): no
    live build owns what it removes."""
    stale = [
        *sorted(output.parent.glob(f".{output.name}-build-*")),
        *sorted(output.parent.glob(f".{output.name}-old-*")),
    ]
    for tree in stale:
        if background and tree.is_dir():
            remove_in_background(tree)
        else:
            _remove(tree)


def lock_file(output: Path) -> Path:
    """The lock file of an output folder: beside it, never removed."""
    return output.with_name(f".{output.name}.lock")


def _holder(handle: IO[str]) -> str:
    handle.seek(0)
    return handle.read().strip() or "another build (it wrote no details)"


@contextlib.contextmanager
def build_lock(output: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the output's lock (``flock`` on ``lock_file(output)``) for the
    block. If another build holds it, wait up to ``wait`` seconds, then raise
    ``BuildBusy`` naming that build (its process, host, start, command). The
    kernel releases the lock when the holder ends, however it ends."""
    path = lock_file(output)
    handle = path.open("a+", encoding="utf-8")
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    raise BuildBusy(
                        f"{output}: another build is writing it ({_holder(handle)}); "
                        f"wait for it to finish, or run with --wait SECONDS "
                        f"(lock file {path})"
                    ) from None
                time.sleep(0.2)
        handle.seek(0)
        handle.truncate()
        started = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        command = " ".join(sys.argv) or sys.executable
        handle.write(f"pid {os.getpid()} on {socket.gethostname()}, started {started}: {command}\n")
        handle.flush()
        yield
    finally:
        handle.close()  # releases the lock


def check_staging(staging: Path, required: Sequence[str]) -> None:
    """Fail unless the staging tree holds every path of ``required``: a step
    that lost its own tree must never have what is left swapped in."""
    missing = [name for name in required if not (staging / name).exists()]
    if missing:
        raise RuntimeError(
            f"{staging}: the build's own tree lacks {', '.join(missing)}; not swapped in"
        )


def atomic_build(
    output: Path,
    write: Callable[[Path], None],
    background_cleanup: bool = False,
    retain: Sequence[str] = DEFAULT_RETENTION,
    wait: float = 0.0,
    after_swap: Callable[[Path], None] | None = None,
) -> None:
    """Call ``write(staging)`` and swap the result in; on any exception (or
    interruption) remove the staging folder and leave ``output`` as it was.

    The whole build holds the output's lock (``build_lock``); only then are
    what killed builds left beside it removed. ``after_swap(staging)`` runs
    once the new site is in place (``staging`` is then its former name)."""
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    with build_lock(output, wait):
        remove_stale_staging(output, background_cleanup)
        staging = Path(tempfile.mkdtemp(prefix=f".{output.name}-build-", dir=output.parent))
        try:
            write(staging)
            # mkdtemp makes it 0700: servers running as another user must read it
            staging.chmod(0o755)
            swap_in(staging, output, background_cleanup, retain)
            if after_swap is not None:
                after_swap(staging)
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)


def read_config(settings_file: Path, overrides: Mapping[str, Any]) -> dict[str, Any]:
    """Pelican's settings from ``settings_file`` with ``overrides``, as the build will see them."""
    from pelican.settings import read_settings

    settings: dict[str, Any] = read_settings(str(settings_file), override=dict(overrides))
    return settings


def run_pelican(settings_file: Path, output: Path, overrides: dict[str, Any]) -> None:
    from pelican import Pelican

    Pelican(read_config(settings_file, {**overrides, "OUTPUT_PATH": str(output)})).run()


def sorted_links(site: Path, mirror: Path) -> int:
    """Hard-link every HTML page of ``site`` into ``mirror`` (a new folder
    on the same file system), folders and files created in sorted order;
    return how many. Pagefind numbers pages in the order it walks the
    folders, which is the order a file system lists them: on tmpfs, or in a
    small ext4 folder, the order they were created in, which the parallel
    page writers change from build to build. Listed from the mirror, the
    pages come in the same order every time."""
    count = 0
    for root, folders, files in os.walk(site):
        folders.sort()
        relative = Path(root).relative_to(site)
        if relative.parts[:1] == ("pagefind",):
            folders[:] = []
            continue
        (mirror / relative).mkdir(parents=True, exist_ok=True)
        for name in sorted(files):
            if name.endswith(".html"):
                os.link(Path(root) / name, mirror / relative / name)
                count += 1
    return count


def run_search_index(site: Path) -> float:
    """Index the built site with Pagefind (one index per ``<html lang>``),
    from a mirror of its pages in sorted order (``sorted_links``), so that
    two builds of the same seeds give the same index, byte for byte.

    Fails when Pagefind fails, reports an error although it exits with 0 (a
    file of the tree it could not read), or indexed no page of a language."""
    started = time.perf_counter()
    mirror = site.with_name(f"{site.name}.index")
    try:
        sorted_links(site, mirror)
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "pagefind",
                "--site",
                str(mirror),
                "--output-path",
                str(site / "pagefind"),
                "--silent",
            ],
            capture_output=True,
            text=True,
            errors="replace",
        )
    finally:
        shutil.rmtree(mirror, ignore_errors=True)
    errors = [line for line in (done.stdout + done.stderr).splitlines() if "error" in line.lower()]
    if done.returncode != 0 or errors:
        raise RuntimeError(
            f"search index of {site} failed (Pagefind exit {done.returncode}): "
            + ("; ".join(errors[:5]) or done.stderr.strip()[-500:])
        )
    check_staging(site, ["pagefind/pagefind-entry.json"])
    stable_filters(site / "pagefind")
    empty = [
        lang
        for lang, info in json.loads(
            (site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8")
        )["languages"].items()
        if not info.get("page_count")
    ]
    if empty:
        raise RuntimeError(f"search index of {site}: no page indexed in {', '.join(empty)}")
    return time.perf_counter() - started


def guarded_folders(
    config: Mapping[str, Any], timeline: TimelineSettings, base: Path
) -> dict[str, Path]:
    """The folders a build must never replace, delete or write into, by
    what they are: the seeds, ``content/`` (Pelican's ``PATH``), ``data/``,
    ``theme/`` and the cache."""
    found = {
        "seed folder": timeline.seeds,
        "content folder": Path(config["PATH"]),
        "data folder": timeline.data,
        "theme folder": Path(str(config.get("THEME", base / "theme"))),
        "cache folder": Path(str(config.get("CACHE_PATH", base / "cache"))),
    }
    return {what: (base / path).resolve() for what, path in found.items()}


def output_refusal(output: Path, guarded: Mapping[str, Path], root: Path) -> str | None:
    """Why ``output`` must not be built into, or None. A build replaces its
    output folder whole: it must be none of ``guarded``, inside none, and
    hold none; it may lie inside the project ``root`` but must not be it or
    hold it."""
    out = output.resolve()
    root = root.resolve()
    hint = "choose a folder of its own, such as output/; nothing was touched"
    if out == root or root.is_relative_to(out):
        what = "is" if out == root else "holds"
        return f"--output {output} {what} the project folder {root}: it would be deleted; {hint}"
    for what, folder in guarded.items():
        if out == folder:
            relation = "is"
        elif out.is_relative_to(folder):
            relation = "is inside"
        elif folder.is_relative_to(out):
            relation = "holds"
        else:
            continue
        return f"--output {output} {relation} the {what} {folder}: it would be deleted; {hint}"
    return None


def registry_refusal(output: Path, registry: Path) -> str | None:
    """Why ``output`` must not be built into because it holds the registry, or None."""
    if registry.resolve().is_relative_to(output.resolve()):
        return (
            f"--output {output} holds the registry {registry}: it would be deleted; "
            "choose a folder of its own, such as output/; nothing was touched"
        )
    return None


def seeds_refusal(seeds: Path) -> str | None:
    """Why the seed folder cannot be built from, or None: a missing folder
    would give an empty site in place of a published one."""
    from .ingest import SEED_SUFFIXES

    if not seeds.is_dir():
        return f"{seeds}: seed folder not found; nothing built, the output left as it was"
    try:
        with os.scandir(seeds) as found:
            if not any(Path(e.name).suffix.lower() in SEED_SUFFIXES for e in found):
                return (
                    f"{seeds}: no seed files (.txt, .md, .html, .htm) in it; nothing built, "
                    "the output left as it was"
                )
    except OSError as exc:
        return f"{seeds}: cannot list the seed folder ({exc.strerror or exc}); nothing built"
    return None


def build(
    settings_file: Path,
    output: Path,
    seeds: Path | None = None,
    strict: bool = False,
    search: bool = True,
    settings: Mapping[str, Any] | None = None,
    wait: float = 0.0,
) -> int:
    """Build the site; return the process exit code (0 ok, 2 strict failure
    or refused, 1 error, ``BUSY_EXIT`` another build holds the output).

    ``settings`` overrides values of the settings file (tests use it for a
    private registry and cache). Before anything is touched, the output and
    seed folders are checked (``output_refusal``, ``seeds_refusal``)."""
    from . import ids
    from .generator import TimelineBuildError, settings_base
    from .settings import SettingsError, from_pelican

    overrides: dict[str, Any] = {
        "TIMELINE_PREVIOUS_OUTPUT": str(output.resolve()),  # unchanged pages are linked from it
        **(settings or {}),
        "TIMELINE_STRICT": strict,
    }
    if seeds is not None:
        overrides["TIMELINE_SEEDS"] = str(seeds.resolve())
    try:
        config = read_config(settings_file, overrides)
        chosen = from_pelican(config, settings_base(config))
        root = settings_file.resolve().parent
        refused = (
            output_refusal(output, guarded_folders(config, chosen, root), root)
            or registry_refusal(output, chosen.registry)
            or seeds_refusal(chosen.seeds)
        )
    except (SettingsError, OSError) as exc:
        print(f"build failed: {settings_file}: {exc}", file=sys.stderr)
        return 1
    if refused:
        print(f"build refused: {refused}", file=sys.stderr)
        return BuildRefused.exitcode

    made: list[Path] = []  # the pending registry text of this build

    def pending_of(staging: Path) -> Path:
        return staging.with_name(f"{staging.name}.registry")

    def write(staging: Path) -> None:
        started = time.perf_counter()
        made.append(pending_of(staging))
        pending = {"TIMELINE_REGISTRY_PENDING": str(pending_of(staging))}
        run_pelican(settings_file, staging, {**overrides, **pending})
        took = time.perf_counter() - started
        check_staging(staging, ["index.html", "timeline.json"])
        index = run_search_index(staging) if search else 0.0
        print(f"build: site {took:.2f} s, search index {index:.2f} s -> {output}")

    def commit(staging: Path) -> None:
        pending = pending_of(staging)
        if not pending.exists():  # the registry was not to be written
            return
        skipped = ids.commit_registry(chosen.registry, pending.read_text(encoding="utf-8"))
        pending.unlink(missing_ok=True)
        if skipped:
            print(f"warning: {skipped}", file=sys.stderr)

    try:
        atomic_build(
            output,
            write,
            background_cleanup=True,
            retain=chosen.output_retention,
            wait=wait,
            after_swap=commit,
        )
    except (TimelineBuildError, BuildBusy) as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return exc.exitcode
    except Exception as exc:
        logger.exception("build failed, previous site kept: %s", exc)
        return 1
    finally:
        for pending in made:  # a failed build's: its registry text is dropped
            pending.unlink(missing_ok=True)
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
    parser.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="if another build is writing the output, wait this long for it (default: refuse)",
    )
    args = parser.parse_args(argv)

    from pelican.log import init as init_logging

    init_logging(level=logging.WARNING, name="pelican")
    init_logging(level=logging.INFO if args.verbose else logging.WARNING, name="timeline")
    return build(
        args.settings,
        args.output,
        args.seeds,
        strict=args.strict,
        search=not args.no_search,
        wait=args.wait,
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
