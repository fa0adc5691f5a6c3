"""HTML fragments made in Python: the parts of a page repeated per item.

An entry page holds many claims, a list page 150 entries, a source page every
sentence of its article: made by a Jinja2 macro or loop, each item costs a
macro call and a context lookup per value. These functions give the markup
the templates gave (``text``, ``content`` and ``date`` are those of
``theme/templates/macros.html``, which the templates keep for single values;
tests/unit/test_html_fragments.py compares them), every value escaped, the page's links
made by ``Links`` and the interface's words by ``_`` (the templates' memoised
gettext, see ``site.memoised_gettext``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from . import urls
from .escape import esc
from .model import Claim, FuzzyDate, Quote, SourceArticle
from .render import (
    EntryItem,
    LanguageViews,
    SourceRef,
    Text,
    YearGroup,
    datetime_attr,
)
from .summary import PARTS_JOIN, Account, EntrySummary, FigureSeries, parties

Url = Callable[[str], str]
Gettext = Callable[..., Markup]


class Links:
    """Links from the pages of one folder in one language, each made once:
    a link depends only on the folder it is made from (``urls.relative``),
    and the pages of one folder (every entry page of a language, say) link
    to the same sources, places and lists again and again."""

    __slots__ = ("_anchors", "_folders", "_hrefs", "_link", "_named", "_urls")

    def __init__(self, link: Url) -> None:
        self._link = link  # from any page of the folder
        self._urls: dict[str, str] = {}
        self._folders: dict[str, str] = {}
        self._hrefs: dict[str, str] = {}
        self._anchors: dict[str, str] = {}
        self._named: dict[tuple[str, str, str | None], str] = {}

    def url(self, path: str) -> str:
        """The link to the site path ``path``, as the templates take it. A
        file's is the link to its folder and its name: the folder's is made
        once, so a link to one of thousands of pages (another language's
        version of each page, say) costs a concatenation."""
        folder, _, name = path.rpartition("/")
        if name and name not in (".", "..") and "#" not in path:
            prefix = self._folders.get(folder)
            if prefix is None:
                prefix = self._link(f"{folder}/" if folder else "")
                prefix = self._folders[folder] = "" if prefix == "./" else prefix
            return prefix + name
        found = self._urls.get(path)
        if found is None:
            found = self._urls[path] = self._link(path)
        return found

    def href(self, path: str) -> str:
        """``url(path)`` escaped for an attribute. A fragment (``#s12``, one
        sentence of a source page) is added to the page's link, so that the
        links to the sentences of one page share it."""
        found = self._hrefs.get(path)
        if found is not None:
            return found
        page, hash_, fragment = path.partition("#")
        if hash_:
            return f"{self.href(page)}#{esc(fragment)}"
        found = self._hrefs[path] = esc(self.url(path))
        return found

    def source(self, ref: SourceRef) -> str:
        """``<a>`` to a source page, named by its title."""
        found = self._anchors.get(ref.path)
        if found is None:
            lang = f' lang="{esc(ref.title_lang)}"' if ref.title_lang else ""
            found = f'<a href="{self.href(ref.path)}"{lang}>{esc(ref.title)}</a>'
            self._anchors[ref.path] = found
        return found

    def named(self, name: Text, path: str) -> str:
        """``<a>`` to ``path`` named ``name`` (a place, say)."""
        key = (path, name.text, name.lang)
        found = self._named.get(key)
        if found is None:
            found = self._named[key] = f'<a href="{self.href(path)}">{text_html(name)}</a>'
        return found


def text_html(text: Text) -> str:
    """``text`` of theme/templates/macros.html."""
    if text.lang:
        return f'<span lang="{esc(text.lang)}">{esc(text.text)}</span>'
    return esc(text.text)


@dataclass(frozen=True)
class ClaimWords:
    """The interface's words around the summary and the claims of an entry
    page, in one language, looked up once per language rather than once per
    claim."""

    glance: Markup
    said_on: str  # "said on %(date)s", not yet formatted
    untranslated: Markup
    inherited: Markup
    disputed: Markup
    disputed_note: str  # "The sides give different figures: %(kinds)s. ..."
    who: Markup
    reports: Markup
    wording: Markup
    side_of: str  # "%(kind)s (%(side)s)": a figure counting another side's people
    label: str  # "%(label)s:" (French puts a space before the colon)
    what_reports: Markup  # the heading of the claims
    sources: Markup  # the heading of the articles


def claim_words(_: Gettext, gettext: Callable[[str], str]) -> ClaimWords:
    """``_`` is the templates' memoised gettext; ``gettext`` the catalog's own,
    for the messages formatted per claim (plain calls, so pybabel extracts them)."""
    return ClaimWords(
        glance=_("At a glance"),
        said_on=gettext("said on %(date)s"),
        untranslated=_("(not yet translated)"),
        inherited=_("(the report's date; the text gives no other)"),
        disputed=_("disputed"),
        disputed_note=gettext(
            "The sides give different figures for: %(kinds)s. "
            "The timeline does not decide between them."
        ),
        who=_("Who says it:"),
        reports=_("What they report:"),
        wording=_("Original wording"),
        side_of=gettext("%(kind)s (%(side)s)"),
        label=gettext("%(label)s:"),
        what_reports=_("What the reports say"),
        sources=_("Sources"),
    )


def _figure_text(series: FigureSeries, views: LanguageViews) -> str:
    """``12 → 13``, each value with its qualifier ("at least 1"), the parts of one
    claim's value joined ("4 + 2")."""
    steps = []
    for step in series.values:
        parts = []
        for value, qualifier in step:
            text = views.number(value)
            if qualifier:
                text = f"{views.qualifiers.get(qualifier, qualifier)} {text}"
            parts.append(text)
        steps.append(PARTS_JOIN.join(parts))
    return " → ".join(steps)


