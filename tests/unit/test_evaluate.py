"""The scorer of tools/evaluate.py: how the program's claims are matched to an editor's."""

from __future__ import annotations

import pytest
import yaml
from toolkit import load_tool

ev = load_tool("evaluate")


@pytest.mark.parametrize(
    ("gold", "quote", "expected"),
    [
        # the quote holds the editor's sentence, or the sentence the quote
        ("Seven servicemen died.", "“Seven servicemen died,” the ministry said.", 1.0),
        ("the ministry said on Tuesday that two soldiers died", "two soldiers died", 1.0),
        # typographic quotes and non-breaking spaces do not matter
        ("«Армения» сообщила", "\u00abАрмения\u00bb\u00a0сообщила", 1.0),
        # a different sentence shares few words
        ("Armenia reported one dead.", "Azerbaijan said seven soldiers were wounded.", 0.0),
    ],
)
def test_overlap(gold, quote, expected):
    assert ev.overlap(gold, quote) == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize(
    ("gold", "found", "right"),
    [
        ("2021-11-16", "2021-11-16", True),
        ("2021-11-16", "2021-11-16T18:30", True),  # a time is still that day
        ("2021-11", "2021-11", True),
        ("2021-11", "2021-11-16", False),  # more precise than the text allows is not right
        ("2021-11-16", "2021-11-15", False),
        (None, None, True),
        (None, "2021-11-16", False),
    ],
)
def test_same_date(gold, found, right):
    assert ev.same_date(gold, found) is right


@pytest.mark.parametrize(
    ("claimant", "actor"),
    [
        ("Armenian defence ministry", "armenia"),
        ("Azerbaijan's defence ministry", "azerbaijan"),
        ("Минобороны Азербайджана", "azerbaijan"),
        ("Пашиняном", "armenia"),  # an alias with a wildcard ending
        ("the Kremlin spokesman", "russia"),
        ("a local resident", None),
        ("", None),
    ],
)
def test_actor_of(claimant, actor):
    assert ev.load_actors().actor_of(claimant) == actor


def test_sides_come_from_the_data():
    actors = ev.load_actors({"hrw": "third"})
    assert actors.side_of("nagorno-karabakh-authorities") == "armenia"
    assert actors.side_of("azerbaijan") == "azerbaijan"
    assert actors.side_of("russia") == "third"
    assert actors.side_of("hrw") == "third"
    assert actors.side_of("outlet") == "outlet"


def _gold(**overrides):
    claims = (
        ev.GoldClaim(
            id="c1",
            sentence="Armenia's defence ministry said one soldier was killed.",
            date="2021-11-16",
            claimant="armenia",
            figures=(ev.GoldFigure("killed", 1, "armenia"),),
            disputes=("c2",),
            background=False,
        ),
        ev.GoldClaim(
            id="c2",
            sentence="Baku said Armenian forces attacked first.",
            date="2021-11-16",
            claimant="azerbaijan",
            figures=(),
            disputes=(),
            background=False,
        ),
    )
    values = dict(
        id="en-x",
        language="en",
        url="https://example.org/x",
        published="2021-11-17",
        precision="day",
        story="s1",
        claims=claims,
        furniture=("Photo: AFP",),
    )
    values.update(overrides)
    return ev.Gold(**values)


def _claim(text, claimant, date="2021-11-16", figures=None, group=None):
    return {
        "text": text,
        "claimant": claimant,
        "date": date,
        "figures": figures or {},
        "conflict_group": group,
        "quotes": [{"source": "en-x", "sentence": 1, "text": text}],
    }


