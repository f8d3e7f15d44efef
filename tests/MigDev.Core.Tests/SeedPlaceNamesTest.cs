namespace MigDev.Core.Tests;

/// <summary>
/// Every country and region the five seed documents name, as a helper read them from the texts (TestData, with the
/// document and line of each): the library must resolve each country name to the code the reader gave, and each region
/// to its M49 area or a named region, or leave it unresolved where the reader said no place fits.
/// </summary>
public class SeedPlaceNamesTest
{
    // Sub-national places and adjectives the seeds write: not a country, not a region; left unresolved on purpose.
    // Adjectives and demonyms of countries ("Swiss", "Filipinos") are not country names and are not resolved either.
    private static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal) { "southern China", "Rajasthan", "European" };

    public static TheoryData<string, string, string, string> CountryRows => [.. TestCsv.Read("TestData", "seed-country-names.csv")
        .Where(r => r[3].Length > 0 && !r[4].Contains("adjective", StringComparison.OrdinalIgnoreCase) && !r[4].StartsWith("demonym", StringComparison.Ordinal))
        .Select(r => (r[0], r[1], r[2], r[3]))];

    public static TheoryData<string, string, string, string> RegionRows => [.. TestCsv.Read("TestData", "seed-region-names.csv").Select(r => (r[0], r[1], r[2], r[3]))];

    [Fact]
    public void ValidateTestData_HasTheNamesTheIssueQuotes()
    {
        var names = TestCsv.Read("TestData", "seed-country-names.csv").Select(r => r[2]).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("the Republic of Moldova", names);
        Assert.Contains("UNSC resolution 1244-administered Kosovo", names);
        Assert.Contains("the Occupied Palestinian Territory", names);
        Assert.Equal(100, CountryRows.Count);
    }

    [Theory]
    [MemberData(nameof(CountryRows))]
    public void Country_AsWrittenInTheSeeds_Resolves(string document, string line, string name, string alpha2)
    {
        Assert.True(Country.TryResolve(name, out var country), $"{document}:{line} '{name}' did not resolve");
        Assert.Equal(alpha2, country.Code.Code);
    }

    [Theory]
    [MemberData(nameof(RegionRows))]
    public void Region_AsWrittenInTheSeeds_ResolvesToM49OrNamedRegionNeverACountry(string document, string line, string name, string m49)
    {
        Assert.False(Country.TryResolve(name, out _), $"{document}:{line} '{name}' was forced into a country");
        if (NotPlaces.Contains(name))
        {
            Assert.False(Place.TryResolve(name, out _), $"{document}:{line} '{name}' is not a place the library should guess");
            return;
        }
        Assert.True(Place.TryResolve(name, out var place), $"{document}:{line} '{name}' did not resolve");
        if (m49.Length > 0)
        {
            Assert.Equal(PlaceKind.M49Area, place.Kind);
            Assert.Equal(int.Parse(m49, System.Globalization.CultureInfo.InvariantCulture), place.Area!.Code);
        }
        else
        {
            Assert.Equal(PlaceKind.NamedRegion, place.Kind);
        }
    }

}
