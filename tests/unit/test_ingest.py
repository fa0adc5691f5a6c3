"""Seed file -> SourceArticle: the five seeds against the gold file, every form, bad input."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml
from bad_seeds import REFERENCE_DATE, make_bad_seed_folder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import ingest
from timeline.ingest import (
    DEFAULT_OUTLETS_FILE,
    Outlets,
    detect_language,
    load_outlets,
    read_seed,
    read_seeds,
)
from timeline.metadata import SeedMetadata
from timeline.model import SourceArticle

ROOT = Path(__file__).resolve().parents[2]
GOLD = yaml.safe_load((ROOT / "tests" / "data" / "seeds.yaml").read_text(encoding="utf-8"))
REF = dt.date(2025, 1, 1)
OUTLETS = load_outlets(DEFAULT_OUTLETS_FILE)
BODY = "The council approved the budget on Monday.\n\nOfficials said the plan was final.\n"


def _read(
    tmp_path: Path,
    text: str | bytes,
    name: str = "x.txt",
    meta: SeedMetadata | None = None,
    ref: dt.date = REF,
    outlets: Outlets = OUTLETS,
) -> SourceArticle:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return read_seed(path, f"seeds/{name}", meta, outlets, ref)


def _all_text(article: SourceArticle) -> str:
    return "\n".join([*article.paragraphs, *(s.text for s in article.sentences)])


def _messages(article: SourceArticle) -> str:
    return "\n".join(str(p) for p in article.problems)


# ---------------------------------------------------------------- the five seeds vs gold


@pytest.fixture(scope="module")
def seeds() -> dict[str, SourceArticle]:
    articles, problems = read_seeds(ROOT / "seeds", REF)
    assert problems == []
    return {a.id[:3]: a for a in articles}


def test_seeds_are_read_in_name_order() -> None:
    articles, _ = read_seeds(ROOT / "seeds", REF)
    assert [a.file for a in articles] == sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    assert all(a.id == Path(a.file).stem for a in articles)


def _same_outlet(expected: str, actual: str | None) -> bool:
    if actual is None:
        return False
    a, b = OUTLETS.find(expected), OUTLETS.find(actual)
    return (a is not None and a == b) or expected.casefold() in actual.casefold()


@pytest.mark.parametrize("key", sorted(GOLD["articles"]))
def test_seed_matches_gold(seeds: dict[str, SourceArticle], key: str) -> None:
    gold = GOLD["articles"][key]
    article = seeds[key]
    published = gold.get("published") or gold.get("published_true")
    assert (article.published.isoformat() if article.published else None) == published
    if gold.get("published_from"):
        assert article.published_from == gold["published_from"]
    elif gold.get("published_true"):
        assert article.published_from == "metadata"
    else:
        assert article.published_from is None
        assert any(p.message == "no publication date" for p in article.problems)
    assert article.headline == gold.get("headline")
    assert article.wire == gold.get("wire")
    if gold.get("outlet"):
        assert _same_outlet(gold["outlet"], article.outlet), article.outlet
    else:
        assert article.outlet is None
    assert article.author == gold.get("author")
    assert article.language == gold["language"]
    if gold.get("cites"):
        assert gold["cites"] in article.cites
    assert article.sentences and article.status in ("ok", "warning")
    for note in gold.get("not_article_text", []):
        for quoted in re.findall(r'"([^"]+)"', note):
            fragment = quoted.replace("...", "").strip()
            assert fragment not in _all_text(article), fragment


@pytest.mark.parametrize(
    ("key", "not_text"),
    [
        ("000", ["date 2021-11-16", "By AFP", "Last updated"]),
        ("001", ["cookies", "Accept Read More"]),
        ("002", ["Related article", "Armenia Seeks Russian Military Aid"]),
        ("003", ["MEHR:"]),
        ("004", ["WORLD", "By Alican", "November 17, 2021", "SOURCE:", "TRTWorld"]),
    ],
)
def test_seed_boilerplate_is_not_text(
    seeds: dict[str, SourceArticle], key: str, not_text: list[str]
) -> None:
    for fragment in not_text:
        assert fragment not in _all_text(seeds[key])


@pytest.mark.parametrize("key", ["000", "001", "002"])
def test_seed_subheading_is_not_a_sentence(seeds: dict[str, SourceArticle], key: str) -> None:
    texts = [s.text for s in seeds[key].sentences]
    assert not any(t in ("Appeals to Moscow", "Calls to Moscow") for t in texts)


def test_003_headline_and_lede_once(seeds: dict[str, SourceArticle]) -> None:
    article = seeds["003"]
    assert article.headline is not None
    assert article.headline not in article.paragraphs
    lede = "Armenia and Azerbaijan have reported new border clashes"
    assert sum(lede in p for p in article.paragraphs) == 1
    assert article.paragraphs[0].startswith(lede)


def test_002_wrapped_lines_are_rejoined(seeds: dict[str, SourceArticle]) -> None:
    article = seeds["002"]
    assert article.paragraphs[0] == (
        "Armenia and Azerbaijan on Tuesday reached a Russia-brokered ceasefire, ending "
        "hostilities that erupted earlier in the day along their border, the defense ministry "
        "in Yerevan said."
    )
    assert any(
        p.endswith("called on all parties to respect the agreements that were reached in "
                   "November 2020.")
        for p in article.paragraphs
    )  # fmt: skip
    assert any(p.startswith('"Under the mediation') for p in article.paragraphs)
    assert all(not p.startswith(" ") and "  " not in p for p in article.paragraphs)


def test_004_standfirst_is_text_and_dateline_agrees(seeds: dict[str, SourceArticle]) -> None:
    article = seeds["004"]
    assert article.paragraphs[0].startswith("At least seven Azerbaijani soldiers")
    assert article.problems == ()


def test_sentence_indices_are_anchors(seeds: dict[str, SourceArticle]) -> None:
    for article in seeds.values():
        assert [s.index for s in article.sentences] == list(range(len(article.sentences)))
        paragraphs = [s.paragraph for s in article.sentences]
        assert paragraphs == sorted(paragraphs)
        assert set(paragraphs) == set(range(len(article.paragraphs)))


def test_reading_is_deterministic() -> None:
    assert read_seeds(ROOT / "seeds", REF) == read_seeds(ROOT / "seeds", REF)


# ---------------------------------------------------------------- header line


@pytest.mark.parametrize(
    ("header", "published", "wire", "author", "outlet"),
    [
        (" date 2021-11-16 By AFP - Nov 16,2021 - Last updated at Nov 16,2021", "2021-11-16",
         "AFP", None, None),
        ("date 2021-11-16 WORLD", "2021-11-16", None, None, None),
        ("  date 2020-01-05 POLITICS, EUROPE", "2020-01-05", None, None, None),
        ("date 2021-11-16 By Reuters", "2021-11-16", "Reuters", None, None),
        ("date 2021-11-16 By Agence France-Presse | Updated", "2021-11-16", "AFP", None, None),
        ("date 2021-11-16 By Jane Doe - Nov 16, 2021", "2021-11-16", None, "Jane Doe", None),
        ("date 2021-11-16 By Jane Doe, AFP", "2021-11-16", "AFP", "Jane Doe", None),
        ("date: 2021-11-16", "2021-11-16", None, None, None),
        ("date 2021-1-6 WORLD", "2021-01-06", None, None, None),
    ],
)  # fmt: skip
def test_header_line(
    tmp_path: Path,
    header: str,
    published: str,
    wire: str | None,
    author: str | None,
    outlet: str | None,
) -> None:
    article = _read(tmp_path, f"{header}\n\n{BODY}")
    assert article.published == dt.date.fromisoformat(published)
    assert article.published_from == "header"
    assert (article.wire, article.author, article.outlet) == (wire, author, outlet)
    assert article.problems == ()
    assert "date" not in article.paragraphs[0]
    assert article.paragraphs[0] == "The council approved the budget on Monday."


def test_header_line_needs_no_blank_line_after_it(tmp_path: Path) -> None:
    article = _read(tmp_path, " date 2021-11-17 WORLD\nA headline about the budget\n" + BODY)
    assert article.headline == "A headline about the budget"
    assert article.published == dt.date(2021, 11, 17)


@pytest.mark.parametrize(
    "text",
    [
        "Date palms grew well this year, officials said.\n",  # "Date" is a word here
        "The date 2021-11-16 was chosen for the vote.\n",
    ],
)
def test_no_header_in_ordinary_text(tmp_path: Path, text: str) -> None:
    article = _read(tmp_path, text)
    assert article.published is None
    assert article.paragraphs == (text.strip(),)


# ---------------------------------------------------------------- headline


@pytest.mark.parametrize(
    ("text", "headline", "first"),
    [
        ("Severe clashes erupt on the border\n\n" + BODY, "Severe clashes erupt on the border",
         "The council"),
        ("Severe clashes erupt on the border\n" + BODY, "Severe clashes erupt on the border",
         "The council"),
        ("Is peace possible in the region?\n\n" + BODY, "Is peace possible in the region?",
         "The council"),
        # starts straight with the lede: no headline
        (BODY, None, "The council"),
        ("The council approved the budget on Monday, officials said.\n\nMore text.", None,
         "The council"),
        # a section label before the headline is dropped
        ("WORLD\n\nCouncil approves the budget\n\n" + BODY, "Council approves the budget",
         "The council"),
        # repeated headline and repeated lede are kept once
        ("Council approves the budget\n\nThe council approved the budget on Monday.\n\n"
         "Council approves the budget\n\nThe council approved the budget on Monday.\n\n"
         "Officials said the plan was final.", "Council approves the budget", "The council"),
        # a headline-like line alone is text, not a headline
        ("Council approves the budget", None, "Council approves"),
    ],
)  # fmt: skip
def test_headline(tmp_path: Path, text: str, headline: str | None, first: str) -> None:
    article = _read(tmp_path, text)
    assert article.headline == headline
    assert article.paragraphs[0].startswith(first)
    if headline:
        assert headline not in article.paragraphs
    assert len(set(article.paragraphs)) == len(article.paragraphs)


def test_markdown_heading_is_the_headline(tmp_path: Path) -> None:
    article = _read(tmp_path, "# Council approves the budget\n\n" + BODY, name="x.md")
    assert article.headline == "Council approves the budget"


# ---------------------------------------------------------------- bylines and datelines


@pytest.mark.parametrize(
    ("line", "author", "wire", "outlet"),
    [
        ("By Alican Tekingunduz", "Alican Tekingunduz", None, None),
        ("By Jane Doe and John Smith", "Jane Doe and John Smith", None, None),
        ("BY JANE DOE", "JANE DOE", None, None),
        ("By Jean de La Fontaine", "Jean de La Fontaine", None, None),
        ("By AFP", None, "AFP", None),
        ("By Reuters Staff", None, "Reuters", None),
        ("By The Associated Press", None, "AP", None),
        ("By Jane Doe, Reuters", "Jane Doe", "Reuters", None),
        ("By Jane Doe in Yerevan", "Jane Doe in Yerevan", None, None),
        ("By TRT World", None, None, "TRT World"),
        ("Müəllif: Elnur Həsənov", "Elnur Həsənov", None, None),
        ("Հեղինակ՝ Աննա Գրիգորյան", "Աննա Գրիգորյան", None, None),
        # the outlet right after the names, with no comma
        ("By JANE DOE and JOHN SMITH Associated Press", "JANE DOE and JOHN SMITH", "AP", None),
        ("By Jane Doe Reuters", "Jane Doe", "Reuters", None),
    ],
)
def test_byline(
    tmp_path: Path, line: str, author: str | None, wire: str | None, outlet: str | None
) -> None:
    article = _read(tmp_path, f"Council approves the budget\n{line}\n\n{BODY}")
    assert (article.author, article.wire, article.outlet) == (author, wire, outlet)
    assert line not in _all_text(article)
    assert article.headline == "Council approves the budget"


@pytest.mark.parametrize(
    "text",
    [
        # "By" starting a sentence or a wrapped line is text
        "By Tuesday evening, the army had withdrawn.\n",
        "By the time officials arrived the talks had ended.\n",
        "The talks were delayed for a week and then cancelled outright, and finally\n"
        "By Monday it was over.\n",
    ],
)
def test_by_in_text_is_not_a_byline(tmp_path: Path, text: str) -> None:
    article = _read(tmp_path, text)
    assert article.author is None and article.wire is None
    assert "By" in _all_text(article)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("November 17, 2021", "2021-11-17"),
        ("Nov 17, 2021", "2021-11-17"),
        ("Nov. 17, 2021", "2021-11-17"),
        ("17 November 2021", "2021-11-17"),
        ("Wednesday, November 17, 2021", "2021-11-17"),
        ("November 17, 2021 12:30 GMT", "2021-11-17"),
        ("17.11.2021", "2021-11-17"),
        ("2021-11-17", "2021-11-17"),
        ("Published: 17 November 2021", "2021-11-17"),
        ("Published on November 17, 2021 at 10:45 am", "2021-11-17"),
        ("17 novembre 2021", "2021-11-17"),
        ("17 ноября 2021", "2021-11-17"),
        ("17 ноября 2021 г.", "2021-11-17"),
        ("среда, 17 ноября 2021\u202fг.", "2021-11-17"),
        ("mercredi 17 novembre 2021", "2021-11-17"),
        ("1er décembre 2021", "2021-12-01"),
        ("17 nov. 2021", "2021-11-17"),
        ("17 noy 2021", "2021-11-17"),
        ("Nov 17,2021", "2021-11-17"),
        ("17 ноября 2021, 14:35", "2021-11-17"),
        ("17 fevrier 2021", "2021-02-17"),
        ("17 November 2021 [12:30]", "2021-11-17"),
        ("17 November 2021 (12:30)", "2021-11-17"),
        ("17 նոյեմբերի, 2021 11:35", "2021-11-17"),
        ("Նոյեմբեր 17, 2021", "2021-11-17"),
        ("2021 թ. նոյեմբերի 17", "2021-11-17"),
        ("Հրապարակվել է 17 նոյեմբերի 2021", "2021-11-17"),
        ("17 noyabr 2021 15:40", "2021-11-17"),
        ("17 Noyabr 2021", "2021-11-17"),
        ("2021-ci il 17 noyabr", "2021-11-17"),
        ("Dərc olunub: 17 noyabr 2021 14:25", "2021-11-17"),
        # a list bullet before a page's stamp (a Turkish news page of the dev split)
        ("  • 16.7.2018 00:33", "2018-07-16"),
        ("· Published: 17 November 2021", "2021-11-17"),
        # the time first, as news.am and Armenpress print it
        ("11:35, 17 Նոյեմբերի 2021", "2021-11-17"),
        ("14:25 17.11.2021", "2021-11-17"),
        # the update stamp on the same line as the publication date
        (
            "Publié le 17 novembre 2021 à 10h05 - Mis à jour le 18 novembre 2021 à 11h30",
            "2021-11-17",
        ),
        ("Published 17 November 2021 | Updated 18 November 2021", "2021-11-17"),
        # day/month/year with slashes (month first when the middle cannot be a month)
        ("Publié le : 17/11/2021 - 11:20", "2021-11-17"),
        ("11/17/2021", "2021-11-17"),
        # the update stamp in parentheses, as RIA Novosti prints it
        ("18:42 17.11.2021 (обновлено: 19:15 18.11.2021)", "2021-11-17"),
        # stamps as the dev split's pages print them
        ("09:32     02 Aprel 2020 20_04_02_1585805622.jpg", "2020-04-02"),  # a photo's file
        ("Gündəm Materials 10 Yanvar 2023 15:23 (UTC +04:00)", "2023-01-10"),  # a section
        ("Society Materials 29 September 2020 09:49", "2020-09-29"),
        (  # stamps in a row: the creation, not the update
            "PTI | Baku | Updated: 28-09-2023 13:11 IST | Created: 27-09-2023 13:11 IST",
            "2023-09-27",
        ),
        ("Published: 07.14.20 , 17:17", "2020-07-14"),  # month first, two-digit year
        ("- \ufe0fTue Nov 10 2020", "2020-11-10"),  # a list item (BBC via an archive)
        ("6 Apr, 2016 08:09", "2016-04-06"),
        # each language's stamp and update labels, a weekday after the date, the zones
        # news sites print
        ("Yayınlanma: 17 Kasım 2021 - 10:35", "2021-11-17"),
        ("Giriş: 17.11.2021 10:35", "2021-11-17"),
        ("Oluşturulma Tarihi: 17 Kasım 2021 10:35", "2021-11-17"),
        ("17 Kasım 2021 Çarşamba 10:35", "2021-11-17"),
        ("17 Kasım 2021 Çarşamba", "2021-11-17"),
        ("17 noyabr 2021, çərşənbə 10:35", "2021-11-17"),
        (
            "Publié le 17 novembre 2021 à 10h35, mis à jour le 18 novembre 2021 à 11h00",
            "2021-11-17",
        ),
        ("Publié le : 17/11/2021 - 10:35 Modifié le : 18/11/2021 - 11:00", "2021-11-17"),
        ("Publié le : 17/11/2021 - 10:35Modifié le : 18/11/2021 - 11:00", "2021-11-17"),
        ("Mis en ligne le 17/11/2021 à 10h35", "2021-11-17"),
        ("Опубликован: 17.11.2021 10:35", "2021-11-17"),
        ("17 Nov 2021 10:35 BST", "2021-11-17"),
        ("Wed 17 Nov 2021 10.35 GMT", "2021-11-17"),
        ("Nov. 17, 2021 10:35 a.m. ET", "2021-11-17"),
        ("First published: 17 November 2021", "2021-11-17"),
        # a clock with its seconds (yenimesaj.com.tr: "18.10.2020 17:43:00")
        ("17.11.2021 17:43:00", "2021-11-17"),
        ("17 Kasım 2021 Çarşamba 10:35:41", "2021-11-17"),
        # the time first, month first (sivashaberler.com: "20:12 - Aralık 12 2020 Cumartesi")
        ("20:12 - Kasım 17 2021 Çarşamba", "2021-11-17"),
        # Turkish content systems' "entry" labels, the clock after "saat"
        ("Giriş Tarihi: 17.11.2021 14:35", "2021-11-17"),
        ("Haber Giriş: 17.11.2021 14:35", "2021-11-17"),
        ("Yayımlanma Tarihi: 17 Kasım 2021 Çarşamba 10:35", "2021-11-17"),
        ("17.11.2021 saat 10:35", "2021-11-17"),
        ("17 noyabr 2021 saat 10:35", "2021-11-17"),
        # French typography's spaced hour
        ("Publié le 17 novembre 2021 à 14 h 35", "2021-11-17"),
        # the update stamp first, then the publication stamp
        ("Mis à jour le 18/11/2021 à 10:00 - Publié le 17/11/2021 à 14:35", "2021-11-17"),
        ("Modifié le 18/11/2021 à 10h00 Publié le 17/11/2021 à 14h35", "2021-11-17"),
        ("Son Güncelleme: 18.11.2021 11:00 Yayınlanma: 17.11.2021 10:35", "2021-11-17"),
        ("Le 17 novembre 2021 à 14:35 (MAJ le 18 novembre 2021)", "2021-11-17"),
        # a two-digit year with slashes when the order is certain ("Updated 9/30/23 at 5:24
        # p.m", an AFP story reprinted by spamchronicles.com)
        ("Published 11/17/21 at 5:24 p.m", "2021-11-17"),
        # a 12-hour clock before the date
        ("2:35 PM, Nov 17, 2021", "2021-11-17"),
        ("Published 2:35 PM ET Nov. 17, 2021", "2021-11-17"),  # time and zone first (AP)
        # each language's plain "Date:" label (Armenian with its "՝")
        ("Дата: 17.11.2021", "2021-11-17"),
        ("Tarih: 17.11.2021", "2021-11-17"),
        ("Tarix: 17.11.2021", "2021-11-17"),
        ("Ամսաթիվ՝ 17.11.2021", "2021-11-17"),
        # ISO 8601 with its time, a two-digit year with a clock, a numeric date with its
        # year's word
        ("2021-11-17T14:35:00+04:00", "2021-11-17"),
        ("17.11.21 14:35", "2021-11-17"),
        ("17.11.2021 г.", "2021-11-17"),
        ("17.11.2021-ci il", "2021-11-17"),
        # a byline, a comma and the stamp's label in lower case (L'Express)
        ("Par AFP , publié le 17/11/2021 à 10:05", "2021-11-17"),
        # the stamp, a dash and its update stamp in brackets (haber365.com.tr, dev
        # tr-1b45992b40), with the headline again after it on the same line
        ("17.11.2021-10:49 - (Son Güncelleme: 17.11.2021-12:21)", "2021-11-17"),
        (
            "17.11.2021-10:49 - (Son Güncelleme: 17.11.2021-12:21) Azerbaycan İle Ermenistan"
            " Sınırında Sıcak Çatışma! 7 Azerbaycan Askeri Şehit Oldu",
            "2021-11-17",
        ),
        # day, month and year apart (yerevan.today, dev hy-96dcefa920: "20 04 2024"), and
        # spaced slashes (1news.az: "19 / 09 / 2023")
        ("17 11 2021", "2021-11-17"),
        ("17 / 11 / 2021", "2021-11-17"),
        # the clock and the day run together (oxu24.com: "13:5018 Dekabr, 2020")
        ("10:3517 Noyabr, 2021", "2021-11-17"),
        ("10:3517 ноября 2021", "2021-11-17"),
        # a page's count after the stamp (gununnebzi.az: "Tarix: 2-06-2021, 17:28 Oxunub:
        # 125"; twohaber.com: "22 Mart 2021 ( 4 izlenme )"), in each pack's words
        ("Tarix: 17-11-2021, 17:28 Oxunub: 125", "2021-11-17"),
        ("17 Kasım 2021 ( 4 izlenme )", "2021-11-17"),
        ("17.11.2021 13:45 Baxış: 1523", "2021-11-17"),
        ("17 ноября 2021, 10:35 Просмотров: 1523", "2021-11-17"),
        ("17.11.2021 10:35 | 1 523 просмотра", "2021-11-17"),
        ("Nov 17, 2021 10:35 1,523 views", "2021-11-17"),
        ("17.11.2021 10:35 598 dəfə oxunub", "2021-11-17"),
        # the clock, a slash, the date (gununnebzi.az: "01:09 / 08-11-2024"); Turkish
        # "Yayın:" (enbursa.com: "Yayın: 13.09.2022 10:48 - Güncelleme: 13.09.2022 10:49")
        ("01:09 / 17-11-2021", "2021-11-17"),
        ("Yayın: 17.11.2021 10:48 - Güncelleme: 18.11.2021 10:49", "2021-11-17"),
        # an Azerbaijani month with its dotted capital (İyun, İyul), a weekday of two words
        # before the date, the year first with dots or slashes
        ("15 İyun 2021, 10:35", "2021-06-15"),
        ("15 İYUL 2021 10:35", "2021-07-15"),
        ("Cümə axşamı, 17 noyabr 2021", "2021-11-17"),
        ("2021.11.17 14:35", "2021-11-17"),
        ("2021/11/17", "2021-11-17"),
        # a section's name beside the stamp, after a slash or a bullet, or after the clock;
        # a bare count after the clock; a stamp in brackets
        ("Siyasət / 17.11.2021 10:35", "2021-11-17"),
        ("17 ноября 2021, 10:35 • Политика", "2021-11-17"),
        ("17.11.2021 10:35 Siyasət", "2021-11-17"),
        ("17 Noyabr 2021 10:35 1523", "2021-11-17"),
        ("[17.11.2021 10:35]", "2021-11-17"),
    ],
)
def test_dateline(tmp_path: Path, line: str, published: str) -> None:
    article = _read(tmp_path, f"Council approves the budget\nBy Jane Doe\n{line}\n\n{BODY}")
    assert article.published == dt.date.fromisoformat(published)
    assert article.published_from == "dateline"
    assert line not in _all_text(article)
    assert article.author == "Jane Doe"


@pytest.mark.parametrize(
    "line",
    [
        "Par Jean Dupont Publié le 17/11/2021 à 14h35",
        "Par Jean Dupont - Mis à jour le 18/11/2021 à 10h00 - Publié le 17/11/2021 à 14h35",
    ],
)
def test_byline_before_a_stamp_on_its_line(tmp_path: Path, line: str) -> None:
    article = _read(tmp_path, f"Council approves the budget\n{line}\n\n{BODY}")
    assert article.published == dt.date(2021, 11, 17)
    assert article.author == "Jean Dupont"
    assert "17/11" not in _all_text(article)


@pytest.mark.parametrize(
    "stamp", ["17.11.2021 10:35", "Yayınlanma: 17.11.2021", "Publié le 17 novembre 2021 à 10h35"]
)
def test_stamp_between_a_long_headline_and_the_lede(tmp_path: Path, stamp: str) -> None:
    """A headline of more than one line's width with no full stop, then the stamp, then
    the lede, with no blank line: the stamp is still the page's."""
    headline = "Azerbaycan Savunma Bakanlığı: Ermenistan sınırında çatışma çıktı, 7 askerimiz şehit"
    lede = "Azerbaycan Savunma Bakanlığı, sınırdaki çatışmalara ilişkin açıklama yaptı."
    article = _read(tmp_path, f"{headline}\n{stamp}\n{lede}\n")
    assert article.published == dt.date(2021, 11, 17)


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        (
            "БАКУ, 17 ноября 2021. /ТАСС/. Минобороны Азербайджана заявило о гибели семи "
            "военнослужащих в боях на границе.",
            "TASS",
        ),
        (
            "Bakü, 17 Kasım 2021 (AA) - Azerbaycan Savunma Bakanlığı açıklama yaptı.",
            "Anadolu Agency",
        ),
    ],
)
def test_agency_dateline_with_its_year_dates_the_article(
    tmp_path: Path, text: str, wire: str
) -> None:
    """A wire's dateline with a full date is no photo's caption ("..., <date>.")."""
    article = _read(tmp_path, f"Azerbaijan reports losses on the border\n\n{text}\n")
    assert article.published == dt.date(2021, 11, 17)
    assert article.wire == wire
    assert "Минобороны" in _all_text(article) or "Bakanlığı" in _all_text(article)


