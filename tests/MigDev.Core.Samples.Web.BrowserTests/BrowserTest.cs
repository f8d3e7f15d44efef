using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Playwright;

namespace MigDev.Core.Samples.Web.BrowserTests;

/// <summary>The pages in a real browser: each opened on a phone and a desktop (no horizontal scroll at 375 px, a
/// full-page screenshot of each under artifacts/screenshots), links followed, a search, the currency changed, the real
/// IOM file uploaded and its report read, and the main controls reached with the keyboard.</summary>
public sealed partial class BrowserTest(BrowserServer server) : IClassFixture<BrowserServer>
{
    private static readonly string Iom = Path.Combine(AppContext.BaseDirectory, "data", "iati", "real", "iom-XM-DAC-47066-dportal_118.xml");

    public static TheoryData<string, string> Pages => new()
    {
        { "catalog", "/" },
        { "search", "/?q=migration" },
        { "agency", "/catalog/agencies/iom" },
        { "programme", "/catalog/programmes/jmdi" },
        { "matrix", "/matrix" },
        { "funding", "/charts/funding?currency=CHF" },
        { "upload", "/upload" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_OnAPhoneAndADesktop_HasNoHorizontalScroll_AndIsScreenshot(string name, string url)
    {
        SkipWithoutBrowser();
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await server.NewPageAsync(width);
            var response = await page.GotoAsync(url);
            Assert.Equal(200, response!.Status);
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"{url} at {width} px is {scrollWidth} px wide");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserServer.Screenshots, $"{name}-{width}.png"), FullPage = true });
            await page.Context.CloseAsync();
        }
        Assert.True(File.Exists(Path.Combine(BrowserServer.Screenshots, $"{name}-375.png")));
    }

    [Fact]
    public async Task Catalog_Search_ThenFollowAProgramme_ThenAPartner()
    {
        SkipWithoutBrowser();
        var page = await server.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Search agencies and programmes").FillAsync("joint migration");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("q=joint\\+migration"));
        var link = page.Locator("a[href='/catalog/programmes/jmdi']");
        await link.ClickAsync();
        await page.WaitForURLAsync("**/catalog/programmes/jmdi");
        Assert.Contains("Joint Migration and Development Initiative", await page.Locator("h1").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("blockquote").CountAsync() > 0);

        var partner = page.Locator("section[aria-labelledby='partners'] a").First;
        var partnerName = await partner.TextContentAsync();
        await partner.ClickAsync();
        await page.WaitForURLAsync(new Regex("/catalog/agencies/"));
        Assert.Equal(partnerName, await page.Locator("h1").TextContentAsync());
    }

    [Fact]
    public async Task Funding_ChangeTheCurrency_RedrawsTheBarsInIt_AsTheApiTotalsThem()
    {
        SkipWithoutBrowser();
        var page = await server.NewPageAsync();
        await page.GotoAsync("/charts/funding");
        await page.GetByLabel("Currency").SelectOptionAsync("USD");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("currency=USD"));
        Assert.Contains("in USD", await page.Locator("#by-funder-title").TextContentAsync(), StringComparison.Ordinal);

        using var client = new HttpClient { BaseAddress = server.Address };
        var api = await client.GetFromJsonAsync<JsonElement>("/funding?currency=USD", TestContext.Current.CancellationToken);
        var bars = page.Locator("svg[aria-labelledby^='by-funder'] rect");
        Assert.Equal(api.GetProperty("byFunder").GetArrayLength(), await bars.CountAsync());
        foreach (var line in api.GetProperty("byFunder").EnumerateArray())
        {
            var amount = line.GetProperty("amount").GetProperty("amount").GetDecimal().ToString(CultureInfo.InvariantCulture);
            var bar = page.Locator($"svg[aria-labelledby^='by-funder'] rect[data-key='{line.GetProperty("key").GetString()}']");
            Assert.Equal(amount, await bar.GetAttributeAsync("data-amount"));
            Assert.EndsWith($"USD {amount}", await bar.Locator("title").TextContentAsync(), StringComparison.Ordinal);
        }
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserServer.Screenshots, "funding-usd-1280.png"), FullPage = true });
    }

    [Fact]
    public async Task Upload_TheRealIomFile_ShowsItsReport()
    {
        SkipWithoutBrowser();
        var page = await server.NewPageAsync();
        await page.GotoAsync("/upload");
        await page.GetByLabel("IATI activity file").SetInputFilesAsync(Iom);
        await page.GetByRole(AriaRole.Button, new() { Name = "Read the file" }).ClickAsync();
        await page.Locator("#report").WaitForAsync();
        Assert.Equal($"Report: {Path.GetFileName(Iom)}", await page.Locator("#report").TextContentAsync());
        var activities = XDocument.Load(Iom).Root!.Elements("iati-activity").Count();
        Assert.Equal(activities.ToString(CultureInfo.InvariantCulture), await page.Locator("dt:text-is('Activities') + dd").TextContentAsync());
        Assert.True(await page.Locator("table.findings tbody tr").CountAsync() > 0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserServer.Screenshots, "upload-report-1280.png"), FullPage = true });
        var phone = await server.NewPageAsync(375);
        await phone.GotoAsync("/upload");
        await phone.GetByLabel("IATI activity file").SetInputFilesAsync(Iom);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Read the file" }).ClickAsync();
        await phone.Locator("#report").WaitForAsync();
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375);
        await phone.ScreenshotAsync(new() { Path = Path.Combine(BrowserServer.Screenshots, "upload-report-375.png"), FullPage = true });
    }

    [Theory]
    [InlineData("/", "q", "Search")]
    [InlineData("/charts/funding", "currency", "Show")]
    [InlineData("/upload", "file", "Read the file")]
    public async Task Keyboard_TabReachesTheSkipLinkFirst_ThenTheFormsControls_WithAVisibleFocus(string url, string field, string button)
    {
        SkipWithoutBrowser();
        var page = await server.NewPageAsync();
        await page.GotoAsync(url);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to the content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        var reached = new List<string>();
        for (var i = 0; i < 12 && !reached.Contains("button:" + button); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("(e => e.tagName.toLowerCase() === 'button' ? 'button:' + e.textContent.trim() : e.id || e.tagName.toLowerCase())(document.activeElement)");
            reached.Add(focused);
            var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
            Assert.True(outline != "none", $"{focused} on {url} shows no focus");
        }
        Assert.Contains(field, reached);
        Assert.Contains("button:" + button, reached);
        Assert.True(reached.IndexOf(field) < reached.IndexOf("button:" + button), string.Join(", ", reached));
    }

    private static void SkipWithoutBrowser()
    {
        if (BrowserServer.Chromium is null)
        {
            Assert.Skip(BrowserServer.SkipReason);
        }
    }
}
