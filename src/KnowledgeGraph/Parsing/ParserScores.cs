namespace KnowledgeGraph.Parsing;

/// <summary>Accuracy over gold-tokenised sentences, in the CoNLL 2018 sense (punctuation included, universal relations compared).</summary>
public sealed record ParserScores(int Words, int UposCorrect, int LemmaWords, int LemmaCorrect, int HeadCorrect, int LabelledCorrect)
{
    public double Upos => Ratio(UposCorrect, Words);
    public double Lemma => Ratio(LemmaCorrect, LemmaWords);
    public double Uas => Ratio(HeadCorrect, Words);
    public double Las => Ratio(LabelledCorrect, Words);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    public static ParserScores operator +(ParserScores a, ParserScores b) => new(a.Words + b.Words, a.UposCorrect + b.UposCorrect,
        a.LemmaWords + b.LemmaWords, a.LemmaCorrect + b.LemmaCorrect, a.HeadCorrect + b.HeadCorrect, a.LabelledCorrect + b.LabelledCorrect);

    public static readonly ParserScores Zero = new(0, 0, 0, 0, 0, 0);
}
