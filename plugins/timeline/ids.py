"""Stable entry ids, the registry file that keeps them, and redirects.

An entry is known by its *members*: the sentences quoted by its claims, each
written ``<source id>#<sentence index>``. The registry (default
``seeds/registry.yaml``, committed by the maintainer) records for every id
ever issued its members, its date, a first-seen ordinal and a status.

Matching a build's entries to the registry (independent of input order):

1. Every registered id that is not a redirect (``active`` or ``retired``)
   finds its *home*: the new entry sharing the most members with it (ties:
   the entry with the smallest provisional id). An id sharing no member with
   any entry has no home.
2. An entry that is home to several ids (old entries that became one) keeps
   the oldest (smallest first-seen ordinal, then id); each other id becomes a
   redirect to it (``status: merged``, ``merged_into``).
3. An entry that is home to no id gets a new one from its content: its date
   and a hash of its sorted members (``2021-11-16-3fa2c1``), lengthened if it
   would clash with any id ever issued. New ids are ordered (for their
   first-seen ordinal) by date then id, never by run order.
4. An id with no home whose entry disappeared (its sources were removed) is
   ``retired``: it stays in the registry, is never reused and gets no
   redirect (there is nothing to redirect to). If its sentences come back it
   is matched again like any other id and becomes active.

Redirects are issued on every build for every merged id whose final target
(following ``merged_into``) is active, so old links keep working.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import logging
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

from .cache import stable_bytes
from .model import Claim, Entry, FuzzyDate, Problem, Quote, Redirect
from .runner import SERIAL, Runner

log = logging.getLogger(__name__)

RecordStatus = Literal["active", "retired", "merged"]
_STATUSES: tuple[RecordStatus, ...] = ("active", "retired", "merged")
REGISTRY_VERSION = 1
_HASH_LEN = 6
_HEADER = (
    "# Entry ids of the timeline, kept stable across builds. Written by the build;\n"
    "# commit it with the seeds. Do not edit ids by hand: links and feeds use them.\n"
)


@dataclass(frozen=True)
class RegistryRecord:
    """What one id stood for when last seen."""

    id: str
    first_seen: int
    date: str
    members: tuple[str, ...]
    status: RecordStatus = "active"
    merged_into: str | None = None


@dataclass(frozen=True)
class Registry:
    """Every id ever issued, by id."""

    records: Mapping[str, RegistryRecord]
    next_ordinal: int = 1

    @staticmethod
    def empty() -> Registry:
        return Registry(records={}, next_ordinal=1)


def quote_key(quote: Quote) -> str:
    """``<source id>#<sentence index>``: one quoted sentence."""
    return f"{quote.source}#{quote.sentence}"


def member_keys(claims: Iterable[Claim]) -> tuple[str, ...]:
    """The sorted, distinct sentences quoted by ``claims``."""
    return tuple(sorted({quote_key(q) for c in claims for q in c.quotes}))


def _date_prefix(date: FuzzyDate) -> str:
    return date.edtf.split("/")[0].split("T")[0].lower()


def content_id(date: FuzzyDate, keys: Sequence[str], length: int = _HASH_LEN) -> str:
    """An id derived from content alone: ``<date>-<hash of members>``."""
    digest = hashlib.sha1("\n".join(sorted(keys)).encode("utf-8")).hexdigest()
    return f"{_date_prefix(date)}-{digest[:length]}"


#: Every field of an entry but its id: what its body digest is made of.
_BODY_FIELDS = tuple(f.name for f in dataclasses.fields(Entry) if f.name != "id")


def body_digest(entry: Entry) -> bytes:
    """A digest of all of an entry but its id (claims, quotes, dates...): made
    when the entry is merged, and kept with it in the entries cache, since
    giving the entry its stable id changes nothing else."""
    body = tuple(getattr(entry, name) for name in _BODY_FIELDS)
    return hashlib.blake2b(stable_bytes(body), digest_size=20).digest()


def entry_digest(entry_id: str, body: bytes) -> bytes:
    """The digest of the entry ``entry_id`` whose ``body_digest`` is ``body``:
    all of it. The caches of its pages and exported items are keyed by it."""
    return hashlib.blake2b(entry_id.encode("utf-8") + b"\0" + body, digest_size=20).digest()


def _fresh_id(entry: Entry, keys: Sequence[str], taken: set[str]) -> str:
    for length in range(_HASH_LEN, 41):
        candidate = content_id(entry.date, keys, length)
        if candidate not in taken:
            return candidate
    n = 2
    while f"{content_id(entry.date, keys, 40)}-{n}" in taken:
        n += 1
    return f"{content_id(entry.date, keys, 40)}-{n}"


