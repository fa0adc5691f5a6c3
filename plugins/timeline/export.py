"""Downloadable exports of the timeline; ``timeline.json`` is the contract.

Also ``timeline.csv`` (ACLED-like columns, one row per claim) and
``timelinejs.json`` (TimelineJS3, one per language).

The JSON layout is documented in README.md ("The export"). Everything here is
deterministic: keys sorted, lists in a fixed order, no build time.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import functools
import hashlib
import io
import json
import re
import shutil
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from . import feeds, i18n, ids, urls
from .cache import Cache, memo
from .escape import esc
from .model import (
    ActorInfo,
    Claim,
    Entry,
    EventType,
    Figure,
    FuzzyDate,
    SourceArticle,
    Story,
    Timeline,
    UndatedClaim,
)
from .people import Tables, page_name
from .summary import parties, summarize

EXPORT_VERSION = 1


def _figures(figures: tuple[Figure, ...]) -> dict[str, int]:
    return {f.kind: f.value for f in sorted(figures, key=_figure_key)}


def _qualifiers(figures: tuple[Figure, ...]) -> dict[str, str]:
    return {f.kind: f.qualifier for f in sorted(figures, key=_figure_key) if f.qualifier}


def _figure_sides(figures: tuple[Figure, ...]) -> dict[str, str]:
    return {f.kind: f.side for f in sorted(figures, key=_figure_key) if f.side}


def _figure_list(figures: tuple[Figure, ...]) -> list[dict[str, Any]]:
    """Every figure of a claim, each with its kind, value, qualifier and whose losses it
    counts: a claim may give two counts of one kind ("49 Armenian troops and 50
    Azerbaijani soldiers killed"), which ``figures`` (one value per kind) cannot hold."""
    return [
        {"kind": f.kind, "value": f.value, "qualifier": f.qualifier, "side": f.side}
        for f in sorted(figures, key=_figure_key)
    ]


def _figure_key(figure: Figure) -> tuple[str, int, str, str]:
    return (figure.kind, figure.value, figure.qualifier or "", figure.side or "")


def _date(value: FuzzyDate | None) -> str | None:
    return value.edtf if value is not None else None


def claim_json(claim: Claim) -> dict[str, Any]:
    return {
        "text": claim.text,
        "claimant": claim.claimant,
        "claimant_actor": claim.claimant_actor,
        "claimant_side": claim.claimant_side,
        "actors": list(claim.actors),
        "date": claim.date.edtf,
        "precision": claim.date.precision,
        "part_of_day": claim.date.part_of_day,
        "date_inherited": claim.date_inherited,
        "said_on": _date(claim.said_on),
        "figures": _figures(claim.figures),
        "figure_qualifiers": _qualifiers(claim.figures),
        "figure_sides": _figure_sides(claim.figures),
        "figure_list": _figure_list(claim.figures),
        "places": list(claim.places),
        "type": claim.event_type,
        "conflict_group": claim.conflict_group,
        "disputes": list(claim.disputes),
        "series": claim.series,
        "sources": list(claim.sources),
        "quotes": [
            {"source": q.source, "sentence": q.sentence, "text": q.text} for q in claim.quotes
        ],
    }


def independent_sources(entry: Entry, stories_by_member: dict[str, Story]) -> list[str]:
    """The stories (one per independent origin) among an entry's sources."""
    return sorted({stories_by_member[s].id if s in stories_by_member else s for s in entry.sources})


def _entry_json(stories_by_member: dict[str, Story], entry: Entry) -> dict[str, Any]:
    return entry_json(entry, stories_by_member)


def entry_json(entry: Entry, stories_by_member: dict[str, Story]) -> dict[str, Any]:
    return {
        "id": entry.id,
        "date": entry.date.edtf,
        "precision": entry.date.precision,
        "headline": entry.headline,
        "type": entry.type,
        "places": list(entry.places),
        "actors": list(entry.actors),
        "sources": list(entry.sources),
        "stories": independent_sources(entry, stories_by_member),
        "claims": [claim_json(c) for c in entry.claims],
    }


def undated_json(claim: UndatedClaim, source: str) -> dict[str, Any]:
    """A claim of an undated article that needs its date: as a claim is exported,
    without a date (its disputes and updates with the article's other claims of its
    day: ``undated.mark_undated``)."""
    return {
        "text": claim.text,
        "claimant": claim.claimant,
        "claimant_actor": claim.claimant_actor,
        "claimant_side": claim.claimant_side,
        "figures": _figures(claim.figures),
        "figure_sides": _figure_sides(claim.figures),
        "figure_list": _figure_list(claim.figures),
        "conflict_group": claim.conflict_group,
        "disputes": list(claim.disputes),
        "series": claim.series,
        "quotes": [{"source": source, "sentence": claim.sentence, "text": claim.text}],
    }


def source_json(source: SourceArticle, undated: tuple[UndatedClaim, ...] = ()) -> dict[str, Any]:
    return {
        "id": source.id,
        "file": source.file,
        "headline": source.headline,
        "title": source.title,
        "published": source.published.isoformat() if source.published else source.published_month,
        "published_from": source.published_from or ("header" if source.published_month else None),
        "outlet": source.outlet,
        "wire": source.wire,
        "author": source.author,
        "language": source.language,
        "url": source.url,
        "cites": list(source.cites),
        "dateline_place": source.dateline_place,
        "story": source.story or source.id,
        "status": source.status,
        "problems": [str(p) for p in source.problems],
        "undated_claims": [undated_json(c, source.id) for c in undated],
    }


def story_json(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "origin": story.origin,
        "wire": story.wire,
        "published": story.published.isoformat() if story.published else None,
        "members": list(story.members),
    }


def stories_by_member(timeline: Timeline) -> dict[str, Story]:
    return {member: story for story in timeline.stories for member in story.members}


def entry_digest(entry: Entry) -> bytes:
    """``ids.entry_digest`` of an entry, made from all of it (claims, quotes,
    dates): for an entry the timeline gives no digest of."""
    return ids.entry_digest(entry.id, ids.body_digest(entry))


def entry_digests(timeline: Timeline, known: dict[str, bytes] | None = None) -> dict[str, bytes]:
    """``entry_digest`` of every entry, by id: what the caches of encoded
    entries are keyed by. Those the timeline gives (``entry_digests``, made
    as the entries were merged) or ``known`` has are used, the others made
    and added to ``known``."""
    known = dict(timeline.entry_digests) if known is None else known
    for entry in timeline.entries:
        if entry.id not in known:
            known[entry.id] = entry_digest(entry)
    return known


def _digests_for(
    timeline: Timeline, cache: Cache | None, digests: Mapping[str, bytes] | None
) -> Mapping[str, bytes]:
    """The entry digests a cache of encoded entries needs (none without one)."""
    if cache is None:
        return {}
    return digests if digests is not None else entry_digests(timeline)


def timeline_json(
    timeline: Timeline, cache: Cache | None = None, digests: Mapping[str, bytes] | None = None
) -> dict[str, Any]:
    """The export's data; with a ``cache``, entries come as their JSON text
    (see ``cached_items``; ``digests`` as ``entry_digests`` gives them), the
    same document once encoded."""
    members = stories_by_member(timeline)
    known = _digests_for(timeline, cache, digests)

    def entry_key(entry: Entry) -> bytes:
        return known[entry.id] + repr(independent_sources(entry, members)).encode()

    status = Counter(s.status for s in timeline.sources)
    return {
        "version": EXPORT_VERSION,
        "summary": {
            "sources": len(timeline.sources),
            "sources_by_status": dict(sorted(status.items())),
            "stories": len(timeline.stories),
            "entries": len(timeline.entries),
            "claims": sum(len(e.claims) for e in timeline.entries),
        },
        "sources": [source_json(s, timeline.undated.get(s.id, ())) for s in timeline.sources],
        "stories": [story_json(s) for s in timeline.stories],
        "entries": cached_items(
            cache, timeline.entries, entry_key, functools.partial(_entry_json, members)
        ),
        "redirects": [{"from": r.old, "to": r.new} for r in timeline.redirects],
        "problems": [str(p) for p in timeline.problems],
        "actors": {
            ident: {
                "name": dict(sorted(actor.name.items())),
                "side": actor.side,
                "bodies": {b: dict(sorted(n.items())) for b, n in sorted(actor.bodies.items())},
            }
            for ident, actor in sorted(timeline.actors.items())
        },
        "claimant_bodies": {
            claimant: {"actor": actor, "body": body}
            for claimant, (actor, body) in sorted(timeline.claimant_bodies.items())
        },
    }


def markup_safe(json_text: str) -> str:
    """``<``, ``>`` and ``&`` of JSON text as ``\\u003c`` escapes, so seed markup
    stays data even where the JSON is inlined in a page (they occur only inside
    strings, where the escapes mean the same)."""
    return json_text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def dump_json(data: Any) -> str:
    """Stable JSON text for a file: sorted keys, UTF-8 kept, markup-safe."""
    return markup_safe(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)) + "\n"


