"""Email extraction: OCR slips repaired, nothing invented."""

from __future__ import annotations

import pytest

from cardscan.extract import extract_text
from cardscan.extract.emails import emails_in_line, find_emails, order_emails

CASES = [
    ("plain", "jane.doe@acme-robotics.com", ["jane.doe@acme-robotics.com"]),
    ("label colon", "E-mail: ana.souza@solaris.com.br", ["ana.souza@solaris.com.br"]),
    ("label glued colon", "E-mail:john@orchard.io", ["john@orchard.io"]),
    ("label glued hyphen", "E-Mailkarl.weber@nordlicht.de", ["karl.weber@nordlicht.de"]),
    ("label glued case change", "Emailjohn@orchard.io", ["john@orchard.io"]),
    ("label glued, its I read as l", "E-MAlL.lena@orchard.io", ["lena@orchard.io"]),
    ("label glued, its I read as 1", "E-Ma1l:lena@orchard.io", ["lena@orchard.io"]),
    ("label glued, its il read as 11", "Ema11lena@orchard.io", ["lena@orchard.io"]),
    ("label glued, its l read as 1", "Emai1lena@orchard.io", ["lena@orchard.io"]),
    ("a capital E and mall: a name", "Emallison@orchard.io", ["emallison@orchard.io"]),
    ("ambiguous lower glued kept", "emailjohn@orchard.io", ["emailjohn@orchard.io"]),
    ("copyright sign", "pierre.martin©lumiere.fr", ["pierre.martin@lumiere.fr"]),
    ("registered sign", "yuki.tanaka®sakura-tech.co.jp", ["yuki.tanaka@sakura-tech.co.jp"]),
    ("(at)", "info(at)bergwerk-gmbh.de", ["info@bergwerk-gmbh.de"]),
    ("[at] spaced", "rahul.mehta [at] vriddhi.in", ["rahul.mehta@vriddhi.in"]),
    ("bare at opening line", "lucia.gomez at vientosur.es", ["lucia.gomez@vientosur.es"]),
    ("comma for dot", "sarah.lee@brightwave,com", ["sarah.lee@brightwave.com"]),
    ("spaced comma before tld", "paulo@casaverde ,com.br", ["paulo@casaverde.com.br"]),
    ("spaces around at", "mark.owens @ tidewater.co.uk", ["mark.owens@tidewater.co.uk"]),
    ("space after dot", "mark.owens@tidewater. co.uk", ["mark.owens@tidewater.co.uk"]),
    ("trailing period", "Contact: priya.nair@lotusmed.in.", ["priya.nair@lotusmed.in"]),
    ("uppercase", "E: JOHN.SMITH@ORCHARD.IO", ["john.smith@orchard.io"]),
    (
        "two on a line",
        "sales@kobe-denki.co.jp / h.sato@kobe-denki.co.jp",
        ["sales@kobe-denki.co.jp", "h.sato@kobe-denki.co.jp"],
    ),
    ("glued tail after tld", "m.rossi@ferrovia.itTel", ["m.rossi@ferrovia.it"]),
    ("full-width at", "kenji＠hikari.co.jp", ["kenji@hikari.co.jp"]),
    # A label in another script glued before the address ("邮箱" email, "メール", "이메일").
    ("cjk label glued", "邮箱j.guo@example-plas.com", ["j.guo@example-plas.com"]),
    ("kana label glued", "メールj.guo@example.co.jp", ["j.guo@example.co.jp"]),
    ("hangul label glued", "이메일j.guo@example.co.kr", ["j.guo@example.co.kr"]),
    # ... and its stop, printed or a colon read as one
    ("cjk label and stop", "邮箱.j.guo@example-plas.com", ["j.guo@example-plas.com"]),
    ("hangul label and stop", "메일.kim@example.co.kr", ["kim@example.co.kr"]),
    ("full-width stop", "電郵．chan@example.com.hk", ["chan@example.com.hk"]),
    ("cyrillic label and stop", "Почта.ivan@example.ru", ["ivan@example.ru"]),
    # An icon before the address read as a letter glued to a shared mailbox's word
    ("icon read as a letter", "sinfo@example.co.uk", ["info@example.co.uk"]),
    ("icon before a department box", "fsales.uk@example.com", ["sales.uk@example.com"]),
    ("a word, not an icon", "steam@example.com", ["steam@example.com"]),
    ("too short a mailbox word", "shr@example.com", ["shr@example.com"]),
    ("after a label, no icon", "Email: sinfo@example.co.uk", ["sinfo@example.co.uk"]),
]


