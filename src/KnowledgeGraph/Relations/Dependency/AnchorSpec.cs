namespace KnowledgeGraph.Relations.Dependency;

/// <summary>Which words start a match: any of <see cref="Pos"/>, lemma or lower-cased form in <see cref="Words"/> (null: any word), inside an Event mention when <see cref="InEvent"/>.</summary>
public sealed record AnchorSpec(IReadOnlySet<string> Pos, IReadOnlySet<string>? Words, bool InEvent)
{
    /// <summary>Forms that are never the anchor although their lemma is listed ("disebutkan": said of someone, not by them).</summary>
    public IReadOnlySet<string>? Except { get; init; }
}
