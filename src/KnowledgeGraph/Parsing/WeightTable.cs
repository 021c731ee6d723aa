using System.Numerics;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Parsing;

/// <summary>
/// Averaged-perceptron weights ready for use: an open-addressing table from feature hash to the
/// feature's per-class weights. Read-only after construction, so any number of threads may score.
/// <para>
/// The tables are far larger than the caches, so a lookup costs about one cache miss and the layout
/// is about touching few lines. A lookup slot is 16 bytes, four to a cache line: a 32-bit check of the
/// feature hash, the weights of the first <see cref="Leading"/> classes (for the parser, its four moves,
/// read on every step) and where the row's other non-zero weights sit, together, as (class, weight)
/// pairs in one array (for the parser, the relation labels, read only when a move adds an arc). After
/// pruning a row holds a few non-zero weights among dozens of classes, so a dense copy of the rows
/// would be several times larger.
/// </para>
/// <para>
/// Scoring compares only the 32-bit check, not the whole 64-bit hash: an unknown feature is taken for
/// a known one about once in four billion probes, no more often than two features share a hash anyway.
/// The full hashes are kept aside for what must be exact (<see cref="RowOf"/>, saving, pruning).
/// </para>
/// </summary>
public sealed class WeightTable
{
    private struct Slot
    {
        public uint Check;   // the hash's low 32 bits (never 0; 0 = empty)
        public ushort W0, W1, W2, W3;   // half-precision bits, see Float
        public int More;   // the other classes: first entry << 8 | count (0: none)
    }

    private readonly struct Entry(int cls, float weight)
    {
        public readonly int Class = cls;
        public readonly float Weight = weight;
    }

    /// <summary>The bits of a finite half as a float, exactly: the bits moved into place, scaled by 2^112 (the difference of the exponent biases; subnormals come out right too). Much cheaper than the Half conversion.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Float(ushort h) =>
        BitConverter.UInt32BitsToSingle(BitConverter.SingleToUInt32Bits(BitConverter.UInt32BitsToSingle((uint)(h & 0x7FFF) << 13) * 5.192296858534828e33f) | ((uint)(h & 0x8000) << 16));

