"""Which known person a claimant is, and the person's name and title in a page's language.

A claimant that names a known speaker of ``data/actors.yaml`` (``people``) is written
by the reading as the person's name and title in the language of its article
("Artsrun Hovhannisyan, ՊՆ ներկայացուցիչ"), or in English where the data give no title
in that language ("Artsrun Hovhannisyan, Armenian defence ministry representative" read
from an Azerbaijani article), or as the bare name. The claimant's words are kept (the
scorer reads them); a page shows the person by the name and title in the page's
language where the data give them (``title``; the name in the page's script where
``names`` gives it), else the claimant's own words, marked with the language its title
is in, never with one it is not in (an English title read from an Azerbaijani article
is marked English, on the Azerbaijani page too).

Read once per claimant (``Timeline.claimant_people``), shown by the pages, feeds and
exports alike (``shown``).

>>> from timeline.model import ActorInfo, PersonInfo
>>> person = PersonInfo("Nikol Pashinyan", {"ru": "Никол Пашинян"},
...                     {"en": "Armenian Prime Minister", "ru": "премьер-министр Армении"})
>>> actors = {"armenia": ActorInfo("armenia", "armenia", {"en": "Armenia"}, {}, (person,))}
>>> table = claimant_people(actors, ["Nikol Pashinyan, премьер-министр Армении", "Baku"])
>>> table
{'Nikol Pashinyan, премьер-министр Армении': ('armenia', 0, ('ru',))}
>>> shown("Nikol Pashinyan, премьер-министр Армении", "ru", table, actors, "en")
('Nikol Pashinyan, Armenian Prime Minister', None)
>>> shown("Nikol Pashinyan, премьер-министр Армении", "ru", table, actors, "fr")
('Никол Пашинян, премьер-министр Армении', 'ru')
>>> shown("Baku", "ru", table, actors, "en") is None
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from .bodies import body_name
from .i18n import seed_text
from .model import ActorInfo, Entry, Timeline

#: claimant -> (actor id, index of the person among its people, languages of its title)
People = Mapping[str, tuple[str, int, tuple[str, ...]]]


def _written(actors: Mapping[str, ActorInfo]) -> dict[str, tuple[str, int, tuple[str, ...]]]:
    """Every way the reading writes a known person (the name, "Name, Title" with a title
    of any language) -> the person and the languages of that title; the first person of
    the data so written wins."""
    forms: dict[str, tuple[str, int, tuple[str, ...]]] = {}
    for ident, actor in actors.items():
        for number, person in enumerate(actor.people):
            forms.setdefault(person.name, (ident, number, ()))
            langs: dict[str, list[str]] = {}
            for lang, title in person.title.items():
                langs.setdefault(title, []).append(lang)
            for title, written in langs.items():
                forms.setdefault(f"{person.name}, {title}", (ident, number, tuple(sorted(written))))
    return forms


def claimant_people(
    actors: Mapping[str, ActorInfo], claimants: Iterable[str]
) -> dict[str, tuple[str, int, tuple[str, ...]]]:
    """``Timeline.claimant_people``: each of ``claimants`` that is a known person's name,
    or name and title, as the reading writes them."""
    forms = _written(actors)
    return {c: forms[c] for c in sorted(set(claimants)) if c in forms}


def entry_claimants(entries: Iterable[Entry]) -> set[str]:
    """The claimants of ``entries``' claims."""
    return {c.claimant for e in entries for c in e.claims if c.claimant}


def shown(
    claimant: str,
    written_in: str,
    people: People,
    actors: Mapping[str, ActorInfo],
    lang: str,
) -> tuple[str, str | None] | None:
    """A known person's claimant on a page in ``lang``: (the text, the language to mark it
    with or None). The name and title in ``lang`` where the data give the title (the
    name in ``lang``'s script where the data give it); else the claimant's words with
    the name in the title's language, marked with that language unless it is ``lang``.
    None when ``claimant`` is no known person."""
    found = people.get(claimant)
    if found is None:
        return None
    ident, number, titled = found
    actor = actors.get(ident)
    if actor is None or number >= len(actor.people):
        return None
    person = actor.people[number]
    if not titled:  # the bare name: a proper name, in the page's script where given
        return person.names.get(lang) or person.name, None
    title = person.title.get(lang)
    if title is not None:
        return f"{person.names.get(lang) or person.name}, {title}", None
    # no title in the page's language: the claimant's words, marked with its title's
    written = written_in if written_in in titled else titled[0]
    own = claimant[len(person.name) + 2 :]
    text = f"{person.names.get(written) or person.name}, {own}"
    return text, None if written == lang else written


@dataclass(frozen=True)
class Tables:
    """What ``page_name`` reads of a build: its actors, the claimants that are known
    people (``Timeline.claimant_people``) and bodies (``Timeline.claimant_bodies``),
    and each actor by its name in each language ("ru", "Азербайджан")."""

    actors: Mapping[str, ActorInfo]
    people: People
    bodies: Mapping[str, tuple[str | None, str]]
    named: Mapping[tuple[str, str], ActorInfo]

    @classmethod
    def of(cls, timeline: Timeline) -> Tables:
        actors = timeline.actors
        named = {(lang, name): a for a in actors.values() for lang, name in a.name.items()}
        return cls(actors, timeline.claimant_people, timeline.claimant_bodies, named)


def page_name(
    claimant: str,
    written_in: str,
    claim_actor: str | None,
    tables: Tables,
    lang: str,
    lookup: Callable[[str], tuple[str, bool]],
) -> tuple[str, str | None]:
    """A claimant (written in ``written_in``) on a page, feed or export in ``lang``:
    (the text, the language to mark it with or None). A known person by name and title
    in ``lang`` (``shown``); else the claimant translated (``lookup``) or in ``lang``
    already; else a known actor's name in ``written_in`` (``named``: ``actor_names``)
    by its name in ``lang``; else an actor's body by the body's name in ``lang``
    (``bodies.body_name``; its actor the one it names, else ``claim_actor``); else its
    own words marked with their language. ``tables``: the build's (``Tables.of``)."""
    person = shown(claimant, written_in, tables.people, tables.actors, lang)
    if person is not None:
        return person
    value, mark = seed_text(lookup, claimant, written_in, lang)
    if mark is None:
        return value, None
    actor = tables.named.get((written_in, claimant))
    found = actor.name.get(lang) if actor is not None else None
    if found is None:
        found = body_name(claimant, claim_actor, tables.bodies, tables.actors, lang)
    return (found, None) if found is not None else (value, mark)
