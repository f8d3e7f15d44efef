using System.Globalization;
using NodaTime;
using MigDev.Core.Catalog;

namespace MigDev.Core.Samples.OwnProgramme;

/// <summary>Your own programme beside the catalog's. The organisation, programme and amounts here are an example of a
/// user's data, not something the source documents state.</summary>
public static class OwnProgrammeSample
{
    /// <summary>The example programme's id.</summary>
    public static readonly ProgrammeId Pilot = ProgrammeId.Parse("diaspora-skills-pilot");

    /// <summary>Runs the sample, writing what it does.</summary>
    public static int Run(TextWriter output)
    {
        // 1. Agencies come from the embedded catalog; your own organisation is one more.
        var iom = MigDevCatalog.Default.Agencies.GetByAcronym("IOM");
        var undp = MigDevCatalog.Default.Agencies.GetByAcronym("UNDP");
        var fund = new Agency(AgencyId.Parse("example-diaspora-fund"), "Example Diaspora Fund", AgencyKind.Foundation)
        {
            Note = "An example organisation of the sample.",
        };
        output.WriteLine($"1. Agencies: {iom.Name} ({iom.IatiIdentifier}) and {undp.Name} from the catalog, and your own {fund.Name}.");

        // 2. Your programme, with partners in their roles, countries, a period, and a parent from the catalog.
        var pilot = new Programme(Pilot, "Diaspora skills pilot")
        {
            Partners = [new Participant(fund.Id, OrganisationRole.Funding), new Participant(iom.Id, OrganisationRole.Implementing), new Participant(undp.Id, OrganisationRole.Partner)],
            Countries = [new ProgrammeCountry(CountryCode.Parse("SN"), CountryRelation.Pilot), new ProgrammeCountry(CountryCode.Parse("ML"), CountryRelation.Pilot)],
            Parent = ProgrammeId.Parse("jmdi"),
            Period = Timeframe.Parse("2024-03/P2Y"),
        };
        output.WriteLine($"2. Programme {pilot.Id}: {string.Join(", ", pilot.Partners.Select(p => $"{p.Agency} ({p.Role})"))}; pilots in {string.Join(", ", pilot.Countries.Select(c => Country.Get(c.Country).ShortName))}; {pilot.Period}.");

        // 3. Commitments in two currencies, then a catalog built and validated as a whole.
        FundingCommitment Commit(decimal amount, CurrencyCode currency, string valueDate, FundingStage stage = FundingStage.Commitment, ProgrammeId? programme = null) =>
            new([new FundingContribution(fund.Id)], stage, new Money(amount, currency)) { Recipient = iom.Id, Programme = programme ?? Pilot, ValueDate = PartialDate.Parse(valueDate) };
        var catalog = new MigDevCatalogBuilder(extending: MigDevCatalog.Default)
            .AddAgency(fund)
            .AddProgramme(pilot)
            .AddCommitment(Commit(250_000.00m, CurrencyCode.EUR, "2024-03-01"))
            .AddCommitment(Commit(120_000.00m, CurrencyCode.CHF, "2024-09"))
            .AddCommitment(Commit(100_000.00m, CurrencyCode.EUR, "2024-06-14", FundingStage.Disbursement))
            .Build("my catalog");
        output.WriteLine($"3. Built and valid: {catalog.Model.Programmes.Length} programmes (the catalog's and yours), committed to the pilot {catalog.CommittedTo(Pilot)}, outstanding {new FundingAnalytics(catalog.Model).Outstanding(Pilot)}.");

        // 4. Mistakes are reported all at once, each with its path, value and rule.
        try
        {
            new MigDevCatalogBuilder(extending: MigDevCatalog.Default)
                .AddAgency(fund)
                .AddProgramme(pilot)
                .AddCommitment(Commit(250_000.00m, CurrencyCode.EUR, "2024-03-01", programme: ProgrammeId.Parse("diaspora-skils-pilot")))
                .AddCommitment(Commit(300_000.00m, CurrencyCode.EUR, "2024-06-14", FundingStage.Disbursement))
                .Build("my catalog, with mistakes");
        }
        catch (ModelValidationException e)
        {
            output.WriteLine($"4. Not built: {e.Faults.Length} faults.");
            foreach (var fault in e.Faults)
            {
                output.WriteLine($"   {fault.Path} = {fault.Value}: {fault.Rule}");
            }
        }

        // 5. Totals in a reporting currency at the ECB's rates of a date, with every rate shown.
        var asOf = new LocalDate(2024, 12, 31);
        var total = catalog.CommittedTo(Pilot, CurrencyCode.USD, asOf, RatePolicy.LatestOnOrBefore());
        output.WriteLine($"5. Committed to the pilot in USD at the ECB rates of {asOf:uuuu-MM-dd} or the latest before: {total.Total}");
        foreach (var line in total.Lines)
        {
            output.WriteLine($"   {line.Original} = {line.Converted} at {line.Rate}");
        }
        return 0;
    }
}
