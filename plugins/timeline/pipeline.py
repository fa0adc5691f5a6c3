"""The build as named stages: seeds -> sources -> stories -> claims -> entries.

Each stage is a pure function of the previous stage's result, defined in its
own module; this module only chains them and collects the problems. It knows
nothing about Pelican.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import pickle
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from . import chunks, ids, ingest, merge, stories, summary
from .cache import Cache, code_fingerprint, digest, memo
from .extract import Knowledge, extract_claims, load_knowledge
from .merge import ClaimBatch
from .model import Claim, Problem, Severity, SourceArticle, Timeline, UndatedClaim
from .names import source_id
from .progress import Stage, no_progress
from .settings import TimelineSettings
from .undated import read_undated

logger = logging.getLogger(__name__)

# Below this many articles a process pool costs more than it saves.
_PARALLEL_FROM = 200


#: One article's claims as they travel between processes and sit in the
#: cache: each claim's sources and day (all that merging needs to place it)
#: and the claims themselves, pickled (read only when merged).
Packed = tuple[tuple[tuple[str, ...], ...], tuple[str, ...], bytes]


def _pack(claims: Sequence[Claim]) -> Packed:
    batch = ClaimBatch.of(claims)
    return batch.sources, batch.buckets, pickle.dumps(list(claims), protocol=5)


def _unpack(packed: Packed, key: str) -> ClaimBatch:
    sources, buckets, raw = packed
    return ClaimBatch(sources, buckets, functools.partial(pickle.loads, raw), key, raw)


def _extract_chunk(args: tuple[Sequence[SourceArticle], Knowledge]) -> list[Packed]:
    articles, knowledge = args
    return [_pack(extract_claims(a, knowledge)) for a in articles]


#: What extraction reads of an article: all of it but its story.
_KEYED_FIELDS = tuple(f.name for f in dataclasses.fields(SourceArticle) if f.name != "story")


def _claims_key(cache: Cache | None, article: SourceArticle) -> str:
    """What an article's claims are stored and matched under: the article but
    its story, which extraction does not read, so that claims extracted
    before the stories were grouped are those of the article after."""
    value = repr(dataclasses.replace(article, story=None)).encode("utf-8", "surrogatepass")
    return cache.key_of(value) if cache is not None else digest(value)


class Extraction:
    """The claims of every usable article, one batch per article, cached per
    article. Articles are independent, so with ``workers`` > 1 and many of
    them they are extracted on that many processes (which pickle the claims
    there: this process neither reads nor writes them). ``start(articles)``
    begins, in the background, with articles that grouping the stories
    changes in nothing but their story (those dated already), while this
    process groups the stories; ``batches(articles)`` extracts the rest and
    returns every usable article's batch, in article order. A batch holds
    its claims pickled until merging needs them: after adding one article,
    only the claims sharing a day with the new article's are read."""

    def __init__(self, knowledge: Knowledge, workers: int, cache: Cache | None) -> None:
        self.knowledge = knowledge
        self.workers = workers
        self.cache = cache
        self._found: dict[str, Packed] = {}
        self._pending: list[tuple[list[str], Future[list[Packed]]]] = []
        self._pending_keys: set[str] = set()
        self._pool: ProcessPoolExecutor | None = None
        self._keys: dict[str, tuple[SourceArticle, str]] = {}  # by article id

    def key(self, article: SourceArticle) -> str:
        """``_claims_key`` of ``article``, made once: an article given again
        with nothing but its story changed (every field but the story the
        same object) has the key it had."""
        known = self._keys.get(article.id)
        if known is not None:
            before, key = known
            if all(getattr(article, f) is getattr(before, f) for f in _KEYED_FIELDS):
                return key
        key = _claims_key(self.cache, article)
        self._keys[article.id] = (article, key)
        return key

    def start(self, articles: Sequence[SourceArticle]) -> None:
        """Extract the usable ``articles`` not cached, in the background."""
        if self.workers > 1:
            self._submit([a for a in articles if a.usable], _PARALLEL_FROM)

    def _submit(self, articles: Sequence[SourceArticle], at_least: int) -> None:
        """Take the claims of ``articles`` from the cache, or hand them to the
        pool, in chunks (when there are ``at_least`` to extract)."""
        todo: list[tuple[str, SourceArticle]] = []
        for article in articles:
            key = self.key(article)
            if key in self._found or key in self._pending_keys:
                continue
            hit = self.cache.get(key) if self.cache is not None else None
            if hit is not None:
                self._found[key] = hit
            else:
                todo.append((key, article))
        if not todo or len(todo) < at_least:
            for key, article in todo:  # too few to share: here, now
                self._store(key, _pack(extract_claims(article, self.knowledge)))
            return
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.workers)
        for chunk in chunks(todo, self.workers):
            job = ([a for _, a in chunk], self.knowledge)
            self._pending.append(([k for k, _ in chunk], self._pool.submit(_extract_chunk, job)))
            self._pending_keys.update(k for k, _ in chunk)

    def _store(self, key: str, packed: Packed) -> None:
        self._found[key] = packed
        if self.cache is not None:
            self.cache.put(key, packed)

    def close(self) -> None:
        """End the pool, if one was started (the build failed, or is done)."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
        self._pending = []
        self._pending_keys = set()

    def batches(self, articles: Sequence[SourceArticle]) -> list[ClaimBatch]:
        """The batch of every usable article of ``articles`` (as grouping the
        stories left them), in their order: those started are waited for,
        the others extracted now; then the pool ends."""
        usable = [a for a in articles if a.usable]
        try:
            self._submit(usable, 1 if self._pool is not None else _PARALLEL_FROM)
            for keys, future in self._pending:
                for key, packed in zip(keys, future.result(), strict=True):
                    self._store(key, packed)
        finally:
            self.close()
        keys = [self.key(a) for a in usable]
        return [_unpack(self._found[key], key) for key in keys]


def _no_date(article: SourceArticle, folder: str, dated: int, undated: int) -> SourceArticle:
    """What the build says of an article nothing could date: what it still gave, and
    what to add. With no text it is an error (nothing read); else a warning."""
    if article.published is not None or any(p.severity == "error" for p in article.problems):
        return article
    if not article.sentences:
        message = "no publication date in the text, the metadata or a dated copy of the story"
        severity: Severity = "error"
    else:
        known = (
            f"its header gives the month only ({article.published_month})"
            if article.published_month
            else "no publication date in the text, the metadata, its address or a dated "
            "copy of the story"
        )
        message = (
            f"{known}; claims that give their own date, on the timeline: {dated}; claims "
            f"that need the article's date, listed undated on its page: {undated}"
        )
        severity = "warning"
    problem = Problem(
        file=f"{folder}/{article.file}",
        line=None,
        message=message,
        hint=f'add "published: YYYY-MM-DD" under "{article.file}:" in sources.yaml',
        severity=severity,
    )
    kept = tuple(p for p in article.problems if "publication date" not in p.message)
    return dataclasses.replace(article, problems=(*kept, problem))


def _read_undated(
    articles: Sequence[SourceArticle],
    knowledge: Knowledge,
    reference: dt.date,
    cache: Cache | None,
    folder: str,
) -> tuple[list[SourceArticle], list[ClaimBatch], dict[str, tuple[UndatedClaim, ...]]]:
    """The articles nothing dates, read as undated.py reads them: each article with
    what the build says of it, the batches of the claims that give their own date, and
    the undated claims of each article."""
    out: list[SourceArticle] = []
    batches: list[ClaimBatch] = []
    listed: dict[str, tuple[UndatedClaim, ...]] = {}
    for article in articles:
        if article.published is not None or article.status == "error":
            out.append(article)
            continue
        key = _claims_key(cache, article)
        dated, undated = memo(
            cache,
            [b"undated", key.encode(), reference.isoformat().encode()],
            functools.partial(read_undated, article, knowledge, reference),
        )
        if dated:
            batches.append(_unpack(_pack(dated), f"undated:{key}"))
        if undated:
            listed[article.id] = undated
        # one with no text at all is an error: listed by name and reason only
        out.append(listed_only(_no_date(article, folder, len(dated), len(undated))))
    return out, batches, listed


def unique_ids(articles: Sequence[SourceArticle]) -> list[SourceArticle]:
    """Give a second file with an id already taken (``a.md`` beside ``a.txt``,
    refused by ingest; ``a b.txt`` beside ``a-b.txt``) its whole file name as
    id, made safe, or failing that a number after it, so every source keeps a
    page of its own."""
    seen: set[str] = set()
    result = []
    for article in articles:
        if article.id in seen:
            base = source_id(article.file)
            taken = base
            number = 2
            while taken in seen:
                taken, number = f"{base}-{number}", number + 1
            article = dataclasses.replace(article, id=taken)
        seen.add(article.id)
        result.append(article)
    return result


def listed_only(article: SourceArticle) -> SourceArticle:
    """A file that is not used (an ``error``) as it is published: its name
    and why, nothing read from its text (headline, credits, address, text),
    so that no page, export or search index shows what was refused."""
    if article.status != "error":
        return article
    return dataclasses.replace(
        article,
        headline=None,
        outlet=None,
        wire=None,
        author=None,
        url=None,
        notes=None,
        cites=(),
        dateline_place=None,
        paragraphs=(),
        sentences=(),
    )


def _cache(settings: TimelineSettings, namespace: str, salt: str) -> Cache | None:
    return Cache(settings.cache, namespace, salt) if settings.use_cache else None


def build_timeline(
    settings: TimelineSettings,
    stage: Stage = no_progress,
    helper: merge.Submitter | None = None,
    save_registry: bool = True,
) -> Timeline:
    """Run every stage on the seeds folder and return the whole timeline.

    ``stage(name)`` wraps each stage (progress on a terminal; see progress.py);
    ``helper``, a process already started, may merge half of the claims.
    The registry's new text is written with ``save_registry``; a build
    writes it only once its site is in place (``Timeline.registry_text``).
    A registry read with problems is never written."""
    salt = code_fingerprint(settings.data) if settings.use_cache else ""
    caches = {
        name: _cache(settings, name, salt)
        for name in ("ingest", "shingles", "claims", "entries", "registry")
    }
    with stage("reading seeds"):
        articles, problems = ingest.read_seeds(
            settings.seeds,
            reference_date=settings.reference_date,
            outlets_file=settings.data / "outlets.yaml",
            max_bytes=settings.max_seed_bytes,
            workers=settings.workers,
            cache=caches["ingest"],
        )
        articles = unique_ids(articles)
        # the cache's salt covers the data files: their folder names the value
        knowledge, knowledge_problems = memo(
            caches["ingest"],
            [b"knowledge", str(settings.data).encode()],
            functools.partial(load_knowledge, settings.data),
        )
        problems = [*problems, *knowledge_problems]
    # grouping stories dates undated copies, and changes dated articles in
    # nothing but their story: their claims are extracted meanwhile
    extraction = Extraction(knowledge, settings.workers, caches["claims"])
    try:
        extraction.start([a for a in articles if a.published is not None])

        with stage(f"grouping {len(articles)} articles into stories"):
            story_list = stories.cluster_stories(
                articles,
                threshold=settings.story_threshold,
                max_days=settings.story_max_days,
                cache=caches["shingles"],
                workers=settings.workers,
            )
            articles = [listed_only(a) for a in stories.date_undated(articles, story_list)]

        with stage("extracting dated claims"):
            batches = extraction.batches(articles)
    finally:
        extraction.close()
    with stage("reading the articles nothing dates"):
        articles, own_dates, undated = _read_undated(
            articles, knowledge, settings.reference_date, caches["claims"], settings.seeds.name
        )
        batches += own_dates
        by_id = {a.id: a for a in articles}
        claim_count = sum(len(batch.buckets) for batch in batches)

    with stage(f"merging {claim_count} claims into entries"):
        entries, bodies = merge.merge_entries(
            batches,
            story_list,
            by_id,
            cache=caches["entries"],
            workers=settings.workers,
            helper=helper,
        )
        registry, registry_problems = ids.load_registry(settings.registry, caches["registry"])
        problems.extend(registry_problems)
        assigned, redirects, registry = ids.stable_ids(entries, registry)
        entries = ids.with_ids(entries, assigned)
        digests = {assigned[p]: ids.entry_digest(assigned[p], body) for p, body in bodies.items()}
        made = ids.registry_text(registry, settings.registry, caches["registry"])
        text: str | None = made
        if registry_problems:
            problems.append(_registry_kept(settings.registry))
            text = None
        elif save_registry:
            ids.write_registry_text(settings.registry, made)
    for name, cache in caches.items():
        if cache:
            cache.sweep()
            logger.info("%s cache: %d hits, %d misses", name, cache.hits, cache.misses)

    return Timeline(
        sources=tuple(sorted(articles, key=lambda a: a.id)),
        stories=tuple(sorted(story_list, key=lambda s: s.id)),
        entries=tuple(sorted(entries, key=lambda e: (e.date.sort_key, e.id))),
        redirects=tuple(sorted(redirects, key=lambda r: (r.old, r.new))),
        problems=tuple(sorted(problems)),
        place_names={p.id: dict(p.name) for p in knowledge.places},
        actors=summary.actor_table(knowledge),
        claimant_actors=summary.claimant_table(knowledge, entries),
        undated=undated,
        entry_digests=digests,
        registry_text=text,
    )


def _registry_kept(path: Path) -> Problem:
    return Problem(
        file=str(path),
        line=None,
        message="registry not updated by this build: it was read with problems",
        hint="fix them and build again; entry ids may differ until then",
        severity="warning",
    )


def all_problems(timeline: Timeline) -> list[Problem]:
    """Every problem of the build (notes excluded): the files' own and the rest, sorted."""
    found = list(timeline.problems)
    for source in timeline.sources:
        found.extend(source.problems)
    return sorted({p for p in found if p.severity != "note"})
