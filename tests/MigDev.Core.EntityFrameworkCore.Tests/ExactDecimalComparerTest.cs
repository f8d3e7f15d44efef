namespace MigDev.Core.EntityFrameworkCore.Tests;

public class ExactDecimalComparerTest
{
    private static readonly ExactDecimalComparer Comparer = new();

    [Theory]
    [InlineData("1.5", "1.5", true)]
    [InlineData("1.5", "1.50", false)]
    [InlineData("0", "-0", false)]
    [InlineData("-0.00", "-0.00", true)]
    [InlineData("2", "3", false)]
    public void Equals_ComparesValueScaleAndSignOfZero(string left, string right, bool equal) =>
        Assert.Equal(equal, Comparer.Equals(Parse(left), Parse(right)));

    [Fact]
    public void EqualValues_HaveEqualHashes() =>
        Assert.Equal(Comparer.GetHashCode(1.50m), Comparer.GetHashCode(Parse("1.50")));

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
