using System.Diagnostics;

namespace KnowledgeGraph.Pipeline;

/// <summary>Accumulated wall time per pipeline stage, for benchmarks and progress reports.</summary>
public sealed class StageTimes
{
    private readonly Dictionary<string, long> _ticks = new(StringComparer.Ordinal);

    /// <summary>Called after each stage with its name, outside the stage's time (memory probes of benchmarks).</summary>
    public Action<string>? AfterStage { get; set; }

    /// <summary>Adds the time since <paramref name="since"/> to a stage; returns the current timestamp.</summary>
    public long Add(string stage, long since)
    {
        long now = Stopwatch.GetTimestamp();
        lock (_ticks) _ticks[stage] = _ticks.GetValueOrDefault(stage) + (now - since);
        if (AfterStage is { } observe)
        {
            observe(stage);
            now = Stopwatch.GetTimestamp();
        }
        return now;
    }

    public IEnumerable<(string Stage, TimeSpan Time)> All
    {
        get
        {
            lock (_ticks)
                return _ticks.OrderByDescending(kv => kv.Value).Select(kv => (kv.Key, Stopwatch.GetElapsedTime(0, kv.Value))).ToList();
        }
    }
}
