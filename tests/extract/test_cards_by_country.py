"""Made-up business cards, country by country: who is on the card, what they do, for whom.

These cases are a specification written by hand, independently of the extractor: each expected
value is what a careful person would type into an address book after reading the card. Every
person, company, domain and phone number here is invented (phone numbers use the fictional
ranges where a country has them, otherwise a valid-looking format).

Conventions
-----------
``name``
    The person's full name exactly as printed on the name line, including a prefixed honorific
    or academic title ("Dr.", "Prof.", "Dipl.-Ing.", "Mag.", "Lic.", "Ing.", "Eng.", "Dott.")
    and post-nominal letters printed on the same line ("Dr. Anna Schmidt, MBA", "Sophie
    Tremblay, P.Eng."), in the letter case printed ("OLIVIA GRANT" stays upper case).
    Not part of the name: a job title sharing the line after a separator ("Maria Santos |
    Gerente Comercial" -> "Maria Santos"), a role label in front of it ("Inh. Petra Hoffmann"
    -> "Petra Hoffmann"; "Inh." means owner), and degrees printed on a line of their own.
    A card that names no person (shop, restaurant, law firm, clinic) has ``name`` None, and then
    ``given_name``, ``family_name`` and ``title`` are None too.
    A card printing the name in two scripts: ``name`` is the one in the card's main script
    (the script most of the card is written in); Contact has no field for the other one.
``given_name`` / ``family_name``
    Substrings of ``name`` in the printed letter case, without honorifics and post-nominals.
    ``given_name`` is every given and middle name or initial ("Robert J.", "Maria José",
    "Ana Gabriela"); ``family_name`` is the whole surname including particles and both Iberian
    surnames ("van der Berg", "dos Santos", "de Oliveira", "Martínez López", "Al Mansoori",
    "Ní Bhriain"). East Asian names printed family name first keep that order in ``name``;
    the split follows the person's actual family name ("山田 太郎" -> family "山田", given
    "太郎"; "Wang Lei" -> family "Wang", given "Lei"; "Nguyễn Văn An" -> family "Nguyễn",
    given "Văn An").
    One deliberate gap: "Dr. K. Ramesh Babu" (South Indian initial standing for the family or
    village name) has no split a careful reader can be sure of, so only its ``name`` is
    specified (``UNSPECIFIED`` below).
``title``
    The job title line as printed, including a department or qualifier printed on the same line
    ("営業部 部長", "Senior Vice President, Commercial Lending", "Toimitusjohtaja / CEO").
    A department printed on its own line ("Sales Department"), a slogan, a list of services or
    a line of degrees is not the title.
``company``
    The organisation as printed on its line, with its legal form ("GmbH", "S.A. de C.V.",
    "株式会社" before or after the name, "Co., Ltd."), without slogans or service lists.
"""

from __future__ import annotations

from typing import Any

import pytest

from cardscan.extract import extract_text

from .layout_helpers import expected_people

FIELDS = ("name", "given_name", "family_name", "title", "company")

UNSPECIFIED: Any = object()  # a field this case deliberately does not pin down


def person(
    id_: str,
    text: str,
    name: str,
    given: str,
    family: str,
    title: str | None,
    company: str | None,
) -> Any:
    want = expected_people(name, given, family, title, company)
    return pytest.param(text.strip("\n"), want, id=id_)


def company_only(id_: str, text: str, company: str) -> Any:
    want = expected_people(None, None, None, None, company)
    return pytest.param(text.strip("\n"), want, id=id_)


