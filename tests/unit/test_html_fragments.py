"""HTML fragments made in Python give the markup of the theme's macros."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from markupsafe import Markup, escape

from timeline import i18n
from timeline.html import (
    ClaimWords,
    Links,
    SourcePage,
    article_html,
    claim_words,
    content_html,
    date_html,
    entry_list_html,
    page_og_html,
    page_title_html,
    source_body_html,
    source_words,
)
from timeline.model import SourceArticle
from timeline.render import EntryItem, MonthGroup, SourceRef, Text, YearGroup
from timeline.site import environment, memoised_gettext

TEXTS = [
    Text("Shelling near Tavush", None, True),
    Text("Обстрел", None, True),
    Text("<b>Seed</b> & \"markup\" 'quoted'", "en", False),
    Text("Translated & kept", None, True),
    Text("untranslated, same language", None, False),
]


def macro(name: str, lang: str = "fr") -> Callable[..., Any]:
    env = environment(i18n.translations(lang))
    return getattr(env.get_template("macros.html").module, name)


@pytest.mark.parametrize("lang", ["en", "fr", "ru"])
@pytest.mark.parametrize("text", TEXTS)
def test_content_is_the_content_macro(text: Text, lang: str) -> None:
    gettext, _ = memoised_gettext(i18n.translations(lang))
    assert content_html(text, gettext) == str(macro("content", lang)(text))


@pytest.mark.parametrize(
    ("value", "attr"),
    [("16 November 2021", "2021-11-16"), ("the 1980s", None), ("<i>x</i> & y", "2020-11")],
)
def test_date_is_the_date_macro(value: str, attr: str | None) -> None:
    assert date_html(value, attr) == str(macro("date")(value, attr))


def test_article_text_escapes_sentences_and_keeps_their_ids() -> None:
    html = article_html([[(0, "First <script>."), (1, "Second & last.")], [(2, "Next.")]])
    assert html == (
        '<p><span id="s0">First &lt;script&gt;.</span> <span id="s1">Second &amp; last.</span></p>'
        '\n<p><span id="s2">Next.</span></p>'
    )
    assert isinstance(html, Markup)


def test_entry_list_escapes_seed_text_and_marks_untranslated_headlines() -> None:
    gettext, _ = memoised_gettext(i18n.translations("fr"))
    item = EntryItem(
        id="2021-11-16-aaaaaa",
        path="fr/entries/2021-11-16-aaaaaa.html",
        date="16 novembre 2021",
        datetime="2021-11-16",
        type="shelling",
        type_label="Bombardement",
        headline=Text("<img src=x> shelled", "en", False),
        stories=1,
        copies=2,
        counts="1 source indépendante, 2 articles",
    )
    month = MonthGroup("novembre 2021", "2021-11", [item])
    html = entry_list_html(
        [YearGroup(2021, "2021", "fr/years/2021/", [month])], Links(lambda p: p), gettext
    )
    assert "<img" not in html and "&lt;img src=x&gt; shelled" in html
    assert '<span lang="en">' in html and 'class="untranslated"' in html
    assert 'aria-labelledby="y2021-2"' in html and '<h2 id="y2021-2">' in html
    assert '<h3 class="month">novembre 2021</h3>' in html


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "hy", "az"])
def test_claim_words_are_the_catalog_messages(lang: str) -> None:
    trans = i18n.translations(lang)
    gettext, _ = memoised_gettext(trans)
    words = claim_words(gettext, trans.gettext)
    assert isinstance(words, ClaimWords)
    assert words.glance == gettext("At a glance")
    assert "%(kinds)s" in words.disputed_note and "%(date)s" in words.said_on
    assert words.label % {"label": "X"} == trans.gettext("%(label)s:") % {"label": "X"}


@pytest.mark.parametrize("page", ["en/entries/x.html", "fr/years/2021/", "ru/", "index.html"])
@pytest.mark.parametrize(
    "target",
    [
        "en/entries/y.html",
        "fr/entries/y.html",
        "en/sources/a_b.html#s12",
        "en/places/lachin-corridor/",
        "ru/",
        "",
        "favicon.svg",
        "theme/site.css",
        "fr/years/2021/",
        "fr/years/2021/index.html",
    ],
)
@pytest.mark.parametrize("relative", [True, False])
def test_links_are_the_links_made_one_by_one(page: str, target: str, relative: bool) -> None:
    """A link made from its folder's cached link is the one made on its own."""
    from timeline import urls

    def link(to: str) -> str:
        if relative:
            return urls.relative(page, to)
        return urls.absolute("https://example.org/timeline", to)

    links = Links(link)
    for _ in range(2):  # made, then from the cache
        assert links.url(target) == link(target)
        assert links.href(target) == str(escape(link(target)))


