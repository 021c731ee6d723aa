namespace KnowledgeGraph.Packs;

/// <summary>
/// The data of one language: the folder <c>&lt;root&gt;/&lt;language&gt;/</c> of a packs root
/// (by default the Resources folder next to the binaries) and, on top of it, the folder of that
/// language in each overlay root, in order. A folder is a pack when it holds a
/// <see cref="ManifestFile"/> listing its files, what each holds and the <see cref="MergeRule"/>
/// by which an overlay's copy of the file combines with it. Adding a language is adding such a
/// folder: nothing is compiled.
/// </summary>
public sealed class LanguagePack
{
    public const string ManifestFile = "manifest.tsv";

    /// <summary>The language the tool reads when neither the user nor the article names one.</summary>
    public const string DefaultLanguage = "id";

    private readonly Dictionary<string, MergeRule> _rules;

    private LanguagePack(string language, IReadOnlyList<string> layers, Dictionary<string, MergeRule> rules)
    {
        Language = language;
        Layers = layers;
        _rules = rules;
    }

    /// <summary>The packs root shipped next to the binaries.</summary>
    public static string BundledRoot => Path.Combine(AppContext.BaseDirectory, "Resources");

    public string Language { get; }

    private Morphology? _morphology;

    /// <summary>The pack's morphology, read once and shared by every stage that needs it.</summary>
    public Morphology Morphology => LazyInitializer.EnsureInitialized(ref _morphology, () => Morphology.FromPack(this));

    private HashSet<string>? _commonWords;

    /// <summary>The pack's ordinary lower-case words (words/common.txt), read once and shared by the morphology and the language resources.</summary>
    public IReadOnlySet<string> CommonWords => LazyInitializer.EnsureInitialized(ref _commonWords,
        () => Rows("words/common.txt").Select(row => row[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));

    /// <summary>The language folders read, lowest first: the pack's own, then each overlay's that exists.</summary>
    public IReadOnlyList<string> Layers { get; }

    /// <summary>
    /// The pack of <paramref name="language"/> from <paramref name="root"/> (default: the bundled
    /// one) with <paramref name="overlays"/> on top. Every root must exist; a root without a folder
    /// for the language adds nothing, so a language that only an overlay root holds is read from there.
    /// </summary>
    public static LanguagePack Open(string language = DefaultLanguage, string? root = null, IEnumerable<string>? overlays = null)
    {
        var layers = new List<string>();
        foreach (var dir in Roots(root, overlays))
        {
            if (!Directory.Exists(dir)) throw new DirectoryNotFoundException($"Resource folder not found: {dir}");
            var folder = Path.Combine(dir, language);
            if (Directory.Exists(folder)) layers.Add(folder);
        }
        var rules = new Dictionary<string, MergeRule>(StringComparer.Ordinal);
        foreach (var folder in layers)
            foreach (var entry in ReadManifest(Path.Combine(folder, ManifestFile)))
                rules.TryAdd(entry.File, entry.Merge);
        return new LanguagePack(language, layers, rules);
    }

    /// <summary>The languages with a pack (a folder holding a manifest) under the roots, sorted.</summary>
    public static IReadOnlyList<string> Available(string? root = null, IEnumerable<string>? overlays = null) =>
        Roots(root, overlays).Where(Directory.Exists)
            .SelectMany(Directory.EnumerateDirectories)
            .Where(d => File.Exists(Path.Combine(d, ManifestFile)))
            .Select(Path.GetFileName).OfType<string>()
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The rows of a data file (a path relative to the pack folder, '/'-separated) over all layers, merged by its manifest rule.</summary>
    public IReadOnlyList<DataRow> Rows(string file) =>
        DataFile.Merge(Layers.Select(layer => Path.Combine(layer, file)), RuleOf(file));

    /// <summary>The file of the last layer that has it (an overlay's model replaces the pack's), or null.</summary>
    public string? FindFile(string file)
    {
        for (int i = Layers.Count - 1; i >= 0; i--)
        {
            var path = Path.Combine(Layers[i], file);
            if (File.Exists(path)) return path;
        }
        return null;
    }

    /// <summary>How an overlay's copy of <paramref name="file"/> merges: its manifest line, else <see cref="MergeRule.Append"/>, which only adds.</summary>
    public MergeRule RuleOf(string file) => _rules.GetValueOrDefault(file, MergeRule.Append);

    /// <summary>The entries of a manifest: file, merge rule and what the file holds; none when it does not exist.</summary>
    public static IEnumerable<PackFile> ReadManifest(string path)
    {
        foreach (var row in DataFile.Read(path))
        {
            var merge = row[1] switch
            {
                "append" => MergeRule.Append,
                "key" => MergeRule.Key,
                "key2" => MergeRule.TwoColumnKey,
                "file" => MergeRule.WholeFile,
                var other => throw row.Error($"unknown merge rule '{other}' (append, key, key2 or file)"),
            };
            yield return new PackFile(row[0], merge, row[2]);
        }
    }

    private static IEnumerable<string> Roots(string? root, IEnumerable<string>? overlays) =>
        [root ?? BundledRoot, .. overlays ?? []];
}
