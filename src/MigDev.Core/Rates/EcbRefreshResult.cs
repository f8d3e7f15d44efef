using System.Net;

namespace MigDev.Core;

/// <summary>
/// What a refresh of the ECB file did (<see cref="EcbRateRefresher.RefreshAsync"/>): downloaded, not modified, or
/// kept the cache because of a fault, with the cache's rates after it.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class EcbRefreshResult
{
    internal EcbRefreshResult(EcbRefreshOutcome outcome, EcbRefreshFault fault, string detail, HttpStatusCode? statusCode, string cachePath, EcbRateFile? file)
    {
        Outcome = outcome;
        Fault = fault;
        Detail = detail;
        StatusCode = statusCode;
        CachePath = cachePath;
        File = file;
    }

    /// <summary>Gets what happened to the cache.</summary>
    public EcbRefreshOutcome Outcome { get; }

    /// <summary>Gets why the cache was kept; <see cref="EcbRefreshFault.None"/> unless <see cref="Outcome"/> is
    /// <see cref="EcbRefreshOutcome.KeptCache"/>.</summary>
    public EcbRefreshFault Fault { get; }

    /// <summary>Gets what happened, in words: the status, the dates compared, the loader's message.</summary>
    public string Detail { get; }

    /// <summary>Gets the HTTP status of the answer, if there was one.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Gets the cache file.</summary>
    public string CachePath { get; }

    /// <summary>Gets the cache's rates after the refresh; <see langword="null"/> when there is no cache, or it could
    /// not be loaded and nothing replaced it.</summary>
    public EcbRateFile? File { get; }

    /// <summary>Returns the outcome, the fault and the detail.</summary>
    /// <returns>For example <c>KeptCache (OlderThanCache): ...</c>.</returns>
    public override string ToString() => Fault == EcbRefreshFault.None ? $"{Outcome}: {Detail}" : $"{Outcome} ({Fault}): {Detail}";
}
