namespace MigDev.Core.EntityFrameworkCore.Tests;

public class ImmutableValueComparerTest
{
    [Fact]
    public void PartialDates_OfDifferentPrecision_Differ() =>
        Assert.False(new ImmutableValueComparer<PartialDate>().Equals(PartialDate.Parse("2010"), PartialDate.Parse("2010-01")));

    [Fact]
    public void Shares_AreComparedByValue() =>
        Assert.True(new ImmutableValueComparer<Share>().Equals(Share.FromFraction(2, 6), Share.FromFraction(1, 3)));

    [Fact]
    public void Timeframes_NullAndValue_AndSnapshotIsTheValue()
    {
        var comparer = new ImmutableValueComparer<Timeframe>();
        var timeframe = Timeframe.Parse("2009/2011");
        Assert.False(comparer.Equals(null, timeframe));
        Assert.True(comparer.Equals(timeframe, Timeframe.Parse("2009/2011")));
        Assert.Same(timeframe, comparer.Snapshot(timeframe));
    }
}
