"""Date expressions: the seeds' gold points, own cases per kind, EDTF, publication dates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path
from typing import Any

import pysbd
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dates import (
    day,
    decade,
    find_dates,
    interval,
    month,
    named_span,
    next_previous,
    parse_edtf,
    resolve_expression,
    year,
)
from timeline.model import DateMention, FuzzyDate

ROOT = Path(__file__).resolve().parents[2]
GOLD = yaml.safe_load((ROOT / "tests/data/date-expressions.yaml").read_text(encoding="utf-8"))
D = dt.date.fromisoformat

# --------------------------------------------------------------------------
# Gold points of the seeds, found by walking the real seed text
# --------------------------------------------------------------------------


def _sentences(text: str) -> list[str]:
    """Paragraphs (blank-line separated, hard wraps re-joined), split into sentences."""
    segmenter = pysbd.Segmenter(language="en", clean=False)
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        joined = " ".join(line.strip() for line in paragraph.splitlines() if line.strip())
        if joined:
            out += [s.strip() for s in segmenter.segment(joined) if s.strip()]
    return out


def _walk(doc: str) -> list[DateMention]:
    """find_dates over the seed's sentences in order, ``previous`` chained through."""
    (path,) = (ROOT / "seeds").glob(f"{doc}_*.txt")
    published = GOLD["pub"][doc]
    previous: FuzzyDate | None = None
    mentions: list[DateMention] = []
    for sentence in _sentences(path.read_text(encoding="utf-8")):
        found = find_dates(sentence, published, previous)
        mentions += found
        previous = next_previous(found, previous)
    return mentions


_PARTS = {"EV": "evening", "MO": "morning", "NI": "night", "AF": "afternoon"}


def _expected(point: dict[str, Any]) -> tuple[str, str, str | None]:
    """(edtf, precision, part_of_day) for a gold TIMEX3 value."""
    value, gran = str(point["value"]), point["gran"]
    if gran == "PD":
        return value[:10], "day", _PARTS[value[-2:]]
    if gran == "W":
        monday = dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
        return f"{monday}/{monday + dt.timedelta(days=6)}", "week", None
    if gran == "DEC":
        return value + "X", "decade", None
    precision = {"D": "day", "M": "month", "Y": "year", "T": "time"}[gran]
    return value, precision, None


def _norm(text: str) -> str:
    return text.casefold().replace("’", "'")


def _matches(mention: DateMention, point: dict[str, Any]) -> bool:
    """Same words (either contains the other) and the same value.

    "in May and April" is one interval mention; the gold lists each month: a
    gold month matches an endpoint of that interval.
    """
    text, gold = _norm(mention.text), _norm(point["text"])
    if gold not in text and text not in gold:
        return False
    edtf, precision, part = _expected(point)
    value = mention.value
    if value.edtf == edtf and value.precision == precision and value.part_of_day == part:
        return True
    return mention.kind == "month-range" and edtf in value.edtf.split("/")


def _gold_ids() -> list[str]:
    seen: dict[str, int] = {}
    ids = []
    for p in GOLD["points"]:
        key = f"{p['doc']}-{p['text']}"
        seen[key] = seen.get(key, 0) + 1
        ids.append(f"{key}#{seen[key]}")
    return ids


@pytest.fixture(scope="module")
def walked() -> dict[str, list[DateMention]]:
    return {doc: _walk(doc) for doc in GOLD["pub"]}


def _align(doc: str, mentions: list[DateMention]) -> list[int | None]:
    """For each gold point of ``doc`` in order, the index of its mention (None: missed)."""
    found: list[int | None] = []
    cursor = 0
    for point in (p for p in GOLD["points"] if p["doc"] == doc):
        index = next(
            (i for i in range(cursor, len(mentions)) if _matches(mentions[i], point)), None
        )
        found.append(index)
        if index is not None:
            cursor = index if mentions[index].kind == "month-range" else index + 1
    return found


@pytest.mark.parametrize("number", range(len(GOLD["points"])), ids=_gold_ids())
def test_gold_point_found_in_seed_text(number: int, walked: dict[str, list[DateMention]]) -> None:
    point = GOLD["points"][number]
    doc = point["doc"]
    points = [p for p in GOLD["points"] if p["doc"] == doc]
    index = _align(doc, walked[doc])[points.index(point)]
    got = [(m.text, m.value.edtf, m.value.part_of_day) for m in walked[doc]]
    assert index is not None, f"{point} not among {got}"


def test_gold_has_61_points() -> None:
    assert len(GOLD["points"]) == 61


@pytest.mark.parametrize("doc", sorted(GOLD["pub"]))
def test_no_spurious_mentions_in_seeds(doc: str, walked: dict[str, list[DateMention]]) -> None:
    """Every mention is a gold point, or the header/dateline repeating the publication day."""
    mentions = walked[doc]
    matched = {i for i in _align(doc, mentions) if i is not None}
    published = GOLD["pub"][doc].isoformat()
    extra = [
        (m.text, m.value.edtf)
        for i, m in enumerate(mentions)
        if i not in matched and not (m.anchor == "abs" and m.value.edtf == published)
    ]
    assert extra == []


def test_durations_are_not_dates() -> None:
    sentence = (
        "The six-week conflict, which left more than 6,500 dead, saw Armenia cede "
        "swathes of territory it had controlled for decades and held for two years."
    )
    assert find_dates(sentence, D("2021-11-16")) == []


# --------------------------------------------------------------------------
# Own cases, one table: (text, published, previous, edtf, precision[, part])
# --------------------------------------------------------------------------

