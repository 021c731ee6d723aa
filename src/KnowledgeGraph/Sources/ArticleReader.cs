using System.Buffers;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Sources;

/// <summary>
/// Files, folders, archives and standard input to articles, one at a time: nothing is
/// unpacked to disk and no file is held in memory whole except one article's bytes, so a
/// dump of any size streams through. Formats are known by extension and, for compressed
/// inputs, by their first bytes: plain text, saved HTML pages, JSON Lines and JSON arrays of
/// records, and gzip, zip and tar(.gz) archives of them. Folders are searched recursively
/// and read in ordinal path order, archives in their own order, so the same corpus always
/// yields the same articles in the same order. Every input that cannot be used is reported
/// through the warning callback with the file and the line, record or entry, and the rest
/// is read.
/// </summary>
public sealed class ArticleReader
{
    /// <summary>The extensions picked up inside folders; files named directly are read whatever their extension.</summary>
    public static IReadOnlyList<string> ArticleExtensions => InputFormats.Extensions;

    private readonly Action<InputWarning> _warn;
    private readonly ArticleReaderOptions _options;
    private HtmlArticleExtractor? _html;
    private ArticleIds _ids = new([], InputFormats.BaseName, _ => true);

    public ArticleReader(Action<InputWarning>? onWarning = null, ArticleReaderOptions? options = null)
    {
        _warn = onWarning ?? (_ => { });
        _options = options ?? new ArticleReaderOptions();
    }

    private HtmlArticleExtractor Html => _html ??= _options.Html
        ?? HtmlArticleExtractor.Load(_options.ResourceDirectories, _options.Language);

    public static bool IsArticleFile(string path) => InputFormats.ByName(path) != InputFormat.Unknown;

    /// <summary>
    /// Expands the user's inputs into the files to read. Throws <see cref="InputException"/>
    /// for a path that does not exist or when nothing is left.
    /// </summary>
    public static IReadOnlyList<InputFile> ExpandInputs(IEnumerable<string> inputs, Action<InputWarning>? onWarning = null) =>
        InputFiles.Expand(inputs, IsArticleFile, string.Join(", ", ArticleExtensions), onWarning);

    /// <summary>Reads files by path (each taken as named, ids from the file names).</summary>
    public IEnumerable<Article> Read(IEnumerable<string> paths) => Read(paths.Select(p => new InputFile(p, p.Replace('\\', '/'))).ToList());

    public IEnumerable<Article> Read(IReadOnlyList<InputFile> files)
    {
        _ids = new ArticleIds(files, InputFormats.BaseName, InputFormats.HoldsOneArticle);
        _totalBytes = files.Any(f => f.IsStandardInput) ? 0 : files.Sum(f => Size(f.Path));
        _doneBytes = 0;
        foreach (var file in files)
        {
            var articles = file.IsStandardInput ? FromStandardInput() : FromFile(file);
            foreach (var article in Guarded(articles, file.IsStandardInput ? "stdin" : file.Path))
                yield return article;
            _current = null;
            if (!file.IsStandardInput) _doneBytes += Size(file.Path);
        }
    }

    private long _totalBytes, _doneBytes;
    private FileStream? _current;

    /// <summary>
    /// How much of the input has been read, 0 to 1, by bytes of the files (compressed bytes for
    /// compressed files); null when it cannot be known (standard input).
    /// </summary>
    public double? Fraction
    {
        get
        {
            if (_totalBytes <= 0) return null;
            long done = _doneBytes;
            var current = _current;
            try
            {
                if (current is not null && current.CanSeek) done += current.Position;
            }
            catch (ObjectDisposedException)
            {
                // Finished between the two reads: counted with the next file.
            }
            return Math.Min(1.0, (double)done / _totalBytes);
        }
    }

