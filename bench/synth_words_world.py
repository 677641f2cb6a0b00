"""Vocabulary of the varied mix's new locales: Korean, Indian English, Chinese (Taiwan and
mainland), Russian and Gulf English cards.

General words and place names written for the project (no card's contents). Tables are keyed
by the same keys as ``synth_words``: a locale for legal forms and domains, a "vocabulary key"
(``ko``, ``en_IN``, ``zh_TW``, ``zh_CN``, ``ru``, ``en_AE``) for words.
"""

# fmt: off
TITLES: dict[str, tuple[str, ...]] = {
    "ko": ("대표이사", "대표", "이사", "상무", "전무", "부장", "차장", "과장", "대리", "주임",
           "팀장", "실장", "본부장", "책임연구원", "선임연구원", "수석연구원", "매니저", "센터장"),
    "en_IN": ("Proprietor", "Partner", "Director", "Managing Director", "Manager",
              "Sr. Executive", "Sales Executive", "Area Sales Manager", "General Manager",
              "Asst. Manager", "Branch Manager", "Marketing Executive", "Sr. Manager - Operations",
              "Business Development Executive", "Chief Financial Officer", "Chartered Accountant"),
    "zh_TW": ("總經理", "經理", "副總經理", "業務經理", "專案經理", "工程師", "資深工程師",
              "董事長", "協理", "副理", "業務代表", "研發經理", "行銷企劃"),
    "zh_CN": ("总经理", "经理", "副总经理", "业务经理", "销售经理", "工程师", "高级工程师",
              "董事长", "项目经理", "市场总监", "技术总监", "销售代表"),
    "ru": ("Генеральный директор", "Директор по продажам", "Менеджер по продажам",
           "Коммерческий директор", "Главный инженер", "Руководитель отдела",
           "Ведущий специалист", "Специалист по логистике", "Главный бухгалтер",
           "Менеджер проектов", "Технический директор", "Начальник отдела снабжения"),
    "en_AE": ("General Manager", "Sales Manager", "Business Development Manager",
              "Operations Manager", "Managing Partner", "Chief Executive Officer",
              "Procurement Officer", "Sales Executive", "Senior Accountant", "Project Engineer",
              "Logistics Coordinator", "HSE Officer"),
}
# The English title printed under a Korean or Chinese one on bilingual cards (same order).
TITLES_EN: dict[str, tuple[str, ...]] = {
    "ko": ("CEO", "CEO", "Director", "Managing Director", "Executive Director",
           "General Manager", "Deputy General Manager", "Manager", "Assistant Manager",
           "Associate", "Team Leader", "Head of Office", "Division Head", "Principal Researcher",
           "Senior Researcher", "Chief Researcher", "Manager", "Center Director"),
    "zh_TW": ("General Manager", "Manager", "Vice General Manager", "Sales Manager",
              "Project Manager", "Engineer", "Senior Engineer", "Chairman", "Senior Manager",
              "Deputy Manager", "Sales Representative", "R&D Manager", "Marketing Planner"),
    "zh_CN": ("General Manager", "Manager", "Deputy General Manager", "Business Manager",
              "Sales Manager", "Engineer", "Senior Engineer", "Chairman", "Project Manager",
              "Marketing Director", "Technical Director", "Sales Representative"),
}
DEPARTMENTS: dict[str, tuple[str, ...]] = {
    "ko": ("영업부", "영업1팀", "마케팅팀", "기술연구소", "경영지원팀", "해외사업부", "품질관리팀",
           "개발팀", "구매팀"),
    "en_IN": ("Sales & Marketing", "Accounts Department", "Project Division", "Export Division"),
    "zh_TW": ("業務部", "研發部", "行銷部", "管理部", "國際業務處"),
    "zh_CN": ("销售部", "研发中心", "市场部", "国际贸易部", "技术部"),
    "ru": ("Отдел продаж", "Департамент логистики", "Отдел закупок", "Служба сервиса"),
    "en_AE": ("Sales Department", "Projects Division", "Procurement", "Finance & Admin"),
}
TAGLINES: dict[str, tuple[str, ...]] = {
    "ko": ("고객과 함께 성장하는 기업", "기술로 미래를 엽니다", "신뢰를 만드는 사람들"),
    "en_IN": ("Quality is our motto", "Serving you since 1994", "Dealers in all kinds of hardware",
              "Wholesale & Retail", "An ISO 9001:2015 certified company"),
    "zh_TW": ("品質第一 誠信服務", "專業 創新 卓越", "您最佳的合作夥伴"),
    "zh_CN": ("诚信经营 品质保证", "专业 创新 共赢", "您身边的合作伙伴"),
    "ru": ("Надёжность и качество", "Работаем с 2003 года", "Решения для бизнеса"),
    "en_AE": ("Excellence in every project", "Trusted since 1998", "Your partner in the Gulf"),
}
LABEL_SETS: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "ko": (("전화", "휴대폰", "팩스", "전화/팩스"), ("T", "M", "F", "T/F"),
           ("Tel", "Mobile", "Fax", "Tel/Fax"), ("TEL", "H.P", "FAX", "TEL/FAX"),
           ("대표전화", "휴대전화", "팩스", "T/F")),
    "en_IN": (("Ph", "Mob", "Fax", "Ph/Fax"), ("Tel", "Mobile", "Fax", "Tel/Fax"),
              ("Off", "Cell", "Fax", "Tele-Fax"), ("O", "M", "F", "T/F"),
              ("Phone", "Mob.", "Fax", "Telefax")),
    "zh_TW": (("電話", "手機", "傳真", "電話/傳真"), ("TEL", "MOBILE", "FAX", "TEL/FAX"),
              ("T", "M", "F", "T/F"), ("Tel", "Cell", "Fax", "Tel/Fax")),
    "zh_CN": (("电话", "手机", "传真", "电话/传真"), ("Tel", "Mob", "Fax", "Tel/Fax"),
              ("T", "M", "F", "T/F"), ("座机", "手机", "传真", "电话/传真")),
    "ru": (("Тел.", "Моб.", "Факс", "Тел./факс"), ("т.", "м.", "ф.", "т./ф."),
           ("Телефон", "Мобильный", "Факс", "Тел./факс"), ("T", "M", "F", "T/F")),
    "en_AE": (("Tel", "Mob", "Fax", "Tel/Fax"), ("T", "M", "F", "T/F"),
              ("Office", "Cell", "Fax", "Tel/Fax"), ("Direct", "Mobile", "Fax", "T/F")),
}
MAIL_LABEL: dict[str, str] = {"ko": "E-mail", "en_IN": "Email", "zh_TW": "E-mail",
                              "zh_CN": "邮箱", "ru": "E-mail", "en_AE": "E"}
