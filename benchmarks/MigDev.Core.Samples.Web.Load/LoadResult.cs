namespace MigDev.Core.Samples.Web.Load;

/// <summary>What a load run measured.</summary>
/// <param name="Elapsed">From the first client starting to the last one ending.</param>
/// <param name="All">Every request's latency, from sending it to reading its whole body.</param>
/// <param name="ByPath">The latencies by path (<c>/funding</c>, <c>/convert</c>).</param>
/// <param name="Failures">Answers that were not 200 with the expected bytes, and requests that failed.</param>
/// <param name="Described">The first <see cref="LoadRun.DescribedFailures"/> failures, each saying what differed.</param>
internal sealed record LoadResult(TimeSpan Elapsed, Latencies All, IReadOnlyDictionary<string, Latencies> ByPath, int Failures, IReadOnlyList<string> Described)
{
    /// <summary>The requests answered, right or wrong.</summary>
    public int Requests => All.Count;

    /// <summary>Requests answered per second of the run.</summary>
    public double RequestsPerSecond => Elapsed <= TimeSpan.Zero ? 0 : Requests / Elapsed.TotalSeconds;

    /// <summary>Whether every answer was right.</summary>
    public bool Passed => Failures == 0 && Requests > 0;
}
