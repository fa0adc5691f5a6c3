"""Articles nothing dates (timeline.undated): claims that give their own date stand, the
others are kept undated, never guessed. Sentences from undated articles of the eval
corpus's dev split (an Azerbaijani reprint of Modern.az, an Interfax dispatch whose
dateline has no year), and one written to show a full date."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from pathlib import Path

import pytest

from timeline.extract import extract_claims
from timeline.knowledge import Knowledge, load_knowledge
from timeline.model import Sentence, SourceArticle
from timeline.text import split_sentences
from timeline.undated import ANCHOR_YEAR, UNDATED_ANCHOR, build_anchor, read_undated

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = dt.date(2026, 1, 1)


@functools.cache
def knowledge() -> Knowledge:
    return load_knowledge(ROOT / "data")[0]


def undated_article(text: str, lang: str) -> SourceArticle:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    texts = [
        (number, text)
        for number, paragraph in enumerate(paragraphs)
        for text in split_sentences(paragraph, lang)
    ]
    sentences = [Sentence(i, number, text) for i, (number, text) in enumerate(texts)]
    return SourceArticle(
        id="u",
        file="u.txt",
        content_hash="0",
        headline=None,
        published=None,
        published_from=None,
        language=lang,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
    )


def test_a_claim_with_its_own_year_stands_and_today_is_not_guessed():
    article = undated_article(
        "Bu gün saat 05:40 radələrində Qazax rayonunun Daş Salahlı kəndi yaxınlığındakı "
        "sərhəd döyüş məntəqəsində əsgər odlu silahdan açılmış atəş nəticəsində yaralanıb.\n\n"
        "Bizimaz.az Modern.az-a istinadən xəbər verir ki, bu ölüm 2020-ci ildə "
        "Azərbaycan-Ermənistan sərhədində qeydə alınan sayca 4-cü əsgər ölümüdür.",
        "az",
    )
    dated, undated = read_undated(article, knowledge(), REFERENCE)
    assert [(c.quotes[0].sentence, c.date.edtf) for c in dated] == [(1, "2020")]
    assert all(c.said_on is None for c in dated)
    assert [c.sentence for c in undated] == [0]
    assert undated[0].text.startswith("Bu gün saat 05:40")


def test_a_dateline_without_a_year_dates_nothing():
    article = undated_article(
        "ВС Азербайджана в ходе операции в Карабахском регионе взяли под контроль более 60 "
        "позиций армянских военных, заявил начальник пресс-службы МИД Азербайджана Анар "
        "Эйвазов на брифинге во вторник.",
        "ru",
    )
    dated, undated = read_undated(article, knowledge(), REFERENCE)
    assert dated == []
    assert len(undated) == 1 and undated[0].claimant and "Эйвазов" in undated[0].claimant
    assert undated[0].claimant_side == "azerbaijan"


def test_a_full_date_stands_and_the_sentence_after_it_keeps_it():
    article = undated_article(
        "On 14 September 2022, Armenia's defence ministry said 49 Armenian servicemen were "
        "killed in the Azerbaijani attack.\n\n"
        "The next day, Baku said 50 Azerbaijani soldiers had died.\n\n"
        "On Tuesday, the two sides agreed a ceasefire.",
        "en",
    )
    dated, undated = read_undated(article, knowledge(), REFERENCE)
    by_sentence = {c.quotes[0].sentence: c for c in dated}
    assert by_sentence[0].date.edtf == "2022-09-14"
    assert by_sentence[0].event_type != "background"  # typed against its own latest date
    assert by_sentence[1].date.edtf == "2022-09-15"  # relative to a date the text gives
    assert [c.sentence for c in undated] == [2]  # "on Tuesday" needs the article's date


def test_a_dated_article_is_not_read_here():
    article = undated_article("Armenia said on Tuesday that one soldier was killed.", "en")
    dated_article = SourceArticle(**{**article.__dict__, "published": dt.date(2021, 11, 16)})
    assert read_undated(dated_article, knowledge(), REFERENCE) == ([], ())


def test_under_a_month_only_header_a_day_and_month_take_its_year_and_a_weekday_its_month():
    """A weekday tells of the week before the report: under "date 2022-12" it is of
    December (the day stays unknown), read as of the month's eighth day and as of its last."""
    article = dataclasses.replace(
        undated_article(
            "Armenia's defence ministry said on 11 December that a soldier was killed near "
            "Kalbajar.\n\nOn Tuesday, a second soldier was wounded, the ministry said.",
            "en",
        ),
        published_month="2022-12",
    )
    dated, undated = read_undated(article, knowledge(), REFERENCE)
    assert [(c.quotes[0].sentence, c.date.edtf) for c in dated] == [
        (0, "2022-12-11"),
        (1, "2022-12"),
    ]
    assert undated == ()


