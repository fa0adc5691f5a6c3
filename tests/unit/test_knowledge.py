"""The conflict's knowledge files: what they name, and the problems a maintainer sees."""

from __future__ import annotations

import dataclasses
import functools
import pickle
import re
import shutil
from pathlib import Path

import pytest

from timeline.knowledge import Knowledge, _name_pattern, load_knowledge
from timeline.model import EVENT_TYPES, Problem

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"


@functools.lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    found, problems = load_knowledge(DATA)
    assert problems == [], [str(p) for p in problems]
    return found


def test_the_project_data_loads_without_problems() -> None:
    k = knowledge()
    assert len(k.places) >= 25
    assert {a.id for a in k.actors} >= {
        "armenia",
        "azerbaijan",
        "russia",
        "eu",
        "un",
        "france",
        "usa",
        "turkey",
        "nagorno-karabakh-authorities",
    }
    for place in k.places:
        assert set(place.name) == {"en", "hy", "az", "ru", "fr"}, place.id
    for actor in k.actors:
        assert "en" in actor.name, actor.id


PLACE_SPELLINGS = [
    ("Kelbajar", "kalbajar"),
    ("Kalbajar", "kalbajar"),
    ("Karvachar", "kalbajar"),
    ("Kəlbəcər", "kalbajar"),
    ("Кельбаджарского", "kalbajar"),
    ("Lachin", "lachin"),
    ("Berdzor", "lachin"),
    ("Laçın", "lachin"),
    ("Latchine", "lachin"),
    ("Goris", "goris"),
    ("Sok", "sotk"),
    ("Jermuk", "jermuk"),
    ("Джермук", "jermuk"),
    ("Dashkesan", "dashkesan"),
    ("Nagorno-Karabakh", "nagorno-karabakh"),
    ("Nagorno Karabakh", "nagorno-karabakh"),
    ("Karabakh", "nagorno-karabakh"),
    ("Artsakh", "nagorno-karabakh"),
    ("Haut-Karabakh", "nagorno-karabakh"),
    ("Нагорном Карабахе", "nagorno-karabakh"),
    ("Dağlıq Qarabağ", "nagorno-karabakh"),
    ("Լեռնային Ղարաբաղ", "nagorno-karabakh"),
    ("Stepanakert", "stepanakert"),
    ("Khankendi", "stepanakert"),
    ("Xankəndi", "stepanakert"),
    ("Shusha", "shusha"),
    ("Shushi", "shusha"),
    ("Syunik", "syunik"),
    ("Gegharkunik", "gegharkunik"),
    ("Vardenis", "vardenis"),
    ("Tavush", "tavush"),
    ("Gazakh", "gazakh"),
    ("Qazax", "gazakh"),
    ("Nakhchivan", "nakhchivan"),
    ("Нахичевани", "nakhchivan"),
    ("Lachin Corridor", "lachin-corridor"),
    ("corridor de Latchine", "lachin-corridor"),
]


@pytest.mark.parametrize(("spelling", "place"), PLACE_SPELLINGS)
def test_place_spellings(spelling: str, place: str) -> None:
    assert knowledge().find_places(f"Reports from {spelling} today.") == (place,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Baku said the border was calm.", ()),
        ("Talks in Baku and Yerevan.", ("baku", "yerevan")),
        ("An appeal to Moscow.", ()),
        ("Leaders met in Brussels.", ("brussels",)),
        ("Armenia and Azerbaijan traded fire.", ()),
    ],
)
def test_capitals_are_places_only_where_something_happens_in_them(
    text: str, expected: tuple[str, ...]
) -> None:
    assert knowledge().find_places(text) == expected


def test_countries_are_places_on_request() -> None:
    assert knowledge().find_places("Armenia and Azerbaijan", include_countries=True) == (
        "armenia",
        "azerbaijan",
    )