    private static ushort Bits(float w)
    {
        var h = (Half)w;
        if (!Half.IsFinite(h)) throw new ArgumentException($"weight {w} does not fit a half");
        return BitConverter.HalfToUInt16Bits(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint CheckOf(ulong k) => (uint)k is var c && c != 0 ? c : 1;

    /// <summary>How many leading classes are kept inside the lookup slots (see <see cref="ScoreLeading"/>).</summary>
    public const int Leading = 4;

    /// <summary>Features looked up at once: their slots are all requested before any is compared, so the memory reads overlap.</summary>
    private const int Batch = 128;

    [ThreadStatic] private static uint[]? t_seen;

    private readonly Slot[] _slots;
    private readonly ulong[] _keys;   // the full hash of each slot's feature (0 = empty)
    private Entry[] _entries;
    private readonly int _shift;

    internal WeightTable(int classes, ulong[] features, float[] weights)
        : this(classes, features, weights.Length == features.Length * classes
            ? (i, row) => weights.AsSpan(i * classes, classes).CopyTo(row)
            : throw new ArgumentException("weights do not match features × classes"))
    {
    }

    private delegate void RowSource(int row, Span<float> into);

    /// <summary>Builds the table row by row (in feature order), so a dense copy of all rows never exists.</summary>
    private WeightTable(int classes, ulong[] features, RowSource rows) : this(classes, features)
    {
        var more = new List<Entry>();
        var w = new float[classes];
        for (int i = 0; i < features.Length; i++)
        {
            int slot = FreeSlot(features[i]);
            Array.Clear(w);
            rows(i, w);
            int first = more.Count;
            for (int c = Leading; c < classes; c++)
                if (w[c] != 0) more.Add(new Entry(c, Float(Bits(w[c]))));
            Place(slot, features[i], Bits(w[0]), classes > 1 ? Bits(w[1]) : default, classes > 2 ? Bits(w[2]) : default, classes > 3 ? Bits(w[3]) : default, first, more.Count - first);
        }
        _entries = [.. more];
    }

    /// <summary>An empty table sized for <paramref name="features"/>; the constructors and <see cref="Read"/> then place every row.</summary>
    private WeightTable(int classes, ulong[] features)
    {
        if (classes > ushort.MaxValue) throw new ArgumentException($"{classes} classes; at most {ushort.MaxValue} are supported");
        Classes = classes;
        Features = features;
        int cap = 16;
        // At most three quarters full: a lookup rarely probes past the cache line it starts in, and the
        // table stays small (nearly all of the parser's lookups find their feature).
        while (cap < features.Length + features.Length / 3) cap <<= 1;
        _slots = new Slot[cap];
        _keys = new ulong[cap];
        _shift = 64 - BitOperations.Log2((uint)cap);
        _entries = [];
    }

    /// <summary>The empty slot where feature <paramref name="k"/> goes.</summary>
    private int FreeSlot(ulong k)
    {
        if (k == 0) throw new ArgumentException("feature hash 0 is reserved");
        int mask = _slots.Length - 1;
        int slot = SlotOf(k);
        while (_keys[slot] != 0)
        {
            if (_keys[slot] == k) throw new ArgumentException("duplicate feature");
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void Place(int slot, ulong k, ushort w0, ushort w1, ushort w2, ushort w3, int first, int count)
    {
        if (count > 255 || first >= 1 << 23) throw new ArgumentException("too many weights for one table");
        _keys[slot] = k;
        _slots[slot] = new Slot { Check = CheckOf(k), W0 = w0, W1 = w1, W2 = w2, W3 = w3, More = count == 0 ? 0 : first << 8 | count };
    }

    public int Classes { get; }
    public int Count => Features.Length;
    /// <summary>The feature hashes, in the order the rows were given.</summary>
    internal ulong[] Features { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(ulong k) => (int)((k * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>The slot of the feature by its full hash (-1: none).</summary>
    private int Find(ulong feature)
    {
        int mask = _slots.Length - 1;
        int slot = SlotOf(feature);
        while (true)
        {
            ulong key = _keys[slot];
            if (key == feature) return slot;
            if (key == 0) return -1;
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Whether the model has weights for the feature.</summary>
    public bool Contains(ulong feature) => Find(feature) >= 0;

    /// <summary>The weights of one feature (all classes; zeros where it has none), e.g. for inspection or saving.</summary>
    public float[] RowOf(ulong feature)
    {
        var row = new float[Classes];
        int slot = Find(feature);
        if (slot < 0) return row;
        ref readonly var s = ref _slots[slot];
        row[0] = Float(s.W0);
        if (Classes > 1) row[1] = Float(s.W1);
        if (Classes > 2) row[2] = Float(s.W2);
        if (Classes > 3) row[3] = Float(s.W3);
        AddRest(in s, row);
        return row;
    }

    // The scoring methods here and the loops that call them per word are marked AggressiveOptimization:
    // they run for every word from the first article on, and a build of a few thousand articles would
    // otherwise spend its first seconds in their unoptimised and instrumented tiers.

    /// <summary>
    /// Finds the slots of the features (-1 for unknown ones) and adds their weights for the first
    /// <see cref="Leading"/> classes to <paramref name="scores"/>, reading only the lookup slots.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void ScoreLeading(ReadOnlySpan<ulong> features, Span<int> slots, Span<float> scores)
    {
        FindSlots(features, slots);
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        var table = _slots;
        foreach (int i in slots)
        {
            if (i < 0) continue;
            ref readonly var s = ref table[i];
            s0 += Float(s.W0); s1 += Float(s.W1); s2 += Float(s.W2); s3 += Float(s.W3);
        }
        scores[0] += s0;
        if (scores.Length > 1) scores[1] += s1;
        if (scores.Length > 2) scores[2] += s2;
        if (scores.Length > 3) scores[3] += s3;
    }

    /// <summary>
    /// Looks the features up. First the home slot of every feature is read into a buffer, in a
    /// loop without branches on what was read, so the processor keeps many of these cache misses in
    /// flight at once; the probing that follows then mostly hits the cache.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindSlots(ReadOnlySpan<ulong> features, Span<int> slots)
    {
        var table = _slots;
        int mask = table.Length - 1;
        // A per-thread buffer: a stackalloc'd one would be cleared on every call.
        var seen = t_seen ??= new uint[Batch];
        for (int from = 0; from < features.Length; from += Batch)
        {
            int n = Math.Min(Batch, features.Length - from);
            for (int i = 0; i < n; i++)
            {
                int home = SlotOf(features[from + i]);
                slots[from + i] = home;
                seen[i] = table[home].Check;
            }
            for (int i = 0; i < n; i++)
            {
                uint f = CheckOf(features[from + i]);
                if (seen[i] == f) continue;
                int slot = slots[from + i];
                uint key = seen[i];
                while (true)
                {
                    if (key == 0) { slot = -1; break; }
                    slot = (slot + 1) & mask;
                    key = table[slot].Check;
                    if (key == f) break;
                }
                slots[from + i] = slot;
            }
        }
    }

    /// <summary>Adds the classes from <see cref="Leading"/> on of the given slots (-1: unknown feature) to <paramref name="scores"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void AddRest(ReadOnlySpan<int> slots, Span<float> scores)
    {
        var table = _slots;
        var entries = _entries;
        // The rows' entries lie far apart: touch each row's first one before any is summed, so their
        // cache misses overlap instead of coming one after another.
        int touched = 0;
        foreach (int i in slots)
        {
            if (i < 0) continue;
            int more = table[i].More;
            if (more != 0) touched += entries[more >> 8].Class;
        }
        _touched = touched;
        foreach (int i in slots)
            if (i >= 0) AddRest(in table[i], scores);
    }

    // Written so the touching loads above are not optimised away.
    [ThreadStatic] private static int _touched;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddRest(in Slot s, Span<float> scores)
    {
        var entries = _entries;
        for (int e = s.More >> 8, end = e + (s.More & 0xFF); e < end; e++) scores[entries[e].Class] += entries[e].Weight;
    }

    /// <summary>Adds the weights of the known features to <paramref name="scores"/> (length = Classes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> slots = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        ScoreLeading(features, slots, scores);
        AddRest(slots, scores);
    }

    /// <summary>A copy without weights below <paramref name="threshold"/> in magnitude, and without rows left empty.</summary>
    public WeightTable Pruned(float threshold) => Pruned(threshold, threshold);

    /// <summary>A copy without weights below <paramref name="leading"/> (the first <see cref="Leading"/> classes) or <paramref name="rest"/> (the others) in magnitude, and without rows left empty.</summary>
    public WeightTable Pruned(float leading, float rest)
    {
        int c = Classes;
        var keys = new List<ulong>();
        var weights = new List<float>();
        foreach (var f in Features)
        {
            var row = RowOf(f);
            bool any = false;
            for (int k = 0; k < c; k++)
            {
                if (Math.Abs(row[k]) < (k < Leading ? leading : rest)) row[k] = 0;
                any |= row[k] != 0;
            }
            if (!any) continue;
            keys.Add(f);
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
        foreach (var f in Features)
        {
            var row = RowOf(f);
            Array.Clear(mask);
            for (int k = 0; k < c; k++) if (row[k] != 0) mask[k >> 3] |= (byte)(1 << (k & 7));
            w.Write(mask);
            for (int k = 0; k < c; k++) if (row[k] != 0) w.Write((Half)row[k]);
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
        // The stored rows go straight into their slots: the halves are the slots' own bits, so no row
        // is widened to floats and narrowed back, and only the set bits of each mask are visited.
        var table = new WeightTable(c, features);
        var mask = new byte[(c + 7) / 8];
        var halves = new byte[c * 2];
        var stream = r.BaseStream;
        var more = new List<Entry>();
        Span<ushort> leading = stackalloc ushort[Leading];
        for (int i = 0; i < n; i++)
        {
            int slot = table.FreeSlot(features[i]);
            stream.ReadExactly(mask);
            int count = 0;
            foreach (byte b in mask) count += BitOperations.PopCount(b);
            if (count > c) throw new InvalidDataException("bad weight mask");
            stream.ReadExactly(halves.AsSpan(0, count * 2));
            leading.Clear();
            int first = more.Count, v = 0;
            for (int m = 0; m < mask.Length; m++)
            {
                for (uint bits = mask[m]; bits != 0; bits &= bits - 1)
                {
                    int k = m * 8 + BitOperations.TrailingZeroCount(bits);
                    if (k >= c) throw new InvalidDataException("bad weight mask");
                    ushort h = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(halves.AsSpan(2 * v++));
                    if (!Half.IsFinite(BitConverter.UInt16BitsToHalf(h))) throw new InvalidDataException("bad weight");
                    if (k < Leading) leading[k] = h;
                    else if ((h & 0x7FFF) != 0) more.Add(new Entry(k, Float(h)));
                }
            }
            table.Place(slot, features[i], leading[0], leading[1], leading[2], leading[3], first, more.Count - first);
        }
        table._entries = [.. more];
        return table;
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
