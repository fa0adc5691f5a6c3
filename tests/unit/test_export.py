"""Exports beside timeline.json: the ACLED-like CSV and the TimelineJS3 file."""

from __future__ import annotations

import csv
import dataclasses
import json
from pathlib import Path
from typing import Any

import lxml.html
import pytest
import sample_timeline as sample

from timeline import export, i18n
from timeline.model import FuzzyDate

# --- CSV -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("edtf", "start", "end", "precision", "code"),
    [
        ("2021-11-16T18:30", "2021-11-16", "2021-11-16", "time", 1),
        ("2021-11-16", "2021-11-16", "2021-11-16", "day", 1),
        ("2022-09-05/2022-09-11", "2022-09-05", "2022-09-11", "week", 2),
        ("2022-09-12/2022-09-14", "2022-09-12", "2022-09-14", "interval", 2),
        ("2022-09-01/2022-09-30", "2022-09-01", "2022-09-30", "interval", 3),
        ("2020-11", "2020-11-01", "2020-11-30", "month", 3),
        ("2022-04/2022-05", "2022-04-01", "2022-05-31", "interval", 3),
        ("1991", "1991-01-01", "1991-12-31", "year", 3),
        ("198X", "1980-01-01", "1989-12-31", "decade", 3),
    ],
)
def test_time_precision_uses_acled_codes(
    edtf: str, start: str, end: str, precision: Any, code: int
) -> None:
    assert export.time_precision(sample.fuzzy(edtf, start, end, precision)) == code


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+31 dead", "'+31 dead"),
        ("-2", "'-2"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\tTab", "'\tTab"),
        ("\rCR", "'\rCR"),
        ("Armenia", "Armenia"),
        ("2021-11-16", "2021-11-16"),
        ("", ""),
    ],
)
def test_formula_cells_are_neutralised(cell: str, safe: str) -> None:
    assert export.neutralise(cell) == safe


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, str]]:
    out = tmp_path_factory.mktemp("csv")
    path = export.write_csv(sample.TIMELINE, out)
    assert path == out / "timeline.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == export.csv_columns(sample.TIMELINE.actors)
        return list(reader)


def test_one_row_per_claim_with_entry_columns_repeated(rows: list[dict[str, str]]) -> None:
    assert len(rows) == sum(len(e.claims) for e in sample.ENTRIES)
    clash = [r for r in rows if r["event_id_cnty"] == "2021-11-16-dddddd"]
    assert [r["claim_index"] for r in clash] == ["1", "2", "3", "4"]
    for row in clash:
        assert row["event_date"] == "2021-11-16" and row["time_precision"] == "1"
        assert (row["actor1"], row["actor2"]) == ("Armenia", "Azerbaijan")
        assert row["location"] == "Kelbajar; Lachin"
        assert row["event_type"] == "armed-clash"
    assert [r["source"] for r in clash] == ["AFP", "TRT World", "TRT World", "TRT World"]
    assert [r["sources"] for r in clash] == ["s1", "s2", "s2", "s2"]


def test_fatalities_are_the_most_conservative_figure_and_the_dispute_is_noted(
    rows: list[dict[str, str]],
) -> None:
    clash = [r for r in rows if r["event_id_cnty"] == "2021-11-16-dddddd"]
    assert {r["fatalities"] for r in clash} == {"2"}
    assert clash[0]["fatalities_reported"] == (
        "2: Azerbaijan's defence ministry; 7: Armenia's defence ministry"
    )
    assert [r["claim_fatalities"] for r in clash] == ["7", "2", "", ""]
    (war,) = [r for r in rows if r["event_id_cnty"] == "2020-11-cccccc"]
    assert (war["fatalities"], war["fatalities_reported"]) == ("6500", "")
    assert war["assoc_actors"] == "Russia" and war["time_precision"] == "3"
    (week,) = [r for r in rows if r["event_id_cnty"] == "2022-09-05-gggggg"]
    assert (week["fatalities"], week["time_precision"]) == ("", "2")