def _homes(
    entries: Sequence[tuple[Entry, frozenset[str]]], registry: Registry
) -> dict[str, list[str]]:
    """Entry provisional id -> registered ids whose home it is."""
    index: dict[str, list[int]] = {}
    for i, (_, keys) in enumerate(entries):
        for key in keys:
            index.setdefault(key, []).append(i)
    homes: dict[str, list[str]] = {}
    for rid in sorted(registry.records):
        record = registry.records[rid]
        if record.status == "merged":
            continue
        overlap: dict[int, int] = {}
        for key in record.members:
            for i in index.get(key, ()):
                overlap[i] = overlap.get(i, 0) + 1
        if not overlap:
            continue
        best = min(overlap, key=lambda i: (-overlap[i], entries[i][0].id))
        homes.setdefault(entries[best][0].id, []).append(rid)
    return homes


def _final_target(rid: str, records: Mapping[str, RegistryRecord]) -> str | None:
    seen: set[str] = set()
    while rid in records and records[rid].status == "merged" and rid not in seen:
        seen.add(rid)
        nxt = records[rid].merged_into
        if nxt is None:
            return None
        rid = nxt
    record = records.get(rid)
    return rid if record is not None and record.status == "active" else None


def assign_ids(
    entries: Sequence[Entry], registry: Registry
) -> tuple[list[Entry], list[Redirect], Registry]:
    """Give each entry its stable id; return the entries, redirects and new registry.

    ``entries`` must carry distinct provisional (content-derived) ids, as
    merge.build_entries gives them. Output is sorted: entries by date then id,
    redirects by old id.
    """
    assigned, redirects, registry = stable_ids(entries, registry)
    return with_ids(entries, assigned), redirects, registry


def with_ids(entries: Iterable[Entry], assigned: Mapping[str, str]) -> list[Entry]:
    """``entries`` with the stable ids ``assigned`` to their provisional ones,
    sorted by date then id."""
    out = [dataclasses.replace(e, id=assigned[e.id]) for e in entries]
    out.sort(key=lambda e: (e.date.sort_key, e.id))
    return out


def stable_ids(
    entries: Sequence[Entry], registry: Registry
) -> tuple[dict[str, str], list[Redirect], Registry]:
    """``assign_ids`` without applying them: the stable id of each provisional
    id, the redirects and the new registry."""
    keyed = sorted(((e, frozenset(member_keys(e.claims))) for e in entries), key=lambda p: p[0].id)
    if len({e.id for e, _ in keyed}) != len(keyed):
        raise ValueError("assign_ids: entries need distinct provisional ids")
    homes = _homes(keyed, registry)
    records = dict(registry.records)
    taken = set(records)
    assigned: dict[str, str] = {}
    fresh: list[tuple[Entry, frozenset[str]]] = []
    for entry, keys in keyed:
        owned = homes.get(entry.id, [])
        if not owned:
            fresh.append((entry, keys))
            continue
        owned.sort(key=lambda rid: (records[rid].first_seen, rid))
        survivor = owned[0]
        assigned[entry.id] = survivor
        records[survivor] = dataclasses.replace(
            records[survivor],
            date=entry.date.edtf,
            members=tuple(sorted(keys)),
            status="active",
            merged_into=None,
        )
        for loser in owned[1:]:
            log.info("entry %s merged into %s", loser, survivor)
            records[loser] = dataclasses.replace(
                records[loser], status="merged", merged_into=survivor, members=()
            )
    ordinal = registry.next_ordinal
    for entry, keys in sorted(fresh, key=lambda p: (p[0].date.sort_key, p[0].id)):
        new_id = _fresh_id(entry, sorted(keys), taken)
        taken.add(new_id)
        assigned[entry.id] = new_id
        records[new_id] = RegistryRecord(
            id=new_id,
            first_seen=ordinal,
            date=entry.date.edtf,
            members=tuple(sorted(keys)),
        )
        ordinal += 1
    live = set(assigned.values())
    for rid, record in list(records.items()):
        if record.status == "active" and rid not in live:
            log.info("entry %s retired: none of its sentences is left", rid)
            records[rid] = dataclasses.replace(record, status="retired")
    redirects = []
    for rid in sorted(records):
        if records[rid].status == "merged":
            target = _final_target(rid, records)
            if target is not None:
                redirects.append(Redirect(old=rid, new=target))
    return assigned, redirects, Registry(records=records, next_ordinal=ordinal)


