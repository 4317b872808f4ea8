"""Turning the bytes of a mail part or header into text when labels lie.

Mail from Chinese, Russian and Japanese senders is often mislabelled: GB2312 on GBK
(or UTF-8) bytes, no charset at all, ``us-ascii`` on 8-bit text, Big5 with HKSCS
characters. The order of trust, in ``decode_bytes``:

1. bytes that are valid UTF-8 and not plain ASCII are UTF-8, whatever the label says
   (legacy multi-byte text almost never validates as UTF-8 by chance);
2. 7-bit bytes with ISO-2022 escapes are ISO-2022-JP, whatever the label;
3. the declared charset, widened to its usual superset (GB2312 -> GB18030,
   Big5 -> Big5-HKSCS, ISO-8859-1 -> windows-1252, Shift_JIS -> cp932, EUC-KR -> cp949);
4. charset-normalizer's best guess;
5. the declared charset (or UTF-8) with replacement characters, noted as lossy.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from email.header import Header, decode_header

from charset_normalizer import from_bytes

SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "euc-cn": "gb18030",
    "cn-gb": "gb18030",
    "chinese": "gb18030",
    "big5": "big5hkscs",
    "x-big5": "big5hkscs",
    "cn-big5": "big5hkscs",
    "iso-8859-1": "windows-1252",
    "latin1": "windows-1252",
    "latin-1": "windows-1252",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "iso-2022-jp": "iso2022_jp_ext",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "iso-8859-8-i": "iso-8859-8",
    "utf8": "utf-8",
    "unicode-1-1-utf-7": "utf-7",
}


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    charset: str
    note: str | None = None


def codec_for(label: str | None) -> str | None:
    """Return a Python codec name for a MIME charset label, widened; None if unknown."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = SUPERSETS.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, declared: str | None) -> Decoded:
    """Return the text of ``data``, trusting the label only as far as the bytes allow.

    NUL characters are dropped: no text column or JSON document may hold them.
    """
    decoded = _decode_bytes(data, declared)
    if "\x00" in decoded.text:
        return Decoded(decoded.text.replace("\x00", ""), decoded.charset, decoded.note)
    return decoded


def _decode_bytes(data: bytes, declared: str | None) -> Decoded:
    label = (declared or "").strip().strip("\"'").lower() or None
    if not data:
        return Decoded("", label or "utf-8")
    if data.isascii():
        if b"\x1b$" in data or b"\x1b(" in data:
            text = _strict(data, "iso2022_jp_ext")
            if text is not None:
                return Decoded(text, "iso-2022-jp", _relabelled(label, "iso-2022-jp"))
        if label and label.startswith("utf-7"):
            text = _strict(data, "utf-7")
            if text is not None:
                return Decoded(text, "utf-7")
        return Decoded(data.decode("ascii"), label or "us-ascii")
    codec = codec_for(label)
    if not (codec or "").startswith(("utf_16", "utf_32")):
        text = _strict(data, "utf-8-sig")
        if text is not None:
            return Decoded(text, "utf-8", _relabelled(label, "utf-8"))
    if codec:
        text = _strict(data, codec)
        if text is not None:
            if codec in CYRILLIC:
                text, actual = _better_cyrillic(data, codec, text)
                return Decoded(text, actual, _relabelled(label, actual))
            return Decoded(text, codec)
    guessed = guess(data)
    if guessed is not None:
        note = f"charset {label or 'missing'}; detected {guessed[1]}"
        return Decoded(guessed[0], guessed[1], note)
    fallback = codec or "utf-8"
    return Decoded(
        data.decode(fallback, errors="replace"),
        fallback,
        f"charset {label or 'missing'}; decoded with replacement characters",
    )


# Tried in this order when the label is missing, wrong or plain ASCII.
CANDIDATES = (
    "gb18030",
    "big5hkscs",
    "cp932",
    "euc_jp",
    "cp949",
    "cp1251",
    "koi8-r",
    "cp1252",
    "iso8859_2",
    "cp1250",
    "iso8859_9",
    "cp1256",
    "cp874",
)


CYRILLIC = ("cp1251", "koi8-r")


def _cyrillic_lowercase_share(text: str) -> float:
    """Share of lower-case letters in Cyrillic text; -1 when the text is not Cyrillic."""
    letters = [ch for ch in text if "\u0400" <= ch <= "\u04ff"]
    non_ascii = sum(1 for ch in text if not ch.isascii() and not ch.isspace())
    if len(letters) < 6 or len(letters) < 0.9 * non_ascii:
        return -1.0
    return sum(ch.islower() for ch in letters) / len(letters)


HAN = (("\u4e00", "\u9fff"), ("\u3000", "\u303f"), ("\uff01", "\uff5e"))
HIRAGANA = (("\u3040", "\u309f"),)
HANGUL = (("\uac00", "\ud7a3"), ("\u3000", "\u303f"))


