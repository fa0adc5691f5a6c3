"""Write the reader's site: every page of every language, in one run.

``write_site`` is called by the generator with the whole timeline. For each
language it makes one Jinja2 environment (``jinja2.ext.i18n`` with that
language's Babel catalogs, autoescape on, ``StrictUndefined``), then renders
each page once: home, year pages, entries, sources, browse pages (types,
places, years), the hand-written pages of ``content/``, the search page and
the redirects of merged entry ids. Then the files every language shares:
the root ``index.html``, ``sitemap.xml``, ``robots.txt``, the favicons, the
theme's static files and the exports.

Links between pages are relative (``urls.relative``) when
``settings.relative_urls`` is true, absolute otherwise; hreflang, canonical,
og:url, feeds and the sitemap are always absolute.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import logging
import multiprocessing
import os
import pickle
import shutil
import struct
import tempfile
import time
import traceback
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple
from xml.sax.saxutils import escape as xml_escape

import jinja2
from babel.support import NullTranslations
from markupsafe import Markup

from . import export, feeds, i18n, metadata, pagecache, tune_gc, urls
from .cache import Cache
from .dates import parse_edtf
from .html import (
    EntryPage,
    Links,
    SourcePage,
    article_html,
    claim_words,
    content_html,
    date_html,
    entry_body_html,
    entry_list_html,
    named_links_html,
    page_links_html,
    page_og_html,
    page_title_html,
    source_body_html,
    source_list_html,
    source_words,
    switcher_html,
)
from .model import Claim, Entry, HandWrittenPage, SourceArticle, Story, Timeline
from .pagecache import PageCache, Record
from .render import (
    HOME_LIMIT,
    EntryFacts,
    LanguageViews,
    SiteIndex,
    Text,
    article_jsonld,
    event_jsonld,
    home_selection,
    pages_of,
    source_ref,
    source_title,
    text_fragment,
)
from .settings import TimelineSettings
from .summary import parties, summarize

logger = logging.getLogger(__name__)

THEME = Path(__file__).resolve().parents[2] / "theme"
TEMPLATES = THEME / "templates"
STATIC = THEME / "static"
CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'"
)
SITEMAP_CHUNK = 40_000
#: Entries listed on a source page at most (the rest are counted).
CITED_LIMIT = 100
#: Timelines with fewer entries are written by one process (a pool costs more).
PARALLEL_FROM = 200
ABOUT_SLUG = "about"
SEARCH_SLUG = "search"
BROWSE_SLUG = "browse"


def paged(path: str, number: int) -> str:
    """Page ``number`` (1-based) of a paginated list at ``path``."""
    return path if number <= 1 else f"{path}{number}/"


#: The fields of EntryFacts besides the entry, in a facts digest beside the entry's.
_FACTS_FIELDS = tuple(f.name for f in dataclasses.fields(EntryFacts) if f.name != "entry")


class Written(NamedTuple):
    """One page written: its site path in each language, for the sitemap (a
    tuple: a worker sends tens of thousands back, pickled)."""

    path: str
    lang: str


class Site:
    """The output of one build: writes files and remembers them for the sitemap."""

    def __init__(
        self, settings: TimelineSettings, output: Path, cache: PageCache | None = None
    ) -> None:
        self.settings = settings
        self.output = output
        self.pages: list[Written] = []
        self.cache = cache if cache is not None else PageCache(None, None, output)
        self._root = str(output)
        self._folders: set[str] = set()
        self._digests: dict[tuple[str, str], str] = {}
        self.entry_digests: dict[str, bytes] = {}  # export.entry_digest by id

    def digest(self, kind: str, name: str, value: Any) -> str:
        """A digest of ``value`` (an immutable part of the timeline, such as an
        article or an entry's facts, named ``name``), made once per build."""
        found = self._digests.get((kind, name))
        if found is None:
            found = pagecache.digest(value)
            self._digests[(kind, name)] = found
        return found

    def known_digest(self, kind: str, name: str) -> str | None:
        """The digest ``digest(kind, name, ...)`` made already, if any."""
        return self._digests.get((kind, name))

    def entry_digest(self, entry: Entry) -> bytes:
        """``export.entry_digest`` of ``entry`` (the timeline's, when
        ``run_tasks`` put it here), made once per process for the page cache
        and the export caches alike."""
        found = self.entry_digests.get(entry.id)
        if found is None:
            found = self.entry_digests[entry.id] = export.entry_digest(entry)
        return found

    def link(self, from_path: str, to_path: str) -> str:
        if self.settings.relative_urls:
            return urls.relative(from_path, to_path)
        return urls.absolute(self.settings.site_url, to_path)

    def absolute(self, path: str) -> str:
        return urls.absolute(self.settings.site_url, path)

    def folder(self, folder: str) -> None:
        """Create ``folder`` (and its parents) once per build: one ``mkdir``
        when its parent is made already, as it is for most pages."""
        if folder in self._folders:
            return
        try:
            os.mkdir(folder)
        except FileNotFoundError:
            os.makedirs(folder, exist_ok=True)
        except FileExistsError:
            if not os.path.isdir(folder):
                raise
        self._folders.add(folder)

    def target(self, path: str) -> str:
        """The file of ``path``, its folder created."""
        target = os.path.join(self._root, urls.file_of(path))
        self.folder(os.path.dirname(target))
        return target

    def write(self, path: str, text: str, lang: str | None = None) -> str:
        target = self.target(path)
        write_bytes(target, text.encode("utf-8"))
        if lang is not None:
            self.pages.append(Written(path, lang))
        return target


def write_bytes(target: str, data: bytes) -> None:
    """Write ``data`` to the file ``target`` (created or truncated) with the
    fewest system calls: no buffer, no terminal check, no ``fstat``."""
    handle = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(handle, view) :]
    finally:
        os.close(handle)


