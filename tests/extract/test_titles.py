"""The job-title lexicon (data/titles.txt): which card lines hold a title word."""

from __future__ import annotations

import unicodedata

import pytest

from cardscan.extract import extract_contact, extract_text
from cardscan.extract.lexicon import has_cjk, load
from cardscan.extract.titles import has_title_word

from .layout_helpers import card_text, ocr

TITLE_LINES = [
    # English (US, UK, India)
    "Proprietor", "PROPRIETOR", "Founder & CEO", "Co-Founder", "Managing Partner",
    "Principal Architect", "Senior Associate", "Management Consultant",
    "Senior Software Engineer", "Estimator", "HVAC Technician", "Licensed Plumber",
    "Master Electrician", "Attorney at Law", "Solicitor", "Barrister-at-Law", "General Counsel",
    "Chartered Accountant", "Internal Auditor", "Family Physician", "Orthopaedic Surgeon",
    "Dentist", "Registered Nurse", "Clinical Pharmacist", "Associate Professor",
    "Senior Lecturer", "Research Scientist", "Business Analyst", "Web Developer",
    "Graphic Designer", "UI/UX Designer", "Chief Operating Officer", "Account Executive",
    "Project Coordinator", "IT Specialist", "Sales Representative", "Real Estate Agent",
    "Insurance Broker", "Financial Advisor", "Financial Adviser", "Owner", "Chairman",
    "Chairperson", "Vice President, Operations", "Treasurer", "Company Secretary",
    "Head of Marketing", "Head - Human Resources", "Team Lead", "Shift Supervisor",
    "Site Superintendent", "Foreman", "Executive Chef", "Editor-in-Chief", "Producer",
    "Photographer", "Store Manager", "Art Director", "CEO", "CFO", "CTO", "CMO", "CSO",
    "SVP, Sales", "EVP & General Counsel", "VP Engineering", "GM", "DGM - Finance",
    "Incharge - Accounts",
    "Barista", "Tour Guide", "Chaplain", "Firefighter", "Auctioneer", "Acupuncturist",
    # Portuguese
    "Diretor Comercial", "Diretora Financeira", "Gerente de Vendas",
    "Coordenadora de Marketing", "Supervisora de Loja", "Analista de Sistemas",
    "Consultor Imobiliário", "Engenheira Civil", "Advogada", "Sócio-Diretor", "Proprietária",
    "Vendedora", "Representante Comercial", "Escrevente Juramentado", "Tabelião Substituto",
    "Contadora", "Médica Veterinária", "Técnico em Segurança do Trabalho",
    "Assistente Administrativo", "Auxiliar de Escritório", "Estagiária", "Presidente",
    "Cabeleireira", "Estilista", "Mecânico", "Soldador", "Pedreiro", "Instalador",
    # Spanish
    "Director General", "Directora de Recursos Humanos", "Jefe de Ventas", "Jefa de Compras",
    "Peluquera", "Electricista", "Fontanero", "Cerrajero", "Mecánico", "Albañil",
    "Coordinador de Proyectos", "Asesora Comercial", "Abogado", "Ingeniero Industrial",
    "Licenciado en Administración", "Contador Público", "Socia Fundadora", "Propietario",
    "Ejecutiva de Cuentas", "Vendedor",
    # German
    "Geschäftsführer", "Geschäftsführerin", "GESCHÄFTSFÜHRER", "Inhaberin", "Prokurist",
    "Vorstand", "Vorstandsvorsitzender", "Vertriebsleiter", "Projektleiterin",
    "VERTRIEBSLEITER", "Leiter Einkauf", "Steuerberaterin", "Unternehmensberater",
    "Elektromeister", "Malermeister", "Friseurmeisterin", "Kfz-Meister", "Bauingenieur",
    "Personalreferentin", "Produktmanager", "Marketingdirektor", "Partnerin",
    "Rechtsanwältin", "Fachanwalt für Arbeitsrecht", "Wirtschaftsprüfer", "Architektin",
    "Sachbearbeiterin", "Industriekaufmann", "Kauffrau für Büromanagement",
    "Kundenbetreuerin", "Zahnärztin", "Mechaniker", "Schweißer", "Dachdecker",
    # French
    "Directeur Commercial", "Directrice Générale", "Gérant", "Présidente",
    "Responsable Commercial", "Chef de projet", "Chargée de clientèle",
    "Ingénieur d'affaires", "Avocate", "Notaire", "Médecin généraliste", "Pharmacienne",
    "Conseillère en patrimoine", "Technico-commercial", "Propriétaire", "Associé",
    "Expert-comptable", "Technicienne de laboratoire", "Assistante de direction", "Soudeur",
    "Peintre",
    "Coiffeuse", "Mécanicien", "Esthéticienne", "Artisan boulanger",
    # Italian
    "Direttore Commerciale", "Amministratore Delegato", "Responsabile Acquisti", "Titolare",
    "Socio", "Consulente Finanziario", "Ingegnere", "Avvocato", "Commercialista", "Geometra",
    "Dottore Commercialista",
    # Dutch
    "Directeur", "Eigenaar", "Bedrijfsleider", "Projectleider", "Hypotheekadviseur",
    "Vennoot", "Accountmanager", "Verkoopmedewerker",
    # Swedish, Norwegian, Danish, Finnish
    "VD", "Verkställande direktör", "Försäljningschef", "Daglig leder", "Adm. direktør",
    "Indehaver", "Ejer", "Salgssjef", "Prosjektleder", "Projektledare", "Toimitusjohtaja",
    "Myyntipäällikkö",
    # Polish, Turkish, Vietnamese, Russian
    "Prezes Zarządu", "Dyrektor Handlowy", "Kierownik Projektu", "Specjalista ds. Sprzedaży",
    "Właściciel", "Genel Müdür", "Satış Müdürü", "SATIŞ MÜDÜRÜ", "Uzman", "YÖNETİCİ",
    "Giám đốc", "GIÁM ĐỐC", "Trưởng phòng Kinh doanh", "Phó Giám đốc", "Nhân viên Kinh doanh",
    "Generalnyi direktor", "Direktor", "Генеральный директор", "Менеджер по продажам",
    # Japanese
    "代表取締役社長", "取締役", "営業部 部長", "課長", "係長", "主任", "次長", "室長", "所長",
    "支店長", "店長", "営業担当", "専務取締役", "常務", "執行役員", "会長", "顧問",
    "マネージャー", "システムエンジニア", "エンジニア", "技術部 エンジニア",
    # Korean
    "대표이사", "대표", "사장", "부장", "차장", "과장", "팀장", "이사", "상무", "전무", "실장",
    "본부장", "주임", "사원", "매니저",
    "대리", "영업팀 대리", "연구원", "기술연구소 연구원", "선임 연구원", "기자",  # alone
    "개발팀 팀원", "선임 엔지니어", "공인중개사", "總幹事", "文員",
    # Chinese (simplified, traditional)
    "总经理", "總經理", "销售经理", "業務經理", "总监", "總監", "董事长", "董事長", "主管",
    "行銷企劃", "营销企划", "營業部長",
    "工程师", "工程師", "副总裁",
    # Arabic, Indonesian
    "مدير المبيعات", "مهندس مدني", "Direktur Utama", "Konsultan Pajak", "Ketua", "Sekretaris",
    "Inköpare", "Лікар", "Boekhouder", "Friseurin",
]  # fmt: skip

