using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Foundation;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Malformed;

/// <summary>
/// Every kind of broken graph.json gets one line naming the file and the JSON path, exit code
/// 1, and nothing written: the file is checked whole before any output is opened.
/// </summary>
[NonParallelizable]
public class MalformedGraphFileTests
{
    private static byte[]? _valid;

    /// <summary>The samples' graph.json, built once.</summary>
    internal static byte[] ValidGraph()
    {
        if (_valid is not null) return _valid;
        var dir = KgRunner.NewTempDir("valid-graph");
        var (code, _, err) = KgRunner.Run("build", KgRunner.Samples, "--out", dir);
        Assert.That(code, Is.EqualTo(0), err);
        return _valid = File.ReadAllBytes(Path.Combine(dir, "graph.json"));
    }

    private static JsonObject Graph() => JsonNode.Parse(ValidGraph())!.AsObject();

    private static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    private static JsonObject Evidence(JsonObject g) => g["edges"]![0]!["evidence"]![0]!.AsObject();

    public static IEnumerable<TestCaseData> Kinds()
    {
        TestCaseData Case(string name, Func<JsonObject, JsonNode> mutate, string expected) =>
            new TestCaseData(name, (Func<byte[]>)(() => Bytes(mutate(Graph()))), expected).SetName(name);
        TestCaseData Raw(string name, Func<string, byte[]> mutate, string expected) =>
            new TestCaseData(name, (Func<byte[]>)(() => mutate(Encoding.UTF8.GetString(ValidGraph()))), expected).SetName(name);

        yield return Case("edges_null", g => { g["edges"] = null; return g; }, "edges: expected an array, got null");
        yield return Case("nodes_an_object", g => { g["nodes"] = new JsonObject(); return g; }, "nodes: expected an array, got an object");
        yield return Case("node_an_array", g => { g["nodes"]![3] = new JsonArray(1, 2); return g; }, "nodes[3]: expected an object, got an array");
        yield return Case("evidence_an_object", g => { g["edges"]![0]!["evidence"] = new JsonObject(); return g; }, "edges[0].evidence: expected an array, got an object");
        yield return Case("mentions_fraction", g => { g["nodes"]![12]!["mentions"] = 1.5; return g; }, "nodes[12].mentions: expected an integer, got 1.5");
        yield return Case("mentions_string", g => { g["nodes"]![12]!["mentions"] = "7"; return g; }, "nodes[12].mentions: expected an integer, got the string \"7\"");
        yield return Case("mentions_too_big", g => { g["nodes"]![12]!["mentions"] = 3_000_000_000L; return g; }, "nodes[12].mentions: expected an integer up to 2147483647, got 3000000000");
        yield return Case("mentions_negative", g => { g["nodes"]![12]!["mentions"] = -3; return g; }, "nodes[12].mentions: expected a count or offset of 0 or more, got -3");
        yield return Case("start_string", g => { Evidence(g)["start"] = "3"; return g; }, "edges[0].evidence[0].start: expected an integer, got the string \"3\"");
        yield return Raw("start_1e20", s => Encoding.UTF8.GetBytes(ReplaceFirst(s, "\"start\": ", "\"start\": 1e20, \"x\": ")), "edges[0].evidence[0].start: expected an integer, got 1e20");
        yield return Case("start_missing", g => { Evidence(g).Remove("start"); return g; }, "edges[0].evidence[0]: missing \"start\"");
        yield return Case("end_before_start", g => { Evidence(g)["end"] = 0; Evidence(g)["start"] = 5; return g; }, "edges[0].evidence[0].end: end 0 is before start 5");
        yield return Raw("version_huge", s => Encoding.UTF8.GetBytes(s.Replace("\"version\": 1", "\"version\": 1e400")), "version: expected an integer, got 1e400");
        yield return Case("version_newer", g => { g["version"] = 99; return g; }, "version: format version 99 is newer than this tool reads (1)");
        yield return Case("empty_id", g => { g["nodes"]![2]!["id"] = ""; return g; }, "nodes[2].id: empty id");
        // The whole file must be UTF-8, wherever the bad bytes are: in a string that is read, one
        // where a number belongs, the format name, a key, or a field no reader looks at.
        const string notUtf8 = "not UTF-8: invalid byte 0xFF at byte offset ";
        yield return Raw("invalid_utf8", s => ReplaceBytes(s, "Kyiv", [(byte)'K', 0xFF, (byte)'v']), notUtf8);
        yield return Raw("invalid_utf8_version", s => ReplaceBytes(s, "\"version\": 1", [.. "\"version\": \""u8, 0xFF, (byte)'"']), notUtf8);
        yield return Raw("invalid_utf8_mentions", s => ReplaceBytes(s, "\"mentions\": ", [.. "\"mentions\": \""u8, 0xFF, .. "\", \"x\": "u8]), notUtf8);
        yield return Raw("invalid_utf8_format", s => ReplaceBytes(s, "\"format\": \"", [.. "\"format\": \""u8, 0xFF]), notUtf8);
        yield return Raw("invalid_utf8_key", s => ReplaceBytes(s, "\"name\":", [.. "\"na"u8, 0xFF, .. "me\":"u8]), notUtf8);
        yield return Raw("invalid_utf8_extra_field", s => ReplaceBytes(s, "\"nodes\":", [.. "\"extra\": \"a"u8, 0xFF, 0xFE, .. "\", \"nodes\":"u8]), notUtf8);
        yield return Raw("truncated_utf8_at_end", s => [.. Encoding.UTF8.GetBytes(s), 0xE2, 0x82], "not UTF-8: invalid byte 0xE2 at byte offset ");
        yield return Raw("lone_surrogate", s => Encoding.UTF8.GetBytes(ReplaceFirst(s, "Kyiv", "Ky\\ud800v")), "invalid text (a lone surrogate escape)");
        yield return Case("duplicate_id_other_type", g =>
        {
            var copy = g["nodes"]![5]!.DeepClone().AsObject();
            copy["type"] = copy["type"]!.GetValue<string>() == "Place" ? "Person" : "Place";
            g["nodes"]!.AsArray().Add(copy);
            return g;
        }, "duplicate node id");
        yield return Case("duplicate_edge", g => { g["edges"]!.AsArray().Add(g["edges"]![1]!.DeepClone()); return g; }, "duplicate edge");
        yield return Case("duplicate_evidence", g =>
        {
            var ev = g["edges"]![0]!["evidence"]!.AsArray();
            ev.Add(ev[0]!.DeepClone());
            return g;
        }, "edges[0].evidence[1]: duplicate evidence");
        yield return Case("unknown_node_type", g => { g["nodes"]![4]!["type"] = "3"; return g; }, "nodes[4].type: unknown node type \"3\"");
        yield return Case("edge_to_nowhere", g => { g["edges"]![2]!["target"] = "person:nobody"; return g; }, "edges[2].target: \"person:nobody\" is not a node of the file");
        yield return Case("stated_from_a_place", g => { var e = EdgeOf(g, "STATED"); e["source"] = NodeOf(g, "Place"); return g; }, "STATED from Place ");
        yield return Case("held_in_to_a_person", g => { var e = EdgeOf(g, "HELD_IN"); e["target"] = NodeOf(g, "Person"); return g; }, " to Person ");
        yield return Case("self_loop", g => { var e = EdgeOf(g, "MET_AT"); e["target"] = e["source"]!.GetValue<string>(); return g; }, "to itself");
        yield return Case("alias_a_number", g => { g["nodes"]![6]!["aliases"] = new JsonArray("x", 5); return g; }, "nodes[6].aliases[1]: expected a string, got 5");
        yield return Case("top_level_array", _ => new JsonArray(), "$: expected an object with \"nodes\" and \"edges\", got an array");
        yield return Raw("truncated", s => Encoding.UTF8.GetBytes(s[..(s.Length / 2)]), "not valid JSON at line ");
    }

