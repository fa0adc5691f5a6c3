"""Maintainer tasks (invoke), in the spirit of Pelican's quickstart.

invoke build [--seeds DIR] [--output DIR] [--strict]   build the site
invoke serve / regenerate / clean / publish / test / gates
invoke bench --articles N [--incremental] [--profile]   benchmark against plain Pelican
invoke evaluate [--split dev|test|all] [--lang xx] [--json]   score reading on eval/
"""

from __future__ import annotations

import shlex
import shutil
import sys
import time
from pathlib import Path

from invoke import UnexpectedExit, task

ROOT = Path(__file__).resolve().parent
PY = shlex.quote(sys.executable)
ENV = {"PYTHONPATH": str(ROOT / "plugins")}
WATCHED = ("seeds", "plugins", "content", "theme", "data", "pelicanconf.py")
SERVE_PORT = 8000


def _build_cmd(
    settings: str, output: str, seeds: str | None, strict: bool, search: bool, verbose: bool = False
) -> str:
    cmd = (
        f"{PY} -m timeline.build --settings {shlex.quote(settings)} --output {shlex.quote(output)}"
    )
    if seeds:
        cmd += f" --seeds {shlex.quote(seeds)}"
    if strict:
        cmd += " --strict"
    if not search:
        cmd += " --no-search"
    if verbose:
        cmd += " --verbose"
    return cmd


INTERFACE_CATALOGS = ROOT / "theme" / "translations"
CONTENT_CATALOGS = ROOT / "translations" / "content"
LANGUAGES = ("en", "hy", "az", "ru", "fr")
BABEL = f"{PY} -m babel.messages.frontend"


@task
def compile_catalogs(c):
    """Compile the gettext catalogs (interface and content) to .mo files."""
    for directory, domain in ((INTERFACE_CATALOGS, "messages"), (CONTENT_CATALOGS, "content")):
        if not any(directory.glob(f"*/LC_MESSAGES/{domain}.po")):
            continue
        c.run(
            f"{BABEL} compile -d {shlex.quote(str(directory))} -D {domain} --statistics",
            hide="both",
            warn=False,
        )


@task(name="i18n-compile")
def i18n_compile(c):
    """Compile every .po catalog to .mo (the build also reads .po files directly)."""
    compile_catalogs(c)


@task(name="i18n-extract")
def i18n_extract(c):
    """Extract interface strings (templates, plugin) into theme/translations/messages.pot."""
    with c.cd(str(ROOT)):
        c.run(
            f"{BABEL} extract -F theme/babel.cfg "
            "--add-comments=Translators: --sort-by-file "
            "--project=conflict-timeline --no-wrap "
            f"-o {shlex.quote(str(INTERFACE_CATALOGS / 'messages.pot'))} ."
        )


@task(name="translations-extract")
def translations_extract(c):
    """Run the pipeline and write the content catalogs (headlines, claims) per language."""
    with c.cd(str(ROOT)):
        c.run(f"{PY} -m timeline.i18n content --settings pelicanconf.py", env=ENV)


@task(name="i18n-update", pre=[i18n_extract])
def i18n_update(c, content=True):
    """Extract, then update (or create) every language's interface and content catalogs."""
    pot = shlex.quote(str(INTERFACE_CATALOGS / "messages.pot"))
    directory = shlex.quote(str(INTERFACE_CATALOGS))
    for lang in LANGUAGES:
        exists = (INTERFACE_CATALOGS / lang / "LC_MESSAGES" / "messages.po").exists()
        command = "update --no-fuzzy-matching --ignore-obsolete" if exists else "init"
        c.run(f"{BABEL} {command} -i {pot} -d {directory} -D messages -l {lang} --width=100")
    if content:
        translations_extract(c)


@task
def translations(c):
    """Print the share of interface and content strings translated per language."""
    with c.cd(str(ROOT)):
        c.run(f"{PY} -m timeline.i18n report --settings pelicanconf.py", env=ENV)


@task(
    help={
        "seeds": "folder of seed articles (default: seeds/)",
        "output": "output folder (default: output/)",
        "strict": "fail on any problem with any input (for CI)",
        "search": "build the Pagefind search index (default: yes)",
        "verbose": "also log what the caches reused and the time of each phase",
    }
)
def build(c, seeds=None, output="output", strict=False, search=True, verbose=False):
    """Build the site from the seeds, atomically, into output/."""
    compile_catalogs(c)
    with c.cd(str(ROOT)):
        cmd = _build_cmd("pelicanconf.py", output, seeds, strict, search, verbose)
        c.run(cmd, env=ENV, pty=False)


@task
def clean(c):
    """Remove the output and the build cache."""
    for name in ("output", "cache"):
        shutil.rmtree(ROOT / name, ignore_errors=True)


@task(help={"port": "port on 127.0.0.1 (default 8000, the address pelicanconf.py's SITEURL uses)"})
def serve(c, port=SERVE_PORT):
    """Serve output/ at http://127.0.0.1:8000/."""
    c.run(f"{PY} -m http.server --bind 127.0.0.1 --directory {ROOT / 'output'} {int(port)}")


def _snapshot() -> dict[str, float]:
    stamps: dict[str, float] = {}
    for name in WATCHED:
        path = ROOT / name
        files = [path] if path.is_file() else path.rglob("*")
        for f in files:
            if f.is_file() and "__pycache__" not in f.parts and not f.name.endswith(".mo"):
                stamps[str(f)] = f.stat().st_mtime
    return stamps


