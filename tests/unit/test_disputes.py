"""Which claims dispute each other (issue 21, point 5): opposite accounts of one clash,
and two sides' counts of the same losses, each read from a sentence that names its
speaker. Every excerpt is from a dev-a article of the evaluation corpus (its id is
given with each test)."""

from __future__ import annotations

import dataclasses

import pytest
from claimkit import claim, date
from test_attribution_spans import claims_of, knowledge

from timeline import extract, sides
from timeline.merge import (
    ClaimBatch,
    _about_it,
    _of_its_kind,
    content_words,
    date_bucket,
    denied_words,
    happenings,
    line_sectors,
    mark_conflicts,
    merge_entries,
)
from timeline.model import Claim, Entry, Story

DAY = "2022-09-14"

# fr-e32f192c6b, whole: a loss report, the outlet's own lines, then the two accounts
E32 = (
    "L'Arménie a rapporté mercredi la mort d'un troisième de ses soldats dans des "
    "affrontements armés avec l'Azerbaïdjan à la frontière, les pires depuis le début de "
    "l'année, qui également fait un mort côté azerbaïdjanais.\n\n"
    "Les deux camps s'accusent mutuellement d'être à l'origine de \"provocations\" ayant "
    "déclenché ces heurts meurtriers. Des violences éclatent périodiquement entre leurs "
    "forces malgré l'instauration en novembre 2020 d'un cessez-le-feu, qui avait mis fin à "
    "une guerre de six semaines pour le contrôle de l'enclave du Nagorny Karabakh.\n\n"
    "Selon Bakou, les affrontements ont lieu dans la région frontalière azerbaïdjanaise de "
    "Kalbajar, située à proximité de l'enclave disputée du Nagorny Karabakh.\n\n"
    "L'armée arménienne accuse les forces azerbaïdjanaises d'avoir attaqué ses positions à "
    "l'aide d'artillerie et de drones, tandis que Bakou a évoqué des \"provocations\" de son "
    "voisin."
)


def _claim(claims: list[Claim], start: str) -> Claim:
    (found,) = [c for c in claims if c.text.startswith(start)]
    return found


def _share(a: Claim, b: Claim) -> bool:
    return bool(set(a.disputes) & set(b.disputes))


def test_an_accusation_of_the_neighbour_answers_the_other_side_s_account() -> None:
    """ "Bakou a évoqué des provocations de son voisin": "son voisin" is Armenia, as
    "l'ennemi" would be; Baku's account disputes the Armenian army's."""
    marked = mark_conflicts(claims_of(E32, "fr"), DAY)
    armenian = _claim(marked, "L'armée arménienne accuse")
    baku = _claim(marked, "Bakou a évoqué")
    assert (armenian.opposes, baku.opposes) == ("azerbaijan", "armenia")
    assert _share(armenian, baku)


def test_a_party_s_report_of_the_dead_is_no_account() -> None:
    """Armenia's report of the clash's dead (its own and one Azerbaijani) says who fell,
    not who attacked: it disputes neither of the two accounts."""
    marked = mark_conflicts(claims_of(E32, "fr"), DAY)
    report = _claim(marked, "L'Arménie a rapporté")
    assert report.claimant_side == "armenia"
    assert report.opposes is None
    assert report.disputes == ()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the other party without its name, in each pack's words (dev-a excerpts)
        ("fr", 'Bakou a évoqué des "provocations" de son voisin.', "armenia"),
        (
            "az",
            '"Qarşı tərəfin yaydığı növbəti dezinformasiya xarakterli məlumatı qəti surətdə '
            'təkzib edirik", - nazirlikdən qeyd olunub.',  # az-8489b67d3c
            "armenia",
        ),
        # "on the other hand" names no one
        ("fr", "De l'autre côté, Bakou a évoqué des provocations.", None),
    ],
)
def test_the_other_party_named_without_its_name(lang: str, text: str, expected: str | None) -> None:
    found = sides.opposed_side(
        knowledge(),
        "azerbaijan",
        knowledge().find_actors(text),
        "armed-clash",
        False,
        False,
        names_enemy=extract._names_other_party(text, lang),
    )
    assert found == expected


# fr-b539231065: the outlet's line on Armenia's dead, after Baku's announcement
B539 = (
    "Un soldat azerbaïdjanais a été tué dans des affrontements frontaliers avec l'Arménie, a "
    "indiqué jeudi le ministère azerbaïdjanais de la Défense, à quelques jours de pourparlers "
    "prévus entre Bakou et Erevan à Bruxelles.\n\n"
    "Au moins 49 soldats arméniens ont été tués dans des affrontements frontaliers entre "
    "l'Arménie et l'Azerbaïdjan.\n\n"
    "\"Un militaire de l'armée azerbaïdjanaise a été tué à l'issue d'une provocation des "
    'forces arméniennes", a affirmé le ministère dans un communiqué. Pour sa part, Erevan a '
    "fait état de quatre soldats arméniens blessés dans ces affrontements."
)


def test_a_sentence_that_names_no_speaker_is_marked_so() -> None:
    """The caption-like toll between two of Baku's sentences names no speaker: Baku's
    ministry is the span's guess."""
    claims = claims_of(B539, "fr")
    assert _claim(claims, "Un soldat azerbaïdjanais").speaker_named
    toll = _claim(claims, "Au moins 49")
    assert toll.claimant_side == "azerbaijan" and not toll.speaker_named


@pytest.mark.parametrize(("named", "disputed"), [(False, False), (True, True)])
def test_a_span_s_speaker_is_set_against_no_one(named: bool, disputed: bool) -> None:
    """The toll fr-b539231065 gives in no one's name (read as Baku's by the span) beside
    Armenia's own count (en-6e1c0af143): a dispute only if Baku's ministry were named."""
    toll = claim(
        "x",
        1,
        "Au moins 49 soldats arméniens ont été tués dans des affrontements frontaliers entre "
        "l'Arménie et l'Azerbaïdjan.",
        DAY,
        "le ministère azerbaïdjanais de la Défense",
        {"killed": 49},
        event_type="casualties",
        lang="fr",
    )
    armenia = claim(
        "x",
        2,
        "Armenia saying it has lost two servicemen.",
        DAY,
        "Armenia",
        {"killed": 2},
        event_type="casualties",
    )
    assert toll.figures[0].side == armenia.figures[0].side == "armenia"
    one, other = mark_conflicts([dataclasses.replace(toll, speaker_named=named), armenia], DAY)
    assert _share(one, other) is disputed


# fr-781e07ea77, from its third paragraph: Yerevan's account of Tavush, Baku's of Gazakh
# and Tovuz, then Baku's second account, of its positions along the border and in Karabakh
F781 = (
    "Le ministre arménien de la Défense Seïran Oganian a accusé l'Azerbaïdjan d'avoir ouvert "
    'le feu avec des armes "de gros calibre" dans la région frontalière de Tavouch '
    "(nord-est).\n\n"
    "Selon le ministre arménien de la Défense, des unités de la force défensive de Karabakh "
    "continuent de superviser l'accord du cessez-le-feu et d'accomplir leurs devoirs.\n\n"
    "Bakou a de son côté accusé Erevan d'avoir utilisé des mortiers de 60 mm ainsi que "
    "d'autres armes et d'avoir \"violé le cessez-le-feu 125 fois\", visant dans la nuit les "
    "positions azerbaïdjanaises dans les régions de Gazakh, Tovuz et Agstafa.\n\n"
    "Selon les renseignements du ministère azerbaïdjanais de la Défense, des positions des "
    "forces azerbaïdjanaises situées sur les frontières entre les deux pays et dans la région "
    "de Karabakh ont fait l'objet des attaques des forces arméniennes."
)


def test_accounts_that_answer_each_other_dispute_wherever_each_side_places_them() -> None:
    """Yerevan's account of Tavush and Baku's of Gazakh and Tovuz, each the other's
    nearest, are one dispute: each side names its own side of the border."""
    marked = mark_conflicts(claims_of(F781, "fr"), DAY)
    yerevan = _claim(marked, "Le ministre arménien de la Défense Seïran Oganian")
    baku = _claim(marked, "Bakou a de son côté")
    assert yerevan.places and baku.places and set(yerevan.places).isdisjoint(baku.places)
    assert _share(yerevan, baku)


def test_a_further_account_of_another_place_disputes_nothing_answered_already() -> None:
    """Baku's second account (Karabakh) has Yerevan's account of Tavush as its nearest,
    but that one answers Baku's first: of another place, the second is another matter."""
    marked = mark_conflicts(claims_of(F781, "fr"), DAY)
    yerevan = _claim(marked, "Le ministre arménien de la Défense Seïran Oganian")
    second = _claim(marked, "Selon les renseignements")
    assert second.opposes == "armenia"
    assert not _share(yerevan, second)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Yerevan accuses Russia's peacekeepers; Azerbaijan is named only in what they
        # failed to prevent: no account against Azerbaijan (fr-c3ac2ae374)
        (
            "L’Arménie a accusé jeudi les soldats russes de maintien de la paix d’avoir échoué "
            'à empêcher un "blocus" par l’Azerbaïdjan de l’enclave séparatiste du Nagorny '
            "Karabakh.",
            None,
        ),
        # the same article's accusation of Baku is Yerevan's account against it
        (
            "Mais Erevan a accusé Bakou d’avoir mis en scène ces protestations et de bloquer "
            "volontairement cette route.",
            "azerbaijan",
        ),
    ],
)
def test_an_accusation_of_a_third_party_is_no_account(text: str, expected: str | None) -> None:
    (found,) = claims_of(text, "fr")
    assert found.claimant_side == "armenia"
    assert found.opposes == expected


@pytest.mark.parametrize(
    ("lang", "text", "claimant_side", "expected"),
    [
        # the accusation's first actor is a third party's (fr-c3ac2ae374)
        (
            "fr",
            "L’Arménie a accusé jeudi les soldats russes de maintien de la paix d’avoir échoué "
            'à empêcher un "blocus" par l’Azerbaïdjan.',
            "armenia",
            True,
        ),
        # a party's claim that names the other as "the other side" is its account, whoever
        # is named after (modelled on en-669c5b6452: "... blaming the other for the renewed
        # fighting, which prompted an appeal for calm from Russian President Vladimir Putin")
        (
            "en",
            "Azerbaijan's defence ministry blamed the other side for the renewed fighting, "
            "which prompted an appeal for calm from Russian President Vladimir Putin.",
            "azerbaijan",
            False,
        ),
    ],
)
def test_whom_an_accusation_is_aimed_at(
    lang: str, text: str, claimant_side: str, expected: bool
) -> None:
    found = sides.accuses_third_party(
        knowledge(),
        text,
        extract._accounts_words(lang, "accusation"),
        claimant_side,
        lambda words: extract._names_other_party(words, lang),
    )
    assert found is expected


