namespace KnowledgeGraph.Sources;

/// <summary>Formats by file name, and by the first bytes where the name does not say.</summary>
public static class InputFormats
{
    /// <summary>The extensions picked up inside folders and archives.</summary>
    public static readonly IReadOnlyList<string> Extensions =
        [".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".json", ".gz", ".tgz", ".zip", ".tar"];

    public static InputFormat ByName(string name)
    {
        var n = name.ToLowerInvariant();
        if (n.EndsWith(".tar.gz", StringComparison.Ordinal) || n.EndsWith(".tgz", StringComparison.Ordinal)) return InputFormat.TarGzip;
        return Path.GetExtension(n) switch
        {
            ".txt" or ".text" => InputFormat.Text,
            ".html" or ".htm" or ".xhtml" => InputFormat.Html,
            ".jsonl" or ".ndjson" => InputFormat.JsonLines,
            ".json" => InputFormat.Json,
            ".gz" => InputFormat.Gzip,
            ".zip" => InputFormat.Zip,
            ".tar" => InputFormat.Tar,
            _ => InputFormat.Unknown,
        };
    }

    /// <summary>A compressed or archived input is known by its magic bytes whatever its name.</summary>
    public static InputFormat ByContent(ReadOnlySpan<byte> head, InputFormat byName)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
            return byName is InputFormat.TarGzip or InputFormat.Gzip ? byName : InputFormat.Gzip;
        if (head.StartsWith("PK\u0003\u0004"u8)) return InputFormat.Zip;
        return byName;
    }

    /// <summary>The name without its format extensions: <c>dump.jsonl.gz</c> → <c>dump</c>.</summary>
    public static string BaseName(string path)
    {
        var name = Path.GetFileName(path.Replace('\\', '/').TrimEnd('/'));
        var format = ByName(name);
        if (format == InputFormat.TarGzip)
            return name[..(name.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase) ? ^4 : ^7)];
        if (format == InputFormat.Gzip)
        {
            name = name[..^3];
            if (ByName(name) == InputFormat.Unknown) return name;
        }
        return Path.GetFileNameWithoutExtension(name);
    }

    /// <summary>Whether a file of this name is one article (its id is the file's) rather than a collection of them.</summary>
    public static bool HoldsOneArticle(string path)
    {
        var format = ByName(path);
        if (format == InputFormat.Gzip) format = ByName(Path.GetFileName(path)[..^3]);
        return format is InputFormat.Text or InputFormat.Html or InputFormat.Unknown;
    }
}