#: Pieces of JSON text gathered before they are made markup-safe and written: a
#: few MB at most (a TimelineJS event's text is a few KB); 65,536 held a whole
#: timelinejs.json of 4,000 entries, three copies of it at its peak.
_WRITE_PIECES = 1 << 12


class _IndentedJSON:
    """The text ``json.dumps(data, ensure_ascii=False, sort_keys=True,
    indent=1)`` gives, made by plain recursion: the standard library encodes
    indented JSON with a generator per container and a ``yield`` per token
    (its C encoder does no indent), much slower. Handed to ``flush`` in
    pieces between the items of a list, never whole. The text of a
    ``RawJSON`` goes to ``raw`` as it is, when there is one (after the text
    before it has gone to ``flush``)."""

    def __init__(
        self, flush: Callable[[str], object], raw: Callable[[str], object] | None = None
    ) -> None:
        self.parts: list[str] = []
        self.flush = flush
        self.raw = raw

    def encode(self, value: Any, level: int = 0) -> None:
        if isinstance(value, str):
            self.parts.append(_json_string(value))
        elif isinstance(value, RawJSON):
            if self.raw is None:
                self.parts.append(value.text)
            else:
                self.finish()
                self.raw(value.text)
        elif isinstance(value, dict):
            self._dict(value, level)
        elif isinstance(value, list | tuple):
            self._list(value, level)
        else:
            self.parts.append(_json_scalar(value))

    def _list(self, value: list[Any] | tuple[Any, ...], level: int) -> None:
        if not value:
            self.parts.append("[]")
            return
        parts = self.parts
        inner = "\n" + " " * (level + 1)
        separator = "[" + inner
        for item in value:
            if type(item) is str:
                parts.append(separator + _json_string(item))
            else:
                parts.append(separator)
                self.encode(item, level + 1)
            separator = "," + inner
            if len(parts) >= _WRITE_PIECES:
                self.flush("".join(parts))
                parts.clear()
        parts.append("\n" + " " * level + "]")

    def _dict(self, value: dict[Any, Any], level: int) -> None:
        if not value:
            self.parts.append("{}")
            return
        parts = self.parts
        inner = "\n" + " " * (level + 1)
        separator = "{" + inner
        for key, item in sorted(value.items()):
            head = separator + (_json_string(key) if type(key) is str else _json_key(key)) + ": "
            if type(item) is str:
                parts.append(head + _json_string(item))
            elif item is None:
                parts.append(head + "null")
            else:
                parts.append(head)
                self.encode(item, level + 1)
            separator = "," + inner
        parts.append("\n" + " " * level + "}")

    def finish(self) -> None:
        self.flush("".join(self.parts))
        self.parts.clear()


