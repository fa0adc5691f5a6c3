"""Names and text made safe to publish (issue 17): ids, escapes, invisible characters."""

from __future__ import annotations

import re

import pytest

from timeline.ids import conflict_marker_line
from timeline.names import page_name_bytes, source_id, strip_invisible, visible


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("000_c4e8e48332f026e5", "000_c4e8e48332f026e5"),
        ("Report #2: 50% done?", "Report-2-50-done"),
        ("../../etc/passwd", "etc-passwd"),
        ("..", "source"),
        (".hidden", "hidden"),
        ("a..b", "a.b"),
        ("two words\nand a line", "two-words-and-a-line"),
        ("rlo\u202etxt.exe", "rlo-txt.exe"),
        ("zero\u200bwidth", "zero-width"),
        ("ünïcode ид", "ünïcode-ид"),
        ("cafe\u0301", "café"),  # decomposed é composed
        ("bad\udc80byte", "bad-byte"),
    ],
)
def test_source_ids_are_safe_in_urls_and_file_systems(stem: str, expected: str) -> None:
    assert source_id(stem) == expected
    assert re.fullmatch(r"[\w.-]+", expected) and not expected.startswith(".")


def test_page_name_bytes_counts_utf8() -> None:
    assert page_name_bytes("ид") == len("ид.html".encode())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain name.txt", "plain name.txt"),
        ("evil\n     ok  forged.txt", "evil\\n     ok  forged.txt"),
        ("tab\there\r", "tab\\there\\r"),
        ("esc\x1b[31m", "esc\\x1b[31m"),
        ("rlo\u202etxt", "rlo\\u202etxt"),
        ("line\u2028sep", "line\\u2028sep"),
        ("bad\udc80byte", "bad\\udc80byte"),
    ],
)
def test_visible_shows_what_could_hide_or_break_a_line(text: str, expected: str) -> None:
    assert visible(text) == expected
    assert "\n" not in visible(text)


def test_strip_invisible_names_what_it_removed_and_where() -> None:
    assert strip_invisible("nothing here") == ("nothing here", (), -1)
    text, removed, at = strip_invisible("Tavu\u200bsh and \u202ereversed\u202c")
    assert text == "Tavush and reversed"
    assert removed == ("U+200B", "U+202C", "U+202E") and at == 4


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("version: 1\nentries: {}\n", None),
        ("a: 1\n<<<<<<< HEAD\nb: 2\n=======\nb: 3\n>>>>>>> other\n", 2),
        ("a: 1\n=======\n", 2),
        ("note: '<<<<<<< inside a value'\n", None),
        ("a: 1\n=========\n", None),
    ],
)
def test_conflict_markers_are_found_by_line(text: str, line: int | None) -> None:
    assert conflict_marker_line(text) == line
