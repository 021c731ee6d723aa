namespace KnowledgeGraph.Sources;

/// <summary>
/// One news article as read from its source. <see cref="Id"/> is stable across runs (the
/// record's id or URL, else the file name); <see cref="Text"/> is the decoded text with line
/// ends normalised to \n and without a byte-order mark. All offsets elsewhere in the pipeline
/// refer to this text. <see cref="Source"/> says where it was read (a path, <c>dump.jsonl:12</c>,
/// <c>pages.zip!a.html</c>); the other fields are the article's metadata when the input gives
/// it: <see cref="Published"/> as yyyy-MM-dd, <see cref="Language"/> as an ISO 639-1 code.
/// </summary>
public sealed record Article(
    string Id,
    string Text,
    string Source,
    string? Title = null,
    string? Published = null,
    string? Outlet = null,
    string? Url = null,
    string? Language = null)
{
    /// <summary>The size in bytes of the file this article was read from when only its start was read (see <see cref="ArticleReaderOptions.MaxArticleBytes"/>).</summary>
    public long? SourceBytes { get; init; }
}
