"""Near-duplicate articles -> stories; undated copies take their story's date.

Copies and rewrites of one wire story (seeds 000, 001, 002: AFP, re-worded,
cut or extended) are one *story*. They corroborate nothing beyond its origin.

Method (see docs/field-notes "Article near-duplicates"):

* Each article's cleaned text becomes a set of word 3-shingles (lower-cased,
  typographic quotes and dashes folded), each hashed to 64 bits (BLAKE2b).
  Shingles found in more than max(50, 1% of the articles) are boilerplate and
  dropped (:func:`drop_common_shingles`); on a small corpus nothing is.
* A MinHash (``datasketch``, fixed seed) of each set goes into a MinHash LSH
  index at a low threshold (0.15): a paraphrase scores far below the usual
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

A story's ``id`` is the id of its origin: the earliest dated member (ties: the
smallest id; with no dated member, the smallest id). It changes only if an
earlier copy of the story arrives; entry ids (ids.py) never depend on it.
The result does not depend on the order of the input.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from datasketch import MinHash, MinHashLSH

from .model import Problem, SourceArticle, Story

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
    counts = Counter(h for _, values in sets for h in values)
    common = {h for h, n in counts.items() if n > limit}
    if not common:
        return list(sets)
    return [(key, values - common) for key, values in sets]


def _identity(value: int) -> int:
    return value


def _minhash(values: Iterable[int], num_perm: int) -> MinHash:
    mh = MinHash(num_perm=num_perm, seed=MINHASH_SEED, hashfunc=_identity, scheme="affine64")
    mh.update_batch(sorted(values))
    return mh


def candidate_pairs(
    sets: Sequence[tuple[str, frozenset[int]]],
    threshold: float,
    num_perm: int = NUM_PERM,
    published: Mapping[str, dt.date | None] | None = None,
    max_days: int | None = None,
) -> list[tuple[float, str, str]]:
    """Pairs ``(jaccard, id_a, id_b)`` with ``id_a < id_b`` and exact Jaccard >= threshold.

    Candidates come from MinHash LSH, each checked exactly; never all pairs.
    With ``published`` and ``max_days``, two dated articles are only compared
    when at most ``max_days`` apart (a sliding window over the dates, so the
    work grows with the articles near each one, not with the whole corpus);
    an undated article is compared with every article.
    """
    dates = published or {}
    by_id = dict(sets)
    sketches = {key: _minhash(values, num_perm) for key, values in sets if values}
    found: set[tuple[str, str]] = set()

    def check(key: str, others: Iterable[object]) -> None:
        for other in others:
            other_id = str(other)
            if other_id != key:
                found.add((other_id, key) if other_id < key else (key, other_id))

    dated = sorted(
        (d, k) for k in sketches if (d := dates.get(k)) is not None and max_days is not None
    )
    window = MinHashLSH(threshold=threshold, num_perm=num_perm)
    start = 0
    for day, key in dated:
        while max_days is not None and (day - dated[start][0]).days > max_days:
            window.remove(dated[start][1])
            start += 1
        check(key, window.query(sketches[key]))
        window.insert(key, sketches[key])
    rest = [k for k in sorted(sketches) if dates.get(k) is None or max_days is None]
    if rest:
        everything = MinHashLSH(threshold=threshold, num_perm=num_perm)
        for key in sorted(sketches):
            everything.insert(key, sketches[key])
        for key in rest:
            check(key, everything.query(sketches[key]))
    pairs = []
    for a, b in found:
        score = jaccard(by_id[a], by_id[b])
        if score >= threshold:
            pairs.append((score, a, b))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return pairs


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
) -> list[Story]:
    """Group copies and rewrites into stories; every article is in exactly one.

    Two articles are joined when the exact Jaccard similarity of their word
    3-shingles is at least ``threshold`` and the joined story's dated members
    are at most ``max_days`` days apart. Stories are returned sorted by
    id, members sorted by id.
    """
    ordered = sorted(articles, key=lambda a: a.id)
    ids = [a.id for a in ordered]
    if len(set(ids)) != len(ids):
        raise ValueError("cluster_stories: duplicate article ids")
    sets = drop_common_shingles([(a.id, shingles(article_text(a))) for a in ordered])
    clusters = _Clusters(ordered)
    published = {a.id: a.published for a in ordered}
    for score, a, b in candidate_pairs(sets, threshold, num_perm, published, max_days):
        if clusters.union(a, b, max_days):
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


def date_undated(
    articles: Sequence[SourceArticle], stories: Sequence[Story]
) -> list[SourceArticle]:
    """Set each article's ``story``; an undated member takes its story's date.

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
        if art.published is None and story.published is not None:
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
