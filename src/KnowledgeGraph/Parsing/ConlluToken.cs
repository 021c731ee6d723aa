namespace KnowledgeGraph.Parsing;

/// <summary>A multiword token: the surface form covering words First..Last ("menyetujuinya" = 6-7).</summary>
public sealed record ConlluToken(int First, int Last, string Form, string Misc = "_")
{
    public bool SpaceAfter => !Misc.Split('|').Contains("SpaceAfter=No");
}
