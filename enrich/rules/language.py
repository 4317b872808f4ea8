"""The language the sender wrote in, as ISO 639-1, with a confidence.

Script first, statistics second. Where the script settles it (CJK ideographs with no
kana or hangul are Chinese; kana makes it Japanese, hangul Korean; Cyrillic, Arabic,
Hebrew, Thai, Devanagari) we count characters, which is exact on the short mails
buyers send and cannot confuse Chinese with Japanese the way n-gram models do on a
kanji-heavy line. Latin-script text goes to py3langid, restricted to the languages
our buyers write (``LANGUAGES``) with normalised probabilities; the identifier is
built once, at import.

Only the sender's own words count: the new text (not the quoted history), without
URLs, e-mail addresses, numbers, model codes, trade acronyms (FOB, LED, T/T) and
system boilerplate ("Please do not reply to this email"). When that leaves little,
the subject is read with it. A platform notification written in English that relays
a buyer's message under a clear label ("Message:", "留言：") takes the language of
the message when it is long enough to tell; otherwise the notification's.
"""

from __future__ import annotations

import re

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from enrich.document import Document
from harvester.platforms import platform_of

LANGUAGES = (
    "en", "zh", "es", "pt", "ru", "ar", "de", "fr", "ja", "tr", "it",
    "pl", "nl", "ko", "vi", "th", "id", "ms", "uk", "he", "hi",
)  # fmt: skip
# Languages written in Latin script: the only ones the statistical model may answer
# for text that is mostly Latin letters.
_LATIN_LANGUAGES = frozenset(
    ("en", "es", "pt", "de", "fr", "tr", "it", "pl", "nl", "vi", "id", "ms")
)
DEFAULT = ("en", 0.0)
# Below this many letters the new text alone is too short to tell; add the subject.
SHORT_TEXT = 40
# A relayed buyer message must have this many letters to outvote the notification.
MIN_MESSAGE_LETTERS = 15

_IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
_IDENTIFIER.set_languages(list(LANGUAGES))

_SCRIPTS = {
    "han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    "kana": re.compile(r"[\u3041-\u309f\u30a0-\u30fa\u30fd-\u30ff\u31f0-\u31ff\uff66-\uff9d]"),
    "hangul": re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"),
    "hebrew": re.compile(r"[\u0590-\u05ff]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
    "devanagari": re.compile(r"[\u0900-\u097f]"),
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),
}
_SCRIPT_LANGUAGE = {"hebrew": "he", "thai": "th", "devanagari": "hi", "arabic": "ar"}
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN = re.compile(r"[ыэъёЫЭЪЁ]")

_MARKDOWN_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HAS_DIGIT = re.compile(r"[A-Za-z0-9_-]*\d[A-Za-z0-9_.,/-]*")
_ACRONYMS = re.compile(
    r"\b(?:FOB|CIF|CFR|DDP|DAP|EXW|FCA|CPT|CIP|DPU|LED|PCS|T/T|L/C|D/P|CE|ROHS|RoHS|UL|FCC|SASO|PIR|"
    r"USD|EUR|RMB|GBP|MOQ|OEM|ODM|PI|RFQ|PDF|DHL|SGS|BMS|USB|IP)\b"
)
_BOILERPLATE = re.compile(
    r"^.*(?:do not reply|don't reply|not monitored|all rights reserved|automatically generated|"
    r"system generated|unsubscribe|privacy policy|log ?in to view|"
    r"请勿(?:直接)?回复|系统自动发出|版权所有).*$",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTED_LINE = re.compile(r"^\s*>.*$", re.MULTILINE)
# "留言：text" (the rest of that line) or "Message:" and the lines below, to a blank line.
_BUYER_MESSAGE = re.compile(
    r"^[ \t]*(?:message(?: preview)?|buyer'?s? message|inquiry content|inquiry message|留言|"
    r"买家留言|询盘内容|mensaje|mensagem|сообщение|الرسالة|nachricht|mesaj|メッセージ)[ \t]*[:：]"
    r"(?:[ \t]*(\S[^\n]*)|[ \t]*\n(.+?)(?:\n[ \t]*\n|\Z))",
    re.IGNORECASE | re.MULTILINE | re.DOTALL,
)


def detect_language(doc: Document) -> tuple[str, float]:
    """Return the ISO 639-1 code of the sender's own text and a confidence in [0, 1]."""
    if doc.platform or platform_of(doc.sender_email):
        relayed = _relayed_message_language(doc.new_text)
        if relayed is not None:
            return relayed
    text = _own_words(doc.new_text)
    if _letters(text) < SHORT_TEXT:
        text = _own_words(doc.subject) + "\n" + text
    if _letters(text) == 0:
        text = _own_words("\n".join(body for _, body in doc.attachments))
    return identify(text)


def identify(text: str) -> tuple[str, float]:
    """Return the language of already-cleaned text and a confidence (``("en", 0.0)`` if empty)."""
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS.items()}
    total = sum(counts.values())
    if total == 0:
        return DEFAULT
    cjk = counts["han"] + counts["kana"] + counts["hangul"]
    # One ideograph carries about as much as a short Latin word: weigh CJK up.
    weighted_total = total - cjk + 3 * cjk
    if 3 * cjk / weighted_total >= 0.5:
        share = round(min(0.99, 3 * cjk / weighted_total), 2)
        if counts["hangul"] >= max(2, 0.3 * cjk):
            return "ko", share
        if counts["kana"] >= max(2, 0.05 * (counts["han"] + counts["kana"])):
            return "ja", share
        return "zh", share
    for script in ("cyrillic", "arabic", "hebrew", "thai", "devanagari"):
        if counts[script] / total >= 0.5:
            share = round(min(0.99, counts[script] / total), 2)
            if script == "cyrillic":
                ukrainian = len(_UKRAINIAN.findall(text)) > len(_RUSSIAN.findall(text))
                return ("uk" if ukrainian else "ru"), share
            return _SCRIPT_LANGUAGE[script], share
    ranked = _IDENTIFIER.rank(text)
    language, probability = next(
        ((lang, p) for lang, p in ranked if lang in _LATIN_LANGUAGES), ranked[0]
    )
    return language, round(float(probability), 2)


def _relayed_message_language(text: str) -> tuple[str, float] | None:
    """The language of a buyer message a platform relays under a label, when clear."""
    match = _BUYER_MESSAGE.search(text)
    if match is None:
        return None
    message = _own_words(match.group(1) or match.group(2))
    if _letters(message) < MIN_MESSAGE_LETTERS:
        return None
    language, confidence = identify(message)
    return (language, confidence) if confidence >= 0.5 else None


def _own_words(text: str) -> str:
    """The text without quoted lines, links, addresses, numbers, codes and boilerplate."""
    text = _QUOTED_LINE.sub(" ", text)
    text = _MARKDOWN_LINK.sub(lambda m: "" if _URL.match(m.group(1)) else m.group(1), text)
    text = _BOILERPLATE.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _EMAIL.sub(" ", text)
    text = _HAS_DIGIT.sub(" ", text)
    text = _ACRONYMS.sub(" ", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)
