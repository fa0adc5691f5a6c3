"""Date forms of every reading language: the night into a day, "currently", and the words
each language has for last night, the weekend, mid-month, "the past week". Real excerpts
of the dev split first, then the language's other forms of the same class."""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract import article, knowledge

from timeline.dates import find_dates
from timeline.extract import extract_claims

D = dt.date.fromisoformat

#: (language, sentence, published, [(mention, EDTF)]); 2020-10-14 is a Wednesday.
FORMS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    # the night into a day is that day's eve and that day (ru-1e15b84bd9)
    (
        "ru",
        'Как сообщал "Кавказский узел", в ночь на 2 апреля ситуация в зоне карабахского '
        "конфликта резко обострилась.",
        "2016-04-06",
        [("в ночь на 2 апреля", "2016-04-01/2016-04-02")],
    ),
    (
        "ru",
        "Обстрел начался в ночь на 2-е апреля.",
        "2016-04-06",
        [("в ночь на 2-е апреля", "2016-04-01/2016-04-02")],
    ),
    (
        "ru",
        "Бои шли в ночь на воскресенье.",
        "2020-10-14",
        [("в ночь на воскресенье", "2020-10-10/2020-10-11")],
    ),
    (
        "ru",
        "Бои шли в ночь с субботы на воскресенье.",
        "2020-10-14",
        [("в ночь с субботы на воскресенье", "2020-10-10/2020-10-11")],
    ),
    (
        "fr",
        "Les combats ont repris dans la nuit de samedi à dimanche.",
        "2020-10-14",
        [("dans la nuit de samedi à dimanche", "2020-10-10/2020-10-11")],
    ),
    (
        "hy",
        "Շաբաթ լույս կիրակի գիշերը հակառակորդը կրակ է բացել։",
        "2020-10-14",
        [("Շաբաթ լույս կիրակի գիշերը", "2020-10-10/2020-10-11")],
    ),
    (
        "hy",
        "Ապրիլի 2-ի լույս գիշերը հակառակորդը կրակ է բացել։",
        "2016-04-06",
        [("Ապրիլի 2-ի լույս գիշերը", "2016-04-01/2016-04-02")],
    ),
    (
        "az",
        "Aprelin 2-nə keçən gecə atəş açılıb.",
        "2016-04-06",
        [("Aprelin 2-nə keçən gecə", "2016-04-01/2016-04-02")],
    ),
    # not "last night": the night into Sunday
    (
        "az",
        "Şənbəni bazara keçən gecə atəş açılıb.",
        "2020-10-14",
        [("Şənbəni bazara keçən gecə", "2020-10-10/2020-10-11")],
    ),
    (
        "tr",
        "Cumartesiyi pazara bağlayan gece çatışmalar yaşandı.",
        "2020-10-14",
        [("Cumartesiyi pazara bağlayan gece", "2020-10-10/2020-10-11")],
    ),
    (
        "tr",
        "1 Nisan'ı 2 Nisan'a bağlayan gece çatışmalar başladı.",
        "2016-04-06",
        [("1 Nisan'ı 2 Nisan'a bağlayan gece", "2016-04-01/2016-04-02")],
    ),
    (
        "tr",
        "2 Nisan'a bağlayan gece çatışmalar başladı.",
        "2016-04-06",
        [("2 Nisan'a bağlayan gece", "2016-04-01/2016-04-02")],
    ),
    # "overnight into Sunday" is not the night before publication
    (
        "en",
        "Shelling continued overnight into Sunday.",
        "2020-10-14",
        [("overnight into Sunday", "2020-10-10/2020-10-11")],
    ),
    # a month, a day and a cut-off year are no range of days "September 1-9"
    # (en-510bcad1c0)
    (
        "en",
        "Civilians take cover in a shelter following the launch of a military operation by "
        "Azerbaijan, September 19, 20",
        "2023-09-20",
        [],
    ),
    # Turkish ranges of days
    (
        "tr",
        "Çatışmalar 1-5 Nisan 2016 tarihleri arasında sürdü.",
        "2016-04-20",
        [("1-5 Nisan 2016", "2016-04-01/2016-04-05")],
    ),
    (
        "tr",
        "Çatışmalar 1 ile 5 Nisan arasında sürdü.",
        "2016-04-20",
        [("1 ile 5 Nisan", "2016-04-01/2016-04-05")],
    ),
    (
        "tr",
        "Çatışmalar 27 Eylül'den 10 Ekim'e kadar sürdü.",
        "2020-10-14",
        [("27 Eylül'den 10 Ekim'e kadar", "2020-09-27/2020-10-10")],
    ),
    # a weekday beside a day of a month is that day, not the latest such weekday
    (
        "tr",
        "27 Eylül Pazar günü çatışmalar başladı.",
        "2020-10-14",
        [("27 Eylül Pazar günü", "2020-09-27")],
    ),
    (
        "az",
        "27 sentyabr bazar günü döyüşlər başlayıb.",
        "2020-10-14",
        [("27 sentyabr bazar günü", "2020-09-27")],
    ),
    (
        "hy",
        "Սեպտեմբերի 27-ին՝ կիրակի օրը, սկսվել են մարտերը։",
        "2020-10-14",
        [("Սեպտեմբերի 27-ին՝ կիրակի օրը", "2020-09-27")],
    ),
    (
        "fr",
        "Les combats ont commencé dimanche 27 septembre.",
        "2020-10-14",
        [("dimanche 27 septembre", "2020-09-27")],
    ),
    # a day named from publication beside a date is that date (en-a216e2d1f7, an
    # undated article: "overnight" alone would need its publication date)
    (
        "en",
        "The situation in Nagorno-Karabakh intensified overnight on Tuesday, April 26, 2016.",
        "2026-12-07",
        [("overnight on Tuesday, April 26, 2016", "2016-04-26")],
    ),
    # ... but not with words between them: two days
    (
        "en",
        "Yesterday the ministry said that on April 25 a soldier died.",
        "2016-04-27",
        [("Yesterday", "2016-04-26"), ("April 25", "2016-04-25")],
    ),
    # "27 Eylül'den" is the 27th, not September
    ("tr", "27 Eylül'den bu yana çatışmalar sürüyor.", "2020-10-14", [("27 Eylül", "2020-09-27")]),
    # a French clock with spaces around its "h"
    (
        "fr",
        "Les tirs ont repris dimanche vers 17 h 30.",
        "2020-10-14",
        [("dimanche", "2020-10-11"), ("17 h 30", "2020-10-11T17:30")],
    ),
    # "currently": the day of publication (hy-596055e35a)
    (
        "hy",
        "Արցախի Հանրապետության պաշտպանության նախարարությունը հայտնում է, որ ներկայումս "
        "իրավիճակը շփման գծում հարաբերականորեն կայուն է։",
        "2023-02-22",
        [("ներկայումս", "2023-02-22")],
    ),
    ("fr", "La situation est actuellement calme.", "2023-02-22", [("actuellement", "2023-02-22")]),
    (
        "ru",
        "В настоящее время ситуация стабильна.",
        "2023-02-22",
        [("В настоящее время", "2023-02-22")],
    ),
    ("az", "Hazırda vəziyyət sabitdir.", "2023-02-22", [("Hazırda", "2023-02-22")]),
    ("tr", "Şu anda durum sakin.", "2023-02-22", [("Şu anda", "2023-02-22")]),
    ("en", "The situation is currently calm.", "2023-02-22", [("currently", "2023-02-22")]),
    # last night, the past week, the weekend, mid-month, in every language that lacked them
    (
        "ru",
        "Прошлой ночью позиции были обстреляны.",
        "2020-10-14",
        [("Прошлой ночью", "2020-10-13")],
    ),
    (
        "ru",
        "Минувшей ночью позиции были обстреляны.",
        "2020-10-14",
        [("Минувшей ночью", "2020-10-13")],
    ),
    (
        "ru",
        "На минувшей неделе стороны обменялись обвинениями.",
        "2020-10-14",
        [("На минувшей неделе", "2020-10-05/2020-10-11")],
    ),
    (
        "ru",
        "В прошлую субботу стороны обменялись обвинениями.",
        "2020-10-14",
        [("В прошлую субботу", "2020-10-10")],
    ),
    (
        "ru",
        "Днем ранее стороны обменялись обвинениями.",
        "2020-10-14",
        [("Днем ранее", "2020-10-13")],
    ),
    (
        "fr",
        "Des tirs ont eu lieu la nuit dernière.",
        "2020-10-14",
        [("la nuit dernière", "2020-10-13")],
    ),
    (
        "fr",
        "Les tirs ont eu lieu à la mi-septembre.",
        "2020-10-14",
        [("à la mi-septembre", "2020-09")],
    ),
    (
        "fr",
        "Les tirs ont eu lieu courant septembre.",
        "2020-10-14",
        [("courant septembre", "2020-09")],
    ),
    (
        "hy",
        "Վերջին մեկ օրվա ընթացքում հակառակորդը կրակ է բացել։",
        "2020-10-14",
        [("Վերջին մեկ օրվա ընթացքում", "2020-10-13/2020-10-14")],
    ),
    ("az", "Həftə sonu atəşkəs pozulub.", "2020-10-14", [("Həftə sonu", "2020-10-10/2020-10-11")]),
    (
        "tr",
        "Hafta sonu ateşkes ihlal edildi.",
        "2020-10-14",
        [("Hafta sonu", "2020-10-10/2020-10-11")],
    ),
    ("tr", "Geçen pazar ateşkes ihlal edildi.", "2020-10-14", [("Geçen pazar", "2020-10-11")]),
    (
        "tr",
        "Çatışmalar Eylül ayının sonunda başladı.",
        "2020-10-14",
        [("Eylül ayının sonunda", "2020-09")],
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "published", "expected"), FORMS)
def test_date_forms(
    lang: str, sentence: str, published: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(sentence, D(published), None, lang)
    assert [(m.text, m.value.edtf) for m in found] == expected


#: (language, text, published, the claims' dates in order)
CLAIMS: list[tuple[str, str, str, list[str]]] = [
    # the night into a day dates its own sentence; the sentence after it without a date
    # of its own is of that day (ru-1e15b84bd9)
    (
        "ru",
        'Как сообщал "Кавказский узел", в ночь на 2 апреля ситуация в зоне карабахского '
        "конфликта резко обострилась. Здесь начались бои с применением танков, авиации и "
        "артиллерии.",
        "2016-04-06",
        ["2016-04-01/2016-04-02", "2016-04-02"],
    ),
    # "currently" dates the statement by the day of publication, not the lede's day
    # (hy-596055e35a)
    (
        "hy",
        "Փետրվարի 21-ին Ադրբեջանի ԶՈւ ստորաբաժանումները շփման գծի հյուսիսային և արևելյան "
        "ուղղություններով խախտել են հրադադարը` կիրառելով հրաձգային զինատեսակներ։ Հայկական "
        "կողմում տուժածներ չկան։\n\n"
        "Արցախի Հանրապետության պաշտպանության նախարարությունը հայտնում է, որ ներկայումս "
        "իրավիճակը շփման գծում հարաբերականորեն կայուն է։",
        "2023-02-22",
        ["2023-02-21", "2023-02-21", "2023-02-22"],
    ),
    # "so far" is the day of publication too (en-9d2aeb877a)
    (
        "en",
        "Prior to that, on the night of April 1-2, Azerbaijani armed forces initiated overt "
        "offensive operations in the southern, southeastern and northeastern directions of "
        "the line of contact with Nagorno Karabakh.\n\n"
        "21 Karabakh soldiers have gone missing so far.",
        "2016-04-08",
        ["2016-04-01/2016-04-02", "2016-04-08"],
    ),
    # a sentence that only says when the news before it was told ("Այս մասին այսօր՝ ապրիլի
    # 4-ին, հայտնել է ТАСС-ը") does not date what follows: the quotation is of the weekend;
    # "not yet confirmed" is of the day of publication (hy-344b4c471a)
    (
        "hy",
        "Հանգստյան օրերին Լեռնային Ղարաբաղում սկսված ռազմական գործողությունների հետևանքով "
        "զոհվել է առնվազն 33 մարդ, ավելի քան 200-ը՝ վիրավորվել: Այս մասին այսօր՝ ապրիլի "
        "4-ին, հայտնել է ТАСС-ը՝ գերատեսչության հումանիտար հարցերի համակարգին հղումով:\n\n"
        "«Ըստ Հայաստանի և Ադրբեջանի պաշտոնական աղբյուրների՝ առնվազն 30 զինվոր և 3 խաղաղ "
        "բնակիչ է զոհվել ռազմական գործողությունների հետևանքով: Վիրավորների թիվը՝ թե՛ "
        "քաղաքացիական, թե՛ զինվորական անձանց, դեռևս պաշտոնապես չի հաստատվել:",
        "2016-04-04",
        ["2016-04-02/2016-04-03", "2016-04-04", "2016-04-02/2016-04-03", "2016-04-04"],
    ),
    # after a look back ("yesterday"), a clock time with no day is of the story's day,
    # and so is the sentence after it (en-510bcad1c0)
    (
        "en",
        "Armenian separatists in Nagorno-Karabakh have agreed to dissolve their army and "
        "hand over their weapons under a ceasefire with Azerbaijan.\n\n"
        "Baku launched “anti-terrorist operations” in the disputed territory yesterday, "
        "piercing the separatists’ defensive lines with artillery and drone attacks and "
        "seizing dozens of heights and strategic road junctions.\n\n"
        "The self-proclaimed “Republic of Artsakh” said it had no choice but to cease "
        "hostilities from 1pm local time and accept the truce brokered by Russian "
        "peacekeepers.\n\n"
        "The Nagorno-Karabakh army will disband and surrender all of its weapons and heavy "
        "equipment to Azerbaijan, it added.",
        "2023-09-20",
        ["2023-09-20", "2023-09-19", "2023-09-20T13:00", "2023-09-20"],
    ),
    # an undated lede (a headline) takes the weekend the next line dates, and the lines
    # after it go on with the weekend (hy-40f6b615ac, Monday 31 October 2016)
    (
        "hy",
        "Պաշտպանության Բանակի առաջապահ զորամասերի ձեռնարկած պատասխան գործողությունների "
        "արդյունքում` հակառակորդը հետ է շպրտվել:\n\n"
        "Հանգստյան օրերին ղարաբաղա-ադրբեջանական հակամարտ զորքերի շփման գծում հակառակորդը "
        "հրադադարի պահպանման ռեժիմը խախտել է շուրջ 100 անգամ, որի ընթացքում, տարբեր "
        "տրամաչափի հրաձգային զինատեսակներից, հայ դիրքապահների ուղղությամբ արձակվել է "
        "ավելի քան 2300 կրակոց: Շփման գծի հյուսիսային ուղղությամբ` չեզոք գոտում, դիտարկվել "
        "են ականազերծում կատարող ադրբեջանական մի խումբ զինծառայողներ:",
        "2016-10-31",
        ["2016-10-29/2016-10-30"] * 3,
    ),
    # ... but a sentence's own date comes before "currently" (en)
    (
        "en",
        "The two soldiers, who are currently held in Baku, were captured on 13 December.",
        "2020-12-20",
        ["2020-12-13"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), CLAIMS)
def test_claim_dates(lang: str, text: str, published: str, expected: list[str]) -> None:
    claims = extract_claims(article(text, published, lang), knowledge())
    assert [c.date.edtf for c in claims] == expected


#: (language, sentence, published, [(mention, EDTF)]): a sentence about what is to come
#: reads a month, or a day of a month, as the one nearest publication, ahead or back.
TO_COME: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    # ru-886b9fa2f3, published 14 May 2023
    (
        "ru",
        "Глава Евросовета при этом пояснил, что переговорам в Брюсселе будет предшествовать "
        "встреча Алиева и Пашиняна в июне в Кишиневе с участием самого Мишеля, а также "
        "лидеров Франции и Германии - Эммануэля Макрона и Олафа Шольца.",
        "2023-05-14",
        [("в июне", "2023-06")],
    ),
    (
        "ru",
        "Еще один раунд переговоров предварительно намечен на октябрь в Гранаде (Испания).",
        "2023-05-14",
        [("на октябрь", "2023-10")],
    ),
    ("en", "The leaders will meet in June.", "2023-05-14", [("in June", "2023-06")]),
    ("fr", "Les dirigeants se rencontreront en juin.", "2023-05-14", [("en juin", "2023-06")]),
    ("hy", "Հանդիպումը կկայանա հունիսին։", "2023-05-14", [("հունիսին", "2023-06")]),
    ("az", "Görüş iyunda keçiriləcək.", "2023-05-14", [("iyunda", "2023-06")]),
    ("tr", "Görüşme Haziran ayında yapılacak.", "2023-05-14", [("Haziran ayında", "2023-06")]),
    # the nearest, back as well: April's clashes are this April's
    (
        "en",
        "After the clashes in April, they will meet on 2 June.",
        "2023-05-14",
        [("in April", "2023-04"), ("2 June", "2023-06-02")],
    ),
    # no future: the latest such month before publication, as ever
    ("ru", "Встреча прошла в июне.", "2023-05-14", [("в июне", "2022-06")]),
    # food is no future tense
    ("tr", "Yiyecek yardımı Haziran ayında ulaştı.", "2023-05-14", [("Haziran ayında", "2022-06")]),
]


@pytest.mark.parametrize(("lang", "sentence", "published", "expected"), TO_COME)
def test_what_is_to_come(
    lang: str, sentence: str, published: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(sentence, D(published), None, lang)
    assert [(m.text, m.value.edtf) for m in found] == expected


def test_a_plan_dates_its_claim_not_the_next() -> None:
    """A plan gives its own claim its month; the sentence after it keeps the story's day
    (ru-886b9fa2f3)."""
    text = (
        "Еще один раунд переговоров предварительно намечен на октябрь в Гранаде (Испания). "
        "Он подчеркнул, что в ходе нынешней встречи стороны зафиксировали прогресс в "
        "решении вопроса, касающегося делимитации армяно-азербайджанской границы."
    )
    claims = extract_claims(article(text, "2023-05-14", "ru"), knowledge())
    assert [c.date.edtf for c in claims] == ["2023-10", "2023-05-14"]


#: Clock times written with a dot (or the Armenian colon "։") after each language's word
#: for "at"/"hour": (language, sentence, published, [(mention, EDTF)]).
CLOCKS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    # hy-596055e35a: the Armenian colon; the clock that ends a span of two days is part
    # of that span
    (
        "hy",
        "ՊԲ ստորաբաժանումները փետրվարի 21-ի ժամը 20։45-ից փետրվարի 22-ի ժամը 01։20-ն ընկած "
        "ժամանակահատվածում կրակ են բացել",
        "2023-02-22",
        [("փետրվարի 21-ի ժամը 20։45-ից փետրվարի 22-ի ժամը 01։20-ն", "2023-02-21/2023-02-22")],
    ),
    (
        "hy",
        "Հակառակորդը ժամը 20։45-ից կրակ է բացել։",
        "2023-02-22",
        [("ժամը 20։45", "2023-02-22T20:45")],
    ),
    (
        "hy",
        "Հարձակումը սկսվել է ժամը 17.30-ին։",
        "2020-10-14",
        [("ժամը 17.30", "2020-10-14T17:30")],
    ),
    ("tr", "Saldırı saat 17.30'da başladı.", "2020-10-14", [("saat 17.30", "2020-10-14T17:30")]),
    (
        "tr",
        "Olay dün saat 05.40 sıralarında yaşandı.",
        "2020-10-14",
        [("dün", "2020-10-13"), ("saat 05.40", "2020-10-13T05:40")],
    ),
    ("az", "Hücum saat 17.30-da başlayıb.", "2020-10-14", [("saat 17.30", "2020-10-14T17:30")]),
    (
        "ru",
        "Обстрел начался в 17.30 по местному времени.",
        "2020-10-14",
        [("в 17.30", "2020-10-14T17:30")],
    ),
    # a figure with a dot is no clock
    ("tr", "Enflasyon yüzde 17.30 oldu.", "2020-10-14", []),
    ("ru", "Цены выросли в 2.50 раза.", "2020-10-14", []),
]


@pytest.mark.parametrize(("lang", "sentence", "published", "expected"), CLOCKS)
def test_dotted_clock_times(
    lang: str, sentence: str, published: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(sentence, D(published), None, lang)
    assert [(m.text, m.value.edtf) for m in found] == expected


#: How long a state has lasted up to publication: the month of publication for a few
#: weeks, the year (or months) for longer; a count of days or years dates nothing.
LASTING: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    # fr-da05001bf3
    (
        "fr",
        "Depuis près de deux semaines, des activistes azerbaïdjanais bloquent le corridor de "
        "Latchine, la seule route qui relie le Haut-Kabarakh à l’Arménie.",
        "2022-12-25",
        [("Depuis près de deux semaines", "2022-12")],
    ),
    # fr-c3ac2ae374, read as of the first of a month: that month's, not the one before
    (
        "fr",
        "Depuis plus d’une semaine, des militants azerbaïdjanais bloquent le corridor de "
        "Latchine, la seule route reliant le Nagorny Karabakh à l’Arménie.",
        "2022-12-01",
        [("Depuis plus d’une semaine", "2022-12")],
    ),
    (
        "fr",
        "Cela fait trois mois que la route est fermée.",
        "2023-03-10",
        [("Cela fait trois mois qu", "2022-12/2023-03")],
    ),
    (
        "fr",
        "Au cours des deux dernières semaines, la route est restée fermée.",
        "2023-03-20",
        [("Au cours des deux dernières semaines", "2023-03")],
    ),
    (
        "en",
        "Protesters have blocked the road for the past two weeks.",
        "2022-12-25",
        [("for the past two weeks", "2022-12")],
    ),
    (
        "en",
        "The road has been closed over the last three months.",
        "2023-08-16",
        [("over the last three months", "2023")],
    ),
    (
        "ru",
        "Уже две недели активисты блокируют дорогу.",
        "2022-12-25",
        [("Уже две недели", "2022-12")],
    ),
    (
        "ru",
        "В течение последних трех месяцев дорога закрыта.",
        "2023-08-16",
        [("В течение последних трех месяцев", "2023")],
    ),
    (
        "tr",
        "Aktivistler iki haftadır Laçin koridorunu kapatıyor.",
        "2022-12-25",
        [("iki haftadır", "2022-12")],
    ),
    (
        "az",
        "Ekofəallar iki həftədir Laçın yolunda aksiya keçirirlər.",
        "2022-12-25",
        [("iki həftədir", "2022-12")],
    ),
    (
        "hy",
        "Արդեն երկու շաբաթ է՝ Լաչինի միջանցքը փակ է։",
        "2022-12-25",
        [("Արդեն երկու շաբաթ է", "2022-12")],
    ),
    (
        "hy",
        "Վերջին երեք ամիսների ընթացքում ճանապարհը փակ է։",
        "2023-08-16",
        [("Վերջին երեք ամիսների ընթացքում", "2023")],
    ),
    # days are the news of the day, years a conflict's age: no date of their own
    ("az", "Ermənistan 3 gündür mövqelərimizi atəşə tutur.", "2022-12-25", []),
    ("ru", "Конфликт длится уже более 30 лет.", "2022-12-25", []),
]


@pytest.mark.parametrize(("lang", "sentence", "published", "expected"), LASTING)
def test_how_long_a_state_has_lasted(
    lang: str, sentence: str, published: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(sentence, D(published), None, lang)
    assert [(m.text, m.value.edtf) for m in found] == expected


def test_a_lasting_state_dates_its_sentence_not_the_next() -> None:
    """The blockade of two weeks is December's; the placards after it are of the day of
    the protest the lede reports (fr-da05001bf3)."""
    text = (
        "Des milliers de personnes ont manifesté dimanche dans la principale ville du "
        "Haut-Karabakh contre le blocage d’un axe vital vers l’Arménie. Depuis près de deux "
        "semaines, des activistes azerbaïdjanais bloquent le corridor de Latchine, la seule "
        "route qui relie le Haut-Kabarakh à l’Arménie, disant protester contre des mines "
        "illégales dans la région. « Ouvrez la ‘route de la vie’ », pouvait-on lire sur un "
        "dessin, tenue dans les mains d’une petite fille vêtue d’un manteau rose, dans la foule."
    )
    claims = extract_claims(article(text, "2022-12-25", "fr"), knowledge())
    assert [c.date.edtf for c in claims] == ["2022-12-25", "2022-12", "2022-12-25"]


#: A year that opens a sentence with no other date: a state since that year is of that
#: year; a count since it is of the story's day. (language, text, published, dates)
OPENING_SINCE: list[tuple[str, str, str, list[str]]] = [
    # ru-ab3afe806c
    (
        "ru",
        "Отношения между Арменией и Азербайджаном напряжены из-за конфликта в Карабахе. "
        "С 1992 года проводятся переговоры по урегулированию конфликта.",
        "2019-07-28",
        ["2019-07-28", "1992"],
    ),
    (
        "en",
        "Fighting erupted on Tuesday. Since 1994 the region has been run by ethnic Armenians.",
        "2023-09-19",
        ["2023-09-19", "1994"],
    ),
    (
        "fr",
        "Les combats ont éclaté mardi. Depuis 1994 la région est contrôlée par des forces "
        "arméniennes.",
        "2023-09-19",
        ["2023-09-19", "1994"],
    ),
    (
        "tr",
        "Çatışmalar salı günü başladı. 1994'ten bu yana bölge Ermeni güçlerinin kontrolünde.",
        "2023-09-19",
        ["2023-09-19", "1994"],
    ),
    (
        "az",
        "Döyüşlər çərşənbə axşamı başlayıb. 1992-ci ildən bəri danışıqlar aparılır.",
        "2023-09-19",
        ["2023-09-19", "1992"],
    ),
    # the year of a noun locates it: the story's day (seed 003)
    (
        "en",
        "Fighting erupted on Tuesday. Since last year’s war, both Armenia and Azerbaijan have "
        "reported occasional exchanges of fire.",
        "2022-09-13",
        ["2022-09-13", "2022-09-13"],
    ),
    (
        "en",
        "Fighting erupted on Tuesday. Since the 2020 war the two sides have reported "
        "occasional exchanges of fire.",
        "2022-09-13",
        ["2022-09-13", "2022-09-13"],
    ),
    # a count since a year is a toll as of the story's day
    (
        "ru",
        "Обстрелы армянских позиций на границе продолжаются. С 2020 года погибли 280 человек.",
        "2022-09-14",
        ["2022-09-14", "2022-09-14"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), OPENING_SINCE)
def test_a_state_since_a_year_is_of_that_year(
    lang: str, text: str, published: str, expected: list[str]
) -> None:
    claims = extract_claims(article(text, published, lang), knowledge())
    assert [c.date.edtf for c in claims] == expected


#: A state told in the present tense, with no date of its own, after a sentence dated by
#: an event of the days before: it is of the day of publication (the pack's ``state_now``),
#: and the sentence after it goes on with the event's date. (language, text, published,
#: dates of its sentences)
STATE_NOW: list[tuple[str, str, str, list[str]]] = [
    # en-70b40460cc
    (
        "en",
        "Armenian units opened fire on Azerbaijani positions on May 1, the ministry said. "
        "It said the situation on the Armenian-Azerbaijani border is relatively stable and is "
        "under the full control of the Armenian Armed Forces. Two soldiers were wounded.",
        "2022-05-02",
        ["2022-05-01", "2022-05-02", "2022-05-01"],
    ),
    # hy-238b0781c5, hy-89119ffbfc
    (
        "hy",
        "Մայիսի 20-ի երեկոյան ադրբեջանական զինուժը կրակ է բացել հայկական դիրքերի ուղղությամբ։ "
        "Իրադրությունը հայ-ադրբեջանական սահմանին հարաբերականորեն կայուն է։",
        "2022-05-21",
        ["2022-05-20", "2022-05-21"],
    ),
    (
        "hy",
        "Ապրիլի 19-ին բնակիչները փակել են ճանապարհը։ Երևան-Թբիլիսի միջպետական ճանապարհը "
        "շարունակում է փակ մնալ։",
        "2024-04-20",
        ["2024-04-19", "2024-04-20"],
    ),
    # az-b8b0d8ae35
    (
        "az",
        "Aprelin 5-də düşmən atəşkəsi pozub. Bütün cəbhə boyu vəziyyət gərgin sabit olaraq qalır.",
        "2016-04-06",
        ["2016-04-05", "2016-04-06"],
    ),
    (
        "fr",
        "Lundi, l'armée a ouvert le feu sur les positions arméniennes. La situation reste tendue "
        "à la frontière.",
        "2021-11-17",
        ["2021-11-15", "2021-11-17"],
    ),
    (
        "ru",
        "В понедельник военные открыли огонь по позициям. Ситуация на границе остается "
        "напряженной.",
        "2021-11-17",
        ["2021-11-15", "2021-11-17"],
    ),
    # the past tense is the event's, what is to come no state
    (
        "en",
        "Azerbaijani troops opened fire on Monday. The situation remained tense, it said.",
        "2021-11-17",
        ["2021-11-15", "2021-11-15"],
    ),
    (
        "en",
        "Azerbaijani troops opened fire on Monday. Armenia will remain vigilant, it said.",
        "2021-11-17",
        ["2021-11-15", "2021-11-15"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), STATE_NOW)
def test_a_state_now_is_of_the_day_of_publication(
    lang: str, text: str, published: str, expected: list[str]
) -> None:
    claims = extract_claims(article(text, published, lang), knowledge())
    assert [c.date.edtf for c in claims] == expected
