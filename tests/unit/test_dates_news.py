"""Date forms as news sites write them (round 4): a day and month before a count, the
day of a plan, the same day's anaphora in each language. Real excerpts of the dev split
first, then the language's other forms of the same class."""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract import article, knowledge

from timeline.dates import find_dates
from timeline.extract import extract_claims

D = dt.date.fromisoformat

#: (language, sentence, published, [(mention, EDTF)])
FORMS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    # a day and month, then a count after the comma: no date with a year of "16"
    ("en", "On September 27, 16 soldiers were killed.", "2020-09-28",
     [("September 27", "2020-09-27")]),
    ("en", "On 27 September, 200 soldiers were killed.", "2020-09-28",
     [("27 September", "2020-09-27")]),
    ("fr", "Le 27 septembre, 16 soldats sont morts.", "2020-09-28",
     [("27 septembre", "2020-09-27")]),
    ("fr", "Depuis le début des combats le 27 septembre, 200 morts.", "2020-09-28",
     [("27 septembre", "2020-09-27")]),
    ("ru", "27 сентября, 16 военнослужащих погибли.", "2020-09-28",
     [("27 сентября", "2020-09-27")]),
    # and a full date still takes its year
    ("en", "On September 27, 2020 the war began.", "2021-09-28",
     [("September 27, 2020", "2020-09-27")]),
    # the day of a plan is the coming one (fr-90e502c516, a Thursday: 2023-05-11)
    ("fr", "Vedant Patel a demandé à ce que les deux dirigeants, qui doivent se rencontrer "
     "dimanche à Bruxelles, se “mettent d’accord pour éloigner leurs troupes le long de la "
     "frontière”.", "2023-05-11", [("dimanche", "2023-05-14")]),
    ("en", "The two leaders, who are due to meet on Sunday in Brussels, agreed.", "2023-05-11",
     [("on Sunday", "2023-05-14")]),
    ("en", "Azerbaijan will hold talks on Sunday.", "2023-05-11", [("on Sunday", "2023-05-14")]),
    ("ru", "Переговоры пройдут в воскресенье.", "2023-05-11", [("в воскресенье", "2023-05-14")]),
    ("tr", "Liderler pazar günü görüşecek.", "2023-05-11", [("pazar günü", "2023-05-14")]),
    # ... but a day that something was said, before a future verb, is the last one
    ("en", "Azerbaijan said on Sunday it will respond.", "2023-05-11",
     [("on Sunday", "2023-05-07")]),
    ("fr", "Un soldat a été tué dimanche.", "2023-05-11", [("dimanche", "2023-05-07")]),
    ("en", "The ministry will investigate Monday's attack.", "2023-05-11",
     [("Monday's", "2023-05-08")]),
    ("en", "The ministry will investigate the attack on Monday.", "2023-05-11",
     [("on Monday", "2023-05-08")]),
    ("en", "Fighting raged on Sept. 19-20.", "2023-09-21",
     [("Sept. 19-20", "2023-09-19/2023-09-20")]),
    ("en", "The war went on from 1 to 5 Apr. 2016.", "2023-09-21",
     [("from 1 to 5 Apr. 2016", "2016-04-01/2016-04-05")]),
    # French spans of days, the weekend, a count of days ago in words
    ("fr", "Les combats ont eu lieu entre le 1er et le 5 avril.", "2016-04-08",
     [("entre le 1er et le 5 avril", "2016-04-01/2016-04-05")]),
    ("fr", "Les combats ont eu lieu du 1er avril au 5 avril.", "2016-04-08",
     [("du 1er avril au 5 avril", "2016-04-01/2016-04-05")]),
    ("fr", "Au cours du week-end, des tirs ont été signalés.", "2020-09-30",
     [("du week-end", "2020-09-26/2020-09-27")]),
    ("fr", "Les combats ont commencé il y a quinze jours.", "2020-09-30",
     [("il y a quinze jours", "2020-09-15")]),
    # a span of two days of two months, a war's weeks: the year written at its end is the
    # first day's too (before, "27 сентября" alone was taken for the latest 27 September)
    ("ru", "С 27 сентября по 10 ноября 2020 года шла война.", "2021-11-17",
     [("С 27 сентября по 10 ноября 2020", "2020-09-27/2020-11-10")]),
    ("en", "The war lasted from September 27 to November 10, 2020.", "2021-11-17",
     [("from September 27 to November 10, 2020", "2020-09-27/2020-11-10")]),
    ("en", "The war lasted between 27 September and 10 November 2020.", "2021-11-17",
     [("between 27 September and 10 November 2020", "2020-09-27/2020-11-10")]),
    ("fr", "La guerre a duré du 27 septembre au 10 novembre 2020.", "2021-11-17",
     [("du 27 septembre au 10 novembre 2020", "2020-09-27/2020-11-10")]),
    ("az", "Müharibə 2020-ci ilin sentyabrın 27-dən noyabrın 10-na qədər davam etdi.",
     "2021-11-17",
     [("2020-ci ilin sentyabrın 27-dən noyabrın 10-na qədər", "2020-09-27/2020-11-10")]),
    ("hy", "Պատերազմը տևեց սեպտեմբերի 27-ից նոյեմբերի 10-ը։", "2021-11-17",
     [("սեպտեմբերի 27-ից նոյեմբերի 10-ը", "2021-09-27/2021-11-10")]),
    # ... and "and" still joins a day to a count
    ("en", "Two were killed on April 2 and 14 were wounded.", "2016-04-08",
     [("April 2", "2016-04-02")]),
    # the start, middle or end of this (or last) month or week, in every language
    ("fr", "Au début du mois, des tirs ont eu lieu.", "2023-09-21",
     [("Au début du mois", "2023-09")]),
    ("fr", "Au début du mois dernier, des tirs ont eu lieu.", "2023-09-21",
     [("du mois dernier", "2023-08")]),
    ("fr", "Au début du mois de septembre, des tirs ont eu lieu.", "2023-09-21",
     [("Au début du mois de septembre", "2023-09")]),
    ("ru", "В начале месяца произошла перестрелка.", "2023-09-21",
     [("В начале месяца", "2023-09")]),
    ("ru", "В начале прошлого месяца произошла перестрелка.", "2023-09-21",
     [("В начале прошлого месяца", "2023-08")]),
    ("tr", "Ayın başında çatışma çıktı.", "2023-09-21", [("Ayın başında", "2023-09")]),
    ("tr", "Geçen ayın sonunda çatışma çıktı.", "2023-09-21",
     [("Geçen ayın sonunda", "2023-08")]),
    ("az", "Ötən ayın sonunda atışma olub.", "2023-09-21", [("Ötən ayın sonunda", "2023-08")]),
    ("hy", "Անցյալ ամսվա վերջին հրաձգություն է եղել։", "2023-09-21",
     [("Անցյալ ամսվա վերջին", "2023-08")]),
    # the day of "the month of February", as Azerbaijani official statements write it
    ("az", "Fevral ayının 24-də atəş açılıb.", "2020-03-10",
     [("Fevral ayının 24-də", "2020-02-24")]),
    ("az", "2020-ci il fevral ayının 24-də atəş açılıb.", "2021-03-10",
     [("2020-ci il fevral ayının 24-də", "2020-02-24")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "published", "expected"), FORMS)