@pytest.mark.parametrize(
    "dateline",
    ["Bakü, 17 Kasım 2021 - ", "Baku, 17 November 2021 – ", "Баку, 17 ноября 2021 года — "],
)
def test_place_and_full_date_open_the_text(tmp_path: Path, dateline: str) -> None:
    """A place not in capitals, a full date with its year and a dash: the article's
    dateline; the sentence after it stays the text."""
    lede = "Azerbaijan said seven of its soldiers were killed in clashes on the border."
    article = _read(tmp_path, f"Azerbaijan reports losses\n\n{dateline}{lede}\n")
    assert article.published == dt.date(2021, 11, 17)
    assert lede in _all_text(article)
    assert "17" not in _all_text(article)


def test_place_and_day_without_year_is_no_publication_date(tmp_path: Path) -> None:
    text = "Azerbaijan reports losses\n\nBaku, 17 November – Azerbaijan said seven were killed.\n"
    assert _read(tmp_path, text).published is None


@pytest.mark.parametrize(
    ("url", "published"),
    [
        ("https://www.example.com.tr/ermenistan-17-11-2021-haberi/", "2021-11-17"),
        ("https://example.ru/news/17.11.2021/123", "2021-11-17"),
        ("https://example.com/a-05-11-2021-b", None),  # the 5th of November or May 11th
    ],
)
def test_day_first_date_in_the_address(url: str, published: str | None) -> None:
    found = ingest.url_date(url)
    assert (found.text if found else None) == published


def test_bare_date_inside_wrapped_text_is_no_stamp(tmp_path: Path) -> None:
    text = (
        "The ceasefire that both sides had agreed in Moscow took effect on the morning of\n"
        "17.11.2021\nand it held for a week.\n"
    )
    article = _read(tmp_path, text)
    assert article.published is None


