"""Seeds a hostile user could give (issue 17): links out of the folder,
folders, names that break URLs and file systems, invisible characters,
damaged encodings, files that are refused. One real build of such a folder
with the real CLI; each test checks one promise on what it wrote."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from bad_seeds import REFERENCE_DATE

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow

SECRET = "Quartermaster Zebulon confirmed the secret depot"
REJECTED = "Harvest festival organiser Pemberton praised the volunteers"
DATED = " date 2021-11-16 WORLD\n"
ARTICLE = (
    "The defence ministry said on Tuesday that two soldiers were killed near {place}.\n\n"
    "Officials said talks would resume in Geneva next week.\n"
)
LONG_NAME = "x" * 251 + ".md"  # 255 bytes; its page, <id>.html, would be 256
FORGED = "evil\n     ok  forged.txt: published 2021-11-16 (header), 99 claims.txt"
ODD_NAMES = ("Report #2: 50% done? yes.txt", "space name & more.txt", "ünïcode ид.txt")
RLO_NAME = "rlo\u202etxt.exe.txt"


def article(place: str = "Jermuk", marker: str = "") -> str:
    text = DATED + ARTICLE.format(place=place)
    return text + (f"\n{marker}.\n" if marker else "")


def make_hostile_folder(tmp: Path, point: str = "all") -> Path:
    """A seed folder with one real seed and the hostile files of issue 17's
    ``point`` ("2", "3", "6", "6-long", "7", "9", or "all" of them)."""
    seeds = tmp / "seeds"
    seeds.mkdir()
    good = ROOT / "seeds" / "000_c4e8e48332f026e5.txt"
    (seeds / good.name).write_bytes(good.read_bytes())
    if point in ("2", "all"):
        _outside_the_folder(tmp, seeds)
    if point in ("3", "all"):
        # text with NUL bytes in it: refused as binary (an article nothing dates is read)
        (seeds / "rejected.txt").write_bytes(
            f"{REJECTED} after a wet spring.\n\nThe cooperative said yields looked good.\n".encode()
            + b"\x00" * 8
        )
    if point in ("6", "all"):
        _names(seeds)
    if point in ("6-long", "all"):
        (seeds / LONG_NAME).write_text(article(), encoding="utf-8")
    if point in ("7", "all"):
        _invisible(seeds)
    if point in ("9", "all"):
        _readers_traps(seeds)
    return seeds


def _outside_the_folder(tmp: Path, seeds: Path) -> None:
    outside = tmp / "private"
    outside.mkdir()
    (outside / "secret.txt").write_text(article(marker=SECRET), encoding="utf-8")
    (seeds / "link_relative.txt").symlink_to(Path("..") / "private" / "secret.txt")
    (seeds / "link_absolute.txt").symlink_to(outside / "secret.txt")
    (seeds / "link_dangling.txt").symlink_to(seeds / "nowhere.txt")
    (seeds / "link_loop.txt").symlink_to(seeds / "link_loop.txt")
    (seeds / "inside.txt").write_text(article("Tavush"), encoding="utf-8")
    (seeds / "link_inside.txt").symlink_to("inside.txt")
    (seeds / "subfolder").mkdir()
    (seeds / "subfolder" / "nested.txt").write_text(article(), encoding="utf-8")
    (seeds / "folder.txt").mkdir()
    (seeds / "saved_page.htm").write_text(
        "<html><body><h1>Ministry reports clash near Jermuk</h1><p>date 2021-11-16</p>"
        f"<p>{ARTICLE.format(place='Jermuk')}</p></body></html>",
        encoding="utf-8",
    )
    (seeds / "notes.pdf").write_bytes(b"%PDF-1.4 not a seed")


def _names(seeds: Path) -> None:
    for name in ODD_NAMES:
        (seeds / name).write_text(article(), encoding="utf-8")
    (seeds / FORGED).write_text(article(), encoding="utf-8")


def _invisible(seeds: Path) -> None:
    (seeds / "invisible.txt").write_text(
        DATED + "The defence ministry said on Tuesday that shelling hit Tavu\u200bsh province.\n\n"
        "Officials said the \u202egnilleh\u202c stopped by evening.\n",
        encoding="utf-8",
    )
    (seeds / RLO_NAME).write_text(article(), encoding="utf-8")


def _readers_traps(seeds: Path) -> None:
    russian = (
        DATED + "Министерство обороны сообщило во вторник о погибших и раненых в результате "
        "столкновений на границе.\n\nПереговоры возобновятся на следующей неделе, сообщили "
        "в министерстве иностранных дел.\n"
    ).encode()
    cut = russian.index("границе".encode())
    (seeds / "damaged_utf8.txt").write_bytes(russian[:cut] + b"\xd0" + russian[cut + 2 :])
    (seeds / "unclosed.md").write_text(
        "---\ntitle: Council approves the budget\ndate: 2021-11-16\n\n"
        "The council approved the budget on Monday after a long debate.\n\n"
        "Officials said the plan would fund new schools.\n",
        encoding="utf-8",
    )


def settings_file(tmp: Path) -> Path:
    """Settings of the project with a cache and a build date of the test's own."""
    conf = tmp / "conf.py"
    conf.write_text(
        (ROOT / "pelicanconf.py").read_text(encoding="utf-8")
        + f"""
PATH = {str(ROOT / "content")!r}
THEME = {str(ROOT / "theme")!r}
PLUGIN_PATHS = [{str(ROOT / "plugins")!r}]
TIMELINE_DATA = {str(ROOT / "data")!r}
CACHE_PATH = {str(tmp / "cache")!r}
TIMELINE_REFERENCE_DATE = {REFERENCE_DATE.isoformat()!r}
""",
        encoding="utf-8",
    )
    return conf


