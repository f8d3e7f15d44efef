using CsCheck;
using NodaTime;

namespace MigDev.Core.Tests;

/// <summary>An inverse divides by the rate it was inverted from: a round trip through it is exact.</summary>
public class ExchangeRateInverseTest
{
    private static readonly CurrencyCode Xof = CurrencyCode.Parse("XOF");
    private static readonly LocalDate Date = new(2021, 6, 14);

    // 1 EUR = 655.957 XOF: the parity of the franc CFA, 100 CFA francs to the French franc times the French franc's
    // conversion rate 6.55957 (Council Regulation (EC) No 2866/98).
    private static readonly ExchangeRate EurXof = new(CurrencyCode.EUR, Xof, 100m * 6.55957m, Date, new ExchangeRateSource("Contract"));

    [Fact]
    public void FixedPolicy_XofToEurAndBack_IsExact()
    {
        var converter = new CurrencyConverter(SuppliedExchangeRateProvider.Empty);
        var policy = RatePolicy.Fixed(EurXof);

        var xof = converter.Convert(new Money(1000m, CurrencyCode.EUR), Xof, Date, policy);
        var eur = converter.Convert(xof.Converted, CurrencyCode.EUR, Date, policy);

        Assert.Equal(655957m, xof.Converted.Amount);
        Assert.Equal(1000m, eur.Converted.Amount);
        Assert.Equal(RateDerivation.Inverse, eur.Rate.Derivation);
        Assert.Equal(1m / 655.957m, eur.Rate.Rate);
    }

    [Fact]
    public void Invert_Twice_IsThePublishedRateExactly()
    {
        var twice = EurXof.Invert().Invert();
        Assert.Equal(EurXof, twice);
        Assert.Equal(new Money(1m, CurrencyCode.EUR), EurXof.Invert().Convert(new Money(655.957m, Xof)));
        Assert.NotEqual(EurXof.Invert(), new ExchangeRate(Xof, CurrencyCode.EUR, 1m / 655.957m, Date, EurXof.Source));
    }

    [Fact]
    public void Property_EurToAnyRateAndBack_IsExactForAnyAmount() =>
        Gen.Select(Gen.Long[1, 999_999_999_999L], Gen.Int[0, 4], Gen.Int[1, 9_999_999], Gen.Int[0, 6]).Sample((cents, scale, mantissa, rateScale) =>
        {
            var amount = new decimal(cents) / DecimalPow(scale);
            var rate = new ExchangeRate(CurrencyCode.EUR, Xof, mantissa / DecimalPow(rateScale), Date, EurXof.Source);
            var there = rate.Convert(new Money(amount, CurrencyCode.EUR));
            return rate.Invert().Convert(there).Amount == amount;
        }, seed: "0vSM1KW2hKq1");

    private static decimal DecimalPow(int n) => n == 0 ? 1m : 10m * DecimalPow(n - 1);
}