class _CompiledTemplates(jinja2.BytecodeCache):
    """Templates compiled once per process and shared by the environments of
    every language: they are configured alike, and a language's words come
    in at render time (its translations are the environment's globals)."""

    def __init__(self) -> None:
        self._code: dict[tuple[str, str | None], bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        found = self._code.get((bucket.key, bucket.checksum))
        if found is not None:
            bucket.bytecode_from_string(found)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[(bucket.key, bucket.checksum)] = bucket.bytecode_to_string()


_COMPILED = _CompiledTemplates()


def environment(trans: NullTranslations) -> jinja2.Environment:
    env = jinja2.Environment(
        bytecode_cache=_COMPILED,
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # the templates do not change during a build: no stat per page
    )
    env.install_gettext_translations(trans, newstyle=True)  # type: ignore[attr-defined]
    gettext, ngettext = memoised_gettext(trans)
    env.globals.update(_=gettext, gettext=gettext, ngettext=ngettext)
    # the macros of macros.html as Python functions (html.py), for the pages
    # there are thousands of: a call costs a fraction of a macro's
    env.globals.update(
        content_html=lambda t: Markup(content_html(t, gettext)),
        date_html=lambda value, attr: Markup(date_html(value, attr)),
    )
    return env


def memoised_gettext(
    trans: NullTranslations,
) -> tuple[Callable[..., Markup], Callable[..., Markup]]:
    """``_`` and ``ngettext`` for the templates: what ``jinja2.ext.i18n``'s
    newstyle functions return with autoescape on (every template is ``.html``),
    ``Markup(translation) % variables``, with the result of each call of ``_``
    kept per message and variables (the base template asks for the same twenty
    messages on every page, two of them with the site's name). A variable's
    type is part of the key: a ``str`` is escaped, an equal ``Markup`` not."""
    memo: dict[Any, Markup] = {}
    translate = trans.gettext
    translate_n = trans.ngettext

    def gettext(message: str, /, **variables: Any) -> Markup:
        key: Any = message
        if variables:
            key = (message, *sorted((k, type(v), v) for k, v in variables.items()))
        try:
            found = memo.get(key)
        except TypeError:  # a variable that cannot be a key
            return Markup(translate(message)) % variables
        if found is None:
            found = memo[key] = Markup(translate(message)) % variables
        return found

    def ngettext(singular: str, plural: str, num: int, /, **variables: Any) -> Markup:
        variables.setdefault("num", num)
        return Markup(translate_n(singular, plural, num)) % variables

    return gettext, ngettext


def paragraphs_of(source: SourceArticle) -> list[list[tuple[int, str]]]:
    """The sentences of an article by paragraph, as (index, text); no empty paragraph."""
    paragraphs: list[list[tuple[int, str]]] = [[] for _ in source.paragraphs]
    for sentence in source.sentences:
        while sentence.paragraph >= len(paragraphs):
            paragraphs.append([])
        paragraphs[sentence.paragraph].append((sentence.index, sentence.text))
    return [p for p in paragraphs if p]


@dataclass(frozen=True)
class SourceShared:
    """What the pages of one article have in common in every language."""

    story: Story | None
    copies: list[SourceArticle]
    origin: SourceArticle | None
    cited: list[EntryFacts]  # the first CITED_LIMIT entries citing it
    citing: int  # how many entries cite it
    data: bytes  # the page cache's inputs (empty without a cache)
    article: Callable[[], Markup]  # its text as HTML (when shown whole), made when first asked for
    whole: bool  # the whole text is published (settings, sources.yaml)
    cited_sentences: list[tuple[int, str, str | None]]  # index, text, link into the original
    license: str | None
    # an undated article's claims that need its date: index, text, claimant, link
    undated: list[tuple[int, str, str | None, str | None]]


class LanguageSite:
    """Pages of one language."""

    def __init__(
        self,
        site: Site,
        index: SiteIndex,
        lang: str,
        pages: Sequence[HandWrittenPage],
        stats: Callable[[], dict[str, dict[str, int]]],
        fingerprint: str = "",
    ) -> None:
        self.site = site
        self.index = index
        self.lang = lang
        self.settings = site.settings
        self.trans = i18n.translations(lang)
        self.env = environment(self.trans)
        self.gettext: Callable[..., Markup] = self.env.globals["_"]  # type: ignore[assignment]
        self.ngettext: Callable[..., Markup] = self.env.globals["ngettext"]  # type: ignore[assignment]
        self.claim_words = claim_words(self.gettext, self.trans.gettext)
        self.source_words = source_words(self.gettext)
        self.views = LanguageViews(lang, self.trans, index)
        self.site_name = i18n.translate_content(self.trans, self.settings.site_name, lang)[0]
        self.hand_written = pages
        self.stats = stats
        self.languages = [(code, i18n.language_name(code)) for code in self.settings.languages]
        self.direction = i18n.text_direction(lang)
        self._templates: dict[str, jinja2.Template] = {}
        self._chrome: dict[str, dict[str, Any]] = {}
        self._links: dict[str, Links] = {}
        self.cache_base = fingerprint + repr(
            (lang, self.direction, self.site_name, self.languages, CSP)
        )

    def chrome_of(self, path: str) -> dict[str, Any]:
        """What every page of this language in the folder of ``path`` has
        alike: the language's constants, and ``chrome``, the parts of
        base.html whose links are the same from every page of that folder
        (chrome.html), rendered once per folder."""
        folder = os.path.dirname(urls.file_of(path))
        found = self._chrome.get(folder)
        if found is not None:
            return found
        site = self.site
        values: dict[str, Any] = {
            "lang": self.lang,
            "dir": self.direction,
            "site_name": self.site_name,
            "languages": self.languages,
            "csp": CSP,
            "feed_rss": site.absolute(urls.feed(self.lang, "rss")),
            "feed_atom": site.absolute(urls.feed(self.lang, "atom")),
            "home_path": urls.home(self.lang),
            "browse_path": urls.page(self.lang, BROWSE_SLUG),
            "search_path": urls.page(self.lang, SEARCH_SLUG),
            "about_path": urls.page(self.lang, ABOUT_SLUG),
            "exports": [
                ("timeline.json", urls.export("timeline.json")),
                ("timeline.csv", urls.export("timeline.csv")),
                ("timeline-excel.csv", urls.export(export.EXCEL_CSV)),
                ("timelinejs.json", urls.home(self.lang) + urls.export("timelinejs.json")),
            ],
        }
        url = self.links_of(path).url
        parts: Any = self.template("chrome.html").make_module(
            {
                **values,
                "url": url,
                "asset": lambda name_: url(urls.asset(name_)),
            }
        )
        values["chrome"] = {
            "meta": parts.meta(),
            "head": parts.head(),
            "top": parts.top(),
            "footer": parts.footer(),
        }
        self._chrome[folder] = values
        return values

    def links_of(self, path: str) -> Links:
        """The links from the page at ``path``: one ``Links`` per folder."""
        folder = os.path.dirname(urls.file_of(path))
        found = self._links.get(folder)
        if found is None:
            found = self._links[folder] = Links(partial(self.site.link, path))
        return found

    def template(self, name: str) -> jinja2.Template:
        found = self._templates.get(name)
        if found is None:
            found = self.env.get_template(name)
            self._templates[name] = found
        return found

    def render(
        self,
        name: str,
        path_in: Callable[[str], str],
        title: str,
        description: str = "",
        og_type: str = "website",
        key: str = "",
        **context: Any,
    ) -> None:
        """Render template ``name`` for the page whose path in a language is
        ``path_in(lang)``, and write it. ``key`` is the page's cache key when
        the caller made it from the page's inputs (and found no page to
        reuse); otherwise the key is made from the context here."""
        site = self.site
        path = path_in(self.lang)
        cache = site.cache
        if cache.enabled and not key:
            paths = tuple(path_in(code) for code in self.settings.languages)
            key = pagecache.page_key(
                self.cache_base,
                name,
                {
                    **context,
                    " page": (paths, title, description, og_type),
                },
            )
            if cache.reuse(path, key, site.target(path)):
                site.pages.append(Written(path, self.lang))
                return
        alternates = [(code, site.absolute(path_in(code))) for code in self.settings.languages]
        links = self.links_of(path)
        url = links.url
        default = self.settings.default_language
        switcher = [(code, name_, url(path_in(code))) for code, name_ in self.languages]
        canonical = site.absolute(path)
        html = self.template(name).render(
            self.chrome_of(path),
            title=title,
            description=description,
            og_type=og_type,
            canonical=canonical,
            page_links=page_links_html(canonical, alternates, site.absolute(path_in(default))),
            page_title=page_title_html(title, self.site_name, description),
            page_og=page_og_html(title, self.site_name, description, og_type, canonical, self.lang),
            switcher=switcher_html(self.lang, switcher),
            url=url,
            asset=lambda name_: url(urls.asset(name_)),
            entry_list=lambda groups: entry_list_html(groups, links, self.gettext),
            source_list=lambda refs: source_list_html(refs, links),
            named_links=lambda named: named_links_html(named, links),
            **context,
        )
        target = site.write(path, html, self.lang)
        if key:
            cache.record(path, key, target)

    # --- pages -------------------------------------------------------------

    def write_all(self) -> None:
        self.lists()
        self.entries()
        self.sources()

    def lists(self) -> None:
        """Every page but the entries and sources."""
        self.home()
        self.years()
        self.browse()
        self.types_and_places()
        self.hand_written_pages()
        self.search()
        self.redirects()

    def _list_context(self, chunk: Sequence[EntryFacts]) -> dict[str, Any]:
        return {"groups": self.views.grouped(chunk)}

    def home(self) -> None:
        gettext = self.trans.gettext
        chosen, more = home_selection(self.index, HOME_LIMIT)
        years = [
            (self.views.year_label(year), urls.year(self.lang, year), self.views.number(len(items)))
            for year, items in self.index.by_year.items()
        ]
        self.render(
            "home.html",
            urls.home,
            title=self.site_name,
            description=gettext(
                "A dated, attributed timeline of the conflict, built from news reports."
            ),
            more=more,
            years=years,
            total=self.views.number(len(self.index.facts)),
            total_n=len(self.index.facts),
            **self._list_context(chosen),
        )

    def _paginated(
        self,
        base: Callable[[str], str],
        items: Sequence[EntryFacts],
        title: str,
        heading: str,
        description: str,
        kind: str,
    ) -> None:
        chunks = pages_of(items)
        for number, chunk in enumerate(chunks, start=1):

            def path_in(code: str, number: int = number) -> str:
                return paged(base(code), number)

            pager = [(n, paged(base(self.lang), n)) for n in range(1, len(chunks) + 1)]
            page_title = title
            if len(chunks) > 1:
                page_title = self.trans.gettext("%(title)s, page %(number)s") % {
                    "title": title,
                    "number": self.views.number(number),
                }
            hit, key = False, ""
            if self.site.cache.enabled:
                # everything the page is made from: keep in step with the context below
                inputs = (
                    [path_in(code) for code in self.settings.languages],
                    pager,
                    (page_title, heading, description, kind, len(items), number),
                    [self.facts_digest(f) for f in chunk],
                )
                data = pagecache.inputs_bytes(inputs)
                hit, key = self.reused("list.html", path_in(self.lang), data)
            if hit:
                continue
            self.render(
                "list.html",
                path_in,
                key=key,
                title=page_title,
                heading=heading,
                description=description,
                kind=kind,
                count=self.views.number(len(items)),
                count_n=len(items),
                pager=pager if len(chunks) > 1 else [],
                current=number,
                **self._list_context(chunk),
            )

    def years(self) -> None:
        gettext = self.trans.gettext
        for year, items in self.index.by_year.items():
            if self.views.is_decade(year):
                period = self.views.year_label(year)
                title = gettext("Events: %(period)s") % {"period": period}
                description = gettext(
                    "Every entry of the timeline dated only to this decade: %(period)s."
                ) % {"period": period}
            else:
                title = gettext("Events of %(year)s") % {"year": str(year)}
                description = gettext("Every entry of the timeline dated in %(year)s.") % {
                    "year": str(year)
                }
            self._paginated(
                partial(urls.year, value=year), items, title, title, description, "year"
            )

    def types_and_places(self) -> None:
        gettext = self.trans.gettext
        for type_id, items in self.index.by_type.items():
            label = self.views.type_label(type_id)
            self._paginated(
                partial(urls.event_type, type_id=type_id),
                items,
                gettext("Type: %(type)s") % {"type": label},
                label,
                gettext("Entries of the type %(type)s.") % {"type": label},
                "type",
            )
        for place, items in self.index.by_place.items():
            name = self.views.place(place).text
            self._paginated(
                partial(urls.place, place_id=place),
                items,
                gettext("Place: %(place)s") % {"place": name},
                name,
                gettext("Entries that took place in or near %(place)s.") % {"place": name},
                "place",
            )

    def reused(self, name: str, path: str, data: bytes) -> tuple[bool, str]:
        """Look a page up in the cache by everything it is made from (``data``,
        ``pagecache.inputs_bytes`` of its inputs, besides the language's
        fingerprint): (whether the previous build's page was linked, the key to
        record a rendered page under)."""
        cache = self.site.cache
        if not cache.enabled:
            return False, ""
        key = pagecache.key_of(self.cache_base, name, data)
        if cache.reuse(path, key, self.site.target(path)):
            self.site.pages.append(Written(path, self.lang))
            return True, key
        return False, key

    def entry_data(self, facts: EntryFacts) -> bytes:
        """``entry_inputs`` as the page cache hashes them (the same in every
        language); empty without a cache."""
        if not self.site.cache.enabled:
            return b""
        return pagecache.inputs_bytes(self.entry_inputs(facts))

    def entry_inputs(self, facts: EntryFacts) -> tuple[Any, ...]:
        """Everything an entry page is made from: the entry and its facts, every
        article it or its claims cite or quote (whole), the names of every place
        it or its claims name. Keep in step with ``entries`` and ``html.claim_html``."""
        entry = facts.entry
        claims = entry.claims
        cited = {*entry.sources, *(s for c in claims for s in c.sources)}
        cited.update(q.source for c in claims for q in c.quotes)
        places = sorted({*entry.places, *(p for c in claims for p in c.places)})
        names = self.index.timeline.place_names
        claimants = self.index.timeline.claimant_actors
        speakers = sorted({c.claimant for c in claims if c.claimant})
        bodies = self.index.timeline.claimant_bodies
        people = self.index.timeline.claimant_people
        named = [(c, claimants.get(c), bodies.get(c), people.get(c)) for c in speakers]
        actors = self.index.timeline.actors
        return (
            self.facts_digest(facts),
            [(s, self.source_digest(s)) for s in sorted(cited)],
            [(p, names.get(p)) for p in places],
            named,
            sorted(actors.items()),
        )

    def facts_digest(self, facts: EntryFacts) -> str:
        """A digest of an entry's facts: the entry's digest, every other field
        beside it (made once per entry and process: list pages ask for it
        again and again)."""
        entry = facts.entry
        found = self.site.known_digest("entry", entry.id)
        if found is None:
            rest = [getattr(facts, name) for name in _FACTS_FIELDS]
            found = self.site.digest("entry", entry.id, (self.site.entry_digest(entry), rest))
        return found

    def source_digest(self, source_id: str) -> str | None:
        source = self.index.sources.get(source_id)
        return None if source is None else self.site.digest("source", source_id, source)

    def entries(self, part: int = 0, parts: int = 1) -> None:
        """Entry pages (every ``parts``-th from ``part``)."""
        for facts in self.index.facts[part::parts]:
            self.entry(facts, self.entry_data(facts))

    def entry(self, facts: EntryFacts, data: bytes) -> None:
        """The page of one entry; ``data`` is its ``entry_data``."""
        views = self.views
        entry = facts.entry
        path = urls.entry(self.lang, entry.id)
        hit, key = self.reused("entry.html", path, data)
        if hit:
            return
        item = views.item(facts)
        summary = self.index.summary(facts)  # made once for all its languages
        sources = [
            source_ref(views, self.index.sources[s])
            for s in entry.sources
            if s in self.index.sources
        ]
        count = len(sources)
        year_label = views.year_label(facts.year)
        page = EntryPage(
            item=item,
            summary=summary,
            entry_date=entry.date,
            labels=self.outlet_labels(entry),
            sources=sources,
            type_path=urls.event_type(self.lang, entry.type),
            year_path=urls.year(self.lang, facts.year),
            period=self.gettext("All entries: %(period)s", period=year_label)
            if views.is_decade(facts.year)
            else self.gettext("All of %(year)s", year=str(facts.year)),
            year_label=year_label,
            place_names=" · ".join(views.place(p).text for p in entry.places),
            articles=self.ngettext("%(num)s article", "%(num)s articles", count, num=count),
        )
        self.render(
            "entry.html",
            partial(urls.entry, entry_id=entry.id),
            title=item.headline.text,
            description=f"{item.date} — {item.type_label}",
            og_type="article",
            body=entry_body_html(page, views, self.links_of(path), self.claim_words, self.gettext),
            jsonld=Markup(event_jsonld(views, entry, self.site.absolute(path), item.headline)),
            key=key,
        )

    def outlet_labels(self, entry: Entry) -> dict[str, str]:
        """How the entry page names each article it links to: its outlet (or
        agency), numbered when two share one; "article 2" when it names none."""
        sources = self.index.sources
        ids = [*entry.sources]
        ids += [s for c in entry.claims for s in (*c.sources, *(q.source for q in c.quotes))]
        labels: dict[str, str] = {}
        used: dict[str, int] = {}
        for number, source_id in enumerate(dict.fromkeys(ids), start=1):
            source = sources.get(source_id)
            if source is None:
                continue
            name = source.outlet or source.wire
            if not name:
                name = self.trans.gettext("article %(num)s") % {"num": self.views.number(number)}
            used[name] = used.get(name, 0) + 1
            labels[source_id] = name if used[name] == 1 else f"{name} ({used[name]})"
        return labels

    def headlines(self) -> dict[str, str]:
        """Entry id -> the headline its page gives in this language (feeds use them)."""
        return {f.entry.id: self.views.headline(f).text for f in self.index.facts}

    def sources(self, part: int = 0, parts: int = 1) -> None:
        """Source pages (every ``parts``-th from ``part``)."""
        for source in published_sources(self.index.timeline)[part::parts]:
            self.source(source, self.source_shared(source))

    def source_shared(self, source: SourceArticle) -> SourceShared:
        """What the pages of ``source`` share in every language."""
        story, copies = self.index.story_members(source.id)
        citing = self.index.entries_of_source.get(source.id, [])
        cited = [self._facts[e.id] for e in citing[:CITED_LIMIT]]
        origin = None
        if story is not None and story.origin != source.id:
            origin = self.index.sources.get(story.origin)
        index = self.index
        whole = index.full_text.get(source.file, self.settings.full_text)
        texts = {s.index: s.text for s in source.sentences}
        sentences = [
            (n, texts[n], text_fragment(source.url, texts[n]) if source.url else None)
            for n in index.cited_sentences.get(source.id, [])
            if n in texts
        ]
        license = index.licenses.get(source.file)
        undated = [
            (
                c.sentence,
                c.text,
                c.claimant,
                text_fragment(source.url, c.text) if source.url else None,
            )
            for c in index.timeline.undated.get(source.id, ())
        ]
        data = b""
        if self.site.cache.enabled:
            # everything the page is made from: keep in step with ``source``
            inputs = (
                self.source_digest(source.id),
                story,
                [self.source_digest(c.id) for c in copies],
                self.source_digest(origin.id) if origin else None,
                [self.facts_digest(f) for f in cited],
                [self.source_digest(s) for f in cited for s in f.entry.sources],
                len(citing),
                whole,
                [n for n, _, _ in sentences],
                license,
                [(n, claimant) for n, _, claimant, _ in undated],
            )
            data = pagecache.inputs_bytes(inputs)
        article = functools.cache(lambda: article_html(paragraphs_of(source)))
        return SourceShared(
            story,
            copies,
            origin,
            cited,
            len(citing),
            data,
            article,
            whole,
            sentences,
            license,
            undated,
        )

    def source(self, source: SourceArticle, shared: SourceShared) -> None:
        """The page of one article in this language."""
        views = self.views
        path = urls.source(self.lang, source.id)
        hit, key = self.reused("source.html", path, shared.data)
        if hit:
            return
        cited = [views.item(f) for f in shared.cited]
        more = shared.citing - len(cited)
        title = source_title(source)
        ref = source_ref(views, source)
        page = SourcePage(
            source=source,
            ref=ref,
            source_lang=source.language if source.language != self.lang else None,
            language_name=i18n.language_in(source.language, self.lang),
            published_from=views.published_from.get(
                source.published_from or ("header" if source.published_month else ""), ""
            ),
            month=views.date(parse_edtf(source.published_month))
            if source.published_month
            else None,
            license=shared.license,
            origin=source_ref(views, shared.origin) if shared.origin else None,
            copies=[source_ref(views, c) for c in shared.copies],
            cited=cited,
            more_cited=self.ngettext(
                "and %(num)s more entry", "and %(num)s more entries", more, num=views.number(more)
            )
            if cited and more
            else Markup(""),
            whole=shared.whole,
            article=shared.article() if shared.whole else Markup(""),
            sentences=shared.cited_sentences,
            undated=shared.undated,
        )
        self.render(
            "source.html",
            partial(urls.source, source_id=source.id),
            title=title,
            description=self.trans.gettext("A news article the timeline cites: %(title)s")
            % {"title": title},
            og_type="article",
            body=source_body_html(page, self.links_of(path), self.source_words, self.gettext),
            jsonld=Markup(article_jsonld(source, self.site.absolute(path))),
            key=key,
        )

    @property
    def _facts(self) -> dict[str, EntryFacts]:
        facts = getattr(self, "_facts_cache", None)
        if facts is None:
            facts = {f.entry.id: f for f in self.index.facts}
            self._facts_cache = facts
        return facts

    def browse(self) -> None:
        views = self.views
        gettext = self.trans.gettext
        types = [
            (views.type_label(t), urls.event_type(self.lang, t), views.number(len(items)))
            for t, items in self.index.by_type.items()
        ]
        places = [
            (views.place(p), urls.place(self.lang, p), views.number(len(items)))
            for p, items in self.index.by_place.items()
        ]
        years = [
            (views.year_label(y), urls.year(self.lang, y), views.number(len(items)))
            for y, items in self.index.by_year.items()
        ]
        self.render(
            "browse.html",
            partial(urls.page, slug=BROWSE_SLUG),
            title=gettext("Browse"),
            description=gettext("Browse the timeline by type of event, place and year."),
            types=types,
            places=places,
            years=years,
        )

    def search(self) -> None:
        gettext = self.trans.gettext
        self.render(
            "search.html",
            partial(urls.page, slug=SEARCH_SLUG),
            title=gettext("Search"),
            description=gettext("Search the timeline's entries and articles."),
            pagefind="pagefind/pagefind.js",
        )

    def hand_written_pages(self) -> None:
        by_slug: dict[str, dict[str, HandWrittenPage]] = {}
        for page in self.hand_written:
            by_slug.setdefault(page.slug, {})[page.lang] = page
        default = self.settings.default_language
        for slug, versions in sorted(by_slug.items()):
            page = versions.get(self.lang) or versions.get(default) or next(iter(versions.values()))
            self.render(
                "page.html",
                partial(urls.page, slug=slug),
                title=page.title,
                page_html=Markup(page.html),  # our own Markdown, not seed text
                page_lang=page.lang if page.lang != self.lang else None,
                show_stats=slug == ABOUT_SLUG,
                stats=self.stats() if slug == ABOUT_SLUG else {},
            )

    def redirects(self) -> None:
        gettext = self.trans.gettext
        for redirect in self.index.timeline.redirects:
            old = urls.entry(self.lang, redirect.old)
            new = urls.entry(self.lang, redirect.new)
            html = self.template("redirect.html").render(
                lang=self.lang,
                dir=self.direction,
                title=gettext("This entry has moved"),
                target=self.site.link(old, new),
                canonical=self.site.absolute(new),
                csp=CSP,
                favicon=self.site.link(old, "favicon.svg"),
            )
            self.site.write(old, html)


# --- files every language shares -------------------------------------------


#: What the about page counts per language, as its table's columns.
STATUS_KINDS = ("headlines", "summaries", "claims", "quotes")


def translation_stats(
    languages: Sequence[str], content: dict[str, dict[str, tuple[int, int]]]
) -> dict[str, dict[str, int]]:
    """Percent per language: the interface (catalog), and of what the pages
    show, how much is in the page's language (``content_progress``)."""
    stats: dict[str, dict[str, int]] = {}
    for lang in languages:
        done, total = i18n.catalog_progress(lang, i18n.INTERFACE_DIR, i18n.INTERFACE_DOMAIN)
        stats[lang] = {"interface": _percent(done, total)}
        for kind in STATUS_KINDS:
            stats[lang][kind] = _percent(*content.get(lang, {}).get(kind, (0, 0)))
    return stats


def _percent(done: int, total: int) -> int:
    return 100 if total == 0 else (done * 100) // total


def content_progress(
    index: SiteIndex, languages: Sequence[str]
) -> dict[str, dict[str, tuple[int, int]]]:
    """Per language and kind of text, (in the page's language, shown): the
    headlines (made in every language, or an article's own in it), the
    summaries (their sides' lead statements in the language), the claims
    (written in the language or translated into it) and the quotes (shown as
    their article words them: in the language only when the article is)."""
    timeline = index.timeline
    sources = index.sources
    leads = []
    for facts in index.facts:
        summary = summarize(facts.entry, timeline.actors, timeline.claimant_actors, 0)
        known = parties(timeline.actors)
        leads.append([a.lead for a in summary.accounts if a.side in known and a.lead])
    claims = [c for f in index.facts for c in f.entry.claims]
    written = {id(c): i18n.claim_language(c, sources) for c in claims}
    quotes = [sources[q.source].language for c in claims for q in c.quotes if q.source in sources]
    progress: dict[str, dict[str, tuple[int, int]]] = {}
    for lang in languages:
        lookup = i18n.content_lookup(i18n.translations(lang), lang)

        def shown_in(claim: Claim, lang: str = lang, lookup: Any = lookup) -> bool:
            return written[id(claim)] == lang or (
                lang != i18n.SOURCE_LANGUAGE and lookup(claim.text)[1]
            )

        progress[lang] = {
            "headlines": (len(index.facts), len(index.facts)),
            "summaries": (sum(all(shown_in(c) for c in found) for found in leads), len(leads)),
            "claims": (sum(shown_in(c) for c in claims), len(claims)),
            "quotes": (sum(q == lang for q in quotes), len(quotes)),
        }
    return progress


def write_root(site: Site, languages: Sequence[str], env: jinja2.Environment) -> None:
    default = languages[0]
    html = env.get_template("root.html").render(
        lang=default,
        dir=i18n.text_direction(default),
        title=site.settings.site_name,
        csp=CSP,
        target=site.link("", urls.home(default)),
        canonical=site.absolute(urls.home(default)),
        languages=[
            (code, i18n.language_name(code), site.link("", urls.home(code))) for code in languages
        ],
        favicon=site.link("", "favicon.svg"),
    )
    site.write("", html)


def sitemap_files(site_url: str, paths: Sequence[str]) -> dict[str, str]:
    """``sitemap.xml`` (an index when there are more than SITEMAP_CHUNK pages)."""
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'

    def urlset(chunk: Sequence[str]) -> str:
        rows = "".join(
            f"<url><loc>{xml_escape(urls.absolute(site_url, p))}</loc></url>\n" for p in chunk
        )
        return f"{head}<urlset {ns}>\n{rows}</urlset>\n"

    if len(paths) <= SITEMAP_CHUNK:
        return {"sitemap.xml": urlset(paths)}
    files: dict[str, str] = {}
    names = []
    for number, start in enumerate(range(0, len(paths), SITEMAP_CHUNK), start=1):
        name = f"sitemap-{number}.xml"
        files[name] = urlset(paths[start : start + SITEMAP_CHUNK])
        names.append(name)
    rows = "".join(
        f"<sitemap><loc>{xml_escape(urls.absolute(site_url, n))}</loc></sitemap>\n" for n in names
    )
    files["sitemap.xml"] = f"{head}<sitemapindex {ns}>\n{rows}</sitemapindex>\n"
    return files


def robots_txt(site_url: str) -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {urls.absolute(site_url, 'sitemap.xml')}\n"


def favicon_ico(svg_color: tuple[int, int, int] = (0x1F, 0x4E, 0x79), size: int = 32) -> bytes:
    """A small ICO (one 32-bit PNG image): a filled circle, made without any image library."""
    r, g, b = svg_color
    rows = []
    centre = (size - 1) / 2
    radius = size / 2 - 1
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            inside = (x - centre) ** 2 + (y - centre) ** 2 <= radius**2
            row += bytes([r, g, b, 255]) if inside else bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )
    header = struct.pack("<HHH", 0, 1, 1)
    entry = struct.pack("<BBBBHHII", size, size, 0, 0, 1, 32, len(png), 6 + 16)
    return header + entry + png


