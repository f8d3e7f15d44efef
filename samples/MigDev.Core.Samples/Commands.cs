using System.Globalization;
using MigDev.Core;
using MigDev.Core.Iati;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using MigDev.Core.Catalog;

namespace MigDev.Core.Samples;

/// <summary>The sample's subcommands, each writing to a console and returning the process exit code: 0 done, 1 the data
/// is wrong (a file that does not validate, a rate that does not exist), 2 the command line is wrong.</summary>
public static class Commands
{
    /// <summary><c>catalog</c>: counts; <c>--json</c> the document; <c>--search</c>; <c>--citing</c>.</summary>
    public static int Catalog(IAnsiConsole console, TextWriter stdout, bool json, string? search, string? citing)
    {
        var catalog = MigDevCatalog.Default;
        if (json)
        {
            stdout.Write(CatalogDocument.ToJson(catalog));
            stdout.Write('\n');
            return 0;
        }
        if (search is not null)
        {
            if (string.IsNullOrWhiteSpace(search))
            {
                return Usage(console, "--search needs a text.");
            }
            var (programmes, activities) = catalog.Search(search);
            foreach (var programme in programmes)
            {
                console.MarkupLine($"programme [bold]{Markup.Escape(programme.Id.ToString())}[/] {Markup.Escape(programme.DisplayName)} ({Markup.Escape(programme.Citations[0].DocumentId)}:{programme.Citations[0].FirstLine})");
            }
            foreach (var activity in activities)
            {
                console.MarkupLine($"activity {Markup.Escape(activity.ToString())}");
            }
            console.MarkupLine($"{programmes.Length} programmes, {activities.Length} activities.");
            return 0;
        }
        if (citing is not null)
        {
            if (!catalog.Model.Documents.Any(d => d.Id == citing))
            {
                return Usage(console, $"No source document '{citing}': the catalog has {string.Join(", ", catalog.Model.Documents.Select(d => d.Id))}.");
            }
            foreach (var record in catalog.Citing(citing))
            {
                console.MarkupLine(Markup.Escape(record.ToString()));
            }
            return 0;
        }
        var counts = new Table().AddColumn("Records").AddColumn(new TableColumn("Count").RightAligned());
        counts.AddRow("source documents", Story.Text(catalog.Model.Documents.Length));
        counts.AddRow("agencies", Story.Text(catalog.Model.Agencies.Count));
        counts.AddRow("programmes", Story.Text(catalog.Model.Programmes.Length));
        counts.AddRow("funding commitments", Story.Text(catalog.Model.Commitments.Length));
        counts.AddRow("GFMD 2007 activities", Story.Text(catalog.Model.Activities.Length));
        counts.AddRow("meetings", Story.Text(catalog.Model.Meetings.Length));
        counts.AddRow("memberships", Story.Text(catalog.Model.Memberships.Length));
        console.Write(counts);
        return 0;
    }

    /// <summary><c>funding</c>: the catalog's funding in a chosen currency, at each value date or at one date.</summary>
    public static int Funding(IAnsiConsole console, string currency, string? date)
    {
        if (!CurrencyCode.TryParse(currency, out var code))
        {
            return Usage(console, $"'{currency}' is not an ISO 4217 currency code.");
        }
        LocalDate? asOf = null;
        if (date is not null)
        {
            if (ParseDate(console, date) is not { } d)
            {
                return 2;
            }
            asOf = d;
        }
        console.MarkupLine(asOf is { } at
            ? $"The catalog's funding in {code} at the ECB rates of {at:uuuu-MM-dd} (or the latest before it):"
            : $"The catalog's funding in {code}, each amount at the ECB rate of its own value date:");
        try
        {
            Samples.Funding.WriteTable(console, MigDevCatalog.Default.Model, Samples.Funding.FirstPublication, asOf, [code]);
        }
        catch (ExchangeRateNotFoundException e)
        {
            console.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
            return 1;
        }
        return 0;
    }