@pytest.mark.parametrize(
    "line",
    [
        "Mis à jour le 18 novembre 2021",  # an update stamp alone: no publication date
        "Güncellenme Tarihi : 18.11.2021 02:20",
        "Son Güncelleme: 18.11.2021 11:00",
        "Published 5/4/21 at 5:24 p.m",  # the 5th of April or May 4th: left unread
        "17.11.21",  # a two-digit year with neither a label nor a clock: maybe a figure
    ],
)
def test_update_stamp_alone_is_no_publication_date(tmp_path: Path, line: str) -> None:
    article = _read(tmp_path, f"Council approves the budget\n{line}\n\n{BODY}")
    assert article.published is None


@pytest.mark.parametrize(
    ("line", "outlet", "wire"),
    [
        ("Коммерсантъ, 17.11.2021, 16:40", "Kommersant", None),
        ("Trend | 17 noyabr 2021", None, "Trend"),
        ("France 24 - 17/11/2021", "France 24", None),
        # an agency's name and the date with only a space between
        ("Anadolu Ajansı 17.11.2021", None, "Anadolu Agency"),
        # the stamp first, then the agency
        ("17.11.2021 - Anadolu Ajansı", None, "Anadolu Agency"),
        # the outlet's name, then its labelled stamp
        ("France 24 Publié le : 17/11/2021 - 14:35", "France 24", None),
    ],
)
def test_outlet_name_before_the_dateline(
    tmp_path: Path, line: str, outlet: str | None, wire: str | None
) -> None:
    article = _read(tmp_path, f"Council approves the budget\n\n{line}\n\n{BODY}")
    assert article.published == dt.date(2021, 11, 17)
    assert (article.outlet, article.wire) == (outlet, wire)
    assert "17" not in _all_text(article)


@pytest.mark.parametrize(
    ("line", "outlet", "wire"),
    [
        ("France 24 avec AFP", "France 24", None),
        ("Ազատություն ռադիոկայան", "Azatutyun", None),
        ("AFP", None, "AFP"),
    ],
)
def test_line_of_outlet_names_is_a_credit(
    tmp_path: Path, line: str, outlet: str | None, wire: str | None
) -> None:
    article = _read(tmp_path, f"Council approves the budget\n\n{line}\n\n{BODY}")
    assert (article.outlet, article.wire) == (outlet, wire)
    assert line not in _all_text(article)


@pytest.mark.parametrize(
    "line",
    [
        "Daily News, 17.11.2021",  # an unknown name: maybe a sentence, kept
        "Armenia, 17.11.2021, was calm.",
        "Explosion in Baku 10 January 2023",  # words before a date with no clock time
    ],
)
def test_unknown_name_before_a_date_is_no_dateline(tmp_path: Path, line: str) -> None:
    article = _read(tmp_path, f"{BODY}\n{line}\n")
    assert article.published is None


@pytest.mark.parametrize(
    ("line", "place", "outlet", "wire", "published"),
    [
        ("YEREVAN, November 17, 2021 (AFP) -", "Yerevan", None, "AFP", "2021-11-17"),
        ("STEPANAKERT, Azerbaijan (AP) — November 17, 2021", "Stepanakert", None, "AP",
         "2021-11-17"),
        ("Bakı. Trend:", "Bakı", None, "Trend", None),
    ],
)  # fmt: skip
def test_dateline_on_a_line_of_its_own_is_metadata_not_the_headline(
    tmp_path: Path,
    line: str,
    place: str,
    outlet: str | None,
    wire: str | None,
    published: str | None,
) -> None:
    article = _read(tmp_path, f"Council approves the budget\n\n{line}\n\n{BODY}")
    assert article.headline == "Council approves the budget"
    assert article.dateline_place == place
    assert (article.outlet, article.wire) == (outlet, wire)
    assert article.published == (dt.date.fromisoformat(published) if published else None)
    assert line not in _all_text(article)


@pytest.mark.parametrize(
    "line",
    [
        "Updated: 18 November 2021",
        "Mis à jour le 18 novembre 2021",
        "Обновлено: 18 ноября 2021",
        "Թարմացվել է 18 նոյեմբերի 2021",
        "Yenilənib: 18 noyabr 2021",
    ],
)
def test_updated_line_is_not_the_publication_date(tmp_path: Path, line: str) -> None:
    article = _read(tmp_path, f"{line}\n\n" + BODY)
    assert article.published is None
    assert "18" not in _all_text(article)


def test_header_wins_over_dateline_and_disagreement_is_reported(tmp_path: Path) -> None:
    article = _read(tmp_path, " date 2021-11-17 WORLD\nNovember 16, 2021\n\n" + BODY)
    assert article.published == dt.date(2021, 11, 17)
    assert article.published_from == "header"
    assert "disagrees" in _messages(article)


def test_date_in_a_sentence_is_not_a_dateline(tmp_path: Path) -> None:
    article = _read(tmp_path, "The vote took place on November 17, 2021, officials said.\n")
    assert article.published is None


# ---------------------------------------------------------------- agency tags, SOURCE:, cites


@pytest.mark.parametrize(
    ("lede", "outlet", "wire"),
    [
        ("MEHR:\u00a0 Armenia reported new clashes.", "Mehr News Agency", None),
        ("MEHR: Armenia reported new clashes.", "Mehr News Agency", None),
        ("Interfax: Armenia reported new clashes.", "Interfax", None),
        ("(TASS): Armenia reported new clashes.", "TASS", None),
        ("YEREVAN (Reuters) — Armenia reported new clashes.", None, "Reuters"),
        ("YEREVAN, Nov 16 (AFP) - Armenia reported new clashes.", None, "AFP"),
    ],
)
def test_agency_tag(tmp_path: Path, lede: str, outlet: str | None, wire: str | None) -> None:
    article = _read(tmp_path, f"{lede}\n\nOfficials said more.\n")
    assert (article.outlet, article.wire) == (outlet, wire)
    assert "Armenia reported new clashes." in article.paragraphs[0]
    if outlet:
        assert article.paragraphs[0] == "Armenia reported new clashes."


@pytest.mark.parametrize(
    "lede",
    [
        "Azerbaijan: Armenian forces attacked posts, the ministry said.",
        "Update: the ministry said more.",
        "Note: the figures are provisional.",
    ],
)
def test_colon_that_is_not_an_agency_tag(tmp_path: Path, lede: str) -> None:
    article = _read(tmp_path, f"{lede}\n\nOfficials said more.\n")
    assert article.outlet is None and article.paragraphs[0] == lede


@pytest.mark.parametrize(
    ("line", "outlet", "wire"),
    [
        ("SOURCE:TRTWorld and agencies", "TRT World", None),
        ("SOURCE: TRT World and agencies", "TRT World", None),
        ("Source: Al Jazeera", "Al Jazeera", None),
        ("SOURCE: AFP", None, "AFP"),
        ("Source: Daily Example and agencies", "Daily Example", None),
        ("Source: Agence France-Presse via The Local", "The Local", "AFP"),
    ],
)
def test_source_line(tmp_path: Path, line: str, outlet: str | None, wire: str | None) -> None:
    article = _read(tmp_path, f"{BODY}\n{line}\n")
    assert (article.outlet, article.wire) == (outlet, wire)
    assert "SOURCE" not in _all_text(article).upper()


@pytest.mark.parametrize(
    ("sentence", "cites"),
    [
        ("Troops used drones, it said, Al Jazeera reported.", ("Al Jazeera",)),
        ("Moscow pledged help, the Interfax news agency reported.", ("Interfax",)),
        ("According to Reuters, the talks failed.", ("Reuters",)),
        ("The ministry said the talks failed, TASS and Anadolu Agency reported.",
         ("TASS", "Anadolu Agency")),
        ("The ministry said the talks failed.", ()),
    ],
)  # fmt: skip
def test_cites(tmp_path: Path, sentence: str, cites: tuple[str, ...]) -> None:
    article = _read(tmp_path, f"{sentence}\n")
    assert article.cites == cites
    assert article.sentences[0].text == sentence  # the sentence stays in the text


def test_own_outlet_is_not_cited(tmp_path: Path) -> None:
    article = _read(tmp_path, "MEHR: Clashes were reported, Mehr News reported.\n\nMore.\n")
    assert article.cites == ()


# ---------------------------------------------------------------- boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Related article: Armenia Seeks Russian Military Aid in New Escalation With Azerbaijan",
        "Related Articles: Something else entirely",
        "RELATED: Another story",
        "Read more: Another story about the talks",
        "Read More",
        "READ MORE »",
        "See also: the full timeline",
        "Also read: the talks in Brussels",
        "Читайте также: переговоры в Брюсселе",
        "Lire aussi : les négociations",
        "This website uses cookies to improve your experience. We'll assume you're ok with "
        "this, but you can opt-out if you wish. Accept Read More",
        "We use cookies to personalise content. By continuing to browse you agree to our "
        "cookie policy.",
        "Photo: Reuters",
        "Photo by John Smith/AFP",
        "PHOTO | Getty Images",
        "© 2021 Example News. All rights reserved.",
        "Copyright 2021 Example Media",
        "All Rights Reserved",
        "Share this article",
        "Share",
        "Facebook Twitter WhatsApp Email",
        "Subscribe to our newsletter for daily updates",
        "Follow us on Telegram",
        "Advertisement",
        "(Reporting by Nailia Bagirova in Baku; Editing by Mark Heinrich)",
        "(Additional reporting by Felix Light in Tbilisi)",
        "Reporting by Nailia Bagirova; Editing by Mark Heinrich",
        "This article was originally published on carnegieendowment.org.",
        "This story first appeared in The Conversation.",
        # cookie banners in other languages
        "Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с их "
        "использованием.",
        "Nous utilisons des cookies pour améliorer votre navigation.",
        # Markdown emphasis around furniture; appeals for money
        "**Read more:** [Karabakh residents queue for bread](https://example.org/x)",
        "*Support our journalism by becoming a member.*",
        "*Example Media is an independent news outlet. Support our journalism by becoming a "
        "member.*",
        # furniture of the dev split's pages: a place in a wire credit, a row of icon names,
        # a bracketed list of links, a legal banner in capitals, the packs' phrases
        "(Reporting in Melbourne by Lidia Kelly; Editing by Tom Hogue and Clarence Fernandez)",
        "icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron "
        "lefticon chevron righticon chevron upicon closeicon v-compressicon downloadicon",
        "[The news as it happened: 27 September, 28 September, 29 September, 30 September]",
        'НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ ООО "МЕМО"',
        "At such a critical moment in US history, we need reporters on the ground. Your "
        "donation allows us to keep sending journalists to speak to both sides of the story.",
        "Full text of the article is available on the Russian page of 24/7 Internet agency "
        "'Caucasian Knot'.",
        "Rescue workers dig through the rubble in Ganja. Image via Hikmet Hajiyev.",
        "Азербайджан сообщил о начале антитеррористических мероприятий в Карабахе Фото: "
        "Gulustan, CC BY-SA 3.0, via Wikimedia Commons",
        "UYARI: Küfür, hakaret, rencide edici cümleler veya imalar, inançlara saldırı içeren "
        "yorumlar onaylanmamaktadır.",
        "Türkçe karakter kullanılmayan ve büyük harflerle yazılmış yorumlar onaylanmamaktadır.",
        # captions: what the photo shows, then the day it was taken
        "Ethnic Armenian soldiers stand in a trench at their position near Nagorno-Karabakh's "
        "town of Martuni, April 8, 2016. (photo credit: REUTERS)",
        "Soldats arméniens le long de la route près de la frontière entre le Haut-Karabakh et "
        "l'Arménie, dimanche 8 novembre 2020.",
        "Ethnic Armenians from Nagorno-Karabakh ride a truck on their way to Kornidzor in "
        "Syunik region, Armenia, Sept. 26, 2023. Thousands of Nagorno-Karabakh residents are "
        "fleeing their homes. (Stepan Poghosyan, Photolure photo via AP)",
        # captions closed by their credit in square brackets (en-27192ccb9c) or by a
        # copyright sign and a name (en-ce28343092): one sentence, however long
        "A long-simmering conflict over Nagorno-Karabakh erupted into full-blown war in late "
        "September, with some 6,000 people killed in six weeks of fighting [File: Artem "
        "Mikryukov/Reuters]",
        "On December 27, 2022, suspected Azerbaijani environmental activists wave a national "
        "flag during a protest against what they see as illegal mining in the Lachin corridor, "
        "the only land link to Armenia from the breakaway Armenian-populated region of Nagorno "
        "Karabagh. © AFP",
    ],
)
def test_boilerplate_lines_are_removed(tmp_path: Path, line: str) -> None:
    for text in (f"{BODY}\n{line}\n", f"{line}\n\n{BODY}", f"{BODY}\n\n{line}\n\nMore text."):
        article = _read(tmp_path, text)
        assert line not in _all_text(article), text
        assert "The council approved the budget on Monday." in article.paragraphs


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 6,500 people died in the war.",
        "The photo was taken on Monday, officials said.",
        "Officials said they would share the data with the United Nations.",
        "Related talks were held in Moscow.",
        "Reporting by state media said 12 soldiers were wounded.",
        "The story was published on Monday by a local outlet, officials said.",
        "*Officials* said the support of the army was needed.",
        "The mission is an independent body, officials said, and will report in May.",
        "The ministry reported the attack on Monday, April 8, 2016.",
        "On April 8, 2016, soldiers stood in a trench near Martuni.",
        "The ministry said the ministry of defence and the ministry of the interior met.",
        # "file" as a photo's label: a file opened in a sentence is no credit
        "The ministry said a file was opened on the attack [on Monday].",
    ],
)
def test_text_that_looks_like_boilerplate_is_kept(tmp_path: Path, sentence: str) -> None:
    article = _read(tmp_path, f"{sentence}\n\n{BODY}")
    assert article.paragraphs[0] == sentence