CARDS = [
    # ----------------------------------------------------------------- United States
    person(
        "us-classic-company-first",
        """
Brightline Analytics, Inc.
Megan O'Connor
Director of Product Management
Phone: (312) 555-0148
megan.oconnor@brightline-analytics.com
www.brightline-analytics.com
233 S Wacker Dr, Suite 4100
Chicago, IL 60606
""",
        "Megan O'Connor",
        "Megan",
        "O'Connor",
        "Director of Product Management",
        "Brightline Analytics, Inc.",
    ),
    person(
        "us-middle-initial-long-title",
        """
Robert J. Whitaker
Senior Vice President, Commercial Lending
First Harbor Bank
Direct 617-555-0172 | Mobile 617-555-0199
rwhitaker@firstharborbank.com
100 Federal Street, Boston, MA 02110
""",
        "Robert J. Whitaker",
        "Robert J.",
        "Whitaker",
        "Senior Vice President, Commercial Lending",
        "First Harbor Bank",
    ),
    person(
        "us-honorific-and-degree",
        """
Dr. Lauren Mitchell, MBA
Chief Medical Officer
Cedar Valley Health Partners
T 503.555.0127
lauren.mitchell@cedarvalleyhealth.org
""",
        "Dr. Lauren Mitchell, MBA",
        "Lauren",
        "Mitchell",
        "Chief Medical Officer",
        "Cedar Valley Health Partners",
    ),
    person(
        "us-all-caps-realtor",
        """
MARCUS BELL
REAL ESTATE AGENT
KEYSTONE REALTY GROUP
C 214-555-0163
marcus.bell@keystonerealtygroup.com
4100 Lemmon Ave, Dallas, TX 75219
""",
        "MARCUS BELL",
        "MARCUS",
        "BELL",
        "REAL ESTATE AGENT",
        "KEYSTONE REALTY GROUP",
    ),
    person(
        "us-slogan-and-badges",
        """
Summit Roofing Co.
"Quality Over Everything"
Jake Turner
Project Estimator
(720) 555-0110
jake@summitroofingco.com
Licensed • Bonded • Insured
""",
        "Jake Turner",
        "Jake",
        "Turner",
        "Project Estimator",
        "Summit Roofing Co.",
    ),
    person(
        "us-department-line",
        """
Redwood Logistics
Sales Department
Kevin Alvarez
Account Executive
kevin.alvarez@redwoodlogistics.net
(916) 555-0134
""",
        "Kevin Alvarez",
        "Kevin",
        "Alvarez",
        "Account Executive",
        "Redwood Logistics",
    ),
    person(
        "us-name-dash-title-same-line",
        """
Daniel Park – Founder & CEO
Lumen Loop Labs
daniel@lumenlooplabs.io
+1 (650) 555-0171
lumenlooplabs.io
""",
        "Daniel Park",
        "Daniel",
        "Park",
        "Founder & CEO",
        "Lumen Loop Labs",
    ),
    person(
        "us-attorney-pllc",
        """
Rachel Kim
Attorney at Law
Kim & Alvarez, PLLC
1201 Third Avenue, Suite 2200
Seattle, WA 98101
Office 206-555-0145
rkim@kimalvarezlaw.com
""",
        "Rachel Kim",
        "Rachel",
        "Kim",
        "Attorney at Law",
        "Kim & Alvarez, PLLC",
    ),
    person(
        "us-plumber-slogan-service-list",
        """
RIVERSIDE PLUMBING & HEATING
Fast • Reliable • Local
Mike Donovan
Master Plumber
Drain Cleaning | Water Heaters | Repiping
(503) 555-0190
mike@riversideplumbingpdx.com
""",
        "Mike Donovan",
        "Mike",
        "Donovan",
        "Master Plumber",
        "RIVERSIDE PLUMBING & HEATING",
    ),
    company_only(
        "us-company-only-restaurant",
        """
Blue Fern Bistro
Farm-to-Table Dining
Open Tue–Sun 11am–10pm
1420 Pearl Street, Boulder, CO 80302
(303) 555-0181
www.bluefernbistro.com
""",
        "Blue Fern Bistro",
    ),
    # ----------------------------------------------------------------- United Kingdom
    person(
        "uk-ltd-company-first",
        """
Harcourt Digital Ltd
Oliver Pembroke
Head of Client Services
T: 020 7946 0321
M: 07700 900456
oliver.pembroke@harcourtdigital.co.uk
harcourtdigital.co.uk
12 Bedford Row, London WC1R 4BU
""",
        "Oliver Pembroke",
        "Oliver",
        "Pembroke",
        "Head of Client Services",
        "Harcourt Digital Ltd",
    ),
    person(
        "uk-professor-postnominal-no-comma",
        """
Prof. Helen Carmichael FRCS
Consultant Orthopaedic Surgeon
Northgate Private Hospital
0161 496 0235
h.carmichael@northgatehospital.co.uk
""",
        "Prof. Helen Carmichael FRCS",
        "Helen",
        "Carmichael",
        "Consultant Orthopaedic Surgeon",
        "Northgate Private Hospital",
    ),
    person(
        "uk-all-caps-name-matches-company",
        """
JAMES ASHWORTH
Managing Director
ASHWORTH JOINERY LIMITED
Bespoke Kitchens & Staircases
0117 496 0583 | 07700 900812
james@ashworthjoinery.co.uk
""",
        "JAMES ASHWORTH",
        "JAMES",
        "ASHWORTH",
        "Managing Director",
        "ASHWORTH JOINERY LIMITED",
    ),
    person(
        "uk-plc-name-comma-title",
        """
Amelia Hartley, Finance Director
Thistledown Retail plc
Tel +44 131 496 0718
amelia.hartley@thistledownretail.co.uk
""",
        "Amelia Hartley",
        "Amelia",
        "Hartley",
        "Finance Director",
        "Thistledown Retail plc",
    ),
    company_only(
        "uk-company-only-law-firm",
        """
Ashby & Rowe LLP
Solicitors
Commercial Property • Family Law • Wills & Probate
14 Park Square East, Leeds LS1 2NE
0113 496 0712
enquiries@ashbyrowe.co.uk
""",
        "Ashby & Rowe LLP",
    ),
    # ----------------------------------------------------------------- Ireland
    person(
        "ie-irish-particle-surname-dac",
        """
Siobhán Ní Bhriain
Marketing Manager
Cliffside Software DAC
+353 1 678 2145
siobhan.nibhriain@cliffsidesoftware.ie
Grand Canal Dock, Dublin 2, D02 X285
""",
        "Siobhán Ní Bhriain",
        "Siobhán",
        "Ní Bhriain",
        "Marketing Manager",
        "Cliffside Software DAC",
    ),
    person(
        "ie-apostrophe-surname-ltd",
        """
Atlantic Way Tours Ltd.
Conor O'Sullivan
Tour Operations Manager
+353 91 562 704
+353 87 123 4567
conor@atlanticwaytours.ie
""",
        "Conor O'Sullivan",
        "Conor",
        "O'Sullivan",
        "Tour Operations Manager",
        "Atlantic Way Tours Ltd.",
    ),
    # ----------------------------------------------------------------- Canada
    person(
        "ca-postnominal-peng",
        """
Sophie Tremblay, P.Eng.
Senior Structural Engineer
Maple Ridge Engineering Inc.
T 604-555-0163  C 604-555-0188
stremblay@mapleridge-eng.ca
1055 West Georgia St, Vancouver, BC V6E 3P3
""",
        "Sophie Tremblay, P.Eng.",
        "Sophie",
        "Tremblay",
        "Senior Structural Engineer",
        "Maple Ridge Engineering Inc.",
    ),
    person(
        "ca-quebec-hyphenated-given-name",
        """
Boulangerie Saint-Laurent
Jean-François Bouchard
Propriétaire
450-555-0129
jf.bouchard@boulangeriesaintlaurent.ca
""",
        "Jean-François Bouchard",
        "Jean-François",
        "Bouchard",
        "Propriétaire",
        "Boulangerie Saint-Laurent",
    ),
    # ----------------------------------------------------------------- Australia
    person(
        "au-pty-ltd-abn",
        """
Coral Coast Solar Pty Ltd
Liam Fitzgerald
Sales Consultant
M 0491 570 156
P (07) 5550 1234
liam@coralcoastsolar.com.au
www.coralcoastsolar.com.au
ABN 12 345 678 901
""",
        "Liam Fitzgerald",
        "Liam",
        "Fitzgerald",
        "Sales Consultant",
        "Coral Coast Solar Pty Ltd",
    ),
    company_only(
        "au-company-only-cafe-caps",
        """
THE GOOD GRIND
Specialty Coffee & Brunch
Shop 3, 45 Beach Rd, Bondi NSW 2026
(02) 5550 8890
hello@thegoodgrind.com.au
""",
        "THE GOOD GRIND",
    ),
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
    # ----------------------------------------------------------------- Spain / Mexico / Argentina
    person(
        "es-sl-gerente-general-two-surnames",
        """
Construcciones Almenara S.L.
Javier Martínez López
Gerente General
Tel. 963 123 456
Móvil 612 345 678
jmartinez@almenara.es
C/ Colón 24, 46004 Valencia
""",
        "Javier Martínez López",
        "Javier",
        "Martínez López",
        "Gerente General",
        "Construcciones Almenara S.L.",
    ),
    person(
        "mx-lic-sa-de-cv",
        """
Grupo Textil Atlántida, S.A. de C.V.
Lic. Ana Gabriela Ramírez Torres
Directora de Recursos Humanos
Tel. +52 55 5123 4567
aramirez@textilatlantida.com.mx
Av. Insurgentes Sur 1602, Col. Crédito Constructor, CDMX
""",
        "Lic. Ana Gabriela Ramírez Torres",
        "Ana Gabriela",
        "Ramírez Torres",
        "Directora de Recursos Humanos",
        "Grupo Textil Atlántida, S.A. de C.V.",
    ),
    person(
        "mx-ing-gerente-de-planta",
        """
Ing. Carlos Alberto Hernández
Gerente de Planta
Autopartes del Bajío S.A. de C.V.
Cel. 442 123 4567
carlos.hernandez@autopartesbajio.mx
""",
        "Ing. Carlos Alberto Hernández",
        "Carlos Alberto",
        "Hernández",
        "Gerente de Planta",
        "Autopartes del Bajío S.A. de C.V.",
    ),
    person(
        "ar-name-pipe-title-sa",
        """
Martín Sosa | Gerente Comercial
Bodega Los Aromos S.A.
Ruta 40 km 3,5 - Mendoza
+54 9 261 555-1234
msosa@bodegalosaromos.com.ar
""",
        "Martín Sosa",
        "Martín",
        "Sosa",
        "Gerente Comercial",
        "Bodega Los Aromos S.A.",
    ),
    company_only(
        "es-company-only-hardware-shop-caps",
        """
FERRETERÍA HERMANOS GIL
Herramientas · Pintura · Fontanería
C/ Mayor 15, 28013 Madrid
Tel. 914 567 890
""",
        "FERRETERÍA HERMANOS GIL",
    ),
    # ----------------------------------------------------------------- Portugal / Brazil
    person(
        "br-maria-jose-dos-santos-ltda",
        """
Maria José dos Santos
Gerente Comercial
Distribuidora Paulista Ltda.
(11) 3456-7890 | (11) 98555-4321
maria.santos@distpaulista.com.br
Rua Augusta, 1200 - Consolação - São Paulo/SP
""",
        "Maria José dos Santos",
        "Maria José",
        "dos Santos",
        "Gerente Comercial",
        "Distribuidora Paulista Ltda.",
    ),
    person(
        "br-joao-pedro-de-oliveira-sa",
        """
Cafés Serra Azul S.A.
João Pedro de Oliveira
Diretor de Exportação
+55 35 3222-1100
joao.oliveira@serraazul.com.br
""",
        "João Pedro de Oliveira",
        "João Pedro",
        "de Oliveira",
        "Diretor de Exportação",
        "Cafés Serra Azul S.A.",
    ),
    person(
        "br-me-proprietario",
        """
Pão Dourado Padaria e Confeitaria ME
Francisco Alves
Proprietário
(81) 3333-4455
francisco@paodourado.com.br
""",
        "Francisco Alves",
        "Francisco",
        "Alves",
        "Proprietário",
        "Pão Dourado Padaria e Confeitaria ME",
    ),
    person(
        "br-name-pipe-title-ltda",
        """
Maria Santos | Gerente Comercial
Agropecuária Boa Vista Ltda.
(62) 3241-5566
maria.santos@boavista-agro.com.br
""",
        "Maria Santos",
        "Maria",
        "Santos",
        "Gerente Comercial",
        "Agropecuária Boa Vista Ltda.",
    ),
    person(
        "pt-lda-diretora-compound-given",
        """
Vinhos do Douro Lda.
Ana Rita Ferreira
Diretora Comercial
+351 222 345 678
+351 912 345 678
ana.ferreira@vinhosdodouro.pt
""",
        "Ana Rita Ferreira",
        "Ana Rita",
        "Ferreira",
        "Diretora Comercial",
        "Vinhos do Douro Lda.",
    ),
    company_only(
        "br-company-only-dental-clinic",
        """
Clínica Sorriso Odontologia
Implantes · Ortodontia · Clareamento
Av. Brasil, 450 - Sala 12 - Campinas/SP
(19) 3232-1010
www.clinicasorriso.com.br
""",
        "Clínica Sorriso Odontologia",
    ),
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
        "General Manager, Overseas Sales",
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
        "Senior Manager, Global Sales",
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
    contact = extract_text(text)
    wrong = [
        f"{field}: got {getattr(contact, field)!r}, want {expected!r}"
        for field, expected in want.items()
        if expected is not UNSPECIFIED and getattr(contact, field) != expected
    ]
    assert not wrong, "\n".join(wrong) + f"\nfor card:\n{text}"


def test_enough_cases() -> None:
    ids = [c.id for c in CARDS]
    assert len(ids) >= 60 and len(set(ids)) == len(ids), "ids must be unique, 60 or more"