_json_string: Callable[[str], str] = json.encoder.encode_basestring
_SCALAR_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _json_scalar(value: Any) -> str:
    """``null``, ``true``, a number: what ``json`` writes (and its error for
    anything it cannot encode)."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return int.__repr__(value)
    return _SCALAR_ENCODER.encode(value)


def _json_key(key: Any) -> str:
    """A dictionary key as ``json`` writes it (a string; numbers and
    constants as their JSON text in quotes)."""
    if isinstance(key, str):
        return _json_string(key)
    if key is None or isinstance(key, bool | int | float):
        return _json_string(_json_scalar(key))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def write_json(path: Path, data: Any) -> None:
    """``dump_json(data)`` into ``path``, written as it is encoded: the text of a
    large timeline is never held whole (nor copied by each escape). The
    escapes are of single characters, so escaping piece by piece is the same;
    the text of a ``RawJSON`` is markup-safe already."""
    with path.open("w", encoding="utf-8") as handle:
        encoder = _IndentedJSON(lambda text: handle.write(markup_safe(text)), handle.write)
        encoder.encode(data)
        encoder.finish()
        handle.write("\n")


@dataclass(frozen=True)
class RawJSON:
    """JSON text already encoded and made markup-safe, placed as it is (at the
    indentation of the place it was encoded for)."""

    text: str


def encoded(value: Any, level: int) -> str:
    """The JSON text of ``value`` as it stands at indentation ``level`` of a
    document (not made markup-safe: ``write_json`` does that)."""
    parts: list[str] = []
    encoder = _IndentedJSON(parts.append)
    encoder.encode(value, level)
    encoder.finish()
    return "".join(parts)


#: Where the items of a document's top-level lists stand: ``{"entries": [item]}``.
ITEM_LEVEL = 2

T = TypeVar("T")


def _encoded_item(make: Callable[[T], Any], item: T) -> str:
    """An item's text as ``RawJSON`` holds it: kept so in the cache, so that a
    rebuild escapes only what it encodes anew."""
    return markup_safe(encoded(make(item), ITEM_LEVEL))


def cached_items(
    cache: Cache | None,
    items: Sequence[T],
    key_of: Callable[[T], bytes],
    make: Callable[[T], Any],
) -> list[Any]:
    """``make(item)`` of each item of a top-level list; with a ``cache``, as
    its encoded text, reused when the bytes ``key_of(item)`` (everything
    ``make`` reads) are what they were: a rebuild after adding one article
    encodes only the entries that changed."""
    if cache is None:
        return [make(item) for item in items]
    return [
        RawJSON(memo(cache, [key_of(item)], functools.partial(_encoded_item, make, item)))
        for item in items
    ]


def write_timeline_json(
    timeline: Timeline,
    output: Path,
    cache: Cache | None = None,
    digests: Mapping[str, bytes] | None = None,
) -> Path:
    path = output / "timeline.json"
    write_json(path, timeline_json(timeline, cache, digests))
    return path


# --- timeline.csv: ACLED-like rows ---------------------------------------------

CSV_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "date_edtf",
    "event_type",
    "background",
    "actor1",
    "actor1_name",
    "actor2",
    "actor2_name",
    "assoc_actors",
    "location",
    "location_name",
    "fatalities",
    "fatalities_reported",
    # then "fatalities_<party>" for each party of data/actors.yaml (csv_columns)
    "claim_index",
    "claimant",
    "claim_fatalities",
    "source",
    "source_scale",
    "independent_sources",
    "notes",
    "sources",
)


def csv_columns(actors: Mapping[str, ActorInfo]) -> tuple[str, ...]:
    """The columns of timeline.csv: ``CSV_COLUMNS`` with, after
    ``fatalities_reported``, a ``fatalities_<party>`` column for each party
    to the conflict (``summary.parties``: ``fatalities_armenia``, ...)."""
    at = CSV_COLUMNS.index("fatalities_reported") + 1
    own = tuple(f"fatalities_{party}" for party in parties(actors))
    return (*CSV_COLUMNS[:at], *own, *CSV_COLUMNS[at:])


# A cell a spreadsheet would run as a formula (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
KILLED = "killed"
#: timeline.csv with a UTF-8 byte order mark, for Excel.
EXCEL_CSV = "timeline-excel.csv"


def time_precision(value: FuzzyDate) -> int:
    """ACLED's code: 1 the exact day is known (or the time), 2 within a week,
    3 a month or coarser (month, year, decade, intervals over seven days)."""
    if value.precision in ("time", "day"):
        return 1
    if value.precision in ("week", "interval") and (value.end - value.start).days < 7:
        return 2
    return 3


def neutralise(cell: str) -> str:
    """``=HYPERLINK(...)`` -> ``'=HYPERLINK(...)``: shown as text, never run."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _killed(claim: Claim) -> Figure | None:
    found = [f for f in claim.figures if f.kind == KILLED]
    return min(found, key=lambda f: f.value) if found else None


