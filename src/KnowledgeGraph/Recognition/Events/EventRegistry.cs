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
    private sealed class Entry(HashSet<string> anchors, string canonical, int order, string? edition)
    {
        public string? Edition { get; set; } = edition;
        public HashSet<string> Anchors { get; } = anchors;
        public string Canonical { get; } = canonical;
        public int Order { get; } = order;
        public string Key { get; set; } = "";
    }

    private sealed class HeadIndex
    {
        public readonly List<Entry> Entries = [];
        public readonly Dictionary<string, List<Entry>> ByAnchor = new(StringComparer.Ordinal);
        public readonly Dictionary<string, List<Entry>> ByExactSet = new(StringComparer.Ordinal);
    }

    // Subsets of a description are looked up by exact anchor set, which needs 2^n lookups; past
    // this many anchors the earlier entries are scanned instead.
    private const int MaxEnumeratedAnchors = 10;

    private readonly Dictionary<string, HeadIndex> _byHead = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>
    /// The canonical name of the first remembered event with this head whose anchors contain,
    /// or are contained in, <paramref name="entityAnchors"/>; otherwise remembers the proposal.
    /// A description with one entity anchor ("serangan AS") is lined up with an earlier one only
    /// when <paramref name="singleAnchorIdentifies"/> (a war, a summit series); otherwise both
    /// sides of a match need at least two anchors.
    /// Lookups go through an anchor index (supersets: the rarest anchor's entries; subsets: the
    /// exact anchor sets), so the cost does not grow with the number of events remembered.
    /// </summary>
    /// <remarks>An <paramref name="edition"/> ("ke-52", "2024") keeps apart descriptions of one series that
    /// name different editions; a description without one may join any.</remarks>
    public string Resolve(string head, IReadOnlyCollection<string> entityAnchors, string proposedCanonical, bool singleAnchorIdentifies = true, string? edition = null)
    {
        if (entityAnchors.Count == 0) return proposedCanonical;
        lock (_lock)
        {
            if (!_byHead.TryGetValue(head, out var index)) _byHead[head] = index = new HeadIndex();
            var given = new HashSet<string>(entityAnchors, StringComparer.Ordinal);
            var match = FindFirst(index, given, singleAnchorIdentifies ? 1 : 2, edition);
            if (match is not null)
            {
                match.Edition ??= edition;
                var added = given.Where(a => !match.Anchors.Contains(a)).ToList();
                match.Anchors.UnionWith(added);
                if (added.Count > 0) Reindex(index, match, added);
                return match.Canonical;
            }
            var entry = new Entry(given, proposedCanonical, index.Entries.Count, edition);
            index.Entries.Add(entry);
            Reindex(index, entry, given);
            return proposedCanonical;
        }
    }

    private static bool SameEdition(Entry e, string? edition) => edition is null || e.Edition is null || e.Edition == edition;

    private static Entry? FindFirst(HeadIndex index, HashSet<string> given, int minAnchors, string? edition)
    {
        Entry? best = null;
        if (given.Count < minAnchors) return null;
        // Supersets of the given anchors all contain its rarest anchor.
        List<Entry>? rarest = null;
        foreach (var a in given)
        {
            if (!index.ByAnchor.TryGetValue(a, out var list)) { rarest = null; goto subsets; }
            if (rarest is null || list.Count < rarest.Count) rarest = list;
        }
        if (rarest is not null)
            foreach (var e in rarest)
                if ((best is null || e.Order < best.Order) && SameEdition(e, edition) && e.Anchors.IsSupersetOf(given)) { best = e; break; }
        subsets:
        if (given.Count <= MaxEnumeratedAnchors)
        {
            var items = given.ToArray();
            for (int mask = 1; mask < 1 << items.Length; mask++)
            {
                if (System.Numerics.BitOperations.PopCount((uint)mask) < minAnchors) continue;
                var subset = new List<string>();
                for (int b = 0; b < items.Length; b++) if ((mask & (1 << b)) != 0) subset.Add(items[b]);
                if (!index.ByExactSet.TryGetValue(KeyOf(subset), out var list)) continue;
                foreach (var e in list)
                    if ((best is null || e.Order < best.Order) && SameEdition(e, edition)) best = e;
            }
        }
        else
        {
            foreach (var e in index.Entries)
            {
                if (best is not null && e.Order >= best.Order) break;
                if (e.Anchors.Count >= minAnchors && SameEdition(e, edition) && e.Anchors.IsSubsetOf(given)) { best = e; break; }
            }
        }
        return best;
    }

    private static void Reindex(HeadIndex index, Entry entry, IEnumerable<string> added)
    {
        foreach (var a in added)
        {
            if (!index.ByAnchor.TryGetValue(a, out var list)) index.ByAnchor[a] = list = [];
            InsertOrdered(list, entry);
        }
        if (entry.Key.Length > 0 && index.ByExactSet.TryGetValue(entry.Key, out var old)) old.Remove(entry);
        entry.Key = KeyOf(entry.Anchors);
        if (!index.ByExactSet.TryGetValue(entry.Key, out var same)) index.ByExactSet[entry.Key] = same = [];
        InsertOrdered(same, entry);
    }

    private static void InsertOrdered(List<Entry> list, Entry entry)
    {
        int i = list.Count;
        while (i > 0 && list[i - 1].Order > entry.Order) i--;
        list.Insert(i, entry);
    }

    private static string KeyOf(IEnumerable<string> anchors) => string.Join('\u0001', anchors.Order(StringComparer.Ordinal));
}
