using System.Reflection;
using System.Xml.Linq;
using CsCheck;

namespace MigDev.Core.Tests.Hostile;

/// <summary>A Parse-method throws only what its documentation says, agrees with its TryParse, and reads its own text
/// back unchanged (issue 18). Every public static <c>Parse</c> of a text (a <see cref="string"/> or a
/// <see cref="ReadOnlySpan{T}"/> of <see cref="char"/>) in the library, found by reflection, is called with the hostile
/// texts of <see cref="TryMethodsTest"/>, random texts, and mutations of valid texts (CsCheck: its seed fixes the first
/// case only; <c>MIGDEV_LONG=1</c> runs fifty times as many). The exception types allowed are read from the
/// <c>&lt;exception&gt;</c> elements of the method's XML documentation (MigDev.Core.xml, beside the assembly).</summary>
public class ParseMethodsTest
{
    // Valid texts of every parser, mutated into near misses: the random texts alone rarely parse.
    private static readonly string[] Valid =
    [
        "EUR 15000000.00", "JPY 100", "USD -0.5", "XAU 1.000001", "1/3", "0/1", "1/1", "50%", "33.5%", "100%", "0%",
        "2008", "2012-12", "2007-03-07", "2020-02-29", "2009/2011", "2011/..", "../2010-06", "2012/P1W", "P4Y", "2008/P1Y2M10D",
        "iom", "jmdi", "european-commission", "un-women", "KE", "EUR", "XK",
    ];

    private const string Alphabet = "0123456789-/.%PYMWD EURKJPabz+,eE.:_\u00A0\u0663\uFF11\uD800\u0301";

    private static readonly Lazy<XDocument> Docs = new(() =>
        XDocument.Load(Path.ChangeExtension(typeof(Money).Assembly.Location, ".xml")));

    public static TheoryData<string> ParseMethods() => [.. Methods().Select(Name)];

