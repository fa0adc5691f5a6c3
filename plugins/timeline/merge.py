"""Claims -> entries: one claim per fact, one entry per happening, conflicts marked.

Three steps, each deterministic (inputs are sorted with explicit keys first):

1. **Same fact, one claim** (:func:`merge_claims`). Two claims from
   different sources state the same fact when all of these hold:

   * dates compatible (:func:`dates_compatible`): the same EDTF value, or a
     day and a time on that day (a day's ``part_of_day``, when given, must
     hold the time: "Tuesday evening" takes "18:30", not "09:00"). Two
     values of one day with different ``part_of_day`` are different. No
     other precision is ever merged into a finer one ("2021" never takes
     "2021-11-16"). The merged claim keeps the more precise date;
   * the same figures (kind and value; qualifiers aside), and the same
     ``said_on`` where both give one;
   * places not different: equal, or given by one side only;
   * claimants compatible: both the outlet's own voice, or one claimant's
     content words contained in the other's ("Armenia's defence ministry" /
     "The Armenian Defense Ministry"). Within one story (copies) an outlet
     may drop or blur the attribution, so a missing or pronoun claimant
     ("He said") is accepted there only;
   * across stories, the same event type;
   * content-word similarity (:func:`content_words`: lower-cased,
     British/American spellings folded, casualty synonyms such as
     captured/detained, troops/servicemen, dead/killed folded, crude stems)
     at least ``SAME_STORY_SIMILARITY`` for copies of one story and
     ``CROSS_STORY_SIMILARITY`` for independent stories.

   Claims are merged greedily with complete linkage: a claim joins the
   group it is most similar to only if it is the same fact as every member,
   so "the ministry" can never chain two ministries together. Two sentences of
   one source are never merged, nor claims of two eras (see 2).

2. **One entry per happening** (:func:`group_entries`): claims on the same
   day (a time falls in its day; coarser dates: the same EDTF value) form
   one entry, except that ceasefires form their own entry that day (the
   truce is a happening of its own, dated to its hour when a source gives
   it). Entries never span two days, so two events with similar words on
   different dates never share one. Nor do articles of different *eras*:
   articles are chained by publication date, and a gap of more than
   ``ERA_GAP_DAYS`` days starts a new era. Background restated fourteen
   months later ("the 2020 war ended ...") is then a separate claim and
   entry: the seeds' 2022 article never shares an entry with the 2021 ones.
   In a dense archive the eras join and such restatements merge.

3. **Conflicts** (:func:`mark_conflicts`): in one entry, claims of different
   sides giving different figures for the same losses, or opposite accounts of
   a clash, share a dispute ("2021-11-16:captured:armenia", "2021-11-16:account")
   and stay separate, each attributed; one side's successive figures for the
   same losses are a ``series`` (an update, not a dispute). Claims are compared
   over their day (:func:`date_bucket`), the night into it included ("overnight",
   "in the last 24 hours"), though a night's claim keeps an entry of its own.

Entry headline: the representative claim's text cut to its first clause(s)
(no word added). Representative: of the entry's type first, then stated by the
outlet itself, then from the most independent stories, earliest sentence
(a lede sums up), most sources. A leading "It/He/She/They said" is replaced
by the claim's claimant, never dropped. Entry type: the highest-priority type
(:data:`TYPE_PRIORITY`) carried by at least ``TYPE_SHARE`` of the entry's
claims, else the commonest.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import logging
import math
import pickle
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, overload

from .dates import find_dates
from .ids import body_digest, content_id, member_keys
from .model import (
    PRECISION_RANK,
    Claim,
    Entry,
    EventType,
    FuzzyDate,
    SourceArticle,
    Story,
)
from .packs import ComparisonData, packs_by_priority, whole_words
from .runner import SERIAL, Runner

log = logging.getLogger(__name__)

SAME_STORY_SIMILARITY = 0.3
CROSS_STORY_SIMILARITY = 0.4
TYPE_SHARE = 0.2
ERA_GAP_DAYS = 30
HEADLINE_MAX = 120
TYPE_PRIORITY: tuple[EventType, ...] = (
    "armed-clash",
    "shelling",
    "ceasefire",
    "detention",
    "casualties",
    "diplomacy",
    "background",
)

# Parts of the day as hour ranges [from, to): generic English usage.
PART_OF_DAY_HOURS: dict[str, tuple[int, int]] = {
    "morning": (4, 12),
    "noon": (11, 14),
    "midday": (11, 14),
    "afternoon": (12, 18),
    "evening": (16, 24),
    "night": (19, 30),
    "overnight": (19, 30),
}

#: A word is compared by its first letters only (a crude stem).
STEM_LENGTH = 6
#: Letters a suffix must leave before it is cut.
MIN_STEM = 4


@functools.cache
def comparison() -> ComparisonData:
    """How claims' words are compared: the ``comparison.yaml`` of every language
    pack together (claims of any language are compared by one rule; a pack
    without the file adds nothing), in detection priority order (a word a first
    pack folds keeps that pack's token)."""
    found = [p.comparison for p in packs_by_priority() if p.comparison is not None]
    synonyms: dict[str, str] = {}
    compounds: dict[tuple[str, str], str] = {}
    for data in found:
        for word, token in data.synonyms.items():
            synonyms.setdefault(word, token)
        for pair, joined in data.compounds.items():
            compounds.setdefault(pair, joined)
    return ComparisonData(
        stopwords=frozenset(w for data in found for w in data.stopwords),
        synonyms=synonyms,
        compounds=compounds,
        spellings=tuple(row for data in found for row in data.spellings),
        clitics=tuple(dict.fromkeys(c for data in found for c in data.clitics)),
        suffixes=tuple(dict.fromkeys(s for data in found for s in data.suffixes)),
    )


_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*", re.UNICODE)


def _spelling(word: str, rules: ComparisonData) -> str:
    """One spelling of variants (defence/defense, organisation/organization)."""
    for pattern, replace, longer_than in rules.spellings:
        if len(word) > longer_than:
            word = pattern.sub(replace, word)
    return word


def _stem(word: str, rules: ComparisonData) -> str:
    for suffix in rules.suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            word = word[: -len(suffix)]
            break
    return word[:STEM_LENGTH]


def _without_clitic(word: str, rules: ComparisonData) -> str:
    for clitic in rules.clitics:
        if word.endswith(clitic):
            return word[: -len(clitic)]
    return word


@functools.lru_cache(maxsize=1 << 16)
def normalize_word(word: str) -> str:
    """One word as compared: folded spelling, synonym, crude stem."""
    rules = comparison()
    low = _spelling(_without_clitic(word.lower().translate(_FOLD), rules), rules)
    if low in rules.synonyms:
        return rules.synonyms[low]
    return _stem(low.replace("-", ""), rules)


@functools.lru_cache(maxsize=1 << 16)
def content_words(text: str) -> frozenset[str]:
    """The normalised content words of a text ("cease fire" counts as "ceasefire").

    Memoised: copies of one story repeat their claim texts and claimants."""
    rules = comparison()
    raw = [w.lower() for w in _WORD.findall(text.translate(_FOLD))]
    joined: list[str] = []
    i = 0
    while i < len(raw):
        compound = rules.compounds.get((raw[i], raw[i + 1])) if i + 1 < len(raw) else None
        if compound is not None:
            joined.append(compound)
            i += 2
            continue
        joined.append(raw[i])
        i += 1
    bases = [_without_clitic(w, rules) for w in joined]
    return frozenset(normalize_word(w) for w in bases if w and w not in rules.stopwords)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two word sets."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def claimant_words(claimant: str | None) -> frozenset[str] | None:
    """None for the outlet's own voice; an empty set for a bare pronoun ("He")."""
    if claimant is None:
        return None
    return content_words(claimant)


# -- dates ------------------------------------------------------------------


def _time_in_part(time_edtf: str, part: str) -> bool:
    hours = PART_OF_DAY_HOURS.get(part.lower())
    match = re.search(r"T(\d{2}):(\d{2})", time_edtf)
    if hours is None or match is None or time_edtf.endswith("Z"):
        return True
    hour = int(match.group(1))
    low, high = hours
    return low <= hour < high or low <= hour + 24 < high


def dates_compatible(a: FuzzyDate, b: FuzzyDate) -> bool:
    """Could two dates be the same fact's? See the module docstring for the rule."""
    if a.edtf == b.edtf:
        return not (a.part_of_day and b.part_of_day and a.part_of_day != b.part_of_day)
    fine = {"time", "day"}
    if a.precision not in fine or b.precision not in fine or a.start != b.start:
        return False
    if a.precision == b.precision:
        return False
    day, time = (a, b) if a.precision == "day" else (b, a)
    return day.part_of_day is None or _time_in_part(time.edtf, day.part_of_day)


def _finer(a: FuzzyDate, b: FuzzyDate) -> FuzzyDate:
    return min(a, b, key=lambda d: (PRECISION_RANK[d.precision], d.sort_key))


def entry_bucket(date: FuzzyDate) -> str:
    """Claims that may share an entry (or be one fact) share this key: the day, or the
    EDTF value."""
    if date.precision in ("time", "day"):
        return date.start.isoformat()
    return date.edtf


def date_bucket(date: FuzzyDate) -> str:
    """Claims that may dispute each other share this key (the cell they are merged and
    marked in): the day; a value within one day ("10:00-10:15"); or the day a night or
    a day's report ends on ("overnight", "в ночь на 13 сентября", "за последние сутки":
    ``2022-09-12/2022-09-13``), for one side's report of the night is answered by the
    other's of that day ("today the MoD stated that overnight the Azerbaijani party
    violated the ceasefire" / "Azerbaijan accused Armenia of 130 bombardments within the
    last 24 hours"). Coarser values: the EDTF value. Entries and merges keep to
    :func:`entry_bucket` (a night's claim is never merged into the day's)."""
    if date.precision == "interval" and 0 <= (date.end - date.start).days <= 1:
        return date.end.isoformat()
    return entry_bucket(date)


# -- step 1: one claim per fact ---------------------------------------------


@dataclass(frozen=True)
class _Sig:
    claim: Claim
    words: frozenset[str]
    figures: frozenset[tuple[str, int]]
    places: frozenset[str]
    claimant: frozenset[str] | None
    stories: frozenset[str]
    order: tuple[str, int, str]
    sources: frozenset[str]


def _claim_order(claim: Claim) -> tuple[str, int, str]:
    first = min(((q.source, q.sentence) for q in claim.quotes), default=("", -1))
    return (first[0], first[1], claim.text)


def claim_sort_key(claim: Claim) -> tuple[tuple[dt.date, dt.date, str], str, int, str]:
    """Explicit order of claims: date, then first quoted sentence, then text."""
    source, sentence, text = _claim_order(claim)
    return (claim.date.sort_key, source, sentence, text)


def _signature(claim: Claim, story_of: Mapping[str, str]) -> _Sig:
    return _Sig(
        claim=claim,
        words=content_words(claim.text),
        figures=frozenset((f.kind, f.value) for f in claim.figures),
        places=frozenset(p.lower() for p in claim.places),
        claimant=claimant_words(claim.claimant),
        stories=frozenset(story_of.get(s, s) for s in claim.sources),
        order=_claim_order(claim),
        sources=frozenset(claim.sources),
    )


def _claimants_compatible(
    a: frozenset[str] | None, b: frozenset[str] | None, same_story: bool
) -> bool:
    if a is None and b is None:
        return True
    if a is None or b is None or not a or not b:
        return same_story
    return a <= b or b <= a


def same_fact(a: _Sig, b: _Sig) -> float | None:
    """Similarity of two claims if they state the same fact, else None."""
    ca, cb = a.claim, b.claim
    if not a.sources.isdisjoint(b.sources):
        return None
    if not dates_compatible(ca.date, cb.date) or a.figures != b.figures:
        return None
    if ca.said_on and cb.said_on and ca.said_on.edtf != cb.said_on.edtf:
        return None
    if a.places and b.places and a.places != b.places:
        return None
    same_story = bool(a.stories & b.stories)
    if not _claimants_compatible(a.claimant, b.claimant, same_story):
        return None
    if not same_story and ca.event_type != cb.event_type:
        return None
    score = similarity(a.words, b.words)
    needed = SAME_STORY_SIMILARITY if same_story else CROSS_STORY_SIMILARITY
    return score if score >= needed else None


def _union_claim(members: Sequence[_Sig], published: Mapping[str, dt.date]) -> Claim:
    def rep_key(s: _Sig) -> tuple[int, dt.date, tuple[str, int, str]]:
        src = s.order[0]
        return (
            PRECISION_RANK[s.claim.date.precision],
            published.get(src, dt.date.max),
            s.order,
        )

    ordered = sorted(members, key=rep_key)
    rep = ordered[0].claim
    if len(ordered) == 1:
        return rep
    claims = [s.claim for s in ordered]
    date = rep.date
    for c in claims:
        date = _finer(date, c.date)
    claimant = rep.claimant
    if not claimant_words(claimant):
        named = [c.claimant for c in claims if claimant_words(c.claimant)]
        claimant = named[0] if named else claimant
    types = Counter(c.event_type for c in claims)
    event_type = max(types, key=lambda t: (types[t], t == rep.event_type, t))
    said_on = rep.said_on or next((c.said_on for c in claims if c.said_on), None)
    return dataclasses.replace(
        rep,
        date=date,
        claimant=claimant,
        sources=tuple(sorted({s for c in claims for s in c.sources})),
        quotes=tuple(
            sorted({q for c in claims for q in c.quotes}, key=lambda q: (q.source, q.sentence))
        ),
        places=tuple(sorted({p for c in claims for p in c.places})),
        actors=tuple(sorted({a for c in claims for a in c.actors})),
        said_on=said_on,
        date_inherited=all(c.date_inherited for c in claims),
        event_type=event_type,
        conflict_group=None,
        # a source that names the speaker names it for the merged claim
        speaker_named=any(c.speaker_named for c in claims if c.claimant_side == rep.claimant_side),
    )


def eras(published: Mapping[str, dt.date], gap_days: int = ERA_GAP_DAYS) -> dict[str, str]:
    """Article id -> its era: articles whose publication dates chain with gaps of
    at most ``gap_days`` share one, named by its first day."""
    era_of: dict[str, str] = {}
    name = ""
    last: dt.date | None = None
    for art, date in sorted(published.items(), key=lambda p: (p[1], p[0])):
        if last is None or (date - last).days > gap_days:
            name = date.isoformat()
        era_of[art] = name
        last = date
    return era_of


def _era(claim: Claim, era_of: Mapping[str, str]) -> str:
    return min((era_of.get(s, "") for s in claim.sources), default="")


def _prefix(words: frozenset[str], rank: Mapping[str, tuple[int, str]]) -> list[str]:
    """The rarest words of a set that any set of Jaccard >= the lower threshold
    must share with it (prefix filtering)."""
    ordered = sorted(words, key=lambda w: rank[w])
    needed = min(SAME_STORY_SIMILARITY, CROSS_STORY_SIMILARITY)
    return ordered[: len(ordered) - math.ceil(needed * len(ordered)) + 1]


def _linkage(sig: _Sig, group: Sequence[_Sig], floor: float) -> float | None:
    """The lowest similarity of ``sig`` to a member of ``group`` (complete
    linkage) if it is above ``floor``; None if ``sig`` states another fact
    than some member, or the lowest similarity is at most ``floor`` (the
    comparisons stop as soon as either is known)."""
    lowest = 1.0
    for member in group:
        score = same_fact(sig, member)
        if score is None or score <= floor:
            return None
        if score < lowest:
            lowest = score
    return lowest


def _group_pool(pool: Sequence[_Sig]) -> list[list[_Sig]]:
    """Complete-linkage grouping of one pool's claims, in the pool's order.

    Only groups sharing a prefix word with the claim are tried: the others
    cannot reach the similarity threshold, so the result is the same as trying
    every group, without comparing all pairs.
    """
    df = Counter(w for sig in pool for w in sig.words)
    rank = {w: (n, w) for w, n in df.items()}
    index: dict[str, set[int]] = {}
    groups: list[list[_Sig]] = []
    for sig in pool:
        prefix = _prefix(sig.words, rank)
        candidates = sorted({gi for w in prefix for gi in index.get(w, ())})
        best: tuple[float, int] | None = None
        for gi in candidates:
            # a group must beat the best so far: its linkage is only needed above it
            score = _linkage(sig, groups[gi], -1.0 if best is None else best[0])
            if score is not None:
                best = (score, gi)
        if best is None:
            target = len(groups)
            groups.append([sig])
        else:
            target = best[1]
            groups[target].append(sig)
        for w in prefix:
            index.setdefault(w, set()).add(target)
    return groups


def merge_claims(
    claims: Sequence[Claim],
    story_of: Mapping[str, str],
    published: Mapping[str, dt.date] | None = None,
    era_gap_days: int = ERA_GAP_DAYS,
) -> list[Claim]:
    """Merge claims that state the same fact; see the module docstring.

    ``story_of`` maps an article id to its story id; ``published`` an article
    id to its publication date (the earliest source's wording is kept, and
    claims of different eras are never merged).
    """
    dates = published or {}
    return _merge_claims(claims, story_of, dates, eras(dates, era_gap_days))


_OPENING_QUOTE = re.compile(r"^\s*[\"“«„]")


def _supports(claim: Claim, before: Claim) -> bool:
    """Is ``claim`` a quote of the speaker of ``before``, the sentence before it in
    the same article, that adds no figure: the words the sentence before reports
    ("The European Union called on both sides to cease hostilities." then
    "'Call for urgent de-escalation and full ceasefire,' European Council President
    Charles Michel said on Twitter.")?"""
    (quote,), last = claim.quotes, before.quotes[-1]
    return (
        len(claim.sources) == 1
        and claim.sources == before.sources
        and quote.sentence == last.sentence + 1
        and claim.claimant_actor is not None
        and claim.claimant_actor == before.claimant_actor
        and claim.date == before.date
        and claim.event_type == before.event_type
        and not claim.figures
        and not before.figures
        and bool(_OPENING_QUOTE.match(claim.text))
    )


def with_supporting_quotes(claims: Sequence[Claim]) -> list[Claim]:
    """The claims, each quote that only supports the claim of the sentence before it
    (``_supports``) joined to that claim as one more quoted sentence: one statement,
    reported and then quoted, is one claim."""
    out: list[Claim] = []
    single = sorted(
        (c for c in claims if len(c.quotes) == 1),
        key=lambda c: (c.quotes[0].source, c.quotes[0].sentence, c.text),
    )
    for claim in single:
        before = out[-1] if out else None
        if before is not None and _supports(claim, before):
            out[-1] = dataclasses.replace(
                before,
                quotes=(*before.quotes, *claim.quotes),
                places=tuple(sorted({*before.places, *claim.places})),
                actors=tuple(sorted({*before.actors, *claim.actors})),
            )
        else:
            out.append(claim)
    return [*out, *(c for c in claims if len(c.quotes) != 1)]


def _merge_claims(
    claims: Sequence[Claim],
    story_of: Mapping[str, str],
    dates: Mapping[str, dt.date],
    era_of: Mapping[str, str],
) -> list[Claim]:
    pools: dict[tuple[str, str, frozenset[tuple[str, int]]], list[_Sig]] = {}
    for claim in sorted(with_supporting_quotes(claims), key=claim_sort_key):
        sig = _signature(claim, story_of)
        key = (_era(claim, era_of), entry_bucket(claim.date), sig.figures)
        pools.setdefault(key, []).append(sig)
    merged: list[Claim] = []
    for key in sorted(pools, key=lambda k: (k[0], k[1], sorted(k[2]))):
        merged.extend(_union_claim(g, dates) for g in _group_pool(pools[key]))
    return sorted(merged, key=claim_sort_key)


# -- step 3: conflicts ------------------------------------------------------


def _groups(pairs: Sequence[tuple[int, int, str]]) -> dict[int, tuple[str, ...]]:
    """Claim index -> the names of the groups its pairs put it in, sorted."""
    found: dict[int, set[str]] = {}
    for i, j, name in pairs:
        found.setdefault(i, set()).add(name)
        found.setdefault(j, set()).add(name)
    return {i: tuple(sorted(names)) for i, names in found.items()}


def _numbered(name: str, number: int) -> str:
    """The name of the ``number``-th dispute of one kind in an entry: ``name``, then
    ``name#2``, ``name#3``... (one name per pair of claims)."""
    return name if number == 1 else f"{name}#{number}"


def _distance(a: Claim, b: Claim) -> tuple[int, int]:
    """How far apart two claims are told: (0, sentences between them) in one
    article, (1, 0) in different articles only."""
    near = [
        abs(p.sentence - q.sentence) for p in a.quotes for q in b.quotes if p.source == q.source
    ]
    return (0, min(near)) if near else (1, 0)


def _answers(
    claims: Sequence[Claim], sectors: Mapping[str, frozenset[str]]
) -> list[tuple[int, int]]:
    """The pairs of opposite accounts that answer each other: each side's account
    (``Claim.opposes``) with the other side's account told nearest to it (in the
    same article, the fewest sentences away; ties by order). An article sets an
    account beside the one it answers ("Yerevan accused Baku ...; Baku, for its
    part, accused Yerevan ..."): every account that has an opposite is in a
    dispute, but not every account of one side disputes every account of the
    other told that day. (Pairs only of accounts each other's nearest were
    measured too: on the dev split they lose two of the editors' disputes for one
    false one fewer.) An account whose nearest answers another account is paired
    with it only where their places may be one happening's (:func:`_same_places`);
    so are two accounts told in different articles only, each the other's nearest by
    the order of the day's claims, not by an article setting one beside the other
    (Yerevan's account of Syunik in one outlet, Baku's of Tovuz in another: two
    happenings of one day, not one dispute). An account whose nearest answers another
    answers it only within :data:`NEAREST_REACH` sentences. A denial that names the
    account it denies ("сообщения МО Армении об обстреле назвали ложью":
    :func:`denied_words`) answers, among the accounts of its article, the one that shares
    most of those words (ties by nearness), and answers it as the nearest would. Never
    two accounts that name places on two sectors of the line (:func:`_other_sectors`)."""
    accounts = [i for i, c in enumerate(claims) if c.opposes and c.claimant_side]
    inner = _denied_in(claims, accounts)
    nearest: dict[int, int] = {}
    named: set[int] = set()  # denials paired by what they name, not by nearness
    for i in accounts:
        others = [
            j
            for j in accounts
            if claims[j].claimant_side == claims[i].opposes
            and claims[i].claimant_side == claims[j].opposes
            and inner.get(j, i) == i
        ]
        if i in inner and inner[i] in others:
            others = [inner[i]]
        if not others:
            continue
        # what the denial names of the account, not the denier's own name ("Azerbaijan's
        # Defence Ministry rejected that claim" names no ministry's account)
        words = denied_words(claims[i].text) - (claimant_words(claims[i].claimant) or frozenset())

        def key(j: int, i: int = i, words: frozenset[str] = words) -> tuple[int, int, int, int]:
            apart, sentences = _distance(claims[i], claims[j])
            return (apart, -len(words & content_words(claims[j].text)), sentences, j)

        nearest[i] = min(others, key=key)
        if words & content_words(claims[nearest[i]].text):
            named.add(i)
    paired = {
        (min(i, j), max(i, j))
        for i, j in nearest.items()
        if not _other_sectors(claims[i], claims[j], sectors)
        and (
            ((nearest.get(j) == i or i in named) and _distance(claims[i], claims[j])[0] == 0)
            or (
                _same_places(claims[i], claims[j], sectors)
                and not _denied_before(claims, i, j)
                and _distance(claims[i], claims[j])[1] <= NEAREST_REACH
            )
        )
    }
    return sorted(
        paired
        | _side_by_side(claims, sorted(nearest), sectors)
        | _tolls_denied(claims, accounts, sectors)
        | _denials_of(claims, accounts, inner, sectors)
    )


#: How many sentences apart, at most, one article tells an account and the other side's
#: account nearest to it, for the two to answer each other when that one answers another
#: (fr-769b918c6f: Yerevan's background accusation, "ces derniers mois", is nearest to
#: Baku's account of the day five sentences on, which answers Yerevan's account of the
#: day beside it). Measured on the dev split: 3 drops two false disputes for one of the
#: editors' (4: one false, none of the editors'; 2: three false, five of the editors').
NEAREST_REACH = 3


#: Words of at most this many letters say nothing of what an account is about ("в",
#: "об", "of", "la", "ve"): a pack's comparison stopwords need not list them all.
_SHORT = 2


def _what_is_denied(denial: Claim, other: Claim) -> frozenset[str]:
    """The words by which ``denial`` names the account it denies (:func:`denied_words`),
    less the parties' names: its own speaker's and that of the ``other`` claim's speaker
    ("сообщения МО Армении об обстреле" against the Armenian ministry's account: what
    is left, "обстрел", is what the two are about). Empty when it names no account."""
    words = denied_words(denial.text)
    if not words:
        return words
    return (
        frozenset(w for w in words if len(w) > _SHORT)
        - (claimant_words(denial.claimant) or frozenset())
        - (claimant_words(other.claimant) or frozenset())
    )


def _about_it(denial: Claim, other: Claim) -> bool | None:
    """Is ``other`` what ``denial`` denies, by what the two are about: True when the
    denial names the account it denies and ``other`` shares a word of it (beyond the
    parties' names), False when it names one ``other`` does not tell, None when it names
    none (then only its place in the article can say what it answers)."""
    words = _what_is_denied(denial, other)
    if not words:
        return None
    return bool(words & content_words(other.text))


def _of_its_kind(denial: Claim, other: Claim) -> bool:
    """Does ``other`` tell a happening of the kind the ``denial`` names of the account it
    denies, in other words (:func:`happenings`: "denies accusations that it fired" and
    "after the opening of fire by Azerbaijani troops"; "сообщения МО Армении об обстреле"
    and "нанесла удары с беспилотников ... по погранпосту")?"""
    return not happenings(_denied_span(denial.text)).isdisjoint(happenings(other.text))


def _denials_of(
    claims: Sequence[Claim],
    accounts: Sequence[int],
    inner: Mapping[int, int],
    sectors: Mapping[str, frozenset[str]],
) -> set[tuple[int, int]]:
    """Pairs of a denial (``Claim.denies``) and every account of the other side that
    its article tells and that it is about, not only the nearest: an editor reads "Armenia
    denied any involvement" against each of Baku's accounts of the incident told before
    it. An account told before the denial is what it answers unless the denial names
    another account (:func:`_about_it` False: "сообщения МО Армении об обстреле назвали
    ложью" answers the reports of shelling, not "Противник продолжил вести огонь");
    one told after it only when it tells what the denial names ("ավելի վաղ Ադրբեջանի
    ՊՆ-ն հայտնել էր, իբր, ... գնդակոծել են": the denied report, retold). The account
    read from inside a denial's sentence answers that denial only (``inner``). Both of
    one day (one entry), of places that may be one happening's. A denial that names an
    account no account of the other side tells in its words answers the nearest that
    tells a happening of the kind it names (:func:`_of_its_kind`: "denies accusations
    that it fired across the border" and "a shooting after the opening of fire by
    Azerbaijani troops"), one account only: the kind is a looser test than the words."""
    found: set[tuple[int, int]] = set()
    for i in accounts:
        d = claims[i]
        if not d.denies:
            continue
        named = False  # an account shares the words by which the denial names it
        kin: list[int] = []  # accounts that tell what it names in other words
        for j in accounts:
            a = claims[j]
            if (
                a.claimant_side != d.opposes
                or a.opposes != d.claimant_side
                or inner.get(j, i) != i
                or inner.get(i, j) != j
                or _distance(d, a)[0] != 0
                or not _same_places(d, a, sectors)
                or _other_sectors(d, a, sectors)
            ):
                continue
            about = _about_it(d, a)
            if about or (about is None and _before(a, d)):
                found.add((min(i, j), max(i, j)))
            named = named or bool(about)
            if about is False and _of_its_kind(d, a):
                kin.append(j)
        names_nothing = not denied_words(d.text)
        # the other side's statements, read once, where either use below needs them
        statements = (
            _statements_of(claims, d, sectors) if names_nothing or not (kin or named) else []
        )
        if not kin and not named:  # no account of it: the other side's statements
            kin = [j for j in statements if _of_its_kind(d, claims[j])]
        if kin and not named:  # the nearest account of the kind the denial names
            j = min(kin, key=lambda k: (_distance(claims[i], claims[k]), k))
            found.add((min(i, j), max(i, j)))
        if names_nothing:  # "..., ce que l'Arménie a démenti": a denial
            found |= {  # that names nothing denies what its own sentence tells
                (min(i, j), max(i, j)) for j in statements if _distance(d, claims[j]) == (0, 0)
            }
    return found


def _statements_of(
    claims: Sequence[Claim], denial: Claim, sectors: Mapping[str, frozenset[str]]
) -> list[int]:
    """The claims of the side a denial denies that are no account (``Claim.opposes``
    None: "L'Azerbaïdjan affirme avoir conquis des territoires", "Azerbaijan's defense
    ministry said the shooting had taken place ... in the Kelbajar region"), whose
    sentence names their speaker, told in the denial's article, of places that may be
    one happening's: what a denial may answer though it names no other party."""
    return [
        j
        for j, b in enumerate(claims)
        if b.opposes is None
        and b.speaker_named
        and b.claimant_side is not None
        and b.claimant_side == denial.opposes
        and _distance(denial, b)[0] == 0
        and _same_places(denial, b, sectors)
        and not _other_sectors(denial, b, sectors)
    ]


def _tolls_denied(
    claims: Sequence[Claim], accounts: Sequence[int], sectors: Mapping[str, frozenset[str]]
) -> set[tuple[int, int]]:
    """Pairs of a denial (``Claim.denies``) and each loss report of the other side its
    article told before it: a party's count of the fallen with no accusation or denial
    ("It said Armenian Sergeant G. Khurshudian died in the exchange of gunfire") is no
    account, but the other side's denial of the deed that cost them ("Azerbaijani
    authorities denied the shooting, saying that the Armenian soldier died in an
    accident") answers it as it answers an account: two versions of one death. Only a
    report whose sentence names its speaker itself (``Claim.speaker_named``), of places
    that may be one happening's; never one told after the denial, which could not have
    answered it."""
    found: set[tuple[int, int]] = set()
    for i in accounts:
        a = claims[i]
        if not a.denies:
            continue
        for j, b in enumerate(claims):
            if (
                b.figures
                and b.opposes is None
                and b.speaker_named
                and b.claimant_side == a.opposes
                and _before(b, a)
                and _same_places(a, b, sectors)
                and not _other_sectors(a, b, sectors)
            ):
                found.add((min(i, j), max(i, j)))
    return found


def _before(a: Claim, b: Claim) -> bool:
    """Does one article tell ``a`` in a sentence before ``b``'s (and no article after it)?"""
    pairs = [(p.sentence, q.sentence) for p in a.quotes for q in b.quotes if p.source == q.source]
    return bool(pairs) and all(p < q for p, q in pairs)


def _denied_before(claims: Sequence[Claim], i: int, j: int) -> bool:
    """Is ``j``, the account nearest to ``i``, a denial its article tells before ``i``
    ("Armenia also claimed that two Azerbaijani helicopters were shot down, but
    Azerbaijan's Defence Ministry rejected that claim. ... Hovhannisyan also said
    Azerbaijani shelling hit within Armenian territory near the town of Vardenis")? A
    denial answers what was told before it: a further account told after it, which the
    denial could not have answered, answers it only where the two are each other's
    nearest."""
    return claims[j].denies and _before(claims[j], claims[i])


def _denied_in(claims: Sequence[Claim], accounts: Sequence[int]) -> dict[int, int]:
    """The accounts read from inside another account's sentence (``extract``'s denial of
    the other party's account it names: "Ադրբեջանի ՊՆ տարածած հաղորդագրությունն այն
    մասին, թե իբր ..., չի համապատասխանում իրականությանը"), each with the account whose
    sentence it is: that denial answers it, and it answers that denial only. It is the
    owner's account as the other side reports it, most often told in its own words
    elsewhere too: the nearest of no other account (it would take an answer from the
    account itself), though an article may still set it side by side with one."""
    whole: dict[tuple[str, int], list[int]] = {}
    for i in accounts:
        for quote in claims[i].quotes:
            whole.setdefault((quote.source, quote.sentence), []).append(i)
    inner: dict[int, int] = {}
    for members in whole.values():
        for i, j in itertools.permutations(members, 2):
            a, b = claims[i], claims[j]
            if len(a.text) < len(b.text) and a.text in b.text and a.opposes == b.claimant_side:
                inner[i] = j
    return inner


#: How many sentences apart, at most, an article tells two sides' accounts it sets side
#: by side ("Armenia said ... The Defense Ministry in Baku claimed ... The Armenian
#: Foreign Ministry dismissed the Azerbaijani claims"): each answers each, not only the
#: nearest. (Measured on the dev split: 2 gains two of the editors' disputes and no
#: false one; 3 gains one more for a false one, a further account of another place.)
ANSWER_REACH = 2


def _side_by_side(
    claims: Sequence[Claim], accounts: Sequence[int], sectors: Mapping[str, frozenset[str]]
) -> set[tuple[int, int]]:
    """Pairs of opposite accounts (``accounts``: indices of claims with an opposite)
    that one article tells at most :data:`ANSWER_REACH` sentences apart, of places that
    may be one happening's (:func:`_same_places`): an article that gives one side's
    account, then the other's, then the first side's reply, sets each against each (the
    reply answers the account before it as the account answered the first)."""
    told: dict[str, list[tuple[int, int]]] = {}  # source -> (sentence, account) in it
    for i in accounts:
        for quote in claims[i].quotes:
            told.setdefault(quote.source, []).append((quote.sentence, i))
    found: set[tuple[int, int]] = set()
    for said in told.values():  # only accounts of one article are compared
        for (s, i), (t, j) in itertools.combinations(sorted(said), 2):
            a, b = claims[i], claims[j]
            if (
                i != j
                and abs(s - t) <= ANSWER_REACH
                and a.opposes == b.claimant_side
                and b.opposes == a.claimant_side
                and _same_places(a, b, sectors)
                and not _other_sectors(a, b, sectors)
            ):
                found.add((min(i, j), max(i, j)))
    return found


#: How many words either side of a denial's word for the other party's account
#: ("сообщения", "reports") say what account it is ("МО Армении об обстреле").
DENIED_REACH = 12


@functools.cache
def _denial_words() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """Every pack's (denial, reported) words (``accounts.yaml``): claims of any language
    are paired by one rule, as they are compared by one (:func:`comparison`)."""
    return tuple(
        (p.accounts.denial, p.accounts.reported)
        for p in packs_by_priority()
        if p.accounts is not None
        and p.accounts.denial is not None
        and p.accounts.reported is not None
    )


@functools.lru_cache(maxsize=4096)  # a denial is compared with each account of its day
def _denied_span(text: str) -> str:
    """The words either side of the word by which a denial names the other party's
    account (:data:`DENIED_REACH` each way), empty when the claim denies nothing or
    names no account."""
    for denial, reported in _denial_words():
        if denial.search(text) is None:
            continue
        found = reported.search(text)
        if found is None:
            continue
        before = _WORD.findall(text[: found.start()])[-DENIED_REACH:]
        after = _WORD.findall(text[found.end() :])[:DENIED_REACH]
        return " ".join((*before, *after))
    return ""


def denied_words(text: str) -> frozenset[str]:
    """The content words of what a denial names of the other party's account: the
    words either side of the word by which it names that account ("В пресс-службе
    минобороны Азербайджана сообщения МО Армении об обстреле назвали ложью": the
    ministry's report, of shelling), empty when the claim denies nothing or names no
    account. Such a denial answers the account that shares these words (the party, the
    deed, the place), which need not be the account told nearest to it."""
    span = _denied_span(text)
    return content_words(span) if span else frozenset()


@functools.cache
def _happening_words() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Every pack's words of each kind of happening (``accounts.yaml``, ``happenings``)."""
    return tuple(
        pair
        for p in packs_by_priority()
        if p.accounts is not None
        for pair in p.accounts.happenings
    )


@functools.lru_cache(maxsize=4096)
def happenings(text: str) -> frozenset[str]:
    """The kinds of happening a text tells (``fire``, ``violation``, ``incursion``,
    ``capture``, ``downing``, ``losses``), by any pack's words: "denies accusations that
    it fired across the border" and "after the opening of fire by Azerbaijani troops"
    both tell of fire, in two word forms no stem shares."""
    return frozenset(kind for kind, words in _happening_words() if words.search(text))


def _same_places(a: Claim, b: Claim, sectors: Mapping[str, frozenset[str]]) -> bool:
    """Could two claims be of one happening by their places: a place in common, places
    of one sector of the line (:func:`_one_sector`: "Tavouch" and "Gazakh, Tovuz"), or
    either names none? Two accounts each other's nearest answer each other wherever
    they are told to be unless their sectors differ (:func:`_other_sectors`); an account
    that answers the nearest of another side's accounts while that one answers another
    (fr-781e07ea77: Baku's second account, "des positions ... dans la région de
    Karabakh", beside Yerevan's of Tavouch) is of another happening when the two name
    different places."""
    return (
        not a.places
        or not b.places
        or not set(a.places).isdisjoint(b.places)
        or _one_sector(a.places, b.places, sectors)
    )


def line_sectors() -> Mapping[str, frozenset[str]]:
    """The sectors of the line (``Knowledge.sectors``) of the default data, for a caller
    that gives none; a build gives its own data's."""
    from .extract import _default_knowledge

    return _default_knowledge().sectors


def _one_sector(a: Iterable[str], b: Iterable[str], sectors: Mapping[str, frozenset[str]]) -> bool:
    """Do two claims' places share a sector of the line: one faces the other across it
    ("Tavush" and "Tovuz"), or both face one place ("Kalbajar" and "Lachin" both face
    Syunik)?"""
    return any(
        not sectors[p].isdisjoint(sectors[q]) for p in a if p in sectors for q in b if q in sectors
    )


def _other_sectors(a: Claim, b: Claim, sectors: Mapping[str, frozenset[str]]) -> bool:
    """Do two claims name places of the line only in sectors that face no common place
    ("Tavush" and "Syunik", "Gazakh" and "Kalbajar")? Then they tell of two happenings
    of one day on two stretches of the border, not of one clash, however near each other
    an article tells them."""
    on_line_a = [p for p in a.places if p in sectors]
    on_line_b = [p for p in b.places if p in sectors]
    return bool(on_line_a and on_line_b) and not _one_sector(on_line_a, on_line_b, sectors)


def _set_against(a: Claim, b: Claim) -> bool:
    """May two claims of different sides be shown as disputing each other's figures?
    Only when each sentence names its speaker itself: a claimant taken from the
    sentences around it (a span's speaker, the last one quoted) says whose words these
    probably are, too little to set one side's count against the other's (never guess
    a dispute; accounts are held to the same rule where ``Claim.opposes`` is set)."""
    return a.speaker_named and b.speaker_named


@functools.cache
def _civilian_words() -> re.Pattern[str] | None:
    """Every pack's nouns of civilians (``figures.yaml``, ``civilian``), whole words: one
    rule for the counts of every language, as accounts are paired by one."""
    words = [
        p.figures.civilian
        for p in packs_by_priority()
        if p.figures is not None and p.figures.civilian
    ]
    return whole_words("|".join(f"(?:{w})" for w in words)) if words else None


def _same_victims(a: Claim, b: Claim, values_a: Iterable[int], values_b: Iterable[int]) -> bool:
    """May two sides' counts of one kind and one side's losses be counts of the same
    people: both of civilians or both of none named so? Baku's "550 Ermeni asker öldü"
    and Yerevan's "siviller arasında bir çocuk ve bir kadının da hayatını kaybettiğini"
    count soldiers and civilians of one side: two tolls of different victims, not one
    disputed (tr-c5f793c752). Read from the pack's civilian nouns in each sentence; a
    sentence with more than one count of that kind and side (soldiers and civilians
    counted apart, "192 of its soldiers and one civilian") may hold a count of either,
    and stays comparable."""
    civilian = _civilian_words()
    if civilian is None or len(set(values_a)) > 1 or len(set(values_b)) > 1:
        return True
    return (civilian.search(a.text) is None) == (civilian.search(b.text) is None)


def mark_conflicts(
    claims: Sequence[Claim], day: str, sectors: Mapping[str, frozenset[str]] | None = None
) -> list[Claim]:
    """Mark, in one entry, the claims that dispute each other and the figures that update.

    - **Disputes over figures**: two claims give a figure of the same kind for the losses
      of the same side (``Figure.side``), with no value in common, and their claimants
      speak for different sides: the two share the dispute ``"<day>:<kind>:<side>"``
      (``"...#2"``, ``"...#3"`` for the next pairs of that kind and side: two claims of
      one side never share a dispute), if each sentence names its speaker itself
      (:func:`_set_against`), and both count civilians or neither does
      (:func:`_same_victims`: soldiers and civilians of one side are two tolls).
    - **Updates**: the same, by claimants of one side (a side's later count of its own
      losses, "12 captured", then "13"): a ``series``, never a dispute.
    - **Opposite accounts**: each of two sides' claims of a clash or shelling names the
      other, or denies it (``Claim.opposes``): the two share a dispute of their own,
      ``"<day>:account"`` for the first such pair, ``"<day>:account#2"``... for the next,
      so that two claims of one side never share one (a side does not dispute itself).
      Never two accounts that name places on two sectors of the line (``sectors``:
      :func:`knowledge.place_sectors`, the default data's when not given): "Tavush" and "Syunik"
      are two happenings of the day.

    A claim the outlet makes in its own voice speaks for no side: it disputes nothing.
    ``disputes`` name the pairs a claim is in (two claims dispute each other when they
    share a name); ``conflict_group`` is the first of them without its number: what pages
    show side by side, every account of the clash in one box, each under its side.
    """
    facts: dict[tuple[str, str], dict[int, set[int]]] = {}
    for i, claim in enumerate(claims):
        for fig in claim.figures:
            facts.setdefault((fig.kind, fig.side or ""), {}).setdefault(i, set()).add(fig.value)
    disputes: list[tuple[int, int, str]] = []
    series: list[tuple[int, int, str]] = []
    for (kind, side), values in sorted(facts.items()):
        pairs = 0
        for i, j in itertools.combinations(sorted(values), 2):
            a, b = claims[i].claimant_side, claims[j].claimant_side
            if values[i] & values[j] or a is None or b is None:
                continue
            if (
                a != b
                and _set_against(claims[i], claims[j])
                and _same_victims(claims[i], claims[j], values[i], values[j])
            ):
                pairs += 1
                name = f"{day}:{kind}:{side}" if side else f"{day}:{kind}"
                disputes.append((i, j, _numbered(name, pairs)))
            elif a == b:
                series.append((i, j, f"{day}:{kind}:{side or 'unknown'}:{a}"))
    sectors = line_sectors() if sectors is None else sectors
    for number, (i, j) in enumerate(_answers(claims, sectors), start=1):
        disputes.append((i, j, _numbered(f"{day}:account", number)))
    disputed = _groups(disputes)
    updated = _groups(series)
    return [
        dataclasses.replace(
            c,
            disputes=disputed.get(i, ()),
            conflict_group=disputed[i][0].partition("#")[0] if i in disputed else None,
            series=updated[i][0] if i in updated else None,
        )
        if i in disputed or i in updated
        else c
        for i, c in enumerate(claims)
    ]


def _denial_first(
    claims: Sequence[Claim],
    i: int,
    j: int,
    second: Sequence[Claim | None],
) -> tuple[int, int] | None:
    """(the denial, what it denies) of a pair :func:`_denials_of` or :func:`_tolls_denied`
    made, when the denied claim is dated before the denial (a denial answers what was
    said before it, of a day that was over when it was said) and the denial names it
    (:func:`_about_it`) or a happening of its kind (:func:`_of_its_kind`), or, naming
    nothing, follows it within :data:`NEAREST_REACH` sentences ("Bakou a pour sa part
    démenti toute implication"): a denial of the day that names nothing is no answer to
    an account of another day told far before it ("denied it started the attacks" and,
    seven sentences before, "Azerbaijan's attacks continue"). An account told after the
    denial is the one it denies retold only when it tells the happening the denial names
    ("опровергло информацию об обстреле российского военного объекта" and "Ранее в среду
    Минобороны Армении заявило, что Азербайджан нанёс удар по транспортным средствам
    российских пограничников"), not when the two share a word only ("Оно назвало заявление
    Баку дезинформацией" and "Минобороны Азербайджана назвало это «провокацией»", of
    another night)."""
    for d, a in ((i, j), (j, i)):
        denial, denied = claims[d], claims[a]
        if not denial.denies or not _dated_before(claims, second, d, a):
            continue
        before = _before(denied, denial)
        kind = _of_its_kind(denial, denied)
        if not before and not kind:
            continue
        about = _about_it(denial, denied) if denied.opposes else None
        if (
            about
            or (about is False and kind)
            or (about is None and before and _distance(denied, denial)[1] <= NEAREST_REACH)
        ):
            return d, a
    return None


def _dated_before(
    claims: Sequence[Claim], second: Sequence[Claim | None], denial: int, denied: int
) -> bool:
    """Is the ``denied`` claim dated before the ``denial`` in the two readings of the
    article (``claims``, and ``second``: the same claims read as of another anchor): no
    later than it in both and before it in one ("mardi" and a denial that names no day:
    the same day read as of a Tuesday, the Tuesday before as of a Monday, so the pair is
    found whatever day the article is read as of)?"""
    one = claims[denied].date.end < claims[denial].date.start
    d, a = second[denial], second[denied]
    if d is None or a is None:
        return False
    other = a.date.end < d.date.start
    return (
        claims[denied].date.start <= claims[denial].date.start
        and a.date.start <= d.date.start
        and (one or other)
    )


def day_of_readings(
    claims: Sequence[Claim], second: Sequence[Claim | None], i: int
) -> tuple[str, str]:
    """The day of claim ``i`` of an undated article as its two readings give it (its
    date's bucket read as of the one anchor, ``claims``, and as of the other, ``second``,
    None where that reading lacks the claim): two claims are of one day when both
    readings date them alike, which holds whatever the anchors are; a claim the second
    reading lacks is a day of its own."""
    first = date_bucket(claims[i].date)
    other = second[i]
    return first, f"alone:{i}" if other is None else date_bucket(other.date)


def denials_across_days(
    claims: Sequence[Claim],
    name: str,
    second: Sequence[Claim | None],
    sectors: Mapping[str, frozenset[str]] | None = None,
) -> list[Claim]:
    """``claims`` (one article's, read as of an anchor that dates none of them: an undated
    article's, :mod:`timeline.undated`) with each denial set against what it denies though
    the two are read as of different days: the other side's account or loss report told
    before it, which the denial names or which its place in the article says it answers
    (:func:`_denials_of`, :func:`_tolls_denied`), dated before it. "Ранее в среду
    Минобороны Армении заявило, что Азербайджан нанёс удар ..." and "Минобороны
    Азербайджана опровергло информацию об обстреле ...": the account is of the day of the
    strike, the denial of the day it was made, and the two are still one dispute (an
    undated article's days are unknown: only their order is). Pairs of one day are
    :func:`mark_conflicts`'s; the pairs made here are named ``"<name>:denied"``,
    ``"<name>:denied#2"``... ``second``: the same claims read as of another anchor (None
    where that reading lacks one): the two are of different days when either reading
    dates them apart (:func:`day_of_readings`), and the denied claim is before the denial
    when both readings date it no later and one earlier (:func:`_dated_before`), so that
    what is found does not depend on the day the article is read as of."""
    sectors = line_sectors() if sectors is None else sectors
    accounts = [i for i, c in enumerate(claims) if c.opposes and c.claimant_side]
    if not any(claims[i].denies for i in accounts):
        return list(claims)
    inner = _denied_in(claims, accounts)
    pairs = _denials_of(claims, accounts, inner, sectors) | _tolls_denied(claims, accounts, sectors)
    found = sorted(
        (i, j)
        for i, j in pairs
        if day_of_readings(claims, second, i) != day_of_readings(claims, second, j)
        and _denial_first(claims, i, j, second) is not None
    )
    if not found:
        return list(claims)
    names = _groups(
        [(i, j, _numbered(f"{name}:denied", n)) for n, (i, j) in enumerate(found, start=1)]
    )
    return [
        dataclasses.replace(
            c,
            disputes=tuple(sorted({*c.disputes, *names[i]})),
            conflict_group=c.conflict_group or names[i][0].partition("#")[0],
        )
        if i in names
        else c
        for i, c in enumerate(claims)
    ]


# -- step 2: entries --------------------------------------------------------


def _family(claim: Claim) -> str:
    return "ceasefire" if claim.event_type == "ceasefire" else "events"


def group_entries(
    claims: Sequence[Claim], era_of: Mapping[str, str] | None = None
) -> list[list[Claim]]:
    """Claims grouped into happenings: (era, day or EDTF value, ceasefire or not)."""
    groups: dict[tuple[str, str, str], list[Claim]] = {}
    for claim in sorted(claims, key=claim_sort_key):
        key = (_era(claim, era_of or {}), entry_bucket(claim.date), _family(claim))
        groups.setdefault(key, []).append(claim)
    return [groups[k] for k in sorted(groups)]


def entry_date(claims: Sequence[Claim]) -> FuzzyDate:
    """The most precise claim date if every other claim's date is compatible with
    it; else the day they share (or the common EDTF value)."""
    finest = min((c.date for c in claims), key=lambda d: (PRECISION_RANK[d.precision], d.sort_key))
    if all(c.date.contains(finest) and dates_compatible(c.date, finest) for c in claims):
        return finest
    first = claims[0].date
    if first.precision in ("time", "day"):
        return FuzzyDate(first.start, first.start, first.start.isoformat(), "day")
    return first


def entry_type(claims: Sequence[Claim]) -> EventType:
    """Highest-priority type carried by at least TYPE_SHARE of claims, else commonest."""
    counts = Counter(c.event_type for c in claims)
    for kind in TYPE_PRIORITY:
        if kind != "background" and counts[kind] >= TYPE_SHARE * len(claims):
            return kind
    return max(counts, key=lambda k: (counts[k], -TYPE_PRIORITY.index(k)))


_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,}\s*[—–-]+\s*")


