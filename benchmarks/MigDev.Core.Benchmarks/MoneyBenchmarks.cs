using BenchmarkDotNet.Attributes;

namespace MigDev.Core.Benchmarks;

/// <summary>Shared inputs: 1,000 amounts in one currency, with 0-2 decimals, deterministic.</summary>
public abstract class MoneyInputs
{
    protected const int N = 1000;

    protected decimal[] Decimals { get; } = new decimal[N];

    protected decimal[] OtherDecimals { get; } = new decimal[N];

    protected Money[] Monies { get; } = new Money[N];

    protected Money[] OtherMonies { get; } = new Money[N];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20071009);
        for (var i = 0; i < N; i++)
        {
            Decimals[i] = random.Next(-1_000_000, 1_000_000) / 100m;
            OtherDecimals[i] = random.Next(-1_000_000, 1_000_000) / 100m;
            Monies[i] = new Money(Decimals[i], CurrencyCode.EUR);
            OtherMonies[i] = new Money(OtherDecimals[i], CurrencyCode.EUR);
        }
    }
}

/// <summary>a + b for 1,000 pairs: Money against raw decimal.</summary>
[MemoryDiagnoser]
public class MoneyAddBenchmarks : MoneyInputs
{
    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public decimal DecimalAdd()
    {
        var acc = 0m;
        for (var i = 0; i < N; i++)
        {
            acc = Decimals[i] + OtherDecimals[i];
        }
        return acc;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public Money MoneyAdd()
    {
        var acc = default(Money);
        for (var i = 0; i < N; i++)
        {
            acc = Monies[i] + OtherMonies[i];
        }
        return acc;
    }
}

/// <summary>a &lt; b for 1,000 pairs.</summary>
[MemoryDiagnoser]
public class MoneyCompareBenchmarks : MoneyInputs
{
    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public int DecimalCompare()
    {
        var count = 0;
        for (var i = 0; i < N; i++)
        {
            count += Decimals[i] < OtherDecimals[i] ? 1 : 0;
        }
        return count;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public int MoneyCompare()
    {
        var count = 0;
        for (var i = 0; i < N; i++)
        {
            count += Monies[i] < OtherMonies[i] ? 1 : 0;
        }
        return count;
    }
}

/// <summary>a == b for 1,000 pairs.</summary>
[MemoryDiagnoser]
public class MoneyEqualityBenchmarks : MoneyInputs
{
    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public int DecimalEquals()
    {
        var count = 0;
        for (var i = 0; i < N; i++)
        {
            count += Decimals[i] == OtherDecimals[i] ? 1 : 0;
        }
        return count;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public int MoneyEquals()
    {
        var count = 0;
        for (var i = 0; i < N; i++)
        {
            count += Monies[i] == OtherMonies[i] ? 1 : 0;
        }
        return count;
    }
}

/// <summary>The sum of 1,000 amounts.</summary>
[MemoryDiagnoser]
public class MoneySumBenchmarks : MoneyInputs
{
    [Benchmark(Baseline = true)]
    public decimal DecimalLoop()
    {
        var sum = 0m;
        foreach (var d in Decimals)
        {
            sum += d;
        }
        return sum;
    }

    [Benchmark]
    public Money MoneySumSpan() => Money.Sum(Monies.AsSpan(), CurrencyCode.EUR);

    [Benchmark]
    public Money MoneySumEnumerable() => Money.Sum(Monies);
}

/// <summary>Allocation of EUR 15,000,000.00 into N shares with uneven weights.</summary>
[MemoryDiagnoser]
public class AllocationBenchmarks
{
    private decimal[] _weights = [];
    private readonly Money _total = new(15_000_000.00m, CurrencyCode.EUR);

    [Params(100, 1000, 10000)]
    public int Shares { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20071009);
        _weights = new decimal[Shares];
        for (var i = 0; i < Shares; i++)
        {
            _weights[i] = random.Next(1, 10_000) / 100m;
        }
    }

    /// <summary>The raw-decimal baseline: floor each quota to the cent, give the leftover cents to the first shares
    /// (what most hand-written code does; not largest-remainder, and no record of who got what).</summary>
    [Benchmark(Baseline = true)]
    public decimal[] DecimalNaive()
    {
        var total = 15_000_000.00m;
        var sum = 0m;
        foreach (var w in _weights)
        {
            sum += w;
        }
        var shares = new decimal[_weights.Length];
        var given = 0m;
        for (var i = 0; i < shares.Length; i++)
        {
            shares[i] = decimal.Floor(total * _weights[i] / sum * 100m) / 100m;
            given += shares[i];
        }
        for (var i = 0; given < total; i++)
        {
            shares[i] += 0.01m;
            given += 0.01m;
        }
        return shares;
    }

    [Benchmark]
    public Allocation MoneyAllocate() => _total.Allocate(_weights);
}
