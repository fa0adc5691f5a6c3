"""The engine (reading, dating, extraction, stories, merging, ids) imports
without Pelican: only the glue (register, generator.py, build.py) needs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_pipeline_imports_without_pelican() -> None:
    code = (
        "import sys; sys.path.insert(0, 'plugins'); "
        "import timeline.pipeline, timeline.extract, timeline.stories, timeline.merge; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pelican'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
