"""A content-addressed cache of per-article work, kept under CACHE_PATH.

A value is found only by the hash of everything it was computed from: its
input (the article's repr, or the bytes of a seed file) plus a fingerprint
of the code and data that compute it. A change to any of them is a different
key, so a stale value can never be returned and never change the output.

Storage: one pack file per namespace (``root/timeline/<namespace>/entries.pack``),
a pickled mapping of key -> (checksum, pickled value), read once on the first
``get`` and written once at the end of a build (``sweep``), atomically (a
temporary file renamed over the old one). It then holds exactly the values
this build used, so the cache holds one build's worth of values; when a
build used exactly what the pack held, nothing is written. A damaged pack,
or an entry whose checksum or pickle is bad, is a miss. The checksum (CRC-32)
guards against damage, not forgery: it is read over every value of a
rebuild, about 120 MB at 4,000 articles, five times faster than a
cryptographic hash.
"""

from __future__ import annotations

import functools
import hashlib
import io
import logging
import os
import pickle
import re
import tempfile
import zlib
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

from .packs import pack_files

logger = logging.getLogger(__name__)

PACKAGE = Path(__file__).resolve().parent
PACK = "entries.pack"
#: Libraries whose version can change what the pipeline computes (Babel's
#: month and weekday names, YAML parsing, MinHash arithmetic).
LIBRARIES = ("babel", "pyyaml", "numpy")

T = TypeVar("T")


def digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


def fingerprint(files: Iterable[Path]) -> str:
    """Hash of the names and bytes of ``files`` (missing files count as empty)."""
    parts: list[bytes] = []
    for path in sorted(set(files)):
        parts.append(str(path.name).encode())
        parts.append(path.read_bytes() if path.is_file() else b"")
    return digest(*parts)


#: ``from .x import y`` and ``from . import x, y`` (parenthesised or not),
#: wherever they stand. Cheaper than parsing the modules: a text that only
#: looks like an import (in a docstring) adds a module, never hides one.
_RELATIVE_IMPORT = re.compile(
    r"^[ \t]*from[ \t]+\.(\w*)(?:\.\w+)*[ \t]+import[ \t]+(\([^)]*\)|[^\n#]*)", re.MULTILINE
)


@functools.cache
def _imported_by(name: str) -> tuple[str, ...]:
    """The plugin modules ``name`` imports itself; read once per process."""
    path = PACKAGE / f"{name}.py"
    if not path.is_file():
        return ()
    found: list[str] = []
    for module, names in _RELATIVE_IMPORT.findall(path.read_text(encoding="utf-8")):
        if module:
            found.append(module)
        else:
            for part in names.strip("()").replace("\\", " ").split(","):
                words = part.split()
                if words:
                    found.append(words[0])
    return tuple(found)


@functools.cache
def local_imports(module: str) -> frozenset[str]:
    """``module`` of the plugin and every plugin module it imports, directly
    or not (read from the ``from . import x`` and ``from .x import y`` lines
    of the source, wherever they stand)."""
    found: set[str] = set()
    todo = [module]
    while todo:
        name = todo.pop()
        if name in found or not (PACKAGE / f"{name}.py").is_file():
            continue
        found.add(name)
        todo.extend(_imported_by(name))
    return frozenset(found)


def code_fingerprint(data_dir: Path, module: str = "pipeline") -> str:
    """The source of ``module`` and of every plugin module it imports, and the
    conflict's data files and the language packs: what the pipeline's values
    are computed with. A
    change to how pages are written (site.py, the templates) keeps them."""
    sources = [PACKAGE / f"{name}.py" for name in local_imports(module)]
    versions = " ".join(f"{name} {metadata.version(name)}" for name in LIBRARIES)
    files = [*sources, *data_dir.glob("*.yaml"), *pack_files()]
    return digest(versions.encode(), fingerprint(files).encode())


