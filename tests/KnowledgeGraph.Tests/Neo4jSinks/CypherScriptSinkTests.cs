using KnowledgeGraph.Graph;
using KnowledgeGraph.Sinks;
using KnowledgeGraph.Sinks.Cypher;
using NUnit.Framework;
using static KnowledgeGraph.Tests.Neo4jSinks.Neo4jSinkFixtures;

namespace KnowledgeGraph.Tests.Neo4jSinks;

public class CypherScriptSinkTests
{
    private static List<string> Statements(CypherScriptSink sink, EntityGraph g) =>
        sink.Lines(g).Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)).ToList();

    [Test]
    public void Script_has_constraints_then_node_merges_then_relationship_merges()
    {
        var st = Statements(new CypherScriptSink(), NastyGraph());
        Assert.That(st, Has.All.EndsWith(";"));
        Assert.That(st[0], Is.EqualTo("CREATE CONSTRAINT ON (n:Entity) ASSERT n.id IS UNIQUE;"));
        var rest = st.Skip(1).ToList();
        Assert.That(rest, Has.Count.EqualTo(5)); // Person, Place, Article, STATED, MENTIONED_IN
        Assert.That(rest[0], Does.StartWith("UNWIND [{id: 'person:nasty', ").And.Contain("MERGE (n:Entity:Person {id: row.id}) SET n.name = row.name"));
        Assert.That(rest[1], Does.Contain("MERGE (n:Entity:Place {id: row.id})"));
        Assert.That(rest[2], Does.Contain("MERGE (n:Entity:Article {id: row.id})").And.Contain("n.title = row.title, n.published = row.published, n.source = row.source"));
        Assert.That(rest[3], Does.Contain("MATCH (a:Entity {id: row.s}) MATCH (b:Entity {id: row.t}) MERGE (a)-[r:STATED]->(b) SET r.weight = row.weight"));
        Assert.That(rest[4], Does.Contain("MERGE (a)-[r:MENTIONED_IN]->(b)"));
        Assert.That(rest[0], Does.Not.Contain("CREATE "), "merges only, so a re-run changes nothing");
    }

    [Test]
    public void Modern_dialect_uses_if_not_exists_and_require()
    {
        var sink = new CypherScriptSink { Dialect = CypherSchemaDialect.Neo4j5 };
        Assert.That(sink.Format, Is.EqualTo("cypher5"));
        Assert.That(Statements(sink, NastyGraph())[0],
            Is.EqualTo("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;"));
    }

    [Test]
    public void Nasty_name_literal_decodes_back_and_stays_on_one_line()
    {
        var person = Statements(new CypherScriptSink(), NastyGraph())[1];
        Assert.That(person, Does.Not.Contain("\n").And.Not.Contain("\r"));
        var strings = CypherStrings(person);
        Assert.That(strings, Is.EqualTo(new[] { "person:nasty", NastyName, "al'ias; with \\ and \"quotes\"", "plain", "a1" }));
        // Outside string literals only the fixed statement text remains: no $parameter, no stray brace from the data.
        var outside = string.Concat(Split(person));
        Assert.That(outside, Does.Not.Contain("$"));
        Assert.That(outside.Count(c => c == '{'), Is.EqualTo(outside.Count(c => c == '}')));
    }

    private static IEnumerable<string> Split(string statement)
    {
        for (int i = 0; i < statement.Length;)
        {
            if (statement[i] == '\'') { ReadCypherString(statement, ref i); continue; }
            yield return statement[i++].ToString();
        }
    }

    [Test]
    public void Literal_escapes_quote_backslash_and_controls()
    {
        Assert.That(CypherScriptSink.Literal("a'b\\c\n\u0001"), Is.EqualTo("'a\\'b\\\\c\\n\\u0001'"));
        Assert.That(CypherScriptSink.Literal("${x} 😀"), Is.EqualTo("'${x} 😀'"));
        Assert.That(CypherScriptSink.Literal(null), Is.EqualTo("null"));
    }

    [Test]
    public void Literal_escapes_noncharacters_separators_and_c1_and_replaces_lone_surrogates()
    {
        Assert.That(CypherScriptSink.Literal("a\uFFFFb\uFFFE"), Is.EqualTo("'a\\uffffb\\ufffe'"));
        Assert.That(CypherScriptSink.Literal("\uFDD0\uFDEA\uFDEF\uFDF0"), Is.EqualTo("'\\ufdd0\\ufdea\\ufdef\uFDF0'"));
        Assert.That(CypherScriptSink.Literal("\u0085\u009f\u00a0\u2028\u2029\uFEFF"), Is.EqualTo("'\\u0085\\u009f\u00a0\\u2028\\u2029\\ufeff'"));
        Assert.That(CypherScriptSink.Literal("\U0001FFFF \U0010FFFE \U0001F600"), Is.EqualTo("'\\ud83f\\udfff \\udbff\\udffe \U0001F600'"));
        Assert.That(CypherScriptSink.Literal("x\uD800y\uDC00\uDE00\uD83D"), Is.EqualTo("'x\\ufffdy\\ufffd\\ufffd\\ufffd'"));
    }

    [TestCase(CypherSchemaDialect.Neo4j3)]
    [TestCase(CypherSchemaDialect.Neo4j5)]
    public void No_character_a_literal_cannot_carry_raw_reaches_the_script(CypherSchemaDialect dialect)
    {
        var sink = new CypherScriptSink { Dialect = dialect };
        string script;
        using (var ms = new MemoryStream())
        {
            sink.Write(AwkwardGraph(), ms);
            script = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(ms.ToArray());
        }
        var lines = script.Split('\n');
        for (int i = 0; i < script.Length; i++)
        {
            char c = script[i];
            if (char.IsHighSurrogate(c) && i + 1 < script.Length && char.IsLowSurrogate(script[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, script[++i]);
                Assert.That(cp & 0xFFFE, Is.Not.EqualTo(0xFFFE), $"raw U+{cp:X} at {i}");
                continue;
            }
            bool bad = (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'
                       || (c >= 0xFDD0 && c <= 0xFDEF) || char.IsSurrogate(c);
            Assert.That(bad, Is.False, $"raw U+{(int)c:X4} at {i}");
        }
        // The literals decode to the graph's text, lone surrogates as U+FFFD.
        var person = Statements(sink, AwkwardGraph()).Single(l => l.Contains(":Entity:Person"));
        Assert.That(CypherStrings(person), Is.EqualTo(new[]
        {
            "person:awkward\uFFFF", "Nama " + Awkward, "alias " + Awkward, WithoutLoneSurrogates(LoneSurrogates), "a\uFFFE1",
        }));
        // Both dialects write the same data statements.
        var other = new CypherScriptSink { Dialect = dialect == CypherSchemaDialect.Neo4j3 ? CypherSchemaDialect.Neo4j5 : CypherSchemaDialect.Neo4j3 };
        Assert.That(Statements(sink, AwkwardGraph()).Skip(1), Is.EqualTo(Statements(other, AwkwardGraph()).Skip(1)));
    }

    [Test]
    public void Relationship_evidence_is_parallel_arrays_with_empty_strings_for_missing_values()
    {
        var stated = Statements(new CypherScriptSink(), NastyGraph()).Single(s => s.Contains("[r:STATED]"));
        Assert.That(stated, Does.Contain("weight: 2, dates: ['2022-10-25']"));
        Assert.That(stated, Does.Contain("evidence_start: [3, 50], evidence_end: [40, 70]"));
        Assert.That(stated, Does.Contain("evidence_quote: ['it\\'s } $here', ''], evidence_date: ['2022-10-25', '']"));
        Assert.That(CypherStrings(stated), Does.Contain("He said: \"it's } $here\"\nnext"));
    }

    [Test]
    public void Batches_split_rows_and_output_is_deterministic()
    {
        var g = new EntityGraph();
        for (int i = 0; i < 5; i++) g.GetOrAddNode($"place:p{i}", NodeType.Place, $"P{i}");
        var sink = new CypherScriptSink { BatchSize = 2 };
        Assert.That(Statements(sink, g).Count(s => s.StartsWith("UNWIND")), Is.EqualTo(3));

        string Bytes()
        {
            using var ms = new MemoryStream();
            new CypherScriptSink().Write(NastyGraph(), ms);
            return Convert.ToHexString(ms.ToArray());
        }
        Assert.That(Bytes(), Is.EqualTo(Bytes()));
    }

    [Test]
    public void Registered_formats()
    {
        Assert.That(GraphSinks.Find("cypher"), Is.InstanceOf<CypherScriptSink>());
        Assert.That(GraphSinks.Find("cypher")!.Extension, Is.EqualTo(".cypher"));
        Assert.That(GraphSinks.Find("cypher5"), Is.InstanceOf<CypherScriptSink>());
        Assert.That(GraphSinks.Find("neo4j-csv")!.Extension, Is.EqualTo(""));
    }
}