NOT_TITLE_LINES = [
    # Company names
    "Nordic Freight AB", "Müller Logistik GmbH", "Clínica Sorriso", "株式会社山田商事",
    "Consultora Andina",  # Spanish "consultora" is a consulting firm
    "Corretora de Seguros Alfa", "Editora Abril", "Produtora Luz",
    "山田エンジニアリング", "エンジニアリング部",  # エンジニア counts standing alone only
    # 대리 (assistant manager), 연구원 (researcher), 책임 (principal) and 의사 (doctor)
    # count only standing alone: glued, they are a dealership, an institute and plain words
    "삼성전자 대리점", "한국전자통신연구원", "책임감 있는 시공", "원활한 의사소통", "대리운전",
    "한빛엔지니어링", "건축설계사무소",
    "行銷企劃部", "總經理室",  # a title word before a unit suffix names the unit
    "Centro Médico San José", "Clínica Médica Vida", "Hospital Veterinário",
    "Studio Tecnico Rossi", "Despacho Contable", "Cabinet Comptable",
    "Advogados Associados", "Chartered Accountants", "Building Contractors",
    "Peluquería Sol", "Fontanería López", "Cerrajería 24h",  # the trade's shops
    "Salon de coiffure Léa", "Garage Mécanique Roux",
    # Department and service lines: a department is not a title without a head word
    "Sales Department", "Abteilung Vertrieb", "Vertrieb", "Marketing", "Service commercial",
    "Servicio Técnico", "Asistencia Técnica", "Assistência Técnica Autorizada",
    "Departamento Comercial", "Ufficio Tecnico", "Customer Service", "Buchhaltung",
    "営業部", "総務部 人事課", "経理部", "연구개발팀", "技术部", "销售部", "Phòng Kinh doanh",
    "Satış Departmanı", "Dział Sprzedaży",
    # Slogans and closing lines
    "Quality you can trust", "Since 1985", "Fresh bread every day",
    "Designer Sarees & Suits", "Exclusive designer collection", "감사합니다",
    "Member of FIATA", "Authorised Dealer",
    # Addresses, and CJK words that hold a title-like substring (代表, 理事, 국장, 계장)
    "Rua Augusta 1200", "Hauptstraße 5", "123 Main Street, Suite 400",
    "Centre Commercial Les Halles", "代表電話 03-1234-5678", "上海代表处", "管理事務所",
    "한국장학재단", "회계장부 정리",
    # Person names, including surnames that end like a trade title
    "Maria Santos", "Hans Meister", "Hans Baumeister", "Anna Hofmeister", "Thomas Kaufmann",
    "Anna Koch", "John Cook", "Lucía Pastor", "Pierre Dubois", "山田 太郎", "김민준", "王伟",
    "Nguyễn Văn An", "Mehmet Yılmaz", "Jan Kowalski",
    # Words that name a job only at the end of a short line, put first or in a longer line
    "Head Office", "Head Office: 12 MG Road", "Student Housing Solutions", "Coach Tours",
    "Arrow Head Industries", "Event Planners", "The Creative Head Salon & Spa",
    "Doctor Phone Repairs", "Driver Services", "Staff Canteen", "Guide Book",
]  # fmt: skip

