using System.Text;
using System.Text.Json;
using MigDev.Core.Catalog;

namespace MigDev.Core.Tests;

/// <summary>The embedded catalog: it loads, holds together, and every citation is verbatim in its seed.</summary>
public partial class MigDevCatalogTest
{
    private static MigDevCatalog Catalog => MigDevCatalog.Default;

    [Fact]
    public void Default_LoadsAndValidatesAsAWhole()
    {
        Assert.Empty(ModelValidator.Validate(Catalog.Model));
        Assert.NotEmpty(Catalog.Model.Programmes);
        Assert.NotEmpty(Catalog.Model.Activities);
    }

    [Fact]
    public void EveryCitation_IsVerbatimInItsSeed_AndNoneOfTheDocumentsCitationsIsLost()
    {
        var cited = Catalog.Model.Documents.SelectMany(d => Catalog.Citing(d.Id)).Select(r => r.Citation).ToList();
        // Counted in the JSON itself, independently of the mapping: every quote of the document reaches the types.
        Assert.Equal(CountMembers(JsonDocument.Parse(EmbeddedJson()).RootElement, "quote"), cited.Count);
        Assert.True(cited.Count > 700, $"{cited.Count} citations");
        SeedText.AssertVerbatim(cited);
    }

    [Fact]
    public void EveryRecord_CitesAtLeastOnePassage()
    {
        var model = Catalog.Model;
        Assert.All(model.Agencies, a => Assert.NotEmpty(a.Citations));
        Assert.All(model.Programmes, p => Assert.NotEmpty(p.Citations));
        Assert.All(model.Commitments, c => Assert.NotEmpty(c.Citations));
        Assert.All(model.Themes, t => Assert.NotEmpty(t.Citations));
        Assert.All(model.Roundtables, r => Assert.NotEmpty(r.Citations));
        Assert.All(model.Sessions, s => Assert.NotEmpty(s.Citations));
        Assert.All(model.Activities, a => Assert.NotEmpty(a.Citations));
        Assert.All(model.Meetings, m => Assert.NotEmpty(m.Citations));
        Assert.All(model.Memberships, m => Assert.NotEmpty(m.Citations));
    }

    [Fact]
    public void Agencies_AreTheDefaultDirectory_AndTheDocumentsAreTheSeeds()
    {
        Assert.Same(MigDevCatalog.Default.Agencies, Catalog.Model.Agencies);
        // Counted in the JSON itself: 100 objects in "agencies" (90 until the re-read of issue 19).
        Assert.Equal(JsonDocument.Parse(EmbeddedJson()).RootElement.GetProperty("agencies").GetArrayLength(), Catalog.Model.Agencies.Count);
        Assert.Equal(100, Catalog.Model.Agencies.Count);
        Assert.Equal(["000", "001", "002", "003", "004"], MigDevCatalog.Default.Documents.Select(d => d.Id));
        Assert.Equal("2011-02", MigDevCatalog.Default.Documents[3].Date!.ToString());
    }

    [Fact]
    public void Citing_ListsTheRecordsOfADocument()
    {
        // Seed 004 is the summary of the 7 March 2007 seminar "Building Partnerships".
        var of004 = Catalog.Citing("004");
        Assert.Contains(of004, r => r.Record is Meeting { Name: "Building Partnerships" });
        Assert.Contains(of004, r => r.Record is Agency { Acronym: "UNITAR" } && r.Path.StartsWith("agencies[", StringComparison.Ordinal));
        Assert.All(of004, r => Assert.Equal("004", r.Citation.DocumentId));
        // Only seed 002 is the matrix: all its activities cite it, no other document's records are activities.
        Assert.Equal(63, Catalog.Citing("002").Where(r => r.Record is Activity).Select(r => r.Record).Distinct().Count());
        Assert.DoesNotContain(Catalog.Citing("001"), r => r.Record is Activity);
        Assert.Empty(Catalog.Citing("999"));
        Assert.Throws<ArgumentNullException>(() => Catalog.Citing(null!));
    }

