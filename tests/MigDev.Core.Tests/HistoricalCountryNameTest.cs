using System.Globalization;
using MigDev.Core.Tests.Contracts;

namespace MigDev.Core.Tests;

/// <summary>
/// Names of every era: former official names and common English names (data/m49/former-names.csv, each with its
/// source) resolve to their countries, carry the period they were official, and make no name ambiguous.
/// </summary>
public class HistoricalCountryNameTest
{
    private static readonly List<Dictionary<string, string>> FormerNames = TestCsv.ReadWithHeader("data", "m49", "former-names.csv");

    [Fact]
    public void ValidateTestData_EveryRowHasASourceAndAKind()
    {
        Assert.True(FormerNames.Count >= 30, $"{FormerNames.Count} rows");
        foreach (var row in FormerNames)
        {
            Assert.True(row["Source"].Length > 20, $"{row["Name"]}: a source, please");
            Assert.Contains(row["Kind"], new[] { "former official", "common English" });
            if (row["OfficialFrom"].Length > 0 || row["OfficialUntil"].Length > 0)
            {
                Assert.Equal("former official", row["Kind"]);
                Assert.StartsWith("http", row["Source"], StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal("common English", row["Kind"]);
            }
        }
    }

    // At least 60 names that UN texts, IATI narratives and ordinary English have used since 1990; the expected code is
    // written here, by hand, not read from the library.
    [Theory]
    [InlineData("Swaziland", "SZ")]
    [InlineData("Kingdom of Swaziland", "SZ")]
    [InlineData("Eswatini", "SZ")]
    [InlineData("the former Yugoslav Republic of Macedonia", "MK")]
    [InlineData("The Former Yugoslav Republic of Macedonia", "MK")]
    [InlineData("FYROM", "MK")]
    [InlineData("Macedonia", "MK")]
    [InlineData("Republic of Macedonia", "MK")]
    [InlineData("North Macedonia", "MK")]
    [InlineData("Burma", "MM")]
    [InlineData("Myanmar", "MM")]
    [InlineData("Zaire", "CD")]
    [InlineData("Republic of Zaire", "CD")]
    [InlineData("DRC", "CD")]
    [InlineData("DR Congo", "CD")]
    [InlineData("Congo-Kinshasa", "CD")]
    [InlineData("Democratic Republic of Congo", "CD")]
    [InlineData("the Democratic Republic of the Congo", "CD")]
    [InlineData("Congo-Brazzaville", "CG")]
    [InlineData("Republic of Congo", "CG")]
    [InlineData("Congo Republic", "CG")]
    [InlineData("the Republic of the Congo", "CG")]
    [InlineData("Congo", "CG")]
    [InlineData("Vatican", "VA")]
    [InlineData("Vatican City", "VA")]
    [InlineData("Holy See", "VA")]
    [InlineData("Federated States of Micronesia", "FM")]
    [InlineData("Micronesia", "FM")]
    [InlineData("Czech Republic", "CZ")]
    [InlineData("Czechia", "CZ")]
    [InlineData("Turkey", "TR")]
    [InlineData("Republic of Turkey", "TR")]
    [InlineData("Turkiye", "TR")]
    [InlineData("Cape Verde", "CV")]
    [InlineData("Republic of Cape Verde", "CV")]
    [InlineData("Cabo Verde", "CV")]
    [InlineData("East Timor", "TL")]
    [InlineData("Democratic Republic of East Timor", "TL")]
    [InlineData("Timor-Leste", "TL")]
    [InlineData("Holland", "NL")]
    [InlineData("Netherlands", "NL")]
    [InlineData("the Netherlands", "NL")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("Cote d'Ivoire", "CI")]
    [InlineData("Libyan Arab Jamahiriya", "LY")]
    [InlineData("Great Socialist People's Libyan Arab Jamahiriya", "LY")]
    [InlineData("Western Samoa", "WS")]
    [InlineData("Independent State of Western Samoa", "WS")]
    [InlineData("Republic of Bolivia", "BO")]
    [InlineData("Bolivia", "BO")]
    [InlineData("Venezuela", "VE")]
    [InlineData("Iran", "IR")]
    [InlineData("Syria", "SY")]
    [InlineData("Laos", "LA")]
    [InlineData("Lao PDR", "LA")]
    [InlineData("Vietnam", "VN")]
    [InlineData("Russia", "RU")]
    [InlineData("South Korea", "KR")]
    [InlineData("North Korea", "KP")]
    [InlineData("DPRK", "KP")]
    [InlineData("Tanzania", "TZ")]
    [InlineData("Moldova", "MD")]
    [InlineData("Brunei", "BN")]
    [InlineData("Great Britain", "GB")]
    [InlineData("Britain", "GB")]
    [InlineData("UK", "GB")]
    [InlineData("United States", "US")]
    [InlineData("USA", "US")]
    [InlineData("Macau", "MO")]
    [InlineData("Macao", "MO")]
    [InlineData("Hong Kong", "HK")]
    [InlineData("Palestine", "PS")]
    [InlineData("occupied Palestinian territory", "PS")]
    [InlineData("The Gambia", "GM")]
    public void Resolve_NameOfAnEra_IsItsCountry(string name, string alpha2)
    {
        Assert.True(Country.TryResolve(name, out var country), $"'{name}' did not resolve");
        Assert.Equal(alpha2, country.Code.Code);
    }

    [Fact]
    public void HistoricalNames_CarryThePeriodTheyWereOfficial()
    {
        AssertName("SZ", "Swaziland", HistoricalNameKind.FormerOfficial, null, 2018);
        AssertName("MK", "the former Yugoslav Republic of Macedonia", HistoricalNameKind.FormerOfficial, 1993, 2019);
        AssertName("CD", "Zaire", HistoricalNameKind.FormerOfficial, 1971, 1997);
        AssertName("TR", "Turkey", HistoricalNameKind.FormerOfficial, null, 2022);
        AssertName("LY", "Libyan Arab Jamahiriya", HistoricalNameKind.FormerOfficial, 1977, 2011);
        AssertName("CD", "DRC", HistoricalNameKind.CommonEnglish, null, null);
        AssertName("NL", "Holland", HistoricalNameKind.CommonEnglish, null, null);
    }

    [Fact]
    public void EveryRowOfTheFile_IsAHistoricalNameOfItsCountry()
    {
        foreach (var row in FormerNames)
        {
            var name = Assert.Single(Country.Get(row["Alpha2"]).HistoricalNames, n => n.Name == row["Name"]);
            Assert.Equal(row["Kind"] == "former official" ? HistoricalNameKind.FormerOfficial : HistoricalNameKind.CommonEnglish, name.Kind);
            Assert.Equal(Year(row["OfficialFrom"]), name.OfficialFrom);
            Assert.Equal(Year(row["OfficialUntil"]), name.OfficialUntil);
            Assert.Equal(row["Source"], name.Source);
        }
        Assert.Equal(FormerNames.Count, Country.GetAll(includeUnofficial: true).Sum(c => c.HistoricalNames.Length));
    }

    [Fact]
    public void ToString_NamesThePeriod()
    {
        Assert.Equal("Swaziland (official until 2018)", Find("SZ", "Swaziland").ToString());
        Assert.Equal("the former Yugoslav Republic of Macedonia (official 1993-2019)", Find("MK", "the former Yugoslav Republic of Macedonia").ToString());
        Assert.Equal("Holland (common English name)", Find("NL", "Holland").ToString());
    }

    [Fact]
    public void Equality_IsByValue() =>
        EqualityContract.AssertClass(
            Find("SZ", "Swaziland"),
            new HistoricalCountryName("Swaziland", HistoricalNameKind.FormerOfficial, null, 2018, Find("SZ", "Swaziland").Source),
            Find("SZ", "Kingdom of Swaziland"),
            Find("NL", "Holland"));

    private static HistoricalCountryName Find(string alpha2, string name) => Country.Get(alpha2).HistoricalNames.Single(n => n.Name == name);

    private static void AssertName(string alpha2, string name, HistoricalNameKind kind, int? from, int? until)
    {
        var found = Find(alpha2, name);
        Assert.Equal(kind, found.Kind);
        Assert.Equal(from, found.OfficialFrom);
        Assert.Equal(until, found.OfficialUntil);
    }

    private static int? Year(string text) => text.Length == 0 ? null : int.Parse(text, CultureInfo.InvariantCulture);
}
