using System.Globalization;
using NodaTime;

namespace MigDev.Core.Tests;

/// <summary>The repository's copy of the ECB CSV, read independently of the library: the oracle for rate tests.</summary>
internal static class EcbCsv
{
    private static readonly Lazy<Data> Loaded = new(Load);

    public static IReadOnlyList<string> Currencies => Loaded.Value.Currencies;

    public static IReadOnlyList<LocalDate> Dates => Loaded.Value.Dates;

    /// <summary>The cell as written ("1.4688", "N/A"), or null when the date is not a publication date.</summary>
    public static string? Cell(LocalDate date, string currency) =>
        Loaded.Value.Rows.TryGetValue(date, out var row) ? row[Loaded.Value.Column[currency]] : null;

    public static decimal Rate(LocalDate date, string currency) =>
        decimal.Parse(Cell(date, currency) ?? throw new InvalidOperationException($"{date} is not an ECB date"), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static Data Load()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", "ecb", "eurofxref-hist.csv"));
        var header = lines[0].Split(',');
        var currencies = header.Skip(1).Where(h => h.Length > 0).ToList();
        var rows = new Dictionary<LocalDate, string[]>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var fields = line.Split(',');
            var date = LocalDate.FromDateOnly(DateOnly.ParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture));
            rows.Add(date, fields[1..(currencies.Count + 1)]);
        }
        return new Data(currencies, [.. rows.Keys.Order()], rows, currencies.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i));
    }

    private sealed record Data(List<string> Currencies, List<LocalDate> Dates, Dictionary<LocalDate, string[]> Rows, Dictionary<string, int> Column);
}
