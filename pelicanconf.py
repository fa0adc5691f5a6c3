"""Pelican settings for the timeline site (local builds and `invoke serve`).

Every TIMELINE_* setting is documented in docs/settings.md.
"""

AUTHOR = "Conflict Timeline contributors"
SITENAME = "Armenia–Azerbaijan Conflict Timeline"
# Feeds, hreflang and the sitemap need an absolute address: the one `invoke serve` uses.
SITEURL = "http://127.0.0.1:8000"
RELATIVE_URLS = True

PATH = "content"
OUTPUT_PATH = "output"
THEME = "theme"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_DATE = "fs"

PLUGIN_PATHS = ["plugins"]
PLUGINS = ["timeline"]

# content/ holds only hand-written pages (about, method) in each language;
# the timeline itself is written by the plugin's generator.
ARTICLE_PATHS: list[str] = []
PAGE_PATHS = ["pages"]
STATIC_PATHS: list[str] = []
PAGE_SAVE_AS = ""
PAGE_URL = ""
PAGE_LANG_SAVE_AS = ""
PAGE_LANG_URL = ""
DIRECT_TEMPLATES: list[str] = []
ARTICLE_SAVE_AS = ""
ARTICLE_LANG_SAVE_AS = ""
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
TAG_SAVE_AS = ""
TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
DRAFT_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""
# The plugin writes its own feeds (one RSS and one Atom per language).
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
THEME_STATIC_DIR = "theme"

CACHE_PATH = "cache"
LOAD_CONTENT_CACHE = False

# --- the timeline (docs/settings.md) ---
TIMELINE_SEEDS = "seeds"
TIMELINE_DATA = "data"
TIMELINE_LANGUAGES = ["en", "hy", "az", "ru", "fr"]
TIMELINE_SORT = "newest"
