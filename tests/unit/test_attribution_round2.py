"""Who says it, second round (issue 21, points 1-3): names whose letters look like a
case ending, and the speaker phrase's words read from each language's pack. Every
excerpt is from a dev-split article of the evaluation corpus (its id is given with
each row)."""

from __future__ import annotations

import pytest
from test_attribution_spans import claims_of

from timeline.model import Claim


def claim_of(claims: list[Claim], start: str) -> Claim:
    """The claim whose sentence starts with ``start``."""
    (claim,) = [c for c in claims if c.text.startswith(start)]
    return claim


# -- a first name before a surname keeps its letters -----------------------------------

FULL_NAMES = [
    (  # hy-45a403e1f1: "Արծրուն" is no "Արծրու" in the definite case
        "Հոկտեմբերի լույս 30-ի գիշերը և վաղ առավոտյան ադրբեջանական զինուժը կրակել է "
        "Տավուշի գյուղերի ուղղությամբ: Այդ մասին իր ֆեյսբուքյան էջում հայտնել է ՊՆ "
        "մամուլի խոսնակ Արծրուն Հովհաննիսյանը:",
        "Հոկտեմբերի",
        "armenia",
    ),
    (  # hy-7360f84540: "Ալեն Սիմոնյանն", not "Ալե"
        "ԱԺ նախագահ Ալեն Սիմոնյանն էլ հայտարարել է, որ հայկական կողմն ունի զոհեր նաև "
        "խաղաղ բնակիչների շրջանում։",
        "ԱԺ նախագահ",
        "armenia",
    ),
]


@pytest.mark.parametrize(("text", "start", "side"), FULL_NAMES)
def test_a_first_name_before_a_surname_is_not_cut_as_a_case_ending(
    text: str, start: str, side: str
) -> None:
    claim = claim_of(claims_of(text, "hy"), start)
    assert claim.claimant is not None and "Արծրու," not in claim.claimant
    assert "Ալե," not in claim.claimant
    assert claim.claimant_side == side


def test_a_known_name_before_another_word_keeps_its_case_ending() -> None:
    # hy-4093a9a163: "Նիկոլ Փաշինյանը ԶԼՄ-երի հետ ...": the name ends at its ending
    text = (
        "Նիկոլ Փաշինյանը ԶԼՄ-երի հետ հարցուպատասխանի ժամանակ հայտարարեց՝ «չճշտված "
        "տեղեկությունների համաձայն» այդ 24 զինծառայողները գերեվարվել են Ադրբեջանի կողմից։"
    )
    claim = claim_of(claims_of(text, "hy"), "Նիկոլ")
    assert claim.claimant_actor == "armenia"
