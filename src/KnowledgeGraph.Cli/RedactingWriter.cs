using System.Text;
using KnowledgeGraph.Neo4j;

namespace KnowledgeGraph.Cli;

/// <summary>
/// Standard error with every password hidden (<c>http://neo4j:***@host</c>, <c>user:***@host</c>):
/// a message may quote what the user typed (a URL given where a file was expected, a library's
/// error text), and no command has to remember to mask it. Lines are written whole by the
/// commands, so each written string is masked as one piece.
/// </summary>
internal sealed class RedactingWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => inner.Write(value);

    public override void Write(string? value) => inner.Write(value is null ? null : Neo4jUrl.RedactAll(value));

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : Neo4jUrl.RedactAll(value));

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Flush();
        base.Dispose(disposing);
    }
}
