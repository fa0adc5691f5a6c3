"""The gates are tested too: on a tiny hand-made site, each check must pass the clean
page and flag the page broken on purpose, with a message naming the problem."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gates_harness import (
    MAX_PAGE_BYTES,
    absolute_link_problems,
    check_keyboard,
    check_page,
    discover_pages,
    representatives,
    require,
    require_axe,
    require_vnu,
    run_linkchecker,
    run_vnu,
    serve,
)

pytestmark = pytest.mark.gates

STYLE = (
    "a:focus-visible{outline:3px solid #005fcc;outline-offset:2px}"
    "nav a{display:inline-block;min-width:24px;min-height:24px;padding:4px}"
)


def html(lang: str, body: str, *, sub: str = "", head: str = "", style: str = STYLE) -> str:
    other = "fr" if lang == "en" else "en"
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Test page ({lang})</title>
<link rel="icon" href="data:,">
<style>{style}</style>
{head}
</head>
<body>
<header>
<nav aria-label="Languages">
<a href="/{other}/{sub}" hreflang="{other}" lang="{other}">{other}</a></nav>
<nav aria-label="Main"><a href="/{lang}/">Home</a> <a href="/{lang}/about/">About</a></nav>
</header>
<main>
<h1>Heading {lang}</h1>
{body}
</main>
</body>
</html>
"""


