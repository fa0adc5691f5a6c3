"""Who says it, third round (issue 21, points 1-3): reporting verbs in every form a
news text gives them (plural present, pluperfect, passive, the clitic after a quote),
role nouns in the oblique cases, a bare role noun naming the speaker of its kind met
before, a clause answering with a denial, a first statement naming the speaker of the
headline, and a headline tagging the lede's speaker. Every excerpt is from a dev-a
article of the evaluation corpus (its id is given with each row)."""

from __future__ import annotations

import dataclasses

import pytest
from test_attribution_round2 import claim_of
from test_attribution_spans import article, claims_of, knowledge

from timeline.extract import extract_claims

VERB_FORMS = [
    (  # en-a57c59d819: the plural present after the claim ("officials report"), then
        # a bare "Officials" naming the same speakers
        "en",
        None,
        "A missile strike in the early hours of the morning on Azerbaijan’s second-largest "
        "city, Ganja, has left at least 10 people dead and 40 wounded, Azerbaijani officials "
        "report. Officials also reported a rocket attack on the city of Mingachevir; no "
        "casualties were reported.",
        {"A missile strike": "azerbaijan", "Officials also": "azerbaijan"},
    ),
    (  # ru-886b9fa2f3: "пояснил", a role noun in the genitive ("по словам чиновника"),
        # and "Об этом" with the speaker before the verb, not the words after it
        "ru",
        None,
        "Новая встреча премьер-министра Армении Никола Пашиняна, президента Азербайджана "
        "Ильхама Алиева и председателя Европейского совета Шарля Мишеля пройдет в июле "
        "этого года в Брюсселе. Об этом глава Евросовета Шарль Мишель заявил на брифинге по "
        "итогам трехсторонней встречи с Пашиняном и Алиевым в бельгийской столице. Глава "
        "Евросовета при этом пояснил, что переговорам в Брюсселе будет предшествовать "
        "встреча Алиева и Пашиняна в июне в Кишиневе с участием самого Мишеля, а также "
        "лидеров Франции и Германии - Эммануэля Макрона и Олафа Шольца. По словам "
        "чиновника, Пашинян и Алиев выразили приверженность пунктам Алма-Атинской "
        "декларации от 1991 г.",
        {"Новая встреча": "eu", "Глава": "eu", "По словам": "eu"},
    ),
    (  # ru-db36f4a130: "Об этом Report сообщили в министерстве": the outlet is told, the
        # ministry speaks
        "ru",
        "https://report.az/ru/amp/armiya/v-rezultate-armyanskoj-provokacii",
        "В результате провокации, умышленно совершенной подразделениями вооруженных сил "
        "Армении, стал шехидом военнослужащий сверхсрочной действительной военной службы "
        "армии Азербайджана Новрузализаде Орхан Эльхан оглу. Об этом Report сообщили в "
        "министерстве обороны Азербайджана.",
        {"В результате": "azerbaijan"},
    ),
    (  # az-034c4c59a4: the pluperfect "açıqlamışdı"
        "az",
        "http://bizimaz.az/index.php/herbi/11957",
        "Dövlət Sərhəd Xidməti Ermənistan tərəfdən açılan snayper atəşi nəticəsində "
        "sərhədçi əsgər Fərzəli Fərzəliyevin şəhid olduğunu açıqlamışdı.",
        {"Dövlət Sərhəd": "azerbaijan"},
    ),
    (  # tr-0613f93de5 and tr-57b8e6bc14: the pluperfect "duyurmuştu"
        "tr",
        None,
        "Paşinyan son yaptığı açıklamada, Azerbaycan sınırındaki çatışmalarda ölen Ermeni "
        "asker sayısının 135’e yükseldiğini duyurmuştu.",
        {"Paşinyan": "armenia"},
    ),
    (
        "tr",
        None,
        "Ermenistan Savunma Bakanlığı, sınırda çıkan çatışmanın ardından Rusya'nın "
        "arabuluculuğu sonrası Ermenistan-Azerbaycan sınırında ateşkes ilan edildiğini "
        "duyurmuştu.",
        {"Ermenistan Savunma": "armenia"},
    ),
    (  # fr-d120780109: "a-t-il précisé" after a quote: the speaker named before
        "fr",
        None,
        "“Jeudi matin, très tôt, les forces armées azerbaïdjanaises ont fait intrusion sur "
        "le territoire arménien“, a affirmé à l’AFP un porte-parole du ministère arménien "
        "de la Défense, Artstroun Khovkhannissian. “Trois soldats arméniens ont été tués“ "
        "dans un échange de tirs près du village arménien de Tchinari, a-t-il précisé, en "
        "affirmant que les “affrontements se poursuivent, les deux parties utilisant des "
        "lance-grenades et des snipers“.",
        {"“Trois soldats": "armenia"},
    ),
]


