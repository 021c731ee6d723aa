namespace KnowledgeGraph.Relations;

/// <summary>
/// Where an event took place and, for meetings, who took part, read from one article.
/// <see cref="Surrounding"/> holds the larger places the text names only to describe a place of
/// the event ("di ibu kota Nigeria, Abuja": Nigeria). The event was held in them too, but its
/// participants met at the place itself, not across the whole state.
/// </summary>
public sealed record EventSetting(Mention? Event, IReadOnlyList<Mention> Places, IReadOnlyList<Mention> Participants, int Start, int End)
{
    public IReadOnlyList<Mention> Surrounding { get; init; } = [];
}
