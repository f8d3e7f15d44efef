using MigDev.Core.Catalog;
namespace MigDev.Core.Tests;

/// <summary>JMDI as the seeds state it, built in code, with every citation checked against the seed files.</summary>
public class ProgrammeTest
{
    private static readonly AgencyId Undp = AgencyId.Parse("undp");
    private static readonly AgencyId EuropeanCommission = AgencyId.Parse("european-commission");

    // Seed 001, line 90 (footnote 5): the list as written.
    private const string TargetCountries = "Algeria, Cape Verde, Ecuador, Egypt, Ethiopia, Georgia, Ghana, Jamaica, Mali, the Republic of Moldova, Morocco, Nigeria, the Philippines, Senegal, Sri Lanka and Tunisia";

    private static Programme Jmdi() => new(
        ProgrammeId.Parse("jmdi"),
        "Joint Migration and Development Initiative",
        acronym: "JMDI",
        aliases: ["JMIDI"],
        partners:
        [
            new(Undp, OrganisationRole.Implementing),
            new(AgencyId.Parse("ilo"), OrganisationRole.Partner),
            new(AgencyId.Parse("iom"), OrganisationRole.Partner),
            new(AgencyId.Parse("unfpa"), OrganisationRole.Partner),
            new(AgencyId.Parse("unhcr"), OrganisationRole.Partner),
            new(AgencyId.Parse("un-women"), OrganisationRole.Partner, Timeframe.Parse("2012/..")),
            new(EuropeanCommission, OrganisationRole.Funding),
        ],
        countries: TargetCountries.Replace(" and ", ", ", StringComparison.Ordinal).Split(", ").Select(n => new ProgrammeCountry(Country.Resolve(n).Code, CountryRelation.Target)),
        period: Timeframe.Since(PartialDate.FromYear(2008)),
        citations:
        [
            new("000", 15, 15, "UNDP, together with ILO, IOM, UNFPA and UNHCR, will be jointly managing a 15 million euros programme on migration and development on behalf of the European Commission starting in 2008"),
            new("001", 74, 74, "JMDI is a global inter-agency programme implemented by UNDP in partnership with ILO, IOM, UNFPA and the Office of the UN High Commissioner for Refugees (UNHCR) and (since 2012) UN Women. It was first launched in 2008"),
            new("001", 90, 90, "The target countries are: " + TargetCountries + "."),
            new("003", 78, 78, "JMIDI"),
        ]);

    private static Programme JmdiSecondPhase() => new(
        ProgrammeId.Parse("jmdi-2"),
        "Joint Migration and Development Initiative, second phase",
        acronym: "JMDI",
        partners: [new(Undp, OrganisationRole.Implementing), new(EuropeanCommission, OrganisationRole.Funding), new(AgencyId.Parse("sdc"), OrganisationRole.Funding)],
        parent: ProgrammeId.Parse("jmdi"),
        phase: 2,
        period: Timeframe.Parse("2012-12/P3Y"),
        citations: [new("001", 84, 84, "JMDI entered its second phase of programme implementation in December 2012")]);

    [Fact]
    public void Jmdi_EveryCitationIsVerbatimInItsSeed()
    {
        SeedText.AssertVerbatim(Jmdi().Citations.Concat(JmdiSecondPhase().Citations));
    }

    [Fact]
    public void Jmdi_HasTheSixteenTargetCountriesAsTypedRelations()
    {
        var targets = Jmdi().CountriesIn(CountryRelation.Target).Select(c => c.Code).ToList();
        Assert.Equal(["DZ", "CV", "EC", "EG", "ET", "GE", "GH", "JM", "ML", "MD", "MA", "NG", "PH", "SN", "LK", "TN"], targets);
        Assert.Empty(Jmdi().CountriesIn(CountryRelation.Pilot));
    }

    [Fact]
    public void Jmdi_EuropeanCommissionFunds_AndUnWomenJoinedIn2012()
    {
        var jmdi = Jmdi();
        Assert.Equal([EuropeanCommission], jmdi.Donors);
        var unWomen = jmdi.Partners.Single(p => p.Agency.Value == "un-women");
        Assert.False(unWomen.Period!.Covers(new NodaTime.LocalDate(2011, 6, 1)));
        Assert.True(MigDevCatalog.Default.Agencies.TryGet(unWomen.Agency, out _));
        Assert.All(jmdi.Partners, p => Assert.True(MigDevCatalog.Default.Agencies.TryGet(p.Agency, out _), p.Agency.ToString()));
    }

    [Fact]
    public void SecondPhase_IsAChildOfJmdiOverThreeYearsFromDecember2012()
    {
        var phase2 = JmdiSecondPhase();
        Assert.Equal(Jmdi().Id, phase2.Parent);
        Assert.Equal(2, phase2.Phase);
        Assert.Equal(PartialDate.Parse("2012-12"), phase2.Period!.Start);
        Assert.Equal(NodaTime.Period.FromYears(3), phase2.Period.Duration);
        Assert.True(phase2.Period.Covers(new NodaTime.LocalDate(2014, 6, 1)));
        Assert.Equal(["european-commission", "sdc"], phase2.Donors.Select(d => d.Value));
    }

    [Fact]
    public void Equality_IsIdentity_ContentEqualsComparesListsElementByElement()
    {
        var a = Jmdi();
        var b = Jmdi();
        Assert.NotSame(a, b);
        Assert.NotSame(a.Partners.First(), b.Partners.First());
        Assert.Equal(a, b);
        Assert.True(a.ContentEquals(b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());

        var renamed = new Programme(a.Id, "Another name", partners: a.Partners);
        Assert.Equal(a, renamed);
        Assert.False(a.ContentEquals(renamed));

        var fewerPartners = new Programme(a.Id, a.Name, a.Acronym, a.Aliases, a.Partners.RemoveAt(0), a.Countries, a.Parent, a.Phase, a.Period, a.Citations);
        Assert.Equal(a, fewerPartners);
        Assert.False(a.ContentEquals(fewerPartners));
        Assert.NotEqual(a, JmdiSecondPhase());
    }

    [Fact]
    public void Constructor_BadFields_ThrowNamingFieldAndValue()
    {
        var id = ProgrammeId.Parse("p");
        Assert.Equal("parent", Assert.Throws<ArgumentException>(() => new Programme(id, "P", parent: id)).ParamName);
        Assert.Contains("was 0", Assert.Throws<ArgumentOutOfRangeException>(() => new Programme(id, "P", phase: 0)).Message, StringComparison.Ordinal);
        var twice = Assert.Throws<ArgumentException>(() => new Programme(id, "P", countries: [new(CountryCode.Parse("MD"), CountryRelation.Pilot), new(CountryCode.Parse("MD"), CountryRelation.Pilot)]));
        Assert.Contains("MD Pilot", twice.Message, StringComparison.Ordinal);
        Assert.Equal("partners", Assert.Throws<ArgumentException>(() => new Programme(id, "P", partners: [null!])).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new Programme(id, "")).ParamName);
    }
}
