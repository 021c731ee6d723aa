namespace KnowledgeGraph.Packs;

/// <summary>
/// How the rows of a file in an overlay folder combine with the same file of the folders before
/// it (a pack's manifest names the rule of each file). In every rule but <see cref="WholeFile"/>,
/// a row whose first column starts with '-' removes the earlier rows whose first columns equal its
/// columns (ignoring case), and the overlay's other rows are added after the rows kept.
/// </summary>
public enum MergeRule
{
    /// <summary>Rows are added; nothing is replaced (several rows may share a first column).</summary>
    Append,

    /// <summary>The first column is the key: an overlay row replaces the earlier rows with its key.</summary>
    Key,

    /// <summary>The first two columns are the key (a word with several roles, a rule kind with its pattern).</summary>
    TwoColumnKey,

    /// <summary>Not rows: the file of the last folder that has one is used whole (models).</summary>
    WholeFile,
}