def test_background_names_and_each_sides_own_dead(tmp_path: Path) -> None:
    """Background rows are marked (a war is not summed twice), ids have their
    names beside them, each party's own claim of its own dead has a column;
    timeline-excel.csv is the same file with a byte order mark."""
    from timeline.model import ActorInfo

    timeline = dataclasses.replace(
        sample.TIMELINE,
        actors={
            "Armenia": ActorInfo("Armenia", "armenia", {"en": "Republic of Armenia"}),
            "Azerbaijan": ActorInfo("Azerbaijan", "azerbaijan", {"en": "Azerbaijan"}),
        },
        claimant_actors={
            "Armenia's defence ministry": ("Armenia",),
            "Azerbaijan's defence ministry": ("Azerbaijan",),
        },
        place_names={"Kelbajar": {"en": "Kalbajar"}},
    )
    path = export.write_csv(timeline, tmp_path)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    clash = next(r for r in rows if r["event_id_cnty"] == "2021-11-16-dddddd")
    assert (clash["actor1"], clash["actor1_name"]) == ("Armenia", "Republic of Armenia")
    assert clash["location_name"] == "Kalbajar; Lachin" and clash["background"] == "0"
    assert set(clash) >= {"fatalities_armenia", "fatalities_azerbaijan"}
    marked = {r["event_id_cnty"]: r["background"] for r in rows}
    assert {e.id for e in sample.ENTRIES if e.type == "background"} == {
        e for e, flag in marked.items() if flag == "1"
    }
    excel = (tmp_path / "timeline-excel.csv").read_bytes()
    assert excel == b"\xef\xbb\xbf" + path.read_bytes()


def test_injected_formulas_come_back_as_text(rows: list[dict[str, str]]) -> None:
    (row,) = [r for r in rows if r["notes"].startswith("'=")]
    assert row["notes"] == "'" + sample.FORMULA_CLAIM
    assert row["claimant"] == "'@SUM(A1:A9)"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_csv_is_deterministic(tmp_path: Path) -> None:
    (tmp_path / "1").mkdir()
    (tmp_path / "2").mkdir()
    one = export.write_csv(sample.TIMELINE, tmp_path / "1").read_bytes()
    assert one == export.write_csv(sample.TIMELINE, tmp_path / "2").read_bytes()


# --- TimelineJS ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("edtf", "start", "end", "precision", "span"),
    [
        (
            "2021-11-16",
            "2021-11-16",
            "2021-11-16",
            "day",
            {"start_date": {"year": "2021", "month": "11", "day": "16"}},
        ),
        (
            "2021-11-16T18:30",
            "2021-11-16",
            "2021-11-16",
            "time",
            {
                "start_date": {
                    "year": "2021",
                    "month": "11",
                    "day": "16",
                    "hour": "18",
                    "minute": "30",
                }
            },
        ),
        (
            "2021-11-16T14:30Z",
            "2021-11-16",
            "2021-11-16",
            "time",
            {
                "start_date": {
                    "year": "2021",
                    "month": "11",
                    "day": "16",
                    "hour": "14",
                    "minute": "30",
                }
            },
        ),
        (
            "2020-11",
            "2020-11-01",
            "2020-11-30",
            "month",
            {"start_date": {"year": "2020", "month": "11"}},
        ),
        ("1991", "1991-01-01", "1991-12-31", "year", {"start_date": {"year": "1991"}}),
        (
            "198X",
            "1980-01-01",
            "1989-12-31",
            "decade",
            {"start_date": {"year": "1980"}, "end_date": {"year": "1989"}},
        ),
        (
            "2022-04/2022-05",
            "2022-04-01",
            "2022-05-31",
            "interval",
            {
                "start_date": {"year": "2022", "month": "4"},
                "end_date": {"year": "2022", "month": "5"},
            },
        ),
        (
            "2022-09-05/2022-09-11",
            "2022-09-05",
            "2022-09-11",
            "week",
            {
                "start_date": {"year": "2022", "month": "9", "day": "5"},
                "end_date": {"year": "2022", "month": "9", "day": "11"},
            },
        ),
    ],
)
def test_timelinejs_dates_carry_only_what_the_precision_allows(
    edtf: str, start: str, end: str, precision: Any, span: dict[str, Any]
) -> None:
    value: FuzzyDate = sample.fuzzy(edtf, start, end, precision)
    assert export.timelinejs_span(value) == span


