namespace KnowledgeGraph.Relations.Dependency;

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

    /// <summary>Only children after the word ("obl(-)>": the bare agent that follows a passive verb).</summary>
    public bool After { get; init; }
}
