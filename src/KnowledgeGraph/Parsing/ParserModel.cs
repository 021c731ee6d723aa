using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Parsing;

/// <summary>
/// The trained reader of a language: UPOS tagger, lemmatizer, dependency parser and the word lists
/// the clitic splitter learned. Load once per process (<see cref="LoadShared"/>) and use from any
/// number of threads.
/// <para>
/// File format: the 8 bytes "KGPARSER", a little-endian int32 format version, an int64 length
/// and the SHA-256 of the payload, then the payload (Brotli-compressed BinaryWriter data). A missing,
/// truncated or altered file is refused with one line that names it.
/// </para>
/// </summary>
public sealed class ParserModel
{
    private static readonly byte[] Magic = "KGPARSER"u8.ToArray();
    public const int FormatVersion = 1;

    public ParserModel(string description, PosTagger tagger, Lemmatizer lemmatizer, DependencyParser parser, CliticLexicon clitics)
    {
        Description = description;
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Parser = parser;
        Clitics = clitics;
    }

    /// <summary>How the model was trained (data, options), written by the trainer.</summary>
    public string Description { get; }
    public PosTagger Tagger { get; }
    public Lemmatizer Lemmatizer { get; }
    public DependencyParser Parser { get; }
    public CliticLexicon Clitics { get; }

    /// <summary>The same model with small weights dropped from the tagger and parser (smaller, faster, a little less accurate).</summary>
    public ParserModel Pruned(float threshold) => new(Description, new PosTagger(Tagger.Tags, Tagger.Weights.Pruned(threshold)), Lemmatizer,
        new DependencyParser(Parser.Labels, Parser.Weights.Pruned(threshold), Parser.PunctTag), Clitics);

    /// <summary>Tags, lemmatizes and parses one sentence of words.</summary>
    /// <param name="style">Whose lemma conventions to follow (a treebank name, see <see cref="Lemmatizer.Styles"/>); null: the default.</param>
    public SentenceAnalysis Analyse(IReadOnlyList<string> words, string? style = null)
    {
        var info = WordInfo.Of(words);
        var tagIds = Tagger.TagIds(info);
        return Analyse(words, info, tagIds, Lemmatizer.StyleIndex(style));
    }

    internal SentenceAnalysis Analyse(IReadOnlyList<string> words, WordInfo[] info, int[] tagIds, int style)
    {
        int n = words.Count;
        var upos = new string[n];
        var lemmas = new string[n];
        for (int i = 0; i < n; i++)
        {
            upos[i] = Tagger.Tags[tagIds[i]];
            lemmas[i] = Lemmatizer.Lemmatize(words[i], upos[i], style);
        }
        var (heads, labelIds) = n == 0 ? ([], []) : Parser.Parse(info, tagIds, style);
        var relations = Array.ConvertAll(labelIds, l => Parser.Labels[l]);
        return new SentenceAnalysis(upos, lemmas, heads, relations);
    }

    public void Save(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var tmp = path + ".tmp";
        using (var file = File.Create(tmp)) Save(file);
        File.Move(tmp, path, overwrite: true);
    }

