using System.Reflection;
using System.Text.Json;
using MigDev.Core.Catalog;

namespace MigDev.Core.Tests.Hostile;

/// <summary>One rule for codes, one for names (issue 19), checked on every public entry point that takes a text, found by
/// reflection. Codes (ISO 4217, ISO 3166-1, the library's ids, IATI codes and identifiers, document ids): any ASCII case,
/// the same answer; white space around them refused. Names: case, spacing, accents do not matter. Documents (JSON, the
/// text forms of values) are canonical. The codes and names tried are read from the data files directly.</summary>
public class CaseRulesTest
{
    private enum Rule
    {
        Code,
        Name,
        Document,
        AsWritten,
    }

    // Every public parse or lookup of a text, by the rule it follows; a new one fails EveryEntryPointOfAText_HasItsRule
    // until it is put here (and so tested).
    private static readonly Dictionary<string, Rule> Rules = new(StringComparer.Ordinal)
    {
        ["AgencyDirectory.GetByIatiIdentifier"] = Rule.Code,
        ["AgencyDirectory.TryGetByIatiIdentifier"] = Rule.Code,
        ["AgencyId.Parse"] = Rule.Code,
        ["AgencyId.TryParse"] = Rule.Code,
        ["Country.Get"] = Rule.Code,
        ["Country.TryGet"] = Rule.Code,
        ["CountryCode.Parse"] = Rule.Code,
        ["CountryCode.TryParse"] = Rule.Code,
        ["CurrencyCode.IsDefined"] = Rule.Code,
        ["CurrencyCode.Parse"] = Rule.Code,
        ["CurrencyCode.TryParse"] = Rule.Code,
        ["IatiCodes.TryGetTransactionTypeOfVersion1"] = Rule.Code,
        ["MigDevCatalog.GetDocument"] = Rule.Code,
        ["ProgrammeId.Parse"] = Rule.Code,
        ["ProgrammeId.TryParse"] = Rule.Code,
        ["AgencyDirectory.GetByAcronym"] = Rule.Name,
        ["AgencyDirectory.GetByAlias"] = Rule.Name,
        ["AgencyDirectory.TryGetByAcronym"] = Rule.Name,
        ["AgencyDirectory.TryGetByAlias"] = Rule.Name,
        ["Country.Resolve"] = Rule.Name,
        ["Country.TryResolve"] = Rule.Name,
        ["Place.Resolve"] = Rule.Name,
        ["Place.TryResolve"] = Rule.Name,
        ["CatalogDocument.Parse"] = Rule.Document,
        ["IatiReader.Parse"] = Rule.Document,
        ["Money.Parse"] = Rule.Document,
        ["Money.TryParse"] = Rule.Document,
        ["PartialDate.Parse"] = Rule.Document,
        ["PartialDate.TryParse"] = Rule.Document,
        ["Share.Parse"] = Rule.Document,
        ["Share.TryParse"] = Rule.Document,
        ["Timeframe.Parse"] = Rule.Document,
        ["Timeframe.TryParse"] = Rule.Document,
        // The import keys activities by their identifier as the file wrote it, and does not merge two that differ in case.
        ["IatiImportResult.TryGetProgrammeId"] = Rule.AsWritten,
    };

    private static readonly object[] Instances = [MigDevCatalog.Default.Agencies, MigDevCatalog.Default];

    private static readonly string[] Unknown = ["QQ", "ZZZ", "Q1", "atlantis-aid", "XM-DAC-99999", "005", "Z", "not-a-code"];