def test_news_date_forms(
    lang: str, sentence: str, published: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(sentence, D(published), None, lang)
    assert [(m.text, m.value.edtf) for m in found] == expected


#: (language, text, published, the claims' dates in order)
CLAIMS: list[tuple[str, str, str, list[str]]] = [
    # fr-90e502c516: the meeting to come in a relative clause does not date the demand,
    # which goes on with the lede's Thursday
    (
        "fr",
        "Un soldat azerbaïdjanais a été tué jeudi dans de nouveaux affrontements à la "
        "frontière entre l’Arménie et l’Azerbaïdjan.\n\n"
        "Vedant Patel a demandé à ce que les deux dirigeants, qui doivent se rencontrer "
        "dimanche à Bruxelles, se “mettent d’accord pour éloigner leurs troupes le long de la "
        "frontière”.",
        "2023-05-11",
        ["2023-05-11", "2023-05-11"],
    ),
    (
        "en",
        "An Azerbaijani soldier was killed on Thursday in new clashes on the border.\n\n"
        "The State Department urged the two leaders, who are due to meet on Sunday in "
        "Brussels, to pull back their troops.",
        "2023-05-11",
        ["2023-05-11", "2023-05-11"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), CLAIMS)
def test_news_claim_dates(lang: str, text: str, published: str, expected: list[str]) -> None:
    claims = extract_claims(article(text, published, lang), knowledge())
    assert [c.date.edtf for c in claims] == expected