# A job word that ends a short line ("Brand Designer"), "Head" before a department, and
# abbreviated titles.
TAIL_AND_ABBREVIATED_TITLES = [
    "Designer", "Brand Designer", "Creative Head", "IT Head", "Head, HR", "Head Operations",
    "Head – Sales", "Wedding Planner", "B.Tech Student", "Research Scholar", "Mgr.",
    "Sr. Exec.", "Prop.", "AGM - Sales", "Asst. Prof.", "संचालक", "CMD", "Freelancer", "Author",
    "Family Doctor", "DOCTOR", "Truck Driver", "Sales Staff", "Tour Guide",
]  # fmt: skip


@pytest.mark.parametrize("text", TAIL_AND_ABBREVIATED_TITLES)
def test_job_words_at_a_line_end_and_abbreviations_are_titles(text: str) -> None:
    assert has_title_word(text), text


@pytest.mark.parametrize("text", TITLE_LINES)
def test_title_lines_hold_a_title_word(text: str) -> None:
    assert has_title_word(text)


@pytest.mark.parametrize("text", NOT_TITLE_LINES)
def test_other_lines_hold_no_title_word(text: str) -> None:
    assert not has_title_word(text)


def test_suffix_entries_need_a_word_before_them() -> None:
    # "-meisterin" is case-sensitive: glued to a trade it matches, a capitalised word does not.
    assert has_title_word("Friseurmeisterin")
    assert not has_title_word("Meisterin Müller")


def test_entries_are_unique_nfc_and_not_single_cjk_characters() -> None:
    entries = load("titles")
    keys = [e if e.startswith("-") else e.casefold() for e in entries]
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]
    assert all(unicodedata.normalize("NFC", e) == e for e in entries)
    assert not [e for e in entries if has_cjk(e) and len(e) < 2]
    assert all(len(e) > 3 for e in entries if e.startswith("-"))
    assert all(has_cjk(e) for e in entries if e.startswith("="))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Vikram Joshi\n(Proprietor)\nShree Ganga Stores", "Proprietor"),
        ("Vikram Joshi\n[Managing Director]\nOrbit Steel Limited", "Managing Director"),
        ("Vikram Joshi\nDirector (Sales)\nOrbit Steel Limited", "Director (Sales)"),
    ],
)
def test_brackets_around_a_whole_title_are_dropped(text: str, want: str) -> None:
    assert extract_text(text).title == want, text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Priya Nair\nMARKETINGMANAGER\nOrbit Steel Limited", "MARKETING MANAGER"),
        ("Priya Nair\nS E N I O R  A R C H I T E C T\nVista Build", "SENIOR ARCHITECT"),
        ("Priya Nair\nHEADOFMARKETING\nOrbit Steel Limited", "HEAD OF MARKETING"),
        ("Tobias Berger\nServiceberater\nAutohaus Berger GmbH", "Serviceberater"),  # one word
        ("Priya Nair\nSr.SalesManager\nOrbit Steel Limited", "Sr.Sales Manager"),
        ("Priya Nair\nAreaManager - North\nOrbit Steel Limited", "Area Manager - North"),
    ],
    ids=["glued", "letter-spaced", "head-of", "german-compound-stays", "glued-after-abbreviation",
         "glued-in-a-longer-line"],
)
def test_a_title_read_without_its_spaces_gets_them_back(text: str, title: str) -> None:
    assert extract_text(text).title == title, text


def test_a_glued_company_name_is_not_split_into_a_title() -> None:
    text = "NORTHWINDLOGISTICS\nPriya Nair\nSales Manager\npriya@northwind.example"
    assert extract_text(text).title == "Sales Manager", text


