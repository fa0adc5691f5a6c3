"""The regression guard: reading the dev split of the corpus must not get worse.

Builds the dev split with the real build (tools/evaluate.py) and compares every figure with
eval/baseline.json, recorded deliberately in the commit that earns it: a share that falls
more than two points below its baseline, or a count of errors (wrong publication dates, false
disputes, furniture made claims) that grows, fails, naming the figure and the language.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from toolkit import load_tool

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "eval" / "baseline.json"
TOLERANCE = 2.0  # points
ERROR_COUNTS = ("dates_wrong", "false_disputes", "furniture_claims")
ERROR_SHARES = ("outlet_voice_pct",)  # lower is better: attributed claims told as the outlet's


def regressions(baseline: dict, now: dict) -> list[str]:
    """What fell: one line per figure and language."""
    found = []
    for scope, figures in baseline.items():
        current = now.get(scope, {})
        for key, was in figures.items():
            value = current.get(key)
            if was is None or key in ("articles", "claims", "figures", "disputes"):
                continue
            if key in ERROR_COUNTS:
                if value is None or value > was:
                    found.append(f"{scope}: {key} rose from {was} to {value}")
            elif key in ERROR_SHARES:
                if value is not None and value > was + TOLERANCE:
                    found.append(f"{scope}: {key} rose from {was} to {value}")
            elif key.endswith(("_pct", "_precision", "_recall", "_f1")) and (
                value is None or value < was - TOLERANCE
            ):
                found.append(f"{scope}: {key} fell from {was} to {value}")
    return found


def test_regressions_are_named():
    base = {
        "en": {"claims_found_pct": 60.0, "dates_wrong": 0, "story_f1": 90.0},
        "fr": {"outlet_voice_pct": 10.0},
    }
    assert (
        regressions(base, {"en": {"claims_found_pct": 58.5, "dates_wrong": 0, "story_f1": 90.0}})
        == []
    )
    assert regressions(
        base, {"en": {"claims_found_pct": 57.9, "dates_wrong": 1, "story_f1": 95.0}}
    ) == [
        "en: claims_found_pct fell from 60.0 to 57.9",
        "en: dates_wrong rose from 0 to 1",
    ]


@pytest.mark.slow
def test_dev_split_reads_no_worse_than_the_baseline(record_property):
    evaluate = load_tool("evaluate")
    started = time.perf_counter()
    result = evaluate.evaluate("dev", None)
    took = time.perf_counter() - started
    now = {**result.by_language, "all": result.overall}
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))["figures"]
    record_property("evaluate_seconds", took)  # printed at the end of the run (conftest.py)
    fallen = regressions(baseline, now)
    assert not fallen, "reading fell below eval/baseline.json:\n" + "\n".join(fallen)
