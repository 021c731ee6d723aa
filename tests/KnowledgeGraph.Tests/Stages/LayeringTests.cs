using System.Reflection;
using System.Reflection.Emit;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Stages;

/// <summary>
/// The stages depend only downward. Every type of the library belongs to the layer its
/// namespace names (KnowledgeGraph.&lt;Layer&gt;...); a type may use types of its own layer and of
/// the layers below it, never above. Read from the compiled assembly: signatures and every
/// type, method and field a method body refers to.
/// </summary>
public class LayeringTests
{
    /// <summary>Bottom to top.</summary>
    private static readonly string[] Layers =
    [
        "Schema",        // node and relation types, node ids, evidence: the graph's vocabulary
        "Packs",         // language packs: the one data-file reader, overlays, morphology
        "Sources",
        "Cleaning",
        "Segmentation",
        "Dates",
        "Parsing",
        "Documents",     // the document that travels through the stages, with its mentions and candidates
        "Text",          // word views over a document shared by recognition and relations
        "Language",      // lexicons and language data read by the stages above
        "Recognition",
        "Resolution",
        "Relations",
        "Graph",
        "Sinks",
        "Neo4j",
        "Pipeline",
        "Evaluation",
    ];

    private static readonly Assembly Library = typeof(KnowledgeGraph.Pipeline.ExtractionPipeline).Assembly;

    private static int LayerOf(Type t)
    {
        var ns = t.Namespace ?? "";
        if (!ns.StartsWith("KnowledgeGraph.", StringComparison.Ordinal)) return -1;
        var first = ns["KnowledgeGraph.".Length..].Split('.')[0];
        return Array.IndexOf(Layers, first);
    }

    [Test]
    public void Every_namespace_is_a_known_layer()
    {
        var unknown = Library.GetTypes().Where(t => (t.Namespace ?? "").StartsWith("KnowledgeGraph", StringComparison.Ordinal) && LayerOf(t) < 0).Select(t => t.FullName).ToList();
        Assert.That(unknown, Is.Empty);
    }

    [Test]
    public void No_type_uses_a_type_of_a_layer_above_its_own()
    {
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in Library.GetTypes())
        {
            int own = LayerOf(type);
            if (own < 0) continue;
            foreach (var used in References(type))
                if (used.Assembly == Library && LayerOf(used) > own)
                    violations.Add($"{Layers[own]} → {Layers[LayerOf(used)]}: {Name(type)} uses {Name(used)}");
        }
        Assert.That(violations, Is.Empty, string.Join("\n", violations));
    }

    private static string Name(Type t) => (t.DeclaringType is { } outer ? Name(outer) + "+" : t.Namespace + ".") + t.Name;

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> References(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null) return;
            if (t.HasElementType) { Add(t.GetElementType()); return; }
            if (t.IsGenericParameter) return;
            if (t.IsGenericType && !t.IsGenericTypeDefinition)
            {
                foreach (var a in t.GetGenericArguments()) Add(a);
                t = t.GetGenericTypeDefinition();
            }
            if (!found.Add(t)) return;
            if (t.DeclaringType is { } outer) Add(outer);
        }
        Add(type.BaseType);
        foreach (var i in type.GetInterfaces()) Add(i);
        foreach (var f in type.GetFields(All)) Add(f.FieldType);
        foreach (var p in type.GetProperties(All)) Add(p.PropertyType);
        foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (m is MethodInfo mi) Add(mi.ReturnType);
            foreach (var p in m.GetParameters()) Add(p.ParameterType);
            foreach (var member in BodyReferences(m))
                switch (member)
                {
                    case Type t: Add(t); break;
                    case MethodBase callee:
                        Add(callee.DeclaringType);
                        if (callee is MethodInfo { IsGenericMethod: true } g) foreach (var a in g.GetGenericArguments()) Add(a);
                        break;
                    case FieldInfo field: Add(field.DeclaringType); Add(field.FieldType); break;
                }
        }
        return found;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue =
        typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The types, methods and fields a method body names (the operands of its IL instructions).</summary>
    private static IEnumerable<MemberInfo> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var typeArgs = method.DeclaringType is { IsGenericType: true } dt ? dt.GetGenericArguments() : null;
        var methodArgs = method is MethodInfo { IsGenericMethodDefinition: true } ? method.GetGenericArguments() : null;
        int i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                case OperandType.InlineType:
                    MemberInfo? member = null;
                    try { member = method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArgs, methodArgs); }
                    catch (ArgumentException) { }
                    if (member is not null) yield return member;
                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + 4 * BitConverter.ToInt32(il, i);
                    break;
                case OperandType.InlineNone: break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar: i += 1; break;
                case OperandType.InlineVar: i += 2; break;
                case OperandType.InlineI8:
                case OperandType.InlineR: i += 8; break;
                default: i += 4; break;
            }
        }
    }
}