@pytest.mark.parametrize("title", ["Sales Head", "Zonal Head", "Head - Operations"])
def test_head_after_what_it_heads_is_a_title(title: str) -> None:
    text = f"Anil Kapadia\n{title}\nKapadia Auto Agencies"
    assert extract_text(text).title == title, text


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Loan Officer | NMLS #123456", "Loan Officer"),
        ("Realtor, CA DRE #01234567", "Realtor"),
        ("Advogado OAB/SP 123.456", "Advogado"),
        ("Director - Licensing", "Director - Licensing"),
    ],
)
def test_a_licence_number_is_not_part_of_the_title(line: str, want: str) -> None:
    text = f"Marisa Quenby\n{line}\nHarborview Home Mortgage"
    assert extract_text(text).title == want, text


def test_trades_name_the_company() -> None:
    text = "Tom Baker\nOwner\nBaker's Auto Repair\n555-123-4567"
    assert extract_text(text).company == "Baker's Auto Repair", text


@pytest.mark.parametrize(
    ("line", "title", "company"),
    [
        ("Marketing Director, Quorrel Ltd.", "Marketing Director", "Quorrel Ltd."),
        ("Senior Engineer at Brightpath Inc.", "Senior Engineer", "Brightpath Inc."),
        ("Head of Sales | Fernhill Group", "Head of Sales", "Fernhill Group"),
    ],
)
def test_title_and_company_on_one_line_are_cut_apart(line: str, title: str, company: str) -> None:
    text = f"Hannah Whitcombe\n{line}\n+44 7700 900123"
    got = extract_text(text)
    assert (got.title, got.company) == (title, company), text


def test_the_title_before_the_firms_name_repeated_on_its_line_is_the_title() -> None:
    """The firm's name printed over the person and again after the title."""
    text = "Quorrel Ltd.\nHannah Whitcombe\nSales Manager | Quorrel Ltd.\n+44 7700 900123"
    got = extract_text(text)
    assert (got.title, got.company) == ("Sales Manager", "Quorrel Ltd."), text


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Sales Manager, North Region", "Sales Manager"),
        ("Director/ Export Sales Team", "Director"),
        ("Procurement, Senior Buyer", "Senior Buyer"),
        ("Owner / Head Chef", "Owner / Head Chef"),  # two jobs: both are the title
        ("Manager - Claims & Customer Care", "Manager - Claims & Customer Care"),
        # a bar or a bullet sets fields apart, spaced or read glued
        ("Sales Manager | Wexford Plant 4", "Sales Manager"),
        ("Site Engineer • Depot 12", "Site Engineer"),
        ("Consultant|Wexford", "Consultant"),
    ],
)
def test_of_a_title_cut_by_commas_slashes_or_bars_the_part_naming_a_job_is_kept(
    line: str, want: str
) -> None:
    text = f"Hannah Whitcombe\n{line}\n+44 7700 900123"
    assert extract_text(text).title == want, text


def test_a_bar_kept_for_the_title_is_a_space_in_the_firm_and_the_address() -> None:
    """The line's rest keeps a bar or bullet between fields (lines.clean_rest) so the title
    can be cut there; the firm's name and the address read on as before."""
    text = (
        "NORTHWIND | LOGISTICS\nJordan Blake\nSales Manager\n"
        "12 High Street • London • W1A 1AA\nT +44 20 7946 0958"
    )
    got = extract_text(text)
    assert (got.company, got.address) == ("NORTHWIND LOGISTICS", "12 High Street London W1A 1AA")


@pytest.mark.parametrize("title", ["Chef de Projet", "Directeur de Production"])
def test_a_title_going_on_in_lower_case_holds_no_name(title: str) -> None:
    """On a card printing no name, the words after the job word are the title's own."""
    text = f"Northwind Trading Ltd\n{title}\nT +44 20 7946 0958\nE info@northwind.co.uk"
    got = extract_text(text)
    assert (got.name, got.title) == (None, title), text


@pytest.mark.parametrize("field", ["Booth 12", "North Region", "Weddings"])
def test_a_job_found_by_its_place_ends_at_a_bar(field: str) -> None:
    """A job the vocabulary lacks, under the name, with another field after a bar."""
    text = f"Northwind Trading Ltd\nJordan Blake\nEvent Planner | {field}\n+44 7700 900123"
    assert extract_text(text).title == "Event Planner", text


