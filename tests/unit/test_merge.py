"""Merging: one claim per fact, one entry per happening, conflicts side by side."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from claimkit import (
    ARM,
    AZE,
    D16,
    LACHIN,
    PUBLISHED,
    STORIES,
    STORY_OF,
    articles,
    claim,
    date,
    seed_claims,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.merge import (
    build_entries,
    content_words,
    dates_compatible,
    drop_leading_date,
    mark_conflicts,
    merge_claims,
    shorten,
)
from timeline.model import PRECISION_RANK, Claim, Entry, Figure

# --- the same fact, worded differently: must become one claim --------------
# fmt: off
MUST_MERGE = [
    pytest.param(
        claim("000", 4, "The ministry reported later in the evening that 12 Armenian servicemen were captured by the Azerbaijani military.", D16 + " evening", ARM, {"captured": 12}, event_type="detention"),  # noqa: E501
        claim("001", 4, "The ministry reported later that evening that 12 Armenian servicemen had been captured by the Azerbaijani army.", D16 + " evening", "The Armenian Defense Ministry", {"captured": 12}, event_type="detention"),  # noqa: E501
        id="captured-army/military-defence/defense",
    ),
    pytest.param(
        claim("000", 7, "The ministry said Azerbaijani troops “stopped the enemy’s advance, surrounded and detained Armenian servicemen”.", D16, AZE, event_type="detention"),  # noqa: E501
        claim("001", 7, "The ministry said Azerbaijani troops “stopped the advance of the enemy, surrounded and detained Armenian soldiers.”", D16, "Azerbaijani Defense Ministry", event_type="detention"),  # noqa: E501
        id="servicemen/soldiers",
    ),
    pytest.param(
        claim("000", 2, "Armenia’s defence ministry said on Tuesday that “there are fatalities and wounded among Armenian troops as a result of fighting that erupted following an attack by Azerbaijani forces”.", D16, ARM, event_type="casualties"),  # noqa: E501
        claim("001", 2, "The Armenian Defense Ministry said on Tuesday that “there are dead and wounded among Armenian troops as a result of the fighting which broke out following an attack by Azerbaijani forces.”", D16, "The Armenian Defense Ministry", event_type="casualties"),  # noqa: E501
        id="fatalities/dead",
    ),
    pytest.param(
        claim("000", 6, "“Armenian troops attacked Azerbaijani positions in the districts of Kelbajar and Lachin,” Azerbaijan’s defence ministry said in a statement, adding that two Azerbaijani troops were wounded.", D16, AZE, {"wounded": 2}, LACHIN, "armed-clash"),  # noqa: E501
        claim("001", 6, "“Armenian troops attacked Azerbaijani positions in Kelbajar and Lachin districts,” Azerbaijani Defense Ministry said in a statement, adding that two Azerbaijani soldiers were injured.", D16, "Azerbaijani Defense Ministry", {"wounded": 2}, LACHIN, "armed-clash"),  # noqa: E501
        id="wounded/injured-troops/soldiers",
    ),
    pytest.param(
        claim("000", 9, "Armenia’s defence ministry said Azerbaijani forces tried to “break through” the border before being repelled.", D16, ARM, event_type="armed-clash"),  # noqa: E501
        claim("001", 9, "The Armenian Defense Ministry said Azerbaijani forces tried to “cross” the border before being pushed back.", D16, "The Armenian Defense Ministry", event_type="armed-clash"),  # noqa: E501
        id="repelled/pushed-back",
    ),
    pytest.param(
        claim("000", 12, "“Call for urgent de-escalation and full ceasefire,” European Council President Charles Michel said on Twitter.", D16, "European Council President Charles Michel", event_type="diplomacy"),  # noqa: E501
        claim("001", 12, "“Call for urgent de-escalation and a total ceasefire,” European Council President Charles Michel said on Twitter.", D16, "European Council President Charles Michel", event_type="diplomacy"),  # noqa: E501
        id="full/total-ceasefire",
    ),
    pytest.param(
        claim("000", 21, "Ethnic Armenian separatists in Nagorno-Karabakh broke away from Azerbaijan as the Soviet Union collapsed in 1991, and the ensuing conflict claimed around 30,000 lives.", "1991", None, {"killed": 30000}),  # noqa: E501
        claim("001", 21, "The Armenian ethnic separatists in Nagorno-Karabakh split from Azerbaijan when the Soviet Union collapsed in 1991, and the ensuing conflict left an estimated 30,000 dead.", "1991", None, {"killed": 30000}),  # noqa: E501
        id="broke-away/split",
    ),
    pytest.param(
        claim("000", 1, "The six-week conflict, which left more than 6,500 dead, ended last November in a Russian-brokered deal that saw Armenia cede swathes of territory it had controlled for decades.", "2020-11", None, {"killed": 6500}),  # noqa: E501
        claim("004", 11, "The conflict, which left more than 6,500 dead, ended in November 2020 in a Russian-brokered deal that saw Armenia cede swathes of territory it had occupied for decades.", "2020-11", None, {"killed": 6500}),  # noqa: E501
        id="across-stories-war-end",
    ),
    pytest.param(
        claim("000", 4, "The ministry reported later in the evening that 12 Armenian servicemen were captured by the Azerbaijani military.", D16 + " evening", ARM, {"captured": 12}, event_type="detention"),  # noqa: E501
        claim("002", 6, "It also reported that 12 Armenian servicemen were captured by the Azerbaijani military.", D16, "the Armenian defense ministry", {"captured": 12}, event_type="detention"),  # noqa: E501
        id="evening-into-day",
    ),
    pytest.param(
        claim("002", 3, "Under the mediation of the Russian side, an agreement was reached to cease fire at Armenia's eastern border from 18:30.", "2021-11-16T18:30", ARM, event_type="ceasefire"),  # noqa: E501
        claim("009", 3, "Under Russian mediation, a ceasefire was agreed at Armenia's eastern border on Tuesday evening.", D16 + " evening", ARM, event_type="ceasefire"),  # noqa: E501
        id="evening-and-18:30-same-ceasefire",
    ),
]

# --- alike in words, different facts: must stay apart ----------------------
MUST_NOT_MERGE = [
    pytest.param(
        claim("000", 19, "On Sunday, they traded accusations of opening fire at their border near Karabakh.", "2021-11-14", None, event_type="armed-clash"),  # noqa: E501
        claim("001", 5, "On Tuesday, they traded accusations of opening fire at their border near Karabakh.", D16, None, event_type="armed-clash"),  # noqa: E501
        id="different-days",
    ),
    pytest.param(
        claim("000", 4, "The ministry reported that 12 Armenian servicemen were captured by the Azerbaijani military.", D16, ARM, {"captured": 12}, event_type="detention"),  # noqa: E501
        claim("004", 3, "The ministry reported that 13 Armenian servicemen were captured by the Azerbaijani military.", D16, ARM, {"captured": 13}, event_type="detention"),  # noqa: E501
        id="different-figures",
    ),
    pytest.param(
        claim("000", 6, "Armenian troops attacked Azerbaijani positions in the districts of Kelbajar and Lachin, the ministry said.", D16, AZE, places=LACHIN, event_type="armed-clash"),  # noqa: E501
        claim("001", 6, "Armenian troops attacked Azerbaijani positions in the districts of Dashkesan and Kelbajar, the ministry said.", D16, AZE, places=("Dashkesan", "Kelbajar"), event_type="armed-clash"),  # noqa: E501
        id="different-places",
    ),
    pytest.param(
        claim("000", 9, "Azerbaijani forces tried to break through the border before being repelled, the ministry said.", D16, ARM, event_type="armed-clash"),  # noqa: E501
        claim("004", 9, "Armenian forces tried to break through the border before being repelled, the ministry said.", D16, AZE, event_type="armed-clash"),  # noqa: E501
        id="different-claimants",
    ),
    pytest.param(
        claim("000", 5, "Fighting along the border resumed on Tuesday morning.", D16 + " morning", None, event_type="armed-clash"),  # noqa: E501
        claim("001", 5, "Fighting along the border resumed on Tuesday evening.", D16 + " evening", None, event_type="armed-clash"),  # noqa: E501
        id="different-parts-of-day",
    ),
    pytest.param(
        claim("002", 3, "An agreement was reached to cease fire at the eastern border from 09:00.", "2021-11-16T09:00", ARM, event_type="ceasefire"),  # noqa: E501
        claim("009", 3, "A ceasefire was agreed at the eastern border on Tuesday evening.", D16 + " evening", ARM, event_type="ceasefire"),  # noqa: E501
        id="time-outside-part-of-day",
    ),
    pytest.param(
        claim("000", 1, "The clashes on Tuesday between Armenian and Azerbaijani troops near Karabakh left soldiers dead.", D16, None, event_type="armed-clash"),  # noqa: E501
        claim("003", 1, "The clashes on Tuesday between Armenian and Azerbaijani troops near Karabakh left soldiers dead.", "2022-09-13", None, event_type="armed-clash"),  # noqa: E501
        id="same-words-fourteen-months-apart",
    ),
    pytest.param(
        claim("000", 1, "The six-week conflict, which left more than 6,500 dead, ended last November.", "2020-11", None, {"killed": 6500}),  # noqa: E501
        claim("003", 13, "The six-week conflict, which left more than 6,500 dead, ended in November 2020.", "2020-11", None, {"killed": 6500}),  # noqa: E501
        id="articles-of-different-eras",
    ),
    pytest.param(
        claim("000", 1, "The war ended in 2020.", "2020", None),
        claim("001", 1, "The war ended in November 2020.", "2020-11", None),
        id="year-never-merges-into-month",
    ),
    pytest.param(
        claim("000", 2, "Armenia reported deaths among its troops after an attack by Azerbaijani forces.", D16, ARM, event_type="casualties"),  # noqa: E501
        claim("000", 3, "Armenia reported deaths among its troops after an attack by Azerbaijani forces, it said.", D16, ARM, event_type="casualties"),  # noqa: E501
        id="two-sentences-of-one-source",
    ),
    pytest.param(
        claim("000", 1, "Seven Azerbaijani troops have been killed in border clashes with Armenia.", D16, None, {"killed": 7}, event_type="casualties"),  # noqa: E501
        claim("004", 1, "Seven Azerbaijani troops have been killed in border clashes with Armenia, the ministry said.", D16, AZE, {"killed": 7}, event_type="casualties"),  # noqa: E501
        id="outlet-voice-vs-claimant-across-stories",
    ),
]
# fmt: on


def _published(*claims: Claim) -> dict[str, object]:
    return {c.sources[0]: PUBLISHED.get(c.sources[0], PUBLISHED["002"]) for c in claims}


@pytest.mark.parametrize(("a", "b"), MUST_MERGE)
def test_same_fact_is_one_claim_with_every_source_and_quote(a: Claim, b: Claim) -> None:
    merged = merge_claims([a, b], STORY_OF, _published(a, b))  # type: ignore[arg-type]
    assert len(merged) == 1
    (one,) = merged
    assert one.sources == tuple(sorted({*a.sources, *b.sources}))
    assert set(one.quotes) == {*a.quotes, *b.quotes}
    assert one.date in (a.date, b.date)
    assert PRECISION_RANK[one.date.precision] == min(
        PRECISION_RANK[a.date.precision], PRECISION_RANK[b.date.precision]
    )


@pytest.mark.parametrize(("a", "b"), MUST_NOT_MERGE)
def test_different_facts_stay_apart(a: Claim, b: Claim) -> None:
    assert len(merge_claims([a, b], STORY_OF, _published(a, b))) == 2  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("2021-11-16", "2021-11-16", True),
        ("2021-11-16 evening", "2021-11-16T18:30", True),
        ("2021-11-16", "2021-11-16T18:30", True),
        ("2021-11-16 morning", "2021-11-16T18:30", False),
        ("2021-11-16 morning", "2021-11-16 evening", False),
        ("2021-11-16 evening", "2021-11-16", True),
        ("2021-11-16T18:30", "2021-11-16T18:45", False),
        ("2021-11-16", "2021-11-17", False),
        ("2021-11", "2021-11-16", False),
        ("2020", "2020-11", False),
        ("2020-11", "2020-11", True),
        ("198X", "198X", True),
        ("2022-04/2022-05", "2022-04/2022-05", True),
        ("2022-09-05/2022-09-11", "2022-09-06", False),
    ],
)
def test_date_compatibility_rule(a: str, b: str, compatible: bool) -> None:
    assert dates_compatible(date(a), date(b)) is compatible
    assert dates_compatible(date(b), date(a)) is compatible


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("defence", "defense"),
        ("captured", "detained"),
        ("troops", "servicemen"),
        ("soldiers", "troops"),
        ("wounded", "injured"),
        ("Armenia's", "Armenian"),
        ("Azerbaijan", "Azerbaijani"),
        ("Organisation", "Organization"),
        ("cease fire", "ceasefire"),
    ],
)
def test_wording_variants_compare_equal(a: str, b: str) -> None:
    assert content_words(a) == content_words(b)


# --- entries on the seeds ---------------------------------------------------


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return build_entries(seed_claims(), STORIES, articles())


def _entry_with(entries: list[Entry], words: str) -> Entry:
    found = [e for e in entries if any(words in c.text for c in e.claims)]
    assert len(found) == 1, words
    return found[0]


def test_no_source_is_lost(entries: list[Entry]) -> None:
    """Attribution is data: every input quote reaches exactly one claim."""
    quotes = [q for e in entries for c in e.claims for q in c.quotes]
    assert sorted(quotes, key=repr) == sorted(
        (q for c in seed_claims() for q in c.quotes), key=repr
    )
    for e in entries:
        assert set(e.sources) == {s for c in e.claims for s in c.sources}


@pytest.mark.parametrize(
    ("words", "edtf", "sources"),
    [
        ("12 Armenian servicemen", "2021-11-16", {"000", "001", "002"}),
        ("Kelbajar and Lachin", "2021-11-16", {"000", "001", "002"}),
        ("Collective Security Treaty", "2021-11-16", {"000", "001", "002"}),
        ("Lachin Corridor", "2021-11-13", {"000", "001", "002"}),
        ("On Sunday", "2021-11-14", {"000", "001", "002"}),
        ("Soviet Union collapsed", "1991", {"000", "001", "002"}),
        ("6,500 dead, ended", "2020-11", {"000", "001", "002", "004"}),
    ],
)
def test_each_gold_fact_is_one_claim_with_all_its_sources(
    entries: list[Entry], words: str, edtf: str, sources: set[str]
) -> None:
    claims = [c for e in entries for c in e.claims if any(words in q.text for q in c.quotes)]
    assert len(claims) == 1
    assert claims[0].date.edtf == edtf
    assert set(claims[0].sources) == sources


@pytest.mark.parametrize(
    ("words", "edtf"),
    [
        ("Lachin Corridor", "2021-11-13"),
        ("On Sunday", "2021-11-14"),
        ("Soviet Union collapsed", "1991"),
        ("6,500 dead, ended", "2020-11"),
        ("late 1980s", "198X"),
        ("cease fire", "2021-11-16T18:30"),
    ],
)
def test_happenings_are_separate_entries(entries: list[Entry], words: str, edtf: str) -> None:
    entry = _entry_with(entries, words)
    assert entry.date.edtf == edtf
    clashes = _entry_with(entries, "12 Armenian servicemen")
    assert entry.id != clashes.id


def test_the_day_of_clashes_is_one_entry(entries: list[Entry]) -> None:
    clashes = _entry_with(entries, "12 Armenian servicemen")
    for words in ["Kelbajar and Lachin", "Collective Security Treaty", "Seven servicemen died"]:
        assert _entry_with(entries, words).id == clashes.id
    assert clashes.type == "armed-clash"
    assert clashes.date.edtf == "2021-11-16"


def test_2022_never_shares_an_entry_with_2021(entries: list[Entry]) -> None:
    for entry in entries:
        years = {PUBLISHED[s].year for s in entry.sources}
        assert len(years) == 1, entry.id


def test_a_sides_later_count_of_its_own_losses_is_an_update(entries: list[Entry]) -> None:
    """Armenia: 12 captured on Tuesday, 13 the next day: a series, never a dispute."""
    clashes = _entry_with(entries, "12 Armenian servicemen")
    captured = {f.value: c for c in clashes.claims for f in c.figures if f.kind == "captured"}
    assert set(captured) == {12, 13}
    twelve, thirteen = captured[12], captured[13]
    assert twelve.series is not None and twelve.series == thirteen.series
    assert not any(":captured:" in d for d in (*twelve.disputes, *thirteen.disputes))
    assert "Armenia" in (twelve.claimant or "") and "Armenia" in (thirteen.claimant or "")
    assert thirteen.said_on is not None and thirteen.said_on.edtf == "2021-11-17"


def test_the_two_sides_accounts_of_the_clash_are_one_dispute(entries: list[Entry]) -> None:
    """Yerevan: an attack by Azerbaijani forces; Baku: Armenian troops attacked."""
    clashes = _entry_with(entries, "12 Armenian servicemen")
    account = f"{clashes.date.edtf}:account"
    armenian = [c for c in clashes.claims if c.claimant_side == "armenia" and account in c.disputes]
    azerbaijani = [
        c for c in clashes.claims if c.claimant_side == "azerbaijan" and account in c.disputes
    ]
    assert any("attack by Azerbaijani forces" in c.text for c in armenian)
    assert any("Armenian troops attacked" in c.text for c in azerbaijani)
    # an account the outlet gives in its own voice takes no side
    assert not any(account in c.disputes for c in clashes.claims if c.claimant is None)


def test_each_sides_own_toll_is_no_conflict(entries: list[Entry]) -> None:
    """Seven Azerbaijani dead (per Baku) and one Armenian dead (per Yerevan) agree."""
    clashes = _entry_with(entries, "12 Armenian servicemen")
    killed = [c for c in clashes.claims if any(f.kind == "killed" for f in c.figures)]
    assert not any(":killed" in d for c in killed for d in c.disputes)
    sides = {f.side for c in killed for f in c.figures if f.kind == "killed"}
    assert sides == {"armenia", "azerbaijan"}


def test_an_update_by_the_same_claimant_keeps_both(entries: list[Entry]) -> None:
    """Baku: two wounded on Tuesday, ten the next day. Both stay, marked as a series."""
    clashes = _entry_with(entries, "12 Armenian servicemen")
    wounded = [c for c in clashes.claims if any(f.kind == "wounded" for f in c.figures)]
    assert len(wounded) == 2
    assert len({c.series for c in wounded}) == 1
    assert None not in {c.series for c in wounded}
    assert not any(":wounded" in d for c in wounded for d in c.disputes)


def test_headlines_come_from_the_entries_own_claims(entries: list[Entry]) -> None:
    for entry in entries:
        head = entry.headline.rstrip('…"”')
        assert any(
            head.lower() in c.text.lower() or head.split(" ", 3)[-1].lower() in c.text.lower()
            for c in entry.claims
        ), entry.headline
        assert len(entry.headline) <= 125


@pytest.mark.parametrize(
    ("text", "claimant", "expected"),
    [
        (
            "YEREVAN — Armenia on Tuesday reported deaths and the loss of military positions in "
            "border clashes with Azerbaijani troops, a year after the arch-foes fought a war.",
            None,
            "Armenia on Tuesday reported deaths and the loss of military positions in border "
            "clashes with Azerbaijani troops",
        ),
        (
            "It said the border was calm.",
            "Armenia's defence ministry",
            "Armenia's defence ministry said the border was calm",
        ),
        ("Short one.", None, "Short one"),
        # a first clause that only says who speaks is no headline on its own
        (
            "Müdafiə Nazirliyinin məlumatına görə, noyabrın 16-da Ermənistan silahlı "
            "qüvvələrinin bölmələri dövlət sərhədinin Kəlbəcər və Laçın rayonları istiqamətində "
            "genişmiqyaslı təxribat törədib.",
            None,
            "Müdafiə Nazirliyinin məlumatına görə, noyabrın 16-da Ermənistan silahlı qüvvələrinin "
            "bölmələri dövlət sərhədinin…",
        ),
        (
            "По данным Министерства обороны Армении, азербайджанские подразделения открыли огонь "
            "по армянским позициям в районе Джермука, Гориса и Сотка около полуночи.",
            None,
            "По данным Министерства обороны Армении, азербайджанские подразделения открыли огонь "
            "по армянским позициям в районе…",
        ),
    ],
)
def test_shorten(text: str, claimant: str | None, expected: str) -> None:
    assert shorten(text, claimant=claimant) == expected


def test_entry_ids_are_provisional_content_ids(entries: list[Entry]) -> None:
    ids = [e.id for e in entries]
    assert len(set(ids)) == len(ids)
    assert _entry_with(entries, "Lachin Corridor").id.startswith("2021-11-13-")


@settings(max_examples=30, deadline=None)
@given(st.permutations(seed_claims()))
def test_output_does_not_depend_on_claim_order(claims: list[Claim]) -> None:
    assert build_entries(claims, STORIES, articles()) == build_entries(
        seed_claims(), STORIES, articles()
    )


@pytest.mark.parametrize(
    ("armenian", "azerbaijani"),
    [
        ("Министерство обороны Армении", "Министерство обороны Азербайджана"),
        ("Ministère de la Défense de l'Arménie", "Ministère de la Défense de l'Azerbaïdjan"),
        ("Ermənistan Müdafiə Nazirliyi", "Azərbaycan Müdafiə Nazirliyi"),
        ("Defence Ministry of Armenia", "Defence Ministry of Azerbaijan"),
    ],
)
def test_each_ministrys_own_toll_is_no_conflict(armenian: str, azerbaijani: str) -> None:
    """Two ministries named alike ("Министерство обороны ...") are two sides:
    their side is the country, not the role word both names start with."""
    claims = [
        claim("003", 1, "Погибли 15 военнослужащих.", "2022-09-13", armenian, {"killed": 15}),
        claim("003", 2, "Погибли 50 военнослужащих.", "2022-09-13", azerbaijani, {"killed": 50}),
    ]
    entries = build_entries(claims, STORIES, articles(["003"]))
    assert [c.conflict_group for e in entries for c in e.claims] == [None, None]


@pytest.mark.parametrize(
    "aside",
    [
        "Российские миротворцы не комментировали инцидент.",
        "The Lachin corridor has been blocked since December.",
    ],
)
def test_the_headline_is_of_the_entrys_type_before_the_outlets_own_voice(aside: str) -> None:
    """An unattributed aside of another type does not name an entry about casualties."""
    claims = [
        claim("003", 1, aside, "2022-09-13"),
        claim(
            "003",
            2,
            "Armenia's defence ministry said four of its soldiers were killed near Tegh.",
            "2022-09-13",
            ARM,
            {"killed": 4},
            event_type="casualties",
        ),
    ]
    (entry,) = build_entries(claims, STORIES, articles(["003"]))
    assert entry.headline.startswith("Armenia's defence ministry said four")


def test_one_claim_with_two_tolls_is_no_conflict() -> None:
    """ "Azerbaijan said it had lost a soldier, and the Karabakh army said two of
    its troops had been killed": two figures of one kind in one claim."""
    text = (
        "In August, Azerbaijan said it had lost a soldier, and the Karabakh army said two "
        "of its troops had been killed and more than a dozen wounded."
    )
    one = claim("003", 9, text, "2022-08", "Azerbaijan", {"killed": 1, "wounded": 12})
    one = dataclasses.replace(one, figures=(*one.figures, Figure("killed", 2)))
    (entry,) = build_entries([one], STORIES, articles(["003"]))
    assert entry.claims[0].conflict_group is None


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "Earlier on Tuesday, the two sides accused each other of initiating fighting.",
            "The two sides accused each other of initiating fighting.",
        ),
        (
            "The day before, Nagorno-Karabakh authorities said the road was closed.",
            "Nagorno-Karabakh authorities said the road was closed.",
        ),
        (
            "Last week, Armenia accused Azerbaijan of killing a soldier.",
            "Armenia accused Azerbaijan of killing a soldier.",
        ),
        ("In August 2022, the talks resumed.", "The talks resumed."),
        # not a date: kept; a clause that says more than its date: kept
        (
            "Conflict first broke out in the late 1980s, when both sides were under Soviet rule.",
            "Conflict first broke out in the late 1980s, when both sides were under Soviet rule.",
        ),
        (
            "The clashes, which broke out early on Tuesday, mark a flare-up.",
            "The clashes, which broke out early on Tuesday, mark a flare-up.",
        ),
        (
            "In a statement, the ministry said troops died.",
            "In a statement, the ministry said troops died.",
        ),
        # a long opening clause is content, not a dating adverbial
        (
            "After months of talks that began in Brussels last year between the leaders, they met.",
            "After months of talks that began in Brussels last year between the leaders, they met.",
        ),
    ],
)
def test_headlines_drop_an_opening_date_adverbial(text: str, headline: str) -> None:
    assert drop_leading_date(text, dt.date(2022, 9, 13)) == headline