def _figure_label(
    series: FigureSeries, side: str | None, views: LanguageViews, words: ClaimWords
) -> str:
    label = views.figures.get(series.kind, series.kind)
    if series.victims and series.victims != side:
        label = words.side_of % {"kind": label, "side": views.side_name(series.victims)}
    return label


def _figures_html(
    figures: Sequence[FigureSeries], side: str | None, views: LanguageViews, words: ClaimWords
) -> str:
    items = []
    for series in figures:
        label = words.label % {"label": _figure_label(series, side, views, words)}
        mark = f' <span class="disputed">{words.disputed}</span>' if series.disputed else ""
        items.append(
            f'<li><span class="figure-kind">{esc(label)}</span> '
            f"<strong>{esc(_figure_text(series, views))}</strong>{mark}</li>"
        )
    return f'<ul class="figures">{"".join(items)}</ul>' if items else ""


def _speakers(account: Account, views: LanguageViews, limit: int) -> str:
    """The first ``limit`` speakers of an account, and how many more: each name once
    (two claimants may be one body: "Минобороны Азербайджана", "Müdafiə Nazirliyi")."""
    named = list(
        dict.fromkeys(
            text_html(
                views.name(c, views.claimant_language(c, account), views.claimant_actor(c, account))
            )
            for c in account.claimants
            if c
        )
    )
    shown = ", ".join(named[:limit])
    if len(named) > limit:
        shown += ", " + esc(views.more(len(named) - limit))
    return shown


