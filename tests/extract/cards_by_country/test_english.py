"""Made-up business cards of English-speaking countries: the United States, the United
Kingdom, Ireland, Canada and Australia.

A hand-written specification; its conventions are in spec.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from .spec import check_card, company_only, person

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
        "Senior Vice President",
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
]


@pytest.mark.parametrize(("text", "want"), CARDS)
def test_card(text: str, want: dict[str, Any]) -> None:
    check_card(text, want)
