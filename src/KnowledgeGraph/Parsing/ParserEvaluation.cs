namespace KnowledgeGraph.Parsing;

public static class ParserEvaluation
{
    /// <summary>
    /// Tags, lemmatizes and parses each gold sentence's own words and counts agreement. Words whose
    /// gold lemma is "_" (unannotated) are left out of the lemma figure only.
    /// </summary>
    /// <param name="style">Lemma conventions to follow; null: each sentence's "# treebank = " comment when the model knows it, else the default.</param>
    public static ParserScores Evaluate(ParserModel model, IEnumerable<ConlluSentence> gold, string? style = null)
    {
        int words = 0, upos = 0, lemmaWords = 0, lemma = 0, head = 0, labelled = 0;
        foreach (var s in gold)
        {
            var forms = s.Words.Select(w => w.Form).ToList();
            var a = model.Analyse(forms, style ?? s.Comment("treebank"));
            for (int i = 0; i < forms.Count; i++)
            {
                var g = s.Words[i];
                words++;
                if (a.Upos[i] == g.Upos) upos++;
                if (g.Lemma != "_")
                {
                    lemmaWords++;
                    if (a.Lemmas[i] == g.Lemma) lemma++;
                }
                if (a.Heads[i] == g.Head)
                {
                    head++;
                    if (UdLabels.Universal(a.Relations[i]) == UdLabels.Universal(g.Deprel)) labelled++;
                }
            }
        }
        return new ParserScores(words, upos, lemmaWords, lemma, head, labelled);
    }
}
