"""Split the plain-text body of an email into the new message, the signature and the quoted history.

Hand-written on purpose: email_reply_parser knows English reply headers and signatures only, and
talon needs trained ML models for signatures and still misses most localised headers. Buyers
write from everywhere and quote through Chinese, German, Russian, Japanese... mail clients, and the
extraction step records evidence as character offsets into this text, so every part comes with an
exact span. Stdlib `re` only; the patterns are the named tables below.

How a body is read, top to bottom:
1. The first *hard* marker ends the message: an "-----Original Message-----" line (Outlook, QQ
   Mail...), a forward marker, a From:/Sent: header block (localised), or a reply header
   ("On ... wrote:") not followed by ">" lines. Everything from it on is quoted.
2. Above it, runs of ">" lines (with the reply header over them) are quotes. Text written *below*
   a quote (bottom-posting, inline answers) is kept: `new` then runs from the sender's first line
   to their last, quotes in between included, because losing a buyer's request is much worse than
   keeping some quoted text. `quoted` is then the quoted text outside `new`, pieces joined by a
   blank line.
3. The signature starts at a "-- " line, a mobile footer or a closing ("Best regards", "С
   уважением", "此致") when what follows is short and reads like a signature, not like a request.
   A closing on the sender's first line is a greeting ("Saludos,"), never a signature.
4. Nothing written above the first hard marker but a mobile footer: a bare forward of a buyer's
   mail (or an empty reply). The message below the marker is the one that matters, so it is split
   in turn and returned; its header lines (From:, Date:...) and the forwarder's footer belong to
   no part. Any hard marker counts, since Outlook forwards look exactly like Outlook replies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

# "-----Original Message-----" and forward markers: a phrase between runs of dashes.
SEPARATOR_PHRASES = (
    "original message", "ursprüngliche nachricht", "message d'origine", "mensaje original",
    "mensagem original", "messaggio originale", "oorspronkelijk bericht", "исходное сообщение",
    "wiadomość oryginalna", "orijinal mesaj", "原始邮件", "原始郵件", "邮件原件", "元のメッセージ",
    "forwarded message", "weitergeleitete nachricht", "message transféré", "mensaje reenviado",
    "mensagem encaminhada", "messaggio inoltrato", "doorgestuurd bericht", "пересылаемое сообщение",
    "пересланное сообщение", "iletilen ileti", "przekazana wiadomość", "転送メッセージ",
    "转发邮件信息", "轉寄郵件資訊",
)  # fmt: skip
FORWARD_INTROS = (
    "begin forwarded message", "anfang der weitergeleiteten nachricht",
    "début du message réexpédié", "inicio del mensaje reenviado",
    "início da mensagem reencaminhada", "inizio messaggio inoltrato",
)  # fmt: skip
# Outlook-style header blocks start with the sender line, then any other header line.
FROM_KEYS = (
    "from", "von", "de", "da", "van", "od", "от", "kimden", "发件人", "寄件者", "寄件人", "差出人",
)  # fmt: skip
HEADER_KEYS = (
    "sent", "date", "to", "cc", "subject", "reply-to", "发送时间", "日期", "时间", "收件人", "抄送",
    "主题", "寄件日期", "收件者", "副本", "主旨", "gesendet", "datum", "an", "betreff", "envoyé",
    "à", "objet", "enviado el", "enviado", "enviada em", "fecha", "para", "asunto", "assunto",
    "inviato", "data", "a", "oggetto", "verzonden", "aan", "onderwerp", "wysłano", "do", "temat",
    "отправлено", "дата", "кому", "копия", "тема", "gönderildi", "tarih", "kime", "konu",
    "送信日時", "宛先", "件名",
)  # fmt: skip
# Reply headers, matched against the whole header (up to 3 wrapped lines joined by spaces).
REPLY_HEADERS = {
    "en": r"On\s.+\bwrote\s*:",
    "de": r"Am\s.+\bschrieb\b.*:",
    "fr": r"Le\s.+\ba\s+écrit\s*:",
    "es": r"El\s.+\bescribió\s*:",
    "pt": r"Em\s.+\bescreveu\s*:",
    "it": r"Il\s.+\bha\s+scritto\s*:",
    "nl": r"Op\s.+\b(?:schreef\b.*|geschreven\s*):",
    "ru": r".+\b(?:пишет|написала?|написал\(а\))\s*:",
    "pl": r".+\bnapisał(?:a|\(a\))?\s*:",
    "tr": r".+\btarihinde\b.+\bşunu\s+yazdı\s*:",
    "ja": r".+(?:さんは書きました|のメッセージ|のメール)\s*[:：]",
    "zh": r".+[写寫]道\s*[:：]",
    "ko": r".+님이\s*작성\s*[:：]",
    "gmail without a verb (ru, ja)": r".*\d:\d\d.*<[^<>\s]+@[^<>\s]+>\s*[:：]",
}
# A real reply header names a date, a time or an address; "On Monday my boss wrote:" does not.
HEADER_EVIDENCE = r"@|\d:\d\d|(?<!\d)(?:19|20)\d\d(?!\d)|\d[./-]\d{1,2}[./-]\d"
CLOSINGS = (
    r"(?:(?:many\s+)?thanks?(?:\s+you)?\s*(?:and|&|n)\s*)?"
    r"(?:(?:best|kind|kindest|warm|warmest)\s+)?(?:regards|rgds)",
    r"best\s+wishes", r"(?:yours\s+)?sincerely(?:\s+yours)?", r"yours\s+(?:faithfully|truly)",
    r"cheers", r"b\.?r\.?",
    r"(?:mit\s+(?:freundlichen|besten|herzlichen)|viele|beste|liebe|freundliche)\s+gr(?:ü|ue)(?:ß|ss)en?",
    r"(?:bien\s+)?cordialement", r"bien\s+à\s+vous",
    r"(?:un\s+)?(?:cordial\s+)?saludos?(?:\s+cordiales)?", r"atentamente", r"cordialmente",
    r"atenciosamente", r"abraços?", r"cumprimentos", r"(?:cordiali|distinti)\s+saluti",
    r"met\s+vriendelijke\s+groet(?:en)?", r"с\s+уважением", r"pozdrawiam", r"z\s+poważaniem",
    r"saygılarımla", r"saygılarımızla",
    r"(?:よろしく|宜しく)お願い(?:いた|致)?します", r"敬具",
    r"此致(?:\s*敬礼)?", r"谢谢|謝謝|多谢", r"祝好", r"顺祝商祺",
)  # fmt: skip
MOBILE_FOOTERS = (
    r"sent\s+from\s+my\s+[\w .'’-]{1,40}", r"sent\s+from\s+(?:mail|outlook)\s+for\s+\w+",
    r"get\s+outlook\s+for\s+\w+(?:\s*<[^>]*>)?", r"(?:发自|來自|来自)我的\s*\S{1,30}",
    r"von\s+meinem\s+[\w .-]{1,40}\s+gesendet", r"enviado\s+desde\s+mi\s+[\w .-]{1,40}",
    r"envoyé\s+de\s+mon\s+[\w .-]{1,40}", r"enviado\s+do\s+meu\s+[\w .-]{1,40}",
    r"inviato\s+dal?\s+(?:mio\s+)?[\w .-]{1,40}", r"verzonden\s+(?:vanaf|met)\s+[\w .-]{1,40}",
    r"отправлено\s+с\s+[\w .-]{1,40}", r"\S{1,20}\s+gönderildi", r"\S{1,20}から送信",
)  # fmt: skip
# A line after a closing that asks for something or names a quantity means the closing was not
# the end of the message: signatures hold names and numbers to call, never "500 pcs".
REQUEST_WORDS = (
    r"[?？]\s*$", r"^p\.?\s?s\b", r"\b(?:please|pls|plz|kindly|bitte|por\s+favor|per\s+favore)\b",
    r"\b(?:пожалуйста|lütfen|proszę)\b", r"s'il\s+vous\s+plaît", r"请|請|お願い",
    r"\b(?:need|want|would\s+like|interested\s+in|quot(?:e|ation)|prices?|samples?|order)\b",
    r"需要|报价|報價|价格|價格|数量|數量",
    r"\d\s*(?:pcs|pieces|units|sets|cartons|ctns|tons?|containers?|个|個|套|件|只|台|箱|吨)(?!\w)",
)  # fmt: skip
MAX_SIGNATURE_LINES = 12
SHORT_LINE = 60
MAX_HEADER_CHARS = 300


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_SEPARATOR = re.compile(rf"-{{2,}}\s*(?:{_alternation(SEPARATOR_PHRASES)})\s*-{{2,}}", re.I)
_FORWARD_INTRO = re.compile(rf"(?:{_alternation(FORWARD_INTROS)})\s*[:：]", re.I)
_FROM_LINE = re.compile(rf"\s*\*?(?:{_alternation(FROM_KEYS)})\s*\*?\s*[:：]", re.I)
_HEADER_LINE = re.compile(rf"\s*\*?(?:{_alternation(FROM_KEYS + HEADER_KEYS)})\s*\*?\s*[:：]", re.I)
_REPLY_HEADERS = [re.compile(p, re.I) for p in REPLY_HEADERS.values()]
_HEADER_EVIDENCE = re.compile(HEADER_EVIDENCE)
_CLOSING = re.compile(
    rf"(?:{'|'.join(CLOSINGS)})(?:\s*[,，]\s*\w+(?:[ .'’-]+\w+)?)?[\s,，.。!！:：~]*", re.I
)
_MOBILE_FOOTER = re.compile(rf"(?:{'|'.join(MOBILE_FOOTERS)})[\s.!。！]*", re.I)
_REQUEST = re.compile("|".join(REQUEST_WORDS), re.I)
_RULE = re.compile(r"[-_=*━─]{5,}")  # a horizontal line, e.g. above an Outlook header block
_LIST_FOOTER_RULE = re.compile(r"_{10,}")  # mailing-list footers start with one


@dataclass(frozen=True, slots=True)
class ReplyParts:
    new: str  # what the sender wrote now (without signature and quotes), stripped
    signature: str | None  # the sender's signature block: names, titles, phones, websites
    quoted: str | None  # quoted history (earlier messages), raw as it appeared
    new_span: tuple[int, int]  # text[new_span[0]:new_span[1]] == new
    signature_span: tuple[int, int] | None

    def quoted_span(self, text: str) -> tuple[int, int] | None:
        """Where the quoted history sits in ``text`` (None when it is absent or, in an
        inline reply, made of several pieces)."""
        if not self.quoted:
            return None
        start = text.find(self.quoted, self.new_span[1])
        return (start, start + len(self.quoted)) if start >= 0 else None


class _Line(NamedTuple):
    start: int
    end: int  # before the line break
    text: str


def split_reply(text: str) -> ReplyParts:
    """Return the new message, signature and quoted history of a plain-text email body."""
    lines, forwarded = _split_lines(text), False
    while True:  # a loop, not recursion: forwards of forwards nest arbitrarily deep
        cut, soft_headers = _scan_markers(lines)
        in_quote = _quote_mask(lines, cut, soft_headers)
        own = [i for i in range(cut) if lines[i].text.strip() and not in_quote[i]]
        if cut == len(lines) or not all(_is_forwarder_noise(lines[i].text) for i in own):
            break
        first = _forwarded_body_start(lines, cut)
        if first is None:
            break
        lines, forwarded = lines[first:], True
    start = lines[0].start if forwarded else 0
    sig = _signature_start(lines, own, in_quote)
    body = [i for i in own if sig is None or i < sig]
    if not body and forwarded:  # the forwarded text is itself all quote: it is still the message
        span = _tight(text, start, len(text))
        return ReplyParts(text[span[0] : span[1]], None, None, span, None)
    new_span = _tight(text, lines[body[0]].start, lines[body[-1]].end) if body else (start, start)
    sig_span = None if sig is None else _tight(text, lines[sig].start, lines[own[-1]].end)
    return ReplyParts(
        new=text[new_span[0] : new_span[1]],
        signature=None if sig_span is None else text[sig_span[0] : sig_span[1]],
        quoted=_leftovers(text, start, [new_span, sig_span]),
        new_span=new_span,
        signature_span=sig_span,
    )


def _split_lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lines.append(_Line(pos, pos + len(body), body))
        pos += len(raw)
    return lines


def _is_quote_line(line: _Line) -> bool:
    return line.text.lstrip().startswith(">")


def _scan_markers(lines: list[_Line]) -> tuple[int, dict[int, int]]:
    """Return the index of the first hard marker (len(lines) if none) and, for each reply header
    above a ">" quote met before it, its first line mapped to the line after it."""
    soft: dict[int, int] = {}
    i = 0
    while i < len(lines):
        if _is_separator(lines[i].text) or _is_header_block(lines, i):
            return _with_rule_above(lines, i), soft
        end = _reply_header_end(lines, i)
        if end is not None:
            after = next((j for j in range(end, len(lines)) if lines[j].text.strip()), None)
            if after is None or not _is_quote_line(lines[after]):
                return _with_rule_above(lines, i), soft
            soft[i] = end
            i = end
            continue
        i += 1
    return len(lines), soft


def _is_separator(line: str) -> bool:
    stripped = line.strip()
    return bool(_SEPARATOR.fullmatch(stripped) or _FORWARD_INTRO.fullmatch(stripped))


def _is_header_block(lines: list[_Line], i: int) -> bool:
    """Whether a From: line (any language), then more header lines, one with a date, a time or an
    address, start at line i. Without that evidence "From: Hamburg / To: Ningbo" is a route."""
    if not _FROM_LINE.match(lines[i].text):
        return False
    block = [lines[i].text]
    for line in lines[i + 1 : i + MAX_SIGNATURE_LINES]:  # bounded: a block is a few lines
        if not _HEADER_LINE.match(line.text):
            break
        block.append(line.text)
    return len(block) >= 2 and any(_HEADER_EVIDENCE.search(line) for line in block)


def _with_rule_above(lines: list[_Line], i: int) -> int:
    """Move the cut up to a horizontal rule just above the marker (Outlook draws one)."""
    j = i - 1
    while j >= 0 and not lines[j].text.strip():
        j -= 1
    return j if j >= 0 and _RULE.fullmatch(lines[j].text.strip()) else i


def _reply_header_end(lines: list[_Line], i: int) -> int | None:
    """Return the index after a reply header starting at line i (wrapped over up to 3 lines)."""
    parts: list[str] = []
    for line in lines[i : i + 3]:
        if not line.text.strip() or _is_quote_line(line):
            return None
        parts.append(line.text.strip())
        if len(joined := " ".join(parts)) > MAX_HEADER_CHARS:
            return None
        # If the header also matches without the first line, it starts on a later line.
        if _is_reply_header(joined) and not any(
            _is_reply_header(" ".join(parts[k:])) for k in range(1, len(parts))
        ):
            return i + len(parts)
    return None


def _is_reply_header(candidate: str) -> bool:
    return bool(_HEADER_EVIDENCE.search(candidate)) and any(
        p.fullmatch(candidate) for p in _REPLY_HEADERS
    )


def _quote_mask(lines: list[_Line], cut: int, soft_headers: dict[int, int]) -> list[bool]:
    """Return, for each line above the cut, whether it belongs to a ">" quote (with its header)."""
    mask = [False] * cut
    i = 0
    while i < cut:
        if i in soft_headers:
            end, is_quote = _quote_run_end(lines, soft_headers[i], cut), True
        elif _is_quote_line(lines[i]):
            end = _quote_run_end(lines, i, cut)
            # A lone ">" line is more likely "> 1000 pcs" than a quote.
            is_quote = sum(_is_quote_line(line) for line in lines[i:end]) >= 2
        else:
            i += 1
            continue
        if is_quote:
            mask[i:end] = [True] * (end - i)
        i = end
    return mask


def _quote_run_end(lines: list[_Line], i: int, cut: int) -> int:
    """Return the index after the last ">" line of the run (blank lines inside) from line i."""
    end = i
    for j in range(i, cut):
        if _is_quote_line(lines[j]):
            end = j + 1
        elif lines[j].text.strip():
            break
    return end


def _is_forwarder_noise(line: str) -> bool:
    stripped = line.strip()
    return bool(_MOBILE_FOOTER.fullmatch(stripped) or _RULE.fullmatch(stripped)) or stripped == "--"


def _forwarded_body_start(lines: list[_Line], cut: int) -> int | None:
    """Return the line where the forwarded message's text starts, past marker and headers."""
    i = cut
    while i < len(lines) and (not lines[i].text.strip() or _RULE.fullmatch(lines[i].text.strip())):
        i += 1
    if i < len(lines) and _is_separator(lines[i].text):
        i += 1
    elif i < len(lines):
        i = _reply_header_end(lines, i) or i
    in_headers = False  # header values may wrap onto indented lines
    for j in range(i, len(lines)):
        line = lines[j].text
        if not line.strip():
            in_headers = False
        elif _HEADER_LINE.match(line) or (in_headers and line[0] in " \t"):
            in_headers = True
        else:
            return j
    return None


