using System.Text.Json;
using MigDev.Core.Serialization;
using MigDev.Core.Catalog;

namespace MigDev.Core.Tests;

/// <summary>docs/catalog.schema.json is what the types give, and says what the reader enforces.</summary>
public class JsonSchemaTest
{
    private static readonly string Committed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "catalog.schema.json"));

    [Fact]
    public void CommittedSchema_IsUpToDate() =>
        Assert.True(
            Committed == CatalogDocument.GetSchema() + "\n",
            "docs/catalog.schema.json is out of date with the types: run `dotnet run tools/generate-schema.cs` from the repository root and commit it.");

    [Fact]
    public void Schema_RequiresWhatTheReaderRequires_AndAllowsNoOtherMember()
    {
        using var schema = JsonDocument.Parse(Committed);
        var root = schema.RootElement;
        Assert.Equal(1, root.GetProperty("properties").GetProperty("formatVersion").GetProperty("const").GetInt32());
        Assert.Equal(["formatVersion"], root.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
        var programme = root.GetProperty("properties").GetProperty("programmes").GetProperty("items");
        Assert.Equal(["id", "name"], programme.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("^[a-z0-9]+(-[a-z0-9]+)*$", programme.GetProperty("properties").GetProperty("id").GetProperty("pattern").GetString());
        var roles = programme.GetProperty("properties").GetProperty("partners").GetProperty("items").GetProperty("properties").GetProperty("role").GetProperty("enum");
        Assert.Equal(Enum.GetNames<OrganisationRole>(), roles.EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Schema_DescribesTheFlowMembers_OptionalWithTheirValues()
    {
        using var schema = JsonDocument.Parse(Committed);
        var properties = schema.RootElement.GetProperty("properties");
        var commitment = properties.GetProperty("commitments").GetProperty("items");
        var members = commitment.GetProperty("properties");
        Assert.Equal(["funders", "stage"], commitment.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(Enum.GetNames<FundingStage>(), Names(members.GetProperty("stage").GetProperty("enum")));
        Assert.Equal(Enum.GetNames<BudgetKind>(), Names(members.GetProperty("budgetKind").GetProperty("anyOf")[0].GetProperty("enum")));
        Assert.Equal(Enum.GetNames<FlowDirection>(), Names(members.GetProperty("direction").GetProperty("anyOf")[0].GetProperty("enum")));
        Assert.Equal("^[a-z0-9]+(-[a-z0-9]+)*$", members.GetProperty("reportedBy").GetProperty("anyOf")[0].GetProperty("pattern").GetString());
        Assert.Equal(["boolean", "null"], Names(members.GetProperty("isSuperseded").GetProperty("type")));
        Assert.Equal(["string", "null"], Names(members.GetProperty("providerActivity").GetProperty("type")));
        Assert.Equal(["string", "null"], Names(members.GetProperty("receiverActivity").GetProperty("type")));
        var programme = properties.GetProperty("programmes").GetProperty("items").GetProperty("properties");
        Assert.Equal(["string", "null"], Names(programme.GetProperty("iatiIdentifier").GetProperty("type")));

        static IEnumerable<string?> Names(JsonElement array) => array.EnumerateArray().Select(e => e.GetString());
    }

    [Fact]
    public void EmbeddedCatalog_UsesOnlyMembersTheSchemaDeclares()
    {
        using var schema = JsonDocument.Parse(Committed);
        using var catalog = JsonDocument.Parse(MigDevCatalogTest.EmbeddedJson());
        var checkedMembers = Check(catalog.RootElement, schema.RootElement, schema.RootElement, "$");
        // At least the four members of each of the catalog's citations were checked.
        var citations = MigDevCatalog.Default.Model.Documents.Sum(d => MigDevCatalog.Default.Citing(d.Id).Length);
        Assert.True(checkedMembers > 4 * citations, $"{checkedMembers} members checked for {citations} citations");
    }

    // Every member of an object is declared by the schema's properties (following $ref), recursively.
    private static int Check(JsonElement value, JsonElement schema, JsonElement root, string path)
    {
        schema = Resolve(schema, root);
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return 0;
        }
        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            return Check(value, anyOf[0], root, path);
        }
        var count = 0;
        if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            foreach (var member in value.EnumerateObject())
            {
                Assert.True(properties.TryGetProperty(member.Name, out var memberSchema), $"{path}.{member.Name} is not in the schema");
                count += 1 + Check(member.Value, memberSchema, root, $"{path}.{member.Name}");
            }
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                count += Check(item, items, root, $"{path}[{i++}]");
            }
        }
        return count;
    }

    private static JsonElement Resolve(JsonElement schema, JsonElement root)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("$ref", out var reference))
        {
            return schema;
        }
        var target = root;
        foreach (var part in reference.GetString()!.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            target = target.GetProperty(part);
        }
        return target;
    }
}
