using System.Net;
using System.Text;
using NodaTime;

namespace MigDev.Core.Tests;

/// <summary>The refresher against a loopback server serving the real ECB file and its faults; no test reaches the
/// internet. Every fault must leave the cache byte for byte as it was.</summary>
public sealed class EcbRateRefresherTest : IDisposable
{
    private static readonly byte[] RealCsv = File.ReadAllBytes(EcbFiles.CsvPath);
    private static readonly byte[] RealZip = EcbFiles.Zip(EcbFiles.Csv);
    private static readonly DateTimeOffset Published = new(2026, 4, 13, 15, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("migdev-ecb-").FullName;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };

    private string CachePath => Path.Combine(_folder, "eurofxref-hist.zip");

    public void Dispose()
    {
        _http.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static Task Answer(HttpListenerContext context, int status)
    {
        context.Response.StatusCode = status;
        context.Response.Close();
        return Task.CompletedTask;
    }

    private EcbRateRefresher Refresher(EcbLoopbackServer server, EcbFileLimits? limits = null) =>
        new(_http, CachePath, server.Uri, limits ?? EcbFileLimits.Default);

    // The cache holds the real file, as downloaded before.
    private byte[] CacheTheRealCsv()
    {
        File.WriteAllBytes(CachePath, RealCsv);
        return RealCsv;
    }

    private void AssertCacheUnchanged(byte[] before, EcbRefreshResult result, EcbRefreshFault fault)
    {
        Assert.Equal(EcbRefreshOutcome.KeptCache, result.Outcome);
        Assert.Equal(fault, result.Fault);
        Assert.Equal(before, File.ReadAllBytes(CachePath));
        Assert.Equal([Path.GetFileName(CachePath)], Directory.GetFiles(_folder).Select(Path.GetFileName));
        Assert.Equal(EcbCsv.Dates[^1], result.File!.LastDate);
    }

    [Fact]
    public async Task NoCache_DownloadsTheRealZip_ThenNotModifiedWithItsValidators()
    {
        using var server = new EcbLoopbackServer((c, _) =>
            c.Request.Headers["If-None-Match"] == "\"hist-1\""
                ? Answer(c, 304)
                : EcbLoopbackServer.Send(c, RealZip, "application/zip", "\"hist-1\"", Published));
        var refresher = Refresher(server);

        var first = await refresher.RefreshAsync(TestContext.Current.CancellationToken);

        Assert.Equal(EcbRefreshOutcome.Downloaded, first.Outcome);
        Assert.Equal(EcbRefreshFault.None, first.Fault);
        Assert.Equal(RealZip, File.ReadAllBytes(CachePath));
        Assert.Equal(EcbFileFormat.Zip, first.File!.Format);
        Assert.Equal(EcbCsv.Dates.Count, first.File.PublicationCount);
        Assert.Equal(CachePath, first.File.SourceName);
        Assert.Empty(EcbExchangeRateProvider.Default.Layer(first.File).Disagreements);

        var second = await refresher.RefreshAsync(TestContext.Current.CancellationToken);

        Assert.Equal(EcbRefreshOutcome.NotModified, second.Outcome);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(RealZip, File.ReadAllBytes(CachePath));
        Assert.Equal("\"hist-1\"", server.Requests[1]["If-None-Match"]);
        Assert.Equal(Published.ToString("R", System.Globalization.CultureInfo.InvariantCulture), server.Requests[1]["If-Modified-Since"]);
        Assert.Null(server.Requests[0]["If-None-Match"]);
        Assert.Equal(EcbCsv.Dates[^1], second.File!.LastDate);
    }

    [Fact]
    public async Task NewerFile_ReplacesACacheCutShort()
    {
        var cut = Encoding.ASCII.GetBytes(EcbFiles.CutCsv(EcbFiles.Csv, "2025-12-31"));
        File.WriteAllBytes(CachePath, cut);
        using var server = new EcbLoopbackServer((c, _) => EcbLoopbackServer.Send(c, RealCsv, "text/csv"));

        var result = await Refresher(server).RefreshAsync(TestContext.Current.CancellationToken);

        Assert.Equal(EcbRefreshOutcome.Downloaded, result.Outcome);
        Assert.Equal(RealCsv, File.ReadAllBytes(CachePath));
        Assert.Equal(EcbCsv.Dates[^1], result.File!.LastDate);
        Assert.Contains("2025-12-31", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorruptCache_IsReplacedByAGoodDownload()
    {
        File.WriteAllText(CachePath, "Date,USD\n2026-04-13,1.1x");
        using var server = new EcbLoopbackServer((c, _) => EcbLoopbackServer.Send(c, RealZip));

        var result = await Refresher(server).RefreshAsync(TestContext.Current.CancellationToken);

        Assert.Equal(EcbRefreshOutcome.Downloaded, result.Outcome);
        Assert.Equal(RealZip, File.ReadAllBytes(CachePath));
        Assert.Contains("the cache did not load", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeout_KeepsTheCache()
    {
        var before = CacheTheRealCsv();
        using var server = new EcbLoopbackServer(async (c, stop) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), stop);
            await EcbLoopbackServer.Send(c, RealCsv);
        });
        using var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };

        var result = await new EcbRateRefresher(impatient, CachePath, server.Uri, EcbFileLimits.Default).RefreshAsync(TestContext.Current.CancellationToken);

        AssertCacheUnchanged(before, result, EcbRefreshFault.Timeout);
        Assert.Null(result.StatusCode);
    }

    [Fact]
    public async Task Timeout_InTheMiddleOfTheBody_KeepsTheCache()
    {
        var before = CacheTheRealCsv();
        using var server = new EcbLoopbackServer(async (c, stop) =>
        {
            c.Response.ContentLength64 = RealCsv.Length;
            await c.Response.OutputStream.WriteAsync(RealCsv.AsMemory(0, RealCsv.Length / 2), stop);
            await c.Response.OutputStream.FlushAsync(stop);
            await Task.Delay(TimeSpan.FromSeconds(10), stop);
        });
        using var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(500) };

        var result = await new EcbRateRefresher(impatient, CachePath, server.Uri, EcbFileLimits.Default).RefreshAsync(TestContext.Current.CancellationToken);

        AssertCacheUnchanged(before, result, EcbRefreshFault.Timeout);
    }

