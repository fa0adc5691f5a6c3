"""Language packs: everything one language needs to be read, as data.

A pack is a folder ``languages/<code>/`` at the repository root; the reading
languages are the folders found there (declared once: by the folder). Each
file of a pack is one *kind* of vocabulary with one schema:

``language.yaml``
    The language's name, its Babel locale, sentence splitting (the pysbd
    language, abbreviations after which a sentence does not end, a colon that
    ends sentences) and language detection (script, stopwords, marks).
``numbers.yaml``
    Number words and their values (and compound number words).
``figures.yaml``
    Counted people: figure keywords and verbs by kind, person nouns, number
    scales, qualifiers, tolls, what a number after which is no count, and the
    word order (``svo``, or ``verb-final``: count, people, then the verb).
``attribution.yaml``
    Who says what: speech verbs, "according to" before or after its speaker,
    inverted speakers, asides and time words between a speaker and its verb,
    role nouns and pronouns, and for a verb-final language the case endings
    by which its speakers are found.
``comparison.yaml``
    How two claims' words are compared when merging them: stopwords,
    synonyms folded to one token, compounds written as two words, spelling
    variants, clitics and suffixes cut before the crude stem.
``accounts.yaml``
    Opposite accounts: the words of an accusation ("accused", "violated", "обстрел")
    and of a denial ("refuted", "опровергает", "təkzib edirik") that make a party's
    claim its account against the other party.
``bodies.yaml``
    The bodies of a state or party a claimant may name ("defence ministry",
    "Минобороны", "ՊՆ"), by the body's id, and the glue words beside them ("press
    service", "of"): which body a claimant is, shown by its name in the page's
    language (``data/actors.yaml`` ``bodies``; timeline.bodies).
``dates.yaml``
    Date expressions: named sub-patterns, the rules of each kind, their gates,
    the words the resolvers read (parts of day, units, relations), the forms
    of the month and weekday names beyond Babel's, and an example per kind
    that a test runs.

Every file is checked when it is loaded: an unknown key, a wrong type or a
regular expression that does not compile is a :class:`PackError` naming the
file and line (``languages/tr/dates.yaml:12: rules.ago[0]: ...``). Packs are
read and compiled once per process (like code; the cache fingerprint covers
their files).

>>> sorted(reading_languages())[:3]
['az', 'en', 'fr']
>>> pack("fr").numbers["deux"]
2
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

__all__ = [
    "LANGUAGES_DIR",
    "ComparisonData",
    "DateData",
    "Detection",
    "Inflection",
    "Pack",
    "PackError",
    "fallback_pack",
    "load_pack",
    "load_packs",
    "pack",
    "pack_files",
    "packs",
    "packs_by_priority",
    "reading_languages",
]

#: Where the packs live: ``languages/<code>/`` at the repository root.
LANGUAGES_DIR = Path(__file__).resolve().parents[2] / "languages"

_CODE = re.compile(r"[a-z]{2,3}")


class PackError(ValueError):
    """A pack file that does not follow its schema; the message names file and line."""


# --------------------------------------------------------------------------- schema

# A schema is one of: a type name ("str", "int", "bool", "regex"), ("list", S),
# ("map", S) (string keys), ("enum", (values...)), or a dict of fields
# {key: (S, required)}. Values are converted as they are checked.
Schema = Any


def _fail(path: Path, node: yaml.Node, where: str, message: str) -> PackError:
    line = node.start_mark.line + 1
    return PackError(f"{_display(path)}:{line}: {where}: {message}" if where else
                     f"{_display(path)}:{line}: {message}")  # fmt: skip


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(LANGUAGES_DIR.parent))
    except ValueError:
        return str(path)


def _scalar(path: Path, node: yaml.Node, where: str, kind: str, regex: bool = True) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        raise _fail(path, node, where, f"expected a {kind}, found a {_node_kind(node)}")
    text: str = node.value
    if kind == "str":
        return text  # as written: "no" and "1" are words here
    if kind == "regex":
        if not regex:  # a file whose regexes compiled before (``_read``)
            return text
        try:
            re.compile(text)
        except re.error as err:
            raise _fail(path, node, where, f"not a regular expression: {err}") from None
        return text
    if kind == "int":
        if node.tag != "tag:yaml.org,2002:int":
            raise _fail(path, node, where, f"expected an integer, found {text!r}")
        return int(text)
    if kind == "bool":
        if node.tag != "tag:yaml.org,2002:bool":
            raise _fail(path, node, where, f"expected true or false, found {text!r}")
        return text.lower() in ("true", "yes", "on")
    raise AssertionError(kind)


def _node_kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "mapping"
    if isinstance(node, yaml.SequenceNode):
        return "list"
    return f"value {node.value!r}"


def _check(path: Path, node: yaml.Node, schema: Schema, where: str, regex: bool = True) -> Any:
    """``node`` converted to Python, checked against ``schema`` (its regexes
    compiled only when ``regex``)."""
    if isinstance(schema, str):
        return _scalar(path, node, where, schema, regex)
    if isinstance(schema, tuple) and schema[0] == "enum":
        value = _scalar(path, node, where, "str")
        if value not in schema[1]:
            raise _fail(path, node, where, f"{value!r} is not one of {', '.join(schema[1])}")
        return value
    if isinstance(schema, tuple) and schema[0] == "list":
        if not isinstance(node, yaml.SequenceNode):
            raise _fail(path, node, where, f"expected a list, found a {_node_kind(node)}")
        return tuple(
            _check(path, item, schema[1], f"{where}[{i}]", regex)
            for i, item in enumerate(node.value)
        )
    if not isinstance(node, yaml.MappingNode):
        raise _fail(path, node, where, f"expected a mapping, found a {_node_kind(node)}")
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = _scalar(path, key_node, where, "str")
        inner = f"{where}.{key}" if where else key
        if key in result:
            raise _fail(path, key_node, inner, "given twice")
        if isinstance(schema, tuple):  # ("map", S)
            result[key] = _check(path, value_node, schema[1], inner, regex)
            continue
        if key not in schema:
            raise _fail(path, key_node, inner, f"unknown key; expected one of {', '.join(schema)}")
        result[key] = _check(path, value_node, schema[key][0], inner, regex)
    if isinstance(schema, dict):
        missing = [k for k, (_, required) in schema.items() if required and k not in result]
        if missing:
            raise _fail(path, node, where, f"missing {', '.join(missing)}")
    return result


#: libyaml's parser where PyYAML has it: the same nodes (tags, lines) in a third of
#: the time (the packs are read by every process that reads articles).
_FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


#: The environment variable through which a process tells the processes it starts
#: which pack files' regexes it compiled without error (``_CHECKED``, joined by commas):
#: a spawned worker reads the same files and need not compile them again to learn so.
CHECKED_ENV = "TIMELINE_PACKS_CHECKED"

#: The fingerprints (``_fingerprint``) of the pack files whose regexes compiled in this
#: process or in the one that started it.
_CHECKED: set[str] = set(filter(None, os.environ.get(CHECKED_ENV, "").split(",")))


def _fingerprint(path: Path, text: str) -> str:
    """A pack file's kind (its name: the schema) and text: what the check's verdict
    on its regexes depends on."""
    return hashlib.blake2b(f"{path.name}\n{text}".encode(), digest_size=12).hexdigest()


def _read(path: Path, schema: Schema) -> dict[str, Any]:
    """A pack file, checked against its kind's schema ({} when the file is absent)."""
    if not path.is_file():
        return {}
    try:
        text = path.read_text(encoding="utf-8")
        try:
            node = yaml.compose(text, Loader=_FAST_LOADER)
        except yaml.YAMLError:
            node = yaml.compose(text)  # the pure parser's message, with its excerpt
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise PackError(f"{_display(path)}{line}: not readable YAML: {err}") from None
    except UnicodeDecodeError as err:
        raise PackError(f"{_display(path)}: not UTF-8: {err}") from None
    if node is None:
        return {}
    # every regex is compiled once to report a bad one by file and line; those
    # compiles are not kept (the readers compile their own, combined patterns)
    fingerprint = _fingerprint(path, text)
    checked: dict[str, Any] = _check(path, node, schema, "", fingerprint not in _CHECKED)
    _CHECKED.add(fingerprint)
    return checked


