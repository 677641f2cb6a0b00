"""Websites: as printed minus trailing punctuation, never part of an email."""

from __future__ import annotations

import pytest

from cardscan.extract import extract_text
from cardscan.extract.websites import agreed_spellings, find_websites, site_key

CASES = [
    ("www", "www.acme-robotics.com", ["www.acme-robotics.com"]),
    ("https path", "https://orchard.io/team/jane", ["https://orchard.io/team/jane"]),
    ("http single slash slip", "http:/www.hikari.co.jp/", ["http://www.hikari.co.jp/"]),
    ("bare co.jp", "sakura-tech.co.jp", ["sakura-tech.co.jp"]),
    ("bare com.br", "casaverde.com.br", ["casaverde.com.br"]),
    ("web label", "Web: nordlicht.de", ["nordlicht.de"]),
    ("website label caps", "Website: GRANTLEGAL.CO.UK", ["GRANTLEGAL.CO.UK"]),
    ("trailing period", "Visit www.lumiere.fr.", ["www.lumiere.fr"]),
    ("trailing comma", "www.vientosur.es, Madrid", ["www.vientosur.es"]),
    ("prose at", "Visit us at brightwave.com", ["brightwave.com"]),
    (
        "two sites",
        "www.tidewater.co.uk | tidewater.shop",
        ["www.tidewater.co.uk", "tidewater.shop"],
    ),
    ("www comma slip", "www,lotusmed.in", ["www.lotusmed.in"]),
    # a globe icon read as a letter glued to "www"
    ("icon read as l", "lwww.harbourline.example.ae", ["www.harbourline.example.ae"]),
    ("icon after a label", "W: lwww.harbourline.example.ae", ["www.harbourline.example.ae"]),
    (
        "icon after the scheme",
        "https://lwww.harbourline.example.ae",
        ["https://www.harbourline.example.ae"],
    ),
    # a label in another script and its stop glued before the site ("网址." website)
    ("cjk label and stop", "网址.www.example-plas.com.cn", ["www.example-plas.com.cn"]),
    ("bare after cjk label", "网址.example-plas.com.cn", ["example-plas.com.cn"]),
    ("hangul label and stop", "홈페이지.www.example.co.kr", ["www.example.co.kr"]),
    # "www" with a "w" read as "a" or "u", or one more "w"; an icon read as two letters
    ("www read waw", "https://waw.example-cassiano.com.br", ["https://www.example-cassiano.com.br"]),
    ("www read waww", "waww.example-hardware.in", ["www.example-hardware.in"]),
    ("www read wuw", "wuw.example.co.uk", ["www.example.co.uk"]),
    ("a host's own first label", "wawa.com", ["wawa.com"]),
    ("icon read as two letters", "llwww.example-singh.com", ["www.example-singh.com"]),
    ("scheme's slashes read as l", "hmps:llwww.example-singh.com", ["www.example-singh.com"]),
]


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_websites(text: str, want: list[str]) -> None:
    assert [w.url for w in find_websites([text])] == want, text


NOT_WEBSITES = [
    ("abbreviation S.A.", "Solaris Energia S.A."),
    ("Co.Ltd", "Hikari Co.,Ltd."),
    ("Ltda.ME", "Casa Verde Ltda.ME"),
    ("initials", "J.R. Smith"),
    ("street abbreviation", "Av.Paulista 1000"),
    ("decimal", "Version 2.5"),
    # an address whose "@" the reading lost, after its label or glued to it
    ("email label, @ lost", "E-mail: tanakaacme.co.jp"),
    ("email label glued, @ lost", "E-mailtanakaacme.co.jp"),
    ("mail label, @ read as a dot", "Mail: tanaka.acme.com"),
    ("email label read with a space", "E mail tanakaacme.co.jp"),
    ("@ read as letters before a mail provider", "anaquinta1dgmail.com"),
]


@pytest.mark.parametrize("text", [t for _, t in NOT_WEBSITES], ids=[i for i, _ in NOT_WEBSITES])
def test_not_websites(text: str) -> None:
    assert find_websites([text]) == [], text


@pytest.mark.parametrize(
    "text",
    ["mailchimp.com", "Web: mail.acme.com", "E-mail: ana@acme.com acme.com", "brightoutlook.com"],
)
def test_a_domain_only_looking_like_an_emails_label_is_a_website(text: str) -> None:
    assert find_websites([text]) != [], text


def test_email_domain_is_not_a_website() -> None:
    text = "Jane Doe\njane.doe@acme-robotics.com"
    assert extract_text(text).websites == (), text


def test_same_site_once() -> None:
    text = "www.orchard.io\nhttps://orchard.io/"
    assert [w.url for w in find_websites(text.splitlines())] == ["www.orchard.io"], text


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://www.Orchard.io/", "orchard.io"),
        ("orchard.io/team", "orchard.io/team"),
        ("WWW.ACME.COM", "acme.com"),
    ],
)
def test_site_key(url: str, want: str) -> None:
    assert site_key(url) == want, url


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("wwwquillbyte.com", ["www.quillbyte.com"]),
        ("www.quillbyte .com", ["www.quillbyte.com"]),
        ("www.quillbyte. co.in", ["www.quillbyte.co.in"]),
        ("Web : quillbyte. com", ["quillbyte.com"]),
        ("www2.quillbyte.com", ["www2.quillbyte.com"]),
        ("Acme Inc. Com", []),
        ("Rua Augusta, 10. Lisboa", []),
    ],
)
def test_ocr_slips_around_the_dots_of_a_website(line: str, want: list[str]) -> None:
    """OCR loses the dot after "www" or puts a space by the dot before the top-level domain;
    a space is forgiven only for a "www." address or after a web label."""
    assert [w.url for w in find_websites([line])] == want, line


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("www.kaveri,com", ["www.kaveri.com"]),
        ("www kaveri com", ["www.kaveri.com"]),
        ("www.kaveri,co.in", ["www.kaveri.co.in"]),
        ("www.kaveri.comE-mail:", ["www.kaveri.com"]),
        ("http://kaveri.comTel", ["http://kaveri.com"]),
        ("www.kaveri, Mumbai", []),
        ("www kaveri co uk", ["www.kaveri.co.uk"]),
        ("www kaveri com br Tel", ["www.kaveri.com.br"]),
        ("www kaveri com Tel", ["www.kaveri.com"]),
    ],
)
def test_dots_misread_and_words_glued_after_the_domain(line: str, want: list[str]) -> None:
    assert [w.url for w in find_websites([line])] == want, line


