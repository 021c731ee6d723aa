namespace KnowledgeGraph.Evaluation;

/// <summary>
/// Scores a predicted graph against a gold graph by the rules of the annotation guidelines: a
/// predicted node matches a gold node of its type when a name of one equals a name of the other
/// after normalisation (exact matches are settled first, in predicted-id order); a predicted
/// Event may instead match the gold Event with the best word overlap (Jaccard ≥ 0.5). Each gold
/// node is matched once; later predicted nodes hitting it are duplicates and count as false
/// positives. Edges match on type and both matched ends.
/// </summary>
public static class GraphScorer
{
    public const double EventOverlap = 0.5;

    public static ScoreReport Score(ScoredGraph gold, ScoredGraph predicted)
    {
        var (mapping, taken, duplicates) = Match(gold, predicted);

        var nodes = new Dictionary<string, Prf>(StringComparer.Ordinal);
        foreach (var t in ScoredGraph.NodeTypes)
        {
            int tp = 0, fp = 0;
            foreach (var (pid, gid) in mapping)
            {
                if (predicted.ById[pid].Type != t) continue;
                if (gid is null) fp++; else tp++;
            }
            int fn = gold.Nodes.Count(g => g.Type == t && !taken.Contains(g.Id));
            nodes[t] = Prf.From(tp, fp, fn);
        }
        var missedNodes = gold.Nodes.Where(g => !taken.Contains(g.Id)).Select(g => $"{g.Type}: {g.Name}").ToList();
        var duplicateIds = duplicates.Select(d => d.Predicted).ToHashSet(StringComparer.Ordinal);
        var spuriousNodes = mapping.Where(m => m.Gold is null && !duplicateIds.Contains(m.Predicted))
            .Select(m => $"{predicted.ById[m.Predicted].Type}: {predicted.ById[m.Predicted].Name}").ToList();
        var duplicateLines = duplicates.Select(d => $"{predicted.ById[d.Predicted].Name} -> {gold.ById[d.Gold].Name}").ToList();

        var goldOf = mapping.ToDictionary(m => m.Predicted, m => m.Gold, StringComparer.Ordinal);
        var mapped = new HashSet<ScoredEdge>();
        foreach (var e in predicted.Edges)
        {
            var s = goldOf.GetValueOrDefault(e.Source) ?? "?" + e.Source;
            var o = goldOf.GetValueOrDefault(e.Target) ?? "?" + e.Target;
            mapped.Add(new ScoredEdge(s, e.Type, o));
        }
        var goldEdges = gold.Edges.ToHashSet();
        var edges = new Dictionary<string, Prf>(StringComparer.Ordinal);
        var missedEdges = new List<string>();
        var spuriousEdges = new List<string>();
        foreach (var t in ScoredGraph.EdgeTypes)
        {
            var pe = mapped.Where(e => e.Type == t).ToHashSet();
            var ge = goldEdges.Where(e => e.Type == t).ToHashSet();
            int tp = pe.Count(ge.Contains);
            edges[t] = Prf.From(tp, pe.Count - tp, ge.Count - tp);
            foreach (var e in Sorted(ge.Where(x => !pe.Contains(x))))
                missedEdges.Add($"{gold.ById[e.Source].Name} {t} {gold.ById[e.Target].Name}");
            foreach (var e in Sorted(pe.Where(x => !ge.Contains(x))))
                spuriousEdges.Add($"{EndName(e.Source, gold, predicted)} {t} {EndName(e.Target, gold, predicted)}");
        }

        Prf Micro(Dictionary<string, Prf> section, string[] types) =>
            Prf.From(types.Sum(t => section[t].Tp), types.Sum(t => section[t].Fp), types.Sum(t => section[t].Fn));

        return new ScoreReport(nodes, edges,
            new ScoreDetail(missedNodes, spuriousNodes, duplicateLines, missedEdges, spuriousEdges),
            Micro(nodes, ScoredGraph.EntityTypes), nodes["Event"], Micro(edges, ScoredGraph.MissionEdgeTypes), Micro(edges, ScoredGraph.EdgeTypes));
    }

    /// <summary>Predicted node id → the gold node id it matches (null when unmatched or a duplicate), by the scoring rules.</summary>
    public static IReadOnlyDictionary<string, string?> MatchNodes(ScoredGraph gold, ScoredGraph predicted) =>
        Match(gold, predicted).Mapping.ToDictionary(m => m.Predicted, m => m.Gold, StringComparer.Ordinal);

    /// <summary>
    /// Predicted id → gold id (null when unmatched or a duplicate), in the order the decisions
    /// are made; the gold ids taken; the duplicates.
    /// </summary>
    private static (List<(string Predicted, string? Gold)> Mapping, HashSet<string> Taken, List<(string Predicted, string Gold)> Duplicates)
        Match(ScoredGraph gold, ScoredGraph predicted)
    {
        var index = new Dictionary<(string, string), string>();
        foreach (var g in gold.Nodes)
            foreach (var name in g.Names)
                index.TryAdd((g.Type, ScoringText.Normalize(name)), g.Id);
        var events = gold.Nodes.Where(g => g.Type == "Event").ToList();

        var mapping = new List<(string, string?)>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<(string, string)>();
        var pending = new List<ScoredNode>();

        void Assign(ScoredNode p, string? hit)
        {
            if (hit is null) mapping.Add((p.Id, null));
            else if (!taken.Add(hit)) { duplicates.Add((p.Id, hit)); mapping.Add((p.Id, null)); }
            else mapping.Add((p.Id, hit));
        }

        foreach (var p in predicted.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            string? hit = null;
            foreach (var name in p.Names)
                if (index.TryGetValue((p.Type, ScoringText.Normalize(name)), out hit)) break;
            if (hit is null) pending.Add(p);
            else Assign(p, hit);
        }
        foreach (var p in pending)
        {
            string? hit = null;
            if (p.Type == "Event")
            {
                double best = 0.0;
                foreach (var g in events)
                {
                    double s = 0.0;
                    foreach (var a in p.Names)
                        foreach (var b in g.Names)
                            s = Math.Max(s, ScoringText.Jaccard(a, b));
                    if (s >= EventOverlap && s > best) { best = s; hit = g.Id; }
                }
            }
            Assign(p, hit);
        }
        return (mapping, taken, duplicates);
    }

    private static IEnumerable<ScoredEdge> Sorted(IEnumerable<ScoredEdge> edges) =>
        edges.OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal);

    private static string EndName(string end, ScoredGraph gold, ScoredGraph predicted)
    {
        if (!end.StartsWith('?')) return gold.ById[end].Name;
        var id = end[1..];
        return (predicted.ById.TryGetValue(id, out var n) ? n.Name : id) + "(unmatched)";
    }
}