# --------------------------------------------------------------------------- kinds

FIGURE_KINDS = ("killed", "wounded", "captured", "missing", "displaced", "released", "casualties")
QUALIFIERS = ("more than", "at least", "around", "nearly", "up to", "fewer than")
_FIGURE_ROW: Schema = {"pattern": ("regex", True), "kind": (("enum", FIGURE_KINDS), True)}
_QUALIFIER_ROW: Schema = {"pattern": ("regex", True), "kind": (("enum", QUALIFIERS), True)}

_FIGURES: Schema = {
    "word_order": (("enum", ("svo", "verb-final")), False),
    "scales": (("map", "int"), False),
    "approximate": (("list", "str"), False),
    "one": ("regex", False),
    "qualifiers": (("map", ("enum", QUALIFIERS)), False),
    "qualifiers_after": (("list", _QUALIFIER_ROW), False),
    "keywords": (("list", _FIGURE_ROW), True),
    "count_nouns": (("list", _FIGURE_ROW), False),
    "verb_first": (("list", _FIGURE_ROW), True),
    "persons": ("regex", True),
    "toll": ("regex", False),
    "toll_kinds": (("list", _FIGURE_ROW), False),
    "elliptic": ("regex", False),
    "not_counted": ("regex", True),
    "designations": (("list", "str"), False),
    "designation_stems": (("list", "str"), False),
    "and": ("regex", True),
    "auxiliaries": ("regex", False),
    "passive_auxiliaries": ("regex", False),
    "oblique_end": ("regex", False),
    "verb_first_article": ("regex", False),
    "verb_first_needs_persons": ("bool", False),
    "singular": ("regex", False),
    "people_after": ("regex", False),
    "coordination_article": ("regex", False),
    "possessor_end": ("regex", False),
    "genitive_end": ("regex", False),
    "enemy": ("regex", False),
    "aside": ("regex", False),
    "loss": ("regex", False),
    "attacker": ("regex", False),
    "combined": ("regex", False),
    "own": ("regex", False),
    "attacker_before": ("regex", False),
    "reflexive": ("regex", False),
    "loss_after": ("regex", False),
    "loss_side": ("regex", False),
    "loss_place": ("regex", False),
    "condition": ("regex", False),
    "conflict_toll": ("regex", False),
    "civilian": ("regex", False),
    "including": ("regex", False),
    "holder": ("regex", False),
    "releaser": ("regex", False),
    "toll_again": ("regex", False),
    "returned_to": ("regex", False),
    "each_party": ("regex", False),
    "exchange": ("regex", False),
    "named_person": ("regex", False),
    "no_losses": (("list", _FIGURE_ROW), False),
}

# bodies.yaml: the phrases that name a kind of body of a state or party ("defence
# ministry", "Минобороны", "ministère de la Défense"), by the body's id, and the words
# that may stand beside them in a claimant that names nothing else ("press service",
# "of", "the republic's"): read by timeline.bodies.
_BODIES: Schema = {
    "bodies": (("map", ("list", "str")), True),
    "glue": (("list", "str"), False),
}

_ACCOUNTS: Schema = {
    "accusation": ("regex", False),
    "denial": ("regex", False),
    "other_party": ("regex", False),
    "deeds": ("regex", False),
    "reported": ("regex", False),
    "retaliation": ("regex", False),
    "happenings": (("map", "regex"), False),
}

_INFLECTION: Schema = {"match": ("regex", False), "replace": ("str", True)}

_LANGUAGE: Schema = {
    "name": ("str", True),
    "babel": ("str", False),
    "segmenter": ("str", False),
    "abbreviations": (("list", "str"), False),
    "colon_stops": (
        {"before": ("regex", True), "not_after": ("regex", True)},
        False,
    ),
    "terminal": ("str", False),
    "furniture": (("list", "regex"), False),
    "stamp_labels": (("list", "str"), False),
    "update_labels": (("list", "str"), False),
    "stamp_joins": (("list", "str"), False),
    "clock_joins": (("list", "str"), False),
    "counter_labels": (("list", "str"), False),
    "name_words": (("list", "str"), False),
    "generic_sources": (("list", "str"), False),
    "conjunctions": (("list", "str"), False),
    "credit_via": (("list", "str"), False),
    "bylines": (("list", "regex"), False),
    "source_labels": (("list", "regex"), False),
    "cookie_words": (("list", "regex"), False),
    "cookie_context": (("list", "regex"), False),
    "related_labels": (("list", "regex"), False),
    "list_headings": (("list", "regex"), False),
    "photo_labels": (("list", "regex"), False),
    "boilerplate": (("list", "regex"), False),
    "counters": (("list", "regex"), False),
    "detection": (
        {
            "priority": ("int", True),
            "scripts": (
                (
                    "map",
                    {
                        "stopwords": (("list", "str"), False),
                        "marks": ("str", False),
                        "mark_weight": ("int", False),
                        "min_mark_share": ("int", False),
                    },
                ),
                True,
            ),
        },
        True,
    ),
}

