"""Casualty figures, round 5: the wordings the dev split (batches 1-3) showed unread, and
the same classes in other outlets' news text.

Each row is a real sentence: from a dev-split article (its id in a comment) or from a
news page that is no eval article (its outlet in a comment); the few written to show the
limit of a rule say so. What a reader of the timeline sees: the counts, their kinds, and
whose losses they are, as a claim of the given side has them.
"""

from __future__ import annotations

import pytest
from test_figures_round4 import read

CASES = [
    # --- Armenian: "(հրազենային) վիրավորում է ստացել", the Defence Ministry's wording of
    # a wound, before the count or the named serviceman
    # hy-386741eded
    (
        "hy",
        "Օգոստոսի 17-ին, ժամը 14։45-ից սկսած, Ադրբեջանի զինված ուժերը տարբեր տրամաչափի "
        "հրաձգային զինատեսակներից կրակ են բացել հայ-ադրբեջանական սահմանի Գեղարքունիքի, "
        "մասնավորապես` Սոթքի հատվածում տեղակայված հայկական դիրքերի ուղղությամբ, ինչի "
        "հետևանքով հրազենային վիրավորում է ստացել ՀՀ զինված ուժերի մեկ զինծառայող:",
        "armenia",
        [("wounded", 1, "armenia")],
    ),
    # hy-f8c773db05: a named serviceman, and one with the definite article and no name
    (
        "hy",
        "Հարկ է նշել, որ Ադրբեջանի ԶՈւ֊ն հրադադարը հերթական անգամ խախտում է այն "
        "հատվածում, որտեղ հունիսի 22-ին հրազենային վիրավորում է ստացել ԱՀ ՊԲ "
        "պայմանագրային զինծառայող Մհեր Կամոյի Հակոբյանը։",
        "armenia",
        [("wounded", 1, "armenia")],
    ),
    (
        "hy",
        "Ադրբեջանի ՊՆ տարածած հաղորդագրությունն այն մասին, թե իբր ՊԲ ստորաբաժանումները "
        "կրակ են բացել ադրբեջանական դիրքերի ուղղությամբ, ինչի հետևանքով իբր հրազենային "
        "վիրավորում է ստացել ադրբեջանցի զինծառայողը",
        "azerbaijan",
        [("wounded", 1, "azerbaijan")],
    ),
    # hy-b4ea452788: whose is read at the count's own "մեկ", not at "մեկ օրում" (one day)
    (
        "hy",
        "Անցած մեկ օրում ռուսական խաղաղապահ զորախմբի պատասխանատվության գոտում Գեղարքունիքի "
        "մարզի Սոթք շրջանում Ադրբեջանի զինված ուժերի կողմից հրադադարի ռեժիմի մեկ խախտում է "
        "արձանագրվել, որի հետևանքով վիրավորվել է Հայաստանի զինված ուժերի մեկ զինծառայող:",
        "third",
        [("wounded", 1, "armenia")],
    ),
    # hy-965559549e (Ramgavar.am): the classical spelling of the diaspora press
    ("hy", "Այս պահու դրութեամբ ունինք մօտ 200 վիրաւոր:", "armenia", [("wounded", 200, "armenia")]),
    (
        "hy",
        "80 վիրաւոր զինծառայող տեղափոխուած է Երեւանի հիւանդանոց եւ քաղաքացիական հիւանդանոցներ:",
        "armenia",
        [("wounded", 80, "armenia")],
    ),
    # hy-cf542d1e67: "այդ թվում" (including) opens the part named apart: the child is
    # among the 2 dead, not added to the 11 wounded
    (
        "hy",
        "Այս պահին հավաքագրված տվյալների համաձայն՝ Ադրբեջանի հարձակումների հետևանքով կա "
        "առնվազն 2 զոհ, այդ թվում՝ մեկ երեխա և 11 վիրավոր, այդ թվում՝ 8 երեխա»։",
        "armenia",
        [("killed", 2, "armenia"), ("wounded", 11, "armenia")],
    ),
    # --- a toll the war itself took, in the outlet's voice: both parties' people
    # fr-04055aa2c7: a relative clause after a comma
    (
        "fr",
        "A l'automne de l'année dernière, l'Arménie et l'Azerbaïdjan s'étaient livrés une "
        "courte guerre, qui avait fait plus de 6.500 morts",
        None,
        [("killed", 6500, "other")],
    ),
    # fr-6eaedcfe10, fr-a4b987e85f: more words between, a participle
    (
        "fr",
        "La guerre qui s’en est ensuivie a fait près de 30.000 morts avant",
        None,
        [("killed", 30000, "other")],
    ),
    (
        "fr",
        "La première guerre, dans les années 1990, a été remportée par l'Arménie, faisant "
        "plus de 30.000 morts.",
        None,
        [("killed", 30000, "other")],
    ),
    # information.tv5monde.com; raids.fr: "aura fait pas moins de" (no fewer than)
    ("fr", "Les combats auraient fait plus de 200 morts.", None, [("killed", 200, "other")]),
    (
        "fr",
        "Entre-temps, ce nouveau conflit aura fait pas moins de 5 000 morts et provoqué "
        "d’importants dégâts matériels.",
        None,
        [("killed", 5000, "other")],
    ),
    # en-49b4aae3dd: "fighting ..., killing"
    (
        "en",
        "Fighting erupted between Azerbaijan and Armenia on Tuesday, killing at least 99 "
        "troops in the deadliest clash between the Caucasus neighbours since they fought a "
        "war two years ago.",
        None,
        [("killed", 99, "other")],
    ),
    # tr-4591de1e8e: "6 bin 500", digits after the scale word, and "kişinin öldüğü savaş"
    (
        "tr",
        "Azerbaycan ve Ermenistan iki yıl önce 6 bin 500 kişinin öldüğü 6 hafta süren "
        "savaşın ardından sınırda tekrar karşı karşıya geldi.",
        None,
        [("killed", 6500, "other")],
    ),
    # tr.boell.org: "kurban", a victim
    (
        "tr",
        "Yaklaşık 5 bin kurban verilen sıcak savaş durduruldu.",
        None,
        [("killed", 5000, "other")],
    ),
    # --- prisoners returned: released, not captured
    # en-67e9140413
    (
        "en",
        "Then, five Armenian prisoners of war returned to their homeland.",
        None,
        [("released", 5, "armenia")],
    ),
    (
        "en",
        "Three more prisoners of war have been returned to Armenia from Azerbaijan.",
        None,
        # where they were returned says whose people they are (round 6: returned_to)
        [("released", 3, "armenia")],
    ),
    # ru-a7488412ba
    (
        "ru",
        "Плененные Азербайджаном 32 армянских военнослужащих в среду возвратились на родину, "
        "сообщил премьер-министр Армении Никол Пашинян.",
        "armenia",
        [("released", 32, "armenia")],
    ),
    # --- counts apart
    # fr-6da0cb816a: a nationality after the noun, before "et"
    (
        "fr",
        "Selon le dernier bilan donné par le ministère arménien de la Défense hier, quatre "
        "soldats arméniens et 12 Azerbaïdjanais sont morts lors des combats.",
        "armenia",
        [("killed", 4, "armenia"), ("killed", 12, "azerbaijan")],
    ),
    # ru-2966215b12: "еще 35 — ранены", the noun and verb left out after a dash
    (
        "ru",
        "Президент Армении Серж Саргсян, как сообщал «Интерфакс», объявил, что 18 солдат "
        "Армии обороны Нагорного Карабаха были убиты, еще 35 — ранены.",
        "armenia",
        [("killed", 18, "armenia"), ("wounded", 35, "armenia")],
    ),
    # tr-cd0a69165f: "biri üsteğmen" (one of them a lieutenant) is no count of one; the
    # army in the ablative says whose
    (
        "tr",
        "Çatışmada, Azerbaycan ordusundan biri üsteğmen dört asker hayatını kaybetmiş, 4 "
        "asker yaralanmıştı.",
        None,
        [("killed", 4, "azerbaijan"), ("wounded", 4, "azerbaijan")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "claimant_side", "expected"), CASES)
def test_wordings_of_loss_counts_the_dev_split_showed(lang, text, claimant_side, expected):
    assert read(text, lang, claimant_side) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # written to show the limit: returning fire returns no one
        ("en", "Two soldiers returned fire."),
        # written: a year and a month after a scale word are no part of its count
        ("tr", "Savaşta 3 bin 15 Eylül"),
    ],
)
def test_no_figure_where_no_people_are_counted(lang, text):
    assert read(text, lang, None) == []


