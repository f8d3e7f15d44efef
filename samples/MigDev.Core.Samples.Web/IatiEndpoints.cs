using Microsoft.AspNetCore.Http.Features;
using NodaTime;

namespace MigDev.Core.Samples.Web;

/// <summary>The catalog as IATI XML, and uploads: an IATI file or a catalog document, answered with what it holds.</summary>
internal static class IatiEndpoints
{
    private const string XmlTypes = "application/xml or text/xml, or multipart/form-data with the file";
    private const string JsonTypes = "application/json, or multipart/form-data with the file";

    /// <summary>Maps <c>GET /iati</c>, <c>POST /iati</c> and <c>POST /catalog</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var iati = app.MapGroup("").WithTags("IATI");
        iati.MapGet("/iati", Export).WithName("ExportIati").WithSummary("The catalog as IATI 2.03 XML (reporting organisation: the IATI documentation's example).")
            .Produces(StatusCodes.Status200OK, contentType: "application/xml");
        iati.MapPost("/iati", ImportIati).WithName("ImportIati")
            .WithSummary($"Reads an IATI 2.01-2.03 activity file ({XmlTypes}; at most {WebSample.MaxUploadBytes} bytes) and answers with its totals and findings.")
            .Accepts<string>("application/xml", "text/xml", "multipart/form-data")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        iati.MapPost("/catalog", ImportCatalog).WithName("ImportCatalog")
            .WithSummary($"Reads a catalog document ({JsonTypes}; at most {WebSample.MaxUploadBytes} bytes; ?extend=true to extend the embedded catalog) and answers with its totals.")
            .Accepts<string>("application/json", "multipart/form-data")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static FileContentHttpResult Export(MigDevCatalog catalog, IClock clock)
    {
        var export = new IatiExporter(catalog.Model, new IatiExportOptions(IatiReportingOrg.Example, clock.GetCurrentInstant())).ExportAll();
        using var buffer = new MemoryStream();
        export.WriteTo(buffer);
        return TypedResults.File(buffer.ToArray(), "application/xml; charset=utf-8");
    }

    private static async Task<Results<Ok<ImportAnswer>, ProblemHttpResult>> ImportIati(HttpRequest request, MigDevCatalog catalog)
    {
        var upload = await Uploads.ReadAsync(request, ["application/xml", "text/xml"], XmlTypes).ConfigureAwait(false);
        if (upload.Problem is { } problem)
        {
            return problem;
        }
        return TypedResults.Ok(ReadIati(upload.Body!, upload.Name, catalog));
    }

    /// <summary>Reads an IATI activity file against the catalog's agencies and documents, within
    /// <see cref="IatiReaderLimits.Default"/>, and answers with its counts, totals and findings.</summary>
    /// <exception cref="MigDevDataException">The file is not an IATI activity file the library reads.</exception>
    public static ImportAnswer ReadIati(byte[] body, string name, MigDevCatalog catalog)
    {
        using var stream = new MemoryStream(body, writable: false);
        var result = new IatiImporter(catalog.Agencies, catalog.Documents).Import(IatiReader.Read(stream, name, IatiReaderLimits.Default));
        return Answer("iati", name, result.Activities.Length, result.Model, result.NewAgencies.Length, result.Findings);
    }

    private static async Task<Results<Ok<ImportAnswer>, ProblemHttpResult>> ImportCatalog(HttpRequest request, bool? extend)
    {
        var upload = await Uploads.ReadAsync(request, ["application/json"], JsonTypes).ConfigureAwait(false);
        if (upload.Problem is { } problem)
        {
            return problem;
        }
        using var stream = new MemoryStream(upload.Body!, writable: false);
        var loaded = CatalogDocument.Load(stream, upload.Name, WebSample.MaxUploadBytes, extend == true ? MigDevCatalog.Default : null);
        return TypedResults.Ok(Answer("catalog", upload.Name, loaded.Model.Activities.Length, loaded.Model, 0, []));
    }

    private static ImportAnswer Answer(string kind, string source, int activities, MigDevModel model, int newAgencies, IEnumerable<IatiFinding> findings)
    {
        var analytics = new FundingAnalytics(model);
        var totals = Enum.GetValues<FundingStage>().Where(s => s != FundingStage.Budget)
            .SelectMany(stage => analytics.Summarize(stage).ByDirection.Select(d => new StageTotal(stage, d.Key, [.. d.Value])))
            .ToArray();
        return new ImportAnswer(kind, source, activities, model.Programmes.Length, model.Agencies.Count, newAgencies, model.Commitments.Length,
            analytics.Pairs.Length, totals,
            [.. findings.Select(f => new FindingAnswer(f.RuleId, f.Severity.ToString(), f.ActivityId, f.Element, f.LineNumber, f.Message, f.Value))]);
    }
}
