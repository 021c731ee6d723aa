using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Relations.Scoring;

/// <summary>
/// The candidates of one article as the scorer sees them: every candidate of the rule
/// extractors, then (when asked) the permissive pairs whose (source, type, target) no rule
/// proposed, each with its features.
/// </summary>
public static class CandidateSet
{
    public static List<ScoredCandidate> Collect(CandidateContext ctx, bool permissive)
    {
        var rules = ctx.Document.Relations.Where(r => r.SourceId != r.TargetId).ToList();
        var proposed = rules.Select(r => (r.SourceId, r.Type, r.TargetId)).ToHashSet();
        var all = rules.Select(r => (C: r, Rule: true)).ToList();
        if (permissive)
            all.AddRange(PermissiveCandidates.For(ctx).Where(r => !proposed.Contains((r.SourceId, r.Type, r.TargetId))).Select(r => (C: r, Rule: false)));
        var siblings = new Dictionary<(string, RelationType, int), int>();
        foreach (var (c, _) in all)
        {
            var key = (c.SourceId, c.Type, c.Evidence.Start);
            siblings[key] = siblings.GetValueOrDefault(key) + 1;
        }
        return all.Select(x => new ScoredCandidate(x.C, x.Rule,
            EdgeFeatures.Of(ctx, x.C, x.Rule, siblings[(x.C.SourceId, x.C.Type, x.C.Evidence.Start)]))).ToList();
    }
}
