using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MigDev.Core.Samples.Web.Tests;

/// <summary>The OpenAPI document: valid JSON, OpenAPI 3.x, and listing every endpoint the app maps.</summary>
public sealed class OpenApiTest(WebFactory web) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Document_IsOpenApi3_AndListsEveryEndpointTheAppMaps()
    {
        var document = await web.GetJsonAsync("/openapi/v1.json");
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");

        // Independently of the document: the routes in the app's EndpointDataSource, less the document's own and the
        // pages (HTML, excluded from the description).
        var mapped = web.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !raw.StartsWith("/openapi/", StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (Path: e.RoutePattern.RawText!, Method: m.ToLowerInvariant())))
            .ToList();
        Assert.Equal(10, mapped.Count);
        foreach (var (path, method) in mapped)
        {
            Assert.True(paths.TryGetProperty(path, out var item) && item.TryGetProperty(method, out _), $"{method} {path} is not in the document");
        }
        var documented = paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(m => (p.Name, m.Name))).Count();
        Assert.Equal(mapped.Count, documented);
    }

    [Fact]
    public async Task Document_ListsTheProblemsOfTheUploads()
    {
        var document = await web.GetJsonAsync("/openapi/v1.json");
        var responses = document.GetProperty("paths").GetProperty("/iati").GetProperty("post").GetProperty("responses");
        foreach (var status in new[] { "413", "415", "422" })
        {
            Assert.True(responses.GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _), status);
        }
    }

    [Fact]
    public async Task Document_DescribesMoneyAsAmountAndCurrency_WhereverAnAnswerHoldsOne()
    {
        var schemas = (await web.GetJsonAsync("/openapi/v1.json")).GetProperty("components").GetProperty("schemas");
        var money = schemas.GetProperty("Money");
        Assert.Equal("object", money.GetProperty("type").GetString());
        Assert.Equal(["amount", "currency"], money.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("number", money.GetProperty("properties").GetProperty("amount").GetProperty("type").GetString());
        Assert.Equal("^[A-Z]{3}$", money.GetProperty("properties").GetProperty("currency").GetProperty("pattern").GetString());
        Assert.Equal("#/components/schemas/Money", schemas.GetProperty("FundingAnswer").GetProperty("properties").GetProperty("total").GetProperty("$ref").GetString());
        Assert.Equal("#/components/schemas/Money", schemas.GetProperty("ProgrammeAnswer").GetProperty("properties").GetProperty("committed").GetProperty("items").GetProperty("$ref").GetString());
    }

    [Fact]
    public async Task Document_DescribesEnumsByTheirNames_AndValuesAsPatternedStrings()
    {
        var schemas = (await web.GetJsonAsync("/openapi/v1.json")).GetProperty("components").GetProperty("schemas");
        Assert.Equal(Enum.GetNames<FundingStage>(), schemas.GetProperty("FundingStage").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("string", schemas.GetProperty("PartialDate").GetProperty("type").GetString());
        Assert.Matches(schemas.GetProperty("PartialDate").GetProperty("pattern").GetString()!, "2012-12");
        Assert.Equal("object", schemas.GetProperty("Programme").GetProperty("type").GetString());
        Assert.Contains("programmes", schemas.GetProperty("Programme").GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
