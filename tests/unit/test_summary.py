"""The entry summary: sides from claimants, figures as series, disputes."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.merge import mark_conflicts
from timeline.model import ActorInfo, Claim, Entry, Figure, FuzzyDate, Quote
from timeline.summary import side_of, summarize

DAY = FuzzyDate(dt.date(2021, 11, 16), dt.date(2021, 11, 16), "2021-11-16", "day")
ACTORS = {
    "armenia": ActorInfo("armenia", "armenia", {"en": "Armenia"}),
    "azerbaijan": ActorInfo("azerbaijan", "azerbaijan", {"en": "Azerbaijan"}),
    "eu": ActorInfo("eu", "third", {"en": "European Union"}),
}
CLAIMANTS = {
    "Armenian defence ministry": ("armenia",),
    "Azerbaijani defence ministry": ("azerbaijan",),
    "Armenia and Azerbaijan": ("armenia", "azerbaijan"),
    "European Union": ("eu",),
    "Interfax": (),
}


def claim(text: str, claimant: str | None, *figures: Figure, **kw: object) -> Claim:
    return Claim(
        text=text,
        date=DAY,
        claimant=claimant,
        sources=("a",),
        quotes=(Quote("a", 0, text),),
        figures=figures,
        event_type=kw.pop("event_type", "casualties"),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


def test_side_of_a_claimant() -> None:
    assert side_of("Armenian defence ministry", ACTORS, CLAIMANTS) == "armenia"
    assert side_of("Armenia and Azerbaijan", ACTORS, CLAIMANTS) == "both"
    assert side_of("European Union", ACTORS, CLAIMANTS) == "third"
    assert side_of("Interfax", ACTORS, CLAIMANTS) == "other"
    assert side_of("Nobody known", ACTORS, CLAIMANTS) == "other"
    assert side_of(None, ACTORS, CLAIMANTS) == "reports"


def test_updates_of_one_side_are_a_series_and_only_sides_dispute() -> None:
    am = "Armenian defence ministry"
    az = "Azerbaijani defence ministry"
    # as extraction gives them (the claimant's side, whose losses each figure counts),
    # then as merging marks them (disputes between sides, one side's series)
    arm, aze = {"claimant_side": "armenia"}, {"claimant_side": "azerbaijan"}
    claims = tuple(
        mark_conflicts(
            (
                claim(
                    "12 Armenian servicemen were captured",
                    am,
                    Figure("captured", 12, side="armenia"),
                    **arm,
                ),
                claim(
                    "13 Armenian servicemen were captured",
                    am,
                    Figure("captured", 13, side="armenia"),
                    **arm,
                ),
                claim(
                    "12 Armenian servicemen were captured again",
                    am,
                    Figure("captured", 12, side="armenia"),
                    **arm,
                ),
                claim(
                    "Seven Azerbaijani servicemen were killed",
                    az,
                    Figure("killed", 7, side="azerbaijan"),
                    **aze,
                ),
                claim(
                    "Azerbaijan detained 5 Armenian servicemen",
                    az,
                    Figure("captured", 5, side="armenia"),
                    **aze,
                ),
                claim("The EU called for calm", "European Union", event_type="diplomacy"),
                claim("Clashes broke out", None, event_type="armed-clash"),
            ),
            DAY.edtf,
        )
    )
    entry = Entry("e", DAY, "h", "armed-clash", claims, ("a", "b"), ("kalbajar",))
    summary = summarize(entry, ACTORS, CLAIMANTS, stories=2)
    assert [a.side for a in summary.accounts] == ["armenia", "azerbaijan", "third", "reports"]
    armenia, azerbaijan = summary.accounts[:2]
    (captured,) = armenia.figures
    assert captured.kind == "captured" and captured.values == (((12, None),), ((13, None),))
    assert captured.victims == "armenia" and captured.disputed
    assert {f.kind: f.disputed for f in azerbaijan.figures} == {"killed": False, "captured": True}
    assert summary.disputed == ("captured",)
    assert armenia.claimants == (am,) and armenia.lead is claims[0]
    assert (summary.stories, summary.articles, summary.places) == (2, 2, ("kalbajar",))


def test_lead_is_the_main_speakers_first_report_of_an_event() -> None:
    am = "Armenian defence ministry"
    background = claim("The war of 2020", am, event_type="background")
    report = claim("Fighting broke out", am, event_type="armed-clash")
    other = replace(report, claimant="Armenia and Azerbaijan")
    entry = Entry("e", DAY, "h", "armed-clash", (background, report, other), ("a",))
    (armenia, both) = summarize(entry, ACTORS, CLAIMANTS, stories=1).accounts
    assert armenia.lead is report and armenia.types == ("armed-clash",)
    assert both.side == "both" and [c for c, _ in armenia.by_claimant()] == [am]


def test_two_counts_of_one_claim_are_parts_of_one_value_not_an_update() -> None:
    # a wire copy of 2023-09-19 (en-3a7327dc80's day): "Azerbaijan's Defense Ministry ...
    # reported that four soldiers and two civilians died": not "4 → 2"
    az = "Azerbaijani defence ministry"
    both = claim(
        "Azerbaijan's Defense Ministry reported that four soldiers and two civilians died.",
        az,
        Figure("killed", 4, side="azerbaijan"),
        Figure("killed", 2, side="azerbaijan"),
    )
    later = claim(
        "The ministry later said six people died.", az, Figure("killed", 6, side="azerbaijan")
    )
    entry = Entry("e", DAY, "h", "casualties", (both, later), ("a",), ())
    (account,) = summarize(entry, ACTORS, CLAIMANTS, stories=1).accounts
    (killed,) = account.figures
    assert killed.values == (((4, None), (2, None)), ((6, None),))
    assert killed.last == (6,)
    (only,) = summarize(replace(entry, claims=(both,)), ACTORS, CLAIMANTS, 1).accounts
    assert only.figures[0].last == (4, 2)
