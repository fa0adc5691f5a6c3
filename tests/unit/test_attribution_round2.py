"""Who says it, second round (issue 21, points 1-3): names whose letters look like a
case ending, and the speaker phrase's words read from each language's pack. Every
excerpt is from a dev-split article of the evaluation corpus (its id is given with
each row)."""

from __future__ import annotations

import pytest
from test_attribution_spans import claims_of

from timeline.model import Claim


def claim_of(claims: list[Claim], start: str) -> Claim:
    """The claim whose sentence starts with ``start``."""
    (claim,) = [c for c in claims if c.text.startswith(start)]
    return claim


# -- a first name before a surname keeps its letters -----------------------------------

FULL_NAMES = [
    (  # hy-45a403e1f1: "Արծրուն" is no "Արծրու" in the definite case
        "Հոկտեմբերի լույս 30-ի գիշերը և վաղ առավոտյան ադրբեջանական զինուժը կրակել է "
        "Տավուշի գյուղերի ուղղությամբ: Այդ մասին իր ֆեյսբուքյան էջում հայտնել է ՊՆ "
        "մամուլի խոսնակ Արծրուն Հովհաննիսյանը:",
        "Հոկտեմբերի",
        "armenia",
    ),
    (  # hy-7360f84540: "Ալեն Սիմոնյանն", not "Ալե"
        "ԱԺ նախագահ Ալեն Սիմոնյանն էլ հայտարարել է, որ հայկական կողմն ունի զոհեր նաև "
        "խաղաղ բնակիչների շրջանում։",
        "ԱԺ նախագահ",
        "armenia",
    ),
]


@pytest.mark.parametrize(("text", "start", "side"), FULL_NAMES)
def test_a_first_name_before_a_surname_is_not_cut_as_a_case_ending(
    text: str, start: str, side: str
) -> None:
    claim = claim_of(claims_of(text, "hy"), start)
    assert claim.claimant is not None and "Արծրու," not in claim.claimant
    assert "Ալե," not in claim.claimant
    assert claim.claimant_side == side


def test_a_known_name_before_another_word_keeps_its_case_ending() -> None:
    # hy-4093a9a163: "Նիկոլ Փաշինյանը ԶԼՄ-երի հետ ...": the name ends at its ending
    text = (
        "Նիկոլ Փաշինյանը ԶԼՄ-երի հետ հարցուպատասխանի ժամանակ հայտարարեց՝ «չճշտված "
        "տեղեկությունների համաձայն» այդ 24 զինծառայողները գերեվարվել են Ադրբեջանի կողմից։"
    )
    claim = claim_of(claims_of(text, "hy"), "Նիկոլ")
    assert claim.claimant_actor == "armenia"


# -- more reporting verbs, and speakers written as wire copy writes them ---------------

