"""The regular expressions that find websites on a card line, and the OCR slips in them
("wwwacme.com", "waw.acme.com", "llwww.acme.com"); patterns.py has the rest."""

from __future__ import annotations

import re

from .patterns import LABEL_STOP_BEFORE

# Not inside a Latin word; a label in another script may be glued before it ("網址http…").
URL_WITH_SCHEME = re.compile(r"(?<![A-Za-z0-9])https?\s*:\s*//?\s*[^\s<>\"'|,;]+", re.IGNORECASE)
# "www" may follow digits OCR glued to it ("9825012345www.acme.com"), never a word; one or
# two letters alone before it are an icon OCR read as letters ("lwww.acme.com",
# "llwww.acme.com"); a label's ":-" may open it ("Web:-www.acme.in"), and so may a scheme
# whose slashes were read as "l" or "1" ("hmps:llwww.acme.com").
WWW_URL = re.compile(
    r"(?:(?<![A-Za-z_.@-])|(?<=\s[A-Za-z])|(?<=^[A-Za-z])|(?<=\s[A-Za-z]{2})|(?<=^[A-Za-z]{2})"
    r"|(?<=[:：]-)|(?<=[:;][lI1|/])|(?<=[:;][lI1|/]{2})|" + LABEL_STOP_BEFORE + ")"
    r"www\d?\s*[.,]\s*[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[^\s<>\"'|,;]*)?",
    re.IGNORECASE,
)
# A website label glued before "www" ("Web-www.acme.in", "Web.www.acme.in").
WEB_LABEL_GLUED = re.compile(r"(?i)^(?:web(?:site)?|site|url)[-.:](?=www\d?\.)")
# The same icon letter after a scheme ("https://lwww.acme.com").
LETTER_BEFORE_WWW = re.compile(r"(?i)^(https?://)[a-z](?=www\d?\.)")
BARE_DOMAIN = re.compile(
    r"(?:(?<![A-Za-z0-9\u00c0-\u024f_.@/-])|(?<=[:：]-)|" + LABEL_STOP_BEFORE + ")"
    r"(?P<host>(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+(?P<tld>[A-Za-z]{2,}))"
    r"(?P<path>/[^\s<>\"'|,;]*)?(?![\w@-])"
)
URL_TRAILING_PUNCT = re.compile(r"[.,;:!?)\]}>'\"]+$")
# An email's label ending the text before a bare domain ("E-mail: acme.co.jp"), or opening the
# domain it was read glued to ("E-mailtanakaacme.co.jp", "Email:tanaka.acme.com"): the "@"
# was lost, so the domain is an address read wrong, not a website.
EMAIL_LABEL_BEFORE = re.compile(r"(?i)\be[- ]?mail\s*[:：.]?\s*$|\bmail\s*[:：]\s*$")
EMAIL_LABEL_GLUED = re.compile(r"(?i)^(?:e-?mail|mail[:：])")
# A host that is a public mail provider's domain with letters glued before it
# ("anaquintaldgmail.com"): an address whose "@" was misread as letters, not a website; the
# providers whose names no firm's own domain ends in ("outlook", "live", "web" may).
PROVIDER_GLUED_HOST = re.compile(
    r"(?i)^[a-z0-9._-]*[a-z0-9](?:gmail|googlemail|yahoo|hotmail|icloud|rediffmail"
    r"|protonmail|yandex)\.(?:com|co|[a-z]{2})\b"
)

# OCR slips in websites: the dot after "www" lost ("wwwacme.com"), a space around the dot
# before the top-level domain ("www.acme .com", "www.acme. co.in").
# "www" then labels separated by a dot, a comma or one space, a comma or space among them.
# The last labels may be a country's second level and its code ("www acme co uk").
WWW_MISREAD_DOTS = re.compile(
    r"(?i)(?<![\w.])www[ .,][a-z0-9-]{2,}(?:[ .,][a-z0-9-]{2,})*?"
    r"[ ,.](?:(?:co|com|org|net|ac|gov|edu|or|ne|go)[ ,.][a-z]{2}|[a-z]{2,6})\b(?![.,]?\w)"
)
GLUED_WWW = re.compile(r"(?i)^(?:https?://)?www(?=[a-z])")
# "www" read with a "w" lost, as "vv", or with a "w" read as "a" or "u" ("ww.acme.com",
# "vvww.acme.com", "wvw.acme.com", "waw.acme.com.br", "waww.acme.in"): two to five of those
# letters, two of them "w" or "v", before two more labels (a host's own first label stays:
# "wawa.com").
WWW_MISREAD = re.compile(
    r"(?i)^((?:https?://)?)(?=(?:[au]*[wv]){2})[wvau]{2,5}\.(?=[a-z0-9-]+\.)"
)
SPACED_DOMAIN = re.compile(
    r"(?i)(?<![\w.@])(?:www\s*\.\s*)?[a-z0-9][a-z0-9-]+(?:\s*\.\s*[a-z0-9-]+)*"
    r"(?:\s+\.\s*|\.\s+)[a-z]{2,6}(?:\s*\.\s*[a-z]{2})?\b"
)
