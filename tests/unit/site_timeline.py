"""A small hand-made timeline for the site and i18n tests (no pipeline needed).

It has hostile seed text in every field a page shows, a conflict group, a
story with copies, a redirect and dates at every precision.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from timeline.model import (
    ActorInfo,
    Claim,
    Entry,
    Figure,
    FuzzyDate,
    HandWrittenPage,
    Problem,
    Quote,
    Redirect,
    Sentence,
    SourceArticle,
    Story,
    Timeline,
)
from timeline.settings import TimelineSettings, settings_for

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'
LANGUAGES = ("en", "hy", "az", "ru", "fr")


def day(value: str, part: str | None = None) -> FuzzyDate:
    d = dt.date.fromisoformat(value)
    return FuzzyDate(d, d, value, "day", part)


def month(year: int, m: int) -> FuzzyDate:
    start = dt.date(year, m, 1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return FuzzyDate(start, end, f"{year:04d}-{m:02d}", "month")


def source(sid: str, published: str, text: list[str], **kw: object) -> SourceArticle:
    sentences = tuple(Sentence(i, 0, t) for i, t in enumerate(text))
    base = SourceArticle(
        id=sid,
        file=f"seeds/{sid}.txt",
        content_hash=sid,
        headline=None,
        published=dt.date.fromisoformat(published),
        published_from="header",
        paragraphs=(" ".join(text),),
        sentences=sentences,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def make_timeline(hostile: bool = True, extra_entries: int = 0) -> Timeline:
    evil = HOSTILE if hostile else ""
    s1 = source(
        "000_a",
        "2021-11-16",
        ["Armenia reported deaths.", f"The ministry said 12 servicemen were captured.{evil}"],
        wire="AFP",
        headline=f"Border clashes{evil}",
        story="000_a",
        problems=(Problem("seeds/000_a.txt", 3, f"odd line {evil}", severity="warning"),),
    )
    s2 = source(
        "001_b",
        "2021-11-16",
        ["Azerbaijan said two troops were wounded."],
        outlet=f"Daily{evil}",
        story="000_a",
        published_from="inferred",
    )
    s3 = source("003_c", "2022-09-13", ["Severe clashes erupted."], outlet="MEHR")
    story = Story("000_a", ("000_a", "001_b"), "000_a", "AFP", dt.date(2021, 11, 16))
    c1 = Claim(
        text=f"Twelve Armenian servicemen were captured{evil}",
        date=day("2021-11-16", "evening"),
        claimant=f"Armenian defence ministry{evil}",
        sources=("000_a",),
        quotes=(Quote("000_a", 1, f"The ministry said 12 servicemen were captured.{evil}"),),
        figures=(Figure("captured", 12), Figure("killed", 6500, "more than")),
        places=("Kelbajar",),
        event_type="detention",
        conflict_group="g1",
    )
    c2 = replace(
        c1,
        text="Armenian troops attacked Azerbaijani positions",
        claimant="Azerbaijani defence ministry",
        sources=("001_b",),
        quotes=(Quote("001_b", 0, "Azerbaijan said two troops were wounded."),),
        figures=(Figure("wounded", 2),),
        conflict_group="g1",
    )
    e1 = Entry(
        id="2021-11-16-aaaaaa",
        date=day("2021-11-16"),
        headline=f"Clashes on the border{evil}",
        type="armed-clash",
        claims=(c1, c2),
        sources=("000_a", "001_b"),
        places=("Kelbajar", f"Lachin{evil}"),
    )
    c3 = Claim(
        text="Severe clashes erupted",
        date=FuzzyDate(dt.date(2022, 9, 5), dt.date(2022, 9, 11), "2022-09-05/2022-09-11", "week"),
        claimant=None,
        sources=("003_c",),
        quotes=(Quote("003_c", 0, "Severe clashes erupted."),),
        event_type="armed-clash",
        said_on=day("2022-09-13"),
    )
    e2 = Entry(
        id="2022-09-05-bbbbbb",
        date=c3.date,
        headline="Severe clashes erupt",
        type="armed-clash",
        claims=(c3,),
        sources=("003_c",),
    )
    e3 = Entry(
        id="1980-cccccc",
        date=FuzzyDate(dt.date(1980, 1, 1), dt.date(1989, 12, 31), "198X", "decade"),
        headline="Background of the dispute",
        type="background",
        claims=(
            replace(
                c3,
                text="Background",
                date=FuzzyDate(dt.date(1980, 1, 1), dt.date(1989, 12, 31), "198X", "decade"),
            ),
        ),
        sources=("003_c",),
    )
    entries = [e3, e1, e2]
    for n in range(extra_entries):
        d = dt.date(2020, 1, 1) + dt.timedelta(days=n % 700)
        entries.append(
            replace(
                e2,
                id=f"{d.isoformat()}-x{n:05d}",
                date=FuzzyDate(d, d, d.isoformat(), "day"),
                headline=f"Generated entry number {n} about shelling near a village",
                type="shelling",
                claims=(replace(c3, date=FuzzyDate(d, d, d.isoformat(), "day")),),
            )
        )
    entries.sort(key=lambda e: (e.date.sort_key, e.id))
    return Timeline(
        sources=(s1, s2, s3),
        stories=(story,),
        entries=tuple(entries),
        redirects=(Redirect("2021-11-16-old111", "2021-11-16-aaaaaa"),),
        problems=(),
        actors={
            "armenia": ActorInfo("armenia", "armenia", {"en": "Armenia", "fr": "Arménie"}),
            "azerbaijan": ActorInfo(
                "azerbaijan", "azerbaijan", {"en": "Azerbaijan", "ru": "Азербайджан"}
            ),
        },
        claimant_actors={
            c1.claimant or "": ("armenia",),
            "Azerbaijani defence ministry": ("azerbaijan",),
        },
    )


def make_pages() -> list[HandWrittenPage]:
    return [
        HandWrittenPage("about", lang, f"About ({lang})", f"<p>About page in {lang}.</p>")
        for lang in LANGUAGES
    ]


def make_settings(output: Path, relative: bool = True) -> TimelineSettings:
    return settings_for(
        output,
        TIMELINE_DATA="data",
        TIMELINE_REGISTRY=str(output / "registry.yaml"),
        TIMELINE_LANGUAGES=list(LANGUAGES),
        TIMELINE_REFERENCE_DATE="2024-01-01",
        TIMELINE_WORKERS=1,
        TIMELINE_SEARCH=False,
        TIMELINE_CACHE=False,
        SITEURL="https://example.org/timeline",
        SITENAME="Conflict Timeline",
        RELATIVE_URLS=relative,
        OUTPUT_PATH=str(output),
        CACHE_PATH=str(output / "cache"),
    )