MONTH_HEADER_WEEKDAYS = [
    # fr-a41a1069d7 (dev, header "date 2022-03"): "lundi" and the sentences after it
    (
        "Un soldat arménien a été tué et un autre blessé lundi dans une violation du "
        "cessez-le-feu signalée à la frontière de l'Arménie avec l'Azerbaïdjan.\n\n"
        "Le ministère arménien de la Défense a déclaré que le sergent Hrach Manasarian est "
        "décédé sur le chemin de l'hôpital.",
        "fr",
        "2022-03",
        [(0, "2022-03"), (1, "2022-03")],
    ),
    # fr-c9ea7d9627 (dev, header "date 2023-06"): "vendredi"
    (
        "La Russie a exhorté vendredi l'Azerbaïdjan à libérer totalement l'accès au corridor "
        "de Latchine, seule voie terrestre reliant l'Arménie à l'enclave disputée du "
        "Haut-Karabakh.",
        "fr",
        "2023-06",
        [(0, "2023-06")],
    ),
    # tr-1b45992b40 (dev): "dün gece" (last night) read under a month-only header
    (
        "Azerbaycan-Ermenistan sınırında dün gece başlayan çatışmaların ardından Azerbaycan "
        "ordusundan 7 askerin şehit olduğunu, 10 askerin yaralandığını duyuruldu.",
        "tr",
        "2021-11",
        [(0, "2021-11")],
    ),
    # a ru dev article's "во вторник" read under a month-only header
    (
        "Министерство обороны Азербайджана во вторник объявило о проведении в Карабахе "
        '"антитеррористических мероприятий локального характера".',
        "ru",
        "2023-09",
        [(0, "2023-09")],
    ),
    # "last month" reaches into the month before: never this month
    (
        "Armenia said last month that two soldiers were wounded near the border.",
        "en",
        "2022-12",
        [],
    ),
    # a day of the last week of the month before: the report may be of the month's first
    # days, and "on Tuesday" of November; it stays undated (written to show the rule)
    (
        "Fighting broke out on 28 November near Jermuk.\n\n"
        "On Tuesday, a soldier was wounded, the ministry said.",
        "en",
        "2022-12",
        [(0, "2022-11-28")],
    ),
]


@pytest.mark.parametrize(("text", "lang", "month", "expected"), MONTH_HEADER_WEEKDAYS)
def test_under_a_month_only_header_a_weekday_is_of_its_month(
    text: str, lang: str, month: str, expected: list[tuple[int, str]]
) -> None:
    article = dataclasses.replace(undated_article(text, lang), published_month=month)
    dated, _ = read_undated(article, knowledge(), REFERENCE)
    assert [(c.quotes[0].sentence, c.date.edtf) for c in dated] == expected