def _signature_start(lines: list[_Line], own: list[int], in_quote: list[bool]) -> int | None:
    """Return the line where the signature starts, in the sender's last stretch of text."""
    if not own:
        return None
    stretch_start = max((j + 1 for j in range(own[-1]) if in_quote[j]), default=0)
    # Only the last lines can start a signature: at most MAX_SIGNATURE_LINES may follow it.
    stretch = [i for i in own if i >= stretch_start][-(MAX_SIGNATURE_LINES + 1) :]
    for pos, i in enumerate(stretch):
        kind = _signature_marker(lines[i].text.strip())
        # A closing on the sender's first line is a greeting ("Saludos,"); a footer is a footer.
        if kind is None or (kind != "footer" and i == own[0]):
            continue
        tail = [lines[j].text.strip() for j in stretch[pos + 1 :]]
        if _reads_like_signature(tail, kind):
            return i
    return None


def _signature_marker(line: str) -> str | None:
    """Return "footer", "delimiter" or "closing" for a line that can start a signature."""
    if _MOBILE_FOOTER.fullmatch(line):
        return "footer"
    if line == "--":
        return "delimiter"
    if _CLOSING.fullmatch(line) or _LIST_FOOTER_RULE.fullmatch(line):
        return "closing"
    return None


def _reads_like_signature(tail: list[str], kind: str) -> bool:
    """Whether the lines after a signature marker read like a signature, so that a closing in the
    middle of a message is not taken: few lines, none asking for anything (a footer is always
    the end), and after a closing mostly short ones."""
    if len(tail) > MAX_SIGNATURE_LINES:
        return False
    if kind == "footer":
        return True
    if any(_REQUEST.search(line) for line in tail):
        return False
    return kind != "closing" or sum(len(line) > SHORT_LINE for line in tail) * 3 <= len(tail)


def _tight(text: str, start: int, end: int) -> tuple[int, int]:
    """Return (start, end) narrowed past surrounding whitespace, so text[start:end] is stripped."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _leftovers(text: str, start: int, spans: list[tuple[int, int] | None]) -> str | None:
    """Return the text from `start` outside the given spans, pieces joined by a blank line."""
    taken = sorted(s for s in spans if s is not None and s[0] < s[1])
    pieces, pos = [], start
    for a, b in [*taken, (len(text), len(text))]:
        piece = re.sub(r"\A(?:[ \t]*(?:\r\n|\r|\n))+", "", text[pos:a]).rstrip()
        if piece:
            pieces.append(piece)
        pos = max(pos, b)
    return "\n\n".join(pieces) or None
