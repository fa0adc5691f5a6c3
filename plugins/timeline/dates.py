"""Date expressions in news text -> :class:`FuzzyDate` (EDTF plus precision).

Every expression is resolved against two reference points: the article's
publication date (``pub``) and the date the text mentioned last (``prev``, for
anaphora such as "the day before"). Explicit dates need neither (``abs``).
News reports the past, so everything that is not explicitly future ("next",
"this coming") resolves on or before publication.

Rules, one per kind (``DateMention.kind``):

``date``
    A full explicit date in any usual form: "November 17, 2021", "Nov 16,2021",
    "17 Nov 2021", "16 ноября 2021 г.", "mardi 16 novembre 2021", "1er décembre
    2021", "2021-11-16", "16.11.2021" (numeric order from Babel's short date
    pattern of the language). Precision day. Invalid dates are no dates.
``day-month``
    A day and month without a year ("on 17 November"): the most recent such
    day on or before publication.
``month-year``
    "November 2020", "в ноябре 2020 года": that month.
``month``
    A month name after a preposition or modifier ("in August", "last
    November", "next March"). ``last X``: the most recent X strictly before the
    publication month (pub 2021-11-16: "last November" = 2020-11). Plain
    ``in X``: the most recent X on or before the publication month, so in a
    September article "in September" is this September. ``next X``: the first
    X strictly after the publication month; ``this X``: X of the publication
    year. An English month name must be capitalised ("may" is a verb).
    In a sentence that speaks of what is to come (the pack's ``future_tense``: "will",
    "намечен на", "keçiriləcək"), a month without a relation word, and a ``day-month``,
    is the one nearest publication, ahead or back ("will meet in June" in May 2023:
    2023-06; "in April" in the same sentence: 2023-04).
``month-range``
    "in May and April", "from April to June [2022]": the interval of the two
    months, each resolved as above, earliest first ("2022-04/2022-05").
``years-ago-month``
    "a year ago in November": that month, N years before publication.
``weekday``
    "on Tuesday", "earlier on Tuesday", "Tuesday evening", "provoked Tuesday",
    "во вторник", "mardi soir": the most recent such day on or before
    publication (the publication day itself counts). "last Tuesday": strictly
    before publication. "next Tuesday"/"this coming Tuesday": strictly after.
    A part of day ("evening", "morning", "night", "afternoon") is kept in
    ``part_of_day``; the EDTF stays the plain day. "early"/"late" are dropped.
``deictic``
    "today", "tonight" (night of pub), "this morning", "yesterday [evening]",
    "last night" (night of the day before pub): days relative to publication.
``present``
    "currently", "at present", "actuellement", "в настоящее время", "ներկայումս",
    "hazırda", "şu anda": the publication day (what the sentence says holds as the
    article is written). A sentence's other date comes first (``extract``).
``relative``
    "last week" = the ISO week before publication's week (Monday/Sunday
    interval, precision week); "this week", "next week" likewise; "last
    month", "last year", "last year's war", "last weekend" (Saturday/Sunday
    before publication). "earlier this year/month" = interval from the first
    day of the unit to publication (a single day when that is publication).
``ago``
    "three days ago", "two weeks ago", "a year ago": publication minus N units,
    at the precision of the unit: day, ISO week, month, year.
``years-after``
    "a year after <event>": the news idiom "clashes a year after the war"
    dates the event N years before publication (year precision).
``anaphora``
    Relative to ``prev``, the date mentioned last (earlier in the sentence,
    else the ``previous`` argument; a UTC time never serves as ``prev``):
    "the day before", "the previous day", "a day earlier" (-1 day); "the next
    day", "the following day", "the day after" (+1); "that day", "the same
    day", "earlier in the day", "later that day" (same day); "that evening",
    "later in the evening", "later that evening" (same day with part of day);
    "two days later", "a week later", "a month earlier", "the following
    year": prev plus N units at the unit's precision (as ``ago``); "in the
    following days", "sonraki günlerde", "в последующие дни": the days after
    prev to no given end, prev's month (only after a day). A day-unit
    anaphor needs a ``prev`` of day or time precision; month and year units
    need at most month/year precision; otherwise the anaphor is not resolved
    (no guess). With no ``prev`` at all, publication serves (anchor "pub").
``season``
    "last autumn"/"last fall"/"last spring"/...: the most recent such season
    that ended before the publication month, as a month interval (spring
    Mar-May, summer Jun-Aug, autumn Sep-Nov, winter Dec-Feb across the year);
    "this summer", "next winter", "the summer of 2019".
``year``
    "in 1991", "since 1994" (the year it starts), "the 2020 war", "2020
    fighting", "в 1991 году", "2020 թ.", "2020-ին", "2020-ci ildə". A number
    that counts is no year: in English and French a bare four-digit number is
    a year only in 1900-2099 and when not followed by a plural noun or a unit
    ("2000 troops"); after a preposition or article any year from 1000 to 2099
    counts, except before a counted noun ("of 1960 peacekeepers", "de 1960
    militaires", "around 2000 Russian troops") unless the preposition is
    temporal ("In 2020 troops withdrew"). In Russian, Armenian and Azerbaijani
    a year needs its marker: a preposition or "год"/"г." (ru), "թ."/"թվական"
    or a case ending (hy, not "1960-ից ավելի", more than 1960), "-ci il" or a
    case ending (az, not "1960-dan çox"); so "1960 человек", "1960 մարդ",
    "1960 nəfər" are counts. "(2020)" alone is a year in every language.
    "1430 GMT" is a time, never a year; "6,500" is never a year; "1500-2000
    people" is no year range.
``decade``
    "the 1990s", "the late 1980s", "the early 2000s", "the '90s", "les années
    1990": the decade ("198X"); early/mid/late is dropped (FuzzyDate has no
    qualifier).
``year-range``
    "between 1988 and 1994", "from 1988 to 1994", "1988-94": "1988/1994".
``past-day``
    "overnight", "in the last 24 hours", "за последние сутки", "son sutka ərzində":
    the day before publication and the day of it ("2022-08-07/2022-08-08"), as an
    agency's daily report counts them.
``lasting``
    A state that has lasted a while up to publication: "for the past two weeks",
    "depuis près de deux semaines", "уже две недели", "iki haftadır", "iki həftədir",
    "երկու շաբաթ է": weeks or months up to publication, at the precision the text
    supports: the month of publication for a few weeks or a month (a state as it is
    now), else the year they all lie in, else the months from first to last. A count of
    days or of years is no such date (the day's news; a conflict's age). It says how
    long something lasts, not when anything happened: it dates its own sentence only
    when nothing else does, and never the sentences after it.
``day-range``
    "on the night of April 7-8", "from 1 to 5 April 2016", "aprelin 1-dən 5-dək",
    "с вечера 13 ноября до утра 14 ноября", "в ночь с 11 на 12 февраля",
    "սեպտեմբերի 13-14-ին": the interval of the two days ("2016-04-07/2016-04-08");
    the first day's month is its own when written (``mon1``), else the second's; a
    range without a year ends on the latest such day on or before publication.
``night-day``, ``night-weekday``
    The night into a day: "в ночь на 2 апреля", "aprelin 2-nə keçən gecə" (a day of a
    month, read as ``day-month``); "в ночь на воскресенье", "в ночь с субботы на
    воскресенье", "dans la nuit de samedi à dimanche", "շաբաթ լույս կիրակի գիշերը",
    "şənbəni bazara keçən gecə", "cumartesiyi pazara bağlayan gece", "overnight into
    Sunday" (a weekday, read as ``weekday``): the interval of the day before and that day
    ("2016-04-01/2016-04-02"), as ``day-range`` reads a night of two named days. Their
    mentions are of kind ``day-range`` and ``weekday``.
``time``
    "18:30", "00:05 am", "3 pm", "18h30", "1430 GMT", "20:05 GMT", and a pack's own
    forms after its word for the hour ("saat 17.30", "ժամը 20։45"): a clock
    time on the day of the nearest day-precision mention of the same
    sentence, else ``prev`` (if day or time precision; the caller's ``clock_day``
    instead when it gives one: the story's day after a look back), else publication.
    Times without a zone are local and stay naive ("2021-11-16T18:30"); GMT/UTC
    times end in "Z". When a local time and a UTC time are given as a pair
    ("18:30 (1430 GMT)", "00:05 am (20:05 GMT)") the UTC offset is derived
    from the pair, so the UTC time can fall on the previous day
    ("2022-09-12T20:05Z"); a UTC time alone stays on that day.

Not point dates, never returned: durations ("six-week", "for decades", "for
two years").

Languages: English fully; French and Russian for weekdays, deictic words,
la veille/накануне, le lendemain/на следующий день, l'année dernière/в прошлом
году, la semaine dernière/на прошлой неделе, months ("en novembre", "в
ноябре", "в мае прошлого года"), years, decades and explicit dates. Armenian
and Azerbaijani, which put case endings where the others put prepositions:

- deictic: երեկ, այսօր [առավոտյան/երեկոյան], անցյալ գիշեր; dünən,
  bu gün/bugün, srağagün (-2 days), bu səhər, ötən gecə;
- anaphora: նախօրեին (not "<event>-ի նախօրեին", the eve of an event),
  նախորդ օրը, հաջորդ օրը, նույն/այդ օրը, N օր/շաբաթ/ամիս/տարի անց|հետո;
  bir gün əvvəl/öncə (not after "<event>-dan"), ərəfədə, ertəsi/növbəti gün,
  həmin gün, N gün/həftə/ay/il sonra;
- relative: անցյալ/անցած/նախորդ, այս, հաջորդ + տարի/շաբաթ/ամիս (any case);
  keçən/ötən, bu/cari, gələn/növbəti + il/həftə/ay (any case);
- ago: N օր/շաբաթ/ամիս/տարի առաջ; N gün/həftə/ay/il əvvəl/öncə ("bir gün
  əvvəl" is the anaphor), "bundan 30 il əvvəl"; N a digit or a number word;
- months: the locative or ablative is "in/since <month>" (սեպտեմբերին,
  հոկտեմբերից, sentyabrda, sentyabrında, sentyabrdan), as are "սեպտեմբեր
  ամսին", "sentyabr ayında", "սեպտեմբերի վերջին", "sentyabrın əvvəlində";
  անցյալ տարվա սեպտեմբերին / ötən ilin sentyabrında (year before
  publication); 2020 թ. սեպտեմբերին / 2020-ci ilin sentyabrında; "27
  sentyabrda", "sentyabrın 27-də", "սեպտեմբերի 27-ին". A month written
  after a day in an explicit date must be a name: "սեպտեմբերին 27 մարդ" is
  "in September, 27 people";
- weekdays: երեքշաբթի [օրը] [երեկոյան], շաբաթ օրը (bare "շաբաթ" is
  "week"); çərşənbə axşamı [günü] [axşam], bazar günü (bare "bazar" is
  "market");
- years, decades (1990-ականներին, 90-cı illərdə) and ranges (1992-1994 թթ.,
  1992-1994-cü illər) with their markers (see ``year``).

Month and weekday names come from Babel's locale data, so explicit dates work
in any Babel locale.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from calendar import monthrange
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from babel.core import UnknownLocaleError
from babel.dates import get_date_format, get_day_names, get_month_names

from .model import DateMention, FuzzyDate
from .packs import DateData, Inflection, PackError, fallback_pack, packs, reading_languages

Anchor = Literal["abs", "pub", "prev"]

__all__ = [
    "day",
    "decade",
    "find_dates",
    "interval",
    "iso_week",
    "month",
    "month_names",
    "next_previous",
    "parse_edtf",
    "resolve_expression",
    "says_future",
    "time",
    "year",
]

# --------------------------------------------------------------------------
# Constructors and EDTF
# --------------------------------------------------------------------------


def day(d: dt.date, part_of_day: str | None = None) -> FuzzyDate:
    """A day, optionally with a part of day kept beside the plain EDTF day."""
    return FuzzyDate(d, d, d.isoformat(), "day", part_of_day)


def time(d: dt.date, hour: int, minute: int, utc: bool = False) -> FuzzyDate:
    """A clock time on day ``d``: ``2021-11-16T18:30`` (local) or ``...Z`` (UTC)."""
    dt.time(hour, minute)  # validates
    zone = "Z" if utc else ""
    return FuzzyDate(d, d, f"{d.isoformat()}T{hour:02d}:{minute:02d}{zone}", "time")


def month(year: int, month: int) -> FuzzyDate:
    last = monthrange(year, month)[1]
    start = dt.date(year, month, 1)
    return FuzzyDate(start, dt.date(year, month, last), f"{year:04d}-{month:02d}", "month")


def year(y: int) -> FuzzyDate:
    return FuzzyDate(dt.date(y, 1, 1), dt.date(y, 12, 31), f"{y:04d}", "year")


def decade(y: int) -> FuzzyDate:
    """The decade containing year ``y``: 1980 and 1987 -> ``198X``."""
    first = y // 10 * 10
    return FuzzyDate(
        dt.date(first, 1, 1), dt.date(first + 9, 12, 31), f"{first // 10:03d}X", "decade"
    )


def interval(a: FuzzyDate, b: FuzzyDate) -> FuzzyDate:
    """``a/b``, earliest first; precision "week" for a Monday..Sunday pair of days."""
    if b.start < a.start:
        a, b = b, a
    is_week = (
        a.precision == "day"
        and b.precision == "day"
        and a.start.weekday() == 0
        and b.start - a.start == dt.timedelta(days=6)
    )
    return FuzzyDate(
        a.start,
        max(a.end, b.end),
        f"{a.edtf}/{b.edtf}",
        "week" if is_week else "interval",
    )


def named_span(value: FuzzyDate) -> FuzzyDate:
    """A span named from publication ("last week", "this week", "two weeks ago", "earlier
    this month", "earlier this year") at the precision a claim's EDTF can give it: its
    month when all its days lie in one month, its year when it runs from the year's first
    day within that year, else itself. EDTF has no week, and the text dates no day of
    the span: editors write the month or year it lies in ("192 soldiers died during the
    offensive last week" on 27 September 2023: 2023-09; "Earlier this month, Armenia
    accused ..." on 25 May 2021: 2021-05)."""
    start, end = value.start, value.end
    # a week, or a span from the first day of its month or year ("earlier this month");
    # never a weekend, which the text names as two days
    if value.precision != "week" and not (
        value.precision == "interval" and start.day == 1 and (end - start).days > 1
    ):
        return value
    if (start.year, start.month) == (end.year, end.month):
        return month(start.year, start.month)
    if start.year == end.year and (start.month, start.day) == (1, 1):
        return year(start.year)
    return value


def iso_week(d: dt.date) -> FuzzyDate:
    """The ISO week (Monday..Sunday) containing ``d``."""
    monday = d - dt.timedelta(days=d.weekday())
    return interval(day(monday), day(monday + dt.timedelta(days=6)))


_EDTF_POINT = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:T(?P<H>\d{2}):(?P<M>\d{2})(?P<z>Z)?)?)?)?|(?P<dec>\d{3})X"
)


