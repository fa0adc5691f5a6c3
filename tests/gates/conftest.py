"""Fixtures of the quality gates.

The seeds site is built ONCE per test session (under pytest-xdist the workers share
one build through a file lock in the session's common temp folder) and each worker
serves it over HTTP on 127.0.0.1 from a thread. ``GATES_SITE=/path/to/built/site``
checks an existing folder instead of building (used to prove the gates on a broken
copy of the site).
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gates_harness import (
    LANGUAGES,
    ROOT,
    SitePage,
    discover_pages,
    launch_browser,
    make_world_readable,
    require_chromium,
    serve,
)

BUILD_TIMEOUT_S = 900


def _build(out: Path) -> None:
    """Build the seeds site into ``out``; on failure leave ``build-failed.txt`` beside it."""
    log = out.with_name("build-failed.txt")
    done = subprocess.run(
        [sys.executable, "-m", "invoke", "build", "--output", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )
    if done.returncode != 0 or (not (out / "index.html").exists() and not any(out.glob("*/"))):
        log.write_text(
            f"`invoke build --output {out}` exited {done.returncode}\n"
            f"{done.stdout[-4000:]}\n{done.stderr[-6000:]}",
            encoding="utf-8",
        )
        return
    make_world_readable(out)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """The built seeds site (a folder), shared by all xdist workers."""
    given = os.environ.get("GATES_SITE")
    if given:
        path = Path(given).resolve()
        assert path.is_dir(), f"GATES_SITE={given} is not a folder"
        return path
    shared = tmp_path_factory.getbasetemp()
    if worker_id != "master":
        shared = shared.parent
    out = shared / "gates-site"
    failed = shared / "build-failed.txt"
    with open(shared / "gates-site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not out.exists() and not failed.exists():
                _build(out)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    if failed.exists():
        pytest.fail(f"the seeds site did not build:\n{failed.read_text()}", pytrace=False)
    return out


@pytest.fixture(scope="session")
def site_url(site: Path) -> Iterator[str]:
    """Base URL (ending in /) of the built site served on 127.0.0.1 by this worker."""
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def site_pages(site: Path) -> list[SitePage]:
    return discover_pages(site, LANGUAGES)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian chromium driven by Playwright (never `playwright install`)."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch_browser(playwright)
        try:
            yield chromium
        finally:
            chromium.close()
