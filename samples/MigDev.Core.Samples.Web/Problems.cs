using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace MigDev.Core.Samples.Web;

/// <summary>RFC 9457 problem details for what the library refuses: the status, a title, the library's message as the
/// detail, and its path and value as extensions (docs/web.md, "Errors").</summary>
internal static class Problems
{
    /// <summary>A query parameter (or route value) that cannot be read: 400, naming the parameter and its value.</summary>
    public static ProblemHttpResult BadParameter(string parameter, string? value, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: $"The parameter '{parameter}' cannot be read.",
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter, ["value"] = value });

    /// <summary>A body over <see cref="WebSample.MaxUploadBytes"/>: 413, stating the limit.</summary>
    public static ProblemHttpResult TooLarge(long? length) =>
        TypedResults.Problem($"An upload is at most {WebSample.MaxUploadBytes} bytes (8 MiB){(length is { } l ? $"; this one is {l}" : "")}.",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "The upload is too large.",
            extensions: new Dictionary<string, object?> { ["limit"] = WebSample.MaxUploadBytes });

    /// <summary>A body of a media type the endpoint does not read: 415, naming the types it reads.</summary>
    public static ProblemHttpResult UnsupportedMediaType(string? contentType, string accepted) =>
        TypedResults.Problem($"The body is '{contentType}'; this endpoint reads {accepted}.", statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "The body's media type is not read here.", extensions: new Dictionary<string, object?> { ["value"] = contentType });

    /// <summary>The status an exception the handler meets is answered with.</summary>
    public static int StatusOf(Exception exception) => exception switch
    {
        MigDevDataException => StatusCodes.Status422UnprocessableEntity,
        ModelValidationException => StatusCodes.Status422UnprocessableEntity,
        ExchangeRateNotFoundException => StatusCodes.Status422UnprocessableEntity,
        ReferenceNotFoundException => StatusCodes.Status404NotFound,
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>The problem for an exception: the library's message, path, value and faults, or nearest matches.</summary>
    public static ProblemDetails Of(Exception exception)
    {
        var problem = new ProblemDetails { Status = StatusOf(exception), Detail = exception.Message };
        switch (exception)
        {
            case MigDevDataException data:
                problem.Title = "The document was refused.";
                problem.Extensions["source"] = data.SourceName;
                problem.Extensions["path"] = data.Path ?? data.Faults.FirstOrDefault()?.Path;
                problem.Extensions["value"] = data.Value ?? data.Faults.FirstOrDefault()?.Value;
                problem.Extensions["faults"] = data.Faults.Select(f => new FaultAnswer(f.Path, f.Value, f.Rule)).ToArray();
                break;
            case ModelValidationException model:
                problem.Title = "The model is not valid.";
                problem.Extensions["path"] = model.Faults.FirstOrDefault()?.Path;
                problem.Extensions["value"] = model.Faults.FirstOrDefault()?.Value;
                problem.Extensions["faults"] = model.Faults.Select(f => new FaultAnswer(f.Path, f.Value, f.Rule)).ToArray();
                break;
            case ExchangeRateNotFoundException rate:
                problem.Title = "No rate for that conversion.";
                problem.Extensions["value"] = $"{rate.BaseCurrency}/{rate.QuoteCurrency} {rate.Date:uuuu-MM-dd}";
                break;
            case ReferenceNotFoundException reference:
                problem.Title = $"Not found: {reference.KindOfThing ?? "a record"}.";
                problem.Extensions["value"] = reference.Key;
                problem.Extensions["nearestMatches"] = reference.NearestMatches.ToArray();
                break;
            case BadHttpRequestException:
                problem.Title = "The request cannot be read.";
                break;
            default:
                problem.Title = "An unexpected error.";
                problem.Detail = null;
                break;
        }
        return problem;
    }
}

/// <summary>Answers an exception that reaches the pipeline with <see cref="Problems.Of"/>.</summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc/>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Problems.Of(exception);
        if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            LogUnexpected(logger, exception, httpContext.Request.Path);
        }
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception }).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error on {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string path);
}
