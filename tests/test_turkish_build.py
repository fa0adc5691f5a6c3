"""Turkish articles, read through languages/tr/ alone, go through the whole
pipeline: language, publication date, dated claims with figures and claimants,
as tests/data/turkish/gold.yaml (written before the build was run) reads them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from timeline.build import build

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "tests/data/turkish"
GOLD = yaml.safe_load((SEEDS / "gold.yaml").read_text(encoding="utf-8"))

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("turkish")
    shutil.copytree(SEEDS, tmp / "seeds", ignore=shutil.ignore_patterns("gold.yaml"))
    settings = {"TIMELINE_REGISTRY": str(tmp / "registry.yaml"), "CACHE_PATH": str(tmp / "cache")}
    code = build(
        ROOT / "pelicanconf.py", tmp / "output", tmp / "seeds", search=False, settings=settings
    )
    assert code == 0
    result: dict[str, Any] = json.loads((tmp / "output/timeline.json").read_text("utf-8"))
    return result


@pytest.mark.parametrize("source", sorted(GOLD["sources"]))
def test_source_is_read(data: dict[str, Any], source: str) -> None:
    found = next(s for s in data["sources"] if s["id"] == source)
    gold = GOLD["sources"][source]
    assert (found["language"], found["published"]) == (gold["language"], gold["published"])


def _claims(data: dict[str, Any], source: str) -> list[dict[str, Any]]:
    return [
        c for e in data["entries"] for c in e["claims"] if any(s == source for s in c["sources"])
    ]


@pytest.mark.parametrize("gold", GOLD["claims"], ids=lambda g: g["text"][:40])
def test_claim_is_read(data: dict[str, Any], gold: dict[str, Any]) -> None:
    """The sentence is a claim of its source, with its claimant, figures and date."""
    quoted = [
        c
        for c in _claims(data, gold["source"])
        if any(q["text"] == gold["text"] for q in c["quotes"]) or c["text"] == gold["text"]
    ]
    assert len(quoted) == 1, [c["text"] for c in _claims(data, gold["source"])]
    claim = quoted[0]
    if "claimant" in gold:
        assert gold["claimant"] in (claim["claimant"] or ""), claim["claimant"]
    assert claim["figures"] == gold.get("figures", {})
    if "date" in gold:
        assert claim["date"] == gold["date"]
