namespace MigDev.Core.Tests;

public partial class MoneyTest
{
    [Fact]
    public void Add_SameCurrency_IsExactAndNamedTwinsAgree()
    {
        var a = new Money(0.1m, Eur);
        var b = new Money(0.2m, Eur);
        var expected = new Money(0.3m, Eur);
        Assert.Equal(expected, a + b);
        Assert.Equal(expected, Money.Add(a, b));
        Assert.Equal(expected, a.Plus(b));
    }

    [Fact]
    public void Subtract_SameCurrency_NamedTwinsAgree()
    {
        var a = new Money(10m, Usd);
        var b = new Money(0.01m, Usd);
        var expected = new Money(9.99m, Usd);
        Assert.Equal(expected, a - b);
        Assert.Equal(expected, Money.Subtract(a, b));
        Assert.Equal(expected, a.Minus(b));
    }

    [Fact]
    public void Negate_And_UnaryPlus()
    {
        var a = new Money(12.34m, Eur);
        Assert.Equal(new Money(-12.34m, Eur), -a);
        Assert.Equal(new Money(-12.34m, Eur), Money.Negate(a));
        Assert.Equal(a, +a);
        Assert.Equal(a, (-a).Abs());
    }

    [Fact]
    public void Multiply_And_Divide_ByDecimal_DoNotRound()
    {
        var a = new Money(10.00m, Eur);
        Assert.Equal(new Money(3.3333333333333333333333333333m, Eur), a / 3m);
        Assert.Equal(new Money(3.3333333333333333333333333333m, Eur), Money.Divide(a, 3m));
        Assert.Equal(new Money(1.2345m, Eur), new Money(0.12345m, Eur) * 10m);
        Assert.Equal(new Money(25.00m, Eur), 2.5m * a);
        Assert.Equal(new Money(25.00m, Eur), Money.Multiply(a, 2.5m));
    }

    [Fact]
    public void Divide_ByMoney_GivesRatio() =>
        Assert.Equal(0.25m, new Money(25m, Eur) / new Money(100m, Eur));

    [Fact]
    public void Divide_ByZero_ThrowsDivideByZero() =>
        Assert.Throws<DivideByZeroException>(() => new Money(1m, Eur) / 0m);

    [Fact]
    public void Add_Overflow_ThrowsOverflowNotWrappedValue()
    {
        var max = new Money(decimal.MaxValue, Eur);
        Assert.Throws<OverflowException>(() => max + new Money(1m, Eur));
        Assert.Throws<OverflowException>(() => max * 2m);
        Assert.Throws<OverflowException>(() => -max - new Money(1m, Eur));
    }

    [Fact]
    public void Add_DifferentCurrencies_ThrowsCurrencyMismatchNamingBoth()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => new Money(1m, Eur) + new Money(1m, Usd));
        Assert.Equal(Eur, ex.Expected);
        Assert.Equal(Usd, ex.Actual);
        Assert.Contains("EUR", ex.Message, StringComparison.Ordinal);
        Assert.Contains("USD", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<InvalidOperationException>(ex);
    }

    [Fact]
    public void EveryMixedOperation_ThrowsCurrencyMismatch()
    {
        var eur = new Money(1m, Eur);
        var usd = new Money(1m, Usd);
        Assert.Throws<CurrencyMismatchException>(() => eur - usd);
        Assert.Throws<CurrencyMismatchException>(() => eur < usd);
        Assert.Throws<CurrencyMismatchException>(() => eur <= usd);
        Assert.Throws<CurrencyMismatchException>(() => eur > usd);
        Assert.Throws<CurrencyMismatchException>(() => eur >= usd);
        Assert.Throws<CurrencyMismatchException>(() => eur.CompareTo(usd));
        Assert.Throws<CurrencyMismatchException>(() => Money.Compare(eur, usd));
        Assert.Throws<CurrencyMismatchException>(() => Money.Min(eur, usd));
        Assert.Throws<CurrencyMismatchException>(() => Money.Max(eur, usd));
        Assert.Throws<CurrencyMismatchException>(() => eur / usd);
        Assert.Throws<CurrencyMismatchException>(() => ((IComparable)eur).CompareTo(usd));
    }

    [Fact]
    public void MinMax_SameCurrency()
    {
        var a = new Money(1m, Eur);
        var b = new Money(2m, Eur);
        Assert.Equal(a, Money.Min(a, b));
        Assert.Equal(b, Money.Max(a, b));
    }

    [Fact]
    public void Sum_Sequence_AddsExactly()
    {
        Money[] values = [new(0.1m, Eur), new(0.2m, Eur), new(0.3m, Eur)];
        Assert.Equal(new Money(0.6m, Eur), Money.Sum(values));
        Assert.Equal(new Money(0.6m, Eur), Money.Sum(values.ToList(), Eur));
        Assert.Equal(new Money(0.6m, Eur), Money.Sum(values.AsSpan(), Eur));
    }

    [Fact]
    public void Sum_EmptySequence_ThrowsWithoutCurrencyButZeroWithOne()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Money.Sum([]));
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Money.Zero(Usd), Money.Sum([], Usd));
        Assert.Equal(Money.Zero(Usd), Money.Sum(ReadOnlySpan<Money>.Empty, Usd));
    }

    [Fact]
    public void Sum_MixedCurrencies_ThrowsCurrencyMismatch()
    {
        Money[] values = [new(1m, Eur), new(1m, Usd)];
        Assert.Throws<CurrencyMismatchException>(() => Money.Sum(values));
        Assert.Throws<CurrencyMismatchException>(() => Money.Sum(values, Eur));
        Assert.Throws<CurrencyMismatchException>(() => Money.Sum(values.Select(v => v), Eur));
    }

    [Fact]
    public void Sum_Null_ThrowsArgumentNull() =>
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => Money.Sum(null!)).ParamName);

    [Fact]
    public void Sign_IsZero()
    {
        Assert.Equal(-1, new Money(-0.01m, Eur).Sign);
        Assert.True(new Money(0.00m, Eur).IsZero);
        Assert.False(new Money(0.01m, Eur).IsZero);
    }
}
