using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace MigDev.Core.Samples.Web.Tests;

/// <summary>The IATI export and the uploads: the real IOM file checked against a plain XDocument pass, hostile files
/// answered with a 4xx problem in bounded time.</summary>
public sealed class IatiApiTest(WebFactory web) : IClassFixture<WebFactory>
{
    private static readonly string Iom = WebFactory.Data("iati", "real", "iom-XM-DAC-47066-dportal_118.xml");

    // The IATI TransactionType codelist (2.03): the code's stage and direction as the catalog names them.
    private static readonly Dictionary<string, (string Stage, string Direction)> Flows = new(StringComparer.Ordinal)
    {
        ["2"] = ("Commitment", "Outgoing"), ["3"] = ("Disbursement", "Outgoing"), ["4"] = ("Expenditure", "Outgoing"),
        ["11"] = ("Commitment", "Incoming"), ["12"] = ("Pledge", "Outgoing"), ["13"] = ("Pledge", "Incoming"),
    };

    [Fact]
    public async Task Export_IsIati203Xml_WithAnActivityForEveryProgrammeWithPartners_AndEveryMatrixActivity()
    {
        using var client = web.CreateClient();
        using var response = await client.GetAsync(new Uri("/iati", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("iati-activities", xml.Root!.Name.LocalName);
        Assert.Equal("2.03", xml.Root.Attribute("version")?.Value);
        using var catalog = JsonDocument.Parse(File.ReadAllBytes(WebFactory.Data("catalog", "catalog.json")));
        var ids = catalog.RootElement.GetProperty("programmes").EnumerateArray().Select(p => "AA-AAA-123456789-" + p.GetProperty("id").GetString()).ToHashSet();
        var identifiers = xml.Root.Elements("iati-activity").Select(a => a.Element("iati-identifier")!.Value).ToList();
        // IATI requires a participating organisation: a programme whose sources name no partner is left out.
        var withPartners = catalog.RootElement.GetProperty("programmes").EnumerateArray()
            .Where(p => p.TryGetProperty("partners", out var partners) && partners.GetArrayLength() > 0)
            .Select(p => "AA-AAA-123456789-" + p.GetProperty("id").GetString()).ToList();
        Assert.Equal(withPartners, identifiers.Where(ids.Contains));
        Assert.Equal(withPartners.Count + catalog.RootElement.GetProperty("activities").GetArrayLength(), identifiers.Count);
        Assert.Equal(identifiers.Count, identifiers.Distinct().Count());
    }

    [Fact]
    public async Task Upload_TheRealIomFile_AsXml_AnswersItsTotalsAndFindings_AsAPlainXDocumentPassCounts()
    {
        var answer = await web.PostAsync("/iati", WebFactory.Body(File.ReadAllBytes(Iom), "application/xml"), 200);
        AssertIomAnswer(answer);
        Assert.Equal("request body", answer.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Upload_TheRealIomFile_AsMultipart_AnswersTheSame_NamingTheFile()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(File.ReadAllBytes(Iom));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        form.Add(file, "file", Path.GetFileName(Iom));
        var answer = await web.PostAsync("/iati", form, 200);
        AssertIomAnswer(answer);
        Assert.Equal(Path.GetFileName(Iom), answer.GetProperty("source").GetString());
    }

    public static TheoryData<string, string> HostileXml() => new()
    {
        { "a DTD", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e \"x\">]><iati-activities version=\"2.03\"/>" },
        { "malformed XML", "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>X</iati-activity>" },
        { "a huge attribute", "<iati-activities version=\"2.03\"><iati-activity a=\"" + new string('x', 2 * 1024 * 1024) + "\"/></iati-activities>" },
        { "deep nesting", "<iati-activities version=\"2.03\"><iati-activity>" + string.Concat(Enumerable.Repeat("<x>", 200)) + string.Concat(Enumerable.Repeat("</x>", 200)) + "</iati-activity></iati-activities>" },
        { "another root", "<html><body/></html>" },
        { "an unread version", "<iati-activities version=\"1.05\"/>" },
        { "an empty body", "" },
        { "a BOM then nothing", "\uFEFF" },
        { "text that is not XML", "{\"iati\": true}" },
    };

    [Theory]
    [MemberData(nameof(HostileXml))]
    public async Task Upload_HostileXml_Is422Problem_WithTheLibrarysPath_InBoundedTime(string what, string xml)
    {
        var watch = Stopwatch.StartNew();
        var problem = await web.PostAsync("/iati", WebFactory.Body(Encoding.UTF8.GetBytes(xml), "text/xml"), 422, Problem.MediaType);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{what}: {watch.Elapsed}");
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        Assert.Equal("request body", problem.GetProperty("source").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("path").GetString()), what);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), what);
    }

