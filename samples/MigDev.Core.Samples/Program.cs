// MigDev.Core, told in numbered steps. Runs offline on the data embedded in the package.
//   dotnet run --project samples/MigDev.Core.Samples                    the story
//   dotnet run --project samples/MigDev.Core.Samples -- catalog --json  the whole catalog as canonical JSON
//   ... -- catalog --search diaspora / --citing 001                     search; everything a document states
using System.CommandLine;
using MigDev.Core;
using NodaTime;
using Spectre.Console;

var root = new RootCommand("MigDev.Core: the migration-and-development world of the UN system, as typed data.");
root.SetAction(_ => Story());

var json = new Option<bool>("--json") { Description = "Write the whole catalog as the library's canonical JSON to standard output." };
var search = new Option<string?>("--search") { Description = "List the programmes and GFMD activities whose names or texts contain this text." };
var citing = new Option<string?>("--citing") { Description = "List every record citing a source document, such as 001." };
var catalogCommand = new Command("catalog", "Browse the embedded catalog.") { json, search, citing };
catalogCommand.SetAction(parse =>
{
    var catalog = MigDevCatalog.Default;
    if (parse.GetValue(json))
    {
        using var stdout = Console.OpenStandardOutput();
        catalog.WriteTo(stdout);
        stdout.WriteByte((byte)'\n');
        return 0;
    }
    if (parse.GetValue(search) is { } text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Console.Error.WriteLine("--search needs a text.");
            return 2;
        }
        var (programmes, activities) = catalog.Search(text);
        foreach (var programme in programmes)
        {
            AnsiConsole.MarkupLine($"programme [bold]{Markup.Escape(programme.Id.ToString())}[/] {Markup.Escape(programme.DisplayName)} ({Markup.Escape(programme.Citations[0].DocumentId)}:{programme.Citations[0].FirstLine})");
        }
        foreach (var activity in activities)
        {
            AnsiConsole.MarkupLine($"activity {Markup.Escape(activity.ToString())}");
        }
        AnsiConsole.MarkupLine($"{programmes.Length} programmes, {activities.Length} activities.");
        return 0;
    }
    if (parse.GetValue(citing) is { } document)
    {
        if (!catalog.Model.Documents.Any(d => d.Id == document))
        {
            Console.Error.WriteLine($"No source document '{document}': the catalog has {string.Join(", ", catalog.Model.Documents.Select(d => d.Id))}.");
            return 2;
        }
        foreach (var record in catalog.Citing(document))
        {
            AnsiConsole.MarkupLine(Markup.Escape(record.ToString()));
        }
        return 0;
    }
    var counts = new Table().AddColumn("Records").AddColumn(new TableColumn("Count").RightAligned());
    counts.AddRow("source documents", catalog.Model.Documents.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    counts.AddRow("agencies", catalog.Model.Agencies.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    counts.AddRow("programmes", catalog.Model.Programmes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    counts.AddRow("funding commitments", catalog.Model.Commitments.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    counts.AddRow("GFMD 2007 activities", catalog.Model.Activities.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    counts.AddRow("meetings", catalog.Model.Meetings.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    counts.AddRow("memberships", catalog.Model.Memberships.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    AnsiConsole.Write(counts);
    return 0;
});
root.Subcommands.Add(catalogCommand);
return root.Parse(args).Invoke();

static int Story()
{
    AnsiConsole.Write(new Rule("[bold]MigDev.Core[/]: money for migration and development").LeftJustified());

    // 1. Currencies: every ISO 4217 code, current and withdrawn, ships in the package.
    AnsiConsole.MarkupLine("[bold]1. Currencies[/]");
    var cyp = CurrencyCode.Parse("CYP");
    AnsiConsole.MarkupLine($"   {CurrencyCode.Current.Length} current ISO 4217 codes, {CurrencyCode.All.Length} with the withdrawn ones.");
    AnsiConsole.MarkupLine($"   Is XYZ a currency? {CurrencyCode.IsDefined("XYZ")}. Minor unit of KWD: {CurrencyCode.Parse("KWD").MinorUnit}.");
    AnsiConsole.MarkupLine($"   CYP ({cyp.Name}) withdrawn {cyp.WithdrawalMonth}: in use on 2009-03-01? {cyp.IsInUseOn(new LocalDate(2009, 3, 1))}.");

    // 2. Money: exact decimal amounts that never mix currencies.
    AnsiConsole.MarkupLine("[bold]2. Money[/]");
    var pledge = Money.Parse("EUR 15000000.00");
    var topUp = new Money(250_000.00m, CurrencyCode.EUR);
    AnsiConsole.MarkupLine($"   {pledge} + {topUp} = {pledge + topUp}");
    try
    {
        _ = pledge + new Money(5m, CurrencyCode.USD);
    }
    catch (CurrencyMismatchException ex)
    {
        AnsiConsole.MarkupLine($"   EUR + USD refused: [italic]{Markup.Escape(ex.Message)}[/]");
    }
    AnsiConsole.MarkupLine($"   USD 10.125 rounded to the cent (to even): {Money.Parse("USD 10.125").Round()}");

    // 3. Allocation: split a total between co-financers without losing a cent.
    AnsiConsole.MarkupLine("[bold]3. Allocation[/]");
    var split = new Money(1.00m, CurrencyCode.USD).Allocate(60);
    AnsiConsole.MarkupLine($"   USD 1.00 in 60 shares: {split.Shares.Count(s => s.Amount == 0.02m)} × 0.02 and {split.Shares.Count(s => s.Amount == 0.01m)} × 0.01, total {Money.Sum(split.Shares)}.");

    // 4. MoneyBag: honest multi-currency totals, never converted behind your back.
    AnsiConsole.MarkupLine("[bold]4. MoneyBag[/]");
    var bag = MoneyBag.Of([pledge, new Money(2_500_000.00m, CurrencyCode.USD), topUp]);
    var table = new Table().AddColumn("Currency").AddColumn(new TableColumn("Subtotal").RightAligned());
    foreach (var subtotal in bag)
    {
        table.AddRow(subtotal.Currency.Code, subtotal.Amount.ToString("N2", System.Globalization.CultureInfo.InvariantCulture));
    }
    AnsiConsole.Write(table);

    // 5. The seeds' funding at the ECB's rate of its date, with the rate, its date and source on the result.
    AnsiConsole.MarkupLine("[bold]5. ECB exchange rates[/]");
    var ecb = CurrencyConverter.Ecb;
    var firstOf2008 = new LocalDate(2008, 1, 2);
    foreach (var (label, amount) in new[] { ("JMDI (seed 000)", new Money(15_000_000m, CurrencyCode.EUR)), ("MDG Achievement Fund (seed 000)", new Money(528_000_000m, CurrencyCode.EUR)) })
    {
        var usd = ecb.Convert(amount, CurrencyCode.USD, firstOf2008, RatePolicy.ExactDate, MidpointRounding.ToEven);
        AnsiConsole.MarkupLine($"   {label}: {usd.Original} = [bold]{usd.Converted}[/] at {Markup.Escape(usd.Rate.ToString())}");
    }
    var cross = ecb.Convert(new Money(1_000_000m, CurrencyCode.USD), CurrencyCode.GBP, new LocalDate(2008, 1, 5), RatePolicy.LatestOnOrBefore(), MidpointRounding.ToEven);
    AnsiConsole.MarkupLine($"   USD→GBP on Saturday 2008-01-05 ({cross.AppliedPolicy}): {cross.Converted}, {cross.DaysBack} day back, legs {Markup.Escape(cross.FirstLeg.ToString()!)} and {Markup.Escape(cross.SecondLeg.ToString()!)}");
    try
    {
        ecb.Convert(new Money(1m, CurrencyCode.Parse("CYP")), CurrencyCode.EUR, new LocalDate(2009, 3, 1), RatePolicy.LatestOnOrBefore());
    }
    catch (ExchangeRateNotFoundException ex)
    {
        AnsiConsole.MarkupLine($"   CYP in 2009: [italic]{Markup.Escape(ex.Message)}[/]");
    }
    var inUsd = ecb.Total(bag, CurrencyCode.USD, firstOf2008, RatePolicy.ExactDate);
    AnsiConsole.MarkupLine($"   The bag of step 4 in USD on {firstOf2008:uuuu-MM-dd}: {inUsd.Total} (rounding residual {inUsd.RoundingResidual}).");

    // 6. The embedded catalog: what the five source documents state, every record cited.
    AnsiConsole.MarkupLine("[bold]6. The catalog[/]");
    var catalog = MigDevCatalog.Default;
    var jmdiProgramme = catalog.GetProgramme(ProgrammeId.Parse("jmdi"));
    AnsiConsole.MarkupLine($"   {catalog.Model.Programmes.Length} programmes, {catalog.Model.Activities.Length} GFMD 2007 activities, {catalog.Model.Meetings.Length} meetings, {AgencyDirectory.Default.Count} organisations.");
    AnsiConsole.MarkupLine($"   {Markup.Escape(jmdiProgramme.Name)}: partners {string.Join(", ", jmdiProgramme.Partners.Select(p => $"{p.Agency} ({p.Role})"))}.");
    AnsiConsole.MarkupLine($"   Its target countries: {string.Join(", ", jmdiProgramme.CountriesIn(CountryRelation.Target).Select(c => c.Country.ShortName))}.");
    AnsiConsole.MarkupLine($"   Cited: [italic]{Markup.Escape(jmdiProgramme.Citations[0].ToString())}[/]");
    var chart = new BarChart().Label("GFMD 2007 activities per GMG member with expertise").Width(70);
    foreach (var agency in new[] { "iom", "undp", "unhcr", "unfpa", "unodc", "un-desa" })
    {
        chart.AddItem(agency, catalog.ActivitiesWithExpertise(AgencyId.Parse(agency)).Length, Color.Blue);
    }
    AnsiConsole.Write(chart);
    return 0;
}
