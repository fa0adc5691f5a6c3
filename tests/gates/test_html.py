"""Gate: the Nu HTML Checker (vnu, npm vnu-jar, Java 17) finds no error in any built
HTML file (nor in the CSS)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gates_harness import REPORTS, require_vnu, run_vnu

pytestmark = pytest.mark.gates


def test_vnu_reports_no_errors(site: Path) -> None:
    require_vnu()
    problems = run_vnu(site, report=REPORTS / "vnu.json")
    if problems:
        shown = "\n  ".join(problems[:60])
        more = f"\n  ... and {len(problems) - 60} more" if len(problems) > 60 else ""
        pytest.fail(
            f"vnu: {len(problems)} error(s) (file:line: message):\n  {shown}{more}", pytrace=False
        )
    (REPORTS / "vnu.json").unlink(missing_ok=True)