Case = tuple[str, str, str | None, str | None, str | None]
CASES: list[Case] = [
    # "over the weekend": the last weekend, or the one of publication
    ("over the weekend", "2023-09-26", None, "2023-09-23/2023-09-24", "interval"),
    ("at the weekend", "2023-09-24", None, "2023-09-23/2023-09-24", "interval"),
    ("during the weekend", "2023-09-23", None, "2023-09-16/2023-09-17", "interval"),
    # a week counted from a span that runs up to publication ("earlier this month")
    ("the previous week", "2023-09-26", "2023-09-01/2023-09-26", "2023-09-18/2023-09-24", "week"),
    ("the previous week", "2023-09-26", "2023-09-01/2023-09-20", None, None),
    ("the previous week", "2023-09-26", "2023-09-20", "2023-09-11/2023-09-17", "week"),
    # weekdays: the most recent on or before publication
    ("on Tuesday", "2021-11-16", None, "2021-11-16", "day"),  # weekday = publication day
    ("on Monday", "2021-11-16", None, "2021-11-15", "day"),
    ("on Wednesday", "2021-11-16", None, "2021-11-10", "day"),
    ("on Sunday", "2022-01-01", None, "2021-12-26", "day"),  # across a year boundary
    ("on Thursday", "2024-03-01", None, "2024-02-29", "day"),  # leap day
    ("late on Saturday", "2022-09-13", None, "2022-09-10", "day"),
    ("Monday's attack", "2022-09-13", None, "2022-09-12", "day"),
    ("last Tuesday", "2021-11-16", None, "2021-11-09", "day"),  # strictly before
    ("last Friday", "2021-11-16", None, "2021-11-12", "day"),
    ("next Tuesday", "2021-11-16", None, "2021-11-23", "day"),  # future only when said
    ("this coming Friday", "2021-11-16", None, "2021-11-19", "day"),
    ("next Monday", "2021-12-29", None, "2022-01-03", "day"),
    # deictic
    ("yesterday", "2021-03-01", None, "2021-02-28", "day"),
    ("yesterday", "2020-03-01", None, "2020-02-29", "day"),
    ("today", "2021-11-16", None, "2021-11-16", "day"),
    ("the day before yesterday", "2022-01-01", None, "2021-12-30", "day"),
    # anaphora: relative to the previous date, not to publication
    ("the day before", "2021-11-16", "2021-11-14", "2021-11-13", "day"),
    ("the previous day", "2021-11-16", "2021-03-01", "2021-02-28", "day"),
    ("a day earlier", "2021-11-16", "2021-11-16T18:30", "2021-11-15", "day"),
    ("the next day", "2022-01-05", "2021-12-31", "2022-01-01", "day"),
    ("the following day", "2020-03-05", "2020-02-28", "2020-02-29", "day"),
    ("the day after", "2021-11-16", "2021-11-14", "2021-11-15", "day"),
    # the morning or evening after the date told last ("He said there were no signs of
    # further shooting in that border area the following morning.", a dev excerpt)
    ("the following morning", "2023-08-22", "2023-08-21", "2023-08-22", "day"),
    ("the next evening", "2021-11-16", "2021-11-14", "2021-11-15", "day"),
    ("the morning after", "2021-11-16", "2021-11-14", "2021-11-15", "day"),
    ("earlier in the day", "2021-11-16", "2021-11-14", "2021-11-14", "day"),
    ("that day", "2022-09-13", "2022-09-12", "2022-09-12", "day"),
    ("the same day", "2022-09-13", "2022-08-31", "2022-08-31", "day"),
    ("two days later", "2021-11-30", "2021-11-16", "2021-11-18", "day"),
    ("three days earlier", "2021-11-16", "2021-03-02", "2021-02-27", "day"),
    ("a week later", "2021-12-30", "2021-11-16", "2021-11-22/2021-11-28", "week"),
    ("a month later", "2022-09-13", "2021-12", "2022-01", "month"),
    ("the following year", "2022-09-13", "2020", "2021", "year"),
    ("the previous year", "2022-09-13", "1991", "1990", "year"),
    ("the day before", "2021-11-16", None, "2021-11-15", "day"),  # no prev: publication
    ("the day before", "2021-11-16", "2020", None, None),  # prev too coarse: no guess
    ("that evening", "2021-11-16", "1991", None, None),
    # relative to publication
    ("last week", "2022-09-13", None, "2022-09-05/2022-09-11", "week"),
    ("last week", "2022-09-12", None, "2022-09-05/2022-09-11", "week"),  # Monday publication
    ("last week", "2022-09-11", None, "2022-08-29/2022-09-04", "week"),  # Sunday publication
    ("last week", "2022-01-03", None, "2021-12-27/2022-01-02", "week"),
    ("this week", "2022-09-13", None, "2022-09-12/2022-09-18", "week"),
    ("last month", "2022-01-15", None, "2021-12", "month"),
    ("last month", "2022-03-31", None, "2022-02", "month"),
    ("this month", "2022-03-31", None, "2022-03", "month"),
    ("last year", "2022-01-01", None, "2021", "year"),
    ("last year's war", "2021-11-16", None, "2020", "year"),
    ("next year", "2021-11-16", None, "2022", "year"),
    ("earlier this year", "2022-09-13", None, "2022-01-01/2022-09-13", "interval"),
    ("earlier this month", "2022-09-13", None, "2022-09-01/2022-09-13", "interval"),
    ("earlier this year", "2022-01-01", None, "2022-01-01", "day"),
    ("last weekend", "2022-09-13", None, "2022-09-10/2022-09-11", "interval"),
    ("three days ago", "2021-03-02", None, "2021-02-27", "day"),
    ("two weeks ago", "2022-09-13", None, "2022-08-29/2022-09-04", "week"),
    ("a year ago", "2021-11-16", None, "2020", "year"),
    ("two months ago", "2022-01-10", None, "2021-11", "month"),
    ("a year after", "2021-11-16", None, "2020", "year"),
    ("two years after the war", "2022-09-13", None, "2020", "year"),
    # months
    ("a year ago in November", "2021-11-16", None, "2020-11", "month"),
    ("two years ago in March", "2022-09-13", None, "2020-03", "month"),
    ("last November", "2021-11-16", None, "2020-11", "month"),  # same month: previous year
    ("last November", "2021-12-01", None, "2021-11", "month"),
    ("last December", "2022-01-05", None, "2021-12", "month"),
    ("in August", "2022-09-13", None, "2022-08", "month"),
    ("in September", "2022-09-13", None, "2022-09", "month"),  # publication month: this one
    ("in October", "2022-09-13", None, "2021-10", "month"),
    ("next March", "2022-09-13", None, "2023-03", "month"),
    ("in early May", "2022-09-13", None, "2022-05", "month"),
    ("since March", "2022-09-13", None, "2022-03", "month"),
    ("in November of last year", "2022-09-13", None, "2021-11", "month"),
    ("in May and April", "2022-09-13", None, "2022-04/2022-05", "interval"),
    ("from November to January", "2022-02-10", None, "2021-11/2022-01", "interval"),
    ("in April and May 2021", "2022-09-13", None, "2021-04/2021-05", "interval"),
    ("The talks may resume", "2022-09-13", None, None, None),  # "may" is a verb
    ("Theresa May said", "2022-09-13", None, None, None),
    # seasons
    ("last autumn", "2021-11-16", None, "2020-09/2020-11", "interval"),
    ("last spring", "2022-09-13", None, "2022-03/2022-05", "interval"),
    ("last winter", "2022-09-13", None, "2021-12/2022-02", "interval"),
    ("last summer", "2022-07-01", None, "2021-06/2021-08", "interval"),
    ("the summer of 2019", "2022-07-01", None, "2019-06/2019-08", "interval"),
    # explicit dates
    ("November 17, 2021", "2021-11-17", None, "2021-11-17", "day"),
    ("17 Nov 2021", "2021-11-17", None, "2021-11-17", "day"),
    ("Nov 16,2021", "2021-11-17", None, "2021-11-16", "day"),
    ("2021-11-16", "2021-11-17", None, "2021-11-16", "day"),
    ("Tuesday, November 16, 2021", "2022-01-01", None, "2021-11-16", "day"),
    ("Sept. 5, 2022", "2022-09-13", None, "2022-09-05", "day"),
    ("February 29, 2020", "2022-01-01", None, "2020-02-29", "day"),
    ("February 29, 2021", "2022-01-01", None, None, None),  # no such day
    ("November 2020", "2021-11-17", None, "2020-11", "month"),
    ("on 17 November", "2021-11-16", None, "2020-11-17", "day"),  # no year: not after pub
    ("on December 30", "2022-01-03", None, "2021-12-30", "day"),
    ("on February 29", "2023-03-01", None, "2020-02-29", "day"),
    ("in 1991", "2021-11-16", None, "1991", "year"),
    ("the 2020 war", "2022-09-13", None, "2020", "year"),
    ("since 1994", "2022-09-13", None, "1994", "year"),
    ("the Treaty of Turkmenchay in 1828", "2022-09-13", None, "1828", "year"),
    ("the 1990s", "2022-09-13", None, "199X", "decade"),
    ("the late 1980s", "2022-09-13", None, "198X", "decade"),
    ("the early 2000s", "2022-09-13", None, "200X", "decade"),
    ("the '90s", "2022-09-13", None, "199X", "decade"),
    ("between 1988 and 1994", "2022-09-13", None, "1988/1994", "interval"),
    ("from 1988 to 1994", "2022-09-13", None, "1988/1994", "interval"),
    ("the 1992-94 war", "2022-09-13", None, "1992/1994", "interval"),
    ("2,000 troops", "2022-09-13", None, None, None),
    ("2000 troops", "2022-09-13", None, None, None),
    ("more than 6,500 dead", "2022-09-13", None, None, None),
    # times: the day from the sentence, else prev, else publication
    ("from 18:30 (1430 GMT)", "2021-11-16", None, "2021-11-16T18:30", "time"),
    ("at 20:05 GMT", "2022-09-13", None, "2022-09-13T20:05Z", "time"),
    ("at 1430 GMT", "2021-11-16", None, "2021-11-16T14:30Z", "time"),
    ("at 3 pm", "2022-09-13", None, "2022-09-13T15:00", "time"),
    ("at 12 am", "2022-09-13", None, "2022-09-13T00:00", "time"),
    ("at 6.30 pm", "2022-09-13", None, "2022-09-13T18:30", "time"),
    ("at 18h30", "2022-09-13", None, "2022-09-13T18:30", "time"),
    ("at 18:30", "2021-11-16", "2021-11-14", "2021-11-14T18:30", "time"),
]