@pytest.mark.parametrize(
    "text",
    ["Олена Бондар\nКерівник відділу продажів", "राजेश वर्मा\nप्रबंधक", "Nadia Kusuma\nPemilik"],
    ids=["ukrainian", "hindi", "indonesian"],
)
def test_titles_in_ukrainian_hindi_and_indonesian(text: str) -> None:
    assert extract_text(text).title == text.splitlines()[1], text


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("B.Tech, MBA | Director", "Director"),
        ("MBBS, MD - Consultant Physician", "Consultant Physician"),
        ("Partner, FCA", "Partner"),
        ("Asst. Prof.", "Asst. Prof."),
        ("Sr. Executive", "Sr. Executive"),  # "Sr." is the rank here
    ],
)
def test_degrees_beside_the_title_are_not_part_of_it(line: str, want: str) -> None:
    text = f"Rohan Iyer\n{line}\nIyer & Co."
    assert extract_text(text).title == want, text


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("박은주 경영지원팀 이사", "경영지원팀 이사"),
        ("최 정훈|해외사업부 이사", "해외사업부 이사"),
        ("영업부 부장", "영업부 부장"),
    ],
)
def test_a_cjk_name_opening_the_title_line_is_not_part_of_the_title(line: str, want: str) -> None:
    text = f"EUNJU PARK\n{line}\nDaesung Chemical Co., Ltd.\neunju.park@daesung.example.kr"
    assert extract_text(text).title == want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sales & Marketing", True),
        ("営業推進部", True),
        ("품질관리팀", True),
        ("市场部", True),
        ("研究開発センター", True),
        ("部長", False),  # a title, though it opens with the department's character
        ("営業部 部長", False),  # department and title: a title line
        ("대표이사", False),
        ("株式会社", False),
        ("Media Group", False),  # names a kind of firm
    ],
)
def test_names_a_department(text: str, want: bool) -> None:
    from cardscan.extract.titles import names_a_department

    assert names_a_department(text) is want, text


def test_a_department_between_name_and_title_does_not_set_them_apart() -> None:
    from cardscan.extract import extract_contact

    from .layout_helpers import card_text, ocr

    rows = (
        ("한결산업(주)", 400, 60, 50),
        ("박 지호", 80, 300, 30),
        ("Park Jiho", 80, 340, 24),
        ("생산기술팀", 80, 380, 14),
        ("차장", 80, 410, 14),
        ("jiho.park@hangyeol.co.kr", 80, 520, 18),
    )
    assert extract_contact(ocr(*rows), source="-").title == "차장", card_text(rows)


@pytest.mark.parametrize(
    "department", ["Setor de Compras", "Departamento Comercial", "Abteilung Einkauf"]
)
def test_a_department_in_another_language_does_not_set_name_and_title_apart(
    department: str,
) -> None:
    from cardscan.extract import extract_contact

    from .layout_helpers import card_text, ocr

    rows = (
        ("Luz & Modelo Ltda.", 70, 110, 53),
        ("Contador", 72, 163, 33),
        ("Telefone +55 (11) 3555-9394", 700, 337, 24),
        ("Maria Julia Aparecida", 70, 371, 46),
        ("contato@luzmodelo.com.br", 700, 387, 30),
        (department, 71, 417, 23),
        ("Gerente de Vendas", 70, 437, 24),
    )
    got = extract_contact(ocr(*rows), source="-").title
    assert got == "Gerente de Vendas", card_text(rows)


def test_the_title_next_to_the_name_beats_a_line_under_the_firms_name() -> None:
    """What the firm does, printed under its name far above the person, scores as a title;
    the title printed under the person's name is theirs."""
    from cardscan.extract import extract_contact

    from .layout_helpers import card_text, ocr

    rows = (
        ("Solvent Obras S.L.", 60, 60, 34),
        ("Abogado", 60, 100, 26),
        ("Tlf. +34 955 55 01 23 Móv. +34 655 55 01 24", 700, 300, 22),
        ("n.ferrer@solvent-obras.es", 950, 330, 22),
        ("Calle del Olmo, 14, 41001 Sevilla", 630, 350, 24),
        ("Nuria Ferrer Blasco", 60, 560, 44),
        ("Gerente de Ventas", 60, 610, 22),
    )
    assert extract_contact(ocr(*rows), source="-").title == "Gerente de Ventas", card_text(rows)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("품질관리팀 대리", True),
        ("대리", True),
        ("營養師", True),
        ("한빛대리점", False),  # a dealer: the word goes on after the title's letters
        ("台北市營養師公會", False),  # an association
        ("代表處", False),
    ],
)
def test_cjk_words_that_name_a_job_only_at_the_end(text: str, want: bool) -> None:
    assert has_title_word(text) is want, text


