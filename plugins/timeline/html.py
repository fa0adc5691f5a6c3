"""HTML fragments made in Python: the parts of a page repeated per item.

An entry page holds many claims, a list page 150 entries, a source page every
sentence of its article: made by a Jinja2 macro, each item costs a macro call
and a context lookup per value. These functions give the same markup the
macros of ``theme/templates/macros.html`` gave, every value escaped, the
page's links made by ``url`` and the interface's words by ``_`` (the
templates' memoised gettext, see ``site.memoised_gettext``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from markupsafe import Markup, escape

from .render import ClaimView, EntryItem, Text, YearGroup

Url = Callable[[str], str]
Gettext = Callable[..., Markup]


def text_html(text: Text) -> str:
    """``text`` of theme/templates/macros.html."""
    if text.lang:
        return f'<span lang="{escape(text.lang)}">{escape(text.text)}</span>'
    return str(escape(text.text))


def claim_html(claim: ClaimView, url: Url, _: Gettext) -> Markup:
    """One claim of an entry page, as a block of HTML (every value escaped).

    The same markup a Jinja macro would give, made in Python because an entry
    page holds many claims: the page's links by ``url``, the interface's words
    by ``_`` (the templates' memoised gettext)."""
    # plain calls, not inside f-strings, so that pybabel extracts the messages
    date_label = _("Date")
    said_on = _("Said on")
    figures = _("Figures")
    places = _("Places")
    sources = _("Sources")
    read = _("Read this sentence in its article")
    out = ['<article class="claim">\n<p class="attribution">']
    if claim.claimant:
        out.append(_("According to %(claimant)s:", claimant=Markup(text_html(claim.claimant))))
    elif claim.attribution_outlet:
        out.append(_("As reported by %(outlet)s:", outlet=claim.attribution_outlet))
    else:
        out.append(_("As reported:"))
    out.append('</p>\n<p class="claim-text">')
    out.append(text_html(claim.text))
    if not claim.text.translated:
        untranslated = _("(not yet translated)")
        out.append(f' <small class="untranslated">{untranslated}</small>')
    out.append(f'</p>\n<dl class="facts">\n<dt>{date_label}</dt><dd>')
    if claim.datetime:
        out.append(f'<time datetime="{escape(claim.datetime)}">{escape(claim.date)}</time>')
    else:
        out.append(f'<span class="date">{escape(claim.date)}</span>')
    if claim.date_inherited:
        inherited = _("(the report's date; the text gives no other)")
        out.append(f" <small>{inherited}</small>")
    out.append("</dd>\n")
    if claim.said_on:
        out.append(f"<dt>{said_on}</dt><dd>{escape(claim.said_on)}</dd>")
    if claim.figures:
        out.append(f'<dt>{figures}</dt><dd><ul class="figures">')
        for f in claim.figures:
            qualifier = f"{escape(f.qualifier)} " if f.qualifier else ""
            out.append(f"<li>{qualifier}<strong>{escape(f.value)}</strong> {escape(f.label)}</li>")
        out.append("</ul></dd>")
    if claim.places:
        links = ", ".join(
            f'<a href="{escape(url(path))}">{text_html(name)}</a>' for name, path in claim.places
        )
        out.append(f"<dt>{places}</dt><dd>{links}</dd>")
    links = "; ".join(
        f'<a href="{escape(url(s.path))}"'
        + (f' lang="{escape(s.title_lang)}"' if s.title_lang else "")
        + f">{escape(s.title)}</a>"
        for s in claim.sources
    )
    out.append(f"<dt>{sources}</dt><dd>{links}</dd>\n</dl>\n")
    for q in claim.quotes:
        lang = f' lang="{escape(q.lang)}"' if q.lang else ""
        out.append(
            f"<blockquote{lang}><p>{escape(q.text)}</p></blockquote>\n"
            f'<p class="quote-link"><a href="{escape(url(q.path))}">'
            f"{read}</a></p>\n"
        )
    out.append("</article>\n")
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
        return f'<time datetime="{escape(attr)}">{escape(value)}</time>'
    return f'<span class="date">{escape(value)}</span>'


def entry_list_html(groups: Sequence[YearGroup], url: Url, _: Gettext, level: int = 2) -> Markup:
    """A list of entries by year and month (home, year, type and place pages)."""
    out: list[str] = []
    for year in groups:
        anchor = f"y{escape(year.year)}-{level}"
        out.append(
            f'<section class="year" aria-labelledby="{anchor}">\n'
            f'<h{level} id="{anchor}"><a href="{escape(url(year.path))}">'
            f"{escape(year.label)}</a></h{level}>\n"
        )
        for month in year.months:
            out.append(
                f'<h{level + 1} class="month">{escape(month.label)}</h{level + 1}>\n'
                '<ol class="entries">\n'
            )
            out.extend(_entry_item(e, url, _) for e in month.items)
            out.append("</ol>\n")
        out.append("</section>\n")
    return Markup("".join(out))


def _entry_item(e: EntryItem, url: Url, _: Gettext) -> str:
    date = date_html(e.date, e.datetime)
    headline = content_html(e.headline, _)
    return (
        f'<li class="entry type-{escape(e.type)}"><p class="meta">'
        f'{date} · <span class="type">{escape(e.type_label)}</span></p>\n'
        f'<p class="headline"><a href="{escape(url(e.path))}">{headline}</a></p>\n'
        f'<p class="counts">{escape(e.counts)}</p></li>\n'
    )


def cited_html(items: Sequence[EntryItem], url: Url, _: Gettext) -> Markup:
    """The entries citing an article (source pages), one ``<li>`` a line."""
    return Markup(
        "".join(
            f"<li>{date_html(e.date, e.datetime)}: "
            f'<a href="{escape(url(e.path))}">{content_html(e.headline, _)}</a></li>\n'
            for e in items
        )
    )


def article_html(paragraphs: Sequence[Sequence[tuple[int, str]]]) -> Markup:
    """The text of an article, one ``<p>`` a line, each sentence a ``<span>``
    with the id that quotes link to. The same in every language."""
    return Markup(
        "\n".join(
            "<p>"
            + " ".join(f'<span id="s{index}">{escape(sentence)}</span>' for index, sentence in p)
            + "</p>"
            for p in paragraphs
        )
    )