_SPELLING_ROW: Schema = {
    "pattern": ("regex", True),
    "replace": ("str", True),
    "longer_than": ("int", False),
}
_COMPARISON: Schema = {
    "stopwords": (("list", "str"), False),
    "synonyms": (("map", ("list", "str")), False),
    "compounds": (("map", "str"), False),
    "spellings": (("list", _SPELLING_ROW), False),
    "clitics": (("list", "str"), False),
    "suffixes": (("list", "str"), False),
}

_NUMBERS: Schema = {
    "words": (("map", "int"), True),
    "compounds": ({"tens": (("map", "int"), True), "units": (("map", "int"), True)}, False),
    "definite": (("list", "str"), False),
}

CASES = ("plain", "def", "gen", "abl", "obl", "pron")
_ENDING: Schema = {
    "pattern": ("str", True),
    "base": ("str", True),
    "case": (("enum", CASES), True),
    "needs": (("enum", ("known", "name")), False),
}
_ATTRIBUTION: Schema = {
    "patterns": (("map", "regex"), False),
    "speech": ("str", True),
    "verb_asides": ({"after": ("regex", True), "aside": ("regex", True)}, False),
    "case_sensitive": ("bool", False),
    "inverted": ("str", False),
    "according": ("regex", False),
    "according_after": ("regex", False),
    "impersonal": ("regex", False),
    "refers_back": ("regex", False),
    "hearsay": ("regex", False),
    "first_person": ("regex", False),
    "second_person": ("regex", False),
    "imperative": ("regex", False),
    "citing": ("regex", False),
    "joins": ("regex", False),
    "answers": ("regex", False),
    "passive_agent": ("regex", False),
    "locative_speaker": ("regex", False),
    "statement_heading": ("regex", False),
    "headline_tags": (("list", "regex"), False),
    "country_words": (("list", "str"), False),
    "speaker_clause_before": ("regex", False),
    "speaker_clause_after": ("regex", False),
    "pronoun_speaker": ("regex", False),
    "body_spellings": (("list", _INFLECTION), False),
    "title_spellings": (("list", _INFLECTION), False),
    "possessive": ("regex", False),
    "owner_prepositions": (("list", "str"), False),
    "owner_pronouns": (("list", "str"), False),
    "and_words": (("list", "str"), False),
    "adverbial_openers": (("list", "str"), False),
    "leading_connectors": (("list", "str"), False),
    "body_modifiers": (("list", "str"), False),
    "locative_tail": ("regex", False),
    "time_words": ("regex", False),
    "aside_words": ("regex", False),
    "document": ("regex", False),
    "document_subject": ("regex", False),
    "filler": ("regex", False),
    "determiners": ("regex", False),
    "pronouns": (("list", "str"), False),
    "according_pronouns": (("list", "str"), False),
    "roles": (("list", "str"), False),
    "role_kinds": (("map", "str"), False),
    "role_cases": (("map", "str"), False),
    "title_words": (("list", "str"), False),
    "connectors": (("list", "str"), False),
    "stops": (("list", "str"), False),
    "articles": ("bool", False),
    "inverted_needs_capital": ("bool", False),
    "owner_adjective": ("bool", False),
    "verb_final": (
        {
            "endings": (("list", _ENDING), True),
            "vowels": ("str", False),
            "lowercase": (("map", "str"), False),
            "softened": (("list", _INFLECTION), False),
            "izafet": ("str", False),
            "postpositions": (("list", "str"), False),
            "roles": (("list", "str"), True),
            "stops": (("list", "str"), True),
            "clause_edge": ("regex", True),
            "subject_cases": (("list", ("enum", CASES)), True),
            "leading_subject": ("bool", False),
            "compound_head": ("str", False),
            "converb": ("str", False),
        },
        False,
    ),
}

DATE_KINDS = (
    "anaphora-day-before",
    "anaphora-day-after",
    "anaphora-two-days-before",
    "anaphora-two-days-after",
    "anaphora-same-day",
    "anaphora-following-days",
    "anaphora-shift",
    "deictic",
    "present",
    "past-day",
    "relative",
    "ago",
    "lasting",
    "years-after",
    "years-ago-month",
    "weekday",
    "season",
    "month",
    "month-range",
    "day-range",
    "night-day",
    "night-weekday",
    "month-year",
    "date",
    "day-month",
    "decade",
    "year-range",
    "year",
    "time",
)

_DATES: Schema = {
    "patterns": (("map", "regex"), False),
    "rules": (("map", ("list", "regex")), True),
    "gates": (("map", ("list", "str")), False),
    "examples": (("map", ("list", "str")), False),
    "parts_of_day": (("map", ("enum", ("morning", "evening", "night", "afternoon"))), False),
    "units": (("map", ("enum", ("day", "week", "month", "year"))), False),
    "relations": (("map", ("enum", ("last", "this", "next"))), False),
    "days_before": (("map", "int"), False),
    "seasons": (("map", "int"), False),
    "month_forms": (("list", _INFLECTION), False),
    "month_cases": (("list", _INFLECTION), False),
    "weekday_forms": (("list", _INFLECTION), False),
    "harmony": (("map", ("list", "str")), False),
    "capitalised_months": ("bool", False),
    "deictic_parts": (("map", ("enum", ("morning", "evening", "night", "afternoon"))), False),
    "unit_stems": (("map", ("enum", ("day", "week", "month", "year", "weekend"))), False),
    "counted": ("regex", False),
    "counted_modifier": ("regex", False),
    "temporal_prepositions": (("list", "str"), False),
    "day_suffix": ("regex", False),
    "year_suffix": ("regex", False),
    "backward": (("list", "str"), False),
    "continuation": ("regex", False),
    "state_now": ("regex", False),
    "reference_before": ("regex", False),
    "reference_after": ("regex", False),
    "reference_words": ("regex", False),
    "reference_in": ("regex", False),
    "relative_pronouns": ("regex", False),
    "restrictive_clause": ("regex", False),
    "coordination": ("regex", False),
    "future": ("regex", False),
    "future_tense": ("regex", False),
    "speech_channels": ("regex", False),
}


