"""Websites: scheme or www. URLs, labelled values, and bare domains with a known TLD."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import patterns as P
from . import web_patterns as W
from .domains import known_tlds, tld_repaired
from .lexicon import misread_of


@dataclass(frozen=True)
class FoundWebsite:
    url: str  # as printed, minus trailing punctuation
    line: int
    span: tuple[int, int]


def _clean(url: str) -> str:
    """Trailing punctuation belongs to the sentence, not the URL; "http:/x" and "http: //x" are OCR
    slips.
    """
    url = W.URL_TRAILING_PUNCT.sub("", url.strip())
    return re.sub(r"^(https?)\s*:\s*//?\s*", r"\1://", url, flags=re.IGNORECASE)


def is_domain_like(host: str) -> bool:
    """A host is a plausible website when each label is sane and the last is a known TLD.

    Labels of one letter ("S.A", "e.V") or TLDs off the list ("Ltda.Rua") are
    abbreviations, not domains.
    """
    labels = host.lower().split(".")
    if len(labels) < 2 or labels[-1] not in known_tlds():
        return False
    if any(not label or label.startswith("-") or label.endswith("-") for label in labels):
        return False
    return len(labels[-2]) >= 2 and any(ch.isalpha() for ch in labels[-2])


def _bare_domain_ok(match: re.Match[str], line: str) -> bool:
    """A bare domain counts only when it reads like one.

    It must pass is_domain_like, and then be written with a lower-case TLD
    ("acme.co.jp", "Acme.com"), follow a "Web:" label, or be in capitals with a
    generic TLD ("ACME.COM"); "Ltda.ME" and "Co.Ltd" are abbreviations, and an email read
    without its "@" is no website (:func:`_email_without_its_at`).
    """
    host = match.group("host")
    if not is_domain_like(host) or _email_without_its_at(match, line):
        return False
    tld = host.rsplit(".", 1)[-1]
    if tld.islower() or P.WEB_LABEL.match(line):
        return True
    return tld.lower() in {"com", "net", "org"} or host.count(".") >= 2


def _email_without_its_at(match: re.Match[str], line: str) -> bool:
    """Rule: a bare domain after an email's label, or read glued to one, is an address whose
    "@" was lost ("E-mail: tanakaacme.co.jp"), not the firm's website; so is a public mail
    provider's domain with letters glued before it ("anaquintaldgmail.com")."""
    before, host = line[: match.start()], match.group(0)
    return bool(
        W.EMAIL_LABEL_BEFORE.search(before)
        or W.EMAIL_LABEL_GLUED.match(host)
        or W.PROVIDER_GLUED_HOST.match(host)
    )


def with_dots_restored(text: str) -> str:
    """Rule: after "www", a comma or a single space OCR read where a dot is printed becomes the
    dot again when what follows reads as a domain ("www.acme,com", "www acme com"); the text
    keeps its length, so spans stay true."""

    def mend(found: re.Match[str]) -> str:
        mended = re.sub(r"[ ,]", ".", found.group(0))
        return mended if is_domain_like(mended.split(".", 1)[1]) else found.group(0)

    return W.WWW_MISREAD_DOTS.sub(mend, text)


def websites_in_line(text: str, line: int) -> list[FoundWebsite]:
    """Websites on one line (the caller has already masked out email addresses)."""
    text = with_dots_restored(text)
    found: list[FoundWebsite] = []
    taken: list[tuple[int, int]] = []

    def overlaps(start: int, end: int) -> bool:
        return any(start < t_end and t_start < end for t_start, t_end in taken)

    for match in W.SPACED_DOMAIN.finditer(text):  # before the others: "co.in" is part of it
        url = P.WHITESPACE.sub("", match.group(0))
        start, end = match.span()
        labelled = url.lower().startswith("www.") or bool(P.WEB_LABEL.match(text))
        if labelled and is_domain_like(site_key(url)):
            taken.append((start, end))
            found.append(FoundWebsite(url, line, (start, end)))
    for pattern in (W.URL_WITH_SCHEME, W.WWW_URL, W.BARE_DOMAIN):
        for match in pattern.finditer(text):
            start, end = match.span()
            if overlaps(start, end):
                continue
            if pattern is W.BARE_DOMAIN and not _bare_domain_ok(match, text):
                continue
            url = _clean(match.group(0))
            if pattern is not W.BARE_DOMAIN:
                url = without_glued_word(url)
            if pattern is W.URL_WITH_SCHEME:
                url = W.LETTER_BEFORE_WWW.sub(r"\1", url)
            if pattern is W.WWW_URL:
                url = re.sub(r"^(www\d?)\s*[.,]\s*", r"\1.", url, flags=re.IGNORECASE)
            url = W.WWW_MISREAD.sub(r"\1www.", W.WEB_LABEL_GLUED.sub("", url))
            url = _with_tld_repaired(with_www_dot(url))
            if len(url) < 4:
                continue
            taken.append((start, start + len(match.group(0).rstrip())))
            found.append(FoundWebsite(url, line, (start, end)))
    return sorted(found, key=lambda w: w.span)


