"""Gates on what leaves the site as absolute addresses: the feeds of every language
pass the feed checks of tests/feedcheck.py, and every absolute link under SITEURL
(feed items, hreflang, canonical, sitemap, robots.txt, exports) names a built file."""

from __future__ import annotations

from pathlib import Path

import feedcheck
import pytest
from gates_harness import LANGUAGES, absolute_link_problems, site_setting

pytestmark = pytest.mark.gates

SITEURL = str(site_setting("SITEURL"))


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_feed_is_valid(site: Path, lang: str, kind: str) -> None:
    path = site / lang / f"feed.{kind}.xml"
    assert path.is_file(), f"no {kind} feed for {lang}: {path.relative_to(site)} is missing"
    feedcheck.check_common(path, SITEURL)
    if kind == "atom":
        feedcheck.check_atom(path, lang)
    else:
        feedcheck.check_rss(path, SITEURL, lang)
    feedcheck.check_no_live_markup(path, SITEURL)


def test_absolute_links_name_built_files(site: Path) -> None:
    problems = absolute_link_problems(site, SITEURL)
    if problems:
        shown = "\n  ".join(problems[:60])
        pytest.fail(f"{len(problems)} absolute link(s) to nothing:\n  {shown}", pytrace=False)
