using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MigDev.Core.Samples.Web.Tests;

/// <summary>One in-memory server for a test class, and helpers to read its answers.</summary>
public sealed class WebFactory : WebApplicationFactory<Program>
{
    /// <summary>The folder of the repository's data copied beside the tests.</summary>
    public static string Data(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "data", .. parts]);

    /// <summary>GETs a URL and reads its JSON, checking the status and the media type.</summary>
    public async Task<JsonElement> GetJsonAsync(string url, int status = 200, string mediaType = "application/json")
    {
        using var client = CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        return await ReadAsync(response, status, mediaType);
    }

    /// <summary>POSTs content and reads the JSON answer, checking the status and the media type.</summary>
    public async Task<JsonElement> PostAsync(string url, HttpContent content, int status, string mediaType = "application/json")
    {
        using var client = CreateClient();
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content, TestContext.Current.CancellationToken);
        return await ReadAsync(response, status, mediaType);
    }

    /// <summary>A body of a media type.</summary>
    public static ByteArrayContent Body(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, int status, string mediaType)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == (int)response.StatusCode, $"{(int)response.StatusCode}, expected {status}: {text}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