@pytest.mark.parametrize(("lang", "url", "text", "actors"), VERB_FORMS)
def test_reporting_verbs_in_every_form_name_their_speaker(
    lang: str, url: str | None, text: str, actors: dict[str, str]
) -> None:
    claims = claims_of(text, lang, url)
    for start, actor in actors.items():
        assert claim_of(claims, start).claimant_actor == actor


def test_a_denial_answering_an_accusation_is_the_deniers_own_claim() -> None:
    # fr-5e56a9b1bc: "ce que l'Azerbaïdjan réfute" answers Yerevan: two claims
    text = (
        "Erevan accuse Bakou de vouloir provoquer une «crise humanitaire», ce que "
        "l'Azerbaïdjan réfute, assurant qu'il est toujours possible de circuler sur cet axe."
    )
    claims = claims_of(text, "fr")
    assert claim_of(claims, "Erevan").claimant_actor == "armenia"
    assert claim_of(claims, "l'Azerbaïdjan réfute").claimant_actor == "azerbaijan"


def test_a_first_statement_naming_the_headlines_speaker_goes_on_with_it() -> None:
    # az-2f1a36e9ed: "bu barədə ... birgə məlumatda bildirilib" opens the article; what
    # follows ("Belə ki, ...") is that joint statement, no one else named
    text = (
        "Metbuat.az xəbər verir ki, bu barədə Baş Prokurorluq, Müdafiə və Daxili İşlər "
        "nazirliklərinin yaydığı birgə məlumatda bildirilib. Belə ki, dekabrın 14-də, saat "
        "18 radələrində Kəlbəcər rayonunun Çıraq kəndi ərazisində 8 nəfər şəxsin minaya "
        "düşməsi barədə Kəlbəcər hərbi prokurorluğuna məlumat daxil olub. Aparılmış ilkin "
        "araşdırmalarla müəyyən olunub ki, təmir-tikinti işləri ilə məşğul olan şirkətin 4 "
        "nəfər əməkdaşı Kəlbəcər rayonunun Çıraq kəndi ərazisində piyada əleyhinə minaya "
        "düşüb."
    )
    claims = claims_of(text, "az", "https://metbuat.az/news/1455961/kelbecerde.html")
    assert claim_of(claims, "Belə ki").claimant_actor == "azerbaijan"
    assert claim_of(claims, "Aparılmış").claimant_actor == "azerbaijan"


def test_an_aside_about_a_known_person_leaves_them_the_speaker() -> None:
    # en-45e117d1f7: the aside between the name and its verb names no one else
    text = (
        "President Ilham Aliyev, an autocrat who has been cracking down on opposition "
        "parties and dissent, said in a May 28 speech marking the settlement of recaptured "
        "areas, “I have always said that our territorial integrity must be fully restored.”"
    )
    assert claim_of(claims_of(text, "en"), "President").claimant_actor == "azerbaijan"


def test_a_statement_named_by_its_document_is_the_last_speakers() -> None:
    # en-8089f46e3b: "..., the statement says" after the ministry named before
    text = (
        "Azerbaijani troops made an attempt to advance in the Sisian and Vardenis border "
        "areas (the Syunik and Gegargunik regions) in addition to the Sev Lich border "
        'section, Armenia’s Defense Ministry reported on Thursday. "On May 13, the '
        "Azerbaijani armed forces staged another provocation against the sovereign "
        "territory of Armenia, citing the ‘border adjustment’ again, attempting to advance "
        "their positions in the border areas of Vardenis and Sisian. In both cases, the "
        "advance was halted by the Armenian armed forces and a demand was issued to the "
        "Azerbaijani side to immediately leave the territory and return to the initial "
        'positions," the statement says.'
    )
    claims = claims_of(text, "en")
    assert claim_of(claims, '"On May 13').claimant_actor == "armenia"


