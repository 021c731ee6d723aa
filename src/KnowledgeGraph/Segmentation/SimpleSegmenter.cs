using System.Text.RegularExpressions;

namespace KnowledgeGraph.Segmentation;

/// <summary>Sentences end at . ! ? or a line break; tokens are words and single punctuation marks.</summary>
public sealed partial class SimpleSegmenter : ISegmenter
{
    [GeneratedRegex(@"[^.!?\n]+[.!?]*")] private static partial Regex SentenceRx();
    [GeneratedRegex(@"\w+|[^\w\s]")] private static partial Regex TokenRx();

    public IReadOnlyList<Sentence> Segment(string text)
    {
        var result = new List<Sentence>();
        foreach (Match m in SentenceRx().Matches(text))
        {
            if (string.IsNullOrWhiteSpace(m.Value)) continue;
            var tokens = TokenRx().Matches(m.Value).Select(t => new Token(m.Index + t.Index, m.Index + t.Index + t.Length, t.Value)).ToList();
            result.Add(new Sentence(result.Count, m.Index, m.Index + m.Length, m.Value, tokens));
        }
        return result;
    }
}
