"""Which body of which actor a claimant is, and its name in a page's language.

A claimant such as "Минобороны Азербайджана", "le ministère arménien de la Défense" or
"ՀՀ ՊՆ մամուլի ծառայություն" is a body of an actor: its words are a phrase of one of
its language pack's bodies (``bodies.yaml``: "defence-ministry"), the names of one
actor (``data/actors.yaml``) and glue words ("of", "press service"), and nothing else.
Such a claimant is shown by the body's name in the page's language
(``data/actors.yaml`` ``bodies``: "Azerbaijani Defence Ministry"); a claimant with any
other word (a person's name, "dernier bilan donné par ...") keeps its own words.

The body is read from the claimant's words alone; its actor is the one the words name,
else the claim's own (``Claim.claimant_actor``: "Müdafiə Nazirliyi" of an outlet of
Azerbaijan's press, "Министерство обороны республики"). Read once per claimant
(``Timeline.claimant_bodies``), shown by the pages, feeds and exports alike.

>>> from timeline.packs import BodyWords
>>> words = BodyWords(((("defence", "ministry"), "defence-ministry"),), frozenset({"the"}))
>>> spans = ((4, 12, "armenia"),)
>>> body_of("the Armenian defence ministry", words, spans)
('armenia', 'defence-ministry')
>>> body_of("the defence ministry", words, ())
(None, 'defence-ministry')
>>> body_of("a source in the defence ministry", words, ()) is None
True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from .i18n import claim_language
from .model import ActorInfo, Claim, Entry, SourceArticle
from .packs import BODY_WORD, BodyWords, Pack

Spans = Sequence[tuple[int, int, str]]  # (start, end, actor id) of the actors' names


class _Knows(Protocol):
    def actor_spans(self, text: str) -> tuple[tuple[int, int, str], ...]: ...


def _same(token: str, word: str) -> bool:
    """Does a claimant's (case-folded) token read as a phrase's word ("минобороны",
    "nazirliy*")?"""
    return token.startswith(word[:-1]) if word.endswith("*") else token == word


def _phrase_at(
    tokens: Sequence[str], owned: Sequence[bool], glue: frozenset[str], phrase: Sequence[str]
) -> set[int] | None:
    """The tokens of the first place ``phrase`` is read in ``tokens``, its words in
    order with the actor's names and glue words allowed between them
    ("ministère arménien de la Défense")."""
    for start, token in enumerate(tokens):
        if not _same(token, phrase[0]):
            continue
        taken, at = {start}, start + 1
        for word in phrase[1:]:
            while (
                at < len(tokens)
                and not _same(tokens[at], word)
                and (owned[at] or tokens[at] in glue)
            ):
                at += 1
            if at == len(tokens) or not _same(tokens[at], word):
                break
            taken.add(at)
            at += 1
        else:
            return taken
    return None


def body_of(claimant: str, words: BodyWords, spans: Spans) -> tuple[str | None, str] | None:
    """(the actor the claimant names, or None, its body) when ``claimant`` is only a
    body's phrase, one actor's names (``spans``: where its names stand) and glue words;
    else None (two actors, a person, any other word)."""
    if len({ident for _, _, ident in spans}) > 1:
        return None
    matches = [(m.start(), m.end(), m.group(0).casefold()) for m in BODY_WORD.finditer(claimant)]
    tokens = [t for _, _, t in matches]
    owner = [
        next((ident for s, e, ident in spans if s <= start and end <= e), None)
        for start, end, _ in matches
    ]
    owned = [o is not None for o in owner]
    for phrase, body in words.phrases:
        taken = _phrase_at(tokens, owned, words.glue, phrase)
        if taken is None:
            continue
        if not all(n in taken or owned[n] or t in words.glue for n, t in enumerate(tokens)):
            return None
        # the actor whose name stands beside the body; a name that is only the body's
        # own words ("Müdafiə Nazirliyi", an alias of one state) names no owner
        named = {o for n, o in enumerate(owner) if o is not None and n not in taken}
        return (named.pop() if named else None), body
    return None


def claimant_bodies(
    knowledge: _Knows,
    packs: Mapping[str, Pack],
    entries: Iterable[Entry],
    sources: Mapping[str, SourceArticle],
) -> dict[str, tuple[str | None, str]]:
    """``Timeline.claimant_bodies``: each claimant that is a body (``body_of``), read
    in the language of its first claim (``i18n.claim_language``)."""
    written: dict[str, str] = {}
    for entry in entries:
        for claim in entry.claims:
            if claim.claimant and claim.claimant not in written:
                written[claim.claimant] = claim_language(claim, sources)
    found: dict[str, tuple[str | None, str]] = {}
    for claimant, lang in sorted(written.items()):
        pack = packs.get(lang)
        if pack is None or pack.bodies is None:
            continue
        body = body_of(claimant, pack.bodies, knowledge.actor_spans(claimant))
        if body is not None:
            found[claimant] = body
    return found


def body_name(
    claimant: str,
    claim_actor: str | None,
    bodies: Mapping[str, tuple[str | None, str]],
    actors: Mapping[str, ActorInfo],
    lang: str,
) -> str | None:
    """The name in ``lang`` of the body ``claimant`` is ("Azerbaijani Defence Ministry"),
    its actor the one it names, else the claim's (``claim_actor``); None when it is no
    body, its actor is unknown or the data do not name that body in ``lang``."""
    found = bodies.get(claimant)
    if found is None:
        return None
    named, body = found
    actor = actors.get(named or claim_actor or "")
    if actor is None:
        return None
    return actor.bodies.get(body, {}).get(lang)


def claim_actor(claimant: str, claims: Iterable[Claim]) -> str | None:
    """The actor the first of ``claims`` by ``claimant`` speaks for."""
    for claim in claims:
        if claim.claimant == claimant:
            return claim.claimant_actor
    return None
