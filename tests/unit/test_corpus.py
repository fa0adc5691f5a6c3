"""The synthetic corpus of tools/corpus.py: deterministic, realistic in form, honest truth."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from collections import Counter
from pathlib import Path

import pytest
from toolkit import load_tool

ROOT = Path(__file__).resolve().parents[2]


corpus = load_tool("corpus")

N = 300


@pytest.fixture(scope="module")
def made():
    return corpus.generate_corpus(N, seed=3, world=corpus.load_world(ROOT / "data"))


@pytest.fixture(scope="module")
def written(tmp_path_factory, made):
    dest = tmp_path_factory.mktemp("corpus")
    corpus.write_corpus(made, dest)
    return dest


def _tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_same_seed_same_bytes(tmp_path):
    a = corpus.generate_corpus(120, seed=5)
    b = corpus.generate_corpus(120, seed=5)
    assert [(x.name, x.data) for x in a.articles] == [(x.name, x.data) for x in b.articles]
    corpus.write_corpus(a, tmp_path / "a")
    corpus.write_corpus(b, tmp_path / "b")
    assert _tree_digest(tmp_path / "a") == _tree_digest(tmp_path / "b")


def test_other_seed_other_corpus():
    a = corpus.generate_corpus(50, seed=1)
    b = corpus.generate_corpus(50, seed=2)
    assert {x.data for x in a.articles}.isdisjoint({x.data for x in b.articles if x.data})


@pytest.mark.parametrize("n", [0, 1, 7, 19, 20, 101, 1000])
def test_exactly_n_files_with_unique_names(n):
    made = corpus.generate_corpus(n, seed=1)
    names = [a.name for a in made.articles]
    assert len(names) == n == len(set(names))
    assert all(re.fullmatch(r"\d{3,}_[0-9a-f]{16}\.txt", name) for name in names)


@pytest.mark.parametrize("n", [300, 1000, 3001])
def test_about_a_third_are_copies_and_one_percent_bad(n):
    roles = Counter(a.role for a in corpus.generate_corpus(n, seed=9).articles)
    bad = roles["empty"] + roles["binary"]
    copies = sum(roles[r] for r in corpus.COPY_ROLES)
    assert abs(copies / (n - bad) - 1 / 3) < 0.01
    assert bad == max(2, round(n * 0.01))
    assert all(roles[r] > 0 for r in corpus.COPY_ROLES)


def test_copies_point_to_an_original_of_the_same_event(made):
    by_name = {a.name: a for a in made.articles}
    for art in made.articles:
        if art.role in corpus.COPY_ROLES:
            origin = by_name[art.story]
            assert origin.role == "original" and origin.event == art.event
            assert 0 <= (art.published - origin.published).days <= 3


def test_many_distinct_events_over_decades(made):
    events = {a.event for a in made.articles if a.event}
    years = {a.published.year for a in made.articles if a.published}
    assert len(events) > N // 3
    assert min(years) < 1995 and max(years) > 2019


# Each feature of the real seeds, as a pattern over one file's text.
FEATURES = {
    "wire header line": (
        r"(?m)^ date \d{4}-\d\d-\d\d By [A-Za-z ]+ - \w{3} \d+,\d{4} - Last updated"
    ),
    "world header line": r"(?m)^ date \d{4}-\d\d-\d\d WORLD$",
    "byline": r"(?m)^By [A-Z][a-z]+ [A-Z][a-z]+$",
    "long dateline": r"(?m)^(January|February|March|April|May|June|July|August|September|"
    r"October|November|December) \d{1,2}, \d{4}$",
    "dateline city": r"(?m)^(YEREVAN|BAKU) — ",
    "agency tag": r"(?m)^[A-Za-z]+:\u00a0",
    "source line": r"(?m)^SOURCE:\S+ and agencies$",
    "related article": r"(?m)^Related article: ",
    "cookie notice": r"cookies",
    "hard-wrapped line": r"(?m)^[^\n]{60,}[a-z,]$\n^[a-z]",
    "on weekday": r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    "the day before": r"\bThe day before\b",
    "last month name": r"\blast (January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b",
    "a year ago": r"\ba year ago\b",
    "last week": r"\bLast week\b",
    "ministry claimant": r"'s (defence|defense) ministry said",
    "according to": r"\b[Aa]ccording to\b",
    "trailing said": r",\" [A-Z][a-z]+ [A-Z][a-z]+, [^\"\n]{5,80}, said\.",
    "killed figure": r"\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+) "
    r"(\w+ )?(servicemen|serviceman|soldiers|soldier) (was|were) killed",
    "more than figure": r"\bmore than 6,500 dead\b",
    "time with GMT": r"\d\d:\d\d \(\d{4} GMT\)",
    "reported citation": r", [A-Z][\w. ]+ reported\.",
}


@pytest.mark.parametrize("feature", sorted(FEATURES))
def test_every_format_feature_appears(made, feature):
    pattern = re.compile(FEATURES[feature])
    hits = [a.name for a in made.articles if pattern.search(a.data.decode("utf-8", "replace"))]
    assert hits, f"no article shows the feature {feature!r}"


def test_repeated_headline_and_lede(made):
    tagged = [a for a in made.articles if a.format == "agency_tag"]
    assert tagged
    for art in tagged:
        lines = [x for x in art.data.decode().split("\n") if x]
        assert lines[0] == lines[2]


def test_bad_files(made):
    bad = [a for a in made.articles if a.role in ("empty", "binary")]
    assert {a.role for a in bad} == {"empty", "binary"}
    assert all(a.data == b"" for a in bad if a.role == "empty")
    assert all(
        b"\x00" in a.data or not a.data.decode("utf-8", "replace").isprintable()
        for a in bad
        if a.role == "binary"
    )


def test_undated_copies_and_undated_originals_in_sources_yaml(made):
    undated_copies = [
        a for a in made.articles if a.role in corpus.COPY_ROLES and not a.dated_in_text
    ]
    assert len(undated_copies) > 10
    assert not any(a.metadata.get("published") for a in undated_copies)
    for art in made.articles:
        if art.role == "original" and not art.dated_in_text:
            assert art.metadata["published"] == art.published.isoformat()


def test_sources_yaml_is_valid_metadata(written):
    from timeline.metadata import load_metadata

    loaded = load_metadata(written / "seeds" / "sources.yaml", "seeds/sources.yaml")
    problems = loaded[-1]
    assert not problems


def test_markdown_twin_has_the_same_articles(written, made):
    twins = sorted((written / "markdown").glob("*.md"))
    assert len(twins) == N
    assert {p.stem for p in twins} == {Path(a.name).stem for a in made.articles}
    for path in twins:
        head = path.read_text(encoding="utf-8").split("\n")[:2]
        assert head[0].startswith("Title: ") and len(head[0]) > len("Title: ")
        dt.date.fromisoformat(head[1].removeprefix("Date: "))


def test_truth_file_lists_every_seed(written):
    import json

    truth = json.loads((written / "truth.json").read_text())
    listed = {a["file"] for a in truth["articles"]}
    assert listed == {p.name for p in (written / "seeds").glob("*.txt")}


def test_copies_cluster_and_distinct_events_do_not(written):
    """Through the real ingest and stories stages: every copy joins its original's
    story, and no story mixes two events (independent reports of one event may join)."""
    import json

    ingest = pytest.importorskip("timeline.ingest")
    stories = pytest.importorskip("timeline.stories")
    articles, _ = ingest.read_seeds(
        written / "seeds",
        reference_date=dt.date(2025, 1, 1),
        outlets_file=ROOT / "data" / "outlets.yaml",
        max_bytes=2_000_000,
    )
    truth = {a["file"]: a for a in json.loads((written / "truth.json").read_text())["articles"]}
    name = {a.id: Path(a.file).name for a in articles}
    found = stories.cluster_stories(articles)
    story_of = {m: s.id for s in found for m in s.members}
    for art in articles:
        t = truth[name[art.id]]
        if t["role"] in corpus.COPY_ROLES:
            origin = next(a.id for a in articles if name[a.id] == t["story"])
            assert story_of[art.id] == story_of[origin], f"{name[art.id]} not with its original"
    for story in found:
        events = {truth[name[m]]["event"] for m in story.members}
        assert len(events) == 1, f"story {story.id} mixes events {sorted(events)}"
    pairs = [
        (x, y)
        for s in found
        for x, y in itertools.combinations(s.members, 2)
        if truth[name[x]]["story"] != truth[name[y]]["story"]
    ]
    assert len(pairs) <= N // 50  # independent reports of one event rarely read as copies


def test_extra_article_is_new_and_dated():
    made = corpus.generate_corpus(40, seed=1)
    extra = corpus.extra_article(made, 40)
    assert extra.name not in {a.name for a in made.articles}
    assert extra.data.startswith(b" date ")
