"""Who says it, sixth round: Armenian statements issued, titles and asides around a
name, the owner a dateline gives a body named alone, Turkish quoting formulas. The
excerpts are real sentences of news pages outside the evaluation corpus (the outlet is
given)."""

from __future__ import annotations

import dataclasses

import pytest
from test_attribution_round2 import claim_of
from test_attribution_spans import article, claims_of, knowledge

from plugins.timeline.extract import find_claimant
from timeline.extract import extract_claims

# -- Armenian: a statement issued, made or posted names its speaker ----------------------

ISSUED = [
    (  # 1lurer.am: "գրառում է կատարել" (made a post)
        "ՀՀ ՊՆ ներկայացուցիչ Արծրուն Հովհաննիսյանը գրառում է կատարել Ֆեյսբուքի իր էջում՝ "
        "նշելով, որ Սյունիքի մարզի համայնքապետերի հայտարարությունները որևէ խուճապի առիթ "
        "չպետք է լինեն:",
        "armenia",
    ),
    (  # 24news.am: "գրառում է արել"
        "Այս հայտարարությունից հետո ՀՀ վարչապետ Նիկոլ Փաշինյանը ֆեյսբուքյան էջում գրառում է "
        "արել՝ իր կողմնակիցներին հրավիրելով Հանրապետության հրապարակ, իսկ ԳՇ-ի "
        "հայտարարությունը որակել է «ռազմական հեղաշրջման փորձ»։",
        "armenia",
    ),
    (  # factor.am: "հայտարարություն է տարածել" (as before this round)
        "ԱՀ ՊԲ մամուլի ծառայությունը հայտարարություն է տարածել առ այն, որ Ադրբեջանի "
        "պաշտպանության նախարարության կողմից տարածված «լուրը» լրիվությամբ ապատեղեկատվություն է։",
        "nagorno-karabakh-authorities",
    ),
]


@pytest.mark.parametrize(("text", "actor"), ISSUED)
def test_an_armenian_statement_issued_names_its_speaker(text: str, actor: str) -> None:
    (claim,) = claims_of(text, "hy")
    assert claim.claimant_actor == actor


@pytest.mark.parametrize(
    "verb",
    [
        "տարածել է հաղորդագրություն",  # the verb before its object
        "տարածել է հետևյալ հաղորդագրությունը",  # "the following statement"
        "հետևյալ հաղորդագրությունն է տարածել",
        "հաղորդագրություն է հրապարակել",
        "հայտարարություն է արել",
        "արձագանքել է",
    ],
)
def test_every_form_of_issuing_a_statement_is_speech(verb: str) -> None:
    text = f"Ադրբեջանի ՊՆ-ն {verb}, որ հայկական կողմը կրակ է բացել։"
    assert claims_of(text, "hy")[0].claimant_actor == "azerbaijan"


# -- Armenian: a title before the name, an aside after it -------------------------------


def test_a_long_title_before_a_name_names_its_owner() -> None:
    # 168.am: "արտաքին քաղաքական գերատեսչության" (the foreign-policy agency), after
    # the verb; the sentence before is the same speaker's
    text = (
        "Ադրբեջանի արտգործնախարարությունը Լիտվային նոտա է հղել` Լեռնային Ղարաբաղում "
        "անցկացված փառատոնին լիտվական երաժշտական խմբի մասնակցության կապակցությամբ։ Այդ "
        "մասին լրագրողներին հայտնել է Ադրբեջանի արտաքին քաղաքական գերատեսչության մամուլի "
        "քարտուղար Էլման Աբդուլաևը։"
    )
    claims = claims_of(text, "hy")
    assert [c.claimant_actor for c in claims] == ["azerbaijan", "azerbaijan"]


