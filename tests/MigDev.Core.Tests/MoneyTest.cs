using CsCheck;
using MigDev.Core.Tests.Contracts;

namespace MigDev.Core.Tests;

public partial class MoneyTest
{
    private static readonly CurrencyCode Eur = CurrencyCode.EUR;
    private static readonly CurrencyCode Usd = CurrencyCode.USD;

    [Fact]
    public void Constructor_KeepsAmountAndScaleExactly()
    {
        var m = new Money(15_000_000.00m, Eur);
        Assert.Equal(15_000_000.00m, m.Amount);
        Assert.Equal(2, m.Amount.Scale);
        Assert.Equal(Eur, m.Currency);
    }

    [Fact]
    public void Constructor_DefaultCurrency_ThrowsArgumentExceptionNamingParameter()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Money(1m, default));
        Assert.Equal("currency", ex.ParamName);
        Assert.Contains("default(CurrencyCode)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_IsRejectedLoudly()
    {
        var d = default(Money);
        Assert.True(d.IsDefault);
        Assert.Contains("default(Money)", Assert.Throws<InvalidOperationException>(() => d.Amount).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => d.Currency);
        Assert.Throws<InvalidOperationException>(() => d + d);
        Assert.Throws<InvalidOperationException>(() => d + Money.Zero(Eur));
        Assert.Throws<InvalidOperationException>(() => Money.Zero(Eur) - d);
        Assert.Throws<InvalidOperationException>(() => -d);
        Assert.Throws<InvalidOperationException>(() => d * 2m);
        var other = default(Money);
        Assert.Throws<InvalidOperationException>(() => d < other);
        Assert.Throws<InvalidOperationException>(() => d.CompareTo(d));
        Assert.Throws<InvalidOperationException>(() => d.Round());
        Assert.Equal("(default Money)", d.ToString());
        Assert.Equal("(default Money)", d.ToString("N2", null));
        Assert.Equal("(default Money)", $"{d}");
        Assert.False(Money.TryParse(d.ToString(), out _));
        Assert.Equal(default(Money), d);
        Assert.NotEqual(Money.Zero(Eur), d);
    }

    [Fact]
    public void Zero_InAnotherCurrency_DoesNotLaunderCurrency()
    {
        var zeroEur = Money.Zero(Eur);
        var fiveUsd = new Money(5m, Usd);
        var ex = Assert.Throws<CurrencyMismatchException>(() => zeroEur + fiveUsd);
        Assert.Equal(Eur, ex.Expected);
        Assert.Equal(Usd, ex.Actual);
        Assert.NotEqual(Money.Zero(Usd), zeroEur);
    }

    [Fact]
    public void FromMinorUnits_UsesCurrencyMinorUnit()
    {
        Assert.Equal("EUR 15.00", Money.FromMinorUnits(1500, Eur).ToString());
        Assert.Equal("JPY 1500", Money.FromMinorUnits(1500, CurrencyCode.JPY).ToString());
        Assert.Equal("KWD 1.500", Money.FromMinorUnits(1500, CurrencyCode.Parse("KWD")).ToString());
    }

    [Fact]
    public void FromMinorUnits_CurrencyWithoutMinorUnit_ThrowsNamingCode()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Money.FromMinorUnits(1, CurrencyCode.Parse("XAU")));
        Assert.Contains("XAU", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromMinorUnits_DefaultCurrency_ThrowsArgumentExceptionNamingParameter() =>
        Assert.Equal("currency", Assert.Throws<ArgumentException>(() => Money.FromMinorUnits(1, default)).ParamName);

    [Fact]
    public void Deconstruct_GivesAmountAndCurrency()
    {
        var (amount, currency) = new Money(12.5m, Usd);
        Assert.Equal(12.5m, amount);
        Assert.Equal(Usd, currency);
    }

    [Fact]
    public void Equality_Contract_ScaleDoesNotMatterCurrencyDoes() =>
        EqualityContract.AssertStruct(
            new Money(1.0m, Eur),
            new Money(1.00m, Eur),
            new Money(1m, Usd),
            new Money(1.01m, Eur),
            Money.Zero(Eur),
            default);

    [Fact]
    public void Equality_ZeroAcrossCurrencies_IsFalse() =>
        Assert.False(Money.Zero(Eur) == Money.Zero(Usd));

    [Fact]
    public void Comparison_Contract() =>
        ComparisonContract.AssertStruct(new Money(-1m, Eur), new Money(0.5m, Eur), new Money(0.51m, Eur));

    [Fact]
    public void Size_IsADecimals() =>
        Assert.Equal(sizeof(decimal), System.Runtime.CompilerServices.Unsafe.SizeOf<Money>());

    // The currency shares the amount's 16 bytes: every bit of every decimal comes back, in every currency.
    [Fact]
    public void Property_AmountAndCurrency_KeepEveryBit() =>
        Gen.Select(Gens.AnyDecimal, Gen.Int[0, CurrencyCode.All.Length - 1]).Sample((amount, i) =>
        {
            var money = new Money(amount, CurrencyCode.All[i]);
            return money.Currency == CurrencyCode.All[i]
                && decimal.GetBits(money.Amount).SequenceEqual(decimal.GetBits(amount))
                && money.IsDefault == false;
        });

    [Theory]
    [MemberData(nameof(EdgeAmounts))]
    public void AmountAndCurrency_EdgeAmounts_KeepEveryBit(decimal amount)
    {
        foreach (var currency in CurrencyCode.All)
        {
            var money = new Money(amount, currency);
            Assert.Equal(decimal.GetBits(amount), decimal.GetBits(money.Amount));
            Assert.Equal(currency, money.Currency);
            Assert.Equal(amount.ToString(System.Globalization.CultureInfo.InvariantCulture), money.ToString()[4..]);
        }
    }

    public static TheoryData<decimal> EdgeAmounts() =>
    [
        decimal.MaxValue, decimal.MinValue, 0m, new decimal(0, 0, 0, true, 0), new decimal(0, 0, 0, true, 28),
        new decimal(1, 0, 0, false, 28), new decimal(-1, -1, -1, true, 28), 0.0000000000000000000000000001m, -1.50m,
    ];
}
