using System.Numerics;

namespace KnowledgeGraph.Parsing;

/// <summary>
/// Averaged-perceptron weights ready for use: an open-addressing table from feature hash to a
/// row of per-class weights. Read-only after construction, so any number of threads may score.
/// </summary>
public sealed class WeightTable
{
    // Key, row and the first four classes' weights side by side: one cache line answers a lookup and,
    // for the parser, scores its four moves (the tables are far bigger than the caches).
    private struct Slot
    {
        public ulong Key;   // 0 = empty
        public int Row;
        public float W0, W1, W2, W3;
    }

    /// <summary>How many leading classes are also kept inside the lookup slots (see <see cref="ScoreLeading"/>).</summary>
    public const int Leading = 4;

    private readonly Slot[] _slots;
    private readonly int _shift;

    internal WeightTable(int classes, ulong[] features, float[] weights)
    {
        Classes = classes;
        if (weights.Length != features.Length * classes) throw new ArgumentException("weights do not match features × classes");
        Features = features;
        Weights = weights;
        int cap = 16;
        while (cap < features.Length + features.Length / 2) cap <<= 1;
        _slots = new Slot[cap];
        _shift = 64 - BitOperations.Log2((uint)cap);
        for (int i = 0; i < features.Length; i++)
        {
            ulong k = features[i];
            int slot = SlotOf(k);
            while (_slots[slot].Key != 0)
            {
                if (_slots[slot].Key == k) throw new ArgumentException("duplicate feature");
                slot = (slot + 1) & (cap - 1);
            }
            var w = weights.AsSpan(i * classes, classes);
            _slots[slot] = new Slot
            {
                Key = k, Row = i,
                W0 = w[0], W1 = classes > 1 ? w[1] : 0, W2 = classes > 2 ? w[2] : 0, W3 = classes > 3 ? w[3] : 0,
            };
        }
    }

    public int Classes { get; }
    public int Count => Features.Length;
    internal ulong[] Features { get; }
    internal float[] Weights { get; }