def test_a_named_subject_set_off_by_an_aside_is_the_speaker() -> None:
    # arminfo.info: "Թորոսյանը, ի պատասխան ... խնդրանքի, նշել է"
    text = (
        "ՀՀ ՊՆ մամուլի քարտուղար Արամ Թորոսյանը, ի պատասխան այդ լուրերը մեկնաբանելու "
        "«Արմենպրեսի» խնդրանքի, նշել է, որ ՊՆ համապատասխան ստորաբաժանումը մշտադիտարկում է "
        "ոլորտին առնչվող մամուլի հրապարակումները։"
    )
    assert find_claimant(text, None, "hy") == "Aram Torosyan, ՀՀ ՊՆ մամուլի քարտուղար"


@pytest.mark.parametrize(
    "subject",
    [
        "Անար Էյվազովը՝ Ադրբեջանի ՊՆ խոսնակը,",  # the title after the name
        "Ադրբեջանի ՊՆ խոսնակը՝ Անար Էյվազովը,",  # the name after the title
        "Ռուստամ Մամեդովը՝ Ադրբեջանի ՊՆ խոսնակը,",  # a name the data does not know
    ],
)
def test_a_name_and_its_title_in_apposition_are_one_speaker(subject: str) -> None:
    text = f"{subject} հայտարարել է, որ հայկական կողմը կրակ է բացել։"
    assert claims_of(text, "hy")[0].claimant_actor == "azerbaijan"


# -- a body named alone: the dateline's capital gives its owner -------------------------

#: artsakh.news: "ՊՆ-ն" with no owner named before it
UNOWNED = (
    "Րոպեներ անց ՊՆ-ն հայտարարություն է տարածել, որտեղ ասված է․ «Վերջին օրերին որոշ "
    "օգտատերեր սոցիալական ցանցերում հրապարակում են առաջնագծի վերաբերյալ իրականությանը "
    "չհամապատասխանող տեղեկություններ»։"
)


@pytest.mark.parametrize(
    ("place", "actor"),
    [
        ("Երևան", "armenia"),
        ("Բաքու", "azerbaijan"),
        ("Ստեփանակերտ", "nagorno-karabakh-authorities"),
    ],
)
def test_a_body_named_alone_is_of_the_datelines_capital(place: str, actor: str) -> None:
    filed = dataclasses.replace(article(UNOWNED, "hy"), dateline_place=place)
    (claim,) = extract_claims(filed, knowledge())
    assert claim.claimant_actor == actor


@pytest.mark.parametrize("place", [None, "Москва", "Brussels"])
def test_no_dateline_of_a_party_leaves_a_body_named_alone_unowned(place: str | None) -> None:
    # a third country's capital is no owner of "ՊՆ" (never guess)
    filed = dataclasses.replace(article(UNOWNED, "hy"), dateline_place=place)
    (claim,) = extract_claims(filed, knowledge())
    assert claim.claimant_actor is None


# -- Turkish: the formulas that quote a statement ---------------------------------------

QUOTING = [
    (  # aldwebpro.com (a relay of a news wire): "tabirlerine yer verilmişti"
        "Ermenistan Başbakanı Nikol Paşinyan, dün parlamentoda yaptığı konuşmada 105 askerin "
        "öldüğünü söylemiş. Bakü’den yapılan açıklamada ise, “Ateşkes davetinde bulunuldu ve "
        "ölen yaklaşık 100 Ermenistan askerinin cesetlerinin tek taraflı olarak karşı tarafa "
        "teslim edilmeye hazır olduğu bildirildi” tabirlerine yer verilmişti.",
        "Bakü’den",
        "Bakü",
    ),
    (  # sondakika.com: "şu ifadeler kullanıldı", the statement of the ministry named before
        "Öte yandan Dışişleri Bakanlığı, Azerbaycan ve Ermenistan arasındaki ateşle ilgili "
        "manidar bir açıklama yaptı. Bu ateşkesin Azerbaycan tarafından Ermenistan'a verilen "
        'son bir şans olduğuna vurgula yapılan açıklamada şu ifadeler kullanıldı: "Bu '
        'süreçte, tüm dünyadan insani saiklerle ateşkes talepleri gelmiştir."',
        "Bu ateşkesin",
        "Dışişleri Bakanlığı",
    ),
]


