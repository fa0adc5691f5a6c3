"""What an entry says at a glance: each side's account, from its claims.

``summarize(entry, ...)`` is a pure function from an entry (and the tables of
actors the timeline carries) to an :class:`EntrySummary`: who speaks for
which side, what each side reports happened (types of event, its lead
statement), each side's figures as a series of successive values (``12 →
13 captured``), which figures the sides dispute (the disputes merging
marked), and how many independent sources report it. Nothing here is prose:
the pages put the structure into words with the interface catalogs
(``html.summary_html``), so the summary is in the page's language.

A claim's side is its claimant's: the side extraction gave it
(``Claim.claimant_side``, from data/actors.yaml), else that of the actors
``Knowledge.find_actors`` finds in the claimant (``Timeline.claimant_actors``).
A claim that names actors of both sides ("Armenia and Azerbaijan") is a joint
account (``both``); a claim with no
claimant is the outlet's own (``reports``); a claimant naming no known actor
is ``other``. A better attribution can feed the same structure.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .model import ActorInfo, Claim, Entry, EventType, FuzzyDate, PersonInfo

#: Accounts that are no party's: shown after the parties' accounts, in this
#: order. The parties are this conflict's (``parties``, from data/actors.yaml).
OTHER_SIDES = ("both", "third", "other", "reports")
#: The side of an actor that speaks for no party (data/actors.yaml).
THIRD = "third"

_PARTIES: dict[int, tuple[Mapping[str, ActorInfo], tuple[str, ...]]] = {}


def parties(actors: Mapping[str, ActorInfo]) -> tuple[str, ...]:
    """The sides that are parties to the conflict: every actor's side but
    ``third``, in the order data/actors.yaml first gives them (worked out
    once per table)."""
    known = _PARTIES.get(id(actors))
    if known is not None and known[0] is actors:
        return known[1]
    found = tuple(dict.fromkeys(a.side for a in actors.values() if a.side != THIRD))
    _PARTIES.clear()  # one timeline at a time
    _PARTIES[id(actors)] = (actors, found)
    return found


def sides_in_order(actors: Mapping[str, ActorInfo]) -> tuple[str, ...]:
    """The order accounts are shown in: the parties', then ``OTHER_SIDES``."""
    return (*parties(actors), *OTHER_SIDES)


#: Event types that say what happened (background says what happened before).
_EVENTS: tuple[EventType, ...] = (
    "armed-clash",
    "shelling",
    "casualties",
    "detention",
    "ceasefire",
    "diplomacy",
)


#: How the parts of one value are written ("4 + 2", never broken across lines).
PARTS_JOIN = "\u00a0+\u00a0"
#: One count as a claim gives it: its value and qualifier ("at least").
Part = tuple[int, str | None]


@dataclass(frozen=True)
class FigureSeries:
    """One kind of figure as a side gives it: successive distinct values, each the
    counts one claim gives of it (``((12, None),), ((13, None),)``: "12 → 13"; a claim
    that counts two groups of the same losses, "four soldiers and two civilians died",
    gives one value of two parts, "4 + 2", never a series "4 → 2"), the side whose people
    they count when known, and whether another side gives a different value."""

    kind: str
    values: tuple[tuple[Part, ...], ...]
    victims: str | None = None
    disputed: bool = False

    @property
    def last(self) -> tuple[int, ...]:
        """The latest value's parts (``(13,)``, ``(4, 2)``)."""
        return tuple(value for value, _ in self.values[-1])


@dataclass(frozen=True)
class Account:
    """What one side says: its speakers (claimants, most frequent first),
    the types of event its claims report, its lead statement (the first
    claim of its main speaker that reports an event), its figures."""

    side: str
    claimants: tuple[str | None, ...]
    types: tuple[EventType, ...]
    lead: Claim | None
    figures: tuple[FigureSeries, ...]
    claims: tuple[Claim, ...]  # in the entry's order

    def by_claimant(self) -> list[tuple[str | None, list[Claim]]]:
        """The claims by claimant, speakers in the order of ``claimants``."""
        return [(c, [x for x in self.claims if x.claimant == c]) for c in self.claimants]


@dataclass(frozen=True)
class EntrySummary:
    date: FuzzyDate
    type: EventType
    places: tuple[str, ...]
    accounts: tuple[Account, ...]
    disputed: tuple[str, ...]  # figure kinds the sides give different values of
    stories: int  # independent sources
    articles: int


