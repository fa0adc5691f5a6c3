"""The build report: what the build did with each seed, and every problem."""

from __future__ import annotations

from collections import Counter

from .model import SourceArticle, Timeline
from .names import visible

_MARK = {"ok": "ok", "warning": "warning", "error": "ERROR", "note": "note"}


def _describe(source: SourceArticle, claims: int) -> str:
    if source.status == "error":
        return "not used"
    published = source.published.isoformat() if source.published else "undated"
    how = f" ({source.published_from})" if source.published_from else ""
    story = f", story {source.story}" if source.story and source.story != source.id else ""
    return f"published {published}{how}{story}, {claims} claims"


def claims_per_source(timeline: Timeline) -> Counter[str]:
    counts: Counter[str] = Counter()
    for entry in timeline.entries:
        for claim in entry.claims:
            counts.update(claim.sources)
    return counts


def _name(source: SourceArticle) -> str:
    """The file, and for one of the articles of a scraper's file, which one."""
    if source.file.rsplit(".", 1)[0] == source.id:
        return source.file
    return f"{source.file} [{source.id}]"


def report_lines(timeline: Timeline, max_files: int) -> list[str]:
    """One line per seed (or only the seeds with problems when there are more
    than ``max_files``), each problem indented under its file, then a summary.
    Every line is ``names.visible``: a newline or a direction-changing
    character in a file name is shown as an escape."""
    counts = claims_per_source(timeline)
    show_all = len(timeline.sources) <= max_files
    lines: list[str] = []
    for source in timeline.sources:
        if show_all or source.problems:
            described = _describe(source, counts[source.id])
            lines.append(f"{_MARK[source.status]:>7}  {_name(source)}: {described}")
            lines.extend(f"         - {p.severity}: {p}" for p in source.problems)
    if not show_all:
        quiet = sum(1 for s in timeline.sources if not s.problems)
        lines.append(f"     ok  {quiet} more seeds without problems (listed in timeline.json)")
    marks = {"error": "  ERROR", "warning": "warning", "note": "   note"}
    lines.extend(f"{marks[p.severity]}  {p}" for p in timeline.problems)
    status = Counter(s.status for s in timeline.sources)
    lines = [visible(line) for line in lines]  # a name cannot break or forge a line
    lines.append(
        f"timeline: {len(timeline.sources)} seeds read ({status['ok']} ok, "
        f"{status['warning']} with warnings, {status['error']} not used), "
        f"{len(timeline.stories)} stories, {len(timeline.entries)} entries, "
        f"{sum(len(e.claims) for e in timeline.entries)} claims, "
        f"{problem_count(timeline)} problems"
    )
    return lines


def problem_count(timeline: Timeline) -> int:
    """Errors and warnings (notes are not problems)."""
    found = [*timeline.problems, *(p for s in timeline.sources for p in s.problems)]
    return sum(1 for p in found if p.severity != "note")