def test_a_document_named_alone_with_no_speaker_before_stays_the_outlets() -> None:
    # never guess: "the statement says" with no one named before names no one
    text = (
        '"In both cases, the advance was halted by the Armenian armed forces and a demand '
        "was issued to the Azerbaijani side to immediately leave the territory and return "
        'to the initial positions," the statement says.'
    )
    assert claim_of(claims_of(text, "en"), '"In both').claimant_actor is None


HEADLINE_TAGS = [
    (  # hy-344b4c471a: "ՄԱԿ." tags the headline's quote; the lede names no one
        "hy",
        "ՄԱԿ. «Հանգստյան օրերին ԼՂ–ում զոհվել է առնվազն 33 մարդ»",
        "Հանգստյան օրերին Լեռնային Ղարաբաղում սկսված ռազմական գործողությունների հետևանքով "
        "զոհվել է առնվազն 33 մարդ, ավելի քան 200-ը՝ վիրավորվել:",
        "un",
    ),
    (  # ru-c4fdad318d: "X о Y", the ministry on the provocations
        "ru",
        "Минобороны Азербайджана о провокациях вооруженных сил Армении",
        "С вечера 13 ноября до утра 14 ноября подразделения армянских вооруженных сил с "
        "позиций в населенных пунктах Юхары Шорджа, Зеркенд, Азизли и Джермук "
        "Басаркечярского района периодически беспричинно подвергали интенсивному обстрелу "
        "из снайперских винтовок позиции Азербайджанской армии.",
        "azerbaijan",
    ),
    (  # en-a57c59d819: "Live updates:" names no one
        "en",
        "Live updates: New missile strike on Ganja as fighting continues",
        "Fighting is continuing for the 21st day over Nagorno-Karabakh, despite a ceasefire "
        "being agreed in Moscow.",
        None,
    ),
    (  # en-510bcad1c0: a tag naming both states is no one speaker
        "en",
        "Azerbaijan-Armenia latest: Armenian separatist army to disband and hand over weapons",
        "Armenian separatists in Nagorno-Karabakh have agreed to dissolve their army and hand "
        "over their weapons under a ceasefire with Azerbaijan.",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "headline", "lede", "actor"), HEADLINE_TAGS)
def test_a_headline_tagging_its_speaker_gives_the_lede_its_speaker(
    lang: str, headline: str, lede: str, actor: str | None
) -> None:
    page = dataclasses.replace(article(lede, lang), headline=headline)
    (claim,) = extract_claims(page, knowledge())
    assert claim.claimant_actor == actor


def test_an_adverbial_between_a_speaker_and_its_verb_leaves_the_speaker() -> None:
    # ru-f0d5ce7bd0: "по завершении трехсторонней встречи" between the name and "сказал"
    text = (
        "Сам Шарль Мишель по завершении трехсторонней встречи сказал журналистам, что "
        "Пашинян и Алиев пообщались также один на один."
    )
    assert claim_of(claims_of(text, "ru"), "Сам").claimant_actor == "eu"


def test_a_body_named_with_its_states_abbreviation_is_that_states() -> None:
    # ru-c4fdad318d: "Минобороны АР" (Азербайджанская Республика), data/actors.yaml
    text = (
        "Как сообщает пресс-служба Минобороны АР, в то же время незаконные армянские "
        "вооруженные отряды из населенного пункта Мухтаркенд на территории Азербайджана, где "
        "временно размещены российские миротворцы, без какой-либо причины периодически "
        "подвергали массированному обстрелу наши подразделения."
    )
    assert claim_of(claims_of(text, "ru"), "Как сообщает").claimant_actor == "azerbaijan"
