using KnowledgeGraph.Language;

namespace KnowledgeGraph.Segmentation;

/// <summary>
/// Abbreviations whose period does not end a sentence, from Resources/&lt;lang&gt;/abbreviations.txt.
/// Keys are the last word of the abbreviation without its final period ("dr", "a.n", "al").
/// </summary>
public sealed class Abbreviations
{
    public const string FileName = "abbreviations.txt";

    private readonly Dictionary<string, bool> _mayEndSentence;
    private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Abbreviations(IEnumerable<string> abbreviations, IEnumerable<string>? sentenceEnders = null)
    {
        _mayEndSentence = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in abbreviations) _mayEndSentence[Key(a)] = false;
        foreach (var a in sentenceEnders ?? []) _mayEndSentence[Key(a)] = true;
        _lookup = _mayEndSentence.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Abbreviations Load(string? resourceDirectory, string language = LanguagePack.DefaultLanguage) =>
        FromPack(LanguagePack.Open(language, resourceDirectory));

    public static Abbreviations FromPack(LanguagePack pack)
    {
        var plain = new List<string>();
        var enders = new List<string>();
        foreach (var row in pack.Rows(FileName))
        {
            var flag = row[1];
            if (flag.Length == 0) plain.Add(row[0]);
            else if (flag.Equals("end", StringComparison.OrdinalIgnoreCase)) enders.Add(row[0]);
            else throw row.Error($"unknown flag '{flag}' (expected 'end' or nothing).");
        }
        return new Abbreviations(plain, enders);
    }

    public int Count => _mayEndSentence.Count;

    /// <summary>Whether <paramref name="word"/> followed by a period is a listed abbreviation.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    /// <summary>True when the abbreviation is listed as one that often closes a sentence.</summary>
    public bool MayEndSentence(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var end) && end;

    private static string Key(string abbreviation)
    {
        var a = abbreviation.Trim();
        int space = a.LastIndexOf(' ');
        if (space >= 0) a = a[(space + 1)..];
        return a.EndsWith('.') ? a[..^1] : a;
    }
}
