using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relations;

/// <summary>
/// Words attributed to a speaker: a direct quote or reported speech. <see cref="Speaker"/> is
/// the resolved speaker mention (a Person or Organization), null when nobody named said it.
/// The content is [ContentStart, ContentEnd) minus the speaker's own phrase
/// [ExcludeStart, ExcludeEnd).
/// </summary>
public sealed record Statement(
    Mention? Speaker,
    int ContentStart,
    int ContentEnd,
    int ExcludeStart,
    int ExcludeEnd,
    string? Quote,
    int SentenceIndex,
    int SpanStart,
    int SpanEnd)
{
    /// <summary>Others who said it together with <see cref="Speaker"/>: the conjuncts of its subject.</summary>
    public IReadOnlyList<Mention> CoSpeakers { get; init; } = [];

    public bool InContent(int start, int end) =>
        start >= ContentStart && end <= ContentEnd && !(start < ExcludeEnd && ExcludeStart < end);
}
