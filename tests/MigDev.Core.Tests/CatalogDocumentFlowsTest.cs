using System.Text.Json;
using MigDev.Core.Catalog;
using MigDev.Core.Serialization;

namespace MigDev.Core.Tests;

/// <summary>The catalog document holds every field of a commitment's flow (budget kind, superseded, direction, reporter,
/// provider and receiver activities), a programme's IATI identifier and every funding stage: each is written when it is
/// not its default, read back equal, and refused as the older fields are when it breaks a rule or has the wrong
/// type.</summary>
public class CatalogDocumentFlowsTest
{
    private const string Agencies = """
        "agencies":[{"id":"iom","name":"International Organization for Migration","kind":"RelatedOrganization"},
                    {"id":"undp","name":"United Nations Development Programme","kind":"UnFundOrProgramme"}]
        """;

    private static readonly AgencyId Undp = AgencyId.Parse("undp");
    private static readonly AgencyId Iom = AgencyId.Parse("iom");
    private static readonly Money Amount = new(50_339m, CurrencyCode.Parse("GBP"));

    private static readonly string[] NewCommitmentMembers = ["budgetKind", "isSuperseded", "direction", "reportedBy", "providerActivity", "receiverActivity"];

    public static TheoryData<string> Commitments() => [.. CommitmentsByName.Keys];

    private static readonly Dictionary<string, FundingCommitment> CommitmentsByName = new(StringComparer.Ordinal)
    {
        ["revised budget"] = new([new(Undp)], FundingStage.Budget, Amount) { BudgetKind = BudgetKind.Revised, IsIndicative = true },
        ["superseded budget"] = new([new(Undp)], FundingStage.Budget, Amount) { IsSuperseded = true, ReportedBy = Undp },
        ["incoming funds"] = new([new(Undp)], FundingStage.Disbursement, Amount)
        {
            Direction = FlowDirection.Incoming, ReportedBy = Iom, Recipient = Iom, ProviderActivity = "XM-DAC-41114-PROJECT-00012345", ReceiverActivity = "XM-DAC-47066-JMDI",
        },
        ["outgoing commitment"] = new([new(Undp)], FundingStage.Commitment, Amount) { Direction = FlowDirection.Outgoing, ReportedBy = Undp, ReceiverActivity = "“as written”, 日本" },
        ["relative, provider only"] = new([new(Undp)], FundingStage.Pledge, Share.Parse("1/3"), "the funds required") { ProviderActivity = "41114-0001" },
    };

    [Theory]
    [MemberData(nameof(Commitments))]
    public void ACommitmentsNewFields_RoundTripThroughTheDocument_AndAlone(string name)
    {
        var commitment = CommitmentsByName[name];
        var catalog = MigDevCatalog.FromModel(Model([commitment]));

        var json = CatalogDocument.ToJson(catalog);
        var again = CatalogDocument.Parse(json);

        Assert.Equal(commitment, Assert.Single(again.Model.Commitments));
        Assert.Equal(json, CatalogDocument.ToJson(again));
        var alone = JsonSerializer.Serialize(commitment, MigDevJson.Options);
        Assert.Equal(commitment, JsonSerializer.Deserialize<FundingCommitment>(alone, MigDevJson.Options));
    }

    [Fact]
    public void TheNewFields_AreWrittenInCamelCase_AsTheEnumsAre()
    {
        var json = JsonSerializer.Serialize(CommitmentsByName["incoming funds"], MigDevJson.Options);

        Assert.Contains("\"direction\": \"Incoming\"", json, StringComparison.Ordinal);
        Assert.Contains("\"reportedBy\": \"iom\"", json, StringComparison.Ordinal);
        Assert.Contains("\"providerActivity\": \"XM-DAC-41114-PROJECT-00012345\"", json, StringComparison.Ordinal);
        Assert.Contains("\"receiverActivity\": \"XM-DAC-47066-JMDI\"", json, StringComparison.Ordinal);
        Assert.Contains("\"budgetKind\": \"Revised\"", JsonSerializer.Serialize(CommitmentsByName["revised budget"], MigDevJson.Options), StringComparison.Ordinal);
        Assert.Contains("\"isSuperseded\": true", JsonSerializer.Serialize(CommitmentsByName["superseded budget"], MigDevJson.Options), StringComparison.Ordinal);
    }