GENERIC_MAILBOXES: dict[str, tuple[str, ...]] = {
    "ko": ("info", "sales", "webmaster", "contact"),
    "en_IN": ("info", "sales", "enquiry", "accounts"),
    "zh_TW": ("service", "sales", "info"),
    "zh_CN": ("sales", "service", "info"),
    "ru": ("info", "office", "sales", "zakaz"),
    "en_AE": ("info", "sales", "enquiries", "admin"),
}
# Free mail providers small businesses print instead of a company domain.
WEBMAIL: dict[str, tuple[str, ...]] = {
    "ko": ("naver.com", "daum.net", "hanmail.net", "gmail.com"),
    "en_IN": ("gmail.com", "yahoo.co.in", "rediffmail.com", "gmail.com"),
    "zh_TW": ("gmail.com", "yahoo.com.tw", "hotmail.com"),
    "zh_CN": ("qq.com", "163.com", "126.com"),
    "ru": ("mail.ru", "yandex.ru", "gmail.com", "bk.ru"),
    "en_AE": ("gmail.com", "hotmail.com", "eim.ae"),
}
LEGAL_FORMS: dict[str, tuple[str, ...]] = {
    "en_IN": ("Pvt. Ltd.", "Pvt Ltd", "Private Limited", "LLP", "Ltd."),
    "en_AE": ("LLC", "L.L.C.", "FZE", "FZ-LLC", "Co. LLC"),
    "ru_RU": ("ООО", "АО", "ЗАО"),
}
TLDS: dict[str, tuple[str, ...]] = {
    "ko_KR": ("co.kr", "co.kr", "com", "kr"), "en_IN": ("com", "in", "co.in", "net"),
    "zh_TW": ("com.tw", "com.tw", "com"), "zh_CN": ("com.cn", "cn", "com"),
    "ru_RU": ("ru", "ru", "com"), "en_AE": ("ae", "com", "com"),
}

