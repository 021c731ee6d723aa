using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Cleaning;

/// <summary>
/// An article after boilerplate removal. Removed characters are overwritten with spaces
/// (line ends kept), so <see cref="Text"/> has the same length as the article text and every
/// offset found downstream is an offset in the original article.
/// </summary>
public sealed record CleanText(Article Article, string Text, IReadOnlyList<Range> Removed);
