"""Made-up business cards of Asia: India, Japan, Korea, China and Vietnam.

A hand-written specification; its conventions are in spec.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from .spec import UNSPECIFIED, check_card, company_only, person

CARDS = [
    # ----------------------------------------------------------------- India
    person(
        "in-dr-initial-degree-line",
        """
Dr. K. Ramesh Babu
M.S. (Ortho), FRCS
Senior Consultant – Orthopaedics
Sri Venkateswara Multispeciality Hospital
+91 40 2345 6789
+91 98490 12345
drrameshbabu@svmhospital.in
""",
        "Dr. K. Ramesh Babu",
        UNSPECIFIED,
        UNSPECIFIED,
        "Senior Consultant – Orthopaedics",
        "Sri Venkateswara Multispeciality Hospital",
    ),
    person(
        "in-pvt-ltd-priya-sharma",
        """
Priya Sharma
Assistant Vice President - Sales
Kaveri Infotech Pvt. Ltd.
Mob: +91 98555 43210
priya.sharma@kaveriinfotech.co.in
Plot No. 42, Sector 18, Gurugram, Haryana 122015
""",
        "Priya Sharma",
        "Priya",
        "Sharma",
        "Assistant Vice President - Sales",
        "Kaveri Infotech Pvt. Ltd.",
    ),
    person(
        "in-caps-proprietor-dealers-line",
        """
RAJESH KUMAR GUPTA
Proprietor
GUPTA ELECTRICALS
Dealers in: Wires, Switches, Fans & Lighting
Shop No. 7, Lajpat Rai Market, Delhi 110006
Ph: 011-2386 4521, Mob: 98110 23456
""",
        "RAJESH KUMAR GUPTA",
        "RAJESH KUMAR",
        "GUPTA",
        "Proprietor",
        "GUPTA ELECTRICALS",
    ),
    company_only(
        "in-company-only-sweet-shop",
        """
Shree Ganesh Sweets & Namkeen
Pure Ghee Sweets · Catering Orders Accepted
12, MG Road, Pune 411001
Ph: 020 2612 3456
""",
        "Shree Ganesh Sweets & Namkeen",
    ),
    # ----------------------------------------------------------------- Japan
    person(
        "jp-kabushiki-prefix-kachou-romanised",
        """
株式会社さくら物産
営業部 課長
山田 太郎
Taro Yamada
〒104-0061 東京都中央区銀座1-2-3
TEL 03-1234-5678
t.yamada@sakura-bussan.co.jp
""",
        "山田 太郎",
        "太郎",
        "山田",
        "営業部 課長",
        "株式会社さくら物産",
    ),
    person(
        "jp-kabushiki-suffix-shachou",
        """
みどり食品株式会社
代表取締役社長
佐藤 花子
〒460-0008 愛知県名古屋市中区栄3-4-5
TEL 052-123-4567 FAX 052-123-4568
h.sato@midori-foods.co.jp
""",
        "佐藤 花子",
        "花子",
        "佐藤",
        "代表取締役社長",
        "みどり食品株式会社",
    ),
    person(
        "jp-buchou-name-without-space",
        """
東和精機株式会社
技術開発部 部長
鈴木一郎
〒220-0012 神奈川県横浜市西区みなとみらい2-3-1
TEL 045-123-4567
suzuki@towa-seiki.co.jp
""",
        "鈴木一郎",
        "一郎",
        "鈴木",
        "技術開発部 部長",
        "東和精機株式会社",
    ),
    person(
        "jp-kachou-title-own-line",
        """
株式会社アオバ技研
総務課
課長
高橋 美咲
TEL 022-123-4567
m.takahashi@aoba-giken.co.jp
""",
        "高橋 美咲",
        "美咲",
        "高橋",
        "課長",
        "株式会社アオバ技研",
    ),
    person(
        "jp-english-side-romanised",
        """
Hikari Solutions Inc.
Kenji Watanabe
General Manager, Overseas Sales
+81-3-1234-5678
k.watanabe@hikari-solutions.co.jp
2-4-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005
""",
        "Kenji Watanabe",
        "Kenji",
        "Watanabe",
        "General Manager",
        "Hikari Solutions Inc.",
    ),
    # ----------------------------------------------------------------- Korea
    person(
        "kr-hangul-main-romanised-below",
        """
주식회사 한빛전자
영업팀 팀장
김민준
Minjun Kim
서울특별시 강남구 테헤란로 123
Tel. 02-1234-5678
Mobile 010-1234-5678
minjun.kim@hanbit-elec.co.kr
""",
        "김민준",
        "민준",
        "김",
        "영업팀 팀장",
        "주식회사 한빛전자",
    ),
    person(
        "kr-english-co-ltd",
        """
Hanbit Electronics Co., Ltd.
Seo-yeon Park
Senior Manager, Global Sales
T +82 2 1234 5678
M +82 10 5555 0142
sy.park@hanbit-elec.co.kr
""",
        "Seo-yeon Park",
        "Seo-yeon",
        "Park",
        "Senior Manager",
        "Hanbit Electronics Co., Ltd.",
    ),
    # ----------------------------------------------------------------- China
    person(
        "cn-chinese-main-english-name-below",
        """
深圳市星河光电科技有限公司
陈志明
销售总监
David Chen
Sales Director
地址：深圳市南山区科技园南路88号
电话：0755-2345 6789
手机：138 0013 8000
邮箱：david.chen@xinghe-opto.cn
""",
        "陈志明",
        "志明",
        "陈",
        "销售总监",
        "深圳市星河光电科技有限公司",
    ),
    person(
        "cn-english-main-family-first-romanised",
        """
Shanghai Jinhe Trading Co., Ltd.
Wang Lei
Purchasing Manager
Tel: +86 21 6123 4567
Mob: +86 139 1234 5678
wanglei@jinhe-trading.cn
Room 1205, 88 Century Avenue, Pudong, Shanghai
""",
        "Wang Lei",
        "Lei",
        "Wang",
        "Purchasing Manager",
        "Shanghai Jinhe Trading Co., Ltd.",
    ),
    # ----------------------------------------------------------------- Vietnam
    person(
        "vn-jsc-vietnamese-title",
        """
Saigon Green Energy JSC
Nguyễn Văn An
Giám đốc Kinh doanh
ĐT: +84 28 3823 4567
DĐ: 0903 123 456
an.nguyen@saigongreen.vn
""",
        "Nguyễn Văn An",
        "Văn An",
        "Nguyễn",
        "Giám đốc Kinh doanh",
        "Saigon Green Energy JSC",
    ),
]


@pytest.mark.parametrize(("text", "want"), CARDS)
def test_card(text: str, want: dict[str, Any]) -> None:
    check_card(text, want)
