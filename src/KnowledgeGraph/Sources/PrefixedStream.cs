namespace KnowledgeGraph.Sources;

/// <summary>A stream whose first bytes were already read to recognise its format: they are given back first.</summary>
internal sealed class PrefixedStream(byte[] prefix, Stream inner) : ForwardReadStream
{
    private int _at;

    public override int Read(Span<byte> buffer)
    {
        if (_at < prefix.Length)
        {
            int n = Math.Min(buffer.Length, prefix.Length - _at);
            prefix.AsSpan(_at, n).CopyTo(buffer);
            _at += n;
            return n;
        }
        return inner.Read(buffer);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
