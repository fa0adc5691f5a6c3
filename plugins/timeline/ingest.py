"""Seed file -> ``SourceArticle``: decoding, header/byline/dateline, boilerplate, sentences.

Every piece of boilerplate that carries information (publication date,
agency, author, outlet) becomes metadata; the rest (cookie notices, links to
other stories, share buttons) is dropped. Nothing here raises on bad input:
what went wrong is recorded as ``Problem`` objects on the article.

All rules are general: the only knowledge of the world they use is the list
of news outlets in ``data/outlets.yaml``.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
import logging
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Literal, Protocol
from urllib.parse import urlsplit

import charset_normalizer
import yaml

from . import dates, scraped
from .metadata import SeedMetadata, load_metadata, url_problem
from .model import Problem, PublishedFrom, Sentence, Severity, SourceArticle
from .names import MAX_NAME_BYTES, page_name_bytes, source_id, strip_invisible, visible
from .packs import fallback_pack, packs, packs_by_priority
from .runner import SERIAL, Runner
from .text import (
    any_phrase,
    blocks_with_lines,
    by_first_letter,
    ends_sentence,
    literal_trie,
    normalize_spaces,
    split_sentences,
    trie_body,
    unaccented,
)

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
#: Files of the seed folder that are not seeds: the maintainer's metadata.
METADATA_FILES: frozenset[str] = frozenset({"sources.yaml", "registry.yaml"})
DEFAULT_OUTLETS_FILE = Path(__file__).resolve().parents[2] / "data" / "outlets.yaml"
EARLIEST_DATE = dt.date(1900, 1, 1)

OutletKind = Literal["agency", "outlet"]


# --------------------------------------------------------------------------- outlets


_NOT_ALNUM = re.compile(r"[\W_]+")


def _fold(name: str) -> str:
    """Key for comparing outlet names: case, spaces and punctuation ignored."""
    return _NOT_ALNUM.sub("", name.casefold())


@dataclass(frozen=True)
class Outlet:
    name: str
    kind: OutletKind
    aliases: tuple[str, ...] = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def _spellings_trie(spellings: Iterable[str]) -> str:
    """Spellings as one regex (a trie), each not preceded by a letter, digit, "." or "-".

    At any place the longest spelling that matches wins, as in a plain
    alternation of the spellings longest first.
    """
    return trie_body(literal_trie(spellings), after_first=r"(?<![\w.-].)")


@dataclass(frozen=True)
class Outlets:
    """The news outlets and wire agencies known by name (``data/outlets.yaml``)."""

    entries: tuple[Outlet, ...] = ()
    _by_key: dict[str, Outlet] = field(init=False, repr=False, compare=False)
    _mention: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_key: dict[str, Outlet] = {}
        for outlet in self.entries:
            for spelling in outlet.spellings:
                by_key.setdefault(_fold(spelling), outlet)
        spellings = sorted(
            {s for o in self.entries for s in o.spellings if len(s) >= 2},
            key=lambda s: (-len(s), s),
        )
        pattern = re.compile(f"({_spellings_trie(spellings)})(?![\\w-])") if spellings else None
        object.__setattr__(self, "_by_key", by_key)
        object.__setattr__(self, "_mention", pattern)

    def find(self, name: str) -> Outlet | None:
        """The outlet called ``name`` (any spelling; case, spaces, punctuation ignored)."""
        key = _fold(name)
        return self._by_key.get(key) if key else None

    def mentioned(self, text: str) -> list[Outlet]:
        """Outlets named in running text, in order of first mention (case-sensitive)."""
        if self._mention is None:
            return []
        found: list[Outlet] = []
        for match in self._mention.finditer(text):
            outlet = self.find(match.group(1))
            if outlet is not None and outlet not in found:
                found.append(outlet)
        return found


def load_outlets(path: Path) -> Outlets:
    """Read ``data/outlets.yaml``. Raises ``ValueError`` naming the file if it is malformed."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read outlets: {exc}") from exc
    items = data.get("outlets") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ValueError(f"{path}: expected a mapping with an 'outlets:' list")
    entries: list[Outlet] = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise ValueError(f"{path}: outlet #{number} needs a 'name:'")
        kind = item.get("kind", "outlet")
        if kind not in ("agency", "outlet"):
            raise ValueError(f"{path}: outlet {item['name']!r}: kind must be agency or outlet")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ValueError(f"{path}: outlet {item['name']!r}: aliases must be a list of text")
        entries.append(Outlet(item["name"], kind, tuple(aliases)))
    return Outlets(tuple(entries))


# --------------------------------------------------------------------------- decoding

# Legacy encodings tried when a seed is not UTF-8, in order of preference when
# several decode the bytes equally well.
_LEGACY_ENCODINGS: tuple[str, ...] = (
    "cp1252",
    "cp1251",
    "koi8_r",
    "cp1254",
    "cp1250",
    "iso8859_15",
    "latin_1",
    "iso8859_5",
    "mac_roman",
    "cp866",
    "armscii8",
)
_MAX_CHAOS = 0.2
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_MAX_CONTROL_RATIO = 0.05


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def _detect_legacy(data: bytes) -> str | None:
    """The most likely legacy single-byte encoding of ``data``, or None if unsure."""
    matches = charset_normalizer.from_bytes(data, cp_isolation=list(_LEGACY_ENCODINGS))
    good = [m for m in matches if m.chaos <= _MAX_CHAOS]
    if not good:
        return None
    least = min(m.chaos for m in good)
    possible = {
        enc
        for m in good
        if m.chaos <= least + 0.01
        for enc in [m.encoding, *m.could_be_from_charset]
    }
    for encoding in _LEGACY_ENCODINGS:
        if encoding in possible:
            return encoding
    return None


def _decode_with_bom(data: bytes) -> tuple[str, str] | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError:
                return None
    return None


def decode_seed(data: bytes, display: str) -> tuple[str | None, list[Problem]]:
    """Bytes of a seed -> text, or None with an error. Legacy encodings decode with a warning.

    UTF-8 (a BOM is dropped) is read silently; UTF-16 with a BOM and legacy
    single-byte encodings recognised with confidence are read with a warning
    naming the encoding; anything else is refused.
    """
    problems: list[Problem] = []
    with_bom = _decode_with_bom(data)
    if with_bom is not None:
        text, encoding = with_bom
        if encoding != "utf-8":
            message = f"encoded as {encoding.upper()}; decoded"
            problems.append(Problem(display, None, message, "save it as UTF-8", "warning"))
    elif b"\x00" in data:
        message = "binary file (contains NUL bytes), not text"
        return None, [Problem(display, None, message, "remove it", "error")]
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            damaged = _damaged_utf8(data, exc, display)
            if damaged is not None:
                text, problem = damaged
                problems.append(problem)
                return _checked_text(text, problems, display)
            legacy = _detect_legacy(data)
            if legacy is None:
                message = "not UTF-8, and its text encoding could not be recognised"
                return None, [Problem(display, None, message, "save it as UTF-8", "error")]
            text = data.decode(legacy, errors="replace")
            message = f"not UTF-8; decoded as {legacy}"
            hint = "check the text and save it as UTF-8"
            problems.append(Problem(display, None, message, hint, "warning"))
    return _checked_text(text, problems, display)


def _checked_text(
    text: str, problems: list[Problem], display: str
) -> tuple[str | None, list[Problem]]:
    if _control_ratio(text) > _MAX_CONTROL_RATIO:
        message = "binary file (control characters), not text"
        return None, [Problem(display, None, message, "remove it", "error")]
    return text, problems


def _damaged_utf8(
    data: bytes, error: UnicodeDecodeError, display: str
) -> tuple[str, Problem] | None:
    """UTF-8 text with a few bad bytes (a cut multi-byte character, a stray
    byte): its text, each bad sequence as U+FFFD, and a warning naming the
    line of the first. None when the bytes are not mostly UTF-8: at least
    twice as many well-formed non-ASCII characters as bad sequences (text in
    a legacy encoding has hardly any well-formed ones)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for char in text if char > "\x7f") - bad
    if bad <= 0 or good < 2 * bad:
        return None
    line = data.count(b"\n", 0, error.start) + 1
    problem = Problem(
        display,
        line,
        f"not valid UTF-8: {bad} bad byte sequence{'s' if bad > 1 else ''} (the first on "
        "this line) read as \ufffd",
        "check the text there and save the file as UTF-8",
        "warning",
    )
    return text, problem


# --------------------------------------------------------------------------- HTML

_HTML_BLOCKS = frozenset(
    "p div br h1 h2 h3 h4 h5 h6 li ul ol article section header main blockquote tr table "
    "figure figcaption hr pre dd dt dl title".split()
)
_HTML_SKIPPED = frozenset(
    "script style noscript template iframe object embed svg math nav footer aside form "
    "button select textarea head figcaption".split()
)
# Page furniture named by its class or id: comments, cookie banners, share
# buttons, "Related" lists, tag clouds, breadcrumbs, newsletter boxes.
_FURNITURE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:comments?|comment-list|discussion|cookies?|consent|gdpr|share|sharing|"
    r"social|related|read-?more|more-from|recommended|recommendations|most-read|popular|"
    r"newsletter|subscribe|subscription|breadcrumbs?|breadcrumb|tags|tag-list|skip|"
    r"skip-link|promo|advert|advertisement)(?:$|[\s_-])",
    re.IGNORECASE,
)
# ... unless the same element is named as the text itself ("article-body
# share-enabled", "post-content has-comments"): never drop the article.
_TEXT_CLASS = re.compile(
    r"(?:^|[\s_-])(?:body|content|text|story|main|post|entry|article-?body|lede|lead)(?:$|[\s_-])",
    re.IGNORECASE,
)
_HTML_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_HTML_MARKUP = re.compile(
    r"<\s*/?\s*(?:script|style|iframe|img|a|p|div|span|br|b|i|em|strong|object|embed|svg|"
    r"html|body|head|meta|link|form|input|h[1-6]|ul|ol|li|table|tr|td)\b[^>]*>"
    r"|<[a-z][^>]*\son\w+\s*=|javascript:",
    re.IGNORECASE,
)


# Where a saved page states when it was published, most telling first.
_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
)
_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"(?P<value>[^"]{4,40})"')


@dataclass
class HtmlPage:
    """What a saved web page says: its visible text, and what its markup
    states about it (publication date and its line, address, site name)."""

    text: str
    published: str | None = None
    published_line: int | None = None
    url: str | None = None
    site_name: str | None = None


class _TextExtractor(HTMLParser):
    """Text of an HTML page; scripts, styles, navigation dropped; blocks as blank
    lines. Reads the page's own metadata on the way (``<meta>``, canonical
    ``<link>``, JSON-LD ``datePublished``, the first ``<time datetime>``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._furniture: list[list[str | int]] = []  # [tag, depth] of skipped furniture
        self._json_ld = False
        self.dates: dict[str, tuple[str, int]] = {}  # kind -> (value, line)
        self.url: str | None = None
        self.site_name: str | None = None

    def _date(self, kind: str, value: str | None) -> None:
        if value and value.strip():
            self.dates.setdefault(kind, (value.strip(), self.getpos()[0]))

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content")
        if key in _PUBLISHED_META:
            self._date(key, content)
        elif key == "og:url" and content:
            self.url = self.url or content.strip()
        elif key == "og:site_name" and content and content.strip():
            self.site_name = content.strip()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "meta":
            self._meta(found)
        elif tag == "link" and (found.get("rel") or "").lower() == "canonical":
            self.url = (found.get("href") or "").strip() or self.url
        elif tag == "time" and not self._skip:
            self._date("time", found.get("datetime"))
        elif tag == "script":
            self._json_ld = (found.get("type") or "").lower() == "application/ld+json"
        if self._furniture_start(tag, found):
            return
        if tag in _HTML_SKIPPED:
            self._skip += 1
        elif tag in _HTML_BLOCKS:
            self.parts.append("\n\n")

    def _furniture_start(self, tag: str, attrs: dict[str, str | None]) -> bool:
        """Count the start of an element inside, or of, page furniture (by its class)."""
        if tag in _HTML_VOID:
            return False
        if self._furniture:
            if self._furniture[-1][0] == tag:
                self._furniture[-1][1] = int(self._furniture[-1][1]) + 1
            return False
        names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if not _FURNITURE_CLASS.search(names) or _TEXT_CLASS.search(names):
            return False
        self._furniture.append([tag, 1])
        self._skip += 1
        return True

    def _furniture_end(self, tag: str) -> bool:
        """Count the end of an element; True when it closes skipped furniture."""
        if not self._furniture or self._furniture[-1][0] != tag:
            return False
        self._furniture[-1][1] = int(self._furniture[-1][1]) - 1
        if int(self._furniture[-1][1]) > 0:
            return False
        self._furniture.pop()
        self._skip = max(0, self._skip - 1)
        return True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "link", "time"):
            self.handle_starttag(tag, attrs)
            if tag in _HTML_SKIPPED:  # pragma: no cover - none of the three is
                self._skip -= 1
        elif tag in _HTML_BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._json_ld = False
        if self._furniture_end(tag):
            return
        if tag in _HTML_SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in _HTML_BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._json_ld:
            found = _JSON_LD_PUBLISHED.search(data)
            if found:
                self._date("datepublished", found.group("value"))
        elif not self._skip:
            self.parts.append(data.replace("\n", " "))

    def published(self) -> tuple[str, int] | None:
        """The most telling publication date the page states, with its line."""
        for kind in (*_PUBLISHED_META, "time"):
            if kind in self.dates:
                return self.dates[kind]
        return None


def html_to_text(markup: str) -> HtmlPage:
    """Visible text of an HTML document, one paragraph per block element, and
    what its markup says about it."""
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError):  # pragma: no cover - html.parser is lenient
        pass
    published = parser.published()
    url = parser.url if parser.url and url_problem(parser.url) is None else None
    return HtmlPage(
        "".join(parser.parts),
        published[0] if published else None,
        published[1] if published else None,
        url,
        parser.site_name,
    )


# --------------------------------------------------------------------------- dates


@functools.cache
def _month_numbers() -> dict[str, int]:
    """Case-folded month names and abbreviations of every language a seed may be
    in (Babel's, as the date grammar reads them), also without accents."""
    numbers: dict[str, int] = {}
    for lang in (p.code for p in packs_by_priority()):
        for name, number in dates.month_names(lang).items():
            numbers.setdefault(name, number)
            numbers.setdefault(unaccented(name), number)
    return numbers


def _month_number(name: str) -> int | None:
    """The month a name gives ("ноября", "İyun", "İYUL", "avr"), or None: folded as the
    date grammar folds it (``dates.fold``: a dotted capital İ is an i, so that an
    Azerbaijani stamp's "15 İyun 2017" is read as "15 iyun 2017")."""
    return _month_numbers().get(dates.fold(name))


# --------------------------------------------------------------------------- page words


@dataclass(frozen=True)
class _PageWords:
    """The words of page lines (stamps, bylines, credits, furniture), compiled from
    every pack together: a page's lines are sorted before its language is known,
    and a French page carries English share buttons as often as French ones."""

    dateline_label: re.Pattern[str]
    update_labels: frozenset[str]
    update_clause: re.Pattern[str]
    counter_tail: re.Pattern[str]
    counter_head: re.Pattern[str]
    label_start: re.Pattern[str]
    byline: re.Pattern[str]
    header_byline: re.Pattern[str]
    name_words: frozenset[str]
    source_line: re.Pattern[str]
    generic_sources: frozenset[str]
    credit_join: re.Pattern[str]
    photo_credit: re.Pattern[str]
    cookie: re.Pattern[str] | None
    cookie_context: re.Pattern[str] | None
    boilerplate_start: re.Pattern[str]
    boilerplate_anywhere: re.Pattern[str] | None
    photo_credit_line: re.Pattern[str]
    related_start: re.Pattern[str]
    photo_tail: re.Pattern[str]


def _words(key: str) -> list[str]:
    """A list key of every pack's language.yaml, in detection priority order."""
    return [word for pack in packs_by_priority() for word in getattr(pack, key)]


def _either(words: Iterable[str], *, escape: bool = False, longest: bool = False) -> str:
    """An alternation of ``words`` (regexes, or plain words when ``escape``)."""
    items = [re.escape(w) if escape else w for w in words]
    if longest:
        items.sort(key=len, reverse=True)
    return "|".join(items) or r"(?!)"


#: Page lines whatever the language: a picture in Markdown, a copyright sign, a line of
#: nothing but links, handles and hashtags ("https://t.me/...", "#Armenia #Azerbaijan").
_LINK = r"(?:(?:https?://|www\.)\S+|[#@][\w.-]+)"
#: A copyright sign opening a line ("© AFP", "(c) Reuters").
_COPYRIGHT = r"^(?:©|\(c\)\s)"
_SYMBOL_BOILERPLATE = (
    r"^!\[[^\]]*\]\([^)]*\)\s*$",
    _COPYRIGHT,
    rf"^{_LINK}(?:[\s,;|•·]+{_LINK})*\W*$",
)


