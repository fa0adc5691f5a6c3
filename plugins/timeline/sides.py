"""Sides: which side of the conflict a claimant speaks for, and whose losses a figure counts.

Both come from ``data/actors.yaml`` (each actor's ``side``), never from words in code:

- a claimant's side is the side of the actor it speaks for ("Azerbaijan's defence
  ministry" -> azerbaijan);
- a figure counts the losses of the side named right after its number ("12 Armenian
  servicemen", "49 армянских военнослужащих", "sept soldats azerbaïdjanais", or by a
  victims word of data/actors.yaml: "36 Karabakh servicemen", "79 askerin şehit"), or
  by a possessor right before it where the language puts one there ("ՀՀ զինված ուժերի
  12 զինծառայող"), else of
  the figure before it in the sentence ("one Armenian soldier was killed, 13 were
  captured"), else of the claimant ("Seven servicemen died", said Azerbaijan's ministry);
  an outlet's own figure with no side named says nothing of whose losses it counts.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence

from .knowledge import Knowledge
from .model import EventType, Figure
from .packs import whole_words as _whole_words

#: The side of actors that are no party to the conflict (data/actors.yaml).
THIRD = "third"

#: Whose losses a count is when they are no party's own: a third party's people ("two
#: Russian peacekeepers") or both parties' together ("the combined death toll").
OTHER = "other"

#: How many words before a count, or before a toll's words, may say it is both parties'
#: together ("the combined toll of 400", "The combined death toll ... 400").
COMBINED_WORDS = 3
#: How many words after a count may say so, past an apposition ("Au moins 110 personnes,
#: des civils et des militaires des deux camps").
COMBINED_AFTER = 10

#: Kinds of event whose claims, by a party naming the other party, are no account of who
#: did what: both parties say the same of a ceasefire, a meeting or a detention.
AGREED_TYPES: frozenset[EventType] = frozenset({"ceasefire", "diplomacy", "detention"})
#: Kinds of event that are hostilities or their toll: a party's claim of one that names
#: the other party says what the other did ("Azerbaijan used artillery, mortar and small
#: arms in its attack"). A claim of another kind that only names the other party ("the
#: shooting took place on its eastern border with Azerbaijan", "Aliyev insisted the
#: operation would end only when the separatists lay down their arms") is no account of a
#: deed unless its words are an accusation, a denial or a hostile deed (the pack's
#: ``deeds``: "carried out sabotage", "ont fait intrusion").
HOSTILE_TYPES: frozenset[EventType] = frozenset({"armed-clash", "shelling", "casualties"})

#: How many words after a figure's number may name whose people it counts: the noun
#: phrase ("12 Armenian servicemen", "семь военнослужащих азербайджанской армии"), not
#: the rest of the clause ("7 soldiers killed by Armenian forces").
NOUN_PHRASE_WORDS = 3
#: How many words before a count a possessor may take, its chain of possessives
#: included ("Ermənistan silahlı qüvvələrinin kəşfiyyat-diversiya qrupunun bir üzvü").
POSSESSOR_WORDS = 5

#: Punctuation between two words that ends a noun phrase.
_PHRASE_BREAK = re.compile(r"[,;:.!?()«»\"“”։]")
_TOKEN = re.compile(r"\d[\d,.\u00a0\u202f ]*\d|\d|\w+(?:['’-]\w+)*")
#: An elided word run into the next by its apostrophe ("d'" of "d'un"), up to the last one.
_ELISION = re.compile(r"^\w+['’](?=\w)")
_ELIDED_WORD = re.compile(r"\w+['’]")


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


def both_parties(knowledge: Knowledge, actors: Sequence[str]) -> bool:
    """Do a speaker's words name both parties of the conflict ("the Azerbaijani and
    Armenian defence ministries", "Bakou et Erevan", "Страны" read as the two named
    before)? Two parties speaking at once give no one side's account: what they are said
    to say together ("accused each other", "have reported the fighting") is the outlet's
    account of both, as editors annotate it."""
    if len(actors) < 2:  # one actor names one party at most
        return False
    named = {side_of(knowledge, ident) for ident in actors} - {None, THIRD}
    return len(named) >= 2


def _value(token: str, number_words: Mapping[str, int]) -> int | None:
    """The value of one word of a count: digits, a number word in any case ("İki", the
    Turkish and Azerbaijani capital dotted I lowered to "i", not to "i" and a dot), or a
    number word of parts joined by hyphens ("twenty-nine", "quatre-vingt-dix": the sum of
    its parts' values, each known)."""
    if token[0].isdigit():
        digits = re.sub(r"[^\d]", "", token)
        return int(digits) if digits else None
    # a count run into an elided word before it ("d'un soldat", "d’une femme"): its own
    word = _ELISION.sub("", token) if "'" in token or "’" in token else token
    word = word.replace("İ", "i").casefold()
    found = number_words.get(word)
    if found is None and "-" in word:
        parts = [number_words.get(part) for part in word.split("-")]
        return sum(p for p in parts if p is not None) if all(parts) else None
    return found


def _count_at(
    tokens: Sequence[re.Match[str]], value: int, words: Mapping[str, int]
) -> tuple[int, int] | None:
    """The indexes of the first and last tokens where a count of ``value`` is written: a
    word or digits of that value, or a number and a scale word after it ("трех тысяч",
    "two thousand": 3 and 1000 make 3000; "une centaine": 1 and 100)."""
    values = [_value(t.group(0), words) for t in tokens]
    for i, found in enumerate(values):
        after = values[i + 1] if i + 1 < len(values) else None
        if found is not None and after is not None and after >= 100 and found * after == value:
            return i, i + 1
        rest = values[i + 2] if i + 2 < len(values) else None
        if found and after and rest and after >= 1000 and found * after + rest == value:
            return i, i + 2  # "6 bin 500", "2 min 783": a count after its scale word
        if found == value:
            return i, i
    return None


def _token_end(token: re.Match[str]) -> int:
    return token.end()


def _count_placed(
    tokens: Sequence[re.Match[str]],
    value: int,
    words: Mapping[str, int],
    position: int | None,
) -> tuple[int, int] | None:
    """The first and last tokens of a figure's count: those at ``position`` (where the
    figure's reading found its number) when they write ``value``, else the first that do
    anywhere (:func:`_count_at`). Where the number is known, another number of the same
    value earlier in the sentence is not taken for it ("Անցած մեկ օրում ... վիրավորվել է
    Հայաստանի զինված ուժերի մեկ զինծառայող": one day, one serviceman)."""
    if position is not None:
        # the first token that ends after the position (token ends rise: finditer's)
        first = bisect.bisect_right(tokens, position, key=_token_end)
        at = first if first < len(tokens) else None
        if (
            at is not None
            and (
                tokens[at].start() <= position + 1
                # the number after an elided word in its token ("d'un": the figure's "un")
                or _ELIDED_WORD.fullmatch(tokens[at].group(0)[: position - tokens[at].start()])
            )
        ):
            placed = _count_at(tokens[at : at + 3], value, words)
            if placed is not None and placed[0] == 0:
                return at, at + placed[1]
    return _count_at(tokens, value, words)


def noun_phrase_after(
    text: str, tokens: Sequence[re.Match[str]], last: int, words: int = NOUN_PHRASE_WORDS
) -> str:
    """The words right after a count's last token (``last``) that may name whose people it
    counts: its noun phrase, up to ``words`` words and never past a punctuation mark
    that ends it ("Минобороны Армении сообщило о двух погибших офицерах, Азербайджан – о
    погибшем селянине": the officers are not Azerbaijan's)."""
    after = tokens[last + 1 : last + 1 + words]
    if not after:
        return ""
    end = after[-1].end()
    cut = _PHRASE_BREAK.search(text, tokens[last].end(), end)
    return text[after[0].start() : cut.start() if cut else end].strip()


def named_side(knowledge: Knowledge, window: str) -> str | None:
    """The side whose people ``window`` (a noun phrase) names: by an actor's name
    ("Armenian"), else by a victims word of data/actors.yaml ("Karabakh servicemen",
    "şehit")."""
    for ident in (*knowledge.find_actors(window), *knowledge.find_victims(window)):
        if (side := side_of(knowledge, ident)) is not None:
            return OTHER if side == THIRD else side
    return None


def combined_before(text: str, start: int, combined: str) -> bool:
    """Whether the words right before ``start`` (a toll's words: "death toll") say it is
    both parties' people together ("The combined death toll from the offensive now
    stands at more than 400 people")."""
    if not combined:
        return False
    words = list(_TOKEN.finditer(text[:start]))[-COMBINED_WORDS:]
    window = text[words[0].start() : start] if words else ""
    return _whole_words(combined).search(window) is not None


def _combined(text: str, tokens: Sequence[re.Match[str]], at: int, combined: str) -> bool:
    """Whether the words around a count say it is both parties' people together (the
    pack's ``combined``: "the combined death toll ... 400", "des morts des deux camps")."""
    if not combined:
        return False
    before = tokens[max(0, at - COMBINED_WORDS) : at]
    after = tokens[at : at + 1 + COMBINED_AFTER]
    start = before[0].start() if before else tokens[at].start()
    window = text[start : after[-1].end()]
    return _whole_words(combined).search(window) is not None


def _possessor(text: str, tokens: Sequence[re.Match[str]], at: int, ending: str) -> str:
    """The words right before a count when the last of them is in a possessive case
    (``ending``, the pack's ``possessor_end``): "ՀՀ զինված ուժերի 12 զինծառայող",
    "Azerbaycan ordusundan 1 asker", "düşmənin 320 hərbçisi"; else "". A subject before
    the count ("Ermənistan ordusu 2 əsgəri") is no possessor: its word has no such ending.
    A chain of possessives reaches further ("Ermənistan silahlı qüvvələrinin
    kəşfiyyat-diversiya qrupunun bir üzvü": :data:`POSSESSOR_WORDS`)."""
    if not ending or at == 0:
        return ""
    if not re.search(rf"(?:{ending})$", tokens[at - 1].group(0), re.IGNORECASE):
        return ""
    before = tokens[max(0, at - POSSESSOR_WORDS) : at]
    # the chain ends at a comma or a clause's end: "Ermenistan ordusundan 4, Azerbaycan
    # ordusundan 1 asker" (the 1 is Azerbaijan's)
    for i in range(len(before) - 1, 0, -1):
        if _PHRASE_BREAK.search(text, before[i - 1].end(), before[i].start()):
            before = before[i:]
            break
    return text[before[0].start() : before[-1].end()]


def _possessor_side(knowledge: Knowledge, possessor: str) -> str | None:
    """The side whose people a possessor before a count names: its last party named, the
    nearest to the count ("Azərbaycan Ermənistan silahlı bölmələrinin bir hərbçisini
    saxlayıb": Azerbaijan detained a soldier of Armenia's units; the subject's name
    before the chain is no possessor)."""
    if not possessor:
        return None
    for ident in reversed(knowledge.find_actors(possessor)):
        if (side := side_of(knowledge, ident)) is not None:
            return OTHER if side == THIRD else side
    return named_side(knowledge, possessor)


def _enemy_side(
    window: str, enemy: str, claimant_side: str | None, knowledge: Knowledge
) -> str | None:
    """The other party when ``window`` names the people "the enemy's" (the pack's
    ``enemy``: "düşmənin 320 hərbçisi", "потери противника") in a party's claim; the
    outlet's own "enemy" is nobody's."""
    if not enemy or claimant_side in (None, THIRD):
        return None
    if not _whole_words(enemy).search(window):
        return None
    others = sorted(_parties(knowledge) - {claimant_side})
    return others[0] if len(others) == 1 else None


#: How many words before a count its loss word may stand, adverbials between them
#: ("Азербайджан потерял в конфликте в Нагорном Карабахе 2823 человека"), in its clause.
LOSS_WORDS = 6
#: How many words before "lost" may name who lost them ("Armenia saying it has lost",
#: "L'Arménie a reconnu samedi 14 novembre avoir perdu").
SUBJECT_WORDS = 8


def _enemy_chain_side(
    possessor: str,
    genitive_end: str,
    enemy: str,
    claimant_side: str | None,
    knowledge: Knowledge,
) -> str | None:
    """The other party when a chain of genitives before a count is headed by "the enemy"
    (the pack's ``enemy``, itself in the genitive) and ends in a genitive (the pack's
    ``genitive_end``): "the enemy's sabotage group's one member's body"
    ("Հակառակորդի դիվերսիոն խմբի մի անդամի դիակը") counts the enemy's people,
    whatever stands between. A chain that ends in another case says what befell them,
    not whose they are ("düşmənin atəşindən 2 hərbçi", from the enemy's fire: the
    claimant's own); a party named after "the enemy" in the chain is read before this
    (:func:`_possessor_side`)."""
    if not possessor or not genitive_end or not enemy:
        return None
    genitive = re.compile(rf"(?:{genitive_end})$", re.IGNORECASE)
    if not genitive.search(possessor.split()[-1]):
        return None
    # the head itself a genitive ("Düşmənin", "Հակառակորդի"), not the subject "düşmən
    # tərəfi itkilərinin sayının 3" (the enemy side said its losses were 3: its own)
    head = _whole_words(enemy).search(possessor)
    if head is None or not genitive.search(head.group(0)):
        return None
    if knowledge.find_actors(possessor[head.end() :]):
        return None
    return _enemy_side(possessor[head.start() :], enemy, claimant_side, knowledge)


def _loser_side(
    text: str,
    tokens: Sequence[re.Match[str]],
    at: int,
    loss: str,
    knowledge: Knowledge,
    enemy: str = "",
    speaker_side: str | None = None,
    loss_after: str = "",
    own: str = "",
) -> str | None:
    """Whose people "X lost N" counts: the side named last before the pack's ``loss``
    word ("lost", "the loss of", "потеряла") when that word stands right before the count
    ("Armenia saying it has lost two servicemen", "The Azerbaijani side has admitted the
    loss of 31 fighters"); the nearest name is the subject, not an earlier one
    ("After Armenian shelling, Azerbaijan lost 3 soldiers"). No name, but "the enemy"
    (the pack's ``enemy``) in a party's claim (``speaker_side``): the other party ("The
    enemy lost up to 100 soldiers"). ``loss_after``: the pack's loss verb after the count,
    in a verb-final language ("Azərbaycan ordusu 32 nəfər itki verib"): its subject is
    named before the count. No name, but "we" or "our" (the pack's ``own``) nearer than
    any "enemy": the speaker's ("We lost three servicemen", "мы потеряли двоих")."""
    if (not loss and not loss_after) or at == 0:
        return None
    start = tokens[max(0, at - LOSS_WORDS)].start()
    breaks = list(_PHRASE_BREAK.finditer(text, start, tokens[at].start()))
    start = breaks[-1].end() if breaks else start
    words = list(_whole_words(loss).finditer(text[start : tokens[at].start()])) if loss else []
    after = tokens[at + 1 : at + 1 + NOUN_PHRASE_WORDS]
    if not words and after and loss_after:
        # verb-final: "Azərbaycan ordusu 32 nəfər itki verib", the subject before the count
        if _whole_words(loss_after).search(text, tokens[at].end(), after[-1].end()):
            cut = tokens[at].start()
        else:
            return None
    elif not words:
        return None
    else:
        cut = start + words[-1].start()
    before = [t for t in tokens[:at] if t.end() <= cut][-SUBJECT_WORDS:]
    if not before:
        return None
    window = text[before[0].start() : before[-1].end()]
    ours = list(_whole_words(own).finditer(window)) if own else []
    theirs = list(_whole_words(enemy).finditer(window)) if enemy else []
    if (
        theirs
        and (not ours or ours[-1].start() < theirs[-1].start())
        and not knowledge.find_actors(window[theirs[-1].end() :])
    ):
        # "the enemy" the nearest subject, a party named further back ("Հայկական կողմի
        # իրականացրած հակազդող գործողությունների արդյունքում հակառակորդն ունի մեկ զոհ":
        # the Armenian side's counter-action, the enemy's dead): the other party's
        side = _enemy_side(window[theirs[-1].start() :], enemy, speaker_side, knowledge)
        if side is not None:
            return side
    named = [
        side
        for ident in knowledge.find_actors(window)
        if (side := side_of(knowledge, ident)) is not None
    ]
    if named:
        return named[-1]
    nearer = bool(ours) and (not theirs or theirs[-1].start() < ours[-1].start())
    if nearer and speaker_side not in (None, THIRD):
        return speaker_side  # "we lost", "nous avons perdu", "мы потеряли"
    # "The enemy lost up to 100 soldiers", "Հակառակորդը տվել է 30 զոհ", said by a party
    return _enemy_side(window, enemy, speaker_side, knowledge)


def _held_side(
    text: str, tokens: Sequence[re.Match[str]], at: int, holder: str, knowledge: Knowledge
) -> str | None:
    """Whose people a count of prisoners is when its clause says who holds them (the
    pack's ``holder`` right before the count, its subject named before that: "Azerbaijan
    continues to hold about a hundred more prisoners of war", "Азербайджан удерживает 38
    пленных"): the one party other than the holder's; None when no party is named."""
    if not holder:
        return None
    side = _loser_side(text, tokens, at, holder, knowledge)
    if side in (None, THIRD):
        return None
    others = sorted(_parties(knowledge) - {side})
    return others[0] if len(others) == 1 else None


def returned_side(
    text: str, returned_to: str, knowledge: Knowledge, near: int | None = None
) -> str | None:
    """Whose people a count of the released is when its sentence says where they were
    returned (the pack's ``returned_to``, its group ``to`` the destination: "have been
    returned to Armenia", "Ереван вернул Баку двух военнослужащих", "Azerbaycan’dan
    Ermenistan’a taşınmıştır", "Ադրբեջանից Հայաստան են տեղափոխվել"): the one party the
    destination nearest the count (at ``near``) names, the home they come back to
    ("Четверо военнопленных переданы сегодня Армении и двое вернулись в Азербайджан");
    None when it names no party, both or a third party ("handed over to the ICRC")."""
    if not returned_to:
        return None
    homes: list[tuple[int, str | None]] = []
    for found in _whole_words(returned_to).finditer(text):
        named = {side_of(knowledge, ident) for ident in knowledge.find_actors(found["to"])}
        named.discard(None)
        if named:
            side = next(iter(named))
            distance = (
                0 if near is None else min(abs(found.start() - near), abs(found.end() - near))
            )
            homes.append((distance, side if len(named) == 1 and side != THIRD else None))
    return min(homes, key=lambda home: home[0])[1] if homes else None


def traded_side(
    text: str,
    figures: Sequence[Figure],
    positions: Sequence[int | None],
    traded: frozenset[int],
    knowledge: Knowledge,
) -> tuple[Figure, ...]:
    """The figures, with each count of the released given in exchange for others (its
    number written at one of ``traded``, right after the pack's ``exchange``: "Azerbaijan
    releases 32 Armenians ... in exchange for two soldiers") the other party's people
    than those of the released figure before it, when its own words name no one's: an
    exchange trades one party's people for the other's. Its own words win ("in exchange
    for two Azerbaijani soldiers"); no party read before it, nothing is changed."""
    if not traded:
        return tuple(figures)
    parties = _parties(knowledge)
    out = list(figures)
    for index, figure in enumerate(out):
        at = positions[index] if index < len(positions) else None
        if at not in traded or figure.kind != "released" or index == 0:
            continue
        before = out[index - 1]
        if before.kind != "released" or before.side not in parties:
            continue
        cut = _PHRASE_BREAK.search(text, at)
        if named_side(knowledge, text[at : cut.start() if cut else len(text)]) is not None:
            continue  # its own words say whose
        others = sorted(parties - {before.side})
        if len(others) == 1:
            out[index] = dataclasses.replace(figure, side=others[0])
    return tuple(out)


def brought_home(
    text: str, figures: Sequence[Figure], returned_to: str, knowledge: Knowledge
) -> tuple[Figure, ...]:
    """The figures, with each count of captives that the sentence brings home released:
    its people's own party is where the sentence returns them (the pack's
    ``returned_to``: "Ադրբեջանը հայտնել է, որ Հայաստանին է փոխանցել ... գերեվարված 17
    հայ զինծառայողի", Azerbaijan handed over to Armenia 17 Armenian servicemen taken
    prisoner); captives taken to the other party ("Armenian prisoners were transferred
    to Baku") stay captured."""
    if not returned_to or not any(f.kind == "captured" and f.side for f in figures):
        return tuple(figures)
    home = returned_side(text, returned_to, knowledge)
    if home is None:
        return tuple(figures)
    return tuple(
        dataclasses.replace(f, kind="released") if f.kind == "captured" and f.side == home else f
        for f in figures
    )


#: How many characters after a count its clause may name who struck the people counted
#: ("a contract serviceman ... was killed in Azerbaijani attacks").
ATTACKER_REACH = 120


def _struck_side(
    text: str,
    end: int,
    attacker: str,
    knowledge: Knowledge,
    own: str = "",
    speaker_side: str | None = None,
) -> str | None:
    """Whose people a count is when its clause says, after it, that the other party
    struck them (the pack's ``attacker``: "was killed in Azerbaijani attacks", "14 others
    were injured in strikes by Azerbaijani forces", "a mortal wound after a shot from the
    Azerbaijani side", the agent of a passive: "գերեվարվել են Ադրբեջանի կողմից"): the one
    party other than the attacker's; struck or taken by "us" (the pack's ``own``: "hərbi
    qulluqçularımız tərəfindən saxlanılıb", said by a party, ``speaker_side``): the other
    party's people; None when the words name no party, or both, or a third party."""
    if not attacker:
        return None
    clause = re.split(r"[;:]", text[end : end + ATTACKER_REACH], maxsplit=1)[0]
    pattern = _whole_words(attacker)
    found = pattern.search(clause)
    while found is not None:  # overlapping: "in strikes" names no one, "strikes by X" does
        words = found.group(0)
        idents = knowledge.find_actors(words) or knowledge.find_victims(words)  # "azérie"
        named = {side_of(knowledge, ident) for ident in idents}
        named.discard(None)
        ours = bool(own) and _whole_words(own).search(found.group(0)) is not None
        if not named and ours and speaker_side not in (None, THIRD):
            named = {speaker_side}  # "by our servicemen": the other party's people
        if len(named) == 1 and (side := next(iter(named))) != THIRD:
            others = sorted(_parties(knowledge) - {side})
            return others[0] if len(others) == 1 else None
        found = pattern.search(clause, found.start() + 1)
    return None


#: The end of a clause before a count: whoever struck is named after it.
_CLAUSE_BEFORE = re.compile(r"[.;:!?։](?=\s)")


def _genitive_party(words: str, knowledge: Knowledge, possessor_end: str) -> set[str | None]:
    """The side of the first party named in the genitive in ``words`` (a name, or a
    phrase whose last word takes the pack's ``possessor_end``: "Ermenistan ordusunun
    Azerbaycan sivil yerleşim birimlerine gerçekleştirdiği saldırılarda", where the
    genitive is who attacked and the dative whom), as a set of one; else the empty set."""
    tokens = list(_TOKEN.finditer(words))
    ending = re.compile(rf"(?:{possessor_end})$", re.IGNORECASE)
    for index, token in enumerate(tokens):
        if not ending.search(token.group(0)):
            continue
        phrase = words[tokens[max(0, index - 2)].start() : token.end()]
        cut = _PHRASE_BREAK.search(phrase)
        if cut is not None:
            phrase = phrase[cut.end() :]
        sides = {side_of(knowledge, ident) for ident in knowledge.find_actors(phrase)} - {None}
        if len(sides) == 1:
            return sides
    return set()


def _struck_before(
    text: str,
    start: int,
    attacker: str,
    knowledge: Knowledge,
    enemy: str = "",
    speaker_side: str | None = None,
    possessor_end: str = "",
) -> str | None:
    """Whose people a count is when its clause says, before it, that the other party
    struck them (the pack's ``attacker_before``, where the language puts the cause before
    the count: "Ermənistan silahlı qüvvələrinin atəşi nəticəsində 2 hərbçi yaralanıb",
    "Ադրբեջանական զինուժի կրակոցից վիրավորվել է 2 զինծառայող"): the one party other than
    the attacker's, named in the nearest such words; None when they name no party, or both,
    or a third party. Struck by "the enemy" (the pack's ``enemy``: "düşmən atəşi
    nəticəsində"), they are the speaker's own (``speaker_side``: the claimant's, or the
    outlet's country's in its own voice). Two parties named, in a language that marks the
    possessor (``possessor_end``): the one in the genitive struck (:func:`_genitive_party`)."""
    if not attacker:
        return None
    begin = max(0, start - ATTACKER_REACH)
    if begin and text[begin - 1].isalnum():
        # not a word's tail ("...tan ordusunun"): the window starts at a whole word
        space = text.find(" ", begin, start)
        begin = start if space < 0 else space + 1
    window = text[begin:start]
    cuts = list(_CLAUSE_BEFORE.finditer(window))
    clause = window[cuts[-1].end() :] if cuts else window
    found = list(_whole_words(attacker).finditer(clause))
    if not found:
        return None
    named = {side_of(knowledge, ident) for ident in knowledge.find_actors(found[-1].group(0))}
    named.discard(None)
    if not named and speaker_side not in (None, THIRD) and names_enemy(found[-1].group(0), enemy):
        return speaker_side
    if len(named) > 1 and possessor_end:
        named = _genitive_party(found[-1].group(0), knowledge, possessor_end)
    if len(named) != 1 or (side := next(iter(named))) == THIRD:
        return None
    others = sorted(_parties(knowledge) - {side})
    return others[0] if len(others) == 1 else None


def victim_sides(
    text: str,
    figures: Sequence[Figure],
    knowledge: Knowledge,
    fallback: str | None,
    number_words: Mapping[str, int],
    possessor_end: str = "",
    enemy: str = "",
    loss: str = "",
    attacker: str = "",
    combined: str = "",
    voice: str | None = None,
    own: str = "",
    attacker_before: str = "",
    reflexive: str = "",
    loss_after: str = "",
    loss_side: str = "",
    loss_place: str = "",
    conflict_toll: str = "",
    positions: Sequence[int | None] = (),
    holder: str = "",
    returned_to: str = "",
    releaser: str = "",
    genitive_end: str = "",
) -> tuple[Figure, ...]:
    """The figures with ``side`` set to whose losses each counts (see the module's rule);
    ``possessor_end``: the pack's ending of a possessor before the count (see
    :func:`_possessor`), empty where the language names whose people after it;
    ``enemy``: the pack's words for the other party, whose losses "the enemy's" are when
    the claimant (``fallback``) is a party; ``loss``: its words of "X lost N" (see
    :func:`_loser_side`); ``attacker``: its words of who struck them (see
    :func:`_struck_side`), read when neither the count's own words nor those of the count
    before it ("36 Karabakh servicemen were killed and 122 were wounded") name anyone;
    ``combined``: its words of both parties' people together (see :func:`_combined`),
    whose count is :data:`OTHER`'s, as a third party's people are; ``voice``: the side
    of the outlet's country, whose "enemy" is the other party's in its own voice
    ("düşmənin 320 hərbçisi öldürülüb" on an Azerbaijani site) and of "our" (``own``: the
    pack's words of the speaker's own people, "five of our soldiers", "hərbçilərimiz",
    whose are the claimant's, else the voice's); it never says whose losses a count is
    otherwise; ``attacker_before``: the pack's words of who struck them before the count
    (see :func:`_struck_before`), read as ``attacker`` is; ``reflexive``: the pack's
    words of the subject's own people ("49 of its soldiers", "своих военных",
    "askerini"; see :func:`_reflexive_side`), read when nothing else names whose;
    ``loss_after``: its loss verb after the count (see :func:`_loser_side`);
    ``loss_side`` and ``loss_place``: its words of the side and of the place of the
    losses ("с армянской стороны", "du côté arménien", "в Азербайджане"; see
    :func:`frame_side`), read when neither the count's own words nor who struck them say
    whose, before the reflexive; ``conflict_toll``: its words of a toll the fighting
    itself took ("the war has killed", "Des échanges de tirs ont fait", "конфликт унес
    жизни"): an outlet's count with no side read is then both parties'; ``positions``:
    where each figure's number is written, as its reading found it (None, or none
    given: the first count of its value, :func:`_count_placed`); ``holder``: its words of
    "X holds N" (prisoners; see :func:`_held_side`); ``returned_to``: its words of where
    the released were returned (see :func:`returned_side`); ``releaser``: its words of "X
    released N", right before the count, its subject named before them ("Armenia released
    one prisoner"): the released are the other party's people, as the held are the
    holder's other party's, read after where they were returned (see :func:`_held_side`);
    ``genitive_end``: the pack's ending of the genitive, the possessor's case that names
    whose people a chain headed by "the enemy" counts (see :func:`_enemy_chain_side`)."""
    if not figures:
        return tuple(figures)
    tokens = list(_TOKEN.finditer(text))
    frames = ((loss_side, False), (loss_place, True))
    # (position, figure index, side named, side struck, last token of the count)
    found: list[tuple[int, int, str | None, str | None, int]] = []
    for index, figure in enumerate(figures):
        position = positions[index] if index < len(positions) else None
        placed = _count_placed(tokens, figure.value, number_words, position)
        if placed is None:
            continue
        at, last = placed
        window = noun_phrase_after(text, tokens, last)
        possessor = _possessor(text, tokens, at, possessor_end)
        named = (
            named_side(knowledge, window)
            or _own_side(
                f"{tokens[at - 1].group(0) if at else ''} {window}", own, fallback or voice
            )
            or (OTHER if _combined(text, tokens, at, combined) else None)
            or _possessor_side(knowledge, possessor)
            # "Հակառակորդի դիվերսիոն խմբի մի անդամի": the enemy's people, down the chain
            or _enemy_chain_side(possessor, genitive_end, enemy, fallback or voice, knowledge)
            or _loser_side(
                text, tokens, at, loss, knowledge, enemy, fallback or voice, loss_after, own
            )
            or (
                _held_side(text, tokens, at, holder, knowledge)
                if figure.kind == "captured"
                else None
            )
            # "returned to Armenia": the released are the destination's people
            or (
                returned_side(text, returned_to, knowledge, tokens[at].start())
                # "..., and Azerbaijan – five prisoners": the dash stands for "released"
                or _held_side(text, tokens, at, f"{releaser}|[–—]" if releaser else "", knowledge)
                if figure.kind == "released"
                else None
            )
            # "the enemy's" right before the count ("düşmənin 320"), not "the enemy's
            # fire" ("düşmənin atəşindən 2 hərbçi": the claimant's own)
            or _enemy_side(
                f"{tokens[at - 1].group(0) if possessor else ''} {window}",
                enemy,
                fallback or voice,
                knowledge,
            )
        )
        struck = _struck_side(
            text, tokens[at].end(), attacker, knowledge, own, fallback or voice
        ) or _struck_before(
            text,
            tokens[at].start(),
            attacker_before,
            knowledge,
            enemy,
            fallback or voice,
            possessor_end,
        )
        if named is None and struck is None:
            named = frame_side(
                text,
                (tokens[at].start(), tokens[last].end()),
                frames,
                knowledge,
                own,
                enemy,
                fallback or voice,
                reflexive,
            ) or _reflexive_side(text, tokens, at, reflexive, knowledge, fallback)
        found.append((at, index, named, struck, last))
    # a third party's own count, no side named ("at least 33 people were killed", says
    # the UN) counts no one party's people: both parties' together, as a third party's
    # people are (:data:`OTHER`)
    claimant_own = OTHER if fallback == THIRD else fallback
    both = [words for words in (combined, conflict_toll) if words]
    if claimant_own is None and any(_whole_words(words).search(text) for words in both):
        # the outlet's count, told by both parties ("selon les autorités des deux
        # parties", "each side said") or taken by the fighting itself ("Des échanges de
        # tirs ont fait au moins cinq morts"): both parties' people together
        claimant_own = OTHER
    if claimant_own is None and voice not in (None, THIRD):
        # the outlet's own count, its words naming no one's people: a party's outlet
        # counts its country's losses ("Ermənistan tərəfi atəş açıb, 2 hərbçi yaralanıb"
        # on an Azerbaijani site)
        claimant_own = voice
    sides: dict[int, str | None] = {}
    carried: str | None = None
    carried_struck: str | None = None
    previous = -1
    for at, index, named, struck, last in sorted(found):
        between = text[tokens[previous].end() : tokens[at].start()] if previous >= 0 else ""
        if carried and between and _other_clause_party(knowledge, between, carried):
            carried = None
        if carried_struck and between and _other_clause_party(knowledge, between, carried_struck):
            carried_struck = None
        previous = last
        # a side read with the count itself (a toll's words: "Потери Армии обороны
        # Нагорного Карабаха составили 32 военнослужащих") names the counts after it too
        # ("еще 25 считаются пропавшими без вести"), not past a clause of another party
        carried = named or figures[index].side or carried
        # so does the attack that struck the count before, for a count of its own that
        # nothing names ("Ermenistan ordusunun ... gerçekleştirdiği füzeli saldırıda 1 kadın
        # hayatını kaybetti, 3 kişi yaralandı": the three were struck by it too)
        carried_struck = struck or carried_struck
        sides[index] = carried or struck or carried_struck or claimant_own
    # a count with no number ("погиб военнослужащий", "hərbçimiz şəhid olub"): a victims
    # word anywhere in the sentence says whose, else who struck them, else the claimant
    unplaced = (
        next(
            (
                side
                for ident in knowledge.find_victims(text)
                if (side := side_of(knowledge, ident)) is not None
            ),
            None,
        )
        # else the side or the place of the losses, anywhere in the sentence ("с армянской
        # стороны есть погибший")
        or frame_side(
            text, (len(text), len(text)), frames, knowledge, own, enemy, fallback or voice
        )
    ) or _struck_before(
        # else who struck them, named in the sentence ("Ադրբեջանական կողմի կրակոցից ...
        # տրակտորի վարորդն էր վիրավորվել": the other party's attack)
        text,
        len(text),
        attacker_before,
        knowledge,
        enemy,
        fallback or voice,
        possessor_end,
    )
    return tuple(
        figure
        if figure.side is not None  # read with its count ("another Armenian serviceman")
        else dataclasses.replace(figure, side=sides.get(index, unplaced or claimant_own))
        for index, figure in enumerate(figures)
    )


def _other_clause_party(knowledge: Knowledge, between: str, side: str) -> bool:
    """Does the text ``between`` two counts open a clause of another party after its
    last punctuation mark ("11 погибших и четверо раненых военных, Минобороны Армении
    сообщало о пяти раненых": the five are no longer Azerbaijan's, whose side the counts
    before read)? Then the side of the count before is not carried to the next one; a
    party named with no mark between ("killed in Armenian shelling and 4 were wounded")
    is who struck them, and carries nothing."""
    marks = list(_PHRASE_BREAK.finditer(between))
    if not marks:
        return False
    clause = between[marks[-1].end() :]
    named = {side_of(knowledge, ident) for ident in knowledge.find_actors(clause)}
    named.discard(None)
    return bool(named) and side not in named


#: How many words after a count may say it is each party's ("200 soldats dans chaque camp").
EACH_WORDS = 5


def each_party(
    text: str,
    figures: Sequence[Figure],
    words: str,
    knowledge: Knowledge,
    number_words: Mapping[str, int],
    positions: Sequence[int | None] = (),
) -> tuple[Figure, ...]:
    """The figures, each count whose phrase says it is each party's (the pack's
    ``each_party`` in its words after it, before a punctuation mark: "Les combats
    eux-mêmes ont tué environ 200 soldats dans chaque camp", "200 soldiers on each side")
    made one figure per party, as an editor lists them; ``positions``: where each
    figure's number is written, as its reading found it."""
    if not words or not _whole_words(words).search(text):
        return tuple(figures)
    tokens = list(_TOKEN.finditer(text))
    parties = sorted(_parties(knowledge))
    out: list[Figure] = []
    for index, figure in enumerate(figures):
        position = positions[index] if index < len(positions) else None
        placed = _count_placed(tokens, figure.value, number_words, position)
        phrase = noun_phrase_after(text, tokens, placed[1], EACH_WORDS) if placed else ""
        if phrase and _whole_words(words).search(phrase):
            out.extend(dataclasses.replace(figure, side=party) for party in parties)
        else:
            out.append(figure)
    return tuple(out)


#: How many words before a count the words naming the side of its losses may stand
#: ("С азербайджанской стороны, по данным министерства, погибли 3 военнослужащих").
FRAME_BEFORE = 12
#: How many words after a count may name it ("3 morts du côté arménien").
FRAME_AFTER = 8


def _frame_party(
    words: str,
    knowledge: Knowledge,
    own: str,
    enemy: str,
    speaker_side: str | None,
    states: bool,
    reflexive: str = "",
    subject_side: str | None = None,
    opening: bool = False,
) -> str | None:
    """Whose losses a frame's words (``words``: "с армянской стороны", "du côté
    arménien", "в Азербайджане", "de notre côté", "düşmən tərəfin") say: the one party
    they name (a state's, where ``states``: a place is a state's, not a region's,
    "в Нагорном Карабахе" is where people of either side fell); "" when they name an
    actor that says nothing (a third party, both parties, a region); the speaker's
    (``speaker_side``) when they are "ours" (``own``), the other party's when "the
    enemy's" (``enemy``); the subject's (``subject_side``, else the speaker's) when they
    are its own (``reflexive``: "dans leurs rangs", "in its ranks"); None when they name
    no one. A frame that opens its sentence (``opening``) is its subject, read as a
    speaker's words are, its first word in the data's lower case too ("Հայկական կողմը
    վերջին օրերին զոհեր և վիրավորներ չունի": ``Knowledge.speaker_actors``)."""
    named = knowledge.speaker_actors(words) if opening else knowledge.find_actors(words)
    idents = named or knowledge.find_victims(words)  # "azérie"
    actors = [a for ident in idents if (a := knowledge.actor(ident)) is not None]
    if actors:
        found = {a.side for a in actors}
        if len(found) != 1 or THIRD in found or (states and any(a.kind != "state" for a in actors)):
            return ""
        return found.pop()
    if reflexive and _whole_words(reflexive).search(words):
        side = speaker_side or subject_side
        return None if side in (None, THIRD) else side
    if speaker_side in (None, THIRD):
        return None
    if own and _whole_words(own).search(words):
        return speaker_side
    if enemy and _whole_words(enemy).search(words):
        others = sorted(_parties(knowledge) - {speaker_side})
        return others[0] if len(others) == 1 else ""
    return None


def _subject_side(knowledge: Knowledge, before: str) -> str | None:
    """The side of the subject of a count's clause, for "their ranks": the one party the
    words ``before`` the count name ("Les séparatistes ont fait état de 3 morts dans
    leurs rangs"); None when they name parties of two sides, of which the reader cannot
    tell the subject ("à la frontière entre l'Arménie et l'Azerbaïdjan qui fait état de
    deux morts dans les rangs de son armée": never a guess)."""
    found = {
        side
        for ident in knowledge.find_actors(before) or knowledge.find_victims(before)
        if (side := side_of(knowledge, ident)) is not None
    }
    return found.pop() if len(found) == 1 else None


def frame_side(
    text: str,
    span: tuple[int, int],
    frames: Sequence[tuple[str, bool]],
    knowledge: Knowledge,
    own: str = "",
    enemy: str = "",
    speaker_side: str | None = None,
    reflexive: str = "",
) -> str | None:
    """Whose losses a count is (its words at ``span`` in ``text``) when its clause names
    the side or the place of the losses (``frames``: the pack's ``loss_side`` words, any
    party, and its ``loss_place`` words, a state's only, each with that flag): right
    after the count in its phrase ("3 soldiers were killed on the Armenian side", "trois
    morts du côté arménien"), else the nearest before it in its clause, past no other
    number ("с армянской стороны погибли 3 военнослужащих", "В Азербайджане погибли 93
    мирных жителя", "Ermenistan tarafında 5 asker", "erməni tərəfinin itkiləri 30 nəfər",
    "с нашей стороны погибли двое", "düşmən tərəfin 20 əsgəri"); None when no frame
    says whose; "their ranks" (``reflexive``) are the speaker's, else those of the
    subject, the one side the words before the count name (:func:`_subject_side`: "Les
    séparatistes ont fait état de 3 morts dans leurs rangs"; none when they name two)."""
    start, end = span
    subject = _subject_side(knowledge, text[:start])
    after = list(_TOKEN.finditer(text, end))[:FRAME_AFTER]
    stop = after[-1].end() if after else end
    cut = _PHRASE_BREAK.search(text, end, stop)
    after_text = text[end : cut.start() if cut else stop]
    before = list(_TOKEN.finditer(text[:start]))[-FRAME_BEFORE:]
    begin = before[0].start() if before else start
    for token in before:
        if token.group(0)[0].isdigit():
            begin = token.end()  # past another count: "3 на армянской стороне, 5 ..."
    clauses = list(_CLAUSE_BEFORE.finditer(text, begin, start))
    before_at = clauses[-1].end() if clauses else begin
    before_text = text[before_at:start]
    for window, at, last in ((after_text, end, False), (before_text, before_at, True)):
        hits = [
            (m.start(), m.group(0), states)
            for words, states in frames
            if words
            for m in _whole_words(words).finditer(window)
        ]
        for offset, words, states in sorted(hits, reverse=last):
            side = _frame_party(
                words,
                knowledge,
                own,
                enemy,
                speaker_side,
                states,
                reflexive,
                subject,
                opening=not text[: at + offset].strip(),
            )
            if side is not None:
                return side or None
    return None


def _reflexive_side(
    text: str,
    tokens: Sequence[re.Match[str]],
    at: int,
    reflexive: str,
    knowledge: Knowledge,
    speaker_side: str | None,
) -> str | None:
    """Whose people a count is when its words call them the subject's own (the pack's
    ``reflexive``, on the word before the count or the two after it: "Armenia says 49 of
    its soldiers were killed", "Bakou a annoncé la mort de trois de ses soldats",
    "Азербайджан потерял 2 783 своих бойцов", "Azerbaycan ordusu 50 askerini kaybetti"):
    the speaker's (``speaker_side``: "the ministry said two of its soldiers died"; the
    subject of a party's report is most often the party itself, and a party named before
    the count may be the one whose attack they stopped, "Ermenistan Silahlı Kuvvetlerinin
    ... provokasyonları engellerken ... 282 askerinin"), else, in the outlet's own voice,
    the side of the first party named before the count in the sentence (the subject comes
    first, "Armenia accused Azerbaijan of killing 3 of its soldiers"); a third party's own
    people are nobody's here."""
    if not reflexive:
        return None
    near = [tokens[at - 1]] if at else []
    near += list(tokens[at + 1 : at + 3])
    if not any(_whole_words(reflexive).fullmatch(t.group(0)) for t in near):
        return None
    if speaker_side is not None:
        return None if speaker_side == THIRD else speaker_side
    for ident in knowledge.find_actors(text[: tokens[at].start()]):
        side = side_of(knowledge, ident)
        if side is not None:
            return None if side == THIRD else side
    return None


def _own_side(window: str, own: str, speaker_side: str | None) -> str | None:
    """The speaker's side when ``window`` (the word before a count and the words after
    it) calls the people counted "ours" (the pack's ``own``: "five of our soldiers",
    "наших военнослужащих", "2 hərbçimiz"); a third party's "our" is nobody's."""
    if not own or speaker_side in (None, THIRD):
        return None
    found = _whole_words(own).search(window)
    return speaker_side if found else None


def _parties(knowledge: Knowledge) -> frozenset[str]:
    """The sides of the conflict's parties (every actor's side but the third)."""
    return frozenset(a.side for a in knowledge.actors) - {THIRD}


def opposed_side(
    knowledge: Knowledge,
    claimant_side: str | None,
    actors: Sequence[str],
    event_type: EventType,
    accuses: bool = False,
    denies: bool = False,
    figures: Sequence[Figure] = (),
    names_enemy: bool = False,
    accuses_third: bool = False,
    to_come: bool = False,
    deed: bool = False,
    retaliates: bool = False,
) -> str | None:
    """The other party a party's account of what happened names ("Armenian troops
    attacked", says Azerbaijan's ministry -> armenia), or None.

    ``accuses``: the claim has an accusation word of its pack's ``accounts.yaml`` ("accused
    the Azerbaijani forces of opening fire", "violated the truce"): even a claim about a
    ceasefire is then an account. ``denies``: a denial word ("refuted", "опровергает",
    "təkzib edir"): an account against the other party, named or not. ``figures``: a
    party's count of losses, with neither word, is a loss report ("Trois soldats arméniens
    ont été tués jeudi dans des affrontements avec les forces azerbaïdjanaises, a annoncé
    l'armée arménienne"): it says who fell, not who attacked, and is no account (its
    figures may still dispute the other side's count). Whose losses they are does not
    matter: a count's side is misread often ("la mort d'un troisième de ses soldats"
    read as the other party's), and a party's count of the other's dead says no more of
    who attacked than its count of its own.
    ``names_enemy``: the claim names the other party as "the enemy" (the pack's ``enemy``:
    "the enemy forces launched an offensive", "düşmən"), or by a word for it without
    its name (the pack's ``other_party``: "son voisin", "qarşı tərəf"), which names it
    as well as its name does. ``accuses_third``: the claim's accusation is aimed at a
    third party (:func:`accuses_third_party`): no account against the other party.
    ``to_come``: the claim speaks of what is to come (its pack's ``future_tense``: "the
    Karabakh army will disband and surrender ... to Azerbaijan", "Армения будет вынуждена
    нанести ответные удары"): a plan, a promise or a threat tells of no deed, so with
    neither word it is no account of what happened, and answers no other.
    ``retaliates``: the claim tells of its own side's answer to the other's fire (the
    pack's ``retaliation``: "the Azerbaijani Armed Forces inflicted adequate strikes on
    the military facilities of the enemy", "В ответ вооруженные силы Азербайджана начали
    подавление огневых точек противника"): with neither word it tells what the claimant's
    side did, not what the other did, so it answers none of the other side's accounts
    (an editor reads the other side's account against that side's own account of the
    other's deed, not against its retaliation). A retaliation told with the loss that
    prompted it ("The soldier was killed ... from the village of Zerkend in Armenia and
    units of the Azerbaijani Armed Forces are taking retaliatory measures", a claim of
    casualties) is still the side's account of the other's deed.
    ``deed``: the claim tells of a hostile deed (the pack's ``deeds``: "sabotage",
    "intrusion", "вторжение"); as a denial does, it opposes the other party even
    unnamed ("Le groupe est tombé dans une embuscade alors qu'il essayait de traverser
    la frontière", said Baku's ministry of the Armenian group: its version of the
    clash). A claim that names the other party with no accusation, no denial, no
    "enemy", no deed and of no hostile kind (:data:`HOSTILE_TYPES`) merely mentions it
    ("the situation on the border with Azerbaijan is stable"): no account.
    ``actors`` are best those named apart from the claimant's own party
    (:func:`named_apart`): "the Armenian-Azerbaijani border" names neither party's deed."""
    if not may_oppose(claimant_side, event_type, accuses, denies, figures):
        return None
    if accuses_third and not denies:
        return None
    if to_come and not (accuses or denies):
        return None
    if retaliates and not (accuses or denies) and event_type != "casualties":
        return None  # its own side's answer, unless told with the loss that prompted it
    if not (accuses or denies or names_enemy or deed or event_type in HOSTILE_TYPES):
        return None  # the other party mentioned, no deed of it told
    for ident in actors:
        side = side_of(knowledge, ident)
        if side not in (None, THIRD, claimant_side):
            return side
    others = sorted(_parties(knowledge) - {claimant_side})
    return others[0] if (denies or names_enemy or deed) and len(others) == 1 else None


def may_oppose(
    claimant_side: str | None,
    event_type: EventType,
    accuses: bool,
    denies: bool,
    figures: Sequence[Figure],
) -> bool:
    """Can a claim be an account against the other party (:func:`opposed_side`), read
    from what it has before its costlier words are looked for? Not a claim of no
    party's side, nor, with no accusation or denial word, one of an agreed kind
    (:data:`AGREED_TYPES`) or a loss report (``figures``: who fell, whoever's, not who
    attacked)."""
    if claimant_side in (None, THIRD):
        return False
    return accuses or denies or not (event_type in AGREED_TYPES or figures)


def accuses_third_party(
    knowledge: Knowledge,
    text: str,
    accusation: re.Pattern[str] | None,
    claimant_side: str | None,
    names_other: Callable[[str], bool] = lambda _: False,
) -> bool:
    """Is a party's accusation aimed at a third party: the first actor named after its
    first accusation word is a third party's, and no actor of the other party is named
    before that word ("L'Arménie a accusé jeudi les soldats russes de maintien de la
    paix d'avoir échoué à empêcher un blocus par l'Azerbaïdjan": Russia's peacekeepers
    are accused, Azerbaijan only named in what they failed to prevent). Such a claim is
    no account against the other party. "Azerbaijani forces violated the truce brokered
    by Russia" names the other party first: it is, as is a claim that names it as "the
    enemy" or "the other side" anywhere (``names_other``: the pack's ``enemy`` and
    ``other_party`` words; "blamed the other side for the fighting, which prompted an
    appeal from Putin")."""
    found = accusation.search(text) if accusation is not None else None
    if found is None or claimant_side in (None, THIRD):
        return False
    before = (side_of(knowledge, a) for a in knowledge.find_actors(text[: found.start()]))
    if any(side not in (None, THIRD, claimant_side) for side in before):
        return False
    if names_other(text):
        return False
    after = knowledge.find_actors(text[found.end() :])
    return bool(after) and side_of(knowledge, after[0]) == THIRD


#: A word joined to another by a hyphen: a compound ("Armenian-Azerbaijani",
#: "армяно-азербайджанской", "Ermənistan-Azərbaycan", "հայ-ադրբեջանական").
_COMPOUND = re.compile(r"\w+(?:[-‐–]\w+)+")
_COMPOUND_MARKS = "-‐–"


def _compounds(text: str) -> list[re.Match[str]]:
    """The hyphenated compounds of ``text`` (``_COMPOUND``); a text with no hyphen or dash
    has none, and is not scanned (the pattern retries every word's tail)."""
    if not any(mark in text for mark in _COMPOUND_MARKS):
        return []
    return list(_COMPOUND.finditer(text))


_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _two_parties(knowledge: Knowledge, one: str, other: str) -> bool:
    """Do two words name the two parties, one each ("Azerbaijani" and "Armenian"; not
    "Azerbaijan" and "Turkey", of which only one is a party)?"""
    first = {side_of(knowledge, a) for a in knowledge.find_actors(one)} - {None, THIRD}
    second = {side_of(knowledge, a) for a in knowledge.find_actors(other)} - {None, THIRD}
    return bool(first and second and first != second)


def named_apart(knowledge: Knowledge, text: str, conjunction: str = "") -> tuple[str, ...]:
    """The actors ``text`` names on their own, not only in a phrase that names two of
    them together: a hyphenated compound ("the Armenian-Azerbaijani border",
    "армяно-азербайджанской границе", "Ermənistan-Azərbaycan sərhədi") or two names joined
    by the pack's word for "and" where they are the two parties (``conjunction``:
    "between Azerbaijani and Armenian troops", "Азербайджан и Армения договорились").
    Such a phrase names a border, a relation or both parties at once, not what one of
    them did: a party's claim that names the other only so is no account against it
    ("It said the situation on the Armenian-Azerbaijani border is relatively stable")."""
    pieces = [m for m in _compounds(text) if knowledge.find_actors(m.group(0))]
    joined = _whole_words(conjunction) if conjunction else None
    if joined is not None and joined.search(text):
        words = list(_WORD.finditer(text))
        for before, word, after in zip(words, words[1:], words[2:], strict=False):
            if joined.fullmatch(word.group(0)) and _two_parties(
                knowledge, before.group(0), after.group(0)
            ):
                pieces += [before, after]
    if not pieces:
        return knowledge.find_actors(text)
    kept = list(text)
    for piece in pieces:
        kept[piece.start() : piece.end()] = " " * (piece.end() - piece.start())
    return knowledge.find_actors("".join(kept))


def names_enemy(text: str, enemy: str) -> bool:
    """Whether ``text`` names "the enemy" (the pack's ``enemy`` words)."""
    return bool(enemy) and _whole_words(enemy).search(text) is not None
