using MigDev.Core.Tests.Contracts;

namespace MigDev.Core.Tests;

public class ProgrammeIdTest
{
    [Theory]
    [InlineData("jmdi")]
    [InlineData("jmdi-2")]
    [InlineData("migration-mainstreaming-pilots")]
    [InlineData("x1")]
    public void Parse_WellFormed(string text) => Assert.Equal(text, ProgrammeId.Parse(text).Value);

    [Theory]
    [InlineData("UNDP", "undp")]
    [InlineData("Un-Desa", "un-desa")]
    [InlineData("X1", "x1")]
    public void Parse_AnyCase_IsTheId_PrintedInLowerCase(string text, string id)
    {
        Assert.Equal(id, ProgrammeId.Parse(text).Value);
        Assert.True(ProgrammeId.TryParse(text, out var parsed));
        Assert.Equal(id, parsed.ToString());
    }

    [Theory]
    [InlineData("un desa", "un-desa")]
    [InlineData(" undp", "undp")]
    [InlineData("UN/DESA", "un-desa")]
    public void Parse_Malformed_SaysWhatItMeant(string text, string meant)
    {
        var ex = Assert.Throws<FormatException>(() => ProgrammeId.Parse(text));
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"did you mean '{meant}'?", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" undp")]
    [InlineData("un desa")]
    [InlineData("un--desa")]
    [InlineData("-undp")]
    [InlineData("undp-")]
    [InlineData("")]
    [InlineData("un/desa")]
    public void Parse_Malformed_ThrowsFormatExceptionNamingValue(string text)
    {
        var ex = Assert.Throws<FormatException>(() => ProgrammeId.Parse(text));
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
        Assert.False(ProgrammeId.TryParse(text, out var id));
        Assert.True(id.IsDefault);
    }

    [Fact]
    public void Default_IsRejectedLoudly()
    {
        var d = default(ProgrammeId);
        Assert.True(d.IsDefault);
        Assert.Throws<InvalidOperationException>(() => d.Value);
        Assert.Equal("(default ProgrammeId)", d.ToString());
        Assert.Equal(0, d.GetHashCode());
    }

    [Fact]
    public void Equality_Contract() =>
        EqualityContract.AssertStruct(ProgrammeId.Parse("jmdi"), ProgrammeId.Parse("jmdi"), ProgrammeId.Parse("mdg-f"), default);

    [Fact]
    public void Comparison_Contract_IsOrdinal()
    {
        ComparisonContract.AssertStruct(ProgrammeId.Parse("jmdi"), ProgrammeId.Parse("jmdi-2"), ProgrammeId.Parse("mdg-f"));
        ComparisonContract.AssertDefaultRefused(ProgrammeId.Parse("jmdi"));
    }
}