def summary_html(
    summary: EntrySummary, views: LanguageViews, links: Links, words: ClaimWords
) -> Markup:
    """The entry's summary: what happened, each side's account side by side,
    disputes, how many sources. Every word from data and the catalogs."""
    lang = views.lang
    out = [
        '<section class="entry-summary" aria-labelledby="glance">\n'
        f'<h2 id="glance">{words.glance}</h2>\n<p class="what">'
        f"<strong>{esc(views.type_label(summary.type))}</strong> · "
        f"{date_html(views.date(summary.date), datetime_attr(summary.date))}"
    ]
    if summary.places:
        places = ", ".join(links.named(views.place(p), urls.place(lang, p)) for p in summary.places)
        out.append(f" · {places}")
    out.append('</p>\n<div class="accounts">\n')
    others = []
    known = parties(views.index.timeline.actors)
    for account in summary.accounts:
        if account.side not in known:
            others.append(account)
            continue
        side = account.side
        out.append(
            f'<section class="account side-{esc(account.side)}" '
            f'aria-labelledby="a-{esc(account.side)}">\n'
            f'<h3 id="a-{esc(account.side)}">{esc(views.side_name(account.side))}</h3>\n'
        )
        speakers = _speakers(account, views, 2)
        if speakers:
            out.append(
                f'<p class="who"><span class="label" data-pagefind-ignore>{words.who}</span> '
                f"{speakers}</p>\n"
            )
        if account.lead is not None:
            text = views.content(account.lead.text, views.claim_language(account.lead))
            note = (
                ""
                if text.translated
                else f' <small class="untranslated">{words.untranslated}</small>'
            )
            out.append(f'<p class="lead">{text_html(text)}{note}</p>\n')
        if account.types:
            types = ", ".join(esc(views.type_label(t)) for t in account.types[:3])
            label = f'<span class="label" data-pagefind-ignore>{words.reports}</span>'
            out.append(f'<p class="reports">{label} {types}</p>\n')
        out.append(_figures_html(account.figures, side, views, words))
        out.append("</section>\n")
    out.append("</div>\n")
    if others:
        out.append('<ul class="others">\n')
        for account in others:
            label = words.label % {"label": views.side_name(account.side)}
            parts = [p for p in (_speakers(account, views, 3),) if p]
            if account.types:
                parts.append(", ".join(esc(views.type_label(t)) for t in account.types))
            figures = [
                f"{esc(words.label % {'label': _figure_label(f, None, views, words)})} "
                f"<strong>{esc(_figure_text(f, views))}</strong>"
                for f in account.figures
            ]
            parts.extend(figures)
            out.append(f'<li><span class="label">{esc(label)}</span> {" · ".join(parts)}</li>\n')
        out.append("</ul>\n")
    if summary.disputed:
        kinds = ", ".join(views.figures.get(k, k) for k in summary.disputed)
        out.append(f'<p class="note disputes">{esc(words.disputed_note % {"kinds": kinds})}</p>\n')
    out.append(
        f'<p class="counts">{esc(views.reported_by(summary.stories, summary.articles))}</p>\n'
    )
    out.append("</section>\n")
    return Markup("".join(out))


def accounts_html(
    summary: EntrySummary,
    entry_date: FuzzyDate,
    views: LanguageViews,
    links: Links,
    words: ClaimWords,
    labels: dict[str, str],
) -> Markup:
    """The claims of an entry page grouped by side, then by claimant, each
    claim once, near-identical quotes folded into one ``<details>``, each
    link to a sentence named by its article's outlet (``labels``)."""
    out: list[str] = []
    for account in summary.accounts:
        out.append(
            f'<div class="side-claims side-{esc(account.side)}">\n'
            f'<h3 id="s-{esc(account.side)}">{esc(views.side_name(account.side))}</h3>\n'
        )
        # the claims of each name shown, in the order the names come: two claimants'
        # words may name one body ("Минобороны Азербайджана", "Müdafiə Nazirliyi")
        groups: dict[str | None, list[Claim]] = {}
        for claimant, claims in account.by_claimant():
            heading = None
            if claimant is not None:
                heading = text_html(
                    views.name(
                        claimant,
                        views.claimant_language(claimant, account),
                        views.claimant_actor(claimant, account),
                    )
                )
            groups.setdefault(heading, []).extend(claims)
        order = {id(c): n for n, c in enumerate(account.claims)}
        for heading, claims in groups.items():
            claims.sort(key=lambda c: order[id(c)])
            if heading is not None:
                out.append(f'<h4 class="claimant">{heading}</h4>\n')
            out.append('<ol class="claims">\n')
            out.extend(claim_html(c, entry_date, views, links, words, labels) for c in claims)
            out.append("</ol>\n")
        out.append("</div>\n")
    return Markup("".join(out))


