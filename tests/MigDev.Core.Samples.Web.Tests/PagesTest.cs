using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MigDev.Core.Samples.Web.Tests;

/// <summary>The pages, rendered in memory: status, the data they show (checked against catalog.json, the API and the
/// IOM file read directly), the SVG charts against the API's totals, and the rules every page keeps (a viewport, local
/// CSS, no script, an accessible chart).</summary>
public sealed partial class PagesTest(WebFactory web) : IClassFixture<WebFactory>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string Iom = WebFactory.Data("iati", "real", "iom-XM-DAC-47066-dportal_118.xml");

    public static TheoryData<string> Pages => ["/", "/?q=migration", "/catalog/agencies/iom", "/catalog/programmes/jmdi", "/matrix", "/charts/funding?currency=CHF", "/upload"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_IsHtml_ForAPhone_WithLocalCssOnly_AndNoScript(string url)
    {
        var html = await GetPageAsync(url, HttpStatusCode.OK);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/site.css\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(ExternalResource().Matches(html));
        Assert.Single(Regex.Matches(html, "<h1>"));
        Assert.Contains("<main id=\"main\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StyleSheet_IsServed_AndShowsFocus()
    {
        using var client = web.CreateClient();
        using var response = await client.GetAsync(new Uri("/site.css", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(":focus-visible", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_LinksEveryProgrammeAndAgencyOfTheDocument()
    {
        var html = await GetPageAsync("/", HttpStatusCode.OK);
        using var catalog = ReadCatalog();
        foreach (var programme in catalog.RootElement.GetProperty("programmes").EnumerateArray())
        {
            Assert.Contains($"href=\"/catalog/programmes/{programme.GetProperty("id").GetString()}\"", html, StringComparison.Ordinal);
        }
        Assert.Equal(catalog.RootElement.GetProperty("agencies").GetArrayLength(), Regex.Count(html, "href=\"/catalog/agencies/"));
    }

    [Fact]
    public async Task Catalog_Search_ListsTheProgrammesWhoseNamesContainTheText()
    {
        var html = await GetPageAsync("/?q=migration", HttpStatusCode.OK);
        using var catalog = ReadCatalog();
        var expected = catalog.RootElement.GetProperty("programmes").EnumerateArray()
            .Where(p => new[] { "name", "acronym", "displayName" }.Select(n => p.TryGetProperty(n, out var v) ? v.GetString()! : "")
                .Concat(p.TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(x => x.GetString()!) : [])
                .Any(n => n.Contains("migration", StringComparison.OrdinalIgnoreCase)))
            .Select(p => p.GetProperty("id").GetString()!).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ProgrammeLinks().Matches(html).Select(m => m.Groups[1].Value));
    }

    [Theory]
    [InlineData("/catalog/agencies/iom", "agencies", "iom")]
    [InlineData("/catalog/programmes/jmdi", "programmes", "jmdi")]
    public async Task Record_ShowsEachOfItsCitations_WithTheQuote(string url, string list, string id)
    {
        var html = WebUtility.HtmlDecode(await GetPageAsync(url, HttpStatusCode.OK));
        using var catalog = ReadCatalog();
        var record = catalog.RootElement.GetProperty(list).EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
        var citations = record.GetProperty("citations").EnumerateArray().ToList();
        Assert.NotEmpty(citations);
        Assert.Equal(citations.Count, Regex.Count(html, "<blockquote>"));
        Assert.All(citations, c => Assert.Contains(c.GetProperty("quote").GetString()!, html, StringComparison.Ordinal));
        Assert.Contains(record.GetProperty("name").GetString()!, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Programme_PrintsWhatIsCommitted_AsTheLibraryPrintsMoney()
    {
        var html = await GetPageAsync("/catalog/programmes/jmdi", HttpStatusCode.OK);
        using var catalog = ReadCatalog();
        var amounts = catalog.RootElement.GetProperty("commitments").EnumerateArray()
            .Where(c => c.TryGetProperty("programme", out var p) && p.GetString() == "jmdi" && c.GetProperty("stage").GetString() == "Commitment" && c.TryGetProperty("amount", out _))
            .Select(c => c.GetProperty("amount")).ToList();
        Assert.NotEmpty(amounts);
        foreach (var currency in amounts.GroupBy(a => a.GetProperty("currency").GetString()!))
        {
            var sum = currency.Sum(a => a.GetProperty("amount").GetDecimal());
            Assert.Contains($"<li class=\"amount\">{currency.Key} {sum.ToString(CultureInfo.InvariantCulture)}</li>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Matrix_ShowsEveryThemeRoundtableAndSession_InOrder()
    {
        var html = WebUtility.HtmlDecode(await GetPageAsync("/matrix", HttpStatusCode.OK));
        using var catalog = ReadCatalog();
        var position = 0;
        foreach (var theme in catalog.RootElement.GetProperty("themes").EnumerateArray().OrderBy(t => t.GetProperty("number").GetInt32()))
        {
            position = After(html, $"Theme {theme.GetProperty("number").GetInt32()}: {theme.GetProperty("title").GetString()}", position);
            foreach (var roundtable in catalog.RootElement.GetProperty("roundtables").EnumerateArray().Where(r => r.GetProperty("theme").GetInt32() == theme.GetProperty("number").GetInt32()))
            {
                position = After(html, $"Roundtable {roundtable.GetProperty("number").GetInt32()}: {roundtable.GetProperty("title").GetString()}", position);
            }
        }
        Assert.Equal(catalog.RootElement.GetProperty("sessions").GetArrayLength(), Regex.Count(html, "<h4 id=\"session-"));
    }

    [Theory]
    [InlineData("CHF")]
    [InlineData("USD")]
    [InlineData("EUR")]
    public async Task Funding_Bars_AreTheApisTotals_InTheSameCurrency(string currency)
    {
        var html = await GetPageAsync($"/charts/funding?currency={currency}", HttpStatusCode.OK);
        var api = await web.GetJsonAsync($"/funding?currency={currency}");
        AssertBars(Chart(html, "by-funder"), api.GetProperty("byFunder"), currency);
        AssertBars(Chart(html, "by-year"), api.GetProperty("byYear"), currency);
        Assert.Contains($"<span class=\"amount\">{Printed(api.GetProperty("total"), currency)}</span>", html, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{currency}\" selected", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Funding_Chart_IsNamedByItsTitleAndDescription_ForAssistiveTechnology()
    {
        var svg = Chart(await GetPageAsync("/charts/funding?currency=CHF", HttpStatusCode.OK), "by-funder");
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("by-funder-title by-funder-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Contains("per funder, in CHF", svg.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.Equal("by-funder-title", (string?)svg.Element(Svg + "title")!.Attribute("id"));
        Assert.Contains("The largest is", svg.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
        Assert.All(svg.Descendants(Svg + "rect"), r => Assert.Contains(": CHF ", r.Element(Svg + "title")!.Value, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/charts/funding?currency=XYZ", HttpStatusCode.BadRequest, "XYZ")]
    [InlineData("/catalog/agencies/nope", HttpStatusCode.NotFound, "nope")]
    [InlineData("/catalog/programmes/jmd", HttpStatusCode.NotFound, "jmd")]
    public async Task BadRequest_IsAPage_NamingWhatWasAskedFor(string url, HttpStatusCode status, string value)
    {
        var html = await GetPageAsync(url, status);
        Assert.Contains($"&#x27;{value}&#x27;", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_TheRealIomFile_ShowsTheReport_AsTheApiAndAPlainXDocumentPassCountIt()
    {
        using var client = web.CreateClient();
        var form = await UploadFormAsync(client, withToken: true);
        form.Add(File(System.IO.File.ReadAllBytes(Iom)), "file", Path.GetFileName(Iom));
        var html = WebUtility.HtmlDecode(await PostAsync(client, form, HttpStatusCode.OK));

        var activities = XDocument.Load(Iom).Root!.Elements("iati-activity").Count();
        var api = await web.PostAsync("/iati", WebFactory.Body(System.IO.File.ReadAllBytes(Iom), "application/xml"), 200);
        Assert.Contains($"Report: {Path.GetFileName(Iom)}", html, StringComparison.Ordinal);
        Assert.Contains($"<dt>Activities</dt><dd>{activities}</dd>", html, StringComparison.Ordinal);
        Assert.Contains($"Findings ({api.GetProperty("findings").GetArrayLength()})", html, StringComparison.Ordinal);
        var findings = Regex.Match(html, "<table aria-labelledby=\"findings\"[\\s\\S]*?</table>").Value;
        Assert.Equal(api.GetProperty("findings").GetArrayLength(), Regex.Count(findings, "<tr>") - 1);
        foreach (var amount in api.GetProperty("totals").EnumerateArray().SelectMany(t => t.GetProperty("amounts").EnumerateArray()))
        {
            Assert.Contains($"<span class=\"amount\">{Printed(amount, amount.GetProperty("currency").GetString()!)}</span>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Upload_WithoutTheFormsToken_IsRefused()
    {
        using var client = web.CreateClient();
        var form = await UploadFormAsync(client, withToken: false);
        form.Add(File(System.IO.File.ReadAllBytes(Iom)), "file", "iom.xml");
        var html = await PostAsync(client, form, HttpStatusCode.BadRequest);
        Assert.Contains("did not come from this page", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Report:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_AHostileFile_IsA422Page_WithTheLibrarysMessage()
    {
        using var client = web.CreateClient();
        var form = await UploadFormAsync(client, withToken: true);
        form.Add(File("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e \"x\">]><iati-activities version=\"2.03\"/>"u8.ToArray()), "file", "dtd.xml");
        var html = await PostAsync(client, form, (HttpStatusCode)422);
        Assert.Contains("<div class=\"error\" role=\"alert\">", html, StringComparison.Ordinal);
        Assert.Contains("dtd.xml", html, StringComparison.Ordinal);
    }

    // Each bar: the line's key and amount, its length the amount over the largest (400 units wide), its title the
    // amount as the library prints it; in the API's order or by amount, the same set.
    private static void AssertBars(XElement svg, JsonElement lines, string currency)
    {
        var expected = lines.EnumerateArray().Select(l => (Key: l.GetProperty("key").GetString()!, Money: l.GetProperty("amount"))).ToList();
        Assert.NotEmpty(expected);
        var largest = expected.Max(l => l.Money.GetProperty("amount").GetDecimal());
        var bars = svg.Descendants(Svg + "rect").ToDictionary(r => (string)r.Attribute("data-key")!);
        Assert.Equal(expected.Select(l => l.Key).Order(StringComparer.Ordinal), bars.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, money) in expected)
        {
            var amount = money.GetProperty("amount").GetDecimal();
            var width = amount <= 0 ? 0 : Math.Round(amount / largest * 400m, 2, MidpointRounding.ToEven);
            Assert.Equal(width, decimal.Parse((string)bars[key].Attribute("width")!, CultureInfo.InvariantCulture));
            Assert.EndsWith(": " + Printed(money, currency), bars[key].Element(Svg + "title")!.Value, StringComparison.Ordinal);
        }
    }

    // An amount as the library prints Money: the code, a space, the amount with its scale (EUR 15000000.00).
    private static string Printed(JsonElement money, string currency)
    {
        Assert.Equal(currency, money.GetProperty("currency").GetString());
        return $"{currency} {money.GetProperty("amount").GetDecimal().ToString(CultureInfo.InvariantCulture)}";
    }

    private static XElement Chart(string html, string id)
    {
        var match = Regex.Match(html, $"<svg[^>]*aria-labelledby=\"{id}-title[\\s\\S]*?</svg>");
        Assert.True(match.Success, $"no chart {id}");
        return XElement.Parse(match.Value);
    }

    private static int After(string html, string text, int from)
    {
        var at = html.IndexOf(text, from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is not after position {from}");
        return at + text.Length;
    }

    private async Task<string> GetPageAsync(string url, HttpStatusCode status)
    {
        using var client = web.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"{url}: {(int)response.StatusCode}, expected {(int)status}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return html;
    }

    // The upload form's fields: the antiforgery token read from the page (its cookie kept by the client), or none.
    private static async Task<MultipartFormDataContent> UploadFormAsync(HttpClient client, bool withToken)
    {
        var page = await client.GetStringAsync(new Uri("/upload", UriKind.Relative), TestContext.Current.CancellationToken);
        var token = Regex.Match(page, "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"");
        Assert.True(token.Success, "the upload form has no token");
        var form = new MultipartFormDataContent();
        if (withToken)
        {
            form.Add(new StringContent(WebUtility.HtmlDecode(token.Groups[2].Value)), token.Groups[1].Value);
        }
        return form;
    }

    private static async Task<string> PostAsync(HttpClient client, MultipartFormDataContent form, HttpStatusCode status)
    {
        using (form)
        {
            using var response = await client.PostAsync(new Uri("/upload", UriKind.Relative), form, TestContext.Current.CancellationToken);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}, expected {(int)status}: {html}");
            return html;
        }
    }

    private static ByteArrayContent File(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/xml");
        return content;
    }

    private static JsonDocument ReadCatalog() => JsonDocument.Parse(System.IO.File.ReadAllBytes(WebFactory.Data("catalog", "catalog.json")));

    [GeneratedRegex("<(?:script|link|img|iframe)[^>]+(?:src|href)=\"(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalResource();

    [GeneratedRegex("<a href=\"/catalog/programmes/([^\"]+)\">")]
    private static partial Regex ProgrammeLinks();
}
