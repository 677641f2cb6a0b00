"""Vocabulary for the varied mix's kinds of card: logo word + descriptor, big slogans, shops with
services and opening hours, trade cards with a first name only, registration numbers.

Keyed by vocabulary key (``synth_varied.vocab_key``): a language (en, pt, de, fr, es, ja, ko,
ru) or a locale where the script or the trade differs (zh_TW, zh_CN, en_IN). Patterns use
``#`` for a digit and ``@`` for a capital letter.
"""

# fmt: off
# Printed small under a logo word: "NORTHWIND" over "LOGISTICS GROUP".
LOGO_DESCRIPTORS: dict[str, tuple[str, ...]] = {
    "en": ("Logistics Group", "Freight", "Consulting Engineers", "Architects", "Capital Partners",
           "Dental Studio", "Legal", "Print & Design", "Property Services", "Health Clinic",
           "Wealth Management", "IT Services", "Events", "Interiors", "Marine Services",
           "Engineering Group", "Communications", "Studio"),
    "pt": ("Engenharia", "Consultoria Contábil", "Arquitetura", "Advogados Associados",
           "Transportes", "Soluções em TI", "Odontologia", "Imóveis"),
    "de": ("Ingenieurbüro", "Steuerberatung", "Architekten", "Logistik Gruppe", "Immobilien",
           "Zahnarztpraxis", "Elektrotechnik", "Werbeagentur"),
    "fr": ("Architectes", "Conseil & Audit", "Transports", "Immobilier", "Avocats",
           "Expertise Comptable", "Agence Web"),
    "es": ("Arquitectos", "Asesoría Fiscal", "Transportes", "Ingeniería", "Abogados",
           "Clínica Dental", "Inmobiliaria"),
    "ru": ("Строительная компания", "Транспортная компания", "Юридические услуги",
           "Инженерные системы", "Недвижимость"),
}
# Logo words: invented from a head and a tail syllable, or short capital letters.
# What the firm's people do, printed under the firm's name ("Tax Consultant"), in the words of
# a job: a line that holds a title word but is not the person's title (printed with the name).
TRADE_LINES: dict[str, tuple[str, ...]] = {
    "en": ("Tax Consultant", "Property Consultant", "Insurance Advisor", "Interior Designer",
           "Chartered Accountant", "Civil Engineer", "Financial Advisor", "Travel Agent",
           "Real Estate Agent", "Wedding Planner", "Legal Advisor", "Management Consultant",
           "Immigration Consultant", "Career Counsellor", "Software Developer", "Architect"),
    "pt": ("Corretor de Imóveis", "Consultor Imobiliário", "Contador", "Arquiteto",
           "Advogado", "Fotógrafo"),
    "de": ("Steuerberater", "Architekt", "Rechtsanwalt", "Versicherungsberater"),
    "fr": ("Expert-Comptable", "Conseiller Immobilier", "Architecte", "Avocat"),
    "es": ("Asesor Fiscal", "Arquitecto", "Abogado", "Agente Inmobiliario"),
}
LOGO_HEADS: tuple[str, ...] = ("Nor", "Tel", "Ma", "Quin", "Sol", "Vel", "Or", "Lu", "Ka", "Zen",
                               "Ar", "Ves", "Bri", "Cor", "Dal", "Fen")
LOGO_TAILS: tuple[str, ...] = ("vik", "ora", "vex", "tra", "via", "men", "bis", "ro", "dia",
                               "tek", "ion", "wind", "mont", "lux")
RU_LOGO_WORDS: tuple[str, ...] = ("ВЕКТОР", "ГРАНИТ", "ОРИОН", "АТЛАНТ", "МЕРИДИАН", "СФЕРА")

# Slogans some cards print larger than the company name.
BIG_SLOGANS: dict[str, tuple[str, ...]] = {
    "en": ("WE MOVE WHAT MATTERS", "Built to last.", "Fresh every morning",
           "Think big. Start local.", "Your home, our passion", "Fast. Fair. Friendly.",
           "Good food, good mood", "Design that works", "DRIVEN BY DETAIL"),
    "pt": ("Qualidade que você vê", "Seu sorriso é a nossa missão", "Rápido e confiável",
           "FEITO COM CARINHO"),
    "de": ("Wir bewegen Ihre Ideen", "Alles aus einer Hand", "Sauber. Schnell. Zuverlässig."),
    "fr": ("La qualité avant tout", "Votre projet, notre métier", "TOUT SIMPLEMENT MIEUX"),
    "es": ("Calidad que se nota", "Tu proyecto, nuestro compromiso", "HECHO A MANO"),
    "ja": ("笑顔をつなぐ", "暮らしに、技術を。", "まごころ込めて"),
    "ko": ("고객 만족을 넘어 감동으로", "정직한 기술, 믿을 수 있는 서비스", "함께 만드는 내일"),
    "zh_TW": ("用心服務 品質保證", "專業值得信賴", "讓生活更美好"),
    "zh_CN": ("专注品质 服务至上", "诚信为本 客户至上", "让生活更美好"),
    "ru": ("Качество без компромиссов", "Быстро. Надёжно. Выгодно.", "ВСЁ ДЛЯ ВАШЕГО ДОМА"),
    "en_IN": ("Quality is our strength", "Trust since generations", "One stop shop"),
}

