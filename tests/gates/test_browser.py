"""Gates in a real browser: every kind of page in every language, as a reader meets it.

For each language and kind of page (home, entries, sources, types, places, years,
about, search) the largest built page of that kind is opened in headless Chromium
(cold cache): no console errors, no failed requests, no request to another origin,
no axe-core violation (WCAG 2.2 A/AA and best practices), at most 100 KB transferred.
The keyboard gate tabs through each language's home page and an entry page.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from conftest import LANGUAGES
from gates_harness import (
    SCREENSHOTS,
    PageReport,
    SitePage,
    check_keyboard,
    check_page,
    representatives,
    require_axe,
)

pytestmark = pytest.mark.gates

KINDS = ("home", "entries", "sources", "types", "places", "years", "about", "search")
CASES = [pytest.param(lang, kind, id=f"{lang}-{kind}") for lang in LANGUAGES for kind in KINDS]


@cache
def _report(browser: Any, url: str, screenshot: str) -> PageReport:
    return check_page(browser, url, screenshot=SCREENSHOTS / screenshot if screenshot else None)


def page_of(pages: list[SitePage], lang: str, kind: str) -> SitePage:
    chosen = representatives(pages).get((lang, kind))
    if chosen is None:
        pytest.fail(f"no {kind} page in {lang}/ of the built site", pytrace=False)
    return chosen


def report_for(
    browser: Any, site_url: str, pages: list[SitePage], lang: str, kind: str
) -> tuple[SitePage, PageReport]:
    require_axe()
    page = page_of(pages, lang, kind)
    shot = f"{lang}-home.png" if kind == "home" else ""
    return page, _report(browser, site_url + page.path, shot)


def verdict(page: SitePage, problems: list[str]) -> None:
    if problems:
        listing = "\n  ".join(problems)
        pytest.fail(
            f"/{page.path} ({page.kind}, {page.lang}): {len(problems)} problem(s):\n  {listing}",
            pytrace=False,
        )


def test_every_language_has_every_kind_of_page(site_pages: list[SitePage]) -> None:
    kinds = {(p.lang, p.kind) for p in site_pages}
    every = {k for _, k in kinds} | set(KINDS)
    missing = [
        f"{lang}: {kind}"
        for lang in LANGUAGES
        for kind in sorted(every)
        if (lang, kind) not in kinds
    ]
    assert not missing, "kinds of page missing from a language: " + ", ".join(missing)


@pytest.mark.parametrize(("lang", "kind"), CASES)
def test_loads_without_errors(
    browser: Any, site_url: str, site_pages: list[SitePage], lang: str, kind: str
) -> None:
    page, report = report_for(browser, site_url, site_pages, lang, kind)
    verdict(page, report.load_problems())


@pytest.mark.parametrize(("lang", "kind"), CASES)
def test_no_request_leaves_the_site(
    browser: Any, site_url: str, site_pages: list[SitePage], lang: str, kind: str
) -> None:
    page, report = report_for(browser, site_url, site_pages, lang, kind)
    verdict(page, report.origin_problems())


@pytest.mark.parametrize(("lang", "kind"), CASES)
def test_axe_finds_no_violation(
    browser: Any, site_url: str, site_pages: list[SitePage], lang: str, kind: str
) -> None:
    page, report = report_for(browser, site_url, site_pages, lang, kind)
    verdict(page, report.axe_violations)


@pytest.mark.parametrize(("lang", "kind"), CASES)
def test_page_weight_under_budget(
    browser: Any, site_url: str, site_pages: list[SitePage], lang: str, kind: str
) -> None:
    page, report = report_for(browser, site_url, site_pages, lang, kind)
    verdict(page, report.weight_problems())


def test_other_kinds_of_page(browser: Any, site_url: str, site_pages: list[SitePage]) -> None:
    """Kinds of page beyond the listed ones (a method page, say) pass every check too."""
    require_axe()
    extra = {k: p for k, p in representatives(site_pages).items() if k[1] not in KINDS}
    if not extra:
        pytest.skip("the site has no other kinds of page")
    problems = []
    for (lang, kind), page in sorted(extra.items()):
        report = _report(browser, site_url + page.path, "")
        for problem in (
            report.load_problems()
            + report.origin_problems()
            + report.axe_violations
            + report.weight_problems()
        ):
            problems.append(f"/{page.path} ({kind}, {lang}): {problem}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("kind", ["home", "entries"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_keyboard(
    browser: Any, site_url: str, site_pages: list[SitePage], lang: str, kind: str
) -> None:
    """Tab reaches the language switcher and the main navigation, focus is visible,
    and Enter on a switcher link opens the same page in that language."""
    page = page_of(site_pages, lang, kind)
    verdict(page, check_keyboard(browser, site_url, page.path, lang).problems)