def test_two_processes_merge_what_one_does(
    entries: list[Entry], monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    """Cells merged half in a helper process are the entries one process
    makes, with and without a cache (cold, then warm), and so are their
    digests."""
    from timeline import ids, merge, runner

    monkeypatch.setattr(runner, "SHARE_FROM", 1)
    batches = [merge.ClaimBatch.of(seed_claims())]
    bodies = {e.id: ids.body_digest(e) for e in entries}
    shared = runner.CachedRunner(None, "", workers=2)
    assert merge.merge_entries(batches, STORIES, articles(), run=shared) == (entries, bodies)
    for _ in ("cold", "warm"):
        run = runner.CachedRunner(tmp_path, "salt", workers=2)
        got = merge.merge_entries(batches, STORIES, articles(), run=run)
        run.close()
        assert got == (entries, bodies)
    cache = run.caches["entries"]
    assert cache.hits and not cache.misses


def test_the_waiting_page_writer_merges_half_of_the_cells(monkeypatch: pytest.MonkeyPatch) -> None:
    """The site's page writer, started before the pipeline, takes the second
    process's share of a merge and still ends cleanly."""
    from timeline import merge, runner
    from timeline.site import PageWriters

    monkeypatch.setattr(runner, "SHARE_FROM", 1)
    batches = [merge.ClaimBatch.of(seed_claims())]
    alone = merge.merge_entries(batches, STORIES, articles())
    writers = PageWriters(1)
    ((child, _, _),) = writers._children
    try:
        run = runner.CachedRunner(None, "", workers=2, helper=writers)
        helped = merge.merge_entries(batches, STORIES, articles(), run=run)
    finally:
        writers.close()
    assert helped == alone
    assert child.exitcode == 0


@pytest.mark.parametrize(
    ("sizes", "expected"),
    [
        ([], ([], [])),
        ([5], ([0], [])),
        ([10, 1, 1, 9], ([0, 2], [3, 1])),
        ([3, 3, 3, 3], ([0, 2], [1, 3])),
        # merging costs mostly per claim: thirty one-claim cells weigh about
        # as much as one cell of a hundred claims
        ([100] + [1] * 30, ([0], list(range(1, 31)))),
        ([100] + [1] * 40, ([0, 31, 33, 35, 37, 39], [*range(1, 31), 32, 34, 36, 38, 40])),
    ],
)
def test_cells_are_shared_out_by_work(
    sizes: list[int], expected: tuple[list[int], list[int]]
) -> None:
    from timeline.merge import cell_cost
    from timeline.runner import shares

    assert shares([cell_cost(size) for size in sizes]) == expected


# -- disputes and updates by side (sentences modelled on the eval corpus's dev split) -------


def _marked(*rows: tuple[str, str | None, dict[str, int], str]) -> list[Claim]:
    claims = [
        claim("x", n, text, "2022-09-14", claimant, figures, event_type=kind)  # type: ignore[arg-type]
        for n, (text, claimant, figures, kind) in enumerate(rows)
    ]
    return mark_conflicts(claims, "2022-09-14")


def test_two_sides_figures_for_the_same_losses_are_a_dispute() -> None:
    one, other = _marked(
        (
            "Минобороны Армении сообщило, что погибли 49 армянских военнослужащих.",
            "Минобороны Армении",
            {"killed": 49},
            "casualties",
        ),
        (
            "Минобороны Азербайджана заявило, что погибли 100 армянских военнослужащих.",
            "Минобороны Азербайджана",
            {"killed": 100},
            "casualties",
        ),
    )
    assert one.disputes == other.disputes == ("2022-09-14:killed:armenia",)
    assert one.series is None and other.series is None


def test_a_third_party_s_different_figure_is_a_dispute_the_outlet_s_is_not() -> None:
    side, third, outlet = _marked(
        (
            "Selon le ministère arménien, 49 soldats arméniens ont été tués.",
            "le ministère arménien",
            {"killed": 49},
            "casualties",
        ),
        (
            "Selon Moscou, 40 soldats arméniens ont été tués.",
            "Moscou",
            {"killed": 40},
            "casualties",
        ),
        ("Au moins 45 soldats arméniens ont été tués.", None, {"killed": 45}, "casualties"),
    )
    assert side.disputes == third.disputes == ("2022-09-14:killed:armenia",)
    assert outlet.disputes == () and outlet.conflict_group is None


def test_one_side_s_rising_toll_is_a_series_not_a_dispute() -> None:
    first, later = _marked(
        (
            "Azerbaijan's defence ministry said 50 Azerbaijani servicemen were killed.",
            "Azerbaijan's defence ministry",
            {"killed": 50},
            "casualties",
        ),
        (
            "Azerbaijan's defence ministry said 77 Azerbaijani servicemen were killed.",
            "Azerbaijan's defence ministry",
            {"killed": 77},
            "casualties",
        ),
    )
    assert first.series == later.series == "2022-09-14:killed:azerbaijan:azerbaijan"
    assert first.disputes == later.disputes == ()


def test_each_side_s_own_losses_are_no_dispute() -> None:
    armenian, azerbaijani = _marked(
        (
            "Armenia's defence ministry said 49 Armenian servicemen were killed.",
            "Armenia's defence ministry",
            {"killed": 49},
            "casualties",
        ),
        (
            "Azerbaijan's defence ministry said 50 Azerbaijani servicemen were killed.",
            "Azerbaijan's defence ministry",
            {"killed": 50},
            "casualties",
        ),
    )
    # different losses; but each blames the other: their accounts are disputed
    assert ":killed" not in " ".join((*armenian.disputes, *azerbaijani.disputes))


def test_a_side_never_disputes_itself_but_both_its_accounts_dispute_the_others() -> None:
    """Baku twice (its announcement, its denial), Yerevan once (en-46df382a29): Yerevan's
    account disputes each of Baku's; Baku's two share no dispute, and the page shows the
    three side by side in one box."""
    first, denial, armenian = _marked(
        (
            "The Azerbaijani Defense Ministry announced today that the Armenian side has "
            "violated the truce signed a few days ago, after firing at several border posts.",
            "The Azerbaijani Defense Ministry",
            {},
            "ceasefire",
        ),
        (
            "In response to the Armenian Defense Ministry's accusation of the Azerbaijani armed "
            "forces of opening fire on Armenian positions, the Azerbaijani Defense Ministry "
            "denied the accusation.",
            "the Azerbaijani Defense Ministry",
            {},
            "ceasefire",
        ),
        (
            "On the other hand, the Armenian Ministry of Defense accused the Azerbaijani armed "
            "forces of opening fire at Armenian positions, in violation of the ceasefire "
            "agreement.",
            "the Armenian Ministry of Defense",
            {},
            "ceasefire",
        ),
    )
    assert set(first.disputes) & set(armenian.disputes)
    assert set(denial.disputes) & set(armenian.disputes)
    assert not set(first.disputes) & set(denial.disputes)
    assert first.conflict_group == denial.conflict_group == armenian.conflict_group
    assert first.conflict_group == "2022-09-14:account"


def test_a_side_s_update_stays_a_series_beside_the_other_side_s_figure() -> None:
    """Yerevan: 49 dead, then 105; Baku: 50 Armenian dead. Each of Yerevan's figures
    disputes Baku's; Yerevan's two are a series and dispute nothing between them."""
    first, later, other = _marked(
        (
            "Armenia's defence ministry said 49 Armenian servicemen were killed.",
            "Armenia's defence ministry",
            {"killed": 49},
            "casualties",
        ),
        (
            "Armenia's defence ministry said 105 Armenian servicemen were killed.",
            "Armenia's defence ministry",
            {"killed": 105},
            "casualties",
        ),
        (
            "Azerbaijan's defence ministry said 50 Armenian servicemen were killed.",
            "Azerbaijan's defence ministry",
            {"killed": 50},
            "casualties",
        ),
    )
    assert first.series == later.series is not None
    assert not set(first.disputes) & set(later.disputes)
    assert set(first.disputes) & set(other.disputes)
    assert set(later.disputes) & set(other.disputes)
    assert first.conflict_group == later.conflict_group == other.conflict_group
    assert first.conflict_group == "2022-09-14:killed:armenia"


def test_two_sides_accounts_in_two_entries_of_one_day_are_one_dispute() -> None:
    """One side's shelling, the other's "violated the ceasefire": two entries
    of one day (events, ceasefire), one dispute (eval dev split, fr-781e07ea77)."""
    armenia = claim(
        "x", 4,
        "Le ministre arménien de la Défense Seïran Oganian a accusé l'Azerbaïdjan d'avoir "
        "ouvert le feu avec des armes « de gros calibre » dans la région frontalière de Tavouch.",
        "2016-04-02", "Le ministre arménien de la Défense Seïran Oganian",
        event_type="shelling", lang="fr",
    )  # fmt: skip
    azerbaijan = claim(
        "x", 5,
        "Bakou a de son côté accusé Erevan d'avoir utilisé des mortiers de 60 mm et d'avoir "
        "« violé le cessez-le-feu 125 fois ».",
        "2016-04-02", "Bakou", event_type="ceasefire", lang="fr",
    )  # fmt: skip
    entries = build_entries([armenia, azerbaijan], [])
    assert len(entries) == 2  # the clash and the ceasefire
    (one,), (other,) = (e.claims for e in entries)
    assert one.disputes and one.disputes == other.disputes


def test_a_quote_that_supports_the_sentence_before_is_one_claim_with_it() -> None:
    """Reported, then quoted: one statement, one claim with both sentences
    (seeds 000/001: the EU's call and Charles Michel's tweet)."""
    from timeline.merge import with_supporting_quotes

    call = claim(
        "000", 10, "The European Union called on both sides to cease hostilities.",
        "2021-11-16", "European Union", event_type="diplomacy",
    )  # fmt: skip
    tweet = claim(
        "000", 11,
        "“Call for urgent de-escalation and full ceasefire,” European Council President "
        "Charles Michel said on Twitter.",
        "2021-11-16", "Charles Michel, European Council President", event_type="diplomacy",
    )  # fmt: skip
    (joined,) = with_supporting_quotes([call, tweet])
    assert [q.sentence for q in joined.quotes] == [10, 11]
    assert joined.text == call.text and joined.claimant == "European Union"
    # a quote with a figure of its own is a claim of its own
    counted = dataclasses.replace(tweet, figures=(Figure("killed", 2),))
    assert len(with_supporting_quotes([call, counted])) == 2
    # so is a quote two sentences on, or of another speaker
    assert len(with_supporting_quotes([call, dataclasses.replace(tweet, quotes=(
        dataclasses.replace(tweet.quotes[0], sentence=12),))])) == 2  # fmt: skip
    other = claim("000", 11, tweet.text, "2021-11-16", "Kremlin", event_type="diplomacy")
    assert len(with_supporting_quotes([call, other])) == 2


def test_each_account_disputes_the_other_sides_account_that_answers_it() -> None:
    """Two exchanges in one article (modelled on the dev split's fr-781e07ea77 and
    en wire copy): each account is set against the other side's account told
    nearest to it, not against every account of the other side that day."""
    texts = [
        (1, "Armenia's defence ministry accused Azerbaijani forces of shelling Tavush.",
         "Armenia's defence ministry"),
        (2, "Azerbaijan's defence ministry accused Armenian forces of opening fire first.",
         "Azerbaijan's defence ministry"),
        (9, "Armenia's foreign ministry accused Azerbaijan of violating the ceasefire.",
         "Armenia's foreign ministry"),
        (10, "Azerbaijan's foreign ministry accused Armenia of a provocation.",
         "Azerbaijan's foreign ministry"),
    ]  # fmt: skip
    claims = [
        claim("x", n, text, "2016-04-02", who, event_type="armed-clash") for n, text, who in texts
    ]
    assert all(c.opposes for c in claims)
    a1, b1, a2, b2 = mark_conflicts(claims, "2016-04-02")
    assert set(a1.disputes) & set(b1.disputes) and set(a2.disputes) & set(b2.disputes)
    assert not set(a1.disputes) & set(b2.disputes)
    assert not set(a2.disputes) & set(b1.disputes)