def _parse_point(value: str) -> FuzzyDate:
    m = _EDTF_POINT.fullmatch(value)
    if m is None:
        raise ValueError(f"not an EDTF date this project emits: {value!r}")
    if m["dec"]:
        return decade(int(m["dec"]) * 10)
    y = int(m["y"])
    if m["m"] is None:
        return year(y)
    if m["d"] is None:
        return month(y, int(m["m"]))
    d = dt.date(y, int(m["m"]), int(m["d"]))
    if m["H"] is None:
        return day(d)
    return time(d, int(m["H"]), int(m["M"]), utc=bool(m["z"]))


def parse_edtf(value: str) -> FuzzyDate:
    """The FuzzyDate written ``value``: inverse of ``FuzzyDate.edtf`` (without part of day).

    >>> parse_edtf("198X").start
    datetime.date(1980, 1, 1)
    >>> parse_edtf("2022-09-05/2022-09-11").precision
    'week'
    """
    first, sep, second = value.partition("/")
    if not sep:
        return _parse_point(value)
    a, b = _parse_point(first), _parse_point(second)
    if b.start < a.start:
        raise ValueError(f"interval ends before it starts: {value!r}")
    return interval(a, b)


# --------------------------------------------------------------------------
# Calendar arithmetic
# --------------------------------------------------------------------------


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    index = y * 12 + (m - 1) + k
    return index // 12, index % 12 + 1


