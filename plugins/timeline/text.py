"""Plain-text helpers: hard-wrapped lines to paragraphs, paragraphs to sentences.

Both functions are pure and know nothing about any particular conflict.

>>> join_lines("A line that was\\nwrapped by a mail client.\\n\\nSecond paragraph.")
['A line that was wrapped by a mail client.', 'Second paragraph.']
>>> split_sentences("Gen. Smith left at 6 a.m. with 6,500 troops. He came back.", "en")
['Gen. Smith left at 6 a.m. with 6,500 troops.', 'He came back.']
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pysbd

from .dates import month_names
from .packs import ColonStops, fallback_pack, packs

# Sentence-final punctuation, optionally followed by closing quotes/brackets.
_CLOSERS = "\"'”’»)]"
_TERMINAL = ".!?…։"
_ENDS_SENTENCE = re.compile(rf"[{re.escape(_TERMINAL)}][{re.escape(_CLOSERS)}]*$")
# A place inside a paragraph where a sentence could end. No match: one sentence.
_CANDIDATE = re.compile(rf"[{re.escape(_TERMINAL)}]+[{re.escape(_CLOSERS)}]*\s+\S")
# Spaces, including no-break, thin and zero-width ones; those other than " ".
_SPACE = r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]"
_OTHER_SPACE = r"[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]"
# The runs of spaces that are not one plain space already: replacing them by
# one space collapses every run, and the many single spaces are left alone.
_SPACES_TO_CHANGE = re.compile(rf"{_SPACE}{{2,}}|{_OTHER_SPACE}")
# A space other than " ": its one character class is scanned for much faster than the
# alternation above, so a line with no run of two spaces and none of these is stripped alone.
_OTHER_SPACE_CHAR = re.compile(_OTHER_SPACE)

# A paragraph cut by blank lines mid-sentence is at least this long (shorter: a title).
_MIN_BROKEN_PARAGRAPH = 60
# Lines longer than this are not the product of a hard-wrapping tool.
HARD_WRAP_MAX = 150

# pysbd languages; others are split with the English rules.
_PYSBD_LANGUAGES = frozenset(
    "am ar bg da de el en es fa fr hi hy it ja kk mr my nl pl ru sk ur zh".split()
)


def trie(paths: Iterable[Iterable[str]]) -> dict[str, Any]:
    """The trie of ``paths`` (each a sequence of regex pieces) for ``trie_body``:
    a piece maps to the trie after it, "" marks the end of a path.

    >>> trie([["a", "b"], ["a", "c"]])
    {'a': {'b': {'': {}}, 'c': {'': {}}}}
    """
    root: dict[str, Any] = {}
    for path in paths:
        node = root
        for piece in path:
            node = node.setdefault(piece, {})
        node[""] = {}
    return root


def literal_trie(strings: Iterable[str]) -> dict[str, Any]:
    """The trie of ``strings`` matched literally, one escaped character a piece."""
    return trie([re.escape(ch) for ch in string] for string in strings)


def trie_body(node: dict[str, Any], after_first: str = "") -> str:
    """A trie of regex pieces as one regex: shared prefixes are matched once.

    ``node`` maps a piece to the trie after it ("" marks the end of a name).
    ``after_first`` is put after the first piece of every name: a lookbehind
    there, such as ``(?<!\\w.)`` for a ``(?<!\\w)`` before the name when
    every first piece is one character, lets the pattern start with its
    possible first characters, which the regex engine scans for quickly.

    >>> trie_body({"a": {"b": {"": {}}, "c": {"": {}}}})
    'a(?:b|c)'
    """
    end = "" in node
    branches = [
        piece + after_first + trie_body(child) for piece, child in sorted(node.items()) if piece
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
    return body


def _top_level(alternation: str) -> list[str]:
    """The alternatives of a regex alternation (``|`` outside groups and classes)."""
    parts: list[str] = []
    current: list[str] = []
    depth, in_class, i = 0, False, 0
    while i < len(alternation):
        ch = alternation[i]
        if ch == "\\":
            current.append(alternation[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            i += 1
            continue
        current.append(ch)
        i += 1
    return [*parts, "".join(current)]


def _opens_with_letter(part: str) -> bool:
    """Does an alternative open with a plain letter that no quantifier repeats ("killed",
    not "k*" or "(?:...)"), so that it may be grouped with the others of that letter?"""
    return len(part) >= 2 and _simple_letter(part[0]) and part[1] not in "*+?{"


def _simple_letter(ch: str) -> bool:
    """A letter whose case-insensitive class is its own (not "ı", "ſ", ...)."""
    lower = ch.lower()
    return ch.isalpha() and len(lower) == 1 and len(ch.upper()) == 1 and ch.upper().lower() == lower


def by_first_letter(alternation: str) -> str:
    """The same case-insensitive alternation, its alternatives grouped by first letter.

    "killed|dead|died" -> "k(?:illed)|d(?:ead|ied)": the regex engine then
    tries one group per place instead of every alternative. Alternatives
    that start with different letters never match at the same place, so the
    matches are the same. Left as it is unless every alternative starts with
    a plain letter.
    """
    parts = _top_level(alternation)
    if not all(_opens_with_letter(p) for p in parts):
        return alternation
    return _grouped(parts)


def any_phrase(phrases: Iterable[str]) -> str:
    r"""One regex that finds whether a line holds any of ``phrases`` (regexes), built so
    that the engine tries few alternatives at each place.

    The phrases that open with ``^`` are put under one ``^``, those that open with
    ``\\b`` under one ``\\b``, and within each the alternatives are grouped by their
    first letter (``by_first_letter``'s grouping; those that do not start with a plain
    letter are kept as they are, after the groups), behind a lookahead for those first
    letters when every one has one; the other phrases follow. A phrase
    with an alternation of its own at its top level is kept whole. Duplicates go. For a
    test of whether a line matches: which of two phrases matching at one place is
    returned may differ from the phrases' order.

    >>> any_phrase(["^read also", "^register", "^read also", r"(?:^|\s)photo:", "x|y"])
    '^(?=[Rr])(?:r(?:ead also|egister))|(?:(?:^|\\s)photo:)|(?:x|y)'
    """
    unique = list(dict.fromkeys(phrases))
    anchored: list[str] = []
    bounded: list[str] = []
    rest: list[str] = []
    for phrase in unique:
        whole = len(_top_level(phrase)) == 1
        if whole and phrase.startswith("^"):
            anchored.append(phrase[1:])
        elif whole and phrase.startswith("\\b"):
            bounded.append(phrase[2:])
        else:
            rest.append(f"(?:{phrase})")
    pieces = [
        *([f"^{_first_letters(anchored)}(?:{_grouped(anchored)})"] if anchored else []),
        *([f"\\b{_first_letters(bounded)}(?:{_grouped(bounded)})"] if bounded else []),
        *rest,
    ]
    return "|".join(pieces)


def _first_letters(parts: Sequence[str]) -> str:
    """A lookahead for the letters ``parts`` start with, in either case, when each starts
    with a plain letter (else nothing): one test of a character at each word's start
    instead of one per group."""
    if not all(_opens_with_letter(p) for p in parts):
        return ""
    letters = sorted({c for p in parts for c in (p[0].lower(), p[0].upper())})
    return f"(?=[{''.join(re.escape(c) for c in letters)}])"


def any_word(alternation: str) -> str:
    """A pack's alternation for a search of any of its words, grouped by first letter
    (``by_first_letter``'s grouping), those that start with no plain letter (a quote:
    '["“«]?\\s*devenus?') left after the rest, so that one of them no longer keeps the
    others from being grouped. Which of two words matching at one place is returned may
    differ from the alternation's order: for a test of whether any is there."""
    return _grouped(_top_level(alternation))


