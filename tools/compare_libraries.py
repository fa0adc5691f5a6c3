"""What well-kept reading libraries would give on the dev split, beside what we read.

    python tools/compare_libraries.py [--split dev]

Needs the optional libraries (`invoke libraries` installs the pins of pyproject.toml's
pyproject.toml's ``libraries`` extra): dateparser, htmldate, py3langid,
lingua-language-detector. Prints a markdown table per part, per language:

- publication date: ours (the build's ``published``), dateparser's first full date in the
  article's first 600 characters (the header zone), htmldate on the article with its address
  (the URL reader and its text heuristics; the page is given as markup, never fetched), and
  ours with htmldate's answer where ours has none;
- claim dates: the annotated claims' sentences dated by dateparser (``search_dates`` anchored
  on the annotated publication date, past preferred), against ours on the claims we found;
- language: ours, py3langid and lingua (both restricted to the reading languages).

trafilatura extracts the main text of saved HTML pages; the corpus holds the text the store
gives for each page, so it is scored apart, on the saved pages of tests/data.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import tempfile
import warnings
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaluate as ev

LANGUAGES = ("en", "fr", "ru", "hy", "az", "tr")


def _at(value: datetime | date | None, precision: str | None) -> str | None:
    if value is None:
        return None
    text = value.strftime("%Y-%m-%d")
    return text[: {"year": 4, "month": 7}.get(precision or "day", 10)]


def dateparser_published(text: str, lang: str) -> datetime | None:
    from dateparser.search import search_dates

    head = text[:600]
    found = search_dates(
        head,
        languages=[lang],
        settings={
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    return found[0][1] if found else None


def htmldate_published(text: str, url: str) -> str | None:
    from htmldate import find_date

    markup = "<html><body>" + "".join(
        f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip()
    )
    markup += "</body></html>"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return find_date(markup, url=url or None, original_date=True, extensive_search=True)
        except Exception:  # a library's failure is a miss, not a crash
            return None


def dateparser_claim(sentence: str, lang: str, published: str) -> str | None:
    from dateparser.search import search_dates

    base = datetime.fromisoformat(published if len(published) == 10 else published + "-01")
    found = search_dates(
        sentence,
        languages=[lang],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    return found[0][1].strftime("%Y-%m-%d") if found else published


class Identifiers:
    def __init__(self) -> None:
        import py3langid.langid
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        self.py3 = py3langid.langid.LanguageIdentifier.from_model_file(
            py3langid.langid.MODEL_FILE, norm_probs=True
        )
        self.py3.set_languages(list(LANGUAGES))
        codes = [getattr(IsoCode639_1, code.upper()) for code in LANGUAGES]
        self.lingua = LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()

    def py3langid(self, text: str) -> str:
        return str(self.py3.classify(text)[0])

    def lingua_(self, text: str) -> str | None:
        found = self.lingua.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else None


def trafilatura_on_pages() -> list[str]:
    """Main text of the saved pages in tests/data: furniture kept, and article kept."""
    import trafilatura

    rows = []
    root = ev.ROOT / "tests" / "data"
    for page in sorted(root.rglob("*.htm*")):
        markup = page.read_text(encoding="utf-8", errors="replace")
        extracted = trafilatura.extract(markup, output_format="json", with_metadata=True)
        data = json.loads(extracted) if extracted else {}
        rows.append(
            f"| {page.relative_to(ev.ROOT)} | {data.get('date')} | {data.get('title')!r} | "
            f"{len(data.get('text') or '')} chars |"
        )
    return rows


def pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f} ({part}/{whole})" if whole else "–"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    args = parser.parse_args(argv)
    golds = ev.select(args.split, None)
    with tempfile.TemporaryDirectory(prefix="libraries-") as work:
        timeline, _ = ev.build(golds, Path(work))
    sources = {s["id"]: s for s in timeline["sources"]}
    found = ev._claims_of(timeline)
    ids = Identifiers()
    tallies: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for gold in golds:
        t = tallies[gold.language]
        text = (ev.CORPUS / gold.language / f"{gold.id}.txt").read_text(encoding="utf-8")
        ours = (sources.get(gold.id) or {}).get("published")
        if gold.published is not None:
            t["dated"] += 1
            want = gold.published
            ours_at = str(ours)[: len(want)] if ours else None
            dp = _at(dateparser_published(text, gold.language), gold.precision)
            hd = htmldate_published(text, gold.url)
            hd_at = hd[: len(want)] if hd else None
            t["ours"] += ours_at == want
            t["dateparser"] += dp == want
            t["htmldate"] += hd_at == want
            t["ours+htmldate"] += (ours_at or hd_at) == want
            t["dateparser_wrong"] += dp is not None and dp != want
            t["htmldate_wrong"] += hd_at is not None and hd_at != want
            t["ours_wrong"] += ours_at is not None and ours_at != want
            for claim in gold.claims:
                if claim.date is None:
                    continue
                t["claims"] += 1
                got = dateparser_claim(claim.sentence, gold.language, gold.published)
                t["claims_dateparser"] += got is not None and ev.same_date(
                    claim.date, got[: len(claim.date)]
                )
                best = max(
                    found.get(gold.id, []),
                    key=lambda pair: ev.overlap(claim.sentence, pair[1]),
                    default=None,
                )
                if best and ev.overlap(claim.sentence, best[1]) >= ev.MATCH_AT:
                    t["claims_ours"] += ev.same_date(claim.date, best[0].get("date"))
        t["articles"] += 1
        t["lang_ours"] += (sources.get(gold.id) or {}).get("language") == gold.language
        t["lang_py3langid"] += ids.py3langid(text) == gold.language
        t["lang_lingua"] += ids.lingua_(text) == gold.language
    print("### Publication dates (right at the annotated precision; wrong)\n")
    print("| lang | dated | ours | dateparser | htmldate | ours, else htmldate |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for lang, t in sorted(tallies.items()):
        print(
            f"| {lang} | {t['dated']} | {pct(t['ours'], t['dated'])}; {t['ours_wrong']} | "
            f"{pct(t['dateparser'], t['dated'])}; {t['dateparser_wrong']} | "
            f"{pct(t['htmldate'], t['dated'])}; {t['htmldate_wrong']} | "
            f"{pct(t['ours+htmldate'], t['dated'])} |"
        )
    print("\n### Claim dates (annotated claims with a date, in dated articles)\n")
    print("| lang | claims | ours (found and right) | dateparser on the sentence |")
    print("| --- | ---: | ---: | ---: |")
    for lang, t in sorted(tallies.items()):
        print(
            f"| {lang} | {t['claims']} | {pct(t['claims_ours'], t['claims'])} | "
            f"{pct(t['claims_dateparser'], t['claims'])} |"
        )
    print("\n### Language of the article\n")
    print("| lang | articles | ours | py3langid | lingua |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for lang, t in sorted(tallies.items()):
        print(
            f"| {lang} | {t['articles']} | {pct(t['lang_ours'], t['articles'])} | "
            f"{pct(t['lang_py3langid'], t['articles'])} | {pct(t['lang_lingua'], t['articles'])} |"
        )
    print("\n### trafilatura on the saved pages of tests/data\n")
    print("| page | date | title | main text |")
    print("| --- | --- | --- | ---: |")
    for row in trafilatura_on_pages():
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
