"""Nothing lost, nothing leaked (issue 17): the build guards what it deletes
and what it publishes. Every test builds a real project folder in tmp_path
(a copy of the settings, content, theme, data and seeds) with the real CLI,
``python -m timeline.build``, and checks what it left on disk."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from bad_seeds import REFERENCE_DATE

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}


def make_project(tmp: Path) -> Path:
    """A project folder of its own: what a build reads, copied (so that a
    build that destroys its input destroys only the copy)."""
    project = tmp / "project"
    project.mkdir()
    for name in ("content", "theme", "data", "seeds"):
        shutil.copytree(ROOT / name, project / name)
    (project / "plugins").symlink_to(ROOT / "plugins")
    settings = (ROOT / "pelicanconf.py").read_text(encoding="utf-8")
    settings += f'\nTIMELINE_REFERENCE_DATE = "{REFERENCE_DATE.isoformat()}"\n'
    (project / "pelicanconf.py").write_text(settings, encoding="utf-8")
    return project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path)


def command(project: Path, *args: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "timeline.build",
        "--settings",
        str(project / "pelicanconf.py"),
        "--no-search",
        *args,
    ]


def run_build(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(project, *args), cwd=project, env=ENV, capture_output=True, text=True
    )


def tree(root: Path) -> dict[str, str]:
    """Every file under ``root`` (links not followed) -> digest of its bytes."""
    found: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            found[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def inputs(project: Path) -> dict[str, str]:
    """The project's files a build must never touch."""
    return {
        f"{name}/{path}": digest
        for name in ("content", "theme", "data", "seeds")
        for path, digest in tree(project / name).items()
    } | {"pelicanconf.py": hashlib.sha256((project / "pelicanconf.py").read_bytes()).hexdigest()}


# --------------------------------------------------------------------------- 1. two builds at once


PAUSED_BUILD = """
import sys, time
from pathlib import Path
sys.path.insert(0, {plugins!r})
from timeline import build

real = build.run_pelican


def paused(settings_file, output, overrides):
    real(settings_file, output, overrides)
    print("written", flush=True)
    while not Path({go!r}).exists():  # the test lets it go on
        time.sleep(0.05)


build.run_pelican = paused
sys.exit(build.main(sys.argv[1:]))
"""


@pytest.fixture
def paused_build(project: Path, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """A real build of the project's seeds into ``output/``, paused after
    Pelican wrote its staging tree, until the file ``go`` exists."""
    go = tmp_path / "go"
    script = PAUSED_BUILD.format(plugins=str(ROOT / "plugins"), go=str(go))
    args = command(project, "--output", str(project / "output"))[3:]
    log = (tmp_path / "first.log").open("w", encoding="utf-8")
    first = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=project,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
    )
    assert first.stdout is not None
    for line in first.stdout:  # the build's report, then "written"
        if line.strip() == "written":
            break
    else:
        pytest.fail("the first build ended early: " + (tmp_path / "first.log").read_text())
    try:
        yield first, go
    finally:
        go.touch()
        first.communicate(timeout=60)
        log.close()


def staging_trees(output: Path) -> list[Path]:
    return sorted(p for p in output.parent.glob(f".{output.name}-build-*") if p.is_dir())


def test_a_second_build_refuses_while_one_is_writing(
    project: Path, paused_build: tuple[subprocess.Popen[str], Path]
) -> None:
    """The second build neither deletes the first one's staging tree nor
    swaps in anything: it refuses, naming the first build."""
    first, go = paused_build
    output = project / "output"
    writing = staging_trees(output)
    assert len(writing) == 1
    before = tree(writing[0])
    second = run_build(project, "--output", str(output))
    assert second.returncode != 0, "a second build ran while another was writing"
    assert f"pid {first.pid}" in second.stderr, second.stderr
    assert "another build" in second.stderr
    assert staging_trees(output) == writing and tree(writing[0]) == before
    assert not output.exists()
    go.touch()
    first.communicate(timeout=60)
    assert first.returncode == 0
    assert (output / "index.html").is_file() and (output / "timeline.json").is_file()
    assert staging_trees(output) == []


