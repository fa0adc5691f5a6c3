"""Languages of the reader's site: dates, numbers and gettext catalogs.

Everything goes through Babel's CLDR data, so no operating-system locale is
needed. Two gettext domains:

* ``messages`` — the interface (templates, labels), in
  ``theme/translations/<lang>/LC_MESSAGES/messages.po``;
* ``content`` — entry headlines and claim texts, in
  ``translations/content/<lang>/LC_MESSAGES/content.po``; the msgid is the
  original (English) text.

Catalogs are read from the compiled ``.mo`` file when it is at least as new
as its ``.po``; otherwise the ``.po`` itself is compiled in memory, so a
stale or missing ``.mo`` never shows old text. A missing catalog falls back
to the original text.

>>> import datetime as dt
>>> day = FuzzyDate(dt.date(2021, 11, 16), dt.date(2021, 11, 16), "2021-11-16", "day")
>>> format_date(day, "ru")
'16 ноября 2021\u202fг.'
>>> format_number(6500, "fr")
'6\u202f500'
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import logging
import pickle
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from babel import Locale, localedata
from babel.core import UnknownLocaleError, get_global
from babel.dates import format_date as _babel_date
from babel.dates import format_skeleton, format_time
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

from .model import Claim, Entry, FuzzyDate, SourceArticle, Timeline

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]
INTERFACE_DIR = ROOT / "theme" / "translations"
CONTENT_DIR = ROOT / "translations" / "content"
INTERFACE_DOMAIN = "messages"
CONTENT_DOMAIN = "content"
#: The language entry headlines and claim texts are written in (the msgids).
SOURCE_LANGUAGE = "en"

# Azerbaijani ordinal suffixes after a numeral, by CLDR ordinal category
# (vowel harmony: 1980-ci, 1990-cı, 1900-cü, 2010-cu). Used by the decade
# string's translation as ``%(ordinal_suffix)s``.
_ORDINAL_SUFFIX: dict[str, dict[str, str]] = {
    "az": {"one": "ci", "few": "cü", "many": "cı", "other": "cu"},
}
# The ordinal category of a whole thousand where CLDR's rule misses it
# (Azerbaijani "min", thousand, takes -ci: 2000-ci).
_THOUSANDS_CATEGORY: dict[str, str] = {"az": "one"}
_SHORT_MONTH = re.compile(r"(?<![ML])[ML]{3}(?![ML])")
_ANY_MONTH = re.compile(r"[ML]{3,4}")
# Catalog headers carry no build time: reproducible files.
_EPOCH = dt.datetime(2021, 1, 1, tzinfo=dt.UTC)
_TIME = re.compile(r"T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$")


def _inheritance(name: str) -> list[str]:
    """``name`` and the locales it inherits from, root first."""
    chain = [name]
    while chain[-1] != "root":
        current = chain[-1]
        parent = get_global("parent_exceptions").get(current)
        if not parent:
            parts = current.split("_")
            parent = "root" if len(parts) == 1 else "_".join(parts[:-1])
        chain.append(parent)
    return chain[::-1]


@functools.lru_cache(maxsize=64)
def locale(lang: str) -> Locale:
    """Babel's locale for a site language code (``en``, ``hy``, ``az`` ...).

    Its CLDR data is a private copy: Babel 2.18 shares the inherited parts of
    the data between locales and caches a resolved alias into the shared part,
    so after Azerbaijani's stand-alone month names were used French ones came
    out as "noyabr". A private copy per locale is immune to that.
    """
    loc = Locale.parse(lang.replace("-", "_"))
    data: dict[str | int | None, Any] = {}
    for name in _inheritance(str(loc)):
        with open(localedata.resolve_locale_filename(name), "rb") as fp:
            own = pickle.load(fp)  # Babel's own packaged CLDR data
        if name == "root":
            data = own
        else:
            localedata.merge(data, own)
    fresh = Locale(loc.language, loc.territory, loc.script, loc.variant)
    fresh._Locale__data = localedata.LocaleDataDict(data)  # type: ignore[attr-defined]
    return fresh


def text_direction(lang: str) -> str:
    """``ltr`` or ``rtl`` for the ``dir`` attribute."""
    return "rtl" if locale(lang).text_direction == "rtl" else "ltr"


def language_name(lang: str) -> str:
    """The language's name in itself, capitalised: ``Հայերեն``, ``Русский``."""
    name = locale(lang).get_display_name(locale(lang)) or lang
    return name[:1].upper() + name[1:]


