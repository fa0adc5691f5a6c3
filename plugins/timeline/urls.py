"""Where every page of the site lives: one function per kind of page.

Paths are relative to the site root, without a leading slash
(``en/entries/2021-11-16-3fa2c1.html``, ``en/years/2021/``). The pages a
site has thousands of (entries, sources) are files side by side in one
folder per kind; the few list pages are folders with an ``index.html``. A
folder per page would cost a ``mkdir`` per page: at 40,000 pages, most of
the kernel time of writing the site, or of relinking it after adding one
article.

``absolute()`` joins paths to SITEURL for feeds, hreflang, canonical links
and the sitemap; ``relative()`` makes the link from one page to another for
the default, relocatable build.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote

_SLUG_UNSAFE = re.compile(r"[^\w-]+", re.UNICODE)


@lru_cache(maxsize=16_384)
def slugify(text: str) -> str:
    """A path segment from any name: lower case, word characters and dashes
    (made once per name: pages link to the same places and types again and
    again)."""
    slug = _SLUG_UNSAFE.sub("-", text.strip().lower()).strip("-")
    return slug or "-"


def home(lang: str) -> str:
    return f"{lang}/"


def year(lang: str, value: int) -> str:
    return f"{lang}/years/{value}/"


def entry(lang: str, entry_id: str) -> str:
    return f"{lang}/entries/{entry_id}.html"


def source(lang: str, source_id: str) -> str:
    return f"{lang}/sources/{source_id}.html"


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
    """The address of ``path``: percent-encoded where it is not ASCII (a
    source named in another script), as feeds and sitemaps require."""
    if not path.isascii():
        path = quote(path, safe="/#")
    return f"{site_url.rstrip('/')}/{path}"


@lru_cache(maxsize=65_536)
def _segments(path: str) -> tuple[str, ...]:
    """``a/./b//c/../d`` -> ``("a", "b", "d")``: posixpath.normpath on segments."""
    parts: list[str] = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == ".." and parts and parts[-1] != "..":
            parts.pop()
        else:
            parts.append(part)
    return tuple(parts)


@lru_cache(maxsize=4_096)
def _base(from_path: str) -> tuple[str, ...]:
    """The folder segments of the file a page is written to."""
    return _segments(file_of(from_path).rpartition("/")[0])


def relative(from_path: str, to_path: str) -> str:
    """Link from the page at ``from_path`` to ``to_path`` (both site paths).

    Pure string arithmetic on path segments (what ``posixpath.relpath`` gives
    for two site paths, without its per-call ``abspath``): folders get a
    trailing slash, the fragment is kept."""
    base = _base(from_path)
    target, _, fragment = to_path.partition("#")
    parts = _segments(target)
    common = 0
    limit = min(len(base), len(parts))
    while common < limit and base[common] == parts[common]:
        common += 1
    rel = "/".join((*([".."] * (len(base) - common)), *parts[common:]))
    if target.endswith("/") or target == "":
        rel = rel + "/" if rel else "./"
    elif not rel:
        rel = "."
    return rel + (f"#{fragment}" if fragment else "")