def test_a_count_after_its_scale_word_is_one_number():
    """ "2 min 783" is 2783 (written in the form of Azerbaijani news), not 783."""
    assert read("Müharibədə 2 min 783 hərbçi şəhid olub", "az", "azerbaijan") == [
        ("killed", 2783, "azerbaijan")
    ]


AZERBAIJANI_AND_ARMENIAN = [
    # az-6ab94878eb: "yaralı olduğunu" (that they are wounded)
    (
        "az",
        "Qeyd edək ki, Ermənistanın ombudsmanı Arman Tatoyan bir neçə dəqiqə öncə Xocavənd "
        "rayonunun Yenikənd ərazisi yaxınlığında 2 erməninin öldürüldüyünü və 6 nəfərin də "
        "yaralı olduğunu təsdiq edib.",
        "armenia",
        [("killed", 2, "armenia"), ("wounded", 6, "armenia")],
    ),
    # az-31bd2265eb: the active "saxlayıb" (detained); the possessor nearest the count is
    # whose soldier, not the subject named before it
    (
        "az",
        "“İyunun 21-də Azərbaycan Müdafiə Nazirliyinin mətbuat xidməti məlumat yayıb guya "
        "erməni tərəfi müdafiə xəttini keçməyə cəhd edib və Azərbaycan Ermənistan silahlı "
        "bölmələrinin bir hərbçisini saxlayıb.",
        "azerbaijan",
        [("captured", 1, "armenia")],
    ),
    # modern.az: "travması alıb", and a birth year between the noun and the name
    (
        "az",
        "Hadisə nəticəsində müddətdən artıq xidmət edən hərbi qulluqçu, 1987-ci il "
        "təvəllüdlü Raduqa Məmmədrahim oğlu Abdulrəhimov kəllə-beyin travması alıb.",
        "azerbaijan",
        [("wounded", 1, "azerbaijan")],
    ),
    # archive.168.am: "մեկ ուրիշն էլ" (another one), whose as the count before it
    (
        "hy",
        "Արդյունքում՝ իբր զոհվել է Ադրբեջանի զինված ուժերի մի զինծառայող, մեկ ուրիշն էլ "
        "վիրավորվել է:",
        None,
        [("killed", 1, "azerbaijan"), ("wounded", 1, "azerbaijan")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "claimant_side", "expected"), AZERBAIJANI_AND_ARMENIAN)
def test_azerbaijani_and_armenian_wordings_of_loss_counts(lang, text, claimant_side, expected):
    assert read(text, lang, claimant_side) == expected


@pytest.mark.parametrize("text", ["Atəşkəs rejimini saxlayıb.", "Bu gün 3 kəndi saxlayıb"])
def test_keeping_a_ceasefire_or_villages_detains_no_one(text):
    """Written to show the limit of the active "saxlayıb": it detains people only."""
    assert read(text, "az", "azerbaijan") == []


@pytest.mark.parametrize("lang", ["az", "en", "fr", "hy", "ru", "tr"])
def test_the_figure_words_of_every_pack_are_searched_by_first_letter(lang):
    """Every sentence of an article is searched for a pack's figure words and verbs: a word
    that starts with a group ("(?:ont|a)\\s+succombé") kept them from being grouped by
    first letter, and made that search slower for every sentence. Words are written
    with a plain first letter; one led by a quote is searched after the rest."""
    from timeline.extract import _figure_grammar_of
    from timeline.text import _top_level

    grammar = _figure_grammar_of(lang)
    for pattern in (grammar.any_keyword.pattern, grammar.any_verb.pattern):
        body = pattern.removeprefix(r"(?<!\w)(?:").removesuffix(r")(?!\w)")
        ungrouped = [p for p in _top_level(body) if not p[:1].isalpha()]
        assert len(ungrouped) <= 1, ungrouped


WHO_STRUCK_OR_HOLDS = [
    # en-67e9140413: taken "by the Azerbaijani Armed Forces", two words after the party
    (
        "en",
        "Baku earlier confirmed information that 62 soldiers were taken prisoner by the "
        "Azerbaijani Armed Forces in Karabakh in December 2020, that is, after the cessation "
        "of hostilities.",
        "azerbaijan",
        [("captured", 62, "armenia")],
    ),
    # en-67e9140413: the holder of the prisoners is the other party
    (
        "en",
        "Armenian human rights activists claim that Azerbaijan continues to hold about a "
        "hundred more prisoners of war.",
        "armenia",
        [("captured", 100, "armenia")],
    ),
    # written to show the forms: the holder in Russian and Armenian, the attacker of a
    # Russian count further after it
    ("ru", "Азербайджан удерживает 38 пленных.", None, [("captured", 38, "armenia")]),
    ("hy", "Ադրբեջանը պահում է 38 գերի:", None, [("captured", 38, "armenia")]),
    (
        "ru",
        "Двое военнослужащих были ранены в результате обстрела со стороны вооруженных сил "
        "Азербайджана.",
        None,
        [("wounded", 2, "armenia")],
    ),
    (
        "ru",
        "Трое мирных жителей погибли от огня армянских вооруженных сил.",
        None,
        [("killed", 3, "azerbaijan")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "claimant_side", "expected"), WHO_STRUCK_OR_HOLDS)
def test_who_struck_or_holds_the_people_counted(lang, text, claimant_side, expected):
    assert read(text, lang, claimant_side) == expected


ONE_NAMED_OR_MORTALLY_WOUNDED = [
    # en-2e25e0ec77: "mortally wounded" counts the dead; "Serviceman" with a capital and a
    # birth year after the name
    (
        "en",
        "Serviceman Armen Martirosyan, born in 1996, was mortally wounded on Wednesday at "
        "around 8pm in a military unit located in northern Artsakh of as a result of the "
        "gunfire by the Azerbaijani armed forces.",
        None,
        [("killed", 1, "armenia")],
    ),
    # en-de7b2b4026: a rank before the name
    (
        "en",
        "It said Armenian Sergeant G. Khurshudian died in the exchange of gunfire.",
        "armenia",
        [("killed", 1, "armenia")],
    ),
    # en-7abf9c3d3c: a bracket in the army's name before the soldier's
    (
        "en",
        "An Armenian soldier from the Nagorno Karabakh (Artsakh) army, Vache Chilingaryan "
        "was killed in Azerbaijan's cross-border fire on Sunday, December 7, at 1:20 pm.",
        None,
        [("killed", 1, "armenia")],
    ),
    # written: the French and the English count of the mortally wounded
    ("fr", "Deux soldats ont été mortellement blessés.", "armenia", [("killed", 2, "armenia")]),
    ("en", "Two soldiers were mortally wounded.", "armenia", [("killed", 2, "armenia")]),
    # hy-344b4c471a: "3 խաղաղ բնակիչ է զոհվել" is three civilians, no one more
    (
        "hy",
        "Ըստ Հայաստանի և Ադրբեջանի պաշտոնական աղբյուրների՝ առնվազն 30 զինվոր և 3 խաղաղ "
        "բնակիչ է զոհվել ռազմական գործողությունների հետևանքով:",
        "third",
        [("killed", 30, "other"), ("killed", 3, "other")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "claimant_side", "expected"), ONE_NAMED_OR_MORTALLY_WOUNDED
)
def test_one_named_soldier_and_the_mortally_wounded(lang, text, claimant_side, expected):
    assert read(text, lang, claimant_side) == expected


def test_a_captain_who_speaks_is_no_count():
    """Written to show the limit of a rank before a name: the rank is counted only when
    what befell him follows."""
    assert read("Captain Smith said the soldiers were killed.", "en", None) == []


PEOPLE_IN_THE_FIGHTING = [
    # fr-6be26615ef: people dead "dans de violents combats", in the outlet's voice: both
    # parties' people
    (
        "fr",
        "Au moins 64 personnes, majoritairement des soldats, ont péri en quatre jours dans de "
        "violents combats dans la région contestée du Nagorny-Karabakh où rien ne semble "
        "empêcher l'escalade militaire malgré les appels au calme de Moscou et des "
        "Occidentaux, selon un comptage de l'AFP.",
        None,
        [("killed", 64, "other")],
    ),
    # fr-a4b987e85f: "chassant du Haut-Karabakh plus de 100.000 Arméniens", a party's
    # people after the words between the verb and its count
    (
        "fr",
        "L'Azerbaïdjan a ensuite repris le contrôle d'une partie de la région à l'automne "
        "2020, avant d'en prendre la totalité après une offensive éclair en septembre 2023, "
        "chassant du Haut-Karabakh plus de 100.000 Arméniens.",
        None,
        [("displaced", 100000, "armenia")],
    ),
    # written: the same in English and Russian; soldiers named by their party stay theirs
    ("en", "At least 50 people were killed in the fighting.", None, [("killed", 50, "other")]),
    ("ru", "Не менее 50 человек погибли в ходе боев.", None, [("killed", 50, "other")]),
    ("fr", "Trois soldats arméniens ont péri dans les combats.", None, [("killed", 3, "armenia")]),
]


@pytest.mark.parametrize(("lang", "text", "claimant_side", "expected"), PEOPLE_IN_THE_FIGHTING)
def test_people_killed_or_driven_out_in_the_fighting(lang, text, claimant_side, expected):
    assert read(text, lang, claimant_side) == expected


def test_a_partys_adjective_on_a_thing_counts_no_people():
    """Written to show the limit: "3 chars arméniens" (tanks) after words between the verb
    and the count are no people."""
    assert read("Il a tué hier en Arménie 3 chars arméniens.", "fr", None) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # tr-0613f93de5: "bu sayının 77’ye çıktığı", the count before risen
        (
            "tr",
            "Azerbaycan Savunma Bakanlığı daha önceki açıklamasında, 50 askerin şehit olduğunu "
            "duyurmuş daha sonra bu sayının 77’ye çıktığı belirtmişti.",
        ),
        # written: the same in English
        (
            "en",
            "The ministry first said 50 soldiers were killed and later said this number "
            "rose to 77.",
        ),
    ],
)
def test_a_count_risen_is_a_figure_of_the_count_before(lang, text):
    assert read(text, lang, "azerbaijan") == [
        ("killed", 50, "azerbaijan"),
        ("killed", 77, "azerbaijan"),
    ]


def test_a_number_risen_with_no_count_before_is_no_figure():
    """Written: "this number" with no count before it in the sentence says of what."""
    assert read("Bu sayının 77’ye çıktığı belirtildi.", "tr", None) == []
