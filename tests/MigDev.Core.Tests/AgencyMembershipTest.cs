using NodaTime;

namespace MigDev.Core.Tests;

/// <summary>Dated relations, with the two the seeds state.</summary>
public class AgencyMembershipTest
{
    private static readonly AgencyId Undp = AgencyId.Parse("undp");
    private static readonly AgencyId Gmg = AgencyId.Parse("gmg");
    private static readonly AgencyId UnWomen = AgencyId.Parse("un-women");
    private static readonly AgencyId Jmdi = AgencyId.Parse("jmdi");

    // Seed 001, line 130: "UNDP assumed the chairmanship of the GMG during the first half of 2010".
    private static readonly AgencyMembership UndpChairsGmg = new(Undp, Gmg, OrganisationRole.Chair, Timeframe.Parse("2010-01/2010-06"));

    // Seed 001, line 74: "in partnership with ILO, IOM, UNFPA and ... (UNHCR) and (since 2012) UN Women".
    private static readonly AgencyMembership UnWomenInJmdi = new(UnWomen, Jmdi, OrganisationRole.Partner, Timeframe.Parse("2012/.."));

    [Fact]
    public void GmgChair_FirstHalfOf2010()
    {
        Assert.Equal([UndpChairsGmg], AgencyMembership.InEffectOn([UndpChairsGmg, UnWomenInJmdi], Gmg, OrganisationRole.Chair, new LocalDate(2010, 3, 15)));
        Assert.Empty(AgencyMembership.InEffectOn([UndpChairsGmg], Gmg, OrganisationRole.Chair, new LocalDate(2010, 9, 1)));
    }

    [Fact]
    public void UnWomenInJmdi_NotIn2011_UncertainIn2012_CertainAfter()
    {
        Assert.False(UnWomenInJmdi.IsInEffectOn(new LocalDate(2011, 6, 1)));
        Assert.Null(UnWomenInJmdi.IsInEffectOn(new LocalDate(2012, 6, 1)));
        Assert.True(UnWomenInJmdi.IsInEffectOn(new LocalDate(2013, 1, 1)));
    }

    [Fact]
    public void Undated_IsUncertainNotAssumed() =>
        Assert.Null(new AgencyMembership(AgencyId.Parse("iom"), Gmg, OrganisationRole.Member, null).IsInEffectOn(new LocalDate(2010, 1, 1)));

    [Fact]
    public void Constructor_BadArguments_Throw()
    {
        Assert.Equal("body", Assert.Throws<ArgumentException>(() => new AgencyMembership(Undp, Undp, OrganisationRole.Member, null)).ParamName);
        Assert.Equal("member", Assert.Throws<ArgumentException>(() => new AgencyMembership(default, Gmg, OrganisationRole.Member, null)).ParamName);
        Assert.Equal("role", Assert.Throws<ArgumentOutOfRangeException>(() => new AgencyMembership(Undp, Gmg, (OrganisationRole)9999, null)).ParamName);
    }

    [Fact]
    public void Equality_ByParts()
    {
        Assert.Equal(UndpChairsGmg, new AgencyMembership(Undp, Gmg, OrganisationRole.Chair, Timeframe.Parse("2010-01/2010-06")));
        Assert.NotEqual(UndpChairsGmg, new AgencyMembership(Undp, Gmg, OrganisationRole.Member, Timeframe.Parse("2010-01/2010-06")));
        Assert.Equal("undp Chair of gmg 2010-01/2010-06", UndpChairsGmg.ToString());
    }
}
