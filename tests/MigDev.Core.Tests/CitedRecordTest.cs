using System.Globalization;
using System.Text.Json;
using MigDev.Core.Catalog;

namespace MigDev.Core.Tests;

/// <summary>What <see cref="MigDevCatalog.Citing"/> lists: each record with one of its citations and its path, as the
/// catalog file (data/catalog/catalog.json, read here directly) holds them.</summary>
public class CitedRecordTest
{
    private static readonly JsonDocument File = JsonDocument.Parse(System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "data", "catalog", "catalog.json")));

    private static JsonElement Root => File.RootElement;

    [Fact]
    public void Citing_AProgramme_HasItsPathRecordAndCitation()
    {
        var programme = Root.GetProperty("programmes")[0];
        var citation = programme.GetProperty("citations")[0];
        var document = citation.GetProperty("document").GetString()!;

        var cited = Assert.Single(MigDevCatalog.Default.Citing(document), r => r.Path == "programmes[0]" && r.Citation.Quote == citation.GetProperty("quote").GetString());

        var record = Assert.IsType<Programme>(cited.Record);
        Assert.Equal(programme.GetProperty("id").GetString(), record.Id.Value);
        Assert.Equal(document, cited.Citation.DocumentId);
        Assert.Equal(citation.GetProperty("firstLine").GetInt32(), cited.Citation.FirstLine);
        Assert.Equal(citation.GetProperty("lastLine").GetInt32(), cited.Citation.LastLine);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"programmes[0] {record} ({document}:{citation.GetProperty("firstLine").GetInt32()})"), cited.ToString());
    }

    [Fact]
    public void Citing_APartner_HasItsNestedPath_AndThePartnerAsTheRecord()
    {
        var partner = Root.GetProperty("programmes")[0].GetProperty("partners")[0];
        var citation = partner.GetProperty("citations")[0];

        var cited = MigDevCatalog.Default.Citing(citation.GetProperty("document").GetString()!)
            .Where(r => r.Path == "programmes[0].partners[0]").ToList();

        Assert.NotEmpty(cited);
        Assert.All(cited, r => Assert.Equal(partner.GetProperty("agency").GetString(), Assert.IsType<Participant>(r.Record).Agency.Value));
        Assert.Contains(cited, r => r.Citation.Quote == citation.GetProperty("quote").GetString());
    }

    [Fact]
    public void Citing_ACountry_HasTheIndexOfItsProgrammeAndOfItself()
    {
        // The first programme of the file with a cited country.
        var (programme, index) = Root.GetProperty("programmes").EnumerateArray().Select((p, i) => (p, i))
            .First(x => x.p.TryGetProperty("countries", out var countries) && countries[0].TryGetProperty("citations", out _));
        var country = programme.GetProperty("countries")[0];
        var path = $"programmes[{index}].countries[0]";

        var cited = MigDevCatalog.Default.Citing(country.GetProperty("citations")[0].GetProperty("document").GetString()!).Where(r => r.Path == path).ToList();

        Assert.NotEmpty(cited);
        Assert.All(cited, r => Assert.Equal(country.GetProperty("country").GetString(), Assert.IsType<ProgrammeCountry>(r.Record).Country.Code));
    }

    [Fact]
    public void Citing_AParticipant_HasTheIndexOfItsMeeting()
    {
        // The embedded catalog cites no participant: a document of two meetings, the first with a cited host.
        var catalog = CatalogDocument.Parse("""
            {"formatVersion":1,
             "documents":[{"id":"d","title":"Minutes","author":"Board"}],
             "agencies":[{"id":"a","name":"Agency A","kind":"Ngo"}],
             "meetings":[
               {"name":"First","participants":[{"agency":"a","role":"Host","citations":[{"document":"d","firstLine":2,"lastLine":2,"quote":"hosted by A"}]}]},
               {"name":"Second"}]}
            """, "meetings.json");

        var cited = Assert.Single(catalog.Citing("d"));

        Assert.Equal("meetings[0].participants[0]", cited.Path);
        Assert.Equal("a", Assert.IsType<Participant>(cited.Record).Agency.Value);
        Assert.Equal("hosted by A", cited.Citation.Quote);
    }

    [Fact]
    public void Citing_AnAgency_HasItsIndexInTheFile()
    {
        // The file lists agencies in id order, as the model does.
        var agency = Root.GetProperty("agencies")[0];
        var document = agency.GetProperty("citations")[0].GetProperty("document").GetString()!;

        var cited = MigDevCatalog.Default.Citing(document).First(r => r.Path == "agencies[0]");

        Assert.Equal(agency.GetProperty("id").GetString(), Assert.IsType<Agency>(cited.Record).Id.Value);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Citing_ADocument_ListsEveryCitationOfItInTheFile(string document)
    {
        var inFile = Citations(Root).Count(c => c.GetProperty("document").GetString() == document);

        var cited = MigDevCatalog.Default.Citing(document);

        Assert.True(inFile > 0);
        Assert.Equal(inFile, cited.Length);
        Assert.All(cited, r => Assert.Equal(document, r.Citation.DocumentId));
    }

    [Fact]
    public void Citing_Twice_GivesTheSameRecords()
    {
        var first = MigDevCatalog.Default.Citing("000");
        var second = MigDevCatalog.Default.Citing("000");
        Assert.Same(first[0], second[0]);
        Assert.NotSame(first[0], first[1]);
    }

    // Every object with a "quote" member, anywhere in the document.
    private static IEnumerable<JsonElement> Citations(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("quote", out _) => [element],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Citations(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Citations),
        _ => [],
    };
}
