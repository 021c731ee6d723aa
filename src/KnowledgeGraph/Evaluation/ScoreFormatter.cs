using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Evaluation;

/// <summary>Writes a <see cref="ScoreReport"/> as an aligned table or as JSON.</summary>
public static class ScoreFormatter
{
    public static string Table(ScoreReport report, bool verbose)
    {
        var sb = new StringBuilder();
        sb.Append(string.Format(CultureInfo.InvariantCulture, "{0,-18} {1,6} {2,6} {3,6} {4,5} {5,5} {6,5}\n", "", "P", "R", "F1", "tp", "fp", "fn"));
        foreach (var (t, v) in report.Nodes.Concat(report.Edges)) Row(sb, t, v);
        sb.Append('\n');
        foreach (var (t, v) in Headline(report)) Row(sb, "= " + t, v);
        if (verbose)
            foreach (var (name, lines) in Details(report.Detail))
            {
                sb.Append($"\n## {name} ({lines.Count})\n");
                foreach (var line in lines) sb.Append("  ").Append(line).Append('\n');
            }
        return sb.ToString();
    }

    public static string Json(ScoreReport report)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, options))
        {
            w.WriteStartObject();
            Section(w, "nodes", report.Nodes);
            Section(w, "edges", report.Edges);
            w.WriteStartObject("detail");
            foreach (var (name, lines) in Details(report.Detail))
            {
                w.WriteStartArray(name);
                foreach (var l in lines) w.WriteStringValue(l);
                w.WriteEndArray();
            }
            w.WriteEndObject();
            Section(w, "headline", Headline(report));
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static IEnumerable<KeyValuePair<string, Prf>> Headline(ScoreReport r) =>
    [
        new("entities", r.Entities), new("events", r.Events), new("mission_edges", r.MissionEdges), new("all_edges", r.AllEdges),
    ];

    private static IEnumerable<(string, IReadOnlyList<string>)> Details(ScoreDetail d) =>
    [
        ("missed_nodes", d.MissedNodes), ("spurious_nodes", d.SpuriousNodes), ("duplicates", d.Duplicates),
        ("missed_edges", d.MissedEdges), ("spurious_edges", d.SpuriousEdges),
    ];

    private static void Row(StringBuilder sb, string name, Prf v) =>
        sb.Append(string.Format(CultureInfo.InvariantCulture, "{0,-18} {1,6} {2,6} {3,6} {4,5} {5,5} {6,5}\n",
            name, ScoringText.Fixed(v.Precision, 3), ScoringText.Fixed(v.Recall, 3), ScoringText.Fixed(v.F1, 3), v.Tp, v.Fp, v.Fn));

    private static void Section(Utf8JsonWriter w, string name, IEnumerable<KeyValuePair<string, Prf>> values)
    {
        w.WriteStartObject(name);
        foreach (var (t, v) in values)
        {
            w.WriteStartObject(t);
            w.WriteNumber("tp", v.Tp);
            w.WriteNumber("fp", v.Fp);
            w.WriteNumber("fn", v.Fn);
            w.WritePropertyName("precision"); w.WriteRawValue(ScoringText.Shortest(v.Precision));
            w.WritePropertyName("recall"); w.WriteRawValue(ScoringText.Shortest(v.Recall));
            w.WritePropertyName("f1"); w.WriteRawValue(ScoringText.Shortest(v.F1));
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }
}
