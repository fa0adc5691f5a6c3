"""RSS 2.0 and Atom feeds, one of each per language: the only module that imports feedgen.

What a subscriber can rely on:

* **Items are entries**, newest first (entry date descending, ties by id
  ascending). Entries merged away (``timeline.redirects``) are not entries any
  more, so they never come back as items.
* **GUID / Atom id** is a ``tag:`` URI made from the entry's stable id only
  (``tag:<SITEURL host>,2021:entry:<id>``, or ``TIMELINE_FEED_ID_PREFIX`` +
  ``entry:<id>``), never from its URL, slug or title: a rename, a new source
  or a corrected headline never makes an old item look new. RSS says
  ``isPermaLink="false"``.
* **Dates never come from the clock**: ``published`` is the publication date
  of the entry's earliest source (midnight UTC), ``updated`` the publication
  date of its newest source, so an entry that gains a newer source is seen as
  updated. Sources are dated to the day only, so a copy published the same
  day as the newest source would change nothing: ``updated``'s time of day
  therefore counts the entry's other sources, one second each (an entry with
  three sources, the newest of 17 November: ``2021-11-17T00:00:02+00:00``).
  An entry that gains any source is seen as updated; one with a single source
  has ``updated == published``. The feed's ``updated`` / ``lastBuildDate`` is
  the newest item's ``updated``. Two builds of the same timeline give
  byte-identical files.
* **Content in the feed's language**: headline (translated where a
  translation exists), the entry date as Babel writes it, every claim with its
  claimant, and the sources. Every seed-derived string is escaped with
  ``markupsafe`` before it goes into the item's HTML; feedgen escapes the XML.
  Every link is absolute.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from babel.support import NullTranslations
from feedgen.feed import FeedGenerator
from markupsafe import escape

from . import i18n, urls
from .model import (
    EVENT_TYPES,
    Claim,
    Entry,
    EventType,
    FuzzyDate,
    SourceArticle,
    Timeline,
)
from .people import Tables, page_name
from .settings import TimelineSettings

logger = logging.getLogger(__name__)

FeedKind = Literal["rss", "atom"]
FEED_KINDS: tuple[FeedKind, ...] = ("rss", "atom")
GENERATOR = "conflict-timeline"
TAG_YEAR = 2021
# Used only when the timeline has no dated entry or source at all.
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
# The count of sources in ``updated``'s time of day never reaches the next day.
_MAX_EXTRA_SECONDS = 86_399


# --- ids and dates -----------------------------------------------------------


def id_prefix(settings: TimelineSettings) -> str:
    """The tag: URI prefix of every id in the feeds (RFC 4151)."""
    if settings.feed_id_prefix:
        return settings.feed_id_prefix
    host = urlsplit(settings.site_url).hostname or "localhost"
    return f"tag:{host},{TAG_YEAR}:"


def entry_guid(settings: TimelineSettings, entry_id: str) -> str:
    """``tag:example.net,2021:entry:2021-11-16-3fa2c1``: from the stable id alone."""
    return f"{id_prefix(settings)}entry:{entry_id}"


def feed_guid(settings: TimelineSettings, lang: str) -> str:
    return f"{id_prefix(settings)}feed:{lang}"


def midnight_utc(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def entry_dates(
    entry: Entry, sources: Mapping[str, SourceArticle]
) -> tuple[dt.datetime, dt.datetime]:
    """(published, updated): midnight UTC of the day the entry's earliest
    source was published; the day its newest source was published, plus one
    second per source beyond the first (so a same-day copy still counts). An
    entry none of whose sources is dated falls back to the last day its own
    date covers."""
    days = sorted(
        s.published
        for sid in entry.sources
        if (s := sources.get(sid)) is not None and s.published is not None
    )
    if not days:
        fallback = midnight_utc(entry.date.end)
        return fallback, fallback
    extra = dt.timedelta(seconds=min(len(days) - 1, _MAX_EXTRA_SECONDS))
    return midnight_utc(days[0]), midnight_utc(days[-1]) + extra


def feed_order(entries: Iterable[Entry]) -> list[Entry]:
    """Newest entry first; entries of one date by id, ascending."""
    by_id = sorted(entries, key=lambda e: e.id)
    return sorted(by_id, key=lambda e: e.date.sort_key, reverse=True)


def live_entries(timeline: Timeline) -> list[Entry]:
    """Entries that are items: none whose id was merged away into another."""
    gone = {r.old for r in timeline.redirects if r.old != r.new}
    return [e for e in timeline.entries if e.id not in gone]


def latest_items(
    items: Sequence[tuple[Entry, dt.datetime, dt.datetime]], limit: int
) -> list[tuple[Entry, dt.datetime, dt.datetime]]:
    """The ``limit`` most recently updated items (ties by id), kept in feed
    order: a newly reported old event still reaches subscribers, and a feed of
    a long conflict stays small."""
    if limit <= 0 or len(items) <= limit:
        return list(items)
    newest = sorted(items, key=lambda item: (item[2], item[0].id), reverse=True)[:limit]
    keep = {entry.id for entry, _, _ in newest}
    return [item for item in items if item[0].id in keep]


def feed_updated(items: Sequence[tuple[Entry, dt.datetime, dt.datetime]]) -> dt.datetime:
    return max((updated for _, _, updated in items), default=_EPOCH)


# --- item content ------------------------------------------------------------


def _e(text: str) -> str:
    """``markupsafe.escape`` as plain text, for building HTML with f-strings."""
    return str(escape(text))


@dataclass(frozen=True)
class ItemContext:
    """What every item of one language's feed needs, computed once: the
    catalogs, and each source's link and list item (escaped HTML)."""

    lang: str
    site_url: str
    trans: NullTranslations
    sources: Mapping[str, SourceArticle]
    source_refs: Mapping[str, str]
    source_items: Mapping[str, str]
    lookup: Callable[[str], tuple[str, bool]]  # i18n.content_lookup of ``lang``
    # entry id -> the headline its page gives in ``lang`` (render.Views.headline)
    titles: Mapping[str, str] = field(default_factory=dict)
    # what a claimant that is a known person or actor or an actor's body shows
    # (people.page_name)
    tables: Tables = field(default_factory=lambda: Tables({}, {}, {}, {}))

    def gettext(self, message: str) -> str:
        return self.trans.gettext(message)

    def absolute(self, path: str) -> str:
        return urls.absolute(self.site_url, path)