CASES_WITH_PART: list[tuple[str, str, str | None, str, str]] = [
    ("Friday night", "2024-03-01", None, "2024-03-01", "night"),
    ("on the evening of Monday", "2022-09-13", None, "2022-09-12", "evening"),
    ("Sunday afternoon", "2023-03-01", None, "2023-02-26", "afternoon"),
    ("Wednesday morning", "2021-11-17", None, "2021-11-17", "morning"),
    ("tonight", "2021-11-16", None, "2021-11-16", "night"),
    ("this morning", "2021-11-16", None, "2021-11-16", "morning"),
    ("last night", "2022-01-01", None, "2021-12-31", "night"),
    ("yesterday evening", "2022-01-01", None, "2021-12-31", "evening"),
    ("that evening", "2021-11-16", "2021-11-14", "2021-11-14", "evening"),
    ("later that evening", "2021-11-16", "2021-11-16T18:30", "2021-11-16", "evening"),
    ("later in the evening", "2021-11-16", "2021-11-16", "2021-11-16", "evening"),
    ("earlier that morning", "2022-09-13", "2022-09-12", "2022-09-12", "morning"),
]


def _prev(value: str | None) -> FuzzyDate | None:
    return parse_edtf(value) if value else None


@pytest.mark.parametrize(("text", "published", "previous", "edtf", "precision"), CASES)
def test_resolve_expression(
    text: str, published: str, previous: str | None, edtf: str | None, precision: str | None
) -> None:
    got = resolve_expression(text, D(published), _prev(previous))
    if edtf is None:
        assert got is None
    else:
        assert got is not None
        assert (got.edtf, got.precision) == (edtf, precision)
        assert got.part_of_day is None


@pytest.mark.parametrize(("text", "published", "previous", "edtf", "part"), CASES_WITH_PART)
def test_part_of_day(text: str, published: str, previous: str | None, edtf: str, part: str) -> None:
    got = resolve_expression(text, D(published), _prev(previous))
    assert got == dataclasses.replace(parse_edtf(edtf), part_of_day=part)