@functools.cache
def _page_words() -> _PageWords:
    """The page-line patterns: each pack's words, each mechanism's shape.

    Stamp labels ("Published", "Обновлено", "dərc olunub") and the words that join
    a label to its date ("on", "le"); bylines ("By", "Автор:"), of which a header
    line's are the capitalised ones (a lower-case "by" there is running text);
    the particles a byline's name may have; "Source:" labels and the generic
    sources they may name; the conjunctions of a credit line ("France 24 avec
    AFP"); the word before a photo's agency ("/via REUTERS"); cookie banners; the
    labels of links to other stories; whole-line furniture.
    """
    updates = _words("update_labels")
    labels = _either([*_words("stamp_labels"), *updates], escape=True, longest=True)
    joins = _either(_words("stamp_joins"), escape=True)
    bylines = _words("bylines")
    capitalised = [b for b in bylines if b[:1].isupper()]
    # "Photo: Reuters", "(photo credit: REUTERS)", "(Фото: РИА Новости)"
    photo = rf"^\(?(?:{_either(_words('photo_labels'))})\s*[:՝|©/]"
    rules = [
        *_SYMBOL_BOILERPLATE,
        rf"^(?:{_either(_words('related_labels'))})\b[^:»|>՝]{{0,25}}[:»|>՝]",
        photo,
        *_words("boilerplate"),
    ]
    anywhere = [by_first_letter(rule) for rule in rules if not rule.startswith("^")]
    cookie, context = _words("cookie_words"), _words("cookie_context")
    counters = _either(_words("counter_labels"), escape=True, longest=True)
    photo_labels = by_first_letter(_either(_words("photo_labels"), longest=True))
    return _PageWords(
        dateline_label=re.compile(
            r"^(?:[•·▪◦‣∙|]|-(?=\s))?\s*\ufe0f?"  # a list bullet ("• 16.7.2018 00:33")
            rf"(?P<label>{labels})?(?:\s+(?:{joins}))?\s*[:՝]?\s*",
            re.IGNORECASE,
        ),
        update_labels=frozenset(u.casefold() for u in updates),
        # "Publié le 29 juillet 2021 à 10h05 - Mis à jour le 29 juillet 2021 à 11h30",
        # "..., mis à jour le ...", "... 10:35 Modifié le : ...", "... 10:35Modifié le :
        # ..." (France 24): the update stamp after the publication date, on the same line.
        update_clause=re.compile(
            r"(?:\s+[-|–—•/]\s+|\s*[(,]\s*|\s+|(?<=\d))"
            rf"(?P<label>{_either(updates, escape=True, longest=True)})\b.*$",
            re.IGNORECASE,
        ),
        # where a stamp's label opens a stamp on a line of several: at the start, after a
        # separator ("Mis à jour le ... - Publié le ..."), or capitalised after a word or a
        # clock time ("Son Güncelleme: ... Yayınlanma: ...", "Par X Publié le ...")
        # a page's count after a stamp: "... 17:28 Oxunub: 125", "22 Mart 2021 ( 4 izlenme )",
        # "... 10:35 | 1 523 просмотра", "598 dəfə oxunub"
        counter_tail=re.compile(
            r"\s*[-|•,/(]?\s*(?:"
            rf"(?:{counters})\s*[:՝]?\s*\d[\d\s.,]*"
            r"|(?<![\d:.,])\d[\d\s.,]*\s+(?:(?:dəfə|kez|fois|раз)\s+)?"
            rf"(?:{counters})"
            r")\s*\)?\s*$",
            re.IGNORECASE,
        ),
        # a page's count before a stamp: "Прочитано: 1177 20:22 11 ЯНВАРЯ 2022", or before
        # the stamp's label ("Baxılıb: 303     Tarix: 20-09-2023 10:30")
        counter_head=re.compile(
            rf"^(?:{counters})\s*[:՝]?\s*(?:\d{{1,3}}(?:[\s.,]\d{{3}})+|\d+)\s*[-|•,/]?\s+"
            rf"(?=\d|(?:{labels})(?:\s|:|$))",
            re.IGNORECASE,
        ),
        label_start=re.compile(
            r"(?:^|\s*[-|–—•/,]\s+|\s+|(?<=\d))"
            rf"(?P<label>{labels})(?=\s|:|$)",
            re.IGNORECASE,
        ),
        byline=re.compile(rf"^(?:{_either(bylines)})\s+(?P<name>\S.{{0,100}})$"),
        header_byline=re.compile(
            rf"\b(?:{_either(capitalised)})\s+(?P<name>.+?)(?=\s+[-|–—•]\s+|\s*$)"
        ),
        name_words=frozenset(w.casefold() for w in _words("name_words")),
        # "Source: AFP", "Kaynak: Anadolu Ajansı (AA)", "Աղբյուրը՝ Արմենպրես"
        source_line=re.compile(
            rf"^(?:{_either(_words('source_labels'))})\s*[:՝]\s*>?\s*(?P<who>.+)$"
        ),
        generic_sources=frozenset(w.casefold() for w in _words("generic_sources")),
        credit_join=re.compile(
            rf"\s+(?:{_either(_words('conjunctions'), escape=True)})\s+|\s*[,;|/&]\s*"
        ),
        # A photo's credit closing a line: "REUTERS/Artem Mikryukov", "(credit:
        # REUTERS/ARTEM MIKRYUKOV)", "- RUSSIAN DEFENCE MINISTRY/via REUTERS": two names
        # joined by a slash (one of them a known outlet or agency, checked by the caller).
        photo_credit=re.compile(
            r"(?P<left>[^\W\d_][\w.'’& -]{1,40}?)\s?/\s?"
            rf"(?:(?:{_either(_words('credit_via'), escape=True)})\s+)?"
            r"(?P<right>[^\W\d_][\w.'’& -]{1,40}?)\)?[.\s]*$"
        ),
        cookie=re.compile(rf"\b(?:{_either(cookie)})\b", re.IGNORECASE) if cookie else None,
        cookie_context=(
            re.compile(rf"\b(?:{_either(context)})\b", re.IGNORECASE) if context else None
        ),
        boilerplate_start=re.compile(
            "|".join(f"(?:{rule})" for rule in rules if rule.startswith("^")), re.IGNORECASE
        ),
        boilerplate_anywhere=(
            re.compile("|".join(f"(?:{rule})" for rule in anywhere), re.IGNORECASE)
            if anywhere
            else None
        ),
        # a photo's credit on a line of its own: "©Capture d'écran Twitter", "© AFP",
        # "Photo: Reuters", "Фото: РИА Новости", "Լուսանկարը՝ Photolure"
        photo_credit_line=re.compile(rf"{photo}|{_COPYRIGHT}", re.IGNORECASE),
        # a label of links to other stories opening a line ("ԿԱՐԴԱՑԵՔ ՆԱԵՎ <a title>")
        related_start=re.compile(
            rf"^(?:{_either(_words('related_labels'), longest=True)})(?=\s|$)", re.IGNORECASE
        ),
        # a photo's label closing a caption, alone or with its credit ("... Фото: SCANPIX",
        # "... Фото иллюстративное."), or straight after it a credit of names joined by
        # slashes ("... Photo David Ghahramanyan/NKR InfoCenter/PAN Photo/ Handout via Reuters")
        # A label glued to the caption's last word, the page's break between them lost,
        # has its credit after it ("... распространенное Минобороны АзербайджанаФото:
        # Defense Ministry of Azerbaijan/AP/picture alliance"): a lower-case letter, then
        # the label in capitals, its colon and the credit.
        photo_tail=re.compile(
            rf"(?:[.!?…]\s+(?:{photo_labels})"
            r"(?:\s*[:՝|©/]\s*[^.!?…]{1,40}|\s+(?-i:[A-ZÀ-ÞА-ЯЁԱ-Ֆ])[^.!?…/]{1,40}/[^.!?…]{1,60})?"
            rf"|(?-i:[a-zß-ÿа-яёա-ֆ](?=[A-ZÀ-ÞА-ЯЁԱ-Ֆ]))(?:{photo_labels})\s*[:՝|©/]\s*[^.!?…]{{1,100}})"
            r"\W*$",
            re.IGNORECASE,
        ),
    )


_MONTH = r"(?P<month>[^\W\d_]{3,12})\.?"
_WEEKDAY = r"(?:[^\W\d_]{3,9},?\s+)?"


@functools.cache
def _date_forms() -> tuple[re.Pattern[str], ...]:
    """The date forms a stamp line may take. A year may be followed by its word
    ("2021 г.", "2021 թ.", "2021-ci il"): every pack's ``year_suffix`` together,
    since a stamp line is read before its language is known."""
    suffixes = "|".join(
        f"(?:{p.dates.year_suffix})" for p in packs_by_priority() if p.dates.year_suffix
    )
    year = rf"(?P<year>\d{{4}})(?!\d)(?:{suffixes})?" if suffixes else r"(?P<year>\d{4})(?!\d)"
    return (
        re.compile(rf"^{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s*{year}"),
        # "Դեկտեմբեր 14 18:25 2018": the clock time between the day and the year
        re.compile(rf"^{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+\d{{1,2}}:\d{{2}},?\s+{year}"),
        re.compile(rf"^{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+{_MONTH},?\s+{year}"),
        # year first: "2022 թ. սեպտեմբերի 14", "2022-ci il 3 may"
        re.compile(rf"^{year},?\s+{_MONTH}\s+(?P<day>\d{{1,2}})(?:-ին|-ի)?(?!\d)"),
        re.compile(rf"^{year},?\s+(?P<day>\d{{1,2}})\s+{_MONTH}"),
        # "2021-11-16", "2021-11-16T14:35:00+04:00" (ISO 8601, as a page's metadata prints it)
        re.compile(
            r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
            r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?!\S))?"
        ),
        # "2021.11.16 14:35", "2021/11/16": year first with dots or slashes (no page writes
        # the day before the month after a year)
        re.compile(
            r"^(?P<year>(?:19|20)\d\d)(?P<sep>[./])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)"
        ),
        # "16.11.2021", "16.11.2021 г.", "16.11.2021-ci il"
        re.compile(rf"^(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.{year}"),
        # "27-09-2023 13:11 IST": day first with dashes
        re.compile(r"^(?P<day>\d{1,2})-(?P<month>\d{1,2})-(?P<year>\d{4})(?!\d)"),
        # "15/09/2022": day first, as Europe writes it ("09/26/2023" read month first);
        # "19 / 09 / 2023" (1news.az), spaced
        re.compile(r"^(?P<day>\d{1,2}) ?/ ?(?P<month>\d{1,2}) ?/ ?(?P<year>\d{4})(?!\d)"),
        # "20 04 2024" (yerevan.today): day, month and year apart, day first; only a
        # month of 1-12 is a month ("_match_date" reads no other)
        re.compile(r"^(?P<day>[0-3]?\d) (?P<month>[01]?\d) (?P<year>(?:19|20)\d\d)(?!\d)"),
    )


_DAY_MONTH = re.compile(
    r"^(?:\d{1,2}\s+(?P<m1>[^\W\d_]{3,12})|(?P<m2>[^\W\d_]{3,12})\.?\s+\d{1,2})$"
)
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
# "11:25, 5 Ապրիլի 2023", "21:43 - 5/03/2023", "2:35 PM, Nov 16, 2021": a time before the date.
# "2:35 PM ET Nov. 16, 2021" (a zone after it, as American sites print it).
# "13:5018 Dekabr, 2020" (oxu24.com): the clock and the day run together where the page
# prints them in two boxes; after a colon's two minute digits, a day and a month's name.
_TIME_HEAD = re.compile(
    r"^\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s+(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|MSK|AMT|AZT|TRT))?"
    r"(?:\s*[,|•–/-]\s*|\s+|(?<=:\d\d)(?=[0-3]?\d\s+[^\W\d_]{3}))(?=\S)",
    re.IGNORECASE,
)
#: A stamp's clock time: "18:30", "10:36:00" (with its seconds), "14h35", "14 h 35" (French
#: typography), "3 pm", "00:05 am".
_CLOCK_TIME = (
    r"(?:\d{1,2}(?:[:.]\d{2}(?::\d{2})?|\s?h\s?\d{2})(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
)


@functools.cache
def _time_tail() -> re.Pattern[str]:
    """What may follow a stamp's date: nothing, or its clock time and zone, maybe after a
    separator or a pack's word for "at" ("à 14h35", "в 10:15", "saat 10:35")."""
    joins = _either(_words("clock_joins"), escape=True)
    return re.compile(
        rf"^(?:\s*[-,|/•]?\s*(?:(?:{joins})\s+)?[\[(]?{_CLOCK_TIME}"
        r"(?:\s*\(?(?:GMT|UTC|CET|CEST|EET|EEST|WET|WEST|BST|MSK|AMT|AZT|TRT|IST|EST|EDT|ET|"
        r"CST|CDT|PST|PDT|[+-]\d{2}:?\d{2})\)?)?[\])]?)?\s*"
        r"(?:\(?(?:GMT|UTC)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?\)?)?\s*$",
        re.IGNORECASE,
    )


@dataclass(frozen=True)
class _RawDate:
    """A date as written: maybe impossible (2021-02-30), so kept as numbers."""

    year: int
    month: int
    day: int

    @property
    def text(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def value(self) -> dt.date | None:
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


#: A date in an article's address, as content systems write it: year, month and day as
#: path segments (``/2021/11/17/``) or joined by ``-`` or ``_`` (``/2021-11-17-clashes``),
#: never a bare run of digits (an article number).
_URL_DATE = re.compile(
    r"(?<![\d])(?P<year>(?:19|20)\d\d)(?P<sep>[/_-])(?P<month>[01]?\d)(?P=sep)"
    r"(?P<day>[0-3]?\d)(?![\d])"
)


#: The same run together at the start of a path segment, as Sputnik, RFI and others
#: write it (``/20230514/``, ``/20201215-haut-karabakh``), maybe with the time after it
#: (``/20211114032117608-title``: 2021-11-14 03:21:17 and a serial number); a run that is
#: not a valid date and clock is an article number.
_URL_COMPACT_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)"
    r"(?:(?P<clock>[0-2]\d[0-5]\d[0-5]\d)\d*)?(?=[/_.-]|$)"
)


#: A day-first run as a whole path segment (``/28072019/``, m24.ru): read only when its
#: day cannot be a month (over 12), so that it cannot be a month-first run either; a run
#: such as ``/05072019/`` stays unread.
_URL_DAY_FIRST = re.compile(r"/(?P<day>[0-3]\d)(?P<month>[01]\d)(?P<year>(?:19|20)\d\d)(?=/|$)")
_MONTHS = 12


#: A day-first date with separators in an address (``/16-11-2021/``, ``-16.11.2021-``,
#: ``/16/11/2021/``), as Turkish, Russian and Azerbaijani sites write it: read only when the
#: order is certain (a day over 12, or day and month alike); else ``url_date_by_text``.
_URL_DAY_FIRST_SEPARATED = re.compile(
    r"(?<![\d.])(?P<day>[0-3]?\d)(?P<sep>[/._-])(?P<month>[01]?\d)(?P=sep)"
    r"(?P<year>(?:19|20)\d\d)(?![\d])"
)


def _day_first_url_date(path: str) -> _RawDate | None:
    """The first certain day-first date with separators of an address's path, or None."""
    for match in _URL_DAY_FIRST_SEPARATED.finditer(path):
        raw = _RawDate(int(match["year"]), int(match["month"]), int(match["day"]))
        if (raw.day > _MONTHS or raw.day == raw.month) and raw.value() is not None:
            return raw
    return None


#: A year and month as path segments before the slug (``/2022/08/brussels-talks/``), as
#: WordPress and others write an article's month: the month of publication, no day.
_URL_MONTH = re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<month>[01]\d)/(?=[^\W\d_])")


def url_month(url: str | None) -> str | None:
    """The month of publication an address gives without its day ("YYYY-MM"), or None.

    >>> url_month("https://massispost.com/2022/08/brussels/")
    '2022-08'
    >>> url_month("https://example.org/2022/08/17/story")
    """
    if not url:
        return None
    found = _URL_MONTH.search(urlsplit(url).path)
    if found is None or not 1 <= int(found["month"]) <= _MONTHS:
        return None
    return f"{found['year']}-{found['month']}"


#: A date with its month's name as a whole path segment: day, month and year run together
#: or joined (``/02nov2020/``, newsru.com; ``/17-nov-2021/``), or year, month and day as
#: three segments (``/2020/nov/02/``, The Guardian). Only a whole segment, never words of a
#: slug ("...-on-27-september-2020" may be the day of the events, not of the article).
_URL_NAMED_MONTH = re.compile(
    r"/(?:(?P<day>[0-3]?\d)[-_]?(?P<month>[^\W\d_]{3,9})[-_]?(?P<year>(?:19|20)\d\d)"
    r"|(?P<year2>(?:19|20)\d\d)/(?P<month2>[^\W\d_]{3,9})/(?P<day2>[0-3]?\d))(?=/|$)"
)


#: The cheap test before ``_URL_NAMED_MONTH``: a letter right beside a digit, or a year
#: segment before a word segment.
_HAS_LETTERS_AND_YEAR = re.compile(r"\d[-_]?[^\W\d_]|(?:19|20)\d\d/[^\W\d_]")


def _named_month_url_date(path: str) -> _RawDate | None:
    """The first real date of an address's path written with its month's name, or None."""
    for match in _URL_NAMED_MONTH.finditer(path):
        year, name, day = (
            (match["year"], match["month"], match["day"])
            if match["year"]
            else (match["year2"], match["month2"], match["day2"])
        )
        month = _month_number(name)
        if month is None:
            continue
        raw = _RawDate(int(year), month, int(day))
        if raw.value() is not None:
            return raw
    return None


def _compact_url_date(path: str) -> _RawDate | None:
    """The first compact date of an address's path that is a real date, or None."""
    for match in _URL_COMPACT_DATE.finditer(path):
        raw = _RawDate(int(match["year"]), int(match["month"]), int(match["day"]))
        clock = match["clock"]
        if clock and (int(clock[:2]) > 23):
            continue
        if raw.value() is not None:
            return raw
    for match in _URL_DAY_FIRST.finditer(path):
        raw = _RawDate(int(match["year"]), int(match["month"]), int(match["day"]))
        if raw.day > _MONTHS and raw.value() is not None:
            return raw
    return None


#: Day and month in either order with any separator (``/03/04/2016/``, rbc.ru), each 12
#: at most: the address alone cannot tell the 3rd of April from the 4th of March.
_URL_OPEN_ORDER = re.compile(
    r"(?<![\d.])(?P<a>[01]?\d)(?P<sep>[/._-])(?P<b>[01]?\d)(?P=sep)"
    r"(?P<year>(?:19|20)\d\d)(?![\d])"
)
#: A day and a month's name in running text ("2 апреля", "le 12 mars", "April 2").
_TEXT_DAY_MONTH = (
    re.compile(
        r"(?<![\w.])(?P<day>[0-3]?\d)(?:-?[^\W\d_]{1,3})?\.?\s+(?P<month>[^\W\d_]{3,12})"
        r"(?![\d.,:]*\d)"
    ),
    re.compile(r"(?<!\w)(?P<month>[^\W\d_]{3,12})\.?\s+(?P<day>[0-3]?\d)(?![\d.,:]*\d)"),
)
#: The events an article tells are of the days before it: a day the text names within
#: this many days before the later reading of the address, and after the earlier one.
_RECENT_DAYS = 7


def _text_days(paragraphs: Sequence[str], year: int) -> list[dt.date]:
    """The days and months the text names without a year, as days of ``year``."""
    days: list[dt.date] = []
    for paragraph, form in itertools.product(paragraphs, _TEXT_DAY_MONTH):
        for match in form.finditer(paragraph):
            month = _month_number(match["month"])
            if month is None:
                continue
            raw = _RawDate(year, month, int(match["day"]))
            value = raw.value()
            if value is not None:
                days.append(value)
    return days


def url_date_by_text(url: str | None, paragraphs: Sequence[str]) -> _RawDate | None:
    """The date of an address whose day and month may be read either way (``/03/04/2016/``:
    the 3rd of April or the 4th of March), chosen by the text: the later reading, when the
    text names a day after the earlier one and in the week before the later one ("В ночь
    на 2 апреля ...": the article is of the 3rd of April, not of the 4th of March), and no
    day after the later one (the text would then be of another year, or tell what is to
    come). None when the text does not tell them apart.

    >>> url_date_by_text("https://x.ru/p/03/04/2016/5700b", ["В ночь на 2 апреля бои."]).text
    '2016-04-03'
    >>> url_date_by_text("https://x.ru/p/03/04/2016/5700b", ["1 марта бои."])
    """
    if not url or not paragraphs:
        return None
    found = _URL_OPEN_ORDER.search(urlsplit(url).path)
    if found is None:
        return None
    a, b, year = int(found["a"]), int(found["b"]), int(found["year"])
    if a == b or not (1 <= a <= _MONTHS and 1 <= b <= _MONTHS):
        return None
    earlier, later = sorted((dt.date(year, b, a), dt.date(year, a, b)))
    days = _text_days(paragraphs, year)
    if not days or max(days) > later:
        return None
    window = max(earlier, later - dt.timedelta(days=_RECENT_DAYS))
    if not any(window < day <= later for day in days):
        return None
    return _RawDate(later.year, later.month, later.day)


def url_date(url: str | None) -> _RawDate | None:
    """The publication date an article's address gives, if any: the first year, month and
    day of its path (``https://x.org/news/2021/11/17/story`` -> 2021-11-17, or run
    together: ``/20230514/``); the host, query and fragment are not read.

    >>> url_date("https://www.rte.ie/news/world/2021/1117/x/")  # month and day run together
    >>> url_date("https://massispost.com/2022/08/brussels/")  # a month is not a day
    >>> url_date("https://example.org/2023-09-19-clashes").text
    '2023-09-19'
    """
    if not url:
        return None
    path = urlsplit(url).path
    match = _URL_DATE.search(path)
    if not match:
        return (
            _compact_url_date(path)
            or _day_first_url_date(path)
            or (_named_month_url_date(path) if _HAS_LETTERS_AND_YEAR.search(path) else None)
        )
    return _RawDate(int(match["year"]), int(match["month"]), int(match["day"]))


def _match_date(text: str) -> tuple[_RawDate, str] | None:
    """A date at the start of ``text`` and the rest of the text, or None."""
    for form in _date_forms():
        match = form.match(text)
        if not match:
            continue
        month_text = match.group("month")
        month = int(month_text) if month_text.isdigit() else _month_number(month_text)
        if month is None:
            continue
        day = int(match.group("day"))
        if month > 12 and day <= 12 and ("/" in match.group(0) or "." in match.group(0)):
            month, day = day, month  # US order: "09/26/2023", "07.14.20"
        raw = _RawDate(int(match.group("year")), month, day)
        return raw, text[match.end() :]
    return None


