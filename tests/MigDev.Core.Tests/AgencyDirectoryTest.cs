using MigDev.Core.Catalog;
namespace MigDev.Core.Tests;

public class AgencyDirectoryTest
{
    private static readonly AgencyDirectory Directory = MigDevCatalog.Default.Agencies;

    public static TheoryData<string, string, string, string> SeedSpellings => [.. TestCsv.Read("TestData", "seed-organisation-names.csv")
        .Select(r => (r[0], r[1], r[2], r[3]))];

    [Fact]
    public void Default_HasEveryAgencyOfTheExpectedTableWithItsFields()
    {
        var rows = TestCsv.Read("TestData", "agencies-expected.csv");
        Assert.Equal(100, rows.Count);
        Assert.Equal(rows.Count, Directory.Count);
        foreach (var r in rows)
        {
            var agency = Directory.Get(AgencyId.Parse(r[0]));
            Assert.Equal(r[1].Length == 0 ? null : r[1], agency.Acronym);
            Assert.Equal(r[2], agency.Name);
            Assert.Equal(r[3], agency.Kind.ToString());
            Assert.Equal(r[4].Length == 0 ? null : r[4], agency.Parent?.Value);
            Assert.Equal(r[5].Length == 0 ? null : r[5], agency.IatiIdentifier);
        }
    }

    [Theory]
    [MemberData(nameof(SeedSpellings))]
    public void EverySpellingInTheSeeds_FindsItsAgency(string document, string line, string name, string canonical)
    {
        Assert.True(Directory.TryGetByAlias(name, out var agency), $"{document}:{line} '{name}' found no single agency");
        Assert.Equal(canonical, agency.Id.Value);
    }

    [Theory]
    [InlineData("UN/DESA", "un-desa")]
    [InlineData("DESA", "un-desa")]
    [InlineData("UN-DESA", "un-desa")]
    [InlineData("UN Population Fund", "unfpa")]
    [InlineData("Office of the UN High Commissioner for Refugees", "unhcr")]
    [InlineData("the Global Migration Group", "gmg")]
    [InlineData("JMIDI", "jmdi")]
    [InlineData("undp", "undp")]
    public void GetByAlias_SpellingsOfOneAgency(string name, string id) =>
        Assert.Equal(id, Directory.GetByAlias(name).Id.Value);

    [Theory]
    [InlineData("XM-DAC-41114", "undp")]
    [InlineData("41114", "undp")]
    [InlineData("XM-DAC-41119", "unfpa")]
    [InlineData("XM-DAC-41121", "unhcr")]
    [InlineData("XM-DAC-41122", "unicef")]
    [InlineData("XM-DAC-41128", "unodc")]
    [InlineData("XM-DAC-41146", "un-women")]
    [InlineData("XM-DAC-41302", "ilo")]
    [InlineData("XM-DAC-47066", "iom")]
    [InlineData("47066", "iom")]
    [InlineData("XM-DAC-44000", "world-bank")]
    [InlineData("XM-DAC-44001", "world-bank")]
    [InlineData("XM-DAC-44002", "world-bank")]
    public void GetByIatiIdentifier_IdentifiersAndBareDacCodes(string identifier, string id) =>
        Assert.Equal(id, Directory.GetByIatiIdentifier(identifier).Id.Value);

    [Theory]
    [InlineData("un-desa")]
    [InlineData("mdg-f")]
    public void IatiIdentifier_NoneWhereNoneExists(string id) =>
        Assert.Null(Directory.Get(AgencyId.Parse(id)).IatiIdentifier);

    [Fact]
    public void GetByAcronym()
    {
        Assert.Equal("gmg", Directory.GetByAcronym("GMG").Id.Value);
        Assert.True(Directory.TryGetByAcronym("UNITAR", out var unitar));
        Assert.Equal(AgencyKind.TrainingAndResearchInstitute, unitar.Kind);
        Assert.False(Directory.TryGetByAcronym("United Nations Development Programme", out _));
    }

    [Fact]
    public void NotFound_ThrowsNamingKindAndKey()
    {
        var byId = Assert.Throws<ReferenceNotFoundException>(() => Directory.Get(AgencyId.Parse("atlantis-agency")));
        Assert.Equal("agency id", byId.KindOfThing);
        Assert.Contains("'atlantis-agency'", byId.Message, StringComparison.Ordinal);
        var byName = Assert.Throws<ReferenceNotFoundException>(() => Directory.GetByAlias("Atlantis Agency"));
        Assert.Equal("agency name", byName.KindOfThing);
        Assert.Equal("Atlantis Agency", byName.Key);
        var byIati = Assert.Throws<ReferenceNotFoundException>(() => Directory.GetByIatiIdentifier("XM-DAC-99999"));
        Assert.Equal("IATI organisation identifier", byIati.KindOfThing);
        Assert.Contains("XM-DAC-99999", byIati.Message, StringComparison.Ordinal);
        Assert.False(Directory.TryGet(default, out _));
    }