def test_www_glued_to_a_phone_number_leaves_the_number() -> None:
    text = "M: 9845041000www.kaveri.com"
    got = extract_text(text)
    assert got.websites == ("www.kaveri.com",), text
    assert [p.number for p in got.phones] == ["9845041000"], text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("www.example-shoji.ip", "www.example-shoji.jp"),  # j read as i
        ("http://www.example-shoji.cojp", "http://www.example-shoji.co.jp"),  # dot lost
    ],
)
def test_a_country_domain_misread_as_no_countrys_is_repaired(text: str, want: str) -> None:
    found = [w.url for w in find_websites([text])]
    assert found == [want], text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ホームページhttps://example.co.jp", "https://example.co.jp"),
        ("网址example-plas.com", "example-plas.com"),
    ],
)
def test_a_website_with_a_label_in_another_script_glued_before_it(text: str, want: str) -> None:
    assert [w.url for w in find_websites([text])] == [want], text


@pytest.mark.parametrize(
    ("site", "want"),
    [
        ("www.nortwind.com", "www.northwind.com"),  # a letter lost
        ("https://www.northwlnd.com/team", "https://www.northwind.com/team"),  # a letter misread
        ("www.northwind-freight.corn", "www.northwind-freight.com"),  # two slips in a long host
        ("www.westwind.com", "www.westwind.com"),  # more than two letters apart: another firm
        ("www.harbourline.com", "www.harbourline.com"),  # nothing like it
    ],
)
def test_a_website_one_slip_from_an_email_domain_takes_the_emails_spelling(
    site: str, want: str
) -> None:
    domain = "northwind-freight.com" if "freight" in site else "northwind.com"
    text = f"Tom Ashby\ntom@{domain}\n{site}"
    assert extract_text(text).websites == (want,), text


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("ww.northwind.com", "www.northwind.com"),
        ("vvww.northwind.com", "www.northwind.com"),
        ("wvw.northwind.com", "www.northwind.com"),
        ("https://ww.northwind.com", "https://www.northwind.com"),
        ("ww.com", "ww.com"),  # no host after it: a domain of its own
    ],
)
def test_www_read_with_a_w_lost_or_as_vv_is_www(line: str, want: str) -> None:
    assert [w.url for w in find_websites([line])] == [want], line


@pytest.mark.parametrize(
    ("line", "want"),
    [("Web:-www.northwind.in", "www.northwind.in"), ("Website:-northwind.in", "northwind.in")],
)
def test_a_website_after_a_labels_colon_and_dash_is_found(line: str, want: str) -> None:
    assert [w.url for w in find_websites([line])] == [want], line


@pytest.mark.parametrize("line", ["Web-www.northwind.in", "Website.www.northwind.in"])
def test_a_website_label_glued_before_www_is_no_part_of_the_host(line: str) -> None:
    assert [w.url for w in find_websites([line])] == ["www.northwind.in"], line


NW, NW_MISREAD = "northwind.com", "northwlnd.com"


@pytest.mark.parametrize(
    ("email", "site", "want"),
    [
        # the website's line read surely and surer than the email's: its spelling for both
        ((f"tom@{NW_MISREAD}", 0.95), (f"www.{NW}", 0.995), (f"tom@{NW}", f"www.{NW}")),
        # a website line read under SURE_LINE does not correct the email
        ((f"tom@{NW}", 0.93), (f"www.{NW_MISREAD}", 0.96), (f"tom@{NW}", f"www.{NW}")),
        # a tie keeps the email's spelling, which validated as an address
        ((f"tom@{NW}", 0.99), (f"www.{NW_MISREAD}", 0.99), (f"tom@{NW}", f"www.{NW}")),
        # two domains more than a misread apart are two sites
        (("tom@westwind.com", 0.9), (f"www.{NW}", 1.0), ("tom@westwind.com", f"www.{NW}")),
    ],
)
def test_an_email_and_a_website_a_misread_apart_take_the_surer_lines_spelling(
    email: tuple[str, float], site: tuple[str, float], want: tuple[str, str]
) -> None:
    addresses, urls = agreed_spellings([email], [site])
    assert (addresses[0], urls[0]) == want, (email, site)


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        # The "@" lost between a mailbox and the firm's own domain: no second website.
        (["ana.limanorthwind.com", "www.northwind.com"], ["www.northwind.com"]),
        (["shop.northwind.com", "www.northwind.com"], ["shop.northwind.com", "www.northwind.com"]),
        (["www.westnorthwind.com"], ["www.westnorthwind.com"]),  # alone, nothing to glue to
    ],
)
def test_a_website_glued_after_letters_to_another_is_an_email(
    lines: list[str], want: list[str]
) -> None:
    assert [w.url for w in find_websites(lines)] == want, lines
