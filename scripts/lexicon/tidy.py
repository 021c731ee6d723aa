#!/usr/bin/env python3
"""Sorts the hand-written resource files, drops duplicate lines and duplicate aliases, and keeps
the leading '#' header. Run after editing: python3 scripts/lexicon/tidy.py [FILE...]"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexicon_io import RESOURCES, key  # noqa: E402

# The gazetteers are generated (build-all.sh); their sources are the lists in data/.
HAND_WRITTEN = [
    "titles.tsv",
    "triggers/speech.txt", "triggers/attack.txt", "triggers/meeting.txt",
    "triggers/event.txt", "triggers/modality.txt", "words/stopwords.txt",
]


def tidy(path):
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    header = []
    while lines and lines[0].startswith("#"):
        header.append(lines.pop(0))
    body = {}
    gazetteer = "gazetteer" in path
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if gazetteer and len(cols) > 1:
            seen = {key(cols[0])}
            aliases = []
            for alias in cols[1].split("|"):
                alias = " ".join(alias.split())
                if alias and key(alias) not in seen:
                    seen.add(key(alias))
                    aliases.append(alias)
            cols[1] = "|".join(sorted(aliases, key=str.casefold))
        line = "\t".join(cols)
        body.setdefault(line.casefold(), line)
    ordered = sorted(body.values(), key=lambda l: (l.casefold(), l))
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(header + ordered) + "\n")
    return len(ordered)


def main():
    targets = sys.argv[1:] or [os.path.join(RESOURCES, p) for p in HAND_WRITTEN]
    for path in targets:
        if os.path.exists(path):
            print(f"{path}: {tidy(path)} entries")


if __name__ == "__main__":
    main()
