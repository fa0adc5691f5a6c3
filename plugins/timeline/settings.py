"""One typed settings object, read from Pelican's settings and validated once.

Every ``TIMELINE_*`` key is declared in ``SETTINGS`` with its default and help
text; ``docs/settings.md`` lists them all (a test checks that it does). A key
that starts with ``TIMELINE_`` but is not declared is an error, so a misspelt
setting cannot pass in silence.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

SortOrder = Literal["newest", "oldest"]


class SettingsError(ValueError):
    """A TIMELINE_* setting is missing, misspelt or of the wrong type."""


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    kind: type | tuple[type, ...]
    help: str


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "TIMELINE_SEEDS", "seeds", str, "Folder of seed articles, relative to the settings file."
    ),
    SettingSpec(
        "TIMELINE_DATA",
        "data",
        str,
        "Folder of the conflict's knowledge files (gazetteer.yaml, actors.yaml, "
        "event-types.yaml, outlets.yaml), relative to the settings file.",
    ),
    SettingSpec(
        "TIMELINE_REGISTRY",
        "",
        str,
        "File that keeps entry ids stable across builds; empty means "
        "<TIMELINE_SEEDS>/registry.yaml. Commit it with the seeds.",
    ),
    SettingSpec(
        "TIMELINE_LANGUAGES",
        ["en", "hy", "az", "ru", "fr"],
        list,
        "Languages the site is rendered in, each under /<lang>/; the first is the "
        "default, which the site root leads to.",
    ),
    SettingSpec(
        "TIMELINE_FULL_TEXT",
        False,
        bool,
        "Publish the whole text of every article on its source page. Off by default: "
        "a source page cites (metadata, the sentences the timeline uses, a link to the "
        "original); an article whose sources.yaml entry says full_text: true is "
        "published whole either way.",
    ),
    SettingSpec(
        "TIMELINE_SORT", "newest", str, 'Order of the home page: "newest" or "oldest" first.'
    ),
    SettingSpec(
        "TIMELINE_STRICT", False, bool, "Fail the build on any problem with any seed or data file."
    ),
    SettingSpec(
        "TIMELINE_REFERENCE_DATE",
        "",
        str,
        "YYYY-MM-DD: dates after it are refused as impossible. Empty means today "
        "(or the day of SOURCE_DATE_EPOCH when that is set).",
    ),
    SettingSpec(
        "TIMELINE_MAX_SEED_BYTES", 2_000_000, int, "Seed files larger than this are refused."
    ),
    SettingSpec(
        "TIMELINE_STORY_THRESHOLD",
        0.15,
        float,
        "Word 3-shingle Jaccard similarity from which two articles are copies of one story.",
    ),
    SettingSpec(
        "TIMELINE_STORY_MAX_DAYS",
        3,
        int,
        "Articles published further apart than this many days are never one story.",
    ),
    SettingSpec(
        "TIMELINE_WORKERS", 0, int, "Processes for per-article work; 0 means one per core."
    ),
    SettingSpec(
        "TIMELINE_REPORT_FILES",
        200,
        int,
        "The build prints one line per seed when there are at most this many seeds "
        "(problems are always printed, file by file).",
    ),
    SettingSpec(
        "TIMELINE_CACHE",
        True,
        bool,
        "Keep extracted claims per article under CACHE_PATH, keyed by content and code, "
        "so a rebuild redoes only new or changed articles.",
    ),
    SettingSpec("TIMELINE_SEARCH", True, bool, "Build the Pagefind search index after the site."),
    SettingSpec(
        "TIMELINE_FEED_ITEMS",
        100,
        int,
        "Items per feed: the entries most recently published or updated, newest "
        "entry first; 0 means every entry.",
    ),
    SettingSpec(
        "TIMELINE_FEED_ID_PREFIX",
        "",
        str,
        "Prefix of feed GUIDs (a tag: URI authority); empty means tag:<SITEURL host>,2021:",
    ),
    SettingSpec(
        "TIMELINE_PREVIOUS_OUTPUT",
        "",
        str,
        "Folder of the previous build's site: pages whose inputs did not change are "
        "linked from it instead of rendered (keys under CACHE_PATH/pages, when "
        "TIMELINE_CACHE is on). timeline.build sets it to the output folder; empty "
        "means every page is rendered.",
    ),
    SettingSpec(
        "TIMELINE_REGISTRY_PENDING",
        "",
        str,
        "Where a build puts the registry's new text instead of writing the registry: "
        "timeline.build sets it, and moves the text into the registry only once the "
        "new site is in place, so a failed or killed build never changes it. Empty "
        "means the registry is written when the site is written.",
    ),
    SettingSpec(
        "TIMELINE_OUTPUT_RETENTION",
        [".git", ".nojekyll", "CNAME"],
        list,
        "Top-level names in the output folder that a build keeps (plain names, as "
        "Pelican's OUTPUT_RETENTION): a GitHub Pages checkout's .git/, CNAME and "
        ".nojekyll. Every other top-level name starting with a dot is kept too.",
    ),
)

_BY_KEY = {spec.key: spec for spec in SETTINGS}


@dataclass(frozen=True)
class TimelineSettings:
    seeds: Path
    data: Path
    registry: Path
    languages: tuple[str, ...]
    sort: SortOrder
    strict: bool
    reference_date: dt.date
    max_seed_bytes: int
    story_threshold: float
    story_max_days: int
    workers: int
    report_files: int
    search: bool
    use_cache: bool
    feed_id_prefix: str
    feed_items: int
    site_url: str
    site_name: str
    relative_urls: bool
    output: Path
    cache: Path
    previous_output: Path | None = None
    registry_pending: Path | None = None
    output_retention: tuple[str, ...] = (".git", ".nojekyll", "CNAME")
    full_text: bool = False

    @property
    def default_language(self) -> str:
        return self.languages[0]


def _reference_date(value: str) -> dt.date:
    if value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            raise SettingsError(f"TIMELINE_REFERENCE_DATE: {value!r} is not YYYY-MM-DD") from exc
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return dt.date.today()


def _typed(raw: Mapping[str, Any]) -> dict[str, Any]:
    errors: list[str] = []
    for key in sorted(raw):
        if key.startswith("TIMELINE_") and key not in _BY_KEY:
            errors.append(f"{key}: unknown setting (known: {', '.join(sorted(_BY_KEY))})")
    values: dict[str, Any] = {}
    for spec in SETTINGS:
        value = raw.get(spec.key, spec.default)
        if spec.kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if isinstance(value, bool) and spec.kind is not bool:
            errors.append(f"{spec.key}: expected {spec.kind.__name__}, got {value!r}")  # type: ignore[union-attr]
        elif not isinstance(value, spec.kind):
            name = getattr(spec.kind, "__name__", str(spec.kind))
            errors.append(f"{spec.key}: expected {name}, got {type(value).__name__} {value!r}")
        values[spec.key] = value
    if not errors:
        if values["TIMELINE_SORT"] not in ("newest", "oldest"):
            errors.append(
                f'TIMELINE_SORT: expected "newest" or "oldest", got {values["TIMELINE_SORT"]!r}'
            )
        langs = values["TIMELINE_LANGUAGES"]
        if not langs or not all(isinstance(x, str) and x for x in langs):
            errors.append("TIMELINE_LANGUAGES: expected a non-empty list of language codes")
        kept = values["TIMELINE_OUTPUT_RETENTION"]
        plain = (isinstance(x, str) and x and "/" not in x and x not in (".", "..") for x in kept)
        if not all(plain):
            errors.append(
                "TIMELINE_OUTPUT_RETENTION: expected a list of plain top-level names "
                f"(no paths), got {kept!r}"
            )
    if errors:
        raise SettingsError("invalid settings:\n  " + "\n  ".join(errors))
    return values


def from_pelican(raw: Mapping[str, Any], base: Path) -> TimelineSettings:
    """Build the settings from Pelican's settings dict; relative paths are
    resolved against ``base`` (the folder of the settings file)."""
    v = _typed(raw)
    seeds = (base / v["TIMELINE_SEEDS"]).resolve()
    registry = Path(v["TIMELINE_REGISTRY"]) if v["TIMELINE_REGISTRY"] else seeds / "registry.yaml"
    if not registry.is_absolute():
        registry = (base / registry).resolve()
    site_url = str(raw.get("SITEURL", "")).rstrip("/")
    if not site_url:
        raise SettingsError(
            "SITEURL is empty: feeds, hreflang and the sitemap need an absolute URL"
        )
    return TimelineSettings(
        seeds=seeds,
        data=(base / v["TIMELINE_DATA"]).resolve(),
        registry=registry,
        languages=tuple(v["TIMELINE_LANGUAGES"]),
        sort=v["TIMELINE_SORT"],
        strict=v["TIMELINE_STRICT"],
        reference_date=_reference_date(v["TIMELINE_REFERENCE_DATE"]),
        max_seed_bytes=v["TIMELINE_MAX_SEED_BYTES"],
        story_threshold=v["TIMELINE_STORY_THRESHOLD"],
        story_max_days=v["TIMELINE_STORY_MAX_DAYS"],
        workers=v["TIMELINE_WORKERS"] or (os.cpu_count() or 1),
        report_files=v["TIMELINE_REPORT_FILES"],
        search=v["TIMELINE_SEARCH"],
        use_cache=v["TIMELINE_CACHE"],
        feed_id_prefix=v["TIMELINE_FEED_ID_PREFIX"],
        feed_items=v["TIMELINE_FEED_ITEMS"],
        site_url=site_url,
        site_name=str(raw.get("SITENAME", "Timeline")),
        relative_urls=bool(raw.get("RELATIVE_URLS", True)),
        output=Path(str(raw.get("OUTPUT_PATH", "output"))),
        cache=Path(str(raw.get("CACHE_PATH", "cache"))),
        previous_output=(
            Path(v["TIMELINE_PREVIOUS_OUTPUT"]) if v["TIMELINE_PREVIOUS_OUTPUT"] else None
        ),
        registry_pending=(
            Path(v["TIMELINE_REGISTRY_PENDING"]) if v["TIMELINE_REGISTRY_PENDING"] else None
        ),
        output_retention=tuple(v["TIMELINE_OUTPUT_RETENTION"]),
        full_text=v["TIMELINE_FULL_TEXT"],
    )


def settings_for(base: Path, **values: Any) -> TimelineSettings:
    """Settings for scripts and tests: Pelican and ``TIMELINE_*`` keys given as
    keyword arguments, validated like pelicanconf.py's, the rest defaults.
    Paths are resolved against ``base``."""
    raw: dict[str, Any] = {"SITEURL": "http://127.0.0.1:8000", "PATH": str(base / "content")}
    raw.update(values)
    return from_pelican(raw, base)
