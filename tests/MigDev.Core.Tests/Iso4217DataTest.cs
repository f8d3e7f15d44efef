using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace MigDev.Core.Tests;

/// <summary>
/// The embedded ISO 4217 table against the repository's copy of the source CSV (data/iso4217), read here
/// independently of the generator: a stale or wrongly generated table fails.
/// </summary>
public partial class Iso4217DataTest
{
    private static readonly string DataDirectory = Path.Combine(AppContext.BaseDirectory, "data", "iso4217");

    private static readonly List<string[]> Rows = [.. File.ReadLines(Path.Combine(DataDirectory, "codes-all.csv"))
        .Skip(1)
        .Select(TestCsv.Split)
        .Where(f => f[2].Length > 0)];

    [Fact]
    public void ValidateTestData_SourceHasTheRowsTheReadmeDescribes()
    {
        Assert.True(Rows.Count > 400, $"{Rows.Count} rows");
        Assert.Contains(Rows, r => r[2] == "BGN" && r[5] == "2026-01");
        Assert.Contains(Rows, r => r[2] == "CYP" && r[5] == "2008-01");
    }

    [Fact]
    public void All_HasExactlyTheCodesOfTheCsv()
    {
        var expected = Rows.Select(r => r[2]).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, CurrencyCode.All.Select(c => c.Code));
    }

    [Fact]
    public void CurrentCodes_MatchTableA1Rows()
    {
        var current = Rows.Where(r => r[5].Length == 0).GroupBy(r => r[2]).ToList();
        Assert.Equal(current.Select(g => g.Key).Order(StringComparer.Ordinal), CurrencyCode.Current.Select(c => c.Code));
        foreach (var group in current)
        {
            var row = group.First();
            var code = CurrencyCode.Parse(group.Key);
            Assert.True(code.IsCurrent, group.Key);
            Assert.Equal(int.Parse(row[3], CultureInfo.InvariantCulture), code.NumericCode);
            Assert.Equal(Normalize(row[1]), code.Name);
            if (row[4] == "-")
            {
                Assert.Null(code.MinorUnit);
                Assert.False(code.IsMinorUnitApplicable, group.Key);
            }
            else
            {
                Assert.Equal(int.Parse(row[4], CultureInfo.InvariantCulture), code.MinorUnit);
            }
        }
    }

    [Fact]
    public void WithdrawnCodes_HaveTheLatestWithdrawalMonthOfTableA3()
    {
        var legacy = File.ReadLines(Path.Combine(DataDirectory, "legacy-minor-units.csv")).Skip(1)
            .Select(l => l.Split(','))
            .ToDictionary(f => f[0], f => int.Parse(f[1], CultureInfo.InvariantCulture));
        var withdrawn = Rows.GroupBy(r => r[2]).Where(g => g.All(r => r[5].Length > 0)).ToList();
        Assert.True(withdrawn.Count > 100);
        foreach (var group in withdrawn)
        {
            var code = CurrencyCode.Parse(group.Key);
            Assert.False(code.IsCurrent, group.Key);
            var plain = group.Select(r => r[5]).Where(w => Regex.IsMatch(w, @"^\d{4}-\d{2}$")).ToList();
            var spans = group.Select(r => r[5]).Except(plain).ToList();
            var month = code.WithdrawalMonth!.Value;
            foreach (var w in plain)
            {
                Assert.True(month >= YearMonthOf(w), $"{group.Key}: {month} before {w}");
            }
            if (spans.Count == 0)
            {
                Assert.Equal(plain.Max(YearMonthOf), month);
            }
            foreach (var span in spans)
            {
                // "1978 to 1981", "1989-1990", "1990-07 to 1990-09": the span ends in the year of the withdrawal month.
                Assert.EndsWith(month.Year.ToString(CultureInfo.InvariantCulture) + (span.Length == 18 ? $"-{month.Month:00}" : ""), span, StringComparison.Ordinal);
            }
            Assert.Equal(legacy.TryGetValue(group.Key, out var mu) ? mu : null, code.MinorUnit);
        }
    }

    [Fact]
    public void LegacySupplement_CoversTheNineEcbLegacyCurrencies()
    {
        var legacy = File.ReadLines(Path.Combine(DataDirectory, "legacy-minor-units.csv")).Skip(1).Select(l => l.Split(',')[0]);
        Assert.Equal(["CYP", "EEK", "LTL", "LVL", "MTL", "ROL", "SIT", "SKK", "TRL"], legacy.Order(StringComparer.Ordinal));
    }

    private static YearMonth YearMonthOf(string text) =>
        new(int.Parse(text[..4], CultureInfo.InvariantCulture), int.Parse(text[5..], CultureInfo.InvariantCulture));

    private static string Normalize(string s) => Regex.Replace(s.Replace('\u00a0', ' '), @"\s+", " ").Trim();

}
