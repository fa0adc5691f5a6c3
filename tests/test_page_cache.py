"""Rebuilds that reuse pages of the previous build give the bytes of a clean build.

The page cache (plugins/timeline/pagecache.py) links a page from the previous
output when its key (code, templates, catalogs, settings, the page's context)
is unchanged and the file there is still the one the last build wrote. Nothing
it keeps, loses or finds tampered with may change a byte of the site.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pytest

from timeline import site as site_module
from timeline.build import build

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def copy_seeds(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted((ROOT / "seeds").iterdir()):
        if path.suffix in (".txt", ".yaml") and path.name != "registry.yaml":
            shutil.copy(path, target / path.name)
    return target


def build_into(output: Path, seeds: Path, registry: Path, cache: Path, **extra: object) -> None:
    settings = {"TIMELINE_REGISTRY": str(registry), "CACHE_PATH": str(cache), **extra}
    code = build(ROOT / "pelicanconf.py", output, seeds, search=False, settings=settings)
    assert code == 0


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def clean_build(tmp: Path, seeds: Path, registry: Path) -> dict[str, bytes]:
    """A build from nothing: a copy of the registry, a fresh cache and output."""
    fresh = tmp / "clean"
    shutil.rmtree(fresh, ignore_errors=True)
    fresh.mkdir()
    shutil.copy(registry, fresh / "registry.yaml")
    build_into(fresh / "output", seeds, fresh / "registry.yaml", fresh / "cache")
    return tree(fresh / "output")


def reused(caplog: pytest.LogCaptureFixture) -> int:
    """Pages the last build linked from the previous output (from its log line)."""
    counts = [
        int(r.getMessage().split()[2])
        for r in caplog.records
        if r.getMessage().startswith("page cache: ")
    ]
    return counts[-1] if counts else -1


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    registry = tmp_path / "registry.yaml"
    shutil.copy(ROOT / "seeds" / "registry.yaml", registry)
    return copy_seeds(tmp_path / "seeds"), registry, tmp_path / "cache", tmp_path / "output"


def test_changed_seed_rebuild_equals_clean_build(
    tmp_path: Path, project: tuple[Path, Path, Path, Path], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="timeline.site")
    seeds, registry, cache, output = project
    build_into(output, seeds, registry, cache)
    seed = next(seeds.glob("003_*.txt"))
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("it said, without giving figures", "it said, giving no figures"))
    before = registry.read_bytes()
    build_into(output, seeds, registry, cache)
    assert reused(caplog) > 0, "the rebuild reused no page: the test proves nothing"
    (tmp_path / "registry-before.yaml").write_bytes(before)
    assert tree(output) == clean_build(tmp_path, seeds, tmp_path / "registry-before.yaml")


def test_removed_seed_rebuild_equals_clean_build(
    tmp_path: Path, project: tuple[Path, Path, Path, Path], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="timeline.site")
    seeds, registry, cache, output = project
    build_into(output, seeds, registry, cache)
    next(seeds.glob("004_*.txt")).unlink()
    before = registry.read_bytes()
    build_into(output, seeds, registry, cache)
    assert reused(caplog) > 0
    (tmp_path / "registry-before.yaml").write_bytes(before)
    assert tree(output) == clean_build(tmp_path, seeds, tmp_path / "registry-before.yaml")


@pytest.mark.parametrize("lose", ["cache", "output", "index", "edited page", "corrupt index"])
def test_lost_or_tampered_cache_gives_the_same_site(
    tmp_path: Path, project: tuple[Path, Path, Path, Path], lose: str
) -> None:
    seeds, registry, cache, output = project
    build_into(output, seeds, registry, cache)
    first = tree(output)
    index = cache / "pages" / "index.json"
    assert index.is_file()
    if lose == "cache":
        shutil.rmtree(cache)
    elif lose == "output":
        shutil.rmtree(output)
    elif lose == "index":
        index.unlink()
    elif lose == "corrupt index":
        index.write_text('{"version": 1, "pages": {"en/": ["x", 1]', encoding="utf-8")
    else:
        page = output / "en" / "index.html"
        page.write_text(page.read_text(encoding="utf-8") + "<!-- edited -->", encoding="utf-8")
    build_into(output, seeds, registry, cache)
    assert tree(output) == first


def test_cache_off_and_parallel_writing_give_the_same_site(
    tmp_path: Path, project: tuple[Path, Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Serial with the cache off, then two processes (forced on the small seeds)
    with a cold and a warm cache: the same bytes every time."""
    seeds, registry, cache, output = project
    build_into(output, seeds, registry, cache, TIMELINE_CACHE=False, TIMELINE_WORKERS=1)
    serial = tree(output)
    assert not (cache / "pages").exists()
    monkeypatch.setattr(site_module, "PARALLEL_FROM", 1)
    build_into(tmp_path / "parallel", seeds, registry, cache, TIMELINE_WORKERS=2)
    assert tree(tmp_path / "parallel") == serial
    build_into(tmp_path / "parallel", seeds, registry, cache, TIMELINE_WORKERS=2)
    assert tree(tmp_path / "parallel") == serial


def test_reused_pages_are_links_to_the_previous_files(
    tmp_path: Path, project: tuple[Path, Path, Path, Path]
) -> None:
    seeds, registry, cache, output = project
    build_into(output, seeds, registry, cache)
    keep = tmp_path / "previous"
    os.link(output / "en" / "index.html", keep)  # survives the swap
    build_into(output, seeds, registry, cache)
    assert os.stat(keep).st_ino == os.stat(output / "en" / "index.html").st_ino


def test_a_rebuild_forks_its_second_writer_a_first_build_spawns_it(
    tmp_path: Path, project: tuple[Path, Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild linking the previous build's pages forks its second writer
    (nothing to hand over); the first build spawns it. Same bytes both ways."""
    seeds, registry, cache, output = project
    monkeypatch.setattr(site_module, "PARALLEL_FROM", 1)
    forked: list[int] = []
    original = site_module.run_forked

    def spy(work: object, tasks: object, count: int) -> object:
        forked.append(count)
        return original(work, tasks, count)  # type: ignore[arg-type]

    monkeypatch.setattr(site_module, "run_forked", spy)
    build_into(output, seeds, registry, cache, TIMELINE_WORKERS=2)
    first = tree(output)
    assert forked == []
    build_into(output, seeds, registry, cache, TIMELINE_WORKERS=2)
    assert forked == [1]
    assert tree(output) == first
