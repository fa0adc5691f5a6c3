"""Paragraph re-joining and sentence splitting."""

from __future__ import annotations

import re

import pytest

from timeline.text import (
    any_phrase,
    blocks_with_lines,
    by_first_letter,
    join_lines,
    normalize_spaces,
    split_sentences,
    trie_body,
)

W = "word " * 17  # a hard-wrapped line is ~85 characters wide


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # blank lines separate paragraphs
        ("One.\n\nTwo.", ["One.", "Two."]),
        ("One.\n\n\n\nTwo.\n", ["One.", "Two."]),
        # stray leading and trailing spaces
        (" Leading space.\n\n  Two.  \n", ["Leading space.", "Two."]),
        # hard wraps mid-sentence (the wrap width is the longest line)
        (
            "Armenia and Azerbaijan on Tuesday reached a Russia-brokered ceasefire, ending\n"
            "hostilities that erupted earlier in the day, the ministry said.",
            [
                "Armenia and Azerbaijan on Tuesday reached a Russia-brokered ceasefire, ending "
                "hostilities that erupted earlier in the day, the ministry said."
            ],
        ),
        # a wrapped line ending in a full stop that only ends the paragraph
        (
            "The six-week conflict ended a year ago in a deal that saw Armenia cede land it had\n"
            "controlled for\ndecades.\n"
            ' "Under the mediation of the Russian side, an agreement was reached," it said.',
            [
                "The six-week conflict ended a year ago in a deal that saw Armenia cede land it "
                "had controlled for decades.",
                '"Under the mediation of the Russian side, an agreement was reached," it said.',
            ],
        ),
        # a paragraph broken by blank lines in mid-sentence is joined again
        (
            "The French foreign ministry expressed its deep concern and called on all\n\n\n\n"
            "parties to respect the agreements.",
            [
                "The French foreign ministry expressed its deep concern and called on all "
                "parties to respect the agreements."
            ],
        ),
        # long unwrapped lines: each line break is deliberate
        (
            "Headline without a full stop\n" + "A long lede sentence " * 12 + "ends here.\nBy X",
            [
                "Headline without a full stop",
                "A long lede sentence " * 11 + "A long lede sentence ends here.",
                "By X",
            ],
        ),
        # a lower-case line continues the line before it even in unwrapped text
        (
            "The ministry said that\nthe border was calm.",
            ["The ministry said that the border was calm."],
        ),
        # a sub-heading between wrapped paragraphs stays on its own
        (
            f"{W}\nend.\n\nAppeals to Moscow\n\n{W}\nend.",
            [f"{W.strip()} end.", "Appeals to Moscow", f"{W.strip()} end."],
        ),
        # Windows line endings and no-break spaces
        ("One\r\ntwo.\r\n\r\nThree\u00a0 four.", ["One two.", "Three four."]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_join_lines(raw: str, expected: list[str]) -> None:
    assert join_lines(raw) == expected


def test_blocks_keep_first_line_numbers() -> None:
    lines = ["Title", "", "First line of", "a paragraph.", "", "", "Next."]
    assert blocks_with_lines(lines) == [
        (1, "Title"),
        (3, "First line of a paragraph."),
        (7, "Next."),
    ]


@pytest.mark.parametrize(
    ("paragraph", "lang", "expected"),
    [
        ("One sentence only.", "en", ["One sentence only."]),
        (
            "Gen. Smith met officials on Nov. 16 at 6 a.m. with more than 6,500 troops. He left.",
            "en",
            [
                "Gen. Smith met officials on Nov. 16 at 6 a.m. with more than 6,500 troops.",
                "He left.",
            ],
        ),
        (
            "An agreement was reached from 18:30 (1430 GMT). The situation has stabilized.",
            "en",
            ["An agreement was reached from 18:30 (1430 GMT).", "The situation has stabilized."],
        ),
        (
            "“Call for urgent de-escalation and full ceasefire,” European Council President "
            "Charles Michel said on Twitter.",
            "en",
            [
                "“Call for urgent de-escalation and full ceasefire,” European Council President "
                "Charles Michel said on Twitter."
            ],
        ),
        (
            "Azerbaijan launched “intensive shelling” at 00:05 am (20:05 GMT) on Tuesday. "
            "Troops used “artillery and large-calibre firearms,” it said, Al Jazeera reported.",
            "en",
            [
                "Azerbaijan launched “intensive shelling” at 00:05 am (20:05 GMT) on Tuesday.",
                "Troops used “artillery and large-calibre firearms,” it said, Al Jazeera reported.",
            ],
        ),
        (
            '"Seven servicemen died," the ministry said. "The situation stabilised." '
            "It added more.",
            "en",
            [
                '"Seven servicemen died," the ministry said.',
                '"The situation stabilised."',
                "It added more.",
            ],
        ),
        (
            "U.S. officials said Dr. Jones and Mr. Brown would travel to the U.N. on Monday. "
            "They did.",
            "en",
            [
                "U.S. officials said Dr. Jones and Mr. Brown would travel to the U.N. on Monday.",
                "They did.",
            ],
        ),
        (
            "В 18:30 ген. Иванов сказал: «Всё». Потом ушли 6,500 человек.",
            "ru",
            ["В 18:30 ген. Иванов сказал: «Всё».", "Потом ушли 6,500 человек."],
        ),
        (
            "M. Macron a parlé le 16 nov. 2021 à 18 h 30. Il est parti.",
            "fr",
            ["M. Macron a parlé le 16 nov. 2021 à 18 h 30.", "Il est parti."],
        ),
        (
            "Հայաստանը հայտնել է։ Ադրբեջանը նույնպես։",
            "hy",
            ["Հայաստանը հայտնել է։", "Ադրբեջանը նույնպես։"],
        ),
        (  # hy-5592f5701e (panorama.am): clock times typed with the full stop
            "Ադրբեջանի պաշտպանության նախարարության տարածած հաղորդագրությունը, թե իբր "
            "ապրիլի 1-ին` ժամը 22։00-ից 22։10-ն ընկած ժամանակահատվածում, ՀՀ ԶՈՒ "
            "ստորաբաժանումները կրակ են բացել, չի համապատասխանում իրականությանը։ Այս մասին "
            "հայտնում են ՀՀ պաշտպանության նախարարությունից։",
            "hy",
            [
                "Ադրբեջանի պաշտպանության նախարարության տարածած հաղորդագրությունը, թե իբր "
                "ապրիլի 1-ին` ժամը 22։00-ից 22։10-ն ընկած ժամանակահատվածում, ՀՀ ԶՈՒ "
                "ստորաբաժանումները կրակ են բացել, չի համապատասխանում իրականությանը։",
                "Այս մասին հայտնում են ՀՀ պաշտպանության նախարարությունից։",
            ],
        ),
        ("He left at 10. 20 soldiers died.", "en", ["He left at 10.", "20 soldiers died."]),
        (
            "Azərbaycan Müdafiə Nazirliyi bildirib. Döyüşlər dayanıb.",
            "az",  # not a pysbd language: English rules
            ["Azərbaycan Müdafiə Nazirliyi bildirib.", "Döyüşlər dayanıb."],
        ),
        ("Wrapped   with\u00a0odd  spaces.", "en", ["Wrapped with odd spaces."]),
        ("   ", "en", []),
        ("No final punctuation at all", "en", ["No final punctuation at all"]),
    ],
)
def test_split_sentences(paragraph: str, lang: str, expected: list[str]) -> None:
    assert split_sentences(paragraph, lang) == expected


# A store that drops the space after a full stop runs a sentence into the next one's
# opening date ("yaşandı.12 Eylül", tr-4591de1e8e): the stop between a lower-case
# letter and a day followed by a month name of the language ends the sentence before
# the day. Decimals, clock times, numeric dates and initials stay whole.
@pytest.mark.parametrize(
    ("paragraph", "lang", "expected"),
    [
        (
            "2. Karabağ Savaşı sonrasında Ermenistan ve Azerbaycan arasında meydana gelen en "
            "büyük çatışmalar yaşandı.12 Eylül gecesi Ermenistan ordusunun mevzilerinden "
            "Azerbaycan ordusunun bazı mevzileri ateş altına alındı.",
            "tr",
            [
                "2. Karabağ Savaşı sonrasında Ermenistan ve Azerbaycan arasında meydana gelen en "
                "büyük çatışmalar yaşandı.",
                "12 Eylül gecesi Ermenistan ordusunun mevzilerinden "
                "Azerbaycan ordusunun bazı mevzileri ateş altına alındı.",
            ],
        ),
        (
            "Les combats ont repris.5 avril, la trêve a été signée.",
            "fr",
            ["Les combats ont repris.", "5 avril, la trêve a été signée."],
        ),
        (
            "Обстрел продолжался.13 сентября армия ответила.",
            "ru",
            ["Обстрел продолжался.", "13 сентября армия ответила."],
        ),
        # no month after the day, a digit or a capital before the stop: one sentence
        (
            "Bölgede 2.5 milyon kişi yaşıyor.",
            "tr",
            ["Bölgede 2.5 milyon kişi yaşıyor."],
        ),
        (
            "Yerel saatle 18.10 sularında ateş açıldı.",
            "tr",
            ["Yerel saatle 18.10 sularında ateş açıldı."],
        ),
        (
            "Olay 13.08.2018 tarihinde yaşandı.",
            "tr",
            ["Olay 13.08.2018 tarihinde yaşandı."],
        ),
        (
            "The ceasefire held on version 1.12 May.",
            "en",
            ["The ceasefire held on version 1.12 May."],
        ),
        (
            "Ateşkes sağlandı.12 kişi yaralandı.",
            "tr",
            ["Ateşkes sağlandı.12 kişi yaralandı."],
        ),
    ],
)
def test_split_run_on_date(paragraph: str, lang: str, expected: list[str]) -> None:
    assert split_sentences(paragraph, lang) == expected


# Armenian wires type ":" for the full stop "։": a colon, a space and an uppercase
# Armenian letter end a sentence, unless the colon introduces what follows or ends
# a dateline or heading in capitals; ratios and clock times have no space after it.
@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Ադրբեջանի զինված ուժերը հրետակոծել են Ջերմուկը, հայտնում է ՀՀ պաշտպանության "
            "նախարարությունը: Նախարարության տվյալներով՝ զոհվել է 49 զինծառայող:",
            [
                "Ադրբեջանի զինված ուժերը հրետակոծել են Ջերմուկը, հայտնում է ՀՀ պաշտպանության "
                "նախարարությունը:",
                "Նախարարության տվյալներով՝ զոհվել է 49 զինծառայող:",
            ],
        ),
        (  # the Armenian full stop and the colon mixed
            "Հայաստանը հայտնել է։ Ադրբեջանը հերքել է: Մոսկվան կոչ է արել զսպվածության:",
            ["Հայաստանը հայտնել է։", "Ադրբեջանը հերքել է:", "Մոսկվան կոչ է արել զսպվածության:"],
        ),
        (  # a clock time and a ratio
            "Կրակը դադարեցվել է ժամը 18:30-ին: Կորուստների հարաբերակցությունը 1:3 է:",
            ["Կրակը դադարեցվել է ժամը 18:30-ին:", "Կորուստների հարաբերակցությունը 1:3 է:"],
        ),
        (  # a sentence ending in a time
            "Հրադադարը խախտվել է ժամը 18:30: Իրավիճակը լարված է:",
            ["Հրադադարը խախտվել է ժամը 18:30:", "Իրավիճակը լարված է:"],
        ),
        (  # a quotation introduced by the colon
            "Հաղորդագրությունում ասվում է: Մենք պատրաստ ենք բանակցությունների:",
            ["Հաղորդագրությունում ասվում է: Մենք պատրաստ ենք բանակցությունների:"],
        ),
        (
            "Վարչապետը նշել է: «Մենք պատրաստ ենք»:",
            ["Վարչապետը նշել է: «Մենք պատրաստ ենք»:"],
        ),
        (  # a list introduced by the colon
            "Զոհվել են հետևյալ զինծառայողները: Արման Սարգսյան, Տիգրան Պետրոսյան:",
            ["Զոհվել են հետևյալ զինծառայողները: Արման Սարգսյան, Տիգրան Պետրոսյան:"],
        ),
        (
            "Զոհվել են երեք զինծառայող: մեկը՝ Տավուշում, երկուսը՝ Սյունիքում:",
            ["Զոհվել են երեք զինծառայող: մեկը՝ Տավուշում, երկուսը՝ Սյունիքում:"],
        ),
        (  # a dateline and a heading in capitals
            "ԵՐԵՎԱՆ, 13 ՍԵՊՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ: Ադրբեջանը հրետակոծել է Ջերմուկը:",
            ["ԵՐԵՎԱՆ, 13 ՍԵՊՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ: Ադրբեջանը հրետակոծել է Ջերմուկը:"],
        ),
        ("ՀՀ ՊՆ: Ադրբեջանը հրետակոծել է Ջերմուկը", ["ՀՀ ՊՆ: Ադրբեջանը հրետակոծել է Ջերմուկը"]),
    ],
)
def test_split_armenian_colon_stops(paragraph: str, expected: list[str]) -> None:
    assert split_sentences(paragraph, "hy") == expected


