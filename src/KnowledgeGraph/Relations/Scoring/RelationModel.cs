using System.Globalization;
using System.Text;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Relations.Scoring;

/// <summary>
/// A logistic-regression model over candidate features: a weight per feature string and, per
/// edge type, the probability a candidate needs to become an edge, one for the rules'
/// candidates and one for the added ones (types without thresholds keep the rules' candidates
/// and add none). Stored as UTF-8 text, one weight a
/// line in ordinal order, ending with a count line, so the same training gives the same bytes
/// and a cut or edited file is refused.
/// </summary>
public sealed class RelationModel
{
    public const string Magic = "kg-relation-model";
    public const int Version = 1;

    public RelationModel(IReadOnlyDictionary<string, double> weights, IReadOnlyDictionary<RelationType, Cut> thresholds, IReadOnlyList<string> notes)
    {
        Weights = weights;
        Thresholds = thresholds;
        Notes = notes;
    }

    public IReadOnlyDictionary<string, double> Weights { get; }
    public IReadOnlyDictionary<RelationType, Cut> Thresholds { get; }

    /// <summary>Free lines saying what the model was trained on (written as comments).</summary>
    public IReadOnlyList<string> Notes { get; }

    public static string ModelPath(string resourceDir, string language = "id") => Path.Combine(resourceDir, language, ModelFile);

    /// <summary>The model file inside a language pack.</summary>
    public const string ModelFile = "models/relations.tsv";

    public RelationModel WithThresholds(IReadOnlyDictionary<RelationType, Cut> thresholds) => new(Weights, thresholds, Notes);

    public double Probability(IEnumerable<string> features)
    {
        double z = 0;
        foreach (var f in features)
            if (Weights.TryGetValue(f, out var w)) z += w;
        return 1.0 / (1.0 + Math.Exp(-z));
    }

    public void Save(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var sb = new StringBuilder();
        sb.Append(Magic).Append('\t').Append(Version).Append('\n');
        foreach (var n in Notes) sb.Append("# ").Append(n.Replace('\n', ' ')).Append('\n');
        foreach (var (type, t) in Thresholds.OrderBy(kv => kv.Key.ToString(), StringComparer.Ordinal))
            sb.Append("threshold\t").Append(type).Append('\t').Append(Num(t.Rules)).Append('\t').Append(Num(t.Added)).Append('\n');
        int count = 0;
        foreach (var (f, w) in Weights.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (f.Contains('\t') || f.Contains('\n')) throw new ArgumentException($"feature with a tab or line break: {f}");
            sb.Append("w\t").Append(Num(w)).Append('\t').Append(f).Append('\n');
            count++;
        }
        sb.Append("end\t").Append(count).Append('\n');
        var tmp = path + ".tmp";
        File.WriteAllText(tmp, sb.ToString(), new UTF8Encoding(false));
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>Reads a model; a file that is not one, or is cut short or damaged, is an <see cref="InvalidDataException"/> naming the file and line.</summary>
    public static RelationModel Load(string path)
    {
        string[] lines;
        try { lines = File.ReadAllLines(path, Encoding.UTF8); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The system's message repeats the path as typed; it is said once, escaped.
            var why = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : Sources.DisplayText.Escape(e.Message);
            throw new InvalidDataException($"{Sources.DisplayText.Escape(path)}: relation model cannot be read: {why}", e);
        }
        InvalidDataException Bad(int line, string why) =>
            new($"{Sources.DisplayText.Escape(path)}: line {line}: not a usable relation model ({why}); retrain it with 'kg train-relations' or delete it to use the rules alone.");
        if (lines.Length == 0 || lines[0] != $"{Magic}\t{Version}") throw Bad(1, $"the first line must be '{Magic}<TAB>{Version}'");
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var thresholds = new Dictionary<RelationType, Cut>();
        var notes = new List<string>();
        bool ended = false;
        for (int i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (ended) { if (line.Length > 0) throw Bad(i + 1, "text after the end line"); continue; }
            if (line.StartsWith("# ", StringComparison.Ordinal)) { notes.Add(line[2..]); continue; }
            var cols = line.Split('\t');
            switch (cols[0])
            {
                case "threshold" when cols.Length == 4 && Enum.TryParse<RelationType>(cols[1], out var type)
                                      && TryNum(cols[2], out var r) && r is >= 0 and <= 1 && TryNum(cols[3], out var a) && a is >= 0 and <= 1:
                    thresholds[type] = new Cut(r, a);
                    break;
                case "w" when cols.Length == 3 && TryNum(cols[1], out var w) && double.IsFinite(w) && cols[2].Length > 0:
                    if (!weights.TryAdd(cols[2], w)) throw Bad(i + 1, "feature given twice");
                    break;
                case "end" when cols.Length == 2 && int.TryParse(cols[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                    if (n != weights.Count) throw Bad(i + 1, $"the end line counts {n} weights, the file holds {weights.Count}");
                    ended = true;
                    break;
                default:
                    throw Bad(i + 1, "unreadable line");
            }
        }
        if (!ended) throw Bad(lines.Length, "no end line: the file is cut short");
        return new RelationModel(weights, thresholds, notes);
    }

    private static string Num(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private static bool TryNum(string s, out double x) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out x);
}
