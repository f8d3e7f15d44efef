namespace MigDev.Core;

/// <summary>What a refresh did to the cache (<see cref="EcbRateRefresher.RefreshAsync"/>).</summary>
public enum EcbRefreshOutcome
{
    /// <summary>A new file was downloaded, checked and moved into the cache.</summary>
    Downloaded = 1,

    /// <summary>The server said the cache is current (304 Not Modified); the cache is as it was.</summary>
    NotModified = 2,

    /// <summary>The download failed or was refused (<see cref="EcbRefreshResult.Fault"/> says why); the cache is
    /// byte for byte as it was.</summary>
    KeptCache = 3,
}
