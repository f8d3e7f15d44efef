using System.Globalization;
using MigDev.Core;
using NodaTime;
using Spectre.Console;
using MigDev.Core.Catalog;

namespace MigDev.Core.Samples;

/// <summary>The catalog's story in numbered steps: what <c>dotnet run --project samples/MigDev.Core.Samples</c> prints.</summary>
public static class Story
{
    /// <summary>Tells the story.</summary>
    public static int Run(IAnsiConsole console)
    {
        var catalog = MigDevCatalog.Default;
        var model = catalog.Model;
        console.Write(new Rule("[bold]MigDev.Core[/]: the migration-and-development world of the UN system, as typed data").LeftJustified());
        console.MarkupLine($"The embedded catalog: what five source documents state, every record cited ({model.Documents.Length} documents).");

        // 1. The agencies, with their IATI identifiers where they have one.
        console.MarkupLine("");
        console.MarkupLine($"[bold]1. The agencies[/]: {model.Agencies.Count} organisations named by the sources");
        var kinds = new Table().AddColumn("Kind").AddColumn(new TableColumn("Agencies").RightAligned());
        foreach (var group in model.Agencies.GroupBy(a => a.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.ToString(), StringComparer.Ordinal))
        {
            kinds.AddRow(group.Key.ToString(), Text(group.Count()));
        }
        console.Write(kinds);
        foreach (var acronym in new[] { "UNDP", "IOM", "UNFPA", "UNHCR", "ILO" })
        {
            var agency = model.Agencies.GetByAcronym(acronym);
            console.MarkupLine($"   {Markup.Escape(agency.Acronym!)}: {Markup.Escape(agency.Name)}, IATI {Markup.Escape(agency.IatiIdentifier ?? "none")}");
        }

        // 2. JMDI: its partners and their roles, its countries, its money, and where the catalog read it.
        var jmdi = catalog.GetProgramme(ProgrammeId.Parse("jmdi"));
        console.MarkupLine("");
        console.MarkupLine($"[bold]2. {Markup.Escape(jmdi.Name)} ({Markup.Escape(jmdi.Acronym ?? "")})[/], period {jmdi.Period}");
        var partners = new Table().AddColumn("Partner").AddColumn("Role");
        foreach (var partner in jmdi.Partners)
        {
            partners.AddRow(Markup.Escape(model.Agencies.Get(partner.Agency).DisplayName), partner.Role.ToString());
        }
        console.Write(partners);
        var targets = jmdi.CountriesIn(CountryRelation.Target).Select(c => Country.Get(c).ShortName).ToList();
        console.MarkupLine($"   {targets.Count} target countries: {Markup.Escape(string.Join(", ", targets))}.");
        console.MarkupLine($"   Committed: {Markup.Escape(catalog.CommittedTo(jmdi.Id).ToString())}");
        console.MarkupLine($"   Cited: [italic]{Markup.Escape(jmdi.Citations[0].ToString())}[/]");

        // 3. The GFMD 2007 matrix, by roundtable.
        console.MarkupLine("");
        console.MarkupLine($"[bold]3. The GFMD 2007 matrix[/]: {model.Activities.Length} activities in {model.Sessions.Length} sessions");
        var tree = new Tree("GFMD 2007");
        foreach (var theme in model.Themes)
        {
            var themeNode = tree.AddNode($"Theme {theme.Number}: {Markup.Escape(theme.Title)}");
            foreach (var roundtable in model.Roundtables.Where(r => r.Theme == theme.Number))
            {
                var activities = model.Activities.Count(a => a.Roundtable == roundtable.Number);
                var rtNode = themeNode.AddNode($"Roundtable {roundtable.Number}: {Markup.Escape(roundtable.Title)} ({activities} activities)");
                foreach (var session in model.Sessions.Where(s => s.Roundtable == roundtable.Number))
                {
                    rtNode.AddNode($"{session.Key} {Markup.Escape(session.Title)}: {model.Activities.Count(a => a.Roundtable == session.Roundtable && a.Session == session.Letter)}");
                }
            }
        }
        console.Write(tree);

        // 4. The seeds' funding in USD and EUR, each at the ECB rate of its own value date.
        console.MarkupLine("");
        console.MarkupLine("[bold]4. The funding the sources state[/], in USD and EUR at ECB reference rates");
        console.MarkupLine("   A value date stated as a year or a month stands for the first ECB publication in it (the sources give no day).");
        Funding.WriteTable(console, model, Funding.FirstPublication, null);

        // 5. Who brings expertise to the matrix: a bar chart of activities per GMG member.
        console.MarkupLine("");
        console.MarkupLine("[bold]5. GFMD 2007 activities per GMG member with expertise[/]");
        var chart = new BarChart().Width(70);
        foreach (var (agency, count) in model.Activities.SelectMany(a => a.GmgMembersWithExpertise).GroupBy(a => a)
                     .Select(g => (Agency: model.Agencies.Get(g.Key), Count: g.Count())).OrderByDescending(x => x.Count).ThenBy(x => x.Agency.Id))
        {
            chart.AddItem(agency.Acronym ?? agency.Name, count, Color.Blue);
        }
        console.Write(chart);
        return 0;
    }

