using System.Text.Json;

namespace MigDev.Core.Samples.Web.Tests;

/// <summary>Agencies, programmes and the GFMD matrix, checked against data/catalog/catalog.json read directly.</summary>
public sealed class CatalogApiTest(WebFactory web) : IClassFixture<WebFactory>
{
    private static readonly JsonElement Catalog = ReadCatalog();

    [Fact]
    public async Task Agencies_ListsEveryAgencyOfTheCatalogDocument()
    {
        var agencies = await web.GetJsonAsync("/agencies");
        var expected = Catalog.GetProperty("agencies").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).Order(StringComparer.Ordinal);
        Assert.Equal(expected, agencies.EnumerateArray().Select(a => a.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task Agency_ById_IsTheRecordOfTheDocument_WithItsCitations()
    {
        var expected = Catalog.GetProperty("agencies").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "undp");
        var agency = await web.GetJsonAsync("/agencies/undp");
        Assert.Equal(expected.GetProperty("name").GetString(), agency.GetProperty("name").GetString());
        Assert.Equal(expected.GetProperty("citations").GetArrayLength(), agency.GetProperty("citations").GetArrayLength());
    }

    [Fact]
    public async Task Agency_Unknown_Is404Problem_WithTheValue_AndNearestMatches()
    {
        var problem = await web.GetJsonAsync("/agencies/united-nations-development-programm", 404, Problem.MediaType);
        Problem.Assert(problem, 404, "value", "united-nations-development-programm");
        Assert.Contains(problem.GetProperty("nearestMatches").EnumerateArray(), m => m.GetString()!.Contains("undp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Agency_MalformedId_Is400Problem_NamingTheParameter()
    {
        var problem = await web.GetJsonAsync("/agencies/UN%20DP", 400, Problem.MediaType);
        Problem.Assert(problem, 400, "value", "UN DP");
        Assert.Equal("id", problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Programmes_ListsEveryProgramme_AndSearchKeepsThoseWhoseNamesContainTheText()
    {
        var all = await web.GetJsonAsync("/programmes");
        Assert.Equal(Catalog.GetProperty("programmes").GetArrayLength(), all.GetArrayLength());

        // Independently: name, acronym or an alias containing "migration", ignoring case.
        var expected = Catalog.GetProperty("programmes").EnumerateArray().Where(p => Names(p).Any(n => n.Contains("migration", StringComparison.OrdinalIgnoreCase)))
            .Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.NotEmpty(expected);
        var found = await web.GetJsonAsync("/programmes?q=MIGRATION");
        Assert.Equal(expected, found.EnumerateArray().Select(p => p.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Programmes_BlankSearch_Is400Problem()
    {
        var problem = await web.GetJsonAsync("/programmes?q=%20", 400, Problem.MediaType);
        Problem.Assert(problem, 400, "value", " ");
        Assert.Equal("q", problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Programme_ById_HasItsCitations_AndTheDocumentsTheyName()
    {
        var expected = Catalog.GetProperty("programmes").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "jmdi");
        var answer = await web.GetJsonAsync("/programmes/jmdi");
        var programme = answer.GetProperty("programme");
        Assert.Equal(expected.GetProperty("name").GetString(), programme.GetProperty("name").GetString());
        var quotes = expected.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("quote").GetString()).ToList();
        Assert.Equal(quotes, programme.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("quote").GetString()));
        var documents = expected.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("document").GetString()).Distinct().ToList();
        Assert.Equal(documents, answer.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Programme_Unknown_Is404Problem_WithNearestMatches()
    {
        var problem = await web.GetJsonAsync("/programmes/jmdii", 404, Problem.MediaType);
        Problem.Assert(problem, 404, "value", "jmdii");
        Assert.NotEqual(0, problem.GetProperty("nearestMatches").GetArrayLength());
    }

    [Fact]
    public async Task Programme_MalformedId_Is400Problem()
    {
        var problem = await web.GetJsonAsync("/programmes/jmdi_2", 400, Problem.MediaType);
        Problem.Assert(problem, 400, "value", "jmdi_2");
    }

    [Fact]
    public async Task Gfmd_HasEveryTheme_Roundtable_Session_AndActivity()
    {
        var matrix = await web.GetJsonAsync("/gfmd");
        foreach (var part in new[] { "themes", "roundtables", "sessions", "activities" })
        {
            Assert.Equal(Catalog.GetProperty(part).GetArrayLength(), matrix.GetProperty(part).GetArrayLength());
        }
        Assert.Equal(Catalog.GetProperty("themes")[0].GetProperty("title").GetString(), matrix.GetProperty("themes")[0].GetProperty("title").GetString());
    }

    private static IEnumerable<string> Names(JsonElement programme)
    {
        yield return programme.GetProperty("name").GetString()!;
        if (programme.TryGetProperty("acronym", out var acronym))
        {
            yield return acronym.GetString()!;
        }
        if (programme.TryGetProperty("aliases", out var aliases))
        {
            foreach (var alias in aliases.EnumerateArray())
            {
                yield return alias.GetString()!;
            }
        }
    }

    private static JsonElement ReadCatalog()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(WebFactory.Data("catalog", "catalog.json")));
        return document.RootElement.Clone();
    }
}