# ---------------------------------------------------------------- Korean

# Surnames in the spelling Koreans use in English (not strict Revised Romanization).
KO_SURNAMES: dict[str, str] = {
    "김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho",
    "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin",
    "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "류": "Ryu", "유": "Yoo", "전": "Jeon",
    "홍": "Hong", "고": "Ko", "문": "Moon", "양": "Yang", "손": "Son", "배": "Bae", "백": "Baek",
    "허": "Heo", "남": "Nam", "심": "Shim", "노": "Noh", "하": "Ha", "곽": "Kwak", "성": "Sung",
    "차": "Cha", "우": "Woo", "구": "Koo", "민": "Min", "진": "Jin", "나": "Na", "지": "Ji",
    "엄": "Eom",
}
# (printed, for the domain): brand syllables and the industry word after them.
KO_BRANDS: tuple[tuple[str, str], ...] = (
    ("한빛", "hanbit"), ("미래", "mirae"), ("대한", "daehan"), ("동방", "dongbang"),
    ("새한", "saehan"), ("한결", "hangyeol"), ("누리", "nuri"), ("세움", "seum"), ("다온", "daon"),
    ("가온", "gaon"), ("해솔", "haesol"), ("온누리", "onnuri"), ("대성", "daesung"),
    ("삼정", "samjung"), ("태광", "taekwang"), ("진흥", "jinheung"),
)
KO_INDUSTRIES: tuple[tuple[str, str, str], ...] = (  # (printed, domain part, English)
    ("테크", "tech", "Tech"), ("산업", "ind", "Industrial"), ("건설", "const", "Construction"),
    ("물산", "corp", "Trading"), ("전자", "elec", "Electronics"),
    ("솔루션", "solution", "Solutions"), ("시스템즈", "systems", "Systems"),
    ("정보통신", "ict", "ICT"), ("바이오", "bio", "Bio"), ("엔지니어링", "eng", "Engineering"),
    ("무역", "trade", "Trading"), ("로지스틱스", "logis", "Logistics"),
    ("디자인", "design", "Design"),
    ("식품", "food", "Foods"), ("화학", "chem", "Chemical"), ("제약", "pharm", "Pharmaceutical"),
)
# (city, area code without 0, districts, road names)
KO_CITIES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("서울특별시", "2", ("강남구", "마포구", "영등포구", "종로구", "중구", "송파구", "용산구",
                       "성동구", "금천구", "구로구"),
     ("테헤란로", "강남대로", "세종대로", "올림픽로", "디지털로", "월드컵북로", "을지로",
      "영동대로", "여의대로", "가산디지털1로", "성수이로")),
    ("경기도 성남시 분당구", "31", ("",), ("판교역로", "대왕판교로", "황새울로", "정자일로")),
    ("경기도 수원시 영통구", "31", ("",), ("광교로", "덕영대로", "영통로")),
    ("경기도 고양시 일산동구", "31", ("",), ("중앙로", "정발산로", "일산로")),
    ("인천광역시", "32", ("연수구", "남동구", "부평구"), ("송도과학로", "인하로", "남동대로")),
    ("부산광역시", "51", ("해운대구", "부산진구", "남구", "동래구"),
     ("센텀중앙로", "해운대로", "중앙대로", "수영로")),
    ("대구광역시", "53", ("수성구", "달서구", "북구"), ("달구벌대로", "동대구로", "국채보상로")),
    ("대전광역시", "42", ("유성구", "서구"), ("대학로", "한밭대로", "엑스포로")),
    ("광주광역시", "62", ("북구", "서구"), ("무등로", "상무대로")),
)
KO_BUILDINGS: tuple[str, ...] = ("빌딩", "타워", "센터", "프라자", "오피스텔")
KO_DONG: tuple[str, ...] = ("역삼동", "삼성동", "서교동", "여의도동", "가산동", "성수동",
                            "우동", "정자동", "송도동", "봉명동")

