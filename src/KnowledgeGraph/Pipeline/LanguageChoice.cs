using KnowledgeGraph.Language;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Pipeline;

/// <summary>
/// Which pack reads an article: the one of the article's language (its metadata, from an HTML
/// lang attribute or a JSON Lines field) when a pack for it is present, else the run's
/// <see cref="ExtractionOptions.Language"/>. An article in a language without a pack is read with
/// the run's pack, and the first such article of each language is reported once. Each pack's
/// stages are built on the first article that needs them and then kept for the run.
/// </summary>
internal sealed class LanguageChoice
{
    private readonly ExtractionOptions _options;
    private readonly IReadOnlyList<string> _available;
    private readonly object _gate = new();

    // Every stage asks for its article's pack, so the lookup reads a snapshot without a lock;
    // a language seen for the first time is added under the lock to a copy.
    private volatile Dictionary<string, LanguageStages> _byLanguage = new(StringComparer.Ordinal);

    public LanguageChoice(ExtractionOptions options)
    {
        _options = options;
        _available = LanguagePack.Available(options.ResourceDirectory, options.Overlays);
        if (!_available.Contains(options.Language)) throw new UnknownLanguageException(options.Language, _available);
        Default = Load(options.Language);
        _byLanguage = new(StringComparer.Ordinal) { [options.Language] = Default };
    }

    public LanguageStages Default { get; }

    /// <summary>The stages for an article in <paramref name="language"/> (null: the run's language).</summary>
    public LanguageStages For(string? language)
    {
        if (language is null) return Default;
        if (_byLanguage.TryGetValue(language, out var known)) return known;
        lock (_gate)
        {
            if (_byLanguage.TryGetValue(language, out var stages)) return stages;
            if (_available.Contains(language)) stages = Load(language);
            else
            {
                stages = Default;
                _options.Warn?.Invoke(new InputWarning("language " + language,
                    $"no '{language}' language pack (packs present: {string.Join(", ", _available)}); its articles are read with the '{_options.Language}' pack",
                    "language", Skipped: false));
            }
            _byLanguage = new(_byLanguage, StringComparer.Ordinal) { [language] = stages };
            return stages;
        }
    }

    /// <summary>Every set of stages built so far, the run's language first, then by language code.</summary>
    public IReadOnlyList<LanguageStages> Used =>
        [Default, .. _byLanguage.Values.Where(s => s != Default).Distinct().OrderBy(s => s.Pack.Language, StringComparer.Ordinal)];

    private LanguageStages Load(string language) =>
        LanguageStages.FromPack(LanguagePack.Open(language, _options.ResourceDirectory, _options.Overlays), _options);
}
