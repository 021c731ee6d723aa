namespace KnowledgeGraph.Recognition.Statistical;

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
