using System.Net;
using System.Net.Sockets;

namespace MigDev.Core.Tests;

/// <summary>
/// A minimal HTTP server on 127.0.0.1 and a free port, for the refresher's tests: each request goes to the test's
/// handler, which writes the answer (the real file, or one of its faults). Never reaches beyond the machine.
/// </summary>
internal sealed class EcbLoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public EcbLoopbackServer(Func<HttpListenerContext, CancellationToken, Task> handler)
    {
        Handler = handler;
        var port = FreePort();
        Uri = new Uri($"http://127.0.0.1:{port}/eurofxref-hist.zip");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri Uri { get; }

    public Func<HttpListenerContext, CancellationToken, Task> Handler { get; set; }

    /// <summary>The headers of every request received, in order.</summary>
    public List<System.Collections.Specialized.NameValueCollection> Requests { get; } = [];

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Answers 200 with a body and optional validators.</summary>
    public static async Task Send(HttpListenerContext context, byte[] body, string contentType = "application/octet-stream", string? etag = null, DateTimeOffset? lastModified = null)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = contentType;
        if (etag is not null)
        {
            context.Response.AddHeader("ETag", etag);
        }
        if (lastModified is { } modified)
        {
            context.Response.AddHeader("Last-Modified", modified.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        }
        context.Response.ContentLength64 = body.Length;
        await context.Response.OutputStream.WriteAsync(body);
        context.Response.Close();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener.
        }
        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            lock (Requests)
            {
                Requests.Add(context.Request.Headers);
            }
            _ = Task.Run(async () =>
            {
                try
                {
                    await Handler(context, _stop.Token);
                }
                catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException or IOException)
                {
                    // The client went away or the test ended.
                }
            });
        }
    }
}
