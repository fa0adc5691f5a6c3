"""A seed folder holding every kind of bad input the ingestion stage must report.

``make_bad_seed_folder(dir)`` writes the folder and returns what each file
should produce: ``{name: keyword}``, where ``keyword`` must appear (case
ignored) in a problem of that article, or ``""`` when the file must be read
without problems (good seeds, a UTF-8 BOM, Windows line endings, an .html
page whose scripts are stripped). Keys ``"sources.yaml:<entry>"`` are problems
of the metadata file itself: they are in the second list ``read_seeds``
returns, and their message names ``<entry>``.

Use ``REFERENCE_DATE`` as the build date. ``write_alias_bomb(path)`` writes a
"billion laughs" sources.yaml (a folder has one sources.yaml, so the bomb is
separate).
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE_DATE = dt.date(2024, 6, 1)
GOOD_SEEDS = ("000_c4e8e48332f026e5.txt", "004_27f0df3f21ae055d.txt")
BIG_BYTES = 3 * 1024 * 1024

_ARTICLE = (
    "The city council approved the new budget on Monday after a long debate.\n\n"
    "Officials said the plan would fund 1,200 new teachers and repair 40 schools.\n\n"
    "“We have waited for this for years,” the mayor said.\n"
)
# Unlike every other file here, so that no copy of it can lend it a date.
_UNDATED = (
    "Farmers in the northern valley began the harvest after a wet spring.\n\n"
    "The cooperative said yields of wheat and barley looked better than expected.\n"
)
_FRENCH = (
    " date 2021-11-16 WORLD\n"
    "Le ministère de la Défense a déclaré mardi que des soldats ont été tués près de la "
    "frontière.\n\nLes négociations reprendront à Genève la semaine prochaine, selon le "
    "ministère des Affaires étrangères.\n"
)
_RUSSIAN = (
    " date 2021-11-16 WORLD\n"
    "Министерство обороны сообщило во вторник о погибших и раненых в результате "
    "столкновений на границе.\n\nПереговоры возобновятся на следующей неделе, сообщили "
    "в министерстве иностранных дел.\n"
)
_MARKUP = (
    " date 2021-11-16 WORLD\n"
    '<script>alert("x")</script>\n'
    "The council approved the budget on Monday.<img src=x onerror=alert(1)>\n\n"
    '<a href="javascript:alert(2)" onclick="steal()">Officials said</a> the plan was final.\n'
)
_HTML_PAGE = (
    "<!doctype html><html><head><title>Budget</title>"
    "<script>document.write('tracker')</script><style>p{color:red}</style></head>"
    "<body><nav>Home | World | Sport</nav><h1>Council approves the new city budget</h1>"
    "<p>date 2021-11-16</p>"
    "<p>The city council approved the new budget on Monday.<img src=x onerror=alert(1)></p>"
    "<p>Officials said the plan would fund 1,200 new teachers.</p>"
    "<script>alert('inline')</script><footer>© Example News</footer></body></html>"
)

# file name -> (bytes, expected problem keyword)
_FILES: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty"),
    "whitespace.txt": (b"  \n\n \t\n", "empty"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    "latin1.txt": (_FRENCH.encode("latin-1"), "not UTF-8"),
    "cp1251.txt": (_RUSSIAN.encode("cp1251"), "cp1251"),
    "bom.txt": (b"\xef\xbb\xbf" + (" date 2021-11-16 WORLD\n" + _ARTICLE).encode(), ""),
    "crlf.txt": ((" date 2021-11-16 WORLD\n" + _ARTICLE).replace("\n", "\r\n").encode(), ""),
    "undated.txt": (_UNDATED.encode(), "no publication date"),
    "bad_date.txt": ((" date 2021-02-30 WORLD\n" + _ARTICLE).encode(), "not a valid date"),
    "year_3021.txt": ((" date 3021-11-16 WORLD\n" + _ARTICLE).encode(), "3021"),
    "future.txt": ((" date 2100-01-01 WORLD\n" + _ARTICLE).encode(), "future"),
    "boilerplate_only.txt": (
        b" date 2021-11-16 WORLD\nRelated article: Something else\n\n"
        b"This website uses cookies to improve your experience. Accept Read More\n",
        "no article text",
    ),
    "dup.md": ((" date 2021-11-16 WORLD\n" + _ARTICLE).encode(), ""),
    "dup.txt": ((" date 2021-11-16 WORLD\n" + _ARTICLE).encode(), "duplicate id"),
    "markup.txt": (_MARKUP.encode(), "HTML markup"),
    "page.html": (_HTML_PAGE.encode(), ""),
    "meta_unknown_key.txt": ((" date 2021-11-16 WORLD\n" + _ARTICLE).encode(), ""),
    "meta_wrong_type.txt": ((" date 2021-11-16 WORLD\n" + _ARTICLE).encode(), ""),
    "meta_js_url.txt": ((" date 2021-11-16 WORLD\n" + _ARTICLE).encode(), ""),
    "meta_file_url.txt": ((" date 2021-11-16 WORLD\n" + _ARTICLE).encode(), ""),
    "meta_relative_url.txt": ((" date 2021-11-16 WORLD\n" + _ARTICLE).encode(), ""),
    "meta_bad_date.txt": ((" date 2021-11-16 WORLD\n" + _ARTICLE).encode(), ""),
}

_SOURCES_YAML = """\
# A maintainer's metadata file with one mistake per entry.
meta_unknown_key.txt:
  colour: red
meta_wrong_type.txt:
  outlet: 42
meta_js_url.txt:
  url: javascript:alert(document.cookie)
meta_file_url.txt:
  url: file:///etc/passwd
meta_relative_url.txt:
  url: ../../etc/passwd
meta_bad_date.txt:
  published: 2021-02-30
ghost.txt:
  outlet: Reuters
"""

_METADATA_EXPECTED: dict[str, str] = {
    "sources.yaml:meta_unknown_key.txt": "unknown key 'colour'",
    "sources.yaml:meta_wrong_type.txt": "must be text",
    "sources.yaml:meta_js_url.txt": "javascript:",
    "sources.yaml:meta_file_url.txt": "file:",
    "sources.yaml:meta_relative_url.txt": "not a plain http(s) URL",
    "sources.yaml:meta_bad_date.txt": "not a date",
    "sources.yaml:ghost.txt": "names no seed file",
}


def make_bad_seed_folder(dir: Path) -> dict[str, str]:
    """Write every bad-input kind (plus two real seeds) into ``dir``; return expectations."""
    dir.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}
    for name, (data, keyword) in _FILES.items():
        (dir / name).write_bytes(data)
        expected[name] = keyword
    with (dir / "huge.txt").open("wb") as handle:
        handle.write(b" date 2021-11-16 WORLD\n")
        line = b"The council met again and talked about the budget for a long time.\n\n"
        handle.write(line * (BIG_BYTES // len(line) + 1))
    expected["huge.txt"] = "too large"
    for name in GOOD_SEEDS:
        shutil.copyfile(ROOT / "seeds" / name, dir / name)
        expected[name] = ""
    (dir / "sources.yaml").write_text(_SOURCES_YAML, encoding="utf-8")
    expected.update(_METADATA_EXPECTED)
    return expected


def write_alias_bomb(path: Path, levels: int = 9) -> None:
    """Write a "billion laughs" YAML file: each level refers nine times to the one before."""
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels + 1):
        refs = ", ".join([f"*l{level - 1}"] * 9)
        lines.append(f"l{level}: &l{level} [{refs}]")
    lines.append(f"bomb.txt:\n  notes: *l{levels}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
