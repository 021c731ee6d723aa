using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Relations.Scoring;

/// <summary>
/// The words of one sentence with their parse when a parser is installed, else the segmenter's
/// tokens with no parse (lemma = lower-cased form, every word a root). Also the cue class each
/// word starts, if any.
/// </summary>
public sealed class SentenceWords
{
    private SentenceWords(IReadOnlyList<ScoredWord> words, string?[] cues, bool parsed)
    {
        Words = words;
        Cues = cues;
        Parsed = parsed;
    }

    public IReadOnlyList<ScoredWord> Words { get; }
    public string?[] Cues { get; }
    public bool Parsed { get; }

    public static SentenceWords Of(Document doc, int sentence, CueWords cues, bool parse = true)
    {
        var words = new List<ScoredWord>();
        bool parsed = false;
        if (parse && doc.ParseOf(sentence) is { Words.Count: > 0 } parsedSentence)
        {
            parsed = true;
            foreach (var w in parsedSentence.Words)
                words.Add(new ScoredWord(w.Start, w.End, w.Text.ToLowerInvariant(), w.Lemma.ToLowerInvariant(), w.Pos, w.BaseDep, w.Head?.Index ?? -1, Capitalized(w.Text, w.Index)));
        }
        else if (sentence < doc.Sentences.Count)
        {
            foreach (var t in doc.Sentences[sentence].Tokens)
            {
                var lower = t.Text.ToLowerInvariant();
                words.Add(new ScoredWord(t.Start, t.End, lower, lower, "X", "dep", -1, Capitalized(t.Text, words.Count)));
            }
        }
        var lowers = words.Select(w => w.Lower).ToList();
        var lemmas = words.Select(w => w.Lemma).ToList();
        var classes = new string?[words.Count];
        for (int i = 0; i < words.Count; i++)
            classes[i] = (cues.At(lowers, i) ?? cues.At(lemmas, i))?.Class;
        return new SentenceWords(words, classes, parsed);
    }

    // A capital marks a name or part of one ("al-Shabab" too); the first word of a sentence is capitalised anyway.
    private static bool Capitalized(string text, int index) => text.Skip(index > 0 ? 0 : 1).Any(char.IsUpper);

    /// <summary>The word a span hangs from: the first word inside it whose head lies outside it; the nearest word when none lies inside.</summary>
    public int HeadOf(int start, int end)
    {
        int first = -1;
        for (int i = 0; i < Words.Count; i++)
        {
            var w = Words[i];
            if (w.End <= start || w.Start >= end) continue;
            if (first < 0) first = i;
            int h = w.Head;
            if (h < 0 || Words[h].End <= start || Words[h].Start >= end) return i;
        }
        if (first >= 0) return first;
        int best = -1, dist = int.MaxValue;
        for (int i = 0; i < Words.Count; i++)
        {
            int d = Math.Abs(Words[i].Start - start);
            if (d < dist) { dist = d; best = i; }
        }
        return best;
    }

    /// <summary>Index of the first word starting at or after <paramref name="offset"/> (Count when none).</summary>
    public int WordFrom(int offset)
    {
        int i = 0;
        while (i < Words.Count && Words[i].End <= offset) i++;
        return i;
    }

    /// <summary>The path of relations from word a up to the lowest common head and down to word b; the common head's index (-1 when none).</summary>
    public (List<string> Path, int Common) PathBetween(int a, int b)
    {
        var up = new List<int>();
        for (int x = a, guard = 0; x >= 0 && guard <= Words.Count; x = Words[x].Head, guard++) up.Add(x);
        var down = new List<int>();
        int common = -1;
        for (int y = b, guard = 0; y >= 0 && guard <= Words.Count; y = Words[y].Head, guard++)
        {
            int k = up.IndexOf(y);
            if (k >= 0) { common = y; up.RemoveRange(k, up.Count - k); break; }
            down.Add(y);
        }
        var path = new List<string>();
        if (common < 0) return (path, -1);
        foreach (var x in up) path.Add(Words[x].Dep + "^");
        for (int i = down.Count - 1; i >= 0; i--) path.Add(Words[down[i]].Dep + "v");
        return (path, common);
    }
}
