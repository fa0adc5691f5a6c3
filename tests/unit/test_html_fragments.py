"""HTML fragments made in Python give the markup of the theme's macros."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from markupsafe import Markup, escape

from timeline import i18n
from timeline.html import (
    ClaimWords,
    Links,
    article_html,
    claim_words,
    content_html,
    date_html,
    entry_list_html,
)
from timeline.render import EntryItem, MonthGroup, Text, YearGroup
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
