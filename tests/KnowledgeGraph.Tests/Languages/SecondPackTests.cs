using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Sources;
using KnowledgeGraph.Tests.Foundation;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Languages;

/// <summary>
/// A language is a folder: the toy English pack of the test fixtures (a few titles, one speech
/// verb, one attack verb, a few places) runs through every stage, and the stages it has no data
/// for (boilerplate, abbreviations, months, parser and tagger models, patterns) do less, not fail.
/// </summary>
public class SecondPackTests
{
    private const string English = "Border tension\n\nRuritania attacked Grand Fenwick on Monday.\nPresident Anna Berg said the Northern Alliance would answer.\n";
    private const string Indonesian = "Ketegangan di perbatasan\n\nMenteri Luar Negeri Retno Marsudi mengatakan Jepang harus berunding dengan Korea Selatan.\n";

    private static EntityGraph Build(ExtractionOptions options, params Article[] articles)
    {
        var pipeline = ExtractionPipeline.CreateDefault(options with { Overlays = [PackFolders.ToyRoot] });
        pipeline.Jobs = 2;
        return pipeline.Run(articles);
    }

    private static List<string> EdgesOf(string graphJson)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(graphJson));
        return doc.RootElement.GetProperty("edges").EnumerateArray()
            .Select(e => $"{e.GetProperty("source").GetString()} {e.GetProperty("type").GetString()} {e.GetProperty("target").GetString()}").ToList();
    }

    private static IEnumerable<string> Edges(EntityGraph graph) =>
        graph.Relations.Where(r => r.Type != RelationType.MENTIONED_IN).Select(r => $"{r.Source.Id} {r.Type} {r.Target.Id}");

    [Test]
    public void An_article_in_the_second_language_is_read_with_its_pack_through_every_stage()
    {
        var warnings = new List<InputWarning>();
        var graph = Build(new ExtractionOptions { Warn = warnings.Add },
            new Article("en1", English, "en1.jsonl", Language: "en"),
            new Article("id1", Indonesian, "id1.txt"));
        var edges = Edges(graph).ToList();
        Assert.That(edges, Does.Contain("place:ruritania ATTACKED place:grand-fenwick"));
        Assert.That(edges, Does.Contain("person:anna-berg STATED organization:northern-alliance"));
        Assert.That(graph.FindNode("person:anna-berg")?.Type, Is.EqualTo(NodeType.Person));
        Assert.That(graph.FindNode("place:ruritania")?.Type, Is.EqualTo(NodeType.Place));
        Assert.That(graph.FindNode("organization:northern-alliance")?.Type, Is.EqualTo(NodeType.Organization));
        Assert.That(edges, Does.Contain("person:retno-marsudi STATED place:jepang"), "the Indonesian article next to it keeps its own pack");
        Assert.That(graph.FindNode("article:en1")?.Language, Is.EqualTo("en"));
        Assert.That(warnings, Is.Empty);
    }

    [Test]
    public void The_english_words_mean_nothing_to_the_indonesian_pack()
    {
        var graph = Build(new ExtractionOptions(), new Article("en1", English, "en1.txt", Language: "id"));
        Assert.That(Edges(graph).Where(e => e.Contains("ATTACKED")), Is.Empty);
    }

    [Test]
    public void An_article_in_a_language_without_a_pack_is_read_with_the_default_pack_and_told_once()
    {
        var warnings = new List<InputWarning>();
        var graph = Build(new ExtractionOptions { Warn = warnings.Add },
            new Article("fr1", Indonesian, "fr1.jsonl", Language: "fr"),
            new Article("fr2", Indonesian.Replace("Jepang", "Tiongkok"), "fr2.jsonl", Language: "fr"));
        Assert.That(Edges(graph), Does.Contain("person:retno-marsudi STATED place:jepang"));
        Assert.That(warnings, Has.Count.EqualTo(1));
        Assert.That(warnings[0].Message, Does.Contain("'fr'").And.Contain("'id' pack"));
    }

    [Test]
    public void The_pipeline_refuses_a_default_language_without_a_pack()
    {
        var e = Assert.Throws<UnknownLanguageException>(() => ExtractionPipeline.CreateDefault(new ExtractionOptions { Language = "xx" }))!;
        Assert.That(e.Message, Does.Contain("'xx'").And.Contain("id"));
    }

    [Test]
    public void Kg_build_language_reads_text_files_with_the_named_pack()
    {
        var dir = KgRunner.NewTempDir("lang");
        var input = Path.Combine(dir, "a.txt");
        File.WriteAllText(input, English);
        var (code, _, err) = KgRunner.Run("build", input, "--out", Path.Combine(dir, "out"), "--resources", PackFolders.ToyRoot, "--language", "en");
        Assert.That(code, Is.EqualTo(0), err);
        var edges = EdgesOf(Path.Combine(dir, "out", "graph.json"));
        Assert.That(edges, Does.Contain("place:ruritania ATTACKED place:grand-fenwick"));
        Assert.That(edges, Does.Contain("person:anna-berg STATED organization:northern-alliance"));
    }

    [Test]
    public void Kg_build_picks_the_pack_of_each_json_lines_record_by_its_language_field()
    {
        var dir = KgRunner.NewTempDir("lang");
        var input = Path.Combine(dir, "mixed.jsonl");
        File.WriteAllLines(input,
        [
            System.Text.Json.JsonSerializer.Serialize(new { id = "en1", text = English, language = "en-GB" }),
            System.Text.Json.JsonSerializer.Serialize(new { id = "id1", text = Indonesian }),
        ]);
        var (code, _, err) = KgRunner.Run("build", input, "--out", Path.Combine(dir, "out"), "--resources", PackFolders.ToyRoot);
        Assert.That(code, Is.EqualTo(0), err);
        var edges = EdgesOf(Path.Combine(dir, "out", "graph.json"));
        Assert.That(edges, Does.Contain("place:ruritania ATTACKED place:grand-fenwick"), "the English record is read with the English pack");
        Assert.That(edges, Does.Contain("person:retno-marsudi STATED place:jepang"), "the record without a language is read with the default pack");
    }

    [Test]
    public void Kg_build_with_an_unknown_language_lists_the_packs_and_exits_2()
    {
        var dir = KgRunner.NewTempDir("lang");
        var input = Path.Combine(dir, "a.txt");
        File.WriteAllText(input, English);
        var (code, _, err) = KgRunner.Run("build", input, "--out", Path.Combine(dir, "out"), "--language", "xx");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(err.Trim().Split('\n'), Has.Length.EqualTo(1), err);
        Assert.That(err, Does.Contain("'xx'").And.Contain("packs present: id"));
        Assert.That(Directory.Exists(Path.Combine(dir, "out")), Is.False);
    }
}
