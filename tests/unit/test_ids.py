"""Stable ids: an entry keeps its id across rebuilds, input order and new seeds."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from claimkit import articles, claim, seed_claims, stories_for
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.ids import (
    Registry,
    RegistryRecord,
    assign_ids,
    content_id,
    dump_registry,
    load_registry,
    member_keys,
    save_registry,
)
from timeline.merge import build_entries
from timeline.model import Entry

ID = re.compile(r"^[0-9a-z-]+-[0-9a-f]{6,}$")


def build(ids: list[str], registry: Registry) -> tuple[list[Entry], list, Registry]:  # type: ignore[type-arg]
    entries = build_entries(seed_claims(ids), stories_for(ids), articles(ids))
    return assign_ids(entries, registry)


def by_words(entries: list[Entry], words: str) -> Entry:
    (entry,) = [e for e in entries if any(words in q.text for c in e.claims for q in c.quotes)]
    return entry


def test_new_ids_come_from_content() -> None:
    entries, redirects, registry = build(["000", "001", "002", "003", "004"], Registry.empty())
    assert redirects == []
    for entry in entries:
        assert ID.match(entry.id), entry.id
        assert entry.id.startswith(entry.date.edtf.split("/")[0].split("T")[0].lower())
        record = registry.records[entry.id]
        assert record.members == member_keys(entry.claims)
        assert record.status == "active"
    ordinals = sorted(r.first_seen for r in registry.records.values())
    assert ordinals == list(range(1, len(entries) + 1))


def test_rebuild_keeps_every_id_and_the_registry() -> None:
    first, _, registry = build(["000", "001", "004"], Registry.empty())
    again, redirects, registry2 = build(["000", "001", "004"], registry)
    assert [e.id for e in again] == [e.id for e in first]
    assert redirects == []
    assert dump_registry(registry2) == dump_registry(registry)


def test_new_seeds_keep_every_id_and_an_entry_gains_sources() -> None:
    """The issue's acceptance test: 000, 001, 004, then all five."""
    first, _, registry = build(["000", "001", "004"], Registry.empty())
    second, redirects, _ = build(["000", "001", "002", "003", "004"], registry)
    before = {e.id: set(e.sources) for e in first}
    after = {e.id: set(e.sources) for e in second}
    assert set(before) <= set(after)
    assert redirects == []
    gained = [i for i in before if before[i] < after[i]]
    assert gained
    clashes = by_words(second, "12 Armenian servicemen")
    assert clashes.id == by_words(first, "12 Armenian servicemen").id
    assert "002" in clashes.sources


def test_two_entries_that_become_one_keep_the_older_id() -> None:
    a = claim("000", 1, "Shelling hit the village of Sotk.", "2021-11-16", None, places=("Sotk",))
    b = claim("004", 2, "A village near the border came under fire.", "2021-11-16", None)
    old_a = assign_ids(
        build_entries([a], stories_for(["000"]), articles(["000"])), Registry.empty()
    )
    entries_b = build_entries([b], stories_for(["004"]), articles(["004"]))
    _, _, registry = assign_ids(entries_b, old_a[2])
    id_a, id_b = old_a[0][0].id, entries_b[0].id
    assert registry.records[id_a].first_seen < registry.records[id_b].first_seen
    together = build_entries([a, b], stories_for(["000", "004"]), articles(["000", "004"]))
    assert len(together) == 1
    entries, redirects, registry = assign_ids(together, registry)
    assert [e.id for e in entries] == [id_a]
    assert [(r.old, r.new) for r in redirects] == [(id_b, id_a)]
    assert registry.records[id_b].status == "merged"
    # the redirect is issued again on the next build
    _, redirects_again, _ = assign_ids(together, registry)
    assert redirects_again == redirects


def test_vanished_entry_is_retired_never_reused_and_comes_back() -> None:
    entries, _, registry = build(["000", "003"], Registry.empty())
    gone = by_words(entries, "late 1980s").id
    _, redirects, registry2 = build(["000"], registry)
    assert registry2.records[gone].status == "retired"
    assert all(r.old != gone for r in redirects)
    back, _, registry3 = build(["000", "003"], registry2)
    assert by_words(back, "late 1980s").id == gone
    assert registry3.records[gone].status == "active"


def test_content_id_collision_lengthens_the_hash() -> None:
    entries = build_entries(seed_claims(["000"]), stories_for(["000"]), articles(["000"]))
    entry = entries[0]
    taken = content_id(entry.date, member_keys(entry.claims))
    squatter = RegistryRecord(taken, 1, "1900", ("elsewhere#0",), "retired")
    registry = Registry(records={taken: squatter}, next_ordinal=2)
    out, _, _ = assign_ids([entry], registry)
    assert out[0].id != taken and out[0].id.startswith(taken)


@settings(max_examples=20, deadline=None)
@given(st.permutations(["000", "001", "002", "003", "004"]), st.randoms(use_true_random=False))
def test_ids_do_not_depend_on_input_order(order: list[str], rnd: object) -> None:
    expected = build(["000", "001", "002", "003", "004"], Registry.empty())
    claims = seed_claims(order)
    rnd.shuffle(claims)  # type: ignore[attr-defined]
    entries = build_entries(claims, stories_for(order), articles(order))
    shuffled = list(entries)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    got = assign_ids(shuffled, Registry.empty())
    assert got[0] == expected[0]
    assert dump_registry(got[2]) == dump_registry(expected[2])


# --- the registry file -----------------------------------------------------