@dataclass(frozen=True)
class EntryPage:
    """What the body of one entry's page shows in one language."""

    item: EntryItem
    summary: EntrySummary
    entry_date: FuzzyDate
    labels: dict[str, str]  # each cited article's name on the page (``outlet_labels``)
    sources: Sequence[SourceRef]
    type_path: str
    year_path: str
    period: Markup  # the link to the entry's year: "All of 2021", "All entries: 1980s"
    year_label: str
    place_names: str  # "Lachin · Shusha", empty when it names none
    articles: Markup  # "3 articles"


def entry_body_html(
    page: EntryPage, views: LanguageViews, links: Links, words: ClaimWords, _: Gettext
) -> Markup:
    """The ``<article>`` of an entry page: its search metadata, date, type and
    year, headline, summary, claims by side and claimant, the articles."""
    item = page.item
    type_label = esc(item.type_label)
    out = [
        '<article class="entry-page">\n'
        f'<span hidden data-date="{esc(item.date)}" data-pagefind-meta="date[data-date]"></span>\n'
        f'<span hidden data-type="{type_label}" data-pagefind-meta="type[data-type]"></span>\n'
    ]
    if page.place_names:
        out.append(
            f'<span hidden data-place="{esc(page.place_names)}" '
            'data-pagefind-meta="place[data-place]"></span>\n'
        )
    out.append(
        f'<span hidden data-type="{type_label}" data-pagefind-filter="type[data-type]"></span>\n'
        f'<span hidden data-year="{esc(page.year_label)}" '
        'data-pagefind-filter="year[data-year]"></span>\n'
        f'<p class="meta" data-pagefind-ignore>{date_html(item.date, item.datetime)} · '
        f'<a href="{links.href(page.type_path)}">{type_label}</a> · '
        f'<a href="{links.href(page.year_path)}">{page.period}</a></p>\n'
        f"<h1>{content_html(item.headline, _)}</h1>\n"
    )
    out.append(summary_html(page.summary, views, links, words))
    out.append(f"<h2>{words.what_reports}</h2>\n")
    out.append(accounts_html(page.summary, page.entry_date, views, links, words, page.labels))
    out.append(
        f'<h2 id="articles">{words.sources}</h2>\n<details class="all-sources">\n'
        f'<summary>{page.articles}</summary>\n<ul class="sources">\n'
        f"{source_list_html(page.sources, links)}</ul>\n</details>\n</article>\n"
    )
    return Markup("".join(out))


