using System.Globalization;

namespace MigDev.Core.Samples.Web.Tests;

/// <summary>data/ecb/eurofxref-hist.csv read directly: the euro rate of each currency on each day the ECB published.</summary>
internal static class EcbCsv
{
    private static readonly Lazy<Dictionary<DateOnly, Dictionary<string, decimal>>> Rows = new(Read);

    /// <summary>The row of a day, or of the latest day on or before it within 4 days (the app's policy), and its date.</summary>
    public static (DateOnly Date, Dictionary<string, decimal> Rates) OnOrBefore(DateOnly day)
    {
        for (var back = 0; back <= 4; back++)
        {
            if (Rows.Value.TryGetValue(day.AddDays(-back), out var row))
            {
                return (day.AddDays(-back), row);
            }
        }
        throw new KeyNotFoundException($"no ECB row within 4 days before {day}");
    }

    /// <summary>Whether the ECB published the rate of a currency on a date.</summary>
    public static decimal Rate(DateOnly date, string currency) => Rows.Value[date][currency];

    private static Dictionary<DateOnly, Dictionary<string, decimal>> Read()
    {
        var lines = File.ReadAllLines(WebFactory.Data("ecb", "eurofxref-hist.csv"));
        var header = lines[0].Split(',');
        var rows = new Dictionary<DateOnly, Dictionary<string, decimal>>();
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            var row = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["EUR"] = 1m };
            for (var i = 1; i < cells.Length && i < header.Length; i++)
            {
                if (decimal.TryParse(cells[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var rate))
                {
                    row[header[i]] = rate;
                }
            }
            rows[DateOnly.ParseExact(cells[0], "yyyy-MM-dd", CultureInfo.InvariantCulture)] = row;
        }
        return rows;
    }
}
