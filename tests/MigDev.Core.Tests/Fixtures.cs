using MigDev.Core.Catalog;

namespace MigDev.Core.Tests;

/// <summary>
/// The fixtures the tests share, built once here: JMDI and its funding as the seeds state them (each citation is
/// checked verbatim against its seed by <c>ProgrammeTest</c> and <c>FundingCommitmentTest</c>), the agencies they name,
/// and a builder of models over the embedded catalog's agencies and documents.
/// </summary>
internal static class Fixtures
{
    public static readonly AgencyId Undp = AgencyId.Parse("undp");
    public static readonly AgencyId Ec = AgencyId.Parse("european-commission");
    public static readonly AgencyId Sdc = AgencyId.Parse("sdc");
    public static readonly AgencyId Iom = AgencyId.Parse("iom");
    public static readonly ProgrammeId JmdiId = ProgrammeId.Parse("jmdi");
    public static readonly ProgrammeId Jmdi2Id = ProgrammeId.Parse("jmdi-2");

    /// <summary>Seed 001, line 90 (footnote 5): JMDI's target countries, as written.</summary>
    public const string JmdiTargetCountries = "Algeria, Cape Verde, Ecuador, Egypt, Ethiopia, Georgia, Ghana, Jamaica, Mali, the Republic of Moldova, Morocco, Nigeria, the Philippines, Senegal, Sri Lanka and Tunisia";

    /// <summary>JMDI as seeds 000, 001 and 003 state it: partners with their roles, sixteen target countries, since 2008.</summary>
    public static Programme Jmdi() => new(JmdiId, "Joint Migration and Development Initiative")
    {
        Acronym = "JMDI",
        Aliases = ["JMIDI"],
        Partners =
        [
            new(Undp, OrganisationRole.Implementing),
            new(AgencyId.Parse("ilo"), OrganisationRole.Partner),
            new(Iom, OrganisationRole.Partner),
            new(AgencyId.Parse("unfpa"), OrganisationRole.Partner),
            new(AgencyId.Parse("unhcr"), OrganisationRole.Partner),
            new(AgencyId.Parse("un-women"), OrganisationRole.Partner, Timeframe.Parse("2012/..")),
            new(Ec, OrganisationRole.Funding),
        ],
        Countries = [.. JmdiTargetCountries.Replace(" and ", ", ", StringComparison.Ordinal).Split(", ").Select(n => new ProgrammeCountry(Country.Resolve(n).Code, CountryRelation.Target))],
        Period = Timeframe.Since(PartialDate.FromYear(2008)),
        Citations =
        [
            new("000", 15, 15, "UNDP, together with ILO, IOM, UNFPA and UNHCR, will be jointly managing a 15 million euros programme on migration and development on behalf of the European Commission starting in 2008"),
            new("001", 74, 74, "JMDI is a global inter-agency programme implemented by UNDP in partnership with ILO, IOM, UNFPA and the Office of the UN High Commissioner for Refugees (UNHCR) and (since 2012) UN Women. It was first launched in 2008"),
            new("001", 90, 90, "The target countries are: " + JmdiTargetCountries + "."),
            new("003", 78, 78, "JMIDI"),
        ],
    };

    /// <summary>JMDI's second phase, seed 001 line 84: from December 2012, three years, UNDP with the EC and the SDC.</summary>
    public static Programme JmdiSecondPhase() => new(Jmdi2Id, "Joint Migration and Development Initiative, second phase")
    {
        Acronym = "JMDI",
        Partners = [new(Undp, OrganisationRole.Implementing), new(Ec, OrganisationRole.Funding), new(Sdc, OrganisationRole.Funding)],
        Parent = JmdiId,
        Phase = 2,
        Period = Timeframe.Parse("2012-12/P3Y"),
        Citations = [new("001", 84, 84, "JMDI entered its second phase of programme implementation in December 2012")],
    };

    /// <summary>Seed 000, line 15: "a 15 million euros programme ... on behalf of the European Commission starting in 2008".</summary>
    public static FundingCommitment JmdiPhase1Funding() => new([new(Ec)], FundingStage.Commitment, new Money(15_000_000m, CurrencyCode.EUR))
    {
        Recipient = Undp, Programme = JmdiId, ValueDate = PartialDate.FromYear(2008),
        Citations = [new("000", 15, 15, "a 15 million euros programme on migration and development on behalf of the European Commission starting in 2008")],
    };

    /// <summary>Seed 001, line 84: "funded over three years, with a total budget of USD 9.5 million, contributed by the
    /// European Commission and the Swiss Agency for Development and Cooperation".</summary>
    public static FundingCommitment JmdiPhase2Funding() => new([new(Ec), new(Sdc)], FundingStage.Commitment, new Money(9_500_000m, CurrencyCode.USD))
    {
        Recipient = Undp, Programme = Jmdi2Id, ValueDate = PartialDate.Parse("2012-12"),
        Period = Timeframe.Parse("2012-12/P3Y"), IsIndicative = true,
        Citations = [new("001", 84, 84, "Programme activities are funded over three years, with a total budget of USD 9.5 million, contributed by the European Commission and the Swiss Agency for Development and Cooperation")],
    };

    /// <summary>A model over the embedded catalog's agencies and documents, holding what the caller adds.</summary>
    public static MigDevModel Model(IEnumerable<Programme>? programmes = null, IEnumerable<FundingCommitment>? commitments = null) =>
        new(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents)
        {
            Programmes = [.. programmes ?? []],
            Commitments = [.. commitments ?? []],
        };
}