@pytest.mark.parametrize(
    ("text", "want"), [(t, w) for _, t, w in CASES], ids=[i for i, _, _ in CASES]
)
def test_emails_found_and_repaired(text: str, want: list[str]) -> None:
    got = [e.address for e in find_emails([text])]
    assert got == want, text


NOT_EMAILS = [
    ("website only", "www.acme-robotics.com"),
    ("bare domain", "acme-robotics.com"),
    ("prose at", "Visit us at brightwave.com"),
    ("meet at", "Meet the team at booth 12"),
    ("social handle", "@acme_robotics"),
    ("unknown tld", "bob@acme.zzzq"),
    ("no domain dot", "bob@localhost"),
]


@pytest.mark.parametrize("text", [t for _, t in NOT_EMAILS], ids=[i for i, _ in NOT_EMAILS])
def test_no_email_invented(text: str) -> None:
    got = [e.address for e in find_emails([text])]
    assert got == [], text


def test_duplicates_collapsed() -> None:
    text = "JANE@ORCHARD.IO\njane@orchard.io"
    assert [e.address for e in find_emails(text.splitlines())] == ["jane@orchard.io"], text


def test_personal_email_first() -> None:
    got = order_emails(["info@orchard.io", "jane.doe@orchard.io"], "Jane Doe")
    assert got == ["jane.doe@orchard.io", "info@orchard.io"]


def test_generic_mailbox_last_without_name() -> None:
    got = order_emails(["contato@solaris.com.br", "rafael@solaris.com.br"], None)
    assert got == ["rafael@solaris.com.br", "contato@solaris.com.br"]


def test_contact_emails_order_on_card() -> None:
    text = "Olivia Grant\nPartner\ninfo@grantlegal.co.uk\nolivia.grant@grantlegal.co.uk"
    assert extract_text(text).emails == (
        "olivia.grant@grantlegal.co.uk",
        "info@grantlegal.co.uk",
    ), text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Email taro.yamada@example-shoji.ip", "taro.yamada@example-shoji.jp"),  # j read as i
        ("Email taro@example.co.jp", "taro@example.co.jp"),
        ("Email ana@example.il", "ana@example.il"),  # Israel's: a country's domain stays
        ("Email ana@example.lt", "ana@example.lt"),
        # a country's second level read glued to its code
        ("Email taro@example-shoji.cojp", "taro@example-shoji.co.jp"),
        ("Email ana@example.combr", "ana@example.com.br"),
        ("Email ana@example.news", "ana@example.news"),  # a TLD of its own
    ],
)
def test_a_country_domain_misread_as_no_countrys_is_repaired(text: str, want: str) -> None:
    found = find_emails([text])
    assert [e.address for e in found] == [want], text
    assert found[0].repaired == (want not in text), text


@pytest.mark.parametrize(
    ("printed", "want"),
    [
        ("Ecomercial@luz-modelo.com.br", "comercial@luz-modelo.com.br"),
        ("Evertrieb@rivergate.de", "vertrieb@rivergate.de"),
        ("ecommerce@modelo.com.br", "ecommerce@modelo.com.br"),  # no shared mailbox under it
        ("email@northwind.example", "email@northwind.example"),  # a shared mailbox itself
    ],
)
def test_an_e_label_glued_to_a_shared_mailbox_is_dropped(printed: str, want: str) -> None:
    from cardscan.extract import drop_glued_label_letter

    assert drop_glued_label_letter(printed, None) == want, printed


