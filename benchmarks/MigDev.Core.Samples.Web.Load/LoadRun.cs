using System.Collections.Concurrent;
using System.Diagnostics;

namespace MigDev.Core.Samples.Web.Load;

/// <summary>The load: concurrent clients, each with its own <see cref="HttpClient"/>, sending the queries in turn and
/// checking every answer against the single-threaded one, until the duration or the request budget is spent.</summary>
internal sealed class LoadRun
{
    /// <summary>After this many failures the run stops early: the sample is broken, more requests say nothing new.</summary>
    public const int MaxFailures = 100;

    /// <summary>How many failures are described in the result.</summary>
    public const int DescribedFailures = 10;

    private readonly Uri baseAddress;
    private readonly IReadOnlyList<ExpectedAnswer> expected;
    private readonly LoadOptions options;
    private readonly ConcurrentQueue<string> described = new();
    private readonly Stopwatch clock = new();
    private int sent;
    private int failures;

    private LoadRun(Uri baseAddress, IReadOnlyList<ExpectedAnswer> expected, LoadOptions options)
    {
        this.baseAddress = Loopback.Require(baseAddress.ToString());
        this.expected = expected;
        this.options = options;
    }

    /// <summary>Runs <see cref="LoadOptions.Clients"/> clients against <paramref name="baseAddress"/> (loopback only)
    /// for <see cref="LoadOptions.Duration"/>, at most <see cref="LoadOptions.MaxRequests"/> requests in all; client
    /// <c>i</c> starts at query <c>i</c> of <paramref name="expected"/> and goes round. Cancelling stops the clients
    /// (a request in flight is dropped, not counted) and gives the result so far.</summary>
    public static async Task<LoadResult> RunAsync(Uri baseAddress, IReadOnlyList<ExpectedAnswer> expected, LoadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfZero(expected.Count);
        var run = new LoadRun(baseAddress, expected, options);
        run.clock.Start();
        var clients = Enumerable.Range(0, options.Clients).Select(i => Task.Run(() => run.ClientAsync(i, cancellationToken), CancellationToken.None));
        var latencies = await Task.WhenAll(clients).ConfigureAwait(false);
        run.clock.Stop();
        var byPath = latencies.SelectMany(l => l).GroupBy(l => l.Key, l => l.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Latencies(g.SelectMany(t => t)), StringComparer.Ordinal);
        return new LoadResult(run.clock.Elapsed, new Latencies(latencies.SelectMany(l => l.Values).SelectMany(t => t)), byPath,
            run.failures, [.. run.described]);
    }

    // One client: its latencies in ticks by path (/funding, /convert).
    private async Task<Dictionary<string, List<long>>> ClientAsync(int index, CancellationToken cancellationToken)
    {
        using var client = Loopback.Client(baseAddress);
        var latencies = expected.Select(e => Path(e.Query)).Distinct(StringComparer.Ordinal).ToDictionary(p => p, _ => new List<long>(), StringComparer.Ordinal);
        for (var i = index; KeepGoing(cancellationToken); i++)
        {
            var answer = expected[i % expected.Count];
            var start = Stopwatch.GetTimestamp();
            string? difference;
            try
            {
                using var response = await client.GetAsync(new Uri(answer.Query, UriKind.Relative), cancellationToken).ConfigureAwait(false);
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                difference = answer.Difference((int)response.StatusCode, body);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                difference = $"{answer.Query}: {e.GetType().Name}: {e.Message}";
            }
            latencies[Path(answer.Query)].Add(Stopwatch.GetTimestamp() - start);
            if (difference is not null)
            {
                Fail(difference);
            }
        }
        return latencies;
    }

    // Whether a client sends another request: time left, budget left, not too many failures, not cancelled.
    private bool KeepGoing(CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && clock.Elapsed < options.Duration
        && Volatile.Read(ref failures) < MaxFailures && Interlocked.Increment(ref sent) <= options.MaxRequests;

    private void Fail(string difference)
    {
        if (Interlocked.Increment(ref failures) <= DescribedFailures)
        {
            described.Enqueue(difference);
        }
    }

    private static string Path(string query) => query.Split('?')[0];
}
