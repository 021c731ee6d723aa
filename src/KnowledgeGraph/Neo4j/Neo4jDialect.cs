using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// The Cypher that differs between server versions: 4.4 introduced <c>CREATE CONSTRAINT name
/// IF NOT EXISTS FOR ... REQUIRE</c> and 5.0 removed the older <c>ON ... ASSERT</c> form; load
/// statements on 3.x carry a planner choice (see <see cref="LoadPrefix"/>).
/// </summary>
public sealed record Neo4jDialect(Version ServerVersion)
{
    public bool UsesRequireSyntax => ServerVersion >= new Version(4, 4);

    /// <summary>Databases are addressable by name from 4.0 on.</summary>
    public bool HasNamedDatabases => ServerVersion.Major >= 4;

    public string UniqueConstraint(string label, string property) =>
        UsesRequireSyntax
            ? $"CREATE CONSTRAINT kg_{label.ToLowerInvariant()}_{property} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{property} IS UNIQUE"
            : $"CREATE CONSTRAINT ON (n:{label}) ASSERT n.{property} IS UNIQUE";

    /// <summary>
    /// Put in front of load statements. The 3.x cost planner plans from statistics that, right
    /// after a database was emptied or filled, can make a scan of every node look as cheap as a
    /// lookup by id or unique index; a batch planned that way takes minutes. The rule planner
    /// (there until 4.0) always takes the lookup.
    /// </summary>
    public string LoadPrefix => ServerVersion.Major == 3 ? "CYPHER planner=rule " : "";

    public static Neo4jDialect ForVersion(string version) => new(ParseVersion(version));

    /// <summary>"3.1.1", "4.4.12", "5.13.0", "5.26-aura", "2025.01.0" → major.minor.</summary>
    public static Version ParseVersion(string version)
    {
        var digits = version.Trim().Split('.', '-', '+', ' ');
        int Part(int i) => i < digits.Length && int.TryParse(digits[i], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
        if (digits.Length == 0 || !int.TryParse(digits[0], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            throw new FormatException($"not a Neo4j version: \"{version}\"");
        int major = Part(0);
        // Calendar versions (2025.x) follow 5.x and keep its syntax.
        return major >= 2000 ? new Version(5, 99) : new Version(major, Part(1));
    }

    /// <summary>The version a discovery document announces (4.x/5.x carry <c>neo4j_version</c>; 3.x nothing).</summary>
    public static string? VersionFromDiscovery(JsonElement discovery) =>
        discovery.ValueKind == JsonValueKind.Object && discovery.TryGetProperty("neo4j_version", out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;
}
