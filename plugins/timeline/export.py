"""Downloadable exports of the timeline; ``timeline.json`` is the contract.

The JSON layout is documented in README.md ("The export"). Everything here is
deterministic: keys sorted, lists in a fixed order, no build time.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from .model import Claim, Entry, Figure, FuzzyDate, SourceArticle, Story, Timeline

EXPORT_VERSION = 1


def _figures(figures: tuple[Figure, ...]) -> dict[str, int]:
    return {f.kind: f.value for f in sorted(figures)}


def _qualifiers(figures: tuple[Figure, ...]) -> dict[str, str]:
    return {f.kind: f.qualifier for f in sorted(figures) if f.qualifier}


def _date(value: FuzzyDate | None) -> str | None:
    return value.edtf if value is not None else None


def claim_json(claim: Claim) -> dict[str, Any]:
    return {
        "text": claim.text,
        "claimant": claim.claimant,
        "actors": list(claim.actors),
        "date": claim.date.edtf,
        "precision": claim.date.precision,
        "part_of_day": claim.date.part_of_day,
        "date_inherited": claim.date_inherited,
        "said_on": _date(claim.said_on),
        "figures": _figures(claim.figures),
        "figure_qualifiers": _qualifiers(claim.figures),
        "places": list(claim.places),
        "type": claim.event_type,
        "conflict_group": claim.conflict_group,
        "sources": list(claim.sources),
        "quotes": [
            {"source": q.source, "sentence": q.sentence, "text": q.text} for q in claim.quotes
        ],
    }


def independent_sources(entry: Entry, stories_by_member: dict[str, Story]) -> list[str]:
    """The stories (one per independent origin) among an entry's sources."""
    return sorted({stories_by_member[s].id if s in stories_by_member else s for s in entry.sources})


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


def source_json(source: SourceArticle) -> dict[str, Any]:
    return {
        "id": source.id,
        "file": source.file,
        "headline": source.headline,
        "published": source.published.isoformat() if source.published else None,
        "published_from": source.published_from,
        "outlet": source.outlet,
        "wire": source.wire,
        "author": source.author,
        "language": source.language,
        "url": source.url,
        "cites": list(source.cites),
        "story": source.story or source.id,
        "status": source.status,
        "problems": [str(p) for p in source.problems],
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


def timeline_json(timeline: Timeline) -> dict[str, Any]:
    members = stories_by_member(timeline)
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
        "sources": [source_json(s) for s in timeline.sources],
        "stories": [story_json(s) for s in timeline.stories],
        "entries": [entry_json(e, members) for e in timeline.entries],
        "redirects": [{"from": r.old, "to": r.new} for r in timeline.redirects],
        "problems": [str(p) for p in timeline.problems],
    }


def dump_json(data: Any) -> str:
    """Stable JSON text: sorted keys, UTF-8 kept, `</` escaped for safe inlining."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
    return text.replace("</", "<\\/") + "\n"


def write_timeline_json(timeline: Timeline, output: Path) -> Path:
    path = output / "timeline.json"
    path.write_text(dump_json(timeline_json(timeline)), encoding="utf-8")
    return path
