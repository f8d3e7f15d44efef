using CsCheck;

namespace MigDev.Core.Tests;

/// <summary>CsCheck generators shared by the property tests.</summary>
internal static class Gens
{
    /// <summary>Currencies with a known minor unit (current and the ECB legacy ones).</summary>
    public static readonly CurrencyCode[] WithMinorUnit = [.. CurrencyCode.All.Where(c => c.MinorUnit is not null)];

    public static readonly Gen<CurrencyCode> Currency = Gen.Int[0, WithMinorUnit.Length - 1].Select(i => WithMinorUnit[i]);

    /// <summary>Amounts up to ±10^15 with 0 to 6 decimals: far from decimal's limits, so sums never overflow.</summary>
    public static readonly Gen<decimal> Amount =
        Gen.Select(Gen.Long[-1_000_000_000_000_000L, 1_000_000_000_000_000L], Gen.Int[0, 6], (m, s) => new decimal(m) / Pow10(s));

    /// <summary>Any decimal that can be written: the whole range, every scale.</summary>
    public static readonly Gen<decimal> AnyDecimal = Gen.Decimal;

    public static readonly Gen<Money> Money = Gen.Select(Amount, Currency, (a, c) => new Money(a, c));

    /// <summary>A whole number of minor units of a currency, as a Money: what can be allocated.</summary>
    public static readonly Gen<Money> RoundedMoney =
        Gen.Select(Gen.Long[-10_000_000_000_000L, 10_000_000_000_000L], Currency, (units, c) => global::MigDev.Core.Money.FromMinorUnits(units, c));

    /// <summary>Non-negative weights with a positive sum, zeros included, 1 to 80 of them, with 0 to 4 decimals.</summary>
    public static readonly Gen<decimal[]> Weights =
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[0, 4], (w, s) => w % 5 == 0 ? 0m : new decimal(w) / Pow10(s))
            .Array[1, 80]
            .Where(ws => ws.Any(w => w > 0m));

    private static decimal Pow10(int n)
    {
        var r = 1m;
        for (var i = 0; i < n; i++)
        {
            r *= 10m;
        }
        return r;
    }
}