    private int SlotOf(ulong k) => (int)((k * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>The row of a feature, or -1 when the model does not know it.</summary>
    public int Row(ulong feature)
    {
        int mask = _slots.Length - 1;
        int slot = SlotOf(feature);
        while (true)
        {
            ref readonly var s = ref _slots[slot];
            if (s.Key == feature) return s.Row;
            if (s.Key == 0) return -1;
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>
    /// Finds the rows of the features (-1 for unknown ones) and adds their weights for the first
    /// <see cref="Leading"/> classes to <paramref name="scores"/>, reading only the lookup slots.
    /// </summary>
    public void ScoreLeading(ReadOnlySpan<ulong> features, Span<int> rows, Span<float> scores)
    {
        int mask = _slots.Length - 1;
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (int i = 0; i < features.Length; i++)
        {
            ulong f = features[i];
            int slot = SlotOf(f);
            rows[i] = -1;
            while (true)
            {
                ref readonly var s = ref _slots[slot];
                if (s.Key == f)
                {
                    rows[i] = s.Row;
                    s0 += s.W0; s1 += s.W1; s2 += s.W2; s3 += s.W3;
                    break;
                }
                if (s.Key == 0) break;
                slot = (slot + 1) & mask;
            }
        }
        scores[0] += s0;
        if (scores.Length > 1) scores[1] += s1;
        if (scores.Length > 2) scores[2] += s2;
        if (scores.Length > 3) scores[3] += s3;
    }

    /// <summary>Looks up all features first, so the memory reads overlap, before any weight is read.</summary>
    public void FindRows(ReadOnlySpan<ulong> features, Span<int> rows)
    {
        for (int i = 0; i < features.Length; i++) rows[i] = Row(features[i]);
    }

    /// <summary>Adds classes [from, from + count) of the given rows (-1: unknown feature) to <paramref name="scores"/>[from..].</summary>
    public void AddRows(ReadOnlySpan<int> rows, Span<float> scores, int from, int count)
    {
        int c = Classes;
        var target = scores.Slice(from, count);
        foreach (int r in rows)
        {
            if (r < 0) continue;
            var w = Weights.AsSpan(r * c + from, count);
            int i = 0;
            if (Vector.IsHardwareAccelerated)
                for (; i <= count - Vector<float>.Count; i += Vector<float>.Count)
                    (new Vector<float>(target[i..]) + new Vector<float>(w[i..])).CopyTo(target[i..]);
            for (; i < count; i++) target[i] += w[i];
        }
    }

    /// <summary>Adds the rows of the known features to <paramref name="scores"/> (length = Classes).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> rows = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        FindRows(features, rows);
        AddRows(rows, scores, 0, Classes);
    }

    /// <summary>A copy without weights below <paramref name="threshold"/> in magnitude, and without rows left empty.</summary>
    public WeightTable Pruned(float threshold)
    {
        int c = Classes;
        var keys = new List<ulong>();
        var weights = new List<float>();
        var row = new float[c];
        for (int r = 0; r < Features.Length; r++)
        {
            bool any = false;
            for (int k = 0; k < c; k++)
            {
                float v = Weights[r * c + k];
                row[k] = Math.Abs(v) < threshold ? 0 : v;
                any |= row[k] != 0;
            }
            if (!any) continue;
            keys.Add(Features[r]);
            weights.AddRange(row);
        }
        return new WeightTable(c, [.. keys], [.. weights]);
    }

    internal void Write(BinaryWriter w)
    {
        w.Write(Classes);
        w.Write(Features.Length);
        ulong prev = 0;
        foreach (var f in Features) { w.Write7BitEncodedInt64((long)(f - prev)); prev = f; }
        // Rows hold mostly zeros after pruning: a bit mask per row, then the non-zero weights as halves.
        int c = Classes;
        var mask = new byte[(c + 7) / 8];
        for (int r = 0; r < Features.Length; r++)
        {
            Array.Clear(mask);
            for (int k = 0; k < c; k++) if (Weights[r * c + k] != 0) mask[k >> 3] |= (byte)(1 << (k & 7));
            w.Write(mask);
            for (int k = 0; k < c; k++) if (Weights[r * c + k] != 0) w.Write((Half)Weights[r * c + k]);
        }
    }

    internal static WeightTable Read(BinaryReader r)
    {
        int c = r.ReadInt32();
        int n = r.ReadInt32();
        if (c is < 1 or > 4096 || n < 0 || (long)n * c > int.MaxValue) throw new InvalidDataException($"bad weight table size {n} × {c}");
        var features = new ulong[n];
        ulong prev = 0;
        for (int i = 0; i < n; i++) { prev += (ulong)r.Read7BitEncodedInt64(); features[i] = prev; }
        var weights = new float[n * c];
        var mask = new byte[(c + 7) / 8];
        var halves = new byte[c * 2];
        var stream = r.BaseStream;
        for (int row = 0; row < n; row++)
        {
            stream.ReadExactly(mask);
            int count = 0;
            foreach (byte b in mask) count += BitOperations.PopCount(b);
            if (count > c) throw new InvalidDataException("bad weight mask");
            stream.ReadExactly(halves.AsSpan(0, count * 2));
            var values = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(halves.AsSpan(0, count * 2));
            int v = 0;
            for (int k = 0; k < c; k++) if ((mask[k >> 3] & (1 << (k & 7))) != 0) weights[row * c + k] = (float)values[v++];
        }
        return new WeightTable(c, features, weights);
    }
}

/// <summary>
/// Trains an averaged perceptron over hashed features. Rows are created on the first update
/// of a feature; averages are kept lazily (each cell remembers when it last changed).
/// </summary>
internal sealed class PerceptronTrainer
{
    private readonly int _classes;
    private readonly Dictionary<ulong, int> _rows = new();
    private float[] _w;
    private double[] _total;
    private int[] _stamp;
    private readonly List<ulong> _keys = [];

    public PerceptronTrainer(int classes)
    {
        _classes = classes;
        _w = new float[classes * 4096];
        _total = new double[_w.Length];
        _stamp = new int[_w.Length];
    }

    /// <summary>Training instances seen so far; the average is over these.</summary>
    public int Step { get; set; }

    public int Classes => _classes;
    public int RowCount => _rows.Count;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        int c = _classes;
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out int r)) continue;
            var w = _w.AsSpan(r * c, c);
            for (int i = 0; i < c; i++) scores[i] += w[i];
        }
    }

    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, float amount = 1f)
    {
        if (truth == guess) return;
        foreach (var f in features)
        {
            int r = RowOf(f);
            Bump(r * _classes + truth, amount);
            Bump(r * _classes + guess, -amount);
        }
    }

    private void Bump(int cell, float delta)
    {
        _total[cell] += (double)(Step - _stamp[cell]) * _w[cell];
        _stamp[cell] = Step;
        _w[cell] += delta;
    }

    private int RowOf(ulong f)
    {
        if (_rows.TryGetValue(f, out int r)) return r;
        r = _rows.Count;
        _rows.Add(f, r);
        _keys.Add(f);
        if ((r + 1) * _classes > _w.Length)
        {
            int size = _w.Length * 2;
            Array.Resize(ref _w, size);
            Array.Resize(ref _total, size);
            Array.Resize(ref _stamp, size);
        }
        return r;
    }

    /// <summary>The averaged weights; rows whose averaged weights are all below <paramref name="prune"/> in magnitude are dropped.</summary>
    public WeightTable Average(float prune = 0f)
    {
        int c = _classes;
        var order = _keys.Select((k, i) => (k, i)).OrderBy(p => p.k).ToList();
        var keys = new List<ulong>(order.Count);
        var weights = new List<float>(order.Count * c);
        var row = new float[c];
        double steps = Math.Max(1, Step);
        foreach (var (k, i) in order)
        {
            bool any = false;
            for (int y = 0; y < c; y++)
            {
                int cell = i * c + y;
                double total = _total[cell] + (double)(Step - _stamp[cell]) * _w[cell];
                float avg = (float)(total / steps);
                // Stored as 16-bit halves: round here so what is evaluated is what ships.
                avg = (float)(Half)avg;
                if (Math.Abs(avg) < prune) avg = 0;
                row[y] = avg;
                any |= avg != 0;
            }
            if (!any) continue;
            keys.Add(k);
            weights.AddRange(row);
        }
        return new WeightTable(c, [.. keys], [.. weights]);
    }
}
