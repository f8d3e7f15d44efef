using MigDev.Core.Tests.Contracts;

namespace MigDev.Core.Tests;

public class AgencyIdTest
{
    [Theory]
    [InlineData("undp")]
    [InlineData("un-desa")]
    [InlineData("gfmd-ad-hoc-wg-policy-coherence-data-research")]
    [InlineData("x1")]
    public void Parse_WellFormed(string text) => Assert.Equal(text, AgencyId.Parse(text).Value);

    [Theory]
    [InlineData("UNDP", "undp")]
    [InlineData("Un-Desa", "un-desa")]
    [InlineData("X1", "x1")]
    public void Parse_AnyCase_IsTheId_PrintedInLowerCase(string text, string id)
    {
        Assert.Equal(id, AgencyId.Parse(text).Value);
        Assert.True(AgencyId.TryParse(text, out var parsed));
        Assert.Equal(id, parsed.ToString());
    }

    [Theory]
    [InlineData("un desa", "un-desa")]
    [InlineData(" undp", "undp")]
    [InlineData("UN/DESA", "un-desa")]
    public void Parse_Malformed_SaysWhatItMeant(string text, string meant)
    {
        var ex = Assert.Throws<FormatException>(() => AgencyId.Parse(text));
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
        var ex = Assert.Throws<FormatException>(() => AgencyId.Parse(text));
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
        Assert.False(AgencyId.TryParse(text, out var id));
        Assert.True(id.IsDefault);
    }

    [Fact]
    public void Default_IsRejectedLoudly()
    {
        var d = default(AgencyId);
        Assert.True(d.IsDefault);
        Assert.Throws<InvalidOperationException>(() => d.Value);
        Assert.Equal("(default AgencyId)", d.ToString());
        Assert.Equal(0, d.GetHashCode());
    }

    [Fact]
    public void Equality_Contract() =>
        EqualityContract.AssertStruct(AgencyId.Parse("undp"), AgencyId.Parse("undp"), AgencyId.Parse("unfpa"), default);

    [Fact]
    public void Comparison_Contract_IsOrdinal()
    {
        ComparisonContract.AssertStruct(AgencyId.Parse("iom"), AgencyId.Parse("undp"), AgencyId.Parse("unfpa"));
        ComparisonContract.AssertDefaultRefused(AgencyId.Parse("iom"));
    }
}
