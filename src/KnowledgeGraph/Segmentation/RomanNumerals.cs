using System.Buffers;

namespace KnowledgeGraph.Segmentation;

/// <summary>
/// Roman numerals as news writes editions and regnal numbers ("Munas VI", "ke-XI"): two or
/// more numeral letters, in capitals as written in the text or in lower case in a key. A single
/// letter is more often an initial or a pronoun than a numeral.
/// </summary>
public static class RomanNumerals
{
    private static readonly SearchValues<char> Capitals = SearchValues.Create("IVXLCDM");
    private static readonly SearchValues<char> Small = SearchValues.Create("ivxlcdm");

    public static bool Is(ReadOnlySpan<char> word, bool lowerCase = false) =>
        word.Length >= 2 && !word.ContainsAnyExcept(lowerCase ? Small : Capitals);
}