def _outlets(source_ids: tuple[str, ...], sources: dict[str, SourceArticle]) -> list[str]:
    names = {(s.outlet or s.wire or s.id) if (s := sources.get(sid)) else sid for sid in source_ids}
    return sorted(names)


def _said_by(claim: Claim, sources: dict[str, SourceArticle]) -> str:
    return claim.claimant or ", ".join(_outlets(claim.sources, sources))


def fatalities(entry: Entry, sources: dict[str, SourceArticle]) -> tuple[int | None, str]:
    """ACLED's rule: the most conservative killed figure among the entry's
    claims. When the claims give different figures, the second value lists
    each figure with who gives it (``1: Armenia; 7: Azerbaijani defence
    ministry, TRT World``), lowest first; empty when they agree."""
    stated = [(f, c) for c in entry.claims if (f := _killed(c)) is not None]
    if not stated:
        return None, ""
    lowest = min(f.value for f, _ in stated)
    if len({(f.value, f.qualifier) for f, _ in stated}) == 1:
        return lowest, ""
    by_figure: dict[tuple[int, str], set[str]] = {}
    for figure, claim in stated:
        key = (figure.value, figure.qualifier or "")
        by_figure.setdefault(key, set()).add(_said_by(claim, sources))
    return lowest, "; ".join(
        f"{qualifier + ' ' if qualifier else ''}{value}: {', '.join(sorted(who))}"
        for (value, qualifier), who in sorted(by_figure.items())
    )


