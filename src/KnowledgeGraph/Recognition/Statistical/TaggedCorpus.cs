namespace KnowledgeGraph.Recognition.Statistical;

/// <summary>A pre-tokenised training sentence with one BIO tag per token.</summary>
public sealed record TaggedSentence(string[] Tokens, string[] Tags, bool Cased = true);

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

/// <summary>BIO helpers shared by training, decoding and scoring.</summary>
public static class Bio
{
    public static string TypeOf(string tag) => tag.Length > 2 ? tag[2..] : "";

    /// <summary>Turns an I- that cannot continue the previous tag into a B-, so every gold sequence is a legal path.</summary>
    public static string[] Repair(string[] tags)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            if (!tags[i].StartsWith("I-", StringComparison.Ordinal)) continue;
            var prev = i > 0 ? tags[i - 1] : "O";
            if (prev == "O" || TypeOf(prev) != TypeOf(tags[i])) tags[i] = "B-" + TypeOf(tags[i]);
        }
        return tags;
    }

    /// <summary>Entity spans as (start token, end token exclusive, type).</summary>
    public static List<(int Start, int End, string Type)> Spans(IReadOnlyList<string> tags)
    {
        var spans = new List<(int, int, string)>();
        int start = -1;
        string type = "";
        for (int i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            bool continues = start >= 0 && tag.StartsWith("I-", StringComparison.Ordinal) && TypeOf(tag) == type;
            if (continues) continue;
            if (start >= 0) spans.Add((start, i, type));
            start = -1;
            if (tag != "O")
            {
                start = i;
                type = TypeOf(tag);
            }
        }
        return spans;
    }
}