# -- a mention of the other party is no account (round 4) -------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the two parties named together, as a border's or a relation's adjective
        (  # en-70b40460cc
            "en",
            "The Armenian Defense Ministry said the situation on the Armenian-Azerbaijani "
            "border is relatively stable and is under the full control of the Armenian Armed "
            "Forces.",
        ),
        (  # en-669c5b6452
            "en",
            "Fresh clashes erupted between Azerbaijani and Armenian troops on Wednesday, the "
            "Armenian defence ministry said.",
        ),
        (  # ru-c9b4b36bb4
            "ru",
            "Ситуация на линии соприкосновения азербайджанских и армянских войск остается "
            "напряженной, сказал глава пресс-службы Минобороны Азербайджана Вагиф Дяргяхлы.",
        ),
        (  # ru-f0d5ce7bd0
            "ru",
            "В свою очередь, пресс-служба президента Азербайджана сообщила, что Азербайджан и "
            "Армения договорились о создании временной рабочей группы.",
        ),
        # the other party named, no deed of it told (en-510bcad1c0)
        (
            "en",
            "Azerbaijan’s president Ilham Aliyev had previously insisted that its military "
            "operation would end only when separatists “lay down their arms” in Armenia.",
        ),
    ],
)
def test_a_mention_of_the_other_party_is_no_account(lang: str, text: str) -> None:
    """A party's claim that names the other only beside itself ("the Armenian-Azerbaijani
    border", "Азербайджан и Армения договорились") or with no deed, accusation or denial
    says nothing against it: no account, and so no dispute to show."""
    (found,) = [c for c in claims_of(text, lang) if c.claimant_side]
    assert found.opposes is None


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a hostile deed of the other party, in a claim of no hostile type
        (  # en-63e64d14d9
            "en",
            "The Azerbaijani Defense Ministry claimed that Armenian forces carried out "
            '"large-scale sabotage" towards Dashkasan, Kalbajar and Lachin, including mining '
            "certain areas.",
            "armenia",
        ),
        (  # fr-d120780109
            "fr",
            "“Jeudi matin, très tôt, les forces armées azerbaïdjanaises ont fait intrusion sur "
            "le territoire arménien“, a affirmé à l’AFP un porte-parole du ministère arménien "
            "de la Défense, Artstroun Khovkhannissian.",
            "azerbaijan",
        ),
        (  # en-8089f46e3b
            "en",
            "According to Pashinyan, the Azerbaijani forces crossed Armenia’s border, moving "
            "3.5 kilometers into the country.",
            "azerbaijan",
        ),
        (  # ru-d16a60b76a
            "ru",
            "ВС Азербайджана в ходе операции в Карабахском регионе взяли под контроль более 60 "
            "позиций армянских военных, заявил начальник пресс-службы Минобороны Азербайджана.",
            "armenia",
        ),
        # a denunciation is an accusation (en-e9593f84e0)
        (
            "en",
            "Armenia Prime Minister Nikol Pashinyan, who has repeatedly denounced “ethnic "
            "cleansing” by Azerbaijan, said Thursday that in the coming days there would be no "
            "Armenians left in Nagorno-Karabakh.",
            "azerbaijan",
        ),
        # the other party named apart from a pair phrase still counts (en-669c5b6452)
        (
            "en",
            "“The situation on the Armenian-Azerbaijani border remained tense,” the Armenian "
            "defence ministry said, restating Armenia's position that Azerbaijan launched "
            "aggression on its sovereign territory.",
            "azerbaijan",
        ),
    ],
)
def test_a_deed_of_the_other_party_is_an_account(lang: str, text: str, expected: str) -> None:
    (found,) = [c for c in claims_of(text, lang) if c.claimant_side]
    assert found.opposes == expected


def test_named_apart_leaves_out_the_two_parties_named_together() -> None:
    know = knowledge()
    assert sides.named_apart(know, "on the Armenian-Azerbaijani border", "and") == ()
    assert sides.named_apart(know, "армяно-азербайджанской границе", "и") == ()
    assert sides.named_apart(know, "between Azerbaijani and Armenian troops", "and") == ()
    # "and" between a party and a third party: the party is named on its own
    found = sides.named_apart(know, "Armenia accused Azerbaijan and Turkey", "and")
    assert "azerbaijan" in found


# a wider sample than the corpus (AFP's story of 25 May 2021, as a blog reprinted it):
# Armenia's ministry names the border, then accuses; Baku's ministry denies twice
AFP_2021_05_25 = (
    "The Armenian Defense Ministry said on Tuesday that the shooting took place on its "
    "eastern border with Azerbaijan.\n\n"
    "“A soldier was killed following a shooting after the opening of fire by Azerbaijani "
    "troops,” the ministry said in a statement.\n\n"
    "Later Tuesday, the Azerbaijani Defense Ministry denied Armenia’s accusations that it had "
    "fired across the border at Armenian positions.\n\n"
    "“According to our information, the incident involving the death of an Armenian soldier "
    "was an accident and it has nothing to do with the Azerbaijani side,” the Azerbaijani "
    "ministry said in a statement."
)


def test_the_denials_answer_the_accusation_not_the_mention_of_the_border() -> None:
    marked = mark_conflicts(claims_of(AFP_2021_05_25, "en"), DAY)
    border = _claim(marked, "The Armenian Defense Ministry said on Tuesday")
    accusation = _claim(marked, "“A soldier was killed")
    denial = _claim(marked, "Later Tuesday")
    accident = _claim(marked, "“According to our information")
    assert border.disputes == ()
    assert _share(accusation, denial) and _share(accusation, accident)


# fr-d120780109, from its second paragraph: Yerevan's account, its toll, Baku's accusation
# and Baku's account of the ambush, which names the Armenian group only as "le groupe"
D120 = (
    "“Jeudi matin, très tôt, les forces armées azerbaïdjanaises ont fait intrusion sur le "
    "territoire arménien“, a affirmé à l’AFP un porte-parole du ministère arménien de la "
    "Défense, Artstroun Khovkhannissian.\n\n"
    "“Trois soldats arméniens ont été tués“ dans un échange de tirs près du village arménien "
    "de Tchinari, a-t-il précisé.\n\n"
    "Pour sa part, l’Azerbaïdjan a accusé l’Arménie d’avoir envoyé un “groupe de saboteurs“ "
    "sur son territoire. Le groupe “est tombé dans une embuscade alors qu’il essayait de "
    "traverser la frontière“, a assuré le ministère azerbaïdjanais de la Défense dans un "
    "communiqué."
)


def test_a_deed_told_of_the_other_party_unnamed_is_an_account() -> None:
    """Baku's ambush of "le groupe" (the Armenian saboteurs of the sentence before) is its
    version of the clash: it disputes Yerevan's account of an incursion, as the editor
    reads it; Yerevan's toll, a loss report, disputes nothing."""
    marked = mark_conflicts(claims_of(D120, "fr"), DAY)
    incursion = _claim(marked, "“Jeudi matin")
    ambush = _claim(marked, "Le groupe")
    toll = _claim(marked, "“Trois soldats")
    assert ambush.opposes == "armenia"
    assert _share(incursion, ambush)
    assert toll.disputes == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Turkish says "fired" as "ateş etti" / "ateş edildi" and "shelled" as "ateşe tuttu",
        # its object quoted or not: a hostile deed, the claim an account (tr-172b9bf261,
        # tr-cca690321b: Baku's account, which Yerevan calls disinformation)
        (
            "Azerbaycan Savunma Bakanlığı, Ermeni askerlerinin Kelbecer bölgesindeki "
            "mevzilerine ateş ettiği açıklamasını yaptı.",
            "armenia",
        ),
        (
            "Bakü yönetiminden yapılan açıklamada ise Syunik ilinde konuşlu Ermenistan "
            "güçlerinin Azerbaycan güçlerini 'yoğun ateşe' tuttuğu öne sürüldü.",
            "armenia",
        ),
        # "ateşkes" (ceasefire) is no fire: the truce kept is no account
        (
            "Azerbaycan Savunma Bakanlığı, Ermenistan ile ateşkesin sürdüğünü açıkladı.",
            None,
        ),
    ],
)
def test_turkish_fire_is_a_deed(text: str, expected: str | None) -> None:
    (found,) = [c for c in claims_of(text, "tr") if c.claimant_side]
    assert found.opposes == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a hostile deed of the other party, in each pack's words (a wider sample than the
        # corpus: newstbilisi.info, hingshabti.am, vehaber.org; the az sentence modelled on
        # the ministry's bulletins)
        (
            "ru",
            "В Баку заявляют, что это армянская сторона нанесла удары по позициям "
            "азербайджанской армии.",
            "armenia",
        ),
        (
            "hy",
            "Ադրբեջանի ԶՈւ ստորաբաժանումները հարձակում են գործել հայ-ադրբեջանական սահմանի "
            "արևելյան ուղղությամբ տեղակայված հայկական մարտական դիրքերի վրա, հայտնում է ՀՀ "
            "պաշտպանության նախարարությունը։",
            "azerbaijan",
        ),
        (
            "tr",
            "Azerbaycan Savunma Bakanlığı, 12 Temmuz Pazar günü Ermenistan ordusunun topçu "
            "saldırının ardından sınırı geçmeye teşebbüs ettiğini bildirmişti.",
            "armenia",
        ),
        (
            "az",
            "Müdafiə Nazirliyi bildirib ki, Ermənistan silahlı qüvvələrinin kəşfiyyat-diversiya "
            "qrupu sərhədi keçməyə cəhd edib.",
            "armenia",
        ),
        # the border named by both parties' names, no deed: no account (blognews.am; the
        # others modelled on it)
        (
            "hy",
            "ՀՀ պաշտպանության նախարարությունը հայտնում է, որ իրադրությունը հայ-ադրբեջանական "
            "սահմանին հարաբերականորեն կայուն է։",
            None,
        ),
        (
            "az",
            "Müdafiə Nazirliyi bildirib ki, Ermənistan-Azərbaycan sərhədində vəziyyət sabitdir.",
            None,
        ),
        (
            "fr",
            "Le ministère arménien de la Défense a indiqué que la situation à la frontière "
            "arméno-azerbaïdjanaise restait stable.",
            None,
        ),
    ],
)
def test_deeds_and_mentions_in_every_pack(lang: str, text: str, expected: str | None) -> None:
    (found,) = [c for c in claims_of(text, lang) if c.claimant_side]
    assert found.opposes == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a denial verb (ru-416d7d9018; the others in each language's usual wording)
        (
            "ru",
            "Азербайджанская сторона, в свою очередь, отрицает свою причастность к инциденту.",
            "armenia",
        ),
        ("fr", "Bakou a nié toute implication dans l'incident.", "armenia"),
        ("hy", "ՀՀ պաշտպանության նախարարությունը ժխտում է Ադրբեջանի պնդումները։", "azerbaijan"),
        # laying the responsibility on the other party is an accusation (skazkann.ru:
        # "Ереван возложил на Азербайджан всю ответственность за последствия"; aktual.az:
        # "bütün məsuliyyət ... Ermənistanın ... rejiminin üzərinə düşür")
        (
            "ru",
            "Ереван возложил на Азербайджан всю ответственность за последствия, заявили в МИД "
            "Армении.",
            "azerbaijan",
        ),
        (
            "en",
            "Yerevan holds Baku fully responsible for the consequences, the Armenian foreign "
            "ministry said.",
            "azerbaijan",
        ),
        (
            "az",
            "Müdafiə Nazirliyi bildirib ki, baş verənlərə görə bütün məsuliyyət Ermənistanın "
            "hərbi-siyasi rəhbərliyinin üzərinə düşür.",
            "armenia",
        ),
    ],
)
def test_denial_verbs_and_blame_in_every_pack(lang: str, text: str, expected: str) -> None:
    (found,) = [c for c in claims_of(text, lang) if c.claimant_side]
    assert found.opposes == expected