def copy_static(output: Path) -> None:
    """The theme's static files to ``theme/`` (Pelican does the same; same bytes)."""
    target = output / "theme"
    for file in sorted(STATIC.rglob("*")):
        if file.is_file():
            dest = target / file.relative_to(STATIC)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(file, dest)


Task = tuple[str, str, int, int]  # kind, language, part, parts


@dataclass
class Work:
    """What every process writing the site needs (a worker reads it from a pickle)."""

    timeline: Timeline
    pages: list[HandWrittenPage]
    settings: TimelineSettings
    output: Path
    index: SiteIndex
    cache: PageCache
    fingerprints: dict[str, str]


@dataclass
class Done:
    """What one process wrote: pages for the sitemap, page keys for the cache."""

    pages: list[Written]
    records: dict[str, Record]
    hits: int
    misses: int
    seconds: dict[str, float]  # wall time per kind of task


def tasks_of(settings: TimelineSettings, parts: int, exports: bool) -> list[Task]:
    """The work of a build, largest first, so that no process is left with a
    long task while the others are idle: ``timeline.json`` (one task, the
    largest), entry pages, list pages, sources, then the small exports. A task
    of entry or source pages writes one part of them in every language."""
    langs = settings.languages
    tasks: list[Task] = [("timeline.json", "", 0, 1)] if exports else []
    tasks += [("entries", "", p, parts) for p in range(parts)]
    tasks += [("lists", lang, 0, 1) for lang in langs]
    tasks += [("sources", "", p, parts) for p in range(parts)]
    if exports:
        tasks += [("timelinejs", lang, 0, 1) for lang in langs]
        tasks += [("timeline.csv", "", 0, 1)]
        tasks += [("feeds", lang, 0, 1) for lang in langs]
    return tasks


