"""Where every page of the site lives: one function per kind of page.

Paths are relative to the site root, without a leading slash
(``en/entries/2021-11-16-3fa2c1/``). ``absolute()`` joins them to SITEURL for
feeds, hreflang, canonical links and the sitemap; ``relative()`` makes the
link from one page to another for the default, relocatable build.
"""

from __future__ import annotations

import posixpath
import re

_SLUG_UNSAFE = re.compile(r"[^\w-]+", re.UNICODE)


def slugify(text: str) -> str:
    """A path segment from any name: lower case, word characters and dashes."""
    slug = _SLUG_UNSAFE.sub("-", text.strip().lower()).strip("-")
    return slug or "-"


def home(lang: str) -> str:
    return f"{lang}/"


def year(lang: str, value: int) -> str:
    return f"{lang}/years/{value}/"


def entry(lang: str, entry_id: str) -> str:
    return f"{lang}/entries/{entry_id}/"


def source(lang: str, source_id: str) -> str:
    return f"{lang}/sources/{source_id}/"


def sentence(lang: str, source_id: str, index: int) -> str:
    return f"{source(lang, source_id)}#s{index}"


def event_type(lang: str, type_id: str) -> str:
    return f"{lang}/types/{type_id}/"


def place(lang: str, place_id: str) -> str:
    return f"{lang}/places/{slugify(place_id)}/"


def page(lang: str, slug: str) -> str:
    return f"{lang}/{slug}/"


def feed(lang: str, kind: str) -> str:
    """``kind`` is ``rss`` or ``atom``."""
    return f"{lang}/feed.{kind}.xml"


def asset(name: str) -> str:
    return f"theme/{name}"


def export(name: str) -> str:
    return name


def file_of(path: str) -> str:
    """The file a path is written to: directories get ``index.html``."""
    return path + "index.html" if path.endswith("/") or path == "" else path


def absolute(site_url: str, path: str) -> str:
    return f"{site_url.rstrip('/')}/{path}"


def relative(from_path: str, to_path: str) -> str:
    """Link from the page at ``from_path`` to ``to_path`` (both site paths)."""
    base = posixpath.dirname(file_of(from_path)) or "."
    target, _, fragment = to_path.partition("#")
    rel = posixpath.relpath(target or ".", base)
    if target.endswith("/") or target == "":
        rel = rel.rstrip("/") + "/" if rel != "." else "./"
    return rel + (f"#{fragment}" if fragment else "")
