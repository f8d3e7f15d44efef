using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using MigDev.Core.Catalog;

namespace MigDev.Core.Tests;

/// <summary>Properties of the catalog document: random valid catalogs round-trip exactly; mutated JSON gives only our
/// typed error.</summary>
public class CatalogJsonPropertyTest
{
    internal const int RoundTripCases = 500;
    internal const int MutationCases = 3000;

    [Fact]
    public void RandomValidCatalogs_RoundTripExactly() =>
        Gen.Int.Sample(seed =>
        {
            var catalog = MigDevCatalog.FromModel(CatalogGens.Model(seed), $"seed {seed}");
            var json = CatalogDocument.ToJson(catalog);
            var again = CatalogDocument.Parse(json, $"seed {seed}");
            Assert.Equal(json, CatalogDocument.ToJson(again));
            var (a, b) = (catalog.Model, again.Model);
            Assert.True(a.Programmes.Zip(b.Programmes).All(x => x.First.ContentEquals(x.Second)) && a.Programmes.Length == b.Programmes.Length);
            Assert.True(a.Agencies.Zip(b.Agencies).All(x => x.First.ContentEquals(x.Second)) && a.Agencies.Count == b.Agencies.Count);
            Assert.Equal(a.Commitments, b.Commitments);
            Assert.Equal(a.Activities, b.Activities);
            Assert.Equal(a.Meetings, b.Meetings);
            Assert.Equal(a.Memberships, b.Memberships);
            Assert.Equal(a.Documents.Select(d => (d.Id, d.Title, d.Author, d.Date, d.FileName)), b.Documents.Select(d => (d.Id, d.Title, d.Author, d.Date, d.FileName)));
            Assert.Equal(a.Sessions.Select(s => (s.Key, s.Title, s.Citations.Length)), b.Sessions.Select(s => (s.Key, s.Title, s.Citations.Length)));
        }, iter: RoundTripCases);

    [Fact]
    public void TheGenerator_ProducesEveryFlowField_SoTheRoundTripCoversThem()
    {
        var models = Enumerable.Range(0, 200).Select(CatalogGens.Model).ToList();
        var commitments = models.SelectMany(m => m.Commitments).ToList();

        Assert.Equal(Enum.GetValues<FundingStage>().Order(), commitments.Select(c => c.Stage).Distinct().Order());
        Assert.Equal(Enum.GetValues<FlowDirection>().Order(), commitments.Select(c => c.Direction).Distinct().Order());
        Assert.Contains(commitments, c => c.BudgetKind == BudgetKind.Revised);
        Assert.Contains(commitments, c => c.IsSuperseded);
        Assert.Contains(commitments, c => c.ReportedBy is not null);
        Assert.Contains(commitments, c => c.ProviderActivity is not null);
        Assert.Contains(commitments, c => c.ReceiverActivity is not null);
        Assert.Contains(models.SelectMany(m => m.Programmes), p => p.IatiIdentifier is not null);
    }

    [Fact]
    public void MutatedJson_GivesOnlyOurTypedErrorWithAPath() =>
        Gen.Select(Gen.Int[0, 199], Gen.Int).Sample((modelSeed, mutationSeed) =>
        {
            var json = CatalogDocument.ToJson(MigDevCatalog.FromModel(CatalogGens.Model(modelSeed)));
            var mutated = Mutate(json, new Random(mutationSeed));
            try
            {
                CatalogDocument.Load(new MemoryStream(mutated), "mutated.json");
            }
            catch (MigDevDataException ex)
            {
                Assert.Equal("mutated.json", ex.SourceName);
                Assert.StartsWith("$", ex.Path, StringComparison.Ordinal);
                Assert.NotEmpty(ex.Faults);
            }
        }, iter: MutationCases);

    // One of: delete a member, change a value's type, truncate, garbage bytes, a huge number, deep nesting, an unknown
    // member, a duplicate member.
    private static byte[] Mutate(string json, Random r)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        switch (r.Next(8))
        {
            case 0:
                return Edit(json, r, (parent, key, index) =>
                {
                    if (parent is JsonObject o)
                    {
                        o.Remove(key!);
                    }
                    else
                    {
                        ((JsonArray)parent).RemoveAt(index);
                    }
                });
            case 1:
                return Edit(json, r, (parent, key, index) => Set(parent, key, index, Pick<JsonNode?>(r, [JsonValue.Create(42), JsonValue.Create("text"), new JsonArray(), new JsonObject(), JsonValue.Create(true), null])));
            case 2:
                return bytes[..r.Next(bytes.Length)];
            case 3:
                for (var i = 0; i < r.Next(1, 6); i++)
                {
                    bytes[r.Next(bytes.Length)] = (byte)r.Next(256);
                }
                return bytes;
            case 4:
                return Edit(json, r, (parent, key, index) => Set(parent, key, index, JsonNode.Parse(Pick(r, ["1e400", "123456789012345678901234567890.5", "-99999999999999999999999999999999", "0.00000000000000000000000000000001"]))));
            case 5:
                return Edit(json, r, (parent, key, index) => Set(parent, key, index, JsonNode.Parse(new string('[', 50) + new string(']', 50))));
            case 6:
                return Edit(json, r, (parent, key, index) =>
                {
                    if (parent is JsonObject o)
                    {
                        o["unexpected" + r.Next(100)] = 1;
                    }
                });
            default:
                var text = json;
                var at = text.IndexOf("\"name\": ", StringComparison.Ordinal);
                return Encoding.UTF8.GetBytes(at < 0 ? text : text.Insert(at, "\"name\": \"twice\", "));
        }
    }

    private static T Pick<T>(Random r, T[] items) => items[r.Next(items.Length)];

    private static void Set(JsonNode parent, string? key, int index, JsonNode? value)
    {
        if (parent is JsonObject o)
        {
            o[key!] = value;
        }
        else
        {
            ((JsonArray)parent)[index] = value;
        }
    }

    // Applies an edit at a random node below the root (given its parent and its key or index).
    private static byte[] Edit(string json, Random r, Action<JsonNode, string?, int> edit)
    {
        var root = JsonNode.Parse(json)!;
        var places = new List<(JsonNode Parent, string? Key, int Index)>();
        Collect(root, places);
        if (places.Count > 0)
        {
            var (parent, key, index) = places[r.Next(places.Count)];
            edit(parent, key, index);
        }
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static void Collect(JsonNode node, List<(JsonNode, string?, int)> places)
    {
        if (node is JsonObject o)
        {
            foreach (var (key, child) in o.ToList())
            {
                places.Add((o, key, -1));
                if (child is not null)
                {
                    Collect(child, places);
                }
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                places.Add((a, null, i));
                if (a[i] is { } child)
                {
                    Collect(child, places);
                }
            }
        }
    }
}