def test_under_a_month_only_header_what_falls_in_the_month_on_any_day_is_of_that_month():
    """fr-c3ac2ae374 (dev split, header "date 2022-12"): read as of 1 December or as of 31
    December, "jeudi" and the sentences after it fall in December 2022: the month, at its
    precision; the day stays unknown."""
    article = dataclasses.replace(
        undated_article(
            "L'Arménie a accusé jeudi les soldats russes de maintien de la paix d'avoir échoué "
            "à empêcher un \"blocus\" par l'Azerbaïdjan de l'enclave séparatiste du Nagorny "
            "Karabakh.\n\n"
            "Mais Erevan a accusé Bakou d'avoir mis en scène ces protestations et de bloquer "
            "volontairement cette route.",
            "fr",
        ),
        published_month="2022-12",
    )
    dated, undated = read_undated(article, knowledge(), REFERENCE)
    assert [(c.quotes[0].sentence, c.date.edtf) for c in dated] == [(0, "2022-12"), (1, "2022-12")]
    assert all(c.said_on is None for c in dated)
    assert undated == ()


def test_an_undated_article_s_two_accounts_of_its_day_are_one_dispute():
    # fr-d120780109 (AFP reposted without a date): Armenia's account of "jeudi" and
    # Azerbaijan's accusation are disputed though the day stays unknown; the Armenian
    # army's count of its own dead disputes nothing
    article = undated_article(
        "Trois soldats arméniens ont été tués jeudi dans des affrontements avec les forces "
        "azerbaïdjanaises à la frontière entre les deux pays, qui se disputent la région du "
        "Nagorny-Karabakh, a annoncé l’armée arménienne.\n\n"
        "“Jeudi matin, très tôt, les forces armées azerbaïdjanaises ont fait intrusion sur le "
        "territoire arménien“, a affirmé à l’AFP un porte-parole du ministère arménien de la "
        "Défense, Artstroun Khovkhannissian.\n\n"
        "Pour sa part, l’Azerbaïdjan a accusé l’Arménie d’avoir envoyé un “groupe de "
        "saboteurs“ sur son territoire.",
        "fr",
    )
    dated, undated = read_undated(article, knowledge(), REFERENCE)
    assert dated == []
    assert [(c.sentence, c.claimant_side, bool(c.disputes)) for c in undated] == [
        (0, "armenia", False),
        (1, "armenia", True),
        (2, "azerbaijan", True),
    ]
    assert undated[1].disputes == undated[2].disputes
    assert undated[1].conflict_group == "u:undated1:account"


def test_undated_claims_of_different_days_dispute_nothing():
    # the two accounts are dated apart as of any publication date: "jeudi", "1994"
    article = undated_article(
        "“Jeudi matin, très tôt, les forces armées azerbaïdjanaises ont fait intrusion sur le "
        "territoire arménien“, a affirmé à l’AFP un porte-parole du ministère arménien de la "
        "Défense, Artstroun Khovkhannissian.\n\n"
        "Pour sa part, l’Azerbaïdjan a accusé l’Arménie d’avoir envoyé un “groupe de "
        "saboteurs“ sur son territoire la veille.",
        "fr",
    )
    _, undated = read_undated(article, knowledge(), REFERENCE)
    assert [c.disputes for c in undated] == [(), ()]


def test_since_a_year_stands_and_early_april_is_not_guessed():
    """fr-d120780109: the worst violence since the 1994 ceasefire (and the war before it)
    is of 1994 in an undated article; "début avril" has no year, and never takes 1994."""
    article = undated_article(
        "Au moins 110 personnes, des civils et des militaires des deux camps, ont été tuées "
        "début avril dans des affrontements au Nagorny-Karabakh.\n\n"
        "Il s’agissait des pires violences depuis un premier cessez-le-feu conclu en 1994, "
        "après une guerre ayant fait 30.000 morts et des centaines de milliers de réfugiés, "
        "principalement des Azerbaïdjanais.",
        "fr",
    )
    dated, undated = read_undated(article, knowledge(), REFERENCE)
    assert [(c.quotes[0].sentence, c.date.edtf) for c in dated] == [(1, "1994")]
    assert [c.sentence for c in undated] == [0]


