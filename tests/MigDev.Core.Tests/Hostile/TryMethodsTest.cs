using System.Reflection;
using CsCheck;
using MigDev.Core.Catalog;

namespace MigDev.Core.Tests.Hostile;

/// <summary>A Try-method never throws (issue 18): every public Try-method of the library that takes a text, found by
/// reflection, called with hostile texts (lone surrogates, control characters, huge or empty texts) and with random
/// ones (CsCheck: its seed fixes the first case only, the others are random each run; <c>MIGDEV_LONG=1</c> runs fifty
/// times as many).</summary>
public class TryMethodsTest
{
    internal static readonly string[] Hostile =
    [
        "", " ", "\uD800", "\uDC00", "a\uD800b", "\uDBFF\uDFFF", "\uD800\uD800", "\0", "\u0001\u001F", "\uFFFE", "\u00A0", "\u200B",
        new string('a', 100_000), new string('\uD800', 1_000), "EUR\uD800", "2020-01-01\uDC00", "xm-dac-\uD800", "Côte\u0301", "ǅ", "İ",
    ];

    // The instances whose Try-methods are called: the embedded catalog's directory and catalog.
    private static readonly object[] Instances = [MigDevCatalog.Default.Agencies, MigDevCatalog.Default];

    public static TheoryData<string> TryMethods() => [.. Methods().Select(m => $"{m.DeclaringType!.Name}.{m.Name}")];

    private static IEnumerable<MethodInfo> Methods() =>
        typeof(Money).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.StartsWith("Try", StringComparison.Ordinal) && m.ReturnType == typeof(bool) && !m.IsGenericMethodDefinition)
            .Where(m => m.GetParameters() is [{ ParameterType: var first }, ..] rest && first == typeof(string)
                && rest.Skip(1).All(p => p.IsOut))
            .Where(m => m.IsStatic || Instances.Any(i => m.DeclaringType!.IsInstanceOfType(i)))
            .OrderBy(m => $"{m.DeclaringType!.Name}.{m.Name}", StringComparer.Ordinal);

    [Fact]
    public void TheLibrary_HasTryMethodsOfText_ThisTestCalls() =>
        Assert.Contains("Country.TryResolve", Methods().Select(m => $"{m.DeclaringType!.Name}.{m.Name}"));

    [Theory]
    [MemberData(nameof(TryMethods))]
    public void TryMethod_HostileOrRandomText_ReturnsWithoutThrowing(string name)
    {
        foreach (var method in Methods().Where(m => $"{m.DeclaringType!.Name}.{m.Name}" == name))
        {
            var target = method.IsStatic ? null : Instances.First(i => method.DeclaringType!.IsInstanceOfType(i));
            void Call(string? text)
            {
                var args = new object?[method.GetParameters().Length];
                args[0] = text;
                try
                {
                    method.Invoke(target, args);
                }
                catch (TargetInvocationException e)
                {
                    Assert.Fail($"{name}(\"{Escape(text)}\") threw {e.InnerException!.GetType().Name}: {e.InnerException.Message}");
                }
            }
            Call(null);
            foreach (var text in Hostile)
            {
                Call(text);
            }
            Gen.String[Gen.Char, 0, 40].Sample(text => Call(text), seed: "0N1oBu2cCzG4", iter: Iterations(400));
        }
    }

    internal static int Iterations(int inTheSuite) =>
        Environment.GetEnvironmentVariable("MIGDEV_LONG") is "1" or "true" ? inTheSuite * 50 : inTheSuite;

    private static string? Escape(string? text) =>
        text is null ? "null" : string.Concat(text.Take(40).Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
