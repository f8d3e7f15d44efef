using System.Globalization;
using System.Text.RegularExpressions;
using MigDev.Core.Catalog;
using MigDev.Core.Tests.Contracts;

namespace MigDev.Core.Tests;

/// <summary>A country in a programme's list: its validation, its value equality over every part, its text form, and
/// the four pilot countries of migration mainstreaming as seed 001 names them and the catalog holds them.</summary>
public class ProgrammeCountryTest
{
    private static readonly CountryCode Moldova = CountryCode.Parse("MD");

    // Seed 001, line 36.
    private static readonly Citation FourPilots = new("001", 36, 36, "migration mainstreaming processes in four pilot countries: Bangladesh, Jamaica, the Republic of Moldova and Tunisia.");

    private static ProgrammeCountry Full() => new(Moldova, CountryRelation.Pilot, [FourPilots], "A note.");

    [Fact]
    public void Constructor_Valid_KeepsEveryPart()
    {
        var country = Full();
        Assert.Equal(Moldova, country.Country);
        Assert.Equal(CountryRelation.Pilot, country.Relation);
        Assert.Equal([FourPilots], country.Citations);
        Assert.Equal("A note.", country.Note);
        SeedText.AssertVerbatim(country.Citations);
    }

    [Fact]
    public void Constructor_OptionalPartsNotGiven_AreNullOrEmpty()
    {
        var country = new ProgrammeCountry(Moldova, CountryRelation.Target, note: null);
        Assert.Null(country.Note);
        Assert.False(country.Citations.IsDefault);
        Assert.Empty(country.Citations);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_BlankNote_IsRefused_NullIsHowToSayNone(string note)
    {
        var e = Assert.Throws<ArgumentException>(() => new ProgrammeCountry(Moldova, CountryRelation.Target, note: note));
        Assert.Equal("note", e.ParamName);
        Assert.Contains("Country 'MD': note is empty or only white space", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DefaultCountry_ThrowsNamingTheCountry()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ProgrammeCountry(default, CountryRelation.Target));
        Assert.Equal("country", ex.ParamName);
        Assert.Contains("country is default(CountryCode)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(-1)]
    [InlineData(42)]
    public void Constructor_UndefinedRelation_ThrowsArgumentOutOfRangeWithTheRelation(int relation)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ProgrammeCountry(Moldova, (CountryRelation)relation));
        Assert.Equal("relation", ex.ParamName);
        Assert.Equal((CountryRelation)relation, ex.ActualValue);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"relation must be a defined CountryRelation, was {relation}."), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullCitation_ThrowsNamingTheCountryAndIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ProgrammeCountry(Moldova, CountryRelation.Pilot, [null!]));
        Assert.Equal("citations", ex.ParamName);
        Assert.Contains("Country 'MD': citations[0] is null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_IsByValue_OverEveryPart()
    {
        var a = Full();
        EqualityContract.AssertClass(
            a,
            Full(),
            new ProgrammeCountry(CountryCode.Parse("TN"), a.Relation, a.Citations, a.Note),
            new ProgrammeCountry(a.Country, CountryRelation.Target, a.Citations, a.Note),
            new ProgrammeCountry(a.Country, CountryRelation.ProgrammeCountry, a.Citations, a.Note),
            new ProgrammeCountry(a.Country, a.Relation, null, a.Note),
            new ProgrammeCountry(a.Country, a.Relation, [FourPilots, FourPilots], a.Note),
            new ProgrammeCountry(a.Country, a.Relation, a.Citations),
            new ProgrammeCountry(a.Country, a.Relation, a.Citations, "Another note."));
    }

    [Fact]
    public void ToString_IsCodeAndRelation()
    {
        Assert.Equal("MD Pilot", Full().ToString());
        Assert.Equal("DZ Target", new ProgrammeCountry(CountryCode.Parse("DZ"), CountryRelation.Target).ToString());
    }

    [Fact]
    public void Catalog_MainstreamingPilots_AreTheFourCountriesSeed001Names()
    {
        // "four pilot countries: Bangladesh, Jamaica, the Republic of Moldova and Tunisia." (seed 001, line 36).
        var match = Regex.Match(SeedText.Of("001")[35], "four pilot countries: ([^.<]+)", RegexOptions.CultureInvariant);
        Assert.True(match.Success);
        var named = Regex.Split(match.Groups[1].Value, ", | and ", RegexOptions.CultureInvariant).Select(n => Country.Resolve(n).Code).ToList();
        Assert.Equal(4, named.Count);

        var programme = MigDevCatalog.Default.GetProgramme(ProgrammeId.Parse("mainstreaming-migration"));
        var citedAt36 = programme.Countries.Where(c => c.Citations.Any(q => q.DocumentId == "001" && q.FirstLine == 36)).ToList();
        Assert.Equal(named, citedAt36.Select(c => c.Country));
        Assert.All(citedAt36, c => Assert.Equal(CountryRelation.Pilot, c.Relation));
        Assert.Equal(named, programme.CountriesIn(CountryRelation.Pilot).Take(4));
        SeedText.AssertVerbatim(programme.Countries.SelectMany(c => c.Citations));

        // Mali is a pilot only at line 162, which contradicts line 36: kept, with a note saying so.
        var mali = Assert.Single(programme.Countries, c => c.Country == Country.Resolve("Mali").Code);
        Assert.DoesNotContain(mali.Country, named);
        Assert.Contains("001:36", mali.Note, StringComparison.Ordinal);
        Assert.Contains("Tunisia and not Mali", mali.Note, StringComparison.Ordinal);
    }
}