# Other languages: (text, lang, published, previous, edtf, precision, part)
FOREIGN: list[tuple[str, str, str, str | None, str, str, str | None]] = [
    ("во вторник", "ru", "2021-11-16", None, "2021-11-16", "day", None),
    ("в среду вечером", "ru", "2021-11-16", None, "2021-11-10", "day", "evening"),
    ("в пятницу", "ru", "2021-11-16", None, "2021-11-12", "day", None),
    ("накануне", "ru", "2021-11-16", "2021-11-14", "2021-11-13", "day", None),
    ("на следующий день", "ru", "2021-11-16", "2021-11-14", "2021-11-15", "day", None),
    ("в прошлом году", "ru", "2021-11-16", None, "2020", "year", None),
    ("на прошлой неделе", "ru", "2022-09-13", None, "2022-09-05/2022-09-11", "week", None),
    ("в ноябре", "ru", "2021-11-16", None, "2021-11", "month", None),
    ("в мае", "ru", "2022-09-13", None, "2022-05", "month", None),
    ("вчера", "ru", "2021-11-16", None, "2021-11-15", "day", None),
    ("год назад", "ru", "2021-11-16", None, "2020", "year", None),
    ("в 1991 году", "ru", "2021-11-16", None, "1991", "year", None),
    ("в 1990-х годах", "ru", "2021-11-16", None, "199X", "decade", None),
    ("16 ноября 2021 года", "ru", "2021-11-17", None, "2021-11-16", "day", None),
    ("mardi soir", "fr", "2021-11-16", None, "2021-11-16", "day", "evening"),
    ("lundi", "fr", "2021-11-16", None, "2021-11-15", "day", None),
    ("la veille", "fr", "2021-11-16", "2021-11-14", "2021-11-13", "day", None),
    ("le lendemain", "fr", "2021-11-16", "2021-11-14", "2021-11-15", "day", None),
    ("l'année dernière", "fr", "2021-11-16", None, "2020", "year", None),
    ("l’an dernier", "fr", "2021-11-16", None, "2020", "year", None),
    ("la semaine dernière", "fr", "2022-09-13", None, "2022-09-05/2022-09-11", "week", None),
    ("le week-end dernier", "fr", "2022-09-15", None, "2022-09-10/2022-09-11", "interval", None),
    ("le weekend dernier", "fr", "2022-09-15", None, "2022-09-10/2022-09-11", "interval", None),
    # "this weekend": the coming one in a sentence of what is to come, else the one just
    # past ("une poche arménienne a été reprise ce week-end" on a Tuesday, fr-4a167955e9)
    (
        "ils se rencontreront ce week-end",
        "fr",
        "2022-09-15",
        None,
        "2022-09-17/2022-09-18",
        "interval",
        None,
    ),
    (
        "une poche arménienne a été reprise ce week-end",
        "fr",
        "2020-12-15",
        None,
        "2020-12-12/2020-12-13",
        "interval",
        None,
    ),
    (
        "Ce week-end, les deux pays se sont mutuellement accusés de tirs",
        "fr",
        "2021-11-17",
        None,
        "2021-11-13/2021-11-14",
        "interval",
        None,
    ),
    (
        "the UN will send a mission to Nagorno-Karabakh this weekend",
        "en",
        "2023-09-29",
        None,
        "2023-09-30/2023-10-01",
        "interval",
        None,
    ),
    (
        "the talks were held this weekend",
        "en",
        "2023-09-25",
        None,
        "2023-09-23/2023-09-24",
        "interval",
        None,
    ),
    (
        "talks will be held over the weekend",
        "en",
        "2023-09-27",
        None,
        "2023-09-30/2023-10-01",
        "interval",
        None,
    ),
    (
        "shooting resumed on the weekend",
        "en",
        "2023-09-27",
        None,
        "2023-09-23/2023-09-24",
        "interval",
        None,
    ),
    (
        "в прошедшие выходные шли бои",
        "ru",
        "2022-09-14",
        None,
        "2022-09-10/2022-09-11",
        "interval",
        None,
    ),
    ("в эти выходные шли бои", "ru", "2022-09-14", None, "2022-09-10/2022-09-11", "interval", None),
    (
        "переговоры пройдут в эти выходные",
        "ru",
        "2022-09-14",
        None,
        "2022-09-17/2022-09-18",
        "interval",
        None,
    ),
    ("le surlendemain", "fr", "2022-09-15", "2022-09-13", "2022-09-15", "day", None),
    # the morning after the date told last, in every language
    ("наутро", "ru", "2022-09-16", "2022-09-13", "2022-09-14", "day", None),
    ("на следующее утро", "ru", "2022-09-16", "2022-09-13", "2022-09-14", "day", None),
    ("утром следующего дня", "ru", "2022-09-16", "2022-09-13", "2022-09-14", "day", None),
    ("le jour suivant", "fr", "2022-09-16", "2022-09-13", "2022-09-14", "day", None),
    ("ertesi sabah", "tr", "2022-09-16", "2022-09-13", "2022-09-14", "day", None),
    ("ertəsi səhər", "az", "2022-09-16", "2022-09-13", "2022-09-14", "day", None),
    ("հաջորդ առավոտյան", "hy", "2022-09-16", "2022-09-13", "2022-09-14", "day", None),
    ("l'avant-veille", "fr", "2022-09-15", "2022-09-13", "2022-09-11", "day", None),
    ("на выходных", "ru", "2022-09-13", None, "2022-09-10/2022-09-11", "interval", None),
    ("на прошлых выходных", "ru", "2022-09-13", None, "2022-09-10/2022-09-11", "interval", None),
    ("en novembre dernier", "fr", "2021-11-16", None, "2020-11", "month", None),
    ("en août", "fr", "2022-09-13", None, "2022-08", "month", None),
    ("en 1991", "fr", "2021-11-16", None, "1991", "year", None),
    ("les années 1990", "fr", "2021-11-16", None, "199X", "decade", None),
    ("hier", "fr", "2021-11-16", None, "2021-11-15", "day", None),
    ("il y a deux jours", "fr", "2021-11-16", None, "2021-11-14", "day", None),
    ("le 1er décembre 2021", "fr", "2022-01-01", None, "2021-12-01", "day", None),
    # "last November", a shift from the previous date
    ("в прошлом ноябре", "ru", "2023-09-20", None, "2022-11", "month", None),
    ("в прошлом мае", "ru", "2023-09-20", None, "2023-05", "month", None),
    ("спустя два дня", "ru", "2021-11-16", "2021-11-12", "2021-11-14", "day", None),
    ("три дня спустя", "ru", "2021-11-16", "2021-11-12", "2021-11-15", "day", None),
    ("deux jours plus tard", "fr", "2021-11-16", "2021-11-12", "2021-11-14", "day", None),
    ("trois jours auparavant", "fr", "2021-11-16", "2021-11-12", "2021-11-09", "day", None),
    ("в конце августа", "ru", "2023-09-20", None, "2023-08", "month", None),
    ("в начале сентября", "ru", "2023-09-20", None, "2023-09", "month", None),
    ("в середине декабря", "ru", "2023-09-20", None, "2022-12", "month", None),
    (
        "une semaine plus tard",
        "fr",
        "2021-11-16",
        "2021-11-02",
        "2021-11-08/2021-11-14",
        "week",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "lang", "published", "previous", "edtf", "precision", "part"), FOREIGN
)
def test_other_languages(
    text: str,
    lang: str,
    published: str,
    previous: str | None,
    edtf: str,
    precision: str,
    part: str | None,
) -> None:
    got = resolve_expression(text, D(published), _prev(previous), lang=lang)
    assert got is not None
    assert (got.edtf, got.precision, got.part_of_day) == (edtf, precision, part)


# --------------------------------------------------------------------------
# find_dates: several mentions, chaining inside a sentence, time pairs
# --------------------------------------------------------------------------

SENTENCES: list[tuple[str, str, str | None, list[tuple[str, str]]]] = [
    (
        "On Sunday they traded accusations; the day before, the road was closed.",
        "2021-11-16",
        None,
        [("On Sunday", "2021-11-14"), ("the day before", "2021-11-13")],
    ),
    (
        "Shelling began at 00:05 am (20:05 GMT) on Tuesday.",
        "2022-09-13",
        None,
        [
            ("00:05 am", "2022-09-13T00:05"),
            ("20:05 GMT", "2022-09-12T20:05Z"),
            ("on Tuesday", "2022-09-13"),
        ],
    ),
    (
        "A ceasefire took hold from 18:30 (1430 GMT).",
        "2021-11-16",
        None,
        [("18:30", "2021-11-16T18:30"), ("1430 GMT", "2021-11-16T14:30Z")],
    ),
    (
        "Fighting resumed at 22:00 (0100 GMT) on Monday.",  # local UTC-3: GMT the next day
        "2022-09-13",
        None,
        [
            ("22:00", "2022-09-12T22:00"),
            ("0100 GMT", "2022-09-13T01:00Z"),
            ("on Monday", "2022-09-12"),
        ],
    ),
    (
        "The ministry reported later in the evening that 12 servicemen were captured.",
        "2021-11-16",
        "2021-11-16",
        [("later in the evening", "2021-11-16")],
    ),
    (
        "Talks held on 3 May 2022 failed; two days later the guns spoke again.",
        "2022-09-13",
        None,
        [("3 May 2022", "2022-05-03"), ("two days later", "2022-05-05")],
    ),
    (
        "The war, fought between 1988 and 1994, flared again in 2016 and in the 2020s.",
        "2022-09-13",
        None,
        [("between 1988 and 1994", "1988/1994"), ("in 2016", "2016"), ("the 2020s", "202X")],
    ),
]


