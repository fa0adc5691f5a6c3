"""Who says it, fourth round (attribution follow-up after the stricter dispute
pairing): the agent of a passive speech or denial verb names the speaker of a sentence
that names no other ("Des accusations rejetées par l'Azerbaïdjan"). Every excerpt is
from a dev-a article of the evaluation corpus (its id is given with each row)."""

from __future__ import annotations

import pytest
from test_attribution_round2 import claim_of
from test_attribution_spans import claims_of

PASSIVE_AGENTS = [
    (  # fr-c3ac2ae374: Yerevan's accusation, then its rejection by Baku, in a sentence
        # whose only verb of speech ("assure") has the relative "qui" for subject
        "fr",
        "Mais Erevan a accusé Bakou d’avoir mis en scène ces protestations et de bloquer "
        "volontairement cette route. Des accusations rejetées par l’Azerbaïdjan, qui assure "
        "qu’il est toujours possible de circuler sur cet axe vital.",
        {"Mais Erevan": "armenia", "Des accusations": "azerbaijan"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "actors"), PASSIVE_AGENTS)
def test_the_agent_of_a_passive_denial_is_its_speaker(
    lang: str, text: str, actors: dict[str, str]
) -> None:
    claims = claims_of(text, lang)
    for start, actor in actors.items():
        assert claim_of(claims, start).claimant_actor == actor


DEEDS_BY = [
    # en-f638ffc9a8: "provoked by Azerbaijan" is a deed's agent, not a speaker's
    ("en", "This is the second border incident provoked by Azerbaijan over the past two days."),
    # en-9c449d9f6b: a caption's "released by" credits a picture, it states nothing
    (
        "en",
        "This image taken from a YouTube footage released by Armenian Defense Ministry on "
        "Tuesday, Sept. 13, 2022, shows Azerbaijanian servicemen crossing the "
        "Armenian-Azerbaijani border and approaching the Armenian positions.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DEEDS_BY)
def test_the_agent_of_a_deed_is_no_speaker(lang: str, text: str) -> None:
    (claim,) = claims_of(text, lang)
    assert claim.claimant_actor is None


def test_a_joint_report_by_both_sides_speaks_for_neither() -> None:
    # fr-781e07ea77: "L'Arménie et la République d'Azerbaïdjan ont signalé": one
    # claimant of both parties, joined by French "et", of no one side
    text = (
        "L'Arménie et la République d'Azerbaïdjan ont signalé le 2 avril dernier la reprise "
        "des hostilités dans la zone du conflit du Haut-Karabakh."
    )
    (claim,) = claims_of(text, "fr")
    assert claim.claimant is None  # round 11: the outlet's account of both
    assert set(claim.actors) >= {"armenia", "azerbaijan"}
    assert claim.claimant_actor is None
    assert claim.claimant_side is None


QUOTED_SPEAKERS = [
    (  # en-510bcad1c0: a self-styled state named in quotation marks, then "it added"
        "en",
        "The self-proclaimed “Republic of Artsakh” said it had no choice but to cease "
        "hostilities from 1pm local time and accept the truce brokered by Russian "
        "peacekeepers. The Nagorno-Karabakh army will disband and surrender all of its "
        "weapons and heavy equipment to Azerbaijan, it added.",
        {
            "The self-proclaimed": "nagorno-karabakh-authorities",
            "The Nagorno": ("nagorno-karabakh-authorities"),
        },
    ),
]


@pytest.mark.parametrize(("lang", "text", "actors"), QUOTED_SPEAKERS)
def test_a_speaker_named_in_quotation_marks_is_the_speaker(
    lang: str, text: str, actors: dict[str, str]
) -> None:
    claims = claims_of(text, lang)
    for start, actor in actors.items():
        assert claim_of(claims, start).claimant_actor == actor


def test_a_quotation_before_its_speaker_stays_a_quotation() -> None:
    # en-510bcad1c0: Aliyev's quoted words are no speaker's name
    text = (
        "Azerbaijan’s president Ilham Aliyev had previously insisted that its military "
        "operation would end only when separatists “lay down their arms”."
    )
    (claim,) = claims_of(text, "en")
    assert claim.claimant_actor == "azerbaijan"


LOCATIVE_SPEAKERS = [
    (  # ru-416d7d9018: the press service the impersonal "назвали" is said in, and the
        # capital "В Баку заверили"
        "ru",
        "Азербайджанская сторона, в свою очередь, отрицает свою причастность к обстрелам "
        "армянских погранзастав. В пресс-службе минобороны Азербайджана сообщения МО "
        "Армении об обстреле назвали ложью и провокацией. В Баку заверили, что Азербайджан "
        "неукоснительно соблюдает режим прекращения огня.",
        {"В пресс-службе": "azerbaijan", "В Баку": "azerbaijan"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "actors"), LOCATIVE_SPEAKERS)
def test_the_body_an_impersonal_verb_is_said_in_is_its_speaker(
    lang: str, text: str, actors: dict[str, str]
) -> None:
    claims = claims_of(text, lang)
    for start, actor in actors.items():
        assert claim_of(claims, start).claimant_actor == actor
