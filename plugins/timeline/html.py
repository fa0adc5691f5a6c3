"""HTML fragments made in Python: the parts of a page repeated per item.

An entry page holds many claims, a list page 150 entries, a source page every
sentence of its article: made by a Jinja2 macro or loop, each item costs a
macro call and a context lookup per value. These functions give the markup
the templates gave (``text``, ``content`` and ``date`` are those of
``theme/templates/macros.html``, which the templates keep for single values;
tests/unit/test_html_fragments.py compares them), every value escaped, the page's links
made by ``url`` and the interface's words by ``_`` (the templates' memoised
gettext, see ``site.memoised_gettext``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from .render import ClaimGroup, ClaimView, EntryItem, Text, YearGroup

Url = Callable[[str], str]
Gettext = Callable[..., Markup]


def text_html(text: Text) -> str:
    """``text`` of theme/templates/macros.html."""
    if text.lang:
        return f'<span lang="{escape(text.lang)}">{escape(text.text)}</span>'
    return str(escape(text.text))


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


def claims_html(groups: Sequence[ClaimGroup], url: Url, words: ClaimWords) -> Markup:
    """The claims of an entry page in order, those that disagree side by side
    in a section named by what they dispute."""
    out: list[str] = []
    for number, group in enumerate(groups, start=1):
        if group.conflict:
            out.append(
                f'<section class="conflict" aria-labelledby="c-{number}">\n'
                f'<h3 id="c-{number}" class="conflict-label">{escape(group.label)}</h3>\n'
                f'<p class="note">{words.disagree}</p>\n<div class="side-by-side">\n'
            )
            out.extend(claim_html(claim, url, words) for claim in group.claims)
            out.append("</div>\n</section>\n")
        else:
            out.extend(claim_html(claim, url, words) for claim in group.claims)
    return Markup("".join(out))


def claim_html(claim: ClaimView, url: Url, words: ClaimWords) -> str:
    """One claim of an entry page, as a block of HTML (every value escaped)."""
    out = ['<article class="claim">\n<p class="attribution">']
    if claim.claimant:
        # Markup(template) % {name: Markup} gives these same characters
        out.append(words.according % {"claimant": text_html(claim.claimant)})
    elif claim.attribution_outlet:
        out.append(words.reported_by % {"outlet": escape(claim.attribution_outlet)})
    else:
        out.append(words.as_reported)
    out.append('</p>\n<p class="claim-text">')
    out.append(text_html(claim.text))
    if not claim.text.translated:
        out.append(f' <small class="untranslated">{words.untranslated}</small>')
    out.append(f'</p>\n<dl class="facts">\n<dt>{words.date}</dt><dd>')
    out.append(date_html(claim.date, claim.datetime))
    if claim.date_inherited:
        out.append(f" <small>{words.inherited}</small>")
    out.append("</dd>\n")
    if claim.said_on:
        out.append(f"<dt>{words.said_on}</dt><dd>{escape(claim.said_on)}</dd>")
    if claim.figures:
        out.append(f'<dt>{words.figures}</dt><dd><ul class="figures">')
        for f in claim.figures:
            qualifier = f"{escape(f.qualifier)} " if f.qualifier else ""
            out.append(f"<li>{qualifier}<strong>{escape(f.value)}</strong> {escape(f.label)}</li>")
        out.append("</ul></dd>")
    if claim.places:
        links = ", ".join(
            f'<a href="{escape(url(path))}">{text_html(name)}</a>' for name, path in claim.places
        )
        out.append(f"<dt>{words.places}</dt><dd>{links}</dd>")
    links = "; ".join(
        f'<a href="{escape(url(s.path))}"'
        + (f' lang="{escape(s.title_lang)}"' if s.title_lang else "")
        + f">{escape(s.title)}</a>"
        for s in claim.sources
    )
    out.append(f"<dt>{words.sources}</dt><dd>{links}</dd>\n</dl>\n")
    for q in claim.quotes:
        lang = f' lang="{escape(q.lang)}"' if q.lang else ""
        out.append(
            f"<blockquote{lang}><p>{escape(q.text)}</p></blockquote>\n"
            f'<p class="quote-link"><a href="{escape(url(q.path))}">'
            f"{words.read}</a></p>\n"
        )
    out.append("</article>\n")
    return "".join(out)


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