@pytest.fixture(scope="module")
def tjs_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tjs")
    export.write_timelinejs_files(sample.TIMELINE, out, ("en", "ru", "az"), "A <b>timeline</b>")
    return out


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_timelinejs_files_per_language(tjs_site: Path) -> None:
    assert load(tjs_site / "timelinejs.json") == load(tjs_site / "en" / "timelinejs.json")
    for lang in ("en", "ru", "az"):
        data = load(tjs_site / lang / "timelinejs.json")
        ids = [e["unique_id"] for e in data["events"]]
        assert ids == [e.id for e in sample.ENTRIES]
        assert data["title"]["text"]["headline"] == "A &lt;b&gt;timeline&lt;/b&gt;"


def test_timelinejs_shows_dates_as_babel_writes_them(tjs_site: Path) -> None:
    events = {e["unique_id"]: e for e in load(tjs_site / "ru/timelinejs.json")["events"]}
    clash = events["2021-11-16-dddddd"]
    assert clash["display_date"] == i18n.format_date(sample.DAY, "ru")
    assert clash["group"]


def test_timelinejs_text_is_escaped(tjs_site: Path) -> None:
    text = (tjs_site / "en/timelinejs.json").read_text(encoding="utf-8")
    assert "<script" not in text and "</" not in text.replace("<\\/", "")
    for event in load(tjs_site / "en/timelinejs.json")["events"]:
        for html in (event["text"]["headline"], event["text"]["text"]):
            tree = lxml.html.fragment_fromstring(html, create_parent="div")
            assert tree.xpath("//script|//img|//svg") == []
            assert not [a for el in tree.iter() for a in el.attrib if a.startswith("on")]
    events = {e["unique_id"]: e for e in load(tjs_site / "en/timelinejs.json")["events"]}
    assert "&lt;script&gt;" in events["2021-11-16-dddddd"]["text"]["headline"]


def _killed_claim(value: int, claimant: str | None, qualifier: str | None = None) -> Any:
    figure = (sample.Figure("killed", value, qualifier),)
    return sample.claim("x", sample.DAY, ("s2",), claimant, figure)


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ((), (None, "")),
        ((_killed_claim(7, "A"), _killed_claim(7, "B")), (7, "")),
        (
            (_killed_claim(7, "A"), _killed_claim(1, "B"), _killed_claim(7, None)),
            (1, "1: B; 7: A, TRT World"),
        ),
        (
            (_killed_claim(6500, "A", "more than"), _killed_claim(6500, "B")),
            (6500, "6500: B; more than 6500: A"),
        ),
    ],
)
def test_fatalities_table(claims: tuple[Any, ...], expected: tuple[int | None, str]) -> None:
    item = sample.entry("e", sample.DAY, "h", claims)
    assert export.fatalities(item, {s.id: s for s in sample.SOURCES}) == expected


# --- JSON text -----------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        {},
        [],
        {"a": []},
        {"a": {}, "b": [{}, []]},
        {"b": 1, "a": "x", "c": None},
        [True, False, None, 0, -7, 2**70, 1.5, float("inf"), float("nan")],
        {"nested": [{"z": [1, [2, [3]]], "y": ("t", "u")}]},
        {"text": 'quote " backslash \\ tab \t newline \n nul \x00 é ß 中 🙂'},
        {"markup": "<script>&amp;</script>", "<key>": ">"},
        {3: "int keys", 1: "sorted as numbers", 10: "x"},
        {1.5: "float keys", 0.25: "y"},
        {True: "bool keys", False: "z"},
        {None: "null key"},
    ],
)
def test_write_json_gives_the_text_of_dump_json(tmp_path: Path, data: Any) -> None:
    """timeline.json is written by our own indenting encoder: the same text
    as the standard library's, made markup-safe."""
    path = tmp_path / "out.json"
    export.write_json(path, data)
    assert path.read_text(encoding="utf-8") == export.dump_json(data)


