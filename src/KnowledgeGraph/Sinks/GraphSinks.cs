using KnowledgeGraph.Sinks.GraphMl;
using KnowledgeGraph.Sinks.Json;

namespace KnowledgeGraph.Sinks;

/// <summary>
/// The output formats by name, as users pass them to <c>--format</c>. Adding a format is one
/// line in <see cref="CreateDefault"/> (or a <see cref="Register"/> call at start-up).
/// </summary>
public static class GraphSinks
{
    private static readonly Dictionary<string, IGraphSink> Sinks = CreateDefault();

    private static Dictionary<string, IGraphSink> CreateDefault()
    {
        var sinks = new Dictionary<string, IGraphSink>(StringComparer.OrdinalIgnoreCase);
        foreach (var sink in new IGraphSink[]
        {
            new GraphMlSink(),
            new JsonGraphSink(),
        })
            sinks[sink.Format] = sink;
        return sinks;
    }

    /// <summary>The format names, sorted.</summary>
    public static IReadOnlyList<string> Formats
    {
        get { lock (Sinks) return Sinks.Keys.Order(StringComparer.Ordinal).ToList(); }
    }

    public static void Register(IGraphSink sink)
    {
        lock (Sinks) Sinks[sink.Format] = sink;
    }

    public static bool TryGet(string format, out IGraphSink sink)
    {
        lock (Sinks) return Sinks.TryGetValue(format, out sink!);
    }

    public static IGraphSink Get(string format) =>
        TryGet(format, out var sink)
            ? sink
            : throw new ArgumentException($"unknown format \"{format}\" (known: {string.Join(", ", Formats)})");
}