def test_days_without_a_year_take_the_year_of_the_date_the_article_writes_out():
    """fr-509d6f7f29 (dev split, an opinion with no date but its first line's "Le 21
    octobre 2022"): the days it names with no year before that day are of 2022; "hier"
    and a day after 21 October (written to show them) need the article's own date."""
    article = undated_article(
        "Le 21 octobre 2022, j'ai publié un point de vue dans le journal Le Monde sur la "
        "situation en Arménie.\n\n"
        "Les 12, 13 et 14 septembre, des tirs d'artillerie azerbaïdjanais ont fait plus de 200 "
        "victimes arméniennes et déplacé près de 8 000 personnes. Malgré les nombreux appels "
        "de la communauté internationale à l'apaisement et au respect d'un cessez-le-feu, une "
        "vidéo diffusée le 2 octobre nous donne toutes les raisons de penser que l'armée "
        "azerbaïdjanaise s'est rendue coupable de nouveaux crimes de guerre.\n\n"
        "Hier, un soldat arménien a été tué à la frontière.\n\n"
        "Le 12 décembre, un soldat arménien a été blessé à la frontière.",
        "fr",
    )
    dated, undated = read_undated(article, knowledge(), REFERENCE)
    assert [(c.quotes[0].sentence, c.date.edtf) for c in dated] == [
        (0, "2022-10-21"),
        (1, "2022-09-12/2022-09-14"),
        (2, "2022-10-02"),
    ]
    assert [c.sentence for c in undated] == [3, 4]


def test_under_a_month_only_header_last_year_is_the_year_before_that_month():
    """fr-04055aa2c7 (dev split, header "date 2021-11"): "l'année dernière" is 2020 read
    as of any day of November 2021, and is not read again as of the end of 2020."""
    article = dataclasses.replace(
        undated_article(
            "A l'automne de l'année dernière, l'Arménie et l'Azerbaïdjan s'étaient livrés une "
            "courte guerre, qui avait fait plus de 6.500 morts.",
            "fr",
        ),
        published_month="2021-11",
    )
    dated, undated = read_undated(article, knowledge(), REFERENCE)
    assert [(c.quotes[0].sentence, c.date.edtf) for c in dated] == [(0, "2020")]
    assert undated == ()


@pytest.mark.parametrize(
    ("text", "lang", "expected", "left"),
    [
        # en-a216e2d1f7 (dev split, no date but its lede's): the lede writes out the day
        # with its year, the latest day the article names; the next paragraphs report that
        # night's events with no date of their own, and go on with the lede's day
        (
            "The situation in Nagorno-Karabakh intensified overnight on Tuesday, April 26, "
            "2016. Both sides of the conflict accuse each other of violating the ceasefire.\n\n"
            "The Defense Ministry of Azerbaijan stated that the Armenian Armed Units attacked "
            "Azerbaijani settlements with the use of Grad rockets.\n\n"
            'Two soldiers of the "NKR" were killed during the shelling.\n\n'
            "The situation in the Karabakh conflict zone sharply escalated on the night of "
            "April 2, 2016.",
            "en",
            [
                (0, "2016-04-26"),
                (1, "2016-04-26"),
                (2, "2016-04-26"),
                (3, "2016-04-26"),
                (4, "2016-04-02"),
            ],
            [],
        ),
        # hy-cdb8df436f (dev split, read here without its address): the lede recalls a day
        # of the year before, the next sentence is of "today" (unknown), and the one after
        # it goes on with today: the lede's run ends at "այսօր"
        (
            "2023 թվականի սեպտեմբերի 19-ին Ադրբեջանը լայնածավալ հարձակում սկսեց Լեռնային "
            "Ղարաբաղի վրա։\n"
            "Արցախի նախագահ Սամվել Շահրամանյանը և Արցախի ԱԺ պատգամավորներն այսօր վաղ "
            "առավոտյան ծաղիկներ են խոնարհել «Եռաբլուր» զինվորական պանթեոնում։\n"
            "Կատարվել է հոգեհանգստյան կարգ՝ ի հիշատակ Լեռնային Ղարաբաղի պաշտպանության համար "
            "մղված մարտերի ընթացքում զոհված հերոսների։",
            "hy",
            [(0, "2023-09-19")],
            [1, 2],
        ),
    ],
)
def test_the_sentences_after_a_lede_that_writes_out_its_day_go_on_with_it(
    text: str, lang: str, expected: list[tuple[int, str]], left: list[int]
) -> None:
    dated, undated = read_undated(undated_article(text, lang), knowledge(), REFERENCE)
    assert [(c.quotes[0].sentence, c.date.edtf) for c in dated] == expected
    assert [c.sentence for c in undated] == left


