namespace MigDev.Core.Samples.Web.Load;

/// <summary>The one rule of where the load goes: a plain HTTP address on this machine's loopback, and nowhere else.</summary>
internal static class Loopback
{
    /// <summary>The address as a <see cref="Uri"/> if it is <c>http</c> on a loopback host (127.0.0.0/8, [::1],
    /// localhost).</summary>
    /// <exception cref="InvalidOperationException">Anything else: the load test sends nothing to it.</exception>
    public static Uri Require(string address)
    {
        if (Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)
        {
            return new Uri(uri.GetLeftPart(UriPartial.Authority));
        }
        throw new InvalidOperationException($"'{address}' is not an http address on loopback: the load test sends nothing there.");
    }

    /// <summary>A client for <paramref name="baseAddress"/> (checked by <see cref="Require"/>): no proxy, no redirect
    /// followed, one connection, each request at most <see cref="LoadOptions.RequestTimeout"/>.</summary>
    public static HttpClient Client(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = 1,
            UseCookies = false,
        };
        return new HttpClient(handler) { BaseAddress = Require(baseAddress.ToString()), Timeout = LoadOptions.RequestTimeout };
    }
}