    /// <summary><c>convert AMOUNT FROM TO [--date D] [--rates FILE]...</c>: one conversion at the official fixed euro rates
    /// and the ECB's reference rates, then the rate tables given (CSV or exchangerate.host JSON), each leg of the rate with
    /// its source and date.</summary>
    public static int Convert(IAnsiConsole console, string amount, string from, string to, string? date, IReadOnlyList<string>? rateFiles = null)
    {
        if (!decimal.TryParse(amount, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return Usage(console, $"'{amount}' is not an amount (digits, an optional '.' and sign).");
        }
        if (!CurrencyCode.TryParse(from, out var source) || !CurrencyCode.TryParse(to, out var target))
        {
            return Usage(console, $"'{(CurrencyCode.TryParse(from, out _) ? to : from)}' is not an ISO 4217 currency code.");
        }
        var day = date is null ? LocalDate.FromDateTime(DateTime.UtcNow) : ParseDate(console, date);
        if (day is null)
        {
            return 2;
        }
        if (rateFiles?.FirstOrDefault(f => !File.Exists(f)) is { } missing)
        {
            return Usage(console, $"No rates file '{missing}'.");
        }
        try
        {
            var converter = Converter(console, rateFiles ?? []);
            // A withdrawn currency (FRF) has no minor unit in ISO 4217 to round to: its amount is shown unrounded.
            var c = target.MinorUnit is null
                ? converter.Convert(new Money(value, source), target, day.Value, RatePolicy.LatestOnOrBefore())
                : converter.Convert(new Money(value, source), target, day.Value, RatePolicy.LatestOnOrBefore(), MidpointRounding.ToEven);
            console.MarkupLine($"{Markup.Escape(c.Original.ToString("N", CultureInfo.InvariantCulture))} = [bold]{Markup.Escape(c.Converted.ToString("N", CultureInfo.InvariantCulture))}[/]");
            console.MarkupLine($"   rate {Markup.Escape(c.Rate.ToString())}");
            foreach (var (leg, n) in new[] { c.FirstLeg, c.SecondLeg }.Select((l, i) => (l, i + 1)).Where(x => x.l is not null))
            {
                console.MarkupLine($"   leg {n}: {Markup.Escape(leg!.Value.ToString())}");
            }
            console.MarkupLine($"   asked for {day.Value:uuuu-MM-dd}, policy {Markup.Escape(c.AppliedPolicy.ToString())}, unrounded {Markup.Escape(c.Unrounded.ToString())}");
            return 0;
        }
        catch (Exception e) when (e is ExchangeRateNotFoundException or MigDevDataException)
        {
            console.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
            return 1;
        }
    }

    // The official fixed euro rates, the ECB, then each table given; a table's codes that are not ISO 4217 are skipped,
    // and said.
    private static CurrencyConverter Converter(IAnsiConsole console, IReadOnlyList<string> rateFiles)
    {
        List<IExchangeRateProvider> providers = [OfficialFixedRateProvider.Default, EcbExchangeRateProvider.Default];
        foreach (var file in rateFiles)
        {
            var skipped = new List<string>();
            providers.Add(ExchangeRateFile.Load(file, skipped));
            if (skipped.Count > 0)
            {
                console.MarkupLine($"[yellow]{Markup.Escape(Path.GetFileName(file))}: skipped {Markup.Escape(string.Join(", ", skipped.Distinct()))}, not ISO 4217 codes.[/]");
            }
        }
        return new CurrencyConverter(new CompositeExchangeRateProvider(providers));
    }

    /// <summary><c>iati export</c>: the catalog as IATI 2.03 XML, and what could not be written.</summary>
    public static int IatiExport(IAnsiConsole console, Stream output, string? reportingOrg, string? reportingOrgName, int reportingOrgType, IClock clock)
    {
        IatiReportingOrg publisher;
        if (reportingOrg is null)
        {
            publisher = IatiReportingOrg.Example;
            console.MarkupLine($"[yellow]No --reporting-org: using the IATI documentation's example identifier {publisher.Ref}. Pass your own to publish.[/]");
        }
        else
        {
            try
            {
                publisher = new IatiReportingOrg(reportingOrg, reportingOrgName ?? reportingOrg, reportingOrgType);
            }
            catch (ArgumentException e)
            {
                return Usage(console, e.Message);
            }
        }
        var export = new IatiExporter(MigDevCatalog.Default.Model, new IatiExportOptions(publisher, clock.GetCurrentInstant())).ExportAll();
        export.WriteTo(output);
        console.MarkupLine($"{export.Activities.Length} activities written.");
        foreach (var group in export.Findings.GroupBy(f => f.RuleId))
        {
            console.MarkupLine($"   {group.Count()} × {Markup.Escape(group.Key)}: {Markup.Escape(group.First().Message)}");
        }
        return 0;
    }

    /// <summary><c>iati import PATH [--currency EUR]</c>: an IATI file, or every <c>*.xml</c> file of a folder as one model,
    /// read with progress; the totals by stage and direction (money two publishers both report counted once, and the
    /// pairs), the organisations matched and created, and the findings.</summary>
    public static int IatiImport(IAnsiConsole console, string path, string currency)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return Usage(console, $"No file or folder '{path}'.");
        }
        if (!CurrencyCode.TryParse(currency, out var code))
        {
            return Usage(console, $"'{currency}' is not an ISO 4217 currency code.");
        }
        IatiImportResult result;
        try
        {
            result = Directory.Exists(path) ? ImportFolder(console, path) : ImportOneFile(console, path);
        }
        catch (Exception e) when (e is MigDevDataException or ArgumentException)
        {
            console.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
            return 1;
        }
        console.MarkupLine($"{result.Activities.Length} activities → {result.Model.Programmes.Length} programmes, {result.Model.Commitments.Length} funding lines, {result.NewAgencies.Length} new agencies.");
        var analytics = new FundingAnalytics(result.Model);
        TotalsByStageAndDirection(console, analytics, code);
        Pairs(console, analytics);
        Organisations(console, result);
        console.MarkupLine($"{result.Findings.Length} findings:");
        foreach (var group in result.Findings.GroupBy(f => f.RuleId).OrderByDescending(g => g.Count()))
        {
            console.MarkupLine($"   {group.Count()} × {Markup.Escape(group.Key)}, such as {Markup.Escape(group.First().ToString())}");
        }
        return 0;
    }

    private static IatiImportResult ImportOneFile(IAnsiConsole console, string path)
    {
        var importer = new IatiImporter(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents);
        if (!console.Profile.Capabilities.Interactive)
        {
            // A file or a pipe gets no progress bar: it would keep its first frame, "0%".
            return importer.ImportFile(path);
        }
        IatiImportResult? result = null;
        using var file = File.OpenRead(path);
        var length = file.Length;
        console.Progress().AutoClear(false).Start(progress =>
        {
            var task = progress.AddTask($"Reading {Markup.Escape(Path.GetFileName(path))}", maxValue: length);
            IEnumerable<IatiActivity> Tracked()
            {
                foreach (var activity in IatiReader.Read(file, path))
                {
                    task.Value = file.Position;
                    yield return activity;
                }
                task.Value = length;
            }
            result = importer.Import(Tracked());
        });
        return result!;
    }

    private static IatiImportResult ImportFolder(IAnsiConsole console, string path)
    {
        var importer = new IatiImporter(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents);
        if (!console.Profile.Capabilities.Interactive)
        {
            // A file or a pipe gets a line per file read instead of a progress bar.
            return importer.ImportDirectory(path, new Progress(p =>
            {
                if (p.IsFileDone)
                {
                    console.MarkupLine(Markup.Escape(p.ToString()));
                }
            }));
        }
        IatiImportResult? result = null;
        console.Progress().AutoClear(false).Start(progress =>
        {
            var task = progress.AddTask($"Reading {Markup.Escape(path)}", maxValue: 1);
            var report = new Progress(p =>
            {
                task.MaxValue = p.FileCount;
                task.Value = p.FileNumber - (p.IsFileDone ? 0 : 1);
                task.Description = Markup.Escape(p.ToString());
            });
            result = importer.ImportDirectory(path, report);
        });
        return result!;
    }

    // Every stage the import has, each direction on its own lines: counted once, what the reporters said where it differs,
    // and what converts at the ECB's rates (the ECB never published some currencies: what does not convert is named).
    private static void TotalsByStageAndDirection(IAnsiConsole console, FundingAnalytics analytics, CurrencyCode code)
    {
        foreach (var stage in Enum.GetValues<FundingStage>())
        {
            var once = analytics.Summarize(stage);
            var reported = analytics.Summarize(stage, FlowCounting.AsReported);
            var conversion = once.ByDirection.Count == 0 ? null : analytics.ConvertAll(stage, CurrencyConverter.Ecb, code, RatePolicy.LatestOnOrBefore(), d => d.FirstDay);
            foreach (var (direction, total) in once.ByDirection)
            {
                var name = direction == FlowDirection.Unstated ? stage.ToString() : $"{stage}, {direction.ToString().ToLowerInvariant()}";
                console.MarkupLine($"[bold]{Markup.Escape(name)}[/]: {Markup.Escape(Amounts(total))}");
                if (reported.ByDirection[direction] != total)
                {
                    console.MarkupLine($"   as reported, flows of two publishers twice: {Markup.Escape(Amounts(reported.ByDirection[direction]))}");
                }
                console.MarkupLine($"   in {code} at value dates: {Markup.Escape(Converted(conversion!, direction, code))}");
            }
        }
    }

    private static string Amounts(MoneyBag bag) => string.Join("; ", bag.Select(m => m.ToString("N", CultureInfo.InvariantCulture)));

    private static string Converted(FundingConversion conversion, FlowDirection direction, CurrencyCode code)
    {
        var sum = conversion.Lines.Where(l => l.Commitment.Direction == direction).Aggregate(new Money(0m, code), (total, l) => total + l.Conversion.Converted);
        var missing = conversion.Unconverted.Where(u => u.Commitment.Direction == direction)
            .GroupBy(u => u.Reason == UnconvertedReason.NoValueDate ? "no value date" : $"no ECB rate for {u.Commitment.Amount!.Value.Currency}")
            .Select(g => $"{g.Count()} with {g.Key}").Order(StringComparer.Ordinal).ToList();
        return sum.ToString("N", CultureInfo.InvariantCulture) + (missing.Count == 0 ? "" : $", without {string.Join(", ", missing)}");
    }

    private static void Pairs(IAnsiConsole console, FundingAnalytics analytics)
    {
        console.MarkupLine($"{analytics.Pairs.Length} flows reported by both ends (each counted once above):");
        foreach (var pair in analytics.Pairs)
        {
            console.MarkupLine($"   {Markup.Escape(pair.ToString())}");
        }
    }

    private static void Organisations(IAnsiConsole console, IatiImportResult result)
    {
        console.MarkupLine($"{result.Organisations.Length} spellings of organisations:");
        foreach (var kind in result.Organisations.GroupBy(o => o.Kind).OrderBy(g => g.Key))
        {
            var agencies = kind.Select(o => o.Agency).Distinct().Count();
            var examples = string.Join("; ", kind.Take(3).Select(o => o.ToString()));
            console.MarkupLine($"   {kind.Count()} {(kind.Key == IatiOrganisationMatchKind.New ? "created" : $"matched by {kind.Key.ToString().ToLowerInvariant()}")} → {agencies} agencies, such as {Markup.Escape(examples)}");
        }
    }

    private sealed class Progress(Action<IatiImportProgress> report) : IProgress<IatiImportProgress>
    {
        public void Report(IatiImportProgress value) => report(value);
    }

    /// <summary><c>validate FILE [--standalone]</c>: a catalog document checked, as extending the embedded catalog (its
    /// records may refer to the embedded agencies and programmes) or on its own; every fault with its path.</summary>
    public static int Validate(IAnsiConsole console, string path, bool standalone = false)
    {
        if (!File.Exists(path))
        {
            return Usage(console, $"No file '{path}'.");
        }
        try
        {
            var catalog = CatalogDocument.LoadFile(path, extending: standalone ? null : MigDevCatalog.Default);
            console.MarkupLine($"[green]valid[/]: {Markup.Escape(path)}{(standalone ? "" : " (with the embedded catalog it extends)")}: {catalog.Model.Programmes.Length} programmes, {catalog.Model.Commitments.Length} commitments, {catalog.Model.Agencies.Count} agencies.");
            return 0;
        }
        catch (MigDevDataException e)
        {
            console.MarkupLine($"[red]invalid[/]: {Markup.Escape(path)}");
            if (e.Faults.IsEmpty)
            {
                console.MarkupLine($"   at {Markup.Escape(e.Path ?? "$")}: {Markup.Escape(e.Message)}");
            }
            foreach (var fault in e.Faults)
            {
                console.MarkupLine($"   at {Markup.Escape(fault.Path)}: {Markup.Escape(fault.Rule)} (value: {Markup.Escape(fault.Value ?? "null")})");
            }
            return 1;
        }
    }

    private static LocalDate? ParseDate(IAnsiConsole console, string text)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }
        Usage(console, $"'{text}' is not a date (yyyy-MM-dd).");
        return null;
    }

    private static int Usage(IAnsiConsole console, string message)
    {
        console.MarkupLine($"[red]{Markup.Escape(message)}[/]");
        return 2;
    }
}
