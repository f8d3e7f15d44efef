namespace MigDev.Core;

/// <summary>Why a refresh kept the cache (<see cref="EcbRefreshOutcome.KeptCache"/>).</summary>
public enum EcbRefreshFault
{
    /// <summary>No fault: the cache was replaced, or the server said it is current.</summary>
    None = 0,

    /// <summary>No complete answer within the <see cref="System.Net.Http.HttpClient.Timeout"/> of the caller's
    /// client.</summary>
    Timeout = 1,

    /// <summary>No answer: the connection failed (name, refused, reset, TLS).</summary>
    Network = 2,

    /// <summary>The server answered with a status other than 200 or 304 (<see cref="EcbRefreshResult.StatusCode"/>),
    /// or 304 with no cache to keep.</summary>
    HttpStatus = 3,

    /// <summary>The body ended before its declared length.</summary>
    Truncated = 4,

    /// <summary>The body is larger than <see cref="EcbFileLimits.MaxFileBytes"/>.</summary>
    TooLarge = 5,

    /// <summary>The body is not an ECB file, or a corrupt one (an HTML page, a cut zip or CSV): loading it failed,
    /// and <see cref="EcbRefreshResult.Detail"/> has the loader's message.</summary>
    NotAnEcbFile = 6,

    /// <summary>The file's last date is before the cache's: the server (or a mirror, or a proxy) served an older
    /// file.</summary>
    OlderThanCache = 7,

    /// <summary>The file ends on the cache's last date or later but covers less of the history: it begins later, or
    /// has fewer publications on the same last date (a CSV cut at a line's end, which the ECB's newest-first order
    /// would otherwise hide).</summary>
    CoversLess = 8,
}