    [Fact]
    public async Task ServerError500_KeepsTheCache()
    {
        var before = CacheTheRealCsv();
        using var server = new EcbLoopbackServer((c, _) => Answer(c, 500));

        var result = await Refresher(server).RefreshAsync(TestContext.Current.CancellationToken);

        AssertCacheUnchanged(before, result, EcbRefreshFault.HttpStatus);
        Assert.Equal(HttpStatusCode.InternalServerError, result.StatusCode);
        Assert.Contains("500", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TruncatedBody_ShorterThanDeclared_KeepsTheCache()
    {
        var before = CacheTheRealCsv();
        using var server = new EcbLoopbackServer(async (c, stop) =>
        {
            c.Response.ContentLength64 = RealZip.Length;
            await c.Response.OutputStream.WriteAsync(RealZip.AsMemory(0, RealZip.Length / 2), stop);
            c.Response.Abort();
        });

        var result = await Refresher(server).RefreshAsync(TestContext.Current.CancellationToken);

        AssertCacheUnchanged(before, result, EcbRefreshFault.Truncated);
    }

    [Fact]
    public async Task TruncatedCsv_CutAtALineEndWithoutALength_CoversLess_KeepsTheCache()
    {
        var before = CacheTheRealCsv();
        var lines = EcbFiles.Lines(EcbFiles.Csv);
        var cut = Encoding.ASCII.GetBytes(string.Join('\n', lines.Take(lines.Length - 1000)) + "\n");
        using var server = new EcbLoopbackServer(async (c, stop) =>
        {
            c.Response.SendChunked = true;
            await c.Response.OutputStream.WriteAsync(cut, stop);
            c.Response.Close();
        });

        var result = await Refresher(server).RefreshAsync(TestContext.Current.CancellationToken);

        AssertCacheUnchanged(before, result, EcbRefreshFault.CoversLess);
    }

    [Fact]
    public async Task TruncatedZip_WithoutALength_IsNotAnEcbFile_KeepsTheCache()
    {
        var before = CacheTheRealCsv();
        using var server = new EcbLoopbackServer(async (c, stop) =>
        {
            c.Response.SendChunked = true;
            await c.Response.OutputStream.WriteAsync(RealZip.AsMemory(0, RealZip.Length - 100), stop);
            c.Response.Close();
        });

        var result = await Refresher(server).RefreshAsync(TestContext.Current.CancellationToken);

        AssertCacheUnchanged(before, result, EcbRefreshFault.NotAnEcbFile);
    }

    [Fact]
    public async Task HtmlInsteadOfCsv_KeepsTheCache()
    {
        var before = CacheTheRealCsv();
        var html = Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html><head><title>Maintenance</title></head><body><p>The ECB website is under maintenance.</p></body></html>\n");
        using var server = new EcbLoopbackServer((c, _) => EcbLoopbackServer.Send(c, html, "text/html"));

        var result = await Refresher(server).RefreshAsync(TestContext.Current.CancellationToken);

        AssertCacheUnchanged(before, result, EcbRefreshFault.NotAnEcbFile);
        Assert.Contains("not an ECB rate file", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileOlderThanTheCache_KeepsTheCache()
    {
        var before = CacheTheRealCsv();
        var older = Encoding.ASCII.GetBytes(EcbFiles.CutCsv(EcbFiles.Csv, "2025-12-31"));
        using var server = new EcbLoopbackServer((c, _) => EcbLoopbackServer.Send(c, older, "text/csv"));

        var result = await Refresher(server).RefreshAsync(TestContext.Current.CancellationToken);

        AssertCacheUnchanged(before, result, EcbRefreshFault.OlderThanCache);
        Assert.Contains(EcbCsv.Dates.Last(d => d <= new LocalDate(2025, 12, 31)).ToString("yyyy-MM-dd", null), result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LargerThanTheLimit_KeepsTheCache()
    {
        var before = CacheTheRealCsv();
        using var server = new EcbLoopbackServer((c, _) => EcbLoopbackServer.Send(c, RealCsv, "text/csv"));

        var result = await Refresher(server, new EcbFileLimits { MaxFileBytes = 1_000_000 }).RefreshAsync(TestContext.Current.CancellationToken);

        Assert.Equal(EcbRefreshOutcome.KeptCache, result.Outcome);
        Assert.Equal(EcbRefreshFault.TooLarge, result.Fault);
        Assert.Equal(before, File.ReadAllBytes(CachePath));
        Assert.Null(result.File); // The real 1.9 MB cache itself breaks the 1 MB limit: kept, but not loaded.
    }

    [Fact]
    public async Task NoServer_Network_KeepsTheCache()
    {
        var before = CacheTheRealCsv();
        var closed = new Uri($"http://127.0.0.1:{EcbLoopbackServer.FreePort()}/eurofxref-hist.zip");

        var result = await new EcbRateRefresher(_http, CachePath, closed, EcbFileLimits.Default).RefreshAsync(TestContext.Current.CancellationToken);

        AssertCacheUnchanged(before, result, EcbRefreshFault.Network);
    }

    [Fact]
    public async Task CallerCancels_Throws_KeepsTheCache()
    {
        var before = CacheTheRealCsv();
        using var server = new EcbLoopbackServer(async (c, stop) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), stop);
            await EcbLoopbackServer.Send(c, RealCsv);
        });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Refresher(server).RefreshAsync(cancel.Token));

        Assert.Equal(before, File.ReadAllBytes(CachePath));
        Assert.Equal([Path.GetFileName(CachePath)], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Arguments_AreChecked_NothingGoesToTheNetworkUntilAsked()
    {
        Assert.Throws<ArgumentNullException>(() => new EcbRateRefresher(null!, CachePath));
        Assert.Throws<ArgumentException>(() => new EcbRateRefresher(_http, " "));
        Assert.Throws<ArgumentException>(() => new EcbRateRefresher(_http, CachePath, new Uri("file:///tmp/x.csv"), EcbFileLimits.Default));
        var refresher = new EcbRateRefresher(_http, CachePath);
        Assert.Equal(new Uri("https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"), refresher.Source);
        Assert.Equal(CachePath, refresher.CachePath);
        Assert.False(File.Exists(CachePath));
    }
}
