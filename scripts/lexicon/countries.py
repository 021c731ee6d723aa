#!/usr/bin/env python3
"""Writes country rows for gazetteer/places.tsv from Debian's iso-codes (Indonesian names).

Usage: countries.py > countries.tsv   (needs the iso-codes package)
Indonesian news usage differs from the ISO short names in a few cases; OVERRIDES gives the
usual newspaper form as canonical and keeps the ISO forms as aliases.
"""
import gettext, json

OVERRIDES = {
    "RU": ("Rusia", ["Russia", "Federasi Rusia", "Russian Federation"]),
    "US": ("Amerika Serikat", ["AS", "Amerika", "United States", "USA", "US"]),
    "GB": ("Inggris", ["Britania Raya", "United Kingdom", "UK"]),
    "CN": ("China", ["Cina", "Tiongkok", "RRC", "RRT"]),
    "SY": ("Suriah", ["Syria", "Republik Arab Syria"]),
    "IR": ("Iran", ["Republik Islam Iran"]),
    "KR": ("Korea Selatan", ["Korsel", "South Korea"]),
    "KP": ("Korea Utara", ["Korut", "North Korea"]),
    "PS": ("Palestina", ["Negara Palestina", "Palestine"]),
    "UA": ("Ukraina", ["Ukraine", "Ukrainia"]),
    "BE": ("Belgia", ["Belgium"]),
    "NL": ("Belanda", ["Netherlands"]),
    "TW": ("Taiwan", []),
    "VN": ("Vietnam", ["Viet Nam"]),
    "LA": ("Laos", []),
    "BO": ("Bolivia", []),
    "VE": ("Venezuela", []),
    "TZ": ("Tanzania", []),
    "MD": ("Moldova", []),
    "CD": ("Republik Demokratik Kongo", ["Kongo"]),
    "KH": ("Kamboja", ["Cambodia"]),
    "TH": ("Thailand", ["Muangthai"]),
    "PH": ("Filipina", ["Philippines"]),
    "MM": ("Myanmar", ["Burma"]),
    "JP": ("Jepang", ["Japan"]),
    "SA": ("Arab Saudi", ["Saudi Arabia"]),
    "AE": ("Uni Emirat Arab", ["UEA"]),
    "DE": ("Jerman", ["Germany"]),
    "FR": ("Prancis", ["Perancis", "France"]),
    "IN": ("India", []),
    "TR": ("Turki", ["Turkey", "Turkiye"]),
    "EG": ("Mesir", ["Egypt"]),
    "ID": ("Indonesia", ["RI"]),
    "AF": ("Afghanistan", []),
    "SD": ("Sudan", []),
    "IL": ("Israel", []),
    "QA": ("Qatar", []),
    "BY": ("Belarus", []),
}

t = gettext.translation("iso_3166-1", localedir="/usr/share/locale", languages=["id"])
rows = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
for c in rows:
    en = c.get("common_name") or c["name"]
    local = t.gettext(c["name"])
    if c["alpha_2"] in OVERRIDES:
        canonical, aliases = OVERRIDES[c["alpha_2"]]
        aliases = aliases + [local, en, c["name"]]
    else:
        canonical = local.split(",")[0].strip()
        aliases = [en, c["name"]]
    seen, out = {canonical}, []
    for a in aliases:
        if "," in a or a in seen:
            continue
        seen.add(a)
        out.append(a)
    print(f"{canonical}\t{'|'.join(out)}\tcountry")