def test_distance_to_the_name_counts_from_its_line_in_either_script() -> None:
    from cardscan.extract import pick_fields, read_values

    from .layout_helpers import card_text, ocr

    rows = (
        ("김하늘", 80, 200, 40),
        ("Kim Haneul", 80, 250, 20),
        ("Seoul Office", 80, 280, 14),
        ("디자인팀 대리", 80, 305, 14),
        ("haneul.kim@garam.co.kr", 80, 520, 18),
    )
    people = pick_fields(read_values(ocr(*rows), None), record := {})
    assert people.name is not None and set(people.name.block) == {0, 1}, card_text(rows)
    distance = {c.text: c.features["distance"] for c in record["title"]}
    # Two lines below "Kim Haneul", three below "김하늘".
    assert distance == {"디자인팀 대리": 2.0}, card_text(rows)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("业务 经理", "业务经理"),  # a space OCR put inside the word
        ("市场部 高级工程师", "市场部 高级工程师"),  # a department, then the title
        ("영업팀 과장", "영업팀 과장"),  # Korean puts spaces between words
        ("Sales Manager", "Sales Manager"),
    ],
)
def test_spaces_inside_a_chinese_or_japanese_title_are_closed(line: str, want: str) -> None:
    from cardscan.extract.title_text import title_of

    assert title_of(line) == want, line


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("책임 연구원", "책임연구원"),  # a space OCR put inside a Korean title word
        ("海外营业部高级工程师", "海外营业部 高级工程师"),  # a department glued to the title
        ("資材課業務代表", "資材課 業務代表"),
        ("기술지원팀수석연구원", "기술지원팀 수석연구원"),
        ("客服中心技术总监", "客服中心 技术总监"),  # a centre (中心) is a department too
        ("技术部经理", "技术部经理"),  # a two-character head noun is one word with it
        ("营业部长", "营业部长"),  # 部长 is the title: nothing before it is a department
        ("영업부장", "영업부장"),
        # a title that stands alone only ("=대리") glued after a team's suffix
        ("해외영업팀대리", "해외영업팀 대리"),
        ("서울대리점", "서울대리점"),  # a dealership: no unit before 대리
    ],
)
def test_cjk_title_words_closed_and_departments_set_apart(line: str, want: str) -> None:
    from cardscan.extract.title_text import title_of

    assert title_of(line) == want, line


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("차장:", "차장"),
        ("Sales Manager:", "Sales Manager"),
        (": Director", "Director"),
        ("Proprietor .", "Proprietor"),  # a speck apart from the word
        ("상무.", "상무"),  # a Latin full stop after a CJK word: a speck
        ("営業部長.", "営業部長"),
        ("Asst. Mgr.", "Asst. Mgr."),  # an abbreviation's dot stays
    ],
)
def test_a_colon_at_a_titles_ends_is_layout(line: str, want: str) -> None:
    from cardscan.extract.title_text import title_of

    assert title_of(line) == want, line


def test_a_korean_title_read_with_a_space_inside_is_a_title() -> None:
    from cardscan.extract.titles import has_title_word

    assert has_title_word("책임 연구원"), "책임 연구원"


@pytest.mark.parametrize("label", ["대표전화:", "代表電話", "대표번호"])
def test_a_title_word_opening_a_field_label_is_no_title(label: str) -> None:
    """대표 is a title (the head of a firm), but "대표전화" is the firm's main number."""
    from cardscan.extract.titles import has_title_word

    assert not has_title_word(label), label


def test_a_phone_line_with_a_bracketed_extension_leaves_no_title_behind() -> None:
    card = "김하늘\n수석연구원\n대표전화: +82-53-555-4671 (내선 869)\nhaneul@example.co.kr"
    assert extract_text(card).title == "수석연구원", card


@pytest.mark.parametrize(
    "text",
    [
        "Diretor Comercial\nVale Verde Ltda.\nTel (11) 5555-1234\nvendas@valeverde.com.br",
        "Sales Manager\nBluewater Marine Supply\n+1 206 555 0147\nsales@bluewater-marine.com",
    ],
)
def test_a_card_whose_name_was_not_read_keeps_its_title(text: str) -> None:
    """With no name found, how far the title sits from it is unknown, not far."""
    contact = extract_text(text)
    assert (contact.name, contact.title) == (None, text.splitlines()[0]), text


@pytest.mark.parametrize("separator", [" - ", ", ", " | "])
def test_the_title_printed_with_the_name_wins_over_a_firms_job_like_line(separator: str) -> None:
    """ "Immigration Consultant" under the firm says what the firm does; the person's title
    is the one printed on the name's own line."""
    card = (
        f"Paige Dale{separator}Founder & CEO\nDaltra\nDental Studio\nImmigration Consultant\n"
        "E| paige@daltra.example.uk"
    )
    got = extract_text(card)
    assert (got.name, got.title) == ("Paige Dale", "Founder & CEO"), card


@pytest.mark.parametrize("title", ["Propritor", "Proprieter", "Prop."])
def test_how_shop_cards_spell_proprietor_is_a_title(title: str) -> None:
    card = f"Sai Hardware\nRamesh Patil\n{title}\nMob. 98220 12345"
    assert extract_text(card).title == title, card


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("기술연구소 과장", "기술연구소 과장"),
        ("디자인센터 팀장", "디자인센터 팀장"),
        ("김민준 과장", "과장"),  # a name opening the title line still goes
    ],
)
def test_a_research_lab_or_centre_opening_the_title_line_is_no_name(line: str, want: str) -> None:
    """"기술연구소" (technical research lab) starts with a family name's syllable and is as
    long as a name, but it ends as a unit does: the department stays with the title."""
    text = f"(주)한빛제약\n오 서윤\n{line}\nseoyun@hanbit-pharm.co.kr"
    assert extract_text(text).title == want, text