def stable_bytes(value: Any) -> bytes:
    """A serialisation of plain values (frozen dataclasses, lists, tuples,
    dicts, strings, numbers, dates) that is the same for equal values in every
    process: a pickle without its memo, so whether two equal strings are one
    object or two makes no difference; different values never give the same
    bytes (a pickle can be read back)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True  # no memo: identity never shows in the bytes
    pickler.dump(value)
    return buffer.getvalue()


def _checksum(raw: bytes) -> int:
    return zlib.crc32(raw)


class Cache:
    """Pickled values under ``root/timeline/namespace``, keyed by content hash."""

    def __init__(self, root: Path, namespace: str, salt: str) -> None:
        self.dir = root / "timeline" / namespace
        self.salt = salt.encode()
        self.used: dict[str, bytes] = {}  # key -> pickled value, this build's entries
        self.hits = 0
        self.misses = 0
        self._stored: dict[str, tuple[int, bytes]] | None = None
        self._written = False

    def key(self, value: Any) -> str:
        """Key of a value computed from ``value``, a (frozen) dataclass of plain
        values whose ``repr`` shows all of it. Not its pickle: pickles of equal
        objects differ with object sharing (an article read from the cache
        pickles differently from a freshly computed one)."""
        return digest(self.salt, repr(value).encode("utf-8", "surrogatepass"))

    def key_of(self, *parts: bytes) -> str:
        """Key of a value computed from ``parts`` (bytes given as they are)."""
        return digest(self.salt, *parts)

    def _load(self) -> dict[str, tuple[int, bytes]]:
        if self._stored is None:
            self._stored = {}
            path = self.dir / PACK
            try:
                with path.open("rb") as f:
                    data = pickle.load(f)
                if isinstance(data, dict):
                    self._stored = data
                else:
                    logger.debug("cache pack %s is not a mapping: ignored", path)
            except FileNotFoundError:
                pass
            except Exception as exc:  # a damaged pack is a miss for every entry
                logger.debug("cache pack %s unreadable (%s): recomputing", path, exc)
        return self._stored

    def get(self, key: str) -> Any | None:
        stored = self._load().get(key)
        if stored is None:
            self.misses += 1
            return None
        try:
            check, raw = stored
            if _checksum(raw) != check:
                raise ValueError("checksum mismatch")
            value = pickle.loads(raw)
        except Exception as exc:  # a damaged entry is a miss
            logger.debug("cache entry %s/%s unreadable (%s): recomputing", self.dir, key, exc)
            self.misses += 1
            return None
        self.used[key] = raw
        self.hits += 1
        return value

    def put(self, key: str, value: Any) -> None:
        self.used[key] = pickle.dumps(value, protocol=5)
        self._written = True

    def sweep(self) -> None:
        """Keep exactly the entries this build used: write them as the pack
        (unless the pack already holds exactly those) and remove other files."""
        stored = self._load()
        unchanged = not self._written and set(stored) == set(self.used)
        if not self.used and not self.dir.is_dir():
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        if not unchanged:
            pack = {
                key: (_stored_checksum(stored, key, raw), raw)
                for key, raw in sorted(self.used.items())
            }
            fd, tmp = tempfile.mkstemp(dir=self.dir, prefix=".pack-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    pickle.dump(pack, f, protocol=5)
                os.replace(tmp, self.dir / PACK)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            self._stored = pack
            self._written = False
        for path in self.dir.iterdir():  # older one-file-per-entry caches, stray temps
            if path.name != PACK and not path.name.startswith(".pack-"):
                path.unlink(missing_ok=True)


def _stored_checksum(stored: dict[str, tuple[int, bytes]], key: str, raw: bytes) -> int:
    """The checksum of ``raw``: the pack's own when ``raw`` is the value read
    from it (checked when it was read), else computed."""
    found = stored.get(key)
    return found[0] if found is not None and found[1] is raw else _checksum(raw)


def memo(cache: Cache | None, parts: Iterable[bytes], compute: Callable[[], T]) -> T:
    """``compute()``, or its value from ``cache`` when ``parts`` (every input it
    reads, as bytes) are what they were. Without a cache it is just ``compute()``."""
    if cache is None:
        return compute()
    key = cache.key_of(*parts)
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.put(key, found)
    return found
