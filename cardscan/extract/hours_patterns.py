"""Opening hours as shop cards print them: spans of days, a day and its hours, the weekly
closing day, "open daily" and the CJK words for all of these (re-exported by patterns.py)."""

from __future__ import annotations

import re

# Weekday names a card's opening hours use (English, Portuguese, Spanish, French, German),
# and their abbreviations ("Seg.", "Sáb", "Mo", "Sa").
WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    "segunda|terça|terca|quarta|quinta|sexta|sábado|sabado|domingo|"
    "lunes|martes|miércoles|miercoles|jueves|viernes|"
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
)
WEEKDAY_SHORT = (
    "mon|tue|wed|thu|fri|sat|sun|seg|ter|qua|qui|sex|s[áa]b|dom|lun|mar|mi[ée]|jue|vie|"
    "mer|jeu|ven|sam|dim|mo|di|mi|do|fr|sa|so"
)
_DAY = r"(?:" + WEEKDAYS + "|" + WEEKDAY_SHORT + r")\b\.?"
# A time of day or a span of hours after a day: "8h", "9:00", "10 AM", "9-13 Uhr".
_HOURS = r"\d{1,2}(?:[:.h]\d{0,2}|\s*(?:am|pm|uhr)\b|\s*(?:-|–|a|às|to|bis)\s*\d{1,2})"
# Opening hours: what shops print, and a person's card rarely does.
OPENING_HOURS = re.compile(
    r"\b(?:open\s+(?:daily|7\s+days|every\s+day|mon|tue|all\s+days)|opening\s+hours|hours:"
    r"|mon(?:day)?\s*[-–to]+\s*(?:fri|sat|sun)|seg(?:unda)?\.?\s*(?:a|à)\s*s[áa]b"
    r"|lun(?:es)?\.?\s*[-–a]+\s*(?:vie|s[áa]b)|mo\.?\s*[-–]\s*(?:fr|sa)\.?|hor[áa]rio)"
    # A span of days ("Seg. a Sex.", "Mon - Sat", "Di–Fr") or a day then its hours ("Sáb. 8h
    # às 12h", "Sa 9-13 Uhr").
    r"|\b" + _DAY + r"\s*(?:-|–|a|à|to|bis|au)\s*" + _DAY
    + r"|\b" + _DAY + r":?\s*" + _HOURS
    # The weekly closing day: "Sunday Holiday", "Closed on Sundays", "Montag Ruhetag".
    + r"|\b(?:" + WEEKDAYS + r")s?\b\W*(?:closed|holiday|off|fechado|cerrado|fermé|"
    r"geschlossen|ruhetag)\b|\b(?:closed|holiday|fechado|cerrado|fermé|geschlossen)\s+"
    r"(?:on\s+|aos\s+|los\s+|le\s+|am\s+)?(?:" + WEEKDAYS + r")"
    # Open all year, opening hours, closed on (ko, ja, zh): shop cards print them alone.
    r"|연중무휴|영업시간|정기휴무|年中無休|営業時間|定休日|全年无休|全年無休|营业时间|營業時間"
    # The day a shop is closed: "周一公休", "週日店休", "일요일 휴무".
    r"|公休|店休|휴무",
    re.IGNORECASE,
)
