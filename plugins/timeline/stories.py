"""Near-duplicate articles -> stories; undated copies take their story's date.

Copies and rewrites of one wire story (seeds 000, 001, 002: AFP, re-worded,
cut or extended) are one *story*. They corroborate nothing beyond its origin.

Method (see docs/field-notes "Article near-duplicates"):

* Each article's cleaned text becomes a set of word 3-shingles (lower-cased,
  typographic quotes and dashes folded), each hashed to 64 bits (BLAKE2b).
  Shingles found in more than max(50, 1% of the articles) are boilerplate and
  dropped (:func:`drop_common_shingles`); on a small corpus nothing is.
* A MinHash (the ``affine64`` scheme of ``datasketch``, fixed seed, computed
  here with numpy so that datasketch and scipy are not imported; a unit test
  checks it against datasketch) of each set goes into a MinHash LSH index
  (datasketch's banding, parameters optimal for the threshold) at a low
  threshold (0.15): a paraphrase scores far below the usual
  0.5. Dated articles are indexed in a sliding window over their dates
  (``max_days``): articles further apart can never be one story, so they are
  never candidates, and boilerplate shared across years (background
  paragraphs) cannot make the candidate lists grow with the corpus. Undated
  articles query an index of every article. Never all pairs.
* Every candidate pair is checked with the exact Jaccard similarity of the
  two shingle sets (the hashes stand for the shingles; a 64-bit collision is
  negligible); pairs under ``threshold`` are dropped.
* Pairs are joined strongest first (Jaccard descending, then ids) with a
  union-find that refuses a join when the joined story's dated members would
  lie more than ``max_days`` days apart: similar words fourteen months
  apart ("clashes on Tuesday") are two events, not one story.
* Copies of one story name the same days: two articles whose ledes both
  name days (day and month written out) and share none are two events told
  in one template ("On 21 February ... violated the ceasefire" and "On 2
  March ... violated the ceasefire", a ministry's daily statement), not one
  story, however alike their words.

A story's ``id`` is the id of its origin: the earliest dated member (ties: the
smallest id; with no dated member, the smallest id). It changes only if an
earlier copy of the story arrives; entry ids (ids.py) never depend on it.
The result does not depend on the order of the input.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import itertools
import logging
import re
from array import array
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from .dates import find_dates
from .model import Problem, SourceArticle, Story
from .runner import SERIAL, Runner

log = logging.getLogger(__name__)

DEFAULT_THRESHOLD = 0.15
DEFAULT_MAX_DAYS = 3
NUM_PERM = 128
MINHASH_SEED = 1
SHINGLE_SIZE = 3
COMMON_SHINGLE_FLOOR = 50
COMMON_SHINGLE_SHARE = 0.01

_FOLD = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "–": "-",
        "—": "-",
    }
)
_WORD = re.compile(r"\w+(?:['-]\w+)*", re.UNICODE)


def article_text(article: SourceArticle) -> str:
    """The cleaned text that is compared: the paragraphs, else the sentences."""
    if article.paragraphs:
        return "\n".join(article.paragraphs)
    return " ".join(s.text for s in article.sentences)


def words(text: str) -> list[str]:
    """Lower-cased words with typographic quotes and dashes folded."""
    return _WORD.findall(text.translate(_FOLD).lower())


def _hash64(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest(), "big")


def shingles(text: str, size: int = SHINGLE_SIZE) -> frozenset[int]:
    """Hashed word ``size``-shingles of ``text`` (a short text: its words joined)."""
    toks = words(text)
    if not toks:
        return frozenset()
    if len(toks) < size:
        return frozenset({_hash64(" ".join(toks))})
    return frozenset(_hash64(" ".join(toks[i : i + size])) for i in range(len(toks) - size + 1))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """Exact Jaccard similarity of two sets (0.0 for two empty sets)."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def drop_common_shingles(
    sets: Sequence[tuple[str, frozenset[int]]],
    floor: int = COMMON_SHINGLE_FLOOR,
    share: float = COMMON_SHINGLE_SHARE,
) -> list[tuple[str, frozenset[int]]]:
    """Remove shingles found in more than max(floor, share * n) articles.

    Such shingles are boilerplate (background paragraphs every outlet repeats,
    site furniture), not evidence that one article copies another; left in,
    they make unrelated articles candidates of each other and the candidate
    lists grow with the corpus. A story would need more than ``floor`` copies
    for its own text to count as common.
    """
    limit = max(floor, int(share * len(sets)))
    if len(sets) <= limit:  # no shingle can be in more than ``limit`` sets
        return list(sets)
    total = sum(len(values) for _, values in sets)
    flat = np.fromiter(
        itertools.chain.from_iterable(values for _, values in sets), dtype=np.uint64, count=total
    )
    found, counts = np.unique(flat, return_counts=True)
    common = set(found[counts > limit].tolist())
    if not common:
        return list(sets)
    return [
        (key, values - common if not common.isdisjoint(values) else values) for key, values in sets
    ]


