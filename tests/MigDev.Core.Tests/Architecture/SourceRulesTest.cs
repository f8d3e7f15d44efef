using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MigDev.Core.Tests.Architecture;

/// <summary>Rules over the library's source text, read with Roslyn's parser: small methods, one public type a file.</summary>
public class SourceRulesTest
{
    /// <summary>The longest a method, constructor, accessor, operator or local function of src/ may be, in lines.</summary>
    public const int MaxMethodLines = 60;

    /// <summary>The packages whose source the rules hold: the library and its EF Core package.</summary>
    public static readonly string[] Packages = ["MigDev.Core", "MigDev.Core.EntityFrameworkCore"];

    private static IEnumerable<(string File, SyntaxTree Tree)> Sources() => Packages.SelectMany(Sources);

    [Fact]
    public void Sources_ReadEveryPackage()
    {
        var files = Sources().Select(s => s.File).ToList();
        Assert.Contains("Money/Money.cs", files);
        Assert.Contains("MigDev.Core.EntityFrameworkCore/MigDevModelStore.cs", files);
    }

    private static IEnumerable<(string File, SyntaxTree Tree)> Sources(string package)
    {
        var src = Path.Combine(Subsystems.RepositoryRoot(), "src", package);
        // The library's files by their path in it (as before); another package's with its name first.
        var prefix = package == "MigDev.Core" ? "" : package + "/";
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(src, file).Replace('\\', '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal) || relative.EndsWith(".g.cs", StringComparison.Ordinal))
            {
                continue;
            }
            yield return (prefix + relative, CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: prefix + relative));
        }
    }

    internal static IEnumerable<(string Name, int Lines)> LongMethods(SyntaxTree tree, int maxLines)
    {
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            var (name, body) = node switch
            {
                BaseMethodDeclarationSyntax m => (Describe(m), (SyntaxNode?)m.Body ?? m.ExpressionBody),
                AccessorDeclarationSyntax a => ($"{(a.Parent?.Parent as BasePropertyDeclarationSyntax)?.ToString().Split('\n')[0].Trim()} {a.Keyword.Text}", (SyntaxNode?)a.Body ?? a.ExpressionBody),
                LocalFunctionStatementSyntax l => ($"local {l.Identifier.Text}", (SyntaxNode?)l.Body ?? l.ExpressionBody),
                _ => (null, null),
            };
            if (name is null || body is null)
            {
                continue;
            }
            var span = node.GetLocation().GetLineSpan();
            var lines = span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
            if (lines > maxLines)
            {
                var type = node.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.Text;
                yield return ($"{tree.FilePath}: {type}.{name}", lines);
            }
        }
    }

    internal static List<string> PublicTopLevelTypes(SyntaxTree tree) =>
        [.. tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>()
            .Where(t => t.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax && t.Modifiers.Any(SyntaxKind.PublicKeyword))
            .Select(t => t.Identifier.Text).Distinct()];

    private static string Describe(BaseMethodDeclarationSyntax method) => method switch
    {
        MethodDeclarationSyntax m => m.Identifier.Text,
        ConstructorDeclarationSyntax c => c.Identifier.Text + " (constructor)",
        OperatorDeclarationSyntax o => "operator " + o.OperatorToken.Text,
        ConversionOperatorDeclarationSyntax c => "conversion to " + c.Type,
        _ => method.Kind().ToString(),
    };

    [Fact]
    public void ValidateTestData_ALongMethodIsFound()
    {
        var body = string.Join("\n", Enumerable.Range(0, 70).Select(i => $"        var x{i} = {i};"));
        var tree = CSharpSyntaxTree.ParseText($"class C\n{{\n    void M()\n    {{\n{body}\n    }}\n    int Short() => 1;\n}}\n", path: "C.cs", cancellationToken: TestContext.Current.CancellationToken);
        var (name, lines) = Assert.Single(LongMethods(tree, MaxMethodLines));
        Assert.Equal("C.cs: C.M", name);
        Assert.Equal(73, lines);
    }

    [Fact]
    public void ValidateTestData_TwoPublicTypesInAFileAreFound_NestedAndInternalOnesAreNot()
    {
        var tree = CSharpSyntaxTree.ParseText(
            "namespace N;\npublic enum Kind { A }\npublic sealed class C { public enum Nested { B } }\ninternal sealed class Helper;\n",
            path: "C.cs", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(["Kind", "C"], PublicTopLevelTypes(tree));
    }

    [Fact]
    public void NoMethodInSrc_IsLongerThanTheLimit()
    {
        var found = Sources().SelectMany(s => LongMethods(s.Tree, MaxMethodLines)).Select(f => $"{f.Name} ({f.Lines} lines)").ToList();
        Assert.True(found.Count == 0, $"Methods over {MaxMethodLines} lines: split them.\n" + string.Join("\n", found));
    }

    [Fact]
    public void EachFile_DeclaresAtMostOnePublicTopLevelType()
    {
        var crowded = Sources()
            .Select(s => (s.File, Types: PublicTopLevelTypes(s.Tree)))
            .Where(f => f.Types.Count > 1)
            .Select(f => $"{f.File}: {string.Join(", ", f.Types)}")
            .ToList();
        Assert.True(crowded.Count == 0, "Files with more than one public type (one type a file, docs/contributing.md):\n" + string.Join("\n", crowded));
    }
}