def test_an_article_read_right_scores_every_figure():
    found = [
        (c, c["text"])
        for c in (
            _claim(
                "Armenia's defence ministry said one soldier was killed.",
                "Armenian defence ministry",
                figures={"killed": 1},
                group="g1",
            ),
            _claim("Baku said Armenian forces attacked first.", "Baku", group="g1"),
        )
    ]
    misses = ev.Misses()
    tally = ev.score_article(_gold(), {"published": "2021-11-17"}, found, ev.load_actors(), misses)
    c = tally.counts
    assert (c["dates_right"], c["claims_found"], c["claims_right_date"]) == (1, 2, 2)
    assert (c["claims_right_claimant"], c["claims_outlet_voice"]) == (2, 0)
    assert (c["figures"], c["figures_value_kind"], c["figures_full"]) == (1, 1, 0)
    assert (c["disputes_flagged"], c["false_disputes"], c["furniture_claims"]) == (1, 0, 0)
    # the side of the victims is not in the export yet: that miss is listed
    assert misses.lines == ["- `en-x`: claim c1 killed 1: side None, editor reads armenia"]


def test_each_kind_of_miss_is_counted_and_listed():
    found = [
        (c, c["text"])
        for c in (
            # right sentence, wrong date, told in the outlet's voice, wrong figure
            _claim(
                "Armenia's defence ministry said one soldier was killed.",
                None,
                date="2021-11-15",
                figures={"killed": 2},
            ),
            _claim("Photo: AFP", None),  # furniture made a claim
        )
    ]
    misses = ev.Misses()
    tally = ev.score_article(
        _gold(),
        {"published": "2021-11-18", "published_from": "header"},
        found,
        ev.load_actors(),
        misses,
    )
    c = tally.counts
    assert (c["dates_wrong"], c["claims_found"], c["claims_right_date"]) == (1, 1, 0)
    assert (c["claims_attributed"], c["claims_outlet_voice"]) == (1, 1)
    assert (c["figures"], c["figures_value_kind"]) == (1, 0)
    assert (c["disputes"], c["disputes_flagged"], c["furniture_claims"]) == (1, 0, 1)
    assert len(misses.lines) == 7


def test_a_side_against_itself_is_a_false_dispute():
    gold = _gold(
        claims=(
            ev.GoldClaim("c1", "Armenia said 12 were captured.", None, "armenia", (), (), False),
            ev.GoldClaim(
                "c2", "Armenia later said 13 were captured.", None, "armenia", (), (), False
            ),
        )
    )
    found = [
        (c, c["text"])
        for c in (
            _claim("Armenia said 12 were captured.", "Armenia", group="g"),
            _claim("Armenia later said 13 were captured.", "Armenia", group="g"),
        )
    ]
    tally = ev.score_article(
        gold, {"published": "2021-11-17"}, found, ev.load_actors(), ev.Misses()
    )
    assert tally.counts["false_disputes"] == 1


def test_story_pairs():
    golds = [_gold(id="a", story="s"), _gold(id="b", story="s"), _gold(id="c", story="t")]
    built = {"a": {"story": "a"}, "b": {"story": "a"}, "c": {"story": "a"}}
    assert ev.story_pairs(golds, built) == (1, 3, 1)
    apart = {"a": {"story": "a"}, "b": {"story": "b"}, "c": {"story": "c"}}
    assert ev.story_pairs(golds, apart) == (0, 0, 1)


def test_an_undated_article_must_stay_undated():
    tally = ev.score_article(
        _gold(published=None, precision=None),
        {"published": "2021-11-17"},
        [],
        ev.load_actors(),
        ev.Misses(),
    )
    assert (tally.counts["undated_gold"], tally.counts["dates_wrong"]) == (1, 1)


@pytest.mark.parametrize(
    ("line", "quote", "claim"),
    [
        ("photo: afp", "photo: afp", True),
        ("read also: seven soldiers killed in clashes", "seven soldiers killed in clashes", True),
        ("by staff reporter", "by staff reporter, afp", True),
        # a sign-off that is also the subject of a claim sentence is not furniture there
        ("femida.az", "femida.az xəbər verir ki, 3 hərbçi şəhid olub və 5 nəfər yaralanıb", False),
    ],
)
def test_furniture_claim(line, quote, claim):
    assert ev.furniture_claim(line, quote) is claim


def test_a_coarser_publication_date_is_imprecise_not_wrong():
    tally = ev.score_article(
        _gold(published="2023-04-11"),
        {"published": "2023-04"},
        [],
        ev.load_actors(),
        ev.Misses(),
    )
    c = tally.counts
    assert (c["dates_right"], c["dates_wrong"], c["dates_imprecise"]) == (0, 0, 1)


