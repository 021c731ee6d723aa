namespace KnowledgeGraph.Schema;

/// <summary>
/// Folds accented and special Latin letters to plain ASCII ("ğ" → "g", "ı" → "i", "ß" → "ss").
/// A table rather than Unicode decomposition: the tool runs with invariant globalization, where
/// string normalization leaves non-ASCII letters as they are.
/// </summary>
public static class LatinLetters
{
    private static readonly Dictionary<char, string> Folds = Build();

    private static Dictionary<char, string> Build()
    {
        var map = new Dictionary<char, string>();
        void Add(string letters, string plain) { foreach (var c in letters) map[c] = plain; }
        Add("ÀÁÂÃÄÅĀĂĄǍȀȂȦẠẢẤẦẨẪẬẮẰẲẴẶàáâãäåāăąǎȁȃȧạảấầẩẫậắằẳẵặ", "a");
        Add("ÇĆĈĊČçćĉċč", "c");
        Add("ĎĐďđ", "d");
        Add("ÈÉÊËĒĔĖĘĚȄȆẸẺẼẾỀỂỄỆèéêëēĕėęěȅȇẹẻẽếềểễệə", "e");
        Add("ĜĞĠĢĝğġģ", "g");
        Add("ĤĦĥħ", "h");
        Add("ÌÍÎÏĨĪĬĮİǏȈȊỈỊìíîïĩīĭįıǐȉȋỉị", "i");
        Add("Ĵĵ", "j");
        Add("Ķķ", "k");
        Add("ĹĻĽĿŁĺļľŀł", "l");
        Add("ÑŃŅŇñńņňŉ", "n");
        Add("ÒÓÔÕÖØŌŎŐƠǑȌȎỌỎỐỒỔỖỘỚỜỞỠỢòóôõöøōŏőơǒȍȏọỏốồổỗộớờởỡợ", "o");
        Add("ŔŖŘŕŗř", "r");
        Add("ŚŜŞŠȘśŝşšș", "s");
        Add("ŢŤŦȚţťŧț", "t");
        Add("ÙÚÛÜŨŪŬŮŰŲƯǓǕǗǙǛỤỦỨỪỬỮỰùúûüũūŭůűųưǔǖǘǚǜụủứừửữự", "u");
        Add("Ŵŵ", "w");
        Add("ÝŸŶỲỴỶỸýÿŷỳỵỷỹ", "y");
        Add("ŹŻŽźżž", "z");
        Add("ß", "ss");
        Add("Ææ", "ae");
        Add("Œœ", "oe");
        Add("Þþ", "th");
        Add("Ðð", "d");
        return map;
    }

    /// <summary>The plain form of a letter, or null when it has none (it is ASCII already, or not Latin).</summary>
    public static string? Fold(char c) => c < 128 ? null : Folds.GetValueOrDefault(c);
}
