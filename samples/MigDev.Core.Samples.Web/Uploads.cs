using Microsoft.Net.Http.Headers;

namespace MigDev.Core.Samples.Web;

/// <summary>Reads an upload into memory, at most <see cref="WebSample.MaxUploadBytes"/>: the raw body of an accepted
/// media type, or the first file of a multipart form.</summary>
internal static class Uploads
{
    /// <summary>The body and a name for it (the file's name, or "request body"), or the problem that refuses it.</summary>
    public static async Task<(byte[]? Body, string Name, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, string[] rawTypes, string accepted)
    {
        if (request.ContentLength > WebSample.MaxUploadBytes)
        {
            return (null, "", Problems.TooLarge(request.ContentLength));
        }
        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        if (string.Equals(mediaType, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return await ReadFormAsync(request, accepted).ConfigureAwait(false);
        }
        if (mediaType is null || !rawTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return (null, "", Problems.UnsupportedMediaType(request.ContentType, accepted));
        }
        var body = await ReadBoundedAsync(request.Body, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return body is null ? (null, "", Problems.TooLarge(null)) : (body, "request body", null);
    }

    private static async Task<(byte[]? Body, string Name, ProblemHttpResult? Problem)> ReadFormAsync(HttpRequest request, string accepted)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            // The form reader's own limits (MultipartBodyLengthLimit is the upload limit) name themselves.
            return (null, "", Problems.TooLarge(null));
        }
        catch (InvalidDataException e)
        {
            return (null, "", Problems.BadParameter("body", null, $"The multipart form cannot be read: {e.Message}"));
        }
        if (form.Files.Count == 0)
        {
            return (null, "", Problems.BadParameter("file", null, $"The form has no file: send {accepted}."));
        }
        var file = form.Files[0];
        await using var stream = file.OpenReadStream();
        var body = await ReadBoundedAsync(stream, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return body is null ? (null, "", Problems.TooLarge(file.Length)) : (body, file.FileName, null);
    }

    // The whole stream, or null once it passes the limit (what was read is dropped).
    private static async Task<byte[]?> ReadBoundedAsync(Stream stream, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > WebSample.MaxUploadBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
