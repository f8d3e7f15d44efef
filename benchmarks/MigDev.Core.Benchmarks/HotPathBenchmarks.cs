using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace MigDev.Core.Benchmarks;

// Issue 21: each hot path beside the raw operation it wraps, in one class per baseline.

/// <summary>Money.Parse of 1,000 texts such as "EUR 1234.56", against decimal.Parse of the amounts alone.</summary>
[MemoryDiagnoser]
public class MoneyParseBenchmarks
{
    private const int N = 1000;
    private readonly string[] _amounts = new string[N];
    private readonly string[] _texts = new string[N];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20071009);
        string[] codes = ["EUR", "USD", "GBP", "CHF", "JPY", "SEK"];
        for (var i = 0; i < N; i++)
        {
            _amounts[i] = (random.Next(0, 100_000_000) / 100m).ToString(CultureInfo.InvariantCulture);
            _texts[i] = codes[i % codes.Length] + " " + _amounts[i];
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public decimal DecimalParse()
    {
        var sum = 0m;
        foreach (var text in _amounts)
        {
            sum += decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public decimal MoneyParse()
    {
        var sum = 0m;
        foreach (var text in _texts)
        {
            sum += Money.Parse(text).Amount;
        }
        return sum;
    }
}

/// <summary>Money.ToString and TryFormat of 1,000 amounts, against "EUR " + the decimal's invariant text.</summary>
[MemoryDiagnoser]
public class MoneyFormatBenchmarks
{
    private const int N = 1000;
    private readonly decimal[] _decimals = new decimal[N];
    private readonly string[] _codes = new string[N];
    private readonly Money[] _monies = new Money[N];
    private readonly char[] _buffer = new char[64];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20071009);
        string[] codes = ["EUR", "USD", "GBP", "CHF", "JPY", "SEK"];
        for (var i = 0; i < N; i++)
        {
            _decimals[i] = random.Next(-100_000_000, 100_000_000) / 100m;
            _codes[i] = codes[i % codes.Length];
            _monies[i] = new Money(_decimals[i], CurrencyCode.Parse(_codes[i]));
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public int ConcatDecimal()
    {
        var length = 0;
        for (var i = 0; i < N; i++)
        {
            length += (_codes[i] + " " + _decimals[i].ToString(CultureInfo.InvariantCulture)).Length;
        }
        return length;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public int MoneyToString()
    {
        var length = 0;
        foreach (var money in _monies)
        {
            length += money.ToString().Length;
        }
        return length;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public int DecimalTryFormat()
    {
        var length = 0;
        foreach (var d in _decimals)
        {
            d.TryFormat(_buffer, out var written, default, CultureInfo.InvariantCulture);
            length += written;
        }
        return length;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public int MoneyTryFormat()
    {
        var length = 0;
        foreach (var money in _monies)
        {
            money.TryFormat(_buffer, out var written, default, null);
            length += written;
        }
        return length;
    }
}

/// <summary>One Money and a list of 100 in the library's JSON (its converter, in a source-generated context), against a plain {decimal, string} DTO, both
/// source-generated.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MoneyJsonBenchmarks
{
    private Money _one;
    private Money[] _hundred = [];
    private PlainAmount _plainOne = new(0m, "");
    private PlainAmount[] _plainHundred = [];
    private byte[] _oneJson = [];
    private byte[] _hundredJson = [];
    private readonly MemoryStream _sink = new();
    private readonly Utf8JsonWriter _writer;

    public MoneyJsonBenchmarks() => _writer = new Utf8JsonWriter(_sink);

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20071009);
        string[] codes = ["EUR", "USD", "GBP", "CHF", "JPY", "SEK"];
        _hundred = [.. Enumerable.Range(0, 100).Select(i => new Money(random.Next(0, 100_000_000) / 100m, CurrencyCode.Parse(codes[i % codes.Length])))];
        _one = _hundred[0];
        _plainOne = new PlainAmount(_one.Amount, _one.Currency.Code);
        _plainHundred = [.. _hundred.Select(m => new PlainAmount(m.Amount, m.Currency.Code))];
        _oneJson = JsonSerializer.SerializeToUtf8Bytes(_one, MoneyContext.Default.Money);
        _hundredJson = JsonSerializer.SerializeToUtf8Bytes(_hundred, MoneyContext.Default.MoneyArray);
        if (!_oneJson.AsSpan().SequenceEqual(JsonSerializer.SerializeToUtf8Bytes(_plainOne, PlainAmountContext.Default.PlainAmount)))
        {
            throw new InvalidOperationException("The plain DTO must write the same JSON as Money.");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read")]
    public int ReadPlain() =>
        JsonSerializer.Deserialize(_oneJson, PlainAmountContext.Default.PlainAmount)!.Currency.Length
        + JsonSerializer.Deserialize(_hundredJson, PlainAmountContext.Default.PlainAmountArray)!.Length;

    [Benchmark]
    [BenchmarkCategory("Read")]
    public int ReadMoney() =>
        JsonSerializer.Deserialize(_oneJson, MoneyContext.Default.Money).Currency.Index
        + JsonSerializer.Deserialize(_hundredJson, MoneyContext.Default.MoneyArray)!.Length;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Write")]
    public long WritePlain()
    {
        _sink.Position = 0;
        _writer.Reset();
        JsonSerializer.Serialize(_writer, _plainOne, PlainAmountContext.Default.PlainAmount);
        var bytes = _writer.BytesCommitted;
        _writer.Reset();
        JsonSerializer.Serialize(_writer, _plainHundred, PlainAmountContext.Default.PlainAmountArray);
        return bytes + _writer.BytesCommitted;
    }

    [Benchmark]
    [BenchmarkCategory("Write")]
    public long WriteMoney()
    {
        _sink.Position = 0;
        _writer.Reset();
        JsonSerializer.Serialize(_writer, _one, MoneyContext.Default.Money);
        var bytes = _writer.BytesCommitted;
        _writer.Reset();
        JsonSerializer.Serialize(_writer, _hundred, MoneyContext.Default.MoneyArray);
        return bytes + _writer.BytesCommitted;
    }
}

/// <summary>Money as an app's source-generated context holds it: through the library's converter.</summary>
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Money[]))]
internal sealed partial class MoneyContext : JsonSerializerContext;

/// <summary>The plain DTO of an amount: what an app would write without the library.</summary>
public sealed record PlainAmount(decimal Amount, string Currency);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PlainAmount))]
[JsonSerializable(typeof(PlainAmount[]))]
internal sealed partial class PlainAmountContext : JsonSerializerContext;

