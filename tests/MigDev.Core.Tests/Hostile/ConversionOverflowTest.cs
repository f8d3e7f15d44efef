using System.Globalization;
using CsCheck;
using NodaTime;

namespace MigDev.Core.Tests.Hostile;

/// <summary>Amounts and rates at the edges of <see cref="decimal"/> (issue 18): <c>TryConvert</c> of EUR
/// <c>decimal.MaxValue</c> into JPY threw <see cref="OverflowException"/>, and the inverse of a rate of 2·10^28 or more
/// was a rate of 0. A result beyond decimal's range is now an <see cref="OverflowException"/> naming the amount and
/// the rates; a Try path returns <see langword="false"/> instead.</summary>
public class ConversionOverflowTest
{
    private const string BeyondDecimal = "beyond the range of decimal";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly CurrencyCode Eur = CurrencyCode.EUR;
    private static readonly CurrencyCode Usd = CurrencyCode.USD;
    private static readonly CurrencyCode Gbp = CurrencyCode.GBP;
    private static readonly CurrencyCode Jpy = CurrencyCode.JPY;
    private static readonly LocalDate Day = EcbCsv.Dates.First(d => d.Year == 2024);
    private static readonly ExchangeRateSource Contract = new("Contract");

    /// <summary>The smallest rate whose inverse rounds to zero in decimal: 1/(2·10^28) = 5·10^-29, half of decimal's
    /// last place (10^-28), rounds to even, zero.</summary>
    private static readonly decimal NoInverseFrom = decimal.Parse("20000000000000000000000000000", Inv);

    [Fact]
    public void TryConvert_MaxEuroToYen_ReturnsFalse_ConvertThrowsNamingAmountAndRate()
    {
        var max = new Money(decimal.MaxValue, Eur);
        var ecb = CurrencyConverter.Ecb;

        Assert.False(ecb.TryConvert(max, Jpy, Day, RatePolicy.ExactDate, out var none));
        Assert.True(none.IsDefault);
        var ex = Assert.Throws<OverflowException>(() => ecb.Convert(max, Jpy, Day, RatePolicy.ExactDate));
        Assert.Contains("EUR 79228162514264337593543950335", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"EUR→JPY {EcbCsv.Cell(Day, "JPY")} on {Day:uuuu-MM-dd}", ex.Message, StringComparison.Ordinal);
        Assert.Contains(BeyondDecimal, ex.Message, StringComparison.Ordinal);
        Assert.Throws<OverflowException>(() => ecb.Convert(max, Jpy, Day, RatePolicy.ExactDate, MidpointRounding.ToEven));

        // Through the pivot: USD→JPY is USD ÷ (EUR→USD) × (EUR→JPY); both legs are named.
        var cross = Assert.Throws<OverflowException>(() => ecb.Convert(new Money(decimal.MaxValue, Usd), Jpy, Day, RatePolicy.ExactDate));
        Assert.Contains($"EUR→JPY {EcbCsv.Cell(Day, "JPY")}", cross.Message, StringComparison.Ordinal);
        Assert.Contains("USD→EUR", cross.Message, StringComparison.Ordinal);
        Assert.False(ecb.TryConvert(new Money(decimal.MaxValue, Usd), Jpy, Day, RatePolicy.ExactDate, out _));

        // The other way the amount shrinks, and converts.
        Assert.True(ecb.TryConvert(new Money(decimal.MaxValue, Jpy), Eur, Day, RatePolicy.ExactDate, out _));
    }