def write_entries(sites: Sequence[LanguageSite], part: int, parts: int) -> None:
    """Entry pages (every ``parts``-th from ``part``) in the language of each
    of ``sites``, entry by entry: what the languages share is made once."""
    first = sites[0]
    for facts in first.index.facts[part::parts]:
        data = first.entry_data(facts)
        for language in sites:
            language.entry(facts, data)


def published_sources(timeline: Timeline) -> list[SourceArticle]:
    """The articles that get a page: every one but those that could not be used, which
    readers have nothing to see of (the build report and timeline.json list them by
    name and reason)."""
    return [s for s in timeline.sources if s.status != "error"]


def write_sources(sites: Sequence[LanguageSite], part: int, parts: int) -> None:
    """Source pages (every ``parts``-th from ``part``) in the language of each
    of ``sites``, article by article: what the languages share is made once."""
    first = sites[0]
    for source in published_sources(first.index.timeline)[part::parts]:
        shared = first.source_shared(source)
        for language in sites:
            language.source(source, shared)


@contextmanager
def export_cache(work: Work, name: str, lang: str | None) -> Iterator[Cache | None]:
    """The cache of one export's encoded items (under CACHE_PATH, when the
    cache is on), salted with what the export is made with: the language's
    page fingerprint (code, templates, catalogs, settings) or, for the
    language-free ``timeline.json``, every language's. One task writes one
    export, so no two processes share a cache; it is swept when done."""
    settings = work.settings
    if not settings.use_cache or not work.fingerprints:
        yield None
        return
    salt = work.fingerprints.get(lang, "") if lang else "".join(sorted(work.fingerprints.values()))
    cache = Cache(settings.cache, f"export-{name}", salt)
    yield cache
    cache.sweep()


