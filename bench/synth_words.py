"""Vocabulary for synthetic cards: job titles, company parts, labels, per language or locale.

Kept as compact tables (formatter off) so a reader can scan a language at a glance.
"""

# fmt: off
TITLES: dict[str, tuple[str, ...]] = {
    "en": ("Chief Executive Officer", "Managing Director", "Sales Manager",
           "Senior Software Engineer", "Head of Marketing", "Account Executive", "Product Manager",
           "Financial Controller", "Operations Director", "Business Development Manager",
           "Data Scientist", "Founder & CEO", "HR Business Partner", "Project Manager",
           "Chief Technology Officer", "Talent Acquisition Lead", "Regional Sales Director",
           "Office Manager"),
    "pt": ("Diretor Comercial", "Gerente de Vendas", "Engenheira de Software",
           "Analista Financeiro", "Diretora Executiva", "Gerente de Projetos",
           "Coordenador de Marketing", "Sócio-Diretor", "Consultor Sênior",
           "Gerente de Recursos Humanos", "Advogada", "Representante Comercial"),
    "de": ("Geschäftsführer", "Vertriebsleiter", "Softwareentwicklerin", "Leiterin Marketing",
           "Projektleiter", "Key Account Manager", "Personalreferentin", "Technischer Leiter",
           "Prokurist", "Einkaufsleiter", "Steuerberaterin", "Bereichsleiter Finanzen"),
    "fr": ("Directeur général", "Responsable commercial", "Ingénieure logiciel",
           "Chef de projet", "Directrice marketing", "Chargé d'affaires",
           "Responsable des ressources humaines", "Consultant senior", "Gérant",
           "Directeur technique", "Responsable achats"),
    "es": ("Director General", "Gerente de Ventas", "Ingeniera de Software", "Jefe de Proyecto",
           "Directora de Marketing", "Responsable de Compras", "Consultor Senior",
           "Socio Director", "Técnico Comercial", "Responsable de Recursos Humanos",
           "Directora Financiera"),
    "ja": ("代表取締役社長", "取締役", "営業部長", "課長", "主任", "システムエンジニア",
           "マネージャー", "部長", "係長", "チーフデザイナー", "人事部 課長", "営業担当"),
}

# Printed on real cards next to the title; the real labels leave them out of "title".
DEPARTMENTS: dict[str, tuple[str, ...]] = {
    "en": ("Sales Department", "Global Operations", "Research & Development", "Customer Success"),
    "pt": ("Departamento Comercial", "Diretoria de Operações", "Setor de Compras"),
    "de": ("Abteilung Vertrieb", "Forschung & Entwicklung", "Kundenservice"),
    "fr": ("Service commercial", "Direction des opérations", "Pôle innovation"),
    "es": ("Departamento Comercial", "Área de Operaciones", "I+D+i"),
    "ja": ("営業部", "技術開発部", "経営企画室", "第二営業課"),
}

TAGLINES: dict[str, tuple[str, ...]] = {
    "en": ("Moving ideas forward", "Solutions that scale", "Since 1987", "Quality you can trust",
           "Engineering excellence", "Your partner in growth"),
    "pt": ("Soluções sob medida", "Desde 1992", "Qualidade e confiança", "Inovação que transforma"),
    "de": ("Qualität seit 1965", "Ihr Partner für Technik", "Lösungen mit System",
           "Made in Germany"),
    "fr": ("L'excellence au quotidien", "Depuis 1978", "Votre partenaire de confiance"),
    "es": ("Soluciones a medida", "Desde 1985", "Calidad y confianza", "Innovación constante"),
    "ja": ("未来をつくる技術", "信頼と品質", "創業1960年"),
}

