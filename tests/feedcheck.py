"""Checks of one feed file, shared by the unit and the build tests of the feeds.

No maintained feed validator installs offline, so the rules are ours:
feedparser must read the file without ``bozo``; Atom must validate against
RFC 4287's RELAX NG grammar (tests/data/atom.rng) plus the grammar's two
Schematron rules, which lxml does not run; RSS must follow RSS 2.0 (channel
title, link, description; title or description on every item; absolute links;
RFC 822 dates; unique GUIDs). Item HTML must contain no live markup.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import re
from pathlib import Path
from typing import Any

import feedparser
import lxml.html
from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
ATOM_RNG = ROOT / "tests" / "data" / "atom.rng"
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
RFC822 = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r" \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$"
)


@functools.cache
def atom_grammar() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(ATOM_RNG)))


def parse(path: Path) -> Any:
    """feedparser's reading of the file; fails on malformed XML (``bozo``)."""
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo, f"{path}: {parsed.get('bozo_exception')}"
    return parsed


def check_common(path: Path, site: str) -> list[str]:
    """feedparser reads it; every item has a unique id, an absolute link under
    the site and a zone-aware date. Returns the items' ids in feed order."""
    parsed = parse(path)
    ids = [item.id for item in parsed.entries]
    assert len(ids) == len(set(ids)), f"{path}: duplicate GUIDs"
    for item in parsed.entries:
        assert item.link.startswith(site.rstrip("/") + "/"), item.link
        assert item.get("published_parsed") or item.get("updated_parsed"), item.id
    raw = path.read_text(encoding="utf-8")
    for stamp in re.findall(r"<(?:published|updated|pubDate|lastBuildDate)>([^<]+)<", raw):
        when = (
            email.utils.parsedate_to_datetime(stamp)
            if RFC822.match(stamp)
            else dt.datetime.fromisoformat(stamp)
        )
        assert when.tzinfo is not None, f"{path}: {stamp} has no time zone"
    return ids


def check_atom(path: Path, lang: str) -> None:
    doc = etree.parse(str(path))
    grammar = atom_grammar()
    assert grammar.validate(doc), f"{path}: {grammar.error_log}"
    root = doc.getroot()
    assert root.get(XML_LANG) == lang
    # The grammar's Schematron rules: an author, and content or an alternate link.
    assert root.find(f"{ATOM}author") is not None or all(
        e.find(f"{ATOM}author") is not None for e in root.iter(f"{ATOM}entry")
    )
    for item in root.iter(f"{ATOM}entry"):
        alternate = [
            link
            for link in item.findall(f"{ATOM}link")
            if link.get("rel", "alternate") == "alternate"
        ]
        assert item.find(f"{ATOM}content") is not None or alternate


def check_rss(path: Path, site: str, lang: str) -> None:
    root = etree.parse(str(path)).getroot()
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel is not None
    assert channel.findtext("title") and channel.findtext("description")
    assert (channel.findtext("link") or "").startswith(site.rstrip("/") + "/")
    assert channel.findtext("language") == lang
    self_link = channel.find(f"{ATOM}link")
    assert self_link is not None and self_link.get("rel") == "self"
    assert self_link.get("href") == path_url(site, path)
    assert RFC822.match(channel.findtext("lastBuildDate") or "")
    guids = []
    for item in channel.iter("item"):
        assert item.findtext("title") or item.findtext("description")
        assert (item.findtext("link") or "").startswith(site.rstrip("/") + "/")
        assert RFC822.match(item.findtext("pubDate") or ""), item.findtext("pubDate")
        guid = item.find("guid")
        assert guid is not None and guid.get("isPermaLink") == "false"
        guids.append(guid.text)
    assert len(guids) == len(set(guids))


def path_url(site: str, path: Path) -> str:
    """``https://x/en/feed.rss.xml`` for ``.../en/feed.rss.xml``."""
    return f"{site.rstrip('/')}/{path.parent.name}/{path.name}"


def item_htmls(path: Path) -> list[str]:
    """The HTML of every item, as a reader would render it."""
    root = etree.parse(str(path)).getroot()
    if root.tag == f"{ATOM}feed":
        return [e.findtext(f"{ATOM}content") or "" for e in root.iter(f"{ATOM}entry")]
    return [i.findtext("description") or "" for i in root.iter("item")]


def check_no_live_markup(path: Path, site: str) -> None:
    """No script, image or event handler in any item's HTML; links only to
    the site or to plain web addresses."""
    for html in item_htmls(path):
        tree = lxml.html.fragment_fromstring(html, create_parent="div")
        assert tree.xpath("//script|//img|//svg|//iframe|//object|//style") == [], html
        assert not [a for el in tree.iter() for a in el.attrib if a.lower().startswith("on")]
        for href in tree.xpath("//a/@href"):
            assert href.startswith((site.rstrip("/") + "/", "https://", "http://")), href
    assert "javascript:" not in path.read_text(encoding="utf-8").lower()
