"""Articles in Armenian, Azerbaijani, Russian, French and English, as agencies
file them, as saved web pages and with front matter, go through the whole
pipeline: language, publication date, dateline, wire, dated claims with
figures and claimants."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from timeline.build import build

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "tests/data/multilingual"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("multilingual")
    shutil.copytree(SEEDS, tmp / "seeds")
    settings = {"TIMELINE_REGISTRY": str(tmp / "registry.yaml"), "CACHE_PATH": str(tmp / "cache")}
    code = build(
        ROOT / "pelicanconf.py", tmp / "output", tmp / "seeds", search=False, settings=settings
    )
    assert code == 0
    return tmp / "output"


@pytest.fixture(scope="module")
def data(output: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads((output / "timeline.json").read_text("utf-8"))
    return result


@pytest.mark.parametrize(
    ("source", "language", "published", "wire", "dateline"),
    [
        ("ru_tass", "ru", ("2021-11-16", "dateline"), "TASS", "Ереван"),
        ("fr_afp", "fr", ("2021-11-16", "dateline"), None, "Erevan"),
        # "13.09.2022, 09:41"; "ԵՐԵՎԱՆ, 13 ՍԵՊՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ:"
        ("hy_armenpress", "hy", ("2022-09-13", "dateline"), "Armenpress", "Երեվան"),
        # "03.05.2022 14:25"; "Bakı. 3 may. APA."
        ("az_apa", "az", ("2022-05-03", "dateline"), "APA", "Bakı"),
        # <meta property="article:published_time">
        ("en_eurasianet", "en", ("2023-04-11", "header"), None, None),
        # front matter
        ("fr_front_matter", "fr", ("2021-05-27", "header"), "AFP", None),
    ],
)
def test_sources_are_read(
    data: dict[str, Any],
    source: str,
    language: str,
    published: tuple[str, str],
    wire: str | None,
    dateline: str | None,
) -> None:
    (found,) = [s for s in data["sources"] if s["id"] == source]
    assert (found["language"], found["status"]) == (language, "ok")
    assert (found["published"], found["published_from"]) == published
    assert found["wire"] == wire
    assert found["dateline_place"] == dateline


def test_page_and_front_matter_metadata_is_not_text(data: dict[str, Any]) -> None:
    sources = {s["id"]: s for s in data["sources"]}
    page, front = sources["en_eurasianet"], sources["fr_front_matter"]
    assert page["url"] == "https://example.org/world/border-shooting-2023-04-11"
    assert page["outlet"] == "Eurasianet"
    assert front["headline"].startswith("Haut-Karabakh : Bakou et Erevan")
    texts = [c["text"] for c in claims(data, "en_eurasianet") + claims(data, "fr_front_matter")]
    assert len(texts) == 4
    assert not [t for t in texts if "title:" in t or "---" in t or "Home" in t or "©" in t]


def claims(data: dict[str, Any], source: str) -> list[dict[str, Any]]:
    return [c for e in data["entries"] for c in e["claims"] if source in c["sources"]]


@pytest.mark.parametrize(
    ("source", "date", "words", "figures", "claimant"),
    [
        ("ru_tass", "2021-11-16", "прекращении огня", {}, "Министерство обороны Армении"),
        ("ru_tass", "2021-11-16", "12 взяты в плен", {"captured": 12, "killed": 1}, None),
        ("ru_tass", "2021-11-15", "Лачинского коридора", {}, "власти Нагорного Карабаха"),
        ("fr_afp", "2021-11-16", "cessez-le-feu", {}, "ministère arménien de la Défense"),
        ("fr_afp", "2021-11-16", "faits prisonniers", {"captured": 12, "killed": 1}, None),
        ("fr_afp", "2021-11-15", "corridor de Latchine", {}, None),
        ("fr_afp", "2020-11", "6 500 morts", {"killed": 6500}, None),
        ("hy_armenpress", "2022-09-13", "հրետակոծել են", {}, "ՀՀ պաշտպանության նախարարություն"),
        ("hy_armenpress", "2022-09-13", "զոհվել է", {"killed": 49}, "ՀՀ պաշտպանության"),
        ("hy_armenpress", "2022-09-13", "սադրանք", {}, "Ադրբեջանի պաշտպանության"),
        ("hy_armenpress", "2022-09-12", "հեռախոսազրույց", {}, None),  # Երեկ: yesterday
        ("az_apa", "2022-05-02", "atəşə tutub", {}, None),  # mayın 2-də
        ("az_apa", "2022-05-02", "qarşısı alınıb", {}, "Azərbaycan Müdafiə Nazirliyi"),
        ("az_apa", "2022-05-02", "yaralanıb", {"wounded": 2}, "Azərbaycan Müdafiə Nazirliyi"),
        ("az_apa", "2022-05-02", "təkzib edib", {}, "Ermənistan Müdafiə Nazirliyi"),  # Dünən
        ("en_eurasianet", "2023-04-11", "three of its", {"killed": 3}, "Azerbaijani defence"),
        ("en_eurasianet", "2023-04-11", "six were", {"killed": 4, "wounded": 6}, "Armenian def"),
        ("fr_front_matter", "2021-05-27", "soldat arménien", {"killed": 1}, "ministère arménien"),
        ("fr_front_matter", "2021-05-27", "démenti", {}, "ministère azerbaïdjanais"),
    ],
)
def test_claims_are_dated_and_attributed(
    data: dict[str, Any],
    source: str,
    date: str,
    words: str,
    figures: dict[str, int],
    claimant: str | None,
) -> None:
    found = [c for c in claims(data, source) if words in c["text"] and c["date"] == date]
    assert found, f"no claim of {source} on {date} says {words!r}"
    claim = found[0]
    assert figures.items() <= claim["figures"].items()
    if claimant:
        assert claim["claimant"] is not None
        assert claimant.lower()[:12] in claim["claimant"].lower()


def _entry_page(output: Path, data: dict[str, Any], lang: str, words: str) -> str:
    (entry,) = [e for e in data["entries"] if any(words in c["text"] for c in e["claims"])]
    return (output / lang / "entries" / f"{entry['id']}.html").read_text("utf-8")


@pytest.mark.parametrize(
    ("words", "written_in"),
    [("զոհվել է", "hy"), ("yaralanıb", "az"), ("faits prisonniers", "fr"), ("взяты в плен", "ru")],
)
def test_seed_text_is_marked_with_its_language_only_where_it_is_foreign(
    output: Path, data: dict[str, Any], words: str, written_in: str
) -> None:
    untranslated = {
        "en": "(not yet translated)",
        "fr": "(pas encore traduit)",
        "ru": "(ещё не переведено)",
    }
    for lang in ("en", "hy", "az", "ru", "fr"):
        page = _entry_page(output, data, lang, words)
        claims = re.split(r'<li class="claim[^"]*">', page.split("</main>")[0])[1:]
        (claim,) = [c.split("</li>")[0] for c in claims if words in c.split("</li>")[0]]
        marked = f'<span lang="{written_in}">' in claim
        assert marked == (lang != written_in), (lang, claim[:300])
        if lang in untranslated:
            assert (untranslated[lang] in claim) == (lang != written_in), lang


def _claimant_headings(page: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", h) for h in re.findall(r'<h4 class="claimant">(.*?)</h4>', page)]


@pytest.mark.parametrize(
    ("words", "shown"),
    [
        # "Министерство обороны Армении" (TASS), "ՀՀ պաշտպանության նախարարություն"
        # (Armenpress), "Azərbaycan Müdafiə Nazirliyi" (APA): each page names the body
        # in its own language
        (
            "прекращении огня",
            {
                "en": "Armenian Defence Ministry",
                "hy": "ՀՀ պաշտպանության նախարարություն",
                "fr": "ministère arménien de la Défense",
            },
        ),
        (
            "հրետակոծել են",
            {
                "en": "Armenian Defence Ministry",
                "ru": "Минобороны Армении",
                "az": "Ermənistan Müdafiə Nazirliyi",
            },
        ),
        (
            "qarşısı alınıb",
            {
                "en": "Azerbaijani Defence Ministry",
                "ru": "Минобороны Азербайджана",
                "hy": "Ադրբեջանի պաշտպանության նախարարություն",
            },
        ),
    ],
)
def test_a_body_claimant_is_named_in_the_pages_language(
    output: Path, data: dict[str, Any], words: str, shown: dict[str, str]
) -> None:
    for lang, name in shown.items():
        assert name in _claimant_headings(_entry_page(output, data, lang, words)), lang


def test_an_english_page_shows_no_cyrillic_claimant_for_a_known_body(
    output: Path, data: dict[str, Any]
) -> None:
    bodies = data["claimant_bodies"]
    assert bodies["министерство обороны Армении"] == {
        "actor": "armenia",
        "body": "defence-ministry",
    }
    seen = 0
    for page in (output / "en" / "entries").glob("*.html"):
        for heading in _claimant_headings(page.read_text("utf-8")):
            seen += 1
            assert not re.search("[\u0400-\u04ff]", heading), (page.name, heading)
    assert seen
    feed = (output / "en" / "feed.atom.xml").read_text("utf-8")
    said_by = re.findall(r"strong&gt;(.*?)&lt;/strong", feed)
    assert "Armenian Defence Ministry" in said_by
    assert not [s for s in said_by if re.search("[\u0400-\u04ff]", s)]


def test_a_known_person_is_named_and_titled_in_the_pages_language(
    output: Path, data: dict[str, Any]
) -> None:
    # a real sentence of newsland.com (5 April 2021): the reading writes the speaker with
    # the title in the article's language; each page, its feed and its TimelineJS export
    # name him and give his title in the page's language (data/actors.yaml)
    words = "окружении вооруженных сил"
    (claim,) = [c for e in data["entries"] for c in e["claims"] if words in c["text"]]
    assert claim["claimant"] == "Vagif Dargahli, пресс-секретарь Минобороны Азербайджана"
    shown = {
        "en": "Vagif Dargahli, Azerbaijani defence ministry spokesman",
        "fr": "Vagif Dargahli, porte-parole du ministère azerbaïdjanais de la Défense",
        "hy": "Վագիֆ Դարգահլի, Ադրբեջանի ՊՆ մամուլի ծառայության ղեկավար",
        "az": "Vaqif Dərgahlı, Azərbaycan Müdafiə Nazirliyinin mətbuat xidmətinin rəhbəri",
        "ru": "Вагиф Даргяхлы, пресс-секретарь Минобороны Азербайджана",
    }
    for lang, name in shown.items():
        page = _entry_page(output, data, lang, words)
        assert f'<h4 class="claimant">{name}</h4>' in page, lang  # unmarked: in its language
        timelinejs = json.loads((output / lang / "timelinejs.json").read_text("utf-8"))
        said = [e["text"]["text"] for e in timelinejs["events"]]
        assert [t for t in said if f"<strong>{name}</strong>" in t], lang
    feed = (output / "en" / "feed.atom.xml").read_text("utf-8")
    assert "Vagif Dargahli, Azerbaijani defence ministry spokesman" in feed
