"""Scrapers' JSON as seeds (timeline.scraped): the fields of news-please, trafilatura and
newspaper4k, one article per .json file or per .jsonl line."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from timeline.scraped import published_day, read_scraped

NEWS_PLEASE = {  # the fields news-please's JSON pipeline writes
    "authors": ["Staff"],
    "date_download": "2022-09-14 08:00:00",
    "date_modify": "None",
    "date_publish": "2022-09-13 21:40:00",
    "description": "Clashes on the border.",
    "filename": "x.json",
    "image_url": None,
    "language": "en",
    "localpath": None,
    "maintext": "Armenia's defence ministry said on Tuesday that 49 soldiers were killed.",
    "source_domain": "www.example.org",
    "title": "Dozens killed in Armenia-Azerbaijan clashes",
    "title_page": None,
    "title_rss": None,
    "url": "https://www.example.org/news/2022/09/13/clashes",
}
TRAFILATURA = {  # extract(output_format="json", with_metadata=True)
    "title": "Azerbaijan, Armenia exchange accusations",
    "author": "Ani Mejlumyan",
    "hostname": "eurasianet.org",
    "date": "2023-04-11",
    "text": "Azerbaijan and Armenia traded accusations on Tuesday.",
    "language": None,
    "source": "https://eurasianet.org/azerbaijan-armenia-exchange-accusations",
    "source-hostname": "Eurasianet",
    "filedate": "2026-12-06",
}
NEWSPAPER = {
    "title": "Des soldats tués à la frontière",
    "text": "Six soldats ont été tués mardi, selon Erevan.",
    "publish_date": "2021-11-16T18:30:00+04:00",
    "url": "https://www.example.fr/monde/soldats",
    "meta_lang": "fr",
    "authors": [],
    "meta_site_name": "Exemple",
}


def test_a_news_please_file_is_one_article():
    found, problems = read_scraped(json.dumps(NEWS_PLEASE), "clash.json", "seeds/clash.json")
    assert problems == []
    (article,) = found
    assert article.id == "clash"
    assert article.text.startswith("Armenia's defence ministry said")
    meta = article.meta
    assert meta.published == dt.date(2022, 9, 13)
    assert meta.url == "https://www.example.org/news/2022/09/13/clashes"
    assert (meta.language, meta.outlet, meta.author) == ("en", "www.example.org", "Staff")
    assert meta.headline == "Dozens killed in Armenia-Azerbaijan clashes"


def test_a_jsonl_file_holds_one_article_a_line_with_ids_from_their_addresses():
    text = "\n".join(json.dumps(r) for r in (TRAFILATURA, NEWSPAPER)) + "\n"
    found, problems = read_scraped(text, "crawl.jsonl", "seeds/crawl.jsonl")
    assert problems == []
    assert [a.line for a in found] == [1, 2]
    assert all(a.id.startswith("crawl-") and len(a.id) == len("crawl-") + 8 for a in found)
    # the same articles in another order keep their ids
    again, _ = read_scraped(
        "\n".join(json.dumps(r) for r in (NEWSPAPER, TRAFILATURA)),
        "crawl.jsonl",
        "seeds/crawl.jsonl",
    )
    assert {a.id for a in again} == {a.id for a in found}
    trafilatura, newspaper = found
    assert trafilatura.meta.url == "https://eurasianet.org/azerbaijan-armenia-exchange-accusations"
    assert trafilatura.meta.published == dt.date(2023, 4, 11)
    assert trafilatura.meta.language is None  # trafilatura leaves it empty: detected later
    assert (newspaper.meta.language, newspaper.meta.outlet) == ("fr", "Exemple")
    assert newspaper.meta.published == dt.date(2021, 11, 16)
    assert newspaper.meta.author is None  # an empty list of authors is no author


def test_bad_lines_are_reported_with_their_line_and_the_rest_is_read():
    text = "\n".join(
        [json.dumps(TRAFILATURA), "{not json", '["a list"]', json.dumps(TRAFILATURA), ""]
    )
    found, problems = read_scraped(text, "crawl.jsonl", "seeds/crawl.jsonl")
    assert len(found) == 1
    assert [(p.line, p.severity) for p in problems] == [(2, "error"), (3, "error"), (4, "warning")]
    assert "not valid JSON" in problems[0].message
    assert "same article as line 1" in problems[2].message


def test_a_date_that_is_no_date_is_reported_not_guessed():
    record = dict(NEWS_PLEASE, date_publish="13/09/2022")
    (article,), problems = read_scraped(json.dumps(record), "x.json", "seeds/x.json")
    assert article.meta.published is None
    assert problems[0].line == 1 and "'13/09/2022' is not a date" in problems[0].message


def test_an_address_that_is_not_http_is_left_out():
    record = dict(NEWS_PLEASE, url="javascript:alert(1)")
    (article,), _ = read_scraped(json.dumps(record), "x.json", "seeds/x.json")
    assert article.meta.url is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-11-16", dt.date(2021, 11, 16)),
        ("2021-11-16 14:03:00", dt.date(2021, 11, 16)),
        ("2021-11-16T14:03:00.123Z", dt.date(2021, 11, 16)),
        ("2021-11-16T14:03:00+04:00", dt.date(2021, 11, 16)),
        ("2021-02-30", None),
        ("None", None),
        ("Nov 16, 2021", None),
        (None, None),
    ],
)
def test_published_day(value, expected):
    assert published_day(value) == expected


# -- a scraper's files in a seed folder, built into the site --------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict:
    from pathlib import Path

    from timeline.build import build

    root = Path(__file__).resolve().parents[2]
    tmp = tmp_path_factory.mktemp("scraped")
    seeds = tmp / "seeds"
    seeds.mkdir()
    (seeds / "clash.json").write_text(json.dumps(NEWS_PLEASE), encoding="utf-8")
    lines = [json.dumps(TRAFILATURA), "{not json", json.dumps(NEWSPAPER, ensure_ascii=False)]
    (seeds / "crawl.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    settings = {"TIMELINE_REGISTRY": str(tmp / "registry.yaml"), "CACHE_PATH": str(tmp / "c")}
    code = build(root / "pelicanconf.py", tmp / "out", seeds, search=False, settings=settings)
    assert code == 0
    return json.loads((tmp / "out" / "timeline.json").read_text("utf-8"))


@pytest.mark.slow
def test_scrapers_files_are_read_as_seeds(built):
    sources = {s["id"]: s for s in built["sources"]}
    assert sources["clash"]["file"] == "clash.json"
    assert (sources["clash"]["published"], sources["clash"]["published_from"]) == (
        "2022-09-13",
        "scraper",
    )
    assert sources["clash"]["url"] == NEWS_PLEASE["url"]
    crawl = sorted(i for i in sources if i.startswith("crawl-"))
    assert len(crawl) == 2 and {sources[i]["file"] for i in crawl} == {"crawl.jsonl"}
    french = next(sources[i] for i in crawl if sources[i]["language"] == "fr")
    assert (french["published"], french["headline"]) == ("2021-11-16", NEWSPAPER["title"])
    # the line that is no article is reported with its file and line, the rest is read
    assert any(p.startswith("seeds/crawl.jsonl:2: not valid JSON") for p in built["problems"])
    claims = [c for e in built["entries"] for c in e["claims"]]
    assert any(q["source"] == "clash" for c in claims for q in c["quotes"])
    assert any(c["figures"].get("killed") == 6 and french["id"] in c["sources"] for c in claims)