# -- the registry file ------------------------------------------------------


def registry_to_data(registry: Registry) -> dict[str, Any]:
    """Plain, sorted data for YAML."""
    entries: dict[str, Any] = {}
    for rid in sorted(registry.records):
        r = registry.records[rid]
        item: dict[str, Any] = {"first_seen": r.first_seen, "date": r.date, "status": r.status}
        if r.merged_into is not None:
            item["merged_into"] = r.merged_into
        item["members"] = list(r.members)
        entries[rid] = item
    return {"version": REGISTRY_VERSION, "next_ordinal": registry.next_ordinal, "entries": entries}


# libyaml's emitter and parser when PyYAML has them (same text, several times
# faster on a registry of thousands of entries; a unit test checks the text).
_DUMPER: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_DUMP_STYLE: dict[str, Any] = {
    "sort_keys": False,
    "default_flow_style": False,
    "allow_unicode": True,
    "width": 100,
}
_ENTRIES = "entries:\n"


def _record_text(rid: str, item: dict[str, Any]) -> str:
    """The lines of one record under ``entries:``. A block mapping's items are
    written independently of each other, so the file is the concatenation of
    its records' texts (a unit test checks it against one whole dump)."""
    text: str = yaml.dump({"entries": {rid: item}}, Dumper=_DUMPER, **_DUMP_STYLE)
    return text[len(_ENTRIES) :]


def dump_registry(registry: Registry, run: Runner = SERIAL) -> str:
    """The registry file's text: deterministic (sorted, fixed layout). A
    runner with a cache reuses the text of a record unchanged since the last
    build."""
    data = registry_to_data(registry)
    entries = data.pop("entries")
    head: str = yaml.dump(data, Dumper=_DUMPER, **_DUMP_STYLE)
    records = [
        run.once(
            "registry",
            functools.partial(_record_key, rid, item),
            functools.partial(_record_text, rid, item),
        )
        for rid, item in entries.items()
    ]
    return _HEADER + head + (_ENTRIES + "".join(records) if records else "entries: {}\n")


def _record_key(rid: str, item: dict[str, Any]) -> list[bytes]:
    return [repr((rid, item)).encode()]


def _problem(path: Path, message: str, line: int | None = None) -> Problem:
    return Problem(
        file=str(path),
        line=line,
        message=message,
        hint="fix or delete the file: deleting it gives every entry a new id",
        severity="error",
    )


def _record(rid: object, raw: object, path: Path) -> tuple[RegistryRecord | None, Problem | None]:
    if not isinstance(rid, str) or not rid:
        return None, _problem(path, f"registry id {rid!r} is not a string")
    if not isinstance(raw, dict):
        return None, _problem(path, f"registry entry {rid!r} is not a mapping")
    first_seen = raw.get("first_seen")
    date = raw.get("date")
    status = raw.get("status", "active")
    merged_into = raw.get("merged_into")
    members = raw.get("members", [])
    if not isinstance(first_seen, int) or isinstance(first_seen, bool):
        return None, _problem(path, f"registry entry {rid!r}: first_seen must be an integer")
    if not isinstance(date, str):
        return None, _problem(path, f"registry entry {rid!r}: date must be a string")
    if status not in _STATUSES:
        return None, _problem(path, f"registry entry {rid!r}: unknown status {status!r}")
    if merged_into is not None and not isinstance(merged_into, str):
        return None, _problem(path, f"registry entry {rid!r}: merged_into must be an id")
    if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
        return None, _problem(path, f"registry entry {rid!r}: members must be a list of strings")
    unknown = sorted(set(raw) - {"first_seen", "date", "status", "merged_into", "members"})
    if unknown:
        return None, _problem(path, f"registry entry {rid!r}: unknown keys {unknown}")
    record = RegistryRecord(
        id=rid,
        first_seen=first_seen,
        date=date,
        members=tuple(sorted(set(members))),
        status=status,
        merged_into=merged_into,
    )
    return record, None


