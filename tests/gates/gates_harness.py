"""Machinery of the quality gates: serve a built site, drive Chromium, run axe-core,
vnu and linkchecker, and turn what they find into messages that name page and problem.

Every check is a plain function returning a list of problems (strings), so that the
gates themselves are tested on tiny hand-made sites (test_harness.py) and the gate
tests on the real build only assert that the list is empty.
"""

from __future__ import annotations

import ast
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import partial
from html import unescape as html_unescape
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import unquote, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
GATES_DIR = Path(__file__).resolve().parent
NODE_MODULES = GATES_DIR / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
MAX_PAGE_BYTES = 100 * 1024
ARTIFACTS = ROOT / "artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
REPORTS = ARTIFACTS / "gates"
PAGE_TIMEOUT_MS = 20_000
TOOL_TIMEOUT_S = 600
INSTALL_HINT = "run `bash scripts/bootstrap` (installs chromium, Java 17 and the npm tools)"


def site_setting(name: str) -> object:
    """A setting as pelicanconf.py states it (read, not imported)."""
    tree = ast.parse((ROOT / "pelicanconf.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                assert node.value is not None
                return ast.literal_eval(node.value)
    raise AssertionError(f"pelicanconf.py has no {name}")


_LANGUAGES = site_setting("TIMELINE_LANGUAGES")
assert isinstance(_LANGUAGES, list)
LANGUAGES = [str(lang) for lang in _LANGUAGES]


# --- tools ---------------------------------------------------------------------------


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def require(ok: bool, what: str) -> None:
    """Skip (on a developer's machine) or fail (under CI=true) when a gate tool is missing."""
    if ok:
        return
    message = f"{what} is missing: {INSTALL_HINT}"
    if in_ci():
        pytest.fail(f"CI: {message}", pytrace=False)
    pytest.skip(message)


def require_chromium() -> None:
    require(CHROMIUM.exists(), f"Debian's chromium ({CHROMIUM})")


def require_axe() -> None:
    require(AXE_JS.exists(), f"axe-core ({AXE_JS.relative_to(ROOT)})")


def require_vnu() -> None:
    require(shutil.which("java") is not None, "java (Java 17 runtime)")
    require(VNU_JAR.exists(), f"vnu-jar ({VNU_JAR.relative_to(ROOT)})")


def linkchecker_command() -> list[str] | None:
    beside = Path(sys.executable).with_name("linkchecker")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("linkchecker")
    return [found] if found else None


def require_linkchecker() -> list[str]:
    cmd = linkchecker_command()
    require(cmd is not None, "linkchecker (PyPI package, in requirements.lock)")
    assert cmd is not None
    return cmd


# --- serving a site --------------------------------------------------------------------


class _QuietHandler(SimpleHTTPRequestHandler):
    extensions_map: ClassVar[dict[str, str]] = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
        ".xml": "application/xml",
        ".webmanifest": "application/manifest+json",
    }

    def end_headers(self) -> None:
        # linkchecker throttles every host to a few requests a second unless the server
        # answers with a "LinkChecker" header (then maxrequestspersecond applies)
        self.send_header("LinkChecker", "local test server")
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve ``directory`` on 127.0.0.1 (a free port) from a thread; yield its base URL."""
    handler = partial(_QuietHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="gates-http", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def make_world_readable(top: Path) -> None:
    """linkchecker drops to user nobody when run as root: let it read everything."""
    for path in [top, *top.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


# --- the pages of a built site -----------------------------------------------------------


@dataclass(frozen=True)
class SitePage:
    path: str  # site path of the page: "en/entries/2021-11-16-3fa2c1.html", "en/years/2021/"
    lang: str
    kind: str  # "home", or the first folder under the language: entries, sources, about, ...
    size: int


def discover_pages(site: Path, languages: list[str]) -> list[SitePage]:
    """Every HTML page under each language folder, with its kind of page: a
    folder's ``index.html`` (``en/years/2021/``) or a page file of its own
    (``en/entries/2021-11-16-3fa2c1.html``)."""
    pages = []
    for lang in languages:
        top = site / lang
        if not top.is_dir():
            continue
        for file in sorted(top.rglob("*.html")):
            parts = file.relative_to(top).parts
            if parts[-1] == "index.html":
                folders = parts[:-1]
                path = "/".join((lang, *folders)) + "/"
            else:
                folders = parts[:-1]
                path = "/".join((lang, *parts))
            kind = folders[0] if folders else "home"
            pages.append(SitePage(path, lang, kind, file.stat().st_size))
    return sorted(pages, key=lambda p: (p.lang, p.kind, p.path))


def representatives(pages: list[SitePage]) -> dict[tuple[str, str], SitePage]:
    """The largest page of each (language, kind): the worst case for weight and the
    richest for accessibility."""
    chosen: dict[tuple[str, str], SitePage] = {}
    for page in pages:
        key = (page.lang, page.kind)
        if key not in chosen or (page.size, page.path) > (chosen[key].size, chosen[key].path):
            chosen[key] = page
    return chosen


def other_language(path: str, lang: str) -> str:
    """The same page in another language: the first path segment swapped."""
    _, _, rest = path.partition("/")
    return f"{lang}/{rest}"


# --- the browser -------------------------------------------------------------------------


def launch_browser(playwright: Any) -> Any:
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )


@dataclass
class PageReport:
    url: str
    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    resources: list[tuple[str, int]] = field(default_factory=list)
    axe_violations: list[str] = field(default_factory=list)
    load_error: str = ""

    @property
    def transferred(self) -> int:
        return sum(size for _, size in self.resources)

    def load_problems(self) -> list[str]:
        problems = [f"page did not load: {self.load_error}"] if self.load_error else []
        problems += [f"console error: {m}" for m in self.console_errors]
        problems += [f"failed request: {m}" for m in self.failed_requests]
        return problems

    def origin_problems(self) -> list[str]:
        return [f"request to another origin (blocked): {u}" for u in self.foreign_requests]

    def weight_problems(self, limit: int = MAX_PAGE_BYTES) -> list[str]:
        if self.transferred <= limit:
            return []
        heaviest = sorted(self.resources, key=lambda r: -r[1])[:5]
        detail = ", ".join(f"{_short(u)} {n / 1024:.1f} KB" for u, n in heaviest)
        return [
            f"{self.transferred / 1024:.1f} KB transferred, over the {limit / 1024:.0f} KB "
            f"budget (heaviest: {detail})"
        ]


def _short(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "") if parts.netloc else url


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


_AXE_RUN = """async (tags) => {
  const result = await axe.run(document, {
    runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html.slice(0, 160),
                               summary: (n.failureSummary || '').replace(/\\s+/g, ' ')}))}));
}"""


def format_axe(violations: list[dict[str, Any]]) -> list[str]:
    lines = []
    for v in violations:
        nodes = v["nodes"]
        where = "; ".join(f"{n['target']} {n['html']}" for n in nodes[:3])
        more = f" (+{len(nodes) - 3} more)" if len(nodes) > 3 else ""
        lines.append(f"axe {v['id']} ({v['impact']}): {v['help']}: {where}{more}")
    return lines


def check_page(
    browser: Any,
    url: str,
    *,
    axe: bool = True,
    screenshot: Path | None = None,
) -> PageReport:
    """Load ``url`` in a fresh context (cold cache) and record what a reader's browser
    meets: console errors, failed requests, requests to other origins (blocked), bytes
    transferred and, with ``axe``, axe-core's violations."""
    report = PageReport(url)
    own = _origin(url)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        if axe:
            context.add_init_script(path=str(AXE_JS))

        def foreign(target: str) -> bool:
            return not target.startswith(("data:", "blob:", "about:")) and _origin(target) != own

        def route(r: Any) -> None:
            if foreign(r.request.url):
                r.abort("blockedbyclient")  # nothing leaves this machine
            else:
                r.continue_()

        def request(r: Any) -> None:
            # every attempt counts, also those the page's own CSP stops before the network
            if foreign(r.url) and r.url not in report.foreign_requests:
                report.foreign_requests.append(r.url)

        context.route("**/*", route)
        page = context.new_page()
        page.set_default_timeout(PAGE_TIMEOUT_MS)
        page.on("request", request)
        responses: list[Any] = []
        page.on(
            "console",
            lambda m: (
                report.console_errors.append(
                    f"{m.text} ({m.location.get('url', '')}:{m.location.get('lineNumber', '')})"
                )
                if m.type == "error"
                else None
            ),
        )
        page.on("pageerror", lambda e: report.console_errors.append(f"uncaught: {e}"))
        page.on(
            "requestfailed",
            lambda r: (
                None
                if r.url in report.foreign_requests
                else report.failed_requests.append(f"{r.url} ({r.failure})")
            ),
        )
        page.on("response", lambda r: responses.append(r))
        try:
            page.goto(url, wait_until="load")
            page.wait_for_load_state("networkidle")
        except Exception as exc:  # a page that does not load is itself the finding
            report.load_error = str(exc).splitlines()[0]
            return report
        for response in responses:
            if response.status >= 400:
                report.failed_requests.append(f"{response.url} (HTTP {response.status})")
            report.resources.append((response.url, _body_size(response)))
        if axe:
            report.axe_violations = format_axe(page.evaluate(_AXE_RUN, AXE_TAGS))
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(screenshot), full_page=True)
        return report
    finally:
        context.close()


