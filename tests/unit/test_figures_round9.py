"""Casualty figures, round 9: people counted by their names, and one person with no number.

Each row is a real sentence: from a dev-split article (its id in a comment) or from a
news page that is no eval article (its outlet in a comment), or a sentence of such an
article changed where a row says so. What a reader of the timeline sees: the counts,
their kinds, and whose losses they are, as a claim of the given side has them (None: the
outlet's own voice).
"""

from __future__ import annotations

import pytest
from test_figures_round4 import read

# --- a list of named people that a loss word predicates counts its names (the pack's
# ``named_person``: a full name by its shape, extract._named_victims)
NAMED = [
    # az-b96e2263fb (APA): five names with their patronymics, run into the noun before
    (
        "az",
        "Fevralın 24-dən 25-nə keçən gecə Ermənistan silahlı qüvvələrinin bütün cəbhə boyu "
        "törətdiyi irimiqyaslı təxribatların qarşısını alarkən şəhid olmuş hərbi "
        "qulluqçularımızAbdullayev Aqşin İsmayıl oğlu, Nəzərov Şahlar Yaşar oğlu, Haşımlı "
        "Tural Əbdül oğlu, Qədimov Zülfü Rəhim oğlu və Cəfərov Zakir Nazim oğlunun "
        "nəşlərinin döyüş meydanından çıxarılması məqsədilə",
        "azerbaijan",
        [("killed", 5, "azerbaijan")],
    ),
    # az-53e55c18d6 (musavat.com): two names after their years of birth, the verb after
    (
        "az",
        "Musavat.com erməni mətbuatına istinadən xəbər verir ki, atışma zamanı 1992-ci il "
        "təvəllüdlü Tiqran Poqosyan və 1972-ci il təvəllüdlü Aram Aruşanyan məhv edilib.",
        "armenia",
        [("killed", 2, "armenia")],
    ),
    # one name with a rank: one, as before (the pack's ``singular``)
    (
        "az",
        "Azərbaycan Ordusunun hərbi qulluqçusu Əliyev Babək Əsgər oğlu həlak olub.",
        "azerbaijan",
        [("killed", 1, "azerbaijan")],
    ),
    # a list with no loss word of its own in its clause counts no one (az-b96e2263fb, the
    # loss word removed)
    (
        "az",
        "Hərbi qulluqçularımız Abdullayev Aqşin İsmayıl oğlu və Nəzərov Şahlar Yaşar oğlu "
        "təltif edilib, döyüşlərdə 2 hərbçi yaralanıb.",
        "azerbaijan",
        [("wounded", 2, "azerbaijan")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), NAMED)
def test_a_list_of_named_people_counts_its_names(
    lang: str, text: str, side: str | None, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(text, lang, side) == expected


def test_names_among_a_count_are_not_counted_again() -> None:
    """A count of people written in the list's clause counts them: the names are among
    it, no figure of their own (az-b96e2263fb's names, a count and "o cümlədən" put
    before them)."""
    text = (
        "Döyüşlərdə 3 hərbçimiz, o cümlədən Abdullayev Aqşin İsmayıl oğlu və Nəzərov Şahlar "
        "Yaşar oğlu şəhid olub."
    )
    assert all(value != 2 for _, value, _ in read(text, "az", "azerbaijan"))


# --- one person with no number, where the language makes the one explicit: an age on the
# noun, "one" before a possessed noun, the Armenian noun bare after its verb; never where a
# count stands in the phrase
ONE = [
    # az-162c78e6ec (president.az): an age, "76 yaşlı dinc sakin"
    (
        "az",
        "Ermənistanın təxribatı nəticəsində Tovuz rayonunda Azərbaycan hərbçiləri şəhid oldu, "
        "bundan başqa, 76 yaşlı dinc sakin artilleriya atəşləri nəticəsində həlak oldu.",
        "azerbaijan",
        [("killed", 1, "azerbaijan")],
    ),
    # az-c9b5e0976b: "bir ... əsgərimizi şəhid etdi", the transitive "made a martyr"
    (
        "az",
        "Yuxarı Qarabağı qanunsuz işğal edən Ermənistan indi də Tovuz bölgəsində atəşkəsi "
        "pozaraq bir qəhrəman Azərbaycan əsgərimizi şəhid etdi.",
        "azerbaijan",
        [("killed", 1, "azerbaijan")],
    ),
    # hy-526c1e6c9f: the noun bare after its verb, ending the sentence
    (
        "hy",
        "Տավուշի սահմանին ադրբեջանական կողմը թիրախավորված կրակ է բացել հայկական դիրքերի "
        "վրա, ինչի հետևանքով թեթև վիրավորվել է ՀՀ ԶՈւ պայմանագրային զինծառայող։",
        "armenia",
        [("wounded", 1, "armenia")],
    ),
    # ... not where a count stands before it: one figure of 49 (the pack's doctest)
    (
        "hy",
        "Նախարարության տվյալներով՝ զոհվել է 49 զինծառայող:",
        "armenia",
        [("killed", 49, "armenia")],
    ),
    (
        "hy",
        "Նախարարության տվյալներով՝ զոհվել է երկու զինծառայող:",
        "armenia",
        [("killed", 2, "armenia")],
    ),
    # the age on the noun in the other languages, as they read it already
    ("ru", "В результате обстрела погиб 76-летний житель села.", None, [("killed", 1, None)]),
    ("en", "A 76-year-old civilian was killed by artillery fire.", None, [("killed", 1, None)]),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), ONE)
def test_one_person_with_no_number(
    lang: str, text: str, side: str | None, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(text, lang, side) == expected


# --- a state of captivity is a count of the captured (az-c708388710, "əsirlikdədir")
def test_people_in_captivity_are_captured() -> None:
    text = "Xatırladaq ki, Azərbaycanda ən azı 60 erməni əsgər əsirlikdədir."
    assert read(text, "az", None) == [("captured", 60, "armenia")]


# --- an outlet's own count whose words name no one's people: its country's, when the
# outlet is a party's (``voice``); a third party's site or an unknown one says nothing
HY_695 = (
    "Մարդու իրավունքների պաշտպանի աշխատակազմում գրանցված տեղեկությունների համաձայն՝ "
    "հրետակոծությունների հետևանքով այս պահի դրությամբ կան 32 զոհ, 200-ից ավելի վիրավոր, "
    "այդ թվում՝ 7 զոհ (2 երեխա) և 35 վիրավոր (13 երեխա) քաղաքացիական բնակչության շրջանում։"
)
VOICE = [
    # hy-695ca627e8 (an Armenian site)
    ("hy", HY_695, "armenia", {"armenia"}),
    ("hy", HY_695, "third", {None}),
    ("hy", HY_695, None, {None}),
    # words that name whose people win over the voice (az-c708388710, an Azerbaijani site)
    (
        "az",
        "Xatırladaq ki, Azərbaycanda ən azı 60 erməni əsgər əsirlikdədir.",
        "azerbaijan",
        {"armenia"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "voice", "expected"), VOICE)
def test_an_outlet_s_own_count_is_its_country_s(
    lang: str, text: str, voice: str | None, expected: set[str | None]
) -> None:
    from test_figures_round4 import knowledge

    from timeline import extract

    found = extract.sided_figures(text, lang, knowledge(), None, voice)
    assert found
    assert {figure.side for figure in found} == expected


# --- releases and exchanges (round 9, second wave): the plural of a nationality counts
# people in English (data/actors.yaml ``person_noun``, the pack's ``{PEOPLE}``); a count
# given in exchange for the released is the other party's people (sides.traded_side);
# "X released N" counts the other party's people (the pack's ``releaser``)
RELEASED = [
    # en-49bc359f1e (Al Jazeera): "32 Armenians" is a count of people; the two soldiers
    # given in exchange for them are the other party's
    (
        "en",
        "Azerbaijan releases 32 Armenians, most of whom were held since 2020, in exchange "
        "for two soldiers held since April.",
        None,
        [("released", 32, "armenia"), ("released", 2, "azerbaijan")],
    ),
    # en-49bc359f1e: the verb before the count wins over "captured" after it
    (
        "en",
        "The exchange took place on Wednesday with Azerbaijan releasing 32 Armenians mostly "
        "captured in late 2020 while Armenia released two Azerbaijani soldiers held since April.",
        None,
        [("released", 32, "armenia"), ("released", 2, "azerbaijan")],
    ),
    # the exchanged count's own words win (en-49bc359f1e, changed: "two Armenian soldiers")
    (
        "en",
        "Azerbaijan releases 32 Armenians in exchange for two Armenian soldiers.",
        None,
        [("released", 32, "armenia"), ("released", 2, "armenia")],
    ),
    # fr-90fd8b5d59 (the same story in French, "soldats" with no nationality: changed)
    (
        "fr",
        "L’Azerbaïdjan a libéré 32 Arméniens, la plupart capturés en 2020, en échange de deux "
        "soldats détenus depuis avril.",
        None,
        [("released", 32, "armenia"), ("released", 2, "azerbaijan")],
    ),
    # en-02b46ad376: who released the one prisoner names whose he is not
    (
        "en",
        "So, Armenia released one prisoner.",
        None,
        [("released", 1, "azerbaijan")],
    ),
    # norharatch.com: "L'Azerbaïdjan a libéré onze prisonniers de guerre"
    (
        "fr",
        "L’Azerbaïdjan a libéré onze prisonniers de guerre le 4 décembre et dix autres le 19 "
        "décembre.",
        None,
        [("released", 11, "armenia")],
    ),
    # topwar.ru: "Баку передало ... 32 человека"
    (
        "ru",
        "Как отметил глава армянского правительства, Баку передало представителям Армении 32 "
        "человека.",
        None,
        [("released", 32, "armenia")],
    ),
    # en-02b46ad376: a dash for the verb of the part before it ("released"), and who
    # released them before the dash
    (
        "en",
        "So, Armenia released one prisoner, and Azerbaijan – five prisoners of war.",
        None,
        [("released", 1, "azerbaijan"), ("released", 5, "armenia")],
    ),
    # no dash: the prisoners Azerbaijan holds stay captured (en-02b46ad376, changed)
    (
        "en",
        "Armenia released one prisoner, and Azerbaijan holds five prisoners of war.",
        None,
        [("released", 1, "azerbaijan"), ("captured", 5, "armenia")],
    ),
    # a third party releasing names no party's people (ICRC)
    (
        "en",
        "The ICRC released two prisoners.",
        None,
        [("released", 2, None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), RELEASED)
def test_releases_and_exchanges(
    lang: str, text: str, side: str | None, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(text, lang, side) == expected


# --- round 11: the bodies of the people counted are the count of the dead (a genitive,
# then the body noun: the pack's ``count_nouns``); a count of bodies alone stays no count
BODIES = [
    # az-205ff861c2: "the bodies of more than 300 Armenian soldiers were recovered"
    (
        "az",
        "Belə ki, son 2 gündə Şuşadan 300-dən çox erməni əsgərin cəsədi çıxarılıb.",
        "azerbaijan",
        [("killed", 300, "armenia")],
    ),
    # hy-8975bc2f01: the body of one member of the enemy's group ("the enemy's" at the
    # head of a chain of genitives: the other party's, round 11 sides._enemy_chain_side)
    (
        "hy",
        "Հակառակորդի դիվերսիոն խմբի մի անդամի դիակը գտնվում է միջդիրքային տարածքում:",
        "armenia",
        [("killed", 1, "azerbaijan")],
    ),
    # the remains of three servicemen handed over: three dead, no one released
    (
        "hy",
        "Հակառակորդը հանձնել է 3 զինծառայողի աճյունները:",
        "armenia",
        [("killed", 3, "armenia")],
    ),
    ("az", "3 hərbçinin meyiti geri qaytarılıb.", None, [("killed", 3, None)]),
    # bodies counted with no people named: no count (the pack's ``not_counted``)
    ("az", "Ermənistan 3 cəsəd təhvil verib.", None, []),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), BODIES)
def test_the_bodies_of_people_counted_are_their_dead(
    lang: str, text: str, side: str | None, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(text, lang, side) == expected


# --- round 11: a verb that ends in an elided word runs into its count (French "de"
# before a vowel: "la mort d'un soldat", as "la mort de deux soldats"); the count must
# then count people
ELIDED = [
    # fr-c76fc3523d
    (
        "fr",
        "Le ministère de la Défense de l'Azerbaïdjan a annoncé la mort d'un soldat azéri "
        "après une embuscade depuis les positions des forces armées arméniennes à la "
        "frontière entre les deux pays.",
        "azerbaijan",
        [("killed", 1, "azerbaijan")],
    ),
    # fr-3396b14cb6: the curly apostrophe
    (
        "fr",
        "Les autorités arméniennes ont jusqu’à présent signalé la mort d’un civil à "
        "Stepanakert, indique Eurasianet.",
        "armenia",
        [("killed", 1, "armenia")],
    ),
    # fr-3b32195456: "one of its soldiers"
    (
        "fr",
        "L'Arménie a annoncé mercredi la mort d'un de ses soldats dans un accrochage avec "
        "les troupes azerbaïdjanaises, une affirmation démentie par Bakou.",
        "armenia",
        [("killed", 1, "armenia")],
    ),
    # a qualifier after the elision
    (
        "fr",
        "Les autorités ont annoncé la mort d'au moins cinq soldats.",
        "armenia",
        [("killed", 5, "armenia")],
    ),
    # the release of one prisoner
    (
        "fr",
        "Bakou a annoncé le retour d'un prisonnier arménien.",
        "azerbaijan",
        [("released", 1, "armenia")],
    ),
    # no person counted after the elision: no figure
    ("fr", "L'Arménie a dénoncé la perte d'une position.", "armenia", []),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), ELIDED)
def test_a_verb_runs_into_its_count_by_an_elided_word(
    lang: str, text: str, side: str | None, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(text, lang, side) == expected


# --- round 11 (figs11b): a chain of genitives headed by "the enemy's" counts the other
# party's people, whatever stands between (sides._enemy_chain_side, the pack's
# ``genitive_end``); a chain that ends in another case, or "the enemy" as a subject, not
ENEMY_CHAIN = [
    # az-67eb37f13c, its possessor "Ermənistan silahlı qüvvələrinin" changed to "Düşmənin"
    (
        "az",
        "Düşmənin kəşfiyyat-diversiya qrupunun bir üzvü saxlanılıb.",
        "azerbaijan",
        [("captured", 1, "armenia")],
    ),
    # az-3278d8fde0: "the enemy's" right before the count, as before
    (
        "az",
        "Döyüşlərdə ermənilərə məxsus 30 tank, 15-dək artilleriya qurğusu və "
        "möhkəmləndirilmiş mühəndis qurğuları məhv edilib, düşmənin 320 hərbçisi öldürülüb, "
        "500-dən artıq hərbçisi isə yaralanıb.",
        "azerbaijan",
        [("killed", 320, "armenia"), ("wounded", 500, "armenia")],
    ),
    # az-d4288791de: the enemy's shelling struck them, no chain before the count
    (
        "az",
        "Düşmənin cəbhə zonasından kənarda yerləşən Gəncə şəhərini raket atəşinə tutması "
        "nəticəsində 5 nəfər həlak olub.",
        "azerbaijan",
        [("killed", 5, "azerbaijan")],
    ),
    # the chain ends in the ablative: from the enemy's fire, the claimant's own people
    ("az", "Düşmənin atəşindən 2 hərbçi yaralanıb.", "azerbaijan", [("wounded", 2, "azerbaijan")]),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), ENEMY_CHAIN)
def test_a_chain_of_genitives_headed_by_the_enemy(
    lang: str, text: str, side: str | None, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(text, lang, side) == expected


# --- round 11 (figs11b): a bare count before a comma shares the noun and verb of the
# next count, each after its own possessor (extract._gapped_count)
GAPPED = [
    # tr-88860d20ee: the health ministry's 192, the defence and interior ministries' apart
    (
        "tr",
        "Azerbaycan Sağlık Bakanlığından yapılan açıklamada, operasyonda Savunma "
        "Bakanlığından 180, İçişleri Bakanlığından 12 personelin şehit olduğu bildirildi.",
        "azerbaijan",
        [("killed", 180, "azerbaijan"), ("killed", 12, "azerbaijan")],
    ),
    # a date's word before the number is no possessor (changed sentence)
    (
        "az",
        "Sentyabrın 27, Ermənistan ordusunun 5 hərbçisi həlak olub.",
        "azerbaijan",
        [("killed", 5, "armenia")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), GAPPED)
def test_a_count_sharing_the_next_count_s_noun_and_verb(
    lang: str, text: str, side: str | None, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(text, lang, side) == expected


# --- round 11 (figs11b): the French indefinite article counts one only before a person
# noun, a party's noun, or the figure's own word (extract._article_counts_people)
ARTICLE = [
    # fr-8410f9a2a0
    (
        "fr",
        '"Un militaire a été tué", a-t-il précisé, ajoutant que les forces '
        "azerbaïdjanaises avaient également subi des pertes humaines.",
        "armenia",
        [("killed", 1, "armenia")],
    ),
    # fr-a41a1069d7: "un autre blessé", the figure's own word after "autre"
    (
        "fr",
        "Un soldat arménien a été tué et un autre blessé lundi dans une violation du "
        "cessez-le-feu signalée à la frontière de l’Arménie avec l’Azerbaïdjan.",
        None,
        [("killed", 1, "armenia"), ("wounded", 1, "armenia")],
    ),
    # the article before an official, not a victim (the brief's wording, issue 21)
    (
        "fr",
        "Un responsable arménien a annoncé la mort de deux soldats.",
        "armenia",
        [("killed", 2, "armenia")],
    ),
    ("fr", "Un Arménien a été tué, selon Bakou.", None, [("killed", 1, "armenia")]),
    # feminine victims' nouns are persons too (the pack's persons list, fr)
    ("fr", "Une civile a été blessée.", None, [("wounded", 1, None)]),
    ("fr", "Une habitante a été tuée par un éclat d'obus.", None, [("killed", 1, None)]),
    # fr-ee60649ca0: "one of them", the passive auxiliary right after it
    (
        "fr",
        "L'Arménie a accusé mardi l'Azerbaïdjan d'avoir ouvert le feu sur ses soldats, dont "
        "l'un a été blessé",
        "armenia",
        [("wounded", 1, "armenia")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), ARTICLE)
def test_the_article_counts_one_only_before_a_person(
    lang: str, text: str, side: str | None, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(text, lang, side) == expected
