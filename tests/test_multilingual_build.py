"""Articles in Russian and French go through the whole pipeline: language,
publication date, dateline, wire, dated claims with figures and claimants."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from timeline.build import build

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "tests/data/multilingual"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("multilingual")
    shutil.copytree(SEEDS, tmp / "seeds")
    settings = {"TIMELINE_REGISTRY": str(tmp / "registry.yaml"), "CACHE_PATH": str(tmp / "cache")}
    code = build(
        ROOT / "pelicanconf.py", tmp / "output", tmp / "seeds", search=False, settings=settings
    )
    assert code == 0
    result: dict[str, Any] = json.loads((tmp / "output/timeline.json").read_text("utf-8"))
    return result


@pytest.mark.parametrize(
    ("source", "language", "published", "wire", "dateline"),
    [
        ("ru_tass", "ru", "2021-11-16", "TASS", "Ереван"),
        ("fr_afp", "fr", "2021-11-16", None, "Erevan"),
    ],
)
def test_sources_are_read(
    data: dict[str, Any],
    source: str,
    language: str,
    published: str,
    wire: str | None,
    dateline: str,
) -> None:
    (found,) = [s for s in data["sources"] if s["id"] == source]
    assert (found["language"], found["published"], found["status"]) == (language, published, "ok")
    assert found["wire"] == wire
    assert found["dateline_place"] == dateline


def claims(data: dict[str, Any], source: str) -> list[dict[str, Any]]:
    return [c for e in data["entries"] for c in e["claims"] if source in c["sources"]]


@pytest.mark.parametrize(
    ("source", "date", "words", "figures", "claimant"),
    [
        ("ru_tass", "2021-11-16", "прекращении огня", {}, "Министерство обороны Армении"),
        ("ru_tass", "2021-11-16", "12 взяты в плен", {"captured": 12, "killed": 1}, None),
        ("ru_tass", "2021-11-15", "Лачинского коридора", {}, "власти Нагорного Карабаха"),
        ("fr_afp", "2021-11-16", "cessez-le-feu", {}, "ministère arménien de la Défense"),
        ("fr_afp", "2021-11-16", "faits prisonniers", {"captured": 12, "killed": 1}, None),
        ("fr_afp", "2021-11-15", "corridor de Latchine", {}, None),
        ("fr_afp", "2020-11", "6 500 morts", {"killed": 6500}, None),
    ],
)
def test_claims_are_dated_and_attributed(
    data: dict[str, Any],
    source: str,
    date: str,
    words: str,
    figures: dict[str, int],
    claimant: str | None,
) -> None:
    found = [c for c in claims(data, source) if words in c["text"] and c["date"] == date]
    assert found, f"no claim of {source} on {date} says {words!r}"
    claim = found[0]
    assert figures.items() <= claim["figures"].items()
    if claimant:
        assert claim["claimant"] is not None
        assert claimant.lower()[:12] in claim["claimant"].lower()
