"""Time only the pipeline (seeds -> Timeline: ``pipeline.build_timeline``), cold and warm.

``python tools/bench_pipeline.py --articles 1000 [--workers 2] [--dump FILE] [--check FILE]
[--profile FILE [--profile-run cold|warm|incremental]]``

Uses the corpus of tools/bench.py (generated once under /tmp/timeline-bench),
copies its seeds, the plugin and data/ (so that others editing the work
tree cannot change the code fingerprint between runs) to a temporary folder,
and runs ``build_timeline`` three times in fresh subprocesses: cold (empty
cache and registry), warm (same cache and registry) and incremental (one
article added, same cache and registry). CPU time is user + system of the
process and its pool workers.
``--dump`` pickles the cold Timeline; ``--check`` compares the cold, warm
timelines with a dumped one (exact equality), so a speed change can be shown
to leave the output alone.
"""

from __future__ import annotations

import argparse
import pickle
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _settings(run: Path, workers: int):  # type: ignore[no-untyped-def]
    from timeline.settings import settings_for

    return settings_for(
        run,
        TIMELINE_REGISTRY=str(run / "registry.yaml"),
        TIMELINE_REFERENCE_DATE="2025-01-01",
        TIMELINE_WORKERS=workers,
        TIMELINE_SEARCH=False,
        SITEURL="https://example.org/timeline",
        SITENAME="Conflict Timeline",
        OUTPUT_PATH=str(run / "output"),
        CACHE_PATH=str(run / "cache"),
    )


def child(run: Path, workers: int, out: Path, profile: Path | None) -> None:
    """One timed build_timeline in this process; prints wall and CPU seconds."""
    t0, c0 = time.perf_counter(), time.process_time()
    prof = None
    if profile:
        from pyinstrument import Profiler

        prof = Profiler()
        prof.start()
    from timeline import pipeline

    timeline = pipeline.build_timeline(_settings(run, workers))
    if prof:
        prof.stop()
        profile.write_text(prof.output_text(unicode=True, show_all=False))
    wall = time.perf_counter() - t0
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time() - c0 + kids.ru_utime + kids.ru_stime
    out.write_bytes(pickle.dumps(timeline, protocol=5))
    print(f"{wall:.2f} {cpu:.2f} {len(timeline.entries)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dump", type=Path, help="pickle the cold Timeline here")
    parser.add_argument("--check", type=Path, help="compare cold and warm with this pickle")
    parser.add_argument("--profile", type=Path, help="pyinstrument text of one run here")
    parser.add_argument(
        "--profile-run",
        choices=("cold", "warm", "incremental"),
        default="cold",
        help="the run --profile profiles (default: cold)",
    )
    parser.add_argument("--cold-only", action="store_true")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        # the plugin as copied at the start: others editing the work tree would
        # change the code fingerprint between the runs (every cache a miss)
        sys.path.insert(0, str(args.child / "plugins"))
        child(args.child, args.workers, args.out, args.profile)
        return 0

    import bench
    import corpus

    source = bench.corpus_dir(args.articles, 1, bench.DEFAULT_CACHE_ROOT)
    with tempfile.TemporaryDirectory(prefix="bench-pipeline-") as tmp:
        run = Path(tmp)
        shutil.copytree(source / "seeds", run / "seeds")
        shutil.copytree(ROOT / "data", run / "data")
        shutil.copytree(ROOT / "languages", run / "languages")  # beside plugins/, as in the repo
        shutil.copytree(
            ROOT / "plugins", run / "plugins", ignore=shutil.ignore_patterns("__pycache__")
        )
        results: dict[str, Path] = {}

        def once(label: str, profile: Path | None = None) -> None:
            out = run / f"{label}.pickle"
            cmd = [sys.executable, __file__, "--articles", str(args.articles)]
            cmd += ["--workers", str(args.workers), "--child", str(run), "--out", str(out)]
            if profile:
                cmd += ["--profile", str(profile)]
            done = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if done.returncode:
                sys.stderr.write(done.stderr)
                raise SystemExit(f"{label} failed")
            wall, cpu, entries = done.stdout.split()[-3:]
            print(
                f"pipeline n={args.articles} workers={args.workers} {label}: "
                f"wall {wall} s, CPU {cpu} s, {entries} entries"
            )
            results[label] = out

        profiled = {args.profile_run: args.profile}
        once("cold", profiled.get("cold"))
        if not args.cold_only:
            once("warm", profiled.get("warm"))
            extra = corpus.extra_article(corpus.generate_corpus(0, 1), args.articles)
            (run / "seeds" / extra.name).write_bytes(extra.data)
            once("incremental", profiled.get("incremental"))
        sys.path.insert(0, str(run / "plugins"))
        cold = results["cold"].read_bytes()
        if "warm" in results:
            same = pickle.loads(results["warm"].read_bytes()) == pickle.loads(cold)
            print(f"warm timeline == cold timeline: {same}")
        if args.dump:
            args.dump.write_bytes(cold)
        if args.check:
            reference = pickle.loads(args.check.read_bytes())
            for label in ("cold", "warm"):
                if label in results:
                    same = pickle.loads(results[label].read_bytes()) == reference
                    print(f"{label} timeline == {args.check.name}: {same}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
