using CsCheck;

namespace MigDev.Core.Tests;

public class AllocationTest
{
    private static readonly CurrencyCode Usd = CurrencyCode.USD;
    private static readonly CurrencyCode Eur = CurrencyCode.EUR;

    [Fact]
    public void Allocate_OneDollarSixtyWays_FortyTwoCentsAndTwentyOneCent()
    {
        var split = new Money(1.00m, Usd).Allocate(60);
        Assert.Equal(40, split.Shares.Count(s => s == new Money(0.02m, Usd)));
        Assert.Equal(20, split.Shares.Count(s => s == new Money(0.01m, Usd)));
        Assert.Equal(new Money(1.00m, Usd), Money.Sum(split.Shares));
        Assert.Equal(Enumerable.Range(0, 40), split.RemainderRecipients);
    }

    [Fact]
    public void Allocate_ThreeWays_FirstGetsTheLeftoverCent()
    {
        var split = new Money(100.00m, Eur).Allocate([1m, 1m, 1m]);
        Assert.Equal([new Money(33.34m, Eur), new Money(33.33m, Eur), new Money(33.33m, Eur)], split.Shares);
        Assert.Equal([0], split.RemainderRecipients);
        Assert.True(split.ReceivedRemainder(0));
        Assert.False(split.ReceivedRemainder(1));
    }

    [Fact]
    public void Allocate_LargestRemainderWins_NotTheFirst()
    {
        // Quotas of 0.10 by 1:2:7 are 0.01, 0.02, 0.07 exactly: no leftover.
        Assert.Empty(new Money(0.10m, Eur).Allocate([1m, 2m, 7m]).RemainderRecipients);

        // 0.05 by 0.2:0.3:0.5 is 1, 1.5, 2.5 cents: 1 cent left, the remainders .5 and .5 tie: index 1 first.
        var split = new Money(0.05m, Eur).Allocate([0.2m, 0.3m, 0.5m]);
        Assert.Equal([new Money(0.01m, Eur), new Money(0.02m, Eur), new Money(0.02m, Eur)], split.Shares);
        Assert.Equal([1], split.RemainderRecipients);

        // 0.08 by 1:1:5 is 1.142.., 1.142.., 5.714.. cents: the largest remainder (.714, the last share) wins.
        var third = new Money(0.08m, Eur).Allocate([1m, 1m, 5m]);
        Assert.Equal([new Money(0.01m, Eur), new Money(0.01m, Eur), new Money(0.06m, Eur)], third.Shares);
        Assert.Equal([2], third.RemainderRecipients);
    }

    [Fact]
    public void Allocate_CoFinancing_SixtyForty()
    {
        var split = new Money(15_000_000.00m, Eur).Allocate([60m, 40m]);
        Assert.Equal([new Money(9_000_000.00m, Eur), new Money(6_000_000.00m, Eur)], split.Shares);
        Assert.Equal("EUR 9000000.00", split[0].ToString());
    }

    [Fact]
    public void Allocate_ZeroWeight_GetsZero()
    {
        var split = new Money(1.00m, Usd).Allocate([1m, 0m, 1m]);
        Assert.Equal([new Money(0.50m, Usd), Money.Zero(Usd), new Money(0.50m, Usd)], split.Shares);
    }

    [Fact]
    public void Allocate_NegativeTotal_SharesCarryItsSign()
    {
        var split = new Money(-1.00m, Usd).Allocate(3);
        Assert.Equal([new Money(-0.34m, Usd), new Money(-0.33m, Usd), new Money(-0.33m, Usd)], split.Shares);
    }

    [Fact]
    public void Allocate_ZeroDecimalCurrency_UsesWholeUnits()
    {
        var split = new Money(100m, CurrencyCode.JPY).Allocate(3);
        Assert.Equal([new Money(34m, CurrencyCode.JPY), new Money(33m, CurrencyCode.JPY), new Money(33m, CurrencyCode.JPY)], split.Shares);
    }

    [Fact]
    public void Allocate_ExplicitDecimals_ForGold()
    {
        var split = new Money(1m, CurrencyCode.Parse("XAU")).Allocate([1m, 2m], 3);
        Assert.Equal([new Money(0.333m, CurrencyCode.Parse("XAU")), new Money(0.667m, CurrencyCode.Parse("XAU"))], split.Shares);
        Assert.Equal(3, split.DecimalPlaces);
    }

