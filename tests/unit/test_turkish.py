"""Turkish, read through its pack alone (languages/tr/): sentences written in the
style of Anadolu Ajansı and TRT Haber wire copy."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import day, find_dates
from timeline.extract import find_claimant, find_figures
from timeline.ingest import detect_language
from timeline.text import split_sentences

PUB = dt.date(2022, 9, 14)  # a Wednesday
PREV = day(dt.date(2022, 9, 12))


@pytest.mark.parametrize(
    ("sentence", "text", "edtf"),
    [
        ("Savunma Bakanlığı dün yaptığı açıklamada sınırdaki durumu aktardı.", "dün", "2022-09-13"),
        ("Bakanlık dün akşam açıklama yaptı.", "dün akşam", "2022-09-13"),
        ("Önceki gün sınırda çatışma çıktı.", "Önceki gün", "2022-09-12"),
        ("Bugün sabah saatlerinde ateş açıldı.", "Bugün sabah", "2022-09-14"),
        ("Çatışmalar 14 Eylül 2022 tarihinde başladı.", "14 Eylül 2022", "2022-09-14"),
        ("Açıklama 13.09.2022 tarihinde yapıldı.", "13.09.2022", "2022-09-13"),
        ("Taraflar 13 Eylül'de ateşkes ilan etti.", "13 Eylül", "2022-09-13"),
        ("Bakanlık salı günü yaptığı açıklamada bilgi verdi.", "salı günü", "2022-09-13"),
        ("Pazartesi günü Bakü'de görüşme yapıldı.", "Pazartesi günü", "2022-09-12"),
        ("Pazar günü sınırda sessizlik vardı.", "Pazar günü", "2022-09-11"),
        ("Geçen hafta sınırda çatışma çıktı.", "Geçen hafta", "2022-09-05/2022-09-11"),
        ("Anlaşma geçen yıl imzalandı.", "geçen yıl", "2021"),
        ("Çatışmalar 3 gün önce başladı.", "3 gün önce", "2022-09-11"),
        ("Çatışmalar iki hafta önce başladı.", "iki hafta önce", "2022-08-29/2022-09-04"),
        ("Görüşmeler Mayıs ayında başladı.", "Mayıs ayında", "2022-05"),
        ("Görüşmeler Ağustos'ta başladı.", "Ağustos'ta", "2022-08"),
        ("2020 yılında yaşanan savaşta binlerce kişi öldü.", "2020 yılında", "2020"),
        ("Taraflar 2020'de ateşkes imzaladı.", "2020'de", "2020"),
        ("1990'lı yıllarda yaşanan savaş bölgeyi harap etti.", "1990'lı yıllarda", "199X"),
        ("1992-1994 yılları arasında savaş yaşandı.", "1992-1994 yılları", "1992/1994"),
        ("Ertesi gün ateşkes ilan edildi.", "Ertesi gün", "2022-09-13"),
        ("İki gün sonra görüşmeler yeniden başladı.", "İki gün sonra", "2022-09-14"),
        ("Aynı gün akşam saatlerinde yeni bir saldırı düzenlendi.", "Aynı gün akşam", "2022-09-12"),
    ],
)
def test_turkish_dates(sentence: str, text: str, edtf: str) -> None:
    found = find_dates(sentence, PUB, PREV, "tr")
    assert [(m.text, m.value.edtf) for m in found] == [(text, edtf)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Çatışmalarda 1960 kişi hayatını kaybetti.",  # a count, not a year
        "Pazar yerinde yoğunluk yaşandı.",  # "pazar" alone is a market
        "Saldırıdan bir gün önce sınırda hareketlilik gözlendi.",  # before an event
        "2020'den fazla asker bölgeye sevk edildi.",  # more than 2020
    ],
)
def test_turkish_non_dates(sentence: str) -> None:
    assert find_dates(sentence, PUB, PREV, "tr") == []


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaycan Savunma Bakanlığı, Ermenistan ordusunun sınırdaki mevzilere ateş "
        "açtığını açıkladı. Bakanlığın açıklamasına göre 3 asker şehit oldu.",
        "Ermenistan Savunma Bakanlığı, çatışmalarda 49 askerin hayatını kaybettiğini "
        "bildirdi. Açıklamada 5 askerin yaralandığı ifade edildi.",
    ],
)
def test_turkish_is_detected(text: str) -> None:
    assert detect_language(text) == "tr"


def test_turkish_ranks_do_not_end_a_sentence() -> None:
    text = "Genelkurmay Başkanı Org. Yaşar Güler bölgeyi ziyaret etti. Ziyaret iki gün sürdü."
    assert split_sentences(text, "tr") == [
        "Genelkurmay Başkanı Org. Yaşar Güler bölgeyi ziyaret etti.",
        "Ziyaret iki gün sürdü.",
    ]


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Çatışmalarda 3 asker şehit oldu.", [("killed", 3, None)]),
        ("Saldırıda 2 kişi hayatını kaybetti.", [("killed", 2, None)]),
        ("Saldırıda 5 asker yaralandı.", [("wounded", 5, None)]),
        ("Bakanlık, 49 askerin hayatını kaybettiğini bildirdi.", [("killed", 49, None)]),
        ("Şehit olan 3 askerin cenazeleri toprağa verildi.", [("killed", 3, None)]),
        ("Saldırıda 100'den fazla asker yaralandı.", [("wounded", 100, "more than")]),
        ("Çatışmalarda en az 7 asker şehit oldu.", [("killed", 7, "at least")]),
        ("Saldırıda iki asker ağır yaralandı.", [("wounded", 2, None)]),
        ("Çatışmalarda 1960 kişi hayatını kaybetti.", [("killed", 1960, None)]),
        ("Askerler 2 köyde mevzi kurdu.", []),
        ("Çatışmalar 3 gün sürdü.", []),
    ],
)
def test_turkish_figures(sentence: str, figures: list[tuple[str, int, str | None]]) -> None:
    found = find_figures(sentence, "tr")
    assert [(f.kind, f.value, f.qualifier) for f in found] == figures


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        (
            "Azerbaycan Savunma Bakanlığı, Ermenistan ordusunun sınırdaki mevzilere ateş "
            "açtığını açıkladı.",
            "Azerbaycan Savunma Bakanlığı",
        ),
        (
            "Azerbaycan Savunma Bakanlığının açıklamasına göre 3 asker şehit oldu.",
            "Azerbaycan Savunma Bakanlığı",
        ),
        (
            "Ermenistan Savunma Bakanlığından yapılan açıklamada, 49 askerin hayatını "
            "kaybettiği bildirildi.",
            "Ermenistan Savunma Bakanlığı",
        ),
        (
            "Ermenistan Başbakanı Nikol Paşinyan, sınırdaki durumun gergin olduğunu söyledi.",
            "Nikol Pashinyan, Armenian Prime Minister",
        ),
        (
            "Paşinyan'ın açıklamasına göre 49 asker hayatını kaybetti.",
            "Nikol Pashinyan, Armenian Prime Minister",
        ),
        (
            "Rusya Dışişleri Bakanlığı Sözcüsü Mariya Zaharova tarafları itidale çağırdı.",
            "Maria Zakharova, Russian foreign ministry spokeswoman",
        ),
        ("Ermenistan'a göre çatışmalarda 49 asker hayatını kaybetti.", "Ermenistan"),
        ("Sınırda çatışmalar yaşandı.", None),
    ],
)
def test_turkish_attribution(sentence: str, claimant: str | None) -> None:
    assert find_claimant(sentence, None, "tr") == claimant
