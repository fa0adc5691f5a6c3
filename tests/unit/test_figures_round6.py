"""Casualty figures, round 6: whose losses a count is, read as mechanisms across languages.

Each row is a real sentence: from a dev-split article (its id in a comment) or from a
news page that is no eval article (its outlet in a comment). What a reader of the
timeline sees: the counts, their kinds, and whose losses they are, as a claim of the
given side has them (None: the outlet's own voice).
"""

from __future__ import annotations

import pytest
from test_figures_round4 import read

# --- where the released were returned: the destination's people (``returned_to``), the
# destination nearest each count; captives brought home to their own party are released
RETURNS = [
    # eng.kavkaz-uzel.eu
    (
        "en",
        "The Azerbaijani party has returned three POWs to Armenia, says the message posted "
        "on the Facebook page by Tigran Avinyan, Armenian Vice-Premier on December 9.",
        None,
        [("released", 3, "armenia")],
    ),
    # en-67e9140413 (jam-news): a passive
    (
        "en",
        "In total, since the end of the second Karabakh war, 66 prisoners, including "
        "civilians, have been returned to Armenia.",
        None,
        [("released", 66, "armenia")],
    ),
    # nv.am: the dative after the verb
    (
        "ru",
        "При посредничестве российской стороны Азербайджан передал Армении троих пленных.",
        None,
        [("released", 3, "armenia")],
    ),
    # ru-a7488412ba (Interfax): a capital's name for its state
    ("ru", "Ереван вернул Баку двух военнослужащих.", None, [("released", 2, "azerbaijan")]),
    # m.kavkaz-uzel.eu: two destinations, each count's own
    (
        "ru",
        "Четверо военнопленных переданы сегодня Армении и двое вернулись в Азербайджан, "
        "сообщил командующий российским миротворческим контингентом.",
        "third",
        [("released", 4, "armenia"), ("released", 2, "azerbaijan")],
    ),
    # metbuat.az: the dative before the verb, said by the party that returns them
    (
        "az",
        "Azərbaycan tərəfi 70-dən artıq hərbi əsiri Ermənistana təhvil verib",
        "azerbaijan",
        [("released", 70, "armenia")],
    ),
    # hy-883480602c: captives handed over to their own party are released
    (
        "hy",
        "Ադրբեջանը հայտնել է, որ Հայաստանին է փոխանցել սեպտեմբերի 13-ից 14-ը ռազմական "
        "գործողությունների հետևանքով գերեվարված 17 հայ զինծառայողի:",
        "azerbaijan",
        [("released", 17, "armenia")],
    ),
    # no party named where they went: nothing says whose
    ("en", "Five prisoners were returned to their homeland.", None, [("released", 5, None)]),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), RETURNS)