    [Fact]
    public void ExchangeRateConvert_BeyondDecimal_ThrowsNamingAmountAndRate()
    {
        var rate = new ExchangeRate(Eur, Jpy, 160m, Day, Contract);
        var ex = Assert.Throws<OverflowException>(() => rate.Convert(new Money(decimal.MaxValue, Eur)));
        Assert.Contains("EUR 79228162514264337593543950335", ex.Message, StringComparison.Ordinal);
        Assert.Contains("EUR→JPY 160", ex.Message, StringComparison.Ordinal);
        Assert.Contains(BeyondDecimal, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invert_ARateOf2E28OrMore_ThrowsNamingTheRate_JustBelowItInverts()
    {
        var huge = new ExchangeRate(Eur, Usd, NoInverseFrom, Day, Contract);
        var ex = Assert.Throws<OverflowException>(() => huge.Invert());
        Assert.Contains("EUR→USD 20000000000000000000000000000", ex.Message, StringComparison.Ordinal);
        Assert.Contains("no inverse", ex.Message, StringComparison.Ordinal);
        Assert.Throws<OverflowException>(() => new ExchangeRate(Eur, Usd, decimal.MaxValue, Day, Contract).Invert());

        var below = new ExchangeRate(Eur, Usd, NoInverseFrom - 1m, Day, Contract).Invert();
        Assert.Equal(0.0000000000000000000000000001m, below.Rate);
        Assert.Equal(NoInverseFrom - 1m, below.Invert().Rate);

        // The converter's Try path does not throw on the inverse either; Convert and GetRate say why.
        var converter = new CurrencyConverter(SuppliedExchangeRateProvider.Empty.Add(huge));
        Assert.False(converter.TryConvert(new Money(1m, Usd), Eur, Day, RatePolicy.ExactDate, out _));
        Assert.Contains("no inverse", Assert.Throws<OverflowException>(() => converter.Convert(new Money(1m, Usd), Eur, Day, RatePolicy.ExactDate)).Message, StringComparison.Ordinal);
        Assert.Throws<OverflowException>(() => converter.GetRate(Usd, Eur, Day, RatePolicy.ExactDate));
        Assert.False(converter.TryConvert(new Money(1m, Usd), Eur, Day, RatePolicy.Fixed(huge), out _));
    }

    [Fact]
    public void Cross_BeyondDecimalEitherWay_ThrowsNamingBothLegs()
    {
        var large = new ExchangeRate(Usd, Eur, 1e20m, Day, Contract);
        var large2 = new ExchangeRate(Eur, Gbp, 1e20m, Day, Contract);
        var tooLarge = Assert.Throws<OverflowException>(() => ExchangeRate.Cross(large, large2));
        Assert.Contains("USD→EUR 100000000000000000000", tooLarge.Message, StringComparison.Ordinal);
        Assert.Contains("EUR→GBP 100000000000000000000", tooLarge.Message, StringComparison.Ordinal);
        Assert.Contains(BeyondDecimal, tooLarge.Message, StringComparison.Ordinal);

        var small = new ExchangeRate(Usd, Eur, 0.00000000000000000001m, Day, Contract);
        var small2 = new ExchangeRate(Eur, Gbp, 0.00000000000000000001m, Day, Contract);
        var tooSmall = Assert.Throws<OverflowException>(() => ExchangeRate.Cross(small, small2));
        Assert.Contains("rounds to zero", tooSmall.Message, StringComparison.Ordinal);

        // Through a converter's pivot: Try is false, Convert and GetRate throw the same.
        var provider = SuppliedExchangeRateProvider.Empty.WithPivotCurrency(Eur).Add(small).Add(small2);
        var converter = new CurrencyConverter(provider);
        Assert.False(converter.TryConvert(new Money(1m, Usd), Gbp, Day, RatePolicy.ExactDate, out _));
        Assert.Contains("rounds to zero", Assert.Throws<OverflowException>(() => converter.GetRate(Usd, Gbp, Day, RatePolicy.ExactDate)).Message, StringComparison.Ordinal);
    }

    /// <summary>Inverting any positive rate: it inverts exactly when 1/rate does not round to zero, computed here in
    /// decimal; the inverse is then positive and inverts back to the rate exactly.</summary>
    [Fact]
    public void Property_Invert_AnyRate_InvertsOrThrowsOverflow()
    {
        ExtremeRate.Sample(r =>
        {
            var rate = new ExchangeRate(Eur, Usd, r, Day, Contract);
            if (1m / r == 0m)
            {
                var ex = Assert.Throws<OverflowException>(() => rate.Invert());
                return ex.Message.Contains(r.ToString(Inv), StringComparison.Ordinal);
            }
            var inverse = rate.Invert();
            return inverse.Rate == 1m / r && inverse.Rate > 0m && inverse.Invert() == rate;
        }, seed: "0b2C4kd7lH6w", iter: TryMethodsTest.Iterations(2_000));
    }

    /// <summary>Crossing any two positive rates: the cross is their decimal product when that is in range and not
    /// zero, and an <see cref="OverflowException"/> otherwise.</summary>
    [Fact]
    public void Property_Cross_AnyTwoRates_IsTheProductOrThrowsOverflow()
    {
        Gen.Select(ExtremeRate, ExtremeRate).Sample((a, b) =>
        {
            var first = new ExchangeRate(Usd, Eur, a, Day, Contract);
            var second = new ExchangeRate(Eur, Gbp, b, Day, Contract);
            decimal? product;
            try
            {
                product = a * b;
            }
            catch (OverflowException)
            {
                product = null;
            }
            if (product is not { } p || p == 0m)
            {
                Assert.Throws<OverflowException>(() => ExchangeRate.Cross(first, second));
                return true;
            }
            return ExchangeRate.Cross(first, second).Rate == p;
        }, seed: "0c7Wq1xN5pE2", iter: TryMethodsTest.Iterations(2_000));
    }

    /// <summary>Converting any amount at any rates, direct, inverse or across the pivot: <c>TryConvert</c> never
    /// throws and succeeds exactly when <c>Convert</c> does, with an equal result; <c>Convert</c> fails only with
    /// <see cref="OverflowException"/>, and does whenever the result (estimated here in <see cref="double"/>) is well
    /// beyond decimal's range, and never when it and every rate used are well inside.</summary>
    [Fact]
    public void Property_Convert_AnyAmountAnyRates_TryNeverThrowsAndAgreesWithConvert()
    {
        (CurrencyCode From, CurrencyCode To)[] routes = [(Eur, Usd), (Usd, Eur), (Usd, Gbp), (Gbp, Usd)];
        var amounts = Gen.OneOf(Gen.Decimal, Gen.Const(decimal.MaxValue), Gen.Const(decimal.MinValue), Gens.Amount);
        Gen.Select(amounts, ExtremeRate, ExtremeRate, Gen.Int[0, routes.Length - 1]).Sample((amount, eurUsd, eurGbp, route) =>
        {
            var provider = SuppliedExchangeRateProvider.Empty.WithPivotCurrency(Eur)
                .Add(new ExchangeRate(Eur, Usd, eurUsd, Day, Contract)).Add(new ExchangeRate(Eur, Gbp, eurGbp, Day, Contract));
            var converter = new CurrencyConverter(provider);
            var (from, to) = routes[route];
            var money = new Money(amount, from);
            var ok = converter.TryConvert(money, to, Day, RatePolicy.ExactDate, out var tried);
            CurrencyConversion converted = default;
            var thrown = Record.Exception(() => converted = converter.Convert(money, to, Day, RatePolicy.ExactDate));
            if (ok != thrown is null || (ok && tried != converted) || (thrown is not null and not OverflowException))
            {
                return false;
            }
            double usd = (double)eurUsd, gbp = (double)eurGbp;
            var rate = (from, to) == (Eur, Usd) ? usd : (from, to) == (Usd, Eur) ? 1 / usd : (from, to) == (Usd, Gbp) ? gbp / usd : usd / gbp;
            var result = Math.Abs((double)amount * rate);
            var firstLeg = Math.Abs((double)amount / (from == Usd ? usd : from == Gbp ? gbp : 1));
            var inside = result < 1e27 && firstLeg < 1e27 && new[] { usd, gbp, rate }.All(r => r is > 1e-20 and < 1e20);
            return result > 1e29 ? !ok : !inside || ok;
        }, seed: "0Rt8sZ2mQw4v", iter: TryMethodsTest.Iterations(2_000));
    }

    [Fact]
    public void Total_SumBeyondDecimal_ThrowsNamingTheCurrency()
    {
        var bag = MoneyBag.Of([new Money(decimal.MaxValue, Eur), new Money(decimal.MaxValue / 2m, Usd)]);
        var ex = Assert.Throws<OverflowException>(() => CurrencyConverter.Ecb.Total(bag, Eur, Day, RatePolicy.ExactDate));
        Assert.Contains("EUR", ex.Message, StringComparison.Ordinal);
        Assert.Contains("total", ex.Message, StringComparison.Ordinal);
        Assert.Contains(BeyondDecimal, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MoneyBag_SubtotalBeyondDecimal_ThrowsNamingTheSubtotalAndTheAmount()
    {
        var max = new Money(decimal.MaxValue, Eur);
        foreach (var add in new Func<MoneyBag>[]
        {
            () => MoneyBag.Of([max, new Money(1m, Eur)]),
            () => MoneyBag.Of([max]).Add(new Money(1m, Eur)),
            () => MoneyBag.Of([max]) + MoneyBag.Of([new Money(1m, Eur)]),
        })
        {
            var ex = Assert.Throws<OverflowException>(add);
            Assert.Contains("EUR 79228162514264337593543950335 + EUR 1", ex.Message, StringComparison.Ordinal);
            Assert.Contains(BeyondDecimal, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ConvertAll_ALineOrATotalBeyondDecimal_IsListedAsOutOfRange_NotThrown()
    {
        var ec = AgencyId.Parse("european-commission");
        var date = PartialDate.FromDate(Day);
        FundingCommitment Commitment(decimal amount, CurrencyCode currency) =>
            new([new(ec)], FundingStage.Commitment, new Money(amount, currency)) { ValueDate = date };
        var commitments = new[] { Commitment(decimal.MaxValue, Gbp), Commitment(1m, Eur), Commitment(decimal.MaxValue, Eur), Commitment(2m, Eur) };
        var analytics = new FundingAnalytics(new MigDevModel(AgencyDirectory.Empty, []) { Commitments = [.. commitments] });

        var conversion = analytics.ConvertAll(FundingStage.Commitment, CurrencyConverter.Ecb, Eur, RatePolicy.ExactDate, d => d.FirstDay);

        // GBP max is beyond decimal in euros (a pound is more than a euro); EUR max converts alone but would take the
        // total beyond decimal: both listed, the rest converts.
        Assert.True(EcbCsv.Rate(Day, "GBP") < 1m);
        Assert.Equal([1, 3], conversion.Lines.Select(l => Array.IndexOf(commitments, l.Commitment)));
        Assert.Equal([(0, UnconvertedReason.OutOfRange), (2, UnconvertedReason.OutOfRange)], conversion.Unconverted.Select(u => (u.Index, u.Reason)));
        Assert.Equal(new Money(3m, Eur), conversion.Total);
        Assert.Contains(BeyondDecimal, conversion.Unconverted[0].Message, StringComparison.Ordinal);
        Assert.Contains(BeyondDecimal, conversion.Unconverted[1].Message, StringComparison.Ordinal);
        Assert.Contains("total", conversion.Unconverted[1].Message, StringComparison.Ordinal);
    }

    /// <summary>Positive rates across decimal's whole range: any decimal, the extremes and the values around the
    /// boundary of inversion.</summary>
    private static Gen<decimal> ExtremeRate { get; } = Gen.OneOf(
        Gen.Decimal.Select(Math.Abs).Where(d => d > 0m),
        Gen.Select(Gen.Int[1, int.MaxValue], Gen.Int[0, 28], (m, s) => new decimal(m, 0, 0, false, (byte)s)),
        Gen.Long[-1_000_000, 1_000_000].Select(d => NoInverseFrom + d),
        Gen.Const(decimal.MaxValue),
        Gen.Const(0.0000000000000000000000000001m));
}
