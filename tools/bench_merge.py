"""Benchmark: story clustering (MinHash LSH) and entry merging at 1,000 vs 10,000 articles.

Uses the synthetic corpus of ``tools/corpus.py`` (real seed formats, copies,
rewrites, undated copies), ingests it, then times:

* ``cluster_stories`` (shingling + MinHash + LSH + exact check + union-find);
* ``build_entries`` + ``assign_ids`` on synthetic one-source claims made from
  the articles' sentences (extraction is not timed: this measures merging).

It prints the figures and the story clustering's pair precision/recall against
the corpus truth. Timings are printed, never asserted (they depend on the
machine). Usage::

    .venv/bin/python tools/bench_merge.py --sizes 1000 10000
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "tools"))

import corpus as synth  # noqa: E402

from timeline import ingest  # noqa: E402
from timeline.ids import Registry, assign_ids  # noqa: E402
from timeline.merge import build_entries  # noqa: E402
from timeline.model import EVENT_TYPES, Claim, FuzzyDate, Quote, SourceArticle  # noqa: E402
from timeline.stories import cluster_stories, date_undated  # noqa: E402


def _pairs(groups: Sequence[Sequence[str]]) -> set[tuple[str, str]]:
    return {p for g in groups for p in combinations(sorted(g), 2)}


def _claims(articles: Sequence[SourceArticle], seed: int) -> list[Claim]:
    """Up to 8 claims per dated article, dated on its publication day or a day before."""
    rng = random.Random(seed)
    out = []
    for art in articles:
        if art.published is None:
            continue
        for sent in art.sentences[:8]:
            day = art.published - dt.timedelta(days=rng.choice((0, 0, 1)))
            out.append(
                Claim(
                    text=sent.text,
                    date=FuzzyDate(day, day, day.isoformat(), "day"),
                    claimant=None,
                    sources=(art.id,),
                    quotes=(Quote(art.id, sent.index, sent.text),),
                    event_type=EVENT_TYPES[sent.index % len(EVENT_TYPES)],
                )
            )
    return out


def bench(n: int, seed: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        dest = Path(tmp)
        corpus = synth.generate_corpus(n, seed)
        synth.write_corpus(corpus, dest)
        t0 = time.perf_counter()
        articles, _ = ingest.read_seeds(
            dest / "seeds",
            reference_date=dt.date(2030, 1, 1),
            outlets_file=ROOT / "data" / "outlets.yaml",
        )
        t_ingest = time.perf_counter() - t0
    t0 = time.perf_counter()
    stories = cluster_stories(articles)
    t_cluster = time.perf_counter() - t0
    dated = date_undated(articles, stories)

    truth: dict[str, list[str]] = {}
    for art in corpus.articles:
        if art.story:
            truth.setdefault(art.story, []).append(Path(art.name).stem)
    known = {a.id for a in articles}
    want = _pairs([[m for m in g if m in known] for g in truth.values()])
    got = _pairs([s.members for s in stories])
    precision = len(got & want) / len(got) if got else 1.0
    recall = len(got & want) / len(want) if want else 1.0

    claims = _claims(dated, seed)
    by_id = {a.id: a for a in dated}
    t0 = time.perf_counter()
    entries = build_entries(claims, stories, by_id)
    t_merge = time.perf_counter() - t0
    t0 = time.perf_counter()
    assign_ids(entries, Registry.empty())
    t_ids = time.perf_counter() - t0
    return {
        "articles": float(len(articles)),
        "stories": float(len(stories)),
        "ingest_s": t_ingest,
        "cluster_s": t_cluster,
        "pair_precision": precision,
        "pair_recall": recall,
        "claims": float(len(claims)),
        "entries": float(len(entries)),
        "merge_s": t_merge,
        "ids_s": t_ids,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rows = [bench(n, args.seed) for n in args.sizes]
    head = (
        f"{'articles':>8} {'stories':>7} {'cluster s':>9} {'per 1k':>7} {'P':>5} {'R':>5} "
        f"{'claims':>7} {'entries':>7} {'merge s':>8} {'ids s':>6}"
    )
    print(head)
    for r in rows:
        per_k = r["cluster_s"] / r["articles"] * 1000
        print(
            f"{r['articles']:8.0f} {r['stories']:7.0f} {r['cluster_s']:9.2f} {per_k:7.3f} "
            f"{r['pair_precision']:5.2f} {r['pair_recall']:5.2f} {r['claims']:7.0f} "
            f"{r['entries']:7.0f} {r['merge_s']:8.2f} {r['ids_s']:6.2f}"
        )
    if len(rows) >= 2:
        a, b = rows[0], rows[-1]
        size = b["articles"] / a["articles"]
        print(
            f"x{size:.1f} articles: clustering x{b['cluster_s'] / a['cluster_s']:.1f}, "
            f"merging x{b['merge_s'] / a['merge_s']:.1f}, "
            f"ids x{b['ids_s'] / max(a['ids_s'], 1e-9):.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
