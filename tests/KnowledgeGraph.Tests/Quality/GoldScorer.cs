using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Quality;

/// <summary>
/// A small scorer for the quality test, following the matching rules of the annotation
/// guidelines: a predicted node matches a gold node of its type when a name or alias is equal
/// after case folding, punctuation trimming and space collapsing (events also on a word
/// overlap of at least 0.5); each gold node matches once, further matches are duplicates and
/// count as false positives; an edge matches when its type and both matched ends agree.
/// </summary>
internal sealed class GoldScorer
{
    public sealed record Score(int Tp, int Fp, int Fn)
    {
        public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);
        public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
        public override string ToString() => $"P={Precision:F3} R={Recall:F3} F1={F1:F3} tp={Tp} fp={Fp} fn={Fn}";
    }

    private sealed record GoldNode(string Id, NodeType Type, List<string> Names);

    public Dictionary<string, Score> Run(string goldPath, EntityGraph graph)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
        var gold = new List<GoldNode>();
        foreach (var n in json.RootElement.GetProperty("nodes").EnumerateArray())
        {
            var names = new List<string> { Norm(n.GetProperty("name").GetString()!) };
            if (n.TryGetProperty("aliases", out var al)) names.AddRange(al.EnumerateArray().Select(a => Norm(a.GetString()!)));
            gold.Add(new(n.GetProperty("id").GetString()!, Enum.Parse<NodeType>(n.GetProperty("type").GetString()!), names));
        }
        var goldEdges = json.RootElement.GetProperty("edges").EnumerateArray()
            .Select(e => (e.GetProperty("source").GetString()!, e.GetProperty("type").GetString()!, e.GetProperty("target").GetString()!)).ToHashSet();

        var matched = new Dictionary<string, string>(StringComparer.Ordinal); // predicted id → gold id
        var usedGold = new HashSet<string>(StringComparer.Ordinal);
        var scores = new Dictionary<string, Score>();
        foreach (var type in new[] { NodeType.Person, NodeType.Organization, NodeType.Place, NodeType.Event })
        {
            int tp = 0, fp = 0;
            foreach (var p in graph.Nodes.Where(n => n.Type == type))
            {
                var names = p.Aliases.Prepend(p.Name).Select(Norm).ToList();
                var g = gold.FirstOrDefault(x => x.Type == type && Matches(type, names, x.Names));
                if (g is null) { fp++; continue; }
                if (usedGold.Add(g.Id)) { tp++; matched[p.Id] = g.Id; } else fp++;
            }
            scores[type.ToString()] = new(tp, fp, gold.Count(x => x.Type == type) - tp);
        }
        var predicted = new HashSet<(string, string, string)>();
        foreach (var r in graph.Relations)
        {
            if (r.Type is RelationType.MENTIONED_IN) continue;
            var s = matched.GetValueOrDefault(r.Source.Id, "?" + r.Source.Id);
            var t = matched.GetValueOrDefault(r.Target.Id, "?" + r.Target.Id);
            predicted.Add((s, r.Type.ToString(), t));
        }
        foreach (var type in Enum.GetNames<RelationType>().Where(t => t != "MENTIONED_IN"))
        {
            var p = predicted.Where(e => e.Item2 == type).ToList();
            int tp = p.Count(goldEdges.Contains);
            scores[type] = new(tp, p.Count - tp, goldEdges.Count(e => e.Item2 == type) - tp);
        }
        scores["entities"] = Sum(scores, "Person", "Organization", "Place");
        scores["events"] = scores["Event"];
        scores["mission_edges"] = Sum(scores, "STATED", "ATTACKED", "MET_AT");
        return scores;
    }

    private static Score Sum(Dictionary<string, Score> s, params string[] keys) =>
        new(keys.Sum(k => s[k].Tp), keys.Sum(k => s[k].Fp), keys.Sum(k => s[k].Fn));

    private static bool Matches(NodeType type, List<string> predicted, List<string> gold)
    {
        if (predicted.Any(gold.Contains)) return true;
        if (type != NodeType.Event) return false;
        foreach (var p in predicted)
        {
            var pw = Words(p);
            if (pw.Count == 0) continue;
            foreach (var g in gold)
            {
                var gw = Words(g);
                if (gw.Count == 0) continue;
                double inter = pw.Intersect(gw).Count();
                if (inter / pw.Union(gw).Count() >= 0.5) return true;
            }
        }
        return false;
    }

    private static HashSet<string> Words(string s) => s.Split(' ').Where(w => w.Count(char.IsLetter) >= 3).ToHashSet();

    public static string Norm(string s)
    {
        var sb = new StringBuilder();
        foreach (var ch in s.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
            sb.Append(char.IsLetterOrDigit(ch) || char.IsWhiteSpace(ch) ? ch : ' ');
        return string.Join(' ', sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