# ---------------------------------------------------------------- Chinese

# (traditional, simplified, Taiwanese passport spelling, pinyin)
ZH_SURNAMES: tuple[tuple[str, str, str, str], ...] = (
    ("陳", "陈", "Chen", "Chen"), ("林", "林", "Lin", "Lin"), ("黃", "黄", "Huang", "Huang"),
    ("張", "张", "Chang", "Zhang"), ("李", "李", "Lee", "Li"), ("王", "王", "Wang", "Wang"),
    ("吳", "吴", "Wu", "Wu"), ("劉", "刘", "Liu", "Liu"), ("蔡", "蔡", "Tsai", "Cai"),
    ("楊", "杨", "Yang", "Yang"), ("許", "许", "Hsu", "Xu"), ("鄭", "郑", "Cheng", "Zheng"),
    ("謝", "谢", "Hsieh", "Xie"), ("郭", "郭", "Kuo", "Guo"), ("洪", "洪", "Hung", "Hong"),
    ("曾", "曾", "Tseng", "Zeng"), ("周", "周", "Chou", "Zhou"), ("趙", "赵", "Chao", "Zhao"),
    ("孫", "孙", "Sun", "Sun"), ("徐", "徐", "Hsu", "Xu"), ("胡", "胡", "Hu", "Hu"),
    ("朱", "朱", "Chu", "Zhu"), ("高", "高", "Kao", "Gao"), ("何", "何", "Ho", "He"),
    ("馬", "马", "Ma", "Ma"), ("羅", "罗", "Lo", "Luo"), ("廖", "廖", "Liao", "Liao"),
)
ZH_GIVEN: tuple[tuple[str, str, str, str], ...] = (
    ("偉", "伟", "Wei", "wei"), ("芳", "芳", "Fang", "fang"), ("敏", "敏", "Min", "min"),
    ("靜", "静", "Ching", "jing"), ("麗", "丽", "Li", "li"), ("強", "强", "Chiang", "qiang"),
    ("磊", "磊", "Lei", "lei"), ("軍", "军", "Chun", "jun"), ("洋", "洋", "Yang", "yang"),
    ("勇", "勇", "Yung", "yong"), ("傑", "杰", "Chieh", "jie"), ("濤", "涛", "Tao", "tao"),
    ("明", "明", "Ming", "ming"), ("秀", "秀", "Hsiu", "xiu"), ("平", "平", "Ping", "ping"),
    ("英", "英", "Ying", "ying"), ("華", "华", "Hua", "hua"), ("建", "建", "Chien", "jian"),
    ("國", "国", "Kuo", "guo"), ("志", "志", "Chih", "zhi"), ("文", "文", "Wen", "wen"),
    ("嘉", "嘉", "Chia", "jia"), ("怡", "怡", "Yi", "yi"), ("婷", "婷", "Ting", "ting"),
    ("雅", "雅", "Ya", "ya"), ("宇", "宇", "Yu", "yu"), ("豪", "豪", "Hao", "hao"),
    ("俊", "俊", "Chun", "jun"), ("宏", "宏", "Hung", "hong"), ("玲", "玲", "Ling", "ling"),
    ("慧", "慧", "Hui", "hui"), ("欣", "欣", "Hsin", "xin"), ("佳", "佳", "Chia", "jia"),
    ("德", "德", "Te", "de"), ("安", "安", "An", "an"), ("美", "美", "Mei", "mei"),
    ("淑", "淑", "Shu", "shu"), ("冠", "冠", "Kuan", "guan"), ("凱", "凯", "Kai", "kai"),
    ("翔", "翔", "Hsiang", "xiang"), ("晨", "晨", "Chen", "chen"), ("博", "博", "Po", "bo"),
    ("涵", "涵", "Han", "han"), ("思", "思", "Szu", "si"), ("晴", "晴", "Ching", "qing"),
)
# English given names that Taiwanese and mainland business people print beside their own.
ZH_ENGLISH_NAMES: tuple[str, ...] = ("Amy", "Vincent", "Jason", "Cindy", "Eric", "Grace",
                                     "Tony", "Vivian", "Jack", "Sandy", "Allen", "Irene",
                                     "Peter", "Wendy", "Frank", "Joyce")