    [Fact]
    public void TheExampleOfJsonFormatMd_IsWhatIsWritten()
    {
        const string Example = """
            {
              "funders": [
                {
                  "funder": "european-commission"
                }
              ],
              "stage": "Disbursement",
              "amount": {
                "amount": 50339,
                "currency": "GBP"
              },
              "recipient": "iom",
              "direction": "Incoming",
              "reportedBy": "iom",
              "providerActivity": "XI-IATI-EC_INTPA-2019/410-123",
              "receiverActivity": "XM-DAC-47066-JMDI"
            }
            """;
        var commitment = new FundingCommitment([new(AgencyId.Parse("european-commission"))], FundingStage.Disbursement, Amount)
        {
            Recipient = Iom, Direction = FlowDirection.Incoming, ReportedBy = Iom, ProviderActivity = "XI-IATI-EC_INTPA-2019/410-123", ReceiverActivity = "XM-DAC-47066-JMDI",
        };

        Assert.Equal(Example.ReplaceLineEndings("\n"), JsonSerializer.Serialize(commitment, MigDevJson.Options));
        Assert.Equal(commitment, JsonSerializer.Deserialize<FundingCommitment>(Example, MigDevJson.Options));
    }

    [Fact]
    public void AProgrammesIatiIdentifier_RoundTrips_AndIsNotWrittenWhenNone()
    {
        var programme = new Programme(ProgrammeId.Parse("jmdi"), "Joint Migration and Development Initiative") { IatiIdentifier = "XM-DAC-41114-00058388" };
        var catalog = MigDevCatalog.FromModel(new MigDevModel(AgencyDirectory.Empty, []) { Programmes = [programme] });

        var json = CatalogDocument.ToJson(catalog);
        var back = Assert.Single(CatalogDocument.Parse(json).Model.Programmes);

        Assert.True(programme.ContentEquals(back));
        Assert.Equal("XM-DAC-41114-00058388", back.IatiIdentifier);
        Assert.Contains("\"iatiIdentifier\": \"XM-DAC-41114-00058388\"", json, StringComparison.Ordinal);
        var alone = JsonSerializer.Serialize(programme, MigDevJson.Options);
        Assert.True(programme.ContentEquals(JsonSerializer.Deserialize<Programme>(alone, MigDevJson.Options)));
        Assert.DoesNotContain("iatiIdentifier", JsonSerializer.Serialize(new Programme(programme.Id, programme.Name), MigDevJson.Options), StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_AreNotWritten_AndReadAsWhenAbsent()
    {
        var plain = new FundingCommitment([new(Undp)], FundingStage.Budget, Amount)
        {
            BudgetKind = BudgetKind.Original, IsSuperseded = false, Direction = FlowDirection.Unstated, ReportedBy = null, ProviderActivity = null, ReceiverActivity = null,
        };
        var json = JsonSerializer.Serialize(plain, MigDevJson.Options);
        Assert.All(NewCommitmentMembers, m => Assert.DoesNotContain($"\"{m}\"", json, StringComparison.Ordinal));

        var spelledOut = Read("""{"funders":[{"funder":"undp"}],"stage":"Budget","amount":{"amount":50339,"currency":"GBP"},"budgetKind":"Original","isSuperseded":false,"direction":"Unstated","reportedBy":null,"providerActivity":null,"receiverActivity":null}""");
        Assert.Equal(plain, Assert.Single(spelledOut.Model.Commitments));
        Assert.Equal(CatalogDocument.ToJson(MigDevCatalog.FromModel(Model([plain]))), CatalogDocument.ToJson(spelledOut));
    }

    public static TheoryData<FundingStage> Stages() => [.. Enum.GetValues<FundingStage>()];

    [Theory]
    [MemberData(nameof(Stages))]
    public void EveryStage_IsWrittenByName_AndReadBack(FundingStage stage)
    {
        var commitment = new FundingCommitment([new(Undp)], stage, Amount) { Direction = stage == FundingStage.Budget ? FlowDirection.Unstated : FlowDirection.Outgoing };

        var json = CatalogDocument.ToJson(MigDevCatalog.FromModel(Model([commitment])));

        Assert.Contains($"\"stage\": \"{stage}\"", json, StringComparison.Ordinal);
        Assert.Equal(commitment, Assert.Single(CatalogDocument.Parse(json).Model.Commitments));
    }

    // A rule of the type, broken: refused at the commitment (as a withdrawn currency on a value date is), the field named
    // by the cause's parameter and in the message, with the values the rule is about.
    [Theory]
    [InlineData("\"stage\":\"Pledge\",\"budgetKind\":\"Revised\"", "budgetKind", "Pledge")]
    [InlineData("\"stage\":\"Disbursement\",\"isSuperseded\":true", "isSuperseded", "Disbursement")]
    [InlineData("\"stage\":\"Budget\",\"budgetKind\":\"Revised\",\"isSuperseded\":true", "isSuperseded", "revised")]
    [InlineData("\"stage\":\"Budget\",\"isSuperseded\":true,\"budgetKind\":\"Revised\"", "isSuperseded", "revised")]
    [InlineData("\"stage\":\"Budget\",\"direction\":\"Incoming\"", "direction", "Incoming")]
    [InlineData("\"stage\":\"Budget\",\"direction\":\"Outgoing\"", "direction", "Outgoing")]
    public void ABrokenRule_IsRefusedAtTheCommitment_NamingTheFieldAndValue(string members, string field, string value)
    {
        var ex = Refused($$$"""{"funders":[{"funder":"undp"}],{{{members}}},"amount":{"amount":1,"currency":"EUR"}}""");

        Assert.Equal("user.json", ex.SourceName);
        Assert.Equal("$.commitments[0]", ex.Path);
        Assert.Equal(field, Assert.IsType<ArgumentException>(ex.InnerException).ParamName);
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
        Assert.Contains(value, ex.Message, StringComparison.Ordinal);
        var fault = Assert.Single(ex.Faults);
        Assert.Equal("$.commitments[0]", fault.Path);
    }

    [Theory]
    [InlineData("\"budgetKind\":\"revised\"", "$.commitments[0].budgetKind", "revised")]
    [InlineData("\"budgetKind\":1", "$.commitments[0].budgetKind", "1")]
    [InlineData("\"budgetKind\":\"Draft\"", "$.commitments[0].budgetKind", "Draft")]
    [InlineData("\"direction\":\"incoming\"", "$.commitments[0].direction", "incoming")]
    [InlineData("\"direction\":2", "$.commitments[0].direction", "2")]
    [InlineData("\"reportedBy\":\"Not An Id\"", "$.commitments[0].reportedBy", "Not An Id")]
    [InlineData("\"reportedBy\":7", "$.commitments[0].reportedBy", "reportedBy")]
    [InlineData("\"isSuperseded\":\"yes\"", "$.commitments[0].isSuperseded", "isSuperseded")]
    [InlineData("\"providerActivity\":5", "$.commitments[0].providerActivity", "providerActivity")]
    [InlineData("\"receiverActivity\":[\"a\"]", "$.commitments[0].receiverActivity", "receiverActivity")]
    public void AWrongType_IsRefusedAtTheMember_NamingTheValue(string member, string path, string value)
    {
        var ex = Refused($$$"""{"funders":[{"funder":"undp"}],"stage":"Budget",{{{member}}},"amount":{"amount":1,"currency":"EUR"}}""");

        Assert.StartsWith(path, ex.Path, StringComparison.Ordinal);
        Assert.Contains(value, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AProgrammesIatiIdentifierOfTheWrongType_IsRefusedAtTheMember()
    {
        var ex = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse("""{"formatVersion":1,"programmes":[{"id":"p","name":"P","iatiIdentifier":42}]}""", "user.json"));

        Assert.StartsWith("$.programmes[0].iatiIdentifier", ex.Path, StringComparison.Ordinal);
        Assert.Contains("iatiIdentifier", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReporterThatIsNotAnAgencyOfTheModel_IsAWholeModelFaultAtItsPath()
    {
        var ex = Refused("""{"funders":[{"funder":"undp"}],"stage":"Disbursement","amount":{"amount":1,"currency":"EUR"},"direction":"Outgoing","reportedBy":"atlantis"}""");

        var fault = Assert.Single(ex.Faults);
        Assert.Equal("$.commitments[0].reportedBy", fault.Path);
        Assert.Equal("atlantis", fault.Value);
        Assert.IsType<ModelValidationException>(ex.InnerException);
    }

    [Fact]
    public void ACommitmentReadAlone_RefusesABrokenRuleNamingTheField()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<FundingCommitment>(
            """{"funders":[{"funder":"undp"}],"stage":"Budget","amount":{"amount":1,"currency":"EUR"},"direction":"Incoming"}""", MigDevJson.Options));

        Assert.Contains("direction", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Incoming", ex.Message, StringComparison.Ordinal);
    }

    private static MigDevModel Model(IEnumerable<FundingCommitment> commitments) =>
        new(AgencyDirectory.Create([new Agency(Iom, "International Organization for Migration", AgencyKind.RelatedOrganization), new Agency(Undp, "United Nations Development Programme", AgencyKind.UnFundOrProgramme)]), [])
        {
            Commitments = [.. commitments],
        };

    private static MigDevCatalog Read(string commitment) => CatalogDocument.Parse($$"""{"formatVersion":1,{{Agencies}},"commitments":[{{commitment}}]}""", "user.json");

    private static MigDevDataException Refused(string commitment) => Assert.Throws<MigDevDataException>(() => Read(commitment));
}