def _account(source: str, text: str, claimant: str, places: tuple[str, ...]) -> Claim:
    return claim(source, 1, text, DAY, claimant, event_type="shelling", places=places)


@pytest.mark.parametrize(
    ("armenian_places", "azerbaijani_places", "disputed"),
    [
        (("syunik",), ("tovuz",), False),  # two happenings of the day
        (("tavush",), ("gazakh", "tovuz"), True),  # one sector: Tavush faces Tovuz, Gazakh
        (("gegharkunik",), ("kalbajar",), True),  # Sotk, Vardenis face Kalbajar
        (("syunik",), ("lachin",), True),
        (("tavush",), ("kalbajar",), False),  # the northern border and the eastern
        (("tovuz",), ("tovuz",), True),  # a place in common
        ((), ("tovuz",), True),  # one names no place: may be one happening
    ],
)
def test_accounts_of_two_articles_dispute_only_where_their_places_may_agree(
    armenian_places: tuple[str, ...], azerbaijani_places: tuple[str, ...], disputed: bool
) -> None:
    """Two outlets, one side's account each, of the same day: no article sets one beside
    the other, so they answer each other only where they may be of one place (the
    accounts modelled on en-63e64d14d9 and az-8489b67d3c)."""
    armenian = _account(
        "a",
        "The Armenian Defense Ministry stated that Azerbaijani forces fired intensively with "
        "artillery fire and UAVs on Armenian forces.",
        "Armenian Defense Ministry",
        armenian_places,
    )
    azerbaijani = _account(
        "b",
        "Azerbaijan's defence ministry said Armenian forces shelled Azerbaijani positions.",
        "Azerbaijan's defence ministry",
        azerbaijani_places,
    )
    assert armenian.opposes == "azerbaijan" and azerbaijani.opposes == "armenia"
    one, other = mark_conflicts([armenian, azerbaijani], DAY)
    assert _share(one, other) is disputed


@pytest.mark.parametrize(
    ("armenian_places", "azerbaijani_places", "disputed"),
    [
        (("tavush",), ("gazakh", "tovuz"), True),  # fr-781e07ea77: each side names its own
        ((), ("kalbajar",), True),  # no place named: may be the same clash
        (("tavush",), ("kalbajar",), False),  # two stretches of the border
        (("syunik",), ("tovuz",), False),
        (("tavush", "syunik"), ("tovuz",), True),  # one of the places may agree
    ],
)
def test_accounts_set_side_by_side_of_two_sectors_of_the_line_are_two_happenings(
    armenian_places: tuple[str, ...], azerbaijani_places: tuple[str, ...], disputed: bool
) -> None:
    """One article sets Baku's account beside Yerevan's (each the other's nearest): one
    dispute wherever each side places its own side of the line, but not when the two
    name places on sectors that face nothing in common (Tavush in the north, Kalbajar
    facing Gegharkunik and Syunik): that day's two clashes, told one after the other.
    (The accounts modelled on en-63e64d14d9 and az-8489b67d3c, told in one article.)"""
    armenian = claim(
        "a",
        1,
        "The Armenian Defense Ministry stated that Azerbaijani forces fired intensively with "
        "artillery fire and UAVs on Armenian forces.",
        DAY,
        "Armenian Defense Ministry",
        event_type="shelling",
        places=armenian_places,
    )
    azerbaijani = claim(
        "a",
        2,
        "Azerbaijan's defence ministry said Armenian forces shelled Azerbaijani positions.",
        DAY,
        "Azerbaijan's defence ministry",
        event_type="shelling",
        places=azerbaijani_places,
    )
    one, other = mark_conflicts([armenian, azerbaijani], DAY)
    assert _share(one, other) is disputed


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("tavush", "tovuz", True),  # across the northern border
        ("ijevan", "gazakh", True),  # a town of Tavush: what Tavush faces, it faces
        ("kalbajar", "lachin", True),  # both face Syunik
        ("sotk", "kalbajar", True),
        ("jermuk", "kalbajar", True),
        ("goris", "lachin-corridor", True),
        ("tavush", "syunik", False),
        ("tovuz", "kalbajar", False),
        ("gazakh", "nakhchivan", False),
        ("vardenis", "kalbajar", True),  # Basarkechar / Zod (gna.org.gh, dpa, 2023-05-11)
        ("yeraskh", "sadarak", True),  # Yeraskh (Arazdəyən) faces Nakhchivan's Sadarak
        ("yeraskh", "tovuz", False),
    ],
)
def test_the_gazetteer_sets_places_facing_each_other_in_one_sector(
    one: str, other: str, same: bool
) -> None:
    """data/gazetteer.yaml's ``faces``: which districts face each other across the border
    or the line of contact."""
    sectors = line_sectors()
    assert sectors[one].isdisjoint(sectors[other]) is not same


@pytest.mark.parametrize("place", ["yerevan", "baku", "armenia", "stepanakert", "moscow"])
def test_a_place_off_the_line_has_no_sector(place: str) -> None:
    """A capital, a country or Karabakh's own towns say nothing of which stretch of the
    border: they never keep two accounts apart."""
    assert place not in line_sectors()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (  # fr-be046140e2 (Armenpress)
            "fr",
            "1 personne a été blessée dimanche soir dans le Haut-Karabakh lorsque les forces "
            "armées azerbaïdjanaises ont violé le cessez-le-feu et ouvert le feu en utilisant "
            "des armes légères et des autocanons ZU-23-2, a déclaré le ministère de la défense "
            "du Haut-Karabakh dans un communiqué.",
        ),
        (  # Kavkaz-uzel (m.kavkaz-uzel.eu/articles/301147)
            "ru",
            "Азербайджанские военные нарушили режим прекращения огня на линии соприкосновения "
            "более 15 раз за минувшие сутки, заявило Минобороны Нагорного Карабаха.",
        ),
        (  # jnews.ge/59826
            "ru",
            "«Утром на южном, юго-восточном, северном и северо-восточном направлениях "
            "противник, нарушив гуманитарное перемирие, возобновил ракетно-артиллерийские "
            "обстрелы, ведя наиболее интенсивный огонь на юго-восточном, северном и "
            "северо-восточном направлениях», – заявили в Минобороны Карабаха.",
        ),
    ],
)
def test_the_karabakh_authorities_bodies_speak_for_their_side(lang: str, text: str) -> None:
    """ "le ministère de la défense du Haut-Karabakh", "Минобороны Нагорного Карабаха",
    "Минобороны Карабаха": the Karabakh authorities, whose account opposes Azerbaijan's."""
    (found,) = claims_of(text, lang)
    assert found.claimant_side == "armenia"
    assert found.opposes == "azerbaijan"


# ru-416d7d9018 (rossaprimavera.ru): Yerevan's two reports, Baku's two denials, the second
# naming the first report
R416 = (
    "Второму обстрелу за день подверглись пограничные посты Армении со стороны "
    "азербайджанских ВС, сообщила пресс-секретарь Минобороны Армении Шушан Степанян 27 "
    "октября в официальном телеграм-канале.\n\n"
    "Ранее она сообщала, что около 10:00–10:15 (9:00 — 9:15 мск) азербайджанская сторона "
    "нанесла удары с беспилотников (один из которых упал на территории Армении) и "
    "ракетно-артиллерийских средств по погранпосту на юго-востоке Армении, на стыке границы "
    "с Ираном.\n\n"
    "Азербайджанская сторона, в свою очередь, отрицает свою причастность к обстрелам "
    "армянских погранзастав.\n\n"
    "В пресс-службе минобороны Азербайджана сообщения МО Армении об обстреле назвали ложью "
    "и провокацией."
)


def test_a_denial_answers_the_account_whose_content_it_names() -> None:
    """ "сообщения МО Армении об обстреле назвали ложью": Baku's second denial names the
    report of the shelling, which the editor pairs with it; told nearest to it is the
    report of the drone strikes, which Baku's first denial answers already, so that by
    nearness alone the report of the shelling and the denial naming it were no pair."""
    marked = mark_conflicts(claims_of(R416, "ru"), DAY)
    shelling = _claim(marked, "Второму обстрелу")
    denial = _claim(marked, "В пресс-службе")
    assert denial.opposes == "armenia"
    assert _share(denial, shelling)


# en-f3193ea8fe: Armenia's claim and Baku's denial of it in one sentence, then a further
# Armenian account of another place
F31 = (
    "Armenia also claimed that two Azerbaijani helicopters were shot down and three "
    "Azerbaijani tanks were hit by artillery, but Azerbaijan's Defence Ministry rejected "
    "that claim.\n\n"
    "Heavy fighting broke out in the morning in the region that lies within Azerbaijan but "
    "has been under the control of ethnic Armenian forces backed by Armenia since 1994 at "
    "the end of a separatist war. It was not immediately clear what sparked the fighting, "
    "the heaviest since clashes in July killed 16 people from both sides.\n\n"
    "Nagorno-Karabakh authorities reported that shelling hit the region's capital of "
    "Stepanakert and the towns of Martakert and Martuni. Armenian Defence Ministry "
    "spokesperson Artsrun Hovhannisyan also said Azerbaijani shelling hit within Armenian "
    "territory near the town of Vardenis."
)