# Shops and trades: (name pattern, services printed as a list, the person's role). The
# pattern takes {family}, {given} and {brand} (a brand word of the locale).
SHOP_KINDS: dict[str, tuple[tuple[str, tuple[str, ...], str], ...]] = {
    "en": (("{family}'s Bakery", ("Fresh bread daily", "Cakes to order", "Coffee & pastries",
                                  "Party platters"), "Baker"),
           ("{brand} Auto Repair", ("Brakes & tyres", "Oil change", "Engine diagnostics",
                                    "Air conditioning"), "Mechanic"),
           ("{given}'s Hair Studio", ("Cuts & colour", "Bridal styling", "Beard trims",
                                      "Walk-ins welcome"), "Stylist"),
           ("{family} Plumbing & Heating", ("Boiler installs", "Emergency call-outs",
                                            "Bathrooms", "Free quotes"), "Plumber"),
           ("{brand} Dry Cleaners", ("Same-day service", "Alterations", "Wedding dresses"),
            "Owner"),
           ("{brand} Phone Repair", ("Screens", "Batteries", "Water damage", "Unlocking"),
            "Technician"),
           ("{family} Landscaping", ("Lawn care", "Tree trimming", "Patios & decking"),
            "Owner")),
    "pt": (("Padaria {family}", ("Pães artesanais", "Bolos sob encomenda", "Salgados",
                                 "Café da manhã"), "Proprietário"),
           ("Auto Mecânica {brand}", ("Freios e suspensão", "Troca de óleo", "Injeção eletrônica",
                                      "Alinhamento"), "Mecânico"),
           ("Salão {given}", ("Corte e escova", "Coloração", "Manicure e pedicure"),
            "Cabeleireira"),
           ("Chaveiro {brand}", ("Cópias de chaves", "Abertura de portas", "Fechaduras"),
            "Chaveiro"),
           ("Pet Shop {brand}", ("Banho e tosa", "Rações", "Acessórios"), "Proprietária")),
    "de": (("Bäckerei {family}", ("Frische Brötchen", "Torten auf Bestellung", "Partyservice"),
            "Inhaber"),
           ("Kfz-Werkstatt {family}", ("Inspektion", "Reifenservice", "Unfallinstandsetzung",
                                       "HU/AU"), "Kfz-Meister"),
           ("Friseur {given}", ("Damen & Herren", "Färben", "Hochsteckfrisuren"), "Friseurin"),
           ("Malerbetrieb {family}", ("Innenanstrich", "Fassaden", "Tapezierarbeiten"),
            "Malermeister")),
    "fr": (("Boulangerie {family}", ("Pains au levain", "Pâtisseries", "Viennoiseries"),
            "Artisan boulanger"),
           ("Garage {family}", ("Entretien toutes marques", "Pneumatiques", "Carrosserie"),
            "Mécanicien"),
           ("Salon {given}", ("Coupe & brushing", "Couleur", "Soins"), "Coiffeuse"),
           ("Plomberie {family}", ("Dépannage", "Chauffage", "Salle de bain"), "Artisan")),
    "es": (("Panadería {family}", ("Pan artesano", "Bollería", "Tartas por encargo"),
            "Propietario"),
           ("Taller {family}", ("Mecánica general", "Neumáticos", "Pre-ITV"), "Mecánico"),
           ("Peluquería {given}", ("Corte y peinado", "Mechas", "Tratamientos"), "Estilista"),
           ("Reformas {brand}", ("Cocinas y baños", "Pintura", "Fontanería"), "Encargado")),
    "ja": (("{family}食堂", ("定食", "お弁当", "ご宴会承ります"), "店主"),
           ("{family}自動車整備", ("車検", "一般整備", "板金塗装"), "代表"),
           ("ヘアサロン{family}", ("カット", "カラー", "パーマ"), "スタイリスト")),
    "ko": (("{family}네 반찬가게", ("수제 반찬", "명절 음식 주문", "도시락"), "사장"),
           ("{brand} 자동차공업사", ("엔진오일 교환", "타이어", "판금 도장"), "대표"),
           ("{brand} 헤어살롱", ("커트", "염색", "펌"), "원장"),
           ("{brand} 인테리어", ("도배", "장판", "욕실 리모델링"), "실장")),
    "zh_TW": (("{family}記小吃", ("滷肉飯", "便當", "外送服務"), "老闆"),
              ("{brand}汽車保養廠", ("定期保養", "輪胎", "鈑金烤漆"), "負責人"),
              ("{brand}髮型沙龍", ("剪髮", "染髮", "燙髮"), "設計師")),
    "zh_CN": (("{family}记面馆", ("手工面", "外卖", "包间预订"), "老板"),
              ("{brand}汽车维修中心", ("保养", "轮胎", "钣金喷漆"), "负责人"),
              ("{brand}美发沙龙", ("剪发", "染发", "烫发"), "发型师")),
    "ru": (("Автосервис «{brand}»", ("Диагностика", "Шиномонтаж", "Кузовной ремонт"), "Мастер"),
           ("Пекарня «{brand}»", ("Свежий хлеб", "Торты на заказ", "Выпечка"), "Владелец"),
           ("Салон красоты «{brand}»", ("Стрижки", "Окрашивание", "Маникюр"), "Мастер"),
           ("Ремонт квартир «{brand}»", ("Отделка", "Электрика", "Сантехника"), "Прораб")),
    "en_IN": (("{brand} Hardware & Paints", ("Sanitary fittings", "Paints", "Plumbing materials",
                                             "Electrical goods"), "Proprietor"),
              ("{brand} Sweets & Bakery", ("Pure ghee sweets", "Namkeen", "Cakes"),
               "Proprietor"),
              ("{brand} Mobile Care", ("Mobile repairs", "Accessories", "Recharge"), "Owner"),
              ("{family} Tailors", ("Gents & ladies tailoring", "Alterations", "Uniforms"),
               "Proprietor"),
              ("{brand} Travels", ("Air tickets", "Car rental", "Tour packages"), "Manager")),
}
OPENING_HOURS: dict[str, tuple[tuple[str, ...], ...]] = {  # alternatives, one per card
    "en": (("Mon–Fri 9am–6pm",), ("Mon–Sat 8:00–19:00", "Sun closed"),
           ("Open 7 days 7am–10pm",), ("Tue–Sat 10–6",)),
    "pt": (("Seg. a Sex. 8h às 18h", "Sáb. 8h às 12h"), ("Segunda a Sábado das 9h às 19h",)),
    "de": (("Mo–Fr 8–18 Uhr", "Sa 9–13 Uhr"), ("Öffnungszeiten: Di–Sa 9:00–18:30",)),
    "fr": (("Du lundi au vendredi 9h–19h", "Sam. 9h–12h"), ("Ouvert 7j/7",)),
    "es": (("L-V 9:00-14:00 y 17:00-20:00", "Sábados 10:00-14:00"), ("Abierto de lunes a sábado",)),
    "ja": (("営業時間 10:00～19:00", "定休日 水曜日"), ("営業時間 11:00～22:00",)),
    "ko": (("영업시간 09:00~18:00", "토요일 09:00~13:00 / 일요일 휴무"), ("연중무휴",)),
    "zh_TW": (("營業時間 09:00-21:00", "週一公休"), ("全年無休",)),
    "zh_CN": (("营业时间：9:00-21:00",), ("营业时间：8:30-18:00", "节假日照常营业")),
    "ru": (("Пн–Пт 9:00–18:00", "Сб 10:00–15:00, Вс — выходной"), ("Ежедневно 9:00–21:00",)),
    "en_IN": (("Timings: 10 AM to 8 PM", "Sunday Holiday"), ("Open all days 9 AM - 9 PM",)),
}
# A trade card that names the person by first name only ("Ask for Maria").
ASK_FOR: dict[str, tuple[str, ...]] = {
    "en": ("Ask for {given}", "Contact: {given}", "{given}"),
    "pt": ("Falar com {given}", "Com {given}", "{given}"),
    "de": ("Fragen Sie nach {given}", "{given}"),
    "fr": ("Demandez {given}", "{given}"),
    "es": ("Preguntar por {given}", "{given}"),
    "ru": ("Контактное лицо: {given}", "{given}"),
}
# Services a firm lists on a dense card, one theme per card.
SERVICE_LINES: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("Air & sea freight", "Customs clearance", "Warehousing"),
           ("Audit & assurance", "Tax advisory", "Payroll services"),
           ("Cloud migration", "Managed IT", "Cyber security")),
    "pt": (("Frete aéreo e marítimo", "Desembaraço aduaneiro", "Armazenagem"),
           ("Contabilidade", "Folha de pagamento", "Abertura de empresas")),
    "de": (("Luft- & Seefracht", "Zollabwicklung", "Lagerlogistik"),
           ("Jahresabschluss", "Lohnbuchhaltung", "Steuerberatung")),
    "fr": (("Fret aérien et maritime", "Dédouanement", "Entreposage"),
           ("Expertise comptable", "Paie", "Conseil fiscal")),
    "es": (("Transporte aéreo y marítimo", "Aduanas", "Almacenaje"),
           ("Asesoría contable", "Nóminas", "Gestión fiscal")),
    "ja": (("国際物流", "通関業務", "倉庫管理"),
           ("システム開発", "保守運用", "ITコンサルティング")),
    "ko": (("국제물류", "통관", "창고보관"), ("시스템 개발", "유지보수", "IT 컨설팅")),
    "zh_TW": (("國際物流", "報關", "倉儲"), ("系統開發", "維護服務", "顧問諮詢")),
    "zh_CN": (("国际物流", "报关", "仓储"), ("软件开发", "运维服务", "技术咨询")),
    "ru": (("Международные перевозки", "Таможенное оформление", "Складская логистика"),
           ("Бухгалтерский учёт", "Налоговый консалтинг", "Аудит")),
    "en_IN": (("Import & Export", "Customs Clearance", "Freight Forwarding"),
              ("Civil Contractors", "Interior Works", "Project Management")),
}
# Brazilian mobile carriers printed before a mobile number.
CARRIERS: tuple[str, ...] = ("Vivo", "Claro", "TIM", "Oi")
# Separators between a name and a title printed on one row.
NAME_TITLE_SEPARATORS: tuple[str, ...] = (" | ", ", ", " – ", " - ", " · ")

