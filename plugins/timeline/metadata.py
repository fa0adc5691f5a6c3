"""The maintainer's ``seeds/sources.yaml``: what is known about a seed that its text does not say.

The file maps seed file names to a few optional keys::

    003_affd13a85727f29b.txt:
      published: 2022-09-13
      outlet: Mehr News Agency
      language: en

Every problem is collected and returned; nothing here raises on bad input.
YAML aliases are refused, so an alias bomb ("billion laughs") cannot expand.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

from .model import Problem
from .names import strip_invisible
from .runner import SERIAL, Runner

log = logging.getLogger(__name__)

MAX_METADATA_BYTES = 1_000_000
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_HINT_KEYS = "allowed keys: {keys}"
_HINTS: dict[str, str] = {
    "published": "write the date as YYYY-MM-DD",
    "url": "give the article's address as https://...",
    "language": "use a two- or three-letter code",
}
_HINTS.update(
    {
        k: "write it as plain text"
        for k in ("outlet", "wire", "author", "headline", "notes", "license")
    }
)
_HINTS["full_text"] = "write true or false"


@dataclass(frozen=True)
class SeedMetadata:
    """What the maintainer states about one seed file. Every field is optional."""

    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    published: dt.date | None = None
    wire: str | None = None
    author: str | None = None
    headline: str | None = None
    notes: str | None = None
    # what the site may publish of the article: its licence (for readers),
    # and whether its whole text may be shown (else only the sentences cited)
    license: str | None = None
    full_text: bool | None = None


ALLOWED_KEYS: tuple[str, ...] = tuple(f.name for f in fields(SeedMetadata))


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases, so an alias bomb cannot expand."""

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(
                None,
                None,
                _ALIASES,
                event.start_mark,
            )
        return super().compose_node(parent, index)


def _display(path: Path) -> str:
    return f"{path.parent.name}/{path.name}" if path.parent.name else path.name


def _line(node: Node) -> int:
    return int(node.start_mark.line) + 1


_ALIASES = "YAML aliases (*name) are not allowed in this file; write each value out"
# libyaml's parser when PyYAML has it: a seeds folder's sources.yaml may list
# thousands of files (4,000 entries: 0.26 s in Python, 0.03 s with libyaml)
_FAST_LOADER: type[yaml.SafeLoader] | None = getattr(yaml, "CSafeLoader", None)


def _compose(text: str) -> Node | None:
    """The node tree of ``text``; an alias is refused where it stands."""
    if _FAST_LOADER is None:
        loader: yaml.SafeLoader = _StrictLoader(text)
    else:
        for event in yaml.parse(text, Loader=_FAST_LOADER):
            if isinstance(event, yaml.AliasEvent):
                at = event.start_mark  # libyaml's: its line and column, as a Mark
                mark = None if at is None else yaml.Mark("", at.index, at.line, at.column, None, 0)
                raise yaml.composer.ComposerError(None, None, _ALIASES, mark)
        loader = _FAST_LOADER(text)
    try:
        node: Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


def _parse(text: str, display: str) -> tuple[Node | None, list[Problem]]:
    try:
        return _compose(text), []
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = int(mark.line) + 1 if mark is not None else None
        what = exc.problem or str(exc)
        return None, [
            Problem(display, line, f"malformed YAML: {what}", "fix the YAML syntax", "error")
        ]
    except (yaml.YAMLError, RecursionError) as exc:
        return None, [
            Problem(display, None, f"malformed YAML: {exc}", "fix the YAML syntax", "error")
        ]


def _scalar_value(node: ScalarNode) -> object:
    """Construct one scalar the way safe_load would, but keep impossible dates as text."""
    loader = _StrictLoader("")
    try:
        return loader.construct_object(node, deep=True)
    except (ValueError, yaml.YAMLError):
        return str(node.value)
    finally:
        loader.dispose()


def url_problem(value: str) -> str | None:
    """Return why ``value`` is not a plain absolute http(s) URL, or None."""
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in value):
        return "contains spaces or control characters"
    try:
        parts = urlsplit(value)
    except ValueError:
        return "cannot be parsed"
    if parts.scheme.lower() not in ("http", "https"):
        return f"scheme {parts.scheme + ':' if parts.scheme else '(none)'} is not http: or https:"
    if not parts.hostname:
        return "has no host name"
    return None


def _parse_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _check_value(key: str, value: object) -> tuple[object, str | None]:
    """Validate one key's value; return the value to keep and why it is wrong (or None)."""
    if value is None:
        return None, None
    if key == "published":
        date = _parse_date(value)
        if date is None:
            return None, f"{value!r} is not a date (write YYYY-MM-DD)"
        return date, None
    if key == "full_text":
        if isinstance(value, bool):
            return value, None
        return None, f"{value!r} is not true or false"
    if not isinstance(value, str):
        return None, f"must be text, not {type(value).__name__} {value!r}"
    text = value.strip()
    if not text:
        return None, None
    if key == "url":
        why = url_problem(text)
        if why:
            return None, f"{text!r} is not a plain http(s) URL: {why}"
    if key == "language" and not _LANGUAGE.match(text):
        return None, f"{text!r} is not a language code such as en, fr, ru, hy, az"
    return text, None


