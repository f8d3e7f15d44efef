using CsCheck;
using MigDev.Core.Internal;

namespace MigDev.Core.Tests;

/// <summary>The allocation-free key (issue 21) against <see cref="NameKey.Normalize"/>: the same key for every name of
/// every country in the six UN languages, for every BMP character alone, and for random texts.</summary>
public class NameKeyTest
{
    private static string? Fast(string name)
    {
        var buffer = new char[NameKey.MaxFastLength];
        var length = NameKey.TryNormalize(name, buffer);
        return length < 0 ? null : new string(buffer, 0, length);
    }

    private static IEnumerable<string> CountryNames() =>
        Country.GetAll(includeUnofficial: true).SelectMany(c =>
            Enum.GetValues<UnLanguage>().SelectMany(l => new[] { c.GetShortName(l), c.GetFormalName(l) })
                .Concat(c.AlternativeNames).Concat(c.HistoricalNames.Select(n => n.Name)))
            .OfType<string>();

    [Fact]
    public void TryNormalize_EveryCountryName_GivesNormalizesKey()
    {
        var names = CountryNames().ToList();
        var mismatches = names.Where(n => Fast(n) is { } key && key != NameKey.Normalize(n)).ToList();
        Assert.Empty(mismatches);
        // Nearly every name takes the fast path (the UN's names in Arabic, Chinese and Russian included).
        Assert.True(names.Count(n => Fast(n) is null) * 100 < names.Count, $"{names.Count(n => Fast(n) is null)} of {names.Count} slow");
    }

    [Fact]
    public void TryNormalize_EveryBmpCharacterInAName_GivesNormalizesKey()
    {
        var mismatches = new List<string>();
        for (var c = 1; c <= char.MaxValue; c++)
        {
            var name = "The Ab" + (char)c + "cd (the)";
            if (Fast(name) is { } key && key != NameKey.Normalize(name))
            {
                mismatches.Add($"U+{c:X4}: '{key}' vs '{NameKey.Normalize(name)}'");
            }
        }
        Assert.Empty(mismatches);
    }

    [Fact]
    public void TryNormalize_RandomTexts_GiveNormalizesKey() =>
        Gen.String[Gen.Frequency((3, Gen.Char["aBéE\u0301 \t\u00A0the()’–İß\u1100가Ⅻ\uD83D"]), (1, Gen.Char)), 0, 40]
            .Sample(name => Fast(name) is not { } key || key == NameKey.Normalize(name), seed: "0K8nQ2vR5tYw", iter: Hostile.TryMethodsTest.Iterations(20_000));

    [Fact]
    public void TryNormalize_TooLongForTheBuffer_IsLeftToNormalize()
    {
        var name = new string('a', NameKey.MaxFastLength + 1);
        Assert.Equal(-1, NameKey.TryNormalize(name, new char[NameKey.MaxFastLength]));
        Assert.True(Country.TryResolve("  the  Republic   of   Moldova  ", out var moldova));
        Assert.Equal("MD", moldova.Code.Code);
    }

    // The first look among the names as held (any case for ASCII) gives what the full path gives, for every name of
    // every country as held, in upper and in lower case, and with its spaces doubled.
    [Fact]
    public void TryResolve_NamesInAnyCase_GiveTheFullPathsAnswer()
    {
        var mismatches = new List<string>();
        foreach (var name in CountryNames().SelectMany(n => new[] { n, n.ToUpperInvariant(), n.ToLowerInvariant(), n.Replace(" ", "  ", StringComparison.Ordinal) }))
        {
            var full = CountryTable.FindName(name);
            var expected = full.Count == 1 ? Country.Get(new CountryCode(full[0])) : null;
            Country.TryResolve(name, out var actual);
            if (actual != expected)
            {
                mismatches.Add($"'{name}': {actual} vs {expected}");
            }
        }
        Assert.Empty(mismatches);
    }
}
