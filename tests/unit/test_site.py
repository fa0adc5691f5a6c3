"""The reader's site, rendered from a small hand-made timeline (site_timeline.py)."""

from __future__ import annotations

import dataclasses
import filecmp
import posixpath
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest
from site_timeline import HOSTILE, LANGUAGES, make_pages, make_settings, make_timeline

from timeline import site as site_module
from timeline import urls
from timeline.site import paged, sitemap_files, write_site

SITE_URL = "https://example.org/timeline"
ENTRY = "2021-11-16-aaaaaa"


def build(out: Path, relative: bool = True, extra: int = 0) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    write_site(make_timeline(extra_entries=extra), make_pages(), make_settings(out, relative), out)
    return out


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("site"))


def pages(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.html"))


def doc(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(path.read_bytes())


def site_path(root: Path, file: Path) -> str:
    rel = file.relative_to(root).as_posix()
    return rel[: -len("index.html")] if rel.endswith("index.html") else rel


KINDS = {
    "home": lambda lang: urls.home(lang),
    "year": lambda lang: urls.year(lang, 2021),
    "entry": lambda lang: urls.entry(lang, ENTRY),
    "source": lambda lang: urls.source(lang, "000_a"),
    "type": lambda lang: urls.event_type(lang, "armed-clash"),
    "place": lambda lang: urls.place(lang, "Kelbajar"),
    "browse": lambda lang: urls.page(lang, "browse"),
    "about": lambda lang: urls.page(lang, "about"),
    "search": lambda lang: urls.page(lang, "search"),
}


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_declares_language_alternates_and_switcher(
    site: Path, kind: str, lang: str
) -> None:
    path = KINDS[kind](lang)
    page = doc(site / urls.file_of(path))
    assert page.get("lang") == lang and page.get("dir") == "ltr"
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in page.xpath('//link[@rel="alternate"][@hreflang]')
    }
    expected = {code: f"{SITE_URL}/{KINDS[kind](code)}" for code in LANGUAGES}
    expected["x-default"] = f"{SITE_URL}/{KINDS[kind]('en')}"
    assert alternates == expected
    assert page.xpath('//link[@rel="canonical"]/@href') == [f"{SITE_URL}/{path}"]
    assert page.xpath('//meta[@property="og:url"]/@content') == [f"{SITE_URL}/{path}"]
    switcher = page.xpath('//nav[@class="langs"]//a')
    assert [a.get("hreflang") for a in switcher] == list(LANGUAGES)
    assert [a.get("lang") for a in switcher] == list(LANGUAGES)
    for a in switcher:
        base = posixpath.dirname(urls.file_of(path))
        target = posixpath.normpath(posixpath.join(base, a.get("href")))
        assert target == posixpath.normpath(KINDS[kind](a.get("hreflang")))
        assert (a.get("aria-current") == "page") == (a.get("hreflang") == lang)
    feeds = page.xpath('//link[@type="application/rss+xml"]/@href')
    assert feeds == [f"{SITE_URL}/{urls.feed(lang, 'rss')}"]
    assert page.xpath('//a[@class="skip"]/@href') == ["#main"]
    assert page.xpath("//header") and page.xpath("//main") and page.xpath("//footer")
    csp = page.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')[0]
    assert "default-src 'self'" in csp and "http" not in csp


def test_seed_markup_is_text_on_every_page(site: Path) -> None:
    for file in pages(site):
        html = file.read_text(encoding="utf-8")
        assert "<script>alert" not in html, file
        assert "<img src=x" not in html, file
        assert "onerror=alert(1)>" not in html.replace("onerror=alert(1)&gt;", ""), file
    entry = doc(site / urls.file_of(urls.entry("en", ENTRY)))
    assert HOSTILE in entry.xpath("string(//h1)")  # shown, as visible text
    for script in entry.xpath('//script[@type="application/ld+json"]'):
        assert "<" not in script.text and "\\u003cscript" in script.text


def _links(page: lxml.html.HtmlElement) -> list[str]:
    found = page.xpath("//a/@href | //link[@rel!='alternate' and @rel!='canonical']/@href")
    return [*found, *page.xpath("//script/@src")]


OUTSIDE_SITE = (
    "timeline.json",
    "timeline.csv",
    "timeline-excel.csv",
    "timelinejs.json",
    "feed.",
    "pagefind/",
)


def test_relative_links_lead_to_written_files(site: Path) -> None:
    for file in pages(site):
        here = site_path(site, file)
        for href in _links(doc(file)):
            if href.startswith(("http://", "https://", "#")):
                assert not href.startswith("http") or href.startswith(SITE_URL), (file, href)
                continue
            target = posixpath.normpath(
                posixpath.join(posixpath.dirname(urls.file_of(here)), href.split("#")[0])
            )
            if any(part in target for part in OUTSIDE_SITE):
                continue  # written by feeds, export and pagefind
            path = site / target
            assert path.exists() or (path / "index.html").exists(), (here, href)


def test_absolute_links_when_relative_urls_is_off(tmp_path: Path) -> None:
    root = build(tmp_path, relative=False)
    page = doc(root / "hy/index.html")
    hrefs = [h for h in _links(page) if not h.startswith("#")]
    assert hrefs and all(h.startswith(SITE_URL + "/") for h in hrefs)


def test_quotes_link_to_the_exact_sentence(site: Path) -> None:
    entry = doc(site / urls.file_of(urls.entry("ru", ENTRY)))
    links = entry.xpath('//p[@class="claim-sources"]/a/@href')
    assert "../sources/000_a.html#s1" in links
    # each link named by the article's outlet (or agency)
    assert entry.xpath('string(//p[@class="claim-sources"]/a[1])') == "AFP"
    source = doc(site / urls.file_of(urls.source("ru", "000_a")))
    assert "12 servicemen" in source.xpath('string(//*[@id="s1"])')


def test_summary_gives_each_sides_account_side_by_side(site: Path) -> None:
    entry = doc(site / urls.file_of(urls.entry("fr", ENTRY)))
    (summary,) = entry.xpath('//section[@class="entry-summary"]')
    accounts = summary.xpath('.//section[contains(@class, "account")]')
    # each party named by its actor (data/actors.yaml); one with no French
    # name in the fixture by its English one
    assert [a.xpath("string(h3)") for a in accounts] == ["Arménie", "Azerbaijan"]
    assert "Capturés :" in accounts[0].text_content()
    assert "12" in accounts[0].xpath("string(.//ul[@class='figures'])")
    assert "Rapporté par 1 source indépendante (2 articles)" in summary.text_content()
    # the claims below, grouped by side and claimant
    sides = entry.xpath('//div[contains(@class, "side-claims")]/h3/text()')
    assert sides == ["Arménie", "Azerbaijan"]
    claimant = entry.xpath('string(//h4[@class="claimant"])')
    assert claimant.startswith("Armenian defence ministry")


@pytest.mark.parametrize(
    ("lang", "month"),
    [
        ("en", "November 2021"),
        ("hy", "նոյեմբեր"),
        ("az", "noyabr 2021"),
        ("ru", "ноябрь 2021"),
        ("fr", "novembre 2021"),
    ],
)
def test_home_groups_by_month_in_the_language(site: Path, lang: str, month: str) -> None:
    home = doc(site / lang / "index.html")
    labels = [h.text_content() for h in home.xpath('//h3[@class="month"]')]
    assert any(month in label for label in labels), labels


def test_headlines_are_made_in_the_page_language(site: Path) -> None:
    """An article headline in the page's language stands for the entry it
    mainly reports; elsewhere a headline is made from type, places, figures."""
    en = doc(site / "en/index.html")
    headlines = [h.text_content() for h in en.xpath('//p[@class="headline"]/a')]
    assert any(h.startswith("Border clashes") for h in headlines)
    ru = doc(site / urls.file_of(urls.entry("ru", ENTRY)))
    h1 = ru.xpath("string(//h1)")
    assert h1.startswith("Столкновения (Kelbajar, Lachin") and "; погибшие: " in h1
    assert ru.xpath("//h1//span[@lang]") == [] and "untranslated" not in ru.xpath("string(//h1)")
    # decades read as decades, in the year lists too
    fr = doc(site / "fr/browse/index.html")
    assert "années 1980" in fr.xpath("string(//section[@aria-labelledby='b-years'])")


def test_counts_of_sources_and_copies(site: Path) -> None:
    entry = doc(site / urls.file_of(urls.entry("ru", ENTRY)))
    assert entry.xpath('string(//p[@class="counts"])') == (
        "Сообщает 1 независимый источник (2 статьи)"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_redirect_pages_for_merged_ids(site: Path, lang: str) -> None:
    page = doc(site / urls.file_of(urls.entry(lang, "2021-11-16-old111")))
    refresh = page.xpath('//meta[@http-equiv="refresh"]/@content')[0]
    assert refresh == f"0; url={ENTRY}.html"
    assert page.xpath("//main//a/@href") == [f"{ENTRY}.html"]
    assert page.get("lang") == lang


def test_root_sitemap_robots_favicons(site: Path) -> None:
    root = doc(site / "index.html")
    assert root.xpath('//meta[@http-equiv="refresh"]/@content') == ["0; url=en/"]
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{SITE_URL}/hy/entries/{ENTRY}.html</loc>" in sitemap
    assert "old111" not in sitemap
    assert (site / "robots.txt").read_text().endswith(f"Sitemap: {SITE_URL}/sitemap.xml\n")
    assert (site / "favicon.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (site / "favicon.svg").exists() and (site / "theme/site.css").exists()


def test_about_page_shows_translation_figures(site: Path) -> None:
    about = doc(site / "ru/about/index.html")
    rows = about.xpath('//table[@class="stats"]/tbody/tr')
    assert len(rows) == 5
    assert rows[0].xpath("string(td[1])") == "100 %"
    # what the pages show, per kind: headlines, summaries, claims, quotes
    heads = about.xpath('//table[@class="stats"]/thead//th/text()')
    assert heads == ["Язык", "Интерфейс", "Заголовки", "Сводки", "Утверждения", "Цитаты"]
    (hy,) = [r for r in rows if r.xpath("string(th/@lang)") == "hy"]
    shown = [int(td.text_content().rstrip(" %")) for td in hy.xpath("td")]
    # the fixture's claims are English and mostly untranslated; no article is Armenian
    assert shown[1] == 100 and shown[2] < 100 and shown[3] < 100 and shown[4] == 0


def test_no_internal_term_reaches_readers(site: Path) -> None:
    import re

    internal = re.compile(r"\b(seed file|README|gettext|EDTF|sources\.yaml)\b", re.IGNORECASE)
    for file in pages(site):
        page = doc(file)
        for element in page.xpath("//script|//style"):
            element.drop_tree()
        assert not internal.search(page.text_content()), file


def test_sitemap_splits_into_an_index_when_large() -> None:
    files = sitemap_files(SITE_URL, [f"en/entries/{n}.html" for n in range(90_000)])
    assert sorted(files) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"]
    assert "<sitemapindex" in files["sitemap.xml"]


def test_pagination_paths() -> None:
    assert paged("en/years/2021/", 1) == "en/years/2021/"
    assert paged("en/years/2021/", 3) == "en/years/2021/3/"


def test_no_page_over_100_kb_with_many_entries(tmp_path: Path) -> None:
    root = build(tmp_path, extra=1500)
    sizes = {p: p.stat().st_size for p in pages(root)}
    heavy = {str(p.relative_to(root)): s for p, s in sizes.items() if s > 100_000}
    assert not heavy
    assert (root / "en/years/2020/2/index.html").exists()  # a full year is paginated


def test_two_builds_are_identical(tmp_path: Path) -> None:
    first, second = build(tmp_path / "a"), build(tmp_path / "b")
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    _, mismatch, errors = filecmp.cmpfiles(first, second, [str(f) for f in files], shallow=False)
    assert not mismatch and not errors


def _same_files(first: Path, second: Path) -> None:
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    _, mismatch, errors = filecmp.cmpfiles(first, second, [str(f) for f in files], shallow=False)
    assert not mismatch and not errors


def test_two_processes_write_the_files_of_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages, feeds and exports split into tasks between two processes (each
    task one part of the entries or articles in every language) are the
    files one process writes."""
    monkeypatch.setattr(site_module, "PARALLEL_FROM", 1)  # the timeline is small
    timeline, hand_written = make_timeline(extra_entries=12), make_pages()
    written = {}
    for workers in (1, 2):
        out = tmp_path / f"workers-{workers}"
        out.mkdir()
        settings = dataclasses.replace(make_settings(out), workers=workers)
        write_site(timeline, hand_written, settings, out, exports=True)
        written[workers] = out
    _same_files(written[1], written[2])


def test_no_external_requests(site: Path) -> None:
    for file in pages(site):
        page = doc(file)
        for src in [
            *page.xpath("//script/@src"),
            *page.xpath("//link[@rel='stylesheet']/@href"),
            *page.xpath("//img/@src"),
            *page.xpath("//link[@rel='icon']/@href"),
        ]:
            assert not urlsplit(src).netloc, (file, src)


def test_writers_started_before_the_work_write_the_files_of_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page writer started before the timeline exists (as the generator
    starts it, before the pipeline) writes its share, and ends when done."""
    monkeypatch.setattr(site_module, "PARALLEL_FROM", 1)
    timeline, hand_written = make_timeline(extra_entries=12), make_pages()
    alone, early = tmp_path / "alone", tmp_path / "early"
    for out in (alone, early):
        out.mkdir()
    write_site(timeline, hand_written, make_settings(alone), alone, exports=True)
    writers = site_module.PageWriters(1)
    processes = [child for child, _, _ in writers._children]
    settings = dataclasses.replace(make_settings(early), workers=2)
    write_site(timeline, hand_written, settings, early, True, writers)
    _same_files(alone, early)
    assert len(writers) == 0 and not any(p.is_alive() for p in processes)


def test_writers_never_given_work_end_when_closed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A small timeline is written in one process: the early writer is told
    there is no work and ends with exit code 0."""
    writers = site_module.PageWriters(1)
    ((child, _, _),) = writers._children
    out = tmp_path / "out"
    out.mkdir()
    settings = dataclasses.replace(make_settings(out), workers=2)
    write_site(make_timeline(), make_pages(), settings, out, True, writers)
    assert not child.is_alive() and child.exitcode == 0
    assert (out / urls.file_of(urls.entry("en", ENTRY))).exists()


def test_a_quote_worded_as_its_claim_is_not_shown_twice(tmp_path: Path) -> None:
    """The claim's own sentence is linked, not quoted again; a different
    wording of it is quoted, with its link."""
    timeline = make_timeline()
    entries = []
    for entry in timeline.entries:
        if entry.id == "2022-09-05-bbbbbb":  # its claim worded as its sentence
            claim = entry.claims[0]
            entry = dataclasses.replace(
                entry, claims=(dataclasses.replace(claim, text=claim.quotes[0].text),)
            )
        entries.append(entry)
    timeline = dataclasses.replace(timeline, entries=tuple(entries))
    write_site(timeline, make_pages(), make_settings(tmp_path), tmp_path)
    same = doc(tmp_path / urls.file_of(urls.entry("en", "2022-09-05-bbbbbb")))
    assert same.xpath("//blockquote") == []
    assert same.xpath('//p[@class="claim-sources"]/a/@href') == ["../sources/003_c.html#s0"]
    other = doc(tmp_path / urls.file_of(urls.entry("en", ENTRY)))
    quoted = [q.xpath("string(.)") for q in other.xpath("//li[@class]//details//blockquote")]
    assert "The ministry said 12 servicemen were captured." in quoted[0]
    assert len(other.xpath('//p[@class="claim-sources"]/a')) == len(quoted) == 2


def test_text_fragment_encodes_each_term() -> None:
    from timeline.render import text_fragment

    url = "https://example.org/a?b=1#top"
    assert text_fragment(url, "Twelve soldiers, a ceasefire-line & more.") == (
        "https://example.org/a?b=1#:~:text=Twelve%20soldiers%2C%20a%20ceasefire%2Dline%20%26%20more."
    )
    long = "one two three four five six seven eight nine ten eleven twelve"
    assert text_fragment(url, long).endswith(
        "#:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve"
    )


def test_source_pages_cite_and_do_not_republish(tmp_path: Path) -> None:
    """A source page shows the sentences the timeline uses, each with its
    anchor and a link into the original; the whole text only when allowed."""
    timeline = make_timeline(hostile=False)
    sources = tuple(
        dataclasses.replace(s, url="https://example.org/news/1") if s.id == "000_a" else s
        for s in timeline.sources
    )
    timeline = dataclasses.replace(timeline, sources=sources)
    write_site(timeline, make_pages(), make_settings(tmp_path), tmp_path)
    page = doc(tmp_path / urls.file_of(urls.source("hy", "000_a")))
    assert page.xpath('//div[@class="article-text"]') == []
    (item,) = page.xpath('//ol[@class="cited-sentences"]/li')
    assert item.get("id") == "s1" and "12 servicemen" in item.xpath("string(q)")
    assert item.xpath("string(q/@lang)") == "en"
    assert item.xpath("a/@href") == [
        "https://example.org/news/1#:~:text=The%20ministry%20said%2012%20servicemen%20were%20captured."
    ]
    # the sentence not cited is not on the page
    assert "Armenia reported deaths." not in page.text_content()
    whole = tmp_path / "whole"
    settings = dataclasses.replace(make_settings(whole), full_text=True)
    write_site(timeline, make_pages(), settings, whole)
    page = doc(whole / urls.file_of(urls.source("hy", "000_a")))
    assert page.xpath('string(//*[@id="s0"])') == "Armenia reported deaths."
    assert page.xpath('//ol[@class="cited-sentences"]') == []


@pytest.mark.parametrize(
    ("lang", "reports", "articles", "period"),
    [
        ("en", "What the reports say", "2 articles", "All of 2021"),
        ("fr", "Ce que disent les articles", "2 articles", "Toute l’année 2021"),
        ("ru", None, None, None),
    ],
)
def test_entry_page_body_names_its_parts_in_the_language(
    site: Path, lang: str, reports: str | None, articles: str | None, period: str | None
) -> None:
    """The entry page's body (html.entry_body_html): search metadata, the
    links to its type and year, the headings and the count of its articles,
    in the page's language; the head's title and Open Graph lines once each."""
    page = doc(site / urls.file_of(urls.entry(lang, ENTRY)))
    (article,) = page.xpath('//main/article[@class="entry-page"]')
    assert article.xpath('span[@data-pagefind-meta="date[data-date]"]/@data-date')
    assert article.xpath('span[@data-pagefind-filter="year[data-year]"]/@data-year') == ["2021"]
    links = article.xpath('p[@class="meta"]/a/@href')
    base = posixpath.dirname(urls.file_of(urls.entry(lang, ENTRY)))
    targets = [posixpath.normpath(posixpath.join(base, href)) for href in links]
    assert targets[1] == posixpath.normpath(urls.year(lang, 2021))
    headings = article.xpath("h2/text()")
    assert len(headings) == 2 and article.xpath('h2[@id="articles"]')
    assert len(article.xpath('details[@class="all-sources"]/ul[@class="sources"]/li')) == 2
    if reports is not None:
        assert headings[0] == reports
        assert article.xpath('string(details[@class="all-sources"]/summary)') == articles
        assert article.xpath('string(p[@class="meta"]/a[2])') == period
    assert len(page.xpath("//head/title")) == 1
    for prop in ("type", "title", "site_name", "url", "locale", "description"):
        assert len(page.xpath(f'//head/meta[@property="og:{prop}"]')) == 1, prop
    assert page.xpath('//meta[@property="og:locale"]/@content') == [lang]
    assert page.xpath('//meta[@property="og:type"]/@content') == ["article"]
