namespace KnowledgeGraph.Parsing;

/// <summary>Training settings; the defaults are what the shipped model was trained with.</summary>
public sealed record ParserTrainingOptions
{
    public int TaggerEpochs { get; init; } = 12;
    public int LemmaEpochs { get; init; } = 10;
    public int ParserEpochs { get; init; } = 15;
    /// <summary>The parser learns from tags predicted by taggers trained on the other folds, as it will see them.</summary>
    public int JackknifeFolds { get; init; } = 5;
    /// <summary>From the second epoch on, the parser follows its own prediction with this probability (dynamic oracle exploration).</summary>
    public double Explore { get; init; } = 0.9;
    public int Seed { get; init; } = 20250317;
    /// <summary>Averaged weights smaller than this are dropped from the model file.</summary>
    public float Prune { get; init; } = 0.01f;
    /// <summary>
    /// Tagger weights smaller than this are dropped as well, after training (the parser learns from the
    /// full taggers' tags). Mostly rare features: at 1, 64% of the tagger's rows go for 0.3 points of
    /// UPOS on held-out sentences, and every row less makes the table, read at a cache miss a lookup, smaller.
    /// </summary>
    public float TaggerPrune { get; init; } = 1f;
    /// <summary>The same for the parser's move weights and label weights (0.5 and 1 drop 14% of its rows for no loss on held-out sentences; 1 for the moves as well dropped 36% but misparsed lists of names).</summary>
    public float ParserMovePrune { get; init; } = 0.5f;
    public float ParserLabelPrune { get; init; } = 1f;
    /// <summary>The treebank whose lemma conventions are followed when none is asked for.</summary>
    public string LemmaStyle { get; init; } = "csui";
}