@task(help={"interval": "seconds between checks for changes"})
def regenerate(c, interval=1.0):
    """Rebuild whenever seeds/, plugins/, content/, theme/, data/ or the settings change."""
    seen: dict[str, float] = {}
    while True:
        now = _snapshot()
        if now != seen:
            seen = now
            try:
                build(c, search=False)
            except UnexpectedExit:
                print("build failed; the previous site is kept. Fix the problem and save again.")
            print(f"watching {', '.join(WATCHED)} (Ctrl-C to stop)")
        time.sleep(float(interval))


@task
def publish(c, output="output"):
    """Build with publishconf.py (set TIMELINE_SITEURL to the public address)."""
    compile_catalogs(c)
    with c.cd(str(ROOT)):
        c.run(_build_cmd("publishconf.py", output, None, True, True), env=ENV)


@task(
    help={
        "gates": "also run the browser, accessibility, HTML and link gates (default: yes)",
        "k": "only tests matching this expression",
    }
)
def test(c, gates=True, k=""):
    """Run the whole test suite (lint, types, unit, end-to-end, gates)."""
    compile_catalogs(c)
    with c.cd(str(ROOT)):
        c.run(f"{PY} -m ruff check plugins tests tasks.py tools")
        c.run(f"{PY} -m mypy")
        marker = "" if gates else "-m 'not gates'"
        select = f"-k {shlex.quote(k)}" if k else ""
        c.run(f"{PY} -m pytest -n 2 --durations=5 {marker} {select}", env=ENV, pty=False)


@task
def expected(c):
    """Regenerate tests/expected/ from a build of seeds/ (review the diff before committing)."""
    compile_catalogs(c)
    with c.cd(str(ROOT)):
        c.run(f"{PY} tools/expected.py", env=ENV)


@task(help={"k": "only gate tests matching this expression"})
def gates(c, k=""):
    """Run only the quality gates (browser, axe, keyboard, vnu, links, weight) on a fresh
    build of the seeds; needs `bash scripts/bootstrap` (chromium, Java 17, npm tools)."""
    compile_catalogs(c)
    with c.cd(str(ROOT)):
        select = f"-k {shlex.quote(k)}" if k else ""
        c.run(f"{PY} -m pytest -n 2 -m gates tests/gates {select}", env=ENV, pty=False)


@task(
    help={
        "split": "dev (default), test or all: the test split is scored at the end of a piece "
        "of reading work, never read to write a rule",
        "lang": "only articles in this language (en, fr, ru, hy, az, ...)",
        "json": "print the figures as JSON",
        "batch": "only articles of this round of annotation (1: the first 141)",
    }
)
def evaluate(c, split="dev", lang="", json=False, batch=0):
    """Build the annotated corpus (eval/) and score what was read against the editors' reading;
    every miss of the dev split goes to artifacts/evaluate/misses-dev.md."""
    compile_catalogs(c)
    cmd = f"{PY} tools/evaluate.py --split {shlex.quote(split)}"
    if lang:
        cmd += f" --lang {shlex.quote(lang)}"
    if batch:
        cmd += f" --batch {int(batch)}"
    if json:
        cmd += " --json"
    with c.cd(str(ROOT)):
        c.run(cmd, env=ENV, pty=False)


@task
def libraries(c):
    """Install the reading libraries that tools/compare_libraries.py scores (pyproject.toml's
    `libraries` extra), then score them on the dev split beside our reading."""
    import tomllib

    pins = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"][
        "libraries"
    ]
    c.run(f"{PY} -m pip install -q " + " ".join(shlex.quote(p) for p in pins), pty=False)
    with c.cd(str(ROOT)):
        c.run(f"{PY} tools/compare_libraries.py --split dev", env=ENV, pty=False)


@task(
    help={
        "articles": "number of synthetic articles (default 1000)",
        "seed": "corpus seed (default 1)",
        "incremental": "also add one article and time the rebuild",
        "no-search": "do not time the Pagefind index",
        "no-plain": "do not run plain Pelican (ratio 0)",
        "keep": "keep the run folder (build logs, output, caches)",
        "profile": "also profile one build with pyinstrument",
        "workers": "TIMELINE_WORKERS for the build (0: one per core)",
    }
)
def bench(
    c,
    articles=1000,
    seed=1,
    incremental=False,
    no_search=False,
    no_plain=False,
    keep=False,
    profile=False,
    workers=0,
):
    """Build N synthetic articles with our build and with plain Pelican; compare."""
    compile_catalogs(c)
    cmd = f"{PY} tools/bench.py --articles {int(articles)} --seed {int(seed)}"
    cmd += f" --workers {int(workers)}"
    flags = {
        "--incremental": incremental,
        "--no-search": no_search,
        "--no-plain": no_plain,
        "--keep": keep,
        "--profile": profile,
    }
    cmd += "".join(f" {flag}" for flag, wanted in flags.items() if wanted)
    with c.cd(str(ROOT)):
        c.run(cmd, env=ENV, pty=False)


@task
def lock(c):
    """Re-pin the whole dependency tree into requirements.lock."""
    with c.cd(str(ROOT)):
        c.run(f"{PY} -m pip freeze --exclude-editable > requirements.lock")
