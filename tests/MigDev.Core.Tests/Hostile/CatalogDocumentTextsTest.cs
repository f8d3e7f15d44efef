using System.Reflection;
using System.Text.Json.Nodes;
using MigDev.Core.Catalog;
using MigDev.Core.Serialization.Document;

namespace MigDev.Core.Tests.Hostile;

/// <summary>
/// One rule per case for the texts of a catalog document and of the model (issue 18), applied to every text member and
/// every list of texts or ids, found by reflection over the document's records: a blank text is refused with its path
/// (absent is how a document says "none"), a text with an unpaired surrogate is refused, and a list holds each value
/// once (a repeat is refused with its path and value, never merged). The same rules hold for a model built in code.
/// </summary>
public class CatalogDocumentTextsTest
{
    // One record of each kind, every optional list present once: the document every case below edits.
    internal const string Full = """
        {
          "formatVersion": 1,
          "documents": [{ "id": "d", "title": "A title", "author": "An author", "date": "2008", "fileName": "d.txt" }],
          "agencies": [
            { "id": "a-one", "name": "Agency One", "kind": "Other", "acronym": "AO", "aliases": ["First"], "iatiAliases": ["41001"],
              "iatiIdentifier": "XM-DAC-1", "displayName": "Agency 1", "note": "A note.",
              "citations": [{ "document": "d", "firstLine": 1, "lastLine": 2, "quote": "A quote." }] },
            { "id": "a-two", "name": "Agency Two", "kind": "Other" }
          ],
          "programmes": [
            { "id": "p", "name": "Programme", "displayName": "The programme", "acronym": "P", "iatiIdentifier": "XM-DAC-1-P", "aliases": ["Prog"],
              "partners": [{ "agency": "a-one", "role": "Funding", "note": "A partner note." }],
              "countries": [{ "country": "MD", "relation": "Target", "note": "A country note." }], "note": "A programme note." }
          ],
          "commitments": [
            { "funders": [{ "funder": "a-one" }], "stage": "Commitment", "amount": { "amount": 10, "currency": "EUR" }, "programme": "p",
              "providerActivity": "XM-DAC-1-P", "receiverActivity": "XM-DAC-2-P", "note": "A commitment note." },
            { "funders": [{ "funder": "a-two" }], "stage": "Pledge", "relativeAmount": "1/3", "relativeTo": "the funds required" }
          ],
          "themes": [{ "number": 1, "title": "A theme" }],
          "roundtables": [{ "number": 1, "theme": 1, "title": "A roundtable" }],
          "sessions": [{ "roundtable": 1, "letter": "a", "title": "A session" }],
          "activities": [
            { "roundtable": 1, "session": "a", "text": "An activity", "subActivities": ["A sub-activity"], "objectives": ["An objective"],
              "gmgMembersWithExpertise": ["a-one"], "readingNote": "A reading note." }
          ],
          "meetings": [
            { "name": "A meeting", "displayName": "The meeting", "place": "Geneva", "aliases": ["The forum"],
              "participants": [{ "agency": "a-two", "role": "Host", "note": "A host note." }], "note": "A meeting note." }
          ],
          "memberships": [{ "member": "a-one", "body": "a-two", "role": "Member", "note": "A membership note." }]
        }
        """;

    // Where the document above has a record of each kind (the relative commitment for relativeTo).
    private static readonly Dictionary<Type, string> Instance = new()
    {
        [typeof(SourceDocumentDto)] = "$.documents[0]",
        [typeof(CitationDto)] = "$.agencies[0].citations[0]",
        [typeof(AgencyDto)] = "$.agencies[0]",
        [typeof(PartnerDto)] = "$.programmes[0].partners[0]",
        [typeof(CountryDto)] = "$.programmes[0].countries[0]",
        [typeof(ProgrammeDto)] = "$.programmes[0]",
        [typeof(CommitmentDto)] = "$.commitments[1]",
        [typeof(ThemeDto)] = "$.themes[0]",
        [typeof(RoundtableDto)] = "$.roundtables[0]",
        [typeof(SessionDto)] = "$.sessions[0]",
        [typeof(ActivityDto)] = "$.activities[0]",
        [typeof(MeetingDto)] = "$.meetings[0]",
        [typeof(MembershipDto)] = "$.memberships[0]",
    };

