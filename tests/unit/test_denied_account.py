"""One claim per speaker (issue 21, point 2): a sentence that denies the other party's
account it names makes two claims, the denier's (the whole sentence) and the account's
owner's (the account it names), which dispute each other. Every excerpt is from a dev
article of the evaluation corpus (its id is given with each test)."""

from __future__ import annotations

import pytest
from test_attribution_spans import claims_of

from timeline.merge import mark_conflicts
from timeline.model import Claim

DAY = "2022-06-27"

# hy-f8c773db05: the Artsakh defence ministry's statement, then its denial of the
# Azerbaijani ministry's report, the speaker named two sentences before it
F8C = (
    "Հունիսի 27-ի ժամը 19:40-ի սահմաններում Ադրբեջանի ԶՈւ-ն Մարտակերտի շրջանի "
    "ուղղությամբ խախտել է հրադադարը` կիրառելով նաև ականանետ։ Հրադադարի խախտման մասին "
    "հաղորդվել է ՌԴ խաղաղապահ զորակազմի հրամանատարությանը։ Այս մասին հայտնում են Արցախի "
    "ՊՆ մամուլի ծառայությունից:\n\n"
    "Հրադադարի խախտումից հետո Ադրբեջանի ՊՆ տարածած հաղորդագրությունն այն մասին, թե իբր "
    "ՊԲ ստորաբաժանումները հունիսի 27֊ի ժամը 20։05-ի սահմաններում նույն վերը նշված "
    "ուղղությամբ կրակ են բացել ԱՀ Մարտակերտի շրջանի օկուպացված տարածքներում տեղակայված "
    "ադրբեջանական դիրքերի ուղղությամբ, ինչի հետևանքով իբր հրազենային վիրավորում է ստացել "
    "ադրբեջանցի զինծառայողը, չի համապատասխանում իրականությանը։"
)


def _starting(claims: list[Claim], start: str) -> Claim:
    (found,) = [c for c in claims if c.text.startswith(start)]
    return found


def test_a_denial_of_the_other_side_s_report_makes_two_claims_that_dispute() -> None:
    """The Azerbaijani ministry's report, told inside the Artsakh ministry's denial, is
    Azerbaijan's account, up to the clause that denies it; the whole sentence is the
    denial, the Artsakh ministry's: two claims, each with its side, disputing."""
    marked = mark_conflicts(claims_of(F8C, "hy"), DAY)
    denial = _starting(marked, "Հրադադարի խախտումից հետո")
    account = _starting(marked, "Ադրբեջանի ՊՆ տարածած")
    assert account.text.endswith("ստացել ադրբեջանցի զինծառայողը")
    assert (account.claimant, account.claimant_side) == ("Ադրբեջանի ՊՆ", "azerbaijan")
    assert denial.claimant_side == "armenia"
    assert (account.opposes, denial.opposes) == ("armenia", "azerbaijan")
    assert set(account.disputes) & set(denial.disputes)


@pytest.mark.parametrize(
    ("lang", "text", "start", "owner"),
    [
        (  # ru-e5b3915e3d: the owner after the word for the account, in the genitive
            "ru",
            "Ереван опроверг сообщение Баку о попытке диверсии армянских военных.",
            "сообщение Баку о попытке",
            "azerbaijan",
        ),
        (  # ru-e5b3915e3d: the owner named by its adjective, "стороны" after it
            "ru",
            "Министерство обороны Армении опровергло сообщение азербайджанской стороны о "
            "предотвращении совершения диверсии армянскими военными в зоне карабахского "
            "конфликта.",
            "сообщение азербайджанской стороны",
            "azerbaijan",
        ),
        (  # en-46df382a29: the owner in the possessive before "accusation"
            "en",
            "In response to the Armenian Defense Ministry's accusation of the Azerbaijani "
            "armed forces of opening fire on Armenian positions, the Azerbaijani Defense "
            "Ministry denied the accusation.",
            "Armenian Defense Ministry's accusation",
            "armenia",
        ),
    ],
)
def test_the_account_a_denial_names_is_its_owner_s(
    lang: str, text: str, start: str, owner: str
) -> None:
    claims = claims_of(text, lang)
    assert len(claims) == 2
    account = _starting(claims, start)
    assert account.claimant_side == owner
    assert claims[0].text == text and claims[0].claimant_side not in (None, owner)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # en-e84754b1c9: whose reports is not said (the Azerbaijani forces are what
        # they tell of, not who tells them)
        (
            "en",
            "The Armenian Defense Ministry denies the reports claiming that the Azerbaijani "
            "Armed Forces shot down a drone of the Armenian armed forces on Saturday.",
        ),
        # en-de7b2b4026: the account named, not what it says
        (
            "en",
            "The Armenian Foreign Ministry dismissed the Azerbaijani claims as "
            "“disinformation” and proposed an international investigation into the incident.",
        ),
        # ru-dabdf9ce10: what Aliyev's statement says names no Armenian side, nothing
        # said against the denier (the taking of Shusha)
        (
            "ru",
            "В Армении опровергли заявление президента Азербайджана Ильхама Алиева о том, "
            "что войска этой страны заняли город Шуши в Карабахе.",
        ),
        # hy-a1824fef9b: a third party's statement the Azerbaijani ministry denies
        (
            "hy",
            "Ադրբեջանի պաշտպանության նախարարությունը հերքել է ավելի վաղ ՌԴ ՊՆ-ի տարածած "
            "հայտարարությունը, ըստ որի՝ բանակցություններից հետո ադրբեջանական կողմը հետ է "
            "քաշել իր ստորաբաժանումները Փառուխ գյուղի շրջակայքից:",
        ),
    ],
)
def test_a_denial_without_the_other_party_s_account_stays_one_claim(lang: str, text: str) -> None:
    assert len(claims_of(text, lang)) == 1


