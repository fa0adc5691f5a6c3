"""Page furniture never becomes article text: reprint notices, view counters, a site's
maker, the headline repeated with its stamp, a list of other stories closing the page.
Real lines from dev-split articles (their ids) and from other outlets (named); the real
sentences beside them stay text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.ingest import (
    DEFAULT_OUTLETS_FILE,
    _menu_blocks,
    is_boilerplate,
    is_caption,
    load_outlets,
    read_seed,
)
from timeline.model import SourceArticle

REF = dt.date(2025, 1, 1)
OUTLETS = load_outlets(DEFAULT_OUTLETS_FILE)


def _read(tmp_path: Path, text: str) -> SourceArticle:
    path = tmp_path / "x.txt"
    path.write_text(text, encoding="utf-8")
    return read_seed(path, "seeds/x.txt", None, OUTLETS, REF)


def _text(article: SourceArticle) -> str:
    return "\n".join(s.text for s in article.sentences)


@pytest.mark.parametrize(
    "line",
    [
        # a reprint notice (az-53e55c18d6), and the class in the other languages
        "Xəbərdən istifadə edərkən istinad etmək vacibdir.",
        "Materiallardan istifadə zamanı mənbəyə istinad mütləqdir.",
        "Materialların icazəsiz istifadəsi qadağandır.",
        "Նյութերը մեջբերելիս հղումը պարտադիր է։",
        "При использовании материалов ссылка на сайт обязательна.",
        "Полное или частичное копирование материалов запрещено.",
        "Kaynak gösterilmeden kullanılamaz.",
        "Toute reproduction interdite.",
        "This material may not be published, broadcast, rewritten or redistributed.",
        # a comment form's notice (newarticlenews.com)
        "Your email address will not be published. Required fields are marked *",
        # view counters: az-5a68a35543, kulis.az, irates.am; the class elsewhere
        "Xəbər 598 dəfə oxunub.",
        "5472 dəfə oxunub",
        "Baxış sayı: 1 203",
        "Դիտվել է՝ 1720",
        "Просмотров: 598",
        "598 kez okundu",
        "Lu 598 fois",
        "Viewed 598 times",
        # the site's maker (az-36d644f3e2, fr-5e56a9b1bc), and the class
        "Mission News Theme by Compete Themes.",
        "powered by social2s",
        "Proudly powered by WordPress",
        "Разработка сайта — Студия 1",
    ],
)
def test_page_furniture_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "sentence",
    [
        # dev articles' sentences with a counter's or a notice's words in them
        # az-c6c93d9619
        "Ermənistan silahlı qüvvələri növbəti dəfə razılaşmanı kobud surətdə pozub.",
        "115 kez ihlal edildi",  # tr-23e128eaa7
        "Ancak bugün sabah saatlerinde Azerbaycan Savunma Bakanlığı tarafından yapılan açıklama "
        "dünden bu yana Ermenistan'ın ateşkesi 115 kez ihlal ettiği belirtildi.",  # tr-23e128eaa7
        "Bakou a de son côté accusé Erevan d'avoir utilisé des mortiers de 60 mm ainsi que "
        "d'autres armes et d'avoir \"violé le cessez-le-feu 125 fois\".",  # fr-781e07ea77
        # hy-7360f84540
        "Այս մասին հայտնում է ՏԱՍՍ-ը՝ հղում անելով Ադրբեջանի պաշտպանության նախարարությանը։",
        "Bir daha qeyd etmək istəyirəm ki, heç bir yeni hücum həyata keçirilməyib, bizim "
        "tərəfimizdən itkilər olmayıb.",  # az-5a68a35543
        "Использование кассетных боеприпасов запрещено конвенцией.",
        "Silahdan istifadə edərkən ehtiyatlı olmaq vacibdir.",
    ],
)
def test_article_sentences_stay_text(sentence: str) -> None:
    assert not is_boilerplate(sentence)


# tr-1b45992b40: the template repeats the headline under the lede with its stamps
HEADLINE = "Azerbaycan İle Ermenistan Sınırında Sıcak Çatışma! 7 Azerbaycan Askeri Şehit Oldu"
LEDE = (
    "Azerbaycan-Ermenistan sınırında dün gece başlayan çatışmaların ardından Azerbaycan "
    "ordusundan 7 askerin şehit olduğunu, 10 askerin yaralandığını duyuruldu."
)


def test_headline_repeated_with_its_stamp_is_no_text(tmp_path: Path) -> None:
    stamped = f"17.11.2021-10:49 - (Son Güncelleme: 17.11.2021-12:21) {HEADLINE}"
    article = _read(tmp_path, f"{HEADLINE}\n\n{LEDE}\n\n{stamped}\n\n{LEDE}\n")
    assert "Son Güncelleme" not in _text(article)
    assert "7 askerin şehit olduğunu" in _text(article)


def test_a_timed_entry_that_is_no_headline_stays(tmp_path: Path) -> None:
    entry = "10:49 Azerbaycan Savunma Bakanlığı 2 askerin yaralandığını açıkladı."
    article = _read(tmp_path, f"{HEADLINE}\n\n{LEDE}\n\n{entry}\n")
    assert "2 askerin yaralandığını" in _text(article)


# hy-77d35866d1 (Aysor.am): the author's latest stories under the text, in Russian
HY_TEXT = (
    "Հայաստանի և Ադրբեջանի միջև սահմանազատման աշխատանքների արդյունքում որոշվել է 12,7 կմ "
    "երկարությամբ սահմանագիծը։\n"
    "«Այդ հատվածներն այսօրվանից անցել են ադրբեջանցի սահմանապահների վերահսկողությանը»,- նշել "
    "է Մուստաֆաևը։\n"
)
TEASER = (
    "Страны ЕАЭС и Индия приняли решение начать консультации по проекту торгового "
    "соглашения. Об этом министр по торговле Евразийской эконом"
)


def test_list_of_other_stories_after_the_text_is_no_text(tmp_path: Path) -> None:
    page = f"Մուստաֆաև․ Սահմանազատում\n{HY_TEXT}Aysor.am\nПОСЛЕДНИЕ ОТ АВТОРА\n-\n"
    article = _read(tmp_path, f"{page}2025-06-26 20:14\n{TEASER}\n")
    assert "ЕАЭС" not in _text(article)
    assert "Մուստաֆաևը" in _text(article)


def test_list_heading_over_the_text_keeps_the_text(tmp_path: Path) -> None:
    # hy-344b4c471a opens with the site's news feed heading ("Լրահոս"), then the article
    article = _read(tmp_path, f"Լրահոս\n\n04.04.2016 11:00\n\n{HY_TEXT}")
    assert "Մուստաֆաևը" in _text(article)


def test_a_long_paragraph_ends_the_list(tmp_path: Path) -> None:
    # hy-344b4c471a: a paragraph longer than any teaser is the article's text again
    more = (
        "Հանգստյան օրերին Լեռնային Ղարաբաղում սկսված ռազմական գործողությունների հետևանքով "
        "զոհվել է առնվազն 33 մարդ, ավելի քան 200-ը՝ վիրավորվել: Այս մասին այսօր՝ ապրիլի 4-ին, "
        "հայտնել է ТАСС-ը՝ գերատեսչության հումանիտար հարցերի համակարգին հղումով:"
    )
    article = _read(tmp_path, f"{HY_TEXT}\nՎերջին նորություններ\n\n{more}\n")
    assert "հումանիտար" in _text(article)


@pytest.mark.parametrize(
    "line",
    [
        # shapes, whatever the words: dev articles' lines
        "(Belga)",  # fr-c3c7b2c223
        "— Hikmet Hajiyev (@HikmetHajiyev) October 16, 2020",  # az-99dca561be
        "-2°С Москва",  # ru-c7ccede808
        "window.yaContextCb.push( fu",  # ru-a7488412ba
        "• Gündəm • Hərbi",  # az-6d1672f02f
        "• Country:",  # en-23eb1e9c7e
        "• Azerbaijan",  # en-23eb1e9c7e
        "Femida.az",  # az-3278d8fde0
        "Oxuməni.az",  # az-72f550e6fb
        # ru-93aa7f2c52
        "Постоянный адрес новости: eadaily.com/ru/news/2021/05/28/erevan-oproverg-utverzhdeniya",
        # a photo's credit in brackets (en-63e64d14d9, ru-df28517d9d)
        "(photo credit: REUTERS)",
        "(Фото: РИА Новости)",
        # comment and page widgets (az-456b09689c, en-70b40460cc, fr-b539231065, hy-cf542d1e67)
        "Müzakirə qapadılmışdır.",
        "Back to top button",
        "Connexion rétablie...",
        "Պատուհանը կփակվի 6 վայրկյանից... Փակել",
        "Comments are closed.",
        # a relative stamp (ru-f0d5ce7bd0), and the class in the other languages
        "(2 часа назад)",
        "3 saat əvvəl",
        "3 saat önce",
        "il y a 2 heures",
        "2 hours ago",
        "2 ժամ առաջ",
    ],
)
def test_page_shapes_and_widgets(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "(He denied it.)",
        "• Azerbaijan said two soldiers were wounded.",
        "The temperature fell to -2°C in Stepanakert, where residents sheltered in basements.",
        # en-effce74eed: an appeal glued to the lede keeps the lede
        "Your support makes all the difference.Fighting between Armenian and Azerbaijani "
        "forces escalated on Tuesday, with Azerbaijan reporting seven more troops killed.",
    ],
)
def test_shapes_leave_sentences(sentence: str) -> None:
    assert not is_boilerplate(sentence)


BODY = (
    "Azerbaycan Savunma Bakanlığı, Ermenistan'ın ateşkesi ihlal ettiğini açıkladı.\n\n"
    "Bakanlık, iki askerin yaralandığını bildirdi.\n\n"
)


@pytest.mark.parametrize(
    ("credit", "wire"),
    [
        ("Kaynak: Anadolu Ajansı (AA)", "Anadolu Agency"),  # tr-bb990ad3e7
        ("Kaynak: AA", "Anadolu Agency"),
        ("Mənbə: APA", "APA"),
        ("Աղբյուրը՝ Արմենպրես", "Armenpress"),
        ("/TASS/", "TASS"),
        ("(AFP)", "AFP"),
    ],
)
def test_source_and_agency_lines_credit_the_wire(tmp_path: Path, credit: str, wire: str) -> None:
    article = _read(tmp_path, f"{BODY}{credit}\n")
    assert article.wire == wire
    assert article.outlet is None
    assert credit.strip("()/") not in _text(article)


def test_list_after_text_ending_on_armenian_colons(tmp_path: Path) -> None:
    # hy-344b4c471a: the text's sentences end on ":", then the section's latest stories
    text = (
        "Հանգստյան օրերին Լեռնային Ղարաբաղում սկսված ռազմական գործողությունների հետևանքով "
        "զոհվել է առնվազն 33 մարդ, ավելի քան 200-ը՝ վիրավորվել:\n\n"
    )
    article = _read(tmp_path, f"{text}7or.am\n\nԱյս խորագրի վերջին նյութերը\n")
    assert "խորագրի" not in _text(article)
    assert "զոհվել է առնվազն 33 մարդ" in _text(article)


@pytest.mark.parametrize(
    ("paragraph", "caption"),
    [
        # en-63e64d14d9: a caption closed by its credit in brackets
        (
            "Ethnic Armenian soldiers stand in a trench at their position near "
            "Nagorno-Karabakh's town of Martuni. (photo credit: REUTERS)",
            True,
        ),
        ("Обломки подбитого азербайджанского вертолета (Фото: РИА Новости)", True),
        # two sentences of text before the brackets: no caption
        ("The ministry said two soldiers died. Another was wounded (photo: AFP)", False),
        ("Two soldiers died, the ministry said (citing Reuters).", False),
    ],
)
def test_caption_closed_by_its_credit(paragraph: str, caption: bool) -> None:
    assert is_caption(paragraph, OUTLETS) is caption


@pytest.mark.parametrize(
    "line",
    [
        # a link's arrows opening a line (fr-c76fc3523d), and the class
        ">> LIRE AUSSI - L'Azerbaïdjan annonce procéder avec la Russie à une «démilitarisation» "
        "des forces du Nagorny Karabakh",
        "► Читайте также: Армения и Азербайджан обменялись пленными",
        "→ Read more: Azerbaijan and Armenia agree to a ceasefire",
        # a notice to the reader's browser (az-1abe354639, en-0f108ab9f3), in any language
        "You must enable Javascript on your browser for the site to work optimally and "
        "display sections completely.",
        "Please ensure Javascript is enabled for purposes of website accessibility",
        "Для корректной работы сайта включите JavaScript в браузере.",
    ],
)
def test_links_and_browser_notices(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "sentence",
    [
        # one ">" is a quotation's mark, not a link's
        "> Armenian forces shelled our positions, the ministry said.",
        "« Nous ne céderons pas », a déclaré le Premier ministre arménien.",
        "Le ministère a annoncé la mort d'un soldat azéri après une embuscade.",
    ],
)
def test_arrows_and_notices_leave_sentences(sentence: str) -> None:
    assert not is_boilerplate(sentence)


def test_a_list_of_titles_under_a_label_is_no_text(tmp_path: Path) -> None:
    # az-1afa1b35d2: "Read also:" and four titles behind dashes, between the text's lines
    text = (
        "Ermənistan tərəfi bu barədə hələlik heç bir məlumat paylaşmayıb.\n"
        "Həmçinin oxuyun:\n"
        "- Minsk qrupu həmsədrləri Qarabağdadır\n"
        "- Bakı-Ankara-Tbilisi üçlüyü: əməkdaşlığın hərbi aspekti\n"
        "- Qarabağda vəziyyət təhlükəlidirmi?\n"
        "- Qarabağ münaqişəsi: artan məyusluq və müharibə təhlükəsi\n"
        "Ermənistan və Azərbaycan 20 ildən çoxdur ki Dağlıq Qarabağ uğrunda silahlı "
        "münaqişədədir.\n"
    )
    found = _text(_read(tmp_path, text))
    assert "təhlükəlidirmi" not in found and "məyusluq" not in found
    assert "hələlik heç bir məlumat paylaşmayıb" in found
    assert "20 ildən çoxdur" in found


def test_a_list_of_the_fallen_under_a_label_stays(tmp_path: Path) -> None:
    # az-6d1672f02f: the names behind dashes end with ";", in lower case: no titles
    text = (
        "Müdafiə Nazirliyi döyüşlərdə şəhid olan hərbçilərin adlarını açıqlayıb.\n"
        "Şəhidlər:\n"
        "- polkovnik Mirzəyev İlqar Anzor oğlu;\n"
        "- mayor Əhmədov Namiq Hajan oğlu;\n"
        "- gizir Zeynallı İlqar Ayaz oğlu.\n"
    )
    assert "Mirzəyev" in "\n".join(_read(tmp_path, text).paragraphs)


def test_a_path_before_the_title_repeated_is_no_text(tmp_path: Path) -> None:
    # hy-d68ef2b15c: the page's path ("home", a category) before the title, then the title
    title = "ԼՂՀ-ի ողջ սահմանի երկայնքով ընթանում են մարտեր. Արծրուն Հովհաննիսյան"
    text = (
        f"տուն Uncategorized {title}\n\n{title}\n\n"
        "Պաշտպանության նախարարության խոսնակ Արծրուն Հովհաննիսյանը հայտնել է, որ մարտերը "
        "շարունակվում են ողջ սահմանի երկայնքով:\n"
    )
    article = _read(tmp_path, text)
    assert "Uncategorized" not in "\n".join([article.headline or "", *article.paragraphs])
    assert "շարունակվում են" in _text(article)


@pytest.mark.parametrize(
    "line",
    [
        # a related label in capitals opening a line of titles (hy-85fc176a88), and alone
        "ԿԱՐԴԱՑԵՔ ՆԱԵՎ Վարչապետն այցելեց Բաղանիս, Ոսկեպար և Կիրանց (թարմացված) ԿԱՐԴԱՑԵՔ "
        "ՆԱԵՎ Հայաստանի ու Ադրբեջանի սահմանապահներն այսօրվանից ստանձնում են",
        "READ ALSO Baku says the situation on the border is calm",
        "ЧИТАЙТЕ ТАКЖЕ Пашинян провел заседание Совбеза",
        # a caption closed by its photo's label (ru-5497e29711, ru-1e15b84bd9), the class
        "Армянские военные в Карабахе. Фото иллюстративное.",
        "Армянские военные в Карабахе. Фото иллюстративное. Фото: SCANPIX",
        "Оружие солдат армии Нагорного Карабаха. Фото: © PAN Photo / Karo Sahakyan",
        "Des soldats arméniens près de Latchine. Photo d'illustration.",
        "Sınırda nöbet tutan askerler. Foto: Arşiv.",
        # the label, then straight after it a credit of names joined by slashes (the
        # pubdate-pages sample, lorientlejour.com), the class in other languages
        "Un véhicule et un immeuble endommagés par des bombardements, le 3 octobre 2020 dans "
        "la grande ville de Stapanakert, dans la région de Nagorny Karabakh. Photo David "
        "Ghahramanyan/NKR InfoCenter/PAN Photo/ Handout via Reuters",
        "Разрушенный дом в Степанакерте. Фото Давид Гаранян/PAN Photo",
        "Destroyed houses in Stepanakert. Photo Karen Minasyan/AFP",
        # a call to subscribe closing a line (tr-f8fb6d79ac)
        "Hem aradığınız haberlere hızlıca ulaşabilmek hem de Haber3.com'a destek olmak için "
        "Google News'te Haber3.com'a abone olun.",
        "Haber3'e Google News'te abone olun",
    ],
)
def test_labels_captions_and_calls_of_other_outlets(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "sentence",
    [
        # a sentence opened in capitals goes on in capitals
        "MORE THAN 100 soldiers were killed, the ministry said.",
        # a lower-case label is running text
        "Read also the statement of the ministry, which said the border was calm.",
        # a news sentence, then a photo's word that is no label closing a caption
        "Армия сообщила о потерях. Видео прилагается.",
        "Он опубликовал видео.",
        # two sentences of news before a photo's credit: no caption
        "Минобороны Армении сообщило о гибели военного. Огонь прекратился к вечеру. Фото: ТАСС",
        # a photo's word then lower-case words: no credit of names
        "L'Arménie a annoncé samedi la mort de 51 soldats. Photo de la semaine/24 heures.",
    ],
)
def test_labels_captions_and_calls_leave_sentences(sentence: str) -> None:
    assert not is_boilerplate(sentence)


# Pages of outlets neither in the corpus nor in tests/data/pubdate-pages.yaml before (round
# 8): the lines an editor reads as the page's and never as the article's, under the text.
FURNITURE_PAGES = [
    (  # sfera.az: teasers cut short with an ellipsis under "OXŞAR XƏBƏRLƏR"
        "Şuşa azad ediləndən sonra Xankəndidə cəmi 7 nəfər qalıbmış\n\n"
        "Sfera.az xəbər verir ki, bunu qəzetin müxbiri Rusiya sülhməramlı qüvvələrinin "
        "nəzarətində olan ərazidə hazırladığı reportajda bildirib.\n\nOXŞAR XƏBƏRLƏR\n\n"
        "Aprel çağırışı yekunlaşır - FOTO\n\n"
        "“ABŞ-nin “ATACMS” raketlərinin Ukraynaya verilməsinə haqq qazandırmaq olmaz, çünki bu, "
        "Krım və Rusiyanın digər regionları üçün təhlükəsizlik t...\n\n"
        "Təbrizdə Ermənistanın Baş konsulluğu açılacaq\n\n"
        "Yaxın vaxtlarda Təbrizdə Ermənistanın Baş konsulluğu açılacaq.   Sfera.az “Sputnik "
        "Armenia”ya istinadən xəbər verir ki, hökumətin bu gün ...\n",
        ["ATACMS", "Təbrizdə"],
        "hazırladığı reportajda bildirib",
    ),
    (  # cumhuriyet.com.tr: titles behind dashes under "En Çok Okunan Haberler", one ends on "!"
        "Azerbaycan-Ermenistan sınırında gerginlik\n"
        "Azerbaycan Savunma Bakanlığı, Kelbecer istikametinde başlatılan provokasyon nedeniyle "
        "sınırda durumun gerginleştiğini duyurdu.\nEn Çok Okunan Haberler\n"
        "- Fatih Altaylı ve İsmail Saymaz'a soruşturma\n- Albaya verilen ceza belli oldu!\n"
        "- Teğmenlerin avukatlarından açıklama geldi!\n",
        ["Albaya", "Teğmenlerin"],
        "durumun gerginleştiğini duyurdu",
    ),
    (  # gundemxeber.az: a poll's box and its question
        "Qarabağda ermənilərdən daha bir təxribat\n"
        "Dünən isə ermənilər növbəti təxribata əl atıblar, separatçıların nümayəndəsi deyib.\n"
        "Sorğu\nHansı bölmədə daha çox xəbər görmək istərdiniz?\n",
        ["Hansı bölmədə"],
        "növbəti təxribata əl atıblar",
    ),
    (  # boursorama.com: a comment box's notices
        "Le Haut-Karabakh, une poudrière aux portes de l'Europe\n\n"
        "Lieu de tensions entre l'Arménie et l'Azerbaïdjan, cet ex-territoire soviétique est "
        "devenu une véritable poudrière.\n\nVous devez être membre pour ajouter des commentaires.\n"
        "Devenez membre, ou connectez-vous.\nAucun commentaire n'est disponible pour l'instant\n",
        ["membre", "Aucun commentaire"],
        "véritable poudrière",
    ),
    (  # arcakh24.info, tur.az24saat.org: "leave a reply", "back to top"
        "Ադրբեջանական ստորաբաժանումները այսօր կրակ են բացել Երասխի ուղղությամբ, ինչի "
        "հետևանքով հրդեհվել է խոտի դեզ։\nԹողնել պատասխան\n",
        ["Թողնել"],
        "կրակ են բացել",
    ),
    (
        "Ermeni Silahlı Kuvvetleri Azerbaycan’a ait Daşkesen, Kelbecer ve Laçın yönünde büyük "
        "çaplı sabotaj eylemi gerçekleştirdi.\n\nBaşa dön tuşu\n",
        ["Başa dön"],
        "sabotaj eylemi",
    ),
    # round 9: pages of outlets neither in the corpus nor in tests/data/pubdate-pages.yaml
    # before it
    (  # imecegazetesi.com: a teaser's title written twice on its line, among the text
        "Azerbaycan ordusu dün Karabağ'da antiterör operasyonu başlattı.\n\n"
        "İsrail'in Beyrut'a Saldırısında Hizbullah Yetkilisi Hayatını Kaybetti İsrail'in "
        "Beyrut'a Saldırısında Hizbullah Yetkilisi Hayatını Kaybetti\n\n"
        "Azerbaycan Savunma Bakanlığı, Karabağ'da ateşkes anlaşmasının Rus barış gücünün de "
        "katılımıyla gerçekleştiğini belirtti.\n",
        ["Hizbullah"],
        "ateşkes anlaşmasının",
    ),
    (  # past.am: a ranked list ("most read") under the text, bare numbers before titles
        "Նա նաև հայտարարեց, որ Ստեփանակերտ քաղաքը չի տարհանվում։\n1\n"
        "9-րդ դասարանի աշակերտը մահացել է դպրոցի զուգարանում՝ դասամիջոցի ժամանակ\n2\n"
        "Զոհ ու վիրավորներ կան․ ողբերգական ավտովթար՝ Արմավիրի մարզում\n3\n"
        "Բուք, ձնախառն անձրև, ցածր հորիզոնական տեսանելիություն․ եղանակն այս օրերին\n",
        ["աշակերտը", "ավտովթար", "եղանակն"],
        "Ստեփանակերտ քաղաքը չի տարհանվում",
    ),
    # round 10
    (  # fr-0e3fc4a852: a related label alone on its line, another story's title under it,
        # and the text going on after it
        "Bakou a déclaré que le bombardement était une réponse aux provocations de l'armée "
        "arménienne.\nA lire aussi\nReprise des combats entre l'Azerbaïdjan et l'Arménie, les "
        "Etats-Unis appellent la Russie au secours\nSelon le ministère azerbaïdjanais de la "
        "défense, des unités arméniennes ont tiré avec diverses armes.\n",
        ["Reprise des combats", "A lire aussi"],
        "ont tiré avec diverses armes",
    ),
    (  # median.az: a news ticker, titles after their clock times
        "Azərbaycanla Ermənistan arasında atəşkəs olmasına baxmayaraq, münaqişə davam edir.\n"
        "20:15 Bakıda köhnə tikililərdə kəskin bahalaşma dövrü başa çatır  |     20:10 İki "
        "günlük icazə aldı, amma həbsxanaya qayıtmadı  |     20:02 Azərbaycan yığması "
        "qələbə qazandı\n",
        ["Bakıda köhnə", "həbsxanaya"],
        "münaqişə davam edir",
    ),
    (  # ru-a67a494a4b (kommersant): the details are another page's
        "Армения и Азербайджан обвинили друг друга в обстреле позиций на границе.\n"
        "Подробности — в материале «Ъ» «И в мир продолжается бой».\n",
        ["Подробности"],
        "обвинили друг друга",
    ),
]


@pytest.mark.parametrize(("text", "gone", "kept"), FURNITURE_PAGES, ids=lambda v: str(v)[:30])
def test_furniture_of_outlets_never_seen(
    tmp_path: Path, text: str, gone: list[str], kept: str
) -> None:
    read = _text(_read(tmp_path, text))
    assert kept in read
    assert not [line for line in gone if line in read]


def test_the_title_again_as_the_pages_keywords_is_no_text(tmp_path: Path) -> None:
    """The template's tag line under the text (the pubdate-pages sample, aydinlik.com.tr):
    the headline again, then more phrases, each closed by a comma."""
    article = _read(
        tmp_path,
        "Azerbaycan askeri, Karabağ'da Ermeni silah konvoyunu yakaladı, çatışma çıktı\n\n"
        "Azerbaycan Savunma Bakanlığı, Karabağ'da Azerbaycan askerleri ile Ermeni güçleri "
        "arasında çatışma çıktığını, her iki taraftan ölü ve yaralıların olduğunu duyurdu.\n\n"
        "Azerbaycan askeri, Karabağ'da Ermeni silah konvoyunu yakaladı, çatışma çıktı, "
        "Azerbaycan askerlerleri ile ermeni güçleri niçin çatıştı,\n",
    )
    assert "duyurdu" in _text(article)
    assert "niçin" not in _text(article)


def test_the_title_again_in_a_sentence_stays(tmp_path: Path) -> None:
    """The headline opening a sentence of the text that ends as a sentence: text."""
    article = _read(
        tmp_path,
        "Armenia says two soldiers killed on the border\n\n"
        "The Armenian Defence Ministry said two soldiers were killed overnight.\n\n"
        "Armenia says two soldiers killed on the border, and Azerbaijan denies it.\n",
    )
    assert "denies it" in _text(article)


# Round 12: furniture told by the shape of its line or block, measured on every annotated
# furniture line and claim sentence of writable dev.


@pytest.mark.parametrize(
    "line",
    [
        # a caption glued to its photo's label, the break between them lost (ru-7632e9944f)
        "Фото ракетного удара по цели в Нагорном Карабахе, распространенное Минобороны "
        "АзербайджанаФото: Defense Ministry of Azerbaijan/AP/picture alliance",
        # the class in other languages
        "Soldiers in a trench near the border in Tavush provincePhoto: Staff/Reuters",
        "Des soldats arméniens près de LatchineCrédit photo: AFP/Karen Minasyan",
        # the editor's disclaimer of the opinions the page prints (ru-bcd57ac36d), the class
        "Мысли и позиции, опубликованные на сайте, являются собственностью авторов, и могут "
        "не совпадать с точкой зрения редакции BlogNews.am.",
        "The views expressed in this article do not necessarily reflect the views of the "
        "editorial board.",
        "Les opinions exprimées dans cette tribune n'engagent que leurs auteurs.",
    ],
)
def test_glued_captions_and_disclaimers(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "sentence",
    [
        # a label's word glued to a name, no colon and credit after it
        "Министерство обороны Азербайджана опубликовало ВидеоФото удара.",
        # a video's label after a sentence's end, then a sentence: a caption has one
        "Минобороны Армении сообщило о гибели военного. Огонь прекратился. Видео: ТАСС",
        # a side's statement that a report does not reflect its position stays
        "The ministry said the report does not reflect the position of Azerbaijan.",
        "Он заявил, что позиция Баку может не совпадать с позицией Москвы.",
    ],
)
def test_glued_labels_and_disclaimers_leave_sentences(sentence: str) -> None:
    assert not is_boilerplate(sentence)


def test_an_advertisements_block_is_no_text(tmp_path: Path) -> None:
    """en-8d6d61f1d8 (inkl): an advertisement's block over the title, its slogans ending
    with full stops among items of a few capitalised words; the title after it is found."""
    article = _read(
        tmp_path,
        "Get all your news in one place.\n100’s of premium titles.\nOne app.\nStart reading\n"
        "Reuters\nReuters\nPolitics\n\nAzerbaijan denies firing at Armenian positions\n\n"
        "Azerbaijan's defence ministry on Tuesday denied accusations by Armenia that it had "
        "fired across the border at Armenian positions.\n\nThe ministry said it was in "
        "contact with the Russian side on the issue.\n",
    )
    text = _text(article)
    assert "premium titles" not in text and "One app" not in text and "all your news" not in text
    assert "denied accusations by Armenia" in text
    assert article.headline == "Azerbaijan denies firing at Armenian positions"


@pytest.mark.parametrize(
    ("lines", "blanked"),
    [
        # az-5b00: names in capitals on short lines, but the sentence goes on in lower case
        (
            [
                "Xatırladaq ki, 2023-cü il dekabrın 7-də Azərbaycan",
                "Respublikası Prezidentinin",
                "Administrasiyası və",
                "Ermənistan Respublikası",
                "Baş nazirinin Aparatı",
                "arasında aparılmış",
                "danışıqların nəticəsində razılıq əldə olunub.",
            ],
            [],
        ),
        # en-8d6d61f1d8: an advertisement's block, then a blank line and the title
        (
            ["Get all your news in one place.", "100’s of premium titles.", "One app.",
             "Start reading", "Reuters", "Politics", "", "Azerbaijan denies firing"],
            [0, 1, 2, 3, 4, 5],
        ),
        # two items are no menu, even with a short sentence beside them
        (["Politics", "World"], []),
        (["ANKARA", "AA", "Armenia says a soldier was killed."], []),
        (
            ["The ministry said two soldiers were killed.", "Baku denied it.", "Reuters"],
            [],
        ),
    ],
)
def test_menu_blocks(lines: list[str], blanked: list[int]) -> None:
    out = list(lines)
    _menu_blocks(lines, out)
    assert [i for i, line in enumerate(out) if line != lines[i]] == blanked