#: A picture's file name the page store left beside a date stamp
#: ("09:32 02 Aprel 2020 20_04_02_1585805622.jpg").
_PICTURE_FILE = re.compile(r"\s+\S+\.(?:jpe?g|png|gif|webp)\b", re.IGNORECASE)
#: Stamps a page lines up on one line: "PTI | Baku | Updated: 27-09-2023 13:11 IST |
#: Created: 27-09-2023 13:11 IST".
_STAMP_SEPARATOR = re.compile(r"\s+\|\s+")
#: A two-digit year after a label, day and month with dots: "Published: 07.14.20".
_SHORT_YEAR = re.compile(
    r"^(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{2})(?![\d./])"
)
#: A section's name before a stamp: "Society Materials 29 September 2020 09:49".
#: An author's name the same way, with its label or a comma ("Müəllif: Elvin Məmmədov
#: 24.09.2020 14:35", "Иван Петров, 24 сентября 2020, 14:35"), or a label whose name the
#: page left empty, its comma standing alone ("Текст: , 16 ноября 2021, 17:40").
_SECTION_HEAD = re.compile(r"^(?P<section>[^\W\d_]+:?(?: [^\W\d_]+){0,3})(?: ?,)? (?=\d)")
#: A section's name (one or two words) or a bare count closing a stamp line after its
#: clock time.
_SECTION_TAIL = re.compile(r"\s+(?:[^\W\d_]{2,20}(?: [^\W\d_]{2,20})?|\d{1,7})$")
#: The clock time a stamp after a section's name must have.
_CLOCK = re.compile(r"\d{1,2}(?:[:.]|\s?h\s?)\d{2}|\d\s*[ap]\.?m\b", re.IGNORECASE)


def _short_year_date(rest: str) -> tuple[_RawDate, str] | None:
    """A labelled date with a two-digit year ("07.14.20" -> 2020-07-14, "Updated 9/30/23 at
    5:24 p.m" -> 2023-09-30), or None. With slashes, only when its order is certain (a
    part over 12): "5/4/23" is the 5th of April in Europe and May 4th in America."""
    found = _SHORT_YEAR.match(rest)
    if found is None:
        return None
    if found["sep"] == "/" and max(int(found["a"]), int(found["b"])) <= _MONTHS:
        return None
    return _match_date(f"{found['a']}.{found['b']}.20{found['year']}{rest[found.end() :]}")


#: The words after a stamp's date that may name its weekday ("14 Eylül 2022 Çarşamba
#: 10:35", "3 may 2022, çərşənbə axşamı").
_WEEKDAY_TAIL = re.compile(r"^\s*,?\s*(?P<one>[^\W\d_]+)(?P<two>\s+[^\W\d_]+)?")


def _without_weekday(rest: str) -> str:
    """The rest of a stamp line after its date, the weekday named there left out."""
    found = _WEEKDAY_TAIL.match(rest)
    if found is None:
        return rest
    names = _weekday_words()
    if found["two"] and f"{found['one']}{found['two']}".casefold() in names:
        return rest[found.end() :]
    if found["one"].casefold() in names:
        return rest[found.end("one") :]
    return rest


#: A weekday of two words before a stamp's date ("Cümə axşamı, 15 İyun 2017"); one word
#: is read by the date forms themselves (``_WEEKDAY``).
_TWO_WORD_HEAD = re.compile(r"^(?P<name>[^\W\d_]+\s+[^\W\d_]+),?\s+(?=\d)")


def _without_leading_weekday(rest: str) -> str:
    """A stamp without the weekday of two words that opens it, if it is one."""
    found = _TWO_WORD_HEAD.match(rest)
    if found is None or dates.fold(found["name"]) not in _weekday_words():
        return rest
    return rest[found.end() :]


def _without_counter(rest: str) -> str:
    """The rest of a stamp line after its date, a page's count at its end left out
    ("17:28 Oxunub: 125" -> "17:28")."""
    if not _DIGIT.search(rest):
        return rest
    found = _page_words().counter_tail.search(rest)
    return rest[: found.start()] if found else rest


def _stamp(text: str) -> tuple[_RawDate, bool] | None:
    """One date stamp (maybe labelled, maybe with a time): (date, is_update)."""
    words = _page_words()
    label = words.dateline_label.match(text)
    rest = text[label.end() :] if label else text
    labelled = bool(label and label.group("label"))
    time_head = _TIME_HEAD.match(rest)  # "Published 2:35 PM ET Nov. 16, 2021"
    rest = rest[time_head.end() :] if time_head else rest
    rest = _without_leading_weekday(rest)  # "Cümə axşamı, 15 İyun 2017"
    # a two-digit year with a label, or with a clock time after it ("16.11.21 14:35")
    short = labelled or bool(_COLON_CLOCK.search(rest))
    found = _match_date(rest) or (_short_year_date(rest) if short else None)
    clock_needed = False
    if found is None and not labelled:
        section = _SECTION_HEAD.match(rest)
        if section:
            found, clock_needed = _match_date(rest[section.end() :]), True
    if found is not None:
        found = found[0], _without_counter(_without_weekday(found[1]))
    if found is not None and not _time_tail().match(found[1]):
        # "19.09.2023 10:35 Siyasət", "19 Sentyabr 2023 10:35 1523": a section's name or a
        # bare count after the clock time, as a section's name before it (_SECTION_HEAD)
        after = _SECTION_TAIL.search(found[1])
        clocked = time_head is not None or _CLOCK.search(found[1][: after.start()] if after else "")
        if after is not None and clocked:
            found = found[0], found[1][: after.start()]
    if found is None or not _time_tail().match(found[1]):
        return None
    if clock_needed and not _CLOCK.search(found[1]):
        return None
    word = (label.group("label") or "").casefold() if label else ""
    return found[0], word in words.update_labels


def _dateline(text: str) -> tuple[_RawDate, bool] | None:
    """A line that is only a date (maybe labelled, maybe with a time): (date, is_update).

    ``text`` has its spaces normalised. Every date form has digits: a line
    without one is no dateline. A line of stamps separated by bars gives its
    publication stamp ("Created: ..."), else its update stamp; a section's name
    before a stamp goes when a clock time follows the date.
    """
    if not _DIGIT.search(text):  # nothing below adds a digit: tested before the cuts
        return None
    text = _PICTURE_FILE.sub("", text)
    if len(text) > 120:
        # "17.11.2021-10:49 - (Son Güncelleme: 17.11.2021-12:21) <the headline again>": a
        # stamp and its update stamp, whatever the page prints after them
        update = _page_words().update_clause.search(text, 0, 120)
        text = text[: update.end("label")] if update is not None else text
    if len(text) > 120 or not _DIGIT.search(text):
        return None
    found = _separated_stamps(text, _STAMP_SEPARATOR)
    if not found and _PART_SEPARATOR.search(text):
        found = _separated_stamps(text, _PART_SEPARATOR)
    if not found:
        found = _labelled_stamps(text)[1]
    if not found and _DASH_SEPARATOR.search(text) and _COLON_CLOCK.search(text):
        # "0 դիտում, 6 տարի առաջ - 2018-05-20 20:17": a count and a relative time before
        # the stamp; a part with a clock time only (a date beside a dash may be a title's),
        # and the other parts a few words that end no sentence (else the line is a
        # dateline opening the text: "Баку, 8 августа, 2022, 08:55 — ИА Регнум. ...")
        found = _separated_stamps(text, _DASH_SEPARATOR, clocked=True)
        if found and not _stamp_beside_words(text):
            found = []
    if not found and _GLUED.search(text):
        # "Siyasət24 sentyabr 2020 14:35", "14:35Siyasət": a section's name run into the
        # stamp where the page set them in two boxes
        return _dateline(_GLUED.sub(" ", text))
    if not found and _DIGIT.match(text) is None:
        head = _page_words().counter_head.match(text)
        if head is not None:  # "Прочитано: 1177 20:22 11 ЯНВАРЯ 2022": the views counted first
            return _dateline(text[head.end() :])
    if not found and _COUNT_AFTER_CLOCK.search(text):
        # "16.12.2020 22:30 1 485": the views counted after the stamp's clock time, and
        # its comments ("27 Dek 2022 10:04:00 229 0")
        return _dateline(_COUNT_AFTER_CLOCK.sub("", text))
    if not found and "/" in text:
        slashed = _SLASHED_NAMED_DATE.match(text)
        if slashed is not None:  # "28 / Հոկտեմբեր / 2020 : 19-23": a month's name in slashes
            return _dateline(" ".join(slashed.group("day", "month", "year")))
    if not found:
        bracketed = (  # "[19.09.2023 10:35]", "(19.09.2023)"
            _BRACKETED_STAMP.match(text) if text[0] in "[(" and text[-1] in "])" else None
        )
        found = _separated_stamps(bracketed["inner"], _STAMP_SEPARATOR) if bracketed else []
    if not found:
        return None
    return next((f for f in found if not f[1]), found[0])


#: Where a word and a stamp run together: two letters then a digit ("Siyasət24 sentyabr",
#: not the ISO "T14:35"), a clock time then a letter or a date ("14:35Siyasət",
#: "14:3524.09.2020").
_GLUED = re.compile(r"(?<=[^\W\d_]{2})(?=\d)|(?<=\d:\d\d)(?=[^\W\d_]|\d{1,2}[./-]\d)")
#: A count after a stamp's clock time ("22:30 1 485", "22:30 598"): the page's count of
#: views; a year ("18:25 2018") is no such count.
_COUNT_AFTER_CLOCK = re.compile(r"(?<=\d:\d\d)(?:\s+\d{1,3}(?:[ .,]\d{3})*){1,2}$")
#: A day, a month's name and a year set apart by slashes, a clock time after them or
#: none ("28 / Հոկտեմբեր / 2020 : 19-23", "28/Oct/2020"): the date alone on its line.
_SLASHED_NAMED_DATE = re.compile(
    r"^(?P<day>\d{1,2})\s*/\s*(?P<month>[^\W\d_]{3,}\.?)\s*/\s*(?P<year>(?:19|20)\d\d)"
    r"(?:\s*[:,-]?\s*\d{1,2}[:.-]\d\d)?\s*$"
)
#: The separators a page sets between a stamp and a section's name on one line: "Siyasət /
#: 19.09.2023 10:35", "19 сентября 2023, 10:35 • Политика" (a bar is ``_STAMP_SEPARATOR``).
_PART_SEPARATOR = re.compile(r"\s+[|/•·»›>]\s+")
#: A stamp in brackets alone on its line.
_BRACKETED_STAMP = re.compile(r"^[\[(](?P<inner>[^\[\]()]{6,60})[\])]$")


#: A dash between a stamp and the page's words beside it (a count, a relative time).
_DASH_SEPARATOR = re.compile(r"\s+[-–—]\s+")
#: The words beside a stamp on its line are a few.
_BESIDE_WORDS = 6


def _stamp_beside_words(text: str) -> bool:
    """Are the parts of a dashed line that have no clock time a few words each that end no
    sentence (a count, a relative time, a section's name)?"""
    return all(
        len(part.split()) <= _BESIDE_WORDS and not ends_sentence(part)
        for part in _DASH_SEPARATOR.split(text)
        if not _COLON_CLOCK.search(part)
    )


def _separated_stamps(
    text: str, separator: re.Pattern[str], *, clocked: bool = False
) -> list[tuple[_RawDate, bool]]:
    """The stamps among the parts of a line cut at ``separator`` (with ``clocked``, only
    the parts with a clock time)."""
    found: list[tuple[_RawDate, bool]] = []
    for part in separator.split(text):
        if clocked and not _COLON_CLOCK.search(part):
            continue
        update = _page_words().update_clause.search(part)
        if update is not None and update.start() > 0:
            # "17.11.2021-10:49 - (Son Güncelleme: ...)": the separator before it goes too
            part = part[: update.start()].rstrip(_STAMP_PUNCTUATION + "(")
        stamp = _stamp(part) if len(part) <= 80 else None
        if stamp is not None:
            found.append(stamp)
    return found


_STAMP_PUNCTUATION = " -|–—•/,;"
#: A name before a stamp on its line: an outlet's or an author's, a few capitalised words
#: ("Ouest-France Publié le ...", "France 24 Publié le : ...").
_NAME_HEAD = re.compile(r"[A-ZÀ-ÞА-ЯԱ-Ֆ][\w'’.&-]*(?:\s+[A-ZÀ-ÞА-ЯԱ-Ֆ0-9][\w'’.&-]*){0,3}")


def _label_starts(text: str) -> list[int]:
    """Where each stamp label of a line opens its stamp: at the start, after a separator,
    or capitalised (a lower-case "publié le" inside running text is no stamp's label)."""
    starts = []
    for match in _page_words().label_start.finditer(text):
        at = match.start("label")
        separated = any(c in "-|–—•/," for c in match.group(0)[: at - match.start()])
        if at == 0 or separated or text[at].isupper():
            starts.append(at)
    return starts


def _labelled_stamps(text: str) -> tuple[str, list[tuple[_RawDate, bool]]]:
    """A line of labelled stamps side by side, each opened by its label ("Mis à jour le
    28/09/2020 à 10:00 - Publié le 27/09/2020 à 14:35", "Son Güncelleme: 15.09.2022 11:00
    Yayınlanma: 14.09.2022 10:35"), maybe after a byline ("Par Jean Dupont Publié le
    ..."): (the byline or "", the stamps), or ("", []) unless every part is a stamp."""
    starts = _label_starts(text)
    if not starts:
        return "", []
    head = text[: starts[0]].strip(_STAMP_PUNCTUATION)
    if head and not (_page_words().byline.match(head) or _NAME_HEAD.fullmatch(head)):
        return "", []
    stamps = []
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        stamp = _stamp(text[start:end].strip(_STAMP_PUNCTUATION))
        if stamp is None:
            return "", []
        stamps.append(stamp)
    return head, stamps


# --------------------------------------------------------------------------- line rules

_HEADER = re.compile(r"^date:?\s+(?P<date>\S+)\s*(?P<rest>.*)$")
#: A header that gives the month of publication only ("date 2022-12").
_HEADER_MONTH = re.compile(r"^(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)$")
#: Words the rest of a header line needs to be article text, not a section label.
_HEADER_TEXT_WORDS = 4
_AGENCY_TAG = re.compile(r"^\(?(?P<tag>[^\s:()]{2,30}(?: [^\s:()]{2,30}){0,2})\)?\s*:\s*(?=\S)")
_PLACE_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÞА-ЯԱ-Ֆ][A-ZÀ-ÞА-ЯԱ-Ֆ .'’-]{2,40}?"
    r"(?:/[A-ZÀ-ÞА-ЯԱ-Ֆ][A-ZÀ-ÞА-ЯԱ-Ֆ .'’-]{2,40}?)?)"  # BAKU/YEREVAN
    r"(?:,(?P<when>[^()—–/]{1,30}?))?\s*"
    r"(?:(?:\((?P<tag>[^()]{2,40})\))?(?:\s+(?:—|–|--|-)|\s*(?:—|–))"  # YEREVAN (AFP) —
    r"|\.?\s*/(?P<slashtag>[^/]{2,40})/\.?)"  # ЕРЕВАН, 16 ноября. /ТАСС/.
    r"(?:\s+(?=\S)|\s*$)"  # the text follows, or the dateline is a line of its own
)
# "Erevan (AFP) - ", "Bakou, 20 sept 2023 (AFP) — ": a place not in capitals, then a
# known outlet in parentheses (checked by the caller).
_TITLED_PLACE_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÞА-ЯԱ-Ֆ][^\W\d_]{2,20}(?:[ -][A-ZÀ-ÞА-ЯԱ-Ֆ][^\W\d_]{2,20})?)"
    r"(?:,(?P<when>[^()—–/]{1,30}?))?\s*\((?P<tag>[^()]{2,40})\)\.?\s*(?:—|–|--|-)(?:\s+(?=\S)|\s*$)"
)
# "(Reuters) -Fresh clashes erupted ...": a known outlet in parentheses opening the text.
_TAG_DATELINE = re.compile(r"^\((?P<tag>[^()]{2,40})\)\.?\s*(?:—|–|--|-)\s*(?=\S)")
# "Москва. 10 ноября. ИНТЕРФАКС - ", "ԵՐԵՎԱՆ, 14 ՍԵՊՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ: ",
# "Bakı, 3 may 2022, APA. ": place, day and month (maybe a year), agency.
_AGENCY_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][^\W\d_'’-]*(?:[ -][^\W\d_]+){0,2})[.,]\s+"
    r"(?P<date>(?:\d{1,2}\s+[^\W\d_]{3,12}|[^\W\d_]{3,12}\.?\s+\d{1,2})(?:,?\s+\d{4})?)"
    r"(?:,?\s+\d{1,2}:\d{2})?[.,]?\s+(?:[—–-]\s+)?"  # "Баку, 8 августа, 2022, 08:55 — ИА Регнум."
    r"(?P<tag>[^\W\d_][\w.&-]*(?: [\w.&-]+){0,2}?)\s*(?:(?:[.:։]|\s[-—–])(?:\s+(?=\S)|\s*$)|$)"
)
# "BAKU, Azerbaijan, September 19. ", "BAKU, Azerbaijan, Nov. 16": a place in capitals,
# its country, a day and a month (maybe a year): an outlet's own dateline.
_PLACE_COUNTRY_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÞА-ЯԱ-Ֆ]{3,}(?:[ -][A-ZÀ-ÞА-ЯԱ-Ֆ]{2,})?),\s+"
    r"[A-ZÀ-ÞА-ЯԱ-Ֆ][^\W\d_]{2,20},\s+"
    r"(?P<date>(?:\d{1,2}\s+[^\W\d_]{3,12}|[^\W\d_]{3,12}\.?\s*\d{1,2})(?:,?\s+\d{4})?)"
    r"\.?(?:\s+(?=\S)|\s*$)"
)
# "Bakı. APA. ": place and agency, no date (the agency must be known).
_AGENCY_PLACE_TAG = re.compile(
    r"^(?P<place>[^\W\d_][^\W\d_'’-]*(?:[ -][^\W\d_]+){0,2})\.\s+"
    r"(?P<tag>[^\W\d_][\w.&-]*(?: [\w.&-]+){0,2}?)\s*(?:[.:։]|\s[-—–])(?:\s+(?=\S)|\s*$)"
)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
# "*Stepanakert* — ", "**YEREVAN** - ": a place dateline in Markdown emphasis.
_MD_PLACE_DATELINE = re.compile(
    r"^(?P<mark>[*_]{1,2})"
    r"(?P<place>[A-ZÀ-ÞА-ЯԱ-Ֆ][^\W\d_]{2,20}(?:[ -][A-ZÀ-ÞА-ЯԱ-Ֆ][^\W\d_]{2,20})?)"
    r"(?P=mark)\s*(?:—|–|--|-)\s+(?=\S)"
)
_MD_EMPHASIS = re.compile(r"(?<![\w*_])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\w*_])")


def is_boilerplate(line: str) -> bool:
    """Lines that are page furniture, not article text: cookies, links, credits, share buttons."""
    return _is_boilerplate(normalize_spaces(line))


@functools.cache
def _pack_furniture() -> re.Pattern[str] | None:
    """The page furniture phrases of every pack (reader appeals, comment rules,
    legal notices, reprint notes): a line with one of them is no article text,
    whatever the language of the page around it."""
    phrases = [p for pack in packs_by_priority() for p in pack.furniture]
    # grouped (``any_phrase``): every line of every page is tested, and the engine
    # tried each phrase at each place of it
    return re.compile(any_phrase(phrases), re.IGNORECASE) if phrases else None


#: A page's icon names run together ("icon bookmark-bicon bookmarkicon cameraicon"): one
#: run of letters in most of the words of a line.
_WORD_PIECE = re.compile(r"[^\W\d_]{4,}")
_REPEATS = 8


