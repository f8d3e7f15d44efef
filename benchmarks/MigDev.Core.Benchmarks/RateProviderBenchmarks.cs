using BenchmarkDotNet.Attributes;
using NodaTime;

namespace MigDev.Core.Benchmarks;

/// <summary>Issue 17: a cross whose legs come from two providers (the ECB's EUR→USD and the real USD table's USD→KES)
/// against the ECB-only cross USD→GBP, 1,000 amounts on 2021-06-14, per conversion.</summary>
[MemoryDiagnoser]
public class CompositeCrossBenchmarks
{
    private const int N = 1000;
    private static readonly LocalDate Day = new(2021, 6, 14);
    private readonly decimal[] _amounts = new decimal[N];
    private readonly CurrencyCode _kes = CurrencyCode.Parse("KES");
    private CurrencyConverter _ecb = null!;
    private CurrencyConverter _ecbAndTable = null!;
    private CurrencyConverter _fixedEcbAndTable = null!;

    [GlobalSetup]
    public void Setup()
    {
        var table = ExchangeRateFile.Load(RepositoryFile("data", "rates", "exchangerate-host-usd-2021-06-14.json"), skippedCurrencies: []);
        _ecb = CurrencyConverter.Ecb;
        _ecbAndTable = new CurrencyConverter(new CompositeExchangeRateProvider(EcbExchangeRateProvider.Default, table));
        _fixedEcbAndTable = new CurrencyConverter(new CompositeExchangeRateProvider(OfficialFixedRateProvider.Default, EcbExchangeRateProvider.Default, table));
        var random = new Random(20210614);
        for (var i = 0; i < N; i++)
        {
            _amounts[i] = random.Next(1, 10_000_000) + (random.Next(0, 100) / 100m);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public decimal EcbOnlyCrossUsdToGbp() => ConvertAll(_ecb, CurrencyCode.USD, CurrencyCode.GBP);

    [Benchmark(OperationsPerInvoke = N)]
    public decimal EcbThenTableCrossEurToKes() => ConvertAll(_ecbAndTable, CurrencyCode.EUR, _kes);

    [Benchmark(OperationsPerInvoke = N)]
    public decimal FixedEcbThenTableCrossEurToKes() => ConvertAll(_fixedEcbAndTable, CurrencyCode.EUR, _kes);

    private decimal ConvertAll(CurrencyConverter converter, CurrencyCode from, CurrencyCode to)
    {
        var sum = 0m;
        for (var i = 0; i < N; i++)
        {
            sum += converter.Convert(new Money(_amounts[i], from), to, Day, RatePolicy.ExactDate, MidpointRounding.ToEven).Converted.Amount;
        }
        return sum;
    }

    internal static string RepositoryFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. parts]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException(Path.Combine(parts));
    }
}

/// <summary>Issue 17: building a SuppliedExchangeRateProvider from N real ECB rates (EUR→USD, GBP, JPY... day by
/// day), all at once and one at a time, against filling a plain Dictionary with the same rates.</summary>
[MemoryDiagnoser]
public class SuppliedBuildBenchmarks
{
    private ExchangeRate[] _rates = [];

    [Params(3_000, 30_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var ecb = EcbExchangeRateProvider.Default;
        var rates = new List<ExchangeRate>(N);
        foreach (var code in new[] { "USD", "GBP", "JPY", "CHF", "SEK", "NOK", "DKK" })
        {
            var currency = CurrencyCode.Parse(code);
            for (var date = ecb.FirstDate; date <= ecb.LastDate && rates.Count < N; date = date.PlusDays(1))
            {
                if (ecb.TryGetRate(CurrencyCode.EUR, currency, date, out var rate))
                {
                    rates.Add(rate);
                }
            }
        }
        _rates = [.. rates];
    }

    [Benchmark(Baseline = true)]
    public int Dictionary()
    {
        var dictionary = new Dictionary<(CurrencyCode, CurrencyCode, LocalDate), ExchangeRate>();
        foreach (var rate in _rates)
        {
            dictionary.Add((rate.BaseCurrency, rate.QuoteCurrency, rate.Date), rate);
        }
        return dictionary.Count;
    }

    [Benchmark]
    public int AddRange() => SuppliedExchangeRateProvider.Empty.AddRange(_rates).Count;

    [Benchmark]
    public int AddOneAtATime()
    {
        var provider = SuppliedExchangeRateProvider.Empty;
        foreach (var rate in _rates)
        {
            provider = provider.Add(rate);
        }
        return provider.Count;
    }
}
