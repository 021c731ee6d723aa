using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Parsing;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// kg evaluate-parser: tags, lemmatizes and parses the words of a gold CoNLL-U file (its own
/// tokenisation) and prints UPOS, lemma, UAS and LAS accuracy, one per line.
/// </summary>
internal static class EvaluateParserCommand
{
    private static ConlluSentence Predicted(ParserModel model, ConlluSentence gold, string? style)
    {
        var a = model.Analyse(gold.Words.Select(w => w.Form).ToList(), style ?? gold.Comment("treebank"));
        var s = new ConlluSentence();
        s.Comments.AddRange(gold.Comments);
        s.MultiwordTokens.AddRange(gold.MultiwordTokens);
        for (int i = 0; i < gold.Words.Count; i++)
            s.Words.Add(new ConlluWord { Id = i + 1, Form = gold.Words[i].Form, Lemma = a.Lemmas[i], Upos = a.Upos[i], Head = a.Heads[i], Deprel = a.Relations[i], Misc = gold.Words[i].Misc });
        return s;
    }

    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Gold CoNLL-U file", Required = true };
        var model = new Option<FileInfo?>("--model") { Description = "Parser model (default: the bundled Resources/id/models/parser.bin)" };
        var style = new Option<string?>("--style") { Description = "Lemma conventions of this treebank (gsd, csui, pud); default: a sentence's '# treebank =' comment, else csui" };
        var output = new Option<FileInfo?>("--out") { Description = "Also write the predicted analyses as CoNLL-U, for comparing with the gold file" };
        var command = new Command("evaluate-parser", "Score the tagger, lemmatizer and parser on a gold CoNLL-U file (CoNLL 2018 UPOS, lemma, UAS, LAS).")
        {
            gold, model, style, output,
        };
        command.SetAction(parse =>
        {
            try
            {
                var path = parse.GetValue(model)?.FullName ?? ParserModel.ModelPath(Path.Combine(AppContext.BaseDirectory, "Resources"));
                var m = ParserModel.Load(path);
                var sentences = Conllu.ReadFile(parse.GetValue(gold)!.FullName);
                var agentMarkers = UdLabels.LoadAgentMarkers(null);
                foreach (var s in sentences) UdLabels.Harmonise(s, agentMarkers);
                var sw = Stopwatch.StartNew();
                var scores = ParserEvaluation.Evaluate(m, sentences, parse.GetValue(style));
                sw.Stop();
                if (parse.GetValue(output) is { } outFile) Conllu.WriteFile(outFile.FullName, sentences.Select(s => Predicted(m, s, parse.GetValue(style))));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"UPOS\t{scores.Upos:F4}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lemma\t{scores.Lemma:F4}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"UAS\t{scores.Uas:F4}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"LAS\t{scores.Las:F4}"));
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{sentences.Count} sentences, {scores.Words} words ({scores.LemmaWords} with a gold lemma) in {sw.Elapsed.TotalSeconds:F2} s"));
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"kg evaluate-parser: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
