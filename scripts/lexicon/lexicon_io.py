"""Shared reading and writing of the TSV resource format for the lexicon generators."""
import os
import unicodedata

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RESOURCES = os.path.join(REPO, "src", "KnowledgeGraph", "Resources", "id")
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def key(name):
    """Matching key: case-folded, spaces collapsed (the same folding the scorer and loaders use)."""
    return " ".join(name.casefold().split())


def strip_marks(text):
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


def read_rows(path):
    """Rows of a TSV resource, skipping blank lines and '#' comments."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield number, line.split("\t")


def write_lines(path, header, lines):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    unique = sorted(set(lines), key=lambda l: (l.casefold(), l))
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for h in header:
            handle.write("# " + h + "\n" if h else "#\n")
        for line in unique:
            handle.write(line + "\n")
    return len(unique)


class Gazetteer:
    """Entries keyed by every name; earlier (higher-priority) entries keep a contested name."""

    def __init__(self):
        self.entries = []
        self.owner = {}

    def add(self, canonical, aliases, kind, extra=()):
        canonical = " ".join(canonical.split())
        existing = self.owner.get(key(canonical))
        if existing is not None:
            self._merge(existing, aliases)
            return existing
        entry = {"canonical": canonical, "aliases": [], "kind": kind, "extra": list(extra)}
        self.entries.append(entry)
        self.owner[key(canonical)] = entry
        self._merge(entry, aliases)
        return entry

    def _merge(self, entry, aliases):
        for alias in aliases:
            alias = " ".join(alias.split())
            if not alias:
                continue
            k = key(alias)
            if k in self.owner:
                # The same name written with a small first letter ("al Qaeda") is kept: the matcher
                # reads case, and a small particle matches only as written.
                if (self.owner[k] is entry and alias[:1].islower() and alias != entry["canonical"]
                        and alias not in entry["aliases"]):
                    entry["aliases"].append(alias)
                continue
            self.owner[k] = entry
            entry["aliases"].append(alias)

    def lines(self):
        for e in self.entries:
            cols = [e["canonical"], "|".join(sorted(e["aliases"], key=str.casefold)), e["kind"]] + e["extra"]
            yield "\t".join(cols)


def common_words(path):
    """The lower-case words of a hunspell dictionary (affix flags dropped); empty when there is none."""
    words = set()
    if path and os.path.exists(path):
        with open(path, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                word = line.split("/")[0].strip()
                if word and word.islower():
                    words.add(word)
    return words
