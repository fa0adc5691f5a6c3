"""The pipeline with its per-article caches: a warm (cached) build is the cold one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline import ingest, merge, pipeline, runner, stories
from timeline import settings as timeline_settings
from timeline.cache import PACK, Cache
from timeline.model import Timeline
from timeline.settings import TimelineSettings

ROOT = Path(__file__).resolve().parents[2]


def settings_for(tmp: Path, *, workers: int = 1, use_cache: bool = True) -> TimelineSettings:
    seeds = tmp / "seeds"
    if not seeds.exists():
        shutil.copytree(ROOT / "seeds", seeds)
    return timeline_settings.settings_for(
        ROOT,
        TIMELINE_SEEDS=str(seeds),
        TIMELINE_REGISTRY=str(tmp / "registry.yaml"),
        TIMELINE_REFERENCE_DATE="2025-01-01",
        TIMELINE_WORKERS=workers,
        TIMELINE_SEARCH=False,
        TIMELINE_CACHE=use_cache,
        SITEURL="https://example.org/timeline",
        SITENAME="Conflict Timeline",
        OUTPUT_PATH=str(tmp / "output"),
        CACHE_PATH=str(tmp / "cache"),
    )


def assert_digests_are_the_entries(timeline: Timeline) -> None:
    """The digests the pipeline gives (partly from its cache) are those of the
    entries as they are: the page and export caches are keyed by them."""
    from timeline import export  # not at the top: the salt test imports this module

    assert timeline.entry_digests == {e.id: export.entry_digest(e) for e in timeline.entries}


@pytest.fixture(scope="module")
def uncached(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return pipeline.build_timeline(settings_for(tmp_path_factory.mktemp("plain"), use_cache=False))


@pytest.mark.parametrize("workers", [1, 2])
def test_cold_warm_and_damaged_cache_builds_equal_an_uncached_build(
    tmp_path: Path, uncached, workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "PARALLEL_FROM", 2)  # the seeds are few: use the pool anyway
    settings = settings_for(tmp_path, workers=workers)
    cold = pipeline.build_timeline(settings)
    packs = sorted((tmp_path / "cache" / "timeline").glob(f"*/{PACK}"))
    assert [p.parent.name for p in packs] == ["claims", "entries", "ingest", "registry", "shingles"]
    warm = pipeline.build_timeline(settings)
    assert cold == uncached
    assert warm == cold
    assert_digests_are_the_entries(warm)
    # a damaged pack is a miss, never a wrong value
    for pack in packs:
        pack.write_bytes(b"garbage")
        assert pipeline.build_timeline(settings) == cold


def test_a_seed_added_to_a_cached_build_equals_an_uncached_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The entries and registry caches: after a new seed, the warm build
    recomputes only the cells its claims fall in, and is what a build
    without any cache makes (entries, ids, redirects, registry text)."""
    first = sorted((ROOT / "seeds").glob("*.txt"))
    warm_dir, plain_dir = tmp_path / "warm", tmp_path / "plain"
    for folder in (warm_dir, plain_dir):
        (folder / "seeds").mkdir(parents=True)
        for seed in first[:-1]:
            shutil.copy(seed, folder / "seeds" / seed.name)
        shutil.copy(ROOT / "seeds" / "sources.yaml", folder / "seeds" / "sources.yaml")
    warm, plain = settings_for(warm_dir), settings_for(plain_dir, use_cache=False)
    pipeline.build_timeline(warm)
    pipeline.build_timeline(plain)
    for folder in (warm_dir, plain_dir):
        shutil.copy(first[-1], folder / "seeds" / first[-1].name)
    computed: list[int] = []
    cell_entries = merge._cell_entries

    def counted(*args):  # type: ignore[no-untyped-def]
        computed.append(1)
        return cell_entries(*args)

    monkeypatch.setattr(merge, "_cell_entries", counted)
    again = pipeline.build_timeline(warm)
    assert 0 < len(computed) < len(again.entries)  # only the new seed's cells
    assert again == pipeline.build_timeline(plain)
    assert_digests_are_the_entries(again)
    assert (warm_dir / "registry.yaml").read_text() == (plain_dir / "registry.yaml").read_text()


