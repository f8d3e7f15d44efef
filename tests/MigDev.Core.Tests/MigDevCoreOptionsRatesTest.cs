using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MigDev.Core.DependencyInjection;
using NodaTime;

namespace MigDev.Core.Tests;

/// <summary>AddMigDevCore's rate options (issue 17): your tables before and after the ECB, the official fixed rates, an
/// ECB file layered over the history, the refresher. The expected rates are read here from the real files directly.</summary>
public class MigDevCoreOptionsRatesTest
{
    private static readonly string UsdTable = Path.Combine(AppContext.BaseDirectory, "data", "rates", "exchangerate-host-usd-2021-06-14.json");
    private static readonly string EcbFile = Path.Combine(AppContext.BaseDirectory, "data", "ecb", "eurofxref-hist.csv");
    private static readonly LocalDate Day = new(2021, 6, 14);

    private static decimal UsdTo(string code)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(UsdTable));
        return json.RootElement.GetProperty("rates").GetProperty(code).GetDecimal();
    }

    private static ServiceProvider Build(Action<MigDevCoreOptions> configure) =>
        new ServiceCollection().AddMigDevCore(configure).BuildServiceProvider(validateScopes: true);

    [Fact]
    public void FallbackTable_GivesTheCurrenciesTheEcbNeverPublished_EachLegWithItsSource()
    {
        using var provider = Build(o =>
        {
            o.FallbackRateTables.Add(UsdTable);
            o.SkippedCurrencyCodes.UnionWith(["BTC", "CNH", "GGP", "IMP", "JEP"]);
        });
        var converter = provider.GetRequiredService<CurrencyConverter>();
        var kes = converter.Convert(new Money(1_000m, CurrencyCode.EUR), CurrencyCode.Parse("KES"), Day, RatePolicy.ExactDate);
        Assert.Equal(2, kes.LegCount);
        Assert.Equal((CurrencyCode.EUR, CurrencyCode.USD, EcbCsv.Rate(Day, "USD")), (kes.FirstLeg!.Value.BaseCurrency, kes.FirstLeg.Value.QuoteCurrency, kes.FirstLeg.Value.Rate));
        Assert.Equal(ExchangeRateSource.Ecb, kes.FirstLeg.Value.Source);
        Assert.Equal((CurrencyCode.USD, UsdTo("KES")), (kes.SecondLeg!.Value.BaseCurrency, kes.SecondLeg.Value.Rate));
        Assert.Equal("exchangerate-host-usd-2021-06-14.json", kes.SecondLeg.Value.Source.Name);
        Assert.Equal(new Money(1_000m * EcbCsv.Rate(Day, "USD") * UsdTo("KES"), CurrencyCode.Parse("KES")), kes.Converted);
    }

    [Fact]
    public void ATableWithCodesNotNamedToSkip_IsRefusedWhenFirstResolved_NamingThem()
    {
        using var provider = Build(o => o.FallbackRateTables.Add(UsdTable));
        var e = Assert.Throws<MigDevDataException>(() => provider.GetRequiredService<CurrencyConverter>());
        Assert.Contains("BTC", e.Message, StringComparison.Ordinal);
        Assert.Contains("SkippedCurrencyCodes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOfficialFixedRates_ComeFirst_UnlessTurnedOff()
    {
        var dem = new Money(1_955.83m, CurrencyCode.Parse("DEM"));
        using (var provider = Build(_ => { }))
        {
            Assert.Equal(new Money(1_000m, CurrencyCode.EUR), provider.GetRequiredService<CurrencyConverter>().Convert(dem, CurrencyCode.EUR, new LocalDate(2001, 6, 29), RatePolicy.ExactDate).Converted);
        }
        using var without = Build(o => o.UseOfficialFixedRates = false);
        Assert.Same(EcbExchangeRateProvider.Default, without.GetRequiredService<IExchangeRateProvider>());
        Assert.False(without.GetRequiredService<CurrencyConverter>().TryConvert(dem, CurrencyCode.EUR, new LocalDate(2001, 6, 29), RatePolicy.ExactDate, out _));
    }

    [Fact]
    public void AnEcbFile_IsLayeredOverTheHistory_AndARateTableBeforeTheEcbWins()
    {
        var contract = Path.Combine(Path.GetTempPath(), $"contract-{Guid.NewGuid():N}.csv");
        try
        {
            // A contract rate the user states for the day, preferred to the ECB's.
            File.WriteAllText(contract, "date,base,quote,rate,source\n2021-06-14,EUR,USD,1.2,contract\n");
            using var provider = Build(o =>
            {
                o.EcbFile = EcbFile;
                o.RateTables.Add(contract);
            });
            var rates = Assert.IsType<CompositeExchangeRateProvider>(provider.GetRequiredService<IExchangeRateProvider>());
            Assert.Equal(3, rates.Providers.Length);
            var last = EcbCsv.Dates[^1];
            Assert.Equal(last, ((EcbExchangeRateProvider)rates.Providers[2]).LastDate);
            var converter = provider.GetRequiredService<CurrencyConverter>();
            Assert.Equal(1.2m, converter.Convert(new Money(1m, CurrencyCode.EUR), CurrencyCode.USD, Day, RatePolicy.ExactDate).Rate.Rate);
            Assert.Equal(EcbCsv.Rate(last, "GBP"), converter.Convert(new Money(1m, CurrencyCode.EUR), CurrencyCode.GBP, last, RatePolicy.ExactDate).Rate.Rate);
        }
        finally
        {
            File.Delete(contract);
        }
    }

    [Fact]
    public void TheRefresher_IsRegisteredWithItsCache_AndNothingDownloads()
    {
        var cache = Path.Combine(Path.GetTempPath(), $"ecb-cache-{Guid.NewGuid():N}.zip");
        using var http = new HttpClient();
        using var provider = Build(o =>
        {
            o.EcbCachePath = cache;
            o.EcbHttpClient = _ => http;
        });
        var refresher = provider.GetRequiredService<EcbRateRefresher>();
        Assert.Equal(cache, refresher.CachePath);
        // No cache yet: the embedded history answers.
        Assert.NotNull(provider.GetRequiredService<CurrencyConverter>());
        Assert.False(File.Exists(cache));
    }

    [Theory]
    [InlineData("tables")]
    [InlineData("fallback")]
    [InlineData("ecb")]
    [InlineData("refresher")]
    public void BadRateOptions_ThrowAtRegistration_NamingTheOption(string which)
    {
        var e = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddMigDevCore(o =>
        {
            switch (which)
            {
                case "tables": o.RateTables.Add("no-such-table.csv"); break;
                case "fallback": o.FallbackRateTables.Add("no-such-table.json"); break;
                case "ecb": o.EcbFile = "no-such-ecb.csv"; break;
                default: o.EcbCachePath = "cache.zip"; break;
            }
        }));
        Assert.Contains(which switch { "tables" => "RateTables", "fallback" => "FallbackRateTables", "ecb" => "EcbFile", _ => "EcbCachePath" }, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameRateOptionsTwice_IsHarmless_OthersThrow()
    {
        var services = new ServiceCollection();
        services.AddMigDevCore(o => o.SkippedCurrencyCodes.Add("BTC"));
        services.AddMigDevCore(o => o.SkippedCurrencyCodes.Add("BTC"));
        Assert.Throws<InvalidOperationException>(() => services.AddMigDevCore(o => o.UseOfficialFixedRates = false));
    }
}
