using BenchmarkDotNet.Attributes;

namespace MigDev.Core.Benchmarks;

/// <summary>Country lookups for 1,000 random codes and names, against Dictionary baselines over the same keys.</summary>
[MemoryDiagnoser]
public class CountryLookupBenchmarks
{
    private const int N = 1000;
    private readonly string[] _codes = new string[N];
    private readonly string[] _names = new string[N];
    private readonly string[] _otherCaseNames = new string[N];
    private Dictionary<string, Country> _byCode = [];
    private Dictionary<string, Country> _byName = [];

    [GlobalSetup]
    public void Setup()
    {
        var all = Country.All;
        _byCode = all.ToDictionary(c => c.Code.Code, StringComparer.Ordinal);
        _byName = all.ToDictionary(c => c.ShortName, StringComparer.OrdinalIgnoreCase);
        var random = new Random(20071009);
        for (var i = 0; i < N; i++)
        {
            var country = all[random.Next(all.Length)];
            _codes[i] = country.Code.Code;
            _names[i] = country.ShortName;
            _otherCaseNames[i] = i % 2 == 0 ? country.ShortName.ToUpperInvariant() : "the " + country.ShortName.ToLowerInvariant();
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public int DictionaryByCode()
    {
        var sum = 0;
        foreach (var code in _codes)
        {
            sum += _byCode[code].Alpha3.Length;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public int CountryCodeParse()
    {
        var sum = 0;
        foreach (var code in _codes)
        {
            sum += Country.Get(CountryCode.Parse(code)).Alpha3.Length;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public int DictionaryByNameIgnoreCase()
    {
        var sum = 0;
        foreach (var name in _names)
        {
            sum += _byName[name].Alpha3.Length;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public int CountryTryResolve()
    {
        var sum = 0;
        foreach (var name in _names)
        {
            Country.TryResolve(name, out var country);
            sum += country!.Alpha3.Length;
        }
        return sum;
    }

    /// <summary>The same names upper-cased, or lower-cased after "the ": found through their keys when not ASCII.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public int CountryTryResolveOtherCase()
    {
        var sum = 0;
        foreach (var name in _otherCaseNames)
        {
            Country.TryResolve(name, out var country);
            sum += country!.Alpha3.Length;
        }
        return sum;
    }
}