@pytest.mark.parametrize(("text", "start", "claimant"), QUOTING)
def test_turkish_quoting_formulas_are_the_speakers(text: str, start: str, claimant: str) -> None:
    assert claim_of(claims_of(text, "tr"), start).claimant == claimant


# -- Armenian: telling, characterising, speaking; "the latter" ---------------------------


def test_the_latter_is_the_speaker_named_last() -> None:
    # irates.am: "խոսեց" (spoke) names Aliyev; "Վերջինս նաև պատմեց" (the latter also
    # told) goes on with him
    text = (
        "Երեկ, երբ պաշտոնական Երևանն ու Բաքուն համատեղ հատարարեցին որոշ գերեվարված "
        "անձանց, ըստ էության, փոխանակելու մասին, Ալիև Իլհամը խոսեց «հայաստանաբնակ "
        "ադրբեջանցիների» Հայաստան վերադարձի վերաբերյալ: Վերջինս նաև պատմեց, թե ինչպես են "
        "«բոլշևիկներն Ադրբեջանից խլել Զանգեզուրը»:"
    )
    claims = claims_of(text, "hy")
    assert claim_of(claims, "Վերջինս").claimant_actor == "azerbaijan"


@pytest.mark.parametrize(
    "verb",
    [
        "պատմել են, որ",  # told (impersonal plural after a source)
        "տեղեկացրին, որ",  # the causative's aorist plural (-րին, not -րեցին)
        "հավաստիացրին, որ",
    ],
)
def test_every_tense_of_an_armenian_telling_verb_is_speech(verb: str) -> None:
    # the frame of 168.am's "Պաշտպանության նախարարությունից տեղեկացավ, որ ..."
    text = f"ՀՀ պաշտպանության նախարարությունից {verb} հայկական կողմը վիրավորներ չունի։"
    assert claims_of(text, "hy")[0].claimant_actor == "armenia"


@pytest.mark.parametrize("verb", ["ապատեղեկատվություն է որակել", "կեղծիք է համարում"])
def test_characterising_a_statement_is_the_characteriser_s_claim(verb: str) -> None:
    # "X-ը ... որակել է" (called it disinformation), as Armenian outlets word a denial
    text = f"ՀՀ ՊՆ-ն {verb} Ադրբեջանի ՊՆ-ի հայտարարությունը։"
    assert claims_of(text, "hy")[0].claimant_actor == "armenia"


def test_a_turkish_passive_paraphrase_goes_on_with_the_statement() -> None:
    # ilerihaber.org: "Açıklamada, ... öne sürüldü" after the ministry's statement
    text = (
        "Azerbaycan Savunma Bakanlığı tarafından yapılan açıklamada, Ermenistan sınırında "
        "çatışmaların başladığı belirtildi. Açıklamada, Ermenistan ordusunun akşam saatlerinde "
        "sınırın Daşkesen, Kelbecer ve Laçın istikametlerinde geniş kapsamlı provokasyonda "
        "bulunduğu öne sürüldü."
    )
    assert claim_of(claims_of(text, "tr"), "Açıklamada").claimant_actor == "azerbaijan"


@pytest.mark.parametrize(
    "verb",
    [
        "altı çizildi",
        "hatırlatıldı",
        "ileri sürüldü",
        "uyarısında bulunuldu",
        "vurgusu yapıldı",
        "bilgisine yer verildi",
        "belirtiliyor",  # the present passive
        "kaydediliyor",
        "belirtilmişti",
    ],
)
def test_every_turkish_impersonal_speech_verb_goes_on_with_the_last_speaker(verb: str) -> None:
    text = (
        "Azerbaycan Savunma Bakanlığı, Ermenistan ordusunun saldırısına ilişkin açıklama "
        f"yaptı. Saldırıda 2 askerin şehit olduğu {verb}."
    )
    assert claim_of(claims_of(text, "tr"), "Saldırıda").claimant_actor == "azerbaijan"
    # read alone, the same sentence names no one (never guess)
    assert claims_of(f"Saldırıda 2 askerin şehit olduğu {verb}.", "tr")[0].claimant_actor is None


