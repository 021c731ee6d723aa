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
    /// When set, a match told only by a verb ("Rusia menyerang Kyiv") is also an event, named by this
    /// noun and its ends ("serangan Rusia ke Kyiv"), held in the places <see cref="EventPlace"/> reaches.
    /// </summary>
    public string? EventNoun { get; init; }
    public RolePath? EventPlace { get; init; }
}

/// <summary>Which words start a match: any of <see cref="Pos"/>, lemma or lower-cased form in <see cref="Words"/> (null: any word), inside an Event mention when <see cref="InEvent"/>.</summary>
public sealed record AnchorSpec(IReadOnlySet<string> Pos, IReadOnlySet<string>? Words, bool InEvent)
{
    /// <summary>Forms that are never the anchor although their lemma is listed ("disebutkan": said of someone, not by them).</summary>
    public IReadOnlySet<string>? Except { get; init; }
}

/// <summary>
/// How a role is reached from the anchor: alternatives tried in order, the first that reaches a
/// word wins. <see cref="Span"/> takes every mention inside the reached clause (quotes and
/// reported speech) instead of the phrase the word heads.
/// </summary>
public sealed record RolePath(IReadOnlyList<IReadOnlyList<PathStep>> Alternatives, bool Span);

/// <summary>
/// One step along the tree. Down (<see cref="Up"/> false): children with relation <see cref="Dep"/>;
/// <see cref="CaseWords"/> filters them by the lemma or form of their <c>case</c> child (an empty
/// set: no case child); <see cref="WordFilter"/> by their own lemma or form. Up: the head, when the
/// current word hangs from it by <see cref="Dep"/>, filtered by the head's lemma or form. Dep "."
/// stays on the word.
/// </summary>
public sealed record PathStep(bool Up, string Dep, IReadOnlySet<string>? CaseWords, IReadOnlySet<string>? WordFilter)
{
    /// <summary>The relation must be exactly <see cref="Dep"/>, subtypes not included ("=nsubj" leaves out nsubj:pass).</summary>
    public bool Exact { get; init; }
}
