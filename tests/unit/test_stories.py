"""Stories: copies of one wire story are one story; undated copies take its date."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import ingest
from timeline.model import SourceArticle
from timeline.stories import cluster_stories, date_undated, jaccard, shingles

ROOT = Path(__file__).resolve().parents[2]
GOLD = yaml.safe_load((ROOT / "tests/data/seeds.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seeds() -> list[SourceArticle]:
    articles, _ = ingest.read_seeds(
        ROOT / "seeds", reference_date=dt.date(2030, 1, 1), outlets_file=ROOT / "data/outlets.yaml"
    )
    return articles


def short(ids: tuple[str, ...]) -> list[str]:
    return sorted(i[:3] for i in ids)


def test_story_clusters_equal_the_gold(seeds: list[SourceArticle]) -> None:
    got = sorted(short(s.members) for s in cluster_stories(seeds))
    assert got == sorted(sorted(c) for c in GOLD["story_clusters"])


def test_every_article_is_in_exactly_one_story(seeds: list[SourceArticle]) -> None:
    members = [m for s in cluster_stories(seeds) for m in s.members]
    assert sorted(members) == sorted(a.id for a in seeds)


@pytest.mark.parametrize("pair", GOLD["never_merge"], ids=lambda p: "-".join(p))
def test_never_merge_pairs_stay_apart(seeds: list[SourceArticle], pair: list[str]) -> None:
    for story in cluster_stories(seeds):
        assert not set(pair) <= set(short(story.members))


def test_story_origin_is_the_dated_wire_copy(seeds: list[SourceArticle]) -> None:
    afp = next(s for s in cluster_stories(seeds) if len(s.members) == 3)
    assert afp.origin.startswith("000") and afp.id == afp.origin
    assert afp.wire == "AFP"
    assert afp.published == dt.date(2021, 11, 16)


@pytest.mark.parametrize("short_id", ["001", "002"])
def test_undated_copies_take_the_story_date(seeds: list[SourceArticle], short_id: str) -> None:
    dated = {a.id[:3]: a for a in date_undated(seeds, cluster_stories(seeds))}
    article = dated[short_id]
    assert article.published == dt.date(2021, 11, 16)
    assert article.published_from == "inferred"
    assert article.story is not None and article.story.startswith("000")
    notes = [p for p in article.problems if "inferred from 000" in p.message]
    assert len(notes) == 1 and notes[0].severity == "note"  # recorded, not a problem
    assert not [p for p in article.problems if p.message == "no publication date"]


def test_dated_articles_keep_their_date(seeds: list[SourceArticle]) -> None:
    before = {a.id: a for a in seeds}
    for article in date_undated(seeds, cluster_stories(seeds)):
        if before[article.id].published is not None:
            assert article.published == before[article.id].published
            assert article.published_from == before[article.id].published_from
            assert article.problems == before[article.id].problems


def test_near_copies_far_apart_in_time_are_two_stories(seeds: list[SourceArticle]) -> None:
    """The same words 14 months later are another event, not a copy."""
    original = next(a for a in seeds if a.id.startswith("000"))
    later = dataclasses.replace(original, id="999_later", published=dt.date(2023, 1, 10))
    stories = cluster_stories([original, later])
    assert len(stories) == 2


def test_chain_cannot_stretch_a_story_past_the_limit(seeds: list[SourceArticle]) -> None:
    original = next(a for a in seeds if a.id.startswith("000"))
    copies = [
        dataclasses.replace(original, id=f"c{i}", published=dt.date(2021, 11, 16 + 2 * i))
        for i in range(4)
    ]
    for story in cluster_stories(copies, max_days=3):
        dates = [c.published for c in copies if c.id in story.members and c.published]
        assert (max(dates) - min(dates)).days <= 3


def test_article_without_text_is_a_story_of_its_own(seeds: list[SourceArticle]) -> None:
    empty = SourceArticle("empty", "seeds/empty.txt", "x", None, None, None)
    stories = cluster_stories([*seeds, empty])
    assert ("empty",) in [s.members for s in stories]
    lone = next(s for s in stories if s.members == ("empty",))
    assert lone.origin == "empty" and lone.published is None


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        ("000", "001", 0.3, 0.5),  # AFP re-worded
        ("000", "002", 0.25, 0.45),  # AFP extended
        ("001", "002", 0.15, 0.25),  # two rewrites of one story
        ("000", "004", 0.0, 0.1),  # same event, independent story
        ("000", "003", 0.0, 0.1),  # another event
    ],
)
def test_shingle_similarity_of_seed_pairs(
    seeds: list[SourceArticle], a: str, b: str, low: float, high: float
) -> None:
    text = {s.id[:3]: "\n".join(s.paragraphs) for s in seeds}
    assert low <= jaccard(shingles(text[a]), shingles(text[b])) <= high


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_output_does_not_depend_on_input_order(seeds: list[SourceArticle], rnd: object) -> None:
    shuffled = list(seeds)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    expected = cluster_stories(seeds)
    assert cluster_stories(shuffled) == expected
    assert date_undated(shuffled, expected) == date_undated(seeds, expected)


def _words(rnd_seed: int, n: int) -> str:
    import random

    rnd = random.Random(rnd_seed)
    vocab = [f"w{i}" for i in range(5000)]
    return " ".join(rnd.choice(vocab) for _ in range(n))


def test_shared_boilerplate_does_not_make_a_story(seeds: list[SourceArticle]) -> None:
    """60 reports of different days share one long background paragraph (more
    boilerplate than news): they stay apart, while a real copy still joins."""
    background = next(a for a in seeds if a.id.startswith("000")).paragraphs[-1] * 3
    day = dt.date(2021, 11, 16)
    reports = [
        SourceArticle(
            f"r{i:02d}",
            f"seeds/r{i:02d}.txt",
            str(i),
            None,
            day,
            "header",
            paragraphs=(_words(i, 60), background),
        )
        for i in range(60)
    ]
    copy = dataclasses.replace(reports[0], id="r00-copy", published=None)
    stories = cluster_stories([*reports, copy])
    assert len(stories) == 60
    assert ("r00", "r00-copy") in [s.members for s in stories]


def _reference_pairs(
    sets: list[tuple[str, frozenset[int]]],
    dates: dict[str, dt.date | None],
    threshold: float,
    max_days: int,
) -> list[tuple[float, str, str]]:
    """Every pair checked (fine for a few dozen sets): shares an LSH band,
    undated or at most ``max_days`` apart, exact Jaccard at least ``threshold``."""
    from timeline import stories

    bands, rows = stories.lsh_params(threshold, stories.NUM_PERM)
    sketch = {k: stories.minhash(v).tobytes() for k, v in sets if v}
    width = rows * 8
    found = []
    for a in sorted(sketch):
        for b in sorted(sketch):
            if a >= b:
                continue
            shared = any(
                sketch[a][i * width : (i + 1) * width] == sketch[b][i * width : (i + 1) * width]
                for i in range(bands)
            )
            da, db = dates.get(a), dates.get(b)
            near = da is None or db is None or abs((da - db).days) <= max_days
            score = jaccard(dict(sets)[a], dict(sets)[b])
            if shared and near and score >= threshold:
                found.append((score, a, b))
    return sorted(found, key=lambda p: (-p[0], p[1], p[2]))


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_candidate_pairs_equal_checking_every_pair(rnd: object) -> None:
    """Copies (overlapping sets) dated near and far, some undated, some empty."""
    from timeline.stories import candidate_pairs

    sets: list[tuple[str, frozenset[int]]] = []
    dates: dict[str, dt.date | None] = {}
    for i in range(40):
        base = rnd.randrange(6) * 1000  # type: ignore[attr-defined]
        size = rnd.choice([0, 5, 30, 60])  # type: ignore[attr-defined]
        start = base + rnd.randrange(25)  # type: ignore[attr-defined]
        key = f"a{i:02d}"
        sets.append((key, frozenset(range(start, start + size))))
        day = rnd.choice([None, *range(0, 12)])  # type: ignore[attr-defined]
        dates[key] = None if day is None else dt.date(2021, 1, 1) + dt.timedelta(days=day)
    for max_days in (0, 3):
        assert candidate_pairs(sets, 0.15, published=dates, max_days=max_days) == (
            _reference_pairs(sets, dates, 0.15, max_days)
        )


# A ministry's daily statement, one template on two days (eval dev split:
# hy-596055e35a, 21 February; hy-27aec8a930, 2 and 3 March).
_FEBRUARY = (
    "Փետրվարի 21-ին Ադրբեջանի ԶՈւ ստորաբաժանումները շփման գծի հյուսիսային և արևելյան "
    "ուղղություններով խախտել են հրադադարը` կիրառելով հրաձգային զինատեսակներ։ Հայկական կողմում "
    "տուժածներ չկան։ Հրադադարի խախտման մասին հաղորդվել է ՌԴ խաղաղապահ զորակազմի "
    "հրամանատարությանը։ Ներկայումս իրավիճակը շփման գծում հարաբերականորեն կայուն է։"
)
_MARCH = (
    "Ադրբեջանի ԶՈւ ստորաբաժանումները մարտի 2-ին և մարտի 2-ի լույս 3-ի գիշերը խախտել են "
    "հրադադարը` կիրառելով հրաձգային զինատեսակներ։ Հայկական կողմում տուժածներ չկան։ "
    "Հրադադարի խախտման մասին հաղորդվել է ՌԴ խաղաղապահ զորակազմի հրամանատարությանը։ "
    "Ներկայումս իրավիճակը շփման գծում հարաբերականորեն կայուն է։"
)


def _hy(name: str, text: str, published: dt.date | None) -> SourceArticle:
    from timeline.text import split_sentences

    sentences = tuple(ingest.Sentence(i, 0, t) for i, t in enumerate(split_sentences(text, "hy")))
    return SourceArticle(
        name, f"{name}.txt", name, None, published, "url" if published else None,
        language="hy", paragraphs=(text,), sentences=sentences,
    )  # fmt: skip


def test_one_template_on_other_days_is_two_stories() -> None:
    """Alike in words, but their ledes name different days: the undated one
    does not take the dated one's publication date."""
    dated = _hy("hy-a", _FEBRUARY, dt.date(2023, 2, 22))
    undated = _hy("hy-b", _MARCH, None)
    assert len(cluster_stories([dated, undated])) == 2
    same_day = _hy("hy-c", _FEBRUARY.replace("Ներկայումս", "Այժմ"), None)
    [story] = cluster_stories([dated, same_day])
    assert story.published == dt.date(2023, 2, 22)


