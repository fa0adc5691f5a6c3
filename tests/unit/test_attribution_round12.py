"""Who says it, twelfth round (issue 21, points 1 to 3): reported words whose speaker the
sentence's grammar names, but no actor, keep that speaker's words as their claimant (an
unknown speaker, as ``_definite`` keeps one), never the outlet's voice. Rows marked with
an article id are real sentences of dev-split articles of the evaluation corpus."""

from __future__ import annotations

import pytest
from test_attribution_spans import claims_of

from timeline.extract import _mask_quotes, _speech_verbs, _unknown_speaker


def _unknown(text: str, lang: str) -> str | None:
    masked = _mask_quotes(text)
    found = _unknown_speaker(masked, _speech_verbs(masked, lang), lang)
    return found[0] if found else None


UNKNOWN = [
    # en-67e9140413 (dev): a role noun is the speech verb's subject, no actor named
    (
        "en",
        "The government reported that their return took place thanks to the efforts of the "
        "OSCE Minsk Group co-chair countries.",
        "The government",
    ),
    # en-de7b2b4026 (dev): "A ministry statement said", no ministry named before
    (
        "en",
        "A ministry statement said Azerbaijani troops opened fire on an Armenian army unit "
        "deployed in Gegharkunik province, causing the latter to retaliate.",
        "ministry",
    ),
    # en-3a7327dc80 (dev): the subject after "and", the connector left out
    (
        "en",
        "YEREVAN, Armenia -- Azerbaijan's forces rained artillery fire on Armenian positions "
        "in Nagorno-Karabakh on Tuesday, and local officials reported that scores of people "
        "were killed.",
        "local officials",
    ),
    # no role noun: no speaker's name ("The protesters", "selon la formule")
    ("en", "The protesters claimed that the deployment was a response.", None),
    ("fr", "Lundi soir, des prisonniers ont été échangés selon la formule tous contre tous.", None),
    # seeds/003 (the Reuters copy): a quantified phrase names no one ("Each side")
    ("en", "Each side blamed the other for the fighting.", None),
    # a pronoun names no one
    ("fr", "Selon lui, deux soldats ont été tués.", None),
    # no speech verb, no "according to": the outlet's own words
    ("en", "Two soldiers were killed on Tuesday near the village.", None),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), UNKNOWN)
def test_an_unknown_speaker_is_read_from_the_grammar(
    lang: str, text: str, speaker: str | None
) -> None:
    assert _unknown(text, lang) == speaker


def test_an_unknown_speaker_is_the_claimant_not_the_outlet() -> None:
    # en-67e9140413 (dev): the claim is the government's words, its words kept
    text = (
        "YEREVAN, Dec 15 -- The plane landed at the Erebuni airport in Yerevan. The "
        "government reported that their return took place thanks to the efforts of the "
        "OSCE Minsk Group co-chair countries."
    )
    (claim,) = [c for c in claims_of(text, "en") if c.text.startswith("The government")]
    assert claim.claimant == "The government"
    assert claim.claimant_actor is None


def test_a_sentence_a_known_speaker_goes_on_keeps_that_speaker() -> None:
    # the last resort only: a named speaker's statement runs on over reported words
    text = (
        "Armenia's defence ministry said on Tuesday that two soldiers were killed. "
        "Officials reported that the shelling went on overnight."
    )
    claims = claims_of(text, "en")
    (claim,) = [c for c in claims if c.text.startswith("Officials")]
    assert claim.claimant is not None  # someone's words, never the outlet's voice
