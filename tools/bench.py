"""Benchmark: our full build against plain Pelican on the same N synthetic articles.

``python tools/bench.py --articles 1000`` (or ``invoke bench --articles 1000``):

1. generates the corpus (tools/corpus.py) once into a cache folder keyed by N,
   seed, generator version and places: ``/tmp/timeline-bench/corpus-...``;
2. copies its seeds into a fresh run folder and builds the whole site from
   them with our build (``python -m timeline.build``, every language, feeds,
   exports), with a temporary ``TIMELINE_REGISTRY`` and ``CACHE_PATH`` and a
   temporary output, so ``seeds/registry.yaml`` and ``output/`` are never
   touched; the Pagefind search index is then built and timed on its own;
3. has plain Pelican (the ``pelican`` command of the venv, default theme,
   default settings, one language) build the same N articles from their
   Markdown twins, once the detached removal of a previous site (started by
   the rebuild of step 4) has finished, so that it does not slow Pelican;
   Every timed run starts after ``sync``: the writeback of what the previous
   step wrote is not charged to the next one.
4. with ``--incremental``, adds one article and rebuilds (same cache, registry
   and output) and reports that rebuild as a fraction of the full build;
5. with ``--profile``, runs one more (cold, single-process) build under
   pyinstrument and writes the report beside the run.

Peak RSS: the build runs as a child process; every 20 ms the RSS of that
process and all its descendants (a process pool included) is summed from
``/proc``; ``peak_rss_mb`` is the largest such sum, or the largest single
process's ``ru_maxrss`` from ``wait4`` if that is larger (a peak shorter than a
sampling interval). Summing RSS counts pages shared by forked workers once per
process: an upper bound.

The last line printed is exactly::

    bench: articles=N build_s=X peak_rss_mb=Y plain_pelican_s=Z ratio=R
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # tools/ is not a package

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
PELICAN = str(Path(PYTHON).with_name("pelican"))
DEFAULT_CACHE_ROOT = Path(tempfile.gettempdir()) / "timeline-bench"
REFERENCE_DATE = "2025-01-01"
SAMPLE_SECONDS = 0.02
PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class Run:
    """One measured child process."""

    seconds: float
    cpu_seconds: float  # user + system of the process and its waited-for descendants
    system_seconds: float  # of which in the kernel (file creation, most of it)
    peak_rss_mb: float
    returncode: int
    log: Path


# ---------------------------------------------------------------- memory


def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        # "pid (comm) state ppid ...": comm may contain spaces or parentheses.
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def tree_rss_bytes(root: int) -> int:
    """Summed resident set of ``root`` and every descendant (0 if gone)."""
    kids = _children_map()
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/statm", "rb") as f:
                total += int(f.read().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            pass
        todo.extend(kids.get(pid, ()))
    return total


def measure(cmd: Sequence[str], cwd: Path, env: dict[str, str], log: Path) -> Run:
    """Run ``cmd``, its output into ``log``; wall time and peak RSS of its process tree.

    The files earlier steps wrote (a corpus, a previous site: hundreds of MB)
    are flushed to disk first, so that their writeback does not slow the
    measured run."""
    os.sync()
    peak = [0]
    with open(log, "wb") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(list(cmd), cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], tree_rss_bytes(proc.pid))
                done.wait(SAMPLE_SECONDS)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    single = usage.ru_maxrss * 1024  # kilobytes on Linux
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, cpu, usage.ru_stime, max(peak[0], single) / 2**20, proc.returncode, log)


# ---------------------------------------------------------------- setup


def corpus_dir(n: int, seed: int, cache_root: Path) -> Path:
    """The generated corpus for (n, seed), made once and reused."""
    world = corpus.load_world(ROOT / "data")
    key = f"corpus-v{corpus.GENERATOR_VERSION}-n{n}-s{seed}-{corpus.world_key(world)}"
    dest = cache_root / key
    if not (dest / "truth.json").is_file():
        cache_root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=cache_root))
        corpus.write_corpus(corpus.generate_corpus(n, seed, world), staging)
        shutil.rmtree(dest, ignore_errors=True)
        staging.rename(dest)
    return dest


def timeline_settings(run: Path, workers: int, extra: str = "") -> Path:
    """A settings file: the project's pelicanconf.py with every path made absolute
    and the registry, cache and seeds inside ``run``."""
    path = run / "benchconf.py"
    path.write_text(
        f"""# Written by tools/bench.py: the project's settings, paths moved into the run folder.