def test_a_date_from_a_copy_of_an_undatable_article_is_counted_apart():
    """The text gives no date, a dated copy of its story does (issue 20, point 1): not a
    date read wrongly, not an article left undated; its own row, and listed."""
    misses = ev.Misses()
    tally = ev.score_article(
        _gold(published=None, precision=None),
        {"published": "2021-11-17", "published_from": "inferred"},
        [],
        ev.load_actors(),
        misses,
    )
    c = tally.counts
    assert (c["dates_from_copy"], c["dates_wrong"], c["undated_gold"]) == (1, 0, 0)
    assert any("taken from a copy" in line for line in misses.lines)


def test_a_date_from_a_copy_is_still_checked_where_the_editor_reads_one():
    tally = ev.score_article(
        _gold(published="2021-11-16"),
        {"published": "2021-11-17", "published_from": "inferred"},
        [],
        ev.load_actors(),
        ev.Misses(),
    )
    assert tally.counts["dates_wrong"] == 1


def test_dev_halves_split_each_language_by_story_in_turn_and_only_dev():
    assignment = {
        "en-1": "dev",
        "en-2": "dev",
        "en-3": "dev",
        "fr-1": "dev",
        "fr-2": "dev",
        "en-9": "test",
    }
    # en-1 and en-3 are copies of one story: they stay together
    story_of = {"en-1": "s1", "en-3": "s1", "en-2": "s2", "en-9": "s9"}
    assert ev.dev_halves(assignment, story_of) == {
        "en-1": "dev-a",
        "en-3": "dev-a",
        "en-2": "dev-b",
        "fr-1": "dev-a",
        "fr-2": "dev-b",
    }


def test_an_editors_figure_is_matched_against_every_figure_of_its_kind():
    # "49 Armenian and 50 Azerbaijani troops killed": the editor's 49 is the export's
    # Armenian 49, not the largest of the kind
    found = ev._figure_values(
        {
            "figures": {"killed": 50},
            "figure_list": [
                {"kind": "killed", "value": 49, "qualifier": None, "side": "armenia"},
                {"kind": "killed", "value": 50, "qualifier": None, "side": "azerbaijan"},
            ],
        }
    )
    assert ev._figure_match(found["killed"], 49, "armenia") == (49, "armenia")
    assert ev._figure_match(found["killed"], 50, "civilians-azerbaijan") == (50, "azerbaijan")
    # an export of one value per kind (no figure_list) is read as before
    assert ev._figure_values({"figures": {"killed": 7}, "figure_sides": {"killed": "x"}}) == {
        "killed": [(7, "x")]
    }
    assert ev._figure_match([], 3, None) == (None, None)


def _write_annotation(folder, ident, story, batch=None):
    doc = {"id": ident, "language": ident.partition("-")[0], "story": story, "claims": []}
    if batch is not None:
        doc["batch"] = batch
    (folder / f"{ident}.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")


def test_a_later_round_of_annotation_is_scored_apart_and_halved_on_its_own(tmp_path, monkeypatch):
    annotations = tmp_path / "annotations"
    annotations.mkdir()
    for ident, story in (("en-1", "s1"), ("en-2", "s2"), ("fr-1", "f1")):
        _write_annotation(annotations, ident, story)
    # a second round: one dev article (its story sorts first) and one test article
    _write_annotation(annotations, "en-5", "s0", batch=2)
    _write_annotation(annotations, "en-6", "s6", batch=2)
    split = tmp_path / "split.yaml"
    split.write_text(
        yaml.safe_dump({"dev": ["en-1", "en-2", "en-5", "fr-1"], "test": ["en-6"]}),
        encoding="utf-8",
    )
    monkeypatch.setattr(ev, "ANNOTATIONS", annotations)
    monkeypatch.setattr(ev, "SPLIT_FILE", split)

    def ids(*args):
        return [gold.id for gold in ev.select(*args)]

    assert ids("dev", None) == ["en-1", "en-2", "en-5", "fr-1"]
    assert ids("dev", None, 2) == ["en-5"]
    assert ids("test", None, 1) == []
    assert ids("test", None, 2) == ["en-6"]
    # each round is halved on its own: the first round's halves are as before, and
    # en-5, the second round's only en dev story, opens its round's dev-a
    assert ids("dev-a", None) == ["en-1", "en-5", "fr-1"]
    assert ids("dev-b", None) == ["en-2"]
    # a round held out joins neither half
    monkeypatch.setattr(ev, "HELD_OUT_BATCHES", frozenset({2}))
    assert ids("dev-a", None) == ["en-1", "fr-1"]
    assert ids("dev-b", None) == ["en-2"]