GOOD = "<p>A clean page.</p>"
BROKEN: dict[str, dict[str, str]] = {
    "img-no-alt": {"body": '<p>Picture:</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'},
    "invalid-element": {"body": "<p>Bad <blink>element</blink> and <div>in a p</div></p>"},
    "broken-link": {"body": '<p><a href="../missing/">a page that does not exist</a></p>'},
    "heavy": {"body": "<p>" + "heavy text " * (MAX_PAGE_BYTES // 10) + "</p>"},
    "external-script": {"head": '<script src="https://cdn.example.com/tracker.js"></script>'},
    "external-image-csp": {
        "head": '<meta http-equiv="Content-Security-Policy" content="img-src \'self\'">',
        "body": '<p><img src="https://img.example.org/pixel.gif" alt="pixel"></p>',
    },
    "console-error": {"head": "<script>throw new Error('boom from the page');</script>"},
    "no-focus-style": {"style": "a{outline:none}a:focus{outline:none}"},
}


def make_site(root: Path, broken: str | None = None) -> Path:
    """en/ and fr/ home and about pages; ``broken`` spoils the English home page."""
    for lang in ("en", "fr"):
        for sub in ("", "about/"):
            spoil = BROKEN[broken] if broken and lang == "en" and sub == "" else {}
            page = html(
                lang,
                spoil.get("body", GOOD),
                sub=sub,
                head=spoil.get("head", ""),
                style=spoil.get("style", STYLE),
            )
            target = root / lang / sub / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str | None, Path]:
    return {
        name: make_site(tmp_path_factory.mktemp(name or "good"), name) for name in (None, *BROKEN)
    }


@pytest.fixture(scope="module")
def served(sites: dict[str | None, Path]) -> Iterator[dict[str | None, str]]:
    with serve(sites[None]) as good, serve(sites["broken-link"]) as broken:
        yield {None: good, "broken-link": broken}


def load(browser: Any, site: Path, path: str = "en/") -> Any:
    with serve(site) as url:
        return check_page(browser, url + path)


def test_discovery_finds_home_and_kinds(sites: dict[str | None, Path]) -> None:
    pages = discover_pages(sites[None], ["en", "fr", "hy"])
    assert [(p.lang, p.kind, p.path) for p in pages] == [
        ("en", "about", "en/about/"),
        ("en", "home", "en/"),
        ("fr", "about", "fr/about/"),
        ("fr", "home", "fr/"),
    ]
    assert set(representatives(pages)) == {
        ("en", "about"),
        ("en", "home"),
        ("fr", "about"),
        ("fr", "home"),
    }


def test_clean_page_passes_every_browser_check(browser: Any, sites: dict[str | None, Path]) -> None:
    require_axe()
    report = load(browser, sites[None])
    assert report.load_problems() == []
    assert report.origin_problems() == []
    assert report.weight_problems() == []
    assert report.axe_violations == []
    assert 0 < report.transferred < 10_000


def test_axe_flags_image_without_alt(browser: Any, sites: dict[str | None, Path]) -> None:
    require_axe()
    report = load(browser, sites["img-no-alt"])
    assert any(v.startswith("axe image-alt (critical)") for v in report.axe_violations), (
        report.axe_violations
    )


def test_weight_flags_heavy_page(browser: Any, sites: dict[str | None, Path]) -> None:
    problems = load(browser, sites["heavy"]).weight_problems()
    assert len(problems) == 1 and "over the 100 KB budget" in problems[0] and "/en/" in problems[0]


def test_external_script_is_blocked_and_flagged(
    browser: Any, sites: dict[str | None, Path]
) -> None:
    report = load(browser, sites["external-script"])
    assert report.origin_problems() == [
        "request to another origin (blocked): https://cdn.example.com/tracker.js"
    ]


def test_request_stopped_by_csp_is_still_flagged(
    browser: Any, sites: dict[str | None, Path]
) -> None:
    report = load(browser, sites["external-image-csp"])
    assert report.origin_problems() == [
        "request to another origin (blocked): https://img.example.org/pixel.gif"
    ]


def test_console_error_is_flagged(browser: Any, sites: dict[str | None, Path]) -> None:
    problems = load(browser, sites["console-error"]).load_problems()
    assert any("boom from the page" in p for p in problems), problems


def test_missing_resource_is_a_failed_request(browser: Any, sites: dict[str | None, Path]) -> None:
    problems = load(browser, sites[None], "en/nowhere/").load_problems()
    assert any("failed request" in p and "HTTP 404" in p for p in problems), problems


def test_keyboard_clean_page(browser: Any, sites: dict[str | None, Path]) -> None:
    with serve(sites[None]) as url:
        report = check_keyboard(browser, url, "en/", "en")
    assert report.problems == []
    assert [s["text"] for s in report.stops][:3] == ["fr", "Home", "About"]


def test_keyboard_flags_invisible_focus(browser: Any, sites: dict[str | None, Path]) -> None:
    with serve(sites["no-focus-style"]) as url:
        problems = check_keyboard(browser, url, "en/", "en").problems
    assert any(p.startswith("no visible focus style on Tab stop 1 <a> 'fr'") for p in problems), (
        problems
    )


def test_keyboard_flags_switcher_to_wrong_page(browser: Any, tmp_path: Path) -> None:
    site = make_site(tmp_path)
    # the switcher on the English about page leads to the French home, not French about
    about = site / "en" / "about" / "index.html"
    about.write_text(about.read_text().replace('href="/fr/about/"', 'href="/fr/about/x/"'))
    (site / "fr" / "about" / "x").mkdir()
    (site / "fr" / "about" / "x" / "index.html").write_text(html("fr", GOOD, sub="about/x/"))
    with serve(site) as url:
        problems = check_keyboard(browser, url, "en/about/", "en").problems
    assert problems == [
        "switcher link 'fr' (fr) leads to /fr/about/x/, not the same page in that language "
        "/fr/about/",
        "Enter on switcher link 'fr' (fr) opened /fr/about/x/, not the same page in that "
        "language /fr/about/",
    ]


def test_vnu_passes_clean_site_and_flags_invalid_element(sites: dict[str | None, Path]) -> None:
    require_vnu()
    assert run_vnu(sites[None]) == []
    problems = run_vnu(sites["invalid-element"])
    assert problems and all(p.startswith("en/index.html:") for p in problems), problems
    assert any("blink" in p for p in problems), problems


def test_linkchecker_passes_clean_site_and_flags_broken_link(served: dict[str | None, str]) -> None:
    assert run_linkchecker(served[None]) == []
    problems = run_linkchecker(served["broken-link"])
    assert len(problems) == 1, problems
    assert problems[0].startswith("/en/ line ") and "../missing/" in problems[0]
    assert "404" in problems[0]


def test_missing_tool_skips_locally_and_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(
        pytest.skip.Exception, match="vnu-jar is missing: run `bash scripts/bootstrap`"
    ):
        require(False, "vnu-jar")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI: vnu-jar is missing"):
        require(False, "vnu-jar")
    require(True, "vnu-jar")  # present: neither


def test_absolute_links_must_name_built_files(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    page = site / "en" / "index.html"
    page.write_text(
        page.read_text().replace(
            "</head>",
            '<link rel="canonical" href="http://127.0.0.1:8000/en/">'
            '<link rel="alternate" hreflang="fr" href="http://127.0.0.1:8000/fr/missing/#x">'
            "</head>",
        )
    )
    (site / "sitemap.xml").write_text(
        "<urlset><url><loc>http://127.0.0.1:8000/fr/about/</loc></url>"
        "<url><loc>http://127.0.0.1:8000/ru/</loc></url></urlset>"
    )
    assert absolute_link_problems(site, "http://127.0.0.1:8000") == [
        "en/index.html: http://127.0.0.1:8000/fr/missing/ -> no such file in the build "
        "(fr/missing/index.html)",
        "sitemap.xml: http://127.0.0.1:8000/ru/ -> no such file in the build (ru/index.html)",
    ]