def test_a_denial_answers_what_was_told_before_it() -> None:
    """ "... rejected that claim" denies the claim told just before it, which the editor
    pairs with it. Neither the denier's own name in it ("Azerbaijan's Defence Ministry")
    nor the nearness of a further account told after it (Vardenis) makes that account the
    one denied: a denial cannot answer what its article tells later."""
    marked = mark_conflicts(claims_of(F31, "en"), DAY)
    claim = _claim(marked, "Armenia also claimed")
    denial = _claim(marked, "Azerbaijan's Defence Ministry rejected")
    vardenis = _claim(marked, "Armenian Defence Ministry spokesperson")
    assert denial.denies and denial.opposes == "armenia"
    assert vardenis.opposes == "azerbaijan"
    assert _share(claim, denial)
    assert not _share(denial, vardenis)


# en-de7b2b4026: Yerevan's toll, then Baku's denial of the shooting that cost it
DE7 = (
    "The Armenian Defense Ministry said the incident occurred at one of the contested "
    "portions of the Armenian-Azerbaijani border where troops from the two countries have "
    "been locked in a tense standoff for the last two weeks.\n\n"
    "A ministry statement said Azerbaijani troops opened fire on an Armenian army unit "
    "deployed in Gegharkunik province, causing the latter to retaliate. It said Armenian "
    "Sergeant G. Khurshudian died in the exchange of gunfire.\n\n"
    "Azerbaijani authorities denied the shooting, saying that the Armenian soldier died in "
    "an accident."
)


@pytest.mark.parametrize(
    ("text", "disputed"),
    [
        (DE7, True),
        # the toll told after the denial: the denial could not have answered it
        (
            "Azerbaijani authorities denied the shooting, saying that the Armenian soldier "
            "died in an accident.\n\nThe Armenian Defense Ministry said Armenian Sergeant "
            "G. Khurshudian died in the exchange of gunfire.",
            False,
        ),
    ],
)
def test_a_denial_answers_the_other_side_s_toll_told_before_it(text: str, disputed: bool) -> None:
    """A loss report is no account, but the other side's denial of the deed that cost
    the life ("denied the shooting, saying that the Armenian soldier died in an
    accident") is its version of the same death: the editor pairs the two."""
    marked = mark_conflicts(claims_of(text, "en"), DAY)
    (toll,) = [c for c in marked if "died in the exchange" in c.text]
    denial = _claim(marked, "Azerbaijani authorities denied")
    assert toll.figures and toll.opposes is None
    assert _share(toll, denial) is disputed


@pytest.mark.parametrize(
    ("lang", "text", "denies"),
    [
        # a denial names what it rejects by a demonstrative or a possessive as well as by
        # "the" (en-f3193ea8fe; the others modelled on it)
        ("en", "Azerbaijan's Defence Ministry rejected that claim.", True),
        ("en", "Azerbaijan's Defence Ministry rejected those allegations.", True),
        ("en", "The Azerbaijani Defence Ministry rejected their allegations.", True),
        # an accusation is no denial
        ("en", "Azerbaijan's Defence Ministry accused Armenian forces of shelling.", False),
    ],
)
def test_what_a_denial_rejects(lang: str, text: str, denies: bool) -> None:
    (found,) = [c for c in claims_of(text, lang) if c.claimant_side]
    assert found.denies is denies


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (  # ru-416d7d9018: the party and the deed the denial names
            "В пресс-службе минобороны Азербайджана сообщения МО Армении об обстреле назвали "
            "ложью и провокацией.",
            ("Армении", "обстреле"),
        ),
        (  # hy-596055e35a: "the report ... that allegedly ... opened fire"
            "«Միևնուն ժամանակ Ադրբեջանի ՊՆ տարածած հաղորդագրությունն այն մասին, թե իբր ՊԲ "
            "ստորաբաժանումները փետրվարի 21-ի ժամը 20։45-ից փետրվարի 22-ի ժամը 01։20-ն ընկած "
            "ժամանակահատվածում կրակ են բացել Արցախի Հանրապետության Շուշիի, Մարտունու, և "
            "Քարվաճառի շրջանների օկուպացված տարածքներում տեղակայված ադրբեջանական դիրքերի "
            "ուղղությամբ, հերթական ապատեղեկատվությունն է»,- ասված է հաղորդագրության մեջ։",
            ("Ադրբեջանի", "ստորաբաժանումները"),
        ),
        (  # minval.biz/news/124126628: the other side's reports of a firefight
            "Министерство обороны Азербайджана опровергло сообщения армянской стороны о "
            "перестрелке на границе в направлении Кельбаджарского района.",
            ("перестрелке", "армянской"),
        ),
        (  # metbuat.az/news/1441855: "guya" (allegedly) and what Armenia spread
            "Azərbaycan Ordusunun bölmələri tərəfindən guya dövlət sərhədi istiqamətində "
            "qarşı tərəfin atəşə tutulması ilə bağlı Ermənistanın yaydığı məlumatlar "
            "yalandır, reallığa uyğun deyil.",
            ("atəşə",),
        ),
        (  # yenicag.info: Turkish, the deed before "iddialarını"
            "Azerbaycan Savunma Bakanlığı, Ermenistan’ın, 20 Kasım günü saat 21.00’da "
            "Azerbaycan Ordusu birlikleri tarafından Ermenistan silahlı kuvvetleri "
            "birliklerinin mevzilerine ateş açıldığı şeklindeki iddialarını yalanladı.",
            ("ateş", "mevzilerine"),
        ),
        (  # bakou24.com/?p=1383: "les accusations de l'Arménie selon lesquelles ..."
            "Le ministère de la Défense d’Azerbaïdjan a rejeté les accusations de l’Arménie "
            "selon lesquelles les forces azerbaïdjanaises auraient tiré sur une excavatrice "
            "opérant dans la province de Syunik.",
            ("tiré", "Arménie"),
        ),
        (  # az-8489b67d3c: what the other side spread
            '"Qarşı tərəfin yaydığı növbəti dezinformasiya xarakterli məlumatı qəti surətdə '
            'təkzib edirik", - nazirlikdən qeyd olunub.',
            ("növbəti",),
        ),
    ],
)
def test_a_denial_names_what_it_denies(text: str, named: tuple[str, ...]) -> None:
    """The words either side of the pack's ``reported`` word ("сообщения", "հաղորդագրություն",
    "məlumatı") are what the denial says of the account it answers."""
    found = denied_words(text)
    for word in named:
        assert content_words(word) <= found


@pytest.mark.parametrize(
    "text",
    [
        # an account, no denial (en-63e64d14d9)
        "The Armenian Defense Ministry stated that Azerbaijani forces fired intensively with "
        "artillery fire and UAVs on Armenian forces.",
        # a denial that names no account: it is paired by nearness (ru-416d7d9018)
        "Азербайджанская сторона, в свою очередь, отрицает свою причастность к обстрелам "
        "армянских погранзастав.",
    ],
)
def test_a_claim_that_names_no_denied_account_names_nothing(text: str) -> None:
    assert denied_words(text) == frozenset()


def test_a_build_keeps_accounts_apart_by_its_own_datas_sectors() -> None:
    """The sectors come from the build's data folder (``Knowledge.sectors``), not from
    the project's: a maintainer whose gazetteer sets no ``faces`` sees the two accounts
    of Tavush and Kalbajar, told side by side, as one dispute; with this conflict's
    gazetteer they are two happenings of the day."""
    armenian = claim(
        "a",
        1,
        "The Armenian Defense Ministry stated that Azerbaijani forces fired intensively with "
        "artillery fire on Armenian forces.",
        DAY,
        "Armenian Defense Ministry",
        event_type="shelling",
        places=("tavush",),
    )
    azerbaijani = claim(
        "a",
        2,
        "Azerbaijan's defence ministry said Armenian forces shelled Azerbaijani positions.",
        DAY,
        "Azerbaijan's defence ministry",
        event_type="shelling",
        places=("kalbajar",),
    )
    story = (Story(id="a", members=("a",), origin="a", wire=None, published=None),)

    def disputes(sectors):
        entries, _ = merge_entries([ClaimBatch.of([armenian, azerbaijani])], story, sectors=sectors)
        return [c.disputes for e in entries for c in e.claims]

    assert not any(disputes(line_sectors()))
    assert all(disputes({}))


# -- a night's account answered by the day's (round 5) ----------------------------------

# en-9ead8b38d2 (Caucasian Knot), its second paragraph: the NKR's account of the night
# ("overnight"), Baku's of the last 24 hours, both read as of the publication day
OVERNIGHT = (
    'The "Caucasian Knot" has reported that today the MoD of the NKR has stated that '
    "overnight the Azerbaijani party had violated the ceasefire in the conflict zone by "
    "using small arms and sniper rifles. In its turn, Azerbaijan has accused Armenia of 130 "
    "bombardments within the last 24 hours."
)


def _built(claims: list[Claim]) -> list[Entry]:
    story = (Story(id="t", members=("t",), origin="t", wire=None, published=None),)
    entries, _ = merge_entries([ClaimBatch.of(claims)], story)
    return entries


def test_a_night_s_account_disputes_the_day_s_answer_in_entries_of_their_own() -> None:
    """The NKR's "overnight" and Baku's "within the last 24 hours" tell of one night from
    the two sides: one dispute, though the night's date is not the day's. Each keeps its
    own date and its own entry: the night's claim is not put on the day."""
    entries = _built(claims_of(OVERNIGHT, "en"))
    found = [c for e in entries for c in e.claims]
    nkr = _claim(found, 'The "Caucasian Knot" has reported')
    baku = _claim(found, "In its turn, Azerbaijan")
    assert (nkr.opposes, baku.opposes) == ("azerbaijan", "armenia")
    assert _share(nkr, baku)
    assert {e.date.edtf for e in entries} == {nkr.date.edtf, baku.date.edtf}


@pytest.mark.parametrize(
    ("when", "bucket"),
    [
        ("2017-03-28", "2017-03-28"),
        ("2017-03-28T13:00", "2017-03-28"),
        ("2017-03-27/2017-03-28", "2017-03-28"),  # overnight, the last 24 hours: the day
        ("2026-10-27T10:00/2026-10-27T10:15", "2026-10-27"),  # a quarter of an hour
        ("2016-04-02/2016-04-05", "2016-04-02/2016-04-05"),  # four days: no one day's
        ("2017-03", "2017-03"),
    ],
)
def test_the_day_a_claim_is_set_against_others_on(when: str, bucket: str) -> None:
    assert date_bucket(date(when)) == bucket


# -- accounts told side by side answer each other (round 5) -----------------------------

