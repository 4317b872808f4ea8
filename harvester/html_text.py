"""HTML mail bodies as readable text, with links kept as ``[text](url)``.

inscriptis renders tables and lists the way a reader sees them, which matters for
platform notifications laid out in tables; lxml underneath copes with broken markup.
"""

from __future__ import annotations

import re

from inscriptis import get_text
from inscriptis.model.config import ParserConfig

MAX_HTML_CHARS = 2_000_000
_CONFIG = ParserConfig(display_links=True, table_cell_separator="  ")
_TAG = re.compile(r"<[^>]+>")


def html_to_text(html: str) -> str:
    """Return the readable text of an HTML document (never raises)."""
    html = html[:MAX_HTML_CHARS]
    if not html.strip():
        return ""
    try:
        return get_text(html, _CONFIG)
    except Exception:
        return _TAG.sub(" ", html)
