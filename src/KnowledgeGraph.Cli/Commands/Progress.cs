using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Progress on stderr: one line redrawn in place on a terminal, an occasional plain line
/// when stderr goes to a file or a pipe (so logs stay readable). With <c>fraction</c> (how much of
/// the input is read, when that can be known) it shows an estimate of the time left.
/// </summary>
internal sealed class ConsoleProgress(Func<double?>? fraction = null) : IProgress<PipelineProgress>
{
    private readonly bool _terminal = !Console.IsErrorRedirected;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private long _lastDrawMs = -1000;
    private int _done;

    public void Report(PipelineProgress value)
    {
        _done = value.ArticlesDone;
        if (_terminal)
        {
            if (_clock.ElapsedMilliseconds - _lastDrawMs < 100) return;
            _lastDrawMs = _clock.ElapsedMilliseconds;
            var id = value.ArticleId.Length > 40 ? value.ArticleId[..40] : value.ArticleId;
            Console.Error.Write($"\r{value.ArticlesDone} articles, {Rate():F0}/s{Eta()}  {id}".PadRight(78));
        }
        else if (value.ArticlesDone % 1000 == 0)
        {
            Console.Error.WriteLine($"{value.ArticlesDone} articles ({Rate():F0}/s{Eta()})");
        }
    }

    public void Finish()
    {
        if (_terminal) Console.Error.Write("\r" + new string(' ', 78) + "\r");
        Console.Error.WriteLine($"{_done} articles in {_clock.Elapsed.TotalSeconds:F1} s");
    }

    private string Eta()
    {
        if (fraction?.Invoke() is not { } f || f <= 0.001) return "";
        var left = TimeSpan.FromSeconds(_clock.Elapsed.TotalSeconds * (1 - f) / f);
        return $", {f:P0}, about {(left.TotalHours >= 1 ? $"{(int)left.TotalHours}h{left.Minutes:D2}m" : left.TotalMinutes >= 1 ? $"{(int)left.TotalMinutes}m{left.Seconds:D2}s" : $"{left.Seconds}s")} left";
    }

    private double Rate() => _done / Math.Max(_clock.Elapsed.TotalSeconds, 1e-6);
}
