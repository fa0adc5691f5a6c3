"""An article nothing dates, built: nothing lost, nothing guessed (issue 20, point 1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.build import build

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow

UNDATED = (
    "On 14 September 2022, Armenia's defence ministry said 49 Armenian servicemen were "
    "killed in the Azerbaijani attack.\n\n"
    "On Tuesday, the two sides agreed a ceasefire, the ministry said.\n"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, str]:
    tmp = tmp_path_factory.mktemp("undated")
    seeds = tmp / "seeds"
    seeds.mkdir()
    (seeds / "undated.txt").write_text(UNDATED, encoding="utf-8")
    settings = {"TIMELINE_REGISTRY": str(tmp / "registry.yaml"), "CACHE_PATH": str(tmp / "c")}
    code = build(ROOT / "pelicanconf.py", tmp / "out", seeds, search=False, settings=settings)
    assert code == 0
    data = json.loads((tmp / "out" / "timeline.json").read_text("utf-8"))
    return tmp / "out", data, (tmp / "out" / "en" / "sources" / "undated.html").read_text()


def test_the_claim_with_its_own_date_is_on_the_timeline(built):
    _, data, _ = built
    claims = [c for e in data["entries"] for c in e["claims"] if "undated" in c["sources"]]
    assert [(c["date"], c["figures"]) for c in claims] == [("2022-09-14", {"killed": 49})]


def test_the_claim_that_needs_the_date_is_kept_undated_and_the_maintainer_told(built):
    _, data, page = built
    (source,) = data["sources"]
    assert source["status"] == "warning" and source["published"] is None
    (undated,) = source["undated_claims"]
    assert undated["text"].startswith("On Tuesday, the two sides agreed a ceasefire")
    assert undated["quotes"] == [{"source": "undated", "sentence": 1, "text": undated["text"]}]
    (problem,) = source["problems"]
    assert "claims that give their own date, on the timeline: 1;" in problem
    assert "listed undated on its page: 1" in problem
    assert 'add "published: YYYY-MM-DD" under "undated.txt:"' in problem
    assert "Statements that need the article's date" in page
    assert 'id="s1"' in page and "On Tuesday, the two sides agreed a ceasefire" in page
