using System.Diagnostics;

namespace MigDev.Core.Samples.Web.Load.Tests;

/// <summary>The load test run as CI runs it: its exit code and what it prints.</summary>
public sealed class ProgramTest
{
    [Fact]
    public async Task Run_TwoClientsForOneSecond_Exits0_PrintingThroughputAndLatencies()
    {
        var (code, output) = await RunAsync("--clients", "2", "--seconds", "1");
        Assert.True(code == 0, output);
        Assert.Contains("load: 2 clients for 1 s", output, StringComparison.Ordinal);
        Assert.Contains("requests/s; 0 failed", output, StringComparison.Ordinal);
        Assert.Matches(@"\nall +[0-9,]+ +[0-9.]+ ms +[0-9.]+ ms +[0-9.]+ ms +[0-9.]+ ms\n", output);
        Assert.Contains("cold start: listening on http://127.0.0.1:", output, StringComparison.Ordinal);
        Assert.EndsWith("passed: every answer was 200 with the bytes of the single-threaded answer.\n", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--clients", "65")]
    [InlineData("--seconds", "0")]
    public async Task Run_OutsideALimit_Exits2_SendingNothing(string option, string value)
    {
        var (code, output) = await RunAsync(option, value);
        Assert.Equal(2, code);
        Assert.Contains($"{option} {value} is not between", output, StringComparison.Ordinal);
        Assert.DoesNotContain("cold start", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoApp_Exits1_NamingThePath()
    {
        var (code, output) = await RunAsync("--app", "/no/such/app");
        Assert.Equal(1, code);
        Assert.Contains("No app at '/no/such/app'", output, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", ["MigDev.Core.Samples.Web.Load.dll", .. arguments])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        return (process.ExitCode, await output + await error);
    }
}
