"""HTML escaping for pages and exports: markupsafe's, as a plain ``str``."""

from __future__ import annotations

from markupsafe import escape


def esc(value: object) -> str:
    """``markupsafe.escape(value)`` as a ``str``, with no call at all for the
    usual text, that has nothing to escape (pages escape millions of texts)."""
    if type(value) is str and not (
        "&" in value or "<" in value or ">" in value or '"' in value or "'" in value
    ):
        return value
    return str(escape(value))
