"""Entries and sources -> what each page shows, per language.

Language-independent facts (which entries cite a source, how many stories
report an entry, which year an entry falls in) are computed once in
:class:`SiteIndex`; :class:`LanguageViews` adds the words of one language
(dates, labels, translated headlines), memoising what several pages share.
Nothing here writes files or knows about Jinja2; see ``site.py``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from babel.support import NullTranslations

from . import urls
from .bodies import claim_actor
from .export import independent_sources, markup_safe, stories_by_member
from .i18n import (
    SOURCE_LANGUAGE,
    claim_language,
    content_lookup,
    format_date,
    format_number,
    seed_text,
)
from .model import Claim, Entry, EventType, FuzzyDate, SourceArticle, Story, Timeline
from .people import Tables, page_name
from .summary import PARTS_JOIN, Account, EntrySummary, summarize
from .summary import parties as summary_parties

#: Entries listed on one page of a year, type or place (keeps pages < 100 KB).
ENTRIES_PER_PAGE = 150
#: Entries on the home page at most; older years are linked.
HOME_LIMIT = 100

Gettext = Callable[[str], str]


def type_labels(gettext: Gettext) -> dict[str, str]:
    """Event types as readers see them."""
    return {
        "armed-clash": gettext("Armed clash"),
        "shelling": gettext("Shelling"),
        "ceasefire": gettext("Ceasefire"),
        "diplomacy": gettext("Diplomacy"),
        "detention": gettext("Detention"),
        "casualties": gettext("Casualties"),
        "background": gettext("Background"),
    }


def type_phrases(gettext: Gettext) -> dict[str, str]:
    """Event types as a headline names them ("Armenia and Azerbaijan: clashes")."""
    return {
        "armed-clash": gettext("clashes"),
        "shelling": gettext("shelling"),
        "ceasefire": gettext("ceasefire"),
        "diplomacy": gettext("talks and statements"),
        "detention": gettext("detentions"),
        "casualties": gettext("casualties"),
        "background": gettext("background"),
    }


def figure_labels(gettext: Gettext) -> dict[str, str]:
    """Kinds of figures a claim may state, as labels ("Killed: 7"): a label
    and its value need no agreement in any language. Unknown kinds are shown
    as written."""
    return {
        "killed": gettext("Killed"),
        "dead": gettext("Dead"),
        "wounded": gettext("Wounded"),
        "injured": gettext("Injured"),
        "captured": gettext("Captured"),
        "detained": gettext("Detained"),
        "missing": gettext("Missing"),
        "displaced": gettext("Displaced"),
        "positions": gettext("Positions lost"),
    }


def qualifier_labels(gettext: Gettext) -> dict[str, str]:
    return {
        "more than": gettext("more than"),
        "over": gettext("more than"),
        "at least": gettext("at least"),
        "about": gettext("about"),
        "around": gettext("about"),
        "nearly": gettext("nearly"),
        "almost": gettext("nearly"),
        "up to": gettext("up to"),
        "fewer than": gettext("fewer than"),
        "less than": gettext("fewer than"),
    }


def side_labels(gettext: Gettext) -> dict[str, str]:
    """Accounts that are no party's (summary.OTHER_SIDES); a party's is
    named by its actor (data/actors.yaml)."""
    return {
        "both": gettext("Both sides"),
        "third": gettext("Other countries and organisations"),
        "other": gettext("Other sources"),
        "reports": gettext("The news reports themselves"),
    }


def published_from_labels(gettext: Gettext) -> dict[str, str]:
    return {
        "header": gettext("from the article's header"),
        "dateline": gettext("from the article's dateline"),
        "metadata": gettext("stated by the site's editors"),
        "scraper": gettext("from the scraper's record of the article"),
        "url": gettext("from the date in the article's address"),
        "inferred": gettext("inferred from a dated copy of the same story"),
    }


def script_json(data: Any) -> str:
    """JSON for a ``<script>`` element: ``<``, ``>`` and ``&`` as ``\\u`` escapes,
    so no seed text can close the element or open a comment."""
    return markup_safe(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")))


def datetime_attr(value: FuzzyDate) -> str | None:
    """A valid HTML ``datetime`` value for the date, or None (decade, range)."""
    if value.precision == "time" and "T" in value.edtf:
        return value.edtf
    if value.precision == "day":
        return value.start.isoformat()
    if value.precision == "month":
        return value.start.isoformat()[:7]
    if value.precision == "year":
        return f"{value.start.year:04d}"
    return None


def month_key(value: FuzzyDate) -> int | None:
    """The month an entry is listed under, or None when its date spans months."""
    if value.start.year == value.end.year and value.start.month == value.end.month:
        return value.start.month
    return None


# --- language-independent index ---------------------------------------------


@dataclass(frozen=True)
class EntryFacts:
    entry: Entry
    year: int
    month: int | None
    stories: int
    copies: int


@dataclass
class SiteIndex:
    """Everything pages look up, computed once per build (no quadratic loops)."""

    timeline: Timeline
    newest_first: bool
    sources: dict[str, SourceArticle] = field(default_factory=dict)
    story_of: dict[str, Story] = field(default_factory=dict)
    facts: list[EntryFacts] = field(default_factory=list)
    entries_of_source: dict[str, list[Entry]] = field(default_factory=dict)
    by_year: dict[int, list[EntryFacts]] = field(default_factory=dict)
    by_type: dict[str, list[EntryFacts]] = field(default_factory=dict)
    by_place: dict[str, list[EntryFacts]] = field(default_factory=dict)
    # entry id -> articles (with a headline) whose main news the entry is
    headline_sources: dict[str, list[str]] = field(default_factory=dict)
    # source id -> indices of its sentences that claims quote (sorted)
    cited_sentences: dict[str, list[int]] = field(default_factory=dict)
    # what sources.yaml says the site may publish: file -> licence, files shown whole
    licenses: dict[str, str] = field(default_factory=dict)
    full_text: dict[str, bool] = field(default_factory=dict)
    # the summary of the entry being written (see ``summary``)
    _summary: tuple[str, EntrySummary] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def build(cls, timeline: Timeline, newest_first: bool) -> SiteIndex:
        index = cls(timeline, newest_first)
        index.sources = {s.id: s for s in timeline.sources}
        index.story_of = stories_by_member(timeline)
        ordered = sorted(timeline.entries, key=lambda e: (e.date.sort_key, e.id))
        if newest_first:
            ordered.reverse()
        cites: dict[str, list[Entry]] = defaultdict(list)
        years: dict[int, list[EntryFacts]] = defaultdict(list)
        types: dict[str, list[EntryFacts]] = defaultdict(list)
        places: dict[str, list[EntryFacts]] = defaultdict(list)
        for entry in ordered:
            facts = EntryFacts(
                entry=entry,
                year=entry.date.start.year,
                month=month_key(entry.date),
                stories=len(independent_sources(entry, index.story_of)),
                copies=len(entry.sources),
            )
            index.facts.append(facts)
            years[facts.year].append(facts)
            types[entry.type].append(facts)
            for place in sorted(set(entry.places)):
                places[place].append(facts)
            for source_id in sorted(set(entry.sources)):
                cites[source_id].append(entry)
        index.entries_of_source = dict(cites)
        index.headline_sources = headline_sources(timeline, index.sources)
        quoted: dict[str, set[int]] = defaultdict(set)
        for entry in timeline.entries:
            for claim in entry.claims:
                for said in claim.quotes:
                    quoted[said.source].add(said.sentence)
        index.cited_sentences = {s: sorted(found) for s, found in quoted.items()}
        index.by_year = dict(sorted(years.items(), reverse=newest_first))
        index.by_type = dict(sorted(types.items()))
        index.by_place = {k: places[k] for k in sorted(places, key=lambda p: (urls.slugify(p), p))}
        return index

    def summary(self, facts: EntryFacts) -> EntrySummary:
        """The summary of ``facts``' entry (``summarize``, the same in every
        language). Its page and its made headline in every language ask for it
        one after the other, so the last one made is kept (one, not all: a
        summary holds the entry's claims, and entries are written one at a time)."""
        entry = facts.entry
        if self._summary is not None and self._summary[0] == entry.id:
            return self._summary[1]
        timeline = self.timeline
        found = summarize(entry, timeline.actors, timeline.claimant_actors, facts.stories)
        self._summary = (entry.id, found)
        return found

    def story_members(self, source_id: str) -> tuple[Story | None, list[SourceArticle]]:
        story = self.story_of.get(source_id)
        if story is None:
            return None, []
        others = [self.sources.get(m) for m in sorted(story.members) if m != source_id]
        return story, [s for s in others if s is not None and s.status != "error"]


def headline_sources(timeline: Timeline, sources: dict[str, SourceArticle]) -> dict[str, list[str]]:
    """Per entry, the articles whose headline may stand for it: an article's
    main entry is the one with the most of its claims, dated within two days
    before its publication (not background); earliest article first."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for entry in timeline.entries:
        if entry.type == "background":
            continue
        for claim in entry.claims:
            for source_id in set(claim.sources):
                counts[source_id][entry.id] += 1
    dates = {e.id: e.date for e in timeline.entries}
    found: dict[str, list[str]] = defaultdict(list)
    for source_id, per_entry in sorted(counts.items()):
        source = sources.get(source_id)
        if source is None or not source.headline or source.published is None:
            continue
        near = {
            e: n
            for e, n in per_entry.items()
            if dates[e].end <= source.published and (source.published - dates[e].start).days <= 2
        }
        if near:
            best = max(sorted(near), key=lambda e: near[e])
            found[best].append(source_id)
    for ids in found.values():
        ids.sort(key=lambda s: (sources[s].published, s))
    return dict(found)


def text_fragment(url: str, sentence: str, words: int = 5) -> str:
    """``url`` opening at ``sentence`` where the browser supports URL text
    fragments (``#:~:text=start,end``; Chrome 80+, Firefox 131+, Safari
    16.1+; others open the page at the top). A long sentence is matched by
    its first and last words. Each term is percent-encoded, ``-``, ``,`` and
    ``&`` included, as the syntax requires."""
    terms = sentence.split()
    if not terms:
        return url

    def encode(text: str) -> str:
        return quote(text, safe="").replace("-", "%2D")

    if len(terms) <= 2 * words:
        fragment = encode(" ".join(terms))
    else:
        fragment = f"{encode(' '.join(terms[:words]))},{encode(' '.join(terms[-words:]))}"
    base = url.split("#", 1)[0]
    return f"{base}#:~:text={fragment}"


def headline_places(entry: Entry) -> list[str]:
    """The entry's places, those its reports of events name most first
    (a place named in passing, or only in background, comes last)."""
    counts: Counter[str] = Counter()
    for claim in entry.claims:
        weight = 1 if claim.event_type in ("background", "diplomacy") else 10
        for place in claim.places:
            counts[place] += weight
    order = {p: n for n, p in enumerate(entry.places)}
    return sorted(entry.places, key=lambda p: (-counts[p], order[p]))


def pages_of(items: Sequence[EntryFacts], size: int = ENTRIES_PER_PAGE) -> list[list[EntryFacts]]:
    """Split a list of entries into pages of at most ``size`` (at least one page)."""
    if not items:
        return [[]]
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def home_selection(index: SiteIndex, limit: int = HOME_LIMIT) -> tuple[list[EntryFacts], bool]:
    """The entries of the home page: whole years, newest (or oldest) first, up
    to ``limit`` entries (at least part of one year); and whether any are left out."""
    chosen: list[EntryFacts] = []
    for items in index.by_year.values():
        if chosen and len(chosen) + len(items) > limit:
            return chosen, True
        chosen.extend(items[: max(0, limit - len(chosen))])
        if len(items) > limit or len(chosen) >= limit:
            return chosen, len(chosen) < len(index.facts)
    return chosen, False


# --- one language -----------------------------------------------------------


@dataclass(slots=True)
class Text:
    """Seed-derived text in the page: ``lang`` is set when it differs from the page."""

    text: str
    lang: str | None
    translated: bool


@dataclass(slots=True)
class EntryItem:
    id: str
    path: str
    date: str
    datetime: str | None
    type: str
    type_label: str
    headline: Text
    stories: int
    copies: int
    counts: str


@dataclass(frozen=True)
class MonthGroup:
    label: str
    datetime: str | None
    items: list[EntryItem]


@dataclass(frozen=True)
class YearGroup:
    year: int
    label: str
    path: str
    months: list[MonthGroup]


class LanguageViews:
    """The words of one language for every page, memoised per build."""

    def __init__(self, lang: str, trans: NullTranslations, index: SiteIndex) -> None:
        self.lang = lang
        self.trans = trans
        self.index = index
        self.gettext: Gettext = trans.gettext
        self._translate = content_lookup(trans, lang)
        self.types = type_labels(self.gettext)
        self.figures = figure_labels(self.gettext)
        self.qualifiers = qualifier_labels(self.gettext)
        self.published_from = published_from_labels(self.gettext)
        self.side_names = side_labels(self.gettext)
        self.type_phrases = type_phrases(self.gettext)
        self._sides: dict[str, str] = {}
        self._decades: dict[int, bool] = {}
        self._dates: dict[FuzzyDate, str] = {}
        self._numbers: dict[int, str] = {}
        self._counts: dict[tuple[int, int], str] = {}
        self._refs: dict[str, SourceRef] = {}
        self._items: dict[str, EntryItem] = {}
        self._names: dict[tuple[str, str, str | None], Text] = {}
        self._tables: Tables | None = None
        self._headlines: dict[str, Text] = {}

    def date(self, value: FuzzyDate) -> str:
        text = self._dates.get(value)
        if text is None:
            text = format_date(value, self.lang, self.gettext)
            self._dates[value] = text
        return text

    def number(self, value: int) -> str:
        text = self._numbers.get(value)
        if text is None:
            text = self._numbers[value] = format_number(value, self.lang)
        return text

    def content(self, text: str, written_in: str) -> Text:
        """A headline or claim text (written in ``written_in``) in this
        language, or the original marked with its language."""
        value, lang = seed_text(self._translate, text, written_in, self.lang)
        return Text(value, lang, lang is None)

    def name(self, text: str, written_in: str, actor: str | None = None) -> Text:
        """A claimant in this language (``people.page_name``): a known person by name
        and title in this language ("Artsrun Hovhannisyan, Armenian defence ministry
        representative"), else translated, else a known actor's name ("Азербайджан" ->
        "Azerbaijan"), else one of an actor's bodies by the body's name ("Минобороны
        Азербайджана" -> "Azerbaijani Defence Ministry"; its actor the one it names,
        else the claim's, ``actor``), else its own words marked with their language
        (without the visible note of ``content``). Made once per name: the same few
        hundred speakers make most claims."""
        found = self._names.get((text, written_in, actor))
        if found is None:
            if self._tables is None:
                self._tables = Tables.of(self.index.timeline)
            value, mark = page_name(
                text, written_in, actor, self._tables, self.lang, self._translate
            )
            found = self._names[(text, written_in, actor)] = Text(value, mark, mark is None)
        return found

    def claim_language(self, claim: Claim) -> str:
        return claim_language(claim, self.index.sources)

    def claimant_actor(self, claimant: str, account: Account) -> str | None:
        """The actor ``claimant`` speaks for: that of its first claim."""
        return claim_actor(claimant, account.claims)

    def claimant_language(self, claimant: str, account: Account) -> str:
        """The language ``claimant`` is written in: that of its first claim."""
        for claim in account.claims:
            if claim.claimant == claimant:
                return self.claim_language(claim)
        return SOURCE_LANGUAGE

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.trans.ngettext(singular, plural, n)

    def side_name(self, side: str) -> str:
        """The name of a side's account: its actor's name ("Армения"), else
        what the account is ("Both sides", "Other countries and organisations")."""
        found = self._sides.get(side)
        if found is None:
            actor = self.index.timeline.actors.get(side)
            if actor is not None and self.lang in actor.name:
                found = actor.name[self.lang]
            elif side in self.side_names:
                found = self.side_names[side]
            else:
                found = actor.display(self.lang) if actor else side
            self._sides[side] = found
        return found

    def more(self, count: int) -> str:
        """``3 more`` (speakers not named)."""
        return self.trans.ngettext("%(num)s more", "%(num)s more", count) % {
            "num": self.number(count)
        }

    def reported_by(self, stories: int, articles: int) -> str:
        """``Reported by 2 independent sources (4 articles)``."""
        first = self.trans.ngettext(
            "Reported by %(num)s independent source",
            "Reported by %(num)s independent sources",
            stories,
        ) % {"num": self.number(stories)}
        second = self.trans.ngettext("%(num)s article", "%(num)s articles", articles) % {
            "num": self.number(articles)
        }
        return self.gettext("%(sources)s (%(articles)s)") % {"sources": first, "articles": second}

    def place(self, place_id: str) -> Text:
        """A place (a gazetteer id such as ``lachin-corridor``) by its name in
        this language from the gazetteer, else its English name, else the id
        written as a name."""
        names = self.index.timeline.place_names.get(place_id, {})
        if self.lang in names:
            return Text(names[self.lang], None, True)
        lang = None if self.lang == SOURCE_LANGUAGE else SOURCE_LANGUAGE
        if SOURCE_LANGUAGE in names:
            return Text(names[SOURCE_LANGUAGE], lang, self.lang == SOURCE_LANGUAGE)
        name = place_id.replace("-", " ").title() if place_id.islower() else place_id
        return Text(name, lang, self.lang == SOURCE_LANGUAGE)

    def counts(self, stories: int, copies: int) -> str:
        """``3 independent sources, 5 articles`` (made once per pair of numbers)."""
        text = self._counts.get((stories, copies))
        if text is None:
            text = self._counts[(stories, copies)] = self._counts_text(stories, copies)
        return text

    def _counts_text(self, stories: int, copies: int) -> str:
        first = self.trans.ngettext(
            "%(num)s independent source", "%(num)s independent sources", stories
        ) % {"num": self.number(stories)}
        second = self.trans.ngettext("%(num)s article", "%(num)s articles", copies) % {
            "num": self.number(copies)
        }
        return self.gettext("%(sources)s, %(articles)s") % {
            "sources": first,
            "articles": second,
        }

    def item(self, facts: EntryFacts) -> EntryItem:
        entry = facts.entry
        cached = self._items.get(entry.id)
        if cached is not None:
            return cached
        item = EntryItem(
            id=entry.id,
            path=urls.entry(self.lang, entry.id),
            date=self.date(entry.date),
            datetime=datetime_attr(entry.date),
            type=entry.type,
            type_label=self.types.get(entry.type, entry.type),
            headline=self.headline(facts),
            stories=facts.stories,
            copies=facts.copies,
            counts=self.counts(facts.stories, facts.copies),
        )
        self._items[entry.id] = item
        return item

    def is_decade(self, year: int) -> bool:
        """Whether every entry filed under ``year`` is dated to its decade only
        (``198X``): the year is then the decade's, and named as one."""
        found = self._decades.get(year)
        if found is None:
            items = self.index.by_year.get(year, [])
            found = bool(items) and all(f.entry.date.precision == "decade" for f in items)
            self._decades[year] = found
        return found

    def year_label(self, year: int) -> str:
        """``2021``, or ``1980s`` / ``1980-е`` / ``années 1980`` for a decade."""
        if self.is_decade(year):
            start, end = dt.date(year, 1, 1), dt.date(year + 9, 12, 31)
            return self.date(FuzzyDate(start, end, f"{str(year)[:3]}X", "decade"))
        return str(year)

    def headline(self, facts: EntryFacts) -> Text:
        """A headline a reader can scan, in this language: the headline of an
        article in this language that reports the entry as its main news,
        else one made from the entry's parties, type, places and figures
        ("Armenia and Azerbaijan: clashes (Kalbajar, Lachin); Killed:
        Armenia 1, Azerbaijan 7"). Never a cut sentence. Made once per entry:
        its page, the lists, the feed and TimelineJS all show it."""
        known = self._headlines.get(facts.entry.id)
        if known is None:
            known = self._headlines[facts.entry.id] = self._headline(facts)
        return known

    def _headline(self, facts: EntryFacts) -> Text:
        entry = facts.entry
        for source_id in self.index.headline_sources.get(entry.id, ()):
            source = self.index.sources[source_id]
            if source.language == self.lang and source.headline:
                return Text(source.headline, None, True)
        return Text(self.made_headline(facts), None, True)

    def made_headline(self, facts: EntryFacts) -> str:
        entry = facts.entry
        timeline = self.index.timeline
        summary = self.index.summary(facts)
        parties = [a for a in entry.actors if timeline.actors.get(a, None) is not None]
        parties = [a for a in parties if timeline.actors[a].side == a] or [
            a for a in parties if timeline.actors[a].side in summary_parties(timeline.actors)
        ]
        names = [self.side_name(a) for a in parties[:2]]
        what = self.type_phrases.get(entry.type, entry.type)
        places = [self.place(p).text for p in headline_places(entry)[:3]]
        if places:
            what = self.gettext("%(what)s (%(places)s)") % {
                "what": what,
                "places": ", ".join(places),
            }
        if len(names) == 2:
            who = self.gettext("%(first)s and %(second)s") % {
                "first": names[0],
                "second": names[1],
            }
        else:
            who = names[0] if names else ""
        text = self.gettext("%(who)s: %(what)s") % {"who": who, "what": what} if who else what
        killed = [
            (series.victims or account.side, series.last)
            for account in summary.accounts
            if account.side in summary_parties(timeline.actors)
            for series in account.figures
            if series.kind in ("killed", "dead")
        ]
        if killed:
            values = ", ".join(
                f"{self.side_name(side)} {PARTS_JOIN.join(self.number(n) for n in last)}"
                for side, last in killed[:2]
            )
            kind = self.figures["killed"]
            label = self.gettext("%(label)s:") % {"label": kind[:1].lower() + kind[1:]}
            text = f"{text}; {label} {values}"
        elif summary.disputed:
            text = f"{text}; {self.gettext('figures disputed')}"
        return text[:1].upper() + text[1:]

    def month_label(self, year: int, month: int | None) -> str:
        if month is None and self.is_decade(year):
            return self.gettext("Date not known to the year")
        if month is None:
            return self.gettext("Date within %(year)s not known to the month") % {"year": str(year)}
        day = FuzzyDate(
            dt.date(year, month, 1), dt.date(year, month, 1), f"{year:04d}-{month:02d}", "month"
        )
        return self.date(day)

    def grouped(self, items: Iterable[EntryFacts]) -> list[YearGroup]:
        """Entries by year, then month, in the order given."""
        years: list[YearGroup] = []
        for facts in items:
            if not years or years[-1].year != facts.year:
                years.append(
                    YearGroup(
                        facts.year,
                        self.year_label(facts.year),
                        urls.year(self.lang, facts.year),
                        [],
                    )
                )
            months = years[-1].months
            key = facts.month
            if not months or months[-1].datetime != _month_attr(facts.year, key):
                months.append(
                    MonthGroup(self.month_label(facts.year, key), _month_attr(facts.year, key), [])
                )
            months[-1].items.append(self.item(facts))
        return years

    def type_label(self, value: EventType | str) -> str:
        return self.types.get(value, value)


def _month_attr(year: int, month: int | None) -> str | None:
    return f"{year:04d}-{month:02d}" if month is not None else None


# --- entry and source pages -------------------------------------------------


@dataclass(slots=True)
class SourceRef:
    id: str
    path: str
    title: str
    title_lang: str | None
    outlet: str | None
    date: str | None


def source_title(source: SourceArticle) -> str:
    return source.title


def source_ref(views: LanguageViews, source: SourceArticle) -> SourceRef:
    """How pages of ``views``' language link to ``source`` (made once per source)."""
    found = views._refs.get(source.id)
    if found is None:
        found = views._refs[source.id] = _source_ref(views, source)
    return found


def _source_ref(views: LanguageViews, source: SourceArticle) -> SourceRef:
    return SourceRef(
        id=source.id,
        path=urls.source(views.lang, source.id),
        title=source_title(source),
        title_lang=source.language if source.language != views.lang else None,
        outlet=source.outlet or source.wire,
        date=views.date(_day(source.published)) if source.published else None,
    )


def _day(value: dt.date) -> FuzzyDate:
    return FuzzyDate(value, value, value.isoformat(), "day")


def event_jsonld(views: LanguageViews, entry: Entry, url: str, headline: Text) -> str:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": headline.text,
        "startDate": entry.date.start.isoformat(),
        "endDate": entry.date.end.isoformat(),
        "url": url,
        "inLanguage": views.lang,
        "eventStatus": "https://schema.org/EventScheduled",
    }
    if entry.places:
        data["location"] = [{"@type": "Place", "name": views.place(p).text} for p in entry.places]
    if entry.claims:
        data["description"] = entry.claims[0].text
    return script_json(data)


def article_jsonld(source: SourceArticle, url: str) -> str:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": source_title(source),
        "url": url,
        "inLanguage": source.language,
    }
    if source.published:
        data["datePublished"] = source.published.isoformat()
    if source.author:
        data["author"] = {"@type": "Person", "name": source.author}
    elif source.wire:
        data["author"] = {"@type": "Organization", "name": source.wire}
    if source.outlet:
        data["publisher"] = {"@type": "Organization", "name": source.outlet}
    if source.url:
        data["isBasedOn"] = source.url
    return script_json(data)
