"""The Pelican generator: the only module of the pipeline that touches Pelican.

Phase one (``generate_context``) runs the whole pipeline, because merging needs
every seed at once; phase two (``generate_output``) writes pages, feeds and
exports for every language.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from pelican.generators import Generator
from pelican.log import console

from . import ids, site
from .model import HandWrittenPage, Timeline
from .pipeline import all_problems, build_timeline, runner_for
from .progress import terminal_progress
from .report import report_lines
from .settings import TimelineSettings, from_pelican

logger = logging.getLogger(__name__)


class TimelineBuildError(RuntimeError):
    """Strict mode found problems; the message lists them, file by file."""

    exitcode = 2


def settings_base(settings: dict[str, Any]) -> Path:
    """The folder relative paths are resolved against: the project root, the
    parent of the content folder (Pelican makes PATH absolute)."""
    return Path(settings["PATH"]).parent


def hand_written_pages(context: dict[str, Any]) -> list[HandWrittenPage]:
    """Every page of content/ and its translations, as plain values."""
    found: list[HandWrittenPage] = []
    for page in [*context.get("pages", []), *context.get("hidden_pages", [])]:
        for version in [page, *getattr(page, "translations", [])]:
            found.append(
                HandWrittenPage(
                    slug=version.slug,
                    lang=version.lang,
                    title=version.title,
                    html=version.content,
                )
            )
    return sorted(set(found), key=lambda p: (p.slug, p.lang))


def seed_count(folder: Path) -> int:
    """How many entries the seeds folder has (0 when it is missing)."""
    try:
        with os.scandir(folder) as found:
            return sum(1 for _ in found)
    except OSError:
        return 0


def early_writers(settings: TimelineSettings) -> site.PageWriters | None:
    """Page writers started before the pipeline, for a build that will write
    its pages in several processes (see ``site.PageWriters``)."""
    if settings.workers > 1 and seed_count(settings.seeds) >= site.PARALLEL_FROM:
        return site.PageWriters(settings.workers - 1)
    return None


class TimelineGenerator(Generator):  # type: ignore[misc]
    """Reads the seeds, builds the timeline and writes the site."""

    writers: site.PageWriters | None = None

    def generate_context(self) -> None:
        self.timeline_settings: TimelineSettings = from_pelican(
            self.settings, settings_base(self.settings)
        )
        self.stage = terminal_progress(console)
        self.writers = early_writers(self.timeline_settings)
        try:
            self._build()
        except BaseException:
            if self.writers is not None:
                self.writers.close()
            raise

    def _build(self) -> None:
        settings = self.timeline_settings
        if not settings.seeds.is_dir():
            raise TimelineBuildError(
                f"{settings.seeds}: seed folder not found; nothing built "
                "(check TIMELINE_SEEDS or --seeds)"
            )
        # the page writer waits for pages: it may meanwhile merge claims
        run = runner_for(settings, helper=self.writers)
        try:
            timeline: Timeline = build_timeline(settings, self.stage, run, save_registry=False)
        except BaseException:
            run.close(store=False)
            raise
        run.close()
        self.timeline = timeline
        self.context["timeline"] = timeline
        # one call: printed line by line, 4,000 lines took 0.2 s
        lines = report_lines(timeline, self.timeline_settings.report_files)
        console.print("\n".join(lines), markup=False, highlight=False, soft_wrap=True)
        problems = all_problems(timeline)
        if self.timeline_settings.strict and problems:
            raise TimelineBuildError(
                f"strict mode: {len(problems)} problems, nothing written:\n  "
                + "\n  ".join(str(p) for p in problems)
            )

    def generate_output(self, writer: Any) -> None:
        output = Path(self.output_path)
        output.mkdir(parents=True, exist_ok=True)
        pages = hand_written_pages(self.context)
        settings = self.timeline_settings
        # pages, feeds and exports, in settings.workers processes for a large timeline
        with self.stage(f"writing pages in {len(settings.languages)} languages, feeds, exports"):
            writers, self.writers = self.writers, None
            site.write_site(self.timeline, pages, settings, output, True, writers)
        hand_over_registry(self.timeline, settings)


def hand_over_registry(timeline: Timeline, settings: TimelineSettings) -> None:
    """The registry's new text, once every page is written: to the pending
    file timeline.build moves into place after the swap, or (a plain
    ``pelican`` run) into the registry itself. Left alone when the pipeline
    found the registry unfit to overwrite (``registry_text`` None)."""
    text = timeline.registry_text
    if text is None:
        return
    if settings.registry_pending is not None:
        settings.registry_pending.write_text(text, encoding="utf-8")
        return
    skipped = ids.commit_registry(settings.registry, text)
    if skipped:
        logger.warning("%s", skipped)
