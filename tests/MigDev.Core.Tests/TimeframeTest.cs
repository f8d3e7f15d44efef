using CsCheck;
using NodaTime;

namespace MigDev.Core.Tests;

public class TimeframeTest
{
    [Theory]
    [InlineData("2009/2011")]
    [InlineData("2011/..")]
    [InlineData("../2010-06")]
    [InlineData("P4Y")]
    [InlineData("2008/P4Y")]
    [InlineData("2007-03-07")]
    [InlineData("2012-12/..")]
    public void Parse_ToString_RoundTrips(string text) =>
        Assert.Equal(text, Timeframe.Parse(text).ToString());

    [Fact]
    public void FromTwoThousandNineToTwoThousandEleven_CertainInsideUncertainInTheEndYears()
    {
        // A year says "some day in that year": the first and last years are only partly certain.
        var tf = Timeframe.Between(PartialDate.FromYear(2009), PartialDate.FromYear(2011));
        Assert.Null(tf.Covers(new LocalDate(2009, 1, 1)));
        Assert.True(tf.Covers(new LocalDate(2009, 12, 31)));
        Assert.True(tf.Covers(new LocalDate(2010, 6, 1)));
        Assert.True(tf.Covers(new LocalDate(2011, 1, 1)));
        Assert.Null(tf.Covers(new LocalDate(2011, 12, 31)));
        Assert.False(tf.Covers(new LocalDate(2008, 12, 31)));
        Assert.False(tf.Covers(new LocalDate(2012, 1, 1)));
    }

    [Fact]
    public void SinceTwoThousandTwelve_InsideTheYearIsUncertain()
    {
        var tf = Timeframe.Since(PartialDate.FromYear(2012));
        Assert.False(tf.Covers(new LocalDate(2011, 6, 1)));
        Assert.Null(tf.Covers(new LocalDate(2012, 3, 1)));
        Assert.True(tf.Covers(new LocalDate(2012, 12, 31)));
        Assert.True(tf.Covers(new LocalDate(2026, 11, 23)));
    }

    [Fact]
    public void DurationOnly_SaysNothingAboutDays()
    {
        var tf = Timeframe.OfDuration(Period.FromYears(4));
        Assert.Null(tf.Covers(new LocalDate(2008, 1, 1)));
        Assert.Null(tf.Start);
        Assert.Equal(Period.FromYears(4), tf.Duration);
    }

    [Fact]
    public void StartAndDuration_ImplyAnUncertainEnd()
    {
        var tf = Timeframe.Parse("2008/P4Y");
        Assert.True(tf.Covers(new LocalDate(2010, 6, 1)));
        Assert.Null(tf.Covers(new LocalDate(2012, 6, 1)));
        Assert.False(tf.Covers(new LocalDate(2013, 1, 1)));
    }

    [Theory]
    [InlineData("2011/2009")]
    [InlineData("../..")]
    [InlineData("2009/2010/2011")]
    [InlineData("P-1Y")]
    [InlineData("../P4Y")]
    [InlineData("soon")]
    public void Parse_Bad_ThrowsFormatExceptionNamingValue(string text)
    {
        var ex = Assert.Throws<FormatException>(() => Timeframe.Parse(text));
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NothingOrEndBeforeStart_Throws()
    {
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => new Timeframe(null)).ParamName);
        var ex = Assert.Throws<ArgumentException>(() => Timeframe.Between(PartialDate.FromYear(2011), PartialDate.FromYear(2009)));
        Assert.Equal("end", ex.ParamName);
        Assert.Contains("2009", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_ByParts()
    {
        Assert.Equal(Timeframe.Parse("2009/2011"), Timeframe.Between(PartialDate.FromYear(2009), PartialDate.FromYear(2011)));
        Assert.Equal(Timeframe.Parse("2009/2011").GetHashCode(), Timeframe.Between(PartialDate.FromYear(2009), PartialDate.FromYear(2011)).GetHashCode());
        Assert.NotEqual(Timeframe.Parse("2009/2011"), Timeframe.Parse("2009/2011-12"));
    }

    [Theory]
    [InlineData("2012/P1W", "2012/P7D")]
    [InlineData("P2W3D", "P17D")]
    [InlineData("2012-03/P1Y2W", "2012-03/P1Y14D")]
    public void Parse_Weeks_AreDays_SoTheTextReadsBackEqual(string text, string normalized)
    {
        var t = Timeframe.Parse(text);
        Assert.Equal(normalized, t.ToString());
        Assert.Equal(t, Timeframe.Parse(t.ToString()));
        Assert.Equal(Timeframe.Parse(normalized), t);
        Assert.Equal(Timeframe.Parse(normalized).GetHashCode(), t.GetHashCode());
    }

    [Fact]
    public void ToString_OfAnyTimeframe_ParsesBackEqual() =>
        Gen.Select(Gen.Int[1990, 2030], Gen.Int[0, 3], Gen.Int[0, 60], Gen.Int[0, 3]).Sample((year, years, days, kind) =>
        {
            var duration = NodaTime.Period.FromYears(years) + NodaTime.Period.FromWeeks(days / 7) + NodaTime.Period.FromDays(days % 7 + (years == 0 && days == 0 ? 1 : 0));
            var start = PartialDate.Parse(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var t = kind switch
            {
                0 => new Timeframe(start, null, duration),
                1 => Timeframe.OfDuration(duration),
                2 => new Timeframe(start, PartialDate.Parse((year + years).ToString(System.Globalization.CultureInfo.InvariantCulture))),
                _ => new Timeframe(null, start),
            };
            Assert.Equal(t, Timeframe.Parse(t.ToString()));
        }, seed: "0N1oBu2cCzG4", iter: Hostile.TryMethodsTest.Iterations(500));
}
