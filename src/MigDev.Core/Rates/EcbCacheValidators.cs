namespace MigDev.Core;

/// <summary>
/// The HTTP validators of a cached ECB file (its ETag and Last-Modified), kept beside it in
/// <c>{cache}.validators</c> as two lines <c>ETag: "..."</c> and <c>Last-Modified: ...</c>, and sent back as
/// If-None-Match and If-Modified-Since. A missing or unreadable file means no validators: the next request is
/// unconditional, and the dates of the download are still compared with the cache's.
/// </summary>
internal sealed record EcbCacheValidators(string? ETag, string? LastModified)
{
    internal static string PathOf(string cachePath) => cachePath + ".validators";

    internal static EcbCacheValidators Read(string cachePath)
    {
        try
        {
            var lines = File.ReadAllLines(PathOf(cachePath));
            return new EcbCacheValidators(Value(lines, "ETag: "), Value(lines, "Last-Modified: "));
        }
        catch (IOException)
        {
            return new EcbCacheValidators(null, null);
        }
        catch (UnauthorizedAccessException)
        {
            return new EcbCacheValidators(null, null);
        }
    }

    internal static EcbCacheValidators Of(HttpResponseMessage response) =>
        new(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));

    internal void Apply(HttpRequestMessage request)
    {
        if (ETag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ETag);
        }
        if (LastModified is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", LastModified);
        }
    }

    /// <summary>Writes the validators beside the cache (through a temporary file and a move), or removes the old ones
    /// when the answer had none.</summary>
    internal void Write(string cachePath)
    {
        var path = PathOf(cachePath);
        if (ETag is null && LastModified is null)
        {
            File.Delete(path);
            return;
        }
        var temp = path + ".tmp";
        File.WriteAllLines(temp, [.. new[] { ETag is null ? null : "ETag: " + ETag, LastModified is null ? null : "Last-Modified: " + LastModified }.OfType<string>()]);
        File.Move(temp, path, overwrite: true);
    }

    private static string? Value(string[] lines, string prefix) =>
        lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..].Trim() is { Length: > 0 } value ? value : null;
}