@dataclass(frozen=True)
class Inflection:
    """A form made from a name: ``match`` (default: the end) replaced by ``replace``,
    where ``{A}`` and ``{I}`` are the pack's harmonising vowels after the name."""

    match: str
    replace: str


@dataclass(frozen=True)
class DateData:
    patterns: Mapping[str, str]
    rules: Mapping[str, tuple[str, ...]]
    gates: Mapping[str, tuple[str, ...]]
    examples: Mapping[str, tuple[str, ...]]
    parts_of_day: Mapping[str, str]
    units: Mapping[str, str]
    relations: Mapping[str, str]
    days_before: Mapping[str, int]
    seasons: Mapping[str, int]
    month_forms: tuple[Inflection, ...]
    month_cases: tuple[Inflection, ...]
    weekday_forms: tuple[Inflection, ...]
    harmony: Mapping[str, tuple[str, str]]
    capitalised_months: bool
    deictic_parts: Mapping[str, str]
    unit_stems: Mapping[str, str]
    counted: str
    counted_modifier: str
    temporal_prepositions: frozenset[str]
    day_suffix: str
    year_suffix: str
    backward: frozenset[str]
    continuation: str
    reference_before: str
    reference_after: str
    reference_words: str = ""
    reference_in: str = ""
    relative_pronouns: str = ""
    restrictive_clause: str = ""
    coordination: str = ""
    future: str = ""
    future_tense: str = ""
    speech_channels: str = ""
    state_now: str = ""

    def inflect(self, name: str, rule: Inflection) -> str | None:
        """``name`` (case-folded) inflected by ``rule``; None when its ``match`` fails."""
        stem = name.casefold()
        last = next((c for c in reversed(stem) if c in self.harmony), "")
        a, i = self.harmony.get(last, next(iter(self.harmony.values()), ("", "")))
        replacement = rule.replace.replace("{A}", a).replace("{I}", i)
        match = re.search(rule.match, stem)
        if match is None:
            return None
        return stem[: match.start()] + replacement + stem[match.end() :]


Rows = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ComparisonData:
    """How claims' words are compared (``comparison.yaml``)."""

    stopwords: frozenset[str]
    #: word -> the token it folds to ("killed", "dead" -> "kill")
    synonyms: Mapping[str, str]
    #: two words written apart -> the one word ("cease fire" -> "ceasefire")
    compounds: Mapping[tuple[str, str], str]
    #: (pattern, replacement, applied to words longer than), in order
    spellings: tuple[tuple[re.Pattern[str], str, int], ...]
    clitics: tuple[str, ...]
    suffixes: tuple[str, ...]


def _comparison(path: Path, data: dict[str, Any]) -> ComparisonData | None:
    if not data:
        return None
    synonyms: dict[str, str] = {}
    for token, words in data.get("synonyms", {}).items():
        for word in words:
            if synonyms.setdefault(word, token) != token:
                raise PackError(
                    f"{_display(path)}: synonyms: {word!r} is under both "
                    f"{synonyms[word]!r} and {token!r}"
                )
    compounds: dict[tuple[str, str], str] = {}
    for written, joined in data.get("compounds", {}).items():
        parts = written.split()
        if len(parts) != 2:
            raise PackError(f"{_display(path)}: compounds: {written!r} is not two words")
        compounds[parts[0], parts[1]] = joined
    return ComparisonData(
        stopwords=frozenset(data.get("stopwords", ())),
        synonyms=_frozen(synonyms),
        compounds=MappingProxyType(compounds),
        spellings=tuple(
            (
                _compile(path, "spellings", row["pattern"]),
                row["replace"],
                row.get("longer_than", 0),
            )
            for row in data.get("spellings", ())
        ),
        clitics=tuple(data.get("clitics", ())),
        suffixes=tuple(data.get("suffixes", ())),
    )


@dataclass(frozen=True)
class FigureData:
    """A pack's ``figures.yaml``: see :func:`timeline.extract.find_figures`."""

    verb_final: bool
    scales: Mapping[str, int]
    approximate: frozenset[str]
    one: str
    qualifiers: Mapping[str, str]
    qualifiers_after: Rows
    keywords: Rows
    count_nouns: Rows
    verb_first: Rows
    persons: str
    toll: str
    toll_kinds: Rows
    elliptic: str
    not_counted: str
    designations: frozenset[str]
    designation_stems: tuple[str, ...]
    conjunction: str
    auxiliaries: str
    passive_auxiliaries: str
    oblique_end: str
    verb_first_article: str
    verb_first_needs_persons: bool
    singular: str
    people_after: str
    coordination_article: str
    possessor_end: str = ""
    genitive_end: str = ""
    enemy: str = ""
    aside: str = ""
    loss: str = ""
    attacker: str = ""
    combined: str = ""
    own: str = ""
    attacker_before: str = ""
    reflexive: str = ""
    loss_after: str = ""
    loss_side: str = ""
    loss_place: str = ""
    condition: str = ""
    conflict_toll: str = ""
    civilian: str = ""
    including: str = ""
    holder: str = ""
    releaser: str = ""
    toll_again: str = ""
    returned_to: str = ""
    each_party: str = ""
    exchange: str = ""
    named_person: str = ""
    no_losses: Rows = ()


def _rows(rows: tuple[dict[str, str], ...]) -> Rows:
    return tuple((row["pattern"], row["kind"]) for row in rows)


