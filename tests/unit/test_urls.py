"""urls.relative: string arithmetic that gives what posixpath.relpath gives."""

from __future__ import annotations

import posixpath

import pytest

from timeline import urls


def by_posixpath(from_path: str, to_path: str) -> str:
    """The former implementation, kept as the reference."""
    base = posixpath.dirname(urls.file_of(from_path)) or "."
    target, _, fragment = to_path.partition("#")
    rel = posixpath.relpath(target or ".", base)
    if target.endswith("/") or target == "":
        rel = rel.rstrip("/") + "/" if rel != "." else "./"
    return rel + (f"#{fragment}" if fragment else "")


CASES = [
    ("", "en/", "en/"),
    ("", "", "./"),
    ("", "favicon.svg", "favicon.svg"),
    ("en/", "en/", "./"),
    ("en/", "ru/", "../ru/"),
    ("en/", "theme/site.css", "../theme/site.css"),
    (
        "en/entries/2021-11-16-3fa2c1.html",
        "en/entries/2021-11-16-3fa2c1.html",
        "2021-11-16-3fa2c1.html",
    ),
    ("en/entries/2021-11-16-3fa2c1.html", "en/sources/000_a.html#s3", "../sources/000_a.html#s3"),
    (
        "en/entries/2021-11-16-3fa2c1.html",
        "ru/entries/2021-11-16-3fa2c1.html",
        "../../ru/entries/2021-11-16-3fa2c1.html",
    ),
    ("en/entries/2021-11-16-3fa2c1.html", "en/types/shelling/", "../types/shelling/"),
    ("en/entries/2021-11-16-3fa2c1.html", "theme/site.css", "../../theme/site.css"),
    ("en/about/", "en/", "../"),
    ("en/years/2021/2/", "en/years/2021/", "../"),
    ("en/years/2021/", "en/years/2021/2/", "2/"),
    ("en/years/2021/", "timeline.json", "../../../timeline.json"),
    ("en/timelinejs.json", "en/", "./"),
    ("sitemap.xml", "en/about/", "en/about/"),
    ("en/x/", "en/x#frag", ".#frag"),
    ("en/x/", "#top", "../../#top"),
]


@pytest.mark.parametrize(("from_path", "to_path", "expected"), CASES)
def test_relative_links(from_path: str, to_path: str, expected: str) -> None:
    assert urls.relative(from_path, to_path) == expected
    assert by_posixpath(from_path, to_path) == expected


def test_relative_agrees_with_posixpath_on_every_pair_of_a_site() -> None:
    paths = [
        "",
        "en/",
        "hy/",
        "en/entries/2021-11-16-3fa2c1.html",
        "en/sources/000_a.html",
        "en/sources/000_a.html#s12",
        "en/about/",
        "en/years/2021/",
        "en/years/2021/3/",
        "en/types/shelling/",
        "en/places/lachin-corridor/2/",
        "en/feed.rss.xml",
        "theme/site.css",
        "favicon.svg",
        "timeline.json",
        "ru/timelinejs.json",
    ]
    for here in paths:
        if "#" in here:
            continue
        for there in paths:
            assert urls.relative(here, there) == by_posixpath(here, there), (here, there)


@pytest.mark.parametrize(
    ("path", "file"),
    [
        (urls.entry("en", "2021-11-16-3fa2c1"), "en/entries/2021-11-16-3fa2c1.html"),
        (urls.source("hy", "000_a"), "hy/sources/000_a.html"),
        (urls.year("fr", 2021), "fr/years/2021/index.html"),
        (urls.home("ru"), "ru/index.html"),
        ("", "index.html"),
    ],
)
def test_entries_and_sources_are_files_lists_are_folders(path: str, file: str) -> None:
    """Thousands of entry and source pages need no folder each."""
    assert urls.file_of(path) == file
