namespace KnowledgeGraph.Evaluation;

/// <summary>Precision, recall and F1 (rounded to 4 decimals) from counts.</summary>
public sealed record Prf(int Tp, int Fp, int Fn, double Precision, double Recall, double F1)
{
    public static Prf From(int tp, int fp, int fn)
    {
        double p = tp + fp > 0 ? (double)tp / (tp + fp) : 0.0;
        double r = tp + fn > 0 ? (double)tp / (tp + fn) : 0.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new Prf(tp, fp, fn, ScoringText.Round(p, 4), ScoringText.Round(r, 4), ScoringText.Round(f, 4));
    }
}
