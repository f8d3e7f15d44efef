using System.Diagnostics;

namespace MigDev.Core.Samples.Web.Load;

/// <summary>The web sample run cold as its own process on a free loopback port, the way a person runs it: this build's
/// <c>MigDev.Core.Samples.Web.dll</c> through <c>dotnet</c>, or a published binary. Disposing it ends the process.</summary>
internal sealed class SampleProcess : IDisposable
{
    private const string Listening = "Now listening on: ";
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly OutputTail tail = new();

    private SampleProcess(Process process, Uri address, TimeSpan startup)
    {
        this.process = process;
        BaseAddress = address;
        Startup = startup;
    }

    /// <summary>The loopback address the sample printed.</summary>
    public Uri BaseAddress { get; }

    /// <summary>From starting the process to the line that prints its address.</summary>
    public TimeSpan Startup { get; }

    /// <summary>Whether the sample has ended (it never should during a run).</summary>
    public bool HasExited => process.HasExited;

    /// <summary>The sample's last lines of output, for a report when something went wrong.</summary>
    public string LastOutput => tail.ToString();

    /// <summary>The sample beside this tool: the build of <c>samples/MigDev.Core.Samples.Web</c> it references.</summary>
    public static string DefaultApp => Path.Combine(AppContext.BaseDirectory, "MigDev.Core.Samples.Web.dll");

    /// <summary>Starts <paramref name="app"/> (a <c>.dll</c> runs through <c>dotnet</c>; anything else is run as it
    /// is) with <c>--urls http://127.0.0.1:0</c>, and waits up to 60 s for the address it prints.</summary>
    /// <exception cref="InvalidOperationException">The app is missing, ends, prints no address in time, or prints one
    /// that is not loopback.</exception>
    public static async Task<SampleProcess> StartAsync(string app, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(app);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"No app at '{path}': build the sample, or give --app the path of a published one.");
        }
        var isDll = path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(isDll ? "dotnet" : path)
        {
            WorkingDirectory = Path.GetDirectoryName(path)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (isDll)
        {
            start.ArgumentList.Add(path);
        }
        foreach (var argument in new[] { "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"'{path}' did not start.");
        try
        {
            var address = await ReadAddressAsync(process, cancellationToken).ConfigureAwait(false);
            var sample = new SampleProcess(process, address, clock.Elapsed);
            sample.Drain();
            return sample;
        }
        catch
        {
            Stop(process);
            process.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Stop(process);
        process.Dispose();
    }

    private static async Task<Uri> ReadAddressAsync(Process process, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartLimit);
        var seen = new OutputTail();
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false) is { } line)
            {
                seen.Add(line);
                var at = line.IndexOf(Listening, StringComparison.Ordinal);
                if (at >= 0)
                {
                    return Loopback.Require(line[(at + Listening.Length)..].Trim());
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException($"The sample printed no address within {StartLimit.TotalSeconds:0} s. It printed:\n{seen}");
        }
        var error = await process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        throw new InvalidOperationException($"The sample ended before printing its address. It printed:\n{seen}{error}");
    }

    // Keeps reading the sample's output, so that it never blocks on a full pipe, and keeps its last lines.
    private void Drain()
    {
        foreach (var stream in new[] { process.StandardOutput, process.StandardError })
        {
            _ = Task.Run(async () =>
            {
                while (await stream.ReadLineAsync().ConfigureAwait(false) is { } line)
                {
                    tail.Add(line);
                }
            });
        }
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
    }
}
