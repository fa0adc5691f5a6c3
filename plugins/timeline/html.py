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
from .model import Claim
from .render import (
    ClaimGroup,
    EntryItem,
    LanguageViews,
    SourceRef,
    Text,
    YearGroup,
    datetime_attr,
    source_ref,
)

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
    """The interface's words around the claims of an entry page, in one
    language, looked up once per language rather than once per claim."""

    date: Markup
    said_on: Markup
    figures: Markup
    places: Markup
    sources: Markup
    read: Markup
    untranslated: Markup
    inherited: Markup
    as_reported: Markup
    disagree: Markup
    according: str  # "According to %(claimant)s:", translated, not yet formatted
    reported_by: str  # "As reported by %(outlet)s:", likewise


def claim_words(_: Gettext, gettext: Callable[[str], str]) -> ClaimWords:
    """``_`` is the templates' memoised gettext; ``gettext`` the catalog's own,
    for the messages formatted per claim (plain calls, so pybabel extracts them)."""
    return ClaimWords(
        date=_("Date"),
        said_on=_("Said on"),
        figures=_("Figures"),
        places=_("Places"),
        sources=_("Sources"),
        read=_("Read this sentence in its article"),
        untranslated=_("(not yet translated)"),
        inherited=_("(the report's date; the text gives no other)"),
        as_reported=_("As reported:"),
        disagree=_(
            "These reports disagree. They are shown side by side; "
            "the timeline does not decide between them."
        ),
        according=gettext("According to %(claimant)s:"),
        reported_by=gettext("As reported by %(outlet)s:"),
    )


def claims_html(
    groups: Sequence[ClaimGroup], views: LanguageViews, links: Links, words: ClaimWords
) -> Markup:
    """The claims of an entry page in order, those that disagree side by side
    in a section named by what they dispute."""
    out: list[str] = []
    for number, group in enumerate(groups, start=1):
        if group.conflict:
            out.append(
                f'<section class="conflict" aria-labelledby="c-{number}">\n'
                f'<h3 id="c-{number}" class="conflict-label">{esc(group.label)}</h3>\n'
                f'<p class="note">{words.disagree}</p>\n<div class="side-by-side">\n'
            )
            out.extend(claim_html(claim, views, links, words) for claim in group.claims)
            out.append("</div>\n</section>\n")
        else:
            out.extend(claim_html(claim, views, links, words) for claim in group.claims)
    return Markup("".join(out))


def claim_html(claim: Claim, views: LanguageViews, links: Links, words: ClaimWords) -> str:
    """One claim of an entry page in the language of ``views``, as a block of
    HTML (every value escaped): who says it, what, when, the figures, places
    and articles, and the sentences quoted from them."""
    sources = views.index.sources
    refs = [source_ref(views, sources[s]) for s in claim.sources if s in sources]
    out = ['<article class="claim">\n<p class="attribution">']
    lang = views.claim_language(claim)
    if claim.claimant:
        # Markup(template) % {name: Markup} gives these same characters
        claimant = views.name(claim.claimant, lang)
        out.append(words.according % {"claimant": text_html(claimant)})
    elif claim.claimant is None and refs and (refs[0].outlet or refs[0].title):
        out.append(words.reported_by % {"outlet": esc(refs[0].outlet or refs[0].title)})
    else:
        out.append(words.as_reported)
    text = views.content(claim.text, lang)
    out.append('</p>\n<p class="claim-text">')
    out.append(text_html(text))
    if not text.translated:
        out.append(f' <small class="untranslated">{words.untranslated}</small>')
    out.append(f'</p>\n<dl class="facts">\n<dt>{words.date}</dt><dd>')
    out.append(date_html(views.date(claim.date), datetime_attr(claim.date)))
    if claim.date_inherited:
        out.append(f" <small>{words.inherited}</small>")
    out.append("</dd>\n")
    if claim.said_on:
        out.append(f"<dt>{words.said_on}</dt><dd>{esc(views.date(claim.said_on))}</dd>")
    if claim.figures:
        out.append(f'<dt>{words.figures}</dt><dd><ul class="figures">')
        for f in sorted(claim.figures):
            qualifier = ""
            if f.qualifier:
                qualifier = f"{esc(views.qualifiers.get(f.qualifier, f.qualifier))} "
            value, label = views.number(f.value), views.figures.get(f.kind, f.kind)
            out.append(f"<li>{qualifier}<strong>{esc(value)}</strong> {esc(label)}</li>")
        out.append("</ul></dd>")
    if claim.places:
        places = ", ".join(
            links.named(views.place(p), urls.place(views.lang, p)) for p in claim.places
        )
        out.append(f"<dt>{words.places}</dt><dd>{places}</dd>")
    cited = "; ".join(links.source(ref) for ref in refs)
    out.append(f"<dt>{words.sources}</dt><dd>{cited}</dd>\n</dl>\n")
    # a sentence worded as the claim shown is not quoted again: its link
    # comes first, right under the claim; other wordings follow, quoted
    quoted = [q for q in claim.quotes if q.source in sources]
    for quote in sorted(quoted, key=lambda q: q.text != text.text):
        href = links.href(urls.sentence(views.lang, quote.source, quote.sentence))
        if quote.text != text.text:
            language = sources[quote.source].language
            lang = f' lang="{esc(language)}"' if language and language != views.lang else ""
            out.append(f"<blockquote{lang}><p>{esc(quote.text)}</p></blockquote>\n")
        out.append(f'<p class="quote-link"><a href="{href}">{words.read}</a></p>\n')
    out.append("</article>\n")
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
