namespace KnowledgeGraph.Schema;

/// <summary>
/// A node of the knowledge graph. Entities carry their surface forms and where they were
/// mentioned; Article nodes carry the article's metadata.
/// </summary>
public sealed class Node
{
    public Node(string id, NodeType type, string name)
    {
        if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("A node id cannot be empty.", nameof(id));
        Id = id;
        Type = type;
        Name = name;
    }

    public string Id { get; }
    public NodeType Type { get; }
    public string Name { get; set; }

    /// <summary>Other surface forms of the same entity, never including <see cref="Name"/>.</summary>
    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);

    /// <summary>How many times the entity is mentioned across the corpus.</summary>
    public int Mentions { get; set; }

    /// <summary>Ids of the articles that mention the entity.</summary>
    public SortedSet<string> Articles { get; } = new(StringComparer.Ordinal);

    // Article nodes only: the article's metadata. Source is where it was read from (a path,
    // dump.jsonl:12); Url, Outlet and Language come from the page or record when it has them.
    public string? Title { get; set; }
    public string? Published { get; set; }
    public string? Source { get; set; }
    public string? Url { get; set; }
    public string? Outlet { get; set; }
    public string? Language { get; set; }

    public void AddAlias(string alias)
    {
        alias = alias.Trim();
        if (alias.Length > 0 && !string.Equals(alias, Name, StringComparison.Ordinal)) Aliases.Add(alias);
    }

    /// <summary>Folds another record of the same node into this one (same id).</summary>
    public void MergeFrom(Node other)
    {
        if (other.Id != Id) throw new InvalidOperationException($"Cannot merge node {other.Id} into {Id}.");
        if (!string.Equals(other.Name, Name, StringComparison.Ordinal)) AddAlias(other.Name);
        foreach (var a in other.Aliases) AddAlias(a);
        Mentions += other.Mentions;
        Articles.UnionWith(other.Articles);
        Title ??= other.Title;
        Published ??= other.Published;
        Source ??= other.Source;
        Url ??= other.Url;
        Outlet ??= other.Outlet;
        Language ??= other.Language;
    }

    public override string ToString() => Id;
}
