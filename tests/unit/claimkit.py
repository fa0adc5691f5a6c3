"""Claims built by hand from the seeds' real sentences, for merge and id tests.

Each row is what extraction should make of one sentence: one source per
claim, dated, attributed. Article ids are shortened to the seed prefix. The
claimant's actor and side, whose losses each figure counts and the other side an
account names are derived as extraction derives them (timeline.sides, with the
project's data).
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

from timeline import extract, sides
from timeline.dates import parse_edtf
from timeline.knowledge import Knowledge, load_knowledge
from timeline.model import Claim, EventType, Figure, FuzzyDate, Quote, SourceArticle, Story
from timeline.text import number_words

PUBLISHED = {
    "000": dt.date(2021, 11, 16),
    "001": dt.date(2021, 11, 16),
    "002": dt.date(2021, 11, 16),
    "003": dt.date(2022, 9, 13),
    "004": dt.date(2021, 11, 17),
}
STORIES = (
    Story("000", ("000", "001", "002"), "000", "AFP", dt.date(2021, 11, 16)),
    Story("003", ("003",), "003", None, dt.date(2022, 9, 13)),
    Story("004", ("004",), "004", None, dt.date(2021, 11, 17)),
)
STORY_OF = {m: s.id for s in STORIES for m in s.members}
ARM = "Armenia's defence ministry"
AZE = "Azerbaijan's defence ministry"


def date(value: str) -> FuzzyDate:
    """EDTF, optionally followed by a part of day: ``"2021-11-16 evening"``."""
    edtf, _, part = value.partition(" ")
    parsed = parse_edtf(edtf)
    if part:
        return FuzzyDate(parsed.start, parsed.end, parsed.edtf, parsed.precision, part)
    return parsed


@functools.cache
def _knowledge() -> Knowledge:
    return load_knowledge(Path(__file__).resolve().parents[2] / "data")[0]


def claim(
    source: str,
    sentence: int,
    text: str,
    when: str,
    claimant: str | None = None,
    figures: dict[str, int] | None = None,
    places: tuple[str, ...] = (),
    event_type: EventType = "background",
    said_on: str | None = None,
    actors: tuple[str, ...] = (),
    lang: str = "en",
) -> Claim:
    knowledge = _knowledge()
    named = knowledge.find_actors(claimant) if claimant else ()
    actor = sides.claimant_actor(knowledge, named)
    side = sides.side_of(knowledge, actor)
    found = tuple(sorted(Figure(k, v) for k, v in (figures or {}).items()))
    return Claim(
        text=text,
        date=date(when),
        claimant=claimant,
        sources=(source,),
        quotes=(Quote(source, sentence, text),),
        figures=sides.victim_sides(text, found, knowledge, side, number_words(lang)),
        places=places,
        actors=actors,
        said_on=date(said_on) if said_on else None,
        event_type=event_type,
        claimant_actor=actor,
        claimant_side=side,
        opposes=sides.opposed_side(
            knowledge,
            side,
            (*named, *knowledge.find_actors(text)),
            event_type,
            *extract._account_words(text, lang),
        ),
    )


def articles(ids: Any = None) -> dict[str, SourceArticle]:
    chosen = sorted(ids or PUBLISHED)
    return {
        i: SourceArticle(
            id=i,
            file=f"seeds/{i}.txt",
            content_hash=i,
            headline=None,
            published=PUBLISHED[i],
            published_from="header",
            story=STORY_OF[i],
        )
        for i in chosen
    }


def stories_for(ids: Any) -> tuple[Story, ...]:
    keep = set(ids)
    out = []
    for s in STORIES:
        members = tuple(m for m in s.members if m in keep)
        if members:
            out.append(Story(members[0], members, members[0], s.wire, PUBLISHED[members[0]]))
    return tuple(out)


D16 = "2021-11-16"
LACHIN = ("Kelbajar", "Lachin")

# fmt: off
SEED_CLAIMS: tuple[Claim, ...] = (
    # --- 000 (AFP) ---
    claim("000", 0, "Armenia on Tuesday reported deaths and the loss of military positions in border clashes with Azerbaijani troops, a year after the arch-foes fought a war over the disputed Nagorno Karabakh region.", D16, None, event_type="armed-clash", places=("Nagorno-Karabakh",)),  # noqa: E501
    claim("000", 1, "The six-week conflict, which left more than 6,500 dead, ended last November in a Russian-brokered deal that saw Armenia cede swathes of territory it had controlled for decades.", "2020-11", None, {"killed": 6500}),  # noqa: E501
    claim("000", 2, "Armenia’s defence ministry said on Tuesday that “there are fatalities and wounded among Armenian troops as a result of fighting that erupted following an attack by Azerbaijani forces”.", D16, ARM, event_type="casualties"),  # noqa: E501
    claim("000", 4, "The ministry reported later in the evening that 12 Armenian servicemen were captured by the Azerbaijani military.", D16 + " evening", ARM, {"captured": 12}, event_type="detention"),  # noqa: E501
    claim("000", 5, "Earlier on Tuesday, the two sides accused each other of initiating fighting along their shared border.", D16, None, event_type="armed-clash"),  # noqa: E501
    claim("000", 6, "“Armenian troops attacked Azerbaijani positions in the districts of Kelbajar and Lachin,” Azerbaijan’s defence ministry said in a statement, adding that two Azerbaijani troops were wounded.", D16, AZE, {"wounded": 2}, LACHIN, "armed-clash"),  # noqa: E501
    claim("000", 14, "Armenia appealed to ally Russia for military support under the Collective Security Treaty Organisation pact, which obliges Moscow to protect it in the event of a foreign invasion.", D16, "Armenia", event_type="diplomacy"),  # noqa: E501
    claim("000", 19, "On Sunday, they traded accusations of opening fire at their border near Karabakh.", "2021-11-14", None, places=("Nagorno-Karabakh",), event_type="armed-clash"),  # noqa: E501
    claim("000", 20, "The day before, Nagorno-Karabakh authorities said the only road connecting Armenia to the separatist territory — the Lachin Corridor — was briefly closed due to an incident between the two sides.", "2021-11-13", "Nagorno-Karabakh authorities", places=("Lachin",)),  # noqa: E501
    claim("000", 21, "Ethnic Armenian separatists in Nagorno-Karabakh broke away from Azerbaijan as the Soviet Union collapsed in 1991, and the ensuing conflict claimed around 30,000 lives.", "1991", None, {"killed": 30000}, ("Nagorno-Karabakh",)),  # noqa: E501
    # --- 001 (AFP rewritten, no credit) ---
    claim("001", 0, "Armenia on Tuesday reported deaths and loss of military positions in border clashes with Azerbaijani troops, a year after sworn enemies waged war in the disputed Nagorno-Karabakh region.", D16, None, event_type="armed-clash", places=("Nagorno-Karabakh",)),  # noqa: E501
    claim("001", 1, "The six-week conflict, which has claimed more than 6,500 lives, ended last November with a deal brokered by Russia that saw Armenia cede swathes of territory it had controlled for decades.", "2020-11", None, {"killed": 6500}),  # noqa: E501
    claim("001", 2, "The Armenian Defense Ministry said on Tuesday that “there are dead and wounded among Armenian troops as a result of the fighting which broke out following an attack by Azerbaijani forces.”", D16, "The Armenian Defense Ministry", event_type="casualties"),  # noqa: E501
    claim("001", 4, "The ministry reported later that evening that 12 Armenian servicemen had been captured by the Azerbaijani army.", D16 + " evening", "The Armenian Defense Ministry", {"captured": 12}, event_type="detention"),  # noqa: E501
    claim("001", 5, "Earlier on Tuesday, the two sides accused each other of starting fighting along their shared border.", D16, None, event_type="armed-clash"),  # noqa: E501
    claim("001", 6, "“Armenian troops attacked Azerbaijani positions in Kelbajar and Lachin districts,” Azerbaijani Defense Ministry said in a statement, adding that two Azerbaijani soldiers were injured.", D16, "Azerbaijani Defense Ministry", {"wounded": 2}, LACHIN, "armed-clash"),  # noqa: E501
    claim("001", 14, "Armenia has called for allying with Russia to gain military support under the Collective Security Treaty Organization pact, which requires Moscow to protect it in the event of a foreign invasion.", D16, "Armenia", event_type="diplomacy"),  # noqa: E501
    claim("001", 19, "On Sunday, they exchanged accusations of opening fire at their border near Karabakh.", "2021-11-14", None, places=("Nagorno-Karabakh",), event_type="armed-clash"),  # noqa: E501
    claim("001", 20, "The day before, the Nagorno-Karabakh authorities had said that the only road connecting Armenia to the separatist territory – the Lachin Corridor – had been briefly closed due to an incident between the two sides.", "2021-11-13", "the Nagorno-Karabakh authorities", places=("Lachin",)),  # noqa: E501
    claim("001", 21, "The Armenian ethnic separatists in Nagorno-Karabakh split from Azerbaijan when the Soviet Union collapsed in 1991, and the ensuing conflict left an estimated 30,000 dead.", "1991", None, {"killed": 30000}, ("Nagorno-Karabakh",)),  # noqa: E501
    # --- 002 (AFP extended with the ceasefire) ---
    claim("002", 0, "Armenia and Azerbaijan on Tuesday reached a Russia-brokered ceasefire, ending hostilities that erupted earlier in the day along their border, the defense ministry in Yerevan said.", D16, "the defense ministry in Yerevan", event_type="ceasefire"),  # noqa: E501
    claim("002", 2, "The six-week conflict, which left more than 6,500 dead, ended a year ago in November in a Russia-brokered deal that saw Armenia cede swathes of territory it had controlled for decades.", "2020-11", None, {"killed": 6500}),  # noqa: E501
    claim("002", 3, "\"Under the mediation of the Russian side, an agreement was reached to cease fire at Armenia's eastern border from 18:30 (1430 GMT).", "2021-11-16T18:30", "the Armenian defense ministry", event_type="ceasefire"),  # noqa: E501
    claim("002", 5, "The ministry said at least one of its soldier died in the clashes and that Armenia had \"lost control of two military positions.\"", D16, "the Armenian defense ministry", {"killed": 1}, event_type="casualties"),  # noqa: E501
    claim("002", 6, "It also reported that 12 Armenian servicemen were captured by the Azerbaijani military.", D16, "the Armenian defense ministry", {"captured": 12}, event_type="detention"),  # noqa: E501
    claim("002", 7, "The two sides accused each other of initiating fighting along their shared border.", D16, None, event_type="armed-clash"),  # noqa: E501
    claim("002", 8, "\"Armenian troops attacked Azerbaijani positions in the districts of Kelbajar and Lachin,\" Azerbaijan's defense ministry said in a statement, adding that two Azerbaijani troops were wounded.", D16, "Azerbaijan's defense ministry", {"wounded": 2}, LACHIN, "armed-clash"),  # noqa: E501
    claim("002", 13, "Armenia appealed to ally Russia for military support under the Collective Security Treaty Organization pact, which obliges Moscow to protect it in the event of a foreign invasion.", D16, "Armenia", event_type="diplomacy"),  # noqa: E501
    claim("002", 23, "On Sunday, they traded accusations of opening fire at their border near Karabakh.", "2021-11-14", None, places=("Nagorno-Karabakh",), event_type="armed-clash"),  # noqa: E501
    claim("002", 24, "The day before, Nagorno-Karabakh authorities said the only road connecting Armenia to the separatist territory — the Lachin Corridor — was briefly closed due to an incident between the two sides.", "2021-11-13", "Nagorno-Karabakh authorities", places=("Lachin",)),  # noqa: E501
    claim("002", 25, "Ethnic Armenian separatists in Nagorno-Karabakh broke away from Azerbaijan as the Soviet Union collapsed in 1991, and the ensuing conflict claimed around 30,000 lives.", "1991", None, {"killed": 30000}, ("Nagorno-Karabakh",)),  # noqa: E501
    # --- 003 (2022) ---
    claim("003", 1, "The clashes, which broke out early on Tuesday, mark the latest flare-up between the two countries, who fought a war in 2020 over the Karabakh region.", "2022-09-13", None, places=("Nagorno-Karabakh",), event_type="armed-clash"),  # noqa: E501
    claim("003", 3, "In a statement, Armenia’s defence ministry said Azerbaijan launched “intensive shelling” against Armenian military positions in the direction of the cities of Goris, Sok, and Jermuk at 00:05 am (20:05 GMT) on Tuesday.", "2022-09-13T00:05", ARM, places=("Goris", "Jermuk", "Sok"), event_type="shelling"),  # noqa: E501
    claim("003", 5, "But Azerbaijan’s defence ministry accused Armenia of “large-scale subversive acts” near the districts of Dashkesan, Kelbajar, and Lachin on the border, adding that its army positions “came under fire, including from trench mortars”.", "2022-09-13", AZE, places=("Dashkesan", "Kelbajar", "Lachin"), event_type="armed-clash"),  # noqa: E501
    claim("003", 8, "Last week, Armenia accused Azerbaijan of killing one of its soldiers in a border attack.", "2022-09-05/2022-09-11", "Armenia", {"killed": 1}, event_type="casualties"),  # noqa: E501
    claim("003", 10, "Conflict first broke out in the late 1980s, when both sides were under Soviet rule and Armenian forces captured swathes of territory near Karabakh, long recognized internationally as Azerbaijan’s territory.", "198X", None, places=("Nagorno-Karabakh",)),  # noqa: E501
    claim("003", 13, "More than 6,500 people lost their lives in the six-week war.", "2020-11", None, {"killed": 6500}),  # noqa: E501
    # --- 004 (TRT World, next day) ---
    claim("004", 0, "Seven Azerbaijani troops have been killed in border clashes with Armenia near the Karabakh region.", D16, None, {"killed": 7}, ("Nagorno-Karabakh",), "casualties"),  # noqa: E501
    claim("004", 1, "\"Seven servicemen died and 10 more were wounded in the clashes provoked Tuesday by Armenia,\" Azerbaijan's defence ministry said on Wednesday, adding that the situation at the border \"stabilised on Tuesday evening.\"", D16, AZE, {"killed": 7, "wounded": 10}, event_type="casualties", said_on="2021-11-17"),  # noqa: E501
    claim("004", 3, "Armenia's defence ministry said one Armenian soldier was killed, 13 were captured by Azerbaijani forces and 24 more servicemen were missing.", D16, ARM, {"killed": 1, "captured": 13, "missing": 24}, event_type="casualties", said_on="2021-11-17"),  # noqa: E501
    claim("004", 4, "It said \"the situation at the border's eastern sector was relatively calm and a ceasefire agreement was being respected\" on Wednesday morning.", "2021-11-17 morning", ARM, event_type="ceasefire"),  # noqa: E501
    claim("004", 9, "A ceasefire was reached Tuesday evening following mediation by Russia's Defence Minister Sergey Shoygu.", D16 + " evening", None, event_type="ceasefire"),  # noqa: E501
    claim("004", 11, "The conflict, which left more than 6,500 dead, ended in November 2020 in a Russian-brokered deal that saw Armenia cede swathes of territory it had occupied for decades.", "2020-11", None, {"killed": 6500}),  # noqa: E501
)
# fmt: on


def seed_claims(ids: Any = None) -> list[Claim]:
    keep = set(ids or PUBLISHED)
    return [c for c in SEED_CLAIMS if c.sources[0] in keep]
