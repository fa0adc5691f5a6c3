"""Date forms of round 5: days joined or listed before (or after) their month ("27 и 28
июля", "19-20 sentyabr", "sentyabrın 19-20-də", "12, 13 ve 14 Eylül'de", "սեպտեմբերի
13-ին և 14-ին") are one span of days in every pack. A real excerpt of the dev split
first (ru-c517851966), then each language's other forms of the same class; a day
followed by a count stays a day."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

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
