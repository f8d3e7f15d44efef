using System.Diagnostics;

namespace MigDev.Core.Samples.Web.Load.Tests;

public sealed class LatenciesTest
{
    private static readonly Random Shuffle = new(22);

    // 1 ms .. 1000 ms in Stopwatch ticks, shuffled: by the nearest-rank definition the p-th percentile of 1..1000 is p * 10 ms.
    private static readonly long[] OneToThousandMs = [.. Enumerable.Range(1, 1000).Select(ms => ms * Stopwatch.Frequency / 1000).OrderBy(_ => Shuffle.Next())];

    [Theory]
    [InlineData(50, 500)]
    [InlineData(90, 900)]
    [InlineData(99, 990)]
    [InlineData(99.9, 999)]
    [InlineData(100, 1000)]
    [InlineData(0.01, 1)]
    public void Percentile_OneToThousandMilliseconds_IsTheNearestRank(double percent, int expectedMs)
    {
        var latencies = new Latencies(OneToThousandMs);
        Assert.Equal(expectedMs, latencies.Percentile(percent).TotalMilliseconds, 6);
        Assert.Equal(1000, latencies.Max.TotalMilliseconds, 6);
        Assert.Equal(1000, latencies.Count);
    }

    [Fact]
    public void Percentile_ThreeValues_MedianIsTheSecondSmallest()
    {
        var ms = Stopwatch.Frequency / 1000;
        var latencies = new Latencies([5 * ms, 1 * ms, 3 * ms]);
        Assert.Equal(3, latencies.Percentile(50).TotalMilliseconds, 6);
        Assert.Equal(5, latencies.Percentile(67).TotalMilliseconds, 6);
    }

    [Fact]
    public void Percentile_NoLatencies_IsZero()
    {
        var latencies = new Latencies([]);
        Assert.Equal(TimeSpan.Zero, latencies.Percentile(99));
        Assert.Equal(TimeSpan.Zero, latencies.Max);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100.5)]
    public void Percentile_OutsideZeroToHundred_Throws(double percent) =>
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new Latencies([1]).Percentile(percent));
}