# en-de7b2b4026 (RFE/RL), paragraphs 4-6: Armenia's account, Baku's denial and its own
# account, Yerevan's reply
SIDE_BY_SIDE = (
    "A spokesman for Armenia's Office of the Prosecutor-General, Gor Abrahamian, said that "
    "a group of Azerbaijani soldiers approached Armenian servicemen manning a border post "
    "and demanded that they leave it before firing the gunshots that killed Khurshudian.\n\n"
    "Azerbaijani authorities denied the shooting, saying that the Armenian soldier died in "
    "an accident. The Defense Ministry in Baku claimed that Armenian forces themselves "
    "tried to cross the border and were stopped by the Azerbaijani side.\n\n"
    "The Armenian Foreign Ministry dismissed the Azerbaijani claims as \u201cdisinformation\u201d "
    "and proposed an international investigation into the incident."
)


def test_accounts_told_side_by_side_each_answer_each() -> None:
    """Yerevan's account, Baku's denial, Baku's account, Yerevan's reply, each within two
    sentences of the next: every account of one side told near one of the other disputes
    it, not only the nearest; two accounts of one side never dispute each other."""
    marked = mark_conflicts(claims_of(SIDE_BY_SIDE, "en"), DAY)
    prosecutor = _claim(marked, "A spokesman for Armenia")
    denial = _claim(marked, "Azerbaijani authorities denied")
    baku = _claim(marked, "The Defense Ministry in Baku")
    reply = _claim(marked, "The Armenian Foreign Ministry")
    assert _share(prosecutor, denial) and _share(prosecutor, baku)
    assert _share(denial, reply) and _share(baku, reply)
    assert not _share(prosecutor, reply) and not _share(denial, baku)


def test_accounts_told_further_apart_answer_only_the_nearest() -> None:
    """The same accounts with three sentences of other matters between the first two:
    the prosecutor's account is answered by Baku's nearest account only, as before."""
    aside = " ".join(["The border has been tense for two weeks."] * 3)
    text = SIDE_BY_SIDE.replace(
        "\n\nAzerbaijani authorities", f" {aside}\n\nAzerbaijani authorities"
    )
    marked = mark_conflicts(claims_of(text, "en"), DAY)
    prosecutor = _claim(marked, "A spokesman for Armenia")
    baku = _claim(marked, "The Defense Ministry in Baku")
    denial = _claim(marked, "Azerbaijani authorities denied")
    assert _share(prosecutor, denial)
    assert not _share(prosecutor, baku)


# -- a denial answers every account it is about (merge._denials_of) ---------------------

# fr-c76fc3523d (dev-a): Baku's account, Yerevan's first denial, Baku's account again,
# then Yerevan's second denial, which names the account ("cette déclaration selon
# laquelle ...")
C76 = (
    "Le ministère de la Défense de l'Azerbaïdjan a annoncé la mort d'un soldat azéri après "
    "une embuscade depuis les positions des forces armées arméniennes à la frontière entre "
    "les deux pays. L'Arménie nie toute implication, alors que les habitants du Nagorny "
    "Karabakh fuient en sa direction par craintes de représailles de l'Azerbaïdjan.\n"
    "Un soldat azerbaïdjanais a été tué samedi par un tireur embusqué depuis les positions "
    "des forces armées arméniennes à la frontière entre les deux pays, a indiqué le "
    "ministère azerbaïdjanais de la Défense dans un communiqué immédiatement démenti par "
    "Erevan.\n"
    "De son côté, l'Arménie a nié toute implication, son ministère de la Défense affirmant "
    'sur Telegram que cette "déclaration" selon laquelle "des unités arméniennes ont '
    'ouvert le feu sur les positions azerbaïdjanaises" (...) "ne correspond pas à la '
    'réalité".'
)

# hy-238b0781c5 (dev-a), whole: Yerevan denies Baku's report (read as two claims, the
# denial and the report it names), then, three sentences on, the article retells Baku's
# report ("ավելի վաղ")
H238 = (
    "ԵՐԵՎԱՆ, 21 մայիսի – Sputnik. Ադրբեջանի պաշտպանության նախարարության տարածած "
    "հաղորդագրությունը, թե իբր մայիսի 20-ի երեկոյան ՀՀ ԶՈւ ստորաբաժանումները գնդակոծել են "
    "հայ-ադրբեջանական սահմանի արևելյան ուղղությամբ տեղակայված ադրբեջանական մարտական "
    "դիրքերը, ապատեղեկատվություն է: Հերքումը տարածել է ՀՀ ՊՆ մամուլի ծառայությունը։\n"
    "«Իրադրությունը հայ-ադրբեջանական սահմանին հարաբերականորեն կայուն է և գտնվում է ՀՀ ԶՈւ "
    "ստորաբաժանումների լիարժեք վերահսկողության տակ»,- ասվում է հաղորդագրության մեջ:\n"
    "Նշենք, որ ավելի վաղ Ադրբեջանի պաշտպանության նախարարությունը հայտնել էր, իբր, "
    "Հայաստանի զինված ուժերը Քելբաջարի (Քարվաճառ) ուղղությամբ գնդակոծել են ադրբեջանական "
    "բանակի դիրքերը:"
)


def test_a_denial_answers_each_account_told_before_it_not_only_the_nearest() -> None:
    """Yerevan's second denial answers Baku's first account as well as its second, the
    nearest: the editor pairs it with both."""
    marked = mark_conflicts(claims_of(C76, "fr"), DAY)
    first = _claim(marked, "Le ministère de la Défense de l'Azerbaïdjan")
    second = _claim(marked, "Un soldat azerbaïdjanais")
    denial = _claim(marked, "De son côté, l'Arménie a nié")
    # the first account now reads its loss ("la mort d'un soldat azéri", round 11): the
    # same loss as the second's, the account the denial opposes
    assert (second.opposes, denial.opposes, denial.denies) == ("armenia", "azerbaijan", True)
    assert _share(denial, first) and _share(denial, second)


def test_a_denial_answers_the_account_it_names_retold_after_it() -> None:
    """ "Earlier the Azerbaijani ministry had reported that, allegedly, Armenia's armed
    forces shelled ... positions": told after the denial, but it is the report the denial
    names ("հաղորդագրությունը, թե իբր ... գնդակոծել են"), which the editor pairs with it."""
    marked = mark_conflicts(claims_of(H238, "hy"), DAY)
    denial = next(c for c in marked if c.denies)
    retold = _claim(marked, "Նշենք, որ ավելի վաղ")
    assert (denial.claimant_side, retold.claimant_side, retold.opposes) == (
        "armenia",
        "azerbaijan",
        "armenia",
    )
    assert _share(denial, retold)


def test_a_denial_that_names_a_report_answers_that_report_only() -> None:
    """ "сообщения МО Армении об обстреле назвали ложью" names the report of shelling: it
    answers that one, not the spokeswoman's quote told after it in the article ("Противник
    продолжил вести огонь ..."), of which it says nothing (the editor pairs none)."""
    first, rest = R416.split("\n\n", 1)
    quoted = "«Противник продолжил вести огонь в направлении южной границы Республики Армения."
    text = f"{first}\n\n{quoted} Есть раненые», — отметила Степанян.\n\n{rest}"
    marked = mark_conflicts(claims_of(text, "ru"), DAY)
    denial = _claim(marked, "В пресс-службе")
    quote = _claim(marked, "«Противник продолжил")
    assert quote.opposes == "azerbaijan"
    assert _share(denial, _claim(marked, "Второму обстрелу"))
    assert not _share(denial, quote)


@pytest.mark.parametrize(
    ("denial", "denier", "account", "speaker", "about"),
    [
        # az-31bd2265eb (dev-a): the denial names the claim of sabotage ("diversiyaya cəhd
        # etdiyinə dair yaydığı bəyanatı"); Baku's report of it shares "cəhd"
        (
            "Artsax Respublikası Müdafiə Nazirliyi Azərbaycan MN tərəfindən ermənilərin "
            "diversiyaya cəhd etdiyinə dair yaydığı bəyanatı təkzib edib.",
            "Artsax Respublikası Müdafiə Nazirliyi",
            "İyunun 21-də Azərbaycan Müdafiə Nazirliyinin mətbuat xidməti məlumat yayıb guya "
            "erməni tərəfi müdafiə xəttini keçməyə cəhd edib",
            "Azərbaycan Müdafiə Nazirliyi",
            True,
        ),
        # ru-416d7d9018 (dev-a): the report of shelling, not the parties' names, is what
        # the two share; the quote of continued fire shares only a party's name
        (
            "В пресс-службе минобороны Азербайджана сообщения МО Армении об обстреле "
            "назвали ложью и провокацией.",
            "пресс-служба минобороны Азербайджана",
            "«Противник продолжил вести огонь в направлении южной границы Республики "
            "Армения. Есть раненые», — отметила Степанян.",
            "пресс-секретарь Минобороны Армении",
            False,
        ),
        # en-3ed3df1aa9 (dev-a): a denial that names the accusation, and the ministry's
        # account of the shooting it denies
        (
            "Later Tuesday, the Azerbaijani Defense Ministry denied Armenia’s accusations "
            "that it had fired across the border at Armenian positions.",
            "Azerbaijani Defense Ministry",
            "The Armenian Defense Ministry said on Tuesday that the shooting took place on "
            "its eastern border with Azerbaijan.",
            "Armenian Defense Ministry",
            True,
        ),
        # tr-23e128eaa7 (dev-a): the denial names Yerevan's statements ("beyanlarının")
        # and quotes them; the account read from it shares what it quotes
        (
            'Açıklamada, Ermenistan tarafının "Azerbaycan mutabakatı ihlal etti" şeklindeki '
            "beyanlarının, Ermenilerin ateşkes ihlaline ve yeni provakasyonlarına zemin "
            "hazırlamaya ve meydana gelebilecek olaylardan Azerbaycan'ı sorumlu tutmaya "
            "yönelik propaganda faaliyetleri olduğu ifade edildi.",
            "Azerbaycan Savunma Bakanlığı",
            'Ermenistan tarafının "Azerbaycan mutabakatı ihlal etti" şeklindeki beyanlarının',
            "Ermenistan",
            True,
        ),
        # ru-416d7d9018 (dev-a): a denial that names no account ("отрицает свою
        # причастность") says nothing of what it is about: only its place in the article
        # can
        (
            "Азербайджанская сторона, в свою очередь, отрицает свою причастность к обстрелам "
            "армянских погранзастав.",
            "Азербайджанская сторона",
            "Второму обстрелу за день подверглись пограничные посты Армении со стороны "
            "азербайджанских ВС, сообщила пресс-секретарь Минобороны Армении Шушан Степанян "
            "27 октября в официальном телеграм-канале.",
            "пресс-секретарь Минобороны Армении",
            None,
        ),
    ],
)
def test_what_a_denial_is_about(
    denial: str, denier: str, account: str, speaker: str, about: bool | None
) -> None:
    a = claim("x", 2, denial, DAY, denier, event_type="shelling")
    b = claim("x", 1, account, DAY, speaker, event_type="shelling")
    assert _about_it(a, b) is about