#: An undated article's accounts, as wires word them: the two sides' counts of one side's
#: dead, of "Monday" and "yesterday" (one day only when the article came out on a
#: Tuesday), and of no day of their own (the day of publication, whichever it is).
_ONE_TOLL = (
    "Two Armenian soldiers were killed {one} by Azerbaijani fire, the Armenian Defence "
    "Ministry said.\n\nFive Armenian soldiers were killed {other}, the Azerbaijani Defence "
    "Ministry said."
)


@pytest.mark.parametrize(
    ("text", "lang", "disputed"),
    [
        (_ONE_TOLL.format(one="on Monday", other="yesterday"), "en", False),
        (_ONE_TOLL.format(one="", other="").replace(" ,", ","), "en", True),
        # fr-d120780109: "jeudi" and what follows it, of one day as of any date
        (
            "“Jeudi matin, très tôt, les forces armées azerbaïdjanaises ont fait intrusion sur "
            "le territoire arménien“, a affirmé à l’AFP un porte-parole du ministère arménien "
            "de la Défense, Artstroun Khovkhannissian.\n\n"
            "Pour sa part, l’Azerbaïdjan a accusé l’Arménie d’avoir envoyé un “groupe de "
            "saboteurs“ sur son territoire.",
            "fr",
            True,
        ),
        # fr-ee60649ca0: the denial that names no day answers the account of "mardi", the
        # same day as of a Tuesday, a day before it as of any other
        (
            "EREVAN: L'Arménie a accusé mardi l'Azerbaïdjan d'avoir ouvert le feu sur ses "
            "soldats, dont l'un a été blessé, dernier accrochage en date entre les deux pays "
            "rivaux du Caucase après une guerre au Nagorny Karabakh l'année passée.\n\n"
            "Bakou a pour sa part démenti toute implication.",
            "fr",
            True,
        ),
    ],
)
def test_an_undated_article_s_disputes_do_not_depend_on_the_day_it_is_built(
    text: str, lang: str, disputed: bool
) -> None:
    # issue 20: the days of an undated article are found by both readings, not by the
    # first one's anchor (the build's reference date): built on a Tuesday, "on Monday"
    # and "yesterday" were one day and disputed; built on a Wednesday, not
    article = undated_article(text, lang)
    found = [
        [(c.sentence, c.disputes) for c in read_undated(article, knowledge(), day)[1]]
        for day in (dt.date(2026, 12, 7), dt.date(2026, 12, 8), dt.date(2026, 12, 9))
    ]
    assert found[0] == found[1] == found[2]
    assert any(disputes for _, disputes in found[0]) is disputed


