using System.Text.RegularExpressions;

namespace MigDev.Core.Tests.Architecture;

/// <summary>
/// The library's subsystems and the direction of their dependencies, as docs/architecture.md draws them. A subsystem
/// is a folder of src/MigDev.Core; a type belongs to the folder that declares it (most subsystems share the root
/// namespace, so the folder, not the namespace, says where a type lives).
/// </summary>
internal static partial class Subsystems
{
    /// <summary>What each subsystem may use, besides itself. Anything not listed is a backward (or sideways) reference.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> MayUse = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Internal"] = [],
        ["Errors"] = ["Internal"],
        ["Time"] = ["Internal", "Errors"],
        ["Money"] = ["Internal", "Errors"],
        ["Geography"] = ["Internal", "Errors"],
        ["Provenance"] = ["Internal", "Errors", "Time"],
        ["Rates"] = ["Internal", "Errors", "Time", "Money"],
        ["Organisations"] = ["Internal", "Errors", "Time", "Geography", "Provenance"],
        ["Model"] = ["Internal", "Errors", "Time", "Money", "Rates", "Geography", "Provenance", "Organisations"],
        ["Serialization"] = ["Internal", "Errors", "Time", "Money", "Rates", "Geography", "Provenance", "Organisations", "Model"],
        ["Catalog"] = ["Internal", "Errors", "Time", "Money", "Rates", "Geography", "Provenance", "Organisations", "Model", "Serialization"],
        ["Iati"] = ["Internal", "Errors", "Time", "Money", "Rates", "Geography", "Provenance", "Organisations", "Model"],
        ["DependencyInjection"] = ["Internal", "Errors", "Time", "Money", "Rates", "Geography", "Provenance", "Organisations", "Model", "Serialization", "Catalog", "Iati"],
    };

    /// <summary>Maps every type declared in src/MigDev.Core to its subsystem (its top folder), by reading the sources.</summary>
    /// <returns>Full type name (namespace and name, generic arity as <c>`1</c>) to subsystem.</returns>
    public static IReadOnlyDictionary<string, string> OfSourceTree()
    {
        var src = Path.Combine(RepositoryRoot(), "src", "MigDev.Core");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(src, file).Replace('\\', '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal))
            {
                continue;
            }
            var folder = relative.Contains('/', StringComparison.Ordinal) ? relative[..relative.IndexOf('/', StringComparison.Ordinal)] : "(root)";
            var text = File.ReadAllText(file);
            var ns = Namespace().Match(text) is { Success: true } m ? m.Groups[1].Value : "";
            foreach (Match declaration in TopLevelType().Matches(text))
            {
                var name = declaration.Groups["name"].Value;
                var arity = declaration.Groups["generic"].Success ? "`" + (declaration.Groups["generic"].Value.Count(c => c == ',') + 1) : "";
                var fullName = $"{ns}.{name}{arity}";
                if (map.TryGetValue(fullName, out var other) && other != folder)
                {
                    throw new InvalidOperationException($"{fullName} is declared in two subsystems, {other} and {folder}: keep a partial type in one folder.");
                }
                map[fullName] = folder;
            }
        }
        return map;
    }

    public static string RepositoryRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "MigDev.Core.sln")))
            {
                return d.FullName;
            }
        }
        throw new InvalidOperationException("MigDev.Core.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    // A type declared at the start of a line (top level: file-scoped namespaces do not indent), with its modifiers.
    [GeneratedRegex(@"^(?:(?:public|internal|static|sealed|abstract|partial|readonly|file|ref)\s+)*(?:class|struct|interface|enum|record(?:\s+struct|\s+class)?)\s+(?<name>\w+)(?:<(?<generic>[^>]+)>)?", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();
}