def _is_repeated_piece(text: str) -> bool:
    """Is ``text`` a page's string of icon or menu names, one piece in most words?"""
    words = text.casefold().split()
    if len(words) < _REPEATS:
        return False
    needed = max(_REPEATS, -(-len(words) // 2))
    joined = "\0".join(words)
    pieces = set(_WORD_PIECE.findall(joined))  # a run never crosses a word's edge
    for piece in pieces:
        if joined.count(piece) < needed:  # occurrences bound the words holding it
            continue
        holding = sum(piece in w for w in words)
        if holding >= _REPEATS and holding * 2 >= len(words):
            return True
    return False


#: A teaser's title written twice on its line, the link's text and its picture's title
#: run together ("İsrail'in Beyrut'a Saldırısında ... Kaybetti İsrail'in Beyrut'a
#: Saldırısında ... Kaybetti"): no sentence says its own words again back to back.
_DOUBLED_WORDS = 3


def _is_doubled_title(text: str) -> bool:
    """Is ``text`` one run of words written twice, back to back (at least three words)?"""
    words = text.split()
    half = len(words) // 2
    return half >= _DOUBLED_WORDS and len(words) == 2 * half and words[:half] == words[half:]


#: A counter's line is short ("Xəbər 598 dəfə oxunub.", "Просмотров: 1 203").
_COUNTER_CHARS = 60


@functools.cache
def _pack_counters() -> re.Pattern[str] | None:
    """Every pack's ``counters`` (views, reads of a page), as one whole-line pattern."""
    counters = _words("counters")
    return re.compile(_either(counters), re.IGNORECASE) if counters else None


def _is_counter(text: str) -> bool:
    """Is ``text`` a page's counter of views or reads: a short line with a number that a
    pack's ``counters`` reads whole? Tested on short lines with a digit only."""
    if len(text) > _COUNTER_CHARS or not _DIGIT.search(text):
        return False
    counters = _pack_counters()
    return counters is not None and counters.match(text) is not None


#: A name alone in brackets: an agency's or a paper's credit ("(Belga)", "(AFP)").
_BRACKETED_NAME = re.compile(r"^\(\s*(?P<name>[^\W\d_][^()]{1,40}?)\s*\)\.?$")
#: An embedded post's signature: "— Hikmet Hajiyev (@HikmetHajiyev) October 16, 2020".
_POST_SIGNATURE = re.compile(
    r"^[—–-]\s*[^()]{2,60}\(@\w{1,30}\)\s+(?:[^\W\d_]+\.?\s+\d{1,2},?|\d{1,2}\.?\s+[^\W\d_]+\.?)"
    r"\s+\d{4}$"
)
#: A weather widget: a temperature and a place ("-2°С Москва", "Bakı +12°C").
_WEATHER = re.compile(
    r"^(?:[^\W\d_][\w -]{0,30}\s+)?[+\-−–]?\d{1,2}\s*°\s*[CСFcс]?(?:\s+[^\W\d_][\w -]{0,30})?$"
)
#: A page's script that leaked into its text ("window.yaContextCb.push( fu").
_SCRIPT_OPENERS = ("window.", "document.")
_SCRIPT = re.compile(r"^(?:window|document)\.[\w.$]+\s*[(=]|\bfunction\s*\(")
#: A site's address alone on a line, its sign-off ("Femida.az", "Modern.az").
_DOMAIN = re.compile(r"^(?:www\.)?[^\W_][\w-]*(?:\.[\w-]+)*\.[^\W\d_]{2,6}$")
#: A label and the page's own address ("Постоянный адрес новости: eadaily.com/ru/news/...").
_PERMALINK = re.compile(r"^[^\W\d_][^:]{1,40}:\s*(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/\S*$")
#: A link's arrow opening a line: a page's "read also" link to another story (">> LIRE
#: AUSSI - ...", "► Читайте также", "→ Read more"), or back to the story before ("<< Önceki
#: Haber ... Sonraki Haber >>"); one ">" or "<" alone is a quotation's or a comparison's mark.
_LINK_ARROWS = (">>", "»»", "<<", "««", "→", "►", "▶", "➤", "⇒", "⟶")
#: A page's notice to the reader's browser, in whatever language the page is: the word
#: no news sentence of this conflict writes ("Please ensure Javascript is enabled", "Для
#: работы сайта включите JavaScript").
_JAVASCRIPT = re.compile(r"\bjava\s?script\b", re.IGNORECASE)
#: A list's bullet ("• Gündəm • Hərbi", "• Country:", "• Azerbaijan").
_BULLETS = re.compile(r"\s*[•·▪]\s*")
#: A bullet's item of a page's menu or tag list has at most this many words.
_MENU_WORDS = 3


def _is_page_shape(text: str) -> bool:
    """Is ``text`` furniture by its shape, whatever its words: a name alone in brackets, an
    embedded post's signature, a weather widget, a page's script, a site's address alone
    or after a label, a menu or tag list of short bulleted items? Each test first looks for
    its mark (a bracket, a dash, "°", a dot, a slash, a bullet), so a line of text costs a
    few character tests."""
    first = text[0]
    if first == "(" and _is_bracketed_name(text):
        return True
    if first in "—–-" and "(@" in text and _POST_SIGNATURE.match(text):
        return True
    if "°" in text and len(text) <= _WIDGET_CHARS and _WEATHER.match(text):
        return True
    if (
        "(" in text
        and (text.startswith(_SCRIPT_OPENERS) or "function" in text)
        and _SCRIPT.search(text)
    ):
        return True
    if "." in text and len(text) <= _WIDGET_CHARS and _DOMAIN.match(text):
        return True
    if "/" in text and ":" in text and _PERMALINK.match(text):
        return True
    if text.startswith(_LINK_ARROWS) and len(text) <= _TEASER_CHARS:
        return True  # ">> LIRE AUSSI - L'Azerbaïdjan annonce ...", "→ Read more": a link
    if (
        ("cript" in text or "CRIPT" in text)
        and len(text) <= _TEASER_CHARS
        and _JAVASCRIPT.search(text)
    ):
        return True  # "You must enable Javascript on your browser for the site to work"
    if "|" in text and len(_TICKER_ITEM.findall(text)) >= _TICKER_ITEMS:
        return True  # "20:15 Bakıda ... | 20:10 İki günlük ... | 20:02 ...": a news ticker
    return first in "•·▪" and _is_menu(text)


#: An item of a news ticker: a clock time opening the line or a part after "|", a title
#: after it. A line of two or more is other stories' titles, each with its time.
_TICKER_ITEM = re.compile(r"(?:^|\|)\s*\d{1,2}:\d{2}\s+[^\W\d_]")
_TICKER_ITEMS = 2


def _is_bracketed_name(text: str) -> bool:
    """Is ``text`` a name alone in brackets, of a few capitalised words and no sentence's
    end ("(Belga)", "(Armenpress)"; not "(He denied it.)")?"""
    found = _BRACKETED_NAME.match(text)
    if found is None:
        return False
    name = found.group("name")
    words = name.split()
    return (
        len(words) <= _MENU_WORDS
        and all(w[:1].isupper() for w in words)
        and not ends_sentence(name)
    )


def _is_menu(text: str) -> bool:
    """Is ``text`` (opening with a bullet) a run of short bulleted items that is no sentence:
    a menu's path or a list of tags ("• Gündəm • Hərbi", "• Azerbaijan")?"""
    items = [item for item in _BULLETS.split(text) if item]
    return (
        bool(items)
        and all(len(item.split()) <= _MENU_WORDS for item in items)
        and not ends_sentence(text)
    )


#: A legal notice or banner in capitals ("НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН ...").
_CAPITAL_WORDS = 8


def _is_capital_banner(text: str) -> bool:
    # str.isupper() first (it passes over letters without case; the loop does not)
    return (
        text.isupper()
        and len(text.split()) >= _CAPITAL_WORDS
        and all(c.isupper() for c in text if c.isalpha())
    )


#: A label with nothing after it: one or two words and a colon ("Müəllif:", "Read also:",
#: "Теги:"), what a page's template left when its field was empty.
_BARE_LABEL = re.compile(r"^[^\W\d_][\w'’-]*(?:\s+[\w'’-]+)?\s*:$")
#: A short line in capitals (buttons, section names, sub-headings: "HABERE YORUM KAT",
#: "GÜNCEL / SİYASET ABONE OL", "282 ASKER YARALI"): from two words up to this many.
_CAPITAL_LABEL_WORDS = 12


#: A dateline's marks: an agency in brackets, a dash at its end ("YEREVAN (AFP) -"), a
#: comma after its place ("BAKU, AZERBAIJAN"): a dateline, read as one elsewhere.
_AGENCY_MARKS = re.compile(r"[()\[\],]|[-–—]\s*$")


#: A widget's line: at most this many characters, fewer than three letters ("233", "0",
#: "+ ↺ − 16 px", "1 589": counters, font-size buttons).
_WIDGET_CHARS = 40


def _is_letterless(text: str) -> bool:
    """Is ``text`` a short line of (almost) no letters: a counter or a widget's symbols?"""
    return len(text) <= _WIDGET_CHARS and sum(c.isalpha() for c in text) < 3


#: A tag or section name: one word in lower case, nothing else ("կարևոր", "politics").
_TAG_WORD = re.compile(r"^[^\W\d_A-ZА-ЯԱ-ՖÇĞİÖŞÜƏ]\w{0,24}$")


def _is_tag_word(text: str) -> bool:
    """Is ``text`` one lower-case word alone on its line: a page's tag or section name
    (no sentence is one lower-case word; a place or a name alone is capitalised)?"""
    return _TAG_WORD.match(text) is not None and text[0].islower()


def _is_bare_label(text: str) -> bool:
    """Is ``text`` a label of one or two words and a colon, with nothing after it?"""
    return _BARE_LABEL.match(text) is not None


def _is_capital_label(text: str) -> bool:
    """Is ``text`` a short line all in capitals that is no sentence (no full stop, "!" or
    "?" at its end): a page's button, section name or sub-heading, in any language with
    capitals? A capitalised headline that ends a sentence ("SINIRDA ŞOK SALDIRI! İKİ ASKER
    ÖLDÜ!") stays, and so does a line of one word or an acronym, and a dateline
    ("YEREVAN (AFP) -")."""
    if not text.isupper():  # a lower-case letter, or none with a case: quick, and most lines
        return False
    words = text.split()
    letters = [c for c in text if c.isalpha()]
    return (
        2 <= len(words) <= _CAPITAL_LABEL_WORDS
        and len(letters) >= 6
        and all(c.isupper() for c in letters)
        and sum(1 for w in words if any(c.isalpha() for c in w)) >= 2
        and not ends_sentence(text)
        and not _AGENCY_MARKS.search(text)
    )


def _opens_with_capital_related(text: str) -> bool:
    """Does a line open with a label of links to other stories written in capitals, then a
    title or nothing ("ԿԱՐԴԱՑԵՔ ՆԱԵՎ Վարչապետն այցելեց ... ԿԱՐԴԱՑԵՔ ՆԱԵՎ ...", "READ ALSO
    Baku says ...")? A widget's label, whatever follows; a sentence opened in capitals
    ("MORE THAN 100 ...") goes on in capitals, a title after a label does not."""
    if not text[:2].isupper():
        return False
    found = _page_words().related_start.match(text)
    if found is None or not found.group(0).isupper():
        return False
    rest = text[found.end() :].split(maxsplit=1)
    return not rest or not rest[0].isupper()


#: A caption has one sentence before its photo's label, or none.
_CAPTION_TAILS = 3
#: A photo's label and its credit closing a line: a label (up to 30 characters), its
#: credit (up to 40), the marks between.
_PHOTO_TAIL_CHARS = 90


def _is_labelled_caption(text: str) -> bool:
    """Is a line a photo's caption closed by its label: one short sentence, then the pack's
    photo label with its credit or alone ("Армянские военные в Карабахе. Фото: SCANPIX",
    "... Фото иллюстративное.")? A sentence before it that tells the news would have more
    than one sentence, or be longer than a caption."""
    if len(text) > _CAPTION_CHARS or (not text[-1:].isalnum() and text[-1:] not in ".)"):
        return False
    head = text
    for _ in range(_CAPTION_TAILS):
        # a label and its credit are a line's last few dozen characters
        tail = _page_words().photo_tail.search(head, max(0, len(head) - _PHOTO_TAIL_CHARS))
        if tail is None:
            break
        head = head[: tail.start() + 1]
    return head != text and _is_caption_text(head.strip())


#: A line all in square brackets: an editor's list of links or aside ("[The news as it
#: happened: 27 September, 28 September ...]").
_BRACKETED = re.compile(r"^\[[^\[\]]{10,}\]\W*$")


@functools.lru_cache(maxsize=8192)
def _is_boilerplate(text: str) -> bool:
    """``is_boilerplate`` of a line whose spaces are already normalised.

    Memoised: a paragraph of one line is tested again as a block, and page
    furniture repeats from article to article.
    """
    if not text:
        return False
    words = _page_words()
    if (
        len(text) < 600
        and words.cookie is not None
        and words.cookie.search(text)
        and words.cookie_context is not None
        and words.cookie_context.search(text)
    ):
        return True
    furniture = _pack_furniture()
    if len(text) < 600 and furniture is not None and furniture.search(text):
        return True
    if _is_repeated_piece(text) or _BRACKETED.match(text) or _is_capital_banner(text):
        return True
    if _is_doubled_title(text):
        return True
    if _opens_with_capital_related(text) or _is_labelled_caption(text):
        return True
    if _is_bare_label(text) or _is_capital_label(text) or _is_letterless(text):
        return True
    if _is_tag_word(text) or _is_counter(text) or _is_page_shape(text):
        return True
    if len(text) > 300:
        return False
    if "*" in text or "_" in text:  # every mark of emphasis is one of them
        text = _MD_EMPHASIS.sub("", text)  # "**Read more:** ...", "*Support our work*"
    return bool(
        words.boilerplate_start.match(text)
        or (words.boilerplate_anywhere is not None and words.boilerplate_anywhere.search(text))
    )


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 8 or any(ch.isdigit() for ch in name):
        return False
    if not words[0][0].isupper():
        return False
    particles = _page_words().name_words
    return all(w[0].isupper() or w.lower() in particles for w in words if w[0].isalpha())


@dataclass
class _Facts:
    """What the text says about itself, gathered while cleaning."""

    header_date: _RawDate | None = None
    header_month: str | None = None  # "2022-12": the header gives the month only
    dateline_day: tuple[int, int] | None = None  # (month, day) of a dateline with no year
    header_line: int | None = None
    dateline_date: _RawDate | None = None
    dateline_line: int | None = None
    wire: str | None = None
    author: str | None = None
    outlet: str | None = None
    dateline_place: str | None = None
    headline: str | None = None
    url: str | None = None
    language: str | None = None
    last_furniture_line: int | None = None  # the last line dropped as page furniture
    problems: list[Problem] = field(default_factory=list)


def _outlet_suffix(part: str, outlets: Outlets) -> tuple[str, Outlet | None]:
    """A byline part that ends with a known outlet's name: (the rest, the outlet)."""
    words = part.split()
    for size in range(min(4, len(words) - 1), 0, -1):
        outlet = outlets.find(" ".join(words[-size:]))
        name = " ".join(words[:-size])
        if outlet is not None and _looks_like_name(name):
            return name, outlet
    return part, None


#: A name's short form in brackets after it ("Anadolu Ajansı (AA)").
_SHORT_NAME = re.compile(r"\s*\(([^()]{2,12})\)$")


def _credit(who: str, outlets: Outlets, facts: _Facts, *, as_author: bool) -> None:
    """Sort the parts of a byline or SOURCE: line into wire, outlet and author."""
    authors: list[str] = []
    for part in re.split(r"\s*(?:,|;|\||/|\s[-–—•]\s|\band\b|&|\bwith\b|\bvia\b)\s*", who):
        part = part.strip(" .")
        if not part or part.lower() in _page_words().generic_sources or _match_date(part):
            continue
        bare = re.sub(r"\b(?:staff|reporters?|news agency|correspondent)\b", "", part, flags=re.I)
        outlet = outlets.find(part) or outlets.find(bare)
        short = _SHORT_NAME.search(part)  # "Anadolu Ajansı (AA)": the name, or its letters
        if outlet is None and short is not None:
            outlet = outlets.find(part[: short.start()]) or outlets.find(short.group(1))
        if outlet is None:  # "DASHA LITVINOVA Associated Press": a name, then its outlet
            name, outlet = _outlet_suffix(part, outlets)
            if outlet is not None and as_author:
                authors.append(name)
        if outlet is not None:
            if outlet.kind == "agency" and as_author:
                facts.wire = facts.wire or outlet.name
            elif outlet.kind == "agency" and facts.outlet is None and facts.wire is None:
                facts.wire = outlet.name
            else:
                facts.outlet = facts.outlet or outlet.name
        elif as_author and _looks_like_name(part):
            authors.append(part)
    if authors and facts.author is None:
        # keep "A and B" together as written
        names = [a for a in authors]
        facts.author = " and ".join(names) if len(names) <= 2 else ", ".join(names)


# Front matter: a YAML block between "---" lines, or Pelican's "Key: value"
# lines, at the top of a file. Keys are matched case-folded; values are flat.
_FRONT_KEYS: dict[str, str] = {
    **dict.fromkeys(("title", "headline"), "headline"),
    **dict.fromkeys(
        ("date", "published", "pubdate", "date_published", "published_at", "publish_date"),
        "date",
    ),
    **dict.fromkeys(("author", "authors", "byline"), "author"),
    **dict.fromkeys(("source", "outlet", "publisher", "site", "site_name"), "outlet"),
    **dict.fromkeys(("url", "link", "canonical", "canonical_url", "source_url"), "url"),
    **dict.fromkeys(("lang", "language"), "language"),
}
_FRONT_LINE = re.compile(r"^(?P<key>[A-Za-z][\w .-]{0,30}?)\s*:\s*(?P<value>.*?)\s*$")
_FRONT_FENCE = re.compile(r"^-{3,}\s*$")
_FRONT_END = re.compile(r"^(?:-{3,}|\.{3})\s*$")
_MAX_FRONT_LINES = 60


def _credit_outlet(outlet: Outlet, facts: _Facts) -> None:
    """An outlet a dateline, header or credit line names: a news agency is the
    wire, any other outlet the outlet (the first one found stays)."""
    if outlet.kind == "agency":
        facts.wire = facts.wire or outlet.name
    else:
        facts.outlet = facts.outlet or outlet.name


def _stamp_credits(text: str, outlets: Outlets, facts: _Facts) -> None:
    """Credit the known outlets a line of stamps names between its bars ("PTI | Baku |
    Updated: 27-09-2023 13:11 IST | Created: ..."): a news agency is the wire."""
    for part in _STAMP_SEPARATOR.split(text):
        outlet = outlets.find(part.strip(" ."))
        if outlet is not None:
            _credit_outlet(outlet, facts)
    head, stamps = _labelled_stamps(text)
    byline = _page_words().byline.match(head) if stamps and head else None
    if byline and _looks_like_name(byline.group("name").strip(" ,")):
        _credit(byline.group("name"), outlets, facts, as_author=True)
    named = outlets.find(head) if stamps and head and byline is None else None
    if named is not None:  # "Ouest-France Publié le ..."
        _credit_outlet(named, facts)


#: How many lines under a date the weather of a page's masthead may stand.
_MASTHEAD_LINES = 3


def _stamp_of_a_list(lines: Sequence[str], index: int, raw: _RawDate) -> bool:
    """Is the stamp alone on line ``index`` none of the article's: one of a run of stamp
    lines of different dates (the stamps of a list of other stories whose titles the page
    lost: "7-06-2021, 11:41" / "26-02-2019, 10:27"), or a masthead's date over its weather
    ("Ուրբաթ, 22 սեպտեմբերի, 2023 թ." / "Ստեփանակերտում` +15 °C", "... / Երևանում / -2":
    the day the page was seen)? Whatever their language: the shape says so."""
    for near in (index - 1, index + 1):
        if 0 <= near < len(lines) and lines[near].strip():
            other = _dateline(normalize_spaces(lines[near]))
            if other is not None and other[0] != raw:
                return True
    below = [line for line in lines[index + 1 : index + 1 + 2 * _MASTHEAD_LINES] if line.strip()]
    if any(_TEMPERATURE.search(line) for line in below[:_MASTHEAD_LINES]):
        return True
    if _calendar_below(below):
        return True
    return sum(1 for line in below[:_MASTHEAD_LINES] if _MENU_ITEM.match(line)) >= 2


#: A calendar's heading: a month's name and a year alone on the line, maybe between its
#: arrows ("«    Sentyabr 2024    »").
_CALENDAR_HEADING = re.compile(r"^\W*(?P<month>[^\W\d_]{3,12})\.?\s+(?:19|20)\d\d\W*$")
#: A calendar's week: seven days' numbers, spaced or run together ("2345678",
#: "9101112131415", "16 17 18 19 20 21 22").
_CALENDAR_WEEK = re.compile(r"^\s*(?:\d{1,2}\s*){7}$")
#: A calendar's first week follows its heading within this many lines (the weekdays'
#: names and a short first week between them).
_CALENDAR_GAP = 3


def _calendar_below(below: Sequence[str]) -> bool:
    """Do the lines under a stamp hold a calendar, a month's heading and a week of day
    numbers under it (an archive's date picker: "«    Sentyabr 2024    »" / "BeÇaÇCaCŞB" /
    " 1" / "2345678")? The stamp over it is the page's clock, the day the page was seen."""
    for at, line in enumerate(below):
        heading = _CALENDAR_HEADING.match(line)
        if heading is None or _month_number(heading["month"]) is None:
            continue
        after = below[at + 1 : at + 1 + _CALENDAR_GAP]
        if any(len(week) <= 30 and _CALENDAR_WEEK.match(week) for week in after):
            return True
    return False


#: An item of a page's menu: a bullet and one to three words, nothing else ("  • İçel",
#: "- Siyasət"); a masthead's date over a menu is the day the page was seen, not the
#: article's (aydinlik.com.tr: "22 Kasım 2024 Cuma" / "İstanbul" / "  • İçel" / ...).
_MENU_ITEM = re.compile(r"^\s*[•·▪●◦‣*\-–]\s*[^\W\d][\w'’.-]*(?:\s+[\w'’.-]+){0,2}\s*$")


#: A temperature: a page's weather ("+15 °C", "-3°"), or a signed number alone on its line
#: ("-2" under "եղանակը Երևանում").
_TEMPERATURE = re.compile(r"[+\-−]?\d{1,2}\s?°|^\s*[+\-−]\d{1,2}\s*$")


def _first_dateline(raw: _RawDate, line: int, facts: _Facts) -> None:
    """Record a dateline's date (``line`` is 1-based) unless one came before."""
    if facts.dateline_date is None:
        facts.dateline_date, facts.dateline_line = raw, line


def _front_value(value: str) -> str:
    """A flat YAML value as written: quotes off; a list, block or empty value is None."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return "" if value[:1] in ("[", "{", "|", ">", "&", "*") else value


def _front_matter(lines: list[str], outlets: Outlets, facts: _Facts) -> list[str]:
    """Read and blank a front matter block at the top (line numbers kept): a
    YAML block fenced by ``---``, or ``Key: value`` lines whose first key is
    known (Pelican's Markdown and MultiMarkdown headers), up to a blank line."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return lines
    fenced = bool(_FRONT_FENCE.match(lines[first]))
    start = first + 1 if fenced else first
    found = _FRONT_LINE.match(lines[start]) if start < len(lines) else None
    if not fenced and (found is None or found.group("key").casefold() not in _FRONT_KEYS):
        return lines
    end: int | None = None
    for index in range(start, min(len(lines), start + _MAX_FRONT_LINES)):
        line = lines[index]
        if (fenced and _FRONT_END.match(line)) or (not fenced and not line.strip()):
            end = index
            break
        if not fenced and not _FRONT_LINE.match(line):
            return lines  # not a header after all: text with a colon in it
    if end is None and fenced:
        return _unclosed_front_matter(lines, first, outlets, facts)
    if end is None:
        return lines  # not a header after all
    for index in range(start, end):
        pair = _FRONT_LINE.match(lines[index])
        role = _FRONT_KEYS.get(pair.group("key").casefold()) if pair else None
        value = _front_value(pair.group("value")) if pair else ""
        if role is not None and value:
            _front_fact(role, value, index + 1, outlets, facts)
    out = list(lines)
    for index in range(first, end + 1 if fenced else end):
        out[index] = ""
    return out


def _unclosed_front_matter(
    lines: list[str], first: int, outlets: Outlets, facts: _Facts
) -> list[str]:
    """A front matter block opened by ``---`` at ``lines[first]`` and never
    closed: reported; its ``Key: value`` lines up to the first other line are
    read as front matter and blanked with the fence, never left as text (to
    become the headline). A fence not followed by a ``Key: value`` line is a
    horizontal rule: left as it is."""
    if first + 1 >= len(lines) or _FRONT_LINE.match(lines[first + 1]) is None:
        return lines  # a horizontal rule, not front matter
    facts.problems.append(
        Problem(
            "",
            first + 1,
            "front matter opened with '---' is never closed",
            "end it with a '---' line",
            "warning",
        )
    )
    out = list(lines)
    out[first] = ""
    for index in range(first + 1, min(len(lines), first + 1 + _MAX_FRONT_LINES)):
        pair = _FRONT_LINE.match(lines[index])
        if pair is None:
            break
        role = _FRONT_KEYS.get(pair.group("key").casefold())
        value = _front_value(pair.group("value"))
        if role is not None and value:
            _front_fact(role, value, index + 1, outlets, facts)
        out[index] = ""
    return out


def _front_fact(role: str, value: str, line: int, outlets: Outlets, facts: _Facts) -> None:
    """Record one front matter value (``line`` is 1-based) as the fact it states."""
    if role == "headline":
        facts.headline = facts.headline or normalize_spaces(value)
    elif role == "author":
        _credit(value, outlets, facts, as_author=True)
    elif role == "outlet":
        known = outlets.find(value)
        if known is not None:
            _credit_outlet(known, facts)
        else:
            facts.outlet = facts.outlet or value
    elif role == "url":
        facts.url = facts.url or (value if url_problem(value) is None else None)
    elif role == "language":
        code = value.casefold().replace("_", "-").split("-")[0]
        facts.language = facts.language or (code if code in packs() else None)
    elif role == "date" and facts.header_date is None:
        written = _match_date(value)
        if written is None:
            facts.problems.append(
                Problem(
                    "",
                    line,
                    f"front matter date {value!r} is not a date; ignored",
                    "write it as YYYY-MM-DD",
                    "warning",
                )
            )
        else:
            facts.header_date, facts.header_line = written[0], line


# "Коммерсантъ, 13.09.2022, 16:40", "Trend | 16 noyabr 2021": the outlet's name, then the date.
_OUTLET_DATELINE = re.compile(
    r"^(?P<who>[^\W\d_][^,|•–—]{1,40}?)(?:\s*[,|•–—]|\s+-)\s*(?P<rest>\d.*)$"
)
#: A stamp, then a known outlet's name ("16 ноября 2021, 14:35 — REGNUM").
_DATELINE_OUTLET = re.compile(
    r"^(?P<rest>\d.{5,60}?)\s+(?:—|–|-|\|)\s+(?P<who>[^\W\d_][^\d|]{1,40})$"
)
#: A known outlet's name and its date with only a space between ("AA 16.11.2021").
_OUTLET_SPACE_DATELINE = re.compile(r"^(?P<who>[^\W\d_][^\d,|•–—]{1,40}?)\s+(?P<rest>\d.*)$")
_VIA = re.compile(r"\s+via\s+")


def _outlet_dateline(text: str, outlets: Outlets, facts: _Facts) -> tuple[_RawDate, bool] | None:
    """A dateline after a known outlet's name; the outlet recorded when it is one."""
    for form in (_OUTLET_DATELINE, _OUTLET_SPACE_DATELINE, _DATELINE_OUTLET):
        found = form.match(text)
        if found is None:
            continue
        outlet = outlets.find(found.group("who").strip())
        dateline = _dateline(found.group("rest")) if outlet is not None else None
        if outlet is not None and dateline is not None:
            _credit_outlet(outlet, facts)
            return dateline
    return None


def _stamp_shaped(text: str) -> bool:
    """Does a line look like a page's stamp wherever it stands: a clock time or a stamp's
    label on it? Then it is read even between two lines of text (a long headline with no
    full stop, then "16.11.2021 10:35", then the lede), where a bare date might be a
    hard-wrapped sentence's piece."""
    label = _page_words().dateline_label.match(text)
    return bool(_COLON_CLOCK.search(text) or (label and label.group("label")))


#: A clock time no date can be mistaken for ("10:35", "14h35", "5 pm"; "17.11" may be a
#: day and month).
_COLON_CLOCK = re.compile(r"\d{1,2}:\d{2}|\d{1,2}\s?h\s?\d{2}\b|\d\s*[ap]\.?m\b", re.IGNORECASE)


#: A line of the article's text: a sentence this long at least.
_BODY_CHARS = 80
#: The lines from a widget's heading to the stamp of its first teaser ("ПОСЛЕДНИЕ ОТ
#: АВТОРА", "-", "2025-06-26 20:14").
_TEASER_GAP = 3
_HEADING_WORDS = 6


def _is_widget_heading(text: str) -> bool:
    """Is a line a page widget's heading in capitals ("ПОСЛЕДНИЕ ОТ АВТОРА", "LATEST NEWS",
    "BÖLMƏNİN ÇOX OXUNANLARI"): a few words, no digit, no sentence's end? After the
    article's text, the stamps under it are its teasers', not the article's."""
    return (
        text.isupper()
        and len(text.split()) <= _HEADING_WORDS
        and not _DIGIT.search(text)
        and not ends_sentence(text)
    )


#: A clock time right after a stamp's date, before the headline ("24.11.2022 02:31 ...").
_CLOCK_AFTER_DATE = re.compile(rf"^\s*[-,|/•]?\s*{_CLOCK_TIME}(?!\d)")
#: A headline has a few words at least, and is no paragraph.
_HEADLINE_WORDS = 3


def _stamp_before_headline(text: str) -> tuple[_RawDate, str] | None:
    """The stamp and the headline of a page's first line that prints them together, the
    date and its clock time before the title, maybe run into it where the page set them
    in two boxes ("02:31 / 24.11.2022Минобороны Армении обвинило Азербайджан в ранении
    солдата", "24.11.2022 02:31 Headline"): (the date, the headline), or None. A clock time
    is needed (a date alone may open a sentence: "17.11.2021 was a quiet day"), and the
    headline opens with a capital and is no paragraph."""
    if not _DIGIT.match(text):
        return None
    time_head = _TIME_HEAD.match(text)
    rest = text[time_head.end() :] if time_head else text
    found = _match_date(rest)
    if found is None or found[0].value() is None:
        return None
    raw, tail = found
    clock = _CLOCK_AFTER_DATE.match(tail)
    if clock is not None:
        tail = tail[clock.end() :]
    elif time_head is None:
        return None
    headline = tail.lstrip(_STAMP_PUNCTUATION)
    if (
        not headline[:1].isupper()
        or len(headline.split()) < _HEADLINE_WORDS
        or len(headline) > _TEASER_CHARS
    ):
        return None
    return raw, headline


#: A stamp in brackets closing a line: "Hadisə (27-02-2017, 11:11)".
_CLOSING_STAMP = re.compile(r"^(?P<head>\S.{0,200}?)\s*[\[(](?P<inner>[^\[\]()]{6,40})[\])]$")


#: A step of a page's path: "Əsas Səhifə > Azərbaycan", "Главная » Политика".
_PATH_STEP = re.compile(r"\s[>»]\s")
#: A dash before a stamp closing a head line ("... əsir götürülüb -27-05-2021, 12:03. |").
_DASHED_CLOSING = re.compile(r"\s[-–—]\s*(?=\d)")
#: How long the stamp closing a head line may be.
_CLOSING_STAMP_CHARS = 40


def _dashed_stamp_after_title(text: str) -> tuple[_RawDate, str] | None:
    """The stamp after a dash closing a line of the page's head, after the headline
    ("Kəlbəcərdə altı erməni hərbçisi əsir götürülüb -27-05-2021, 12:03. |"): (the date,
    the words before it), or None. As in brackets: a clock time is needed, the words
    before it end no sentence, an update stamp is no publication's."""
    for dash in _DASHED_CLOSING.finditer(text):
        inner = text[dash.end() :].rstrip(" .|")
        if len(inner) > _CLOSING_STAMP_CHARS or not _COLON_CLOCK.search(inner):
            continue
        head = text[: dash.start()].strip()
        stamp = _stamp(inner)
        if stamp is None or stamp[1] or not head or ends_sentence(head):
            return None
        return stamp[0], head
    return None


def _stamp_after_title(text: str) -> tuple[_RawDate, str] | None:
    """The stamp in brackets closing a line of the page's head, after a section's name or
    the headline ("Hadisə (27-02-2017, 11:11)", "В Армении и Азербайджане заявили о
    перестрелке в Карабахе (05.03.2023 11:55)"): (the date, the words before it), or None.
    A clock time is needed (a date alone in brackets may be a sentence's, "(17.11.2021)"),
    the words before it end no sentence, and an update stamp is no publication's."""
    if not _COLON_CLOCK.search(text):
        return None
    if not text.endswith((")", "]")):
        return _dashed_stamp_after_title(text)
    found = _CLOSING_STAMP.match(text)
    if found is None or ends_sentence(found["head"]) or not _COLON_CLOCK.search(found["inner"]):
        return None
    stamp = _stamp(found["inner"])
    if stamp is None or stamp[1]:
        return None
    return stamp[0], found["head"]


def _scan_lines(lines: list[str], outlets: Outlets, facts: _Facts) -> list[str]:
    """Blank out header, byline, dateline, SOURCE: and boilerplate lines; record their facts."""
    out = list(lines)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None:
        header = _HEADER.match(lines[first].strip())
        if header:
            found = _match_date(header.group("date"))
            month = _HEADER_MONTH.match(header.group("date"))
            facts.header_line = first + 1
            if found:
                facts.header_date = found[0]
            elif month and 1 <= int(month["month"]) <= 12:
                facts.header_month = f"{month['year']}-{month['month']}"
            else:
                facts.problems.append(
                    Problem(
                        "",
                        first + 1,
                        f"header line has no valid date: {header.group('date')!r}",
                        "write the header as 'date YYYY-MM-DD'",
                        "warning",
                    )
                )
            rest = header.group("rest")
            byline = _page_words().header_byline.search(rest)
            if byline:
                _credit(byline.group("name"), outlets, facts, as_author=True)
            # the scraper's header words go; the text after them is the article's first
            # line (and meets the line rules below), unless it is the header's own byline
            # and stamps ("By AFP - Nov 16,2021 - Last updated at Nov 16,2021") or a label
            # of a few words ("WORLD", "Advanced search")
            label = len(rest.split()) < _HEADER_TEXT_WORDS
            out[first] = "" if label or (byline and byline.start() == 0) else rest
        else:
            head_stamp = _stamp_before_headline(normalize_spaces(lines[first]))
            if head_stamp is not None:  # "02:31 / 24.11.2022Минобороны Армении обвинило ..."
                _first_dateline(head_stamp[0], first + 1, facts)
                out[first] = head_stamp[1]
    previous_ends = True
    body_seen = False  # has a line of the article's text come before?
    teaser_heading: int | None = None  # the last widget heading after it ("LATEST NEWS")
    page_head = normalize_spaces(lines[first]) if first is not None else None
    for index, line in enumerate(out):
        text = normalize_spaces(line)
        if not line.strip():
            previous_ends = True
            continue
        whole = previous_ends
        # a page's path ("Əsas Səhifə > Azərbaycan / Manşet > <the headline> -") ends its line
        previous_ends = ends_sentence(text) or len(text) < 60 or len(_PATH_STEP.findall(text)) >= 2
        if body_seen and _opens_teaser_list(text):
            teaser_heading = index
        byline = _page_words().byline.match(text)
        if whole and byline and _looks_like_name(byline.group("name").split(" - ")[0].strip(" ,")):
            _credit(byline.group("name"), outlets, facts, as_author=True)
            stamped = _dateline(text)  # "Par X - Publié le ...": the byline's stamp
            if stamped is not None and not stamped[1]:
                _first_dateline(stamped[0], index + 1, facts)
            out[index] = ""
            continue
        alone = index + 1 >= len(out) or not out[index + 1].strip()
        dateline = _outlet_dateline(text, outlets, facts) if whole else None
        if dateline is None and (whole or alone or _stamp_shaped(text)):
            dateline = _dateline(text)
            if dateline is not None:
                _stamp_credits(text, outlets, facts)
        closing = _stamp_after_title(text) if dateline is None and whole and not body_seen else None
        if closing is not None:  # "Hadisə (27-02-2017, 11:11)": a section's name goes
            _first_dateline(closing[0], index + 1, facts)
            out[index] = closing[1] if len(closing[1].split()) >= _HEADLINE_WORDS else ""
            continue
        if dateline is not None:
            raw, is_update = dateline
            teaser = teaser_heading is not None and index - teaser_heading <= _TEASER_GAP
            if not is_update and not teaser and not _stamp_of_a_list(lines, index, raw):
                _first_dateline(raw, index + 1, facts)
            out[index] = ""
            continue
        body_seen = body_seen or (len(text) >= _BODY_CHARS and ends_sentence(text))
        source = _page_words().source_line.match(text)
        if whole and source:
            _credit(source.group("who"), outlets, facts, as_author=False)
            via = _VIA.split(source.group("who"), maxsplit=1)
            if len(via) == 2 and facts.outlet is None and via[1].strip(" ."):
                # "Agence France-Presse via The Local": the outlet that reprinted it
                reprinter = outlets.find(via[1].strip(" ."))
                facts.outlet = reprinter.name if reprinter else via[1].strip(" .")
            known = any(
                outlets.find(_SHORT_NAME.sub("", p))  # "Anadolu Ajansı (AA)"
                for p in re.split(r",|;| and |&|/", source.group("who"))
            )
            tail = index >= len(lines) - 4
            if not known and tail and facts.outlet is None:
                who = re.split(r",|;| and |&|/", source.group("who"))[0].strip(" .")
                if who and who.lower() not in _page_words().generic_sources:
                    facts.outlet = who
            out[index] = ""
            continue
        if whole and _credit_line(text, outlets):
            _credit(_page_words().credit_join.sub(", ", text), outlets, facts, as_author=False)
            out[index] = ""
            continue
        if _is_boilerplate(text) or _is_stamped_headline(text, facts.headline or page_head):
            out[index] = ""
            facts.last_furniture_line = index + 1
    _captions_above_credits(lines, out)
    _epigraphs(out)
    _cut_caption_at_end(out)
    _teaser_lists(lines, out)
    _ranked_list(lines, out)
    _menu_blocks(lines, out)
    _titles_repeated(out)
    return out


#: A menu's or an advertisement's item: a few words, opened by a capital or a digit, that
#: end no sentence ("Start reading", "Reuters", "Politics").
_MENU_ITEM_WORDS = 4
#: A line of a menu's block goes with it up to this many words (its slogans: "One app.",
#: "Get all your news in one place."); a longer line is text, and stays.
_MENU_LINE_WORDS = 8
#: A block (lines between blank lines) is a menu when it has this many items at least, and
#: they are half its lines at least.
_MENU_LINES = 3
_ENDS_NO_SENTENCE = re.compile(r"[^.!?…։:;»\"”)\]]$")


def _is_menu_item(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= _MENU_ITEM_WORDS
        and (line[0].isupper() or line[0].isdigit())
        and _ENDS_NO_SENTENCE.search(line) is not None
    )


def _menu_blocks(lines: Sequence[str], out: list[str]) -> None:
    """Blank (in ``out``) the short lines of a menu's or an advertisement's block: lines
    between blank lines, half of them at least items of a few capitalised words that end
    no sentence ("Get all your news in one place." / "100’s of premium titles." / "One
    app." / "Start reading" / "Reuters" / "Politics"). Its slogans end with a full stop,
    but stand among the items; an article's text is sentences, and a sentence wrapped
    over short lines goes on in lower case: a block with a line opened in lower case is
    no menu, whatever its names in capitals ("Ermənistan Respublikası" / "Baş nazirinin
    Aparatı"). Of writable dev, such blocks hold 9 annotated
    furniture lines and no claim sentence (a line over ``_MENU_LINE_WORDS`` words stays)."""
    start = 0
    while start < len(lines):
        if not lines[start].strip():
            start += 1
            continue
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        block = [normalize_spaces(line) for line in lines[start:end]]
        items = sum(_is_menu_item(line) for line in block)
        if (
            items >= _MENU_LINES
            and 2 * items >= len(block)
            and not any(line[:1].islower() for line in block)  # no sentence wrapped over it
        ):
            for index in range(start, end):
                if len(block[index - start].split()) <= _MENU_LINE_WORDS:
                    out[index] = ""
        start = end


#: A ranked list ("most read") numbers at least this many titles.
_RANKED_TITLES = 3


def _ranked_list(lines: Sequence[str], out: list[str]) -> None:
    """Blank (in ``out``) the titles of a ranked list: bare numbers 1, 2, 3, ... on lines of
    their own, each before one title (past.am's "1" "9-րդ դասարանի աշակերտը մահացել է ..."
    "2" ...). The numbers go as lines of no letters; their titles are other stories."""
    rows = [(index, line.strip()) for index, line in enumerate(lines) if line.strip()]
    start = 0
    while start < len(rows):
        if rows[start][1] != "1":
            start += 1
            continue
        rank, at, titles = 1, start, []
        while at + 1 < len(rows) and rows[at][1] == str(rank) and not rows[at + 1][1].isdigit():
            titles.append(rows[at + 1][0])
            rank, at = rank + 1, at + 2
        if len(titles) >= _RANKED_TITLES:
            for index in titles:
                out[index] = ""
        start = max(at, start + 1)


#: A page's path before a title repeated ("տուն Uncategorized <the title>", "Home › News
#: <the title>"): a few words.
_PATH_WORDS = 4


def _titles_repeated(out: list[str]) -> None:
    """Blank (in ``out``) a line that is the next line again with a few words before it
    that end no sentence: the page's path and the title it leads to ("տուն Uncategorized
    ԼՂՀ-ի ողջ սահմանի ... Արծրուն Հովհաննիսյան", then that title). The title itself stays;
    a sentence that merely ends with the next line's words has a sentence's end before
    them, or more words."""
    previous: int | None = None
    for index, line in enumerate(out):
        if not line.strip():
            continue
        if previous is not None:
            before, title = out[previous].strip(), line.strip()
            if (
                len(title) >= _HEADLINE_CHARS
                and len(before) > len(title)
                and before.endswith(title)
                and len(before[: -len(title)].split()) <= _PATH_WORDS
                and not ends_sentence(before[: -len(title)].strip())
            ):
                out[previous] = ""
        previous = index


#: A stamp beside the page's headline is short and mostly digits: "17.11.2021-10:49 -
#: (Son Güncelleme: 17.11.2021-12:21)" has 13 letters.
_STAMP_CHARS = 80
_STAMP_LETTERS = 30
#: A headline this short may be a sentence's end ("Armenia said.").
_HEADLINE_CHARS = 20


def _is_stamped_headline(text: str, headline: str | None) -> bool:
    """Is ``text`` the page's headline again with its stamp before or after it ("17.11.2021-
    10:49 - (Son Güncelleme: 17.11.2021-12:21) Azerbaycan İle Ermenistan Sınırında Sıcak
    Çatışma! ...", under that headline)? The template repeats the title over the text with
    its time: a line of the page's head, whatever its words, no sentence of the article.
    The stamp left over has a clock time, few letters and no sentence's end."""
    if not headline or len(headline) < _HEADLINE_CHARS or len(text) <= len(headline):
        return False
    line, head = text.rstrip(" ."), headline.rstrip(" .")
    if line.endswith(head):
        stamp = line[: -len(head)]
    elif line.startswith(head):
        stamp = line[len(head) :]
    else:
        return False
    return (
        len(stamp) <= _STAMP_CHARS
        and _COLON_CLOCK.search(stamp) is not None
        and sum(c.isalpha() for c in stamp) <= _STAMP_LETTERS
        and _SENTENCE_END.search(stamp) is None
    )


def _is_title_tags(text: str, headline: str | None) -> bool:
    """Is ``text`` the page's keywords: its headline again, then more phrases, each closed by
    a comma, the last one too ("Azerbaycan askeri, Karabağ'da Ermeni silah konvoyunu yakaladı,
    çatışma çıktı, Azerbaycan askerlerleri ile ermeni güçleri niçin çatıştı,")? A line that
    ends on a comma ends no sentence; one that opens with the title is no sentence of the
    text but the template's tag line.

    >>> _is_title_tags("Ceasefire holds in Karabakh, ceasefire, Karabakh news,",
    ...     "Ceasefire holds in Karabakh")
    True
    >>> _is_title_tags("Ceasefire holds in Karabakh, the ministry said.",
    ...     "Ceasefire holds in Karabakh")
    False
    """
    if not headline or len(headline) < _HEADLINE_CHARS or not text.endswith(","):
        return False
    head = headline.rstrip(" .!?…")
    if not text.casefold().startswith(head.casefold()):
        return False
    rest = text[len(head) :]
    return rest.startswith(",") and _SENTENCE_END.search(rest) is None


#: The longest line of a list of other stories under its heading: a title, a stamp, a
#: teaser cut short ("Страны ЕАЭС и Индия приняли решение ... Евразийской эконом"); a
#: longer line is the article's text again.
_TEASER_CHARS = 300
#: A list's heading is a few words.
_HEADING_CHARS = 60


@functools.cache
def _list_heading() -> re.Pattern[str] | None:
    """Every pack's ``list_headings``, as a whole line (a colon or a mark may close it)."""
    headings = _words("list_headings")
    if not headings:
        return None
    return re.compile(rf"^(?:{_either(headings)})\s*[:՝։.»>|•-]?$", re.IGNORECASE)


def _is_teaser(line: str) -> bool:
    """Could ``line`` be an item of a list of other stories: blank, or short and no whole
    sentence (a title, a stamp, a dash, a lead cut short)? A whole sentence may be the
    article's own again: it ends the list."""
    if not line.strip():
        return True
    text = normalize_spaces(line)
    return len(text) <= _TEASER_CHARS and (
        _CUT_SHORT.search(text) is not None
        or _is_dashed_title(text)
        or (text.endswith("?") and len(text) <= 2 * _HEADING_CHARS)  # a title, a poll's question
        or not _is_text_line(text)
    )


#: A teaser's lead cut short: an ellipsis closing the line after a word or a cut word
#: ("... üçün təhlükəsizlik t...", "hökumətin bu gün ..."), a whole sentence's end never.
_CUT_SHORT = re.compile(r"[^\W\d_,]\s?(?:\.\.\.|…)$")


def _is_text_line(line: str) -> bool:
    """Is ``line`` a sentence of text: ``_is_article_text``, or a sentence of enough words
    ending on a pack's own full stop ("...: " ends an Armenian wire's sentence)?"""
    text = normalize_spaces(line)
    return _is_article_text(text) or (
        len(text.split()) >= _TEXT_WORDS and text.endswith(_pack_terminals())
    )


@functools.cache
def _pack_terminals() -> tuple[str, ...]:
    """The marks some pack's sentences end with besides the full stop (``terminal``)."""
    return tuple(p.terminal for p in packs_by_priority() if p.terminal)


#: A list of links under a label has two titles at least.
_LIST_ITEMS = 2
#: A title behind a list's dash: a capital after the dash, no sentence's end or list
#: item's ";" after it ("- Qarabağda vəziyyət təhlükəlidirmi?" may ask).
_DASHED_TITLE = re.compile(r"^[-–—•]\s+(?=[^\W\d_])")


def _is_dashed_title(line: str) -> bool:
    """Is ``line`` a title behind a dash or bullet: capitalised, a few words, ending with
    no full stop or ";" (a list of the fallen, "- mayor Əhmədov Namiq Hajan oğlu;", is
    no list of links)?"""
    text = line.strip()
    found = _DASHED_TITLE.match(text)
    if found is None or len(text) > _TEASER_CHARS:
        return False
    title = text[found.end() :]
    return (
        title[:1].isupper()
        and len(title.split()) >= _HEADLINE_WORDS
        and not title.endswith((".", ";", ",", ":"))
    )


def _dashed_titles(lines: Sequence[str], index: int) -> int:
    """How many titles behind dashes follow a bare label on line ``index`` ("Həmçinin
    oxuyun:", "Read also:", then "- Minsk qrupu həmsədrləri Qarabağdadır", ...): a list
    of links to other stories, whatever its words; 0 when it is no such list (fewer than
    two titles, or a line that is no title among them)."""
    label = lines[index]
    if not label.rstrip().endswith(":") or not _is_bare_label(normalize_spaces(label)):
        return 0
    count = 0
    while index + count + 1 < len(lines) and _is_dashed_title(lines[index + count + 1]):
        count += 1
    return count if count >= _LIST_ITEMS else 0


def _opens_teaser_list(line: str) -> bool:
    """Is ``line`` (as the page gives it) the heading of a list of other stories: a pack's
    ``list_headings`` alone on its line ("Son xəbərlər", "Most read"), or a widget's heading
    in capitals (``_is_widget_heading``: "ПОСЛЕДНИЕ ОТ АВТОРА", "LATEST NEWS")? After the
    article's text, the lines under it are teasers: their stamps date no article
    (``_scan_lines``), their titles are no text (``_teaser_lists``)."""
    if not line or len(line) > 2 * _HEADING_CHARS:
        return False
    text = normalize_spaces(line)
    if not text:
        return False
    if _is_widget_heading(text):
        return True
    heading = _list_heading()
    return (heading is not None and heading.match(text) is not None) or _is_related_label(text)


def _is_related_label(text: str) -> bool:
    """Is ``text`` a label of links to other stories alone on its line, a mark or none
    after it ("A lire aussi", "SEE ALSO", "Читайте также:")? The titles under it are other
    stories' ("A lire aussi" over "Reprise des combats entre l'Azerbaïdjan et l'Arménie, les
    Etats-Unis appellent la Russie au secours"), wherever it stands in the text."""
    found = _page_words().related_start.match(text)
    return found is not None and not text[found.end() :].strip(" :՝։.»>|•-")


def _teaser_lists(lines: Sequence[str], out: list[str]) -> None:
    """Blank (in ``out``) a list of other stories closing the page: its heading (a pack's
    ``list_headings``: "ПОСЛЕДНИЕ ОТ АВТОРА", "Son xəbərlər", "Most read") alone on a line
    after the article's text, and the short lines under it (titles, stamps, cut teasers),
    whatever their language: a teaser is another story's sentence, not this article's. A
    heading before any text is a sidebar over the article (it opens no list of the page's
    end); a long line or a whole sentence ends the list (it may be the article's text)."""
    seen_text = False
    index = 0
    while index < len(out):
        # a bare label over titles behind dashes ("Həmçinin oxuyun:", "- Minsk qrupu ...")
        links = _dashed_titles(lines, index)
        if links:
            out[index : index + links + 1] = [""] * (links + 1)
            index += links + 1
            continue
        # the heading itself may be blanked already (a label in capitals): read the page's line
        if seen_text and _opens_teaser_list(lines[index]):
            out[index] = ""
            index += 1
            while index < len(out) and _is_teaser(out[index]):
                out[index] = ""
                index += 1
            continue
        seen_text = seen_text or (bool(out[index].strip()) and _is_text_line(out[index]))
        index += 1


#: A quotation standing alone: it opens with a quotation mark and closes with one (a full
#: stop, "!" or "?" may stand on either side of the closing mark).
_OPENS_QUOTE = re.compile(r"^[\"“«„‘']")
_CLOSES_QUOTED = re.compile(r"[\"”»“’'][.!?…]?$")
#: How many lines an epigraph's quotation may run over.
_EPIGRAPH_LINES = 4
#: How many words the name under an epigraph may have ("Heydar Aliyev", "Ilham Aliyev,
#: President").
_EPIGRAPH_NAME_WORDS = 6


def _is_epigraph_name(text: str) -> bool:
    """Is ``text`` the name signing a quotation: a few capitalised words (a dash before
    them, a title after a comma), no digits, no sentence's end?"""
    name = text.lstrip("—–-― ").split(",")[0].strip()
    words = name.split()
    return (
        0 < len(words) <= _EPIGRAPH_NAME_WORDS
        and len(text.split()) <= _EPIGRAPH_NAME_WORDS + 4
        and not any(ch.isdigit() for ch in text)
        and not ends_sentence(text)
        and all(w[:1].isupper() for w in words)
    )


def _epigraphs(out: list[str]) -> None:
    """Blank (in ``out``) an epigraph: a quotation on lines of its own, signed on the line
    under it by a name alone ("\"The army is a pillar of our country, nation, / state,
    independence!\" / Heydar Aliyev", a site's motto over a ministry's release; a pull
    quote). A quotation said in the article has its speech verb in its own sentence ("...,"
    he said); one signed by a bare name is page furniture, whatever its language."""
    index = 0
    while index < len(out):
        first = normalize_spaces(out[index])
        if not first or not _OPENS_QUOTE.match(first) or (index and out[index - 1].strip()):
            index += 1
            continue
        end = index
        while (
            end < min(len(out) - 1, index + _EPIGRAPH_LINES)
            and not _CLOSES_QUOTED.search(normalize_spaces(out[end]))
            and out[end + 1].strip()
        ):
            end += 1
        signed = end + 1 < len(out) and _is_epigraph_name(normalize_spaces(out[end + 1]))
        closes = _CLOSES_QUOTED.search(normalize_spaces(out[end])) is not None
        after = end + 2
        if signed and closes and (after >= len(out) or not out[after].strip()):
            for line in range(index, end + 2):
                out[line] = ""
            index = end + 2
            continue
        index += 1


#: A caption's date cut short where the page store's text ends ("Civilians take cover in a
#: shelter following the launch of a military operation by Azerbaijan, September 19, 20").
_CUT_CAPTION_DATE = re.compile(
    r",\s+(?:(?P<month>[^\W\d_]{3,12})\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:er)?\.?\s+"
    r"(?P<month2>[^\W\d_]{3,12})\.?),?\s+\d{1,3}$"
)


def _cut_caption_at_end(out: list[str]) -> None:
    """Blank (in ``out``) the text's last line when it is a photo's dated caption that the
    page store cut inside its year (see :func:`is_dated_caption`: one sentence, a comma, a
    month and day, and the first digits of the year, where the text ends): a caption
    dates and describes the photo, cut or whole."""
    last = next((i for i in range(len(out) - 1, -1, -1) if out[i].strip()), None)
    if last is None:
        return
    text = normalize_spaces(out[last])
    found = _CUT_CAPTION_DATE.search(text)
    if found is None or _SENTENCE_END.search(text[: found.start()]) or len(text) > _CAPTION_CHARS:
        return
    month = (found.group("month") or found.group("month2") or "").casefold()
    if month in _month_numbers() or unaccented(month) in _month_numbers():
        out[last] = ""


#: A photo's credit line is short ("© AFP", "Фото: РИА Новости"); a copyright notice has
#: its year ("© Reuters 2022") and closes the page instead.
_CREDIT_CHARS = 60
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: A caption is one sentence of at most this many characters.
_CAPTION_CHARS = 250
#: Article text: a sentence of at least this many words.
_TEXT_WORDS = 5
_INNER_SENTENCE_END = re.compile(r"[.!?…]\s+\S")


def is_photo_credit(text: str) -> bool:
    """Is ``text`` a photo's credit on a line of its own (a copyright sign or a pack's
    ``photo_labels`` and a name), not a page's copyright notice?

    >>> is_photo_credit("©Capture d'écran Twitter"), is_photo_credit("Фото: РИА Новости")
    (True, True)
    >>> is_photo_credit("© Reuters 2022")
    False
    """
    return (
        len(text) <= _CREDIT_CHARS
        and _page_words().photo_credit_line.match(text) is not None
        and _YEAR.search(text) is None
    )


def _is_caption_text(text: str) -> bool:
    """Could ``text`` be a photo's caption: one short sentence?"""
    return bool(text) and len(text) <= _CAPTION_CHARS and not _INNER_SENTENCE_END.search(text)


def _is_article_text(line: str) -> bool:
    """Is ``line`` (kept by the line rules) a sentence of the article's text?"""
    text = normalize_spaces(line)
    return len(text.split()) >= _TEXT_WORDS and ends_sentence(text)


def _captions_above_credits(lines: Sequence[str], out: list[str]) -> None:
    """Blank (in ``out``) the caption right above a photo's credit line: a paragraph of one
    short sentence, alone between blank lines, over a credit ("©Capture d'écran Twitter")
    after which the article goes on. Whatever its words, it describes the photo ("Au moins
    49 soldats arméniens ont été tués dans des affrontements ...", over a screenshot): it
    is no statement of the article. A credit that closes the page (nothing after it but
    furniture) says nothing of the line above it, which may be the article's last."""
    for index, line in enumerate(lines):
        if not is_photo_credit(normalize_spaces(line)):
            continue
        if not any(_is_article_text(later) for later in out[index + 1 :]):
            continue
        above = index - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        if above < 0 or (above > 0 and lines[above - 1].strip()):
            continue  # the last line of a longer paragraph, not a caption of its own
        if _is_caption_text(normalize_spaces(out[above])):
            out[above] = ""


def _credit_line(text: str, outlets: Outlets) -> bool:
    """Is ``text`` a short line of known outlets' names and nothing else (in brackets or
    slashes, as agencies sign: "(AFP)", "/TASS/")?"""
    if len(text) > 60:
        return False
    text = text.strip(" ()[]/")  # "(AFP)", "/TASS/": an agency's credit in its marks
    parts = [p.strip(" .") for p in _page_words().credit_join.split(text)]
    return all(p and outlets.find(p) is not None for p in parts)


# --------------------------------------------------------------------------- blocks


def _is_short_title(text: str, *, max_words: int) -> bool:
    words = text.split()
    if not words or len(words) > max_words or len(text) > 200:
        return False
    if text.rstrip()[-1] in ".,;:" or (
        ends_sentence(text) and not text.rstrip().endswith(("?", "!"))
    ):
        return False
    return text[0].isupper() or text[0].isdigit() or text[0] in "\"“«'‘"


def _key(text: str) -> str:
    return _fold(text)


#: A picture the page store left in the text: an "<image>" element, or Markdown's "![...](...)".
_PICTURE = re.compile(r"^\s*(?:<image>.*</image>|!\[[^\]]*\]\([^)]*\))\s*$", re.DOTALL)


@functools.cache
def _photo_credit_tail() -> re.Pattern[str]:
    """A photo's credit in brackets closing a line: "(photo credit: REUTERS)", "(AP
    Photo/Hasan Jamali, File)", "(Фото: РИА Новости)", "[File: Artem Mikryukov/Reuters]": a
    pack's ``photo_labels``, maybe after an agency's name; or a copyright sign and a name
    with no year ("... Nagorno Karabagh. © AFP"; "© Reuters 2022" is the page's notice)."""
    labels = _either(_words("photo_labels"))
    return re.compile(
        rf"\s*(?:\((?:[^\W\d_][\w.&-]*\s+)?(?:{labels})\s*[:՝|©/][^()]{{1,80}}\)"
        rf"|\[(?:[^\W\d_][\w.&-]*\s+)?(?:{labels})\s*[:՝|©/][^\[\]]{{1,80}}\]"
        r"|©\s*[^\W\d_][^\d©.!?]{0,40})$",
        re.IGNORECASE,
    )


def _credited_caption(text: str) -> bool:
    """Is ``text`` a photo's caption closed by its credit in brackets: one short sentence,
    then "(photo credit: REUTERS)"? What it says describes the photo, whatever its words."""
    credit = _photo_credit_tail().search(text[-120:])
    if credit is None:
        return False
    caption = text[: len(text) - len(credit.group(0))].rstrip().removesuffix(".")
    # a credit on its line says it is a caption: one sentence, an agency's long one too
    return (
        bool(caption)
        and len(caption) <= _CREDITED_CAPTION_CHARS
        and not (_INNER_SENTENCE_END.search(caption))
    )


#: The longest caption closed by its credit on its line (agencies' captions run long:
#: "On December 27, 2022, suspected Azerbaijani environmental activists wave ... © AFP").
_CREDITED_CAPTION_CHARS = 400


def is_caption(text: str, outlets: Outlets) -> bool:
    """Is ``text`` a picture or a photo's caption (its credit closing it)? Either way no
    article text: captions date and describe the photo, not the news.

    >>> outlets = Outlets((Outlet("Reuters", "agency", ("Reuters", "REUTERS")),))
    >>> is_caption("Soldiers stand in a trench, April 8, 2016. REUTERS/Staff", outlets)
    True
    >>> is_caption("The OSCE/ODIHR mission said the vote was calm.", outlets)
    False
    """
    if _PICTURE.match(text):
        return True
    if (text.endswith((")", "]")) or "©" in text[-45:]) and _credited_caption(text):
        return True
    tail = text[-90:]
    # a credit has its slash
    credit = _page_words().photo_credit.search(tail) if "/" in tail else None
    if credit is None:
        return False
    right = credit.group("right").strip(" .")
    if not all(word[:1].isupper() for word in right.split()):
        return False  # a photographer's or an agency's name: "Reuters/TASS reported" is not
    left = credit.group("left").split(" - ")[-1].split("(")[-1].split(":")[-1]
    return any(outlets.find(name.strip(" .-–—")) is not None for name in (left, right))


#: A photo's caption as agencies write it: what the picture shows, a comma, the day it
#: was taken, a full stop ("Ethnic Armenian soldiers stand in a trench near Martuni,
#: April 8, 2016.", "Soldats arméniens le long de la route, dimanche 8 novembre 2020.").
_CAPTION_DATE = re.compile(
    r",\s+(?P<date>(?:[^\W\d_]{3,9},?\s+)?(?:[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+"
    r"\d{4}|\d{1,2}(?:er)?\.?\s+[^\W\d_]{3,12}\.?,?\s+\d{4}))\.(?=\s|\(|$)"
)
_SENTENCE_END = re.compile(r"[.!?]\s")
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")


@functools.cache
def _weekday_words() -> frozenset[str]:
    """Case-folded weekday names of every language a seed may be in."""
    return frozenset(n for p in packs_by_priority() for n in dates.weekday_names(p.code))


def is_dated_caption(text: str) -> bool:
    """Does ``text`` open with a photo's caption: one sentence ending on ", <full date>."?

    >>> is_dated_caption("Ethnic Armenian soldiers stand in a trench at their position near "
    ...     "Nagorno-Karabakh's town of Martuni, April 8, 2016. (photo credit: REUTERS)")
    True
    >>> is_dated_caption("On April 8, 2016, soldiers stood in a trench near Martuni.")
    False
    >>> is_dated_caption("The ministry reported it on Monday, April 8, 2016.")
    False
    """
    found = _CAPTION_DATE.search(text[:400])
    if found is None or _SENTENCE_END.search(text[: found.start()]):
        return False
    place = _PLACE_DATELINE.match(text)
    if place is not None and (place.group("tag") or place.group("slashtag")):
        return False  # "БАКУ, 16 ноября 2021. /ТАСС/. ...": an agency's dateline
    last = _LAST_WORD.search(text[: found.start()])
    if last is not None and last.group(1).casefold() in _weekday_words():
        return False  # "said on Monday, April 8, 2016.": a date in a sentence
    date = found.group("date")
    weekday_free = re.sub(r"^[^\W\d_]{3,9},?\s+(?=\D)", "", date)
    parsed = _match_date(date) or _match_date(weekday_free)
    return parsed is not None and not parsed[1].strip() and parsed[0].value() is not None


def _clean_blocks(
    blocks: list[tuple[int, str]], outlets: Outlets, facts: _Facts
) -> tuple[str | None, list[tuple[int, str]]]:
    """Choose the headline; drop repeats, agency tags, sub-headings, captions and
    boilerplate blocks."""
    blocks = [
        (n, t)
        for n, t in blocks
        if t and not _is_boilerplate(t) and not is_caption(t, outlets) and not is_dated_caption(t)
    ]  # normalised
    headline = facts.headline
    body: list[tuple[int, str]] = []
    leading = True
    for position, (number, text) in enumerate(blocks):
        followed = position + 1 < len(blocks)
        if leading and _place_dateline_only(text):
            _strip_agency_tag(text, number, outlets, facts)
            continue  # "YEREVAN, April 12, 2023 (AFP) -" on a line of its own
        if leading and _agency_dateline(text, number, outlets, facts) == "":
            continue  # "Bakı. Trend:" on a line of its own
        if leading and followed and _is_short_title(text, max_words=30):
            if headline is None and len(text.split()) >= 3:
                headline = text
            continue  # section labels and kicker lines before the text
        leading = False
        body.append((number, text))
    seen: set[str] = {_key(headline)} if headline else set()
    cleaned: list[tuple[int, str]] = []
    for position, (number, text) in enumerate(body):
        if position < 4:
            text = _strip_agency_tag(text, number, outlets, facts)
        key = _key(text)
        if not key or key in seen:
            continue
        seen.add(key)
        followed = position + 1 < len(body)
        if followed and _is_short_title(text, max_words=12):
            continue  # a sub-heading: not a sentence of the article
        if _is_title_tags(text, headline):
            continue  # the page's keywords: its title, then more, each closed by a comma
        if not followed and _before_furniture(number, text, facts):
            continue  # a title after the text, over the page's widgets: not the text's end
        cleaned.append((number, text))
    return headline, cleaned


def _before_furniture(number: int, text: str, facts: _Facts) -> bool:
    """Is the last block of the text (starting on line ``number``) a title with page
    furniture after it ("Des milliers de manifestants au Haut-Karabakh contre le blocage
    d'un axe vital vers l'Arménie", over "powered by social2s")? Such a line is the
    headline again or a link to a story, not the article's last sentence; a last line
    with nothing after it may be the text cut short, and stays."""
    return (
        facts.last_furniture_line is not None
        and facts.last_furniture_line > number
        and _is_short_title(text, max_words=20)
    )


def _place_dateline_only(text: str) -> bool:
    """Is ``text`` a place dateline and nothing more (maybe a date after it)?"""
    found = _PLACE_DATELINE.match(text)
    if found is None or found.group("place") == text.strip():
        return False
    rest = text[found.end() :].strip()
    return not rest or _dateline(rest) is not None


def _agency_dateline(text: str, line: int, outlets: Outlets, facts: _Facts) -> str | None:
    """The text after a news agency's dateline (place, date, agency), its facts
    recorded; None when ``text`` opens with no such dateline of a known outlet."""
    found = _AGENCY_DATELINE.match(text)
    if found:
        outlet = outlets.find(found.group("tag"))
        written = _match_date(found.group("date"))
        day_month = written is not None or _day_month(found.group("date"))
    else:
        found = _AGENCY_PLACE_TAG.match(text)
        if not found or not found.group("place")[:1].isupper():
            return None
        outlet = outlets.find(found.group("tag"))
        written, day_month = None, outlet is not None and outlet.kind == "agency"
    if outlet is None or not day_month:
        return None
    _credit_outlet(outlet, facts)
    facts.dateline_place = facts.dateline_place or found.group("place").title()
    if written is not None:
        _first_dateline(written[0], line, facts)
    elif "date" in found.groupdict() and facts.dateline_day is None:
        facts.dateline_day = _month_day(found.group("date"))
    return text[found.end() :].strip()


def _day_month(text: str) -> bool:
    """Is ``text`` a day and a month name ("10 ноября", "Sept 21")?"""
    return _month_day(text) is not None


def _month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a day and a month name ("10 ноября" -> (11, 10)), or None."""
    found = _DAY_MONTH.match(text.strip())
    if found is None:
        return None
    month = _month_number(found.group("m1") or found.group("m2"))
    digits = _DIGITS.search(text)
    day = int(digits[0]) if digits else 0
    return (month, day) if month and 1 <= day <= 31 else None


def _page_facts(page: HtmlPage, outlets: Outlets, facts: _Facts) -> None:
    """What a web page's markup states, where its text did not say it: the
    publication date (as a header date), the outlet (the site's name)."""
    if page.site_name and facts.outlet is None:
        known = outlets.find(page.site_name)
        facts.outlet = known.name if known else page.site_name
    if page.published is None or facts.header_date is not None:
        return
    found = _match_date(page.published)
    if found is None:
        facts.problems.append(
            Problem(
                "",
                page.published_line,
                f"the page's publication date {page.published!r} is not a date; ignored",
                "fix it, or give the date in sources.yaml",
                "warning",
            )
        )
        return
    facts.header_date, facts.header_line = found[0], page.published_line


def _place_country_dateline(text: str, line: int, facts: _Facts) -> str | None:
    """The text after an outlet's "PLACE, Country, Month Day." dateline, its place and
    date recorded; None when ``text`` does not open with one."""
    found = _PLACE_COUNTRY_DATELINE.match(text)
    if found is None:
        return None
    when = found.group("date").replace(".", ". ").replace("  ", " ").strip()
    written = _match_date(when)
    if written is None and not _day_month(when):
        return None
    facts.dateline_place = facts.dateline_place or found.group("place").title()
    if written is not None:
        _first_dateline(written[0], line, facts)
    return text[found.end() :].strip()


#: "Баку/15.12.21/Turan: ": place, date and a known agency joined by slashes (Turan).
_SLASH_DATELINE = re.compile(
    r"^(?:(?P<place>[^\W\d_][^\W\d_ -]{1,30}(?:[ -][^\W\d_]{2,30})?)/|\d{1,7}\s+)?"
    r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4}|\d{2})/\s*"
    r"(?P<tag>[^\W\d_][\w .&-]{1,30}?)\s*:\s+(?=\S)"
)


def _slash_dateline(text: str, line: int, outlets: Outlets, facts: _Facts) -> str | None:
    """The text after a "place/dd.mm.yy/agency:" dateline of a known agency, its facts
    recorded; None when ``text`` opens with no such dateline. A page reposting the wire
    may lose the place, or set a count in its stead ("16 09.02.21/ Turan:")."""
    found = _SLASH_DATELINE.match(text)
    outlet = outlets.find(found.group("tag").strip()) if found else None
    if found is None or outlet is None:
        return None
    _credit_outlet(outlet, facts)
    if found.group("place"):  # a reposting page may lose it, a count in its stead
        facts.dateline_place = facts.dateline_place or found.group("place").title()
    year = int(found.group("year"))
    raw = _RawDate(year + 2000 if year < 100 else year, int(found["month"]), int(found["day"]))
    _first_dateline(raw, line, facts)
    return text[found.end() :].strip()


#: "Bakü, 16 Kasım 2021 - ", "Baku, 16 November 2021 – ", "Баку, 16 ноября 2021 года — ":
#: a place not in capitals, a full date with its year, a dash, the text.
_TITLED_DATED_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÞА-ЯԱ-Ֆ][^\W\d_]{2,20}(?:[ -][A-ZÀ-ÞА-ЯԱ-Ֆ][^\W\d_]{2,20})?)"
    r",\s*(?P<when>[^()—–]{6,40}?)\s*(?:—|–|--|-)\s+(?=\S)"
)