@pytest.mark.parametrize(
    ("paragraph", "lang"),
    [
        ("Azərbaycan Müdafiə Nazirliyi: Ermənistan təxribat törədib.", "az"),
        ("Министерство заявило: Армения нарушила перемирие.", "ru"),
    ],
)
def test_colons_end_no_sentence_in_other_languages(paragraph: str, lang: str) -> None:
    assert split_sentences(paragraph, lang) == [paragraph]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("one two", "one two"),
        ("  one   two  ", "one two"),
        ("one\u00a0two", "one two"),  # no-break space
        ("one \u202f\u2009 two", "one two"),  # a run of mixed spaces is one space
        ("one\ttwo", "one two"),
        ("one\u200btwo", "one two"),  # zero-width space
        ("\u200b one \u200b", "one"),
        ("one\ntwo", "one\ntwo"),  # line breaks are not spaces here
        (" one two ", "one two"),  # single plain spaces only: stripped, nothing else
        ("one two\u3000three", "one two three"),  # one other space, no run of two
        ("one \u2000two", "one two"),  # a plain space then another: a run
    ],
)
def test_normalize_spaces(raw: str, expected: str) -> None:
    assert normalize_spaces(raw) == expected


KEYWORDS = r"lost\s+their\s+lives|killed|dead|died|deaths|POWs|prisoners?|évacué[es]*"


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed and three died later.",
        "KILLED IN ACTION",
        "the dead, the deaths and the prisoners",
        "Several POWs and one prisoner",
        "They lost   their lives; 40 were évacués.",
        "unkilled deadline",
        "nothing to see here",
    ],
)
def test_by_first_letter_finds_the_same_matches(text: str) -> None:
    plain = re.compile(rf"(?<!\w)(?:{KEYWORDS})(?!\w)", re.IGNORECASE)
    grouped = re.compile(rf"(?<!\w)(?:{by_first_letter(KEYWORDS)})(?!\w)", re.IGNORECASE)
    assert grouped.pattern != plain.pattern
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("alternation", [r"(?:a|b)c|d", r"a*b|c", r"a|bc", r"\w+|x"])
def test_by_first_letter_leaves_other_alternations_alone(alternation: str) -> None:
    assert by_first_letter(alternation) == alternation


