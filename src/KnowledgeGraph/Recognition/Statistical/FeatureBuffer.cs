namespace KnowledgeGraph.Recognition.Statistical;

/// <summary>Flat storage of per-token feature hashes, reused between sentences.</summary>
public sealed class FeatureBuffer
{
    private ulong[] _hashes = new ulong[1024];
    private int[] _offsets = new int[64];
    private int _count;
    private int _tokens;

    private string[] _lower = new string[64];
    private string[] _shape = new string[64];
    private bool[] _title = new bool[64];
    private bool[] _common = new bool[64];

    public int Tokens => _tokens;

    /// <summary>Per-token scratch for the feature extractor (lower-cased word, short shape, title word?, common word?), at least <paramref name="tokens"/> long.</summary>
    internal (string[] Lower, string[] Shape, bool[] Title, bool[] Common) Words(int tokens)
    {
        if (_lower.Length < tokens)
        {
            _lower = new string[Math.Max(tokens, _lower.Length * 2)];
            _shape = new string[_lower.Length];
            _title = new bool[_lower.Length];
            _common = new bool[_lower.Length];
        }
        return (_lower, _shape, _title, _common);
    }

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

    /// <summary>Every token's features, one after another: token t's are [<see cref="Start"/>(t), <see cref="Start"/>(t + 1)).</summary>
    public ReadOnlySpan<ulong> All => _hashes.AsSpan(0, _count);

    public int Start(int token) => _offsets[token];
}
