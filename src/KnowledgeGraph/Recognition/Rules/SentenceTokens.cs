using System.Runtime.CompilerServices;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Segmentation;

namespace KnowledgeGraph.Recognition.Rules;

/// <summary>Name tokens of each sentence of a document, cut once and shared by the rule recognizers.</summary>
public static class SentenceTokens
{
    private static readonly ConditionalWeakTable<Document, IReadOnlyList<NameToken>[]> Cache = new();

    public static IReadOnlyList<NameToken>[] Of(Document document) =>
        Cache.GetValue(document, d =>
        {
            var pool = new TextPool();
            // Exact-size arrays: they stay as long as the document, a list would keep its spare room too.
            return d.Sentences.Select(s => (IReadOnlyList<NameToken>)NameToken.Tokenize(d.Text, s.Start, s.End, pool).ToArray()).ToArray();
        });
}
