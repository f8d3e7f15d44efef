using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using MigDev.Core.Serialization;

namespace MigDev.Core.Serialization.Document;

/// <summary>The JSON Schema of the values the library's converters read (the exporter sees only "any value" for a
/// custom converter): what each accepts, in the schema's words.</summary>
internal static class CatalogSchema
{
    private const string KebabPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    // A character that is not white space as .NET's char.IsWhiteSpace has it (what TextJsonConverter refuses a text made
    // only of): the pattern is unanchored, so a text matches when it holds one such character.
    private const string NotBlankPattern = "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";

    /// <summary>Returns the JSON Schema (draft 2020-12) of the catalog document, generated from the types by
    /// System.Text.Json's <see cref="JsonSchemaExporter"/> and completed with the value formats the converters read.
    /// docs/catalog.schema.json is this text.</summary>
    /// <returns>The schema, indented, with <c>\n</c> line ends.</returns>
    internal static string Document()
    {
        var context = CatalogFormat.Context;
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true };
        var schema = context.CatalogDocumentDto.GetJsonSchemaAsNode(exporter).AsObject();
        Complete(schema, context.CatalogDocumentDto, context, context.Options);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://github.com/migdev/MigDev.Core/docs/catalog.schema.json",
            ["title"] = $"MigDev.Core catalog document, format version {CatalogFormat.Version}",
        };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            root[key] = value;
        }
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n");
    }

    /// <summary>Walks the exported schema beside the types' metadata and gives each value read by a custom converter
    /// its schema (the exporter leaves them as "any value"), nullable where the member is; the format version gets
    /// its constant.</summary>
    internal static void Complete(JsonNode? schema, JsonTypeInfo typeInfo, IJsonTypeInfoResolver resolver, JsonSerializerOptions options)
    {
        if (schema is not JsonObject node || node.ContainsKey("$ref"))
        {
            return;
        }
        if (typeInfo.Kind == JsonTypeInfoKind.Enumerable && typeInfo.ElementType is { } elementType)
        {
            // A list of texts or of values (aliases, objectives, GMG members) holds each once; a list of records is
            // completed record by record.
            if ((elementType == typeof(string) ? TextSchema(nullable: false) : ValueSchema(elementType)) is JsonObject value)
            {
                node["items"] = value;
                node["uniqueItems"] = true;
                return;
            }
            Complete(node["items"], resolver.GetTypeInfo(elementType, options)!, resolver, options);
            return;
        }
        if (typeInfo.Kind != JsonTypeInfoKind.Object || node["properties"] is not JsonObject properties)
        {
            return;
        }
        foreach (var property in typeInfo.Properties)
        {
            CompleteMember(properties, property, resolver, options);
        }
    }

    // A member: the format version gets its constant, a text or a value read by a converter its schema (null allowed
    // where the member is optional), a record or a list is walked.
    private static void CompleteMember(JsonObject properties, JsonPropertyInfo property, IJsonTypeInfoResolver resolver, JsonSerializerOptions options)
    {
        if (property.Name == "formatVersion")
        {
            properties[property.Name] = new JsonObject { ["type"] = "integer", ["const"] = CatalogFormat.Version };
            return;
        }
        var text = property.PropertyType == typeof(string);
        if ((text ? TextSchema(property.IsSetNullable) : ValueSchema(property.PropertyType)) is not JsonObject value)
        {
            Complete(properties[property.Name], resolver.GetTypeInfo(property.PropertyType, options)!, resolver, options);
            return;
        }
        if (!text && property.IsSetNullable && !property.PropertyType.IsValueType)
        {
            value = new JsonObject { ["anyOf"] = new JsonArray(value, new JsonObject { ["type"] = "null" }) };
        }
        if (properties[property.Name] is JsonObject original && original.TryGetPropertyValue("default", out var defaultValue))
        {
            value["default"] = defaultValue?.DeepClone();
        }
        properties[property.Name] = value;
    }

    internal static JsonNode? ValueSchema(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return ValueSchema(underlying) is JsonObject inner ? new JsonObject { ["anyOf"] = new JsonArray(inner, new JsonObject { ["type"] = "null" }) } : null;
        }
        if (type.IsEnum)
        {
            return new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. Enum.GetNames(type).Select(n => (JsonNode)n)]) };
        }
        return type switch
        {
            _ when type == typeof(AgencyId) => Text("An agency id: lower-case letters and digits in words joined by single hyphens.", KebabPattern),
            _ when type == typeof(ProgrammeId) => Text("A programme id: lower-case letters and digits in words joined by single hyphens.", KebabPattern),
            _ when type == typeof(CountryCode) => Text("An ISO 3166-1 alpha-2 code of the UN M49 table, or XK.", "^[A-Z]{2}$"),
            _ when type == typeof(CurrencyCode) => Text("An ISO 4217 alphabetic code, current or withdrawn.", "^[A-Z]{3}$"),
            _ when type == typeof(PartialDate) => Text("An ISO 8601 date as precise as known: yyyy, yyyy-MM or yyyy-MM-dd.", "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"),
            _ when type == typeof(Share) => Text("A share above 0 and at most 1: a fraction n/d, or a percentage.", "^([0-9]+/[0-9]+|[0-9]+(\\.[0-9]+)?%)$"),
            _ when type == typeof(Timeframe) => Text("An ISO 8601 interval of partial dates, '..' for an open end, or a duration: 2009/2011, 2011/.., 2012-12/P3Y, P4Y.", null),
            _ when type == typeof(Money) => new JsonObject
            {
                ["type"] = "object",
                ["description"] = "An exact amount of a currency.",
                ["properties"] = new JsonObject
                {
                    ["amount"] = new JsonObject { ["type"] = "number", ["description"] = "Exact, with its scale; no exponent; at most 28 significant digits." },
                    ["currency"] = Text("An ISO 4217 alphabetic code, current or withdrawn.", "^[A-Z]{3}$"),
                },
                ["required"] = new JsonArray("amount", "currency"),
                ["additionalProperties"] = false,
            },
            _ => null,
        };
    }

    // A text of the document (TextJsonConverter reads every string): one non-white-space character at least; null
    // where the member is optional (and null is absent).
    private static JsonObject TextSchema(bool nullable) => new()
    {
        ["type"] = nullable ? new JsonArray("string", "null") : "string",
        ["pattern"] = NotBlankPattern,
    };

    private static JsonObject Text(string description, string? pattern)
    {
        var schema = new JsonObject { ["type"] = "string", ["description"] = description };
        if (pattern is not null)
        {
            schema["pattern"] = pattern;
        }
        return schema;
    }
}