    private static readonly string[] Blanks = ["", " ", "\u00A0", "\t\r\n", "\u2003\u3000", "\u2028", "\u0085"];

    private static IEnumerable<Type> Records() =>
        typeof(CatalogDocumentDto).Assembly.GetTypes().Where(t => t.Namespace == typeof(CatalogDocumentDto).Namespace && t.Name.EndsWith("Dto", StringComparison.Ordinal));

    private static bool IsList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    // Every text member of every record of the document, and every list of values (texts or ids).
    public static TheoryData<string> TextMembers() => [.. TextPaths()];

    public static TheoryData<string> ValueLists() => [.. ListPaths()];

    private static IEnumerable<string> TextPaths() =>
        Records().SelectMany(t => t.GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => $"{Instance[t]}.{Camel(p.Name)}"));

    private static IEnumerable<string> ListPaths() =>
        Records().SelectMany(t => t.GetProperties().Where(p => IsList(p.PropertyType) && !p.PropertyType.GetGenericArguments()[0].Name.EndsWith("Dto", StringComparison.Ordinal))
            .Select(p => $"{Instance[t]}.{Camel(p.Name)}"));

    [Fact]
    public void TheFullDocument_Reads_AndEveryRecordWithAText_HasAnInstanceInIt()
    {
        Assert.Equal(2, CatalogDocument.Parse(Full).Model.Agencies.Count);
        foreach (var type in Records().Where(t => t.GetProperties().Any(p => p.PropertyType == typeof(string) || IsList(p.PropertyType))))
        {
            Assert.True(Instance.ContainsKey(type) || type == typeof(CatalogDocumentDto) || type == typeof(FunderDto), $"{type.Name} has no instance in the document of this test.");
        }
        // The cases cover what the issue names, and what the record types hold.
        Assert.Contains("$.agencies[0].note", TextPaths());
        Assert.Contains("$.commitments[1].relativeTo", TextPaths());
        Assert.Contains("$.agencies[0].iatiAliases", ListPaths());
        Assert.Contains("$.activities[0].gmgMembersWithExpertise", ListPaths());
        Assert.Equal(32, TextPaths().Count());
        Assert.Equal(7, ListPaths().Count());
    }

    [Theory]
    [MemberData(nameof(TextMembers))]
    public void ABlankText_IsRefusedWithItsPath_WhereverItIs(string path)
    {
        foreach (var blank in Blanks)
        {
            var e = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse(With(path, JsonValue.Create(blank)), "blank.json"));
            Assert.Equal(path, e.Path);
            Assert.Contains("empty or only white space", e.Message, StringComparison.Ordinal);
            Assert.Contains("leave the member out", e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TextMembers))]
    public void ATextWithAnUnpairedSurrogate_IsRefusedWithItsPath_WhereverItIs(string path)
    {
        foreach (var text in new[] { "a\\ud800b", "\\udc00", "x\\ud83d" })
        {
            var json = With(path, JsonValue.Create("SURROGATE")).Replace("SURROGATE", text, StringComparison.Ordinal);
            var e = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse(json, "surrogate.json"));
            Assert.Equal(path, e.Path);
            Assert.Contains("unpaired surrogate", e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TextMembers))]
    public void AnyOtherText_IsKeptVerbatim_AndWrittenBackAsItWas(string path)
    {
        if (path.EndsWith(".id", StringComparison.Ordinal) || path.EndsWith(".document", StringComparison.Ordinal))
        {
            return; // a document's id and a citation's reference to it: another text there cites no document
        }
        // Spaces around a text, a zero-width space (not white space), an astral character and a control character.
        foreach (var text in new[] { " padded ", "\u200B", "\uD83D\uDE00", "a\u0001b", "\uFFFE" })
        {
            var json = CatalogDocument.ToJson(CatalogDocument.Parse(With(path, JsonValue.Create(text))));
            Assert.Equal(text, At(JsonNode.Parse(json)!, path)!.GetValue<string>());
        }
    }

    [Theory]
    [MemberData(nameof(ValueLists))]
    public void AValueTwiceInAList_IsRefusedWithThePathOfTheRepeat_AndTheValue(string path)
    {
        var (first, second) = path.EndsWith("gmgMembersWithExpertise", StringComparison.Ordinal) ? ("a-one", "a-two") : ("Désa", "DESA");
        var e = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse(With(path, new JsonArray(first, second, first)), "twice.json"));
        Assert.Equal($"{path}[2]", e.Path);
        Assert.Equal(first, e.Value);
        Assert.Contains("[0]", e.Message, StringComparison.Ordinal);
        Assert.Contains("each value once", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ValueLists))]
    public void AListElementThatIsNullOrBlank_IsRefusedWithItsPath(string path)
    {
        var ok = path.EndsWith("gmgMembersWithExpertise", StringComparison.Ordinal) ? "a-one" : "A value";
        var withNull = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse(With(path, new JsonArray(ok, null))));
        Assert.Equal($"{path}[1]", withNull.Path);
        var withBlank = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse(With(path, new JsonArray(ok, " "))));
        Assert.Equal($"{path}[1]", withBlank.Path);
    }

    [Fact]
    public void ADuplicate_IsTheExactSameText_NotTheSameNameKey()
    {
        // The directory finds an agency by any of these (case, diacritics, quotes, dashes, spaces and a leading "the" are
        // folded), but each is a spelling a source may use, kept as written: only the same text twice is a repeat.
        string[] spellings = ["UN/DESA", "un/desa", "UN/DÉSA", "The UN/DESA", "UN/DESA ", "UN\u2019s", "UN's", "Cafe\u0301", "Café"];
        var json = With("$.agencies[0].aliases", new JsonArray([.. spellings.Select(s => JsonValue.Create(s))]));
        var agency = CatalogDocument.Parse(json).Model.Agencies.Get(AgencyId.Parse("a-one"));
        Assert.Equal(spellings, agency.Aliases);
        Assert.Equal(agency, CatalogDocument.Parse(json).Agencies.GetByAlias("the un/désa"));
    }

    [Fact]
    public void RelativeTo_WithAnAmount_IsRefused_NotDropped()
    {
        var e = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse(With("$.commitments[0].relativeTo", JsonValue.Create("the rest"))));
        Assert.Equal("$.commitments[0]", e.Path);
        Assert.Contains("relativeTo", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"p","name":"P","note":" "}""", "$.note", "empty or only white space")]
    [InlineData("""{"id":"p","name":"P","note":"a\ud800"}""", "$.note", "unpaired surrogate")]
    [InlineData("""{"id":"p","name":"P","aliases":["JMIDI","JMIDI"]}""", "$", "aliases[1] repeats aliases[0], 'JMIDI'")]
    [InlineData("""{"id":"p","name":"P","colour":"blue"}""", "$.colour", "'colour' is not a member of a programme")]
    [InlineData("""{"id":"p"}""", "$", "A programme needs the member 'name'")]
    [InlineData("""{"id":"p","name":3}""", "$.name", "The value has the wrong type for this member of a programme")]
    public void ARecordReadAlone_FollowsTheSameRules_InTheDocumentsWords(string json, string path, string expected)
    {
        var e = Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<Programme>(json, MigDev.Core.Serialization.MigDevJson.Options));
        Assert.Equal(path, e.Path);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Dto", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSchema_SaysTheSameRules_APatternForEveryText_AndUniqueItemsForEveryList()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "catalog.schema.json")));
        var agency = schema.RootElement.GetProperty("properties").GetProperty("agencies").GetProperty("items").GetProperty("properties");
        var pattern = agency.GetProperty("note").GetProperty("pattern").GetString()!;
        Assert.Equal(pattern, agency.GetProperty("name").GetProperty("pattern").GetString());
        Assert.Equal(pattern, agency.GetProperty("aliases").GetProperty("items").GetProperty("pattern").GetString());
        Assert.True(agency.GetProperty("aliases").GetProperty("uniqueItems").GetBoolean());
        var activity = schema.RootElement.GetProperty("properties").GetProperty("activities").GetProperty("items").GetProperty("properties");
        Assert.True(activity.GetProperty("gmgMembersWithExpertise").GetProperty("uniqueItems").GetBoolean());
        Assert.Equal("^[a-z0-9]+(-[a-z0-9]+)*$", activity.GetProperty("gmgMembersWithExpertise").GetProperty("items").GetProperty("pattern").GetString());
        // The pattern (unanchored: a text matches when one character does) accepts exactly the characters that are not
        // white space as the reader has it, checked over the whole Basic Multilingual Plane.
        var regex = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.ECMAScript);
        for (var c = 0; c <= 0xFFFF; c++)
        {
            Assert.True(regex.IsMatch(((char)c).ToString()) == !char.IsWhiteSpace((char)c), $"U+{c:X4}");
        }
    }

    public static TheoryData<string> BlankInCode() =>
    [
        .. Cases.Keys,
    ];

    private static readonly AgencyId One = AgencyId.Parse("a-one");

    private static readonly Dictionary<string, Func<string, object>> Cases = new()
    {
        ["Agency.Note"] = t => new Agency(One, "A", AgencyKind.Other) { Note = t },
        ["Agency.DisplayName"] = t => new Agency(One, "A", AgencyKind.Other) { DisplayName = t },
        ["Agency.Acronym"] = t => new Agency(One, "A", AgencyKind.Other) { Acronym = t },
        ["Agency.IatiIdentifier"] = t => new Agency(One, "A", AgencyKind.Other) { IatiIdentifier = t },
        ["Agency.Aliases"] = t => new Agency(One, "A", AgencyKind.Other) { Aliases = ["x", t] },
        ["Agency.IatiAliases"] = t => new Agency(One, "A", AgencyKind.Other) { IatiAliases = ["x", t] },
        ["Programme.Note"] = t => new Programme(ProgrammeId.Parse("p"), "P") { Note = t },
        ["Programme.DisplayName"] = t => new Programme(ProgrammeId.Parse("p"), "P") { DisplayName = t },
        ["Programme.Acronym"] = t => new Programme(ProgrammeId.Parse("p"), "P") { Acronym = t },
        ["Programme.IatiIdentifier"] = t => new Programme(ProgrammeId.Parse("p"), "P") { IatiIdentifier = t },
        ["Programme.Aliases"] = t => new Programme(ProgrammeId.Parse("p"), "P") { Aliases = ["x", t] },
        ["Meeting.Note"] = t => new Meeting("M") { Note = t },
        ["Meeting.DisplayName"] = t => new Meeting("M") { DisplayName = t },
        ["Meeting.Place"] = t => new Meeting("M") { Place = t },
        ["Meeting.Aliases"] = t => new Meeting("M") { Aliases = ["x", t] },
        ["FundingCommitment.Note"] = t => Commitment(t, null, null),
        ["FundingCommitment.ProviderActivity"] = t => Commitment(null, t, null),
        ["FundingCommitment.ReceiverActivity"] = t => Commitment(null, null, t),
        ["FundingCommitment.relativeTo"] = t => new FundingCommitment([new(One)], FundingStage.Pledge, Share.Parse("1/3"), t),
        ["Participant.note"] = t => new Participant(One, OrganisationRole.Host, null, null, t),
        ["ProgrammeCountry.note"] = t => new ProgrammeCountry(CountryCode.Parse("MD"), CountryRelation.Target, null, t),
        ["AgencyMembership.note"] = t => new AgencyMembership(One, AgencyId.Parse("a-two"), OrganisationRole.Member, null, null, t),
        ["Activity.readingNote"] = t => new Activity(1, 'a', "A", ["O"], readingNote: t),
        ["Activity.objectives"] = t => new Activity(1, 'a', "A", ["O", t]),
        ["Activity.subActivities"] = t => new Activity(1, 'a', "A", ["O"], subActivities: ["S", t]),
        ["SourceDocument.fileName"] = t => new SourceDocument("d", "T", "A", null, t),
    };

    [Theory]
    [MemberData(nameof(BlankInCode))]
    public void InCode_ABlankText_IsRefused_NamingTheField_AsTheDocumentRefusesIt(string field)
    {
        foreach (var blank in Blanks)
        {
            var e = Assert.ThrowsAny<ArgumentException>(() => Cases[field](blank));
            Assert.Contains(Camel(field.Split('.')[1]), e.Message, StringComparison.Ordinal);
            Assert.Contains("empty or only white space", e.Message, StringComparison.Ordinal);
        }
        Assert.NotNull(Cases[field]("\u200B kept"));
    }

    [Theory]
    [MemberData(nameof(BlankInCode))]
    public void InCode_AnUnpairedSurrogate_IsRefused(string field)
    {
        foreach (var text in new[] { "a\uD800b", "\uDC00", "x\uD83D" })
        {
            var e = Assert.ThrowsAny<ArgumentException>(() => Cases[field](text));
            Assert.Contains("unpaired surrogate", e.Message, StringComparison.Ordinal);
        }
        Assert.NotNull(Cases[field]("\uD83D\uDE00"));
    }

    [Fact]
    public void InCode_EveryRequiredText_RefusesAnUnpairedSurrogate()
    {
        Action[] builds =
        [
            () => _ = new Agency(One, "A\uD800", AgencyKind.Other),
            () => _ = new Programme(ProgrammeId.Parse("p"), "\uDC00P"),
            () => _ = new Meeting("M\uD800"),
            () => _ = new Theme(1, "T\uD800"),
            () => _ = new Roundtable(1, 1, "R\uD800"),
            () => _ = new Session(1, 'a', "S\uD800"),
            () => _ = new Activity(1, 'a', "A\uD800", ["O"]),
            () => _ = new SourceDocument("d\uD800", "T", "A", null),
            () => _ = new SourceDocument("d", "T\uD800", "A", null),
            () => _ = new SourceDocument("d", "T", "A\uD800", null),
            () => _ = new Citation("d\uD800", 1, 1, "Q"),
            () => _ = new Citation("d", 1, 1, "Q\uD800"),
        ];
        Assert.All(builds, build => Assert.Contains("unpaired surrogate", Assert.ThrowsAny<ArgumentException>(build).Message, StringComparison.Ordinal));
    }

    [Fact]
    public void InCode_AValueTwiceInAList_IsRefused_NotMerged()
    {
        Action[] builds =
        [
            () => _ = new Agency(One, "A", AgencyKind.Other) { Aliases = ["DESA", "UN/DESA", "DESA"] },
            () => _ = new Agency(One, "A", AgencyKind.Other) { IatiAliases = ["41001", "41001"] },
            () => _ = new Programme(ProgrammeId.Parse("p"), "P") { Aliases = ["JMIDI", "JMIDI"] },
            () => _ = new Meeting("M") { Aliases = ["GFMD", "GFMD"] },
            () => _ = new Activity(1, 'a', "A", ["O", "O"]),
            () => _ = new Activity(1, 'a', "A", ["O"], subActivities: ["S", "S"]),
            () => _ = new Activity(1, 'a', "A", ["O"], gmgMembersWithExpertise: [One, One]),
        ];
        Assert.All(builds, build => Assert.Contains("each value once", Assert.ThrowsAny<ArgumentException>(build).Message, StringComparison.Ordinal));
        Assert.Equal(["DESA", "desa"], new Agency(One, "A", AgencyKind.Other) { Aliases = ["DESA", "desa"] }.Aliases);
    }

    [Fact]
    public void InCode_RelativeTo_WithAnAmount_IsRefused() =>
        Assert.Contains("relativeTo", Assert.ThrowsAny<ArgumentException>(() => new FundingCommitment([new(One)], FundingStage.Pledge, new Money(1m, CurrencyCode.EUR), null, "the rest")).Message, StringComparison.Ordinal);

    private static FundingCommitment Commitment(string? note, string? provider, string? receiver) =>
        new([new(One)], FundingStage.Pledge, new Money(1m, CurrencyCode.EUR)) { Note = note, ProviderActivity = provider, ReceiverActivity = receiver };

    // The full document with the member at the path set to the value.
    internal static string With(string path, JsonNode? value)
    {
        var root = JsonNode.Parse(Full)!;
        var dot = path.LastIndexOf('.');
        ((JsonObject)At(root, path[..dot])!)[path[(dot + 1)..]] = value;
        return root.ToJsonString();
    }

    internal static JsonNode? At(JsonNode root, string path)
    {
        var node = root;
        foreach (var part in path[1..].Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            node = node![bracket < 0 ? part : part[..bracket]];
            if (bracket >= 0)
            {
                node = node![int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)];
            }
        }
        return node;
    }
}