def build(tmp: Path, seeds: Path, output: Path, search: bool = False) -> Any:
    args = [
        sys.executable,
        "-m",
        "timeline.build",
        "--settings",
        str(settings_file(tmp)),
        "--seeds",
        str(seeds),
        "--output",
        str(output),
    ]
    if not search:
        args.append("--no-search")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    return subprocess.run(args, cwd=tmp, env=env, capture_output=True, text=True)


_BUILT: dict[str, tuple[Path, str, dict[str, Any]]] = {}


def built_for(point: str, factory: pytest.TempPathFactory) -> tuple[Path, str, dict[str, Any]]:
    """The output, report and timeline.json of a build of ``point``'s folder
    (one build per point and test session: the tests of a point share it)."""
    if point not in _BUILT:
        tmp = factory.mktemp(f"hostile{point}")
        seeds = make_hostile_folder(tmp, point)
        output = tmp / "output"
        done = build(tmp, seeds, output)
        report = done.stdout + done.stderr
        assert done.returncode == 0, report
        data = json.loads((output / "timeline.json").read_text(encoding="utf-8"))
        _BUILT[point] = (output, report, data)
    return _BUILT[point]


@pytest.fixture
def built2(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict[str, Any]]:
    return built_for("2", tmp_path_factory)


@pytest.fixture
def built3(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict[str, Any]]:
    return built_for("3", tmp_path_factory)


@pytest.fixture
def built6(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict[str, Any]]:
    return built_for("6", tmp_path_factory)


@pytest.fixture
def built6_long(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict[str, Any]]:
    return built_for("6-long", tmp_path_factory)


@pytest.fixture
def built7(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict[str, Any]]:
    return built_for("7", tmp_path_factory)


@pytest.fixture
def built9(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict[str, Any]]:
    return built_for("9", tmp_path_factory)


def every_text(output: Path) -> dict[str, str]:
    return {
        str(path.relative_to(output)): path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(output.rglob("*"))
        if path.is_file() and path.suffix in {".html", ".xml", ".json", ".csv", ".txt"}
    }


def report_lines_of(report: str, name: str) -> list[str]:
    return [line for line in report.splitlines() if name in line]


# --------------------------------------------------------------------------- 2. outside the folder


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("link_relative.txt", "links outside seeds/: not read"),
        ("link_absolute.txt", "links outside seeds/: not read"),
        ("link_dangling.txt", "link to a file that does not exist"),
        ("link_loop.txt", "link loop"),
        ("subfolder", "a subfolder: not read"),
        ("folder.txt", "a folder named like a seed: not read"),
        ("notes.pdf", "not a seed (.pdf file): not read"),
    ],
)
def test_what_is_not_read_is_named_with_its_reason(
    built2: tuple[Path, str, dict[str, Any]], name: str, reason: str
) -> None:
    _, report, data = built2
    lines = report_lines_of(report, f"seeds/{name}")
    assert any(reason in line for line in lines), f"{name}: {reason!r} not in\n" + report
    assert any(f"seeds/{name}" in p and reason in p for p in data["problems"])


def test_nothing_from_outside_the_seed_folder_is_published(
    built2: tuple[Path, str, dict[str, Any]],
) -> None:
    output, _, data = built2
    for path, text in every_text(output).items():
        assert SECRET not in text, f"{path} publishes a file from outside seeds/"
    files = {s["file"] for s in data["sources"]}
    assert not {"link_relative.txt", "link_absolute.txt", "nested.txt"} & files


def test_a_link_inside_the_folder_and_an_htm_page_are_read(
    built2: tuple[Path, str, dict[str, Any]],
) -> None:
    output, _, data = built2
    sources = {s["file"]: s for s in data["sources"]}
    assert sources["link_inside.txt"]["status"] != "error"
    assert sources["saved_page.htm"]["status"] != "error"
    assert sources["saved_page.htm"]["headline"] == "Ministry reports clash near Jermuk"
    assert (output / "en" / "sources" / "saved_page.html").is_file()


# --------------------------------------------------------------------------- 3. rejected files


def test_a_rejected_file_is_listed_by_name_and_reason_only(
    built3: tuple[Path, str, dict[str, Any]],
) -> None:
    output, _, data = built3
    source = next(s for s in data["sources"] if s["file"] == "rejected.txt")
    assert source["status"] == "error"
    assert source["title"] == "rejected.txt" and source["headline"] is None
    assert any("binary file" in p for p in source["problems"])
    for path, text in every_text(output).items():
        assert REJECTED not in text, f"{path} publishes the text of a rejected file"
    # readers have nothing to see of it: no page, and no link to one
    assert not list(output.glob("*/sources/rejected.html"))
    assert not any("sources/rejected.html" in text for text in every_text(output).values())


