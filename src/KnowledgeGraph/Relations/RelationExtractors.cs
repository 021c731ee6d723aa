using KnowledgeGraph.Language;
using KnowledgeGraph.Recognition.Events;

namespace KnowledgeGraph.Relations;

/// <summary>The standard event recognizer and relation extractors over one shared lexicon.</summary>
public static class RelationExtractors
{
    /// <summary>STATED, ATTACKED, MET_AT and HELD_IN extractors, in that order.</summary>
    public static IReadOnlyList<IRelationExtractor> CreateDefault(RelationLexicon lexicon, IQuoteFinder? quotes = null) =>
        [new StatedExtractor(lexicon, quotes), new AttackExtractor(lexicon, quotes), new MeetingExtractor(lexicon), new HeldInExtractor(lexicon)];

    /// <summary>
    /// The event recognizer; one instance per corpus run, since it remembers events across
    /// articles to give the same event one name.
    /// </summary>
    public static EventRecognizer CreateEventRecognizer(RelationLexicon lexicon) => new(lexicon, new EventRegistry());
}