def run_tasks(work: Work, tasks: Sequence[Task], take: Callable[[], int]) -> Done:
    """Do ``tasks[take()]`` until ``take`` runs past the end."""
    site = Site(work.settings, work.output, PageCache(None, None, work.output))
    site.cache = work.cache
    work.cache.new = {}
    work.cache.hits = work.cache.misses = 0
    languages: dict[str, LanguageSite] = {}
    # the about pages' translation table: made by the process that writes one
    stats = functools.cache(
        lambda: translation_stats(
            work.settings.languages, content_progress(work.index, work.settings.languages)
        )
    )

    def language(lang: str) -> LanguageSite:
        found = languages.get(lang)
        if found is None:
            found = LanguageSite(
                site, work.index, lang, work.pages, stats, work.fingerprints.get(lang, "")
            )
            languages[lang] = found
        return found

    settings, timeline, output = work.settings, work.timeline, work.output
    # the entries' digests, for the caches of encoded exports and the page
    # cache: the pipeline's, or made once per process
    site.entry_digests.update(timeline.entry_digests)
    digests = partial(export.entry_digests, timeline, site.entry_digests)
    seconds: dict[str, float] = {}
    while (number := take()) < len(tasks):
        kind, lang, part, parts = tasks[number]
        started = time.perf_counter()
        if kind == "entries":
            write_entries([language(code) for code in settings.languages], part, parts)
        elif kind == "sources":
            write_sources([language(code) for code in settings.languages], part, parts)
        elif kind == "lists":
            language(lang).lists()
        elif kind == "timelinejs":
            # the default language's document is also /timelinejs.json
            also = (urls.export("timelinejs.json"),) if lang == settings.languages[0] else ()
            with export_cache(work, f"timelinejs-{lang}", lang) as cache:
                export.write_timelinejs(
                    timeline,
                    output,
                    lang,
                    settings.site_name,
                    also=also,
                    cache=cache,
                    digests=digests() if cache else None,
                    titles=language(lang).headlines(),
                )
        elif kind == "feeds":
            feeds.write_language_feeds(timeline, settings, output, lang, language(lang).headlines())
        elif kind == "timeline.json":
            with export_cache(work, "timeline-json", None) as cache:
                export.write_timeline_json(timeline, output, cache, digests() if cache else None)
        elif kind == "timeline.csv":
            with export_cache(work, "timeline-csv", None) as cache:
                export.write_csv(timeline, output, cache, digests() if cache else None)
        else:
            raise ValueError(f"unknown task {kind!r}")
        seconds[kind] = seconds.get(kind, 0.0) + time.perf_counter() - started
    return Done(site.pages, work.cache.new, work.cache.hits, work.cache.misses, seconds)


