"""timelinejs.json loads in TimelineJS (npm @knight-lab/timelinejs, pinned in
package.json), in headless Chromium: every event becomes a slide, no console
error, no request leaves 127.0.0.1, and hostile seed text stays text.

Two files are checked: the hand-made sample (every date precision, hostile
text) and the file of the real seeds build.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import sample_timeline as sample
from gates_harness import NODE_MODULES, require, serve

from timeline import export

pytestmark = pytest.mark.gates

TIMELINEJS = NODE_MODULES / "@knight-lab" / "timelinejs" / "dist"
LOAD_TIMEOUT_MS = 20_000
PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>TimelineJS check</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="lib/css/timeline.css">
<script src="lib/js/timeline.js"></script></head>
<body><div id="timeline" style="width: 1000px; height: 650px"></div>
<script>
window.tlState = "loading";
const timeline = new TL.Timeline("timeline", "{data}", {{
  script_path: new URL("lib/js/", document.baseURI).href,
  language: "{lang}",
  font: null,
}});
timeline.on("ready", () => {{ window.tlState = "ready"; }});
</script></body></html>
"""


def page_folder(root: Path, data: dict[str, Any], lang: str) -> Path:
    """A folder with the library, the JSON and the page that loads both."""
    require(TIMELINEJS.exists(), f"@knight-lab/timelinejs ({TIMELINEJS})")
    shutil.copytree(TIMELINEJS, root / "lib")
    (root / "timelinejs.json").write_text(export.dump_json(data), encoding="utf-8")
    (root / "index.html").write_text(
        PAGE.format(lang=lang, data="timelinejs.json"), encoding="utf-8"
    )
    return root


def render(browser: Any, folder: Path) -> dict[str, Any]:
    """Open the page; return what TimelineJS drew and what went wrong."""
    errors: list[str] = []
    foreign: list[str] = []
    with serve(folder) as base:
        context = browser.new_context()
        page = context.new_page()

        def route(r: Any) -> None:
            if r.request.url.startswith(base) or r.request.url.startswith("data:"):
                r.continue_()
            else:
                foreign.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(f"uncaught: {e}"))
        page.goto(base + "index.html")
        page.wait_for_function("window.tlState === 'ready'", timeout=LOAD_TIMEOUT_MS)
        result: dict[str, Any] = page.evaluate(
            """() => ({
              slides: document.querySelectorAll(".tl-slide").length,
              titleSlides: document.querySelectorAll(".tl-slide-titleslide").length,
              markers: document.querySelectorAll(".tl-timemarker").length,
              headlines: [...document.querySelectorAll(".tl-slide .tl-headline")]
                .map(h => h.textContent),
              scripts: document.querySelectorAll(".tl-storyslider script").length,
              images: document.querySelectorAll(".tl-text img, .tl-headline img").length,
              xss: window.__xss || null,
              message: (document.querySelector(".tl-message-content") || {}).textContent || "",
            })"""
        )
        context.close()
    return {**result, "errors": errors, "foreign": foreign}


def assert_rendered(result: dict[str, Any], events: int) -> None:
    assert result["errors"] == [], result["errors"]
    assert result["foreign"] == [], f"requests to other origins: {result['foreign']}"
    assert result["titleSlides"] == 1
    assert result["slides"] == events + 1, result["message"]
    assert result["markers"] == events
    assert result["xss"] is None and result["scripts"] == 0 and result["images"] == 0


@pytest.mark.parametrize("lang", ["en", "ru", "fr"])
def test_sample_timeline_renders_every_precision_and_keeps_hostile_text_as_text(
    browser: Any, tmp_path: Path, lang: str
) -> None:
    data = export.timelinejs_json(sample.TIMELINE, lang, "Sample <timeline>")
    result = render(browser, page_folder(tmp_path, data, lang))
    assert_rendered(result, len(sample.ENTRIES))
    assert sample.HOSTILE_HEADLINE in result["headlines"]


def test_the_seeds_build_timelinejs_file_renders(browser: Any, site: Path, tmp_path: Path) -> None:
    path = site / "timelinejs.json"
    assert path.exists(), "the build wrote no timelinejs.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["events"], "timelinejs.json has no events"
    result = render(browser, page_folder(tmp_path, data, "en"))
    assert_rendered(result, len(data["events"]))
