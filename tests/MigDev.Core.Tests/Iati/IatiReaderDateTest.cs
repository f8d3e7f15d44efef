using CsCheck;
using MigDev.Core.Iati;
using NodaTime;
using NodaTime.Text;

namespace MigDev.Core.Tests.Iati;

/// <summary>The reader reads the usual <c>yyyy-MM-dd</c> without NodaTime's pattern (run 18 of docs/benchmarks.md); the
/// pattern, as the reader used it before, is the oracle for every text.</summary>
public class IatiReaderDateTest
{
    // Digits and dashes in the date's shape, near misses around it, zones and spaces.
    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.Select(Gen.Int[0, 10_500], Gen.Int[0, 14], Gen.Int[0, 33], (y, m, d) => $"{y:D4}-{m:D2}-{d:D2}"),
        Gen.Select(Gen.Int[0, 10_500], Gen.Int[0, 14], Gen.Int[0, 33], Gen.String["0123456789-+Z: T"], (y, m, d, tail) => $"{y:D4}-{m:D2}-{d:D2}{tail}"),
        Gen.String["0123456789-+Z: \u0660\u0661\uFF11"]);

    [Theory]
    [InlineData("2020-02-29")]
    [InlineData("2019-02-29")]
    [InlineData("2100-02-29")]
    [InlineData("2000-02-29")]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("-0001-01-01")]
    [InlineData("2020-13-01")]
    [InlineData("2020-00-10")]
    [InlineData("2020-01-00")]
    [InlineData("2020-04-31")]
    [InlineData(" 2020-01-01 ")]
    [InlineData("2020-01-01Z")]
    [InlineData("2020-01-01+01:00")]
    [InlineData("2020-01-01-05:00")]
    [InlineData("2020-01-01T00:00:00")]
    [InlineData("2020-1-01")]
    [InlineData("20200101")]
    [InlineData("\u0662\u0660\u0662\u0660-01-01")]
    [InlineData("")]
    [InlineData(null)]
    public void ParseDate_IsThePattern(string? text) => Assert.Equal(Pattern(text), IatiReader.ParseDate(text));

    [Fact]
    public void ParseDate_IsThePattern_ForAnyText() => Texts.Sample(text => Assert.Equal(Pattern(text), IatiReader.ParseDate(text)), iter: 20_000);

    // The reader's reading of a date before run 18, whole, with the zones xsd:date allows since issue 18: Z, or ±hh:mm
    // from -14:00 to +14:00 (XML Schema 1.1 part 2, timezoneFrag), and nothing else after the day.
    private static LocalDate? Pattern(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var span = text.AsSpan().Trim();
        if (span.Length > 10)
        {
            if (!System.Text.RegularExpressions.Regex.IsMatch(span[10..].ToString(), @"^(Z|[+-](0[0-9]|1[0-3]):[0-5][0-9]|[+-]14:00)\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant))
            {
                return null;
            }
            span = span[..10];
        }
        var result = LocalDatePattern.Iso.Parse(span.ToString());
        return result.Success && result.Value.Year >= 1 ? result.Value : null;
    }
}
