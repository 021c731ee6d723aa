using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace KnowledgeGraph.Sources;

/// <summary>What a saved news page gave: its main text (the headline on the first line, then one paragraph a line) and its metadata.</summary>
public sealed record HtmlPage(string Text, string? Title, string? Outlet, string? Published, string? Url, string? Language);
