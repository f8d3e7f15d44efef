namespace MigDev.Core.Tests;

public class CountryTest
{
    [Fact]
    public void All_Has249OfficialCountriesAndLeavesKosovoOut()
    {
        Assert.Equal(249, Country.All.Length);
        Assert.DoesNotContain(Country.All, c => c.Code.Code == "XK");
        Assert.Equal(250, Country.GetAll(includeUnofficial: true).Count());
        Assert.Contains(Country.GetAll(includeUnofficial: true), c => c.Code.Code == "XK");
    }

    [Fact]
    public void Kosovo_IsUnofficialWithUnDesignationAndSerbiaAsParent()
    {
        var kosovo = Country.Get("XK");
        Assert.True(kosovo.IsUnofficialCode);
        Assert.Equal("XKX", kosovo.Alpha3);
        Assert.Null(kosovo.M49Code);
        Assert.Equal("Kosovo (under UNSC resolution 1244)", kosovo.FormalName);
        Assert.Equal(688, kosovo.StatisticalParent!.M49Code);
        Assert.Equal("Serbia", kosovo.StatisticalParent.ShortName);
        Assert.Equal(kosovo.StatisticalParent.SubRegion, kosovo.SubRegion);
        Assert.Same(kosovo, Country.Get("XKX"));
    }

    [Theory]
    [InlineData("UNSC resolution 1244-administered Kosovo", "XK")]
    [InlineData("Kosovo (under UNSC resolution 1244)", "XK")]
    [InlineData("the Occupied Palestinian Territory", "PS")]
    [InlineData("occupied Palestinian territory", "PS")]
    [InlineData("State of Palestine", "PS")]
    [InlineData("the Republic of Moldova", "MD")]
    [InlineData("Moldova", "MD")]
    [InlineData("Bolivia (Plurinational State of)", "BO")]
    [InlineData("Cape Verde", "CV")]
    [InlineData("Côte d’Ivoire", "CI")]
    [InlineData("Cote d'Ivoire", "CI")]
    [InlineData("Syrian Arab Republic", "SY")]
    [InlineData("Federated States of Micronesia", "FM")]
    [InlineData("PHL", "PH")]
    public void TryResolve_NamesAsUnTextsWriteThem(string name, string alpha2)
    {
        Assert.True(Country.TryResolve(name, out var country), name);
        Assert.Equal(alpha2, country.Code.Code);
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("Asia-Pacific")]
    [InlineData("Africa")]
    [InlineData("")]
    public void TryResolve_NotACountry_ReturnsFalse(string name) =>
        Assert.False(Country.TryResolve(name, out _));

    [Fact]
    public void Resolve_Unknown_ThrowsReferenceNotFoundNamingKindAndKey()
    {
        var ex = Assert.Throws<ReferenceNotFoundException>(() => Country.Resolve("Atlantis"));
        Assert.Equal("country name", ex.KindOfThing);
        Assert.Equal("Atlantis", ex.Key);
        Assert.Contains("'Atlantis'", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<KeyNotFoundException>(ex);
    }

    [Fact]
    public void Get_UnknownCode_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ReferenceNotFoundException>(() => Country.Get("QQ"));
        Assert.Equal("country code", ex.KindOfThing);
        Assert.Contains("'QQ'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'999'", Assert.Throws<ReferenceNotFoundException>(() => Country.GetByM49(999)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Moldova_HasM49FactsAndUnNames()
    {
        var md = Country.GetByM49(498);
        Assert.Equal("MD", md.Code.Code);
        Assert.Equal("MDA", md.Alpha3);
        Assert.Equal("Republic of Moldova", md.ShortName);
        Assert.Equal("the Republic of Moldova", md.FormalName);
        Assert.Equal("Eastern Europe", md.SubRegion!.Name);
        Assert.Equal(M49AreaKind.SubRegion, md.SubRegion.Kind);
        Assert.Equal("Europe", md.Region!.Name);
        Assert.True(md.IsLandlockedDeveloping);
        Assert.False(md.IsLeastDeveloped);
        Assert.Equal("République de Moldova", md.GetShortName(UnLanguage.French));
        Assert.NotNull(md.GetShortName(UnLanguage.Chinese));
    }

    [Fact]
    public void Equality_IsByCode()
    {
        Assert.Same(Country.Get("PH"), Country.Resolve("Philippines"));
        Assert.Equal(Country.Get("PH"), Country.Get("PHL"));
        Assert.NotEqual(Country.Get("PH"), Country.Get("MD"));
    }

    [Fact]
    public void M49Area_GetAndParents()
    {
        var westernAfrica = M49Area.Get(11);
        Assert.Equal("Western Africa", westernAfrica.Name);
        Assert.Equal(M49AreaKind.IntermediateRegion, westernAfrica.Kind);
        Assert.Equal(202, westernAfrica.Parent!.Code);
        Assert.Equal(2, westernAfrica.Parent.Parent!.Code);
        Assert.Equal(1, westernAfrica.Parent.Parent.Parent!.Code);
        Assert.Null(M49Area.Get(1).Parent);
        Assert.Equal("M49 area", Assert.Throws<ReferenceNotFoundException>(() => M49Area.Get(998)).KindOfThing);
        Assert.Equal("011 Western Africa", westernAfrica.ToString());
    }
}