def _similar(a: str, b: str) -> bool:
    """Near-identical wordings (copies of one wire sentence, edited)."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.5


def claim_html(
    claim: Claim,
    entry_date: FuzzyDate,
    views: LanguageViews,
    links: Links,
    words: ClaimWords,
    labels: dict[str, str],
) -> str:
    """One claim as a list item (every value escaped): what it says, its date
    when not the entry's, figures, places, the sentences it is read from
    (linked, named by outlet), their wordings folded."""
    sources = views.index.sources
    lang = views.claim_language(claim)
    text = views.content(claim.text, lang)
    disputed = claim.conflict_group is not None
    out = [f'<li class="claim{" is-disputed" if disputed else ""}">\n<p class="claim-text">']
    out.append(text_html(text))
    if not text.translated:
        out.append(f' <small class="untranslated">{words.untranslated}</small>')
    out.append("</p>\n")
    meta = []
    if claim.date != entry_date:
        meta.append(date_html(views.date(claim.date), datetime_attr(claim.date)))
    if claim.said_on:
        meta.append(esc(words.said_on % {"date": views.date(claim.said_on)}))
    for f in sorted(claim.figures):
        series = FigureSeries(f.kind, (((f.value, f.qualifier),),))
        label = words.label % {"label": views.figures.get(f.kind, f.kind)}
        meta.append(f"{esc(label)} <strong>{esc(_figure_text(series, views))}</strong>")
    if disputed:
        meta.append(f'<span class="disputed">{words.disputed}</span>')
    if claim.places:
        meta.append(
            ", ".join(links.named(views.place(p), urls.place(views.lang, p)) for p in claim.places)
        )
    if meta:
        out.append(f'<p class="claim-meta">{" · ".join(meta)}</p>\n')
    quoted = [q for q in claim.quotes if q.source in sources]
    cited = []
    seen: set[str] = set()
    for quote in quoted:
        href = links.href(urls.sentence(views.lang, quote.source, quote.sentence))
        if quote.source in seen:
            continue
        seen.add(quote.source)
        cited.append(f'<a href="{href}">{esc(labels.get(quote.source, quote.source))}</a>')
    for source_id in claim.sources:
        if source_id not in seen and source_id in sources:
            seen.add(source_id)
            href = links.href(urls.source(views.lang, source_id))
            cited.append(f'<a href="{href}">{esc(labels.get(source_id, source_id))}</a>')
    out.append(f'<div class="claim-foot">\n<p class="claim-sources">— {" · ".join(cited)}</p>\n')
    # wordings other than the text shown, near-identical ones folded into one
    clusters: list[list[Quote]] = []
    for quote in quoted:
        if quote.text == text.text:
            continue
        for cluster in clusters:
            if _similar(cluster[0].text, quote.text):
                cluster.append(quote)
                break
        else:
            clusters.append([quote])
    if clusters:
        out.append(f'<details class="wordings"><summary>{words.wording}</summary>\n')
        for cluster in clusters:
            language = sources[cluster[0].source].language
            attr = f' lang="{esc(language)}"' if language and language != views.lang else ""
            names = ", ".join(esc(labels.get(q.source, q.source)) for q in cluster)
            out.append(
                f"<blockquote{attr}><p>{esc(cluster[0].text)}</p></blockquote>\n"
                f'<p class="quoted-in">{names}</p>\n'
            )
        out.append("</details>\n")
    out.append("</div>\n</li>\n")
    return "".join(out)


def source_list_html(refs: Sequence[SourceRef], links: Links) -> Markup:
    """Articles as the items of a list: title (a link), outlet, date."""
    out = []
    for ref in refs:
        outlet = f" · {esc(ref.outlet)}" if ref.outlet else ""
        date = f" · {esc(ref.date)}" if ref.date else ""
        out.append(f"<li>{links.source(ref)}{outlet}{date}</li>\n")
    return Markup("".join(out))


def named_links_html(named: Sequence[tuple[Text, str]], links: Links) -> Markup:
    """Links named by seed text (places, say), separated by commas."""
    return Markup(", ".join(links.named(name, path) for name, path in named))


def page_links_html(
    canonical: str, alternates: Sequence[tuple[str, str]], x_default: str
) -> Markup:
    """The head's links to the page itself: canonical, then the page in every
    language (hreflang), then the default language's (x-default)."""
    out = [f'<link rel="canonical" href="{esc(canonical)}">\n']
    out.extend(
        f'<link rel="alternate" hreflang="{esc(code)}" href="{esc(href)}">\n'
        for code, href in alternates
    )
    out.append(f'<link rel="alternate" hreflang="x-default" href="{esc(x_default)}">\n')
    return Markup("".join(out))


def page_title_html(title: str, site_name: str, description: str) -> Markup:
    """The head's ``<title>`` (the page's, then the site's name unless they
    are the same) and its description."""
    text = esc(title) if title == site_name else f"{esc(title)} · {esc(site_name)}"
    out = f"<title>{text}</title>\n"
    if description:
        out += f'<meta name="description" content="{esc(description)}">\n'
    return Markup(out)


