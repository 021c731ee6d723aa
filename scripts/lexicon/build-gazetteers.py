#!/usr/bin/env python3
"""Builds Resources/id/gazetteer/organizations.tsv and persons.tsv from the category lists.

Every list under data/organizations/ and data/persons/ covers one category (heads of state and
government, foreign and defence ministers, the Indonesian cabinet, international organisations,
news agencies, ...) and says in its header where its facts come from. A list names a category's
members, never names picked from annotated articles.

Alias rules applied to every entry (so aliases follow from the name, not from a corpus):
  - the name without diacritics ("Erdoğan" -> "Erdogan");
  - for people in lists whose header says `# flags: surname`, the family name alone: the last word
    of the name (with a particle such as "von der" or "Le"), when it is at least four letters, not an
    ordinary word, not a place or organisation, no other listed person shares it or is called by it and it is not in
    data/surname-exceptions.txt. People of countries that write the family name first or use no
    family name (China, the Koreas, Vietnam, Cambodia, Myanmar, Indonesia, ...) get none.

Row formats (TAB-separated, '|' inside a column, '#' comments):
  organizations: canonical, aliases, kind, country (canonical place name, optional)
  persons:       canonical, aliases, affiliations (canonical place or organisation names)
An earlier file (in name order) keeps a name two files claim.

The bodies every state has (its ministries of foreign affairs, defence, home affairs, finance, ...,
armed services, embassy, parliament, supreme court, central bank) are generated for every country
of the places list, in the Indonesian form "Kementerian Luar Negeri <country>", unless a curated
list names the body already.

Bodies every province, regency and city has are derived from the administrative areas, so the
list holds the whole category: per province the regional police (Polda), government (Pemprov),
parliament (DPRD), high prosecutor's office (Kejati), high court and the Polda's directorates and
units (Ditreskrimum, Satbrimob, Bidhumas, ...); per regency and city (from idn-area-data's
regencies.csv, with --idn-area) the resort police (Polres, Polresta in cities), government
(Pemkab/Pemkot), parliament (DPRD), district prosecutor's office (Kejari) and district court
(Pengadilan Negeri); per district (districts.csv) the sector police (Polsek).

Usage: python3 scripts/lexicon/build-gazetteers.py [--words /usr/share/hunspell/id_ID.dic] [--idn-area DIR]
"""
import argparse
import csv
import glob
import itertools
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexicon_io import DATA, RESOURCES, Gazetteer, common_words, key, read_rows, strip_marks, write_lines  # noqa: E402


def list_files(folder):
    return sorted(glob.glob(os.path.join(DATA, folder, "*.tsv")))