INDUSTRIES: dict[str, tuple[str, ...]] = {
    "en": ("Logistics", "Analytics", "Consulting", "Engineering", "Design", "Software", "Capital",
           "Partners", "Systems", "Media", "Foods", "Health", "Energy", "Labs", "Solutions",
           "Robotics"),
    "pt": ("Logística", "Consultoria", "Engenharia", "Tecnologia", "Alimentos", "Sistemas",
           "Comércio", "Construções", "Transportes"),
    "de": ("Logistik", "Beratung", "Maschinenbau", "Software", "Technik", "Systeme", "Bau",
           "Energie", "Medien", "Elektro"),
    "fr": ("Conseil", "Logistique", "Ingénierie", "Informatique", "Médias", "Bâtiment", "Énergie",
           "Systèmes", "Transports"),
    "es": ("Consultores", "Logística", "Ingeniería", "Sistemas", "Tecnología", "Construcciones",
           "Alimentación", "Transportes"),
}
# (as printed, romanised for the domain name)
JA_INDUSTRIES: tuple[tuple[str, str], ...] = (
    ("商事", "shoji"), ("工業", "kogyo"), ("物産", "bussan"), ("技研", "giken"),
    ("システムズ", "systems"), ("建設", "kensetsu"), ("電機", "denki"),
    ("ホールディングス", "hd"), ("製作所", "seisakusho"),
)
BRAND_HEADS: tuple[str, ...] = ("Blue", "North", "Bright", "Clear", "Red", "Silver", "Summit",
                                "Apex", "Nova", "Vertex", "Harbor", "Oak", "Pine", "River",
                                "Stone", "Iron", "Cloud", "Sun")
BRAND_TAILS: tuple[str, ...] = ("peak", "wave", "line", "field", "gate", "point", "bridge",
                                "works", "path", "stone", "leaf")

# Forms starting with "," attach without a space: "Acme, Inc.".
LEGAL_FORMS: dict[str, tuple[str, ...]] = {
    "en_US": ("Inc.", ", Inc.", "LLC", "Corp.", "Co.", "LLP"),
    "en_GB": ("Ltd", "Ltd.", "Limited", "PLC", "LLP"),
    "pt_BR": ("Ltda.", "S.A.", "S/A", "ME", "EIRELI"),
    "de_DE": ("GmbH", "AG", "GmbH & Co. KG", "KG", "e.K."),
    "fr_FR": ("SARL", "SAS", "S.A.", "SA", "EURL"),
    "es_ES": ("S.L.", "S.A.", "S.L.U.", "SL"),
    "ja_JP": ("株式会社", "有限会社", "合同会社"),
}
TLDS: dict[str, tuple[str, ...]] = {
    "en_US": ("com", "com", "io", "co", "net"), "en_GB": ("co.uk", "co.uk", "com", "uk"),
    "pt_BR": ("com.br", "com.br", "com"), "de_DE": ("de", "de", "com"),
    "fr_FR": ("fr", "fr", "com"), "es_ES": ("es", "es", "com"),
    "ja_JP": ("co.jp", "co.jp", "jp", "com"),
}
GENERIC_MAILBOXES: dict[str, tuple[str, ...]] = {
    "en": ("info", "hello", "contact", "sales", "office"),
    "pt": ("contato", "comercial", "atendimento"),
    "de": ("info", "kontakt", "vertrieb"),
    "fr": ("contact", "info", "accueil"),
    "es": ("info", "contacto", "comercial"),
    "ja": ("info", "sales", "contact"),
}

# One label set per card keeps the wording consistent, as a printer's template would.
# Each set: (work, mobile, fax, one number for both).
LABEL_SETS: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "en": (("Tel", "Mobile", "Fax", "Tel/Fax"), ("T", "M", "F", "T/F"),
           ("Phone", "Cell", "Fax", "Ph/Fax"), ("Office", "Mobile", "Fax", "T/F"),
           ("P", "C", "F", "P/F"), ("Direct", "Mob", "Fax", "Tel/Fax")),
    "pt": (("Tel.", "Cel.", "Fax", "Tel/Fax"), ("Fone", "Celular", "Fax", "Fone/Fax"),
           ("T", "C", "F", "T/F"), ("Telefone", "WhatsApp", "Fax", "Tel/Fax")),
    "de": (("Tel.", "Mobil", "Fax", "Tel./Fax"), ("Telefon", "Handy", "Telefax", "Tel./Fax"),
           ("T", "M", "F", "T/F"), ("Fon", "Mobil", "Fax", "Fon/Fax")),
    "fr": (("Tél.", "Mob.", "Fax", "Tél./Fax"), ("Tél", "Portable", "Fax", "Tél/Fax"),
           ("T", "M", "F", "T/F")),
    "es": (("Tel.", "Móvil", "Fax", "Tel./Fax"), ("Teléfono", "Móvil", "Fax", "Tel/Fax"),
           ("T", "M", "F", "T/F"), ("Tlf.", "Móv.", "Fax", "Tlf./Fax")),
    "ja": (("TEL", "携帯", "FAX", "TEL/FAX"), ("電話", "携帯", "FAX", "TEL/FAX"),
           ("Tel", "Mobile", "Fax", "Tel/Fax"), ("T", "M", "F", "T/F")),
}
# fmt: on