# Registration and tax numbers: printed, never phones. Per locale: (label, pattern).
REGISTRATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "en_US": (("Lic. #", "######"), ("EIN", "##-#######")),
    "en_GB": (("Company No.", "########"), ("VAT No. GB", "### #### ##")),
    "pt_BR": (("CNPJ", "##.###.###/0001-##"), ("CNPJ:", "##.###.###/0001-##"),
              ("CRECI", "#####-J")),
    "de_DE": (("USt-IdNr. DE", "#########"), ("HRB", "#####"), ("St.-Nr.", "##/###/#####")),
    "fr_FR": (("SIRET", "### ### ### #####"), ("TVA FR", "## #########")),
    "es_ES": (("CIF B", "########"), ("NIF", "########@")),
    "ja_JP": (("登録番号 T", "#############"),),
    "ko_KR": (("사업자등록번호", "###-##-#####"), ("사업자번호", "###-##-#####")),
    "en_IN": (("GSTIN:", "##@@@@@####@#Z#"), ("GST No.", "##@@@@@####@#Z#"),
              ("CIN:", "U#####@@####PTC######")),
    "zh_TW": (("統一編號", "########"), ("統編", "########")),
    "zh_CN": (("统一社会信用代码", "91######MA#@@@@@@#"), ("QQ", "#########"),
              ("QQ:", "##########")),
    "ru_RU": (("ИНН", "##########"), ("ОГРН", "#############"),
              ("ИНН/КПП", "##########/#########")),
    "en_AE": (("TRN", "###############"), ("Trade License No.", "######"),
              ("TRN:", "1##########0003")),
}
# The last address line some cards add, by locale.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "en_US": ("USA", "United States"), "en_GB": ("United Kingdom", "UK"),
    "pt_BR": ("Brasil",), "de_DE": ("Deutschland", "Germany"), "fr_FR": ("France",),
    "es_ES": ("España", "Spain"), "ja_JP": ("Japan",), "ko_KR": ("Korea", "대한민국"),
    "en_IN": ("India",), "zh_TW": ("Taiwan",), "zh_CN": ("中国",), "ru_RU": ("Россия",),
    "en_AE": ("United Arab Emirates", "UAE"),
}
# An address line between street and city: {n} a number, {k} a small number, {L} a letter,
# {family} a surname of the locale.
ADDRESS_EXTRAS: dict[str, tuple[str, ...]] = {
    "en_US": ("Suite {n}", "Floor {k}", "Building {L}, Unit {k}"),
    "en_GB": ("Unit {k}, {family} Business Park", "Suite {k}, {family} House", "{family} Court"),
    "pt_BR": ("Sala {n}", "Conjunto {n}", "Edifício {family}, {k}º andar"),
    "de_DE": ("Haus {L}", "{k}. OG", "Gewerbegebiet Nord", "Gebäude {L}"),
    "fr_FR": ("Bâtiment {L}", "ZA des Chênes", "BP {n}"),
    "es_ES": ("Polígono Industrial {family}, Nave {k}", "Edificio {family}, planta {k}"),
    "ja_JP": ("{family}ビル{k}F",),
}
# fmt: on
