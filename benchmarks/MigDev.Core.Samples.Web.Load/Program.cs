// The web sample under load, on this machine only (docs/web.md, "Under load, and published AOT"):
//   dotnet run -c Release --project benchmarks/MigDev.Core.Samples.Web.Load                  16 clients, 30 s
//   ... -- --clients 4 --seconds 3                                                            a short run (CI)
//   ... -- --app artifacts/aot/MigDev.Core.Samples.Web                                        a published binary
// It starts the sample cold on a free loopback port, asks each query of a fixed mix once (the expected answers), then
// loads /funding and /convert: every answer must be 200 with those bytes. Exit code: 0 passed, 1 failed, 2 bad arguments.
using System.CommandLine;
using System.Diagnostics;
using System.Runtime.InteropServices;
using MigDev.Core.Samples.Web.Load;

var clients = new Option<int>("--clients") { Description = $"Concurrent clients, 1 to {LoadOptions.MaxClients}.", DefaultValueFactory = _ => LoadOptions.Default.Clients };
var seconds = new Option<int>("--seconds") { Description = $"How long to load, 1 to {LoadOptions.MaxSeconds} s.", DefaultValueFactory = _ => (int)LoadOptions.Default.Duration.TotalSeconds };
var maxRequests = new Option<int>("--max-requests") { Description = $"The most requests in all, 1 to {LoadOptions.MaxRequestsLimit:N0}.", DefaultValueFactory = _ => LoadOptions.Default.MaxRequests };
var app = new Option<string>("--app") { Description = "The sample to run: a .dll (run with dotnet) or a published binary; the build beside this tool when left out.", DefaultValueFactory = _ => SampleProcess.DefaultApp };
var root = new RootCommand("Loads the web sample's /funding and /convert on loopback and checks every answer against the single-threaded one.") { clients, seconds, maxRequests, app };
root.SetAction(async (p, cancellationToken) =>
{
    var options = LoadOptions.TryCreate(p.GetValue(clients), p.GetValue(seconds), p.GetValue(maxRequests), out var error);
    if (options is null)
    {
        await Console.Error.WriteLineAsync(error).ConfigureAwait(false);
        return 2;
    }
    // SIGINT (Ctrl+C) and SIGTERM end the run early but in order: the clients stop, the figures so far are printed,
    // the sample is ended, and the exit code is 1.
    using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
    using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    return await Run(options, p.GetValue(app)!, stop.Token).ConfigureAwait(false);

    void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        stop.Cancel();
    }
});
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);

static async Task<int> Run(LoadOptions options, string app, CancellationToken cancellationToken)
{
    LoadReport.Machine(Console.Out);
    try
    {
        using var sample = await SampleProcess.StartAsync(app, cancellationToken).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        IReadOnlyList<ExpectedAnswer> expected;
        TimeSpan first;
        using (var client = Loopback.Client(sample.BaseAddress))
        {
            expected = await ExpectedAnswer.FetchAsync(client, LoadQueries.Mix.Take(1), cancellationToken).ConfigureAwait(false);
            first = clock.Elapsed;
            expected = [.. expected, .. await ExpectedAnswer.FetchAsync(client, LoadQueries.Mix.Skip(1), cancellationToken).ConfigureAwait(false)];
        }
        LoadReport.Start(Console.Out, app, sample, first, clock.Elapsed, expected);
        var result = await LoadRun.RunAsync(sample.BaseAddress, expected, options, cancellationToken).ConfigureAwait(false);
        LoadReport.Result(Console.Out, options, result);
        if (cancellationToken.IsCancellationRequested)
        {
            Console.WriteLine("cancelled: the run was stopped before its end.");
            return 1;
        }
        if (sample.HasExited)
        {
            Console.WriteLine("failed: the sample ended during the run. Its last output:\n" + sample.LastOutput);
            return 1;
        }
        return result.Passed ? 0 : 1;
    }
    catch (InvalidOperationException e)
    {
        Console.WriteLine("failed: " + e.Message);
        return 1;
    }
    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
    {
        Console.WriteLine("cancelled: the run was stopped before its end.");
        return 1;
    }
}