VERBS = [
    # fr-e32f192c6b: the owner's adjective after the body, inflected ("arménienne"),
    # and the other side's clause after "tandis que" with its own verb ("a évoqué")
    (
        "fr",
        "L'armée arménienne accuse les forces azerbaïdjanaises d'avoir attaqué ses positions "
        "à l'aide d'artillerie et de drones, tandis que Bakou a évoqué des \"provocations\" "
        "de son voisin.",
        {"L'armée arménienne": "armenia", "Bakou": "azerbaijan"},
    ),
    (  # fr-be046140e2
        "fr",
        "Dans le même temps, le ministère de la défense azerbaïdjanais a diffusé d'autres fake "
        "news, accusant faussement le Haut-Karabakh d'avoir ouvert le feu.",
        {"Dans le même temps": "azerbaijan"},
    ),
    (  # en-e9593f84e0: an adverb between the auxiliary and the verb
        "en",
        "Azerbaijan has flatly rejected the accusations of “ethnic cleansing” and claimed "
        "that the departure of the people from Nagorno-Karabakh was a personal and "
        "individual decision and had nothing to do with forced relocation.",
        {"Azerbaijan has": "azerbaijan"},
    ),
    (  # en-6acf0d3966: a whole alias is the actor it names, not the adjective's
        "en",
        "Armenian separatists have revised up their number of fighters and civilians killed "
        "to 213.",
        {"Armenian separatists": "nagorno-karabakh-authorities"},
    ),
    (  # ru-416d7d9018
        "ru",
        "В Баку заверили, что Азербайджан неукоснительно соблюдает режим прекращения огня.",
        {"В Баку": "azerbaijan"},
    ),
    (  # tr-0b76399ee8: the ministry named in the paragraph before
        "tr",
        "Azerbaycan Savunma Bakanlığı, Gazak bölgesindeki sınır hattını geçmeye çalışan 1 "
        "Ermeni askerin ele geçirildiğini açıkladı.\n\nBakanlık, ele geçirilen Ermeni askeri "
        "Karen Kazaryan'ın fotoğrafını da yayınladı.",
        {"Bakanlık": "azerbaijan"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "actors"), VERBS)
def test_reporting_verbs_and_speakers_of_wire_copy(
    lang: str, text: str, actors: dict[str, str]
) -> None:
    claims = claims_of(text, lang)
    for start, actor in actors.items():
        assert claim_of(claims, start).claimant_actor == actor


def test_a_trailing_denial_leaves_the_sentence_to_the_outlet() -> None:
    # fr-da05001bf3: "ce que Bakou dément" does not make the protest Baku's statement
    text = (
        "Plusieurs milliers de manifestants se sont rassemblés dimanche 25 décembre à "
        "Stepanakert, la principale ville du Haut-Kabarakh, appelant la communauté "
        "internationale « à agir maintenant » contre le blocage du seul axe routier vers "
        "l’Arménie par l’Azerbaïdjan, ce que Bakou dément."
    )
    assert claim_of(claims_of(text, "fr"), "Plusieurs").claimant_actor is None


# -- joint claimants -------------------------------------------------------------------


def test_two_owners_sharing_one_body_are_one_joint_claimant_of_both_sides() -> None:
    # en-718fca516f: both ministries speak; the claim is neither side's alone
    text = (
        "The Azerbaijani and Armenian Defense Ministries accused each other of provoking "
        "the escalation."
    )
    claim = claim_of(claims_of(text, "en"), "The Azerbaijani")
    # round 11: both parties as one speaker are the outlet's account of both (editors
    # annotate it so), the parties still the claim's actors
    assert claim.claimant is None
    assert set(claim.actors) >= {"armenia", "azerbaijan"}
    assert claim.claimant_actor is None


# -- a relayed statement goes on after the sentence that names its speaker -------------


def test_the_sentences_after_a_lede_naming_its_speaker_go_on_with_it() -> None:
    # hy-183b32c15a: the lede ends "Այս մասին հայտնում է ԱՀ ՊՆ մամուլի ծառայությունը",
    # and the article names no one else: what follows is the same statement's
    text = (
        "Արցախի Հանրապետության Ասկերանի, Մարտակերտի և Մարտունու շրջանների օկուպացված "
        "տարածքներում տեղակայված Ադրբեջանի ԶՈւ ստորաբաժանումները մարտի 2-ին և մարտի 2-ի լույս "
        "3-ի գիշերը խախտել են հրադադարը' կիրառելով հրաձգային զինատեսակներ։ Այս մասին "
        "հայտնում է ԱՀ ՊՆ մամուլի ծառայությունը:\n\n"
        "Հայկական կողմից տուժածներ չկան։ Հրադադարի խախտման մասին հաղորդվել է ՌԴ խաղաղապահ "
        "զորակազմի հրամանատարությանը։ Ներկայումս իրավիճակը շփման գծում հարաբերականորեն "
        "կայուն է։"
    )
    claims = claims_of(text, "hy")
    for start in ("Արցախի", "Հայկական", "Հրադադարի", "Ներկայումս"):
        assert claim_of(claims, start).claimant_actor == "nagorno-karabakh-authorities"


def test_a_lede_naming_its_speaker_does_not_go_on_when_others_speak_after_it() -> None:
    # ru-a694630976: the article names speakers after the ministry's lede; its
    # reminder at the end is the outlet's
    text = (
        "У армянской стороны есть жертвы и раненые, данные о них уточняются. Об этом "
        "сообщило Минобороны.\n\n"
        "Оборонное ведомство Армении сообщает о ранении по крайней мере 4 человек.\n\n"
        "Ранее Армения обратилась за помощью к России."
    )
    claims = claims_of(text, "ru", "https://epress.am/ru/2021/11/16/x.html")
    assert claim_of(claims, "У армянской").claimant_actor == "armenia"
    assert claim_of(claims, "Ранее Армения").claimant_actor is None


# -- a place in the locative is no speaker ---------------------------------------------


def test_a_place_in_the_locative_is_no_speaker() -> None:
    # az-72f550e6fb: "Zəngilanda" is "in Zangilan" (data/gazetteer.yaml), not a speaker
    text = (
        "Oxuməni.az xəbər verir ki, Ovannisyan guya Xüdafərin körpüsü istiqamətində "
        "Ermənistan ordusunun genişmiqyaslı hücuma keçərək, Azərbaycan Ordusunu geri "
        "çəkilməyə məcbur etdiyinə, eləcə də Azərbaycan üçün guya Zəngilanda cəhənnəmin "
        "başladığına dair dünənki paylaşımlarını bu gün jurnalistlərə açıqlamasında təkzib "
        "edib."
    )
    claim = claim_of(claims_of(text, "az"), "Oxuməni.az")
    assert claim.claimant is None or "Zəngilan" not in claim.claimant
