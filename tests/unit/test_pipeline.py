"""The pipeline with its per-article caches: a warm (cached) build is the cold one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline import ingest, pipeline, stories
from timeline import settings as timeline_settings
from timeline.cache import PACK, Cache, code_fingerprint
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


@pytest.fixture(scope="module")
def uncached(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return pipeline.build_timeline(settings_for(tmp_path_factory.mktemp("plain"), use_cache=False))


@pytest.mark.parametrize("workers", [1, 2])
def test_cold_warm_and_damaged_cache_builds_equal_an_uncached_build(
    tmp_path: Path, uncached, workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "PARALLEL_FROM", 2)  # the seeds are few: use the pool anyway
    settings = settings_for(tmp_path, workers=workers)
    cold = pipeline.build_timeline(settings)
    packs = sorted((tmp_path / "cache" / "timeline").glob(f"*/{PACK}"))
    assert [p.parent.name for p in packs] == ["claims", "ingest", "shingles"]
    warm = pipeline.build_timeline(settings)
    assert cold == uncached
    assert warm == cold
    # a damaged pack is a miss, never a wrong value
    (tmp_path / "cache" / "timeline" / "ingest" / PACK).write_bytes(b"garbage")
    assert pipeline.build_timeline(settings) == cold


def test_after_one_seed_is_edited_only_that_seed_is_read_again(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    pipeline.build_timeline(settings)
    seeds = sorted(settings.seeds.glob("*.txt"))
    seeds[0].write_text(seeds[0].read_text(encoding="utf-8") + "\nAdded.\n", encoding="utf-8")
    cache = Cache(settings.cache, "ingest", code_fingerprint(settings.data))
    ingest.read_seeds(
        settings.seeds,
        settings.reference_date,
        settings.data / "outlets.yaml",
        max_bytes=settings.max_seed_bytes,
        cache=cache,
    )
    assert (cache.misses, cache.hits) == (1, len(seeds) - 1)


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