@pytest.mark.parametrize(
    ("text", "slogan"),
    [
        ("고객 만족을 넘어 감동으로", True),
        ("최선을 다하겠습니다", True),
        ("내일을 여는 기술", True),  # a verb qualifying a noun: a clause
        ("우리는 약속합니다", True),
        ("㈜한빛시스템즈", False),
        ("한빛 헤어 살롱", False),
        ("서울특별시 강남구 테헤란로 123", False),
    ],
)
def test_a_line_ending_as_a_korean_sentence_is_a_slogan(text: str, slogan: bool) -> None:
    from cardscan.extract.titles import is_slogan

    assert is_slogan(text) is slogan, text


@pytest.mark.parametrize(
    ("text", "slogan"),
    [
        ("Clean home, happy home", True),  # a word said twice, once in lower case
        ("Sauber. Schnell. Zuverlässig.", True),  # sentences of one word each
        ("Kuala Lumpur, Kuala Lumpur", False),  # a name said twice keeps its capitals
        ("New York, New York 10001", False),  # an address
        ("Hart, Hart & Cole LLP", False),  # a legal form
        ("Gerente de vendas, vendas corporativas", False),  # a job word
        ("Pintura · Reformas · Elétrica", False),  # a list of services
        ("Dr. med. dent.", False),
    ],
)
def test_parallel_clauses_are_a_slogan(text: str, slogan: bool) -> None:
    from cardscan.extract.titles import is_slogan

    assert is_slogan(text) is slogan, text


@pytest.mark.parametrize(
    ("text", "slogan"),
    [
        ("Your partner in growth", True),
        ("Nossa missão é servir", True),
        ("Nossa", False),  # one word: a piece of a row the OCR cut, not a phrase
        ("Your", False),
    ],
)
def test_a_slogan_word_makes_a_slogan_of_a_phrase_only(text: str, slogan: bool) -> None:
    from cardscan.extract.titles import is_slogan

    assert is_slogan(text) is slogan, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Manager - Claims & Customer Care", 4),  # "-" and "&" are not words
        ("Senior Vice President, Global Sales & Business Development", 3),  # its job part
        ("Owner / Chef", 2),  # two jobs: both parts count
    ],
)
def test_a_titles_length_is_its_job_parts_words(text: str, want: int) -> None:
    from cardscan.extract.titles import title_words

    assert title_words(text) == want, text


def test_a_long_department_after_the_title_does_not_hide_it() -> None:
    text = (
        "Lena Ortiz\nSenior Vice President, Global Sales & Business Development\n"
        "Northwind Traders Ltd.\nlena.ortiz@northwind.example"
    )
    assert extract_text(text).title == "Senior Vice President", text


def test_a_long_line_holding_a_title_word_is_no_title() -> None:
    from cardscan.extract.titles import is_title_line

    from .layout_helpers import card_lines

    text = "Consultant for pumps valves motors pipes fittings and industrial plants"
    assert not is_title_line(card_lines((text, 40, 40, 20))[0]), text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("業務", True),  # Taiwanese "Sales", the job
        ("業務範圍", False),  # the firm's business
        ("건축사", True),
        ("한빛건축사사무소", False),  # an architect's office
        ("管理栄養士", True),
        ("日本栄養士会", False),  # an association
        ("インストラクター", True),
        ("Cashier", True),
        ("Community Volunteer", True),
        ("Volunteer Services", False),
    ],
)
def test_trades_and_licensed_professions_are_job_words_where_they_end_a_line(
    text: str, want: bool
) -> None:
    assert has_title_word(text) is want, text


@pytest.mark.parametrize("title", ["Financial Advisor", "Managing Partner", "Store Manager"])
def test_a_title_printed_under_the_contact_block_is_found(title: str) -> None:
    """The card's only job-word line, printed three lines and more from the name, is the
    person's title: distance beyond two lines no longer counts against it."""
    from cardscan.extract import extract_contact

    from .layout_helpers import card_text, ocr

    rows = (
        ("Harrow & Finch", 60, 60, 40),
        ("Elena Marsh", 60, 200, 36),
        ("T +44 20 7946 0321", 60, 260, 22),
        ("elena.marsh@harrowfinch.co.uk", 60, 300, 22),
        ("14 Quay Street, Bristol BS1 4DJ", 60, 340, 22),
        (title, 60, 420, 24),
    )
    assert extract_contact(ocr(*rows), source="-").title == title, card_text(rows)


