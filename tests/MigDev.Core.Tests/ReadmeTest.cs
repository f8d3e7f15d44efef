using NodaTime;

namespace MigDev.Core.Tests;

/// <summary>The README's quick start, kept compiling and true: each comment there is an assertion here.</summary>
public class ReadmeTest
{
    [Fact]
    public void QuickStart_DoesWhatTheReadmeSays()
    {
        var pledge = new Money(15_000_000.00m, CurrencyCode.EUR);
        var total = pledge + Money.Parse("EUR 250000.00");
        var shares = total.Allocate([60m, 40m]);
        var rounded = Money.Parse("USD 10.125").Round();
        var bag = MoneyBag.Of([pledge, new Money(2_500_000m, CurrencyCode.USD)]);
        var inUse = CurrencyCode.Parse("CYP").IsInUseOn(new LocalDate(2009, 3, 1));
        var usd = CurrencyConverter.Ecb.Convert(pledge, CurrencyCode.USD, new LocalDate(2008, 1, 2), RatePolicy.ExactDate, MidpointRounding.ToEven);

        Assert.Equal("EUR 15250000.00", total.ToString());
        Assert.Equal(["EUR 9150000.00", "EUR 6100000.00"], shares.Select(s => s.ToString()));
        Assert.Equal("USD 10.12", rounded.ToString());
        Assert.Equal(2, bag.Count);
        Assert.False(inUse);
        Assert.Equal("USD 22032000.00", usd.Converted.ToString());
        Assert.Equal(1.4688m, usd.Rate.Rate);
        Assert.Equal(new LocalDate(2008, 1, 2), usd.Rate.Date);
    }

    [Fact]
    public void PackageReadme_DoesWhatItSays()
    {
        var pledge = new Money(15_000_000.00m, CurrencyCode.EUR);
        Assert.Equal(["EUR 9000000.00", "EUR 6000000.00"], pledge.Allocate([60m, 40m]).Select(s => s.ToString()));
        Assert.Equal("[EUR 15000000.00, USD 2500000.00]", MoneyBag.Of([pledge, Money.Parse("USD 2500000.00")]).ToString());
    }
}
