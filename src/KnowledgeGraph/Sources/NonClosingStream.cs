namespace KnowledgeGraph.Sources;

/// <summary>A tar entry's data: readers may dispose it, the archive stream under it stays open.</summary>
internal sealed class NonClosingStream(Stream inner) : ForwardReadStream
{
    public override int Read(Span<byte> buffer) => inner.Read(buffer);
}
