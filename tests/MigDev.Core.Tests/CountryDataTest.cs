using System.Globalization;

namespace MigDev.Core.Tests;

/// <summary>The generated country table against the repository's copy of the UN M49 CSV, read independently.</summary>
public class CountryDataTest
{
    private static readonly List<Dictionary<string, string>> M49 = TestCsv.ReadWithHeader("data", "m49", "UNSD-M49-en.csv");

    [Fact]
    public void ValidateTestData_M49TableHas249Areas() =>
        Assert.Equal(249, M49.Count);

    [Fact]
    public void EveryM49Row_LoadsWithCodesNamesRegionsAndFlags()
    {
        foreach (var row in M49)
        {
            var country = Country.Get(row["ISO-alpha2 Code"]);
            Assert.Equal(row["ISO-alpha3 Code"], country.Alpha3);
            Assert.Equal(int.Parse(row["M49 Code"], CultureInfo.InvariantCulture), country.M49Code);
            Assert.Same(country, Country.GetByM49(int.Parse(row["M49 Code"], CultureInfo.InvariantCulture)));
            // The short name is the UN Terminology name (CountryUnNamesTest); this copy's English name, where it differs
            // ("Ivory Coast", "Taiwan"), stays an alternative name.
            Assert.True(row["Country or Area"] == country.ShortName || country.AlternativeNames.Contains(row["Country or Area"]), row["Country or Area"]);
            Assert.Equal(Code(row["Region Code"]), country.Region?.Code);
            Assert.Equal(Code(row["Sub-region Code"]), country.SubRegion?.Code);
            Assert.Equal(Code(row["Intermediate Region Code"]), country.IntermediateRegion?.Code);
            Assert.Equal(row["Region Name"].Length == 0 ? null : row["Region Name"], country.Region?.Name);
            Assert.Equal(row["Least Developed Countries (LDC)"] == "x", country.IsLeastDeveloped);
            Assert.Equal(row["Land Locked Developing Countries (LLDC)"] == "x", country.IsLandlockedDeveloping);
            Assert.Equal(row["Small Island Developing States (SIDS)"] == "x", country.IsSmallIslandDeveloping);
            Assert.False(country.IsUnofficialCode);
            Assert.True(Country.TryResolve(row["Country or Area"], out var byName), row["Country or Area"]);
            Assert.Same(country, byName);
        }
    }

    [Fact]
    public void Flags_CountAsTheM49Table()
    {
        Assert.Equal(M49.Count(r => r["Least Developed Countries (LDC)"] == "x"), Country.All.Count(c => c.IsLeastDeveloped));
        Assert.Equal(M49.Count(r => r["Small Island Developing States (SIDS)"] == "x"), Country.All.Count(c => c.IsSmallIslandDeveloping));
    }

    private static int? Code(string text) => text.Length == 0 ? null : int.Parse(text, CultureInfo.InvariantCulture);
}