def _share(text: str, ranges: tuple[tuple[str, str], ...]) -> float:
    """Share of the non-ASCII, non-space characters of ``text`` that fall in ``ranges``."""
    non_ascii = [ch for ch in text if not ch.isascii() and not ch.isspace()]
    if not non_ascii:
        return 0.0
    inside = sum(1 for ch in non_ascii if any(lo <= ch <= hi for lo, hi in ranges))
    return inside / len(non_ascii)


_HANGUL_SPACE = re.compile("[\uac00-\ud7a3] +(?=[\uac00-\ud7a3])")


def _is_korean(text: str) -> bool:
    """Hangul read from GBK bytes also looks like common hanzi; Korean spaces its words."""
    hangul = sum(1 for ch in text if "\uac00" <= ch <= "\ud7a3")
    spaced = len(_HANGUL_SPACE.findall(text))
    return _share(text, HANGUL) > 0.9 and spaced * 8 >= hangul


def _better_cyrillic(data: bytes, codec: str, text: str) -> tuple[str, str]:
    """KOI8-R and windows-1251 are often swapped in labels: keep the one that reads."""
    other = "koi8-r" if codec == "cp1251" else "cp1251"
    alternative = _strict(data, other)
    if alternative is not None and _cyrillic_lowercase_share(alternative) > max(
        0.5, _cyrillic_lowercase_share(text)
    ):
        return alternative, other
    return text, codec


def guess(data: bytes) -> tuple[str, str] | None:
    """Return ``(text, codec)`` for 8-bit bytes of unknown charset, or None.

    Cyrillic single-byte charsets all decode each other's bytes into Cyrillic letters;
    the right one is the one that gives mostly lower-case text (KOI8-R read as
    windows-1251 swaps the case). Otherwise charset-normalizer chooses among the
    charsets that decode the bytes without error.
    """
    survivors = {c: t for c in CANDIDATES if (t := _strict(data, c)) is not None}
    if not survivors:
        return None
    cyrillic = {c: _cyrillic_lowercase_share(t) for c, t in survivors.items() if c in CYRILLIC}
    if cyrillic and max(cyrillic.values()) > 0.5:
        codec = max(cyrillic, key=lambda c: cyrillic[c])
        return survivors[codec], codec
    # CJK double-byte charsets decode each other's bytes; the script that comes out says
    # which was meant: Japanese always has hiragana, Korean is almost all hangul.
    japanese = {c: _share(survivors[c], HIRAGANA) for c in ("cp932", "euc_jp") if c in survivors}
    if japanese and max(japanese.values()) > 0.1:
        codec = max(japanese, key=lambda c: japanese[c])
        return survivors[codec], codec
    if "cp949" in survivors and _is_korean(survivors["cp949"]):
        return survivors["cp949"], "cp949"
    chinese: list[str] = [
        c for c in ("gb18030", "big5hkscs") if c in survivors and _share(survivors[c], HAN) > 0.8
    ]
    if len(chinese) == 1 or (chinese and len(data) < 40):
        # Too short for statistics: for a Chinese exporter, simplified Chinese is likelier.
        return survivors[chinese[0]], chinese[0]
    best = from_bytes(data, cp_isolation=chinese or list(survivors)).best()
    if best is not None and best.encoding:
        return str(best), best.encoding
    codec = next(iter(survivors))
    return survivors[codec], codec


def _known(charset: str | None) -> str | None:
    return None if not charset or charset.lower() == "unknown-8bit" else charset


def _relabelled(label: str | None, actual: str) -> str | None:
    if label is None:
        return f"charset missing; decoded as {actual}"
    if codec_for(label) == codec_for(actual):
        return None
    return f"labelled {label}, decoded as {actual}"


def decode_header_value(value: object) -> str:
    """Return a header value as text: RFC 2047 words decoded, raw 8-bit bytes detected.

    Tolerates broken encoded words (bad base64, unknown charsets): the undecodable
    word is kept as written rather than failing the whole header.
    """
    if isinstance(value, Header):
        # compat32 wraps raw 8-bit header bytes in a Header of charset unknown-8bit
        return " ".join(
            "".join(
                chunk if isinstance(chunk, str) else decode_bytes(chunk, _known(charset)).text
                for chunk, charset in decode_header(value)
            ).split()
        )
    raw = str(value).replace("\x00", "")
    if any("\udc80" <= ch <= "\udcff" for ch in raw):
        # compat32 keeps raw 8-bit header bytes as surrogate escapes
        raw = decode_bytes(raw.encode("ascii", "surrogateescape"), None).text
    try:
        parts = decode_header(raw)
    except Exception:
        return " ".join(raw.split())
    chunks: list[str] = []
    for chunk, charset in parts:
        if isinstance(chunk, str):
            chunks.append(chunk)
        else:
            chunks.append(decode_bytes(chunk, _known(charset)).text)
    return " ".join("".join(chunks).split())
