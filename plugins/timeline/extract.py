"""One article -> dated, attributed claims (one claim per sentence that states something).

Pure functions of the article and the conflict's :class:`Knowledge`; no state
survives a call, so the stage runs in worker processes and under ``pelican -r``.
All patterns are compiled once at import; every rule is linear in the text.

**Which sentences.** Every sentence of the article except headings (no final
punctuation and under eight words) and fragments under four words. Background
sentences are claims too ("broke away ... in 1991" is dated 1991).

**The date** of a claim is the date of its main event, not the date it was said:

1. Date mentions come from :func:`dates.find_dates`, each sentence anchored on
   the publication date and on the last date mentioned before it.
2. A mention right after (or right before) a speech verb ("said on Wednesday",
   "Armenia on Tuesday reported", "այսօր՝ ապրիլի 4-ին, հայտնել է": a comma or a
   second name of the same day may stand between) is a *said-date*. Mentions that only locate
   another event are skipped: "since last year's war", "a year after ...",
   "after the 2020 war"; mentions inside a relative clause (", which began on
   ...") count only when there is no other.
3. The first remaining mention is the date (a local time before its UTC twin;
   "currently", "so far" only when there is no other);
   two mentions joined by "and"/"to"/"-" become one interval. No remaining
   mention: the said-date is the date.
4. A sentence with no date of its own inherits the date of the previous claim
   of the article (a time is widened to its day, the night into a day narrowed to
   that day), or the publication date when nothing before it was dated;
   ``date_inherited`` is then True. A sentence that only says when the news before
   it was told ("Об этом сегодня сообщили в Минобороны") dates no sentence after it.
   One that tells a state in the present tense (the pack's ``state_now``: "the
   situation remains tense", "ճանապարհը շարունակում է փակ մնալ") is of the publication day,
   and dates no sentence after it either.
   Present
   tense background with no date ("long recognized internationally as ...")
   is kept the same way: dropping it would lose text the merge may want.
5. A date after publication is never used unless the text says "next",
   "coming" or "upcoming", or the sentence speaks of what is to come (the pack's
   ``future_tense``).

**said_on** is set only when it differs from the date: the said-date of the
sentence, or, for a reported statement with no date of its own whose
inherited date is earlier than publication, the publication date (a wire's
undated "said" is said on the day it files).

**The claimant** (see :func:`find_claimant`): "according to X"; a person set off
by commas beside their role ("Karabakh's ombudsman, Gegham Stepanyan, said" ->
"Gegham Stepanyan, Karabakh's ombudsman"); "..., said X"; "X said/told/accused/
reported/called on ..." (the first speech verb outside quotations); time words
and dates after a speaker are not part of it ("сообщил Кремль во вторник" ->
"Кремль"). Armenian and Azerbaijani put the verb last and mark the speaker by
its case: the subject of the speech verb, the ablative source of an impersonal
one ("հայտնում են ՊՆ-ից"), the genitive before an "according to"
("Nazirliyin məlumatına görə"); the claimant is that phrase in the nominative
(see "Armenian and Azerbaijani" below). A pronoun ("it said", "he added") or a
definite description ("the ministry said", "the country's foreign ministry
said", "Նախարարության տվյալներով", "Nazirliyin məlumatına görə") takes the last
named speaker, the last named ministry, or the last speaker's country. A sentence
that opens a quotation closed by a later sentence takes that sentence's
claimant. No attribution: ``None`` (the outlet says it itself). Claimants are
normalised to short names: "Armenian defence ministry", "Charles Michel,
European Council President", and their actors (ids of data/actors.yaml) lead
``Claim.actors``, followed by every other actor the sentence names.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeVar, cast

from . import dates, sides
from .bodies import body_of
from .knowledge import Actor, Knowledge, load_knowledge, url_host
from .model import Claim, DateMention, EventType, Figure, FuzzyDate, Quote, SourceArticle
from .packs import AttributionData, FigureData, VerbFinal, fallback_pack, packs, whole_words
from .text import any_word, literal_trie, number_words, trie_body, unaccented

__all__ = [
    "Knowledge",
    "classify",
    "extract_claims",
    "find_claimant",
    "find_figures",
    "load_knowledge",
]

logger = logging.getLogger(__name__)

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2] / "data"

# Small patterns of the helpers below, compiled once.
_THOUSANDS_GAP = re.compile(r"(?<=\d)[\s\u00a0\u202f,](?=\d{3}(?!\d))")
_NUMBER_SPLIT = re.compile(r"[\s-]+")
_GROUPED_DIGITS = re.compile(r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+")
#: Thousands grouped by full stops, as French, Russian, Turkish and Azerbaijani write them
#: ("30.000 morts", "1.500 asker"): a whole number, not 30.0.
_DOTTED_THOUSANDS = r"[1-9]\d{0,2}(?:\.\d{3})+(?![\d.])"
_DOTTED = re.compile(rf"(?<![\d.]){_DOTTED_THOUSANDS}")
_NOT_DIGIT = re.compile(r"\D")
_DECIMAL = re.compile(r"\d+(?:[.,]\d+)?")
_STRAIGHT_OPENS = re.compile(r'(?:^|\s)"\S')
_STRAIGHT_CLOSES = re.compile(r'\S"(?:\s|$)')
_POSSESSIVE_S = re.compile(r"['’]s$")
_ELIDED = re.compile(r"^\w[’']")
_CLOSES_QUOTE = re.compile(r"[”»]|\S\"")

# ----------------------------------------------------------------------------------
# Numbers and figures
# ----------------------------------------------------------------------------------


# How far before a count "N X, M Y and" is looked for.
_PARTS_REACH = 200
_YEAR_LIKE = re.compile(r"^(?:1[89]|20)\d\d$")


def _alt(words: Iterable[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


def _group(name: str | None, body: str) -> str:
    """``body`` as a group named ``name``, or as a plain group when ``name`` is None."""
    return f"(?P<{name}>{body})" if name else f"(?:{body})"


def _number_regex(lang: str, data: FigureData) -> str:
    words = trie_body(literal_trie(w for w in number_words(lang) if w not in ("a", "an")))
    scales = _alt(data.scales)
    digits = rf"\d{{1,3}}(?:[,\u00a0\u202f ]\d{{3}})+(?!\d)|{_DOTTED_THOUSANDS}|\d+(?:[.,]\d+)?"
    # a number in words: one word, or words and scales after a first word ("сто двадцать
    # пять", "iki min beş yüz", "deux cent quatre-vingts"); each part a whole word
    word = rf"(?:{words})(?:[-\s](?:{words}|{scales})(?![\w-])){{0,3}}"
    # digits and words after a scale word, as Turkish and Azerbaijani news write a count
    # ("6 bin 500 kişi", "2 min 783 hərbçi", "1 million 300 thousand"): one number
    rest = rf"(?:\s+(?:\d{{1,3}}(?![\d.,:/-]|\s*%)|{word})(?:\s+(?:{scales})(?!\w))?)?"
    return (
        rf"(?:(?:{digits}|{word}|{data.one})\s+(?:{scales})s?(?!\w){rest}"
        rf"|(?:{digits})(?:\s+(?:{scales})\.?{rest})?"
        rf"|{word})"
    )


def _count_regex(lang: str, data: FigureData, named: bool, article: bool = False) -> str:
    """A count: qualifier, number, qualifier after it, and no date, age or unit word after.

    Groups when ``named``: ``q`` the qualifier before, ``n`` the number, ``qp``
    the qualifier after. ``article``: the pack's ``coordination_article`` (English
    "a"/"an") counts one ("a soldier and two civilians").
    """
    number = _number_regex(lang, data)
    if article and data.coordination_article:
        number = rf"{number}|{data.coordination_article}(?=\s)"
    after = "|".join(p for p, _ in data.qualifiers_after) or "(?!)"
    q, n, qp = ("q", "n", "qp") if named else (None, None, None)
    return (
        rf"(?:{_group(q, _alt(data.qualifiers))}\s+)?{_group(n, number)}"
        rf"(?:{_group(qp, after)}|(?![\w:/-]|[.,]\d))(?!\s+(?:{data.not_counted})(?!\w))"
    )


@dataclass(frozen=True)
class _Coordination:
    """Patterns of "N X, M Y and L Z <verb>" / "<verb> N X and M Y" (see ``_coordinated``)."""

    part: re.Pattern[str]  # one "N X"; groups q, n, qp, p
    before: re.Pattern[str]  # "N X, M Y and " ending where a count starts; group joined
    after_source: str  # " and M Y" right after a verb-first figure (``after``)
    within_source: str  # "soldiers and a civilian " between a count and its verb
    joint_before: re.Pattern[str]  # "and " or ", " ending where a count starts
    conj: re.Pattern[str]  # "and"
    verb_before_source: str  # a verb-first verb ending where "N X and" starts
    elided: re.Pattern[str]  # "N <word> and " ending where a count starts; group w
    # "including", "այդ թվում" ending where the parts start: among the count before
    including: re.Pattern[str] | None = None

    # The patterns read only where a count has "and" after it or in its words, compiled
    # on first use: the largest of the grammar (0.2 s of its 0.4 s), and the 1,000
    # English articles of the benchmark need ``after`` and ``verb_before`` not once.

    @functools.cached_property
    def after(self) -> re.Pattern[str]:
        return _compiled(self.after_source)

    @functools.cached_property
    def within(self) -> re.Pattern[str]:
        return _compiled(self.within_source)

    @functools.cached_property
    def verb_before(self) -> re.Pattern[str]:
        return _compiled(self.verb_before_source)


@dataclass(frozen=True)
class _FigureGrammar:
    any_keyword: re.Pattern[str]
    any_verb: re.Pattern[str]
    number_first: re.Pattern[str]
    verb_first: re.Pattern[str]
    kinds: tuple[tuple[re.Pattern[str], str], ...]
    verb_kinds: tuple[tuple[re.Pattern[str], str], ...]
    singular: re.Pattern[str] | None
    person_after: re.Pattern[str]  # a person right after a number: a count, not a year
    qualifiers_after: tuple[tuple[re.Pattern[str], str], ...]
    coordination: _Coordination
    toll: re.Pattern[str] | None  # "the death toll rose to 49"
    toll_kinds: tuple[tuple[re.Pattern[str], str], ...]
    elliptic: re.Pattern[str] | None  # "ևս 2-ը վիրավորվել են"
    toll_again: re.Pattern[str] | None  # "bu sayının 77'ye çıktığı": the count before, risen
    person: re.Pattern[str]  # a person noun, whole ("prisoners", "пленных", "գերի")
    civilian: re.Pattern[str] | None  # a civilian noun, whole ("civilian", "խաղաղ բնակիչ")
    # a loss denied: "no casualties", "զոհեր չունի", "can kaybının olmadığı" (any row)
    no_losses: re.Pattern[str] | None
    no_loss_kinds: tuple[tuple[re.Pattern[str], str], ...]
    data: FigureData


def _svo_rules(lang: str, data: FigureData, keywords: str, verbs: str) -> tuple[str, str]:
    """Count before a passive or intransitive keyword, or after a transitive verb:
    "12 soldiers were killed", "killed 12 soldiers" (English, French, Russian)."""
    number = _number_regex(lang, data)
    qual = _alt(data.qualifiers)
    persons = data.persons if data.verb_first_needs_persons else r"[\w-]+"
    # A word between the number and the keyword: not a number, not a keyword; a name in
    # quotation marks among them ('Two soldiers of the "NKR" were killed').
    mid = rf"(?:(?:[\"“«][\w’'-]+[\"”»]|(?!(?:{number}|{keywords})(?!\w))[\w’'\[\]-]+)\s+)"
    # A parenthetical after the counted people (the pack's ``aside``: "two Azerbaijani
    # civilians, including a two year old baby, lost their lives").
    aside = rf"(?:[\w’'-]+(?P<aside>{data.aside})\s+)?" if data.aside else ""
    number_first = (
        rf"(?<![\w,.]){_count_regex(lang, data, named=True)}\s+"
        rf"(?P<mid>{mid}{{0,5}}?){aside}(?:(?:{data.passive_auxiliaries})\s+)?"
        rf"(?P<k>{keywords})(?!\w)"
    )
    article = f"|{data.verb_first_article}" if data.verb_first_article else ""
    # words between the verb and its count, where the verb comes first and its adverbials
    # before the subject ("Азербайджан потерял в конфликте в Нагорном Карабахе 2823
    # человека", "погибли сегодня 5 военнослужащих"): no number, no figure keyword, no
    # punctuation, no "and" or auxiliary (a clause of its own: "were killed and 3
    # civilians were wounded"); the count after them must then count people
    # (``_gap_counts_people``)
    stops = f"{number}|{keywords}|{data.conjunction}|{data.auxiliaries}"
    gap_word = rf"(?!(?:{stops})(?!\w))[^\W\d][\w’'-]*"
    verb_first = (
        rf"(?<!\w)(?P<k>{verbs})(?:\s+|{_ELIDED_END})(?P<gap>(?:{gap_word}\s+){{0,{_VERB_GAP}}}?)"
        rf"(?:(?P<q>{qual})\s+)?(?P<n>{number}{article})"
        rf"(?!\s+(?:{data.not_counted})(?!\w))\s+(?:[\w-]+\s+){{0,2}}?(?:{persons})(?!\w)"
    )
    return number_first, verb_first


#: A verb that ends in an elided word runs into its count with no space: French "de"
#: before a vowel ("la mort d'un soldat azéri", "la mort d’un civil", as "la mort de
#: deux soldats"); the pack writes the elided form in the verb ("la\\s+mort\\s+d(?:e|[’'])").
_ELIDED_END = r"(?<=[’'])"

#: How many words may stand between a verb and the count it comes before.
_VERB_GAP = 5


def _remains_after(text: str, m: re.Match[str], grammar: _FigureGrammar) -> bool:
    """Is what a verb-first count's verb acts on the remains of the people, named right
    after them (the pack's ``not_counted``: "հանձնել է 3 զինծառայողի աճյունները", the
    remains of 3 servicemen were handed over)? Then no living people are counted; a
    participle of the dead still counts them ("Şehit olan 3 askerin cenazeleri")."""
    return bool(re.match(rf"\s+(?:{grammar.data.not_counted})(?!\w)", text[m.end() :], re.I))


def _gap_counts_people(
    text: str, m: re.Match[str], grammar: _FigureGrammar, knowledge: Knowledge | None = None
) -> bool:
    """Does a verb-first count with words between it and its verb count people? A person
    noun within two words after it ("потерял в конфликте 2823 человека"), or a noun of a
    party's people ("chassant du Haut-Karabakh plus de 100.000 Arméniens"); with no words
    between, any count that the rules read does, unless its verb runs into it by an elided
    word (``_ELIDED_END``): "la mort d'un soldat" counts a person, "la perte d'une
    position" none."""
    if not m.groupdict().get("gap") and not (m.groupdict().get("k") or "").endswith(("’", "'")):
        return True
    after = [w.strip(',.;:!?»”"') for w in text[m.end("n") : m.end("n") + 80].split()[:3]]
    if any(grammar.person.fullmatch(w) for w in after):
        return True
    # the party's noun right after the count, not its adjective on a thing ("3 chars
    # arméniens")
    return knowledge is not None and bool(after and after[0] and knowledge.find_actors(after[0]))


#: How far before a count a bare count sharing its noun and verb may start.
_GAPPED_REACH = 120


@functools.cache
def _gapped_pattern(lang: str) -> re.Pattern[str] | None:
    """A possessor, a bare count and a comma, then a possessor ending where the next count
    starts (the pack's ``possessor_end``), or None where the language has none."""
    ending = _possessor_end(lang)
    data = packs()[_figure_pack(lang)].figures
    if not ending or data is None:
        return None
    count = _count_regex(lang, data, named=True)
    word = r"[^\W\d][\w-]*"
    return _compiled(
        rf"(?<!\w)(?P<w>{word}(?:{ending}))\s+{count},\s+"
        rf"(?:{word}\s+){{0,2}}?{word}(?:{ending})\s+\Z"
    )


def _gapped_count(
    text: str, start: int, grammar: _FigureGrammar, lang: str
) -> tuple[tuple[int, str | None], re.Match[str]] | None:
    """A count before a figure that shares its noun and verb, left out after a comma, each
    count after its own possessor ("Savunma Bakanlığından 180, İçişleri Bakanlığından 12
    personelin şehit olduğu", "Ermenistan ordusundan 4, Azerbaycan ordusundan 1 asker
    yaşamını yitirmişti"): its value and qualifier, and its match; else None. Not a count
    after a date's word ("sentyabrın 27,": the pack's ``not_counted``)."""
    if "," not in text[max(0, start - 40) : start]:
        return None
    pattern = _gapped_pattern(lang)
    before = pattern.search(text, max(0, start - _GAPPED_REACH), start) if pattern else None
    if before is None:
        return None
    if re.match(rf"(?:{grammar.data.not_counted})", before.group("w"), re.IGNORECASE):
        return None
    count = _count(text, before, grammar, lang)
    return (count, before) if count is not None else None


#: How many words after an indefinite article may name the person it counts ("Un jeune
#: soldat", "Un des soldats").
_ARTICLE_WORDS = 2


def _article_counts_people(
    text: str, m: re.Match[str], grammar: _FigureGrammar, knowledge: Knowledge
) -> bool:
    """Does a number-first count that is the indefinite article (the pack's
    ``verb_first_article``: French "un", "une", the article and the number one) count a
    person? Only when a person noun, or a noun of a party's people, stands within two words
    after it ("Un soldat arménien a été tué", "Une civile a été blessée"); the article
    before another noun counts no one ("Un responsable a annoncé la mort de deux
    soldats": two dead, not one). Any other count: True."""
    article = grammar.data.verb_first_article
    if not article or m.group("q") or not re.fullmatch(article, m.group("n"), re.IGNORECASE):
        return True
    if len((m.groupdict().get("mid") or "").split()) < _ARTICLE_WORDS:
        # the figure's own word is the noun ("un mort", "un autre blessé"), or its
        # auxiliary follows ("dont l'un a été blessé")
        return True
    after = [w.strip(',.;:!?»”"') for w in text[m.end("n") : m.end("n") + 60].split()]
    after = after[:_ARTICLE_WORDS]
    if any(grammar.person.fullmatch(w) for w in after):
        return True
    # the party's noun right after it ("Un Arménien a été tué"), not its adjective on
    # another noun ("Un responsable arménien")
    return bool(after and after[0] and knowledge.find_actors(after[0]))


def _verb_final_rules(
    lang: str, data: FigureData, word: str, keywords: str, nouns: str, verbs: str
) -> tuple[str, str]:
    """Verb-final languages (Armenian, Azerbaijani): the count, then the people it
    counts, then the verb.

    "49 զինծառայող զոհվել է", "iki hərbçi ağır yaralanıb": a count, at most two
    words (adjectives: "հայ", "mülki"), a person noun, at most two words (adverbs,
    "է" of "զինծառայող է վիրավորվել"), the predicate. Or a count, at most one
    word, and a noun that is a figure itself: "49 զոհ", "10 yaralı". Verb first:
    an Armenian finite verb or participle, an Azerbaijani participle, at most three
    words ("հայկական բանակի", "Ադրբեջանի զինված ուժերի": whose army), then the count and the
    people: "զոհվել է 49 զինծառայող", "həlak olan 3 hərbçi". A
    number with no person noun after it counts something else ("երկու երկրների
    միջև ... զոհվել"), and so does one before a noun in an oblique case ("3
    գյուղում", "3 kənddə").
    """
    count, persons, aux = _count_regex(lang, data, named=True), data.persons, data.auxiliaries
    attribute = word + data.oblique_end
    number_first = (
        rf"(?<![\w,.]){count}\s+(?:(?:{attribute}\s+){{0,2}}?(?P<p>{persons})\s+"
        rf"(?:{word}\s+){{0,2}}?(?:(?:{aux})\s+)?(?P<k>{keywords})"
        rf"|(?:{attribute}\s+)?(?P<kn>{nouns}))(?!\w)"
    )
    verb_first = (
        rf"(?<!\w)(?P<k>{verbs})(?:\s+(?:{aux}))?(?:\s+{word}){{0,3}}?\s+{count}\s+"
        rf"(?:{attribute}\s+){{0,2}}?(?P<p>{persons})(?!\w)"
    )
    return number_first, verb_first


def _coordination(
    lang: str, data: FigureData, word: str, predicates: str, verbs: str
) -> _Coordination:
    """The patterns of coordinated counts in ``lang``; ``word`` is a plain word."""
    persons, conj, aux = data.persons, data.conjunction, data.auxiliaries
    attribute = word + data.oblique_end
    # a word may follow the noun where the language puts an adjective there, before the
    # "and" ("quatre soldats arméniens et 12 Azerbaïdjanais", "4 военнослужащих армии и")
    trailing = "" if data.verb_final else rf"(?:\s+{word}(?=,|\s+(?:{conj})\s))?"
    part = (
        rf"{_count_regex(lang, data, False, True)}\s+(?:{attribute}\s+){{0,2}}?(?:{persons})(?!\w)"
        rf"{trailing}"
    )
    named = (
        rf"{_count_regex(lang, data, True, True)}\s+(?:{attribute}\s+){{0,2}}?"
        rf"(?P<p>{persons})(?!\w){trailing}"
    )
    follows = rf"\s+(?:(?:{aux})\s+)?(?:{predicates})(?!\w)"
    return _Coordination(
        part=_compiled(named),
        before=_compiled(
            rf"(?<![\w,.])(?:{part},\s+){{0,3}}{part}(?:,?\s+(?:{conj})(?P<joined>)|,)\s+\Z"
        ),
        after_source=(
            rf"(?:\s+{word}){{0,2}}?(?:,\s+{part}){{0,3}},?\s+(?:{conj})\s+{part}(?!{follows})"
        ),
        within_source=(
            rf"(?:{word}\s+){{0,2}}?(?:{persons})(?:,\s+{part}){{0,3}},?\s+(?:{conj})\s+{part}\s+\Z"
        ),
        joint_before=_compiled(rf"(?:,|(?<!\w)(?:{conj}))\s+\Z"),
        conj=whole_words(conj),
        verb_before_source=rf"(?<!\w)(?:{verbs})(?:\s+(?:{aux}))?\s+\Z",
        elided=_compiled(
            rf"(?<![\w,.]){_count_regex(lang, data, True, False)}\s+(?P<w>{word})"
            rf",?\s+(?:{conj})\s+\Z"
        ),
        including=_compiled(rf"(?<!\w)(?:{data.including})\W*\Z") if data.including else None,
    )