def _worker(receive: Any, send: Any, counter: Any) -> None:
    """A worker process. It is started before the timeline exists, so that
    starting an interpreter and importing the site's modules overlap the
    pipeline, which may meanwhile give it jobs: ``("call", function, args)``
    runs ``function(*args)`` and sends the result back. Then it waits for the
    site's work, ``("site", path of its pickle, tasks)``: it takes tasks from
    the shared counter, sends what it wrote and ends. ``None`` (or the other
    end closed): no more work, end."""
    tune_gc()  # a spawned process starts with the default thresholds
    try:
        while (message := receive.recv()) is not None:
            if message[0] == "call":
                _, function, args = message
                try:
                    send.send(("ok", function(*args)))
                except Exception:
                    send.send(("error", traceback.format_exc()))
                continue
            _, handoff, tasks = message
            with open(handoff, "rb") as handle:
                work = pickle.load(handle)
            done = run_tasks(work, tasks, partial(_take, counter))
            send.send(("ok", done))
            return
    except EOFError:
        return  # the build ended without giving work
    except BaseException:
        send.send(("error", traceback.format_exc()))
    finally:
        send.close()


class _Reply:
    """The result of a job given to a worker, received when asked for."""

    def __init__(self, receive: Any) -> None:
        self._receive = receive

    def result(self) -> Any:
        status, value = self._receive.recv()
        if status != "ok":
            raise RuntimeError(f"a job in the page writer failed:\n{value}")
        return value