@functools.lru_cache(maxsize=1024)
def language_in(code: str, lang: str) -> str:
    """The name of language ``code`` in language ``lang`` (``en`` on a Russian
    page: ``английский``); the code itself when Babel does not know it.
    Made once per pair: every source page names its article's language."""
    try:
        name = Locale.parse(code).get_display_name(locale(lang))
    except (UnknownLocaleError, ValueError, TypeError):
        return code
    return name or code


# --- catalogs -------------------------------------------------------------


def _stamp(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


def _catalog_files(directory: Path, lang: str, domain: str) -> tuple[Path, Path]:
    base = directory / lang / "LC_MESSAGES" / domain
    return base.with_suffix(".po"), base.with_suffix(".mo")


@functools.lru_cache(maxsize=32)
def _compiled(directory: Path, lang: str, domain: str, stamps: tuple[int, int]) -> bytes | None:
    """The catalog compiled to ``.mo`` bytes (cached while the files are unchanged)."""
    po, mo = _catalog_files(directory, lang, domain)
    po_time, mo_time = stamps
    try:
        if mo_time >= 0 and mo_time >= po_time:
            return mo.read_bytes()
        if po_time >= 0:
            with po.open("rb") as fp:
                catalog = read_po(fp, locale=lang, domain=domain)
            buffer = io.BytesIO()
            write_mo(buffer, catalog, use_fuzzy=False)
            return buffer.getvalue()
    except Exception as exc:  # a broken catalog must not stop the site
        logger.warning("%s: cannot read the %s catalog: %s", po, lang, exc)
    return None


def _load_domain(directory: Path, lang: str, domain: str) -> Translations | None:
    """A new Translations object each call: callers may combine it freely."""
    po, mo = _catalog_files(directory, lang, domain)
    data = _compiled(directory, lang, domain, (_stamp(po), _stamp(mo)))
    if data is None:
        return None
    try:
        return Translations(io.BytesIO(data), domain=domain)
    except Exception as exc:
        logger.warning("%s: cannot read the %s catalog: %s", mo, lang, exc)
        return None


def translations(
    lang: str,
    interface_dir: Path = INTERFACE_DIR,
    content_dir: Path = CONTENT_DIR,
) -> NullTranslations:
    """Interface (``messages``) and content (``content``) catalogs of ``lang``.

    ``gettext``/``ngettext`` use the interface domain; ``dgettext("content",
    text)`` the content domain. Missing catalogs give the original text.
    """
    interface = _load_domain(interface_dir, lang, INTERFACE_DOMAIN)
    content = _load_domain(content_dir, lang, CONTENT_DOMAIN)
    if interface is None and content is None:
        return NullTranslations()
    merged = interface if interface is not None else Translations(domain=INTERFACE_DOMAIN)
    if content is not None:
        merged.add(content, merge=False)
    return merged


def translate_content(trans: NullTranslations, text: str, lang: str) -> tuple[str, bool]:
    """``(text in lang, whether it is translated)`` with catalogs already loaded."""
    if lang == SOURCE_LANGUAGE or not text:
        return text, True
    translated = trans.dgettext(CONTENT_DOMAIN, text)
    return translated, translated != text


def content_lookup(trans: NullTranslations, lang: str) -> Callable[[str], tuple[str, bool]]:
    """``translate_content`` of one language as a function, by dictionary
    lookups in the catalogs ``dgettext`` reads (the content domain, or the
    catalog itself when it has none, then their fallbacks): tens of
    thousands of headlines and claims are looked up for every language of
    every build. Text by text through ``dgettext`` when a catalog is not a
    GNU one."""
    if lang == SOURCE_LANGUAGE:
        return lambda text: (text, True)
    domains = getattr(trans, "_domains", {})
    catalogs: list[dict[Any, str]] = []
    current: Any = domains.get(CONTENT_DOMAIN, trans)
    while current is not None:
        catalog = getattr(current, "_catalog", None)
        if not isinstance(catalog, dict):
            return functools.partial(_translate_in, trans, lang)
        catalogs.append(catalog)
        current = getattr(current, "_fallback", None)

    def lookup(text: str) -> tuple[str, bool]:
        if not text:
            return text, True
        for catalog in catalogs:
            found = catalog.get(text)
            if found is not None:
                return found, found != text
        return text, False

    return lookup


def _translate_in(trans: NullTranslations, lang: str, text: str) -> tuple[str, bool]:
    return translate_content(trans, text, lang)


def seed_text(
    lookup: Callable[[str], tuple[str, bool]], text: str, written_in: str, lang: str
) -> tuple[str, str | None]:
    """Seed text (a claim, a headline, a claimant, written in ``written_in``)
    for a page in ``lang``, with ``lookup`` (``content_lookup`` of ``lang``):
    ``(text, None)`` when it is in ``lang`` already or translated, else the
    original and the language to mark it with. The content catalogs translate
    into every language but the source language (English)."""
    if written_in == lang:
        return text, None
    if lang != SOURCE_LANGUAGE:
        value, translated = lookup(text)
        if translated:
            return value, None
    return text, written_in


def language_of(source_ids: Iterable[str], sources: Mapping[str, SourceArticle]) -> str:
    """The language of text quoted from ``source_ids``: the first known one's."""
    for source_id in source_ids:
        found = sources.get(source_id)
        if found is not None:
            return found.language
    return SOURCE_LANGUAGE


def claim_language(claim: Claim, sources: Mapping[str, SourceArticle]) -> str:
    """The language a claim's text and claimant are written in: that of the
    article its first quote is from."""
    return language_of([q.source for q in claim.quotes] or claim.sources, sources)


def headline_language(entry: Entry, sources: Mapping[str, SourceArticle]) -> str:
    """The language of an entry's headline: that of the claim it is cut from
    (the first claim whose text holds its opening words)."""
    opening = entry.headline.rstrip(".…")[:24]
    for claim in entry.claims:
        if opening in claim.text:
            return claim_language(claim, sources)
    return claim_language(entry.claims[0], sources) if entry.claims else SOURCE_LANGUAGE


def translated_count(trans: NullTranslations, texts: Iterable[str], lang: str) -> int:
    """How many of ``texts`` ``translate_content`` finds translated."""
    lookup = content_lookup(trans, lang)
    return sum(1 for t in texts if lookup(t)[1])


def content_text(text: str, lang: str) -> tuple[str, bool]:
    """An entry headline or claim text in ``lang``; untranslated text is
    returned as is, with ``False``."""
    return translate_content(translations(lang), text, lang)


# --- dates and numbers ----------------------------------------------------


def format_number(n: int, lang: str) -> str:
    """``6500`` -> ``6,500`` (en), ``6 500`` (ru, with the locale's space)."""
    return format_decimal(n, locale=locale(lang))


def _interval(start: dt.date, end: dt.date, skeleton: str, lang: str) -> str:
    """``5–11 September 2022``: CLDR's interval pattern with full month names."""
    loc = locale(lang)
    if start == end:
        return format_skeleton(skeleton.replace("MMM", "MMMM"), start, locale=loc)
    if start.year != end.year:
        field = "y"
    elif start.month != end.month:
        field = "M"
    else:
        field = "d"
    patterns = loc.interval_formats.get(skeleton, {}).get(field)
    if not patterns or len(patterns) != 2:
        fallback = loc.interval_formats.get(None, "{0} – {1}")
        first = _babel_date(start, "long", locale=loc)
        return str(fallback).replace("{0}", first).replace("{1}", _babel_date(end, "long", loc))
    return "".join(
        _babel_date(instant, _full_months(pattern), locale=loc)
        for pattern, instant in zip(patterns, (start, end), strict=True)
    )


def _full_months(pattern: str) -> str:
    """Full month names; stand-alone (nominative) ones when no day is shown."""
    if "d" in pattern:
        return _SHORT_MONTH.sub("MMMM", pattern)
    return _ANY_MONTH.sub("LLLL", pattern)


def _is_month_start(value: dt.date) -> bool:
    return value.day == 1


def _is_month_end(value: dt.date) -> bool:
    return (value + dt.timedelta(days=1)).day == 1


def _range(value: FuzzyDate, lang: str) -> str:
    start, end = value.start, value.end
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31:
        return _interval(start, end, "y", lang)
    if _is_month_start(start) and _is_month_end(end):
        return _interval(start, end, "yMMM", lang)
    return _interval(start, end, "yMMMd", lang)


def _time_part(value: FuzzyDate, lang: str) -> str:
    match = _TIME.search(value.edtf)
    if not match:
        return ""
    hour, minute = int(match.group(1)), int(match.group(2))
    text = format_time(dt.time(hour, minute), "short", locale=locale(lang))
    zone = match.group(4)
    if zone == "Z":
        text += " " + str(locale(lang).zone_formats["gmt"]) % ""
    elif zone:
        text += " " + str(locale(lang).zone_formats["gmt"]) % zone
    return text


def _join_date_time(date_text: str, time_text: str, lang: str) -> str:
    pattern = str(locale(lang).datetime_formats.get("medium", "{1}, {0}"))
    return pattern.replace("{1}", date_text).replace("{0}", time_text)


def _decade(value: FuzzyDate, lang: str, gettext: Callable[[str], str]) -> str:
    decade = value.start.year - value.start.year % 10
    category = locale(lang).ordinal_form(decade)
    if decade % 1000 == 0:
        category = _THOUSANDS_CATEGORY.get(lang, category)
    suffix = _ORDINAL_SUFFIX.get(lang, {}).get(category, "")
    # Translators: a decade, "1980s"; %(ordinal_suffix)s is the Azerbaijani
    # ordinal suffix agreeing with the number (-ci, -cı, -cu, -cü), empty elsewhere.
    return gettext("%(decade)ss") % {"decade": decade, "ordinal_suffix": suffix}


def part_of_day_names(gettext: Callable[[str], str]) -> dict[str, str]:
    """Translated names of the parts of day that dates may carry."""
    return {
        "morning": gettext("morning"),
        "afternoon": gettext("afternoon"),
        "evening": gettext("evening"),
        "night": gettext("night"),
        "midday": gettext("midday"),
        "noon": gettext("noon"),
        "dawn": gettext("dawn"),
        "midnight": gettext("midnight"),
    }


def format_date(
    value: FuzzyDate,
    lang: str,
    gettext: Callable[[str], str] | None = None,
) -> str:
    """A date in ``lang`` at its precision.

    day ``16 ноября 2021 г.``; day with part of day ``November 16, 2021,
    evening``; time ``November 16, 2021, 18:30 GMT``; month ``noyabr 2021``
    (stand-alone month name where the locale has one); year ``2021``;
    decade ``1980s``; week or interval ``September 5–11, 2022``.
    ``gettext`` translates the few words Babel has no data for (decade,
    part of day); by default the interface catalog of ``lang``.
    """
    if value.part_of_day is None and value.precision != "decade":
        # no word of ``gettext`` in it: made once per date and language in a
        # process (pages, lists, feeds and TimelineJS show the same dates)
        key = (value, lang)
        found = _FORMATTED.get(key)
        if found is None:
            found = _FORMATTED[key] = _format_date(value, lang, gettext)
        return found
    return _format_date(value, lang, gettext)


_FORMATTED: dict[tuple[FuzzyDate, str], str] = {}


def _format_date(
    value: FuzzyDate,
    lang: str,
    gettext: Callable[[str], str] | None = None,
) -> str:
    if gettext is None:
        gettext = translations(lang).gettext
    loc = locale(lang)
    precision = value.precision
    if precision in ("day", "time"):
        text = _babel_date(value.start, "long", locale=loc)
        if precision == "time" and (clock := _time_part(value, lang)):
            return _join_date_time(text, clock, lang)
        if value.part_of_day:
            part = part_of_day_names(gettext).get(value.part_of_day, value.part_of_day)
            return gettext("%(date)s, %(part_of_day)s") % {"date": text, "part_of_day": part}
        return text
    if precision == "month":
        return format_skeleton("yMMMM", value.start, locale=loc)
    if precision == "year":
        return format_skeleton("y", value.start, locale=loc)
    if precision == "decade":
        return _decade(value, lang, gettext)
    return _range(value, lang)


def catalog_progress(lang: str, directory: Path, domain: str) -> tuple[int, int]:
    """``(translated, total)`` messages of a ``.po`` catalog; fuzzy ones count
    as untranslated. A missing catalog is ``(0, 0)``."""
    po, _ = _catalog_files(directory, lang, domain)
    if not po.exists():
        return 0, 0
    with po.open("rb") as fp:
        catalog = read_po(fp, locale=lang, domain=domain)
    total = done = 0
    for message in catalog:
        if not message.id:
            continue
        total += 1
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        if not message.fuzzy and all(strings):
            done += 1
    return done, total


# --- content catalogs (``invoke i18n-update`` / ``invoke translations``) -----


def content_catalog(timeline: Timeline, site_name: str | None = None) -> Catalog:
    """The POT of the content domain: the site's name, every entry headline,
    claim text and claimant of the timeline (place names come from the
    gazetteer, data/gazetteer.yaml), the original text as
    msgid, with a comment naming the entries and source files it comes from."""
    files = {s.id: s.file for s in timeline.sources}
    notes: dict[str, set[str]] = {}

    def note(text: str | None, comment: str) -> None:
        if text:
            notes.setdefault(text, set()).add(comment)

    note(site_name, "the site's name (SITENAME in pelicanconf.py)")

    for entry in timeline.entries:
        where = ", ".join(sorted(files.get(s, s) for s in entry.sources))
        note(entry.headline, f"headline of entry {entry.id} (sources: {where})")
        for claim in entry.claims:
            cited = ", ".join(sorted(files.get(s, s) for s in claim.sources))
            note(claim.text, f"claim of entry {entry.id} (source: {cited})")
            note(claim.claimant, f"claimant in entry {entry.id}")
    catalog = Catalog(
        domain=CONTENT_DOMAIN,
        project="conflict-timeline content",
        charset="utf-8",
        creation_date=_EPOCH,
        revision_date=_EPOCH,
        fuzzy=False,
    )
    for text in sorted(notes):
        catalog.add(text, auto_comments=sorted(notes[text])[:5])
    return catalog


def update_catalogs(template: Catalog, directory: Path, domain: str, languages: list[str]) -> None:
    """Write ``<domain>.pot`` and create or update ``<lang>/LC_MESSAGES/<domain>.po``."""
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / f"{domain}.pot").open("wb") as fp:
        write_po(fp, template, width=100, sort_output=True)
    for lang in languages:
        po, _ = _catalog_files(directory, lang, domain)
        if po.exists():
            with po.open("rb") as fp:
                catalog = read_po(fp, locale=lang, domain=domain)
            catalog.update(template, no_fuzzy_matching=True)
        else:
            po.parent.mkdir(parents=True, exist_ok=True)
            catalog = Catalog(locale=lang, domain=domain, charset="utf-8", fuzzy=False)
            catalog.creation_date = catalog.revision_date = _EPOCH
            catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        with po.open("wb") as fp:
            write_po(fp, catalog, width=100, sort_output=True, ignore_obsolete=True)


