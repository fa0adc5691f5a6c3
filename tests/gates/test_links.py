"""Gate: linkchecker crawls the whole site over HTTP (a server on 127.0.0.1 that the
tests start and stop) and finds no broken internal link or anchor. External URLs are
not followed."""

from __future__ import annotations

import pytest
from gates_harness import REPORTS, require_linkchecker, run_linkchecker

pytestmark = pytest.mark.gates


def test_no_broken_internal_links(site_url: str) -> None:
    require_linkchecker()
    problems = run_linkchecker(site_url, report=REPORTS / "linkchecker.csv")
    if problems:
        shown = "\n  ".join(problems[:60])
        more = f"\n  ... and {len(problems) - 60} more" if len(problems) > 60 else ""
        pytest.fail(
            f"linkchecker: {len(problems)} broken link(s) (page line: link -> result):\n"
            f"  {shown}{more}",
            pytrace=False,
        )
    (REPORTS / "linkchecker.csv").unlink(missing_ok=True)
