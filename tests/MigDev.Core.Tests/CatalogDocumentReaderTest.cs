using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using MigDev.Core.Catalog;
using MigDev.Core.Serialization.Document;

namespace MigDev.Core.Tests;

/// <summary>The one-pass reader of the catalog document (issue 21) against the source-generated serializer, which read
/// every document before it: the reader reads the documents the library writes, and for any other it either gives the
/// serializer's DTOs or gives up (and the serializer then accepts or refuses the document in its own words).</summary>
public class CatalogDocumentReaderTest
{
    private static readonly byte[] FileBytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "data", "catalog", "catalog.json"));

    [Fact]
    public void TryRead_TheCatalogFile_GivesTheSerializersDtos()
    {
        var read = CatalogDocumentReader.TryRead(FileBytes);

        Assert.NotNull(read);
        AssertSameDtos(JsonSerializer.Deserialize(FileBytes, CatalogFormat.Context.CatalogDocumentDto)!, read);
        Assert.Equal(Encoding.UTF8.GetString(FileBytes), Written(read));
    }

    [Fact]
    public void TryRead_RandomCatalogsWritten_GivesTheSerializersDtos() =>
        Gen.Int.Sample(seed =>
        {
            var utf8 = Encoding.UTF8.GetBytes(CatalogDocument.ToJson(MigDevCatalog.FromModel(CatalogGens.Model(seed))));
            var read = CatalogDocumentReader.TryRead(utf8);
            Assert.NotNull(read);
            AssertSameDtos(JsonSerializer.Deserialize(utf8, CatalogFormat.Context.CatalogDocumentDto)!, read);
        }, seed: "0R3dT8wQ1mZk", iter: Hostile.TryMethodsTest.Iterations(300));

    [Theory]
    [InlineData("""{"formatVersion":1,"formatVersion":1}""")]
    [InlineData("""{"formatVersion":1,"colour":"red"}""")]
    [InlineData("""{"formatVersion":1.0}""")]
    [InlineData("""{"documents":[]}""")]
    [InlineData("""{"formatVersion":1,"documents":[{"id":"a","title":" ","author":"b"}]}""")]
    [InlineData("""{"formatVersion":1,"sessions":[{"roundtable":1,"letter":"ab","title":"t"}]}""")]
    [InlineData("""{"formatVersion":1,"agencies":[{"id":"UNDP","name":"n","kind":"Foundation"}]}""")]
    [InlineData("""{"formatVersion":1} x""")]
    [InlineData("""{"formatVersion":1 /* c */}""")]
    [InlineData("""{"formatVersion":1,}""")]
    [InlineData("""[]""")]
    [InlineData("")]
    public void TryRead_ADocumentTheSerializerRefuses_GivesUp(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        Assert.ThrowsAny<Exception>(() => JsonSerializer.Deserialize(utf8, CatalogFormat.Context.CatalogDocumentDto));

        Assert.Null(CatalogDocumentReader.TryRead(utf8));
    }

    // A null the serializer reads (as an absent member, or a null element the mapping then refuses): the reader leaves
    // nulls to it.
    [Theory]
    [InlineData("""{"formatVersion":1,"agencies":null}""")]
    [InlineData("""{"formatVersion":1,"agencies":[null]}""")]
    [InlineData("""{"formatVersion":1,"documents":[{"id":"a","title":"t","author":"b","date":null}]}""")]
    public void TryRead_ANull_GivesUp_TheSerializerReadsIt(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        Assert.NotNull(JsonSerializer.Deserialize(utf8, CatalogFormat.Context.CatalogDocumentDto));

        Assert.Null(CatalogDocumentReader.TryRead(utf8));
    }

    [Theory]
    [InlineData("""{"formatVersion":2}""")]
    [InlineData("""{"formatVersion":1,"documents":[],"agencies":[]}""")]
    [InlineData(""" {"memberships":[],"formatVersion":-0}  """)]
    [InlineData("""{"formatVersion":1,"documents":[{"author":"b","title":"t","\u0069d":"a","date":"2008"}]}""")]
    public void TryRead_OtherDocumentsTheSerializerReads_GivesItsDtos(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);

        var read = CatalogDocumentReader.TryRead(utf8);

        Assert.NotNull(read);
        AssertSameDtos(JsonSerializer.Deserialize(utf8, CatalogFormat.Context.CatalogDocumentDto)!, read);
    }

    // Mutated documents (a member deleted, renamed or repeated, a value replaced by another of any type, the text cut
    // or a byte changed): the reader gives up, or gives what the serializer gives; Load refuses with the serializer's
    // message or reads the same catalog as the serializer's DTOs mapped.
    [Fact]
    public void TryRead_MutatedDocuments_GiveUpOrGiveTheSerializersDtos() =>
        Gen.Select(Gen.Int[0, 199], Gen.Int).Sample((modelSeed, mutationSeed) =>
        {
            var json = CatalogDocument.ToJson(MigDevCatalog.FromModel(CatalogGens.Model(modelSeed)));
            var utf8 = Mutate(json, new Random(mutationSeed));
            CatalogDocumentDto? expected;
            try
            {
                expected = JsonSerializer.Deserialize(utf8, CatalogFormat.Context.CatalogDocumentDto);
            }
            catch (Exception ex) when (ex is JsonException or NotSupportedException)
            {
                expected = null;
            }
            var read = CatalogDocumentReader.TryRead(utf8);
            if (read is not null)
            {
                Assert.NotNull(expected);
                AssertSameDtos(expected, read);
            }
        }, seed: "0M6pV1sE4nTb", iter: Hostile.TryMethodsTest.Iterations(3000));

    private static void AssertSameDtos(CatalogDocumentDto expected, CatalogDocumentDto actual)
    {
        // The DTOs' lists compare by reference; their JSON, each value through its converter, compares by value.
        Assert.Equal(Written(expected), Written(actual));
        Assert.Equal(Shape(expected), Shape(actual));
    }

    private static string Written(CatalogDocumentDto dto) => JsonSerializer.Serialize(dto, CatalogFormat.Context.CatalogDocumentDto);

    // Which lists are null and which empty, which the JSON written does not show.
    private static string Shape(CatalogDocumentDto d) => string.Join(',', new object?[]
    {
        d.Documents, d.Agencies, d.Programmes, d.Commitments, d.Themes, d.Roundtables, d.Sessions, d.Activities, d.Meetings, d.Memberships,
    }.Select(l => l is null ? "null" : ((System.Collections.ICollection)l).Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static byte[] Mutate(string json, Random r)
    {
        var root = JsonNode.Parse(json)!;
        var nodes = Descendants(root).ToList();
        var node = nodes[r.Next(nodes.Count)];
        var replacements = new Func<JsonNode?>[] { () => null, () => JsonValue.Create(" "), () => JsonValue.Create(1.5), () => JsonValue.Create(-0), () => JsonValue.Create(true), () => new JsonArray(), () => new JsonObject(), () => JsonValue.Create("x") };
        switch (r.Next(5))
        {
            case 0 when node.Parent is JsonObject parent:
                parent.Remove(node.GetPropertyName());
                break;
            case 1 when node.Parent is JsonObject parent:
                var name = node.GetPropertyName();
                parent.Remove(name);
                parent[name + "x"] = node;
                break;
            case 2 when node.Parent is JsonObject:
                // A member written twice: the text, not the tree, can hold it.
                var text = root.ToJsonString();
                var member = $"\"{node.GetPropertyName()}\":{node.ToJsonString()}";
                var at = text.IndexOf(member, StringComparison.Ordinal);
                return Encoding.UTF8.GetBytes(at < 0 ? text : text.Insert(at, member + ","));
            case 3:
                var bytes = Encoding.UTF8.GetBytes(json);
                bytes[r.Next(bytes.Length)] = (byte)r.Next(256);
                return r.Next(2) == 0 ? bytes : bytes[..r.Next(bytes.Length)];
            default:
                node.ReplaceWith(replacements[r.Next(replacements.Length)]());
                break;
        }
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            yield return child;
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
