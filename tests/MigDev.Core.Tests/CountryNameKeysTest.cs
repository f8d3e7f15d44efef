using MigDev.Core.Internal;

namespace MigDev.Core.Tests;

/// <summary>
/// No name is ambiguous: every name of every country (short and formal in six languages, alternative and historical
/// names, codes) resolves to that country alone, and none is also a region name (M49 areas and data/m49/region-names.csv,
/// read here) except the one documented clash, "Micronesia".
/// </summary>
public class CountryNameKeysTest
{
    private static readonly string[] DocumentedRegionClashes = ["Micronesia"];

    private static IEnumerable<(Country Country, string Name)> AllNames() =>
        Country.GetAll(includeUnofficial: true).SelectMany(c =>
            Enum.GetValues<UnLanguage>().SelectMany(l => new[] { c.GetShortName(l), c.GetFormalName(l) })
                .Concat(c.AlternativeNames).Concat(c.HistoricalNames.Select(n => n.Name))
                .Append(c.Code.Code).Append(c.Alpha3)
                .OfType<string>()
                .Select(n => (c, n)));

    private static HashSet<string> RegionKeys()
    {
        var m49 = TestCsv.ReadWithHeader("data", "m49", "UNSD-M49-en.csv");
        var names = m49.SelectMany(r => new[] { r["Global Name"], r["Region Name"], r["Sub-region Name"], r["Intermediate Region Name"] })
            .Concat(TestCsv.ReadWithHeader("data", "m49", "region-names.csv").Select(r => r["Name"]))
            .Where(n => n.Length > 0);
        return [.. names.Select(NameKey.Normalize)];
    }

    [Fact]
    public void ValidateTestData_ThereAreThousandsOfNames() =>
        Assert.True(AllNames().Count() > 2500, $"{AllNames().Count()} names");

    [Fact]
    public void EveryNameOfEveryCountry_ResolvesToThatCountryAlone()
    {
        var failures = AllNames()
            .Where(x => !Country.TryResolve(x.Name, out var found) || found != x.Country)
            .Select(x => $"{x.Country.Code} '{x.Name}' -> {string.Join(", ", CountryTable.FindName(x.Name))}")
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void NoCountryName_IsARegionName_ButTheDocumentedOne()
    {
        var regions = RegionKeys();
        var clashes = AllNames().Where(x => regions.Contains(NameKey.Normalize(x.Name))).Select(x => x.Name).Distinct().ToList();
        Assert.Equal(DocumentedRegionClashes, clashes);
    }

    [Fact]
    public void Micronesia_IsTheCountryToCountryButAmbiguousToPlace()
    {
        Assert.Equal("FM", Country.Resolve("Micronesia").Code.Code);
        Assert.False(Place.TryResolve("Micronesia", out var place));
        Assert.Null(place);
        var ex = Assert.Throws<ReferenceNotFoundException>(() => Place.Resolve("Micronesia"));
        Assert.Equal(2, ex.Candidates.Length);
        Assert.Equal(PlaceKind.Country, Place.Resolve("Federated States of Micronesia").Kind);
        Assert.Equal("Micronesia", M49Area.Get(57).Name);
    }
}
