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
from collections.abc import Callable, Sequence
from pathlib import Path

from . import ids, ingest, merge, stories, summary
from .bodies import claimant_bodies
from .cache import digest
from .extract import Knowledge, extract_claims, load_knowledge
from .merge import ClaimBatch
from .model import Claim, Problem, Severity, SourceArticle, Timeline, UndatedClaim
from .names import source_id
from .packs import packs as language_packs
from .people import claimant_people, entry_claimants
from .progress import Stage, no_progress
from .runner import SERIAL, CachedRunner, Runner, Submitter
from .settings import TimelineSettings
from .undated import read_undated

logger = logging.getLogger(__name__)


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


def _extract_packed(articles: Sequence[SourceArticle], knowledge: Knowledge) -> list[Packed]:
    """The claims of each article, packed (the work extraction gives the runner)."""
    return [_pack(extract_claims(a, knowledge)) for a in articles]


#: What extraction reads of an article: all of it but its story.
_KEYED_FIELDS = tuple(f.name for f in dataclasses.fields(SourceArticle) if f.name != "story")


def one_of_each_language(articles: Sequence[SourceArticle]) -> list[SourceArticle]:
    """The first of ``articles`` in each language, in order."""
    first: dict[str, SourceArticle] = {}
    for article in articles:
        first.setdefault(article.language, article)
    return list(first.values())


def claims_key(article: SourceArticle) -> str:
    """What an article's claims are matched and stored under: the article but
    its story, which extraction does not read, so that claims extracted
    before the stories were grouped are those of the article after."""
    return digest(repr(dataclasses.replace(article, story=None)).encode("utf-8", "surrogatepass"))