def actor_table(knowledge: object) -> dict[str, ActorInfo]:
    """``Timeline.actors`` from a ``knowledge.Knowledge``."""
    return {
        a.id: ActorInfo(
            a.id,
            a.side,
            dict(a.name),
            {b: dict(n) for b, n in a.bodies.items()},
            tuple(PersonInfo(p.name, dict(p.names), dict(p.title)) for p in a.people),
        )
        for a in getattr(knowledge, "actors", ())
    }


def claimant_table(knowledge: object, entries: Iterable[Entry]) -> dict[str, tuple[str, ...]]:
    """``Timeline.claimant_actors``: the actors each claimant of ``entries`` names."""
    find = knowledge.find_actors  # type: ignore[attr-defined]
    names = {c.claimant for e in entries for c in e.claims if c.claimant}
    return {name: tuple(find(name)) for name in sorted(names)}


def side_of(
    claimant: str | None,
    actors: Mapping[str, ActorInfo],
    claimant_actors: Mapping[str, tuple[str, ...]],
) -> str:
    """The side a claimant speaks for (one of ``sides_in_order(actors)``)."""
    if claimant is None:
        return "reports"
    sides = [actors[a].side for a in claimant_actors.get(claimant, ()) if a in actors]
    if not sides:
        return "other"
    known = parties(actors)
    named = {s for s in sides if s in known}
    if len(named) > 1:
        return "both"
    if named and sides[0] in known:
        return sides[0]
    return THIRD if sides[0] == THIRD else next(iter(named))


def summarize(
    entry: Entry,
    actors: Mapping[str, ActorInfo],
    claimant_actors: Mapping[str, tuple[str, ...]],
    stories: int,
) -> EntrySummary:
    """The summary of ``entry``; ``stories`` is its count of independent sources."""
    by_side: dict[str, list[Claim]] = {}
    for claim in entry.claims:
        side = claim.claimant_side or side_of(claim.claimant, actors, claimant_actors)
        by_side.setdefault(side, []).append(claim)
    series = {side: _series(claims) for side, claims in by_side.items()}
    # the figures merging found the sides to dispute (merge.mark_conflicts)
    disputed_keys = {
        (figure.kind, figure.side)
        for claim in entry.claims
        for figure in claim.figures
        if any(
            name.partition("#")[0].endswith(
                f":{figure.kind}:{figure.side}" if figure.side else f":{figure.kind}"
            )
            for name in claim.disputes
        )
    }
    accounts = []
    for side in sides_in_order(actors):
        if not by_side.get(side):
            continue
        claims = by_side[side]
        figures = tuple(
            FigureSeries(f.kind, f.values, f.victims, (f.kind, f.victims) in disputed_keys)
            for f in series[side]
        )
        accounts.append(_account(side, claims, figures))
    return EntrySummary(
        date=entry.date,
        type=entry.type,
        places=entry.places,
        accounts=tuple(accounts),
        disputed=tuple(sorted({kind for kind, _ in disputed_keys})),
        stories=stories,
        articles=len(entry.sources),
    )


def _account(side: str, claims: Sequence[Claim], figures: tuple[FigureSeries, ...]) -> Account:
    speakers = Counter(c.claimant for c in claims)
    order = {c.claimant: n for n, c in reversed(list(enumerate(claims)))}
    claimants = tuple(sorted(speakers, key=lambda s: (-speakers[s], order[s])))
    types = Counter(c.event_type for c in claims if c.event_type in _EVENTS)
    main = claimants[0]
    reporting = [c for c in claims if c.event_type in _EVENTS]
    lead = next((c for c in reporting if c.claimant == main), None) or (
        reporting[0] if reporting else claims[0]
    )
    return Account(
        side=side,
        claimants=claimants,
        types=tuple(sorted(types, key=lambda t: (-types[t], _EVENTS.index(t)))),
        lead=lead,
        figures=figures,
        claims=tuple(claims),
    )


def _series(claims: Sequence[Claim]) -> list[FigureSeries]:
    """Each kind of figure (and whose people it counts: ``Figure.side``) with its
    successive distinct values, in the order the claims give them: the counts one claim
    gives of one kind and side are the parts of one value, not a series."""
    found: dict[tuple[str, str | None], list[tuple[Part, ...]]] = {}
    for claim in claims:
        parts: dict[tuple[str, str | None], list[Part]] = {}
        for figure in claim.figures:
            given = parts.setdefault((figure.kind, figure.side), [])
            if all(v != figure.value for v, _ in given):
                given.append((figure.value, figure.qualifier))
        for key, given in parts.items():
            values = found.setdefault(key, [])
            step = tuple(given)
            if all([v for v, _ in s] != [v for v, _ in step] for s in values):
                values.append(step)
    return [FigureSeries(kind, tuple(values), victims) for (kind, victims), values in found.items()]
