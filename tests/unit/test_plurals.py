"""Counted labels in every language: gettext's plural forms follow Babel's
(CLDR) plural rules, and every counted message and template reads right
with 1, 2, 5 and 21."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel import Locale
from babel.messages.pofile import read_po
from markupsafe import Markup

from timeline import i18n
from timeline.site import environment

ROOT = Path(__file__).resolve().parents[2]
LANGS = ["en", "hy", "az", "ru", "fr"]
COUNTS = (1, 2, 5, 21)
#: Which gettext form each CLDR category of whole numbers takes, per language.
FORM_OF = {
    "en": {"one": 0, "other": 1},
    "az": {"one": 0, "other": 1},
    "hy": {"one": 0, "other": 1},
    "ru": {"one": 0, "few": 1, "many": 2},
    "fr": {"one": 0, "many": 1, "other": 2},
}
#: What "%(num)s article" and "%(num)s entry" read as, by count.
EXPECTED = {
    ("ru", "%(num)s article"): ["1 статья", "2 статьи", "5 статей", "21 статья"],
    ("ru", "%(num)s entry"): ["1 запись", "2 записи", "5 записей", "21 запись"],
    ("fr", "%(num)s article"): ["1 article", "2 articles", "5 articles", "21 articles"],
    ("fr", "%(num)s entry"): ["1 entrée", "2 entrées", "5 entrées", "21 entrées"],
    ("en", "%(num)s article"): ["1 article", "2 articles", "5 articles", "21 articles"],
    # Armenian and Azerbaijani nouns stay singular after a numeral
    ("hy", "%(num)s article"): ["1 հոդված", "2 հոդված", "5 հոդված", "21 հոդված"],
    ("az", "%(num)s article"): ["1 məqalə", "2 məqalə", "5 məqalə", "21 məqalə"],
    (
        "ru",
        "Reported by %(num)s independent source",
    ): [
        "Сообщает 1 независимый источник",
        "Сообщают 2 независимых источника",
        "Сообщают 5 независимых источников",
        "Сообщает 21 независимый источник",
    ],
}


def _catalog(lang: str):  # type: ignore[no-untyped-def]
    path = ROOT / "theme/translations" / lang / "LC_MESSAGES/messages.po"
    with path.open("rb") as fp:
        return read_po(fp, locale=lang)


@pytest.mark.parametrize("lang", LANGS)
def test_plural_forms_follow_babels_rules(lang: str) -> None:
    catalog = _catalog(lang)
    assert catalog.num_plurals == len(FORM_OF[lang]), catalog.plural_forms
    trans = i18n.translations(lang)
    locale = Locale.parse(lang)
    for n in (0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 111, 1_000_000):
        form = FORM_OF[lang][locale.plural_form(n)]
        chosen = trans.ngettext("%(num)s article", "%(num)s articles", n)
        strings = next(m.string for m in catalog if m.id == ("%(num)s article", "%(num)s articles"))
        assert chosen == strings[form], (lang, n, chosen)


def _plural_messages(lang: str) -> list[tuple[str, str]]:
    return [m.id for m in _catalog(lang) if isinstance(m.id, tuple)]  # type: ignore[misc]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("n", COUNTS)
def test_every_counted_message_with_1_2_5_21(lang: str, n: int) -> None:
    trans = i18n.translations(lang)
    number = i18n.format_number(n, lang)
    messages = _plural_messages(lang)
    assert len(messages) >= 6
    for singular, plural in messages:
        text = trans.ngettext(singular, plural, n) % {"num": number}
        assert number in text and "%(" not in text, (lang, singular, text)
        wanted = EXPECTED.get((lang, singular))
        if wanted:
            assert text.startswith(wanted[COUNTS.index(n)]), (lang, n, text)


def _template_calls() -> list[str]:
    """Every ``ngettext(...)`` call of the templates, as written."""
    calls = []
    for path in sorted((ROOT / "theme/templates").glob("*.html")):
        calls += re.findall(r"\{\{ (ngettext\(.*?\)) \}\}", path.read_text("utf-8"))
    return calls


def test_every_counted_label_of_the_templates_is_an_ngettext_call() -> None:
    """No template formats a count with a plain gettext: each count in a
    message goes through ngettext."""
    calls = _template_calls()
    # the source page's "and N more entries" and the entry page's "N articles" are made
    # in site.py now (ngettext calls there, tests/unit/test_site.py)
    assert len(calls) >= 2
    for path in sorted((ROOT / "theme/templates").glob("*.html")):
        for call in re.findall(r"_\((\"[^\"]*%\((?:num|count)\)s[^\"]*\")", path.read_text()):
            pytest.fail(f"{path.name}: a count through gettext: {call}")


@pytest.mark.parametrize("lang", LANGS)
def test_templates_render_their_counts_with_1_2_5_21(lang: str) -> None:
    """Each counted template expression, rendered in the language's own
    environment (as the site renders it) with 1, 2, 5 and 21."""
    env = environment(i18n.translations(lang))
    locale = Locale.parse(lang)
    for call in _template_calls():
        names = set(re.findall(r", (\w+(?:\|length)?)(?:, num=|\))", call))
        template = env.from_string("{{ " + call + " }}")
        for n in COUNTS:
            number = i18n.format_number(n, lang)
            values = {
                name.split("|")[0]: ([None] * n if "|length" in name else n) for name in names
            }
            values.update(
                {
                    "total": number,
                    "more_cited_text": number,
                    "count": number,
                    "total_n": n,
                    "count_n": n,
                    "more_cited": n,
                }
            )
            text = template.render(**values)
            assert str(number) in text and "%(" not in text, (lang, call, n, text)
            # the form of the count's CLDR category, not another
            form = FORM_OF[lang][locale.plural_form(n)]
            singular = re.search(r'ngettext\("((?:[^"\\]|\\.)*)"', call)
            assert singular is not None
            ids = next(
                m.id
                for m in _catalog(lang)
                if isinstance(m.id, tuple) and m.id[0] == singular.group(1)
            )
            strings = next(m.string for m in _catalog(lang) if m.id == ids)
            assert text == str(Markup(strings[form]) % {"num": number}), (lang, n, text)


def test_catalogs_compile(tmp_path: Path) -> None:
    """Babel compiles each catalog with its plural forms."""
    for lang in LANGS:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "babel.messages.frontend",
                "compile",
                "-i",
                str(ROOT / "theme/translations" / lang / "LC_MESSAGES/messages.po"),
                "-o",
                str(tmp_path / f"{lang}.mo"),
                "-l",
                lang,
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
