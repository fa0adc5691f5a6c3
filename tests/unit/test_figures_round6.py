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


# --- round 7: whose losses, read from the count's own phrase and its neighbours before any
# default: the noun phrase ends at a punctuation mark, a side is carried to the next count
# only within one party's clause, "the enemy" nearest the loss is the other party's, the
# attack's adjective is who struck, the side as the subject of its losses, who holds them
PHRASE_SIDES = [
    # ru-88e267d87a (Kommersant): the officers' phrase ends at the comma, and Azerbaijan
    # names the next clause, not them
    (
        "ru",
        "Сегодня Минобороны Армении сообщило о двух погибших офицерах, Азербайджан – о "
        "погибшем селянине.",
        "armenia",
        [("killed", 2, "armenia")],
    ),
    # ru-88e267d87a: the side of the losses before their verb; the count after the comma is
    # another party's clause, its side not carried (the outlet's voice: nobody's)
    (
        "ru",
        "Их жертвами к 14 июля стали 20 военнослужащих: со стороны Азербайджана "
        "насчитывалось 11 погибших и четверо раненых военных, Минобороны Армении сообщало "
        "о пяти раненых.",
        None,
        [("killed", 11, "azerbaijan"), ("wounded", 4, "azerbaijan"), ("wounded", 5, None)],
    ),
    # written to show the limit: "со стороны X" that did something is who struck, no frame
    (
        "ru",
        "Со стороны Азербайджана был открыт огонь, погибли двое военнослужащих.",
        None,
        [("killed", 2, None)],
    ),
    # en-9d2aeb877a: no mark between the counts, the side is carried
    (
        "en",
        "As many as 36 Karabakh servicemen were killed and 122 were wounded in the course "
        "of military operations.",
        "azerbaijan",
        [("killed", 36, "armenia"), ("wounded", 122, "armenia")],
    ),
    # fr-b99b29abf9 (Le Monde): struck by "les bombardements arméniens", the attack's
    # adjective: Azerbaijan's civilians, whoever the claimant is
    (
        "fr",
        "De son côté, Bakou n'a pas communiqué ses pertes militaires, et rapporte 93 civils "
        "tués par les bombardements arméniens.",
        "armenia",
        [("killed", 93, "azerbaijan")],
    ),
    # hy-386741eded (news.am): the Armenian side's counter-action, "the enemy" has the dead
    # (the outlet's voice of an Armenian site is given as the claimant here)
    (
        "hy",
        "Հայկական կողմի իրականացրած հակազդող գործողությունների արդյունքում հակառակորդն ունի "
        "մեկ զոհ և մեկ վիրավոր:",
        "armenia",
        [("killed", 1, "azerbaijan"), ("wounded", 1, "azerbaijan")],
    ),
    # hy-80307b740f: the side the subject of its losses denied
    (
        "hy",
        "Հայկական կողմը վերջին օրերին զոհեր և վիրավորներ չունի:",
        None,
        [("killed", 0, "armenia"), ("wounded", 0, "armenia")],
    ),
    # hy-883480602c: "with them" (իրենց մոտ) are the prisoners: the holder's other party's
    (
        "hy",
        "Նշենք, որ Ադրբեջանը հայտարարել էր, թե սեպտեմբերյան գործողություններից հետո "
        "իրենց մոտ 17 ռազմագերի է գտնվում։",
        "azerbaijan",
        [("captured", 17, "armenia")],
    ),
    # az-3278d8fde0: "the enemy's" counts and the one after it, no other party's clause
    (
        "az",
        "Döyüşlərdə ermənilərə məxsus 30 tank, 15-dək artilleriya qurğusu və "
        "möhkəmləndirilmiş mühəndis qurğuları məhv edilib, düşmənin 320 hərbçisi öldürülüb, "
        "500-dən artıq hərbçisi isə yaralanıb.",
        "azerbaijan",
        [("killed", 320, "armenia"), ("wounded", 500, "armenia")],
    ),
    # az-1abe354639: the subject of "itki verib" named before the count
    (
        "az",
        "Cəbhədə gedən gərgin toqquşmalar nəticəsində Ermənistan ordusu 5 itki verib.",
        None,
        [("killed", 5, "armenia")],
    ),
    # tr (trtavaz.com.tr, AA): the possessor chain ends at the comma; each count its army's
    # (round 11: the 4 shares the noun and verb of the 1, extract._gapped_count)
    (
        "tr",
        "Cephe hattında üç gün önce çıkan çatışmada da Ermenistan ordusundan 4, Azerbaycan "
        "ordusundan 1 asker yaşamını yitirmişti.",
        None,
        [("killed", 4, "armenia"), ("killed", 1, "azerbaijan")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), PHRASE_SIDES)
def test_whose_losses_from_the_count_s_own_phrase_and_clause(
    lang: str, text: str, side: str | None, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(text, lang, side) == expected


# --- each party's people: one figure per party (the pack's ``each_party`` right after the
# count's noun); "each side has said" further on is no count's
EACH_PARTY = [
    # fr-c76fc3523d (France 24)
    (
        "fr",
        "Les combats eux-mêmes ont tué environ 200 soldats dans chaque camp.",
        None,
        [("killed", 200, "armenia"), ("killed", 200, "azerbaijan")],
    ),
    # en-669c5b6452 (Reuters): "each side" says who told, not whose
    (
        "en",
        "At least 49 Armenian and 50 Azeri military were killed, each side has said, "
        "blaming the other for the renewed fighting.",
        None,
        [("killed", 49, "armenia"), ("killed", 50, "azerbaijan")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), EACH_PARTY)
def test_each_party_s_people_are_one_figure_per_party(
    lang: str, text: str, side: str | None, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(text, lang, side) == expected


# --- a toll the fighting took, in a noun ("the deaths of N people in ... fighting"): the
# outlet's count is both parties' people together
NOUN_TOLL = [
    # en-3ed3df1aa9 (AFP)
    (
        "en",
        "A long-standing conflict over Nagorno-Karabakh erupted into a full-fledged war at the "
        "end of September, with the deaths of some 6,000 people in six weeks of fighting.",
        None,
        [("killed", 6000, "other")],
    ),
    # written to show the limit: a party's count keeps the party's side
    (
        "en",
        "The deaths of 12 people in the fighting were reported by Armenia.",
        "armenia",
        [("killed", 12, "armenia")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), NOUN_TOLL)
def test_a_toll_of_the_fighting_told_in_a_noun(
    lang: str, text: str, side: str | None, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(text, lang, side) == expected


# --- round 8: an ordinal after an elided "d'" that is no count, the subject's own ranks,
# a number word with the article
ROUND8 = [
    # fr-e32f192c6b: "d'un troisième de ses soldats" is no count of one
    (
        "fr",
        "L'Arménie a rapporté mercredi la mort d'un troisième de ses soldats dans des "
        "affrontements armés avec l'Azerbaïdjan à la frontière, les pires depuis le début de "
        "l'année, qui également fait un mort côté azerbaïdjanais.",
        "armenia",
        [("killed", 1, "azerbaijan")],
    ),
    # fr-6eaedcfe10: "dans les rangs de son armée", the ranks of the speaker
    (
        "fr",
        "Des affrontements se sont produits dimanche à la frontière entre l’Arménie et "
        "l’Azerbaïdjan qui fait état de deux morts dans les rangs de son armée.",
        "azerbaijan",
        [("killed", 2, "azerbaijan")],
    ),
    # ... and with no speaker read, two parties named before: whose army is not read
    (
        "fr",
        "Des affrontements se sont produits dimanche à la frontière entre l’Arménie et "
        "l’Azerbaïdjan qui fait état de deux morts dans les rangs de son armée.",
        None,
        [("killed", 2, None)],
    ),
    # one party named before: the subject's own ranks
    (
        "fr",
        "L’Azerbaïdjan fait état de deux morts dans les rangs de son armée.",
        None,
        [("killed", 2, "azerbaijan")],
    ),
    # fr-64d6035dc9: "de ses forces", the speaker's
    (
        "fr",
        "L’administration du Karabagh a par ailleurs fait état de 29 morts, de 101 blessés et "
        "de 28 disparus depuis le 2 avril dans les rangs de ses forces paramilitaires.",
        "armenia",
        [("killed", 29, "armenia"), ("wounded", 101, "armenia"), ("missing", 28, "armenia")],
    ),
    # hy-fee6abcd8b: "տասնմեկը", a compound number word with the article (numbers.yaml
    # ``definite``), a count of the servicemen named before
    (
        "hy",
        "Ադրբեջանական լրատվամիջոցները տեղեկացնում են, որ հուլիսի 5-ին Նախիջեւանի ԻՀ Շարուրի "
        "շրջանի Գյուննուտ գյուղի ուղղության դիրքեր զինվորականներ տեղափոխելիս վթարի է "
        "ենթարկվել ավտոմեքենա, ինչի հետեւանքով տեղում մահացել է երեք զինծառայող, իսկ "
        "տասնմեկը՝ ստացել տարբեր աստիճանի մարմնական վնասվածքներ:",
        "azerbaijan",
        [("killed", 3, "azerbaijan"), ("wounded", 11, "azerbaijan")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), ROUND8)
def test_ordinals_own_ranks_and_number_words_with_the_article(
    lang: str, text: str, side: str | None, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(text, lang, side) == expected


def test_number_words_take_the_packs_definite_article() -> None:
    from timeline.text import number_words

    assert number_words("hy")["տասնմեկը"] == 11
    assert number_words("hy")["քսաներկուսը"] == 22
    assert "տասնմեկը" not in number_words("ru")


# --- who struck them, told by an active participle before the attack's noun (the pack's
# ``attacker_before``), its doer a party's forces in the genitive: the other party's people,
# and the counts after it in the sentence that nothing names were struck by it too; never
# the genitive of a passive participle (the target's), nor a genitive the window cuts
STRUCK_BY_PARTICIPLE = [
    # adanapost.com (AA)
    (
        "tr",
        "Ermenistan ordusunun Azerbaycan sivil yerleşim birimlerine gerçekleştirdiği "
        "saldırılarda 11 kişinin yaşamını yitirdiği, 33 kişinin yaralandığı bildirildi.",
        None,
        [("killed", 11, "azerbaijan"), ("wounded", 33, "azerbaijan")],
    ),
    # yenicag.info
    (
        "tr",
        "Ermenilerin Berde`ye attığı füze sonucunda 1 sivil hayatını kaybetti, 3 kişi yaralandı.",
        None,
        [("killed", 1, "azerbaijan"), ("wounded", 3, "azerbaijan")],
    ),
    # tr-90dc87e590: the second count struck by the same attack
    (
        "tr",
        "Ermenistan ordusunun Azerbaycan'ın en büyük ikinci kenti Gence'ye gerçekleştirdiği "
        "füzeli saldırıda 1 kadın hayatını kaybetti, 3 kişi yaralandı.",
        None,
        [("killed", 1, "azerbaijan"), ("wounded", 3, "azerbaijan")],
    ),
    # tr-ecf185e387: a passive participle, the genitive is the target's: nothing says whose
    (
        "tr",
        "Sivillerin hedef alındığı saldırıda 1 sivil hayatını kaybetti, 4 sivil de yaralandı.",
        None,
        [("killed", 1, None), ("wounded", 4, None)],
    ),
    # egepostasi.com (AA): the doer further back than the window reaches, its tail cut
    # off; the place's genitive ("Azerbaycan'ın Terter kentinde") is no attacker
    (
        "tr",
        "Ermenistan ordusunun, Azerbaycan'ın Terter kentinde defin töreni için mezarlığa "
        "giden sivillere yönelik düzenlediği saldırısında 3 kişi hayatını kaybetti, 3 kişi "
        "de yaralandı.",
        None,
        [("killed", 3, None), ("wounded", 3, None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), STRUCK_BY_PARTICIPLE)
def test_struck_by_an_attack_told_by_a_participle(
    lang: str, text: str, side: str | None, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(text, lang, side) == expected


# --- "un mort de part et d'autre": one on each side (the pack's ``each_party``), one
# figure per party, as the editor lists them; the same words away from a count are both
# parties' together (``combined``)
EACH_SIDE = [
    # fr-c9ea7d9627 (seen in dev-b)
    (
        "fr",
        "Des informations circulent selon lesquelles la route a été totalement fermée depuis "
        "le 15 juin après des échanges de coups de feu qui ont fait un mort de part et "
        "d'autre, selon des communiqués des deux pays.",
        None,
        [("killed", 1, "armenia"), ("killed", 1, "azerbaijan")],
    ),
    # written to show the limit: the words not after the count's noun
    (
        "fr",
        "Les tirs de part et d'autre de la frontière ont fait trois morts.",
        None,
        [("killed", 3, "other")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), EACH_SIDE)
def test_one_dead_on_either_side(
    lang: str, text: str, side: str | None, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(text, lang, side) == expected


# --- the people given in exchange for the released (the pack's ``exchange`` right before
# their count) are released too, in a sentence that tells of a release; what they were
# before ("détenus", held) is no figure of its own
EXCHANGED = [
    # fr-90fd8b5d59 (dev-a)
    (
        "fr",
        "L’Azerbaïdjan a libéré 32 Arméniens, la plupart capturés en 2020, en échange de deux "
        "soldats azerbaïdjanais détenus depuis avril.",
        None,
        [("released", 32, "armenia"), ("released", 2, "azerbaijan")],
    ),
    # fr-4a167955e9 (dev-a): "contre 14 azerbaïdjanais"
    (
        "fr",
        "44 prisonniers arméniens ont pu rentrer chez eux contre 14 azerbaïdjanais.",
        None,
        [("released", 44, "armenia"), ("released", 14, "azerbaijan")],
    ),
    # written to show the reading in Russian
    (
        "ru",
        "Азербайджан освободил 32 армян в обмен на двух азербайджанских военнослужащих.",
        None,
        [("released", 32, "armenia"), ("released", 2, "azerbaijan")],
    ),
    # the limits: no release told, no people counted after the words
    ("fr", "Trois soldats ont été tués contre deux la veille.", None, [("killed", 3, None)]),
    (
        "en",
        "The two soldiers were captured in exchange for nothing.",
        None,
        [("captured", 2, None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), EXCHANGED)
def test_people_given_in_exchange_are_released(
    lang: str, text: str, side: str | None, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(text, lang, side) == expected