def _titled_dated_dateline(text: str) -> tuple[re.Match[str], _RawDate] | None:
    """A dateline of a place and a full date with its year (the year's word allowed), or
    None: a day and month alone, or words beside the date, make no such dateline."""
    found = _TITLED_DATED_DATELINE.match(text)
    if found is None:
        return None
    written = _match_date(found.group("when").strip())
    if written is None or written[1].strip(" ,.") or written[0].value() is None:
        return None
    return found, written[0]


def _strip_agency_tag(text: str, line: int, outlets: Outlets, facts: _Facts) -> str:
    own = _place_country_dateline(text, line, facts)
    if own is not None:
        return own
    slashed = _slash_dateline(text, line, outlets, facts)
    if slashed is not None:
        return slashed
    emphasised = _MD_PLACE_DATELINE.match(text)
    if emphasised is not None:  # "*Stepanakert* — An Azerbaijani border guard ..."
        facts.dateline_place = facts.dateline_place or emphasised.group("place").title()
        return text[emphasised.end() :].strip()
    after = _agency_dateline(text, line, outlets, facts)
    if after is not None:
        return after
    tag = _AGENCY_TAG.match(text)
    if tag:
        outlet = outlets.find(tag.group("tag"))
        if outlet is not None:
            facts.outlet = facts.outlet or outlet.name
            return text[tag.end() :].strip()
    bare = _TAG_DATELINE.match(text)
    bare_outlet = outlets.find(bare.group("tag")) if bare else None
    if bare is not None and bare_outlet is not None:
        _credit_outlet(bare_outlet, facts)
        return text[bare.end() :].strip()
    dated = _titled_dated_dateline(text)
    if dated is not None:  # "Bakü, 16 Kasım 2021 - ...": a place and its full date
        opening, day_written = dated
        facts.dateline_place = facts.dateline_place or opening.group("place").strip().title()
        _first_dateline(day_written, line, facts)
        return text[opening.end() :].strip()
    place = _PLACE_DATELINE.match(text)
    titled = None if place else _TITLED_PLACE_DATELINE.match(text)
    if titled and outlets.find(titled.group("tag")) is not None:
        place = titled
    if place and sum(ch.isalpha() for ch in place.group("place")) >= 3:
        credit = place.group("tag") or place.groupdict().get("slashtag")
        outlet = outlets.find(credit) if credit else None
        if outlet is not None:
            _credit_outlet(outlet, facts)
        facts.dateline_place = facts.dateline_place or place.group("place").strip().title()
        written = _match_date(place.group("when").strip()) if place.group("when") else None
        rest = text[place.end() :].strip()
        trailing = _dateline(rest) if written is None and rest else None
        if trailing is not None and not trailing[1]:  # "STEPANAKERT (AP) — September 26, 2023"
            written, rest = (trailing[0], ""), ""
        if written is not None:  # "BAKU, Sept 14, 2022 (Reuters) -"
            _first_dateline(written[0], line, facts)
        elif place.group("when") and facts.dateline_day is None:
            # "TBILISSI, 13 février (Reuters) -": the day, for a month-only header
            facts.dateline_day = _month_day(place.group("when"))
        return rest
    return text


