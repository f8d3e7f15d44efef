using System.Text;
using MigDev.Core.Catalog;

namespace MigDev.Core.Tests;

/// <summary>A user's own catalog: extending the embedded one, merging, building in code, saving back.</summary>
public class OwnCatalogTest
{
    // A programme of the user's own, run by UNDP (an embedded agency) and funded by an agency of the user's own.
    private const string Mine = """
        {"formatVersion":1,
         "documents":[{"id":"board-2013","title":"Board minutes, 2013","author":"Migration Fund Ltd"}],
         "agencies":[{"id":"migration-fund","name":"Migration Fund","kind":"Foundation"}],
         "programmes":[{"id":"diaspora-pilot","name":"Diaspora investment pilot","parent":"jmdi",
           "partners":[{"agency":"undp","role":"Implementing"},{"agency":"migration-fund","role":"Funding"}],
           "citations":[{"document":"board-2013","firstLine":4,"lastLine":4,"quote":"approved the pilot"}]}],
         "commitments":[{"funders":[{"funder":"migration-fund"}],"stage":"Commitment",
           "amount":{"amount":250000.00,"currency":"CHF"},"programme":"diaspora-pilot","valueDate":"2013-03-01"}]}
        """;

    [Fact]
    public void AUsersCatalog_ExtendsTheEmbeddedOne_AndRefersToItsAgenciesAndProgrammes()
    {
        var catalog = CatalogDocument.Parse(Mine, "mine.json", extending: MigDevCatalog.Default);
        Assert.Equal(MigDevCatalog.Default.Model.Programmes.Length + 1, catalog.Model.Programmes.Length);
        Assert.Equal(MigDevCatalog.Default.Model.Agencies.Count + 1, catalog.Model.Agencies.Count);
        Assert.Equal(6, catalog.Model.Documents.Length);
        Assert.Contains(catalog.ProgrammesOf(AgencyId.Parse("undp")), p => p.Id.Value == "diaspora-pilot");
        Assert.Equal(MoneyBag.Of([new Money(250_000.00m, CurrencyCode.CHF)]), catalog.CommittedTo(ProgrammeId.Parse("diaspora-pilot")));
        Assert.Equal("MigDev.Core.Catalog.catalog.json + mine.json", catalog.SourceName);

        // Alone, the same document does not hold together: UNDP and JMDI are not in it.
        var alone = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse(Mine, "mine.json"));
        Assert.Equal(["$.programmes[0].parent", "$.programmes[0].partners[0].agency"], alone.Faults.Select(f => f.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SavedBack_AnExtendingCatalogWritesOnlyItsOwnRecords_AndReadsBackWhole()
    {
        var catalog = CatalogDocument.Parse(Mine, "mine.json", extending: MigDevCatalog.Default);
        var path = Path.Combine(Path.GetTempPath(), $"migdev-{Guid.NewGuid():N}.json");
        try
        {
            Assert.Same(MigDevCatalog.Default, catalog.Extends);
            CatalogDocument.Save(catalog, path);

            // What was saved is the user's document, in canonical form: none of the embedded records.
            var saved = CatalogDocument.Parse(File.ReadAllText(path, Encoding.UTF8), "saved", extending: MigDevCatalog.Default);
            Assert.Equal(CatalogDocument.ToJson(CatalogDocument.Parse(Mine, "mine.json", extending: MigDevCatalog.Default)), File.ReadAllText(path, Encoding.UTF8));
            Assert.DoesNotContain("\"id\": \"jmdi\"", File.ReadAllText(path, Encoding.UTF8), StringComparison.Ordinal);
            Assert.Equal(["diaspora-pilot"], System.Text.Json.JsonDocument.Parse(File.ReadAllText(path, Encoding.UTF8)).RootElement.GetProperty("programmes").EnumerateArray().Select(p => p.GetProperty("id").GetString()));

            // Read back with the same catalog to extend, it is the same union.
            var again = CatalogDocument.LoadFile(path, extending: MigDevCatalog.Default);
            Assert.Equal(catalog.Model.Programmes.Length, again.Model.Programmes.Length);
            Assert.Equal(catalog.Model.Agencies.Count, again.Model.Agencies.Count);
            Assert.True(catalog.GetProgramme(ProgrammeId.Parse("diaspora-pilot")).ContentEquals(again.GetProgramme(ProgrammeId.Parse("diaspora-pilot"))));
            Assert.Equal(catalog.CommittedTo(ProgrammeId.Parse("diaspora-pilot")), again.CommittedTo(ProgrammeId.Parse("diaspora-pilot")));

            // The whole union as a document that stands alone: FromModel, then write.
            var whole = MigDevCatalog.FromModel(catalog.Model, "union");
            Assert.Null(whole.Extends);
            var standalone = CatalogDocument.Parse(CatalogDocument.ToJson(whole), "union.json");
            Assert.Equal(CatalogDocument.ToJson(whole), CatalogDocument.ToJson(standalone));
            Assert.Equal(catalog.Model.Programmes.Length, standalone.Model.Programmes.Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ABuiltCatalog_ExtendingTheEmbeddedOne_SavesAndLoadsBack()
    {
        var built = new MigDevCatalogBuilder(extending: MigDevCatalog.Default)
            .AddProgramme(new Programme(ProgrammeId.Parse("my-pilot"), "My pilot") { Partners = [new Participant(AgencyId.Parse("undp"), OrganisationRole.Implementing)] })
            .Build("mine");
        var json = CatalogDocument.ToJson(built);

        Assert.Same(MigDevCatalog.Default, built.Extends);
        Assert.DoesNotContain("\"agencies\"", json, StringComparison.Ordinal);
        var again = CatalogDocument.Parse(json, "mine.json", extending: MigDevCatalog.Default);
        Assert.Equal(json, CatalogDocument.ToJson(again));
        Assert.Equal(MigDevCatalog.Default.Model.Programmes.Length + 1, again.Model.Programmes.Length);
    }

    [Fact]
    public void ConflictingIds_AreFaultsNamingBothSources()
    {
        const string Clash = """
            {"formatVersion":1,
             "agencies":[{"id":"undp","name":"Undp Ltd","kind":"Ngo"}],
             "programmes":[{"id":"jmdi","name":"My JMDI"}]}
            """;
        var ex = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse(Clash, "clash.json", extending: MigDevCatalog.Default));
        Assert.Equal("clash.json", ex.SourceName);
        Assert.Contains(ex.Faults, f => f.Path == "$.agencies[0].id" && f.Rule.Contains("MigDev.Core.Catalog.catalog.json", StringComparison.Ordinal));
        Assert.Contains("clash.json", ex.Message, StringComparison.Ordinal);

        var programmeOnly = CatalogDocument.Parse("""{"formatVersion":1,"programmes":[{"id":"jmdi","name":"My JMDI"}]}""", "mine-jmdi.json");
        var merge = Assert.Throws<MigDevDataException>(() => MigDevCatalog.Default.Merge(programmeOnly));
        var fault = Assert.Single(merge.Faults);
        Assert.Equal("$.programmes[0].id", fault.Path);
        Assert.Contains("MigDev.Core.Catalog.catalog.json", fault.Rule, StringComparison.Ordinal);
        Assert.Equal("mine-jmdi.json", merge.SourceName);
    }

    [Fact]
    public void Merge_OfTwoStandaloneCatalogs_KeepsTheSharedRecordsOnce()
    {
        const string A = """{"formatVersion":1,"agencies":[{"id":"a","name":"A","kind":"Ngo"}],"programmes":[{"id":"p","name":"P","partners":[{"agency":"a","role":"Funding"}]}]}""";
        const string B = """{"formatVersion":1,"agencies":[{"id":"a","name":"A","kind":"Ngo"}],"programmes":[{"id":"q","name":"Q","partners":[{"agency":"a","role":"Funding"}]}]}""";
        var union = CatalogDocument.Parse(A, "a.json").Merge(CatalogDocument.Parse(B, "b.json"));
        Assert.Single(union.Model.Agencies);
        Assert.Equal(["p", "q"], union.Model.Programmes.Select(p => p.Id.Value));
        Assert.Equal("a.json + b.json", union.SourceName);
    }

    [Fact]
    public void Builder_ValidatesOnBuild_WithEveryFault()
    {
        var pilot = ProgrammeId.Parse("my-pilot");
        var built = new MigDevCatalogBuilder(extending: MigDevCatalog.Default)
            .AddProgramme(new Programme(pilot, "My pilot") { Partners = [new Participant(AgencyId.Parse("undp"), OrganisationRole.Implementing)] })
            .AddCommitment(new FundingCommitment([new FundingContribution(AgencyId.Parse("sdc"))], FundingStage.Commitment,
                new Money(250_000m, CurrencyCode.CHF)) { Programme = pilot, ValueDate = PartialDate.Parse("2013-01") })
            .Build("my-model");
        Assert.Equal(MoneyBag.Of([new Money(250_000m, CurrencyCode.CHF)]), built.CommittedTo(pilot));

        var broken = new MigDevCatalogBuilder()
            .AddProgramme(new Programme(pilot, "My pilot") { Partners = [new Participant(AgencyId.Parse("undp"), OrganisationRole.Implementing)] })
            .AddCommitment(new FundingCommitment([new FundingContribution(AgencyId.Parse("sdc"))], FundingStage.Commitment,
                new Money(250_000m, CurrencyCode.CHF)) { Programme = ProgrammeId.Parse("elsewhere") });
        var ex = Assert.Throws<ModelValidationException>(() => broken.Build());
        Assert.Equal(
            ["commitments[0].funders[0].funder", "commitments[0].programme", "programmes[0].partners[0].agency"],
            ex.Faults.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Throws<ArgumentNullException>(() => new MigDevCatalogBuilder().AddAgency(null!));
    }

    [Fact]
    public void Load_FromAStreamAndAFile_NamesTheSourceInErrors()
    {
        var bad = Encoding.UTF8.GetBytes("""{"formatVersion":1,"programmes":[{"id":"p","name":"P","phase":-1}]}""");
        Assert.Equal("upload", Assert.Throws<MigDevDataException>(() => CatalogDocument.Load(new MemoryStream(bad), "upload")).SourceName);
        var path = Path.Combine(Path.GetTempPath(), $"migdev-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(path, bad);
        try
        {
            var ex = Assert.Throws<MigDevDataException>(() => CatalogDocument.LoadFile(path));
            Assert.Equal(path, ex.SourceName);
            Assert.StartsWith(path, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