    [Fact]
    public void Allocate_NegativeWeight_ThrowsNamingIndexAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Money(1m, Usd).Allocate([1m, -0.5m]));
        Assert.Equal("weights", ex.ParamName);
        Assert.Contains("weights[1]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("-0.5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_AllZeroOrEmpty_ThrowsArgumentException()
    {
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => new Money(1m, Usd).Allocate([0m, 0m])).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => new Money(1m, Usd).Allocate(ReadOnlySpan<decimal>.Empty)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => new Money(1m, Usd).Allocate(0)).ParamName);
    }

    [Fact]
    public void Allocate_SubMinorUnitTotal_ThrowsInsteadOfRounding()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new Money(1.005m, Usd).Allocate(2));
        Assert.Contains("USD 1.005", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_NoMinorUnit_ThrowsNamingCode()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new Money(1m, CurrencyCode.Parse("XAU")).Allocate(2));
        Assert.Contains("XAU", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_HugeWeights_TakesTheExactWideningPath()
    {
        // Weights of 28 significant digits scaled to a common scale exceed 128 bits with the unit count.
        var split = new Money(1000.00m, Eur).Allocate([1234567890123456789012345678m, 0.0000000000000000000000000001m]);
        Assert.Equal([new Money(1000.00m, Eur), Money.Zero(Eur)], split.Shares);
    }

    [Fact]
    public void Allocate_MaxDecimal_InWholeUnits()
    {
        var split = new Money(decimal.MaxValue, CurrencyCode.JPY).Allocate(2);
        Assert.Equal(decimal.MaxValue, split[0].Amount + split[1].Amount);
        Assert.Throws<OverflowException>(() => new Money(decimal.MaxValue, Usd).Allocate(2));
    }

    [Fact]
    public void Property_SharesSumExactlyToTotalNeverOppositeSignZeroWeightGetsZero() =>
        Gen.Select(Gens.RoundedMoney, Gens.Weights).Sample((total, weights) =>
        {
            var split = total.Allocate(weights);
            var sum = Money.Sum(split.Shares, total.Currency);
            var unit = 1m / (decimal)Math.Pow(10, total.Currency.MinorUnit!.Value);
            for (var i = 0; i < weights.Length; i++)
            {
                var share = split[i];
                if (share.Sign * total.Sign < 0 || (weights[i] == 0m && !share.IsZero) || !share.IsRoundedToMinorUnit())
                {
                    return false;
                }
            }
            return sum == total
                && split.Count == weights.Length
                && split.RemainderRecipients.Length < weights.Length
                && split.RemainderRecipients.SequenceEqual(split.RemainderRecipients.Order());
        });

    [Fact]
    public void Property_EachShareWithinOneUnitOfItsExactQuota() =>
        Gen.Select(Gens.RoundedMoney, Gens.Weights).Sample((total, weights) =>
        {
            var split = total.Allocate(weights);
            var unit = 1m / (decimal)Math.Pow(10, total.Currency.MinorUnit!.Value);
            var weightSum = weights.Sum();
            return weights.Select((w, i) => Math.Abs(split[i].Amount - (total.Amount * (w / weightSum)))).All(d => d < unit * 1.0001m);
        });

    [Fact]
    public void Property_ScalingWeights_GivesTheSameSplit() =>
        Gen.Select(Gens.RoundedMoney, Gens.Weights).Sample((total, weights) =>
            total.Allocate(weights).Shares.SequenceEqual(total.Allocate([.. weights.Select(w => w * 100m)]).Shares));

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(Money.MaxAllocationShares + 1)]
    [InlineData(0)]
    public void Allocate_CountBeyondTheLimit_IsAnArgumentErrorStatingIt_NotOutOfMemory(int count)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Money(100m, CurrencyCode.EUR).Allocate(count));
        Assert.Equal("count", e.ParamName);
        Assert.Contains("1000000", e.Message.Replace(",", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_MoreWeightsThanTheLimit_IsAnArgumentError_AndTheLimitItselfSplits()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Money(100m, CurrencyCode.EUR).Allocate(new decimal[Money.MaxAllocationShares + 1]));
        Assert.Equal("weights", e.ParamName);
        var split = new Money(10_000m, CurrencyCode.EUR).Allocate(Money.MaxAllocationShares);
        Assert.Equal(Money.MaxAllocationShares, split.Shares.Length);
        Assert.Equal(new Money(0.01m, CurrencyCode.EUR), split.Shares[^1]);
    }
}
