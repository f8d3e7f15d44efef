using CsCheck;
using MigDev.Core.Tests.Contracts;

namespace MigDev.Core.Tests;

public class MoneyBagTest
{
    private static readonly CurrencyCode Eur = CurrencyCode.EUR;
    private static readonly CurrencyCode Usd = CurrencyCode.USD;

    [Fact]
    public void Add_KeepsOneSubtotalPerCurrencyNeverConverting()
    {
        var bag = MoneyBag.Empty + new Money(5m, Usd) + new Money(10m, Eur) + new Money(2.50m, Usd);
        Assert.Equal(2, bag.Count);
        Assert.Equal([Eur, Usd], bag.Currencies);
        Assert.Equal(new Money(7.50m, Usd), bag[Usd]);
        Assert.Equal(new Money(10m, Eur), bag[Eur]);
        Assert.Equal("[EUR 10, USD 7.50]", bag.ToString());
    }

    [Fact]
    public void Indexer_AbsentCurrency_IsZeroInIt()
    {
        var bag = MoneyBag.Of([new Money(1m, Eur)]);
        Assert.Equal(Money.Zero(Usd), bag[Usd]);
        Assert.False(bag.TryGetTotal(Usd, out var none));
        Assert.True(none.IsDefault);
        Assert.False(bag.Contains(Usd));
    }

    [Fact]
    public void Add_IsImmutable()
    {
        var empty = MoneyBag.Empty;
        var one = empty.Add(new Money(1m, Eur));
        Assert.True(empty.IsEmpty);
        Assert.Single(one);
    }

    [Fact]
    public void Add_BackToZero_KeepsTheCurrency()
    {
        var bag = MoneyBag.Of([new Money(5m, Eur), new Money(-5m, Eur)]);
        Assert.True(bag.Contains(Eur));
        Assert.True(bag[Eur].IsZero);
    }

    [Fact]
    public void Add_Default_ThrowsInvalidOperation() =>
        Assert.Throws<InvalidOperationException>(() => MoneyBag.Empty.Add(default));

    [Fact]
    public void TryGetTotal_DefaultCurrency_ThrowsArgument() =>
        Assert.Equal("currency", Assert.Throws<ArgumentException>(() => MoneyBag.Empty.TryGetTotal(default, out _)).ParamName);

    [Fact]
    public void BagPlusBag_AddsPerCurrency()
    {
        var a = MoneyBag.Of([new Money(1m, Eur), new Money(2m, Usd)]);
        var b = MoneyBag.Of([new Money(3m, Usd), new Money(4m, CurrencyCode.GBP)]);
        Assert.Equal(MoneyBag.Of([new Money(1m, Eur), new Money(5m, Usd), new Money(4m, CurrencyCode.GBP)]), a + b);
    }

    [Fact]
    public void Equality_Contract_ByValue() =>
        EqualityContract.AssertClass(
            MoneyBag.Of([new Money(1.0m, Eur), new Money(2m, Usd)]),
            MoneyBag.Of([new Money(2.00m, Usd), new Money(1m, Eur)]),
            MoneyBag.Of([new Money(1m, Eur)]),
            MoneyBag.Of([new Money(1m, Eur), new Money(3m, Usd)]),
            MoneyBag.Empty);

    [Fact]
    public void Property_TotalPerCurrencyIsSumOfItsAmounts_AnyOrder() =>
        Gens.Money.Array[0, 40].Sample(amounts =>
        {
            var bag = MoneyBag.Of(amounts);
            var reversed = MoneyBag.Of(amounts.Reverse());
            return bag == reversed
                && bag.Count == amounts.Select(a => a.Currency).Distinct().Count()
                && amounts.GroupBy(a => a.Currency).All(g => bag[g.Key].Amount == g.Sum(a => a.Amount));
        });
}
