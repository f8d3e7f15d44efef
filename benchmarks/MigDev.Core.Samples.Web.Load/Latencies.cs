namespace MigDev.Core.Samples.Web.Load;

/// <summary>Request latencies in <see cref="System.Diagnostics.Stopwatch"/> ticks, and their percentiles.</summary>
internal sealed class Latencies
{
    private readonly long[] sorted;

    /// <summary>Sorts a copy of <paramref name="ticks"/>.</summary>
    public Latencies(IEnumerable<long> ticks)
    {
        ArgumentNullException.ThrowIfNull(ticks);
        sorted = [.. ticks.Order()];
    }

    /// <summary>How many latencies there are.</summary>
    public int Count => sorted.Length;

    /// <summary>The slowest, or zero when there are none.</summary>
    public TimeSpan Max => Count == 0 ? TimeSpan.Zero : Time(sorted[^1]);

    /// <summary>The nearest-rank percentile: the smallest latency that at least <paramref name="percent"/> per cent of
    /// the requests did not exceed; zero when there are none.</summary>
    /// <param name="percent">Above 0 and at most 100.</param>
    public TimeSpan Percentile(double percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (Count == 0)
        {
            return TimeSpan.Zero;
        }
        // In decimal: 99.9 / 100 * 1000 in double is a hair above 999, whose ceiling would be rank 1000.
        var rank = (int)Math.Ceiling((decimal)percent * Count / 100);
        return Time(sorted[Math.Clamp(rank, 1, Count) - 1]);
    }

    private static TimeSpan Time(long ticks) => System.Diagnostics.Stopwatch.GetElapsedTime(0, ticks);
}