def test_the_released_are_the_people_of_where_they_were_returned(
    lang: str, text: str, side: str | None, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(text, lang, side) == expected


# --- whose losses, from the victim's words: "the other side" (accounts.yaml ``other_party``)
# is read as "the enemy" is, the side opposite the claimant's; a loss noun counted before
# its verb ("5 itki verib", suffered five losses) and a toll given as "the number of X's
# losses being N" ("itkilərinin sayının 5 olduğunu")
OTHER_SIDE = [
    # az-1abe354639 (metbuat.az)
    (
        "az",
        "Azərbaycan Müdafiə Nazirliyi bu gün səhər saatlarında qarşı tərəfin itkilərinin "
        "sayının 5 olduğunu açıqlayıb.",
        "azerbaijan",
        [("killed", 5, "armenia")],
    ),
    # the same words said by the other party: its own losses (nothing names them there)
    (
        "az",
        "düşmən tərəfi itkilərinin sayının 3 olduğunu desə də",
        "armenia",
        [("killed", 3, "armenia")],
    ),
    # az-1abe354639: the subject of "itki verib" is whose losses they are
    (
        "az",
        "Cəbhədə gedən gərgin toqquşmalar nəticəsində Ermənistan ordusu 5 itki verib.",
        None,
        [("killed", 5, "armenia")],
    ),
    # yenixeber.org: the losses' side named in the genitive, as before
    (
        "az",
        "Qarabağdakı qarşıdurmalar zamanı erməni tərəfinin itkiləri 200 nəfəri, yaralıları "
        "isə 500 nəfəri keçir.",
        "azerbaijan",
        [("killed", 200, "armenia")],
    ),
    # in the outlet's own voice "the other side" is nobody's
    (
        "az",
        "Qarşı tərəfin itkilərinin sayının 5 olduğu bildirilir.",
        None,
        [("killed", 5, None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), OTHER_SIDE)
def test_the_other_side_s_losses_are_the_party_opposite_the_claimant(
    lang: str, text: str, side: str | None, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(text, lang, side) == expected


# --- a toll the fighting took, told in the locative of the fighting in the verb-final
# languages ("çatışmalarda ... yaşamını yitirdi", died in the clashes): an outlet's count
# with no side read is both parties' (``conflict_toll``), as "people were killed in the
# fighting" is in English; a side its own words name, or a claimant's, still wins
TOLLS = [
    # tr-48df5dcd7e
    (
        "tr",
        "Tarafların verilerine göre, çatışmalarda en az 5 bin kişi yaşamını yitirdi.",
        None,
        [("killed", 5000, "other")],
    ),
    # tr-cca690321b
    (
        "tr",
        "Dağlık Karabağ'da Azerbaycan ve Ermenistan askerleri arasında yaşanan çatışmada "
        "yedi asker hayatını kaybetti, en az altı asker yaralandı.",
        None,
        [("killed", 7, "other"), ("wounded", 6, "other")],
    ),
    # written to show the limit: the count's own words name whose
    (
        "tr",
        "Çatışmada yedi Ermeni asker hayatını kaybetti.",
        None,
        [("killed", 7, "armenia")],
    ),
    # written to show the limit: a party's own count stays its own
    (
        "tr",
        "Bakanlık, çatışmada yedi askerin hayatını kaybettiğini açıkladı.",
        "azerbaijan",
        [("killed", 7, "azerbaijan")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), TOLLS)
def test_a_toll_told_in_the_locative_of_the_fighting_is_both_parties(
    lang: str, text: str, side: str | None, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(text, lang, side) == expected


# --- a loss denied is a figure of none (``no_losses``), of each kind it denies, whose side
# is read as a count's with no number (the victims' words, else the claimant's)
DENIED = [
    # hy-80307b740f: no dead and no wounded
    (
        "hy",
        "Այո, ադրբեջանական կողմը շարունակում է կրակել` խախտելով հրադադարի ռեժիմը, սակայն "
        "վերջին օրերին հայկական կողմը զոհեր և վիրավորներ չունի:",
        "armenia",
        [("killed", 0, "armenia"), ("wounded", 0, "armenia")],
    ),
    # tr-cd0a69165f
    (
        "tr",
        "Açıklamada siviller arasında can kaybının olmadığı bildirildi.",
        "azerbaijan",
        [("killed", 0, "azerbaijan")],
    ),
    # parstoday.ir: "any loss" denied is no count of one
    (
        "tr",
        "Bu arada Azerbaycan cumhuriyeti savunma bakanlığı, çıkan çatışmada Azerbaycan "
        "Cumhuriyeti askerlerinin her hangi bir kayıp vermediğini bildirdi.",
        "azerbaijan",
        [("killed", 0, "azerbaijan")],
    ),
    # az-5a68a35543
    (
        "az",
        "Müdafiə Nazirliyi:  Azərbaycan ordusu heç bir itki verməyib",
        "azerbaijan",
        [("killed", 0, "azerbaijan")],
    ),
    # en-a57c59d819
    (
        "en",
        "Officials also reported a rocket attack on the city of Mingachevir; no casualties "
        "were reported.",
        "azerbaijan",
        [("casualties", 0, "azerbaijan")],
    ),
    # written to show the limit: a count is no denial
    (
        "en",
        "Two soldiers were killed, no one was injured.",
        "armenia",
        [("killed", 2, "armenia"), ("wounded", 0, "armenia")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), DENIED)
def test_a_loss_denied_is_a_figure_of_none(
    lang: str, text: str, side: str | None, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(text, lang, side) == expected


# --- a name in quotation marks inside the counted people's words, one word quoted whole
QUOTED = [
    # en-a216e2d1f7
    (
        "en",
        'Two soldiers of the "NKR" were killed during the shelling.',
        "armenia",
        [("killed", 2, "armenia")],
    ),
    # written to show the limit: a quotation that closes elsewhere joins no count to a verb
    ("en", '"We have 5 soldiers" she said "were killed".', None, []),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), QUOTED)
def test_a_quoted_name_among_the_counted_people_s_words(
    lang: str, text: str, side: str | None, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(text, lang, side) == expected