def _take(counter: Any) -> int:
    with counter.get_lock():
        number = int(counter.value)
        counter.value = number + 1
    return number


def _gather(children: Sequence[tuple[Any, Any]]) -> list[Done]:
    """What each worker ``(process, the end of its pipe)`` wrote; an error
    names every worker that failed."""
    results, errors = [], []
    for child, receive in children:
        try:
            status, value = receive.recv()
        except EOFError:
            status, value = "error", "a worker ended without a result"
        child.join()
        if status == "ok" and child.exitcode == 0:
            results.append(value)
        else:
            errors.append(f"{value} (exit code {child.exitcode})")
    if errors:
        raise RuntimeError("writing the site failed in a worker:\n" + "\n".join(errors))
    return results


def _forked_worker(work: Work, tasks: Sequence[Task], counter: Any, send: Any) -> None:
    """A forked worker: the work is in its memory already. It logs plainly to
    standard error (a terminal's progress display belongs to the parent)."""
    for name in ("", "timeline", "pelican"):
        logging.getLogger(name).handlers = []
    logging.getLogger().addHandler(logging.StreamHandler())
    try:
        send.send(("ok", run_tasks(work, tasks, partial(_take, counter))))
    except BaseException:
        send.send(("error", traceback.format_exc()))
    finally:
        send.close()


def run_forked(work: Work, tasks: Sequence[Task], count: int) -> list[Done]:
    """Run ``tasks`` in this process and ``count`` forked ones, each taking the
    next task from a shared counter.

    For a rebuild that links most pages from the previous build: a forked
    worker shares this process's memory, so there is nothing to hand over
    (pickling and reading back the timeline cost more than the worker's share
    of such a build saves). A first build spawns its workers instead (see
    ``PageWriters``): forked, a worker's resident memory counts the parent's
    pages again. The collector is frozen across the fork so that the workers
    do not copy the pages it would otherwise touch."""
    context = multiprocessing.get_context("fork")
    counter = context.Value("q", 0)
    children = []
    gc.freeze()
    try:
        for _ in range(count):
            receive, send = context.Pipe(duplex=False)
            child = context.Process(
                target=_forked_worker, args=(work, tasks, counter, send), daemon=True
            )
            child.start()
            send.close()
            children.append((child, receive))
    finally:
        gc.unfreeze()
    try:
        results = [run_tasks(work, tasks, partial(_take, counter))]
        return [*results, *_gather(children)]
    finally:
        for child, _ in children:
            if child.is_alive():
                child.terminate()
                child.join()


