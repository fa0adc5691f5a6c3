"""Who says it, eleventh round (issue 21, points 1 and 3): a cited outlet gives way to
the speaker the sentence names. Rows marked with an article id are real sentences of
dev-split articles of the evaluation corpus; other rows are real sentences of other
outlets (their address), each checked against the corpus and the independent-check list."""

from __future__ import annotations

import pytest
from test_attribution_spans import claims_of, knowledge

from timeline.extract import _mask_quotes, _quoting_person

# -- a cited outlet relays the speaker the sentence opens with --------------------------------

ALIYEV_REUTERS = (  # en-f919c29029 (bbc.com): Reuters relays what Aliyev called the deal
    'Azeri President Ilham Aliyev, who joined President Putin, called the deal "a [crucial] '
    'point in the settlement of the conflict," according to Reuters news agency.'
)

RELAYED_SPEAKER = [
    # on another outlet's page, and on the cited outlet's own: Aliyev speaks either way
    ("en", "https://www.bbc.com/news/world-europe-54882564", ALIYEV_REUTERS, "azerbaijan"),
    ("en", "https://www.reuters.com/article/x", ALIYEV_REUTERS, "azerbaijan"),
    (  # ru-40ddfc169c (dev): the statement's body, not DW that relays it
        "ru",
        "https://www.fontanka.ru/x",
        "«Мы вновь заявляем, что в Лачинском коридоре должно быть свободное и открытое "
        "передвижение людей и товаров, и призываем стороны возобновить мирные переговоры и "
        "воздерживаться от провокаций и враждебных действий вдоль границы», — говорится в "
        "заявлении Госдепартамента, опубликованном в воскресенье, 23 апреля, сообщает DW.",
        "usa",
    ),
    (  # ru-159c2e7a53 (dev): the outlet set inside the sentence relays the spokesman
        "ru",
        "https://regnum.ru/x",
        "Об этом, как сообщает РИА Новости, говорится в заявлении руководителя пресс-службы "
        "азербайджанского Минобороны Вагифа Дяргахлы.",
        "azerbaijan",
    ),
]


@pytest.mark.parametrize(("lang", "url", "text", "actor"), RELAYED_SPEAKER)
def test_a_cited_outlet_relays_the_speaker_the_sentence_names(
    lang: str, url: str, text: str, actor: str
) -> None:
    (claim,) = claims_of(text, lang, url)
    assert claim.claimant_actor == actor


def test_a_role_that_refers_back_is_the_speaker_not_the_relay() -> None:
    # ria24.today (another outlet): "Премьер" names the speaker of the sentences before
    text = (
        "Премьер-министр Армении Никол Пашинян заявил, что страна сталкивается с серьезными "
        "вызовами, которые угрожают ее безопасности. Ответственность за возобновление "
        "конфликта он возложил на Азербайджан. Премьер отметил, что новый виток эскалации "
        "привел к очередным человеческим жертвам, передает РИА Новости."
    )
    claims = claims_of(text, "ru", "https://ria24.today/news/premer-armenii/10837637")
    assert [c.claimant_actor for c in claims] == ["armenia"] * 3


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        ("en", ALIYEV_REUTERS, "Ilham Aliyev"),
        # the surname alone opens the sentence
        ("en", 'Aliyev called the deal "historic", according to Reuters.', "Ilham Aliyev"),
        # the person named inside the clause, not opening it: no one opens it
        ("en", 'Armenian forces shelled Ilham Aliyev\'s "home", Reuters reported.', None),
        # no quotation: what a person did, an outlet may report in its own name
        ("en", "Ilham Aliyev visited Shusha, according to Reuters news agency.", None),
        # the outlet opens the sentence and quotes the person: the outlet is no title
        ("en", 'Reuters quoted Ilham Aliyev as calling the deal "historic".', None),
        # a name after a title of lower-case words (a role, an actor's adjective)
        (
            "fr",
            "Le président azerbaïdjanais Ilham Aliev a qualifié l'accord de « capitulation ».",
            "Ilham Aliyev",
        ),
    ],
)
def test_the_quoted_person_opening_a_sentence(lang: str, text: str, person: str | None) -> None:
    found = _quoting_person(_mask_quotes(text), knowledge(), lang)
    assert (found[0].split(",")[0] if found else None) == person


def test_an_outlet_cited_alone_is_still_the_claimant() -> None:
    # fr-6ee36be146 (dev): no one else named, AFP's count
    text = (
        "Par ailleurs, cinq civils azéris ont également trouvé la mort, d'après l'AFP, "
        "ainsi que deux civils d'origine arménienne résidant au Haut-Karabagh."
    )
    (claim,) = claims_of(text, "fr", "https://francais.rt.com/international/79186-moins-32")
    assert claim.claimant == "AFP"


# -- a Turkish statement made with "bulun-" (made a statement, made a comment) --------------

MADE_A_STATEMENT = [
    (  # tr-f8fb6d79ac (dev): "... olduğu yorumunda bulundu", a comment made
        "Ermenistan Dışişleri Bakan Yardımcısı, Azerbaycan'ın insani koridor teklifinin "
        '"Etnik temizliğe davetiye" olduğu yorumunda bulundu.',
        "armenia",
    ),
    (  # tr-0613f93de5 (dev): "açıklamada bulundu", read before this round too
        "Azerbaycan Savunma Bakanlığı yükselen şehit ve yaralı sayısıyla ilgili açıklamada "
        "bulundu.",
        "azerbaijan",
    ),
]