class _ClaimKeys:
    """``claims_key`` of each article, made once: an article given again with
    nothing but its story changed (every other field the same object) keeps
    its key (repr of 4,000 articles is a second of the build)."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[SourceArticle, str]] = {}

    def __call__(self, article: SourceArticle) -> str:
        known = self._known.get(article.id)
        if known is not None:
            before, key = known
            if all(getattr(article, f) is getattr(before, f) for f in _KEYED_FIELDS):
                return key
        key = claims_key(article)
        self._known[article.id] = (article, key)
        return key


def extract_batches(
    articles: Sequence[SourceArticle],
    knowledge: Knowledge,
    key_of: Callable[[SourceArticle], str],
    run: Runner,
    *,
    prefetch: bool = False,
) -> list[ClaimBatch]:
    """The claims of each usable article, one batch per article, in order. A
    batch holds its claims pickled until merging needs them: after adding one
    article, only the claims sharing a day with the new article's are read.
    With ``prefetch``, the runner only starts the work (and nothing is returned)."""
    usable = [a for a in articles if a.usable]
    keys = [key_of(a) for a in usable]
    work = functools.partial(_extract_packed, knowledge=knowledge)
    # the grammars each language compiles on first use, compiled here once for the
    # workers to inherit (each forked worker compiled them again: about 0.5 s of CPU)
    warm = functools.partial(work, one_of_each_language(usable))
    if prefetch:
        run.prefetch("claims", work, usable, key=lambda i: [keys[i].encode()], warm=warm)
        return []
    packed = run.map("claims", work, usable, key=lambda i: [keys[i].encode()], warm=warm)
    return [_unpack(p, k) for p, k in zip(packed, keys, strict=True)]


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


def _read_undated_many(
    articles: Sequence[SourceArticle], knowledge: Knowledge, reference: dt.date
) -> list[tuple[list[Claim], tuple[UndatedClaim, ...]]]:
    """``read_undated`` of each article (the work the runner gives its workers)."""
    return [read_undated(a, knowledge, reference) for a in articles]


def _undated_key(key: str, reference: dt.date) -> list[bytes]:
    return [b"undated", key.encode(), reference.isoformat().encode()]


def _read_undated(
    articles: Sequence[SourceArticle],
    knowledge: Knowledge,
    reference: dt.date,
    run: Runner,
    folder: str,
) -> tuple[list[SourceArticle], list[ClaimBatch], dict[str, tuple[UndatedClaim, ...]]]:
    """The articles nothing dates, read as undated.py reads them: each article with
    what the build says of it, the batches of the claims that give their own date, and
    the undated claims of each article."""
    out: list[SourceArticle] = []
    batches: list[ClaimBatch] = []
    listed: dict[str, tuple[UndatedClaim, ...]] = {}
    todo = [a for a in articles if a.published is None and a.status != "error"]
    keys = [claims_key(a) for a in todo]
    # each is read two to four times (undated.py): across the runner's workers
    work = functools.partial(_read_undated_many, knowledge=knowledge, reference=reference)
    warm = functools.partial(work, one_of_each_language(todo))
    read = run.map("claims", work, todo, key=lambda i: _undated_key(keys[i], reference), warm=warm)
    results = dict(zip((a.id for a in todo), zip(keys, read, strict=True), strict=True))
    for article in articles:
        if article.published is not None or article.status == "error":
            out.append(article)
            continue
        key, (dated, undated) = results[article.id]
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


def runner_for(settings: TimelineSettings, helper: Submitter | None = None) -> Runner:
    """The runner a build uses: serial with one worker and no cache (the
    stages' plain definition), else cached and parallel (runner.py)."""
    if settings.workers <= 1 and not settings.use_cache:
        return SERIAL
    root = settings.cache if settings.use_cache else None
    return CachedRunner.for_data(root, settings.data, settings.workers, helper)


def build_timeline(
    settings: TimelineSettings,
    stage: Stage = no_progress,
    run: Runner | None = None,
    save_registry: bool = True,
) -> Timeline:
    """Run every stage on the seeds folder and return the whole timeline.

    ``stage(name)`` wraps each stage (progress on a terminal; see progress.py);
    ``run`` runs the stages' work (``runner_for(settings)`` when not given,
    closed at the end). The registry's new text is written with
    ``save_registry``; a build writes it only once its site is in place
    (``Timeline.registry_text``). A registry read with problems is never written."""
    own = run is None
    run = runner_for(settings) if run is None else run
    try:
        timeline = _build(settings, stage, run, save_registry)
    except BaseException:
        if own:
            run.close(store=False)
        raise
    if own:
        run.close()
    return timeline


def _build(settings: TimelineSettings, stage: Stage, run: Runner, save_registry: bool) -> Timeline:
    with stage("reading seeds"):
        articles, problems = ingest.read_seeds(
            settings.seeds,
            reference_date=settings.reference_date,
            outlets_file=settings.data / "outlets.yaml",
            max_bytes=settings.max_seed_bytes,
            run=run,
        )
        articles = unique_ids(articles)
        # the runner's salt covers the data files: their folder names the value
        knowledge, knowledge_problems = run.once(
            "ingest",
            lambda: [b"knowledge", str(settings.data).encode()],
            functools.partial(load_knowledge, settings.data),
        )
        problems = [*problems, *knowledge_problems]
    # grouping stories dates undated copies, and changes dated articles in
    # nothing but their story: their claims may be extracted meanwhile
    key_of = _ClaimKeys()
    dated = [a for a in articles if a.published is not None]
    extract_batches(dated, knowledge, key_of, run, prefetch=True)

    with stage(f"grouping {len(articles)} articles into stories"):
        story_list = stories.cluster_stories(
            articles,
            threshold=settings.story_threshold,
            max_days=settings.story_max_days,
            run=run,
        )
        articles = [listed_only(a) for a in stories.date_undated(articles, story_list)]

    with stage("extracting dated claims"):
        batches = extract_batches(articles, knowledge, key_of, run)
    with stage("reading the articles nothing dates"):
        articles, own_dates, undated = _read_undated(
            articles, knowledge, settings.reference_date, run, settings.seeds.name
        )
        batches += own_dates
        by_id = {a.id: a for a in articles}
        claim_count = sum(len(batch.buckets) for batch in batches)

    with stage(f"merging {claim_count} claims into entries"):
        entries, bodies = merge.merge_entries(
            batches, story_list, by_id, run=run, sectors=knowledge.sectors
        )
        registry, registry_problems = ids.load_registry(settings.registry, run)
        problems.extend(registry_problems)
        assigned, redirects, registry = ids.stable_ids(entries, registry)
        entries = ids.with_ids(entries, assigned)
        digests = {assigned[p]: ids.entry_digest(assigned[p], body) for p, body in bodies.items()}
        made = ids.registry_text(registry, settings.registry, run)
        text: str | None = made
        if registry_problems:
            problems.append(_registry_kept(settings.registry))
            text = None
        elif save_registry:
            ids.write_registry_text(settings.registry, made)

    actors = summary.actor_table(knowledge)
    return Timeline(
        sources=tuple(sorted(articles, key=lambda a: a.id)),
        stories=tuple(sorted(story_list, key=lambda s: s.id)),
        entries=tuple(sorted(entries, key=lambda e: (e.date.sort_key, e.id))),
        redirects=tuple(sorted(redirects, key=lambda r: (r.old, r.new))),
        problems=tuple(sorted(problems)),
        place_names={p.id: dict(p.name) for p in knowledge.places},
        actors=actors,
        claimant_actors=summary.claimant_table(knowledge, entries),
        claimant_people=claimant_people(actors, entry_claimants(entries)),
        claimant_bodies=claimant_bodies(knowledge, language_packs(), entries, by_id),
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