# -- a side's own retaliation, and a far account, dispute nothing (round 7) -------------

# en-a216e2d1f7: Baku's account, its own retaliation, then the Karabakh ministry's
# account and its own retaliation
A216 = (
    "The Defense Ministry of Azerbaijan stated that the Armenian Armed Units attacked "
    "Azerbaijani settlements with the use of “Grad” rockets.\n\n"
    'In turn, according to the Ministry, the Azerbaijani Armed Forces inflicted "adequate '
    'strikes on the military facilities of the enemy" and assigned all responsibility for '
    "what happened to Armenia’s military-political regime.\n\n"
    "The Press Service of the Defense Ministry of the unrecognized Nagorno-Karabakh "
    "Republic said that at night the Azerbaijani Armed Forces violated the ceasefire more "
    'than 80 times by firing at settlements. Two soldiers of the "NKR" were killed during '
    'the shelling. "With the aim of suppressing the aggressive actions of the enemy, the '
    "Karabakh Army took preventive actions inflicting surgical strikes on the advanced "
    "positions and firing points of the enemy, as well as inflicting considerable losses in "
    'manpower and technology", the Defense Ministry informed, as reported by Interfax.'
)

# ru-04f31d5c00: Yerevan's account, Baku's three, then Baku's own answer
R04 = (
    "В ночь на 13 сентября произошли бои на границе Армении с Азербайджаном. Министерство "
    "обороны Армении заявило, что в 00:05 армия Азербайджана начала интенсивный обстрел из "
    "артиллерии, включая крупнокалиберные орудия, а также использовала беспилотники.\n"
    "Минобороны Азербайджана заявило, в свою очередь, что столкновениям предшествовала "
    "«широкомасштабная провокация» со стороны Армении. Ведомство утверждает, что ночью "
    "армянские диверсионные группы заминировали территорию между позициями азербайджанской "
    "армии и путями снабжения.\n"
    "В ответ вооруженные силы Азербайджана начали «подавление огневых точек противника для "
    "предотвращения расширения масштабов боестолкновений», говорится в сообщении "
    "азербайджанского Минобороны."
)

# en-bf0208c171: Baku's account of its loss, with its retaliation; Yerevan's denial
BF02 = (
    "An Azerbaijani soldier was killed on Saturday by a sniper from Armenian Armed Forces "
    "positions on the border between the two countries, the Azerbaijani Defense Ministry "
    "said in a statement.\n\n"
    "“The soldier was killed in the afternoon” on the territory of Azerbaijan (…) “from the "
    "village of Zerkend in Armenia” and “units of the Azerbaijani Armed Forces are taking "
    "retaliatory measures,” he said.\n\n"
    "For its part, Armenia denied any involvement and reiterated on Telegram that this "
    "“statement,” according to which “Armenian units opened fire on Azerbaijani positions” "
    "(…), “does not correspond to reality.”"
)

# fr-769b918c6f: a background accusation "ces derniers mois", five sentences before the
# day's two accounts
F769 = (
    "Ces derniers mois, plusieurs accrochages armés ont opposé Arménie et Azerbaïdjan à "
    "leur frontière commune, alors que Erevan accuse Bakou d'avoir «infiltré» son territoire "
    "pour prendre le contrôle de zones bordant le lac Sev, que se partagent les deux pays.\n\n"
    "Les affrontements de mercredi, qui se poursuivent, ont eu lieu sur le segment nord-est "
    "de la frontière.\n\n"
    "Les forces arméniennes ont fait état de trois morts et deux blessés dans leurs rangs. "
    "L'Azerbaïdjan a rapporté que deux de ses soldats avaient été blessés.\n\n"
    "Selon le ministère arménien des Affaires étrangères, les forces azerbaïdjanaises ont "
    "«lancé une offensive à 3 h 40 sur les positions arméniennes», à la suite de laquelle "
    "«des combats locaux ont eu lieu».\n\n"
    "Le ministère azerbaïdjanais de la Défense a, pour sa part, indiqué que les combats ont "
    "commencé aux alentours de 00 h 50 et accusé les forces arméniennes d'avoir «utilisé des "
    "armes légères et des lance-grenades» pour faire feu sur ses positions."
)


@pytest.mark.parametrize(
    ("text", "lang", "own", "account", "answer"),
    [
        # en-a216e2d1f7: "inflicted adequate strikes" is Baku's own answer
        (
            A216,
            "en",
            "In turn, according to the Ministry",
            "The Defense Ministry of Azerbaijan",
            "The Press Service",
        ),
        # en-a216e2d1f7: "took preventive actions" is the Karabakh army's own answer
        (
            A216,
            "en",
            '"With the aim of suppressing',
            "The Press Service",
            "The Defense Ministry of Azerbaijan",
        ),
        # ru-04f31d5c00: "В ответ ... подавление огневых точек противника"
        (
            R04,
            "ru",
            "В ответ вооруженные силы",
            "Министерство обороны Армении",
            "Минобороны Азербайджана заявило",
        ),
    ],
)
def test_a_side_s_own_retaliation_disputes_nothing(
    text: str, lang: str, own: str, account: str, answer: str
) -> None:
    """A side's own answer to the other's fire, told with no accusation or denial, is what
    that side did: the editor sets the other side's account against the side's account of
    the other's deed, never against its retaliation; the two accounts stay disputed."""
    marked = mark_conflicts(claims_of(text, lang), DAY)
    retaliation = _claim(marked, own)
    assert retaliation.opposes is None
    assert retaliation.disputes == ()
    assert _share(_claim(marked, account), _claim(marked, answer))


def test_a_retaliation_told_with_the_loss_that_prompted_it_is_still_an_account() -> None:
    """en-bf0208c171: "The soldier was killed ... from the village of Zerkend in Armenia
    and units of the Azerbaijani Armed Forces are taking retaliatory measures": Baku's
    account of the death, which Yerevan's denial answers."""
    marked = mark_conflicts(claims_of(BF02, "en"), DAY)
    assert _share(_claim(marked, "“The soldier was killed"), _claim(marked, "For its part"))


def test_an_account_far_from_the_one_it_is_nearest_to_answers_nothing() -> None:
    """fr-769b918c6f: Yerevan's background accusation ("ces derniers mois") is nearest to
    Baku's account of the day, five sentences on, which answers Yerevan's account of the
    day beside it: farther than ``NEAREST_REACH`` sentences, the two are no dispute."""
    marked = mark_conflicts(claims_of(F769, "fr"), DAY)
    background = _claim(marked, "Ces derniers mois")
    baku = _claim(marked, "Le ministère azerbaïdjanais")
    assert not _share(background, baku)
    assert _share(_claim(marked, "Selon le ministère arménien"), baku)


@pytest.mark.parametrize(
    ("retaliates", "event_type", "accuses", "expected"),
    [
        (True, "shelling", False, None),  # its own strikes: no account
        (True, "casualties", False, "armenia"),  # told with the loss that prompted it
        (True, "shelling", True, "armenia"),  # with an accusation: an account
        (False, "shelling", False, "armenia"),
    ],
)
def test_opposed_side_of_a_retaliation(
    retaliates: bool, event_type: str, accuses: bool, expected: str | None
) -> None:
    assert (
        sides.opposed_side(
            knowledge(),
            "azerbaijan",
            ("armenia",),
            event_type,  # type: ignore[arg-type]
            accuses=accuses,
            retaliates=retaliates,
        )
        == expected
    )


# -- a denial in any inflection of its verb (issue 21, point 5) --------------------------

DENYING = [
    (  # en-d3a1efc94f: "denying", as "denied" and "denies" are, a denial
        "en",
        "Armenia’s Defense Ministry said late on Monday that the soldier, Vanik Ghazarian, "
        "died at an Armenian army outpost in eastern Gegharkunik province that came under "
        "fire from across the border.\n\n"
        "The Azerbaijani military said, meanwhile, that one of its soldiers was wounded by "
        "Armenian forces on Tuesday. It did not specify where the incident occurred while "
        "accusing Armenia of escalating tensions along the volatile border.\n\n"
        "The Defense Ministry in Yerevan issued on Tuesday at "
        "least three statements denying Armenian ceasefire violations alleged by the "
        "Azerbaijani side.",
        "The Azerbaijani military said",
        "The Defense Ministry in Yerevan",
    ),
]


@pytest.mark.parametrize(("lang", "text", "report", "denial"), DENYING)
def test_a_denial_in_its_participle_answers_the_loss_report_before_it(
    lang: str, text: str, report: str, denial: str
) -> None:
    """The other side's loss report, then a statement "denying" what that side alleges:
    two versions of one incident, as with "denied"."""
    claims = claims_of(text, lang)
    assert _claim(claims, denial).denies
    marked = mark_conflicts(claims, DAY)
    assert _share(_claim(marked, report), _claim(marked, denial))


# -- a speaker named by the sentence after, "Об этом сообщило ..." -------------------------

# hy-526c1e6c9f, whole: the lede's speaker named two sentences on ("Այս մասին ...
# հաստատել է ... Շուշան Ստեփանյանը"), then Baku's border service's account
HY526 = (
    "Տավուշում թշնամու կրակից զինծառայող է վիրավորվել․ ՊՆ․\n"
    "Տավուշի սահմանին ադրբեջանական կողմը թիրախավորված կրակ է բացել հայկական դիրքերի վրա, "
    "ինչի հետևանքով թեթև վիրավորվել է ՀՀ ԶՈւ պայմանագրային զինծառայող։ Նրա կյանքին վտանգ "
    "չի սպառնում։ Այս մասին տեղեկությունը «Սպուտնիկ Արմենիա»-յի հետ զրույցում հաստատել է "
    "ՀՀ ՊՆ մամուլի խոսնակ Շուշան Ստեփանյանը։\n"
    "Հայկական կողմը ճնշել է կրակը։\n"
    "Ավելի վաղ Ադրբեջանի Պետական սահմանապահ ծառայությունը հայտարարել էր, թե իբրև հայկական "
    "բանակը Նոյեմբերյանի Բաղանիս գյուղի ուղղությամբ ինտենսիվ կրակ է բացել, իսկ իրենք "
    "ճնշել են այդ սադրանքները։"
)