# (traditional, simplified, pinyin for the domain)
ZH_BRAND_CHARS: tuple[tuple[str, str, str], ...] = (
    ("華", "华", "hua"), ("宏", "宏", "hong"), ("鼎", "鼎", "ding"), ("達", "达", "da"),
    ("昇", "升", "sheng"), ("創", "创", "chuang"), ("信", "信", "xin"), ("益", "益", "yi"),
    ("聯", "联", "lian"), ("泰", "泰", "tai"), ("豐", "丰", "feng"), ("盛", "盛", "sheng"),
    ("鑫", "鑫", "xin"), ("源", "源", "yuan"), ("新", "新", "xin"), ("合", "合", "he"),
    ("光", "光", "guang"), ("永", "永", "yong"), ("祥", "祥", "xiang"), ("博", "博", "bo"),
)
ZH_INDUSTRIES: tuple[tuple[str, str, str], ...] = (  # (traditional, simplified, English)
    ("電子", "电子", "Electronics"), ("科技", "科技", "Technology"), ("實業", "实业", "Industrial"),
    ("貿易", "贸易", "Trading"), ("精密", "精密", "Precision"), ("機械", "机械", "Machinery"),
    ("光電", "光电", "Optoelectronics"), ("國際", "国际", "International"),
    ("物流", "物流", "Logistics"), ("生技", "生物科技", "Biotech"), ("塑膠", "塑胶", "Plastics"),
    ("五金", "五金", "Hardware"),
)
ZH_CN_CITIES: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    # (printed city, area code, districts, first postcode digits)
    ("上海市", "21", ("徐汇区", "闵行区", "静安区", "长宁区", "嘉定区"), "20"),
    ("北京市", "10", ("朝阳区", "海淀区", "丰台区", "东城区"), "10"),
    ("广东省广州市", "20", ("天河区", "越秀区", "番禺区"), "51"),
    ("广东省深圳市", "755", ("南山区", "福田区", "宝安区", "龙岗区"), "51"),
    ("浙江省杭州市", "571", ("西湖区", "滨江区", "余杭区"), "31"),
    ("江苏省苏州市", "512", ("工业园区", "吴中区", "相城区"), "21"),
    ("四川省成都市", "28", ("武侯区", "高新区", "锦江区"), "61"),
)
ZH_CN_ROADS: tuple[str, ...] = ("人民路", "解放路", "中山路", "建设路", "科技路", "创业路",
                                "和平路", "新华路", "长江路", "文化路", "工业大道")
ZH_TW_CITIES: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    # (city, area code, (district, 3-digit postcode))
    ("台北市", "2", (("內湖區", "114"), ("信義區", "110"), ("大安區", "106"), ("中山區", "104"),
                    ("松山區", "105"))),
    ("新北市", "2", (("板橋區", "220"), ("新店區", "231"), ("汐止區", "221"), ("三重區", "241"))),
    ("桃園市", "3", (("桃園區", "330"), ("中壢區", "320"), ("龜山區", "333"))),
    ("新竹市", "3", (("東區", "300"), ("北區", "300"))),
    ("台中市", "4", (("西屯區", "407"), ("南屯區", "408"), ("北區", "404"))),
    ("高雄市", "7", (("前鎮區", "806"), ("苓雅區", "802"), ("左營區", "813"))),
)
ZH_TW_ROADS: tuple[str, ...] = ("中山路", "中正路", "民生東路", "忠孝東路", "復興北路",
                                "南京東路", "建國路", "民權路", "文化路", "光復路", "大同路")

# ---------------------------------------------------------------- Indian English

