using System.Text;
using System.Text.Json;
using MigDev.Core.Catalog;
using MigDev.Core.Serialization;

namespace MigDev.Core.Samples.Web.Tests;

/// <summary>The API's answers hold the library's types, and a whole record among them is written byte for byte as
/// <see cref="MigDevJson"/> writes it alone (the library's resolver comes first in the app's chain).</summary>
public sealed class LibraryJsonTest(WebFactory web) : IClassFixture<WebFactory>
{
    private static readonly MigDevCatalog Catalog = MigDevCatalog.Default;

    [Fact]
    public async Task Agency_WholeAnswer_IsByteForByteWhatMigDevJsonWrites()
    {
        var body = await GetTextAsync("/agencies/iom");
        Assert.Equal(JsonSerializer.Serialize(Catalog.Agencies.Get(AgencyId.Parse("iom")), MigDevJson.Options), body);
    }

    [Fact]
    public async Task Programme_InItsAnswer_IsByteForByteWhatMigDevJsonWrites()
    {
        var body = await GetTextAsync("/programmes/jmdi");
        using var answer = JsonDocument.Parse(body);
        var programme = Catalog.GetProgramme(ProgrammeId.Parse("jmdi"));
        Assert.Equal(JsonSerializer.Serialize(programme, MigDevJson.Options), Dedent(answer.RootElement.GetProperty("programme"), 1));
        var documents = answer.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.NotEmpty(documents);
        foreach (var document in documents)
        {
            var expected = Catalog.GetDocument(document.GetProperty("id").GetString()!);
            Assert.Equal(JsonSerializer.Serialize(expected, MigDevJson.Options), Dedent(document, 2));
        }
    }

    [Fact]
    public async Task Gfmd_EveryRecord_IsByteForByteWhatMigDevJsonWrites()
    {
        using var answer = JsonDocument.Parse(await GetTextAsync("/gfmd"));
        var model = Catalog.Model;
        AssertEach(answer.RootElement.GetProperty("themes"), model.Themes);
        AssertEach(answer.RootElement.GetProperty("roundtables"), model.Roundtables);
        AssertEach(answer.RootElement.GetProperty("sessions"), model.Sessions);
        AssertEach(answer.RootElement.GetProperty("activities"), model.Activities);
    }

    [Fact]
    public async Task Funding_Amounts_AreMoneyObjects_AndTheStageItsName()
    {
        using var answer = JsonDocument.Parse(await GetTextAsync("/funding?currency=CHF"));
        var root = answer.RootElement;
        Assert.Equal("Commitment", root.GetProperty("stage").GetString());
        Assert.Equal("CHF", root.GetProperty("currency").GetString());
        var total = root.GetProperty("total");
        Assert.Equal(["amount", "currency"], total.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Number, total.GetProperty("amount").ValueKind);
        Assert.All(root.GetProperty("rates").EnumerateArray(), r => Assert.Contains(r.GetProperty("derivation").GetString(), Enum.GetNames<RateDerivation>()));
    }

    private static void AssertEach<T>(JsonElement array, IReadOnlyList<T> records)
    {
        Assert.Equal(records.Count, array.GetArrayLength());
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            Assert.Equal(JsonSerializer.Serialize(records[i++], MigDevJson.Options), Dedent(element, 2));
        }
    }

    // The element's bytes as the answer holds them, less the indentation of its depth (two spaces a level), so that
    // they compare with the record written alone.
    private static string Dedent(JsonElement element, int depth)
    {
        var indent = new string(' ', 2 * depth);
        var lines = element.GetRawText().Split('\n');
        var text = new StringBuilder(lines[0]);
        foreach (var line in lines.Skip(1))
        {
            Assert.StartsWith(indent, line, StringComparison.Ordinal);
            text.Append('\n').Append(line, indent.Length, line.Length - indent.Length);
        }
        return text.ToString();
    }

    private async Task<string> GetTextAsync(string url)
    {
        using var client = web.CreateClient();
        return await client.GetStringAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
    }
}
