"""Date forms of round 5: days joined or listed before (or after) their month ("27 и 28
июля", "19-20 sentyabr", "sentyabrın 19-20-də", "12, 13 ve 14 Eylül'de", "սեպտեմբերի
13-ին և 14-ին") are one span of days in every pack. A real excerpt of the dev split
first (ru-c517851966), then each language's other forms of the same class; a day
followed by a count stays a day."""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract import article, knowledge

from timeline.dates import day, find_dates
from timeline.extract import extract_claims

D = dt.date.fromisoformat

#: (language, sentence, published, [(mention, EDTF)])
FORMS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    # ru-c517851966 (dev): two days joined by "и"
    ("ru", "Ранее с сообщением выступила Армия обороны Арцаха, согласно которой, 27 и 28 "
     "июля ВС Азербайджана нарушили режим прекращения огня, открыв огонь в направлении "
     "позиций на участке Тонашена, Кармир шука и Тагаварда.", "2022-07-28",
     [("27 и 28 июля", "2022-07-27/2022-07-28")]),
    ("ru", "12, 13 и 14 сентября шли бои.", "2022-09-20",
     [("12, 13 и 14 сентября", "2022-09-12/2022-09-14")]),
    # Azerbaijani: days before the month (maybe its case ending, maybe the year after),
    # or after it with their endings
    ("az", "19-20 sentyabr tarixlərində antiterror tədbirləri keçirilib.", "2023-10-02",
     [("19-20 sentyabr", "2023-09-19/2023-09-20")]),
    ("az", "19-20 sentyabrda antiterror tədbirləri keçirilib.", "2023-10-02",
     [("19-20 sentyabrda", "2023-09-19/2023-09-20")]),
    ("az", "19 və 20 sentyabr 2023-cü il tarixlərində tədbirlər keçirilib.", "2024-10-02",
     [("19 və 20 sentyabr 2023-cü il", "2023-09-19/2023-09-20")]),
    ("az", "12, 13 və 14 sentyabrda döyüşlər gedib.", "2022-09-20",
     [("12, 13 və 14 sentyabrda", "2022-09-12/2022-09-14")]),
    ("az", "Sentyabrın 19-20-də antiterror tədbirləri keçirilib.", "2023-10-02",
     [("Sentyabrın 19-20-də", "2023-09-19/2023-09-20")]),
    ("az", "Sentyabrın 13-ü və 14-ü döyüşlər gedib.", "2022-09-20",
     [("Sentyabrın 13-ü və 14-ü", "2022-09-13/2022-09-14")]),
    # hy-883480602c (dev): from one day to another, "սեպտեմբերի 13-ից 14-ը"
    ("hy", "Ադրբեջանը հայտնել է, որ Հայաստանին է փոխանցել սեպտեմբերի 13-ից 14-ը ռազմական "
     "գործողությունների հետևանքով գերեվարված 17 հայ զինծառայողի:", "2022-10-04",
     [("սեպտեմբերի 13-ից 14-ը", "2022-09-13/2022-09-14")]),
    ("hy", "Սեպտեմբերի 13-ից մինչև 14-ը մարտեր են ընթացել։", "2022-10-04",
     [("Սեպտեմբերի 13-ից մինչև 14-ը", "2022-09-13/2022-09-14")]),
    # a day, then a count: one day
    ("az", "Sentyabrın 19-da 20 nəfər yaralanıb.", "2023-10-02",
     [("Sentyabrın 19", "2023-09-19")]),
    # Turkish and Armenian lists and pairs
    ("tr", "12, 13 ve 14 Eylül'de çatışmalar yaşandı.", "2022-09-20",
     [("12, 13 ve 14 Eylül", "2022-09-12/2022-09-14")]),
    ("hy", "Սեպտեմբերի 13-ին և 14-ին Ադրբեջանը հարձակվել է։", "2022-09-20",
     [("Սեպտեմբերի 13-ին և 14-ին", "2022-09-13/2022-09-14")]),
    ("hy", "Սեպտեմբերի 19-ին 20 զինծառայող է զոհվել։", "2023-10-02",
     [("Սեպտեմբերի 19-ի", "2023-09-19")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "published", "expected"), FORMS)
