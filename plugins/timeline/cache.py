"""A content-addressed cache of per-article work, kept under CACHE_PATH.

A value is found only by the hash of everything it was computed from: its
input (the pickled article) plus a fingerprint of the code and data that
compute it. A change to any of them is a different key, so a stale value can
never be returned and never change the output; an unreadable entry is a miss.
Entries not used by a build are removed at its end (``sweep``), so the cache
holds one build's worth of values.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

PACKAGE = Path(__file__).resolve().parent


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


def code_fingerprint(data_dir: Path) -> str:
    """The plugin's own source and the conflict's data files."""
    return fingerprint([*PACKAGE.glob("*.py"), *data_dir.glob("*.yaml")])


class Cache:
    """Pickled values under ``root/namespace``, keyed by content hash."""

    def __init__(self, root: Path, namespace: str, salt: str) -> None:
        self.dir = root / "timeline" / namespace
        self.salt = salt.encode()
        self.used: set[str] = set()
        self.hits = 0
        self.misses = 0

    def key(self, value: Any) -> str:
        return digest(self.salt, pickle.dumps(value, protocol=5))

    def get(self, key: str) -> Any | None:
        self.used.add(key)
        path = self.dir / f"{key}.pickle"
        try:
            with path.open("rb") as f:
                value = pickle.load(f)
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception as exc:  # a damaged entry is a miss
            logger.debug("cache entry %s unreadable (%s): recomputing", path, exc)
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: Any) -> None:
        self.used.add(key)
        self.dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.dir, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=5)
        os.replace(tmp, self.dir / f"{key}.pickle")

    def sweep(self) -> None:
        """Remove entries this build did not use."""
        if not self.dir.is_dir():
            return
        for path in self.dir.iterdir():
            if path.stem not in self.used:
                path.unlink(missing_ok=True)