    [Fact]
    public void EmbeddedDocument_IsCanonical_WritingWhatWasReadGivesTheSameBytes()
    {
        var embedded = EmbeddedJson();
        var written = CatalogDocument.ToJson(Catalog);
        Assert.Equal(embedded, written);
        var again = CatalogDocument.Parse(written, "written");
        Assert.Equal(written, CatalogDocument.ToJson(again));
        Assert.True(Catalog.Model.Programmes.Zip(again.Model.Programmes).All(x => x.First.ContentEquals(x.Second)));
        Assert.True(Catalog.Model.Agencies.Zip(again.Model.Agencies).All(x => x.First.ContentEquals(x.Second)));
        Assert.Equal(Catalog.Model.Commitments, again.Model.Commitments);
        Assert.Equal(Catalog.Model.Meetings, again.Model.Meetings);
        Assert.Equal(Catalog.Model.Activities, again.Model.Activities);
        Assert.Equal(Catalog.Model.Memberships, again.Model.Memberships);
    }

    [Fact]
    public void MeetingsKeepTheirHostsAndConveners()
    {
        // Seed 001: the Chisinau workshop was hosted by the Government of Moldova, co-hosted by Bangladesh, Jamaica
        // and Mali, and convened by UNDP and IOM.
        var chisinau = Catalog.Model.Meetings.Single(m => m.Aliases.Contains("Chisinau workshop"));
        Assert.Contains(chisinau.Participants, p => p.Agency.Value == "government-of-moldova" && p.Role == OrganisationRole.Host);
        Assert.Equal(3, chisinau.Participants.Count(p => p.Role == OrganisationRole.CoHost));
        Assert.Equal(["undp", "iom"], chisinau.Participants.Where(p => p.Role == OrganisationRole.Convener).Select(p => p.Agency.Value));
    }

    internal static string EmbeddedJson()
    {
        using var stream = typeof(MigDevCatalog).Assembly.GetManifestResourceStream("MigDev.Core.Catalog.catalog.json")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static int CountMembers(JsonElement element, string name) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Sum(p => (p.NameEquals(name) ? 1 : 0) + CountMembers(p.Value, name)),
        JsonValueKind.Array => element.EnumerateArray().Sum(e => CountMembers(e, name)),
        _ => 0,
    };

    [Fact]
    public void GfmdMatrix_HasThreeRoundtablesWithSessionsLetteredFromA()
    {
        var model = Catalog.Model;
        Assert.Equal([1, 2, 3], model.Roundtables.Select(r => r.Number).Order());
        foreach (var roundtable in model.Roundtables)
        {
            var letters = model.Sessions.Where(s => s.Roundtable == roundtable.Number).Select(s => s.Letter).Order().ToList();
            Assert.Equal(Enumerable.Range(0, letters.Count).Select(i => (char)('a' + i)), letters);
        }
        Assert.All(model.Activities, a => Assert.NotEmpty(a.Objectives));
    }

    [Fact]
    public void Jmdi_AndTheSeedsFundingAreThere()
    {
        var model = Catalog.Model;
        Assert.Contains(model.Programmes, p => p.Acronym == "JMDI");
        Assert.Contains(model.Commitments, c => c.Amount == new Money(15_000_000m, CurrencyCode.EUR));
        Assert.Contains(model.Commitments, c => c.Amount == new Money(528_000_000m, CurrencyCode.EUR));
    }

    [Fact]
    public void BadCatalogData_ThrowsMigDevDataExceptionWithSourcePathAndValue()
    {
        var ex = Assert.Throws<MigDevDataException>(() => CatalogDocument.Load(Stream("""{"formatVersion":1,"programmes":[{"id":"p","name":"P","partners":[{"agency":"Not An Id","role":"Partner"}]}]}"""), "records.json"));
        Assert.Equal("records.json", ex.SourceName);
        Assert.Equal("$.programmes[0].partners[0].agency", ex.Path);
        Assert.Contains("'Not An Id'", ex.Message, StringComparison.Ordinal);

        var currency = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse("""{"formatVersion":1,"commitments":[{"funders":[{"funder":"undp"}],"stage":"Pledge","amount":{"amount":1,"currency":"XYZ"}}]}"""));
        Assert.StartsWith("$.commitments[0].amount", currency.Path, StringComparison.Ordinal);
        Assert.Contains("XYZ", currency.Message, StringComparison.Ordinal);

        var json = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse("""{"formatVersion":1,"programmes":[{"id":5}]}"""));
        Assert.Equal("$.programmes[0].id", json.Path);
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}

