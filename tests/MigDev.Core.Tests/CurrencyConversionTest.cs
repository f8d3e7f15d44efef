using CsCheck;
using MigDev.Core.Tests.Contracts;
using NodaTime;

namespace MigDev.Core.Tests;

public class CurrencyConversionTest
{
    [Fact]
    public void Default_IsRejectedLoudly()
    {
        var d = default(CurrencyConversion);
        Assert.True(d.IsDefault);
        Assert.Throws<InvalidOperationException>(() => d.Converted);
        Assert.Throws<InvalidOperationException>(() => d.Rate);
        Assert.Equal("(default CurrencyConversion)", d.ToString());
    }

    [Fact]
    public void Equality_Contract()
    {
        var date = new LocalDate(2008, 1, 2);
        var a = CurrencyConverter.Ecb.Convert(new Money(10m, CurrencyCode.EUR), CurrencyCode.USD, date, RatePolicy.ExactDate);
        var b = CurrencyConverter.Ecb.Convert(new Money(10m, CurrencyCode.EUR), CurrencyCode.USD, date, RatePolicy.ExactDate);
        var c = CurrencyConverter.Ecb.Convert(new Money(11m, CurrencyCode.EUR), CurrencyCode.USD, date, RatePolicy.ExactDate);
        EqualityContract.AssertStruct(a, b, c, a.Round(), default);
    }

    // Issue 21: a cross conversion divides its rate out only when asked; the rate it gives is the ECB's two rates of
    // the day, read here from the CSV, divided: (EUR→to) ÷ (EUR→from), and so is GetRate's.
    [Fact]
    public void Property_CrossRate_IsTheCsvsRatesDivided() =>
        Gen.Select(Gen.Int[0, EcbCsv.Dates.Count - 1], Gen.Int[0, EcbCsv.Currencies.Count - 1], Gen.Int[0, EcbCsv.Currencies.Count - 1], Gen.Int[1, 1_000_000_000])
            .Where((d, a, b, _) => a != b && EcbCsv.Cell(EcbCsv.Dates[d], EcbCsv.Currencies[a]) is not (null or "N/A") && EcbCsv.Cell(EcbCsv.Dates[d], EcbCsv.Currencies[b]) is not (null or "N/A"))
            .Sample((d, a, b, cents) =>
            {
                var (date, from, to) = (EcbCsv.Dates[d], EcbCsv.Currencies[a], EcbCsv.Currencies[b]);
                var (fromRate, toRate) = (EcbCsv.Rate(date, from), EcbCsv.Rate(date, to));
                var amount = new Money(cents / 100m, CurrencyCode.Parse(from));
                var conversion = CurrencyConverter.Ecb.Convert(amount, CurrencyCode.Parse(to), date, RatePolicy.ExactDate);
                var expectedRate = (1m / fromRate) * toRate;
                return conversion.LegCount == 2
                    && conversion.Rate.Rate == expectedRate
                    && conversion.Rate == CurrencyConverter.Ecb.GetRate(amount.Currency, conversion.Converted.Currency, date, RatePolicy.ExactDate)
                    && conversion.Rate.Derivation == RateDerivation.Cross
                    && conversion.Unrounded.Amount == cents / 100m / fromRate * toRate
                    && conversion.DaysBack == 0;
            }, seed: "0C7rS3xE1aTq", iter: Hostile.TryMethodsTest.Iterations(2_000));
}
