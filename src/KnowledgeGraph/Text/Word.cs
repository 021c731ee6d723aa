namespace KnowledgeGraph.Text;

/// <summary>
/// A word of a sentence with its offsets in the article text and its lower-case form. A long
/// article has millions of words, so a word is its offsets and one reference to its pooled form
/// (16 bytes), not two string references.
/// </summary>
public readonly record struct Word(int Start, int End, WordForm Form)
{
    public string Text => Form.Text;

    public string Lower => Form.Lower;

    public bool IsCapitalised => Text.Length > 0 && (char.IsUpper(Text[0]) || char.IsDigit(Text[0]));
}
