using MigDev.Core.Catalog;
namespace MigDev.Core.Tests;

public class ModelValidatorTest
{
    private static readonly AgencyId Ec = AgencyId.Parse("european-commission");
    private static readonly AgencyId Undp = AgencyId.Parse("undp");
    private static readonly ProgrammeId Jmdi = ProgrammeId.Parse("jmdi");

    private static Programme JmdiProgramme() => Fixtures.Jmdi();

    [Fact]
    public void ValidModel_HasNoFault()
    {
        var model = new MigDevModel(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents)
        {
            Programmes = [JmdiProgramme()],
            Commitments = [new FundingCommitment([new(Ec)], FundingStage.Commitment, new Money(15_000_000m, CurrencyCode.EUR)) { Recipient = Undp, Programme = Jmdi, ValueDate = PartialDate.FromYear(2008) }],
            Themes = [new Theme(1, "Migration and socio-economic development")],
            Roundtables = [new Roundtable(1, 1, "Human capital development and labour mobility")],
            Sessions = [new Session(1, 'a', "Matching labour supply and labour demand")],
            Activities = [new Activity(1, 'a', "Facilitate the selection of workers", ["Enhance cooperation"], [AgencyId.Parse("iom")])],
        };
        Assert.Empty(ModelValidator.Validate(model));
        ModelValidator.EnsureValid(model);
    }

    [Fact]
    public void ACancelledCommitment_WithNothingDisbursed_IsNoFault_AndAnOverDisbursementStillIs()
    {
        // Found by the IATI fuzz test: a negative commitment (IATI allows them) and no disbursement made Validate throw.
        FundingCommitment Line(decimal amount, FundingStage stage) =>
            new([new(Ec)], stage, new Money(amount, CurrencyCode.EUR)) { Programme = Jmdi, ValueDate = PartialDate.FromYear(2008) };
        Assert.Empty(ModelValidator.Validate(Fixtures.Model([JmdiProgramme()], [Line(-1m, FundingStage.Commitment)])));
        var fault = Assert.Single(ModelValidator.Validate(Fixtures.Model([JmdiProgramme()], [Line(-1m, FundingStage.Commitment), Line(5m, FundingStage.Disbursement)])));
        Assert.Equal("commitments[1].amount", fault.Path);
    }

    [Fact]
    public void AReporterThatIsNotAnAgency_IsAFault_AfterTheRecipient_AndAKnownOneIsNot()
    {
        var money = new Money(5m, CurrencyCode.EUR);
        FundingCommitment Reported(AgencyId recipient, AgencyId reporter) =>
            new([new(Ec)], FundingStage.Disbursement, money) { Recipient = recipient, Direction = FlowDirection.Incoming, ReportedBy = reporter };

        Assert.Empty(ModelValidator.Validate(Fixtures.Model([], [Reported(Undp, Undp)])));
        var faults = ModelValidator.Validate(Fixtures.Model([], [Reported(Undp, Undp), Reported(AgencyId.Parse("nowhere"), AgencyId.Parse("atlantis"))]));

        Assert.Equal(["commitments[1].recipient", "commitments[1].reportedBy"], faults.Select(f => f.Path));
        Assert.Equal(new ValidationFault("commitments[1].reportedBy", "atlantis", "no agency has this id"), faults[1]);
    }

