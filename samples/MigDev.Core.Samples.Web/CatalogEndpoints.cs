namespace MigDev.Core.Samples.Web;

/// <summary>The catalog, read-only: agencies, programmes (with a simple search) and the GFMD matrix.</summary>
internal static class CatalogEndpoints
{
    /// <summary>Maps <c>/agencies</c>, <c>/agencies/{id}</c>, <c>/programmes</c>, <c>/programmes/{id}</c> and <c>/gfmd</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var catalog = app.MapGroup("").WithTags("Catalog");
        catalog.MapGet("/agencies", Agencies).WithName("ListAgencies").WithSummary("Every agency of the catalog.");
        catalog.MapGet("/agencies/{id}", Agency).WithName("GetAgency").WithSummary("An agency, as in a catalog document, with its citations.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        catalog.MapGet("/programmes", Programmes).WithName("ListProgrammes").WithSummary("The programmes; ?q= keeps those whose name, acronym or an alias contains the text (ignoring case).");
        catalog.MapGet("/programmes/{id}", Programme).WithName("GetProgramme").WithSummary("A programme with its citations, what is committed to it, and the documents it cites.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        catalog.MapGet("/gfmd", Matrix).WithName("GetGfmdMatrix").WithSummary("The GFMD 2007 matrix: themes, roundtables, sessions and activities.");
    }

    private static Ok<AgencySummary[]> Agencies(MigDevCatalog catalog) =>
        TypedResults.Ok(catalog.Agencies.OrderBy(a => a.Id.Value, StringComparer.Ordinal)
            .Select(a => new AgencySummary(a.Id.Value, a.Name, a.DisplayName, a.Acronym, a.Kind)).ToArray());

    private static Results<Ok<Agency>, ProblemHttpResult> Agency(string id, MigDevCatalog catalog)
    {
        if (!AgencyId.TryParse(id, out var agencyId))
        {
            return Problems.BadParameter("id", id, $"'{id}' is not an agency id: lower-case letters and digits in words joined by single hyphens, such as 'un-desa'.");
        }
        return TypedResults.Ok(catalog.Agencies.Get(agencyId));
    }

    private static Results<Ok<ProgrammeSummary[]>, ProblemHttpResult> Programmes(string? q, MigDevCatalog catalog)
    {
        if (q is not null && string.IsNullOrWhiteSpace(q))
        {
            return Problems.BadParameter("q", q, "The search text is empty or white space: leave q out for every programme.");
        }
        var programmes = q is null ? catalog.Model.Programmes : catalog.Search(q).Programmes;
        return TypedResults.Ok(programmes.Select(p => new ProgrammeSummary(p.Id.Value, p.Name, p.Acronym, p.Period, p.Citations.Length)).ToArray());
    }

    private static Results<Ok<ProgrammeAnswer>, ProblemHttpResult> Programme(string id, MigDevCatalog catalog)
    {
        if (!ProgrammeId.TryParse(id, out var programmeId))
        {
            return Problems.BadParameter("id", id, $"'{id}' is not a programme id: lower-case letters and digits in words joined by single hyphens, such as 'jmdi'.");
        }
        var programme = catalog.GetProgramme(programmeId);
        var documents = programme.Citations.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Select(catalog.GetDocument).ToArray();
        return TypedResults.Ok(new ProgrammeAnswer(programme, [.. catalog.CommittedTo(programmeId)], documents));
    }

    private static Ok<GfmdMatrix> Matrix(MigDevCatalog catalog)
    {
        var model = catalog.Model;
        return TypedResults.Ok(new GfmdMatrix([.. model.Themes], [.. model.Roundtables], [.. model.Sessions], [.. model.Activities]));
    }
}
