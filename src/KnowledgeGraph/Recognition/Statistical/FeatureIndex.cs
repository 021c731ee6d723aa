using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Recognition.Statistical;

/// <summary>
/// Feature hash → weight row, as an open-addressing table with linear probing. Tagging looks up some
/// fifty hashes per token and most miss; a flat array of (key, row) pairs answers a miss from one
/// cache line, where a dictionary walks buckets and entries. Read-only after construction.
/// </summary>
internal sealed class FeatureIndex
{
    private struct Slot
    {
        public ulong Key;
        public int Row;   // row + 1; 0 = empty, so a key of 0 needs no special case
    }

    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly ulong[] _keys;

    public FeatureIndex(IReadOnlyList<ulong> keys)
    {
        _keys = [.. keys];
        int cap = 16, bits = 4;
        // At most half full: misses, the common case, stop after a short probe.
        while (cap < 2 * _keys.Length) { cap <<= 1; bits++; }
        _slots = new Slot[cap];
        _shift = 64 - bits;
        for (int i = 0; i < _keys.Length; i++)
        {
            int s = Home(_keys[i]);
            while (_slots[s].Row != 0)
            {
                if (_slots[s].Key == _keys[i]) throw new ArgumentException($"feature hash {_keys[i]} appears twice", nameof(keys));
                s = (s + 1) & (cap - 1);
            }
            _slots[s] = new Slot { Key = _keys[i], Row = i + 1 };
        }
    }

    public int Count => _keys.Length;

    /// <summary>The hashes in row order.</summary>
    public IReadOnlyList<ulong> Keys => _keys;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>
    /// The rows of many keys (-1 for a miss), into <paramref name="rows"/>. The table is far larger than
    /// the caches, so a lookup costs a memory read: every key's home slot is read before any is compared,
    /// in a loop that does not branch on what it read, so the processor keeps many reads in flight; the
    /// comparing that follows then finds the slots in the cache.
    /// </summary>
    public void FindAll(ReadOnlySpan<ulong> keys, Span<int> rows)
    {
        var slots = _slots;
        var seen = t_seen is { } buffer && buffer.Length >= keys.Length ? buffer : t_seen = new ulong[Math.Max(keys.Length, 1024)];
        for (int i = 0; i < keys.Length; i++)
        {
            int s = Home(keys[i]);
            rows[i] = s;
            seen[i] = slots[s].Key;
        }
        for (int i = 0; i < keys.Length; i++)
        {
            ref var home = ref slots[rows[i]];
            rows[i] = home.Row == 0 ? -1 : seen[i] == keys[i] ? home.Row - 1 : Find(keys[i]);
        }
    }

    [ThreadStatic] private static ulong[]? t_seen;

    /// <summary>The row of <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        int s = Home(key);
        while (true)
        {
            ref var slot = ref slots[s];
            if (slot.Row == 0) return -1;
            if (slot.Key == key) return slot.Row - 1;
            s = (s + 1) & mask;
        }
    }
}
