using System.Net;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>
/// Keeps a local copy of the ECB's current rate file up to date, when asked: <see cref="RefreshAsync"/> downloads it
/// with the caller's <see cref="HttpClient"/> into the cache file the caller names, with a conditional request, and
/// never replaces a good cache with a truncated, corrupt or older download.
/// </summary>
/// <remarks>
/// <para>Opt-in: nothing in the library goes to the network unless a refresher is built and
/// <see cref="RefreshAsync"/> called. The caller owns the <see cref="HttpClient"/> (one from
/// <c>IHttpClientFactory</c> is fine) and its <see cref="HttpClient.Timeout"/>, which bounds the whole download,
/// body included.</para>
/// <para>A refresh: sends If-None-Match and If-Modified-Since from the last download (kept in
/// <c>{cachePath}.validators</c>) when the cache loads; on 304 keeps the cache; on 200 writes the body to a temporary
/// file beside the cache, loads it as an ECB file (<see cref="EcbRateFile"/>, within <see cref="Limits"/>), compares
/// it with the cache (it must end no earlier, begin no later, and not have fewer publications on the same last date),
/// and only then moves it over the cache in one rename. Any fault on the way leaves the cache byte for byte as it
/// was, and says so in the result. For the ECB's history files (<c>eurofxref-hist.zip</c>, the default, or
/// <c>.csv</c>, <c>.xml</c>); the 90-day and daily feeds begin later each day and would be kept out as covering less:
/// load them with <see cref="EcbRateFile.Load(string)"/> instead.</para>
/// <para>Cancelling the caller's token throws <see cref="OperationCanceledException"/>, the cache untouched. A failure
/// to write beside the cache (disk full, no permission) throws its <see cref="IOException"/> or
/// <see cref="UnauthorizedAccessException"/>, the cache untouched. Refreshes of one cache must not run at once.</para>
/// </remarks>
public sealed class EcbRateRefresher
{
    private readonly HttpClient _http;

    /// <summary>Initializes a refresher of the ECB's history zip, <see cref="HistoryZipUri"/>, within
    /// <see cref="EcbFileLimits.Default"/>.</summary>
    /// <param name="httpClient">The client to download with; the caller owns it.</param>
    /// <param name="cachePath">The cache file, created on the first download; its folder must exist.</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> or <paramref name="cachePath"/> is
    /// <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="cachePath"/> is blank.</exception>
    /// <example>
    /// <code>
    /// var refresher = new EcbRateRefresher(httpClient, Path.Combine(cacheFolder, "eurofxref-hist.zip"));
    /// var refreshed = await refresher.RefreshAsync(cancellationToken);
    /// var ecb = refreshed.File is { } file ? EcbExchangeRateProvider.Default.Layer(file).Provider : EcbExchangeRateProvider.Default;
    /// </code>
    /// </example>
    public EcbRateRefresher(HttpClient httpClient, string cachePath)
        : this(httpClient, cachePath, HistoryZipUri, EcbFileLimits.Default)
    {
    }

    /// <summary>Initializes a refresher of a given ECB history file.</summary>
    /// <param name="httpClient">The client to download with; the caller owns it.</param>
    /// <param name="cachePath">The cache file, created on the first download; its folder must exist.</param>
    /// <param name="source">The file to download: the ECB's history as zip, CSV or XML, or a mirror of it.</param>
    /// <param name="limits">The limits the download must keep.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="cachePath"/> is blank, or <paramref name="source"/> is not an
    /// absolute http or https URI.</exception>
    public EcbRateRefresher(HttpClient httpClient, string cachePath, Uri source, EcbFileLimits limits)
    {
        _http = Guard.Against.Null(httpClient);
        CachePath = Path.GetFullPath(Guard.Against.Blank(cachePath, $"A refresher needs a cache file, was '{cachePath}'."));
        Source = Guard.Against.Null(source);
        Guard.Against.Invalid(!source.IsAbsoluteUri || (source.Scheme != Uri.UriSchemeHttps && source.Scheme != Uri.UriSchemeHttp), $"The source must be an absolute http or https URI, was '{source}'.", nameof(source));
        Limits = Guard.Against.Null(limits);
    }

    /// <summary>Gets the ECB's history of reference rates as a zip holding <c>eurofxref-hist.csv</c>:
    /// <c>https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip</c>.</summary>
    public static Uri HistoryZipUri { get; } = new("https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip");

    /// <summary>Gets the file downloaded.</summary>
    public Uri Source { get; }

    /// <summary>Gets the cache file, as a full path.</summary>
    public string CachePath { get; }

    /// <summary>Gets the limits a download must keep.</summary>
    public EcbFileLimits Limits { get; }