/// <summary>Conversions of 1,000 random (currency, date) pairs, rounded to the minor unit, against a dictionary lookup,
/// a multiply and a round.</summary>
[MemoryDiagnoser]
public class ConversionBenchmarks
{
    private const int N = 1000;
    private readonly CurrencyCode[] _currencies = new CurrencyCode[N];
    private readonly LocalDate[] _dates = new LocalDate[N];
    private readonly Money[] _amounts = new Money[N];
    private Dictionary<(CurrencyCode, LocalDate), decimal> _dictionary = [];
    private CurrencyConverter _converter = null!;
    private RatePolicy _fixed = null!;

    [GlobalSetup]
    public void Setup()
    {
        var ecb = EcbExchangeRateProvider.Default;
        _converter = CurrencyConverter.Ecb;
        var usable = EcbSample.Published(ecb);
        _dictionary = usable.ToDictionary(u => (u.Item1, u.Item2), u => u.Item3);
        var random = new Random(20071009);
        for (var i = 0; i < N; i++)
        {
            var (currency, date, _) = usable[random.Next(usable.Count)];
            (_currencies[i], _dates[i]) = (currency, date);
            _amounts[i] = new Money(random.Next(1, 100_000_000) / 100m, CurrencyCode.EUR);
        }
        ecb.TryGetRate(CurrencyCode.EUR, CurrencyCode.USD, new LocalDate(2010, 6, 30), out var fixedRate);
        _fixed = RatePolicy.Fixed(fixedRate);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public decimal LookupMultiplyRound()
    {
        var sum = 0m;
        for (var i = 0; i < N; i++)
        {
            sum += decimal.Round(_amounts[i].Amount * _dictionary[(_currencies[i], _dates[i])], 2, MidpointRounding.ToEven);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public decimal ConvertEcbExactDateRounded()
    {
        var sum = 0m;
        var policy = RatePolicy.ExactDate;
        for (var i = 0; i < N; i++)
        {
            sum += _converter.Convert(_amounts[i], _currencies[i], _dates[i], policy, MidpointRounding.ToEven).Converted.Amount;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public decimal MultiplyRound()
    {
        var sum = 0m;
        var rate = _fixed.FixedRate.Rate;
        for (var i = 0; i < N; i++)
        {
            sum += decimal.Round(_amounts[i].Amount * rate, 2, MidpointRounding.ToEven);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public decimal ConvertFixedRounded()
    {
        var sum = 0m;
        for (var i = 0; i < N; i++)
        {
            sum += _converter.Convert(_amounts[i], CurrencyCode.USD, _dates[i], _fixed, MidpointRounding.ToEven).Converted.Amount;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public decimal DictionaryLookup()
    {
        var sum = 0m;
        for (var i = 0; i < N; i++)
        {
            sum += _dictionary[(_currencies[i], _dates[i])];
        }
        return sum;
    }

    /// <summary>The floor of a cross, by hand: both legs looked up, the amount divided by one and multiplied by the
    /// other (the triangulation the converter applies), rounded.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public decimal LookupTwiceDivideMultiplyRound()
    {
        var sum = 0m;
        for (var i = 0; i < N; i++)
        {
            var target = _currencies[i] == CurrencyCode.USD ? CurrencyCode.GBP : _currencies[i];
            var usd = _dictionary[(CurrencyCode.USD, _dates[i])];
            sum += decimal.Round(_amounts[i].Amount / usd * _dictionary[(target, _dates[i])], 2, MidpointRounding.ToEven);
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
