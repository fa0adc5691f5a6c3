"""How the stages' work is run: the one place for the build's speed work.

The stages (ingest, stories, extract, merge, ids) are plain functions of
their inputs. Where a stage has many independent pieces of work (one per
seed file, per article text, per article, per day of claims), it hands
them to a runner::

    results = run.map("claims", work, items, key=key_of)

and gets back ``work(items)``, in order. What the runner does meanwhile is
its own business and never changes a value:

- ``SerialRunner`` computes everything here, now, and stores nothing. It
  is the definition of what a stage computes: the engine used as a library,
  the tests' reference.
- ``CachedRunner`` takes a piece of work's value from the cache under
  CACHE_PATH when its input (``key``: every byte it reads) and the code,
  data and packs computing it are what they were (``cache.py``); computes
  the rest in a pool of ``workers`` processes when there are many; with a
  ``cost``, shares them with one helper process (the page writer waiting
  for pages, see ``site.PageWriters``) by about equal cost; and can start
  work in the background (``prefetch``) that a later ``map`` collects.

Tests build every fixture twice, once with each runner, and require equal
timelines and byte-identical sites: that is the contract between them
(``tests/unit/test_runner.py``).

``work`` is a function of a chunk of items returning their values in
order, defined at module level (or a ``functools.partial`` of one) so that
it can be sent to another process; ``key(i)`` and ``cost(i)`` are called
only by a runner that needs them.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any, Protocol, TypeVar

from . import tune_gc
from .cache import Cache, code_fingerprint, digest

logger = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

#: Below this many pieces of work to compute, a process pool costs more
#: than it saves (starting processes, sending the inputs).
PARALLEL_FROM = 200

#: Below this total ``cost`` of work to compute, sharing it with a helper
#: process costs more than it saves.
SHARE_FROM = 4_000.0

Work = Callable[[Sequence[T]], list[R]]
Key = Callable[[int], Sequence[bytes]]
#: Work done in this process just before it forks a stage's workers, its value
#: dropped: what it compiles and memoises (a language's grammars) the workers
#: inherit instead of each making it again. Never changes a value.
Warm = Callable[[], object]


class Submitter(Protocol):
    """Runs a function in another process, as an executor does:
    ``submit(function, *args).result()`` (a ProcessPoolExecutor, or the
    site's page writer while it waits for pages to write)."""

    def submit(self, function: Callable[..., Any], /, *args: Any) -> Any: ...


class Runner(Protocol):
    """What a stage asks of the runner (see the module's docstring)."""

    def map(
        self,
        stage: str,
        work: Work[T, R],
        items: Sequence[T],
        *,
        key: Key | None = None,
        cost: Callable[[int], float] | None = None,
        kind: type | None = None,
        warm: Warm | None = None,
    ) -> list[R]:
        """``work(items)``: the value of each item, in order. ``key(i)``
        names every input of item ``i``'s value (as bytes); ``cost(i)`` is
        about what computing it costs; a stored value not of ``kind`` is
        not used; ``warm()`` is called here before processes are forked
        for the work, which inherit what it compiled (see ``Warm``)."""
        ...

    def prefetch(
        self,
        stage: str,
        work: Work[T, R],
        items: Sequence[T],
        *,
        key: Key | None = None,
        warm: Warm | None = None,
    ) -> None:
        """Start ``map(stage, work, items, key=key, warm=warm)`` in the background,
        for a later ``map`` of the same stage to collect (nothing, serially)."""
        ...

    def once(self, stage: str, key: Callable[[], Sequence[bytes]], compute: Callable[[], R]) -> R:
        """``compute()``, or its stored value when ``key()`` is what it was."""
        ...

    def remember(
        self, stage: str, key: Callable[[], Sequence[bytes]], compute: Callable[[], R]
    ) -> None:
        """Store ``compute()`` for a later ``once`` of ``key()`` (a later
        build's), when this runner keeps values (nothing, serially)."""
        ...

    def close(self, store: bool = True) -> None:
        """End what the runner started; with ``store``, store what it computed."""
        ...


def _run_chunk(work: Work[T, R], items: Sequence[T]) -> list[R]:
    return work(items)


class SerialRunner:
    """Everything here, now; nothing stored."""

    def map(
        self,
        stage: str,
        work: Work[T, R],
        items: Sequence[T],
        *,
        key: Key | None = None,
        cost: Callable[[int], float] | None = None,
        kind: type | None = None,
        warm: Warm | None = None,
    ) -> list[R]:
        return list(work(items)) if len(items) else []

    def prefetch(
        self,
        stage: str,
        work: Work[T, R],
        items: Sequence[T],
        *,
        key: Key | None = None,
        warm: Warm | None = None,
    ) -> None:
        return None

    def once(self, stage: str, key: Callable[[], Sequence[bytes]], compute: Callable[[], R]) -> R:
        return compute()

    def remember(
        self, stage: str, key: Callable[[], Sequence[bytes]], compute: Callable[[], R]
    ) -> None:
        return None

    def close(self, store: bool = True) -> None:
        return None


SERIAL = SerialRunner()


def chunks(items: Sequence[T], workers: int) -> list[Sequence[T]]:
    """``items`` in about four slices per worker process, in order: small
    enough that the processes finish together, large enough that handing
    each over costs little."""
    size = max(1, -(-len(items) // (workers * 4)))
    return [items[i : i + size] for i in range(0, len(items), size)]


def shares(costs: Sequence[float]) -> tuple[list[int], list[int]]:
    """Positions of ``costs`` in two shares of about equal total, the
    largest first (this process takes the first, a helper the second)."""
    split: tuple[list[int], list[int]] = ([], [])
    load = [0.0, 0.0]
    for i in sorted(range(len(costs)), key=lambda i: (-costs[i], i)):
        k = 0 if load[0] <= load[1] else 1
        split[k].append(i)
        load[k] += costs[i]
    return split


class CachedRunner:
    """Values from the cache; the rest computed on ``workers`` processes when
    there are many, or shared with ``helper`` when the work has a cost."""

    def __init__(
        self,
        cache_root: Path | None,
        salt: str,
        workers: int = 1,
        helper: Submitter | None = None,
    ) -> None:
        self.cache_root = cache_root
        self.salt = salt
        self.workers = max(1, workers)
        self.helper = helper
        self.caches: dict[str, Cache] = {}
        # by stage: the processes computing it, ended when its ``map`` returns
        self._pools: dict[str, ProcessPoolExecutor] = {}
        # by stage: the cache key of each value started in the background
        self._pending: dict[str, dict[str, tuple[Future[list[Any]], int]]] = {}
        # by stage: values found in the cache by ``prefetch``, by key
        self._ready: dict[str, dict[str, Any]] = {}

    @classmethod
    def for_data(
        cls,
        cache_root: Path | None,
        data_dir: Path,
        workers: int = 1,
        helper: Submitter | None = None,
    ) -> CachedRunner:
        """A runner whose cache is salted with the code, the data files of
        ``data_dir``, the packs and the libraries (``code_fingerprint``)."""
        salt = code_fingerprint(data_dir) if cache_root is not None else ""
        return cls(cache_root, salt, workers, helper)

    def cache(self, stage: str) -> Cache | None:
        """The cache of ``stage`` (one namespace per stage), or None."""
        if self.cache_root is None:
            return None
        if stage not in self.caches:
            self.caches[stage] = Cache(self.cache_root, stage, self.salt)
        return self.caches[stage]

    def _keys(self, stage: str, count: int, key: Key | None) -> list[str] | None:
        """The key of each item: salted for the stage's cache, or plain (to
        match work started in the background when nothing is stored)."""
        if key is None:
            return None
        cache = self.cache(stage)
        if cache is not None:
            return [cache.key_of(*key(i)) for i in range(count)]
        if self.workers > 1:
            return [digest(*key(i)) for i in range(count)]
        return None

    def _pool_of(self, stage: str, warm: Warm | None) -> ProcessPoolExecutor:
        """The processes of ``stage``: one pool per stage, so that a stage's
        work started in the background never queues another stage's. A new
        pool's workers are forked after ``warm()``."""
        if stage not in self._pools:
            if warm is not None:
                warm()
            self._pools[stage] = ProcessPoolExecutor(max_workers=self.workers, initializer=tune_gc)
        return self._pools[stage]

    def _end_pools(self, stages: Sequence[str] | None = None) -> None:
        for stage in list(self._pools) if stages is None else stages:
            pool = self._pools.pop(stage, None)
            if pool is not None:
                pool.shutdown(cancel_futures=True)

    def map(
        self,
        stage: str,
        work: Work[T, R],
        items: Sequence[T],
        *,
        key: Key | None = None,
        cost: Callable[[int], float] | None = None,
        kind: type | None = None,
        warm: Warm | None = None,
    ) -> list[R]:
        keys = self._keys(stage, len(items), key)
        cache = self.cache(stage)
        ready = self._ready.pop(stage, {})
        pending = self._pending.pop(stage, {})
        found: dict[int, R] = {}
        waiting: list[tuple[int, Future[list[Any]], int]] = []
        for i, k in enumerate(keys or ()):
            if k in ready:
                found[i] = ready[k]
            elif k in pending:
                future, at = pending[k]
                waiting.append((i, future, at))
            elif cache is not None:
                hit = cache.get(k)
                if hit is not None and (kind is None or isinstance(hit, kind)):
                    found[i] = hit
        started = {i for i, _, _ in waiting}
        missing = [i for i in range(len(items)) if i not in found and i not in started]
        try:
            computed = self._compute(stage, work, items, missing, cost, warm)
            for i, value in zip(missing, computed, strict=True):
                found[i] = self._store(cache, keys, i, value)
            for i, future, at in waiting:
                found[i] = self._store(cache, keys, i, future.result()[at])
        finally:
            # work started in the background and not asked for is dropped
            self._end_pools([stage])
        return [found[i] for i in range(len(items))]

    @staticmethod
    def _store(cache: Cache | None, keys: list[str] | None, i: int, value: R) -> R:
        if cache is not None and keys is not None:
            cache.put(keys[i], value)
        return value

    def _compute(
        self,
        stage: str,
        work: Work[T, R],
        items: Sequence[T],
        missing: list[int],
        cost: Callable[[int], float] | None,
        warm: Warm | None,
    ) -> list[R]:
        """``work`` of the items at ``missing``, in that order."""
        todo = [items[i] for i in missing]
        if not todo:
            return []
        if self.workers <= 1:
            return list(work(todo))
        if cost is not None:
            costs = [cost(i) for i in missing]
            if sum(costs) >= SHARE_FROM:
                return self._shared(work, todo, costs)
            return list(work(todo))
        if len(todo) < PARALLEL_FROM and stage not in self._pools:
            return list(work(todo))
        pool = self._pool_of(stage, warm)
        parts = [pool.submit(_run_chunk, work, part) for part in chunks(todo, self.workers)]
        return [value for part in parts for value in part.result()]

    def _shared(self, work: Work[T, R], todo: list[T], costs: list[float]) -> list[R]:
        """``work(todo)`` in this process and a helper, by about equal cost."""
        mine, theirs = shares(costs)
        out: list[Any] = [None] * len(todo)
        with contextlib.ExitStack() as stack:
            helper = self.helper
            if helper is None:
                context = multiprocessing.get_context("spawn")  # no fork: see site.PageWriters
                helper = stack.enter_context(
                    ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=tune_gc)
                )
            reply = helper.submit(_run_chunk, work, [todo[i] for i in theirs])
            for i, value in zip(mine, work([todo[i] for i in mine]), strict=True):
                out[i] = value
            for i, value in zip(theirs, reply.result(), strict=True):
                out[i] = value
        return out

    def prefetch(
        self,
        stage: str,
        work: Work[T, R],
        items: Sequence[T],
        *,
        key: Key | None = None,
        warm: Warm | None = None,
    ) -> None:
        keys = self._keys(stage, len(items), key)
        if self.workers <= 1 or keys is None:
            return
        cache = self.cache(stage)
        ready = self._ready.setdefault(stage, {})
        pending = self._pending.setdefault(stage, {})
        todo: list[int] = []
        for i, k in enumerate(keys):
            if k in ready or k in pending:
                continue
            hit = cache.get(k) if cache is not None else None
            if hit is not None:
                ready[k] = hit
            else:
                todo.append(i)
        if len(todo) < PARALLEL_FROM:
            return
        pool = self._pool_of(stage, warm)
        for part in chunks(todo, self.workers):
            future = pool.submit(_run_chunk, work, [items[i] for i in part])
            for at, i in enumerate(part):
                pending[keys[i]] = (future, at)

    def once(self, stage: str, key: Callable[[], Sequence[bytes]], compute: Callable[[], R]) -> R:
        cache = self.cache(stage)
        if cache is None:
            return compute()
        k = cache.key_of(*key())
        found = cache.get(k)
        if found is None:
            found = compute()
            cache.put(k, found)
        return found

    def remember(
        self, stage: str, key: Callable[[], Sequence[bytes]], compute: Callable[[], R]
    ) -> None:
        self.once(stage, key, compute)

    def close(self, store: bool = True) -> None:
        """End the processes started; with ``store``, keep in each stage's
        cache exactly the values this build used (``Cache.sweep``); without
        (the build failed), leave the caches as they were."""
        self._end_pools()
        self._pending, self._ready = {}, {}
        if not store:
            return
        for name, cache in self.caches.items():
            cache.sweep()
            logger.info("%s cache: %d hits, %d misses", name, cache.hits, cache.misses)