def test_after_one_seed_is_edited_only_that_seed_is_read_again(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    pipeline.build_timeline(settings)
    seeds = sorted(settings.seeds.glob("*.txt"))
    seeds[0].write_text(seeds[0].read_text(encoding="utf-8") + "\nAdded.\n", encoding="utf-8")
    run = runner.CachedRunner.for_data(settings.cache, settings.data)
    ingest.read_seeds(
        settings.seeds,
        settings.reference_date,
        settings.data / "outlets.yaml",
        max_bytes=settings.max_seed_bytes,
        run=run,
    )
    cache = run.caches["ingest"]
    # the other seeds and the unchanged sources.yaml come from the cache
    assert (cache.misses, cache.hits) == (1, len(seeds) - 1 + 1)


def test_cache_entry_with_a_bad_checksum_is_a_miss(tmp_path: Path) -> None:
    cache = Cache(tmp_path, "n", "salt")
    cache.put("k", [1, 2, 3])
    cache.sweep()
    again = Cache(tmp_path, "n", "salt")
    assert again.get("k") == [1, 2, 3]
    stored = again._load()
    check, raw = stored["k"]
    stored["k"] = (check, raw[:-1] + b"\x00")
    assert again.get("k") is None and again.misses == 1


def test_sweep_keeps_only_the_entries_this_build_used(tmp_path: Path) -> None:
    cache = Cache(tmp_path, "n", "salt")
    cache.put("old", 1)
    cache.put("kept", 2)
    cache.sweep()
    (cache.dir / "stale.pickle").write_bytes(b"x")
    second = Cache(tmp_path, "n", "salt")
    assert second.get("kept") == 2
    second.sweep()
    third = Cache(tmp_path, "n", "salt")
    assert third.get("old") is None and third.get("kept") == 2
    assert sorted(p.name for p in cache.dir.iterdir()) == [PACK]


@pytest.mark.parametrize("size", [1, 2, 7, 300])
def test_minhash_equals_datasketch(size: int) -> None:
    from datasketch import MinHash

    values = [(i * 0x9E3779B97F4A7C15 + 12345) % (1 << 64) for i in range(size)]
    theirs = MinHash(num_perm=128, seed=1, hashfunc=lambda v: v, scheme="affine64")
    theirs.update_batch(values)
    assert (stories.minhash(values, 128) == theirs.hashvalues).all()


@pytest.mark.parametrize("threshold,num_perm", sorted(stories.LSH_PARAMS))
def test_lsh_parameter_table_equals_datasketch(threshold: float, num_perm: int) -> None:
    from datasketch.lsh import _optimal_param

    assert stories.LSH_PARAMS[threshold, num_perm] == _optimal_param(threshold, num_perm, 0.5, 0.5)


def test_lsh_candidates_equal_datasketch_lsh() -> None:
    from datasketch import MinHash, MinHashLSH

    sets = [
        (f"a{i}", frozenset(range(i * 7, i * 7 + 40)))  # neighbours overlap
        for i in range(30)
    ]
    ours = stories.candidate_pairs(sets, 0.15)
    lsh = MinHashLSH(threshold=0.15, num_perm=128)
    sketches = {}
    for key, values in sets:
        mh = MinHash(num_perm=128, seed=1, hashfunc=lambda v: v, scheme="affine64")
        mh.update_batch(sorted(values))
        sketches[key] = mh
        lsh.insert(key, mh)
    pairs = set()
    for key, _ in sets:
        for other in lsh.query(sketches[key]):
            if other != key:
                pairs.add(tuple(sorted((key, other))))
    theirs = sorted(
        ((stories.jaccard(dict(sets)[a], dict(sets)[b]), a, b) for a, b in pairs),
        key=lambda p: (-p[0], p[1], p[2]),
    )
    assert ours == [p for p in theirs if p[0] >= 0.15]


def test_pipeline_cache_salt_covers_every_module_the_pipeline_runs(tmp_path: Path) -> None:
    """The salt hashes the modules found by reading imports; a build loads no
    other plugin module, so no code the pipeline runs is left out of it, and
    the page-writing modules are, so a template change keeps the caches."""
    import subprocess
    import sys

    from timeline.cache import local_imports

    script = (
        "import sys\n"
        f"sys.path[:0] = [{str(ROOT / 'plugins')!r}, {str(ROOT / 'tests' / 'unit')!r}]\n"
        "from test_pipeline import settings_for\n"
        "from pathlib import Path\n"
        "from timeline import pipeline\n"
        f"pipeline.build_timeline(settings_for(Path({str(tmp_path)!r}), workers=1))\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('timeline.'))))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    loaded = {name.removeprefix("timeline.") for name in run.stdout.split()}
    assert loaded <= local_imports("pipeline")
    assert {"dates", "extract", "merge", "stories", "ingest"} <= local_imports("pipeline")
    assert not {"site", "render", "feeds", "export"} & local_imports("pipeline")


def test_claims_extracted_while_stories_are_grouped_are_the_claims(
    tmp_path: Path, uncached, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dated articles are extracted on the pool before the stories are
    grouped; the timeline is the one built without it, cold and warm."""
    monkeypatch.setattr(runner, "PARALLEL_FROM", 2)
    settings = settings_for(tmp_path, workers=2)
    assert pipeline.build_timeline(settings) == uncached
    assert pipeline.build_timeline(settings) == uncached


def test_an_article_extracted_early_is_not_extracted_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Grouping stories sets an article's story: its claims, extracted
    before, are taken as they are; any other change extracts it again."""
    import dataclasses
    import datetime as dt

    from timeline.extract import load_knowledge

    articles, _ = ingest.read_seeds(ROOT / "seeds", reference_date=dt.date(2025, 1, 1))
    article = next(a for a in articles if a.published is not None and a.usable)
    knowledge, _ = load_knowledge(ROOT / "data")
    monkeypatch.setattr(runner, "PARALLEL_FROM", 1)
    run = runner.CachedRunner(tmp_path, "salt", workers=2)
    key_of = pipeline._ClaimKeys()
    pipeline.extract_batches([article], knowledge, key_of, run, prefetch=True)
    storied = dataclasses.replace(article, story="some-story")
    [batch] = pipeline.extract_batches([storied], knowledge, key_of, run)
    cache = run.caches["claims"]
    assert (cache.hits, cache.misses) == (0, 1)  # extracted once, before the stories
    assert list(batch.load()) == list(pipeline.extract_claims(article, knowledge))
    edited = dataclasses.replace(article, headline="Another headline")
    assert key_of(edited) != key_of(storied)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from . import urls\n", ["urls"]),
        ("from .model import Claim, Entry\n", ["model"]),
        ("    from .extract import load_knowledge  # late\n", ["extract"]),
        (
            "from . import (\n    export,\n    feeds as f,\n    i18n,\n)\n",
            ["export", "feeds", "i18n"],
        ),
        ("from . import a, b\nfrom .c.d import e\n", ["a", "b", "c"]),
        ("import os\nfrom pathlib import Path\nfrom .. import up\n", []),
    ],
)
def test_the_modules_a_module_imports_are_read_from_its_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str, expected: list[str]
) -> None:
    """What the cache salt follows: every plugin module a module imports,
    relatively, at the top or inside a function."""
    from timeline import cache

    (tmp_path / "probe.py").write_text(source, encoding="utf-8")
    monkeypatch.setattr(cache, "PACKAGE", tmp_path)
    cache._imported_by.cache_clear()
    try:
        assert list(cache._imported_by("probe")) == expected
    finally:
        cache._imported_by.cache_clear()


@pytest.mark.parametrize(
    ("count", "workers", "sizes"),
    [(0, 2, []), (1, 2, [1]), (8, 2, [1] * 8), (9, 2, [2, 2, 2, 2, 1]), (4000, 2, [500] * 8)],
)
def test_work_is_shared_in_about_four_slices_per_process(
    count: int, workers: int, sizes: list[int]
) -> None:
    from timeline.runner import chunks

    items = list(range(count))
    parts = chunks(items, workers)
    assert [len(p) for p in parts] == sizes
    assert [i for p in parts for i in p] == items  # in order, nothing lost