class PageWriters:
    """Worker processes that help write the site, started early.

    They are spawned (fresh interpreters), not forked: a forked child would
    map all of this process's memory, the pipeline's included, and count it
    again in the build's peak RSS. A spawned worker needs about a second to
    start and import before it can help; started before the pipeline runs
    (``PageWriters(n)`` in the generator's first phase), that second is spent
    while the pipeline works, not while pages wait to be written.
    Until then the pipeline may give the first worker a job of its own
    (``submit``, as to an executor). ``run(work, tasks)`` writes in this
    process and the workers; ``close()`` ends workers that were never given
    work."""

    def __init__(self, count: int) -> None:
        context = multiprocessing.get_context("spawn")
        self._counter = context.Value("q", 0)
        self._children: list[tuple[Any, Any, Any]] = []  # process, to it, from it
        for _ in range(count):
            to_child, child_end = context.Pipe(duplex=False)
            from_child, send = context.Pipe(duplex=False)
            child = context.Process(
                target=_worker, args=(to_child, send, self._counter), daemon=True
            )
            child.start()
            to_child.close()
            send.close()
            self._children.append((child, child_end, from_child))

    def __len__(self) -> int:
        return len(self._children)

    def submit(self, function: Callable[..., Any], /, *args: Any) -> _Reply:
        """Run ``function(*args)`` in the first worker (picklable, like the
        arguments); ``.result()`` of what is returned waits for its value.
        One job at a time: ask for the result before submitting another."""
        _, to_child, from_child = self._children[0]
        to_child.send(("call", function, args))
        return _Reply(from_child)

    def run(self, work: Work, tasks: Sequence[Task]) -> list[Done]:
        """Run ``tasks`` in this process and every worker, each taking the next
        task from a shared counter; then end the workers."""
        with tempfile.TemporaryDirectory(prefix="timeline-site-") as folder:
            handoff = str(Path(folder) / "work.pickle")
            clock = time.perf_counter()
            with open(handoff, "wb") as handle:
                pickle.dump(work, handle, protocol=pickle.HIGHEST_PROTOCOL)
            logger.info("site: work handed over in %.2f s", time.perf_counter() - clock)
            try:
                for _, to_child, _ in self._children:
                    to_child.send(("site", handoff, tasks))
                results = [run_tasks(work, tasks, partial(_take, self._counter))]
                return [*results, *_gather([(child, end) for child, _, end in self._children])]
            finally:
                self.close()

    def close(self) -> None:
        """End every worker (one that waits for work is told there is none).

        A worker still starting (a spawned interpreter importing the plugin,
        slow on a loaded machine) reads the message once it is ready: it is
        given a minute for that before it is terminated."""
        for child, to_child, _ in self._children:
            if child.is_alive():
                with suppress(OSError):
                    to_child.send(None)
                child.join(timeout=60)
            if child.is_alive():
                child.terminate()
                child.join()
            to_child.close()
        self._children = []


def language_fingerprints(settings: TimelineSettings) -> dict[str, str]:
    """Per language: code, templates, that language's catalogs, settings."""
    shown = (
        settings.languages,
        settings.sort,
        settings.site_url,
        settings.site_name,
        settings.relative_urls,
        settings.feed_id_prefix,
        settings.feed_items,
    )
    return {
        lang: pagecache.fingerprint(
            TEMPLATES, (i18n.INTERFACE_DIR / lang, i18n.CONTENT_DIR / lang), (lang, shown)
        )
        for lang in settings.languages
    }


def publishing(index: SiteIndex, settings: TimelineSettings) -> None:
    """What sources.yaml lets the site publish of each article: its licence,
    and whether its whole text may be shown (``full_text``)."""
    found, _ = metadata.load_metadata(settings.seeds / "sources.yaml")
    index.licenses = {f: m.license for f, m in found.items() if m.license}
    index.full_text = {f: m.full_text for f, m in found.items() if m.full_text is not None}


def write_site(
    timeline: Timeline,
    pages: list[HandWrittenPage],
    settings: TimelineSettings,
    output: Path,
    exports: bool = False,
    writers: PageWriters | None = None,
) -> None:
    """Write every page of every language and the shared files; with
    ``exports``, also the feeds, ``timeline.json``, ``timeline.csv`` and the
    TimelineJS files. With ``settings.workers`` > 1 and a timeline of at least
    PARALLEL_FROM entries, in that many processes: ``writers`` started
    earlier (see ``PageWriters``; closed here in every case), or new ones."""
    clock = time.perf_counter()
    site = Site(settings, output)
    index = SiteIndex.build(timeline, newest_first=settings.sort == "newest")
    publishing(index, settings)
    cache = pagecache.for_build(
        settings.cache, settings.previous_output, output, settings.use_cache
    )
    fingerprints = language_fingerprints(settings) if cache.enabled else {}
    work = Work(timeline, pages, settings, output, index, cache, fingerprints)
    logger.info("site: index and page cache read in %.2f s", time.perf_counter() - clock)
    clock = time.perf_counter()
    workers = max(1, settings.workers)
    if workers > 1 and len(timeline.entries) >= PARALLEL_FROM:
        tasks = tasks_of(settings, 4 * workers, exports)
        if cache.rebuilds_previous:
            if writers is not None:
                writers.close()
            results = run_forked(work, tasks, workers - 1)
        else:
            writers = writers if writers else PageWriters(workers - 1)
            results = writers.run(work, tasks)
    else:
        if writers is not None:
            writers.close()
        tasks = tasks_of(settings, 1, exports)
        results = [run_tasks(work, tasks, iter(range(len(tasks) + 1)).__next__)]
    logger.info("site: tasks done in %.2f s", time.perf_counter() - clock)
    clock = time.perf_counter()
    records: dict[str, Record] = {}
    for number, done in enumerate(results):
        site.pages.extend(done.pages)
        records.update(done.records)
        spent = ", ".join(f"{kind} {took:.2f} s" for kind, took in done.seconds.items())
        logger.info("site: process %d wrote %d pages: %s", number, len(done.pages), spent)
    if cache.enabled:
        cache.save(records)
        hits = sum(d.hits for d in results)
        logger.info("page cache: %d pages reused, %d rendered", hits, len(site.pages) - hits)
    write_root(site, settings.languages, environment(i18n.translations(settings.languages[0])))
    paths = sorted(w.path for w in site.pages)
    for name, text in sitemap_files(settings.site_url, paths).items():
        site.write(name, text)
    site.write("robots.txt", robots_txt(settings.site_url))
    copy_static(output)
    shutil.copyfile(STATIC / "favicon.svg", output / "favicon.svg")
    (output / "favicon.ico").write_bytes(favicon_ico())
    logger.info("site: page cache, sitemap, static files in %.2f s", time.perf_counter() - clock)


__all__ = ["Text", "paged", "write_site"]
