using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using MigDev.Core.Internal;
using NodaTime;

namespace MigDev.Core.Benchmarks;

/// <summary>Rate lookup and conversion for 1,000 random (currency, date) pairs, against a plain Dictionary.</summary>
[MemoryDiagnoser]
public class RateLookupBenchmarks
{
    private const int N = 1000;
    private readonly CurrencyCode[] _currencies = new CurrencyCode[N];
    private readonly LocalDate[] _dates = new LocalDate[N];
    private readonly Money[] _amounts = new Money[N];
    private Dictionary<(CurrencyCode, LocalDate), decimal> _dictionary = [];
    private EcbExchangeRateProvider _ecb = null!;
    private CurrencyConverter _converter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ecb = EcbExchangeRateProvider.Default;
        _converter = CurrencyConverter.Ecb;
        var usable = EcbSample.Published(_ecb);
        _dictionary = usable.ToDictionary(u => (u.Item1, u.Item2), u => u.Item3);
        var random = new Random(20071009);
        for (var i = 0; i < N; i++)
        {
            var (currency, date, _) = usable[random.Next(usable.Count)];
            _currencies[i] = currency;
            _dates[i] = date;
            _amounts[i] = new Money(random.Next(1, 10_000_000), CurrencyCode.EUR);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public decimal DictionaryLookup()
    {
        var sum = 0m;
        for (var i = 0; i < N; i++)
        {
            sum += _dictionary[(_currencies[i], _dates[i])];
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public decimal EcbTryGetRate()
    {
        var sum = 0m;
        for (var i = 0; i < N; i++)
        {
            _ecb.TryGetRate(CurrencyCode.EUR, _currencies[i], _dates[i], out var rate);
            sum += rate.Rate;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public decimal ConverterGetRateLatestOnOrBefore()
    {
        var sum = 0m;
        var policy = RatePolicy.LatestOnOrBefore();
        for (var i = 0; i < N; i++)
        {
            sum += _converter.GetRate(CurrencyCode.EUR, _currencies[i], _dates[i], policy).Rate;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public decimal DictionaryLookupAndMultiply()
    {
        var sum = 0m;
        for (var i = 0; i < N; i++)
        {
            sum += _amounts[i].Amount * _dictionary[(_currencies[i], _dates[i])];
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public decimal ConvertExactDate()
    {
        var sum = 0m;
        var policy = RatePolicy.ExactDate;
        for (var i = 0; i < N; i++)
        {
            sum += _converter.Convert(_amounts[i], _currencies[i], _dates[i], policy).Converted.Amount;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public decimal ConvertCrossRounded()
    {
        var sum = 0m;
        var policy = RatePolicy.ExactDate;
        for (var i = 0; i < N; i++)
        {
            var usd = new Money(_amounts[i].Amount, CurrencyCode.USD);
            var target = _currencies[i] == CurrencyCode.USD ? CurrencyCode.GBP : _currencies[i];
            sum += _converter.Convert(usd, target, _dates[i], policy, MidpointRounding.ToEven).Converted.Amount;
        }
        return sum;
    }
}

/// <summary>The ECB's published EUR rates of five currencies on every date, the pool the rate benchmarks draw from.</summary>
internal static class EcbSample
{
    public static List<(CurrencyCode Currency, LocalDate Date, decimal Rate)> Published(EcbExchangeRateProvider ecb)
    {
        var usable = new List<(CurrencyCode, LocalDate, decimal)>();
        foreach (var code in new[] { "USD", "GBP", "JPY", "CHF", "SEK" })
        {
            var currency = CurrencyCode.Parse(code);
            for (var date = ecb.FirstDate; date <= ecb.LastDate; date = date.PlusDays(1))
            {
                if (ecb.TryGetRate(CurrencyCode.EUR, currency, date, out var rate))
                {
                    usable.Add((currency, date, rate.Rate));
                }
            }
        }
        return usable;
    }
}

/// <summary>First use: decoding the embedded ECB history, against only inflating the resource.</summary>
[MemoryDiagnoser]
public class RateLoadBenchmarks
{
    [Benchmark(Baseline = true)]
    public long InflateOnly()
    {
        using var resource = typeof(Money).Assembly.GetManifestResourceStream(EcbRateTable.ResourceName)!;
        using var deflate = new DeflateStream(resource, CompressionMode.Decompress);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = deflate.Read(buffer)) > 0)
        {
            total += read;
        }
        return total;
    }

    [Benchmark]
    public long LoadEcbHistory() => EcbRateTable.Load().ApproximateBytes;
}
