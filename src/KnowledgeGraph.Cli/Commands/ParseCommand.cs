using System.CommandLine;
using KnowledgeGraph.Cleaning;
using KnowledgeGraph.Language;
using KnowledgeGraph.Parsing;
using KnowledgeGraph.Segmentation;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// kg parse: prints what the parser reads in each article, as CoNLL-U: the same cleaning and
/// sentence splitting as kg build, clitics split as multiword tokens, article offsets in MISC
/// (TokenRange=start:end, end exclusive).
/// </summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Text files or folders (searched recursively for .txt)", Arity = ArgumentArity.OneOrMore };
        var model = new Option<FileInfo?>("--model") { Description = "Parser model (default: the bundled Resources/id/models/parser.bin)" };
        var command = new Command("parse", "Tag, lemmatize and parse text files and print CoNLL-U with article offsets.") { inputs, model };
        command.SetAction(parse =>
        {
            try
            {
                return Run(parse.GetValue(inputs)!, parse.GetValue(model)?.FullName);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or FormatException or InputException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"kg parse: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static int Run(string[] inputs, string? modelPath)
    {
        var dir = LanguageResources.DefaultDirectory;
        const string lang = "id";
        Action<InputWarning> warn = w => Console.Error.WriteLine("warning: " + w.Message);
        var files = ArticleReader.ExpandInputs(inputs, warn);
        var model = ParserModel.LoadShared(modelPath ?? ParserModel.ModelPath(dir, lang));
        var parser = new SentenceParser(model, new WordSplitter(WordSplitter.LoadRules(dir, lang), model.Clitics));
        var pack = KnowledgeGraph.Packs.LanguagePack.Open(lang, dir);
        ICleaner cleaner = new CleanerChain(new MojibakeRepair(), BoilerplateCleaner.FromPack(pack),
            DetachedPrefixRepair.FromPack(pack, pack.CommonWords));
        var segmenter = IndonesianSegmenter.Load(dir, lang);
        int read = 0;
        var reader = new ArticleReader(warn);
        var stdout = Console.Out;
        foreach (var article in reader.Read(files))
        {
            read++;
            var clean = cleaner.Clean(article);
            stdout.Write($"# newdoc id = {article.Id}\n");
            foreach (var sentence in segmenter.Segment(clean.Text))
                Conllu.Write(stdout, parser.Parse(sentence).ToConllu($"{article.Id}-{sentence.Index + 1}"));
        }
        stdout.Flush();
        if (read == 0)
        {
            Console.Error.WriteLine($"kg parse: none of the {files.Count} input files could be read");
            return 1;
        }
        return 0;
    }
}
