using System.Text;

namespace MigDev.Core.Samples.Web.Load;

/// <summary>A query and the body the sample answered it with before the load, single-threaded: under load, every
/// answer to the query must be 200 with exactly these bytes.</summary>
/// <param name="Query">The path and query string.</param>
/// <param name="Body">The body of the single-threaded answer.</param>
internal sealed record ExpectedAnswer(string Query, byte[] Body)
{
    private const int Context = 60;

    /// <summary>Asks each query once, in turn, on one client: the expected answers.</summary>
    /// <exception cref="InvalidOperationException">A query did not answer 200.</exception>
    public static async Task<IReadOnlyList<ExpectedAnswer>> FetchAsync(HttpClient client, IEnumerable<string> queries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(queries);
        var answers = new List<ExpectedAnswer>();
        foreach (var query in queries)
        {
            using var response = await client.GetAsync(new Uri(query, UriKind.Relative), cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if ((int)response.StatusCode != 200)
            {
                throw new InvalidOperationException($"{query} answered {(int)response.StatusCode} before the load, not 200: {Text(body, 0, body.Length)}");
            }
            answers.Add(new ExpectedAnswer(query, body));
        }
        return answers;
    }

    /// <summary>What differs in an answer: <see langword="null"/> when it is 200 with the expected bytes; otherwise the
    /// query, the status, and the first byte that differs with the text around it on both sides.</summary>
    public string? Difference(int status, ReadOnlySpan<byte> body)
    {
        if (status == 200 && body.SequenceEqual(Body))
        {
            return null;
        }
        if (status != 200)
        {
            return $"{Query}: status {status}, expected 200; body {Text(body, 0, body.Length)}";
        }
        var at = body.CommonPrefixLength(Body);
        var from = Math.Max(0, at - Context);
        return $"{Query}: {body.Length} bytes, expected {Body.Length}; first difference at byte {at}: " +
            $"expected \"{Text(Body, from, at + Context)}\", got \"{Text(body, from, at + Context)}\"";
    }

    // At most 2 * Context bytes of a body as UTF-8 text, escaped onto one line.
    private static string Text(ReadOnlySpan<byte> body, int from, int to)
    {
        var end = Math.Min(body.Length, Math.Min(to, from + (2 * Context)));
        return from >= end ? "" : Encoding.UTF8.GetString(body[from..end]).Replace("\n", "\\n", StringComparison.Ordinal);
    }
}