def test_a_second_build_with_wait_builds_after_the_first(
    project: Path, paused_build: tuple[subprocess.Popen[str], Path]
) -> None:
    first, go = paused_build
    output = project / "output"
    second = subprocess.Popen(
        command(project, "--output", str(output), "--wait", "60"),
        cwd=project,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.5)
    assert second.poll() is None, "the second build did not wait for the first"
    go.touch()
    first.communicate(timeout=60)
    assert first.returncode == 0
    _out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    assert json.loads((output / "timeline.json").read_text(encoding="utf-8"))["entries"]


def test_a_build_that_lost_its_own_tree_is_not_swapped_in(project: Path, tmp_path: Path) -> None:
    """A step that cannot read its own staging tree (here: its pages were
    deleted under it) fails the build; the published site stays."""
    output = project / "output"
    assert run_build(project, "--output", str(output)).returncode == 0
    published = tree(output)
    script = textwrap.dedent(
        f"""
        import shutil, sys
        sys.path.insert(0, {str(ROOT / "plugins")!r})
        from timeline import build
        real = build.run_pelican
        def emptied(settings_file, output, overrides):
            real(settings_file, output, overrides)
            for path in list(output.iterdir()):  # what a second build's cleanup did
                shutil.rmtree(path) if path.is_dir() else path.unlink()
        build.run_pelican = emptied
        sys.exit(build.main(sys.argv[1:]))
        """
    )
    args = command(project, "--output", str(output))[3:]
    done = subprocess.run(
        [sys.executable, "-c", script, *args], cwd=project, env=ENV, capture_output=True, text=True
    )
    assert done.returncode != 0, "a build swapped in an emptied tree"
    assert "lacks index.html" in " ".join((done.stdout + done.stderr).split())
    assert tree(output) == published


# --------------------------------------------------------------------------- 4. destructive paths


@pytest.mark.parametrize(
    "where",
    [
        "seeds",
        "seeds/site",
        ".",
        "..",
        "content",
        "content/pages",
        "data",
        "theme",
        "theme/static/css",
    ],
)
def test_an_output_that_would_destroy_input_is_refused(project: Path, where: str) -> None:
    before = inputs(project)
    beside = sorted(p.name for p in project.parent.iterdir())
    done = run_build(project, "--output", where)
    assert done.returncode == 2, done.stderr
    assert "build refused" in done.stderr and "nothing was touched" in done.stderr
    assert inputs(project) == before
    assert sorted(p.name for p in project.parent.iterdir()) == beside
    assert not list(project.glob(".*-build-*")) and not (project / "seeds" / "site").exists()


def test_a_missing_seed_folder_keeps_the_published_site(project: Path) -> None:
    output = project / "output"
    assert run_build(project, "--output", str(output)).returncode == 0
    published = tree(output)
    done = run_build(project, "--output", str(output), "--seeds", "seedz")
    assert done.returncode != 0
    assert "seed folder not found" in done.stderr
    assert tree(output) == published
    empty = project / "empty"
    empty.mkdir()
    done = run_build(project, "--output", str(output), "--seeds", str(empty))
    assert done.returncode != 0 and "no seed files" in done.stderr
    assert tree(output) == published


# --------------------------------------------------------------------------- 5. retention


def test_a_publishers_files_in_the_output_survive_the_swap(project: Path) -> None:
    output = project / "output"
    assert run_build(project, "--output", str(output)).returncode == 0
    kept = {
        ".git/HEAD": "ref: refs/heads/gh-pages\n",
        ".git/objects/ab/cdef": "object",
        "CNAME": "timeline.example.org\n",
        ".nojekyll": "",
        ".well-known/security.txt": "Contact: mailto:x@example.org\n",
    }
    for name, text in kept.items():
        (output / name).parent.mkdir(parents=True, exist_ok=True)
        (output / name).write_text(text, encoding="utf-8")
    (output / "stale.html").write_text("a page no build writes any more", encoding="utf-8")
    assert run_build(project, "--output", str(output)).returncode == 0
    for name, text in kept.items():
        assert (output / name).read_text(encoding="utf-8") == text, f"{name} lost"
    assert not (output / "stale.html").exists()
    assert (output / "timeline.json").is_file()


# --------------------------------------------------------------------------- 8. the registry


def registry_to_update(project: Path) -> Path:
    """The project's registry, made one the next build must rewrite."""
    registry = project / "seeds" / "registry.yaml"
    registry.write_text("# ids are recorded here by the build\n", encoding="utf-8")
    return registry


