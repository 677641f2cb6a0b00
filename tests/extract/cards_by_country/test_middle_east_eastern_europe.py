"""Made-up business cards of the Middle East and Eastern Europe: Turkey, Arabic
countries, Israel, Poland and Russia.

A hand-written specification; its conventions are in spec.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from .spec import check_card, person

CARDS = [
    # ----------------------------------------------------------------- Turkey
    person(
        "tr-as-satis-muduru",
        """
Anadolu Tekstil Sanayi ve Ticaret A.Ş.
Ayşe Yılmaz
Satış Müdürü
Tel: +90 212 345 67 89
GSM: +90 532 123 45 67
ayse.yilmaz@anadolutekstil.com.tr
""",
        "Ayşe Yılmaz",
        "Ayşe",
        "Yılmaz",
        "Satış Müdürü",
        "Anadolu Tekstil Sanayi ve Ticaret A.Ş.",
    ),
    # ----------------------------------------------------------------- Arabic countries
    person(
        "ae-eng-prefix-llc",
        """
Eng. Omar Al-Farsi
Operations Manager
Gulf Horizon Trading LLC
P.O. Box 12345, Dubai, UAE
Tel: +971 4 123 4567
Mob: +971 50 123 4567
omar.alfarsi@gulfhorizon.ae
""",
        "Eng. Omar Al-Farsi",
        "Omar",
        "Al-Farsi",
        "Operations Manager",
        "Gulf Horizon Trading LLC",
    ),
    person(
        "bh-wll-al-surname",
        """
Pearl Bay Contracting W.L.L.
Khalid Al Mansoori
General Manager
Manama, Kingdom of Bahrain
+973 1712 3456
khalid@pearlbay.com.bh
""",
        "Khalid Al Mansoori",
        "Khalid",
        "Al Mansoori",
        "General Manager",
        "Pearl Bay Contracting W.L.L.",
    ),
    # ----------------------------------------------------------------- Israel
    person(
        "il-ltd-vp",
        """
Negev Water Technologies Ltd.
Yael Cohen
VP Business Development
+972 3 123 4567
+972 54 123 4567
yael@negevwater.co.il
""",
        "Yael Cohen",
        "Yael",
        "Cohen",
        "VP Business Development",
        "Negev Water Technologies Ltd.",
    ),
    # ----------------------------------------------------------------- Poland
    person(
        "pl-sp-z-oo-kierownik",
        """
Bursztyn Logistyka Sp. z o.o.
Katarzyna Nowak
Kierownik ds. Sprzedaży
tel. +48 22 123 45 67
kom. +48 601 234 567
k.nowak@bursztyn-logistyka.pl
ul. Marszałkowska 10/12, 00-590 Warszawa
""",
        "Katarzyna Nowak",
        "Katarzyna",
        "Nowak",
        "Kierownik ds. Sprzedaży",
        "Bursztyn Logistyka Sp. z o.o.",
    ),
    # ----------------------------------------------------------------- Russia
    person(
        "ru-ooo-romanised",
        """
OOO "Sibirskie Tekhnologii"
Dmitry Volkov
Commercial Director
+7 495 123-45-67
+7 916 123-45-67
d.volkov@sibtekh.ru
Tverskaya St. 15, Moscow
""",
        "Dmitry Volkov",
        "Dmitry",
        "Volkov",
        "Commercial Director",
        'OOO "Sibirskie Tekhnologii"',
    ),
]


@pytest.mark.parametrize(("text", "want"), CARDS)
def test_card(text: str, want: dict[str, Any]) -> None:
    check_card(text, want)
