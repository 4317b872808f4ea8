"""Hand-written pools behind the demo data: export markets, products, industries, texts.

The markets are weighted roughly like the buyers of a Ningbo maker of power tools, LED
lighting, hardware and solar garden lights. Company and person names are invented
combinations; phone prefixes are real mobile (or, where a city has one, area) prefixes so
that generated numbers are valid E.164 for the country.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_store.models import Channel, Direction, PaymentTerms


@dataclass(frozen=True)
class City:
    name: str
    postcode: str
    port: str  # the destination port a CIF/CFR shipment to this buyer names
    area: str = ""  # phone prefix to use instead of a mobile prefix (area code + mobile digit)


@dataclass(frozen=True)
class LegalForm:
    label: str  # the legal_form column
    latin: str  # how the form wraps the Latin-script name, e.g. "{} GmbH"
    native: str | None = None  # the same in the native script, e.g. "ООО «{}»"
    english: str | None = None  # English rendering when it differs from ``latin``


@dataclass(frozen=True)
class Market:
    code: str
    weight: int
    currencies: tuple[str, ...]  # order currencies, repeated to weight them
    local_currency: str
    per_usd: float  # local units per US dollar, for annual revenue
    languages: tuple[str, ...]
    dial: str
    mobile: tuple[str, ...]
    nsn: int  # digits in the national significant number
    tlds: tuple[str, ...]
    free_mail: tuple[str, ...]
    cities: tuple[City, ...]
    streets: tuple[str, ...]  # {b}: up to 30, {n}: up to 180, {nnn}: up to 9899
    address: str
    forms: tuple[LegalForm, ...]
    first: tuple[str, ...]
    last: tuple[str, ...]
    patterns: tuple[str, ...] = ("{stem} {kind}",)
    stems: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    native: tuple[tuple[str, str], ...] = ()  # (native script, Latin) name bases
    female: frozenset[str] = frozenset()
    feminine: tuple[tuple[str, str], ...] = ()  # surname endings for women (-ov -> -ova)
    cert: str = "CE, RoHS"
    lc_share: float = 0.0
    whatsapp: float = 0.3
    wechat: float = 0.03
    skype: float = 0.05
    risk_note: str | None = None
    fx_note: str | None = None


def _cities(*rows: tuple[str, ...]) -> tuple[City, ...]:
    return tuple(City(*row) for row in rows)


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    line: str
    unit: str
    usd: float  # FOB list price
    min_qty: int
    max_qty: int
    pack: int  # per export carton; quantities are whole cartons


def _products(line: str, *rows: tuple[str, str, str, float, int, int, int]) -> list[Product]:
    return [
        Product(sku, name, line, unit, usd, lo, hi, pack)
        for sku, name, unit, usd, lo, hi, pack in rows
    ]


@dataclass(frozen=True)
class Touch:
    """A kind of entry in the communication log, with text templates."""

    channels: tuple[Channel, ...]  # empty: the channel the customer first came through
    direction: Direction
    summary: str
    explicit: str | None
    latent: str | None
    solution: str | None
    follow_ups: tuple[str, ...]


# fmt: off
# From here on, hand-laid tables: one value per line (what the formatter would make of
# them) would hide the data.
MARKETS: tuple[Market, ...] = (
    Market(
        "US", 30, ("USD",), "USD", 1.0, ("en",), "1", ("201",), 10, ("com",),
        ("gmail.com", "outlook.com", "yahoo.com"),
        _cities(("Houston", "TX 77029", "Houston", "713"), ("Los Angeles", "CA 90021",
                "Los Angeles", "213"), ("Chicago", "IL 60632", "Long Beach", "312"),
                ("Atlanta", "GA 30336", "Savannah", "404"), ("Miami", "FL 33166", "Miami", "305"),
                ("Newark", "NJ 07114", "New York", "973"), ("Dallas", "TX 75247", "Houston",
                "214"), ("Seattle", "WA 98108", "Seattle", "206"), ("Columbus", "OH 43228",
                "New York", "614"), ("Phoenix", "AZ 85043", "Long Beach", "602")),
        ("{nnn} Commerce Drive", "{nnn} Industrial Parkway", "{nnn} Distribution Way",
         "{nnn} W Main Street, Suite {n}"),
        "{street}, {city}, {postcode}",
        (LegalForm("LLC", "{} LLC"), LegalForm("LLC", "{} LLC"), LegalForm("Inc.", "{}, Inc."),
         LegalForm("Corp.", "{} Corp.")),
        ("James", "Michael", "Robert", "David", "Jennifer", "Sarah", "Jessica", "Brian", "Kevin",
         "Ashley", "Daniel", "Emily", "Christopher", "Amanda", "Ryan", "Megan"),
        ("Johnson", "Miller", "Davis", "Anderson", "Thompson", "Martinez", "Walker", "Carter",
         "Mitchell", "Brooks", "Reed", "Hughes", "Foster", "Bennett", "Sullivan"),
        ("{stem} {kind}", "{last} {kind}", "{stem} {kind}"),
        ("Summit", "Redwood", "Keystone", "Ironclad", "Lakeshore", "Pioneer", "Cascade",
         "Frontier", "Bluestone", "Harbor", "Granite", "Liberty", "Northstar", "Prairie"),
        ("Tool Supply", "Lighting", "Hardware", "Industrial Supply", "Home Products",
         "Outdoor Living", "Brands", "Tools"),
        cert="ETL, FCC", whatsapp=0.1,
    ),
    Market(
        "CA", 5, ("USD", "USD", "CAD"), "CAD", 1.36, ("en", "en", "fr"), "1", ("416",), 10,
        ("ca", "com"), ("gmail.com", "outlook.com", "videotron.ca"),
        _cities(("Toronto", "ON M9W 5L9", "Vancouver", "416"), ("Mississauga", "ON L5T 2N7",
                "Vancouver", "905"), ("Vancouver", "BC V6A 1A5", "Vancouver", "604"),
                ("Montreal", "QC H4T 1E2", "Montreal", "514"), ("Calgary", "AB T2C 4L6",
                "Vancouver", "403")),
        ("{nnn} Industrial Road", "{nnn} Commerce Court, Unit {n}"),
        "{street}, {city}, {postcode}",
        (LegalForm("Inc.", "{} Inc."), LegalForm("Ltd.", "{} Ltd.")),
        ("Ryan", "Jessica", "Mark", "Stephanie", "Jean-François", "Marc", "Nathalie", "Kevin",
         "Lauren", "Patrick"),
        ("Tremblay", "Gagnon", "Roy", "MacDonald", "Campbell", "Wilson", "Martin", "Leblanc",
         "Stewart", "Chen"),
        ("{stem} {kind}",),
        ("Maple", "Great Lakes", "True North", "Laurentian", "Rocky Mountain", "Borealis"),
        ("Tool Supply", "Lighting", "Hardware", "Distribution"),
        cert="cETL, CSA", whatsapp=0.1,
    ),
    Market(
        "GB", 11, ("GBP", "USD"), "GBP", 0.79, ("en",), "44", ("74", "75", "77", "78", "79"),
        10, ("co.uk", "co.uk", "com"), ("gmail.com", "outlook.com", "btinternet.com"),
        _cities(("Birmingham", "B6 7EU", "Felixstowe"), ("Manchester", "M17 1RN", "Liverpool"),
                ("Leeds", "LS11 5QN", "Felixstowe"), ("Bristol", "BS11 8AR", "Southampton"),
                ("London", "E16 2QJ", "London Gateway"), ("Glasgow", "G52 4BL", "Felixstowe")),
        ("Unit {n}, Riverside Industrial Estate", "{n} Station Road",
         "Unit {n}, Kingsway Business Park"),
        "{street}, {city} {postcode}",
        (LegalForm("Ltd", "{} Ltd"), LegalForm("Ltd", "{} Ltd"), LegalForm("Limited",
         "{} Limited")),
        ("Oliver", "Harry", "George", "Charlotte", "Emma", "Sophie", "Thomas", "James", "Daniel",
         "Lucy", "Matthew", "Hannah"),
        ("Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Roberts", "Wright", "Walker",
         "Hughes", "Edwards", "Green", "Hall"),
        ("{stem} {kind}", "{last} {kind}"),
        ("Albion", "Pennine", "Thames", "Kingsway", "Brightwell", "Oakfield", "Castle",
         "Northgate", "Severn", "Crown"),
        ("Tools", "Lighting", "Trade Supplies", "Hardware", "Home & Garden",
         "Electrical Wholesale"),
        cert="UKCA, CE", whatsapp=0.25,
    ),
    Market(
        "DE", 14, ("EUR", "EUR", "EUR", "USD"), "EUR", 0.92, ("de", "de", "en"), "49",
        ("151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "179"),
        11, ("de",), ("gmail.com", "gmx.de", "web.de", "t-online.de"),
        _cities(("Hamburg", "22113", "Hamburg"), ("Bremen", "28197", "Bremerhaven"),
                ("Köln", "50829", "Hamburg"), ("Dortmund", "44147", "Hamburg"),
                ("Stuttgart", "70499", "Hamburg"), ("München", "80939", "Hamburg"),
                ("Leipzig", "04159", "Hamburg"), ("Duisburg", "47053", "Rotterdam")),
        ("Industriestraße {n}", "Am Hafen {n}", "Gewerbering {n}", "Hauptstraße {n}"),
        "{street}, {postcode} {city}",
        (LegalForm("GmbH", "{} GmbH"), LegalForm("GmbH", "{} GmbH"), LegalForm("GmbH", "{} GmbH"),
         LegalForm("GmbH & Co. KG", "{} GmbH & Co. KG"), LegalForm("AG", "{} AG")),
        ("Thomas", "Michael", "Andreas", "Stefan", "Markus", "Sabine", "Claudia", "Julia", "Jan",
         "Tobias", "Katrin", "Frank", "Jörg", "Anja"),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
         "Schulz", "Hoffmann", "Koch", "Richter", "Wolf", "Krüger"),
        ("{last} {kind}", "{stem} {kind}"),
        ("Nordwerk", "Rheintal", "Elbe", "Hansa", "Alpen", "Westfalen", "ProfiTec", "Brandt",
         "Lichtwerk"),
        ("Werkzeughandel", "Elektrowerkzeuge", "Lichttechnik", "Baubedarf", "Eisenwaren",
         "Handelsgesellschaft", "Leuchten"),
        cert="CE, GS", whatsapp=0.15,
    ),
    Market(
        "FR", 8, ("EUR", "EUR", "USD"), "EUR", 0.92, ("fr", "fr", "en"), "33", ("6", "7"), 9,
        ("fr",), ("gmail.com", "orange.fr", "hotmail.fr"),
        _cities(("Paris", "75012", "Le Havre"), ("Lyon", "69007", "Fos-sur-Mer"),
                ("Marseille", "13015", "Fos-sur-Mer"), ("Lille", "59000", "Le Havre"),
                ("Bordeaux", "33300", "Le Havre"), ("Nantes", "44300", "Le Havre")),
        ("{n} rue de l'Industrie", "{n} avenue Jean Jaurès", "ZI des Granges, {n} rue Ampère"),
        "{street}, {postcode} {city}",
        (LegalForm("SAS", "{} SAS"), LegalForm("SARL", "{} SARL"), LegalForm("S.A.", "{} S.A.")),
        ("Pierre", "Nicolas", "Julien", "Sébastien", "Camille", "Marie", "Isabelle", "Laurent",
         "Philippe", "Céline", "Antoine", "Sophie"),
        ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
         "Leroy", "Moreau", "Lefèvre", "Garnier", "Fontaine"),
        ("{kind} {stem}", "{kind} {last}"),
        ("Atlantique", "Provence", "Rhône", "Loire", "Normandie", "Alpes", "Océan", "Lumière"),
        ("Outillage", "Éclairage", "Quincaillerie", "Distribution", "Bricolage", "Équipements"),
        whatsapp=0.3,
    ),
    Market(
        "ES", 8, ("EUR", "EUR", "USD"), "EUR", 0.92, ("es", "es", "en"), "34",
        ("60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "71", "72"), 9, ("es",),
        ("gmail.com", "hotmail.es", "telefonica.net"),
        _cities(("Valencia", "46024", "Valencia"), ("Barcelona", "08040", "Barcelona"),
                ("Madrid", "28906", "Valencia"), ("Sevilla", "41016", "Algeciras"),
                ("Bilbao", "48950", "Bilbao"), ("Zaragoza", "50197", "Barcelona")),
        ("Calle de la Industria, {n}", "Polígono Industrial, Calle {b}, nave {n}",
         "Avenida de la Constitución, {n}"),
        "{street}, {postcode} {city}",
        (LegalForm("S.L.", "{} S.L."), LegalForm("S.L.", "{} S.L."), LegalForm("S.A.", "{} S.A.")),
        ("Javier", "Carlos", "José", "David", "Laura", "María", "Marta", "Alejandro", "Sergio",
         "Elena", "Pablo", "Cristina"),
        ("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez",
         "Gómez", "Ruiz", "Navarro", "Ortega"),
        ("{kind} {stem}", "{kind} {last}"),
        ("Levante", "Ibérica", "Mediterráneo", "Cantábrico", "del Sol", "Hispania"),
        ("Herramientas", "Iluminación", "Ferretería", "Suministros Industriales",
         "Distribuciones"),
        whatsapp=0.7,
    ),
    Market(
        "IT", 7, ("EUR", "EUR", "USD"), "EUR", 0.92, ("it", "it", "en"), "39",
        ("320", "328", "333", "335", "338", "339", "347", "348", "349", "366", "388", "392"),
        10, ("it",), ("gmail.com", "libero.it", "hotmail.it"),
        _cities(("Milano", "20139", "Genova"), ("Torino", "10156", "Genova"),
                ("Bologna", "40138", "Ravenna"), ("Napoli", "80146", "Napoli"),
                ("Padova", "35127", "Venezia"), ("Verona", "37135", "La Spezia")),
        ("Via dell'Industria {n}", "Via Roma {n}", "Via dell'Artigianato {n}"),
        "{street}, {postcode} {city}",
        (LegalForm("S.r.l.", "{} S.r.l."), LegalForm("S.r.l.", "{} S.r.l."),
         LegalForm("S.p.A.", "{} S.p.A.")),
        ("Marco", "Luca", "Andrea", "Giuseppe", "Francesco", "Alessandro", "Giulia", "Chiara",
         "Paolo", "Roberto", "Federica", "Stefano"),
        ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
         "Marino", "Greco", "Bruno", "Gallo", "Conti"),
        ("{kind} {stem}", "{kind} {last}"),
        ("Padana", "Adriatica", "Tirrenica", "Lombarda", "del Sole", "Italia"),
        ("Utensileria", "Illuminazione", "Ferramenta", "Forniture Industriali",
         "Elettroforniture"),
        whatsapp=0.7,
    ),
    Market(
        "NL", 6, ("EUR", "EUR", "USD"), "EUR", 0.92, ("nl", "en", "en"), "31", ("6",), 9,
        ("nl",), ("gmail.com", "hotmail.nl", "ziggo.nl"),
        _cities(("Rotterdam", "3089 JB", "Rotterdam"), ("Amsterdam", "1043 BW", "Rotterdam"),
                ("Tilburg", "5047 TA", "Rotterdam"), ("Venlo", "5928 LX", "Rotterdam"),
                ("Eindhoven", "5651 GH", "Rotterdam")),
        ("Industrieweg {n}", "Havenstraat {n}", "Transportweg {n}"),
        "{street}, {postcode} {city}",
        (LegalForm("B.V.", "{} B.V."),),
        ("Jan", "Pieter", "Bas", "Sander", "Thijs", "Lotte", "Anouk", "Mark", "Ruud", "Daan",
         "Sanne", "Joost"),
        ("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit",
         "Meijer", "de Boer", "Mulder", "Bos"),
        ("{stem} {kind}", "{last} {kind}"),
        ("Holland", "Delta", "Noordzee", "Maas", "Oranje", "Polder"),
        ("Gereedschap", "Verlichting", "Techniek", "Handelsonderneming", "Bouwmaterialen"),
        whatsapp=0.5,
    ),
    Market(
        "PL", 7, ("USD", "EUR"), "PLN", 4.0, ("pl", "en", "en"), "48",
        ("50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"), 9, ("pl", "com.pl"),
        ("gmail.com", "wp.pl", "onet.pl", "o2.pl"),
        _cities(("Warszawa", "02-495", "Gdańsk"), ("Poznań", "61-312", "Gdańsk"),
                ("Wrocław", "54-611", "Hamburg"), ("Łódź", "93-231", "Gdańsk"),
                ("Kraków", "30-798", "Gdańsk"), ("Katowice", "40-431", "Gdańsk")),
        ("ul. Przemysłowa {n}", "ul. Składowa {n}", "ul. Fabryczna {n}"),
        "{street}, {postcode} {city}",
        (LegalForm("Sp. z o.o.", "{} Sp. z o.o."), LegalForm("Sp. z o.o.", "{} Sp. z o.o."),
         LegalForm("S.A.", "{} S.A.")),
        ("Piotr", "Krzysztof", "Tomasz", "Paweł", "Marcin", "Michał", "Anna", "Katarzyna",
         "Agnieszka", "Łukasz", "Magdalena", "Grzegorz"),
        ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
         "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski"),
        ("{stem} {kind}",),
        ("Polmark", "Wisła", "Bałtyk", "Mazowsze", "Tatra", "Orzeł", "Warta"),
        ("Narzędzia", "Oświetlenie", "Hurtownia Elektryczna", "Technika", "Trade"),
        female=frozenset({"Anna", "Katarzyna", "Agnieszka", "Magdalena"}),
        feminine=(("ski", "ska"), ("cki", "cka")),
        whatsapp=0.3,
    ),
    Market(
        "SE", 4, ("EUR", "USD"), "SEK", 10.5, ("sv", "en", "en"), "46",
        ("70", "72", "73", "76", "79"), 9, ("se",), ("gmail.com", "hotmail.se", "telia.com"),
        _cities(("Göteborg", "417 55", "Göteborg"), ("Stockholm", "121 62", "Stockholm"),
                ("Malmö", "212 24", "Malmö"), ("Jönköping", "553 03", "Göteborg"),
                ("Helsingborg", "254 64", "Helsingborg")),
        ("Industrigatan {n}", "Hamngatan {n}", "Verkstadsvägen {n}"),
        "{street}, {postcode} {city}",
        (LegalForm("AB", "{} AB"),),
        ("Erik", "Lars", "Anders", "Johan", "Magnus", "Karin", "Anna", "Maria", "Per", "Mikael",
         "Emma", "Fredrik"),
        ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
         "Persson", "Svensson", "Gustafsson", "Lindqvist", "Berg"),
        ("{stem} {kind}",),
        ("Nordic", "Svea", "Göta", "Norrland", "Skandia", "Fjäll"),
        ("Verktyg", "Belysning", "Järnhandel", "Bygg & Industri", "Handel"),
        whatsapp=0.15,
    ),
    Market(
        "RU", 9, ("USD", "CNY", "CNY"), "RUB", 92.0, ("ru", "ru", "en"), "7",
        ("903", "905", "912", "915", "916", "921", "925", "926", "950", "985"), 10, ("ru",),
        ("yandex.ru", "mail.ru", "gmail.com"),
        _cities(("Moscow", "109316", "Vladivostok"), ("Saint Petersburg", "196084",
                "Saint Petersburg"), ("Yekaterinburg", "620102", "Vladivostok"),
                ("Novosibirsk", "630088", "Vladivostok"), ("Kazan", "420029", "Saint Petersburg"),
                ("Vladivostok", "690091", "Vladivostok")),
        ("ul. Promyshlennaya, d. {n}", "Leninsky prospekt, d. {n}", "ul. Skladskaya, d. {n}"),
        "{postcode}, {city}, {street}",
        (LegalForm("OOO", "OOO {}", "ООО «{}»", "{} LLC"),
         LegalForm("OOO", "OOO {}", "ООО «{}»", "{} LLC"),
         LegalForm("AO", "AO {}", "АО «{}»", "{} JSC")),
        ("Dmitry", "Sergey", "Alexey", "Andrey", "Igor", "Vladimir", "Natalia", "Elena", "Olga",
         "Maxim", "Irina", "Pavel"),
        ("Ivanov", "Smirnov", "Kuznetsov", "Popov", "Volkov", "Sokolov", "Lebedev", "Kozlov",
         "Novikov", "Morozov", "Petrov", "Orlov"),
        native=(("Инструмент-Снаб", "Instrument-Snab"), ("СветоТорг", "SvetoTorg"),
                ("СибСтройИнструмент", "SibStroyInstrument"), ("Волга-Электро", "Volga-Elektro"),
                ("Уралмет Трейд", "Uralmet Treyd"), ("Северный Свет", "Severny Svet"),
                ("ПромТехСнаб", "PromTekhSnab"), ("Мастер Дом", "Master Dom"),
                ("ЭнергоЛюкс", "EnergoLyuks"), ("Балтика Инструмент", "Baltika Instrument"),
                ("ТехноМир", "TekhnoMir"), ("Светлый Дом", "Svetly Dom")),
        female=frozenset({"Natalia", "Elena", "Olga", "Irina"}),
        feminine=(("ov", "ova"), ("ev", "eva"), ("in", "ina")),
        cert="EAC", whatsapp=0.4, skype=0.3,
        risk_note="Sanctions: US/EU bank transfers can be blocked or returned; check the "
        "buyer's bank and end use before shipment.",
        fx_note="USD payments via correspondent banks are slow; many buyers settle in CNY.",
    ),
    Market(
        "TR", 7, ("USD", "USD", "EUR"), "TRY", 34.0, ("tr", "en", "en"), "90",
        ("505", "530", "532", "533", "535", "536", "542", "544", "555"), 10, ("com.tr",),
        ("gmail.com", "hotmail.com", "yandex.com.tr"),
        _cities(("İstanbul", "34522", "Ambarlı"), ("İzmir", "35620", "İzmir"),
                ("Ankara", "06935", "Mersin"), ("Bursa", "16140", "Gemlik"),
                ("Konya", "42300", "Mersin")),
        ("Sanayi Cad. No: {n}", "Organize Sanayi Bölgesi {b}. Cadde No: {n}",
         "Atatürk Bulvarı No: {n}"),
        "{street}, {postcode} {city}",
        (LegalForm("Ltd. Şti.", "{} San. ve Tic. Ltd. Şti."),
         LegalForm("A.Ş.", "{} Tic. A.Ş.")),
        ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Emre", "Burak", "Ayşe", "Fatma",
         "Zeynep", "Murat", "Elif"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
         "Özdemir", "Arslan", "Doğan"),
        ("{stem} {kind}", "{last} {kind}"),
        ("Anadolu", "Marmara", "Ege", "Boğaziçi", "Akdeniz", "Karadeniz"),
        ("Hırdavat", "Aydınlatma", "Yapı Market", "Dış Ticaret", "Elektrik"),
        whatsapp=0.8,
        risk_note="High inflation; import duties on Chinese power tools raised in recent years.",
        fx_note="TRY volatile: buyers delay balance payments when the lira drops; quote in USD.",
    ),
    Market(
        "AE", 9, ("USD",), "AED", 3.67, ("en", "en", "ar"), "971",
        ("50", "52", "54", "55", "56", "58"), 9, ("ae", "com"),
        ("gmail.com", "hotmail.com", "yahoo.com"),
        _cities(("Dubai", "", "Jebel Ali"), ("Sharjah", "", "Jebel Ali"),
                ("Abu Dhabi", "", "Khalifa Port"), ("Ajman", "", "Jebel Ali")),
        ("Warehouse {n}, Industrial Area {b}", "Office {n}, Free Zone Block {b}",
         "Shop {n}, Souq Building {b}"),
        "{street}, {city}",
        (LegalForm("LLC", "{} LLC", "{} ذ.م.م"), LegalForm("LLC", "{} LLC", "{} ذ.م.م"),
         LegalForm("FZE", "{} FZE", "{} م.م.ح"), LegalForm("FZCO", "{} FZCO", "{} ش.م.ح")),
        ("Mohammed", "Ahmed", "Khalid", "Omar", "Faisal", "Rashid", "Rajesh", "Sanjay", "Anil",
         "Fatima", "Imran", "Hassan"),
        ("Al Mansoori", "Al Hashimi", "Khan", "Menon", "Nair", "Sharma", "Al Marzouqi",
         "Haddad", "Siddiqui", "Qureshi"),
        native=(("النخبة للتجارة العامة", "Al Nukhba General Trading"),
                ("الخليج للعدد والمعدات", "Gulf Tools & Equipment Trading"),
                ("دار الإنارة", "Dar Al Inara Lighting"),
                ("الصقر للمواد الكهربائية", "Al Saqr Electrical Materials Trading"),
                ("النور للتجارة", "Al Noor Trading"),
                ("المرسى للتجارة العامة", "Al Marsa General Trading"),
                ("البحر الأزرق للتجارة", "Blue Sea Trading"), ("الفجر للتجارة", "Al Fajr Trading"),
                ("الريان للمعدات", "Al Rayyan Equipment Trading"),
                ("الأمانة للأدوات", "Al Amana Tools Trading")),
        cert="ESMA, CE", whatsapp=0.8, lc_share=0.1,
    ),
    Market(
        "SA", 7, ("USD",), "SAR", 3.75, ("ar", "en"), "966",
        ("50", "53", "54", "55", "56", "59"), 9, ("com.sa", "sa"), ("gmail.com", "hotmail.com"),
        _cities(("Riyadh", "14331", "Dammam"), ("Jeddah", "22411", "Jeddah"),
                ("Dammam", "32232", "Dammam")),
        ("King Fahd Road, Building {n}", "2nd Industrial City, Street {b}, Building {n}",
         "Prince Sultan Street, Building {n}"),
        "{street}, {city} {postcode}",
        (LegalForm("Co. Ltd.", "{} Co. Ltd.", "شركة {} المحدودة"),
         LegalForm("Est.", "{} Est.", "مؤسسة {}")),
        ("Abdullah", "Mohammed", "Fahad", "Saud", "Khalid", "Turki", "Faisal", "Nasser",
         "Sultan", "Majed", "Yousef"),
        ("Al-Harbi", "Al-Qahtani", "Al-Ghamdi", "Al-Zahrani", "Al-Otaibi", "Al-Dosari",
         "Al-Shehri", "Al-Mutairi", "Al-Subaie"),
        native=(("الأفق للتجارة", "Al Ofoq Trading"), ("المصباح الذهبي", "Golden Lamp"),
                ("نجد للمعدات", "Najd Equipment"), ("الواحة للأدوات", "Al Waha Tools"),
                ("الجزيرة للإنارة", "Al Jazira Lighting"), ("السلام التجارية", "Al Salam Trading"),
                ("الرواد للعدد", "Al Rowad Tools"), ("البناء الحديث", "Modern Building Supplies"),
                ("الشرق للإنارة", "Al Sharq Lighting")),
        cert="SASO, SABER", lc_share=0.6, whatsapp=0.8,
        risk_note="SABER product certificates required per shipment; missing ones hold goods "
        "at customs.",
    ),
    Market(
        "EG", 3, ("USD",), "EGP", 48.0, ("ar", "en"), "20", ("10", "11", "12", "15"), 10,
        ("com.eg",), ("gmail.com", "yahoo.com"),
        _cities(("Cairo", "11511", "Alexandria"), ("6th of October City", "12566", "Alexandria"),
                ("Alexandria", "21532", "Alexandria"), ("Port Said", "42511", "Port Said")),
        ("{n} El Tahrir Street", "Industrial Zone 3, Plot {n}"),
        "{street}, {city} {postcode}",
        (LegalForm("S.A.E.", "{} S.A.E.", "{} ش.م.م"), LegalForm("LLC", "{} LLC", "{} ذ.م.م")),
        ("Ahmed", "Mohamed", "Mahmoud", "Mostafa", "Amr", "Karim", "Hany", "Sherif", "Yasmin",
         "Nour"),
        ("Hassan", "Ibrahim", "El-Sayed", "Abdel Rahman", "Mansour", "Fathy", "Khalil", "Salem"),
        native=(("النيل للعدد", "Nile Tools"), ("الدلتا للإنارة", "Delta Lighting"),
                ("مصر للأدوات الكهربائية", "Misr Electrical Tools"),
                ("الأهرام للتجارة", "Al Ahram Trading"), ("القاهرة للعدد", "Cairo Tools"),
                ("النصر للإنارة", "Al Nasr Lighting")),
        lc_share=0.7, whatsapp=0.8,
        risk_note="Import registration (CID/ACI) needed before shipping; banks ration USD.",
        fx_note="EGP devalued sharply; buyers struggle to obtain USD for the balance.",
    ),
    Market(
        "IN", 9, ("USD",), "INR", 83.0, ("en", "en", "hi"), "91",
        ("98", "99", "97", "96", "93", "90", "88", "70", "80", "81"), 10, ("in", "co.in", "com"),
        ("gmail.com", "yahoo.co.in", "rediffmail.com"),
        _cities(("Mumbai", "400064", "Nhava Sheva"), ("New Delhi", "110020", "Mundra"),
                ("Ahmedabad", "380015", "Mundra"), ("Chennai", "600032", "Chennai"),
                ("Kolkata", "700001", "Kolkata"), ("Ludhiana", "141003", "Mundra")),
        ("Plot {n}, Industrial Area Phase II", "{n}, Industrial Estate Sector {b}",
         "Shop {n}, Main Market Road"),
        "{street}, {city} {postcode}",
        (LegalForm("Pvt. Ltd.", "{} Pvt. Ltd."), LegalForm("Pvt. Ltd.", "{} Pvt. Ltd."),
         LegalForm("LLP", "{} LLP")),
        ("Rajesh", "Amit", "Suresh", "Vikram", "Priya", "Anil", "Rahul", "Sandeep", "Deepak",
         "Neha", "Arjun", "Manoj"),
        ("Sharma", "Patel", "Gupta", "Agarwal", "Mehta", "Shah", "Jain", "Reddy", "Singh",
         "Kumar", "Iyer", "Bansal"),
        ("{stem} {kind}", "{last} {kind}"),
        ("Shree Ganesh", "Balaji", "Sai", "Om", "Bharat", "Ganga", "Krishna", "Laxmi"),
        ("Tools", "Lighting Solutions", "Hardware Mart", "Electricals", "Impex", "Enterprises"),
        cert="BIS", lc_share=0.5, whatsapp=0.85,
        risk_note="BIS certification mandatory for LED products; anti-dumping duties possible.",
    ),
    Market(
        "BD", 3, ("USD",), "BDT", 110.0, ("en", "bn"), "880",
        ("13", "14", "15", "16", "17", "18", "19"), 10, ("com.bd",), ("gmail.com", "yahoo.com"),
        _cities(("Dhaka", "1205", "Chittagong"), ("Chittagong", "4100", "Chittagong"),
                ("Narayanganj", "1400", "Chittagong")),
        ("House {n}, Road {b}", "{n} Station Road"),
        "{street}, {city} {postcode}",
        (LegalForm("Ltd.", "{} Ltd."),),
        ("Mohammad", "Rahim", "Karim", "Shafiq", "Tanvir", "Nasrin", "Farhana", "Arif", "Imran",
         "Sabbir"),
        ("Rahman", "Hossain", "Islam", "Ahmed", "Chowdhury", "Uddin", "Hasan", "Sarkar"),
        ("{stem} {kind}",),
        ("Bengal", "Padma", "Meghna", "Golden", "Green Star"),
        ("Trading", "Electric House", "Enterprise", "Tools & Hardware", "International"),
        lc_share=0.85, whatsapp=0.9,
        risk_note="Imports above a threshold need an L/C opened through a local bank (LCA form).",
        fx_note="BDT under pressure; banks delay L/C openings for lack of USD.",
    ),
    Market(
        "VN", 5, ("USD",), "VND", 25000.0, ("vi", "en"), "84",
        ("90", "91", "93", "94", "96", "97", "98", "32", "35", "70", "77", "86", "88"), 9,
        ("vn", "com.vn"), ("gmail.com", "yahoo.com"),
        _cities(("Ho Chi Minh City", "700000", "Cat Lai"), ("Hanoi", "100000", "Hai Phong"),
                ("Hai Phong", "180000", "Hai Phong"), ("Da Nang", "550000", "Da Nang"),
                ("Binh Duong", "820000", "Cat Lai")),
        ("{n} Nguyen Van Linh Street", "Lot {n}, Industrial Park {b}",
         "{n} Tran Hung Dao Street"),
        "{street}, {city}",
        (LegalForm("Co., Ltd.", "{} Trading Co., Ltd.", "Công ty TNHH Thương mại {}"),
         LegalForm("JSC", "{} Technology JSC", "Công ty Cổ phần Công nghệ {}")),
        ("Hung", "Minh", "Tuan", "Hai", "Lan", "Huong", "Thao", "Dung", "Quang", "Linh"),
        ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang"),
        native=(("Minh Phát", "Minh Phat"), ("Hoàng Long", "Hoang Long"), ("Đại Việt", "Dai Viet"),
                ("Thành Công", "Thanh Cong"), ("Phú Thịnh", "Phu Thinh"),
                ("An Khang", "An Khang"), ("Sao Việt", "Sao Viet"), ("Tân Phú", "Tan Phu"),
                ("Việt Tiến", "Viet Tien"), ("Hưng Thịnh", "Hung Thinh")),
        whatsapp=0.3, wechat=0.2,
    ),
    Market(
        "TH", 5, ("USD",), "THB", 36.0, ("th", "en"), "66",
        ("61", "62", "63", "64", "65", "80", "81", "82", "84", "86", "89", "91", "92", "95"), 9,
        ("co.th",), ("gmail.com", "hotmail.com"),
        _cities(("Bangkok", "10260", "Laem Chabang"), ("Samut Prakan", "10540", "Laem Chabang"),
                ("Chonburi", "20230", "Laem Chabang"), ("Chiang Mai", "50000", "Laem Chabang")),
        ("{nnn} Phahonyothin Road", "{n}/{b} Moo 4, Industrial Estate"),
        "{street}, {city} {postcode}",
        (LegalForm("Co., Ltd.", "{} Co., Ltd.", "บริษัท {} จำกัด"),
         LegalForm("Co., Ltd.", "{} Co., Ltd.", "บริษัท {} จำกัด"),
         LegalForm("Public Co., Ltd.", "{} Public Co., Ltd.", "บริษัท {} จำกัด (มหาชน)")),
        ("Somchai", "Somsak", "Niran", "Prasert", "Wichai", "Suda", "Malee", "Kanya", "Anan",
         "Chaiwat"),
        ("Saetang", "Srisuk", "Wongsakul", "Chaiyaporn", "Rattanakorn", "Boonmee", "Thongchai",
         "Kittisak"),
        native=(("สยามทูลส์", "Siam Tools"), ("ไทยรุ่งเรืองไลท์ติ้ง", "Thai Rungruang Lighting"),
                ("แสงทองฮาร์ดแวร์", "Saeng Thong Hardware"),
                ("เจริญชัยการช่าง", "Charoenchai Engineering"),
                ("บางกอกพาวเวอร์ทูลส์", "Bangkok Power Tools"),
                ("โชคดีอิเล็คทริค", "Chokdee Electric"), ("ศรีสยามไลท์ติ้ง", "Sri Siam Lighting"),
                ("รุ่งโรจน์ทูลส์", "Rungrot Tools"), ("เอเชียฮาร์ดแวร์", "Asia Hardware")),
        cert="TISI", whatsapp=0.2, wechat=0.1,
    ),
    Market(
        "MY", 5, ("USD",), "MYR", 4.7, ("en", "ms", "zh"), "60",
        ("12", "13", "16", "17", "19"), 9, ("com.my",), ("gmail.com", "yahoo.com", "qq.com"),
        _cities(("Kuala Lumpur", "52100", "Port Klang"), ("Shah Alam", "40150", "Port Klang"),
                ("Penang", "13600", "Penang"), ("Johor Bahru", "81200", "Pasir Gudang"),
                ("Ipoh", "31400", "Port Klang")),
        ("No. {n}, Jalan Perusahaan {b}", "Lot {n}, Jalan Industri {b}"),
        "{street}, {postcode} {city}",
        (LegalForm("Sdn. Bhd.", "{} Sdn. Bhd."),),
        ("Ahmad", "Mohd", "Nurul", "Siti", "Jason", "Kelvin", "Michelle", "Ravi", "Wei Ming",
         "Mei Ling"),
        ("Ismail", "Hassan", "Tan", "Lim", "Lee", "Wong", "Ong", "Subramaniam"),
        ("{stem} {kind}",),
        ("Maju Jaya", "Sinar", "Hup Seng", "Kian Hock", "Teguh", "Cahaya", "Bintang"),
        ("Hardware", "Lighting", "Trading", "Machinery", "Electrical & Engineering"),
        cert="SIRIM", whatsapp=0.8, wechat=0.3,
    ),
    Market(
        "ID", 6, ("USD",), "IDR", 15800.0, ("id", "en"), "62",
        ("811", "812", "813", "821", "822", "852", "853", "857", "878"), 11, ("co.id",),
        ("gmail.com", "yahoo.co.id"),
        _cities(("Jakarta", "14440", "Tanjung Priok"), ("Surabaya", "60179", "Tanjung Perak"),
                ("Bekasi", "17530", "Tanjung Priok"), ("Semarang", "50174", "Tanjung Emas"),
                ("Medan", "20241", "Belawan")),
        ("Jl. Industri Raya No. {n}", "Jl. Jenderal Sudirman No. {n}",
         "Komplek Pergudangan Blok B No. {n}"),
        "{street}, {city} {postcode}",
        (LegalForm("PT", "PT {}"), LegalForm("PT", "PT {}"), LegalForm("CV", "CV {}")),
        ("Budi", "Agus", "Hendra", "Andi", "Dewi", "Sari", "Rina", "Bambang", "Eko", "Yuliana",
         "Rudi"),
        ("Santoso", "Wijaya", "Halim", "Gunawan", "Susanto", "Setiawan", "Hartono", "Kusuma",
         "Pratama", "Saputra"),
        ("{stem} {kind}",),
        ("Sinar Jaya", "Maju Bersama", "Mitra", "Cahaya Abadi", "Sentosa", "Karya", "Nusantara"),
        ("Teknik", "Perkasa", "Elektrindo", "Sejahtera", "Lestari"),
        cert="SNI", whatsapp=0.85, wechat=0.1,
    ),
    Market(
        "AU", 8, ("USD", "USD", "AUD"), "AUD", 1.52, ("en",), "61", ("4",), 9, ("com.au",),
        ("gmail.com", "bigpond.com", "outlook.com"),
        _cities(("Sydney", "NSW 2164", "Sydney"), ("Melbourne", "VIC 3026", "Melbourne"),
                ("Brisbane", "QLD 4110", "Brisbane"), ("Perth", "WA 6106", "Fremantle"),
                ("Adelaide", "SA 5013", "Adelaide")),
        ("{n} Industrial Drive", "Unit {n}, {b} Enterprise Way", "{n} Commercial Road"),
        "{street}, {city} {postcode}",
        (LegalForm("Pty Ltd", "{} Pty Ltd"),),
        ("Jack", "Liam", "Chloe", "Mia", "Nathan", "Brendan", "Kylie", "Shane", "Hayley",
         "Mitchell", "Sarah", "Daniel"),
        ("Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Nguyen", "Kelly", "Murphy",
         "Ryan", "O'Brien", "Campbell"),
        ("{stem} {kind}", "{last} {kind}"),
        ("Southern Cross", "Outback", "Coastal", "Harbour", "Bluegum", "Pacific", "Redback"),
        ("Tools", "Lighting", "Trade Supplies", "Hardware", "Solar", "Outdoor"),
        cert="RCM, SAA", whatsapp=0.15,
    ),
    Market(
        "BR", 8, ("USD",), "BRL", 5.0, ("pt", "pt", "en"), "55", ("119",), 11, ("com.br",),
        ("gmail.com", "hotmail.com", "uol.com.br"),
        _cities(("São Paulo", "03126-000", "Santos", "119"), ("Curitiba", "81460-000",
                "Paranaguá", "419"), ("Itajaí", "88303-000", "Itajaí", "479"),
                ("Rio de Janeiro", "20911-000", "Rio de Janeiro", "219"),
                ("Porto Alegre", "90240-000", "Rio Grande", "519"),
                ("Recife", "50090-000", "Suape", "819")),
        ("Rua Industrial, {n}", "Av. Brasil, {nnn}", "Rua XV de Novembro, {nnn}"),
        "{street}, {city}, CEP {postcode}",
        (LegalForm("Ltda.", "{} Ltda."), LegalForm("Ltda.", "{} Ltda."),
         LegalForm("S.A.", "{} S.A.")),
        ("João", "Carlos", "Rafael", "Lucas", "Marcelo", "Fernanda", "Juliana", "Rodrigo",
         "Bruno", "Patrícia", "Thiago"),
        ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida",
         "Nascimento", "Lima", "Ferreira", "Carvalho"),
        ("{stem} {kind}", "{kind} {stem}", "{last} {kind}"),
        ("Paulista", "Atlântico", "Cruzeiro", "Norte Sul", "Tropical", "Guanabara"),
        ("Ferramentas", "Iluminação", "Materiais Elétricos", "Distribuidora",
         "Comércio e Importação"),
        cert="INMETRO", whatsapp=0.9,
        risk_note="High import duties and slow customs clearance; INMETRO marking required.",
        fx_note="BRL volatile: buyers ask for price holds and delay when the real weakens.",
    ),
    Market(
        "MX", 7, ("USD",), "MXN", 17.0, ("es", "es", "en"), "52", ("55",), 10, ("com.mx",),
        ("gmail.com", "hotmail.com", "prodigy.net.mx"),
        _cities(("Ciudad de México", "02300", "Manzanillo", "55"),
                ("Guadalajara", "44940", "Manzanillo", "33"), ("Monterrey", "64000",
                "Manzanillo", "81"), ("Puebla", "72000", "Veracruz", "222"),
                ("Querétaro", "76120", "Manzanillo", "442"), ("Tijuana", "22500", "Ensenada",
                "664")),
        ("Av. Industrial {nnn}", "Calle Hidalgo {nnn}, Col. Centro", "Av. Juárez {nnn}"),
        "{street}, C.P. {postcode}, {city}",
        (LegalForm("S.A. de C.V.", "{} S.A. de C.V."), LegalForm("S.A. de C.V.",
         "{} S.A. de C.V."), LegalForm("S. de R.L. de C.V.", "{} S. de R.L. de C.V.")),
        ("José Luis", "Juan Carlos", "Alejandro", "Miguel", "Fernando", "Ricardo", "Gabriela",
         "Mariana", "Verónica", "Jorge", "Arturo", "Daniela"),
        ("Hernández", "García", "Martínez", "López", "González", "Rodríguez", "Pérez",
         "Sánchez", "Ramírez", "Flores", "Torres", "Cruz"),
        ("{kind} {stem}", "{kind} {last}"),
        ("del Norte", "Azteca", "del Bajío", "del Pacífico", "de Occidente"),
        ("Herramientas", "Iluminación", "Ferretera", "Distribuidora Industrial",
         "Importaciones", "Materiales Eléctricos"),
        cert="NOM", whatsapp=0.85,
    ),
    Market(
        "CL", 4, ("USD",), "CLP", 900.0, ("es", "en"), "56", ("9",), 9, ("cl",),
        ("gmail.com", "hotmail.com"),
        _cities(("Santiago", "8320000", "San Antonio"), ("Valparaíso", "2340000", "Valparaíso"),
                ("Concepción", "4030000", "San Vicente"), ("Antofagasta", "1240000",
                "Antofagasta")),
        ("Av. Libertador Bernardo O'Higgins {nnn}", "Calle Los Industriales {nnn}"),
        "{street}, {city}",
        (LegalForm("SpA", "{} SpA"), LegalForm("Ltda.", "{} Ltda."), LegalForm("S.A.", "{} S.A.")),
        ("Cristián", "Felipe", "Rodrigo", "Francisco", "Camila", "Javiera", "Matías", "Gonzalo",
         "Carolina", "Sebastián"),
        ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva",
         "Sepúlveda"),
        ("{kind} {stem}", "{kind} {last}"),
        ("Andes", "Austral", "del Pacífico", "del Sur", "Los Lagos"),
        ("Ferretería", "Iluminación", "Herramientas", "Importadora", "Comercial"),
        cert="SEC", whatsapp=0.8,
    ),
    Market(
        "NG", 5, ("USD",), "NGN", 1500.0, ("en",), "234",
        ("703", "706", "802", "803", "806", "808", "812", "813", "816", "905"), 10,
        ("com.ng",), ("gmail.com", "yahoo.com"),
        _cities(("Lagos", "101241", "Apapa"), ("Onitsha", "434101", "Apapa"),
                ("Kano", "700241", "Apapa"), ("Abuja", "900108", "Tin Can Island"),
                ("Port Harcourt", "500101", "Onne")),
        ("Shop {n}, Main Market", "Plot {n}, Industrial Layout", "{n} Market Road",
         "Block {b}, Industrial Avenue"),
        "{street}, {city}",
        (LegalForm("Ltd", "{} Ltd"), LegalForm("Nig. Ltd", "{} Nig. Ltd")),
        ("Chinedu", "Emeka", "Olumide", "Tunde", "Adebayo", "Ngozi", "Chioma", "Ibrahim",
         "Musa", "Yusuf", "Funmilayo", "Uche"),
        ("Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Ogunleye", "Abubakar", "Bello",
         "Nwosu", "Adewale", "Obi"),
        ("{stem} {kind}",),
        ("Zenith", "Greenland", "Royal", "Goodluck", "Divine Grace", "Eagle", "Sunrise",
         "Mega Power"),
        ("Ventures", "Global Concept", "Electricals", "Tools & Machinery",
         "Integrated Services"),
        cert="SONCAP", lc_share=0.7, whatsapp=0.95,
        risk_note="SONCAP certificate and Form M needed before shipment; port delays at Apapa.",
        fx_note="Naira FX shortages: buyers wait weeks for USD allocation; insist on deposit.",
    ),
    Market(
        "ZA", 5, ("USD",), "ZAR", 18.5, ("en", "en", "af"), "27",
        ("60", "61", "63", "71", "72", "73", "76", "78", "79", "82", "83", "84"), 9, ("co.za",),
        ("gmail.com", "outlook.com", "mweb.co.za"),
        _cities(("Johannesburg", "2094", "Durban"), ("Durban", "4052", "Durban"),
                ("Cape Town", "7460", "Cape Town"), ("Pretoria", "0183", "Durban"),
                ("Gqeberha", "6001", "Ngqura")),
        ("{n} Main Road", "Unit {n}, Industrial Park"),
        "{street}, {city} {postcode}",
        (LegalForm("(Pty) Ltd", "{} (Pty) Ltd"),),
        ("Johan", "Pieter", "Thabo", "Sipho", "Lerato", "Nomvula", "Andre", "Riaan", "Michelle",
         "Craig", "Nadia"),
        ("van der Merwe", "Botha", "Naidoo", "Nkosi", "Dlamini", "Pretorius", "Mokoena",
         "Venter", "Pillay", "Coetzee"),
        ("{stem} {kind}",),
        ("Highveld", "Cape", "Karoo", "Protea", "Springbok", "Jozi"),
        ("Tool Centre", "Lighting", "Hardware", "Trading", "Electrical Wholesalers", "Solar"),
        cert="NRCS (LOA)", whatsapp=0.85,
        risk_note="Port congestion in Durban adds 1-3 weeks; load-shedding drives solar demand.",
        fx_note="ZAR volatile against USD; buyers hedge by ordering smaller lots.",
    ),
    Market(
        "JP", 5, ("USD",), "JPY", 150.0, ("ja", "ja", "en"), "81", ("70", "80", "90"), 10,
        ("co.jp",), ("gmail.com", "yahoo.co.jp"),
        _cities(("Osaka", "550-0024", "Osaka"), ("Tokyo", "135-0064", "Tokyo"),
                ("Nagoya", "455-0032", "Nagoya"), ("Yokohama", "236-0004", "Yokohama"),
                ("Sanjo", "955-0055", "Niigata"), ("Fukuoka", "812-0051", "Hakata")),
        ("2-{b}-5 Honcho", "1-{b}-8 Higashi-machi", "3-{b}-12 Sakae-machi"),
        "{street}, {city} {postcode}",
        (LegalForm("株式会社", "{} Co., Ltd.", "株式会社{}"),
         LegalForm("株式会社", "{} Co., Ltd.", "{}株式会社"),
         LegalForm("有限会社", "{} Ltd.", "有限会社{}")),
        ("Takeshi", "Hiroshi", "Kenji", "Yuki", "Naoko", "Satoshi", "Akira", "Tomoko",
         "Daisuke", "Kazuo"),
        ("Yamada", "Suzuki", "Tanaka", "Watanabe", "Ito", "Nakamura", "Kobayashi", "Kato",
         "Yoshida", "Sasaki"),
        native=(("山田工具", "Yamada Tool"), ("大和電機商会", "Daiwa Denki Shokai"),
                ("東邦ライティング", "Toho Lighting"), ("三協ハードウェア", "Sankyo Hardware"),
                ("中央工機", "Chuo Koki"), ("日進照明", "Nisshin Shomei"),
                ("北陸ツール", "Hokuriku Tool"), ("丸正金物", "Marusho Kanamono"),
                ("東海ツール", "Tokai Tool"), ("関西照明", "Kansai Shomei")),
        cert="PSE", whatsapp=0.02,
        fx_note="Weak JPY squeezes importers' margins: expect pressure on USD prices.",
    ),
    Market(
        "KR", 4, ("USD",), "KRW", 1350.0, ("ko", "en"), "82", ("10",), 10, ("co.kr",),
        ("gmail.com", "naver.com", "daum.net"),
        _cities(("Seoul", "08390", "Busan"), ("Busan", "46726", "Busan"),
                ("Incheon", "21315", "Incheon"), ("Daegu", "41510", "Busan")),
        ("{n} Sandan-ro", "{n} Gongdan-ro"),
        "{street}, {city} {postcode}",
        (LegalForm("Co., Ltd.", "{} Co., Ltd.", "주식회사 {}"),),
        ("Min-jun", "Seo-yeon", "Ji-hoon", "Hyun-woo", "Ji-young", "Sung-ho", "Eun-ji",
         "Dong-hyun", "Soo-jin"),
        ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon"),
        native=(("대성공구", "Daesung Tools"), ("한빛조명", "Hanbit Lighting"),
                ("우리철물", "Woori Hardware"), ("세진산업", "Sejin Industrial"),
                ("동아전기", "Dong-A Electric"), ("미래하드웨어", "Mirae Hardware"),
                ("한국툴텍", "Korea Tooltech"), ("삼원조명", "Samwon Lighting"),
                ("태양철물", "Taeyang Hardware"), ("신화산업", "Shinhwa Industrial")),
        cert="KC", whatsapp=0.05, wechat=0.1,
    ),
    Market(
        "HK", 3, ("USD",), "HKD", 7.8, ("zh", "en"), "852", ("5", "6", "9"), 8,
        ("com.hk", "hk"), ("gmail.com", "yahoo.com.hk", "163.com", "qq.com"),
        _cities(("Kwun Tong", "", "Hong Kong"), ("Kwai Chung", "", "Hong Kong"),
                ("Tsim Sha Tsui", "", "Hong Kong")),
        ("Unit {n}, {b}/F, Wing Fat Industrial Building", "Flat {n}, {b}/F, Block B, Wah Lok "
         "Industrial Centre", "Room {n}, {b}/F, Kwong Fat Commercial Building"),
        "{street}, {city}, Hong Kong",
        (LegalForm("Limited", "{} Company Limited", "{}有限公司"),),
        ("Kelvin", "Alice", "Wilson", "Winnie", "Raymond", "Candy", "Tommy", "Ivy", "Eric",
         "Peggy"),
        ("Chan", "Wong", "Leung", "Cheung", "Lau", "Lee", "Ho", "Ng", "Tsang", "Lam"),
        native=(("永興五金", "Wing Hing Hardware"), ("宏達貿易", "Wang Tat Trading"),
                ("金輝照明", "Kam Fai Lighting"), ("恒昌工具", "Hang Cheong Tools"),
                ("德興電業", "Tak Hing Electrical"), ("萬利國際", "Man Lee International"),
                ("榮豐五金", "Wing Fung Hardware"), ("順發電器", "Shun Fat Electrical")),
        whatsapp=0.6, wechat=0.7,
    ),
)

# Order currencies to US dollars (catalogue prices are in USD).
PER_USD = {"USD": 1.0, "EUR": 0.92, "GBP": 0.79, "AUD": 1.52, "CAD": 1.36, "CNY": 7.2}

PRODUCTS: tuple[Product, ...] = (
    *_products(
        "Cordless drills",
        ("EB-CD12", "12V Li-ion cordless drill driver, 2x1.5Ah", "pcs", 16.8, 200, 1000, 10),
        ("EB-CD20-BL", "20V brushless drill driver kit, 2x2.0Ah, case", "sets", 38.5, 100, 600,
         4),
        ("EB-ID20", '20V impact driver 1/4" hex, bare tool', "pcs", 21.9, 200, 800, 10),
        ("EB-HD20", "20V hammer drill kit 13mm, 2x4.0Ah", "sets", 46.0, 100, 400, 4),
    ),
    *_products(
        "Angle grinders",
        ("EB-AG115", "Angle grinder 115mm 750W", "pcs", 11.2, 300, 1500, 10),
        ("EB-AG125", "Angle grinder 125mm 1010W, soft start", "pcs", 16.4, 300, 1200, 10),
        ("EB-AG230", "Angle grinder 230mm 2400W", "pcs", 34.5, 100, 500, 4),
        ("EB-CAG20", "20V brushless cordless angle grinder 125mm", "pcs", 27.8, 150, 600, 8),
    ),
    *_products(
        "Corded power tools",
        ("EB-CS185", "Circular saw 185mm 1400W, laser guide", "pcs", 29.5, 100, 500, 4),
        ("EB-JS650", "Jigsaw 650W, pendulum action", "pcs", 14.6, 200, 800, 8),
        ("EB-RH26", "Rotary hammer SDS-plus 26mm 800W", "pcs", 33.0, 100, 500, 4),
    ),
    *_products(
        "Hand tool sets",
        ("EB-HT108", '108-pc 1/4" & 1/2" socket set, blow-mould case', "sets", 17.5, 300, 1500,
         5),
        ("EB-HT46", '46-pc 1/4" socket set', "sets", 5.9, 500, 3000, 20),
        ("EB-SP12", "12-pc combination spanner set, CrV", "sets", 7.8, 500, 2000, 10),
        ("EB-SD32", "32-pc screwdriver bit set", "sets", 2.1, 1000, 6000, 50),
        ("EB-HM16", "16 oz claw hammer, fibreglass handle", "pcs", 2.45, 1000, 5000, 24),
    ),
    *_products(
        "LED panels",
        ("EB-LP6060-40", "LED panel 600x600 40W 4000K, UGR<19", "pcs", 7.9, 1000, 5000, 4),
        ("EB-LP30120-40", "LED panel 300x1200 40W 4000K", "pcs", 8.6, 500, 3000, 4),
        ("EB-LP6060-BL", "Backlit LED panel 600x600 36W, flicker-free", "pcs", 9.8, 500, 3000,
         4),
    ),
    *_products(
        "LED floodlights",
        ("EB-FL50", "LED floodlight 50W IP65 6500K", "pcs", 5.2, 1000, 4000, 20),
        ("EB-FL100", "LED floodlight 100W IP65 6500K", "pcs", 9.4, 500, 3000, 10),
        ("EB-FL200", "LED floodlight 200W IP66", "pcs", 19.8, 200, 1000, 6),
        ("EB-FLS30", "LED floodlight 30W with PIR sensor", "pcs", 6.7, 500, 3000, 20),
    ),
    *_products(
        "LED tubes & bulbs",
        ("EB-T8-18", "T8 LED tube 1200mm 18W, glass", "pcs", 1.35, 5000, 30000, 25),
        ("EB-A60-9", "A60 LED bulb 9W E27 806lm", "pcs", 0.46, 10000, 50000, 100),
    ),
    *_products(
        "Solar garden lights",
        ("EB-SGL6", "Solar stake light, stainless, set of 6", "sets", 4.2, 1000, 6000, 8),
        ("EB-SWL100", "Solar wall light 100 LED with PIR sensor", "pcs", 3.8, 1000, 6000, 20),
        ("EB-SSL50", "Solar string lights 50 LED 7m", "pcs", 2.3, 2000, 8000, 50),
        ("EB-SST200", "Solar street light 200W all-in-one", "pcs", 27.5, 100, 800, 2),
    ),
    *_products(
        "Building hardware",
        ("EB-HG4SS", '4" stainless steel butt hinge', "pairs", 0.68, 10000, 40000, 100),
        ("EB-DS450", "450mm ball-bearing drawer slide", "pairs", 2.4, 2000, 10000, 20),
        ("EB-PL40", "40mm brass padlock, 3 keys", "pcs", 1.15, 3000, 15000, 48),
    ),
)

# Industry -> (weight, product lines it buys).
INDUSTRIES: dict[str, tuple[int, tuple[str, ...]]] = {
    "importer/wholesaler": (25, tuple(dict.fromkeys(p.line for p in PRODUCTS))),
    "hardware distributor": (18, ("Angle grinders", "Corded power tools", "Hand tool sets",
                                  "Building hardware", "Cordless drills")),
    "DIY retail chain": (8, ("Cordless drills", "Angle grinders", "Hand tool sets",
                             "Solar garden lights", "Building hardware")),
    "e-commerce seller": (12, ("Solar garden lights", "Cordless drills", "Hand tool sets",
                               "LED floodlights")),
    "lighting distributor": (12, ("LED panels", "LED floodlights", "LED tubes & bulbs",
                                  "Solar garden lights")),
    "electrical wholesaler": (9, ("LED panels", "LED tubes & bulbs", "LED floodlights",
                                  "Cordless drills")),
    "contractor": (6, ("Corded power tools", "Angle grinders", "Cordless drills",
                       "LED floodlights")),
    "solar installer": (5, ("Solar garden lights", "LED floodlights")),
    "supermarket chain": (5, ("LED tubes & bulbs", "Solar garden lights", "Hand tool sets")),
}
# Retailers stock up from August to October for the Q4 peak.
RETAIL_INDUSTRIES = frozenset({"DIY retail chain", "e-commerce seller", "supermarket chain"})

SOURCES: tuple[tuple[str, int, Channel], ...] = (
    ("Canton Fair", 22, Channel.TRADE_SHOW),
    ("Alibaba.com", 22, Channel.ALIBABA),
    ("Made-in-China.com", 10, Channel.MADE_IN_CHINA),
    ("website", 12, Channel.WEB_FORM),
    ("referral", 10, Channel.EMAIL),
    ("trade show", 14, Channel.TRADE_SHOW),
    ("cold email", 10, Channel.EMAIL),
)
# Trade shows by what is shown there: the product line's first word picks the row.
TRADE_SHOWS = {
    "LED": ("Light + Building Frankfurt", "Hong Kong International Lighting Fair"),
    "Solar": ("Intersolar Europe Munich", "Hong Kong International Lighting Fair"),
    "tools": ("Eisenwarenmesse Cologne", "National Hardware Show Las Vegas", "The Big 5 Dubai",
              "Hardware + Tools Middle East"),
}

PRIMARY_TITLES = ("Purchasing Manager", "Purchasing Manager", "CEO", "Owner", "Import Manager",
                  "Managing Director", "Head of Sourcing", "General Manager")
OTHER_TITLES = ("Buyer", "Buyer", "Category Manager", "Sourcing Specialist",
                "Logistics Coordinator", "QC Manager", "Product Manager", "Accounts Payable")

CUSTOM_FIELD_CHOICES: dict[str, tuple[str, ...]] = {
    "label": ("private label", "own brand", "our brand (Everbright)", "OEM"),
    "packaging": ("color box", "blister card", "brown box + label", "PDQ display"),
    "inspection": ("SGS pre-shipment", "buyer's QC on site", "none"),
    "container": ("20GP", "40HQ", "LCL"),
}

NOTES = (
    "Price sensitive; compares us with Yongkang suppliers.",
    "Pays deposit within two days; wants photos of every loaded container.",
    "Asks for {cert} documents with every new model.",
    "Decision maker is {primary}; the buyers only collect quotations.",
    "Wants exclusivity for their market on the {line} range.",
    "Prefers WhatsApp for urgent questions, email for POs.",
    "Slow to answer in summer; plan quotations before July.",
    "Ordered samples twice before the first PO; very thorough QC.",
    "客户对价格敏感，注重交期。",
    "老客户，付款及时，可推新品。",
    "要求{cert}认证，包装用彩盒。",
)

# T/T notes with weights; the other terms have one usual wording.
TT_NOTES = (("30% deposit, 70% against B/L copy", 75), ("30% deposit, 70% before shipment", 15),
            ("100% T/T before shipment", 10))
TERMS_NOTES = {PaymentTerms.LC: "Irrevocable L/C at sight", PaymentTerms.DP: "D/P at sight",
               PaymentTerms.OA: "O/A 60 days from B/L date"}
# Days from shipment to the due date of the (last) payment.
DUE_AFTER_SHIPMENT = {PaymentTerms.TT: -3, PaymentTerms.LC: 12, PaymentTerms.DP: 30,
                      PaymentTerms.OA: 60}
PAYMENT_METHODS = {PaymentTerms.TT: "T/T", PaymentTerms.LC: "L/C at sight",
                   PaymentTerms.DP: "D/P", PaymentTerms.OA: "T/T (O/A)"}
MITIGATIONS = {PaymentTerms.TT: "30% deposit; original B/L released only after the balance.",
               PaymentTerms.LC: "L/C at sight only, confirmed by a first-class bank.",
               PaymentTerms.DP: "D/P through the buyer's bank; documents against payment.",
               PaymentTerms.OA: "O/A 60 days insured under a Sinosure short-term policy."}
# Credit rating scales by source, best first, with how often each source is used.
RATING_SCALES = {"Sinosure": ("A", "B", "C", "D"), "internal": ("A", "B", "C", "D"),
                 "Dun & Bradstreet": ("AAA", "AA", "A", "BBB", "BB", "B", "CCC", "C")}
RATING_SOURCE_WEIGHTS = (45, 35, 20)

QUALITY_NOTES = (
    "{n} of {qty} units with faulty switch; replacements sent with the next order.",
    "Driver failure rate {pct}% after installation; credit note issued.",
    "Cartons crushed in transit; {n} units damaged, claim settled with the forwarder.",
    "Battery packs below rated capacity in buyer's test; 2% free spares agreed.",
    "Wrong colour temperature (6500K instead of 4000K) on {n} units; relabelled at our cost.",
)

IN, OUT = Direction.INBOUND, Direction.OUTBOUND
EMAIL, WHATSAPP, PHONE = Channel.EMAIL, Channel.WHATSAPP, Channel.PHONE

FIRST_INQUIRY = Touch(
    (), IN, "Inquiry for {product}: asked for price, MOQ and lead time.",
    "{qty} {unit} of {product}, {cert} certified, shipped to {port}.",
    "Looking for a second source; current supplier keeps missing delivery dates.",
    "Quoted FOB Ningbo with MOQ and 35-day lead time; offered free samples.",
    ("Buyer confirmed receipt; comparing three suppliers.", "Asked for samples of two models.",
     "No reply yet; follow up in a week."),
)
FIRST_MEETING = Touch(
    (), IN, "Met at {show}; interested in our {line} range.",
    "Catalogue and price list for {line}.",
    "Wants private label packaging for next season.",
    "Sent e-catalogue and quotation within 24 h; offered private label from 500 pcs per model.",
    ("Asked for samples.", "Will visit the factory after the fair.",
     "Interested, but budget only next quarter."),
)
FIRST_COLD = Touch(
    (EMAIL,), OUT, "Cold email introducing our {line} range and {cert} certificates.",
    None, "Their website lists only European brands: may want a cheaper entry range.",
    "Proposed an entry-price range with 3-year warranty.",
    ("Replied: send prices for {product}.", "No reply yet.", "Forwarded to their buyer."),
)
# In the order a prospect goes through them.
PROSPECT_TOUCHES = (
    Touch((EMAIL,), OUT, "Sent revised quotation for {product} at {price} {currency}/{unit}.",
          "Price below {price} {currency}.", "Budget approval at end of quarter.",
          "Offered 3% discount for a full 40HQ container.",
          ("Awaiting PO.", "Lost on price to a Yongkang supplier.",
           "Will decide after the trade show.")),
    Touch((WHATSAPP, PHONE), OUT, "Followed up on the quotation for {product}.",
          None, "Waiting for their customer's tender result.",
          "Shared a short video of the production line.",
          ("Tender postponed; check again in 6 weeks.", "Asked for a pro forma invoice.")),
    Touch((EMAIL, WHATSAPP), IN, "Samples of {product} arrived by DHL; buyer testing.",
          "Test report and {cert} certificate.",
          "Worried about after-sales spare parts.",
          "Sent test report and spare parts list; offered 1% free spares.",
          ("Samples approved; trial order expected next month.",
           "One sample failed drop test; sending improved version.")),
)
CUSTOMER_TOUCHES = (
    Touch((WHATSAPP, EMAIL), OUT,
          "Reminded buyer that {order} should be nearly sold through; proposed a reorder.",
          "Same specs as {order}, about {qty} {unit}.",
          "Keeps stock low because of cash flow.",
          "Suggested a split shipment: half now, half in six weeks.",
          ("PO received.", "Will confirm after stock check next week.",
           "Reorder postponed one month.")),
    Touch((Channel.MEETING,), IN,
          "Customer visited the factory in Ningbo; toured the assembly lines and test lab.",
          "New models for {line}, manuals in their language.",
          "Evaluating us as main supplier for next year.",
          "Presented next season's models; agreed an annual volume forecast.",
          ("Annual price agreement under discussion.", "Sample order for 3 new models placed.")),
    Touch((PHONE, EMAIL), IN, "Asked about the shipping schedule for {order}.",
          "Confirm ETD and vessel to {port}.", "Needs the goods before their peak season.",
          "Booked an earlier vessel and shared the tracking link.",
          ("Buyer satisfied.", "Vessel rolled over; buyer informed.")),
    Touch((Channel.TRADE_SHOW,), IN, "Met at {show}; discussed next season's range.",
          "New items for {line}.", "May add a second product line.",
          "Sent a follow-up offer with five new SKUs.",
          ("Asked for samples of two new SKUs.", "Will order with the next container.")),
    Touch((EMAIL,), OUT, "Announced a 4% price increase on {line} from next quarter (copper "
          "and battery cells).", None, "Sensitive to price increases before the peak season.",
          "Offered to hold old prices for POs placed within 30 days.",
          ("Placed an early PO at old prices.", "Accepted increase on half the range.")),
)
COMPLAINT = Touch(
    (EMAIL,), IN, "Complaint on {order}: {quality}", "Replacement or credit note.",
    "Needs proof of improved QC before the next order.",
    "Sent 8D report; agreed credit note and third-party inspection before loading.",
    ("Accepted; next order with SGS inspection.", "Credit note deducted from next balance."),
)
PAYMENT_REMINDER = Touch(
    (EMAIL, WHATSAPP), OUT, "Reminder: balance payment for {order} is overdue.",
    None, "Possible cash-flow pressure after a slow season.",
    "Sent statement of account and bank details again.",
    ("Buyer promised payment this week.", "No reply yet; escalate to manager."),
)
# fmt: on
