namespace KnowledgeGraph.Recognition.Events;

/// <summary>
/// Remembers the events seen in earlier articles so that a later, shorter or longer
/// description of the same happening ("invasi Rusia" / "invasi Rusia ke Ukraina") gets the
/// same canonical name. Two descriptions are the same event when they share the head and one
/// description's entity anchors contain the other's. First seen wins, so ids are stable for a
/// given article order.
/// </summary>
public sealed class EventRegistry
{
    private readonly Dictionary<string, List<(HashSet<string> Anchors, string Canonical)>> _byHead = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public string Resolve(string head, IReadOnlyCollection<string> entityAnchors, string proposedCanonical)
    {
        if (entityAnchors.Count == 0) return proposedCanonical;
        lock (_lock)
        {
            if (!_byHead.TryGetValue(head, out var list)) _byHead[head] = list = [];
            // One set for all comparisons: HashSet's subset tests copy a non-set argument each call.
            var given = entityAnchors as HashSet<string> ?? new HashSet<string>(entityAnchors, StringComparer.Ordinal);
            foreach (var (anchors, canonical) in list)
            {
                if (anchors.IsSubsetOf(given) || anchors.IsSupersetOf(given))
                {
                    anchors.UnionWith(entityAnchors);
                    return canonical;
                }
            }
            list.Add((new HashSet<string>(entityAnchors, StringComparer.Ordinal), proposedCanonical));
            return proposedCanonical;
        }
    }
}
