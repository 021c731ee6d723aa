using System.Text.Json;

namespace KnowledgeGraph.Neo4j;

/// <summary>Writes one property of every item as a named JSON array: evidence goes to Neo4j as parallel arrays.</summary>
public static class JsonArrays
{
    public static void Strings<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Func<T, string> value)
    {
        w.WriteStartArray(name);
        foreach (var item in items) w.WriteStringValue(value(item));
        w.WriteEndArray();
    }

    public static void Numbers<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Func<T, int> value)
    {
        w.WriteStartArray(name);
        foreach (var item in items) w.WriteNumberValue(value(item));
        w.WriteEndArray();
    }
}