# (sentence, language, published, mentions): other languages
FOREIGN_SENTENCES: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    # "the night from the 12th to the 13th", not "last night"
    (
        "Sentyabrın 12-dən 13-nə keçən gecə atəş açılıb.",
        "az",
        "2023-09-20",
        [("Sentyabrın 12-dən 13-nə keçən gecə", "2023-09-12/2023-09-13")],
    ),
    # ranges of days (real excerpts of the dev split): an interval, not the first day
    (
        "Femida.az xəbər verir ki, 2016-cı ilin aprelin 1-dən 5-dək davam edən 4 günlük "
        "döyüşlərdə Azərbaycan Silahlı Qüvvələrinin birləşmələri mövqeləri azad edib.",
        "az",
        "2020-04-02",
        [("2016-cı ilin aprelin 1-dən 5-dək", "2016-04-01/2016-04-05")],
    ),
    (
        "С вечера 13 ноября до утра 14 ноября подразделения армянских вооруженных сил "
        "подвергали обстрелу позиции Азербайджанской армии.",
        "ru",
        "2021-11-14",
        [("С вечера 13 ноября до утра 14 ноября", "2021-11-13/2021-11-14")],
    ),
    (
        "В непризнанной Нагорно-Карабахской Республике заявляют, что в ночь с 11 на 12 "
        "февраля на линии соприкосновения было неспокойно.",
        "ru",
        "2017-02-12",
        [("в ночь с 11 на 12 февраля", "2017-02-11/2017-02-12")],
    ),
    (
        "Ադրբեջանի ՊՆ-ն հայտնել է, որ նոր թարմացված տվյալներով սեպտեմբերի 13-14-ին "
        "տվել է 79 զոհ և 230 վիրավոր:",
        "hy",
        "2022-09-17",
        [("սեպտեմբերի 13-14-ին", "2022-09-13/2022-09-14")],
    ),
    (  # from a time of one day to a time of the next (hy-596055e35a)
        "ՊԲ ստորաբաժանումները փետրվարի 21-ի ժամը 20։45-ից փետրվարի 22-ի ժամը 01։20-ն ընկած "
        "ժամանակահատվածում կրակ են բացել։",
        "hy",
        "2023-02-22",
        [("փետրվարի 21-ի ժամը 20։45-ից փետրվարի 22-ի ժամը 01։20-ն", "2023-02-21/2023-02-22")],
    ),
    (
        "Les 12, 13 et 14 septembre, des tirs d'artillerie azerbaïdjanais ont fait plus "
        "de 200 victimes arméniennes.",
        "fr",
        "2022-10-21",
        [("Les 12, 13 et 14 septembre", "2022-09-12/2022-09-14")],
    ),
    # the day an agency's daily report covers: the day before publication and that day
    (
        "Приграничные позиции вооружённых сил Азербайджана за последние сутки были "
        "обстреляны с армянской стороны десять раз.",
        "ru",
        "2022-08-08",
        [("за последние сутки", "2022-08-07/2022-08-08")],
    ),
    ("Keçən gecə atəş açılıb.", "az", "2023-09-20", [("Keçən gecə", "2023-09-19")]),
    ("В конце концов стороны договорились.", "ru", "2023-09-20", []),
]


RANGES_EN: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "On the night of April 7-8, the Azerbaijani armed forces continuously violated the "
        "truce maintenance deal.",
        "2016-04-08",
        [("On the night of April 7-8", "2016-04-07/2016-04-08")],
    ),
    (
        "The war went on from 1 to 5 April 2016.",
        "2020-04-02",
        [("from 1 to 5 April 2016", "2016-04-01/2016-04-05")],
    ),
    # "and" joins two days only after "between": here it joins a count
    ("Two were killed on April 2 and 14 were wounded.", "2016-04-08", [("April 2", "2016-04-02")]),
    (
        "In its turn, Azerbaijan has accused Armenia of 130 bombardments within the last 24 hours.",
        "2017-03-28",
        [("within the last 24 hours", "2017-03-27/2017-03-28")],
    ),
    (
        "There were also artillery strikes overnight on Stepanakert.",
        "2020-10-17",
        [("overnight", "2020-10-16/2020-10-17")],
    ),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), RANGES_EN)