def _body_size(response: Any) -> int:
    try:
        size = int(response.request.sizes()["responseBodySize"])
        if size > 0:
            return size
    except Exception:
        pass
    try:
        return len(response.body())
    except Exception:
        return 0


# --- keyboard --------------------------------------------------------------------------------

_MARK_TARGETS = """(lang) => {
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const switcher = [...document.querySelectorAll('body a[hreflang]')]
    .filter(a => a.getAttribute('hreflang') !== lang && visible(a));
  const navs = [...document.querySelectorAll('header nav, [role=banner] nav')]
    .filter(n => !n.querySelector('a[hreflang]'));
  if (!navs.length) {
    const first = [...document.querySelectorAll('nav')].find(n => !n.querySelector('a[hreflang]'));
    if (first) navs.push(first);
  }
  const nav = navs.flatMap(n => [...n.querySelectorAll('a[href]')]).filter(visible);
  let i = 0;
  const mark = (el, group) => { el.dataset.gate = `${group}-${i++}`;
    return {id: el.dataset.gate, text: el.textContent.trim().slice(0, 40),
            href: el.getAttribute('href'), hreflang: el.getAttribute('hreflang'),
            resolved: el.href}; };
  return {switcher: switcher.map(a => mark(a, 'switcher')), nav: nav.map(a => mark(a, 'nav'))};
}"""

_FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const pick = (s) => ({outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
    outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0,
    boxShadow: s.boxShadow});
  const focused = pick(getComputedStyle(el));
  el.blur();
  const rest = pick(getComputedStyle(el));
  el.focus();
  const outline = focused.outlineStyle !== 'none' && focused.outlineWidth > 0
                  && focused.outline !== rest.outline;
  const shadow = focused.boxShadow !== 'none' && focused.boxShadow !== rest.boxShadow;
  return {gate: el.dataset.gate || '', tag: el.tagName.toLowerCase(),
          text: (el.textContent || el.value || '').trim().slice(0, 40),
          href: el.getAttribute('href') || '', visible: outline || shadow,
          style: focused.outline + ' / ' + focused.boxShadow};
}"""


@dataclass
class KeyboardReport:
    problems: list[str]
    stops: list[dict[str, Any]]


def check_keyboard(
    browser: Any, base_url: str, path: str, lang: str, max_tabs: int = 120
) -> KeyboardReport:
    """Tab through the page at ``path``: every language-switcher link and main navigation
    link must be reached, every focused element must show a visible focus style, and
    Enter on a switcher link must open the same page in that language."""
    problems: list[str] = []
    stops: list[dict[str, Any]] = []
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.set_default_timeout(PAGE_TIMEOUT_MS)
        page.goto(base_url + path, wait_until="load")
        targets = page.evaluate(_MARK_TARGETS, lang)
        if not targets["switcher"]:
            problems.append("no language switcher (visible <a hreflang> links to other languages)")
        if not targets["nav"]:
            problems.append("no main navigation links (<header> <nav> <a href>)")
        reached: dict[str, int] = {}
        for n in range(max_tabs):
            page.keyboard.press("Tab")
            stop = page.evaluate(_FOCUSED)
            if stop is None:
                if n > 0:
                    break  # focus left the document: one full round done
                continue
            if stops and stop["gate"] and stop["gate"] == stops[0]["gate"]:
                break
            stops.append(stop)
            if stop["gate"]:
                reached.setdefault(stop["gate"], n + 1)
            if not stop["visible"]:
                problems.append(
                    f"no visible focus style on Tab stop {n + 1} <{stop['tag']}> "
                    f"'{stop['text']}' {stop['href']} (outline/box-shadow: {stop['style']})"
                )
        for group in ("switcher", "nav"):
            for t in targets[group]:
                if t["id"] not in reached:
                    problems.append(
                        f"{group} link '{t['text']}' ({t['href']}) is never reached with Tab"
                    )
        for t in targets["switcher"]:
            got = urlsplit(t["resolved"]).path.lstrip("/")
            want = other_language(path, t["hreflang"])
            if got != want:
                problems.append(
                    f"switcher link '{t['text']}' ({t['hreflang']}) leads to /{got}, not the "
                    f"same page in that language /{want}"
                )
        # Enter on the first switcher link that Tab reaches.
        target = next((t for t in targets["switcher"] if t["id"] in reached), None)
        if target is not None:
            page.goto(base_url + path, wait_until="load")
            page.evaluate(_MARK_TARGETS, lang)
            for _ in range(reached[target["id"]]):
                page.keyboard.press("Tab")
            focused = page.evaluate("() => document.activeElement.dataset.gate || ''")
            if focused != target["id"]:
                problems.append(f"Tab order changed between two loads (wanted {target['id']})")
            else:
                with page.expect_navigation(timeout=PAGE_TIMEOUT_MS):
                    page.keyboard.press("Enter")
                got = urlsplit(page.url).path.lstrip("/")
                want = other_language(path, target["hreflang"])
                if got != want:
                    problems.append(
                        f"Enter on switcher link '{target['text']}' ({target['hreflang']}) "
                        f"opened /{got}, not the same page in that language /{want}"
                    )
        return KeyboardReport(problems, stops)
    finally:
        context.close()


# --- vnu -----------------------------------------------------------------------------------


def run_vnu(site: Path, report: Path | None = None) -> list[str]:
    """Validate every HTML file (and CSS) under ``site``; one line per error:
    ``file:line: message (extract)``."""
    cmd = [
        "java",
        "-jar",
        str(VNU_JAR),
        "--skip-non-html",
        "--also-check-css",
        "--format",
        "json",
        "--exit-zero-always",
        str(site),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=TOOL_TIMEOUT_S, check=False)
    try:
        messages = json.loads(done.stderr or done.stdout or "{}").get("messages", [])
    except json.JSONDecodeError:
        return [f"vnu did not report JSON (exit {done.returncode}): {done.stderr[-2000:]}"]
    if report is not None:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(json.dumps(messages, indent=1, ensure_ascii=False), encoding="utf-8")
    problems = []
    for m in messages:
        if m.get("type") not in {"error", "non-document-error"}:
            continue
        where = m.get("url", "").removeprefix("file:")
        with suppress(ValueError):
            where = str(Path(where).relative_to(site.resolve()))
        line = m.get("lastLine", "?")
        extract = (m.get("extract") or "").strip().replace("\n", " ")[:120]
        problems.append(f"{where}:{line}: {m.get('message', '')} [{extract}]")
    return problems


# --- linkchecker ------------------------------------------------------------------------------

_LINKCHECKER_RC = """[checking]
threads=4
timeout=10
maxrequestspersecond=1000
[filtering]
checkextern=0
[AnchorCheck]
"""


def run_linkchecker(base_url: str, report: Path | None = None) -> list[str]:
    """Crawl the site over HTTP from ``base_url``; one line per broken internal link or
    missing anchor: ``page line N: link -> result``. External URLs are not checked."""
    cmd = require_linkchecker()
    confdir = Path(tempfile.mkdtemp(prefix="gates-linkchecker-"))
    try:
        rc = confdir / "linkcheckerrc"
        rc.write_text(_LINKCHECKER_RC, encoding="utf-8")
        make_world_readable(confdir)
        done = subprocess.run(
            [*cmd, "--config", str(rc), "--no-status", "--output", "csv", "--no-robots", base_url],
            capture_output=True,
            text=True,
            timeout=TOOL_TIMEOUT_S,
            check=False,
            env={**os.environ, "HOME": str(confdir)},
        )
    finally:
        shutil.rmtree(confdir, ignore_errors=True)
    if report is not None:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(done.stdout + "\n" + done.stderr, encoding="utf-8")
    if done.returncode not in (0, 1):
        return [f"linkchecker failed (exit {done.returncode}): {done.stderr[-2000:]}"]
    rows = [line for line in done.stdout.splitlines() if line and not line.startswith("#")]
    problems = []
    for row in csv.DictReader(io.StringIO("\n".join(rows)), delimiter=";"):
        valid = row.get("valid", "").strip().lower() in {"true", "1"}
        warning = (row.get("warningstring") or "").strip()[:240]
        if valid and not warning:
            continue
        parent = _short(row.get("parentname") or "") or "(start)"
        link = row.get("urlname") or row.get("url") or ""
        result = (row.get("result") or "").strip()
        what = result if not valid else f"{result}, but {warning}"
        problems.append(f"{parent} line {row.get('line') or '?'}: {link} -> {what}")
    if done.returncode == 1 and not problems:
        problems.append(f"linkchecker reported errors it did not itemise: {done.stdout[-2000:]}")
    return problems


# --- absolute links (feeds, hreflang, canonical, sitemap) -----------------------------------

_TEXT_FILES = (".html", ".xml", ".json", ".txt", ".csv")


def absolute_link_problems(site: Path, site_url: str) -> list[str]:
    """Every absolute address under ``site_url`` written anywhere in the build (feeds,
    hreflang and canonical links, the sitemap, robots.txt, exports) must name a file
    of the build. linkchecker cannot see these: they point at SITEURL, not at the
    test server. One line per address: ``file: address -> what is missing``."""
    base = site_url.rstrip("/")
    pattern = re.compile(re.escape(base) + r"(/[^\s\"'<>\\]*)?")
    problems = []
    for file in sorted(site.rglob("*")):
        if file.suffix not in _TEXT_FILES or "pagefind" in file.relative_to(site).parts:
            continue
        seen: set[str] = set()
        for match in pattern.finditer(file.read_text(encoding="utf-8", errors="replace")):
            path = html_unescape(match.group(1) or "/").split("#")[0].split("?")[0]
            if path in seen:
                continue
            seen.add(path)
            target = site / unquote(path.lstrip("/"))
            if path.endswith("/"):
                target = target / "index.html"
            if not target.is_file():
                problems.append(
                    f"{file.relative_to(site)}: {base}{path} -> no such file in the build "
                    f"({target.relative_to(site)})"
                )
    return problems
