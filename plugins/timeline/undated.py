"""Articles nothing dates: what they say is still read, and nothing is guessed.

An article whose text, metadata, address and story give no publication date has no anchor
for "on Tuesday" or "yesterday", but a claim that gives its own date ("on 14 September
2022", "in 1991") stands without one. Which claims those are is found without a rule of
its own: the article is read twice, anchored on two publication dates that differ in year,
month and weekday, and a claim whose date is the same both times owes nothing to the
anchor. Those claims go on the timeline, typed against the article's latest such date
(what is older than that by ``background_after_days`` is background, as it is against a
publication date). Every other claim is kept as an :class:`UndatedClaim` (its sentence,
claimant and figures): listed on the article's page and in ``timeline.json``, never dated.

Its disputes are still read (:func:`mark_undated`): the article's undated claims that both
readings date alike (the same day, "the day before", or no date of their own) are of one
day, whichever day that is and whatever day the site is built on, and are compared as one
entry's claims are (:func:`timeline.merge.mark_conflicts`): one side's figures against the
other's for the same losses, and opposite accounts of the clash.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence

from . import dates
from .extract import Knowledge, extract_claims, tells_state_now
from .merge import day_of_readings, denials_across_days, mark_conflicts
from .model import Claim, FuzzyDate, SourceArticle, UndatedClaim

#: How far apart the two anchors are: another year, month and weekday.
ANCHOR_SHIFT = dt.timedelta(days=400)
#: With the month of publication known, a week apart: another weekday, not another year.
MONTH_ANCHOR_SHIFT = dt.timedelta(days=7)
#: How far back a report tells of the days just before it ("mardi", "hier", "the day
#: before"): under a month-only header those days are read as of the month's day after
#: this reach, not its first (see :func:`_early_anchor`).
REPORT_REACH = dt.timedelta(days=7)


#: The kinds of date that give their own year and a day or month ("21 octobre 2022",
#: "in September 2022").
_OWN_YEAR_KINDS = frozenset({"date", "month-year"})


#: The day an article with no date of any kind is read as of (and a year later:
#: :func:`anchors`), whatever day the site is built on; a Monday. Read as of the build's
#: reference date, its reading changed from one day's build to the next: how far back a
#: weekday or "l'année passée" lies from it, whether that is background (more than
#: ``background_after_days`` back) and what the sentences after it inherit. Nothing is
#: dated by it: a claim it dates is dated alike by the day a year later, or stays undated.
#: Moved by whole weeks of years (:data:`ANCHOR_YEAR`, the same weekday) to the build's
#: year when that is earlier, and to the latest year the text names when that is later.
UNDATED_ANCHOR = dt.date(2026, 12, 7)
ANCHOR_YEAR = dt.timedelta(weeks=52)


def _latest_named(article: SourceArticle, reference: dt.date) -> tuple[dt.date | None, dt.date]:
    """(the last day of the latest date the article writes out with its year ("Le 21
    octobre 2022, j'ai publié ...": 2022-10-21), or None; the first day of the latest date
    of its own it names, its year or decade included), of the dates no later than
    ``reference``. An article is published on or after the dates it states in full; the
    days it names with no year ("les 12, 13 et 14 septembre", "le 7 octobre") are of that
    year when they fall before that day."""
    lang = article.language or "en"
    latest: dt.date | None = None
    named = dt.date.min
    for sentence in article.sentences:
        for mention in dates.find_dates(sentence.text, reference, None, lang):
            if mention.anchor != "abs" or mention.value.end > reference:
                continue
            named = max(named, mention.value.start)
            if mention.kind in _OWN_YEAR_KINDS and (latest is None or mention.value.end > latest):
                latest = mention.value.end
    return latest, named


def build_anchor(named: dt.date, reference: dt.date) -> dt.date:
    """The first day an article that writes out no date with its year is read as of:
    :data:`UNDATED_ANCHOR`, a whole number of :data:`ANCHOR_YEAR` back so as to be no
    later than the build's reference date, then on so as to be no earlier than the latest
    date it names (``named``: "в 2027 году" is no year to come). The same for every build
    on or after that day."""
    day = UNDATED_ANCHOR
    while day > reference:
        day -= ANCHOR_YEAR
    while day < named:
        day += ANCHOR_YEAR
    return day


def anchors(article: SourceArticle, reference: dt.date) -> tuple[dt.date, dt.date, bool]:
    """The two publication dates an undated article is read as of, and whether they are
    the article's own: a day of no build (:func:`build_anchor`) and a year and a month
    later (not its own); or, when its month of publication is known (``published_month``),
    the month's last day and a week later, so that a day and month the text names ("on 11
    May") take that year, and a weekday stays undated; or, when the text writes out a date
    with its year (:func:`_latest_named`), that day and the last day of its year (a week
    later at least): a day and month before it in that year ("le 7 octobre" after "Le 21
    octobre 2022") is of that year both times, one after it ("le 12 décembre") and a
    weekday or "yesterday" are not, and stay undated."""
    if article.published_month:
        year, month = (int(part) for part in article.published_month.split("-"))
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        last = following - dt.timedelta(days=1)
        return last, last + MONTH_ANCHOR_SHIFT, True
    own, named = _latest_named(article, reference)
    if own is not None:
        return own, max(dt.date(own.year, 12, 31), own + MONTH_ANCHOR_SHIFT), True
    day = build_anchor(named, reference)
    return day, day + ANCHOR_SHIFT, False


def _publication_month(article: SourceArticle) -> FuzzyDate | None:
    if not article.published_month:
        return None
    year, month = (int(part) for part in article.published_month.split("-"))
    return dates.month(year, month)


def _in_month(claim: Claim, early: Claim | None, month: FuzzyDate) -> Claim | None:
    """A claim of an article known to the month, dated at that month's precision when
    read as of the month's earliest day (``early``, :func:`_early_anchor`) and as of its
    last (``claim``) it falls in that month both times: a claim dated by the day of
    publication, or by a day of the week before it ("jeudi", "hier"); None otherwise ("le
    mois dernier", "last week" reaching into the month before). The day stays unknown."""
    if early is None or not (month.contains(claim.date) and month.contains(early.date)):
        return None
    return dataclasses.replace(claim, date=month, said_on=None, date_inherited=True)


def _early_anchor(month: FuzzyDate, own: Sequence[Claim]) -> dt.date:
    """The earliest day an article known to its month is read as of, for
    :func:`_in_month`. A report tells of the days just before it: a weekday, "hier", "the
    day before" reach back a week at most, and in the dev split's articles with a day of
    publication the claims of the week before it fall in its month 140 times in 144 (none
    of them named by a weekday or "yesterday"). So the days a report names are of its
    month unless it came out in the month's first week and named a day of the month
    before: they are read as of the month's eighth day, unless the article names a day of
    the last week of the month before (``own``, the claims with a date of their own), a
    sign it came out in the first days; then as of the month's first day."""
    reach = month.start + REPORT_REACH
    before = month.start - REPORT_REACH
    if any(c.date.precision in ("day", "time") and before <= c.date.end < month.start for c in own):
        return month.start
    return reach


def _lede_followers(
    article: SourceArticle,
    first: Mapping[tuple[int, str], Claim],
    own: Sequence[tuple[int, str]],
    latest: dt.date,
) -> list[Claim]:
    """The claims that go on with the lede's date, in an article whose lede writes out the
    day with its year, the latest day the article writes out ("The situation in
    Nagorno-Karabakh intensified overnight on Tuesday, April 26, 2016." then "The Defense
    Ministry of Azerbaijan stated that ..."): the lede names the event's day, and the
    sentences after it that name no date of their own report that event, as in a dated
    article. Read as of that day (``first``) they take it; read as of its year's end, that
    day has become background, and a new paragraph no longer goes on with it: they are
    not left undated for that. A state told in the present tense (the pack's
    ``state_now``) is of the unknown day of publication and stays undated. The run ends at
    the first sentence that names a date of its own ("այսօր", "today", another day): the
    sentences after it go on with that one, unknown without the article's date."""
    places = sorted(first)
    if not places or places[0] not in own:
        return []
    lede = first[places[0]]
    if lede.date_inherited or lede.date.precision != "day" or lede.date.end != latest:
        return []
    lang = article.language or "en"
    followers = []
    for n in places[1:]:
        claim = first[n]
        if n in own and claim.date == lede.date:
            continue  # the lede's day named again ("on the night of Tuesday, April 26th")
        if n in own or not claim.date_inherited or claim.date != lede.date:
            break  # another date ("today", "on 2 April 2016"): the lede's run ends
        if not tells_state_now(claim.text, lang):
            followers.append(dataclasses.replace(claim, said_on=None))
    return followers


def _place(claim: Claim) -> tuple[int, str]:
    """Where a claim is said: its sentence, and its part of it (a sentence with two
    speakers makes a claim of each one's part)."""
    return claim.quotes[0].sentence, claim.quotes[0].text


def _read_as_of(
    article: SourceArticle, day: dt.date, knowledge: Knowledge
) -> dict[tuple[int, str], Claim]:
    """The article's claims, by sentence and part, as if it were published on ``day``."""
    # "anchor": the day is no publication day, and how far back a weekday lies from it
    # depends on the day the site is built (extract._dates_the_lede)
    read = dataclasses.replace(article, published=day, published_from="anchor")
    claims = extract_claims(read, knowledge)
    return {_place(c): c for c in claims}


def mark_undated(
    article_id: str,
    claims: Sequence[Claim],
    second: Sequence[Claim | None],
    sectors: Mapping[str, frozenset[str]] | None = None,
) -> list[Claim]:
    """``claims`` (an undated article's, read as of one anchor) with their disputes and
    updates marked among the claims of their day: those the two readings date alike
    (``second``: the same claims read as of the other anchor, in the same order, None
    where that reading lacks one; :func:`timeline.merge.day_of_readings`) are of one
    day, whatever it is and whatever the anchors are, as the claims of an entry are
    ("jeudi" and "hier", alike as of a Friday only, are not). Each day's disputes are named
    ``"<article>:undated<n>:..."`` (the n-th day of the article, in the claims' order), so
    that no two days or articles share one. ``sectors``: as ``merge.mark_conflicts``'s."""
    days: dict[tuple[str, str], list[int]] = {}
    for index in range(len(claims)):
        days.setdefault(day_of_readings(claims, second, index), []).append(index)
    marked = list(claims)
    for number, members in enumerate(days.values(), start=1):
        found = mark_conflicts(
            [claims[i] for i in members], f"{article_id}:undated{number}", sectors
        )
        for index, claim in zip(members, found, strict=True):
            marked[index] = claim
    if len(days) > 1:  # a denial of one day and what it denies, told of a day before
        return denials_across_days(marked, f"{article_id}:undated", second, sectors)
    return marked


def read_undated(
    article: SourceArticle, knowledge: Knowledge, reference: dt.date
) -> tuple[list[Claim], tuple[UndatedClaim, ...]]:
    """(claims with a date of their own, the others undated) of an article with no
    publication date; ``reference`` is the build's reference date (no date it names is
    later)."""
    if article.published is not None or not article.sentences:
        return [], ()
    one, other, own_anchors = anchors(article, reference)
    first = _read_as_of(article, one, knowledge)
    second = _read_as_of(article, other, knowledge)
    own = sorted(n for n, claim in first.items() if n in second and second[n].date == claim.date)
    dated: list[Claim] = []
    if own:
        # read as of the latest date of its own; but where the anchors are the article's
        # own (its month, a date it writes out), the first reading is that already, and
        # "l'année dernière" must not be read a year earlier again
        anchored = (
            first
            if own_anchors
            else _read_as_of(article, max(first[n].date.end for n in own), knowledge)
        )
        # when the claim was said is unknown without a publication date
        dated = [
            dataclasses.replace(anchored[n], said_on=None)
            for n in own
            if n in anchored and anchored[n].date == first[n].date
        ]
    if own and own_anchors and not article.published_month:
        dated += _lede_followers(article, first, own, one)
    month = _publication_month(article)
    if month is not None:
        early = _read_as_of(article, _early_anchor(month, dated), knowledge)
        dated += [
            monthly
            for n, claim in sorted(first.items())
            if n not in own and (monthly := _in_month(claim, early.get(n), month)) is not None
        ]
    dated.sort(key=_place)
    kept = {_place(c) for c in dated}
    left = [claim for n, claim in sorted(first.items()) if n not in kept]
    undated = tuple(
        UndatedClaim(
            text=claim.text,
            sentence=_place(claim)[0],
            claimant=claim.claimant,
            claimant_actor=claim.claimant_actor,
            claimant_side=claim.claimant_side,
            figures=claim.figures,
            disputes=claim.disputes,
            conflict_group=claim.conflict_group,
            series=claim.series,
        )
        for claim in mark_undated(
            article.id, left, [second.get(_place(c)) for c in left], knowledge.sectors
        )
    )
    return dated, undated
