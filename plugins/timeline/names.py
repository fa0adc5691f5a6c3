"""Names and text made safe to publish.

- ``source_id``: a seed file's id (and the name of its pages) from its file
  name: safe in a URL and on any file system (no ``#``, ``?``, ``%``,
  spaces, newlines, slashes or a leading dot).
- ``strip_invisible``: text without the characters that are invisible or
  change the direction of the text around them (bidirectional controls,
  zero-width characters), and which of them it held.
- ``visible``: a name or message written on one line with nothing hidden in
  it: control characters, line separators, invisible and direction-changing
  characters and undecodable bytes of a file name shown as escapes (``\\n``,
  ``\\u202e``), so a file name cannot forge a line of the build report.
"""

from __future__ import annotations

import re
import unicodedata

#: A page's file name (``<id>.html``) may be at most this many bytes (ext4,
#: APFS, NTFS and most others).
MAX_NAME_BYTES = 255

# Bidirectional embeddings, overrides and isolates (U+202A-202E, U+2066-2069),
# marks (U+200E, U+200F, U+061C), zero-width space, joiners and word joiner
# (U+200B-200D, U+2060), invisible operators (U+2061-2064), a BOM inside the
# text (U+FEFF) and the Mongolian vowel separator (U+180E).
_INVISIBLE = re.compile("[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]"
)
_ID_UNSAFE = re.compile(r"[^\w.-]+")
_DOTS = re.compile(r"\.{2,}")


def strip_invisible(text: str) -> tuple[str, tuple[str, ...], int]:
    """``text`` without invisible and direction-changing characters; the
    code points removed (``U+202E``, sorted) and the offset of the first
    (-1 when there was none)."""
    first = _INVISIBLE.search(text)
    if first is None:
        return text, (), -1
    found = sorted({f"U+{ord(c):04X}" for c in _INVISIBLE.findall(text)})
    return _INVISIBLE.sub("", text), tuple(found), first.start()


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in "\n\r\t":
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}[char]
    return f"\\u{ord(char):04x}" if ord(char) > 0xFF else f"\\x{ord(char):02x}"


def visible(text: str) -> str:
    """``text`` with every character that could hide, reorder or break a
    line shown as an escape (``\\n``, ``\\x1b``, ``\\u202e``, ``\\udc80`` for
    an undecodable byte of a file name). Text without any is returned as is."""
    if _UNPRINTABLE.search(text) is None:
        return text
    return _UNPRINTABLE.sub(_escape, text)


def source_id(stem: str) -> str:
    """A seed's id from its file name without extension: Unicode letters,
    digits, ``_``, ``.`` and ``-``; any run of other characters becomes one
    ``-``; no leading dot or dash, no ``..``. ``"source"`` if nothing is left.

    >>> source_id("Report #2: 50% done?")
    'Report-2-50-done'
    >>> source_id("../../etc/passwd")
    'etc-passwd'
    """
    safe = _ID_UNSAFE.sub("-", unicodedata.normalize("NFC", stem))
    safe = _DOTS.sub(".", safe).strip("-").lstrip(".-")
    return safe or "source"


def page_name_bytes(source: str) -> int:
    """Bytes of the name of a source's page, ``<id>.html``."""
    return len(f"{source}.html".encode("utf-8", "surrogateescape"))
