namespace MigDev.Core.Samples.Web.Load.Tests;

public sealed class SampleProcessTest
{
    [Fact]
    public async Task StartAsync_NoAppAtThePath_Throws_NamingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-dir", "MigDev.Core.Samples.Web");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SampleProcess.StartAsync(path, TestContext.Current.CancellationToken));
        Assert.Contains($"'{path}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_AProgramThatEndsWithoutAnAddress_Throws_WithWhatItPrinted()
    {
        var error = await StartScriptAsync("echo 'not a web app'");
        Assert.Contains("ended before printing its address", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a web app", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_AProgramPrintingANonLoopbackAddress_Throws_AndSendsNothing()
    {
        var error = await StartScriptAsync("echo 'Now listening on: http://192.168.1.10:5080'\nsleep 30");
        Assert.Contains("'http://192.168.1.10:5080' is not an http address on loopback", error.Message, StringComparison.Ordinal);
    }

    // Starts a shell script standing in for the sample, which must fail to start.
    private static async Task<InvalidOperationException> StartScriptAsync(string body)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "The stand-in is a shell script.");
        var script = Path.Combine(Path.GetTempPath(), $"migdev-load-{Guid.NewGuid():N}.sh");
        await File.WriteAllTextAsync(script, $"#!/bin/sh\n{body}\n", TestContext.Current.CancellationToken);
        try
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            }
            return await Assert.ThrowsAsync<InvalidOperationException>(() => SampleProcess.StartAsync(script, TestContext.Current.CancellationToken));
        }
        finally
        {
            File.Delete(script);
        }
    }
}