@pytest.mark.parametrize(
    "title", ["Assistant General Manager", "Head of Business Development", "Director of Sales"]
)
def test_a_long_title_on_a_card_without_a_name_is_found(title: str) -> None:
    """No name was read (a firm's card, or OCR lost it): the title is still the card's."""
    text = f"Northwind Infra Pvt. Ltd.\n{title}\n+91 98450 12345\ninfo@northwindinfra.in"
    assert extract_text(text).title == title, text


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a surname ending like a job ("-leiter", "-leder") after a known given name
        (
            "Brookfen Software GmbH\nHanna Kaltleiter\nVertriebsleiter\n+49 30 555 0142",
            "Hanna Kaltleiter",
            "Vertriebsleiter",
        ),
        (
            "Brookfen AS\nKari Vinterleder\nProsjektleder\n+47 22 55 50 14",
            "Kari Vinterleder",
            "Prosjektleder",
        ),
    ],
)
def test_a_surname_ending_like_a_job_after_a_given_name_is_no_title(
    text: str, name: str, title: str
) -> None:
    got = extract_text(text)
    assert (got.name, got.title) == (name, title), text


def test_a_job_word_set_with_the_firms_rows_is_not_the_nearer_title() -> None:
    """ "Architecte" under the firm's logo and descriptor, the name set apart below it, says
    what the firm does; the title in the name's block is the person's, though a line naming
    a team stands between them."""
    from cardscan.extract import extract_contact

    from .layout_helpers import card_text, ocr

    rows = (
        ("LUMIRA", 390, 140, 80),
        ("Architectes", 390, 250, 34),
        ("Architecte", 390, 295, 36),
        ("Hélène Marchal", 100, 405, 36),
        ("Pôle clients", 100, 445, 24),
        ("Responsable commercial", 100, 470, 24),
        ("Portable : 06 12 34 56 78", 100, 580, 24),
        ("h.marchal@lumira-archi.fr", 100, 610, 24),
    )
    got = extract_contact(ocr(*rows), source="-").title
    assert got == "Responsable commercial", card_text(rows)


@pytest.mark.parametrize(
    ("text", "slogan"),
    [
        ("品质为本 服务至上", True),  # phrases of four characters, two
        ("用心經營 誠信待客", True),
        ("精准 高效 共赢", True),  # of two characters, three
        ("宏达电子 有限公司", False),  # a legal form
        ("华信 科技", False),  # a kind of business, and only two phrases of two
        ("王 大明 經理", False),  # a name and a job
        ("宏达汽车维修中心", False),  # one run of characters
    ],
)
def test_parallel_han_phrases_are_a_slogan(text: str, slogan: bool) -> None:
    from cardscan.extract.titles import is_slogan

    assert is_slogan(text) is slogan, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sales & Marketing", True),
        ("해외영업부", True),
        ("営業推進部", True),
        ("研究開発センター", False),  # a centre may be a firm of its own
        ("明光汽车维修中心", False),  # a garage
        ("디자인실", False),  # a studio
    ],
)
def test_names_only_a_department(text: str, want: bool) -> None:
    from cardscan.extract.titles import names_only_a_department

    assert names_only_a_department(text) is want, text


@pytest.mark.parametrize(
    ("over_name", "want"),
    [(("Bringing stories home", 300, 95), None), (("Storyteller", 300, 215), "Storyteller")],
    ids=["the-firms-tagline", "the-persons-job"],
)
def test_a_line_over_the_name_set_with_the_firm_is_its_tagline(
    over_name: tuple[str, int, int], want: str | None
) -> None:
    """No line holds a job word: the line right over the name is the title by its place, unless
    it is set with the firm's name, the name far below it (a tagline)."""
    from cardscan.extract import extract_contact

    from .layout_helpers import card_text, ocr

    rows = (
        ("Halloran & Pike, Inc.", 280, 50, 40),
        (*over_name, 24),
        ("Nadia Okafor", 300, 250, 48),
        ("P (312) 555-0147", 360, 430, 28),
        ("hello@halloranpike.example", 300, 470, 30),
    )
    got = extract_contact(ocr(*rows), source="-")
    assert (got.company, got.title) == ("Halloran & Pike, Inc.", want), card_text(rows)


def test_a_latin_title_stands_in_for_a_cjk_one_that_was_not_read() -> None:
    """On a Korean card whose 차장 OCR misread ("자장"), the English title printed under it
    is the person's title; with a Korean title read, that one is given."""
    rows = [
        ("손 도윤", 60, 40, 80),
        ("Son Doyun", 60, 130, 34),
        ("자장", 60, 180, 27),
        ("Deputy General Manager", 60, 215, 32),
        ("한빛물류(주)", 60, 300, 35),
        ("Tel +82-53-555-0142", 60, 350, 30),
        ("E-mail doyun.son@hanbit-logis.co.kr", 60, 390, 30),
        ("대구광역시 북구 달구벌대로 114-24 10층", 60, 430, 30),
    ]
    assert extract_contact(ocr(*rows), source="-").title == "Deputy General Manager", card_text(
        rows
    )
    rows[2] = ("차장", 60, 180, 27)
    assert extract_contact(ocr(*rows), source="-").title == "차장", card_text(rows)