def _figures(data: dict[str, Any]) -> FigureData | None:
    if not data:
        return None
    return FigureData(
        verb_final=data.get("word_order", "svo") == "verb-final",
        scales=_frozen(data.get("scales", {})),
        approximate=frozenset(data.get("approximate", ())),
        one=data.get("one", ""),
        qualifiers=_frozen(data.get("qualifiers", {})),
        qualifiers_after=_rows(data.get("qualifiers_after", ())),
        keywords=_rows(data["keywords"]),
        count_nouns=_rows(data.get("count_nouns", ())),
        verb_first=_rows(data["verb_first"]),
        persons=data["persons"],
        toll=data.get("toll", ""),
        toll_kinds=_rows(data.get("toll_kinds", ())),
        elliptic=data.get("elliptic", ""),
        not_counted=data["not_counted"],
        designations=frozenset(data.get("designations", ())),
        designation_stems=tuple(data.get("designation_stems", ())),
        conjunction=data["and"],
        auxiliaries=data.get("auxiliaries", "(?!)"),
        passive_auxiliaries=data.get("passive_auxiliaries", "(?!)"),
        oblique_end=data.get("oblique_end", ""),
        verb_first_article=data.get("verb_first_article", ""),
        verb_first_needs_persons=data.get("verb_first_needs_persons", False),
        singular=data.get("singular", ""),
        people_after=data.get("people_after", ""),
        coordination_article=data.get("coordination_article", ""),
        possessor_end=data.get("possessor_end", ""),
        genitive_end=data.get("genitive_end", ""),
        enemy=data.get("enemy", ""),
        aside=data.get("aside", ""),
        loss=data.get("loss", ""),
        attacker=data.get("attacker", ""),
        combined=data.get("combined", ""),
        own=data.get("own", ""),
        attacker_before=data.get("attacker_before", ""),
        reflexive=data.get("reflexive", ""),
        loss_after=data.get("loss_after", ""),
        loss_side=data.get("loss_side", ""),
        loss_place=data.get("loss_place", ""),
        condition=data.get("condition", ""),
        conflict_toll=data.get("conflict_toll", ""),
        civilian=data.get("civilian", ""),
        including=data.get("including", ""),
        holder=data.get("holder", ""),
        releaser=data.get("releaser", ""),
        toll_again=data.get("toll_again", ""),
        returned_to=data.get("returned_to", ""),
        each_party=data.get("each_party", ""),
        exchange=data.get("exchange", ""),
        named_person=data.get("named_person", ""),
        no_losses=_rows(data.get("no_losses", ())),
    )


@dataclass(frozen=True)
class Ending:
    """A case ending of a verb-final language: ``pattern`` on a lower-case word,
    ``base`` what replaces it; ``needs`` "known" (the base must be a name or role
    the knowledge knows) or "name" (a name)."""

    pattern: re.Pattern[str]
    base: str
    case: str
    needs: str


@dataclass(frozen=True)
class VerbFinal:
    """How a verb-final language marks its speakers (see extract.py)."""

    endings: tuple[Ending, ...]
    lowercase: Mapping[str, str]
    softened: tuple[tuple[re.Pattern[str], str], ...]
    izafet: re.Pattern[str] | None
    postpositions: frozenset[str]
    roles: frozenset[str]
    stops: frozenset[str]
    clause_edge: re.Pattern[str]
    subject_cases: frozenset[str]
    # A subject set off by a comma at the start of a sentence governs the verb
    # at its end however long the clause between ("X, ... açıkladı").
    leading_subject: bool
    # The head of a compound in a marked case, right after the unmarked name that
    # qualifies it ("Ermenistan güç-ler-i-nin", "Ermənistan ordu-su-na"): that name
    # is no subject.
    compound_head: re.Pattern[str] | None = None
    # A converb ("մեկնաբանելով", "edərək", "belirterek"): a clause of its own between
    # a subject set off by a comma and its verb ("Հաջիևը, մեկնաբանելով ..., հայտարարել է").
    converb: re.Pattern[str] | None = None


@dataclass(frozen=True)
class AttributionData:
    """A pack's ``attribution.yaml``, compiled: see :func:`timeline.extract.find_claimant`."""

    speech: re.Pattern[str]
    speech_source: str
    inverted: re.Pattern[str] | None
    according: re.Pattern[str] | None
    according_after: re.Pattern[str] | None
    impersonal: re.Pattern[str] | None
    refers_back: re.Pattern[str] | None
    citing: re.Pattern[str] | None
    joins: re.Pattern[str] | None
    answers: re.Pattern[str] | None
    passive_agent: re.Pattern[str] | None  # "des accusations rejetées par l'Azerbaïdjan"
    locative_speaker: re.Pattern[str] | None  # "В МИД Армении заявили": its body
    statement_heading: re.Pattern[str] | None
    headline_tags: tuple[re.Pattern[str], ...]
    country_words: frozenset[str]
    speaker_clause_before: str
    speaker_clause_after: str
    pronoun_speaker: str
    # house spellings of a body's name, in order ("Ministry of Defense" -> "defence
    # ministry"), and of a title ("Defense" -> "Defence")
    body_spellings: tuple[tuple[re.Pattern[str], str], ...]
    title_spellings: tuple[tuple[re.Pattern[str], str], ...]
    possessive: str  # the ending of a possessor before its body ("Armenia's")
    owner_prepositions: tuple[str, ...]  # "the ministry in Yerevan", "... of Armenia"
    owner_pronouns: tuple[str, ...]  # "its ministry": a definite body
    and_words: tuple[str, ...]  # "A and B": two speakers
    adverbial_openers: frozenset[str]  # "Пашинян на встрече заявил": the speaker before
    leading_connectors: tuple[str, ...]  # words that never open a speaker phrase
    body_modifiers: frozenset[str]  # lower-case words inside a body ("local officials")
    locative_tail: str  # a place phrase after a body ("authorities in the region")
    time_words: str
    aside_words: str
    document: re.Pattern[str] | None
    document_subject: re.Pattern[str] | None
    filler: str
    determiners: str
    pronouns: frozenset[str]
    according_pronouns: frozenset[str]
    roles: frozenset[str]
    role_kinds: Mapping[str, str]
    role_cases: Mapping[str, str]
    title_words: frozenset[str]
    connectors: frozenset[str]
    stops: frozenset[str]
    articles: bool
    inverted_needs_capital: bool
    owner_adjective: bool
    verb_final: VerbFinal | None
    hearsay: re.Pattern[str] | None = None  # "allegedly", "якобы", "guya", "իբր"
    first_person: re.Pattern[str] | None = None  # "we", "our", "nous", "наши", "մեր"
    second_person: re.Pattern[str] | None = None  # "you", "your", "vous", "ваш", "sizin", "ձեր"
    imperative: re.Pattern[str] | None = None  # "izləyin.", "Подписывайтесь", "Devenez"