def page_og_html(
    title: str, site_name: str, description: str, og_type: str, canonical: str, lang: str
) -> Markup:
    """The head's Open Graph properties of the page."""
    out = (
        f'<meta property="og:type" content="{esc(og_type)}">\n'
        f'<meta property="og:title" content="{esc(title)}">\n'
        f'<meta property="og:site_name" content="{esc(site_name)}">\n'
        f'<meta property="og:url" content="{esc(canonical)}">\n'
        f'<meta property="og:locale" content="{esc(lang)}">\n'
    )
    if description:
        out += f'<meta property="og:description" content="{esc(description)}">\n'
    return Markup(out)


def switcher_html(lang: str, switcher: Sequence[tuple[str, str, str]]) -> Markup:
    """The language switcher's items: (code, name, link) of the page in every
    language, the page's own marked as the current one."""
    out = []
    for code, name, href in switcher:
        current = ' aria-current="page"' if code == lang else ""
        code = esc(code)
        out.append(
            f'<li><a href="{esc(href)}" hreflang="{code}" lang="{code}"{current}>'
            f"{esc(name)}</a></li>\n"
        )
    return Markup("".join(out))


def content_html(text: Text, _: Gettext) -> str:
    """``content`` of macros.html: the text, marked when not yet translated."""
    if text.translated:
        return text_html(text)
    untranslated = _("(not yet translated)")
    return f'{text_html(text)} <small class="untranslated">{untranslated}</small>'


def date_html(value: str, attr: str | None) -> str:
    """``date`` of macros.html: a ``<time>`` when the date has a machine value."""
    if attr:
        return f'<time datetime="{esc(attr)}">{esc(value)}</time>'
    return f'<span class="date">{esc(value)}</span>'


def entry_list_html(
    groups: Sequence[YearGroup], links: Links, _: Gettext, level: int = 2
) -> Markup:
    """A list of entries by year and month (home, year, type and place pages)."""
    out: list[str] = []
    for year in groups:
        anchor = f"y{esc(year.year)}-{level}"
        out.append(
            f'<section class="year" aria-labelledby="{anchor}">\n'
            f'<h{level} id="{anchor}"><a href="{links.href(year.path)}">'
            f"{esc(year.label)}</a></h{level}>\n"
        )
        for month in year.months:
            out.append(
                f'<h{level + 1} class="month">{esc(month.label)}</h{level + 1}>\n'
                '<ol class="entries">\n'
            )
            out.extend(_entry_item(e, links, _) for e in month.items)
            out.append("</ol>\n")
        out.append("</section>\n")
    return Markup("".join(out))


def _entry_item(e: EntryItem, links: Links, _: Gettext) -> str:
    date = date_html(e.date, e.datetime)
    headline = content_html(e.headline, _)
    return (
        f'<li class="entry type-{esc(e.type)}"><p class="meta">'
        f'{date} · <span class="type">{esc(e.type_label)}</span></p>\n'
        f'<p class="headline"><a href="{links.href(e.path)}">{headline}</a></p>\n'
        f'<p class="counts">{esc(e.counts)}</p></li>\n'
    )


def cited_html(items: Sequence[EntryItem], links: Links, _: Gettext) -> Markup:
    """The entries citing an article (source pages), one ``<li>`` a line."""
    return Markup(
        "".join(
            f"<li>{date_html(e.date, e.datetime)}: "
            f'<a href="{links.href(e.path)}">{content_html(e.headline, _)}</a></li>\n'
            for e in items
        )
    )


def article_html(paragraphs: Sequence[Sequence[tuple[int, str]]]) -> Markup:
    """The text of an article, one ``<p>`` a line, each sentence a ``<span>``
    with the id that quotes link to. The same in every language."""
    return Markup(
        "\n".join(
            "<p>"
            + " ".join(f'<span id="s{index}">{esc(sentence)}</span>' for index, sentence in p)
            + "</p>"
            for p in paragraphs
        )
    )


