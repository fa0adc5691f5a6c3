"""The timeline's data model: frozen dataclasses passed from stage to stage.

The pipeline (each stage a pure function in its own module):

    ingest.read_seeds(files, metadata)        -> list[SourceArticle]   (+ problems)
    stories.cluster_stories(articles)         -> list[Story]; undated copies dated
    extract.extract_claims(article, knowledge)-> list[Claim]           (one source each)
    merge.build_entries(claims, stories)      -> list[Entry]           (claims merged)
    ids.assign_ids(entries, registry)         -> entries with stable ids, redirects
    export / render / feeds                   -> files

Nothing in this module knows about Pelican.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, get_args

from .names import visible

Precision = Literal["time", "day", "week", "month", "year", "decade", "interval"]
#: ``"anchor"``: no publication date at all; the day is one an undated article is read as of
#: (``undated.anchors``), never published, so that how far before it a weekday falls is
#: unknown
PublishedFrom = Literal["header", "dateline", "metadata", "scraper", "url", "inferred", "anchor"]
Severity = Literal["error", "warning", "note"]
Status = Literal["ok", "warning", "error"]
EventType = Literal[
    "armed-clash",
    "shelling",
    "ceasefire",
    "diplomacy",
    "detention",
    "casualties",
    "background",
]
EVENT_TYPES: tuple[EventType, ...] = get_args(EventType)
PRECISION_RANK: dict[Precision, int] = {
    "time": 0,
    "day": 1,
    "week": 2,
    "month": 3,
    "interval": 4,
    "year": 5,
    "decade": 6,
}


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input, reported to the maintainer.

    ``str(problem)`` reads ``seeds/x.txt:3: no date found; add "published:" ...``.
    ``severity == "error"`` means the file could not be used at all;
    ``"warning"`` means it was used, with the stated repair. ``--strict`` fails
    the build on either. A ``"note"`` records how a value was obtained (a
    publication date inferred from a copy): shown, never a failure.
    """

    file: str
    line: int | None
    message: str
    hint: str = ""
    severity: Severity = "error"

    @property
    def sort_key(self) -> tuple[str, int, str, str, str]:
        return (self.file, self.line or 0, self.message, self.hint, self.severity)

    def __lt__(self, other: Problem) -> bool:
        return self.sort_key < other.sort_key

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        tail = f"; {self.hint}" if self.hint else ""
        return f"{where}: {self.message}{tail}"


@dataclass(frozen=True, order=True)
class FuzzyDate:
    """A date known to some precision, written as EDTF.

    ``start``/``end`` are the first and last day the value covers (equal for a
    day or a time), so any two values can be ordered and compared for overlap.
    ``edtf`` examples: ``2021-11-16``, ``2020-11``, ``1991``, ``198X``,
    ``2022-04/2022-05``, ``2022-09-05/2022-09-11``, ``2021-11-16T18:30``,
    ``2021-11-16T14:30Z``.
    ``part_of_day`` keeps "evening", "morning", ... for a day-precision value, and
    "night" for the night into a day ("в ночь на 13 сентября": ``2022-09-12/2022-09-13``).
    """

    start: dt.date
    end: dt.date
    edtf: str
    precision: Precision
    part_of_day: str | None = None

    def contains(self, other: FuzzyDate) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: FuzzyDate) -> bool:
        return self.start <= other.end and other.start <= self.end

    @property
    def sort_key(self) -> tuple[dt.date, dt.date, str]:
        return (self.start, self.end, self.edtf)


@dataclass(frozen=True)
class DateMention:
    """One date expression found in a sentence, resolved.

    ``anchor`` says what it was resolved against: ``abs`` (written out in
    full), ``pub`` (the article's publication date) or ``prev`` (the date the
    text mentioned last).
    """

    text: str
    start: int
    end: int
    value: FuzzyDate
    kind: str
    anchor: Literal["abs", "pub", "prev"]


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article's cleaned text; ``index`` is its anchor (``#s3``)."""

    index: int
    paragraph: int
    text: str


_TITLE_WORDS = 14