# (city as printed, STD code, first three PIN digits, localities)
IN_CITIES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Bengaluru", "80", "560", ("Indiranagar", "Koramangala", "Rajajinagar", "Whitefield",
                                "Malleswaram", "Basavanagudi")),
    ("Bangalore", "80", "560", ("HSR Layout", "Peenya Industrial Area", "BTM Layout")),
    ("New Delhi", "11", "110", ("Karol Bagh", "Lajpat Nagar", "Okhla Phase II", "Nehru Place")),
    ("Mumbai", "22", "400", ("Andheri (East)", "Dadar (West)", "Fort", "Goregaon (East)")),
    ("Chennai", "44", "600", ("T. Nagar", "Adyar", "Guindy", "Ambattur Industrial Estate")),
    ("Hyderabad", "40", "500", ("Ameerpet", "Begumpet", "Secunderabad", "Banjara Hills")),
    ("Kolkata", "33", "700", ("Salt Lake", "Park Street", "Ballygunge")),
    ("Pune", "20", "411", ("Shivajinagar", "Kothrud", "Hadapsar", "Bhosari MIDC")),
    ("Ahmedabad", "79", "380", ("Navrangpura", "Naroda GIDC", "Satellite")),
    ("Jaipur", "141", "302", ("C-Scheme", "Malviya Nagar", "Sitapura Industrial Area")),
    ("Lucknow", "522", "226", ("Hazratganj", "Gomti Nagar", "Aminabad")),
    ("Kochi", "484", "682", ("Edappally", "Kakkanad", "M.G. Road")),
    ("Coimbatore", "422", "641", ("R.S. Puram", "Gandhipuram", "Peelamedu")),
)
IN_STATES: dict[str, str] = {"Bengaluru": "Karnataka", "Bangalore": "Karnataka",
                             "Chennai": "Tamil Nadu", "Hyderabad": "Telangana",
                             "Pune": "Maharashtra", "Mumbai": "Maharashtra",
                             "Kochi": "Kerala", "Coimbatore": "Tamil Nadu",
                             "Ahmedabad": "Gujarat", "Jaipur": "Rajasthan",
                             "Lucknow": "Uttar Pradesh", "Kolkata": "West Bengal"}
# {kth}/{mth}: ordinals ("3rd Cross, 11th Main").
IN_PREMISES: tuple[str, ...] = ("No. {n}, {kth} Cross, {mth} Main", "Shop No. {n}, Ground Floor",
                                "{n}/{m}, {street}", "Plot No. {n}, Sector {k}",
                                "#{n}, {kth} Floor, {building}", "Door No. {n}-{m}, {street}",
                                "Unit {n}, {building}")
IN_STREETS: tuple[str, ...] = ("M.G. Road", "Station Road", "Main Road", "Temple Street",
                               "Gandhi Road", "Market Road", "Ring Road", "Link Road",
                               "Nehru Street", "Bazaar Street")
IN_BUILDINGS: tuple[str, ...] = ("Sai Complex", "Lakshmi Towers", "Prestige Plaza",
                                 "Shanti Bhavan", "Surya Arcade", "City Centre Mall",
                                 "Om Shree Chambers")
IN_LANDMARKS: tuple[str, ...] = ("Near Bus Stand", "Opp. City Hospital", "Behind Post Office",
                                 "Near Railway Station", "Opp. Police Station",
                                 "Near Clock Tower")
IN_BRANDS: tuple[str, ...] = ("Shree", "Sai", "Om", "Ganesh", "Lakshmi", "Balaji", "Jai Bharat",
                              "Surya", "Navkar", "Shiv", "Vinayak", "Krishna", "Annapurna",
                              "Mahalaxmi", "Galaxy", "Supreme", "Royal", "Prime", "Kaveri",
                              "Ganga", "Sahyadri", "Apex", "Global")
IN_COMPANY_FORMS: tuple[str, ...] = ("{family} Enterprises", "{family} Traders", "{brand} Traders",
                                     "{family} & Sons", "Sri {brand} Enterprises",
                                     "{brand} Agencies", "{family} Associates",
                                     "{brand} Exports", "{family} Electricals",
                                     "New {brand} Hardware", "{brand} Textiles")
IN_INDUSTRIES: tuple[str, ...] = ("Technologies", "Infotech", "Engineering", "Solutions",
                                  "Pharma", "Logistics", "Infra Projects", "Polymers")
# Printed over many Indian trade cards (a blessing, not a name): Devanagari script.
IN_BLESSINGS: tuple[str, ...] = ("॥ श्री गणेशाय नमः ॥", "शुभ लाभ", "॥ जय श्री कृष्ण ॥")
IN_DEGREES: tuple[str, ...] = ("B.E., MBA", "M.Com, FCA", "B.Sc., LL.B.", "B.Tech (Mech)",
                               "MBA (Marketing)", "B.Com")
