"""Settings: typed, validated once, every key documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline.settings import SETTINGS, SettingsError, from_pelican

ROOT = Path(__file__).resolve().parents[2]
BASE = {"SITEURL": "http://127.0.0.1:8000", "PATH": str(ROOT / "content")}


def test_every_setting_is_documented() -> None:
    documented = set(
        re.findall(r"^\| `(TIMELINE_[A-Z_]+)`", (ROOT / "docs/settings.md").read_text(), re.M)
    )
    declared = {s.key for s in SETTINGS}
    assert declared - documented == set(), "settings missing from docs/settings.md"
    assert documented - declared == set(), "docs/settings.md lists settings the code lacks"


def test_defaults_resolve_paths_against_the_project() -> None:
    s = from_pelican(BASE, ROOT)
    assert s.seeds == ROOT / "seeds"
    assert s.registry == ROOT / "seeds" / "registry.yaml"
    assert s.languages[0] == "en"


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"TIMELINE_SEDS": "x"}, "TIMELINE_SEDS: unknown setting"),
        ({"TIMELINE_STRICT": "yes"}, "TIMELINE_STRICT: expected bool"),
        ({"TIMELINE_SORT": "random"}, 'expected "newest" or "oldest"'),
        ({"TIMELINE_LANGUAGES": []}, "TIMELINE_LANGUAGES"),
        ({"TIMELINE_MAX_SEED_BYTES": True}, "TIMELINE_MAX_SEED_BYTES: expected int"),
        ({"TIMELINE_REFERENCE_DATE": "2021-02-30"}, "is not YYYY-MM-DD"),
        ({"SITEURL": ""}, "SITEURL is empty"),
    ],
)
def test_bad_settings_are_named(override: dict[str, object], message: str) -> None:
    with pytest.raises(SettingsError, match=re.escape(message)):
        from_pelican({**BASE, **override}, ROOT)


def test_reference_date_follows_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1637020800")  # 2021-11-16
    assert str(from_pelican(BASE, ROOT).reference_date) == "2021-11-16"