def _compile(path: Path, key: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as err:
        raise PackError(f"{_display(path)}: {key}: not a regular expression: {err}") from None


def _checked(path: Path, key: str, data: dict[str, Any]) -> str:
    """A pattern kept as text (joined with other packs' by its reader), checked now."""
    value: str = data.get(key, "")
    if value:
        _compile(path, key, value)
    return value


def _verb_final(path: Path, data: dict[str, Any] | None) -> VerbFinal | None:
    if not data:
        return None
    vowels = data.get("vowels", "")

    def fill(pattern: str) -> str:
        return pattern.replace("{V}", vowels)

    izafet = data.get("izafet")
    return VerbFinal(
        endings=tuple(
            Ending(
                _compile(path, "verb_final.endings", fill(row["pattern"])),
                row["base"],
                row["case"],
                row.get("needs", ""),
            )
            for row in data["endings"]
        ),
        lowercase=_frozen(data.get("lowercase", {})),
        softened=tuple(
            (_compile(path, "verb_final.softened", row.get("match", "$")), row["replace"])
            for row in data.get("softened", ())
        ),
        izafet=_compile(path, "verb_final.izafet", fill(izafet)) if izafet else None,
        postpositions=frozenset(data.get("postpositions", ())),
        roles=frozenset(data["roles"]),
        stops=frozenset(data["stops"]),
        clause_edge=re.compile(data["clause_edge"]),
        subject_cases=frozenset(data["subject_cases"]),
        leading_subject=data.get("leading_subject", False),
        compound_head=(
            _compile(path, "verb_final.compound_head", fill(data["compound_head"]))
            if data.get("compound_head")
            else None
        ),
        converb=(
            _compile(path, "verb_final.converb", fill(data["converb"]))
            if data.get("converb")
            else None
        ),
    )


def _replacements(
    path: Path, key: str, rows: Iterable[dict[str, str]]
) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Ordered ``match``/``replace`` rows, compiled."""
    return tuple((_compile(path, key, row.get("match", "$")), row["replace"]) for row in rows)


def _attribution(path: Path, data: dict[str, Any]) -> AttributionData | None:
    if not data:
        return None
    subpatterns = {f"{{{k}}}": v for k, v in data.get("patterns", {}).items()}

    def fill(pattern: str) -> str:
        for key, value in subpatterns.items():
            pattern = pattern.replace(key, value)
        return pattern

    speech = fill(data["speech"])
    asides = data.get("verb_asides")
    if asides:  # "a, de son côté, affirmé": an aside after the auxiliary
        speech = re.sub(
            rf"(?<![\w\\])({asides['after']})\\s\+",
            lambda m: m.group(1) + asides["aside"] + r"\s+",
            speech,
        )
    flags = 0 if data.get("case_sensitive") else re.IGNORECASE
    inverted = data.get("inverted")

    def optional(key: str, flags: int = 0) -> re.Pattern[str] | None:
        value = data.get(key)
        return _compile(path, key, value, flags) if value else None

    return AttributionData(
        speech=_compile(path, "speech", rf"(?<!\w)(?:{speech})(?!\w)", flags),
        speech_source=speech,
        inverted=(
            _compile(path, "inverted", fill(inverted).replace("{SPEECH}", speech))
            if inverted
            else None
        ),
        according=optional("according", flags),
        according_after=optional("according_after", re.IGNORECASE),
        impersonal=optional("impersonal"),
        refers_back=optional("refers_back", flags),
        hearsay=optional("hearsay", re.IGNORECASE),
        first_person=optional("first_person", re.IGNORECASE),
        second_person=optional("second_person", re.IGNORECASE),
        imperative=optional("imperative"),
        citing=optional("citing", flags),
        joins=optional("joins", flags),
        answers=optional("answers", flags),
        passive_agent=optional("passive_agent"),
        locative_speaker=optional("locative_speaker"),
        statement_heading=optional("statement_heading", flags),
        headline_tags=tuple(
            _compile(path, "headline_tags", tag) for tag in data.get("headline_tags", ())
        ),
        country_words=frozenset(w.lower() for w in data.get("country_words", ())),
        speaker_clause_before=_checked(path, "speaker_clause_before", data),
        speaker_clause_after=_checked(path, "speaker_clause_after", data),
        pronoun_speaker=_checked(path, "pronoun_speaker", data),
        body_spellings=_replacements(path, "body_spellings", data.get("body_spellings", ())),
        title_spellings=_replacements(path, "title_spellings", data.get("title_spellings", ())),
        possessive=data.get("possessive", ""),
        owner_prepositions=tuple(data.get("owner_prepositions", ())),
        owner_pronouns=tuple(data.get("owner_pronouns", ())),
        and_words=tuple(data.get("and_words", ())),
        adverbial_openers=frozenset(data.get("adverbial_openers", ())),
        leading_connectors=tuple(data.get("leading_connectors", ())),
        body_modifiers=frozenset(data.get("body_modifiers", ())),
        locative_tail=data.get("locative_tail", ""),
        time_words=data.get("time_words", ""),
        aside_words=data.get("aside_words", ""),
        document=optional("document", re.IGNORECASE),
        document_subject=optional("document_subject", flags),
        filler=data.get("filler", ""),
        determiners=data.get("determiners", ""),
        pronouns=frozenset(data.get("pronouns", ())),
        according_pronouns=frozenset(data.get("according_pronouns", ())),
        roles=frozenset(data.get("roles", ())),
        role_kinds=_frozen(data.get("role_kinds", {})),
        role_cases=_frozen(data.get("role_cases", {})),
        title_words=frozenset(data.get("title_words", ())),
        connectors=frozenset(data.get("connectors", ())),
        stops=frozenset(data.get("stops", ())),
        articles=data.get("articles", True),
        inverted_needs_capital=data.get("inverted_needs_capital", False),
        owner_adjective=data.get("owner_adjective", False),
        verb_final=_verb_final(path, data.get("verb_final")),
    )


@dataclass(frozen=True)
class ScriptRule:
    stopwords: frozenset[str]
    marks: str
    mark_weight: int
    min_mark_share: int


@dataclass(frozen=True)
class Detection:
    priority: int
    scripts: Mapping[str, ScriptRule]


@dataclass(frozen=True)
class ColonStops:
    """A colon that ends a sentence (Armenian wires type ":" for "։"): ``before``
    matches right after such a colon; not when ``not_after`` matches the text
    before it."""

    before: re.Pattern[str]
    not_after: re.Pattern[str]


@dataclass(frozen=True)
class AccountsData:
    """A pack's ``accounts.yaml``: the words that make a party's claim an account
    against the other party (see :func:`timeline.sides.opposed_side`); None when unset."""

    accusation: re.Pattern[str] | None
    denial: re.Pattern[str] | None
    #: the words that name the other party without its name ("its neighbour", "the
    #: opposing side", "la partie adverse", "противная сторона", "qarşı tərəf")
    other_party: re.Pattern[str] | None = None
    #: the words of a hostile deed a party's claim tells of the other ("sabotage",
    #: "incursion", "shot down", "вторжение", "diversiya"): with the other party named,
    #: the claim says what it did, as a claim of a clash or shelling does
    deeds: re.Pattern[str] | None = None
    #: the words by which a denial names what it denies ("reports", "claims",
    #: "сообщения", "informations", "iddiaları", "թե իբր"): the words around them say
    #: which of the other party's accounts it answers
    reported: re.Pattern[str] | None = None
    #: the words of a party's own answer to the other's fire ("retaliatory fire",
    #: "adequate strikes", "в ответ", "riposte", "cavab atəşi"): with no accusation and
    #: no denial, the claim tells what its own side did, no account of the other's deed
    retaliation: re.Pattern[str] | None = None
    #: the words of each kind of happening (``fire``, ``violation``, ``incursion``,
    #: ``capture``, ``downing``, ``losses``: class names shared by every pack), by which
    #: a denial that names the other party's account by its kind answers the account that
    #: tells a happening of that kind in other words (:func:`timeline.merge._about_it`)
    happenings: tuple[tuple[str, re.Pattern[str]], ...] = ()


@functools.lru_cache(maxsize=256)
def whole_words(words: str) -> re.Pattern[str]:
    """A pack's alternation of words (``enemy``, ``loss``, ``accusation``, ``civilian``...)
    matched as whole words, case aside; compiled once per alternation."""
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class BodyWords:
    """A pack's ``bodies.yaml``: each body's phrases as word lists (lower case, glue
    words left out, a final ``*`` on a word for any ending), longest first, and the
    glue words a claimant may hold beside its body and owner (timeline.bodies)."""

    phrases: tuple[tuple[tuple[str, ...], str], ...]
    glue: frozenset[str]


BODY_WORD = re.compile(r"[\w*]+")


def _bodies(data: dict[str, Any]) -> BodyWords | None:
    if not data:
        return None
    glue = frozenset(w.casefold() for g in data.get("glue", ()) for w in BODY_WORD.findall(g))
    phrases = []
    for body, words in data["bodies"].items():
        for phrase in words:
            tokens = tuple(
                w for w in (t.casefold() for t in BODY_WORD.findall(phrase)) if w not in glue
            )
            if tokens:
                phrases.append((tokens, body))
    phrases.sort(key=lambda pair: (-len(pair[0]), pair))
    return BodyWords(tuple(phrases), glue)


def _accounts(data: dict[str, Any]) -> AccountsData | None:
    if not data:
        return None

    def compiled(key: str) -> re.Pattern[str] | None:
        return whole_words(data[key]) if key in data else None

    return AccountsData(
        accusation=compiled("accusation"),
        denial=compiled("denial"),
        other_party=compiled("other_party"),
        deeds=compiled("deeds"),
        reported=compiled("reported"),
        retaliation=compiled("retaliation"),
        happenings=tuple(
            (kind, whole_words(pattern))
            for kind, pattern in sorted((data.get("happenings") or {}).items())
        ),
    )


@dataclass(frozen=True)
class Pack:
    """One reading language's vocabulary (see the module docstring)."""

    code: str
    path: Path
    name: str
    babel: str
    segmenter: str
    abbreviations: frozenset[str]
    colon_stops: ColonStops | None
    terminal: str
    detection: Detection
    numbers: Mapping[str, int]
    dates: DateData
    figures: FigureData | None
    attribution: AttributionData | None
    comparison: ComparisonData | None = None
    accounts: AccountsData | None = None
    bodies: BodyWords | None = None
    furniture: tuple[str, ...] = ()
    stamp_labels: tuple[str, ...] = ()
    update_labels: tuple[str, ...] = ()
    stamp_joins: tuple[str, ...] = ()
    clock_joins: tuple[str, ...] = ()
    counter_labels: tuple[str, ...] = ()
    name_words: tuple[str, ...] = ()
    generic_sources: tuple[str, ...] = ()
    conjunctions: tuple[str, ...] = ()
    credit_via: tuple[str, ...] = ()
    bylines: tuple[str, ...] = ()
    source_labels: tuple[str, ...] = ()
    cookie_words: tuple[str, ...] = ()
    cookie_context: tuple[str, ...] = ()
    related_labels: tuple[str, ...] = ()
    list_headings: tuple[str, ...] = ()
    photo_labels: tuple[str, ...] = ()
    boilerplate: tuple[str, ...] = ()
    counters: tuple[str, ...] = ()

    def files(self) -> list[Path]:
        return sorted(p for p in self.path.iterdir() if p.is_file())


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))