    public void Save(Stream stream)
    {
        var body = new MemoryStream();
        using (var brotli = new BrotliStream(body, new BrotliCompressionOptions { Quality = 9 }, leaveOpen: true))
        using (var w = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true))
            WriteBody(w);
        var payload = body.ToArray();
        using var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        header.Write(Magic);
        header.Write(FormatVersion);
        header.Write((long)payload.Length);
        header.Write(SHA256.HashData(payload));
        header.Write(payload);
    }

    private void WriteBody(BinaryWriter w)
    {
        w.Write(Description);
        WriteStrings(w, Tagger.Tags);
        Tagger.Weights.Write(w);
        w.Write(Lemmatizer.Rules.Length);
        foreach (var r in Lemmatizer.Rules)
        {
            w.Write(r.Lower);
            w.Write(r.DeletePrefix); w.Write(r.AddPrefix); w.Write(r.DeleteSuffix); w.Write(r.AddSuffix);
        }
        var lex = Lemmatizer.Lexicon.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        w.Write(lex.Count);
        foreach (var (k, v) in lex) { w.Write(k); w.Write7BitEncodedInt(v); }
        Lemmatizer.Weights.Write(w);
        WriteStrings(w, Lemmatizer.Styles);
        w.Write(Lemmatizer.DefaultStyle);
        WriteStrings(w, Parser.Labels);
        w.Write(Parser.PunctTag);
        Parser.Weights.Write(w);
        Clitics.Write(w);
    }

    private static void WriteStrings(BinaryWriter w, string[] items)
    {
        w.Write(items.Length);
        foreach (var s in items) w.Write(s);
    }

    private static string[] ReadStrings(BinaryReader r, int max = 1 << 20)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > max) throw new InvalidDataException($"bad list size {n}");
        var items = new string[n];
        for (int i = 0; i < n; i++) items[i] = r.ReadString();
        return items;
    }

    /// <summary>Reads a model file; a missing or damaged file gives an exception whose message is one line naming it.</summary>
    public static ParserModel Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"parser model not found: {path} (train one with kg train-parser)", path);
        try
        {
            using var file = File.OpenRead(path);
            return Load(file);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException or IOException or DecoderFallbackException or FormatException)
        {
            throw new InvalidDataException($"{path}: not a usable parser model ({e.Message})", e);
        }
    }

    public static ParserModel Load(Stream stream)
    {
        using var header = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var magic = header.ReadBytes(Magic.Length);
        if (!magic.AsSpan().SequenceEqual(Magic)) throw new InvalidDataException("not a KGPARSER file");
        int version = header.ReadInt32();
        if (version != FormatVersion) throw new InvalidDataException($"format version {version}, this program reads version {FormatVersion}");
        long length = header.ReadInt64();
        var hash = header.ReadBytes(32);
        if (length < 0 || length > 1L << 31) throw new InvalidDataException($"bad payload length {length}");
        var payload = header.ReadBytes((int)length);
        if (payload.Length != length || hash.Length != 32) throw new InvalidDataException("file is truncated");
        if (!SHA256.HashData(payload).AsSpan().SequenceEqual(hash)) throw new InvalidDataException("checksum mismatch, the file is corrupt");
        // Decompressed whole first: a reader over memory reads each number straight from the array,
        // where one over the decompressing stream pays a stream call for every one of its millions.
        var unpacked = new MemoryStream();
        using (var brotli = new BrotliStream(new MemoryStream(payload), CompressionMode.Decompress)) brotli.CopyTo(unpacked);
        unpacked.Position = 0;
        using var r = new BinaryReader(unpacked, Encoding.UTF8);
        var description = r.ReadString();
        var tags = ReadStrings(r, 256);
        var tagger = new PosTagger(tags, WeightTable.Read(r));
        int ruleCount = r.ReadInt32();
        if (ruleCount is < 1 or > 1 << 20) throw new InvalidDataException($"bad rule count {ruleCount}");
        var rules = new LemmaRule[ruleCount];
        for (int i = 0; i < ruleCount; i++) rules[i] = new LemmaRule(r.ReadBoolean(), r.ReadString(), r.ReadString(), r.ReadString(), r.ReadString());
        int lexCount = r.ReadInt32();
        if (lexCount is < 0 or > 1 << 24) throw new InvalidDataException($"bad lexicon size {lexCount}");
        var lexicon = new Dictionary<string, int>(lexCount, StringComparer.Ordinal);
        for (int i = 0; i < lexCount; i++)
        {
            var key = r.ReadString();
            int rule = r.Read7BitEncodedInt();
            if (rule < 0 || rule >= ruleCount) throw new InvalidDataException("lexicon names a missing rule");
            lexicon[key] = rule;
        }
        var lemmaWeights = WeightTable.Read(r);
        var styles = ReadStrings(r, 64);
        int defaultStyle = r.ReadInt32();
        if (defaultStyle < -1 || defaultStyle >= styles.Length) throw new InvalidDataException($"bad default style {defaultStyle}");
        var lemmatizer = new Lemmatizer(rules, lexicon, lemmaWeights, styles, defaultStyle);
        var labels = ReadStrings(r, 256);
        int punct = r.ReadInt32();
        var parser = new DependencyParser(labels, WeightTable.Read(r), punct);
        var clitics = CliticLexicon.Read(r);
        return new ParserModel(description, tagger, lemmatizer, parser, clitics);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<ParserModel>> Shared = new(StringComparer.Ordinal);

    /// <summary>The model in <paramref name="path"/>, read once per process and shared by every caller naming the same file.</summary>
    public static ParserModel LoadShared(string path)
    {
        var full = Path.GetFullPath(path);
        var lazy = Shared.GetOrAdd(full, p => new Lazy<ParserModel>(() => Load(p), LazyThreadSafetyMode.ExecutionAndPublication));
        try { return lazy.Value; }
        catch { Shared.TryRemove(full, out _); throw; }
    }

    /// <summary>Model file of a language inside a packs root (the folder holding &lt;language&gt;/models/).</summary>
    public static string ModelPath(string resourceDir, string language = "id") => Path.Combine(resourceDir, language, ModelFile);

    /// <summary>The model file inside a language pack.</summary>
    public const string ModelFile = "models/parser.bin";
}
