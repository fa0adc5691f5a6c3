"""A line of stamps that names a news agency between its bars: the article's wire."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_ingest import _all_text, _read


@pytest.mark.parametrize(
    ("stamps", "wire", "published"),
    [
        # en-23eb1e9c7e (Devdiscourse, a PTI copy)
        (
            "PTI | Baku | Updated: 27-09-2023 13:11 IST | Created: 27-09-2023 13:11 IST",
            "PTI",
            dt.date(2023, 9, 27),
        ),
        # the same line without an agency: no wire, the date still read
        (
            "Baku | Updated: 27-09-2023 13:11 IST | Created: 27-09-2023 13:11 IST",
            None,
            dt.date(2023, 9, 27),
        ),
    ],
)
def test_an_agency_on_a_stamp_line_is_the_wire(
    tmp_path: Path, stamps: str, wire: str | None, published: dt.date
) -> None:
    text = (
        "Azerbaijan says 192 of its troops were killed in last week's offensive\n\n"
        f"{stamps}\n\n"
        "A total of 192 Azerbaijani troops were killed and over 500 were wounded during "
        "Azerbaijan's offensive in Nagorno-Karabakh last week, the country's Health Ministry "
        "announced on Wednesday.\n"
    )
    article = _read(tmp_path, text)
    assert article.wire == wire
    assert article.published == published
    assert "PTI" not in _all_text(article) and "Updated" not in _all_text(article)


@pytest.mark.parametrize(
    ("first_line", "wire", "text_starts"),
    [
        # en-669c5b6452, en-e9593f84e0, en-46df382a29
        (
            "(Reuters) -Fresh clashes erupted between Azerbaijani and Armenian troops on "
            "Wednesday, the Armenian defence ministry said.",
            "Reuters",
            "Fresh clashes erupted",
        ),
        (
            "Tbilisi, Sep 30 (EFE).- Armenia has over the last week already received more "
            "than 100,000 refugees.",
            "EFE",
            "Armenia has over the last week",
        ),
        (
            "Baku, September 23 (QNA) - The Azerbaijani Defense Ministry announced today that "
            "the Armenian side has violated the truce.",
            "QNA",
            "The Azerbaijani Defense Ministry",
        ),
        # a name in parentheses that is no outlet stays text
        (
            "(Update) - The Azerbaijani Defense Ministry announced today that the Armenian side "
            "has violated the truce.",
            None,
            "(Update) - The Azerbaijani",
        ),
    ],
)
def test_an_agency_in_parentheses_opening_the_text_is_the_wire(
    tmp_path: Path, first_line: str, wire: str | None, text_starts: str
) -> None:
    article = _read(tmp_path, f"Armenia receives refugees\n\n{first_line}\n")
    assert article.wire == wire
    assert article.sentences[0].text.startswith(text_starts)