def side_fatalities(entry: Entry, timeline: Timeline) -> dict[str, str]:
    """Per party, its own latest claim of its own dead (``summary``: a side's
    killed figures counting its own people), else empty."""
    found = dict.fromkeys(parties(timeline.actors), "")
    summary = summarize(entry, timeline.actors, timeline.claimant_actors, 0)
    for account in summary.accounts:
        if account.side not in found:
            continue
        for series in account.figures:
            if series.kind == KILLED and series.victims in (None, account.side):
                found[account.side] = " + ".join(str(n) for n in series.last)
    return found


def _name(names: Mapping[str, str] | None, ident: str) -> str:
    return (names or {}).get("en") or ident


def _entry_rows(
    entry: Entry,
    sources: dict[str, SourceArticle],
    members: dict[str, Story],
    timeline: Timeline | None = None,
) -> list[dict[str, str]]:
    """The rows of one entry: one per claim, the entry's columns repeated on
    each (``claim_index`` 1 is the entry's first claim: count events on it)."""
    killed, dispute = fatalities(entry, sources)
    actors = list(entry.actors)
    actor_names = {a: i.name for a, i in timeline.actors.items()} if timeline else {}
    place_names = timeline.place_names if timeline else {}
    sides = side_fatalities(entry, timeline) if timeline else {}
    common = {
        "event_id_cnty": entry.id,
        "event_date": entry.date.start.isoformat(),
        "time_precision": str(time_precision(entry.date)),
        "date_edtf": entry.date.edtf,
        "event_type": entry.type,
        "background": "1" if entry.type == "background" else "0",
        "actor1": actors[0] if actors else "",
        "actor1_name": _name(actor_names.get(actors[0]), actors[0]) if actors else "",
        "actor2": actors[1] if len(actors) > 1 else "",
        "actor2_name": _name(actor_names.get(actors[1]), actors[1]) if len(actors) > 1 else "",
        "assoc_actors": "; ".join(actors[2:]),
        "location": "; ".join(entry.places),
        "location_name": "; ".join(_name(place_names.get(p), p) for p in entry.places),
        "fatalities": "" if killed is None else str(killed),
        "fatalities_reported": dispute,
        **{f"fatalities_{party}": count for party, count in sides.items()},
        "independent_sources": str(len(independent_sources(entry, members))),
        "source_scale": "",
    }
    rows = []
    for index, claim in enumerate(entry.claims, start=1):
        own = _killed(claim)
        row = {
            **common,
            "claim_index": str(index),
            "claimant": claim.claimant or "",
            "claim_fatalities": "" if own is None else str(own.value),
            "source": "; ".join(_outlets(claim.sources, sources)),
            "notes": claim.text,
            "sources": "; ".join(claim.sources),
        }
        rows.append({key: neutralise(value) for key, value in row.items()})
    return rows