    private static long Size(string path)
    {
        try { return new FileInfo(path).Length; }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return 0; }
    }

    private IEnumerable<Article> FromStandardInput()
    {
        var stream = _options.StandardInput();
        return JsonLines(stream, "stdin", "stdin", leaveOpen: true);
    }

    private IEnumerable<Article> FromFile(InputFile file)
    {
        // Checked again at open time: the file may have been replaced by a FIFO since the listing.
        if (FileSystemProbe.KindOf(file.Path) == FileKind.Special)
        {
            _warn(new InputWarning(file.Path, "not a regular file (a FIFO, socket or device); not opened", "not a regular file"));
            return [];
        }
        FileStream stream;
        try
        {
            // A buffer no larger than the file: most articles are a few kilobytes, and a 64 KB
            // buffer for each was the largest single allocation of a corpus build.
            long length = new FileInfo(file.Path).Length;
            stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, (int)Math.Clamp(length, 1, 1 << 16));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _warn(new InputWarning(file.Path, "cannot be read: " + ex.Message, "unreadable"));
            return [];
        }
        _current = stream;
        var source = file.Path.Replace('\\', '/');
        return FromStream(stream, file.Path, Path.GetFileName(file.Path), source, _ids.ForFile(file), fileId: true);
    }

    /// <summary>
    /// The articles of one stream (a file, an archive entry, a decompressed stream). The stream
    /// is disposed when its articles have been read. <paramref name="id"/> is the article id
    /// (for one-article formats) or the base of record ids; <paramref name="fileId"/> says it
    /// was planned for the whole run and is already taken.
    /// </summary>
    private IEnumerable<Article> FromStream(Stream stream, string where, string name, string source, string id, bool fileId, bool compressed = false)
    {
        var format = InputFormats.ByName(name);
        var head = Peek(ref stream, 4);
        format = InputFormats.ByContent(head, format);
        switch (format)
        {
            case InputFormat.Gzip:
            {
                var inner = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
                if (InputFormats.ByName(inner) == InputFormat.Tar) return Tar(new GZipStream(stream, CompressionMode.Decompress), where, source);
                return FromStream(new GZipStream(stream, CompressionMode.Decompress), where, inner, source, id, fileId, compressed: true);
            }
            case InputFormat.TarGzip:
                return Tar(new GZipStream(stream, CompressionMode.Decompress), where, source);
            case InputFormat.Tar:
                return Tar(stream, where, source);
            case InputFormat.Zip:
                return Zip(stream, where, source);
            case InputFormat.JsonLines:
                return JsonLines(stream, where, id, leaveOpen: false, compressed);
            case InputFormat.Json:
                if (head.Length > 0 && FirstNonSpace(head) == '[') return JsonArray(stream, where, id);
                return stream.CanSeek ? JsonObjectOrLines(stream, where, id) : JsonLines(stream, where, id, leaveOpen: false, compressed);
            case InputFormat.Html:
                return One(stream, where, source, id, fileId, html: true);
            default:
                return One(stream, where, source, id, fileId, html: false);
        }
    }

    private IEnumerable<Article> One(Stream stream, string where, string source, string id, bool fileId, bool html)
    {
        byte[] bytes;
        long? sourceBytes;
        using (stream) bytes = ReadBounded(stream, _options.MaxArticleBytes, out sourceBytes);
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            _warn(new InputWarning(where, decoded.Problem ?? "unreadable", KindOf(decoded.Problem)));
            yield break;
        }
        if (decoded.Warning is not null) _warn(new InputWarning(where, decoded.Warning, "repaired", Skipped: false));
        if (!fileId) id = _ids.ClaimDistinct(id, where);
        if (!html)
        {
            var (text, stamped) = DateStamp.Read(decoded.Text);
            yield return new Article(id, text, source, Title: FirstLine(text), Published: stamped) { SourceBytes = sourceBytes };
            yield break;
        }
        var bounded = Bounded(decoded.Text, where, sourceBytes);
        if (bounded is null) yield break;
        var page = Html.Extract(bounded, null, out var problem);
        if (page is null)
        {
            _warn(new InputWarning(where, problem ?? "no article found", "no article body"));
            yield break;
        }
        yield return new Article(id, page.Text, source, page.Title ?? FirstLine(page.Text), page.Published, page.Outlet, page.Url, page.Language);
    }

    // An article's bytes, or with a limit only as many as a cut article of that size can need:
    // twice the limit (UTF-16 takes two bytes a character), ended at a line end so that no
    // character is cut in two. The rest is counted, not kept; sourceBytes is null when all was read.
    private static byte[] ReadBounded(Stream stream, long maxArticleBytes, out long? sourceBytes)
    {
        sourceBytes = null;
        long cap = maxArticleBytes > 0 ? Math.Min(maxArticleBytes * 2 + 4, Array.MaxLength) : long.MaxValue;
        var buffer = stream.CanSeek ? new MemoryStream((int)Math.Clamp(stream.Length - stream.Position, 0, Math.Min(cap, 1 << 20))) : new MemoryStream();
        // One pooled chunk for every article: a new one each would be some 64 KB of garbage per article.
        var chunk = ArrayPool<byte>.Shared.Rent(1 << 16);
        long total = 0;
        try
        {
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (total < cap) buffer.Write(chunk, 0, (int)Math.Min(n, cap - total));
                total += n;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        if (total <= cap) return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
        sourceBytes = total;
        var kept = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        int end = kept.LastIndexOf((byte)'\n');
        // UTF-16 little endian writes its line end as 0A 00: keep the whole character.
        if (end >= 0 && end + 1 < kept.Length && kept[end + 1] == 0) end++;
        // No line end late enough: end after the last ASCII byte, so no UTF-8 character is cut in two.
        if (end <= kept.Length / 2) end = kept.LastIndexOfAnyInRange((byte)0, (byte)0x7F);
        return kept[..(end + 1)].ToArray();
    }

    /// <summary>The page as far as the page reader may read it (see <see cref="PageBounds"/>), with a warning when cut; null, warned, when it is nested too deep to read.</summary>
    private string? Bounded(string html, string where, long? sourceBytes)
    {
        var scan = PageBounds.Scan(html, _options.MaxArticleBytes);
        switch (scan.Limit)
        {
            case PageLimit.Depth:
                _warn(new InputWarning(where, $"elements nested more than {PageBounds.MaxDepth} deep: not a news page, and too costly to read", "too deeply nested"));
                return null;
            case PageLimit.Bytes:
                _warn(new InputWarning("cut " + where, $"page of {sourceBytes ?? Encoding.UTF8.GetByteCount(html)} bytes, kept the first {Encoding.UTF8.GetByteCount(html.AsSpan(0, scan.Keep))} (--max-article-bytes {_options.MaxArticleBytes})", "cut", Skipped: false));
                return html[..scan.Keep];
            case PageLimit.Tags:
                _warn(new InputWarning("cut " + where, $"page of more than {PageBounds.MaxTags} tags, kept the first {PageBounds.MaxTags}", "cut", Skipped: false));
                return html[..scan.Keep];
            default:
                return html;
        }
    }

    private IEnumerable<Article> JsonLines(Stream stream, string where, string baseId, bool leaveOpen, bool compressed = false)
    {
        // Damaged deflate data can decode to garbage for a long way before the stream notices;
        // in a compressed file, bytes that are not UTF-8 are taken as that damage.
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: compressed), detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen);
        int number = 0, brokenInARow = 0;
        while (true)
        {
            string? line;
            try
            {
                line = reader.ReadLine();
            }
            catch (Exception ex) when (ex is InvalidDataException or DecoderFallbackException)
            {
                _warn(new InputWarning($"{where}:{number + 1}", "corrupt compressed data, the rest of the file is skipped: " + FirstSentence(ex.Message), "corrupt archive"));
                yield break;
            }
            if (line is null) yield break;
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var at = $"{where}:{number}";
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
            }
            catch (JsonException ex)
            {
                // Deflate data damaged in the middle decodes to garbage until the checksum at the
                // end of the member; many broken lines in a row in a compressed file are that.
                if (compressed && ++brokenInARow == CorruptAfterBrokenLines)
                {
                    _warn(new InputWarning(at, $"corrupt compressed data: {CorruptAfterBrokenLines} lines in a row are not JSON; the rest of the file is skipped", "corrupt archive"));
                    yield break;
                }
                _warn(new InputWarning(at, "broken JSON: " + FirstSentence(ex.Message), "broken JSON"));
                continue;
            }
            brokenInARow = 0;
            using (doc)
            {
                var article = FromRecord(doc.RootElement, at, baseId + "-" + number);
                if (article is not null) yield return article;
            }
        }
    }

    private const int CorruptAfterBrokenLines = 10;

    /// <summary>
    /// A .json file that starts with an object: records one per line, or one object over many
    /// lines (one record, or a graph file this tool wrote, which is not articles).
    /// </summary>
    private IEnumerable<Article> JsonObjectOrLines(Stream stream, string where, string baseId)
    {
        bool firstLineWhole;
        using (var probe = new StreamReader(stream, Encoding.UTF8, true, 1 << 16, leaveOpen: true))
        {
            string? first;
            do first = probe.ReadLine(); while (first is not null && string.IsNullOrWhiteSpace(first));
            firstLineWhole = first is not null && IsJson(first);
        }
        stream.Seek(0, SeekOrigin.Begin);
        if (firstLineWhole) return JsonLines(stream, where, baseId, leaveOpen: false);
        return OneJsonObject(stream, where, baseId);
    }

    private IEnumerable<Article> OneJsonObject(Stream stream, string where, string baseId)
    {
        JsonDocument doc;
        using (stream)
        {
            try
            {
                doc = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
            }
            catch (JsonException ex)
            {
                _warn(new InputWarning(where, "broken JSON: " + FirstSentence(ex.Message), "broken JSON"));
                yield break;
            }
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String
                && f.GetString() == "knowledgegraph")
            {
                _warn(new InputWarning(where, "a knowledge graph written by kg, not articles", "not articles"));
                yield break;
            }
            var article = FromRecord(root, where, baseId);
            if (article is not null) yield return article;
        }
    }

    private static bool IsJson(string line)
    {
        try
        {
            using var _ = JsonDocument.Parse(line);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private IEnumerable<Article> JsonArray(Stream stream, string where, string baseId)
    {
        int index = 0;
        using (stream)
        {
            // Read element by element: a file of any size never sits in memory whole.
            var elements = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream).ToBlockingEnumerable();
            using var e = elements.GetEnumerator();
            while (true)
            {
                JsonElement record;
                try
                {
                    if (!e.MoveNext()) break;
                    record = e.Current;
                }
                catch (JsonException ex)
                {
                    // Inside an array there is no next line to resync on: the rest of the file is lost.
                    _warn(new InputWarning($"{where}[{index}]", "broken JSON, the rest of the file is skipped: " + FirstSentence(ex.Message), "broken JSON"));
                    yield break;
                }
                var article = FromRecord(record, $"{where}[{index}]", baseId + "-" + (index + 1));
                index++;
                if (article is not null) yield return article;
            }
        }
    }

    private Article? FromRecord(JsonElement record, string at, string fallbackId)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            _warn(new InputWarning(at, $"not a JSON object but {record.ValueKind.ToString().ToLowerInvariant()}", "not a record"));
            return null;
        }
        var f = _options.Fields;
        var url = MetadataValues.OneLine(RecordFields.Find(record, f.Url));
        var title = MetadataValues.OneLine(RecordFields.Find(record, f.Title));
        var rawDate = RecordFields.Find(record, f.Date);
        var date = MetadataValues.Date(rawDate);
        if (rawDate is not null && date is null)
            _warn(new InputWarning(at, $"date \"{rawDate}\" not understood; the date is looked for in the text", "date not understood", Skipped: false));
        var outlet = MetadataValues.OneLine(RecordFields.Find(record, f.Outlet));
        var language = MetadataValues.Language(RecordFields.Find(record, f.Language));

        var text = RecordFields.Find(record, f.Text);
        if (text is not null) text = TextDecoder.NormaliseLineEnds(text).Normalize(NormalizationForm.FormC);
        if (string.IsNullOrWhiteSpace(text))
        {
            var html = RecordFields.Find(record, f.Html);
            if (string.IsNullOrWhiteSpace(html))
            {
                _warn(new InputWarning(at, $"record has no text (fields {string.Join(", ", f.Text.Concat(f.Html))})", "no text"));
                return null;
            }
            var bounded = Bounded(html, at, null);
            if (bounded is null) return null;
            var page = Html.Extract(bounded, url, out var problem);
            if (page is null)
            {
                _warn(new InputWarning(at, problem ?? "no article found in its html", "no article body"));
                return null;
            }
            // What the record says explicitly wins over what the page says.
            text = page.Text;
            title ??= page.Title;
            date ??= page.Published;
            outlet ??= page.Outlet;
            url ??= page.Url;
            language ??= page.Language;
        }

        string id;
        var explicitId = MetadataValues.OneLine(RecordFields.Find(record, f.Id));
        if (explicitId is not null || url is not null)
        {
            id = explicitId ?? MetadataValues.IdFromUrl(url!);
            if (!_ids.TryClaim(id))
            {
                _warn(new InputWarning(at, $"duplicate article id \"{id}\" (an article of this run already has it)", "duplicate"));
                return null;
            }
        }
        else
        {
            id = _ids.ClaimDistinct(fallbackId, at);
        }
        return new Article(id, text, at.Replace('\\', '/'), title ?? FirstLine(text), date, outlet, url, language);
    }

    private IEnumerable<Article> Zip(Stream stream, string where, string source)
    {
        if (!stream.CanSeek)
        {
            stream.Dispose();
            _warn(new InputWarning(where, "a zip archive inside a compressed stream cannot be read without unpacking it; unpack it first", "unsupported"));
            yield break;
        }
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException ex)
        {
            stream.Dispose();
            _warn(new InputWarning(where, "not a readable zip archive: " + ex.Message, "corrupt archive"));
            yield break;
        }
        using (zip)
        {
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith('/') || !IsArticleFile(entry.Name)) continue;
                var at = $"{where}!{entry.FullName}";
                Stream data;
                try
                {
                    data = entry.Open();
                }
                catch (InvalidDataException ex)
                {
                    _warn(new InputWarning(at, "cannot be unpacked: " + ex.Message, "corrupt archive"));
                    continue;
                }
                var articles = FromStream(data, at, entry.Name, $"{source}!{entry.FullName}", InputFormats.BaseName(entry.Name), fileId: false, compressed: true);
                foreach (var a in Guarded(articles, at)) yield return a;
            }
        }
    }

    private IEnumerable<Article> Tar(Stream stream, string where, string source)
    {
        using var tar = new TarReader(stream, leaveOpen: false);
        while (true)
        {
            TarEntry? entry;
            try
            {
                entry = tar.GetNextEntry(copyData: false);
            }
            catch (Exception ex) when (ex is InvalidDataException or FormatException or EndOfStreamException or IOException)
            {
                _warn(new InputWarning(where, "corrupt archive, the rest of it is skipped: " + ex.Message, "corrupt archive"));
                yield break;
            }
            if (entry is null) yield break;
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null) continue;
            var name = Path.GetFileName(entry.Name);
            if (!IsArticleFile(name)) continue;
            var at = $"{where}!{entry.Name}";
            // The entry's data is read through before the next entry is asked for; it is not disposed here
            // because it belongs to the archive stream.
            var articles = FromStream(new NonClosingStream(entry.DataStream), at, name, $"{source}!{entry.Name}", InputFormats.BaseName(name), fileId: false, compressed: true);
            foreach (var a in Guarded(articles, at)) yield return a;
        }
    }

    /// <summary>
    /// The articles of <paramref name="articles"/> until it fails: corrupt compressed data or a
    /// failing disk ends that input with a warning (the articles before it are kept) instead of
    /// the run.
    /// </summary>
    private IEnumerable<Article> Guarded(IEnumerable<Article> articles, string where)
    {
        using var e = articles.GetEnumerator();
        while (true)
        {
            try
            {
                if (!e.MoveNext()) yield break;
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                var kind = ex is InvalidDataException ? "corrupt archive" : "unreadable";
                _warn(new InputWarning(where, (ex is InvalidDataException ? "corrupt compressed data" : "read error") +
                    ", the rest of it is skipped: " + FirstSentence(ex.Message), kind));
                yield break;
            }
            yield return e.Current;
        }
    }

    /// <summary>The first bytes of a stream without consuming them (a non-seekable stream is wrapped).</summary>
    private static byte[] Peek(ref Stream stream, int count)
    {
        var head = new byte[count];
        int n = 0;
        try
        {
            while (n < count)
            {
                int r = stream.Read(head, n, count - n);
                if (r == 0) break;
                n += r;
            }
        }
        catch (InvalidDataException)
        {
            // Corrupt compressed data: the reader that reads on reports it with its place.
        }
        if (stream.CanSeek) stream.Seek(-n, SeekOrigin.Current);
        else stream = new PrefixedStream(head[..n], stream);
        return head[..n];
    }

    private static char FirstNonSpace(ReadOnlySpan<byte> head)
    {
        foreach (var b in head)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF) continue;
            return (char)b;
        }
        return '\0';
    }

    private static string FirstSentence(string message)
    {
        int i = message.IndexOf(". ", StringComparison.Ordinal);
        return i > 0 ? message[..i] : message.TrimEnd('.');
    }

    private static string KindOf(string? problem) => problem switch
    {
        null => "unreadable",
        _ when problem.StartsWith("binary", StringComparison.Ordinal) => "binary",
        _ when problem.StartsWith("empty", StringComparison.Ordinal) || problem.StartsWith("no text", StringComparison.Ordinal) => "empty",
        _ => "unreadable",
    };

    private static string? FirstLine(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var t = line.Trim();
            if (t.Length == 0) continue;
            return t.Length <= 160 ? t : t[..157].TrimEnd() + "...";
        }
        return null;
    }
}
