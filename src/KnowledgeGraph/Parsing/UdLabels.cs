namespace KnowledgeGraph.Parsing;

/// <summary>
/// One relation inventory over treebanks that spell some relations differently. The parser predicts
/// universal relations plus the subtypes later stages use: nsubj:pass and csubj:pass (passive
/// subjects), obl:agent (the "oleh X" agent, marked the same way in every treebank), acl:relcl
/// (relative clauses) and nmod:poss (possessors). Names are plain flat everywhere.
/// </summary>
public static class UdLabels
{
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

    /// <summary>Harmonises the relations of a sentence in place; an obl with the case marker "oleh" becomes obl:agent.</summary>
    public static void Harmonise(ConlluSentence sentence)
    {
        var words = sentence.Words;
        foreach (var w in words) w.Deprel = Harmonise(w.Deprel);
        foreach (var w in words)
        {
            if (w.Deprel != "case" || !w.Form.Equals("oleh", StringComparison.OrdinalIgnoreCase) || w.Head < 1) continue;
            var head = words[w.Head - 1];
            if (head.Deprel == "obl") head.Deprel = "obl:agent";
        }
    }
}
