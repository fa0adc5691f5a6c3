"""Check the evaluation corpus and its annotations against the schema of eval/README.md.

    python eval/check.py            check every annotation
    python eval/check.py ID [ID..]  check these

Prints one line per problem, ``eval/annotations/<id>.yaml: <what is wrong>``, and exits 1 when
there is any. It reads only the corpus, the annotations and ``data/``: it never runs the
program, so an annotator can use it without seeing what the program makes of an article.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import Any

import yaml

EVAL = Path(__file__).resolve().parent
ROOT = EVAL.parent
CORPUS = EVAL / "corpus"
ANNOTATIONS = EVAL / "annotations"

PRECISIONS = {"day", "month", "year", None}
EVIDENCE = {"text", "url", "none"}
KINDS = {"news", "live", "opinion", "statement", "analysis", "interview"}
EVENT_TYPES = {
    "ceasefire",
    "shelling",
    "detention",
    "casualties",
    "diplomacy",
    "armed-clash",
    "background",
    "other",
}
FIGURE_KINDS = {"killed", "wounded", "captured", "missing", "displaced", "released"}
FIGURE_SIDES = {"armenia", "azerbaijan", "civilians-armenia", "civilians-azerbaijan", "other"}
QUALIFIERS = {None, "at least", "more than", "about", "up to"}
SIDES = {"armenia", "azerbaijan", "third"}
ACTOR_KINDS = {"state", "organisation", "authority", "armed-group", "person", "media"}
TOP_KEYS = {
    "id",
    "file",
    "url",
    "outlet",
    "wire",
    "language",
    "published",
    "published_precision",
    "published_evidence",
    "story",
    "kind",
    "events",
    "claims",
    "furniture",
    "new_actors",
    "notes",
    "batch",
}
CLAIM_KEYS = {
    "id",
    "event",
    "sentence",
    "date",
    "claimant",
    "body",
    "figures",
    "disputes",
    "background",
}
EDTF = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?|\d{3}X)"
    r"(?:/(?:\d{4}(?:-\d{2}(?:-\d{2})?)?))?$"
)


def article_id(url: str, language: str) -> str:
    """The id an article gets from its address and language."""
    return f"{language}-{hashlib.sha256(url.strip().encode('utf-8')).hexdigest()[:10]}"


def known_actors() -> set[str]:
    data = yaml.safe_load((ROOT / "data" / "actors.yaml").read_text(encoding="utf-8"))
    return {actor["id"] for actor in data["actors"]}


def _edtf(value: Any) -> bool:
    return value is None or bool(EDTF.match(str(value)))


def check(path: Path, actors: set[str]) -> list[str]:
    """The problems of one annotation file (empty when it is sound)."""
    where = f"{path.relative_to(ROOT)}"
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        return [f"{where}: not readable YAML: {error}"]
    if not isinstance(doc, dict):
        return [f"{where}: not a mapping"]
    problems = [f"{where}: unknown key {key!r}" for key in sorted(set(doc) - TOP_KEYS)]
    language = doc.get("language")
    if doc.get("id") != path.stem:
        problems.append(f"{where}: id {doc.get('id')!r} is not the file name {path.stem!r}")
    if doc.get("url") and language and doc.get("id") != article_id(str(doc["url"]), language):
        problems.append(
            f"{where}: id should be {article_id(str(doc['url']), language)} for its url"
        )
    text_path = CORPUS / str(doc.get("file", ""))
    if not doc.get("file") or not text_path.is_file():
        return [*problems, f"{where}: file {doc.get('file')!r} not found under eval/corpus/"]
    text = text_path.read_text(encoding="utf-8")
    if not _edtf(doc.get("published")):
        problems.append(f"{where}: published {doc.get('published')!r} is not EDTF")
    if doc.get("published_precision") not in PRECISIONS:
        problems.append(f"{where}: published_precision must be one of day, month, year, null")
    if doc.get("published_evidence") not in EVIDENCE:
        problems.append(f"{where}: published_evidence must be one of {sorted(EVIDENCE)}")
    if (doc.get("published") is None) != (doc.get("published_precision") is None):
        problems.append(f"{where}: published and published_precision are null together")
    batch = doc.get("batch", 1)
    if not isinstance(batch, int) or isinstance(batch, bool) or batch < 1:
        problems.append(f"{where}: batch must be the round of annotation, a whole number from 1")
    if doc.get("kind") not in KINDS:
        problems.append(f"{where}: kind must be one of {sorted(KINDS)}")
    if not doc.get("story"):
        problems.append(f"{where}: story is missing (the article's own id when it has no copies)")
    new = doc.get("new_actors") or []
    for actor in new:
        if actor.get("kind") not in ACTOR_KINDS or actor.get("side") not in SIDES:
            problems.append(f"{where}: new actor {actor.get('id')!r}: kind or side not valid")
    claimants = actors | {a.get("id") for a in new} | {"outlet"}
    events = {event.get("id") for event in doc.get("events") or []}
    for event in doc.get("events") or []:
        if event.get("type") not in EVENT_TYPES:
            problems.append(f"{where}: event {event.get('id')}: type {event.get('type')!r}")
        if not _edtf(event.get("date")):
            problems.append(f"{where}: event {event.get('id')}: date {event.get('date')!r}")
    claims = doc.get("claims") or []
    ids = {claim.get("id") for claim in claims}
    for claim in claims:
        cid = claim.get("id")
        problems += [f"{where}: claim {cid}: unknown key {k!r}" for k in set(claim) - CLAIM_KEYS]
        if claim.get("event") not in events:
            problems.append(f"{where}: claim {cid}: event {claim.get('event')!r} not listed")
        sentence = str(claim.get("sentence") or "")
        if not sentence or sentence not in text:
            problems.append(f"{where}: claim {cid}: sentence is not copied exactly from the text")
        if not _edtf(claim.get("date")):
            problems.append(f"{where}: claim {cid}: date {claim.get('date')!r} is not EDTF")
        if claim.get("claimant") not in claimants:
            problems.append(f"{where}: claim {cid}: claimant {claim.get('claimant')!r} unknown")
        for figure in claim.get("figures") or []:
            if (
                figure.get("kind") not in FIGURE_KINDS
                or figure.get("side") not in FIGURE_SIDES
                or not isinstance(figure.get("value"), int)
                or figure.get("qualifier") not in QUALIFIERS
            ):
                problems.append(f"{where}: claim {cid}: figure {figure} not valid")
        for other in claim.get("disputes") or []:
            if other not in ids:
                problems.append(f"{where}: claim {cid}: disputes unknown claim {other!r}")
    for line in doc.get("furniture") or []:
        if str(line) not in text:
            problems.append(f"{where}: furniture line not copied exactly: {str(line)[:60]!r}")
    return problems


def main(argv: list[str]) -> int:
    actors = known_actors()
    paths = (
        [ANNOTATIONS / f"{name}.yaml" for name in argv]
        if argv
        else sorted(ANNOTATIONS.glob("*.yaml"))
    )
    problems = [problem for path in paths for problem in check(path, actors)]
    for problem in problems:
        print(problem)
    print(f"check: {len(paths)} annotations, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