def item_context(
    timeline: Timeline,
    settings: TimelineSettings,
    lang: str,
    entries: Sequence[Entry] | None = None,
    titles: Mapping[str, str] | None = None,
) -> ItemContext:
    """What the items of a feed in ``lang`` share: the link and the line of
    each article that ``entries`` (all when None) cite, made once."""
    trans = i18n.translations(lang)
    cited = None
    if entries is not None:
        cited = {s for e in entries for s in e.sources}
        cited.update(s for e in entries for c in e.claims for s in c.sources)
    shown = [s for s in timeline.sources if cited is None or s.id in cited]
    refs = {
        s.id: f'<a href="{_e(urls.absolute(settings.site_url, urls.source(lang, s.id)))}">'
        f"{_e(_outlet(s))}</a>"
        for s in shown
    }
    items = {s.id: _source_html(s, refs[s.id], lang, trans) for s in shown}
    return ItemContext(
        lang=lang,
        site_url=settings.site_url,
        trans=trans,
        sources={s.id: s for s in timeline.sources},
        source_refs=refs,
        source_items=items,
        lookup=i18n.content_lookup(trans, lang),
        titles=titles or {},
        tables=Tables.of(timeline),
    )


def type_label(event_type: EventType, trans: NullTranslations) -> str:
    """An event type as the interface catalog names it (also used by exports)."""
    _ = trans.gettext
    labels: dict[EventType, str] = {
        "armed-clash": _("Armed clash"),
        "shelling": _("Shelling"),
        "ceasefire": _("Ceasefire"),
        "diplomacy": _("Diplomacy"),
        "detention": _("Detention"),
        "casualties": _("Casualties"),
        "background": _("Background"),
    }
    return labels[event_type]


def type_labels(ctx: ItemContext) -> dict[EventType, str]:
    return {t: type_label(t, ctx.trans) for t in EVENT_TYPES}


def _content(text: str, original: str, ctx: ItemContext) -> str:
    """Seed text in the feed's language where translated; otherwise kept in
    its own language and marked with ``lang``. Escaped HTML."""
    value, lang = i18n.seed_text(ctx.lookup, text, original, ctx.lang)
    return _e(value) if lang is None else f'<span lang="{_e(lang)}">{_e(value)}</span>'


def _day(day: dt.date) -> FuzzyDate:
    return FuzzyDate(start=day, end=day, edtf=day.isoformat(), precision="day")


def _outlet(source: SourceArticle) -> str:
    return source.outlet or source.wire or source.headline or source.id


def _is_web_url(url: str | None) -> bool:
    return url is not None and url.lower().startswith(("https://", "http://"))


def _claimant(claim: Claim, ctx: ItemContext) -> str:
    """Who makes the claim: the claimant, or the outlets that state it themselves."""
    if claim.claimant:
        written_in = i18n.claim_language(claim, ctx.sources)
        value, mark = page_name(
            claim.claimant, written_in, claim.claimant_actor, ctx.tables, ctx.lang, ctx.lookup
        )
        return _e(value) if mark is None else f'<span lang="{_e(mark)}">{_e(value)}</span>'
    outlets = sorted({_outlet(ctx.sources[s]) for s in claim.sources if s in ctx.sources})
    return _e(", ".join(outlets) or "—")


def _claim_html(claim: Claim, ctx: ItemContext) -> str:
    refs = ", ".join(ctx.source_refs.get(sid) or _e(sid) for sid in claim.sources)
    text = _content(claim.text, i18n.claim_language(claim, ctx.sources), ctx)
    return f"<li><strong>{_claimant(claim, ctx)}</strong>: {text} <small>({refs})</small></li>"


