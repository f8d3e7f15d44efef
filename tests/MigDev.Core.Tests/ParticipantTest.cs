using System.Globalization;
using System.Text.RegularExpressions;
using MigDev.Core.Catalog;
using MigDev.Core.Tests.Contracts;

namespace MigDev.Core.Tests;

/// <summary>An organisation's part in a programme or a meeting: its validation, its value equality over every part,
/// its text form, and UN Women in JMDI "since 2012" as the catalog holds it and seed 001 states it.</summary>
public class ParticipantTest
{
    private static readonly AgencyId UnWomen = AgencyId.Parse("un-women");

    // Seed 001, line 74.
    private static readonly Citation SinceTwentyTwelve = new("001", 74, 74, "JMDI is a global inter-agency programme implemented by UNDP in partnership with ILO, IOM, UNFPA and the Office of the UN High Commissioner for Refugees (UNHCR) and (since 2012) UN Women.");

    private static Participant Full() => new(UnWomen, OrganisationRole.Partner, Timeframe.Parse("2012/.."), [SinceTwentyTwelve], "Only 001 names UN Women.");

    [Fact]
    public void Constructor_Valid_KeepsEveryPart()
    {
        var participant = Full();
        Assert.Equal(UnWomen, participant.Agency);
        Assert.Equal(OrganisationRole.Partner, participant.Role);
        Assert.Equal(Timeframe.Since(PartialDate.FromYear(2012)), participant.Period);
        Assert.Equal([SinceTwentyTwelve], participant.Citations);
        Assert.Equal("Only 001 names UN Women.", participant.Note);
        SeedText.AssertVerbatim(participant.Citations);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankNote_IsRefused_NullIsHowToSayNone(string note)
    {
        var e = Assert.Throws<ArgumentException>(() => new Participant(Fixtures.Undp, OrganisationRole.Implementing, note: note));
        Assert.Equal("note", e.ParamName);
        Assert.Contains("Partner 'undp': note is empty or only white space", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OptionalPartsNotGiven_AreNullOrEmpty()
    {
        var participant = new Participant(Fixtures.Undp, OrganisationRole.Implementing, note: null);
        Assert.Null(participant.Period);
        Assert.Null(participant.Note);
        Assert.False(participant.Citations.IsDefault);
        Assert.Empty(participant.Citations);
    }

    [Fact]
    public void Constructor_DefaultAgency_ThrowsNamingTheAgency()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Participant(default, OrganisationRole.Partner));
        Assert.Equal("agency", ex.ParamName);
        Assert.Contains("agency is default(AgencyId)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(999)]
    [InlineData(-1)]
    [InlineData(0)]
    public void Constructor_UndefinedRole_ThrowsArgumentOutOfRangeWithTheRole(int role)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Participant(Fixtures.Undp, (OrganisationRole)role));
        Assert.Equal("role", ex.ParamName);
        Assert.Equal((OrganisationRole)role, ex.ActualValue);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Partner 'undp': role must be a defined OrganisationRole, was {role}."), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullCitation_ThrowsNamingItsIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Participant(Fixtures.Undp, OrganisationRole.Host, citations: [SinceTwentyTwelve, null!]));
        Assert.Equal("citations", ex.ParamName);
        Assert.Contains("'undp': citations[1] is null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_CopiesTheCitations_LaterChangesDoNotShow()
    {
        List<Citation> citations = [SinceTwentyTwelve];
        var participant = new Participant(UnWomen, OrganisationRole.Partner, citations: citations);
        citations.Clear();
        Assert.Equal([SinceTwentyTwelve], participant.Citations);
    }

    [Fact]
    public void Equality_IsByValue_OverEveryPart()
    {
        var a = Full();
        EqualityContract.AssertClass(
            a,
            Full(),
            new Participant(Fixtures.Undp, a.Role, a.Period, a.Citations, a.Note),
            new Participant(a.Agency, OrganisationRole.Funding, a.Period, a.Citations, a.Note),
            new Participant(a.Agency, a.Role, null, a.Citations, a.Note),
            new Participant(a.Agency, a.Role, Timeframe.Parse("2013/.."), a.Citations, a.Note),
            new Participant(a.Agency, a.Role, a.Period, null, a.Note),
            new Participant(a.Agency, a.Role, a.Period, [SinceTwentyTwelve, SinceTwentyTwelve], a.Note),
            new Participant(a.Agency, a.Role, a.Period, a.Citations, null),
            new Participant(a.Agency, a.Role, a.Period, a.Citations, "Another note."));
    }

    [Fact]
    public void ToString_IsAgencyRoleAndPeriodWhenKnown()
    {
        Assert.Equal("un-women Partner 2012/..", Full().ToString());
        Assert.Equal("undp Implementing", new Participant(Fixtures.Undp, OrganisationRole.Implementing).ToString());
        Assert.Equal("undp Chair 2010-01/2010-06", new Participant(Fixtures.Undp, OrganisationRole.Chair, Timeframe.Parse("2010-01/2010-06")).ToString());
    }

    [Fact]
    public void Catalog_UnWomenInJmdi_IsAPartnerSinceTheYearSeed001States()
    {
        // "(since 2012) UN Women" (seed 001, line 74): the year and the name, read from the seed.
        var match = Regex.Match(SeedText.Of("001")[73], @"\(since (\d{4})\) (UN Women)\.", RegexOptions.CultureInvariant);
        Assert.True(match.Success);
        var since = PartialDate.FromYear(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
        var agency = MigDevCatalog.Default.Agencies.GetByAcronym(match.Groups[2].Value).Id;

        var jmdi = MigDevCatalog.Default.GetProgramme(Fixtures.JmdiId);
        var partner = Assert.Single(jmdi.Partners, p => p.Agency == agency);
        Assert.Equal(OrganisationRole.Partner, partner.Role);
        Assert.Equal(Timeframe.Since(since), partner.Period);
        Assert.Contains(partner.Citations, c => c.DocumentId == "001" && c.FirstLine == 74);
        SeedText.AssertVerbatim(partner.Citations);
        Assert.Equal("un-women Partner 2012/..", partner.ToString());

        // The other partners are undated: the seeds give no year for them.
        Assert.All(jmdi.Partners.Where(p => p.Agency != agency), p => Assert.Null(p.Period));
    }
}
