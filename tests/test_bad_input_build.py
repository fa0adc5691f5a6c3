"""A folder of every kind of bad input builds, names every bad file, keeps the
good seeds and shows every piece of seed markup as text; --strict fails."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from bad_seeds import GOOD_SEEDS, REFERENCE_DATE, make_bad_seed_folder

from timeline.build import build

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow

# Markup from markup.txt and page.html that must never reach a page or feed live.
LIVE_MARKUP = re.compile(
    r"<script>alert|<script>document\.write|onerror=alert|onclick=\"steal|href=\"javascript:",
    re.I,
)


def run(tmp: Path, strict: bool) -> tuple[int, Path]:
    seeds = tmp / "seeds"
    if not seeds.exists():
        make_bad_seed_folder(seeds)
    settings = {
        "TIMELINE_REGISTRY": str(tmp / "registry.yaml"),
        "CACHE_PATH": str(tmp / "cache"),
        "TIMELINE_REFERENCE_DATE": REFERENCE_DATE.isoformat(),
    }
    out = tmp / "output"
    return build(
        ROOT / "pelicanconf.py", out, seeds, strict=strict, search=False, settings=settings
    ), out


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, Path, str]:
    tmp = tmp_path_factory.mktemp("bad")
    import io
    from contextlib import redirect_stderr, redirect_stdout

    buffer = io.StringIO()
    with redirect_stdout(buffer), redirect_stderr(buffer):
        from pelican.log import console

        console.file = buffer
        try:
            code, out = run(tmp, strict=False)
        finally:
            console.file = None  # type: ignore[assignment]
    return code, out, buffer.getvalue()


def test_build_succeeds(built: tuple[int, Path, str]) -> None:
    assert built[0] == 0, built[2]


def test_every_bad_file_is_named_with_its_reason(
    built: tuple[int, Path, str], tmp_path: Path
) -> None:
    expected = make_bad_seed_folder(tmp_path / "expect")
    report = built[2]
    for name, keyword in expected.items():
        file = name.split(":", 1)[-1] if name.startswith("sources.yaml:") else name
        if not keyword:
            continue
        lines = [line for line in report.splitlines() if file in line]
        assert lines, f"{file} not named in the build report"
        assert any(keyword.lower() in line.lower() for line in lines), (
            f"{file}: no line says {keyword!r}:\n" + "\n".join(lines)
        )


def test_good_seeds_are_kept(built: tuple[int, Path, str]) -> None:
    data: dict[str, Any] = json.loads((built[1] / "timeline.json").read_text(encoding="utf-8"))
    sources = {s["file"]: s for s in data["sources"]}
    for name in GOOD_SEEDS:
        assert sources[name]["status"] == "ok"
    cited = {s for e in data["entries"] for s in e["sources"]}
    assert {Path(n).stem for n in GOOD_SEEDS} <= cited
    # nothing the user gave is lost: every file is listed
    assert len(sources) == len(
        [p for p in (built[1].parent / "seeds").iterdir() if p.suffix in {".txt", ".md", ".html"}]
    )


def test_seed_markup_is_text_everywhere(built: tuple[int, Path, str]) -> None:
    out = built[1]
    checked = 0
    for path in sorted(out.rglob("*")):
        if path.suffix in {".html", ".xml", ".json", ".csv"}:
            text = path.read_text(encoding="utf-8")
            assert not LIVE_MARKUP.search(text), f"live seed markup in {path.relative_to(out)}"
            checked += 1
    assert checked
    source_page = (out / "en/sources/markup.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert" in source_page, "the markup seed's text is not shown as text"


def test_strict_fails(tmp_path: Path) -> None:
    code, out = run(tmp_path, strict=True)
    assert code != 0
    assert not out.exists(), "a failed strict build wrote a site"
