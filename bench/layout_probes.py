"""Made-up card texts in several layouts: which titles, firms and names extraction loses.

usage: python -m bench.layout_probes [--show N]

Each probe puts one value (a job title, a firm's name, a person's name) into a card text laid
out one way (the title under the contact block, a card printing no name, the firm over its
descriptor with a free-mail address ...) and reads it with ``extract_text``. It prints, per
probe and layout, how many values were not read back as written, and the first N misses.
The values are common jobs, kinds of firm and names from many countries, written for this
script; no card's content. Rules found with it get their own tests in tests/extract.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable

from cardscan.extract import extract_text

TITLES = (
    "Proprietor", "Owner", "Founder & CEO", "Managing Partner", "Attorney at Law",
    "Notary Public", "Chartered Accountant", "Certified Public Accountant", "Realtor",
    "Real Estate Agent", "Licensed Insurance Agent", "Financial Advisor", "Loan Officer",
    "Branch Manager", "Store Manager", "Area Sales Manager", "Regional Sales Director",
    "Key Account Manager", "Business Development Executive", "Account Executive",
    "Customer Success Manager", "Creative Director", "Graphic Designer", "Photographer",
    "Architect", "Civil Engineer", "Site Supervisor", "Electrician", "Service Technician",
    "Field Service Engineer", "Senior Software Developer", "Full Stack Developer",
    "Data Scientist", "Research Scientist", "Associate Professor", "Lecturer", "Librarian",
    "Physician", "Dentist", "Registered Nurse", "Pharmacist", "Physiotherapist",
    "Veterinarian", "Psychologist", "Personal Trainer", "Executive Chef", "Barista",
    "Hair Stylist", "Tour Guide", "Event Planner", "Operations Manager",
    "Supply Chain Manager", "Procurement Officer", "Quality Assurance Manager",
    "HR Business Partner", "Recruiter", "Office Manager", "Executive Assistant",
    "Receptionist", "Treasurer", "Vice President", "Chairman", "Managing Director",
    "Head of Engineering", "Chief Financial Officer", "CTO", "VP Engineering",
    "Product Manager", "Scrum Master", "Senior Consultant", "Analyst", "Legal Counsel",
    "Paralegal", "Editor-in-Chief", "Chaplain", "Intern", "Assistant General Manager",
    "Senior Relationship Manager", "Director of Sales", "Sales & Marketing Manager",
    "Gerente Comercial", "Diretor Executivo", "Advogado", "Corretor de Imóveis",
    "Cirurgião Dentista", "Director General", "Jefe de Ventas", "Geschäftsführer",
    "Vertriebsleiter", "Directeur Commercial", "Chef de Projet", "Amministratore Delegato",
)  # fmt: skip

FIRMS = (
    ("Northwind", "Logistics Group"), ("Bluefin", "Capital Partners"), ("Zenix", "Software"),
    ("Arbor & Vale", "Architects"), ("KESTREL", "ENGINEERING"), ("Solara", "Energy Solutions"),
    ("Oakridge", "Dental Care"), ("Mistral", "Consulting"), ("Vantage", "Realty"),
    ("Copperleaf", "Bakery"), ("Halden", "Law Office"), ("Pinecrest", "Medical Clinic"),
    ("Quorum", "Analytics"), ("Nimbus", "Cloud Services"), ("Ridgeway", "Construction"),
    ("Tidewater", "Marine Supply"), ("Lumen", "Studio"), ("Everest", "Travels"),
    ("Sakura", "Sushi Bar"), ("Brightline", "Media"),
)  # fmt: skip

NAMES = (
    "Oluwaseun Adeyemi", "Chidinma Okafor", "Kwame Mensah", "Thandiwe Ndlovu",
    "Nguyen Van Thanh", "Tran Thi Mai", "Budi Santoso", "Siti Rahayu", "Ravindra Kulkarni",
    "Lakshmi Venkataraman", "Mohammed Al-Harbi", "Fatima Zahra Benali", "Aigerim Nurlanovna",
    "Giorgi Beridze", "Anahit Petrosyan", "Ximena Quispe", "Sione Tupou", "Dawit Bekele",
    "Ngozi Eze", "Kaito Watanabe", "Jae-won Lee", "Linh Pham", "Zeynep Yilmaz",
)  # fmt: skip

CONTACT = "T +44 20 7946 0958\nE jordan.blake@northwind.co.uk"

TITLE_LAYOUTS: dict[str, Callable[[str], str]] = {
    "under the name": lambda t: f"Northwind Trading Ltd\nJordan Blake\n{t}\n{CONTACT}",
    "over the name": lambda t: f"{t}\nJordan Blake\nNorthwind Trading Ltd\n{CONTACT}",
    "in capitals": lambda t: f"NORTHWIND TRADING LTD\nJORDAN BLAKE\n{t.upper()}\n{CONTACT}",
    "on the name's row": lambda t: f"Northwind Trading Ltd\nJordan Blake | {t}\n{CONTACT}",
    "under the contact block": lambda t: (
        f"Northwind\nJordan Blake\n{CONTACT}\n{t}\n12 High Street, London W1 2AB"
    ),
    "beside a number (two columns, one line)": lambda t: (
        f"Northwind Trading Ltd\nJordan Blake\n{t}  T +44 20 7946 0958\n{CONTACT[19:]}"
    ),
    "a place after a bar on its line": lambda t: (
        f"Northwind Trading Ltd\nJordan Blake\n{t} | Depot 4\n{CONTACT}"
    ),
    "card without a name": lambda t: (
        f"Northwind Trading Ltd\n{t}\nT +44 20 7946 0958\nE info@northwind.co.uk"
    ),
}


def _label(*words: str) -> str:
    return re.sub(r"[^a-z]", "", "".join(words).lower())


FIRM_LAYOUTS: dict[str, Callable[[str, str], str]] = {
    "logo over descriptor, domain of both": lambda a, b: (
        f"{a}\n{b}\nJordan Blake\nOperations Manager\njordan@{_label(a, b)}.com"
    ),
    "logo over descriptor, domain of the logo": lambda a, b: (
        f"{a}\n{b}\nJordan Blake\nOperations Manager\njordan@{_label(a)}.com"
    ),
    "logo over descriptor, free mail": lambda a, b: (
        f"{a}\n{b}\nJordan Blake\nOperations Manager\n+1 415 555 0134\njordanblake77@gmail.com"
    ),
    "one line, free mail": lambda a, b: (
        f"{a} {b}\nJordan Blake\nOperations Manager\n+1 415 555 0134\njordanblake77@gmail.com"
    ),
    "at the bottom": lambda a, b: (
        f"Jordan Blake\nOperations Manager\njordan@{_label(a, b)}.com\n{a} {b}"
    ),
    "over the person, no title, their free mail": lambda a, b: (
        f"{a} {b}\nRavi Patel\n+91 98450 12345\nravipatel@gmail.com"
    ),
    "before the address on one line": lambda a, b: (
        f"Jordan Blake\nOperations Manager\n{a} {b} · 12 Harbor Street · Springfield\n"
        "+1 415 555 0134"
    ),
    "shop card, no person": lambda a, b: (
        f"{a} {b}\n+1 415 555 0134\nOpen Mon-Sat 9am-6pm\n12 Harbor Street, Springfield"
    ),
}

NAME_LAYOUTS: dict[str, Callable[[str], str]] = {
    "with a title": lambda n: f"Northwind Trading Ltd\n{n}\nSales Manager\n{CONTACT[:18]}",
    "with a title, in capitals": lambda n: (
        f"NORTHWIND TRADING LTD\n{n.upper()}\nSALES MANAGER\n{CONTACT[:18]}"
    ),
    "title first": lambda n: f"Sales Manager\n{n}\nNorthwind Trading Ltd\n{CONTACT[:18]}",
    "on the title's row": lambda n: f"Northwind Trading Ltd\n{n} | Sales Manager",
    "email of the given name": lambda n: (
        f"Northwind Trading Ltd\n{n}\n{CONTACT[:18]}\n{n.split()[0].lower()}@northwind.co.uk"
    ),
    "no title, no email naming them": lambda n: (
        f"Northwind Trading Ltd\n{n}\n{CONTACT[:18]}\ninfo@northwind.co.uk"
    ),
}


def probe(field: str, layout: Callable[..., str], values, show: int) -> tuple[int, list[str]]:
    """How many values the layout loses, and the first ``show`` misses."""
    misses = []
    for value in values:
        args = value if isinstance(value, tuple) else (value,)
        want = " ".join(args)
        got = getattr(extract_text(layout(*args)), field) or ""
        if got.casefold() != want.casefold():
            misses.append(f"{want!r} -> {got or None!r}")
    return len(misses), misses[:show]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="misses to print per layout")
    args = parser.parse_args(argv)
    for field, layouts, values in (
        ("title", TITLE_LAYOUTS, TITLES),
        ("company", FIRM_LAYOUTS, FIRMS),
        ("name", NAME_LAYOUTS, NAMES),
    ):
        for name, layout in layouts.items():
            lost, shown = probe(field, layout, values, args.show)
            print(f"{field:8} {name:42} lost {lost:3} of {len(values)}")
            for line in shown:
                print("         ", line)


if __name__ == "__main__":
    main()
