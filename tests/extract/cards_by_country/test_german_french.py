"""Made-up business cards of German- and French-speaking Europe: Germany, Austria,
Switzerland, France and Belgium.

A hand-written specification; its conventions are in spec.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from .spec import check_card, company_only, person

CARDS = [
    # ----------------------------------------------------------------- Germany / Austria / CH
    person(
        "de-dipl-ing-geschaeftsfuehrer-service-list",
        """
Dipl.-Ing. Matthias Vogel
Geschäftsführer
Vogel Haustechnik GmbH
Heizung · Sanitär · Lüftung
Tel. +49 711 2345 670
Mobil +49 172 3456789
m.vogel@vogel-haustechnik.de
Hauptstraße 12, 70173 Stuttgart
""",
        "Dipl.-Ing. Matthias Vogel",
        "Matthias",
        "Vogel",
        "Geschäftsführer",
        "Vogel Haustechnik GmbH",
    ),
    person(
        "de-dr-mba-ag",
        """
Rheinblick Consulting AG
Dr. Anna Schmidt, MBA
Partnerin
T +49 221 9555 5430
anna.schmidt@rheinblick-consulting.de
www.rheinblick-consulting.de
""",
        "Dr. Anna Schmidt, MBA",
        "Anna",
        "Schmidt",
        "Partnerin",
        "Rheinblick Consulting AG",
    ),
    person(
        "de-ek-inhaber-label",
        """
Blumen Hoffmann e.K.
Inh. Petra Hoffmann
Floristmeisterin
Marktplatz 3, 97070 Würzburg
Tel. 0931 4521 87
info@blumen-hoffmann.de
""",
        "Petra Hoffmann",
        "Petra",
        "Hoffmann",
        "Floristmeisterin",
        "Blumen Hoffmann e.K.",
    ),
    person(
        "de-ansprechpartner-label",
        """
Autohaus Berger GmbH
Ihr Ansprechpartner:
Tobias Berger
Serviceberater
Tel. 089 4567 8910
t.berger@autohaus-berger.de
""",
        "Tobias Berger",
        "Tobias",
        "Berger",
        "Serviceberater",
        "Autohaus Berger GmbH",
    ),
    person(
        "de-all-caps-name-umlaut",
        """
STEFAN KRÜGER
Vertriebsleiter
Krüger & Söhne Maschinenbau GmbH
Tel. +49 5251 12345-0
stefan.krueger@krueger-soehne.de
""",
        "STEFAN KRÜGER",
        "STEFAN",
        "KRÜGER",
        "Vertriebsleiter",
        "Krüger & Söhne Maschinenbau GmbH",
    ),
    person(
        "at-mag-prokuristin",
        """
Mag. Katharina Gruber
Prokuristin
Alpenland Treuhand GmbH
Wirtschaftsprüfung & Steuerberatung
+43 1 512 34 56
k.gruber@alpenland-treuhand.at
Kärntner Ring 5, 1010 Wien
""",
        "Mag. Katharina Gruber",
        "Katharina",
        "Gruber",
        "Prokuristin",
        "Alpenland Treuhand GmbH",
    ),
    person(
        "ch-ag-leiter",
        """
Limmat Präzisionstechnik AG
Lukas Meier
Leiter Verkauf Schweiz
Tel. +41 44 123 45 67
lukas.meier@limmat-praezision.ch
Bahnhofstrasse 21, 8004 Zürich
""",
        "Lukas Meier",
        "Lukas",
        "Meier",
        "Leiter Verkauf Schweiz",
        "Limmat Präzisionstechnik AG",
    ),
    company_only(
        "de-company-only-dental-practice",
        """
Zahnarztpraxis am Stadtpark
Implantologie · Prophylaxe · Kinderzahnheilkunde
Parkallee 8, 20144 Hamburg
Tel. 040 4132 5570
praxis@zahnarzt-stadtpark.de
Sprechzeiten: Mo–Fr 8–18 Uhr
""",
        "Zahnarztpraxis am Stadtpark",
    ),
    # ----------------------------------------------------------------- France / Belgium
    person(
        "fr-sarl-gerant",
        """
Atelier Lenoir SARL
Thomas Lenoir
Gérant
06 12 34 56 78
contact@atelier-lenoir.fr
14 rue des Tanneurs, 69001 Lyon
""",
        "Thomas Lenoir",
        "Thomas",
        "Lenoir",
        "Gérant",
        "Atelier Lenoir SARL",
    ),
    person(
        "fr-sas-directrice-commerciale",
        """
Marie-Claire Dubois
Directrice commerciale
Provence Arômes SAS
Tél. : +33 4 91 23 45 67
Mob. : +33 6 12 34 56 78
mc.dubois@provence-aromes.fr
""",
        "Marie-Claire Dubois",
        "Marie-Claire",
        "Dubois",
        "Directrice commerciale",
        "Provence Arômes SAS",
    ),
    person(
        "fr-family-name-in-caps",
        """
Brevard Industries SAS
Jean-Luc MOREAU
Directeur commercial
Tél. 01 45 67 89 10
jl.moreau@brevard-industries.fr
""",
        "Jean-Luc MOREAU",
        "Jean-Luc",
        "MOREAU",
        "Directeur commercial",
        "Brevard Industries SAS",
    ),
    person(
        "be-flemish-bv-descriptor-line",
        """
Van Damme & Peeters BV
Architecten
Els Peeters
Zaakvoerder
+32 9 123 45 67
els.peeters@vdp-architecten.be
""",
        "Els Peeters",
        "Els",
        "Peeters",
        "Zaakvoerder",
        "Van Damme & Peeters BV",
    ),
    person(
        "be-french-dr-without-dot",
        """
Dr Nathalie Lambert
Médecin généraliste
Cabinet Médical des Ardennes
Rue de la Station 12, 6800 Libramont
+32 61 22 33 44
n.lambert@cabinet-ardennes.be
""",
        "Dr Nathalie Lambert",
        "Nathalie",
        "Lambert",
        "Médecin généraliste",
        "Cabinet Médical des Ardennes",
    ),
    company_only(
        "fr-company-only-bistrot",
        """
Le Petit Zinc
Bistrot · Cave à vins
Ouvert du mardi au samedi
8 place du Marché, 33000 Bordeaux
05 56 12 34 56
www.lepetitzinc-bordeaux.fr
""",
        "Le Petit Zinc",
    ),
]


@pytest.mark.parametrize(("text", "want"), CARDS)
def test_card(text: str, want: dict[str, Any]) -> None:
    check_card(text, want)