#: ru-5497e29711, fr-c76fc3523d: a lede that names no day, then "в субботу" / "samedi".
_LEDE_THEN_WEEKDAY = [
    (
        "Минобороны Армении опровергло сообщение азербайджанской стороны о жертвах среди "
        'личного состава армянской армии, передает "Интерфакс".\n\n'
        "Ранее в субботу пресс-служба министерства обороны Азербайджана сообщила, что "
        "вооруженные силы Азербайджана полностью вернули контроль над несколькими "
        "стратегическими высотами.",
        "ru",
    ),
    (
        "Le ministère de la Défense de l'Azerbaïdjan a annoncé la mort d'un soldat azéri "
        "après une embuscade depuis les positions des forces armées arméniennes à la "
        "frontière entre les deux pays.\n\n"
        "Un soldat azerbaïdjanais a été tué samedi par un tireur embusqué depuis les "
        "positions des forces armées arméniennes à la frontière entre les deux pays, a "
        "indiqué le ministère azerbaïdjanais de la Défense.",
        "fr",
    ),
]


@pytest.mark.parametrize(("text", "lang"), _LEDE_THEN_WEEKDAY)
def test_a_lede_is_of_the_day_of_the_weekday_after_it_as_of_any_anchor(
    text: str, lang: str
) -> None:
    # issue 20: read as of an anchor (no publication day), how far back "samedi" lies is
    # the anchor's weekday: as of a Monday the lede took Saturday (2 days back), as of a
    # Wednesday not (4 days); so the lede's disputes changed with the day of the build
    article = undated_article(text, lang)
    for day in (dt.date(2026, 12, 6) + dt.timedelta(days=n) for n in range(7)):  # Sun..Sat
        read = dataclasses.replace(article, published=day, published_from="anchor")
        claims = extract_claims(read, knowledge())
        assert len({c.date for c in claims}) == 1, day


def test_an_undated_article_is_read_alike_whatever_day_of_the_year_it_is_built() -> None:
    # issue 20, fr-ee60649ca0: "l'année passée" read as of the build's day was 341 days
    # back built on 7 December (background: the sentences after it took the day of
    # publication), 7 days back built on 7 January (they took "last year"): the denial and
    # the account it denies were of two days, then of one
    article = undated_article(
        "EREVAN: L'Arménie a accusé mardi l'Azerbaïdjan d'avoir ouvert le feu sur ses "
        "soldats, dont l'un a été blessé, dernier accrochage en date entre les deux pays "
        "rivaux du Caucase après une guerre au Nagorny Karabakh l'année passée.\n\n"
        "Selon le chef d'état-major arménien, Samvel Asatryan, un militaire a été « "
        "légèrement » blessé dans cet incident qui a eu lieu près du village de Verin "
        "Chorja.\n\n"
        "Bakou a pour sa part démenti toute implication.",
        "fr",
    )
    days = (dt.date(2026, 12, 7), dt.date(2027, 1, 7), dt.date(2027, 6, 30), dt.date(2028, 2, 29))
    found = [
        [(c.sentence, c.disputes) for c in read_undated(article, knowledge(), day)[1]]
        for day in days
    ]
    assert all(f == found[0] for f in found)
    assert any(disputes for _, disputes in found[0])


@pytest.mark.parametrize(
    ("named", "reference", "anchor"),
    [
        (dt.date.min, dt.date(2026, 12, 7), UNDATED_ANCHOR),
        (dt.date.min, dt.date(2031, 5, 2), UNDATED_ANCHOR),  # any later build
        (dt.date(2020, 1, 1), dt.date(2027, 1, 7), UNDATED_ANCHOR),  # "en 2020"
        # "в 2027 году": no year to come, read as of that year's Monday
        (dt.date(2027, 1, 1), dt.date(2027, 3, 1), UNDATED_ANCHOR + ANCHOR_YEAR),
        # a build as of a day before it: as of a Monday no later than that day
        (dt.date.min, dt.date(2026, 1, 1), UNDATED_ANCHOR - ANCHOR_YEAR),
    ],
)
def test_an_undated_article_is_read_as_of_a_day_of_no_build(
    named: dt.date, reference: dt.date, anchor: dt.date
) -> None:
    assert build_anchor(named, reference) == anchor
    assert anchor.weekday() == UNDATED_ANCHOR.weekday()
