"""Settings for publishing: the public address, absolute URLs everywhere.

The public address comes from the environment so that no fake one is ever
published: `TIMELINE_SITEURL=https://example.net/timeline invoke publish`.
"""

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))
from pelicanconf import *  # noqa: F403

SITEURL = os.environ.get("TIMELINE_SITEURL", "").rstrip("/")
if not SITEURL.startswith(("https://", "http://")):
    raise SystemExit(
        "publishconf.py: set TIMELINE_SITEURL to the site's public address, "
        "e.g. TIMELINE_SITEURL=https://timeline.example.net invoke publish"
    )
RELATIVE_URLS = False