@pytest.mark.parametrize(
    "heading", ["Appeals to Moscow", "Calls to Moscow", "What happens next", "Background"]
)
def test_subheading_is_not_a_sentence(tmp_path: Path, heading: str) -> None:
    text = f"The ministry said the border was calm.\n\n{heading}\n\n{BODY}"
    article = _read(tmp_path, text)
    assert heading not in [s.text for s in article.sentences]
    assert heading not in article.paragraphs
    assert len(article.paragraphs) == 3


def test_related_line_inside_wrapped_paragraph_is_removed_and_paragraph_rejoined(
    tmp_path: Path,
) -> None:
    text = (
        "The clashes that Armenia said left one of its soldiers dead and a dozen others\n"
        "captured sparked fears of another flare-up a year after the war over the\n"
        "\nRelated article: Armenia Seeks Russian Military Aid\n\n"
        "disputed region, officials said.\n"
    )
    article = _read(tmp_path, text)
    assert article.paragraphs == (
        "The clashes that Armenia said left one of its soldiers dead and a dozen others "
        "captured sparked fears of another flare-up a year after the war over the disputed "
        "region, officials said.",
    )


# ---------------------------------------------------------------- line wrapping


@pytest.mark.parametrize("width", [60, 72, 80, 95])
def test_hard_wrapped_article_is_rejoined(tmp_path: Path, width: int) -> None:
    import textwrap

    paragraphs = [
        "Armenia and Azerbaijan on Tuesday reached a Russia-brokered ceasefire, ending "
        "hostilities that erupted earlier in the day along their border, the ministry said.",
        "The six-week conflict, which left more than 6,500 dead, ended a year ago in "
        "November in a deal that saw Armenia cede swathes of territory it had controlled "
        "for decades.",
        '"Under the mediation of the Russian side, an agreement was reached to cease fire '
        'from 18:30 (1430 GMT)," the ministry said in a statement on Tuesday.',
    ]
    text = "\n\n".join(textwrap.fill(p, width) for p in paragraphs)
    assert _read(tmp_path, text).paragraphs == tuple(paragraphs)
    # without blank lines between paragraphs, too
    text = "\n".join(textwrap.fill(p, width) for p in paragraphs)
    assert _read(tmp_path, text).paragraphs == tuple(paragraphs)


# ---------------------------------------------------------------- metadata wins


def test_metadata_wins_over_text(tmp_path: Path) -> None:
    meta = SeedMetadata(
        outlet="Example Times",
        url="https://example.com/a",
        language="en",
        published=dt.date(2021, 11, 20),
        wire="Reuters",
        author="Jane Doe",
        headline="Given headline",
        notes="checked",
    )
    text = " date 2021-11-16 By AFP\nMEHR: Officials said the talks failed.\n\nMore text.\n"
    article = _read(tmp_path, text, meta=meta)
    assert article.published == dt.date(2021, 11, 20)
    assert article.published_from == "metadata"
    assert (article.outlet, article.wire, article.author) == (
        "Example Times",
        "Reuters",
        "Jane Doe",
    )
    assert (article.headline, article.url, article.notes) == (
        "Given headline",
        "https://example.com/a",
        "checked",
    )


def test_metadata_language_is_used_for_splitting(tmp_path: Path) -> None:
    article = _read(
        tmp_path, "Le ministère a parlé le 16 nov. 2021. Il est parti.\n",
        meta=SeedMetadata(language="fr"),
    )  # fmt: skip
    assert article.language == "fr"
    assert len(article.sentences) == 2


def test_future_metadata_date_is_reported(tmp_path: Path) -> None:
    article = _read(tmp_path, BODY, meta=SeedMetadata(published=dt.date(2030, 1, 1)))
    assert article.published is None
    assert "sources.yaml" in _messages(article) and "future" in _messages(article)


# ---------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Armenia on Tuesday reported deaths and the loss of military positions.", "en"),
        ("Le ministère de la Défense a déclaré mardi que des soldats ont été tués.", "fr"),
        ("Министерство обороны Армении сообщило во вторник о погибших.", "ru"),
        ("Հայաստանի պաշտպանության նախարարությունը հայտնել է զոհերի մասին։", "hy"),
        ("Azərbaycan Müdafiə Nazirliyi bildirib ki, döyüşlər dayanıb və vəziyyət sabitdir.", "az"),
        ("12345 6,500 18:30", "en"),
        ("", "en"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Министерство обороны сообщило о погибших. Переговоры возобновятся.\n", "ru"),
        ("Le ministère a déclaré que les soldats sont morts. Les négociations reprennent.\n", "fr"),
    ],
)
def test_article_language_is_detected(tmp_path: Path, text: str, lang: str) -> None:
    article = _read(tmp_path, text)
    assert article.language == lang and len(article.sentences) == 2


# ---------------------------------------------------------------- HTML


def test_html_seed_is_stripped_to_text(tmp_path: Path) -> None:
    page = (
        "<html><head><title>T</title><script>var x = 'tracker';</script></head><body>"
        "<nav>Home | World</nav><h1>Council approves the budget</h1>"
        "<p>The council approved <b>the budget</b> on Monday.<img src=x onerror=alert(1)></p>"
        "<p>Officials said &amp; confirmed.</p><style>p{}</style>"
        "<script>alert('x')</script></body></html>"
    )
    article = _read(tmp_path, page, name="x.html")
    assert article.headline == "Council approves the budget"
    assert article.paragraphs == (
        "The council approved the budget on Monday.",
        "Officials said & confirmed.",
    )
    assert article.problems[0].message == "no publication date"
    assert "alert" not in _all_text(article) and "tracker" not in _all_text(article)


@pytest.mark.parametrize(
    "classes", ["article-body share-enabled", "post-content has-comments", "story__text related"]
)
def test_html_text_is_kept_whatever_else_its_class_says(tmp_path: Path, classes: str) -> None:
    page = (
        f"<html><body><h1>Council approves the budget</h1><div class='{classes}'>"
        "<p>The council approved the budget on Monday.</p></div></body></html>"
    )
    article = _read(tmp_path, page, name="x.html")
    assert article.paragraphs == ("The council approved the budget on Monday.",)


@pytest.mark.parametrize(
    "furniture",
    [
        '<section class="comments"><h3>Comments (2)</h3><div class="comment"><div>anon: 100 '
        "soldiers killed is a tragedy.</div></div></section>",
        '<div class="cookie-banner">We keep your data. <button>OK</button></div>',
        '<div class="share"><a>Share on Facebook</a></div>',
        '<aside class="related"><ul><li>Armenia says soldier killed</li></ul></aside>',
        '<div class="article__tags"><a>Armenia</a> <a>Azerbaijan</a></div>',
        '<a class="skip" href="#main">Skip to Content</a>',
        '<div id="comment-list"><p>Bob: Peace now, this has to stop.</p></div>',
    ],
)
def test_html_page_furniture_named_by_its_class_is_dropped(tmp_path: Path, furniture: str) -> None:
    page = (
        f"<html><body>{furniture}<h1>Council approves the budget</h1><div class='body'>"
        "<p>The council approved the budget on Monday.</p><br><img src=x>"
        "<p>Officials said the plan was final.</p></div>"
        f"{furniture}<p>The vote was close.</p></body></html>"
    )
    article = _read(tmp_path, page, name="x.html")
    assert article.headline == "Council approves the budget"
    assert article.paragraphs == (
        "The council approved the budget on Monday.",
        "Officials said the plan was final.",
        "The vote was close.",
    )


FRONT_BODY = (
    "YEREVAN, Sept 13 (Reuters) - Armenia said 49 of its soldiers were killed.\n\n"
    "Azerbaijan's defence ministry said 50 of its servicemen were killed.\n"
)


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        (
            '---\ntitle: "Armenia and Azerbaijan trade fire"\ndate: 2022-09-13\n'
            "source: Reuters\nurl: https://www.reuters.com/world/a-2022-09-13/\n"
            "tags: [armenia, azerbaijan]\n---\n\n# Armenia and Azerbaijan trade fire\n\n",
            (
                "Armenia and Azerbaijan trade fire",
                "2022-09-13",
                None,
                "Reuters",
                None,
                "https://www.reuters.com/world/a-2022-09-13/",
            ),
        ),
        (
            "Title: Border clashes kill dozens\nDate: 2022-09-13 10:20\nAuthor: Jane Roe\n"
            "Source: Asbarez\nLang: en\n\n",
            ("Border clashes kill dozens", "2022-09-13", "Jane Roe", "Reuters", "Asbarez", None),
        ),
        (
            "---\ntitle: 'Հրադադարը խախտվել է'\npublished: 13 սեպտեմբերի 2022\n"
            "publisher: Hetq\nlanguage: hy\n...\n",
            ("Հրադադարը խախտվել է", "2022-09-13", None, "Reuters", "Hetq", None),
        ),
    ],
)
def test_front_matter_is_metadata_not_text(
    tmp_path: Path, front: str, expected: tuple[object, ...]
) -> None:
    article = _read(tmp_path, front + FRONT_BODY, name="x.md")
    headline, published, author, wire, outlet, url = expected
    assert article.headline == headline
    assert article.published == dt.date.fromisoformat(str(published))
    assert article.published_from == "header"
    assert (article.author, article.wire, article.outlet, article.url) == (
        author,
        wire,
        outlet,
        url,
    )
    assert article.sentences[0].text.startswith("Armenia said 49")
    assert len(article.sentences) == 2
    assert not article.problems


def test_front_matter_language_is_a_hint_the_metadata_file_overrides(tmp_path: Path) -> None:
    front = "---\nlanguage: fr\ndate: 2022-09-13\n---\n"
    assert _read(tmp_path, front + FRONT_BODY, name="x.md").language == "fr"
    stated = SeedMetadata(language="en")
    assert _read(tmp_path, front + FRONT_BODY, "x.md", stated).language == "en"


@pytest.mark.parametrize(
    "text",
    [
        # a colon in the first sentence is not a header
        "Note: the ministry said 49 soldiers were killed.\nIt gave no names.\n",
        # an unclosed block is text, kept
        "---\ntitle: Trade fire\n\nThe ministry said 49 soldiers were killed.\n",
        # a first key we do not know: not a header
        "Warning: the ministry said 49 soldiers were killed.\n\nIt gave no names.\n",
    ],
)
def test_text_that_only_looks_like_front_matter_is_kept(tmp_path: Path, text: str) -> None:
    article = _read(tmp_path, text, name="x.md")
    assert "49 soldiers" in _all_text(article)
    assert article.published is None


def test_bad_front_matter_date_is_reported_with_its_line(tmp_path: Path) -> None:
    article = _read(tmp_path, "---\ntitle: Trade fire\ndate: soon\n---\n" + FRONT_BODY)
    bad = [p for p in article.problems if "front matter date" in p.message]
    assert [(p.line, p.severity) for p in bad] == [(3, "warning")]


PAGE_BODY = (
    "<body><h1>Council approves the budget</h1>"
    "<p>The council approved the budget on Monday.</p><p>Officials said so.</p></body></html>"
)


@pytest.mark.parametrize(
    ("head", "published", "line"),
    [
        (
            '<meta property="article:published_time" content="2021-11-16T09:30:00+04:00">',
            "2021-11-16",
            2,
        ),
        ('<meta name="date" content="2021-11-16">', "2021-11-16", 2),
        ('<meta itemprop="datePublished" content="2021-11-16">', "2021-11-16", 2),
        ('<meta name="DC.date.issued" content="16 November 2021">', "2021-11-16", 2),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle",\n'
            '"datePublished": "2021-11-16T10:00:00Z"}</script>',
            "2021-11-16",
            2,
        ),
        # the publication date wins over a later modification date, whatever the order
        (
            '<meta property="article:modified_time" content="2021-11-20">\n'
            '<meta property="article:published_time" content="2021-11-16">',
            "2021-11-16",
            3,
        ),
        ('<meta name="keywords" content="2021-11-16">', None, None),
    ],
)
def test_html_page_metadata_gives_the_publication_date(
    tmp_path: Path, head: str, published: str | None, line: int | None
) -> None:
    page = f"<html><head>\n{head}\n</head>{PAGE_BODY}"
    article = _read(tmp_path, page, name="x.html")
    assert article.published == (dt.date.fromisoformat(published) if published else None)
    assert article.published_from == ("header" if published else None)
    assert "2021" not in _all_text(article)


def test_time_element_dates_a_page_without_metadata(tmp_path: Path) -> None:
    page = (
        '<html><body><nav><time datetime="2020-01-01">old</time></nav>'
        '<h1>Council approves the budget</h1><p class="by">By Jane Doe, '
        '<time datetime="2021-11-16T08:00">16 Nov</time></p>'
        "<p>The council approved the budget on Monday.</p><p>Officials said so.</p></body></html>"
    )
    article = _read(tmp_path, page, name="x.html")
    assert article.published == dt.date(2021, 11, 16)


def test_html_page_address_and_site_name(tmp_path: Path) -> None:
    head = (
        '<link rel="canonical" href="https://www.reuters.com/world/x-2021-11-16/">'
        '<meta property="og:site_name" content="Reuters">'
        '<meta property="article:published_time" content="2021-11-16">'
    )
    article = _read(tmp_path, f"<html><head>{head}</head>{PAGE_BODY}", name="x.html")
    assert article.url == "https://www.reuters.com/world/x-2021-11-16/"
    assert article.outlet == "Reuters"
    stated = SeedMetadata(url="https://example.org/a", outlet="Example Times")
    article = _read(tmp_path, f"<html><head>{head}</head>{PAGE_BODY}", "x.html", stated)
    assert (article.url, article.outlet) == ("https://example.org/a", "Example Times")


def test_html_page_address_must_be_http(tmp_path: Path) -> None:
    head = '<link rel="canonical" href="javascript:alert(1)">'
    article = _read(tmp_path, f"<html><head>{head}</head>{PAGE_BODY}", name="x.html")
    assert article.url is None