def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _kind_table(rows: Iterable[tuple[str, str]]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(regex, kind) rows compiled to match a whole word or phrase."""
    return tuple((_compiled(rf"^(?:{pattern})$"), kind) for pattern, kind in rows)


def _figure_grammar(lang: str, data: FigureData) -> _FigureGrammar:
    """The figure patterns of a pack, compiled (see :func:`find_figures` for the rules)."""
    keywords = "|".join(k for k, _ in data.keywords)
    nouns = "|".join(k for k, _ in data.count_nouns)
    verbs = "|".join(v for v, _ in data.verb_first)
    predicates = f"{keywords}|{nouns}" if nouns else keywords
    # A word that is not a number, a figure keyword, a date or unit word, or "and"
    # ("19-ամյա", an age, is a word).
    number = _number_regex(lang, data)
    blocked = f"{number}|{predicates}|{data.not_counted}|{data.conjunction}"
    word = rf"(?!(?:{blocked})(?![\w-]))[\w’'\[\]-]+"
    if data.verb_final:
        number_first, verb_first = _verb_final_rules(lang, data, word, keywords, nouns, verbs)
    else:
        number_first, verb_first = _svo_rules(lang, data, keywords, verbs)
    qual = _alt(data.qualifiers)
    people = data.people_after or rf"\s+(?:{data.persons})(?!\w)"
    return _FigureGrammar(
        any_keyword=whole_words(any_word(predicates)),
        any_verb=_compiled(rf"(?<!\w)(?:{any_word(verbs)})(?:(?!\w)|{_ELIDED_END})"),
        number_first=_compiled(number_first),
        verb_first=_compiled(verb_first),
        kinds=_kind_table((*data.keywords, *data.count_nouns)),
        verb_kinds=_kind_table(data.verb_first),
        singular=_compiled(data.singular.replace("{KEYWORDS}", keywords))
        if data.singular
        else None,
        person_after=_compiled(people),
        qualifiers_after=_kind_table(data.qualifiers_after),
        coordination=_coordination(lang, data, word, predicates, verbs),
        toll=_compiled(data.toll.replace("{NUM}", number).replace("{QUAL}", qual))
        if data.toll
        else None,
        toll_kinds=_kind_table(data.toll_kinds),
        toll_again=_compiled(data.toll_again.replace("{NUM}", number).replace("{QUAL}", qual))
        if data.toll_again
        else None,
        elliptic=_compiled(
            data.elliptic.replace("{KEYWORDS}", keywords)
            .replace("{QUAL}", qual)
            .replace("{NUMWORD}", trie_body(literal_trie(number_words(lang))))
        )
        if data.elliptic
        else None,
        person=_compiled(rf"(?:{data.persons})"),
        civilian=whole_words(data.civilian) if data.civilian else None,
        no_losses=whole_words("|".join(p for p, _ in data.no_losses)) if data.no_losses else None,
        no_loss_kinds=_kind_table(data.no_losses),
        data=data,
    )


T = TypeVar("T")
_MemoKey = tuple[object, ...]


class _TextMemo:
    """What a reading gave for a text, memoised, for one Knowledge at a time (another
    Knowledge empties it): a copy of a story repeats most of its sentences, and a
    build reads them all (on the benchmark's corpus, 7,500 texts in 10,700 sentences).
    A key is what the reading depends on beside the knowledge: its name, the text and
    its arguments."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._owner: Knowledge | None = None
        self._values: dict[_MemoKey, object] = {}

    def get(self, knowledge: Knowledge, key: _MemoKey, compute: Callable[[], T]) -> T:
        if knowledge is not self._owner:
            self._values.clear()
            self._owner = knowledge
        try:
            return cast(T, self._values[key])
        except KeyError:
            value = compute()
            if len(self._values) < self._size:
                self._values[key] = value
            return value


_READINGS = _TextMemo(100_000)


def sided_figures(
    text: str,
    lang: str,
    knowledge: Knowledge,
    claimant_side: str | None,
    voice: str | None = None,
) -> tuple[Figure, ...]:
    """The casualty figures of ``text`` (:func:`find_figures`), each with whose losses it
    counts (``sides.victim_sides``), read with the words of ``lang``'s pack, as a claim of
    ``claimant_side`` has them; ``voice``: the side of the outlet's country, for a
    sentence in the outlet's own voice. Captives the sentence brings home to their own
    party are released (``sides.brought_home``). Memoised (``_READINGS``)."""
    return _READINGS.get(
        knowledge,
        ("sided_figures", text, lang, claimant_side, voice),
        lambda: _sided_figures(text, lang, knowledge, claimant_side, voice),
    )


def _sided_figures(
    text: str, lang: str, knowledge: Knowledge, claimant_side: str | None, voice: str | None
) -> tuple[Figure, ...]:
    found = figures_at(text, lang, knowledge)
    returned_to = _figure_words(lang, "returned_to")
    sided = sides.victim_sides(
        text,
        tuple(figure for figure, _ in found),
        knowledge,
        claimant_side,
        _count_words(lang),
        _possessor_end(lang),
        _other_side(lang),
        _loss(lang),
        _attacker(lang),
        _combined(lang),
        voice=voice,
        own=_own_words(lang),
        attacker_before=_attacker_before(lang),
        reflexive=_reflexive(lang),
        loss_after=_loss_after(lang),
        loss_side=_loss_side(lang),
        loss_place=_loss_place(lang),
        conflict_toll=_conflict_toll(lang),
        positions=tuple(at for _, at in found),
        holder=_holder(lang),
        releaser=_figure_words(lang, "releaser"),
        returned_to=returned_to,
        genitive_end=_figure_words(lang, "genitive_end"),
    )
    # captives brought home to their own party are released
    sided = sides.brought_home(text, sided, returned_to, knowledge)
    # "in exchange for two soldiers": the other party's people than the released before
    positions = tuple(at for _, at in found)
    if any(f.kind == "released" for f in sided) and (pattern := _exchange_pattern(lang)):
        traded = frozenset(m.start("n") for m in pattern.finditer(text))
        sided = sides.traded_side(text, sided, positions, traded, knowledge)
    # "200 soldats dans chaque camp": one figure per party
    return sides.each_party(
        text,
        sided,
        _figure_words(lang, "each_party"),
        knowledge,
        _count_words(lang),
        tuple(at for _, at in found),
    )


def _figure_pack(lang: str) -> str:
    """The pack whose figure rules read ``lang``: its own, or the fallback's."""
    found = packs().get(lang)
    if found is None or found.figures is None:
        found = fallback_pack()
    assert found.figures is not None, f"{found.path}: the fallback pack needs figures.yaml"
    return found.code


@functools.cache
def _figure_grammar_of(lang: str, people: tuple[str, ...] = ()) -> _FigureGrammar:
    """The figure rules of the pack ``lang``, with ``people`` (the data's nouns of
    a party's people, "հայ", "erməni") among its person nouns where the pack
    writes ``{PEOPLE}``; compiled the first time a process meets them: a worker
    reading English articles compiles no other language's large patterns."""
    data = packs()[lang].figures
    assert data is not None
    extra = "".join(f"|{re.escape(noun)}" for noun in people)
    data = dataclasses.replace(data, persons=data.persons.replace("{PEOPLE}", extra))
    return _figure_grammar(lang, data)


def _account_words(text: str, lang: str) -> tuple[bool, bool]:
    """Does ``text`` accuse, does it deny (its pack's ``accounts.yaml``; no pack, no words)?"""
    found = packs().get(lang)
    accounts = found.accounts if found is not None else None
    if accounts is None:
        return False, False
    accuses = bool(accounts.accusation and accounts.accusation.search(text))
    return accuses, bool(accounts.denial and accounts.denial.search(text))


_AccountsKey = Literal["accusation", "deeds", "retaliation", "other_party"]


def _accounts_words(lang: str, key: _AccountsKey) -> re.Pattern[str] | None:
    """One word class of the pack's ``accounts.yaml``: ``accusation``, the hostile
    ``deeds`` ("sabotage", "incursion", "вторжение"), a side's own ``retaliation``
    ("inflicted adequate strikes", "в ответ ... подавление огневых точек противника"),
    the ``other_party`` named without its name; None with no pack or no such words."""
    found = packs().get(lang)
    accounts = found.accounts if found is not None else None
    words: re.Pattern[str] | None = getattr(accounts, key) if accounts is not None else None
    return words


def _tells(text: str, lang: str, key: _AccountsKey) -> bool:
    """Does ``text`` hold a word of the pack's ``accounts.yaml`` class ``key``?"""
    words = _accounts_words(lang, key)
    return bool(words and words.search(text))


def _names_other_party(text: str, lang: str) -> bool:
    """Does ``text`` name the other party without its name: as "the enemy" (the figure
    pack's ``enemy``: "düşmən", "противник") or by a word for it ("Bakou a évoqué des
    provocations de son voisin", "the opposing side", "qarşı tərəf"; the accounts pack's
    ``other_party``)? In a party's claim that is the other party."""
    return sides.names_enemy(text, _enemy(lang)) or _tells(text, lang, "other_party")


@functools.cache
def _figure_words(lang: str, key: str) -> str:
    """One of the figure pack's word patterns of ``lang`` (its ``figures.yaml`` key
    ``key``), or "" where the language has no figure pack (cached: asked for a dozen
    times a sentence)."""
    data = packs()[_figure_pack(lang)].figures
    return str(getattr(data, key)) if data is not None else ""


def _loss(lang: str) -> str:
    """The pack's words of "X lost N" ("lost", "the loss of"; ``loss``), or ""."""
    return _figure_words(lang, "loss")


def _holder(lang: str) -> str:
    """The pack's words of "X holds N" prisoners ("continues to hold", "удерживает";
    ``holder``), or ""."""
    return _figure_words(lang, "holder")


def _attacker(lang: str) -> str:
    """The pack's words of who struck the people counted ("in Azerbaijani attacks",
    "strikes by Azerbaijani forces"; ``attacker``), or ""."""
    return _figure_words(lang, "attacker")


def _combined(lang: str) -> str:
    """The pack's words of both parties' people together ("combined", "des deux camps";
    ``combined``), or ""."""
    return _figure_words(lang, "combined")


def _enemy(lang: str) -> str:
    """The pack's words for the other party ("düşmən", "противник"; ``enemy``), or ""."""
    return _figure_words(lang, "enemy")


@functools.cache
def _other_side(lang: str) -> str:
    """The words by which a party names the other one when it counts losses: "the
    enemy" (the figure pack's ``enemy``) and "the other side" (``accounts.yaml``
    ``other_party``: "qarşı tərəfin itkiləri", "потери противоположной стороны", "the
    opposing side lost"), one word class read by one rule (``sides.victim_sides``)."""
    other = _accounts_words(lang, "other_party")
    words = [w for w in (_enemy(lang), other.pattern if other is not None else "") if w]
    return "|".join(words)


def _reflexive(lang: str) -> str:
    """The pack's words of the subject's own people ("its", "своих", "askerini";
    ``reflexive``), or ""."""
    return _figure_words(lang, "reflexive")


def _loss_after(lang: str) -> str:
    """The pack's loss verbs after the count, in a verb-final language ("itki verib",
    "kaybetti"; ``loss_after``), or ""."""
    return _figure_words(lang, "loss_after")


def _attacker_before(lang: str) -> str:
    """The pack's words, before a count, of who struck the people counted ("Ermənistan
    silahlı qüvvələrinin atəşi nəticəsində"; ``attacker_before``), or ""."""
    return _figure_words(lang, "attacker_before")


def _loss_side(lang: str) -> str:
    """The pack's words of the side of the losses ("с армянской стороны", "du côté
    arménien"; ``loss_side``), or ""."""
    return _figure_words(lang, "loss_side")


def _loss_place(lang: str) -> str:
    """The pack's words of the place of the losses, a state's ("в Азербайджане", "en
    Arménie"; ``loss_place``), or ""."""
    return _figure_words(lang, "loss_place")


def _conflict_toll(lang: str) -> str:
    """The pack's words of a toll the fighting itself took ("the war has killed", "le
    conflit a fait"; ``conflict_toll``), or ""."""
    return _figure_words(lang, "conflict_toll")


def _own_words(lang: str) -> str:
    """The pack's words of the speaker's own people ("our", "наш", "hərbçilərimiz";
    ``own``), or ""."""
    return _figure_words(lang, "own")


@functools.cache
def _count_words(lang: str) -> dict[str, int]:
    """The words a count of ``lang`` is written with, lower case -> value: its number
    words and the scale words of its figure pack ("centaine", "тысяч"), by which
    :func:`timeline.sides.victim_sides` finds where a figure's count stands."""
    data = packs()[_figure_pack(lang)].figures
    scales = dict(data.scales) if data is not None else {}
    return {**scales, **number_words(lang)}


def _possessor_end(lang: str) -> str:
    """The pack's ending of a possessor before a count (``possessor_end``), or ""."""
    return _figure_words(lang, "possessor_end")


@functools.cache
def _designations() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words (and stems) before a number that make it no count, of every
    pack: a quoted designation is one too."""
    data = [p.figures for p in packs().values() if p.figures is not None]
    words = frozenset(w for d in data for w in d.designations)
    return words, tuple(stem for d in data for stem in d.designation_stems)


@functools.cache
def _multipart_words(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The pack's number words of two or more parts ("quatre-vingts", "quatre-vingt-dix"),
    longest first, each with its value as digits."""
    words = sorted((w for w in number_words(lang) if re.search(r"[\s-]", w)), key=len)
    return tuple(
        (re.compile(rf"(?<![\w-]){re.escape(w)}(?![\w-])"), str(number_words(lang)[w]))
        for w in reversed(words)
    )


def _whole_words(text: str, lang: str) -> str:
    """``text`` (lower case) with each number word of several parts as its value, so that
    its parts are not read as numbers of their own ("quatre-vingts" is 80, not 4 + 20)."""
    for pattern, value in _multipart_words(lang):
        text = pattern.sub(value, text)
    return text


def _number_value(text: str, lang: str) -> int | None:
    """ "6,500" -> 6500, "a dozen" -> 12, "twenty-four" -> 24, "30 тыс." -> 30000.

    A scale multiplies what comes before it; a thousand or more closes a group
    ("iki min beş yüz" -> 2500). A scale first is a number itself ("հազար" -> 1000).
    """
    words = number_words(lang)
    found = packs()[_figure_pack(lang)].figures
    assert found is not None
    scales = found.scales
    total = 0.0
    group = 0.0
    seen = False
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)
    text = _whole_words(_THOUSANDS_GAP.sub("", text.replace("İ", "i")).lower(), lang)
    for raw in _NUMBER_SPLIT.split(text.rstrip(".")):
        token = raw.rstrip("s") if raw.rstrip("s") in scales else raw
        if _GROUPED_DIGITS.fullmatch(token):
            group += int(_NOT_DIGIT.sub("", token))
        elif _DECIMAL.fullmatch(token):
            group += float(token.replace(",", "."))
        elif token in scales and (seen or token not in words):
            if scales[token] >= 1000:
                total, group = total + (group or 1) * scales[token], 0.0
            else:
                group = (group or 1) * scales[token]
        elif token in words:
            group += words[token]
        else:
            continue
        seen = True
    return round(total + group) if seen else None


def _kind(word: str, table: Iterable[tuple[re.Pattern[str], str]]) -> str | None:
    return next((kind for pattern, kind in table if pattern.match(word)), None)


_LOWER_BOUNDS = frozenset({"at least", "more than"})
_UPPER_BOUNDS = frozenset({"nearly", "up to", "fewer than"})


def _combined_qualifier(qualifiers: Iterable[str | None]) -> str | None:
    """The qualifier of a sum of counts, from the qualifiers of its parts.

    Exact parts keep the qualifier of the others ("at least 4 soldiers and 2
    civilians": at least 6). One qualifier throughout: that one. Lower bounds
    mixed ("at least", "more than"): "at least". Upper bounds mixed ("nearly",
    "up to", "fewer than"): "up to". Anything else (an "around", or lower and
    upper bounds together): "around".
    """
    given = {q for q in qualifiers if q}
    if len(given) <= 1:
        return next(iter(given), None)
    if given <= _LOWER_BOUNDS:
        return "at least"
    if given <= _UPPER_BOUNDS:
        return "up to"
    return "around"


def _designation_before(text: str, start: int) -> bool:
    """Is the word before ``start`` one after which a number is not a count?"""
    before = text[max(0, start - 30) : start].rsplit(None, 1)
    word = before[-1].lower().rstrip(".") if before else ""
    words, stems = _designations()
    return word in words or word.startswith(stems)


def _count(
    text: str, m: re.Match[str], grammar: _FigureGrammar, lang: str
) -> tuple[int, str | None] | None:
    """Value and qualifier of the count of a match; None when it counts no people.

    Not counts: a year (unless people follow it: "1960 peacekeepers"), a number
    after a designation ("unit 12345", "в/ч 12345") or after "several" ("մի
    քանի հազար"), zero.
    """
    number = m.group("n")
    after = m.groupdict().get("qp")
    if _designation_before(text, m.start("n")):
        return None
    count_end = m.end("qp") if after else m.end("n")
    if _YEAR_LIKE.match(number) and not grammar.person_after.match(text, count_end):
        return None
    plain = number.isdigit()
    value = int(number) if plain else _number_value(number, lang)
    if not value or value <= 0:
        return None
    if after:
        return value, _kind(" ".join(after.split()), grammar.qualifiers_after)
    written = " ".join((m.group("q") or "").lower().split())
    qualifier = grammar.data.qualifiers.get(written)
    approximate = grammar.data.approximate
    if qualifier is None and not plain and any(s in number.lower() for s in approximate):
        qualifier = "around"
    return value, qualifier


def _coordinated(
    text: str, m: re.Match[str], grammar: _FigureGrammar, lang: str, verb_first: bool
) -> tuple[int, int, list[tuple[tuple[int, str | None], re.Match[str]]]]:
    """The other parts of "N X and M Y <verb>" / "<verb> N X and M Y" around a figure.

    Returns the start and end of the text that the figure and its parts cover,
    and each part's count with its match. A part is a count and a person noun ("four soldiers",
    "երկու խաղաղ բնակիչ"); parts are joined by commas and a final "and" (and, et,
    и, և/եւ/ու, və). Parts after a verb-first figure: the last one must not have
    a verb of its own ("killed four soldiers and two others were wounded"). Parts
    before a figure: not when a verb-first verb takes the first one ("killed four
    soldiers and two others were wounded" again, read from "two").
    """
    co = grammar.coordination
    start = m.start("q") if m.group("q") else m.start("n")
    end = m.end()
    spans: list[re.Match[str]] = []
    if verb_first:
        after = co.after.match(text, end) if co.conj.search(text, end, end + 120) else None
        spans = [after] if after else []
        end = after.end() if after else end
    else:
        spans = _parts_before(text, m, start, co)
        start = min([start, *(span.start() for span in spans)])
    counts = (
        (_count(text, part, grammar, lang), part)
        for span in spans
        for part in co.part.finditer(text, span.start(), span.end())
    )
    return start, end, [(c, part) for c, part in counts if c is not None]


def _parts_before(
    text: str, m: re.Match[str], start: int, co: _Coordination
) -> list[re.Match[str]]:
    """Spans of the parts before a number-first count, and inside its words before the verb.

    "Four soldiers and two officers were killed": "Four soldiers and " before
    "two". "Two soldiers and a civilian were wounded": "and a civilian" between
    "Two soldiers" and the verb. "Four soldiers, two civilians and a child": both.
    """
    spans = []
    within = None
    if m.groupdict().get("mid") and co.conj.search(text, m.start("mid"), m.end("mid")):
        within = co.within.match(text, m.start("mid"), m.end("mid"))
        spans += [within] if within else []
    if not co.joint_before.search(text, max(0, start - 8), start):
        return spans
    before = co.before.search(text, max(0, start - _PARTS_REACH), start)
    if (
        before
        and (before.group("joined") is not None or within)
        and not co.verb_before.search(text, max(0, before.start() - 40), before.start())
        and not _among_before(text, before.start(), co)
    ):
        spans.append(before)
    return spans


#: How far before a count's parts "including" may stand ("այդ թվում՝ ").
_INCLUDING_REACH = 40


def _among_before(text: str, start: int, co: _Coordination) -> bool:
    """Do the parts at ``start`` open with the pack's ``including`` ("կա առնվազն 2 զոհ,
    այդ թվում՝ մեկ երեխա և 11 վիրավոր": the child is among the 2 dead, not one of 12
    wounded)? Then they are among the count before, not added to the next one."""
    if co.including is None:
        return False
    return co.including.search(text, max(0, start - _INCLUDING_REACH), start) is not None


#: How far after a count's noun its own verb may come ("17 Armenian prisoners were
#: released": the noun is one kind, the verb after it another).
_VERB_REACH = 60
_CLAUSE_END = re.compile(r"[,.;:!?։՝]")


def _verb_kind(
    text: str,
    m: re.Match[str],
    kind: str,
    table: Iterable[tuple[re.Pattern[str], str]],
    grammar: _FigureGrammar,
) -> str:
    """The kind of a number-first count whose keyword is a person noun too ("prisoners",
    "пленных", "գերի": captured): the kind of the verb after it in its clause, where one
    says what befell them ("17 Armenian prisoners were released", "15 армянских пленных
    были освобождены", "44 prisonniers arméniens ont pu rentrer chez eux"); else its own."""
    word = m.group("k") or m.groupdict().get("kn")
    if not word or not grammar.person.fullmatch(word):
        return kind
    clause = text[m.end() : m.end() + _VERB_REACH]
    stop = _CLAUSE_END.search(clause)
    end = m.end() + (stop.start() if stop else len(clause))
    later = grammar.any_keyword.search(text, m.end(), end)
    if later is None and (gap := _GAPPED.search(text, max(0, m.start() - 40), m.start())):
        # a dash for the verb of the part before ("Armenia released one prisoner, and
        # Azerbaijan – five prisoners of war"): that verb's kind
        words = list(grammar.any_keyword.finditer(text, 0, gap.start()))
        verbs = [k for k in words if not grammar.person.fullmatch(k.group(0))]
        # parallel parts: the part before counts people of the same noun after its verb
        # ("released one prisoner, and Azerbaijan – five prisoners")
        if verbs and any(
            k.start() > verbs[-1].start()
            and grammar.person.fullmatch(k.group(0))
            and _kind(k.group(0), table) == kind
            for k in words
        ):
            later = verbs[-1]
    return (_kind(later.group(0), table) or kind) if later else kind


#: A dash standing for the verb of the part before it, right before a count, after the
#: subject of its own part ("..., and Azerbaijan – five prisoners", "..., Азербайджан – пятерых").
_GAPPED = re.compile(r",\s+(?:\w+\s+){0,2}?\w+\s+[–—]\s+\Z")


@functools.cache
def _condition(lang: str) -> re.Pattern[str] | None:
    """The pack's words of the state the people counted were in when something else
    befell them (``condition``: "yaralanmış vəziyyətdə", "wounded and"), or None."""
    words = _figure_words(lang, "condition")
    return re.compile(rf"(?:{words})(?!\w)", re.IGNORECASE) if words else None


def _after_condition(
    text: str,
    m: re.Match[str],
    table: Iterable[tuple[re.Pattern[str], str]],
    grammar: _FigureGrammar,
    lang: str,
) -> str | None:
    """The kind of what befell a count's people when its keyword only says the state they
    were in (the pack's ``condition``: "bir üzvü yaralanmış vəziyyətdə hərbi
    qulluqçularımız tərəfindən saxlanılıb", "two were wounded and captured"): the next
    keyword's kind in its clause, where it is another; they are counted under both
    kinds, as editors list them. None when the keyword is no such state."""
    condition = _condition(lang)
    word = m.groupdict().get("k")
    if condition is None or not word:
        return None
    state = condition.match(text, m.start("k"))
    if state is None:
        return None
    clause = text[state.end() : state.end() + _VERB_REACH]
    stop = _CLAUSE_END.search(clause)
    end = state.end() + (stop.start() if stop else len(clause))
    later = grammar.any_keyword.search(text, state.end(), end)
    here = _kind(word, table)
    found = _kind(later.group(0), table) if later else None
    return found if found is not None and found != here else None


#: How many words after a count may name whose people it counts (as in timeline.sides).
_OWNER_WORDS = 3


def _owner_words(text: str, m: re.Match[str]) -> str:
    """The words right after a count's number, that may name whose people it counts."""
    return " ".join(text[m.end("n") :].split()[:_OWNER_WORDS])


def _elided_party(
    text: str, m: re.Match[str], grammar: _FigureGrammar, lang: str, knowledge: Knowledge
) -> tuple[re.Match[str], tuple[int, str | None], str, str] | None:
    """A count of another party whose noun is the figure's own, left out ("49 Armenian
    and 50 Azerbaijani troops were killed", "49 армянских и 50 азербайджанских
    военных"): the count's match, its value and qualifier, its party's side and the
    figure's. Only when the word after each number names a party, and not the same one;
    else None (the counts are not told apart by whose they are)."""
    start = m.start("q") if m.group("q") else m.start("n")
    before = grammar.coordination.elided.search(text, max(0, start - _PARTS_REACH), start)
    if before is None:
        return None
    count = _count(text, before, grammar, lang)
    own = sides.named_side(knowledge, _owner_words(text, m))
    other = sides.named_side(knowledge, before.group("w"))
    if count is None or own is None or other is None or own == other:
        return None
    return before, count, other, own


def _parties_apart(
    text: str,
    m: re.Match[str],
    parts: Sequence[tuple[tuple[int, str | None], re.Match[str]]],
    knowledge: Knowledge,
) -> bool:
    """Do the coordinated counts of a figure name people of different parties ("killed 49
    Armenian troops and 50 Azerbaijani soldiers")? Then they are each party's losses, not
    one sum; counts whose words name no party, or the same one, add up."""
    if not parts:
        return False
    named = {sides.named_side(knowledge, _owner_words(text, m))}
    named |= {sides.named_side(knowledge, part.group(0)) for _, part in parts}
    return len(named - {None}) > 1


def _aside_counts(
    text: str, m: re.Match[str], kind: str, grammar: _FigureGrammar, lang: str
) -> list[_Found]:
    """The counts inside a figure's parenthetical, each a figure of its own of the same
    kind: the people among those counted that the text names apart ("at least 200 people,
    including 10 civilians, were killed": 200, and 10 civilians; "Au moins 110 personnes,
    dont 20 civils, ont été tuées"), as an editor lists them."""
    start = m.start("aside") if m.groupdict().get("aside") else -1
    if start < 0:
        return []
    found = []
    for part in grammar.coordination.part.finditer(text, start, m.end("aside")):
        count = _count(text, part, grammar, lang)
        if count is not None:
            figure = Figure(kind, *count)
            found.append(_Found(part.start("n"), part.start(), part.end(), figure, aside=True))
    return found


def _civilians_apart(
    text: str,
    m: re.Match[str],
    parts: Sequence[tuple[tuple[int, str | None], re.Match[str]]],
    grammar: _FigureGrammar,
) -> bool:
    """Do the coordinated counts of a figure count civilians and soldiers apart (the pack's
    ``civilian`` nouns in some counts' words, not in others': "192 of its soldiers and one
    civilian died", "առնվազն 30 զինվոր և 3 խաղաղ բնակիչ է զոհվել")? Then each count is a
    figure of its own, as a reader lists them; counts of one kind of people ("7
    պայմանագրային և 5 ժամկետային", contract and conscript soldiers) add up."""
    civilian = grammar.civilian
    if not parts or civilian is None:
        return False
    flags = {civilian.search(_owner_words(text, m)) is not None}
    flags |= {civilian.search(part.group(0)) is not None for _, part in parts}
    return len(flags) > 1


@dataclass(frozen=True)
class _Found:
    at: int  # where its number is
    start: int  # where the text it covers starts (its first part) and ends
    end: int
    figure: Figure
    aside: bool = False  # a count inside another's parenthetical: a figure of its own
    # where its number is written when not at ``at`` ("bir üzvü yaralanmış vəziyyətdə
    # ... saxlanılıb": its second kind), or None where it has none ("another soldier")
    number: int | None = -1

    def written(self) -> int | None:
        """Where the figure's number is written in the sentence, or None."""
        return self.at if self.number == -1 else self.number


def _distinct(found: Sequence[_Found]) -> tuple[tuple[Figure, int | None], ...]:
    """Figures in order of first mention, each once, with where its number is written.

    The verb-first reading of a number wins ("released 10 prisoners"); a number
    inside the parts of another figure's sum is not counted again on its own, unless
    it stands in that figure's parenthetical ("200 people, including 10 civilians,").
    """
    by_number: dict[int, _Found] = {}
    for item in found:
        inside = any(o.start < item.at < o.end for o in found if o.at != item.at)
        if item.aside or not inside:
            by_number[item.at] = item
    out: list[tuple[Figure, int | None]] = []
    for item in sorted(by_number.values(), key=lambda f: (f.start, f.at)):
        figure = item.figure
        if all((f.kind, f.value) != (figure.kind, figure.value) for f, _ in out):
            out.append((figure, item.written()))
    return tuple(out)


def find_figures(
    text: str, lang: str = "en", knowledge: Knowledge | None = None
) -> tuple[Figure, ...]:
    """The counted people of a sentence (see :func:`figures_at`).

    >>> [(f.kind, f.value) for f in find_figures("Seven servicemen died and 10 more were hurt.")]
    [('killed', 7), ('wounded', 10)]
    >>> find_figures("Նախարարության տվյալներով՝ զոհվել է 49 զինծառայող:", "hy")
    (Figure(kind='killed', value=49, qualifier=None, side=None),)
    """
    return tuple(figure for figure, _ in figures_at(text, lang, knowledge))


def figures_at(
    text: str, lang: str = "en", knowledge: Knowledge | None = None
) -> tuple[tuple[Figure, int | None], ...]:
    """The counted people of a sentence (killed, wounded, captured, missing, ...), each
    with where its number is written (None for one person with no number: "another
    Armenian serviceman was wounded").

    English, French and Russian put the count before a passive or intransitive
    keyword ("Seven servicemen died", "погибли 12 военнослужащих" after the verb)
    or after a transitive one ("killed 12 civilians"). Armenian and Azerbaijani
    put it before the people and the verb (see ``_verb_final_rules``). Other
    languages use the English rules.

    Qualifiers are normalised ("over" -> "more than", "an estimated" -> "around",
    "100-dən çox" -> "more than"). Years, clock times, dates ("27 September"),
    ages ("24-year-old", "19 ans", "19 տարեկան"), unit numbers ("unit 12345") and
    vague amounts ("an unknown number", "thousands", "bir neçə") are not figures.
    Counts joined by "and" before one verb are summed ("Four soldiers and two
    officers were killed": 6; see ``_coordinated`` and ``_combined_qualifier``), unless
    each count names its party: then each is that party's ("killed 49 Armenian troops and
    50 Azerbaijani soldiers", "49 Armenian and 50 Azeri military were killed":
    ``_parties_apart``, ``_elided_party``), or some count civilians and others soldiers:
    then each is a figure of its own ("192 of its soldiers and one civilian died":
    ``_civilians_apart``).
    One person with no number, where the language makes the one explicit (the
    pack's ``singular``: "another Armenian serviceman was wounded", "погиб
    военнослужащий"), is a figure of 1 whose side is the one its own words name; a
    loss denied (the pack's ``no_losses``: "no casualties were reported", "զոհեր և
    վիրավորներ չունի") is a figure of none of each kind it denies, its side read as a
    count's with no number; every other figure's side is left to
    :func:`timeline.sides.victim_sides`, which reads it around the number's place (not
    around another number of the same value:
    "Անցած մեկ օրում ... վիրավորվել է Հայաստանի զինված ուժերի մեկ զինծառայող").
    Order of first mention, no repeats. ``knowledge`` (the project's data/ files
    by default) gives the nouns of a party's people that count as persons.
    """
    rules = _figure_pack(lang)
    knowledge = knowledge or _default_knowledge()
    people = knowledge.person_nouns(rules)
    grammar = _figure_grammar_of(rules, people)
    found: list[_Found] = []
    passes = []
    has_keyword = bool(grammar.any_keyword.search(text))
    if has_keyword:
        passes.append((grammar.number_first, grammar.kinds, False))
    if grammar.any_verb.search(text):
        passes.append((grammar.verb_first, grammar.verb_kinds, True))
    for pattern, table, verb_first in passes:
        for m in pattern.finditer(text):
            count = _count(text, m, grammar, rules)
            kind = _kind(m.group("k") or m.groupdict().get("kn") or "", table)
            if count is None or kind is None or not _gap_counts_people(text, m, grammar, knowledge):
                continue
            if not verb_first and not _article_counts_people(text, m, grammar, knowledge):
                continue
            if verb_first and kind != "killed" and _remains_after(text, m, grammar):
                continue
            if not verb_first:
                kind = _verb_kind(text, m, kind, table, grammar)
            start, end, parts = _coordinated(text, m, grammar, rules, verb_first)
            elided = (
                None if parts or verb_first else _elided_party(text, m, grammar, rules, knowledge)
            )
            if elided is not None:
                before, (value, qualifier), other, ours = elided
                found.append(
                    _Found(
                        before.start("n"),
                        before.start(),
                        before.end(),
                        Figure(kind, value, qualifier, side=other),
                    )
                )
                found.append(
                    _Found(m.start("n"), m.start("n"), m.end(), Figure(kind, *count, side=ours))
                )
                continue
            if _parties_apart(text, m, parts, knowledge):
                # "killed 49 Armenian troops and 50 Azerbaijani soldiers": each party's own
                own = sides.named_side(knowledge, _owner_words(text, m))
                figure = Figure(kind, *count, side=own)
                found.append(_Found(m.start("n"), m.start("n"), m.end(), figure))
                for (value, qualifier), part in parts:
                    side = sides.named_side(knowledge, part.group(0))
                    figure = Figure(kind, value, qualifier, side=side)
                    found.append(_Found(part.start("n"), part.start(), part.end(), figure))
                continue
            found.extend(_aside_counts(text, m, kind, grammar, rules))
            if _civilians_apart(text, m, parts, grammar):
                # "192 of its soldiers and one civilian died": soldiers and civilians apart
                first = Figure(kind, *count)
                # it covers its words up to its verb ("3 խաղաղ բնակիչ է զոհվել": no
                # one civilian of its own), unless a part stands among them ("Two
                # soldiers and a civilian were wounded")
                inner = any(part.start() > m.start() for _, part in parts)
                found.append(_Found(m.start("n"), m.start("n"), m.end("n" if inner else 0), first))
                for (value, qualifier), part in parts:
                    figure = Figure(kind, value, qualifier)
                    found.append(_Found(part.start("n"), part.start(), part.end(), figure))
                continue
            counts = [count, *(c for c, _ in parts)]
            qualifier = _combined_qualifier(q for _, q in counts)
            total = sum(v for v, _ in counts)
            later = None if verb_first else _after_condition(text, m, table, grammar, lang)
            if later is not None:
                # "bir üzvü yaralanmış vəziyyətdə ... saxlanılıb": captured, and wounded
                found.append(_Found(m.start("n"), start, end, Figure(later, total, qualifier)))
                found.append(
                    _Found(
                        m.start("k"),
                        start,
                        end,
                        Figure(kind, total, qualifier),
                        aside=True,
                        number=m.start("n"),
                    )
                )
                continue
            figure = Figure(kind, total, qualifier)
            found.append(_Found(m.start("n"), start, end, figure))
            gapped = _gapped_count(text, start, grammar, rules) if not verb_first else None
            if gapped is not None:
                # "Ermenistan ordusundan 4, Azerbaycan ordusundan 1 asker yaşamını
                # yitirmişti": the 4 shares the noun and verb of the 1, each count its
                # own possessor's people (sides.victim_sides reads them)
                (value, qualifier), before = gapped
                figure = Figure(kind, value, qualifier)
                found.append(_Found(before.start("n"), before.start(), before.end("n"), figure))
    for m in grammar.toll.finditer(text) if grammar.toll is not None else ():
        count = _count(text, m, grammar, rules)
        kind = _kind(" ".join(m.group("kw").split()), grammar.toll_kinds)
        if count is not None and kind is not None:
            # whose: the side the toll's own words name ("the number of Azerbaijani
            # troops killed to 11"), or both ("the combined death toll")
            side = sides.named_side(knowledge, m.group("kw")) or (
                sides.OTHER if sides.combined_before(text, m.start("kw"), _combined(lang)) else None
            )
            found.append(_Found(m.start("n"), m.start(), m.end(), Figure(kind, *count, side=side)))
    for m in grammar.elliptic.finditer(text) if grammar.elliptic and has_keyword else ():
        if any(m.end("n") < item.at < m.start("k") for item in found):
            # a count of its own between them: "biri üsteğmen dört asker hayatını
            # kaybetmiş" (four soldiers, one of them a lieutenant), not one
            continue
        count = _count(text, m, grammar, rules)
        kind = _kind(m.group("k"), grammar.kinds)
        if count is not None and kind is not None:
            found.append(_Found(m.start("n"), m.start(), m.end(), Figure(kind, *count)))
    for m in grammar.toll_again.finditer(text) if grammar.toll_again and found else ():
        # "50 askerin şehit olduğunu duyurmuş daha sonra bu sayının 77'ye çıktığı": the
        # same count of the same people, risen; its kind is the count's before it
        earlier = [item for item in found if item.at < m.start()]
        count = _count(text, m, grammar, rules)
        if earlier and count is not None:
            kind = max(earlier, key=lambda item: item.at).figure.kind
            found.append(_Found(m.start("n"), m.start(), m.end(), Figure(kind, *count)))
    for m in grammar.no_losses.finditer(text) if grammar.no_losses is not None else ():
        # a loss denied ("Հայկական կողմը զոհեր չունի", "no one was hurt"): a figure of
        # none, whose side is read as a count with no number's is (sides.victim_sides)
        # "զոհեր և վիրավորներ չունի": no dead and no wounded, a figure of each kind
        kinds = [kind for pattern, kind in grammar.no_loss_kinds if pattern.match(m.group(0))]
        for i, kind in enumerate(dict.fromkeys(kinds)):
            if not any(item.figure.kind == kind for item in found):
                figure = Figure(kind, 0)
                found.append(_Found(m.start() + i, m.start(), m.end(), figure, True, None))
    if grammar.singular is not None and has_keyword:
        for m in grammar.singular.finditer(text):
            # its keyword: group k, or k2, k3 where a pack's pattern has it in a second
            # or third place (the verb before the noun, after it, after its auxiliary)
            groups = m.groupdict()
            word = m.group("k") or groups.get("k2") or groups.get("k3") or ""
            kind = _kind(word, grammar.kinds)
            if any(m.start() <= item.at < m.end() and item.number for item in found):
                continue  # a count of its own stands in it ("զոհվել է 49 զինծառայող")
            if kind:
                # whose: the side its own words name ("another Armenian serviceman")
                side = sides.named_side(knowledge, m.group(0))
                figure = Figure(kind, 1, side=side)
                found.append(_Found(m.start(), m.start(), m.end(), figure, number=None))
    if has_keyword:
        found = _named_victims(text, found, rules, grammar)
    return _distinct(_exchanged(text, found, rules, grammar, knowledge))


@functools.cache
def _named_person_pattern(lang: str) -> re.Pattern[str] | None:
    """The pack's shape of one person's full name (``named_person``: a patronymic,
    "Abdullayev Aqşin İsmayıl oğlu", a year of birth before it, "1992-ci il təvəllüdlü
    Tiqran Poqosyan"), or None."""
    words = _figure_words(lang, "named_person")
    return _compiled(words) if words else None


#: How many words may stand between a list of named people and its loss word.
_NAMES_REACH = 3
_PART_END = re.compile(r"[.;:!?։]")


def _named_victims(
    text: str, found: list[_Found], lang: str, grammar: _FigureGrammar
) -> list[_Found]:
    """``found``, with a list of two or more named people (the pack's ``named_person``,
    joined by commas and its "and") that a loss word of their clause predicates, within
    a few words after the list or right before it ("şəhid olmuş hərbi qulluqçularımız
    Abdullayev Aqşin İsmayıl oğlu, ... və Cəfərov Zakir Nazim oğlunun", "1992-ci il
    təvəllüdlü Tiqran Poqosyan və 1972-ci il təvəllüdlü Aram Aruşanyan məhv edilib"):
    a figure of as many people as names, with no number written, its kind the loss
    word's. A count of one read among the names (one of them with a rank: the pack's
    ``singular``) is that figure's, not one of its own; a list with a count written
    in its clause is counted by that count."""
    pattern = _named_person_pattern(lang)
    if pattern is None:
        return found
    names = list(pattern.finditer(text))
    if len(names) < 2:
        return found
    conj = grammar.data.conjunction
    joint = _compiled(rf"\s*,\s*(?:(?:{conj})\s+)?|\s+(?:{conj})\s+")
    groups: list[list[re.Match[str]]] = [[names[0]]]
    for before, name in itertools.pairwise(names):
        if joint.fullmatch(text, before.end(), name.start()):
            groups[-1].append(name)
        else:
            groups.append([name])
    for group in groups:
        if len(group) < 2:
            continue
        start, end = group[0].start(), group[-1].end()
        clause = _clause_of(text, start, end)
        kind = _list_kind(text, start, end, clause, grammar)
        if kind is None:
            continue
        if grammar.coordination.part.search(text, clause[0], start) or any(
            clause[0] <= item.at < clause[1] and item.number is not None for item in found
        ):
            continue  # counted by a number ("3 hərbçimiz, o cümlədən X oğlu və Y oğlu")
        found = [
            item for item in found if not (item.number is None and clause[0] <= item.at < clause[1])
        ]
        found.append(_Found(start, start, end, Figure(kind, len(group)), number=None))
    return found


def _clause_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause around ``text[start:end]``: from the mark of punctuation
    that ends a sentence's part before it to the one after it."""
    marks = [m.end() for m in _PART_END.finditer(text, 0, start)]
    after = _PART_END.search(text, end)
    return (marks[-1] if marks else 0, after.start() if after else len(text))


def _list_kind(
    text: str, start: int, end: int, clause: tuple[int, int], grammar: _FigureGrammar
) -> str | None:
    """The kind of the loss word that predicates a list of names at ``start:end``: the
    first within a few words after it, else the last within a few words before it,
    neither past the ``clause`` around it (:func:`_clause_of`)."""
    first, last = clause
    after = grammar.any_keyword.search(text, end, last)
    if after is not None and len(text[end : after.start()].split()) <= _NAMES_REACH:
        return _kind(" ".join(after.group(0).split()), grammar.kinds)
    before = list(grammar.any_keyword.finditer(text, first, start))
    if before and len(text[before[-1].end() : start].split()) <= _NAMES_REACH:
        return _kind(" ".join(before[-1].group(0).split()), grammar.kinds)
    return None


@functools.cache
def _exchange_pattern(lang: str) -> re.Pattern[str] | None:
    """The pack's words that trade the count after them for the released (``exchange``:
    "in exchange for", "en échange de", "в обмен на") and that count, or None."""
    words = _figure_words(lang, "exchange")
    data = packs()[_figure_pack(lang)].figures
    if not words or data is None:
        return None
    return _compiled(rf"(?<!\w)(?:{words})\s+{_count_regex(lang, data, named=True)}")


def _exchanged(
    text: str, found: list[_Found], lang: str, grammar: _FigureGrammar, knowledge: Knowledge
) -> list[_Found]:
    """``found``, where the sentence tells of people released, with each count of people
    given in exchange for them (the pack's ``exchange`` right before it: "L'Azerbaïdjan a
    libéré 32 Arméniens ... en échange de deux soldats azerbaïdjanais détenus depuis
    avril") read as released too: what they were before the exchange ("détenus", held) is
    no figure of its own."""
    if not any(item.figure.kind == "released" for item in found):
        return found
    pattern = _exchange_pattern(lang)
    for m in pattern.finditer(text) if pattern is not None else ():
        after = [w.strip(',.;:!?»”"') for w in text[m.end("n") : m.end("n") + 80].split()[:3]]
        if not any(
            grammar.person.fullmatch(w) or knowledge.find_actors(w) or knowledge.find_victims(w)
            for w in after
            if w
        ):
            continue  # no people counted ("in exchange for 2 million dollars")
        count = _count(text, m, grammar, lang)
        if count is None:
            continue
        found = [item for item in found if item.at != m.start("n")]
        found.append(_Found(m.start("n"), m.start("n"), m.end(), Figure("released", *count)))
    return found


# ----------------------------------------------------------------------------------
# Quotations
# ----------------------------------------------------------------------------------

_OPENERS = "“«„"
_ANY_QUOTE = re.compile('["“”«»„]')
_CLOSERS = "”»“"


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted text (the quote marks included), curly, guillemet or straight.

    A closing mark with no opener quotes from the start of the sentence (the
    quotation began in an earlier sentence); an opener with no closer quotes
    to its end. A quotation opened with one kind of mark and closed with the other
    (``"...”``, ``“..."``, as pages typed in two editors give them) is one quotation.
    """
    if not _ANY_QUOTE.search(text):  # most sentences: no walk over their characters
        return []
    spans: list[tuple[int, int]] = []
    start: int | None = None
    straight: int | None = None
    # only the quote marks act (``_ANY_QUOTE`` holds every one below): walk them alone
    for mark in _ANY_QUOTE.finditer(text):
        i, ch = mark.start(), mark.group()
        if ch == '"':
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if straight is None and (before.isspace() or before in "([—–-") and not after.isspace():
                straight = i
            elif straight is not None:
                spans.append((straight, i + 1))
                straight = None
            elif not before.isspace():
                spans.append((start if start is not None else 0, i + 1))
                start = None
        elif ch in _OPENERS and not (ch == "“" and start is not None):
            if start is None:
                start = i
        elif ch in _CLOSERS and start is None and straight is not None:
            spans.append((straight, i + 1))
            straight = None
        elif ch in _CLOSERS:
            spans.append((start if start is not None else 0, i + 1))
            start = None
    for open_at in (start, straight):
        if open_at is not None:
            spans.append((open_at, len(text)))
    return sorted(spans)


#: An abbreviation in parentheses right after the name it shortens ("ՀՀ պաշտպանության
#: նախարարությունն (ՊՆ)", "Ministry of Defence (MoD)", "НКР (Арцах)"): one word.
_ABBREVIATION = re.compile(r"(?<=\w)\s?\((?:[^\W\d_][\w.-]{0,11})\)")


def _blank_abbreviations(text: str) -> str:
    """The sentence with the parentheses around each abbreviation after a name made
    spaces (same length): they are no clause edge between a speaker and its verb
    ("ՀՀ պաշտպանության նախարարությունն (ՊՆ) ... հերքում է"); the abbreviation stays,
    it may be the only name the knowledge has ("The Organisation for Security and
    Cooperation in Europe (OSCE) ... urged")."""
    if "(" not in text:  # most sentences: no scan
        return text
    return _ABBREVIATION.sub(lambda m: m.group().replace("(", " ").replace(")", " "), text)


#: A dash written inside a word for its hyphen ("ՊՆ–ից", "Facebook–յան"): a case ending
#: after an abbreviation or a foreign name, as the hyphen writes it.
_IN_WORD_DASHES = "–‑‐"
_DASH_IN_WORD = re.compile(rf"(?<=\w)[{_IN_WORD_DASHES}](?=\w)")


def _mask_quotes(text: str) -> str:
    """The sentence with the inside of every quotation blanked (same length), its
    abbreviations in parentheses (``_blank_abbreviations``), and a dash inside a word
    read as the hyphen it stands for."""
    text = _blank_abbreviations(text)
    if any(dash in text for dash in _IN_WORD_DASHES):  # most sentences: no scan
        text = _DASH_IN_WORD.sub("-", text)
    if not _ANY_QUOTE.search(text):
        return text
    chars = list(text)
    for start, end in _quote_spans(text):
        suffix = _CASE_AFTER_QUOTE.match(text, end)
        name = text[start + 1 : end - 1]
        if suffix is not None and name[:1].isupper() and _QUOTED_NAME.match(name):
            chars[start : suffix.start(1)] = _suffixed_name(name, suffix[0])
            continue
        for i in range(start + 1, max(start + 1, end - 1)):
            if not chars[i].isspace():
                chars[i] = "_"
    return "".join(chars)


#: A case ending written right after a closing quotation mark ('"Report"a', "«Azərtac»ın",
#: "«Արմենպրես»-ի", "“Sputnik”e"): the quotation is a name, declined.
_CASE_AFTER_QUOTE = re.compile(r"[-'’]?(\w)")


def _suffixed_name(name: str, joint: str) -> list[str]:
    """The characters that stand for a quoted name and the joint before its case ending
    ('"Report"' + 'a', '«Արմենպրես»' + '-ի'): the name and a hyphen, padded with spaces
    in front to the quotation's length, so that the name and its ending read as one
    declined word ("Report-a", "Արմենպրես-ի") as the case endings expect."""
    width = len(name) + 2 + len(joint) - 1  # the marks and the joint, less the ending
    return list(f"{name}-".rjust(width))


def _opens_quote(text: str) -> bool:
    """Does the sentence open a quotation that it does not close?"""
    curly = sum(text.count(c) for c in "“«") > sum(text.count(c) for c in "”»")
    straight = text.count('"') % 2 == 1 and bool(_STRAIGHT_OPENS.search(text))
    return curly or (straight and not _STRAIGHT_CLOSES.search(text.split('"')[-1] + " "))


# ----------------------------------------------------------------------------------
# Claimants
# ----------------------------------------------------------------------------------


#: A speaker: its short name and the actors it speaks for.
_Said = tuple[str, tuple[str, ...]]


# Pieces of the Armenian and Azerbaijani speech verbs below.
@functools.cache
def _own(lang: str) -> AttributionData | None:
    """The attribution vocabulary of the pack of ``lang``; None when it has none."""
    found = packs().get(lang)
    return found.attribution if found is not None else None


@functools.cache
def _att(lang: str) -> AttributionData:
    """The attribution vocabulary of ``lang``, or the fallback pack's."""
    own = _own(lang)
    if own is not None:
        return own
    fallback = fallback_pack().attribution
    assert fallback is not None, "the fallback pack needs attribution.yaml"
    return fallback


@functools.cache
def _vf(lang: str) -> VerbFinal | None:
    """The case marking of a verb-final ``lang`` (its pack's ``verb_final``), or None."""
    own = _own(lang)
    return own.verb_final if own is not None else None


@dataclass(frozen=True)
class _Lexicon:
    """The words of every pack that are read whatever the sentence's language: a
    quoted pronoun or role noun is one in any language."""

    pronouns: frozenset[str]
    according_pronouns: frozenset[str]
    roles: frozenset[str]  # lower-case words that belong inside a speaker's name
    role_kinds: dict[str, str]  # role nouns that name one kind of body in any language
    role_cases: dict[str, str]  # role nouns in an oblique case -> nominative
    title_words: frozenset[str]  # words of a title that are no role by themselves
    connectors: frozenset[str]
    stops: frozenset[str]  # words that never start or continue a speaker
    determiners: re.Pattern[str]
    filler: str  # words between a speaker and its verb that are not the speaker


@functools.cache
def _lexicon() -> _Lexicon:
    found = [p.attribution for p in packs().values() if p.attribution is not None]
    determiners = "|".join(a.determiners for a in found if a.determiners) or "(?!)"
    return _Lexicon(
        pronouns=frozenset(w for a in found for w in a.pronouns),
        according_pronouns=frozenset(w for a in found for w in a.according_pronouns),
        roles=frozenset(w for a in found for w in a.roles),
        role_kinds={w: k for a in found for w, k in a.role_kinds.items()},
        role_cases={w: b for a in found for w, b in a.role_cases.items()},
        title_words=frozenset(w for a in found for w in a.title_words),
        connectors=frozenset(w for a in found for w in a.connectors),
        stops=frozenset(w for a in found for w in a.stops),
        determiners=re.compile(rf"^(?:{determiners})\s*"),
        filler="|".join(a.filler for a in found if a.filler) or "(?!)",
    )


@functools.cache
def _aside(lang: str) -> re.Pattern[str] | None:
    """An aside set off by commas between a speaker and its verb ("Минобороны
    Армении, в свою очередь, заявило", "Armenia, for its part, said")."""
    own = _own(lang)
    if own is None or not own.aside_words:
        return None
    return re.compile(rf",\s*(?:{own.aside_words})\s*,\s*$", re.IGNORECASE)


@functools.cache
def _time_word(lang: str) -> re.Pattern[str] | None:
    """Time words that may end an inverted speaker ("сообщил Кремль во вторник")."""
    own = _own(lang)
    if own is None or not own.time_words:
        return None
    return re.compile(rf"(?<!\S)(?:{own.time_words})(?!\w)", re.IGNORECASE)


@functools.cache
def _tail(lang: str) -> re.Pattern[str]:
    """The filler and the time words of a language before a speech verb
    ("Кремль во вторник сообщил")."""
    own = _own(lang)
    filler = _lexicon().filler
    if own is None or not own.time_words:
        return re.compile(rf"(?:\s+(?:{filler}))+\s*$")
    return re.compile(rf"(?:\s+(?:{filler}|(?i:{own.time_words})))+\s*$")


# -- Armenian and Azerbaijani ------------------------------------------------------
#
# Both are verb-final and mark case on the last word of a phrase, so a speaker is
# found by its case, not by its place right before the verb:
#
# * the subject of a speech verb in its clause: Armenian marks it with the article
#   (-ը/-ն: "Ադրբեջանի ՊՆ-ն ... հայտարարել է"), Azerbaijani leaves it bare ("Müdafiə
#   Nazirliyi ... məlumat yayıb"); objects and places in other cases may stand
#   between it and the verb ("Paşinyan Azərbaycanı ... ittiham edib");
# * the source of an impersonal verb, in the ablative ("հայտնում են ՊՆ-ից",
#   "Nazirlikdən bildiriblər");
# * the genitive before an "according to" written after it ("Նախարարության
#   տվյալներով", "Nazirliyin məlumatına görə"), or after "ըստ" ("ըստ ՊՆ-ի").
#
# The claimant is the phrase with its last word in the nominative ("ՀՀ
# պաշտպանության նախարարությունից" -> "ՀՀ պաշտպանության նախարարություն"); a bare
# role ("նախարարություն", "Nazirlik") is a definite description, as "the ministry".

_Case = Literal["plain", "def", "gen", "abl", "obl", "pron"]
_GENITIVE_CASES: frozenset[_Case] = frozenset({"gen", "pron"})
_VF_TOKEN = re.compile(r"[^\s,;:()«»\"“”„՝։—–_!?]+")


@dataclass(frozen=True)
class _Word:
    text: str  # as written
    base: str  # without its case ending ("նախարարությունից" -> "նախարարություն")
    case: _Case
    name: bool  # capitalised and no role: part of a person's name


@dataclass(frozen=True)
class _Phrase:
    """A run of words that may name a speaker, with its span in the sentence."""

    words: tuple[_Word, ...]
    start: int
    end: int

    @property
    def case(self) -> _Case:
        return self.words[-1].case

    @property
    def text(self) -> str:
        """The phrase with its last word in the nominative."""
        return " ".join((*(w.text for w in self.words[:-1]), self.words[-1].base))


def _lower(word: str, vf: VerbFinal) -> str:
    """Lower case, with the pack's own lower-case letters ("I" -> "ı" in Azerbaijani)."""
    for letter, lower in vf.lowercase.items():
        word = word.replace(letter, lower)
    return word.lower()


def _soften(base: str, vf: VerbFinal) -> str:
    for pattern, letter in vf.softened:
        base = pattern.sub(letter, base)
    return base


def _vf_forms(word: str, vf: VerbFinal) -> list[str]:
    """Every reading of a word without a case ending, lower-case, the word itself first."""
    lower = _lower(word.strip(".'’"), vf)
    forms = [lower]
    for ending in vf.endings:
        m = ending.pattern.search(lower)
        if m:
            forms.append(_soften(lower[: m.start()] + ending.base, vf))
    if vf.izafet is not None:
        izafet = vf.izafet
        forms += [_soften(izafet.sub("", f), vf) for f in forms]
    return forms


def _head_key(word: str, lang: str) -> str:
    """A role noun in any case and language as one key ("Nazirliyin", "ՊՆ" -> "ministry")."""
    lexicon, vf = _lexicon(), _vf(lang)
    if vf is None:
        lower = word.lower()
        lower = lexicon.role_cases.get(lower, lower)
        return lexicon.role_kinds.get(lower, lower)
    for form in _vf_forms(word, vf):
        if form in lexicon.role_kinds or form in vf.roles:
            return lexicon.role_kinds.get(form, form)
    return _lower(word, vf)


def _known(base: str, knowledge: Knowledge, lang: str, names_only: bool = False) -> bool:
    """Does the knowledge know ``base`` as a name (or, unless ``names_only``, a role)?"""
    if not names_only and _is_role(base, lang):
        return True
    return bool(
        knowledge.actor_by_name(base)
        or knowledge.actor_of_place(base)
        or knowledge.person_by_name(base)
        or knowledge.find_places(base, include_countries=True)
    )


def _inflection(token: str, lang: str, knowledge: Knowledge) -> tuple[str, _Case]:
    """A word's base and case; of two readings, the one the knowledge confirms
    ("Paşinyanın" is the genitive of a known name; "Putin" is no genitive of "Put")."""
    vf = _vf(lang)
    assert vf is not None
    known_as_is: bool | None = None
    for ending in vf.endings:
        m = ending.pattern.search(token)
        if m is None or m.start() == 0:
            continue
        base = _soften(token[: m.start()] + ending.base, vf)
        case = cast(_Case, ending.case)
        if ending.needs:
            if _known(base, knowledge, lang, names_only=ending.needs == "name"):
                return base, case
            continue
        if known_as_is is None:
            known_as_is = _known(token, knowledge, lang)
        if known_as_is and not _known(base, knowledge, lang):
            continue
        return base, case
    return token, "plain"


#: A first name's initial before a surname, written with no space ("H.Hacıyev",
#: "N.Paşinyan", "Ն.Փաշինյան"): the surname is the name.
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+(?=[^\W\d_]{2})")


def _word(token: str, lang: str, knowledge: Knowledge) -> _Word | None:
    """A word that may be part of a speaker phrase, analysed; None for any other."""
    vf = _vf(lang)
    assert vf is not None
    token = _INITIALS.sub("", token.strip(".'’"))
    lower = _lower(token, vf)
    if not token or lower in vf.stops or any(ch.isdigit() for ch in token):
        return None
    if token in _lexicon().pronouns:
        return _Word(token, token, "pron", False)
    role = _is_role(token, lang)
    capital = token[:1].isupper()
    # an actor's adjective in lower case opens a body too ("ադրբեջանական ԶԼՄ-ները")
    if not (role or capital or knowledge.actor_by_name(token) or knowledge.find_actors(token)):
        return None
    if lower in vf.roles:  # a role as written ("արտաքին", "Müdafiə"): nothing to strip
        return _Word(token, token, "plain", False)
    base, case = _inflection(token, lang, knowledge)
    name = capital and not role and knowledge.actor_by_name(base) is None
    return _Word(token, base, case, name)


def _starts_phrase(previous: _Word, word: _Word, lang: str) -> bool:
    """Does ``word`` begin a new phrase after ``previous``? An object after a
    complete phrase ("Paşinyan Azərbaycanı"), or, in a language whose subject is
    unmarked (Azerbaijani), a title or body after a person's name ("İlham Əliyev
    Rusiya Prezidenti ...")."""
    if word.case == "obl" and previous.case != "gen":
        return True
    vf = _vf(lang)
    if vf is None or "plain" not in vf.subject_cases or previous.case != "plain":
        return False
    if previous.name:
        return not word.name
    # a known country after a body closed by its possessive ending: "Müdafiə
    # Nazirliyi | Ermənistan tərəfini ittiham edib" (the object, not the body's owner);
    # a qualifier that only ends as a possessive does ("Rəsmi İrəvan": "rəsm" is no role)
    return (
        vf.izafet is not None
        and vf.izafet.search(previous.text) is not None
        and _is_role(_soften(vf.izafet.sub("", _lower(previous.text, vf)), vf), lang)
        and not word.name
        and not _is_role(word.text, lang)
    )


def _before_name(
    word: _Word, gap: str, following: re.Match[str], lang: str, knowledge: Knowledge
) -> _Word:
    """A first name right before a surname takes no case ending: the case marks
    the name's last word ("Արծրուն Հովհաննիսյանը", "Ալեն Սիմոնյանն"), so the
    ending read on the first ("Արծրու-ն") is its own letters. A base the knowledge
    knows keeps its ending ("Նիկոլ Փաշինյանը ԶԼՄ-երի ...": the name ends there)."""
    if not word.name or word.case in ("plain", "gen") or not gap.isspace():
        return word
    if _known(word.base, knowledge, lang, names_only=True):
        return word
    after = _word(following.group(), lang, knowledge)
    if after is None or not after.name:
        return word
    return _Word(word.text, word.text, "plain", True)


def _phrases(text: str, offset: int, lang: str, knowledge: Knowledge) -> list[_Phrase]:
    """The runs of speaker words of ``text`` (at ``offset`` in the sentence), in order.

    A run ends at any other word, and after a word in a marked case (the article,
    the ablative, an oblique case); a genitive leads on to the word it qualifies.
    """
    out: list[_Phrase] = []
    run: list[_Word] = []
    start = end = offset
    tokens = list(_VF_TOKEN.finditer(text))
    for i, m in enumerate(tokens):
        word = _word(m.group(), lang, knowledge)
        if word is not None and i + 1 < len(tokens):
            word = _before_name(
                word, text[m.end() : tokens[i + 1].start()], tokens[i + 1], lang, knowledge
            )
        if run and (word is None or word.case == "pron" or _starts_phrase(run[-1], word, lang)):
            out.append(_Phrase(tuple(run), start, end))
            run = []
        if word is None:
            continue
        if not run:
            start = offset + m.start()
        run.append(word)
        end = offset + m.end()
        if word.case != "plain" and word.case != "gen":
            out.append(_Phrase(tuple(run), start, end))
            run = []
    if run:
        out.append(_Phrase(tuple(run), start, end))
    return out


#: How many words a quoted name may have ("“Twitter” hesabında", "«Report»-a"): its
#: quotation marks are no clause edge.
_QUOTED_NAME_WORDS = 3


def _clause_start(masked: str, at: int, lang: str) -> int:
    """Where the clause that holds position ``at`` begins. The marks of a short
    quotation inside the clause (a name: "H.Hacıyev bu barədə “Twitter” hesabında
    yazıb") are no edge, nor are those of a quotation that closes right before the
    verb at ``at``: it is the verb's object, its subject before it ('Azerbaycan Sağlık
    Bakanlığı "... şehit oldu" açıklamasını yaptı')."""
    vf = _vf(lang)
    assert vf is not None
    names = [
        (start, end)
        for start, end in _quote_spans(masked)
        if len(masked[start + 1 : end - 1].split()) <= _QUOTED_NAME_WORDS
        or (end <= at and not masked[end:at].strip())
    ]
    begin = 0
    for m in vf.clause_edge.finditer(masked, 0, at):
        if any(start <= m.start() < end for start, end in names):
            continue
        begin = m.end()
    return begin


def _only_stops(text: str, lang: str) -> bool:
    vf = _vf(lang)
    assert vf is not None
    return all(_lower(t, vf) in vf.stops for t in _VF_TOKEN.findall(text))


def _is_subject(
    phrase: _Phrase, masked: str, cases: frozenset[_Case], lang: str, knowledge: Knowledge
) -> bool:
    """Is the phrase the subject (or source) of the verb of its clause? An unmarked
    phrase is not, before a postposition ("Putin ilə"), nor as the first part of a
    compound whose head follows in a marked case ("Ermenistan güçlerinin ...",
    "Ermənistan ordusuna ..."): it qualifies that head; nor as the first word of a name
    whose case is set off after its last word ("Dağlık Karabağ'a"). No phrase
    naming a month is: it is a date ("27 Eylül'den bu yana")."""
    if phrase.case not in cases:
        return False
    vf = _vf(lang)
    assert vf is not None
    if _lower(phrase.words[0].base, vf) in dates.month_names(lang):
        return False  # a month, a date's ("27 Eylül'den bu yana"), not a speaker
    if "plain" not in vf.subject_cases or phrase.case != "plain":
        return True  # a marked subject ("ՊՆ-ն") needs no check
    following = _VF_TOKEN.search(masked, phrase.end)
    if following is None:
        return True
    if _first_of_name(phrase, masked, following, lang, knowledge):
        return False
    if _lower(following.group(), vf) in vf.postpositions:
        return False
    word = following.group()
    head, lower = vf.compound_head, _lower(word, vf)
    if phrase.words[-1].name and any(_is_role(w.base, lang) for w in phrase.words[:-1]):
        return True  # a titled person qualifies no compound ("sözçüsü Nazeli Baqdasaryan
        # ölkəsinin İctimai TV-sinə deyib": "ölkəsinin" opens the next phrase)
    if head is not None and masked[phrase.end : following.start()].isspace():
        return not (word[:1].islower() and lower not in vf.stops and head.search(lower))
    return True


#: A case ending set off after a name, by an apostrophe or a hyphen ("Karabağ'a",
#: "TV-sinə"): Turkish and Azerbaijani write it so after a proper name or an acronym.
_SET_OFF_ENDING = re.compile(r"^[^\W\d_][\w.]*['’-]\w+$")


def _first_of_name(
    phrase: _Phrase, masked: str, following: re.Match[str], lang: str, knowledge: Knowledge
) -> bool:
    """Is the unmarked one-word ``phrase`` the first word of a name whose last word,
    right after it, carries a case ending set off by an apostrophe or hyphen ("Dağlık
    Karabağ'a", "İctimai TV-sinə")? The ending marks the whole name: the first word is
    no subject of its own. A word the knowledge knows (a person, a place, an actor, a
    role: "Erdoğan Azerbaycan'a ...") may be a subject before another name."""
    word = following.group()
    if len(phrase.words) != 1 or phrase.words[0].case != "plain" or not word[:1].isupper():
        return False
    if not masked[phrase.end : following.start()].isspace() or not _SET_OFF_ENDING.match(word):
        return False
    first = phrase.words[0]
    if "." in first.text:
        return False  # a web host is a whole name ("Bizimaz.az Modern.az-a istinadən ...")
    return not _known(first.base, knowledge, lang)


def _leading_subject(
    masked: str, verb_start: int, cases: frozenset[_Case], lang: str, knowledge: Knowledge
) -> _Phrase | None:
    """A subject set off by commas at the start of the sentence ("O, həmçinin, bildirib");
    a personal pronoun so set off is the subject whatever stands between it and the verb
    (the comma the Azerbaijani and Armenian press write after a subject pronoun: "O,
    düşmən sığınacaqlarının məhv edilməsi barədə ictimaiyyətə geniş məlumat verib")."""
    head, _, rest = masked[:verb_start].partition(",")
    vf = _vf(lang)
    assert vf is not None
    tokens = _VF_TOKEN.findall(rest)
    short = len(tokens) <= 3 and not _phrases(rest, 0, lang, knowledge)
    # a converb's clause between ("Հաջիևը, մեկնաբանելով ..., հայտարարել է")
    converb = vf.converb is not None and any(vf.converb.search(_lower(t, vf)) for t in tokens)
    if not rest:
        return None
    phrases = _phrases(head, 0, lang, knowledge)
    if len(phrases) != 1 or not _only_stops(head[: phrases[0].start], lang):
        return None
    pronoun = phrases[0].case == "pron" and len(phrases[0].words) == 1
    if not (
        short
        or converb
        or pronoun
        or vf.leading_subject
        or _lone_marked(phrases[0], rest, lang, knowledge)
    ):
        return None
    return phrases[0] if _is_subject(phrases[0], masked, cases, lang, knowledge) else None


def _lone_marked(phrase: _Phrase, rest: str, lang: str, knowledge: Knowledge) -> bool:
    """Is ``phrase`` a subject its case marks as one (the Armenian article, not the
    unmarked form an object shares), with no other subject between it and the verb?
    Then the words set off between are an aside of any length ("Թորոսյանը, ի
    պատասխան այդ լուրերը մեկնաբանելու «Արմենպրեսի» խնդրանքի, նշել է")."""
    if phrase.case in ("plain", "pron"):
        return False
    cases = _subject_cases(lang)
    return phrase.case in cases and not any(
        p.case in cases for p in _phrases(rest, 0, lang, knowledge)
    )


def _appositive_subject(
    masked: str, verb_start: int, cases: frozenset[_Case], lang: str, knowledge: Knowledge
) -> _Phrase | None:
    """A person and their title set off from each other by a clause mark, alone before
    the speech verb, both in the subject's case ("Անար Էյվազովը՝ Ադրբեջանի ՊՆ խոսնակը,
    հայտարարել է", "Ադրբեջանի ՊՆ խոսնակը՝ Անար Էյվազովը, ..."): one speaker, read as
    the title before the name ("Ադրբեջանի ՊՆ խոսնակ Անար Էյվազով"), the way
    _normalise knows a titled person. None where the pieces are not one name (capitalised
    words, no role) and one title (its head a role)."""
    vf = _vf(lang)
    assert vf is not None
    before = masked[:verb_start]
    pieces = [p for p in vf.clause_edge.split(before) if p is not None and p.strip()]
    if len(pieces) != 2:
        return None
    found = [_phrases(p, 0, lang, knowledge) for p in pieces]
    if any(len(f) != 1 or f[0].case not in cases for f in found):
        return None
    first, second = found[0][0], found[1][0]
    names = [ph for ph in (first, second) if all(w.name for w in ph.words)]
    titles = [ph for ph in (first, second) if _is_role(ph.words[-1].base, lang)]
    if len(names) != 1 or len(titles) != 1 or names[0] is titles[0]:
        return None
    title, name = titles[0], names[0]
    last = title.words[-1]
    plain = _Word(last.base, last.base, "plain", False)
    start = masked.find(pieces[0].strip())
    end = masked.rfind(pieces[1].strip(), 0, verb_start) + len(pieces[1].strip())
    return _Phrase((*title.words[:-1], plain, *name.words), start, end)


def _subject_cases(lang: str) -> frozenset[_Case]:
    vf = _vf(lang)
    assert vf is not None
    return cast(frozenset[_Case], vf.subject_cases)


def _vf_subjects(
    masked: str, verb: tuple[int, int], lang: str, knowledge: Knowledge
) -> Iterable[_Phrase]:
    """The phrases that may be the speaker of one speech verb, best first: the subject
    of its clause, or a subject set off by commas at the start of the sentence (first,
    where the pack's ``leading_subject`` says such a subject governs the whole
    sentence: the clause between is then an object, "X, Y'nin ... açtığını açıkladı")."""
    start, end = verb
    cases = _subject_cases(lang)
    impersonal = _att(lang).impersonal
    if impersonal is not None and impersonal.search(masked[start:end]):
        cases = cases | {"abl"}
    vf = _vf(lang)
    leads = vf is not None and vf.leading_subject
    leading = _leading_subject(masked, start, cases, lang, knowledge) if leads else None
    if leading is not None:
        yield leading
        return
    begin = _clause_start(masked, start, lang)
    for phrase in _phrases(masked[begin:start], begin, lang, knowledge):
        if _is_subject(phrase, masked, cases, lang, knowledge):
            # the first is the subject; a later one where the first is an outlet the
            # source spoke to ("Bu barədə Reportyor.info ya Müdafiə Nazirliyindən
            # bildirilib") or a title before the name it qualifies ("Prezident
            # Administrasiyasının Xarici siyasət ... müdiri Hikmət Hacıyev ... yazıb"):
            # _vf_attribution takes the first that names a known actor
            yield phrase
    leading = None if leads else _leading_subject(masked, start, cases, lang, knowledge)
    if leading is not None:
        yield leading
    appositive = _appositive_subject(masked, start, cases, lang, knowledge)
    if appositive is not None:
        yield appositive
    opening = _opening_subject(masked, verb, cases, lang, knowledge)
    if opening is not None:
        yield opening


def _opening_subject(
    masked: str, verb: tuple[int, int], cases: frozenset[_Case], lang: str, knowledge: Knowledge
) -> _Phrase | None:
    """The phrase that opens the sentence, in the subject's case, as the subject of the
    active speech verb that closes it, whatever clause marks stand between: in a
    verb-final language the subjects of the clauses the verb governs are in the genitive
    ("Azərbaycan hakimiyyəti ... blokadanın olmadığını, mülki avtomobillərin ... keçə
    bildiyini deyib"), so an unmarked phrase first is the verb's own. None where the
    verb is passive (its source is in the ablative), does not close the sentence, or
    the phrase is no subject (a compound's qualifier, before a postposition)."""
    start, end = verb
    if "abl" in cases or masked[end:].strip(" .!?։:\"”»'’"):
        return None
    phrases = _phrases(masked[:start], 0, lang, knowledge)
    if not phrases or not _only_stops(masked[: phrases[0].start], lang):
        return None
    first = phrases[0]
    if first.case != "plain" or not _is_subject(first, masked, cases, lang, knowledge):
        return None
    return first


def _vf_inverted(masked: str, lang: str, knowledge: Knowledge) -> Iterable[_Phrase]:
    """Speakers right after their verb ("հայտնում է ՊՆ-ն", "հայտնում են ՊՆ-ից")."""
    inverted, impersonal = _att(lang).inverted, _att(lang).impersonal
    if inverted is None:
        return
    for m in inverted.finditer(masked):
        cases = _subject_cases(lang)
        if impersonal is not None and impersonal.search(masked[m.start() : m.start("np")].rstrip()):
            cases = cases | {"abl"}
        phrases = _phrases(m["np"], m.start("np"), lang, knowledge)
        if not phrases or not _only_stops(masked[m.start("np") : phrases[0].start], lang):
            continue
        if phrases[0].case in cases:
            yield phrases[0]
        elif len(phrases) == 1:
            titled = _title_then_name(phrases[0], masked, m.end("np"), cases, lang, knowledge)
            if titled is not None:
                yield titled


def _title_then_name(
    title: _Phrase,
    masked: str,
    at: int,
    cases: frozenset[_Case],
    lang: str,
    knowledge: Knowledge,
) -> _Phrase | None:
    """A title in the plain form, a comma, then the name it qualifies in the subject's
    case, after an inverted speech verb ("հայտարարել է՝ Ադրբեջանի ՊՆ մամուլի ծառայության
    ղեկավար, գնդապետ Վագիֆ Դարգյահլին"): one speaker, the title before the name; None
    where the title's head is no role or the next piece is no name."""
    vf = _vf(lang)
    assert vf is not None
    if not masked[at:].startswith(",") or not _is_role(title.words[-1].base, lang):
        return None
    rest = masked[at + 1 :]
    edge = vf.clause_edge.search(rest)
    piece = rest[: edge.start()] if edge else rest
    found = _phrases(piece, at + 1, lang, knowledge)
    if not found or found[0].case not in cases:
        return None
    if not _only_stops(masked[at + 1 : found[0].start], lang):
        return None
    if not any(w.name for w in found[0].words):
        return None
    return _Phrase((*title.words, *found[0].words), title.start, found[0].end)


def _vf_according(masked: str, lang: str, knowledge: Knowledge) -> Iterable[_Phrase]:
    """Speakers of "according to": after "ըստ", or before a marker written after them."""
    before = _att(lang).according
    m = before.search(masked) if before is not None else None
    if m is not None:
        phrases = _phrases(m["np"], m.start("np"), lang, knowledge)
        if phrases and phrases[0].start == m.start("np"):
            yield phrases[0]
    after = _att(lang).according_after
    for m in after.finditer(masked) if after is not None else ():
        begin = _clause_start(masked, m.start(), lang)
        phrases = _phrases(masked[begin : m.start()], begin, lang, knowledge)
        groups = m.groupdict()
        cases: frozenset[_Case] = _GENITIVE_CASES | {"pron"}  # "Onun sözlərinə görə"
        if groups.get("dative"):  # "Nazirliyə görə"
            cases = frozenset({"obl"})
        elif groups.get("ablative"):  # "Bakanlıktan yapılan açıklamada"
            cases = frozenset({"abl"})
            phrases = _without_addressee(phrases, masked, m.start())
        if (
            phrases
            and phrases[-1].case in cases
            and _frame_gap(masked[phrases[-1].end : m.start()])
        ):
            yield phrases[-1]


#: How many words may stand between a speaker in its case and the participle of the
#: "according to" frame it governs: a time ("Nazirliyinin cümə günü yaydığı məlumata
#: görə") or what the statement is about ("Bakanlığından konuya ilişkin yapılan
#: açıklamada"). More, and the genitive may qualify another noun.
_FRAME_GAP = 3


def _frame_gap(between: str) -> bool:
    """Are the words between a speaker and its "according to" frame ones that leave
    it the frame's speaker: none, or at most ``_FRAME_GAP`` lower-case words with no
    clause edge (a name or a title between would be a phrase of its own)?"""
    words = between.split()
    return len(words) <= _FRAME_GAP and all(w[:1].islower() and w.isalpha() for w in words)


def _without_addressee(phrases: list[_Phrase], masked: str, at: int) -> list[_Phrase]:
    """``phrases`` without the addressee (in an oblique case, a news site as a rule)
    between a source in the ablative and the participle that says what it gave, at
    ``at``: "Müdafiə Nazirliyindən Report-a verilən məlumata görə" is the ministry's
    information, given to Report. The source is then the phrase that ends right before
    the addressee."""
    if len(phrases) < 2 or phrases[-1].end != at or phrases[-1].case != "obl":
        return phrases
    source, addressee = phrases[-2], phrases[-1]
    if source.case != "abl" or masked[source.end : addressee.start].strip():
        return phrases
    return [*phrases[:-2], _Phrase(source.words, source.start, at)]


def _vf_attribution(
    masked: str,
    verbs: Sequence[tuple[int, int]],
    knowledge: Knowledge,
    speakers: _Speakers,
    lang: str,
) -> tuple[str, tuple[str, ...]] | None:
    """``_attribution_of`` for a verb-final language: "according to", then the subject
    of each speech verb, then a speaker after its verb."""
    candidates = itertools.chain(
        _vf_according(masked, lang, knowledge),
        itertools.chain.from_iterable(_vf_subjects(masked, v, lang, knowledge) for v in verbs),
        _vf_inverted(masked, lang, knowledge),
    )
    fallback: tuple[str, tuple[str, ...]] | None = None
    unknown: tuple[str, tuple[str, ...]] | None = None
    for phrase in candidates:
        found = _normalise(phrase.text, knowledge, speakers, lang)
        if found is None:
            continue
        if _is_relay(found, knowledge):
            fallback = fallback or found  # a news outlet relays; prefer the source it quotes
            continue
        if not found[1]:
            # a subject no actor is known by ("YeniAvropa xəbər verir ki, ... Müdafiə
            # Nazirliyindən məlumat veriblər"): a later verb's known speaker goes first;
            # a document ("Açıklamada, ...") is no speaker at all, nor a lone unknown
            # word that is capitalised only as the sentence's first ("Cephedeki ...")
            first = len(phrase.words) == 1 and not masked[: phrase.start].strip(" \"“«„'")
            if not first and not _names_document(masked[phrase.start : phrase.end], lang):
                unknown = unknown or found
            continue
        return found
    return _document_speaker(masked, verbs, speakers, lang) or unknown or fallback


def _titled_named(np: str, knowledge: Knowledge, lang: str) -> bool:
    """Is ``np`` a title, its determiner first, then a person the knowledge knows ("the
    head of Azerbaijan's Defense Ministry Vagif Dargahli")? A speaker after its verb,
    though it opens in lower case."""
    titled = _titled_person(_lexicon().determiners.sub("", np.strip()), lang)
    return titled is not None and bool(knowledge.person_by_name(titled[0]))


def _definite_role(np: str, lang: str) -> bool:
    """Is ``np`` a determiner and role nouns only ("the ministry", "the defence
    ministry"), a speaker named by reference?"""
    words = np.split()
    determiners = _lexicon().determiners
    return (
        len(words) >= 2
        and determiners.fullmatch(words[0]) is not None
        and all(_is_role(w, lang) for w in words[1:])
    )


def _names_document(text: str, lang: str) -> bool:
    """Is ``text`` a document named alone, by the pack's ``document_subject``?"""
    own = _own(lang)
    pattern = own.document_subject if own is not None else None
    return pattern is not None and pattern.search(text) is not None


@dataclass
class _Speakers:
    """Who spoke last in the text read so far (local to one article)."""

    last: tuple[str, tuple[str, ...]] | None = None
    history: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    # the actor of the outlet's country (``Knowledge.home_actor``): whose body "the
    # Defence Ministry" is when no speaker was named before it
    home: str | None = None
    # the party whose capital the article's dateline names ("БАКУ, 12 октября /ТАСС/."):
    # the owner of a body named alone, before the outlet's own country (a Baku report
    # of a Moscow agency relays Azerbaijan's "Минобороны")
    dateline: str | None = None
    # the actors the sentence being read names (with the previous sentence's, if it
    # names no one state): whose "the country's ministry" is when no speaker was
    # named before ("... погиб военнослужащий Азербайджана. Об этом сообщает
    # Министерство обороны республики.")
    context: tuple[str, ...] = ()
    # the article's own outlet, as ``_outlet_keys`` spells it (its name, its web host):
    # a report that cites it is its own voice; empty when the article names no outlet
    own: tuple[str, ...] = ()

    def said(self, claimant: str, actors: tuple[str, ...]) -> None:
        self.last = (claimant, actors)
        self.history.append((claimant, actors))


def _respelled(text: str, rows: Sequence[tuple[re.Pattern[str], str]]) -> str:
    """``text`` with each of a pack's ordered replacements made."""
    for pattern, replace in rows:
        text = pattern.sub(replace, text)
    return text


def _body(text: str, lang: str) -> str:
    """A body's name, lower-cased, in the house spelling of ``lang``'s pack
    (``body_spellings``): "Defense Ministry" -> "defence ministry"."""
    body = _respelled(" ".join(text.split()), _att(lang).body_spellings)
    words = [w if w.isupper() and len(w) > 1 else w.lower() for w in body.split()]
    return " ".join(words)


def _title(text: str, lang: str) -> str:
    """A title in the house spelling of ``lang``'s pack (``title_spellings``)."""
    return _respelled(" ".join(text.split()), _att(lang).title_spellings)


# A capitalised name of one or more words: the owner of a body.
_OWNER_NAME = r"(?P<o>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"


def _alternatives(words: Iterable[str]) -> str:
    """Words as one regular expression alternative, longest first ("(?!)" for none)."""
    return _alt(words) or "(?!)"


@functools.cache
def _possessor(lang: str) -> re.Pattern[str] | None:
    """An owner with the possessive ending of ``lang``'s pack, then its body
    ("Armenia's defence ministry"); None where the pack has no such ending."""
    ending = _att(lang).possessive
    return re.compile(rf"^{_OWNER_NAME}(?:{ending})\s+(?P<rest>.+)$") if ending else None


@functools.cache
def _body_of_place(lang: str) -> re.Pattern[str] | None:
    """A body, a preposition of ``lang``'s pack, and its owner ("the defence ministry
    in Yerevan"); None where the pack has no ``owner_prepositions``."""
    words = _att(lang).owner_prepositions
    if not words:
        return None
    return re.compile(rf"^(?P<rest>.+?)\s+(?:{_alt(words)})\s+{_OWNER_NAME}$")


@functools.cache
def _owner_pronoun(lang: str) -> re.Pattern[str]:
    """A possessive pronoun opening a body ("its ministry"), from ``lang``'s pack."""
    return re.compile(rf"(?i)^(?:{_alternatives(_att(lang).owner_pronouns)})\s")


@functools.cache
def _speaker_list(lang: str) -> re.Pattern[str]:
    """Where a speaker phrase of ``lang`` parts into several: a comma or the pack's
    ``and_words`` ("Armenia and Azerbaijan")."""
    words = _att(lang).and_words
    if not words:
        return re.compile(r",\s+")
    return re.compile(rf",?\s+(?:{_alt(words)})\s+|,\s+")


@functools.cache
def _leading_connectors(lang: str) -> re.Pattern[str]:
    """The pack's words that never open a speaker phrase, at its start."""
    return re.compile(rf"^(?:(?:{_alternatives(_att(lang).leading_connectors)})\s+)+")


def _titled_person(np: str, lang: str = "en") -> tuple[str, str] | None:
    """ "European Council President Charles Michel" -> ("Charles Michel",
    "European Council President")."""
    words = np.split()
    last_role = max(
        (
            i
            for i, w in enumerate(words)
            if w.lower() in _lexicon().roles or (_vf(lang) is not None and _is_role(w, lang))
        ),
        default=-1,
    )
    name = words[last_role + 1 :]
    if last_role < 0 or not 1 <= len(name) <= 3 or not all(w[:1].isupper() for w in name):
        return None
    return " ".join(name), " ".join(words[: last_role + 1])


def _owner(np: str, knowledge: Knowledge, lang: str) -> tuple[Actor, str] | None:
    """The actor owning a body and the rest: "Armenia's defence ministry", "Armenian Defense
    Ministry", "the defense ministry in Yerevan" (the possessive ending and the
    prepositions are those of ``lang``'s pack)."""
    possessor = _possessor(lang)
    m = possessor.match(np) if possessor is not None else None
    if m:
        actor = (
            knowledge.actor_by_name(m["o"])
            or knowledge.actor_of_place(m["o"])
            or knowledge.actor_by_adjective(m["o"])
        )
        if actor:
            return actor, m["rest"]
    words = np.split()
    for cut in (2, 1):
        if len(words) > cut:
            actor = knowledge.actor_by_adjective(" ".join(words[:cut]))
            if actor:
                return actor, " ".join(words[cut:])
    lexicon = _lexicon()
    if len(words) > 1 and all(
        w.lower() in lexicon.roles or w in lexicon.connectors for w in words[:-1]
    ):
        # the owner's adjective after its body, as French writes it ("armée arménienne")
        actor = knowledge.actor_by_adjective(words[-1])
        if actor:
            return actor, " ".join(words[:-1])
    of_place = _body_of_place(lang)
    m = of_place.match(np) if of_place is not None else None
    if m and all(w.lower() in lexicon.roles or w in lexicon.connectors for w in m["rest"].split()):
        actor = knowledge.actor_of_place(m["o"]) or knowledge.actor_by_name(m["o"])
        if actor:
            return actor, m["rest"]
    return None


def _is_proper_body(words: Sequence[str]) -> bool:
    """Two or more role words, each capitalised: a body's name ("Dövlət Sərhəd
    Xidməti"), not a description ("the ministry")."""
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _normalise_one(
    np: str, knowledge: Knowledge, speakers: _Speakers, lang: str
) -> tuple[str, tuple[str, ...]] | None:
    """One speaker phrase -> (short name, actor ids); None if it names no one."""
    np = " ".join(np.split()).strip(" ,.;:’'\"")
    lexicon, own, verb_final = _lexicon(), _own(lang), _vf(lang) is not None
    no_articles = own is not None and not own.articles
    definite = (
        bool(lexicon.determiners.match(np)) or bool(_owner_pronoun(lang).match(np)) or no_articles
    )
    np = lexicon.determiners.sub("", np).strip()
    if not np:
        return None
    head, _, rest = np.partition(" ")
    base = own.role_cases.get(head.lower()) if own is not None else None
    if base is not None:  # "(по данным) Министерства обороны Армении" -> "Министерство ..."
        np = " ".join(filter(None, (base.capitalize() if head[:1].isupper() else base, rest)))
    if np in lexicon.pronouns:
        return speakers.last
    if len(np) < 2:
        return None  # an elided article alone ("L'annonce de cet accord avait été ...")
    words = np.split()
    country = _country_word(words, lang)  # "Министерство обороны республики"
    if all(_is_role(w, lang) or i == country for i, w in enumerate(words)):
        known = knowledge.actor_by_name(np)
        if known is not None:
            return np, (known.id,)
        owners = knowledge.find_actors(np) if verb_final else ()
        if owners:  # "Müdafiə Nazirliyinin mətbuat xidməti": a body the knowledge names
            return np, owners
        if verb_final and _is_proper_body(words):
            # "Dövlət Sərhəd Xidməti": a body's own name, the same as one named before
            # or a first mention; not the body of the last speaker's country
            return (
                _definite(np, knowledge, speakers, lang, guess_owner=False)
                or _home_body(np, knowledge, speakers, lang, proper=True)
                or (np, ())
            )
        if definite or country is not None:
            return _definite(np, knowledge, speakers, lang)
        # a bare role noun ("Officials also reported"): a speaker of that kind named
        # before, never a guessed owner
        return _named_kind(np, speakers, lang) if np[:1].isupper() else None
    person = knowledge.person_by_name(np)
    if person:
        return person[0].label(lang), (person[1].id,)
    actor = knowledge.actor_by_name(np)
    if actor is not None and (np in actor.name.values() or knowledge.actor_of_place(np) is actor):
        return actor.display(lang), (actor.id,)
    owned = _owner(np, knowledge, lang)
    if owned and actor is not None and actor is not owned[0] and np in actor.aliases:
        # a whole alias of another actor than the adjective's ("Armenian separatists")
        return np, (actor.id,)
    if owned:
        owner, rest = owned
        titled = _titled_person(rest)
        if titled:
            return f"{titled[0]}, {owner.adjective_for(lang)} {_title(titled[1], lang)}", (
                owner.id,
            )
        if own is not None and own.owner_adjective:  # "Armenian defence ministry"
            return f"{owner.adjective_for(lang)} {_body(rest, lang)}", (owner.id,)
        return np, (owner.id,)
    if actor is not None:
        return np, (actor.id,)
    seat = knowledge.actor_of_place(np)  # a seat of government, inflected: "в Степанакерте"
    if seat is not None and len(words) == 1:
        return seat.display(lang), (seat.id,)
    titled = _titled_person(np, lang)
    actors = knowledge.speaker_actors(np)  # "Армянская сторона" opening its sentence
    if titled and knowledge.find_actors(titled[0]) and not knowledge.person_by_name(titled[0]):
        titled = None  # "Министерство обороны Армении": a body of a country, not a person
    if titled:
        return f"{titled[0]}, {_title(titled[1], lang)}", actors
    if actors and _is_body(words, knowledge, lang):
        return np, actors
    if not any(w[:1].isupper() for w in words):
        return None
    if len(words) == 1 and not actors:
        named = _named_before(np, knowledge, speakers)
        if named is not None:
            return named
    if not actors and country is not None and any(_is_role(w, lang) for w in words):
        # "le ministère de la Santé du pays": a body of the country the article is about,
        # its words between the role and "pays" no roles of the pack
        return _definite(np, knowledge, speakers, lang)
    if not actors and any(_is_role(w, lang) for w in words) and not knowledge.find_places(np):
        # a body's name with no owner ("service de presse du ministère des Affaires
        # étrangères" on azertag.az): the outlet's country's (not a place's body:
        # "ministère de la défense du Haut-Karabakh")
        return _home_body(np, knowledge, speakers, lang, proper=True) or (np, actors)
    return np, actors


def _named_before(surname: str, knowledge: Knowledge, speakers: _Speakers) -> _Said | None:
    """The speaker named in full before whom a bare surname refers to ("Степанян"
    after "пресс-секретарь Минобороны Армении Шушан Степанян", shown as "Shushan
    Stepanyan, ..."), or None."""
    for claimant, actors in reversed(speakers.history):
        name = claimant.partition(",")[0]
        if len(name.split()) < 2:
            continue
        if surname in name.split():
            return claimant, actors
        person = knowledge.person_by_name(name)
        spellings = (person[0].name, *person[0].aliases) if person else ()
        if any(
            len(alias.split()) > 1 and surname.startswith(alias.split()[-1].rstrip("*"))
            for alias in spellings
        ):
            return claimant, actors
    return None


def _is_role(word: str, lang: str = "") -> bool:
    """Is the word a role ("ministry", "ministère", "Nazirliyin", "նախարարությունից")?
    The role words of every pack, and a verb-final ``lang``'s roles in any case."""
    lexicon = _lexicon()
    bare = _POSSESSIVE_S.sub("", word.lower())
    bare = lexicon.role_cases.get(bare, bare)
    if bare in lexicon.roles or bare == "country":
        return True
    vf = _vf(lang)
    return vf is not None and any(form in vf.roles for form in _vf_forms(word, vf))


def _is_body(words: Sequence[str], knowledge: Knowledge, lang: str) -> bool:
    """Do the words describe a body of an actor, all in lower case ("ministère de la
    défense azerbaïdjanais", "армянское министерство обороны"), its owner's name
    elided into its preposition ("ministère de la défense d’Erevan")?"""
    has_role = False
    for word in words:
        if _is_role(word, lang):
            has_role = True
        elif word not in _lexicon().connectors and not knowledge.actor_by_name(
            _ELIDED.sub("", word)
        ):
            return False
    return has_role


def _definite(
    np: str, knowledge: Knowledge, speakers: _Speakers, lang: str, guess_owner: bool = True
) -> tuple[str, tuple[str, ...]] | None:
    """ "the ministry" -> the last ministry named; "the country's foreign ministry" -> the
    foreign ministry of the last speaker's country. Unless ``guess_owner``, a body
    never named before is None, not the body of the last speaker's country."""
    words = np.split()
    country = _country_word(words, lang)
    if country is not None:
        rest = " ".join(w for i, w in enumerate(words) if i != country)
        owner = speakers.last[1][0] if speakers.last and speakers.last[1] else None
        owner = owner or _one_state(speakers.context, knowledge) or speakers.home
        actor = knowledge.actor(owner) if owner else None
        if actor is None:
            return np, ()  # an unknown speaker keeps its words
        if _vf(lang) is not None or not (own := _own(lang)) or not own.owner_adjective:
            return np, (actor.id,)
        return f"{actor.adjective_for(lang)} {_body(rest, lang)}", (actor.id,)
    named = _named_kind(np, speakers, lang)
    if named is not None:
        return named
    if guess_owner and speakers.last and speakers.last[1]:
        actor = knowledge.actor(speakers.last[1][0])
        if actor:
            return f"{actor.adjective_for(lang)} {_body(np, lang)}", (actor.id,)
    return _home_body(np, knowledge, speakers, lang)


def _named_kind(np: str, speakers: _Speakers, lang: str) -> _Said | None:
    """The last speaker named of the kind a role phrase names ("the ministry", "Officials"
    -> "Azerbaijani officials" named before), or None when none was."""
    words = np.split()
    head = words[-1].lower()
    key = _head_key(words[-1], lang)
    for claimant, actors in reversed(speakers.history):
        if claimant.lower().endswith(_body(np, lang)):
            return claimant, actors
        if "," not in claimant and (
            head in claimant.lower().split()
            or key in (_head_key(w, lang) for w in claimant.split())
        ):
            return claimant, actors
    return None


def _country_word(words: Sequence[str], lang: str) -> int | None:
    """Where a body's owner is "the country" ("the country's Health Ministry",
    "Министерство обороны республики"): the index of the pack's ``country_words``
    word among ``words``, or None."""
    own = _own(lang)
    vocabulary = own.country_words if own is not None else frozenset()
    return next(
        (i for i, w in enumerate(words) if w.lower() in vocabulary or w.lower() in _COUNTRY_S),
        None,
    )


_COUNTRY_S = frozenset({"country’s", "country's"})


def _one_state(actors: Sequence[str], knowledge: Knowledge) -> str | None:
    """The one state among ``actors`` (those a sentence names), or None."""
    states = {a for a in actors if (found := knowledge.actor(a)) and found.kind == "state"}
    return states.pop() if len(states) == 1 else None


def _home_body(
    np: str, knowledge: Knowledge, speakers: _Speakers, lang: str, proper: bool = False
) -> tuple[str, tuple[str, ...]] | None:
    """A body named without its owner: the body of the outlet's own country ("the
    Defence Ministry reported" on azernews.az is Azerbaijan's), or None where the
    outlet's country is not known. A common noun ("the ministry") is the home
    country's only when no speaker was named before it (else it is that speaker's);
    a body's ``proper`` name ("Dövlət Sərhəd Xidməti") always is."""
    home = speakers.dateline or speakers.home
    if home is None or (speakers.last and not proper):
        return None
    actor = knowledge.actor(home)
    if actor is None:
        return None
    own = _own(lang)
    if _vf(lang) is not None or own is None or not own.owner_adjective:
        return np, (actor.id,)
    return f"{actor.adjective_for(lang)} {_body(np, lang)}", (actor.id,)


def _dateline_party(place: str | None, knowledge: Knowledge) -> str | None:
    """The party of the conflict whose capital (or country) an article's dateline names
    ("ЕРЕВАН" -> armenia, "Stepanakert" -> nagorno-karabakh-authorities), or None: the
    article fixes the owner of the bodies it names alone, as a reader takes "the
    Defence Ministry said" in a report filed from Baku."""
    actor = knowledge.actor_of_place(place) if place else None
    if actor is None or actor.side == sides.THIRD:
        return None
    return actor.id


def _joint_bodies(
    parts: Sequence[str], knowledge: Knowledge, lang: str
) -> tuple[str, tuple[str, ...]] | None:
    """Two owners' adjectives sharing one body ("The Azerbaijani and Armenian Defense
    Ministries" -> "Azerbaijani and Armenian defence ministries", both actors), or
    None: the first part is an owner's adjective alone, the last an owned body, in a
    language whose pack writes a body with its owner's adjective (``owner_adjective``)."""
    if len(parts) != 2:
        return None
    first = _lexicon().determiners.sub("", parts[0].strip()).strip()
    actor = knowledge.actor_by_adjective(first)
    owned = _owner(parts[1].strip(), knowledge, lang)
    if actor is None or owned is None or owned[0] is actor:
        return None
    owner, rest = owned
    if not all(_is_role(w, lang) for w in rest.split()) or not _att(lang).owner_adjective:
        return None
    adjectives = f"{actor.adjective_for(lang)} and {owner.adjective_for(lang)}"
    return f"{adjectives} {_body(rest, lang)}", (actor.id, owner.id)


class _NeedsSpeakers(Exception):
    """A reading consulted who spoke before (``_Unread``)."""


class _Unread(_Speakers):
    """Speakers that may not be consulted: reading or setting any of their fields or
    methods raises ``_NeedsSpeakers``. A reading given these that returns did not depend
    on who spoke before."""

    def __init__(self) -> None:  # no fields: the dataclass's __init__ would set them
        pass

    def __getattribute__(self, name: str) -> object:
        if name.startswith("__"):
            return object.__getattribute__(self, name)
        raise _NeedsSpeakers(name)

    def __setattr__(self, name: str, value: object) -> None:
        raise _NeedsSpeakers(name)


_UNREAD = _Unread()
#: What ``_normalise`` memoises for a phrase whose reading consults the speakers.
_CONSULTS_SPEAKERS = "consults speakers"


def _normalise(
    np: str, knowledge: Knowledge, speakers: _Speakers, lang: str
) -> tuple[str, tuple[str, ...]] | None:
    """A speaker phrase, possibly "A and B" (a joint claimant: the actors of both,
    which speaks for no one side when they are of two), normalised.

    Memoised per phrase (``_READINGS``: a build names the same few hundred speakers
    in thousands of sentences) where the reading does not consult who spoke before
    (read with ``_Unread`` speakers); a phrase whose reading does ("he", "the
    ministry") is read again with ``speakers`` each time."""
    found = _READINGS.get(
        knowledge, ("normalise", np, lang), lambda: _normalise_unread(np, knowledge, lang)
    )
    if isinstance(found, str):  # _CONSULTS_SPEAKERS
        return _normalise_phrase(np, knowledge, speakers, lang)
    return found


def _normalise_unread(
    np: str, knowledge: Knowledge, lang: str
) -> tuple[str, tuple[str, ...]] | str | None:
    """``_normalise`` of a phrase where no speaker was read, or ``_CONSULTS_SPEAKERS``
    where its reading consults them."""
    try:
        return _normalise_phrase(np, knowledge, _UNREAD, lang)
    except _NeedsSpeakers:
        return _CONSULTS_SPEAKERS


def _normalise_phrase(
    np: str, knowledge: Knowledge, speakers: _Speakers, lang: str
) -> tuple[str, tuple[str, ...]] | None:
    """``_normalise``, not memoised."""
    parts = [p for p in _speaker_list(lang).split(np) if p.strip()]
    if len(parts) == 1:
        return _normalise_one(np, knowledge, speakers, lang)
    joint = _joint_bodies(parts, knowledge, lang)
    if joint is not None:
        return joint
    found = [_normalise_one(p, knowledge, speakers, lang) for p in parts]
    names = [f[0] for f in found if f]
    if not names:
        return None
    actors: list[str] = []
    for f in found:
        for a in f[1] if f else ():
            if a not in actors:
                actors.append(a)
    # joined with the language's own "and" ("Arménie et République d'Azerbaïdjan")
    conj = next(iter(_att(lang).and_words), "and")
    joined = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {conj} {names[-1]}"
    return joined, tuple(actors)


# Any day serves: only where date expressions stand matters, not their value.
_SPAN_ANCHOR = dt.date(2000, 1, 1)


def _without_opening_date(text: str, lang: str) -> str:
    """Drop date expressions at the start ("Накануне власти ..." -> "власти ...")."""
    while True:
        mentions = dates.find_dates(text, _SPAN_ANCHOR, None, lang)
        if not mentions or text[: mentions[0].start].strip(" ,"):
            return text
        text = text[mentions[0].end :].lstrip(" ,")


def _without_time(np: str, lang: str) -> str:
    """A speaker phrase without the time words or date after it ("Кремль во вторник")
    or before it ("mercredi les autorités", after an inverted verb)."""
    np = _without_opening_date(np.strip(), lang)
    cut = len(np)
    words = _time_word(lang)
    m = words.search(np) if words is not None else None
    if m is not None and m.start() > 0:
        cut = m.start()
    mentions = dates.find_dates(np[:cut], _SPAN_ANCHOR, None, lang)
    if mentions and mentions[0].start > 0:
        cut = mentions[0].start
    return np[:cut].rstrip()


def _is_person_name(text: str, knowledge: Knowledge) -> bool:
    """One to four capitalised words that name no actor or role: "Gegham Stepanian"."""
    words = text.split()
    return (
        1 <= len(words) <= 4
        and all(w[:1].isupper() and w not in _lexicon().stops and not _is_role(w) for w in words)
        and "_" not in text
        and knowledge.actor_by_name(text) is None
    )


def _is_title(text: str, knowledge: Knowledge) -> bool:
    """A role phrase: "le médiateur des droits de l'homme du Haut-Karabakh",
    "Karabakh's human rights ombudsman" (no verb, at least one role)."""
    lexicon = _lexicon()
    words = lexicon.determiners.sub("", text).split()
    has_role = False
    for whole in words:
        # a compound not itself a role ("porte-parole" is) is read by its head, its last
        # part: "vice-Premier", "vice-président", "ex-ministre"
        head = whole.rpartition("-")[2]
        word = head if head and _POSSESSIVE_S.sub("", whole).lower() not in lexicon.roles else whole
        bare = _POSSESSIVE_S.sub("", word).lower()
        elided = bare.split("'")[-1].split("’")[-1]
        if bare in lexicon.roles or elided in lexicon.roles:
            has_role = True
        elif not (
            word[:1].isupper()
            or bare in lexicon.connectors
            or bare in lexicon.title_words
            or elided in lexicon.title_words
            or bare in ("country", "region")
            or knowledge.actor_by_name(word)
        ):
            return False
    return has_role and 0 < len(words) <= 12


_DATE_WINDOW = 60  # characters: longer than any date written between a speaker and a verb


@functools.lru_cache(maxsize=4096)
def _before_verb(masked: str, verb_start: int, lang: str) -> str:
    """The text before a speech verb without the aside, filler and time words
    between it and its speaker ("Минобороны Армении, в свою очередь, заявило").

    Memoised: a sentence is read once for its own speaker and again by the
    spans around it, and copies of a story repeat their sentences."""
    before = masked[:verb_start].rstrip()
    aside = _aside(lang)
    if aside is not None:
        before = aside.sub("", before)
    tail_words = _tail(lang)
    before = tail_words.sub("", before)
    # "Алиев в прошлом ноябре заявлял": a date between the speaker and the verb
    # (looked for in the last words only: the text before may be long)
    offset = max(0, len(before) - _DATE_WINDOW)
    tail = before[offset:]
    mentions = dates.find_dates(tail, _SPAN_ANCHOR, None, lang) if tail else []
    if mentions and offset + mentions[-1].start > 0 and not tail[mentions[-1].end :].strip():
        before = tail_words.sub("", before[: offset + mentions[-1].start].rstrip())
    return before


def _apposition(before: str, knowledge: Knowledge, lang: str) -> tuple[str, tuple[str, ...]] | None:
    """A person named beside their role, set off by commas, before the verb:
    "Le médiateur ... du Haut-Karabakh, Gegham Stepanian, a affirmé" or
    "Gegham Stepanyan, Karabakh's ombudsman, said" -> "Gegham Stepanian, médiateur ...".
    The two parts make the whole clause before the verb (``before``, see
    ``_before_verb``); a known person keeps the knowledge's label.
    """
    if not before.endswith(","):
        return None
    head, comma, second = before[:-1].rpartition(",")
    if not comma:
        return None
    first = _without_opening_date(re.split(r"[,;:—–(]", head)[-1].strip(), lang)
    second = second.strip()
    for name, role in ((second, first), (first, second)):
        # a known person (after a rank: "Le lieutenant-colonel Anar Eyvazov") beside
        # any phrase of roles ("chef adjoint du service de presse du ministère ...")
        known = knowledge.person_by_name(name)
        if known is not None and _role_phrase(role, knowledge, lang):
            return known[0].label(lang), (known[1].id,)
        if not (_is_person_name(name, knowledge) and _is_title(role, knowledge)):
            continue
        person = knowledge.person_by_name(name)
        if person:
            return person[0].label(lang), (person[1].id,)
        role = _lexicon().determiners.sub("", role)
        return f"{name}, {role}", knowledge.find_actors(f"{role} {name}")
    # a known person named alone (a title at most), then any aside about them that
    # names no other party: "President Ilham Aliyev, an autocrat who has been cracking
    # down on opposition parties and dissent, said"
    words = first.split()
    named = bool(words) and all(w[:1].isupper() or _is_role(w, lang) for w in words)
    known = knowledge.person_by_name(first) if named else None
    if known is not None and set(knowledge.find_actors(second)) <= {known[1].id}:
        return known[0].label(lang), (known[1].id,)
    # or asides that describe them, whatever they name: each opens in lower case (a
    # description or a relative clause, not another name), one to three of them
    # ("Nikol Pachinian, partisan d'un accord avec l'Azerbaïdjan, pays plus riche et
    # mieux armé, a salué")
    described = _described_person(before[:-1], knowledge, lang)
    if described is not None:
        return described
    # a body by its proper name (and its abbreviation), then such an aside: "The
    # Organisation for Security and Cooperation in Europe (OSCE), a security watchdog
    # that has tried to help find a solution to the conflict, urged"
    connectors = _lexicon().connectors
    proper = bool(words) and all(w[:1].isupper() or w in connectors for w in words)
    body = _normalise(first, knowledge, _Speakers(), lang) if proper and named is False else None
    if (
        body is not None
        and len(body[1]) == 1
        and set(knowledge.find_actors(second)) <= set(body[1])
    ):
        return body
    return None


#: The most asides read between a known person and their verb
_MAX_ASIDES = 3


def _described_person(
    before: str, knowledge: Knowledge, lang: str
) -> tuple[str, tuple[str, ...]] | None:
    """A known person named alone (a title at most) before one to three asides set off
    by commas, each opening in lower case and with no "and" in them (not a list): the
    asides describe the person, who speaks
    ("Никол Пашинян, сторонник соглашения с Азербайджаном, заявил"). ``before`` is the
    clause before the verb without its last comma."""
    parts = before.split(",")
    own = _own(lang)
    and_words = frozenset(own.and_words) if own is not None else frozenset()
    for count in range(1, min(_MAX_ASIDES, len(parts) - 1) + 1):
        asides = [part.strip() for part in parts[-count:]]
        if not all(aside[:1].islower() for aside in asides):
            return None
        if any(w in and_words for aside in asides for w in aside.split()):
            # a list of people, their verb inside it ("Президент России Владимир Путин,
            # президент Азербайджана Ильхам Алиев и ... подписали ..., сообщил Кремль")
            return None
        head = _without_opening_date(re.split(r"[;:—–(]", parts[-count - 1])[-1].strip(), lang)
        words = head.split()
        if not words or not all(w[:1].isupper() or _is_role(w, lang) for w in words):
            continue
        known = knowledge.person_by_name(head)
        if known is not None:
            return known[0].label(lang), (known[1].id,)
    return None


#: The person an "according to" names after its role, set off by commas: ", Samvel
#: Asatryan,"
_NAME_ASIDE = re.compile(r",\s*([^,;:.()\"“”«»]{2,60}?)\s*,")


def _according_apposition(
    role: str, rest: str, knowledge: Knowledge, lang: str
) -> tuple[str, tuple[str, ...]] | None:
    """The person named beside the role an "according to" reads, set off by commas
    ("Selon le chef d'état-major arménien, Samvel Asatryan, un militaire ...",
    "According to the ministry's spokesman, Aram Torosyan, ..."): the role and the name
    read as one apposition (``_apposition``), or as the role before the name; ``rest``
    is the text after the role. None when no name follows or no actor is named."""
    m = _NAME_ASIDE.match(rest)
    if m is None or not m[1][:1].isupper():
        return None
    found = _apposition(f"{role}, {m[1]},", knowledge, lang)
    if found is None and _is_person_name(m[1], knowledge):
        # read as the role written before the name ("le chef d'état-major arménien
        # Samvel Asatryan")
        found = _normalise(f"{role} {m[1]}", knowledge, _Speakers(), lang)
    return found if found is not None and found[1] else None


def _role_phrase(text: str, knowledge: Knowledge, lang: str) -> bool:
    """Words of roles, with no name in them but an actor's ("chef adjoint du service
    de presse du ministère de la Défense"; not "президент Азербайджана Ильхам
    Алиев и ...", which names another person)."""
    words = text.split()
    return any(_is_role(w, lang) for w in words) and all(
        not w[:1].isupper() or _is_role(w, lang) or knowledge.actor_by_name(w) is not None
        for w in words
    )


@functools.cache
def _locative_tail(lang: str) -> re.Pattern[str] | None:
    """The place phrase of ``lang``'s pack after a body ("authorities in the region")."""
    tail = _att(lang).locative_tail
    return re.compile(rf"(?<=\w)\s+(?:{tail})$") if tail else None


def _without_locative(before: str, lang: str) -> str:
    """``before`` without a place phrase after a body ("authorities in the region")."""
    pattern = _locative_tail(lang)
    tail = pattern.search(before) if pattern is not None else None
    if tail is None:
        return before
    head = before[: tail.start()]
    return head if head.split()[-1].lower() in _lexicon().roles else before


def _adjectives(before: str, knowledge: Knowledge) -> frozenset[str]:
    """Every actor adjective, with the inflected ones among the last words of
    ``before``: a lower-case word the knowledge names an actor by ("l’armée
    arménienne", the feminine of "arménien")."""
    inflected = frozenset(
        w
        for w in before.split()[-3:]
        if w.islower() and w not in knowledge.adjectives and knowledge.actor_by_name(w)
    )
    return knowledge.adjectives | inflected if inflected else knowledge.adjectives


def _speaker_before(
    before: str, adjectives: frozenset[str] = frozenset(), lang: str = "en"
) -> str | None:
    """The noun phrase right before a speech verb ("Armenia's defence ministry"),
    from ``before``, the text before the verb as ``_before_verb`` gives it.

    ``adjectives`` are lower-case words that belong to a name too ("le ministère
    arménien de la Défense"). A date expression opening the sentence is not
    part of it, nor time words before the verb ("Кремль во вторник сообщил").
    """
    before = _without_locative(before, lang)
    lexicon = _lexicon()
    stops, connectors = lexicon.stops, lexicon.connectors
    words = before.split()
    if words and words[-1] in lexicon.pronouns:
        return words[-1]
    taken: list[str] = []
    for word in reversed(words):
        bare = word.rstrip("’'")
        if bare in stops and taken:
            break
        if word.endswith(",") and "and" in taken and word[:1].isupper() and "_" not in word:
            taken.append(word)
            continue
        if word[-1] in ',;:—–("”“»«_' or "_" in word:
            break
        # an elided article before a name ("l’Azerbaïdjan a accusé") is part of it
        unelided = _ELIDED.sub("", bare)
        is_name = unelided[:1].isupper() and bare not in stops
        if not (
            is_name
            or bare.lower() in lexicon.roles
            or unelided.lower() in lexicon.roles  # "l’armée arménienne"
            or bare in lexicon.title_words
            or bare in connectors
            or bare in adjectives
            or bare in _att(lang).body_modifiers
            or bare.lower() in ("country’s", "country's", "both")
        ):
            break
        taken.append(word)
    while taken and taken[-1] in connectors and taken[-1] not in ("the", "The"):
        taken.pop()
    phrase = " ".join(reversed(taken))
    phrase = _leading_connectors(lang).sub("", phrase)
    return (_without_opening_date(phrase, lang) if phrase else "") or None


def _attribution(
    sentence: str, knowledge: Knowledge, speakers: _Speakers, lang: str
) -> tuple[str, tuple[str, ...]] | None:
    """The claimant of one sentence (short name, actor ids), or None."""
    masked = _mask_quotes(sentence)
    verbs = _speech_verbs(masked, lang)
    masked = _quoted_names(sentence, masked, verbs, knowledge)
    return _attribution_of(masked, verbs, knowledge, speakers, lang)


#: The words of a name in quotation marks: capitalised words and the short lower-case
#: words between them ("Republic of Artsakh", "République du Haut-Karabakh").
_QUOTED_NAME = re.compile(r"^[^\W\d_][\w.’'-]*(?:\s+[\w.’'-]+){0,5}$")


def _quoted_names(
    sentence: str, masked: str, verbs: Sequence[tuple[int, int]], knowledge: Knowledge
) -> str:
    """``masked`` with a speaker's name in quotation marks unmasked, its marks made
    spaces (same length): a quotation of at most six words, each capitalised or a
    connector, that names a known actor and is followed by a speech verb with no
    punctuation between ('The self-proclaimed “Republic of Artsakh” said', "так
    называемая «НКР» заявила"). A name set in quotation marks (a self-styled state,
    a party) is its speaker, not a quoted statement."""
    connectors = _lexicon().connectors
    for start, end in _quote_spans(sentence):
        inner = sentence[start + 1 : end - 1].strip()
        if not _QUOTED_NAME.match(inner) or not any(
            start_verb >= end and not re.search(r"[,;:.!?—–]", masked[end:start_verb])
            for start_verb, _ in verbs
        ):
            continue
        words = inner.split()
        if not all(w[:1].isupper() or w in connectors for w in words):
            continue
        if not knowledge.find_actors(inner):
            continue
        masked = f"{masked[:start]} {sentence[start + 1 : end - 1]} {masked[end:]}"
    return masked


def _speech_verbs(masked: str, lang: str) -> list[tuple[int, int]]:
    """Spans of the speech verbs of a sentence (quotations masked)."""
    return [m.span() for m in _att(lang).speech.finditer(masked)]


#: A speaker written as a web address ("Bizimaz.az", "Modern.az-a"): a news site.
_WEB_NAME = re.compile(r"(?<=[^\W\d_])\.(?:com|net|org|info|news|[a-z]{2})(?![^\W\d_])")


def _names_outlet(name: str, knowledge: Knowledge) -> bool:
    """Is ``name`` a news outlet or a web site ("Report", "Bizimaz.az")?"""
    return knowledge.is_outlet(name) or _WEB_NAME.search(name) is not None


def _is_relay(found: _Said, knowledge: Knowledge) -> bool:
    """Is the speaker a news outlet or site that relays ("Interfax reported",
    "Femida.az xəbər verir ki"), not a party that says something?"""
    name, actors = found
    return not actors and (knowledge.is_outlet(name) or _WEB_NAME.search(name) is not None)


_KEY_JUNK = re.compile(r"[\W_]+")
#: The shortest spelling of an outlet compared as part of the article's own ("AP" is no
#: part of "apa.az")
_OWN_KEY = 4


#: Letters a web address writes without their marks ("Oxuməni.az" at oxumeni.az)
_PLAIN_LETTERS = str.maketrans({"ə": "e", "ı": "i"})


def _outlet_key(name: str) -> str:
    """An outlet's name as it is compared: letters and digits, case folded, without
    their marks ("Oxuməni.az" -> "oxumeniaz", as its web host writes it)."""
    return _KEY_JUNK.sub("", unaccented(name.casefold().translate(_PLAIN_LETTERS)))


def _outlet_keys(outlet: str | None, url: str | None, knowledge: Knowledge) -> tuple[str, ...]:
    """The spellings of an article's own outlet: its name, the outlet of data/outlets.yaml
    it names ("ARMENPRESS" -> "Armenpress"), its web host ("en.trend.az") and the host's
    name ("trend")."""
    keys = []
    if outlet:
        keys.append(_outlet_key(outlet))
        name = knowledge.outlet_name(outlet)
        if name:
            keys.append(_outlet_key(name))
    if url:
        host = url_host(url).rstrip(".")
        keys.append(_outlet_key(host.removeprefix("www.")))
        labels = host.split(".")
        if len(labels) > 1:  # its name before the top-level domain ("afp" of afp.com)
            keys.append(_outlet_key(labels[-2]))
    return tuple(k for k in keys if k)


def _cites_itself(name: str, knowledge: Knowledge, own: Sequence[str]) -> bool:
    """Is the outlet ``name`` a report cites the article's own ("reports Armenpress" on
    an Armenpress page, "Bizimaz.az xəbər verir ki" on bizimaz.az)? True when the
    article's outlet is unknown: the relay is then read as its own voice."""
    if not own:
        return True
    outlet = knowledge.outlet_name(name)
    keys = {_outlet_key(name), _outlet_key(outlet) if outlet else ""} - {""}
    return any(k in own or (len(k) >= _OWN_KEY and any(k in o for o in own)) for k in keys)


def _relay_speaker(
    masked: str, found: _Said, knowledge: Knowledge, speakers: _Speakers, lang: str
) -> _Said | None:
    """Who speaks in a sentence an outlet relays (``found``): the source it cites; else
    the outlet itself when it is another outlet than the article's and cites no source
    ("Interfax reported" on a page of another: Interfax's report, an actor of the
    press), else no one (the article's own voice, or a source it cites and we cannot
    read)."""
    cited = _cited(masked, knowledge, speakers, lang)
    if cited is not None:
        return cited
    quoting = _quoting_person(masked, knowledge, lang)
    if quoting is not None:
        # the person the sentence opens with, quoted in it, speaks; the outlet relays
        # ("Ilham Aliyev ... called the deal "...", according to Reuters news agency")
        return quoting
    if _cites_itself(found[0], knowledge, speakers.own):
        return None
    citing = _att(lang).citing
    if citing is not None and citing.search(masked) is not None:
        # it cites a source not read ("ТАСС-ը՝ գերատեսչության ... համակարգին հղումով"):
        # the report is that source's, whoever it is, not the relay's
        return None
    return found


#: The words before a sentence's first comma, quotation mark or parenthesis
_OPENING_WORDS = re.compile(r"[^,;:(\"“”«»„]*")


def _quoting_person(
    masked: str, knowledge: Knowledge, lang: str
) -> tuple[str, tuple[str, ...]] | None:
    """The known person a sentence opens with (a title at most, before its first comma),
    when the sentence quotes words (a quotation blanked in ``masked``): the person whose
    words they are, not the outlet the sentence cites ("Azeri President Ilham Aliyev, who
    joined President Putin, called the deal "...", according to Reuters news agency").
    None when the sentence quotes nothing or opens with no one known."""
    if "_" not in masked or _ANY_QUOTE.search(masked) is None:
        return None
    words: list[str] = []
    for word in _OPENING_WORDS.match(masked)[0].split():  # type: ignore[index]
        if not (word[:1].isupper() or _is_role(word, lang) or knowledge.actor_by_name(word)):
            break  # the name ends: its verb follows ("Reuters quoted ...": no one known)
        words.append(word)
    known = knowledge.person_by_name(" ".join(words)) if words else None
    return (known[0].label(lang), (known[1].id,)) if known is not None else None


def _cited(
    masked: str, knowledge: Knowledge, speakers: _Speakers, lang: str
) -> tuple[str, tuple[str, ...]] | None:
    """The source an outlet's report cites ("TASS reported, citing the ministry",
    "հղում անելով Ադրբեջանի ՊՆ-ին"), the end of the hearsay chain; None when it cites
    none or only another outlet (the relay is then the outlet's own voice)."""
    pattern = _att(lang).citing
    m = pattern.search(masked) if pattern is not None else None
    if m is None:
        return None
    np = _without_time(m["np"], lang)
    if _vf(lang) is not None and m.start("np") == m.start():
        # the source before its marker, in its case ("Aktual.az Müdafiə Nazirliyinə
        # istinadən"): the names and roles that end there, the outlet before them left
        taken: list[str] = []
        for word in reversed(np.split()):
            if _names_outlet(word, knowledge) or not (word[:1].isupper() or _is_role(word, lang)):
                break
            taken.insert(0, word)
        np = " ".join(taken)
        if not np:
            return None
    found = _normalise(np, knowledge, speakers, lang)
    return None if found is None or _is_relay(found, knowledge) else found


def _attribution_of(
    masked: str,
    verbs: Sequence[tuple[int, int]],
    knowledge: Knowledge,
    speakers: _Speakers,
    lang: str,
) -> tuple[str, tuple[str, ...]] | None:
    """``_attribution`` of a sentence already masked, with its speech verbs. An outlet
    that relays is no claimant: the source it cites is, else no one (the outlet's
    voice: "Interfax reported" on a page is that page's report)."""
    found = _speaker_of(masked, verbs, knowledge, speakers, lang)
    if found is not None and not found[1] and not _is_relay(found, knowledge):
        # a speaker no actor is known by that cites one ("Azernews reports, citing the
        # Azerbaijan Defence Ministry"): it relays, the source it cites speaks
        return _cited(masked, knowledge, speakers, lang) or found
    if found is None or not _is_relay(found, knowledge):
        return found
    return _relay_speaker(masked, found, knowledge, speakers, lang)


def _answer_at(masked: str, lang: str) -> int | None:
    """Where a clause answering the one before it opens (", ce que Bakou dément",
    ", which Baku denies", ", что отрицает Баку"): the pack's ``answers`` followed by a
    speech verb in the same sentence; None when the sentence has none. The denier
    speaks in that clause only: the clause it answers is not its statement."""
    pattern = _att(lang).answers
    m = pattern.search(masked) if pattern is not None else None
    if m is None or not any(start >= m.end() for start, _ in _speech_verbs(masked, lang)):
        return None
    return m.start()


def _clause_subject(
    before: str, knowledge: Knowledge, speakers: _Speakers, lang: str
) -> _Said | None:
    """The speaker that opens a clause, an adverbial phrase between it and its speech
    verb ("Сам Шарль Мишель по завершении трехсторонней встречи сказал", "Pashinyan at
    a press conference in Yerevan said"): the names and roles that open the clause,
    when the word after them opens an adverbial (the pack's ``adverbial_openers``) and
    they name a known actor; else None."""
    openers = _att(lang).adverbial_openers
    if not openers:
        return None
    clause = re.split(r"[,;:—–(]", before)[-1].strip()
    words = clause.split()
    connectors, stops = _lexicon().connectors, _lexicon().stops
    if words and not (words[0][:1].isupper() or _is_role(words[0], lang)):
        # a date opening the clause is no part of its speaker ("14 сентября пресс-секретарь
        # ... Арам Торосян в социальных сетях сообщил"); looked for only when a word that
        # names no one opens it
        words = _without_opening_date(clause, lang).split()
    taken: list[str] = []
    for word in words:
        if word in openers:
            break
        if not (word[:1].isupper() or _is_role(word, lang) or word in connectors):
            return None
        taken.append(word)
    while taken and taken[0] in stops:
        taken.pop(0)
    if not taken or len(taken) == len(words):
        return None
    return _actor_named(" ".join(taken), knowledge, speakers, lang)


#: The words of a clause's opening noun phrase read as a speaker, at most.
_HEAD_WORDS = 12
#: Marks that close a subject's noun phrase before an aside or its verb.
_HEAD_EDGE = re.compile(r"[,;:—–(]")


@functools.cache
def _filler_word(lang: str) -> re.Pattern[str]:
    """One word of the pack's ``filler`` between a speaker and its verb
    ("also", "quickly", "later"), or an adverb in "-ly"/"-ment"."""
    words = "|".join(w for w in (_att(lang).filler, r"\w+ly", r"\w+ment") if w)
    return re.compile(rf"(?:{words})")


def _in_name(word: str, adjectives: frozenset[str], lang: str) -> bool:
    """Can ``word`` stand in a speaker's noun phrase: a name, a role word, a connector, a
    determiner, an owner's adjective or a body's modifier (the words ``_speaker_before``
    takes)?"""
    lexicon = _lexicon()
    bare = _ELIDED.sub("", word.rstrip("’'"))
    return (
        bare[:1].isupper()
        or bare.lower() in lexicon.roles
        or word in lexicon.connectors
        or bare in adjectives
        or word in _att(lang).body_modifiers
        or lexicon.determiners.match(word + " ") is not None
    )


def _head_subject(
    before: str, knowledge: Knowledge, speakers: _Speakers, lang: str
) -> _Said | None:
    """The speaker a clause opens with when its noun phrase runs longer than the words
    right before the verb say ("Les autorités arméniennes du Nagorny Karabakh – une
    région ... – ont affirmé", "the press office of the separatist authority in the
    Nagorno-Karabakh region, whose population ..., said", "La commission d'État
    azerbaïdjanaise pour les prisonniers de guerre a confirmé"): a noun phrase that opens
    the sentence or follows a comma, opened by a determiner, a role word or a name,
    followed by the verb itself or by asides set off by punctuation up to it; the
    longest run of its first words that names a known actor (``_actor_named``), never a
    news outlet. Every word of the phrase is one a speaker's name is made of (a name,
    a role, a connector, a determiner, an owner's adjective: ``_in_name``), adverbs
    before the verb left out ("Armenia quickly denied"): a clause is no speaker ("The
    Armenian side has once again refuted ..., claiming", "Baku launched ..."); and it
    names one speaker (no "and" in it). None when no such phrase names one (never a
    guess). Its first word is a role or a known actor's name: a sentence opened by any
    other capitalised word ("Fighting erupted ...") has no speaker there."""
    if not before.strip():
        return None
    lexicon = _lexicon()
    closed = before.rstrip()[-1:] in ",—–)"
    edges = [0] + [m.end() for m in _HEAD_EDGE.finditer(before)]
    for start in reversed(edges):
        segment = before[start:]
        edge = _HEAD_EDGE.search(segment)
        head = segment[: edge.start()] if edge else segment
        if edge is not None and not closed:
            continue  # a clause after it, not an aside: "After X shelled Y, the mayor"
        head = _without_locative(head.rstrip(), lang)  # "... authority in the X region"
        words = head.split()
        if not words or len(words) > _HEAD_WORDS or ")" in head or before[start - 1 : start] == "(":
            continue  # a bracket's words are an aside: "(NKR), backed by ..."
        first = _ELIDED.sub("", lexicon.determiners.sub("", head.strip()))
        opener = first.split()[0].rstrip("’'") if first.split() else ""
        if not (
            opener.lower() in lexicon.roles
            or (
                opener[:1].isupper()
                and opener not in lexicon.stops
                and knowledge.find_actors(opener)
            )
        ):
            continue  # "Fighting erupted ...", "О гибели ...": no speaker opens it
        adjectives = knowledge.adjectives | frozenset(
            w for w in words if w.islower() and knowledge.actor_by_name(w)
        )  # inflected: "les autorités arméniennes"
        while words and _filler_word(lang).fullmatch(words[-1]):
            words.pop()  # "Armenia quickly denied", "X a également nié"
        if not words or not all(_in_name(w, adjectives, lang) for w in words):
            continue  # a clause, not a noun phrase: "The Armenian side has ... refuted"
        own = _own(lang)
        and_words = own.and_words if own is not None else ()
        if any(w in and_words for w in words):
            continue  # two speakers ("Azerbaijan and the NKR ... accuse each other")
        for end in range(len(words), 0, -1):
            last = _ELIDED.sub("", words[end - 1].rstrip("’'"))
            if last in lexicon.connectors or not (
                last[:1].isupper() or last.lower() in lexicon.roles or last in adjectives
            ):
                continue  # a phrase ends on a name, a role or an owner's adjective
            found = _actor_named(" ".join(words[:end]), knowledge, speakers, lang)
            if found is not None and not _is_relay(found, knowledge):
                return found
    return None


def _actor_named(np: str, knowledge: Knowledge, speakers: _Speakers, lang: str) -> _Said | None:
    """The speaker phrase ``np`` normalised, when it names a known actor; else None (a
    phrase that names no one speaks for no one, never a guess)."""
    found = _normalise(np, knowledge, speakers, lang)
    return found if found is not None and found[1] else None


def _passive_agent(
    masked: str, knowledge: Knowledge, speakers: _Speakers, lang: str
) -> _Said | None:
    """The agent of a passive speech or denial verb, the speaker of a sentence that
    names no other ("Des accusations rejetées par l'Azerbaïdjan, qui assure ...",
    "claims denied by Baku", "опровергнуто азербайджанской стороной", "Bakı
    tərəfindən təkzib edilib"): the pack's ``passive_agent`` group ``np``, when it
    names a known actor that is no news outlet (a report "published by Reuters" is
    the outlet's relay); else None."""
    pattern = _att(lang).passive_agent
    if pattern is None:
        return None
    for m in pattern.finditer(masked):
        found = _actor_named(_without_time(m["np"].strip(), lang), knowledge, speakers, lang)
        if found is not None and not _is_relay(found, knowledge):
            return found
    return None


def _locative_speaker(
    clause: str, knowledge: Knowledge, speakers: _Speakers, lang: str
) -> _Said | None:
    """The body an impersonal speech verb is said in, the speaker ("В пресс-службе
    минобороны Азербайджана ... назвали ложью", "Au ministère arménien de la Défense,
    on affirme"): the pack's ``locative_speaker`` matched on ``clause``, the text up to
    and with the speech verb, when its ``np`` names a known actor and no role word
    between it and the verb is the verb's own subject; else None."""
    pattern = _att(lang).locative_speaker
    m = pattern.search(clause) if pattern is not None else None
    if m is None or any(_is_role(w, lang) for w in clause[m.end("np") :].split()[:-1]):
        return None  # a subject of its own: "В Москве представители сторон заявили"
    return _actor_named(_without_time(m["np"].strip(), lang), knowledge, speakers, lang)


def _document_speaker(
    masked: str, verbs: Sequence[tuple[int, int]], speakers: _Speakers, lang: str
) -> _Said | None:
    """The speaker of a statement named by its document alone right before a speech
    verb ("..., the statement says", "В сообщении говорится", "Le communiqué précise"),
    or, in a verb-final language, anywhere in a sentence with a speech verb
    ("Məlumatda ... qeyd olunur", "«...»,– նշվում է հաղորդագրությունում"): the speaker
    named last, whose statement it is; None when no one was named."""
    own = _own(lang)
    pattern = own.document_subject if own is not None else None
    if pattern is None or speakers.last is None:
        return None
    if _vf(lang) is not None:  # "Məlumatda ... qeyd olunur", "..., ասված է հաղորդագրությունում"
        return speakers.last if verbs and pattern.search(masked) else None
    for start, _ in verbs:
        if pattern.search(masked[:start].rstrip()):
            return speakers.last
    return None


def _speaker_of(
    masked: str,
    verbs: Sequence[tuple[int, int]],
    knowledge: Knowledge,
    speakers: _Speakers,
    lang: str,
) -> tuple[str, tuple[str, ...]] | None:
    """The speaker a sentence names, outlets included (``_subject_speaker``); where
    that names no actor (none, or a subject such as "Информация" or an outlet), the
    agent of a passive speech or denial verb that does (``_passive_agent``: "Des
    accusations rejetées par l'Azerbaïdjan, qui assure ...")."""
    found = _subject_speaker(masked, verbs, knowledge, speakers, lang)
    if found is not None and found[1]:
        return found
    return _passive_agent(masked, knowledge, speakers, lang) or found


def _subject_speaker(
    masked: str,
    verbs: Sequence[tuple[int, int]],
    knowledge: Knowledge,
    speakers: _Speakers,
    lang: str,
) -> tuple[str, tuple[str, ...]] | None:
    """The speaker a sentence names as its speech verb's subject (or by "according
    to", an apposition, an inverted verb, its document), outlets included; a clause
    that answers the one before it with a denial (``_answer_at``) names no speaker of
    the sentence."""
    cut = _answer_at(masked, lang)
    if cut is not None:
        masked, verbs = masked[:cut], [v for v in verbs if v[1] <= cut]
    if _vf(lang) is not None:
        return _vf_attribution(masked, verbs, knowledge, speakers, lang)
    words, own = _att(lang), _own(lang)
    relayed: tuple[str, tuple[str, ...]] | None = None
    for according in words.according.finditer(masked) if words.according is not None else ():
        if according["np"] is None or (
            according["np"].strip().lower() in _lexicon().according_pronouns
        ):
            if speakers.last:  # "по его данным", "selon lui": the last speaker
                return speakers.last
            break
        np = according["np"].strip()
        document = own.document if own is not None else None
        if document is not None:
            np = document.sub("", np)
        found = _normalise(_without_time(np, lang), knowledge, speakers, lang)
        if found is None:
            found = _according_apposition(np, masked[according.end("np") :], knowledge, lang)
        if found and not _is_relay(found, knowledge):
            return found
        if found is None or relayed is not None:
            break
        # "according to a statement carried by the Interfax news agency": the agency
        # relays; a source the sentence cites after it ("Об этом, как сообщает РИА
        # Новости, говорится в заявлении ... Минобороны"), or else its own speaker,
        # goes first
        relayed = found
    befores = [_before_verb(masked, start, lang) for start, _ in verbs]
    for before in befores:
        found = _apposition(before, knowledge, lang)
        if found:
            return found
    inverted = words.inverted.search(masked) if words.inverted is not None else None
    needs_capital = own is not None and own.inverted_needs_capital
    if inverted and (
        inverted["np"].strip()[:1].isupper()
        or not needs_capital
        or _definite_role(inverted["np"], lang)  # "..., added the ministry."
        # "..., said the head of Azerbaijan's Defense Ministry Vagif Dargahli."
        or _titled_named(inverted["np"], knowledge, lang)
    ):
        found = _normalise(_without_time(inverted["np"], lang), knowledge, speakers, lang)
        if found and not _is_relay(found, knowledge):
            return found
        # "Минобороны Азербайджана обвинило ..., пишет РИА Новости": the outlet after the
        # verb relays; the subject of the sentence's speech verb, if any, speaks
        relayed = relayed or found
    if (
        inverted
        and speakers.last is not None
        and _names_document(" " + inverted["np"].strip(), lang)
    ):
        return speakers.last  # '"...", indique le communiqué': the last speaker's statement
    by_document = _document_speaker(masked, verbs, speakers, lang)
    if by_document is not None:
        return by_document
    fallback: tuple[str, tuple[str, ...]] | None = None
    for before in befores:
        np = _speaker_before(before, _adjectives(before, knowledge), lang)
        if not np:
            found = _clause_subject(before, knowledge, speakers, lang)
            if found is None:
                found = _head_subject(before, knowledge, speakers, lang)
            if found is not None:
                return found
            continue
        found = _normalise(np, knowledge, speakers, lang)
        if found is None:
            found = _head_subject(before, knowledge, speakers, lang)
        if found is None:
            continue
        if _is_relay(found, knowledge):
            fallback = fallback or found  # a news outlet relays; prefer the source it quotes
            continue
        return found
    if fallback is not None:
        return fallback
    for _, end in verbs:
        found = _locative_speaker(masked[:end], knowledge, speakers, lang)
        if found is not None:
            return found
    return relayed


@functools.lru_cache(maxsize=4)
def _default_knowledge(data_dir: Path = DEFAULT_DATA_DIR) -> Knowledge:
    return load_knowledge(data_dir)[0]


def find_claimant(
    sentence: str,
    previous_claimant: str | None,
    lang: str = "en",
    knowledge: Knowledge | None = None,
) -> str | None:
    """Who makes the claim of ``sentence``, as a short name; None when the outlet does.

    ``previous_claimant`` is the last named speaker, for "it said", "he added",
    "the ministry said". ``knowledge`` defaults to the project's data/ files.

    >>> find_claimant("Armenia’s defence ministry said on Tuesday that ...", None)
    'Armenian defence ministry'
    >>> find_claimant("“We will respond,” it added.", "Azerbaijani defence ministry")
    'Azerbaijani defence ministry'
    """
    knowledge = knowledge or _default_knowledge()
    speakers = _Speakers()
    if previous_claimant:
        speakers.said(previous_claimant, knowledge.find_actors(previous_claimant))
    found = _attribution(sentence, knowledge, speakers, lang)
    return found[0] if found else None


# ----------------------------------------------------------------------------------
# Event types
# ----------------------------------------------------------------------------------


def classify(
    claim_text: str,
    figures: Sequence[Figure] = (),
    lang: str = "en",
    knowledge: Knowledge | None = None,
) -> EventType:
    """The event type of a claim, by the keyword rules of data/event-types.yaml.

    Each matched term adds its weight, each figure ``figure_weight`` to the type
    of its kind; highest score wins, ties by the rules' priority; nothing:
    "background".

    >>> classify("A ceasefire was reached Tuesday evening following mediation by Russia.")
    'ceasefire'

    Memoised (``_READINGS``).
    """
    knowledge = knowledge or _default_knowledge()
    key = ("classify", claim_text, tuple(figures), lang)
    return _READINGS.get(knowledge, key, lambda: _classify(claim_text, figures, lang, knowledge))


def _classify(
    claim_text: str, figures: Sequence[Figure], lang: str, knowledge: Knowledge
) -> EventType:
    rules = knowledge.event_rules
    scores: dict[EventType, int] = {}
    for event_type, pattern, weight, _ in rules.terms_in(lang, claim_text.lower()):
        if pattern.search(claim_text):
            scores[event_type] = scores.get(event_type, 0) + weight
    for figure in figures:
        figure_type = rules.figures.get(figure.kind)
        if figure_type:
            scores[figure_type] = scores.get(figure_type, 0) + rules.figure_weight
    if not scores:
        return "background"
    order = {t: i for i, t in enumerate(rules.priority)}
    return min(scores, key=lambda t: (-scores[t], order.get(t, len(order))))


# ----------------------------------------------------------------------------------
# Dates of a sentence
# ----------------------------------------------------------------------------------

#: Symbols that join two dates into a span in every language ("7-8", "1991–1994").
_DASHES = r"-|–|—"


@dataclass(frozen=True)
class _DateWords:
    """A pack's words around a sentence's dates, compiled (None: the pack has none).

    ``reference_before``: "since/after/before ..." up to four words before a date
    (it only locates another event); ``reference_in``: such a word in the mention
    itself; ``relative_clause``: a non-restrictive relative clause (", which ...,");
    ``restrictive``: a restrictive clause ending right before a date ("that were
    reached in ..."); ``coordination``: the gap between two dates of a span;
    ``future``: a mention of what is to come; ``speech_gap``: the channel words
    between a speech verb and its date ("said in a statement on Tuesday");
    ``continuation``: the words by which a sentence goes on about the time of the one
    before ("have since met", "the ensuing conflict", "с тех пор"); ``state_now``: a
    state told in the present tense ("remains tense", "is relatively stable",
    "продолжает", "շարունակում է", "davam edir").
    """

    reference_before: re.Pattern[str] | None
    reference_in: re.Pattern[str] | None
    relative_clause: re.Pattern[str] | None
    restrictive: re.Pattern[str] | None
    coordination: re.Pattern[str]
    future: re.Pattern[str] | None
    speech_gap: re.Pattern[str]
    continuation: re.Pattern[str] | None
    state_now: re.Pattern[str] | None


@functools.cache
def _date_words(lang: str) -> _DateWords:
    """The sentence's language's words of ``_DateWords`` (its pack's dates.yaml);
    a language without a pack has only the mechanism's symbols."""
    found = packs().get(lang)
    data = found.dates if found is not None else None

    def word(key: str) -> str:
        return str(getattr(data, key, "")) if data is not None else ""

    before, inside, pronouns = (
        word("reference_words"),
        word("reference_in"),
        word("relative_pronouns"),
    )
    restrictive, coordination = word("restrictive_clause"), word("coordination")
    future, channels = word("future"), word("speech_channels")
    continuation, state_now = word("continuation"), word("state_now")
    joins = f"{coordination}|{_DASHES}" if coordination else _DASHES
    return _DateWords(
        reference_before=(
            re.compile(rf"(?i)(?:\b(?:{before})\s+(?:[\w’'-]+\s+){{0,4}})$") if before else None
        ),
        reference_in=re.compile(f"(?i){inside}") if inside else None,
        relative_clause=(
            re.compile(rf",\s*(?:{pronouns})\b[^,.;]*(?:,|[.;]|$)") if pronouns else None
        ),
        restrictive=(re.compile(rf"(?i)\b(?:{restrictive})\b[^,.;:—–]*$") if restrictive else None),
        coordination=re.compile(rf"^\s*(?:{joins})\s*$"),
        future=re.compile(rf"(?i)\b(?:{future})\b") if future else None,
        speech_gap=re.compile(rf"^\s*(?:(?:{channels})\s*)?$" if channels else r"^\s*$"),
        continuation=re.compile(continuation, re.IGNORECASE) if continuation else None,
        state_now=re.compile(state_now, re.IGNORECASE) if state_now else None,
    )


@dataclass(frozen=True)
class _SentenceDates:
    date: FuzzyDate | None
    said: FuzzyDate | None
    #: is ``date`` only when it was said ("Об этом сообщили сегодня"), no event's?
    said_only: bool = False


#: What may stand between a date and the speech verb right after it, or between two
#: names of one day ("այսօր՝ ապրիլի 4-ին, հայտնել է", "today, April 4, reported").
_APPOSITION = re.compile(r"[\s,՝]*")


def _is_said_date(
    mention: DateMention, verbs: Sequence[tuple[int, int]], text: str, lang: str = "en"
) -> bool:
    gap = _date_words(lang).speech_gap
    for start, end in verbs:
        if end <= mention.start and gap.match(text[end : mention.start]):
            return True
        if mention.end <= start and _APPOSITION.fullmatch(text, mention.end, start):
            return True
    return False


def _said_dates(
    mentions: Sequence[DateMention], verbs: Sequence[tuple[int, int]], text: str, lang: str
) -> list[DateMention]:
    """The mentions that say when something was said, with a name of the same day in
    apposition before one ("այսօր՝ ապրիլի 4-ին, հայտնել է": both)."""
    said: list[DateMention] = []
    for mention in reversed(mentions):
        if _is_said_date(mention, verbs, text, lang) or (
            said
            and said[-1].value == mention.value
            and _APPOSITION.fullmatch(text, mention.end, said[-1].start)
        ):
            said.append(mention)
    return said[::-1]


def _next_previous(
    mentions: Sequence[DateMention],
    verbs: Sequence[tuple[int, int]],
    text: str,
    previous: FuzzyDate | None,
    lang: str = "en",
) -> FuzzyDate | None:
    """The date the next sentence's anaphora count from: the last date of what
    happened, not of when it was said ("killed 20 late Monday, officials said
    Tuesday. The blast happened at 10:30 p.m." is Monday night)."""
    events = [m for m in mentions if not _is_said_date(m, verbs, text, lang)]
    return dates.next_previous(events or list(mentions), previous)


@functools.cache
def _reference_words(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The pack's words around a date that make it a birth year or a document's date
    ("(b. 1996)", "1995 года рождения", "the declaration of 1991"), before and after it."""
    found = packs().get(lang)
    data = found.dates if found is not None else None
    before = data.reference_before if data else ""
    after = data.reference_after if data else ""
    return (
        re.compile(f"(?:{before})$", re.IGNORECASE) if before else None,
        re.compile(f"^(?:{after})", re.IGNORECASE) if after else None,
    )


def _names_no_event(mention: DateMention, text: str, lang: str) -> bool:
    """Is the mention a person's birth or a document's date, not when anything happened?"""
    before, after = _reference_words(lang)
    return bool(
        (before is not None and before.search(text[max(0, mention.start - 60) : mention.start]))
        or (after is not None and after.match(text[mention.end : mention.end + 60]))
    )


def _is_reference(
    mention: DateMention, text: str, verbs: Sequence[tuple[int, int]], lang: str = "en"
) -> bool:
    """Does the mention only locate another event?

    "since last year's war", "a year after the war", "after the 2020 war", and
    a restrictive relative clause after a speech verb ("called on all parties
    to respect the agreements that were reached in November 2020").
    """
    if mention.kind == "lasting":  # "depuis deux semaines": how long, up to now
        return False
    words = _date_words(lang)
    if (
        mention.kind != "anaphora"
        and words.reference_in
        and words.reference_in.search(mention.text)
    ):
        return True
    offset = max(0, mention.start - 80)
    before = text[offset : mention.start]
    if words.reference_before is not None and words.reference_before.search(before):
        return True
    clause = words.restrictive.search(before) if words.restrictive is not None else None
    return clause is not None and any(end <= offset + clause.start() for _, end in verbs)


def _main_date(candidates: Sequence[DateMention], text: str, lang: str = "en") -> FuzzyDate | None:
    """The first candidate outside relative clauses (local before UTC; "currently" only
    when there is no other), or an interval."""
    words = _date_words(lang)
    relative = words.relative_clause
    clauses = [m.span() for m in relative.finditer(text)] if relative is not None else []
    outside = [c for c in candidates if not any(s <= c.start < e for s, e in clauses)]
    pool = outside or list(candidates)
    # "currently" dates a sentence that gives no other date ("held, who are currently in
    # Baku, were captured on 13 December" is of the 13th)
    # and so does how long a state has lasted ("depuis deux semaines")
    pool = [c for c in pool if c.kind not in ("present", "lasting")] or pool
    if not pool:
        return None
    local = [c for c in pool if not c.value.edtf.endswith("Z")]
    first = (local or pool)[0]
    following = [c for c in candidates if c.start >= first.end]
    if following and words.coordination.match(text[first.end : following[0].start]):
        other = following[0].value
        if other.precision == first.value.precision and other.edtf != first.value.edtf:
            a, b = sorted((first.value, other))
            return dates.interval(a, b)
    return first.value


#: The kinds of a span named from publication ("last week", "two weeks ago", "earlier
#: this month"): a claim takes the month or year it lies in (``dates.named_span``),
#: while the flow of dates reads the span itself (a look back stays a look back).
_NAMED_SPANS = frozenset({"relative", "ago"})


def _sentence_dates(
    mentions: Sequence[DateMention],
    verbs: Sequence[tuple[int, int]],
    text: str,
    published: dt.date,
    lang: str = "en",
) -> _SentenceDates:
    future = _date_words(lang).future
    to_come = dates.says_future(text, lang)
    usable = [
        m
        for m in mentions
        if (m.value.start <= published or to_come or (future is not None and future.search(m.text)))
        and not _names_no_event(m, text, lang)
    ]
    said = _said_dates(usable, verbs, text, lang)
    events = [
        m
        for m in usable
        if m not in said
        and not _is_reference(m, text, verbs, lang)
        and not _plan_aside(m, text, published, lang)
    ]
    said_value = said[0].value if said else None
    main = _main_date(events, text, lang)
    if main is None and not said:
        main = _since_year(usable, text, published) or _opening_since(usable, text, lang)
    if main is None:
        return _SentenceDates(said_value, None, said_only=said_value is not None)
    return _SentenceDates(main, said_value)


def _plan_aside(mention: DateMention, text: str, published: dt.date, lang: str) -> bool:
    """Is the mention a day to come inside a relative clause ("the two leaders, who are
    due to meet on Sunday, ...", "les deux dirigeants, qui doivent se rencontrer dimanche
    à Bruxelles, ...")? It says when something else will happen: the sentence's own
    event (what was said or done) is not of that day."""
    relative = _date_words(lang).relative_clause
    if mention.value.start <= published or relative is None:
        return False
    return any(s <= mention.start < e for s, e in (m.span() for m in relative.finditer(text)))


#: A mention that closes its clause: punctuation or the end of the sentence after it.
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)»\"”]|$)")


def _since_year(mentions: Sequence[DateMention], text: str, published: dt.date) -> FuzzyDate | None:
    """A year before publication that closes the clause of a sentence with no other date
    ("has been run by ethnic Armenians since 1994.", "since a war there ended in 1994."):
    what it says is background of that year, not of the story's day. A year that goes on
    into its clause locates a count or an event instead ("since the 2020 war, shootings
    have killed dozens", "с 2020 года погибли 280 человек": the story's day). The year
    has ended by publication: an undated article is read as of the last day of the
    latest date it gives itself (``timeline.undated``), 1994-12-31 for "since 1994"."""
    for m in mentions:
        if (
            m.value.precision == "year"
            and m.value.end <= published
            and _CLAUSE_END.match(text, m.end)
        ):
            return m.value
    return None


#: What may stand before a year that opens its sentence: a quote or a dash, and one word
#: ("Since", "Depuis"; Russian "С 1992 года" and Turkish "2020'den bu yana" need none).
_OPENING = re.compile(r"^[\W_]*(?:[^\W\d_]+\s+)?$")


def _opening_since(mentions: Sequence[DateMention], text: str, lang: str) -> FuzzyDate | None:
    """A year that opens a sentence with no other date and no count: a state since that
    year ("С 1992 года проводятся переговоры", "Since 1994, the region has been run by
    ethnic Armenians") is background of that year. With a count it is the story's day:
    "с 2020 года погибли 280 человек" counts the dead up to now."""
    for m in mentions:
        digits = re.search(r"\d", m.text)
        # "Since 1994 the region ...", not "Since the 2020 war, ..." nor "Since last year's
        # war, ..." (the year of a noun)
        if (
            m.value.precision == "year"
            and digits is not None
            and _OPENING.match(text[: m.start + digits.start()])
        ):
            return None if find_figures(text, lang) else m.value
    return None


def _day_of(value: FuzzyDate) -> FuzzyDate:
    """A time widened to its day, the night into a day narrowed to that day (for
    inheritance): after "в ночь на 13 сентября начался обстрел", "49 погибли" is of the
    13th, whose early hours the night was."""
    if value.precision == "time":
        return dates.day(value.start)
    if value.precision == "interval" and value.part_of_day == "night":
        return dates.day(value.end)
    return value


def _differs(said: FuzzyDate | None, date: FuzzyDate) -> FuzzyDate | None:
    if said is None or said.contains(date) or date.contains(said):
        return None
    return said


# ----------------------------------------------------------------------------------
# Claims
# ----------------------------------------------------------------------------------

_HEADING_WORDS = 8
_MIN_WORDS = 4


@functools.cache
def _terminal(lang: str) -> re.Pattern[str]:
    """Sentence-final punctuation, with the pack's own ``terminal`` marks (Armenian
    text often ends its sentences with a colon for the full stop "։")."""
    found = packs().get(lang)
    extra = re.escape(found.terminal) if found is not None else ""
    return re.compile(rf"[.!?…։{extra}][\"'”’»)\]]*$")


def _is_statement(text: str, lang: str = "en") -> bool:
    words = len(text.split())
    if words < _MIN_WORDS:
        return False
    return words >= _HEADING_WORDS or bool(_terminal(lang).search(text.rstrip()[-4:]))


def _merge_actors(first: Iterable[str], rest: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for ident in (*first, *rest):
        if ident not in out:
            out.append(ident)
    return tuple(out)


def _lookahead_claimant(
    sentences: Sequence[str], knowledge: Knowledge, speakers: _Speakers, lang: str
) -> tuple[str, tuple[str, ...]] | None:
    """The claimant of the sentence that closes a quotation opened before it."""
    for text in sentences[:3]:
        if _CLOSES_QUOTE.search(text):
            return _attribution(text, knowledge, speakers, lang)
    return None


#: How many unattributed sentences a speaker's words run over: between two sentences of
#: one speaker, or before a sentence that names the speaker of what came before ("Об
#: этом сообщило Минобороны"). Wire copy rarely goes longer without naming the speaker.
_SPAN_GAP = 4
#: The marks a quotation opens with.
_QUOTE_MARKS = frozenset('"“«„')
#: How many sentences a quotation runs over before the one that closes it.
_QUOTE_REACH = 6


@dataclass(frozen=True)
class _Read:
    """What one sentence says of its speaker: the speaker it names (or refers to:
    "he", "the ministry"), or None; whether it opens with a speech verb, no speaker
    before it ("Отмечается, что ...", "Qeyd olunub ki ...", "Также сообщается":
    reported words, speaker unnamed; "стороны конфликта заявили" names speakers);
    and whether an outlet relays it, citing no one (the outlet's voice, never a
    span's speaker)."""

    said: _Said | None
    speaks: bool
    relayed: bool = False  # an outlet's report ("Femida.az xəbər verir ki"): its own voice
    back: bool = False  # names its speaker by reference only ("the ministry stressed")
    parts: tuple[tuple[str, _Said], ...] = ()  # one per speaker, where it has two or more
    masked: str = ""  # the sentence with its quotations masked (read once)
    verbs: tuple[tuple[int, int], ...] = ()  # its speech verbs
    names_before: bool = False  # names the speaker of what came before (_names_before)
    reader: bool = False  # speaks to the reader, names no speaker: the page's (_addresses_reader)
    unknown: _Said | None = None  # a speaker its grammar names, no actor (_unknown_speaker)


def _masked_sentence(
    text: str, knowledge: Knowledge, lang: str
) -> tuple[str, tuple[tuple[int, int], ...], tuple[str, ...]]:
    """A sentence as its speaker is read from it: quotations masked (a speaker's name
    in quotation marks left readable, ``_quoted_names``), the spans of its speech verbs,
    and the actors it names. Memoised per text by ``_attributions`` (``_READINGS``):
    copies of a story repeat their sentences."""
    masked = _mask_quotes(text)
    verbs = _speech_verbs(masked, lang)
    masked = _quoted_names(text, masked, verbs, knowledge)
    return masked, tuple(verbs), knowledge.find_actors(masked)


def _attributions(
    texts: Sequence[str], knowledge: Knowledge, speakers: _Speakers, lang: str
) -> list[_Read]:
    """What each sentence says of its speaker, read in text order; a line that is no
    statement (a heading) names none. ``speakers`` keeps who spoke last, for the
    references."""
    out: list[_Read] = []
    for number, text in enumerate(texts):
        # a line that leads into a quotation ("... şu ifadelerle duyurdu:") is no
        # statement, but names the speaker of the words after it
        statement = _is_statement(text, lang)
        if not statement and not text.rstrip().endswith(":"):
            out.append(_Read(None, False))
            continue
        read = functools.partial(_masked_sentence, text, knowledge, lang)
        masked, verbs, named = _READINGS.get(knowledge, ("masked", text, lang), read)
        speakers.context = named if _one_state(named, knowledge) else (*named, *speakers.context)
        found = _speaker_of(masked, verbs, knowledge, speakers, lang)
        relayed = found is not None and _is_relay(found, knowledge)
        if found is not None and relayed:
            found = _relay_speaker(masked, found, knowledge, speakers, lang)
        elif found is not None and not found[1]:  # an unknown relay that cites a source
            found = _cited(masked, knowledge, speakers, lang) or found
        if found is None and not relayed and _opens_quote(text):
            found = _lookahead_claimant(texts[number + 1 :], knowledge, speakers, lang)
        if found is not None and not set(found[1]) & set(named) and not statement:
            found = None  # a lead-in names its speaker itself ("Nazirlikdən ... deyilir:" may not)
        if found is None and statement and _page_speaks(masked, lang, out):
            out.append(_Read(None, False, reader=True))
            continue  # "Get all your news in one place": the page speaks, no report
        if found is not None:
            speakers.said(*found)
        opens = bool(verbs) and len(masked[: verbs[0][0]].rpartition(",")[2].split()) <= 1
        opens = opens or (found is None and _closes_unnamed(masked, verbs, lang))
        opens = opens or (found is None and _hearsay(masked, lang))
        opens = opens or (found is None and _first_person(masked, lang))
        # a quotation alone that goes on from a sentence that quotes: the same speaker's
        opens = opens or (
            found is None
            and number > 0
            and _ANY_QUOTE.search(texts[number - 1]) is not None
            and _all_quoted(text, masked)
        )
        back = found is not None and not set(found[1]) & set(named)
        parts = _speaker_parts(text, masked, verbs, knowledge, speakers, lang)
        if parts:
            found = parts[0][1]
            for _, said in parts[1:]:
                speakers.said(*said)
        before = found is not None and _names_before(text, masked, verbs, knowledge, lang)
        # reported words whose speaker the grammar names but no actor: the last resort of
        # ``_spans``, where no context gives the sentence a speaker either
        unknown = _unknown_speaker(masked, verbs, lang) if found is None and not relayed else None
        out.append(
            _Read(
                found,
                opens,
                relayed and found is None,
                back,
                parts,
                masked,
                tuple(verbs),
                before,
                unknown=unknown,
            )
        )
    return out


#: Bodies (ids of the packs' ``bodies.yaml``) that are only ever someone's: a side is
#: one party's side, so a phrase that is such a body with no owner ("Each side blamed
#: the other", "les deux parties") names no speaker.
_OWNER_ONLY_BODIES = frozenset({"side"})


def _owner_only(phrase: str, lang: str) -> bool:
    """Is ``phrase`` one of the bodies that are only ever someone's, named with no
    owner (``_OWNER_ONLY_BODIES``)?"""
    found_pack = packs().get(lang)
    words = found_pack.bodies if found_pack is not None else None
    found = body_of(phrase, words, ()) if words is not None else None
    return found is not None and found[0] is None and found[1] in _OWNER_ONLY_BODIES


#: How many words an unknown speaker's phrase has at most ("local officials", "plusieurs
#: médias arméniens"); a longer one is a clause, not a speaker's name.
_UNKNOWN_WORDS = 6


def _unknown_speaker(
    masked: str, verbs: Sequence[tuple[int, int]], lang: str
) -> tuple[str, tuple[str, ...]] | None:
    """The speaker a sentence's grammar names when no actor could be read from it: the
    noun phrase of its "according to" (the pack's ``according``: "selon plusieurs médias
    arméniens"), or the subject of its first speech verb when a role noun heads it
    ("local officials reported that ...", "The region's military said ..."): an unknown
    speaker that keeps its words, in its language, as ``_definite`` keeps one, never the
    outlet's voice. A pronoun ("selon lui") is no name; a reciprocal sentence ("the parties
    accused each other") names no role."""
    pattern = _att(lang).according
    lexicon = _lexicon()
    phrases: list[str] = []
    according = pattern.search(masked) if pattern is not None else None
    if according is not None and according["np"] is not None:
        phrases.append(_without_time(according["np"].strip(), lang))
    if verbs and _vf(lang) is None:
        np = _speaker_before(_before_verb(masked, verbs[0][0], lang), frozenset(), lang)
        phrases.extend([np] if np else [])
    for phrase in phrases:
        words_of = phrase.strip(" ,").split()
        while words_of and words_of[0] in lexicon.connectors:  # "and local officials"
            words_of = words_of[1:]
        if words_of and words_of[-1] in lexicon.connectors:  # "the border of the": cut short
            continue
        phrase = " ".join(words_of)
        if (
            phrase
            and len(phrase.split()) <= _UNKNOWN_WORDS
            and any(w.lower().strip("’'") in lexicon.roles for w in phrase.split())
            and phrase.lower() not in lexicon.according_pronouns
            and phrase not in lexicon.pronouns
            and not _owner_only(phrase, lang)
        ):
            return phrase, ()
    return None


#: How many words a sentence that names the speaker of what came before has, at most,
#: when it says nothing more ("Об этом сообщило Минобороны Армении", "Հերքումը
#: տարածել է ՀՀ ՊՆ մամուլի ծառայությունը").
_REFERENCE_WORDS = 8


def _only_names_before(text: str, read: _Read) -> bool:
    """Does the sentence only name the speaker of what came before it, a line of
    attribution with no account of its own?"""
    return read.names_before and len(text.split()) <= _REFERENCE_WORDS


#: How many words may stand between a speech verb and the comma that opens what it
#: reports ("xəbər verir ki, ...").
_RELAY_LINK = 1


def _names_before(
    text: str, masked: str, verbs: Sequence[tuple[int, int]], knowledge: Knowledge, lang: str
) -> bool:
    """Does the sentence name the speaker of what came before it ("Об этом сообщило
    Минобороны", "Bunu ... bildirib": the pack's ``refers_back``)? Also where a
    speech verb's clause reports the naming, a speech verb of its own in it: "Eurasia
    Diary xəbər verir ki, bunu ... Tonoyan ... deyib" (the site reports that Tonoyan
    said it), "Sputnik Azərbaycan bildirir ki, xəbəri Azərbaycan Müdafiə Nazirliyi
    yayıb": the words after the first speech verb and its link ("ki,") are read as a
    sentence of their own."""
    if _refers_back(text, lang):
        return True
    if len(verbs) < 2 or "," not in masked[verbs[0][1] : verbs[-1][0]]:
        return False
    link, _, rest = masked[verbs[0][1] :].partition(",")
    return len(link.split()) <= _RELAY_LINK and _refers_back(rest.lstrip(), lang)


def _hearsay(masked: str, lang: str) -> bool:
    """Does the sentence carry a word of reported, unvouched content ("allegedly",
    "якобы", "guya", "իբր", "prétendument")? Its content is someone's claim: with no
    speaker of its own, the speaker named last (a few sentences back at most)."""
    pattern = _att(lang).hearsay
    return pattern is not None and pattern.search(masked) is not None


def _first_person(masked: str, lang: str) -> bool:
    """Does the sentence speak in the first person plural outside its quotations ("our
    tractor", "We declare once again", "наши позиции", "մեր դիրքերը", the pack's
    ``first_person``)? A news report's own voice does not say "we": with no speaker of
    its own, its words are the speaker's named last (a few sentences back at most), a
    body's statement reprinted; "as we reported" (the outlet's) is not read."""
    pattern = _att(lang).first_person
    return pattern is not None and pattern.search(masked) is not None


def _page_speaks(masked: str, lang: str, before: Sequence[_Read]) -> bool:
    """Is a sentence that names no speaker the page's own words: it speaks to the reader
    (``_addresses_reader``), or it goes on, in the first person plural, from the sentence
    before that did ("Обращаем ваше внимание, что статье более пяти лет ... Мы не несем
    ответственности за содержание архивов ...": the site's "we" of its notice, not a
    body's statement reprinted)?"""
    if _addresses_reader(masked, lang):
        return True
    return bool(before) and before[-1].reader and _first_person(masked, lang)


def _addresses_reader(masked: str, lang: str) -> bool:
    """Does the sentence speak to the reader outside its quotations ("Get all your news in
    one place", "Обращаем ваше внимание, что статье более пяти лет", "Sizin e-poçt ünvanınız
    dərc edilməyəcəkdir", "Իսկ դուք գիտե՞ք": the pack's ``second_person``), or tell the reader
    to do something, a verb in the imperative of the second person plural where the language
    marks it ("Videonu YouTube kanalımızda izləyin.", "Подписывайтесь на нас в Telegram",
    "Devenez membre": the pack's ``imperative``, the verb's ending in its place, the
    sentence's last word or its first)? A news report tells of others; a page's appeal,
    notice, form or advertisement addresses its reader. Read only where the sentence names
    no speaker: someone's words addressed to another ("he told you") are a report."""
    att = _att(lang)
    person, imperative = att.second_person, att.imperative
    if not (
        (person is not None and person.search(masked) is not None)
        or (imperative is not None and imperative.search(masked) is not None)
    ):
        return False
    # a page line run into the text's sentence ("Your support makes all the
    # difference.Fighting between ..."): each part must speak to the reader
    return all(
        (person is not None and person.search(part) is not None)
        or (imperative is not None and imperative.search(part.strip()) is not None)
        for part in _GLUED_STOP.split(masked)
        if part.strip()
    )


#: A full stop with no space after it, a capitalised word run into it: two lines glued.
_GLUED_STOP = re.compile(r"(?<=[^\W\d_]{2}[.!?])(?=[^\W\d_a-zа-яա-ֆ][^\W\d_]{2})")


def _all_quoted(text: str, masked: str) -> bool:
    """Is the sentence one quotation and nothing more ("\"The Russians apparently brokered
    a cease-fire overnight ...\"", "«В результате делимитационных работ ...»")? Someone's
    words, never the outlet's: with no speaker of its own, the speaker named last (a few
    sentences back at most), as a sentence of reported words is."""
    text = text.strip()
    if text[:1] not in _QUOTE_MARKS or text.rstrip(_END_MARKS)[-1:] not in _QUOTE_CLOSERS:
        return False
    return (
        masked.strip().strip(_END_MARKS + _QUOTE_CLOSERS + "".join(_QUOTE_MARKS)).strip("_ ") == ""
    )


#: The marks a sentence ends with, after a quotation's closing mark or before it.
_END_MARKS = ".!?…:;։"
#: The marks a quotation closes with.
_QUOTE_CLOSERS = '"”»“'


def _closes_unnamed(masked: str, verbs: Sequence[tuple[int, int]], lang: str) -> bool:
    """Does the sentence of a verb-final language end on an impersonal speech verb, its
    speaker unnamed ("... imha ettiği bildirildi.", "... yaralandığı qeyd olunub.")?
    Reported words, as "Отмечается, что ..." opens them in a language that puts the
    verb first."""
    impersonal = _att(lang).impersonal
    if _vf(lang) is None or impersonal is None or not verbs:
        return False
    start, end = verbs[-1]
    return impersonal.search(masked[start:end]) is not None and not masked[end:].strip(" .:;!")


def _speaker_parts(
    text: str,
    masked: str,
    verbs: Sequence[tuple[int, int]],
    knowledge: Knowledge,
    speakers: _Speakers,
    lang: str,
) -> tuple[tuple[str, _Said], ...]:
    """One claim per speaker: a sentence with two speakers, each with a speech verb of
    its own, joined by a word of the pack's ``joins`` ("X said A, while Y said B",
    "with Azerbaijan reporting seven more troops killed and Armenia saying it has lost
    two servicemen"), cut into its speakers' parts: (text, speaker) each. Empty
    when the sentence has one speaker, or a part names none, or two parts in a row
    speak for the same actor."""
    joins = _att(lang).joins
    if joins is None or len(verbs) < 2:
        return ()
    cuts: list[tuple[int, int]] = []
    after = verbs[0][1]
    answers = _att(lang).answers
    for start, end in verbs[1:]:
        between = list(joins.finditer(masked, after, start))
        if answers is not None:  # "X accuse ..., ce que Y réfute": Y's answer is Y's
            between += (m for m in answers.finditer(masked, after) if m.end() <= start)
            between.sort(key=lambda m: m.start())
        if between:
            cuts.append(between[-1].span())
        after = end
    if not cuts:
        return ()
    bounds = [0, *(i for cut in cuts for i in cut), len(text)]
    parts: list[tuple[str, _Said]] = []
    for begin, end in zip(bounds[::2], bounds[1::2], strict=True):
        piece = masked[begin:end]
        found = _attribution_of(piece, _speech_verbs(piece, lang), knowledge, speakers, lang)
        if found is None:
            return ()
        parts.append((text[begin:end].strip(" ,;"), found))
    actors = [sides.claimant_actor(knowledge, said[1]) for _, said in parts]
    if None in actors or any(a == b for a, b in itertools.pairwise(actors)):
        return ()
    return tuple(parts)


#: How many words before the word by which a denial names the other party's account
#: ("beyanlarının", "հաղորդագրությունը", "claims") may name whose account it is
#: ("Ermenistan tarafının", "Ադրբեջանի ՊՆ տարածած", "Armenia's"); after it, where a
#: language puts the owner after ("заявление Алиева", "informations arméniennes",
#: "claims by Baku"), half as many: further on, the words name what the account says.
_OWNER_REACH = 4
#: How many words, at least, an account a denial names has: the owner and the words
#: of the account alone ("Ermənistan tərəfinin xəbərlərini", "the Azerbaijani claims")
#: say nothing the other side claims.
_ACCOUNT_WORDS = 5
#: Where a clause ends inside a sentence: the account a denial names ends at the last
#: one before the denial ("..., ապատեղեկատվություն է", "..., is false").
_CLAUSE_BREAK = re.compile(r"[,;՝]")
_TOKEN = re.compile(r"\S+")


def _account_owner(
    masked: str, reported: re.Match[str], floor: int, knowledge: Knowledge
) -> tuple[int, str, tuple[str, ...]] | None:
    """Whose account the ``reported`` word names: (where the account starts, the words
    that name its owner, the owner's actors), from the ``_OWNER_REACH`` words before it
    (after ``floor``: not across the denial), the fewest that name an actor; else from
    the words right after it; None when neither names one."""
    before = [  # a quotation, blanked, is no word of the owner's name
        m.start() for m in _TOKEN.finditer(masked, floor, reported.start()) if m[0].strip('_"“”«»„')
    ]
    for begin in reversed(before[-_OWNER_REACH:]):
        actors = knowledge.find_actors(masked[begin : reported.start()])
        if actors:
            return begin, masked[begin : reported.start()], actors
    tail = _CLAUSE_BREAK.split(masked[reported.end() :], maxsplit=1)[0]
    name = " ".join(tail.split()[: _OWNER_REACH // 2])
    actors = knowledge.find_actors(name)
    return (reported.start(), name, actors) if actors else None


def _denied_account(
    text: str, denier: _Said | None, knowledge: Knowledge, speakers: _Speakers, lang: str
) -> tuple[tuple[str, _Said], ...]:
    """One claim per speaker: a sentence that denies the other party's account it
    names ("Ադրբեջանի ՊՆ տարածած հաղորդագրությունն այն մասին, թե իբր ..., չի
    համապատասխանում իրականությանը", "Армения опровергла утверждения Баку об открытии
    огня", "Baku rejected Armenia's claims that ...") makes two claims: the whole
    sentence, the denier's (``denier``: its speaker), and the account it names, its
    owner's (:func:`_account_owner`): from the owner to the clause before the denial
    that follows it, or to the end. The owner must be of the party the denier is not,
    and what its account says must name the denier's side ("Azərbaycanla bağlı yayılan
    xəbərlər", news about Azerbaijan, are no account of Azerbaijan's against Armenia),
    else () (a party's own report, a third party's, an account whose owner is not
    named: one claim, as before). Runs only where the pack's ``denial`` and
    ``reported`` words both occur (``accounts.yaml``)."""
    found = packs().get(lang)
    words = found.accounts if found is not None else None
    if denier is None or words is None or words.denial is None or words.reported is None:
        return ()
    denial = words.denial.search(text)
    if denial is None or words.reported.search(text) is None:
        return ()
    denier_side = sides.side_of(knowledge, sides.claimant_actor(knowledge, denier[1]))
    if denier_side in (None, sides.THIRD):
        return ()
    masked = _mask_quotes(text)
    for reported in words.reported.finditer(masked):
        floor = denial.end() if denial.end() <= reported.start() else 0
        owner = _account_owner(masked, reported, floor, knowledge)
        if owner is None:
            continue
        start, name, actors = owner
        side = sides.side_of(knowledge, sides.claimant_actor(knowledge, actors))
        if side in (None, sides.THIRD, denier_side):
            return ()
        end = len(text)
        after = words.denial.search(text, reported.end())
        if after is not None:  # "X's report that ..., is false"
            breaks = [
                m.start() for m in _CLAUSE_BREAK.finditer(masked, reported.end(), after.start())
            ]
            end = breaks[-1] if breaks else after.start()
        account = text[start:end].strip(" ,;։.:")
        if len(account.split()) < _ACCOUNT_WORDS or account == text.strip():
            return ()
        told = knowledge.find_actors(account)  # "... şeklindeki": what it says may come first
        if denier_side not in {sides.side_of(knowledge, actor) for actor in told}:
            return ()  # an account that tells nothing of the denier's side is none against it
        named = name.split()
        while (  # "Ադրբեջանի ՊՆ տարածած", "Баку о": the name, not the words after it
            len(named) > 1
            and not named[-1][:1].isupper()
            and knowledge.find_actors(" ".join(named[:-1])) == actors
        ):
            named.pop()
        name = " ".join(named)
        said = _actor_named(name, knowledge, speakers, lang) or (name, actors)
        return ((text, denier), (account, said))
    return ()


#: How many sentences after a statement, at most, the sentence that names its speaker may
#: come ("Այս մասին ... հաստատել է ...": of the lede and the sentence after it).
_NAMED_AFTER = 2


def _named_after(
    read: Sequence[_Read], number: int, found: _Said | None, knowledge: Knowledge
) -> bool:
    """Does the next sentence that names a speaker, :data:`_NAMED_AFTER` at most after
    sentence ``number``, name it as the speaker of what came before, ``found``
    ("Տավուշի սահմանին ադրբեջանական կողմը ... կրակ է բացել ...", then "Այս մասին
    տեղեկությունը ... հաստատել է ՀՀ ՊՆ մամուլի խոսնակ Շուշան Ստեփանյանը", "Об этом
    сообщило Минобороны", "This was stated by the ministry")? Then the article names the
    speaker of that sentence itself, in a later one (``_Read.names_before``): the
    speaker is read, not carried over from the sentences around as a guess
    (``Claim.speaker_named``)."""
    if found is None:
        return False
    after = next(
        (k for k in range(number + 1, min(len(read), number + 1 + _NAMED_AFTER)) if read[k].said),
        None,
    )
    if after is None or not read[after].names_before:
        return False
    named = read[after].said
    if named is None:
        return False
    actor = sides.claimant_actor(knowledge, found[1])
    return actor is not None and actor == sides.claimant_actor(knowledge, named[1])


def _refers_back(text: str, lang: str) -> bool:
    """Does the sentence name the speaker of what came before it ("This was stated by
    the ministry", "Об этом сообщило Минобороны", "Այս մասին հայտնում է ...")?"""
    pattern = _att(lang).refers_back
    return pattern is not None and pattern.search(text) is not None


def _quote_runs(texts: Sequence[str]) -> Iterable[tuple[int, int]]:
    """(first, last) sentence of each quotation that runs over several sentences: one
    opens it, a later one (within ``_QUOTE_REACH``) closes it, or the text ends
    within that reach with the quotation still open (a statement quoted to the end)."""
    for first, text in enumerate(texts):
        if not _opens_quote(text):
            continue
        reach = min(len(texts), first + 1 + _QUOTE_REACH)
        closer = next((k for k in range(first + 1, reach) if _CLOSES_QUOTE.search(texts[k])), None)
        if closer is not None:
            yield first, closer
        elif reach == len(texts) and first + 1 < reach and _only_opens(text):
            yield first, reach - 1


#: How many words may follow the speech verb of a sentence that leads into a quotation
#: ("написал в своём Facebook.", "said in a statement on Tuesday.").
_LEAD_IN_TAIL = 5


def _leads_in(text: str, read: _Read) -> bool:
    """Does the sentence lead into the quotation after it? It ends with a colon ("...
    cəhd edib:"), or it names a speaker and ends on its speech verb, a few words at
    most after it and no quotation of its own: the words said are the next sentence's
    ("ՀՀ ՊՆ-ն տարածել է հաղորդագրություն.", with the Armenian colon ".", "Торосян
    написал в Facebook.")."""
    text = text.rstrip()
    if text.endswith(":"):
        return True
    if read.said is None or not read.verbs or _ANY_QUOTE.search(text):
        return False
    tail = read.masked[read.verbs[-1][1] :]
    return len(_VF_TOKEN.findall(tail)) <= _LEAD_IN_TAIL and "," not in tail


def _only_opens(text: str) -> bool:
    """Does the sentence open with a quotation mark, its only one ("« Le 12 septembre,
    ...")? Not a sentence that quotes and closes with the opening mark ("“L’ennemi a
    subi de lourdes pertes“, poursuit le communiqué")."""
    text = text.lstrip()
    return text[:1] in _QUOTE_MARKS and len(_ANY_QUOTE.findall(text)) == 1


def _whole(
    article: SourceArticle, knowledge: Knowledge, speakers: _Speakers, lang: str
) -> _Said | None:
    """The body whose statement the whole article is, or None: a page of the body's own
    site (data/actors.yaml ``sites``: "mod.gov.az"), or a heading that says so (the
    pack's ``statement_heading``: "Statement by Azerbaijan's Ministry of Defense")."""
    site = knowledge.site_actor(article.url)
    actor = knowledge.actor(site) if site else None
    if actor is not None:
        return actor.display(lang), (actor.id,)
    signed = _signature(article, knowledge, lang)
    if signed is not None:
        return signed
    pattern = _att(lang).statement_heading
    if pattern is None:
        return None
    lines = [article.headline or ""]
    lines += [s.text for s in article.sentences[:_SPAN_GAP] if not _is_statement(s.text, lang)]
    for line in lines:
        m = pattern.search(line)
        found = _actor_named(m["np"], knowledge, speakers, lang) if m else None
        if found is not None:
            return found
    return None


#: How many words a statement's signature has, at most ("ՀՀ պաշտպանության նախարարություն").
_SIGNATURE_WORDS = 6


def _signature(article: SourceArticle, knowledge: Knowledge, lang: str) -> _Said | None:
    """The body that signs the article, or None: the line right after its last statement
    is a body's name and nothing more, a role word in it ("ՀՀ պաշտպանության
    նախարարություն" under a denial, "Ministry of Defence of Armenia" under a
    statement): the article is that body's statement. A bare name
    of a country or a person (a tag, a byline) signs nothing; nor does an outlet."""
    texts = [s.text for s in article.sentences]
    last = next((k for k in range(len(texts) - 1, -1, -1) if _is_statement(texts[k], lang)), None)
    if last is None or last + 1 >= len(texts):
        return None
    line = texts[last + 1].strip()
    words = line.split()
    if not 0 < len(words) <= _SIGNATURE_WORDS or line[-1:] in _END_MARKS:
        return None
    if not any(_is_role(w, lang) for w in words):
        return None
    connectors = _lexicon().connectors
    if not all(
        w[:1].isupper()
        or _is_role(w, lang)
        or w in connectors
        or not w[:1].isalpha()
        or knowledge.actor_by_name(w)
        for w in words
    ):
        return None
    found = _normalise(line, knowledge, _Speakers(), lang)
    if found is None or len(found[1]) != 1 or _is_relay(found, knowledge):
        return None
    return found


def _headline_speaker(article: SourceArticle, knowledge: Knowledge, lang: str) -> _Said | None:
    """The speaker a headline tags (the pack's ``headline_tags``: "Минобороны
    Азербайджана о провокациях ...", "ՄԱԿ. «...»", "... իրավիճակը ... կայուն է․ Արցախի
    ՊՆ"), or None: the tag is a speaker's phrase only (names, roles and connectors, a
    few words) naming one actor; a bare body with no owner names no one (never guess)."""
    headline = article.headline or ""
    connectors = _lexicon().connectors
    for pattern in _att(lang).headline_tags:
        m = pattern.search(headline)
        words = m["np"].split() if m else []
        if not 0 < len(words) <= _HEADLINE_TAG_WORDS:
            continue
        if not all(w[:1].isupper() or _is_role(w, lang) or w in connectors for w in words):
            continue
        found = _normalise(" ".join(words), knowledge, _Speakers(), lang)
        if found is not None and len(found[1]) == 1 and not _is_relay(found, knowledge):
            return found
    return None


def _headline_said(article: SourceArticle, knowledge: Knowledge, lang: str) -> _Said | None:
    """The speaker a headline names as a sentence does, with a speech verb of its own
    ("Армения опровергла данные Баку о военных потерях", "Հայկական կողմը հերքում է ...",
    "Müdafiə Nazirliyi Ermənistan tərəfinin xəbərlərini yalanladı"), or None: a headline
    tells what its lede tells, so a lede that names no speaker is that speaker's. Read
    with no speaker before it (a headline's "it" or "the ministry" names no one), naming
    one actor, never an outlet that relays."""
    headline = article.headline or ""
    masked = _mask_quotes(headline)
    verbs = _speech_verbs(masked, lang)[:1]
    if not verbs or any(mark in masked[: verbs[0][0]] for mark in ",;:"):
        return None
    masked = _quoted_names(headline, masked, verbs, knowledge)
    found = _speaker_of(masked, verbs, knowledge, _Speakers(), lang)
    if found is None or len(found[1]) != 1 or _is_relay(found, knowledge):
        return None
    # the speaker opens the headline, its subject ("16 killed as fighting erupts between
    # Armenia, Azerbaijan in disputed area" names none; "Armenian Defense Ministry once
    # again refutes Azerbaijani claims" is the ministry's, not "Azerbaijani claims")
    opening = " ".join(masked.split()[:_HEADLINE_OPENING])
    named = (*knowledge.find_actors(opening), *knowledge.speaker_actors(opening))
    return found if found[1][0] in named else None


#: How many words of a headline its speaker opens with ("Минобороны Армении обвинило").
_HEADLINE_OPENING = 4


#: How many words a headline's speaker tag may have ("Արցախի ՊՆ", "Минобороны Азербайджана").
_HEADLINE_TAG_WORDS = 6


def _spans(
    texts: Sequence[str],
    read: Sequence[_Read],
    knowledge: Knowledge,
    lang: str,
    whole: _Said | None = None,
    headline: _Said | None = None,
    lede_said: _Said | None = None,
) -> list[_Said | None]:
    """Attribution as a span, not a sentence: each sentence's speaker, with the
    sentences that name none given the speaker whose words they are:

    - inside a quotation that runs over several sentences, its speaker (named
      where it opens or where it closes; else the speaker of the sentence that
      leads into it: "... Azərbaycan ərazisinə sızmağa cəhd edib:" then the quote);
    - before a sentence that names the speaker of what came before ("Об этом
      сообщило Минобороны"), that speaker, back to the last speaker named;
    - between two sentences of one speaker (the same actor), the second naming
      it by reference only ("..., the ministry stressed", "It added"), that
      speaker, and so before a sentence of reported words that names no speaker
      ("... olmadığı iletildi", "our tractor": the statement runs on to it): a
      statement's words reported over several sentences (a speaker named afresh,
      "Armenia's defence ministry said", may start a new statement, the outlet's own
      words between);
    - a sentence that reports words without naming whose ("Отмечается, что ...",
      "Qeyd olunub ki ...", "Նշվում է, որ ..."), the speaker named last, a few
      sentences back at most.

    A sentence the outlet says in its own voice outside these stays None, and so
    does one an outlet relays citing no one; unless the whole article is one body's
    statement (``whole``, see ``_whole``): then every sentence no one else says is its.
    The lede that names no speaker is the one its ``headline`` tags, if any
    (``_headline_speaker``), else the one the headline names with a speech verb
    (``lede_said``, ``_headline_said``: the lede only), and so is every sentence that
    names none when the article names no other speaker, for the tagging headline
    (``_tagged_statement``)."""
    found = [r.said for r in read]
    free = [not r.relayed and _is_statement(t, lang) for r, t in zip(read, texts, strict=True)]
    lede = next((k for k, f in enumerate(free) if f), None)
    if lede is not None and found[lede] is None:
        found[lede] = headline or lede_said
    out = list(found)
    for j, speaker in enumerate(found):
        if speaker is None or not read[j].names_before:
            continue
        for k in range(j - 1, max(-1, j - 1 - _SPAN_GAP), -1):
            if found[k] is not None or not free[k]:
                break
            out[k] = speaker
    out = _go_on(out, read, free)
    for k in range(1, len(texts)):  # a quotation after a lead-in: "... cəhd edib:" «...»
        if out[k] is None and free[k] and texts[k].lstrip()[:1] in _QUOTE_MARKS:
            out[k] = out[k - 1] if _leads_in(texts[k - 1], read[k - 1]) else None
    for opens, closes in _quote_runs(texts):
        speaker = found[closes] or found[opens] or (out[opens - 1] if opens else None)
        for k in range(opens, closes + 1):
            if out[k] is None and free[k]:
                out[k] = speaker
    named = [i for i, speaker in enumerate(out) if speaker is not None]
    for i, j in itertools.pairwise(named):
        before, after = out[i], out[j]
        if not (1 < j - i <= _SPAN_GAP + 1) or before is None or after is None:
            continue
        # the later sentence refers back to its speaker ("the ministry said"), or reports
        # words naming none ("... iletildi", "our tractor"): the statement runs on to it
        if not read[j].back and not (read[j].speaks and read[j].said is None):
            continue
        actor = sides.claimant_actor(knowledge, before[1])
        if actor is None or actor != sides.claimant_actor(knowledge, after[1]):
            continue
        for k in range(i + 1, j):
            if free[k]:
                out[k] = before
    out = _go_on(out, read, free)
    out = _relayed_statement(out, found, read, free, knowledge)
    out = _tagged_statement(out, free, knowledge, headline)
    if whole is not None:
        out = [whole if said is None and free[k] else said for k, said in enumerate(out)]
    # the last resort: reported words whose speaker no actor names keep that speaker's
    # words ("selon plusieurs médias arméniens"), never the outlet's voice
    return [
        r.unknown if said is None and free[k] else said
        for k, (r, said) in enumerate(zip(read, out, strict=True))
    ]


def _tagged_statement(
    out: list[_Said | None],
    free: Sequence[bool],
    knowledge: Knowledge,
    headline: _Said | None,
) -> list[_Said | None]:
    """``out`` with every statement that names no speaker given the speaker the
    headline tags ("MN: Tovuz rayonu istiqamətində şiddətli döyüşlər gedir",
    "Минобороны Азербайджана о провокациях ...", "ՄԱԿ. «...»"), when no sentence of the
    article names another: the article relays that speaker's statement whole. A
    second speaker named anywhere leaves the sentences no one says the outlet's."""
    if headline is None:
        return out
    actor = sides.claimant_actor(knowledge, headline[1])
    if actor is None:
        return out
    if any(said is not None and sides.claimant_actor(knowledge, said[1]) != actor for said in out):
        return out
    return [headline if said is None and free[k] else said for k, said in enumerate(out)]


def _relayed_statement(
    out: list[_Said | None],
    found: Sequence[_Said | None],
    read: Sequence[_Read],
    free: Sequence[bool],
    knowledge: Knowledge,
) -> list[_Said | None]:
    """``out`` with the sentences after a lede that ends naming its speaker ("...
    խախտել են հրադադարը։ Այս մասին հայտնում է ԱՀ ՊՆ մամուլի ծառայությունը։") given
    that speaker, when the article names no one else after it: the article relays
    one statement, and what follows ("Հայկական կողմից տուժածներ չկան։") goes on
    with it. The lede may be the headline alone: a first statement that names the
    speaker of what came before it ("Metbuat.az xəbər verir ki, bu barədə ...
    nazirliklərinin yaydığı birgə məlumatda bildirilib.") names the headline's. When
    the article names another speaker later ("Ավելի վաղ Ադրբեջանի ... հայտարարել էր"),
    the statement goes on up to it, ``_RELAY_GOES_ON`` sentences at most ("Հայկական
    կողմը ճնշել է կրակը։" after "Այս մասին ... հաստատել է ... Շուշան Ստեփանյանը։"). A
    lede said by the same body is that speaker's too ("Минобороны Азербайджана сообщило
    ...", then "Об этом рассказал глава пресс-службы ...")."""
    for j, speaker in enumerate(found):
        if speaker is None or not read[j].names_before:
            continue
        actor = sides.claimant_actor(knowledge, speaker[1])
        lede = all(
            _same_speaker(out[k], speaker, actor, knowledge) for k in range(j)
        )  # the lede its speaker's, or said by the same body ("Минобороны ... сообщило")
        if not lede:
            return out
        later = next((k for k in range(j + 1, len(found)) if found[k] is not None), None)
        # another speaker later: the statement goes on up to it, a sentence or two at most
        last = len(out) if later is None else min(later, j + 1 + _RELAY_GOES_ON)
        return [
            speaker if said is None and free[k] and j < k < last else said
            for k, said in enumerate(out)
        ]
    return out


def _same_speaker(
    said: _Said | None, speaker: _Said, actor: str | None, knowledge: Knowledge
) -> bool:
    """Is ``said`` the speaker ``speaker``, or another of its body (``actor``)?"""
    if said == speaker:
        return True
    return (
        said is not None and actor is not None and sides.claimant_actor(knowledge, said[1]) == actor
    )


#: The sentences a relayed statement goes on after the sentence that names its speaker
#: when another speaker is named later in the article.
_RELAY_GOES_ON = 2


def _go_on(
    out: list[_Said | None], read: Sequence[_Read], free: Sequence[bool]
) -> list[_Said | None]:
    """``out`` with each sentence that reports words without naming whose given the
    speaker named last, at most ``_SPAN_GAP`` sentences back."""
    latest: tuple[int, _Said] | None = None
    for k, speaker in enumerate(list(out)):
        if speaker is not None:
            latest = (k, speaker)
        elif read[k].speaks and free[k] and latest is not None and k - latest[0] <= _SPAN_GAP:
            out[k] = latest[1]
    return out


# Date expressions that look back from the story's time: "last week", "three
# weeks ago", "le week-end dernier", "на прошлой неделе", and "yesterday" in a
# story of today.
_LOOK_BACK_KINDS = frozenset({"relative", "ago", "deictic"})
# Calendar dates: after a lede dated by one, an earlier weekday ("в ночь на 13
# сентября ... утром в понедельник") looks back too. After a lede dated by a
# weekday ("accused each other on Wednesday ... on Tuesday") it tells the story.
_CALENDAR_KINDS = frozenset({"date", "day-month", "day-range"})


def _flashback(date: FuzzyDate, flow: FuzzyDate) -> bool:
    """Does ``date`` end before the story's date (its lede's)? A recent look
    back ("last week", "three weeks ago") is a digression:
    the undated sentences after it go on with the story's date. (An old one,
    "the 2020 war", is background that the next sentences may go on about.)"""
    return date.end < flow.start


#: The statements that may date an undated lede, and the days back they may give.
_LEDE_STATEMENTS = 3
_LEDE_DAYS = 3
_LEDE_KINDS = _CALENDAR_KINDS | {"weekday"}


#: The days back a day of the week, or the weekend, may lie from a day that is no day of
#: publication (an undated article's anchor): any day of the week before it.
_WEEK_DAYS = 7


def _dates_the_lede(
    kinds: set[str], date: FuzzyDate, published: dt.date, statements: int, anchor: bool = False
) -> bool:
    """Does the first dated statement date the undated lede before it? The lede reports
    what the next lines date by a day of the days just before publication ("... погиб
    военнослужащий Азербайджана." then "инцидент произошел вечером 11 февраля" in a story
    of 12 February), or by the weekend just before it ("Հանգստյան օրերին ... խախտել է" under
    an undated headline of a Monday). A "yesterday" is no such day: in a story of today it
    looks back. ``anchor``: ``published`` is no day of publication but the day an undated
    article is read as of (undated.py); how many days back a day of the week or the
    weekend falls from it ("samedi", "ce week-end") is then the anchor's weekday, not the
    article's, and whichever day of the week before it the statement names, it dates the
    lede: so that the lede is of the statement's day whatever day the site is built on.
    A calendar day ("11 февраля") keeps to the days just before."""
    weekly = anchor and not kinds & _CALENDAR_KINDS
    return (
        statements <= _LEDE_STATEMENTS
        and (
            (bool(kinds & _LEDE_KINDS) and date.precision in ("day", "time"))
            or ("relative" in kinds and date.precision == "interval")
        )
        and 0 < (published - date.end).days <= (_WEEK_DAYS if weekly else _LEDE_DAYS)
    )


def _recalls(kinds: set[str], date: FuzzyDate, lede: FuzzyDate | None) -> bool:
    """Does a sentence recall an earlier day by its calendar date ("On the morning of
    May 12, ..." in a story of May 13)? Like a background date, it dates the rest of
    its paragraph; a new paragraph goes back to the story's date."""
    return (
        lede is not None
        and lede.precision == "day"
        and bool(kinds & _CALENDAR_KINDS)
        and _flashback(date, lede)
    )


def _continues(text: str, lang: str) -> bool:
    """Does an undated sentence go on about the time of the sentence before it?"""
    pattern = _date_words(lang).continuation
    return pattern is not None and pattern.search(text) is not None


def tells_state_now(text: str, lang: str) -> bool:
    """Does an undated sentence tell how things stand as the article is written ("The
    situation on the border is relatively stable", "Երևան-Թբիլիսի ճանապարհը շարունակում
    է փակ մնալ")? It is of the day of publication, not of the event the sentences before
    it tell, and it dates no sentence after it; a sentence of what is to come is no state."""
    pattern = _date_words(lang).state_now
    return (
        pattern is not None
        and pattern.search(text) is not None
        and not dates.says_future(text, lang)
    )


#: The letters of a word's stem compared between sentences ("döyüşlərdə" ~ "döyüşlərin").
_STEM = 5
_FIRST_WORD = re.compile(r"[^\W\d_]{5,}")


def _stems(text: str) -> set[str]:
    """The case-folded stems of a sentence's words, names (capitalised inside it) left out."""
    words = list(_FIRST_WORD.finditer(text))
    return {
        w.group().casefold()[:_STEM]
        for i, w in enumerate(words)
        if i == 0 or not w.group()[0].isupper()
    }


def _opens_on(text: str, dated: str) -> bool:
    """Does a new paragraph open on a word of the sentence that gave the date before it
    ("... aprelin 1-dən 5-dək davam edən 4 günlük döyüşlərdə ..." then "Döyüşlərdə ...":
    in the battles, the same event)? Its first word of three letters or more, stem to stem."""
    first = _FIRST_WORD.search(text)
    return bool(dated) and first is not None and first.group().casefold()[:_STEM] in _stems(dated)


def _opens_on_noun(text: str, dated: str) -> bool:
    """Does a sentence open on a word written in lower case inside the sentence before it
    ("Հանդիպման արդյունքում ..." after "... երեկ տեղի է ունեցել ... հանդիպումը")? A
    name opening both ("Azerbaijan said ...", "Azerbaijan denied ...") ties nothing."""
    first = _FIRST_WORD.search(text)
    if first is None:
        return False
    stem = first.group().casefold()[:_STEM]
    return any(
        w.group().casefold()[:_STEM] == stem and not w.group()[0].isupper()
        for w in _FIRST_WORD.finditer(dated)
    )


def _is_old(date: FuzzyDate, published: dt.date, days: int) -> bool:
    return (published - date.end).days > days


def extract_claims(article: SourceArticle, knowledge: Knowledge) -> list[Claim]:
    """The claims of ONE article, in text order (see the module docstring for the rules)."""
    published = article.published
    if published is None or not article.sentences:
        return []
    lang = article.language or fallback_pack().code  # a language without a pack: the fallback's
    speakers = _Speakers()
    previous: FuzzyDate | None = None  # the date mentioned last, for anaphora
    flow: FuzzyDate | None = None  # the date of the last claim, for inheritance
    story_flow: FuzzyDate | None = None  # the same, of the last claim that is no background
    background_paragraph: int | None = None  # the paragraph a background date dates
    background_text = ""  # the sentence that gave it
    # the story's date: the first statement's (its own, or the publication day it takes)
    lede: FuzzyDate | None = None
    lede_fixed = False  # is it a calendar date ("13 сентября"), not a weekday?
    lede_read = False  # is it the first statement's own date, not the publication day?
    # the claims of the first statements while none has a date of its own (they take the
    # publication day), and how many statements that was
    undated_lede: list[int] = []
    # did the last statement with a date of its own look back from the story ("yesterday",
    # "last week")? Then a clock time with no day is of the story's day, not of that one
    digression = False
    # the statement just before, when it looked back from the story ("Հիշեցնենք, որ ...
    # երեկ տեղի է ունեցել ... հանդիպումը"): its date and text, for the one after it
    look_back: tuple[FuzzyDate, str] | None = None
    statements = 0
    spans: set[FuzzyDate] = set()  # the spans named from publication so far
    claims: list[Claim] = []
    texts = [s.text for s in article.sentences]
    speakers.home = knowledge.home_actor(article.url)
    speakers.dateline = _dateline_party(article.dateline_place, knowledge)
    speakers.own = _outlet_keys(article.outlet, article.url, knowledge)
    read = _attributions(texts, knowledge, speakers, lang)
    whole = _whole(article, knowledge, speakers, lang)
    headline = _headline_speaker(article, knowledge, lang)
    lede_said = None if headline else _headline_said(article, knowledge, lang)
    said_by = _spans(texts, read, knowledge, lang, whole, headline, lede_said)
    for number, sentence in enumerate(article.sentences):
        text = sentence.text
        clock_day = (flow or lede) if digression else None
        mentions = dates.find_dates(text, published, previous, lang, clock_day)
        if not _is_statement(text, lang) or read[number].reader:
            previous = dates.next_previous(mentions, previous)
            continue
        if background_paragraph is not None and sentence.paragraph != background_paragraph:
            # a new paragraph leaves a background date behind, unless it goes on about it
            if _continues(text, lang) or _opens_on(text, background_text):
                background_paragraph = sentence.paragraph
            else:
                flow, background_paragraph = lede or story_flow, None
        verbs = read[number].verbs
        previous = _next_previous(mentions, verbs, text, previous, lang)
        found = said_by[number]
        own = _sentence_dates(mentions, verbs, text, published, lang)
        inherited = own.date is None
        date = own.date if own.date is not None else (flow or dates.day(published))
        recalled, look_back = look_back, None
        # a state told in the present tense holds as the article is written
        now = inherited and tells_state_now(text, lang)
        if now:
            date = dates.day(published)
        elif inherited and recalled is not None and _opens_on_noun(text, recalled[1]):
            # "Հանդիպման արդյունքում ...": it opens on a word of the look back before it,
            # and goes on about it with the rest of its paragraph
            date = flow = recalled[0]
            background_paragraph, background_text = sentence.paragraph, recalled[1]
        said = own.said
        speaks = bool(verbs)
        if inherited and said is None and found is not None and speaks and date.end < published:
            said = dates.day(published)
        background = _is_old(date, published, knowledge.event_rules.background_after_days)
        kinds = {m.kind for m in mentions if m.value == date} if not inherited else set()
        if kinds & _NAMED_SPANS:
            spans.add(date)
        # how long a state has lasted ("depuis deux semaines") dates its own sentence only:
        # the story's date and the sentences after it go on as before
        lasting = kinds == {"lasting"} or now
        statements += 1
        if lasting:
            pass
        elif not inherited and undated_lede and not lede_read:
            if _dates_the_lede(
                kinds, date, published, statements, article.published_from == "anchor"
            ):
                for k in undated_lede:
                    claims[k] = dataclasses.replace(claims[k], date=_day_of(date))
                lede = _day_of(date)
            undated_lede = []
        if lede is None and not background and not lasting and date.start <= published:
            lede = _day_of(date)
            lede_fixed = bool(kinds & _CALENDAR_KINDS)
            lede_read = not inherited
        looks_back = bool(kinds & _LOOK_BACK_KINDS) or (lede_fixed and "weekday" in kinds)
        if lasting:
            pass  # how long a state has lasted dates no sentence after it
        elif (background or (lede_read and _recalls(kinds, date, lede))) and not inherited:
            flow, background_paragraph = _day_of(date), sentence.paragraph
            background_text = text
        elif date.start > published:
            pass  # a plan ("в июле этого года", "next week") dates no sentence after it
        elif own.said_only and _refers_back(text, lang):
            pass  # "Այս մասին այսօր հայտնել է ...": when the news before it was told, not
            # when it happened; the sentences after it go on with what happened
        elif not background and (lede is None or not looks_back or not _flashback(date, lede)):
            flow = story_flow = _day_of(date)
            digression = False
        elif not inherited and not background:
            digression = True  # a look back: the story's date goes on
            look_back = (_day_of(date), text)
        # a denial of the other party's account it names: the account is its owner's
        denied = (
            () if read[number].parts else _denied_account(text, found, knowledge, speakers, lang)
        )
        named = (
            read[number].said is not None
            or bool(denied)
            or _named_after(read, number, found, knowledge)
        )
        parts = read[number].parts or denied or ((text, found),)
        if (
            inherited
            and not now
            and (statements == 1 or undated_lede)
            and statements <= _LEDE_STATEMENTS
        ):
            undated_lede.extend(range(len(claims), len(claims) + len(parts)))
        for part, speaker in parts:
            if speaker is not None and sides.both_parties(knowledge, speaker[1]):
                speaker = None  # both parties at once: the outlet's account of both
            claimant_actor = sides.claimant_actor(knowledge, speaker[1]) if speaker else None
            claimant_side = sides.side_of(knowledge, claimant_actor)
            figures = sided_figures(
                part,
                lang,
                knowledge,
                claimant_side,
                # the outlet's own voice speaks as its country of "the enemy" and "our"
                voice=sides.side_of(knowledge, speakers.home) if speaker is None else None,
            )
            # a loss denied ("no casualties") is a figure, not a casualty event
            event_type = classify(part, [f for f in figures if f.value], lang, knowledge)
            if background:
                event_type = "background"
            actors = _merge_actors(speaker[1] if speaker else (), knowledge.find_actors(part))
            # a claim of no party's side opposes no one: the words are not read; nor
            # does a line that only names the speaker of what came before ("Հերքումը
            # տարածել է ՀՀ ՊՆ մամուլի ծառայությունը"): what it names is told, and set
            # against the other side, by the sentences before
            accounted = (
                named
                and claimant_side not in (None, sides.THIRD)
                and not _only_names_before(text, read[number])
            )
            accuses, denies = _account_words(part, lang) if accounted else (False, False)
            opposes = (
                sides.opposed_side(
                    knowledge,
                    claimant_side,
                    # the parties named apart: "the Armenian-Azerbaijani border"
                    # names no deed of either
                    _merge_actors(
                        speaker[1] if speaker else (),
                        sides.named_apart(knowledge, part, _figure_words(lang, "conjunction")),
                    ),
                    event_type,
                    accuses,
                    denies,
                    figures=figures,
                    names_enemy=_names_other_party(part, lang),
                    accuses_third=sides.accuses_third_party(
                        knowledge,
                        part,
                        _accounts_words(lang, "accusation"),
                        claimant_side,
                        lambda before: _names_other_party(before, lang),
                    ),
                    to_come=dates.says_future(part, lang),
                    deed=_tells(part, lang, "deeds"),
                    retaliates=_tells(part, lang, "retaliation"),
                )
                if accounted
                and sides.may_oppose(claimant_side, event_type, accuses, denies, figures)
                else None
            )
            claims.append(
                Claim(
                    text=part,
                    date=dates.named_span(date) if date in spans else date,
                    claimant=speaker[0] if speaker else None,
                    sources=(article.id,),
                    quotes=(Quote(article.id, sentence.index, part),),
                    figures=figures,
                    places=knowledge.find_places(part),
                    actors=actors,
                    said_on=_differs(said, date),
                    date_inherited=inherited,
                    event_type=event_type,
                    claimant_actor=claimant_actor,
                    claimant_side=claimant_side,
                    speaker_named=named,
                    # a side's account that names the other side (or accuses or
                    # denies), where the sentence names its speaker itself: a span's
                    # speaker says whose words these are, too little to set two sides
                    # against each other (never guess a dispute)
                    opposes=opposes,
                    denies=denies and opposes is not None,
                )
            )
    return claims
