using MigDev.Core;
using MigDev.Core.Catalog;
using NodaTime;

// Money: exact amounts in one currency each, split without losing a cent.
var pledge = new Money(15_000_000.00m, CurrencyCode.EUR);
var shares = pledge.Allocate([60m, 40m]);
Console.WriteLine($"{pledge} split 60/40: {string.Join(", ", shares.Shares)}");   // EUR 9000000.00, EUR 6000000.00

// Dated conversion at the ECB's published rate, the rate, its date and source kept on the result.
var usd = CurrencyConverter.Ecb.Convert(pledge, CurrencyCode.USD, new LocalDate(2008, 1, 2), RatePolicy.ExactDate, MidpointRounding.ToEven);
Console.WriteLine($"{usd.Original} = {usd.Converted} at {usd.Rate}");            // USD 22032000.00 at EUR→USD 1.4688 on 2008-01-02

// The embedded catalog: what five source documents state, every record cited.
var catalog = MigDevCatalog.Default;
var jmdi = catalog.GetProgramme(ProgrammeId.Parse("jmdi"));
Console.WriteLine($"{jmdi.Name}: {jmdi.Partners.Length} partners, committed {catalog.CommittedTo(jmdi.Id)}");
Console.WriteLine($"Cited: {jmdi.Citations[0]}");