_conf: dict = {{}}
exec(compile(open({str(ROOT / "pelicanconf.py")!r}).read(), "pelicanconf.py", "exec"), _conf)
globals().update({{k: v for k, v in _conf.items() if k.isupper()}})
PATH = {str(ROOT / "content")!r}
THEME = {str(ROOT / "theme")!r}
PLUGIN_PATHS = [{str(ROOT / "plugins")!r}]
CACHE_PATH = {str(run / "cache")!r}
TIMELINE_SEEDS = {str(run / "seeds")!r}
TIMELINE_DATA = {str(ROOT / "data")!r}
TIMELINE_REGISTRY = {str(run / "registry.yaml")!r}
TIMELINE_REFERENCE_DATE = {REFERENCE_DATE!r}
TIMELINE_WORKERS = {workers}
{extra}""",
        encoding="utf-8",
    )
    return path


def plain_settings(folder: Path, content: Path) -> Path:
    """Plain Pelican as after ``pelican-quickstart``: default theme, one language."""
    path = folder / "pelicanconf.py"
    path.write_text(
        f"""AUTHOR = "Bench"
SITENAME = "Plain Pelican"
SITEURL = ""
PATH = {str(content)!r}
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
""",
        encoding="utf-8",
    )
    return path


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "plugins")
    env.setdefault("SOURCE_DATE_EPOCH", "1735689600")  # 2025-01-01
    return env


def _build_cmd(settings: Path, output: Path) -> list[str]:
    """Our build, logging its cache use and the time of each phase (``--verbose``)."""
    return [
        *(PYTHON, "-m", "timeline.build", "--settings", str(settings), "--output", str(output)),
        "--verbose",
    ]


def _fail(what: str, run: Run) -> None:
    tail = run.log.read_text(encoding="utf-8", errors="replace").splitlines()[-40:]
    print(f"bench: {what} failed (exit {run.returncode}); last lines of {run.log}:")
    print("\n".join(f"  {line}" for line in tail))
    raise SystemExit(1)


def wait_for_cleanup(output: Path, limit_s: float = 600.0) -> None:
    """Wait until the detached removal of the previous site (started by a
    rebuild) is done, so that it does not share the cores with what is timed next."""
    deadline = time.monotonic() + limit_s
    while any(output.parent.glob(f".{output.name}-old-*")) and time.monotonic() < deadline:
        time.sleep(0.5)


def _count_files(folder: Path) -> int:
    return sum(1 for p in folder.rglob("*") if p.is_file())


# ---------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=0, help="TIMELINE_WORKERS (0: per core)")
    parser.add_argument("--incremental", action="store_true", help="also add one and rebuild")
    parser.add_argument("--no-search", action="store_true", help="skip the Pagefind timing")
    parser.add_argument("--no-plain", action="store_true", help="skip plain Pelican (ratio 0)")
    parser.add_argument("--profile", action="store_true", help="also profile a build")
    parser.add_argument("--keep", action="store_true", help="keep the run folder")
    parser.add_argument("--cache-root", type=Path, default=DEFAULT_CACHE_ROOT)
    args = parser.parse_args(argv)
    n = args.articles

    started = time.perf_counter()
    source = corpus_dir(n, args.seed, args.cache_root)
    print(f"bench: corpus {source} ({time.perf_counter() - started:.1f} s)")
    run = Path(tempfile.mkdtemp(prefix=f"run-n{n}-", dir=args.cache_root))
    finished = False
    try:
        shutil.copytree(source / "seeds", run / "seeds")
        settings = timeline_settings(run, args.workers)
        output = run / "output"
        env = _env()

        full = measure([*_build_cmd(settings, output), "--no-search"], run, env, run / "build.log")
        if full.returncode:
            _fail("build", full)
        print(
            f"bench: build {full.seconds:.2f} s (CPU {full.cpu_seconds:.2f} s, "
            f"kernel {full.system_seconds:.2f} s), "
            f"peak RSS {full.peak_rss_mb:.0f} MB, "
            f"{_count_files(output)} files written (log {full.log})"
        )

        if not args.no_search:
            search = measure(
                [PYTHON, "-c", f"from timeline.build import run_search_index as r; r(__import__("
                 f"'pathlib').Path({str(output)!r}))"],
                run, env, run / "search.log",
            )  # fmt: skip
            if search.returncode:
                _fail("search index", search)
            print(f"bench: search index {search.seconds:.2f} s (timed apart, not in build_s)")

        if args.incremental:
            extra = corpus.extra_article(corpus.generate_corpus(0, args.seed), n)
            (run / "seeds" / extra.name).write_bytes(extra.data)
            again = measure(
                [*_build_cmd(settings, output), "--no-search"], run, env, run / "rebuild.log"
            )
            if again.returncode:
                _fail("incremental rebuild", again)
            print(
                f"bench: incremental rebuild_s={again.seconds:.2f} "
                f"fraction={again.seconds / full.seconds:.2f} cpu_fraction="
                f"{again.cpu_seconds / full.cpu_seconds:.2f} (one article added to {n})"
            )

        plain_s = cpu_ratio = 0.0
        if not args.no_plain:
            wait_for_cleanup(output)
            plain_dir = run / "plain"
            plain_dir.mkdir()
            conf = plain_settings(plain_dir, source / "markdown")
            cmd = [PELICAN, str(source / "markdown"), "-s", str(conf), "-o", str(plain_dir / "out")]
            plain = measure(cmd, plain_dir, env, run / "plain.log")
            if plain.returncode:
                _fail("plain Pelican", plain)
            plain_s = plain.seconds
            cpu_ratio = full.cpu_seconds / max(plain.cpu_seconds, 1e-9)
            print(
                f"bench: plain Pelican {plain_s:.2f} s (CPU {plain.cpu_seconds:.2f} s, "
                f"kernel {plain.system_seconds:.2f} s), "
                f"peak RSS {plain.peak_rss_mb:.0f} MB, "
                f"{_count_files(plain_dir / 'out')} files"
            )

        if args.profile:
            prof = run / "profile"
            prof.mkdir()
            (prof / "seeds").symlink_to(run / "seeds")
            conf = timeline_settings(prof, 1)
            stem = args.cache_root / f"profile-n{n}-s{args.seed}"
            session = stem.with_suffix(".pyisession")
            # timeline.build's __main__ ends the process at once (build.exit_now), before
            # the profiler could write its session: call its main() instead
            build_args = ["--settings", str(conf), "--output", str(prof / "output"), "--no-search"]
            program = f"import sys, timeline.build as b; sys.exit(b.main({build_args!r}))"
            cmd = [PYTHON, "-m", "pyinstrument", "-r", "pyisession", "-o", str(session),
                   "-c", program]  # fmt: skip
            profiled = measure(cmd, prof, env, run / "profile.log")
            if profiled.returncode:
                _fail("profiled build", profiled)
            for view, options in (
                ("tree", []),
                ("flat", ["-p", "flat", "-p", "time=percent_of_total"]),
            ):
                out = stem.with_name(f"{stem.name}-{view}.txt")
                subprocess.run(
                    [PYTHON, "-m", "pyinstrument", "--load", str(session), "-r", "text",
                     *options, "-o", str(out)],
                    check=True,
                )  # fmt: skip
            print(f"bench: profile (one worker) {profiled.seconds:.2f} s -> {stem}-tree.txt, "
                  f"{stem}-flat.txt")  # fmt: skip

        ratio = full.seconds / plain_s if plain_s else 0.0
        if plain_s:
            print(f"bench: load {os.getloadavg()[0]:.1f}; CPU-time ratio {cpu_ratio:.2f}")
        print(
            f"bench: articles={n} build_s={full.seconds:.2f} peak_rss_mb={full.peak_rss_mb:.0f} "
            f"plain_pelican_s={plain_s:.2f} ratio={ratio:.2f}"
        )
        finished = True
    finally:
        if args.keep or not finished:
            print(f"bench: run folder kept: {run}", file=sys.stderr)
        else:
            shutil.rmtree(run, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