    [Fact]
    public async Task Upload_WithABom_IsRead()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(File.ReadAllBytes(WebFactory.Data("iati", "real", "iom-XM-DAC-47066-DP.2154-single-activity.xml"))).ToArray();
        var answer = await web.PostAsync("/iati", WebFactory.Body(bytes, "application/xml"), 200);
        Assert.Equal(1, answer.GetProperty("activities").GetInt32());
    }

    [Fact]
    public async Task Upload_OverTheLimit_Is413Problem_StatingTheLimit()
    {
        var bytes = new byte[WebSample.MaxUploadBytes + 1];
        var problem = await web.PostAsync("/iati", WebFactory.Body(bytes, "application/xml"), 413, Problem.MediaType);
        Assert.Equal(WebSample.MaxUploadBytes, problem.GetProperty("limit").GetInt64());
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Upload_OverTheLimit_WithoutALength_Is413Problem()
    {
        var content = new StreamContent(new MemoryStream(new byte[WebSample.MaxUploadBytes + 10]));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = null;
        var problem = await web.PostAsync("/catalog", content, 413, Problem.MediaType);
        Assert.Equal(WebSample.MaxUploadBytes, problem.GetProperty("limit").GetInt64());
    }

    [Fact]
    public async Task Upload_OfAnotherMediaType_Is415Problem_NamingIt()
    {
        // Routing refuses it before the endpoint runs (the endpoint's Accepts metadata), as a problem all the same.
        var problem = await web.PostAsync("/iati", WebFactory.Body("hello"u8.ToArray(), "text/plain"), 415, Problem.MediaType);
        Assert.Equal(415, problem.GetProperty("status").GetInt32());
        Assert.StartsWith("https://", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_AFormWithoutAFile_Is400Problem()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        var problem = await web.PostAsync("/iati", form, 400, Problem.MediaType);
        Assert.Equal("file", problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Upload_TheCatalogDocument_AnswersItsCounts()
    {
        using var catalog = JsonDocument.Parse(File.ReadAllBytes(WebFactory.Data("catalog", "catalog.json")));
        var answer = await web.PostAsync("/catalog", WebFactory.Body(File.ReadAllBytes(WebFactory.Data("catalog", "catalog.json")), "application/json"), 200);
        Assert.Equal("catalog", answer.GetProperty("kind").GetString());
        Assert.Equal(catalog.RootElement.GetProperty("programmes").GetArrayLength(), answer.GetProperty("programmes").GetInt32());
        Assert.Equal(catalog.RootElement.GetProperty("agencies").GetArrayLength(), answer.GetProperty("agencies").GetInt32());
        Assert.Equal(catalog.RootElement.GetProperty("commitments").GetArrayLength(), answer.GetProperty("commitments").GetInt32());
    }

    public static TheoryData<string, string, string> HostileJson() => new()
    {
        { "malformed JSON", "{\"formatVersion\": 1, ", "$" },
        { "a value the model refuses", File.ReadAllText(WebFactory.Data("catalog", "catalog.json")).Replace("\"id\": \"undp\"", "\"id\": \"UN DP\"", StringComparison.Ordinal), $"$.agencies[{IndexOfAgency("undp")}].id" },
        { "deep nesting", new string('[', 5000) + new string(']', 5000), "$" },
        { "not an object", "42", "$" },
    };

    [Theory]
    [MemberData(nameof(HostileJson))]
    public async Task Upload_HostileCatalog_Is422Problem_WithThePathOrValue(string what, string json, string pathOrValue)
    {
        var problem = await web.PostAsync("/catalog", WebFactory.Body(Encoding.UTF8.GetBytes(json), "application/json"), 422, Problem.MediaType);
        var path = problem.GetProperty("path").GetString();
        var value = problem.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        Assert.True(path == pathOrValue || value == pathOrValue || (path?.StartsWith(pathOrValue, StringComparison.Ordinal) ?? false), $"{what}: {problem}");
    }

    private static int IndexOfAgency(string id)
    {
        using var catalog = JsonDocument.Parse(File.ReadAllBytes(WebFactory.Data("catalog", "catalog.json")));
        return catalog.RootElement.GetProperty("agencies").EnumerateArray().Select((a, i) => (a, i)).Single(x => x.a.GetProperty("id").GetString() == id).i;
    }

    private static void AssertIomAnswer(JsonElement answer)
    {
        var root = XDocument.Load(Iom, LoadOptions.SetLineInfo).Root!;
        var activities = root.Elements("iati-activity").ToList();
        Assert.Equal("iati", answer.GetProperty("kind").GetString());
        Assert.Equal(activities.Count, answer.GetProperty("activities").GetInt32());
        Assert.Equal(activities.Count, answer.GetProperty("programmes").GetInt32());
        Assert.Equal(0, answer.GetProperty("mirroredPairs").GetInt32());

        // Independently: every transaction's value by stage, direction and currency.
        var expected = activities.SelectMany(a => a.Elements("transaction").Select(t => (a, t)))
            .GroupBy(x => (Flows[x.t.Element("transaction-type")!.Attribute("code")!.Value],
                x.t.Element("value")!.Attribute("currency")?.Value ?? x.a.Attribute("default-currency")!.Value))
            .ToDictionary(g => $"{g.Key.Item1.Stage} {g.Key.Item1.Direction} {g.Key.Item2}", g => g.Sum(x => decimal.Parse(x.t.Element("value")!.Value, CultureInfo.InvariantCulture)));
        var actual = answer.GetProperty("totals").EnumerateArray().SelectMany(t => t.GetProperty("amounts").EnumerateArray().Select(m =>
            ($"{t.GetProperty("stage").GetString()} {t.GetProperty("direction").GetString()} {m.GetProperty("currency").GetString()}", m.GetProperty("amount").GetDecimal())))
            .ToDictionary(p => p.Item1, p => p.Item2);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));

        // Independently: the budgets a year or longer, which IATI rule 7.5.3 refuses, each a finding with its line.
        var longBudgets = activities.SelectMany(a => a.Elements("budget")).Where(b =>
            DateOnly.Parse(b.Element("period-end")!.Attribute("iso-date")!.Value, CultureInfo.InvariantCulture)
            >= DateOnly.Parse(b.Element("period-start")!.Attribute("iso-date")!.Value, CultureInfo.InvariantCulture).AddYears(1))
            .Select(b => ((System.Xml.IXmlLineInfo)b).LineNumber).ToList();
        var findings = answer.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "7.5.3").ToList();
        Assert.Equal(longBudgets.Count, findings.Count);
        Assert.All(findings, f => Assert.Contains(f.GetProperty("line").GetInt32(), longBudgets));
    }
}
