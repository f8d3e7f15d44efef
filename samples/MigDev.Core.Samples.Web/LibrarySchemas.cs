using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MigDev.Core.Samples.Web;

/// <summary>Gives the OpenAPI document the JSON the library's converters write. The schema generator sees a type with a
/// custom converter as "any value"; this transformer says what it is: <c>Money</c> as <c>{amount, currency}</c>, codes,
/// ids and dates as patterned strings, enums as their names, and a whole record (a programme, an agency...) as an object
/// shaped as in a catalog document, pointing to that document's JSON Schema.</summary>
internal static class LibrarySchemas
{
    private const string KebabPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    // The record types the library's resolver writes as in a catalog document, with the list of the document that holds them.
    private static readonly Dictionary<Type, string> Records = new()
    {
        [typeof(Agency)] = "agencies",
        [typeof(Programme)] = "programmes",
        [typeof(SourceDocument)] = "documents",
        [typeof(Theme)] = "themes",
        [typeof(Roundtable)] = "roundtables",
        [typeof(Session)] = "sessions",
        [typeof(Activity)] = "activities",
    };

    /// <summary>Fills in the schema of a library type, and the items of an array of them (which the generator leaves
    /// out for a type it sees as "any value"); leaves every other schema as generated.</summary>
    public static async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo is { Kind: System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Enumerable, ElementType: { } element } && element.Assembly == typeof(Money).Assembly && schema.Items is null)
        {
            schema.Items = await context.GetOrCreateSchemaAsync(element, null, cancellationToken).ConfigureAwait(false);
            return;
        }
        Describe(schema, Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type);
    }

    private static void Describe(OpenApiSchema schema, Type type)
    {
        if (type.Assembly != typeof(Money).Assembly)
        {
            return;
        }
        if (type.IsEnum)
        {
            schema.Type = JsonSchemaType.String;
            schema.Enum = [.. Enum.GetNames(type).Select(n => (JsonNode)n)];
        }
        else if (type == typeof(Money))
        {
            Money(schema);
        }
        else if (Records.TryGetValue(type, out var list))
        {
            schema.Type = JsonSchemaType.Object;
            schema.Description = $"As in a catalog document: an item of '{list}' in its JSON Schema (CatalogDocument.GetSchema(), docs/catalog.schema.json).";
        }
        else if (Text(type) is var (description, pattern, example))
        {
            schema.Type = JsonSchemaType.String;
            schema.Description = description;
            schema.Pattern = pattern;
            schema.Examples = [example];
        }
    }

    private static void Money(OpenApiSchema schema)
    {
        schema.Type = JsonSchemaType.Object;
        schema.Description = "An exact amount of one currency; the amount keeps its scale (15000000.00) and is never rounded.";
        schema.Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["amount"] = new OpenApiSchema { Type = JsonSchemaType.Number, Description = "The exact decimal amount, with its scale." },
            ["currency"] = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[A-Z]{3}$", Description = "An ISO 4217 code." },
        };
        schema.Required = new HashSet<string>(["amount", "currency"], StringComparer.Ordinal);
        schema.AdditionalPropertiesAllowed = false;
        schema.Examples = [new JsonObject { ["amount"] = 15000000.00m, ["currency"] = "EUR" }];
    }

    // The values written as one JSON string: what the text holds, its pattern (none for a timeframe) and an example.
    private static (string Description, string? Pattern, JsonNode Example)? Text(Type type) => type switch
    {
        _ when type == typeof(CurrencyCode) => ("An ISO 4217 alphabetic code, current or withdrawn.", "^[A-Z]{3}$", "EUR"),
        _ when type == typeof(CountryCode) => ("An ISO 3166-1 alpha-2 code of the UN M49 table, or XK.", "^[A-Z]{2}$", "MD"),
        _ when type == typeof(AgencyId) => ("An agency id: lower-case letters and digits in words joined by single hyphens.", KebabPattern, "un-desa"),
        _ when type == typeof(ProgrammeId) => ("A programme id: lower-case letters and digits in words joined by single hyphens.", KebabPattern, "jmdi"),
        _ when type == typeof(PartialDate) => ("An ISO 8601 date as precise as known: yyyy, yyyy-MM or yyyy-MM-dd.", "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", "2008-12"),
        _ when type == typeof(Share) => ("A share above 0 and at most 1, written as a fraction n/d.", "^[0-9]+/[0-9]+$", "1/3"),
        _ when type == typeof(Timeframe) => ("An ISO 8601 interval of partial dates, '..' for an open end, or a duration: 2009/2011, 2011/.., 2012-12/P3Y, P4Y.", null, "2009/2011"),
        _ => null,
    };
}
