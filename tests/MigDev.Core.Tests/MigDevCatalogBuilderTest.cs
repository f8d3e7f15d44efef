using System.Text.Json;
using MigDev.Core.Catalog;
using MigDev.Core.Serialization;

namespace MigDev.Core.Tests;

/// <summary>A catalog built in code: the records added, alone or extending the embedded catalog (whose counts are read
/// from data/catalog/catalog.json directly), validated as a whole on Build with every fault at its path.</summary>
public class MigDevCatalogBuilderTest
{
    private static readonly JsonDocument File = JsonDocument.Parse(System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "data", "catalog", "catalog.json")));

    private static readonly SourceDocument Minutes = Record<SourceDocument>("""{"id":"board-2013","title":"Board minutes, 2013","author":"Migration Fund Ltd"}""");
    private static readonly Agency Fund = Record<Agency>("""{"id":"migration-fund","name":"Migration Fund","kind":"Foundation"}""");

    private static readonly Programme Pilot = Record<Programme>("""
        {"id":"diaspora-pilot","name":"Diaspora investment pilot","partners":[{"agency":"migration-fund","role":"Funding"}],
         "citations":[{"document":"board-2013","firstLine":4,"lastLine":4,"quote":"approved the pilot"}]}
        """);

    private static readonly FundingCommitment PilotFunding = Record<FundingCommitment>("""
        {"funders":[{"funder":"migration-fund"}],"stage":"Commitment","amount":{"amount":250000.00,"currency":"CHF"},"programme":"diaspora-pilot"}
        """);

    private static int InFile(string list) => File.RootElement.GetProperty(list).GetArrayLength();

    [Fact]
    public void Build_Alone_HoldsTheRecordsAdded()
    {
        var catalog = new MigDevCatalogBuilder().AddDocument(Minutes).AddAgency(Fund).AddProgramme(Pilot).AddCommitment(PilotFunding).Build("mine");

        Assert.Equal("mine", catalog.SourceName);
        Assert.Null(catalog.Extends);
        Assert.Equal(["board-2013"], catalog.Documents.Select(d => d.Id));
        Assert.Equal(["migration-fund"], catalog.Agencies.Select(a => a.Id.Value));
        Assert.Same(Pilot, catalog.GetProgramme(ProgrammeId.Parse("diaspora-pilot")));
        Assert.Equal(MoneyBag.Of([new Money(250_000.00m, CurrencyCode.CHF)]), catalog.CommittedTo(Pilot.Id));
        Assert.Equal("programmes[0]", Assert.Single(catalog.Citing("board-2013")).Path);
    }

    [Fact]
    public void Build_Extending_AddsToTheExtendedCatalog()
    {
        var catalog = new MigDevCatalogBuilder(extending: MigDevCatalog.Default).AddDocument(Minutes).AddAgency(Fund).AddProgramme(Pilot).Build("mine");

        Assert.Same(MigDevCatalog.Default, catalog.Extends);
        Assert.Equal("MigDev.Core.Catalog.catalog.json + mine", catalog.SourceName);
        Assert.Equal(InFile("programmes") + 1, catalog.Model.Programmes.Length);
        Assert.Equal(InFile("agencies") + 1, catalog.Agencies.Count);
        Assert.Equal(InFile("documents") + 1, catalog.Documents.Length);
        Assert.Equal(Pilot.Id, catalog.Model.Programmes[^1].Id);
    }

    [Fact]
    public void Build_Extending_AnAgencyAsTheExtendedCatalogHasIt_IsKeptOnce()
    {
        var undp = File.RootElement.GetProperty("agencies").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "undp");

        var catalog = new MigDevCatalogBuilder(extending: MigDevCatalog.Default).AddAgency(Record<Agency>(undp.GetRawText())).Build();

        Assert.Equal(InFile("agencies"), catalog.Agencies.Count);
    }

    [Fact]
    public void Build_Extending_AnotherAgencyWithAnIdOfTheExtendedCatalog_IsAFaultNamingIt()
    {
        var other = Record<Agency>("""{"id":"undp","name":"Undp Ltd","kind":"Ngo"}""");

        var ex = Assert.Throws<ModelValidationException>(() => new MigDevCatalogBuilder(extending: MigDevCatalog.Default).AddAgency(other).Build());

        var fault = Assert.Single(ex.Faults);
        Assert.Equal("agencies[0].id", fault.Path);
        Assert.Equal("undp", fault.Value);
        Assert.Equal("'MigDev.Core.Catalog.catalog.json' has another agency with this id", fault.Rule);
    }

    [Fact]
    public void Build_Extending_ReportsEveryFault_AtItsPathInTheBuildersLists()
    {
        var stray = Record<Programme>("""{"id":"my-pilot","name":"My pilot","partners":[{"agency":"atlantis","role":"Funding"}]}""");
        var elsewhere = Record<FundingCommitment>("""{"funders":[{"funder":"undp"}],"stage":"Pledge","amount":{"amount":1000,"currency":"EUR"},"programme":"nowhere"}""");

        var ex = Assert.Throws<ModelValidationException>(() => new MigDevCatalogBuilder(extending: MigDevCatalog.Default).AddProgramme(stray).AddCommitment(elsewhere).Build());

        Assert.Equal(
            [("commitments[0].programme", "nowhere"), ("programmes[0].partners[0].agency", "atlantis")],
            ex.Faults.Select(f => (f.Path, f.Value)).Order());
    }

    [Fact]
    public void Build_Alone_TwoAgenciesWithOneId_IsAFaultNamingTheId()
    {
        var again = Record<Agency>("""{"id":"migration-fund","name":"Migration Fund Two","kind":"Foundation"}""");

        var ex = Assert.Throws<ModelValidationException>(() => new MigDevCatalogBuilder().AddAgency(Fund).AddAgency(again).Build());

        var fault = Assert.Single(ex.Faults);
        Assert.Equal("agencies", fault.Path);
        Assert.Contains("'migration-fund'", fault.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_Null_ThrowsNamingTheParameter()
    {
        var builder = new MigDevCatalogBuilder();
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => builder.AddDocument(null!)).ParamName);
        Assert.Equal("agency", Assert.Throws<ArgumentNullException>(() => builder.AddAgency(null!)).ParamName);
        Assert.Equal("programme", Assert.Throws<ArgumentNullException>(() => builder.AddProgramme(null!)).ParamName);
        Assert.Equal("commitment", Assert.Throws<ArgumentNullException>(() => builder.AddCommitment(null!)).ParamName);
        Assert.Equal("theme", Assert.Throws<ArgumentNullException>(() => builder.AddTheme(null!)).ParamName);
        Assert.Equal("roundtable", Assert.Throws<ArgumentNullException>(() => builder.AddRoundtable(null!)).ParamName);
        Assert.Equal("session", Assert.Throws<ArgumentNullException>(() => builder.AddSession(null!)).ParamName);
        Assert.Equal("activity", Assert.Throws<ArgumentNullException>(() => builder.AddActivity(null!)).ParamName);
        Assert.Equal("meeting", Assert.Throws<ArgumentNullException>(() => builder.AddMeeting(null!)).ParamName);
        Assert.Equal("membership", Assert.Throws<ArgumentNullException>(() => builder.AddMembership(null!)).ParamName);
        var ex = Assert.Throws<ArgumentException>(() => builder.Build(" "));
        Assert.Equal("sourceName", ex.ParamName);
        Assert.Contains("' '", ex.Message, StringComparison.Ordinal);
    }

    // Records made from their JSON, as a user's document would hold them.
    private static T Record<T>(string json) => JsonSerializer.Deserialize<T>(json, MigDevJson.Options)!;
}
