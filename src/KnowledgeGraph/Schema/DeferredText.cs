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
            if (_value is { } made) return made;
            lock (_make)
            {
                // The source is let go once read, so a kept value does not hold the whole text alive.
                if (_value is null) { _value = _make(_source!, _start, _end); _source = null; }
                return _value;
            }
        }
    }

    public override string ToString() => Value;
}