@pytest.mark.parametrize(("text", "actor"), MADE_A_STATEMENT)
def test_a_statement_or_comment_made_names_its_speaker(text: str, actor: str) -> None:
    (claim,) = claims_of(text, "tr", "https://www.trthaber.com/x")
    assert claim.claimant_actor == actor


# -- attr11b: speakers the sentence names that were missed --------------------------------

NAMED_SPEAKER = [
    (  # tr-88860d20ee (dev): the quotation closes right before its verb, its object
        "tr",
        "https://beyazgazete.com/haber/2023/9/27/x.html",
        "Azerbaycan Sağlık Bakanlığı \"Karabağ'a düzenlenen antiterör operasyonunda 192 "
        'askerimiz şehit oldu" açıklamasında bulundu.',
        "azerbaijan",
    ),
    (  # the same in Azerbaijani: a verb right after the quotation
        "az",
        "https://report.az/x",
        'Azərbaycan Müdafiə Nazirliyi "Erməni qüvvələri atəşkəs rejimini 20 dəfə pozub" bildirib.',
        "azerbaijan",
    ),
    (  # tr-bfc319b087 (dev): "niteledi", the verb "nitelemek" the pack lacked (it had
        # "nitelendirmek"); the subject opens the sentence, "diye" between
        "tr",
        "https://www.aa.com.tr/x",
        'Ermenistan Savunma Bakanlığı ise ateş açıldığı yönündeki açıklamayı "dezenformasyon" '
        "diye niteledi.",
        "armenia",
    ),
    (  # hy-fee6abcd8b (dev): the media of a party as the subject, present tense
        "hy",
        "https://hraparak.am/post/5b4080d41b95c206c5c66b38",
        "Ադրբեջանական լրատվամիջոցները տեղեկացնում են, որ հուլիսի 5-ին Նախիջեւանի ԻՀ Շարուրի "
        "շրջանի Գյուննուտ գյուղի ուղղության դիրքեր զինվորականներ տեղափոխելիս վթարի է "
        "ենթարկվել ավտոմեքենա, ինչի հետեւանքով տեղում մահացել է երեք զինծառայող:",
        "azerbaijani-media",
    ),
    (  # ru-40ddfc169c (dev): "объяснила", a speech verb the pack lacked
        "ru",
        "https://knews.kg/2023/04/24/x",
        "Госпогранслужба Азербайджана объяснила такое решение необходимостью предотвратить "
        "«переброску живой силы, боеприпасов и оружия».",
        "azerbaijan",
    ),
    (  # az-7c6d7a0e08 (dev): the unmarked phrase opening the sentence, the subject of the
        # verb closing it, a comma inside the object clauses between
        "az",
        "https://report.az/x",
        "Azərbaycan hakimiyyəti dekabrın 12-də azərbaycanlıların təşkil etdiyi aksiyalarda heç "
        "bir blokadanın olmadığını, mülki avtomobillərin Laçın yolundan sərbəst keçə bildiyini "
        "deyib.",
        "azerbaijan",
    ),
    (  # en-ce28343092 (dev): "questioned", then "asserted"
        "en",
        "https://pledgetimes.com/x",
        "The Armenian side questioned the ecological nature of the concentration and asserted "
        "that it is made up of envoys from the Government of the President of Azerbaijan.",
        "armenia",
    ),
]


@pytest.mark.parametrize(("lang", "url", "text", "actor"), NAMED_SPEAKER)
def test_a_speaker_the_sentence_names_is_read(lang: str, url: str, text: str, actor: str) -> None:
    (claim,) = claims_of(text, lang, url)
    assert claim.claimant_actor == actor


def test_a_long_quotation_set_off_from_its_verb_is_still_an_edge() -> None:
    # a quotation followed by a comma, then the verb: the clause opens after the comma,
    # and no subject stands in it; the quotation's own words name no speaker
    (claim,) = claims_of(
        '"Azerbaycan Savunma Bakanlığı saldırıyı durdurmalı", diye yazıldı.',
        "tr",
        "https://www.trthaber.com/x",
    )
    assert claim.claimant_actor is None


def test_a_statement_named_by_its_document_with_a_passive_verb_form() -> None:
    # tr-fa13db201c (dev): "ifadesine yer verildi", "bilgisi paylaşıldı": verb forms the
    # pack lacked; "Açıklamada" is then the statement of the speaker named last
    text = (
        "Ermenistan Savunma Bakanlığı, Azerbaycan Silahlı Kuvvetleri'nin doğu yönünde saldırı "
        "başlattığını açıkladı.\n\n"
        "Açıklamada, “Saat 16.00 (TSİ 15.00) itibarıyla Ermenistan'ın doğu sınırındaki durum son "
        "derece gergin kalmaya devam ediyor” ifadesine yer verildi."
    )
    claims = claims_of(text, "tr", "https://www.aa.com.tr/x")
    assert [c.claimant_actor for c in claims] == ["armenia", "armenia"]
