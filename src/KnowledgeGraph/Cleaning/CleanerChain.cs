using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Cleaning;

/// <summary>
/// Runs cleaners one after another. Each cleaner keeps the text length, so the removed ranges
/// of all of them are ranges of the original article text.
/// </summary>
public sealed class CleanerChain : ICleaner
{
    private readonly ICleaner[] _cleaners;

    public CleanerChain(params ICleaner[] cleaners) => _cleaners = cleaners;

    public CleanText Clean(Article article)
    {
        var current = article;
        var removed = new List<Range>();
        foreach (var cleaner in _cleaners)
        {
            var step = cleaner.Clean(current);
            if (step.Text.Length != article.Text.Length)
                throw new InvalidOperationException($"Cleaner {cleaner.GetType().Name} changed the length of article {article.Id}; cleaners must keep offsets.");
            removed.AddRange(step.Removed);
            current = current with { Text = step.Text };
        }
        removed.Sort((a, b) => a.Start.Value.CompareTo(b.Start.Value));
        return new CleanText(article, current.Text, removed);
    }
}
