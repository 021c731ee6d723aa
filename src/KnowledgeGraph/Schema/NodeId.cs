using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Schema;

/// <summary>
/// Stable, readable node ids such as <c>person:jens-stoltenberg</c>. The id depends only on
/// the type and the canonical name, so every run and every sink agrees on it and a Neo4j
/// MERGE on it is idempotent.
/// </summary>
public static class NodeId
{
    public static string For(NodeType type, string canonicalName) =>
        Prefix(type) + ":" + Slug(canonicalName);

    public static string Prefix(NodeType type) => type.ToString().ToLowerInvariant();

    /// <summary>
    /// Lower-case ASCII words joined by '-'. Letters outside ASCII lose their diacritics;
    /// names with no Latin letters at all (e.g. Cyrillic) fall back to a short hash so the
    /// id is never empty and stays stable.
    /// </summary>
    public static string Slug(string name)
    {
        // Letters are folded by table: with invariant globalization, Normalize(FormD) leaves them whole.
        var sb = new StringBuilder(name.Length);
        bool pendingDash = false;
        foreach (var ch in name)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            if (ch >= 128 && LatinLetters.Fold(ch) is { } plain)
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                sb.Append(plain);
            }
            else if (ch < 128 && char.IsLetterOrDigit(ch))
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else
            {
                pendingDash = true;
            }
        }
        if (sb.Length > 0) return sb.ToString();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name.Normalize(NormalizationForm.FormC)));
        return "x" + Convert.ToHexString(hash, 0, 6).ToLowerInvariant();
    }
}
