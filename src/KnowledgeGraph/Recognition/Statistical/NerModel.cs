using System.IO.Compression;
using System.Text;

namespace KnowledgeGraph.Recognition.Statistical;

/// <summary>
/// A trained sequence tagger: per-feature label weights plus label-to-label transition weights,
/// decoded with Viterbi under BIO constraints (an I- tag only continues a B- or I- of its type).
/// Immutable once built; safe to use from several threads.
/// </summary>
public sealed class NerModel
{
    private const string Magic = "KGNER";
    private const int FormatVersion = 1;

    private readonly FeatureIndex _index;
    private readonly float[] _weights;      // feature row × label
    private readonly float[] _transitions;  // (previous label or start row) × label
    private readonly double[] _transitionsD;
    private readonly bool[] _allowed;       // same layout as transitions

    /// <param name="temperature">Divides the scores before they are read as log-potentials for confidences; does not change the tags.</param>
    public NerModel(IReadOnlyList<string> labels, NerFeatures features, IReadOnlyList<ulong> hashes, float[] weights, float[] transitions, float temperature = 1f)
    {
        if (!(temperature > 0)) throw new ArgumentException("temperature must be positive", nameof(temperature));
        Temperature = temperature;
        if (labels.Count == 0 || labels[0] != "O") throw new ArgumentException("label 0 must be O", nameof(labels));
        Labels = [.. labels];
        Features = features;
        int l = Labels.Length;
        if (weights.Length != hashes.Count * l) throw new ArgumentException("weights do not match features × labels", nameof(weights));
        if (transitions.Length != (l + 1) * l) throw new ArgumentException("transitions must be (labels + 1) × labels", nameof(transitions));
        _weights = weights;
        _transitions = transitions;
        _transitionsD = Array.ConvertAll(transitions, t => (double)t);
        _index = new FeatureIndex(hashes);
        _allowed = AllowedTransitions(Labels);
    }

    [ThreadStatic] private static FeatureBuffer? t_buffer;
    [ThreadStatic] private static double[]? t_score;
    [ThreadStatic] private static int[]? t_back;
    [ThreadStatic] private static int[]? t_rows;

    private NerModel(NerModel other, float temperature)
    {
        Labels = other.Labels;
        Features = other.Features;
        _index = other._index;
        _weights = other._weights;
        _transitions = other._transitions;
        _transitionsD = other._transitionsD;
        _allowed = other._allowed;
        Temperature = temperature;
    }

    /// <summary>Perceptron scores have no natural scale; this one makes the confidences match observed accuracy.</summary>
    public float Temperature { get; }

    public NerModel WithTemperature(float temperature) =>
        temperature > 0 ? new NerModel(this, temperature) : throw new ArgumentException("temperature must be positive", nameof(temperature));

    public string[] Labels { get; }
    public NerFeatures Features { get; }
    public int FeatureCount => _index.Count;

    /// <summary>Which label may follow which (last row: sentence start); shared with training so gold paths stay legal.</summary>
    internal static bool[] AllowedTransitions(string[] labels)
    {
        int l = labels.Length;
        var allowed = new bool[(l + 1) * l];
        for (int p = 0; p <= l; p++)
            for (int y = 0; y < l; y++)
            {
                var tag = labels[y];
                bool ok = !tag.StartsWith("I-", StringComparison.Ordinal)
                    || (p < l && labels[p] != "O" && Bio.TypeOf(labels[p]) == Bio.TypeOf(tag));
                allowed[p * l + y] = ok;
            }
        return allowed;
    }

    /// <summary>Tags one sentence; returns a BIO tag per token.</summary>
    /// <param name="allowedAt">Optional token × label mask (true = the label may be chosen there) to force parts of the answer.</param>
    public string[] Tag(IReadOnlyList<string> tokens, bool cased = true, bool[]? allowedAt = null)
    {
        var best = Decode(tokens, cased, out _, allowedAt);
        var tags = new string[best.Length];
        for (int i = 0; i < best.Length; i++) tags[i] = Labels[best[i]];
        return tags;
    }

    /// <summary>Tags one sentence and scores each token's label by its marginal probability over all legal paths.</summary>
    public (string[] Tags, double[] Confidence) TagWithConfidence(IReadOnlyList<string> tokens, bool cased = true, bool[]? allowedAt = null)
    {
        var best = Decode(tokens, cased, out var emissions, allowedAt);
        var marginals = Marginals(emissions, best.Length, Temperature);
        int l = Labels.Length;
        var tags = new string[best.Length];
        var conf = new double[best.Length];
        for (int i = 0; i < best.Length; i++)
        {
            tags[i] = Labels[best[i]];
            conf[i] = marginals[i * l + best[i]];
        }
        return (tags, conf);
    }