def _source_html(source: SourceArticle, ref: str, lang: str, trans: NullTranslations) -> str:
    parts = [ref]
    if source.published is not None:
        parts.append(_e(i18n.format_date(_day(source.published), lang, trans.gettext)))
    if source.headline:
        parts.append(f'<cite lang="{_e(source.language)}">{_e(source.headline)}</cite>')
    if source.url is not None and _is_web_url(source.url):
        parts.append(f'<a href="{_e(source.url)}">{_e(source.url)}</a>')
    return f"<li>{' · '.join(parts)}</li>"


def item_html(entry: Entry, ctx: ItemContext, type_label: str) -> str:
    """The item's HTML: date and type, claims with claimants, sources, link.
    Every seed-derived string passes through ``markupsafe.escape``."""
    claims = "".join(_claim_html(c, ctx) for c in entry.claims)
    listed = "".join(ctx.source_items[sid] for sid in entry.sources if sid in ctx.source_items)
    date = _e(i18n.format_date(entry.date, ctx.lang, ctx.gettext))
    link = _e(ctx.absolute(urls.entry(ctx.lang, entry.id)))
    # gettext calls stay outside the f-string so that `pybabel extract` finds them.
    claims_title = _e(ctx.gettext("Claims"))
    sources_title = _e(ctx.gettext("Sources"))
    more = _e(ctx.gettext("Read the entry"))
    return (
        f"<p>{date} · {_e(type_label)}</p>"
        f"<h2>{claims_title}</h2><ul>{claims}</ul>"
        f"<h2>{sources_title}</h2><ul>{listed}</ul>"
        f'<p><a href="{link}">{more}</a></p>'
    )


def item_title(entry: Entry, ctx: ItemContext) -> str:
    """Plain text (feedgen escapes it for XML): the headline the entry's page gives
    (``ctx.titles``), else the entry's own, translated if it can be."""
    if entry.id in ctx.titles:
        return ctx.titles[entry.id]
    written_in = i18n.headline_language(entry, ctx.sources)
    return i18n.seed_text(ctx.lookup, entry.headline, written_in, ctx.lang)[0]


# --- the feeds ---------------------------------------------------------------


def build_feed(
    timeline: Timeline,
    settings: TimelineSettings,
    lang: str,
    titles: Mapping[str, str] | None = None,
) -> FeedGenerator:
    """The feed of one language, without its self link (see ``render``); ``titles``
    are the entries' headlines as their pages give them."""
    sources = {s.id: s for s in timeline.sources}
    items = latest_items(
        [(e, *entry_dates(e, sources)) for e in feed_order(live_entries(timeline))],
        settings.feed_items,
    )
    ctx = item_context(timeline, settings, lang, [entry for entry, _, _ in items], titles)
    labels = type_labels(ctx)

    site_name = i18n.translate_content(ctx.trans, settings.site_name, lang)[0]
    fg = FeedGenerator()
    fg.id(feed_guid(settings, lang))
    fg.title(site_name)
    fg.description(ctx.gettext("Dated, attributed events of the timeline, newest first."))
    fg.author({"name": site_name})
    fg.language(lang)
    fg.generator(GENERATOR)
    fg.docs("https://www.rssboard.org/rss-specification")
    fg.updated(feed_updated(items))
    fg.lastBuildDate(feed_updated(items))
    for entry, published, updated in items:
        link = urls.absolute(settings.site_url, urls.entry(lang, entry.id))
        fe = fg.add_entry(order="append")
        fe.id(entry_guid(settings, entry.id))
        fe.guid(entry_guid(settings, entry.id), permalink=False)
        fe.title(item_title(entry, ctx))
        fe.link(href=link, rel="alternate")
        fe.published(published)
        fe.updated(updated)
        fe.category(term=entry.type, label=labels[entry.type])
        fe.content(item_html(entry, ctx, labels[entry.type]), type="html")
    return fg


def render(fg: FeedGenerator, settings: TimelineSettings, lang: str, kind: FeedKind) -> bytes:
    """The feed as ``kind``, its self link first, then the home page (feedgen's
    RSS channel link is the last link set)."""
    fg.link(href=urls.absolute(settings.site_url, urls.feed(lang, kind)), rel="self", replace=True)
    fg.link(href=urls.absolute(settings.site_url, urls.home(lang)), rel="alternate")
    data: bytes = fg.rss_str(pretty=True) if kind == "rss" else fg.atom_str(pretty=True)
    return data


def write_feeds(timeline: Timeline, settings: TimelineSettings, output: Path) -> None:
    """Write ``<lang>/feed.rss.xml`` and ``<lang>/feed.atom.xml`` for every language."""
    for lang in settings.languages:
        write_language_feeds(timeline, settings, output, lang)


def write_language_feeds(
    timeline: Timeline,
    settings: TimelineSettings,
    output: Path,
    lang: str,
    titles: Mapping[str, str] | None = None,
) -> None:
    """Write ``<lang>/feed.rss.xml`` and ``<lang>/feed.atom.xml``."""
    fg = build_feed(timeline, settings, lang, titles)
    for kind in FEED_KINDS:
        path = output / urls.feed(lang, kind)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(render(fg, settings, lang, kind))
    logger.debug("feeds for %s: %d items", lang, len(live_entries(timeline)))
