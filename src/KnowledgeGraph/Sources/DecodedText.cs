using System.Text;

namespace KnowledgeGraph.Sources;

/// <summary>
/// What a file's bytes turned out to be: the text, or the <see cref="Problem"/> that makes it
/// unusable; <see cref="Warning"/> says what was repaired in a text that is kept.
/// </summary>
public sealed record DecodedText(string? Text, string Encoding, string? Problem, string? Warning = null);
