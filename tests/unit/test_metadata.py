"""seeds/sources.yaml: loading and validation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from bad_seeds import write_alias_bomb

from timeline.metadata import ALLOWED_KEYS, SeedMetadata, load_metadata

ROOT = Path(__file__).resolve().parents[2]


def _load(tmp_path: Path, text: str) -> tuple[dict[str, SeedMetadata], list[str], list[int | None]]:
    path = tmp_path / "seeds" / "sources.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    meta, problems = load_metadata(path)
    assert all(p.file == "seeds/sources.yaml" for p in problems)
    return meta, [str(p) for p in problems], [p.line for p in problems]


def test_missing_file_is_no_problem(tmp_path: Path) -> None:
    assert load_metadata(tmp_path / "sources.yaml") == ({}, [])


@pytest.mark.parametrize("text", ["", "# only a comment\n", "~\n"])
def test_empty_file_is_no_problem(tmp_path: Path, text: str) -> None:
    assert _load(tmp_path, text)[:2] == ({}, [])


def test_project_metadata_is_valid_and_dates_003() -> None:
    meta, problems = load_metadata(ROOT / "seeds" / "sources.yaml")
    assert problems == []
    entry = meta["003_affd13a85727f29b.txt"]
    assert entry.published == dt.date(2022, 9, 13)
    assert entry.outlet is not None and "Mehr" in entry.outlet
    assert entry.language == "en"
    # 001 and 002 are left for the story stage to date
    assert not any(k.startswith(("001", "002")) for k in meta)


def test_every_key_is_read(tmp_path: Path) -> None:
    meta, problems, _ = _load(
        tmp_path,
        "a.txt:\n  outlet: Example Times\n  url: https://example.com/a?b=1\n  language: fr\n"
        "  published: 2021-11-16\n  wire: AFP\n  author: Jane Doe\n  headline: A headline\n"
        "  notes: checked by hand\n  license: CC BY 4.0\n  full_text: true\n",
    )
    assert problems == []
    assert meta["a.txt"] == SeedMetadata(
        outlet="Example Times",
        url="https://example.com/a?b=1",
        language="fr",
        published=dt.date(2021, 11, 16),
        wire="AFP",
        author="Jane Doe",
        headline="A headline",
        notes="checked by hand",
        license="CC BY 4.0",
        full_text=True,
    )
    assert set(ALLOWED_KEYS) == {
        "outlet", "url", "language", "published", "wire", "author", "headline", "notes",
        "license", "full_text",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-11-16", dt.date(2021, 11, 16)),
        ('"2021-11-16"', dt.date(2021, 11, 16)),
        ("2021-11-16 10:30:00", dt.date(2021, 11, 16)),
    ],
)
def test_published_forms(tmp_path: Path, value: str, expected: dt.date) -> None:
    meta, problems, _ = _load(tmp_path, f"a.txt:\n  published: {value}\n")
    assert problems == []
    assert meta["a.txt"].published == expected


@pytest.mark.parametrize(
    ("text", "words", "line"),
    [
        # malformed YAML: the line of the error mark
        ("a.txt:\n  published: [\n", ["malformed YAML"], 3),
        ("a.txt:\n  outlet: x\n bad indent: y\n", ["malformed YAML"], 3),
        ("a.txt: {outlet: x\n", ["malformed YAML"], 2),
        # not a mapping
        ("- a.txt\n- b.txt\n", ["must be a mapping"], 1),
        ("just text\n", ["must be a mapping"], 1),
        ("a.txt: [1, 2]\n", ["entry 'a.txt'", "must be a mapping"], 1),
        ("a.txt: hello\n", ["entry 'a.txt'", "must be a mapping"], 1),
        # unknown keys: the key, the entry, the allowed keys
        ("a.txt:\n  colour: red\n", ["entry 'a.txt'", "unknown key 'colour'", "allowed keys"], 2),
        ("a.txt:\n  Published: 2021-01-01\n", ["unknown key 'Published'", "published"], 2),
        ("a.txt:\n  date: 2021-01-01\n", ["unknown key 'date'"], 2),
        # wrong types
        ("a.txt:\n  outlet: 42\n", ["entry 'a.txt'", "key 'outlet'", "must be text"], 2),
        ("a.txt:\n  author: [A, B]\n", ["key 'author'", "must be text"], 2),
        ("a.txt:\n  headline: {x: 1}\n", ["key 'headline'", "must be text"], 2),
        ("a.txt:\n  wire: true\n", ["key 'wire'", "must be text"], 2),
        # dates that are not dates
        ("a.txt:\n  published: 2021-02-30\n", ["key 'published'", "not a date"], 2),
        ("a.txt:\n  published: yesterday\n", ["key 'published'", "not a date"], 2),
        ("a.txt:\n  published: 20211116\n", ["key 'published'", "not a date"], 2),
        ("a.txt:\n  published: 16/11/2021\n", ["key 'published'", "not a date"], 2),
        # URLs that are not plain http(s)
        ("a.txt:\n  url: javascript:alert(1)\n", ["key 'url'", "javascript:"], 2),
        ("a.txt:\n  url: JAVASCRIPT:alert(1)\n", ["key 'url'", "not a plain http(s) URL"], 2),
        ("a.txt:\n  url: file:///etc/passwd\n", ["key 'url'", "file:"], 2),
        ("a.txt:\n  url: data:text/html,<script>x</script>\n", ["key 'url'", "data:"], 2),
        ("a.txt:\n  url: ../../etc/passwd\n", ["key 'url'", "not a plain http(s) URL"], 2),
        ("a.txt:\n  url: /local/path\n", ["key 'url'", "not a plain http(s) URL"], 2),
        ("a.txt:\n  url: //example.com/x\n", ["key 'url'", "not a plain http(s) URL"], 2),
        ("a.txt:\n  url: http://\n", ["key 'url'", "no host"], 2),
        ("a.txt:\n  url: https://exa mple.com\n", ["key 'url'", "spaces"], 2),
        # language codes
        ("a.txt:\n  language: English\n", ["key 'language'", "language code"], 2),
        # duplicates
        ("a.txt:\n  outlet: x\na.txt:\n  outlet: y\n", ["entry 'a.txt' given twice"], 3),
        ("a.txt:\n  outlet: x\n  outlet: y\n", ["key 'outlet' given twice"], 3),
    ],
)
def test_bad_metadata_is_reported(
    tmp_path: Path, text: str, words: list[str], line: int | None
) -> None:
    _, problems, lines = _load(tmp_path, text)
    assert len(problems) == 1, problems
    for word in words:
        assert word in problems[0]
    assert lines[0] == line


def test_good_keys_of_a_bad_entry_are_kept(tmp_path: Path) -> None:
    meta, problems, _ = _load(
        tmp_path, "a.txt:\n  published: 2021-11-16\n  url: javascript:x\n  colour: red\n"
    )
    assert len(problems) == 2
    assert meta["a.txt"].published == dt.date(2021, 11, 16)
    assert meta["a.txt"].url is None


def test_alias_bomb_is_refused_before_it_expands(tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    write_alias_bomb(path)
    meta, problems = load_metadata(path)
    assert meta == {}
    assert len(problems) == 1 and "aliases" in problems[0].message
    assert problems[0].line == 2


def test_even_a_single_alias_is_refused(tmp_path: Path) -> None:
    _, problems, _ = _load(tmp_path, "x: &a Reuters\na.txt:\n  wire: *a\n")
    assert len(problems) == 1 and "aliases" in problems[0]


def test_deep_nesting_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    _, problems, _ = _load(tmp_path, "a.txt: " + "[" * 5000 + "]" * 5000 + "\n")
    assert len(problems) == 1


def test_not_utf8_metadata(tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_bytes("a.txt:\n  outlet: Défense\n".encode("latin-1"))
    meta, problems = load_metadata(path)
    assert meta == {} and "UTF-8" in problems[0].message


def test_metadata_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_bytes(b"\xef\xbb\xbfa.txt:\n  outlet: X\n")
    meta, problems = load_metadata(path)
    assert problems == [] and meta["a.txt"].outlet == "X"
