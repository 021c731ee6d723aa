using KnowledgeGraph.Language;

namespace KnowledgeGraph.Parsing;

/// <summary>
/// One relation inventory over treebanks that spell some relations differently. The parser predicts
/// universal relations plus the subtypes later stages use: nsubj:pass and csubj:pass (passive
/// subjects), obl:agent (the "oleh X" agent, marked the same way in every treebank), acl:relcl
/// (relative clauses) and nmod:poss (possessors). Names are plain flat everywhere. The case
/// markers of an agent ("oleh") are language data (parsing/agent-markers.txt).
/// </summary>
public static class UdLabels
{
    public const string AgentMarkersFile = "parsing/agent-markers.txt";

    private static readonly HashSet<string> KeptSubtypes = new(StringComparer.Ordinal)
    {
        "nsubj:pass", "csubj:pass", "obl:agent", "acl:relcl", "nmod:poss",
    };

    /// <summary>The universal part of a relation ("obl:agent" → "obl"), as the CoNLL 2018 scores compare.</summary>
    public static string Universal(string deprel)
    {
        int colon = deprel.IndexOf(':');
        return colon < 0 ? deprel : deprel[..colon];
    }

    public static string Harmonise(string deprel) => KeptSubtypes.Contains(deprel) ? deprel : Universal(deprel);

    /// <summary>The lower-case case markers that introduce the agent of a passive ("oleh X").</summary>
    public static IReadOnlySet<string> LoadAgentMarkers(string? resourceDirectory, string language = LanguagePack.DefaultLanguage) =>
        LanguagePack.Open(language, resourceDirectory).Rows(AgentMarkersFile)
            .Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>Harmonises the relations of a sentence in place; an obl with an agent marker as its case ("oleh") becomes obl:agent.</summary>
    public static void Harmonise(ConlluSentence sentence, IReadOnlySet<string> agentMarkers)
    {
        var words = sentence.Words;
        foreach (var w in words) w.Deprel = Harmonise(w.Deprel);
        foreach (var w in words)
        {
            if (w.Deprel != "case" || !agentMarkers.Contains(w.Form.ToLowerInvariant()) || w.Head < 1) continue;
            var head = words[w.Head - 1];
            if (head.Deprel == "obl") head.Deprel = "obl:agent";
        }
    }
}
