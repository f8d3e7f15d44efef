using System.Text;

namespace MigDev.Core.Samples.Web.Load.Tests;

/// <summary>The load against the real sample, run as a process on loopback: short runs, each bounded.</summary>
public sealed class LoadRunTest(SampleFixture fixture) : IClassFixture<SampleFixture>
{
    [Fact]
    public async Task RunAsync_TwoClientsForOneSecond_EveryAnswerIsTheSingleThreadedOne()
    {
        var result = await LoadRun.RunAsync(fixture.Sample.BaseAddress, fixture.Expected, new LoadOptions(2, TimeSpan.FromSeconds(1), 100_000), TestContext.Current.CancellationToken);
        Assert.Equal(0, result.Failures);
        Assert.Empty(result.Described);
        Assert.True(result.Passed);
        Assert.True(result.Requests >= 2, $"{result.Requests} requests");
        Assert.Equal(["/convert", "/funding"], result.ByPath.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(result.Requests, result.ByPath.Values.Sum(l => l.Count));
        Assert.InRange(result.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1) + LoadOptions.RequestTimeout);
        Assert.False(fixture.Sample.HasExited);
    }

    [Fact]
    public async Task RunAsync_AnExpectedAnswerAltered_FailsAndSaysWhereItDiffers()
    {
        // 1000.50 EUR at the ECB's 1.2271 of 2010-06-30 is USD 1227.71 (docs/web.md); expect 1227.72 instead.
        const string Query = "/convert?amount=1000.50&from=EUR&to=USD&date=2010-06-30";
        var right = fixture.Expected.Single(e => e.Query == Query);
        var text = Encoding.UTF8.GetString(right.Body);
        Assert.Contains("\"amount\": 1227.71,", text, StringComparison.Ordinal);
        var wrong = new ExpectedAnswer(Query, Encoding.UTF8.GetBytes(text.Replace("1227.71", "1227.72", StringComparison.Ordinal)));
        var result = await LoadRun.RunAsync(fixture.Sample.BaseAddress, [wrong], new LoadOptions(1, TimeSpan.FromSeconds(10), 3), TestContext.Current.CancellationToken);
        Assert.False(result.Passed);
        Assert.Equal(3, result.Failures);
        Assert.Equal(3, result.Described.Count);
        Assert.All(result.Described, d => Assert.Contains($"{Query}: {right.Body.Length} bytes, expected {right.Body.Length}; first difference at byte {text.IndexOf("1227.71", StringComparison.Ordinal) + 6}", d, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_RequestBudget_StopsThereBeforeTheDuration()
    {
        var result = await LoadRun.RunAsync(fixture.Sample.BaseAddress, fixture.Expected, new LoadOptions(3, TimeSpan.FromSeconds(60), 7), TestContext.Current.CancellationToken);
        Assert.Equal(7, result.Requests);
        Assert.True(result.Passed);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(30), $"{result.Elapsed}");
    }

    [Fact]
    public async Task RunAsync_Cancelled_StopsTheClients_AndGivesTheResultSoFar()
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(TimeSpan.FromMilliseconds(500));
        var result = await LoadRun.RunAsync(fixture.Sample.BaseAddress, fixture.Expected, new LoadOptions(4, TimeSpan.FromSeconds(60), 10_000_000), stop.Token);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(10), $"{result.Elapsed}");
        Assert.Equal(0, result.Failures);
        Assert.True(result.Requests > 0);
        Assert.False(fixture.Sample.HasExited);
    }

    [Fact]
    public void ExpectedAnswers_AreEveryQueryOfTheMix_InOrder() =>
        Assert.Equal(LoadQueries.Mix, fixture.Expected.Select(e => e.Query));

    [Fact]
    public void ExpectedAnswers_KesIsNeverPublished_EveryDatedLineUnconverted()
    {
        var kes = Encoding.UTF8.GetString(fixture.Expected.Single(e => e.Query == "/funding?currency=KES").Body);
        Assert.Contains("\"reason\": \"NoRate\"", kes, StringComparison.Ordinal);
        Assert.Contains("\"lines\": 0", kes, StringComparison.Ordinal);
    }
}
