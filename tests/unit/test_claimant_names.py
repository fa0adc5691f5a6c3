"""Claimants on pages in another language than their article's (issue 21, point 3):
a known actor by its name in the page's language, an unknown speaker by its own
words marked with their language. The claims are read from dev-split excerpts of
the evaluation corpus (its id is given with each)."""

from __future__ import annotations

import pytest
from test_attribution_spans import claims_of, knowledge

from timeline import i18n
from timeline.model import Timeline
from timeline.render import LanguageViews, SiteIndex
from timeline.summary import actor_table


def views(lang: str) -> LanguageViews:
    """The words of a page in ``lang``, with the actors of data/actors.yaml."""
    timeline = Timeline((), (), (), (), (), actors=actor_table(knowledge()))
    return LanguageViews(lang, i18n.translations(lang), SiteIndex(timeline, True))


def claimant(text: str, lang: str) -> str:
    (claim,) = claims_of(text, lang)
    assert claim.claimant is not None
    return claim.claimant


KNOWN = [
    (  # ru-416d7d9018: the seat of government stands for its state
        "ru",
        "В Баку заверили, что Азербайджан неукоснительно соблюдает режим прекращения огня.",
        {"en": "Azerbaijan", "fr": "Azerbaïdjan", "hy": "Ադրբեջան"},
    ),
    (  # fr-e32f192c6b
        "fr",
        'Bakou a évoqué des "provocations" de son voisin.',
        {"en": "Azerbaijan", "ru": "Азербайджан", "az": "Azərbaycan"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "shown"), KNOWN)
def test_a_known_actor_is_shown_by_its_name_in_the_pages_language(
    lang: str, text: str, shown: dict[str, str]
) -> None:
    name = claimant(text, lang)
    for page, expected in shown.items():
        found = views(page).name(name, lang)
        assert (found.text, found.lang) == (expected, None)


def test_an_unknown_speaker_keeps_its_words_marked_with_their_language() -> None:
    # ru-c4fdad318d ("Как сообщает пресс-служба Минобороны АР"): no actor named
    name = "пресс-служба Минобороны"
    found = views("en").name(name, "ru")
    assert (found.text, found.lang) == (name, "ru")
    # and on a page in its own language, as written
    assert views("ru").name(name, "ru").lang is None
