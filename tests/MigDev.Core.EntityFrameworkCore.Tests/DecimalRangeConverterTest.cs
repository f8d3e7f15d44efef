namespace MigDev.Core.EntityFrameworkCore.Tests;

/// <summary>The check of a (38, 18) column, by hand-picked values (the random ones run in <see cref="RoundTripTest"/>).</summary>
public class DecimalRangeConverterTest
{
    private static readonly DecimalRangeConverter Column = new(38, 18, "T", "C");

    [Theory]
    [InlineData("99999999999999999999.99999999")]           // 20 integer digits, 28 digits in all
    [InlineData("0.000000000000000001")]                     // 18 decimals
    [InlineData("1.5000000000000000000000000000")]           // 28 decimals, all but one trailing zeros
    [InlineData("-0.00")]
    public void AValueTheColumnHolds_IsKept(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(value, (decimal)Column.ConvertToProvider(value)!);
    }

    [Theory]
    [InlineData("100000000000000000000", "has 21 integer digits; the column (precision 38, scale 18) holds 20")]
    [InlineData("79228162514264337593543950335", "has 29 integer digits")]
    [InlineData("0.0000000000000000001", "has 19 significant decimal places; the column holds 18")]
    [InlineData("0.0000000000000000000000000001", "has 28 significant decimal places")]
    public void AValueTheColumnWouldRound_IsATypedError(string text, string reason)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var error = Assert.Throws<MigDevDatabaseValueException>(() => Column.ConvertToProvider(value));
        Assert.Equal(("T", "C", text), (error.Table, error.Column, error.Value));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_IsTheIdentity() => Assert.Equal(1.50m, (decimal)Column.ConvertFromProvider(1.50m)!);
}