def test_joined_days_are_one_span(
    lang: str, sentence: str, published: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(sentence, D(published), None, lang)
    assert [(m.text, m.value.edtf) for m in found] == expected


#: (language, sentence, the day told before it, [(mention, EDTF)])
FOLLOWING: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    # en-7ccbe1b72b and tr-cd0a69165f (dev): the days after 12 July 2020, to no given end
    ("en", "The fighting continued in the following several days as well.", "2020-07-12",
     [("in the following several days", "2020-07")]),
    ("tr", "Sonraki günlerde de devam eden çatışmalarda, Azerbaycan ordusundan biri tümgeneral "
     "olmak üzere 7 asker şehit olmuştu.", "2020-07-12", [("Sonraki günlerde", "2020-07")]),
    ("en", "In the days that followed, Azerbaijan lost several soldiers.", "2020-07-12",
     [("In the days that followed", "2020-07")]),
    ("fr", "Dans les jours qui ont suivi, les combats ont continué.", "2020-07-12",
     [("Dans les jours qui ont suivi", "2020-07")]),
    ("ru", "В последующие дни бои продолжались.", "2020-07-12",
     [("В последующие дни", "2020-07")]),
    ("az", "Sonrakı günlərdə döyüşlər davam edib.", "2020-07-12",
     [("Sonrakı günlərdə", "2020-07")]),
    ("hy", "Հաջորդ օրերին մարտերը շարունակվել են։", "2020-07-12",
     [("Հաջորդ օրերին", "2020-07")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "before", "expected"), FOLLOWING)
def test_the_following_days_are_the_month_of_the_day_before_them(
    lang: str, sentence: str, before: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(sentence, D("2020-07-22"), day(D(before)), lang)
    assert [(m.text, m.value.edtf) for m in found] == expected
    # with no day told before them, they date nothing
    assert find_dates(sentence, D("2020-07-22"), None, lang) == []


def test_the_sentences_after_the_following_days_go_on_in_that_month() -> None:
    """en-7ccbe1b72b (dev, of 22 July 2020): the losses and damage told after "in the
    following several days" are of July, not of the 12th."""
    text = (
        "Armenian armed forces opened fire in the direction of Azerbaijan's Tovuz district "
        "on July 12.\n\n"
        "The fighting continued in the following several days as well. Azerbaijan lost "
        "several military personnel members, who died fighting off the attacks of the "
        "Armenian armed forces. As a result of the shelling, many houses in the Tovuz "
        "district's border villages were damaged."
    )
    claims = extract_claims(article(text, "2020-07-22", "en"), knowledge())
    assert [c.date.edtf for c in claims] == ["2020-07-12", "2020-07", "2020-07", "2020-07"]


#: (language, text, published, the claims' dates in order)
LOOK_BACKS: list[tuple[str, str, str, list[str]]] = [
    # hy-96dcefa920 (dev, of 20 April 2024): the meeting recalled as yesterday's, then
    # a paragraph that opens on it ("Հանդիպման արդյունքում ..."): yesterday's, all of it
    (
        "hy",
        "Կիրանցի 96-ամյա Լենա Ղարդաշյանը համագյուղացիների հետ փակել էր Հայաստան–Վրաստան "
        "միջպետական ճանապարհը:\n\n"
        "Հիշեցնենք, որ Հայաստանի և Ադրբեջանի սահմանին երեկ տեղի է ունեցել երկու երկրի միջև "
        "պետական սահմանի սահմանազատման հարցերով հանձնաժողովների ութերորդ հանդիպումը՝ "
        "Հայաստանի և Ադրբեջանի փոխվարչապետներ Մհեր Գրիգորյանի և Շահին Մուստաֆաևի "
        "նախագահությամբ:\n\n"
        "Հանդիպման արդյունքում ստորագրվել է արձանագրություն: Կողմերը պայմանավորվել են "
        "աշխատանքային կարգով համաձայնեցնել հաջորդ հանդիպման անցկացման ամսաթիվն ու վայրը:",
        "2024-04-20",
        ["2024-04-20", "2024-04-19", "2024-04-19", "2024-04-19"],
    ),
    # a sentence after the look back that does not open on it goes on with the story's day
    (
        "en",
        "Residents blocked the interstate road near Kirants on Saturday.\n\n"
        "The border commissions met yesterday on the border.\n\n"
        "Police units arrived at the site and blocked the road.",
        "2024-04-20",
        ["2024-04-20", "2024-04-19", "2024-04-20"],
    ),
    (
        "en",
        "Residents blocked the interstate road near Kirants on Saturday.\n\n"
        "The border commissions met yesterday on the border.\n\n"
        "The commissions signed a protocol.",
        "2024-04-20",
        ["2024-04-20", "2024-04-19", "2024-04-19"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), LOOK_BACKS)
def test_a_sentence_that_opens_on_a_look_back_goes_on_about_it(
    lang: str, text: str, published: str, expected: list[str]
) -> None:
    claims = extract_claims(article(text, published, lang), knowledge())
    assert [c.date.edtf for c in claims] == expected


def test_a_name_opening_the_sentence_after_a_look_back_ties_nothing() -> None:
    text = (
        "Residents blocked the interstate road near Kirants on Saturday.\n\n"
        "Azerbaijan said yesterday that Armenian forces had fired on its positions.\n\n"
        "Azerbaijan also reported that one soldier was wounded."
    )
    claims = extract_claims(article(text, "2024-04-20", "en"), knowledge())
    assert [c.date.edtf for c in claims] == ["2024-04-20", "2024-04-19", "2024-04-20"]


#: (language, sentence, [(mention, EDTF)]): a decade however the language writes it
DECADES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # fr-6be26615ef and fr-82ebc6a741 (dev, AFP): "au début des années 1990" is the 1990s
    ("fr", "Les séparatistes arméniens, soutenus par Erevan, ont pris le contrôle du "
     "Nagorny-Karabakh au début des années 1990 à l'issue d'une guerre qui a fait 30.000 "
     "morts.", [("des années 1990", "199X")]),
    ("fr", "À la fin des années 80, le conflit a éclaté.", [("des années 80", "198X")]),
    ("ru", "В 90-х годах шла война.", [("В 90-х годах", "199X")]),
    ("ru", "В начале 90-х шла война.", [("90-х", "199X")]),
    ("tr", "90'lı yıllarda savaş yaşandı.", [("90'lı yıllarda", "199X")]),
    ("en", "In the early 90s, a war broke out.", [("the early 90s", "199X")]),
    # ... and not the days of a month, an ordinal or an age
    ("ru", "В 20-х числах сентября шли бои.", []),
    ("ru", "Погибли 90-е сутки.", []),
    ("tr", "90'lı yaşlarda bir kadın yaralandı.", []),
    ("en", "Men in their 90s were evacuated.", []),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "expected"), DECADES)
def test_decades(lang: str, sentence: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(sentence, D("2016-04-05"), None, lang)
    assert [(m.text, m.value.edtf) for m in found] == expected


#: (language, sentence, published, the sentence's own date)
CLAUSES: list[tuple[str, str, str, str]] = [
    # ru-93aa7f2c52 (dev, of Friday 28 May 2021): the month is of the incidents in the
    # relative clause ("где в этом месяце ..."), the sentence is of Friday morning
    ("ru", "Там также проинформировали, что ситуация на армяно-азербайджанской границе в "
     "Гегаркуникской и Сюникской областях, где в этом месяце произошла серия инцидентов, по "
     "состоянию на утро пятницы стабильная.", "2021-05-28", "2021-05-28"),
    ("ru", "Бои, о которых сообщалось в прошлом месяце, продолжились в субботу.", "2021-05-28",
     "2021-05-22"),
    ("fr", "La frontière, où des incidents ont eu lieu le mois dernier, était calme "
     "vendredi.", "2021-05-28", "2021-05-28"),
    ("en", "The border, where incidents occurred last month, was calm on Friday.",
     "2021-05-28", "2021-05-28"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "published", "expected"), CLAUSES)
def test_a_date_in_a_relative_clause_leaves_the_sentence_its_own(
    lang: str, sentence: str, published: str, expected: str
) -> None:
    claims = extract_claims(article(sentence, published, lang), knowledge())
    assert [c.date.edtf for c in claims] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ситуация по состоянию на утро пятницы стабильная.", "2021-05-28"),
        ("Обстрелы продолжались с понедельника.", "2021-05-24"),
        ("Бои шли до воскресенья.", "2021-05-23"),
        ("Загрязнение окружающей среды растет.", None),
    ],
)
def test_russian_weekdays_in_the_genitive(sentence: str, expected: str | None) -> None:
    found = find_dates(sentence, D("2021-05-28"), None, "ru")
    assert [m.value.edtf for m in found] == ([expected] if expected else [])