def test_registry_round_trip_and_written_only_when_changed(tmp_path: Path) -> None:
    path = tmp_path / "registry.yaml"
    _, _, registry = build(["000", "004"], Registry.empty())
    assert save_registry(path, registry) is True
    loaded, problems = load_registry(path)
    assert problems == []
    assert loaded == registry
    stamp = path.stat().st_mtime_ns
    assert save_registry(path, loaded) is False
    assert path.stat().st_mtime_ns == stamp


def test_registry_text_is_sorted_and_stable() -> None:
    _, _, registry = build(["000", "001", "002", "003", "004"], Registry.empty())
    text = dump_registry(registry)
    ids = re.findall(r"^  (\S+):$", text, flags=re.M)
    assert ids == sorted(ids)
    reordered = Registry(
        records=dict(reversed(list(registry.records.items()))), next_ordinal=registry.next_ordinal
    )
    assert dump_registry(reordered) == text


def test_missing_registry_is_empty(tmp_path: Path) -> None:
    assert load_registry(tmp_path / "none.yaml") == (Registry.empty(), [])


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("entries: [unclosed\n", "not valid YAML", 2),
        ("- a\n- b\n", "must map 'entries'", None),
        ("entries:\n  x-1:\n    first_seen: one\n    date: '2021'\n", "first_seen", None),
        (
            "entries:\n  x-1:\n    first_seen: 1\n    date: '2021'\n    status: lost\n",
            "status",
            None,
        ),
        (
            "entries:\n  x-1:\n    first_seen: 1\n    date: '2021'\n    colour: red\n",
            "unknown keys",
            None,
        ),
    ],
)
def test_bad_registry_names_file_and_problem(
    tmp_path: Path, text: str, message: str, line: int | None
) -> None:
    path = tmp_path / "registry.yaml"
    path.write_text(text, encoding="utf-8")
    _, problems = load_registry(path)
    assert len(problems) == 1
    assert message in problems[0].message
    assert problems[0].file == str(path)
    assert problems[0].line == line
    assert str(path) in str(problems[0])


def test_a_bad_record_does_not_cost_the_others(tmp_path: Path) -> None:
    path = tmp_path / "registry.yaml"
    path.write_text(
        "entries:\n  good-1:\n    first_seen: 1\n    date: '2021'\n    members: ['a#1']\n"
        "  bad-2:\n    first_seen: x\n    date: '2021'\n",
        encoding="utf-8",
    )
    registry, problems = load_registry(path)
    assert list(registry.records) == ["good-1"] and len(problems) == 1
    assert registry.next_ordinal == 2


def test_entries_need_distinct_provisional_ids() -> None:
    entry = build_entries(seed_claims(["000"]), stories_for(["000"]), articles(["000"]))[0]
    with pytest.raises(ValueError, match="distinct"):
        assign_ids([entry, dataclasses.replace(entry)], Registry.empty())


def test_registry_text_of_libyaml_equals_pure_python_yaml() -> None:
    """libyaml (used for speed) writes and reads exactly what pure-Python PyYAML does."""
    import yaml

    from timeline import ids

    _, _, registry = build(["000", "001", "002", "003", "004"], Registry.empty())
    records = dict(registry.records)
    first = next(iter(records.values()))
    odd = [
        "é-ü#1",
        "ерев#2",
        "a" * 140 + "#3",
        "yes#4",
        "null",
        "0123",
        "x: y#5",
        "'q'#6",
        "- z",
    ]
    records["zz-odd"] = dataclasses.replace(
        first, id="zz-odd", members=tuple(odd), merged_into=first.id, status="merged"
    )
    registry = Registry(records=records, next_ordinal=registry.next_ordinal + 1)
    pure = ids._HEADER + yaml.safe_dump(
        ids.registry_to_data(registry),
        sort_keys=False,
        default_flow_style=False,
        allow_unicode=True,
        width=100,
    )
    assert dump_registry(registry) == pure
    assert yaml.load(pure, Loader=ids._LOADER) == yaml.safe_load(pure)


def _odd_registry() -> Registry:
    """The seeds' registry plus a merged record whose members need YAML quoting."""
    _, _, registry = build(["000", "001", "002", "003", "004"], Registry.empty())
    first = next(iter(registry.records.values()))
    odd = ("é-ü#1", "a" * 140 + "#3", "yes#4", "null", "0123", "x: y#5", "'q'#6", "- z")
    records = dict(registry.records)
    records["zz-odd"] = dataclasses.replace(
        first, id="zz-odd", members=tuple(sorted(odd)), merged_into=first.id, status="merged"
    )
    return Registry(records=records, next_ordinal=registry.next_ordinal + 1)


def test_cached_registry_text_and_reading_equal_the_uncached(tmp_path: Path) -> None:
    """A warm build writes the registry text a cold one does, and reads back
    from the cache what parsing the written file gives."""
    from timeline.ids import registry_text, write_registry_text
    from timeline.runner import CachedRunner

    registry = _odd_registry()
    cold, warm = tmp_path / "cold.yaml", tmp_path / "warm.yaml"
    save_registry(cold, registry)
    first = CachedRunner(tmp_path / "cache", "salt")
    # fills the record texts and the reading
    write_registry_text(warm, registry_text(registry, warm, first))
    first.close()
    second = CachedRunner(tmp_path / "cache", "salt")
    assert dump_registry(registry, second) == cold.read_text(encoding="utf-8")
    # every record text came from the cache
    assert second.caches["registry"].hits == len(registry.records)
    parsed = load_registry(warm)
    assert load_registry(warm, second) == parsed
    assert parsed[0] == registry and parsed[1] == []