def _grouped(parts: Sequence[str]) -> str:
    """``parts`` as one alternation, those that start with a plain letter grouped by it."""
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for part in parts:
        if _opens_with_letter(part):
            groups.setdefault(part[0].lower(), []).append(part[1:])
        else:
            others.append(part)
    grouped = [f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()]
    return "|".join([*grouped, *others])


def unaccented(text: str) -> str:
    """``text`` without the marks over its letters (``février`` -> ``fevrier``, as month
    names and web addresses also type them)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def normalize_spaces(text: str) -> str:
    """Collapse runs of spaces (including no-break and thin spaces) and strip.

    Most lines have neither a run of two plain spaces nor another space: those are only
    stripped (a third of the time of the substitution's search)."""
    if "  " not in text and _OTHER_SPACE_CHAR.search(text) is None:
        return text.strip()
    return _SPACES_TO_CHANGE.sub(" ", text).strip()


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with sentence-final punctuation (quotes allowed after it)."""
    return bool(_ENDS_SENTENCE.search(text.rstrip()))


def _first_word(line: str) -> str:
    parts = line.split(None, 1)
    return parts[0] if parts else ""


def _is_continuation(prev: str, nxt: str, width: int) -> bool:
    """Does line ``nxt`` continue the paragraph that line ``prev`` is part of?"""
    stripped = nxt.lstrip()
    if not stripped:
        return False
    starts_lower = stripped[0].islower()
    if not ends_sentence(prev) and starts_lower:
        return True
    if width > HARD_WRAP_MAX:
        # Long unwrapped lines: every line break is deliberate.
        return False
    # Hard-wrapped text: ``prev`` was broken because the next word did not fit.
    return len(prev.rstrip()) + 1 + len(_first_word(stripped)) > width - 2


def blocks_with_lines(lines: Sequence[str]) -> list[tuple[int, str]]:
    """Group lines into paragraphs; each paragraph with the 1-based number of its first line.

    A blank line ends a paragraph. Inside a run of non-blank lines, a line
    break is kept as a paragraph break unless the text was hard-wrapped
    there (see ``_is_continuation``). A paragraph that stops mid-sentence
    and is followed, after blank lines, by one starting in lower case is
    joined to it (a broken copy-paste).
    """
    width = max((len(x.rstrip()) for x in lines), default=0)
    paragraphs: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    blank_before = True
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        if not line.strip():
            blank_before = True
            if current:
                paragraphs.append((start, current))
                current = []
            continue
        text = line.strip()
        if current and _is_continuation(current[-1], line, width):
            current.append(text)
        elif (
            not current
            and blank_before
            and paragraphs
            and text[0].islower()
            and not ends_sentence(paragraphs[-1][1][-1])
            and sum(len(x) for x in paragraphs[-1][1]) >= _MIN_BROKEN_PARAGRAPH
        ):
            start, current = paragraphs.pop()
            current.append(text)
        else:
            if current:
                paragraphs.append((start, current))
            current = [text]
            start = number
        blank_before = False
    if current:
        paragraphs.append((start, current))
    return [(first, normalize_spaces(" ".join(parts))) for first, parts in paragraphs]


def join_lines(raw: str) -> list[str]:
    """Re-join hard-wrapped lines into paragraphs; blank lines separate paragraphs.

    >>> join_lines(" Stray leading space\\nand a wrapped line.")
    ['Stray leading space and a wrapped line.']
    """
    return [text for _, text in blocks_with_lines(raw.splitlines())]


@functools.lru_cache(maxsize=32)
def _segmenter(lang: str) -> pysbd.Segmenter:
    """pysbd's splitter for the pack's ``segmenter`` language (English if pysbd has not it)."""
    found = packs().get(lang)
    code = found.segmenter if found else lang
    return pysbd.Segmenter(language=code if code in _PYSBD_LANGUAGES else "en", clean=False)


def _ends_with_abbreviation(segment: str, lang: str) -> bool:
    """Does ``segment`` end with one of the pack's ``abbreviations`` (and its dot)?"""
    found = packs().get(lang)
    abbreviations = found.abbreviations if found else frozenset()
    if not abbreviations:
        return False
    match = re.search(r"(\S+)\.$", segment.rstrip())
    return match is not None and match.group(1).lower().lstrip("(«\"'") in abbreviations


def _colon_stops(text: str, stops: ColonStops) -> list[str]:
    """``text`` cut after each ASCII colon that ends a sentence (a pack's ``colon_stops``).

    Armenian wires often type ":" for the full stop "։". A colon ends a
    sentence when the pack's ``before`` matches after it (a space and an
    uppercase letter), unless the text before it introduces what follows
    (``not_after``: "հետևյալը:", "օրինակ:", "ասվում է:") or has no lower-case
    letter (a dateline or heading in capitals: "ԵՐԵՎԱՆ, 13 ՍԵՊՏԵՄԲԵՐԻ,
    ԱՐՄԵՆՊՐԵՍ:"). A ratio or a clock time ("3:2", "18:30") has a digit right
    after its colon, and a quotation or a list opens with a quote mark, a dash
    or a number.

    >>> hy = packs()["hy"].colon_stops
    >>> _colon_stops("Զոհվել է 49 զինծառայող: Նախարարությունը հայտնել է:", hy)
    ['Զոհվել է 49 զինծառայող:', 'Նախարարությունը հայտնել է:']
    """
    pieces: list[str] = []
    start = 0
    for colon in _colon(stops).finditer(text):
        before = text[start : colon.start()]
        if stops.not_after.search(before) or not any(ch.islower() for ch in before):
            continue
        pieces.append(text[start : colon.end()].strip())
        start = colon.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


@functools.lru_cache(maxsize=8)
def _colon(stops: ColonStops) -> re.Pattern[str]:
    return re.compile(rf":(?={stops.before.pattern})")


#: A full stop run into the number after it, with no space ("yaşandı.12 Eylül"): a
#: lower-case letter, the stop, a day of one or two digits and the word after it.
_RUN_ON_DAY = re.compile(r"\.(?=\d{1,2}\s+([^\W\d_]+))")


def _run_on_stops(text: str, lang: str) -> list[str]:
    """``text`` cut after each full stop that a store ran into the next sentence's
    opening date, a day and one of the language's month names ("yaşandı.12 Eylül
    gecesi" is two sentences; pysbd would cut after the 12). The letter before the stop
    is in lower case (a sentence's last word, not an initial or an abbreviation in
    capitals), and the next word is a month: a decimal ("2.5 million"), a clock time
    ("saat 17.30") and a numeric date ("12.09.2022") have a digit before the stop.

    >>> _run_on_stops("Çatışmalar yaşandı.12 Eylül gecesi ateş açıldı.", "tr")
    ['Çatışmalar yaşandı.', '12 Eylül gecesi ateş açıldı.']
    """
    pieces: list[str] = []
    start = 0
    months = month_names(lang)
    for stop in _RUN_ON_DAY.finditer(text):
        if not text[stop.start() - 1 : stop.start()].islower() or (
            stop.group(1).casefold() not in months
        ):
            continue
        pieces.append(text[start : stop.end()])
        start = stop.end()
    return [*pieces, text[start:]]


def split_sentences(paragraph: str, lang: str) -> list[str]:
    """Split one paragraph into sentences with pysbd, in language ``lang``.

    Paragraphs with no possible internal boundary skip pysbd (the common
    case, and the slow part). Splits that pysbd makes after a known
    abbreviation of the language, or before a lower-case word, are undone.
    A language whose pack has ``colon_stops`` (Armenian) is first cut at the
    colons that stand for a full stop (see :func:`_colon_stops`).

    >>> split_sentences("“Call for calm,” he said. At 18:30, 6,500 left.", "en")
    ['“Call for calm,” he said.', 'At 18:30, 6,500 left.']
    """
    text = normalize_spaces(paragraph)
    if not text:
        return []
    found = packs().get(lang)
    pieces = _run_on_stops(text, lang)
    if found is not None and found.colon_stops is not None and ":" in text:
        pieces = [p for piece in pieces for p in _colon_stops(piece, found.colon_stops)]
    return [s for piece in pieces for s in _split(piece, lang)]


def _split(text: str, lang: str) -> list[str]:
    """``split_sentences`` of one paragraph whose spaces are normalised."""
    if not _CANDIDATE.search(text):
        return [text]
    segments = [s.strip() for s in _segmenter(lang).segment(text)]
    sentences: list[str] = []
    for segment in segments:
        if not segment:
            continue
        if sentences and (segment[0].islower() or _ends_with_abbreviation(sentences[-1], lang)):
            sentences[-1] = f"{sentences[-1]} {segment}"
        elif sentences and _CLOCK_CUT.search(sentences[-1]) and segment[:1].isdigit():
            # a clock time typed with the full stop ("ժամը 22։00-ից"): no end, if the
            # text has the two pieces with nothing between them
            joined = sentences[-1] + segment
            if joined in text:
                sentences[-1] = joined
            else:
                sentences.append(segment)
        else:
            sentences.append(segment)
    return sentences


# A cut right after an hour and the terminal mark between it and its minutes.
_CLOCK_CUT = re.compile(r"(?<!\d)\d{1,2}[։.:]$")


# --------------------------------------------------------------------------- numbers


def number_words(lang: str) -> Mapping[str, int]:
    """The number words of ``lang`` (its pack's ``numbers.yaml``), as written in
    lower case -> value: how many were killed, how many days ago. The fallback
    pack's for a language without a pack.

    >>> number_words("ru")["двое"]
    2
    """
    found = packs().get(lang) or fallback_pack()
    return found.numbers
