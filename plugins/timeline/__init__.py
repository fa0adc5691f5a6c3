"""Pelican plugin: turns a folder of raw news articles into a conflict timeline.

``register()`` only connects signals; the work is done by
:class:`timeline.generator.TimelineGenerator`.
"""

from __future__ import annotations

from typing import Any

from pelican import signals


def get_generators(pelican_object: Any) -> type:
    from .generator import TimelineGenerator

    return TimelineGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