NAMED_AFTER = [
    # ru-a694630976 (epress.am): "Об этом сообщило Минобороны" names the speaker before it
    (
        "ru",
        "https://epress.am/ru/2021/11/16/x.html",
        "У армянской стороны есть жертвы и раненые, данные о них уточняются. "
        "Об этом сообщило Минобороны.",
        "У армянской стороны",
        True,
    ),
    ("hy", None, HY526, "Տավուշում թշնամու կրակից", True),
    # the speaker of the account told after the refers-back sentence is named by itself,
    # and the sentence after the refers-back one ("Հայկական կողմը ճնշել է կրակը") is not
    # named by it: its speaker is carried over, a guess
    ("hy", None, HY526, "Հայկական կողմը ճնշել է", False),
]


@pytest.mark.parametrize(("lang", "url", "text", "start", "named"), NAMED_AFTER)
def test_a_speaker_named_by_the_sentence_after_is_named(
    lang: str, url: str | None, text: str, start: str, named: bool
) -> None:
    """A statement whose speaker a sentence after it names, referring back to it ("Об
    этом сообщило Минобороны", "Այս մասին ... հաստատել է ..."), names its speaker
    (``Claim.speaker_named``): the article says whose words they are."""
    assert _claim(claims_of(text, lang, url), start).speaker_named is named


def test_an_account_whose_speaker_is_named_after_it_answers_the_other_side_s() -> None:
    """hy-526c1e6c9f: Yerevan's account (its speaker named in the sentence after it)
    and the Azerbaijani border service's ("իբրև հայկական բանակը ... կրակ է բացել")
    dispute each other."""
    marked = mark_conflicts(claims_of(HY526, "hy"), DAY)
    assert _share(_claim(marked, "Տավուշում թշնամու կրակից"), _claim(marked, "Ավելի վաղ"))


# -- the kind of happening a denial names (pack key ``happenings``) -----------------------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # dev-a excerpts, every language: what happened, by kind, in any word form
        (
            "The Azerbaijani Defense Ministry denies accusations that it fired across the border "
            "at Armenian positions.",
            {"fire"},
        ),  # en-3ed3df1aa9
        (
            "“A soldier was killed following a shooting after the opening of fire by Azerbaijani "
            "troops,” the ministry said in a statement.",
            {"fire", "losses"},
        ),  # en-3ed3df1aa9
        (
            "Ранее она сообщала, что около 10:00–10:15 азербайджанская сторона нанесла удары с "
            "беспилотников по погранпосту на юго-востоке Армении.",
            {"fire"},
        ),  # ru-416d7d9018
        (
            "В пресс-службе минобороны Азербайджана сообщения МО Армении об обстреле назвали "
            "ложью и провокацией.",
            {"fire"},
        ),  # ru-416d7d9018
        ("L'Azerbaïdjan affirme avoir conquis des territoires", {"capture"}),  # fr-bd546ccecb
        (
            "Ancak bugün sabah saatlerinde Azerbaycan Savunma Bakanlığı tarafından yapılan "
            "açıklama dünden bu yana Ermenistan'ın ateşkesi 115 kez ihlal ettiği belirtildi.",
            {"violation"},
        ),  # tr-23e128eaa7: the ceasefire ("ateşkes") is no fire
        (
            "Mayın 27-də gecə saat 3-ə yaxın Ermənistan Silahlı Qüvvələrinin kəşfiyyat-təxribat "
            "qrupu Kəlbəcər rayonunun Yuxarı Ayrım kəndi istiqamətində Azərbaycan ərazisinə "
            "keçməyə cəhd edib",
            {"incursion"},
        ),  # az-c708388710
        (
            "«Հայկական զինուժի զոհերի մասին լուրերն ապատեղեկատվություն են, նման բան չկա:",
            {"losses"},
        ),  # hy-80307b740f
        # a ceasefire named is no fire ("cessez-le-feu", "прекращения огня")
        (
            "Des violences éclatent périodiquement malgré l'instauration en novembre 2020 d'un "
            "cessez-le-feu.",
            set(),
        ),  # fr-e32f192c6b
        ("Стороны договорились о режиме прекращения огня.", set()),
    ],
)
def test_the_kinds_of_happening_a_text_tells(text: str, kinds: set[str]) -> None:
    assert happenings(text) == kinds


# en-3ed3df1aa9 (dev-a), the denial in the lede and the account it denies four
# sentences on, in another word form ("fired" / "the opening of fire")
E3ED = (
    "The Azerbaijani Defense Ministry denies accusations that it fired across the border at "
    "Armenian positions.\n\n"
    "Armenia said one of its soldiers was killed in a border shootout with Azerbaijani "
    "forces, with tensions still high after last September’s war in the disputed "
    "Nagorno-Karabakh region.\n\n"
    "The Armenian Defense Ministry said on Tuesday that the shooting took place on its "
    "eastern border with Azerbaijan.\n\n"
    "He later said the situation was “calm” after a skirmish at the Verin Shorzha border "
    "post in Armenia’s eastern Gegharkunik district.\n\n"
    "“A soldier was killed following a shooting after the opening of fire by Azerbaijani "
    "troops,” the ministry said in a statement."
)


def test_a_denial_answers_the_account_of_the_kind_it_names_in_other_words() -> None:
    marked = mark_conflicts(claims_of(E3ED, "en"), DAY)
    denial = _claim(marked, "The Azerbaijani Defense Ministry denies")
    account = _claim(marked, "“A soldier was killed")
    assert (denial.opposes, account.opposes) == ("armenia", "azerbaijan")
    assert _of_its_kind(denial, account)
    assert _share(denial, account)


def test_a_denial_of_one_kind_does_not_answer_an_account_of_another() -> None:
    """ "сообщения ... об обстреле" (fire) names no capture: the kind keeps them apart."""
    denial = claim(
        "ru-416d7d9018",
        5,
        "В пресс-службе минобороны Азербайджана сообщения МО Армении об обстреле назвали "
        "ложью и провокацией.",
        DAY,
    )
    capture = claim("ru-416d7d9018", 6, "Армянские военнослужащие были взяты в плен.", DAY)
    assert not _of_its_kind(denial, capture)


# en-be796a1f99 (dev-a): the denial names the account by its kind ("the claim its forces
# had opened fire"); Baku's statement of that shooting names no other party
EBE7 = (
    "Armenia quickly denied the accusation, saying the claim its forces had opened fire on "
    "Azerbaijani positions “does not correspond to reality.”\n\n"
    "The alleged incident came amid high tension between the neighboring countries after "
    "Azerbaijan last week recaptured the ethnic Armenian enclave of Nagorno-Karabakh.\n\n"
    "Azerbaijan’s defense ministry said the shooting had taken place along its heavily "
    "militarized border with Armenia in the Kelbajar region west of Nagorno-Karabakh."
)

# fr-bd546ccecb (dev-a): a denial that names nothing, in the sentence of what it denies
EBD5 = (
    "L'Azerbaïdjan affirme avoir conquis des territoires, ce que l'Arménie a démenti, "
    "affirmant que l'armée azerbaïdjanaise avait subi des pertes, notamment plusieurs "
    "hélicoptères et des blindés."
)


@pytest.mark.parametrize(
    ("text", "lang", "denial_start", "statement_start"),
    [
        (EBE7, "en", "Armenia quickly denied", "Azerbaijan’s defense ministry said the shooting"),
        (EBD5, "fr", "l'Arménie a démenti", "L'Azerbaïdjan affirme avoir conquis"),
    ],
)
def test_a_denial_answers_the_other_side_s_statement_that_names_no_party(
    text: str, lang: str, denial_start: str, statement_start: str
) -> None:
    marked = mark_conflicts(claims_of(text, lang), DAY)
    denial = next(c for c in marked if denial_start in c.text)
    statement = _claim(marked, statement_start)
    assert denial.denies and statement.opposes is None
    assert _share(denial, statement)


def test_a_statement_of_another_kind_is_not_what_a_denial_names() -> None:
    """The denial names fire; a statement of its own side's losses, of no fire, told in
    another sentence, is not what it answers (en-be796a1f99's background sentence kept
    apart from the denial)."""
    text = (
        "Armenia quickly denied the accusation, saying the claim its forces had opened fire "
        "on Azerbaijani positions “does not correspond to reality.”\n\n"
        "Azerbaijan’s defense ministry said it had recaptured the enclave last week."
    )
    marked = mark_conflicts(claims_of(text, "en"), DAY)
    denial = _claim(marked, "Armenia quickly denied")
    other = [c for c in marked if c.text.startswith("Azerbaijan’s defense ministry")]
    assert other
    assert all(not _share(denial, c) for c in other)


# hy-f8c773db05 (dev-a), whole body: the Karabakh ministry's account of the ceasefire broken
# at 19:40, then its denial of Baku's report of fire at 20:05 "after the violation"
F8C = (
    "Հունիսի 27-ի ժամը 19:40-ի սահմաններում Ադրբեջանի ԶՈւ-ն Մարտակերտի շրջանի ուղղությամբ "
    "խախտել է հրադադարը` կիրառելով նաև ականանետ։ Հրադադարի խախտման մասին հաղորդվել է ՌԴ "
    "խաղաղապահ զորակազմի հրամանատարությանը։ Այս մասին հայտնում են Արցախի ՊՆ մամուլի "
    "ծառայությունից:\n\n"
    "Հրադադարի խախտումից հետո Ադրբեջանի ՊՆ տարածած հաղորդագրությունն այն մասին, թե իբր ՊԲ "
    "ստորաբաժանումները հունիսի 27֊ի ժամը 20։05-ի սահմաններում նույն վերը նշված ուղղությամբ "
    "կրակ են բացել ԱՀ Մարտակերտի շրջանի օկուպացված տարածքներում տեղակայված ադրբեջանական "
    "դիրքերի ուղղությամբ, ինչի հետևանքով իբր հրազենային վիրավորում է ստացել ադրբեջանցի "
    "զինծառայողը, չի համապատասխանում իրականությանը։"
)


def test_the_account_a_denial_names_answers_that_denial_not_the_denier_s_own_account() -> None:
    """Baku's report read from inside Stepanakert's denial (fire at 20:05) answers that
    denial only: the denier's own account told before it (the ceasefire broken at 19:40)
    tells of fire too, each side accusing the other, but the editor reads no dispute of the
    two (two moments of one evening, the one said to follow the other). Counted on the
    writable dev articles: five pairs (four articles) of an account named inside a denial
    and an accusation of the denier's side, told in the same article, of a kind of
    happening the two share (``merge.happenings``); the editor pairs one (tr-23e128eaa7:
    "Azerbaycan mutabakatı ihlal etti" against Baku's "ateşkesi 115 kez ihlal ettiği") and
    not the other four (this one; en-9e5a889cea and en-46df382a29 annotate no claim of
    the account named). So the inner account keeps answering its denial only
    (``merge._denied_in``)."""
    marked = mark_conflicts(claims_of(F8C, "hy"), DAY)
    own = _claim(marked, "Հունիսի 27-ի ժամը 19:40")
    denial = next(c for c in marked if c.denies)
    inner = _claim(marked, "Ադրբեջանի ՊՆ տարածած")
    assert (own.claimant_side, own.opposes) == ("armenia", "azerbaijan")
    assert (inner.claimant_side, inner.opposes) == ("azerbaijan", "armenia")
    assert not happenings(own.text).isdisjoint(happenings(inner.text))
    assert _share(denial, inner)
    assert not _share(own, inner)


