namespace KnowledgeGraph.Relations.Scoring;

/// <summary>
/// The probabilities a candidate of one edge type needs: <see cref="Rules"/> for one a rule
/// extractor proposed, <see cref="Added"/> for one only the permissive pairing proposed (1: none
/// added).
/// </summary>
public readonly record struct Cut(double Rules, double Added)
{
    public static readonly Cut RulesAlone = new(0, 1);

    public bool Keep(double probability, bool fromRules) =>
        fromRules ? probability >= Rules : Added < 1 && probability >= Added;
}