def _inflections(rows: tuple[dict[str, str], ...]) -> tuple[Inflection, ...]:
    return tuple(Inflection(row.get("match", "$"), row["replace"]) for row in rows)


def _numbers(data: dict[str, Any]) -> dict[str, int]:
    words = dict(data.get("words", {}))
    compounds = data.get("compounds")
    if compounds:
        for ten, tv in compounds["tens"].items():
            for unit, uv in compounds["units"].items():
                words.setdefault(ten + unit, tv + uv)
    # a number word with the definite article, a count of people named before
    # ("տասնմեկը՝ ստացել ... վնասվածքներ", and eleven were wounded): each word's, the
    # compounds' too
    for ending in data.get("definite", ()):
        for word, value in list(words.items()):
            words.setdefault(word + ending, value)
    return words


def _dates(path: Path, data: dict[str, Any]) -> DateData:
    unknown = sorted(set(data.get("rules", {})) - set(DATE_KINDS))
    if unknown:
        raise PackError(
            f"{_display(path)}: rules: unknown kind {unknown[0]!r}; "
            f"expected one of {', '.join(DATE_KINDS)}"
        )
    harmony = {k: (v[0], v[1]) for k, v in data.get("harmony", {}).items() if len(v) == 2}
    if len(harmony) != len(data.get("harmony", {})):
        raise PackError(f"{_display(path)}: harmony: each vowel maps to two vowels [A, I]")
    return DateData(
        patterns=_frozen(data.get("patterns", {})),
        rules=_frozen(data.get("rules", {})),
        gates=_frozen(data.get("gates", {})),
        examples=_frozen(data.get("examples", {})),
        parts_of_day=_frozen(data.get("parts_of_day", {})),
        units=_frozen(data.get("units", {})),
        relations=_frozen(data.get("relations", {})),
        days_before=_frozen(data.get("days_before", {})),
        seasons=_frozen(data.get("seasons", {})),
        month_forms=_inflections(data.get("month_forms", ())),
        month_cases=_inflections(data.get("month_cases", ())),
        weekday_forms=_inflections(data.get("weekday_forms", ())),
        harmony=_frozen(harmony),
        capitalised_months=data.get("capitalised_months", False),
        deictic_parts=_frozen(data.get("deictic_parts", {})),
        unit_stems=_frozen(data.get("unit_stems", {})),
        counted=data.get("counted", ""),
        counted_modifier=data.get("counted_modifier", ""),
        temporal_prepositions=frozenset(data.get("temporal_prepositions", ())),
        day_suffix=data.get("day_suffix", ""),
        year_suffix=data.get("year_suffix", ""),
        backward=frozenset(data.get("backward", ())),
        continuation=data.get("continuation", ""),
        reference_before=data.get("reference_before", ""),
        reference_after=data.get("reference_after", ""),
        reference_words=data.get("reference_words", ""),
        reference_in=data.get("reference_in", ""),
        relative_pronouns=data.get("relative_pronouns", ""),
        restrictive_clause=data.get("restrictive_clause", ""),
        coordination=data.get("coordination", ""),
        future=data.get("future", ""),
        future_tense=data.get("future_tense", ""),
        speech_channels=data.get("speech_channels", ""),
        state_now=data.get("state_now", ""),
    )