def test_ranges_of_days_and_the_past_day(
    sentence: str, published: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(sentence, D(published), None, "en")
    assert [(m.text, m.value.edtf) for m in found] == expected


@pytest.mark.parametrize(("sentence", "lang", "published", "expected"), FOREIGN_SENTENCES)
def test_find_dates_sentences_in_other_languages(
    sentence: str, lang: str, published: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(sentence, D(published), None, lang)
    assert [(m.text, m.value.edtf) for m in found] == expected


@pytest.mark.parametrize(("sentence", "published", "previous", "expected"), SENTENCES)
def test_find_dates_sentences(
    sentence: str, published: str, previous: str | None, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(sentence, D(published), _prev(previous))
    assert [(m.text, m.value.edtf) for m in found] == expected
    for m in found:
        assert sentence[m.start : m.end] == m.text


def test_anchors_say_what_was_used() -> None:
    found = find_dates(
        "On November 13, 2021, and then on Sunday, and the day before.", D("2021-11-16")
    )
    assert [m.anchor for m in found] == ["abs", "pub", "prev"]
    assert [m.kind for m in found] == ["date", "weekday", "anaphora"]


def test_no_date_words_returns_nothing() -> None:
    assert find_dates("The ministry said the situation was tense.", D("2021-11-16")) == []
    assert resolve_expression("the ministry said", D("2021-11-16")) is None


# --------------------------------------------------------------------------
# Wire sentences in every language the site serves, published on a Tuesday:
# (lang, sentence, previous, [(matched text, EDTF), ...])
# --------------------------------------------------------------------------

WIRE_PUB = D("2022-09-13")  # a Tuesday

Wire = tuple[str, str, str | None, list[tuple[str, str]]]
WIRE_HY: list[Wire] = [
    # deictic
    (
        "hy",
        "Ադրբեջանի զինված ուժերը երեկ երեկոյան կրակ են բացել Սոթքի ուղղությամբ։",
        None,
        [("երեկ երեկոյան", "2022-09-12")],
    ),
    (
        "hy",
        "Այսօր առավոտյան հակառակորդը կրկին խախտել է հրադադարը:",
        None,
        [("Այսօր առավոտյան", "2022-09-13")],
    ),
    (
        "hy",
        "Անցյալ գիշեր Ջերմուկի ուղղությամբ կրակոցներ են հնչել։",
        None,
        [("Անցյալ գիշեր", "2022-09-12")],
    ),
    # anaphora: from the date mentioned last
    (
        "hy",
        "Նախօրեին Ադրբեջանի ԱԳՆ-ն հայտարարություն էր տարածել։",
        "2022-09-11",
        [("Նախօրեին", "2022-09-10")],
    ),
    (
        "hy",
        "Նախորդ օրը կողմերը պայմանավորվել էին հրադադարի շուրջ։",
        "2022-09-11",
        [("Նախորդ օրը", "2022-09-10")],
    ),
    (
        "hy",
        "Հաջորդ օրը Երևանում բողոքի ակցիա է անցկացվել։",
        "2022-09-11",
        [("Հաջորդ օրը", "2022-09-12")],
    ),
    (
        "hy",
        "Նույն օրը ՄԱԿ-ի Անվտանգության խորհուրդը հրավիրել է նիստ։",
        "2022-09-11",
        [("Նույն օրը", "2022-09-11")],
    ),
    (
        "hy",
        "Երկու օր անց կողմերը փոխանակել են գերիներին։",
        "2022-09-11",
        [("Երկու օր անց", "2022-09-13")],
    ),
    (
        "hy",
        "Սեպտեմբերի 12-ի նախօրեին շփման գծում լարվածությունն աճել էր։",
        None,
        [("Սեպտեմբերի 12-ի", "2022-09-12"), ("նախօրեին", "2022-09-11")],
    ),
    # relative to publication
    (
        "hy",
        "Անցյալ տարի Ադրբեջանը վերադարձրել էր 30 հայ զինծառայողի։",
        None,
        [("Անցյալ տարի", "2021")],
    ),
    (
        "hy",
        "Անցած շաբաթ վարչապետը հանդիպել էր Ռուսաստանի նախագահի հետ։",
        None,
        [("Անցած շաբաթ", "2022-09-05/2022-09-11")],
    ),
    (
        "hy",
        "Անցյալ ամիս Լաչինի միջանցքում նոր ճանապարհ է բացվել։",
        None,
        [("Անցյալ ամիս", "2022-08")],
    ),
    ("hy", "Այս տարի հրադադարն արդեն երեք անգամ խախտվել է։", None, [("Այս տարի", "2022")]),
    (
        "hy",
        "Երեք օր առաջ Ջերմուկի ուղղությամբ կրակոցներ են հնչել։",
        None,
        [("Երեք օր առաջ", "2022-09-10")],
    ),
    (
        "hy",
        "Երկու շաբաթ առաջ բանակցություններ էին անցկացվել։",
        None,
        [("Երկու շաբաթ առաջ", "2022-08-29/2022-09-04")],
    ),
    (
        "hy",
        "Մեկ տարի առաջ կողմերը ստորագրել էին հայտարարություն։",
        None,
        [("Մեկ տարի առաջ", "2021")],
    ),
    ("hy", "5 ամիս առաջ ավարտվել էր հանձնաժողովի աշխատանքը։", None, [("5 ամիս առաջ", "2022-04")]),
    # months in their case forms
    (
        "hy",
        "Սեպտեմբերին Ադրբեջանը հարձակում է սկսել սահմանի ուղղությամբ։",
        None,
        [("Սեպտեմբերին", "2022-09")],
    ),
    ("hy", "Բանակցությունները վերսկսվել են հոկտեմբերին։", None, [("հոկտեմբերին", "2021-10")]),
    ("hy", "Մայիսից ի վեր սահմանին լարվածություն է։", None, [("Մայիսից", "2022-05")]),
    ("hy", "Հանձնաժողովը կհավաքվի հուլիս ամսին։", None, [("հուլիս ամսին", "2022-07")]),
    ("hy", "Փաստաթուղթը ստորագրվել է օգոստոսի վերջին։", None, [("օգոստոսի վերջին", "2022-08")]),
    (
        "hy",
        "Անցյալ տարվա նոյեմբերին ստորագրված հայտարարությունը չի կատարվում։",
        None,
        [("Անցյալ տարվա նոյեմբերին", "2021-11")],
    ),
    (
        "hy",
        "Հանդիպումը տեղի կունենա այս տարվա դեկտեմբերին։",
        None,
        [("այս տարվա դեկտեմբերին", "2022-12")],
    ),
    ("hy", "Պատերազմը սկսվել է 2020 թ. սեպտեմբերին։", None, [("2020 թ. սեպտեմբերին", "2020-09")]),
    (
        "hy",
        "2020 թվականի սեպտեմբերի 27-ին սկսված պատերազմը տևեց 44 օր։",
        None,
        [("2020 թվականի սեպտեմբերի 27-ին", "2020-09-27")],
    ),
    ("hy", "Զինադադարը կնքվել է նոյեմբերի 10-ին։", None, [("նոյեմբերի 10-ին", "2021-11-10")]),
    # weekdays ("օրը": on that day)
    (
        "hy",
        "Երեքշաբթի օրը Ադրբեջանը կրկին գնդակոծել է Գորիսը։",
        None,
        [("Երեքշաբթի օրը", "2022-09-13")],
    ),
    ("hy", "Շաբաթ օրը ՊՆ-ն հաղորդել էր կորուստների մասին։", None, [("Շաբաթ օրը", "2022-09-10")]),
    ("hy", "Հինգշաբթի երեկոյան կրակոցներ են հնչել։", None, [("Հինգշաբթի երեկոյան", "2022-09-08")]),
    (
        "hy",
        "Անցյալ երեքշաբթի նախարարը այցելել էր Մոսկվա։",
        None,
        [("Անցյալ երեքշաբթի", "2022-09-06")],
    ),
    # years, decades, ranges: with their marker
    ("hy", "Ղարաբաղյան շարժումը սկսվել է 1988 թվականին։", None, [("1988 թվականին", "1988")]),
    ("hy", "2020-ին Ռուսաստանը խաղաղապահներ տեղակայեց։", None, [("2020-ին", "2020")]),
    ("hy", "Հայտարարությունը ստորագրվել է 2020 թ.։", None, [("2020 թ.", "2020")]),
    ("hy", "1990-ականներին տարածաշրջանը պատերազմի մեջ էր։", None, [("1990-ականներին", "199X")]),
    (
        "hy",
        "1992-1994 թթ. պատերազմի ընթացքում զոհվել են հազարավորներ։",
        None,
        [("1992-1994 թթ.", "1992/1994")],
    ),
    # not dates
    ("hy", "Ռուս խաղաղապահների թիվը 1960 զինծառայող է։", None, []),
    ("hy", "Պաշտոնական տվյալներով՝ տեղահանվել է 1960-ից ավելի մարդ։", None, []),
    ("hy", "Մարտին Գրիգորյանը մասնակցել է հանդիպմանը։", None, []),
    ("hy", "Զորավարժությունները կտևեն մեկ շաբաթ։", None, []),  # "շաբաթ" alone: a week
    ("hy", "Ընտրությունների նախօրեին ընդդիմությունը հանրահավաք է անցկացրել։", None, []),
    ("hy", "Պատերազմից երկու օր առաջ զորքերը կուտակվել էին սահմանին։", None, []),
    ("hy", "Սեպտեմբերին 27 մարդ է զոհվել։", None, [("Սեպտեմբերին", "2022-09")]),  # no 27 September
]

WIRE_AZ: list[Wire] = [
    # deictic
    (
        "az",
        "Dünən axşam Ermənistan silahlı qüvvələri Kəlbəcər istiqamətində atəşkəsi pozub.",
        None,
        [("Dünən axşam", "2022-09-12")],
    ),
    (
        "az",
        "Bu gün səhər Bakıda beynəlxalq konfrans açılıb.",
        None,
        [("Bu gün səhər", "2022-09-13")],
    ),
    ("az", "Prezident bugün xarici qonaqları qəbul edib.", None, [("bugün", "2022-09-13")]),
    (
        "az",
        "Srağagün Laçın dəhlizində yeni yol istifadəyə verilib.",
        None,
        [("Srağagün", "2022-09-11")],
    ),
    ("az", "Ötən gecə mövqelərimiz atəşə tutulub.", None, [("Ötən gecə", "2022-09-12")]),
    # anaphora
    (
        "az",
        "Bir gün əvvəl Xarici İşlər Nazirliyi bəyanat yayıb.",
        "2022-09-11",
        [("Bir gün əvvəl", "2022-09-10")],
    ),
    (
        "az",
        "Ərəfədə tərəflər atəşkəs barədə razılığa gəliblər.",
        "2022-09-11",
        [("Ərəfədə", "2022-09-10")],
    ),
    (
        "az",
        "Ertəsi gün Bakıda etiraz aksiyası keçirilib.",
        "2022-09-11",
        [("Ertəsi gün", "2022-09-12")],
    ),
    (
        "az",
        "Həmin gün BMT Təhlükəsizlik Şurası toplanıb.",
        "2022-09-11",
        [("Həmin gün", "2022-09-11")],
    ),
    (
        "az",
        "İki gün sonra tərəflər əsirləri dəyişiblər.",
        "2022-09-11",
        [("İki gün sonra", "2022-09-13")],
    ),
    # relative to publication
    ("az", "Keçən il Azərbaycan 30 erməni hərbçini qaytarıb.", None, [("Keçən il", "2021")]),
    (
        "az",
        "Ötən həftə nazirlər Brüsseldə görüşüblər.",
        None,
        [("Ötən həftə", "2022-09-05/2022-09-11")],
    ),
    ("az", "Keçən ay Laçın dəhlizində yeni yol açılıb.", None, [("Keçən ay", "2022-08")]),
    ("az", "Bu il atəşkəs artıq üç dəfə pozulub.", None, [("Bu il", "2022")]),
    (
        "az",
        "İki gün əvvəl Kəlbəcər istiqamətində atışma olub.",
        None,
        [("İki gün əvvəl", "2022-09-11")],
    ),
    (
        "az",
        "Üç həftə öncə danışıqlar keçirilib.",
        None,
        [("Üç həftə öncə", "2022-08-22/2022-08-28")],
    ),
    ("az", "Bundan 30 il əvvəl Xocalı faciəsi baş verib.", None, [("Bundan 30 il əvvəl", "1992")]),
    # months in their case forms
    ("az", "Sentyabrda Ermənistan sərhəddə təxribat törədib.", None, [("Sentyabrda", "2022-09")]),
    ("az", "Danışıqlar oktyabrda bərpa olunub.", None, [("oktyabrda", "2021-10")]),
    ("az", "İyunda sülh sazişinin mətni razılaşdırılıb.", None, [("İyunda", "2022-06")]),
    ("az", "Komissiya iyul ayında toplanacaq.", None, [("iyul ayında", "2022-07")]),
    ("az", "Sənəd avqustun sonunda imzalanıb.", None, [("avqustun sonunda", "2022-08")]),
    ("az", "Maydan bəri sərhəddə gərginlik var.", None, [("Maydan", "2022-05")]),
    (
        "az",
        "Ötən ilin noyabrında imzalanan bəyanat icra olunmur.",
        None,
        [("Ötən ilin noyabrında", "2021-11")],
    ),
    (
        "az",
        "Müharibə 2020-ci ilin sentyabrında başlayıb.",
        None,
        [("2020-ci ilin sentyabrında", "2020-09")],
    ),
    (
        "az",
        "2020-ci il sentyabrın 27-də başlayan müharibə 44 gün davam edib.",
        None,
        [("2020-ci il sentyabrın 27-də", "2020-09-27")],
    ),
    ("az", "27 sentyabrda Anım Günü qeyd olunur.", None, [("27 sentyabrda", "2021-09-27")]),
    ("az", "Atəşkəs noyabrın 10-da imzalanıb.", None, [("noyabrın 10-da", "2021-11-10")]),
    # weekdays ("günü": on that day)
    (
        "az",
        "Çərşənbə axşamı günü Xarici İşlər Nazirliyi bəyanat yayıb.",
        None,
        [("Çərşənbə axşamı günü", "2022-09-13")],
    ),
    (
        "az",
        "Cümə günü səhər mövqelərimiz atəşə tutulub.",
        None,
        [("Cümə günü səhər", "2022-09-09")],
    ),
    ("az", "Bazar günü seçkilər keçirilib.", None, [("Bazar günü", "2022-09-11")]),
    ("az", "Ötən çərşənbə nazir Moskvaya səfər edib.", None, [("Ötən çərşənbə", "2022-09-07")]),
    # years, decades, ranges: with their marker
    (
        "az",
        "2020-ci ildə Rusiya sülhməramlıları bölgəyə yerləşdirilib.",
        None,
        [("2020-ci ildə", "2020")],
    ),
    ("az", "Qarabağ münaqişəsi 1988-ci ildən başlayıb.", None, [("1988-ci ildən", "1988")]),
    ("az", "2020-də imzalanan bəyanat icra olunmur.", None, [("2020-də", "2020")]),
    ("az", "1990-cı illərdə bölgə müharibə içində idi.", None, [("1990-cı illərdə", "199X")]),
    (
        "az",
        "1992-1994-cü illərdə minlərlə insan həlak olub.",
        None,
        [("1992-1994-cü illərdə", "1992/1994")],
    ),
    # not dates
    ("az", "Rusiya sülhməramlılarının sayı 1960 nəfərdir.", None, []),
    ("az", "Rəsmi məlumata görə, 1960-dan çox insan köçkün düşüb.", None, []),
    ("az", "Bazar iqtisadiyyatına keçid davam edir.", None, []),
    ("az", "Seçkilərdən bir gün əvvəl müxalifət mitinq keçirib.", None, []),
    ("az", "Sentyabrda 27 nəfər həlak olub.", None, [("Sentyabrda", "2022-09")]),  # no 27 September
]

WIRE_OTHER: list[Wire] = [
    # a count is not a year
    ("ru", "Российские миротворцы в количестве 1960 человек прибыли в Карабах.", None, []),
    ("ru", "Контингент численностью до 1960 военнослужащих.", None, []),
    ("ru", "Туда вошли 1960 российских миротворцев.", None, []),
    # no year without "год" ("за сутки": the day the report covers, 2022-09-12/13)
    ("ru", "За сутки ПВО сбила 2000 беспилотников.", None, [("За сутки", "2022-09-12/2022-09-13")]),
    ("ru", "Итоги конфликта 2020 года пересмотрены.", None, [("2020 года", "2020")]),
    ("ru", "Соглашение подписано в мае прошлого года.", None, [("в мае прошлого года", "2021-05")]),
    ("ru", "Миссия работает с 2020-го.", None, [("с 2020-го", "2020")]),
    ("en", "Russia deployed a contingent of 1960 peacekeepers.", None, []),
    ("en", "Around 2000 troops crossed the border.", None, []),
    ("en", "Some 1960 people were evacuated from the village.", None, []),
    ("en", "Moscow sent 1960 Russian peacekeepers.", None, []),
    ("en", "Between 1500-2000 people fled the district.", None, []),
    ("en", "In 2020 Russian troops entered the region.", None, [("In 2020", "2020")]),
    # a clock written the military way after "at" is no year (en-76735efc14)
    (
        "en",
        "Armenia's military units launched a surprise military operation at around 1100 on "
        "November 16 to seize the heights in this direction of the state border",
        None,
        [("November 16", "2021-11-16")],  # the last November 16 before the day
    ),
    ("en", "Shelling of the positions began at 0600 and lasted an hour.", None, []),
    ("en", "The attack began at about 1930 local time.", None, []),
    ("en", "The region is under Armenian control since 1994.", None, [("since 1994", "1994")]),
    ("en", "The talks may resume in may, officials said.", None, []),  # "may" is a verb
    ("fr", "Moscou a déployé un contingent de 1960 militaires russes.", None, []),
    ("fr", "Un bilan de la guerre de 2020 a été publié.", None, [("de 2020", "2020")]),
]


@pytest.mark.parametrize(
    ("lang", "sentence", "previous", "expected"),
    WIRE_HY + WIRE_AZ + WIRE_OTHER,
    ids=[f"{w[0]}-{w[1][:40]}" for w in WIRE_HY + WIRE_AZ + WIRE_OTHER],
)
def test_wire_sentences(
    lang: str, sentence: str, previous: str | None, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(sentence, WIRE_PUB, _prev(previous), lang)
    assert [(m.text, m.value.edtf) for m in found] == expected
    for m in found:
        assert sentence[m.start : m.end] == m.text


PARTS_HY_AZ: list[tuple[str, str, str]] = [
    ("hy", "երեկ երեկոյան", "evening"),
    ("hy", "այսօր առավոտյան", "morning"),
    ("hy", "անցյալ գիշեր", "night"),
    ("hy", "հինգշաբթի երեկոյան", "evening"),
    ("az", "dünən axşam", "evening"),
    ("az", "bu gün səhər", "morning"),
    ("az", "ötən gecə", "night"),
    ("az", "cümə günü səhər", "morning"),
    ("az", "çərşənbə axşam", "evening"),  # Wednesday evening; "çərşənbə axşamı" is Tuesday
]


@pytest.mark.parametrize(("lang", "text", "part"), PARTS_HY_AZ)
def test_part_of_day_hy_az(lang: str, text: str, part: str) -> None:
    got = resolve_expression(text, WIRE_PUB, lang=lang)
    assert got is not None and got.part_of_day == part


PAST_HY_AZ: list[tuple[str, str]] = [
    ("hy", "երեկ"),
    ("hy", "նախօրեին"),
    ("hy", "անցյալ տարի"),
    ("hy", "անցյալ շաբաթ"),
    ("hy", "անցյալ ամիս"),
    ("hy", "երեք օր առաջ"),
    ("hy", "երկու ամիս առաջ"),
    ("hy", "սեպտեմբերին"),
    ("hy", "փետրվարից"),
    ("hy", "անցյալ տարվա դեկտեմբերին"),
    ("hy", "երեքշաբթի օրը"),
    ("hy", "անցյալ կիրակի"),
    ("az", "dünən"),
    ("az", "srağagün"),
    ("az", "bir gün əvvəl"),
    ("az", "keçən il"),
    ("az", "ötən həftə"),
    ("az", "keçən ay"),
    ("az", "iki gün əvvəl"),
    ("az", "üç ay öncə"),
    ("az", "sentyabrda"),
    ("az", "fevraldan"),
    ("az", "ötən ilin dekabrında"),
    ("az", "bazar günü"),
    ("az", "ötən şənbə"),
    ("az", "29 fevralda"),
]


@settings(max_examples=200, deadline=None)
@given(
    published=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    case=st.sampled_from(PAST_HY_AZ),
)
def test_past_expressions_hy_az_not_after_publication(
    published: dt.date, case: tuple[str, str]
) -> None:
    """As in English: a bare month may be the publication month (so end after it)."""
    lang, text = case
    got = resolve_expression(text, published, lang=lang)
    assert got is not None
    assert got.start <= got.end
    assert (got.start if got.precision == "month" else got.end) <= published


# --------------------------------------------------------------------------
# EDTF
# --------------------------------------------------------------------------

EDTF_VALUES = [
    "2021-11-16",
    "2020-11",
    "1991",
    "198X",
    "2022-04/2022-05",
    "2022-09-05/2022-09-11",
    "1988/1994",
    "2021-11-16T18:30",
    "2021-11-16T14:30Z",
    "2021-11-16/2021-11-20",
    "2020-02-29",
]


@pytest.mark.parametrize("value", EDTF_VALUES)
def test_parse_edtf_round_trips(value: str) -> None:
    assert parse_edtf(value).edtf == value
    assert parse_edtf(parse_edtf(value).edtf) == parse_edtf(value)


def test_constructors_agree_with_parse_edtf() -> None:
    assert parse_edtf("2021-11-16") == day(D("2021-11-16"))
    assert parse_edtf("2020-11") == month(2020, 11)
    assert parse_edtf("1991") == year(1991)
    assert parse_edtf("198X") == decade(1987) == decade(1980)
    assert parse_edtf("2022-04/2022-05") == interval(month(2022, 5), month(2022, 4))
    week = parse_edtf("2022-09-05/2022-09-11")
    assert (week.precision, week.start, week.end) == ("week", D("2022-09-05"), D("2022-09-11"))
    assert parse_edtf("2020-02").end == D("2020-02-29")
    assert parse_edtf("198X").end == D("1989-12-31")


@pytest.mark.parametrize(
    "value", ["", "2021-02-30", "2021-13", "21-11-16", "2022-05/2022-04", "1980s", "a/b/c"]
)
def test_parse_edtf_rejects(value: str) -> None:
    with pytest.raises(ValueError):
        parse_edtf(value)


# --------------------------------------------------------------------------
# Property: past-tense expressions never land after publication
# --------------------------------------------------------------------------

PAST_TEMPLATES = [
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "on Saturday",
    "on Sunday",
    "Tuesday evening",
    "last Friday",
    "yesterday",
    "the day before yesterday",
    "last night",
    "today",
    "this morning",
    "the day before",
    "last week",
    "last weekend",
    "last month",
    "last year",
    "last year's war",
    "earlier this year",
    "earlier this month",
    "three days ago",
    "two weeks ago",
    "two months ago",
    "a year ago",
    "a year after",
    "a year ago in November",
    "last November",
    "last January",
    "last autumn",
    "last winter",
    "on 29 February",
    "on December 31",
]


@settings(max_examples=200, deadline=None)
@given(
    published=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    text=st.sampled_from(PAST_TEMPLATES),
)
def test_past_expressions_are_valid_and_not_after_publication(
    published: dt.date, text: str
) -> None:
    got = resolve_expression(text, published)
    assert got is not None
    assert parse_edtf(got.edtf) == dataclasses.replace(got, part_of_day=None)
    assert got.start <= got.end <= published


@settings(max_examples=100, deadline=None)
@given(
    published=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    text=st.sampled_from(["in August", "in December", "in January", "since March"]),
)
def test_bare_months_never_start_after_publication(published: dt.date, text: str) -> None:
    """A bare month is the most recent one, the publication month included."""
    got = resolve_expression(text, published)
    assert got is not None and got.precision == "month"
    assert got.start <= published < got.start.replace(year=got.start.year + 1)


def test_find_dates_memo_gives_a_fresh_list() -> None:
    """``find_dates`` is memoised: a caller that changes the list it got changes no
    later answer."""
    from timeline.dates import find_dates

    got = find_dates("Fighting resumed on 27 September 2020.", dt.date(2020, 9, 28))
    assert [m.value.edtf for m in got] == ["2020-09-27"]
    got.clear()
    again = find_dates("Fighting resumed on 27 September 2020.", dt.date(2020, 9, 28))
    assert [m.value.edtf for m in again] == ["2020-09-27"]


# A span named from publication, at the precision a claim's EDTF gives it
# (``dates.named_span``): (its value, the claim's EDTF)
NAMED_SPANS = [
    ("last week", "2023-09-27", "2023-09"),  # 18-24 September
    ("last week", "2023-10-04", "2023-09-25/2023-10-01"),  # across two months: the week
    ("two weeks ago", "2022-09-13", "2022-08-29/2022-09-04"),
    ("three weeks ago", "2022-09-30", "2022-09"),
    ("earlier this month", "2021-05-25", "2021-05"),
    ("earlier this year", "2022-09-13", "2022"),
    ("over the weekend", "2022-10-04", "2022-10-01/2022-10-02"),  # two days: kept
    ("last month", "2022-01-15", "2021-12"),
    ("yesterday", "2022-01-15", "2022-01-14"),
]


@pytest.mark.parametrize(("text", "published", "edtf"), NAMED_SPANS)
def test_named_span(text: str, published: str, edtf: str) -> None:
    (mention,) = find_dates(text, D(published))
    assert named_span(mention.value).edtf == edtf