def test_the_misses_of_a_held_out_round_are_counted_but_not_listed(tmp_path):
    result = ev.Result(
        by_language={},
        overall={},
        misses={"en": ["- `en-1`: claim c1 not found", "- `en-5`: claim c2 not found"]},
        build_seconds=0.0,
    )
    target = tmp_path / "misses.md"
    ev.write_misses(result, "dev", target, frozenset({"en-5"}))
    text = target.read_text(encoding="utf-8")
    assert "en-1" in text
    assert "en-5" not in text
    assert "1 misses of held-out rounds of annotation are not listed." in text


def _split_sentence_gold():
    """The editor's two claims of one sentence, each side's clause (hy-style: a claim
    and its denial, told as one sentence)."""
    return _gold(
        claims=(
            ev.GoldClaim(
                "c1",
                "Baku said Armenian forces shelled Sotk",
                None,
                "azerbaijan",
                (),
                ("c2",),
                False,
            ),
            ev.GoldClaim("c2", "Yerevan denied it", None, "armenia", (), ("c1",), False),
        )
    )


def test_two_claims_of_one_sentence_match_the_editors_two_claims():
    sentence = "Baku said Armenian forces shelled Sotk, which Yerevan denied it."
    # the build read one sentence as two claims, each quoting the whole sentence
    found = [
        (c, sentence)
        for c in (
            _claim(sentence, "Baku", date=None, group="g"),
            _claim(sentence, "Yerevan", date=None, group="g"),
        )
    ]
    tally = ev.score_article(
        _split_sentence_gold(), {"published": "2021-11-17"}, found, ev.load_actors(), ev.Misses()
    )
    c = tally.counts
    assert (c["claims_found"], c["claims_right_claimant"]) == (2, 2)
    assert (c["disputes"], c["disputes_flagged"], c["false_disputes"]) == (1, 1, 0)


def test_of_two_quotes_covering_a_sentence_the_closest_matches():
    found = [
        (c, c["text"])
        for c in (
            _claim("Baku said Armenian forces shelled Sotk, which Yerevan denied it.", "Baku"),
            _claim("Yerevan denied it", "Yerevan"),
        )
    ]
    tally = ev.score_article(
        _split_sentence_gold(), {"published": "2021-11-17"}, found, ev.load_actors(), ev.Misses()
    )
    # "Yerevan denied it" is in both quotes: the one that is nothing else is its match
    assert tally.counts["claims_right_claimant"] == 2


@pytest.mark.parametrize(
    ("said", "right"),
    [
        ("Interfax", True),  # the editor's new actor, by its name
        ("the Interfax news agency", True),
        ("INTERFAX", True),
        ("Interfax-Ukraine", False),  # another name that begins with it
        ("TASS", False),  # another outlet: still wrong
    ],
)
def test_a_claimant_the_editor_added_as_a_new_actor_is_matched_by_its_name(said, right):
    claim = ev.GoldClaim(
        id="c1",
        sentence="Interfax reported that two soldiers were wounded.",
        date="2021-11-16",
        claimant="interfax",
        figures=(),
        disputes=(),
        background=False,
    )
    gold = _gold(
        claims=(claim,), new_sides={"interfax": "third"}, new_names={"interfax": "interfax"}
    )
    found = [(c, c["text"]) for c in (_claim(claim.sentence, said),)]
    tally = ev.score_article(
        gold, {"published": "2021-11-17"}, found, ev.load_actors(gold.new_sides), ev.Misses()
    )
    assert tally.counts["claims_right_claimant"] == int(right)
