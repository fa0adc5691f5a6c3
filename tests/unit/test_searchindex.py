"""Pagefind's filter lists made the same from build to build (timeline.searchindex)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from timeline import searchindex as si


@pytest.mark.parametrize(
    "item",
    [
        0,
        23,
        24,
        255,
        256,
        70000,
        -1,
        "",
        "year",
        "Хроника",
        b"\x00\x01",
        [],
        [1, [2, "a"]],
        {"a": 1},
        None,
        True,
        False,
    ],
)
def test_cbor_round_trip(item):
    data = si.encode(item)
    assert si.decode(data) == (item, len(data))


def _index(folder: Path, order: int) -> Path:
    """A Pagefind index of one language with two filters, its lists in one of two orders."""
    index = folder / "pagefind"
    (index / "filter").mkdir(parents=True)
    year = [["2021", [0, 1]], ["2022", [2]], ["1980s", [3]]]
    kind = [["Shelling", [0]], ["Ceasefire", [1, 2]]]
    if order:
        year, kind = year[::-1], kind[::-1]
    names = {}
    for name, values in (("year", year), ("type", kind)):
        data = gzip.compress(si.SIGNATURE + si.encode([name, values]), mtime=order)
        file = f"en_{order}{len(name)}{name[:2].encode().hex()}aa"[:10]
        names[name] = file
        (index / "filter" / f"{file}.pf_filter").write_bytes(data)
    pairs = [["year", names["year"]], ["type", names["type"]]]
    meta = ["1.5.2", [["en_0000001", 12]], pairs[::-1] if order else pairs, ["date"]]
    (index / f"pagefind.en_{order:010d}.pf_meta").write_bytes(
        gzip.compress(si.SIGNATURE + si.encode(meta), mtime=order)
    )
    entry = {"version": "1.5.2", "languages": {"en": {"hash": f"en_{order:010d}"}}}
    (index / "pagefind-entry.json").write_text(json.dumps(entry))
    return index


def files(index: Path) -> dict[str, bytes]:
    return {str(p.relative_to(index)): p.read_bytes() for p in index.rglob("*") if p.is_file()}


def test_two_orders_of_one_index_become_the_same_files(tmp_path):
    one, other = _index(tmp_path / "a", 0), _index(tmp_path / "b", 1)
    assert files(one) != files(other)
    si.stable_filters(one)
    si.stable_filters(other)
    assert files(one) == files(other)
    entry = json.loads((one / "pagefind-entry.json").read_text())
    meta = si.read(one / f"pagefind.{entry['languages']['en']['hash']}.pf_meta")
    filters = dict(meta[2])
    assert list(filters) == ["type", "year"]  # sorted
    name, values = si.read(one / "filter" / f"{filters['year']}.pf_filter")
    assert (name, [v for v, _ in values]) == ("year", ["1980s", "2021", "2022"])
    assert dict(values)["2021"] == [0, 1]  # the pages of each value are kept


def test_a_file_that_is_not_pagefind_s_is_refused(tmp_path):
    path = tmp_path / "x.pf_meta"
    path.write_bytes(gzip.compress(b"something else"))
    with pytest.raises(ValueError, match="not a Pagefind data file"):
        si.read(path)
