#!/usr/bin/env python3
"""Builds Resources/id/gazetteer/places.tsv.

Sources, in priority order (an earlier source keeps a name claimed twice):
  1. data/places-curated.tsv   hand-written cities, regions, seas, sites, continents
  2. iso-codes ISO 3166-1      every country, canonical name from data/country-names.tsv or the
                               Indonesian translation, English/common/official names as aliases
  3. iso-codes ISO 3166-2      subdivisions of a few countries that are often in Indonesian news

Usage: python3 scripts/lexicon/build-places.py [--iso-codes DIR] [--locale DIR] [--words FILE]
Needs Debian's iso-codes package (and hunspell-id to filter subdivisions that are common words).
"""
import argparse
import gettext
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexicon_io import DATA, RESOURCES, Gazetteer, key, read_rows, strip_marks, write_lines  # noqa: E402

# Subdivision types whose names news uses as they stand; Russian, Ukrainian and Chinese
# subdivisions are written in local romanisations news does not use, so they are curated by hand.
SUBDIVISIONS = {
    "ID": {"Province", "Capital district", "Special region", "Geographical unit"},
    "US": {"State", "District"},
    "MY": {"State", "Federal territory"},
    "TH": {"Province"},
    "PH": {"Province"},
    "AF": {"Province"},
    "PS": {"Governorate"},
    "KH": {"Province", "Autonomous municipality"},
    "SD": {"State"},
    "SY": {"Province"},
    "IQ": {"Governorate"},
    "LB": {"Governorate"},
    "YE": {"Governorate"},
    "MM": {"Region", "State", "Union territory"},
}


def translator(locale_dir, domain):
    path = os.path.join(locale_dir, "id", "LC_MESSAGES", domain + ".mo")
    with open(path, "rb") as handle:
        return gettext.GNUTranslations(handle)


def usable(name):
    # Inverted ("Korea, Republic of") and bracketed ISO names never occur in running text.
    return name and "," not in name and "(" not in name


def common_words(path):
    words = set()
    if path and os.path.exists(path):
        with open(path, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                word = line.split("/")[0].strip()
                if word and word.islower():
                    words.add(word)
    return words


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iso-codes", default="/usr/share/iso-codes/json")
    parser.add_argument("--locale", default="/usr/share/locale")
    parser.add_argument("--words", default="/usr/share/hunspell/id_ID.dic")
    parser.add_argument("--out", default=os.path.join(RESOURCES, "gazetteer", "places.tsv"))
    args = parser.parse_args()

    gaz = Gazetteer()
    for _, cols in read_rows(os.path.join(DATA, "places-curated.tsv")):
        canonical, aliases, kind = cols[0], cols[1], cols[2]
        gaz.add(canonical, aliases.split("|") if aliases else [], kind)

    overrides = {}
    for _, cols in read_rows(os.path.join(DATA, "country-names.tsv")):
        overrides[cols[0]] = (cols[1], cols[2].split("|") if len(cols) > 2 and cols[2] else [])

    with open(os.path.join(args.iso_codes, "iso_3166-1.json"), encoding="utf-8") as handle:
        countries = json.load(handle)["3166-1"]
    tr = translator(args.locale, "iso_3166-1")
    for c in countries:
        english = [c["name"], c.get("common_name", ""), c.get("official_name", "")]
        indonesian = [tr.gettext(n) for n in english if n]
        canonical, extra = overrides.get(c["alpha_2"], (None, []))
        if canonical is None:
            canonical = next((n for n in [tr.gettext(c.get("common_name", "")) if c.get("common_name") else ""] + indonesian if usable(n)), c["name"])
        names = extra + indonesian + english
        names += [strip_marks(n) for n in names]
        names = [n[4:] if n.startswith("the ") else n for n in names]
        gaz.add(canonical, [n for n in names if usable(n)], "country")

    words = common_words(args.words)
    with open(os.path.join(args.iso_codes, "iso_3166-2.json"), encoding="utf-8") as handle:
        subdivisions = json.load(handle)["3166-2"]
    tr2 = translator(args.locale, "iso_3166-2")
    for s in subdivisions:
        country = s["code"].split("-")[0]
        if s["type"] not in SUBDIVISIONS.get(country, ()):
            continue
        name = s["name"]
        plain = strip_marks(name).replace("'", "'")
        translated = tr2.gettext(name)
        if not usable(plain) or len(plain) < 4:
            continue
        # A one-word name that is also an ordinary word ("aurora", "antique") would fire everywhere.
        if country != "ID" and " " not in plain and (plain.lower() in words or plain.lower() in {"northern", "antique", "central"}):
            continue
        gaz.add(plain, [name, translated], "region")

    header = [
        "Places: canonical name<TAB>aliases separated by |<TAB>kind (country|city|region|sea|site|continent)",
        "Generated by scripts/lexicon/build-places.py from Debian iso-codes (ISO 3166-1/3166-2 with",
        "Indonesian translations, LGPL-2.1+) and the hand-curated lists in scripts/lexicon/data.",
        "Canonical = the name Indonesian news writes most; aliases = other spellings, languages, abbreviations.",
        "An alias belongs to one place only. Add a line to extend; '#' starts a comment.",
    ]
    count = write_lines(args.out, header, list(gaz.lines()))
    print(f"{args.out}: {count} places")


if __name__ == "__main__":
    main()