# en-46df382a29, whole: Baku's account, its denial of Yerevan's (whose account it
# names), Yerevan's account in its own words
E46 = (
    "Baku, September 23 (QNA) - The Azerbaijani Defense Ministry announced today that the "
    "Armenian side has violated the truce signed a few days ago, after firing at several "
    "border posts between the two countries.\n\n"
    "In response to the Armenian Defense Ministry's accusation of the Azerbaijani armed "
    "forces of opening fire on Armenian positions, the Azerbaijani Defense Ministry denied "
    'the accusation, saying, "Armenia has violated the truce since last night, which forced '
    'the Azerbaijani army to respond." The ministry said, in a statement, that units of the '
    "Armenian forces fired at several border areas.\n\n"
    "On the other hand, the Armenian Ministry of Defense accused the Azerbaijani armed forces "
    "of opening fire at Armenian positions, in violation of the ceasefire agreement,saying "
    "that it responded to the shooting."
)


def test_the_account_a_denial_names_answers_no_other_account_first() -> None:
    """Yerevan's account as Baku's denial names it answers that denial; Baku's first
    account still disputes Yerevan's own, told two sentences on (the named account is
    the nearest of no other)."""
    marked = mark_conflicts(claims_of(E46, "en", "https://example.org/2022/09/23/x.html"), DAY)
    baku = _starting(marked, "Baku, September 23")
    named = _starting(marked, "Armenian Defense Ministry's accusation")
    denial = _starting(marked, "In response to")
    yerevan = _starting(marked, "On the other hand")
    assert set(named.disputes) & set(denial.disputes)
    assert set(baku.disputes) & set(yerevan.disputes)


# tr-23e128eaa7: the Azerbaijani ministry calls Armenia's statement (quoted before the
# word for it, as Turkish puts what a statement says) propaganda
T23 = (
    "Azerbaycan Savunma Bakanlığı'nın açıklamasında, Azerbaycan ordusunun işgalden "
    "kurtarılan bölgelerde mevzilerini güçlendirdiği belirtildi. Açıklamada, Ermenistan "
    'tarafının "Azerbaycan mutabakatı ihlal etti" şeklindeki beyanlarının, Ermenilerin '
    "ateşkes ihlaline ve yeni provakasyonlarına zemin hazırlamaya ve meydana gelebilecek "
    "olaylardan Azerbaycan'ı sorumlu tutmaya yönelik propaganda faaliyetleri olduğu ifade "
    "edildi."
)


def test_a_statement_called_propaganda_is_the_other_side_s_account() -> None:
    """Calling the other side's statement propaganda denies it: Armenia's statement,
    quoted inside, is Armenia's account, and disputes the ministry's answer."""
    marked = mark_conflicts(claims_of(T23, "tr"), DAY)
    account = _starting(marked, "Ermenistan tarafının")
    answer = _starting(marked, "Açıklamada")
    assert account.text.endswith("şeklindeki beyanlarının")
    assert (account.claimant_side, answer.claimant_side) == ("armenia", "azerbaijan")
    assert set(account.disputes) & set(answer.disputes)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # propaganda: the other party's words dismissed (as the Turkish ministry's
        # "kara propagandadan başka bir şey değildir", hurhaber.com, and tr-23e128eaa7),
        # in each language's usual wording
        (
            "tr",
            "Azerbaycan Savunma Bakanlığı, Ermenistan'ın iddialarının propaganda olduğunu "
            "açıkladı.",
            "armenia",
        ),
        (
            "en",
            "Azerbaijan's defence ministry said the Armenian statements were propaganda.",
            "armenia",
        ),
        ("ru", "Минобороны Азербайджана назвало заявления Еревана пропагандой.", "armenia"),
        (
            "fr",
            "Erevan a déclaré que les accusations de Bakou relevaient de la propagande.",
            "azerbaijan",
        ),
        ("az", "Müdafiə Nazirliyi bildirib ki, Ermənistanın iddiaları təbliğatdır.", "armenia"),
        ("hy", "ՀՀ ՊՆ-ն Ադրբեջանի հայտարարությունները քարոզչություն է որակել։", "azerbaijan"),
    ],
)
def test_propaganda_dismisses_the_other_party_s_words(lang: str, text: str, expected: str) -> None:
    (found,) = [c for c in claims_of(text, lang) if c.claimant_side]
    assert found.opposes == expected