def test_write_json_refuses_what_json_refuses(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        export.write_json(tmp_path / "out.json", {"a": object()})
    with pytest.raises(TypeError):
        export.write_json(tmp_path / "out.json", {("tuple", "key"): 1})


def test_write_json_writes_a_long_list_in_pieces(tmp_path: Path) -> None:
    data = {"items": [{"id": str(n), "n": n} for n in range(3 * export._WRITE_PIECES)]}
    path = tmp_path / "out.json"
    export.write_json(path, data)
    assert path.read_text(encoding="utf-8") == export.dump_json(data)


def test_cached_exports_are_the_uncached_text(tmp_path: Path) -> None:
    """timeline.json, timelinejs.json and timeline.csv written with the cache
    of encoded entries (empty, then full, then after an entry changed, then
    after an article's outlet changed) are the text written without it."""
    import dataclasses

    from timeline.cache import Cache

    def both(timeline: Any, folder: Path) -> tuple[int, int, int]:
        cached = [Cache(tmp_path / "cache", name, "salt") for name in ("json", "tjs", "csv")]
        plain = export.write_timeline_json(timeline, folder / "plain").read_bytes()
        plain_tjs = export.write_timelinejs(timeline, folder / "plain", "ru").read_bytes()
        plain_csv = export.write_csv(timeline, folder / "plain").read_bytes()
        with_cache = export.write_timeline_json(timeline, folder / "cached", cached[0])
        with_cache_tjs = export.write_timelinejs(timeline, folder / "cached", "ru", cache=cached[1])
        with_cache_csv = export.write_csv(timeline, folder / "cached", cached[2])
        for cache in cached:
            cache.sweep()
        assert with_cache.read_bytes() == plain and with_cache_tjs.read_bytes() == plain_tjs
        assert with_cache_csv.read_bytes() == plain_csv
        return cached[0].hits, cached[1].hits, cached[2].hits

    for folder in ("plain", "cached"):
        for run in ("cold", "warm", "changed", "outlet"):
            (tmp_path / run / folder).mkdir(parents=True)
    assert both(sample.TIMELINE, tmp_path / "cold") == (0, 0, 0)
    entries = len(sample.TIMELINE.entries)
    assert both(sample.TIMELINE, tmp_path / "warm") == (entries, entries, entries)
    first = sample.TIMELINE.entries[0]
    changed = dataclasses.replace(
        sample.TIMELINE,
        entries=(
            dataclasses.replace(first, headline=first.headline + " <i>"),
            *sample.TIMELINE.entries[1:],
        ),
    )
    assert both(changed, tmp_path / "changed") == (entries - 1, entries - 1, entries - 1)
    # an outlet is shown in the CSV rows of every entry citing the article
    cited = changed.entries[-1].claims[0].sources[0]
    renamed = dataclasses.replace(
        changed,
        sources=tuple(
            dataclasses.replace(s, outlet="Renamed Outlet") if s.id == cited else s
            for s in changed.sources
        ),
    )
    csv_hits = both(renamed, tmp_path / "outlet")[2]
    assert csv_hits < entries
    assert "Renamed Outlet" in (tmp_path / "outlet/cached/timeline.csv").read_text("utf-8")


def test_every_figure_of_a_claim_is_exported_with_its_side() -> None:
    """A claim giving each side's dead ("49 Armenian troops and 50 Azerbaijani soldiers
    killed") keeps both counts in ``figure_list``; ``figures`` keeps one per kind."""
    from timeline.model import Figure

    claim = sample.claim(
        "Baku said 50 Azerbaijani soldiers and 49 Armenian troops were killed.",
        sample.DAY,
        ("a.txt",),
        figures=(
            Figure("killed", 50, side="azerbaijan"),
            Figure("killed", 49, side="armenia"),
        ),
    )
    exported = export.claim_json(claim)
    assert exported["figure_list"] == [
        {"kind": "killed", "value": 49, "qualifier": None, "side": "armenia"},
        {"kind": "killed", "value": 50, "qualifier": None, "side": "azerbaijan"},
    ]
    assert exported["figures"] == {"killed": 50}
