using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MigDev.Core.Samples.Web.BrowserTests;

/// <summary>
/// The app on a real loopback port (Kestrel on 127.0.0.1, a free port) and Debian's Chromium driven by Playwright, for
/// one test class. The browser is <c>MIGDEV_CHROMIUM</c> when set (then it must exist: .ci/run sets it), otherwise
/// <c>/usr/bin/chromium</c> when present; without one, every browser test is skipped with <see cref="SkipReason"/>.
/// Playwright's own browser download is never used (it is unreachable here).
/// </summary>
public sealed class BrowserServer : IAsyncLifetime
{
    public const string SkipReason =
        "Browser tests skipped: no Chromium. Install Debian's (apt-get install -y chromium) or set MIGDEV_CHROMIUM to a Chromium binary; .ci/run installs it.";

    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    /// <summary>Gets the Chromium binary to drive, or null when there is none.</summary>
    public static string? Chromium
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("MIGDEV_CHROMIUM");
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return File.Exists(configured) ? configured : throw new FileNotFoundException($"MIGDEV_CHROMIUM names '{configured}', which does not exist.", configured);
            }
            return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
        }
    }

    /// <summary>Gets the app's address, such as http://127.0.0.1:41234.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Gets the browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Gets the folder the screenshots go to: artifacts/screenshots at the repository's root.</summary>
    public static string Screenshots { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    /// <inheritdoc/>
    public async ValueTask InitializeAsync()
    {
        if (Chromium is not { } chromium)
        {
            return;
        }
        _factory = new WebApplicationFactory<Program>();
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.Single(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>A new page in a fresh context, of the size given (a phone is 375 wide).</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = Address.ToString() });
        // Generous waits: CI runs this project beside the others on two cores, where a page can take many seconds.
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        return await context.NewPageAsync();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    private static string RepositoryRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "MigDev.Core.sln")))
            {
                return d.FullName;
            }
        }
        throw new InvalidOperationException("MigDev.Core.sln not found above " + AppContext.BaseDirectory);
    }
}
