"""Made-up business cards of Italy, the Netherlands and the Nordic countries (Sweden,
Norway, Finland, Denmark).

A hand-written specification; its conventions are in spec.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from .spec import check_card, company_only, person

CARDS = [
    # ----------------------------------------------------------------- Italy
    person(
        "it-srl-responsabile",
        """
Ferraro Arredamenti S.r.l.
Giulia Ferraro
Responsabile Commerciale
Tel. +39 02 1234 5678
Cell. +39 347 123 4567
giulia.ferraro@ferraroarredamenti.it
Via Torino 45, 20123 Milano
""",
        "Giulia Ferraro",
        "Giulia",
        "Ferraro",
        "Responsabile Commerciale",
        "Ferraro Arredamenti S.r.l.",
    ),
    person(
        "it-dott-spa",
        """
Dott. Marco Bianchi
Direttore Finanziario
Officine Meccaniche Lombarde S.p.A.
Tel. +39 030 123 4567
m.bianchi@oml-spa.it
""",
        "Dott. Marco Bianchi",
        "Marco",
        "Bianchi",
        "Direttore Finanziario",
        "Officine Meccaniche Lombarde S.p.A.",
    ),
    company_only(
        "it-company-only-trattoria",
        """
Trattoria da Luigi
Cucina tipica romana dal 1962
Via del Governo Vecchio 18, 00186 Roma
Tel. 06 6880 1234
Chiuso il lunedì
""",
        "Trattoria da Luigi",
    ),
    # ----------------------------------------------------------------- Netherlands
    person(
        "nl-bv-van-der",
        """
Pieter van der Berg
Commercieel Directeur
Grachtzicht Bouw B.V.
T +31 20 123 4567
M +31 6 1234 5678
p.vanderberg@grachtzichtbouw.nl
Herengracht 100, 1015 BS Amsterdam
""",
        "Pieter van der Berg",
        "Pieter",
        "van der Berg",
        "Commercieel Directeur",
        "Grachtzicht Bouw B.V.",
    ),
    person(
        "nl-ing-prefix-de-vries",
        """
Deltawater Advies B.V.
ing. Sanne de Vries
Projectleider
+31 10 765 4321
s.devries@deltawater-advies.nl
""",
        "ing. Sanne de Vries",
        "Sanne",
        "de Vries",
        "Projectleider",
        "Deltawater Advies B.V.",
    ),
    # ----------------------------------------------------------------- Nordics
    person(
        "se-ab-forsaljningschef",
        """
Nordvik Logistik AB
Erik Lindqvist
Försäljningschef
+46 8 123 456 78
erik.lindqvist@nordviklogistik.se
Sveavägen 44, 111 34 Stockholm
""",
        "Erik Lindqvist",
        "Erik",
        "Lindqvist",
        "Försäljningschef",
        "Nordvik Logistik AB",
    ),
    person(
        "no-as-daglig-leder",
        """
Ingrid Haugen
Daglig leder
Fjordlys Eiendom AS
+47 22 12 34 56
ingrid@fjordlys-eiendom.no
""",
        "Ingrid Haugen",
        "Ingrid",
        "Haugen",
        "Daglig leder",
        "Fjordlys Eiendom AS",
    ),
    person(
        "fi-oy-bilingual-title",
        """
Järvinen Design Oy
Mikko Järvinen
Toimitusjohtaja / CEO
+358 40 123 4567
mikko.jarvinen@jarvinendesign.fi
""",
        "Mikko Järvinen",
        "Mikko",
        "Järvinen",
        "Toimitusjohtaja / CEO",
        "Järvinen Design Oy",
    ),
    person(
        "dk-aps-indehaver",
        """
Mette Sørensen
Indehaver
Hygge Keramik ApS
+45 31 23 45 67
mette@hyggekeramik.dk
""",
        "Mette Sørensen",
        "Mette",
        "Sørensen",
        "Indehaver",
        "Hygge Keramik ApS",
    ),
]


@pytest.mark.parametrize(("text", "want"), CARDS)
def test_card(text: str, want: dict[str, Any]) -> None:
    check_card(text, want)
