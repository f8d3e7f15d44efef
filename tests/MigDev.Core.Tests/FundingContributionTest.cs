using System.Text.RegularExpressions;
using MigDev.Core.Catalog;
using MigDev.Core.Tests.Contracts;

namespace MigDev.Core.Tests;

/// <summary>A funder of a commitment with its share: its validation, its value equality, its text form, and the two
/// funders of JMDI's second phase as seed 001 names them and the catalog holds them.</summary>
public class FundingContributionTest
{
    private static readonly AgencyId Ec = Fixtures.Ec;
    private static readonly AgencyId Sdc = Fixtures.Sdc;

    [Fact]
    public void Constructor_WithAndWithoutShare_KeepsFunderAndShare()
    {
        var shared = new FundingContribution(Ec, Share.FromFraction(1, 3));
        Assert.Equal(Ec, shared.Funder);
        Assert.Equal(Share.FromFraction(1, 3), shared.Share);

        var alone = new FundingContribution(Sdc);
        Assert.Equal(Sdc, alone.Funder);
        Assert.Null(alone.Share);
    }

    [Fact]
    public void Constructor_DefaultFunder_ThrowsNamingTheFunder()
    {
        var ex = Assert.Throws<ArgumentException>(() => new FundingContribution(default, Share.Whole));
        Assert.Equal("funder", ex.ParamName);
        Assert.Contains("funder is default(AgencyId)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DefaultShare_ThrowsNamingTheFunder()
    {
        var ex = Assert.Throws<ArgumentException>(() => new FundingContribution(Ec, default(Share)));
        Assert.Equal("share", ex.ParamName);
        Assert.Contains("Funder 'european-commission': default(Share) is not a share.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoneAndWholeShares_AreShares()
    {
        Assert.Equal(Share.None, new FundingContribution(Ec, Share.None).Share);
        Assert.Equal(Share.Whole, new FundingContribution(Ec, Share.Whole).Share);
    }

    [Fact]
    public void Equality_IsByFunderAndShare_SharesComparedAsReducedFractions()
    {
        EqualityContract.AssertClass(
            new FundingContribution(Ec, Share.FromFraction(1, 3)),
            new FundingContribution(Ec, Share.Parse("2/6")),
            new FundingContribution(Ec),
            new FundingContribution(Ec, Share.FromFraction(2, 3)),
            new FundingContribution(Sdc, Share.FromFraction(1, 3)));
        EqualityContract.AssertClass(new FundingContribution(Sdc), new FundingContribution(AgencyId.Parse("sdc")), new FundingContribution(Sdc, Share.Whole));
    }

    [Fact]
    public void ToString_IsFunderAndShareWhenStated()
    {
        Assert.Equal("european-commission 1/3", new FundingContribution(Ec, Share.Parse("2/6")).ToString());
        Assert.Equal("sdc 1/2", new FundingContribution(Sdc, Share.Parse("50%")).ToString());
        Assert.Equal("sdc", new FundingContribution(Sdc).ToString());
    }

    [Fact]
    public void Catalog_JmdiSecondPhase_IsFundedByTheTwoSeed001Names_WithoutShares()
    {
        // "contributed by the European Commission and the Swiss Agency for Development and Cooperation." (seed 001, line 84)
        var match = Regex.Match(SeedText.Of("001")[83], @"contributed by the (.+) and the (.+)\.$", RegexOptions.CultureInvariant);
        Assert.True(match.Success);
        var named = new[] { match.Groups[1].Value, match.Groups[2].Value }.Select(n => MigDevCatalog.Default.Agencies.GetByAlias(n).Id);

        var commitment = Assert.Single(MigDevCatalog.Default.Model.Commitments, c => c.Programme == Fixtures.Jmdi2Id);
        Assert.Equal(named, commitment.Funders.Select(f => f.Funder));
        Assert.Equal([Ec, Sdc], commitment.Funders.Select(f => f.Funder));

        // The seed states no split between them: no shares, and the commitment cannot be split by funder.
        Assert.All(commitment.Funders, f => Assert.Null(f.Share));
        Assert.Equal(["european-commission", "sdc"], commitment.Funders.Select(f => f.ToString()));
        Assert.Throws<InvalidOperationException>(() => commitment.SplitByFunder());
        SeedText.AssertVerbatim(commitment.Citations);
    }
}
