"""Gates in a real browser: every kind of page in every language, as a reader meets it.

For each language and kind of page (home, entries, sources, types, places, years,
about, search) the largest built page of that kind is opened in headless Chromium
(cold cache): no console errors, no failed requests, no request to another origin,
no axe-core violation (WCAG 2.2 A/AA and best practices), at most 100 KB transferred.
The keyboard gate tabs through each language's home page and an entry page.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import pytest
from gates_harness import (
    LANGUAGES,
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


def verdict(page: SitePage, problems: list[str], gate: str) -> None:
    if problems:
        listing = "\n  ".join(problems)
        pytest.fail(
            f"/{page.path} ({page.kind}, {page.lang}) {gate}: {len(problems)} problem(s):\n"
            f"  {listing}",
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


GATES: dict[str, Callable[[PageReport], list[str]]] = {
    "loads": PageReport.load_problems,  # no console error, no failed request
    "origin": PageReport.origin_problems,  # no request to another origin
    "axe": lambda report: report.axe_violations,  # WCAG 2.2 A/AA + best practices
    "weight": PageReport.weight_problems,  # at most 100 KB transferred
}
# gate innermost: the four checks of one page run next to each other (one load per worker)
CASES = [
    pytest.param(lang, kind, gate, id=f"{lang}-{kind}-{gate}")
    for lang in LANGUAGES
    for kind in KINDS
    for gate in GATES
]


@pytest.mark.parametrize(("lang", "kind", "gate"), CASES)
def test_page(
    browser: Any, site_url: str, site_pages: list[SitePage], lang: str, kind: str, gate: str
) -> None:
    page, report = report_for(browser, site_url, site_pages, lang, kind)
    verdict(page, GATES[gate](report), gate)


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
    verdict(page, check_keyboard(browser, site_url, page.path, lang).problems, "keyboard")
