"""What a reader sees on the entry pages of a built site, measured in a browser.

``python tools/page_metrics.py [--site output] [--width 390] [--langs hy,ru]``
serves the built folder on 127.0.0.1 (a free port), opens every entry page of
every language in headless Chromium (Playwright) at a phone's width and prints,
per language:

* the tallest entry page and its height in CSS pixels (``scrollHeight``);
* whether the page's ``.entry-summary`` (when there is one) starts on the
  first screen (844 px, a 390 x 844 phone);
* for ``--share`` languages, the share of the visible text of ``<main>`` that
  is in the page's language: every letter of every rendered text node (text
  in a closed ``<details>`` or hidden otherwise is not rendered, so does not
  count), counted by script. Armenian pages: Armenian letters over all letters;
  Russian: Cyrillic over all. For the Latin-script languages a word test
  (common function words of the language) is printed as a rough guide only.

Digits and punctuation count for no language. ``--json`` prints the figures
as JSON. Used for issue 22's before/after figures.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import re
import socketserver
import sys
import threading
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
FIRST_SCREEN = 844

#: Visible text nodes of <main>, with the page's language or the nearest lang=.
_VISIBLE_TEXT = """
() => {
  const main = document.querySelector('main');
  const out = [];
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    const text = node.nodeValue;
    if (!text.trim()) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest('script,style,template')) continue;
    // false inside a closed <details> (its content is skipped) or hidden
    if (parent.checkVisibility && !parent.checkVisibility({visibilityProperty: true})) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = range.getClientRects();
    if (!rects.length) continue;
    let visible = false;
    for (const r of rects) { if (r.width > 0 && r.height > 0) { visible = true; break; } }
    if (!visible) continue;
    const style = getComputedStyle(parent);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    out.push(text);
  }
  const summary = document.querySelector('.entry-summary');
  return {
    texts: out,
    height: document.documentElement.scrollHeight,
    summaryTop: summary ? summary.getBoundingClientRect().top + window.scrollY : null,
    summaryBottom: summary ? summary.getBoundingClientRect().bottom + window.scrollY : null,
  };
}
"""

_SCRIPTS = {
    "hy": re.compile(r"[\u0531-\u0587\uFB13-\uFB17]"),
    "ru": re.compile(r"[\u0400-\u04FF]"),
}
_LETTER = re.compile(r"[^\W\d_]")
_WORDS = {
    "en": {"the", "and", "of", "to", "in", "on", "by", "said", "was", "were", "is", "with"},
    "fr": {"le", "la", "les", "de", "des", "du", "et", "en", "un", "une", "selon", "à", "sur"},
    "az": {"və", "ilə", "bu", "bir", "üzrə", "görə", "olan", "edib", "tərəfindən", "məlumatına"},
}
_WORD = re.compile(r"[^\W\d_]+")


def language_share(texts: list[str], lang: str) -> tuple[float, int]:
    """(share of letters in ``lang``'s script, letters counted); for Latin
    languages, the share of words that are common words of ``lang`` among
    the words that are common words of any Latin language."""
    joined = " ".join(texts)
    if lang in _SCRIPTS:
        letters = _LETTER.findall(joined)
        own = sum(1 for c in letters if _SCRIPTS[lang].match(c))
        return (own / len(letters) if letters else 0.0), len(letters)
    words = [w.lower() for w in _WORD.findall(joined)]
    counts = {code: sum(1 for w in words if w in common) for code, common in _WORDS.items()}
    total = sum(counts.values())
    return (counts.get(lang, 0) / total if total else 0.0), total


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(folder: Path) -> tuple[socketserver.TCPServer, int]:
    handler = functools.partial(_Quiet, directory=str(folder))
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


def measure(site: Path, langs: list[str], share: list[str], width: int) -> dict[str, dict]:
    from playwright.sync_api import sync_playwright

    server, port = serve(site)
    results: dict[str, dict] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": width, "height": FIRST_SCREEN})
            for lang in langs:
                pages = sorted((site / lang / "entries").glob("*.html"))
                rows = []
                for file in pages:
                    page.goto(f"http://127.0.0.1:{port}/{lang}/entries/{file.name}")
                    data = page.evaluate(_VISIBLE_TEXT)
                    value, counted = language_share(data["texts"], lang)
                    rows.append(
                        {
                            "page": file.name,
                            "height": data["height"],
                            "summary_top": data["summaryTop"],
                            "summary_bottom": data["summaryBottom"],
                            "share": round(value * 100, 1),
                            "counted": counted,
                        }
                    )
                if not rows:
                    continue
                tallest = max(rows, key=lambda r: r["height"])
                letters = sum(r["counted"] for r in rows)
                mean = sum(r["share"] * r["counted"] for r in rows) / letters if letters else 0
                results[lang] = {
                    "tallest": tallest,
                    "pages": len(rows),
                    "share_of_tallest": tallest["share"],
                    "share_all_pages": round(mean, 1),
                    "share_min": min(r["share"] for r in rows),
                    "share_method": "script" if lang in _SCRIPTS else "common words (rough)",
                    "rows": rows,
                }
            browser.close()
    finally:
        server.shutdown()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="page_metrics", description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, default=Path("output"))
    parser.add_argument("--width", type=int, default=390)
    parser.add_argument("--langs", default="en,hy,az,ru,fr")
    parser.add_argument("--share", default="hy,ru", help="languages whose text share matters")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--rows", action="store_true", help="print every page")
    args = parser.parse_args(argv)
    langs = [code for code in args.langs.split(",") if code]
    results = measure(args.site, langs, args.share.split(","), args.width)
    if args.json:
        json.dump(results, sys.stdout, indent=1, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    for lang, found in results.items():
        tallest = found["tallest"]
        top = tallest["summary_top"]
        first = "no summary" if top is None else f"summary at {top:.0f} px"
        if top is not None:
            first += " (first screen)" if top < FIRST_SCREEN else " (below the first screen)"
        print(
            f"{lang}: tallest entry {tallest['page']} {tallest['height']} px at "
            f"{args.width} px, {first}; in {lang}: {tallest['share']} % of the visible text "
            f"of its <main> ({found['share_method']}), {found['share_all_pages']} % over "
            f"{found['pages']} entry pages (lowest {found['share_min']} %)"
        )
        if args.rows:
            for row in found["rows"]:
                print(f"    {row['page']}: {row['height']} px, {row['share']} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
