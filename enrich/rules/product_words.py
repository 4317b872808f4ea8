"""The words buyers put around products, in the inquiry languages: labels ("Product:",
"数量："), target-price words, what sets an order quantity off, what ends a name."""

from __future__ import annotations

import re

NAME_LABEL = (
    r"product(?:\s+name)?|item(?:\s+name|\s+description)?|requirement|commodity|goods"
    r"|model(?:\s+no\.?)?|型号|型號|modelo|modell|модель"
    r"|品名|产品名称|产品|產品名稱|產品|商品名|商品|製品名|品目|producto|art[íi]culo|produto"
    r"|produkt|artikel|bezeichnung|товар|наименование|ürün(?:\s+adı)?|المنتج|produit"
    r"|d[ée]signation|prodotto|articolo|nazwa(?:\s+produktu)?|sản\s+phẩm|tên\s+hàng"
)
QTY_LABEL = (
    r"(?:(?:purchase|purchasing|sourcing|order|required|estimated|total|annual)\s+){0,2}"
    r"(?:quantity|quantities|qty|q'ty|qnty)(?:\s+(?:required|needed|wanted|requested))?|数量|數量|采购量|採購量|订购数量|cantidad|quantidade"
    r"|qtd|menge|anzahl|stückzahl|bestellmenge|количество|кол-во|miktar|الكمية|quantit[ée]|qté"
    r"|quantità|ilość|số\s+lượng"
)
TARGET_CUE = re.compile(
    r"(?:\bour\s+)?\btarget(?:\s+(?:unit\s+)?prices?)?|\b(?:expected|desired|ideal)\s+price"
    r"|precio\s+(?:objetivo|meta)|preço[\s-]alvo|preco\s+alvo|\bziel\s?preis\w*"
    r"|целев\w*\s+цен\w*|hedef\s+fiyat\w*|السعر\s+المستهدف|prix\s+(?:cible|objectif)"
    r"|prezzo\s+(?:obiettivo|target)|cena\s+docelowa|giá\s+mục\s+tiêu|目标价格?|目標價格?"
    r"|目標価格|希望単価|希望価格|期望价格?|理想价格?",
    re.IGNORECASE,
)
# A price that is the supplier's, a total or a budget: never a target price.
SUPPLIER_PRICE = re.compile(
    r"\byour\s+(?:\w+\s+)?(?:price|offer|quot\w*)|\byou\s+quoted|\bquoted|\b(?:last|current"
    r"|previous|old|list)\s+price|\bwebsite|\bcatalog\w*|\bMOQ\b|\btotal|\bbudget|\bvalue"
    r"|su\s+precio|ihr\s+preis|ваша\s+цена|贵司|你们的?价格|报价为|總價|总价",
    re.IGNORECASE,
)
QTY_LABEL_BEFORE = re.compile(
    rf"(?:{QTY_LABEL})\s*(?:\([^)]{{0,12}}\))?\s*(?:is|:|：|=)?\s*$", re.IGNORECASE
)
NAME_LINE = re.compile(rf"^\s*(?:[-•*]\s*)?(?:{NAME_LABEL})\s*[:：]\s*(?=\S)", re.IGNORECASE)
FIELD_LINE = re.compile(rf"^\s*(?:{QTY_LABEL}|unit|{TARGET_CUE.pattern})\s*[:：]", re.IGNORECASE)
FIELD_LABEL = re.compile(
    rf"\s*(?:(?P<qty>{QTY_LABEL})|(?P<unit>unit)|{TARGET_CUE.pattern})\s*[:：]", re.IGNORECASE
)
BULLET = re.compile(
    r"^[ \t\u3000]*(?:[-–—•*·・●▪■◦○➢►>]|(?:\d{1,2}|[١-٩]{1,2})(?:[.)、]|[-–](?!\d))(?!\d)"
    r"|[a-zA-Z]\)|\(\d{1,2}\)|（\d{1,2}）|[①-⑳]"
    r"|(?i:pos\.?|item|no\.?|nr\.?|#)\s?\d{1,3}\s?[:.)\-–])[ \t\u3000]*"
)
SEPARATORS = "-–—:：,，=|xX"
SEPARATOR_BEFORE = re.compile(r"(?:[-–—:：=|をはが]|\bqty\.?|\bx)\s*$", re.IGNORECASE)
CLAUSE_MARK = re.compile(r"[,;，；(（]")
CLAUSE_END = re.compile(r"[,;，；)）]")
# "USD 3-4", "$3 to $4": a range is no one price.
RANGE_AFTER = re.compile(r"\s*(?:-|–|~|to)\s*(?:US\$|USD|\$|€)?\s*\d", re.IGNORECASE)
AT_BEFORE = re.compile(r"(?:\bat|@|\bà|\ba|\bза)\s*$", re.IGNORECASE)
PER_UNIT_AFTER = re.compile(r"\s?(?:/|per\b|each\b|c/u|por\b|pro\b|la\s+pi|за\b|每)", re.I)
# "we need 500 ...", "采购5000个...": the name follows the quantity.
VERB_BEFORE = re.compile(
    r"(?:\bneed|\bneeds|\border|\bwant|\bbuy|\bpurchase|\brequire|\bimport|\bbenötigen|\bquote"
    r"|\b(?:price|prices|offer|quotation)\s+for|\blooking\s+for|\binterested\s+in"
    r"|\bbrauchen|\bbestellen|\bnecesitamos|\bqueremos|\bcomprar|\bcotizar|\bprecisamos"
    r"|\bнужн\w*|\bтребуется|\bпарти[яю]|\bзакупить|\bкупить|需要|采购|採購|订购|訂購|求购|购买"
    r"|購買|\bihtiyacımız\s+var|\bbesoin\s+de|\bcommander)"
    r"(?:\s+(?:de|of|about|around|approx\.?|approximately|около|примерно|约|大约))?\s*$",
    re.IGNORECASE,
)
NAME_AFTER_STOP = re.compile(
    r"\s(?:at|@|for|with|target|and|y|und|et|и|to|from|by|if|when|as|because|so|but|is|are"
    r"|which|that|in|please|pls|istiyoruz|almak|için|talep)\b|[,;(（。，、；?!？！]|\.(?!\d)|$",
    re.IGNORECASE,
)
ITEM_NAME_STOP = re.compile(r"\s(?:at|@|for|with\s+target|target)\s|[,;(（]|$", re.IGNORECASE)
END_AFTER = re.compile(
    r"^\s*(?:$|[,.;)。，；）]|\beach\b|\bat\b|@|\bper\b|\bfor\b|\bof\s+each|\btarget|/|\bprice"
    r"|\bprecio|\bpreço|\bцен|\bhedef|\bprix|\bcena|\b(?:USD|EUR)\b|[$€£¥]|目标|目標|希望|\(|（)",
    re.IGNORECASE,
)
JOINER = re.compile(r"\s*(?:and|&|,|plus|y|und|et|e|и|和|及|、|，)?\s*", re.IGNORECASE)
OF_AFTER = re.compile(r"^\s+(?:of|de|do|da|des|di|von|x|×|من)\s+(?=\S)", re.IGNORECASE)
# Quantities that are not the order: minimum order, packing, lead time, past sales.
NOT_ORDER = re.compile(
    r"\bMOQ\b|minimum\s+order|\bper\s+(?:carton|ctn|box|bag|pallet|inner|master)|/\s*(?:carton"
    r"|ctn|box|bag|pallet)|\bpack(?:ing|ed|aging)\b|embalaje|verpackung|в\s+коробке|每箱|装箱"
    r"|lead\s+time|\bstock\b|last\s+(?:year|order|month)|we\s+(?:sold|sell|bought)"
    r"|\b(?:per|a|every)\s+(?:year|annum|month|week)|\bpar\s+(?:an|mois)|/\s*(?:year|month)"
    r"|al\s+(?:año|mes)|pro\s+(?:jahr|monat)|в\s+(?:год|месяц)|每年|每月|\bannual|\byearly"
    r"|\bmonthly",
    re.IGNORECASE,
)
EACH = re.compile(
    r"^\s*(?:each|of\s+each|per\s+(?:item|model|product|type|colou?r)|for\s+each|de\s+cada"
    r"|cada\s+uno|jeweils|каждого|каждой|her\s+biri|de\s+chaque|ciascuno)\b",
    re.IGNORECASE,
)
# Words after which, in running text, a product name starts.
INTRO = re.compile(
    r"\b(?:for|of|need|needs|want|buy|order|purchase|import|require|quote|quotation|inquiry"
    r"|enquiry|interested\s+in|looking\s+for|and|plus|also|necesitamos|cotizar|para|benötigen"
    r"|brauchen|für|нужн\w*|требуется|для|на|и|поставк\w+|интересует|закупк\w+)\b"
    r"|需要|采购|採購|求购|报价|報價|询价|詢價|[:：,，、]",
    re.IGNORECASE,
)
TRAILING_APPROX = re.compile(
    r"\s*(?:approx\.?|approximately|about|around|ca\.?|circa|около|примерно|约|大约|aprox\.?"
    r"|aproximadamente|etwa|ungefähr|environ|cerca\s+de)$",
    re.IGNORECASE,
)
LEADING_JUNK = re.compile(
    r"^(?:the|a|an|some|these|those|el|la|los|las|un|una|die|der|das|den|le|les|o|os|as|and"
    r"|y|und|et|e|и)\s+",
    re.IGNORECASE,
)
BAD_NAME = re.compile(
    r"^(?:we|i|our|my|you|your|please|kindly|could|can|would|need|send|total|prices?|payment"
    r"|delivery|shipment|shipping|lead|moq|samples?|packing|packaging|quantity|qty|order"
    r"|terms?|incoterms?|destination|port|warranty|note|remark|budget|hello|hi|dear|thanks?"
    r"|it|this|that|there|if|as|about|approx\w*|line|item|no|wir|bitte|мы|нам|我们|请|nous"
    r"|necesitamos|favor|zahlung|pago|pagamento|оплата|condi\w+|bedingungen|условия|付款"
    r"|交期|交货|mit|with|to|in|on|at|by|for|total|sum|合计|總計|итого|first|only|now|asap"
    r"|urgent\w*|monthly|weekly|yearly|annual\w*|per|each|more|less|again|also|net|gross"
    r"|weight|length|width|height|size|capacity|diameter|thickness|depth|volume|power"
    r"|voltage|dimensions?|pallets?|containers?|cartons?|loading|trial|every|next|this|q[1-4]"
    r"|h[12]|week|month|year|products?|items?|goods|description|article|commodity"
    r"|产品|品名|名称|producto|produto|produkt|товар|" + QTY_LABEL + r")\b",
    re.IGNORECASE,
)
# "Cable length: 1.5 m", "Net weight: 25 kg": a specification, not a product.
SPEC_NAME = re.compile(
    r"\b(?:length|width|height|weight|size|capacity|diameter|thickness|depth|volume|power"
    r"|voltage|dimensions?|load|länge|gewicht|longitud|peso|длина|вес|长度|重量)\s*$",
    re.IGNORECASE,
)
# "première commande 1 000 pièces", "first order 500 pcs": an order, not a product.
ORDER_NAME = re.compile(
    r"\b(?:orders?|commande|pedido|encomenda|bestellung|auftrag|заказ\w*|sipariş\w*)\b|订单|訂單|注文",
    re.IGNORECASE,
)
SENTENCE_STOP = re.compile(
    r"\b(?:we|i|you|our|us|they|my|is|are|was|were|will|can|could|would|need|want|have|has"
    r"|please|if|increase)\b",
    re.IGNORECASE,
)
# A line without a bullet is a product line only if its name reads like one.
PLAIN_NAME_STOP = re.compile(
    rf"{SENTENCE_STOP.pattern}|\b(?:for|of|quote|quotation|buy|order|purchase|require"
    r"|interested|looking|thanks?|regards)\b",
    re.IGNORECASE,
)
DOC_CURRENCY = re.compile(
    r"(?:currency|moneda|moeda|währung|валюта|币种|幣別|通貨|para\s+birimi|devise|valuta)"
    r"\s*[:：]\s*(\S+)|\b(?:prices?|quote|quotation|precios?)\b[^\n.]{0,40}\bin\s+(USD|EUR|GBP"
    r"|US\s+dollars?|euros?)\b",
    re.IGNORECASE,
)
# A subject naming the product: "RFQ: LED panel 60x60", "Inquiry for PVC hose".
SUBJECT_PRODUCT = re.compile(
    r"^(?:(?:re|fw|fwd|aw)\s*:\s*)*(?:rfq|inquiry|enquiry|request\s+for\s+quot\w*|quotation\s+request"
    r"|price\s+(?:inquiry|request)|anfrage|cotizaci[óo]n|solicitud\s+de\s+cotizaci[óo]n|cota[çc][ãa]o"
    r"|запрос(?:\s+цены)?|询价|詢價|お見積り依頼)\s*(?:for|of|on|about|für|de|para|на|[:：\-–])\s*"
    r"(?P<name>[^\n]{3,80})$",
    re.IGNORECASE,
)
SUBJECT_PREFIX = re.compile(r"^(?:\s*(?:\w[\w\s-]{0,20})?[:：]|\s*\[[^\]]*\])*")
