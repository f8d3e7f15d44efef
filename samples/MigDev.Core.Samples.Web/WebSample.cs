using Microsoft.AspNetCore.Http.Features;

namespace MigDev.Core.Samples.Web;

/// <summary>What the sample registers and maps: the library, its JSON, problem details, OpenAPI and the endpoints.</summary>
public static class WebSample
{
    /// <summary>The largest request body an upload endpoint reads, in bytes (8 MiB): a longer one is a 413 problem.
    /// The real IOM file of 100 activities is 546 KB.</summary>
    public const long MaxUploadBytes = 8L * 1024 * 1024;

    /// <summary>Registers <c>AddMigDevCore</c>, the library's JSON for requests and answers, problem details, the
    /// OpenAPI document and the Razor components of the pages.</summary>
    /// <param name="builder">The application's builder.</param>
    public static void AddServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddMigDevCore();
        builder.Services.AddRazorComponents();
        builder.Services.ConfigureHttpJsonOptions(o => WebJson.Configure(o.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddOpenApi(o => o.AddSchemaTransformer(LibrarySchemas.TransformAsync));
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxUploadBytes);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = MaxUploadBytes);
    }

    /// <summary>Maps the endpoints, the pages, the style sheet, the error handler and the OpenAPI document.</summary>
    /// <param name="app">The application.</param>
    public static void MapEndpoints(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.MapOpenApi();
        CatalogEndpoints.Map(app);
        FundingEndpoints.Map(app);
        IatiEndpoints.Map(app);
        PageEndpoints.Map(app);
    }
}
