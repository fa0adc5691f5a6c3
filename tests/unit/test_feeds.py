"""Feeds a subscriber can trust: stable GUIDs, honest dates, escaped content.

Built from a small hand-made timeline (two outlets, a hostile seed, a merged
entry) so each rule is checked in isolation; tests/test_feeds_build.py checks
the feeds of real builds of the seeds.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import feedcheck
import feedparser
import pytest
from lxml import etree

from timeline import feeds, i18n, urls
from timeline.model import Claim, Entry, FuzzyDate, Quote, Redirect, SourceArticle, Timeline
from timeline.settings import TimelineSettings, from_pelican

ROOT = Path(__file__).resolve().parents[2]
ATOM = "{http://www.w3.org/2005/Atom}"
SITE = "https://example.net/timeline"
LANGS = ("en", "hy", "az", "ru", "fr")
HOSTILE_HEADLINE = "Clashes <script>alert('x')</script> at the border"
HOSTILE_CLAIM = 'Two soldiers were wounded <img src=x onerror="alert(1)"> near Lachin.'


def day(value: str) -> FuzzyDate:
    d = dt.date.fromisoformat(value)
    return FuzzyDate(d, d, value, "day")


def source(sid: str, published: str | None, outlet: str, **extra: object) -> SourceArticle:
    return SourceArticle(
        id=sid,
        file=f"seeds/{sid}.txt",
        content_hash=sid,
        headline=extra.pop("headline", None),  # type: ignore[arg-type]
        published=dt.date.fromisoformat(published) if published else None,
        published_from="header" if published else None,
        outlet=outlet,
        **extra,  # type: ignore[arg-type]
    )


def claim(text: str, date: str, sources: tuple[str, ...], claimant: str | None) -> Claim:
    return Claim(
        text=text,
        date=day(date),
        claimant=claimant,
        sources=sources,
        quotes=tuple(Quote(s, 0, text) for s in sources),
    )


def entry(eid: str, date: str, headline: str, *claims: Claim) -> Entry:
    sources = tuple(sorted({s for c in claims for s in c.sources}))
    return Entry(eid, day(date), headline, "armed-clash", claims, sources)


SOURCES = (
    source("a", "2021-11-16", "AFP", url="https://example.org/a"),
    source("b", "2021-11-17", "TRT World", headline="<b>Bold</b> & co", url="javascript:alert(1)"),
    source("c", "2022-09-13", "MEHR"),
)
ENTRIES = (
    entry(
        "2021-11-16-aaaaaa",
        "2021-11-16",
        "Armenia reports deaths in border clashes",
        claim("Armenia lost two positions.", "2021-11-16", ("a",), "Armenia's defence ministry"),
        claim("Azerbaijan detained Armenian soldiers.", "2021-11-16", ("b",), None),
    ),
    entry(
        "2021-11-16-bbbbbb",
        "2021-11-16",
        HOSTILE_HEADLINE,
        claim(HOSTILE_CLAIM, "2021-11-16", ("a",), '<svg onload="alert(2)">'),
    ),
    entry(
        "2022-09-13-cccccc",
        "2022-09-13",
        "Severe clashes erupt",
        claim("Clashes erupted overnight.", "2022-09-13", ("c",), None),
    ),
)
TIMELINE = Timeline(
    sources=SOURCES,
    stories=(),
    entries=ENTRIES,
    redirects=(Redirect("2021-11-16-zzzzzz", "2021-11-16-aaaaaa"),),
    problems=(),
)


def settings_for(output: Path, **changes: object) -> TimelineSettings:
    raw = {
        "SITEURL": SITE,
        "SITENAME": "Conflict Timeline",
        "TIMELINE_LANGUAGES": list(LANGS),
        "TIMELINE_REFERENCE_DATE": "2025-01-01",
        "TIMELINE_SEEDS": str(output / "seeds"),
        **{f"TIMELINE_{k.upper()}": v for k, v in changes.items()},
    }
    return from_pelican(raw, ROOT)


def write(timeline: Timeline, output: Path, **changes: object) -> Path:
    feeds.write_feeds(timeline, settings_for(output, **changes), output)
    return output


def feed_files(output: Path) -> list[Path]:
    return [output / urls.feed(lang, kind) for lang in LANGS for kind in feeds.FEED_KINDS]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(TIMELINE, tmp_path_factory.mktemp("feeds"))


# --- every feed ---------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", feeds.FEED_KINDS)
def test_feed_parses_with_unique_guids_absolute_links_and_zoned_dates(
    built: Path, lang: str, kind: str
) -> None:
    path = built / urls.feed(lang, kind)
    ids = feedcheck.check_common(path, SITE)
    assert len(ids) == len(ENTRIES)
    if kind == "atom":
        feedcheck.check_atom(path, lang)
    else:
        feedcheck.check_rss(path, SITE, lang)
    feedcheck.check_no_live_markup(path, SITE)


def test_guids_come_from_the_stable_id_only(built: Path) -> None:
    parsed = feedparser.parse((built / urls.feed("fr", "rss")).read_bytes())
    assert [i.id for i in parsed.entries] == [
        "tag:example.net,2021:entry:2022-09-13-cccccc",
        "tag:example.net,2021:entry:2021-11-16-aaaaaa",
        "tag:example.net,2021:entry:2021-11-16-bbbbbb",
    ]
    assert all(i.guidislink is False for i in parsed.entries)
    assert 'isPermaLink="false"' in (built / urls.feed("fr", "rss")).read_text(encoding="utf-8")


def test_guid_survives_a_new_headline_and_a_new_source(tmp_path: Path) -> None:
    renamed = dataclasses.replace(ENTRIES[0], headline="A wholly new headline")
    grown = dataclasses.replace(ENTRIES[2], sources=("a", "c"))
    before = feedparser.parse((write(TIMELINE, tmp_path / "1") / "en/feed.atom.xml").read_bytes())
    changed = dataclasses.replace(TIMELINE, entries=(renamed, ENTRIES[1], grown))
    after = feedparser.parse((write(changed, tmp_path / "2") / "en/feed.atom.xml").read_bytes())
    assert [e.id for e in before.entries] == [e.id for e in after.entries]


def test_feed_id_prefix_setting(tmp_path: Path) -> None:
    out = write(TIMELINE, tmp_path, feed_id_prefix="tag:timeline.example.org,2024:")
    parsed = feedparser.parse((out / "en/feed.atom.xml").read_bytes())
    assert parsed.entries[0].id == "tag:timeline.example.org,2024:entry:2022-09-13-cccccc"
    assert parsed.feed.id == "tag:timeline.example.org,2024:feed:en"


def test_merged_away_ids_never_appear(built: Path) -> None:
    for path in feed_files(built):
        assert "zzzzzz" not in path.read_text(encoding="utf-8")


def test_an_entry_still_listed_under_a_redirected_id_is_dropped(tmp_path: Path) -> None:
    stale = dataclasses.replace(TIMELINE, redirects=(Redirect("2021-11-16-bbbbbb", ENTRIES[0].id),))
    parsed = feedparser.parse((write(stale, tmp_path) / "en/feed.rss.xml").read_bytes())
    assert [i.id.rsplit(":", 1)[1] for i in parsed.entries] == [
        "2022-09-13-cccccc",
        "2021-11-16-aaaaaa",
    ]


# --- order and dates ----------------------------------------------------------


def test_newest_first_ties_by_id(built: Path) -> None:
    parsed = feedparser.parse((built / "en/feed.rss.xml").read_bytes())
    assert [i.link.rsplit("/", 1)[1].removesuffix(".html") for i in parsed.entries] == [
        "2022-09-13-cccccc",
        "2021-11-16-aaaaaa",
        "2021-11-16-bbbbbb",
    ]


@pytest.mark.parametrize(
    ("sources", "published", "updated"),
    [
        (("a",), "2021-11-16", "2021-11-16T00:00:00"),
        (("a", "b"), "2021-11-16", "2021-11-17T00:00:01"),
        (("c", "a", "b"), "2021-11-16", "2022-09-13T00:00:02"),
        (("a", "a2"), "2021-11-16", "2021-11-16T00:00:01"),  # a same-day copy still counts
        (("missing",), "2021-11-16", "2021-11-16T00:00:00"),  # undated: the entry's own day
    ],
)
def test_published_is_the_earliest_source_updated_the_newest(
    sources: tuple[str, ...], published: str, updated: str
) -> None:
    item = dataclasses.replace(ENTRIES[0], sources=sources)
    known = {s.id: s for s in SOURCES}
    known["a2"] = dataclasses.replace(known["a"], id="a2")
    got = feeds.entry_dates(item, known)
    assert got == (
        dt.datetime.fromisoformat(published + "T00:00:00+00:00"),
        dt.datetime.fromisoformat(updated + "+00:00"),
    )


def test_item_and_feed_dates_in_both_formats(built: Path) -> None:
    atom = feedparser.parse((built / "en/feed.atom.xml").read_bytes())
    first = atom.entries[1]  # 2021-11-16-aaaaaa: sources a (16th) and b (17th)
    assert first.published == "2021-11-16T00:00:00+00:00"
    assert first.updated == "2021-11-17T00:00:01+00:00"
    assert atom.feed.updated == "2022-09-13T00:00:00+00:00"
    rss = (built / "en/feed.rss.xml").read_text(encoding="utf-8")
    assert "<lastBuildDate>Tue, 13 Sep 2022 00:00:00 +0000</lastBuildDate>" in rss
    assert "<pubDate>Tue, 16 Nov 2021 00:00:00 +0000</pubDate>" in rss


@pytest.mark.parametrize("new_source", ["c", "a2"])  # published later; a same-day copy
def test_an_entry_that_gains_a_source_is_updated(tmp_path: Path, new_source: str) -> None:
    before = feedparser.parse((write(TIMELINE, tmp_path / "1") / "en/feed.atom.xml").read_bytes())
    copy = dataclasses.replace(SOURCES[0], id="a2")
    grown = dataclasses.replace(
        ENTRIES[1],
        claims=(*ENTRIES[1].claims, claim("More wounded.", "2021-11-16", (new_source,), None)),
        sources=("a", new_source),
    )
    changed = dataclasses.replace(
        TIMELINE, sources=(*SOURCES, copy), entries=(ENTRIES[0], grown, ENTRIES[2])
    )
    after = feedparser.parse((write(changed, tmp_path / "2") / "en/feed.atom.xml").read_bytes())
    old = {e.id: e for e in before.entries}
    new = {e.id: e for e in after.entries}
    key = "tag:example.net,2021:entry:2021-11-16-bbbbbb"
    assert new[key].updated_parsed > old[key].updated_parsed
    assert new[key].published == old[key].published
    assert [e.id for e in after.entries] == [e.id for e in before.entries]


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    one, two = write(TIMELINE, tmp_path / "1"), write(TIMELINE, tmp_path / "2")
    for a, b in zip(feed_files(one), feed_files(two), strict=True):
        assert a.read_bytes() == b.read_bytes(), a
    text = (one / "en/feed.atom.xml").read_text(encoding="utf-8")
    assert "<generator>conflict-timeline</generator>" in text  # no version, no clock


def test_an_empty_timeline_still_gives_valid_dated_feeds(tmp_path: Path) -> None:
    empty = Timeline((), (), (), (), ())
    out = write(empty, tmp_path)
    parsed = feedparser.parse((out / "en/feed.atom.xml").read_bytes())
    assert not parsed.bozo and parsed.entries == []
    assert parsed.feed.updated == "1970-01-01T00:00:00+00:00"


# --- Atom grammar, RSS rules ---------------------------------------------------


def test_the_grammar_rejects_a_broken_feed() -> None:
    broken = etree.fromstring(
        b'<feed xmlns="http://www.w3.org/2005/Atom"><id>x</id><title>t</title>'
        b"<updated>16 Nov 2021</updated></feed>"
    )
    assert not feedcheck.atom_grammar().validate(broken)


def test_rss_channel_links_home_and_itself(built: Path) -> None:
    channel = etree.parse(str(built / "az/feed.rss.xml")).getroot().find("channel")
    assert channel is not None
    assert channel.findtext("link") == f"{SITE}/az/"
    self_link = channel.find(f"{ATOM}link")
    assert self_link is not None and self_link.get("href") == f"{SITE}/az/feed.rss.xml"


def test_atom_feed_links_itself_and_the_home_page(built: Path) -> None:
    root = etree.parse(str(built / "hy/feed.atom.xml")).getroot()
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert links == {"self": f"{SITE}/hy/feed.atom.xml", "alternate": f"{SITE}/hy/"}


# --- content --------------------------------------------------------------------


@pytest.mark.parametrize("kind", feeds.FEED_KINDS)
@pytest.mark.parametrize("lang", LANGS)
def test_hostile_seed_text_is_text(built: Path, lang: str, kind: str) -> None:
    path = built / urls.feed(lang, kind)
    feedcheck.check_no_live_markup(path, SITE)
    raw = path.read_text(encoding="utf-8")
    assert "<script" not in raw and "javascript:" not in raw
    parsed = feedparser.parse(path.read_bytes())
    assert HOSTILE_HEADLINE in [e.title for e in parsed.entries]  # shown as the text it is
    assert "&lt;img src=x onerror=" in "".join(feedcheck.item_htmls(path))  # shown, not run


def test_item_content_has_date_claims_claimants_and_sources(built: Path) -> None:
    parsed = feedparser.parse((built / "ru/feed.atom.xml").read_bytes())
    item = next(e for e in parsed.entries if e.id.endswith("aaaaaa"))
    html = item.content[0].value
    assert i18n.format_date(day("2021-11-16"), "ru") in html  # 16 ноября 2021 г.
    assert "Armenia's defence ministry" in html or "Armenia&#39;s defence ministry" in html
    assert "TRT World" in html  # claimant of a claim the outlet states itself
    assert f"{SITE}/ru/sources/a.html" in html and f"{SITE}/ru/sources/b.html" in html
    assert f"{SITE}/ru/entries/2021-11-16-aaaaaa.html" in html
    assert 'lang="en"' in html  # untranslated claim text keeps its language
    assert item.tags[0].term == "armed-clash"


def test_unsafe_source_urls_are_not_linked() -> None:
    assert not feeds._is_web_url("javascript:alert(1)")
    assert not feeds._is_web_url("file:///etc/passwd")
    assert feeds._is_web_url("https://example.org/a")


def test_feed_keeps_the_most_recently_updated_items() -> None:
    """With a cap, the items are the latest published or updated entries, in feed order."""
    from timeline.feeds import entry_dates, feed_order, latest_items

    timeline = TIMELINE
    sources = {s.id: s for s in timeline.sources}
    items = [(e, *entry_dates(e, sources)) for e in feed_order(timeline.entries)]
    kept = latest_items(items, 2)
    assert len(kept) == 2
    newest = sorted(items, key=lambda i: (i[2], i[0].id), reverse=True)[:2]
    assert {i[0].id for i in kept} == {i[0].id for i in newest}
    assert [i[0].id for i in kept] == [i[0].id for i in items if i in kept]
    assert latest_items(items, 0) == items
