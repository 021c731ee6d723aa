namespace KnowledgeGraph.Packs;

/// <summary>A language was asked for that no pack folder holds; the message lists the packs present.</summary>
public sealed class UnknownLanguageException(string language, IReadOnlyList<string> available)
    : ArgumentException($"no language pack '{language}' (packs present: {(available.Count == 0 ? "none" : string.Join(", ", available))})")
{
    public string Language { get; } = language;
    public IReadOnlyList<string> Available { get; } = available;
}