def header_flags(path):
    """Words after '# flags:' in a list's header."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                break
            if line.startswith("# flags:"):
                return set(line[len("# flags:"):].split())
    return set()


# Family name first, or no family name: the last word is a given name.
NO_SURNAME = {"China", "Taiwan", "Hong Kong", "Korea Selatan", "Korea Utara", "Vietnam", "Kamboja", "Laos",
              "Myanmar", "Mongolia", "Indonesia", "Thailand", "Bhutan", "Brunei Darussalam"}
PARTICLES = {"von", "van", "der", "de", "la", "le", "du", "da", "del", "dos", "bin", "al", "el"}


def family_name(canonical):
    parts = canonical.split()
    i = len(parts) - 1
    while i > 1 and parts[i - 1].lower() in PARTICLES:
        i -= 1
    return " ".join(parts[i:])


def read_words(path):
    with open(path, encoding="utf-8") as handle:
        return {l.strip() for l in handle if l.strip() and not l.startswith("#")}


def spellings(name):
    """The name as written and the other ways news writes it: without apostrophes ("Asy'ari" -> "Asyari",
    "Be'eri" -> "Beeri"), with the Indonesian spelling of the Urdu "Lashkar" ("Laskar-e-Taiba") and with
    "IS" for the "ISIS" that names an Islamic State branch ("ISIS-K" -> "IS-K"), and with the Arabic article
    "Al" written small ("al Qaeda"), as news writes it inside a sentence."""
    forms = [name]
    for form in (name.replace("'", "").replace("\u2019", ""), re.sub(r"\bLashkar\b", "Laskar", name),
                 re.sub(r"\bISIS-(?=\w)", "IS-", name), re.sub(r"^Al(?=[- ][A-Z])", "al", name)):
        if form not in forms and form.strip():
            forms.append(form)
    return forms


def variants(names):
    """Each name, its other spellings, without diacritics, and with the hyphens of an Arabic or Urdu connective
    written as spaces ("Jaish-e-Mohammed" -> "Jaish e Mohammed", "Al-Qaeda" -> "Al Qaeda"), as news also writes them."""
    out = []
    for n in names:
        for form in dict.fromkeys(f for w in spellings(n) for f in (w, strip_marks(w))):
            for spaced in (form, re.sub(r"\b(e|ul|al|el|ad|ud)-(?=\w)", r"\1 ", re.sub(r"(?<=\w)-(e|ul|ud)-", r" \1 ", form),
                                        flags=re.IGNORECASE)):
                if spaced not in out:
                    out.append(spaced)
    return out


def read_romanisations():
    """data/name-romanisations.tsv: each line the spellings of one name."""
    return [[w for w in cols[0].split("|") if w] for _, cols in read_rows(os.path.join(DATA, "name-romanisations.tsv"))]


TRANSLITERATIONS = read_romanisations()
SPELLINGS = {w: group for group in TRANSLITERATIONS for w in group}


def old_spellings():
    """The old Indonesian letter groups and today's, from the resolver's table of spelling equivalents
    (the rows marked "respell"), longest first: one table for both."""
    rows = []
    for _, cols in read_rows(os.path.join(RESOURCES, "resolution", "spelling-equivalents.tsv")):
        if len(cols) > 2 and cols[2] == "respell":
            rows.append((cols[0], cols[1]))
    return sorted(rows, key=lambda r: -len(r[0]))


OLD_SPELLINGS = old_spellings()


def modern_indonesian(word):
    """A word in the old Indonesian spelling ("Soeharto", "Tjahjanto", "Sjafrie") in today's ("Suharto",
    "Cahyanto", "Syafrie"), or None when it shows no old spelling: the letter groups of OLD_SPELLINGS
    (oe -> u, dj -> j, tj -> c, sj -> sy, nj -> ny), and the old j (today's y) of such a word."""
    if not any(old in word.lower() for old, _ in OLD_SPELLINGS):
        return None
    # The j of "dj" stays a j; it is marked so that the old j left over can become a y.
    out = re.sub(r"(?i)dj", lambda m: "\0J" if m.group()[0].isupper() else "\0j", word)
    for old, new in OLD_SPELLINGS:
        if old == "dj":
            continue
        out = re.sub(f"(?i){old}", lambda m, new=new: new.capitalize() if m.group()[0].isupper() else new, out)
    out = re.sub(r"(?<!\0)j", "y", out).replace("\0", "")
    return out if out != word else None


def respellings(name, indonesian):
    """The other spellings of a person's name: for an Indonesian in the old spelling the name in today's
    spelling; for anyone else the name with its words in each of their other romanisations, alone and
    together ("Hassan Rouhani" -> "Hasan Rouhani", "Hassan Rohani", "Hasan Rohani"; the forms with fewer
    changed words first, at most 36), and the Arabic article as "al-" or "el-"."""
    words = name.split()
    if indonesian:
        # Indonesian names have one spelling each, at most an old and a new one.
        modern = [modern_indonesian(w) or w for w in words]
        return [" ".join(modern)] if modern != words else []
    choices = []
    for i, w in enumerate(words):
        bare = w[3:] if re.match(r"(?i)(al|el)-", w) else w
        options = [w] + [w[:len(w) - len(bare)] + other for other in SPELLINGS.get(strip_marks(bare), [])
                         if other != strip_marks(bare)]
        if re.match(r"(al|el)-\w", w) and i > 0:
            options.append(("el-" if w.startswith("al-") else "al-") + w[3:])
        choices.append(options)
    forms = sorted(itertools.product(*choices), key=lambda f: sum(a != b for a, b in zip(f, words)))
    out = [" ".join(f) for f in itertools.islice(forms, 1, None)]
    return list(dict.fromkeys(out))[:36]


POLDA_UNITS = [
    ("Ditreskrimum", "Direktorat Reserse Kriminal Umum"),
    ("Ditreskrimsus", "Direktorat Reserse Kriminal Khusus"),
    ("Ditresnarkoba", "Direktorat Reserse Narkoba"),
    ("Ditlantas", "Direktorat Lalu Lintas"),
    ("Ditpolairud", "Direktorat Kepolisian Perairan dan Udara"),
    ("Satbrimob", "Satuan Brimob"),
    ("Bidhumas", "Bidang Hubungan Masyarakat"),
    ("Bidpropam", "Bidang Profesi dan Pengamanan"),
]


def province_bodies():
    """Each province's regional police, government and parliament, named the way news names them."""
    for _, cols in read_rows(os.path.join(DATA, "indonesia-provinces.tsv")):
        province = cols[0]
        shorts = [s for s in (cols[1].split("|") if len(cols) > 1 and cols[1] else [])]
        polda = cols[2] if len(cols) > 2 and cols[2] else f"Polda {province}"
        yield polda, [f"Kepolisian Daerah {province}", f"Polda {province}"] + [f"Polda {s}" for s in shorts], "agency"
        yield (f"Pemerintah Provinsi {province}", [f"Pemprov {province}"] + [f"Pemprov {s}" for s in shorts]
               + [f"Pemerintah Provinsi {s}" for s in shorts], "gov")
        yield (f"DPRD {province}", [f"Dewan Perwakilan Rakyat Daerah {province}", f"DPRD Provinsi {province}",
                                    f"Dewan Perwakilan Rakyat Daerah Provinsi {province}"] + [f"DPRD {s}" for s in shorts], "gov")
        yield (f"Kejaksaan Tinggi {province}", [f"Kejati {province}"] + [f"Kejati {s}" for s in shorts]
               + [f"Kejaksaan Tinggi {s}" for s in shorts], "agency")
        yield f"Pengadilan Tinggi {province}", [f"Pengadilan Tinggi {s}" for s in shorts], "agency"
        # The directorates and units of each Polda that police news quotes.
        for short_unit, long_unit in POLDA_UNITS:
            forms = [province] + shorts
            yield (f"{long_unit} {polda}", [f"{u} Polda {f}" for u in (short_unit, long_unit) for f in forms]
                   + [f"{short_unit} {polda}"], "agency")


def regency_bodies(folder):
    """Each regency's and city's resort police, government, parliament and district prosecutor's office.

    A regency and a city can share a name (Kabupaten and Kota Jayapura): the city's police is the
    "Polresta", the regency's the "Polres", and a short form both could claim goes to the regency.
    The resorts of the capital are "Polres Metro <city>".
    """
    with open(os.path.join(folder, "regencies.csv"), encoding="utf-8", newline="") as handle:
        rows = sorted(csv.DictReader(handle), key=lambda r: (r["name"].startswith("Kota "), r["code"]))
    for r in rows:
        full = " ".join(r["name"].replace(" Administrasi ", " ").split())
        if full.startswith("Kota "):
            name, level, gov, short = full[len("Kota "):], "Kota", "Pemerintah Kota", "Pemkot"
            police = [f"Polresta {name}", f"Polrestabes {name}", f"Polres {name}", f"Polres Kota {name}",
                      f"Kepolisian Resor Kota {name}", f"Kepolisian Resor Kota Besar {name}"]
            if r["province_code"] == "31":
                police = [f"Polres Metro {name}"] + police
        elif full.startswith("Kabupaten "):
            name, level, gov, short = full[len("Kabupaten "):], "Kabupaten", "Pemerintah Kabupaten", "Pemkab"
            police = [f"Polres {name}", f"Kepolisian Resor {name}"]
        else:
            continue
        yield police[0], police[1:], "agency"
        yield f"{gov} {name}", [f"{short} {name}"], "gov"
        yield f"DPRD {level} {name}", [f"DPRD {name}", f"Dewan Perwakilan Rakyat Daerah {level} {name}"], "gov"
        yield f"Kejaksaan Negeri {name}", [f"Kejari {name}"], "agency"
        yield f"Pengadilan Negeri {name}", [f"PN {name}"], "agency"


def district_bodies(folder):
    """The sector police (Polsek) of every district, named after it ("Polsek Mimika Baru"); a
    name two districts share is one entry, as the name alone cannot tell them apart."""
    with open(os.path.join(folder, "districts.csv"), encoding="utf-8", newline="") as handle:
        rows = sorted(csv.DictReader(handle), key=lambda r: r["code"])
    for r in rows:
        name = " ".join(r["name"].split())
        if not name[:1].isupper() or name.split()[0].isupper():
            continue
        yield f"Polsek {name}", [f"Kepolisian Sektor {name}"], "agency"


# Bodies every state has, named the Indonesian way before the country's name ("Kementerian Luar
# Negeri Iran", "Kemlu Iran"): head, short forms, kind.
STATE_BODIES = [
    ("Kementerian Luar Negeri", ["Kemlu", "Kemenlu"], "ministry"),
    ("Kementerian Pertahanan", ["Kemhan", "Kemenhan"], "ministry"),
    ("Kementerian Dalam Negeri", ["Kemendagri"], "ministry"),
    ("Kementerian Keuangan", ["Kemenkeu"], "ministry"),
    ("Kementerian Kesehatan", ["Kemenkes"], "ministry"),
    ("Kementerian Kehakiman", [], "ministry"),
    ("Kementerian Perdagangan", ["Kemendag"], "ministry"),
    ("Kementerian Energi", [], "ministry"),
    ("Kementerian Pendidikan", [], "ministry"),
    ("Kementerian Informasi", [], "ministry"),
    ("Angkatan Bersenjata", [], "military"),
    ("Angkatan Darat", [], "military"),
    ("Angkatan Laut", [], "military"),
    ("Angkatan Udara", [], "military"),
    ("Kedutaan Besar", ["Kedubes"], "gov"),
    ("Parlemen", [], "gov"),
    ("Mahkamah Agung", [], "gov"),
    ("Bank Sentral", [], "agency"),
]


def country_forms(places):
    """Each sovereign country's canonical name with the one-word short forms Indonesian news uses
    for it (data/country-names.tsv: "AS", "Tiongkok", "Korsel"), from the generated places list.
    A country is sovereign when the list of heads of state and government names its leader, which
    leaves out the dependent territories ISO 3166-1 also lists."""
    sovereign = set()
    for _, cols in read_rows(os.path.join(DATA, "persons", "heads-of-state-and-government.tsv")):
        sovereign.update(cols[2].split("|") if len(cols) > 2 and cols[2] else [])
    extras = {}
    for _, cols in read_rows(os.path.join(DATA, "country-names.tsv")):
        extras[cols[1]] = [e for e in (cols[2].split("|") if len(cols) > 2 and cols[2] else []) if " " not in e]
    for _, cols in read_rows(places):
        if len(cols) > 2 and cols[2] == "country" and cols[0] != "Indonesia" and cols[0] in sovereign:
            yield cols[0], extras.get(cols[0], [])


def state_bodies(places):
    """Ministries, armed services, embassy, parliament, supreme court and central bank of every
    country; Indonesia's own are in the curated lists under their own names."""
    for country, shorts in country_forms(places):
        for head, abbreviations, kind in STATE_BODIES:
            names = [f"{head} {c}" for c in [country] + shorts] + [f"{a} {c}" for a in abbreviations for c in [country] + shorts]
            yield names[0], names[1:], kind, country


def build_organizations(out, idn_area, places):
    gaz = Gazetteer()
    for canonical, aliases, kind in province_bodies():
        gaz.add(canonical, [a for a in aliases if a != canonical], kind, ["Indonesia"])
    if idn_area:
        for canonical, aliases, kind in regency_bodies(idn_area):
            gaz.add(canonical, [a for a in aliases if a != canonical], kind, ["Indonesia"])
        for canonical, aliases, kind in district_bodies(idn_area):
            gaz.add(canonical, aliases, kind, ["Indonesia"])
    for path in list_files("organizations"):
        for number, cols in read_rows(path):
            if len(cols) < 3:
                sys.exit(f"{path}:{number}: expected canonical, aliases, kind[, country]")
            aliases = cols[1].split("|") if cols[1] else []
            # A party known by one name is also "Partai <name>" ("Partai Kuomintang"), as Indonesian news writes it.
            if cols[2] == "party" and " " not in cols[0] and not cols[0].isupper():
                aliases.append(f"Partai {cols[0]}")
            country = cols[3] if len(cols) > 3 else ""
            # A foreign body named after a person or in Arabic has the other romanisations of its words too
            # ("Jaish-e-Mohammed" -> "Jaish-e-Muhammad"); Indonesian bodies have one spelling.
            if country != "Indonesia":
                aliases += [r for n in aliases + [cols[0]] for r in respellings(n, False) if " " in r]
            entry = gaz.add(cols[0], variants(aliases + [cols[0]]), cols[2], [country])
            if country and not entry["extra"][0]:
                entry["extra"] = [country]
    # After the curated lists, which keep the names they give a body ("Departemen Luar Negeri AS").
    if os.path.exists(places):
        for canonical, aliases, kind, country in state_bodies(places):
            if not any(key(n) in gaz.owner for n in [canonical] + aliases):
                gaz.add(canonical, aliases, kind, [country])
    header = [
        "Organizations: canonical<TAB>aliases separated by |<TAB>kind<TAB>country (canonical place name, optional)",
        "kind: alliance|intl|ministry|agency|military (armed forces and armed groups)|party|company|media|gov|other",
        "Generated by scripts/lexicon/build-gazetteers.py from the category lists in scripts/lexicon/data/organizations",
        "and, for the bodies of every province, regency and city, from the province list and idn-area-data (ODbL-1.0);",
        "the ministries, armed services, embassy, parliament, court and central bank of every country are generated",
        "from the country names of places.tsv (iso-codes, LGPL-2.1+, and data/country-names.tsv).",
        "edit those and regenerate. Metonyms of governments (Kremlin, Gedung Putih) are organisations, not aliases of a country.",
    ]
    lines = ["\t".join([e["canonical"], "|".join(sorted(e["aliases"], key=str.casefold)), e["kind"]] + e["extra"]).rstrip("\t")
             for e in gaz.entries]
    return write_lines(out, header, lines), gaz


def build_persons(out, words, taken):
    rows = []
    for path in list_files("persons"):
        flags = header_flags(path)
        for number, cols in read_rows(path):
            if not cols[0].strip():
                sys.exit(f"{path}:{number}: empty name")
            aliases = cols[1].split("|") if len(cols) > 1 and cols[1] else []
            affiliations = cols[2].split("|") if len(cols) > 2 and cols[2] else []
            rows.append((cols[0], aliases, affiliations, "surname" in flags))
    # A surname is an alias only when exactly one listed person carries it.
    exceptions = {key(w) for w in read_words(os.path.join(DATA, "surname-exceptions.txt"))}
    surname_count = {}
    for canonical in {r[0] for r in rows}:
        if len(canonical.split()) > 1:
            k = key(strip_marks(family_name(canonical)))
            surname_count[k] = surname_count.get(k, 0) + 1
    # Nor when it is another listed person's own name ("Philippe", King of the Belgians).
    named = {}
    for canonical, aliases, _, _ in rows:
        for n in [canonical] + aliases:
            named.setdefault(key(strip_marks(n)), set()).add(canonical)
    gaz = Gazetteer()
    for canonical, aliases, affiliations, surname in rows:
        names = list(aliases)
        if surname and len(canonical.split()) > 1 and not NO_SURNAME.intersection(affiliations):
            last = family_name(canonical)
            plain = strip_marks(last)
            if (len(plain) >= 4 and plain[0].isupper() and plain.lower() not in words and key(plain) not in exceptions
                    and surname_count.get(key(plain)) == 1 and key(plain) not in taken
                    and named.get(key(plain), {canonical}) == {canonical}):
                names.append(last)
        indonesian = "Indonesia" in affiliations or not surname
        # A one-word respelling that is an ordinary word ("Rohani" is "spiritual") would name nobody.
        names += [r for n in names + [canonical] for r in respellings(n, indonesian)
                  if " " in r or r.lower() not in words]
        entry = gaz.add(canonical, variants(names + [canonical]), "")
        for a in affiliations:
            if a not in entry["extra"]:
                entry["extra"].append(a)
    header = [
        "Persons: canonical<TAB>aliases separated by |<TAB>affiliations (canonical place or organisation names, |-separated)",
        "Generated by scripts/lexicon/build-gazetteers.py from the category lists in scripts/lexicon/data/persons;",
        "edit those and regenerate. Most people are found by title and name patterns; this list fixes spellings and short forms.",
    ]
    lines = ["\t".join([e["canonical"], "|".join(sorted(e["aliases"], key=str.casefold)), "|".join(e["extra"])]).rstrip("\t")
             for e in gaz.entries]
    return write_lines(out, header, lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", default="/usr/share/hunspell/id_ID.dic")
    parser.add_argument("--out", default=os.path.join(RESOURCES, "gazetteer"))
    parser.add_argument("--idn-area", help="data folder of the npm package idn-area-data (regencies.csv)")
    args = parser.parse_args()
    words = common_words(args.words)
    if not words:
        print("warning: no hunspell word list; surname aliases are not checked against common words", file=sys.stderr)
    if not args.idn_area:
        print("warning: no --idn-area folder; regency and city bodies (Polres, Pemkab, ...) are left out", file=sys.stderr)
    places = os.path.join(args.out, "places.tsv")
    orgs, org_gaz = build_organizations(os.path.join(args.out, "organizations.tsv"), args.idn_area, places)
    taken = set(org_gaz.owner)
    if os.path.exists(places):
        for _, cols in read_rows(places):
            taken.add(key(cols[0]))
            taken.update(key(a) for a in (cols[1].split("|") if len(cols) > 1 and cols[1] else []))
    persons = build_persons(os.path.join(args.out, "persons.tsv"), words, taken)
    print(f"organizations.tsv: {orgs} entries, persons.tsv: {persons} entries")


if __name__ == "__main__":
    main()