    internal int[] Decode(IReadOnlyList<string> tokens, bool cased, out double[] emissions, bool[]? allowedAt = null)
    {
        if (allowedAt is not null && allowedAt.Length != tokens.Count * Labels.Length)
            throw new ArgumentException("mask must be tokens × labels", nameof(allowedAt));
        int n = tokens.Count;
        int l = Labels.Length;
        emissions = new double[n * l];
        if (n == 0) return [];
        var buffer = t_buffer ??= new FeatureBuffer();
        Features.Extract(tokens, cased, buffer);
        var weights = _weights;
        var all = buffer.All;
        var found = t_rows is { } kept && kept.Length >= all.Length ? kept : t_rows = new int[Math.Max(all.Length, 1024)];
        _index.FindAll(all, found);
        for (int i = 0; i < n; i++)
        {
            var row = emissions.AsSpan(i * l, l);
            for (int k = buffer.Start(i), end = buffer.Start(i + 1); k < end; k++)
            {
                int f = found[k];
                if (f < 0) continue;
                var w = weights.AsSpan(f * l, l);
                for (int y = 0; y < row.Length; y++) row[y] += w[y];
            }
        }
        if (allowedAt is not null)
            for (int k = 0; k < emissions.Length; k++)
                if (!allowedAt[k]) emissions[k] = double.NegativeInfinity;
        return Viterbi(emissions, n, l, _transitionsD, _allowed);
    }