    [Fact]
    public void Create_DuplicateIdMissingParentOrSharedIatiIdentifier_IsRefusedNamingBoth()
    {
        var a = new Agency(AgencyId.Parse("a"), "Agency A", AgencyKind.Ngo) { IatiIdentifier = "XI-IATI-A" };
        var a2 = new Agency(AgencyId.Parse("a"), "Agency A bis", AgencyKind.Ngo);
        var dup = Assert.Throws<ArgumentException>(() => AgencyDirectory.Create([a, a2]));
        Assert.Equal("agencies", dup.ParamName);
        Assert.Contains("Agency A bis", dup.Message, StringComparison.Ordinal);
        var orphan = new Agency(AgencyId.Parse("b"), "Agency B", AgencyKind.Ngo) { Parent = AgencyId.Parse("nowhere") };
        Assert.Contains("'nowhere'", Assert.Throws<ArgumentException>(() => AgencyDirectory.Create([orphan])).Message, StringComparison.Ordinal);
        var sameIati = new Agency(AgencyId.Parse("c"), "Agency C", AgencyKind.Ngo) { IatiAliases = ["XI-IATI-A"] };
        Assert.Contains("'XI-IATI-A'", Assert.Throws<ArgumentException>(() => AgencyDirectory.Create([a, sameIati])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_AddsAUsersOwnOrganisationBesideTheDefaultOnes()
    {
        var mine = new Agency(AgencyId.Parse("my-diaspora-ngo"), "My Diaspora NGO", AgencyKind.Ngo) { Acronym = "MDN", Parent = null };
        var extended = Directory.With(mine);
        Assert.Equal(Directory.Count + 1, extended.Count);
        Assert.Same(mine, extended.GetByAlias("MDN"));
        Assert.False(Directory.TryGetByAlias("MDN", out _));
    }


    [Fact]
    public void TryGetByIatiIdentifier_EveryDacCodeOfTheCatalog_WithOrWithoutItsPrefix_AnyCase_NotSpaced()
    {
        // The identifiers as data/catalog/catalog.json writes them, read directly.
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine("data", "catalog", "catalog.json")));
        var dac = json.RootElement.GetProperty("agencies").EnumerateArray()
            .Where(a => a.TryGetProperty("iatiIdentifier", out var i) && i.GetString()!.StartsWith("XM-DAC-", StringComparison.Ordinal))
            .Select(a => (Id: a.GetProperty("id").GetString()!, Code: a.GetProperty("iatiIdentifier").GetString()!))
            .ToList();
        Assert.Equal(9, dac.Count); // ILO, IOM, UN Women, UNDP, UNFPA, UNHCR, UNICEF, UNODC, the World Bank
        var directory = MigDevCatalog.Default.Agencies;
        foreach (var (id, code) in dac)
        {
            foreach (var written in new[] { code, code[7..], code.ToLowerInvariant(), $"Xm-dAc-{code[7..]}" })
            {
                Assert.True(directory.TryGetByIatiIdentifier(written, out var agency), $"'{written}' did not resolve");
                Assert.Equal(id, agency.Id.Value);
            }
            // A code has no white space around it (docs/design-decisions.md, issue 19); the message says what was meant.
            foreach (var spaced in new[] { $"  {code} ", $" {code[7..]}\t" })
            {
                Assert.False(directory.TryGetByIatiIdentifier(spaced, out _));
                var ex = Assert.Throws<ReferenceNotFoundException>(() => directory.GetByIatiIdentifier(spaced));
                Assert.Contains($"did you mean '{spaced.Trim()}'?", ex.Message, StringComparison.Ordinal);
                Assert.StartsWith($"{id} ", Assert.Single(ex.NearestMatches), StringComparison.Ordinal);
            }
        }
        Assert.False(directory.TryGetByIatiIdentifier("XM-DAC-", out _));
        Assert.False(directory.TryGetByIatiIdentifier("  ", out _));
        Assert.False(directory.TryGetByIatiIdentifier("99999", out _));
    }
}
