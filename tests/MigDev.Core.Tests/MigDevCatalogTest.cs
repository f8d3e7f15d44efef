using System.Text;

namespace MigDev.Core.Tests;

/// <summary>The embedded catalog: it loads, holds together, and every citation is verbatim in its seed.</summary>
public class MigDevCatalogTest
{
    private static MigDevCatalog Catalog => MigDevCatalog.Default;

    [Fact]
    public void Default_LoadsAndValidatesAsAWhole()
    {
        Assert.Empty(Catalog.Model.Validate());
        Assert.NotEmpty(Catalog.Model.Programmes);
        Assert.NotEmpty(Catalog.Model.Activities);
    }

    [Fact]
    public void EveryCitation_IsVerbatimInItsSeed()
    {
        var model = Catalog.Model;
        var citations = model.Programmes.SelectMany(p => p.Citations)
            .Concat(model.Commitments.SelectMany(c => c.Citations))
            .Concat(model.Activities.SelectMany(a => a.Citations))
            .Concat(model.Meetings.SelectMany(m => m.Citations))
            .Concat(Catalog.Memberships.SelectMany(m => m.Citations))
            .ToList();
        Assert.Equal(561, citations.Count);
        SeedText.AssertVerbatim(citations);
    }

    [Fact]
    public void EveryRecord_CitesAtLeastOnePassage()
    {
        var model = Catalog.Model;
        Assert.All(model.Programmes, p => Assert.NotEmpty(p.Citations));
        Assert.All(model.Commitments, c => Assert.NotEmpty(c.Citations));
        Assert.All(model.Activities, a => Assert.NotEmpty(a.Citations));
        Assert.All(model.Meetings, m => Assert.NotEmpty(m.Citations));
        Assert.All(Catalog.Memberships, m => Assert.NotEmpty(m.Citations));
    }

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
    public void BadCatalogData_ThrowsMigDevDataExceptionWithPathAndValue()
    {
        const string Matrix = """{"document":"002","themes":[],"roundtables":[],"sessions":[],"activities":[]}""";
        const string Records = """{"programmes":[{"id":"p","name":"P","partners":[{"agency":"Not An Id","role":"Partner"}],"citations":[]}],"commitments":[],"meetings":[],"memberships":[]}""";
        var ex = Assert.Throws<MigDevDataException>(() => MigDevCatalog.Load(Stream(Matrix), "matrix.json", Stream(Records), "records.json"));
        Assert.Equal("records.json", ex.SourceName);
        Assert.Equal("$.programmes[0].partners[0].agency", ex.Path);
        Assert.Equal("Not An Id", ex.Value);

        const string BadCurrency = """{"programmes":[],"commitments":[{"funders":[{"funder":"undp"}],"stage":"Pledge","amount":{"amount":1,"currency":"XYZ"},"isIndicative":false}],"meetings":[],"memberships":[]}""";
        var currency = Assert.Throws<MigDevDataException>(() => MigDevCatalog.Load(Stream(Matrix), "matrix.json", Stream(BadCurrency), "records.json"));
        Assert.Equal("$.commitments[0].amount", currency.Path);
        Assert.Contains("XYZ", currency.Message, StringComparison.Ordinal);

        var json = Assert.Throws<MigDevDataException>(() => MigDevCatalog.Load(Stream(Matrix), "matrix.json", Stream("""{"programmes":[{"id":5}]}"""), "records.json"));
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
    public void Queries_ByAgency()
    {
        Assert.Contains(Catalog.ProgrammesOf(AgencyId.Parse("undp")), p => p.Id.Value == "jmdi");
        Assert.Equal(62, Catalog.ActivitiesWithExpertise(AgencyId.Parse("iom")).Length);
        Assert.Equal("programme id", Assert.Throws<ReferenceNotFoundException>(() => Catalog.GetProgramme(ProgrammeId.Parse("no-such-programme"))).KindOfThing);
    }
}
