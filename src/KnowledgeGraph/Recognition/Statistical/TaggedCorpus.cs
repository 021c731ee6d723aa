namespace KnowledgeGraph.Recognition.Statistical;

/// <summary>
/// Reads the column format the Indonesian NER corpora use (token TAB tag, blank line between
/// sentences) and maps each corpus's entity names onto the tagger's own (PER, ORG, LOC, EVT).
/// </summary>
public static class TaggedCorpus
{
    /// <summary>Corpus entity names → tagger entity names; anything else becomes O.</summary>
    public static IReadOnlyDictionary<string, string> DefaultTypeMap { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["PERSON"] = "PER", ["PPL"] = "PER", ["PER"] = "PER",
        ["ORGANISATION"] = "ORG", ["ORGANIZATION"] = "ORG", ["IND"] = "ORG", ["ORG"] = "ORG",
        ["PLACE"] = "LOC", ["PLC"] = "LOC", ["LOC"] = "LOC",
    };

    public static List<TaggedSentence> Read(string path, IReadOnlyDictionary<string, string> typeMap, bool cased = true)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"NER data file not found: {path}", path);
        var result = new List<TaggedSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        int lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }
            int tab = line.LastIndexOf('\t');
            if (tab <= 0) throw new InvalidDataException($"{path}:{lineNo}: expected 'token<TAB>tag', got '{line}'");
            var token = line[..tab].Trim();
            var tag = line[(tab + 1)..].Trim();
            if (token.Length == 0) throw new InvalidDataException($"{path}:{lineNo}: empty token");
            tokens.Add(token);
            tags.Add(MapTag(tag, typeMap, path, lineNo));
        }
        Flush();
        return result;

        void Flush()
        {
            if (tokens.Count == 0) return;
            result.Add(new TaggedSentence([.. tokens], Bio.Repair([.. tags]), cased));
            tokens.Clear();
            tags.Clear();
        }
    }

    private static string MapTag(string tag, IReadOnlyDictionary<string, string> typeMap, string path, int lineNo)
    {
        if (tag == "O") return "O";
        if (tag.Length < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I'))
            throw new InvalidDataException($"{path}:{lineNo}: unknown tag '{tag}' (expected O, B-TYPE or I-TYPE)");
        return typeMap.TryGetValue(tag[2..], out var mapped) ? $"{tag[0]}-{mapped}" : "O";
    }
}
