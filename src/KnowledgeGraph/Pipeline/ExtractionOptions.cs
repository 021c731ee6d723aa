using KnowledgeGraph.Language;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Pipeline;

/// <summary>
/// How the standard pipeline is put together. <see cref="ResourceDirectory"/> holds the
/// language packs, one folder per language (default: Resources next to the binaries); each folder
/// of <see cref="Overlays"/> has the same layout and merges into them (more gazetteer names, titles,
/// cue words) without recompiling.
/// </summary>
public sealed record ExtractionOptions
{
    public string? ResourceDirectory { get; init; }
    public IReadOnlyList<string> Overlays { get; init; } = [];

    /// <summary>The pack for articles that name no language, or one without a pack; it must be present.</summary>
    public string Language { get; init; } = LanguagePack.DefaultLanguage;

    /// <summary>Told once per language when articles name a language without a pack (they are read with <see cref="Language"/>'s).</summary>
    public Action<InputWarning>? Warn { get; init; }

    /// <summary>Whether the statistical tagger votes (when its model file is present).</summary>
    public bool UseStatisticalNer { get; init; } = true;

    /// <summary>Whether sentences are tagged, lemmatized and parsed (when the parser model is present).</summary>
    public bool UseParser { get; init; } = true;

    /// <summary>
    /// Parse every document as soon as it is segmented and keep the parse with it; false (the default):
    /// each sentence is parsed when a stage reads it and not kept (the relation extractors, which read
    /// the parse, run in the parallel per-article step, and a whole article's parse takes far more
    /// memory than its text).
    /// </summary>
    public bool ParseEagerly { get; init; }

    /// <summary>
    /// The stage that judges relation candidates after the extractors. Null: the learned
    /// relation model of the language (models/relations.tsv) when it is present and
    /// <see cref="UseRelationModel"/> is on; otherwise the rules' candidates are kept as they are.
    /// </summary>
    public Relations.Scoring.ICandidateStage? CandidateStage { get; init; }

    /// <summary>Whether a relation model judges the candidates: <see cref="RelationModelPath"/>, else the language's models/relations.tsv when present.</summary>
    public bool UseRelationModel { get; init; } = true;

    /// <summary>A relation model written by <c>kg train-relations</c>; null: the language's own, if it has one.</summary>
    public string? RelationModelPath { get; init; }

    /// <summary>Names of stages to leave out (see <see cref="ExtractionPipeline.DefaultStages"/>); an unknown name is an error.</summary>
    public IReadOnlyCollection<string> SkipStages { get; init; } = [];

    /// <summary>Stages put in place of the standard stage of the same name; an unknown name is an error.</summary>
    public IReadOnlyCollection<PipelineStage> ReplaceStages { get; init; } = [];
}
