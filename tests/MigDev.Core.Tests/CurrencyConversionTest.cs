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
}