def load_pack(folder: Path) -> Pack:
    """The pack in ``folder``, every file checked against its kind's schema."""
    code = folder.name
    language = _read(folder / "language.yaml", _LANGUAGE)
    if not language:
        raise PackError(f"{_display(folder / 'language.yaml')}: missing; every pack has one")
    detection = language["detection"]
    colon = language.get("colon_stops")
    return Pack(
        code=code,
        path=folder,
        name=language["name"],
        babel=language.get("babel", code),
        segmenter=language.get("segmenter", "en"),
        abbreviations=frozenset(language.get("abbreviations", ())),
        colon_stops=(
            ColonStops(re.compile(colon["before"]), re.compile(colon["not_after"]))
            if colon
            else None
        ),
        terminal=language.get("terminal", ""),
        furniture=tuple(language.get("furniture", ())),
        stamp_labels=tuple(language.get("stamp_labels", ())),
        update_labels=tuple(language.get("update_labels", ())),
        stamp_joins=tuple(language.get("stamp_joins", ())),
        clock_joins=tuple(language.get("clock_joins", ())),
        counter_labels=tuple(language.get("counter_labels", ())),
        name_words=tuple(language.get("name_words", ())),
        generic_sources=tuple(language.get("generic_sources", ())),
        conjunctions=tuple(language.get("conjunctions", ())),
        credit_via=tuple(language.get("credit_via", ())),
        bylines=tuple(language.get("bylines", ())),
        source_labels=tuple(language.get("source_labels", ())),
        cookie_words=tuple(language.get("cookie_words", ())),
        cookie_context=tuple(language.get("cookie_context", ())),
        related_labels=tuple(language.get("related_labels", ())),
        list_headings=tuple(language.get("list_headings", ())),
        photo_labels=tuple(language.get("photo_labels", ())),
        boilerplate=tuple(language.get("boilerplate", ())),
        counters=tuple(language.get("counters", ())),
        detection=Detection(
            priority=detection["priority"],
            scripts=_frozen(
                {
                    script: ScriptRule(
                        frozenset(rule.get("stopwords", ())),
                        rule.get("marks", ""),
                        rule.get("mark_weight", 0),
                        rule.get("min_mark_share", 0),
                    )
                    for script, rule in detection["scripts"].items()
                }
            ),
        ),
        numbers=_frozen(_numbers(_read(folder / "numbers.yaml", _NUMBERS))),
        dates=_dates(folder / "dates.yaml", _read(folder / "dates.yaml", _DATES)),
        figures=_figures(_read(folder / "figures.yaml", _FIGURES)),
        attribution=_attribution(
            folder / "attribution.yaml", _read(folder / "attribution.yaml", _ATTRIBUTION)
        ),
        comparison=_comparison(
            folder / "comparison.yaml", _read(folder / "comparison.yaml", _COMPARISON)
        ),
        accounts=_accounts(_read(folder / "accounts.yaml", _ACCOUNTS)),
        bodies=_bodies(_read(folder / "bodies.yaml", _BODIES)),
    )


def _pack_folders(root: Path) -> Iterator[Path]:
    if not root.is_dir():
        return
    for folder in sorted(root.iterdir()):
        if folder.is_dir() and _CODE.fullmatch(folder.name):
            yield folder


@functools.lru_cache(maxsize=8)
def load_packs(root: Path = LANGUAGES_DIR) -> Mapping[str, Pack]:
    """Every pack under ``root``, by language code, in code order (read once per process)."""
    found = {folder.name: load_pack(folder) for folder in _pack_folders(root)}
    if not found:
        raise PackError(f"{root}: no language packs (languages/<code>/language.yaml) found")
    os.environ[CHECKED_ENV] = ",".join(sorted(_CHECKED))  # for the workers it spawns
    return _frozen(found)


@functools.cache
def packs() -> Mapping[str, Pack]:
    """The reading languages' packs (``languages/``); a lookup on the hot path."""
    return load_packs(LANGUAGES_DIR)


def pack(code: str) -> Pack:
    """The pack of ``code``; KeyError names the languages there are."""
    try:
        return packs()[code]
    except KeyError:
        raise KeyError(f"no language pack {code!r}; packs: {', '.join(packs())}") from None


def reading_languages() -> tuple[str, ...]:
    """The codes of the reading languages: the folders of ``languages/``."""
    return tuple(packs())


def packs_by_priority() -> list[Pack]:
    """The packs in detection priority order (the fallback first)."""
    return sorted(packs().values(), key=lambda p: p.detection.priority)


def fallback_pack() -> Pack:
    """The pack whose rules read a text in a language that has none: the first
    by detection priority."""
    return min(packs().values(), key=lambda p: p.detection.priority)


def pack_files(root: Path = LANGUAGES_DIR) -> list[Path]:
    """Every file of every pack: what the pipeline's cache fingerprint covers."""
    return sorted(p for folder in _pack_folders(root) for p in folder.rglob("*") if p.is_file())


def by_priority(choose: Callable[[Pack], bool] = lambda p: True) -> list[Pack]:
    """The packs ``choose`` keeps, in detection priority order."""
    return sorted((p for p in packs().values() if choose(p)), key=lambda p: p.detection.priority)
