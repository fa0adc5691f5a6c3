"""Whose losses a figure counts and which side a claimant speaks for (timeline.sides).

Sentences are real excerpts of the eval corpus's dev split, one table per language; the
sides come from data/actors.yaml.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from timeline import dates, extract, sides
from timeline.knowledge import Knowledge, load_knowledge
from timeline.model import Figure
from timeline.text import number_words

ROOT = Path(__file__).resolve().parents[2]


@functools.cache
def knowledge() -> Knowledge:
    return load_knowledge(ROOT / "data")[0]


@pytest.mark.parametrize(
    ("lang", "text", "figures", "claimant_side", "expected"),
    [
        # the side named right after the number
        (
            "en",
            "49 Armenian troops were killed and 3 civilians were wounded in the Azerbaijani "
            "attack.",
            [("killed", 49), ("wounded", 3)],
            None,
            ["armenia", "armenia"],
        ),
        (
            "en",
            "At least 49 Armenian and 50 Azeri military were killed, each side has said, "
            "blaming the other for the renewed fighting.",
            [("killed", 49), ("killed", 50)],
            None,
            ["armenia", "azerbaijan"],
        ),
        (
            "en",
            "A total of 192 Azerbaijani troops were killed and over 500 were wounded during "
            "Azerbaijan's offensive in Nagorno-Karabakh last week, the country's Health Ministry "
            "announced on Wednesday.",
            [("killed", 192), ("wounded", 500)],
            "azerbaijan",
            ["azerbaijan", "azerbaijan"],
        ),
        (
            "fr",
            "44 prisonniers arméniens ont pu rentrer chez eux contre 14 azerbaïdjanais.",
            [("released", 44), ("released", 14)],
            None,
            ["armenia", "azerbaijan"],
        ),
        (
            "fr",
            "Un soldat azerbaïdjanais a été tué jeudi dans de nouveaux affrontements à la "
            "frontière entre l’Arménie et l’Azerbaïdjan.",
            [("killed", 1)],
            None,
            ["azerbaijan"],
        ),
        (
            "ru",
            "Оборонное ведомство Армении сообщает о ранении по крайней мере 4 человек.",
            [("wounded", 4)],
            "armenia",
            ["armenia"],
        ),
        (
            "ru",
            "Потери Армии обороны Нагорного Карабаха в зоне карабахского конфликта составили "
            "32 военнослужащих, еще 25 считаются пропавшими без вести.",
            [("killed", 32), ("missing", 25)],
            "armenia",
            ["armenia", "armenia"],
        ),
        (
            "hy",
            "ՀՀ զինված ուժերի 12 զինծառայող՝ 7 պայմանագրային և 5 ժամկետային գերեվարվել են։",
            [("captured", 12)],
            "armenia",
            ["armenia"],
        ),
        (
            "az",
            "Kəlbəcər rayonunda 4-ü hərbçi olmaqla 8 nəfər minaya düşüb, onlardan biri şəhid olub",
            [("killed", 1)],
            "azerbaijan",
            ["azerbaijan"],
        ),
        # no side named and the outlet's own voice: whose losses is not guessed
        ("en", "Seven servicemen died in the clashes.", [("killed", 7)], None, [None]),
        # the attacker after the noun is not the victim: the claimant's own losses
        (
            "en",
            "Seven servicemen were killed by Armenian forces, the ministry said.",
            [("killed", 7)],
            "azerbaijan",
            ["azerbaijan"],
        ),
    ],
)
def test_victim_sides(lang, text, figures, claimant_side, expected):
    found = sides.victim_sides(
        text,
        tuple(Figure(kind, value) for kind, value in figures),
        knowledge(),
        claimant_side,
        number_words(lang),
    )
    assert [f.side for f in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "figures", "expected"),
    [
        # a victims word of data/actors.yaml right after the count (the outlet's own voice)
        (
            "en",
            "As many as 36 Karabakh servicemen were killed and 122 were wounded in the course "
            "of military operations.",
            [("killed", 36), ("wounded", 122)],
            ["armenia", "armenia"],
        ),
        ("en", "21 Karabakh soldiers have gone missing so far.", [("missing", 21)], ["armenia"]),
        (
            "ru",
            "Всего, по уточненным данным Минобороны НКР, с начала боев погибли 1 815 военных "
            "Армии обороны непризнанного Карабаха.",
            [("killed", 1815)],
            ["armenia"],
        ),
        # the word Azerbaijani and Turkish copy keeps for Azerbaijan's own dead
        (
            "tr",
            "Bakanlıktan gelen bilgiye göre, 79 askerin şehit olduğu, 282 askerin ise "
            "yaralandığı bildirildi.",
            [("killed", 79), ("wounded", 282)],
            ["azerbaijan", "azerbaijan"],
        ),
        (
            "tr",
            "12-14 Eylül tarihlerinde, Ermenistan ve Azerbaycan arasında çıkan çatışmalarda, 79 "
            "askerin daha şehit düştüğü haberi geldi.",
            [("killed", 79)],
            ["azerbaijan"],
        ),
        # a count with no number: a victims word anywhere in the sentence
        (
            "az",
            "Xarici İşlər Nazirliyi insidentlə bağlı açıqlama verərək hərbçimizin düşmən atəşi "
            "nəticəsində şəhid edildiyini açıqlayıb.",
            [("killed", 1)],
            ["azerbaijan"],
        ),
        # a possessor before the count, where the language puts it there
        (
            "tr",
            "Ateş sonucu Azerbaycan ordusundan 1 asker şehit olmuş, 1 asker ağır yaralanmıştı.",
            [("killed", 1), ("wounded", 1)],
            ["azerbaijan", "azerbaijan"],
        ),
        (
            "hy",
            "ՀՀ զինված ուժերի 12 զինծառայող՝ 7 պայմանագրային և 5 ժամկետային գերեվարվել են։",
            [("captured", 12)],
            ["armenia"],
        ),
        # a chain of possessives before the count (az-67eb37f13c: "a member of the
        # reconnaissance-sabotage group of the Armenian armed forces")
        (
            "az",
            "Ermənistan silahlı qüvvələrinin kəşfiyyat-diversiya qrupunun bir üzvü saxlanılıb.",
            [("captured", 1)],
            ["armenia"],
        ),
        # a subject before the count is no possessor ("the Armenian army killed 2 soldiers")
        ("az", "Ermənistan ordusu 2 əsgəri öldürüb.", [("killed", 2)], [None]),
        # in English a place after the count says nothing of whose people they are
        ("en", "Two soldiers in Karabakh were wounded.", [("wounded", 2)], [None]),
    ],
)
def test_victim_sides_from_victims_words_and_possessors(lang, text, figures, expected):
    found = sides.victim_sides(
        text,
        tuple(Figure(kind, value) for kind, value in figures),
        knowledge(),
        None,
        number_words(lang),
        extract._possessor_end(lang),
    )
    assert [f.side for f in found] == expected


def test_victims_words_name_no_claimant():
    """A victims word ("şehit", "Karabakh servicemen") is never read as a speaker."""
    assert knowledge().find_actors("79 askerin şehit olduğu bildirildi") == ()
    assert knowledge().find_victims("79 askerin şehit olduğu bildirildi") == ("azerbaijan",)


@pytest.mark.parametrize(
    ("actors", "expected"),
    [
        (("armenia",), "armenia"),
        (("nagorno-karabakh-authorities",), "nagorno-karabakh-authorities"),
        # "the Azerbaijani and Armenian defence ministries" speak for neither side
        (("azerbaijan", "armenia"), None),
        # a third party and a party: two sides
        (("russia", "armenia"), None),
        ((), None),
    ],
)
def test_claimant_actor(actors, expected):
    assert sides.claimant_actor(knowledge(), actors) == expected


def test_sides_are_data():
    assert sides.side_of(knowledge(), "nagorno-karabakh-authorities") == "armenia"
    assert sides.side_of(knowledge(), "russia") == sides.THIRD
    assert sides.side_of(knowledge(), None) is None


@pytest.mark.parametrize(
    ("claimant_side", "actors", "event_type", "expected"),
    [
        ("armenia", ("armenia", "azerbaijan"), "shelling", "azerbaijan"),
        ("azerbaijan", ("azerbaijan", "armenia"), "armed-clash", "armenia"),
        ("azerbaijan", ("azerbaijan", "armenia"), "casualties", "armenia"),
        # both parties say the same of a ceasefire, a meeting, a detention
        ("armenia", ("armenia", "azerbaijan", "russia"), "ceasefire", None),
        ("armenia", ("azerbaijan",), "diplomacy", None),
        # a third party's account and the outlet's own take no side
        ("third", ("armenia", "azerbaijan"), "shelling", None),
        (None, ("armenia", "azerbaijan"), "shelling", None),
        # naming only one's own side or a third party opposes no one
        ("armenia", ("armenia", "russia"), "shelling", None),
    ],
)
def test_opposed_side(claimant_side, actors, event_type, expected):
    assert sides.opposed_side(knowledge(), claimant_side, actors, event_type) == expected


_LOSS = (Figure("killed", 3, side="armenia"),)


@pytest.mark.parametrize(
    ("claimant_side", "event_type", "accuses", "denies", "figures", "expected"),
    [
        ("armenia", "shelling", False, False, (), True),
        # no party's side: no account
        (None, "shelling", True, False, (), False),
        ("third", "shelling", True, False, (), False),
        # an agreed kind or a loss report with neither word: no account, whatever else
        ("armenia", "ceasefire", False, False, (), False),
        ("armenia", "casualties", False, False, _LOSS, False),
        # ... but with an accusation or a denial word it may be one
        ("armenia", "ceasefire", True, False, (), True),
        ("azerbaijan", "casualties", False, True, _LOSS, True),
    ],
)
def test_may_oppose(claimant_side, event_type, accuses, denies, figures, expected):
    assert sides.may_oppose(claimant_side, event_type, accuses, denies, figures) is expected
    if not expected:  # the rule's answer is then None, whatever its costlier words say
        found = sides.opposed_side(
            knowledge(),
            claimant_side,
            ("armenia", "azerbaijan"),
            event_type,
            accuses,
            denies,
            figures=figures,
            names_enemy=True,
            deed=True,
        )
        assert found is None


@pytest.mark.parametrize(
    ("lang", "text", "claimant_side", "event_type", "expected"),
    [
        # a party's claim that the other violated a ceasefire is its account of it
        (
            "en",
            "Baku, September 23 (QNA) - The Azerbaijani Defense Ministry announced today that "
            "the Armenian side has violated the truce signed a few days ago, after firing at "
            "several border posts between the two countries.",
            "azerbaijan",
            "ceasefire",
            "armenia",
        ),
        (
            "en",
            "On the other hand, the Armenian Ministry of Defense accused the Azerbaijani armed "
            "forces of opening fire at Armenian positions, in violation of the ceasefire "
            "agreement,saying that it responded to the shooting.",
            "armenia",
            "ceasefire",
            "azerbaijan",
        ),
        # a denial is an account against the other party, named or not
        (
            "fr",
            "De son côté, le ministère azerbaïdjanais de la Défense a démenti cette version, "
            "affirmant que des échanges de tirs avaient eu lieu après une tentative de "
            "contrôler des véhicules suspectés de transporter des armes.",
            "azerbaijan",
            "armed-clash",
            "armenia",
        ),
        (
            "ru",
            "В пресс-службе минобороны Азербайджана сообщения МО Армении об обстреле назвали "
            "ложью и провокацией.",
            "azerbaijan",
            "shelling",
            "armenia",
        ),
        (
            "az",
            '"Qarşı tərəfin yaydığı növbəti dezinformasiya xarakterli məlumatı qəti surətdə '
            'təkzib edirik", - nazirlikdən qeyd olunub.',
            "azerbaijan",
            "other",
            "armenia",
        ),
        # a ceasefire both parties speak of, with no accusation, is no account
        (
            "en",
            "Armenia and Azerbaijan agreed to a ceasefire on Tuesday, Armenia's Security "
            "Council secretary said.",
            "armenia",
            "ceasefire",
            None,
        ),
        # the outlet's own denial word takes no side
        ("en", "Azerbaijan denied the claims.", None, "other", None),
    ],
)
def test_accusations_and_denials_are_accounts(lang, text, claimant_side, event_type, expected):
    actors = knowledge().find_actors(text)
    found = sides.opposed_side(
        knowledge(), claimant_side, actors, event_type, *extract._account_words(text, lang)
    )
    assert found == expected


@pytest.mark.parametrize(
    ("lang", "text", "claimant_side", "figures", "expected"),
    [
        # "the enemy's" people, in a party's claim: the other party's losses
        (
            "az",
            "Döyüşlərdə ermənilərə məxsus 30 tank, 15-dək artilleriya qurğusu və "
            "möhkəmləndirilmiş mühəndis qurğuları məhv edilib, düşmənin 320 hərbçisi "
            "öldürülüb, 500-dən artıq hərbçisi isə yaralanıb.",
            "azerbaijan",
            [("killed", 320), ("wounded", 500)],
            ["armenia", "armenia"],
        ),
        # the outlet's own "enemy" is nobody's
        ("az", "Döyüşlərdə düşmənin 320 hərbçisi öldürülüb.", None, [("killed", 320)], [None]),
        # "from the enemy's fire": the claimant's own losses
        (
            "az",
            "Düşmənin atəşindən 2 hərbçi yaralanıb.",
            "azerbaijan",
            [("wounded", 2)],
            ["azerbaijan"],
        ),
        (
            "hy",
            "Հակառակորդի կրակոցից 1 զինծառայող է զոհվել։",
            "armenia",
            [("killed", 1)],
            ["armenia"],
        ),
    ],
)
def test_the_enemy_s_losses_are_the_other_party_s(lang, text, claimant_side, figures, expected):
    found = sides.victim_sides(
        text,
        tuple(Figure(kind, value) for kind, value in figures),
        knowledge(),
        claimant_side,
        number_words(lang),
        extract._possessor_end(lang),
        extract._enemy(lang),
    )
    assert [f.side for f in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "figures", "expected"),
    [
        # "X lost N": X's people, X named before "lost" (the nearest name)
        (
            "en",
            "Fighting between Armenian and Azerbaijani forces escalated Tuesday, with Azerbaijan "
            "reporting seven more troops killed, including a general, and Armenia saying it has "
            "lost two servicemen.",
            [("killed", 7), ("killed", 2)],
            [None, "armenia"],
        ),
        (
            "en",
            "The Azerbaijani side has admitted the loss of 31 fighters, 1 helicopter and 1 "
            "unmanned drones.",
            [("killed", 31)],
            ["azerbaijan"],
        ),
        (
            "en",
            "After Armenian shelling, Azerbaijan lost 3 soldiers.",
            [("killed", 3)],
            ["azerbaijan"],
        ),
        # who killed is no loser
        ("en", "Azerbaijani forces killed 3 soldiers.", [("killed", 3)], [None]),
    ],
)
def test_x_lost_n_counts_x_s_people(lang, text, figures, expected):
    found = sides.victim_sides(
        text,
        tuple(Figure(kind, value) for kind, value in figures),
        knowledge(),
        None,
        number_words(lang),
        extract._possessor_end(lang),
        extract._enemy(lang),
        extract._loss(lang),
    )
    assert [f.side for f in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "claimant_side", "figures", "expected"),
    [
        # a party's count of its own dead in clashes with the other is a loss report
        (
            "fr",
            "Trois soldats arméniens ont été tués jeudi dans des affrontements avec les forces "
            "azerbaïdjanaises à la frontière entre les deux pays, qui se disputent la région du "
            "Nagorny-Karabakh, a annoncé l’armée arménienne.",
            "armenia",
            (Figure("killed", 3, side="armenia"),),
            None,
        ),
        (
            "en",
            "The Azerbaijani side has admitted the loss of 31 fighters, 1 helicopter and 1 "
            "unmanned drones.",
            "azerbaijan",
            (Figure("killed", 31, side="azerbaijan"),),
            None,
        ),
        # with an accusation word it is an account all the same
        (
            "fr",
            "1 personne a été blessée dimanche soir dans le Haut-Karabakh lorsque les forces "
            "armées azerbaïdjanaises ont violé le cessez-le-feu et ouvert le feu, a déclaré le "
            "ministère de la défense arménien.",
            "armenia",
            (Figure("wounded", 1, side="armenia"),),
            "azerbaijan",
        ),
        # a count of the other side's losses says who fell, not who attacked: no account
        # either (its figures dispute the other side's count of the same losses)
        (
            "en",
            "Armenia's defence ministry said 50 Azerbaijani troops were killed in the attack.",
            "armenia",
            (Figure("killed", 50, side="azerbaijan"),),
            None,
        ),
        # a party's report of the dead of a clash, its own and the other's, is a loss
        # report (fr-e32f192c6b)
        (
            "fr",
            "L'Arménie a rapporté mercredi la mort d'un troisième de ses soldats dans des "
            "affrontements armés avec l'Azerbaïdjan à la frontière, les pires depuis le début "
            "de l'année, qui également fait un mort côté azerbaïdjanais.",
            "armenia",
            (Figure("killed", 1, side="azerbaijan"),),
            None,
        ),
        # a count with an attack word names who attacked: an account
        (
            "en",
            "Armenia's defence ministry said Azerbaijani forces attacked its positions and 50 "
            "Azerbaijani troops were killed.",
            "armenia",
            (Figure("killed", 50, side="azerbaijan"),),
            "azerbaijan",
        ),
    ],
)
def test_a_count_of_one_s_own_losses_is_no_account(lang, text, claimant_side, figures, expected):
    actors = knowledge().find_actors(text)
    found = sides.opposed_side(
        knowledge(),
        claimant_side,
        actors,
        "casualties",
        *extract._account_words(text, lang),
        figures=figures,
    )
    assert found == expected


@pytest.mark.parametrize(
    ("lang", "text", "figures", "claimant_side", "expected"),
    [
        # after the count, its clause says the other party struck them (dev excerpts)
        (
            "en",
            "Violations were especially intense in the northern (Talish) section of the contact "
            "line, where a contract serviceman, Private Hrach Muradyan (b. 1983) was killed in "
            "Azerbaijani attacks.",
            [("killed", 1)],
            None,
            ["armenia"],
        ),
        (
            "en",
            "In August, two soldiers from the defense force of the de-facto Artsakh Republic was "
            "killed and 14 others were injured in strikes by Azerbaijani forces in the "
            "north-western part of the Nagorno-Karabakh region.",
            [("wounded", 14)],
            None,
            ["armenia"],
        ),
        (
            "ru",
            "Министерство обороны непризнанной Нагорно-Карабахской республики (НКР) сообщило о "
            "еще 36 погибших военнослужащих в боях с азербайджанскими подразделениями в зоне "
            "карабахского конфликта.",
            [("killed", 36)],
            None,
            ["armenia"],
        ),
        # the count's own words name whose people first
        (
            "en",
            "Armenian forces said 10 Azerbaijani soldiers were killed in Azerbaijani attacks.",
            [("killed", 10)],
            "armenia",
            ["azerbaijan"],
        ),
        # who struck, named before the count, is not read: "repelled an Azerbaijani attack,
        # killing 10 soldiers" counts the attackers
        (
            "en",
            "Armenian forces repelled an Azerbaijani attack, killing 10 soldiers.",
            [("killed", 10)],
            None,
            [None],
        ),
        # both parties' people together are "other" (fr-d120780109)
        (
            "fr",
            "Au moins 110 personnes, des civils et des militaires des deux camps, ont été tuées "
            "début avril dans des affrontements au Nagorny-Karabakh.",
            [("killed", 110)],
            None,
            ["other"],
        ),
    ],
)
def test_the_people_the_other_party_struck(lang, text, figures, claimant_side, expected):
    found = sides.victim_sides(
        text,
        tuple(Figure(kind, value) for kind, value in figures),
        knowledge(),
        claimant_side,
        number_words(lang),
        extract._possessor_end(lang),
        extract._enemy(lang),
        extract._loss(lang),
        extract._attacker(lang),
        extract._combined(lang),
    )
    assert [f.side for f in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a toll's own words say whose people (dev: en-6e1c0af143, en-6acf0d3966)
        (
            "en",
            "The new losses bring the number of Azerbaijani troops killed to 11.",
            [("killed", 11, "azerbaijan")],
        ),
        (
            "en",
            "The combined death toll from the offensive now stands at more than 400 people.",
            [("killed", 400, "other")],
        ),
        ("en", "The death toll rose to 49.", [("killed", 49, None)]),
    ],
)
def test_a_toll_names_whose_people(lang, text, expected):
    found = extract.find_figures(text, lang, knowledge())
    assert [(f.kind, f.value, f.side) for f in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "claimant_side", "expected"),
    [
        # a party's account that calls the other party "the enemy" names it (en-718fca516f)
        (
            "en",
            "Armenia’s Defense Ministry claimed that “the enemy forces launched an offensive "
            "alongside the contact line in southern, southeastern and northeastern directions "
            "using artillery, armored vehicles and aircraft”.",
            "armenia",
            "azerbaijan",
        ),
        # the outlet's "enemy" is nobody's
        ("en", "The enemy forces launched an offensive.", None, None),
    ],
)
def test_the_enemy_names_the_other_party(lang, text, claimant_side, expected):
    found = sides.opposed_side(
        knowledge(),
        claimant_side,
        knowledge().find_actors(text),
        "armed-clash",
        *extract._account_words(text, lang),
        names_enemy=sides.names_enemy(text, extract._enemy(lang)),
    )
    assert found == expected


@pytest.mark.parametrize(
    ("voice", "expected"),
    [
        # on an Azerbaijani site, the outlet's own "enemy" is Armenia (az-3278d8fde0)
        ("azerbaijan", ["armenia", "armenia"]),
        # with no outlet's country known, its "enemy" is nobody's
        (None, [None, None]),
    ],
)
def test_the_outlet_s_enemy_is_the_other_party_of_its_country(voice, expected):
    text = (
        "Döyüşlərdə ermənilərə məxsus 30 tank, 15-dək artilleriya qurğusu və "
        "möhkəmləndirilmiş mühəndis qurğuları məhv edilib, düşmənin 320 hərbçisi öldürülüb, "
        "500-dən artıq hərbçisi isə yaralanıb."
    )
    found = sides.victim_sides(
        text,
        (Figure("killed", 320), Figure("wounded", 500)),
        knowledge(),
        None,
        number_words("az"),
        extract._possessor_end("az"),
        extract._enemy("az"),
        extract._loss("az"),
        extract._attacker("az"),
        extract._combined("az"),
        voice=voice,
    )
    assert [f.side for f in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a party's losses, its own words say whose: the missing after them are its people
        # too (dev: ru-1e15b84bd9)
        (
            "ru",
            "Потери Армии обороны Нагорного Карабаха в зоне карабахского конфликта составили 32 "
            "военнослужащих, еще 25 считаются пропавшими без вести.",
            [("killed", 32, "armenia"), ("missing", 25, "armenia")],
        ),
        # both camps' people, with an apposition between the count and its verb
        # (dev: fr-d120780109)
        (
            "fr",
            "Au moins 110 personnes, des civils et des militaires des deux camps, ont été tuées "
            "début avril dans des affrontements au Nagorny-Karabakh.",
            [("killed", 110, "other")],
        ),
    ],
)
def test_a_count_s_own_words_name_the_counts_after_it(lang, text, expected):
    found = sides.victim_sides(
        text,
        extract.find_figures(text, lang, knowledge()),
        knowledge(),
        None,
        number_words(lang),
        combined=extract._combined(lang),
    )
    assert [(f.kind, f.value, f.side) for f in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "claimant_side", "voice", "expected"),
    [
        # "our" soldiers are the speaker's (dev: tr-57b8e6bc14, the ministry's headline)
        (
            "tr",
            "Azerbaycan Savunma Bakanlığı: 7 askerimiz şehit oldu",
            "azerbaijan",
            None,
            [("killed", 7, "azerbaijan")],
        ),
        # "our" after another party's count: the speaker's, not carried from the first
        (
            "en",
            "Three Azerbaijani soldiers were killed and two of our soldiers were wounded.",
            "armenia",
            None,
            [("killed", 3, "azerbaijan"), ("wounded", 2, "armenia")],
        ),
        (
            "az",
            "Ermənistanın 5 əsgəri öldürülüb, 2 hərbçimiz isə yaralanıb.",
            None,
            "azerbaijan",
            [("killed", 5, "armenia"), ("wounded", 2, "azerbaijan")],
        ),
        (
            "ru",
            "Трое азербайджанских военнослужащих погибли, двое наших военнослужащих ранены.",
            "armenia",
            None,
            [("killed", 3, "azerbaijan"), ("wounded", 2, "armenia")],
        ),
        # a third party's count that names no side is both parties' (dev: hy-344b4c471a,
        # the UN's figures)
        (
            "hy",
            "Հանգստյան օրերին Լեռնային Ղարաբաղում սկսված ռազմական գործողությունների "
            "հետևանքով զոհվել է առնվազն 33 մարդ, ավելի քան 200-ը՝ վիրավորվել:",
            "third",
            None,
            [("killed", 33, "other"), ("wounded", 200, "other")],
        ),
        # the nouns of a nationality name whose people, in any case
        ("ru", "Погибли двое армян.", None, None, [("killed", 2, "armenia")]),
        ("fr", "Trois Azéris ont été tués.", None, None, [("killed", 3, "azerbaijan")]),
        ("hy", "Զոհվել է 3 ադրբեջանցի զինծառայող:", None, None, [("killed", 3, "azerbaijan")]),
    ],
)
def test_our_people_third_party_counts_and_nationality_nouns(
    lang, text, claimant_side, voice, expected
):
    found = sides.victim_sides(
        text,
        extract.find_figures(text, lang, knowledge()),
        knowledge(),
        claimant_side,
        number_words(lang),
        extract._possessor_end(lang),
        extract._enemy(lang),
        voice=voice,
        own=extract._own_words(lang),
    )
    assert [(f.kind, f.value, f.side) for f in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "claimant_side", "expected"),
    [
        # both parties' people together, in the verb-final packs' words
        ("az", "Hər iki tərəfdən 50 hərbçi həlak olub.", None, [("killed", 50, "other")]),
        (
            "tr",
            "Çatışmalarda her iki taraftan 50 asker hayatını kaybetti.",
            None,
            [("killed", 50, "other")],
        ),
        # the other party as a party names it, "the occupiers'" people
        ("az", "İşğalçıların 12 hərbçisi məhv edilib.", "azerbaijan", [("killed", 12, "armenia")]),
    ],
)
def test_both_sides_and_the_enemy_in_every_pack(lang, text, claimant_side, expected):
    found = sides.victim_sides(
        text,
        extract.find_figures(text, lang, knowledge()),
        knowledge(),
        claimant_side,
        number_words(lang),
        extract._possessor_end(lang),
        extract._enemy(lang),
        combined=extract._combined(lang),
    )
    assert [(f.kind, f.value, f.side) for f in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "voice", "expected"),
    [
        # who struck them, named before the count where the language puts the cause first
        (
            "az",
            "Ermənistan silahlı qüvvələrinin atəşi nəticəsində 2 hərbçi yaralanıb.",
            None,
            [("wounded", 2, "azerbaijan")],
        ),
        (
            "hy",
            "Ադրբեջանական զինուժի կրակոցից վիրավորվել է 2 զինծառայող։",
            None,
            [("wounded", 2, "armenia")],
        ),
        (
            "tr",
            "Ermeni güçlerinin saldırısında 5 sivil hayatını kaybetti.",
            None,
            [("killed", 5, "azerbaijan")],
        ),
        # the people's own words still say whose first
        (
            "az",
            "Ermənistan silahlı qüvvələrinin atəşi nəticəsində 2 erməni hərbçi yaralanıb.",
            None,
            [("wounded", 2, "armenia")],
        ),
        # struck by "the enemy", in an Azerbaijani site's own voice: its own people
        (
            "az",
            "Düşmən atəşi nəticəsində 2 hərbçi yaralanıb.",
            "azerbaijan",
            [("wounded", 2, "azerbaijan")],
        ),
        ("az", "Düşmən atəşi nəticəsində 2 hərbçi yaralanıb.", None, [("wounded", 2, None)]),
        # military operations name no one who struck (dev: hy-344b4c471a)
        (
            "hy",
            "Հանգստյան օրերին Լեռնային Ղարաբաղում սկսված ռազմական գործողությունների "
            "հետևանքով զոհվել է առնվազն 33 մարդ, ավելի քան 200-ը՝ վիրավորվել:",
            None,
            [("killed", 33, None), ("wounded", 200, None)],
        ),
    ],
)
def test_who_struck_them_before_the_count(lang, text, voice, expected):
    found = sides.victim_sides(
        text,
        extract.find_figures(text, lang, knowledge()),
        knowledge(),
        None,
        number_words(lang),
        extract._possessor_end(lang),
        extract._enemy(lang),
        voice=voice,
        own=extract._own_words(lang),
        attacker_before=extract._attacker_before(lang),
    )
    assert [(f.kind, f.value, f.side) for f in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "claimant_side", "expected"),
    [
        # en-510bcad1c0 (dev): a plan, told by a party, is no account of a deed
        (
            "en",
            "The Nagorno-Karabakh army will disband and surrender all of its weapons and "
            "heavy equipment to Azerbaijan, it said.",
            "armenia",
            None,
        ),
        # ru-416d7d9018 (dev): a threat of retaliation, likewise
        (
            "ru",
            "Армения будет вынуждена нанести ответные удары по Азербайджану, заявили в Ереване.",
            "armenia",
            None,
        ),
        # the same party's account of what happened is one
        (
            "en",
            "Azerbaijani forces shelled Armenian positions near Jermuk, the Armenian defence "
            "ministry said.",
            "armenia",
            "azerbaijan",
        ),
        # a future tense with an accusation word still accuses
        (
            "en",
            "Baku will answer every provocation, the ministry said, accusing Armenian forces "
            "of opening fire.",
            "azerbaijan",
            "armenia",
        ),
    ],
)
def test_what_is_to_come_is_no_account(lang, text, claimant_side, expected):
    actors = knowledge().find_actors(text)
    found = sides.opposed_side(
        knowledge(),
        claimant_side,
        actors,
        "armed-clash",
        *extract._account_words(text, lang),
        to_come=dates.says_future(text, lang),
    )
    assert found == expected


@pytest.mark.parametrize(
    ("lang", "text", "claimant_side", "voice", "expected"),
    [
        # fr-cbc4db0e7f (dev): the attack's party past its weapon ("une attaque de missile
        # azerbaïdjanaise"): the other party's people, the claimant unread
        (
            "fr",
            "Selon le délégué pour les droits de l’homme du Haut-Karabakh, un civil a été tué "
            "et deux autres ont été blessés dans une attaque de missile azerbaïdjanaise contre "
            "un village.",
            None,
            None,
            [("killed", 1, "armenia"), ("wounded", 2, "armenia")],
        ),
        # armenianclub.com, 2022-08-04 (outside the corpus): likewise in English
        (
            "en",
            "Two soldiers of the de-facto Artsakh Republic were killed, and 14 others were "
            "injured in Azerbaijani drone strikes in the north-western part of the "
            "Nagorno-Karabakh region, the Jerusalem Post cited the Artsakh Defence Army.",
            None,
            None,
            [("wounded", 14, "armenia")],
        ),
        # ru-83fdabcd56 (dev): a name after "удара по" is whom it struck, not who struck:
        # the claimant's (Karabakh's) own people
        (
            "ru",
            "Два мирных жителя пострадали в результате удара по Степанакерту, который был "
            "произведен в ночь на субботу.",
            "armenia",
            None,
            [("wounded", 2, "armenia")],
        ),
        # az-66fc36594b (dev): no losses "among the personnel of Azerbaijan's army"
        (
            "az",
            "Açıqlamaya görə, Azərbaycan ordusunun şəxsi heyəti arasında itki yoxdur.",
            None,
            "armenia",
            [("killed", 0, "azerbaijan")],
        ),
        # tr-c5f793c752 (dev): "on its own front": the subject's, its speaker unread
        (
            "tr",
            "Dağlık Karabağ Savunma Bakanlığı ise kendi cephesinde 32 askerin öldüğünü kabul etti.",
            None,
            None,
            [("killed", 32, "armenia")],
        ),
    ],
)
def test_whose_losses_from_the_figure_s_own_clause(lang, text, claimant_side, voice, expected):
    found = extract.sided_figures(text, lang, knowledge(), claimant_side, voice)
    assert [(f.kind, f.value, f.side) for f in found] == expected