/// <summary>Facts a user would check, each taken from the documents.</summary>
public class MigDevCatalogFactsTest
{
    private static MigDevCatalog Catalog => MigDevCatalog.Default;

    [Fact]
    public void MdgAchievementFund_CoordinatedByUndp_Holds528MillionEuros()
    {
        // Seed 000, line 16: "UNDP is coordinating the four-year 528 million euros MDG Achievement Fund with the
        // financial support provided by the Government of Spain".
        var fund = Catalog.Search("MDG Achievement Fund").Programmes.Single();
        Assert.Contains(fund.Partners, p => p.Agency.Value == "undp" && p.Role == OrganisationRole.Coordinator);
        Assert.Contains(fund.Partners, p => p.Agency.Value == "government-of-spain" && p.Role == OrganisationRole.Funding);
        Assert.Equal(MoneyBag.Of([new Money(528_000_000m, CurrencyCode.EUR)]), Catalog.CommittedTo(fund.Id));
    }

    [Fact]
    public void Session1hOfRoundtable1_ExpertiseOfIomUnhcrUnfpaUnodc()
    {
        // Seed 002, roundtable 1 session h: the third column lists IOM, UNHCR, UNFPA and UNODC.
        var experts = Catalog.ActivitiesOf(1, 'h').SelectMany(a => a.GmgMembersWithExpertise).Select(a => a.Value).Distinct().Order();
        Assert.Equal(["iom", "unfpa", "unhcr", "unodc"], experts);
        Assert.Empty(Catalog.ActivitiesOf(1, 'z'));
    }

    [Fact]
    public void JmdiTargetCountries_AreTheSixteenOfSeed001()
    {
        // Seed 001, line 90: "The target countries are: Algeria, Cape Verde, Ecuador, Egypt, Ethiopia, Georgia, Ghana,
        // Jamaica, Mali, the Republic of Moldova, Morocco, Nigeria, the Philippines, Senegal, Sri Lanka and Tunisia."
        var jmdi = Catalog.GetProgramme(ProgrammeId.Parse("jmdi"));
        Assert.Equal(
            ["CV", "DZ", "EC", "EG", "ET", "GE", "GH", "JM", "LK", "MA", "MD", "ML", "NG", "PH", "SN", "TN"],
            jmdi.CountriesIn(CountryRelation.Target).Select(c => c.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void JmdiFunding_PerCurrencyAndInUsd()
    {
        // Seed 000:15: "a 15 million euros programme"; seed 001:84: the second phase (a programme of its own, jmdi-2)
        // "a total budget of USD 9.5 million". EUR→USD on 2008-01-02 is 1.4688 in the ECB's file
        // (data/ecb/eurofxref-hist.csv): 15,000,000 × 1.4688 = 22,032,000.00.
        var jmdi = ProgrammeId.Parse("jmdi");
        Assert.Equal(MoneyBag.Of([new Money(15_000_000m, CurrencyCode.EUR)]), Catalog.CommittedTo(jmdi));
        var inUsd = Catalog.CommittedTo(jmdi, CurrencyCode.USD, new NodaTime.LocalDate(2008, 1, 2), RatePolicy.ExactDate);
        Assert.Equal(new Money(22_032_000.00m, CurrencyCode.USD), inUsd.Total);
        Assert.Equal(1.4688m, Assert.Single(inUsd.Lines).Rate.Rate);
        Assert.Equal(MoneyBag.Of([new Money(9_500_000m, CurrencyCode.USD)]), Catalog.CommittedTo(ProgrammeId.Parse("jmdi-2")));
        Assert.Equal(new Money(0m, CurrencyCode.USD), Catalog.CommittedTo(ProgrammeId.Parse("tokten-rwanda"), CurrencyCode.USD, new NodaTime.LocalDate(2008, 1, 2)).Total);
    }

    [Fact]
    public void Queries_ByAgency()
    {
        Assert.Contains(Catalog.ProgrammesOf(AgencyId.Parse("undp")), p => p.Id.Value == "jmdi");
        Assert.Equal(62, Catalog.ActivitiesWithExpertise(AgencyId.Parse("iom")).Length);
        Assert.Equal("programme id", Assert.Throws<ReferenceNotFoundException>(() => Catalog.GetProgramme(ProgrammeId.Parse("no-such-programme"))).KindOfThing);
    }
}
