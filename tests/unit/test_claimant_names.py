"""Claimants on pages in another language than their article's (issue 21, point 3):
a known actor by its name in the page's language, an unknown speaker by its own
words marked with their language. The claims are read from dev-split excerpts of
the evaluation corpus (its id is given with each)."""

from __future__ import annotations

import pytest
from test_attribution_spans import claims_of, knowledge

from timeline import i18n
from timeline.model import Timeline
from timeline.people import claimant_people
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


def person_views(lang: str, *names: str) -> LanguageViews:
    """A page in ``lang`` of a build whose claimants are ``names``: its table of the
    claimants that are known people (``Timeline.claimant_people``)."""
    actors = actor_table(knowledge())
    timeline = Timeline(
        (), (), (), (), (), actors=actors, claimant_people=claimant_people(actors, names)
    )
    return LanguageViews(lang, i18n.translations(lang), SiteIndex(timeline, True))


PEOPLE = [
    (  # ru-8d70baac2a: the title in the article's language
        "ru",
        "В ночь на 30 декабря ситуация на армяно-азербайджанской границе была относительно "
        "спокойной, сообщил пресс-секретарь Минобороны Арцрун Ованнисян.",
        {
            "en": ("Artsrun Hovhannisyan, Armenian defence ministry representative", None),
            "fr": ("Artsrun Hovhannisyan, représentant du ministère arménien de la Défense", None),
            "hy": ("Արծրուն Հովհաննիսյան, ՊՆ ներկայացուցիչ", None),
            # no Azerbaijani title in the data: the article's words, the name in their script
            "az": ("Арцрун Ованнисян, представитель Минобороны Армении", "ru"),
            "ru": ("Арцрун Ованнисян, представитель Минобороны Армении", None),
        },
    ),
    (  # fr-c19a0b001e
        "fr",
        "La porte-parole du ministère arménien de la Défense, Shushan Stepanian, a déclaré que "
        "les forces azerbaïdjanaises avaient bombardé un avant-poste de l’armée arménienne dans "
        "le nord de la province de Tavush lors d’une tentative ratée de s’en emparer.",
        {
            "en": ("Shushan Stepanyan, Armenian defence ministry spokeswoman", None),
            "ru": ("Шушан Степанян, пресс-секретарь Минобороны Армении", None),
            "hy": ("Շուշան Ստեփանյան, ՀՀ ՊՆ մամուլի քարտուղար", None),
            "az": ("Shushan Stepanyan, porte-parole du ministère arménien de la Défense", "fr"),
        },
    ),
    (  # en-7ccbe1b72b
        "en",
        "The situation on the Tovuz direction remains calm, there was no new attacks from the "
        "Azerbaijani side on the Armenian armed forces, said the head of Azerbaijan's Defense "
        "Ministry Vagif Dargahli, Trend reports.",
        {
            "az": (
                "Vaqif Dərgahlı, Azərbaycan Müdafiə Nazirliyinin mətbuat xidmətinin rəhbəri",
                None,
            ),
            "hy": ("Վագիֆ Դարգահլի, Ադրբեջանի ՊՆ մամուլի ծառայության ղեկավար", None),
            "fr": ("Vagif Dargahli, porte-parole du ministère azerbaïdjanais de la Défense", None),
        },
    ),
    (  # hy-7360f84540
        "hy",
        "Սեպտեմբերի 14-ին Նիկոլ Փաշինյանը հայտարարել է, որ այդ օրվա դրությամբ զոհերի "
        "ճշգրտված թիվը 135 է։",
        {
            "ru": ("Никол Пашинян, премьер-министр Армении", None),
            "en": ("Nikol Pashinyan, Armenian Prime Minister", None),
        },
    ),
]


@pytest.mark.parametrize(("lang", "text", "shown"), PEOPLE)
def test_a_known_person_is_shown_by_name_and_title_in_the_pages_language(
    lang: str, text: str, shown: dict[str, tuple[str, str | None]]
) -> None:
    name = claimant(text, lang)
    for page, expected in shown.items():
        found = person_views(page, name).name(name, lang)
        assert (found.text, found.lang) == expected, page


def test_a_title_is_marked_with_the_language_it_is_in_not_the_articles() -> None:
    # az-72f550e6fb: the data give no Azerbaijani title, so the reading wrote the English
    # one into the claimant of an Azerbaijani article
    name = claimant(
        "Ermənistan Müdafiə Nazirliyinin rəsmi nümayəndəsi Artsrun Ovannisyan yaydığı "
        "informasiyaların bir qisminin yalan olmasını etiraf edib.",
        "az",
    )
    assert name == "Artsrun Hovhannisyan, Armenian defence ministry representative"
    on_az = person_views("az", name).name(name, "az")
    assert (on_az.text, on_az.lang) == (name, "en")  # English, on the Azerbaijani page too
    on_en = person_views("en", name).name(name, "az")
    assert (on_en.text, on_en.lang) == (name, None)
    on_ru = person_views("ru", name).name(name, "az")
    assert (on_ru.text, on_ru.lang) == ("Арцрун Ованнисян, представитель Минобороны Армении", None)


def test_a_speaker_who_is_no_known_person_is_not_read_as_one() -> None:
    table = claimant_people(
        actor_table(knowledge()),
        ["Nikol", "Pashinyan, Armenian Prime Minister", "Nikol Pashinyan, Armenian President"],
    )
    assert table == {}
