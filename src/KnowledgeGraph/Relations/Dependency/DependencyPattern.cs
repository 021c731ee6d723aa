using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Relations.Dependency;

/// <summary>
/// One row of a dependency-pattern file: an anchor word (part of speech and lemma set), the paths
/// from it to the edge's source and target, the node types each end accepts and the modality kinds
/// that cancel a match. See <see cref="DependencyPatternFile"/> for the file format.
/// </summary>
public sealed record DependencyPattern(
    string Name,
    RelationType Relation,
    AnchorSpec Anchor,
    RolePath Source,
    RolePath Target,
    IReadOnlySet<NodeType> SourceTypes,
    IReadOnlySet<NodeType> TargetTypes,
    IReadOnlySet<string> BlockedModality)
{
    /// <summary>Case markers whose phrases a span leaves out ("kepada wartawan": whom it was said to).</summary>
    public IReadOnlySet<string> SpanSkip { get; init; } = new HashSet<string>();

    /// <summary>
    /// Words opening what was said ("bahwa"): when one comes after the anchor, the span starts at it,
    /// since a phrase between the verb and it tells where or how it was said ("X mengatakan selama
    /// forum di Y bahwa ...") however the parse hung that phrase.
    /// </summary>
    public IReadOnlySet<string> SpanOpener { get; init; } = new HashSet<string>();

    /// <summary>
    /// When set, a match told only by a verb ("Rusia menyerang Kyiv") is also an event, named by this
    /// noun and its ends ("serangan Rusia ke Kyiv"), held in the places <see cref="EventPlace"/> reaches.
    /// </summary>
    public string? EventNoun { get; init; }
    public RolePath? EventPlace { get; init; }
}