def test_bad_page_date_is_reported_with_its_line(tmp_path: Path) -> None:
    page = f'<html><head>\n\n<meta name="date" content="soon">\n</head>{PAGE_BODY}'
    article = _read(tmp_path, page, name="x.html")
    assert article.published is None
    bad = [p for p in article.problems if "not a date" in p.message]
    assert [(p.line, p.severity) for p in bad] == [(3, "warning")]
    assert "seeds/x.html" in str(bad[0])


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('<script>alert("x")</script>\nThe council met.\n', 1),
        ("The council met.\n\nOfficials said <img src=x onerror=alert(1)> more.\n", 3),
        ('The council met <a href="https://example.com">here</a>.\n', 1),
        ("The council met.<br>\n", 1),
        ("The council met.\n<div onclick='steal()'>Officials said</div>\n", 2),
    ],
)
def test_markup_in_text_seed_is_kept_as_text_with_warning(
    tmp_path: Path, text: str, line: int
) -> None:
    article = _read(tmp_path, text)
    markup = [p for p in article.problems if "HTML markup" in p.message]
    assert len(markup) == 1 and markup[0].line == line and markup[0].severity == "warning"
    assert "<" in _all_text(article)  # literal: escaped when rendered


def test_less_than_sign_is_not_markup(tmp_path: Path) -> None:
    article = _read(tmp_path, "Fewer than 5 < 6 people were hurt, a < b.\n")
    assert "HTML" not in _messages(article)


# ---------------------------------------------------------------- bad input


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("bad") / "seeds"
    return folder, make_bad_seed_folder(folder)


def test_bad_folder_nothing_is_dropped(bad_folder: tuple[Path, dict[str, str]]) -> None:
    folder, expected = bad_folder
    articles, _ = read_seeds(folder, REFERENCE_DATE)
    files = {k for k in expected if not k.startswith("sources.yaml:")}
    assert {a.file for a in articles} == files


def test_bad_folder_every_problem_is_reported(bad_folder: tuple[Path, dict[str, str]]) -> None:
    folder, expected = bad_folder
    articles, general = read_seeds(folder, REFERENCE_DATE)
    by_file = {a.file: a for a in articles}
    for name, keyword in expected.items():
        if name.startswith("sources.yaml:"):
            entry = name.split(":", 1)[1]
            assert any(
                f"'{entry}'" in p.message and keyword.lower() in p.message.lower() for p in general
            ), (name, keyword, general)
            assert all(p.file == "seeds/sources.yaml" and p.hint for p in general)
            continue
        article = by_file[name]
        if keyword:
            assert keyword.lower() in _messages(article).lower(), (name, article.problems)
            assert all(p.file == f"seeds/{name}" and p.hint for p in article.problems)
        else:
            assert article.problems == (), (name, article.problems)
            assert article.usable


@pytest.mark.parametrize(
    ("name", "severity", "usable"),
    [
        ("empty.txt", "error", False),
        ("whitespace.txt", "error", False),
        ("binary.txt", "error", False),
        ("huge.txt", "error", False),
        ("dup.txt", "error", False),
        ("boilerplate_only.txt", "error", False),
        ("latin1.txt", "warning", True),
        ("cp1251.txt", "warning", True),
        ("undated.txt", "warning", False),
        ("bad_date.txt", "warning", False),
        ("year_3021.txt", "warning", False),
        ("future.txt", "warning", False),
        ("markup.txt", "warning", True),
    ],
)
def test_bad_folder_status(
    bad_folder: tuple[Path, dict[str, str]], name: str, severity: str, usable: bool
) -> None:
    folder, _ = bad_folder
    articles, _ = read_seeds(folder, REFERENCE_DATE)
    article = next(a for a in articles if a.file == name)
    assert article.status == severity
    assert article.usable is usable
    if severity == "error":
        assert article.sentences == () and article.paragraphs == ()


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (" date 2021-02-30 WORLD\n", 1, ["2021-02-30", "not a valid date"]),
        ("\n\n date 2021-13-01 WORLD\n", 3, ["2021-13-01", "not a valid date"]),
        (" date 3021-11-16 WORLD\n", 1, ["3021-11-16", "future"]),
        (" date 2025-01-02 WORLD\n", 1, ["2025-01-02", "future"]),
        (" date 1021-11-16 WORLD\n", 1, ["1021-11-16", "out of range"]),
        (" date yesterday WORLD\n", 1, ["no valid date", "yesterday"]),
        ("Headline here today\nFebruary 30, 2021\n\n", 2, ["2021-02-30", "dateline"]),
    ],
)
def test_impossible_dates_name_the_line(
    tmp_path: Path, text: str, line: int, words: list[str]
) -> None:
    article = _read(tmp_path, text + BODY)
    assert article.published is None
    dated = [p for p in article.problems if p.line == line]
    assert dated, article.problems
    for word in words:
        assert word in dated[0].message
    assert any(p.message == "no publication date" for p in article.problems)


def test_reference_date_itself_is_allowed(tmp_path: Path) -> None:
    article = _read(tmp_path, " date 2025-01-01 WORLD\n" + BODY)
    assert article.published == REF and article.problems == ()


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ("Le ministère a déclaré mardi que des soldats ont été tués près de la frontière."
         .encode("latin-1"), ["not UTF-8", "cp1252"]),
        ("The minister said “we will respond” — the café was closed.".encode("cp1252"),
         ["not UTF-8", "cp1252"]),
        ("Министерство обороны сообщило во вторник о погибших на границе.".encode("cp1251"),
         ["cp1251"]),
        ("Министерство обороны сообщило во вторник о погибших на границе.".encode("utf-16"),
         ["UTF-16"]),
    ],
)  # fmt: skip
def test_legacy_encodings_are_decoded_with_warning(
    tmp_path: Path, data: bytes, words: list[str]
) -> None:
    article = _read(tmp_path, data)
    warnings = [p for p in article.problems if p.severity == "warning" and "date" not in p.message]
    assert warnings and all(w in warnings[0].message for w in words)
    assert article.sentences
    assert "\ufffd" not in _all_text(article)


def test_undecodable_bytes_are_refused(tmp_path: Path) -> None:
    article = _read(tmp_path, bytes(range(128, 256)) * 3)
    assert article.status == "error" and not article.sentences


def test_bom_and_crlf_are_silent(tmp_path: Path) -> None:
    text = ("Council approves the budget\r\n\r\n" + BODY.replace("\n", "\r\n")).encode()
    article = _read(tmp_path, b"\xef\xbb\xbf" + text)
    assert article.headline == "Council approves the budget"
    assert article.paragraphs == (
        "The council approved the budget on Monday.",
        "Officials said the plan was final.",
    )
    assert "\r" not in _all_text(article) and "\ufeff" not in _all_text(article)


def test_size_limit_is_a_setting(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text(BODY)
    article = read_seed(path, "seeds/x.txt", None, OUTLETS, REF, max_bytes=10)
    assert article.status == "error" and "too large" in article.problems[0].message
    assert f"{len(BODY.encode()):,} bytes" in article.problems[0].message


def test_duplicate_id_keeps_the_first(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(BODY)
    (tmp_path / "a.txt").write_text(BODY)
    articles, _ = read_seeds(tmp_path, REF)
    assert [(a.file, a.status) for a in articles] == [("a.md", "warning"), ("a.txt", "error")]
    assert "a.md" in articles[1].problems[0].message


def test_other_files_are_not_read_but_noted_and_metadata_by_id_works(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / ".DS_Store").write_bytes(b"\0")
    (tmp_path / "sources.yaml").write_text("a:\n  published: 2021-11-16\n")
    articles, problems = read_seeds(tmp_path, REF)
    assert [a.file for a in articles] == ["a.txt"]
    assert [(p.file.rsplit("/", 1)[-1], p.severity) for p in problems] == [("notes.pdf", "note")]
    assert articles[0].published_from == "metadata"


def test_missing_seed_folder_is_a_problem(tmp_path: Path) -> None:
    articles, problems = read_seeds(tmp_path / "nope", REF)
    assert articles == [] and "not found" in problems[0].message


# ---------------------------------------------------------------- properties


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.one_of(st.text(), st.binary()))
def test_any_input_gives_an_article(tmp_path: Path, data: str | bytes) -> None:
    raw = data.encode("utf-8", errors="surrogatepass") if isinstance(data, str) else data
    path = tmp_path / "prop.txt"
    path.write_bytes(raw)
    article = read_seed(path, "seeds/prop.txt", None, OUTLETS, REF)
    assert article.problems or article.sentences
    assert article.id == "prop" and article.file == "prop.txt"
    if article.status == "error":
        assert not article.sentences
    for sentence in article.sentences:
        assert sentence.text and sentence.text == sentence.text.strip()


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lines=st.lists(
        st.one_of(
            st.sampled_from(
                [" date 2021-11-16 By AFP", "By Jane Doe", "November 17, 2021", "MEHR: Text.",
                 "SOURCE:TRTWorld and agencies", "Related article: X", "Read more", "",
                 "Appeals to Moscow", "The council met on Monday.", "and then left."]
            ),
            st.text(max_size=80),
        ),
        max_size=20,
    )
)  # fmt: skip
def test_any_mix_of_seed_lines_gives_an_article(tmp_path: Path, lines: list[str]) -> None:
    path = tmp_path / "mix.txt"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    article = read_seed(path, "seeds/mix.txt", None, OUTLETS, REF)
    assert article.problems or article.sentences
    assert "could not be read" not in _messages(article)  # no internal exception


@pytest.mark.parametrize(
    ("first_line", "place", "text"),
    [
        ("YEREVAN — Armenia on Tuesday reported deaths.", "Yerevan", "Armenia on Tuesday"),
        ("BAKU, Nov 16 (Reuters) - Azerbaijan said troops died.", "Baku", "Azerbaijan said"),
        ("STEPANAKERT -- Officials said the road was closed.", "Stepanakert", "Officials said"),
        ("*Stepanakert* — Officials said the road was closed.", "Stepanakert", "Officials said"),
        ("**YEREVAN** - Officials said the road was closed.", "Yerevan", "Officials said"),
        ("ЕРЕВАН, 16 ноября. /ТАСС/. Армения и Азербайджан договорились.", "Ереван", "Армения и"),
        ("NATO-led forces said the road was closed.", None, "NATO-led forces"),
        ("EU — the bloc called for calm.", None, "EU — the bloc"),
    ],
)
def test_place_datelines_become_metadata(
    tmp_path: Path, first_line: str, place: str | None, text: str
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f" date 2021-11-16 WORLD\n{first_line}\n\nMore text follows here.\n", "utf-8")
    article = read_seed(path, "seeds/a.txt", None, OUTLETS, REF)
    assert article.dateline_place == place
    assert article.sentences[0].text.startswith(text)


@pytest.mark.parametrize(
    ("first_line", "place", "wire", "published", "text"),
    [
        # news agencies' own datelines: place, day and month (a year or not), agency
        (
            "Москва. 10 ноября. ИНТЕРФАКС - Президент России подписал заявление.",
            "Москва",
            "Interfax",
            None,
            "Президент России",
        ),
        (
            "ԵՐԵՎԱՆ, 14 ՍԵՊՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ: Ադրբեջանը խախտել է հրադադարը։",
            "Երեվան",
            "Armenpress",
            None,
            "Ադրբեջանը",
        ),
        (  # place, date and agency joined by slashes (Turan, dev split)
            "Баку/15.12.21/Turan: На трехсторонней встрече в Брюсселе была подтверждена "
            "договоренность.",
            "Баку",
            "Turan",
            "2021-12-15",
            "На трехсторонней",
        ),
        (  # ... reposted, its place lost and a count in its stead (en-02b46ad376)
            "16 09.02.21/ Turan: Late in the evening on February 9, another exchange of "
            "prisoners took place between Armenia and Azerbaijan.",
            None,
            "Turan",
            "2021-02-09",
            "Late in the evening",
        ),
        (  # ... or with nothing in its stead
            "09.02.21/Turan: Late in the evening on February 9, another exchange took place.",
            None,
            "Turan",
            "2021-02-09",
            "Late in the evening",
        ),
        (  # a date and a name that is no agency's, after a slash: a sentence, kept
            "16 09.02.21/ Chapter: the next exchange of prisoners took place.",
            None,
            None,
            None,
            "16 09.02.21/ Chapter",
        ),
        (  # a clock time and a dash before the agency (Regnum, dev split)
            "Баку, 8 августа, 2022, 08:55 — ИА Регнум. Приграничные позиции были обстреляны.",
            "Баку",
            "Regnum",
            "2022-08-08",
            "Приграничные",
        ),
        (
            "Bakı, 3 may 2022, APA. Ermənistan silahlı qüvvələri atəşkəsi pozub.",
            "Bakı",
            "APA",
            "2022-05-03",
            "Ermənistan silahlı",
        ),
        (
            "Bakı. 3 may. AZƏRTAC. Ermənistan silahlı qüvvələri atəşkəsi pozub.",
            "Bakı",
            "Azertac",
            None,
            "Ermənistan silahlı",
        ),
        (
            "Baku, Sept 21, 2023, Reuters - Azerbaijan said it restored control.",
            "Baku",
            "Reuters",
            "2023-09-21",
            "Azerbaijan said",
        ),
        # a place dateline with a full date, two places
        (
            "BAKU/YEREVAN, Sept 14, 2022 (Reuters) - Armenia said two soldiers died.",
            "Baku/Yerevan",
            "Reuters",
            "2022-09-14",
            "Armenia said",
        ),
        (
            "YEREVAN, Nov 16, 2021 (AP) — Armenia said two soldiers died.",
            "Yerevan",
            "AP",
            "2021-11-16",
            "Armenia said",
        ),
        # place and agency, no date
        (
            "Bakı. APA. Ermənistan silahlı qüvvələri atəşkəsi pozub.",
            "Bakı",
            "APA",
            None,
            "Ermənistan",
        ),
        (
            "Baku. Reuters: Azerbaijan said it restored control.",
            "Baku",
            "Reuters",
            None,
            "Azerbaijan",
        ),
        ("Meanwhile. Officials said two soldiers died.", None, None, None, "Meanwhile."),
        # a place not in capitals before a known outlet in parentheses
        (
            "Erevan (AFP) - Au moins 27 personnes ont été tuées, selon les autorités.",
            "Erevan",
            "AFP",
            None,
            "Au moins 27",
        ),
        ("Paris (Reuters) — France called for calm.", "Paris", "Reuters", None, "France called"),
        ("Armenia (officials) - two soldiers died.", None, None, None, "Armenia (officials)"),
        # not an outlet, or no day and month: a sentence, kept whole
        (
            "London, 5 March 2022, the Foreign Office said: talks resume.",
            None,
            None,
            None,
            "London, 5 March 2022",
        ),
        ("Yesterday, 5 soldiers, Reuters - were hurt.", None, None, None, "Yesterday, 5"),
    ],
)
def test_agency_datelines_become_metadata(
    tmp_path: Path,
    first_line: str,
    place: str | None,
    wire: str | None,
    published: str | None,
    text: str,
) -> None:
    article = _read(tmp_path, f"{first_line}\n\nMore text follows here.\n")
    assert (article.dateline_place, article.wire) == (place, wire)
    assert article.published == (dt.date.fromisoformat(published) if published else None)
    assert article.published_from == ("dateline" if published else None)
    assert article.sentences[0].text.startswith(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Reuters and the AFP news agency reported it.", ["Reuters", "AFP"]),
        ("According to AFP, quoted by Interfax.", ["AFP", "Interfax"]),
        ("XAFP, AFPX, e-AFP and www.afp are not mentions.", []),
        ("Reuters, then Reuters again.", ["Reuters"]),
    ],
)
def test_outlets_mentioned_in_running_text(text: str, names: list[str]) -> None:
    assert [o.name for o in OUTLETS.mentioned(text)] == names