# -- a quotation after a lead-in that ends on its speech verb ---------------------------


def test_a_quotation_after_a_lead_in_ending_with_the_armenian_colon_is_the_speakers() -> None:
    # auroranews.am / yerkir.am wording: "... հաղորդագրություն է տարածել." (the
    # Armenian "." is a colon), the statement quoted in the next paragraph, one sentence
    text = (
        "Ադրբեջանի ԱԳՆ–ն հայտարարություն է տարածել.\n\n"
        "«Ադրբեջանը ոչ մի երկրի տարածք չի օկուպացրել»։"
    )
    assert claim_of(claims_of(text, "hy"), "«Ադրբեջանը").claimant_actor == "azerbaijan"


def test_a_lead_in_that_says_what_was_said_leads_into_nothing() -> None:
    # a sentence with its own content after the verb is no lead-in: the quotation
    # after it, with no speaker, stays the outlet's
    text = (
        "Armenia's defence ministry said on Tuesday that Azerbaijani forces opened fire "
        'near Sotk. "The enemy used mortars."'
    )
    assert claim_of(claims_of(text, "en"), '"The enemy').claimant_actor is None


def test_a_dash_written_for_a_hyphen_keeps_the_case_ending() -> None:
    # arka.am: "– նշել են ՀՀ ՊՆ–ից" (an en dash before the ablative ending)
    text = (
        "«Վերահաստատում ենք, որ հայ-ադրբեջանական սահմանին իրավիճակը հանգիստ է։ ՀՀ զինված "
        "ուժերը դիմելու են միայն համարժեք քայլերի», – նշել են ՀՀ ՊՆ–ից։"
    )
    claims = claims_of(text, "hy")
    assert {c.claimant for c in claims} == {"ՀՀ ՊՆ"}


# -- Armenian: a name ending in -ի with its article; a title, a comma, a rank and name --


def test_a_quote_closed_by_a_title_and_a_ranked_name_is_that_persons() -> None:
    # am.irevanaz.com: "հայտարարել է՝ TITLE, գնդապետ Վագիֆ Դարգյահլին" (the article -ն
    # on a name ending in -ի; the title set off by a comma before the rank and name)
    text = (
        "«Մեր կողմից ոչ մի նոր հարձակում չի եղել, մենք ոչ մի կորուստ չունենք»: Այս մասին "
        "մեկնաբանելով՝ սահմանին ադրբեջանական հատուկ նշանակության ջոկատների հարձակումը հետ "
        "մղելու վերաբերյալ հայկական կողմի հայտարարությունը, հայտարարել է՝ Ադրբեջանի "
        "Պաշտպանության նախարարության մամուլի ծառայության ղեկավար, գնդապետ Վագիֆ Դարգյահլին:"
    )
    claims = claims_of(text, "hy")
    assert [c.claimant_actor for c in claims] == ["azerbaijan", "azerbaijan"]


def test_a_name_ending_in_i_with_its_article_is_a_subject_not_a_dative() -> None:
    # "Դարգահլին" is Dargahli with the article (his dative is "Դարգահլիին"): the subject;
    # in "Փաշինյանը Դարգահլին հայտնել է" the first subject goes first
    said = "հայտարարել է, որ հայկական կողմը կրակ է բացել։"
    assert claims_of(f"Վագիֆ Դարգահլին {said}", "hy")[0].claimant_actor == "azerbaijan"