# Two sides' counts of one side's losses: one disputed toll when they count the same
# people, two tolls when one counts civilians and the other soldiers (merge._same_victims).
SAME_VICTIMS = [
    (  # tr-c5f793c752: Baku's count of Armenian soldiers, Yerevan's of its civilians
        "tr",
        "Son 24 saat içerisinde Bakü'ye göre 550 Ermeni asker öldü. Her iki bilgiyi de "
        "başka kaynaklarca doğrulamak mümkün görünmüyor. Ermeni tarafı, Azerbaycan "
        "bombardımanlarında siviller arasında bir çocuk ve bir kadının da hayatını "
        "kaybettiğini bildiriyor.",
        "Son 24 saat",
        "Ermeni tarafı",
        False,
    ),
    (  # ru-2966215b12: Baku's count of the Armenian army's losses, Yerevan's of its soldiers
        "ru",
        "Минобороны Азербайджана заявило, что в ходе боев погибли 12 азербайджанских "
        "военных. Со стороны армянской армии, по данным ведомства, более 100 армянских солдат были "
        "ранены или убиты. Президент Армении Серж Саргсян, как сообщал «Интерфакс», "
        "объявил, что 18 солдат Армии обороны Нагорного Карабаха были убиты, еще 35 — "
        "ранены.",
        "Со стороны",
        "Президент Армении",
        True,
    ),
]


@pytest.mark.parametrize(("lang", "text", "first", "second", "disputed"), SAME_VICTIMS)
def test_counts_dispute_only_when_they_count_the_same_people(
    lang: str, text: str, first: str, second: str, disputed: bool
) -> None:
    marked = mark_conflicts(claims_of(text, lang), DAY)
    one, other = _claim(marked, first), _claim(marked, second)
    assert one.figures and other.figures
    assert {f.side for f in one.figures} & {f.side for f in other.figures}
    assert one.claimant_side != other.claimant_side
    assert _share(one, other) is disputed


# -- a denial and what it denies, told of another day in an undated article -------------

ACROSS_DAYS = [
    (  # ru-2012c02e5c: the denial names the strike; Yerevan's account, "earlier on
        # Wednesday", is retold after it
        "ru",
        "Минобороны Азербайджана опровергло информацию об обстреле российского военного "
        "объекта и автомобильной техники в Армении.\n\n"
        "Ранее в среду Минобороны Армении заявило, что Азербайджан нанёс удар по "
        "транспортным средствам российских пограничников.",
        "Минобороны Азербайджана опровергло",
        "Ранее в среду",
        True,
    ),
    (  # fr-ee60649ca0: a denial naming nothing, just after the accusation of Tuesday
        "fr",
        "L'Arménie a accusé mardi l'Azerbaïdjan d'avoir ouvert le feu sur ses soldats, dont "
        "l'un a été blessé.\n\n"
        "Selon le chef d'état-major arménien, Samvel Asatryan, un militaire a été « "
        "légèrement » blessé dans cet incident.\n\n"
        "Bakou a pour sa part démenti toute implication.",
        "L'Arménie a accusé",
        "Bakou a pour sa part",
        True,
    ),
    (  # ru-a67a494a4b: the denial and Baku's account of the night before share a verb,
        # not a happening: two incidents
        "ru",
        "Информация Минобороны Азербайджана об обстреле на границе с Арменией в ночь на 6 "
        "марта не соответствует действительности, сообщило Минобороны Армении. Оно назвало "
        "заявление Баку дезинформацией.\n\n"
        "Вчера, 5 марта, в Нагорном Карабахе сообщили о диверсии со стороны Азербайджана. В "
        "результате погибли два человека. Минобороны Азербайджана назвало это «провокацией, "
        "совершенной незаконными армянскими формированиями».",
        "Оно назвало",
        "Минобороны Азербайджана назвало это",
        False,
    ),
    (  # en-49b4aae3dd: a denial that names nothing, far from a toll of another day
        "en",
        "YEREVAN - Fighting erupted between Azerbaijan and Armenia on Tuesday, killing at "
        "least 99 troops.\n\n"
        "Armenian Prime Minister Nikol Pashinyan said at least 49 of his country's soldiers "
        "were killed in the fighting.\n\n"
        "At Armenia's request, the United Nations Security Council agreed to hold an "
        "emergency meeting on Wednesday to discuss the issue.\n\n"
        "The intensity of the clashes has subsided but Azerbaijan's attacks continue, "
        "Pashinyan told lawmakers.\n\n"
        "He spoke after the Russian Foreign Ministry urged Azerbaijan and Armenia to abide "
        '"in full" by a 9am cease-fire that Moscow said it had negotiated between the sides.'
        "\n\nBut that cease-fire appeared not to have held.\n\n"
        '"What we want to see is the hostilities stop," US National Security Council '
        "spokesman John Kirby told reporters in Washington.\n\n"
        "Azerbaijan's Defence Ministry denied it started the attacks and said its forces "
        'responded to "large-scale Armenian provocation."',
        "Armenian Prime Minister Nikol Pashinyan",
        "Azerbaijan's Defence Ministry denied",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "text", "first", "second", "disputed"), ACROSS_DAYS)
def test_a_denial_answers_what_it_names_of_a_day_before(
    lang: str, text: str, first: str, second: str, disputed: bool
) -> None:
    from test_undated import REFERENCE, undated_article
    from test_undated import knowledge as undated_knowledge

    from timeline.undated import read_undated

    _, undated = read_undated(undated_article(text, lang), undated_knowledge(), REFERENCE)
    (a,) = [c for c in undated if c.text.startswith(first)]
    (b,) = [c for c in undated if c.text.startswith(second)]
    assert a.claimant_side != b.claimant_side
    assert bool(set(a.disputes) & set(b.disputes)) is disputed


# -- accounts read by their word class (round 11, accounts11b) ------------------------

# fr-55368932fc: "ont pris pour cible" (took as target) is a hostile deed, as "targeted"
FR_TARGET = (
    "Selon le ministère arménien de la Défense, des unités azerbaïdjanaises ont pris pour "
    "cible un véhicule transportant de la nourriture pour les avant-postes arméniens près "
    "de Kut, dans l'est de l'Arménie.\n\n"
    "« Un soldat a été tué du côté arménien », a déclaré plus tard le ministère de la "
    "défense.\n\n"
    "Le ministère de la défense azerbaïdjanais a rejeté les accusations d'Erevan."
)

# tr-23227857bc: a denial verb in its passive ("reddedildi", of "reddetti")
TR_PASSIVE = (
    "Ermenistan, Azerbaycan ordusunu sınır bölgesindeki birliklerine ateş açmakla "
    "suçladı. Söz konusu iddia Bakü tarafından reddedildi. Ermenistan Savunma "
    "Bakanlığı'ndan yapılan açıklamada, Azerbaycan ordusunun, sınır bölgesindeki Ermeni "
    'birliklere yiyecek taşıyan bir araca hafif silahlarla "ateş açtığını" iddia etti.'
)

# fr-a9155667ef: fire opened on the claimant's own soldiers, the one who opened it unnamed
FR_OPENED = (
    "Les autorités arméniennes du Nagorny Karabakh – une région du Caucase disputée entre "
    "des séparatistes et l'Azerbaïdjan – ont affirmé qu'un groupe de "
    '"saboteurs" de l\'armée azerbaïdjanaise avait tiré dans la matinée sur une voiture de '
    "police de l'administration séparatiste.\n\n"
    "De son côté, le ministère azerbaïdjanais de la Défense a démenti cette version, "
    "affirmant que des échanges de tirs avaient eu lieu après une tentative de contrôler "
    'des véhicules. "On a ouvert le feu sur des soldats azerbaïdjanais, la fusillade a fait '
    'des morts et des blessés des deux côtés", a indiqué le ministère.'
)


@pytest.mark.parametrize(
    ("lang", "text", "start", "opposes"),
    [
        ("fr", FR_TARGET, "Selon le ministère arménien", "azerbaijan"),
        ("tr", TR_PASSIVE, "Söz konusu iddia", "armenia"),
        ("fr", FR_OPENED, '"On a ouvert le feu', "armenia"),
        # no deed told: a loss report stays no account
        ("fr", FR_TARGET, "« Un soldat a été tué", None),
    ],
)
def test_a_deed_or_denial_in_another_form_of_its_class_is_an_account(
    lang: str, text: str, start: str, opposes: str | None
) -> None:
    claims = claims_of(text, lang)
    assert _claim(claims, start).opposes == opposes


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        ("fr", FR_TARGET, "Selon le ministère", "Le ministère de la défense azerbaïdjanais"),
        ("tr", TR_PASSIVE, "Söz konusu iddia", "Ermenistan Savunma"),
        ("fr", FR_OPENED, "Les autorités arméniennes", '"On a ouvert le feu'),
    ],
)
def test_accounts_read_by_their_class_are_paired(
    lang: str, text: str, first: str, second: str
) -> None:
    marked = mark_conflicts(claims_of(text, lang), DAY)
    assert _share(_claim(marked, first), _claim(marked, second))


def test_a_continued_accusation_by_pronoun_is_no_new_account() -> None:
    """fr-6da0cb816a: "Il les accuse d'avoir ciblé ..." goes on with the ministry's account
    before it; "ciblé" alone is no deed, the pronoun names no party: the editor sets only
    the first account against Baku's, and so does the reader."""
    text = (
        "Le ministère arménien des Affaires étrangères a fait état de l'utilisation « de "
        "mortiers et d'artillerie lourde » par les forces azerbaïdjanaises.\n\n"
        "Il les accuse d'avoir ciblé « délibérément des infrastructures civiles ».\n\n"
        "Le ministère azerbaïdjanais de la Défense a déclaré que l'armée arménienne avait "
        "fait usage d'artillerie lourde sur des positions de ses forces."
    )
    marked = mark_conflicts(claims_of(text, "fr"), DAY)
    baku = _claim(marked, "Le ministère azerbaïdjanais")
    assert _share(_claim(marked, "Le ministère arménien"), baku)
    assert _claim(marked, "Il les accuse").opposes is None
    assert not _share(_claim(marked, "Il les accuse"), baku)
