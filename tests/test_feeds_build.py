"""The feeds of real builds of the seeds (the whole Pelican build, search off).

1. seeds 000, 001 and 004, then all five, with one registry: no GUID of the
   first build disappears, every item whose entry gained a source has a later
   ``updated`` (on the seeds each gains 002, a copy published the same day),
   and an item whose sources did not change keeps its ``updated``;
2. every one of the ten feeds of the full build parses, validates (Atom
   grammar, RSS rules) and carries no live markup;
3. a second build of the same seeds writes byte-identical feeds.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path
from typing import Any

import feedcheck
import feedparser
import pytest

from timeline.build import build

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("en", "hy", "az", "ru", "fr")
KINDS = ("rss", "atom")
SITE = "http://127.0.0.1:8000"  # pelicanconf.py

pytestmark = pytest.mark.slow


def copy_seeds(target: Path, prefixes: tuple[str, ...] | None = None) -> Path:
    target.mkdir(parents=True)
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        if prefixes is None or path.name[:3] in prefixes:
            shutil.copy(path, target / path.name)
    metadata = ROOT / "seeds" / "sources.yaml"
    if metadata.exists():
        shutil.copy(metadata, target / "sources.yaml")
    return target


def build_into(tmp: Path, name: str, seeds: Path, registry: Path) -> Path:
    settings = {"TIMELINE_REGISTRY": str(registry), "CACHE_PATH": str(tmp / f"cache-{name}")}
    output = tmp / name
    code = build(ROOT / "pelicanconf.py", output, seeds, search=False, settings=settings)
    assert code == 0, f"build {name} failed with exit code {code}"
    return output


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("feeds-build")
    registry = tmp / "registry.yaml"
    some = copy_seeds(tmp / "seeds-some", ("000", "001", "004"))
    every = copy_seeds(tmp / "seeds-all")
    first = build_into(tmp, "first", some, registry)
    full = build_into(tmp, "full", every, registry)
    again = build_into(tmp, "again", every, registry)
    return {"first": first, "full": full, "again": again}


def items(output: Path, lang: str) -> dict[str, Any]:
    parsed = feedparser.parse((output / lang / "feed.atom.xml").read_bytes())
    return {e.id: e for e in parsed.entries}


def export(output: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((output / "timeline.json").read_text(encoding="utf-8"))
    return data


def guid_id(guid: str) -> str:
    return guid.rsplit(":", 1)[1]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_feed_of_the_full_build_is_valid(
    builds: dict[str, Path], lang: str, kind: str
) -> None:
    path = builds["full"] / lang / f"feed.{kind}.xml"
    ids = feedcheck.check_common(path, SITE)
    entries = export(builds["full"])["entries"]
    redirected = {r["from"] for r in export(builds["full"])["redirects"]}
    assert sorted(guid_id(i) for i in ids) == sorted(
        e["id"] for e in entries if e["id"] not in redirected
    )
    if kind == "atom":
        feedcheck.check_atom(path, lang)
    else:
        feedcheck.check_rss(path, SITE, lang)
    feedcheck.check_no_live_markup(path, SITE)


@pytest.mark.parametrize("lang", LANGS)
def test_no_guid_of_the_first_build_disappears(builds: dict[str, Path], lang: str) -> None:
    before, after = items(builds["first"], lang), items(builds["full"], lang)
    assert before, "the first build has no items"
    assert sorted(set(before) - set(after)) == []


def test_items_that_gained_sources_are_updated(builds: dict[str, Path]) -> None:
    first, full = export(builds["first"]), export(builds["full"])
    sources_before = {e["id"]: set(e["sources"]) for e in first["entries"]}
    before, after = items(builds["first"], "en"), items(builds["full"], "en")
    grown = [
        e["id"]
        for e in full["entries"]
        if e["id"] in sources_before and set(e["sources"]) > sources_before[e["id"]]
    ]
    assert grown, "no entry gained a source between the builds"
    for entry_id in grown:
        (guid,) = [g for g in after if guid_id(g) == entry_id]
        assert after[guid].updated_parsed > before[guid].updated_parsed, entry_id
        assert after[guid].published_parsed <= before[guid].published_parsed, entry_id
    unchanged = [
        e["id"] for e in full["entries"] if sources_before.get(e["id"]) == set(e["sources"])
    ]
    for entry_id in unchanged:
        (guid,) = [g for g in after if guid_id(g) == entry_id]
        assert after[guid].updated == before[guid].updated, entry_id


def test_two_builds_of_the_same_seeds_give_identical_feeds(builds: dict[str, Path]) -> None:
    for lang in LANGS:
        for kind in KINDS:
            name = f"{lang}/feed.{kind}.xml"
            assert (builds["full"] / name).read_bytes() == (builds["again"] / name).read_bytes()


@pytest.mark.parametrize("lang", ["en", "hy", "az", "ru", "fr"])
def test_feed_items_and_timelinejs_events_carry_the_pages_headlines(
    builds: dict[str, Path], lang: str
) -> None:
    """A subscriber and a TimelineJS embed read the headline the entry's page gives, in
    the feed's language, never the entry's cut first sentence."""
    output = builds["first"]
    pages = {}
    for page in (output / lang / "entries").glob("*.html"):
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", page.read_text("utf-8"), re.S)
        assert h1, page
        pages[page.stem] = html.unescape(re.sub(r"<[^>]+>", "", h1.group(1))).strip()
    feed = feedparser.parse((output / lang / "feed.atom.xml").read_bytes())
    assert feed.entries
    for item in feed.entries:
        entry_id = item.link.rsplit("/", 1)[-1].removesuffix(".html")
        assert item.title == pages[entry_id], entry_id
    events = json.loads((output / lang / "timelinejs.json").read_text("utf-8"))["events"]
    for event in events:
        assert html.unescape(event["text"]["headline"]) == pages[event["unique_id"]]