# --------------------------------------------------------------------------- language

_WORD = re.compile(r"[^\W\d_]+")
# Runs of letters of one script (counted by their lengths: fewer, longer
# matches), in the order that wins a tie. Scripts are Unicode's, not any
# language's: a pack's ``detection.scripts`` names those it is written in.
_SCRIPTS: dict[str, re.Pattern[str]] = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f\u0259\u018f]+"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]+"),
    "armenian": re.compile(r"[\u0530-\u058f\ufb13-\ufb17]+"),
}


def _count(script: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` the one-character class ``script``+ matches."""
    return sum(map(len, script.findall(text)))


def detect_language(text: str) -> str:
    """Deterministic guess among the reading languages: by script, then by the
    packs' ``detection`` (a share of marks, stopwords and weighted marks; ties
    to the lowest ``priority``).

    >>> detect_language("Հայաստանի պաշտպանության նախարարությունը հայտնել է")
    'hy'
    >>> detect_language("Le ministère a déclaré que les soldats sont morts")
    'fr'
    """
    sample = text[:5000]
    counts = {name: _count(pattern, sample) for name, pattern in _SCRIPTS.items()}
    script = max(counts, key=lambda name: counts[name])  # ties: the first
    candidates = sorted(
        (p for p in packs().values() if script in p.detection.scripts),
        key=lambda p: p.detection.priority,
    )
    if not candidates:
        return fallback_pack().code
    for candidate in candidates:  # a share of marks decides alone
        rule = candidate.detection.scripts[script]
        if rule.min_mark_share and rule.marks:
            marks = sum(sample.count(ch) for ch in rule.marks)
            if marks * rule.min_mark_share > counts[script]:
                return candidate.code
    scored = [p for p in candidates if not p.detection.scripts[script].min_mark_share]
    if len(scored) <= 1:
        return (scored or candidates)[0].code
    words = list(map(str.casefold, _WORD.findall(sample)))
    scores: dict[str, int] = {}
    for candidate in scored:
        rule = candidate.detection.scripts[script]
        score = sum(map(rule.stopwords.__contains__, words))
        if rule.mark_weight:
            score += rule.mark_weight * sum(sample.count(ch) for ch in rule.marks)
        scores[candidate.code] = score
    best = max(scores.values())
    return next(code for code, score in scores.items() if score == best)


# --------------------------------------------------------------------------- dates chosen


def _sources_file(display: str) -> str:
    folder = display.rsplit("/", 1)[0] if "/" in display else "seeds"
    return f"{folder}/sources.yaml"


def _check_date(
    raw: _RawDate, what: str, line: int | None, reference: dt.date, display: str
) -> tuple[dt.date | None, list[Problem]]:
    hint = f'fix it, or set "published: YYYY-MM-DD" in {_sources_file(display)}'
    value = raw.value()
    if value is None:
        message = f"{what} {raw.text} is not a valid date; ignored"
        return None, [Problem(display, line, message, hint, "warning")]
    if value > reference:
        message = (
            f"{what} {value.isoformat()} is after the build date "
            f"{reference.isoformat()} (in the future); ignored"
        )
        return None, [Problem(display, line, message, hint, "warning")]
    if value < EARLIEST_DATE:
        message = (
            f"{what} {value.isoformat()} is before {EARLIEST_DATE.year} (out of range); ignored"
        )
        return None, [Problem(display, line, message, hint, "warning")]
    return value, []


def _month_and_dateline(facts: _Facts) -> dt.date | None:
    """The day of publication a month-only header ("date 2023-04") and a dateline with
    no year in that month ("Bakou, 11 avril, AZERTAC") give together, or None."""
    if facts.header_month is None or facts.dateline_day is None:
        return None
    year, month = (int(part) for part in facts.header_month.split("-"))
    if facts.dateline_day[0] != month:
        return None
    try:
        return dt.date(year, month, facts.dateline_day[1])
    except ValueError:
        return None


def _publication(
    facts: _Facts,
    meta: SeedMetadata | None,
    reference: dt.date,
    display: str,
    paragraphs: Sequence[str] = (),
) -> tuple[dt.date | None, PublishedFrom | None, list[Problem]]:
    problems: list[Problem] = []
    candidates: list[tuple[dt.date, PublishedFrom, str, int | None]] = []
    stated = meta.published if meta is not None else None
    sources: tuple[tuple[_RawDate | None, str, int | None, PublishedFrom], ...] = (
        (
            _RawDate(stated.year, stated.month, stated.day) if stated else None,
            "published (sources.yaml)",
            None,
            "metadata",
        ),
        (facts.header_date, "header date", facts.header_line, "header"),
        (facts.dateline_date, "dateline", facts.dateline_line, "dateline"),
        (url_date((meta.url if meta else None) or facts.url), "address", None, "url"),
    )
    for raw, what, line, origin in sources:
        if raw is None:
            continue
        value, found = _check_date(raw, what, line, reference, display)
        problems += found
        if value:
            candidates.append((value, origin, what, line))
    if len(candidates) >= 2 and candidates[0][1] != "metadata":
        first, second = candidates[0], candidates[1]
        if first[0] != second[0]:
            problems.append(
                Problem(
                    display,
                    second[3],
                    f"{second[2]} {second[0].isoformat()} disagrees with {first[2]} "
                    f"{first[0].isoformat()}; {first[2]} used",
                    "correct one of them",
                    "warning",
                )
            )
    refined = _month_and_dateline(facts)
    if not candidates and refined is not None:
        candidates.append((refined, "dateline", "dateline", facts.dateline_line))
    if not candidates:
        address = url_date_by_text((meta.url if meta else None) or facts.url, paragraphs)
        checked = _check_date(address, "address", None, reference, display)[0] if address else None
        if checked is not None:
            candidates.append((checked, "url", "address", None))
    if not candidates:
        name = display.rsplit("/", 1)[-1]
        problems.append(
            Problem(
                display,
                None,
                "no publication date",
                f'add "published: YYYY-MM-DD" under {name} in {_sources_file(display)}',
                "warning",
            )
        )
        return None, None, problems
    return candidates[0][0], candidates[0][1], problems


# --------------------------------------------------------------------------- read_seed


def _sentences(paragraphs: Sequence[str], lang: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    for number, paragraph in enumerate(paragraphs):
        for text in split_sentences(paragraph, lang):
            out.append(Sentence(len(out), number, text))
    return tuple(out)


def _cites(
    paragraphs: Iterable[str], outlets: Outlets, own: Iterable[str | None]
) -> tuple[str, ...]:
    mine = {o for o in own if o}
    found = outlets.mentioned("\n".join(paragraphs))
    return tuple(o.name for o in found if o.name not in mine)


def _with_file(problems: Iterable[Problem], display: str) -> list[Problem]:
    return [p if p.file else replace(p, file=display) for p in problems]


def _failed(
    path: Path, display: str, content_hash: str, problems: list[Problem], meta: SeedMetadata | None
) -> SourceArticle:
    return SourceArticle(
        id=source_id(path.stem),
        file=path.name,
        content_hash=content_hash,
        headline=meta.headline if meta else None,
        published=None,
        published_from=None,
        outlet=meta.outlet if meta else None,
        wire=meta.wire if meta else None,
        author=meta.author if meta else None,
        language=(meta.language if meta and meta.language else fallback_pack().code),
        url=meta.url if meta else None,
        notes=meta.notes if meta else None,
        problems=tuple(problems),
    )


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# -- readers: one per input format, as Pelican's --------------------------------------


class SeedReader(Protocol):
    """How one input format's text becomes the lines the article is read from
    (as a Pelican reader turns one format into content and metadata). A
    scraper's JSON file (scraped.py) holds articles whose text is plain text."""

    suffixes: tuple[str, ...]

    def text(self, text: str, display: str) -> tuple[str, HtmlPage | None, list[Problem]]:
        """The article's text, the facts of its page (a saved web page's), and
        what the maintainer should know of the file's format."""
        ...

    def lines(self, text: str) -> list[str]:
        """The text's lines, each as the article reads (``text`` cleaned)."""
        ...


class PlainTextReader:
    """``.txt``: the text as written. Markup in it is shown as text, and said."""

    suffixes: tuple[str, ...] = (".txt",)

    def text(self, text: str, display: str) -> tuple[str, HtmlPage | None, list[Problem]]:
        markup = _HTML_MARKUP.search(text)
        if not markup:
            return text, None, []
        problem = Problem(
            display,
            text.count("\n", 0, markup.start()) + 1,
            "contains HTML markup; shown as text",
            "remove the markup, or save the page as .html to have it stripped",
            "warning",
        )
        return text, None, [problem]

    def lines(self, text: str) -> list[str]:
        return text.split("\n")


class MarkdownReader(PlainTextReader):
    """``.md``: text whose heading marks are dropped (emphasis marks go where
    the lines are scanned, as in text pasted from Markdown)."""

    suffixes: tuple[str, ...] = (".md",)

    def lines(self, text: str) -> list[str]:
        return [_MD_HEADING.sub("", line) for line in text.split("\n")]


class HtmlReader:
    """``.html``, ``.htm``: a saved web page: its main text (``html_to_text``:
    navigation, scripts and furniture left out) and the page's own facts
    (publication date, site name, canonical address)."""

    suffixes: tuple[str, ...] = (".html", ".htm")

    def text(self, text: str, display: str) -> tuple[str, HtmlPage | None, list[Problem]]:
        page = html_to_text(text)
        if page.site_name:
            page.site_name = strip_invisible(page.site_name)[0]
        if page.url:
            page.url = strip_invisible(page.url)[0]
        return page.text, page, []

    def lines(self, text: str) -> list[str]:
        return text.split("\n")


PLAIN_TEXT = PlainTextReader()
#: The reader of each seed suffix (scraper files, ``scraped.SUFFIXES``, are
#: split into articles first, each read as plain text).
READERS: dict[str, SeedReader] = {
    suffix: reader
    for reader in (PLAIN_TEXT, MarkdownReader(), HtmlReader())
    for suffix in reader.suffixes
}
#: Every suffix a seed may have (any case).
SEED_SUFFIXES: tuple[str, ...] = (*READERS, *scraped.SUFFIXES)


def read_seed(
    path: Path,
    display_name: str,
    meta: SeedMetadata | None,
    outlets: Outlets,
    reference_date: dt.date,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> SourceArticle:
    """Read one seed file into a ``SourceArticle``. Never raises: problems are inside.

    An article with an ``error`` problem has no paragraphs or sentences.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            problem = Problem(
                display_name,
                None,
                f"file is too large: {size:,} bytes, over the {max_bytes:,}-byte limit",
                "split it, trim it, or raise the size limit setting",
                "error",
            )
            return _failed(path, display_name, _hash_file(path), [problem], meta)
        data = path.read_bytes()
    except OSError as exc:
        problem = Problem(display_name, None, f"cannot read: {exc.strerror or exc}", "", "error")
        return _failed(path, display_name, "", [problem], meta)
    return read_data(data, path, display_name, meta, outlets, reference_date)


def read_data(
    data: bytes,
    path: Path,
    display_name: str,
    meta: SeedMetadata | None,
    outlets: Outlets,
    reference_date: dt.date,
) -> SourceArticle:
    """``read_seed`` of bytes already read from ``path`` (at most the size limit).

    A pure function of its arguments (``path`` only by name): what the cache
    of ``read_seeds`` keys on.
    """
    try:
        return _read_bytes(data, path, display_name, meta, outlets, reference_date)
    except Exception as exc:
        log.exception("%s: unexpected failure while reading", display_name)
        problem = Problem(
            display_name,
            None,
            f"could not be read ({type(exc).__name__}: {exc})",
            "please report this as a bug with the file attached",
            "error",
        )
        return _failed(path, display_name, hashlib.sha256(data).hexdigest(), [problem], meta)


def _read_bytes(
    data: bytes,
    path: Path,
    display: str,
    meta: SeedMetadata | None,
    outlets: Outlets,
    reference_date: dt.date,
) -> SourceArticle:
    content_hash = hashlib.sha256(data).hexdigest()
    if not data.strip():
        problem = Problem(
            display, None, "empty file", "add the article text or remove the file", "error"
        )
        return _failed(path, display, content_hash, [problem], meta)
    text, problems = decode_seed(data, display)
    if text is None:
        return _failed(path, display, content_hash, problems, meta)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    reader = READERS.get(path.suffix.lower(), PLAIN_TEXT)
    text, page, found = reader.text(text, display)
    problems += found
    text, removed, at = strip_invisible(text)
    if removed:
        problems.append(
            Problem(
                display,
                text.count("\n", 0, at) + 1,
                f"invisible or direction-changing characters removed ({', '.join(removed)})",
                "check the text there: they can hide or reorder what a reader sees",
                "warning",
            )
        )
    lines = reader.lines(text)
    facts = _Facts()
    kept = _scan_lines(_front_matter(lines, outlets, facts), outlets, facts)
    headline, blocks = _clean_blocks(blocks_with_lines(kept), outlets, facts)
    if page is not None:
        _page_facts(page, outlets, facts)
    problems += _with_file(facts.problems, display)
    paragraphs = tuple(t for _, t in blocks)
    language = (
        (meta.language if meta else None) or facts.language or detect_language(" ".join(paragraphs))
    )
    sentences = _sentences(paragraphs, language)
    published, published_from, date_problems = _publication(
        facts, meta, reference_date, display, paragraphs
    )
    problems += date_problems
    if not sentences:
        problems.append(
            Problem(
                display,
                None,
                "no article text (only headline, header or boilerplate lines)",
                "add the article text or remove the file",
                "error",
            )
        )
        paragraphs = ()
    outlet = meta.outlet if meta and meta.outlet else facts.outlet
    wire = meta.wire if meta and meta.wire else facts.wire
    return SourceArticle(
        id=source_id(path.stem),
        file=path.name,
        content_hash=content_hash,
        headline=(meta.headline if meta and meta.headline else headline),
        published=published,
        published_from=published_from,
        outlet=outlet,
        wire=wire,
        author=meta.author if meta and meta.author else facts.author,
        language=language,
        url=(meta.url if meta else None) or facts.url or (page.url if page else None),
        notes=meta.notes if meta else None,
        cites=_cites(paragraphs, outlets, (outlet, wire, facts.outlet, facts.wire)),
        dateline_place=facts.dateline_place,
        published_month=(
            (facts.header_month or url_month((meta.url if meta else None) or facts.url))
            if published is None
            else None
        ),
        paragraphs=paragraphs,
        sentences=sentences,
        problems=tuple(problems),
    )


# --------------------------------------------------------------------------- read_seeds


def _display_dir(seed_dir: Path) -> str:
    return seed_dir.name or str(seed_dir)


_ReadJob = tuple[bytes, Path, str, SeedMetadata | None]


#: What is read as one article: the path its id and name come from, how messages name it,
#: the maintainer's metadata, and its bytes when they were read already (a scraper's file
#: holds several articles, each read from its text).
_Unit = tuple[Path, str, SeedMetadata | None, bytes | None, bool]


def _merged(stated: SeedMetadata | None, scraped_meta: SeedMetadata) -> SeedMetadata:
    """What the maintainer states wins over what the scraper recorded."""
    if stated is None:
        return scraped_meta
    return replace(
        scraped_meta,
        **{k: v for k, v in vars(stated).items() if v is not None},
    )


def _scraped_units(
    path: Path, folder: str, metadata: dict[str, SeedMetadata], max_bytes: int
) -> tuple[list[_Unit], list[Problem]]:
    """The articles of a scraper's JSON file, each its own unit (see scraped.py), and the
    problems of the file or of its articles that cannot be read."""
    display = f"{folder}/{visible(path.name)}"
    try:
        too_large = path.stat().st_size > max_bytes
        data = b"" if too_large else path.read_bytes()
    except OSError as error:
        problem = f"cannot be read: {error.strerror}"
        return [], [Problem(display, None, problem, "check the file's permissions", "error")]
    if too_large:
        limit = f"{max_bytes // 1_000_000} MB"
        return [], [
            Problem(display, None, f"larger than {limit}; not read", "split the file", "error")
        ]
    text, problems = decode_seed(data, display)
    if text is None:
        return [], problems
    records, found = scraped.read_scraped(text.lstrip("\ufeff"), path.name, display)
    units: list[_Unit] = []
    for record in records:
        stated = metadata.get(record.id) or metadata.get(path.name)
        units.append(
            (
                path.with_name(f"{record.id}.txt"),
                f"{display}:{record.line}",
                _merged(stated, record.meta),
                record.text.encode("utf-8"),
                # the publication date is the scraper's unless the maintainer gives one
                record.meta.published is not None and (stated is None or not stated.published),
            )
        )
    return units, [*problems, *found]


def _in_file(article: SourceArticle, unit: _Unit) -> SourceArticle:
    """An article of a scraper's file is named by that file, and a publication date the
    scraper recorded is said to come from it."""
    _, display, _, given, dated_by_scraper = unit
    if given is None:
        return article
    came: PublishedFrom | None = article.published_from
    if dated_by_scraper and came == "metadata":
        came = "scraper"
    return replace(article, file=display.rsplit("/", 1)[-1].rsplit(":", 1)[0], published_from=came)


def _read_chunk(
    jobs: Sequence[_ReadJob], outlets: Outlets, reference_date: dt.date
) -> list[SourceArticle]:
    """``read_data`` of each job, in order (the work ``read_seeds`` gives its runner)."""
    return [
        read_data(data, path, display, meta, outlets, reference_date)
        for data, path, display, meta in jobs
    ]


def _not_read(display: str, message: str, hint: str, severity: Severity = "error") -> Problem:
    return Problem(display, None, message, hint, severity)


def _link_target(path: Path, root: Path, folder: str, display: str) -> Problem | None:
    """Why the symbolic link ``path`` is not followed, or None: it must lead
    to something inside the seed folder ``root`` (resolved)."""
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        return _not_read(
            display, "link to a file that does not exist: not read", "fix or remove the link"
        )
    except (RuntimeError, OSError):  # a loop (RuntimeError before Python 3.13)
        return _not_read(display, "link loop: not read", "fix or remove the link")
    if not target.is_relative_to(root):
        return _not_read(
            display,
            f"links outside {folder}/: not read",
            f"copy the file into {folder}/ instead of linking to it",
        )
    return None


def _seed_name(name: str) -> str | None:
    """Why a file name cannot be a seed's, or None."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "file name is not valid UTF-8"
    size = page_name_bytes(source_id(Path(name).stem))
    if size > MAX_NAME_BYTES:
        return (
            f"file name too long for its page ({size} bytes as <id>.html, "
            f"over the {MAX_NAME_BYTES}-byte limit)"
        )
    return None


def list_seeds(seed_dir: Path, folder: str) -> tuple[list[Path], list[Problem]]:
    """The seed files of ``seed_dir`` to read, by name, and what was not read
    and why. The rule (docs/reliability.md):

    - read: a file named ``*.txt``, ``*.md``, ``*.html`` or ``*.htm`` (any
      case), or a link to one inside the folder;
    - refused, as an error: a link leading outside the folder, a dangling
      link, a link loop, a pipe or device, a name that is not UTF-8 or too
      long for its page, with a seed's extension;
    - reported, as a warning: a subfolder (its files are not read), a folder
      named like a seed; as a note (never a failure, even with ``--strict``):
      a file with another extension;
    - passed over: ``sources.yaml``, ``registry.yaml`` and hidden names
      (``.git``, ``.DS_Store``, editors' files) without a seed's extension.
    """
    if not seed_dir.is_dir():
        return [], [Problem(folder, None, "seed folder not found", "create it", "error")]
    root = seed_dir.resolve()
    files: list[Path] = []
    problems: list[Problem] = []
    with os.scandir(seed_dir) as found:  # its entries know their type: no stat per file
        entries = sorted(found, key=lambda entry: entry.name)
    for entry in entries:
        name = entry.name
        suffix = os.path.splitext(name)[1].lower()
        seedlike = suffix in SEED_SUFFIXES
        if name in METADATA_FILES or (name.startswith(".") and not seedlike):
            continue
        path = seed_dir / name
        display = f"{folder}/{visible(name)}"
        refused = _link_target(path, root, folder, display) if entry.is_symlink() else None
        if refused is not None:
            problems.append(refused)
        elif entry.is_dir():
            what = "a folder named like a seed" if seedlike else "a subfolder"
            problems.append(
                _not_read(
                    display,
                    f"{what}: not read (seeds are read from {folder}/ itself, not its subfolders)",
                    f"move its seed files up into {folder}/",
                    "warning",
                )
            )
        elif not seedlike:
            kind = f"{suffix} file" if suffix else "file without extension"
            problems.append(
                _not_read(
                    display,
                    f"not a seed ({kind}): not read",
                    "seeds are .txt, .md, .html or .htm files",
                    "note",
                )
            )
        elif not entry.is_file():
            problems.append(
                _not_read(
                    display, "not a regular file (a pipe, socket or device): not read", "remove it"
                )
            )
        elif (why := _seed_name(name)) is not None:
            problems.append(_not_read(display, f"{why}: not read", "rename it shorter, in UTF-8"))
        else:
            files.append(path)
    return files, problems


def read_seeds(
    seed_dir: Path,
    reference_date: dt.date,
    outlets_file: Path | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    run: Runner = SERIAL,
) -> tuple[list[SourceArticle], list[Problem]]:
    """Read every seed in ``seed_dir`` (``list_seeds``), sorted by file name.

    Metadata comes from ``seed_dir/sources.yaml``. The second list holds
    problems that belong to no one article (the metadata file itself,
    entries for files that do not exist). Two files with one id (``a.txt``
    and ``a.md``): the second is listed with an error and not read.

    Files are independent: ``run`` reads them (runner.py), and may reuse
    an article when the file's bytes, name, metadata entry, the outlets, the
    reference date and the size limit are all what they were.
    """
    folder = _display_dir(seed_dir)
    outlets_path = outlets_file or DEFAULT_OUTLETS_FILE
    outlets = load_outlets(outlets_path)
    metadata, general = load_metadata(seed_dir / "sources.yaml", f"{folder}/sources.yaml", run)
    files, refused = list_seeds(seed_dir, folder)
    general.extend(refused)
    units: list[_Unit] = []
    for path in files:
        if path.suffix.lower() in scraped.SUFFIXES:
            expanded, problems = _scraped_units(path, folder, metadata, max_bytes)
            units.extend(expanded)
            general.extend(problems)
        else:
            display = f"{folder}/{visible(path.name)}"
            stated = metadata.get(path.name) or metadata.get(path.stem)
            units.append((path, display, stated, None, False))
    found: dict[int, SourceArticle] = {}
    jobs: list[_ReadJob] = []
    job_at: list[int] = []  # the position of each job's unit
    first_with_id: dict[str, str] = {}
    for position, (path, display, meta, given, _) in enumerate(units):
        if path.stem in first_with_id:
            problem = Problem(
                display,
                None,
                f"duplicate id {visible(path.stem)!r}: {first_with_id[path.stem]} "
                "has the same name; not used",
                "rename one of the two files",
                "error",
            )
            found[position] = _failed(path, display, _hash_file(path), [problem], meta)
            continue
        first_with_id[path.stem] = visible(path.name)
        if given is not None:  # an article of a scraper's file: its text, read already
            small, data = True, given
        else:
            try:
                small = path.stat().st_size <= max_bytes
                data = path.read_bytes() if small else b""
            except OSError:
                small = False
        if not small:  # too large or unreadable: read_seed says why
            found[position] = read_seed(
                path, display, meta, outlets, reference_date, max_bytes=max_bytes
            )
            continue
        jobs.append((data, path, display, meta))
        job_at.append(position)

    @functools.cache
    def common() -> bytes:
        outlets_bytes = outlets_path.read_bytes() if outlets_path.is_file() else b""
        limits = [reference_date.isoformat().encode(), str(max_bytes).encode()]
        return b"\0".join([outlets_bytes, *limits])

    def inputs(i: int) -> list[bytes]:
        """Every input of job ``i``'s article (the code is the runner's salt)."""
        data, path, display, meta = jobs[i]
        return [common(), path.name.encode(), display.encode(), repr(meta).encode(), data]

    work = functools.partial(_read_chunk, outlets=outlets, reference_date=reference_date)
    # one file read here first: the workers inherit the patterns it compiled
    warm = functools.partial(work, jobs[:1])
    read = run.map("ingest", work, jobs, key=inputs, warm=warm)
    for position, article in zip(job_at, read, strict=True):
        found[position] = article
    articles = [_in_file(found[i], units[i]) for i in range(len(units))]
    names = {p.name for p in files} | {p.stem for p in files} | {u[0].stem for u in units}
    for name in sorted(metadata):
        if name not in names:
            general.append(
                Problem(
                    f"{folder}/sources.yaml",
                    None,
                    f"entry {name!r} names no seed file in {folder}/",
                    "fix the file name or remove the entry",
                    "warning",
                )
            )
    return articles, general
