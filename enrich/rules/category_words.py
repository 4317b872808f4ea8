"""The words and brands ``category`` looks for, in the languages buyers and scammers use.

Each rule is one category, one weight, one reason a rep can read, and its phrases one
per line (regular expressions, matched case-insensitively against whitespace-collapsed
text; a more indented line continues the phrase above it). Latin phrases carry word
boundaries; CJK phrases cannot and need none. A rule counts once however often its
phrases occur: repetition is not more evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rule:
    """Phrases that add ``weight`` to ``category``, explained by ``reason``."""

    category: str
    weight: float
    reason: str
    pattern: re.Pattern[str]  # lower-case, matched against lower-cased text

    def find(self, text: str) -> str | None:
        """Return the first phrase of this rule in ``text`` as written there, or None."""
        lowered = text.lower()
        found = self.pattern.search(lowered)
        if found is None:
            return None
        # Lower-casing keeps offsets except for a few letters (Turkish İ): quote it lowered then.
        source = text if len(lowered) == len(text) else lowered
        return source[found.start() : found.end()].strip()


_LETTER_OR_ESCAPE = re.compile(r"(\\.)|([^\\])")


def rule(category: str, weight: float, reason: str, phrases: str) -> Rule:
    """A rule from phrases written one per line; a more indented line continues the one before."""
    lines = [line for line in phrases.splitlines() if line.strip()]
    base = min(len(line) - len(line.lstrip()) for line in lines)
    alternatives: list[str] = []
    for line in lines:
        if len(line) - len(line.lstrip()) > base and alternatives:
            alternatives[-1] += line.strip()
        else:
            alternatives.append(line.strip())
    # Lower-cased text matched without IGNORECASE is about 1.6 times faster with this
    # many alternatives; escapes such as \b and \W keep their case.
    source = "|".join(f"(?:{x})" for x in alternatives)
    source = _LETTER_OR_ESCAPE.sub(lambda m: m.group(1) or m.group(2).lower(), source)
    return Rule(category, weight, reason, re.compile(source))


@dataclass(frozen=True, slots=True)
class Brand:
    """A brand phishers imitate: how it is named, its registrable domains, its tokens."""

    name: str
    mention: re.Pattern[str]
    domains: tuple[str, ...]  # the main one first
    tokens: tuple[str, ...]  # what a lookalike host borrows ("alibaba" in alibaba-x.top)


def _brand(name: str, mention: str, domains: str, tokens: str) -> Brand:
    pattern = re.compile(mention, re.IGNORECASE)
    return Brand(name, pattern, tuple(domains.split()), tuple(tokens.split()))


BRANDS = (
    _brand(
        "Alibaba",
        r"alibaba|aliexpress|阿里巴巴|1688\.com",
        "alibaba.com alibaba-inc.com aliexpress.com 1688.com alibaba.com.cn alibabacloud.com "
        "alibabagroup.com alipay.com aliexpress.ru aliexpress.us",
        "alibaba aliexpress",
    ),
    _brand(
        "Made-in-China.com",
        r"made[- ]?in[- ]?china|中国制造网|中國製造網",
        "made-in-china.com",
        "madeinchina",
    ),
    _brand("Global Sources", r"global ?sources|环球资源", "globalsources.com", "globalsources"),
    _brand("IndiaMART", r"indiamart", "indiamart.com", "indiamart"),
    _brand("DHL", r"\bdhl\b", "dhl.com dhl.de dhl.cn dhl.co.uk dpdhl.com", "dhl"),
    _brand("FedEx", r"\bfedex\b", "fedex.com", "fedex"),
    _brand("Maersk", r"\bmaersk\b", "maersk.com", "maersk"),
    _brand(
        "Microsoft",
        r"microsoft|office ?365|\boutlook\b|onedrive|sharepoint",
        "microsoft.com office.com office365.com outlook.com live.com hotmail.com sharepoint.com "
        "onedrive.com microsoftonline.com microsoft365.com msn.com",
        "microsoft office365 onedrive sharepoint outlook",
    ),
    _brand("PayPal", r"paypal", "paypal.com paypal.me", "paypal"),
    _brand("DocuSign", r"docusign", "docusign.com docusign.net", "docusign"),
    _brand("WeTransfer", r"wetransfer", "wetransfer.com", "wetransfer"),
    _brand("Dropbox", r"dropbox", "dropbox.com", "dropbox"),
    _brand("Adobe", r"\badobe\b", "adobe.com", "adobe"),
    _brand("Tencent", r"腾讯|騰訊|qq ?邮箱|企业邮箱|tencent", "qq.com tencent.com", "tencent"),
    _brand("NetEase", r"网易|netease", "163.com 126.com yeah.net netease.com", "netease"),
)
BANK = re.compile(r"\bbank\b|银行|銀行|\bbanco\b|\bbanque\b|\bбанк|بنك|\bbankası", re.IGNORECASE)
FREE_MAIL = frozenset(
    """gmail.com googlemail.com yahoo.com hotmail.com outlook.com live.com aol.com icloud.com
    mail.ru yandex.ru qq.com 163.com 126.com sina.com aliyun.com protonmail.com proton.me
    gmx.de gmx.net web.de rediffmail.com yahoo.co.in yahoo.co.jp naver.com""".split()  # noqa: SIM905
)
# Link wrappers (Outlook safelinks, mailing services): look through to the real target.
REDIRECTORS = frozenset(
    """safelinks.protection.outlook.com urldefense.com google.com list-manage.com
    sendgrid.net mailchi.mp mandrillapp.com hubspotlinks.com mailgun.org""".split()  # noqa: SIM905
)
# Shorteners hide the target; buyers use them too (amzn.to), so they weigh little.
SHORTENERS = frozenset(
    "bit.ly tinyurl.com t.co goo.gl ow.ly is.gd buff.ly amzn.to a.co rb.gy cutt.ly t.ly".split()  # noqa: SIM905
)
RISKY_TLDS = frozenset(
    "top xyz cc tk ml ga cf gq icu buzz rest cyou sbs click link work su".split()  # noqa: SIM905
)

PHISHING_RULES = (
    rule(
        "phishing",
        3.0,
        "asks for the mailbox password",
        r"""
        (?:log ?in|sign ?in)\b.{0,40}\b(?:e-?mail|mailbox) (?:address )?(?:and|&) (?:your )?
            (?:e-?mail |mailbox )?password
        (?:enter|confirm|provide|use) (?:your )?(?:e-?mail|mailbox|email account) password
        (?:邮箱|郵箱)(?:账号|帳號)?(?:和|及)?密码|输入.{0,10}密码
    """,
    ),
    rule(
        "phishing",
        2.0,
        "the order is only on a portal behind a login",
        r"""
        (?:uploaded|available|posted|placed|stored) (?:on|in|to|at) (?:our )?(?:secured?|secure|
            protected|online|private) (?:procurement |purchase |document |order |supplier )?
            (?:portal|platform|server|drive|cloud)
        for security reasons\b.{0,80}\b(?:portal|log ?in|sign ?in|password)
    """,
    ),
    rule(
        "phishing",
        2.0,
        "asks to verify the account",
        r"""
        \bverify (?:your|the|my|this) (?:account|identity|e-?mail|mailbox|information|details)
        \bverify (?:now|account|login)\b
        \baccount verification\b
        \bconfirm (?:your|the) (?:identity|account|e-?mail address|login)\b
        \bre-?validate\b
        \bvalidate (?:your|the) (?:account|mailbox|e-?mail)\b
        完成(?:身份)?验证|身份验证|立即验证|重新验证
        验证(?:您的)?(?:账户|账号|帐户|身份|邮箱)|(?:账户|账号|帐户)验证
        驗證(?:您的)?(?:帳戶|帳號|身份)
        verifi(?:que|car) (?:su|tu|sua|a) (?:cuenta|conta|identidad|identidade)
        confirme (?:su|sua|seus) (?:identidad|identidade|cuenta|conta|dados)
        подтверд\w* (?:вашу |свою )?(?:учетн|учётн|аккаунт|личность)
        تحقق من حسابك|التحقق من حسابك|تأكيد حسابك|توثيق حسابك
        (?:konto|identität) (?:verifizieren|bestätigen)
        bestätigen sie ihr(?:e)? (?:konto|identität)
        vérifie[rz] votre (?:compte|identité)|confirme[rz] votre (?:compte|identité)
        hesab\w* doğrula|kimliğinizi doğrula
        アカウント(?:の)?(?:確認|認証)|本人確認
    """,
    ),
    rule(
        "phishing",
        2.0,
        "says the account is suspended or restricted",
        r"""
        \baccount (?:has been |is |was |will be |have been )?(?:temporarily |permanently )?
            (?:suspended|restricted|locked|limited|disabled|deactivated|frozen|blocked|on hold)
        \b(?:unusual|suspicious|unrecogni[sz]ed|unauthori[sz]ed)
            (?: (?:sign-?in|log-?in|activity|access))
        (?:账户|账号|帐户|帐号)(?:已被|被)?(?:临时|永久)?(?:冻结|停用|封禁|限制|异常)
        已被(?:临时)?冻结|异常登录|异地登录|被盗风险|永久关闭
        cuenta (?:ha sido |está )?(?:suspendida|bloqueada|restringida|desactivada)
        conta (?:foi |está )?(?:suspensa|bloqueada|restrita|desativada)
        (?:аккаунт|учетн\w* запис\w*|учётн\w* запис\w*) (?:был\w* )?
            (?:заблокирован|приостановлен|ограничен)
        تم (?:تعليق|إيقاف|تقييد|حظر) حسابك|حسابك (?:معلق|موقوف)
        konto (?:wurde |ist )?(?:vorübergehend )?(?:gesperrt|eingeschränkt|deaktiviert)
        compte (?:a été |est )?(?:temporairement )?(?:suspendu|bloqué|restreint|désactivé)
        hesabınız (?:askıya alındı|kısıtlandı|engellendi|donduruldu)
        アカウント(?:が|は)?(?:停止|凍結|制限|ロック)|不正(?:な)?(?:ログイン|アクセス)
    """,
    ),
    rule(
        "phishing",
        1.5,
        "asks for a password or warns of a full mailbox",
        r"""
        \b(?:confirm|enter|update|reset|verify|re-?enter) (?:your )?(?:e-?mail )?
            (?:password|credentials|login details)
        \bpassword (?:will )?expire
        \b(?:sign|log) ?in (?:with your (?:e-?mail|password)(?: address)? )?(?:to|now to)
            (?: (?:view|access|download|confirm|read|receive|open))
        \bmailbox (?:is )?(?:full|quota|storage)|\b(?:e-?mail|mailbox) (?:account )?upgrade
        \bre-?activate (?:your|the) account
        (?:确认|输入|更新|重置)(?:您的)?(?:邮箱)?密码|密码(?:即将)?过期|邮箱(?:已满|容量不足|升级)|登录查看
        (?:confirme|actualice|introduzca) su contraseña|(?:confirme|atualize) (?:sua )?senha
        (?:подтвердите|введите|обновите) (?:ваш )?пароль
        (?:تأكيد|أدخل|تحديث) كلمة (?:المرور|السر)
        (?:passwort|kennwort) (?:bestätigen|eingeben|aktualisieren)
        (?:confirmez|saisissez|mettez à jour) votre mot de passe
        şifrenizi (?:doğrulayın|girin|güncelleyin)|パスワード(?:を)?(?:確認|入力|更新)
    """,
    ),
    rule(
        "phishing",
        1.5,
        "payment-advice or bank-detail lure",
        r"""
        \bpayment (?:advice|advise|notification|slip|copy)\b
        \bremittance (?:advice|slip|copy|details)\b|\bswift (?:copy|message|confirmation)\b
        \bmt ?103\b|\bfunds? (?:are |is |has been )?(?:on hold|held|frozen)\b
        \bconfirm (?:your |the )?(?:receiving |beneficiary )?(?:bank|banking|account)
            (?: (?:details|information|account))\b
        \bupdate (?:your |the )?(?:bank|banking|payment|beneficiary) (?:details|information)\b
        \b(?:outstanding|overdue|unpaid) invoice\b
        \bview (?:the |your )?(?:invoice|document|payment|statement)\b
        \bshared (?:a |an )?(?:document|file|folder) with you\b
        付款通知|汇款通知|银行水单|付款凭证|电汇(?:单|凭证)
        (?:更新|确认)(?:您的)?(?:银行|收款)(?:信息|账户|账号)
        aviso de (?:pago|transferencia)|comprobante de (?:pago|transferencia)
        aviso de pagamento|comprovante de (?:pagamento|transferência)
        уведомлени\w* о (?:платеже|переводе)|подтверждени\w* (?:оплаты|платежа)
        إشعار (?:الدفع|التحويل)|إيصال التحويل|zahlungsavis|überweisungsbestätigung
        avis de (?:paiement|virement)|ödeme (?:bildirimi|dekontu)|havale dekontu
        送金(?:通知|明細)|お?支払い?通知|振込(?:通知|明細)
    """,
    ),
    rule(
        "phishing",
        1.0,
        "pressure to act at once",
        r"""
        \bwithin (?:the next )?(?:12|24|48|72) ?(?:hours|hrs|h)\b
        \baction required\b|\bimmediate action\b|\bfinal (?:notice|warning)\b
        \bwill be (?:permanently )?(?:suspended|closed|deleted|terminated|deactivated|returned)\b
        \botherwise your\b|\bfailure to (?:confirm|verify|update|comply)\b
        (?:12|24|48|72) ?小时内|逾期未|将被(?:永久)?(?:关闭|删除|冻结|停用|注销)
        en (?:las próximas )?(?:24|48|72) horas|em (?:24|48|72) horas
        в течение (?:24|48|72) час|خلال (?:24|48|72) ساعة|innerhalb von (?:24|48|72) stunden
        (?:sous|dans les) (?:24|48|72) ?(?:h|heures)\b|(?:24|48|72) saat içinde|(?:24|48|72)時間以内
    """,
    ),
    rule(
        "phishing",
        2.0,
        "asks to open the order or inquiry through a link",
        r"""
        \b(?:view|download|open|access|check) (?:the |our |your )?(?:attached )?
            (?:rfq|order list|purchase order|po|inquiry|enquiry|specifications?|drawings? file)
            (?: (?:here|online|below|via (?:the )?link|(?:on|from|through|in) the link))
        \bclick (?:here|the link|below) to (?:view|download|open|see) (?:the |our )?
            (?:order|rfq|inquiry|enquiry|document|file|invoice)
        点击(?:链接|下方)?(?:查看|下载)(?:订单|询盘|文件|发票)
    """,
    ),
)

SPAM_RULES = (
    rule(
        "spam",
        3.0,
        "offers SEO or web marketing",
        r"""
        \bseo\b|search engine optimi[sz]ation|\b(?:google|search)(?:'s)? (?:first|1st|top) page
        \bfirst page (?:of|on) google|\brank(?:ing)? (?:your |on )?(?:website|site|google)
        \bbacklinks?\b|\bwebsite (?:redesign|audit|development)\b|\bdigital marketing\b
        \bsocial media (?:marketing|management)\b|\bincrease (?:your )?(?:website )?traffic\b
        \bweb ?design(?:ing)? (?:services?|company|agency|packages?)\b|\blead generation\b
        \b(?:build|design|develop|redesign|create) (?:a |your )?
            (?:new |professional |modern |e-?commerce |business )*
            (?:websites?|online stores?|web ?shops?)\b
        \bneed a (?:new )?website\b
        \b(?:mobile )?app development\b|\bgoogle (?:my business|maps listing)\b
        精准客户|外贸(?:获客|软件|推广)|客户开发(?:系统|软件)
        marketing digital|primeira página do google
        услуг\w* по продвижению
        网站(?:优化|建设|推广)|谷歌(?:排名|推广|优化)|关键词排名|外贸推广
        posicionamiento (?:web|en google)|posicionamento (?:no google|de sites)
        продвижени\w* сайт|تحسين محركات البحث|suchmaschinenoptimierung
        référencement (?:naturel|google)|arama motoru optimizasyonu|\bilk sayfa
        検索エンジン最適化|SEO対策
    """,
    ),
    rule(
        "spam",
        3.0,
        "sells buyer lists or leads",
        r"""
        \b(?:buyers?|importers?|b2b|e-?mail|mailing|contact)
            (?: (?:database|data ?base|lists|directory|leads))\b
        \b(?:buyers?|importers?|e-?mail|mailing|contact) list\b|\bcustomers? data ?base\b
        \b(?:attendees?|visitors?|exhibitors?) (?:list|database)\b
        \bverified (?:buyers|importers|leads|contacts)\b|\bcustoms (?:data|records)\b
        \bimport(?:er)? data\b
        买家(?:数据|名录)|海关数据|客户(?:名录|资料库)|进口商(?:名录|数据)|邮件群发|开发信群发
        base de datos de (?:compradores|importadores)|banco de dados de (?:compradores|importadores)
        баз\w* (?:данных )?(?:покупателей|импортеров|импортёров)
        قاعدة بيانات (?:المستوردين|المشترين)|(?:käufer|importeur)datenbank
        base de données d'(?:acheteurs|importateurs)|fichier d'(?:acheteurs|importateurs)
        alıcı veritabanı|バイヤーリスト
    """,
    ),
    rule(
        "spam",
        3.5,
        "offers fake invoices",
        r"""
        代开|可先验票|真票|点数低|税点(?:低|优惠)
        (?:增值税|普通|专用)发票.{0,12}(?:优惠|点数|对外)
    """,
    ),
    rule(
        "spam",
        3.0,
        "offers a loan, investment or windfall",
        r"""
        \bloan offer\b|\binvestment (?:opportunity|proposal|program)\b
        \b(?:crypto|bitcoin|forex) (?:trading|investment)\b|\bcasino\b|\blottery\b
        \binheritance\b|\bnext of kin\b|\b(?:million|billion) (?:us )?(?:dollars|usd|euros)\b
        贷款|博彩|彩票中奖|préstamo personal|empréstimo|кредит без|выигрыш|قرض|يانصيب
    """,
    ),
    rule(
        "spam",
        3.0,
        "domain, directory or trade-name registration scam",
        r"""
        \b(?:domain|brand) names? (?:registration|register)|\binternet keywords?\b
        \bdirectory (?:entry|listing)\b|\blisting fee\b
        \bbook (?:a|your) (?:booth|stand)\b|\binvitation to exhibit\b|\bexhibit at\b
        展位(?:预订|招商)
        \b(?:is|be|are) listed in (?:the|our) [\w ]{0,30}directory\b
        注册.{0,8}(?:域名|网络关键词)|(?:域名|商标).{0,6}(?:注册|申请)(?:审核|事宜)|域名(?:注册|审核)
    """,
    ),
    rule(
        "spam",
        1.5,
        "mass-mailing wording",
        r"""
        \bunsubscribe\b|\bopt[- ]out\b|\bremove (?:me|you) from (?:our|the|this) (?:mailing )?list\b
        \b(?:don't|do not|no longer) (?:want|wish) to receive\b
        \breply (?:with )?["']?(?:no|remove|stop)["']?(?:\W|$)
        \byou (?:are )?receiv(?:ed|ing) this (?:e-?mail|message) because\b
        如有打扰|敬请谅解|退订|(?:此|本)邮件为自动发送
        darse de baja|cancelar (?:la )?suscripción|descadastr|отписаться|إلغاء الاشتراك
        \babmelden\b|désabonner|se désinscrire|abonelikten çık|配信停止
    """,
    ),
    rule(
        "spam",
        1.5,
        "promotion wording",
        r"""
        \b\d{1,2} ?% off\b|\bspecial (?:offer|promotion|price this)\b|\blimited[- ]time\b
        \bact now\b|\bfree (?:trial|consultation|audit|website)\b|\bclick here\b|\bbuy now\b
        \bpromo code\b|限时|促销|特价|低价甩卖|oferta especial|promoción|promoção|распродаж
        عرض خاص|sonderangebot|offre spéciale|kampanya|キャンペーン|特価
    """,
    ),
)

# A seller offering goods or services to the exporter.
SELLER_PITCH = rule(
    "other",
    2.0,
    "offers to sell to us",
    r"""
    \bwe are (?:a |an |the |one of the )?(?:(?:leading|professional|reliable|top|well-known|
        famous|big|large|experienced|chinese|vietnamese|indian|turkish|certified|direct) )*
        (?:manufacturer|supplier|factory|producer|exporter|maker|vendor|provider|forwarder|agent)s?
        (?: (?:of|for|in|specializ|specialis|from|based|with))
    \bwe (?:specialize|specialise) in (?:the )?
        (?:producing|production|manufactur|making|supply|export|offering)
    \bwe (?:can|could|would like to) (?:supply|offer|provide) (?:you|your)
    \bwe offer (?:professional|high[- ]quality|cheap|affordable|the best|competitive|custom)
    \bour (?:factory|company|plant)
        (?: (?:produces|offers|supplies|manufactures|can supply|can offer|can provide))
    \bwe (?:would like|want|are glad|are pleased|are happy) to (?:introduce|offer|recommend)
        (?: (?:our|you))
    \bgreetings from\b|\blet us know your requirements?\b
    \bfree samples? (?:are |is |will be )?available\b
    \b(?:we|i) (?:will|can|could) send (?:you )?(?:our|the) (?:full |latest )?
        (?:price ?list|catalog|catalogue)
    \boem (?:and|&|/) odm\b|\bour (?:main )?products (?:include|are|cover)\b
    我(?:们|司)(?:是|专业|专注|主要)?(?:生产|供应|制造)|厂家直(?:供|销)|免费送样|专业(?:生产|制造)
    (?:免费|可)(?:提供|送|寄)(?:\d+ ?[颗个件只套]?)?样品?
    我(?:们|司)可以(?:提供|供应|为贵)|为贵(?:司|公司)(?:提供|供应)
    我(?:们|司)(?:专注|专业从事|主营|致力于)|可(?:为您|为贵司)?提供.{0,12}服务
    \bwe (?:offer|provide) .{0,30}\b(?:service|rates)\b
    somos (?:una? )?(?:empresa )?(?:fabricantes?|proveedor(?:es)?|exportador(?:es)?)\b
    le (?:ofrecemos|podemos ofrecer)
    somos (?:um |uma )?(?:fabricante|fornecedor|exportador)|podemos (?:fornecer|oferecer)
    мы (?:являемся )?(?:производител|завод)
    (?:предлагаем|можем предложить|можем поставить) (?:вам|вашей)
    نحن (?:شركة )?(?:مصنع|مصنعة|مورد)|يسعدنا أن نقدم
    wir sind (?:ein )?(?:führender )?(?:hersteller|lieferant|produzent)|wir bieten ihnen
    nous sommes (?:un )?(?:fabricant|fournisseur|producteur)|nous (?:vous )?proposons
    üreticisiyiz|tedarikçisiyiz|üretici firmayız
    弊社は.{0,30}(?:メーカー|製造元|を製造)|ご提案させて
""",
)
# What a factory itself buys: a pitch for these is a supplier (other), not junk.
SUPPLIER_GOODS = rule(
    "other",
    1.5,
    "pitches materials or services a factory buys",
    r"""
    \blithium|\bbattery cells?\b|\bcells?\b.{0,20}\bmah\b
    \bpackaging\b|\bcartons?\b|\bcolou?r box(?:es)?\b|\blabels?\b
    \bmotors?\b|\bpcba?\b|\bchips?\b|\bics?\b|\bmagnets?\b
    \b(?:steel|alumin(?:i)?um|copper|brass|plastic|resin|abs|pp|pvc)\b
    \bmoulds?\b|\bmolds?\b|\binjection\b|\bdie[- ]casting\b|\bstamping\b|\bscrews?\b|\bfasteners?\b
    \bcables?\b|\bwires?\b|\bconnectors?\b|\braw materials?\b|\bcomponents?\b|\bspare parts\b
    \bmachinery\b|\blogistics\b|\bfreight\b|\bforwarder\b|\bshipping (?:agent|service|rates)\b
    \bcustoms clearance\b|\binspection\b|\btesting (?:lab|service)\b|\bcertification service\b
    \btranslation\b
    电芯|锂电|电池|包装|纸箱|彩盒|标签|电机|马达|线路板|芯片|铝材|铝型材|钢材|铜材|塑料|塑胶|模具
    压铸|冲压|螺丝|磁铁|线材|物流|货代|报关|验货|原材料|配件|零部件|运价|海运费?|订舱|拼箱|整柜
    embalaje|embalagem|упаковк|алюмини|профил|verpackung|emballage|ambalaj|梱包
""",
)
# Goods no tools or lighting factory buys by mail: a pitch for these is junk.
UNRELATED_GOODS = rule(
    "spam",
    2.5,
    "offers goods unrelated to our business",
    r"""
    \bcashews?\b|\bblack pepper\b|\bspices\b|\bcassia\b|\bcinnamon\b|\brice\b|\bsugar\b
    \bcoffee beans\b|\bcocoa\b|\bfrozen (?:chicken|fish|beef|pork|seafood)\b|\bseafood\b
    \bfertili[sz]ers?\b|\burea\b|\bdiesel\b|\ben ?590\b|\bjet ?fuel\b|\bcrude oil\b|\bbitumen\b
    \bpetroleum\b|\bgold (?:bars|dust|bullion)\b|\bcharcoal\b|\btimber\b
    腰果|胡椒|大米|白糖|化肥|柴油|冻品|海鲜
    anacardo|castanha de caju|кешью|الكاجو|cashewkerne|noix de cajou|kaju|カシュー
    azúcar|açúcar|сахар|fertilizante|удобрени|أسمدة|gübre
""",
)
# A seller greets the purchaser; buyers greet "Dear Supplier" or "Dear Sales Manager".
PURCHASER_GREETING = rule(
    "other",
    0.5,
    "greets our purchasing department",
    r"""
    ^(?:dear|hello|hi|attn:?) (?:purchas(?:ing|e) (?:manager|department|team)|buyer|purchaser)
    ^贵?(?:公司|司)?采购(?:负责人|经理|部)
    ^(?:estimado|prezado) (?:comprador|gerente de compras)
""",
)

INQUIRY_RULES = (
    rule(
        "inquiry",
        2.0,
        "asks for a price or quotation",
        r"""
        \b(?:please|pls|plz|kindly|could you|can you|would you)\b[^.?!\n]{0,40}
            \b(?:quote|quotation|price|prices|pricing|offer|proforma|price ?list)\b
        \brequest (?:for|of) (?:a |your )?(?:quotation|quote|price|proposal|offer)\b|\brfq\b
        \b(?:your|the|ur) (?:best|lowest|good|competitive|final) (?:price|prices|offer|quotation)\b
        \bbest (?:price|offer|quotation) (?:for|of|on)\b|\bquot(?:e|ation) (?:for|of|on)\b
        \bplease quote\b|\bhow much (?:is|are|for|does|do)\b|\btarget price\b
        \b(?:need|want|require|looking for|send (?:me|us))\b[^.?!\n]{0,30}
            \b(?:price|pricing|quotation|quote|price ?list|catalog(?:ue)?)\b
        询价|詢價|报价|報價|请报|請報|求购|求購|最(?:好|低|优惠)的?价格?|多少钱|单价多少|目标价|目標價
        見積|価格を(?:教えて|ご提示)|希望単価|견적
        cotizaci[oó]n|cotizar|presupuesto|precio objetivo|lista de precios
        cota[cç][aã]o|or[cç]amento|pre[cç]o alvo|lista de pre[cç]os
        коммерческ\w* предложени|запрос цен|прайс|целев\w* цен
        (?:прошу|просим) (?:рассчитать|выслать|прислать|направить|сообщить)
        عرض سعر|عرض أسعار|أفضل سعر|قائمة الأسعار|السعر المستهدف
        \bangebot\b|preisanfrage|zielpreis|preisliste
        \bdevis\b|\bcotation\b|prix cible|liste de prix|meilleur prix
        fiyat teklif|hedef fiyat|fiyat listesi|preventivo|prezzo target|listino|quotazione
        (?:migliore|vostra|nostra richiesta di) offerta|richiesta (?:di )?offerta
        pasar (?:el )?precio|cu[aá]nto (?:cuesta|cuestan|vale)|quanto custa|كم سعر|كم السعر
        zapytanie ofertowe|prosimy o ofert|cena docelowa|wycen|\bofferte\b|prijsopgave
        báo giá|penawaran harga|sebut harga|ใบเสนอราคา|कोटेशन
    """,
    ),
    rule(
        "inquiry",
        1.0,
        "states a need to buy",
        r"""
        \bwe (?:need|require|are looking for)\b
        \b(?:i|we) (?:would like|want|wish|plan|intend) to (?:buy|purchase|order|import|place)\b
        \b(?:i|we) (?:will|shall|can) (?:then )?(?:order|buy|purchase|place (?:an |the )?order)\b
        \binterested in (?:your|buying|purchasing|importing|the following)\b
        \blooking for (?:a )?(?:supplier|manufacturer|factory|source)\b
        \b(?:place|placing) (?:an |a |the |our )?(?:trial |first )?order\b
        \btrial order\b|\bpurchase order\b
        采购需求|我(?:们|司)(?:需要|想|计划|打算)(?:采购|购买|订购|进口)|需要采购|想采购|下单|採購|訂購
        購入を検討|発注|仕入先を探して
        necesitamos|estamos interesados|queremos comprar|realizar (?:un )?pedido
        precisamos|temos interesse|gostar[ií]amos de (?:comprar|adquirir|receber)
        нам (?:нужн|необходим)|(?:хотим|планируем) (?:купить|закупить|заказать)|закупк
        نرغب في|نحتاج|نريد (?:شراء|طلب)|طلب شراء
        wir (?:benötigen|brauchen|suchen)|bestellen möchten
        nous (?:avons besoin|recherchons|souhaitons (?:acheter|commander))
        (?:satın almak|sipariş vermek) istiyoruz|ihtiyacımız
        abbiamo bisogno|vorremmo (?:acquistare|ordinare|ricevere)|ci serv(?:e|ono)|potrzebujemy
        zamówieni|أحتاج|محتاج|somos importador|nous sommes importateur|мы импортер|интересу[ею]т
        interessiert an
        cần mua|đặt hàng|kami (?:membutuhkan|memerlukan)
    """,
    ),
    rule(
        "inquiry",
        1.0,
        "asks about prices",
        r"""
        \bprices?\b|\bpricing\b|\bprecios?\b|\bpre[cç]os?\b|\bprix\b|\bpreis(?:e)?\b|\bprezz[oi]\b
        \bcen[ayę]\b|\bprijs|\bfiyat|\bцен[аыуе]\b|\bстоимост|سعر|أسعار|价格|價格|価格|単価|가격|단가
        \bgiá\b|\bharga\b|ราคา|कीमत
    """,
    ),
    rule(
        "inquiry",
        1.0,
        "gives quantities",
        r"""
        \d(?:[\d.,]|\s\d)*\s?(?:pcs|pc|pieces|units|sets|pairs|cartons|containers|ctns|rolls|boxes|tons)\b
        \d(?:[\d.,]|\s\d)*\s?(?:piezas|unidades|pares|peças|шт|штук|комплект|наборов|قطعة|قطع)
        \d(?:[\d.,]|\s\d)*\s?(?:حبة|حبات|pezzi|pz|stuks|sztuk|cái|bộ|chiếc|unit|buah)\b
        \d(?:[\d.,]|\s\d)*\s?(?:stück|stk|pièces|adet|çift|szt|개)\b
        \d(?:[\d.,]|\s\d)*\s?(?:个|個|台|套|件|只|对|對|片|盏|把|箱|支|セット)
        \b(?:qty|quantity|moq)\b|数量|數量|cantidad|quantidade|количеств|الكمية|\bmenge\b|quantité
        miktar|ilość
    """,
    ),
    rule(
        "inquiry",
        0.5,
        "names trade terms",
        r"""
        \b(?:FOB|CIF|CFR|DDP|DAP|EXW|FCA|CPT|CIP|DPU)\b|\b(?:T/T|L/C|D/P)\b|信用证|電匯|电汇
    """,
    ),
    rule(
        "inquiry",
        0.5,
        "asks for samples or a catalogue",
        r"""
        \b(?:send|need|request|provide|ship)\b[^.?!\n]{0,25}\bsamples?\b|\bcatalog(?:ue)?\b
        \b(?:\d+|a|one|two|three|some) (?:free )?samples?\b
        寄样|寄樣|样品|樣品|サンプル|muestras?|amostras?|образ(?:ец|цы|цов|цу)|عينة|\bmuster\b
        échantillons?|numune|próbek|campioni
    """,
    ),
)
# Looked for in the signature only: a seller's pitch greets "Dear Purchasing Manager".
BUYER_SIGNATURE = rule(
    "inquiry",
    0.5,
    "signed by a buyer",
    r"""
    \b(?:purchasing|procurement|purchase|import|sourcing)
        (?: (?:manager|director|officer|engineer|specialist|department|executive))\b
    \bbuyer\b|\bcomprador|\bcompras\b|\beinkauf\b|\binkoop\b|\bachats?\b|satın alma|zakup
    \bacquisti\b|구매
    采购|採購|購買部|バイヤー|закупк|المشتريات
""",
)

NOTIFICATION_WORDING = rule(
    "notification",
    1.0,
    "system notice wording",
    r"""
    \b(?:your|the) (?:product|listing|store|showroom)s? (?:has been|have been|was|were|is)
        (?: (?:approved|published|rejected|reviewed|updated|online))\b
    \bnewsletter\b|\btracking (?:number|no)\b
    \b(?:shipment|parcel|package|order) (?:status|has been (?:shipped|delivered|dispatched))\b
    \b(?:membership|subscription) (?:renewal|expir)|\bpassword (?:has been |was )?changed\b
    \bstatement is (?:ready|available)\b|\bdo not reply to this (?:e-?mail|message)\b
    \bplease do not reply\b
    \bthis is an? (?:automatically generated|system(?: generated)?|automated) (?:e-?mail|message)\b
    审核通过|发布成功|已上架|系统(?:通知|消息)|请勿(?:直接)?回复
    \bhas passed (?:our |the )?(?:quality |content )?review\b|\bis now (?:visible|live|online)
        (?: to buyers)?\b|\b(?:listing|product) (?:id|no\.?)\s*[:#]
""",
)
BOUNCE_SUBJECT = rule(
    "notification",
    1.5,
    "bounce subject",
    r"""
    undeliver|delivery status notification|delivery (?:has )?failed|returned mail|failure notice
    mail delivery (?:failed|failure|subsystem)|could not be delivered|系统退信|退信|无法投递
    unzustellbar|non remis|no se (?:pudo|puede) entregar|não (?:foi )?entregue|не доставлено
""",
)
AUTO_REPLY_SUBJECT = rule(
    "other",
    3.0,
    "auto-reply subject",
    r"""
    ^(?:automatic reply|auto(?:matic)?[- ]?reply|out of (?:the )?office|automatische antwort)
    ^(?:abwesenheitsnotiz|自动回复|自動回覆|自動返信|réponse automatique|respuesta automática)
    ^(?:resposta automática|автоответ|otomatik yanıt|risposta automatica|رد تلقائي)
""",
)
OUT_OF_OFFICE = rule(
    "other",
    2.5,
    "out-of-office text",
    r"""
    \bout of (?:the )?office\b|\baway from (?:the )?office\b
    \bon (?:annual |sick |maternity |business |public )?(?:leave|vacation|holiday)\b
    \blimited access to (?:my )?e-?mails?\b|\bautomatic reply\b|\bauto-?reply\b
    abwesenheitsnotiz|nicht im büro|bin (?:bis|vom) .{0,40}(?:abwesend|nicht im büro)
    自动回复|自動回覆|休假|不在办公室|fuera de la oficina|de vacaciones|respuesta automática
    fora do escritório|de férias|resposta automática|вне офиса|в отпуске|автоответ
    خارج المكتب|في إجازة|رد تلقائي|absente? du bureau|en congés?|réponse automatique
    ofis dışında|izindeyim|otomatik yanıt|不在にしております|休暇|自動返信|自動応答
""",
)
CHATTER = rule(
    "other",
    2.0,
    "short reply chatter",
    r"""
    \bthanks?\b|\bthank you\b|\breceived\b|\bnoted\b|\bok(?:ay)?\b
    \bwill (?:check|revert|get back)\b
    收到|谢谢|謝謝|好的|了解|recibido|gracias|recebido|obrigad|получил|спасибо|شكرا|تم الاستلام
    \bdanke\b|erhalten|\bmerci\b|bien reçu|teşekkür|aldım|ありがとう|受領|承知
""",
)
# The samples arrived: feedback will follow, there is nothing to quote yet.
SAMPLES_RECEIVED = rule(
    "other",
    2.5,
    "acknowledges samples already received",
    r"""
    \b(?:we|i) (?:have )?(?:just |now |today )?received (?:the|your|all|our)? ?
        (?:\w+ )?(?:samples?|swatch(?:es)?)\b
    \bsamples? (?:have |has )?(?:arrived|been received|reached us)\b
    (?:avons|ai) (?:bien )?reçu\b.{0,60}\béchantillons?\b|\béchantillons? (?:bien )?reçus?\b
    hemos recibido\b.{0,40}\bmuestras?\b|\bmuestras? recibidas?\b
    recebemos\b.{0,40}\bamostras?\b|\bamostras? recebidas?\b
    muster\b.{0,30}\berhalten\b|\berhalten\b.{0,30}\bmuster\b
    样品(?:已经?|都)?收到|收到.{0,10}样品|樣品(?:已經?)?收到
""",
)
CREDENTIAL_LINK_TEXT = rule(
    "phishing",
    1.0,
    "login-style link",
    r"""
    verify|log ?in|sign ?in|confirm|unlock|restore|update (?:account|details)
    view (?:document|invoice|payment|pdf|file|swift|copy|remittance|rfq|order|po|inquiry)
    download (?:invoice|document|pdf|file)|验证|登录|登陆|解冻|查看(?:文件|发票)
    verificar|iniciar sesión|entrar|подтверд|войти|تحقق|تسجيل الدخول|bestätigen|anmelden
    vérifier|connexion|doğrula|giriş|確認する|ログイン
""",
)
# A link that promises the order itself: real buyers attach files or write the list out.
ORDER_LINK_TEXT = rule(
    "phishing",
    1.0,
    "link to open an order document",
    r"""
    (?:view|download|open|access|see)\b.{0,20}(?:rfq|order|inquiry|enquiry|\bpo\b|document|file|pdf)
    (?:查看|下载|打开).{0,6}(?:订单|询盘|文件|采购单)
""",
)
# Subjects of account mail: a brand named here without its domain is an impersonation.
ACCOUNT_SUBJECT = re.compile(
    r"account|账户|账号|帳戶|帳號|verify|验证|驗證|suspend|restrict|security|安全|password|密码|"
    r"login|sign-?in|cuenta|conta|аккаунт|учетн|حساب|konto|compte|hesab|アカウント",
    re.IGNORECASE,
)
# Platform mail that relays a buyer: an announcement plus labelled buyer fields.
PLATFORM_INQUIRY = re.compile(
    r"new (?:inquiry|enquiry|message|rfq|quotation request)|buy ?lead|buying request|"
    r"(?:inquiry|enquiry) (?:from|for|no|id)|"
    r"sent you (?:a|an) (?:new )?(?:message|inquiry|enquiry)|"
    r"message from (?:a |the )?buyer|quotation request|a buyer has sent you|buyer'?s? message|"
    r"询盘|詢盤|买家留言|新消息|求购",
    re.IGNORECASE,
)
BUYER_FIELDS = re.compile(
    r"^\s*(?:buyer(?: name)?|contact(?: person)?|company(?: name)?|product(?: name)?|requirement|"
    r"quantity(?: required)?|qty|purchase quantity|order quantity|message(?: preview)?|"
    r"inquiry content|买家|采购商|产品|数量|采购量|留言|询盘内容)\s*[:：]",
    re.IGNORECASE | re.MULTILINE,
)
OWN_PRICES = re.compile(
    r"(?:our|我们的|我司的?) ?(?:price|prices|价格|单价)|单价\s*(?:RMB|USD|¥|\$)|"
    r"\bUSD ?[\d,.]+ ?(?:per|/) ?(?:MT|ton|pc|piece)",
    re.IGNORECASE,
)
PAYMENT_WORDS = re.compile(r"payment|remittance|swift|transfer|beneficiary|汇款|付款|转账", re.I)
