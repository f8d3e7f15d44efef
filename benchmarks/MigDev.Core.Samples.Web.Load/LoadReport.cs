using System.Globalization;
using System.Runtime.InteropServices;

namespace MigDev.Core.Samples.Web.Load;

/// <summary>The run written for a person: the machine, the start, the throughput, the latencies, and every failure.</summary>
internal static class LoadReport
{
    /// <summary>The machine and the runtime the load test runs on.</summary>
    public static void Machine(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(Invariant($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.OSArchitecture}; load test on {RuntimeInformation.FrameworkDescription}"));
    }

    /// <summary>The sample's cold start and its single-threaded answers.</summary>
    public static void Start(TextWriter output, string app, SampleProcess sample, TimeSpan first, TimeSpan all, IReadOnlyList<ExpectedAnswer> expected)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(expected);
        output.WriteLine(Invariant($"app: {app}"));
        output.WriteLine(Invariant($"cold start: listening on {sample.BaseAddress} after {Ms(sample.Startup)}; from then, the first answer (the catalog and the rates loaded) in {Ms(first)}, all {expected.Count} expected answers, single-threaded, in {Ms(all)}"));
        foreach (var answer in expected)
        {
            output.WriteLine(Invariant($"  {answer.Body.Length,6} bytes  {answer.Query}"));
        }
    }

    /// <summary>The load's figures, and what differed if anything did.</summary>
    public static void Result(TextWriter output, LoadOptions options, LoadResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(result);
        output.WriteLine(Invariant($"load: {options.Clients} clients for {options.Duration.TotalSeconds:0} s (at most {options.MaxRequests:N0} requests)"));
        output.WriteLine(Invariant($"requests: {result.Requests:N0} in {result.Elapsed.TotalSeconds:0.00} s = {result.RequestsPerSecond:N0} requests/s; {result.Failures} failed"));
        output.WriteLine(Invariant($"{"latency",-10} {"requests",10} {"p50",9} {"p90",9} {"p99",9} {"max",9}"));
        Row(output, "all", result.All);
        foreach (var (path, latencies) in result.ByPath.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Row(output, path, latencies);
        }
        foreach (var failure in result.Described)
        {
            output.WriteLine("FAILED " + failure);
        }
        if (result.Failures > result.Described.Count)
        {
            output.WriteLine(Invariant($"... and {result.Failures - result.Described.Count} more failures."));
        }
        output.WriteLine(result.Passed
            ? "passed: every answer was 200 with the bytes of the single-threaded answer."
            : Invariant($"failed: {result.Failures} of {result.Requests:N0} answers were wrong or missing."));
    }

    private static void Row(TextWriter output, string name, Latencies latencies) =>
        output.WriteLine(Invariant($"{name,-10} {latencies.Count,10:N0} {Ms(latencies.Percentile(50)),9} {Ms(latencies.Percentile(90)),9} {Ms(latencies.Percentile(99)),9} {Ms(latencies.Max),9}"));

    private static string Ms(TimeSpan time) => Invariant($"{time.TotalMilliseconds:0.00} ms");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