    [Fact]
    public void ModelWithTenFaults_ReportsAllTenWithPathsValuesAndRules()
    {
        var model = new MigDevModel(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents)
        {
            Programmes =
            [
                JmdiProgramme(),
                new Programme(Jmdi, "A second JMDI"),                                                                  // 1 duplicate id
                new Programme(ProgrammeId.Parse("jmdi-2"), "JMDI second phase")
                {
                    Partners = [new(AgencyId.Parse("unknown-agency"), OrganisationRole.Partner)],                      // 2 unknown agency
                    Parent = Jmdi, Period = Timeframe.Parse("2006/.."),                                                // 3 phase before its programme
                },
                new Programme(ProgrammeId.Parse("orphan"), "Orphan") { Parent = ProgrammeId.Parse("no-such-programme") }, // 4 unknown parent
            ],
            Commitments =
            [
                new FundingCommitment([new(Ec)], FundingStage.Commitment, new Money(10m, CurrencyCode.EUR)) { Programme = Jmdi },
                new FundingCommitment([new(Ec)], FundingStage.Disbursement, new Money(12m, CurrencyCode.EUR)) { Programme = Jmdi }, // 5 disbursed > committed
                new FundingCommitment([new(AgencyId.Parse("atlantis-aid"))], FundingStage.Pledge, new Money(1m, CurrencyCode.USD)) // 6 unknown funder
                {
                    Programme = ProgrammeId.Parse("no-such-programme"),                                                // 7 unknown programme
                },
            ],
            Themes = [new Theme(1, "Theme")],
            Roundtables = [new Roundtable(1, 2, "Roundtable")],                                                        // 8 unknown theme
            Sessions = [new Session(1, 'a', "Session")],
            Activities =
            [
                new Activity(1, 'b', "An activity", ["An objective"]),                                                 // 9 unknown session
                new Activity(1, 'a', "Another", ["An objective"], citations: [new("007", 1, 1, "quote")]),             // 10 unknown document
            ],
        };

        var faults = ModelValidator.Validate(model);
        Assert.Equal(
            [
                "programmes[1].id",
                "programmes[2].partners[0].agency",
                "programmes[2].period",
                "programmes[3].parent",
                "commitments[2].funders[0].funder",
                "commitments[2].programme",
                "commitments[1].amount",
                "roundtables[0].theme",
                "activities[0].session",
                "activities[1].citations[0].document",
            ],
            faults.Select(f => f.Path));
        Assert.Equal(10, faults.Length);
        Assert.Contains(faults, f => f.Value == "unknown-agency" && f.Rule == "no agency has this id");
        Assert.Contains(faults, f => f.Value == "EUR 12" && f.Rule.Contains("EUR 10", StringComparison.Ordinal));
        Assert.Contains(faults, f => f.Value == "1b");

        var ex = Assert.Throws<ModelValidationException>(() => ModelValidator.EnsureValid(model));
        Assert.Equal(faults, ex.Faults);
        Assert.Contains("10 faults", ex.Message, StringComparison.Ordinal);
        Assert.Contains("programmes[2].partners[0].agency: 'unknown-agency': no agency has this id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NullModel_ThrowsArgumentNull()
    {
        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => ModelValidator.Validate(null!)).ParamName);
        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => ModelValidator.EnsureValid(null!)).ParamName);
    }

    [Fact]
    public void Validate_DuplicateKeysAndUnresolvedMembershipsAndMeetings_InListOrder()
    {
        var model = new MigDevModel(MigDevCatalog.Default.Agencies, [.. MigDevCatalog.Default.Documents, MigDevCatalog.Default.Documents[0]]) // documents[5].id
        {
            Themes = [new Theme(1, "A"), new Theme(1, "B", [new("nope", 1, 1, "q")])],                                   // themes[1].number, themes[1].citations
            Roundtables = [new Roundtable(1, 1, "R")],
            Sessions = [new Session(1, 'a', "S"), new Session(2, 'a', "T")],                                             // sessions[1].roundtable
            Meetings = [new Meeting("GFMD") { Participants = [new(AgencyId.Parse("atlantis-aid"), OrganisationRole.Host)] }], // meetings[0].participants[0].agency
            Memberships = [new AgencyMembership(Undp, AgencyId.Parse("no-such-body"), OrganisationRole.Member, null)], // memberships[0].body
        };
        Assert.Equal(
            [
                "documents[5].id",
                "themes[1].number",
                "themes[1].citations[0].document",
                "sessions[1].roundtable",
                "meetings[0].participants[0].agency",
                "memberships[0].body",
            ],
            ModelValidator.Validate(model).Select(f => f.Path));
    }
}
