"""Language packs: discovery from folders, the schema of each kind, errors naming file and line."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from timeline import dates
from timeline import packs as packs_module
from timeline.packs import LANGUAGES_DIR, PackError, load_pack, load_packs, packs

PUB = dt.date(2022, 9, 14)


def _pack(tmp_path: Path, **files: str) -> Path:
    folder = tmp_path / "xx"
    folder.mkdir()
    files.setdefault(
        "language", "name: Test\ndetection:\n  priority: 9\n  scripts:\n    latin: {}\n"
    )
    for kind, text in files.items():
        (folder / f"{kind}.yaml").write_text(text, encoding="utf-8")
    return folder


def test_the_reading_languages_are_the_folders() -> None:
    folders = sorted(p.name for p in LANGUAGES_DIR.iterdir() if p.is_dir())
    assert list(packs()) == folders
    assert {"en", "fr", "ru", "hy", "az", "tr"} <= set(folders)


def test_a_new_folder_is_a_new_language(tmp_path: Path) -> None:
    shutil.copytree(LANGUAGES_DIR / "en", tmp_path / "en")
    _pack(tmp_path, numbers="words:\n  un: 1\n")
    assert list(load_packs(tmp_path)) == ["en", "xx"]
    assert load_packs(tmp_path)["xx"].numbers == {"un": 1}


@pytest.mark.parametrize(
    ("kind", "text", "message"),
    [
        ("dates", "rules:\n  ago:\n    - '(unclosed'\n", "dates.yaml:3: rules.ago[0]: not a"),
        ("dates", "rules: {}\nseasosn: {}\n", "xx/dates.yaml:2: seasosn: unknown key"),
        ("dates", "rules:\n  agoo: ['x']\n", "xx/dates.yaml: rules: unknown kind 'agoo'"),
        ("dates", "rules: {}\nunits:\n  jour: days\n", "dates.yaml:3: units.jour: 'days'"),
        ("dates", "rules: {}\nparts_of_day: [matin]\n", "dates.yaml:2: parts_of_day: expected"),
        ("numbers", "words:\n  deux: two\n", "xx/numbers.yaml:2: words.deux: expected an integer"),
        ("numbers", "words:\n  un: 1\n  un: 1\n", "xx/numbers.yaml:3: words.un: given twice"),
        ("numbers", "wrods: {}\n", "xx/numbers.yaml:1: wrods: unknown key"),
        ("numbers", "words: [\n", "xx/numbers.yaml:2: not readable YAML"),
        ("language", "name: X\n", "xx/language.yaml:1: missing detection"),
        (
            "comparison",
            "synonyms:\n  kill: [dead]\n  die: [dead]\n",
            "xx/comparison.yaml: synonyms: 'dead' is under both 'kill' and 'die'",
        ),
        ("comparison", "compounds:\n  ceasefire: x\n", "compounds: 'ceasefire' is not two"),
        ("comparison", "spellings:\n  - {pattern: x}\n", "comparison.yaml:2: spellings[0]: miss"),
    ],
)
def test_a_typo_in_a_pack_names_file_and_line(
    tmp_path: Path, kind: str, text: str, message: str
) -> None:
    folder = _pack(tmp_path, **{kind: text})
    with pytest.raises(PackError) as error:
        load_pack(folder)
    assert message in str(error.value)


def test_a_pack_file_checked_before_is_not_compiled_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check's verdict on a file's regexes is kept by its text (and passed to
    spawned workers in the environment): a file checked before is not compiled
    again; a file changed since is, and its bad regex still named by file and line."""
    good = "rules:\n  ago:\n    - '(closed)'\n"
    folder = _pack(tmp_path, dates=good)
    load_pack(folder)
    assert packs_module._fingerprint(folder / "dates.yaml", good) in packs_module._CHECKED
    compiled: list[str] = []
    real = packs_module.re.compile

    def spy(text: str, flags: int = 0) -> object:
        compiled.append(text)
        return real(text, flags)

    monkeypatch.setattr(packs_module.re, "compile", spy)
    load_pack(folder)
    assert "(closed)" not in compiled
    (folder / "dates.yaml").write_text(good.replace("(closed)", "(unclosed"), encoding="utf-8")
    with pytest.raises(PackError) as error:
        load_pack(folder)
    assert "dates.yaml:3: rules.ago[0]: not a regular expression" in str(error.value)


def test_the_packs_checked_are_told_to_the_workers_a_process_starts() -> None:
    load_packs.cache_clear()
    load_packs(LANGUAGES_DIR)
    told = set(os.environ[packs_module.CHECKED_ENV].split(","))
    for folder in LANGUAGES_DIR.iterdir():
        if (folder / "language.yaml").is_file():
            text = (folder / "language.yaml").read_text(encoding="utf-8")
            assert packs_module._fingerprint(folder / "language.yaml", text) in told


def test_every_pack_loads_and_compiles() -> None:
    for code in packs():
        assert dates.find_dates("nothing here", PUB, lang=code) == []


def _examples() -> list[tuple[str, str, str]]:
    return [
        (code, kind, text)
        for code, found in packs().items()
        for kind, texts in found.dates.examples.items()
        for text in texts
    ]


@pytest.mark.parametrize(("lang", "kind", "text"), _examples())
def test_each_date_example_of_a_pack_is_read_as_its_kind(lang: str, kind: str, text: str) -> None:
    """Every ``examples`` line of a pack's dates.yaml finds a date of that kind."""
    found = dates.find_dates(text, PUB, dates.day(dt.date(2022, 9, 12)), lang)
    kinds = {m.kind for m in found}
    expected = {"anaphora" if kind.startswith("anaphora") else kind}
    if kind == "years-after":
        expected = {"relative"}
    assert kinds & expected, (text, found)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # general English folds from languages/en/comparison.yaml
        ("Three soldiers were killed", "three servicemen dead"),
        ("the Defence Ministry's statement", "defense ministry"),
        ("a cease fire", "the ceasefire"),
        ("Armenia's positions", "Armenia positions"),
    ],
)
def test_claim_words_compare_by_the_packs_comparison_vocabulary(a: str, b: str) -> None:
    from timeline.merge import content_words

    assert content_words(a) == content_words(b)
