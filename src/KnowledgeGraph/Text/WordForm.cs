namespace KnowledgeGraph.Text;

/// <summary>A word as written and in lower case (invariant culture); one object per distinct word of a pass (<see cref="WordPool"/>).</summary>
public sealed record WordForm(string Text, string Lower);
