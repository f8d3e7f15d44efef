using NodaTime;

namespace MigDev.Core.Tests;

public class EcbRateDisagreementTest
{
    [Fact]
    public void Equality_ByDateCurrencyAndRatesAsNumbers()
    {
        var a = new EcbRateDisagreement(new LocalDate(2008, 1, 2), CurrencyCode.USD, 1.4688m, 1.4689m);

        Assert.Equal(a, new EcbRateDisagreement(new LocalDate(2008, 1, 2), CurrencyCode.USD, 1.46880m, 1.4689m));
        Assert.True(a == new EcbRateDisagreement(new LocalDate(2008, 1, 2), CurrencyCode.USD, 1.4688m, 1.4689m));
        Assert.True(a != new EcbRateDisagreement(new LocalDate(2008, 1, 2), CurrencyCode.USD, 1.4688m, null));
        Assert.NotEqual(a, new EcbRateDisagreement(new LocalDate(2008, 1, 3), CurrencyCode.USD, 1.4688m, 1.4689m));
        Assert.Equal(a.GetHashCode(), new EcbRateDisagreement(new LocalDate(2008, 1, 2), CurrencyCode.USD, 1.4688m, 1.4689m).GetHashCode());
        Assert.False(a.Equals((object?)null));
    }

    [Fact]
    public void ToString_NamesDatePairAndBothValues() =>
        Assert.Equal("2008-01-02 EUR→USD: history 1.4688, file none", new EcbRateDisagreement(new LocalDate(2008, 1, 2), CurrencyCode.USD, 1.4688m, null).ToString());
}
