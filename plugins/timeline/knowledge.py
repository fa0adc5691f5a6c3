"""The conflict's knowledge files, loaded and checked once per build.

``data/gazetteer.yaml`` (places and their spellings), ``data/actors.yaml``
(parties and their speakers) and ``data/event-types.yaml`` (keyword rules for
event types) hold everything this project knows about one conflict; the code
here knows nothing about any conflict. ``load_knowledge`` reads them into one
frozen, picklable :class:`Knowledge` (it is sent to worker processes) and
reports every problem it finds, naming the file, line and key.

Names are matched whole and case-sensitively; a name ending in ``*`` matches
any word ending (``Карабах*`` = Карабах, Карабаха, ...).

>>> k = Knowledge.build(places=(Place("lachin", {"en": "Lachin"}, "district",
...     ("Lachin", "Berdzor")),), actors=(), event_rules=EventRules())
>>> k.find_places("Shelling near Berdzor and in Lachin.")
('lachin',)
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast
from urllib.parse import urlsplit

import yaml

from .model import EVENT_TYPES, EventType, Problem
from .packs import reading_languages
from .text import literal_trie, trie, trie_body

logger = logging.getLogger(__name__)

#: The languages names and terms may be given in: the reading languages
#: (the folders of ``languages/``).
LANGUAGES: tuple[str, ...] = reading_languages()
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LINE = "__line__"
# Prepositions after which a capital is a place, not its government ("in Baku").
_LOCATIVE = re.compile(
    r"(?:^|\W)(?:in|near|at|outside|around|from|towards?|en|à|près\s+de|в|во|под|из|около|у)"
    r"\s+(?:(?:the|la|le)\s+)?(?:[\w-]+(?:\s+|,\s*)(?:and|et|и|or)?\s*)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Place:
    """A place of the gazetteer; ``spellings`` holds every name in every language."""

    id: str
    name: dict[str, str]
    kind: str
    spellings: tuple[str, ...]
    metonym: bool = False
    within: str | None = None
    #: the places across the border or the line of contact from it (gazetteer ``faces``)
    faces: tuple[str, ...] = ()


@dataclass(frozen=True)
class Person:
    """A speaker; ``title`` per language, shown as ``"Name, Title"``."""

    name: str
    title: dict[str, str]
    aliases: tuple[str, ...]
    # the name per page language whose script is not the data's (ru, hy), shown there
    names: dict[str, str] = field(default_factory=dict)

    def label(self, lang: str = "en") -> str:
        title = self.title.get(lang) or self.title.get("en")
        return f"{self.name}, {title}" if title else self.name


@dataclass(frozen=True)
class Actor:
    """A party to the conflict or a third party that speaks about it."""

    id: str
    name: dict[str, str]
    kind: str
    adjective: dict[str, str]
    aliases: tuple[str, ...]
    people: tuple[Person, ...] = ()
    capital: str | None = None
    side: str = "third"  # the side of the conflict it speaks for (data/actors.yaml)
    person_noun: dict[str, str] = field(default_factory=dict)  # "հայ", "erməni"
    # Words that name the people it loses where a figure counts them, beyond its names:
    # its army's or republic's words ("Karabakh servicemen", "Армии обороны") and the
    # words its side's press keeps for its own dead ("şəhid", "şehit"). Never a claimant.
    victims: tuple[str, ...] = ()
    # the country-code top-level domains of its press ("az"): an outlet there writes
    # "the Defence Ministry" for this actor's ministry (data/actors.yaml ``domains``)
    domains: tuple[str, ...] = ()
    # the web sites of its own bodies ("mod.gov.az"): a page there is the body's
    # statement (data/actors.yaml ``sites``)
    sites: tuple[str, ...] = ()
    # its bodies' names per page language ("defence-ministry" -> {"en": "Armenian Defence
    # Ministry", "ru": "Минобороны Армении"}): what a claimant naming one shows
    # (data/actors.yaml ``bodies``; the phrases that name a body are the packs')
    bodies: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def display(self, lang: str = "en") -> str:
        return self.name.get(lang) or self.name["en"]

    def adjective_for(self, lang: str = "en") -> str:
        return self.adjective.get(lang) or self.adjective.get("en") or self.display(lang)


EventTerm = tuple[EventType, re.Pattern[str], int, str]


@dataclass(frozen=True)
class EventRules:
    """Keyword rules of data/event-types.yaml, compiled.

    ``terms[lang]`` is a tuple of (type, compiled term, weight, literal): the
    literal is a lower-case piece the text must contain for the term to match
    (a cheap test before the regex).
    """

    terms: dict[str, tuple[EventTerm, ...]] = field(default_factory=dict)
    priority: tuple[EventType, ...] = EVENT_TYPES
    figures: dict[str, EventType] = field(default_factory=dict)
    figure_weight: int = 2
    background_after_days: int = 180
    _literals: dict[str, _Literals] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = {lang: _Literals.of(terms) for lang, terms in self.terms.items()}
        object.__setattr__(self, "_literals", index)

    def terms_in(self, lang: str, lowered: str) -> list[EventTerm]:
        """The terms of ``lang`` (else English) whose literal ``lowered`` contains, in order."""
        key = lang if lang in self.terms else "en"
        if key not in self.terms:
            return []
        terms = self.terms[key]
        return [terms[n] for n in self._literals[key].terms_in(lowered)]


@dataclass(frozen=True)
class _Literals:
    """The literals of one language's terms, found in a text in one pass.

    ``finder`` matches (without consuming) the longest literal starting at
    each place; every literal that is a prefix of it starts there too.
    """

    finder: re.Pattern[str]
    prefixes: dict[str, frozenset[str]]
    positions: dict[str, tuple[int, ...]]

    @classmethod
    def of(cls, terms: Iterable[EventTerm]) -> _Literals:
        positions: dict[str, list[int]] = {}
        for number, term in enumerate(terms):
            positions.setdefault(term[3], []).append(number)
        root = literal_trie(positions)
        return cls(
            finder=re.compile(f"(?=({trie_body(root)}))") if root else re.compile(r"(?!x)x"),
            prefixes={
                literal: frozenset(p for p in positions if literal.startswith(p))
                for literal in positions
            },
            positions={literal: tuple(numbers) for literal, numbers in positions.items()},
        )

    def terms_in(self, lowered: str) -> list[int]:
        """Positions of the terms whose literal ``lowered`` contains, in order."""
        found: set[str] = set()
        for literal in self.finder.findall(lowered):
            found |= self.prefixes[literal]
        if "" in self.positions:
            found.add("")
        return sorted(n for literal in found for n in self.positions[literal])


#: an apostrophe, either way it is written: "l’Artsakh" is "l'Artsakh"
_APOSTROPHE = re.compile("['’]")


def _name_pattern(name: str) -> str:
    """A name as a regex body: spaces match any space, a final ``*`` any word ending."""
    words = name.split()
    parts = []
    for word in words:
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(_APOSTROPHE.sub("['’]", re.escape(word)))
    return r"\s+".join(parts)


def _units(name: str) -> list[str]:
    """A name as regex pieces, one per character ("*" = any word ending, space = spaces)."""
    units: list[str] = []
    for ch in " ".join(name.split()):
        if ch == " ":
            units.append(r"\s+")
        elif ch in "'’":
            units.append("['’]")
        elif ch == "*":
            units.append(r"\w*")
        else:
            units.append(re.escape(ch))
    return units


# Pieces of ``_units`` that may match more or less than one character.
_VARIABLE_UNITS = frozenset((r"\s+", r"\w*"))
# ``(?<!\w)`` before a name, checked after its first character instead.
_NOT_AFTER_WORD = r"(?<!\w.)"
# Names may start with this many different lower-case letters for that to pay.
_FEW_LOWER_STARTS = 2


def _scan_by_first(root: dict[str, Any]) -> bool:
    """Should the finder of these names start with their first characters?

    Python's regex engine then jumps to the places where such a character
    stands; worth it when they are mostly capitals (names start words rarely
    begun by lower-case letters), not when many words could begin a name.
    """
    lower = sum(1 for piece in root if piece.islower())
    return _VARIABLE_UNITS.isdisjoint(root) and lower <= _FEW_LOWER_STARTS


def _alternation(names: Iterable[str]) -> re.Pattern[str]:
    root = trie(_units(name) for name in sorted(set(names)) if name.strip())
    if not root:
        return re.compile(r"(?!x)x")
    if _scan_by_first(root):
        return re.compile(trie_body(root, after_first=_NOT_AFTER_WORD) + r"(?!\w)")
    return re.compile(rf"(?<!\w){trie_body(root)}(?!\w)")


def _index(
    entries: Iterable[tuple[str, str]],
) -> tuple[dict[str, str], tuple[tuple[re.Pattern[str], str], ...], re.Pattern[str]]:
    """(name, id) pairs -> exact lookup, wildcard lookups, one finder for all."""
    exact: dict[str, str] = {}
    wild: list[tuple[re.Pattern[str], str]] = []
    names: list[str] = []
    for name, ident in entries:
        names.append(name)
        if "*" in name or "'" in name or "’" in name:
            wild.append((re.compile(_name_pattern(name)), ident))
        exact.setdefault(" ".join(name.split()), ident)
    wild.sort(key=lambda pair: -len(pair[0].pattern))
    return exact, tuple(wild), _alternation(names)


def _lookup(
    text: str, exact: Mapping[str, str], wild: Iterable[tuple[re.Pattern[str], str]]
) -> str | None:
    key = " ".join(text.split())
    if key in exact:
        return exact[key]
    for pattern, ident in wild:
        if pattern.fullmatch(key):
            return ident
    return None


_MEMO_SIZE = 200_000


def place_sectors(places: Iterable[Place]) -> dict[str, frozenset[str]]:
    """Place id -> its sector of the line: the place, the places it lies in (below a
    country) and every place across the border or the line from any of them (the
    gazetteer's ``faces``, read both ways). Only places on the line have one; a country,
    a capital or a place far from the line has none and says nothing of which sector."""
    by_id = {p.id: p for p in places}
    near: dict[str, set[str]] = {}
    for place in by_id.values():
        for other in place.faces:
            if other in by_id:
                near.setdefault(place.id, set()).add(other)
                near.setdefault(other, set()).add(place.id)
    found: dict[str, frozenset[str]] = {}
    for ident in by_id:
        chain: list[str] = []
        here: str | None = ident
        while here in by_id and here not in chain and by_id[here].kind != "country":
            chain.append(here)
            here = by_id[here].within
        facing = {n for c in chain for n in near.get(c, ())}
        if facing:
            found[ident] = frozenset(chain) | facing
    return found


@dataclass(frozen=True)
class Knowledge:
    """Places, actors and event-type rules of one conflict, with fast lookups.

    Build it with :meth:`build` (or :func:`load_knowledge`); the lookup
    tables are derived from ``places`` and ``actors`` and never change.
    """

    places: tuple[Place, ...]
    actors: tuple[Actor, ...]
    event_rules: EventRules
    outlets: tuple[str, ...] = ()
    # each spelling of an outlet (name or alias) -> the outlet's name ("Արմենպրես" ->
    # "Armenpress"): is an outlet a report cites the article's own?
    outlet_names: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)
    _place_exact: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    _place_wild: tuple[tuple[re.Pattern[str], str], ...] = field(
        default=(), repr=False, compare=False
    )
    _place_re: re.Pattern[str] = field(default=re.compile("(?!x)x"), repr=False, compare=False)
    _actor_exact: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    _actor_wild: tuple[tuple[re.Pattern[str], str], ...] = field(
        default=(), repr=False, compare=False
    )
    _actor_re: re.Pattern[str] = field(default=re.compile("(?!x)x"), repr=False, compare=False)
    _person_exact: dict[str, tuple[str, int]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _person_re: re.Pattern[str] = field(default=re.compile("(?!x)x"), repr=False, compare=False)
    _outlet_re: re.Pattern[str] = field(default=re.compile("(?!x)x"), repr=False, compare=False)
    _victim_exact: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    _victim_wild: tuple[tuple[re.Pattern[str], str], ...] = field(
        default=(), repr=False, compare=False
    )
    _victim_re: re.Pattern[str] = field(default=re.compile("(?!x)x"), repr=False, compare=False)
    # Memos of pure lookups (the tables never change): the same few thousand
    # names are looked up again in every article.
    # (Not an init field: a ``dataclasses.replace`` copy starts with its own.)
    _memo: dict[tuple[str, str], Any] = field(init=False, repr=False, compare=False)
    _place_ids: dict[str, Place] = field(init=False, repr=False, compare=False)
    _actor_ids: dict[str, Actor] = field(init=False, repr=False, compare=False)
    #: place id -> its sector of the line (:func:`place_sectors`)
    sectors: dict[str, frozenset[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_memo", {})
        # by id, the first of a repeated id winning (as a scan in order would)
        object.__setattr__(self, "_place_ids", {p.id: p for p in reversed(self.places)})
        object.__setattr__(self, "_actor_ids", {a.id: a for a in reversed(self.actors)})
        object.__setattr__(self, "sectors", place_sectors(self.places))

    @classmethod
    def build(
        cls,
        places: tuple[Place, ...],
        actors: tuple[Actor, ...],
        event_rules: EventRules,
        outlets: tuple[str, ...] = (),
        outlet_names: Mapping[str, str] | None = None,
    ) -> Knowledge:
        place_exact, place_wild, place_re = _index(
            (name, p.id) for p in places for name in p.spellings
        )
        spellings = {name for p in places for name in p.spellings}
        actor_exact, actor_wild, actor_re = _index(
            (name, ident)
            for name, ident in _actor_names(actors)
            if name not in spellings or name in _own_names(actors, ident)
        )
        person_exact: dict[str, tuple[str, int]] = {}
        person_names: list[str] = []
        for actor in actors:
            for number, person in enumerate(actor.people):
                for name in (person.name, *person.aliases):
                    person_names.append(name)
                    person_exact.setdefault(name.rstrip("*"), (actor.id, number))
        victim_exact, victim_wild, victim_re = _index(
            (word, actor.id) for actor in actors for word in actor.victims
        )
        return cls(
            places=places,
            actors=actors,
            event_rules=event_rules,
            outlets=outlets,
            outlet_names=dict(outlet_names or {}),
            _place_exact=place_exact,
            _place_wild=place_wild,
            _place_re=place_re,
            _actor_exact=actor_exact,
            _actor_wild=actor_wild,
            _actor_re=actor_re,
            _person_exact=person_exact,
            _person_re=_alternation(person_names),
            _outlet_re=_alternation(outlets),
            _victim_exact=victim_exact,
            _victim_wild=victim_wild,
            _victim_re=victim_re,
        )

    # -- lookups by id ---------------------------------------------------------------

    def _remember(self, kind: str, text: str, value: Any) -> Any:
        if len(self._memo) < _MEMO_SIZE:
            self._memo[kind, text] = value
        return value

    def _name_lookup(self, kind: Literal["place", "actor"], text: str) -> str | None:
        """``_lookup`` in the place or the actor tables, memoised."""
        try:
            found: str | None = self._memo[kind, text]
            return found
        except KeyError:
            pass
        if kind == "place":
            found = _lookup(text, self._place_exact, self._place_wild)
        else:
            found = _lookup(text, self._actor_exact, self._actor_wild)
        return self._remember(kind, text, found)  # type: ignore[no-any-return]

    def place(self, ident: str) -> Place | None:
        return self._place_ids.get(ident)

    def actor(self, ident: str) -> Actor | None:
        return self._actor_ids.get(ident)

    def site_actor(self, url: str | None) -> str | None:
        """The actor whose own body's web site an article is on ("https://mod.gov.az/en/
        news/..." -> azerbaijan), or None: such a page is that body's statement."""
        if not url:
            return None
        host = url_host(url)
        for actor in self.actors:
            if any(host == site or host.endswith("." + site) for site in actor.sites):
                return actor.id
        return None

    def home_actor(self, url: str | None) -> str | None:
        """The actor whose country an article's web address belongs to, by its
        top-level domain ("https://www.azernews.az/..." -> azerbaijan), or None.

        A national outlet names its own state's bodies without their owner ("the
        Defence Ministry", "Минобороны", "Dövlət Sərhəd Xidməti")."""
        if not url:
            return None
        tld = url_host(url).rpartition(".")[2]
        if not tld:
            return None
        return next((a.id for a in self.actors if tld in a.domains), None)

    # -- finding names in text -----------------------------------------------------

    def find_places(self, text: str, include_countries: bool = False) -> tuple[str, ...]:
        """Ids of the places named in ``text``, in order of first mention.

        A capital that also stands for its government ("Baku said") counts
        only after a locative preposition ("in Baku").
        """
        found: list[str] = []
        for match in self._place_re.finditer(text):
            ident = self._name_lookup("place", match.group(0))
            place = self.place(ident) if ident else None
            if place is None or place.id in found:
                continue
            if place.kind == "country" and not include_countries:
                continue
            if place.metonym and not _LOCATIVE.search(text[: match.start()][-40:]):
                continue
            found.append(place.id)
        return tuple(found)

    def find_actors(self, text: str) -> tuple[str, ...]:
        """Ids of the actors named in ``text`` (by name, alias, adjective or speaker).

        Memoised: a sentence is searched for its actors by several stages (its speaker,
        its figures' sides, the parties it names apart), and copies repeat it."""
        try:
            known: tuple[str, ...] = self._memo["actors-in", text]
            return known
        except KeyError:
            return self._remember("actors-in", text, self._find_actors(text))  # type: ignore[no-any-return]

    def _find_actors(self, text: str) -> tuple[str, ...]:
        hits: list[tuple[int, str]] = []
        for match in self._actor_re.finditer(text):
            ident = self._name_lookup("actor", match.group(0))
            if ident:
                hits.append((match.start(), ident))
        for match in self._person_re.finditer(text):
            person = self.person_by_name(match.group(0))
            if person:
                hits.append((match.start(), person[1].id))
        found: list[str] = []
        for _, ident in sorted(hits):
            if ident not in found:
                found.append(ident)
        return tuple(found)

    def actor_spans(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """Where ``text`` names an actor by one of its names (not its people's):
        (start, end, actor id), in order."""
        spans = []
        for match in self._actor_re.finditer(text):
            ident = self._name_lookup("actor", match.group(0))
            if ident:
                spans.append((match.start(), match.end(), ident))
        return tuple(spans)

    def speaker_actors(self, np: str) -> tuple[str, ...]:
        """``find_actors`` of a speaker's words (a claimant's noun phrase), which may
        open a sentence: its first word also read in the lower case the data may spell
        it in (``_opening_actor``). Only speakers: a sentence's parties and its
        figures' sides keep the case-sensitive reading."""
        found = self.find_actors(np)
        opening = self._opening_actor(np)
        if opening is None or opening[1] in found:
            return found
        return (opening[1], *found)

    def _opening_actor(self, text: str) -> tuple[int, str] | None:
        """The actor named by the first word of ``text`` written with the capital that
        opens a sentence, where the data spell that name's first word in lower case
        ("Армянская сторона" by "армянск*", "Հայկական կողմը" by "հայկական*"): (its
        start, its id), or None. Only the opening word: inside a sentence a capital
        is a proper name's, and the data's spelling is case-sensitive there."""
        start = len(text) - len(text.lstrip())
        if start == len(text) or not text[start].isupper():
            return None
        lowered = text[start].lower()
        match = self._actor_re.match(lowered + text[start + 1 :])
        if match is None:
            return None
        ident = self._name_lookup("actor", match.group(0))
        return (start, ident) if ident else None

    def find_victims(self, text: str) -> tuple[str, ...]:
        """Ids of the actors whose people ``text`` names by a victims word of
        data/actors.yaml ("Karabakh", "şehit"), in order of first mention."""
        found: list[str] = []
        for match in self._victim_re.finditer(text):
            ident = _lookup(match.group(0), self._victim_exact, self._victim_wild)
            if ident and ident not in found:
                found.append(ident)
        return tuple(found)

    def actor_by_name(self, text: str) -> Actor | None:
        """The actor whose name, alias or adjective is the whole of ``text``."""
        try:
            known: Actor | None = self._memo["actor-name", text]
            return known
        except KeyError:
            return self._remember("actor-name", text, self._actor_by_name(text))  # type: ignore[no-any-return]

    def _actor_by_name(self, text: str) -> Actor | None:
        stripped = re.sub(r"^(?:the|The|les?|la|l')\s*", "", text.strip())
        for candidate in (text.strip(), stripped):
            ident = self._name_lookup("actor", candidate)
            if ident:
                return self.actor(ident)
        return None

    def _person_patterns(self) -> tuple[tuple[re.Pattern[str], tuple[str, int]], ...]:
        """Every name of every person, compiled once: (pattern, (actor id, number))."""
        key = ("person patterns", "")
        if key not in self._memo:
            self._memo[key] = tuple(
                (re.compile(_name_pattern(alias)), (actor.id, number))
                for actor in self.actors
                for number, person in enumerate(actor.people)
                for alias in (person.name, *person.aliases)
            )
        patterns: tuple[tuple[re.Pattern[str], tuple[str, int]], ...] = self._memo[key]
        return patterns

    def person_by_name(self, text: str) -> tuple[Person, Actor] | None:
        """The speaker named at the end of ``text`` ("... Minister Nikol Pashinyan")."""
        matches = list(self._person_re.finditer(text))
        if not matches or matches[-1].end() != len(text.rstrip()):
            return None
        name = matches[-1].group(0)
        found = self._person_exact.get(name)
        if found is None:
            key = ("person by name", name)
            if key not in self._memo:
                # the last person one of whose names the name is ("Pashinyanı")
                self._memo[key] = next(
                    (
                        ident
                        for pattern, ident in reversed(self._person_patterns())
                        if pattern.fullmatch(name)
                    ),
                    None,
                )
            found = self._memo[key]
        if found is None:
            return None
        owner = self.actor(found[0])
        return (owner.people[found[1]], owner) if owner else None

    @property
    def adjectives(self) -> frozenset[str]:
        """Every actor adjective in every language ("Armenian", "arménien")."""
        try:
            known: frozenset[str] = self._memo["adjectives", ""]
            return known
        except KeyError:
            found = frozenset(a for actor in self.actors for a in actor.adjective.values())
            return self._remember("adjectives", "", found)  # type: ignore[no-any-return]

    def person_nouns(self, lang: str) -> tuple[str, ...]:
        """The nouns for one of an actor's people in ``lang`` ("հայ", "erməni"),
        in actor order: what a figure may count besides the pack's person nouns. Memoised:
        every sentence's figures ask for them."""
        try:
            known: tuple[str, ...] = self._memo["person-nouns", lang]
            return known
        except KeyError:
            found = tuple(a.person_noun[lang] for a in self.actors if lang in a.person_noun)
            return self._remember("person-nouns", lang, found)  # type: ignore[no-any-return]

    def actor_by_adjective(self, text: str) -> Actor | None:
        """The actor whose adjective is ``text`` ("Armenian", "Karabakh")."""
        key = " ".join(text.split())
        return next((a for a in self.actors if key in a.adjective.values()), None)

    def actor_of_place(self, text: str) -> Actor | None:
        """The actor whose country or capital is named by ``text`` ("Yerevan")."""
        ident = self._name_lookup("place", text.strip())
        if ident is None:
            return None
        for actor in self.actors:
            if ident in (actor.id, actor.capital):
                return actor
        return None

    def is_outlet(self, text: str) -> bool:
        """Is ``text`` (or its end) the name of a news outlet ("the Interfax news agency")?"""
        return bool(self._outlet_re.search(text))

    def outlet_name(self, text: str) -> str | None:
        """The name of the outlet ``text`` names ("«Արմենպրես»-ի" -> "Armenpress"), or
        None when it names none."""
        m = self._outlet_re.search(text)
        return None if m is None else self.outlet_names.get(m.group(0), m.group(0))


def url_host(url: str) -> str:
    """The host of a web address, lower case, with or without its scheme
    ("https://www.Azernews.az/..." and "azernews.az/..." -> "www.azernews.az", "azernews.az");
    "" when it has none."""
    return urlsplit(url if "//" in url else f"//{url}").hostname or ""


def _own_names(actors: Iterable[Actor], ident: str) -> set[str]:
    """Names and aliases (not adjectives) of one actor."""
    for actor in actors:
        if actor.id == ident:
            return {*actor.name.values(), *actor.aliases}
    return set()


def _actor_names(actors: Iterable[Actor]) -> Iterable[tuple[str, str]]:
    for actor in actors:
        for name in (*actor.name.values(), *actor.adjective.values(), *actor.aliases):
            yield name, actor.id


# -- loading ------------------------------------------------------------------------


class _LineLoader(yaml.SafeLoader):
    """A SafeLoader that records each mapping's line (1-based) under ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = cast(dict[str, Any], loader.construct_mapping(node, deep=True))
    mapping[_LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _FastLineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """``_LineLoader`` on libyaml's parser where PyYAML has it (the same data in a
    third of the time); a file it cannot read is read again by ``_LineLoader``, whose
    message (with its excerpt) the problem gives."""


_FastLineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _load_lines(text: str) -> Any:
    """``text`` read by ``_LineLoader`` (see ``_FastLineLoader``)."""
    try:
        return yaml.load(text, Loader=_FastLineLoader)
    except yaml.YAMLError:
        return yaml.load(text, Loader=_LineLoader)


class _Report:
    """Collects problems for one file."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def error(self, line: int | None, message: str, hint: str = "") -> None:
        self.problems.append(Problem(self.file, line, message, hint, "error"))

    def warn(self, line: int | None, message: str, hint: str = "") -> None:
        self.problems.append(Problem(self.file, line, message, hint, "warning"))


def _read_yaml(path: Path, report: _Report, top: str) -> list[dict[str, Any]]:
    """The list under key ``top`` of a YAML file, or [] with a problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        report.error(None, f"cannot read the file: {err.strerror or err}")
        return []
    try:
        data = _load_lines(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        report.error(line, f"not valid YAML: {getattr(err, 'problem', None) or err}")
        return []
    if not isinstance(data, dict) or not isinstance(data.get(top), list):
        report.error(1, f'no list under "{top}:"', f'start the file with "{top}:"')
        return []
    return [e if isinstance(e, dict) else {_LINE: None, "_bad": e} for e in data[top]]


def _per_language(
    value: Any, report: _Report, line: int | None, where: str
) -> dict[str, list[str]]:
    """A ``{lang: [names]}`` (or ``{lang: name}``) mapping, checked."""
    out: dict[str, list[str]] = {}
    if value is None:
        return out
    if not isinstance(value, dict):
        report.error(line, f"{where}: expected a mapping of language to names")
        return out
    for lang, names in value.items():
        if lang == _LINE:
            continue
        if lang not in LANGUAGES:
            report.warn(line, f"{where}: unknown language {lang!r} ignored", f"use {LANGUAGES}")
            continue
        items = names if isinstance(names, list) else [names]
        good = [str(n) for n in items if isinstance(n, str | int) and str(n).strip()]
        if len(good) != len(items):
            report.warn(line, f"{where}.{lang}: empty or non-text names ignored")
        out[lang] = good
    return out


def _check_id(entry: dict[str, Any], report: _Report, seen: set[str], what: str) -> str | None:
    line = entry.get(_LINE)
    ident = entry.get("id")
    if not isinstance(ident, str) or not ident:
        report.error(line, f"{what} without an id: skipped", 'add "id: some-name"')
        return None
    if ident in seen:
        report.error(line, f"{what} {ident!r}: duplicate id, second one skipped")
        return None
    if not _ID.match(ident):
        report.warn(line, f"{what} {ident!r}: id should be lower-case words joined by hyphens")
    seen.add(ident)
    return ident


def _names(entry: dict[str, Any], report: _Report, ident: str, what: str) -> dict[str, str] | None:
    line = entry.get(_LINE)
    raw = _per_language(entry.get("name"), report, line, f"{what} {ident!r} name")
    names = {lang: values[0] for lang, values in raw.items() if values}
    if "en" not in names:
        report.error(line, f"{what} {ident!r}: no English name (name.en): skipped")
        return None
    return names


def _flat(names: Mapping[str, list[str]]) -> tuple[str, ...]:
    out: list[str] = []
    for lang in LANGUAGES:
        for name in names.get(lang, []):
            if name not in out:
                out.append(name)
    return tuple(out)


def _warn_shared(owners: Iterable[tuple[str, str, int | None]], report: _Report, what: str) -> None:
    """Warn when one spelling names two different entries."""
    first: dict[str, str] = {}
    for name, ident, line in owners:
        other = first.setdefault(name, ident)
        if other != ident:
            report.warn(
                line, f"{what} {ident!r}: name {name!r} also names {other!r}; kept for {other!r}"
            )


def _load_places(path: Path, label: str) -> tuple[tuple[Place, ...], list[Problem]]:
    report = _Report(label)
    places: list[Place] = []
    seen: set[str] = set()
    owners: list[tuple[str, str, int | None]] = []
    for entry in _read_yaml(path, report, "places"):
        ident = _check_id(entry, report, seen, "place")
        names = _names(entry, report, ident, "place") if ident else None
        if ident is None or names is None:
            continue
        line = entry.get(_LINE)
        aliases = _per_language(entry.get("aliases"), report, line, f"place {ident!r} aliases")
        spellings = _flat({lang: [n, *aliases.get(lang, [])] for lang, n in names.items()})
        spellings = (*spellings, *(a for a in _flat(aliases) if a not in spellings))
        owners.extend((s, ident, line) for s in spellings)
        within = entry.get("in")
        faces = entry.get("faces") or []
        if not isinstance(faces, list):
            report.warn(line, f"place {ident!r}: 'faces' must be a list of place ids")
            faces = []
        places.append(
            Place(
                id=ident,
                name=names,
                kind=str(entry.get("kind") or "place"),
                spellings=spellings,
                metonym=bool(entry.get("metonym", False)),
                within=str(within) if within else None,
                faces=tuple(str(f) for f in faces),
            )
        )
    ids = {p.id for p in places}
    for place in places:
        if place.within and place.within not in ids:
            report.warn(None, f"place {place.id!r}: 'in: {place.within}' is not a place id")
        for other in place.faces:
            if other not in ids:
                report.warn(None, f"place {place.id!r}: 'faces: {other}' is not a place id")
    _warn_shared(owners, report, "place")
    return tuple(places), report.problems


def _load_people(raw: Any, report: _Report, line: int | None, ident: str) -> tuple[Person, ...]:
    people: list[Person] = []
    if raw is None:
        return ()
    if not isinstance(raw, list):
        report.error(line, f"actor {ident!r}: people must be a list")
        return ()
    for person in raw:
        if not isinstance(person, dict) or not isinstance(person.get("name"), str):
            report.error(line, f"actor {ident!r}: a person without a name: skipped")
            continue
        where = f"actor {ident!r} person {person['name']!r}"
        titles = _per_language(person.get("title"), report, person.get(_LINE), f"{where} title")
        names = _per_language(person.get("names"), report, person.get(_LINE), f"{where} names")
        aliases = person.get("aliases") or []
        if not isinstance(aliases, list):
            report.error(person.get(_LINE), f"{where}: aliases must be a list")
            aliases = []
        people.append(
            Person(
                name=person["name"],
                title={lang: values[0] for lang, values in titles.items() if values},
                names={lang: values[0] for lang, values in names.items() if values},
                aliases=tuple(str(a) for a in aliases if isinstance(a, str) and a.strip()),
            )
        )
    return tuple(people)


def _load_actors(path: Path, label: str) -> tuple[tuple[Actor, ...], list[Problem]]:
    report = _Report(label)
    actors: list[Actor] = []
    seen: set[str] = set()
    owners: list[tuple[str, str, int | None]] = []
    for entry in _read_yaml(path, report, "actors"):
        ident = _check_id(entry, report, seen, "actor")
        names = _names(entry, report, ident, "actor") if ident else None
        if ident is None or names is None:
            continue
        line = entry.get(_LINE)
        aliases = _per_language(entry.get("aliases"), report, line, f"actor {ident!r} aliases")
        adjective = _per_language(
            entry.get("adjective"), report, line, f"actor {ident!r} adjective"
        )
        capital = entry.get("capital")
        person_noun = _per_language(
            entry.get("person_noun"), report, line, f"actor {ident!r} person_noun"
        )
        victims = _per_language(entry.get("victims"), report, line, f"actor {ident!r} victims")
        actor = Actor(
            id=ident,
            name=names,
            kind=str(entry.get("kind") or "state"),
            adjective={lang: values[0] for lang, values in adjective.items() if values},
            aliases=_flat(aliases),
            people=_load_people(entry.get("people"), report, line, ident),
            capital=str(capital) if capital else None,
            side=str(entry.get("side") or "third"),
            person_noun={lang: values[0] for lang, values in person_noun.items() if values},
            victims=_flat(victims),
            domains=tuple(str(d).lower().lstrip(".") for d in entry.get("domains") or ()),
            sites=tuple(str(d).lower() for d in entry.get("sites") or ()),
            bodies=_load_bodies(entry.get("bodies"), report, line, ident),
        )
        owners.extend((name, ident, line) for name, _ in _actor_names([actor]))
        actors.append(actor)
    _warn_shared(owners, report, "actor")
    return tuple(actors), report.problems


def _load_bodies(
    raw: Any, report: _Report, line: int | None, ident: str
) -> dict[str, dict[str, str]]:
    """An actor's ``bodies``: body id -> its name per page language, checked."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        report.error(line, f"actor {ident!r} bodies: expected a mapping of body id to names")
        return {}
    out: dict[str, dict[str, str]] = {}
    for body, names in raw.items():
        if body == _LINE:
            continue
        found = _per_language(names, report, line, f"actor {ident!r} bodies.{body}")
        out[str(body)] = {lang: values[0] for lang, values in found.items() if values}
    return out


def _compile_term(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){_name_pattern(term)}(?!\w)", re.IGNORECASE)


def _load_terms(
    ident: EventType, raw: Any, report: _Report, line: int | None, lang: str
) -> list[EventTerm]:
    out: list[EventTerm] = []
    if not isinstance(raw, list):
        report.error(line, f"type {ident!r}.{lang}: expected a list of terms")
        return out
    for item in raw:
        term, weight = (
            (item.get("term"), item.get("weight", 1))
            if isinstance(item, dict)
            else (
                item,
                1,
            )
        )
        if not isinstance(term, str) or not term.strip() or not isinstance(weight, int):
            report.warn(
                line,
                f"type {ident!r}.{lang}: bad term {item!r} ignored",
                "write a string or {term: ..., weight: 2}",
            )
            continue
        literal = term.split()[0].rstrip("*").lower()
        out.append((ident, _compile_term(term), weight, literal))
    return out


def _load_event_rules(path: Path, label: str) -> tuple[EventRules, list[Problem]]:
    report = _Report(label)
    try:
        data = _load_lines(path.read_text(encoding="utf-8"))
    except OSError as err:
        report.error(None, f"cannot read the file: {err.strerror or err}")
        return EventRules(), report.problems
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        report.error(mark.line + 1 if mark is not None else None, f"not valid YAML: {err}")
        return EventRules(), report.problems
    if not isinstance(data, dict) or not isinstance(data.get("types"), dict):
        report.error(1, 'no mapping under "types:"')
        return EventRules(), report.problems
    terms: dict[str, list[EventTerm]] = {}
    types = data["types"]
    for name, per_lang in types.items():
        if name == _LINE:
            continue
        if name not in EVENT_TYPES:
            report.error(types.get(_LINE), f"unknown event type {name!r}", f"use {EVENT_TYPES}")
            continue
        if not isinstance(per_lang, dict):
            report.error(types.get(_LINE), f"type {name!r}: expected languages with term lists")
            continue
        for lang, raw in per_lang.items():
            if lang == _LINE:
                continue
            if lang not in LANGUAGES:
                report.warn(per_lang.get(_LINE), f"type {name!r}: unknown language {lang!r}")
                continue
            terms.setdefault(lang, []).extend(
                _load_terms(cast(EventType, name), raw, report, per_lang.get(_LINE), lang)
            )
    priority = _priority(data.get("priority"), report)
    figures = _figure_types(data.get("figures"), report)
    weight = data.get("figure_weight", 2)
    days = data.get("background_after_days", 180)
    if not isinstance(weight, int) or not isinstance(days, int):
        report.error(None, "figure_weight and background_after_days must be whole numbers")
        weight, days = 2, 180
    rules = EventRules(
        terms={lang: tuple(found) for lang, found in terms.items()},
        priority=priority,
        figures=figures,
        figure_weight=weight,
        background_after_days=days,
    )
    return rules, report.problems


def _priority(raw: Any, report: _Report) -> tuple[EventType, ...]:
    if raw is None:
        return EVENT_TYPES
    if not isinstance(raw, list) or set(raw) != set(EVENT_TYPES) or len(raw) != len(EVENT_TYPES):
        report.error(None, "priority: must list every event type once", f"{EVENT_TYPES}")
        return EVENT_TYPES
    return tuple(cast(EventType, t) for t in raw)


def _figure_types(raw: Any, report: _Report) -> dict[str, EventType]:
    out: dict[str, EventType] = {}
    if raw is None:
        return out
    if not isinstance(raw, dict):
        report.error(None, "figures: expected a mapping of figure kind to event type")
        return out
    for kind, event_type in raw.items():
        if kind == _LINE:
            continue
        if event_type not in EVENT_TYPES:
            report.error(raw.get(_LINE), f"figures.{kind}: unknown event type {event_type!r}")
            continue
        out[str(kind)] = cast(EventType, event_type)
    return out


def _load_outlets(path: Path) -> dict[str, str]:
    """Each spelling of an outlet in outlets.yaml (its name and its aliases; owned and
    checked by ingest) -> the outlet's name."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return {}
    names: dict[str, str] = {}
    for entry in (data or {}).get("outlets", []) if isinstance(data, dict) else []:
        if isinstance(entry, dict) and isinstance(entry.get("name"), str):
            for name in (entry["name"], *(entry.get("aliases") or [])):
                if isinstance(name, str):
                    names.setdefault(name, entry["name"])
    return names


def load_knowledge(data_dir: Path) -> tuple[Knowledge, list[Problem]]:
    """Read gazetteer.yaml, actors.yaml and event-types.yaml from ``data_dir``.

    Never raises on bad content: what can be used is used, and every problem
    is returned (file, line, key). Missing files are errors.
    """
    prefix = data_dir.name
    places, place_problems = _load_places(data_dir / "gazetteer.yaml", f"{prefix}/gazetteer.yaml")
    actors, actor_problems = _load_actors(data_dir / "actors.yaml", f"{prefix}/actors.yaml")
    rules, rule_problems = _load_event_rules(
        data_dir / "event-types.yaml", f"{prefix}/event-types.yaml"
    )
    problems = [*place_problems, *actor_problems, *rule_problems]
    place_ids = {p.id for p in places}
    gazetteer_ok = not any(p.severity == "error" for p in place_problems)
    for actor in actors if gazetteer_ok else ():
        if actor.capital and actor.capital not in place_ids:
            problems.append(
                Problem(
                    f"{prefix}/actors.yaml",
                    None,
                    f"actor {actor.id!r}: capital {actor.capital!r} is not in gazetteer.yaml",
                    severity="warning",
                )
            )
    outlets = _load_outlets(data_dir / "outlets.yaml")
    knowledge = Knowledge.build(
        places, actors, rules, tuple(n for n in outlets if len(n) > 2), outlets
    )
    for problem in problems:
        logger.debug("%s", problem)
    return knowledge, problems
