using System.Diagnostics;

namespace MigDev.Core.Samples.Web.Tests;

/// <summary>The sample run as a person runs it: it prints the address it listens on, and answers there.</summary>
public sealed class ProgramTest
{
    [Fact]
    public async Task Run_PrintsTheAddressItListensOn_OnLoopback_AndAnswersThere()
    {
        var start = new ProcessStartInfo("dotnet", ["MigDev.Core.Samples.Web.dll", "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            string? address = null;
            while (address is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                var at = line.IndexOf("Now listening on: ", StringComparison.Ordinal);
                address = at < 0 ? null : line[(at + "Now listening on: ".Length)..].Trim();
            }
            Assert.NotNull(address);
            Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            using var response = await client.GetAsync(new Uri("/agencies/undp", UriKind.Relative), timeout.Token);
            Assert.Equal(200, (int)response.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }
}
