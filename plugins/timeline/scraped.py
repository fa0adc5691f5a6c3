"""Articles as news scrapers write them: JSON files (``.json``) and JSON Lines (``.jsonl``).

Researchers collect news with news-please, trafilatura or newspaper4k, which write one JSON
object per article: its address, title, publication date, language and main text, under
each tool's own names. A ``.json`` file holds one article (or a list of them); a ``.jsonl``
file one article a line. Each becomes the text of a seed and the metadata
``sources.yaml`` would give, read from the first field of each list below that has a value:

=========== ==================================================================
text        ``maintext`` (news-please), ``text`` (trafilatura, newspaper4k),
            ``raw_text``, ``content``, ``body``
headline    ``title``, ``title_page``, ``title_rss``, ``headline``
published   ``date_publish`` (news-please), ``date`` (trafilatura),
            ``publish_date`` (newspaper4k), ``published``, ``datePublished``
url         ``url``, ``source`` (trafilatura's canonical address), ``canonical_link``
language    ``language``, ``meta_lang``, ``lang``
outlet      ``sitename``, ``meta_site_name``, ``source_domain``, ``hostname``
author      ``authors`` (a list is joined), ``author``
=========== ==================================================================

Dates keep their day only (a clock time or a zone after it is dropped); a value that is no
date is reported and left out, never guessed. An article's id is the file's name, and for a
file of several articles the file's name and eight hex digits of the address (or of the
text), so that ids stay the same when a scraper appends or reorders articles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .metadata import SeedMetadata, url_problem
from .model import Problem

SUFFIXES: tuple[str, ...] = (".json", ".jsonl")

_TEXT = ("maintext", "text", "raw_text", "content", "body")
_HEADLINE = ("title", "title_page", "title_rss", "headline")
_PUBLISHED = ("date_publish", "date", "publish_date", "published", "datePublished")
_URL = ("url", "source", "canonical_link")
_LANGUAGE = ("language", "meta_lang", "lang")
_OUTLET = ("sitename", "meta_site_name", "source_domain", "hostname")
_AUTHOR = ("authors", "author")

_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")


@dataclass(frozen=True)
class ScrapedArticle:
    """One article of a scraper's file: its id, the line it starts on, its text, and what
    the scraper knew of it."""

    id: str
    line: int
    text: str
    meta: SeedMetadata


def _first(record: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, "", [], "None"):
            return value
    return None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(str(v).strip() for v in value if str(v).strip())
    text = str(value).strip()
    return text or None


def published_day(value: Any) -> dt.date | None:
    """The day of a scraper's date ("2021-11-16 14:03:00", "2021-11-16T14:03:00+04:00").

    >>> published_day("2021-11-16 14:03:00")
    datetime.date(2021, 11, 16)
    >>> published_day("16/11/2021") is None
    True
    """
    match = _DAY.match(str(value)) if value is not None else None
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _records(text: str, jsonl: bool) -> Iterator[tuple[int, Any, str | None]]:
    """(line, record, error) for each article of the file."""
    if jsonl:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line), None
            except json.JSONDecodeError as error:
                yield number, None, f"not valid JSON ({error.msg})"
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield error.lineno, None, f"not valid JSON ({error.msg}, column {error.colno})"
        return
    for record in data if isinstance(data, list) else [data]:
        yield 1, record, None


def read_scraped(text: str, name: str, display: str) -> tuple[list[ScrapedArticle], list[Problem]]:
    """The articles of one scraper's file, and the problems of the ones that cannot be read.

    ``name`` is the file's name (``crawl.jsonl``), ``display`` how messages name it
    (``seeds/crawl.jsonl``).
    """
    stem = name.rsplit(".", 1)[0]
    jsonl = name.lower().endswith(".jsonl")
    found: list[ScrapedArticle] = []
    problems: list[Problem] = []
    records = list(_records(text, jsonl))
    many = len(records) > 1 or jsonl
    seen: dict[str, int] = {}
    for line, record, error in records:
        if error is not None or not isinstance(record, dict):
            problems.append(
                Problem(
                    display,
                    line,
                    error or "not an article (a JSON object is expected)",
                    "fix or remove this article; the others are read",
                    "error",
                )
            )
            continue
        body = _text(_first(record, _TEXT))
        url = _text(_first(record, _URL))
        if url is not None and url_problem(url) is not None:
            url = None
        key = url or body or json.dumps(record, sort_keys=True)
        ident = f"{stem}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:8]}" if many else stem
        if ident in seen:
            problems.append(
                Problem(
                    display,
                    line,
                    f"the same article as line {seen[ident]} (same address); not read twice",
                    "remove one of the two",
                    "warning",
                )
            )
            continue
        seen[ident] = line
        raw_date = _first(record, _PUBLISHED)
        published = published_day(raw_date)
        if raw_date is not None and published is None:
            problems.append(
                Problem(
                    display,
                    line,
                    f"publication date {str(raw_date)[:40]!r} is not a date (YYYY-MM-DD)",
                    "fix the scraper's date field, or give the date in sources.yaml",
                    "warning",
                )
            )
        language = _text(_first(record, _LANGUAGE))
        if language is not None:
            language = language.lower().split("-")[0].split("_")[0]
            if not _LANGUAGE_CODE.match(language):
                language = None
        meta = SeedMetadata(
            outlet=_text(_first(record, _OUTLET)),
            url=url,
            language=language,
            published=published,
            author=_text(_first(record, _AUTHOR)),
            headline=_text(_first(record, _HEADLINE)),
        )
        found.append(ScrapedArticle(ident, line, body or "", meta))
    return found, problems