def progress_lines(languages: list[str]) -> list[str]:
    """``hy  interface 100 %  content 85 % (17/20)`` per language."""
    lines = []
    for lang in languages:
        i_done, i_total = catalog_progress(lang, INTERFACE_DIR, INTERFACE_DOMAIN)
        if lang == SOURCE_LANGUAGE:
            content = "content (source language)"
        else:
            c_done, c_total = catalog_progress(lang, CONTENT_DIR, CONTENT_DOMAIN)
            content = f"content {_pct(c_done, c_total):>3} % ({c_done}/{c_total})"
        lines.append(
            f"{lang:<4} interface {_pct(i_done, i_total):>3} % ({i_done}/{i_total})  {content}"
        )
    return lines


def _pct(done: int, total: int) -> int:
    return 100 if total == 0 else done * 100 // total


def main(argv: list[str] | None = None) -> int:
    """``python -m timeline.i18n content|report [--settings pelicanconf.py]``."""
    import argparse

    parser = argparse.ArgumentParser(prog="timeline.i18n")
    parser.add_argument("command", choices=["content", "report"])
    parser.add_argument("--settings", type=Path, default=ROOT / "pelicanconf.py")
    args = parser.parse_args(argv)

    from pelican.settings import read_settings

    from .pipeline import build_timeline
    from .settings import from_pelican

    raw = read_settings(str(args.settings))
    settings = from_pelican(raw, Path(raw["PATH"]).parent)
    languages = list(settings.languages)
    if args.command == "content":
        template = content_catalog(build_timeline(settings), settings.site_name)
        others = [lang for lang in languages if lang != SOURCE_LANGUAGE]
        update_catalogs(template, CONTENT_DIR, CONTENT_DOMAIN, others)
        sys.stdout.write(f"{CONTENT_DIR}: {len(template)} messages\n")
    for line in progress_lines(languages):
        sys.stdout.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
