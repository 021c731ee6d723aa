namespace KnowledgeGraph.Schema;

/// <summary>
/// A piece of a source text made into a string only when first read, then kept: the evidence of
/// a long article's candidate edges points into the article until an edge is kept by the graph,
/// instead of every quoted sentence being a copy while the candidates wait. Thread-safe.
/// </summary>
public sealed class DeferredText
{
    private readonly int _start;
    private readonly int _end;
    private readonly Func<string, int, int, string> _make;
    private string? _source;
    private string? _value;

    /// <summary>The text <paramref name="make"/> makes of <paramref name="source"/>[start..end), made once on first read.</summary>
    public DeferredText(string source, int start, int end, Func<string, int, int, string> make)
    {
        _source = source;
        _start = start;
        _end = end;
        _make = make;
    }

    public string Value
    {
        get
        {
            if (Volatile.Read(ref _value) is { } made) return made;
            // The value is stored before the source is let go, so a missing source means a stored value.
            if (Volatile.Read(ref _source) is not { } source) return Volatile.Read(ref _value)!;
            Interlocked.CompareExchange(ref _value, _make(source, _start, _end), null);
            // Let go of the source: a kept value must not hold the whole text alive.
            Volatile.Write(ref _source, null);
            return _value!;
        }
    }

    public override string ToString() => Value;
}