def load_registry(path: Path, run: Runner = SERIAL) -> tuple[Registry, list[Problem]]:
    """Read the registry; a missing file is an empty registry.

    Problems name the file (and line for YAML errors); a bad record is
    skipped, the rest is kept. A runner with a cache does not parse again a
    file whose text was read before.
    """
    if not path.exists():
        return Registry.empty(), []
    try:
        text = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError) as err:
        return Registry.empty(), [_problem(path, f"registry cannot be read: {err}")]
    conflict = conflict_marker_line(text)
    if conflict is not None:
        return Registry.empty(), [
            Problem(
                file=str(path),
                line=conflict,
                message="registry has merge-conflict markers: not read, and left as it is",
                hint="resolve the conflict (keep both sides' entries) and build again",
                severity="error",
            )
        ]
    return run.once(
        "registry",
        functools.partial(_text_key, path, text),
        functools.partial(parse_registry, text, path),
    )


_CONFLICT_MARKERS = ("<<<<<<<", "=======", ">>>>>>>", "|||||||")


def conflict_marker_line(text: str) -> int | None:
    """The 1-based line of the first merge-conflict marker in ``text``
    (``<<<<<<< ours``, ``=======``, ``>>>>>>> theirs``), or None."""
    if not any(marker in text for marker in _CONFLICT_MARKERS):
        return None
    for number, line in enumerate(text.splitlines(), start=1):
        head = line[:7]
        if head in _CONFLICT_MARKERS and (len(line) == 7 or line[7] == " "):
            return number
    return None


def _registry_read_back(registry: Registry, path: Path) -> tuple[Registry, list[Problem]]:
    return registry_from_data(registry_to_data(registry), path)


def _text_key(path: Path, text: str) -> list[bytes]:
    return [str(path).encode(), text.encode("utf-8", "surrogatepass")]


def parse_registry(text: str, path: Path) -> tuple[Registry, list[Problem]]:
    """The registry in ``text`` (the file ``path``, named in problems)."""
    try:
        try:
            data = yaml.load(text, Loader=_LOADER)
        except yaml.YAMLError:  # the pure-Python parser words the error as before
            data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark
        line = mark.line + 1 if mark is not None else None
        return Registry.empty(), [
            _problem(path, f"registry is not valid YAML: {err.problem}", line)
        ]
    except yaml.YAMLError as err:
        return Registry.empty(), [_problem(path, f"registry cannot be read: {err}")]
    return registry_from_data(data, path)


def registry_from_data(data: object, path: Path) -> tuple[Registry, list[Problem]]:
    """The registry in ``data``, the file's parsed YAML."""
    if data is None:
        return Registry.empty(), []
    if not isinstance(data, dict) or not isinstance(data.get("entries", {}), dict):
        return Registry.empty(), [_problem(path, "registry must map 'entries' to id records")]
    problems: list[Problem] = []
    records: dict[str, RegistryRecord] = {}
    for rid, raw in (data.get("entries") or {}).items():
        record, problem = _record(rid, raw, path)
        if problem is not None:
            problems.append(problem)
        if record is not None:
            records[record.id] = record
    highest = max((r.first_seen for r in records.values()), default=0)
    next_ordinal = data.get("next_ordinal", highest + 1)
    if not isinstance(next_ordinal, int) or isinstance(next_ordinal, bool):
        problems.append(_problem(path, "next_ordinal must be an integer"))
        next_ordinal = highest + 1
    return Registry(records=records, next_ordinal=max(next_ordinal, highest + 1)), problems


def registry_text(registry: Registry, path: Path, run: Runner = SERIAL) -> str:
    """The registry file's text for ``registry``. A runner with a cache stores
    with it what the next build's ``load_registry`` reads from the text: the
    data the text was written from, validated like a parsed file's (YAML
    gives back the strings and integers written)."""
    text = dump_registry(registry, run)
    run.remember(
        "registry",
        functools.partial(_text_key, path, text),
        functools.partial(_registry_read_back, registry, path),
    )
    return text


def write_registry_text(path: Path, text: str) -> bool:
    """Write ``text`` to the registry ``path`` atomically (a temporary file
    beside it, renamed), only when it differs; True if written. Raises
    ``OSError`` when the folder cannot be written (a read-only checkout)."""
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".registry-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def save_registry(path: Path, registry: Registry) -> bool:
    """Write the registry atomically, only when its text changed; True if written."""
    return write_registry_text(path, registry_text(registry, path))


def commit_registry(path: Path, text: str) -> str | None:
    """Write the registry text a build made; on failure (a read-only seed
    folder) the message saying the update was skipped, naming the file."""
    try:
        write_registry_text(path, text)
    except OSError as exc:
        return (
            f"{path}: registry update skipped, the folder cannot be written "
            f"({exc.strerror or exc}); the site is built, but the ids of its new "
            "entries are not recorded: build where the seeds can be written and commit it"
        )
    return None