def _source_page(**changes: Any) -> SourcePage:
    """A source page of an English article seen from the French site."""
    source = SourceArticle(
        id="a1",
        file="a1.txt",
        content_hash="x",
        headline='Shelling <near> "Tavush"',
        published=dt.date(2021, 11, 16),
        published_from="header",
        outlet="Outlet & Co",
        url="https://example.org/a?b=1&c=2",
    )
    source = dataclasses.replace(source, **changes.pop("source_fields", {}))
    ref = SourceRef("a1", "fr/sources/a1.html", source.title, "en", source.outlet, "16 nov. 2021")
    values: dict[str, Any] = {
        "source": source,
        "ref": ref,
        "source_lang": "en",
        "language_name": "anglais",
        "published_from": "",
        "month": None,
        "license": None,
        "origin": None,
        "copies": [],
        "cited": [],
        "more_cited": Markup(""),
        "whole": False,
        "article": Markup(""),
        "sentences": [(3, "He said <no>.", "https://example.org/a#:~:text=He")],
        "undated": [],
    }
    values.update(changes)
    return SourcePage(**values)


@pytest.mark.parametrize(
    ("changes", "present", "absent"),
    [
        # seed text escaped, the sentence quoted in its language, linked at its text
        (
            {},
            [
                '<h1 lang="en">Shelling &lt;near&gt; &#34;Tavush&#34;</h1>',
                "<dd>Outlet &amp; Co</dd>",
                '<time datetime="2021-11-16">16 nov. 2021</time></dd>',
                '<li id="s3"><q lang="en">He said &lt;no&gt;.</q> '
                '<a href="https://example.org/a#:~:text=He" rel="nofollow noopener noreferrer">',
                'href="https://example.org/a?b=1&amp;c=2"',
            ],
            ["<no>", "article-text", "claimant"],
        ),
        # the whole text instead of the cited sentences; the page's own language
        (
            {
                "whole": True,
                "article": Markup('<p><span id="s0">Text.</span></p>'),
                "source_lang": None,
            },
            ['<div class="article-text">\n<p><span id="s0">Text.</span></p>\n</div>\n'],
            ["cited-sentences", ' lang="en"'],
        ),
        # an undated article: its month only, the claims that need its date
        (
            {
                "ref": SourceRef("a1", "fr/sources/a1.html", "T", None, None, None),
                "month": "novembre 2021",
                "source_fields": {"published": None, "published_month": "2021-11"},
                "published_from": "en-tête",
                "undated": [(5, "Yesterday <x>.", "Pashinyan & co", None)],
            },
            [
                '<time datetime="2021-11">novembre 2021</time> <small>(en-tête)</small>',
                '<li id="s5"><q lang="en">Yesterday &lt;x&gt;.</q> '
                '<span class="claimant" lang="en">(Pashinyan &amp; co)</span></li>\n',
            ],
            ["<x>", "data-date="],
        ),
    ],
)
def test_source_body_escapes_seed_text_and_shows_each_part(
    changes: dict[str, Any], present: list[str], absent: list[str]
) -> None:
    gettext, _ = memoised_gettext(i18n.translations("fr"))
    html = source_body_html(
        _source_page(**changes), Links(lambda p: p), source_words(gettext), gettext
    )
    assert isinstance(html, Markup)
    assert html.startswith('<article class="source-page">\n') and html.endswith("</article>\n")
    for part in present:
        assert part in html, part
    for part in absent:
        assert part not in html, part


@pytest.mark.parametrize(
    ("title", "site", "description", "expected"),
    [
        # the page's title, then the site's name
        (
            "Clashes <near> Lachin",
            "Timeline",
            "",
            "<title>Clashes &lt;near&gt; Lachin · Timeline</title>\n",
        ),
        # the home page is named by the site alone, once
        ("Timeline & co", "Timeline & co", "", "<title>Timeline &amp; co</title>\n"),
        # a description escaped; one from the catalog (Markup) as it is
        (
            "T",
            "S",
            'said "no"',
            '<title>T · S</title>\n<meta name="description" content="said &#34;no&#34;">\n',
        ),
        (
            "T",
            "S",
            Markup("<b>kept</b>"),
            '<title>T · S</title>\n<meta name="description" content="<b>kept</b>">\n',
        ),
    ],
)
def test_page_title_is_the_title_and_description_of_base_html(
    title: str, site: str, description: str, expected: str
) -> None:
    html = page_title_html(title, site, description)
    assert isinstance(html, Markup) and html == expected


@pytest.mark.parametrize(
    ("description", "last"),
    [
        ("", '<meta property="og:locale" content="fr">\n'),
        ("A & B", '<meta property="og:description" content="A &amp; B">\n'),
    ],
)
def test_page_og_gives_every_property_escaped(description: str, last: str) -> None:
    html = page_og_html(
        "Shelling <near> Tavush", "S", description, "article", "https://x.org/a?b=1&c=2", "fr"
    )
    assert html.startswith('<meta property="og:type" content="article">\n')
    assert '<meta property="og:title" content="Shelling &lt;near&gt; Tavush">\n' in html
    assert '<meta property="og:url" content="https://x.org/a?b=1&amp;c=2">\n' in html
    assert html.endswith(last) and html.count("<meta") == (6 if description else 5)
