using System.CommandLine;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Sinks;
using KnowledgeGraph.Sinks.Html;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>The explorer page's options, shared by kg build --html and kg export --format html.</summary>
internal static class HtmlOptions
{
    public static Option<int> Limit()
    {
        var limit = new Option<int>("--html-limit")
        {
            Description = "Explorer page: above this many entities, start from the best-connected ones and load the rest on demand (0: show all)",
            DefaultValueFactory = _ => HtmlExplorerSink.DefaultInitialNodeLimit,
        };
        OptionRules.AtLeast(limit, 0, "a whole number of entities, 0 (show all) or more");
        return limit;
    }

    public static IGraphSink? Configure(IGraphSink? sink, int limit) =>
        sink is HtmlExplorerSink ? new HtmlExplorerSink { InitialNodeLimit = limit } : sink;

    public static void Write(EntityGraph graph, string path, int limit)
    {
        new HtmlExplorerSink { InitialNodeLimit = limit }.Write(graph, path);
        Console.WriteLine($"wrote {KnowledgeGraph.Sources.DisplayText.Escape(path)}");
    }
}
