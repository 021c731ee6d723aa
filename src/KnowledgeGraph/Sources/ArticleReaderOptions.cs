using System.Formats.Tar;

namespace KnowledgeGraph.Sources;

/// <summary>How articles are read: the JSON field names of records, HTML rules, and where "-" reads from.</summary>
public sealed record ArticleReaderOptions
{
    public RecordFields Fields { get; init; } = RecordFields.Default;

    /// <summary>The HTML reader; by default one with the page rules of <see cref="Language"/> from <see cref="ResourceDirectories"/>, loaded when the first page is read.</summary>
    public HtmlArticleExtractor? Html { get; init; }

    /// <summary>The packs root and the user's overlays on top of it, whose page-boilerplate rules merge into the pack's.</summary>
    public IReadOnlyList<string> ResourceDirectories { get; init; } = [Path.Combine(AppContext.BaseDirectory, "Resources")];

    public string Language { get; init; } = "id";

    /// <summary>
    /// The article byte limit of the build (0: none). A file's bytes are read only as far as an
    /// article of that size needs, so a huge or decompressing file costs no more memory than that,
    /// and a saved page is cut to it before it is parsed.
    /// </summary>
    public long MaxArticleBytes { get; init; }

    /// <summary>Opens the stream "-" reads (standard input by default).</summary>
    public Func<Stream> StandardInput { get; init; } = Console.OpenStandardInput;
}
