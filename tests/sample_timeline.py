"""A small hand-made timeline for the export tests and the TimelineJS gate.

One entry per date precision, a disputed death toll, hostile seed text
(script, event handlers, a spreadsheet formula) and a claim stated by the
outlet itself.
"""

from __future__ import annotations

import datetime as dt

from timeline.model import (
    Claim,
    Entry,
    EventType,
    Figure,
    FuzzyDate,
    Precision,
    Quote,
    SourceArticle,
    Timeline,
)

HOSTILE_HEADLINE = "Border <script>window.__xss=1</script> clash"
HOSTILE_CLAIM = 'Soldiers wounded <img src=x onerror="window.__xss=2"> near Lachin.'
FORMULA_CLAIM = '=HYPERLINK("http://evil.example/","click")'


def fuzzy(edtf: str, start: str, end: str, precision: Precision) -> FuzzyDate:
    return FuzzyDate(dt.date.fromisoformat(start), dt.date.fromisoformat(end), edtf, precision)


def source(sid: str, published: str, outlet: str | None, wire: str | None = None) -> SourceArticle:
    return SourceArticle(
        id=sid,
        file=f"seeds/{sid}.txt",
        content_hash=sid,
        headline=None,
        published=dt.date.fromisoformat(published),
        published_from="header",
        outlet=outlet,
        wire=wire,
    )


def claim(
    text: str,
    date: FuzzyDate,
    sources: tuple[str, ...],
    claimant: str | None = None,
    figures: tuple[Figure, ...] = (),
) -> Claim:
    return Claim(
        text=text,
        date=date,
        claimant=claimant,
        sources=sources,
        quotes=tuple(Quote(s, 0, text) for s in sources),
        figures=figures,
    )


def entry(
    eid: str,
    date: FuzzyDate,
    headline: str,
    claims: tuple[Claim, ...],
    kind: EventType = "armed-clash",
    places: tuple[str, ...] = (),
    actors: tuple[str, ...] = (),
) -> Entry:
    sources = tuple(sorted({s for c in claims for s in c.sources}))
    return Entry(eid, date, headline, kind, claims, sources, places, actors)


DAY = fuzzy("2021-11-16", "2021-11-16", "2021-11-16", "day")
SOURCES = (
    source("s1", "2021-11-16", None, wire="AFP"),
    source("s2", "2021-11-17", "TRT World"),
    source("s3", "2022-09-13", "Mehr News Agency"),
)
ENTRIES = (
    entry(
        "1991-aaaaaa",
        fuzzy("1991", "1991-01-01", "1991-12-31", "year"),
        "War begins",
        (
            claim(
                "Fighting began in 1991.",
                fuzzy("1991", "1991-01-01", "1991-12-31", "year"),
                ("s1",),
            ),
        ),
        kind="background",
    ),
    entry(
        "198X-bbbbbb",
        fuzzy("198X", "1980-01-01", "1989-12-31", "decade"),
        "Tensions of the 1980s",
        (claim("Tensions rose in the 1980s.", DAY, ("s1",)),),
        kind="background",
    ),
    entry(
        "2020-11-cccccc",
        fuzzy("2020-11", "2020-11-01", "2020-11-30", "month"),
        "War ends in a Russian-brokered deal",
        (
            claim(
                "The war left more than 6,500 dead.",
                DAY,
                ("s1",),
                figures=(Figure("killed", 6500, "more than"),),
            ),
        ),
        kind="ceasefire",
        actors=("Armenia", "Azerbaijan", "Russia"),
    ),
    entry(
        "2021-11-16-dddddd",
        DAY,
        HOSTILE_HEADLINE,
        (
            claim(
                "Seven Armenian soldiers were killed.",
                DAY,
                ("s1",),
                "Armenia's defence ministry",
                (Figure("killed", 7),),
            ),
            claim(
                "Two Armenian soldiers were killed.",
                DAY,
                ("s2",),
                "Azerbaijan's defence ministry",
                (Figure("killed", 2),),
            ),
            claim(HOSTILE_CLAIM, DAY, ("s2",), '<svg onload="window.__xss=3">'),
            claim(FORMULA_CLAIM, DAY, ("s2",), "@SUM(A1:A9)"),
        ),
        places=("Kelbajar", "Lachin"),
        actors=("Armenia", "Azerbaijan"),
    ),
    entry(
        "2021-11-16T18:30-eeeeee",
        fuzzy("2021-11-16T18:30", "2021-11-16", "2021-11-16", "time"),
        "Ceasefire announced",
        (claim("A ceasefire took effect at 18:30.", DAY, ("s2",), "Russia's defence ministry"),),
        kind="ceasefire",
    ),
    entry(
        "2022-04-ffffff",
        fuzzy("2022-04/2022-05", "2022-04-01", "2022-05-31", "interval"),
        "Talks in spring",
        (claim("Talks were held in April and May.", DAY, ("s3",)),),
        kind="diplomacy",
    ),
    entry(
        "2022-09-05-gggggg",
        fuzzy("2022-09-05/2022-09-11", "2022-09-05", "2022-09-11", "week"),
        "A week of shelling",
        (claim("Shelling went on all week.", DAY, ("s3",)),),
        kind="shelling",
        places=("Jermuk",),
    ),
)
TIMELINE = Timeline(sources=SOURCES, stories=(), entries=ENTRIES, redirects=(), problems=())
