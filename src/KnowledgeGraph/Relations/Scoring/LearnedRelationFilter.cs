using KnowledgeGraph.Graph;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Relations.Scoring;

/// <summary>
/// The learned relation stage: takes the rule extractors' candidates and the permissive pairs,
/// scores each with the relation model, and keeps a candidate when its probability reaches its
/// type's threshold (one for the rules' candidates, one for the added pairs). A type the model has no threshold for keeps exactly the rules' candidates.
/// </summary>
public sealed class LearnedRelationFilter : ICandidateStage
{
    private readonly RelationModel _model;
    private readonly CueWords _cues;

    public LearnedRelationFilter(RelationModel model, CueWords cues)
    {
        _model = model;
        _cues = cues;
    }

    public RelationModel Model => _model;

    /// <summary>The shipped model of a language with its cue words; a damaged model file is an <see cref="InvalidDataException"/>.</summary>
    public static LearnedRelationFilter Load(string resourceDirectory, string language = "id") =>
        new(RelationModel.Load(RelationModel.ModelPath(resourceDirectory, language)), CueWords.Load(resourceDirectory, language));

    public void Apply(Document document)
    {
        if (document.Relations.Count == 0 && document.Mentions.Count < 2) return;
        var ctx = new CandidateContext(document, _cues);
        var scored = CandidateSet.Collect(ctx, permissive: _model.Thresholds.Count > 0);
        document.Relations.Clear();
        foreach (var c in scored)
            if (Keep(c)) document.Relations.Add(c.Candidate);
    }

    public bool Keep(ScoredCandidate c) =>
        _model.Thresholds.TryGetValue(c.Candidate.Type, out var t) ? t.Keep(_model.Probability(c.Features), c.FromRules) : c.FromRules;

    public double Probability(ScoredCandidate c) => _model.Probability(c.Features);
}
