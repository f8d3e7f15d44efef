namespace MigDev.Core.Samples.Web.Load;

/// <summary>How hard and how long to load the sample, each within a stated limit so that a run always stops by itself.</summary>
/// <param name="Clients">Concurrent clients, each an <see cref="HttpClient"/> of its own sending one request at a time.</param>
/// <param name="Duration">How long the clients send requests; a request already sent then still completes.</param>
/// <param name="MaxRequests">The most requests sent in all, whatever the duration.</param>
internal sealed record LoadOptions(int Clients, TimeSpan Duration, int MaxRequests)
{
    /// <summary>The most concurrent clients.</summary>
    public const int MaxClients = 64;

    /// <summary>The longest run, in seconds.</summary>
    public const int MaxSeconds = 600;

    /// <summary>The most requests in a run (their latencies are kept, 8 bytes each).</summary>
    public const int MaxRequestsLimit = 10_000_000;

    /// <summary>How long one request may take before it counts as an error.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The run: 16 clients for 30 s.</summary>
    public static LoadOptions Default { get; } = new(16, TimeSpan.FromSeconds(30), 5_000_000);

    /// <summary>Checks the limits: the options, or <see langword="null"/> and what is wrong.</summary>
    public static LoadOptions? TryCreate(int clients, int seconds, int maxRequests, out string? error)
    {
        error = clients is < 1 or > MaxClients ? $"--clients {clients} is not between 1 and {MaxClients}."
            : seconds is < 1 or > MaxSeconds ? $"--seconds {seconds} is not between 1 and {MaxSeconds}."
            : maxRequests is < 1 or > MaxRequestsLimit ? $"--max-requests {maxRequests} is not between 1 and {MaxRequestsLimit:N0}."
            : null;
        return error is null ? new LoadOptions(clients, TimeSpan.FromSeconds(seconds), maxRequests) : null;
    }
}
