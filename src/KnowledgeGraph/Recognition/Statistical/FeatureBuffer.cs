namespace KnowledgeGraph.Recognition.Statistical;

/// <summary>Flat storage of per-token feature hashes, reused between sentences.</summary>
public sealed class FeatureBuffer
{
    private ulong[] _hashes = new ulong[1024];
    private int[] _offsets = new int[64];
    private int _count;
    private int _tokens;

    public int Tokens => _tokens;

    public void Reset(int tokens)
    {
        _count = 0;
        _tokens = 0;
        if (_offsets.Length < tokens + 1) _offsets = new int[Math.Max(tokens + 1, _offsets.Length * 2)];
        _offsets[0] = 0;
    }

    internal void Add(ulong hash)
    {
        if (_count == _hashes.Length) Array.Resize(ref _hashes, _hashes.Length * 2);
        _hashes[_count++] = hash;
    }

    /// <summary>Ends the current token's features.</summary>
    internal void Close() => _offsets[++_tokens] = _count;

    public ReadOnlySpan<ulong> Of(int token) => _hashes.AsSpan(_offsets[token], _offsets[token + 1] - _offsets[token]);
}
