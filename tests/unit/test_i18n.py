"""Dates and numbers in each language (Babel), and complete interface catalogs."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from timeline import i18n
from timeline.model import FuzzyDate

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("en", "hy", "az", "ru", "fr")
D = dt.date


def fd(start: D, end: D, edtf: str, precision: str, part: str | None = None) -> FuzzyDate:
    return FuzzyDate(start, end, edtf, precision, part)  # type: ignore[arg-type]


DAY = fd(D(2021, 11, 16), D(2021, 11, 16), "2021-11-16", "day")
EVENING = fd(D(2021, 11, 16), D(2021, 11, 16), "2021-11-16", "day", "evening")
TIME = fd(D(2021, 11, 16), D(2021, 11, 16), "2021-11-16T18:30", "time")
ZULU = fd(D(2021, 11, 16), D(2021, 11, 16), "2021-11-16T14:30Z", "time")
MONTH = fd(D(2020, 11, 1), D(2020, 11, 30), "2020-11", "month")
YEAR = fd(D(1991, 1, 1), D(1991, 12, 31), "1991", "year")
DECADE = fd(D(1980, 1, 1), D(1989, 12, 31), "198X", "decade")
WEEK = fd(D(2022, 9, 5), D(2022, 9, 11), "2022-09-05/2022-09-11", "week")
MONTHS = fd(D(2022, 4, 1), D(2022, 5, 31), "2022-04/2022-05", "interval")


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (DAY, "en", "November 16, 2021"),
        (DAY, "ru", "16 ноября 2021\u202fг."),
        (DAY, "az", "16 noyabr 2021"),
        (DAY, "fr", "16 novembre 2021"),
        (DAY, "hy", "16 նոյեմբերի, 2021 թ."),
        (EVENING, "en", "November 16, 2021, evening"),
        (EVENING, "ru", "16 ноября 2021\u202fг., вечер"),
        (EVENING, "fr", "16 novembre 2021, soir"),
        (EVENING, "az", "16 noyabr 2021, axşam"),
        (EVENING, "hy", "16 նոյեմբերի, 2021 թ., երեկոյան"),
        (TIME, "fr", "16 novembre 2021, 18:30"),
        (TIME, "en", "November 16, 2021, 6:30\u202fPM"),
        (ZULU, "ru", "16 ноября 2021\u202fг., 14:30 GMT"),
        (ZULU, "fr", "16 novembre 2021, 14:30 UTC"),
        (MONTH, "en", "November 2020"),
        (MONTH, "az", "noyabr 2020"),
        (MONTH, "ru", "ноябрь 2020\u202fг."),  # stand-alone (nominative) month
        (MONTH, "fr", "novembre 2020"),
        (MONTH, "hy", "2020 թ․ նոյեմբեր"),
        (YEAR, "en", "1991"),
        (YEAR, "ru", "1991"),
        (DECADE, "en", "1980s"),
        (DECADE, "ru", "1980-е"),
        (DECADE, "fr", "années 1980"),
        (DECADE, "hy", "1980-ական թվականներ"),
        (DECADE, "az", "1980-ci illər"),
        (WEEK, "en", "September 5\u2009–\u200911, 2022"),
        (WEEK, "ru", "5–11 сентября 2022\u202fг."),
        (WEEK, "fr", "5–11 septembre 2022"),
        (MONTHS, "ru", "апрель – май 2022\u202fг."),
        (MONTHS, "fr", "avril–mai 2022"),
    ],
)
def test_format_date_at_its_precision(value: FuzzyDate, lang: str, expected: str) -> None:
    assert i18n.format_date(value, lang) == expected


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        # formatted once per date and language; the words ``gettext`` gives
        # (part of day, decade) are never taken from an earlier call's
        (EVENING, "en", "November 16, 2021, EVENING!"),
        (DECADE, "en", "1980s!"),
        (EVENING, "fr", "16 novembre 2021, SOIR!"),
        (DAY, "fr", "16 novembre 2021"),
        (MONTH, "ru", "ноябрь 2020\u202fг."),
    ],
)
def test_format_date_again_follows_its_gettext(value: FuzzyDate, lang: str, expected: str) -> None:
    def upper(message: str) -> str:
        text = i18n.translations(lang).gettext(message)
        return f"{text}!" if "%(" in message else text.upper()

    plain = i18n.format_date(value, lang)
    assert i18n.format_date(value, lang, upper) == expected
    assert i18n.format_date(value, lang) == plain
    assert i18n.format_date(value, lang, upper) == expected


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (1900, "1900-cü illər"),
        (1990, "1990-cı illər"),
        (2000, "2000-ci illər"),
        (2010, "2010-cu illər"),
        (2020, "2020-ci illər"),
    ],
)
def test_azerbaijani_decade_suffix_follows_vowel_harmony(year: int, expected: str) -> None:
    value = fd(D(year, 1, 1), D(year + 9, 12, 31), f"{year // 10}X", "decade")
    assert i18n.format_date(value, "az") == expected


def test_month_names_do_not_leak_between_locales() -> None:
    """Babel 2.18 caches a resolved alias in data shared by locales."""
    for lang in ("az", "fr", "ru", "en"):
        i18n.format_date(MONTHS, lang)
    assert i18n.format_date(MONTHS, "fr") == "avril–mai 2022"
    assert i18n.format_date(MONTH, "fr") == "novembre 2020"


@pytest.mark.parametrize(
    ("n", "lang", "expected"),
    [
        (6500, "en", "6,500"),
        (6500, "ru", "6\u00a0500"),
        (6500, "fr", "6\u202f500"),
        (6500, "az", "6.500"),
        (12, "hy", "12"),
    ],
)
def test_format_number(n: int, lang: str, expected: str) -> None:
    assert i18n.format_number(n, lang) == expected


def test_missing_catalogs_fall_back_to_the_original(tmp_path: Path) -> None:
    trans = i18n.translations("hy", tmp_path / "none", tmp_path / "none")
    assert trans.gettext("Search") == "Search"
    assert i18n.translate_content(trans, "Clashes", "hy") == ("Clashes", False)


def test_content_text_untranslated_and_source_language() -> None:
    assert i18n.content_text("A text no catalog has 7f3a", "ru") == (
        "A text no catalog has 7f3a",
        False,
    )
    assert i18n.content_text("Anything", "en") == ("Anything", True)


def test_po_file_is_read_when_mo_is_stale(tmp_path: Path) -> None:
    folder = tmp_path / "ru" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "content.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Clashes"\nmsgstr "Столкновения"\n',
        encoding="utf-8",
    )
    trans = i18n.translations("ru", tmp_path / "x", tmp_path)
    assert i18n.translate_content(trans, "Clashes", "ru") == ("Столкновения", True)


# --- catalogs -------------------------------------------------------------


def _catalog(lang: str):  # type: ignore[no-untyped-def]
    path = ROOT / "theme/translations" / lang / "LC_MESSAGES/messages.po"
    with path.open("rb") as fp:
        return read_po(fp, locale=lang)


@pytest.mark.parametrize("lang", LANGS)
def test_every_interface_string_is_translated(lang: str) -> None:
    catalog = _catalog(lang)
    problems = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
        elif not all(strings):
            problems.append(f"untranslated: {message.id!r}")
    assert not problems, f"{lang}/LC_MESSAGES/messages.po:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_their_placeholders(lang: str) -> None:
    import re

    field = re.compile(r"%\((\w+)\)s")
    for message in _catalog(lang):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(field.findall(ids[0])) - {"ordinal_suffix", "num"}
        for text in strings:
            assert wanted <= set(field.findall(text)), (lang, message.id, text)


def test_every_template_and_plugin_string_is_in_the_catalog(tmp_path: Path) -> None:
    pot = tmp_path / "messages.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            "theme/babel.cfg",
            "--no-wrap",
            "-o",
            str(pot),
            ".",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    with pot.open("rb") as fp:
        extracted = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(fp) if m.id}
    for lang in LANGS:
        known = {m.id if isinstance(m.id, str) else m.id[0] for m in _catalog(lang) if m.id}
        missing = sorted(extracted - known)
        assert not missing, f"{lang}: not in messages.po (run invoke i18n-update): {missing}"


def test_catalogs_can_be_loaded_again_and_again() -> None:
    """Combining domains must not chain a cached catalog to itself."""
    for _ in range(3):
        trans = i18n.translations("hy")
    assert trans.dgettext("content", "no such text 51c2") == "no such text 51c2"
    assert trans.gettext("no such interface text 51c2") == "no such interface text 51c2"


@pytest.mark.parametrize(
    ("code", "lang", "name"),
    [
        ("en", "ru", "английский"),
        ("ru", "en", "Russian"),
        ("hy", "fr", "arménien"),
        ("fr", "az", "fransız"),
        ("xx", "en", "xx"),  # unknown to Babel: the code itself
    ],
)
def test_a_source_language_is_named_in_the_page_language(code: str, lang: str, name: str) -> None:
    assert i18n.language_in(code, lang) == name


def test_content_lookup_and_count_are_what_translate_content_finds(tmp_path: Path) -> None:
    """The fast lookup and count agree text by text with ``translate_content``: with a
    content catalog, without one (the interface catalog answers), in the
    source language and for the empty text."""
    folder = tmp_path / "content" / "ru" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "content.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Clashes"\nmsgstr "Столкновения"\n\n'
        'msgid "Same"\nmsgstr "Same"\n\n'
        'msgid "Empty"\nmsgstr ""\n',
        encoding="utf-8",
    )
    texts = ["Clashes", "Same", "Empty", "Unknown", "", "Search"]
    for lang, content in (
        ("ru", tmp_path / "content"),
        ("ru", tmp_path / "none"),
        ("en", tmp_path),
    ):
        for interface in (i18n.INTERFACE_DIR, tmp_path / "none"):
            trans = i18n.translations(lang, interface, content)
            slow = [i18n.translate_content(trans, t, lang) for t in texts]
            lookup = i18n.content_lookup(trans, lang)
            assert [lookup(t) for t in texts] == slow, (lang, content, interface)
            count = sum(1 for _, translated in slow if translated)
            assert i18n.translated_count(trans, texts, lang) == count, (lang, content, interface)
    ru = i18n.translations("ru", tmp_path / "none", tmp_path / "content")
    assert i18n.translated_count(ru, texts, "ru") == 2  # "Clashes" and the empty text


# --- seed text in a page's language ---------------------------------------


def _lookup(text: str) -> tuple[str, bool]:
    """A content catalog that knows one French translation."""
    return ("cessez-le-feu conclu", True) if text == "ceasefire agreed" else (text, False)


@pytest.mark.parametrize(
    ("text", "written_in", "page", "expected"),
    [
        ("ceasefire agreed", "en", "en", ("ceasefire agreed", None)),
        ("ceasefire agreed", "en", "fr", ("cessez-le-feu conclu", None)),
        ("talks resumed", "en", "hy", ("talks resumed", "en")),
        # text in the page's language is neither looked up nor marked
        ("զոհվել է 49 զինծառայող", "hy", "hy", ("զոհվել է 49 զինծառայող", None)),
        # foreign text on the English page: no English catalog, marked
        ("zoh", "hy", "en", ("zoh", "hy")),
        ("un soldat tué", "fr", "en", ("un soldat tué", "fr")),
        ("un soldat tué", "fr", "ru", ("un soldat tué", "fr")),
    ],
)
def test_seed_text(text: str, written_in: str, page: str, expected: tuple[str, str | None]) -> None:
    assert i18n.seed_text(_lookup, text, written_in, page) == expected


def test_headline_language_is_that_of_the_claim_it_is_cut_from() -> None:
    from timeline.model import Claim, Entry, Quote, SourceArticle

    def source(sid: str, lang: str) -> SourceArticle:
        return SourceArticle(sid, f"{sid}.txt", "0", None, None, None, language=lang)

    sources = {"a": source("a", "fr"), "b": source("b", "hy")}
    fr = Claim("Un soldat a été tué, a dit le ministère.", DAY, None, ("a",), (Quote("a", 0, "x"),))
    hy = Claim("Զոհվել է 49 զինծառայող:", DAY, None, ("b",), (Quote("b", 0, "y"),))
    entry = Entry("id", DAY, "Զոհվել է 49 զինծառայող", "casualties", (fr, hy), ("a", "b"))
    assert i18n.headline_language(entry, sources) == "hy"
    assert i18n.claim_language(fr, sources) == "fr"
    assert i18n.claim_language(hy, {}) == i18n.SOURCE_LANGUAGE