# -- the date in an article's address (real addresses of the eval corpus's dev split) --------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://newscenter.az/2023/09/20/mn-agdere-yasayis-menteqesinin", "2023-09-20"),
        ("https://en.armradio.am/2022/05/02/armenian-defense-ministry-once-again/", "2022-05-02"),
        ("https://efe.com/en/latest-news/2023-09-30/armenia-receives-more", "2023-09-30"),
        ("https://french.presstv.ir/Detail/2016/04/11/460159/Haut-Karabakh", "2016-04-11"),
        ("https://panorama.am/am/news/2022/09/17/Минобороны-Азербайджан/2731546", "2022-09-17"),
        # run together, as Sputnik, RFI and 1news.az write it (a clock and serial after it)
        ("https://am.sputniknews.ru/amp/20230514/novaya-vstrecha-59626028.html", "2023-05-14"),
        ("https://www.rfi.fr/fr/europe/20201215-haut-karabakh-l-armenie", "2020-12-15"),
        ("https://1news.az/news/20211114032117608-Minoborony-Azerbaidzhana", "2021-11-14"),
        ("https://example.org/news/20211399-not-a-date", None),
        # a day-first run whose day cannot be a month (m24.ru; ru-ab3afe806c)
        ("https://m24.ru/amp/news/proisshestviya/28072019/84398", "2019-07-28"),
        # a day, a month's name and a year run together (newsru.com; ru-4f7da02c4a)
        ("https://newsru.com/world/02nov2020/karabah.html", "2020-11-02"),
        ("https://newsru.com/world/17Nov2021/", "2021-11-17"),
        ("https://example.org/news/12abc2020/", None),
        ("https://example.org/news/31feb2021/", None),
        # not a date: an article number, an ambiguous day-first run, day-first with
        # slashes, mixed separators, a month alone
        ("https://m24.ru/amp/news/proisshestviya/05072019/84398", None),
        ("https://amp.rbc.ru/rbcnews/politics/12/02/2017/58a01ac09a79470da19d1354", None),
        ("https://www.qna.org.qa/en/News-Area/News/2022-09/23/0018-armenian", None),
        ("https://massispost.com/2022/08/brussels-talks/", None),
        ("https://hetq.am/hy/article/137929", None),
        # the host and the query are not read
        ("https://2021-11-17.example.org/news?date=2021-11-17", None),
        (None, None),
    ],
)
def test_url_date(url, expected):
    found = ingest.url_date(url)
    assert (found.text if found else None) == expected


def test_the_address_dates_an_article_whose_text_does_not(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "Armenia's defence ministry said on Monday that Azerbaijani forces opened fire.\n",
        encoding="utf-8",
    )
    (seeds / "sources.yaml").write_text(
        "a.txt:\n  url: https://en.armradio.am/2022/05/02/ministry-refutes/\n", encoding="utf-8"
    )
    articles, _ = ingest.read_seeds(seeds, reference_date=dt.date(2026, 1, 1))
    assert (articles[0].published, articles[0].published_from) == (dt.date(2022, 5, 2), "url")


def test_the_text_s_date_wins_over_the_address_and_the_difference_is_said(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "date 2022-05-03 By staff\n\nThe ministry said on Monday that forces opened fire.\n",
        encoding="utf-8",
    )
    (seeds / "sources.yaml").write_text(
        "a.txt:\n  url: https://en.armradio.am/2022/05/02/ministry-refutes/\n", encoding="utf-8"
    )
    articles, _ = ingest.read_seeds(seeds, reference_date=dt.date(2026, 1, 1))
    article = articles[0]
    assert (article.published, article.published_from) == (dt.date(2022, 5, 3), "header")
    assert any(
        "address 2022-05-02 disagrees with header date" in p.message for p in article.problems
    )


# -- the text on a scraper's header line (real first lines of the eval corpus's dev split) ---


@pytest.mark.parametrize(
    ("first_line", "kept"),
    [
        (
            " date 2020-08-15 The Armenian Defense Ministry denies the reports claiming that the "
            "Azerbaijani Armed Forces shot down a drone of the Armenian armed forces on Saturday.",
            "The Armenian Defense Ministry denies the reports claiming that the Azerbaijani "
            "Armed Forces shot down a drone of the Armenian armed forces on Saturday.",
        ),
        (
            " date 2023-05 Un soldat azerbaïdjanais a été tué jeudi dans de nouveaux "
            "affrontements à la frontière entre l’Arménie et l’Azerbaïdjan.",
            "Un soldat azerbaïdjanais a été tué jeudi dans de nouveaux affrontements à la "
            "frontière entre l’Arménie et l’Azerbaïdjan.",
        ),
        # the header's own byline and stamps are no text, nor a section label
        ("date 2021-11-16 By AFP - Nov 16,2021 - Last updated at Nov 16,2021", None),
        (" date 2022-09-14 Advanced search", None),
        (" date 2021-11-16 WORLD", None),
        (" date 2020-10-04", None),
    ],
)
def test_the_text_on_the_header_line_is_text(tmp_path, first_line, kept):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    body = "Armenia's defence ministry said on Monday that forces opened fire near the border."
    (seeds / "a.txt").write_text(f"{first_line}\n\n{body}\n", encoding="utf-8")
    articles, _ = ingest.read_seeds(seeds, reference_date=dt.date(2026, 1, 1))
    texts = [s.text for s in articles[0].sentences]
    assert texts == ([kept] if kept else []) + [body]


@pytest.mark.parametrize(
    ("line", "kept", "place"),
    [
        # an outlet's own dateline: place in capitals, country, day and month (dev split)
        (
            "BAKU, Azerbaijan, September 19. Azerbaijan has destroyed combat positions, long-term "
            "firing points and military facilities.",
            "Azerbaijan has destroyed combat positions, long-term firing points and military "
            "facilities.",
            "Baku",
        ),
        (
            "BAKU, Azerbaijan, Sept.19 Azerbaijan has destroyed positions of the separatists.",
            "Azerbaijan has destroyed positions of the separatists.",
            "Baku",
        ),
        # not a dateline: a sentence that names a place and a country
        (
            "BAKU, Azerbaijan, and Yerevan traded accusations on Monday over the shooting.",
            "BAKU, Azerbaijan, and Yerevan traded accusations on Monday over the shooting.",
            None,
        ),
    ],
)
def test_place_country_dateline(tmp_path, line, kept, place):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(f"date 2023-09-19 x\n\n{line}\n", encoding="utf-8")
    articles, _ = ingest.read_seeds(seeds, reference_date=dt.date(2026, 1, 1))
    assert [s.text for s in articles[0].sentences] == [kept]
    assert articles[0].dateline_place == place


# -- pictures and photo captions are no article text (lines of the eval corpus's dev split) --


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        (
            "Ethnic Armenian soldiers stand in a trench at their position near Nagorno-Karabakh's"
            " town of Martuni, April 8, 2016. REUTERS/Staff",
            True,
        ),
        (
            "Ethnic Armenian soldiers gather at their fighting positions near the village of "
            "Taghavard in the region of Nagorno-Karabakh, January 11, 2021. (credit: "
            "REUTERS/ARTEM MIKRYUKOV)",
            True,
        ),
        (
            "An injured civilian receives medical treatment from Russian peacekeepers - "
            "RUSSIAN DEFENCE MINISTRY/via REUTERS",
            True,
        ),
        ('<image>data:image/png;base64,AAAA" alt="Son Dakika"</image>', True),
        # a slash between names that is no credit, and wire copy citing agencies
        ("The OSCE/ODIHR mission said the vote was calm.", False),
        (
            "Armenia's defence ministry said 12 servicemen were captured, Reuters/TASS reported.",
            False,
        ),
        ("Seven Azerbaijani troops have been killed in border clashes with Armenia.", False),
    ],
)
def test_is_caption(line, caption):
    outlets = ingest.load_outlets(ingest.DEFAULT_OUTLETS_FILE)
    assert ingest.is_caption(line, outlets) is caption


# -- a month-only header, kept at its precision, refined by a dateline (dev split) -----------


@pytest.mark.parametrize(
    ("first_lines", "published", "month"),
    [
        # the header gives the month; the agency's dateline, with no year, gives the day
        (" date 2023-04 Bakou, 11 avril, AZERTAC\n", (dt.date(2023, 4, 11), "dateline"), None),
        # the month alone: kept as the month, never a guessed day
        (
            " date 2022-12 Kəlbəcər rayonunda 4-ü hərbçi olmaqla 8 nəfər minaya düşüb\n",
            (None, None),
            "2022-12",
        ),
        # a dateline of another month does not refine it
        (" date 2023-04 Bakou, 11 mars, AZERTAC\n", (None, None), "2023-04"),
    ],
)
def test_a_month_only_header(tmp_path, first_lines, published, month):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    body = "Le ministère a déclaré que des soldats ont ouvert le feu près de la frontière."
    (seeds / "a.txt").write_text(f"{first_lines}\n{body}\n", encoding="utf-8")
    articles, _ = ingest.read_seeds(seeds, reference_date=dt.date(2026, 1, 1))
    article = articles[0]
    assert (article.published, article.published_from) == published
    assert article.published_month == month


@pytest.mark.parametrize(
    ("url", "month", "published"),
    [
        # no day: the month of publication, no day guessed
        ("https://massispost.com/2022/08/brussels-talks/", "2022-08", None),
        ("https://example.org/2022/08/17/story", None, dt.date(2022, 8, 17)),
        ("https://example.org/news/2022/13/story", None, None),
    ],
)
def test_month_of_publication_from_the_address(
    tmp_path: Path, url: str, month: str | None, published: dt.date | None
) -> None:
    meta = SeedMetadata(url=url)
    article = _read(tmp_path, "Council approves the budget\n\n" + BODY, meta=meta)
    assert (article.published_month, article.published) == (month, published)


# ---------------------------------------------------------------- captions over credits

# fr-b539231065 (dev-a): a screenshot's caption, a whole sentence, over its credit line.
FR_CAPTION_PAGE = (
    "Un soldat azerbaïdjanais a été tué dans des affrontements frontaliers avec l'Arménie, a "
    "indiqué jeudi le ministère azerbaïdjanais de la Défense, à quelques jours de pourparlers "
    "prévus entre Bakou et Erevan à Bruxelles.\n\n"
    "Au moins 49 soldats arméniens ont été tués dans des affrontements frontaliers entre "
    "l'Arménie et l'Azerbaïdjan.\n"
    "©Capture d'écran Twitter\n\n"
    "\"Un militaire de l'armée azerbaïdjanaise a été tué à l'issue d'une provocation des "
    'forces arméniennes", a affirmé le ministère dans un communiqué.\n'
)


def test_the_caption_over_a_photo_credit_is_no_article_text(tmp_path: Path) -> None:
    article = _read(tmp_path, FR_CAPTION_PAGE)
    text = _all_text(article)
    assert "Au moins 49 soldats arméniens" not in text
    assert "Capture d'écran" not in text
    # the article's sentences around it stay
    assert "Un soldat azerbaïdjanais a été tué" in text
    assert "a affirmé le ministère dans un communiqué" in text


@pytest.mark.parametrize(
    "credit",
    [
        "©Capture d'écran Twitter",
        "© AFP",
        "Photo: Reuters",
        "Фото: РИА Новости",
        "Լուսանկարը՝ Photolure",
        "Foto: APA",
        "Fotoğraf: AA",
    ],
)
def test_a_short_credit_line_in_any_language_marks_the_caption_above(
    tmp_path: Path, credit: str
) -> None:
    caption = "Soldiers stand guard at a checkpoint near the border."
    article = _read(tmp_path, f"{BODY}\n{caption}\n{credit}\n\n{BODY}")
    assert caption not in _all_text(article)
    assert "The council approved the budget on Monday." in article.paragraphs


def test_a_copyright_notice_closing_the_page_keeps_the_last_sentence(tmp_path: Path) -> None:
    # en-669c5b6452 (dev-a) closes on "© Reuters 2022": the sentence above it is the article's
    last = "Officials said the plan was final."
    article = _read(
        tmp_path, f"The council approved the budget on Monday.\n\n{last}\n© Reuters 2022\n"
    )
    assert last in article.paragraphs
    # nor does a credit that ends the page mark the paragraph above it
    article = _read(tmp_path, f"The council approved the budget on Monday.\n\n{last}\n© AFP\n")
    assert last in article.paragraphs


