namespace KnowledgeGraph.Parsing;

/// <summary>One syntactic word of a CoNLL-U sentence (the ten columns; Head is 0 for the root, -1 when unknown).</summary>
public sealed class ConlluWord
{
    public int Id { get; set; }
    public string Form { get; set; } = "_";
    public string Lemma { get; set; } = "_";
    public string Upos { get; set; } = "_";
    public string Xpos { get; set; } = "_";
    public string Feats { get; set; } = "_";
    public int Head { get; set; } = -1;
    public string Deprel { get; set; } = "_";
    public string Deps { get; set; } = "_";
    public string Misc { get; set; } = "_";

    public bool SpaceAfter => !Misc.Split('|').Contains("SpaceAfter=No");
}
