"""Reuse unchanged pages of the previous build instead of rendering them again.

Every page is keyed by a hash of everything it is rendered from: a
fingerprint of the code and templates that render pages, of the language's
catalogs and of the settings that change output (:func:`fingerprint`), plus
the page's own template name and context as a stable serialisation
(:func:`page_key`). Never by modification times.

The build writes into a fresh staging folder; the previous site is at
``TIMELINE_PREVIOUS_OUTPUT`` (``timeline.build`` passes the final output
folder). The keys of the pages of the last build are kept in
``CACHE_PATH/pages/index.json`` with the identity of the file each was written
to (device, inode, size, modification time in ns): a page is reused only when
its key is the same *and* the file at the previous output is still the very
file that build wrote, so a previous output that was rebuilt elsewhere,
edited, deleted or left from a failed build is never reused. A reused page is
hard-linked (copied where links are not possible) into the staging folder.
A missing or unreadable index, or a missing previous output, only means every
page is rendered.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path
from typing import Any

from . import urls
from .cache import local_imports, stable_bytes

logger = logging.getLogger(__name__)

INDEX_VERSION = 1
#: The code and data every page's bytes depend on besides its context.
_PACKAGE = Path(__file__).resolve().parent

#: Libraries whose version can change the bytes of a page.
_LIBRARIES = ("jinja2", "markupsafe", "babel")

Record = tuple[str, int, int, int, int]  # key, device, inode, size, mtime_ns


def _hash_files(digest: Any, files: Iterable[Path]) -> None:
    for file in sorted(files):
        if file.is_file():
            digest.update(str(file).encode("utf-8") + b"\0")
            digest.update(file.read_bytes())
            digest.update(b"\0")


def fingerprint(template_dir: Path, catalog_dirs: Iterable[Path], settings: Any) -> str:
    """What every page of one language is rendered with, besides its context:
    the rendering code, the templates, the catalogs (``.po`` and ``.mo``), the
    library versions and the settings (their ``repr``)."""
    digest = hashlib.blake2b(digest_size=20)
    versions = " ".join(f"{name} {metadata.version(name)}" for name in _LIBRARIES)
    digest.update(f"v{INDEX_VERSION} {versions}\0".encode())
    # the modules that write pages and exports, and every plugin module they
    # import (read from their import lines, so none is forgotten)
    _hash_files(digest, (_PACKAGE / f"{name}.py" for name in local_imports("site")))
    _hash_files(digest, template_dir.rglob("*"))
    for folder in catalog_dirs:
        _hash_files(digest, folder.rglob("*.[mp]o"))
    digest.update(repr(settings).encode("utf-8"))
    return digest.hexdigest()


def digest(value: Any) -> str:
    """A digest of ``stable_bytes(value)``."""
    return hashlib.blake2b(stable_bytes(value), digest_size=20).hexdigest()


def page_key(base: str, name: str, context: Mapping[str, Any]) -> str:
    """The key of one page: ``base`` (the language's fingerprint and page
    constants), the template name and the page's context."""
    return key_of(base, name, stable_bytes(sorted(context.items())))


def inputs_bytes(inputs: Any) -> bytes:
    """What ``page_key`` hashes for the context ``{" inputs": inputs}``: made
    once for a page whose inputs are the same in every language."""
    return stable_bytes([(" inputs", inputs)])


def key_of(base: str, name: str, context_bytes: bytes) -> str:
    """``page_key`` from the context's ``stable_bytes`` (sorted items)."""
    digest = hashlib.blake2b(digest_size=20)
    digest.update(base.encode("utf-8"))
    digest.update(b"\0" + name.encode("utf-8") + b"\0")
    digest.update(context_bytes)
    return digest.hexdigest()


def _identity(path: str | Path) -> tuple[int, int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


class PageCache:
    """Looks pages up in the previous build and records the keys of this one."""

    def __init__(self, index_file: Path | None, previous: Path | None, output: Path) -> None:
        self.index_file = index_file
        self.previous = previous
        self.output = output
        self.old: dict[str, Record] = {}
        self.new: dict[str, Record] = {}
        self.hits = 0
        self.misses = 0
        if index_file is not None and previous is not None:
            self.old = _read_index(index_file)

    @property
    def enabled(self) -> bool:
        return self.index_file is not None

    @property
    def rebuilds_previous(self) -> bool:
        """Whether a previous build's pages may be linked: it is there and
        its index was read."""
        return self.previous is not None and bool(self.old)

    def reuse(self, path: str, key: str, target: str | Path) -> bool:
        """Link the previous build's file of ``path`` to ``target`` if its key is
        ``key`` and it is still the file that build wrote; record it."""
        if self.previous is None:
            return False
        old = self.old.get(path)
        if old is None or old[0] != key:
            self.misses += 1
            return False
        source = os.path.join(self.previous, urls.file_of(path))
        identity = _identity(source)
        if identity is None or identity != old[1:]:
            self.misses += 1
            return False
        try:
            os.link(source, target)
        except OSError:
            try:
                shutil.copyfile(source, target)
            except OSError:
                self.misses += 1
                return False
            self.record(path, key, target)
        else:
            self.new[path] = (key, *identity)  # a link is the same file: no second stat
        self.hits += 1
        return True

    def record(self, path: str, key: str, target: str | Path) -> None:
        found = _identity(target)
        if found is not None:
            self.new[path] = (key, *found)

    def save(self, records: Mapping[str, Record]) -> None:
        """Write the index of this build (atomically)."""
        if self.index_file is None:
            return
        try:
            self.index_file.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.index_file.with_name(f".{self.index_file.name}.{os.getpid()}")
            data = {"version": INDEX_VERSION, "pages": records}  # a tuple is a JSON array
            temporary.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
            os.replace(temporary, self.index_file)
        except OSError as exc:
            logger.warning("page cache: could not write %s: %s", self.index_file, exc)


def _read_index(index_file: Path) -> dict[str, Record]:
    try:
        data = json.loads(index_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != INDEX_VERSION:
        return {}
    pages = data.get("pages")
    if not isinstance(pages, dict):
        return {}
    found: dict[str, Record] = {}
    for path, record in pages.items():
        if (
            isinstance(record, list)
            and len(record) == 5
            and isinstance(record[0], str)
            and all(isinstance(v, int) for v in record[1:])
        ):
            found[path] = (record[0], record[1], record[2], record[3], record[4])
    return found


def for_build(cache_dir: Path, previous: Path | None, output: Path, use: bool) -> PageCache:
    """The page cache of a build writing to ``output``; off (every page
    rendered, nothing recorded) when ``use`` is false, and nothing reused when
    there is no previous output distinct from ``output``."""
    if not use:
        return PageCache(None, None, output)
    index_file = cache_dir / "pages" / "index.json"
    if previous is not None:
        try:
            same = previous.resolve() == output.resolve()
        except OSError:
            same = True
        if same or not previous.is_dir():
            previous = None
    return PageCache(index_file, previous, output)