def _csv_text(rows: Sequence[dict[str, str]], columns: Sequence[str], header: bool = False) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n")
    if header:
        writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def write_csv(
    timeline: Timeline,
    output: Path,
    cache: Cache | None = None,
    digests: Mapping[str, bytes] | None = None,
) -> Path:
    """``timeline.csv``: UTF-8, comma-separated, a header row, RFC 4180
    quoting. With a ``cache``, each entry's rows are reused as text when the
    entry, its story counts and the outlets its claims cite are unchanged."""
    sources = {s.id: s for s in timeline.sources}
    members = stories_by_member(timeline)
    known = _digests_for(timeline, cache, digests)

    columns = csv_columns(timeline.actors)

    def rows_text(entry: Entry) -> str:
        return _csv_text(_entry_rows(entry, sources, members, timeline), columns)

    names = repr(
        (
            sorted((a, sorted(i.name.items()), i.side) for a, i in timeline.actors.items()),
            sorted((p, sorted(n.items())) for p, n in timeline.place_names.items()),
            sorted(timeline.claimant_actors.items()),
        )
    ).encode()
    names = hashlib.blake2b(names, digest_size=16).digest()

    def key_of(entry: Entry) -> bytes:
        cited = sorted({s for c in entry.claims for s in c.sources})
        outlets = [(s, _outlets((s,), sources)) for s in cited]
        about = (len(independent_sources(entry, members)), outlets)
        return b"csv" + known[entry.id] + names + repr(about).encode()

    path = output / urls.export("timeline.csv")
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(_csv_text([], columns, header=True))
        for entry in timeline.entries:
            if cache is None:
                handle.write(rows_text(entry))
            else:
                handle.write(memo(cache, [key_of(entry)], functools.partial(rows_text, entry)))
    # the same with a byte order mark: Excel then reads it as UTF-8 (Armenian,
    # Cyrillic), where without one it guesses the system's code page
    excel = output / urls.export(EXCEL_CSV)
    excel.write_bytes(codecs.BOM_UTF8 + path.read_bytes())
    return path


# --- timelinejs.json: TimelineJS3 --------------------------------------------

TimelineJSDate = dict[str, str]
_EDTF_DAY = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?")


def timelinejs_date(edtf_part: str, fallback: dt.date) -> TimelineJSDate:
    """Only the fields the precision allows: ``2020-11`` -> year and month.
    A decade (``198X``) or anything unreadable falls back to the year of
    ``fallback``."""
    match = _EDTF_DAY.match(edtf_part)
    if match is None:
        return {"year": str(fallback.year)}
    names = ("year", "month", "day", "hour", "minute")
    return {name: str(int(v)) for name, v in zip(names, match.groups(), strict=True) if v}


def timelinejs_span(value: FuzzyDate) -> dict[str, TimelineJSDate]:
    """``start_date`` and, for an interval, week or decade, ``end_date``."""
    if "/" in value.edtf:
        first, _, last = value.edtf.partition("/")
        return {
            "start_date": timelinejs_date(first, value.start),
            "end_date": timelinejs_date(last, value.end),
        }
    if value.precision == "decade":
        return {
            "start_date": {"year": str(value.start.year)},
            "end_date": {"year": str(value.end.year)},
        }
    return {"start_date": timelinejs_date(value.edtf, value.start)}


def _text(text: str, translate: Callable[[str], tuple[str, bool]]) -> str:
    """Seed text in the language of ``translate`` (``i18n.content_lookup``)
    where translated, else marked with its language (HTML; the escapes are
    markupsafe's, as everywhere on the site)."""
    value, translated = translate(text)
    if translated:
        return esc(value)
    return f'<span lang="{esc(i18n.SOURCE_LANGUAGE)}">{esc(value)}</span>'


@dataclass(frozen=True)
class _EventWords:
    """What the events of one language say, memoised by ``timelinejs_json``:
    ``text`` is ``_text``, ``date`` a date as shown, ``group`` an event type's
    name, ``sources`` the word before the outlets, ``claimant`` a claim's claimant
    (all HTML-escaped)."""

    text: Callable[[str], str]
    date: Callable[[FuzzyDate], str]
    group: Callable[[EventType], str]
    sources: str
    # a claim's claimant as the pages show it in this language (people.page_name)
    claimant: Callable[[Claim], str] = lambda claim: esc(claim.claimant or "")


def timelinejs_event(
    entry: Entry, sources: dict[str, SourceArticle], words: _EventWords, title: str | None = None
) -> dict[str, Any]:
    """One event of ``timelinejs_json``; ``title`` is the headline the entry's page gives."""
    html = words.text
    claims = "".join(
        f"<li><strong>{words.claimant(c) if c.claimant else esc(_said_by(c, sources))}"
        f"</strong>: {html(c.text)}</li>"
        for c in entry.claims
    )
    outlets = ", ".join(_outlets(entry.sources, sources))
    text = f"<ul>{claims}</ul><p>{words.sources}: {esc(outlets)}</p>"
    return {
        **timelinejs_span(entry.date),
        "display_date": words.date(entry.date),
        "text": {"headline": esc(title) if title else html(entry.headline), "text": text},
        "group": words.group(entry.type),
        "unique_id": entry.id,
    }


