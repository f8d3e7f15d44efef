using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace MigDev.Core.Tests;

/// <summary>The repository's copy of data/rates/exchangerate-host-usd-2021-06-14.json, read independently of the
/// library: the price of one USD in each currency on 2021-06-14, exactly as written.</summary>
internal static class UsdTable
{
    public static readonly LocalDate Date = new(2021, 6, 14);

    public static readonly ExchangeRateSource Source = new("exchangerate.host USD table of 2021-06-14");

    private static readonly Lazy<Dictionary<string, decimal>> Loaded = new(Load);

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "data", "rates", "exchangerate-host-usd-2021-06-14.json");

    public static IReadOnlyDictionary<string, decimal> Rates => Loaded.Value;

    public static decimal Rate(string currency) => Loaded.Value[currency];

    /// <summary>The table as supplied rates, base USD, crossing through USD: the ISO 4217 codes only.</summary>
    public static SuppliedExchangeRateProvider Provider() =>
        SuppliedExchangeRateProvider.Empty
            .AddRange(Loaded.Value.Where(r => r.Key != "USD" && CurrencyCode.IsDefined(r.Key))
                .Select(r => new ExchangeRate(CurrencyCode.USD, CurrencyCode.Parse(r.Key), r.Value, Date, Source)))
            .WithPivotCurrency(CurrencyCode.USD);

    private static Dictionary<string, decimal> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path));
        return document.RootElement.GetProperty("rates").EnumerateObject()
            .ToDictionary(p => p.Name, p => decimal.Parse(p.Value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture));
    }
}
