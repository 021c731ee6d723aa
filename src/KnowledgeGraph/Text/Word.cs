using System.Text.RegularExpressions;
using KnowledgeGraph.Segmentation;

namespace KnowledgeGraph.Text;

/// <summary>A word of a sentence with its offsets in the article text and its lower-case form.</summary>
public readonly record struct Word(int Start, int End, string Text, string Lower)
{
    public bool IsCapitalised => Text.Length > 0 && (char.IsUpper(Text[0]) || char.IsDigit(Text[0]));
}
