using MigDev.Core.Catalog;
namespace MigDev.Core.Tests;

/// <summary>JMDI as the seeds state it, built in code, with every citation checked against the seed files.</summary>
public class ProgrammeTest
{
    private static readonly AgencyId Undp = Fixtures.Undp;
    private static readonly AgencyId EuropeanCommission = Fixtures.Ec;

    private static Programme Jmdi() => Fixtures.Jmdi();

    private static Programme JmdiSecondPhase() => Fixtures.JmdiSecondPhase();

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

        var renamed = new Programme(a.Id, "Another name") { Partners = a.Partners };
        Assert.Equal(a, renamed);
        Assert.False(a.ContentEquals(renamed));

        var fewerPartners = new Programme(a.Id, a.Name)
        {
            Acronym = a.Acronym, Aliases = a.Aliases, Partners = a.Partners.RemoveAt(0), Countries = a.Countries, Parent = a.Parent, Phase = a.Phase,
            Period = a.Period, Citations = a.Citations,
        };
        Assert.Equal(a, fewerPartners);
        Assert.False(a.ContentEquals(fewerPartners));
        Assert.NotEqual(a, JmdiSecondPhase());
    }

    [Fact]
    public void ContentEquals_SeesEveryInitProperty()
    {
        var id = ProgrammeId.Parse("p");
        var citation = new Citation("001", 1, 1, "quote");
        Programme Full() => new(id, "P")
        {
            Acronym = "P", Aliases = ["Pee"], Partners = [new(Undp, OrganisationRole.Implementing)], Countries = [new(CountryCode.Parse("MD"), CountryRelation.Pilot)],
            Parent = ProgrammeId.Parse("q"), Phase = 2, Period = Timeframe.Parse("2012/2014"), Citations = [citation], DisplayName = "Pe", Note = "A note.",
        };
        var full = Full();
        Assert.True(full.ContentEquals(Full()));
        Programme[] oneFieldOff =
        [
            new(id, "P") { Aliases = full.Aliases, Partners = full.Partners, Countries = full.Countries, Parent = full.Parent, Phase = full.Phase, Period = full.Period, Citations = full.Citations, DisplayName = "Pe", Note = full.Note },
            new(id, "P") { Acronym = full.Acronym, Partners = full.Partners, Countries = full.Countries, Parent = full.Parent, Phase = full.Phase, Period = full.Period, Citations = full.Citations, DisplayName = "Pe", Note = full.Note },
            new(id, "P") { Acronym = full.Acronym, Aliases = full.Aliases, Countries = full.Countries, Parent = full.Parent, Phase = full.Phase, Period = full.Period, Citations = full.Citations, DisplayName = "Pe", Note = full.Note },
            new(id, "P") { Acronym = full.Acronym, Aliases = full.Aliases, Partners = full.Partners, Parent = full.Parent, Phase = full.Phase, Period = full.Period, Citations = full.Citations, DisplayName = "Pe", Note = full.Note },
            new(id, "P") { Acronym = full.Acronym, Aliases = full.Aliases, Partners = full.Partners, Countries = full.Countries, Phase = full.Phase, Period = full.Period, Citations = full.Citations, DisplayName = "Pe", Note = full.Note },
            new(id, "P") { Acronym = full.Acronym, Aliases = full.Aliases, Partners = full.Partners, Countries = full.Countries, Parent = full.Parent, Period = full.Period, Citations = full.Citations, DisplayName = "Pe", Note = full.Note },
            new(id, "P") { Acronym = full.Acronym, Aliases = full.Aliases, Partners = full.Partners, Countries = full.Countries, Parent = full.Parent, Phase = full.Phase, Citations = full.Citations, DisplayName = "Pe", Note = full.Note },
            new(id, "P") { Acronym = full.Acronym, Aliases = full.Aliases, Partners = full.Partners, Countries = full.Countries, Parent = full.Parent, Phase = full.Phase, Period = full.Period, DisplayName = "Pe", Note = full.Note },
            new(id, "P") { Acronym = full.Acronym, Aliases = full.Aliases, Partners = full.Partners, Countries = full.Countries, Parent = full.Parent, Phase = full.Phase, Period = full.Period, Citations = full.Citations, Note = full.Note },
            new(id, "P") { Acronym = full.Acronym, Aliases = full.Aliases, Partners = full.Partners, Countries = full.Countries, Parent = full.Parent, Phase = full.Phase, Period = full.Period, Citations = full.Citations, DisplayName = "Pe" },
        ];
        Assert.All(oneFieldOff, other =>
        {
            Assert.Equal(full, other);
            Assert.False(full.ContentEquals(other));
            Assert.False(other.ContentEquals(full));
        });
        Assert.Equal("Pe", full.DisplayName);
        Assert.Equal("P", oneFieldOff[8].DisplayName);
    }

    [Fact]
    public void InitProperties_DefaultOrNoneGiven_AreEmpty()
    {
        var id = ProgrammeId.Parse("p");
        var none = new Programme(id, "P");
        var defaults = new Programme(id, "P") { Aliases = default, Partners = default, Countries = default, Citations = default, Acronym = null, DisplayName = null, Note = null };
        foreach (var p in new[] { none, defaults })
        {
            Assert.False(p.Aliases.IsDefault);
            Assert.Empty(p.Aliases);
            Assert.Empty(p.Partners);
            Assert.Empty(p.Countries);
            Assert.Empty(p.Citations);
            Assert.Null(p.Acronym);
            Assert.Null(p.Note);
            Assert.Equal("P", p.DisplayName);
        }
        Assert.True(none.ContentEquals(defaults));
    }

    [Fact]
    public void Constructor_BadFields_ThrowNamingFieldAndValue()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Programme(default, "P")).ParamName);
        var empty = Assert.Throws<ArgumentException>(() => new Programme(ProgrammeId.Parse("p"), " "));
        Assert.Equal("name", empty.ParamName);
        Assert.Contains("Programme 'p' needs a name, was ' '", empty.Message, StringComparison.Ordinal);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new Programme(ProgrammeId.Parse("p"), null!)).ParamName);
    }

    [Fact]
    public void InitProperties_BadValues_ThrowNamingFieldAndValue()
    {
        var id = ProgrammeId.Parse("p");
        var self = Assert.Throws<ArgumentException>(() => new Programme(id, "P") { Parent = id });
        Assert.Equal("parent", self.ParamName);
        Assert.Contains("the parent 'p' must be another programme", self.Message, StringComparison.Ordinal);
        Assert.Equal("parent", Assert.Throws<ArgumentException>(() => new Programme(id, "P") { Parent = default(ProgrammeId) }).ParamName);

        var phase = Assert.Throws<ArgumentOutOfRangeException>(() => new Programme(id, "P") { Phase = 0 });
        Assert.Equal("phase", phase.ParamName);
        Assert.Equal(0, phase.ActualValue);
        Assert.Contains("was 0", phase.Message, StringComparison.Ordinal);

        var twice = Assert.Throws<ArgumentException>(() => new Programme(id, "P") { Countries = [new(CountryCode.Parse("MD"), CountryRelation.Pilot), new(CountryCode.Parse("MD"), CountryRelation.Pilot)] });
        Assert.Equal("countries", twice.ParamName);
        Assert.Contains("MD Pilot", twice.Message, StringComparison.Ordinal);

        var partner = Assert.Throws<ArgumentException>(() => new Programme(id, "P") { Partners = [new(Undp, OrganisationRole.Partner), null!] });
        Assert.Equal("partners", partner.ParamName);
        Assert.Contains("Programme 'p': partners[1] is null", partner.Message, StringComparison.Ordinal);

        var alias = Assert.Throws<ArgumentException>(() => new Programme(id, "P") { Aliases = ["JMIDI", " "] });
        Assert.Equal("aliases", alias.ParamName);
        Assert.Contains("aliases[1] is empty", alias.Message, StringComparison.Ordinal);

        Assert.Equal("citations", Assert.Throws<ArgumentException>(() => new Programme(id, "P") { Citations = [null!] }).ParamName);
    }
}
