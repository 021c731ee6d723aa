#!/usr/bin/env python3
"""Builds Resources/id/words/common.txt: the lower-case words of the Indonesian hunspell dictionary.

A word the dictionary lists in lower case is an ordinary word; the recognizers use this to tell a
sentence-initial common word ("Pernyataan ...") from a name. Entries the dictionary capitalises
(names, places) are left out. Each stem is expanded with the prefix and suffix rules of id_ID.aff
(me-, ber-, di-, pe-an, -kan, -i, ...) so derived forms ("serangan", "menyerang") are listed too;
clitics (-nya, -lah, -ku) are not expanded, since readers strip them. Country and continent names the
dictionary lower-cases ("indonesia") are left out.

Usage: python3 scripts/lexicon/build-common-words.py [--dic /usr/share/hunspell/id_ID.dic] [--out FILE]
Needs Debian's hunspell-id package (LGPL-3, see Resources/NOTICE.md).
"""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexicon_io import RESOURCES, write_lines  # noqa: E402

WORD = re.compile(r"^[a-z][a-z'-]*[a-z]$")
CLITIC_FLAGS = {"nl", "o0"}
CLITIC_END = re.compile(r"(nya|lah|kah|ku|mu|-nya)$")


def read_affixes(path):
    """PFX/SFX rules of a hunspell .aff with two-character flags: flag -> (kind, cross, rules)."""
    rules = {}
    with open(path, encoding="latin-1") as handle:
        for line in handle:
            parts = line.split("#", 1)[0].split()
            if len(parts) < 4 or parts[0] not in ("PFX", "SFX"):
                continue
            kind, flag = parts[0], parts[1]
            if flag not in rules:
                rules[flag] = (kind, parts[2] == "Y", [])
                continue
            strip = "" if parts[2] == "0" else parts[2]
            add, _, cont = parts[3].partition("/")
            add = "" if add == "0" else add
            cond = parts[4] if len(parts) > 4 else "."
            cond = re.sub(r"(?<!\[)\^", "", cond)  # "[^l^r]" in this file means "[^lr]"
            pattern = re.compile(("^" + cond) if kind == "PFX" else (cond + "$"))
            rules[flag][2].append((strip, add, pattern, split_flags(cont)))
    return rules


def split_flags(text):
    return [text[i:i + 2] for i in range(0, len(text) - 1, 2)]


def expand(word, flags, rules, depth=0):
    forms = {word}
    if depth > 2:
        return forms
    for flag in flags:
        if flag in CLITIC_FLAGS or flag not in rules:
            continue
        kind, cross, entries = rules[flag]
        for strip, add, pattern, cont in entries:
            if not pattern.search(word):
                continue
            if kind == "PFX":
                if strip and not word.startswith(strip):
                    continue
                derived = add + word[len(strip):]
                # A prefix combines with the stem's suffixes when both allow cross products.
                more = cont + ([f for f in flags if cross and f in rules and rules[f][0] == "SFX" and rules[f][1]])
            else:
                if strip and not word.endswith(strip):
                    continue
                derived = word[: len(word) - len(strip)] + add
                more = cont
            forms |= expand(derived, more, rules, depth + 1)
    return forms


def country_names(resources):
    """One-word country and continent names: the dictionary lower-cases some ("indonesia"), which
    would make a name look like a common word. City names stay, since many are ordinary words too
    ("medan", "padang", "lima"); so do short abbreviations ("as", "rok")."""
    names = set()
    path = os.path.join(resources, "gazetteer", "places.tsv")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                cols = line.rstrip("\n").split("\t")
                if line.startswith("#") or len(cols) < 3 or cols[2] not in ("country", "continent"):
                    continue
                for n in [cols[0]] + cols[1].split("|"):
                    if n and " " not in n and len(n) > 3:
                        names.add(n.casefold())
    return names


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dic", default="/usr/share/hunspell/id_ID.dic")
    parser.add_argument("--out", default=os.path.join(RESOURCES, "words", "common.txt"))
    args = parser.parse_args()

    aff = os.path.splitext(args.dic)[0] + ".aff"
    rules = read_affixes(aff) if os.path.exists(aff) else {}
    names = country_names(RESOURCES)
    words = []
    with open(args.dic, encoding="latin-1") as handle:
        first = True
        for line in handle:
            line = line.strip()
            if first:
                first = False
                if line.isdigit():  # the entry count hunspell puts on line one
                    continue
            word, _, flags = line.partition("/")
            word = word.strip()
            if not WORD.match(word):
                continue
            flags = split_flags(flags.split()[0]) if flags.strip() else []
            for form in expand(word, flags, rules):
                if form != word and CLITIC_END.search(form):
                    continue
                if WORD.match(form) and form not in names:
                    words.append(form)
    header = [
        "Lower-case common Indonesian words, one per line: tells an ordinary word from a name.",
        "Generated by scripts/lexicon/build-common-words.py from Debian hunspell-id (id_ID.dic,",
        "Copyright (C) 2017 Ali Ahmadi, LGPL-3; see ../../NOTICE.md). Only entries the dictionary",
        "writes in lower case are kept, with their prefixed/suffixed forms. Add a line to extend; '#' starts a comment.",
    ]
    count = write_lines(args.out, header, words)
    print(f"{args.out}: {count} words")


if __name__ == "__main__":
    main()
