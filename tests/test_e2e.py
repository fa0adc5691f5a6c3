"""End to end: build the seeds and compare with what a reader and the gold expect.

Two kinds of test here. The gold tests (``tests/data/seeds.yaml``: each fact,
story cluster and source as a reader reads the seeds) say what is right and
fail by name on any miss. The change detectors (marker ``change_detector``:
``tests/expected/`` holds the exact ``timeline.json`` and the list of files of
the built site) say only that the output changed; ``invoke expected``
regenerates them after a deliberate change (review the diff before committing
it).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from timeline.build import build

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = ROOT / "tests" / "expected"
GOLD = yaml.safe_load((ROOT / "tests/data/seeds.yaml").read_text(encoding="utf-8"))

pytestmark = pytest.mark.slow


def copy_seeds(target: Path, names: list[str] | None = None) -> Path:
    """The repository's seeds (all, or those whose id starts with a name) with
    their metadata, in a private folder."""
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted((ROOT / "seeds").iterdir()):
        if path.suffix == ".txt" and (names is None or path.name[:3] in names):
            shutil.copy(path, target / path.name)
    shutil.copy(ROOT / "seeds" / "sources.yaml", target / "sources.yaml")
    return target


def build_site(tmp: Path, seeds: Path, registry: Path | None = None, **extra: Any) -> int:
    settings = {
        "TIMELINE_REGISTRY": str(registry or tmp / "registry.yaml"),
        "CACHE_PATH": str(tmp / "cache"),
        **extra,
    }
    return build(ROOT / "pelicanconf.py", tmp / "output", seeds, search=False, settings=settings)


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def site_files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("e2e")
    registry = tmp / "registry.yaml"
    shutil.copy(ROOT / "seeds" / "registry.yaml", registry)
    assert build_site(tmp, copy_seeds(tmp / "seeds"), registry) == 0
    return tmp / "output"


@pytest.fixture(scope="module")
def data(site: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads((site / "timeline.json").read_text(encoding="utf-8"))
    return result


@pytest.mark.change_detector
def test_timeline_json_matches_expected(data: dict[str, Any]) -> None:
    """A change detector, not a gold test: any change of output fails until reviewed."""
    expected = json.loads((EXPECTED / "timeline.json").read_text(encoding="utf-8"))
    assert data == expected, "timeline.json changed: review, then `invoke expected`"


@pytest.mark.change_detector
def test_site_files_match_expected(site: Path) -> None:
    """A change detector, not a gold test: the set of pages as last reviewed."""
    expected = (EXPECTED / "files.txt").read_text(encoding="utf-8").split()
    assert site_files(site) == expected, "the set of pages changed: review, then `invoke expected`"


@pytest.mark.parametrize("short", sorted(GOLD["articles"]))
def test_every_seed_is_listed_as_the_gold_reads_it(data: dict[str, Any], short: str) -> None:
    gold = GOLD["articles"][short]
    (source,) = [s for s in data["sources"] if s["id"].startswith(short)]
    published = (
        gold.get("published") or gold.get("published_inferred") or gold.get("published_true")
    )
    assert source["published"] == published
    if gold.get("published_inferred"):
        assert source["published_from"] == "inferred"
    if gold.get("headline"):
        assert source["headline"] == gold["headline"]
    for key in ("wire", "author", "language"):
        if gold.get(key):
            assert source[key] == gold[key]
    if gold.get("outlet"):
        assert (
            gold["outlet"].replace(" ", "").lower()[:4] in source["outlet"].replace(" ", "").lower()
        )


BOILERPLATE = [
    "Last updated at",
    "This website uses cookies",
    "Related article",
    "SOURCE:",
    "By Alican Tekingunduz",
    "By AFP",
    "date 2021-11",
    "Accept Read More",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_no_boilerplate_reaches_the_timeline(data: dict[str, Any], line: str) -> None:
    for entry in data["entries"]:
        texts = [entry["headline"]] + [c["text"] for c in entry["claims"]]
        texts += [q["text"] for c in entry["claims"] for q in c["quotes"]]
        assert not [t for t in texts if line in t], f"{line!r} in entry {entry['id']}"


def test_story_clusters_equal_the_gold(data: dict[str, Any]) -> None:
    got = sorted(sorted(m[:3] for m in story["members"]) for story in data["stories"])
    assert got == sorted(sorted(c) for c in GOLD["story_clusters"])


def _claims_on(data: dict[str, Any], date: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(e, c) for e in data["entries"] for c in e["claims"] if c["date"].startswith(date)]


def _fact_holds(data: dict[str, Any], fact: dict[str, Any]) -> str | None:
    """None when exactly one claim states the fact as the gold reads it, else why not."""
    wanted = {s for s in fact["sources"]}
    matches = []
    for entry, claim in _claims_on(data, fact["date"]):
        if not wanted <= {s[:3] for s in claim["sources"]}:
            continue
        text = " ".join([claim["text"], entry["headline"], *(q["text"] for q in claim["quotes"])])
        if not all(term.lower() in text.lower() for term in fact.get("terms", [])):
            continue
        if not set(fact.get("figures", {}).items()) <= set(claim["figures"].items()):
            continue
        if fact.get("said_on") and claim["said_on"] != fact["said_on"]:
            continue
        if fact.get("claimant"):
            gold_words = {w.strip("(),").lower()[:6] for w in fact["claimant"].split()}
            got_words = {w.strip("(),").lower()[:6] for w in (claim["claimant"] or "").split()}
            if not gold_words & got_words:
                continue
        matches.append(claim)
    if len(matches) == 1:
        return None
    return f"{fact['id']}: {len(matches)} claims match"


# Known misses, each named with what the build does; strict: fixing one fails
# here until it is taken off the list. Never a tolerance.
KNOWN_MISSES: dict[str, str] = {}


def _gold_fact(fact: dict[str, Any]) -> Any:
    reason = KNOWN_MISSES.get(fact["id"])
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(fact, id=fact["id"], marks=marks)


@pytest.mark.parametrize("fact", [_gold_fact(f) for f in GOLD["facts"]])
def test_gold_fact_stated_by_exactly_one_claim(data: dict[str, Any], fact: dict[str, Any]) -> None:
    """Each gold fact, no tolerance: a miss or a duplicated claim fails by name."""
    miss = _fact_holds(data, fact)
    assert miss is None, miss


def test_no_entry_mixes_2022_with_2021(data: dict[str, Any]) -> None:
    for entry in data["entries"]:
        prefixes = {s[:3] for s in entry["sources"]}
        assert not ({"003"} & prefixes and {"000", "001", "002", "004"} & prefixes), entry["id"]


def test_conflicting_capture_figures_both_present(data: dict[str, Any]) -> None:
    captured = {c["figures"].get("captured") for _, c in _claims_on(data, "2021-11-16")}
    assert {12, 13} <= captured


def test_no_claim_after_its_article(data: dict[str, Any]) -> None:
    published = {s["id"]: s["published"] for s in data["sources"]}
    for entry in data["entries"]:
        for claim in entry["claims"]:
            start = claim["date"][:10]
            for source in claim["sources"]:
                assert start <= published[source], (claim["text"], source)


def test_rebuild_is_byte_identical(site: Path, tmp_path: Path) -> None:
    """Two builds of the same seeds (one with a cold cache, one warm) give the same files."""
    registry = tmp_path / "registry.yaml"
    shutil.copy(ROOT / "seeds" / "registry.yaml", registry)
    seeds = copy_seeds(tmp_path / "seeds")
    assert build_site(tmp_path, seeds, registry) == 0
    cold = tree(tmp_path / "output")
    assert cold == tree(site)
    assert build_site(tmp_path, seeds, registry) == 0  # warm cache
    assert tree(tmp_path / "output") == cold


def test_ids_survive_new_seeds(tmp_path: Path) -> None:
    """Build 000, 001, 004, then all five: every first id stays, one entry gains sources."""
    registry = tmp_path / "registry.yaml"
    assert build_site(tmp_path, copy_seeds(tmp_path / "few", ["000", "001", "004"]), registry) == 0
    first = json.loads((tmp_path / "output/timeline.json").read_text(encoding="utf-8"))
    assert build_site(tmp_path, copy_seeds(tmp_path / "all"), registry) == 0
    second = json.loads((tmp_path / "output/timeline.json").read_text(encoding="utf-8"))
    before = {e["id"]: set(e["sources"]) for e in first["entries"]}
    after = {e["id"]: set(e["sources"]) for e in second["entries"]}
    redirected = {r["from"] for r in second["redirects"]}
    assert set(before) <= set(after) | redirected
    assert any(before[i] < after[i] for i in before if i in after)


@pytest.mark.parametrize("lang", ["hy", "az", "ru", "fr"])
def test_every_entry_headline_is_translated(data: dict[str, Any], lang: str) -> None:
    from babel.messages.pofile import read_po

    po = ROOT / "translations/content" / lang / "LC_MESSAGES/content.po"
    with po.open("rb") as f:
        catalog = read_po(f, locale=lang)
    missing = [
        e["headline"]
        for e in data["entries"]
        if not ((m := catalog.get(e["headline"])) and m.string and not m.fuzzy)
    ]
    assert not missing, (
        f"{lang}: untranslated headlines (invoke translations-extract):\n" + "\n".join(missing)
    )
