"""Pagefind's index, made the same from build to build.

Pagefind 1.5 writes two lists in hash-map order, which changes from run to run although
the index is the same: the values of each filter (``filter/<lang>_<hash>.pf_filter``) and
the filters of each language (its ``pagefind.<lang>_<hash>.pf_meta``). Both files are
gzipped CBOR after a ``pagefind_dcd`` signature, and named by a hash of what they hold.
:func:`stable_filters` sorts both lists, renames the files by a hash of their sorted
content (seven and ten hex digits, as Pagefind names them) and points the language's
entry in ``pagefind-entry.json`` at its new metadata file. What Pagefind reads is
unchanged: the same values, pages and filters, in another order.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import struct
from pathlib import Path
from typing import Any

SIGNATURE = b"pagefind_dcd"
_FILTER_NAME = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]+)*_[0-9a-f]{7}$")


def _head(data: bytes, at: int) -> tuple[int, int, int]:
    """(major type, argument, next offset) of the CBOR item at ``at``."""
    first = data[at]
    major, info = first >> 5, first & 0x1F
    if info < 24:
        return major, info, at + 1
    size = {24: 1, 25: 2, 26: 4, 27: 8}.get(info)
    if size is None:
        raise ValueError(f"CBOR item with additional information {info} is not supported")
    value = int.from_bytes(data[at + 1 : at + 1 + size], "big")
    return major, value, at + 1 + size


def decode(data: bytes, at: int = 0) -> tuple[Any, int]:
    """The CBOR item at ``at`` (integers, strings, arrays, maps, simple values)."""
    major, value, at = _head(data, at)
    if major == 0:
        return value, at
    if major == 1:
        return -1 - value, at
    if major == 2:
        return bytes(data[at : at + value]), at + value
    if major == 3:
        return data[at : at + value].decode("utf-8"), at + value
    if major == 4:
        items = []
        for _ in range(value):
            item, at = decode(data, at)
            items.append(item)
        return items, at
    if major == 5:
        pairs = []
        for _ in range(value):
            key, at = decode(data, at)
            item, at = decode(data, at)
            pairs.append((key, item))
        return dict(pairs), at
    if major == 7 and value in (20, 21, 22):
        return {20: False, 21: True, 22: None}[value], at
    raise ValueError(f"CBOR major type {major} ({value}) is not supported")


def _encode_head(major: int, value: int) -> bytes:
    if value < 24:
        return bytes([major << 5 | value])
    for info, size, fmt in ((24, 1, ">B"), (25, 2, ">H"), (26, 4, ">I"), (27, 8, ">Q")):
        if value < 1 << (8 * size):
            return bytes([major << 5 | info]) + struct.pack(fmt, value)
    raise ValueError(f"CBOR argument {value} too large")


def encode(item: Any) -> bytes:
    """``item`` as CBOR, every length in its shortest form (as Pagefind writes it)."""
    if item is None or isinstance(item, bool):
        return bytes([0xF6 if item is None else (0xF5 if item else 0xF4)])
    if isinstance(item, int):
        return _encode_head(0, item) if item >= 0 else _encode_head(1, -1 - item)
    if isinstance(item, bytes):
        return _encode_head(2, len(item)) + item
    if isinstance(item, str):
        raw = item.encode("utf-8")
        return _encode_head(3, len(raw)) + raw
    if isinstance(item, list):
        return _encode_head(4, len(item)) + b"".join(encode(i) for i in item)
    if isinstance(item, dict):
        return _encode_head(5, len(item)) + b"".join(encode(k) + encode(v) for k, v in item.items())
    raise TypeError(f"cannot encode {type(item).__name__} as CBOR")


def read(path: Path) -> Any:
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(SIGNATURE):
        raise ValueError(f"{path}: not a Pagefind data file")
    item, end = decode(raw, len(SIGNATURE))
    if end != len(raw):
        raise ValueError(f"{path}: {len(raw) - end} bytes after its data")
    if encode(item) != raw[len(SIGNATURE) :]:
        raise ValueError(f"{path}: its data does not encode back to the same bytes")
    return item


def _write(item: Any) -> bytes:
    return gzip.compress(SIGNATURE + encode(item), compresslevel=9, mtime=0)


def _sort_pairs(items: list[Any]) -> list[Any]:
    """Sort a list of [key, ...] pairs by key (filter values, or filters)."""
    return sorted(items, key=lambda pair: str(pair[0]))


def _is_filter_list(item: Any) -> bool:
    return (
        isinstance(item, list)
        and bool(item)
        and all(
            isinstance(pair, list)
            and len(pair) == 2
            and isinstance(pair[1], str)
            and _FILTER_NAME.match(pair[1])
            for pair in item
        )
    )


def _renamed(item: Any, names: dict[str, str]) -> Any:
    """``item`` with every filter file name in ``names`` replaced, and every list of
    [filter, file] pairs sorted by filter."""
    if isinstance(item, list):
        found = [_renamed(i, names) for i in item]
        return _sort_pairs(found) if _is_filter_list(found) else found
    if isinstance(item, str) and item in names:
        return names[item]
    if isinstance(item, dict):
        return {k: _renamed(v, names) for k, v in item.items()}
    return item


def stable_filters(index: Path) -> None:
    """Sort Pagefind's filter lists under ``index`` (the ``pagefind/`` folder) and name
    the files by their sorted content, so that two builds of one site are identical."""
    entry_path = index / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for path in sorted((index / "filter").glob("*.pf_filter")):
        name, values = read(path)
        data = _write([name, _sort_pairs(values)])
        lang = path.stem.rsplit("_", 1)[0]
        new = f"{lang}_{hashlib.sha256(data).hexdigest()[:7]}"
        path.unlink()
        (index / "filter" / f"{new}.pf_filter").write_bytes(data)
        names[path.stem] = new
    for lang, info in sorted(entry.get("languages", {}).items()):
        meta = index / f"pagefind.{info['hash']}.pf_meta"
        if not meta.is_file():
            continue
        data = _write(_renamed(read(meta), names))
        new = f"{lang}_{hashlib.sha256(data).hexdigest()[:10]}"
        meta.unlink()
        (index / f"pagefind.{new}.pf_meta").write_bytes(data)
        info["hash"] = new
    entry["languages"] = dict(sorted(entry.get("languages", {}).items()))
    entry_path.write_text(
        json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
