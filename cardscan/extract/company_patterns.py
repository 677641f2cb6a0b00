"""The regular expressions of firms' names: where a name ends (a legal form, its address, a
clause about another firm) and the lines that describe a firm rather than name it (the
others are in patterns.py)."""

from __future__ import annotations

import re

# A word of two letters or more (before a legal form: the form does not open the name).
NAME_WORD_BEFORE = re.compile(r"[^\W\d_]{2}")
# What a firm is of the firm it belongs to: "unit", "subsidiary", "sister concern", "joint
# venture", "group company", "franchise", "brand" ("a brand of Kestrel Foods Ltd.").
_PARENT_NOUN = (
    r"(?:(?:wholly[\s-]owned\s+)?subsidiary(?:\s+company)?|unit|division|member|part"
    r"|(?:joint\s+)?venture|brand|initiative|product|enterprise|affiliate|franchisee?"
    r"|(?:(?:sister|associate|group)\s+)?(?:concern|company)|associate)"
)
# The firm a company belongs to, said after its name: "(A unit of Kestrel Industries Pvt.
# Ltd.)", "- a member of the Kestrel Group", "is a sister concern of Kestrel Ltd."; after a
# bracket, a dash, a comma or an article, so a name holding the words stays ("United Unit
# of …").
PARENT_CLAUSE = re.compile(
    r"\s*(?:[-–(|,]\s*(?:an?\s+)?|\b(?:is\s+)?an?\s+)" + _PARENT_NOUN + r"\s+of\b.*$",
    re.IGNORECASE,
)
# What a firm is for a maker it sells or serves, said after its own name on one line:
# "Hartwell Motors, authorised dealer of Kestrel Cars Ltd.", "Bluefin Traders - the sole
# agent for …", "Oakridge Pumps is an authorized service centre of …". After a separator or
# an article, so a name holding the words stays ("Dealers of Fine Wine").
TRADE_CLAUSE = re.compile(
    r"\s*(?:[-–(|,]\s*(?:is\s+)?(?:(?:an?|the|our)\s+)?|\b(?:is\s+)?(?:an?|the)\s+)"
    r"(?:(?:authori[sz]ed|exclusive|official|sole|leading|certified|approved|registered"
    r"|licensed|accredited|premier|preferred|direct)\s+)*"
    r"(?:dealers?|distributors?|agents?|agency|partners?|representatives?|stockists?"
    r"|suppliers?|resellers?|re-sellers?|franchisees?|importers?|exporters?|wholesalers?"
    r"|(?:sales\s+(?:&|and)\s+)?service\s+(?:centre|center|providers?|partners?)"
    r"|channel\s+partners?|system\s+integrators?)\s+(?:of|for|to)\b.*$",
    re.IGNORECASE,
)
# A sentence about the firm after its name on one line: "Arbor & Vale is a registered
# trademark of …", "Lumen Studio is one of …"; a name rarely says "is a".
FIRM_SENTENCE = re.compile(r"\s+is\s+(?:an?|the|one|part|now)\s.*$", re.IGNORECASE)
# Where a firm's name printed on its address's line ends: "Northwind Ltd · 12 High Street",
# "Blue Harbor Realty, 12 MG Road", "Acme GmbH | Hauptstraße 5" (company_forms).
FIRM_ADDRESS_SEPARATOR = re.compile(r"\s*[,|·•]\s*|\s+[-–]\s+")
# A line describing what the firm does, not its name: "Manufacturers & Exporters of Cotton
# Yarn", "Dealers in: Electrical Goods", "Deals in all kinds of…", "Authorised Distributor for",
# "Authorised Dealer: <a maker's name>" (a colon or dash after the trade: the maker's).
ACTIVITY_LINE = re.compile(
    r"^\W*(?:(?:authori[sz]ed|leading|wholesale|retail)\s+)?"
    r"(?:(?:dealers?|distributors?|suppliers?|manufacturers?|mfrs?\.?|exporters?|importers?"
    r"|traders?|stockists?|wholesalers?|retailers?|specialists?|experts?|deals?|dealing"
    r"|service\s+providers?|providers?)(?:\s*(?:&|and|,|/)\s*)?)+"
    r"(?:\s*(?:of|in|for)\b|\s*[:：]|\s+[-–]\s)",
    re.IGNORECASE,
)
# A line of nothing but two or more ways of trading ("Wholesale & Retail", "Importers &
# Exporters", "Import · Export · Distribution"): what the firm does, with no name in it.
_TRADE_MODE = (
    r"(?:wholesale(?:rs?)?|retail(?:ers?)?|import(?:s|ers?)?|export(?:s|ers?)?|distributors?"
    r"|distribution|suppliers?|manufacturers?|dealers?|stockists?|traders?|trading)"
)
TRADE_MODES_LINE = re.compile(
    r"^\W*" + _TRADE_MODE + r"(?:\s*(?:&|and|,|/|·|•|\|)\s*" + _TRADE_MODE + r")+\W*$",
    re.IGNORECASE,
)
# A line naming the firm the card's firm belongs to: "A unit of …", "A division of …",
# "Member of …", "Part of …", "A sister concern of …", "Powered by …", or the association it
# is a member of, named first ("IATA Member", "FIATA-Mitglied").
PARENT_LINE = re.compile(
    r"^\W*(?:(?:an?\s+)?" + _PARENT_NOUN + r"\s+of|powered\s+by)\b"
    r"|^\W*(?:\S+[\s-]+){1,3}(?:member|mitglied|membro|miembro|membre)\W*$",
    re.IGNORECASE,
)
