namespace KnowledgeGraph.Sources;

/// <summary>
/// A problem with one input: <see cref="Where"/> names the file and, inside a file, the line,
/// record or archive entry (<c>dump.jsonl:12</c>, <c>pages.zip!a/b.html</c>). When
/// <see cref="Skipped"/> the article (or the rest of that file) was left out and the run went
/// on; otherwise the article was kept and the warning says what was changed. <see cref="Kind"/>
/// is the short reason the end-of-run summary counts by.
/// </summary>
public sealed record InputWarning(string Where, string Reason, string Kind, bool Skipped = true)
{
    /// <summary>One line for the user; the location is escaped so no file name can forge a line.</summary>
    public string Message => (Skipped ? "skipped " : "") + DisplayText.Escape(Where) + ": " + DisplayText.Escape(Reason);
}
