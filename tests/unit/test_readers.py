"""One reader per input format (ingest.READERS), as Pelican has one per format:
the same article saved as text, Markdown or a web page reads the same."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline import ingest, scraped

OUTLETS = ingest.load_outlets(ingest.DEFAULT_OUTLETS_FILE)
REFERENCE = dt.date(2025, 1, 1)

# A real dev-split lede (eval/corpus/en/en-0f108ab9f3.txt), kept short.
LEDE = (
    "The Azerbaijan Army positions, stationed in the directions of Zaylik, Yellija, "
    "and Yukhari Ayrim settlements of Kalbajar district, were subjected to fire."
)
FORMS = {
    ".txt": f"date 2023-03-09\n\n{LEDE}\n",
    ".md": f"date 2023-03-09\n\n## {LEDE}\n",
    ".html": (
        "<html><head><meta property='article:published_time' content='2023-03-09'></head>"
        f"<body><nav>Home | World</nav><article><p>{LEDE}</p></article></body></html>"
    ),
}


def read(name: str, text: str) -> ingest.SourceArticle:
    return ingest.read_data(text.encode(), Path(name), f"seeds/{name}", None, OUTLETS, REFERENCE)


@pytest.mark.parametrize("suffix", sorted(FORMS))
def test_each_format_gives_the_same_article(suffix: str) -> None:
    article = read(f"army{suffix}", FORMS[suffix])
    assert [s.text for s in article.sentences] == [LEDE]
    assert article.published == dt.date(2023, 3, 9)
    assert not [p for p in article.problems if p.severity != "note"]


def test_markup_in_a_text_file_is_shown_as_text_and_said_with_its_line() -> None:
    article = read("pasted.txt", f"date 2023-03-09\n\n{LEDE}\n<b>Breaking</b> news.\n")
    [problem] = [p for p in article.problems if "markup" in p.message]
    assert (problem.line, problem.severity) == (4, "warning")


def test_every_seed_suffix_has_a_reader() -> None:
    assert set(ingest.SEED_SUFFIXES) == {*ingest.READERS, *scraped.SUFFIXES}
    assert {type(r).__name__ for r in ingest.READERS.values()} == {
        "PlainTextReader",
        "MarkdownReader",
        "HtmlReader",
    }