    internal static int[] Viterbi(double[] emissions, int n, int l, double[] transitions, bool[] allowed)
    {
        // Scratch reused per thread: every cell read below is written first.
        if (t_score is null || t_score.Length < n * l)
        {
            t_score = new double[Math.Max(n * l, 1024)];
            t_back = new int[t_score.Length];
        }
        var score = t_score;
        var back = t_back!;
        for (int y = 0; y < l; y++)
            score[y] = allowed[l * l + y] ? transitions[l * l + y] + emissions[y] : double.NegativeInfinity;
        for (int i = 1; i < n; i++)
            for (int y = 0; y < l; y++)
            {
                double best = double.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < l; p++)
                {
                    if (!allowed[p * l + y]) continue;
                    double s = score[(i - 1) * l + p] + transitions[p * l + y];
                    if (s > best) { best = s; arg = p; }
                }
                score[i * l + y] = best + emissions[i * l + y];
                back[i * l + y] = arg;
            }
        var path = new int[n];
        double top = double.NegativeInfinity;
        for (int y = 0; y < l; y++)
            if (score[(n - 1) * l + y] > top) { top = score[(n - 1) * l + y]; path[n - 1] = y; }
        for (int i = n - 1; i > 0; i--) path[i - 1] = back[i * l + path[i]];
        return path;
    }

    /// <summary>Forward-backward over the same scores Viterbi uses, read as log-potentials.</summary>
    /// <summary>Forced labels are already in the emissions as -infinity, so the marginals respect them.</summary>
    /// <summary>Per token × label marginal probabilities at a given temperature (used to fit the temperature).</summary>
    internal double[] Marginals(IReadOnlyList<string> tokens, bool cased, double temperature)
    {
        Decode(tokens, cased, out var emissions);
        return Marginals(emissions, tokens.Count, temperature);
    }

    private double[] Marginals(double[] emissions, int n, double temperature)
    {
        int l = Labels.Length;
        if (n == 0) return [];
        emissions = Array.ConvertAll(emissions, e => e / temperature);
        var transitions = Array.ConvertAll(_transitionsD, t => t / temperature);
        var alpha = new double[n * l];
        var beta = new double[n * l];
        for (int y = 0; y < l; y++)
            alpha[y] = _allowed[l * l + y] ? transitions[l * l + y] + emissions[y] : double.NegativeInfinity;
        var tmp = new double[l];
        for (int i = 1; i < n; i++)
            for (int y = 0; y < l; y++)
            {
                for (int p = 0; p < l; p++)
                    tmp[p] = _allowed[p * l + y] ? alpha[(i - 1) * l + p] + transitions[p * l + y] : double.NegativeInfinity;
                alpha[i * l + y] = LogSumExp(tmp) + emissions[i * l + y];
            }
        for (int i = n - 2; i >= 0; i--)
            for (int p = 0; p < l; p++)
            {
                for (int y = 0; y < l; y++)
                    tmp[y] = _allowed[p * l + y] ? transitions[p * l + y] + emissions[(i + 1) * l + y] + beta[(i + 1) * l + y] : double.NegativeInfinity;
                beta[i * l + p] = LogSumExp(tmp);
            }
        var z = LogSumExp(alpha.AsSpan((n - 1) * l, l));
        var marg = new double[n * l];
        for (int k = 0; k < marg.Length; k++) marg[k] = Math.Exp(alpha[k] + beta[k] - z);
        return marg;
    }

    private static double LogSumExp(ReadOnlySpan<double> xs)
    {
        double max = double.NegativeInfinity;
        foreach (var x in xs) if (x > max) max = x;
        if (double.IsNegativeInfinity(max)) return max;
        double sum = 0;
        foreach (var x in xs) sum += Math.Exp(x - max);
        return max + Math.Log(sum);
    }

    // File format (gzip): magic, version, labels, title words, common words, transitions, temperature, then features sorted by
    // hash, each with a bit mask of its non-zero labels followed by those weights.
    public void Save(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var tmp = path + ".tmp";
        using (var file = File.Create(tmp))
            Save(file);
        File.Move(tmp, path, overwrite: true);
    }

    public void Save(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz, Encoding.UTF8, leaveOpen: true);
        int l = Labels.Length;
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(l);
        foreach (var label in Labels) w.Write(label);
        var titles = Features.TitleWords.OrderBy(t => t, StringComparer.Ordinal).ToList();
        w.Write(titles.Count);
        foreach (var t in titles) w.Write(t);
        var common = Features.CommonWords.OrderBy(t => t, StringComparer.Ordinal).ToList();
        w.Write(common.Count);
        foreach (var t in common) w.Write(t);
        foreach (var t in _transitions) w.Write(t);
        w.Write(Temperature);
        var keys = _index.Keys;
        var order = Enumerable.Range(0, keys.Count).OrderBy(f => keys[f]).ToList();
        w.Write(order.Count);
        foreach (var f in order)
        {
            var hash = keys[f];
            w.Write(hash);
            int mask = 0;
            for (int y = 0; y < l; y++) if (_weights[f * l + y] != 0) mask |= 1 << y;
            w.Write((ushort)mask);
            for (int y = 0; y < l; y++) if ((mask & (1 << y)) != 0) w.Write(_weights[f * l + y]);
        }
    }

    public static NerModel Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"NER model not found: {path}", path);
        try
        {
            using var file = File.OpenRead(path);
            return Load(file);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new InvalidDataException($"{path}: not a readable NER model ({e.Message})", e);
        }
    }

    public static NerModel Load(Stream stream)
    {
        // Inflated whole first: a reader over memory reads each number straight from the array,
        // where one over the inflating stream pays a stream call for every one of its millions.
        var inflated = new MemoryStream();
        using (var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true)) gz.CopyTo(inflated);
        inflated.Position = 0;
        using var r = new BinaryReader(inflated, Encoding.UTF8);
        if (r.ReadString() != Magic) throw new InvalidDataException("wrong magic");
        int version = r.ReadInt32();
        if (version != FormatVersion) throw new InvalidDataException($"unsupported model version {version}");
        int l = r.ReadInt32();
        if (l is < 1 or > 16) throw new InvalidDataException($"bad label count {l}");
        var labels = new string[l];
        for (int y = 0; y < l; y++) labels[y] = r.ReadString();
        int titleCount = r.ReadInt32();
        if (titleCount < 0) throw new InvalidDataException("bad word list size");
        var titles = new string[titleCount];
        for (int i = 0; i < titleCount; i++) titles[i] = r.ReadString();
        int commonCount = r.ReadInt32();
        if (commonCount < 0) throw new InvalidDataException("bad word list size");
        var common = new string[commonCount];
        for (int i = 0; i < commonCount; i++) common[i] = r.ReadString();
        var transitions = new float[(l + 1) * l];
        for (int i = 0; i < transitions.Length; i++) transitions[i] = r.ReadSingle();
        float temperature = r.ReadSingle();
        if (!(temperature > 0)) throw new InvalidDataException($"bad temperature {temperature}");
        int count = r.ReadInt32();
        if (count < 0) throw new InvalidDataException($"bad feature count {count}");
        var hashes = new ulong[count];
        var weights = new float[count * l];
        for (int f = 0; f < count; f++)
        {
            hashes[f] = r.ReadUInt64();
            int mask = r.ReadUInt16();
            for (int y = 0; y < l; y++) if ((mask & (1 << y)) != 0) weights[f * l + y] = r.ReadSingle();
        }
        return new NerModel(labels, new NerFeatures(titles, common), hashes, weights, transitions, temperature);
    }
}