# --------------------------------------------------------------------------- 6. names


def test_a_name_too_long_for_its_page_is_skipped_with_a_message(
    built6_long: tuple[Path, str, dict[str, Any]],
) -> None:
    _, report, data = built6_long
    lines = report_lines_of(report, LONG_NAME[:40])
    assert any("file name too long for its page" in line for line in lines), report
    assert "Traceback" not in report
    assert LONG_NAME not in {s["file"] for s in data["sources"]}


def internal_links(output: Path) -> list[tuple[str, str]]:
    """(page, link) for every relative href and src of every HTML page."""
    found: list[tuple[str, str]] = []
    for page in sorted(output.rglob("*.html")):
        for link in re.findall(r'(?:href|src)="([^"]+)"', page.read_text(encoding="utf-8")):
            if not urlsplit(link).scheme and not link.startswith(("#", "//")):
                found.append((str(page.relative_to(output)), link))
    return found


def test_odd_names_get_safe_pages_and_every_internal_link_resolves(
    built6: tuple[Path, str, dict[str, Any]],
) -> None:
    output, _, data = built6
    ids = {s["file"]: s["id"] for s in data["sources"]}
    for name in (*ODD_NAMES, FORGED):
        assert re.fullmatch(r"[\w.-]+", ids[name]), f"{name!r} has id {ids[name]!r}"
        assert (output / "en" / "sources" / f"{ids[name]}.html").is_file()
    assert len(set(ids.values())) == len(ids)
    links = internal_links(output)
    assert links
    broken = []
    for page, link in links:
        target = unquote(urlsplit(link).path)
        resolved = (output / page).parent / target
        if target.endswith("/") or not target:
            resolved = resolved / "index.html"
        if not resolved.resolve().is_file():
            broken.append(f"{page}: {link}")
    assert not broken, "\n".join(broken[:20])
    sitemap = (output / "sitemap.xml").read_text(encoding="utf-8")
    for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap):
        assert loc.isascii() and " " not in loc, loc


def test_a_newline_in_a_file_name_cannot_forge_a_report_line(
    built6: tuple[Path, str, dict[str, Any]],
) -> None:
    _, report, _ = built6
    assert not [line for line in report.splitlines() if line.startswith("     ok  forged.txt")]
    assert "evil\\n     ok  forged.txt" in report


# --------------------------------------------------------------------------- 7. invisible


def test_invisible_and_direction_changing_characters_are_removed_and_reported(
    built7: tuple[Path, str, dict[str, Any]],
) -> None:
    output, report, data = built7
    source = next(s for s in data["sources"] if s["file"] == "invisible.txt")
    assert any("invisible or direction-changing" in p for p in source["problems"])
    assert any("invisible.txt" in line and "U+202E" in line for line in report.splitlines())
    claims = [c for e in data["entries"] for c in e["claims"] if "invisible" in c["sources"]]
    assert any("tavush" in c["places"] for c in claims), "Tavu<ZWSP>sh was not found as Tavush"
    for path, text in every_text(output).items():
        if path == "timeline.json":  # the file name itself, as it is, in JSON
            text = text.replace(json.dumps(RLO_NAME, ensure_ascii=False)[1:-1], "")
        for char in ("\u202e", "\u200b", "\u202c"):
            assert char not in text, f"{path} holds U+{ord(char):04X}"
    rlo = next(s["id"] for s in data["sources"] if s["file"] == RLO_NAME)
    page = (output / "en" / "sources" / f"{rlo}.html").read_text(encoding="utf-8")
    # its page names no seed file (readers are shown no file names), so nothing to isolate
    assert RLO_NAME not in page and "\u202e" not in page


# --------------------------------------------------------------------------- 9. readers' traps


def test_utf8_with_a_few_bad_bytes_is_read_as_utf8(
    built9: tuple[Path, str, dict[str, Any]],
) -> None:
    output, _, data = built9
    source = next(s for s in data["sources"] if s["file"] == "damaged_utf8.txt")
    assert any("not valid UTF-8" in p for p in source["problems"]), source["problems"]
    assert not any("cp1251" in p or "koi8" in p for p in source["problems"])
    assert source["language"] == "ru"
    page = (output / "ru" / "sources" / "damaged_utf8.html").read_text(encoding="utf-8")
    assert "Министерство обороны" in page and "Переговоры возобновятся" in page


def test_an_unclosed_front_matter_is_reported_and_never_the_headline(
    built9: tuple[Path, str, dict[str, Any]],
) -> None:
    _, _, data = built9
    source = next(s for s in data["sources"] if s["file"] == "unclosed.md")
    assert any("never closed" in p for p in source["problems"]), source["problems"]
    assert "---" not in source["title"] and "title:" not in source["title"]
    assert "date:" not in source["title"]