    internal static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Funding totals in a reporting currency: the <c>funding</c> command and step 4 of the story.</summary>
public static class Funding
{
    /// <summary>The first day with an ECB rate within a stated year, month or day, or its first day when none.</summary>
    public static LocalDate FirstPublication(PartialDate stated)
    {
        var provider = CurrencyConverter.Ecb.Provider;
        for (var day = stated.FirstDay; day <= stated.LastDay; day = day.PlusDays(1))
        {
            if (provider.TryGetRate(CurrencyCode.EUR, CurrencyCode.USD, day, out _))
            {
                return day;
            }
        }
        return stated.FirstDay;
    }

    /// <summary>The ECB rate a conversion used, as published (EUR→USD 1.3057 on 2012-12-03), even when the
    /// conversion went the other way (USD→EUR is its inverse).</summary>
    public static string Published(CurrencyConversion conversion)
    {
        var rate = conversion.FirstLeg ?? conversion.Rate;
        // An inverse rate (USD→EUR) is derived from the published EUR→USD of the same day: show that one.
        if (rate.Derivation == RateDerivation.Inverse
            && CurrencyConverter.Ecb.Provider.TryGetRate(rate.QuoteCurrency, rate.BaseCurrency, rate.Date, out var published))
        {
            rate = published;
        }
        var legs = conversion.SecondLeg is { } second ? $" and {second.BaseCurrency}→{second.QuoteCurrency} {second.Rate.ToString(CultureInfo.InvariantCulture)}" : "";
        return $"{rate.BaseCurrency}→{rate.QuoteCurrency} {rate.Rate.ToString(CultureInfo.InvariantCulture)}{legs} ({rate.Date:uuuu-MM-dd})";
    }

    /// <summary>Writes every commitment with an amount, converted to USD and EUR, each with its rate and date: at
    /// <paramref name="asOf"/> when given, else at its own value date.</summary>
    public static void WriteTable(IAnsiConsole console, MigDevModel model, Func<PartialDate, LocalDate> dayOf, LocalDate? asOf, IReadOnlyList<CurrencyCode>? currencies = null)
    {
        currencies ??= [CurrencyCode.USD, CurrencyCode.EUR];
        var table = new Table().AddColumn("Programme").AddColumn("Stage").AddColumn(new TableColumn("Amount").RightAligned()).AddColumn("Value date");
        foreach (var currency in currencies)
        {
            table.AddColumn(new TableColumn($"In {currency}").RightAligned());
        }
        var totals = currencies.ToDictionary(c => c, c => new Money(0m, c));
        foreach (var c in model.Commitments.Where(c => c.Amount is not null))
        {
            var row = new List<string> { Markup.Escape(c.Programme?.ToString() ?? "-"), c.Stage.ToString(), Markup.Escape(c.Amount!.Value.ToString("N", CultureInfo.InvariantCulture)), Markup.Escape(c.ValueDate?.ToString() ?? "not stated") };
            LocalDate? day = asOf ?? (c.ValueDate is { } vd ? dayOf(vd) : null);
            foreach (var currency in currencies)
            {
                if (day is not { } d)
                {
                    row.Add("[grey]no value date: not converted[/]");
                    continue;
                }
                var conversion = CurrencyConverter.Ecb.Convert(c.Amount.Value, currency, d, RatePolicy.LatestOnOrBefore(), MidpointRounding.ToEven);
                if (c.Stage == FundingStage.Commitment)
                {
                    totals[currency] += conversion.Converted;
                }
                row.Add(Markup.Escape(conversion.Original.Currency == currency
                    ? conversion.Converted.ToString("N", CultureInfo.InvariantCulture)
                    : $"{conversion.Converted.ToString("N", CultureInfo.InvariantCulture)} at {Published(conversion)}"));
            }
            table.AddRow([.. row]);
        }
        console.Write(table);
        console.MarkupLine($"   Commitments converted: {Markup.Escape(string.Join(" = ", totals.Values.Select(m => m.ToString("N", CultureInfo.InvariantCulture))))} (pledges and commitments without a date are not added).");
    }
}