def timelinejs_json(
    timeline: Timeline,
    lang: str,
    title: str,
    cache: Cache | None = None,
    digests: Mapping[str, bytes] | None = None,
    titles: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The TimelineJS3 document of one language; all text HTML-escaped. With a
    ``cache`` (of this language), events come as their JSON text. ``titles`` are the
    entries' headlines as their pages give them."""
    titles = titles or {}
    known = _digests_for(timeline, cache, digests)
    trans = i18n.translations(lang)
    sources = {s.id: s for s in timeline.sources}
    count = i18n.format_number(len(timeline.entries), lang)
    memo: dict[str, str] = {}
    dates: dict[FuzzyDate, str] = {}
    groups: dict[EventType, str] = {}
    translate = i18n.content_lookup(trans, lang)

    def text_of(text: str) -> str:
        found = memo.get(text)
        if found is None:
            found = memo[text] = _text(text, translate)
        return found

    def date_of(value: FuzzyDate) -> str:
        found = dates.get(value)
        if found is None:
            found = dates[value] = esc(i18n.format_date(value, lang, trans.gettext))
        return found

    def group_of(event_type: EventType) -> str:
        found = groups.get(event_type)
        if found is None:
            found = groups[event_type] = esc(feeds.type_label(event_type, trans))
        return found

    tables = Tables.of(timeline)
    names: dict[tuple[str, str, str | None], str] = {}

    def claimant_of(claim: Claim) -> str:
        # as the pages show it: a known person, actor or body in this language, else
        # the claimant's words marked with their language
        written_in = i18n.claim_language(claim, sources)
        key = (claim.claimant or "", written_in, claim.claimant_actor)
        found = names.get(key)
        if found is None:
            value, mark = page_name(key[0], written_in, key[2], tables, lang, translate)
            found = names[key] = (
                esc(value) if mark is None else f'<span lang="{esc(mark)}">{esc(value)}</span>'
            )
        return found

    words = _EventWords(text_of, date_of, group_of, esc(trans.gettext("Sources")), claimant_of)

    def event(entry: Entry) -> dict[str, Any]:
        return timelinejs_event(entry, sources, words, titles.get(entry.id))

    def event_key(entry: Entry) -> bytes:
        # an event shows its entry, its headline, the outlets of its sources and its
        # claimants as shown in this language (the data's names, the tables of people
        # and bodies: not in the entry's digest)
        shown = (
            _outlets(entry.sources, sources),
            titles.get(entry.id),
            [claimant_of(c) for c in entry.claims if c.claimant],
        )
        return known[entry.id] + repr(shown).encode()

    return {
        "title": {
            "text": {
                "headline": esc(title),
                "text": esc(trans.gettext("Entries") + f": {count}"),
            }
        },
        "events": cached_items(cache, timeline.entries, event_key, event),
    }


def write_timelinejs(
    timeline: Timeline,
    output: Path,
    lang: str,
    title: str = "Timeline",
    name: str = "",
    also: tuple[str, ...] = (),
    cache: Cache | None = None,
    digests: Mapping[str, bytes] | None = None,
    titles: Mapping[str, str] | None = None,
) -> Path:
    """``<lang>/timelinejs.json`` (or ``name``, a path from the site root), and
    the same text at each path of ``also``."""
    path = output / (name or urls.home(lang) + urls.export("timelinejs.json"))
    path.parent.mkdir(parents=True, exist_ok=True)
    write_json(path, timelinejs_json(timeline, lang, title, cache, digests, titles))
    for other in also:
        (output / other).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, output / other)
    return path


def write_timelinejs_files(
    timeline: Timeline, output: Path, languages: tuple[str, ...], title: str
) -> None:
    """``/timelinejs.json`` in the default (first) language, and one per language."""
    for lang in languages:
        also = (urls.export("timelinejs.json"),) if lang == languages[0] else ()
        write_timelinejs(timeline, output, lang, title, also=also)