    /// <summary>Downloads the file if it changed, and replaces the cache with it only when it loads and covers at
    /// least what the cache covers.</summary>
    /// <param name="cancellationToken">Cancels the refresh; the cache is untouched.</param>
    /// <returns>What happened: <see cref="EcbRefreshOutcome.Downloaded"/>, <see cref="EcbRefreshOutcome.NotModified"/>,
    /// or <see cref="EcbRefreshOutcome.KeptCache"/> with the <see cref="EcbRefreshFault"/>; and the cache's rates
    /// after it.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The temporary file beside the cache could not be written or moved.</exception>
    public async Task<EcbRefreshResult> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var cache = ReadCache();
        var temp = Path.Combine(Path.GetDirectoryName(CachePath)!, $".{Path.GetFileName(CachePath)}.{Guid.NewGuid():N}.download");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_http.Timeout != Timeout.InfiniteTimeSpan)
        {
            deadline.CancelAfter(_http.Timeout);
        }
        try
        {
            return await DownloadAsync(cache, temp, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Kept(cache, EcbRefreshFault.Timeout, $"{Source} gave no complete answer within {_http.Timeout.TotalSeconds:0.###} s (HttpClient.Timeout).", null);
        }
        catch (HttpIOException e) when (e.HttpRequestError == HttpRequestError.ResponseEnded)
        {
            return Kept(cache, EcbRefreshFault.Truncated, $"{Source}: the body ended before its declared length ({e.Message}).", HttpStatusCode.OK);
        }
        catch (HttpRequestException e)
        {
            return Kept(cache, EcbRefreshFault.Network, $"{Source}: {e.Message}", e.StatusCode);
        }
        catch (HttpIOException e)
        {
            return Kept(cache, EcbRefreshFault.Network, $"{Source}: {e.Message}", null);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private async Task<EcbRefreshResult> DownloadAsync(Cache cache, string temp, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Source);
        if (cache.File is not null)
        {
            EcbCacheValidators.Read(CachePath).Apply(request);
        }
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var status = response.StatusCode;
        if (status == HttpStatusCode.NotModified && cache.File is not null)
        {
            return new EcbRefreshResult(EcbRefreshOutcome.NotModified, EcbRefreshFault.None, $"{Source}: not modified since the cached file (last date {cache.File.LastDate:yyyy-MM-dd}).", status, CachePath, cache.File);
        }
        if (status != HttpStatusCode.OK)
        {
            return Kept(cache, EcbRefreshFault.HttpStatus, $"{Source} answered {(int)status} {response.ReasonPhrase}.", status);
        }
        var declared = response.Content.Headers.ContentLength;
        if (declared > Limits.MaxFileBytes)
        {
            return Kept(cache, EcbRefreshFault.TooLarge, $"{Source}: the body is {declared} bytes, more than EcbFileLimits.MaxFileBytes ({Limits.MaxFileBytes}).", status);
        }
        var written = await CopyToTempAsync(response, temp, cancellationToken).ConfigureAwait(false);
        if (written < 0)
        {
            return Kept(cache, EcbRefreshFault.TooLarge, $"{Source}: the body is more than EcbFileLimits.MaxFileBytes ({Limits.MaxFileBytes}) bytes.", status);
        }
        if (declared is { } length && written != length)
        {
            return Kept(cache, EcbRefreshFault.Truncated, $"{Source}: the body has {written} bytes of the {length} declared.", status);
        }
        return Replace(cache, temp, EcbCacheValidators.Of(response));
    }

    // The body to a temporary file, counted as it is read: -1 when it passes the limit.
    private async Task<long> CopyToTempAsync(HttpResponseMessage response, string temp, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using var _ = body.ConfigureAwait(false);
        var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        await using var __ = file.ConfigureAwait(false);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > Limits.MaxFileBytes)
            {
                return -1;
            }
            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }
        file.Flush(flushToDisk: true);
        return total;
    }

    private EcbRefreshResult Replace(Cache cache, string temp, EcbCacheValidators validators)
    {
        EcbRateFile downloaded;
        try
        {
            downloaded = EcbRateFile.Load(temp, Limits);
        }
        catch (MigDevDataException e)
        {
            return Kept(cache, EcbRefreshFault.NotAnEcbFile, $"{Source}: the body is not an ECB rate file: {e.Message}", HttpStatusCode.OK);
        }
        if (cache.File is { } old && Covers(old, downloaded) is { } fault)
        {
            return Kept(cache, fault, $"{Source}: the download ({Describe(downloaded)}) covers less than the cache ({Describe(old)}).", HttpStatusCode.OK);
        }
        File.Move(temp, CachePath, overwrite: true);
        validators.Write(CachePath);
        var file = EcbRateFile.FromTable(downloaded.Table, CachePath, downloaded.Format);
        var replaced = cache.File is null ? cache.Problem ?? "no cache before" : $"the cache had {Describe(cache.File)}";
        return new EcbRefreshResult(EcbRefreshOutcome.Downloaded, EcbRefreshFault.None, $"{Source}: downloaded {Describe(file)}; {replaced}.", HttpStatusCode.OK, CachePath, file);
    }

    private static EcbRefreshFault? Covers(EcbRateFile cache, EcbRateFile download) =>
        download.LastDate < cache.LastDate ? EcbRefreshFault.OlderThanCache
        : download.FirstDate > cache.FirstDate || (download.LastDate == cache.LastDate && download.PublicationCount < cache.PublicationCount) ? EcbRefreshFault.CoversLess
        : null;

    private static string Describe(EcbRateFile file) => $"{file.PublicationCount} publications, {file.FirstDate:yyyy-MM-dd} to {file.LastDate:yyyy-MM-dd}";

    private EcbRefreshResult Kept(Cache cache, EcbRefreshFault fault, string detail, HttpStatusCode? status) =>
        new(EcbRefreshOutcome.KeptCache, fault, cache.Problem is null ? detail : $"{detail} (The cache itself: {cache.Problem})", status, CachePath, cache.File);

    // The cache as it is before the refresh: its rates, or why there are none.
    private Cache ReadCache()
    {
        if (!File.Exists(CachePath))
        {
            return new Cache(null, null);
        }
        try
        {
            return new Cache(EcbRateFile.Load(CachePath, Limits), null);
        }
        catch (MigDevDataException e)
        {
            return new Cache(null, $"the cache did not load: {e.Message}");
        }
    }

    private sealed record Cache(EcbRateFile? File, string? Problem);
}