    [Fact]
    public void EveryEntryPointOfAText_HasItsRule()
    {
        var found = EntryPoints().Select(Name).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Rules.Keys.Order(StringComparer.Ordinal), found);
    }

    public static TheoryData<string> CodeMethods() => [.. EntryPoints().Where(IsStringOverload).Select(Name).Where(n => Rules[n] == Rule.Code).Distinct()];

    [Theory]
    [MemberData(nameof(CodeMethods))]
    public void Code_InAnyCase_GivesTheSameAnswer_PrintedCanonical(string name)
    {
        foreach (var method in StringOverloads(name))
        {
            var target = Target(method);
            var samples = CodesFor(name);
            Assert.NotEmpty(samples);
            foreach (var code in samples.Concat(Unknown))
            {
                var canonical = Outcome(method, target, code);
                foreach (var variant in new[] { code.ToLowerInvariant(), code.ToUpperInvariant(), Mixed(code), char.ToLowerInvariant(code[0]) + code[1..].ToUpperInvariant() })
                {
                    Assert.True(Equals(canonical, Outcome(method, target, variant)), $"{name}(\"{variant}\") answers {Outcome(method, target, variant)}, but {name}(\"{code}\") {canonical}");
                }
                if (samples.Contains(code) && canonical is CurrencyCode or CountryCode or AgencyId or ProgrammeId)
                {
                    Assert.Equal(code, canonical.ToString());
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(CodeMethods))]
    public void Code_WithWhiteSpaceAround_IsRefused_AndTheMessageNamesTheCode(string name)
    {
        foreach (var method in StringOverloads(name))
        {
            var target = Target(method);
            foreach (var code in CodesFor(name).Take(40))
            {
                foreach (var spaced in new[] { $" {code}", $"{code} ", $"\t{code}\n", $"\u00A0{code}" })
                {
                    var outcome = Outcome(method, target, spaced);
                    if (method.ReturnType == typeof(bool))
                    {
                        Assert.Equal(false, ((ValueTuple<object?, object?>)outcome).Item1);
                        continue;
                    }
                    var ex = Assert.IsAssignableFrom<Exception>(outcome);
                    Assert.True(ex is FormatException or ReferenceNotFoundException, $"{name}(\"{spaced}\") threw {ex.GetType().Name}");
                    Assert.Contains($"'{spaced}'", ex.Message, StringComparison.Ordinal);
                    Assert.Contains($"did you mean '{code}'", ex.Message, StringComparison.Ordinal);
                }
            }
        }
    }

    public static TheoryData<string> NameMethods() => [.. EntryPoints().Select(Name).Where(n => Rules[n] == Rule.Name).Distinct()];

    [Theory]
    [MemberData(nameof(NameMethods))]
    public void Name_InAnyCaseOrSpacing_GivesTheSameAnswer(string name)
    {
        foreach (var method in StringOverloads(name))
        {
            var target = Target(method);
            var samples = NamesFor(name);
            Assert.NotEmpty(samples);
            foreach (var text in samples.Concat(["Atlantis", "EC"]))
            {
                var expected = Outcome(method, target, text);
                foreach (var variant in new[] { text.ToUpperInvariant(), text.ToLowerInvariant(), Mixed(text), $"  {text}\t", text.Replace(" ", "  ", StringComparison.Ordinal), $"\u00A0{text}\n" })
                {
                    Assert.True(Equals(expected, Outcome(method, target, variant)), $"{name}(\"{variant}\") answers {Outcome(method, target, variant)}, but {name}(\"{text}\") {expected}");
                }
            }
        }
    }

    [Fact]
    public void SpanOverloads_FollowTheCodeRule()
    {
        foreach (var code in CodesFor("CurrencyCode.Parse"))
        {
            var expected = CurrencyCode.Parse(code);
            Assert.Equal(expected, CurrencyCode.Parse(code.ToLowerInvariant().AsSpan()));
            Assert.True(CurrencyCode.TryParse(Mixed(code).AsSpan(), out var mixed));
            Assert.Equal(expected, mixed);
            Assert.True(CurrencyCode.IsDefined(code.ToLowerInvariant()));
            Assert.False(CurrencyCode.IsDefined($" {code}"));
            Assert.False(CurrencyCode.TryParse($"{code} ".AsSpan(), out _));
        }
        foreach (var code in CodesFor("CountryCode.Parse"))
        {
            var expected = CountryCode.Parse(code);
            Assert.Equal(expected, CountryCode.Parse(code.ToLowerInvariant().AsSpan()));
            Assert.True(CountryCode.TryParse(Mixed(code.ToLowerInvariant()).AsSpan(), out var mixed));
            Assert.Equal(expected, mixed);
            Assert.False(CountryCode.TryParse($" {code}".AsSpan(), out _));
        }
    }

    [Fact]
    public void CountryCode_IsAlpha2_AndAnAlpha3CodeIsRefusedPointingToItsAlpha2AndCountryGet()
    {
        foreach (var row in M49().Where(r => r["ISO-alpha3 Code"].Length == 3))
        {
            var (alpha2, alpha3) = (row["ISO-alpha2 Code"], row["ISO-alpha3 Code"]);
            Assert.False(CountryCode.TryParse(alpha3, out _));
            var ex = Assert.Throws<FormatException>(() => CountryCode.Parse(alpha3.ToLowerInvariant()));
            Assert.Contains($"'{alpha3.ToLowerInvariant()}'", ex.Message, StringComparison.Ordinal);
            Assert.Contains("alpha-3 code of ", ex.Message, StringComparison.Ordinal); // the name is the library's short name
            Assert.Contains($"'{alpha2}'", ex.Message, StringComparison.Ordinal);
            Assert.Contains("Country.Get", ex.Message, StringComparison.Ordinal);
            Assert.Equal(alpha2, Country.Get(alpha3.ToLowerInvariant()).Code.Code);
        }
    }

    [Theory]
    [InlineData("\"eur\"", "'eur'", "'EUR'")]
    [InlineData("\" EUR\"", "' EUR'", "'EUR'")]
    [InlineData("{\"eur\":1}", "'eur'", "'EUR'")]
    public void Json_CurrencyCode_StaysCanonical(string json, string quoted, string meant)
    {
        var ex = Assert.Throws<JsonException>(() => json.StartsWith('{')
            ? JsonSerializer.Deserialize(json, TestJsonContext.Default.DictionaryCurrencyCodeDecimal)!.Count
            : (object)JsonSerializer.Deserialize(json, TestJsonContext.Default.CurrencyCode));
        Assert.Contains(quoted, ex.Message, StringComparison.Ordinal);
        Assert.Contains($"did you mean {meant}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"md\"", "'md'", "'MD'")]
    [InlineData("\"MD \"", "'MD '", "'MD'")]
    public void Json_CountryCode_StaysCanonical(string json, string quoted, string meant)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, TestJsonContext.Default.CountryCode));
        Assert.Contains(quoted, ex.Message, StringComparison.Ordinal);
        Assert.Contains($"did you mean {meant}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"UNDP\"", "'UNDP'", "'undp'")]
    [InlineData("\"un desa\"", "'un desa'", "'un-desa'")]
    public void Json_AgencyAndProgrammeIds_StayCanonical(string json, string quoted, string meant)
    {
        var agency = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, TestJsonContext.Default.AgencyId));
        var programme = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, TestJsonContext.Default.ProgrammeId));
        foreach (var ex in new[] { agency, programme })
        {
            Assert.Contains(quoted, ex.Message, StringComparison.Ordinal);
            Assert.Contains($"did you mean {meant}", ex.Message, StringComparison.Ordinal);
        }
        Assert.Equal("\"un-desa\"", JsonSerializer.Serialize(AgencyId.Parse("UN-DESA"), TestJsonContext.Default.AgencyId));
    }

    [Fact]
    public void Json_CatalogDocument_WithALowerCaseCurrency_IsRefusedWithItsPath()
    {
        var json = File.ReadAllText(Path.Combine("data", "catalog", "catalog.json"));
        var at = json.IndexOf("\"currency\": \"EUR\"", StringComparison.Ordinal);
        Assert.True(at > 0, "the catalog has a commitment in euros");
        var lower = string.Concat(json.AsSpan(0, at), "\"currency\": \"eur\"", json.AsSpan(at + "\"currency\": \"EUR\"".Length));
        var ex = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse(lower, "lower.json"));
        Assert.Contains("'eur'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.commitments", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MoneyText_IsADocumentForm_StaysCanonical_AndSaysWhatItMeant()
    {
        Assert.False(Money.TryParse("eur 15.00", out _));
        var ex = Assert.Throws<FormatException>(() => Money.Parse("eur 15.00"));
        Assert.Contains("'eur'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'EUR'", ex.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<MethodInfo> EntryPoints() =>
        typeof(Money).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && (m.Name is "Parse" or "TryParse" or "IsDefined" or "Resolve" or "TryResolve"
                || m.Name.StartsWith("Get", StringComparison.Ordinal) || m.Name.StartsWith("TryGet", StringComparison.Ordinal)))
            .Where(m => m.GetParameters() is [{ ParameterType: var first }, ..] && (first == typeof(string) || first == typeof(ReadOnlySpan<char>)));

    private static bool IsStringOverload(MethodInfo m) => m.GetParameters()[0].ParameterType == typeof(string);

    private static string Name(MethodInfo m) => $"{m.DeclaringType!.Name}.{m.Name}";

    private static IEnumerable<MethodInfo> StringOverloads(string name) => EntryPoints().Where(m => Name(m) == name && IsStringOverload(m));

    private static object? Target(MethodInfo method) => method.IsStatic ? null : Instances.First(i => method.DeclaringType!.IsInstanceOfType(i));

    // What a call answers: the value, (bool, out value) for a Try-method, or the exception.
    private static object Outcome(MethodInfo method, object? target, string text)
    {
        var args = new object?[method.GetParameters().Length];
        args[0] = text;
        try
        {
            var result = method.Invoke(target, args);
            return method.ReturnType == typeof(bool) ? (result, args.Length > 1 ? args[1] : null) : result!;
        }
        catch (TargetInvocationException e)
        {
            return e.InnerException!;
        }
    }

    // Two answers are the same: equal values, or exceptions of one type.
    private static new bool Equals(object? a, object? b) => a is Exception x ? b is Exception y && x.GetType() == y.GetType() : object.Equals(a, b);

    private static string Mixed(string text) => string.Concat(text.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)));

    private static List<Dictionary<string, string>> M49() => TestCsv.ReadWithHeader("data", "m49", "UNSD-M49-en.csv");

    private static JsonElement Catalog() => JsonDocument.Parse(File.ReadAllText(Path.Combine("data", "catalog", "catalog.json"))).RootElement;

    private static IEnumerable<string> Strings(JsonElement array, string member) =>
        array.EnumerateArray().Where(e => e.TryGetProperty(member, out var v) && v.ValueKind != JsonValueKind.Null)
            .SelectMany(e => e.GetProperty(member) is { ValueKind: JsonValueKind.Array } list ? list.EnumerateArray().Select(x => x.GetString()!) : [e.GetProperty(member).GetString()!]);

    private static List<string> CodesFor(string name) => name switch
    {
        "CurrencyCode.Parse" or "CurrencyCode.TryParse" => [.. TestCsv.ReadWithHeader("data", "iso4217", "codes-all.csv").Select(r => r["AlphabeticCode"]).Where(c => c.Length == 3).Distinct()],
        "CountryCode.Parse" or "CountryCode.TryParse" => [.. M49().Select(r => r["ISO-alpha2 Code"]).Where(c => c.Length == 2), "XK"],
        "Country.Get" or "Country.TryGet" => [.. M49().SelectMany(r => new[] { r["ISO-alpha2 Code"], r["ISO-alpha3 Code"] }).Where(c => c.Length > 0), "XK", "XKX"],
        "AgencyId.Parse" or "AgencyId.TryParse" => [.. Strings(Catalog().GetProperty("agencies"), "id")],
        "ProgrammeId.Parse" or "ProgrammeId.TryParse" => [.. Strings(Catalog().GetProperty("programmes"), "id")],
        "AgencyDirectory.GetByIatiIdentifier" or "AgencyDirectory.TryGetByIatiIdentifier" =>
            [.. Strings(Catalog().GetProperty("agencies"), "iatiIdentifier").Concat(Strings(Catalog().GetProperty("agencies"), "iatiAliases"))],
        // The IATI 1.0x TransactionType codes, as IatiCodes documents them (the 2.0x codelist in data/iati has numbers only).
        "IatiCodes.TryGetTransactionTypeOfVersion1" => ["IF", "C", "D", "E", "IR", "LR", "R"],
        "MigDevCatalog.GetDocument" => [.. Strings(Catalog().GetProperty("documents"), "id")],
        _ => [],
    };

    private static List<string> NamesFor(string name) => name switch
    {
        "Country.Resolve" or "Country.TryResolve" => [.. M49().Select(r => r["Country or Area"])],
        "Place.Resolve" or "Place.TryResolve" => [.. M49().SelectMany(r => new[] { r["Country or Area"], r["Region Name"], r["Sub-region Name"], r["Intermediate Region Name"] }).Where(n => n.Length > 0).Distinct()],
        "AgencyDirectory.GetByAcronym" or "AgencyDirectory.TryGetByAcronym" => [.. Strings(Catalog().GetProperty("agencies"), "acronym")],
        "AgencyDirectory.GetByAlias" or "AgencyDirectory.TryGetByAlias" =>
            [.. new[] { "name", "acronym", "aliases" }.SelectMany(m => Strings(Catalog().GetProperty("agencies"), m)).Distinct()],
        _ => [],
    };
}