ACTOR_NAMES = [
    ("Armenia", "armenia"),
    ("Armenian", "armenia"),
    ("Yerevan", "armenia"),
    ("Pashinyan", "armenia"),
    ("Armen Grigoryan", "armenia"),
    ("Пашиняна", "armenia"),
    ("Azerbaijani", "azerbaijan"),
    ("Baku", "azerbaijan"),
    ("Aliyev", "azerbaijan"),
    ("Алиев", "azerbaijan"),
    ("Bakou", "azerbaijan"),
    ("Kremlin", "russia"),
    ("Moscow", "russia"),
    ("Putin", "russia"),
    ("Shoigu", "russia"),
    ("Shoygu", "russia"),
    ("Кремль", "russia"),
    ("European Union", "eu"),
    ("European Council", "eu"),
    ("Charles Michel", "eu"),
    ("Union européenne", "eu"),
    ("United Nations", "un"),
    ("ООН", "un"),
    ("Macron", "france"),
    ("French", "france"),
    ("United States", "usa"),
    ("Turkey", "turkey"),
    ("Erdoğan", "turkey"),
    ("Nagorno-Karabakh authorities", "nagorno-karabakh-authorities"),
    ("Karabakh army", "nagorno-karabakh-authorities"),
    ("separatists", "nagorno-karabakh-authorities"),
    ("омбудсмен Нагорно-Карабахской Республики", "nagorno-karabakh-authorities"),
    ("МИД НКР", "nagorno-karabakh-authorities"),
]


def test_the_conflict_named_as_adjective_is_not_the_republic() -> None:
    assert knowledge().find_actors("в ходе нагорно-карабахского конфликта") == ()


@pytest.mark.parametrize(("name", "actor"), ACTOR_NAMES)
def test_actor_names(name: str, actor: str) -> None:
    assert knowledge().find_actors(f"On Tuesday {name} spoke.") == (actor,)


def test_a_region_named_as_adjective_is_not_its_government() -> None:
    assert knowledge().find_actors("fighting in the Karabakh region") == ()


def test_speakers_have_titles_for_claimants() -> None:
    found = knowledge().person_by_name("European Council President Charles Michel")
    assert found is not None
    person, actor = found
    assert (person.label(), actor.id) == ("Charles Michel, European Council President", "eu")


def test_knowledge_crosses_process_boundaries() -> None:
    k = knowledge()
    copy = pickle.loads(pickle.dumps(k))
    text = "Shelling of Goris, Sok and Jermuk; Pashinyan spoke."
    assert copy.find_places(text) == k.find_places(text)
    assert copy.find_actors(text) == k.find_actors(text)


def test_knowledge_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        knowledge().places = ()  # type: ignore[misc]


def test_every_event_type_has_english_terms() -> None:
    rules = knowledge().event_rules
    assert {t for t, *_ in rules.terms["en"]} == set(EVENT_TYPES)
    assert rules.priority[-1] == "background"


# --------------------------------------------------------------------------------
# Problems, each naming the file and, where it can, the line
# --------------------------------------------------------------------------------


def _copy_data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def _problems(data: Path) -> list[Problem]:
    return load_knowledge(data)[1]


