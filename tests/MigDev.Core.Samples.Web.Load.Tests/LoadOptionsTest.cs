namespace MigDev.Core.Samples.Web.Load.Tests;

public sealed class LoadOptionsTest
{
    [Fact]
    public void Default_IsTheIssuesRun_SixteenClientsForThirtySeconds()
    {
        Assert.Equal(16, LoadOptions.Default.Clients);
        Assert.Equal(TimeSpan.FromSeconds(30), LoadOptions.Default.Duration);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(64, 600, 10_000_000)]
    public void TryCreate_WithinTheLimits_GivesTheOptions(int clients, int seconds, int maxRequests)
    {
        var options = LoadOptions.TryCreate(clients, seconds, maxRequests, out var error);
        Assert.Null(error);
        Assert.Equal(new LoadOptions(clients, TimeSpan.FromSeconds(seconds), maxRequests), options);
    }

    [Theory]
    [InlineData(0, 30, 100, "--clients 0 ")]
    [InlineData(65, 30, 100, "--clients 65 ")]
    [InlineData(16, 0, 100, "--seconds 0 ")]
    [InlineData(16, 601, 100, "--seconds 601 ")]
    [InlineData(16, 30, 0, "--max-requests 0 ")]
    [InlineData(16, 30, 10_000_001, "--max-requests 10000001 ")]
    public void TryCreate_OutsideALimit_NamesTheOptionAndItsValue(int clients, int seconds, int maxRequests, string expected)
    {
        Assert.Null(LoadOptions.TryCreate(clients, seconds, maxRequests, out var error));
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }
}
