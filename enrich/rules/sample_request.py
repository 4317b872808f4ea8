"""Whether the buyer asks for samples.

A sample word of any of the inquiry languages, in a clause that neither negates it
("Образцы пока не нужны", "no samples needed"), nor speaks of samples that already
exist or travel the other way ("the sample you sent", "we will send our sample",
"free samples available"), nor is a download button.
"""

from __future__ import annotations

import re

from ..document import Candidate, Document
from .buyer_text import commerce_segments

MAX_CANDIDATES = 5
SAMPLE_WORD = re.compile(
    r"\b(?:samples?|sampling|muestras?|amostras?|muster(?:n|st[üu]ck\w*|bestellung\w*)?"
    r"|[ée]chantillons?|campion[ei]|campionatura|numune\w*|próbk\w*|próbek|sampel"
    r"|образ(?:ец|ц(?:а|у|ом|е|ы|ов|ам|ами|ах))|hàng mẫu|mẫu thử)\b"
    r"|样品|样板|样机|打样|寄样|送样|樣品|樣板|樣機|サンプル|見本|샘플|견본"
    r"|(?<![\u0600-\u06FF])(?:وال|بال|لل|ال|و|ب)?عين(?:ة|ات|تين|ه)(?![\u0600-\u06FF])",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\bno\s+(?:need|samples?|muestras?|necesit\w*|requer\w*|es\s+necesari\w*|hace\s+falta)\b"
    r"|\bno\s+(?:further|more|new|additional|extra|other)\s+"
    r"|\b(?:not|don'?t|doesn'?t|won'?t|never|unnecessary|innecesari\w*|não|desnecessári\w*"
    r"|kein\w*|nicht|pas|non(?!-)|не|нет|nie|yok|gerekmiyor|istemiyoruz)\b|n'(?=\w)"
    r"|ne\s+\w+\s+pas|不需要|不用|无需|無需|不必|暂不|暫不|不要|いりません|必要ありません|必要ない"
    r"|結構です|필요\s*없|لا\s|ليس",
    re.IGNORECASE,
)
# "without samples", "sin muestras", "без образцов": only right before the sample word
# ("samples without logo" still asks for samples).
_WITHOUT = re.compile(
    r"\b(?:without|sin|sem|ohne|sans|senza|без|bez)\s+(?:\w+\s+)?$|بدون\s+$", re.IGNORECASE
)
# Samples that exist already or go the other way: not a request from this buyer.
_NOT_A_REQUEST = re.compile(
    r"\b(?:received|got|tested|checked|approved|rejected|we\s+(?:will\s+|can\s+|could\s+)?"
    r"(?:send|sent|provide|offer)\s+(?:you\s+)?(?:our|free|the)?"
    r"|(?:you|they)\s+(?:have\s+)?sent|sent\s+(?:us|me|last)"
    r"|last\s+(?:time|month|week)|previous|samples?\s+(?:is|are|was|were)\s+(?:ok|good|fine)"
    r"|recibimos|hemos\s+recibido|erhalten|получили|otrzymaliśmy|recebemos|recebi|recebido"
    r"|reçu|reçus|ricevut\w*|abbiamo\s+ricevuto|aldık|enviaram|enviaron|envoyés?|inviat\w*)\b"
    r"|收到|已收到|免费(?:提供|送样)|可(?:以)?提供|受け取|受領",
    re.IGNORECASE,
)
# A sample that exists ("as per the sample"), a supplier's offer, a download button:
# never a request, whatever else the clause says.
_NEVER_A_REQUEST = re.compile(
    r"\bfree\s+samples?\s+(?:are\s+)?available|\bsamples?\s+(?:are|is)\s+(?:available|free)\b"
    r"|\bdownload\b|\bsamples?\s+(?:photos?|pictures?|images?|drawings?|designs?|files?|data)\b",
    re.IGNORECASE,
)
_REFERS_TO_ONE = re.compile(
    r"\b(?:as\s+per|according\s+to|same\s+as|based\s+on|identical\s+to|matching)"
    r"\s+(?:the\s+|your\s+|our\s+|approved\s+)*$",
    re.IGNORECASE,
)
_ASKS = re.compile(
    r"\b(?:please|pls|kindly|could\s+you|can\s+you|would\s+you|send\s+(?:us|me)|need|want"
    r"|require|request)\b|\?|？",
    re.IGNORECASE,
)
# Words that are samples only when asked for: "la tabla muestra" (shows), "Muster"
# (pattern), "campione" (champion).
_AMBIGUOUS = re.compile(r"muestra|muster|campione", re.IGNORECASE)
_ASKS_ANY = re.compile(
    rf"{_ASKS.pattern}|\b(?:bitte|send\w*|schick\w*|könn\w*|benötig\w*|brauch\w*|möcht\w*"
    r"|anforder\w*|bestell\w*|envi\w*|necesit\w*|quer\w*|podr\w*|pued\w*|favor|inviar\w*"
    r"|invia\w*|potete|potreste|vorremm\w*|serv\w*|gradire\w*|richied\w*|una|un|1|2|3)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[.!?;,。！？；，\n]|\bbut\b|\bpero\b|\baber\b|\bно\b|但")


def find_sample_request(doc: Document) -> list[Candidate]:
    """``True`` candidates for each clause in which the buyer asks for samples."""
    out = []
    for seg in commerce_segments(doc):
        for m in SAMPLE_WORD.finditer(seg.text):
            start, end = _clause(seg.text, m.start(), m.end())
            clause = seg.text[start:end]
            if _NEGATION.search(clause) or _NEVER_A_REQUEST.search(clause):
                continue
            if _REFERS_TO_ONE.search(seg.text, start, m.start()):
                continue
            if _WITHOUT.search(seg.text, max(start, m.start() - 30), m.start()):
                continue
            if _AMBIGUOUS.fullmatch(m.group()) and not _ASKS_ANY.search(clause):
                continue
            if _NOT_A_REQUEST.search(clause) and not _ASKS.search(clause):
                continue
            confidence = 0.85 if seg.kind != "subject" else 0.7
            out.append(
                Candidate("sample_request", True, seg.evidence(start, end), confidence, "sample")
            )
            if len(out) >= MAX_CANDIDATES:
                return out
    return out


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: between punctuation, line ends, 'but'."""
    left = max((m.end() for m in _CLAUSE.finditer(text, max(0, start - 200), start)), default=0)
    left = max(left, start - 200)
    right_match = _CLAUSE.search(text, end, end + 200)
    right = right_match.start() if right_match else min(len(text), end + 200)
    if right_match and right_match.group() in "?？":
        right += 1
    while left < start and text[left].isspace():
        left += 1
    return left, right
