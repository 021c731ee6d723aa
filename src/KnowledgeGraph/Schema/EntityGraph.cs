using QuikGraph;

namespace KnowledgeGraph.Schema;

/// <summary>
/// The knowledge graph: nodes merged by stable id, one edge per (source, type, target) with
/// accumulated evidence. Enumeration order is by id, so every sink writes the same bytes for
/// the same graph.
/// </summary>
public sealed class EntityGraph
{
    // Uniqueness of (source, type, target) is kept by _relations; QuikGraph's own check would scan
    // the out-edges of a node on every insert (quadratic for a hub) and refuse a second edge type
    // between the same two nodes.
    private readonly BidirectionalGraph<Node, Relation> _graph = new(allowParallelEdges: true);
    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Relation> _relations = new(StringComparer.Ordinal);

    public int NodeCount => _nodes.Count;
    public int RelationCount => _relations.Count;

    /// <summary>The underlying QuikGraph graph, for algorithms (degree, traversal, components).</summary>
    public IBidirectionalGraph<Node, Relation> Structure => _graph;

    public IEnumerable<Node> Nodes => SortedNodes();

    // Ids never change, so the sorted order only changes when a node is added or removed;
    // it is kept until then because every sink (and the edge order) needs it.
    private Node[]? _sortedNodes;

    private Node[] NodeOrder()
    {
        if (_sortedNodes is not null) return _sortedNodes;
        // The dictionary's keys are the ids: sorting them alongside avoids a dereference per comparison.
        var keys = new string[_nodes.Count];
        var nodes = new Node[_nodes.Count];
        _nodes.Keys.CopyTo(keys, 0);
        _nodes.Values.CopyTo(nodes, 0);
        Array.Sort(keys, nodes, StringComparer.Ordinal);
        return _sortedNodes = nodes;
    }

    private IEnumerable<Node> SortedNodes()
    {
        foreach (var n in NodeOrder()) yield return n;
    }

    public IEnumerable<Relation> Relations => SortedRelations();

    // Ordered by (source id, type, target id). Comparing id strings for every pair of edges
    // dominated large exports; ranking the nodes once and sorting one integer key per edge
    // gives the same order several times faster.
    private IEnumerable<Relation> SortedRelations()
    {
        var nodes = NodeOrder();
        var rank = new Dictionary<Node, int>(nodes.Length, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < nodes.Length; i++) rank[nodes[i]] = i;

        long n = Math.Max(1, nodes.Length);
        long types = Enum.GetValues<RelationType>().Length;
        var relations = new Relation[_relations.Count];
        _relations.Values.CopyTo(relations, 0);
        var order = new long[relations.Length];
        for (int i = 0; i < relations.Length; i++)
        {
            var r = relations[i];
            order[i] = (rank[r.Source] * types + (long)r.Type) * n + rank[r.Target];
        }
        Array.Sort(order, relations);
        foreach (var r in relations) yield return r;
    }

    public bool TryGetNode(string id, out Node node) => _nodes.TryGetValue(id, out node!);

    public Node? FindNode(string id) => _nodes.GetValueOrDefault(id);

    /// <summary>Returns the node with this id, creating it when new.</summary>
    public Node GetOrAddNode(string id, NodeType type, string name)
    {
        if (_nodes.TryGetValue(id, out var existing))
        {
            if (existing.Type != type)
                throw new InvalidOperationException($"Node {id} exists as {existing.Type}, not {type}.");
            return existing;
        }
        var node = new Node(id, type, name);
        _nodes.Add(id, node);
        _sortedNodes = null;
        _graph.AddVertex(node);
        return node;
    }

    /// <summary>Adds a node, or folds it into the node that already has its id.</summary>
    public Node AddOrMerge(Node node)
    {
        if (_nodes.TryGetValue(node.Id, out var existing))
        {
            existing.MergeFrom(node);
            return existing;
        }
        _nodes.Add(node.Id, node);
        _sortedNodes = null;
        _graph.AddVertex(node);
        return node;
    }

