"""Sides: which side of the conflict a claimant speaks for, and whose losses a figure counts.

Both come from ``data/actors.yaml`` (each actor's ``side``), never from words in code:

- a claimant's side is the side of the actor it speaks for ("Azerbaijan's defence
  ministry" -> azerbaijan);
- a figure counts the losses of the side named right after its number ("12 Armenian
  servicemen", "49 армянских военнослужащих", "sept soldats azerbaïdjanais"), else of
  the figure before it in the sentence ("one Armenian soldier was killed, 13 were
  captured"), else of the claimant ("Seven servicemen died", said Azerbaijan's ministry);
  an outlet's own figure with no side named says nothing of whose losses it counts.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from .knowledge import Knowledge
from .model import EventType, Figure

#: The side of actors that are no party to the conflict (data/actors.yaml).
THIRD = "third"

#: Kinds of event whose claims, by a party naming the other party, are no account of who
#: did what: both parties say the same of a ceasefire, a meeting or a detention. A party's
#: claim of any other kind that names the other party is its account ("fatalities ...
#: following an attack by Azerbaijani forces", "Armenian forces carried out sabotage").
AGREED_TYPES: frozenset[EventType] = frozenset({"ceasefire", "diplomacy", "detention"})

#: How many words after a figure's number may name whose people it counts: the noun
#: phrase ("12 Armenian servicemen", "семь военнослужащих азербайджанской армии"), not
#: the rest of the clause ("7 soldiers killed by Armenian forces").
NOUN_PHRASE_WORDS = 3

_TOKEN = re.compile(r"\d[\d,.\u00a0\u202f ]*\d|\d|\w+(?:['’-]\w+)*")


def side_of(knowledge: Knowledge, actor: str | None) -> str | None:
    """The side an actor speaks for, or None for no actor."""
    if actor is None:
        return None
    found = knowledge.actor(actor)
    return found.side if found else None


def claimant_actor(knowledge: Knowledge, actors: Sequence[str]) -> str | None:
    """The actor a claimant speaks for: the first its words name, unless they name actors
    of two sides ("the Azerbaijani and Armenian defence ministries" speak for neither)."""
    named = {side_of(knowledge, ident) for ident in actors} - {None}
    return actors[0] if actors and len(named) == 1 else None


def _value(token: str, number_words: Mapping[str, int]) -> int | None:
    if token[0].isdigit():
        digits = re.sub(r"[^\d]", "", token)
        return int(digits) if digits else None
    return number_words.get(token.casefold())


def victim_sides(
    text: str,
    figures: Sequence[Figure],
    knowledge: Knowledge,
    fallback: str | None,
    number_words: Mapping[str, int],
) -> tuple[Figure, ...]:
    """The figures with ``side`` set to whose losses each counts (see the module's rule)."""
    if not figures:
        return tuple(figures)
    tokens = list(_TOKEN.finditer(text))
    found: list[tuple[int, int, str | None]] = []  # (position, figure index, side named)
    for index, figure in enumerate(figures):
        at = next(
            (i for i, t in enumerate(tokens) if _value(t.group(0), number_words) == figure.value),
            None,
        )
        if at is None:
            continue
        after = tokens[at + 1 : at + 1 + NOUN_PHRASE_WORDS]
        window = text[after[0].start() : after[-1].end()] if after else ""
        named = next(
            (
                side
                for ident in knowledge.find_actors(window)
                if (side := side_of(knowledge, ident)) is not None
            ),
            None,
        )
        found.append((at, index, named))
    sides: dict[int, str | None] = {}
    carried: str | None = None
    for _, index, named in sorted(found):
        carried = named or carried
        sides[index] = carried or fallback
    return tuple(
        dataclasses.replace(figure, side=sides.get(index, fallback))
        for index, figure in enumerate(figures)
    )


def opposed_side(
    knowledge: Knowledge,
    claimant_side: str | None,
    actors: Sequence[str],
    event_type: EventType,
) -> str | None:
    """The other party a party's account of what happened names ("Armenian troops
    attacked", says Azerbaijan's ministry -> armenia), or None."""
    if claimant_side in (None, THIRD) or event_type in AGREED_TYPES:
        return None
    for ident in actors:
        side = side_of(knowledge, ident)
        if side not in (None, THIRD, claimant_side):
            return side
    return None