def test_a_credit_under_a_longer_paragraph_keeps_it(tmp_path: Path) -> None:
    text = (
        "The council approved the budget on Monday. It will take effect in May.\n"
        "© AFP\n\nOfficials said the plan was final and would not be changed again.\n"
    )
    article = _read(tmp_path, text)
    assert "It will take effect in May." in _all_text(article)


@pytest.mark.parametrize(
    "line",
    [
        # a link back to the story before (samanyoluhaber.com)
        "<< Önceki Haber Azerbaycan: Savunma hattı kırıldı, yedi köy kontrol... Sonraki Haber >>",
        # links to other stories, tags, links and follow buttons, in each pack's words
        "Читайте также: Минобороны Армении опровергло сообщения",
        "Կարդացեք նաև՝ Ադրբեջանը խախտել է հրադադարը",
        "Oxu: Ermənistan ordusu mövqelərimizi atəşə tutub",
        "Ayrıca okuyun: Ermenistan sınırında çatışma",
        "Lire aussi : Haut-Karabakh, la guerre oubliée",
        "Tags: Armenia, Azerbaijan, Nagorno-Karabakh",
        "Теги: Армения, Азербайджан",
        "Etiketler: Ermenistan, Azerbaycan",
        "Mots-clés : Arménie, Azerbaïdjan",
        "https://t.me/armenpress",
        "#Armenia #Azerbaijan #Karabakh",
        "Читайте нас в Telegram",
        "Bizi Telegram-da izləyin",
        "powered by social2s",
        # en-a57c59d819 (dev-a): an outlet's note on its wording under every article
        "For ease of reading, we choose not to use qualifiers such as ‘de facto’, ‘unrecognised’, "
        "or ‘partially recognised’ when discussing institutions or political positions within "
        "Abkhazia, Nagorno-Karabakh, and South Ossetia. This does not imply a position on their "
        "status.",
    ],
)
def test_page_furniture_of_every_pack_is_removed(tmp_path: Path, line: str) -> None:
    article = _read(tmp_path, f"{BODY}\n{line}\n\n{BODY}")
    assert line not in _all_text(article)
    assert "The council approved the budget on Monday." in article.paragraphs


@pytest.mark.parametrize(
    "sentence",
    [
        "Daha fazla asker öldü: bakanlık 5 kişinin hayatını kaybettiğini açıkladı.",
        "Also on Monday, Aliyev said: the talks will go on.",
        "Ավելին՝ 3 զինծառայող է զոհվել։",
        "@armenpress reported that three soldiers died.",
    ],
)
def test_sentences_opening_like_furniture_are_kept(tmp_path: Path, sentence: str) -> None:
    article = _read(tmp_path, f"{sentence}\n\n{BODY}")
    assert sentence in _all_text(article)


# fr-5e56a9b1bc (dev-a): the headline again after the text, over a share widget.
FR_TITLE_OVER_WIDGET = (
    "Depuis presque deux semaines, des activistes azerbaïdjanais ont bloqué le corridor de "
    "Latchine, la seule route qui relie la région montagneuse du Haut-Karabakh à l'Arménie.\n"
    "Des milliers de manifestants au Haut-Karabakh contre le blocage d'un axe vital vers "
    "l'Arménie\n"
    "powered by social2s\n"
)


def test_a_title_over_the_page_widgets_after_the_text_is_no_sentence(tmp_path: Path) -> None:
    article = _read(tmp_path, FR_TITLE_OVER_WIDGET)
    text = _all_text(article)
    assert "Des milliers de manifestants" not in text
    assert "social2s" not in text
    assert "des activistes azerbaïdjanais ont bloqué le corridor de Latchine" in text


def test_a_text_cut_short_keeps_its_last_line(tmp_path: Path) -> None:
    # en-1c15a97070 (dev-a) ends mid-sentence, nothing after it: the article's own words
    last = (
        "Prime Minister Nikol Pashinyan defended the deal welcomed by Western powers, saying that"
    )
    article = _read(tmp_path, f"{BODY}\n{last}\n")
    assert last in _all_text(article)


# ---------------------------------------------------------------- epigraphs and cut captions


def test_a_quotation_signed_by_a_bare_name_is_page_furniture(tmp_path: Path) -> None:
    # en-0f108ab9f3 (dev): the ministry site's motto over its release
    article = _read(
        tmp_path,
        "Please ensure Javascript is enabled for purposes of website accessibility\n"
        '"The army is a pillar of our country, nation,\n'
        'state, independence!"\n'
        "Heydar Aliyev\n\n\n"
        "14 September 2022 12:48\n\n"
        "Azerbaijan Army positions in the Kalbajar direction are being subjected to artillery "
        "fire\n\n"
        "The Azerbaijan Army positions of the Kalbajar region are being subjected to fire by "
        "the use of D-30 and D-20 howitzers from the Armenian armed forces positions.\n"
        "The Armenian side must refrain from provocative actions and comply with the ceasefire "
        "agreement reached.\n",
    )
    text = _all_text(article)
    assert "pillar of our country" not in text
    assert "Heydar Aliyev" not in text
    assert "D-30 and D-20 howitzers" in text


def test_a_quotation_said_in_the_article_stays(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "Clashes on the border\n\n"
        "The ministry reported heavy shelling near Jermuk on Tuesday morning.\n\n"
        '"Our positions came under fire from mortars and artillery," the spokesman said.\n\n'
        "The ministry said the fire stopped at noon.\n",
    )
    assert "Our positions came under fire" in _all_text(article)


def test_a_dated_caption_cut_where_the_page_ends_is_furniture(tmp_path: Path) -> None:
    # en-510bcad1c0 (dev): the store's text ends inside the caption's year
    article = _read(
        tmp_path,
        "Azerbaijan launches military operation in Karabakh\n\n"
        "The contested region is internationally recognised as part of Azerbaijan, but its "
        "population is predominantly ethnic Armenian.\n\n"
        "11:52 AM BST\n\n"
        "Pictured: Civilians take cover in bomb shelters\n\n"
        "Civilians take cover in a shelter following the launch of a military operation by "
        "Azerbaijan, September 19, 20",
    )
    text = _all_text(article)
    assert "take cover in a shelter" not in text
    assert "predominantly ethnic Armenian" in text


def test_a_last_sentence_with_a_date_stays(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "Talks in Brussels\n\n"
        "The leaders met in Brussels on Sunday.\n\n"
        "The ministers will meet again in Washington, said the spokesman on May 14, 20",
    )
    assert "The ministers will meet again" in _all_text(article)


@pytest.mark.parametrize(
    "line",
    [
        "Müəllif:",  # teleqraf.com: an author's label with no name
        "Sonraki Haber Yükleniyor...",  # tgrthaber.com
        "Loading...",
        "GÜNCEL / SİYASET ABONE OL",  # bloomberght.com: section and subscribe buttons
        "HABERE YORUM KAT",  # adanapost.com: "comment on the story"
        "+ ↺ − 16 px",  # news.az: the font-size widget
        "1 589",  # teleqraf.com: a view counter
        "կարևոր",  # yerkir.am: a tag, one lower-case word
        "prev Նախորդ նորություն",  # verelq.am: the link to the previous story
    ],
)
def test_page_widgets_labels_and_capital_buttons_are_furniture(tmp_path: Path, line: str) -> None:
    article = _read(
        tmp_path,
        "Border clash\n\n"
        "The ministry said two soldiers were wounded on Tuesday near the border village.\n\n"
        f"{line}\n\n"
        "The ministry added that the situation on the border remained tense.\n",
    )
    assert [s.text for s in article.sentences] == [
        "The ministry said two soldiers were wounded on Tuesday near the border village.",
        "The ministry added that the situation on the border remained tense.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "SINIRDA ŞOK SALDIRI! İKİ ASKER ÖLDÜ!",  # haberartiturk.com: a headline that ends
        "YEREVAN (AFP) -",  # a dateline, read as one
    ],
)
def test_capital_sentences_and_datelines_are_not_widgets(line: str) -> None:
    assert not ingest._is_capital_label(line)


def test_update_words_in_a_long_sentence_are_no_stamp(tmp_path: Path) -> None:
    """A long line is a stamp only when a stamp opens it before an update stamp: a
    sentence that gives a date and says "updated" is text."""
    line = (
        "The ministry said on 17.11.2021 10:49 that the statement, updated later with more"
        " details about the clashes in the Kalbajar district, stood."
    )
    article = _read(tmp_path, f"Council approves the budget\n\n{line}\n\n{BODY}")
    assert article.published is None
    assert "Kalbajar" in _all_text(article)


def test_stamp_under_a_widget_heading_after_the_text_is_a_teasers(tmp_path: Path) -> None:
    """A stamp under a widget's heading in capitals after the article's text dates the
    widget's first teaser, not the article (golosarmenii.am, dev hy-77d35866d1: the
    author's latest stories under "ПОСЛЕДНИЕ ОТ АВТОРА"; its stamp there was of 2025)."""
    text = (
        "Մուստաֆաև․ Սահմանազատման արդյունքում «Ղազախի շրջանի 4 գյուղերը վերադարձվել են"
        " Ադրբեջանին»\n"
        "Հայաստանի և Ադրբեջանի միջև սահմանազատման աշխատանքների արդյունքում որոշվել է 12,7"
        " կմ երկարությամբ սահմանագիծը, այս մասին հայտարարել է Ադրբեջանի փոխվարչապետ Շահին"
        " Մուստաֆաևը։\n"
        "Aysor.am\n"
        "ПОСЛЕДНИЕ ОТ АВТОРА\n"
        "-\n"
        "2024-06-26 20:14\n"
        "Страны ЕАЭС и Индия приняли решение начать консультации по проекту торгового"
        " соглашения.\n"
    )
    assert _read(tmp_path, text).published is None
    # the same stamp before the text is the page's
    headline, rest = text.split("\n", 1)
    assert _read(tmp_path, f"{headline}\n2024-06-26 20:14\n{rest}").published == dt.date(
        2024, 6, 26
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # the month's name as a path segment: run together (ru-4f7da02c4a) or as segments
        ("https://newsru.com/world/02nov2020/karabah.html", "2020-11-02"),
        ("https://www.theguardian.com/world/2020/oct/02/armenia-azerbaijan", "2020-10-02"),
        ("https://example.org/news/17-nov-2021/clashes", "2021-11-17"),
        # words of a slug may name the events' day, not the article's: not read
        ("https://example.org/news/clashes-of-27-september-2020", None),
        ("https://example.org/news/31feb2020/x", None),  # no such day
        ("https://example.org/2020/news/02/x", None),
    ],
)
def test_url_date_with_a_month_name(url: str, expected: str | None) -> None:
    found = ingest.url_date(url)
    assert (found.text if found else None) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # ru-6a925bf69a: the stamp's box run into the headline's
        (
            "02:31 / 24.11.2022Минобороны Армении обвинило Азербайджан в ранении солдата",
            ("2022-11-24", "Минобороны Армении обвинило Азербайджан в ранении солдата"),
        ),
        (
            "24.11.2022 02:31 Armenia accuses Baku of shelling",
            ("2022-11-24", "Armenia accuses Baku of shelling"),
        ),
        # no clock time: a date may open a sentence; a stamp alone is a dateline's
        ("24.11.2022 Armenia accuses Baku of shelling", None),
        ("17.11.2021 10:35", None),
        ("10:35 17 November 2021 - the ministry said that", None),
    ],
)
def test_stamp_before_the_headline(line: str, expected: tuple[str, str] | None) -> None:
    found = ingest._stamp_before_headline(line)
    assert (None if found is None else (found[0].text, found[1])) == expected


def test_the_stamp_before_the_headline_dates_the_article(tmp_path: Path) -> None:
    text = (
        "02:31 / 24.11.2022Минобороны Армении обвинило Азербайджан в ранении солдата\n\n"
        "Армянский солдат получил ранение во время обстрела азербайджанскими военными поста "
        "на границе, заявило военное ведомство Армении.\n"
    )
    article = _read(tmp_path, text)
    assert (article.published, article.published_from) == (dt.date(2022, 11, 24), "dateline")
    assert article.headline == "Минобороны Армении обвинило Азербайджан в ранении солдата"


@pytest.mark.parametrize(
    ("url", "paragraphs", "expected"),
    [
        # ru-2966215b12 (rbc.ru, day first): the 3rd of April or the 4th of March; the text
        # tells of the night to the 2nd of April, after the 4th of March
        (
            "https://novideo.rbc.ru/photoreport/03/04/2016/5700b55a9a7947e39e76f381",
            ["В ночь на 2 апреля в Нагорном Карабахе возобновились боевые действия."],
            "2016-04-03",
        ),
        # nothing between the two readings, or in the week before the later one: unread
        ("https://x.ru/p/03/04/2016/5700b", ["1 марта начались бои."], None),
        ("https://x.ru/p/03/04/2016/5700b", ["10 марта начались бои."], None),
        # a day after the later reading: another year's, or what is to come
        ("https://x.ru/p/03/04/2016/5700b", ["2 апреля бои.", "Переговоры 20 мая."], None),
        ("https://x.ru/p/03/04/2016/5700b", [], None),
        # the order is certain: read by url_date, not here
        ("https://x.ru/p/24/11/2022/5700b", ["23 ноября бои."], None),
    ],
)
def test_address_read_either_way_chosen_by_the_text(
    url: str, paragraphs: list[str], expected: str | None
) -> None:
    found = ingest.url_date_by_text(url, paragraphs)
    assert (found.text if found else None) == expected


def test_a_certain_day_first_date_with_slashes_in_the_address() -> None:
    found = ingest.url_date("https://example.ru/news/24/11/2022/383345")
    assert found is not None and found.text == "2022-11-24"
    assert ingest.url_date("https://example.com/news/11/24/2022/383345") is None


@pytest.mark.parametrize(
    "line",
    [
        # a date opening a short line of text: no clock before the words after it
        "17 November 2021 10 soldiers",
        "17.11.2021 Azerbaijani forces",
    ],
)
def test_a_date_before_words_without_a_clock_is_no_stamp(line: str) -> None:
    assert ingest._dateline(line) is None