#: Furniture phrases as the packs write them: opening with ``^`` or ``\\b``, with an
#: alternation of their own at the top level, or neither; one twice (several packs).
FURNITURE = [
    r"^full text of the (?:article|story) is available\b",
    r"^please ensure javascript is enabled\b",
    r"^(?:abonnez-vous|inscrivez-vous) à (?:notre|la) newsletter\b",
    r"\bctrl\s*\+\s*enter\b",
    r"\bsignaler une (?:erreur|faute)\b",
    r"\b(?:if you (?:notice|found|spot) (?:an? )?(?:error|typo|mistake))\b",
    r"\bctrl\s*\+\s*enter\b",
    r"настоящий материал \(информация\) произвед[её]н",
    r"(?:^|\s)фото:\s+\S.{0,80}(?:cc by|via wikimedia|via wik)",
    r"^read also|\bsubscribe now",
]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Please ensure Javascript is enabled for purposes of website accessibility", True),
        ("Abonnez-vous à notre newsletter", True),
        ("Si vous avez repéré une faute, sélectionnez-la et appuyez sur Ctrl+Enter", True),
        ("Signaler une erreur", True),
        ("If you notice an error, highlight it and press Ctrl+Enter", True),
        ("НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН ИНОСТРАННЫМ АГЕНТОМ", True),
        ("Read also: Baku accuses Yerevan", True),
        ("Subscribe now for full access", True),
        # the same words where the phrase does not stand: article text
        ("Armenia said it would read also the statement of the ministry.", False),
        ("The ministry said the full text of the article is available in Russian.", False),
        ("Two servicemen were killed on Tuesday, the ministry said.", False),
    ],
)
def test_any_phrase_finds_the_lines_the_plain_alternation_finds(line: str, furniture: bool) -> None:
    plain = re.compile("|".join(f"(?:{p})" for p in FURNITURE), re.IGNORECASE)
    grouped = re.compile(any_phrase(FURNITURE), re.IGNORECASE)
    assert bool(grouped.search(line)) is bool(plain.search(line)) is furniture


def test_any_phrase_groups_by_anchor_and_first_letter() -> None:
    pattern = any_phrase(FURNITURE)
    assert pattern.count("trl") == 1  # the duplicate went
    assert pattern.startswith("^(?:f(?:ull text") and "p(?:lease ensure" in pattern
    assert r"\b(?:c(?:trl" in pattern and "s(?:ignaler" in pattern
    assert r"(?:^read also|\bsubscribe now)" in pattern  # kept whole: its own alternation


def test_trie_body_prefers_the_longest_name() -> None:
    root: dict[str, dict] = {}
    for name in ("AFP", "AFP news agency", "AP"):
        node = root
        for ch in name:
            node = node.setdefault(re.escape(ch), {})
        node[""] = {}
    pattern = re.compile(trie_body(root, after_first=r"(?<!\w.)") + r"(?!\w)")
    text = "AFP news agency, AP and XAFP; AFP."
    assert [m.group() for m in pattern.finditer(text)] == ["AFP news agency", "AP", "AFP"]