def _entry(name: str, node: Node, display: str) -> tuple[SeedMetadata | None, list[Problem]]:
    problems: list[Problem] = []
    if isinstance(node, ScalarNode) and _scalar_value(node) is None:
        return SeedMetadata(), []
    if not isinstance(node, MappingNode):
        return None, [
            Problem(
                display,
                _line(node),
                f"entry {name!r} must be a mapping of keys to values",
                _HINT_KEYS.format(keys=", ".join(ALLOWED_KEYS)),
                "error",
            )
        ]
    values: dict[str, object] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value) if isinstance(key_node, ScalarNode) else "?"
        line = _line(key_node)
        if key not in ALLOWED_KEYS:
            problems.append(
                Problem(
                    display,
                    line,
                    f"entry {name!r}: unknown key {key!r}",
                    _HINT_KEYS.format(keys=", ".join(ALLOWED_KEYS)),
                    "error",
                )
            )
            continue
        if key in values:
            problems.append(
                Problem(display, line, f"entry {name!r}: key {key!r} given twice", "", "error")
            )
            continue
        if isinstance(value_node, ScalarNode):
            value, why = _check_value(key, _scalar_value(value_node))
        else:
            kind = "a list" if value_node.id == "sequence" else "a mapping"
            value, why = None, f"must be text, not {kind}"
        if why:
            message = f"entry {name!r}, key {key!r}: {why}"
            problems.append(Problem(display, _line(value_node), message, _HINTS[key], "error"))
            continue
        if isinstance(value, str):
            value, removed, _ = strip_invisible(value)
            if removed:
                message = (
                    f"entry {name!r}, key {key!r}: invisible or direction-changing "
                    f"characters removed ({', '.join(removed)})"
                )
                hint = "they can hide or reorder what a reader sees"
                problems.append(Problem(display, _line(value_node), message, hint, "warning"))
        values[key] = value
    return SeedMetadata(**values), problems  # type: ignore[arg-type]


def parse_metadata(text: str, display: str) -> tuple[dict[str, SeedMetadata], list[Problem]]:
    """Validate the text of a sources.yaml; see ``load_metadata``."""
    node, problems = _parse(text, display)
    if node is None:
        return {}, problems
    if isinstance(node, ScalarNode) and node.tag.endswith(":null"):
        return {}, []
    if not isinstance(node, MappingNode):
        return {}, [
            Problem(
                display,
                _line(node),
                "the file must be a mapping from seed file names to entries",
                "write one 'name.txt:' key per seed, with its keys indented below",
                "error",
            )
        ]
    result: dict[str, SeedMetadata] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, ScalarNode) or not str(key_node.value).strip():
            problems.append(
                Problem(display, _line(key_node), "entry keys must be seed file names", "", "error")
            )
            continue
        name = str(key_node.value).strip()
        if name in result:
            problems.append(
                Problem(display, _line(key_node), f"entry {name!r} given twice", "", "error")
            )
            continue
        meta, entry_problems = _entry(name, value_node, display)
        problems.extend(entry_problems)
        if meta is not None:
            result[name] = meta
    return result, problems


def load_metadata(
    path: Path, display_name: str | None = None, run: Runner = SERIAL
) -> tuple[dict[str, SeedMetadata], list[Problem]]:
    """Read and validate a sources.yaml, keyed by seed file name.

    A missing file is no problem: ``({}, [])``. Entries with errors keep
    their valid keys; each bad key is reported with the entry and line.
    A runner with a cache does not parse again a text validated before.
    """
    display = display_name or _display(path)
    if not path.is_file():
        return {}, []
    try:
        size = path.stat().st_size
        if size > MAX_METADATA_BYTES:
            return {}, [
                Problem(
                    display,
                    None,
                    f"file is {size:,} bytes, over the {MAX_METADATA_BYTES:,}-byte limit",
                    "split or trim it",
                    "error",
                )
            ]
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return {}, [Problem(display, None, f"not UTF-8: {exc}", "save it as UTF-8", "error")]
    except OSError as exc:
        return {}, [Problem(display, None, f"cannot read: {exc.strerror}", "", "error")]
    result, problems = run.once(
        "ingest",
        lambda: [b"sources.yaml", display.encode(), text.encode("utf-8", "surrogatepass")],
        functools.partial(parse_metadata, text, display),
    )
    for problem in problems:
        log.debug("%s", problem)
    return result, problems