# ------------------------------------------------ stamps of outlets the corpus never saw

PAGES = yaml.safe_load((ROOT / "tests" / "data" / "pubdate-pages.yaml").read_text("utf-8"))


@pytest.mark.parametrize("page", PAGES, ids=[p["url"][:70] for p in PAGES])
def test_publication_date_of_outlets_never_seen(tmp_path: Path, page: dict[str, object]) -> None:
    """Each page's stamp is read, and no date where the page prints none (a date in a
    sentence, a caption's, a dateline without its year)."""
    article = _read(tmp_path, str(page["text"]))
    if page.get("missed"):  # a stamp no mechanism reads yet: never a wrong date instead
        assert article.published is None
        return
    assert article.published == page["date"]


ADDRESSED = [p for p in PAGES if p.get("url_date")]


@pytest.mark.parametrize("page", ADDRESSED, ids=[p["url"][:70] for p in ADDRESSED])
def test_publication_date_of_outlets_never_seen_with_their_address(
    tmp_path: Path, page: dict[str, object]
) -> None:
    """With its address known, as a collector knows it, a page is dated by its stamp, else by
    the day its address gives (round 11's pages: `/2022/01/11/`, `/2015-03-19/`)."""
    article = _read(tmp_path, str(page["text"]), meta=SeedMetadata(url=str(page["url"])))
    assert article.published == (page["date"] or page["url_date"])


@pytest.mark.parametrize(
    ("page", "published"),
    [
        # a masthead's date over its menu (aydinlik.com.tr): the day the page was seen
        ("22 Kasım 2024 Cuma\nİstanbul\n  • İçel\n  • Şırnak\n  • Çanakkale\n\n", None),
        ("Ուրբաթ, 22 սեպտեմբերի, 2023 թ.\n- Լուրեր\n- Քաղաքականություն\n\n", None),
        # a stamp over the headline and the text stays the article's
        ("22 Kasım 2024 Cuma\n\nCouncil approves the budget\n\n", dt.date(2024, 11, 22)),
        # a list of titles under the stamp is no menu (words of a sentence, a digit)
        (
            "22.11.2024 10:15\n- 12 soldiers killed near the border\n"
            "- Minsk qrupu həmsədrləri Qarabağdadır\n\n",
            dt.date(2024, 11, 22),
        ),
    ],
)
def test_a_masthead_date_over_a_menu_dates_no_article(
    tmp_path: Path, page: str, published: dt.date | None
) -> None:
    assert _read(tmp_path, page + BODY).published == published


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a count and a relative time before the stamp (yerkir.am)
        ("0 դիտում, 6 տարի առաջ - 2018-05-20 20:17", "2018-05-20"),
        # the clock time first, a section's name after the date (ru-c6ca3df3ef)
        ("11:45 / 15.07.2020 Мир", "2020-07-15"),
        # the clock time between the day and the year (armday.am)
        ("Դեկտեմբեր 14 18:25 2018", "2018-12-14"),
        ("Sunday 25 February 2024 - 21:04", "2024-02-25"),
        # a date beside a dash with no clock time may be a title's
        ("Clashes on the border - 12 September 2022", None),
        # an agency's dateline opening the text is no stamp line
        ("Баку, 8 августа, 2022, 08:55 — ИА Регнум. Приграничные позиции были обстреляны.", None),
        # a sentence's words beside the dash
        ("Azerbaijan says Armenian forces opened fire overnight near the border - 14:35", None),
        # a section's name run into the stamp, before or after it, or the clock into the date
        ("Siyasət24 sentyabr 2020 14:35", "2020-09-24"),
        ("24.09.2020 14:35Политика", "2020-09-24"),
        ("14:3524.09.2020", "2020-09-24"),
        # a page's path before the stamp; an author's name with its label or a comma
        ("Главная » Политика » 24.09.2020 14:35", "2020-09-24"),
        ("Ana Sayfa > Dünya > 24.09.2020 14:35", "2020-09-24"),
        ("Müəllif: Elvin Məmmədov 24.09.2020 14:35", "2020-09-24"),
        ("Иван Петров, 24 сентября 2020, 14:35", "2020-09-24"),
        # an author's label whose name the page left empty (ru-ee94a15007)
        ("Текст: , 16 ноября 2021, 17:40", "2021-11-16"),
        ("Автор: , 24.09.2020 14:35", "2020-09-24"),
        # ... still with its clock time only
        ("Текст: , 16 ноября 2021", None),
        # the views counted after the clock time (median.az); a year after it (armday.am)
        ("16.12.2020 22:30 1 485", "2020-12-16"),
        ("16.12.2020 22:30 598", "2020-12-16"),
        # its views and its comments counted after a clock with seconds (az-c7a6ad555b)
        ("Siyasət 27 Dek 2022 10:04:00 229 0", "2022-12-27"),
        # a count after the clock with words after it is a sentence's
        ("24.09.2020 14:35 12 soldiers", None),
        # a day, a month's name and a year set apart by slashes (hy-f0a9865569)
        ("28 / Հոկտեմբեր / 2020 : 19-23", "2020-10-28"),
        ("28/Oct/2020", "2020-10-28"),
        ("28 / soldiers / 2020", None),
        # the views counted before the stamp (ru-d7b55642b9)
        ("Прочитано: 1177 20:22 11 ЯНВАРЯ 2022", "2022-01-11"),
        # ... or before the stamp's label (az-737646cc30)
        ("Baxılıb: 303 Tarix: 20-09-2023 10:30", "2023-09-20"),
        ("Просмотров: 1 177 Дата: 11.01.2022 20:22", "2022-01-11"),
        ("Views: 512 | Published: 11.01.2022 20:22", "2022-01-11"),
        # a count, then a word that only opens like a label: no stamp
        ("Baxılıb: 303 Tarixi unudulmaz 20-09-2023 günü", None),
        # sentences with a date and a clock time stay sentences
        ("Ermənistan 24.09.2020 tarixində atəşkəsi pozub.", None),
        ("Операция началась в 06:00 27.09.2020 по всей линии фронта", None),
        ("Ադրբեջանը 24.09.2020 14:35-ին կրակ է բացել", None),
        ("The ministry said 3 soldiers were killed on 24.09.2020 14:35 near Kut.", None),
    ],
)
def test_stamp_lines_of_outlets_never_seen(line: str, expected: str | None) -> None:
    found = ingest._dateline(line)
    assert (found[0].text if found else None) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a section's name (az-b96e2263fb), the headline (doclist.ru) before a bracketed stamp
        ("Hadisə (27-02-2017, 11:11)", ("2017-02-27", "Hadisə")),
        (
            "В Армении и Азербайджане заявили о перестрелке в Карабахе (05.03.2023 11:55)",
            ("2023-03-05", "В Армении и Азербайджане заявили о перестрелке в Карабахе"),
        ),
        # after a dash, the page's bar behind it (az-c708388710)
        (
            "Kəlbəcərdə altı erməni hərbçisi əsir götürülüb -27-05-2021, 12:03. |",
            ("2021-05-27", "Kəlbəcərdə altı erməni hərbçisi əsir götürülüb"),
        ),
        # no clock time: a date in brackets may be a sentence's
        ("Ermənistan atəşkəsi pozub (27-02-2017)", None),
        ("Ermənistan atəşkəsi pozub - 27-02-2017", None),
        ("Минобороны сообщило о перестрелке. - 05.03.2023 11:55", None),
        # a sentence before it, or an update stamp, is no head line's stamp
        ("Минобороны сообщило о перестрелке. (05.03.2023 11:55)", None),
        ("Перестрелка в Карабахе (обновлено 05.03.2023 11:55)", None),
    ],
)
def test_bracketed_stamp_closing_a_head_line(line: str, expected: tuple[str, str] | None) -> None:
    found = ingest._stamp_after_title(line)
    assert ((found[0].text, found[1]) if found else None) == expected


def test_bracketed_stamp_after_the_text_is_a_teaser(tmp_path: Path) -> None:
    """A bracketed stamp under the article's text closes another story's title: no date."""
    text = (
        "Армения и Азербайджан обвинили друг друга в обстреле\n\n"
        "Минобороны Армении сообщило, что азербайджанские подразделения открыли огонь по "
        "армянским позициям на восточном участке границы, пострадавших нет.\n\n"
        "В Карабахе заявили о перестрелке (05.03.2023 11:55)\n"
    )
    assert _read(tmp_path, text).published is None


def test_place_dateline_day_under_a_month_header(tmp_path: Path) -> None:
    """A month-only header and a place's dateline with the day give the day (boursier.com)."""
    text = (
        "date 2024-02 L'Arménie annonce la mort de deux soldats\n\n"
        "TBILISSI, 13 février (Reuters) - L'Arménie a annoncé mardi la mort de deux soldats.\n"
    )
    assert _read(tmp_path, text).published == dt.date(2024, 2, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a run of stamps whose titles the page lost, under the text (gundemxeber.az, musavat.ru)
        (
            "Qarabağda ermənilərdən daha bir təxribat\n"
            "Dünən isə ermənilər növbəti təxribata əl atıblar, separatçıların nümayəndəsi deyib.\n"
            "7-06-2021, 11:41\n26-02-2019, 10:27\n20-02-2016, 01:05\n",
            None,
        ),
        (
            "Xankəndidə qarşıdurma\n"
            "Bu gün, avqustun 28-də baş separatçının iqamətgahı atəşə tutulub.\n"
            "28 Noyabr 2024\n27 Noyabr 2024\n",
            None,
        ),
        # the masthead's day over its weather, then the article's own stamp (artsakh.news)
        (
            "Ուրբաթ, 22 սեպտեմբերի, 2023 թ.\n|\nՍտեփանակերտում`   +15 °C\n\n"
            "Գորիսի փոխքաղաքապետը խոսել է սահմանի մասին\n"
            "Հինգշաբթի, 13 մայիսի, 2021 թ., 10:24\n\n"
            "Այս պահին ադրբեջանցիները շատ անառիկ դիրքեր են զբաղեցնում, հայտարարեց փոխքաղաքապետը։\n",
            "2021-05-13",
        ),
        # the masthead's day, its weather's label, place and temperature (arka.am)
        (
            "2025 թ. դեկտեմբերի 21, կիրակի\nեղանակը\nԵրևանում\n-2\n\n"
            "Արցախի ՊՆ–ն հերքում է Ադրբեջանի հերթական ապատեղեկատվությունը\n\n17.07.2018, 20:25\n"
            "Արցախի զորամասերից մեկում պայթյունի մասին ադրբեջանական ԶԼՄ–ների տեղեկությունն "
            "իրականությանը չի համապատասխանում։\n",
            "2018-07-17",
        ),
        # the page's clock over an archive's calendar, then the article's labelled stamp
        # beside its views (az-737646cc30: the clock is the day the page was seen)
        (
            "Xəbər lenti\n18/09/2024 [11:59]\nÖlkəmizə payız gəlir\nArxiv\n"
            "«    Sentyabr 2024    »\nBeÇaÇCaCŞB\n 1\n2345678\n9101112131415\n"
            "16171819202122\n23242526272829\n30 \n\n"
            "İlham Əliyev Blinkenə antiterror tədbirlərinin məqsədlərini açıqlayıb\n\n"
            "Baxılıb: 303     Tarix: 20-09-2023 10:30   \n\n"
            "Azərbaycan Prezidenti İlham Əliyev ABŞ-nin dövlət katibi Antoni Blinkenlə telefon "
            "danışığı zamanı faktları qeyd edib.\n",
            "2023-09-20",
        ),
        # ... a calendar with its days spaced, and no stamp of the article's: no date
        (
            "Monday, 18 September 2024\nArchive\nSeptember 2024\nMo Tu We Th Fr Sa Su\n"
            "1\n2 3 4 5 6 7 8\n9 10 11 12 13 14 15\n\n"
            "Armenia and Azerbaijan exchange accusations\n\n"
            "The Armenian Defence Ministry said its positions came under fire overnight.\n",
            None,
        ),
        # a month and year heading a section, no week of days under it: the stamp stays
        (
            "Vəziyyət gərgindir\n\n25.02.2013 10:06\nFevral 2013\n\n"
            "Erməni silahlı bölmələri dünən mövqelərimizi atəşə tutub.\n",
            "2013-02-25",
        ),
        # a count under a stamp is no temperature (a signed number is)
        (
            "Vəziyyət gərgindir\n\n25.02.2013 10:06\n598\n\n"
            "Erməni silahlı bölmələri dünən mövqelərimizi atəşə tutub.\n",
            "2013-02-25",
        ),
        # the headline and its stamp after a dash, under the page's path (az-c708388710)
        (
            "Əsas Səhifə > Azərbaycan / Manşet > Kəlbəcərdə altı erməni hərbçisi əsir götürülüb -\n"
            "Kəlbəcərdə altı erməni hərbçisi əsir götürülüb -27-05-2021, 12:03. |\n"
            "Mayın 27-də gecə Ermənistanın kəşfiyyat-təxribat qrupu ərazimizə keçməyə cəhd edib.\n",
            "2021-05-27",
        ),
        # one stamp alone under the text is the article's (azerbaijan.az)
        (
            "Hacıyev: Gəncə atəşə tutulub\n\n"
            "Ermənistan silahlı qüvvələri növbəti dəfə Gəncə şəhərini atəşə tutublar.\n\n"
            "2020-10-17\n",
            "2020-10-17",
        ),
        # two stamps of one date, the page's and its print's, stay a stamp
        (
            "Vəziyyət gərgindir\n\n25.02.2013 10:06\n25.02.2013\n\n"
            "Erməni silahlı bölmələri dünən mövqelərimizi atəşə tutub.\n",
            "2013-02-25",
        ),
    ],
)
def test_stamps_of_a_list_or_a_masthead_date_no_article(
    tmp_path: Path, text: str, expected: str | None
) -> None:
    published = _read(tmp_path, text).published
    assert (str(published) if published else None) == expected