    // The last edge of a type, so the problem lies late in the file.
    internal static JsonObject EdgeOf(JsonObject g, string type) =>
        g["edges"]!.AsArray().Last(e => e!["type"]!.GetValue<string>() == type)!.AsObject();

    internal static string NodeOf(JsonObject g, string type) =>
        g["nodes"]!.AsArray().First(n => n!["type"]!.GetValue<string>() == type)!["id"]!.GetValue<string>();

    private static string ReplaceFirst(string s, string what, string with)
    {
        int i = s.IndexOf(what, StringComparison.Ordinal);
        Assert.That(i, Is.GreaterThanOrEqualTo(0), what);
        return s[..i] + with + s[(i + what.Length)..];
    }

    private static byte[] ReplaceBytes(string s, string what, byte[] with)
    {
        int i = s.IndexOf(what, StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(s[..i]), .. with, .. Encoding.UTF8.GetBytes(s[(i + what.Length)..])];
    }

    [TestCaseSource(nameof(Kinds))]
    public void Each_kind_gets_one_line_with_file_and_path_exit_1_and_nothing_written(string name, Func<byte[]> make, string expected)
    {
        var dir = KgRunner.NewTempDir("malformed");
        var file = Path.Combine(dir, "graph.json");
        File.WriteAllBytes(file, make());
        foreach (var args in new[]
                 {
                     new[] { "export", "--from", file, "--format", "graphml", "--out", Path.Combine(dir, "out.graphml") },
                     new[] { "export", "--from", file, "--format", "neo4j-csv", "--out", Path.Combine(dir, "csv") },
                     new[] { "stats", file },
                 })
        {
            var (code, stdout, err) = KgRunner.Run(args);
            Assert.That(code, Is.EqualTo(1), $"{args[0]}: {err}");
            var lines = err.TrimEnd('\n').Split('\n');
            Assert.That(lines, Has.Length.EqualTo(1), err);
            Assert.That(lines[0], Does.StartWith($"kg {args[0]}: {file}: ").And.Contain(expected));
            Assert.That(err, Does.Not.Contain("   at ").And.Not.Contain("Unhandled"));
            Assert.That(stdout, Is.Empty);
        }
        Assert.That(Directory.GetFileSystemEntries(dir), Is.EqualTo(new[] { file }), "nothing written");
    }

