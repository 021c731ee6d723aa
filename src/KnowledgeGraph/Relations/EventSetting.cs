namespace KnowledgeGraph.Relations;

/// <summary>Where an event took place and, for meetings, who took part, read from one article.</summary>
public sealed record EventSetting(Mention? Event, IReadOnlyList<Mention> Places, IReadOnlyList<Mention> Participants, int Start, int End);