def without_glued_word(url: str) -> str:
    """Rule: a capitalised word OCR glued after the top-level domain is not part of the host
    ("www.acme.comE-mail" → "www.acme.com"): the host is cut after the known TLD it opens
    with, when its last label is no TLD itself."""
    scheme, found, rest = url.partition("://")
    if not found:
        scheme, rest = "", url
    host = rest.partition("/")[0]
    head, dot, last = host.rpartition(".")
    tlds = known_tlds()
    if not dot or last.lower() in tlds:
        return url
    for cut in range(len(last) - 1, 1, -1):
        if last[:cut].lower() in tlds and last[cut].isupper():
            return f"{scheme}{found}{head}.{last[:cut]}"
    return url


def with_www_dot(url: str) -> str:
    """Rule: "wwwacme.com" is "www.acme.com" with the dot lost by OCR, when what follows "www"
    is a domain of its own."""
    found = W.GLUED_WWW.match(url)
    if found is None or not is_domain_like(url[found.end() :].split("/")[0]):
        return url
    return f"{url[: found.end()]}.{url[found.end() :]}"


def _with_tld_repaired(url: str) -> str:
    """The URL with its host's country domain repaired (domains.tld_repaired)."""
    found = re.match(r"(?i)((?:https?://)?)([^/]+)(.*)", url)
    if found is None:
        return url
    scheme, host, path = found.groups()
    return scheme + tld_repaired(host) + path


def find_websites(lines: list[str]) -> list[FoundWebsite]:
    """Websites on the card in reading order, each once (compared without scheme and www.)."""
    seen: set[str] = set()
    out = []
    for index, text in enumerate(lines):
        for site in websites_in_line(text, index):
            key = site_key(site.url)
            if key not in seen:
                seen.add(key)
                out.append(site)
    hosts = [host_of(site.url) for site in out]
    return [site for site, host in zip(out, hosts, strict=True) if not _glued_to_any(host, hosts)]


def _glued_to_any(host: str, hosts: list[str]) -> bool:
    """Rule: a host that is another website's host on the card with letters glued before it
    ("ana.limanorthwind.com" beside "www.northwind.com") is an email whose "@" was lost, not
    a website; a subdomain ("shop.northwind.com") keeps the dot before it."""
    return any(
        len(host) > len(other) and host.endswith(other) and host[-len(other) - 1].isalnum()
        for other in hosts
    )


def site_key(url: str) -> str:
    """Comparable form of a URL: no scheme, no www., no trailing slash, lower case."""
    url = re.sub(r"^https?://", "", url.strip(), flags=re.IGNORECASE)
    url = re.sub(r"^www\d?\.", "", url, flags=re.IGNORECASE)
    return url.rstrip("/").lower()


def host_of(url_or_email: str) -> str:
    """The host name of a URL or the domain of an email address, lower case."""
    if "@" in url_or_email:
        return url_or_email.rpartition("@")[2].lower()
    return site_key(url_or_email).split("/")[0]


# A line read with at least this confidence is a sure reading; under it, a misread letter is
# likely (the threshold cardscan.verify doubts an unconfirmed email's line under).
SURE_LINE = 0.98


def agreed_spellings(
    emails: list[tuple[str, float]], sites: list[tuple[str, float]]
) -> tuple[list[str], list[str]]:
    """Rule: an email's domain and a website's host a misread apart (lexicon.misread_of:
    "jo@northwnd.com" beside "www.northwind.com") name one site. Both take the email's
    spelling, unless the website's line was read surely (SURE_LINE) and with more confidence
    than the email's: then its spelling. ``emails`` and ``sites`` are (address or URL, its
    line's confidence); the addresses and URLs come back in the same order. Measured in
    docs/benchmarks.md (2026-12-06). verify.py still compares the email with the website as
    read, so a misread email stays doubted. Limit: two real domains a misread apart
    ("southwind.com" beside "northwind.com") are taken for one."""
    addresses = [address for address, _ in emails]
    urls = [url for url, _ in sites]
    for i, (url, url_sure) in enumerate(sites):
        found = P.URL_HOST.match(url)
        if found is None:
            continue
        host = found.group("host").lower()
        for j, (address, mail_sure) in enumerate(emails):
            local, _, domain = address.rpartition("@")
            if not misread_of(host, domain):
                continue
            if url_sure >= SURE_LINE and url_sure > mail_sure:
                addresses[j] = f"{local}@{host}"
            else:
                urls[i] = url[: found.start("host")] + domain + url[found.end("host") :]
    return addresses, urls