def _month_before(m: int, pub: dt.date, strict: bool) -> FuzzyDate:
    """Month ``m`` of the latest year with it before (or at, unless strict) pub's month."""
    same_year = m < pub.month or (m == pub.month and not strict)
    return month(pub.year if same_year else pub.year - 1, m)


def _month_after(m: int, pub: dt.date) -> FuzzyDate:
    return month(pub.year if m > pub.month else pub.year + 1, m)


def _nearest_month(m: int, pub: dt.date) -> FuzzyDate:
    """Month ``m`` of the year that puts it nearest pub's month, the coming one on a tie:
    what a sentence about what is to come means ("will meet in June" in May is this June;
    "after April's clashes, they will meet" in May is this April)."""
    back, ahead = (pub.month - m) % 12, (m - pub.month) % 12
    return (
        month(pub.year, m)
        if back == 0
        else (_month_before(m, pub, True) if back < ahead else _month_after(m, pub))
    )


def _nearest_day(m: int, d: int, pub: dt.date) -> dt.date | None:
    """Day ``d`` of month ``m`` in the year that puts it nearest pub (the coming one on a
    tie), for a sentence about what is to come."""
    candidates = [
        c for y in (pub.year - 1, pub.year, pub.year + 1) if (c := _calendar_day(y, m, d))
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda c: (abs((c - pub).days), c < pub))


def _weekday_before(wd: int, pub: dt.date, strict: bool) -> dt.date:
    delta = (pub.weekday() - wd) % 7
    if strict and delta == 0:
        delta = 7
    return pub - dt.timedelta(days=delta)


def _weekday_after(wd: int, pub: dt.date) -> dt.date:
    return pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7)


def _day_month_before(m: int, d: int, pub: dt.date) -> dt.date | None:
    for y in range(pub.year, pub.year - 9, -1):
        try:
            candidate = dt.date(y, m, d)
        except ValueError:
            if d > 29 or m != 2:
                return None
            continue
        if candidate <= pub:
            return candidate
    return None


def _shift(base: dt.date, unit: str, n: int) -> FuzzyDate:
    """``base`` moved by ``n`` units, at the unit's precision."""
    if unit == "day":
        return day(base + dt.timedelta(days=n))
    if unit == "week":
        return iso_week(base + dt.timedelta(days=7 * n))
    if unit == "month":
        return month(*_shift_month(base.year, base.month, n))
    return year(base.year + n)


def _season(first_month: int, y: int) -> FuzzyDate:
    """The three months from ``first_month`` of year ``y`` (winter runs into y+1)."""
    end_y, end_m = _shift_month(y, first_month, 2)
    return interval(month(y, first_month), month(end_y, end_m))


def _season_before(first_month: int, pub: dt.date) -> FuzzyDate:
    y = pub.year
    while _season(first_month, y).end >= dt.date(pub.year, pub.month, 1):
        y -= 1
    return _season(first_month, y)


# --------------------------------------------------------------------------
# Language data (Babel names, small per-language lexicon)
# --------------------------------------------------------------------------


def fold(text: str) -> str:
    """Case-folded for lookups; Azerbaijani capital "İ" folds to "i", not "i̇"."""
    return text.replace("İ", "i").casefold()


# Gates: a rule runs only on a sentence whose case-folded words meet each
# group of its gate (space-separated words; "{MONTH}"/"{WEEKDAY}" the locale's
# names, "#digit" any digit, "#year" four digits in a row, "#colon" a colon).
# Most sentences run no rule. These are the gates that need no words of a
# language; a pack's ``gates`` give the others.
_GATES: dict[str, tuple[str, ...]] = {
    "date": ("#digit",),
    "month-year": ("#digit", "{MONTH}"),
    "day-month": ("#digit", "{MONTH}"),
    "time": ("#digit", "#colon am pm gmt utc h a p"),
    "year": ("#year",),
    "year-range": ("#year",),
    "weekday": ("{WEEKDAY}",),
    "month": ("{MONTH}",),
    "month-range": ("{MONTH}",),
    "day-range": ("#digit", "{MONTH}"),
    "night-day": ("#digit", "{MONTH}"),
    "night-weekday": ("{WEEKDAY}",),
}
_TOKEN = re.compile(r"[^\W\d_]+")
_SPACES = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")
_YEAR_DIGITS = re.compile(r"\d{4}")


def _names_pattern(names: dict[str, int]) -> str:
    ordered = sorted(names, key=lambda s: (-len(s), s))
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ordered)


def _date_data(lang: str) -> DateData | None:
    """The date vocabulary of the pack of ``lang``, None when it has no pack."""
    found = packs().get(lang)
    return found.dates if found else None


def _inflected(
    names: dict[int, str], rules: tuple[Inflection, ...], data: DateData
) -> dict[str, int]:
    forms: dict[str, int] = {}
    for number, name in names.items():
        for rule in rules:
            form = data.inflect(name, rule)
            if form is not None:
                forms[form] = number
    return forms


@lru_cache(maxsize=64)
def _month_names(lang: str, abbreviations: bool) -> dict[str, int]:
    """Case-folded month names of a Babel locale (wide; abbreviated if asked),
    with the forms its pack adds (``month_forms``: "в ноябре", "sentyabrın")."""
    widths: tuple[Literal["wide", "abbreviated"], ...] = ("wide",)
    if abbreviations:
        widths = ("wide", "abbreviated")
    names: dict[str, int] = {}
    for width in widths:
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, lang).items():
                names[name.casefold().rstrip(".")] = number
    if abbreviations:  # "Sept", "Febr": unambiguous prefixes of the wide names
        prefixes: dict[str, set[int]] = {}
        for name, number in list(names.items()):
            for size in range(3, len(name)):
                prefixes.setdefault(name[:size], set()).add(number)
        for prefix, numbers in prefixes.items():
            if len(numbers) == 1:
                names.setdefault(prefix, numbers.pop())
    data = _date_data(lang)
    if data is not None:
        nominative = dict(get_month_names("wide", "stand-alone", lang))
        names.update(_inflected(nominative, data.month_forms, data))
    return names


@lru_cache(maxsize=64)
def _month_cases(lang: str) -> dict[str, int]:
    """The case forms of the month names that say "in/since/until <month>" in
    languages without prepositions (a pack's ``month_cases``: Armenian
    "սեպտեմբերին", Azerbaijani "sentyabrda", "sentyabrında"). Only the
    lexicon's rules read them (``{MONC}``): an explicit date's month is a name
    ("սեպտեմբերին 27 մարդ" is no 27 September)."""
    data = _date_data(lang)
    if data is None:
        return {}
    nominative = dict(get_month_names("wide", "stand-alone", lang))
    return _inflected(nominative, data.month_cases, data)


def weekday_names(lang: str) -> dict[str, int]:
    """Case-folded weekday names of ``lang`` (Monday = 0), with its pack's forms."""
    return _weekday_names(lang)


def month_names(lang: str) -> dict[str, int]:
    """Month names and abbreviations of ``lang``, case-folded, as the grammar reads
    them ("november", "nov", "ноября", "նոյեմբերի", "noyabr") -> month number."""
    return _month_names(lang, True)


@lru_cache(maxsize=64)
def _weekday_names(lang: str) -> dict[str, int]:
    """Case-folded weekday names (Monday = 0) of a Babel locale, with the forms
    its pack adds (``weekday_forms``: "в среду")."""
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in get_day_names("wide", context, lang).items():
            names[name.casefold()] = number
    data = _date_data(lang)
    if data is not None:
        for name, number in list(names.items()):
            for rule in data.weekday_forms:
                form = data.inflect(name, rule)
                if form is not None:
                    names[form] = number
    return names


