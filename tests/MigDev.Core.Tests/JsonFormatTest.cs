using System.Text;
using System.Text.Json;
using MigDev.Core.Serialization;
using MigDev.Core.Catalog;

namespace MigDev.Core.Tests;

/// <summary>The catalog document format: strict reading that says where, limits, and one JSON for every record type.</summary>
public class JsonFormatTest
{
    private const string Undp = """{"id":"undp","name":"United Nations Development Programme","kind":"UnFundOrProgramme"}""";

    private static MigDevDataException Refused(string json, string source = "user.json") =>
        Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse(json, source));

    [Fact]
    public void UnknownMember_IsRefusedWithItsPath()
    {
        var ex = Refused("""{"formatVersion":1,"programmes":[{"id":"p","name":"P","colour":"blue"}]}""");
        Assert.Equal("user.json", ex.SourceName);
        Assert.StartsWith("$.programmes[0]", ex.Path, StringComparison.Ordinal);
        Assert.Contains("colour", ex.Message, StringComparison.Ordinal);
        Assert.IsType<JsonException>(ex.InnerException);
    }

    [Fact]
    public void MissingRequiredMember_IsRefusedNamingIt()
    {
        var ex = Refused("""{"formatVersion":1,"programmes":[{"id":"p"}]}""");
        Assert.StartsWith("$.programmes[0]", ex.Path, StringComparison.Ordinal);
        Assert.Contains("'name'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("formatVersion", Refused("""{"programmes":[]}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullWhereNotAllowed_IsRefusedWithItsPath()
    {
        Assert.Equal("$.programmes[0].name", Refused("""{"formatVersion":1,"programmes":[{"id":"p","name":null}]}""").Path);
        Assert.Equal("$.programmes[0]", Refused("""{"formatVersion":1,"programmes":[null]}""").Path);
        var alias = Refused("""{"formatVersion":1,"programmes":[{"id":"p","name":"P","aliases":["a",null]}]}""");
        Assert.StartsWith("$.programmes[0]", alias.Path, StringComparison.Ordinal);
        Assert.Contains("aliases[1]", alias.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"formatVersion":1,"commitments":[{"funders":[{"funder":"undp"}],"stage":"Pledge","amount":{"amount":1,"currency":"XYZ"}}]}""", "$.commitments[0].amount", "XYZ")]
    [InlineData("""{"formatVersion":1,"commitments":[{"funders":[{"funder":"undp"}],"stage":"Pledge","amount":{"amount":1e3,"currency":"EUR"}}]}""", "$.commitments[0].amount", "1e3")]
    [InlineData("""{"formatVersion":1,"commitments":[{"funders":[{"funder":"undp"}],"stage":"Pledge","amount":{"amount":"10","currency":"EUR"}}]}""", "$.commitments[0].amount", "\"10\"")]
    [InlineData("""{"formatVersion":1,"commitments":[{"funders":[{"funder":"undp"}],"stage":"Pledge","valueDate":"12/2008"}]}""", "$.commitments[0].valueDate", "12/2008")]
    [InlineData("""{"formatVersion":1,"commitments":[{"funders":[{"funder":"undp"}],"stage":"pledge"}]}""", "$.commitments[0].stage", "pledge")]
    [InlineData("""{"formatVersion":1,"commitments":[{"funders":[{"funder":"undp"}],"stage":3}]}""", "$.commitments[0].stage", "3")]
    [InlineData("""{"formatVersion":1,"programmes":[{"id":"p","name":"P","countries":[{"country":"ZZ","relation":"Target"}]}]}""", "$.programmes[0].countries[0].country", "ZZ")]
    [InlineData("""{"formatVersion":1,"programmes":[{"id":"p","name":"P","period":"2011 to 2013"}]}""", "$.programmes[0].period", "2011 to 2013")]
    [InlineData("""{"formatVersion":1,"programmes":[{"id":"Not An Id","name":"P"}]}""", "$.programmes[0].id", "Not An Id")]
    [InlineData("""{"formatVersion":1,"programmes":[{"id":"p","name":"P","phase":0}]}""", "$.programmes[0]", "phase")]
    [InlineData("""{"formatVersion":1,"commitments":[{"funders":[{"funder":"undp","share":"1/3"}],"stage":"Pledge"}]}""", "$.commitments[0]", "1/3")]
    public void BadValue_IsRefusedWithPathAndValue(string json, string path, string value)
    {
        var ex = Refused(json);
        Assert.StartsWith(path, ex.Path, StringComparison.Ordinal);
        Assert.Contains(value, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateMember_IsRefused() =>
        Assert.Contains("name", Refused("""{"formatVersion":1,"programmes":[{"id":"p","name":"P","name":"Q"}]}""").Message, StringComparison.Ordinal);

    [Fact]
    public void ReferenceToAnAgencyThatDoesNotExist_IsAWholeModelFault()
    {
        var ex = Refused($$"""{"formatVersion":1,"agencies":[{{Undp}}],"programmes":[{"id":"p","name":"P","partners":[{"agency":"atlantis","role":"Funding"}]}]}""");
        var fault = Assert.Single(ex.Faults);
        Assert.Equal("$.programmes[0].partners[0].agency", fault.Path);
        Assert.Equal("atlantis", fault.Value);
        Assert.IsType<ModelValidationException>(ex.InnerException);
    }

    [Fact]
    public void SeveralWholeModelFaults_AreAllReported()
    {
        const string Json = """
            {"formatVersion":1,
             "documents":[{"id":"mine","title":"My notes","author":"Me"}],
             "agencies":[{"id":"undp","name":"UNDP","kind":"UnFundOrProgramme"}],
             "programmes":[
               {"id":"p","name":"P","partners":[{"agency":"atlantis","role":"Funding"}]},
               {"id":"p","name":"P again","parent":"nowhere"}],
             "commitments":[{"funders":[{"funder":"undp"}],"stage":"Pledge","amount":{"amount":1000,"currency":"EUR"},"programme":"elsewhere",
               "citations":[{"document":"000","firstLine":1,"lastLine":1,"quote":"x"}]}]}
            """;
        var ex = Refused(Json);
        Assert.Equal(
            new[] { "$.programmes[0].partners[0].agency", "$.programmes[1].id", "$.programmes[1].parent", "$.commitments[0].programme", "$.commitments[0].citations[0].document" }.Order(StringComparer.Ordinal),
            ex.Faults.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Equal(5, ex.Faults.Length);
        Assert.Contains("5 faults", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AgencyFaults_AreReportedWithTheDocumentsIndices()
    {
        var ex = Refused($$"""{"formatVersion":1,"agencies":[{{Undp}},{"id":"b","name":"B","kind":"Ngo","parent":"nowhere"},{{Undp}}]}""");
        Assert.Equal(["$.agencies[2].id", "$.agencies[1].parent"], ex.Faults.Select(f => f.Path));
    }

    [Fact]
    public void FormatVersion_OtherThanOne_IsRefused()
    {
        var ex = Refused("""{"formatVersion":2}""");
        Assert.Equal("$.formatVersion", ex.Path);
        Assert.Equal("2", ex.Value);
    }

    [Fact]
    public void Limits_SizeIsCheckedBeforeParsing_DepthByTheReader()
    {
        var big = Encoding.UTF8.GetBytes("""{"formatVersion":1}""" + new string(' ', 100));
        var size = Assert.Throws<MigDevDataException>(() => CatalogDocument.Load(new MemoryStream(big), "big.json", maxDocumentBytes: 64));
        Assert.Contains("64", size.Message, StringComparison.Ordinal);
        Assert.NotNull(CatalogDocument.Load(new MemoryStream(big), "big.json", maxDocumentBytes: big.Length));

        var deep = """{"formatVersion":1,"programmes":""" + new string('[', 10_000) + new string(']', 10_000) + "}";
        Assert.StartsWith("$.programmes", Refused(deep).Path, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CatalogDocument.Load(new MemoryStream(big), "big.json", maxDocumentBytes: 0));
    }

    [Fact]
    public void ANonSeekableStream_IsReadWhole_AndItsSizeCheckedAsItComes()
    {
        var bytes = Encoding.UTF8.GetBytes(MigDevCatalogTest.EmbeddedJson());
        var catalog = CatalogDocument.Load(new TrickleStream(bytes), "pipe");
        Assert.Equal(CatalogDocument.ToJson(MigDevCatalog.Default), CatalogDocument.ToJson(catalog));
        var ex = Assert.Throws<MigDevDataException>(() => CatalogDocument.Load(new TrickleStream(bytes), "pipe", maxDocumentBytes: 100_000));
        Assert.Contains("100,000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEmbeddedDocument_NestsSevenDeep_WellWithinTheDepthLimit()
    {
        using var document = JsonDocument.Parse(MigDevCatalogTest.EmbeddedJson());
        Assert.Equal(7, Depth(document.RootElement));
        Assert.True(7 < MigDevJson.MaxDepth);

        static int Depth(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Object => 1 + e.EnumerateObject().Select(p => Depth(p.Value)).DefaultIfEmpty(0).Max(),
            JsonValueKind.Array => 1 + e.EnumerateArray().Select(Depth).DefaultIfEmpty(0).Max(),
            _ => 0,
        };
    }

    [Fact]
    public void MalformedJson_IsRefusedWithWhereItBroke()
    {
        var ex = Refused("""{"formatVersion":1,"programmes":[{"id":"p",""", "cut.json");
        Assert.Equal("cut.json", ex.SourceName);
        Assert.IsType<JsonException>(ex.InnerException, exactMatch: false);
        Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse(""));
        Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse("null"));
    }

    [Fact]
    public void EveryRecordType_SerializesAlone_AsInTheDocument()
    {
        var catalog = MigDevCatalog.Default;
        var jmdi = catalog.GetProgramme(ProgrammeId.Parse("jmdi"));
        var json = JsonSerializer.Serialize(jmdi, MigDevJson.Options);
        Assert.StartsWith("{\n  \"id\": \"jmdi\",\n  \"name\": \"Joint Migration and Development Initiative\"", json, StringComparison.Ordinal);
        Assert.True(jmdi.ContentEquals(JsonSerializer.Deserialize<Programme>(json, MigDevJson.Options)));

        RoundTrips(catalog.Model.Commitments[0]);
        RoundTrips(catalog.Model.Meetings[0]);
        RoundTrips(catalog.Model.Activities[0]);
        RoundTrips(catalog.Model.Memberships[0]);
        RoundTrips(catalog.Model.Documents[0]);
        RoundTrips(jmdi.Citations[0]);
        RoundTrips(jmdi.Partners[0]);
        RoundTrips(jmdi.Countries[0]);
        RoundTrips(Timeframe.Parse("2012-12/P3Y"));
        RoundTrips(Share.Parse("1/3"));
        RoundTrips(OrganisationRole.CoHost);
        RoundTrips(new Money(15_000_000.00m, CurrencyCode.EUR));
        var undp = MigDevCatalog.Default.Agencies.Get(AgencyId.Parse("undp"));
        Assert.True(undp.ContentEquals(JsonSerializer.Deserialize<Agency>(JsonSerializer.Serialize(undp, MigDevJson.Options), MigDevJson.Options)));
        var model = JsonSerializer.Deserialize<MigDevModel>(JsonSerializer.Serialize(catalog.Model, MigDevJson.Options), MigDevJson.Options)!;
        Assert.Equal(catalog.Model.Activities, model.Activities);
        // A catalog is a document (CatalogDocument), not a record of MigDevJson: the JSON layer sits below the catalog.
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(catalog, MigDevJson.Options));
        Assert.Equal(CatalogDocument.ToJson(catalog), CatalogDocument.ToJson(CatalogDocument.Parse(CatalogDocument.ToJson(catalog))));
        Assert.Equal(62, CatalogDocument.Parse(CatalogDocument.ToJson(catalog)).ActivitiesWithExpertise(AgencyId.Parse("iom")).Length);
    }

    [Fact]
    public void TheResolver_ChainsIntoTheCallersOptions()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = MigDevJson.TypeInfoResolver };
        options.TypeInfoResolverChain.Add(TestJsonContext.Default);
        var agency = MigDevCatalog.Default.Agencies.Get(AgencyId.Parse("iom"));
        var json = JsonSerializer.Serialize(agency, options);
        Assert.Contains("\"iatiIdentifier\":\"XM-DAC-47066\"", json, StringComparison.Ordinal);
        Assert.Equal(agency, JsonSerializer.Deserialize<Agency>(json, options));
        Assert.True(MigDevJson.Options.IsReadOnly);
    }

    [Fact]
    public void ARecordTypeReadAlone_RefusesBadValuesWithTheMember()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Participant>("""{"agency":"undp","role":"Funding","period":"soon"}""", MigDevJson.Options));
        Assert.Contains("soon", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.period", ex.Path);
        var phase = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Programme>("""{"id":"p","name":"P","phase":0}""", MigDevJson.Options));
        Assert.Contains("phase", phase.Message, StringComparison.Ordinal);
    }

    private static void RoundTrips<T>(T value)
    {
        var json = JsonSerializer.Serialize(value, MigDevJson.Options);
        var back = JsonSerializer.Deserialize<T>(json, MigDevJson.Options);
        Assert.Equal(value, back);
        Assert.Equal(json, JsonSerializer.Serialize(back, MigDevJson.Options));
    }

    // A stream that cannot seek and hands out at most 1000 bytes per read, as a network stream may.
    private sealed class TrickleStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 1000), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