# (threshold, num_perm) -> (bands, rows): datasketch's ``_optimal_param`` with
# weights (0.5, 0.5), precomputed because computing it imports scipy and
# integrates some 1,400 times; a unit test checks the table against it.
LSH_PARAMS: dict[tuple[float, int], tuple[int, int]] = {(0.15, 128): (51, 2)}

_U64 = np.uint64
_FMIX = (_U64(33), _U64(0xFF51AFD7ED558CCD), _U64(33), _U64(0xC4CEB9FE1A85EC53), _U64(33))


def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows of the LSH index for ``threshold`` (as datasketch chooses them)."""
    known = LSH_PARAMS.get((threshold, num_perm))
    if known is not None:
        return known
    from datasketch.lsh import _optimal_param  # imports scipy: only for other settings

    bands, rows = _optimal_param(threshold, num_perm, 0.5, 0.5)
    return int(bands), int(rows)


@functools.lru_cache(maxsize=4)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch ``MinHash(num_perm, seed=MINHASH_SEED, scheme="affine64")`` permutations."""
    gen = np.random.RandomState(MINHASH_SEED)
    a = gen.randint(0, 1 << 63, num_perm, dtype=np.uint64) * _U64(2) + _U64(1)
    b = gen.randint(0, 1 << 64, num_perm, dtype=np.uint64)
    return a, b


def minhash(values: Iterable[int], num_perm: int = NUM_PERM) -> np.ndarray:
    """Hash values of the MinHash of a non-empty set of 64-bit ints, equal to
    datasketch's ``MinHash(num_perm, seed=1, hashfunc=identity, scheme="affine64")``
    after ``update_batch(values)``."""
    a, b = _permutations(num_perm)
    hv = np.fromiter(values, dtype=np.uint64).reshape(-1, 1)
    s1, m1, s2, m2, s3 = _FMIX
    with np.errstate(over="ignore"):
        hv = hv ^ (hv >> s1)
        hv = hv * m1
        hv = hv ^ (hv >> s2)
        hv = hv * m2
        hv = hv ^ (hv >> s3)
        result: np.ndarray = (hv * a + b).min(axis=0)
    return result