# Real excerpt of the dev split (hy-183b32c15a): a ceasefire report of 2-3 March that the
# grouping put with a copy dated 22 February; "մարտի 2-ին" would then be a year back.
_MARCH_REPORT = (
    "Արցախի Հանրապետության Ասկերանի, Մարտակերտի և Մարտունու շրջանների օկուպացված "
    "տարածքներում տեղակայված Ադրբեջանի ԶՈւ ստորաբաժանումները մարտի 2-ին և մարտի 2-ի "
    "լույս 3-ի գիշերը խախտել են հրադադարը' կիրառելով հրաձգային զինատեսակներ։"
)


@pytest.mark.parametrize(
    ("text", "lang", "copy_date", "fits"),
    [
        (_MARCH_REPORT, "hy", dt.date(2023, 2, 22), False),
        (_MARCH_REPORT, "hy", dt.date(2023, 3, 3), True),
        # en-effce74eed, a copy of the AP story dated 14 July 2020: its weekdays fit
        (
            "Fighting between Armenian and Azerbaijani forces escalated on Tuesday, with "
            "Azerbaijan reporting seven more troops killed.",
            "en",
            dt.date(2020, 7, 14),
            True,
        ),
        # a full date after the copy's date: not this text's date
        ("The talks resumed on 20 September 2023 in Brussels.", "en", dt.date(2023, 9, 1), False),
    ],
)
def test_an_undated_copy_takes_its_story_s_date_only_when_its_days_fit(
    text: str, lang: str, copy_date: dt.date, fits: bool
) -> None:
    from timeline.model import Sentence
    from timeline.stories import fits_copy_date

    article = SourceArticle(
        id="x",
        file="x.txt",
        content_hash="0",
        headline=None,
        published=None,
        published_from=None,
        language=lang,
        sentences=(Sentence(0, 0, text),),
    )
    assert fits_copy_date(article, copy_date) is fits