@dataclass(frozen=True)
class SourceArticle:
    """One seed file, read and cleaned. Every piece of boilerplate that carries
    information is kept here as metadata, never in ``paragraphs``."""

    id: str
    file: str
    content_hash: str
    headline: str | None
    published: dt.date | None
    published_from: PublishedFrom | None
    outlet: str | None = None
    wire: str | None = None
    author: str | None = None
    language: str = "en"
    url: str | None = None
    notes: str | None = None
    cites: tuple[str, ...] = ()
    dateline_place: str | None = None  # "YEREVAN —" at the start of the text
    # the month of publication (EDTF "2022-12") when nothing gives the day ("date 2022-12")
    published_month: str | None = None
    paragraphs: tuple[str, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    problems: tuple[Problem, ...] = ()
    story: str | None = None

    @property
    def status(self) -> Status:
        if any(p.severity == "error" for p in self.problems):
            return "error"
        if any(p.severity == "warning" for p in self.problems):
            return "warning"
        return "ok"

    @property
    def title(self) -> str:
        """The headline, or one made from the lede when the page has none:
        its first sentence, cut at a word boundary."""
        if self.headline:
            return self.headline
        if not self.sentences:
            return visible(self.file)
        words = self.sentences[0].text.split()
        if len(words) <= _TITLE_WORDS:
            return " ".join(words)
        return " ".join(words[:_TITLE_WORDS]).rstrip(",;:—–-") + "…"

    @property
    def usable(self) -> bool:
        """Has text and a publication date: can yield claims."""
        return bool(self.sentences) and self.published is not None


@dataclass(frozen=True)
class Story:
    """Articles that are copies or rewrites of one story.

    ``origin`` is the earliest dated member (ties: smallest id); ``wire`` the
    agency credited by any member. Copies corroborate nothing beyond it.
    """

    id: str
    members: tuple[str, ...]
    origin: str
    wire: str | None
    published: dt.date | None


@dataclass(frozen=True, order=True)
class Figure:
    """A number in a claim: ``Figure("killed", 6500, "more than")``."""

    kind: str
    value: int
    qualifier: str | None = None
    side: str | None = None  # whose losses it counts: the side of the victims, when known


@dataclass(frozen=True)
class Quote:
    """The exact sentence of a source that states a claim."""

    source: str
    sentence: int
    text: str


@dataclass(frozen=True)
class Claim:
    """A dated statement, attributed. ``claimant`` is None when the outlet
    states it itself. ``said_on`` is set when the claim was made on another
    date than the one it describes."""

    text: str
    date: FuzzyDate
    claimant: str | None
    sources: tuple[str, ...]
    quotes: tuple[Quote, ...]
    figures: tuple[Figure, ...] = ()
    places: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    said_on: FuzzyDate | None = None
    date_inherited: bool = False
    event_type: EventType = "background"
    conflict_group: str | None = None  # claims sharing it disagree: show side by side
    claimant_actor: str | None = None  # the actor of data/actors.yaml the claimant speaks for
    claimant_side: str | None = None  # that actor's side of the conflict
    disputes: tuple[str, ...] = ()  # every dispute the claim is part of (conflict_group: first)
    series: str | None = None  # one side's successive figures for the same losses
    opposes: str | None = None  # a side's account of a clash that names the other side
    # whether the sentence names its speaker itself (False: the speaker of the sentences
    # around it, a span's, is taken): only a named speaker's side is set against another
    speaker_named: bool = True
    # whether the account denies the other side's (its pack's ``denial`` words: "refuted",
    # "не соответствует действительности", "dezenformasyon"): it answers every account of
    # the other side its article tells of that day, not only the nearest
    denies: bool = False


@dataclass(frozen=True)
class UndatedClaim:
    """A claim of an article nothing dates that needs a publication date to be dated
    ("on Tuesday"): its sentence, who says it and its figures, kept and listed, never
    placed on the timeline (undated.py)."""

    text: str
    sentence: int
    claimant: str | None = None
    claimant_actor: str | None = None
    claimant_side: str | None = None
    figures: tuple[Figure, ...] = ()
    # as Claim's: the pairs it disputes, the box pages show it in, a side's updates
    disputes: tuple[str, ...] = ()
    conflict_group: str | None = None
    series: str | None = None


@dataclass(frozen=True)
class Entry:
    """One happening on the timeline, with every claim about it."""

    id: str
    date: FuzzyDate
    headline: str
    type: EventType
    claims: tuple[Claim, ...]
    sources: tuple[str, ...]
    places: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Redirect:
    old: str
    new: str


#: A side of the conflict: a party named in data/actors.yaml, or "third".
Side = str


@dataclass(frozen=True)
class PersonInfo:
    """What pages show of one of an actor's people (data/actors.yaml ``people``):
    the name as the data write it, the name per page language where its script
    differs ("Никол Пашинян"), the title per page language."""

    name: str
    names: Mapping[str, str] = field(default_factory=dict)
    title: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ActorInfo:
    """What pages show of an actor of data/actors.yaml: its name per language
    and the side it speaks for."""

    id: str
    side: str
    name: Mapping[str, str]
    # body id -> its name per page language (data/actors.yaml ``bodies``)
    bodies: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # its people (data/actors.yaml ``people``), in the data's order
    people: tuple[PersonInfo, ...] = ()

    def display(self, lang: str) -> str:
        return self.name.get(lang) or self.name.get("en") or self.id


@dataclass(frozen=True)
class Timeline:
    """Everything a build produces before rendering."""

    sources: tuple[SourceArticle, ...]
    stories: tuple[Story, ...]
    entries: tuple[Entry, ...]
    redirects: tuple[Redirect, ...]
    problems: tuple[Problem, ...]
    # place id -> language -> name, from the gazetteer (data/gazetteer.yaml)
    place_names: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # actor id -> what pages show of it, from data/actors.yaml
    actors: Mapping[str, ActorInfo] = field(default_factory=dict)
    # claimant (as a claim gives it) -> ids of the actors it names
    # (knowledge.Knowledge.find_actors): whose account a claim is
    claimant_actors: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # claimant -> (the actor it names, or None for the claim's own, the body it is):
    # a claimant that is only a body of an actor ("Минобороны Азербайджана"), shown by
    # the body's name in the page's language (timeline.bodies)
    claimant_bodies: Mapping[str, tuple[str | None, str]] = field(default_factory=dict)
    # claimant -> (actor id, index of the person in its ``people``, the languages its
    # title is in): a claimant that is a known person's "Name, Title" or name,
    # shown by the name and title in the page's language (timeline.people)
    claimant_people: Mapping[str, tuple[str, int, tuple[str, ...]]] = field(default_factory=dict)
    # source id -> the claims of an undated article that need its date (undated.py)
    undated: Mapping[str, tuple[UndatedClaim, ...]] = field(default_factory=dict)
    # entry id -> ids.entry_digest of the entry, made as entries are merged
    # (the pipeline gives every entry's; the pages compute any left out)
    entry_digests: Mapping[str, bytes] = field(default_factory=dict, repr=False)
    # the registry file's new text, to be written once the build succeeds;
    # None when it must be left as it is (it was read with problems)
    registry_text: str | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class HandWrittenPage:
    """A page of ``content/`` (about, method), read by Pelican, in one language."""

    slug: str
    lang: str
    title: str
    html: str