def test_a_failed_strict_build_leaves_the_registry_as_it_was(project: Path) -> None:
    registry = registry_to_update(project)
    before = registry.read_bytes()
    (project / "seeds" / "empty.txt").write_bytes(b"")
    done = run_build(project, "--output", str(project / "output"), "--strict")
    assert done.returncode == 2, done.stderr
    assert registry.read_bytes() == before
    # the same build, not strict, succeeds and records the ids
    assert run_build(project, "--output", str(project / "output")).returncode == 0
    assert registry.read_bytes() != before and b"entries:" in registry.read_bytes()


def test_a_killed_build_leaves_the_registry_as_it_was(project: Path) -> None:
    registry = registry_to_update(project)
    before = registry.read_bytes()
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT / "plugins")!r})
        from timeline import build, site
        def killed(*args, **kwargs):  # killed while it writes the pages
            os.kill(os.getpid(), signal.SIGKILL)
        site.write_site = killed
        sys.exit(build.main(sys.argv[1:]))
        """
    )
    args = command(project, "--output", str(project / "output"))[3:]
    done = subprocess.run(
        [sys.executable, "-c", script, *args], cwd=project, env=ENV, capture_output=True, text=True
    )
    assert done.returncode == -signal.SIGKILL
    assert registry.read_bytes() == before


def test_a_registry_with_conflict_markers_is_reported_and_kept(project: Path) -> None:
    registry = project / "seeds" / "registry.yaml"
    lines = registry.read_text(encoding="utf-8").splitlines(keepends=True)
    middle = len(lines) // 2
    conflicted = [
        *lines[:middle],
        "<<<<<<< HEAD\n",
        *lines[middle : middle + 3],
        "=======\n",
        "    first_seen: 99\n",
        ">>>>>>> other-branch\n",
        *lines[middle + 3 :],
    ]
    registry.write_text("".join(conflicted), encoding="utf-8")
    before = registry.read_bytes()
    done = run_build(project, "--output", str(project / "output"))
    assert done.returncode == 0, done.stderr
    report = done.stdout + done.stderr
    assert f"registry.yaml:{middle + 1}: registry has merge-conflict markers" in report
    assert "registry not updated" in report
    assert registry.read_bytes() == before


def make_read_only(folder: Path) -> bool:
    """Make ``folder`` unwritable, even for root (``chattr +i``); False if impossible."""
    if os.geteuid() == 0:
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
        return done.returncode == 0
    folder.chmod(0o555)
    return True


def make_writable(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
    folder.chmod(0o755)


def test_a_read_only_seed_folder_builds_and_says_the_registry_was_not_updated(
    project: Path,
) -> None:
    registry = registry_to_update(project)
    before = registry.read_bytes()
    seeds = project / "seeds"
    if not make_read_only(seeds):
        pytest.skip("cannot make a folder read-only here")
    try:
        try:
            (seeds / "probe").write_text("x")
        except OSError:
            pass
        else:
            pytest.skip("the folder is still writable")
        done = run_build(project, "--output", str(project / "output"))
    finally:
        make_writable(seeds)
    assert done.returncode == 0, done.stderr
    assert "registry update skipped" in done.stderr
    assert registry.read_bytes() == before
    assert (project / "output" / "timeline.json").is_file()


# --------------------------------------------------------------------------- 9. identical builds


def test_two_builds_are_identical_in_every_file_search_index_included(project: Path) -> None:
    """Pagefind numbers pages in the order the file system lists them and
    writes its languages in hash-map order: the build indexes a sorted
    mirror of the pages and sorts pagefind-entry.json."""
    outputs = [project / "first", project / "second"]
    for output in outputs:
        args = command(project, "--output", str(output))
        args.remove("--no-search")
        done = subprocess.run(args, cwd=project, env=ENV, capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
    first, second = (tree(output) for output in outputs)
    assert any(name.startswith("pagefind/index/") for name in first)
    assert sorted(first) == sorted(second)
    differ = [name for name in first if first[name] != second[name]]
    assert not differ, f"differ: {differ[:10]}"
    entry = json.loads((outputs[0] / "pagefind" / "pagefind-entry.json").read_text("utf-8"))
    assert list(entry["languages"]) == sorted(entry["languages"])
