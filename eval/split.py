"""Assign every annotated article to the dev or the test split, once, and write eval/split.yaml.

    python eval/split.py          write eval/split.yaml (refuses to change a frozen split)
    python eval/split.py --check  say whether eval/split.yaml covers every annotation

The rule (eval/README.md): articles go by story, so that copies of one story never straddle
the split; within each language, stories are taken in the order of sha256 of their id and go
to ``test`` until at least ``TEST_SHARE`` of that language's articles are test. The whole test
split must hold at least ``TEST_MINIMUM`` articles. An article annotated later is added to the
split its story already has, or else by the same rule among the new stories; an article
already assigned never moves.
"""

from __future__ import annotations

import hashlib
import sys
from collections import defaultdict
from pathlib import Path

import yaml

EVAL = Path(__file__).resolve().parent
ANNOTATIONS = EVAL / "annotations"
SPLIT = EVAL / "split.yaml"
TEST_SHARE = 0.36
TEST_MINIMUM = 40


def annotations() -> dict[str, tuple[str, str]]:
    """Article id -> (language, story)."""
    found = {}
    for path in sorted(ANNOTATIONS.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        found[str(doc["id"])] = (str(doc["language"]), str(doc.get("story") or doc["id"]))
    return found


def assign(articles: dict[str, tuple[str, str]], frozen: dict[str, str]) -> dict[str, str]:
    """Article id -> split, keeping every frozen assignment."""
    result = dict(frozen)
    story_split = {articles[a][1]: s for a, s in frozen.items() if a in articles}
    by_language: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for ident, (language, story) in articles.items():
        if ident in result:
            continue
        if story in story_split:
            result[ident] = story_split[story]
            continue
        by_language[language][story].append(ident)
    for language, stories in sorted(by_language.items()):
        total = sum(1 for lang, _ in articles.values() if lang == language)
        test = sum(1 for a, s in result.items() if s == "test" and articles[a][0] == language)
        order = sorted(stories, key=lambda s: hashlib.sha256(s.encode()).hexdigest())
        for story in order:
            split = "test" if test < TEST_SHARE * total else "dev"
            for ident in stories[story]:
                result[ident] = split
            test += len(stories[story]) if split == "test" else 0
    return result


def main(argv: list[str]) -> int:
    articles = annotations()
    frozen = {}
    if SPLIT.is_file():
        data = yaml.safe_load(SPLIT.read_text(encoding="utf-8")) or {}
        frozen = {str(a): split for split, ids in data.items() for a in ids or []}
    if "--check" in argv:
        missing = sorted(set(articles) - set(frozen))
        for ident in missing:
            print(f"eval/split.yaml: {ident} is in no split; run python eval/split.py")
        return 1 if missing else 0
    result = assign(articles, frozen)
    tests = sorted(a for a, s in result.items() if s == "test")
    if len(tests) < TEST_MINIMUM:
        print(f"split: only {len(tests)} test articles; the rule wants {TEST_MINIMUM}")
        return 1
    SPLIT.write_text(
        "# Frozen: written once by eval/split.py (see eval/README.md). The test split is never\n"
        "# read to write a rule. New articles are added; none is ever moved.\n"
        + yaml.safe_dump(
            {
                "dev": sorted(a for a, s in result.items() if s == "dev"),
                "test": tests,
            },
            sort_keys=True,
        ),
        encoding="utf-8",
    )
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for ident, split in result.items():
        counts[articles[ident][0], split] += 1
    for language in sorted({lang for lang, _ in articles.values()}):
        print(f"{language}: dev {counts[language, 'dev']}, test {counts[language, 'test']}")
    print(f"split: {len(result) - len(tests)} dev, {len(tests)} test")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