@dataclass(frozen=True)
class SourceWords:
    """The interface's words of a source page, in one language, looked up
    once per language rather than once per page."""

    news_article: Markup
    outlet: Markup
    agency: Markup
    author: Markup
    published: Markup
    not_known: Markup
    language: Markup
    original: Markup
    licence: Markup
    story: Markup
    copies: Markup
    earliest: Markup
    no_copy: Markup
    citing: Markup
    no_entry: Markup
    text: Markup
    no_text: Markup
    sentences: Markup
    note_linked: Markup
    note_unlinked: Markup
    in_original: Markup
    no_sentence: Markup
    need_date: Markup
    need_date_note: Markup


def source_words(_: Gettext) -> SourceWords:
    """``_`` is the templates' memoised gettext."""
    return SourceWords(
        news_article=_("News article"),
        outlet=_("Outlet"),
        agency=_("Agency"),
        author=_("Author"),
        published=_("Published"),
        not_known=_("not known"),
        language=_("Language"),
        original=_("Original"),
        licence=_("Licence"),
        story=_("Story"),
        copies=_(
            "This article is one of several copies or rewrites of one story; "
            "together they count as one independent source."
        ),
        earliest=_("Earliest version:"),
        no_copy=_("No other copy of this story was found."),
        citing=_("Entries citing this article"),
        no_entry=_("No entry cites this article."),
        text=_("Text of the article"),
        no_text=_("No usable text."),
        sentences=_("Sentences the timeline cites"),
        note_linked=_(
            "The timeline cites this article and links to it; its full text is on "
            "the publisher's site. Each link below opens the original at that "
            "sentence where the browser supports it."
        ),
        note_unlinked=_(
            "The timeline cites this article; the address of the original is not known."
        ),
        in_original=_("In the original"),
        no_sentence=_("No sentence of this article is cited."),
        need_date=_("Statements that need the article's date"),
        need_date_note=_(
            "Nothing says when this article was published, so the statements that "
            'date themselves from it ("on Tuesday", "yesterday") are kept here, '
            "not placed on the timeline."
        ),
    )


@dataclass(frozen=True)
class SourcePage:
    """What the body of one article's page shows in one language."""

    source: SourceArticle
    ref: SourceRef
    source_lang: str | None  # the article's language when not the page's
    language_name: str
    published_from: str  # where its date was read, "" when not said
    month: str | None  # its month, when only that is known
    license: str | None
    origin: SourceRef | None
    copies: Sequence[SourceRef]
    cited: Sequence[EntryItem]
    more_cited: Markup  # "and 3 more entries", empty when none
    whole: bool
    article: Markup  # the whole text (when ``whole``)
    sentences: Sequence[tuple[int, str, str | None]]  # index, text, link into the original
    undated: Sequence[tuple[int, str, str | None, str | None]]  # index, text, claimant, link


def _sentence_html(
    index: int, text: str, claimant: str | None, link: str | None, lang: str, words: SourceWords
) -> str:
    """One sentence of the article as a list item, with its claimant and link."""
    out = f'<li id="s{index}"><q{lang}>{esc(text)}</q>'
    if claimant:
        out += f' <span class="claimant"{lang}>({esc(claimant)})</span>'
    if link:
        out += f' <a href="{esc(link)}" rel="nofollow noopener noreferrer">{words.in_original}</a>'
    return out + "</li>\n"