@pytest.mark.parametrize(
    "line",
    [
        "Email: ravi.kumar@keralatraders.com, info@keralatraders.com",
        "ravi.kumar@keralatraders.com,info@keralatraders.com",
        "ravi.kumar@keralatraders.com , info@keralatraders.com",
    ],
)
def test_two_addresses_after_a_comma_stay_two(line: str) -> None:
    """ ".com, info@" is where the next address opens, not a ".com.info" domain."""
    got = [e.address for e in find_emails([line])]
    assert got == ["ravi.kumar@keralatraders.com", "info@keralatraders.com"], line


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("jordan.blake@gmai1.com", "jordan.blake@gmail.com"),
        ("jordan.blake@gma1l.com", "jordan.blake@gmail.com"),  # a 1 for the i
        ("jordan.blake@yah0o.co.jp", "jordan.blake@yahoo.co.jp"),
        ("jordan.blake@hotrnail.com", "jordan.blake@hotmail.com"),
        ("jordan.blake@northwind.co.uk", "jordan.blake@northwind.co.uk"),
        ("jordan.blake@rnail.com", "jordan.blake@rnail.com"),
        # A digit OCR made of the "@"'s tail, glued before a long provider's name.
        ("jordan.blake@8gmail.com", "jordan.blake@gmail.com"),
        ("jordan.blake@6hotmail.com", "jordan.blake@hotmail.com"),
        ("jordan.blake@8northwind.com", "jordan.blake@8northwind.com"),
        ("jordan.blake@agmail.com", "jordan.blake@agmail.com"),  # a letter may be a name's
        # A thin letter of a long provider's name lost.
        ("jordan.blake@gmal.com", "jordan.blake@gmail.com"),
        ("jordan.blake@hotmal.com", "jordan.blake@hotmail.com"),
        ("jordan.blake@mail.com", "jordan.blake@mail.com"),  # a provider's own name
        ("jordan.blake@nortwind.com", "jordan.blake@nortwind.com"),
    ],
)
def test_a_mail_provider_read_with_a_look_alike_is_that_provider(line: str, want: str) -> None:
    """A digit or "rn" read for a letter of a long provider name is put back, a digit read
    before it dropped; short names ("mail", "web") and other domains are left as printed."""
    assert [f.address for f in find_emails([line])] == [want], line


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("info@northwind.corn", "info@northwind.com"),
        ("info@northwind.con", "info@northwind.com"),
        ("info@northwind.c0m", "info@northwind.com"),
        ("contato@northwind.corn.br", "contato@northwind.com.br"),
        ("jordan@con.com", "jordan@con.com"),  # a label, not the last one
    ],
)
def test_com_misread_is_com_and_marked_repaired(line: str, want: str) -> None:
    (found,) = emails_in_line(line, 0)
    assert found.address == want, line
    assert found.repaired is (line != want), line


def test_a_website_ending_in_com_misread_ends_in_com() -> None:
    text = "Northwind Ltd\nJordan Blake\nwww.northwind.corn"
    assert extract_text(text).websites == ("www.northwind.com",), text


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Email Id:-rk@northwind.in", ["rk@northwind.in"]),
        ("E-mail:-ravi.patel@northwind.in", ["ravi.patel@northwind.in"]),
        ("mail-ravi@northwind.in", ["mail-ravi@northwind.in"]),  # a dash inside: its own
    ],
)
def test_an_address_after_a_labels_colon_and_dash_is_found(line: str, want: list[str]) -> None:
    """Indian cards write "Email Id:-" and "Web:-" before the value."""
    assert [e.address for e in emails_in_line(line, 0)] == want, line


def test_a_capitalised_label_and_a_dash_glued_to_the_address_are_no_part_of_it() -> None:
    assert [e.address for e in emails_in_line("Email-rk@northwind.in", 0)] == ["rk@northwind.in"]


def test_a_label_in_capitals_and_a_low_line_glued_to_the_address_are_no_part_of_it() -> None:
    got = [e.address for e in emails_in_line("EMAIL_r.menon@northwind.in", 0)]
    assert got == ["r.menon@northwind.in"]
    # in lower case, "email_" may be the address's own start
    assert [e.address for e in emails_in_line("email_r@northwind.in", 0)] == [
        "email_r@northwind.in"
    ]


@pytest.mark.parametrize(
    ("printed", "name", "want"),
    [
        ("eteodora@vancebridge.example", "Teodora Vance", "teodora@vancebridge.example"),
        ("estroud@vancebridge.example", "Emma Stroud", "estroud@vancebridge.example"),  # flast
        ("elena@vancebridge.example", "Elena Ruiz", "elena@vancebridge.example"),
        ("E.s.alharbi@vancebridge.example", "Samir Al Harbi", "s.alharbi@vancebridge.example"),
        # the initial and the first of two family names
        ("e.arrieta@vancebridge.example", "Elvira Arrieta Villar", "e.arrieta@vancebridge.example"),
    ],
)
def test_an_e_label_glued_to_a_name_word_is_dropped(printed: str, name: str, want: str) -> None:
    from cardscan.extract import drop_glued_label_letter

    assert drop_glued_label_letter(printed, name) == want, (printed, name)
