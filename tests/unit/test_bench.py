"""The benchmark harness of tools/bench.py: what it measures and where it writes (no timings)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from toolkit import load_tool

ROOT = Path(__file__).resolve().parents[2]


bench = load_tool("bench")


def test_tree_rss_counts_this_process():
    assert bench.tree_rss_bytes(os.getpid()) > 10 * 2**20


def test_peak_rss_includes_child_processes(tmp_path):
    # The measured process starts a child that holds 300 MB; the parent stays small.
    code = (
        "import subprocess, sys; subprocess.run([sys.executable, '-c', "
        "'x = bytearray(300 * 2**20); x[::4096] = b\"1\" * len(x[::4096])'], check=True)"
    )
    run = bench.measure([sys.executable, "-c", code], tmp_path, dict(os.environ), tmp_path / "log")
    assert run.returncode == 0
    assert run.peak_rss_mb >= 300


def test_kernel_time_is_part_of_the_cpu_time_and_told_apart(tmp_path):
    # creating and removing files is work in the kernel; arithmetic is not
    files = (
        "import os\nfor i in range(3000):\n"
        "    open(f'f{i}', 'wb').write(b'x' * 5000)\n    os.remove(f'f{i}')\n"
    )
    run = bench.measure([sys.executable, "-c", files], tmp_path, dict(os.environ), tmp_path / "log")
    assert 0 < run.system_seconds <= run.cpu_seconds
    sums = "sum(i * i for i in range(3_000_000))"
    pure = bench.measure([sys.executable, "-c", sums], tmp_path, dict(os.environ), tmp_path / "log")
    assert pure.system_seconds < pure.cpu_seconds / 2


def test_failed_command_reports_its_exit_code(tmp_path):
    run = bench.measure(
        [sys.executable, "-c", "raise SystemExit(3)"], tmp_path, dict(os.environ), tmp_path / "log"
    )
    assert run.returncode == 3


def test_build_settings_keep_registry_cache_and_seeds_in_the_run_folder(tmp_path):
    from pelican.settings import read_settings

    settings = read_settings(str(bench.timeline_settings(tmp_path, workers=1)))
    assert settings["TIMELINE_REGISTRY"] == str(tmp_path / "registry.yaml")
    assert settings["TIMELINE_SEEDS"] == str(tmp_path / "seeds")
    assert settings["CACHE_PATH"] == str(tmp_path / "cache")
    assert settings["PATH"] == str(ROOT / "content")
    assert (
        settings["TIMELINE_LANGUAGES"]
        == read_settings(str(ROOT / "pelicanconf.py"))["TIMELINE_LANGUAGES"]
    )


def test_plain_settings_are_pelican_defaults_with_one_language(tmp_path):
    from pelican.settings import read_settings

    (tmp_path / "content").mkdir()
    settings = read_settings(str(bench.plain_settings(tmp_path, tmp_path / "content")))
    assert settings["THEME"].endswith("notmyidea")
    assert settings["DEFAULT_LANG"] == "en"
    assert "PLUGINS" not in settings or not settings["PLUGINS"]


def test_corpus_is_generated_once_per_key(tmp_path):
    first = bench.corpus_dir(12, 4, tmp_path)
    stamp = (first / "truth.json").stat().st_mtime_ns
    again = bench.corpus_dir(12, 4, tmp_path)
    assert again == first and (again / "truth.json").stat().st_mtime_ns == stamp
    assert len(list((first / "seeds").glob("*.txt"))) == 12
    assert len(list((first / "markdown").glob("*.md"))) == 12


def test_the_build_command_exits_with_the_build_s_code(tmp_path):
    """The build the benchmark times (``python -m timeline.build``) ends
    without the interpreter's teardown, but with the build's exit code and
    its report flushed."""
    import subprocess

    conf = bench.timeline_settings(tmp_path, workers=1)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "empty.txt").write_text("", encoding="utf-8")
    for flags, code in (([], 0), (["--strict"], 2)):
        cmd = [*bench._build_cmd(conf, tmp_path / "out"), "--no-search", *flags]
        run = subprocess.run(
            cmd, cwd=tmp_path, env=bench._env(), capture_output=True, text=True, check=False
        )
        assert run.returncode == code, run.stderr
        assert "empty.txt" in run.stdout + run.stderr