def band_buckets(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """For each LSH band, the bucket of each signature (row of ``signatures``):
    two signatures share a bucket of a band when all ``rows`` hash values of
    that band are equal. Buckets are numbered across bands, so an equal
    number means the same band and bucket."""
    n = signatures.shape[0]
    found = np.empty((bands, n), dtype=np.int64)
    for band in range(bands):
        block = np.ascontiguousarray(signatures[:, band * rows : (band + 1) * rows])
        keys = block.view(np.dtype((np.void, 8 * rows))).ravel()
        _, inverse = np.unique(keys, return_inverse=True)
        found[band] = inverse.ravel() + band * n
    return found


def _shared_buckets(buckets: np.ndarray) -> list[np.ndarray]:
    """The members (signature indices) of every bucket holding two or more."""
    flat = buckets.ravel()
    members = np.tile(np.arange(buckets.shape[1]), buckets.shape[0])
    order = np.argsort(flat, kind="stable")
    flat, members = flat[order], members[order]
    starts = np.flatnonzero(np.r_[True, flat[1:] != flat[:-1]])
    sizes = np.diff(np.r_[starts, len(flat)])
    return [members[a : a + k] for a, k in zip(starts[sizes > 1], sizes[sizes > 1], strict=True)]


def _bucket_pairs(
    members: list[int], ordinal: Sequence[int | None], max_days: int
) -> Iterable[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of one bucket's members that may be
    compared: an undated member with every other, dated ones at most
    ``max_days`` apart (a sliding window over their dates, so a large bucket
    costs its size plus its pairs, not its size squared)."""
    undated = [m for m in members if ordinal[m] is None]
    for u in undated:
        for m in members:
            if m != u:
                yield (u, m) if u < m else (m, u)
    dated = sorted((d, m) for m in members if (d := ordinal[m]) is not None)
    start = 0
    for k, (day, m) in enumerate(dated):
        while day - dated[start][0] > max_days:
            start += 1
        for _, other in dated[start:k]:
            yield (other, m) if other < m else (m, other)


def candidate_pairs(
    sets: Sequence[tuple[str, frozenset[int]]],
    threshold: float,
    num_perm: int = NUM_PERM,
    published: Mapping[str, dt.date | None] | None = None,
    max_days: int | None = None,
) -> list[tuple[float, str, str]]:
    """Pairs ``(jaccard, id_a, id_b)`` with ``id_a < id_b`` and exact Jaccard >= threshold.

    Candidates come from MinHash LSH (articles sharing a bucket of any band),
    each checked exactly; never all pairs. With ``published`` and
    ``max_days``, two dated articles are only candidates when at most
    ``max_days`` apart; an undated article is a candidate of every article it
    shares a bucket with, dated or not.
    """
    dates = published or {}
    by_id = dict(sets)
    n_bands, rows = lsh_params(threshold, num_perm)
    keys = sorted(key for key, values in sets if values)
    if not keys:
        return []
    signatures = np.stack([minhash(by_id[key], num_perm) for key in keys])
    ordinal = [
        d.toordinal() if (d := dates.get(key)) is not None and max_days is not None else None
        for key in keys
    ]
    found: set[tuple[int, int]] = set()
    for members in _shared_buckets(band_buckets(signatures, n_bands, rows)):
        found.update(_bucket_pairs(members.tolist(), ordinal, max_days or 0))
    pairs = []
    for i, j in found:
        a, b = keys[i], keys[j]
        score = jaccard(by_id[a], by_id[b])
        if score >= threshold:
            pairs.append((score, a, b))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return pairs


#: The sentences of an article's lede, where a story names its days.
LEDE_SENTENCES = 3
#: Any publication date: a day and month written out are read the same under any.
_ANY_DAY = dt.date(2000, 1, 1)

#: What is compared of an article: its text, and its lede's sentences and language.
Compared = tuple[str, tuple[str, ...], str]
#: What comes of it: the sorted shingle hashes, packed (small to send between
#: processes), and the (month, day) of the days its lede names.
Fingerprint = tuple[bytes, frozenset[tuple[int, int]]]


def lede_days(sentences: Sequence[str], lang: str) -> frozenset[tuple[int, int]]:
    """The (month, day) of each day a lede names with its month: "21 February",
    "2023-02-21", "փետրվարի 21-ին"."""
    named: set[tuple[int, int]] = set()
    for text in sentences:
        for mention in find_dates(text, _ANY_DAY, lang=lang):
            value = mention.value
            if mention.kind in ("date", "day-month") and value.precision in ("day", "time"):
                named.add((value.start.month, value.start.day))
    return frozenset(named)


def _fingerprints(items: Sequence[Compared]) -> list[Fingerprint]:
    """The shingles and lede days of each article (the work given to the runner)."""
    return [
        (array("Q", sorted(shingles(text))).tobytes(), lede_days(lede, lang))
        for text, lede, lang in items
    ]


def fingerprints(
    articles: Sequence[SourceArticle], run: Runner = SERIAL
) -> tuple[list[frozenset[int]], list[frozenset[tuple[int, int]]]]:
    """``shingles(article_text(a))`` of each article, and the days its lede names
    (``run`` may reuse both by text)."""
    items = [
        (article_text(a), tuple(s.text for s in a.sentences[:LEDE_SENTENCES]), a.language)
        for a in articles
    ]
    found = run.map(
        "shingles",
        _fingerprints,
        items,
        key=lambda i: [str(SHINGLE_SIZE).encode(), repr(items[i]).encode("utf-8", "surrogatepass")],
        kind=tuple,
    )
    return [frozenset(array("Q", packed)) for packed, _ in found], [days for _, days in found]


class _Clusters:
    """Union-find that keeps each cluster's earliest and latest publication date."""

    def __init__(self, articles: Sequence[SourceArticle]) -> None:
        self.parent = {a.id: a.id for a in articles}
        self.span: dict[str, tuple[dt.date, dt.date] | None] = {
            a.id: (a.published, a.published) if a.published else None for a in articles
        }

    def find(self, key: str) -> str:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: str, b: str, max_days: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        sa, sb = self.span[ra], self.span[rb]
        merged = sa or sb
        if sa and sb:
            merged = (min(sa[0], sb[0]), max(sa[1], sb[1]))
            if (merged[1] - merged[0]).days > max_days:
                return False
        low, high = sorted((ra, rb))
        self.parent[high] = low
        self.span[low] = merged
        return True


def _origin(members: Sequence[SourceArticle]) -> SourceArticle:
    dated = [m for m in members if m.published is not None]
    if dated:
        return min(dated, key=lambda m: (m.published, m.id))
    return min(members, key=lambda m: m.id)


def _wire(origin: SourceArticle, members: Sequence[SourceArticle]) -> str | None:
    if origin.wire:
        return origin.wire
    wires = sorted({m.wire for m in members if m.wire})
    return wires[0] if wires else None


def cluster_stories(
    articles: Sequence[SourceArticle],
    threshold: float = DEFAULT_THRESHOLD,
    max_days: int = DEFAULT_MAX_DAYS,
    num_perm: int = NUM_PERM,
    run: Runner = SERIAL,
) -> list[Story]:
    """Group copies and rewrites into stories; every article is in exactly one.

    Two articles are joined when the exact Jaccard similarity of their word
    3-shingles is at least ``threshold`` and the joined story's dated members
    are at most ``max_days`` days apart. Stories are returned sorted by
    id, members sorted by id. ``run`` computes the shingle sets (runner.py).
    """
    ordered = sorted(articles, key=lambda a: a.id)
    ids = [a.id for a in ordered]
    if len(set(ids)) != len(ids):
        raise ValueError("cluster_stories: duplicate article ids")
    sets_of, days_of = fingerprints(ordered, run)
    sets = drop_common_shingles(list(zip(ids, sets_of, strict=True)))
    days = dict(zip(ids, days_of, strict=True))
    clusters = _Clusters(ordered)
    published = {a.id: a.published for a in ordered}
    for score, a, b in candidate_pairs(sets, threshold, num_perm, published, max_days):
        if days.get(a) and days.get(b) and not days[a] & days[b]:
            log.debug("not joined: %s ~ %s (Jaccard %.3f, other days)", a, b, score)
        elif clusters.union(a, b, max_days):
            log.debug("same story: %s ~ %s (Jaccard %.3f)", a, b, score)
        else:
            log.debug("not joined: %s ~ %s (Jaccard %.3f, dates apart)", a, b, score)
    groups: dict[str, list[SourceArticle]] = {}
    for art in ordered:
        groups.setdefault(clusters.find(art.id), []).append(art)
    stories = []
    for members in groups.values():
        origin = _origin(members)
        stories.append(
            Story(
                id=origin.id,
                members=tuple(m.id for m in members),
                origin=origin.id,
                wire=_wire(origin, members),
                published=origin.published,
            )
        )
    return sorted(stories, key=lambda s: s.id)


#: How long before its publication an article may date a day it names without a year
#: ("on 2 March"): a copy's date that puts that day further back is no date of this text.
_LOOK_BACK_DAYS = 31


def fits_copy_date(article: SourceArticle, published: dt.date) -> bool:
    """May ``article`` (undated) take ``published``, the date of a copy of its story?

    Not when a day it names lies after that date, or a day it names without a year
    ("մարտի 2-ին", "on 2 March") would then lie more than a month back: the copy is
    another story grouped with it, and its date would shift every day of this text.
    """
    for sentence in article.sentences:
        for mention in find_dates(sentence.text, published, None, article.language):
            if mention.kind == "date" and mention.value.start > published:
                return False
            if mention.kind == "day-month" and (
                (published - mention.value.end).days > _LOOK_BACK_DAYS
            ):
                return False
    return True


def date_undated(
    articles: Sequence[SourceArticle], stories: Sequence[Story]
) -> list[SourceArticle]:
    """Set each article's ``story``; an undated member takes its story's date
    when the days it names fit that date (:func:`fits_copy_date`).

    The date is marked ``published_from="inferred"`` and a warning names the
    article it came from (replacing ingest's "no publication date" warning).
    Returned sorted by id. An article in no story is returned unchanged.
    """
    story_of = {m: s for s in stories for m in s.members}
    out = []
    for art in sorted(articles, key=lambda a: a.id):
        story = story_of.get(art.id)
        if story is None:
            out.append(art)
            continue
        if (
            art.published is None
            and story.published is not None
            and fits_copy_date(art, story.published)
        ):
            # The "no publication date" warning of ingest is superseded by this one.
            undated = [p for p in art.problems if p.message.startswith("no publication date")]
            kept = tuple(p for p in art.problems if p not in undated)
            note = Problem(
                file=undated[0].file if undated else art.file,
                line=None,
                message=(
                    f"publication date {story.published.isoformat()} inferred from "
                    f"{story.origin}, a copy of the same story (the text gives none)"
                ),
                hint=f'to override, add "published: YYYY-MM-DD" under {art.file} in sources.yaml',
                severity="note",
            )
            art = dataclasses.replace(
                art,
                published=story.published,
                published_from="inferred",
                problems=(*kept, note),
            )
        out.append(dataclasses.replace(art, story=story.id))
    return out
