namespace KnowledgeGraph.Evaluation;

/// <summary>An annotated corpus: its articles/ folder and its gold.json, in the scorer's format.</summary>
public sealed record AnnotatedCorpus(string Name, string ArticlesDirectory, string GoldPath)
{
    /// <summary>A corpus folder holding articles/ and gold.json; a clear error when either is missing.</summary>
    public static AnnotatedCorpus FromDirectory(string dir)
    {
        var full = Path.GetFullPath(dir);
        var articles = Path.Combine(full, "articles");
        var gold = Path.Combine(full, "gold.json");
        if (!Directory.Exists(articles)) throw new InvalidDataException($"{full}: no articles/ folder (an annotated corpus holds articles/ and gold.json)");
        if (!File.Exists(gold)) throw new InvalidDataException($"{full}: no gold.json (an annotated corpus holds articles/ and gold.json)");
        return new AnnotatedCorpus(Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar)), articles, gold);
    }
}
