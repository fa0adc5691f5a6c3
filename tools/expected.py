"""Regenerate tests/expected/ (the end-to-end test's expected output).

Builds the repository's seeds exactly as tests/test_e2e.py does (private
registry copy and cache, no search index) and writes the expected
``timeline.json`` and the list of the site's files.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "plugins"))

from test_e2e import EXPECTED, build_site, copy_seeds, site_files  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        registry = tmp / "registry.yaml"
        shutil.copy(ROOT / "seeds" / "registry.yaml", registry)
        code = build_site(tmp, copy_seeds(tmp / "seeds"), registry)
        if code:
            return code
        EXPECTED.mkdir(parents=True, exist_ok=True)
        shutil.copy(tmp / "output" / "timeline.json", EXPECTED / "timeline.json")
        files = site_files(tmp / "output")
        (EXPECTED / "files.txt").write_text("\n".join(files) + "\n", encoding="utf-8")
        print(f"tests/expected/: timeline.json and {len(files)} file names written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