    [Test]
    public void Bytes_that_are_not_utf8_are_named_by_offset_and_line_and_nothing_is_loaded()
    {
        var dir = KgRunner.NewTempDir("malformed");
        var file = Path.Combine(dir, "graph.json");
        var valid = ValidGraph();
        // Inside the value of an unknown field of the last node: nothing the reader decodes.
        int at = System.Array.LastIndexOf(valid, (byte)'{');
        byte[] bytes = [.. valid[..(at + 1)], .. "\"x\": \""u8, 0xC3, 0x28, .. "\","u8, .. valid[(at + 1)..]];
        File.WriteAllBytes(file, bytes);
        int offset = at + 1 + "\"x\": \"".Length;
        int line = bytes[..offset].Count(b => b == (byte)'\n') + 1;

        // load is refused before it connects: port 9 (discard) would fail differently.
        foreach (var args in new[] { new[] { "stats", file }, new[] { "load", file, "--neo4j", "http://127.0.0.1:9" } })
        {
            var (code, stdout, err) = KgRunner.Run(args);
            Assert.That(code, Is.EqualTo(1), err);
            Assert.That(err, Is.EqualTo($"kg {args[0]}: {file}: not UTF-8: invalid byte 0xC3 at byte offset {offset} (line {line}){Environment.NewLine}"));
            Assert.That(stdout, Is.Empty);
        }
    }

    [Test]
    public void A_byte_order_mark_is_allowed()
    {
        var dir = KgRunner.NewTempDir("malformed");
        var file = Path.Combine(dir, "graph.json");
        File.WriteAllBytes(file, [0xEF, 0xBB, 0xBF, .. ValidGraph()]);
        var (code, _, err) = KgRunner.Run("stats", file);
        Assert.That(code, Is.EqualTo(0), err);
    }

    [Test]
    public void The_valid_graph_is_read_back_whole()
    {
        var dir = KgRunner.NewTempDir("malformed");
        var file = Path.Combine(dir, "graph.json");
        File.WriteAllBytes(file, ValidGraph());
        var (code, _, err) = KgRunner.Run("export", "--from", file, "--format", "json", "--out", Path.Combine(dir, "again.json"));
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(File.ReadAllBytes(Path.Combine(dir, "again.json")), Is.EqualTo(ValidGraph()));
    }

    [Test]
    public void An_unexpected_error_is_one_line_and_the_trace_only_with_verbose()
    {
        // The gold reader of kg evaluate has no check of its own for bytes that are not UTF-8:
        // the last-resort handler must still keep it to one line.
        var dir = KgRunner.NewTempDir("malformed");
        var gold = Path.Combine(dir, "gold.json");
        File.WriteAllBytes(gold, [.. "{\"nodes\": [{\"id\": \"K"u8.ToArray(), 0xFF, .. "\", \"type\": \"Person\", \"name\": \"x\"}], \"edges\": []}"u8.ToArray()]);
        var graphml = Path.Combine(dir, "g.graphml");
        Assert.That(KgRunner.Run("export", "--from", WriteValid(dir), "--format", "graphml", "--out", graphml).Code, Is.EqualTo(0));

        var (code, _, err) = KgRunner.Run("evaluate", graphml, "--gold", gold);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(err.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), err);
        Assert.That(err, Does.StartWith("kg evaluate: ").And.Not.Contain("   at "));

        var (vcode, _, verr) = KgRunner.Run("evaluate", graphml, "--gold", gold, "--verbose");
        Assert.That(vcode, Is.EqualTo(1));
        Assert.That(verr, Does.StartWith("kg evaluate: ").And.Contain("   at "));
    }

    private static string WriteValid(string dir)
    {
        var file = Path.Combine(dir, "valid.json");
        File.WriteAllBytes(file, ValidGraph());
        return file;
    }
}
