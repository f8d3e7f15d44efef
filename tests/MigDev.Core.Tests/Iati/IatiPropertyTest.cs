using CsCheck;
using MigDev.Core.Iati;
using NodaTime;
using MigDev.Core.Catalog;

namespace MigDev.Core.Tests.Iati;

public class IatiPropertyTest
{
    private static readonly AgencyId Funder = AgencyId.Parse("undp");

    private static readonly Gen<(Money Amount, LocalDate Start, int Months, int Countries)> Cases =
        Gen.Select(Gen.Long[1, 10_000_000_000_00L], Gen.Int[0, 2], Gen.Int[0, 20 * 365], Gen.Int[1, 12 * 12], Gen.Int[0, 40],
            (units, currency, day, months, countries) => (
                Money.FromMinorUnits(units, new[] { CurrencyCode.EUR, CurrencyCode.USD, CurrencyCode.JPY }[currency]),
                new LocalDate(2000, 1, 1).PlusDays(day), months, countries));

    [Fact]
    public void AnyCommitmentOverAPeriod_BecomesBudgets_OfAtMostAYear_ThatTileThePeriod_AndAddUp()
    {
        var countries = Country.All.Select(c => c.Code).ToArray();
        Cases.Sample(x =>
        {
            var period = new Timeframe(PartialDate.FromDate(x.Start), null, Period.FromMonths(x.Months));
            var programme = new Programme(ProgrammeId.Parse("p"), "P")
            {
                Partners = [new Participant(Funder, OrganisationRole.Funding)],
                Countries = [.. countries.Take(x.Countries).Select(c => new ProgrammeCountry(c, CountryRelation.ProgrammeCountry))],
                Period = period,
            };
            var commitment = new FundingCommitment([new FundingContribution(Funder)], FundingStage.Commitment, x.Amount)
            {
                Programme = programme.Id, ValueDate = PartialDate.FromDate(x.Start), Period = period,
            };
            var model = new MigDevModel(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents) { Programmes = [programme], Commitments = [commitment] };

            var a = Assert.Single(new IatiExporter(model, IatiExporterTest.Options).ExportAll().Activities);

            Assert.Empty(a.Findings); // no IATI rule broken: no budget over a year, no overlap, percentages 100
            Assert.Equal(x.Amount, a.Budgets.Select(b => b.Value!.Value).Aggregate((p, q) => p + q));
            Assert.Equal(x.Start, a.Budgets[0].Start);
            Assert.Equal(x.Start.PlusMonths(x.Months).PlusDays(-1), a.Budgets[^1].End);
            for (var i = 1; i < a.Budgets.Length; i++)
            {
                Assert.Equal(a.Budgets[i - 1].End!.Value.PlusDays(1), a.Budgets[i].Start);
            }
            if (x.Countries > 1)
            {
                Assert.Equal(100m, a.RecipientCountries.Sum(c => c.Percentage!.Value));
            }
            var back = new IatiImporter(model.Agencies, model.Documents).Import(IatiReader.Parse(new IatiExporter(model, IatiExporterTest.Options).ExportAll().ToXml()));
            Assert.Equal(x.Amount, Assert.Single(back.Model.Commitments, c => c.Stage == FundingStage.Commitment).Amount);
        }, iter: 300);
    }
}
