"""Shared test setup: the plugin package is importable as ``timeline``."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "plugins") not in sys.path:
    sys.path.insert(0, str(ROOT / "plugins"))


def pytest_terminal_summary(terminalreporter) -> None:
    """Say how long the reading guard (tests/test_evaluate_guard.py) took: CI reports it."""
    for key in ("passed", "failed"):
        for report in terminalreporter.stats.get(key, []):
            for name, value in getattr(report, "user_properties", []):
                if name == "evaluate_seconds":
                    terminalreporter.write_line(
                        f"evaluate guard: dev split built and scored in {value:.1f} s ({key})"
                    )
