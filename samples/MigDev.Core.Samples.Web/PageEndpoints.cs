using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using MigDev.Core.Samples.Web.Pages;

namespace MigDev.Core.Samples.Web;

/// <summary>The pages: Razor components rendered on the server by minimal API endpoints (no MVC, no script), over the
/// same catalog, totals and import as the API (docs/web.md, "Pages").</summary>
internal static class PageEndpoints
{
    /// <summary>Maps <c>/</c> (the catalog, <c>?q=</c> to search), <c>/catalog/agencies/{id}</c>,
    /// <c>/catalog/programmes/{id}</c>, <c>/matrix</c>, <c>/charts/funding?currency=</c> and <c>/upload</c>; none is
    /// in the OpenAPI document.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/", (string? q) => Page<CatalogPage>(new() { ["Query"] = string.IsNullOrWhiteSpace(q) ? null : q.Trim() }));
        pages.MapGet("/catalog/agencies/{id}", Agency);
        pages.MapGet("/catalog/programmes/{id}", Programme);
        pages.MapGet("/matrix", () => Page<MatrixPage>([]));
        pages.MapGet("/charts/funding", Funding);
        pages.MapGet("/upload", (HttpContext context, IAntiforgery antiforgery) => UploadPage(context, antiforgery, null, null, StatusCodes.Status200OK));
        pages.MapPost("/upload", Upload);
    }

    // The pages' endpoints choose between pages (a record or a 404), so they share the non-generic result type.
#pragma warning disable CA1859
    private static RazorComponentResult Page<TPage>(Dictionary<string, object?> parameters, int status = StatusCodes.Status200OK)
        where TPage : IComponent =>
        new RazorComponentResult<TPage>(parameters) { StatusCode = status };
#pragma warning restore CA1859

    private static RazorComponentResult NotFound(string what, string value, IEnumerable<(string Href, string Text)> suggestions) =>
        Page<ErrorPage>(new()
        {
            ["Title"] = $"No such {what}",
            ["Message"] = $"The catalog has no {what} '{value}'.",
            ["Suggestions"] = suggestions.Take(3).ToList(),
        }, StatusCodes.Status404NotFound);

    private static RazorComponentResult Agency(string id, MigDevCatalog catalog) =>
        AgencyId.TryParse(id, out var agencyId) && catalog.Agencies.TryGet(agencyId, out var agency)
            ? Page<AgencyPage>(new() { ["Agency"] = agency })
            : NotFound("agency", id, catalog.Agencies.Where(a => a.Id.Value.Contains(id, StringComparison.OrdinalIgnoreCase) || a.DisplayName.Contains(id, StringComparison.OrdinalIgnoreCase))
                .Select(a => ($"/catalog/agencies/{a.Id}", a.DisplayName)));

    private static RazorComponentResult Programme(string id, MigDevCatalog catalog) =>
        catalog.Model.Programmes.FirstOrDefault(p => p.Id.Value == id) is { } programme
            ? Page<ProgrammePage>(new() { ["Programme"] = programme })
            : NotFound("programme", id, catalog.Search(id.Replace('-', ' ')).Programmes.Select(p => ($"/catalog/programmes/{p.Id}", p.DisplayName)));

    private static RazorComponentResult Funding(string? currency, MigDevCatalog catalog, CurrencyConverter converter)
    {
        if (FundingEndpoints.BadCurrency("currency", currency ?? "EUR") is { } bad)
        {
            return Page<ErrorPage>(new() { ["Title"] = "Unknown currency", ["Message"] = bad.ProblemDetails.Detail }, StatusCodes.Status400BadRequest);
        }
        var target = CurrencyCode.Parse(currency ?? "EUR");
        var conversion = new FundingAnalytics(catalog.Model).ConvertAll(FundingStage.Commitment, converter, target, FundingEndpoints.Policy, static d => d.FirstDay);
        return Page<FundingPage>(new()
        {
            ["Answer"] = FundingTotals.Answer(conversion, FundingStage.Commitment, "value-date"),
            ["Currencies"] = Currencies(target),
            ["FunderName"] = (Func<string, string>)(key => FunderName(key, catalog)),
        });
    }

    // EUR and every currency the ECB publishes (a minor unit to round to), and the one asked for.
    private static List<CurrencyCode> Currencies(CurrencyCode asked) =>
        [.. EcbExchangeRateProvider.Default.Currencies.Append(CurrencyCode.EUR).Append(asked).Where(c => c.MinorUnit is not null).Distinct().OrderBy(c => c.Code, StringComparer.Ordinal)];

    // A funder's acronym or name; funders named together without shares joined with "and".
    private static string FunderName(string key, MigDevCatalog catalog)
    {
        var ids = key.StartsWith(FundingTotals.JointPrefix, StringComparison.Ordinal) ? key[FundingTotals.JointPrefix.Length..].Split('+') : [key];
        return string.Join(" and ", ids.Select(id => AgencyId.TryParse(id, out var agencyId) && catalog.Agencies.TryGet(agencyId, out var agency) ? agency.Acronym ?? agency.DisplayName : id));
    }

    private static RazorComponentResult UploadPage(HttpContext context, IAntiforgery antiforgery, string? error, ImportAnswer? report, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return Page<UploadPage>(new() { ["TokenField"] = tokens.FormFieldName, ["Token"] = tokens.RequestToken, ["Error"] = error, ["Report"] = report }, status);
    }

    private static async Task<RazorComponentResult> Upload(HttpContext context, IAntiforgery antiforgery, MigDevCatalog catalog)
    {
        var request = context.Request;
        if (request.ContentLength > WebSample.MaxUploadBytes || !request.HasFormContentType)
        {
            var problem = Problems.TooLarge(request.ContentLength);
            return request.HasFormContentType
                ? UploadPage(context, antiforgery, problem.ProblemDetails.Detail, null, problem.StatusCode)
                : UploadPage(context, antiforgery, "Send the file with the form on this page.", null, StatusCodes.Status415UnsupportedMediaType);
        }
        var upload = await Uploads.ReadAsync(request, [], "a file in the form").ConfigureAwait(false);
        if (upload.Problem is { } refused)
        {
            return UploadPage(context, antiforgery, refused.ProblemDetails.Detail, null, refused.StatusCode);
        }
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return UploadPage(context, antiforgery, "The form did not come from this page, or has expired: upload the file again from here.", null, StatusCodes.Status400BadRequest);
        }
        try
        {
            return UploadPage(context, antiforgery, null, IatiEndpoints.ReadIati(upload.Body!, upload.Name, catalog), StatusCodes.Status200OK);
        }
        catch (MigDevDataException e)
        {
            return UploadPage(context, antiforgery, e.Message, null, StatusCodes.Status422UnprocessableEntity);
        }
    }
}
