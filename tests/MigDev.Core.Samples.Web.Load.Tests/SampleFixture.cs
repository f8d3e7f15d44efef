namespace MigDev.Core.Samples.Web.Load.Tests;

/// <summary>The web sample started once, as a process on loopback, for the tests of one class; and its expected answers.</summary>
public sealed class SampleFixture : IAsyncLifetime
{
    private SampleProcess? sample;

    internal SampleProcess Sample => sample ?? throw new InvalidOperationException("The sample has not started.");

    internal IReadOnlyList<ExpectedAnswer> Expected { get; private set; } = [];

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        sample = await SampleProcess.StartAsync(SampleProcess.DefaultApp, TestContext.Current.CancellationToken);
        using var client = Loopback.Client(sample.BaseAddress);
        Expected = await ExpectedAnswer.FetchAsync(client, LoadQueries.Mix, TestContext.Current.CancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        sample?.Dispose();
        return ValueTask.CompletedTask;
    }
}