@dataclass(frozen=True)
class _Rule:
    kind: str
    pattern: re.Pattern[str]
    gate: tuple[frozenset[str], ...]


@dataclass(frozen=True, eq=False)
class _Grammar:
    """The rules of a language. A rule's gate is a tuple of word groups; each
    distinct group is one bit, ``word_bits`` the bits of the groups a word is
    in, and a rule runs when the bits of a sentence's words cover its
    ``gate_bits``. Compared by identity (one per language, ``_grammar_for``): it keys
    the memo of ``_candidates``."""

    lang: str
    rules: tuple[_Rule, ...]
    gate_bits: tuple[int, ...]
    word_bits: dict[str, int]
    gate_words: frozenset[str]
    months: dict[str, int]
    month_forms: dict[str, int]
    weekdays: dict[str, int]
    words: DateData  # the pack's words the resolvers read
    numbers: Mapping[str, int]
    # The rules (indices) that run for each set of met groups: a memo.
    _runs: dict[int, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    def rules_for(self, met: int) -> tuple[int, ...]:
        """Indices of the rules whose gate groups are all in ``met``, in order."""
        try:
            return self._runs[met]
        except KeyError:
            runs = tuple(i for i, bits in enumerate(self.gate_bits) if bits & met == bits)
            self._runs[met] = runs
            return runs


#: A year after a day and month and a comma, or a number cut short at the end ("September
#: 19, 20"): not "September 27, 16 soldiers", a count.
_YEAR_AFTER_COMMA = r",\s*(?:\d{4}(?!\d)|\d+(?!\d)(?!\s*[^\W\d_]))"


def _explicit_patterns(lang: str, data: DateData) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(kind, pattern) of explicit dates, built from the locale's names and short
    format, and the pack's endings of a day ("16th", "16-го", "27-də") and a year
    ("2021 г.", "2021 թ.", "2021-ci il")."""
    day_n = r"(?P<d>\d{1,2})" + (f"(?:{data.day_suffix})?" if data.day_suffix else "")
    year_n = r"(?P<y>\d{4})(?!\d)" + (f"(?:{data.year_suffix})?" if data.year_suffix else "")
    short = get_date_format("short", lang).pattern.lower()
    order = sorted("dmy", key=lambda c: short.index(c) if c in short else 9)
    numeric = {
        "d": r"(?P<d>\d{1,2})",
        "m": r"(?P<mo>\d{1,2})",
        "y": r"(?P<y>\d{4})",
    }
    sep = r"[./]"
    return (
        ("date", r"(?<![\d-])(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?![\d-])", ("#year",)),
        (
            "date",
            r"(?<![\d./])" + sep.join(numeric[c] for c in order) + r"(?![\d/]|\.\d)",
            ("#year",),
        ),
        (
            "date",
            r"(?<!\d)" + day_n + r"(?:\s+of)?\s+(?P<monx>{MONX})\.?,?\s+" + year_n,
            ("#year", "{MONTH}"),
        ),
        (
            "date",
            r"(?<!\w)(?P<monx>{MONX})\.?\s+" + day_n + r"(?:,\s*|\s+)" + year_n,
            ("#year", "{MONTH}"),
        ),
        (
            "date",
            r"(?<!\d)" + year_n + r",?\s+(?P<monx>{MONX})\.?\s+" + day_n + r"(?!\d)",
            ("#year", "{MONTH}"),
        ),
        ("month-year", r"(?<!\w)(?P<mon>{MON})\s+(?:of\s+)?" + year_n, ("#year", "{MONTH}")),
        ("month-year", r"(?<![\d-])(?P<y>\d{4})-(?P<mo>\d{2})(?![\d-])", ("#year",)),
        (
            "day-month",
            # not the day and month of a full date ("27 September 2020") or of one cut
            # short ("September 19, 20"), but "On 27 September, 16 soldiers were killed"
            # (a count after the comma)
            r"(?<!\d)"
            + day_n
            + r"(?:\s+of)?\s+(?P<monx>{MONX})\b(?!\.?\s*\d|\.?"
            + _YEAR_AFTER_COMMA
            + ")",
            ("#digit", "{MONTH}"),
        ),
        (
            "day-month",
            r"(?<!\w)(?P<monx>{MONX})\.?\s+" + day_n + r"(?!\d|\s*\d|" + _YEAR_AFTER_COMMA + ")",
            ("#digit", "{MONTH}"),
        ),
    )


# Clock times, each with its gate (a narrower one than "time" where the
# pattern needs a colon or "h", or a zone).
_TIME_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        r"(?<![\d:.,])(?P<H>[01]?\d|2[0-3])(?::|\s?h\s?)(?P<M>[0-5]\d)(?!\d)"
        r"(?:\s*(?P<ampm>[ap])\.?m\b\.?)?(?:\s*(?P<zone>GMT|UTC)\b)?",
        ("#digit", "#colon h"),
    ),
    (
        r"(?<![\d:.,])(?P<H>[01]?\d|2[0-3])\.(?P<M>[0-5]\d)(?!\d)"
        r"(?:\s*(?P<ampm>[ap])\.?m\b\.?|\s*(?P<zone>GMT|UTC)\b)",
        _GATES["time"],
    ),
    (
        r"(?<![\d:.,])(?P<H>[01]\d|2[0-3])(?P<M>[0-5]\d)\s*(?P<zone>GMT|UTC)\b",
        ("#year", "gmt utc"),
    ),
    (
        r"(?<![\d:.,])(?P<H>1[0-2]|0?\d)\s*(?P<ampm>[ap])\.?m\b\.?(?:\s*(?P<zone>GMT|UTC)\b)?",
        _GATES["time"],
    ),
)


def _gate(groups: tuple[str, ...], names: dict[str, frozenset[str]]) -> tuple[frozenset[str], ...]:
    return tuple(
        frozenset(fold(w) for part in group.split() for w in names.get(part, frozenset((part,))))
        for group in groups
    )


def _words(names: dict[str, int]) -> frozenset[str]:
    return frozenset(w for name in names for w in _TOKEN.findall(name))


def _gate_bits(rules: list[_Rule]) -> tuple[tuple[int, ...], dict[str, int]]:
    """Each distinct gate group as one bit: the bits of each rule's gate, and of each word."""
    groups = list(dict.fromkeys(group for rule in rules for group in rule.gate))
    word_bits: dict[str, int] = {}
    for bit, group in enumerate(groups):
        for word in group:
            word_bits[word] = word_bits.get(word, 0) | 1 << bit
    gate_bits = tuple(sum(1 << groups.index(g) for g in set(rule.gate)) for rule in rules)
    return gate_bits, word_bits


def _fill(pattern: str, fill: Mapping[str, str]) -> str:
    for key, value in fill.items():
        pattern = pattern.replace(key, value)
    return pattern


@lru_cache(maxsize=64)
def _grammar(lang: str) -> _Grammar:
    """The compiled rules of a language (built once per process): its pack's, or
    the fallback pack's rules with the locale's names when it has none."""
    own = packs().get(lang) or fallback_pack()
    months = _month_names(lang, abbreviations=True)
    wide = _month_names(lang, abbreviations=False)
    cases = _month_cases(lang)
    weekdays = _weekday_names(lang)
    words = own.dates
    subpatterns = {f"{{{name}}}": body for name, body in words.patterns.items()}
    fill = {
        "{MON}": _names_pattern(wide),
        "{MONC}": _names_pattern({**wide, **cases}),
        "{MONX}": r"[^\W\d_]{3,}",  # checked against the month table by the resolver
        "{WD}": _names_pattern(weekdays),
    }
    names = {"{MONTH}": _words({**months, **cases}), "{WEEKDAY}": _words(weekdays)}
    gates = {**_GATES, **words.gates}
    specs: list[tuple[str, str, tuple[str, ...]]] = list(_explicit_patterns(lang, words))
    specs += [("time", p, groups) for p, groups in _TIME_PATTERNS]
    for kind, patterns in words.rules.items():
        if kind not in gates:
            raise PackError(f"{own.path / 'dates.yaml'}: gates: no gate for the rules of {kind!r}")
        specs += [(kind, _fill(p, subpatterns), gates[kind]) for p in patterns]
    rules = []
    for kind, pattern, groups in specs:
        compiled = re.compile(_fill(pattern, fill), re.IGNORECASE)
        rules.append(_Rule(kind, compiled, _gate(groups, names)))
    gate_bits, word_bits = _gate_bits(rules)
    return _Grammar(
        lang=lang,
        rules=tuple(rules),
        gate_bits=gate_bits,
        word_bits=word_bits,
        gate_words=frozenset(word_bits),
        months=months,
        month_forms={**months, **cases},
        weekdays=weekdays,
        words=words,
        numbers=own.numbers,
    )


for _lang in reading_languages():  # compile at import: find_dates is hot
    _grammar(_lang)


# --------------------------------------------------------------------------
# Resolution, one function per kind
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ctx:
    published: dt.date
    previous: FuzzyDate | None
    grammar: _Grammar


_Hit = tuple[FuzzyDate, Anchor] | None


def _group(m: re.Match[str], name: str) -> str | None:
    """A named group's text, None when the pattern lacks the group or it did not match."""
    return m.groupdict().get(name)


def _number(text: str | None, ctx: _Ctx) -> int:
    if not text:
        return 1
    text = fold(text)
    return int(text) if text.isdigit() else ctx.grammar.numbers[text]


def _month_of(m: re.Match[str], ctx: _Ctx, group: str = "mon") -> int | None:
    """The month number of a named group, or of the numeric ``mo`` group.

    A ``mon`` group (the lexicon's ``{MON}``/``{MONC}``) may be a case form
    ("sentyabrda"); a ``monx`` group (an explicit date's ``{MONX}``, any word)
    must be a name or abbreviation."""
    token, table = _group(m, group), ctx.grammar.month_forms
    if token is None and group == "mon":
        token, table = _group(m, "monx"), ctx.grammar.months
    if token is None:
        numeric = _group(m, "mo")
        return int(numeric) if numeric else None
    if ctx.grammar.words.capitalised_months and not token[0].isupper():
        return None  # "may", "march" are verbs
    return table.get(fold(token).rstrip("."))


def _part(m: re.Match[str], ctx: _Ctx) -> str | None:
    word = _group(m, "part") or _group(m, "part1")
    return ctx.grammar.words.parts_of_day.get(fold(word)) if word else None


def _relation(m: re.Match[str], ctx: _Ctx, group: str = "rel") -> str:
    """The relation word of a group in English ("dernier" -> "last"), "" if none."""
    word = _SPACES.sub(" ", fold(_group(m, group) or ""))
    return ctx.grammar.words.relations.get(word, word)


def _prev_base(ctx: _Ctx, unit: str) -> tuple[dt.date, Anchor] | None:
    """The date an anaphor of ``unit`` counts from, or None if prev is too coarse."""
    prev = ctx.previous
    if prev is None:
        return ctx.published, "pub"
    allowed = {
        "day": ("time", "day"),
        "week": ("time", "day", "week"),
        "month": ("time", "day", "week", "month"),
        "year": ("time", "day", "week", "month", "year"),
    }[unit]
    if prev.precision in allowed:
        return prev.start, "prev"
    if unit != "day" and prev.end == ctx.published:
        # "earlier this month ... the previous week": a span up to publication
        # counts from publication, as "last week" does
        return ctx.published, "pub"
    return None


def _r_date(m: re.Match[str], ctx: _Ctx) -> _Hit:
    mo = _month_of(m, ctx)
    if mo is None:
        return None
    try:
        return day(dt.date(int(m["y"]), mo, int(m["d"]))), "abs"
    except ValueError:
        return None


def _r_month_year(m: re.Match[str], ctx: _Ctx) -> _Hit:
    mo = _month_of(m, ctx)
    if mo is None or not 1 <= mo <= 12:
        return None
    return month(int(m["y"]), mo), "abs"


def _r_day_month(m: re.Match[str], ctx: _Ctx) -> _Hit:
    mo = _month_of(m, ctx)
    if mo is None:
        return None
    if says_future(m.string, ctx.grammar.lang):
        found = _nearest_day(mo, int(m["d"]), ctx.published)
    else:
        found = _day_month_before(mo, int(m["d"]), ctx.published)
    return (day(found), "pub") if found else None


def _resolve_month(mo: int, rel: str, ctx: _Ctx) -> FuzzyDate:
    pub = ctx.published
    if rel == "next":
        return _month_after(mo, pub)
    if rel == "this":
        return month(pub.year, mo)
    return _month_before(mo, pub, strict=rel == "last")


def _r_month(m: re.Match[str], ctx: _Ctx) -> _Hit:
    mo = _month_of(m, ctx)
    if mo is None:
        return None
    rel = _relation(m, ctx, "last") or _relation(m, ctx) or "in"
    if rel not in ("last", "this", "next") and says_future(m.string, ctx.grammar.lang):
        return _nearest_month(mo, ctx.published), "pub"
    return _resolve_month(mo, rel, ctx), "pub"


@lru_cache(maxsize=64)
def _future_tense(lang: str) -> re.Pattern[str] | None:
    data = _date_data(lang)
    words = data.future_tense if data is not None else ""
    return re.compile(words, re.IGNORECASE) if words else None


@lru_cache(maxsize=4096)
def says_future(sentence: str, lang: str) -> bool:
    """Does the sentence speak of what is to come (a future tense, "is scheduled for",
    "намечен на", "keçiriləcək", its pack's ``future_tense``)? Then a month or a day of a
    month without a year is the one nearest publication, ahead or back, not the latest
    one before it. Memoised: a sentence is asked for each of its dates, and again when
    its claims are read."""
    pattern = _future_tense(re.split(r"[-_]", lang)[0].lower())
    return pattern is not None and pattern.search(sentence) is not None


def _r_month_range(m: re.Match[str], ctx: _Ctx) -> _Hit:
    first, second = _month_of(m, ctx), _month_of(m, ctx, "mon2")
    if first is None or second is None:
        return None
    if m["y"]:
        a, b = month(int(m["y"]), first), month(int(m["y"]), second)
        return interval(a, b), "abs"
    return interval(_resolve_month(first, "in", ctx), _resolve_month(second, "in", ctx)), "pub"


def _r_years_ago_month(m: re.Match[str], ctx: _Ctx) -> _Hit:
    mo = _month_of(m, ctx)
    if mo is None:
        return None
    return month(ctx.published.year - _number(_group(m, "n"), ctx), mo), "pub"


#: How far a future verb may stand before a weekday it governs ("will meet on Sunday",
#: "doivent se rencontrer dimanche", "встретятся в воскресенье"): a few words, no stop.
_PLAN_GAP = re.compile(r"^[^\W\d_]*(?:\s+[^\W\d_]+){0,2}\s*$")
#: A weekday that names a thing of that day ("Monday's attack"): not the day of a plan.
_POSSESSIVE = re.compile(r"[''’]s\b")
_PLAN_GAP_CHARS = 30


def _planned_for(m: re.Match[str], lang: str) -> bool:
    """Is the weekday the day of a plan: right after a future verb of its clause ("the two
    leaders, who are due to meet on Sunday", "qui doivent se rencontrer dimanche"), or
    right before one ("Pazar günü görüşecekler")? Then it is the coming such day, not the
    last one ("said on Sunday it will" is a past Sunday: a word stands between)."""
    pattern = _future_tense(re.split(r"[-_]", lang)[0].lower())
    if pattern is None or _POSSESSIVE.match(m.string, m.end()) or _POSSESSIVE.search(m.group()):
        return False
    text = m.string
    for verb in pattern.finditer(text):
        before = text[verb.end() : m.start()]
        if verb.end() <= m.start() and len(before) <= _PLAN_GAP_CHARS and _PLAN_GAP.match(before):
            return True
        if m.end() <= verb.start() and not text[m.end() : verb.start()].strip():
            return True
    return False


def _r_weekday(m: re.Match[str], ctx: _Ctx) -> _Hit:
    wd = ctx.grammar.weekdays[_SPACES.sub(" ", fold(m["wd"]))]
    rel = _relation(m, ctx)
    pub = ctx.published
    if rel in ("next", "this coming") or (not rel and _planned_for(m, ctx.grammar.lang)):
        found = _weekday_after(wd, pub)
    else:
        found = _weekday_before(wd, pub, strict=rel == "last")
    return day(found, _part(m, ctx)), "pub"


def _r_present(m: re.Match[str], ctx: _Ctx) -> _Hit:
    """ "currently", "в настоящее время", "ներկայումս", "hazırda": the state of things as
    the article is published, its day."""
    return day(ctx.published), "pub"


def _r_deictic(m: re.Match[str], ctx: _Ctx) -> _Hit:
    word = _SPACES.sub(" ", fold(_group(m, "word") or "this"))
    words = ctx.grammar.words
    part = words.deictic_parts.get(word) or _part(m, ctx)
    shift = words.days_before.get(word, 0)
    return day(ctx.published - dt.timedelta(days=shift), part), "pub"


def _relative_unit(word: str, ctx: _Ctx) -> str:
    word = fold(word)
    words = ctx.grammar.words
    if word in words.units:
        return words.units[word]
    return next((unit for stem, unit in words.unit_stems.items() if stem in word), "year")


def _r_relative(m: re.Match[str], ctx: _Ctx) -> _Hit:
    unit = _relative_unit(m["unit"], ctx)
    rel = _relation(m, ctx) or "this"
    pub = ctx.published
    if rel in ("earlier", "later"):
        return _within_unit(unit, rel == "earlier", pub), "pub"
    n = {"last": -1, "next": 1}.get(rel, 0)
    if unit == "weekend" and (rel == "this" or not _group(m, "rel")):
        # "over the weekend", "на выходных", "ce week-end, les deux pays se sont accusés de
        # tirs" on a Tuesday: the weekend just past (or the one of publication); in a
        # sentence of what is to come ("will send a mission this weekend"), the coming one
        n = 0 if says_future(m.string, ctx.grammar.lang) else -1
    if unit == "weekend":
        saturday = _weekday_before(5, pub, strict=True) + dt.timedelta(days=7 * (n + 1))
        return interval(day(saturday), day(saturday + dt.timedelta(days=1))), "pub"
    return _shift(pub, unit, n), "pub"


def _within_unit(unit: str, earlier: bool, pub: dt.date) -> FuzzyDate:
    whole = _shift(pub, unit, 0)
    if earlier:
        return day(pub) if whole.start == pub else interval(day(whole.start), day(pub))
    return day(pub) if whole.end == pub else interval(day(pub), day(whole.end))


def _r_ago(m: re.Match[str], ctx: _Ctx) -> _Hit:
    unit = ctx.grammar.words.units.get(fold(m["unit"]), "year")
    return _shift(ctx.published, unit, -_number(_group(m, "n"), ctx)), "pub"


#: The longest a state may have lasted to be of the month of publication ("depuis plus
#: d'une semaine" on 1 December is December's, not November's and December's).
_A_MONTH = 31


def _r_lasting(m: re.Match[str], ctx: _Ctx) -> _Hit:
    """How long a state has lasted up to publication (see ``lasting``): the month of
    publication, or the year or months of the span from that long before it."""
    word = fold(m["unit"])
    words = ctx.grammar.words
    # the unit word as written ("semaines", "ամիսների", "haftadır"): its longest known
    # form or stem that begins it
    forms = {fold(form): u for form, u in {**words.units, **words.unit_stems}.items()}
    known = [form for form in forms if word.startswith(form)]
    unit = forms[max(known, key=len)] if known else None
    text = _group(m, "n")
    # a count is needed: "the past week" alone is that week (``relative``)
    n = (int(text) if text.isdigit() else ctx.grammar.numbers.get(fold(text))) if text else None
    # a state of days is the news of the day ("3 gündür atəşə tutur"), and one of years
    # the age of a conflict, said of it in passing ("the conflict that has lasted 30
    # years"): both keep the date the sentence would have had
    if unit in (None, "weekend", "year", "day") or not n or n > 100:
        return None
    pub = ctx.published
    first = _shift(pub, unit, -n).start
    if (pub - first).days <= _A_MONTH:  # a state of these weeks: the month it is in now
        return month(pub.year, pub.month), "pub"
    if first.year == pub.year:
        return year(pub.year), "pub"
    return interval(month(first.year, first.month), month(pub.year, pub.month)), "pub"


def _r_years_after(m: re.Match[str], ctx: _Ctx) -> _Hit:
    return year(ctx.published.year - _number(m["n"], ctx)), "pub"


def _r_anaphora_shift(m: re.Match[str], ctx: _Ctx, n: int | None = None) -> _Hit:
    word = _group(m, "unit")
    unit = ctx.grammar.words.units[fold(word)] if word else "day"
    if n is None:
        direction = m["dir"].casefold()
        sign = -1 if _SPACES.sub(" ", direction) in ctx.grammar.words.backward else 1
        n = sign * (_number(_group(m, "n"), ctx) if _group(m, "n") else 1)
    base = _prev_base(ctx, unit)
    if base is None:
        return None
    shifted = _shift(base[0], unit, n)
    return shifted, base[1]


def _r_day_before(m: re.Match[str], ctx: _Ctx) -> _Hit:
    return _r_anaphora_shift(m, ctx, -1)


def _r_day_after(m: re.Match[str], ctx: _Ctx) -> _Hit:
    return _r_anaphora_shift(m, ctx, 1)


def _r_two_days_after(m: re.Match[str], ctx: _Ctx) -> _Hit:
    return _r_anaphora_shift(m, ctx, 2)


def _r_two_days_before(m: re.Match[str], ctx: _Ctx) -> _Hit:
    return _r_anaphora_shift(m, ctx, -2)


def _r_same_day(m: re.Match[str], ctx: _Ctx) -> _Hit:
    base = _prev_base(ctx, "day")
    return (day(base[0], _part(m, ctx)), base[1]) if base else None


def _r_following_days(m: re.Match[str], ctx: _Ctx) -> _Hit:
    """ "In the following days" ("sonraki günlerde", "в последующие дни"): the days after
    the date told last, whose end the text does not give: that date's month, the
    precision it supports; nothing when no day was told before it."""
    prev = ctx.previous
    if prev is None or prev.precision not in ("time", "day", "interval"):
        return None
    return month(prev.start.year, prev.start.month), "prev"


def _r_season(m: re.Match[str], ctx: _Ctx) -> _Hit:
    first = ctx.grammar.words.seasons[m["season"].casefold()]
    if _group(m, "y"):
        return _season(first, int(m["y"])), "abs"
    rel, pub = m["rel"].casefold(), ctx.published
    if rel == "last":
        return _season_before(first, pub), "pub"
    this = _season(first, pub.year if first != 12 or pub.month == 12 else pub.year - 1)
    return (this if rel == "this" else _season(first, this.start.year + 1)), "pub"


def _r_decade(m: re.Match[str], ctx: _Ctx) -> _Hit:
    y = int(m["y"]) if _group(m, "y") else 1900 + int(m["yy"])
    return decade(y), "abs"


def _r_past_day(m: re.Match[str], ctx: _Ctx) -> _Hit:
    pub = ctx.published
    return interval(day(pub - dt.timedelta(days=1)), day(pub)), "pub"


#: The longest span two days of a range may have: a war's weeks ("с 27 сентября по 10
#: ноября 2020 года", "du 27 septembre au 10 novembre 2020"), never a year and more.
_RANGE_DAYS = 365


def _r_day_range(m: re.Match[str], ctx: _Ctx) -> _Hit:
    last_month = _month_of(m, ctx)
    first_month = _month_of(m, ctx, "mon1") if _group(m, "mon1") else last_month
    if last_month is None or first_month is None:
        return None
    first_day, last_day = int(m["d"]), int(m["d2"])
    if _group(m, "y"):
        end: dt.date | None = _calendar_day(int(m["y"]), last_month, last_day)
        anchor: Anchor = "abs"
    else:
        end, anchor = _day_month_before(last_month, last_day, ctx.published), "pub"
    if end is None:
        return None
    start_year = end.year - (1 if first_month > last_month else 0)
    start = _calendar_day(start_year, first_month, first_day)
    if start is None or not start < end or (end - start).days > _RANGE_DAYS:
        return None
    return interval(day(start), day(end)), anchor


def _night_into(end: dt.date | None) -> FuzzyDate | None:
    """The night that ends on ``end``: the evening before and that day, marked "night"
    (a sentence that goes on about it without a date of its own is of that day:
    ``extract``)."""
    if end is None:
        return None
    return dataclasses.replace(
        interval(day(end - dt.timedelta(days=1)), day(end)), part_of_day="night"
    )


def _r_night_day(m: re.Match[str], ctx: _Ctx) -> _Hit:
    """The night into a day of a month ("в ночь на 2 апреля", "aprelin 2-nə keçən gecə"):
    the day before and that day (of the year written, else of the latest such day on
    or before publication)."""
    mo = _month_of(m, ctx)
    if mo is None:
        return None
    anchor: Anchor = "abs" if _group(m, "y") else "pub"
    if anchor == "abs":
        found = _night_into(_calendar_day(int(m["y"]), mo, int(m["d"])))
    else:
        found = _night_into(_day_month_before(mo, int(m["d"]), ctx.published))
    return (found, anchor) if found is not None else None


def _r_night_weekday(m: re.Match[str], ctx: _Ctx) -> _Hit:
    """The night into a weekday ("в ночь на воскресенье", "dans la nuit de samedi à
    dimanche", "şənbəni bazara keçən gecə", "overnight into Sunday"): that day, resolved
    as ``weekday``, and the day before."""
    hit = _r_weekday(m, ctx)
    if hit is None:
        return None
    found = _night_into(hit[0].start)
    return (found, hit[1]) if found is not None else None


def _calendar_day(y: int, mo: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def _r_year_range(m: re.Match[str], ctx: _Ctx) -> _Hit:
    a, b = int(m["y"]), int(m["y2"])
    if len(m["y2"]) == 2:
        b += a // 100 * 100
    if _counted()[0].match(m.string, m.end()):
        return None  # "1500-2000 people"
    return (interval(year(a), year(b)), "abs") if 1000 <= a < b <= 2099 else None


_PLURAL_OR_UNIT = re.compile(r"\s+(?:[a-z]*[^siu'’\W]s|km|kg|m|mm|cm|mi)\b")


@lru_cache(maxsize=1)
def _counted() -> tuple[re.Pattern[str], frozenset[str]]:
    """What a number counts, after it (and at most one nationality or adjective,
    "1960 Russian peacekeepers", "1960 российских миротворцев"): then the number
    is no year; and the prepositions after which a year stands even before a
    counted noun ("In 2020 troops withdrew"). The packs' ``counted``,
    ``counted_modifier`` and ``temporal_prepositions``, of every language (a
    quoted count is a count). Armenian and Azerbaijani years carry a year word
    or case ending, so their counts never match a year rule."""
    data = [p.dates for p in packs().values()]
    modifiers = "|".join(d.counted_modifier for d in data if d.counted_modifier)
    nouns = "|".join(d.counted for d in data if d.counted) or "(?!)"
    modifier = rf"(?:(?-i:{modifiers})\s+)?" if modifiers else ""
    pattern = re.compile(rf"\s+{modifier}(?:{nouns})(?![\w'’])", re.IGNORECASE)
    return pattern, frozenset(w for d in data for w in d.temporal_prepositions)


def _r_year(m: re.Match[str], ctx: _Ctx) -> _Hit:
    y = int(m["y"])
    if _group(m, "mark"):  # "2020 году", "2020 թ.", "2020-ci ildə"
        return (year(y), "abs") if 1000 <= y <= 2099 else None
    prep = fold(_group(m, "prep") or "")
    counted, temporal = _counted()
    if prep not in temporal and counted.match(m.string, m.end("y")):
        return None  # "of 1960 peacekeepers", "до 1960 человек"
    if prep:
        return (year(y), "abs") if 1000 <= y <= 2099 else None
    if not 1900 <= y <= 2099 or _PLURAL_OR_UNIT.match(m.string, m.end()):
        return None
    return year(y), "abs"


_RESOLVERS: dict[str, Callable[[re.Match[str], _Ctx], _Hit]] = {
    "date": _r_date,
    "month-year": _r_month_year,
    "day-month": _r_day_month,
    "month": _r_month,
    "month-range": _r_month_range,
    "years-ago-month": _r_years_ago_month,
    "weekday": _r_weekday,
    "deictic": _r_deictic,
    "present": _r_present,
    "relative": _r_relative,
    "ago": _r_ago,
    "lasting": _r_lasting,
    "years-after": _r_years_after,
    "anaphora-shift": _r_anaphora_shift,
    "anaphora-day-before": _r_day_before,
    "anaphora-day-after": _r_day_after,
    "anaphora-two-days-after": _r_two_days_after,
    "anaphora-two-days-before": _r_two_days_before,
    "anaphora-same-day": _r_same_day,
    "anaphora-following-days": _r_following_days,
    "season": _r_season,
    "decade": _r_decade,
    "year-range": _r_year_range,
    "day-range": _r_day_range,
    "night-day": _r_night_day,
    "night-weekday": _r_night_weekday,
    "past-day": _r_past_day,
    "year": _r_year,
}

_KIND_NAMES: dict[str, str] = {
    "night-day": "day-range",
    "night-weekday": "weekday",
    "anaphora-shift": "anaphora",
    "anaphora-day-before": "anaphora",
    "anaphora-day-after": "anaphora",
    "anaphora-two-days-after": "anaphora",
    "anaphora-two-days-before": "anaphora",
    "anaphora-same-day": "anaphora",
    "anaphora-following-days": "anaphora",
    "years-after": "relative",
}

# --------------------------------------------------------------------------
# Times
# --------------------------------------------------------------------------

_PAIR_GAP = re.compile(r"[\s(),/]*(?:or\s+)?[\s(]*")


@dataclass(frozen=True)
class _Clock:
    start: int
    end: int
    minutes: int
    utc: bool
    match: re.Match[str]


def _clock(m: re.Match[str]) -> _Clock | None:
    hour, minute = int(m["H"]), int(_group(m, "M") or 0)
    ampm = (_group(m, "ampm") or "").casefold()
    if ampm and hour > 12:
        return None
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    return _Clock(m.start(), m.end(), hour * 60 + minute, bool(_group(m, "zone")), m)


def _paired(clock: _Clock, clocks: list[_Clock], text: str) -> _Clock | None:
    """The local time written next to a UTC time ("18:30 (1430 GMT)"), if any."""
    for other in clocks:
        if other.utc:
            continue
        lo, hi = sorted((other, clock), key=lambda c: c.start)
        if _PAIR_GAP.fullmatch(text, lo.end, hi.start):
            return other
    return None


def _resolve_clocks(
    clocks: list[_Clock], days: list[DateMention], ctx: _Ctx, text: str
) -> list[DateMention]:
    mentions = []
    for clock in clocks:
        base, anchor = _clock_day(clock, days, ctx)
        minutes = clock.minutes
        if clock.utc and (local := _paired(clock, clocks, text)) is not None:
            offset = (local.minutes - clock.minutes + 720) % 1440 - 720
            moment = dt.datetime.combine(base, dt.time()) + dt.timedelta(
                minutes=local.minutes - offset
            )
            base, minutes = moment.date(), moment.hour * 60 + moment.minute
        value = time(base, minutes // 60, minutes % 60, utc=clock.utc)
        m = clock.match
        mentions.append(DateMention(m.group(), m.start(), m.end(), value, "time", anchor))
    return mentions


def _clock_day(clock: _Clock, days: list[DateMention], ctx: _Ctx) -> tuple[dt.date, Anchor]:
    if days:
        nearest = min(days, key=lambda d: abs(d.start - clock.start))
        return nearest.value.start, nearest.anchor
    prev = ctx.previous
    if prev is not None and prev.precision in ("day", "time"):
        return prev.start, "prev"
    return ctx.published, "pub"


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _candidates(
    sentence: str, grammar: _Grammar
) -> tuple[tuple[int, int, int, re.Match[str]], ...]:
    """Every match of the rules whose gate the sentence meets, longest first
    (ties: leftmost, then rule order).

    Memoised: a build reads one text's dates several times (the sentence, the words
    before its speech verb, its speaker's words, the lede of its story, a copy's
    sentence), and copies of a story repeat their sentences; the matches depend on
    the text and the language's grammar only (resolving them needs the context)."""
    bits = grammar.word_bits
    met = 0
    for word in grammar.gate_words.intersection(_TOKEN.findall(fold(sentence))):
        met |= bits[word]
    if _DIGIT.search(sentence):
        met |= bits.get("#digit", 0)
        if _YEAR_DIGITS.search(sentence):
            met |= bits.get("#year", 0)
    if ":" in sentence:
        met |= bits.get("#colon", 0)
    found: list[tuple[int, int, int, re.Match[str]]] = []
    if not met:
        return ()
    rules = grammar.rules
    for index in grammar.rules_for(met):
        for m in rules[index].pattern.finditer(sentence):
            if m.end() > m.start():
                found.append((m.start(), m.end(), index, m))
    found.sort(key=lambda c: (c[0] - c[1], c[0], c[2]))
    return tuple(found)


def _plausible(rule: _Rule, m: re.Match[str], ctx: _Ctx) -> bool:
    """May this match claim its span? A malformed full date still claims it
    ("February 30, 2021" is no date, and not the year 2021 either); an anaphor
    is judged later, once the chain of previous dates is known."""
    if rule.kind == "time":
        return _clock(m) is not None
    if rule.kind == "date":
        return _month_of(m, ctx) is not None
    if rule.kind.startswith("anaphora"):
        return True
    return _RESOLVERS[rule.kind](m, ctx) is not None


def _select(sentence: str, ctx: _Ctx) -> list[tuple[_Rule, re.Match[str]]]:
    """Non-overlapping matches, longest first, returned in text order."""
    rules = ctx.grammar.rules
    taken: list[tuple[_Rule, re.Match[str]]] = []
    for start, end, index, m in _candidates(sentence, ctx.grammar):
        if any(start < t.end() and t.start() < end for _, t in taken):
            continue
        if _plausible(rules[index], m, ctx):
            taken.append((rules[index], m))
    return sorted(taken, key=lambda t: t[1].start())


@lru_cache(maxsize=64)
def _grammar_for(lang: str) -> _Grammar:
    """The grammar of ``lang`` ("ru", "fr-FR", "hy_AM"); the fallback pack's for
    unknown locales."""
    code = re.split(r"[-_]", lang)[0].lower() or fallback_pack().code
    try:
        return _grammar(code)
    except (UnknownLocaleError, ValueError):
        return _grammar(fallback_pack().code)


def _chain_value(mention: DateMention) -> bool:
    """May this mention serve as ``prev`` for later anaphora? (not a UTC time, nor how
    long a state has lasted)"""
    return not mention.value.edtf.endswith("Z") and mention.kind != "lasting"


def find_dates(
    sentence: str,
    published: dt.date,
    previous: FuzzyDate | None = None,
    lang: str = "en",
    clock_day: FuzzyDate | None = None,
) -> list[DateMention]:
    """Every date expression in ``sentence``, in order, each resolved (see module rules).

    ``clock_day``: the day a clock time with no day in its sentence falls on, when it is
    not ``previous`` (the story's day after a look back: "... launched operations
    yesterday. ... cease hostilities from 1pm" is today's 1pm)."""
    return list(_found_dates(sentence, published, previous, lang, clock_day))


@lru_cache(maxsize=16384)
def _found_dates(
    sentence: str,
    published: dt.date,
    previous: FuzzyDate | None,
    lang: str,
    clock_day: FuzzyDate | None,
) -> tuple[DateMention, ...]:
    """``find_dates``, memoised: a pure function of its arguments (the mentions are
    frozen), and extraction asks it twice for half of its texts (a sentence, the
    words before its speech verbs, its speaker's phrase: 28,000 calls, 13,500
    texts on 1,000 articles; 17,000 of them only for where dates stand, 4,400 texts)."""
    grammar = _grammar_for(lang)
    ctx = _Ctx(published, previous, grammar)
    mentions: list[DateMention] = []
    clocks: list[_Clock] = []
    for rule, m in _select(sentence, ctx):
        if rule.kind == "time":
            clocks += [c for c in (_clock(m),) if c is not None]
            continue
        hit = _RESOLVERS[rule.kind](m, ctx)
        if hit is None:
            continue
        kind = _KIND_NAMES.get(rule.kind, rule.kind)
        mention = DateMention(m.group(), m.start(), m.end(), hit[0], kind, hit[1])
        mentions.append(mention)
        if _chain_value(mention):
            ctx = _Ctx(published, mention.value, grammar)
    mentions = _merge_weekdays(mentions, sentence)
    days = [d for d in mentions if d.value.precision in ("day", "time")]
    base = clock_day if clock_day is not None else previous
    mentions += _resolve_clocks(clocks, days, _Ctx(published, base, grammar), sentence)
    return tuple(sorted(mentions, key=lambda d: (d.start, d.end)))


_WEEKDAY_GAP = re.compile(r"\s*[,՝]?\s*")
_DATED = frozenset({"date", "day-month"})
#: The days that name a date written beside them again: a weekday, a day named from
#: publication ("yesterday", "today", "overnight").
_BESIDE_A_DATE = frozenset({"weekday", "deictic", "past-day"})


def _merge_weekdays(mentions: list[DateMention], sentence: str) -> list[DateMention]:
    """Fold a weekday written beside a date ("Tuesday, November 16, 2021", "27 Eylül
    Pazar günü", "սեպտեմբերի 27-ին՝ կիրակի օրը") into that date: the date decides (a
    weekday alone would be the latest such day), the weekday is part of its text. So is
    a day named from publication written beside it, the same day twice ("overnight on
    Tuesday, April 26, 2016", "Hier 25 avril 2016", "Вчера, 25 апреля"): without a
    publication date, the date still dates the sentence."""
    out: list[DateMention] = []
    for mention in mentions:
        # the date may fold again into a day before it ("overnight" + "on Tuesday, April 26")
        while out and (folded := _folded(out[-1], mention, sentence)) is not None:
            mention = folded
            out.pop()
        out.append(mention)
    return out


def _folded(last: DateMention, mention: DateMention, sentence: str) -> DateMention | None:
    """``last`` and ``mention`` as one mention, when one is a date and the other a day
    that names it again right beside it (``_merge_weekdays``); else None."""
    kinds = {last.kind, mention.kind}
    if not (
        kinds & _BESIDE_A_DATE
        and kinds & _DATED
        and _WEEKDAY_GAP.fullmatch(sentence, last.end, mention.start)
    ):
        return None
    date = mention if mention.kind in _DATED else last
    return DateMention(
        sentence[last.start : mention.end],
        last.start,
        mention.end,
        date.value,
        date.kind,
        date.anchor,
    )


def resolve_expression(
    text: str, published: dt.date, previous: FuzzyDate | None = None, lang: str = "en"
) -> FuzzyDate | None:
    """Resolve ONE date expression; its first mention's value, None if it has none.

    >>> resolve_expression("the day before", dt.date(2021, 11, 16), day(dt.date(2021, 11, 14)))
    FuzzyDate(start=datetime.date(2021, 11, 13), end=datetime.date(2021, 11, 13), \
edtf='2021-11-13', precision='day', part_of_day=None)
    """
    mentions = find_dates(text, published, previous, lang)
    return mentions[0].value if mentions else None


def next_previous(mentions: list[DateMention], previous: FuzzyDate | None) -> FuzzyDate | None:
    """The ``previous`` to pass for the next sentence: its last mention that may anchor."""
    for mention in reversed(mentions):
        if _chain_value(mention):
            return mention.value
    return previous
