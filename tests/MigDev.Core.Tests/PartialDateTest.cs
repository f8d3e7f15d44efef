using System.Text.Json;
using CsCheck;
using MigDev.Core.Tests.Contracts;
using NodaTime;

namespace MigDev.Core.Tests;

public class PartialDateTest
{
    [Theory]
    [InlineData("2008", DatePrecision.Year, "2008-01-01", "2008-12-31")]
    [InlineData("2012-12", DatePrecision.Month, "2012-12-01", "2012-12-31")]
    [InlineData("2008-02", DatePrecision.Month, "2008-02-01", "2008-02-29")]
    [InlineData("2007-03-07", DatePrecision.Day, "2007-03-07", "2007-03-07")]
    public void Parse_AsPreciseAsTheTextAndNoMore(string text, DatePrecision precision, string first, string last)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(first, date.FirstDay.ToString("uuuu-MM-dd", null));
        Assert.Equal(last, date.LastDay.ToString("uuuu-MM-dd", null));
        Assert.Equal(text, date.ToString());
    }

    [Fact]
    public void YearOnly_HasNoMadeUpMonthOrDay()
    {
        var date = PartialDate.FromYear(2008);
        Assert.Null(date.Month);
        Assert.Null(date.Day);
        Assert.Equal(2008, date.Year);
    }

    [Theory]
    [InlineData("08")]
    [InlineData("2008-13")]
    [InlineData("2011-02-30")]
    [InlineData("2008-1")]
    [InlineData("December 2012")]
    [InlineData("0000")]
    [InlineData("2008-12-01T00:00")]
    public void Parse_BadText_ThrowsFormatExceptionNamingValue(string text)
    {
        var ex = Assert.Throws<FormatException>(() => PartialDate.Parse(text));
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Fact]
    public void Default_IsRejectedLoudly()
    {
        var d = default(PartialDate);
        Assert.True(d.IsDefault);
        Assert.Throws<InvalidOperationException>(() => d.Year);
        Assert.Throws<InvalidOperationException>(() => d.FirstDay);
        Assert.Equal("(default PartialDate)", d.ToString());
    }

    [Fact]
    public void Equality_Contract_PrecisionMatters() =>
        EqualityContract.AssertStruct(PartialDate.Parse("2010"), PartialDate.FromYear(2010), PartialDate.Parse("2010-01"), PartialDate.Parse("2010-01-01"), PartialDate.FromYear(2011), default);

    [Fact]
    public void FromYear_OutOfRange_ThrowsNamingValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYear(0));
        Assert.Equal("year", ex.ParamName);
        Assert.Contains("was 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Property_ParseToString_RoundTrips() =>
        Gen.Select(Gen.Int[1, 9999], Gen.Int[0, 12], Gen.Int[0, 31]).Sample((y, m, d) =>
        {
            var date = m == 0 ? PartialDate.FromYear(y)
                : d == 0 || d > DateTime.DaysInMonth(y, m) ? PartialDate.FromYearMonth(new YearMonth(y, m))
                : PartialDate.FromDate(new LocalDate(y, m, d));
            return PartialDate.Parse(date.ToString()) == date && date.FirstDay <= date.LastDay && date.Covers(date.FirstDay) && date.Covers(date.LastDay);
        });

    [Fact]
    public void Json_IsTheIsoString()
    {
        var json = JsonSerializer.Serialize(PartialDate.Parse("2012-12"), TestJsonContext.Default.PartialDate);
        Assert.Equal("\"2012-12\"", json);
        Assert.Equal(PartialDate.Parse("2012-12"), JsonSerializer.Deserialize(json, TestJsonContext.Default.PartialDate));
        Assert.Contains("'2012-13'", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"2012-13\"", TestJsonContext.Default.PartialDate)).Message, StringComparison.Ordinal);
    }

    // Issue 21: TryFormat writes in place (and ToString through it); the ISO text, built here, or nothing (0 written)
    // when it does not fit.
    [Fact]
    public void TryFormat_AnyDate_IsTheIsoText_OrNothingWhenShort() =>
        Gen.Select(Gen.Int[1, 9999], Gen.Int[0, 12], Gen.Int[1, 28], Gen.Int[0, 12]).Sample((y, m, d, room) =>
        {
            var (date, text) = m == 0 ? (PartialDate.FromYear(y), $"{y:D4}")
                : d % 2 == 0 ? (PartialDate.FromYearMonth(new NodaTime.YearMonth(y, m)), $"{y:D4}-{m:D2}")
                : (PartialDate.FromDate(new NodaTime.LocalDate(y, m, d)), $"{y:D4}-{m:D2}-{d:D2}");
            var buffer = new char[room];
            var ok = date.TryFormat(buffer, out var written, default, null);
            return ok == (room >= text.Length) && (ok ? new string(buffer, 0, written) == text : written == 0) && date.ToString() == text;
        }, seed: "0PdT5fG7hJ9k", iter: Hostile.TryMethodsTest.Iterations(5_000));

    [Fact]
    public void TryFormat_Default_WritesItsDescription()
    {
        var buffer = new char[64];
        Assert.True(default(PartialDate).TryFormat(buffer, out var written, default, null));
        Assert.Equal(default(PartialDate).ToString(), new string(buffer, 0, written));
    }
}