IN_PREFIXES: tuple[str, ...] = ("Dr. ", "CA ", "Adv. ", "Er. ")

# ---------------------------------------------------------------- Russian

# (city, area code, first postcode digits, street names)
RU_CITIES: tuple[tuple[str, str, str], ...] = (
    ("Москва", "495", "1"), ("Москва", "499", "1"), ("Санкт-Петербург", "812", "19"),
    ("Новосибирск", "383", "630"), ("Екатеринбург", "343", "620"), ("Казань", "843", "420"),
    ("Нижний Новгород", "831", "603"), ("Самара", "846", "443"),
)
RU_STREETS: tuple[str, ...] = ("ул. Ленина", "ул. Садовая", "пр-т Мира", "ул. Профсоюзная",
                               "ул. Гагарина", "ул. Советская", "ул. Пушкина", "ул. Октябрьская",
                               "Ленинградский пр-т", "наб. Обводного канала", "ул. Заводская",
                               "Кутузовский пр-т")
RU_BRAND_HEADS: tuple[str, ...] = ("Альфа", "Вектор", "Сфера", "Гранит", "Меридиан", "Техно",
                                   "Прогресс", "Интер", "Энерго", "Регион", "Профи", "Спектр",
                                   "Атлант", "Орион", "Восток", "Сибирь")
RU_BRAND_TAILS: tuple[str, ...] = ("Сервис", "Трейд", "Строй", "Логистик", "Групп", "Снаб",
                                   "Пром", "Инвест", "Маркет")

# ---------------------------------------------------------------- Gulf English

AE_GIVEN: tuple[str, ...] = ("Mohammed", "Ahmed", "Khalid", "Omar", "Fatima", "Aisha", "Mariam",
                             "Hassan", "Yousef", "Abdullah", "Rashid", "Saeed", "Layla", "Noura",
                             "Salem", "Hamad", "Tariq", "Huda", "Rania", "Faisal", "Ibrahim",
                             "Sultan", "Majid")
AE_FAMILY: tuple[str, ...] = ("Al Mansoori", "Al Hashimi", "Al Suwaidi", "Al Marzouqi",
                              "Al Nuaimi", "Al Shamsi", "Al Ali", "Khoury", "Haddad", "Nasser",
                              "Al Farsi", "Saleh", "Al Ameri", "Al Zaabi", "Hamdan", "Mahmoud",
                              "Aziz", "Rahman", "Karim")
AE_BRANDS: tuple[str, ...] = ("Al Noor", "Al Waha", "Gulf Star", "Falcon", "Pearl", "Desert Rose",
                              "Oasis", "Horizon", "Crescent", "Royal Palm", "Golden Sands", "Dune",
                              "Marina", "Zenith", "Atlas", "Arabian Sea")
AE_COMPANY_FORMS: tuple[str, ...] = ("{brand} Trading", "{brand} General Trading",
                                     "{brand} Contracting", "{brand} Technical Services",
                                     "{brand} Shipping & Logistics", "{brand} Building Materials",
                                     "{brand} Electromechanical")
# (emirate, area code, areas)
AE_EMIRATES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Dubai", "4", ("Business Bay", "Deira", "Al Barsha", "Jebel Ali Free Zone",
                    "Dubai Silicon Oasis", "Al Quoz Industrial Area 3", "Sheikh Zayed Road")),
    ("Abu Dhabi", "2", ("Al Khalidiya", "Mussafah Industrial Area", "Al Reem Island")),
    ("Sharjah", "6", ("Al Nahda", "Industrial Area 6", "SAIF Zone")),
)
AE_TOWERS: tuple[str, ...] = ("Blue Tower", "Gulf Towers", "Al Attar Business Centre",
                              "Prime Tower", "Crystal Plaza", "Emirates Business Park")
# "Limited liability company" in Arabic, printed under some Gulf company names.
AE_ARABIC_LINES: tuple[str, ...] = ("ذ.م.م", "شركة ذات مسؤولية محدودة")
# fmt: on