    /// <summary>Returns the edge (source, type, target), creating it when new. Both nodes must exist.</summary>
    public Relation GetOrAddRelation(string sourceId, RelationType type, string targetId)
    {
        var id = Relation.MakeId(sourceId, type, targetId);
        if (_relations.TryGetValue(id, out var existing)) return existing;
        if (!_nodes.TryGetValue(sourceId, out var source)) throw new KeyNotFoundException($"No node {sourceId}.");
        if (!_nodes.TryGetValue(targetId, out var target)) throw new KeyNotFoundException($"No node {targetId}.");
        var relation = new Relation(source, type, target);
        _relations.Add(id, relation);
        _graph.AddEdge(relation);
        return relation;
    }

    public Relation AddRelation(string sourceId, RelationType type, string targetId, Evidence? evidence)
    {
        var r = GetOrAddRelation(sourceId, type, targetId);
        if (evidence is not null) r.AddEvidence(evidence);
        return r;
    }

    /// <summary>Folds another graph into this one: nodes by id, edges by (source, type, target).</summary>
    public void Merge(EntityGraph other)
    {
        foreach (var n in other.Nodes)
        {
            var copy = new Node(n.Id, n.Type, n.Name) { Mentions = n.Mentions, Title = n.Title, Published = n.Published, Source = n.Source, Url = n.Url, Outlet = n.Outlet, Language = n.Language };
            foreach (var a in n.Aliases) copy.Aliases.Add(a);
            copy.Articles.UnionWith(n.Articles);
            AddOrMerge(copy);
        }
        foreach (var r in other.Relations)
        {
            var mine = GetOrAddRelation(r.Source.Id, r.Type, r.Target.Id);
            foreach (var e in r.Evidence) mine.AddEvidence(e);
        }
    }

    /// <summary>
    /// Folds node <paramref name="fromId"/> into <paramref name="intoId"/> (same type): names and
    /// aliases, mention counts and articles are united, every edge of the old node is moved to the
    /// new one with its evidence (an edge that would join the node to itself is dropped), and the
    /// old node is removed. Used when the corpus shows late that two names are one entity.
    /// </summary>
    public void MergeNodes(string fromId, string intoId) => MergeNodes(fromId, intoId, acrossTypes: false);

    /// <summary>
    /// As <see cref="MergeNodes(string, string)"/>; with <paramref name="acrossTypes"/> the nodes may
    /// differ in type (one name found as two types): the merged node keeps its own type, and a
    /// moved edge the schema does not allow between the new end types is dropped.
    /// </summary>
    public void MergeNodes(string fromId, string intoId, bool acrossTypes)
    {
        if (fromId == intoId) return;
        _mergedInto[fromId] = intoId;
        if (!_nodes.TryGetValue(fromId, out var from)) throw new KeyNotFoundException($"No node {fromId}.");
        if (!_nodes.TryGetValue(intoId, out var into)) throw new KeyNotFoundException($"No node {intoId}.");
        if (from.Type != into.Type && !acrossTypes) throw new InvalidOperationException($"Cannot merge {from.Type} {fromId} into {into.Type} {intoId}.");
        into.AddAlias(from.Name);
        foreach (var a in from.Aliases) into.AddAlias(a);
        into.Mentions += from.Mentions;
        into.Articles.UnionWith(from.Articles);
        var edges = _graph.OutEdges(from).Concat(_graph.InEdges(from)).Distinct().ToList();
        foreach (var r in edges)
        {
            _relations.Remove(r.Id);
            _graph.RemoveEdge(r);
            var source = r.Source == from ? into : r.Source;
            var target = r.Target == from ? into : r.Target;
            if (source == target) continue;
            if (from.Type != into.Type && !GraphSchema.Default.Allows(r.Type, source.Type, target.Type)) continue;
            var moved = GetOrAddRelation(source.Id, r.Type, target.Id);
            foreach (var e in r.Evidence) moved.AddEvidence(e);
        }
        _graph.RemoveVertex(from);
        _nodes.Remove(fromId);
        _sortedNodes = null;
    }

    private readonly Dictionary<string, string> _mergedInto = new(StringComparer.Ordinal);

    /// <summary>The id a node now has: itself, or the node it was merged into (followed through later merges).</summary>
    public string CurrentId(string id)
    {
        for (int guard = 0; guard <= _mergedInto.Count && _mergedInto.TryGetValue(id, out var into); guard++) id = into;
        return id;
    }

    public int Degree(Node node) => _graph.InDegree(node) + _graph.OutDegree(node);
}
