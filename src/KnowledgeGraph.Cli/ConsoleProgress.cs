using System.Diagnostics;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Cli;

/// <summary>
/// Progress on stderr. On a terminal one line is rewritten in place (at most ~10 times a
/// second); when stderr goes to a file or pipe, a plain line now and then, so logs stay short.
/// Reports arrive on the pipeline's thread (not via a synchronisation context), so lines are
/// never out of order.
/// </summary>
internal sealed class ConsoleProgress : IProgress<PipelineProgress>
{
    private readonly TextWriter _err;
    private readonly int _total;
    private readonly bool _interactive;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDraw = -1000;
    private int _lastPlain;
    private bool _drawn;

    public ConsoleProgress(int total, TextWriter? err = null, bool? interactive = null)
    {
        _err = err ?? Console.Error;
        _total = total;
        _interactive = interactive ?? !Console.IsErrorRedirected;
    }

    public void Report(PipelineProgress value)
    {
        if (_interactive)
        {
            var now = _clock.ElapsedMilliseconds;
            if (now - _lastDraw < 100 && value.ArticlesDone < _total) return;
            _lastDraw = now;
            var line = $"articles {value.ArticlesDone}/{_total}  {value.ArticleId}";
            int width = SafeWidth();
            if (line.Length > width - 1) line = line[..Math.Max(0, width - 1)];
            _err.Write("\r" + line.PadRight(width - 1));
            _drawn = true;
        }
        else
        {
            // Every tenth of the corpus (and at least every 1000 articles on big corpora).
            int step = Math.Clamp(_total / 10, 1, 1000);
            if (value.ArticlesDone - _lastPlain >= step || value.ArticlesDone == _total)
            {
                _lastPlain = value.ArticlesDone;
                _err.WriteLine($"articles {value.ArticlesDone}/{_total}");
            }
        }
    }

    /// <summary>Ends the in-place line so later output starts on a fresh line.</summary>
    public void Finish()
    {
        if (_interactive && _drawn) _err.WriteLine();
        _drawn = false;
    }

    private static int SafeWidth()
    {
        try { return Math.Max(20, Console.WindowWidth); }
        catch (IOException) { return 80; }
    }
}