    private static IEnumerable<MethodInfo> Methods() =>
        typeof(Money).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.Name == "Parse" && m.GetParameters() is [{ ParameterType: var first }, ..] && (first == typeof(string) || first == typeof(ReadOnlySpan<char>)))
            .OrderBy(Name, StringComparer.Ordinal);

    private static string Name(MethodInfo m) => $"{m.DeclaringType!.Name}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name))})";

    [Fact]
    public void TheLibrary_HasParseMethodsOfText_ThisTestCalls()
    {
        var names = Methods().Select(Name).ToList();
        Assert.Contains("Money.Parse(String)", names);
        Assert.Contains("Money.Parse(ReadOnlySpan`1)", names);
        Assert.Contains("Timeframe.Parse(String)", names);
        Assert.Contains("IatiReader.Parse(String, String, IatiReaderLimits)", names);
        Assert.All(Methods(), m => Assert.NotEmpty(DocumentedExceptions(m)));
    }

    [Theory]
    [MemberData(nameof(ParseMethods))]
    public void Parse_HostileRandomOrMutatedText_ThrowsOnlyWhatItDocuments_AgreesWithTryParse_AndRoundTrips(string name)
    {
        var method = Methods().Single(m => Name(m) == name);
        var checker = new Checker(name, Invoker(method), TryInvoker(method), DocumentedExceptions(method), method.GetParameters()[0].ParameterType == typeof(string));

        checker.Check(null);
        foreach (var text in TryMethodsTest.Hostile.Concat(Valid))
        {
            checker.Check(text);
        }
        Gen.String[Gen.Char, 0, 40].Sample(checker.Check, seed: "0N1oBu2cCzG4", iter: TryMethodsTest.Iterations(300));
        Gen.String[Gen.Char[Alphabet], 0, 16].Sample(checker.Check, seed: "0H3xJ9tKq1Pz", iter: TryMethodsTest.Iterations(1_000));
        Mutated.Sample(checker.Check, seed: "0M7pLc2RwX8e", iter: TryMethodsTest.Iterations(2_000));

        Assert.True(checker.Failures.Count == 0, string.Join("\n", checker.Failures.Distinct().Take(20)));
        Assert.True(checker.TryParseOf is null || checker.Parsed > 0, $"{name} parsed none of the texts: the valid ones are missing.");
    }

    [Fact]
    public void ValidateTestData_TheCheckFindsAnUndocumentedThrow_ADisagreementWithTryParse_AndAChangeOnRoundTrip()
    {
        // A parser with the faults the check is for: "P1W" prints as "P7D", which reads back as another value (as
        // Timeframe did); "only" parses but TryParse refuses it; "boom" throws what is not documented.
        (object?, Exception?) Parse(string? text) => text switch
        {
            "P1W" => (new Days(7, "W"), null),
            "P7D" => (new Days(7, "D"), null),
            "only" => (new Days(1, "D"), null),
            "boom" => (null, new InvalidCastException("boom")),
            _ => (null, new FormatException(text)),
        };
        (bool, object?) TryParse(string? text) => text is "P1W" or "P7D" ? (true, Parse(text).Item1) : (false, null);
        var checker = new Checker("Fake.Parse", Parse, TryParse, ["System.FormatException"], textMayBeNull: true);
        foreach (var text in new[] { "P7D", "nothing", null, "P1W", "only", "boom" })
        {
            checker.Check(text);
        }
        Assert.Equal(
            ["Fake.Parse(\"P1W\") = P7D, which reads back as P7D", "Fake.Parse(\"only\"): Parse gave P1D, TryParse failed", "Fake.Parse(\"boom\") threw InvalidCastException, not documented: boom"],
            checker.Failures);
        Assert.Equal(2, checker.Parsed);
    }

    private sealed record Days(int Count, string Unit)
    {
        public override string ToString() => $"P{Count}D";
    }

    /// <summary>Calls a Parse and its TryParse with a text and says what is wrong: an exception the documentation does
    /// not give, Parse and TryParse disagreeing, or a value whose text reads back as another value or another text.</summary>
    private sealed class Checker(string name, Func<string?, (object? Value, Exception? Error)> parse, Func<string?, (bool Ok, object? Value)>? tryParse, HashSet<string> documented, bool textMayBeNull)
    {
        public List<string> Failures { get; } = [];

        public int Parsed { get; private set; }

        public Func<string?, (bool Ok, object? Value)>? TryParseOf => tryParse;

        public void Check(string? text)
        {
            if (text is null && !textMayBeNull)
            {
                return;
            }
            var (value, error) = parse(text);
            if (error is not null && !IsDocumented(error, documented))
            {
                Failures.Add($"{name}(\"{Escape(text)}\") threw {error.GetType().Name}, not documented: {error.Message}");
                return;
            }
            if (tryParse is null)
            {
                return;
            }
            var (ok, tried) = tryParse(text);
            if (ok != (error is null) || (ok && !Equals(value, tried)))
            {
                Failures.Add($"{name}(\"{Escape(text)}\"): Parse {(error is null ? $"gave {value}" : "threw")}, TryParse {(ok ? $"gave {tried}" : "failed")}");
                return;
            }
            if (value is null)
            {
                return;
            }
            Parsed++;
            var written = value.ToString()!;
            var (again, againError) = parse(written);
            if (againError is not null || !Equals(again, value) || again!.ToString() != written)
            {
                Failures.Add($"{name}(\"{Escape(text)}\") = {written}, which reads back as {(againError is null ? again : againError.Message)}");
            }
        }
    }

    /// <summary>A valid text with one to three characters inserted, deleted or replaced.</summary>
    private static Gen<string> Mutated { get; } =
        Gen.Select(Gen.Int[0, Valid.Length - 1], Gen.Select(Gen.Int[0, 2], Gen.Int[0, 40], Gen.Char[Alphabet]).Array[1, 3], (i, edits) =>
        {
            var text = Valid[i];
            foreach (var (op, at, c) in edits)
            {
                var p = Math.Min(at, text.Length);
                text = op switch
                {
                    0 => text.Insert(p, c.ToString()),
                    1 when p < text.Length => text.Remove(p, 1),
                    _ when p < text.Length => string.Concat(text.AsSpan(0, p), c.ToString(), text.AsSpan(p + 1)),
                    _ => text + c,
                };
            }
            return text;
        });

    private static bool IsDocumented(Exception error, HashSet<string> documented)
    {
        for (var t = error.GetType(); t is not null; t = t.BaseType)
        {
            if (documented.Contains(t.FullName!))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The exception types of a method's <c>&lt;exception cref&gt;</c> elements, following <c>inheritdoc</c>.</summary>
    private static HashSet<string> DocumentedExceptions(MethodInfo method)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var id = DocId(method);
        for (var hops = 0; id is not null && hops < 5; hops++)
        {
            var member = Docs.Value.Descendants("member").SingleOrDefault(m => (string?)m.Attribute("name") == id);
            if (member is null)
            {
                break;
            }
            foreach (var cref in member.Elements("exception").Select(e => (string)e.Attribute("cref")!))
            {
                found.Add(cref[2..]);
            }
            id = (string?)member.Element("inheritdoc")?.Attribute("cref");
        }
        return found;
    }

    private static string DocId(MethodInfo m) =>
        $"M:{m.DeclaringType!.FullName}.{m.Name}({string.Join(",", m.GetParameters().Select(p => TypeId(p.ParameterType)))})";

    private static string TypeId(Type t) => t.IsGenericType
        ? $"{t.Namespace}.{t.Name[..t.Name.IndexOf('`', StringComparison.Ordinal)]}{{{string.Join(",", t.GetGenericArguments().Select(TypeId))}}}"
        : t.FullName!;

    // Parse of a text: the other parameters take their defaults (a source name, no catalog extended).
    private static Func<string?, (object? Value, Exception? Error)> Invoker(MethodInfo method)
    {
        if (method.GetParameters()[0].ParameterType == typeof(ReadOnlySpan<char>))
        {
            var span = (Func<string, object?>)typeof(ParseMethodsTest).GetMethod(nameof(SpanParser), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(method.ReturnType).Invoke(null, [method])!;
            return text => Capture(() => span(text!));
        }
        return text => Capture(() =>
        {
            var args = method.GetParameters().Select(p => p.HasDefaultValue ? p.DefaultValue : null).ToArray();
            args[0] = text;
            try
            {
                return method.Invoke(null, args);
            }
            catch (TargetInvocationException e)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException!).Throw();
                throw;
            }
        });
    }

    // The TryParse of the same type taking the same kind of text, if any.
    private static Func<string?, (bool Ok, object? Value)>? TryInvoker(MethodInfo parse)
    {
        var textType = parse.GetParameters()[0].ParameterType;
        var method = parse.DeclaringType!.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .SingleOrDefault(m => m.Name == "TryParse" && m.GetParameters() is [var text, { IsOut: true }] && text.ParameterType == textType);
        if (method is null)
        {
            return null;
        }
        if (textType == typeof(ReadOnlySpan<char>))
        {
            return (Func<string?, (bool, object?)>)typeof(ParseMethodsTest).GetMethod(nameof(SpanTryParser), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(parse.ReturnType).Invoke(null, [method])!;
        }
        return text =>
        {
            var args = new object?[] { text, null };
            var ok = (bool)method.Invoke(null, args)!;
            return (ok, ok ? args[1] : null);
        };
    }

    private static Func<string, object?> SpanParser<T>(MethodInfo method)
    {
        var parse = method.CreateDelegate<SpanParse<T>>();
        return text => parse(text.AsSpan());
    }

    private static Func<string?, (bool, object?)> SpanTryParser<T>(MethodInfo method)
    {
        var tryParse = method.CreateDelegate<SpanTryParse<T>>();
        return text =>
        {
            var ok = tryParse(text.AsSpan(), out var result);
            return (ok, ok ? result : null);
        };
    }

    private static (object? Value, Exception? Error) Capture(Func<object?> parse)
    {
        try
        {
            return (parse(), null);
        }
        catch (Exception e)
        {
            return (null, e);
        }
    }

    private static string? Escape(string? text) =>
        text is null ? "null" : string.Concat(text.Take(40).Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));

    private delegate T SpanParse<T>(ReadOnlySpan<char> s);

    private delegate bool SpanTryParse<T>(ReadOnlySpan<char> s, out T result);
}
