namespace KnowledgeGraph.Sources;

/// <summary>
/// One news article as read from its source. <see cref="Id"/> is stable across runs (derived
/// from the file name); <see cref="Text"/> is the decoded text with line ends normalised to \n
/// and without a byte-order mark. All offsets elsewhere in the pipeline refer to this text.
/// </summary>
public sealed record Article(
    string Id,
    string Text,
    string Source,
    string? Title = null,
    string? Published = null,
    string? Outlet = null,
    string? Url = null);
