using KnowledgeGraph.Language;

namespace KnowledgeGraph.Relations.Scoring;

/// <summary>
/// The classes of cue phrases a sentence may hold, read from the language's trigger lists
/// (triggers/speech.txt, attack.txt, meeting.txt, event.txt, modality.txt): a phrase maps to
/// "speech", "attack", "meeting", "event" or "mod:KIND". A missing list is an empty class, so the
/// scorer keeps working when the trigger data is reorganised.
/// </summary>
public sealed class CueWords
{
    private readonly Dictionary<string, string> _phrases = new(StringComparer.Ordinal);
    private readonly Packs.Morphology _morphology;

    public CueWords(IEnumerable<(string Phrase, string Class)> phrases, Packs.Morphology? morphology = null)
    {
        _morphology = morphology ?? new();
        foreach (var (p, c) in phrases)
        {
            var key = Normalize(p);
            if (key.Length == 0) continue;
            _phrases.TryAdd(key, c);
            Longest = Math.Max(Longest, key.Split(' ').Length);
        }
    }

    /// <summary>Words in the longest phrase.</summary>
    public int Longest { get; }

    public static CueWords Load(string resourceDirectory, string language = LanguagePack.DefaultLanguage) =>
        FromPack(LanguagePack.Open(language, resourceDirectory));

    public static CueWords FromPack(LanguagePack pack)
    {
        var list = new List<(string, string)>();
        void Read(string file, Func<DataRow, string> cls)
        {
            foreach (var row in pack.Rows("triggers/" + file))
                list.Add((row[0], cls(row)));
        }
        Read("speech.txt", _ => "speech");
        Read("attack.txt", _ => "attack");
        Read("meeting.txt", _ => "meeting");
        Read("event.txt", _ => "event");
        Read("modality.txt", r => "mod:" + (r.Count > 1 ? r[1] : "hedge"));
        return new CueWords(list, pack.Morphology);
    }

    /// <summary>The class of the phrase of <paramref name="words"/> lower-cased words starting at <paramref name="i"/>, with its length; null when none.</summary>
    public (string Class, int Length)? At(IReadOnlyList<string> words, int i)
    {
        for (int n = Math.Min(Longest, words.Count - i); n >= 1; n--)
        {
            var key = n == 1 ? words[i] : string.Join(' ', words.Skip(i).Take(n));
            if (_phrases.TryGetValue(key, out var c)) return (c, n);
            // "katanya", "ujarnya": a pronoun clitic is accepted on every entry.
            if (n == 1 && _morphology.WithoutClitic(key) is { } stem && _phrases.TryGetValue(stem, out c)) return (c, 1);
        }
        return null;
    }

    private static string Normalize(string phrase) =>
        string.Join(' ', phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