def source_body_html(page: SourcePage, links: Links, words: SourceWords, _: Gettext) -> Markup:
    """The ``<article>`` of a source page: its facts, its story's other
    copies, the entries citing it, its text or cited sentences."""
    source, ref = page.source, page.ref
    lang = f' lang="{esc(page.source_lang)}"' if page.source_lang else ""
    news = words.news_article
    out = [f'<article class="source-page">\n<p class="meta" data-pagefind-ignore>{news}</p>\n']
    if ref.date:
        out.append(
            f'<span hidden data-date="{esc(ref.date)}" '
            'data-pagefind-meta="date[data-date]"></span>\n'
        )
    out.append(
        f'<span hidden data-type="{news}" data-pagefind-meta="type[data-type]"></span>\n'
        f'<span hidden data-type="{news}" data-pagefind-filter="type[data-type]"></span>\n'
        f'<h1{lang}>{esc(ref.title)}</h1>\n<dl class="facts" data-pagefind-ignore>\n'
    )
    if source.outlet:
        out.append(f"<dt>{words.outlet}</dt><dd>{esc(source.outlet)}</dd>")
    if source.wire:
        out.append(f"<dt>{words.agency}</dt><dd>{esc(source.wire)}</dd>")
    if source.author:
        out.append(f"<dt>{words.author}</dt><dd>{esc(source.author)}</dd>")
    out.append(f"<dt>{words.published}</dt><dd>")
    origin_note = f" <small>({esc(page.published_from)})</small>" if page.published_from else ""
    if ref.date and source.published:
        out.append(
            f'<time datetime="{esc(source.published.isoformat())}">{esc(ref.date)}</time>'
            + origin_note
        )
    elif page.month:
        out.append(
            f'<time datetime="{esc(source.published_month)}">{esc(page.month)}</time>' + origin_note
        )
    else:
        out.append(words.not_known)
    out.append(f"</dd>\n<dt>{words.language}</dt><dd>{esc(page.language_name)}</dd>\n")
    if source.url:
        url = esc(source.url)
        out.append(
            f"<dt>{words.original}</dt><dd>"
            f'<a href="{url}" rel="nofollow noopener noreferrer">{url}</a></dd>'
        )
    if page.license:
        out.append(f"<dt>{words.licence}</dt><dd>{esc(page.license)}</dd>")
    out.append(f"</dl>\n<h2>{words.story}</h2>\n")
    if page.copies:
        out.append(f"<p>{words.copies}</p>\n")
        if page.origin:
            out.append(f"<p>{words.earliest} {links.source(page.origin)}</p>")
        out.append(f'<ul class="sources">\n{source_list_html(page.copies, links)}</ul>\n')
    else:
        out.append(f"<p>{words.no_copy}</p>\n")
    out.append(f"<h2>{words.citing}</h2>\n")
    if page.cited:
        out.append(f'<ul class="sources">\n{cited_html(page.cited, links, _)}</ul>\n')
        if page.more_cited:
            out.append(f"<p>{page.more_cited}</p>")
    else:
        out.append(f"<p>{words.no_entry}</p>\n")
    if page.whole:
        out.append(f'<h2>{words.text}</h2>\n<div class="article-text"{lang}>\n')
        out.append(f"{page.article}\n" if page.article else f"<p>{words.no_text}</p>\n")
        out.append("</div>\n")
    else:
        note = words.note_linked if source.url else words.note_unlinked
        out.append(f'<h2>{words.sentences}</h2>\n<p class="note">{note}</p>\n')
        if page.sentences:
            out.append('<ol class="cited-sentences">\n')
            out.extend(
                _sentence_html(index, text, None, link, lang, words)
                for index, text, link in page.sentences
            )
            out.append("</ol>\n")
        else:
            out.append(f"<p>{words.no_sentence}</p>\n")
    if page.undated:
        out.append(
            f'<h2>{words.need_date}</h2>\n<p class="note">{words.need_date_note}</p>\n'
            '<ol class="cited-sentences">\n'
        )
        out.extend(
            _sentence_html(index, text, claimant, link, lang, words)
            for index, text, claimant, link in page.undated
        )
        out.append("</ol>\n")
    out.append("</article>\n")
    return Markup("".join(out))