def test_missing_files_are_errors(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    problems = _problems(tmp_path / "data")
    assert {p.file for p in problems} == {
        "data/gazetteer.yaml",
        "data/actors.yaml",
        "data/event-types.yaml",
    }
    assert all(p.severity == "error" for p in problems)


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    (data / "gazetteer.yaml").write_text("places:\n  - id: a\n    name: [unclosed\n")
    (problem,) = _problems(data)
    assert problem.file == "data/gazetteer.yaml"
    assert problem.line is not None and problem.line >= 3
    assert "not valid YAML" in problem.message


def test_a_file_without_its_list_says_what_to_add(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    (data / "actors.yaml").write_text("parties: []\n")
    (problem,) = _problems(data)
    assert str(problem).startswith('data/actors.yaml:1: no list under "actors:"')


@pytest.mark.parametrize(
    ("file", "text", "severity", "message", "line"),
    [
        (
            "gazetteer.yaml",
            "places:\n  - id: goris\n    name: {en: Goris}\n  - id: goris\n    name: {en: G}\n",
            "error",
            "place 'goris': duplicate id",
            4,
        ),
        (
            "gazetteer.yaml",
            "places:\n  - name: {en: Goris}\n",
            "error",
            "place without an id",
            2,
        ),
        (
            "gazetteer.yaml",
            "places:\n  - id: goris\n    name: {fr: Goris}\n",
            "error",
            "place 'goris': no English name",
            2,
        ),
        (
            "gazetteer.yaml",
            "places:\n  - id: goris\n    name: {en: Goris}\n    aliases: {de: [Goris]}\n",
            "warning",
            "unknown language 'de'",
            2,
        ),
        (
            "gazetteer.yaml",
            "places:\n  - id: a\n    name: {en: Sok}\n  - id: b\n    name: {en: Sok}\n",
            "warning",
            "name 'Sok' also names 'a'",
            4,
        ),
        (
            "gazetteer.yaml",
            "places:\n  - id: Goris Town\n    name: {en: Goris}\n",
            "warning",
            "lower-case words joined by hyphens",
            2,
        ),
        (
            "gazetteer.yaml",
            "places:\n  - id: goris\n    name: {en: Goris}\n    in: syunikk\n",
            "warning",
            "'in: syunikk' is not a place id",
            None,
        ),
        (
            "actors.yaml",
            "actors:\n  - id: x\n    name: {en: X}\n    people: [{title: {en: T}}]\n",
            "error",
            "a person without a name",
            2,
        ),
        (
            "actors.yaml",
            "actors:\n  - id: x\n    name: {en: X}\n    capital: atlantis\n",
            "warning",
            "capital 'atlantis' is not in gazetteer.yaml",
            None,
        ),
        (
            "event-types.yaml",
            "types:\n  riot: {en: [riot]}\n",
            "error",
            "unknown event type 'riot'",
            2,
        ),
        (
            "event-types.yaml",
            "priority: [shelling]\ntypes:\n  shelling: {en: [shell*]}\n",
            "error",
            "priority: must list every event type once",
            None,
        ),
        (
            "event-types.yaml",
            "figures: {killed: massacre}\ntypes:\n  shelling: {en: [shell*]}\n",
            "error",
            "figures.killed: unknown event type 'massacre'",
            1,
        ),
        (
            "event-types.yaml",
            "types:\n  shelling:\n    en: [{term: shell*, weight: heavy}]\n",
            "warning",
            "bad term",
            3,
        ),
    ],
)
def test_problems_name_file_key_and_line(
    tmp_path: Path, file: str, text: str, severity: str, message: str, line: int | None
) -> None:
    data = _copy_data(tmp_path)
    (data / file).write_text(text, encoding="utf-8")
    problems = [p for p in _problems(data) if message in p.message]
    assert len(problems) == 1, [str(p) for p in _problems(data)]
    (problem,) = problems
    assert problem.file == f"data/{file}"
    assert problem.severity == severity
    assert problem.line == line


def test_what_can_be_used_is_used_despite_problems(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    (data / "gazetteer.yaml").write_text(
        "places:\n  - id: goris\n    name: {en: Goris}\n  - name: {en: Nowhere}\n"
    )
    k, problems = load_knowledge(data)
    assert len(problems) == 1
    assert k.find_places("Shelling near Goris.") == ("goris",)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A ceasefire was agreed after the cease-fire broke down; shelling resumed."),
        ("en", "Ceasefire violations: the army shelled positions and fired mortars."),
        ("en", "Nothing happened today."),
        ("fr", "Le cessez-le-feu a été violé, des bombardements ont repris."),
        ("ru", "Режим прекращения огня нарушен, возобновились обстрелы."),
        ("xx", "An unknown language falls back to the English terms: ceasefire."),
    ],
)
def test_terms_in_are_the_terms_whose_literal_the_text_contains(lang: str, text: str) -> None:
    rules = knowledge().event_rules
    lowered = text.lower()
    terms = rules.terms.get(lang, rules.terms.get("en", ()))
    assert rules.terms_in(lang, lowered) == [t for t in terms if t[3] in lowered]


@pytest.mark.parametrize(
    "written", ["ministère de la Défense de l’Artsakh", "ministère de la Défense de l'Artsakh"]
)
def test_a_name_with_an_apostrophe_is_found_whichever_way_it_is_written(written: str) -> None:
    """data/actors.yaml writes "l’Artsakh" with a typographic apostrophe; a page may use
    either (the name's pattern once held a nested set that matched neither)."""
    assert re.fullmatch(_name_pattern("ministère de la Défense de l’Artsakh"), written)


# A speaker's words opening a sentence with a capital, where the data spell the first
# word in lower case (the adjective of a side): read in that case too, for speakers
# only. Rows from dev articles: ru-e98fcc24ab, hy-80307b740f.
OPENING_SPEAKERS = [
    ("Армянская сторона", ("armenia",)),
    ("Азербайджанская сторона", ("azerbaijan",)),
    ("Հայկական կողմը", ("armenia",)),
    ("Azərbaycan tərəfi", ("azerbaijan",)),
    ("Министерство обороны Армении", ("armenia",)),
    ("Пресс-служба", ()),
]


@pytest.mark.parametrize(("np", "actors"), OPENING_SPEAKERS)
def test_a_speaker_opening_its_sentence_is_read_in_the_datas_case(
    np: str, actors: tuple[str, ...]
) -> None:
    assert knowledge().speaker_actors(np) == actors


def test_a_sentences_parties_keep_the_case_sensitive_reading() -> None:
    # the sides of a sentence's figures are not read by the opening word's case-fold
    assert knowledge().find_actors("Армянская сторона заявила о гибели") == ()
    assert knowledge().find_actors("Հայկական կողմը վերջին օրերին զոհեր չունի") == ()


# -- a claimant that is an actor's body, by its name in each page language ----------------
# Real claimants of dev articles (and their pages' languages): the body the pack's
# bodies.yaml reads, the actor the words name (None: the claim's own), and the body's
# name an English, a Russian and an Armenian page show (data/actors.yaml bodies).
BODY_CASES = [
    (
        "ru",
        "Минобороны Азербайджана",
        "azerbaijan",
        "defence-ministry",
        None,
        "Azerbaijani Defence Ministry",
        "Минобороны Азербайджана",
    ),
    (
        "ru",
        "пресс-служба министерства обороны Азербайджана",
        "azerbaijan",
        "defence-ministry",
        None,
        "Azerbaijani Defence Ministry",
        "Ադրբեջանի պաշտպանության նախարարություն",
    ),
    (
        "ru",
        "Министерство обороны республики",
        None,
        "defence-ministry",
        "azerbaijan",
        "Azerbaijani Defence Ministry",
        "Минобороны Азербайджана",
    ),
    (
        "ru",
        "МВД Арцаха",
        "nagorno-karabakh-authorities",
        "interior-ministry",
        None,
        "Nagorno-Karabakh Interior Ministry",
        "МВД Нагорного Карабаха",
    ),
    (
        "fr",
        "ministère arménien de la Défense",
        "armenia",
        "defence-ministry",
        None,
        "Armenian Defence Ministry",
        "ՀՀ պաշտպանության նախարարություն",
    ),
    (
        "fr",
        "ministère de la Défense de l’Azerbaïdjan",
        "azerbaijan",
        "defence-ministry",
        None,
        "Azerbaijani Defence Ministry",
        "Минобороны Азербайджана",
    ),
    (
        "fr",
        "forces arméniennes",
        "armenia",
        "armed-forces",
        None,
        "Armenian armed forces",
        "Вооружённые силы Армении",
    ),
    (
        "hy",
        "ՀՀ ՊՆ մամուլի ծառայություն",
        "armenia",
        "defence-ministry",
        None,
        "Armenian Defence Ministry",
        "Минобороны Армении",
    ),
    (
        "hy",
        "Արցախի Հանրապետության պաշտպանության նախարարություն",
        "nagorno-karabakh-authorities",
        "defence-ministry",
        None,
        "Nagorno-Karabakh Defence Ministry",
        "Минобороны Нагорного Карабаха",
    ),
    (
        "hy",
        "Ադրբեջանի Պետական սահմանապահ ծառայություն",
        "azerbaijan",
        "border-service",
        None,
        "Azerbaijani State Border Service",
        "Госпогранслужба Азербайджана",
    ),
    # "Müdafiə Nazirliyi" is also one state's alias: the body's own words name no owner,
    # the claim's actor is its owner
    (
        "az",
        "Müdafiə Nazirliyinin mətbuat xidməti",
        None,
        "defence-ministry",
        "armenia",
        "Armenian Defence Ministry",
        "Минобороны Армении",
    ),
    (
        "az",
        "Azərbaycan Müdafiə Nazirliyi",
        "azerbaijan",
        "defence-ministry",
        None,
        "Azerbaijani Defence Ministry",
        "Ադրբեջանի պաշտպանության նախարարություն",
    ),
    ("az", "erməni tərəfi", "armenia", "side", None, "Armenian side", "армянская сторона"),
    (
        "tr",
        "Azerbaycan Milli Savunma Bakanlığı",
        "azerbaijan",
        "defence-ministry",
        None,
        "Azerbaijani Defence Ministry",
        "Минобороны Азербайджана",
    ),
    (
        "tr",
        "Ermenistan yetkilileri",
        "armenia",
        "authorities",
        None,
        "Armenian authorities",
        "власти Армении",
    ),
    (
        "en",
        "press service of the Azerbaijani Defense Ministry",
        "azerbaijan",
        "defence-ministry",
        None,
        "Azerbaijani Defence Ministry",
        "Минобороны Азербайджана",
    ),
]


@pytest.mark.parametrize(
    ("lang", "claimant", "named", "body", "claim_actor", "en", "other"), BODY_CASES
)
def test_a_claimant_that_is_a_body_is_shown_by_the_bodys_name(
    lang: str,
    claimant: str,
    named: str | None,
    body: str,
    claim_actor: str | None,
    en: str,
    other: str,
) -> None:
    from timeline.bodies import body_name, body_of
    from timeline.packs import pack
    from timeline.summary import actor_table

    words = pack(lang).bodies
    assert words is not None
    found = body_of(claimant, words, knowledge().actor_spans(claimant))
    assert found == (named, body)
    actors = actor_table(knowledge())
    table = {claimant: found}
    assert body_name(claimant, claim_actor, table, actors, "en") == en
    other_lang = "hy" if re.search("[\u0531-\u058f]", other) else "ru"
    assert body_name(claimant, claim_actor, table, actors, other_lang) == other


@pytest.mark.parametrize(
    ("lang", "claimant"),
    [
        # a person, another word, two parties: the claimant keeps its own words
        ("ru", "замминистра обороны Азербайджана Керим Велиев"),
        ("ru", "Vagif Dargahli, пресс-секретарь Минобороны Азербайджана"),
        ("fr", "dernier bilan donné par le ministère arménien de la Défense"),
        ("fr", "porte-parole du ministère azerbaïdjanais Vagif Dyargakhly"),
        ("hy", "Artsrun Hovhannisyan, ՊՆ ներկայացուցիչ"),
        ("ru", "Минобороны Армении и Азербайджана"),
        ("en", "Azerbaijani presidential foreign policy adviser"),
    ],
)
def test_a_claimant_with_more_than_a_body_keeps_its_words(lang: str, claimant: str) -> None:
    from timeline.bodies import body_of
    from timeline.packs import pack

    words = pack(lang).bodies
    assert words is not None
    assert body_of(claimant, words, knowledge().actor_spans(claimant)) is None


def test_every_body_an_actor_names_is_a_body_of_the_packs() -> None:
    from timeline.packs import packs

    read = {body for p in packs().values() if p.bodies for _, body in p.bodies.phrases}
    for actor in knowledge().actors:
        assert set(actor.bodies) <= read, actor.id
        for body, names in actor.bodies.items():
            assert set(names) == {"en", "hy", "az", "ru", "fr"}, (actor.id, body)