def _close_quotes(head: str) -> str:
    if head.count('"') % 2:
        head += '"'
    if head.count("“") > head.count("”"):
        head += "”"
    return head


@functools.cache
def _speaker_words() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The headline's speaker patterns, of every pack together: a claim carries no
    language (an entry may hold claims of several), and one language's words do not
    occur at the head of another's sentence.

    The first is a leading pronoun before a speech verb (a pack's ``pronoun_speaker``:
    "He said ..."), replaced by the claimant's name; the second a first clause that
    only says who speaks (``speaker_clause_before``/``_after``: "According to the
    ministry", "По данным ведомства", "Nazirliyin məlumatına görə", "ՊՆ-ի
    տվյալներով"), no headline on its own."""
    data = [p.attribution for p in packs_by_priority() if p.attribution]
    pronouns = [a.pronoun_speaker for a in data if a.pronoun_speaker]
    before = [a.speaker_clause_before for a in data if a.speaker_clause_before]
    after = [a.speaker_clause_after for a in data if a.speaker_clause_after]
    clauses = ([rf"^(?:{'|'.join(before)})\s[^,;:]*$"] if before else []) + (
        [rf"^[^,;:]*\s(?:{'|'.join(after)})$"] if after else []
    )
    return (
        re.compile(rf"^(?:{'|'.join(pronouns)})") if pronouns else None,
        re.compile("|".join(clauses), re.IGNORECASE) if clauses else None,
    )


def shorten(text: str, limit: int = HEADLINE_MAX, claimant: str | None = None) -> str:
    """A claim's text cut to its first clause(s), never adding a fact.

    A leading pronoun before "said" is replaced by ``claimant`` when known.
    """
    pronoun_said, attribution_opener = _speaker_words()
    text = _DATELINE.sub("", " ".join(text.split())).strip()
    if claimant and pronoun_said and pronoun_said.match(text):
        text = pronoun_said.sub(claimant[:1].upper() + claimant[1:] + " ", text, count=1)
    text = text.rstrip(" .")
    if len(text) <= limit:
        return text[:1].upper() + text[1:]
    cut = -1
    for match in re.finditer(r"(?:,|;|:| —| –| -) ", text):
        pos = match.start()
        head = text[:pos]
        if pos > limit:
            break
        if (
            pos >= 30
            and head.count('"') % 2 == 0
            and head.count("“") == head.count("”")
            and not (attribution_opener and attribution_opener.search(head))
        ):
            cut = pos
    if cut < 0:
        cut = text.rfind(" ", 0, limit)
        head = _close_quotes(text[: cut if cut > 0 else limit].rstrip(" ,;:") + "…")
    else:
        head = text[:cut]
    return head[:1].upper() + head[1:]


_LEAD_MAX_WORDS = 8
_LEAD_GLUE_WORDS = 2  # "Earlier on Tuesday": words beside the date expression itself


def drop_leading_date(text: str, anchor: dt.date) -> str:
    """Drop an opening adverbial that only dates the sentence ("Earlier on
    Tuesday, ", "The day before, ", "Last week, "): the entry shows its date,
    and the relative words would mislead out of their article. An opening
    clause that says more than its date ("Conflict first broke out in the
    late 1980s, when ...") is kept."""
    head, comma, rest = text.partition(", ")
    if not comma or not rest or len(head.split()) > _LEAD_MAX_WORDS:
        return text
    mentions = find_dates(head, anchor)
    if not mentions:
        return text
    left = head
    for mention in sorted(mentions, key=lambda m: -m.start):
        left = left[: mention.start] + " " + left[mention.end :]
    if sum(1 for word in left.split() if any(ch.isalpha() for ch in word)) > _LEAD_GLUE_WORDS:
        return text
    return rest[:1].upper() + rest[1:]


def representative(claims: Sequence[Claim], kind: EventType, story_of: Mapping[str, str]) -> Claim:
    """The claim an entry is named after; see the module docstring."""

    def key(c: Claim) -> tuple[bool, bool, int, int, int, tuple[dt.date, dt.date, str], str]:
        stories = {story_of.get(s, s) for s in c.sources}
        first = min((q.sentence for q in c.quotes), default=0)
        return (
            c.event_type != kind,
            c.claimant is not None,
            -len(stories),
            first,
            -len(c.sources),
            c.date.sort_key,
            c.text,
        )

    return min(claims, key=key)


def build_entry(claims: Sequence[Claim], story_of: Mapping[str, str]) -> Entry:
    """One entry from its claims (disputes marked already: ``mark_conflicts``),
    with a provisional content-derived id."""
    date = entry_date(claims)
    kind = entry_type(claims)
    ordered = tuple(sorted(claims, key=claim_sort_key))
    rep = representative(ordered, kind, story_of)
    headline = shorten(drop_leading_date(rep.text, rep.date.end), claimant=rep.claimant)
    return Entry(
        id=content_id(date, member_keys(ordered)),
        date=date,
        headline=headline,
        type=kind,
        claims=ordered,
        sources=tuple(sorted({s for c in ordered for s in c.sources})),
        places=tuple(sorted({p for c in ordered for p in c.places})),
        actors=tuple(sorted({a for c in ordered for a in c.actors})),
    )


def _story_index(stories: Iterable[Story]) -> dict[str, str]:
    return {m: s.id for s in stories for m in s.members}


#: The entries of a cell and the ``body_digest`` of each, as cached.
Cell = tuple[list[Entry], list[bytes]]


def _cell_entries(
    claims: Sequence[Claim],
    story_of: Mapping[str, str],
    published: Mapping[str, dt.date],
    era_of: Mapping[str, str],
    sectors: Mapping[str, frozenset[str]] | None = None,
) -> Cell:
    """The entries of one cell (claims of one era and one day, or EDTF
    value), each with its body digest, made here (in the process that
    merges the cell) and cached with it."""
    merged = _merge_claims(claims, story_of, published, era_of)
    # disputes are marked over the whole day: the two sides' accounts of a
    # clash may fall in two entries (one side's "violated the ceasefire", the
    # other's "shelled our positions")
    marked = mark_conflicts(merged, date_bucket(merged[0].date), sectors) if merged else merged
    entries = [build_entry(group, story_of) for group in group_entries(marked, era_of)]
    return entries, [body_digest(e) for e in entries]


def _cell_inputs(
    stand_ins: Sequence[str],
    sources: Sequence[str],
    story_of: Mapping[str, str],
    published: Mapping[str, dt.date],
) -> list[bytes]:
    """Everything a cell's entries are computed from, as bytes (a cache key):
    its claims in order (by their stand-ins), and the story and publication
    date of each of their sources. The era's name is left out: within a cell
    it is one value, used only to group, never shown."""
    about = [(s, story_of.get(s), published.get(s)) for s in sources]
    return ["\n".join(stand_ins).encode("utf-8", "surrogatepass"), repr(about).encode()]


@dataclass(frozen=True)
class ClaimBatch:
    """Claims (of one article, usually) as ``merge_entries`` takes them: the
    cell of each claim is known from its sources and date bucket, and the
    claims themselves are loaded only when a cell they fall in is computed."""

    sources: tuple[tuple[str, ...], ...]  # of each claim
    buckets: tuple[str, ...]  # date_bucket of each claim
    load: Callable[[], Sequence[Claim]]
    #: stands for the claims' content in cache keys (with the claim's place
    #: in the batch); "" means the claims' repr is used
    key: str = ""
    #: the claims pickled, when they are kept so (``load`` reads them): sent as
    #: they are to a process that merges some cells
    raw: bytes | None = None

    def pickled(self) -> bytes:
        """The claims, pickled (``raw``, or pickled now)."""
        return self.raw if self.raw is not None else pickle.dumps(list(self.load()), protocol=5)

    @staticmethod
    def of(claims: Sequence[Claim], key: str = "") -> ClaimBatch:
        """A batch of claims already in memory."""
        kept = tuple(claims)
        return ClaimBatch(
            sources=tuple(c.sources for c in kept),
            buckets=tuple(date_bucket(c.date) for c in kept),
            load=lambda: kept,
            key=key,
        )


def build_entries(
    claims: Sequence[Claim],
    stories: Sequence[Story],
    articles: Mapping[str, SourceArticle] | None = None,
    era_gap_days: int = ERA_GAP_DAYS,
) -> list[Entry]:
    """Claims (one source each) -> entries with merged claims, sorted by date,
    id; see ``merge_entries``."""
    entries, _ = merge_entries([ClaimBatch.of(claims)], stories, articles, era_gap_days)
    return entries


def cell_cost(size: int) -> float:
    """About what merging a cell of ``size`` claims costs, in the time of one
    claim: mostly per claim, a little per cell, and a term that grows with the
    square of the claims but weighs only in the largest cells (measured on
    the 3,719 cells of a 4,000-article corpus: 0.11 + 0.033 s + 0.00007 s² ms)."""
    return 3.3 + size + size * size / 450


@dataclass(frozen=True)
class CellJob:
    """One cell to merge as the runner hands it over: the places (batch, claim)
    of its claims, and the pickled claims of the batches they are in (the same
    ``bytes`` objects for every cell of a batch, so that a chunk of cells sent
    to another process carries each batch once)."""

    cell: tuple[tuple[int, int], ...]
    raws: Mapping[int, bytes]


def _cells_entries(
    jobs: Sequence[CellJob],
    story_of: Mapping[str, str],
    published: Mapping[str, dt.date],
    era_of: Mapping[str, str],
    sectors: Mapping[str, frozenset[str]] | None = None,
) -> list[Cell]:
    """``_cell_entries`` of each cell (the work ``merge_entries`` gives its
    runner); each batch the cells name is read once."""
    loaded: dict[int, list[Claim]] = {}
    found = []
    for job in jobs:
        for b in {b for b, _ in job.cell} - loaded.keys():
            loaded[b] = pickle.loads(job.raws[b])
        claims = [loaded[b][n] for b, n in job.cell]
        found.append(_cell_entries(claims, story_of, published, era_of, sectors))
    return found


class _CellJobs(Sequence[CellJob]):
    """The job of each cell, made only when asked for: a runner that finds a
    cell's entries stored never pickles its batches."""

    def __init__(
        self, batches: Sequence[ClaimBatch], cells: Sequence[tuple[tuple[int, int], ...]]
    ) -> None:
        self.raws = [functools.cache(batch.pickled) for batch in batches]
        self.cells = cells

    def __len__(self) -> int:
        return len(self.cells)

    @overload
    def __getitem__(self, i: int) -> CellJob: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[CellJob]: ...
    def __getitem__(self, i: int | slice) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        cell = self.cells[i]
        return CellJob(cell, {b: self.raws[b]() for b in sorted({b for b, _ in cell})})


def merge_entries(
    batches: Sequence[ClaimBatch],
    stories: Sequence[Story],
    articles: Mapping[str, SourceArticle] | None = None,
    era_gap_days: int = ERA_GAP_DAYS,
    run: Runner = SERIAL,
    sectors: Mapping[str, frozenset[str]] | None = None,
) -> tuple[list[Entry], dict[str, bytes]]:
    """The claims of ``batches`` -> entries with merged claims, sorted by date,
    id, and the ``ids.body_digest`` of each by its (provisional) id.

    Claims of different eras or days never meet (neither in a merge nor in an
    entry), so each (era, day) *cell* is computed on its own, by ``run``
    (runner.py): a cell whose claims, stories and publication dates are what
    they were may be taken from a cache (a rebuild after adding one article
    recomputes only the cells that article's claims fall in, and loads only
    the batches with claims in those cells), or cells shared with another
    process by their cost.

    Entry ids are provisional (date + hash of quoted sentences); ids.assign_ids
    makes them stable. ``sectors`` are the build's data's sectors of the line
    (``Knowledge.sectors``; the default data's when not given): which accounts may be
    of one clash.
    """
    story_of = _story_index(stories)
    published = {k: a.published for k, a in (articles or {}).items() if a.published is not None}
    era_of = eras(published, era_gap_days)
    by_cell: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for b, batch in enumerate(batches):
        for n, (sources, bucket) in enumerate(zip(batch.sources, batch.buckets, strict=True)):
            era = min((era_of.get(s, "") for s in sources), default="")
            by_cell.setdefault((era, bucket), []).append((b, n))
    cells = [tuple(by_cell[name]) for name in sorted(by_cell)]
    jobs = _CellJobs(batches, cells)
    loaded = [functools.cache(batch.load) for batch in batches]

    def inputs(i: int) -> list[bytes]:
        """What cell ``i``'s entries are computed from (``_cell_inputs``)."""
        stand_ins = [
            f"{batches[b].key}#{n}" if batches[b].key else repr(loaded[b]()[n]) for b, n in cells[i]
        ]
        cited = sorted({s for b, n in cells[i] for s in batches[b].sources[n]})
        return _cell_inputs(stand_ins, cited, story_of, published)

    work = functools.partial(
        _cells_entries, story_of=story_of, published=published, era_of=era_of, sectors=sectors
    )
    found = run.map(
        "entries",
        work,
        jobs,
        key=inputs,
        cost=lambda i: cell_cost(len(cells[i])),
        kind=tuple,
    )
    entries = [entry for cell in found for entry in cell[0]]
    bodies = {entry.id: body for cell in found for entry, body in zip(*cell, strict=True)}
    return sorted(entries, key=lambda e: (e.date.sort_key, e.id)), bodies
