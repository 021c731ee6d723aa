using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// Orders relationships so that several load transactions can run at once without fighting
/// over the same nodes. Creating a relationship write-locks both end nodes until commit, so two
/// batches that share a node wait for each other and, with thousands of rows each, deadlock.
/// The nodes are dealt into 2×workers groups of about equal degree; a relationship belongs to
/// the bucket of its two groups. Buckets are run in rounds (first all same-group buckets, then
/// the pairings of a round-robin tournament), and the buckets of one round touch disjoint node
/// sets, so each can go to its own worker. Deterministic: the same graph gives the same plan.
/// </summary>
public static class RelationshipSchedule
{
    /// <summary>Rounds of buckets; each bucket lists indexes into <paramref name="relations"/>, in order.</summary>
    public static IReadOnlyList<IReadOnlyList<IReadOnlyList<int>>> Plan(IReadOnlyList<Relation> relations, int workers)
    {
        if (workers <= 1 || relations.Count == 0)
            return [[Enumerable.Range(0, relations.Count).ToList()]];

        int groups = 2 * workers;
        var group = AssignGroups(relations, groups);
        var buckets = new Dictionary<(int, int), List<int>>();
        for (int i = 0; i < relations.Count; i++)
        {
            int a = group[relations[i].Source], b = group[relations[i].Target];
            var key = a <= b ? (a, b) : (b, a);
            if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
            list.Add(i);
        }

        var rounds = new List<IReadOnlyList<IReadOnlyList<int>>>();
        void AddRound(IEnumerable<(int, int)> keys)
        {
            var round = keys.Select(k => buckets.TryGetValue(k, out var l) ? l : null).OfType<List<int>>()
                .OrderByDescending(l => l.Count).ThenBy(l => l[0]).Cast<IReadOnlyList<int>>().ToList();
            if (round.Count > 0) rounds.Add(round);
        }
        AddRound(Enumerable.Range(0, groups).Select(g => (g, g)));
        // Circle method: keep group 0 fixed, rotate the rest; every pair meets exactly once.
        var seats = Enumerable.Range(0, groups).ToArray();
        for (int r = 0; r < groups - 1; r++)
        {
            AddRound(Enumerable.Range(0, groups / 2).Select(i =>
            {
                int a = seats[i], b = seats[groups - 1 - i];
                return a <= b ? (a, b) : (b, a);
            }));
            var last = seats[groups - 1];
            Array.Copy(seats, 1, seats, 2, groups - 2);
            seats[1] = last;
        }
        return rounds;
    }

    // Highest degree first into the lightest group: hubs spread over the groups.
    private static Dictionary<Node, int> AssignGroups(IReadOnlyList<Relation> relations, int groups)
    {
        var degree = new Dictionary<Node, int>(ReferenceEqualityComparer.Instance);
        foreach (var r in relations)
        {
            degree[r.Source] = degree.GetValueOrDefault(r.Source) + 1;
            degree[r.Target] = degree.GetValueOrDefault(r.Target) + 1;
        }
        var load = new long[groups];
        var group = new Dictionary<Node, int>(degree.Count, ReferenceEqualityComparer.Instance);
        foreach (var (node, d) in degree.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Id, StringComparer.Ordinal))
        {
            int lightest = 0;
            for (int g = 1; g < groups; g++)
                if (load[g] < load[lightest]) lightest = g;
            group[node] = lightest;
            load[lightest] += d;
        }
        return group;
    }
}
